package blindset23

import "fmt"

// homeQuickbase: a home-accessibility and occupational-therapy service's
// Quickbase app read by a sync job through the JSON API (records query
// responses whose "fields" arrays the job dropped, so every value sits
// under a bare field id as {"value": ...}): a client record with the
// owner user, address object, health and access fields and the
// therapist's note; installed devices with model, serial, MAC, IP, Wi-Fi,
// firmware, last check-in and the installer's note.
func homeQuickbase(r *rng) any {
	t := r.when()
	cl := r.english()
	staff := r.english()
	addr := r.usAddress()
	clientID := r.in(1000, 9999)
	v := func(l any) obj { return obj{{"value", l}} }
	ts := func(min int) leaf { return plain(isoMs(after(t, min))) }
	home := r.lan()

	var ot leaf
	switch r.IntN(3) {
	case 0:
		ot = prose(p("Home visit with daughter "), p(r.english().first, contactC), p(". "), p(r.pick("Freezing of gait at doorways", "Two falls in the bathroom since March", "Can't step into the tub, transfers with help"), healthC), p(". Recommend grab bars, raised toilet seat, walk-in shower quote."))
	case 1:
		ot = prose(p("Client prefers calls before 10am on "), p(r.usLocal(), contactC), p(". Dog is friendly."))
	default:
		ot = prose(p("Measured doorway widths, all 32in. No changes needed."))
	}
	client := obj{
		{"3", v(plain(clientID))},
		{"1", v(ts(-r.in(40000, 300000)))},
		{"2", v(ts(-r.in(1, 30000)))},
		{"4", v(obj{{"email", cont(r.email(staff))}, {"id", plain(fmt.Sprintf("%d.%s", r.in(50000000, 69999999), r.from(lowerNum, 4)))}, {"name", cont(staff.full())}, {"userName", cont(r.userName(staff))}})},
		{"6", v(cont(cl.first))},
		{"7", v(cont(cl.last))},
		{"8", v(cont(r.email(cl)))},
		{"9", v(cont(r.usLocal()))},
		{"10", v(obj{{"street1", cont(addr.street)}, {"street2", plain("")}, {"city", cont(addr.town)}, {"region", cont(addr.region)}, {"postalCode", cont(addr.postcode)}, {"country", decoy("USA")}})},
		{"12", v(hlth(r.pick("Parkinson's disease; 2 falls since March", "Left hemiparesis after stroke (2022)", "Multiple sclerosis, relapsing-remitting", "COPD on home oxygen 2 L/min", "Macular degeneration, legally blind")))},
		{"13", v(hlth(fmt.Sprintf("Weight %d lb", r.in(110, 290))))},
		{"14", v(hlth(r.pick("Rollator walker", "Manual wheelchair, self-propels", "Quad cane", "Power wheelchair")))},
		{"15", v(hlth(r.pick("Carbidopa-levodopa 25/100 mg three times daily", "Apixaban 5 mg twice daily", "Baclofen 10 mg", "Tiotropium inhaler daily")))},
		{"16", v(cred(fmt.Sprintf("Key safe %s (left of back door)", r.digits(4))))},
		{"17", v(ot)},
		{"18", v(plain(r.in(1, 12)))},
		{"19", v(plain(r.chance(0.5)))},
		{"21", v(decoy(r.semver()))},
		{"23", v(decoy(r.hex(40)))},
		{"22", v(plain(nil))},
	}

	type spec struct {
		model string
		code  bool
		wifi  bool
	}
	specs := []spec{
		{"Lifeline HomeSafe with AutoAlert base unit", false, false},
		{"Google Nest Protect (2nd gen)", false, true},
		{"Ring Video Doorbell 4", false, true},
		{"Yale Assure Lock 2 Touch", true, true},
		{"Aqara Water Leak Sensor T1", false, false},
	}
	devices := arr{}
	for _, k := range r.Perm(len(specs))[:r.in(1, 3)] {
		s := specs[k]
		rec := obj{
			{"3", v(plain(r.in(100, 999)))},
			{"6", v(plain(clientID))},
			{"7", v(dev(s.model))},
			{"8", v(dev("SN " + r.from(upperNum, 4) + "-" + r.digits(4) + "-" + r.digits(3)))},
			{"9", v(macAddr(r.mac(":", true)))},
		}
		if s.wifi {
			rec = append(rec,
				field{"10", v(netw(home.host(r.in(20, 250))))},
				field{"11", v(netw(r.ssidDefault()))},
				field{"12", v(cred(r.psk()))},
			)
		}
		rec = append(rec,
			field{"13", v(dev("FW " + r.semver()))},
			field{"14", v(plain(day(after(t, -r.in(1000, 90000)))))},
			field{"18", v(plain(fmt.Sprintf("$%d.00", r.in(29, 399))))},
			field{"19", v(decoy(r.semver()))},
			field{"15", v(dev("Last check-in " + after(t, -r.in(1, 3000)).Format("2006-01-02 15:04")))},
		)
		if s.code {
			rec = append(rec, field{"16", v(cred("Lock code " + r.digits(6)))})
		}
		var note leaf
		switch r.IntN(3) {
		case 0:
			note = prose(p("Router is a "), p(r.pick("Netgear Nighthawk R6700", "Xfinity XB7", "TP-Link Archer C80"), devC), p(" at "), p(home.gw(), netC), p("; paired fine."))
		case 1:
			note = prose(p("Pendant paired, tested fall button with monitoring centre, carer "), p(r.english().full(), contactC), p(" added as responder."))
		default:
			note = prose(p("Mounted at 48in per OT spec."))
		}
		rec = append(rec, field{"17", v(note)})
		devices = append(devices, rec)
	}

	meta := func(nf, nr int) obj {
		return obj{{"numFields", plain(nf)}, {"numRecords", plain(nr)}, {"skip", plain(0)}, {"top", plain(100)}, {"totalRecords", plain(nr)}}
	}
	return obfuscated(obj{
		{"request", obj{
			{"endpoint", plain("POST https://api.quickbase.com/v1/records/query")},
			{"QB-Realm-Hostname", plain(r.pick("hometweaks", "accesshome", "ablehome") + ".quickbase.com")},
			{"Authorization", cred("QB-USER-TOKEN " + r.qbUserToken())},
			{"User-Agent", decoy("qb-sync/" + r.semver())},
		}},
		{"responses", arr{
			obj{{"data", arr{client}}, {"metadata", meta(len(client), 1)}},
			obj{{"data", devices}, {"metadata", meta(12, len(devices))}},
		}},
	})
}
