package blindset24

import "fmt"

// districtAeries: a school district's roster-sync job keeps Aeries SIS
// API v5 answers for one student (demographics with addresses, phones and
// portal login, contacts, the health office's conditions, medications,
// screenings and fitness test, supplemental-data rows, the issued
// Chromebook) and the job's own request log.
func districtAeries(r *rng) any {
	t := r.when()
	kid := r.english()
	parent := r.english()
	parent.last = kid.last
	addr := r.usAddress()
	dob := r.birth(2008, 2018)
	grade := min(12, max(0, 2024-dob.Year()-6))
	sc := r.pickInt(990, 994, 4, 12, 21)
	perm := r.in(9000000, 9999999)
	homePhone := r.usDigits()
	sex := "F"
	if !kid.female {
		sex = "M"
	}
	districts := [][2]string{{"Big Sky USD", "bigskyusd"}, {"Prairie Valley USD", "prairievalley"}, {"Copper Basin USD", "copperbasin"}, {"Glacier Peak SD", "glacierpeak"}}
	dd := districts[r.IntN(len(districts))]
	district, slug := dd[0], dd[1]
	sync := r.lan()

	student := obj{
		{"PermanentID", plain(perm)},
		{"SchoolCode", plain(sc)},
		{"StudentNumber", decoy(r.in(1000, 99999))},
		{"StateStudentID", decoy(r.digits(10))},
		{"LastName", cont(kid.last)},
		{"FirstName", cont(kid.first)},
		{"MiddleName", cont(r.pick("Rose", "James", "Mae", "Lee", "Grace", "Allen"))},
		{"LastNameAlias", plain("")},
		{"FirstNameAlias", r.orNull(0.6, cont(kid.first[:3]+"ie"))},
		{"Sex", sexOf(sex)},
		{"Grade", plain(grade)},
		{"Birthdate", cont(dob.Format("2006-01-02T00:00:00"))},
		{"ParentGuardianName", cont(parent.full())},
		{"HomePhone", cont(homePhone)},
		{"StudentMobilePhone", r.orNull(0.5, cont(r.usDigits()))},
		{"StudentEmailAddress", cont(fmt.Sprintf("%s%d@students.%s.example", ascii(kid.first), perm%10000, slug))},
		{"ParentEmailAddress", cont(r.email(parent))},
		{"MailingAddress", cont(addr.street)},
		{"MailingAddressCity", cont(addr.town)},
		{"MailingAddressState", cont(addr.region)},
		{"MailingAddressZipCode", cont(addr.postcode)},
		{"MailingAddressZipExt", cont(r.digits(4))},
		{"ResidenceAddress", cont(addr.street)},
		{"ResidenceAddressCity", cont(addr.town)},
		{"ResidenceAddressState", cont(addr.region)},
		{"ResidenceAddressZipCode", cont(addr.postcode)},
		{"HomeLanguageCode", plain(r.pick("00", "00", "01", "07"))},
		{"LanguageFluencyCode", plain(r.pick("E", "I", "R"))},
		{"InactiveStatusCode", plain("")},
		{"SchoolEnterDate", plain(day(after(t, -r.in(100, 900)*1440)) + "T00:00:00")},
		{"TeacherNumber", decoy(r.in(100, 999))},
		{"NetworkLoginID", cont(fmt.Sprintf("%s%s%d", ascii(kid.first)[:1], ascii(kid.last), perm%1000))},
		{"AccessToPortal", decoy(r.pick("Y", "N"))},
		{"Photo", obj{
			{"URL", cont(fmt.Sprintf("https://sis.%s.example/Aeries/StudentPhoto.ashx?sc=%d&id=%d", slug, sc, perm))},
			{"Height", decoy(r.pickInt(240, 320, 480))},
			{"Width", decoy(r.pickInt(180, 240, 360))},
		}},
		{"DateTimeStamps", obj{{"Inserted", plain(isoMs(after(t, -r.in(100000, 900000))))}, {"Updated", plain(isoMs(after(t, -r.in(1, 9000))))}}},
	}

	contacts := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		c := parent
		rel := r.pick("10", "11")
		if i > 0 {
			c = r.english()
			rel = r.pick("12", "20", "30")
		}
		contacts = append(contacts, obj{
			{"PermanentID", plain(perm)},
			{"SequenceNumber", plain(i + 1)},
			{"LastName", cont(c.last)},
			{"FirstName", cont(c.first)},
			{"RelationshipToStudentCode", plain(rel)},
			{"HomePhone", cont(homePhone)},
			{"WorkPhone", r.orNull(0.5, cont(r.usDigits()))},
			{"CellPhone", cont(r.usDigits())},
			{"EmailAddress", cont(r.email(c))},
			{"LivesWithStudentIndicator", plain(r.pick("Y", "N"))},
			{"AccessToPortal", decoy(r.pick("Y", "N"))},
			{"EmergencyContactOrder", plain(i + 1)},
			{"Comment", r.orNull(0.6, contactComment(r))},
		})
	}

	cond := r.pick("Asthma|ASTH|Albuterol HFA 90mcg|2 puffs PRN wheeze", "Type 1 diabetes|DIAB|Humalog via Omnipod|per sliding scale", "Peanut allergy - anaphylaxis|ALPN|EpiPen Jr 0.15mg|IM once, call 911", "Seizure disorder|SEIZ|Levetiracetam 250mg|BID, at home", "ADHD|ADHD|Methylphenidate ER 18mg|daily at home")
	parts := splitN(cond, 4)
	hIn := r.in(46, 70)
	wLb := int(float64(hIn*hIn) * r.f1(14, 30) / 703)
	health := obj{
		{"Conditions", arr{obj{
			{"SequenceNumber", plain(1)},
			{"ConditionCode", hlth(parts[1])},
			{"ConditionDescription", hlth(parts[0])},
			{"Comment", healthComment(r, kid, parts[1])},
			{"DateEntered", plain(day(after(t, -r.in(1000, 400000))))},
		}}},
		{"Medications", arr{obj{
			{"SequenceNumber", plain(1)},
			{"Medication", hlth(parts[2])},
			{"Dosage", hlth(parts[3])},
			{"AdministeredBy", plain(r.pick("Nurse", "Self", "Office staff"))},
			{"ParentConsentOnFile", decoy(true)},
		}}},
		{"Screenings", arr{
			obj{{"Type", plain("Vision")}, {"Date", plain(day(after(t, -r.in(1000, 300000))))}, {"RightEye", hlth("20/" + fmt.Sprint(r.pickInt(20, 25, 30, 40, 70)))}, {"LeftEye", hlth("20/" + fmt.Sprint(r.pickInt(20, 25, 30, 40, 70)))}, {"Referred", hlth(r.chance(0.2))}},
			obj{{"Type", plain("Hearing")}, {"Date", plain(day(after(t, -r.in(1000, 300000))))}, {"Result", hlth(r.pick("Pass", "Pass", "Refer - R ear"))}},
		}},
		{"PhysicalFitnessTest", obj{
			{"TestYear", decoy("2023-2024")},
			{"HeightInches", hlth(hIn)},
			{"WeightPounds", hlth(wLb)},
			{"BMI", hlth(round1(703 * float64(wLb) / float64(hIn*hIn)))},
			{"AerobicCapacityVO2", hlth(r.f1(32, 52))},
			{"PacerLaps", hlth(r.in(8, 70))},
			{"BodyCompositionHFZ", hlth(r.pick("HFZ", "NI", "NI-HR"))},
		}},
	}

	supp := arr{
		obj{{"FieldName", plain("GoogleInitialPW").obf()}, {"Value", cred(r.password()).obf()}},
		obj{{"FieldName", plain("LunchPIN").obf()}, {"Value", cred(r.digits(5)).obf()}},
		obj{{"FieldName", plain("Locker").obf()}, {"Value", plain(fmt.Sprintf("%s-%d", r.pick("A", "B", "C"), r.in(100, 400))).obf()}},
		obj{{"FieldName", plain("LockerCombo").obf()}, {"Value", cred(fmt.Sprintf("%02d-%02d-%02d", r.in(0, 39), r.in(0, 39), r.in(0, 39))).obf()}},
		obj{{"FieldName", plain("BusRoute").obf()}, {"Value", plain(fmt.Sprintf("R%02d", r.in(1, 40))).obf()}},
		obj{{"FieldName", plain("TShirtSize").obf()}, {"Value", decoy(r.pick("YS", "YM", "YL", "AS", "AM")).obf()}},
	}

	mac := r.mac(":", false)
	device := obj{
		{"AssetTag", decoy(fmt.Sprintf("%s-%06d", r.pick("BSU", "PVU", "CBU"), r.in(1, 99999)))},
		{"Title", dev(r.pick("Lenovo 100e Chromebook Gen 4", "Dell Chromebook 3110", "HP Fortis G11 Chromebook", "Acer Chromebook Spin 511"))},
		{"SerialNumber", dev(r.serial("", 10))},
		{"WifiMAC", macAddr(mac)},
		{"ChromeOSVersion", dev(fmt.Sprintf("%d.0.%d.%d", r.in(124, 129), r.in(6300, 6700), r.in(10, 200)))},
		{"LastSync", dev(isoMs(after(t, -r.in(10, 9000))))},
		{"LastIP", netw(sync.host(r.in(20, 250)))},
		{"IssuedDate", plain(day(after(t, -r.in(1000, 300000))))},
		{"Condition", plain(r.pick("Good", "Cracked screen", "New"))},
	}

	return obj{
		{"job", obj{
			{"Name", plain("aeries-roster-sync")},
			{"Version", decoy(r.semver())},
			{"Host", netw(fmt.Sprintf("sync01.%s.internal", slug))},
			{"HostIP", netw(sync.host(r.in(5, 19)))},
			{"District", plain(district)},
			{"RunAt", plain(iso(t))},
		}},
		{"request", obj{
			{"BaseUrl", plain(fmt.Sprintf("https://sis.%s.example/aeries/api/v5", slug))},
			{"Headers", obj{{"AERIES-CERT", cred(r.aeriesCert())}, {"Accept", plain("application/json")}}},
			{"RetryCount", decoy(r.in(0, 3))},
		}},
		{fmt.Sprintf("/schools/%d/students/%d", sc, perm), arr{student}},
		{fmt.Sprintf("/schools/%d/contacts/%d", sc, perm), contacts},
		{fmt.Sprintf("/schools/%d/health/%d", sc, perm), health},
		{fmt.Sprintf("/schools/%d/supplemental/%d", sc, perm), supp},
		{fmt.Sprintf("/schools/%d/assets/%d", sc, perm), arr{device}},
	}
}

// splitN splits a "|"-joined record into n parts.
func splitN(s string, n int) []string {
	out := make([]string, 0, n)
	for i := 0; i < n-1; i++ {
		a, b := split(s)
		out = append(out, a)
		s = b
	}
	return append(out, s)
}

// contactComment is the office's comment on a contact.
func contactComment(r *rng) leaf {
	switch r.IntN(3) {
	case 0:
		return prose(p("Custody order on file - do NOT release to father."))
	case 1:
		return prose(p("Works nights, call grandma first at "), p(r.usLocal(), contactC))
	}
	return prose(p("Prefers texts."))
}

// healthComment is the school nurse's comment on a condition.
func healthComment(r *rng, kid person, code string) leaf {
	switch r.IntN(3) {
	case 0:
		c := map[string]string{"ASTH": "carries inhaler in backpack, uses before PE", "DIAB": "has CGM, alerts go to mom's phone and the nurse iPad", "SEIZ": "had 2 seizures last year, rescue med Nayzilam in office", "ALPN": "ate a cookie with peanuts at recess in May, EpiPen given, EMS called", "ADHD": "struggles to focus after lunch, teacher notified"}[code]
		return prose(p(kid.first, contactC), p(" "+c, healthC), p("."))
	case 1:
		return prose(p("504 plan meeting scheduled, see counselor."))
	}
	return prose(p("Doctor's note dated " + day(r.when()) + " scanned."))
}
