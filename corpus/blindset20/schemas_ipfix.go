package blindset20

import (
	"fmt"
	"net/url"
	"time"
)

func clinicIPFIX(r *rng) any {
	t := r.when()
	lan := r.lan()
	gw := lan.gw()
	clinic := r.pick("riverbend-clinic", "harbourview-surgery", "fernlea-practice", "oakwood-health")
	dom := clinic + ".internal"
	vlan := r.pick2(10, 20, 30, 110)
	odid := r.in(0, 3)

	entry := func(src, dst string, sport, dport, proto int) obj {
		t = t.Add(time.Duration(r.in(1, 900)) * time.Second)
		start := unixMs(t)
		o := obj{
			{"@type", plain("ipfix.entry")},
			{"en0:id8", netw(src)},
			{"en0:id12", netw(dst)},
			{"en0:id7", plain(sport)},
			{"en0:id11", netw(dport)},
			{"en0:id4", plain(proto)},
			{"en0:id1", plain(r.in(60, 9000000))},
			{"en0:id2", plain(r.in(1, 9000))},
			{"en0:id152", plain(start)},
			{"en0:id153", plain(start + int64(r.in(10, 600000)))},
		}
		if r.chance(0.4) {
			o = append(o, field{"en0:id10", plain(r.in(1, 8))}, field{"en0:id14", plain(r.in(1, 8))})
		}
		if r.chance(0.4) {
			o = append(o, field{"en0:id56", macAddr(r.mac(":", false))}, field{"en0:id80", macAddr(r.mac(":", false))})
		}
		if r.chance(0.3) {
			o = append(o, field{"en0:id58", netw(vlan)})
		}
		if proto == 6 {
			o = append(o, field{"en0:id6", plain(r.pick(".AP.S.", ".A..SF", ".AP.SF", "...R.."))})
		}
		return o
	}
	host := func() string { return lan.host(r.in(20, 200)) }
	eph := func() int { return r.in(49152, 65535) }
	var recs arr

	// DHCP with the client name.
	{
		o := entry(host(), gw, 68, 67, 17)
		o = append(o, field{"en35632:id57891", netw(r.pick("RECEPTION-PC1", "ECG-CART-2", "iPad-Room4", "EPSON-ET-5800", "SPIRO-LAPTOP", "NAS-SYN01"))})
		recs = append(recs, o)
	}
	// DNS for an internal name.
	if r.chance(0.6) {
		o := entry(host(), gw, eph(), 53, 17)
		o = append(o, field{"en35632:id205", netw(r.pick("emis-gw", "docman", "pacs", "nas", "printer2", "vpn") + "." + dom)}, field{"en35632:id352", plain(1)})
		recs = append(recs, o)
	}
	// HTTP to the patient portal, with readings in the query.
	{
		pt := r.english()
		sys, dia := r.bp()
		q := url.Values{}
		q.Set("patient", pt.full())
		q.Set("sys", fmt.Sprint(sys))
		q.Set("dia", fmt.Sprint(dia))
		q.Set("pulse", fmt.Sprint(r.in(52, 110)))
		o := entry(host(), lan.host(r.in(2, 19)), eph(), 8080, 6)
		o = append(o,
			field{"en35632:id187", netw("bp-bridge." + dom)},
			field{"en35632:id180", tag("/api/readings?"+q.Encode(), contactC, healthC)},
			field{"en35632:id183", dev(r.pick("Omron-Connect/", "WithingsHealthMate/", "iHealth-MyVitals/") + r.semver() + " (Android " + r.pick("13", "14") + "; " + r.pick("SM-T220", "Lenovo TB-X606F", "SM-A146B") + ")")},
			field{"en35632:id118", plain("HTTP")},
		)
		recs = append(recs, o)
	}
	// An API call with a token in the URL.
	if r.chance(0.6) {
		o := entry(host(), r.wan(), eph(), 80, 6)
		o = append(o,
			field{"en35632:id187", plain(r.pick("api.sms-relay.example", "labs.example.net", "fax.example.com"))},
			field{"en35632:id180", joined(p("/v1/send?access_token="), p(r.alnum(40), credC), p("&to="), p(r.pick(r.ukE164()[1:], r.usE164()[1:]), contactC))},
			field{"en35632:id118", plain("HTTP")},
		)
		recs = append(recs, o)
	}
	// Webmail GET naming a recipient.
	if r.chance(0.4) {
		o := entry(host(), lan.host(r.in(2, 19)), eph(), 80, 6)
		who := r.english()
		o = append(o,
			field{"en35632:id187", netw("mail." + dom)},
			field{"en35632:id180", joined(p("/owa/?ae=Item&t=IPM.Note&to="), p(r.email(who), contactC), p("&subject="), p(url.QueryEscape(r.pick("MRI results", "Referral letter", "Repeat prescription"))))},
		)
		recs = append(recs, o)
	}
	// A plain HTTPS flow.
	for i, n := 0, r.in(0, 1); i <= n; i++ {
		o := entry(host(), r.wan(), eph(), 443, 6)
		o = append(o, field{"en35632:id187", plain(r.pick("www.example.com", "cdn.example.net", "updates.example.org"))}, field{"en35632:id118", plain("TLS")})
		if r.chance(0.7) {
			o = append(o, field{"en35632:id57607", decoy(r.hex(32))})
		}
		recs = append(recs, o)
	}
	// The exporter's options record.
	fw := r.pick("7.14.3", "7.15.2", "7.13.5", "6.49.15")
	recs = append(recs, obj{
		{"@type", plain("ipfix.options")},
		{"en0:id144", plain(r.in(1, 40000))},
		{"en0:id130", netw(gw)},
		{"en0:id160", plain(unixMs(after(t, -r.in(1000, 90000))))},
		{"en0:id82", plain(r.pick("ether2", "bridge-lan", "vlan"+fmt.Sprint(vlan)))},
		{"en0:id83", joined(p("LAN clinic VLAN "), p(fmt.Sprint(vlan), netC), p(" "), p(lan.cidr(), netC))},
		{"en14988:id1", dev(r.pick("RB760iGS", "RB5009UG+S+IN", "C53UiG+5HPaxD2HPaxD", "RB4011iGS+"))},
		{"en14988:id2", dev(fw)},
		{"en14988:id3", dev(r.from(upperNum, 12))},
	})
	// The template set.
	tmpl := arr{}
	for _, f := range [][2]int{{8, 4}, {12, 4}, {7, 2}, {11, 2}, {4, 1}, {1, 8}, {2, 8}, {152, 8}, {153, 8}, {56, 6}, {80, 6}, {58, 2}} {
		if r.chance(0.75) {
			tmpl = append(tmpl, arr{plain(f[0]), plain(f[1])})
		}
	}
	if r.chance(0.4) {
		recs = append(recs, obj{{"@type", plain("ipfix.template")}, {"id", plain(r.in(256, 300))}, {"odid", plain(odid)}, {"fields", tmpl}})
	} else {
		recs = append(recs, obj{{"@type", plain("ipfix.template")}, {"id", plain(r.in(256, 300))}, {"odid", plain(odid)}, {"count", plain(len(tmpl))}})
	}

	var msg leaf
	switch r.IntN(3) {
	case 0:
		msg = prose(p("Template 258 withdrawn by exporter "), p(gw, netC), p(" (ODID "+fmt.Sprint(odid)+"); practice manager "), p(r.english().first, contactC), p(" asked to keep flows 30 days"))
	case 1:
		msg = prose(p("Session closed, 0 records dropped"))
	default:
		msg = prose(p("Unknown IE en35632:id57891 from "), p(gw, netC), p(" stored as raw"))
	}
	recs = append(recs, obj{{"@type", plain("ipfixcol2.log")}, {"m", msg}, {"s", decoy(r.hex(64))}})
	r.Shuffle(len(recs)-3, func(i, j int) { recs[i], recs[j] = recs[j], recs[i] })
	return obfuscated(recs)
}
