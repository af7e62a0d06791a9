package blindset22

import (
	"fmt"
	"strings"
)

// ivfZammad is a fertility clinic's patient-support helpdesk read through
// the Zammad REST API ticket search with expand and assets (Ticket,
// TicketArticle and User objects keyed by id).
func ivfZammad(r *rng) any {
	t0 := r.when()
	pat := r.english()
	pat.female = true
	pat.first = r.pick(enFemale...)
	partner := r.english()
	agent := r.english()
	agentNurse := r.english()
	dom := r.pick("ivf-clinic.example", "harbourfertility.example.org", "newlifeivf.example.net")
	patEmail := r.email(pat)
	agentEmail := strings.ToLower(agent.first) + "@" + dom
	patPhone := r.ukMobile()
	ticketID := r.in(1000, 30000)
	custID := r.in(100, 9000)
	agentID := r.in(2, 40)
	nurseID := agentID + r.in(1, 9)
	num := fmt.Sprintf("%d%d", r.in(24010, 24120), r.in(1000, 9999))
	cycle := r.pick("IVF antagonist", "ICSI long protocol", "Frozen embryo transfer", "IUI stimulated", "Egg freezing")
	drug := r.pick("Gonal-f 225 IU", "Menopur 150 IU", "Cetrotide 0.25 mg", "Ovitrelle 250 mcg", "Progesterone pessaries 400 mg")
	subject := prose(p("Re: "), p(r.pick("question about my "+strings.ToLower(cycle)+" dates", "day "+fmt.Sprint(r.in(5, 12))+" scan results", "missed injection last night", "beta hCG result"), healthC))
	msgID := fmt.Sprintf("<%s.%s@%s>", r.hex(12), r.digits(6), r.pick("mail.example.com", "inbox.example"))

	body1 := prose(
		p("Hi, it's "), p(pat.first, contactC), p(". "),
		p(r.pick(
			fmt.Sprintf("I'm on day %d of %s and the scan showed %d follicles, the biggest %d mm. ", r.in(5, 11), drug, r.in(3, 16), r.in(12, 21)),
			fmt.Sprintf("I forgot my %s injection last night, took it at 7am instead. ", drug),
			fmt.Sprintf("My AMH came back at %.1f pmol/L, is that too low for %s? ", r.f1(0.8, 30), strings.ToLower(cycle)),
			"I've had spotting since the transfer on Tuesday and cramps. ",
		), healthC),
		p("My partner "), p(partner.first, contactC), p(" can't do Thursday. Please call me on "), p(patPhone, contactC), p(". Thanks"),
	)
	body2 := prose(
		p("Dear "), p(pat.first, contactC), p(", "),
		p(r.pick("that's fine, please continue the same dose and come in for bloods (oestradiol) on Friday. ", "please don't worry, a small delay is OK. Keep to the same time from tonight. ", "your beta hCG was positive at 212 IU/L, congratulations. "), healthC),
		p("Kind regards, "), p(agentNurse.first+" "+agentNurse.last, contactC), p(", Fertility Nurse"),
	)
	internal := prose(p("Internal: "), p(r.pick("OHSS risk - flag to Dr "+agent.last, "patient BMI 34, check eligibility", "partner semen analysis: low motility"), healthC, contactC))
	if !strings.Contains(internal.val.(string), agent.last) {
		internal = prose(p("Internal: "), p(r.pick("patient BMI 34, check eligibility", "partner semen analysis: low motility"), healthC))
	}
	attach := obj{
		{"id", plain(r.in(1000, 90000))},
		{"filename", hlth(r.pick("beta_hcg_result.pdf", "scan_day9_follicles.jpg", "medication_schedule_FET.pdf"))},
		{"size", plain(fmt.Sprint(r.in(20000, 900000)))},
		{"preferences", obj{{"Content-Type", plain(r.pick("application/pdf", "image/jpeg"))}, {"Mime-Type", plain(r.pick("application/pdf", "image/jpeg"))}, {"resizable", decoy(false)}}},
	}
	article := func(id int, sender, typ, from, to string, body leaf, internalFlag bool, by int, when int, atts arr) obj {
		o := obj{
			{"id", plain(id)},
			{"ticket_id", plain(ticketID)},
			{"type_id", plain(map[string]int{"email": 1, "note": 10, "phone": 5}[typ])},
			{"sender_id", plain(map[string]int{"Customer": 2, "Agent": 1}[sender])},
		}
		if from != "" {
			o = append(o, field{"from", cont(from)})
		} else {
			o = append(o, field{"from", plain(nil)})
		}
		if to != "" {
			o = append(o, field{"to", cont(to)})
		} else {
			o = append(o, field{"to", plain(nil)})
		}
		o = append(o,
			field{"cc", plain(nil)},
			field{"subject", subject},
			field{"message_id", decoy(msgID)},
			field{"message_id_md5", decoy(r.hex(32))},
			field{"content_type", plain("text/plain")},
			field{"body", body},
			field{"internal", decoy(internalFlag)},
			field{"created_by_id", plain(by)},
			field{"created_at", plain(isoMs(after(t0, when)))},
			field{"type", plain(typ)},
			field{"sender", plain(sender)},
			field{"attachments", atts},
		)
		return o
	}
	a1, a2, a3 := r.in(10000, 90000), 0, 0
	a2, a3 = a1+r.in(1, 40), a1+r.in(41, 80)
	articles := obj{
		{fmt.Sprint(a1), article(a1, "Customer", "email", fmt.Sprintf("%s <%s>", pat.full(), patEmail), "Patient Support <support@"+dom+">", body1, false, custID, 0, arr{attach})},
		{fmt.Sprint(a2), article(a2, "Agent", "note", "", "", internal, true, agentID, r.in(20, 200), arr{})},
		{fmt.Sprint(a3), article(a3, "Agent", "email", fmt.Sprintf("%s via Harbour Fertility <support@%s>", agentNurse.full(), dom), patEmail, body2, false, nurseID, r.in(201, 900), arr{})},
	}
	a := r.ukAddress()
	user := func(id int, pr person, email, phone string, customer bool) obj {
		o := obj{
			{"id", plain(id)},
			{"organization_id", plain(nil)},
			{"login", cont(email)},
			{"firstname", cont(pr.first)},
			{"lastname", cont(pr.last)},
			{"email", cont(email)},
			{"image", decoy(r.hex(32))},
		}
		if phone != "" {
			o = append(o, field{"phone", cont(phone)})
		} else {
			o = append(o, field{"phone", plain("")})
		}
		if customer {
			o = append(o,
				field{"mobile", cont(patPhone)},
				field{"street", cont(a.street)},
				field{"zip", cont(a.postcode)},
				field{"city", cont(a.town)},
				field{"country", decoy("United Kingdom")},
				field{"note", prose(p("Partner: "), p(partner.full(), contactC), p(r.pick(", prefers texts", ", consent form on file", "")))},
			)
		}
		o = append(o,
			field{"vip", decoy(false)},
			field{"verified", decoy(customer)},
			field{"active", decoy(true)},
			field{"last_login", plain(nullOrTime(r, t0))},
			field{"login_failed", decoy(r.in(0, 4))},
			field{"out_of_office", decoy(false)},
			field{"source", plain(map[bool]any{true: "email", false: nil}[customer])},
			field{"preferences", obj{{"locale", plain("en-gb")}, {"notification_sound", obj{{"enabled", decoy(true)}, {"file", plain("Xylo.mp3")}}}}},
			field{"role_ids", arr{plain(map[bool]int{true: 3, false: 2}[customer])}},
		)
		return o
	}
	users := obj{
		{fmt.Sprint(custID), user(custID, pat, patEmail, "", true)},
		{fmt.Sprint(agentID), user(agentID, agent, agentEmail, "+44 20 7946 0"+r.digits(3), false)},
		{fmt.Sprint(nurseID), user(nurseID, agentNurse, strings.ToLower(agentNurse.first)+"."+strings.ToLower(agentNurse.last)+"@"+dom, "", false)},
	}
	ticket := obj{
		{"id", plain(ticketID)},
		{"group_id", plain(r.in(1, 6))},
		{"priority_id", plain(r.in(1, 3))},
		{"state_id", plain(r.in(1, 4))},
		{"organization_id", plain(nil)},
		{"number", decoy(num)},
		{"title", subject},
		{"owner_id", plain(nurseID)},
		{"customer_id", plain(custID)},
		{"note", plain(nil)},
		{"first_response_at", plain(isoMs(after(t0, r.in(20, 200))))},
		{"last_contact_customer_at", plain(isoMs(t0))},
		{"article_count", decoy(3)},
		{"escalation_at", plain(nil)},
		{"pending_time", plain(nil)},
		{"time_unit", plain(fmt.Sprintf("%.1f", r.f1(0, 30)))},
		{"cycle_type", hlth(cycle)},
		{"patient_number", plain(fmt.Sprintf("HF%06d", r.in(1, 999999)))},
		{"consultant", cont("Dr " + agent.last)},
		{"preferences", obj{{"channel_id", plain(r.in(1, 4))}, {"escalation_calculation", obj{{"first_response_at", plain(nil)}, {"calendar_id", plain(1)}, {"sla_id", plain(nil)}}}}},
		{"created_at", plain(isoMs(t0))},
		{"updated_at", plain(isoMs(after(t0, 901)))},
	}
	return obj{
		{"request", obj{
			{"url", plain("https://support." + dom + "/api/v1/tickets/search?query=" + num + "&expand=true&all=true")},
			{"Authorization", cred("Token token=" + r.from(alnum+"-_", 64))},
		}},
		{"tickets", arr{plain(ticketID)}},
		{"tickets_count", plain(1)},
		{"assets", obj{
			{"Ticket", obj{{fmt.Sprint(ticketID), ticket}}},
			{"TicketArticle", articles},
			{"User", users},
		}},
	}
}

func nullOrTime(r *rng, t0 interface{ Format(string) string }) any {
	if r.chance(0.3) {
		return nil
	}
	return t0.Format("2006-01-02T15:04:05.000Z")
}
