package blindset14

import "fmt"

// soberliving-mssql-forjson: a recovery-residence (sober living) operator's
// resident report from SQL Server, SELECT ... FOR JSON PATH with dotted
// column aliases (House.*, Resident.*, Intake.*), NULL columns left out:
// the house with its Wi-Fi and gate code, the resident, intake with
// substances, sobriety date and MAT, drug screens and breathalyser tests,
// incidents, the breathalyser and house camera, the portal login.

var (
	soberHouses     = []string{"Maple House", "Serenity Place", "Second Wind Men's Residence", "Harbor Light Women's Home", "Oak Street Recovery House"}
	soberSubstances = []string{"Opioids (fentanyl)", "Alcohol", "Methamphetamine", "Cocaine / crack", "Benzodiazepines", "Heroin", "Cannabis"}
	soberMAT        = []string{"Buprenorphine/naloxone 8/2 mg SL daily", "Naltrexone ER 380 mg IM monthly", "Methadone 80 mg daily", "Acamprosate 666 mg TID", "None"}
	soberPsych      = []string{"F33.1 Major depressive disorder, recurrent, moderate", "F43.10 Post-traumatic stress disorder", "F41.1 Generalized anxiety disorder", "F31.81 Bipolar II disorder", "F11.20 Opioid use disorder, severe"}
	soberCams       = []string{"Wyze Cam v3", "Blink Outdoor 4", "Reolink E1 Pro", "Eufy Indoor Cam 2K"}
)

func soberResident(r *rng, house obj) obj {
	first, last := r.usFirst(), r.pick(usLast...)
	ecF := r.usFirst()
	res := obj{
		{"ResidentId", decoy(r.in(1000, 9999))},
		{"House", house},
		{"Resident", obj{
			{"FirstName", cont(first)},
			{"LastName", cont(last)},
			{"Dob", cont(r.day(1965, 2003))},
			{"Gender", sexOf(r.pick("M", "F", "Male", "Female"))},
			{"Phone", cont(r.us555())},
			{"Email", cont(r.mail(ascii(first) + ascii(last)))},
			{"EmergencyContact", obj{{"Name", cont(ecF + " " + last)}, {"Relationship", plain(r.pick("Mother", "Sister", "Sponsor", "Father"))}, {"Phone", cont(r.us555())}}},
		}},
		{"Intake", clinical(obj{
			{"PrimarySubstance", hlth(r.pick(soberSubstances...))},
			{"SobrietyDate", hlth(r.day(2022, 2024))},
			{"MatMedication", hlth(r.pick(soberMAT...))},
			{"MatPrescriber", cont("Dr. " + r.usFirst() + " " + r.pick(usLast...))},
			{"PsychDx", hlth(r.pick(soberPsych...))},
			{"HepCStatus", hlth(r.pick("Negative", "Antibody positive, RNA negative", "Treated 2023 (SVR12)"))},
			{"ProbationOfficer", cont(r.usFirst() + " " + r.pick(usLast...))},
			{"CourtCaseNo", decoy(fmt.Sprintf("%d-CR-%05d", r.in(2019, 2024), r.in(1, 99999)))},
		})},
		{"Rent", obj{{"WeeklyRate", plain(r.pickInt(150, 175, 200, 225))}, {"Balance", plain(r.f2(0, 900))}, {"CashAppTag", cont("$" + ascii(first) + r.digits(3))}}},
	}
	var screens arr
	for s, ns := 0, r.in(1, 3); s < ns; s++ {
		scr := obj{
			{"CollectedAt", plain(r.iso(2024, 2024))},
			{"Panel", hlth(r.pick("12-panel cup", "EtG urine", "Fentanyl strip", "Breath alcohol"))},
			{"Result", hlth(r.pick("Negative", "Negative", "Negative", "Positive: THC", "Positive: FEN", "Dilute"))},
			{"BreathalyzerBAC", hlth(r.pick("0.000", "0.000", "0.021", "0.064"))},
			{"CupLot", decoy("LOT" + r.digits(7))},
		}
		screens = append(screens, scr)
	}
	res = append(res, field{"Screens", clinical(screens)})
	if r.chance(0.7) {
		res = append(res, field{"Incidents", arr{obj{
			{"At", plain(r.iso(2024, 2024))},
			{"Type", plain(r.pick("Curfew", "Chore", "Guest policy", "Relapse", "Medical"))},
			{"Notes", r.pickProse(
				func() leaf { return prose(p("Back 40 min after curfew, said the bus broke down. Warning issued.")) },
				func() leaf {
					return prose(p("Found unresponsive in bathroom, "), p("gave 2 doses Narcan, EMS took them to St. Mary's", healthC), p(". Mother ("), p(r.us555(), contactC), p(") informed."))
				},
				func() leaf {
					return prose(p("Resident posted the house Wi-Fi password "), p(r.alnum(9), credC), p(" in the group chat, changed it."))
				},
				func() leaf {
					return prose(p(first, contactC), p(" complained of "), p("chest pain and sweating, history of endocarditis", healthC), p("; drove to urgent care."))
				},
			)},
			{"ReportedBy", cont(r.usFirst())},
		}}})
	}
	res = append(res, field{"Breathalyzer", obj{
		{"Model", dev(r.pick("BACtrack Mobile Pro", "Soberlink Cellular", "BACtrack View"))},
		{"Serial", dev(r.upper(2) + r.digits(8))},
		{"PairedPhone", dev(r.phoneModel())},
		{"LastSync", dev(r.iso(2024, 2024))},
	}})
	res = append(res, field{"PortalLogin", obj{
		{"Username", cont(ascii(first) + "." + ascii(last))},
		{"PasswordHash", cred(r.sha256())},
		{"PasswordSalt", cred(r.hexs(16))},
		{"LastLogin", plain(r.iso(2024, 2024))},
		{"MfaEnabled", decoy(r.chance(0.2))},
		{"FailedLoginCount", decoy(r.in(0, 4))},
	}})
	return res
}

func soberForJSON(r *rng) any {
	street, city, state, zip := r.usAddr()
	lan := r.lanPrefix()
	camIP := fmt.Sprintf("%s.%d", lan, r.in(20, 200))
	name := r.pick(soberHouses...)
	beds := r.pickInt(6, 8, 10, 12)
	mgr := r.usFirst() + " " + r.pick(usLast...)
	mgrPhone := r.us555()
	ssid := r.pick("MapleHouse", "Serenity-Guest", "OakSt_5G", "SecondWind")
	wifiPw := r.pick("Recovery", "OneDay", "Serenity") + r.digits(4)
	gate := r.digits(4) + "#"
	cam, camMac := r.pick(soberCams...), r.mac(":", true)
	rtsp := fmt.Sprintf("rtsp://admin:%s@%s:554/live", r.alnum(10), camIP)
	// FOR JSON PATH repeats the joined house on every resident row.
	house := func() obj {
		return obj{
			{"Name", plain(name)},
			{"Street", cont(street)},
			{"City", cont(city)},
			{"State", cont(state)},
			{"Zip", cont(zip)},
			{"Beds", decoy(beds)},
			{"ManagerName", cont(mgr)},
			{"ManagerPhone", cont(mgrPhone)},
			{"WifiSsid", netw(ssid)},
			{"WifiPassword", cred(wifiPw)},
			{"GateCode", cred(gate)},
			{"Camera", obj{
				{"Model", dev(cam)},
				{"Ip", netw(camIP)},
				{"Mac", macAddr(camMac)},
				{"RtspUrl", multi(rtsp, credC, netC)},
			}},
		}
	}
	out := arr{soberResident(r, house())}
	if r.chance(0.4) {
		out = append(out, soberResident(r, house()))
	}
	return out
}
