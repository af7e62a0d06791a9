package blindset5

import (
	"fmt"
	"strings"
)

// posTerminal: a payment acquirer's terminal-management export whose
// column names were lost (c01..c22), one terminal per document, with its
// last transactions as header-less positional rows.
func posTerminal(g *rng) any {
	m := g.personOf(one(g, "en", "de", "fr", "es"))
	kind := g.n(4)
	model := []string{"Verifone V400m", "Ingenico Move/5000", "PAX A920 Pro", "Verifone Engage P400"}[kind]
	serial := []string{fmt.Sprintf("%03d-%03d-%03d", g.n(1000), g.n(1000), g.n(1000)), g.s(num, 8) + g.s(uc, 1) + g.s(num, 4), "0821" + g.s(num, 6), fmt.Sprintf("%03d-%03d-%03d", g.n(1000), g.n(1000), g.n(1000))}[kind]
	var fw leaf
	switch kind {
	case 2:
		fw = dev("PayDroid_10.0_Sagittarius_V11.1." + fmt.Sprint(g.in(10, 60)))
	default:
		fw = fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(3, 8), g.n(12), g.n(30), g.in(1, 99)))
	}
	lan := g.lanPrefix()
	wifi := g.chance(55)
	var ssid, psk, iccid leaf
	if wifi {
		ssid, psk, iccid = netw(g.ssid(m)), cred(g.passphrase()), null()
	} else {
		ssid, psk, iccid = null(), nullDecoy(), dev(g.iccid(one(g, "44", "49", "33", "34")))
	}
	var phone, addrLine string
	switch g.n(3) {
	case 0:
		phone = g.phoneUK()
		u := g.addrUK()
		addrLine = u.street + ", " + u.city + " " + u.zip
	case 1:
		phone = g.phoneDE()
		u := g.addrDE()
		addrLine = u.street + ", " + u.zip + " " + u.city
	default:
		phone = g.phoneFR()
		u := g.addrFR()
		addrLine = u.street + ", " + u.zip + " " + u.city
	}
	tx := arr{}
	for j := 0; j < g.in(1, 3); j++ {
		tx = append(tx, arr{
			decoy(g.iso()),
			decoy(round2(g.f(1.5, 240))),
			plain(one(g, "EUR", "GBP")),
			plain(one(g, "VISA", "MC", "MAESTRO", "AMEX")),
			decoy("****" + g.s(num, 4)),
			decoy(g.s(uc+num, 6)),
			plain(one(g, "APPROVED", "APPROVED", "DECLINED", "REVERSED")),
		})
	}
	return obfuscated(obj{
		{"_meta", obj{
			{"src", plain("tms_terminals_v3")},
			{"~v", plain(3)},
			{"row", decoy(g.in(1, 48000))},
			{"exported", decoy(g.iso())},
		}},
		{"c01", dev(fmt.Sprintf("%08d", g.in(10000000, 99999999)))},
		{"c02", decoy(fmt.Sprintf("%015d", g.in(1, 999999999)))},
		{"c03", dev(model)},
		{"c04", dev(serial)},
		{"c05", fw},
		{"c06", decoy(fmt.Sprintf("%d.%d.%d", g.in(1, 4), g.n(12), g.n(20)))},
		{"c07", netw(g.lanIP(lan))},
		{"c08", netw(lan + ".1")},
		{"c09", ssid},
		{"c10", psk},
		{"c11", iccid},
		{"c12", cont(m.full())},
		{"c13", cont(phone)},
		{"c14", cont(g.email(m))},
		{"c15", cont(addrLine)},
		{"c16", cred(g.s(num, 6))},
		{"c17", dev(g.iso())},
		{"c18", plain(one(g, "ACTIVE", "ACTIVE", "SUSPENDED", "PENDING_KEYS"))},
		{"c19", decoy(g.in(1, 999))},
		{"c20", decoy(g.sha256())},
		{"c21", macAddr(g.mac())},
		{"c22", cred("sk_live_" + g.s(alnum, 32))},
		{"tx", tx},
	})
}

// hubDiag: a smart-home hub's diagnostic bundle uploaded to the vendor's
// support bucket: settings as {"k","v"} rows, the Zigbee/Z-Wave node table
// as a header plus positional data rows, and the tail of the log.
func hubDiag(g *rng) any {
	o := g.personOf(one(g, "en", "de", "br", "fr"))
	lan := g.lanPrefix()
	ip := g.lanIP(lan)
	ssid := g.ssid(o)
	kv := func(k string, v leaf) obj { return obj{{"k", decoy(k)}, {"v", v}} }
	fw := fmt.Sprintf("%d.%d.%d", g.in(8, 12), g.n(10), g.n(30))
	rows := arr{
		kv("hw", dev(one(g, "Homey Pro (Early 2023)", "Hubitat Elevation C-8", "SmartThings Station", "Aeotec Smart Home Hub"))),
		kv("sn", dev(g.s(uc+num, 12))),
		kv("fw", dev(fw)),
		kv("ssid", netw(ssid)),
		kv("psk", cred(g.passphrase())),
		kv("bssid", macAddr(g.mac())),
		kv("ip4", netw(ip)),
		kv("gw", netw(lan+".1")),
		kv("dns", netw(one(g, lan+".1", "192.0.2.53", "198.51.100.1"))),
		kv("tz", plain(one(g, "Europe/Berlin", "Europe/Paris", "America/Sao_Paulo", "Europe/London"))),
		kv("owner", cont(g.email(o))),
		kv("cloud_tok", cred(g.jwt())),
		kv("uptime_s", plain(g.in(300, 4_000_000))),
		kv("zb_chan", plain(one(g, 11, 15, 20, 25))),
		kv("zb_nwk_key", cred(g.s(HX, 32))),
		kv("build", decoy(g.s(hx, 7))),
		kv("heap_free", plain(g.in(20000, 900000))),
		kv("tok_cnt", decoy(g.in(1, 9))),
	}
	g.r.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
	rows = rows[:g.in(11, len(rows))]
	type node struct{ name, typ, mfr, model string }
	all := []node{
		{"Front door", "lock", "Yale", "YRD256 Assure Lock"},
		{"Kitchen motion", "motion", "Aqara", "RTCGQ11LM"},
		{"Quarto da " + o.first, "thermostat", "Danfoss", "Ally eTRV"},
		{"Flur Licht", "light", "Philips", "LCA001 Hue White and Color"},
		{"Garage", "contact", "SONOFF", "SNZB-04"},
		{"Salon prise", "plug", "Nous", "A1Z"},
		{o.first + "'s lamp", "light", "IKEA", "TRADFRI bulb E27 806lm"},
	}
	data := arr{}
	id := g.in(2, 12)
	for _, n := range some(g, g.in(2, 4), all...) {
		id += g.in(1, 9)
		data = append(data, arr{
			dev(id),
			dev(n.name),
			dev(n.typ),
			dev(n.mfr),
			dev(n.model),
			dev(fmt.Sprintf("%d.%d.%d", g.n(3), g.n(30), g.n(40))),
			plain(g.in(40, 255)),
			dev(g.iso()),
		})
	}
	hdr := arr{}
	for _, h := range []string{"id", "label", "type", "mfr", "model", "fw", "lqi", "last"} {
		hdr = append(hdr, decoy(h))
	}
	logs := arr{}
	for _, f := range some(g, g.in(2, 3), 0, 1, 2, 3, 4) {
		ts := g.iso()[:19]
		switch f {
		case 0:
			logs = append(logs, prose(p(ts+" WARN wifi: reconnect to "), p("'"+ssid+"'", netCat), p(fmt.Sprintf(" rssi=-%d", g.in(55, 85)))))
		case 1:
			logs = append(logs, prose(p(ts+" INFO dhcp: lease "), p(ip, netCat), p(" from "), p(lan+".1", netCat)))
		case 2:
			logs = append(logs, prose(p(ts+" INFO ota: "+fw+" -> ", deviceCat), p(fmt.Sprintf("%d.%d.%d", g.in(8, 12), g.n(10), g.n(30)), deviceCat)))
		case 3:
			logs = append(logs, prose(p(ts+" ERROR zigbee: node 0x"+g.s(HX, 4)+" timeout")))
		default:
			logs = append(logs, prose(p(ts+" INFO api: login ok for "), p(g.email(o), contactCat)))
		}
	}
	return obfuscated(obj{
		{"bundle", decoy(g.uuid())},
		{"uploaded", decoy(g.epochMs())},
		{"v", plain(2)},
		{"kv", rows},
		{"nodes", obj{{"cols", hdr}, {"data", data}}},
		{"log", logs},
	})
}

// kioskEAV: a pharmacy health-station kiosk's session sync: the kiosk as
// attr_N columns, the member as attr_N columns, the measurements as
// {"type","value","unit"} rows.
func kioskEAV(g *rng) any {
	u := g.personOf(one(g, "en", "es", "de", "fr", "br"))
	var phone string
	switch g.n(4) {
	case 0:
		phone = g.phoneUK()
	case 1:
		phone = g.phoneES()
	case 2:
		phone = g.phoneDE()
	default:
		phone = g.phoneBR()
	}
	cm := g.in(150, 197)
	kg := round1(g.f(48, 125))
	sys := g.in(102, 172)
	type row struct {
		t    string
		v    leaf
		unit string
	}
	cand := []row{
		{"weight", hlth(fmt.Sprint(kg)), "kg"},
		{"height", hlth(fmt.Sprint(cm)), "cm"},
		{"bmi", hlth(fmt.Sprint(bmi(kg, cm))), ""},
		{"fat_pct", hlth(fmt.Sprint(round1(g.f(9, 44)))), "%"},
		{"bone_mass", hlth(fmt.Sprint(round1(g.f(1.8, 3.9)))), "kg"},
		{"muscle_mass", hlth(fmt.Sprint(round1(g.f(28, 68)))), "kg"},
		{"visceral", hlth(fmt.Sprint(g.in(2, 18))), ""},
		{"sys", hlth(fmt.Sprint(sys)), "mmHg"},
		{"dia", hlth(fmt.Sprint(sys - g.in(30, 60))), "mmHg"},
		{"pulse", hlth(fmt.Sprint(g.in(52, 104))), "bpm"},
		{"spo2", hlth(fmt.Sprint(g.in(92, 99))), "%"},
		{"ambient_t", decoy(fmt.Sprint(round1(g.f(18, 26)))), "C"},
		{"cuff", plain(one(g, "M", "L", "XL")), ""},
		{"cal_check", decoy(one(g, "pass", "pass", "warn")), ""},
	}
	rows := arr{}
	for _, r := range some(g, g.in(7, len(cand)), cand...) {
		rows = append(rows, obj{{"type", decoy(r.t)}, {"value", r.v}, {"unit", plain(r.unit)}})
	}
	var mail leaf = null()
	if g.chance(60) {
		mail = cont(g.email(u))
	}
	return obfuscated(obj{
		{"kiosk", obj{
			{"attr_1", dev("VK4-" + g.s(num, 7))},
			{"attr_2", dev(one(g, "VitaKiosk VK-420", "PharmaStation HS-300", "BodyPoint Totem 2"))},
			{"attr_3", fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(1, 4), g.n(10), g.n(20), g.in(100, 254)))},
			{"attr_4", netw(g.privIP())},
			{"attr_5", decoy("STORE-" + g.s(num, 4))},
		}},
		{"session", obj{
			{"attr_1", decoy(g.uuid())},
			{"attr_2", decoy(g.isoMs())},
			{"attr_3", decoy(g.s(num, 13))},
			{"attr_4", cont(phone)},
			{"attr_5", sexOf(fm(u, "F", "M"))},
			{"attr_6", mail},
			{"attr_7", cont(u.first)},
		}},
		{"m", rows},
		{"consent", obj{
			{"attr_1", decoy(true)},
			{"attr_2", decoy("v" + g.ver(2))},
		}},
		{"receipt", decoy(strings.ToUpper(g.s(hx, 10)))},
	})
}
