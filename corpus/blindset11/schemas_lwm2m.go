package blindset11

import "fmt"

// A heart-failure telemonitoring hub (scale, BP cuff, oximeter) managed by
// an LwM2M server, a device-management dump: the registration, the data
// model as object-instance paths (/0/0 security, /3/0 device, /4/0
// connectivity, /3300/N IPSO generic sensors, /3303/0 temperature,
// /33000/0 a vendor patient profile) holding resources keyed by number,
// observations by path and server log lines. Only numbers, units and
// neighbours say what a value is.

// res is one resource of an object instance, keyed by its resource id.
func res(id int, _ string, l leaf) field { return field{fmt.Sprint(id), l} }

// multiRes is instance 0 of a multi-instance resource.
func multiRes(id int, l leaf) field { return field{fmt.Sprintf("%d/0", id), l} }

func lwRead(_ int, rs ...field) obj { return obj(rs) }

func hfcareLwm2m(r *rng) any {
	imei := "35" + r.digits(13)
	lan := fmt.Sprintf("10.%d.%d", r.in(40, 90), r.in(0, 254))
	addr := fmt.Sprintf("%s.%d", lan, r.in(2, 250))
	kg := r.f1(58, 128)
	sys, dia := r.bp()
	pulse := r.in(52, 112)
	spo2 := r.in(88, 99)
	hw := r.pick("HUB-A2", "HUB-B1", "rev C", "rev D")
	fw := dev(fmt.Sprintf("%d.%d.%d", r.in(1, 4), r.in(0, 20), r.in(0, 99)))
	if r.chance(0.4) {
		fw = fwIP(r.ipVer())
	}
	first, last := r.pick(append(ukWomen, ukMen...)...), r.pick(ukFamily...)
	note := prose(p(r.pick("Readings reviewed, no action.", "Hub replaced batteries.", "Patient on holiday until next week.")))
	switch r.IntN(3) {
	case 0:
		note = prose(p(fmt.Sprintf("Weight up %.1f kg in 3 days; ", r.f1(1.5, 3.5)), healthC), p(r.pick("furosemide increased to 80 mg", "ankle oedema reported", "SOB on exertion"), healthC), p(". Review Thu."))
	case 1:
		note = prose(p("Wife asks for call back on "), p(fmt.Sprintf("+353 85 000 0%03d", r.in(0, 999)), contactC), p("."))
	}
	reads := obj{
		{"/0/0", lwRead(0,
			res(0, "string", netw(fmt.Sprintf("coaps://lwm2m.%s.internal:5684", r.pick("hfcare", "telehf", "cardiohub")))),
			res(3, "opaque", dev("hub-"+imei[5:])),
			res(5, "opaque", cred(r.hexs(32))),
		)},
		{"/3/0", lwRead(0,
			res(0, "string", dev(r.pick("Withings", "A&D Medical", "Omron Healthcare", "Tunstall", "iHealth", "Nonin"))),
			res(1, "string", dev(r.pick("TeleHub HF-2", "UA-651BLE gateway", "HeartGuide Hub", "myMobile Hub 4G", "BodyPro Hub"))),
			res(2, "string", dev(r.upper(3)+r.digits(8))),
			res(3, "string", fw),
			res(9, "integer", decoy(r.in(5, 100))),
			res(20, "integer", decoy(r.in(0, 6))),
			res(21, "integer", decoy(r.pick("4096", "8192", "16384"))),
			res(15, "string", plain("Europe/Dublin")),
			res(17, "string", dev(r.pick("telemonitoring hub", "BP monitor gateway", "cellular hub"))),
			res(18, "string", dev(hw)),
			res(19, "string", dev(r.ver())),
		)},
		{"/4/0", lwRead(0,
			res(0, "integer", plain(r.pick("6", "7"))),
			res(2, "integer", plain(-r.in(70, 115))),
			multiRes(4, netw(addr)),
			multiRes(5, netw(lan+".1")),
			multiRes(7, plain(r.pick("hfcare.m2m", "iot.eir.ie", "m2m.tele2.com", "ep.inetd.gdsp"))),
		)},
		{"/5/0", lwRead(0,
			res(1, "string", netw(fmt.Sprintf("coaps://fw.%s.internal:5684/pkg/%s", r.pick("hfcare", "telehf"), r.hexs(8)))),
			res(3, "integer", plain(r.pick("0", "1", "2"))),
			res(5, "integer", plain(r.pick("0", "1"))),
			res(7, "string", plain("hub-firmware")),
			res(8, "string", decoy(r.ver())),
		)},
		{"/3300/0", lwRead(0, res(5700, "float", hlth(kg)), res(5701, "string", plain("kg")), res(5601, "float", hlth(kg-r.f1(0.5, 3))), res(5602, "float", hlth(kg+r.f1(0.5, 3))), res(5750, "string", plain("weight")))},
		{"/3300/1", lwRead(1, res(5700, "float", hlth(fmt.Sprintf("%d/%d", sys, dia))), res(5701, "string", plain("mmHg")), res(5750, "string", plain(r.pick("nibp", "bp"))))},
		{"/3300/2", lwRead(2, res(5700, "float", hlth(pulse)), res(5701, "string", plain("bpm")), res(5750, "string", plain("hr")))},
		{"/3300/3", lwRead(3, res(5700, "float", hlth(spo2)), res(5701, "string", plain("%")), res(5750, "string", plain("spo2")))},
		{"/3303/0", lwRead(0, res(5700, "float", decoy(r.f1(16, 26))), res(5701, "string", plain("Cel")), res(5750, "string", plain("hub ambient")))},
		{"/33000/0", lwRead(0,
			res(0, "string", cont(first+" "+last)),
			res(1, "string", cont(r.day(1932, 1965))),
			res(2, "float", hlth(kg-r.f1(0, 4))),
			res(3, "string", hlth(r.pick("Furosemide 40 mg mane", "Bumetanide 1 mg od", "Furosemide 40 mg bd", "Torasemide 10 mg od"))),
			res(4, "string", hlth(r.pick("NYHA II", "NYHA III", "NYHA I"))),
			res(5, "string", cont(r.mail(r.pick("hf.nurses", "cardiac.rehab", "telemon")+"."+r.pick("north", "south", "west")))),
			res(6, "integer", decoy(r.in(1, 5))),
			res(7, "string", note),
		)},
	}
	var obs arr
	for k := 0; k < r.in(2, 4); k++ {
		path, v := "/3300/0/5700", hlth(r.f1(kg-2, kg+2))
		switch r.IntN(3) {
		case 0:
			path, v = "/3300/2/5700", hlth(r.in(pulse-8, pulse+8))
		case 1:
			path, v = "/3303/0/5700", decoy(r.f1(16, 26))
		}
		obs = append(obs, obj{{"path", plain(path)}, {"ts", plain(r.epochMs(2024, 2024))}, {"val", v}})
	}
	var logs arr
	for k := 0; k < r.in(2, 3); k++ {
		l := prose(p(r.isoMs(2024, 2024)+" "), p(r.pick("registration update", "observe cancelled by server", "battery low warning", "DTLS session resumed")))
		switch r.IntN(3) {
		case 0:
			l = prose(p(r.isoMs(2024, 2024)+" rebind from "), p(fmt.Sprintf("%s.%d:%d", lan, r.in(2, 250), r.in(30000, 60000)), netC), p(" ep="), p("urn:imei:"+imei, devC))
		case 1:
			l = prose(p(r.isoMs(2024, 2024)+" alert: "), p(fmt.Sprintf("weight +%.1f kg / 48h", r.f1(1.5, 3.5)), healthC), p(" sent to "), p(r.mail("hf.nurses"), contactC))
		}
		logs = append(logs, l)
	}
	return obfuscated(obj{
		{"registration", obj{
			{"endpoint", dev("urn:imei:" + imei)},
			{"registrationId", decoy(r.alnum(10))},
			{"registrationDate", plain(r.isoMs(2023, 2024))},
			{"lastUpdate", dev(r.isoMs(2024, 2024))},
			{"address", netw(fmt.Sprintf("%s:%d", addr, r.in(30000, 60000)))},
			{"smsNumber", nullDecoy()},
			{"lwM2mVersion", decoy(r.pick("1.0", "1.1", "1.2"))},
			{"lifetime", plain(r.pick("300", "3600", "86400"))},
			{"objectLinks", plain("</0/0>,</3/0>,</4/0>,</3300>,</3303/0>,</33000/0>")},
			{"secure", plain(true)},
		}},
		{"datamodel", reads},
		{"observations", obs},
		{"serverLog", logs},
	})
}
