package blindset23

import "fmt"

// paratransitApex: a county dial-a-ride service's Oracle APEX booking app,
// its APEX_COLLECTIONS rows spooled with SQLcl's SET SQLFORMAT json
// (results with a column list and items whose only names are the generic
// C001..C008, N001, D001 columns and page-prefixed collection names): a
// rider, trips, the bus's tablet and router, and settings rows.
func paratransitApex(r *rng) any {
	t := r.when()
	cols := []string{"collection_name", "seq_id", "c001", "c002", "c003", "c004", "c005", "c006", "c007", "c008", "n001", "d001", "md5_original"}
	types := map[string]string{"collection_name": "VARCHAR2", "seq_id": "NUMBER", "n001": "NUMBER", "d001": "DATE"}
	columns := arr{}
	for _, c := range cols {
		ty := types[c]
		if ty == "" {
			ty = "VARCHAR2"
		}
		up := ""
		for _, ch := range c {
			if ch >= 'a' && ch <= 'z' {
				ch -= 32
			}
			up += string(ch)
		}
		columns = append(columns, obj{{"name", plain(up)}, {"type", plain(ty)}})
	}
	seq := 0
	item := func(coll string, cs []leaf, n leaf) obj {
		seq++
		o := obj{{"collection_name", plain(coll)}, {"seq_id", plain(seq)}}
		for i := 0; i < 8; i++ {
			l := plain(nil)
			if i < len(cs) {
				l = cs[i]
			}
			o = append(o, field{fmt.Sprintf("c%03d", i+1), l})
		}
		return append(o,
			field{"n001", n},
			field{"d001", plain(after(t, -r.in(1, 50000)).Format("2006-01-02T15:04:05Z"))},
			field{"md5_original", decoy(r.HEX(32))},
		)
	}

	rider := r.english()
	addr := r.usAddress()
	home := addr.usOneLine()
	items := arr{item("P12_RDR", []leaf{
		cont(rider.first),
		cont(rider.last),
		cont(r.usLocal()),
		cont(home),
		r.pick2(tag(r.pick("Permobil M3 Corpus power wheelchair", "Pride Jazzy Elite HD power chair", "Quantum Q6 Edge 3"), devC, healthC), hlth(r.pick("Walker, needs arm for steps", "Blind, uses white cane", "Ambulatory, oxygen 2 L"))),
		hlth(r.pick("Dialysis MWF 6am chair", "Chemo Tuesdays, may be nauseous", "Dementia - attendant rides along", "Seizure disorder, driver to call 911 if seizure")),
		cont(r.email(rider)),
		cred(r.yescrypt()),
	}, plain(r.in(0, 2)))}

	drv := r.english()
	for i := 0; i < r.in(1, 2); i++ {
		dest := r.pick2(hlth(r.pick("Fresenius Kidney Care, 1200 Medical Pkwy", "St. Alphonsus Cancer Institute", "VA Community Clinic - Mental Health")), plain(r.pick("Public Library, Main St", "Albertsons, 5th Ave", "Senior Center")))
		var note leaf
		switch r.IntN(3) {
		case 0:
			note = prose(p("Rider "), p(r.pick("fell getting off the lift, no injury reported", "was confused, daughter called back", "vomited after chemo, cleaned van"), healthC), p(". Daughter "), p(r.usLocal(), contactC), p(" informed."))
		case 1:
			note = prose(p("Gate code "), p(r.digits(4), credC), p(", ring twice."))
		default:
			note = prose(p("On time, no issues."))
		}
		items = append(items, item("P31_TRP", []leaf{
			cont(home),
			dest,
			cont(drv.full()),
			dev(fmt.Sprintf("Ford Transit 350 HD #%d", r.in(100, 160))),
			hlth(r.pick("Wheelchair, 4-point securement", "Ambulatory", "Scooter, transfers to seat")),
			note,
			decoy(fmt.Sprintf("%03d-%03d-%04d", r.in(200, 999), r.in(200, 999), r.in(0, 9999))),
		}, plain(r.f1(1.5, 4.5))))
	}

	bus := r.lan()
	items = append(items, item("P40_VEH", []leaf{
		dev(r.pick("Samsung Galaxy Tab Active3", "Zebra ET40", "Panasonic Toughbook S1")),
		dev("IMEI " + r.imei()),
		netw(bus.host(r.in(10, 60))),
		dev(r.pick("Sierra Wireless RV55", "Cradlepoint IBR900", "Digi TX54")),
		dev("fw " + r.semver()),
		netw(fmt.Sprintf("BUS%d-WIFI", r.in(100, 160))),
		cred(r.psk()),
		macAddr(r.mac(":", true)),
	}, decoy(r.in(40000, 240000))))

	for _, kv := range []struct {
		k string
		v leaf
	}{
		{"TELNYX_API_KEY", cred(r.telnyxKey())},
		{"SMTP_PASSWORD", cred(r.password())},
		{"DISPATCH_HOST", netw(fmt.Sprintf("dispatch%02d.paratransit.internal", r.in(1, 4)))},
		{"PWD_MIN_LENGTH", decoy("12")},
	}[:r.in(2, 4)] {
		items = append(items, item("P90_CFG", []leaf{plain(kv.k), kv.v}, plain(nil)))
	}
	return obfuscated(obj{{"results", arr{obj{{"columns", columns}, {"items", items}}}}})
}

// pick2 returns a or b with even odds, drawing once.
func (r *rng) pick2(a, b leaf) leaf {
	if r.chance(0.5) {
		return a
	}
	return b
}
