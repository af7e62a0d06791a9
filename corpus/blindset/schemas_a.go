package blindset

import (
	"fmt"
	"strconv"

	"github.com/leakscope/leakscope/corpus"
)

const (
	K  = corpus.Credential
	C  = corpus.Contact
	N  = corpus.NetworkLayout
	DI = corpus.DeviceInventory
	H  = corpus.Health

	hLang = corpus.HardLanguage
	hObf  = corpus.HardObfuscated
	hFree = corpus.HardFreeText
	hClin = corpus.HardClinical
)

// opt returns n with probability pr, else nil (the field is left out).
func (g *gen) opt(pr float64, n node) node {
	if g.chance(pr) {
		return n
	}
	return nil
}

// orNull returns n, or a null decoy with probability pr.
func (g *gen) orNull(pr float64, n node) node {
	if g.chance(pr) {
		return nul()
	}
	return n
}

// numStr renders a number as a string sometimes.
func (g *gen) numStr(v float64) any {
	if g.chance(0.35) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return v
}

// 1. Baby-formula / parenting app: camelCase English.
func genBottleBuddy(g *gen) node {
	pp := g.person(cEN)
	babies := arr{}
	for range g.between(1, 2) {
		bn := g.one(firstNames[g.pickC(cEN, cNL, cWorld)])
		feeds := arr{}
		for range g.between(1, 4) {
			feeds = append(feeds, o(
				"feedId", d(g.uuid()),
				"loggedAt", p(g.ts()),
				"formulaSku", d("BB-"+g.upper(3)+"-"+g.digits(3)),
				"bottleSizeMl", d(g.pick2(150, 240, 330)),
				"volumeMl", s(g.between(60, 210), H),
				"kcal", s(g.between(40, 150), H),
				"proteinG", g.opt(0.5, s(g.fl(0.8, 3.2, 1), H)),
			))
		}
		babies = append(babies, o(
			"babyId", d(g.n(900000)+100000),
			"firstName", s(bn, C),
			"gender", gender(g.pick("female", "male", "F", "M")),
			"birthWeightGrams", s(g.numStr(float64(g.between(2400, 4300))), H),
			"currentWeightKg", s(g.fl(3.5, 12, 2), H),
			"lengthCm", s(g.fl(48, 85, 1), H),
			"allergies", a(s(g.pick("cow's milk protein", "soy", "lactose intolerance", "egg"), H)),
			"sleepLastNightMin", s(g.between(420, 720), H),
			"feeds", feeds,
			"photoCount", d(g.n(400)),
			"avatarWidthPx", d(g.pick2(256, 512)),
		))
	}
	return o(
		"schemaVersion", d(g.ipVersion()),
		"exportedAt", p(g.ts()),
		"account", o(
			"accountId", d(g.uuid()),
			"email", s(pp.email, C),
			"emailVerified", d(g.chance(0.8)),
			"firstName", s(pp.first, C),
			"lastName", s(pp.last, C),
			"mobile", g.orNull(0.2, s(pp.phone, C)),
			"passwordHash", s(g.bcrypt(), K),
			"passwordMinLength", d(8),
			"profilePhotoUrl", g.opt(0.6, s("https://cdn.bottlebuddy.example/avatars/"+g.hex(16)+".jpg", C)),
			"plan", d(g.pick("Free", "Premium Monthly", "Premium Family")),
			"locale", d(g.pick("en-GB", "en-US", "nl-NL")),
			"pregnancyWeek", g.opt(0.3, s(g.between(6, 40), H)),
			"referralCount", d(g.n(12)),
		),
		"session", o(
			"accessToken", s(g.jwt(), K),
			"token_type", d("Bearer"),
			"expiresIn", d(3600),
			"tokenCount", d(g.between(1, 5)),
		),
		"device", o(
			"appVersion", s(fmt.Sprintf("4.%d.%d", g.n(12), g.n(9)), DI),
			"os", s(g.phoneOS(), DI),
			"pushEnabled", d(g.chance(0.5)),
		),
		"babies", babies,
	)
}

// 2. Italian dental clinic patient export: snake_case Italian keys, clinical.
func genStudioDentale(g *gen) node {
	pz := g.person(cIT)
	ad := g.address(cIT)
	tr := arr{}
	for range g.between(1, 3) {
		tooth := g.pick2(11, 16, 21, 26, 36, 37, 46, 47)
		proc := g.pick("otturazione composita", "corona in ceramica", "devitalizzazione", "estrazione", "detartrasi", "impianto osteointegrato")
		tr = append(tr, o(
			"id_prestazione", d(g.n(99999)),
			"data", p(g.day()),
			"dente", hl(hClin, s(tooth, H)),
			"descrizione", hl(hClin, s(fmt.Sprintf("%s elemento %d", proc, tooth), H)),
			"codice_listino", d("PR-"+g.digits(4)),
			"importo_eur", d(g.numStr(g.fl(40, 1500, 2))),
			"stato", d(g.pick("eseguito", "preventivato", "annullato")),
		))
	}
	anam := g.pick(
		"Paziente diabetico tipo 2 in terapia con metformina 850 mg; riferisce allergia alla penicillina.",
		"Iperteso, assume ramipril 5 mg. Gravidanza al secondo trimestre: evitare RX.",
		"Nessuna patologia sistemica riferita. Bruxismo notturno, porta bite.",
		"In terapia anticoagulante (warfarin), INR 2.4 al "+g.day()+".",
	)
	return hard(hLang, o(
		"versione_export", d(g.ipVersion()),
		"id_paziente", d("PZ"+g.digits(6)),
		"paziente", o(
			"nome", s(pz.first, C),
			"cognome", s(pz.last, C),
			"sesso", gender(g.pick("M", "F")),
			"email", g.orNull(0.15, s(pz.email, C)),
			"telefono_cellulare", s(pz.phone, C),
			"indirizzo", o("via", s(ad.street, C), "citta", s(ad.city, C), "cap", s(ad.postcode, C), "nazione", d(ad.country)),
			"consenso_privacy", d(true),
			"numero_visite", d(g.n(40)),
		),
		"anamnesi", hl(hClin, s(anam, H)),
		"allergie", a(hl(hClin, s(g.pick("penicillina", "lattice", "lidocaina", "nichel"), H))),
		"gruppo_sanguigno", g.opt(0.4, hl(hClin, s(g.pick("A+", "0-", "B+", "AB+"), H))),
		"pressione_arteriosa", g.opt(0.5, hl(hClin, s(fmt.Sprintf("%d/%d", g.between(105, 160), g.between(65, 100)), H))),
		"trattamenti", tr,
		"radiografie", a(o("file", d("rx_"+g.digits(5)+".dcm"), "dimensioni", d("1600x1200"), "peso_kb", d(g.between(300, 4000)))),
		"portale", o("username", s(pz.user, C), "password", s(g.argon(), K), "lunghezza_minima_password", d(10)),
	))
}

// 3. German car-dealer CRM with connected-car telematics: PascalCase German.
func genAutohaus(g *gen) node {
	k := g.person(cDE)
	ad := g.address(cDE)
	owner := k.first
	return hard(hLang, o(
		"Kundennummer", d("KD-"+g.digits(7)),
		"Anrede", p(g.pick("Herr", "Frau", "Divers")),
		"Vorname", s(k.first, C),
		"Nachname", s(k.last, C),
		"EMail", s(k.email, C),
		"Telefon", g.orNull(0.2, s(k.phone, C)),
		"Anschrift", o("Strasse", s(ad.street, C), "PLZ", s(ad.postcode, C), "Ort", s(ad.city, C), "Land", d("DE")),
		"Fahrzeug", o(
			"FIN", s("WVWZZZ"+g.upper(11), DI),
			"Modell", s(g.pick("ID.4 Pro", "Golf 8 GTE", "Tayron eHybrid", "Octavia Combi iV"), DI),
			"Kennzeichen", p(nil),
			"Farbe", p(g.pick("Mondsteingrau", "Kingsred", "Schwarz")),
			"Kilometerstand", d(g.n(180000)),
			"Listenpreis", d(g.numStr(float64(g.between(28000, 61000)))),
			"Waehrung", d("EUR"),
		),
		"Telematik", o(
			"SteuergeraetIMEI", s(g.imei(), DI),
			"SIM-ICCID", s("8949"+g.digits(15), DI),
			"Firmware", s(g.fw(), DI),
			"LetzteVerbindung", s(g.ts(), DI),
			"Hotspot", o(
				"SSID", s(g.ssid(owner), N),
				"Passwort", s(g.psk(), K),
				"PasswortLaenge", d(g.between(8, 14)),
			),
			"OnlineDienste", o(
				"access_token", s(g.apiToken(), K),
				"refresh_token", s(g.refreshToken(), K),
				"token_type", d("Bearer"),
				"Ablauf", d(g.epoch()),
			),
		),
		"Auftraege", a(o("Auftragsnummer", d("A"+g.digits(8)), "Datum", p(g.day()), "Betrag", d(g.fl(90, 2400, 2)), "Status", d(g.pick("offen", "abgeschlossen")))),
		"Berater", o("Name", s(g.one(firstNames[cDE])+" "+g.one(lastNames[cDE]), C), "Filiale", d(g.pick("Kassel-Nord", "Bamberg"))),
		"ExportVersion", d(g.ipVersion()),
	))
}

// 4. Co-working space door access: kebab-case English, objects keyed by ids.
func genDeskHive(g *gen) node {
	m := g.person(cWorld)
	doors := obj{}
	for range g.between(1, 3) {
		id := "door-" + g.hex(4)
		if doors.has(id) {
			continue
		}
		doors = append(doors, kv{id, o(
			"zone", d(g.pick("Floor 2 East", "Bike storage", "Main entrance", "Phone booth 4")),
			"reader-model", s(g.pick("HID Signo 40", "Paxton P50", "Salto XS4 Wall Reader"), DI),
			"reader-serial", s(g.serial("RS"), DI),
			"reader-firmware", s(g.fw(), DI),
			"controller-ip", s(g.privIP(), N),
			"controller-port", s(g.pick2(4001, 10001, 8443), N),
			"vlan", s(g.pick2(20, 30, 110), N),
			"controller-mac", mac(g.macAddr(":")),
			"last-seen", s(g.ts(), DI),
			"open-time-ms", d(g.pick2(3000, 5000)),
		)})
	}
	events := arr{}
	for range g.between(1, 4) {
		events = append(events, o("at", p(g.ts()), "door", d(doors[g.n(len(doors))].k), "result", d(g.pick("granted", "denied", "tailgate")), "event-id", d(g.n(1<<30))))
	}
	return o(
		"member-id", d(g.uuid()),
		"full-name", s(m.first+" "+m.last, C),
		"email", s(m.email, C),
		"slack-handle", g.opt(0.6, s("@"+m.user, C)),
		"company", p(g.pick("Northwind Studio", "Acme Robotics", "Freelance")),
		"plan", d(g.pick("Hot Desk", "Dedicated Desk", "Private Office 4p")),
		"monthly-fee", d(g.pick2(199, 349, 1290)),
		"credentials", o(
			"card-uid", s(g.pick(strings2(g.hex(8)), g.hex(14)), K),
			"door-pin", s(g.digits(6), K),
			"pin-length", d(6),
			"mobile-key", s(g.jwt(), K),
			"wifi-guest-psk", g.opt(0.5, s(g.psk(), K)),
		),
		"wifi", o("ssid", s(g.pick("DeskHive-Members", "DeskHive-5G"), N), "subnet", s(fmt.Sprintf("10.%d.0.0/22", g.n(40)), N), "captive-portal", s("http://"+g.privIP()+"/login", N)),
		"doors", doors,
		"events", events,
		"phone", s(m.phone, C),
	)
}

func strings2(h string) string {
	return h[0:2] + ":" + h[2:4] + ":" + h[4:6] + ":" + h[6:8]
}

// 5. Drone fleet log: snake_case Spanish keys.
func genDron(g *gen) node {
	pl := g.person(cES)
	vuelos := arr{}
	for range g.between(1, 4) {
		var inc node
		switch g.n(3) {
		case 0:
			inc = hl(hFree, s("Pérdida de señal a 400 m; el controlador "+g.privIP()+" se reinició.", N))
		case 1:
			inc = hl(hFree, d("Aterrizaje forzoso por viento, sin daños. Batería 18 %."))
		}
		vuelos = append(vuelos, o(
			"id_vuelo", d(g.uuid()),
			"inicio", p(g.ts()),
			"duracion_s", d(g.between(120, 1800)),
			"altitud_max_m", d(g.between(20, 120)),
			"bateria_inicio_pct", d(g.between(70, 100)),
			"distancia_m", d(g.between(100, 7000)),
			"modo", d(g.pick("manual", "waypoints", "orbita")),
			"incidencias", inc,
		))
	}
	return hard(hLang, o(
		"version_esquema", d(g.ipVersion()),
		"piloto", o(
			"nombre", s(pl.first, C),
			"apellidos", s(pl.last, C),
			"correo", s(pl.email, C),
			"telefono", g.orNull(0.2, s(pl.phone, C)),
			"num_operador", d("ESP-RP-"+g.upper(8)),
			"horas_vuelo", d(g.between(3, 900)),
		),
		"dron", o(
			"numero_serie", s(g.serial("1581F"), DI),
			"modelo", s(g.pick("DJI Mavic 3 Enterprise", "Parrot Anafi USA", "Autel EVO II Pro"), DI),
			"firmware", s(g.fw(), DI),
			"version_app", s(g.pick("DJI Pilot 2 v", "FreeFlight 7 v")+g.fw(), DI),
			"peso_despegue_g", d(g.between(249, 1600)),
			"ultima_conexion", s(g.ts(), DI),
		),
		"controlador", o(
			"mac", mac(g.macAddr(":")),
			"ip", s(g.privIP(), N),
			"puerto_video", s(g.pick2(554, 8554), N),
			"wifi", o("ssid", s("DRONE-"+g.upper(6), N), "clave", s(g.psk(), K)),
		),
		"nube", o("api_key", s(g.apiToken(), K), "token_type", d("Bearer")),
		"vuelos", vuelos,
	))
}

// 6. School pupil-health record: Dutch keys.
func genLeerling(g *gen) node {
	l := g.person(cNL)
	ad := g.address(cNL)
	nc := arr{}
	for range g.between(1, 2) {
		c := g.person(cNL)
		nc = append(nc, o("naam", s(c.first+" "+l.last, C), "relatie", p(g.pick("moeder", "vader", "oma", "buurvrouw")), "telefoon", s(c.phone, C), "email", g.orNull(0.3, s(c.email, C))))
	}
	med := g.pick("Salbutamol inhalator", "Methylfenidaat 10 mg", "EpiPen 0,3 mg", "Insuline (Novorapid)")
	notes := g.pick(
		fmt.Sprintf("Bij benauwdheid direct %s geven en moeder bellen op %s.", med, l.phone),
		"Kind heeft type 1 diabetes; glucose meten voor de gymles.",
		"Geen bijzonderheden. Mag mee op schoolreis.",
	)
	var notesLeaf leaf
	switch notes[0] {
	case 'B':
		notesLeaf = hl(hFree, s(notes, H, C))
	case 'K':
		notesLeaf = hl(hFree, s(notes, H))
	default:
		notesLeaf = hl(hFree, d(notes))
	}
	return hard(hLang, o(
		"leerlingnummer", d(g.between(100000, 999999)),
		"schooljaar", d("2024-2025"),
		"groep", d(g.pick("4B", "6A", "7B", "8C")),
		"voornaam", s(l.first, C),
		"achternaam", s(l.last, C),
		"geslacht", gender(g.pick("jongen", "meisje", "M", "V")),
		"lengte_cm", s(g.numStr(float64(g.between(110, 165))), H),
		"gewicht_kg", s(g.numStr(g.fl(19, 55, 1)), H),
		"allergieen", a(s(g.pick("pinda", "noten", "wespensteek", "gluten (coeliakie)"), H), s(g.pick("kiwi", "ei", "huisstofmijt"), H)),
		"medicatie_op_school", a(o("middel", s(med, H), "dosis", s(g.pick("2 pufjes", "1 tablet", "1 pen"), H), "tijdstip", p(g.pick("12:00", "bij nood")), "toestemming_ouder", d(true))),
		"bijzonderheden", notesLeaf,
		"noodcontacten", nc,
		"adres", o("straat", s(ad.street, C), "postcode", s(ad.postcode, C), "woonplaats", s(ad.city, C)),
		"foto_breedte", d(300),
		"laatst_gewijzigd", p(g.ts()),
	))
}

// 7. Solar inverter / home battery cloud: dotted literal keys, [name, value] telemetry.
func genSunVault(g *gen) node {
	ow := g.person(cEN)
	ad := g.address(g.pickC(cEN, cDE, cNL))
	tele := arr{
		a(p("pv_power_w"), d(g.between(0, 6200))),
		a(p("battery_soc_pct"), d(g.between(5, 100))),
		a(p("grid_export_kwh"), d(g.fl(0, 30, 2))),
		a(p("lan_gateway"), hl(hObf, s(g.privIP(), N))),
		a(p("sn"), hl(hObf, s(g.serial("SVI"), DI))),
		a(p("fw_build"), hl(hObf, d(g.ipVersion()))),
	}
	return o(
		"schema.version", d(g.ipVersion()),
		"site.id", d(g.uuid()),
		"owner.name", s(ow.first+" "+ow.last, C),
		"owner.email", s(ow.email, C),
		"owner.phone", g.orNull(0.3, s(ow.phone, C)),
		"site.address", o("line1", s(ad.street, C), "city", s(ad.city, C), "postcode", s(ad.postcode, C), "country", d(ad.country)),
		"installer", o("company", p(g.pick("Helios Install Ltd", "ZonPro BV")), "contact.email", s("support@"+g.pick("helios.example", "zonpro.example"), C)),
		"inverter", o(
			"model", s(g.pick("SV-H6K Hybrid", "SunVault X10", "SV-M3 Micro"), DI),
			"serialNumber", s(g.serial("SVI"), DI),
			"fw.version", s(g.fw(), DI),
			"hw.rev", s(g.pick("B2", "C1", "rev.4"), DI),
			"lastSeen", s(g.ts(), DI),
			"ratedPowerW", d(g.pick2(3600, 6000, 10000)),
			"firmware_update_available", d(g.chance(0.3)),
		),
		"battery", o("model", s(g.pick("SV-Bat 5.1", "SV-Bat 10"), DI), "capacityKwh", d(g.pick2(5, 10, 15)), "cycleCount", d(g.n(2000)), "soh_pct", d(g.between(80, 100))),
		"network", o(
			"wifi.ssid", s(g.ssid(ow.first), N),
			"wifi.psk", s(g.psk(), K),
			"wifi.bssid", mac(g.macAddr(":")),
			"lan.ip", s(g.privIP(), N),
			"lan.gateway", s(g.privIP(), N),
			"lan.dns", a(s(g.privIP(), N), s(g.pick("1.1.1.1", "9.9.9.9", "192.0.2.53"), N)),
			"dongle.mac", mac(g.macAddr("-")),
			"modbus.port", s(502, N),
		),
		"telemetry", tele,
		"cloud.apiKey", s(g.apiToken(), K),
		"tariff", d(g.pick("Agile Octopus", "Dynamisch", "Flat")),
		"currency", d(g.pick("GBP", "EUR")),
	)
}

func (g *gen) pickC(cs ...culture) culture { return cs[g.n(len(cs))] }
