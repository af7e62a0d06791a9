package blindset20

import (
	"fmt"
	"time"
)

func dietitianCalcom(r *rng) any {
	practice := r.pick("nourish", "balancedplate", "steadyground", "fuelwell")
	host := "hooks." + practice + "clinic.example"
	meet := "meet." + practice + "clinic.example"
	t := r.when()
	dietitian := r.english()
	orgMail := ascii(dietitian.first) + "@" + practice + "clinic.example"
	orgUser := ascii(dietitian.first) + "-" + ascii(dietitian.last)
	tz := r.pick("Europe/London", "America/Chicago", "America/New_York")
	secret := r.b64url(24)

	entries := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		t = t.Add(time.Duration(r.in(3600, 400000)) * time.Second)
		att := r.english()
		attMail := r.email(att)
		phone := r.usE164()
		if tz == "Europe/London" {
			phone = r.ukE164()
		}
		trig := r.pick("BOOKING_CREATED", "BOOKING_CREATED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED", "MEETING_ENDED")
		start := after(t, 60*24*r.in(1, 14))
		kind := r.pick("initial-consultation", "follow-up", "eating-disorder-assessment", "family-session")
		uid := r.alnum(22)
		pwd := r.b64url(24)
		video := fmt.Sprintf("https://%s/j/%d?pwd=%s", meet, 80000000000+r.Int64N(9999999999), pwd)

		ht := r.in(152, 190)
		wt := r.f1(41, 118)
		conds := r.pickSome(r.in(1, 2), "Anorexia nervosa (in recovery)", "Bulimia nervosa", "PCOS", "Type 2 diabetes", "Coeliac disease", "IBS", "ARFID", "Hypothyroidism")
		condArr := arr{}
		for _, c := range conds {
			condArr = append(condArr, hlth(c).clin())
		}
		medsV := r.pick("Sertraline 100mg", "Metformin 500mg twice daily", "Levothyroxine 50mcg", "Fluoxetine 20mg", "none")
		q := func(label string, labelDecoy bool, v any) obj {
			l := plain(label)
			if labelDecoy {
				l = decoy(label)
			}
			return obj{{"label", l}, {"value", v}, {"isHidden", plain(false)}}
		}
		responses := obj{
			{"name", q("your_name", false, cont(att.full()))},
			{"email", q("email_address", false, cont(attMail))},
			{"attendeePhoneNumber", q("phone_number", false, cont(phone))},
			{"height", q("Height (cm)", true, hlth(fmt.Sprint(ht)).clin())},
			{"weight", q("Current weight (kg)", true, hlth(fmt.Sprint(wt)).clin())},
			{"conditions", q("Diagnosed conditions", true, condArr)},
			{"medications", q("Current medications", true, hlth(medsV).clin())},
			{"goal", q("What would you like help with?", false, prose(p(r.pick("Rebuilding regular meals after ", "Managing blood sugar with ", "Gaining weight safely with ", "Low-FODMAP trial for ")), p(conds[0], healthC), p(r.pick("", "; my GP is Dr "+r.english().last))))},
			{"gp_consent", q("May we write to your GP?", false, plain(r.chance(0.7)))},
		}
		if r.chance(0.5) {
			responses = append(responses, field{"tracker", q("Do you use a health app or tracker?", false, dev(r.pick("Fitbit Charge 6", "Apple Watch Series 9", "FreeStyle Libre 3 with LibreLink", "Garmin Venu 3", "Oura Ring Gen3")))})
		}
		if r.chance(0.4) {
			responses = append(responses, field{"pronouns", q("Pronouns", false, plain(r.pick("she/her", "he/him", "they/them")))})
		}
		desc := prose(p("Notes: "), p(r.pick("I'll join from my iPad.", "Mum will join the call.", "Please don't mention my weight out loud.", "Can we talk about my "+conds[0]+"?")))
		if r.chance(0.5) {
			desc = prose(p("Notes: restricting again since "), p(r.pick("my dad's stroke", "starting uni", "the divorce"), healthC), p(", BMI "), p(fmt.Sprint(round1(wt/(float64(ht)/100*float64(ht)/100))), healthC))
		}
		payload := obj{
			{"type", plain(kind)},
			{"title", joined(p(r.pick("Initial consultation", "Follow-up", "Assessment")+" between "), p(dietitian.full(), contactC), p(" and "), p(att.full(), contactC))},
			{"description", desc},
			{"startTime", plain(iso(start))},
			{"endTime", plain(iso(after(start, 60)))},
			{"organizer", obj{
				{"id", plain(r.in(1000, 90000))},
				{"name", cont(dietitian.full())},
				{"email", cont(orgMail)},
				{"username", cont(orgUser)},
				{"timeZone", plain(tz)},
				{"language", obj{{"locale", plain("en")}}},
				{"timeFormat", plain(r.pick("h:mma", "HH:mm"))},
			}},
			{"attendees", arr{obj{
				{"email", cont(attMail)},
				{"name", cont(att.full())},
				{"firstName", cont(att.first)},
				{"lastName", cont(att.last)},
				{"timeZone", plain(tz)},
				{"phoneNumber", r.orNull(0.3, cont(phone))},
				{"language", obj{{"locale", plain("en")}}},
			}}},
			{"location", cred(video)},
			{"responses", responses},
			{"uid", decoy(uid)},
			{"bookingId", plain(r.in(100000, 999999))},
			{"iCalUID", decoy(uid + "@Cal.com")},
			{"eventTypeId", plain(r.in(100, 9999))},
			{"length", plain(r.pick2(30, 45, 60))},
			{"price", plain(r.pick2(0, 6500, 9500, 12000))},
			{"currency", plain("gbp")},
			{"status", plain(map[string]string{"BOOKING_CANCELLED": "CANCELLED"}[trig] + map[bool]string{true: "ACCEPTED", false: ""}[trig != "BOOKING_CANCELLED"])},
			{"metadata", obj{{"videoCallUrl", cred(video)}}},
			{"smsReminderNumber", r.orNull(0.5, cont(phone))},
		}
		if trig == "BOOKING_CANCELLED" {
			payload = append(payload, field{"cancellationReason", prose(p(r.pick("Back in hospital with ", "Too unwell, ", "Clash with my ")), p(r.pick("low potassium", "a chest infection", "my endoscopy"), healthC))})
		}
		if trig == "BOOKING_RESCHEDULED" {
			payload = append(payload, field{"rescheduleUid", decoy(r.alnum(22))}, field{"rescheduledBy", cont(attMail)})
		}
		entries = append(entries, obj{
			{"received", plain(iso(t))},
			{"headers", obj{
				{"content-type", plain("application/json")},
				{"x-cal-signature-256", decoy(r.hex(64))},
				{"user-agent", plain("undici")},
				{"x-forwarded-for", netw(r.wan())},
			}},
			{"body", obj{
				{"triggerEvent", plain(trig)},
				{"createdAt", plain(isoMs(t))},
				{"payload", payload},
			}},
		})
	}

	secretLeaf := cred(secret)
	if r.chance(0.25) {
		secretLeaf = decoy("${CAL_WEBHOOK_SECRET}")
	}
	return obj{
		{"receiver", obj{
			{"endpoint", plain("https://" + host + "/cal")},
			{"secret", secretLeaf},
			{"cal_api_key", cred("cal_live_" + r.hex(32))},
			{"google_calendar", obj{
				{"client_id", decoy(r.digits(12) + "-" + r.from(lowerNum, 32) + ".apps.googleusercontent.com")},
				{"client_secret", cred(r.alnum(35))},
			}},
			{"log_level", plain("debug")},
			{"retention_days", plain(r.pick2(7, 14, 30))},
			{"listen_ip", netw(r.lan().host(r.in(2, 250)))},
		}},
		{"entries", entries},
	}
}
