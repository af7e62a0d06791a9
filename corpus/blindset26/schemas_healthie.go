package blindset26

import (
	"fmt"
	"strings"
)

// nutritionHealthie: a virtual dietitian practice's chart sync from the
// Healthie GraphQL API: the request with its API key, and the answer for
// one client (identity, pronouns, sex, contact, location, tags, group,
// provider, insurance policy, medications, allergies, diagnoses, intake
// form answers as label / answer rows, SOAP chart notes, metric entries,
// food entries, appointments with video links, messages, sign-in
// details), beside the practice's webhook registration.
func nutritionHealthie(r *rng) any {
	t := r.when()
	c := r.english()
	if r.chance(0.7) {
		c = r.female(r.english)
	}
	rd := r.english()
	a := r.usAddress()
	dob := r.birth(1964, 2004)
	heightIn := r.in(59, 75)
	wt := r.f1(120, 290)
	sys, dia := r.bp()
	conds := []struct{ code, name string }{
		{"E28.2", "Polycystic ovarian syndrome"}, {"E66.01", "Morbid (severe) obesity due to excess calories"},
		{"R73.03", "Prediabetes"}, {"K90.0", "Celiac disease"}, {"E78.5", "Hyperlipidemia, unspecified"},
		{"F50.2", "Bulimia nervosa"}, {"K58.9", "Irritable bowel syndrome without diarrhea"}, {"O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control"},
	}
	cc := r.Perm(len(conds))[:r.in(1, 2)]
	ms := func(min int) string { return after(t, -min).Format("2006-01-02 15:04:05 -0700") }

	meds := arr{}
	for _, m := range r.pickSome(r.in(1, 3), "Metformin|500 mg|twice daily|with meals", "Semaglutide (Wegovy)|0.5 mg|weekly|subcutaneous injection", "Levothyroxine|75 mcg|daily|on an empty stomach", "Spironolactone|50 mg|daily|", "Vitamin D3|2000 IU|daily|", "Sertraline|50 mg|daily|") {
		f := splitAll(m)
		var dir leaf = null()
		if f[3] != "" {
			dir = hlth(f[3])
		}
		meds = append(meds, obj{
			{"id", plain(fmt.Sprint(r.in(10000, 999999)))},
			{"name", hlth(f[0])},
			{"dosage", hlth(f[1])},
			{"frequency", hlth(f[2])},
			{"directions", dir},
			{"active", plain(true)},
			{"start_date", plain(day(after(t, -r.in(10000, 500000))))},
		})
	}
	allergies := arr{}
	for _, al := range r.pickSome(r.in(0, 2), "Peanuts|food|hives|severe", "Penicillin|drug|rash|moderate", "Shellfish|food|anaphylaxis|severe", "Lactose|sensitivity|bloating|mild") {
		f := splitAll(al)
		allergies = append(allergies, obj{
			{"id", plain(fmt.Sprint(r.in(10000, 999999)))},
			{"name", hlth(f[0])},
			{"category", plain(f[1])},
			{"reaction", hlth(f[2])},
			{"severity", hlth(f[3])},
			{"is_current", plain(true)},
		})
	}
	diags := arr{}
	for _, k := range cc {
		diags = append(diags, obj{
			{"id", plain(fmt.Sprint(r.in(10000, 999999)))},
			{"active", plain(true)},
			{"icd_code", obj{{"code", hlth(conds[k].code)}, {"display_name", hlth(conds[k].name)}}},
		})
	}

	row := func(label string, ans leaf, mod string) obj {
		return obj{
			{"label", plain(label).obf()},
			{"answer", ans.obf()},
			{"custom_module", obj{{"mod_type", plain(mod).obf()}, {"label", plain(label).obf()}}},
		}
	}
	ec := r.english()
	intake := arr{
		row("Height", hlth(fmt.Sprintf("%d'%d\"", heightIn/12, heightIn%12)), "height"),
		row("Current weight (lbs)", hlth(fmt.Sprint(wt)), "weight"),
		row("Goal weight (lbs)", hlth(fmt.Sprint(round1(wt*0.88))), "text"),
		row("What brings you in?", hlth(r.pick("PCOS and insulin resistance", "Weight management on Wegovy", "Newly diagnosed celiac", "Binge eating, working with therapist", "Gestational diabetes, 28 weeks")), "textarea"),
		row("Do you smoke?", hlth(r.pick("No", "Former smoker", "Yes, 5/day")), "radio"),
		row("Emergency contact", cont(ec.full()+" "+r.usLocal()), "text"),
		row("How did you hear about us?", plain(r.pick("Instagram", "My doctor", "Insurance directory")), "dropdown"),
	}
	var soap leaf
	switch r.IntN(2) {
	case 0:
		soap = clinNote(p("S: "), p(fmt.Sprintf("Reports %s; weight down %d lb since last visit.", r.pick("less bloating", "fewer binges", "cravings at night", "nausea after dose increase"), r.in(1, 9)), healthC), p(" A/P: "), p(r.pick("continue 30 g protein at breakfast, food log", "titrate fibre, low-FODMAP trial 4 weeks", "refer to GI for repeat tTG-IgA"), healthC), p(". Next visit 2 weeks."))
	default:
		soap = clinNote(p("Client "), p(c.first, contactC), p(" seen by video. "), p(fmt.Sprintf("BP %d/%d self-reported, fasting glucose %d mg/dL.", sys, dia, r.in(80, 140)), healthC))
	}
	forms := arr{
		obj{
			{"id", plain(fmt.Sprint(r.in(10000, 999999)))},
			{"name", plain("Nutrition Intake")},
			{"created_at", plain(ms(r.in(20000, 90000)))},
			{"finished", plain(true)},
			{"form_answers", intake},
		},
		obj{
			{"id", plain(fmt.Sprint(r.in(10000, 999999)))},
			{"name", plain("SOAP Note")},
			{"created_at", plain(ms(r.in(100, 9000)))},
			{"finished", plain(true)},
			{"form_answers", arr{obj{
				{"label", plain("Note").obf()},
				{"answer", soap},
				{"custom_module", obj{{"mod_type", plain("textarea").obf()}, {"label", plain("Note").obf()}}},
			}}},
		},
	}

	entries := arr{
		obj{{"id", plain(fmt.Sprint(r.in(10000, 999999)))}, {"type", plain("MetricEntry")}, {"category", plain("Weight")}, {"metric_stat", hlth(round1(wt - r.f1(0, 6)))}, {"created_at", plain(ms(r.in(10, 3000)))}},
		obj{{"id", plain(fmt.Sprint(r.in(10000, 999999)))}, {"type", plain("MetricEntry")}, {"category", plain("Steps")}, {"metric_stat", hlth(r.in(1200, 16000))}, {"created_at", plain(ms(r.in(10, 3000)))}},
		obj{{"id", plain(fmt.Sprint(r.in(10000, 999999)))}, {"type", plain("MetricEntry")}, {"category", plain("Blood Glucose")}, {"metric_stat", hlth(r.in(70, 190))}, {"created_at", plain(ms(r.in(10, 3000)))}},
		obj{{"id", plain(fmt.Sprint(r.in(10000, 999999)))}, {"type", plain("FoodEntry")}, {"category", plain("Breakfast")},
			{"description", prose(p(r.pick("Greek yoghurt, berries, chia", "2 eggs on sourdough", "Skipped", "Oatmeal with peanut butter")))},
			{"image_url", null()},
			{"created_at", plain(ms(r.in(10, 3000)))}},
	}

	appts := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		appts = append(appts, obj{
			{"id", plain(fmt.Sprint(r.in(100000, 999999)))},
			{"date", plain(ms(-r.in(100, 20000)))},
			{"length", plain(r.pickInt(30, 45, 60))},
			{"appointment_type", obj{{"name", plain(r.pick("Initial Consult (60 min)", "Follow-up (30 min)", "CGM review"))}}},
			{"contact_type", plain("Healthie Video Call")},
			{"external_videochat_url", cred(fmt.Sprintf("https://meet.telehealth.example/r/%s?pwd=%s", r.from(lowerNum, 10), r.alnum(24)))},
			{"pm_status", plain(r.pick("Occurred", "No-Show", ""))},
			{"provider", obj{{"full_name", cont(rd.full())}}},
			{"attendees", arr{obj{{"full_name", cont(c.full())}}}},
		})
	}
	msgs := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		var body leaf
		sender := c
		switch r.IntN(4) {
		case 0:
			body = prose(p("I threw up after the "), p(r.pick("Wegovy shot", "metformin", "iron tablet"), healthC), p(" again, should I skip next week?"))
		case 1:
			sender = rd
			body = prose(p("Hi "), p(c.first, contactC), p(", your labs are in: "), p(fmt.Sprintf("A1c %.1f%%, LDL %d", r.f1(5.2, 7.4), r.in(80, 190)), healthC), p(". Let's discuss Thursday."))
		case 2:
			body = prose(p("Can we move my appointment? New number "), p(r.usDash(), contactC))
		default:
			body = prose(p("Thanks! See you then."))
		}
		msgs = append(msgs, obj{
			{"id", plain(fmt.Sprint(r.in(100000, 999999)))},
			{"body", body},
			{"created_at", plain(ms(r.in(10, 9000)))},
			{"sender", obj{{"id", plain(fmt.Sprint(r.in(1000, 999999)))}, {"full_name", cont(sender.full())}}},
		})
	}

	var tag2 leaf = hlth(r.pick("GLP-1", "PCOS", "Celiac", "ED recovery", "GDM"))
	user := obj{
		{"id", plain(fmt.Sprint(r.in(100000, 9999999)))},
		{"first_name", cont(c.first)},
		{"last_name", cont(c.last)},
		{"legal_name", cont(c.full())},
		{"dob", cont(day(dob))},
		{"gender", sexOf(map[bool]string{true: "Female", false: "Male"}[c.female])},
		{"sex", sexOf(map[bool]string{true: "Female", false: "Male"}[c.female])},
		{"pronouns", sexOf(map[bool]string{true: "she/her", false: "he/him"}[c.female])},
		{"email", cont(r.email(c))},
		{"phone_number", cont(r.pick(r.usDash(), r.usE164()))},
		{"timezone", plain("America/Chicago")},
		{"created_at", plain(ms(r.in(20000, 200000)))},
		{"last_active", plain(ms(r.in(1, 3000)))},
		{"height", hlth(fmt.Sprint(heightIn))},
		{"location", obj{
			{"line1", cont(a.street)},
			{"line2", plain("")},
			{"city", cont(a.town)},
			{"state", cont(a.region)},
			{"zip", cont(a.postcode)},
			{"country", decoy("US")},
		}},
		{"active_tags", arr{
			obj{{"id", plain(fmt.Sprint(r.in(1000, 99999)))}, {"name", plain(r.pick("Insurance: Aetna", "Self-pay", "Insurance: BCBS"))}},
			obj{{"id", plain(fmt.Sprint(r.in(1000, 99999)))}, {"name", tag2}},
		}},
		{"user_group", obj{{"id", plain(fmt.Sprint(r.in(100, 9999)))}, {"name", hlth(r.pick("Weight management programme", "PCOS nutrition", "Diabetes prevention (DPP)", "Prenatal nutrition"))}}},
		{"dietitian", obj{
			{"id", plain(fmt.Sprint(r.in(1000, 999999)))},
			{"full_name", cont(rd.full() + ", RD")},
			{"email", cont(r.email(rd))},
			{"npi", decoy(r.digits(10))},
			{"qualifications", plain("RD, CDCES")},
		}},
		{"policies", arr{obj{
			{"id", plain(fmt.Sprint(r.in(1000, 99999)))},
			{"name", plain(r.pick("Aetna PPO", "BCBS Texas HMO", "UnitedHealthcare Choice Plus"))},
			{"num", plain(r.from(upperNum, 11))},
			{"priority_type", plain("Primary")},
			{"holder_relationship", plain("Self")},
			{"insurance_plan", obj{{"payer_name", plain(r.pick("Aetna", "Blue Cross Blue Shield of Texas", "UnitedHealthcare"))}, {"payer_id", plain(r.digits(5))}}},
		}}},
		{"medications", meds},
		{"allergy_sensitivities", allergies},
		{"diagnoses", diags},
		{"form_answer_groups", forms},
		{"entries", entries},
		{"appointments", appts},
		{"conversation_messages", msgs},
		{"current_sign_in_ip", netw(r.wan())},
		{"last_sign_in_ip", netw(r.wan())},
		{"sign_in_count", decoy(r.in(3, 400))},
		{"has_password", decoy(true)},
	}

	return obj{
		{"request", obj{
			{"url", plain("https://api.gethealthie.com/graphql")},
			{"headers", obj{
				{"Authorization", cred("Basic " + r.healthieKey())},
				{"AuthorizationSource", plain("API")},
				{"Content-Type", plain("application/json")},
			}},
			{"operationName", plain("GetClientChart")},
			{"variables", obj{{"id", plain(fmt.Sprint(r.in(100000, 9999999)))}}},
		}},
		{"response", obj{
			{"data", obj{{"user", user}}},
			{"extensions", obj{{"complexity", plain(r.in(100, 900))}}},
		}},
		{"webhook", obj{
			{"url", netw(fmt.Sprintf("https://%s:8443/hooks/healthie", r.lan().host(r.in(10, 60))))},
			{"secret", cred(r.alnum(32))},
			{"events", arr{plain("appointment.created"), plain("form_answer_group.created"), plain("message.created")}},
		}},
	}
}

// splitAll splits s on "|".
func splitAll(s string) []string { return strings.Split(s, "|") }
