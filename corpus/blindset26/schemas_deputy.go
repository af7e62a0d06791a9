package blindset26

import (
	"fmt"
	"strings"
	"time"
)

// homecareDeputy: an Australian in-home aged-care provider's nightly sync
// of its Deputy install through the resource API: employees with their
// contact, main-address and emergency-contact joins and custom field data
// (f01.. values beside the field definitions), the kiosk PIN, the
// clients kept as operational units with their address and access notes,
// rostered shifts with comments and meta data, timesheets, leave
// requests, memos, training records and the staff app's installs.
func homecareDeputy(r *rng) any {
	t := r.when()
	install := r.hex(6)
	base := fmt.Sprintf("https://%s.au.deputy.com/api/v1", install)
	company := r.in(1, 9)
	off := "+10:00"
	loc := func(tt time.Time) string { return isoOff(tt.Add(10*time.Hour), off) }
	dpCreator := r.english()
	companyName := r.pick("Goldfields Home Care", "Murray Valley In-Home Support", "Riverina Aged Care at Home")

	// custom field definitions
	type cf struct{ api, name string }
	defs := []cf{{"f01", "Police check expiry"}, {"f02", "Medical conditions (for emergencies)"}, {"f03", "Next of kin"}, {"f04", "Next of kin phone"}, {"f05", "Flu vaccination 2024"}, {"f06", "Uniform size"}}
	defArr := arr{}
	for i, d := range defs {
		defArr = append(defArr, obj{
			{"Id", plain(i + 1)},
			{"System", plain("Employee")},
			{"Name", plain(d.name)},
			{"ApiName", plain(d.api)},
			{"Type", plain(r.pickInt(1, 1, 2))},
			{"SortOrder", plain(i + 1)},
		})
	}

	emps := arr{}
	type empInfo struct {
		id int
		p  person
	}
	var staff []empInfo
	for i := 0; i < r.in(1, 2); i++ {
		e := r.english()
		id := r.in(10, 400)
		staff = append(staff, empInfo{id, e})
		a := r.auAddress()
		kin := r.english()
		dob := r.birth(1962, 2002)
		var cond leaf
		if r.chance(0.6) {
			cond = hlth(r.pick("Asthma - carries Ventolin", "Type 1 diabetic, hypo kit in bag", "Epilepsy (well controlled)", "Anaphylaxis to bee stings - EpiPen", "Pregnant, due in August")).obf()
		} else {
			cond = plain("Nil").obf()
		}
		var photo leaf = plain(0)
		emps = append(emps, obj{
			{"Id", plain(id)},
			{"Company", plain(company)},
			{"FirstName", cont(e.first)},
			{"LastName", cont(e.last)},
			{"DisplayName", cont(e.full())},
			{"OtherName", r.orNull(0.7, cont(e.first[:3]))},
			{"Salutation", sexOf(map[bool]string{true: r.pick("Ms", "Mrs"), false: "Mr"}[e.female])},
			{"MainAddress", plain(r.in(100, 900))},
			{"PostalAddress", null()},
			{"Contact", plain(r.in(100, 900))},
			{"EmergencyAddress", plain(r.in(100, 900))},
			{"DateOfBirth", cont(loc(dob))},
			{"Gender", sexOf(map[bool]int{true: 2, false: 1}[e.female])},
			{"Photo", photo},
			{"UserId", plain(id)},
			{"Active", plain(true)},
			{"StartDate", plain(loc(after(t, -r.in(90000, 900000))))},
			{"TerminationDate", null()},
			{"Position", plain(r.pick("Personal Care Worker", "Enrolled Nurse", "Registered Nurse", "Domestic Assistance"))},
			{"Role", plain(50)},
			{"Pin", cred(r.pin(4))},
			{"CustomFieldData", plain(r.in(100, 900))},
			{"Creator", plain(1)},
			{"Created", plain(loc(after(t, -r.in(90000, 900000))))},
			{"Modified", plain(loc(after(t, -r.in(10, 9000))))},
			{"ContactObject", obj{
				{"Id", plain(r.in(100, 900))},
				{"Email", cont(r.email(e))},
				{"Email1", nullDecoy()},
				{"Phone", r.orNull(0.6, cont(r.auLand()))},
				{"Mobile", cont(r.pick(r.auMobile(), r.auIntl()))},
				{"Mobile1", nullDecoy()},
				{"Fax", null()},
				{"Notes", null()},
			}},
			{"MainAddressObject", obj{
				{"Id", plain(r.in(100, 900))},
				{"UnitNo", plain("")},
				{"StreetNo", plain("")},
				{"Street1", cont(a.street)},
				{"Street2", null()},
				{"City", cont(a.town)},
				{"State", cont(a.region)},
				{"Postcode", cont(a.postcode)},
				{"Country", decoy(13)},
				{"Notes", null()},
			}},
			{"EmergencyAddressObject", obj{
				{"Id", plain(r.in(100, 900))},
				{"ContactName", cont(kin.full())},
				{"Phone", cont(r.auMobile())},
				{"Notes", plain(r.pick("Partner", "Mother", "Brother", "Daughter"))},
			}},
			{"CustomFieldDataObject", obj{
				{"Id", plain(r.in(100, 900))},
				{"System", plain("Employee")},
				{"f01", plain(day(after(t, r.in(1000, 900000)))).obf()},
				{"f02", cond},
				{"f03", cont(kin.full()).obf()},
				{"f04", cont(r.auMobile()).obf()},
				{"f05", hlth(r.pick("Yes", "No", "Declined")).obf()},
				{"f06", plain(r.pick("S", "M", "L", "XL")).obf()},
			}},
		})
	}

	// clients as operational units
	units := arr{}
	type clientInfo struct {
		id   int
		name string
		p    person
	}
	var clients []clientInfo
	for i := 0; i < r.in(1, 3); i++ {
		c := r.english()
		title := map[bool]string{true: r.pick("Mrs", "Ms"), false: "Mr"}[c.female]
		nm := fmt.Sprintf("%s %s %s", title, c.first, c.last)
		id := r.in(10, 400)
		clients = append(clients, clientInfo{id, nm, c})
		a := r.auAddress()
		var cmt leaf
		switch r.IntN(3) {
		case 0:
			cmt = prose(p("Key safe at back door, code "), p(r.pin(4), credC), p(". "), p(r.pick("Has dementia, may not answer the door", "Diabetic - check BGL before lunch", "Oxygen in use, no smoking on premises", "Falls risk, uses 4WW"), healthC), p("."))
		case 1:
			cmt = prose(p("Daughter "), p(r.english().first, contactC), p(" is the contact: "), p(r.auMobile(), contactC))
		default:
			cmt = prose(p("Dog in backyard, use the front gate."))
		}
		units = append(units, obj{
			{"Id", plain(id)},
			{"Company", plain(company)},
			{"WorkType", null()},
			{"ParentOperationalUnit", plain(0)},
			{"OperationalUnitName", cont("Client - " + nm)},
			{"Active", plain(true)},
			{"PayrollExportName", plain(fmt.Sprintf("CL%04d", r.in(1, 9999)))},
			{"Address", plain(r.in(100, 900))},
			{"Contact", null()},
			{"RosterSortOrder", plain(i)},
			{"ShowOnRoster", plain(true)},
			{"Colour", plain("#" + r.hex(6))},
			{"AddressObject", obj{
				{"Id", plain(r.in(100, 900))},
				{"ContactName", cont(nm)},
				{"Street1", cont(a.street)},
				{"City", cont(a.town)},
				{"State", cont(a.region)},
				{"Postcode", cont(a.postcode)},
				{"Country", decoy(13)},
				{"Notes", cmt},
			}},
			{"Creator", plain(1)},
			{"Created", plain(loc(after(t, -r.in(90000, 900000))))},
			{"Modified", plain(loc(after(t, -r.in(10, 9000))))},
		})
	}

	rosters := arr{}
	timesheets := arr{}
	for i := 0; i < r.in(2, 3); i++ {
		e := staff[r.IntN(len(staff))]
		c := clients[r.IntN(len(clients))]
		st := after(t, r.in(-3000, 3000))
		en := after(st, r.pickInt(60, 90, 120, 180))
		var cm leaf
		switch r.IntN(4) {
		case 0:
			cm = prose(p("Shower assist + meds prompt ("), p(r.pick("Donepezil 10mg", "Metformin 500mg", "Warfarin as per Webster pack", "Endone 5mg PRN"), healthC), p(" at 8am)."))
		case 1:
			cm = prose(p("Son "), p(r.english().first, contactC), p(" visiting, he has a spare key."))
		case 2:
			cm = prose(p("Wound dressing "), p(r.pick("left shin ulcer", "sacral pressure injury stage 2", "post-op knee"), healthC), p(", photo in the care app."))
		default:
			cm = prose(p("Shopping run, receipts in folder."))
		}
		rosters = append(rosters, obj{
			{"Id", plain(r.in(1000, 99999))},
			{"Date", plain(loc(time.Date(st.Year(), st.Month(), st.Day(), 0, 0, 0, 0, time.UTC)))},
			{"StartTime", plain(unix(st))},
			{"EndTime", plain(unix(en))},
			{"Mealbreak", plain(loc(time.Date(st.Year(), st.Month(), st.Day(), 0, 0, 0, 0, time.UTC)))},
			{"TotalTime", plain(en.Sub(st).Hours())},
			{"Cost", plain(round2(en.Sub(st).Hours() * 38.5))},
			{"OperationalUnit", plain(c.id)},
			{"Employee", plain(e.id)},
			{"Comment", cm},
			{"Warning", plain("")},
			{"Published", plain(true)},
			{"MatchedByTimesheet", plain(r.IntN(2))},
			{"Open", plain(false)},
			{"ConfirmStatus", plain(r.IntN(3))},
			{"StartTimeLocalized", plain(loc(st))},
			{"EndTimeLocalized", plain(loc(en))},
			{"_DPMetaData", obj{
				{"System", plain("Roster")},
				{"CreatorInfo", obj{{"Id", plain(1)}, {"DisplayName", cont(dpCreator.full())}, {"EmployeeProfile", plain(1)}, {"Employee", plain(1)}}},
				{"OperationalUnitInfo", obj{
					{"Id", plain(c.id)},
					{"OperationalUnitName", cont("Client - " + c.name)},
					{"Company", plain(company)},
					{"CompanyName", plain(companyName)},
					{"LabelWithCompany", cont("[HC] Client - " + c.name)},
				}},
				{"EmployeeInfo", obj{{"Id", plain(e.id)}, {"DisplayName", cont(e.p.full())}, {"EmployeeProfile", plain(e.id)}, {"Employee", plain(e.id)}}},
			}},
		})
		if r.chance(0.6) {
			var ec leaf
			switch r.IntN(3) {
			case 0:
				ec = prose(p("Client had a fall before I arrived, "), p(r.pick("skin tear on forearm, dressed", "bruised hip, GP called", "no injury seen"), healthC), p(". Incident report done."))
			case 1:
				ec = prose(p("Stayed 15 min extra, traffic on Sturt St."))
			default:
				ec = prose(p("Client's new phone number is "), p(r.auLand(), contactC))
			}
			timesheets = append(timesheets, obj{
				{"Id", plain(r.in(1000, 99999))},
				{"Employee", plain(e.id)},
				{"Date", plain(loc(time.Date(st.Year(), st.Month(), st.Day(), 0, 0, 0, 0, time.UTC)))},
				{"StartTime", plain(unix(st))},
				{"EndTime", plain(unix(en))},
				{"TotalTime", plain(en.Sub(st).Hours())},
				{"OperationalUnit", plain(c.id)},
				{"EmployeeComment", ec},
				{"SupervisorComment", null()},
				{"Disputed", plain(false)},
				{"TimeApproved", plain(r.chance(0.5))},
				{"IsInProgress", plain(false)},
				{"IsLeave", plain(false)},
				{"StartTimeLocalized", plain(loc(st))},
				{"EndTimeLocalized", plain(loc(en))},
			})
		}
	}

	e0 := staff[r.IntN(len(staff))]
	ls := after(t, r.in(2000, 40000))
	var leaveCmt leaf
	switch r.IntN(3) {
	case 0:
		leaveCmt = prose(p(r.pick("Gastro", "Migraine", "COVID positive (RAT)", "Knee arthroscopy on the 14th, off 2 weeks"), healthC), p(" - certificate attached."))
	case 1:
		leaveCmt = prose(p("Family trip to Bali."))
	default:
		leaveCmt = prose(p("Carer's leave - mum's "), p(r.pick("chemo", "hip surgery", "dialysis"), healthC), p(" appointments."))
	}
	leaves := arr{obj{
		{"Id", plain(r.in(10, 999))},
		{"Employee", plain(e0.id)},
		{"Company", plain(company)},
		{"LeaveRule", plain(r.in(1, 9))},
		{"Start", plain(unix(ls))},
		{"DateStart", plain(day(ls))},
		{"End", plain(unix(after(ls, 1440*r.in(1, 10))))},
		{"DateEnd", plain(day(after(ls, 1440*r.in(1, 10))))},
		{"Days", plain(r.in(1, 10))},
		{"Status", plain(r.IntN(3))},
		{"Comment", leaveCmt},
		{"ApprovalComment", prose(p(r.pick("Approved", "Approved, get well soon", "OK")))},
		{"TotalHours", plain(float64(r.in(7, 76)))},
		{"_DPMetaData", obj{{"LeaveRuleInfo", obj{{"Name", plain(r.pick("Personal/Carer's Leave", "Annual Leave", "Unpaid Leave"))}}}}},
	}}

	memos := arr{}
	if len(clients) > 0 {
		c := clients[0]
		memos = append(memos, obj{
			{"Id", plain(r.in(10, 999))},
			{"Content", prose(p("New key safe codes from Monday: "), p(c.p.last, contactC), p(" "), p(r.pin(4), credC), p(". Please do not text codes."))},
			{"Type", plain(1)},
			{"ShowFrom", plain(loc(t))},
			{"ActiveTill", plain(loc(after(t, 20160)))},
			{"Creator", plain(1)},
			{"Created", plain(loc(t))},
		})
	}
	memos = append(memos, obj{
		{"Id", plain(r.in(10, 999))},
		{"Content", prose(p("Reminder: flu vaccine clinic at the office Thursday 2-4pm."))},
		{"Type", plain(1)},
		{"ShowFrom", plain(loc(t))},
		{"ActiveTill", plain(loc(after(t, 10080)))},
		{"Creator", plain(1)},
		{"Created", plain(loc(t))},
	})

	training := arr{}
	for _, e := range staff {
		training = append(training, obj{
			{"Id", plain(r.in(10, 9999))},
			{"Employee", plain(e.id)},
			{"Module", plain(r.in(1, 20))},
			{"TrainingDate", plain(loc(after(t, -r.in(1000, 300000))))},
			{"ExpiryDate", plain(loc(after(t, r.in(1000, 500000))))},
			{"Active", plain(true)},
			{"_DPMetaData", obj{{"TrainingModuleInfo", obj{{"Title", plain(r.pick("First Aid HLTAID011", "Manual Handling", "Medication Assistance", "Infection Control"))}}}}},
		})
	}

	installs := arr{}
	for _, e := range staff {
		model, osv := r.phoneModel()
		installs = append(installs, obj{
			{"Employee", plain(e.id)},
			{"Platform", dev(map[bool]string{true: "iOS", false: "Android"}[strings.HasPrefix(osv, "iOS")])},
			{"OsVersion", dev(osv)},
			{"DeviceModel", dev(model)},
			{"AppVersion", dev(fmt.Sprintf("4.%d.%d", r.in(40, 60), r.in(0, 9)))},
			{"PushToken", cred(r.pick(r.apnsToken(), r.fcmToken()))},
			{"LastSeen", dev(loc(after(t, -r.in(1, 4000))))},
		})
	}

	return obj{
		{"install", plain(base)},
		{"auth", obj{{"Authorization", cred("OAuth " + r.hex(32))}, {"dp-meta-option", plain("none")}}},
		{"syncedAt", plain(iso(t))},
		{"apiVersion", decoy("1")},
		{"CustomField", defArr},
		{"Employee", emps},
		{"OperationalUnit", units},
		{"Roster", rosters},
		{"Timesheet", timesheets},
		{"Leave", leaves},
		{"Memo", memos},
		{"TrainingRecord", training},
		{"EmployeeAppInstalls", installs},
	}
}
