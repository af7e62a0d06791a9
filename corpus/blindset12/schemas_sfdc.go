package blindset12

import (
	"fmt"
	"strings"
)

// An employer-sponsored virtual urgent-care platform's video visits, as a
// Salesforce REST SOQL query returns them: totalSize / done / records,
// every record with an "attributes" {type, url} block, custom fields with
// the __c suffix, parent lookups inlined under __r, child relationships as
// nested query results, 18-character record ids; the video room, the
// patient's browser diagnostics, the clinician's note and the chat.

var (
	sfComplaints = []struct{ complaint, icd, text string }{
		{"Sore throat x3 days, fever", "J02.9", "Acute pharyngitis, unspecified"},
		{"Burning on urination", "N39.0", "Urinary tract infection, site not specified"},
		{"Sinus pressure, green discharge", "J01.90", "Acute sinusitis, unspecified"},
		{"Red itchy eye, crusting in am", "H10.33", "Acute conjunctivitis, bilateral"},
		{"Rash on forearm after hiking", "L23.7", "Allergic contact dermatitis due to plants"},
		{"Cough and wheeze, hx asthma", "J45.901", "Unspecified asthma with acute exacerbation"},
		{"Low back pain after lifting", "M54.50", "Low back pain, unspecified"},
		{"Ear pain, child pulling at ear", "H66.90", "Otitis media, unspecified"},
		{"Anxiety, can't sleep", "F41.9", "Anxiety disorder, unspecified"},
		{"Medication refill - BP", "I10", "Essential (primary) hypertension"},
	}
	sfRx = []struct{ drug, sig string }{
		{"Amoxicillin 500 mg capsule", "1 cap PO TID x 10 days"}, {"Nitrofurantoin 100 mg capsule", "1 cap PO BID x 5 days"},
		{"Azithromycin 250 mg tablet", "2 tabs day 1 then 1 tab daily x 4 days"}, {"Polymyxin B/trimethoprim ophthalmic", "1 drop each eye q4h x 7 days"},
		{"Triamcinolone 0.1% cream", "apply thin layer BID x 14 days"}, {"Albuterol HFA 90 mcg", "2 puffs q4-6h PRN wheeze"},
		{"Prednisone 20 mg tablet", "2 tabs daily x 5 days"}, {"Cyclobenzaprine 5 mg tablet", "1 tab PO qHS PRN spasm"},
		{"Hydroxyzine 25 mg tablet", "1 tab PO q6h PRN anxiety"}, {"Lisinopril 10 mg tablet", "1 tab PO daily"},
	}
	sfProviders = []string{"Renee Marchetti, MD", "Darnell Okafor, DO", "Paige Lindqvist, NP-C", "Hector Quintero, PA-C", "Alicia Nakashima, MD", "Wesley Huxley, FNP"}
	sfEmployers = []string{"Dover Logistics", "Franklin Unified School District", "Salem Regional Transit", "Clinton Foods Inc.", "Greenville Metal Works"}
	sfCameras   = []string{"FaceTime HD Camera (3A71:F4B5)", "Integrated Webcam (0c45:6a10)", "HD Pro Webcam C920 (046d:082d)", "Front Camera", "Logitech BRIO (046d:085e)", "HP True Vision FHD Camera (04f2:b6bf)"}
)

func sfID(r *rng, prefix string) string { return prefix + "5f0000" + r.alnum(6) + r.upper(3) }

func sfAttr(r *rng, typ, id string) obj {
	return obj{{"type", plain(typ)}, {"url", plain("/services/data/v59.0/sobjects/" + typ + "/" + id)}}
}

func sfRel(recs arr) obj {
	return obj{{"totalSize", plain(len(recs))}, {"done", plain(true)}, {"records", recs}}
}

func telehealthSOQL(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	female := false
	for _, f := range usFirstF {
		female = female || f == first
	}
	sex := "Male"
	if female {
		sex = "Female"
	}
	street, city, st, zip := r.usAddr()
	c := sfComplaints[r.IntN(len(sfComplaints))]
	prov := r.pick(sfProviders...)
	visitID := sfID(r, "a0X")
	patID := sfID(r, "003")
	ftIn := r.in(58, 75)
	lb := r.in(105, 290)
	sys, dia := r.bp()

	var dx arr
	for k, d := range []icd{{c.icd, c.text}, r.icd()} {
		if k == 1 && r.chance(0.5) {
			break
		}
		id := sfID(r, "a1D")
		dx = append(dx, obj{
			{"attributes", sfAttr(r, "Visit_Diagnosis__c", id)},
			{"Id", decoy(id)},
			{"ICD10_Code__c", hlth(d.code)},
			{"Description__c", hlth(d.text)},
			{"Primary__c", plain(k == 0)},
		})
	}
	var rx arr
	for k := 0; k < r.in(0, 2); k++ {
		m := sfRx[r.IntN(len(sfRx))]
		id := sfID(r, "a1R")
		rx = append(rx, obj{
			{"attributes", sfAttr(r, "Prescription__c", id)},
			{"Id", decoy(id)},
			{"Drug__c", hlth(m.drug)},
			{"Sig__c", hlth(m.sig)},
			{"Quantity__c", hlth(float64(r.in(1, 30)))},
			{"Refills__c", plain(float64(r.in(0, 3)))},
			{"Pharmacy_NCPDP__c", decoy(r.digits(7))},
			{"Pharmacy_Name__c", plain(r.pick("Walgreens #", "CVS Pharmacy #", "Kroger Pharmacy #") + r.digits(5))},
			{"Pharmacy_Phone__c", cont(r.us555())},
			{"eRx_Status__c", plain(r.pick("Sent", "Queued", "Error - resend"))},
		})
	}

	vitals := obj{
		{"Height_in__c", hlth(float64(ftIn))},
		{"Weight_lb__c", hlth(float64(lb))},
		{"Temp_F__c", hlth(r.f1(97.1, 102.6))},
		{"Pulse__c", hlth(float64(r.in(58, 118)))},
		{"BP__c", hlth(fmt.Sprintf("%d/%d", sys, dia))},
		{"SpO2__c", hlth(float64(r.in(92, 100)))},
		{"Pregnant__c", hlth(r.pick("No", "Not applicable", "Unsure", "Yes"))},
		{"Allergies__c", hlth(strings.Join(r.pickSome(r.in(1, 2), allergiesEn...), "; "))},
		{"Current_Meds__c", hlth(r.pick(drugs...))},
	}
	if !female {
		vitals[6] = field{"Pregnant__c", null()}
	}

	ip := r.wanIP()
	if r.chance(0.3) {
		ip = r.lanIP()
	}
	tok := r.jwt()
	var note leaf
	switch r.IntN(3) {
	case 0:
		note = prose(p("S: "), p(c.complaint, healthC), p(fmt.Sprintf(". O: T %.1f, appears well on video. A: ", r.f1(98, 102))), p(c.text, healthC), p(". P: supportive care, return if worse."))
	case 1:
		note = prose(p("Pt "), p(first+" "+last, contactC), p(" seen for "), p(c.complaint, healthC), p(r.pick(". Advised in-person UC, ", ". Rx sent, ")), p("pt reports PCP is "), p("Dr. "+r.pick(usLast...), contactC), p("."))
	default:
		note = prose(p("Video dropped twice (client on "), p(ip, netC), p("), completed by phone "), p(r.us555(), contactC), p(". Dx "), p(c.icd, healthC), p("."))
	}
	chat := arr{}
	for k := 0; k < r.in(1, 3); k++ {
		var msg leaf
		switch r.IntN(5) {
		case 0:
			msg = prose(p("can you send it to the pharmacy on "), p(street, contactC), p(" instead"))
		case 1:
			msg = prose(p("my camera isn't working, I'm on my "), p(r.phoneModel(), devC))
		case 2:
			msg = prose(p("I'm allergic to "), p(r.allergy(), healthC), p(" btw"))
		case 3:
			msg = prose(p("ok thank you"))
		default:
			msg = prose(p("text me at "), p(r.us555(), contactC), p(" if we get cut off"))
		}
		chat = append(chat, obj{{"from", plain(r.pick("patient", "provider", "system"))}, {"at", plain(r.iso(2024, 2024))}, {"text", msg}})
	}

	patient := obj{
		{"attributes", sfAttr(r, "Contact", patID)},
		{"Id", decoy(patID)},
		{"FirstName", cont(first)},
		{"LastName", cont(last)},
		{"Birthdate", cont(r.day(1960, 2004))},
		{"Gender__c", sexOf(sex)},
		{"Email", cont(r.mail(ascii(first) + ascii(last)))},
		{"MobilePhone", cont(r.us555())},
		{"MailingStreet", cont(street)},
		{"MailingCity", cont(city)},
		{"MailingState", cont(st)},
		{"MailingPostalCode", cont(zip)},
		{"MailingCountry", decoy("US")},
		{"Employer__c", plain(r.pick(sfEmployers...))},
		{"Member_Id__c", decoy("W" + r.digits(9))},
		{"HasOptedOutOfEmail", decoy(r.chance(0.2))},
	}
	if r.chance(0.6) {
		patient = append(patient, field{"Portal_User__r", obj{
			{"attributes", sfAttr(r, "User", "0055f0000"+r.alnum(9))},
			{"Username", cont(strings.ToLower(first+"."+last) + ".portal@example.com")},
			{"LastLoginDate", plain(r.iso(2024, 2024))},
			{"FederationIdentifier", decoy(r.uuid())},
		}})
	}

	rec := obj{
		{"attributes", sfAttr(r, "Video_Visit__c", visitID)},
		{"Id", decoy(visitID)},
		{"Name", decoy(fmt.Sprintf("VV-%07d", r.in(1, 9999999)))},
		{"Visit_Status__c", plain(r.pick("Completed", "Completed", "Transferred to phone", "No-show"))},
		{"CreatedDate", plain(r.when(2024, 2024).Format("2006-01-02T15:04:05.000+0000"))},
		{"Duration_Min__c", plain(float64(r.in(4, 28)))},
		{"Copay__c", decoy(float64(r.pick4(0, 10, 25, 40)))},
		{"Patient__r", patient},
		{"Provider__r", obj{
			{"attributes", sfAttr(r, "Provider__c", sfID(r, "a0P"))},
			{"Name", cont(prov)},
			{"NPI__c", decoy("1" + r.digits(9))},
			{"State_License__c", decoy(r.upper(2) + "-" + r.digits(6))},
		}},
		{"Chief_Complaint__c", hlth(c.complaint).clin()},
		{"Self_Reported_Vitals__c", clinical(vitals)},
		{"Visit_Diagnoses__r", clinical(sfRel(dx))},
		{"Prescriptions__r", clinical(sfRel(rx))},
		{"Video_Room__c", obj{
			{"Room_SID__c", decoy("RM" + r.hexs(32))},
			{"Patient_Join_URL__c", cred("https://visit.example.com/j/" + r.alnum(10) + "?t=" + tok)},
			{"Provider_Access_Token__c", cred(r.jwt())},
			{"Recording_Enabled__c", plain(false)},
		}},
		{"Client_Diagnostics__c", obj{
			{"User_Agent__c", dev(r.userAgent())},
			{"Client_IP__c", netw(ip)},
			{"Camera_Label__c", dev(r.pick(sfCameras...))},
			{"Connection__c", plain(r.pick("wifi", "cellular", "ethernet"))},
			{"Bitrate_Kbps__c", decoy(float64(r.in(200, 2500)))},
			{"Packet_Loss_Pct__c", decoy(r.f1(0, 9))},
			{"ICE_Local_Candidate__c", netw(r.lanIP())},
			{"ICE_Srflx_Candidate__c", netw(r.wanIP())},
			{"TURN_Server__c", netw(fmt.Sprintf("turn-%02d.media.internal:3478", r.in(1, 12)))},
		}},
		{"Visit_Note__c", note},
		{"Chat_Transcript__c", chat},
	}
	return obj{
		{"totalSize", plain(1)},
		{"done", plain(true)},
		{"records", arr{rec}},
	}
}

func (r *rng) pick4(xs ...int) int { return xs[r.IntN(len(xs))] }
