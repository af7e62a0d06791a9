package holdout

import (
	"fmt"
	"time"

	"github.com/leakscope/leakscope/corpus"
)

var icd10 = [][2]string{
	{"E11.9", "Type 2 diabetes mellitus without complications"},
	{"I10", "Essential (primary) hypertension"},
	{"J45.909", "Unspecified asthma, uncomplicated"},
	{"F32.1", "Major depressive disorder, single episode, moderate"},
	{"M54.5", "Low back pain"},
	{"K21.9", "Gastro-esophageal reflux disease without esophagitis"},
	{"E78.5", "Hyperlipidemia, unspecified"},
	{"N39.0", "Urinary tract infection, site not specified"},
	{"F41.1", "Generalized anxiety disorder"},
	{"B20", "Human immunodeficiency virus [HIV] disease"},
	{"C50.911", "Malignant neoplasm of unspecified site of right female breast"},
	{"G43.909", "Migraine, unspecified, not intractable"},
	{"E66.01", "Morbid (severe) obesity due to excess calories"},
	{"J06.9", "Acute upper respiratory infection, unspecified"},
	{"S82.201A", "Unspecified fracture of shaft of right tibia, initial encounter"},
	{"Z34.02", "Encounter for supervision of normal first pregnancy, second trimester"},
	{"O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control"},
}

var meds = [][3]string{
	{"metformin", "500 mg", "1 tab PO BID with meals"},
	{"lisinopril", "10 mg", "PO daily"},
	{"atorvastatin", "20 mg", "PO nightly"},
	{"sertraline", "50 mg", "PO daily"},
	{"salbutamol HFA", "100 mcg/actuation", "2 puffs q4-6h PRN"},
	{"levothyroxine", "75 mcg", "PO qAM on empty stomach"},
	{"insulin glargine", "18 units", "SC at bedtime"},
	{"omeprazole", "20 mg", "PO daily"},
	{"ibuprofen", "400 mg", "PO q6h PRN pain"},
	{"amoxicillin", "875 mg", "PO BID x 10 days"},
	{"emtricitabine/tenofovir", "200/300 mg", "PO daily"},
	{"sumatriptan", "50 mg", "PO at onset, may repeat x1"},
}

var allergens = [][2]string{
	{"penicillin", "hives"}, {"peanuts", "anaphylaxis"}, {"latex", "contact dermatitis"},
	{"sulfonamides", "rash"}, {"shellfish", "angioedema"}, {"codeine", "nausea"},
}

type analyte struct {
	name, unit, loinc string
	lo, hi            float64
	prec              int
}

var analytes = []analyte{
	{"Glucose, fasting", "mg/dL", "1558-6", 70, 99, 0},
	{"Hemoglobin A1c", "%", "4548-4", 4.0, 5.6, 1},
	{"LDL cholesterol", "mg/dL", "13457-7", 0, 100, 0},
	{"Creatinine", "mg/dL", "2160-0", 0.6, 1.3, 2},
	{"Hemoglobin", "g/dL", "718-7", 12, 17.5, 1},
	{"TSH", "mIU/L", "3016-3", 0.4, 4.0, 2},
	{"Potassium", "mmol/L", "2823-3", 3.5, 5.1, 1},
	{"hCG, serum", "mIU/mL", "21198-7", 0, 5, 0},
}

var bloodGroups = []string{"A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-", "0 Rh+", "A Rh neg"}

// ehrEncounter is one encounter of a hospital information system export.
func ehrEncounter(g *gen) *node {
	c := g.addrCulture()
	p := g.person(c)
	t := g.when()
	female := p.female
	clin := corpus.HardClinical

	root := obj()
	root.set("enc_id", str(fmt.Sprintf("E%09d", g.n(1, 999999999)), plain))
	root.set("facility", str(g.one("St. Example General", "Riverside Community Hospital", "Clinique du Parc", "Northside Medical Center"), plain))

	pt := obj()
	pt.set("pid", num(g.n(100000, 9999999), plain))
	pt.set("name", obj().set("family", str(p.last, cont)).set("given", strs(cont, p.first)))
	pt.set("birth_date", str(day(g.birth()), cont))
	pt.set("sex_at_birth", str(map[bool]string{true: "F", false: "M"}[female], sexL))
	tel := arr().add(obj().set("use", str(g.one("mobile", "home"), plain)).set("value", str(p.phone, cont)))
	if g.p(0.5) {
		tel.add(obj().set("use", str("email", plain)).set("value", str(p.email, cont)))
	}
	pt.set("telecom", tel)
	a := c.addr(g)
	pt.set("addr", obj().set("line", strs(cont, streetLine(a))).
		set("city", str(a.city, cont)).set("postal", str(a.postcode, cont)).set("country", str(a.country, decoy)))
	if g.p(0.6) {
		ec := g.person(c)
		pt.set("next_of_kin", obj().set("name", str(ec.full, cont)).
			set("relationship", str(g.one("spouse", "mother", "son", "partner", "friend"), plain)).
			set("phone", str(ec.phone, cont)))
	}
	if g.p(0.5) {
		pt.set("language", str(g.one("en", "es", "fr", "pt", "ar", "vi"), plain))
	}
	root.set("patient", pt)

	dept := g.one("Cardiology", "Endocrinology", "Oncology", "Psychiatry", "Obstetrics", "Emergency", "Orthopedics")
	if !female && dept == "Obstetrics" {
		dept = "Internal Medicine"
	}
	enc := obj().set("class", str(g.one("AMB", "IMP", "EMER"), plain)).
		set("dept", str(dept, hlth.h(clin))).
		set("attending", str("Dr. "+g.person(nil).full, cont)).
		set("admit", str(iso(t), plain))
	if g.p(0.7) {
		enc.set("discharge", str(iso(g.after(t, 9)), plain))
	}
	cc := g.one("chest pain x2 days", "SOB on exertion", "polyuria, polydipsia", "fall at home, R leg pain", "low mood, poor sleep", "headache with aura", "routine prenatal visit")
	if !female && cc == "routine prenatal visit" {
		cc = "productive cough x5 days"
	}
	enc.set("chief_complaint", str(cc, hlth.h(clin)))
	enc.set("bed", str(fmt.Sprintf("%d%s-%02d", g.n(1, 9), g.one("W", "E", "N"), g.n(1, 40)), plain))
	root.set("encounter", enc)

	pool := icd10
	if !female {
		pool = icd10[:len(icd10)-2] // the last two are pregnancy codes
	}
	dx := arr()
	for i, d := range some(g, pool, g.n(1, 4)) {
		if !female && d[0] == "C50.911" {
			continue
		}
		dx.add(obj().set("seq", num(i+1, plain)).
			set("code", str(d[0], hlth)).
			set("system", str(g.one("ICD-10-CM", "ICD-10", "http://hl7.org/fhir/sid/icd-10"), decoy)).
			set("display", str(d[1], hlth)).
			set("primary", bln(i == 0, plain)))
	}
	root.set("problems", dx.hardAll(clin))

	if g.p(0.85) {
		ml := arr()
		for _, m := range some(g, meds, g.n(1, 4)) {
			e := obj().set("drug", str(m[0], hlth)).
				set("strength", str(m[1], hlth)).
				set("sig", str(m[2], hlth)).
				set("start", str(day(g.after(t.AddDate(-2, 0, 0), 700)), plain))
			if g.p(0.5) {
				e.set("refills", num(g.n(0, 5), plain))
			}
			if g.p(0.3) {
				e.set("prescriber", str("Dr. "+g.person(nil).last, cont))
			}
			ml.add(e)
		}
		root.set("med_list", ml.hardAll(clin))
	}

	al := arr()
	if g.p(0.3) {
		al.add(obj().set("substance", str("NKDA", hlth)))
	} else {
		for _, x := range some(g, allergens, g.n(1, 2)) {
			al.add(obj().set("substance", str(x[0], hlth)).
				set("reaction", str(x[1], hlth)).
				set("severity", str(g.one("mild", "moderate", "severe"), hlth)))
		}
	}
	root.set("allergy_list", al.hardAll(clin))

	if g.p(0.8) {
		rs := arr()
		for _, an := range some(g, analytes, g.n(1, 4)) {
			if an.loinc == "21198-7" && !female {
				continue
			}
			v := g.f(an.lo*0.7, an.hi*1.4+1, an.prec)
			flag := "N"
			if v > an.hi {
				flag = "H"
			} else if v < an.lo {
				flag = "L"
			}
			rs.add(obj().set("loinc", str(an.loinc, hlth)).
				set("test", str(an.name, hlth)).
				set("value", flt(v, an.prec, hlth)).
				set("unit", str(an.unit, plain)).
				set("ref_range", str(fmt.Sprintf("%g-%g", an.lo, an.hi), decoy)).
				set("abn", str(flag, hlth)).
				set("specimen_id", str(fmt.Sprintf("SP%08d", g.n(1, 99999999)), decoy)).
				set("label_height_mm", num(g.one2(25, 32, 38), decoy)).
				set("resulted", str(iso(g.after(t, 2)), plain)))
		}
		if rs.size() > 0 {
			root.set("results", rs.hardAll(clin))
		}
	}

	vs := obj().set("taken", str(iso(g.after(t, 1)), plain))
	sys, dia := g.n(95, 175), g.n(55, 105)
	if g.p(0.5) {
		vs.set("bp", str(fmt.Sprintf("%d/%d", sys, dia), hlth))
	} else {
		vs.set("sbp", num(sys, hlth)).set("dbp", num(dia, hlth))
	}
	vs.set("pulse", num(g.n(50, 130), hlth))
	vs.set("resp", num(g.n(10, 26), hlth))
	vs.set("spo2", num(g.n(86, 100), hlth))
	vs.set("temp_c", flt(g.f(35.8, 39.9, 1), 1, hlth))
	ht := g.f(145, 198, 0)
	wt := g.f(42, 150, 1)
	vs.set("ht_cm", flt(ht, 0, hlth)).set("wt_kg", flt(wt, 1, hlth))
	if g.p(0.5) {
		vs.set("bmi", flt(wt/(ht*ht/10000), 1, hlth))
	}
	if g.p(0.5) {
		vs.set("pain_0_10", num(g.n(0, 10), hlth))
	}
	root.set("vitals", vs.hardAll(clin))

	hx := obj().set("blood_group", str(pick(g, bloodGroups), hlth)).
		set("tobacco", str(g.one("never", "former", "current, 1 ppd", "vapes"), hlth))
	if female && g.p(0.5) {
		preg := g.p(0.5)
		hx.set("pregnant", bln(preg, hlth))
		if preg {
			lmp := t.Add(-time.Duration(g.n(30, 250)) * 24 * time.Hour)
			hx.set("lmp", str(day(lmp), hlth))
			hx.set("edd", str(day(lmp.Add(280*24*time.Hour)), hlth))
			hx.set("gravida", num(g.n(1, 5), hlth))
			hx.set("para", num(g.n(0, 3), hlth))
		}
	}
	root.set("history", hx.hardAll(clin))

	if g.p(0.6) {
		note := []frag{
			fixed("Pt reports adherence to meds, denies chest pain today.", hlth),
			func(g *gen, _ person) (string, lab) {
				return fmt.Sprintf("A1c %.1f%% up from last visit, increase metformin.", g.f(6, 10, 1)), hlth
			},
			fixed("Counselled on diet and exercise.", hlth),
			func(g *gen, _ person) (string, lab) {
				return fmt.Sprintf("BP %d/%d, recheck in 2 wks.", g.n(120, 170), g.n(70, 100)), hlth
			},
			func(g *gen, q person) (string, lab) {
				return "Daughter can be reached on " + g.person(q.c).phone + ".", cont
			},
			fixed("Follow up in clinic.", plain),
			fixed("PHQ-9 score 14, referred to behavioural health.", hlth),
		}
		s, l := g.prosetext(p, g.n(1, 3), note)
		root.set("note", str(s, l.h(clin)))
		root.set("note_author", str(g.person(nil).full+", "+g.one("MD", "RN", "NP", "PA-C"), cont))
	}
	root.set("exported", str(iso(g.after(t, 30)), plain))
	root.set("export_schema", str(g.one("2.3.1", "10.0.0.5", "v4"), decoy))
	return root
}
