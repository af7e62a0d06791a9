package blindset8

import (
	"fmt"
	"strings"
)

// vaartuig-telemetrie: a Dutch yacht-charter and marina telematics
// platform's boat record as one flattened row (dotted Dutch keys): owner
// and address, boat (name, make, type, MMSI), AIS transponder, onboard 4G
// router with Wi-Fi and admin login, portal account, berth, sensors, crew
// with a medical remark, and the skipper's log in Dutch.

func vaartuig(g *rng) any {
	o := g.personOf("nl")
	cities := []struct{ city, pc string }{
		{"Lemmer", "8531"}, {"Sneek", "8601"}, {"Muiden", "1398"}, {"Hoorn", "1621"}, {"Enkhuizen", "1601"},
		{"Utrecht", "3581"}, {"Amsterdam", "1017"}, {"Heeg", "8621"},
	}
	c := one(g, cities...)
	make_ := one(g, []string{"Bavaria", "Cruiser 37"}, []string{"Jeanneau", "Sun Odyssey 410"}, []string{"Hanse", "388"}, []string{"Linssen", "Grand Sturdy 35.0"}, []string{"Bénéteau", "Oceanis 38.1"}, []string{"Dufour", "360 Grand Large"})
	boatName := one(g, "Zeemeeuw", "De Vrijheid", "Wilde Zwaan", "Blauwe Reiger", "Noorderlicht", "Sterre") + one(g, "", " II", " van "+o.first)
	lan := "192.168." + fmt.Sprint(g.in(1, 20))
	ssid := one(g, "Boot-"+strings.ReplaceAll(boatName, " ", ""), "RUT955_"+g.s(HX, 4), boatName+" wifi", "Teltonika_"+g.s(HX, 4))
	routerModel := one(g, "Teltonika RUT955", "Teltonika RUT241", "Glomex WebBoat 4G Plus", "Digital Yacht 4G Xtreme")
	routerSerial := fmt.Sprintf("11%08d", g.n(100_000_000))
	ais := one(g, "Vesper Cortex V1", "em-trak B924", "Digital Yacht AIT3000", "Garmin AIS 800", "Quark-elec QK-A028")

	rec := obj{
		{"boot_id", decoy(fmt.Sprintf("NL-%05d", g.n(100000)))},
		{"eigenaar.aanhef", sexOf(fm(o, "mevrouw", "de heer"))},
		{"eigenaar.voornaam", cont(o.first)},
		{"eigenaar.achternaam", cont(o.last)},
		{"eigenaar.adres.straat", cont(one(g, "Kerkstraat", "Dorpsweg", "Havenkade", "Prins Hendrikkade", "Gedempte Gracht"))},
		{"eigenaar.adres.huisnummer", cont(fmt.Sprint(g.in(1, 220)) + one(g, "", "a", "-2", " bis"))},
		{"eigenaar.adres.postcode", cont(c.pc + " " + g.s(uc, 2))},
		{"eigenaar.adres.woonplaats", cont(c.city)},
		{"eigenaar.adres.land", decoy("NL")},
		{"eigenaar.telefoon", cont(g.phoneNL())},
		{"eigenaar.email", cont(g.email(o))},
		{"schip.naam", dev(boatName)},
		{"schip.merk", dev(make_[0])},
		{"schip.type", dev(make_[1])},
		{"schip.bouwjaar", decoy(g.in(1998, 2023))},
		{"schip.lengte_m", decoy(round1(g.f(8.5, 14.5)))},
		{"schip.diepgang_m", decoy(round1(g.f(1.1, 2.2)))},
		{"schip.gewicht_kg", decoy(g.in(4, 12) * 1000)},
		{"schip.mmsi", dev(fmt.Sprintf("244%06d", g.n(1_000_000)))},
		{"ais.transponder", dev(ais)},
		{"ais.serienummer", dev(g.s(uc, 3) + g.s(num, 7))},
		{"ais.firmware", dev(g.ver(3))},
		{"ais.klasse", plain("B")},
		{"ais.laatste_bericht", dev(g.iso())},
		{"ais.sog_kn", decoy(round1(g.f(0, 8)))},
		{"router.model", dev(routerModel)},
		{"router.serienummer", dev(routerSerial)},
		{"router.imei", dev(g.imei())},
		{"router.firmware", dev(fmt.Sprintf("RUT9_R_00.07.%02d.%d", g.in(1, 9), g.n(12)))},
		{"router.lan_ip", netw(lan + ".1")},
		{"router.lan/subnet", netw(lan + ".0/24")},
		{"router.dhcp_bereik", netw(lan + ".100-" + lan + ".199")},
		{"router.wan_ip", netw(g.docIP())},
		{"router.wifi.ssid", netw(ssid)},
		{"router.wifi.wachtwoord", cred(g.passphrase())},
		{"router.wifi.beveiliging", plain(one(g, "WPA2-PSK", "WPA2/WPA3"))},
		{"router.admin_url", netw("https://" + lan + ".1:" + one(g, "443", "8443", "8080"))},
		{"router.admin_wachtwoord", cred(g.password())},
		{"router.sim.iccid", dev(g.iccid("31"))},
		{"router.sim.apn", plain(one(g, "internet", "basic.internet", "m2m.public"))},
		{"router.data_gebruik_mb", decoy(g.in(200, 40000))},
		{"portaal.gebruikersnaam", cont(g.handle(o))},
		{"portaal.wachtwoord_hash", cred(g.argon())},
		{"portaal.api_sleutel", cred("vt_live_" + g.opaque(32))},
		{"portaal.laatst_ingelogd", plain(g.iso())},
		{"portaal.wachtwoord_min_lengte", decoy(10)},
		{"ligplaats.haven", plain(one(g, "Jachthaven Lemmer", "Marina Muiderzand", "Jachthaven Hindeloopen", "WSV Hoorn"))},
		{"ligplaats.steiger", plain(fmt.Sprintf("%s-%d", one(g, "A", "B", "C", "D"), g.in(1, 60)))},
		{"ligplaats.contractnummer", decoy(fmt.Sprintf("06%08d", g.n(100_000_000)))},
		{"ligplaats.prijs_eur", decoy(money(g.f(1800, 5200)))},
		{"sensoren.accuspanning_v", decoy(round1(g.f(11.8, 14.2)))},
		{"sensoren.bilgepomp_cycli", decoy(g.n(40))},
		{"sensoren.watertemp_c", decoy(round1(g.f(8, 22)))},
		{"verbruik.l/u", decoy(round1(g.f(1.5, 9)))},
	}
	for i := 0; i < g.in(1, 3); i++ {
		cp := g.personOf(one(g, "nl", "nl", "de", "en"))
		pre := fmt.Sprintf("bemanning.%d.", i)
		rec = append(rec,
			field{pre + "naam", cont(cp.full())},
			field{pre + "telefoon", cont(one(g, g.phoneNL(), g.phoneDE(), g.phoneUK()))},
			field{pre + "rol", plain(one(g, "schipper", "bemanning", "gast"))},
		)
		if g.chance(35) {
			rec = append(rec, field{pre + "medisch", hlth(one(g, "diabetes type 1, insulinepen aan boord", "zeeziek, gebruikt Primatour", "epilepsie", "hartpatiënt, bètablokker", "allergisch voor wespensteken"))})
		} else {
			rec = append(rec, field{pre + "medisch", nullDecoy()})
		}
	}
	var log []piece
	switch g.n(6) {
	case 0:
		log = []piece{p("Motor slaat af bij 2000 tpm, monteur gebeld: "), p(g.phoneNL(), contactCat)}
	case 1:
		log = []piece{p("Wifi-wachtwoord aan boord gewijzigd naar "), p(g.passphrase(), credCat), p(" (gasten van deze week).")}
	case 2:
		log = []piece{p("AIS stuurt geen positie meer, transponder "), p(ais, deviceCat), p(" opnieuw gestart.")}
	case 3:
		log = []piece{p("Router onbereikbaar op "), p(lan+".1", netCat), p(", simkaart opnieuw geplaatst.")}
	case 4:
		log = []piece{p("Gast "), p(one(g, "Femke", "Joost", "Lieke", "Teun"), contactCat), p(one(g, " gevallen op het dek, snee in de hand, verbonden.", " zeeziek, twee dagen aan wal gebleven."), healthCat)}
	default:
		log = []piece{p("Geen bijzonderheden, 42 mijl gevaren, wind ZW 4.")}
	}
	rec = append(rec,
		field{"logboek.laatste_notitie", prose(log...)},
		field{"aangemaakt", plain(g.iso())},
		field{"gewijzigd", plain(g.iso())},
		field{"export.versie", decoy(one(g, "1.4.0.12", "2.0.1.3", "1.9.7.44"))},
	)
	return language(rec)
}
