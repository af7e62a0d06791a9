package blindset16

import "fmt"

// homeventThrift: a home mechanical-ventilation service's device gateway
// receives nightly uploads from patients' ventilators over Thrift; a
// captured call in TJSONProtocol ([version, method, type, seqid, {struct}]
// with numbered fields and typed values {"str"}, {"i32"}, {"i64"}, {"dbl"},
// {"tf"}, {"rec"}, {"lst"}, {"map"}) was pasted into an incident ticket.
// Field numbers only: the values, their units, map keys and neighbours
// tell what each field is.
func homeventThrift(r *rng) any {
	t0 := r.when()
	l := r.lan()
	str := func(v leaf) obj { return obj{{"str", v}} }
	i32 := func(v leaf) obj { return obj{{"i32", v}} }
	i64 := func(v leaf) obj { return obj{{"i64", v}} }
	dbl := func(v leaf) obj { return obj{{"dbl", v}} }
	tf := func(v leaf) obj { return obj{{"tf", v}} }
	rec := func(o obj) obj { return obj{{"rec", o}} }
	lst := func(elems ...any) obj {
		a := arr{plain("rec"), plain(len(elems))}
		return obj{{"lst", append(a, elems...)}}
	}
	mp := func(vt string, m obj) obj {
		return obj{{"map", arr{plain("str"), plain(vt), plain(len(m)), m}}}
	}

	model := r.pick("Astral 150", "Trilogy Evo", "Stellar 150", "Lumis 150 VPAP ST", "Vivo 45 LS")
	header := rec(obj{
		{"1", str(dev(r.serial("", 11)))},
		{"2", str(dev(model))},
		{"3", str(dev(fmt.Sprintf("SX%d-%04d", r.in(500, 599), r.in(100, 999))))},
		{"4", str(dev(r.imei()))},
		{"5", i64(plain(unixMs(t0)))},
		{"6", str(netw(l.host(r.in(20, 200))))},
		{"7", str(plain(r.pick("m2m.example", "iot.apn.example", "resmed.m2m.example")))},
		{"8", str(dev(r.iccid()))},
		{"9", str(decoy(r.semver()))},
	})

	pt := r.briton()
	addr := r.ukAddress()
	dx := r.pick("G12.2 Motor neurone disease", "G71.0 Duchenne muscular dystrophy", "J96.1 Chronic respiratory failure", "E66.2 Obesity hypoventilation syndrome", "J44.1 COPD with acute exacerbation", "G12.1 Spinal muscular atrophy")
	patient := rec(obj{
		{"1", str(decoy(fmt.Sprintf("HV%06d", r.in(1, 999999))))},
		{"2", str(cont(pt.full()))},
		{"3", str(cont(day(r.birth(1940, 2010))))},
		{"4", str(cont(r.ukMobile()))},
		{"5", str(cont(addr.oneLine()))},
		{"6", str(hlth(dx))},
		{"7", str(hlth(fmt.Sprintf("%.1f kg", r.f1(38, 140))))},
		{"8", i32(plain(r.in(0, 30)))},
		{"9", tf(plain(r.in(0, 1)))},
	})

	settings := mp("dbl", obj{
		{"VT_ml", hlth(float64(r.in(300, 650)))},
		{"PEEP", hlth(float64(r.in(4, 10)))},
		{"IPAP", hlth(float64(r.in(12, 26)))},
		{"EPAP", hlth(float64(r.in(4, 10)))},
		{"RR", hlth(float64(r.in(10, 20)))},
		{"FiO2", hlth(round2(0.21 + r.Float64()*0.3))},
		{"Ti", hlth(r.f1(0.8, 1.6))},
	})

	var sessions []any
	for i := 0; i < r.in(1, 3); i++ {
		sessions = append(sessions, obj{
			{"1", i64(plain(unixMs(after(t0, -1440*(i+1)))))},
			{"2", mp("i32", obj{
				{"usage_min", hlth(r.in(120, 720))},
				{"AHI", hlth(r.in(0, 18))},
				{"SpO2min", hlth(r.in(78, 96))},
				{"Leak95", hlth(r.in(4, 60))},
				{"RRmed", hlth(r.in(11, 26))},
			})},
			{"3", i32(plain(r.in(1, 6)))},
			{"4", str(decoy(r.uuid()))},
		})
	}
	var alarms []any
	for i := 0; i < r.in(1, 3); i++ {
		alarms = append(alarms, obj{
			{"1", str(plain(r.pick("HIGH_PRESSURE", "LOW_VT", "DISCONNECTION", "POWER_FAIL", "HIGH_LEAK", "LOW_BATTERY")))},
			{"2", i64(plain(unixMs(after(t0, -r.in(60, 4000)))))},
			{"3", i32(plain(r.in(1, 12)))},
		})
	}
	clin := r.briton()
	clinician := rec(obj{
		{"1", str(cont(clin.full()))},
		{"2", str(cont(r.email(clin.first, clin.last)))},
		{"3", str(plain(r.pick("Respiratory physiologist", "HMV nurse specialist", "Consultant, sleep & ventilation")))},
	})
	conn := rec(obj{
		{"1", str(netw(r.pick("BT-", "VM", "SKY", "EE-Hub-") + r.HEX(5)))},
		{"2", str(cred(r.psk()))},
		{"3", str(netw(l.gw()))},
		{"4", str(macAddr(r.mac(":", true)))},
		{"5", str(cred(r.jwt("https://hmv-gw.example.net")))},
		{"6", dbl(plain(float64(r.in(-90, -40))))},
	})
	carer := r.briton()
	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p("Carer reports "), p("more secretions overnight, suctioning x3", healthC), p(". Daughter "), p(carer.first, contactC), p(" on "), p(r.ukMobile(), contactC), p("."))
	case 1:
		note = prose(p("Leak alarms since mask change – "), p("nasal bridge sore, switched to full-face M", healthC), p("."))
	case 2:
		note = prose(p("Modem dropped off "), p(l.gw(), netC), p(", family changed router; re-paired on site."))
	default:
		note = prose(p("Routine upload, no issues."))
	}

	return obfuscated(arr{
		plain(1),
		plain(r.pick("uploadNightly", "pushSessionLog")),
		plain(1),
		decoy(r.in(1, 90000)),
		obj{
			{"1", header},
			{"2", patient},
			{"3", settings},
			{"4", lst(sessions...)},
			{"5", lst(alarms...)},
			{"6", clinician},
			{"7", conn},
			{"8", str(note)},
			{"9", str(decoy(r.hex(40)))},
			{"10", str(decoy("libthrift/0." + fmt.Sprint(r.in(13, 20)) + ".0"))},
		},
	})
}
