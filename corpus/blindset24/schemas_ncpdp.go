package blindset24

import "fmt"

// pharmacyNCPDP: an independent pharmacy's management system archives the
// NCPDP Telecommunication D.0 claims it sent through its switch, parsed
// into JSON keyed by data-element id ("302-C2", "310-CA"): the
// transmission header, patient, insurance, claim, prescriber, pricing and
// clinical segments and the response, with the switch connection's
// settings as [name, value] pairs and terse wrapper keys.
func pharmacyNCPDP(r *rng) any {
	t := r.when()
	lanP := r.lan()
	ymd := func(min int) leaf { return plain(after(t, min).Format("20060102")) }
	npi := "1" + r.digits(9)
	txs := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		pt := r.english()
		addr := r.usAddress()
		dob := r.birth(1938, 2010)
		doc := r.english()
		g := "1"
		if pt.female {
			g = "2"
		}
		preg := plain(nil)
		if pt.female && age(dob, t) < 50 {
			preg = hlth(r.pick("1", "1", "2"))
		} else {
			preg = nullDecoy()
		}
		sys, dia := r.bp()
		meas := r.pick("01", "02")
		mval := fmt.Sprintf("%d/%d", sys, dia)
		if meas == "02" {
			mval = fmt.Sprint(r.in(70, 320))
		}
		var email leaf = nullDecoy()
		if r.chance(0.5) {
			email = cont(r.email(pt))
		}
		segs := arr{
			obj{
				{"111-AM", plain("01")},
				{"331-CX", plain("99")},
				{"332-CY", decoy(r.digits(9))},
				{"304-C4", cont(dob.Format("20060102"))},
				{"305-C5", sexOf(g)},
				{"310-CA", cont(pt.first)},
				{"311-CB", cont(pt.last)},
				{"322-CM", cont(addr.street)},
				{"323-CN", cont(addr.town)},
				{"324-CO", cont(addr.region)},
				{"325-CP", cont(addr.postcode)},
				{"326-CQ", cont(r.usDigits())},
				{"350-HN", email},
				{"307-C7", plain("01")},
				{"335-2C", preg},
			},
			obj{
				{"111-AM", plain("04")},
				{"302-C2", decoy(r.from(upperNum, 3) + r.digits(9))},
				{"312-CC", cont(pt.first)},
				{"313-CD", cont(pt.last)},
				{"301-C1", decoy(r.from(upperNum, 2) + r.digits(5))},
				{"303-C3", plain(fmt.Sprintf("%02d", r.in(1, 3)))},
				{"306-C6", plain(r.pick("1", "2", "3"))},
			},
			obj{
				{"111-AM", plain("07")},
				{"455-EM", plain("1")},
				{"402-D2", decoy(r.digits(7))},
				{"436-E1", plain("03")},
				{"407-D7", hlth(r.pick("00093", "00378", "68180", "00781", "16714", "65862") + r.digits(6))},
				{"442-E7", decoy(fmt.Sprint(r.pickInt(30, 60, 90, 28, 14) * 1000))},
				{"403-D3", plain(fmt.Sprint(r.in(0, 11)))},
				{"405-D5", decoy(fmt.Sprint(r.pickInt(30, 90, 14, 28)))},
				{"406-D6", plain("1")},
				{"408-D8", plain(r.pick("0", "1"))},
				{"414-DE", ymd(-r.in(1, 90) * 1440)},
				{"415-DF", plain(fmt.Sprint(r.in(0, 11)))},
				{"419-DJ", plain(r.pick("1", "3"))},
				{"354-NX", plain("0")},
			},
			obj{
				{"111-AM", plain("03")},
				{"466-EZ", plain("01")},
				{"411-DB", decoy("1" + r.digits(9))},
				{"427-DR", cont(doc.last)},
				{"364-2J", cont(doc.first)},
				{"498-PM", cont(r.usDigits())},
			},
			obj{
				{"111-AM", plain("11")},
				{"409-D9", plain(fmt.Sprintf("%d{", r.in(100, 90000)))},
				{"430-DU", plain(fmt.Sprintf("%d{", r.in(200, 99000)))},
				{"423-DN", plain("01")},
			},
			obj{
				{"111-AM", plain("13")},
				{"491-VE", plain("1")},
				{"492-WE", plain("02")},
				{"424-DO", hlth(r.pick("E119", "I10", "J449", "F329", "E785", "N183", "G4733", "M810"))},
				{"493-XE", plain("1")},
				{"494-ZE", ymd(-r.in(1, 30) * 1440)},
				{"496-H2", plain(meas)},
				{"497-H3", plain(r.pick("01", "02"))},
				{"499-H4", hlth(mval)},
			},
		}
		ok := r.chance(0.7)
		rs := obj{{"112-AN", plain(map[bool]string{true: "P", false: "R"}[ok])}}
		if ok {
			rs = append(rs, field{"503-F3", decoy(r.digits(12))}, field{"505-F5", plain(fmt.Sprintf("%d{", r.in(100, 5000)))})
		} else {
			rs = append(rs, field{"510-FA", plain("1")}, field{"511-FB", arr{plain(r.pick("70", "75", "76", "79", "88"))}},
				field{"504-F4", prose(p(r.pick("PRIOR AUTHORIZATION REQUIRED. PRESCRIBER CALL ", "PLAN LIMITATIONS EXCEEDED. CALL HELP DESK ", "REFILL TOO SOON. NEXT FILL DATE ") + r.pick("THE PLAN", "AFTER 30 DAYS", "SEE PA FORM")))})
		}
		var note leaf
		switch r.IntN(4) {
		case 0:
			note = prose(p("Pt "), p(pt.first, contactC), p(" asked to deliver to "), p(r.usAddress().usOneLine(), contactC), p(", dog in yard."))
		case 1:
			note = prose(p("Counseled on "), p(r.pick("new insulin pen technique", "warfarin and green veg", "Paxlovid interactions", "bisphosphonate: sit upright 30 min"), healthC), p("."))
		case 2:
			note = prose(p("MD office faxed new script, "), p(doc.last, contactC), p(" to call back."))
		default:
			note = nullDecoy()
		}
		txs = append(txs, obj{
			{"ts", plain(isoMs(after(t, -r.in(1, 9000))))},
			{"src", netw(fmt.Sprintf("%s:%d", lanP.host(r.in(20, 60)), r.in(49152, 65000)))},
			{"ws", netw(fmt.Sprintf("RX-WS-%02d", r.in(1, 6)))},
			{"rq", obj{
				{"hdr", obj{
					{"101-A1", plain(r.pick("610014", "004336", "610502", "003858", "015581"))},
					{"102-A2", plain("D0")},
					{"103-A3", plain("B1")},
					{"104-A4", plain(r.pick("ADV", "MEDDADV", "9999", "A4"))},
					{"109-A9", plain("1")},
					{"202-B2", plain("01")},
					{"201-B1", decoy(npi)},
					{"401-D1", ymd(0)},
					{"110-AK", decoy(fmt.Sprintf("D%09d", r.in(0, 999999999)))},
				}},
				{"seg", segs},
			}},
			{"rs", rs},
			{"nt", note},
		})
	}
	cfg := arr{
		pair("switch.host", netw(fmt.Sprintf("claims-gw.%s.internal", r.pick("rxsw", "pharmnet", "relayhealth")))),
		pair("switch.port", netw(r.pickInt(5200, 7200, 9000))),
		pair("switch.user", cont(r.pick("ph", "rx")+r.digits(6))),
		pair("switch.password", cred(r.password())),
		pair("pharmacy.npi", decoy(npi)),
		pair("pms.version", decoy(r.semver())),
		pair("tls.pin", decoy(r.hex(64))),
		pair("printer.label", netw(lanP.host(r.in(200, 250)))),
	}
	return obfuscated(obj{
		{"v", plain("D.0")},
		{"sw", cfg},
		{"tx", txs},
	})
}
