package blindset7

import "fmt"

// woningcorporatie: a Dutch housing association's rental unit with its
// tenant and repair requests, from the tenant-service system (Dutch
// snake_case keys): tenant, address, rent, medical-priority notes, the
// installations (boiler, thermostat on the tenant's Wi-Fi, smoke alarm),
// the key safe, repair requests with descriptions, fitter and part
// numbers, the tenant portal and app.
func woningcorporatie(g *rng) any {
	h := g.personOf("nl")
	a := g.addrNL()
	ssid := one(g, "Ziggo"+g.s(num, 7), "KPN"+g.s(HX, 4), h.first+"s wifi", "Odido-"+g.s(HX, 4), "H369A"+g.s(HX, 6))
	ketelSerie := g.s(num, 4) + "-" + g.s(num, 7)
	kluis := g.s(num, 4)
	med := g.chance(30)
	toel := nullDecoy()
	if med {
		toel = hlth(one(g, "rolstoelgebruiker (MS)", "ernstige COPD, zuurstofapparaat", "slechthorend, gebruikt gehoorapparaten", "dementie, woont alleen"))
	}
	verzoeken, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 3); j++ {
		mont := g.personOf("nl")
		onder := arr{}
		for k := 0; k < g.in(0, 2); k++ {
			onder = append(onder, obj{
				{"artikelnr", decoy(fmt.Sprintf("%s-%05d", one(g, "SAN", "CV", "ELE", "DAK"), g.n(99999)))},
				{"aantal", plain(g.in(1, 4))},
			})
		}
		verzoeken = append(verzoeken, obj{
			{"verzoeknummer", decoy(fmt.Sprintf("RV%d%06d", g.in(23, 25), g.n(999999)))},
			{"ingediend_op", plain(g.iso())},
			{"categorie", plain(one(g, "lekkage", "cv en warm water", "deuren en sloten", "elektra", "schimmel"))},
			{"omschrijving", seen.draw(func() leaf { return nlOmschrijving(g, h, ssid, ketelSerie, kluis) })},
			{"monteur", cont(mont.first + " " + string([]rune(mont.last)[:1]) + ".")},
			{"afspraak", plain(g.iso())},
			{"onderdelen", onder},
			{"status", plain(one(g, "ingepland", "afgerond", "wacht op onderdeel"))},
		})
	}
	model, os := g.phone()
	return language(obj{
		{"vhe_nummer", decoy(fmt.Sprintf("VHE%07d", g.n(9999999)))},
		{"complex", decoy(g.in(100, 990))},
		{"huurder", obj{
			{"voorletters", cont(string([]rune(h.first)[:1]) + ".")},
			{"voornaam", cont(h.first)},
			{"achternaam", cont(h.last)},
			{"geslacht", sexOf(fm(h, "V", "M"))},
			{"geboortedatum", cont(g.dob())},
			{"telefoonnummer", cont(g.phoneNL())},
			{"e_mailadres", cont(g.email(h))},
			{"huishoudgrootte", plain(g.in(1, 5))},
		}},
		{"adres", obj{
			{"straatnaam", cont(a.street)},
			{"huisnummer", cont(g.in(1, 240))},
			{"toevoeging", cont(one(g, "A", "bis", "2hg", "-1"))},
			{"postcode", cont(a.zip)},
			{"woonplaats", cont(a.city)},
		}},
		{"huur", obj{
			{"kale_huur", decoy(round2(g.f(480, 900)))},
			{"servicekosten", decoy(round2(g.f(12, 80)))},
			{"huurtoeslag", decoy(g.chance(50))},
		}},
		{"bijzonderheden", obj{
			{"medische_urgentie", hlth(med)},
			{"toelichting", toel},
			{"hond_aanwezig", plain(g.chance(25))},
		}},
		{"installaties", arr{
			obj{
				{"soort", dev("cv-ketel")},
				{"merk_type", dev(one(g, "Remeha Calenta Ace 28c", "Intergas Xtreme 36", "Nefit EcoEdge", "Vaillant ecoTEC plus"))},
				{"serienummer", dev(ketelSerie)},
				{"bouwjaar", decoy(g.in(2008, 2023))},
				{"laatste_onderhoud", plain(g.date())},
			},
			obj{
				{"soort", dev("thermostaat")},
				{"merk_type", dev(one(g, "Honeywell Lyric T6", "Tado V3+", "Remeha eTwist", "Nest Learning Thermostat"))},
				{"wifi_ssid", netw(ssid)},
				{"laatst_online", dev(g.iso())},
				{"ingestelde_temp", decoy(round1(g.f(17, 22)))},
			},
			obj{
				{"soort", dev("rookmelder")},
				{"merk_type", dev(one(g, "Ei Electronics Ei650", "Kidde 29HD", "Nedis DTCTS10WT"))},
				{"batterij_pct", decoy(g.in(20, 100))},
			},
		}},
		{"toegang", obj{
			{"sleutelkluis_code", cred(kluis)},
			{"sleutel_bij_buren", decoy(g.chance(30))},
		}},
		{"reparatieverzoeken", verzoeken},
		{"mijn_omgeving", obj{
			{"gebruikersnaam", cont(g.handle(h))},
			{"wachtwoord_hash", cred(g.bcrypt())},
			{"laatst_ingelogd", plain(g.iso())},
			{"app_versie", dev(fmt.Sprintf("%d.%d.%d", g.in(1, 6), g.n(20), g.n(10)))},
			{"toestel", dev(model)},
			{"os_versie", dev(os)},
			{"push_token", cred(g.fcm())},
		}},
	})
}

func nlOmschrijving(g *rng, h person, ssid, serie, kluis string) leaf {
	switch g.n(7) {
	case 0:
		return prose(p("Lekkage onder het aanrecht, huurder is thuis vanaf 14:00."))
	case 1:
		return prose(p(fm(h, "Mevrouw ", "Meneer ")), p(h.last, contactCat), p(" is "), p(one(g, "slechthorend", "slechtziend", "herstellende van een heupoperatie"), healthCat), p(", graag lang aanbellen of bellen naar "), p(g.phoneNL(), contactCat), p("."))
	case 2:
		return prose(p("CV-ketel geeft storing E"+fmt.Sprint(g.in(10, 99))+", serienummer "), p(serie, deviceCat), p("."))
	case 3:
		return prose(p("Sleutel ligt in de sleutelkluis, code "), p(kluis, credCat), p("."))
	case 4:
		return prose(p("Thermostaat verliest steeds verbinding met wifi "), p(ssid, netCat), p(", router staat in de meterkast."))
	case 5:
		return prose(p("Schimmel in de badkamer, "), p(one(g, "huurder heeft astma", "kind heeft longproblemen", "bewoner is COPD-patiënt"), healthCat), p(". Urgent."))
	}
	z := g.personOf("nl")
	return prose(p("Graag contact opnemen met "), p(fm(z, "dochter ", "zoon ")+z.first, contactCat), p(" ("), p(g.email(z), contactCat), p(")."))
}
