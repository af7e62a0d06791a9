package blindset9

import (
	"fmt"
	"strings"
)

// kela-kyyti-cdc: a Finnish patient-transport taxi dispatch (Kela-
// reimbursed rides to hospital appointments) streamed as Debezium change
// events (before / after / source / op) with Finnish snake_case columns:
// customer, pickup address, reason for the ride, ICD-10 code, mobility
// aids, oxygen, stretcher and weight, escort, driver, vehicle and taximeter,
// reimbursement, dispatcher and a dispatcher's note in Finnish.

func kelaKyyti(g *rng) any {
	c := g.personOf("fi")
	drv := g.personOf("fi")
	disp := g.personOf("fi")
	kunnat := []struct{ kunta, pnro, katu string }{
		{"Tampere", "331", "Hämeenkatu"}, {"Oulu", "901", "Kirkkokatu"}, {"Kuopio", "701", "Puijonkatu"},
		{"Jyväskylä", "401", "Kauppakatu"}, {"Rovaniemi", "961", "Koskikatu"}, {"Joensuu", "801", "Siltakatu"},
	}
	k := one(g, kunnat...)
	syyt := []struct{ syy, icd string }{
		{"dialyysihoito", "N18.5 Krooninen munuaistauti, vaihe 5"},
		{"sädehoito", "C50.9 Rintasyöpä"},
		{"kemoterapia", "C18.7 Sigmasuolen syöpä"},
		{"fysioterapia lonkkaleikkauksen jälkeen", "S72.0 Reisiluun kaulan murtuma"},
		{"silmäpoliklinikka, kaihileikkaus", "H25.1 Ikään liittyvä tumakaihi"},
		{"psykiatrian poliklinikka", "F33.1 Toistuva masennus"},
	}
	s := one(g, syyt...)
	apu := some(g, g.in(0, 2), "pyörätuoli", "rollaattori", "kyynärsauvat", "happirikastin", "opaskoira")
	pyora := false
	for _, a := range apu {
		pyora = pyora || a == "pyörätuoli"
	}
	orderID := g.in(1_000_000, 9_999_999)
	tilaus := fmt.Sprintf("KY%d-%07d", g.in(2023, 2025), g.n(10_000_000))
	dob := g.dob()
	phone := g.phoneFI()
	email := g.email(c)
	street := fmt.Sprintf("%s %d %s %d", k.katu, g.in(1, 80), one(g, "A", "B", "C"), g.in(1, 40))
	pnro := k.pnro + g.s(num, 2)
	weight := g.in(48, 140)
	oxy := g.chance(30)
	oxyFlow := one(g, 1, 2, 3)
	carModel := one(g, "Toyota Proace Verso", "Mercedes-Benz Vito Tourer", "Volkswagen Caddy Maxi", "Škoda Superb Combi", "Ford Tourneo Custom")
	meter := one(g, "Mitax M21", "Semel ST-3000", "Halda Taxitax Mini")
	meterSN := fmt.Sprintf("%s%07d", one(g, "MX", "SE", "HT"), g.n(10_000_000))
	fw := g.ver(3)
	fwIPShaped := g.chance(40)
	if fwIPShaped {
		fw = fmt.Sprintf("%d.%d.%d.%d", g.in(1, 9), g.in(0, 30), g.in(0, 9), g.in(1, 250))
	}
	imei := g.imei()
	drvPhone := g.phoneFI()
	pickup := g.iso()
	km := round1(g.f(3, 180))

	var note []piece
	switch g.n(6) {
	case 0:
		note = []piece{p("Ovikoodi "), p(fmt.Sprintf("%04d", g.n(10000)), credCat), p(", asunto kolmannessa kerroksessa, ei hissiä.")}
	case 1:
		oxy = true
		note = []piece{p("Asiakas käyttää "), p(fmt.Sprintf("happea %d l/min", oxyFlow), healthCat), p(", ota varapullo mukaan.")}
	case 2:
		note = []piece{p("Soita tyttärelle "), p(g.personOf("fi").first, contactCat), p(" numeroon "), p(g.phoneFI(), contactCat), p(" ennen noutoa.")}
	case 3:
		note = []piece{p("Asiakas on "), p(one(g, "muistisairas", "sokea", "kuulovammainen", "insuliinihoitoinen diabeetikko"), healthCat), p(", saattaja tulee mukaan.")}
	case 4:
		note = []piece{p("Taksamittari "), p(meterSN, deviceCat), p(" ei lähettänyt kuittia, tarkista yhteys.")}
	default:
		note = []piece{p("Paluumatka tilataan erikseen, kun hoito päättyy.")}
	}
	notes := prose(note...)

	row := func(tila string, withDriver bool) obj {
		o := obj{
			{"tilaus_id", decoy(orderID)},
			{"tilausnumero", decoy(tilaus)},
			{"tila", plain(tila)},
			{"asiakas_etunimi", cont(c.first)},
			{"asiakas_sukunimi", cont(c.last)},
			{"syntymaaika", cont(dob)},
			{"puhelin", cont(phone)},
			{"sahkoposti", cont(email)},
			{"nouto_katuosoite", cont(street)},
			{"nouto_postinumero", cont(pnro)},
			{"nouto_postitoimipaikka", cont(strings.ToUpper(k.kunta))},
			{"kohde_toimipiste", plain(one(g, "TAYS Keskussairaala", "OYS", "KYS", "Keski-Suomen sairaala Nova", "Lapin keskussairaala"))},
			{"nouto_aika", plain(pickup)},
			{"matkan_syy", hlth(s.syy).clin()},
			{"diagnoosi", hlth(s.icd).clin()},
			{"apuvalineet", clinical(stringsOf(hlth, apu...))},
			{"pyoratuolikuljetus", hlth(pyora).clin()},
			{"paarikuljetus", hlth(g.chance(15)).clin()},
			{"paino_kg", hlth(weight).clin()},
			{"happihoito", hlth(oxy).clin()},
			{"saattaja", plain(g.chance(30))},
			{"matka_km", decoy(km)},
			{"kela_korvaus_eur", decoy(money(km * 1.9))},
			{"omavastuu_eur", decoy(money(25))},
			{"lisatiedot", notes},
			{"valittaja", cont(strings.ToLower(disp.afirst[:1] + disp.alast))},
		}
		if withDriver {
			o = append(o,
				field{"kuljettaja_nimi", cont(drv.full())},
				field{"kuljettaja_puhelin", cont(drvPhone)},
				field{"ajoneuvo_malli", dev(carModel)},
				field{"taksamittari_malli", dev(meter)},
				field{"taksamittari_sarjanumero", dev(meterSN)},
				field{"taksamittari_ohjelmisto", func() leaf {
					if fwIPShaped {
						return fwIP(fw)
					}
					return dev(fw)
				}()},
				field{"taksamittari_imei", dev(imei)},
				field{"taksamittari_ip", netw(g.lanIP("10." + fmt.Sprint(g.in(60, 70)) + "." + fmt.Sprint(g.in(0, 255))))},
				field{"taksamittari_viimeksi_paikalla", dev(g.iso())},
			)
		} else {
			o = append(o,
				field{"kuljettaja_nimi", nullDecoy()},
				field{"kuljettaja_puhelin", nullDecoy()},
			)
		}
		return o
	}

	op := one(g, "c", "u", "u")
	var before any = null()
	var after obj
	if op == "c" {
		after = row("vastaanotettu", false)
	} else {
		before = row("vastaanotettu", false)
		after = row(one(g, "ajossa", "perillä", "välitetty"), true)
	}
	return language(obj{
		{"before", before},
		{"after", after},
		{"source", obj{
			{"version", decoy(one(g, "2.5.1.Final", "2.6.0.Final", "2.4.2.Final"))},
			{"connector", plain("postgresql")},
			{"name", plain("kyyti")},
			{"ts_ms", plain(g.epochMs())},
			{"snapshot", plain("false")},
			{"db", plain("valitys")},
			{"schema", plain("public")},
			{"table", plain("tilaus")},
			{"txId", decoy(g.in(100000, 9_999_999))},
			{"lsn", decoy(g.in(10_000_000, 900_000_000))},
		}},
		{"op", plain(op)},
		{"ts_ms", plain(g.epochMs())},
	})
}
