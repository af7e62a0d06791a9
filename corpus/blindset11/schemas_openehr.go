package blindset11

import "fmt"

// A community cardiac-rehabilitation programme's assessment, an openEHR
// composition in the FLAT web template format (keys are paths with "/",
// ":0" indices and "|magnitude" / "|unit" / "|code" attributes), with the
// subject's demographics from the demographic service beside it.

func rehabOpenEHR(r *rng) any {
	woman := r.chance(0.4)
	first, sex := r.pick(ukMen...), "male"
	if woman {
		first, sex = r.pick(ukWomen...), "female"
	}
	last := r.pick(ukFamily...)
	cm := r.in(150, 192)
	kg := r.f1(55, 120)
	sys, dia := r.bp()
	dx := [][2]string{{"I21.4", "Acute subendocardial myocardial infarction"}, {"I21.0", "Acute transmural myocardial infarction of anterior wall"}, {"I25.1", "Atherosclerotic heart disease"}, {"I50.9", "Heart failure, unspecified"}, {"Z95.1", "Presence of aortocoronary bypass graft"}, {"I20.0", "Unstable angina"}}[r.IntN(6)]
	const t = "cardiac_rehab_assessment"
	nurse := r.pick(ukWomen...) + " " + r.pick(ukFamily...)
	synopsis := prose(p(r.pick("Attended all sessions. ", "Good engagement. ", "Missed week 3 (holiday). ")))
	if r.chance(0.7) {
		synopsis = prose(p(fmt.Sprintf("%d y/o post ", r.in(44, 82))), p(r.pick("NSTEMI, PCI to LAD", "CABG x3", "STEMI, stent to RCA", "HFrEF, EF 35%"), healthC), p(". "), p(r.pick("Reports chest tightness on stairs", "Low mood, PHQ-9 elevated", "BP well controlled on ramipril", "Stopped smoking 8 weeks ago"), healthC), p(r.pick(". Continue phase III.", ". Refer back to GP.", ".")))
	}
	if r.chance(0.2) {
		synopsis = prose(p("Son ("), p(r.ukPhone(), contactC), p(") to bring patient on Tuesdays."))
	}
	story := prose(p(r.pick("Lives alone, ", "Lives with spouse, ", "Carer for grandchild, ")), p(r.pick("breathless walking uphill", "palpitations at night", "worried about returning to work", "no chest pain since discharge"), healthC), p("."))
	if r.chance(0.25) {
		story = prose(p("Prefers contact by e-mail: "), p(r.mail(ascii(first)+ascii(last)), contactC), p("."))
	}
	comp := obj{
		{"ctx/language", plain("en")},
		{"ctx/territory", plain(r.pick("GB", "IE"))},
		{"ctx/composer_name", cont(nurse)},
		{"ctx/health_care_facility|id", decoy(r.digits(6))},
		{"ctx/health_care_facility|name", plain(r.pick("Hollowmere Community Hospital", "Calder Leisure Centre", "Kettlebridge Health Hub"))},
		{"ctx/participation_name", cont("Dr " + r.pick(ukMen...) + " " + r.pick(ukFamily...))},
		{"ctx/participation_function", plain("requester")},
		{t + "/category|code", plain("433")},
		{t + "/category|value", plain("event")},
		{t + "/category|terminology", plain("openehr")},
		{t + "/context/start_time", plain(r.iso(2024, 2024))},
		{t + "/vital_signs/blood_pressure:0/any_event:0/systolic|magnitude", hlth(sys)},
		{t + "/vital_signs/blood_pressure:0/any_event:0/systolic|unit", plain("mm[Hg]")},
		{t + "/vital_signs/blood_pressure:0/any_event:0/diastolic|magnitude", hlth(dia)},
		{t + "/vital_signs/blood_pressure:0/any_event:0/diastolic|unit", plain("mm[Hg]")},
		{t + "/vital_signs/pulse_heart_beat:0/any_event:0/rate|magnitude", hlth(r.in(52, 96))},
		{t + "/vital_signs/pulse_heart_beat:0/any_event:0/rate|unit", plain("/min")},
		{t + "/vital_signs/body_weight:0/any_event:0/weight|magnitude", hlth(kg)},
		{t + "/vital_signs/body_weight:0/any_event:0/weight|unit", plain("kg")},
		{t + "/vital_signs/height_length:0/any_event:0/height_length|magnitude", hlth(cm)},
		{t + "/vital_signs/body_mass_index:0/any_event:0/body_mass_index|magnitude", hlth(bmi(kg, cm))},
		{t + "/vital_signs/waist_circumference:0/any_event:0/waist_circumference|magnitude", hlth(r.in(78, 124))},
		{t + "/problem_diagnosis:0/problem_diagnosis_name|code", hlth(dx[0])},
		{t + "/problem_diagnosis:0/problem_diagnosis_name|value", hlth(dx[1])},
		{t + "/problem_diagnosis:0/problem_diagnosis_name|terminology", plain("ICD-10")},
		{t + "/procedure:0/procedure_name", hlth(r.pick("Percutaneous coronary intervention", "Coronary artery bypass graft", "ICD implantation", "None"))},
		{t + "/exercise_test:0/any_event:0/peak_heart_rate|magnitude", hlth(r.in(98, 158))},
		{t + "/exercise_test:0/any_event:0/metabolic_equivalents|magnitude", hlth(r.f1(3, 11))},
		{t + "/exercise_test:0/any_event:0/six_minute_walk_distance|magnitude", hlth(r.in(220, 620))},
		{t + "/exercise_test:0/any_event:0/treadmill_grade|magnitude", decoy(r.in(0, 12))},
		{t + "/lab_result:0/any_event:0/ldl_cholesterol|magnitude", hlth(r.f1(1.2, 4.5))},
		{t + "/lab_result:0/any_event:0/hba1c|magnitude", hlth(r.in(34, 74))},
		{t + "/tobacco_smoking_summary/overall_status|value", hlth(r.pick("Never smoked", "Former smoker", "Current smoker"))},
		{t + "/tobacco_smoking_summary/overall_status|code", plain(r.pick("at0005", "at0006", "at0007"))},
		{t + "/phq_9/any_event:0/total_score", hlth(r.in(0, 19))},
	}
	for i, d := range r.pickSome(r.in(2, 4), "Aspirin 75 mg", "Ticagrelor 90 mg", "Atorvastatin 80 mg", "Bisoprolol 2.5 mg", "Ramipril 5 mg", "GTN spray 400 mcg", "Sacubitril/valsartan 49/51 mg", "Dapagliflozin 10 mg", "Eplerenone 25 mg", "Clopidogrel 75 mg", "Furosemide 40 mg", "Metformin 500 mg") {
		comp = append(comp,
			field{fmt.Sprintf("%s/medication_statement:%d/medication_item", t, i), hlth(d)},
			field{fmt.Sprintf("%s/medication_statement:%d/dosage_instruction", t, i), hlth(r.pick("once daily", "twice daily", "at night", "PRN chest pain"))},
		)
	}
	comp = append(comp, obj{
		{t + "/device_details:0/name", dev(r.pick("Polar H10 chest strap", "Garmin HRM-Pro Plus", "Wahoo TICKR", "Omron M7 Intelli IT"))},
		{t + "/device_details:0/serial_number", dev(r.upper(2) + r.digits(8))},
		{t + "/device_details:0/last_sync", dev(r.iso(2024, 2024))},
		{t + "/device_details:0/battery_level", decoy(r.in(5, 100))},
		{t + "/exercise_test:0/protocol/treadmill_speed|magnitude", decoy(r.f1(2, 7))},
		{t + "/exercise_test:0/protocol/ramp_watts|magnitude", decoy(r.in(10, 25))},
		{t + "/programme/sessions_attended", decoy(r.in(0, 12))},
		{t + "/programme/sessions_total", decoy(12)},
		{t + "/clinical_synopsis/synopsis", synopsis},
		{t + "/story_history/any_event:0/story", story},
		{t + "/exercise_session:0/comment", prose(p(r.pick("Completed circuit at RPE 12-13.", "Stopped early, ", "Cycled 20 min, ")), p(r.pick("HR peaked 138", "mild angina, GTN x1", "SpO2 dipped to 91%", "BP 172/88 post-exercise"), healthC), p("."))},
		{t + "/_uid", decoy(r.uuid() + "::ehrbase.rehab.internal::1")},
	}...)
	return clinical(obj{
		{"ehrId", decoy(r.uuid())},
		{"templateId", plain("Cardiac Rehab Assessment v2")},
		{"demographics", obj{
			{"name|given", cont(first)},
			{"name|family", cont(last)},
			{"birth_date", cont(r.day(1940, 1980))},
			{"gender", sexOf(sex)},
			{"address|line", cont(fmt.Sprintf("%d %s", r.in(1, 140), r.pick(ukRoads...)))},
			{"address|city", cont(r.pick(ukTowns...))},
			{"address|postcode", cont(r.ukPostcode())},
			{"telecom|phone", cont(r.ukPhone())},
			{"telecom|email", cont(r.mail(ascii(first) + "." + ascii(last)))},
			{"gp|name", cont("Dr " + r.pick(ukWomen...) + " " + r.pick(ukFamily...))},
			{"identifier|nhs", decoy(fmt.Sprintf("%03d %03d %04d", r.in(400, 999), r.in(0, 999), r.in(0, 9999)))},
		}},
		{"composition", comp},
		{"compositionVersion", decoy(fmt.Sprintf("%d", r.in(1, 6)))},
	})
}
