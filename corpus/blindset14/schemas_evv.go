package blindset14

import "fmt"

// homecare-evv-aggregator: a home-health and personal-care agency's
// Electronic Visit Verification submission to a state Medicaid aggregator
// (PascalCase, one client with its care plan, then visits with their
// clock-in / clock-out calls, exceptions, the nurse's vitals and
// medication pass, notes and the client's signature).

var (
	evvAgencies = []string{"Bright Path Home Care LLC", "Harborlight Home Health", "Cedar Grove Nursing Services", "Kindred Hands In-Home Care"}
	evvTasks    = []string{"Wound care: stage 2 pressure injury, sacrum", "Foley catheter care", "Insulin administration per sliding scale", "Assist with bathing and transfers (Hoyer lift)",
		"Medication setup: weekly pill organiser", "Tube feeding via PEG, 1.5 kcal formula 60 mL/h", "Ostomy bag change", "Range-of-motion exercises, left side after CVA", "Blood glucose checks AC and HS"}
	evvDrugsRoute = []string{"PO", "SubQ", "PEG", "Topical", "Inhaled"}
)

func homecareEVV(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	street, city, state, zip := r.usAddr()
	home := r.us555()
	dx := r.icd()
	var secondary arr
	for _, c := range r.pickSome(r.in(1, 3), "I10", "E78.5", "N18.3", "F03.90", "Z99.81", "L89.152", "Z93.3", "R26.81", "E11.65") {
		secondary = append(secondary, hlth(c))
	}
	var tasks arr
	for k, t := range r.pickSome(r.in(2, 4), evvTasks...) {
		tasks = append(tasks, obj{{"TaskID", decoy(fmt.Sprintf("T%02d", k+1))}, {"TaskDescription", hlth(t)}})
	}
	carePlan := clinical(obj{
		{"PrimaryDiagnosisCode", hlth(dx.code)},
		{"PrimaryDiagnosisText", hlth(dx.text)},
		{"SecondaryDiagnosisCodes", secondary},
		{"Allergies", stringsOf(hlth, r.pickSome(r.in(1, 2), allergiesEn...)...)},
		{"CodeStatus", hlth(r.pick("Full Code", "DNR", "DNR/DNI"))},
		{"FallRisk", hlth(r.pick("Low", "Moderate", "High"))},
		{"DietOrder", hlth(r.pick("Diabetic 1800 kcal", "Renal, 2 g sodium", "Mechanical soft, nectar-thick liquids", "Regular"))},
		{"Tasks", tasks},
		{"PlanOfCareVersion", decoy(fmt.Sprintf("%d", r.in(1, 9)))},
	})
	desF, desL := r.usFirst(), r.pick(usLast...)
	client := obj{
		{"ClientID", decoy(r.digits(9))},
		{"ClientMedicaidID", plain(r.upper(2) + r.digits(8))},
		{"ClientFirstName", cont(first)},
		{"ClientLastName", cont(last)},
		{"ClientDOB", cont(r.day(1930, 1962))},
		{"ClientGender", sexOf(r.pick("F", "M", "Female", "Male"))},
		{"ClientAddress", arr{obj{
			{"ClientAddressType", plain("Home")},
			{"ClientAddressLine1", cont(street)},
			{"ClientCity", cont(city)},
			{"ClientState", cont(state)},
			{"ClientZip", cont(zip)},
			{"ClientAddressIsPrimary", plain(true)},
		}}},
		{"ClientPhone", arr{obj{{"ClientPhoneType", plain("Home")}, {"ClientPhone", cont(home)}}}},
		{"ClientDesignee", obj{
			{"DesigneeFirstName", cont(desF)},
			{"DesigneeLastName", cont(desL)},
			{"DesigneeRelationship", plain(r.pick("Daughter", "Son", "Spouse", "Niece"))},
			{"DesigneeEmail", cont(r.mail(ascii(desF) + "." + ascii(desL)))},
		}},
		{"CarePlan", carePlan},
	}

	var visits arr
	for v, nv := 0, r.in(1, 2); v < nv; v++ {
		ef, el := r.usFirst(), r.pick(usLast...)
		login := ascii(ef) + "." + ascii(el)
		in, out := r.when(2024, 2024), r.in(45, 240)
		sys, dia := r.bp()
		mobile := r.chance(0.6)
		call := func(kind string, at string) obj {
			c := obj{
				{"CallExternalID", decoy(r.uuid())},
				{"CallDateTime", plain(at)},
				{"CallAssignment", plain(kind)},
				{"CallType", plain(map[bool]string{true: "Mobile", false: "Telephony"}[mobile])},
			}
			if mobile {
				c = append(c, obj{
					{"MobileLogin", cont(login)},
					{"DeviceModel", dev(r.phoneModel())},
					{"DeviceOS", dev(r.osVer())},
					{"AppVersion", dev(r.ver())},
					{"GPSAccuracyM", decoy(r.in(3, 80))},
				}...)
			} else {
				c = append(c, obj{
					{"OriginatingPhoneNumber", cont(home)},
					{"TelephonyPIN", cred(r.digits(4))},
				}...)
			}
			return c
		}
		note := r.pickProse(
			func() leaf {
				return prose(p("Client alert and oriented x3. "), p(fmt.Sprintf("Sacral wound 2.1 x 1.4 cm, no odour, redressed with foam dressing. BP %d/%d.", sys, dia), healthC), p(" Daughter present."))
			},
			func() leaf {
				return prose(p(fmt.Sprintf("FSBG %d mg/dL before lunch, gave 4 units per scale", r.in(140, 320)), healthC), p(". Reminded "), p(first, contactC), p(" to call Dr. office at "), p(r.us555(), contactC), p(" about refills."))
			},
			func() leaf {
				return prose(p("Could not clock in with the app, tablet says no network. Client's Wi-Fi is "), p(r.pick("NETGEAR", "ATT-", "Spectrum")+r.digits(2), netC), p(", password on fridge: "), p(r.alnum(10), credC))
			},
			func() leaf { return prose(p("Visit completed per plan of care. No changes. Next visit as scheduled.")) },
			func() leaf {
				return prose(p("Found client on floor by bed, "), p("no head strike, c/o left hip pain 6/10", healthC), p(". Called 911, EMS transported. Supervisor "), p(r.usFirst()+" "+r.pick(usLast...), contactC), p(" notified."))
			},
		)
		vis := obj{
			{"VisitOtherID", decoy(r.digits(12))},
			{"SequenceID", decoy(r.in(1, 900))},
			{"EmployeeQualifier", plain("EmployeeRegID")},
			{"EmployeeIdentifier", decoy(r.digits(7))},
			{"EmployeeFirstName", cont(ef)},
			{"EmployeeLastName", cont(el)},
			{"EmployeeCredential", plain(r.pick("RN", "LPN", "HHA", "PCA"))},
			{"ProcedureCode", plain(r.pick("T1019", "G0299", "G0300", "S9123", "T1021"))},
			{"Modifier1", plain(r.pick("U1", "TD", "TE", ""))},
			{"PayerID", plain(r.pick("MEDICAID", "MCO-AETNA", "MCO-UHC"))},
			{"VisitTimeZone", plain(r.pick("US/Eastern", "US/Central", "US/Pacific"))},
			{"Calls", arr{call("Time In", in.Format("2006-01-02T15:04:05Z")), call("Time Out", in.Add(minutes(out)).Format("2006-01-02T15:04:05Z"))}},
			{"Vitals", clinical(obj{
				{"BP", hlth(fmt.Sprintf("%d/%d", sys, dia))},
				{"Pulse", hlth(r.in(56, 110))},
				{"TempF", hlth(r.f1(96.8, 100.9))},
				{"RespRate", hlth(r.in(12, 24))},
				{"SpO2", hlth(r.in(88, 99))},
				{"BloodGlucose", hlth(r.in(70, 310))},
				{"WeightLb", hlth(r.f1(98, 290))},
				{"PainScore", hlth(r.in(0, 8))},
			})},
			{"MedsAdministered", clinical(arr{obj{
				{"Drug", hlth(r.drug())},
				{"Route", hlth(r.pick(evvDrugsRoute...))},
				{"GivenAt", plain(in.Add(minutes(r.in(5, 40))).Format("15:04"))},
			}})},
			{"VisitNote", note},
			{"ClientSignature", obj{
				{"SignatureCaptured", plain(true)},
				{"SignatureImageURL", cred(fmt.Sprintf("https://evv-signatures.s3.example.com/%s.png?X-Amz-Credential=AKIA%s&X-Amz-Signature=%s", r.uuid(), r.upper(16), r.hexs(64)))},
				{"SignatureHeightPx", decoy(r.pickInt(120, 160, 200))},
			}},
			{"BillUnits", decoy(out / 15)},
			{"Mileage", decoy(r.f1(0, 38))},
		}
		if r.chance(0.5) {
			vis = append(vis, field{"VisitChanges", arr{obj{
				{"SequenceID", decoy(r.in(1, 900))},
				{"ChangeMadeBy", cont(r.mail("scheduler"))},
				{"ChangeDateTime", plain(r.iso(2024, 2024))},
				{"ReasonCode", plain(r.pick("99", "15", "4"))},
				{"ChangeReason", r.pickProse(
					func() leaf { return prose(p("Caregiver forgot to clock out, confirmed times with client by phone.")) },
					func() leaf {
						return prose(p("Client in hospital "), p("for pneumonia", healthC), p(" 3/4-3/9, visits cancelled."))
					},
				)},
			}}})
		}
		visits = append(visits, vis)
	}

	return obj{
		{"SubmissionID", decoy(r.uuid())},
		{"SchemaVersion", decoy(r.pick("2.3", "7.1", "3.0.4"))},
		{"ProviderIdentification", obj{{"ProviderQualifier", plain("MedicaidID")}, {"ProviderID", decoy(r.digits(9))}, {"ProviderName", plain(r.pick(evvAgencies...))}}},
		{"Client", client},
		{"Visits", visits},
	}
}
