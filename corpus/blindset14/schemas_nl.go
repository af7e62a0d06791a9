package blindset14

import "fmt"

// thuisbatterij-django-fixture-nl: a Dutch home-battery / dynamic energy
// supplier's customer as `manage.py dumpdata` output (a list of
// {"model", "pk", "fields"} objects with Dutch field names): the customer
// with the "medically necessary" registration of a grid-dependent device,
// the portal account, the battery and inverter, the P1 smart-meter dongle,
// and support notes.

var (
	nlVoornaam   = []string{"Sanne", "Daan", "Femke", "Joris", "Lotte", "Bram", "Ilse", "Thijs", "Noor", "Wouter", "Marloes", "Ruben", "Eline", "Sjoerd"}
	nlAchternaam = [][2]string{{"", "Bakker"}, {"van der", "Linden"}, {"de", "Vries"}, {"", "Mulder"}, {"van", "Dijk"}, {"", "Smit"}, {"", "Visser"}, {"van den", "Berg"}, {"", "Hoekstra"}, {"de", "Graaf"}, {"", "Kuipers"}}
	nlStraten    = []string{"Kastanjelaan", "Molenweg", "Prinsengracht", "Dorpsstraat", "Hoofdstraat", "Beukenlaan", "Julianastraat", "Kerkpad"}
	nlPlaatsen   = []string{"Utrecht", "Zwolle", "Leeuwarden", "Amersfoort", "Deventer", "Haarlem", "Breda", "Groningen"}
	nlBatterijen = []string{"Tesla Powerwall 3", "SolarEdge Home Battery 9.7 kWh", "Huawei LUNA2000-10-S0", "Sessy 5 kWh", "BYD Battery-Box HVS 10.2", "Growatt ARK 7.6H"}
	nlOmvormers  = []string{"Growatt MIN 3600TL-XH", "SolarEdge SE5000H", "Huawei SUN2000-5KTL-L1", "SMA Sunny Boy 4.0", "GoodWe GW5000-EH"}
	nlMedisch    = [][3]string{{"thuisbeademing", "Philips Trilogy Evo", "ALS"}, {"zuurstofconcentrator", "Philips EverFlo", "COPD GOLD 3"}, {"thuisdialyse", "NxStage System One", "nierfalen"},
		{"voedingspomp", "Nutricia Flocare Infinity", "slikstoornis na CVA"}, {"tilsysteem", "Invacare Birdie Evo", "multiple sclerose"}}
)

// tussen labels a name particle: contact, or plain when there is none.
func tussen(s string) leaf {
	if s == "" {
		return plain(s)
	}
	return cont(s)
}

func (r *rng) nlPhone() string { return fmt.Sprintf("06-12345%03d", r.in(0, 999)) }

func thuisbatterijNL(r *rng) any {
	k := r.IntN(len(nlVoornaam))
	vn := nlVoornaam[k]
	aanhef := map[bool]string{true: "Mevr.", false: "Dhr."}[k%2 == 0]
	an := nlAchternaam[r.IntN(len(nlAchternaam))]
	klantPK := r.in(1000, 99999)
	lan := r.lanPrefix()
	ssid := r.pick("Ziggo", "KPN", "Odido-", "H369A") + r.digits(4)
	var objs arr

	klant := obj{
		{"aanhef", sexOf(aanhef)},
		{"voornaam", cont(vn)},
		{"tussenvoegsel", tussen(an[0])},
		{"achternaam", cont(an[1])},
		{"geboortedatum", cont(r.day(1940, 1998))},
		{"straat", cont(r.pick(nlStraten...))},
		{"huisnummer", cont(fmt.Sprint(r.in(1, 240)) + r.pick("", "", "a", "-2"))},
		{"postcode", cont(fmt.Sprintf("%d %s", r.in(1011, 9999), r.from("ABCDEGHJKLMNPRSTVWXZ", 2)))},
		{"woonplaats", cont(r.pick(nlPlaatsen...))},
		{"land", decoy("NL")},
		{"telefoon", cont(r.nlPhone())},
		{"email", cont(r.mail(ascii(vn) + "." + ascii(an[1])))},
		{"ean_aansluiting", decoy("8716" + r.digits(14))},
		{"contractvorm", plain(r.pick("dynamisch", "vast 1 jaar", "variabel"))},
		{"maandbedrag", plain(r.f2(40, 260))},
		{"aangemaakt", plain(r.iso(2021, 2024))},
	}
	if r.chance(0.5) {
		m := nlMedisch[r.IntN(len(nlMedisch))]
		klant = append(klant, field{"medische_registratie", clinical(obj{
			{"medisch_noodzakelijk", hlth(true)},
			{"apparaat_type", hlth(m[0])},
			{"apparaat_model", multi(m[1], devC, healthC)},
			{"aandoening", hlth(m[2])},
			{"behandelend_arts", cont("dr. " + r.pick(nlVoornaam...) + " " + nlAchternaam[r.IntN(len(nlAchternaam))][1])},
			{"verklaring_geldig_tot", plain(r.day(2025, 2027))},
		})})
	} else {
		klant = append(klant, field{"medische_registratie", null()})
	}
	objs = append(objs, obj{{"model", plain("klanten.klant")}, {"pk", decoy(klantPK)}, {"fields", klant}})

	objs = append(objs, obj{{"model", plain("accounts.gebruiker")}, {"pk", decoy(r.in(1, 99999))}, {"fields", obj{
		{"klant", decoy(klantPK)},
		{"gebruikersnaam", cont(ascii(vn) + ascii(an[1]) + r.digits(2))},
		{"password", cred(fmt.Sprintf("pbkdf2_sha256$%d$%s$%s=", r.pickInt(600000, 720000, 870000), r.alnum(22), r.from(alnumSet+"+/", 43)))},
		{"laatste_login", plain(r.iso(2024, 2024))},
		{"is_active", plain(true)},
		{"tweestaps_actief", decoy(r.chance(0.3))},
		{"totp_geheim", cred(r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32))},
	}}})

	batFW := dev(r.ver())
	if r.chance(0.4) {
		batFW = fwIP(r.ipVer())
	}
	objs = append(objs, obj{{"model", plain("installaties.batterij")}, {"pk", decoy(r.in(1, 99999))}, {"fields", obj{
		{"klant", decoy(klantPK)},
		{"merk_model", dev(r.pick(nlBatterijen...))},
		{"serienummer", dev(r.upper(2) + r.digits(10))},
		{"firmware", batFW},
		{"omvormer", dev(r.pick(nlOmvormers...))},
		{"omvormer_serienummer", dev(r.upper(4) + r.digits(8))},
		{"capaciteit_kwh", plain(r.pick("5.0", "9.7", "10.0", "13.5"))},
		{"ip_adres", netw(fmt.Sprintf("%s.%d", lan, r.in(20, 200)))},
		{"mac_adres", macAddr(r.mac(":", true))},
		{"wifi_ssid", netw(ssid)},
		{"wifi_wachtwoord", cred(r.alnum(12))},
		{"laatst_gezien", dev(r.iso(2024, 2024))},
		{"laadcycli", decoy(r.in(10, 2400))},
		{"installatiedatum", plain(r.day(2022, 2024))},
	}}})

	objs = append(objs, obj{{"model", plain("installaties.p1meter")}, {"pk", decoy(r.in(1, 99999))}, {"fields", obj{
		{"dongle", dev(r.pick("HomeWizard Wi-Fi P1 Meter", "SlimmeLezer+", "Zonneplan Connect"))},
		{"dongle_mac", macAddr(r.mac(":", false))},
		{"dongle_ip", netw(fmt.Sprintf("%s.%d", lan, r.in(20, 200)))},
		{"lokale_api_token", cred(r.hexs(32))},
		{"slimme_meter", dev(r.pick("Kaifa MA105", "Landis+Gyr E350", "Sagemcom T210-D", "Iskra AM550"))},
		{"meter_serienummer", dev("E00" + r.digits(13))},
		{"dsmr_versie", decoy(r.pick("5.0.2", "4.2", "5.0"))},
		{"gateway", netw(lan + ".1")},
	}}})

	for k, nk := 0, r.in(1, 2); k < nk; k++ {
		objs = append(objs, obj{{"model", plain("support.notitie")}, {"pk", decoy(r.in(1, 999999))}, {"fields", obj{
			{"klant", decoy(klantPK)},
			{"medewerker", cont(r.pick(nlVoornaam...))},
			{"tekst", r.pickProse(
				func() leaf {
					return prose(p("Klant belt: batterij offline. Router vervangen, nieuw netwerk "), p(ssid+"-5G", netC), p(" met wachtwoord "), p(r.alnum(10), credC), p(" ingesteld."))
				},
				func() leaf {
					return prose(p("Mevrouw is "), p("afhankelijk van thuisbeademing", healthC), p(", bij storing altijd eerst bellen op "), p(r.nlPhone(), contactC), p("."))
				},
				func() leaf {
					return prose(p("Omvormer naar vast IP "), p(fmt.Sprintf("%s.%d", lan, r.in(20, 200)), netC), p(" gezet, poort "), p("502", netC), p(" open voor Modbus."))
				},
				func() leaf { return prose(p("Batterij geplaatst in de garage, klant tevreden. Factuur volgt.")) },
			)},
			{"aangemaakt", plain(r.iso(2023, 2024))},
		}}})
	}
	return language(objs)
}
