package blindset21

import (
	"fmt"
	"strings"
)

// odmItem is one ItemData row: the OID is plain, the value labelled by
// what the item means; both clinical.
func odmItem(oid string, v leaf) obj {
	return obj{{"@ItemOID", plain(oid).clin()}, {"@Value", v.clin()}}
}

// trialOpenClinica is a heart-failure drug trial's OpenClinica 4 REST
// response in ODM JSON, with the participant portal and the API call.
func trialOpenClinica(r *rng) any {
	t0 := r.when()
	study := r.pick("S_HFTRIAL", "S_REDUCEHF", "S_CARDIOPT", "S_HF2024")
	site := r.pick("GB-012", "GB-004", "US-031", "NZ-002")
	subj := fmt.Sprintf("%s-%04d", strings.ToUpper(study[2:6]), r.in(1, 999))
	pt := r.english()
	born := r.birth(1938, 1972)
	sex := "m"
	if pt.female {
		sex = "f"
	}
	crc := r.english()
	crcUser := r.userName(crc)
	inv := r.english()
	host := r.pick("hftrial", "reducehf", "cardiopt") + r.pick(".openclinica.example", ".edc.example.org")

	apiCall := obj{
		{"url", plain("https://" + host + "/OpenClinica/rest/clinicaldata/json/view/" + study + "/*/*/*?includeAudits=y&includeDNs=y")},
		{"authorization", cred("Bearer " + r.jwt("https://"+host+"/auth/realms/"+strings.ToLower(study)))},
		{"x_api_key", cred(r.hex(32))},
		{"requested_by", cont(crcUser)},
		{"requested_at", plain(iso(t0))},
	}

	enrol := after(t0, -r.in(20000, 200000))
	dd := func(min int) string { return day(after(enrol, min)) }

	// forms
	h := r.in(150, 192)
	w := r.f1(55, 118)
	sys, dia := r.bp()
	lvef := r.in(20, 45)
	nyha := r.pick("II", "III", "II", "IV")
	items := func(rows ...obj) arr {
		out := make(arr, len(rows))
		for i, o := range rows {
			out[i] = o
		}
		return out
	}
	interviewer := r.english()
	form := func(oid, ver string, ig string, rows arr) obj {
		return obj{
			{"@FormOID", plain(oid)},
			{"@OpenClinica:Version", decoy(ver)},
			{"@OpenClinica:InterviewerName", cont(interviewer.full())},
			{"@OpenClinica:InterviewDate", plain(dd(r.in(0, 60)))},
			{"@OpenClinica:Status", plain(r.pick("initial data entry completed", "data entry started", "signed"))},
			{"ItemGroupData", arr{obj{
				{"@ItemGroupOID", plain(ig)},
				{"@ItemGroupRepeatKey", plain("1")},
				{"@TransactionType", plain("Upsert")},
				{"ItemData", rows},
			}}},
		}
	}
	cond := r.pick("Type 2 diabetes mellitus|E11.9", "Atrial fibrillation|I48.91", "Chronic kidney disease stage 3|N18.3", "Hypertension|I10", "COPD|J44.9")
	condTerm, condCode := split(cond)
	med1 := r.pick("Bisoprolol", "Sacubitril/valsartan", "Furosemide", "Spironolactone", "Dapagliflozin", "Ramipril")
	ae := r.pick("Dizziness on standing, resolved after dose reduction", "Hyperkalaemia K 5.9, study drug paused 3 days", "Worsening breathlessness, admitted for IV diuretics", "Nausea week 2, self-limiting")
	preg := r.pick("NEGATIVE", "N/A - postmenopausal")
	if !pt.female {
		preg = "N/A"
	}
	baseline := obj{
		{"@StudyEventOID", plain("SE_BASELINE")},
		{"@OpenClinica:StartDate", plain(dd(0))},
		{"@OpenClinica:Status", plain("completed")},
		{"FormData", arr{
			form("F_DM_V10", "v1.0", "IG_DM_UNGROUPED", items(
				odmItem("I_DM_INIT", cont(pt.initials())),
				odmItem("I_DM_BRTHYR", cont(fmt.Sprint(born.Year()))),
				odmItem("I_DM_SEX", sexOf(strings.ToUpper(sex))),
				odmItem("I_DM_SMOKE", hlth(r.pick("Never", "Former", "Current"))),
			)),
			form("F_VS_V12", "v1.2", "IG_VS_UNGROUPED", items(
				odmItem("I_VS_HEIGHT", hlth(fmt.Sprint(h))),
				odmItem("I_VS_WEIGHT", hlth(fmt.Sprint(w))),
				odmItem("I_VS_SYSBP", hlth(fmt.Sprint(sys))),
				odmItem("I_VS_DIABP", hlth(fmt.Sprint(dia))),
				odmItem("I_VS_HR", hlth(fmt.Sprint(r.in(52, 104)))),
				odmItem("I_VS_SPO2", hlth(fmt.Sprint(r.in(89, 99)))),
				odmItem("I_VS_CUFF", decoy(r.pick("Adult", "Adult large", "Thigh"))),
				odmItem("I_VS_DEVSN", decoy(r.serial("OMR", 8))),
			)),
			form("F_HF_V20", "v2.0", "IG_HF_UNGROUPED", items(
				odmItem("I_HF_NYHA", hlth(nyha)),
				odmItem("I_HF_LVEF", hlth(fmt.Sprint(lvef))),
				odmItem("I_HF_NTPROBNP", hlth(fmt.Sprint(r.in(400, 6000)))),
				odmItem("I_HF_ETIOL", hlth(r.pick("Ischaemic", "Dilated cardiomyopathy", "Hypertensive", "Valvular"))),
			)),
			form("F_MH_V10", "v1.0", "IG_MH_HISTORY", items(
				odmItem("I_MH_TERM", hlth(condTerm)),
				odmItem("I_MH_ICD10", hlth(condCode)),
				odmItem("I_MH_ONGO", hlth("Y")),
			)),
			form("F_LB_V11", "v1.1", "IG_LB_PREG", items(
				odmItem("I_LB_PREG", hlth(preg)),
				odmItem("I_LB_K", hlth(fmt.Sprint(r.f1(3.6, 5.4)))),
				odmItem("I_LB_EGFR", hlth(fmt.Sprint(r.in(28, 90)))),
				odmItem("I_LB_SPECID", decoy(fmt.Sprintf("SP%s-%s", r.digits(6), r.from(upperNum, 2)))),
				odmItem("I_LB_KITVER", decoy(r.semver())),
			)),
		}},
	}
	week := obj{
		{"@StudyEventOID", plain("SE_WEEK" + r.pick("04", "08", "12"))},
		{"@OpenClinica:StartDate", plain(dd(r.in(30000, 90000)))},
		{"@OpenClinica:Status", plain(r.pick("data entry started", "completed"))},
		{"FormData", arr{
			form("F_CM_V10", "v1.0", "IG_CM_MEDS", items(
				odmItem("I_CM_TRT", hlth(med1)),
				odmItem("I_CM_DOSE", hlth(r.pick("2.5 mg", "5 mg", "24/26 mg", "40 mg", "10 mg"))),
				odmItem("I_CM_FREQ", hlth(r.pick("OD", "BD", "ON"))),
			)),
			form("F_AE_V13", "v1.3", "IG_AE_EVENTS", items(
				odmItem("I_AE_TERM", prose(p(ae, healthC))),
				odmItem("I_AE_SEV", hlth(r.pick("MILD", "MODERATE", "SEVERE"))),
				odmItem("I_AE_SER", hlth(r.pick("N", "Y"))),
			)),
			form("F_EX_V10", "v1.0", "IG_EX_DISP", items(
				odmItem("I_EX_KIT", decoy(fmt.Sprintf("K-%06d", r.in(1000, 999999)))),
				odmItem("I_EX_COUNT", decoy(fmt.Sprint(r.in(0, 28)))),
				odmItem("I_EX_LOT", decoy(fmt.Sprintf("LOT%s-%02d", r.digits(5), r.in(1, 40)))),
			)),
		}},
	}

	// audit log: old and new values of vitals are health
	var audits arr
	for i := 0; i < r.in(2, 4); i++ {
		ent := r.pick("I_VS_SYSBP", "I_VS_WEIGHT", "I_HF_LVEF", "I_DM_BRTHYR")
		var oldV, newV leaf
		switch ent {
		case "I_VS_SYSBP":
			oldV, newV = hlth(fmt.Sprint(sys+r.in(5, 30))), hlth(fmt.Sprint(sys))
		case "I_VS_WEIGHT":
			oldV, newV = hlth(fmt.Sprint(round1(w+10))), hlth(fmt.Sprint(w))
		case "I_HF_LVEF":
			oldV, newV = hlth(fmt.Sprint(lvef+10)), hlth(fmt.Sprint(lvef))
		default:
			oldV, newV = cont(fmt.Sprint(born.Year()+1)), cont(fmt.Sprint(born.Year()))
		}
		audits = append(audits, obj{
			{"@ID", plain(fmt.Sprintf("AL_%d", r.in(1000, 99999)))},
			{"@UserID", cont(crcUser)},
			{"@UserName", cont(crc.full())},
			{"@DateTimeStamp", plain(iso(after(enrol, r.in(10, 90000))))},
			{"@AuditType", plain("Item data value updated")},
			{"@EntityName", plain(ent)},
			{"@OldValue", oldV.clin()},
			{"@NewValue", newV.clin()},
			{"@ReasonForChange", prose(p(r.pick("Transcription error, corrected from source", "Source document verified by monitor", "Typo")))},
		})
	}
	dn := obj{
		{"@ID", plain(fmt.Sprintf("DN_%d", r.in(100, 9999)))},
		{"@Status", plain(r.pick("New", "Updated", "Closed"))},
		{"@NoteType", plain("Query")},
		{"@DateUpdated", plain(dd(r.in(100, 9000)))},
		{"@EntityName", plain("I_VS_SYSBP")},
		{"@NumberOfChildNotes", plain("2")},
		{"OpenClinica:ChildNote", arr{
			obj{{"@ID", plain("CDN_" + r.digits(4))}, {"@Status", plain("New")}, {"@DateCreated", plain(dd(r.in(100, 4000)))}, {"@UserName", cont("monitor" + r.digits(2))}, {"@Name", cont(r.english().full())}, {"OpenClinica:Description", prose(p(fmt.Sprintf("SBP %d outside expected range, please confirm", sys+r.in(20, 40)), healthC))}},
			obj{{"@ID", plain("CDN_" + r.digits(4))}, {"@Status", plain("Updated")}, {"@DateCreated", plain(dd(r.in(4000, 9000)))}, {"@UserName", cont(crcUser)}, {"@Name", cont(crc.full())}, {"OpenClinica:DetailedNote", prose(p("Confirmed with source. "), p(r.pick("Mrs ", "Mr ")+pt.last, contactC), p(" had "), p(r.pick("missed furosemide that morning", "run out of bisoprolol for a week", "white-coat hypertension documented by GP"), healthC), p(". Call back on "), p(r.ukMobile(), contactC))}},
		}},
	}

	subject := obj{
		{"@SubjectKey", decoy("SS_" + strings.ReplaceAll(subj, "-", ""))},
		{"@OpenClinica:UniqueIdentifier", nullDecoy()},
		{"@OpenClinica:StudySubjectID", plain(subj)},
		{"@OpenClinica:SecondaryID", cont(fmt.Sprintf("%s %d", pt.initials(), born.Year()))},
		{"@OpenClinica:DateOfBirth", cont(born.Format("2006-01-02"))},
		{"@OpenClinica:Sex", sexOf(sex)},
		{"@OpenClinica:Status", plain(r.pick("signed", "available", "removed"))},
		{"@OpenClinica:EnrollmentDate", plain(enrol.Format("2006-01-02"))},
		{"@OpenClinica:SiteOID", plain("S_" + strings.ReplaceAll(site, "-", ""))},
		{"OpenClinica:Randomization", obj{{"@Arm", plain("BLINDED")}, {"@RandomizationNumber", decoy(fmt.Sprintf("R%06d", r.in(1, 999999)))}, {"@Stratum", plain(r.pick("LVEF<=30", "LVEF>30"))}, {"@RandomizationDate", plain(enrol.Format("2006-01-02"))}}},
		{"StudyEventData", arr{baseline, week}},
		{"OpenClinica:AuditLogs", obj{{"OpenClinica:AuditLog", audits}}},
		{"OpenClinica:DiscrepancyNotes", obj{{"OpenClinica:DiscrepancyNote", arr{dn}}}},
	}

	participate := obj{
		{"participantId", plain(subj)},
		{"firstName", cont(pt.first)},
		{"email", r.orNull(0.2, cont(r.email(pt)))},
		{"mobilePhone", cont(r.pick(r.ukMobileIntl(), r.usPhone()))},
		{"accessCode", cred(fmt.Sprintf("%s-%s-%s", r.from(upperNum, 3), r.from(upperNum, 3), r.from(upperNum, 3)))},
		{"status", plain(r.pick("ACTIVE", "INVITED"))},
		{"inviteViaSms", decoy(r.chance(0.5))},
		{"appVersion", dev(r.pick("Participate 4.3.1 (iOS 17.5)", "Participate 4.2.0 (Android 14)"))},
	}

	return obj{
		{"request", apiCall},
		{"odm", obj{
			{"@xmlns", plain("http://www.cdisc.org/ns/odm/v1.3")},
			{"@xmlns:OpenClinica", plain("http://www.openclinica.org/ns/odm_ext_v130/v3.1")},
			{"@FileType", plain("Snapshot")},
			{"@FileOID", plain(fmt.Sprintf("Study-%s-D%s", study, t0.Format("20060102150405")))},
			{"@CreationDateTime", plain(iso(t0))},
			{"@ODMVersion", decoy("1.3")},
			{"ClinicalData", obj{
				{"@StudyOID", plain(study)},
				{"@MetaDataVersionOID", decoy("v" + r.semver())},
				{"SubjectData", arr{subject}},
			}},
		}},
		{"participate", participate},
		{"site_contact", obj{{"investigator", cont("Dr " + inv.full())}, {"phone", cont(r.enPhone())}, {"email", cont(r.email(inv))}, {"site", plain(site)}}},
	}
}
