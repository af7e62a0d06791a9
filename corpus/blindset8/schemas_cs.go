package blindset8

import (
	"fmt"
	"strings"
)

// horska-sluzba-registr: a Czech mountain-rescue service's registry of
// ski-tourers (Czech snake_case keys): member, emergency contact, medical
// card, avalanche beacons and satellite messengers, the app, and rescue
// operations with the patient's injuries and vitals and the rescuer's
// record in Czech.

func horskaSluzba(g *rng) any {
	m := g.personOf("cs")
	kin := g.personOf("cs")
	cities := []struct{ city, psc string }{
		{"Liberec", "460 0"}, {"Trutnov", "541 0"}, {"Vrchlabí", "543 0"}, {"Frenštát pod Radhoštěm", "744 0"},
		{"Praha 6", "160 0"}, {"Brno", "602 0"}, {"Jeseník", "790 0"}, {"Špindlerův Mlýn", "543 5"},
	}
	c := one(g, cities...)
	hgt := g.in(155, 196)
	wgt := round1(g.f(50, 105))

	var meds arr
	for _, md := range some(g, g.n(3), "Warfarin 5 mg", "Ventolin inhaler 100 µg", "Euthyrox 75 µg", "Glucophage 850 mg", "Prestarium Neo 5 mg", "EpiPen 0,3 mg") {
		meds = append(meds, obj{
			{"nazev", hlth(md)},
			{"davkovani", hlth(one(g, "1-0-0", "1-0-1", "při potížích", "0-0-1"))},
		})
	}
	if meds == nil {
		meds = arr{}
	}
	zdrav := clinical(obj{
		{"krevni_skupina", hlth(one(g, "A Rh+", "0 Rh+", "B Rh−", "AB Rh+", "0 Rh−", "A Rh−"))},
		{"alergie", stringsOf(hlth, some(g, g.n(3), "penicilin", "včelí bodnutí", "ibuprofen", "ořechy", "latex")...)},
		{"leky", meds},
		{"chronicka_onemocneni", hlth(one(g, "astma bronchiale (J45.9)", "diabetes mellitus 1. typu (E10.9)", "epilepsie (G40.9)", "fibrilace síní (I48.9)", "žádná"))},
		{"vyska_cm", hlth(hgt)},
		{"hmotnost_kg", hlth(wgt)},
		{"pojistovna", plain(one(g, "VZP", "ČPZP", "OZP", "ZPMV"))},
	})

	var gear arr
	beacon := one(g, []string{"Mammut", "Barryvox S"}, []string{"Mammut", "Barryvox"}, []string{"Ortovox", "Diract Voice"}, []string{"Pieps", "Pro IPS"}, []string{"Black Diamond", "Recon LT"}, []string{"Arva", "Evo5"})
	fw := g.ver(2)
	fwLeaf := dev(fw)
	if g.chance(40) {
		fwLeaf = fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(1, 5), g.n(10), g.n(10), g.in(1, 99)))
	}
	gear = append(gear, obj{
		{"typ", dev("lavinový vyhledávač")},
		{"vyrobce", dev(beacon[0])},
		{"model", dev(beacon[1])},
		{"seriove_cislo", dev(g.s(num, 2) + g.s(uc, 1) + g.s(num, 7))},
		{"firmware", fwLeaf},
		{"posledni_synchronizace", dev(g.iso())},
		{"baterie_pct", decoy(g.in(5, 100))},
	})
	if g.chance(60) {
		gear = append(gear, obj{
			{"typ", dev("satelitní komunikátor")},
			{"vyrobce", dev("Garmin")},
			{"model", dev(one(g, "inReach Mini 2", "inReach Messenger", "inReach Explorer+"))},
			{"imei", dev(g.imei())},
			{"posledni_synchronizace", dev(g.iso())},
			{"tarif", plain(one(g, "Essential", "Standard", "Expedition"))},
		})
	}
	if g.chance(40) {
		gear = append(gear, obj{
			{"typ", dev("lavinový batoh")},
			{"vyrobce", dev(one(g, "ABS", "Scott", "Mammut"))},
			{"model", dev(one(g, "A.Light Tour 30", "Patrol E2 25", "Ride Removable Airbag 3.0"))},
			{"seriove_cislo", dev("AB" + g.s(num, 8))},
			{"tlak_patrony_bar", decoy(g.in(180, 220))},
		})
	}

	var ops arr
	for i := 0; i < g.in(0, 2); i++ {
		resc := g.personOf("cs")
		hr := g.in(58, 135)
		sys, dia := g.in(95, 175), g.in(55, 105)
		inj := one(g,
			[2]string{"zlomenina bérce vlevo", "S82.2"},
			[2]string{"podchlazení", "T68"},
			[2]string{"distorze kolene vpravo", "S83.6"},
			[2]string{"otřes mozku", "S06.0"},
			[2]string{"zasypání lavinou, hypoxie", "T71"},
			[2]string{"luxace ramene vlevo", "S43.0"})
		var rec []piece
		rec = append(rec, p("Pacient "))
		if g.chance(50) {
			rec = append(rec, p(m.first+" "+m.last, contactCat), p(" "))
		}
		rec = append(rec, p(one(g, "při vědomí, orientovaný, ", "somnolentní, "), healthCat))
		rec = append(rec, p(one(g, "bolest PDK, deformita bérce. ", "třes, kůže chladná, TT 34,8 °C. ", "bolest hlavy, zvracel 2×. ", "bolest ramene, nelze abdukovat. "), healthCat))
		switch g.n(4) {
		case 0:
			rec = append(rec, p("Podán Fentanyl 50 µg i.n., fixace vakuovou dlahou. ", healthCat))
		case 1:
			rec = append(rec, p("Volal z čísla "), p(g.phoneCZ(), contactCat), p(", lokalizace přes SMS. "))
		case 2:
			rec = append(rec, p("Vyhledávač "), p(beacon[1], deviceCat), p(" v režimu vysílání, nalezen za 6 min. "))
		default:
			rec = append(rec, p("Předán posádce ZZS. "))
		}
		ops = append(ops, obj{
			{"cislo_zasahu", decoy(fmt.Sprintf("HS-%s-%d-%04d", one(g, "KRK", "SUM", "JES", "BES"), 2023+g.n(2), g.n(10000)))},
			{"datum", plain(g.iso())},
			{"oblast", plain(one(g, "Krkonoše", "Šumava", "Jeseníky", "Beskydy", "Orlické hory"))},
			{"lavinovy_stupen", decoy(g.in(1, 4))},
			{"nadm_vyska_m", decoy(g.in(700, 1600))},
			{"poraneni", clinical(obj{
				{"popis", hlth(inj[0])},
				{"dg_mkn10", hlth(inj[1])},
				{"gcs", hlth(one(g, 15, 15, 14, 13, 9))},
				{"tep", hlth(hr)},
				{"tlak", hlth(fmt.Sprintf("%d/%d", sys, dia))},
				{"spo2", hlth(g.in(82, 99))},
				{"teplota_c", hlth(round1(g.f(33.5, 37.4)))},
			})},
			{"zachranar", cont(resc.first + " " + resc.last)},
			{"vrtulnik", plain(one[any](g, "Kryštof 18", "Kryštof 04", "Kryštof 07", nil))},
			{"zaznam", prose(rec...)},
		})
	}
	if ops == nil {
		ops = arr{}
	}

	phoneModel, phoneOS := g.phone()
	return language(obj{
		{"id_zaznamu", decoy(g.uuid())},
		{"clen", obj{
			{"jmeno", cont(m.first)},
			{"prijmeni", cont(m.last)},
			{"datum_narozeni", cont(g.dob())},
			{"pohlavi", sexOf(fm(m, "žena", "muž"))},
			{"telefon", cont(g.phoneCZ())},
			{"email", cont(g.email(m))},
			{"adresa", obj{
				{"ulice", cont(one(g, "Nádražní", "Husova", "Jiráskova", "Palackého", "Horská", "Na Výsluní") + fmt.Sprintf(" %d/%d", g.in(100, 2999), g.in(1, 40)))},
				{"mesto", cont(c.city)},
				{"psc", cont(c.psc + fmt.Sprint(g.n(10)))},
				{"zeme", decoy("CZ")},
			}},
			{"kontakt_v_nouzi", obj{
				{"jmeno", cont(kin.first + " " + kin.last)},
				{"vztah", plain(one(g, "manžel/ka", "matka", "otec", "partner/ka", "sourozenec"))},
				{"telefon", cont(g.phoneCZ())},
			}},
			{"zdravotni_udaje", zdrav},
			{"pojisteni", obj{
				{"cislo_smlouvy", decoy(fmt.Sprintf("HS-%d-%06d", 2024, g.n(1_000_000)))},
				{"platnost_do", plain(g.date())},
				{"cena_kc", decoy(one(g, 390, 590, 890, 1290))},
			}},
		}},
		{"vybaveni", gear},
		{"aplikace", obj{
			{"verze", dev(g.ver(3))},
			{"telefon_model", dev(phoneModel)},
			{"os", dev(phoneOS)},
			{"push_token", cred(g.fcm())},
			{"heslo_hash", cred(g.bcrypt())},
			{"posledni_prihlaseni", plain(g.iso())},
			{"sdileni_polohy", plain(g.chance(50))},
			{"pocet_neuspesnych_prihlaseni", decoy(g.n(4))},
		}},
		{"zasahy", ops},
		{"vytvoreno", plain(g.iso())},
		{"zdroj", plain(one(g, "registrace-web", "aplikace", "infocentrum"))},
		{"ip_registrace", netw(g.docIP())},
		{"poznamka_dispecink", prose(dispatchNote(g, m, strings.ToLower(beacon[1]))...)},
	})
}

func dispatchNote(g *rng, m person, beaconLower string) []piece {
	switch g.n(5) {
	case 0:
		return []piece{p("Člen hlásí plánovaný přechod hřebene, návrat do 16:00. Kontakt na chatu: "), p(g.phoneCZ(), contactCat)}
	case 1:
		return []piece{p("Vyhledávač ("), p(beaconLower, deviceCat), p(") po aktualizaci nehlásí baterii, doporučen servis.")}
	case 2:
		return []piece{p("Pozor: "), p(m.first, contactCat), p(one(g, " je diabetik, nosí glukagon.", " po operaci kolene, omezená zátěž.", " alergie na včelí bodnutí, má EpiPen."), healthCat)}
	case 3:
		return []piece{p("Registrace ověřena telefonicky, bez poznámek.")}
	}
	return []piece{p("Zapomenuté heslo, dočasné heslo zasláno SMS: "), p(g.password(), credCat)}
}
