package blindset21

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// html wraps a free-text leaf's value in Freshdesk's <div> markup,
// keeping its label.
func html(l leaf) leaf {
	s := l.val.(string)
	l.val = "<div>" + strings.ReplaceAll(s, "\n", "<br>") + "</div>"
	return l
}

// stairliftFreshdesk is a stairlift and through-floor-lift servicing
// company's Freshdesk account read with the v2 API.
func stairliftFreshdesk(r *rng) any {
	t0 := r.when()
	support := r.pick("service@liftcare.example", "help@stairwise.example", "support@upandabout.example")
	apiKey := r.alnum(20)
	domain := r.pick("liftcare", "stairwise", "upandabout")

	type lift struct{ model, maker string }
	lifts := []lift{{"Stannah 600", "Stannah"}, {"Acorn 130", "Acorn Stairlifts"}, {"Handicare Freecurve", "Handicare"}, {"Brooks Slimline", "Brooks"}, {"Otolift Modul-Air", "Otolift"}, {"Terry Lifts Harmony", "Terry Lifts"}, {"Stiltz Trio+", "Stiltz"}}

	var agents []person
	for i := 0; i < 3; i++ {
		agents = append(agents, r.english())
	}
	agentIDs := []int{r.in(1e9, 2e9), r.in(1e9, 2e9), r.in(1e9, 2e9)}

	var tickets, contacts, convos, ratings, entries arr
	for ti := 0; ti < r.in(2, 3); ti++ {
		lf := lifts[r.IntN(len(lifts))]
		user := r.womanOf(enFemale, enLast)
		if r.chance(0.4) {
			user = r.english()
		}
		caller := r.english()
		relation, pronoun, title := r.pick("father", "husband", "uncle", "neighbour"), "He", r.pick("Mr ", "")
		if user.female {
			relation, pronoun, title = r.pick("mother", "wife", "aunt", "neighbour"), "She", r.pick("Mrs ", "Ms ", "")
		}
		self := r.chance(0.35)
		addr := r.ukAddress()
		if r.chance(0.3) {
			addr = r.usAddress()
		}
		phone := r.ukMobile()
		keySafe := r.digits(4)
		cond := r.pick("Parkinson's", "MS", "COPD and on home oxygen", "a new hip", "heart failure", "arthritis in both knees", "had a stroke in March")
		reqID := r.in(1e10, 9e10)
		tid := r.in(10000, 99999)
		serial := r.serial(r.pick("ST", "AC", "HF", "BR", "OT"), 9)
		created := after(t0, -r.in(100, 40000))

		var who piece
		pron, has := pronoun, "has"
		if self {
			pron, has = "I", "have"
		}
		if self {
			who = p("I ")
		} else {
			who = p("my "+relation+" ("+title+user.last+", "+fmt.Sprint(r.in(71, 96))+") ", contactC)
		}
		desc := prose(
			p("Hello,\n"), who,
			p(r.pick("can't get upstairs, the lift stops halfway and beeps.", "is stuck downstairs, the seat won't swivel.", "says the lift makes a grinding noise going round the bend.")),
			p(" "+pron+" "), p(has+" "+cond, healthC),
			p(" and can't manage the stairs. Address: "), p(addr.oneLine(), contactC),
			p(". Key safe code "), p(keySafe, credC),
			p(". Please call me on "), p(phone, contactC),
			p(".\nThanks, "), p(caller.first, contactC),
		)
		reqName := caller
		if self {
			reqName = user
		}
		subject := prose(p(r.pick("Stairlift not working", "URGENT lift stuck", "Service visit", "Beeping noise")), p(" - "), p(lf.model, devC))
		if r.chance(0.4) {
			subject = prose(p(r.pick("Breakdown", "Annual service due", "Battery warning")))
		}
		ticket := obj{
			{"cc_emails", arr{}},
			{"fwd_emails", arr{}},
			{"fr_escalated", decoy(false)},
			{"spam", decoy(false)},
			{"email_config_id", nullDecoy()},
			{"group_id", plain(r.in(1e9, 2e9))},
			{"priority", plain(r.in(1, 4))},
			{"requester_id", plain(reqID)},
			{"responder_id", plain(agentIDs[r.IntN(3)])},
			{"source", plain(r.in(1, 3))},
			{"status", plain(r.in(2, 5))},
			{"subject", subject},
			{"support_email", cont(support)},
			{"id", plain(tid)},
			{"type", plain(r.pick("Breakdown", "Service", "Question"))},
			{"due_by", plain(iso(after(created, 1440)))},
			{"is_escalated", decoy(false)},
			{"description", html(desc)},
			{"description_text", desc},
			{"custom_fields", obj{
				{"cf_lift_model", dev(lf.model)},
				{"cf_manufacturer", dev(lf.maker)},
				{"cf_serial_number", dev(serial)},
				{"cf_install_date", plain(day(after(created, -r.in(100000, 3000000))))},
				{"cf_rail_length_m", decoy(r.f1(2.8, 9.5))},
				{"cf_max_load_kg", decoy(r.pick("115", "125", "136", "160"))},
				{"cf_user_weight_kg", r.orNull(0.3, hlth(r.in(48, 130)))},
				{"cf_key_safe", cred(keySafe)},
				{"cf_contract_no", decoy(fmt.Sprintf("SC-%d-%04d", r.in(2018, 2024), r.in(1, 9999)))},
			}},
			{"created_at", plain(iso(created))},
			{"updated_at", plain(iso(after(created, r.in(30, 3000))))},
			{"tags", arr{plain(r.pick("breakdown", "service")), plain(r.pick("priority-user", "oxygen-user", "repeat-visit", "vip"))}},
			{"requester", obj{{"email", cont(r.email(reqName))}, {"id", plain(reqID)}, {"mobile", cont(phone)}, {"name", cont(reqName.full())}, {"phone", r.orNull(0.5, cont(r.enPhone()))}}},
			{"stats", obj{{"agent_responded_at", plain(iso(after(created, r.in(10, 300))))}, {"first_responded_at", plain(iso(after(created, r.in(10, 300))))}, {"reopened_at", null()}, {"status_updated_at", plain(iso(after(created, r.in(30, 3000))))}}},
		}
		tickets = append(tickets, ticket)

		contacts = append(contacts, obj{
			{"active", plain(true)},
			{"address", cont(addr.oneLine())},
			{"email", cont(r.email(reqName))},
			{"id", plain(reqID)},
			{"language", plain("en")},
			{"mobile", cont(phone)},
			{"name", cont(reqName.full())},
			{"phone", null()},
			{"time_zone", plain(r.pick("London", "Eastern Time (US & Canada)"))},
			{"twitter_id", nullDecoy()},
			{"custom_fields", obj{{"cf_next_of_kin", cont(r.english().full() + " " + r.ukMobile())}, {"cf_vulnerable", decoy(true)}}},
			{"avatar", null()},
		})

		eng := agents[r.IntN(len(agents))]
		att := "https://attachments." + domain + ".freshdesk.example/data/helpdesk/attachments/production/" + r.digits(11) + "/original/IMG_" + r.digits(4) + ".jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA" + r.from(upperNum, 16) + "%2F" + created.Format("20060102") + "%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Expires=300&X-Amz-Signature=" + r.hex(64)
		convos = append(convos,
			obj{{"body_text", prose(p("Engineer "), p(eng.first, contactC), p(" attended. "), p(r.pick("Replaced both batteries (12V 7Ah), charging contacts cleaned.", "Swivel microswitch replaced, lift tested 10 runs.", "Rail realigned at the bend; noise gone.")), p(" Firmware on the "), p(lf.model, devC), p(" updated to "), p(fmt.Sprintf("%d.%d", r.in(1, 9), r.in(0, 30)), devC), p("."))}, {"id", plain(r.in(1e10, 9e10))}, {"incoming", plain(false)}, {"private", plain(true)}, {"user_id", plain(agentIDs[0])}, {"ticket_id", plain(tid)}, {"attachments", arr{}}, {"created_at", plain(iso(after(created, r.in(100, 3000))))}},
			obj{{"body_text", prose(p("Thank you so much, "), p(strings.ToLower(pron)+" "+map[bool]string{true: "am", false: "is"}[self]+" "), p(r.pick("getting upstairs to bed again", "no longer sleeping in the chair downstairs", "much less breathless now"), healthC), p(". Photo of the error light attached. "), p(caller.first, contactC))}, {"id", plain(r.in(1e10, 9e10))}, {"incoming", plain(true)}, {"private", plain(false)}, {"user_id", plain(reqID)}, {"ticket_id", plain(tid)}, {"from_email", cont(r.email(reqName))}, {"attachments", arr{obj{{"id", plain(r.in(1e10, 9e10))}, {"name", plain("IMG_" + r.digits(4) + ".jpg")}, {"content_type", plain("image/jpeg")}, {"size", plain(r.in(90000, 4000000))}, {"attachment_url", cred(att)}}}}, {"created_at", plain(iso(after(created, r.in(3000, 9000))))}},
		)
		ratings = append(ratings, obj{{"id", plain(r.in(1e10, 9e10))}, {"survey_id", plain(r.in(1e9, 2e9))}, {"user_id", plain(reqID)}, {"agent_id", plain(agentIDs[0])}, {"feedback", prose(p(r.pick("Engineer was lovely and very patient.", "Took three days to come out.", "Excellent, thank you.")))}, {"ticket_id", plain(tid)}, {"ratings", obj{{"default_question", plain([]int{103, 102, -103}[r.IntN(3)])}}}, {"created_at", plain(iso(after(created, 9000)))}})
		entries = append(entries, obj{{"billable", plain(r.chance(0.5))}, {"note", prose(p(r.pick("Travel + 45 min on site", "Callout, parts under warranty", "Battery swap")))}, {"timer_running", plain(false)}, {"time_spent", plain(fmt.Sprintf("%02d:%02d", r.in(0, 3), r.in(0, 59)))}, {"agent_id", plain(agentIDs[r.IntN(3)])}, {"ticket_id", plain(tid)}, {"executed_at", plain(iso(after(created, r.in(100, 3000))))}})
	}

	var agentArr arr
	for i, a := range agents {
		agentArr = append(agentArr, obj{{"id", plain(agentIDs[i])}, {"contact", obj{{"name", cont(a.full())}, {"email", cont(strings.ToLower(ascii(a.first)) + "@" + domain + ".example")}, {"mobile", r.orNull(0.5, cont(r.ukMobile()))}, {"job_title", plain(r.pick("Field Engineer", "Service Coordinator", "Team Lead"))}}}, {"available", plain(r.chance(0.5))}, {"occasional", plain(false)}, {"signature", prose(p("Kind regards,<br>"), p(a.first, contactC), p("<br>"+r.pick("LiftCare Service Team", "Stairwise", "Up & About Mobility")))}})
	}

	return obj{
		{"request", obj{
			{"base", plain("https://" + domain + ".freshdesk.com/api/v2/")},
			{"authorization", cred("Basic " + base64.StdEncoding.EncodeToString([]byte(apiKey+":X")))},
			{"api_key", cred(apiKey)},
			{"rate_limit_remaining", decoy(r.in(100, 3000))},
		}},
		{"tickets", tickets},
		{"contacts", contacts},
		{"conversations", convos},
		{"satisfaction_ratings", ratings},
		{"time_entries", entries},
		{"agents", agentArr},
		{"products", arr{obj{{"id", plain(r.in(1e9, 2e9))}, {"name", plain("Stairlift servicing")}, {"sku", decoy("SVC-" + r.digits(4))}, {"price", plain(r.f1(89, 240))}}}},
	}
}
