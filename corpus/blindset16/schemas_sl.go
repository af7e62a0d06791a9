package blindset16

import "fmt"

// tandemFauna: a tandem-paragliding operator in the Soča valley keeps its
// bookings in FaunaDB; a support script saved the raw v4 HTTP response of
// one query ({"resource": ...} with "@ref", "@ts" and "@date" wire
// types): bookings with the passenger's weight and health declaration,
// the pilots with their instruments and trackers, and the settings
// document. Slovenian field names, some with č / š / ž; notes in
// Slovenian, the passengers often tourists.
func tandemFauna(r *rng) any {
	t0 := r.when()
	ref := func(coll string) obj {
		return obj{{"@ref", obj{{"id", decoy(r.digits(18))}, {"collection", obj{{"@ref", obj{{"id", plain(coll)}, {"collection", obj{{"@ref", obj{{"id", plain("collections")}}}}}}}}}}}}
	}
	fts := func(t leaf) obj { return obj{{"@ts", t}} }
	fdate := func(d leaf) obj { return obj{{"@date", d}} }

	// pilots
	type pilot struct {
		p   person
		ref obj
	}
	var pilots []pilot
	var pilotDocs arr
	for i := 0; i < r.in(1, 2); i++ {
		pp := r.slovene()
		rf := ref("piloti")
		pilots = append(pilots, pilot{pp, rf})
		pilotDocs = append(pilotDocs, obj{
			{"ref", rf},
			{"ts", plain(unixMs(t0)*1000 - int64(r.in(1000, 900000000)))},
			{"data", obj{
				{"ime", cont(pp.first)},
				{"priimek", cont(pp.last)},
				{"telefon", cont(r.siPhone())},
				{"e_pošta", cont(r.email(pp.first, pp.last))},
				{"teža_kg", hlth(r.in(62, 98))},
				{"licenca_velja_do", fdate(plain(day(after(t0, r.in(20000, 500000)))))},
				{"vario", obj{
					{"model", dev(r.pick("XC Tracer Maxx II", "Flymaster Vario SD", "Skytraxx 5 mini", "Syride SYS'Nav XL"))},
					{"serijska", dev(r.serial("", 8))},
					{"firmware", dev(fmt.Sprintf("%d.%d.%d", r.in(1, 5), r.in(0, 9), r.in(0, 30)))},
				}},
				{"sledilnik", obj{
					{"model", dev(r.pick("Garmin inReach Mini 2", "Garmin inReach Messenger", "ZOLEO", "SPOT Gen4"))},
					{"imei", dev(r.imei())},
					{"zadnji_signal", fts(dev(isoMs(after(t0, -r.in(5, 3000)))))},
				}},
				{"aktiven", plain(true)},
			}},
		})
	}

	var bookings arr
	for i := 0; i < r.in(1, 3); i++ {
		var pp person
		var phone, lang string
		country := "SI"
		if r.chance(0.7) {
			pp = r.visitor()
			phone = r.foreignPhone()
			lang = r.pick("de", "nl", "pl", "en")
			country = r.pick("DE", "NL", "PL", "GB", "AT")
		} else {
			pp = r.slovene()
			phone = r.siLocal()
			lang = "sl"
		}
		sex := "M"
		if pp.female {
			sex = "Ž"
		}
		pl := pilots[r.IntN(len(pilots))]
		weight := r.in(42, 112)
		hd := obj{
			{"bolezni_srca", hlth(r.chance(0.05))},
			{"epilepsija", hlth(r.chance(0.03))},
			{"nosečnost", hlth(false)},
			{"poškodbe_hrbtenice", hlth(r.pick("ne", "ne", "hernija diska L5/S1 (2021)", "zlom vretenca pred 10 leti"))},
			{"zdravila", hlth(r.pick("ne", "ne", "antihipertenzivi", "inzulin", "antidepresivi"))},
		}
		var hn leaf
		switch r.IntN(3) {
		case 0:
			hn = prose(p(r.pick("Pred dvema letoma zlom gležnja, zdaj brez težav.", "Jemlje zdravila za krvni tlak, danes izmerjen 150/95.", "Ima astmo, inhalator vzame s seboj."), healthC))
		case 1:
			hn = prose(p("Potnik ima "), p(r.pick("strah pred višino", "slabo ravnotežje po operaciji kolena", "sladkorno bolezen tipa 1"), healthC), p(", pilot obveščen."))
		default:
			hn = prose(p("Brez posebnosti."))
		}
		hd = append(hd, field{"opombe", hn})

		var pilotNote leaf
		switch r.IntN(4) {
		case 0:
			pilotNote = prose(p("Potnica zelo nervozna, "), p("let skrajšan zaradi slabosti in bruhanja", healthC), p("."))
		case 1:
			pilotNote = prose(p("Veter premočan na Kobali, let prestavljen na jutri ob 9h."))
		case 2:
			pilotNote = prose(p("Stranka prosi za video na e-pošto "), p(r.email(pp.first, pp.last), contactC), p("."))
		default:
			drv := r.slovene()
			pilotNote = prose(p("Pristanek na travniku pri "+r.pick("Trnovem", "Kobaridu", "Bovcu")+", "+map[bool]string{true: "pobrala ", false: "pobral "}[drv.female]), p(drv.first, contactC), p("."))
		}
		day0 := after(t0, r.in(60, 20000))
		data := obj{
			{"potnik", obj{
				{"ime", cont(pp.first)},
				{"priimek", cont(pp.last)},
				{"datum_rojstva", fdate(cont(day(r.birth(1955, 2008))))},
				{"spol", sexOf(sex)},
				{"telefon", cont(phone)},
				{"e_pošta", cont(r.email(pp.first, pp.last))},
				{"naslov", obj{
					{"ulica", cont(fmt.Sprintf("%s %d", r.pick("Trg golobarskih žrtev", "Mala vas", "Gregorčičeva ulica", "Hauptstraße", "Kerkstraat", "ul. Długa", "High Street"), r.in(1, 120)))},
					{"kraj", cont(r.pick("Bovec", "Kobarid", "Ljubljana", "München", "Utrecht", "Kraków", "Leeds"))},
					{"poštna_številka", cont(r.pick("5230", "5222", "1000", "80331", "3511", "31-001", "LS6 2AB"))},
					{"država", decoy(country)},
				}},
				{"jezik", plain(lang)},
			}},
			{"teža_kg", hlth(weight)},
			{"višina_cm", hlth(r.in(150, 198))},
			{"zdravstvena_izjava", clinical(hd)},
			{"let", obj{
				{"datum", fdate(plain(day(day0)))},
				{"ura", plain(fmt.Sprintf("%02d:%02d", r.in(8, 17), r.pick3(0, 30, 0)))},
				{"vzletišče", plain(r.pick("Kobala", "Stol", "Kanin", "Lijak", "Vogel"))},
				{"pilot", pl.ref},
				{"trajanje_min", plain(r.pick3(20, 30, 45))},
				{"video", plain(r.chance(0.6))},
				{"cena_eur", plain(r.pick3(130, 150, 180))},
				{"koda_za_popust", r.orNull(0.6, decoy(r.pick("BOVEC10", "SOCA24", "FAMILY15")))},
			}},
			{"plačilo", obj{
				{"način", plain(r.pick("kartica", "gotovina"))},
				{"kartica", decoy("**** " + r.digits(4))},
				{"stripe_pi", decoy("pi_" + r.alnum(24))},
			}},
			{"soglasje_url", cred(fmt.Sprintf("https://files.tandem-soca.example/soglasja/%s.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2Feu-central-1%%2Fs3%%2Faws4_request&X-Amz-Signature=%s", r.uuid(), r.awsKeyID(), day0.Format("20060102"), r.hex(64)))},
			{"opomba_pilota", pilotNote},
			{"ustvarjeno", fts(plain(isoMs(after(t0, -r.in(60, 40000)))))},
		}
		bookings = append(bookings, obj{{"ref", ref("rezervacije")}, {"ts", plain(unixMs(t0)*1000 - int64(r.in(1000, 90000000)))}, {"data", data}})
	}

	baseLan := r.lan()
	admin := r.slovene()
	settings := obj{
		{"ref", ref("nastavitve")},
		{"ts", plain(unixMs(t0)*1000 - int64(r.in(1000, 900000000)))},
		{"data", obj{
			{"baza", obj{
				{"naslov", cont(fmt.Sprintf("%s %d, 5230 Bovec", r.pick("Trg golobarskih žrtev", "Ledina", "Klanc"), r.in(1, 60)))},
				{"wifi_ssid", netw(r.pick("Tandem-Baza", "TandemSoca", "Baza-Bovec") + r.pick("", "-5G"))},
				{"wifi_geslo", cred(r.psk())},
				{"router_ip", netw(baseLan.gw())},
				{"nvr_rtsp", tag(fmt.Sprintf("rtsp://admin:%s@%s:554/Streaming/Channels/101", r.alnum(10), baseLan.host(r.in(20, 60))), credC, netC)},
			}},
			{"stripe", obj{{"skrivni_ključ", cred(r.stripeSecret())}, {"javni_ključ", decoy(r.stripePub())}}},
			{"sms", obj{{"api_ključ", cred(r.hex(32))}, {"pošiljatelj", plain("TandemSoca")}}},
			{"uporabniki", arr{obj{
				{"uporabniško_ime", cont(ascii(admin.first) + "." + ascii(admin.last))},
				{"geslo_hash", cred(r.argon2())},
				{"vloga", plain("admin")},
				{"zadnja_prijava", fts(plain(isoMs(after(t0, -r.in(10, 4000)))))},
				{"geslo_min_dolžina", decoy(10)},
			}}},
			{"različica_sheme", decoy(fmt.Sprint(r.in(3, 9)))},
		}},
	}

	return language(obj{{"resource", obj{
		{"rezervacije", obj{{"data", bookings}, {"after", arr{ref("rezervacije")}}}},
		{"piloti", obj{{"data", pilotDocs}}},
		{"nastavitve", settings},
	}}})
}
