package blindset20

import (
	"fmt"
	"time"
)

func rfc2822(t time.Time) string { return t.Format("Mon, 02 Jan 2006 15:04:05 +0000") }

func refillTwilio(r *rng) any {
	acct := "AC" + r.hex(32)
	svc := "MG" + r.hex(32)
	shop := r.pick("RefillRx", "PillPost", "ScriptDrop", "MedsDirect")
	pharmacyNum := r.enE164()
	us := pharmacyNum[:2] == "+1"
	t := r.when()
	meds := []string{"Lisinopril 10mg", "Metformin 500mg", "Atorvastatin 20mg", "Levothyroxine 75mcg", "Sertraline 50mg", "Apixaban 5mg", "Salbutamol 100mcg inhaler", "Omeprazole 20mg", "Amlodipine 5mg"}
	patientNum := func() string {
		if us {
			return r.usE164()
		}
		return r.ukE164()
	}
	addr := func() address {
		if us {
			return r.usAddress()
		}
		return r.ukAddress()
	}

	msgs := arr{}
	for i, n := 0, r.in(2, 3); i < n; i++ {
		t = t.Add(time.Duration(r.in(60, 20000)) * time.Second)
		pt := r.english()
		to := patientNum()
		dir := "outbound-api"
		from, toL := cont(pharmacyNum), cont(to)
		med := meds[r.IntN(len(meds))]
		var body leaf
		mms := false
		switch r.IntN(7) {
		case 0:
			body = prose(p("Hi "), p(pt.first, contactC), p(", your "), p(med+" ("+fmt.Sprint(r.pick("28", "56", "84"))+" tabs)", healthC), p(" is ready. Reply YES to deliver to "), p(addr().oneLine(), contactC), p(" or STOP to opt out."))
		case 1:
			body = prose(p("Your "+shop+" verification code is "), p(r.digits(6), credC), p(". It expires in 10 minutes. Don't share it."))
		case 2:
			dir = "inbound"
			from, toL = cont(to), cont(pharmacyNum)
			a := addr()
			body = prose(p("Yes please, and can you add my "), p(meds[r.IntN(len(meds))], healthC), p(". New address "), p(a.street+", "+a.town+" "+a.postcode, contactC))
		case 3:
			body = prose(p("Your parcel (" + fmt.Sprint(r.f1(0.1, 1.4)) + " kg, 1 item) is out for delivery today between 12:00 and 16:00."))
		case 4:
			dir = "inbound"
			from, toL = cont(to), cont(pharmacyNum)
			body = prose(p(r.pick("STOP", "Thanks", "ok", "Who is this?")))
		case 5:
			mms = true
			dir = "inbound"
			from, toL = cont(to), cont(pharmacyNum)
			body = prose(p("Photo of my new prescription from Dr "), p(r.english().last, contactC), p(", I'm "), p(fmt.Sprintf("%d weeks pregnant", r.in(8, 36)), healthC), p(" so please check it's safe"))
		default:
			body = prose(p("Reminder for "), p(pt.full(), contactC), p(": take "), p(med+" "+r.pick("once daily", "twice daily with food", "at night"), healthC), p(". Refill due "+day(after(t, 60*24*r.in(2, 20)))+"."))
		}
		prefix := "SM"
		if mms {
			prefix = "MM"
		}
		sid := prefix + r.hex(32)
		status := r.pick("delivered", "delivered", "sent", "undelivered", "received")
		if dir == "inbound" {
			status = "received"
		}
		var errCode, errMsg leaf = null(), null()
		if status == "undelivered" {
			errCode, errMsg = plain(r.pick("30003", "30005", "30007")), plain(r.pick("Unreachable destination handset", "Unknown destination handset", "Message filtered"))
		}
		m := obj{
			{"body", body},
			{"num_segments", plain(fmt.Sprint(r.in(1, 3)))},
			{"direction", plain(dir)},
			{"from", from},
			{"to", toL},
			{"date_updated", plain(rfc2822(t.Add(3 * time.Second)))},
			{"price", plain(fmt.Sprintf("-%.5f", 0.0079*float64(r.in(1, 3))))},
			{"error_message", errMsg},
			{"uri", plain("/2010-04-01/Accounts/" + acct + "/Messages/" + sid + ".json")},
			{"account_sid", decoy(acct)},
			{"num_media", plain(map[bool]string{true: "1", false: "0"}[mms])},
			{"status", plain(status)},
			{"messaging_service_sid", decoy(svc)},
			{"sid", decoy(sid)},
			{"date_sent", plain(rfc2822(t))},
			{"date_created", plain(rfc2822(t))},
			{"error_code", errCode},
			{"price_unit", plain(map[bool]string{true: "USD", false: "GBP"}[us])},
			{"api_version", plain("2010-04-01")},
			{"subresource_uris", obj{
				{"media", plain("/2010-04-01/Accounts/" + acct + "/Messages/" + sid + "/Media.json")},
				{"feedback", plain("/2010-04-01/Accounts/" + acct + "/Messages/" + sid + "/Feedback.json")},
			}},
		}
		msgs = append(msgs, m)
	}

	keySID := "SK" + r.hex(32)
	cbUser := r.pick("twilio", "hooks", "cb")
	worker := r.lan()
	lookup := obj{
		{"phone_number", cont(patientNum())},
		{"country_code", decoy(map[bool]string{true: "US", false: "GB"}[us])},
		{"line_type_intelligence", obj{{"carrier_name", plain(r.pick("EE", "Vodafone UK", "T-Mobile USA, Inc.", "Verizon Wireless"))}, {"type", plain("mobile")}, {"mobile_country_code", plain(map[bool]string{true: "310", false: "234"}[us])}}},
		{"valid", decoy(true)},
	}
	var note leaf
	switch r.IntN(3) {
	case 0:
		who := r.english()
		note = prose(p("Carrier filtered 3 reminders (error 30007) to "), p(patientNum(), contactC), p(". "), p(who.full(), contactC), p(" asked for calls only, she uses a "), p(r.pick("Nokia 105", "Doro 6880", "Alcatel 2053"), devC), p("."))
	case 1:
		note = prose(p("Retried failed batch from worker "), p(worker.host(r.in(10, 60)), netC), p(" after rotating the API key."))
	default:
		note = prose(p("Daily export; 0 failures above threshold."))
	}
	return obj{
		{"first_page_uri", plain("/2010-04-01/Accounts/" + acct + "/Messages.json?PageSize=50&Page=0")},
		{"end", plain(len(msgs) - 1)},
		{"previous_page_uri", null()},
		{"messages", msgs},
		{"uri", plain("/2010-04-01/Accounts/" + acct + "/Messages.json?PageSize=50&Page=0")},
		{"page_size", plain(50)},
		{"start", plain(0)},
		{"next_page_uri", null()},
		{"page", plain(0)},
		{"lookup", lookup},
		{"reminder_service", obj{
			{"account_sid", decoy(acct)},
			{"api_key_sid", cred(keySID)},
			{"api_key_secret", cred(r.alnum(32))},
			{"from_number", cont(pharmacyNum)},
			{"status_callback", joined(p("https://"+cbUser+":"+r.password()+"@", credC), p("refills."+r.pick("example.com", "example.net")+"/twilio/status"))},
			{"worker_host", netw(worker.host(r.in(10, 60)))},
			{"otp_length", decoy(6)},
			{"max_sms_per_day", plain(r.in(2, 6))},
			{"auth_token", r.orNull(0.5, cred(r.hex(32)))},
		}},
		{"ops_note", note},
	}
}
