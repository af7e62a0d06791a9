package blindset27

import "fmt"

// nightwatchLibre: a supported-living provider's overnight glucose
// watch, a small app on a Raspberry Pi that follows residents' FreeStyle
// Libre sensors through the LibreLinkUp API and pages the on-call carer;
// its cache file: the app block (version, host name, IP, the API
// headers), the login request and answer (the follower account with its
// two-factor phone, consents and the auth ticket), the connections (each
// resident's name, targets, sensor serial and activation, alarm rules,
// the last glucose measurement and trend, the phone app's device block),
// a graph with readings, the resident sheet (room, diabetes history,
// insulin, hypo plan, next of kin), Pushover keys, the on-call rota, the
// alarm log and the night staff's handover notes.
func nightwatchLibre(r *rng) any {
	t := r.when()
	home := r.lan()
	acct := r.american()
	house := r.pick("Maple House", "Riverside Court", "Juniper Lodge", "Birchwood Place")
	agencyDomain := r.pick("maplecare.example.org", "riverside-living.example.com", "junipersupport.example.net")
	tok := func() obj {
		return obj{{"token", cred(r.jwt())}, {"expires", plain(unix(t) + int64(r.in(100000, 15552000)))}, {"duration", plain(15552000000)}}
	}
	reading := func(v int, at int) obj {
		ts := after(t, -at).Format("1/2/2006 3:04:05 PM")
		color := 1
		if v > 180 {
			color = 2
		}
		if v < 70 {
			color = 3
		}
		return obj{
			{"FactoryTimestamp", plain(ts)},
			{"Timestamp", plain(ts)},
			{"type", plain(r.pickInt(0, 1))},
			{"ValueInMgPerDl", hlth(v)},
			{"MeasurementColor", hlth(color)},
			{"GlucoseUnits", plain(1)},
			{"Value", hlth(v)},
			{"isHigh", hlth(v > 250)},
			{"isLow", hlth(v < 70)},
		}
	}

	user := obj{
		{"id", plain(r.uuid())},
		{"firstName", cont(acct.first)},
		{"lastName", cont(acct.last)},
		{"email", cont("nightshift@" + agencyDomain)},
		{"country", decoy("US")},
		{"uiLanguage", plain("en-US")},
		{"communicationLanguage", plain("en-US")},
		{"accountType", plain("pat")},
		{"uom", plain("1")},
		{"dateFormat", plain("2")},
		{"timeFormat", plain("2")},
		{"emailDay", arr{plain(1)}},
		{"twoFactor", obj{{"primaryMethod", plain("phone")}, {"primaryValue", cont(r.usE164())}, {"secondaryMethod", plain("email")}, {"secondaryValue", cont(r.email(acct))}}},
		{"created", plain(unix(after(t, -r.in(90000, 900000))))},
		{"lastLogin", plain(unix(after(t, -r.in(1, 600))))},
		{"programs", obj{}},
		{"dateSet", plain(true)},
		{"consents", obj{{"llu", obj{{"policyAccept", plain(unix(after(t, -r.in(90000, 900000))))}, {"touAccept", plain(unix(after(t, -r.in(90000, 900000))))}}}}},
		{"alarms", plain(false)},
	}

	type resident struct {
		p         person
		id, room  string
		insulin   string
		lastValue int
	}
	var residents []resident
	conns := arr{}
	for i := 0; i < r.in(2, 3); i++ {
		p := r.american()
		res := resident{p: p, id: r.uuid(), room: fmt.Sprintf("%d", r.in(1, 24)), insulin: r.pick("Tresiba 18 units at 21:00", "Lantus 22 units at bedtime", "Omnipod 5, auto mode", "Humalog sliding scale + Basaglar 14 u", "Toujeo 30 u mornings")}
		v := r.in(48, 310)
		res.lastValue = v
		residents = append(residents, res)
		low := r.pickInt(70, 70, 80)
		conns = append(conns, obj{
			{"id", plain(r.uuid())},
			{"patientId", plain(res.id)},
			{"country", decoy("US")},
			{"status", plain(2)},
			{"firstName", cont(p.first)},
			{"lastName", cont(p.last)},
			{"targetLow", hlth(low)},
			{"targetHigh", hlth(r.pickInt(180, 180, 200))},
			{"uom", plain(1)},
			{"sensor", obj{{"deviceId", plain("")}, {"sn", dev("0M00" + r.from(upperNum, 6))}, {"a", plain(unix(after(t, -r.in(600, 19000))))}, {"w", plain(60)}, {"pt", plain(4)}, {"s", plain(false)}, {"lj", plain(false)}}},
			{"alarmRules", obj{
				{"c", plain(true)},
				{"h", obj{{"on", plain(true)}, {"th", hlth(r.pickInt(240, 250, 300))}, {"thmm", hlth(r.f1(13, 17))}, {"d", plain(1440)}, {"f", plain(0.1)}}},
				{"f", obj{{"th", hlth(55)}, {"thmm", hlth(3)}, {"d", plain(30)}, {"tl", plain(10)}, {"tlmm", plain(0.6)}}},
				{"l", obj{{"on", plain(true)}, {"th", hlth(low)}, {"thmm", hlth(r.f1(3.8, 4.5))}, {"d", plain(1440)}, {"tl", plain(10)}, {"tlmm", plain(0.6)}}},
				{"nd", obj{{"i", plain(20)}, {"r", plain(5)}, {"l", plain(6)}}},
				{"p", plain(5)},
				{"r", plain(5)},
				{"std", obj{}},
			}},
			{"glucoseMeasurement", reading(v, r.in(1, 5))},
			{"glucoseAlarm", null()},
			{"patientDevice", obj{
				{"did", dev(r.uuid())},
				{"dtid", plain(40068)},
				{"v", dev(fmt.Sprintf("3.%d.%d", r.in(3, 7), r.in(0, 9)))},
				{"ll", hlth(low)},
				{"hl", hlth(r.pickInt(240, 250))},
				{"u", plain(unix(after(t, -r.in(100, 9000))))},
				{"fixedLowAlarmValues", obj{{"mgdl", hlth(60)}, {"mmoll", hlth(3.3)}}},
				{"alarms", plain(false)},
				{"fixedLowThreshold", plain(0)},
			}},
			{"created", plain(unix(after(t, -r.in(90000, 900000))))},
		})
	}

	g := residents[0]
	graph := arr{}
	v := g.lastValue
	for i := 0; i < r.in(5, 8); i++ {
		v += r.in(-25, 25)
		if v < 40 {
			v = 40
		}
		graph = append(graph, reading(v, 15*(i+1)))
	}

	sheet := arr{}
	for _, res := range residents {
		kin := r.american()
		dob := r.birth(1948, 1999)
		sheet = append(sheet, obj{
			{"patientId", plain(res.id)},
			{"name", cont(res.p.full())},
			{"room", plain(res.room)},
			{"date_of_birth", cont(day(dob))},
			{"diabetes", hlth(r.pick("Type 1 since ", "Type 2, insulin since ", "LADA since ", "Type 1 (brittle) since ") + fmt.Sprint(r.in(dob.Year()+3, 2023)))},
			{"insulin", hlth(res.insulin)},
			{"other_conditions", hlth(r.pick("epilepsy", "Down syndrome, hypothyroid", "cerebral palsy", "autism, non-verbal", "none"))},
			{"hypo_plan", prose(p(r.pick("Below 70: 4 glucose tabs or 150 ml juice, recheck in 15 min", "Below 55: glucagon (Baqsimi) in bathroom cabinet, call 911", "Below 70 at night: wake, 15 g carbs, stay until above 100"), healthC))},
			{"next_of_kin", obj{{"name", cont(kin.full())}, {"phone", cont(r.usLocal())}}},
		})
	}

	oncall := arr{}
	for i := 0; i < 2; i++ {
		c := r.american()
		oncall = append(oncall, obj{{"name", cont(c.full())}, {"phone", cont(r.usE164())}, {"pushover_device", dev(r.pick("iphone", "pixel", "galaxy") + "-" + ascii(c.first))}})
	}
	low := residents[r.IntN(len(residents))]
	lowV := r.in(48, 69)
	alarms := arr{
		obj{{"at", plain(iso(after(t, -r.in(60, 900))))}, {"patientId", plain(low.id)}, {"value", hlth(lowV)}, {"text", prose(p("LOW "), p(fmt.Sprintf("%d mg/dL falling", lowV), healthC), p(" - "), p(low.p.first, contactC), p(" (room "+low.room+")"))}},
		obj{{"at", plain(iso(after(t, -r.in(1000, 5000))))}, {"patientId", plain("")}, {"value", null()}, {"text", prose(p("Signal loss: no data from LibreLinkUp for 20 min"))}},
	}
	carer := r.american()
	notes := arr{prose(p(r.pick("01:40 ", "02:15 ", "03:05 ")), p(low.p.first, contactC), p(r.pick(" was 58, gave juice, 112 at recheck.", " low alarm, sensor compression on left arm, fingerstick 104.", " 64 and sweaty, glucose tabs x4, back to 95."), healthC), p(" - "), p(carer.first, contactC))}
	if r.chance(0.5) {
		notes = append(notes, prose(p("Pi rebooted itself at 04:00 again, dashboard at "), p("http://"+home.host(r.in(2, 60))+":3000", netC), p(" came back fine.")))
	}

	piIP := home.host(r.in(2, 60))
	return obj{
		{"app", obj{
			{"name", plain("llu-nightwatch")},
			{"version", decoy(r.pick(r.semver(), r.ipShapedVer()))},
			{"house", plain(house)},
			{"host", netw("nightwatch-pi.lan")},
			{"ip", netw(piIP)},
			{"mac", macAddr(r.macOUI("d8:3a:dd", false))},
			{"hardware", dev(r.pick("Raspberry Pi 4 Model B Rev 1.5", "Raspberry Pi 5 Model B Rev 1.0", "Raspberry Pi 3 Model B Plus Rev 1.3"))},
			{"region", plain("us")},
			{"headers", obj{{"product", plain("llu.android")}, {"version", decoy(r.pick("4.12.0", "4.14.0", "4.16.0"))}, {"account-id", decoy(r.hex(64))}}},
		}},
		{"login", obj{
			{"request", obj{{"email", cont("nightshift@" + agencyDomain)}, {"password", cred(r.password())}}},
			{"response", obj{{"status", plain(0)}, {"data", obj{{"user", user}, {"messages", obj{{"unread", plain(0)}}}, {"notifications", obj{{"unresolved", plain(0)}}}, {"authTicket", tok()}, {"invitations", null()}, {"trustedDeviceToken", plain("")}}}}},
		}},
		{"connections", obj{{"status", plain(0)}, {"data", conns}, {"ticket", tok()}}},
		{"graph", obj{{"patientId", plain(g.id)}, {"status", plain(0)}, {"data", obj{{"graphData", graph}}}}},
		{"residents", sheet},
		{"pushover", obj{{"app_token", cred("a" + r.from(lowerNum, 29))}, {"group_key", cred("g" + r.from(lowerNum, 29))}}},
		{"on_call", oncall},
		{"alarm_log", alarms},
		{"handover_notes", notes},
	}
}
