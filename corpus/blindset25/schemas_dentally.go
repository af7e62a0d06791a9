package blindset25

import "fmt"

// dentalDentally: a UK dental practice's imaging bridge kept a debug file
// of Dentally API answers beside its own configuration: the bearer token,
// the site, practitioners, patients (title, names, birth date, gender,
// contact details, address, emergency contact, the medical alert text),
// their latest medical history questionnaire as question / answer rows,
// appointments with reasons and notes, treatment-plan items, and the
// bridge's own settings (X-ray sensor, workstation, image share, the SMS
// gateway key and secret, the webhook secret).
func dentalDentally(r *rng) any {
	t := r.when()
	practices := []string{"Wharfedale Dental Care", "Nidd Valley Smiles", "Kirkgate Family Dentistry", "Moorside Dental Practice"}
	practice := practices[r.IntN(len(practices))]
	site := r.ukAddress()
	siteID := r.uuid()
	lanP := r.lan()
	ws := fmt.Sprintf("SURG%d-PC", r.in(1, 4))

	practs := arr{}
	var dentist person
	for i := 0; i < r.in(1, 2); i++ {
		d := r.english()
		if i == 0 {
			dentist = d
		}
		practs = append(practs, obj{
			{"id", plain(r.in(100, 999))},
			{"active", plain(true)},
			{"user", obj{
				{"id", plain(r.in(1000, 9999))},
				{"first_name", cont(d.first)},
				{"last_name", cont(d.last)},
				{"email", cont(r.email(d))},
				{"title", plain(r.pick("Dr", "Dr", "Mr", "Ms"))},
				{"gdc_number", decoy(fmt.Sprint(r.in(50000, 290000)))},
				{"role", plain(r.pick("dentist", "hygienist", "therapist"))},
			}},
		})
	}

	alerts := []string{"Warfarin - check INR before extractions", "Type 1 diabetic, insulin pump", "Penicillin allergy - anaphylaxis", "Bisphosphonates (alendronate) - MRONJ risk", "Pacemaker - no ultrasonic scaler", "Latex allergy", "Epilepsy, last seizure 2023"}
	patients := arr{}
	histories := arr{}
	appts := arr{}
	planItems := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		pt := r.english()
		ec := r.english()
		pa := r.ukAddress()
		pid := r.in(10000, 99999)
		title := "Mr"
		gender := "male"
		if pt.female {
			title = r.pick("Mrs", "Ms", "Miss")
			gender = "female"
		}
		var alert leaf = null()
		if r.chance(0.7) {
			alert = hlth(alerts[r.IntN(len(alerts))])
		}
		patients = append(patients, obj{
			{"id", plain(pid)},
			{"title", sexOf(title)},
			{"first_name", cont(pt.first)},
			{"middle_name", null()},
			{"last_name", cont(pt.last)},
			{"preferred_name", r.orNull(0.7, cont(pt.first[:min(3, len(pt.first))]))},
			{"date_of_birth", cont(day(r.birth(1940, 2016)))},
			{"gender", sexOf(gender)},
			{"email_address", cont(r.email(pt))},
			{"mobile_phone", cont(r.ukMobile())},
			{"home_phone", r.orNull(0.5, cont(r.leedsLine()))},
			{"address_line_1", cont(pa.street)},
			{"address_line_2", null()},
			{"town", cont(pa.town)},
			{"county", cont(pa.region)},
			{"postcode", cont(pa.postcode)},
			{"emergency_contact_name", cont(ec.full())},
			{"emergency_contact_phone", cont(r.ukMobile())},
			{"emergency_contact_relationship", plain(r.pick("Spouse", "Mother", "Son", "Partner"))},
			{"medical_alert_text", alert},
			{"payment_plan_id", plain(r.in(1, 9))},
			{"dentist_id", plain(r.in(100, 999))},
			{"site_id", plain(siteID)},
			{"use_email", decoy(r.chance(0.8))},
			{"use_sms", decoy(r.chance(0.8))},
			{"marketing", decoy(r.chance(0.3))},
			{"active", plain(true)},
			{"created_at", plain(isoMs(after(t, -r.in(50000, 900000))))},
		})
		qa := func(q string, a leaf) obj {
			return obj{{"question", plain(q).obf()}, {"answer", a.obf()}}
		}
		smoker := r.pick("No", "Yes - 10 a day", "Ex-smoker", "Vapes")
		histories = append(histories, obj{
			{"id", plain(r.in(100000, 999999))},
			{"patient_id", plain(pid)},
			{"completed_at", plain(isoMs(after(t, -r.in(100, 90000))))},
			{"signed", plain(true)},
			{"answers", arr{
				qa("Are you currently taking any medicines?", hlth(r.pick("Ramipril 5mg, atorvastatin 20mg", "Sertraline 100mg", "None", "Apixaban 5mg twice daily", "Levothyroxine 75mcg"))),
				qa("Do you have any allergies?", hlth(r.pick("No", "Penicillin", "Latex", "Chlorhexidine"))),
				qa("Are you or could you be pregnant?", hlth(r.pick("No", "No", "Yes - 22 weeks", "N/A"))),
				qa("Do you smoke?", hlth(smoker)),
				qa("Have you had a heart attack or heart surgery?", hlth(r.pick("No", "Yes", "Stent 2021"))),
			}},
		})
		reasons := []string{"Extraction LR6", "Root canal UR1", "Scale and polish", "Exam + 2 BW radiographs", "Crown prep UL6", "Emergency - swelling LL8"}
		var note leaf
		switch r.IntN(4) {
		case 0:
			note = prose(p("Pt anxious, "), p(r.pick("took 2mg diazepam before appt", "has panic disorder, needs breaks", "gag reflex, BW only"), healthC), p("."))
		case 1:
			note = prose(p("Mum "), p(ec.first, contactC), p(" to attend, call "), p(r.ukMobile(), contactC), p(" if running late."))
		case 2:
			note = prose(p("Radiographs on "), p(ws, netC), p(" did not import, re-sent from sensor."))
		default:
			note = prose(p("FTA, rebook."))
		}
		appts = append(appts, obj{
			{"id", plain(r.in(1000000, 9999999))},
			{"patient_id", plain(pid)},
			{"practitioner_id", plain(r.in(100, 999))},
			{"start_time", plain(isoMs(after(t, r.in(60, 40000))))},
			{"duration", decoy(r.pickInt(10, 20, 30, 45, 60))},
			{"reason", hlth(reasons[r.IntN(len(reasons))])},
			{"state", plain(r.pick("Pending", "Confirmed", "Arrived", "Completed"))},
			{"room_id", plain(r.in(1, 6))},
			{"notes", note},
		})
		planItems = append(planItems, obj{
			{"id", plain(r.in(1000000, 9999999))},
			{"patient_id", plain(pid)},
			{"nomenclature", hlth(r.pick("Root canal treatment - molar", "Surgical extraction", "Composite filling - 2 surfaces", "Porcelain bonded crown", "Periodontal root surface debridement"))},
			{"teeth", arr{hlth(r.pick("UR6", "LL7", "UL1", "LR8", "UL5"))}},
			{"nhs_band", plain(r.pick("Band 1", "Band 2", "Band 3", "Private"))},
			{"charge", plain(fmt.Sprintf("%.2f", r.f1(26, 900)))},
			{"code", decoy(fmt.Sprintf("T%03d", r.in(1, 400)))},
			{"completed", plain(false)},
		})
	}

	return obj{
		{"bridge", obj{
			{"product", plain("ImageLink Bridge")},
			{"version", decoy(r.semver())},
			{"api_base", plain("https://api.dentally.co/v1")},
			{"authorization", cred("Bearer " + r.hex(64))},
			{"user_agent", decoy("ImageLinkBridge/" + r.semver())},
			{"sensor", obj{
				{"model", dev(r.pick("Carestream RVG 6200", "Planmeca ProSensor HD", "Dexis Titanium", "Vatech EzSensor Classic"))},
				{"serial", dev(r.serial("", 9))},
				{"firmware", fwIP(r.ipShapedFw())},
				{"workstation", netw(ws)},
				{"workstation_ip", netw(lanP.host(r.in(20, 90)))},
			}},
			{"image_share", netw(fmt.Sprintf(`\\%s\Images`, lanP.host(r.in(2, 19))))},
			{"share_user", cont("xray")},
			{"share_password", cred(r.password())},
			{"sms_gateway", obj{
				{"provider", plain("Vonage")},
				{"api_key", decoy(r.vonageKey())},
				{"api_secret", cred(r.vonageSecret())},
				{"from", plain("DENTAL")},
			}},
			{"webhook_secret", cred(r.b64(24))},
			{"password_min_length", decoy(12)},
			{"sha256", decoy(r.hex(64))},
		}},
		{"site", obj{
			{"id", plain(siteID)},
			{"name", plain(practice)},
			{"address_line_1", cont(site.street)},
			{"town", cont(site.town)},
			{"postcode", cont(site.postcode)},
			{"phone_number", cont(r.leedsLine())},
			{"nhs_contract_number", decoy(fmt.Sprintf("%d/%04d", r.in(100000, 999999), r.in(1, 9999)))},
		}},
		{"practitioners", practs},
		{"patients", patients},
		{"medical_histories", histories},
		{"appointments", appts},
		{"treatment_plan_items", planItems},
		{"meta", obj{{"page", plain(1)}, {"per_page", plain(25)}, {"total", decoy(r.in(900, 6000))}, {"current_user", cont(dentist.full())}}},
	}
}
