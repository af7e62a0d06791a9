package blindset23

import "fmt"

// mvnoDruid: a UK mobile virtual network operator's analytics cluster,
// saved by a contractor as the Apache Druid SQL API's answers to
// "SELECT *" queries with resultFormat "array" and header false, so rows
// are positional and only the datasource names and the values tell:
// subscriber snapshot rows, xDR rows, SIM inventory and care-desk notes.
func mvnoDruid(r *rng) any {
	t := r.when()
	type sub struct {
		p      person
		msisdn string
		imei   string
	}
	subs := []sub{}
	for i := 0; i < r.in(1, 2); i++ {
		subs = append(subs, sub{r.english(), r.ukE164()[1:], r.imei()})
	}
	q := func(table string, limit int, rows arr) obj {
		return obj{
			{"request", obj{
				{"query", plain(fmt.Sprintf("SELECT * FROM \"%s\" WHERE \"__time\" >= TIMESTAMP '%s' LIMIT %d", table, day(after(t, -1440*r.in(1, 30))), limit))},
				{"resultFormat", plain("array")},
				{"header", plain(false)},
				{"context", obj{{"sqlQueryId", plain(r.uuid())}, {"sqlTimeZone", plain("Etc/UTC")}}},
			}},
			{"status", plain(200)},
			{"rows", rows},
		}
	}
	ms := func(min int) leaf { return plain(unixMs(after(t, min))) }

	snap := arr{}
	for _, s := range subs {
		a := r.ukAddress()
		handset := r.pick("Apple iPhone 13 (A2633)", "Samsung Galaxy A54 5G (SM-A546B)", "Google Pixel 7a", "Doro 8100", "Nokia G42 5G")
		psr := plain(nil)
		if r.chance(0.5) {
			psr = hlth("PSR: " + r.pick("home oxygen concentrator, priority restore", "home dialysis", "deaf - text relay only", "dementia, nominated carer on account"))
		}
		static := plain(nil)
		if r.chance(0.3) {
			static = netw(r.lan().host(r.in(2, 250)))
		}
		snap = append(snap, arr{
			ms(-r.in(1, 600)),
			cont("+" + s.msisdn),
			dev("23415" + r.digits(10)),
			dev("8944" + r.digits(15)),
			dev(s.imei),
			dev(handset),
			plain(r.pick("SIMO-30GB", "SIMO-UNL", "PAYG-10", "M2M-1GB")),
			cont(s.p.full()),
			cont(r.email(s.p)),
			cont(a.oneLine()),
			psr,
			static,
			cred("Memorable word: " + r.password()),
			plain(day(after(t, -r.in(10000, 900000)))),
			plain(r.pick("ACTIVE", "SUSPENDED", "PORTING_OUT")),
			plain(r.in(1, 60)),
			decoy(r.in(0, 3)),
			decoy(r.in(0, 4000)),
		})
	}

	xdr := arr{}
	for i := 0; i < r.in(2, 3); i++ {
		s := subs[r.IntN(len(subs))]
		ua := dev(r.userAgent())
		if r.chance(0.4) {
			ua = plain(nil)
		}
		xdr = append(xdr, arr{
			ms(-r.in(1, 3000)),
			cont(s.msisdn),
			netw(fmt.Sprintf("10.%d.%d.%d", r.in(64, 127), r.in(0, 255), r.in(1, 254))),
			plain(r.pick("LTE", "NR-NSA", "UMTS")),
			plain(fmt.Sprintf("234-15-%d-%d", r.in(1000, 9999), r.in(10000, 99999))),
			plain(r.pick("mobile.mvno.example", "m2m.mvno.example")),
			decoy(r.in(1000, 90000000)),
			decoy(r.in(1000, 900000000)),
			dev(s.imei),
			ua,
			plain(r.pick("video", "social", "web", "messaging")),
			decoy(-r.in(70, 120)),
		})
	}

	sims := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		sims = append(sims, arr{
			ms(-r.in(10000, 400000)),
			dev("8944" + r.digits(15)),
			dev("23415" + r.digits(10)),
			cred("PUK1 " + r.digits(8)),
			plain(r.pick("warehouse", "shop-stock", "allocated")),
			decoy(fmt.Sprintf("BATCH-%04d", r.in(1, 9999))),
		})
	}

	notes := arr{}
	agent := r.english()
	for i := 0; i < r.in(1, 2); i++ {
		s := subs[r.IntN(len(subs))]
		var note leaf
		switch r.IntN(4) {
		case 0:
			note = prose(p("Cust rang re SIM swap, passed security with memorable word "), p(r.password(), credC), p(", new SIM posted to "), p(r.ukAddress().oneLine(), contactC), p("."))
		case 1:
			note = prose(p("On PSR ("), p(r.pick("home dialysis", "oxygen at home", "recent heart surgery"), healthC), p("), no signal at home, raised priority engineer visit."))
		case 2:
			note = prose(p("New handset "), p(r.pick("Doro 8100", "iPhone 15", "Galaxy A15"), devC), p(" IMEI "), p(r.imei(), devC), p(", added to account."))
		default:
			note = prose(p("Asked for PAC, told about 30 day notice. No action."))
		}
		notes = append(notes, arr{ms(-r.in(1, 9000)), cont(s.msisdn), cont(agent.full()), plain(r.pick("phone", "chat", "store")), note})
	}

	return obfuscated(obj{
		{"router", netw(fmt.Sprintf("druid-router-%d.mvno.internal:8888", r.in(1, 3)))},
		{"/druid/v2/sql", arr{
			q("subs_snapshot", len(snap), snap),
			q("xdr_hourly", len(xdr), xdr),
			q("sim_inventory", len(sims), sims),
			q("care_notes", len(notes), notes),
		}},
	})
}
