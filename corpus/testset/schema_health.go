package testset

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/leakscope/leakscope/corpus"
)

// fertility-tracker: a menstrual/fertility app export. Dates of bodily
// events (period starts, ovulation) are health; dates of log entries are not.
func genFertility(r *rand.Rand) node {
	p := newPerson(r, pick(r, []string{"world", "br", "it", "pl"}))
	root := obj()
	u := obj().
		put("uid", dec(uuid(r))).
		put("email", L(p.email, ct))
	if chance(r, 0.6) {
		u.put("name", L(p.first, ct))
	}
	if chance(r, 0.5) {
		u.put("dob", L(dob(r).Format("02/01/2006"), ct))
	}
	u.put("goal", L(pick(r, []string{"ttc", "avoid_pregnancy", "track_cycle", "pregnant", "perimenopause"}), hl))
	u.put("avg_cycle_len", L(between(r, 23, 38), hl))
	u.put("avg_period_len", L(between(r, 3, 8), hl))
	if chance(r, 0.5) {
		u.put("height_cm", L(num(fbetween(r, 148, 185), 1), hl))
	}
	if chance(r, 0.5) {
		u.put("weight_kg", L(fstr(fbetween(r, 45, 110), 1), hl))
	}
	if chance(r, 0.4) {
		c := arr()
		for range between(r, 1, 2) {
			c.add(L(pick(r, []string{"PCOS", "endometriosis", "hypothyroidism", "fibroids", "irregular cycles"}), hl))
		}
		u.put("conditions", c)
	}
	if chance(r, 0.4) {
		u.put("contraception", L(pick(r, []string{"combined pill", "copper IUD", "hormonal IUD", "none", "implant"}), hl))
	}
	if chance(r, 0.3) {
		u.put("partner_email", L(newPerson(r, "world").email, ct))
	}
	if chance(r, 0.4) {
		u.put("app_pin", L(pin(r, 4), cr))
	}
	u.put("premium", dec(chance(r, 0.3)))
	root.put("user", u)

	start := when(r)
	cycles := arr()
	for range between(r, 1, 4) {
		l := between(r, 24, 35)
		cycles.add(obj().
			put("cycle_id", dec(between(r, 1, 500))).
			put("start", L(start.Format("2006-01-02"), hl)).
			put("length", L(l, hl)).
			put("ovulation_day", L(between(r, 11, 18), hl)).
			put("predicted", dec(chance(r, 0.3))))
		start = start.Add(time.Duration(l) * 24 * time.Hour)
	}
	root.put("cycles", cycles)

	logs := arr()
	for range between(r, 2, 6) {
		lg := obj().put("date", dec(day(r)))
		if chance(r, 0.6) {
			lg.put("flow", L(pick(r, []string{"spotting", "light", "medium", "heavy"}), hl))
		}
		if chance(r, 0.6) {
			lg.put("bbt_c", L(num(fbetween(r, 36.1, 37.3), 2), hl))
		}
		if chance(r, 0.5) {
			s := arr()
			for range between(r, 1, 3) {
				s.add(L(pick(r, []string{"cramps", "headache", "bloating", "tender breasts", "acne", "nausea", "back pain"}), hl))
			}
			lg.put("symptoms", s)
		}
		if chance(r, 0.4) {
			lg.put("mood", L(pick(r, []string{"anxious", "calm", "irritable", "sad", "energetic"}), hl))
		}
		if chance(r, 0.3) {
			lg.put("sex", L(pick(r, []string{"protected", "unprotected", "none"}), hl))
		}
		if chance(r, 0.3) {
			lg.put("lh_test", L(pick(r, []string{"positive", "negative", "peak"}), hl))
		}
		if chance(r, 0.2) {
			lg.put("pregnancy_test", L(pick(r, []string{"positive", "negative"}), hl))
		}
		if chance(r, 0.3) {
			lg.put("notes", prose(pick(r, []string{"spotting after starting ", "started ", "forgot "}),
				L(pick(r, []string{"Yasmin", "letrozole 2.5mg", "folic acid", "Clomid", "ibuprofen"}), hl),
				pick(r, []string{" today", ", feeling dizzy", " again"})))
		}
		lg.put("entry_count", dec(between(r, 1, 9)))
		logs.add(lg)
	}
	root.put("logs", logs)
	root.put("app", obj().
		put("platform", L(pick(r, phoneOS), dv)).
		put("app_version", L(appVersion(r), dv)).
		put("locale", dec(pick(r, []string{"en-US", "pt-BR", "it-IT", "pl-PL"}))).
		put("schema", dec(between(r, 5, 9))).
		put("exported_at", dec(iso(r))))
	return root
}

// cgm-nightscout: a diabetes CGM app export in a Nightscout-like shape,
// with kebab-case profile keys.
func genCGM(r *rand.Rand) node {
	p := newPerson(r, pick(r, []string{"world", "nl", "se"}))
	mmol := chance(r, 0.4)
	unit := "mg/dL"
	if mmol {
		unit = "mmol/L"
	}
	root := obj()
	prof := obj().
		put("patient-name", L(p.full(), ct)).
		put("e-mail", L(p.email, ct)).
		put("diabetes-type", L(pick(r, []string{"T1", "T2", "LADA", "type 1"}), hl)).
		put("diagnosed", L(strconv.Itoa(between(r, 1990, 2023)), hl)).
		put("units", no(unit)).
		put("insulin", L(pick(r, []string{"Fiasp", "NovoRapid", "Humalog", "Lyumjev"}), hl)).
		put("basal-insulin", L(pick(r, []string{"Tresiba", "Lantus", "Levemir", "pump"}), hl)).
		put("carb-ratio", L(fmt.Sprintf("1:%d", between(r, 6, 15)), hl))
	if mmol {
		prof.put("target-low", L(num(fbetween(r, 3.9, 5), 1), hl))
		prof.put("target-high", L(num(fbetween(r, 7.8, 10), 1), hl))
	} else {
		prof.put("target-low", L(between(r, 70, 90), hl))
		prof.put("target-high", L(between(r, 140, 180), hl))
	}
	prof.put("time-zone", no(pick(r, []string{"Europe/Amsterdam", "Europe/Stockholm", "America/Chicago"})))
	root.put("profile", prof)

	devs := arr()
	devs.add(obj().
		put("type", L("cgm", dv)).
		put("model", L(pick(r, []string{"Dexcom G7", "FreeStyle Libre 3", "Guardian 4", "Dexcom G6"}), dv)).
		put("serial", L(serial(r, pick(r, []string{"3MH", "0G"})), dv)).
		put("transmitter-id", L(rs(r, upperC+digitC, 6), dv)).
		put("firmware", L(fwVersion(r), dv)).
		put("sensor-started", dec(iso(r))))
	if chance(r, 0.5) {
		devs.add(obj().
			put("type", L("pump", dv)).
			put("model", L(pick(r, []string{"Omnipod 5", "t:slim X2", "MiniMed 780G", "Ypsopump"}), dv)).
			put("serial", L(serial(r, "PMP"), dv)).
			put("firmware", L(fwVersion(r), dv)))
	}
	devs.add(obj().
		put("type", L("phone", dv)).
		put("model", L(pick(r, phones), dv)).
		put("os", L(pick(r, phoneOS), dv)).
		put("uploader-app", L("xDrip+ "+when(r).Format("2006.01.02"), dv)))
	root.put("devices", devs)

	entries := arr()
	for range between(r, 3, 8) {
		e := obj().put("_id", dec(objectID(r)))
		if mmol {
			e.put("sgv", L(num(fbetween(r, 2.8, 18), 1), hl))
		} else {
			e.put("sgv", L(between(r, 50, 320), hl))
		}
		e.put("direction", L(pick(r, []string{"Flat", "FortyFiveUp", "SingleDown", "DoubleUp", "FortyFiveDown"}), hl))
		e.put("date", dec(epochMs(r)))
		e.put("dateString", dec(isoMs(r)))
		e.put("type", no("sgv"))
		e.put("noise", no(1))
		entries.add(e)
	}
	root.put("entries", entries)

	tr := arr()
	for range between(r, 1, 4) {
		t := obj().put("_id", dec(objectID(r)))
		kind := pick(r, []string{"Meal Bolus", "Correction Bolus", "Carb Correction", "Temp Basal", "Site Change"})
		t.put("eventType", L(kind, hl))
		switch kind {
		case "Meal Bolus", "Correction Bolus":
			t.put("insulin", L(num(fbetween(r, 0.5, 12), 1), hl))
			if kind == "Meal Bolus" {
				t.put("carbs", L(between(r, 10, 120), hl))
			}
		case "Carb Correction":
			t.put("carbs", L(strconv.Itoa(between(r, 5, 30)), hl))
		case "Temp Basal":
			t.put("percent", L(pick(r, []int{-50, -30, 20, 50}), hl))
		}
		t.put("created_at", dec(iso(r)))
		t.put("enteredBy", no(pick(r, []string{"xdrip", "loop://iPhone", "careportal"})))
		if chance(r, 0.3) {
			t.put("notes", prose(pick(r, []string{"pizza night, ", "hypo at gym, ", "sick day, "}), L(pick(r, []string{"ketones 0.8", "felt shaky", "BG 3.1 before"}), hl)))
		}
		tr.add(t)
	}
	root.put("treatments", tr)
	root.put("api", obj().
		put("api-secret-sha1", L(hexN(r, 40), cr)).
		put("token", L(fmt.Sprintf("readable-%s", hexN(r, 16)), cr)).
		put("server-version", dec(pick(r, []string{"15.0.2", "14.2.6", ipVersion(r)}))))
	root.put("export", obj().
		put("count", dec(between(r, 100, 90000))).
		put("bytes", dec(between(r, 1e4, 1e8))))
	return root
}

// gym-members: a fitness chain member table exported with human column
// titles as keys ("First Name", "Body Fat %"), body-composition scans,
// a health questionnaire and trainer notes.
func genGym(r *rand.Rand) node {
	cult := pick(r, []string{"world", "world", "nl", "se"})
	p := newPerson(r, cult)
	a := newAddress(r, cult)
	root := obj()
	root.put("Member No", dec(fmt.Sprintf("GM-%07d", r.IntN(1e7))))
	root.put("First Name", L(p.first, ct))
	root.put("Last Name", L(p.last, ct))
	root.put("Phone Number", L(p.phone, ct))
	root.put("E-mail", L(p.email, ct))
	if chance(r, 0.7) {
		root.put("Date of Birth", L(dob(r).Format("02/01/2006"), ct))
	}
	if chance(r, 0.8) {
		root.put("Gender", gender(pick(r, []string{"F", "M", "Female", "Male", "Non-binary"})))
	}
	if chance(r, 0.6) {
		root.put("Address Line 1", L(a.number+" "+a.street, ct))
		root.put("Town", L(a.city, ct))
		root.put("Postcode", L(a.postcode, ct))
	}
	root.put("Home Club", dec(pick(r, []string{"Westside Leeds", "Centrum Utrecht", "Södermalm", "Harbourfront"})))
	root.put("Membership", dec(pick(r, []string{"Off-Peak Flex", "Premium 24/7", "Student Saver", "Family Duo"})))
	root.put("Monthly Fee", dec(pick(r, []string{"£24.99", "€34,95", "399 kr", "$29.00"})))
	root.put("Access Fob", L(rs(r, "0123456789ABCDEF", 8), cr))
	if chance(r, 0.4) {
		root.put("Locker Code", L(pin(r, 4), cr))
	}
	root.put("Visits/Month", dec(between(r, 0, 25)))
	root.put("Marketing Opt-In", dec(chance(r, 0.4)))
	if chance(r, 0.8) {
		q := newPerson(r, cult)
		root.put("Emergency Contact", obj().
			put("Name", L(q.full(), ct)).
			put("Relation", no(pick(r, []string{"sister", "partner", "father", "friend", "wife", "husband"}))).
			put("Phone", L(q.phone, ct)))
	}
	scans := arr()
	for range between(r, 1, 3) {
		w := fbetween(r, 48, 125)
		s := obj().
			put("Scan Date", dec(day(r))).
			put("Weight (kg)", L(num(w, 1), hl)).
			put("Body Fat %", L(num(fbetween(r, 8, 42), 1), hl)).
			put("Skeletal Muscle Mass (kg)", L(num(fbetween(r, 20, 45), 1), hl)).
			put("BMI", L(num(fbetween(r, 17, 38), 1), hl))
		if chance(r, 0.6) {
			s.put("Visceral Fat Level", L(between(r, 2, 18), hl))
		}
		if chance(r, 0.5) {
			s.put("Bone Mass (kg)", L(fstr(fbetween(r, 2, 4.2), 1), hl))
		}
		if chance(r, 0.5) {
			s.put("BMR (kcal)", L(between(r, 1200, 2300), hl))
		}
		if chance(r, 0.4) {
			s.put("Resting HR", L(between(r, 45, 90), hl))
		}
		s.put("Scan ID", dec(uuid(r)))
		scans.add(s)
	}
	root.put("InBody Scans", scans)
	if chance(r, 0.7) {
		q := obj().
			put("Heart Condition", L(chance(r, 0.1), hl)).
			put("Chest Pain", L(chance(r, 0.05), hl)).
			put("Pregnant", L(chance(r, 0.08), hl))
		if chance(r, 0.5) {
			q.put("Medications", L(pick(r, []string{"Ramipril 5mg", "salbutamol inhaler", "none", "sertraline 50mg", "metformin"}), hl))
		} else {
			q.put("Medications", nul())
		}
		q.put("Signed", dec(day(r)))
		root.put("PAR-Q", q)
	}
	if chance(r, 0.6) {
		root.put("Trainer Notes", prose(pick(r, []string{"Wants to lose ", "Goal: drop "}),
			L(strconv.Itoa(between(r, 3, 20))+" kg", hl), pick(r, []string{" before wedding. ", ". "}),
			pick(r, []string{"Old ", "Recovering from ", "Mind the "}),
			L(pick(r, []string{"ACL reconstruction (left knee)", "lower back disc herniation", "rotator cuff tear", "asthma"}), hl),
			"."))
	}
	return root
}

// fhir-lab-bundle: a hospital lab system export as a FHIR R4 Bundle.
// Every leaf is Hard=clinical. Codes and displays of what was measured,
// prescribed or diagnosed for the patient are health; code systems, units,
// statuses and reference ranges are not.
func genFHIR(r *rand.Rand) node {
	cult := pick(r, []string{"world", "world", "nl", "it"})
	p := newPerson(r, cult)
	a := newAddress(r, cult)
	pid := uuid(r)
	dr := newPerson(r, "world")
	drName := "Dr " + dr.first[:1] + ". " + dr.last
	entries := arr()
	add := func(res *Obj) {
		entries.add(obj().put("fullUrl", dec("urn:uuid:"+uuid(r))).put("resource", res))
	}

	pat := obj().
		put("resourceType", no("Patient")).
		put("id", dec(pid)).
		put("meta", obj().put("versionId", dec(strconv.Itoa(between(r, 1, 9)))).put("lastUpdated", dec(isoMs(r)))).
		put("identifier", arr(obj().
			put("system", dec("urn:oid:2.16.840.1.113883.19.5")).
			put("value", dec(fmt.Sprintf("MRN%08d", r.IntN(1e8)))))).
		put("active", no(true))
	given := arr(L(p.first, ct))
	if chance(r, 0.3) {
		given.add(L(pick(r, cultures[cult].first), ct))
	}
	pat.put("name", arr(obj().put("use", no("official")).put("family", L(p.last, ct)).put("given", given)))
	tel := arr(obj().put("system", no("phone")).put("value", L(p.phone, ct)).put("use", no("mobile")))
	if chance(r, 0.5) {
		tel.add(obj().put("system", no("email")).put("value", L(p.email, ct)))
	}
	pat.put("telecom", tel)
	pat.put("gender", gender(pick(r, []string{"female", "male", "other"})))
	pat.put("birthDate", L(dob(r).Format("2006-01-02"), ct))
	if chance(r, 0.8) {
		pat.put("address", arr(obj().
			put("use", no("home")).
			put("line", arr(L(a.number+" "+a.street, ct))).
			put("city", L(a.city, ct)).
			put("postalCode", L(a.postcode, ct)).
			put("country", dec(pick(r, []string{"GB", "NL", "IT", "US"})))))
	}
	if chance(r, 0.5) {
		pat.put("generalPractitioner", arr(obj().
			put("reference", dec("Practitioner/"+strconv.Itoa(between(r, 100, 9999)))).
			put("display", L(drName, ct))))
	}
	add(pat)

	type lab struct {
		code, display, unit string
		lo, hi              float64
		dp                  int
		refLo, refHi        float64
	}
	labs := []lab{
		{"4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.5, 11, 1, 4, 5.6},
		{"2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 65, 260, 0, 70, 99},
		{"2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", 130, 290, 0, 125, 200},
		{"718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 9, 17.5, 1, 12, 16},
		{"2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.5, 2.6, 2, 0.6, 1.2},
		{"3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", 0.1, 9, 2, 0.4, 4},
		{"1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", 0.2, 80, 1, 0, 5},
		{"2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", 5, 400, 0, 15, 150},
	}
	for range between(r, 1, 4) {
		lb := pick(r, labs)
		v := fbetween(r, lb.lo, lb.hi)
		o := obj().
			put("resourceType", no("Observation")).
			put("id", dec(uuid(r))).
			put("status", no(pick(r, []string{"final", "amended", "preliminary"}))).
			put("category", arr(obj().put("coding", arr(obj().
				put("system", no("http://terminology.hl7.org/CodeSystem/observation-category")).
				put("code", no("laboratory")))))).
			put("code", obj().
				put("coding", arr(obj().
					put("system", no("http://loinc.org")).
					put("code", L(lb.code, hl)).
					put("display", L(lb.display, hl)))).
				put("text", L(lb.display, hl))).
			put("subject", obj().put("reference", dec("urn:uuid:"+pid))).
			put("effectiveDateTime", dec(iso(r))).
			put("issued", dec(isoMs(r))).
			put("valueQuantity", obj().
				put("value", L(num(v, lb.dp), hl)).
				put("unit", no(lb.unit)).
				put("system", no("http://unitsofmeasure.org")).
				put("code", no(lb.unit)))
		if v > lb.refHi || v < lb.refLo {
			code, disp := "H", "High"
			if v < lb.refLo {
				code, disp = "L", "Low"
			}
			o.put("interpretation", arr(obj().put("coding", arr(obj().
				put("system", no("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation")).
				put("code", L(code, hl)).
				put("display", L(disp, hl))))))
		}
		o.put("referenceRange", arr(obj().
			put("low", obj().put("value", dec(num(lb.refLo, lb.dp))).put("unit", no(lb.unit))).
			put("high", obj().put("value", dec(num(lb.refHi, lb.dp))).put("unit", no(lb.unit)))))
		if chance(r, 0.4) {
			o.put("performer", arr(obj().put("display", no(pick(r, []string{"Northgate Pathology", "St. Brigid Central Lab", "Ospedale Maggiore Lab"})))))
		}
		add(o)
	}

	type med struct{ code, display, dosage string }
	meds := []med{
		{"860975", "Metformin hydrochloride 500 MG Extended Release Oral Tablet", "Take 1 tablet twice daily with meals"},
		{"314076", "Lisinopril 10 MG Oral Tablet", "Take 1 tablet once daily"},
		{"197361", "Amlodipine 5 MG Oral Tablet", "One tablet daily in the morning"},
		{"966222", "Levothyroxine Sodium 0.05 MG Oral Tablet", "Take 1 tablet every morning before breakfast"},
		{"312961", "Simvastatin 20 MG Oral Tablet", "Take 1 tablet at bedtime"},
		{"312938", "Sertraline 50 MG Oral Tablet", "Take 1 tablet daily"},
		{"1049621", "Oxycodone Hydrochloride 5 MG Oral Tablet", "1 tablet every 6 hours as needed for pain"},
	}
	if chance(r, 0.7) {
		m := pick(r, meds)
		add(obj().
			put("resourceType", no("MedicationRequest")).
			put("id", dec(uuid(r))).
			put("status", no("active")).
			put("intent", no("order")).
			put("medicationCodeableConcept", obj().put("coding", arr(obj().
				put("system", no("http://www.nlm.nih.gov/research/umls/rxnorm")).
				put("code", L(m.code, hl)).
				put("display", L(m.display, hl))))).
			put("subject", obj().put("reference", dec("urn:uuid:"+pid))).
			put("authoredOn", dec(day(r))).
			put("requester", obj().put("reference", dec("Practitioner/"+strconv.Itoa(between(r, 100, 9999)))).put("display", L(drName, ct))).
			put("dosageInstruction", arr(obj().
				put("sequence", no(1)).
				put("text", L(m.dosage, hl)))))
	}
	type cond struct{ code, display string }
	conds := []cond{
		{"E11.9", "Type 2 diabetes mellitus without complications"},
		{"I10", "Essential (primary) hypertension"},
		{"E03.9", "Hypothyroidism, unspecified"},
		{"F32.1", "Major depressive disorder, single episode, moderate"},
		{"J45.909", "Unspecified asthma, uncomplicated"},
		{"N18.3", "Chronic kidney disease, stage 3"},
		{"O09.90", "Supervision of high risk pregnancy, unspecified"},
	}
	if chance(r, 0.6) {
		c := pick(r, conds)
		add(obj().
			put("resourceType", no("Condition")).
			put("id", dec(uuid(r))).
			put("clinicalStatus", obj().put("coding", arr(obj().
				put("system", no("http://terminology.hl7.org/CodeSystem/condition-clinical")).
				put("code", no("active"))))).
			put("code", obj().put("coding", arr(obj().
				put("system", no("http://hl7.org/fhir/sid/icd-10")).
				put("code", L(c.code, hl)).
				put("display", L(c.display, hl))))).
			put("subject", obj().put("reference", dec("urn:uuid:"+pid))).
			put("onsetDateTime", L(day(r), hl)).
			put("recordedDate", dec(day(r))))
	}
	if chance(r, 0.4) {
		add(obj().
			put("resourceType", no("AllergyIntolerance")).
			put("id", dec(uuid(r))).
			put("code", obj().put("text", L(pick(r, []string{"Penicillin", "Peanut", "Latex", "Sulfonamides", "Shellfish"}), hl))).
			put("patient", obj().put("reference", dec("urn:uuid:"+pid))).
			put("reaction", arr(obj().
				put("manifestation", arr(obj().put("text", L(pick(r, []string{"Hives", "Anaphylaxis", "Rash", "Wheezing"}), hl)))).
				put("severity", L(pick(r, []string{"mild", "moderate", "severe"}), hl)))))
	}
	root := obj().
		put("resourceType", no("Bundle")).
		put("id", dec(uuid(r))).
		put("meta", obj().put("lastUpdated", dec(isoMs(r))).put("source", no("lis-export"))).
		put("type", no("collection")).
		put("timestamp", dec(iso(r))).
		put("total", dec(len(entries.items))).
		put("entry", entries)
	return setHard(root, corpus.HardClinical)
}

// dating-profiles: a dating app profile export (camelCase), with photos,
// health-related fields, a preferences blob held in a string and a
// message preview.
func genDating(r *rand.Rand) node {
	cult := pick(r, []string{"world", "world", "br", "pl", "it", "nl"})
	p := newPerson(r, cult)
	root := obj()
	root.put("profileId", dec(objectID(r)))
	root.put("username", L(p.user, ct))
	root.put("displayName", L(p.first, ct))
	if chance(r, 0.7) {
		root.put("phone", L(p.phone, ct))
	}
	root.put("email", L(p.email, ct))
	root.put("birthdate", L(dob(r).Format("2006-01-02"), ct))
	root.put("gender", gender(pick(r, []string{"woman", "man", "non-binary", "trans woman", "trans man"})))
	if chance(r, 0.8) {
		if chance(r, 0.5) {
			root.put("heightCm", L(between(r, 150, 200), hl))
		} else {
			root.put("height", L(fmt.Sprintf("%d'%d\"", between(r, 4, 6), r.IntN(12)), hl))
		}
	}
	if chance(r, 0.6) {
		root.put("bodyType", L(pick(r, []string{"athletic", "average", "curvy", "slim", "muscular", "a few extra pounds"}), hl))
	}
	if chance(r, 0.4) {
		root.put("hivStatus", L(pick(r, []string{"negative", "negative, on PrEP", "positive, undetectable", "ask me"}), hl))
		root.put("lastTested", L(day(r), hl))
	}
	photos := arr()
	for i := range between(r, 1, 4) {
		photos.add(obj().
			put("url", L(fmt.Sprintf("https://img.example-dating.test/p/%s/%d.jpg", hexN(r, 12), i), ct)).
			put("w", dec(1080)).
			put("h", dec(pick(r, []int{1080, 1350, 1920}))).
			put("isPrimary", no(i == 0)))
	}
	root.put("photos", photos)
	bio := []any{pick(r, []string{"Coffee, climbing and bad puns. ", "Nurse by day, DJ by night. ", "New in town! ", "Dog mum. "})}
	switch r.IntN(3) {
	case 0:
		bio = append(bio, "Insta: @", L(p.user, ct))
	case 1:
		bio = append(bio, "Not on here much, text me ", L(p.phone, ct))
	default:
		bio = append(bio, "Looking for something real.")
	}
	root.put("bio", prose(bio...))
	root.put("location", obj().
		put("city", dec(pick(r, cultures[cult].cities))).
		put("country", dec(pick(r, []string{"GB", "BR", "PL", "IT", "NL", "US"}))).
		put("distanceKm", dec(between(r, 1, 80))))
	prefs := obj().
		put("ageMin", no(between(r, 18, 30))).
		put("ageMax", no(between(r, 31, 60))).
		put("maxDistance", no(between(r, 5, 100))).
		put("showMe", no(pick(r, []string{"everyone", "women", "men"})))
	root.put("prefs", embed(prefs))
	root.put("stats", obj().
		put("likesReceived", dec(between(r, 0, 4000))).
		put("matchCount", dec(between(r, 0, 300))).
		put("profileViews", dec(strconv.Itoa(between(r, 0, 99999)))))
	if chance(r, 0.5) {
		q := newPerson(r, cult)
		root.put("lastMessage", obj().
			put("from", L(q.user, ct)).
			put("sentAt", dec(iso(r))).
			put("text", prose(pick(r, []string{"haha ok, my number is ", "add me, "}), L(q.phone, ct))))
	}
	root.put("session", obj().
		put("token", L(pick(r, []string{jwt(r), hexN(r, 64)}), cr)).
		put("deviceOs", L(pick(r, phoneOS), dv)).
		put("appBuild", L(strconv.Itoa(between(r, 4000, 9000)), dv)))
	root.put("verified", dec(chance(r, 0.5)))
	root.put("premium", obj().
		put("plan", dec(pick(r, []string{"Gold Monthly", "Platinum 6m", "Plus"}))).
		put("price", dec(num(fbetween(r, 5, 40), 2))).
		put("currency", dec(pick(r, []string{"EUR", "GBP", "BRL", "PLN"}))))
	return root
}

// telemed-br: a Brazilian telemedicine appointment export (Portuguese keys).
// Structured leaves are Hard=language; clinical findings Hard=clinical;
// the chief complaint Hard=freetext.
func genTelemed(r *rand.Rand) node {
	p := newPerson(r, "br")
	a := newAddress(r, "br")
	dr := newPerson(r, "br")
	root := obj()
	pac := obj().
		put("nome_completo", L(p.full(), ct)).
		put("cpf", L(fmt.Sprintf("%03d.%03d.%03d-%02d", r.IntN(1000), r.IntN(1000), r.IntN(1000), r.IntN(100)), ct)).
		put("data_nascimento", L(dob(r).Format("02/01/2006"), ct)).
		put("sexo", gender(pick(r, []string{"F", "M", "feminino", "masculino"}))).
		put("celular", L(p.phone, ct)).
		put("email", L(p.email, ct))
	end := obj().
		put("logradouro", L(a.street, ct)).
		put("numero", L(a.number, ct)).
		put("cep", L(a.postcode, ct)).
		put("cidade", L(a.city, ct)).
		put("uf", dec(pick(r, []string{"SP", "PE", "MG", "PR", "BA", "CE", "AM", "RS"})))
	if chance(r, 0.5) {
		end.put("complemento", L(pick(r, []string{"apto 42", "casa 2", "bloco B ap 1103"}), ct))
	}
	pac.put("endereco", end)
	if chance(r, 0.6) {
		pac.put("tipo_sanguineo", L(pick(r, []string{"A+", "O+", "B-", "AB+", "O-"}), hl).H(corpus.HardClinical))
	}
	if chance(r, 0.5) {
		al := arr()
		for range between(r, 1, 2) {
			al.add(L(pick(r, []string{"dipirona", "penicilina", "frutos do mar", "látex", "AAS"}), hl).H(corpus.HardClinical))
		}
		pac.put("alergias", al)
	}
	pac.put("peso_kg", L(num(fbetween(r, 45, 120), 1), hl))
	pac.put("altura_cm", L(between(r, 150, 195), hl))
	root.put("paciente", pac)

	c := obj().
		put("id", dec(uuid(r))).
		put("data_hora", dec(iso(r))).
		put("especialidade", L(pick(r, []string{"Endocrinologia", "Cardiologia", "Psiquiatria", "Ginecologia", "Dermatologia"}), hl)).
		put("medico", obj().
			put("nome", L("Dr(a). "+dr.full(), ct)).
			put("crm", L(fmt.Sprintf("CRM/%s %06d", pick(r, []string{"SP", "PE", "MG"}), r.IntN(1e6)), ct))).
		put("queixa_principal", prose(pick(r, []string{"Paciente relata ", "Refere "}),
			L(pick(r, []string{"cansaço e sede excessiva há 3 meses", "palpitações ao deitar", "insônia e ansiedade", "atraso menstrual de 2 meses", "manchas na pele"}), hl), ".")).
		put("cid10", L(pick(r, []string{"E11.9", "I10", "F41.1", "N91.2", "L70.0", "E66.0"}), hl).H(corpus.HardClinical)).
		put("pressao_arterial", L(fmt.Sprintf("%d/%d", between(r, 100, 170), between(r, 60, 105)), hl).H(corpus.HardClinical)).
		put("frequencia_cardiaca", L(between(r, 52, 118), hl).H(corpus.HardClinical))
	pr := arr()
	for range between(r, 1, 3) {
		pr.add(obj().
			put("medicamento", L(pick(r, []string{"Metformina 850mg", "Losartana 50mg", "Sertralina 50mg", "Anticoncepcional oral", "Isotretinoína 20mg"}), hl).H(corpus.HardClinical)).
			put("posologia", L(pick(r, []string{"1 comprimido 2x ao dia", "1 cp pela manhã", "1 cp à noite por 30 dias"}), hl).H(corpus.HardClinical)).
			put("quantidade", dec(between(r, 1, 3)).H(corpus.HardClinical)))
	}
	c.put("prescricao", pr)
	c.put("link_video", L(fmt.Sprintf("https://meet.telessaude.example/%s?pwd=%s", rs(r, lowerC, 10), rs(r, alnumC, 12)), cr))
	c.put("duracao_min", dec(between(r, 10, 45)))
	c.put("status", no(pick(r, []string{"realizada", "cancelada", "agendada"})))
	root.put("consulta", c)
	root.put("pagamento", obj().
		put("valor", dec(fstr(fbetween(r, 80, 400), 2))).
		put("moeda", dec("BRL")).
		put("convenio", dec(pick(r, []string{"Unimed Nacional", "Particular", "SulAmérica Clássico"}))).
		put("parcelas", dec(between(r, 1, 6))))
	root.put("app", obj().
		put("versao_app", L(appVersion(r), dv)).
		put("sistema", L(pick(r, phoneOS), dv)).
		put("versao_api", dec(ipVersion(r))))
	return setHard(root, corpus.HardLanguage)
}
