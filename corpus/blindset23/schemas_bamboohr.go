package blindset23

import "fmt"

// busBambooHR: a regional bus operator's HR data pulled through the
// BambooHR API by a payroll integration (the key, a directory page with
// its field list, one driver's employee record with custom fields, the
// emergency-contact, assets and DOT medical-certification tables, time-off
// requests with notes, and the webhook).
func busBambooHR(r *rng) any {
	t := r.when()
	co := r.pick("harbourline", "ridgeway", "tricounty", "northstar")
	emp := r.english()
	sup := r.english()
	addr := r.usAddress()
	sys, dia := r.bp()
	empID := fmt.Sprintf("%d", r.in(100, 2999))

	dirFields := arr{}
	for _, f := range [][3]string{{"displayName", "text", "Display name"}, {"jobTitle", "list", "Job title"}, {"workPhone", "text", "Work Phone"}, {"mobilePhone", "text", "Mobile Phone"}} {
		dirFields = append(dirFields, obj{{"id", plain(f[0])}, {"type", plain(f[1])}, {"name", plain(f[2])}})
	}
	dirEmp := func(p person, title, dept string) obj {
		return obj{
			{"id", plain(fmt.Sprintf("%d", r.in(100, 2999)))},
			{"displayName", cont(p.full())},
			{"firstName", cont(p.first)},
			{"lastName", cont(p.last)},
			{"preferredName", r.orNull(0.7, cont(p.first[:3]))},
			{"jobTitle", plain(title)},
			{"workPhone", r.orNull(0.5, cont(r.usLocal()))},
			{"mobilePhone", cont(r.usDash())},
			{"workEmail", cont(ascii(p.latFirst()) + "." + ascii(p.latLast()) + "@" + co + ".example.com")},
			{"department", plain(dept)},
			{"location", plain(r.pick("North Depot", "South Depot", "Head Office"))},
			{"photoUploaded", decoy(r.chance(0.6))},
			{"photoUrl", cont("https://images.example.com/photos/" + r.hex(16) + "-original.jpg")},
			{"canUploadPhoto", decoy(1)},
		}
	}
	directory := obj{
		{"fields", dirFields},
		{"employees", arr{dirEmp(emp, "Coach Operator", "Operations"), dirEmp(sup, "Depot Supervisor", "Operations")}},
	}

	ec := r.english()
	ec.last = emp.last
	ecAddr := addr
	conds := r.pickSome(r.in(1, 2), "Type 2 diabetes (non-insulin)", "Obstructive sleep apnoea, on CPAP", "Hypertension, controlled", "Monocular vision waiver")
	medsText := r.pick("Metformin 500 mg twice daily", "Amlodipine 5 mg", "none declared", "Lisinopril 20 mg")
	medCert := obj{
		{"id", plain(fmt.Sprintf("%d", r.in(1, 999)))},
		{"date", plain(day(after(t, -r.in(1000, 300000))))},
		{"customExaminer", cont("Dr " + r.english().full())},
		{"customCertificationPeriod", r.pick2(plain(r.pick("1 year", "2 years")), hlth(r.pick("3 months (BP)", "1 year (insulin waiver)", "6 months (sleep apnoea)")))},
		{"customBloodPressure", hlth(fmt.Sprintf("%d/%d", sys, dia))},
		{"customConditions", hlth(join(conds, "; "))},
		{"customMedications", hlth(medsText)},
		{"customCorrectiveLenses", hlth(r.chance(0.5))},
		{"customHearingAid", hlth(r.chance(0.15))},
	}

	timeOff := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		start := after(t, r.in(1000, 60000))
		var empNote leaf
		switch r.IntN(3) {
		case 0:
			empNote = prose(p(r.pick("Knee arthroscopy on the 14th", "Gallbladder surgery", "Kidney stone, ER visit", "Cardiac stress test and follow-up"), healthC), p(", doctor's note to follow."))
		case 1:
			empNote = prose(p("Family wedding in "), p(r.pick("Ohio", "Oaxaca", "Lagos")), p("."))
		default:
			empNote = plain("")
		}
		timeOff = append(timeOff, obj{
			{"id", plain(fmt.Sprintf("%d", r.in(1000, 99999)))},
			{"employeeId", plain(empID)},
			{"name", cont(emp.full())},
			{"status", obj{{"lastChanged", plain(day(after(start, -2000)))}, {"status", plain(r.pick("approved", "requested"))}}},
			{"start", plain(day(start))},
			{"end", plain(day(after(start, r.in(1440, 10000))))},
			{"type", obj{{"id", plain(fmt.Sprintf("%d", r.in(70, 90)))}, {"name", plain(r.pick("Vacation", "Sick", "FMLA"))}}},
			{"amount", obj{{"unit", plain("days")}, {"amount", plain(fmt.Sprintf("%d", r.in(1, 10)))}}},
			{"notes", obj{{"employee", empNote}, {"manager", r.orNull(0.5, prose(p("OK'd, cover from "), p(sup.first, contactC), p("'s extra board.")))}}},
		})
	}

	tablet := r.pick("Samsung Galaxy Tab Active3 (SM-T575)", "Samsung Galaxy Tab Active5", "Zebra ET45")
	phone := r.pick("Kyocera DuraForce Ultra 5G", "Sonim XP10", "iPhone SE (3rd generation)")
	assets := arr{
		obj{{"id", plain(fmt.Sprintf("%d", r.in(1, 999)))}, {"assetCategory", dev("Tablet")}, {"assetDescription", dev(tablet + " - ELD")}, {"serialNumber", dev("R" + r.from(upperNum, 10))}, {"dateAssigned", plain(day(after(t, -r.in(1000, 200000))))}, {"dateReturned", plain(nil)}},
		obj{{"id", plain(fmt.Sprintf("%d", r.in(1, 999)))}, {"assetCategory", dev("Phone")}, {"assetDescription", dev(phone)}, {"serialNumber", dev(r.imei())}, {"dateAssigned", plain(day(after(t, -r.in(1000, 200000))))}, {"dateReturned", plain(nil)}},
	}

	depot := r.lan()
	employee := obj{
		{"id", plain(empID)},
		{"employeeNumber", decoy(fmt.Sprintf("%06d", r.in(1000, 99999)))},
		{"firstName", cont(emp.first)},
		{"lastName", cont(emp.last)},
		{"dateOfBirth", cont(day(r.birth(1962, 2000)))},
		{"gender", sexOf(map[bool]string{true: "Female", false: "Male"}[emp.female])},
		{"address1", cont(addr.street)},
		{"address2", plain("")},
		{"city", cont(addr.town)},
		{"state", cont(addr.region)},
		{"zipcode", cont(addr.postcode)},
		{"country", decoy("United States")},
		{"homeEmail", cont(r.email(emp))},
		{"homePhone", r.orNull(0.5, cont(r.usLocal()))},
		{"hireDate", plain(day(after(t, -r.in(100000, 4000000))))},
		{"supervisor", cont(sup.last + ", " + sup.first)},
		{"status", plain("Active")},
		{"payRate", plain(fmt.Sprintf("%d.%02d USD", r.in(19, 34), r.pickInt(0, 25, 50, 75)))},
		{"customCDLClass", plain(r.pick("B", "A"))},
		{"customCDLEndorsements", plain(r.pick("P", "P, S"))},
		{"customCPAPCompliance", hlth(r.pick("Compliant", "N/A", "Non-compliant - review"))},
		{"customDepotDoorPIN", cred(r.digits(r.pickInt(4, 6)))},
		{"customUniformSize", decoy(r.pick("M", "L", "XL", "2XL"))},
		{"customBadgeNumber", decoy(fmt.Sprintf("B%05d", r.in(100, 99999)))},
		{"customPasswordResetRequired", decoy(r.chance(0.2))},
	}

	return obj{
		{"integration", obj{
			{"subdomain", plain(co)},
			{"apiKey", cred(r.hex(40))},
			{"tool", decoy("bamboo-payroll-sync/" + r.semver())},
			{"pulledAt", plain(iso(t))},
		}},
		{"employees/directory", directory},
		{"employee", employee},
		{"tables", obj{
			{"emergencyContacts", arr{obj{
				{"id", plain(fmt.Sprintf("%d", r.in(1, 999)))},
				{"name", cont(ec.full())},
				{"relationship", plain(r.pick("Spouse", "Mother", "Brother", "Daughter"))},
				{"mobilePhone", cont(r.usLocal())},
				{"email", r.orNull(0.4, cont(r.email(ec)))},
				{"addressLine1", cont(ecAddr.street)},
				{"city", cont(ecAddr.town)},
				{"zipcode", cont(ecAddr.postcode)},
			}}},
			{"customDOTMedicalCertification", arr{medCert}},
			{"employeeAssets", assets},
		}},
		{"time_off/requests", timeOff},
		{"onboarding", arr{obj{
			{"task", plain("Issue ELD tablet and depot Wi-Fi")},
			{"completed", plain(true)},
			{"comment", prose(p("Tablet "), p(tablet, devC), p(" on "), p(r.pick("Depot-Staff", "HL-ELD", "Ops-WiFi"), netC), p(", fixed IP "), p(depot.host(r.in(20, 99)), netC), p(", PIN given in person."))},
		}}},
		{"webhooks", arr{obj{
			{"id", plain(fmt.Sprintf("%d", r.in(1, 99)))},
			{"name", plain("payroll-sync")},
			{"url", netw("https://hr-int." + co + ".internal/bamboo/hook")},
			{"privateKey", cred(r.alnum(32))},
			{"format", plain("json")},
			{"monitorFields", arr{plain("firstName"), plain("lastName"), plain("payRate"), plain("status")}},
			{"lastSent", plain(iso(after(t, -r.in(1, 5000))))},
		}}},
	}
}

func join(xs []string, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x
	}
	return out
}
