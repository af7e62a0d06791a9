package blindset9

import (
	"fmt"
	"strings"
)

// gyogyfurdo-redis: a Hungarian medicinal spa's guest cache dumped from
// Redis (a list of {key, type, ttl, value}; hash field names in Hungarian,
// every value a string): guest profile (names, birth date, sex, phone,
// e-mail, postcode, town, street), referral and medical hash (diagnosis
// with ICD-10, contraindications, blood pressure, medication, doctor),
// treatment list, locker wristband, guest Wi-Fi, the till (model, serial,
// firmware, IP), a session whose value is a JSON string, daily counters
// that look like body data, and a guest complaint in Hungarian.

func gyogyfurdo(g *rng) any {
	v := g.personOf("hu")
	doc := g.personOf("hu")
	id := g.in(10000, 99999)
	towns := []struct{ town, zip, street string }{
		{"Budapest", "1027", "Frankel Leó út"}, {"Hévíz", "8380", "Kossuth Lajos utca"}, {"Debrecen", "4032", "Nagyerdei körút"},
		{"Eger", "3300", "Klapka György utca"}, {"Gyula", "5700", "Várkert utca"}, {"Zalakaros", "8749", "Gyógyfürdő tér"},
	}
	t := one(g, towns...)
	dx := one(g,
		"M17.0 Kétoldali primer térdízületi arthrosis",
		"M54.5 Derékfájás",
		"M16.1 Egyéb primer coxarthrosis",
		"M79.0 Rheumatismus, k.m.n.",
		"M47.8 Egyéb spondylosis",
		"L40.0 Psoriasis vulgaris")
	kezelesek := some(g, g.in(2, 5),
		"gyógyvizes medencefürdő 30 perc", "iszappakolás térd 20 perc", "súlyfürdő 15 perc", "szénsavas kádfürdő",
		"orvosi gyógymasszázs 20 perc", "víz alatti sugármasszázs", "tangentor", "gyógytorna csoportos")
	kez := make(arr, len(kezelesek))
	for i, k := range kezelesek {
		kez[i] = hlth(k).clin()
	}
	uid := strings.ToUpper(g.s(hx, 8))
	till := one(g, "Epson TM-m30III", "Sunmi T2s", "Elzab Alfa+", "Micra Pelikán")
	fw := fmt.Sprintf("%d.%d.%d.%d", g.in(1, 5), g.n(20), g.n(10), g.in(1, 200))
	sess := g.opaque(32)
	sessIP := g.lanIP("192.168." + fmt.Sprint(g.in(20, 40)))

	var comp []piece
	switch g.n(5) {
	case 0:
		comp = []piece{p("A masszőr nem vette figyelembe, hogy "), p(one(g, "szívritmus-szabályozóm van", "tavaly csípőprotézist kaptam", "magas a vérnyomásom"), healthCat), p(". Kérem, hívjanak: "), p(g.phoneHU(), contactCat)}
	case 1:
		comp = []piece{p("A szekrény karszalagja nem nyit, a kód "), p(uid, credCat), p(". Nagyon kellemetlen volt.")}
	case 2:
		comp = []piece{p("Kedves "), p(v.first, contactCat), p("! Elnézést kérünk, a 40 perces várakozásért 2 000 Ft kedvezményt adunk.")}
	case 3:
		comp = []piece{p("A vendég WiFi ("), p("Furdo-Vendeg-"+g.s(num, 2), netCat), p(") nem működik az öltözőben.")}
	default:
		comp = []piece{p("Tiszta volt a medence, a személyzet kedves. Köszönöm!")}
	}
	mkKV := func(fs ...any) obj {
		o := obj{}
		for i := 0; i+1 < len(fs); i += 2 {
			o = append(o, field{fs[i].(string), fs[i+1].(leaf)})
		}
		return o
	}
	key := func(k, typ string, ttl int, val any) obj {
		return obj{{"key", plain(k)}, {"type", plain(typ)}, {"ttl", plain(ttl)}, {"value", val}}
	}
	s := func(x any) string { return fmt.Sprint(x) }
	sessJSON := fmt.Sprintf(`{"vendeg_id":%d,"token":"%s","ip":"%s","lejar":%d}`, id, sess, sessIP, g.epoch())

	keys := arr{
		key(fmt.Sprintf("vendeg:%d:profil", id), "hash", -1, mkKV(
			"vezeteknev", cont(v.last),
			"keresztnev", cont(v.first),
			"anyja_neve", cont(g.womanOf("hu").full()),
			"szuletesi_datum", cont(strings.ReplaceAll(g.dob(), "-", ".")+"."),
			"nem", sexOf(fm(v, "nő", "férfi")),
			"telefon", cont(g.phoneHU()),
			"email", cont(g.email(v)),
			"iranyitoszam", cont(t.zip),
			"telepules", cont(t.town),
			"utca_hazszam", cont(fmt.Sprintf("%s %d.", t.street, g.in(1, 90))),
			"torzsvendeg_pont", decoy(s(g.in(0, 9000))),
			"hirlevel", decoy(one(g, "0", "1")),
			"megjegyzes", prose(one(g,
				[]piece{p("Kerekesszékkel érkezik", healthCat), p(", lift kell a medencéhez.")},
				[]piece{p("Férje, "), p(g.personOf("hu").first, contactCat), p(" is jön, közös öltöző kérve.")},
				[]piece{p("Számlát céges névre kéri.")},
			)...),
		)),
		key(fmt.Sprintf("vendeg:%d:orvosi", id), "hash", -1, clinical(mkKV(
			"beutalo_azon", decoy(fmt.Sprintf("06%09d", g.n(1_000_000_000))),
			"diagnozis", hlth(dx),
			"ellenjavallat", hlth(one(g, "nincs", "pacemaker", "terhesség", "nyílt seb", "szívelégtelenség")),
			"vernyomas", hlth(fmt.Sprintf("%d/%d", g.in(110, 175), g.in(65, 105))),
			"gyogyszerek", hlth(one(g, "Algopyrin 500 mg", "Meloxicam 15 mg", "Concor 5 mg", "Metformin 850 mg", "nincs")),
			"kezeloorvos", cont("dr. "+doc.last+" "+doc.first),
			"kurakezdet", plain(g.date()),
			"alkalmak_szama", decoy(s(g.in(5, 15))),
		))),
		key(fmt.Sprintf("vendeg:%d:kezelesek", id), "list", -1, kez),
		key(fmt.Sprintf("szekreny:%d", g.in(1, 600)), "string", 43200, cred(uid)),
		key("wifi:vendeg", "hash", -1, mkKV(
			"ssid", netw("Furdo-Vendeg-"+g.s(num, 2)),
			"jelszo", cred(g.password()),
			"vlan", netw(s(g.in(20, 60))),
			"max_kliens", decoy(s(one(g, 150, 250, 400))),
		)),
		key(fmt.Sprintf("eszkoz:kassza:%d", g.in(1, 6)), "hash", -1, mkKV(
			"modell", dev(till),
			"gyari_szam", dev(strings.ToUpper(g.s(uc+num, 10))),
			"firmware", fwIP(fw),
			"ip", netw(g.lanIP("192.168."+fmt.Sprint(g.in(1, 19)))),
			"utolso_jel", dev(g.iso()),
		)),
		key("sess:"+g.s(hx, 12), "string", 1800, multi(sessJSON, credCat, netCat)),
		key("stat:napi:"+g.date(), "hash", 86400, mkKV(
			"latogatok", decoy(s(g.in(200, 3000))),
			"viz_homerseklet_c", decoy(s(round1(g.f(30, 38)))),
			"ph", decoy(s(round1(g.f(6.8, 7.6)))),
			"sulyfurdo_terheles_kg", decoy(s(one(g, 2, 4, 6))),
		)),
		key(fmt.Sprintf("panasz:%d", g.in(100, 999)), "string", -1, prose(comp...)),
	}
	return language(obj{
		{"redis_version", decoy(one(g, "7.2.4", "6.2.14", "7.0.15"))},
		{"db", plain(0)},
		{"dumped_at", plain(g.iso())},
		{"keys", keys},
	})
}
