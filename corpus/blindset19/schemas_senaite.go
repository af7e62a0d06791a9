package blindset19

import (
	"fmt"
	"strings"
	"time"
)

// pathlabSenaite is a private pathology lab serving GP practices, read
// through the SENAITE LIMS JSON API (AnalysisRequest?complete=yes) by an
// auditor after results went to the wrong practice: paging fields; sample
// items with uid, URLs on the lab's internal host, client, ordering
// contact and CC e-mails, senaite.patient fields (MRN, name parts, birth
// date with estimated flag, age, sex and gender, address, phone), sample
// type and dates, clinical information, ICD-10 codes; analyses with
// keyword, title, result, unit, formatted result, out-of-range flag,
// reference range, interim fields, analyst, instrument (model, serial,
// firmware) and method; remarks by lab staff. Also the auditor's export
// note and the requests session cookie.
func pathlabSenaite(r *rng) any {
	lab := r.pick("westvale-pathology", "harbourlabs", "cityhealth-diagnostics", "meridian-path")
	host := "lims." + lab + ".internal"
	base := "https://" + host + "/senaite"
	t := r.when()
	n := r.in(1, 2)
	var items arr
	var firstPatient person
	for i := 0; i < n; i++ {
		pt := r.english()
		if i == 0 {
			firstPatient = pt
		}
		items = append(items, senaiteItem(r, base, pt, after(t, i*r.in(5, 60))))
	}
	auditor := r.english()
	return obj{
		{"url", netw(base + "/@@API/senaite/v1/AnalysisRequest?complete=yes&getClientID=client-" + fmt.Sprint(r.in(1, 40)))},
		{"count", plain(n)},
		{"pagesize", plain(25)},
		{"page", plain(1)},
		{"pages", plain(1)},
		{"next", null()},
		{"previous", null()},
		{"items", items},
		{"_runtime", plain(r.f1(0.1, 2.5))},
		{"_session", obj{
			{"cookie", cred("__ac=\"" + r.b64(40) + "\"")},
			{"user", cont(r.userName(auditor))},
			{"senaite_version", decoy(r.pick("2.5.0", "2.4.1", "2.6.0"))},
		}},
		{"_export", obj{
			{"by", cont(auditor.full())},
			{"at", plain(iso(after(t, r.in(600, 9000))))},
			{"reason", prose(p("Audit: results for "), p(firstPatient.full(), contactC),
				p(" e-mailed to the wrong practice; "), p(r.pick("HbA1c and lipids", "the hCG result", "the HIV screen", "thyroid function"), healthC),
				p(" seen by a receptionist. Ref "+fmt.Sprintf("DPIA-%04d", r.in(1, 9999))+"."))},
		}},
	}
}

type labTest struct {
	keyword, title, unit string
	lo, hi               float64
	dec                  int
	sex                  string // "" for any, "f" or "m"
	text                 []string
}

var labTests = []labTest{
	{"HBA1C", "Haemoglobin A1c", "mmol/mol", 31, 92, 0, "", nil},
	{"CHOL", "Total cholesterol", "mmol/L", 3.1, 8.2, 1, "", nil},
	{"LDL", "LDL cholesterol", "mmol/L", 1.2, 5.9, 1, "", nil},
	{"CREA", "Creatinine", "umol/L", 48, 240, 0, "", nil},
	{"TSH", "Thyroid stimulating hormone", "mU/L", 0.05, 12, 2, "", nil},
	{"FERR", "Ferritin", "ug/L", 6, 420, 0, "", nil},
	{"CRP", "C-reactive protein", "mg/L", 0.5, 120, 1, "", nil},
	{"PSA", "Prostate specific antigen", "ug/L", 0.2, 9.5, 2, "m", nil},
	{"BHCG", "Beta hCG (serum)", "IU/L", 0, 0, 0, "f", []string{"<5", "1840", "26500"}},
	{"VITD", "25-OH Vitamin D", "nmol/L", 18, 140, 0, "", nil},
	{"HIVCOMBO", "HIV 1/2 Ag/Ab combo", "", 0, 0, 0, "", []string{"Not detected", "Reactive - referred for confirmation"}},
	{"HB", "Haemoglobin", "g/L", 82, 168, 0, "", nil},
}

func senaiteItem(r *rng, base string, pt person, t time.Time) obj {
	uid := r.hex(32)
	id := fmt.Sprintf("%s-24-%05d", r.pick("WB", "SER", "UR"), r.in(1, 99999))
	gp := r.english()
	gpMail := ascii(gp.first[:1]+gp.last) + "@" + r.pick("riversidegp", "elmtreesurgery", "parkmedical") + ".example"
	addr := r.ukAddress()
	dob := r.birth(1944, 2004)
	age := 2024 - dob.Year()
	sex := "m"
	if pt.female {
		sex = "f"
	}
	gender := map[string]string{"f": "Female", "m": "Male"}[sex]
	mrn := fmt.Sprintf("MRN%07d", r.in(1, 9999999))
	icd := [][2]string{{"E11.9", "Type 2 diabetes mellitus without complications"}, {"E03.9", "Hypothyroidism, unspecified"}, {"R53.83", "Other fatigue"}, {"N18.3", "Chronic kidney disease, stage 3"}, {"Z32.0", "Pregnancy examination or test, result pending"}, {"E78.0", "Pure hypercholesterolaemia"}}
	dx := icd[r.IntN(len(icd))]
	clinInfo := r.pick("Tired all the time, ?thyroid", "Known T2DM on metformin 1g BD, annual review", "On levothyroxine 75mcg, dose review", "CKD3, on ramipril; recheck eGFR", "LMP 6 weeks ago, ?pregnant", "Statin started 3/12 ago, recheck lipids")
	instr := []struct{ model, serial, fw string }{
		{"Roche cobas c 311", "1" + r.digits(4) + "-" + r.digits(2), "04-02"},
		{"Sysmex XN-550", "1" + r.digits(4), "00-24"},
		{"Tosoh HLC-723G11", "G11-" + r.digits(5), "1.06"},
		{"Abbott Alinity i", "AI" + r.digits(5), "3.5.1"},
	}

	var analyses arr
	var ks []int
	want := r.in(3, 6)
	for _, k := range r.Perm(len(labTests)) {
		lt := labTests[k]
		if lt.sex != "" && lt.sex != sex {
			continue
		}
		ks = append(ks, k)
		if len(ks) == want {
			break
		}
	}
	analyst := r.english()
	analystUser := r.userName(analyst)
	for _, k := range ks {
		lt := labTests[k]
		var res string
		var fres float64
		if lt.text != nil {
			res = lt.text[r.IntN(len(lt.text))]
		} else {
			fres = lt.lo + r.Float64()*(lt.hi-lt.lo)
			res = fmt.Sprintf("%.*f", lt.dec, fres)
		}
		flag := ""
		rng := obj{}
		if lt.text == nil {
			mid := lt.lo + (lt.hi-lt.lo)*0.45
			lo, hi := round1(lt.lo+(mid-lt.lo)*0.4), round1(mid+(lt.hi-mid)*0.2)
			if fres > hi {
				flag = "H"
			} else if fres < lo {
				flag = "L"
			}
			rng = obj{{"min", plain(fmt.Sprint(lo))}, {"max", plain(fmt.Sprint(hi))}, {"warn_min", plain("")}, {"warn_max", plain("")}}
		}
		in := instr[r.IntN(len(instr))]
		var interims arr
		if lt.keyword == "CREA" {
			egfr := fmt.Sprint(r.in(22, 98))
			interims = arr{
				obj{{"keyword", hlth("EGFR").clin()}, {"title", hlth("eGFR (CKD-EPI)").clin()}, {"value", hlth(egfr).clin()}, {"unit", plain("mL/min/1.73m2")}},
				obj{{"keyword", plain("AGE")}, {"title", plain("Age at collection")}, {"value", ageOf(fmt.Sprint(age)).clin()}, {"unit", plain("years")}},
			}
		}
		var flagLeaf leaf
		if flag == "" {
			flagLeaf = plain("")
		} else {
			flagLeaf = hlth(flag).clin()
		}
		a := obj{
			{"uid", decoy(r.hex(32))},
			{"portal_type", plain("Analysis")},
			{"Keyword", hlth(lt.keyword).clin()},
			{"title", hlth(lt.title).clin()},
			{"Result", hlth(res).clin()},
			{"getFormattedResult", hlth(strings.TrimSpace(res + " " + lt.unit)).clin()},
			{"Unit", plain(lt.unit)},
			{"ResultFlag", flagLeaf},
			{"ResultsRange", rng},
			{"InterimFields", interims},
			{"ResultCaptureDate", plain(iso(after(t, r.in(120, 1500))))},
			{"Analyst", cont(analystUser)},
			{"Instrument", obj{
				{"uid", decoy(r.hex(32))},
				{"title", dev(in.model)},
				{"SerialNo", dev(in.serial)},
				{"FirmwareVersion", dev(in.fw)},
				{"ImportDataInterface", plain(r.pick("cobas.c311", "sysmex.xn", "generic.two_dimension"))},
			}},
			{"Method", plain(r.pick("Enzymatic", "HPLC", "CMIA", "Immunoturbidimetric", "ECLIA"))},
			{"DetectionLimitOperand", plain("")},
			{"review_state", plain(r.pick("verified", "published", "to_be_verified"))},
		}
		analyses = append(analyses, a)
	}
	// every leaf of the analyses carries the clinical hard kind
	var clinAnalyses arr
	for _, a := range analyses {
		clinAnalyses = append(clinAnalyses, clinical(a))
	}
	remarks := arr{obj{
		{"created", plain(iso(after(t, r.in(30, 400))))},
		{"user_id", cont(analystUser).clin()},
		{"user_name", cont(analyst.full()).clin()},
		{"content", clinNote(p(r.pick("Haemolysed sample, K+ not reported. ", "Sample >6h old on receipt. ", "Repeat requested by GP. ", "Lipaemic sample. ")),
			p(r.pick("Patient on warfarin per request form. ", "Pt pregnant per GP, hCG confirms. ", "Phlebotomist noted patient fainted after the draw. ", "Known sickle cell trait. "), healthC),
			p("Result phoned to Dr "), p(gp.last, contactC), p("."))},
	}}
	return obj{
		{"uid", decoy(uid)},
		{"id", plain(id)},
		{"title", plain(id)},
		{"portal_type", plain("AnalysisRequest")},
		{"url", netw(base + "/clients/client-" + fmt.Sprint(r.in(1, 40)) + "/" + id)},
		{"api_url", netw(base + "/@@API/senaite/v1/analysisrequest/" + uid)},
		{"created", plain(iso(t))},
		{"modified", plain(iso(after(t, r.in(200, 3000))))},
		{"review_state", plain(r.pick("verified", "published", "to_be_verified"))},
		{"getClientTitle", plain(r.pick("Riverside GP Practice", "Elm Tree Surgery", "Park Medical Centre", "Harbour Walk-in Clinic"))},
		{"getContactFullName", cont("Dr " + gp.full())},
		{"getContactEmail", cont(gpMail)},
		{"CCEmails", cont(r.pick("results", "admin", "reception") + "@" + r.pick("riversidegp", "elmtreesurgery", "parkmedical") + ".example")},
		{"ClientOrderNumber", plain(fmt.Sprintf("ORD-%06d", r.in(1, 999999)))},
		{"ClientSampleID", decoy(r.digits(10))},
		{"MedicalRecordNumber", obj{{"value", plain(mrn).clin()}, {"temporary", plain(false).clin()}}},
		{"PatientFullName", obj{
			{"firstname", cont(pt.first).clin()},
			{"middlename", plain("").clin()},
			{"lastname", cont(pt.last).clin()},
		}},
		{"DateOfBirth", obj{
			{"dob", cont(day(dob)).clin()},
			{"from_age", plain(false).clin()},
			{"estimated", plain(false).clin()},
		}},
		{"Age", ageOf(fmt.Sprintf("%dY %dM", age, r.in(0, 11))).clin()},
		{"Sex", sexOf(sex).clin()},
		{"Gender", sexOf(gender).clin()},
		{"PatientAddress", obj{
			{"address", cont(addr.street).clin()},
			{"city", cont(addr.town).clin()},
			{"zip", cont(addr.postcode).clin()},
			{"country", decoy("GB").clin()},
		}},
		{"PatientPhone", cont(r.ukMobile()).clin()},
		{"SampleType", obj{{"title", plain(r.pick("Whole blood EDTA", "Serum (SST)", "Plasma fluoride oxalate", "Urine MSU"))}}},
		{"DateSampled", plain(iso(after(t, -r.in(60, 600))))},
		{"DateReceived", plain(iso(t))},
		{"Priority", plain(r.pick("3", "1", "5"))},
		{"ClinicalInformation", clinNote(p(clinInfo, healthC))},
		{"ICD10", arr{obj{{"code", hlth(dx[0]).clin()}, {"text", hlth(dx[1]).clin()}, {"system", plain("ICD-10").clin()}}}},
		{"Analyses", clinAnalyses},
		{"Remarks", remarks},
		{"InternalUse", decoy(false)},
		{"Printed", plain(r.chance(0.5))},
		{"Invalidated", plain(false)},
	}
}
