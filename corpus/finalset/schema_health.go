package finalset

import (
	"fmt"
	"math/rand/v2"

	"github.com/leakscope/leakscope/corpus"
)

var (
	lHealthC = hard(lHealth, corpus.HardClinical)
	lDecoyC  = hard(lDecoy, corpus.HardClinical)
)

type icd struct{ code, en, es, fr, de string }

var icds = []icd{
	{"G47.33", "Obstructive sleep apnea", "Apnea obstructiva del sueño", "Apnée obstructive du sommeil", "Obstruktive Schlafapnoe"},
	{"E11.9", "Type 2 diabetes mellitus without complications", "Diabetes mellitus tipo 2 sin complicaciones", "Diabète de type 2 sans complication", "Diabetes mellitus Typ 2"},
	{"I10", "Essential (primary) hypertension", "Hipertensión esencial", "Hypertension essentielle", "Essentielle Hypertonie"},
	{"J45.40", "Moderate persistent asthma", "Asma persistente moderada", "Asthme persistant modéré", "Asthma bronchiale"},
	{"F41.1", "Generalized anxiety disorder", "Trastorno de ansiedad generalizada", "Trouble anxieux généralisé", "Generalisierte Angststörung"},
	{"M54.5", "Low back pain", "Lumbalgia", "Lombalgie", "Kreuzschmerz"},
	{"S82.6", "Fracture of lateral malleolus", "Fractura del maléolo externo", "Fracture de la malléole externe", "Fraktur des Außenknöchels"},
	{"H90.3", "Sensorineural hearing loss, bilateral", "Hipoacusia neurosensorial bilateral", "Surdité neurosensorielle bilatérale", "Schallempfindungsschwerhörigkeit beidseitig"},
	{"F32.1", "Moderate depressive episode", "Episodio depresivo moderado", "Épisode dépressif moyen", "Mittelgradige depressive Episode"},
	{"O24.4", "Gestational diabetes", "Diabetes gestacional", "Diabète gestationnel", "Gestationsdiabetes"},
	{"K21.9", "Gastro-oesophageal reflux disease", "Enfermedad por reflujo gastroesofágico", "Reflux gastro-œsophagien", "Refluxkrankheit"},
}

type drug struct{ name, strength, ndc, sig string }

var drugs = []drug{
	{"Atorvastatin", "20 mg", "00071-0155-23", "Take 1 tablet by mouth at bedtime"},
	{"Metformin HCl ER", "500 mg", "00093-7212-01", "Take 2 tablets by mouth daily with evening meal"},
	{"Sertraline", "50 mg", "16729-0101-01", "Take 1 tablet by mouth once daily"},
	{"Lisinopril", "10 mg", "68180-0513-01", "Take 1 tablet by mouth every morning"},
	{"Levothyroxine", "75 mcg", "00378-1807-01", "Take 1 tablet by mouth 30 minutes before breakfast"},
	{"Albuterol HFA", "90 mcg/actuation", "00173-0682-20", "Inhale 2 puffs every 4-6 hours as needed for wheezing"},
	{"Amoxicillin", "500 mg", "65862-0015-01", "Take 1 capsule by mouth three times daily for 10 days"},
	{"Insulin glargine", "100 units/mL", "00088-2220-33", "Inject 18 units subcutaneously at bedtime"},
	{"Escitalopram", "10 mg", "00093-5851-01", "Take 1 tablet by mouth daily"},
	{"Prenatal vitamin", "1 tab", "00000-0000-00", "Take 1 tablet by mouth daily"},
	{"Sumatriptan", "50 mg", "55111-0291-09", "Take 1 tablet at onset of migraine; may repeat after 2 hours"},
}

var allergyList = []string{"penicillin", "sulfa", "peanuts", "latex", "shellfish", "ibuprofen", "codeine", "bee stings", "lactose"}

func bp(r *rand.Rand) string { return fmt.Sprintf("%d/%d", between(r, 98, 165), between(r, 58, 102)) }

// cpap-therapy: a CPAP vendor's patient-therapy cloud record.
func genCPAP(r *rand.Rand) *node {
	p := personOf(r, "us", "en", "de", "fr")
	pt := obj().
		add("patientId", str(uuid(r), lDecoy)).
		add("firstName", str(p.first, lContact)).
		add("lastName", str(p.last, lContact)).
		add("dob", str(day(birth(r)), lContact)).
		add("sex", str(string(p.sex), lGender))
	pt.opt(chance(r, 0.7), "email", func() *node { return str(email(r, p), lContact) })
	pt.opt(chance(r, 0.7), "phone", func() *node { return str(phoneOf(r, p), lContact) })
	pt.opt(chance(r, 0.3), "phoneAlt", func() *node { return null(lDecoy) })
	if chance(r, 0.6) {
		a := addressOf(r, p)
		ad := obj().add("line1", str(a.street, lContact)).add("city", str(a.city, lContact)).add("postalCode", str(a.postcode, lContact))
		ad.add("country", str(a.cc, lDecoy))
		pt.add("address", ad)
	}
	h := between(r, 150, 198)
	w := fbetween(r, 55, 140)
	pt.add("heightCm", intv(int64(h), lHealthC))
	pt.add("weightKg", flt(w, 1, lHealthC))
	pt.opt(chance(r, 0.5), "bmi", func() *node { return flt(w/float64(h*h)*10000, 1, lHealthC) })
	root := obj().add("patient", pt)
	c := personOf(r, "us", "en", "in", "de")
	clin := obj().add("name", str(pick(r, "Dr. ", "", "")+c.western()+pick(r, "", ", RPSGT", " MD"), lContact)).
		add("practice", str(pick(r, "Lakeside Sleep Center", "Schlaflabor Nord", "Sleep Wellness Partners"), lNone))
	clin.opt(chance(r, 0.6), "email", func() *node {
		return str(workEmail(c, pick(r, "sleepclinic.example", "lakeside-health.example")), lContact)
	})
	clin.opt(chance(r, 0.4), "phone", func() *node { return str(phoneOf(r, c), lContact) })
	root.add("clinician", clin)
	dev := obj().
		add("serialNumber", str(serial(r, "2321", 7), lDev)).
		add("model", str(pick(r, "SomnaAir 11 AutoSet", "SomnaAir 10 Elite", "BreezePAP Go"), lDev)).
		add("deviceType", str(pick(r, "APAP", "CPAP", "BiPAP ST"), lDev)).
		add("firmware", str(fmt.Sprintf("SX%03d-%04d", between(r, 500, 600), r.IntN(999)), lDev)).
		add("lastUpload", str(iso(when(r)), lDev)).
		add("registeredAt", str(iso(when(r)), lDecoy))
	dev.opt(chance(r, 0.6), "modemImei", func() *node { return str(imei(r), lDev) })
	root.add("device", dev)
	mode := pick(r, "AutoSet", "CPAP", "AutoSet for Her")
	minP := between(r, 4, 8)
	root.add("prescription", obj().
		add("mode", str(mode, lHealthC)).
		add("minPressure_cmH2O", intv(int64(minP), lHealthC)).
		add("maxPressure_cmH2O", intv(int64(minP+between(r, 4, 12)), lHealthC)).
		add("rampTime_min", intv(int64(pick(r, 0, 5, 15, 20)), lHealthC)).
		add("epr", intv(int64(r.IntN(4)), lHealthC)))
	root.add("mask", obj().
		add("model", str(pick(r, "AeroSeal F30", "AeroSeal N20", "QuietFit Pillows"), lDev)).
		add("size", str(pick(r, "S", "M", "L"), lNone)))
	ss := arr()
	for i := 0; i < between(r, 1, 5); i++ {
		s := obj().
			add("date", str(day(when(r)), lDecoy)).
			add("usageMinutes", intv(int64(between(r, 0, 560)), lHealthC)).
			add("ahi", flt(fbetween(r, 0.2, 22), 1, lHealthC)).
			add("leak95_Lmin", flt(fbetween(r, 0, 40), 1, lHealthC)).
			add("pressure95_cmH2O", flt(fbetween(r, 5, 15), 1, lHealthC))
		s.opt(chance(r, 0.3), "csr_pct", func() *node { return flt(fbetween(r, 0, 5), 1, lHealthC) })
		ss.push(s)
	}
	root.add("sessions", ss)
	root.add("report", obj().
		add("periodDays", intv(int64(pick(r, 7, 30, 90)), lDecoy)).
		add("model_year", intv(int64(between(r, 2022, 2025)), lDecoy)).
		add("compliant", boolv(chance(r, 0.7), lDecoy)).
		add("template", str(dottedVersion(r), lDecoy)))
	if chance(r, 0.5) {
		d := icds[0]
		if chance(r, 0.3) {
			d = pick(r, icds...)
		}
		root.add("diagnosis", obj().add("icd10", str(d.code, lHealthC)).add("description", str(d.en, lHealthC)))
	}
	if chance(r, 0.6) {
		root.add("api", obj().add("token_type", str("Bearer", lDecoy)).add("access_token", str(jwt(r, rs(r, digits, 8)), lCred)).add("expires_in", intv(3600, lDecoy)))
	}
	return root
}

// hearing-fitting: a hearing-aid fitting-software session export.
func genHearing(r *rand.Rand) *node {
	p := personOf(r, "de", "en", "no", "fr")
	cl := obj().
		add("GivenName", str(p.first, lContact)).
		add("FamilyName", str(p.last, lContact)).
		add("BirthDate", str(day(birth(r)), lContact)).
		add("Gender", str(pick(r, map[byte]string{'F': "Female", 'M': "Male"}[p.sex], string(p.sex)), lGender))
	cl.opt(chance(r, 0.6), "Phone", func() *node { return str(phoneOf(r, p), lContact) })
	cl.opt(chance(r, 0.5), "Email", func() *node { return str(email(r, p), lContact) })
	a := personOf(r, "de", "en", "no")
	fs := obj().
		add("SessionGuid", str(uuid(r), lDecoy)).
		add("Created", str(iso(when(r)), lDecoy)).
		add("ExportSchemaVersion", str(dottedVersion(r), lDecoy)).
		add("Client", cl).
		add("Audiologist", obj().add("Name", str(a.western(), lContact)).add("Email", str(workEmail(a, "hoerzentrum.example"), lContact))).
		add("Clinic", obj().add("Name", str(pick(r, "HörZentrum Nord", "ClearSound Audiology", "Lydklinikken"), lDecoy)).add("ClinicId", intv(int64(between(r, 100, 9999)), lDecoy)))
	ins := arr()
	for _, side := range []string{"Left", "Right"} {
		if side == "Right" && chance(r, 0.2) {
			continue
		}
		ins.push(obj().
			add("Side", str(side, lNone)).
			add("Model", str(pick(r, "Auralis Pro 7 RIC", "Auralis Go BTE", "Sonetta 5 ITE"), lDev)).
			add("SerialNumber", str(rs(r, digits, 10), lDev)).
			add("FirmwareVersion", str(pick(r, dottedVersion(r), semver(r)), lDev)).
			add("BatteryType", str(pick(r, "312", "13", "Li-Ion"), lDecoy)).
			add("BluetoothAddress", str(macColon(r), lMAC)))
	}
	fs.add("Instruments", ins)
	if chance(r, 0.6) {
		fs.add("PairedPhone", obj().add("Model", str(phoneModel(r), lDev)).add("OS", str(phoneOS(r), lDev)).add("AppVersion", str(semver(r), lDev)))
	}
	ag := obj()
	for _, side := range []string{"Left", "Right"} {
		s := obj()
		base := between(r, 10, 50)
		for i, f := range []string{"250Hz", "500Hz", "1kHz", "2kHz", "4kHz", "8kHz"} {
			s.add(f, intv(int64(base+i*between(r, 0, 10)), lHealthC))
		}
		ag.add(side, s)
	}
	ag.add("Unit", str("dB HL", lDecoyC))
	fs.add("Audiogram", ag)
	fs.add("Diagnosis", obj().add("ICD10", str("H90.3", lHealthC)).add("Text", str(icds[7].en, lHealthC)))
	if chance(r, 0.5) {
		t := &text{}
		t.w("Client reports ").v(pick(r, "tinnitus since 2019", "difficulty in restaurants", "dizziness after fitting", "ear pain on the left"), corpus.Health)
		if chance(r, 0.5) {
			t.w("; prefers callbacks on ").v(phoneOf(r, p), corpus.Contact)
		} else {
			t.w(". Follow-up in ").d(fmt.Sprint(between(r, 2, 8))).w(" weeks.")
		}
		fs.add("Notes", t.leaf(corpus.HardFreeText))
	}
	fs.add("Programs", arr(obj().add("Name", str(pick(r, "Restaurant", "Music", "Outdoor"), lDecoy)).add("Index", intv(int64(between(r, 1, 4)), lDecoy))))
	return obj().add("FittingSession", fs)
}

// pharmacy-rx: a pharmacy chain's nightly prescription export.
func genPharmacy(r *rand.Rand) *node {
	rows := arr()
	for i := 0; i < between(r, 1, 3); i++ {
		p := personOf(r, "us", "us", "en")
		a := addressIn(r, "US")
		d := pick(r, drugs...)
		pr := personOf(r, "us", "in")
		row := obj().
			add("RX_NUMBER", str("RX"+rs(r, digits, 7), lDecoy)).
			add("FILL_DATE", str(day(when(r)), lDecoy)).
			add("STORE_NO", str(fmt.Sprintf("%05d", r.IntN(9999)), lDecoy)).
			add("PATIENT_FIRST", str(p.first, lContact)).
			add("PATIENT_LAST", str(p.last, lContact)).
			add("PATIENT_DOB", str(birth(r).Format("01/02/2006"), lContact)).
			add("PATIENT_PHONE", str(phone(r, "US"), lContact)).
			add("PATIENT_ADDR1", str(a.street, lContact)).
			add("PATIENT_CITY", str(a.city, lContact)).
			add("PATIENT_STATE", str(a.region, lContact)).
			add("PATIENT_ZIP", str(a.postcode, lContact)).
			add("DRUG_NAME", str(d.name+" "+d.strength, lHealthC)).
			add("NDC", str(d.ndc, lHealthC)).
			add("STRENGTH", str(d.strength, lHealthC)).
			add("SIG", str(d.sig, lHealthC)).
			add("QTY", str(fmt.Sprint(pick(r, 30, 60, 90, 1)), lDecoy)).
			add("DAYS_SUPPLY", str(fmt.Sprint(pick(r, 30, 90, 10)), lDecoy)).
			add("REFILLS_LEFT", intv(int64(r.IntN(6)), lDecoy)).
			add("PRESCRIBER", str(pr.last+", "+pr.first+" "+pick(r, "MD", "DO", "NP", "PA-C"), lContact)).
			add("PLAN", str(pick(r, "BlueRiver Gold PPO", "CareFirst Silver", "CASH"), lDecoy)).
			add("BIN", str(rs(r, digits, 6), lDecoy)).
			add("COPAY", str(price(r, 0, 60), lDecoy)).
			add("CONTROLLED", str(pick(r, "N", "N", "Y"), lDecoy)).
			add("PICKUP_STATUS", str(pick(r, "READY", "PICKED_UP", "RTS"), lDecoy))
		if chance(r, 0.5) {
			row.add("ALLERGIES", str(pick(r, "NKDA", allergyList[r.IntN(len(allergyList))]+"; "+allergyList[r.IntN(len(allergyList))]), lHealthC))
		} else {
			row.add("ALLERGIES", null(lDecoyC))
		}
		row.opt(chance(r, 0.5), "DX_CODE", func() *node { return str(pick(r, icds...).code, lHealthC) })
		row.opt(chance(r, 0.4), "PATIENT_EMAIL", func() *node { return str(email(r, p), lContact) })
		if chance(r, 0.35) {
			t := &text{}
			switch r.IntN(3) {
			case 0:
				t.w("Pt counseled on ").v(pick(r, "hypoglycemia symptoms", "photosensitivity", "serotonin syndrome", "missed doses"), corpus.Health).w(". Ph: ").v(phone(r, "US"), corpus.Contact)
			case 1:
				t.w("Called prescriber office re: ").v(pick(r, "dose increase to 40 mg", "prior auth for insulin", "interaction with warfarin"), corpus.Health).w(", ticket ").d(ticket(r, "#"))
			default:
				t.w("Left VM, ").d(fmt.Sprint(between(r, 1, 3))).w(" attempts")
			}
			row.add("COUNSEL_NOTES", t.leaf(corpus.HardFreeText))
		}
		if chance(r, 0.3) {
			row.add("PORTAL", obj().add("login", str(username(r, p), lContact)).add("pw_hash", str(pick(r, bcrypt(r), pbkdf2(r)), lCred)).add("mfa_enabled", boolv(chance(r, 0.4), lDecoy)))
		}
		rows.push(row)
	}
	return obj().
		add("export", obj().
			add("job", str("rx_nightly_"+day(when(r)), lDecoy)).
			add("format_version", str(dottedVersion(r), lDecoy)).
			add("row_count", intv(int64(len(rows.kids)), lDecoy))).
		add("rows", rows)
}
