package blindset16

import (
	"fmt"
	"strings"
)

// coachlineDcc: a Baltic international coach line's boarding app kept an
// offline queue of scanned EU Digital COVID Certificates (2021-22) and
// uploaded it as one terse JSON: the scanner (m, s, a, b, i, w), the scans
// with the decoded CWT claims under their numeric keys ("1", "4", "6",
// "-260") and the DCC's short codes (nam/fn/gn, v/tg/vp/mp/ma/dn/sd,
// t/tt/tr, r/fr), the booking's phone, seat and the driver's remark, and
// the sync config. Only values and neighbours tell what a field is.
func coachlineDcc(r *rng) any {
	t0 := r.when()
	l := r.lan()
	countries := []struct{ co, issuer string }{
		{"LV", "Nacionālais veselības dienests"}, {"LT", "Nacionalinis visuomenės sveikatos centras"},
		{"PL", "Centrum e-Zdrowia"}, {"EE", "Terviseamet"}, {"DE", "Robert Koch-Institut"},
	}
	vaccines := []struct{ vp, mp, ma string }{
		{"1119349007", "EU/1/20/1528", "ORG-100030215"}, {"1119349007", "EU/1/20/1507", "ORG-100031184"},
		{"J07BX03", "EU/1/21/1529", "ORG-100001699"}, {"J07BX03", "EU/1/20/1525", "ORG-100001417"},
	}
	upper := func(s string) string { return strings.ToUpper(ascii(s)) }

	var scans arr
	for i := 0; i < r.in(2, 4); i++ {
		var pp person
		var phone string
		switch r.IntN(4) {
		case 0:
			pp, phone = r.latvian(), r.lvPhone()
		case 1:
			pp, phone = r.lithuanian(), r.ltPhone()
		case 2:
			pp, phone = r.pickPerson(plFemale, plMale, plLast), r.plPhone()
		default:
			pp, phone = r.english(), r.ukMobileIntl()
		}
		c := countries[r.IntN(len(countries))]
		iat := after(t0, -r.in(20000, 200000))
		hc := obj{
			{"ver", decoy("1.3.0")},
			{"nam", obj{{"fn", cont(pp.last)}, {"gn", cont(pp.first)}, {"fnt", cont(upper(pp.last))}, {"gnt", cont(upper(pp.first))}}},
			{"dob", cont(day(r.birth(1940, 2005)))},
		}
		uvci := fmt.Sprintf("URN:UVCI:01:%s:%s#%s", c.co, r.from(upperNum, 22), r.from(upperNum, 1))
		switch r.IntN(4) {
		case 0, 1:
			v := vaccines[r.IntN(len(vaccines))]
			sd := r.in(2, 3)
			hc = append(hc, field{"v", arr{obj{
				{"tg", hlth("840539006")},
				{"vp", hlth(v.vp)},
				{"mp", hlth(v.mp)},
				{"ma", hlth(v.ma)},
				{"dn", hlth(r.in(1, sd))},
				{"sd", hlth(sd)},
				{"dt", plain(day(after(iat, -r.in(1000, 40000))))},
				{"co", decoy(c.co)},
				{"is", plain(c.issuer)},
				{"ci", decoy(uvci)},
			}}})
		case 2:
			hc = append(hc, field{"t", arr{obj{
				{"tg", hlth("840539006")},
				{"tt", hlth(r.pick("LP6464-4", "LP217198-3"))},
				{"ma", hlth(r.pick("1232", "1304", "2228"))},
				{"sc", plain(iso(after(iat, -r.in(60, 1400))))},
				{"tr", hlth(r.pick("260415000", "260415000", "260373001"))},
				{"tc", plain(r.pick("Rīgas testu centrs", "Vilniaus testavimo punktas", "Punkt pobrań Warszawa Zachodnia"))},
				{"co", decoy(c.co)},
				{"is", plain(c.issuer)},
				{"ci", decoy(uvci)},
			}}})
		default:
			fr := after(iat, -r.in(10000, 100000))
			hc = append(hc, field{"r", arr{obj{
				{"tg", hlth("840539006")},
				{"fr", hlth(day(fr))},
				{"co", decoy(c.co)},
				{"is", plain(c.issuer)},
				{"df", plain(day(after(fr, 15000)))},
				{"du", plain(day(after(fr, 260000)))},
				{"ci", decoy(uvci)},
			}}})
		}
		claims := obj{
			{"1", decoy(c.co)},
			{"4", plain(unix(after(iat, 500000)))},
			{"6", plain(unix(iat))},
			{"-260", obj{{"1", hc}}},
		}
		scan := obj{
			{"t", plain(unix(after(t0, -r.in(1, 300))))},
			{"r", plain(r.pick("OK", "OK", "OK", "EXPIRED", "INVALID_SIG", "RULES_FAILED"))},
			{"k", decoy(r.b64(8))},
			{"b", decoy(r.from(upperNum, 6))},
			{"s", plain(fmt.Sprintf("%d%s", r.in(1, 14), r.pick("A", "B", "C", "D")))},
			{"m", cont(phone)},
			{"c", claims},
		}
		if r.chance(0.45) {
			var n leaf
			switch r.IntN(3) {
			case 0:
				n = prose(p("pax says "), p("booster in march, cert shows 2 doses", healthC), p(", let on"))
			case 1:
				n = prose(p("pasažieris "), p(pp.first, contactC), p(" – "), p("pozitīvs tests pirms 10 dienām", healthC), p(", nav atveseļošanās sertifikāta"))
			default:
				n = prose(p("scanner froze, rescanned at Kaunas stop"))
			}
			scan = append(scan, field{"n", n})
		}
		scans = append(scans, scan)
	}

	driver := r.latvian()
	return obfuscated(obj{
		{"v", plain(3)},
		{"sid", decoy(r.uuid())},
		{"d", obj{
			{"m", dev(r.pick("Zebra TC52", "Zebra TC21", "Honeywell CT40", "Samsung Galaxy XCover 5"))},
			{"s", dev(r.serial("", 14))},
			{"a", dev(r.pick("Android 11", "Android 10", "Android 12"))},
			{"b", dev(r.pick("11-49-09.00-RG-U00-STD", "10-63-18.00-QG-U11-STD", "CT40-R-11.02.1"))},
			{"i", netw(l.host(r.in(20, 200)))},
			{"w", netw(r.pick("Depo-Riga", "COACH-", "Autoosta-") + r.HEX(4))},
			{"u", cont(ascii(driver.first) + "." + ascii(driver.last))},
			{"x", decoy(r.semver())},
		}},
		{"q", scans},
		{"c", obj{
			{"u", netw(fmt.Sprintf("https://dcc-gw.%s.internal/trust/v2", r.pick("balticcoach", "eurobuss", "ekspresas")))},
			{"k", cred(r.alnum(40))},
			{"h", decoy(r.hex(64))},
			{"e", plain(unix(after(t0, 1440)))},
			{"z", plain(r.in(10, 900))},
		}},
	})
}
