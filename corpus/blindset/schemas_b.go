package blindset

import (
	"fmt"
)

// 8. Running club with wearable sync: Polish keys.
func genKlubBiegowy(g *gen) node {
	c := g.person(cPL)
	ad := g.address(cPL)
	sync := arr{}
	for range g.between(1, 4) {
		sync = append(sync, o(
			"data", p(g.day()),
			"kroki", s(g.between(2000, 24000), H),
			"tętno_spoczynkowe", s(g.between(44, 78), H),
			"tętno_max", s(g.between(150, 198), H),
			"sen_minuty", s(g.between(280, 560), H),
			"spo2_proc", g.opt(0.5, s(g.between(93, 99), H)),
			"liczba_okrążeń", d(g.n(30)),
			"rekord_id", d(g.uuid()),
		))
	}
	return hard(hLang, o(
		"numer_członkowski", d("KB-"+g.digits(5)),
		"imię", s(c.first, C),
		"nazwisko", s(c.last, C),
		"e-mail", s(c.email, C),
		"telefon_komórkowy", g.orNull(0.2, s(c.phone, C)),
		"adres", o("ulica", s(ad.street, C), "kod_pocztowy", s(ad.postcode, C), "miasto", s(ad.city, C)),
		"płeć", gender(g.pick("K", "M", "kobieta", "mężczyzna")),
		"wzrost_cm", s(g.numStr(float64(g.between(152, 198))), H),
		"waga_kg", s(g.numStr(g.fl(48, 105, 1)), H),
		"tkanka_tłuszczowa_proc", g.opt(0.5, s(g.fl(9, 34, 1), H)),
		"numer_startowy", d(g.between(1, 4000)),
		"rozmiar_koszulki", d(g.pick("S", "M", "L", "XL")),
		"składka_pln", d(g.pick("120.00", "180.00")),
		"zegarek", o(
			"model", s(g.pick("Garmin Forerunner 265", "Polar Pacer Pro", "Coros Pace 3", "Suunto Race"), DI),
			"numer_seryjny", s(g.serial("G"), DI),
			"oprogramowanie", s(g.fw(), DI),
			"ostatnia_synchronizacja", s(g.ts(), DI),
			"aplikacja_telefon", s(g.phoneOS(), DI),
		),
		"integracja", o("dostawca", d(g.pick("garmin", "strava", "polar")), "access_token", s(g.apiToken(), K), "refresh_token", s(g.refreshToken(), K), "token_type", d("Bearer"), "wersja_api", d(g.ipVersion())),
		"synchronizacje", sync,
	))
}

// 9. Church / NGO donor list: UPPER_CASE English, CSV-export flat rows.
func genDonorLedger(g *gen) node {
	rows := arr{}
	for range g.between(1, 3) {
		dn := g.person(g.pickC(cEN, cWorld, cIT, cES))
		ad := g.address(cEN)
		var notes node
		switch g.n(4) {
		case 0:
			notes = hl(hFree, s(fmt.Sprintf("Prefers a call on %s rather than post. Pastoral visit after hip replacement.", dn.phone), C, H))
		case 1:
			notes = hl(hFree, s("Daughter handles the standing order now, write to "+fold(g.one(firstNames[cEN]))+"@"+g.one(mailDomains)+" instead.", C))
		case 2:
			notes = hl(hFree, d("Gift aid declaration received 2024; thank-you card sent. Ref 10.4.2.1 in binder."))
		default:
			notes = nul()
		}
		rows = append(rows, o(
			"DONOR_ID", d(g.between(10000, 99999)),
			"TITLE", p(g.pick("Mr", "Mrs", "Ms", "Dr", "Rev")),
			"FIRST_NAME", s(dn.first, C),
			"LAST_NAME", s(dn.last, C),
			"EMAIL", g.orNull(0.25, s(dn.email, C)),
			"EMAIL_OPT_IN", d(g.chance(0.5)),
			"PHONE", g.orNull(0.3, s(dn.phone, C)),
			"ADDRESS_LINE1", s(ad.street, C),
			"CITY", s(ad.city, C),
			"POSTCODE", s(ad.postcode, C),
			"COUNTRY", d(ad.country),
			"GIFT_AMOUNT", d(g.pick("25.00", "50.00", "100.00", "12.50")),
			"CURRENCY", d(g.pick("GBP", "USD", "EUR")),
			"GIFT_AID", d(g.pick("Y", "N")),
			"CAMPAIGN_CODE", d(g.pick("XMAS24", "ROOF-APPEAL", "LENT25")),
			"GIFT_COUNT", d(g.n(60)),
			"NOTES", notes,
		))
	}
	return o("EXPORT_ID", d(g.uuid()), "EXPORTED_BY", s(g.person(cEN).email, C), "FORMAT_VERSION", d(g.ipVersion()), "ROWS", rows)
}

// 10. Veterinary clinic: French keys. Pets' health is not a person's health.
func genVeterinaire(g *gen) node {
	pr := g.person(cFR)
	ad := g.address(cFR)
	animaux := obj{}
	for range g.between(1, 3) {
		id := "A-" + g.digits(5)
		if animaux.has(id) {
			continue
		}
		animaux = append(animaux, kv{id, o(
			"nom", d(g.pick("Moka", "Filou", "Caramel", "Rex", "Nala", "Pistache")),
			"espece", d(g.pick("chien", "chat", "lapin", "furet")),
			"race", d(g.pick("berger australien", "européen", "bélier nain", "labrador")),
			"sexe", d(g.pick("M", "F", "MC", "FS")),
			"poids_kg", d(g.numStr(g.fl(1.2, 38, 1))),
			"diagnostic", hl(hClin, d(g.pick("otite externe bilatérale", "insuffisance rénale chronique stade 2", "dermatite atopique", "gastro-entérite aiguë"))),
			"traitements", a(hl(hClin, d(g.pick("amoxicilline 250 mg 2x/j", "méloxicam 1,5 mg/ml", "prednisolone 5 mg")))),
			"groupe_sanguin", g.opt(0.3, hl(hClin, d(g.pick("DEA 1.1+", "A", "B")))),
			"frequence_cardiaque", g.opt(0.4, hl(hClin, d(g.between(70, 180)))),
			"vaccins_a_jour", d(g.chance(0.7)),
		)})
	}
	return hard(hLang, o(
		"dossier", d("VET-"+g.digits(6)),
		"proprietaire", o(
			"civilite", p(g.pick("M.", "Mme")),
			"prenom", s(pr.first, C),
			"nom", s(pr.last, C),
			"courriel", s(pr.email, C),
			"telephone", s(pr.phone, C),
			"adresse", o("rue", s(ad.street, C), "code_postal", s(ad.postcode, C), "ville", s(ad.city, C), "pays", d("FR")),
			"identifiant_portail", s(pr.user, C),
			"mot_de_passe", s(g.bcrypt(), K),
		),
		"animaux", animaux,
		"facture", o("numero", d("F"+g.digits(7)), "montant_ttc", d(g.fl(35, 900, 2)), "devise", d("EUR"), "tva_pct", d(20)),
		"rappel_sms", d(g.chance(0.5)),
		"version_logiciel", d(g.ipVersion()),
	))
}

// 11. IoT water-leak sensor vendor: snake_case English, ids as keys, JSON in a string.
func genDripGuard(g *gen) node {
	u := g.person(g.pickC(cEN, cNL, cDE, cWorld))
	ssid := g.ssid(u.first)
	sensors := obj{}
	for range g.between(1, 4) {
		id := "s_" + g.hex(6)
		if sensors.has(id) {
			continue
		}
		sensors = append(sensors, kv{id, o(
			"nickname", s(g.pick("Under kitchen sink", "Boiler cupboard", u.first+"'s bathroom", "Washing machine", "Basement sump"), DI),
			"model", s(g.pick("DG-LS2", "DG-LS3 Pro", "DripGuard Puck"), DI),
			"mac", mac(g.macAddr("")),
			"battery_pct", d(g.between(3, 100)),
			"temperature_c", d(g.fl(4, 26, 1)),
			"rssi_dbm", d(-g.between(40, 90)),
			"leak_detected", d(g.chance(0.1)),
			"last_seen", s(g.epoch(), DI),
			"fw", s(g.fw(), DI),
		)})
	}
	blob := jsonString(o("ssid", p(ssid), "psk", p(g.psk()), "ip", p(g.privIP())))
	return o(
		"account", o(
			"id", d(g.between(1, 9999999)),
			"email", s(u.email, C),
			"username", s(u.user, C),
			"password", s(g.hex(32), K),
			"password_algo", d("md5"),
			"phone_verified", d(g.chance(0.5)),
			"mfa_secret", g.opt(0.4, s(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32), K)),
		),
		"hub", o(
			"serial", s(g.serial("DGH"), DI),
			"hw_version", s(g.pick("v2", "v3.1"), DI),
			"firmware", s(g.fw(), DI),
			"firmware_update_available", d(g.chance(0.3)),
			"mac", mac(g.macAddr(":")),
			"ip", s(g.privIP(), N),
			"wan_ip", s(g.pubIP(), N),
			"ssid", s(ssid, N),
			"bssid", mac(g.macAddr(":")),
			"provisioning_blob", hl(hObf, s(blob, N, K)),
			"uptime_s", d(g.n(9_000_000)),
		),
		"sensors", sensors,
		"integrations", o(
			"webhook_url", d("https://hooks.dripguard.example/v1/"+g.digits(6)),
			"webhook_secret", s("whsec_"+g.alnum(32), K),
			"alexa", o("access_token", s("Atza|IwEB"+g.chars(b64Set, 60), K), "token_type", d("Bearer"), "expires_in", d(3600)),
		),
		"plan", d(g.pick("Basic", "Protect+", "Insured")),
		"api_version", d(g.ipVersion()),
	)
}

// 12. Marketing-email platform export: name/value merge fields, open events.
func genMailFlare(g *gen) node {
	sb := g.person(g.pickC(cEN, cES, cIT, cWorld))
	ad := g.address(cEN)
	evs := arr{}
	for range g.between(1, 4) {
		evs = append(evs, o("type", d(g.pick("open", "click", "delivered", "bounce")), "timestamp", p(g.epoch()), "ip", s(g.pubIP(), N), "user_agent", s(g.userAgent(), DI), "campaign_id", d(g.hex(10)), "link_index", d(g.n(8))))
	}
	mf := arr{
		o("name", p("FNAME"), "value", hl(hObf, s(sb.first, C))),
		o("name", p("LNAME"), "value", hl(hObf, s(sb.last, C))),
		o("name", p("PHONE"), "value", hl(hObf, g.orNull(0.3, s(sb.phone, C)).(leaf))),
		o("name", p("ADDRESS"), "value", hl(hObf, s(ad.street+", "+ad.city+" "+ad.postcode, C))),
		o("name", p("MMERGE7"), "value", hl(hObf, d(g.pick("VIP", "lapsed", "trial")))),
		o("name", p("SIGNUP_IP"), "value", hl(hObf, s(g.pubIP(), N))),
	}
	return o(
		"list_id", d(g.hex(10)),
		"id", d(g.hex(32)),
		"email_address", s(sb.email, C),
		"unique_email_id", d(g.hex(10)),
		"status", d(g.pick("subscribed", "unsubscribed", "cleaned")),
		"email_type", d("html"),
		"email_verified", d(true),
		"merge_fields", mf,
		"stats", o("avg_open_rate", d(g.fl(0, 1, 2)), "avg_click_rate", d(g.fl(0, 0.4, 2)), "open_count", d(g.n(90))),
		"language", d(g.pick("en", "es", "it")),
		"location", o("country_code", d(g.pick("GB", "US", "ES", "IT")), "timezone", d(g.pick("Europe/London", "America/New_York"))),
		"last_changed", p(g.ts()),
		"events", evs,
		"api_key", g.opt(0.3, s(g.hex(32)+"-us"+fmt.Sprint(g.between(1, 21)), K)),
		"sender", o("from_email", s("newsletter@"+g.pick("shop.example", "brand.example"), C), "from_name", p(g.pick("Shop Team", "Brand Weekly")), "reply_to_verified", d(true)),
	)
}

// 13. Insurance telematics (driving behaviour): Turkish romanised keys.
func genSurusSkoru(g *gen) node {
	sg := g.person(cTR)
	ad := g.address(cTR)
	sur := arr{}
	for range g.between(1, 4) {
		sur = append(sur, o(
			"surus_id", d(g.uuid()),
			"baslangic", p(g.ts()),
			"mesafe_km", d(g.fl(1, 300, 1)),
			"sert_fren", d(g.n(8)),
			"ani_hizlanma", d(g.n(6)),
			"hiz_asimi_sn", d(g.n(400)),
			"gece_surusu", d(g.chance(0.2)),
			"puan", d(g.between(40, 100)),
		))
	}
	return hard(hLang, o(
		"police_no", d("TRF-"+g.digits(9)),
		"urun", d(g.pick("KaskoAkıllı", "Trafik Plus")),
		"prim_tl", d(g.numStr(g.fl(4000, 30000, 2))),
		"sigortali", o(
			"ad", s(sg.first, C),
			"soyad", s(sg.last, C),
			"eposta", s(sg.email, C),
			"cep_telefonu", s(sg.phone, C),
			"adres", o("sokak", s(ad.street, C), "sehir", s(ad.city, C), "posta_kodu", s(ad.postcode, C), "ulke", d("TR")),
			"cinsiyet", gender(g.pick("Kadın", "Erkek", "K", "E")),
			"sifre_hash", s(g.argon(), K),
		),
		"cihaz", o(
			"imei", s(g.imei(), DI),
			"seri_no", s(g.serial("OBD"), DI),
			"model", s(g.pick("Teltonika FMB140", "Queclink GV300", "OBD Dongle X2"), DI),
			"yazilim_surumu", s(g.fw(), DI),
			"son_gorulme", s(g.ts(), DI),
			"telefon_isletim_sistemi", s(g.phoneOS(), DI),
			"sunucu_ip", s(g.pubIP(), N),
			"sunucu_port", s(g.pick2(5027, 8090), N),
		),
		"arac", o("sasi_no", s("NMT"+g.upper(14), DI), "model_yili", d(g.between(2012, 2025)), "yakit", d(g.pick("benzin", "dizel", "elektrik"))),
		"surusler", sur,
		"rapor_surumu", d(g.ipVersion()),
	))
}

// 14. Print shop job log: keys with spaces and slashes, free-text notes.
func genPrintPoint(g *gen) node {
	cu := g.person(g.pickC(cEN, cWorld, cNL))
	var notes node
	switch g.n(4) {
	case 0:
		notes = hl(hFree, s(fmt.Sprintf("Customer wants proof by mail to %s before 5pm, or text %s.", cu.email, cu.phone), C))
	case 1:
		notes = hl(hFree, s(fmt.Sprintf("Printed from %s queue, job stuck — restarted spooler on %s.", g.hostname(), g.privIP()), N))
	case 2:
		notes = hl(hFree, d("Use 350gsm silk, bleed 3mm, trim to 210x297. Order 4410-22 ships 2 boxes of 12.5 kg."))
	default:
		notes = hl(hFree, s(fmt.Sprintf("Wedding invites for %s %s — pastel envelopes, collect Saturday.", cu.first, cu.last), C))
	}
	return o(
		"Job No", d(fmt.Sprintf("%d-%02d", g.between(1000, 9999), g.n(100))),
		"Received", p(g.ts()),
		"Customer", s(cu.first+" "+cu.last, C),
		"Contact Email", s(cu.email, C),
		"Contact Phone", g.orNull(0.3, s(cu.phone, C)),
		"Paper Size", d(g.pick("A3", "A4", "SRA3", "Letter")),
		"Pages", d(g.between(1, 400)),
		"Copies", d(g.numStr(float64(g.between(1, 500)))),
		"Dimensions", d(g.pick("1920x1080", "210x297", "85x55")),
		"Weight (kg)", d(g.fl(0.2, 25, 2)),
		"Price ex/VAT", d(g.fl(3, 900, 2)),
		"Notes", notes,
		"Printer", o(
			"Model", s(g.pick("Konica Minolta bizhub C360i", "Xerox Versant 180", "Canon imagePRESS C170"), DI),
			"Serial", s(g.serial("A"), DI),
			"IP Address", s(g.privIP(), N),
			"Print Server", s(g.hostname(), N),
			"Web Admin", s("http://"+g.privIP()+":8000/wcd/", N),
			"Driver Version", d(g.ipVersion()),
			"Admin Password", g.opt(0.5, s(g.pick("1234567812345678", "sysadm", g.psk()), K)),
		),
		"Operator", s(g.one(firstNames[cEN]), C),
		"Status", d(g.pick("queued", "printed", "collected")),
	)
}
