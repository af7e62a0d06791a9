package blindset22

import (
	"fmt"
	"strings"
)

// dentalOpenDental is a dental practice's Open Dental database read by a
// patient-reminder vendor through the Open Dental REST API (patient,
// medications, allergies, problems, procedures, appointments, commlogs,
// preferences).
func dentalOpenDental(r *rng) any {
	t0 := r.when()
	pt := r.english()
	guar := r.english()
	guar.last = pt.last
	a := r.usAddress()
	pat := r.in(1000, 60000)
	prov := r.english()
	hyg := r.english()
	born := r.birth(1948, 2012)
	gender := r.pick("Female", "Male", "Unknown")
	if pt.female {
		gender = "Female"
	}
	patient := obj{
		{"PatNum", plain(pat)},
		{"LName", cont(pt.last)},
		{"FName", cont(pt.first)},
		{"MiddleI", plain("")},
		{"Preferred", cont(pt.first[:min(len(pt.first), 4)])},
		{"PatStatus", plain("Patient")},
		{"Gender", sexOf(gender)},
		{"Position", plain(r.pick("Single", "Married", "Child"))},
		{"Birthdate", cont(day(born))},
		{"Address", cont(a.street)},
		{"Address2", plain("")},
		{"City", cont(a.town)},
		{"State", cont(a.region)},
		{"Zip", cont(a.postcode)},
		{"HmPhone", cont(r.usLocal())},
		{"WkPhone", plain("")},
		{"WirelessPhone", cont(r.usLocal())},
		{"Guarantor", plain(pat - r.in(0, 3))},
		{"Email", cont(r.email(pt))},
		{"ChartNumber", decoy(fmt.Sprintf("%s%04d", strings.ToUpper(pt.last[:2]), r.in(1, 9999)))},
		{"PriProv", plain(r.in(1, 6))},
		{"priProvAbbr", plain(fmt.Sprintf("DR%s", strings.ToUpper(prov.last[:3])))},
		{"BillingType", plain(r.pick("Standard Account", "Insurance Only"))},
		{"FeeSched", plain(r.in(0, 5))},
		{"Premed", hlth(r.chance(0.3))},
		{"MedUrgNote", hlth(r.pick("", "Prosthetic hip 2021 - premed amoxicillin 2g", "Bleeds easily - on warfarin", "Latex allergy", "Pacemaker"))},
		{"DateFirstVisit", plain(day(after(t0, -r.in(60*24*40, 60*24*3000))))},
		{"SecProv", plain(0)},
		{"Language", plain(r.pick("", "eng", "spa"))},
		{"SuperFamily", plain(0)},
		{"TxtMsgOk", decoy(r.pick("Yes", "No", "Unknown"))},
		{"SecDateEntry", plain(day(after(t0, -r.in(60*24*40, 60*24*3000))))},
		{"DateTStamp", plain(after(t0, -r.in(10, 9000)).Format("2006-01-02 15:04:05"))},
	}
	// an empty MedUrgNote is not sensitive
	for i, f := range patient {
		if f.key == "MedUrgNote" && f.val.(leaf).val == "" {
			patient[i] = field{"MedUrgNote", plain("")}
		}
	}

	meds := []struct{ name, note string }{{"Lisinopril", "10 mg daily"}, {"Metformin", "500 mg twice daily"}, {"Alendronate", "70 mg weekly - ask re jaw"}, {"Apixaban", "5 mg bid"}, {"Sertraline", "100 mg"}, {"Levothyroxine", "88 mcg"}}
	var medRows arr
	for _, k := range r.Perm(len(meds))[:r.in(1, 3)] {
		m := meds[k]
		medRows = append(medRows, obj{
			{"MedicationPatNum", plain(r.in(1000, 90000))},
			{"PatNum", plain(pat)},
			{"medName", hlth(m.name)},
			{"MedicationNum", plain(r.in(1, 900))},
			{"PatNote", hlth(m.note)},
			{"DateStart", plain(day(after(t0, -r.in(60*24*60, 60*24*2000))))},
			{"DateStop", plain("0001-01-01")},
			{"ProvNum", plain(0)},
		})
	}
	allergies := []struct{ name, reaction string }{{"Penicillin", "hives"}, {"Latex", "rash"}, {"Codeine", "nausea"}, {"Sulfa", "swelling"}, {"Lidocaine with epinephrine", "palpitations"}}
	var allRows arr
	for _, k := range r.Perm(len(allergies))[:r.in(0, 2)] {
		al := allergies[k]
		allRows = append(allRows, obj{
			{"AllergyNum", plain(r.in(100, 9000))},
			{"AllergyDefNum", plain(r.in(1, 60))},
			{"PatNum", plain(pat)},
			{"defDescription", hlth(al.name)},
			{"Reaction", hlth(al.reaction)},
			{"StatusIsActive", decoy("true")},
			{"DateAdverseReaction", plain("0001-01-01")},
		})
	}
	probs := []struct{ code, desc string }{{"I10", "Essential (primary) hypertension"}, {"E11.9", "Type 2 diabetes mellitus without complications"}, {"K05.31", "Chronic periodontitis, localized"}, {"G47.33", "Obstructive sleep apnea"}, {"F41.1", "Generalized anxiety disorder"}}
	var probRows arr
	for _, k := range r.Perm(len(probs))[:r.in(1, 2)] {
		pr := probs[k]
		probRows = append(probRows, obj{
			{"DiseaseNum", plain(r.in(100, 9000))},
			{"PatNum", plain(pat)},
			{"DiseaseDefNum", plain(r.in(1, 200))},
			{"diseaseDefName", hlth(pr.desc)},
			{"icd10Code", hlth(pr.code)},
			{"PatNote", plain("")},
			{"ProbStatus", plain("Active")},
		})
	}
	procs := []struct{ code, desc string }{{"D0120", "Periodic oral evaluation"}, {"D1110", "Prophylaxis - adult"}, {"D2391", "Resin-based composite - one surface, posterior"}, {"D2740", "Crown - porcelain/ceramic"}, {"D3330", "Endodontic therapy, molar"}, {"D4341", "Periodontal scaling and root planing - four or more teeth per quadrant"}, {"D7140", "Extraction, erupted tooth"}}
	var procRows arr
	for _, k := range r.Perm(len(procs))[:r.in(2, 4)] {
		pr := procs[k]
		tooth := ""
		surf := ""
		if strings.HasPrefix(pr.code, "D2") || strings.HasPrefix(pr.code, "D3") || strings.HasPrefix(pr.code, "D7") {
			tooth = fmt.Sprint(r.in(1, 32))
			if pr.code == "D2391" {
				surf = r.pick("O", "MO", "DO", "B")
			}
		}
		var tl, sl leaf = plain(tooth), plain(surf)
		if tooth != "" {
			tl = hlth(tooth)
		}
		if surf != "" {
			sl = hlth(surf)
		}
		procRows = append(procRows, obj{
			{"ProcNum", plain(r.in(10000, 900000))},
			{"PatNum", plain(pat)},
			{"ProcDate", plain(day(after(t0, -r.in(0, 60*24*700))))},
			{"ProcFee", plain(fmt.Sprintf("%d.00", r.in(60, 1400)))},
			{"procCode", hlth(pr.code)},
			{"descript", hlth(pr.desc)},
			{"ToothNum", tl},
			{"Surf", sl},
			{"ProcStatus", plain(r.pick("C", "TP"))},
			{"ProvNum", plain(r.in(1, 6))},
			{"provAbbr", plain("DR" + strings.ToUpper(prov.last[:3]))},
		})
	}
	apt := after(t0, r.in(60*24, 60*24*120))
	appt := obj{
		{"AptNum", plain(r.in(10000, 900000))},
		{"PatNum", plain(pat)},
		{"AptStatus", plain("Scheduled")},
		{"Pattern", decoy("//XXXXXXXX//")},
		{"Confirmed", plain(r.in(19, 25))},
		{"Op", plain(r.in(1, 8))},
		{"Note", prose(p(r.pick("Bring night guard. ", "Wants early slot. ", "")), p(r.pick("Premed 1hr before - joint replacement", "Nervous patient, nitrous requested", "Check #"+fmt.Sprint(r.in(2, 31))+" sensitivity"), healthC))},
		{"ProvNum", plain(r.in(1, 6))},
		{"ProvHyg", plain(r.in(7, 12))},
		{"hygienist", cont(hyg.full())},
		{"AptDateTime", plain(apt.Format("2006-01-02 15:04:05"))},
		{"ProcDescript", hlth(r.pick("PerEx, Pro, 4BW", "Crwn#19", "SRP-UL"))},
		{"IsNewPatient", decoy("false")},
	}
	comm := obj{
		{"CommlogNum", plain(r.in(1000, 900000))},
		{"PatNum", plain(pat)},
		{"CommDateTime", plain(after(t0, -r.in(100, 9000)).Format("2006-01-02 15:04:05"))},
		{"CommType", plain(r.in(220, 240))},
		{"Note", prose(p("Spoke with "), p(guar.first, contactC), p(r.pick(" (mother). ", " (spouse). ", ". ")), p(r.pick("Insurance card updated. ", "Asked to text ", "Card on file expired. ")), p(r.pick(r.usLocal(), "reminders to new cell"), contactC))},
		{"Mode_", plain(r.pick("Phone", "Text", "Email"))},
		{"SentOrReceived", plain("Received")},
		{"UserNum", plain(r.in(1, 30))},
	}
	srv := r.pick("DENTSRV01", "OD-SERVER", "frontdesk-srv")
	prefs := arr{
		kvRow("PrefName", "ValueString", "PracticeTitle", plain(r.pick("Brightwater Family Dental", "Juniper Smiles", "Cedar Ridge Dentistry"))),
		kvRow("PrefName", "ValueString", "PracticePhone", cont(r.usLocal())),
		kvRow("PrefName", "ValueString", "DocPath", netw(`\\`+srv+`\OpenDentImages\`)),
		kvRow("PrefName", "ValueString", "PasswordsMustBeStrong", decoy("1")),
		kvRow("PrefName", "ValueString", "SecurityLockDays", decoy(fmt.Sprint(r.in(0, 14)))),
		kvRow("PrefName", "ValueString", "EmailSMTPserver", netw(srv+".clinic.lan")),
		kvRow("PrefName", "ValueString", "EmailPassword", cred(r.password())),
	}
	return obj{
		{"vendor", plain(r.pick("RecallRight", "SmileText Connect"))},
		{"api", obj{
			{"base", plain("https://api.opendental.com/api/v1")},
			{"Authorization", cred("ODFHIR " + r.alnum(16) + "/" + r.alnum(16))},
			{"customer", plain(r.pick("Brightwater", "Juniper", "CedarRidge"))},
			{"apiVersion", decoy(r.pick("23.3.21", "24.1.10", "24.2.4"))},
		}},
		{"patient", patient},
		{"medicationpats", medRows},
		{"allergies", allRows},
		{"diseases", probRows},
		{"procedurelogs", procRows},
		{"appointment", appt},
		{"commlog", comm},
		{"preferences", prefs},
		{"fetched", plain(iso(t0))},
	}
}
