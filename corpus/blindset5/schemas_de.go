package blindset5

import (
	"fmt"
	"strings"
)

// hausarztPVS: a German GP practice's management system (PVS) exported one
// patient file per line into Elasticsearch (German keys, PascalCase with
// some spaces and umlauts): patient, insurance, permanent diagnoses,
// medication plan, findings, chart entries, the telematics connector and
// card terminal of the practice, the staff login.
func hausarztPVS(g *rng) any {
	pt := g.personOf("de")
	doc := g.personOf("de")
	a := g.addrDE()
	diag := arr{}
	for _, d := range some(g, g.in(1, 3),
		[2]string{"E11.9", "Diabetes mellitus, Typ 2, ohne Komplikationen"},
		[2]string{"I10.90", "Essentielle Hypertonie, nicht näher bezeichnet"},
		[2]string{"F33.1", "Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode"},
		[2]string{"J45.9", "Asthma bronchiale, nicht näher bezeichnet"},
		[2]string{"E03.9", "Hypothyreose, nicht näher bezeichnet"},
		[2]string{"M54.4", "Lumboischialgie"},
		[2]string{"I48.1", "Vorhofflimmern, persistierend"},
		[2]string{"K21.9", "Gastroösophageale Refluxkrankheit ohne Ösophagitis"},
	) {
		diag = append(diag, obj{
			{"ICD", hlth(d[0])},
			{"Text", hlth(d[1])},
			{"Sicherheit", plain(one(g, "G", "G", "V", "Z"))},
			{"seit", plain(fmt.Sprint(g.in(2001, 2023)))},
		})
	}
	meds := arr{}
	for _, m := range some(g, g.in(1, 3),
		[3]string{"Metformin", "Metformin Lich 1000 mg Filmtabletten", "1-0-1-0"},
		[3]string{"Ramipril", "Ramipril-ratiopharm 5 mg Tabletten", "1-0-0-0"},
		[3]string{"Sertralin", "Sertralin Aristo 50 mg", "1-0-0-0"},
		[3]string{"Levothyroxin", "L-Thyroxin Henning 75", "1-0-0-0 nüchtern"},
		[3]string{"Apixaban", "Eliquis 5 mg Filmtabletten", "1-0-1-0"},
		[3]string{"Salbutamol", "Salbutamol-ratiopharm N Dosieraerosol", "bei Bedarf 1-2 Hübe"},
		[3]string{"Pantoprazol", "Pantoprazol TAD 40 mg", "1-0-0-0"},
	) {
		meds = append(meds, obj{
			{"Wirkstoff", hlth(m[0])},
			{"Handelsname", hlth(m[1])},
			{"PZN", hlth(fmt.Sprintf("%08d", g.in(1000000, 19999999)))},
			{"Dosierung", hlth(m[2])},
		})
	}
	labor := arr{}
	for _, l := range some(g, g.in(1, 3),
		[4]string{"HbA1c", "%", "4,0-6,0", "6.1"},
		[4]string{"Kreatinin", "mg/dl", "0,5-1,0", "0.9"},
		[4]string{"TSH", "mU/l", "0,27-4,2", "2.4"},
		[4]string{"LDL-Cholesterin", "mg/dl", "<116", "128"},
		[4]string{"Kalium", "mmol/l", "3,5-5,1", "4.3"},
	) {
		var base float64
		fmt.Sscan(l[3], &base)
		labor = append(labor, obj{
			{"Parameter", plain(l[0])},
			{"Wert", hlth(comma(base*g.f(0.8, 1.35), 1))},
			{"Einheit", plain(l[1])},
			{"Referenz", decoy(l[2])},
			{"Datum", decoy(g.dateDE())},
		})
	}
	entries, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 3); j++ {
		entries = append(entries, obj{
			{"Datum", decoy(g.dateDE())},
			{"Typ", plain(one(g, "A", "B", "D", "T", "N"))},
			{"Text", seen.draw(func() leaf { return karteiText(g, pt) })},
		})
	}
	term := obj{
		{"Modell", dev(one(g, "ORGA 6141 online", "Cherry ST-1506", "Ingenico ORGA 6100"))},
		{"Seriennummer", dev(g.s(num, 10))},
		{"IP", netw(fmt.Sprintf("192.168.%d.%d", g.in(1, 40), g.in(20, 60)))},
		{"PIN SMC-B", cred(g.s(num, 6))},
	}
	lan := fmt.Sprintf("192.168.%d", g.in(1, 40))
	kfw := dev(fmt.Sprintf("%d.%d.%d", g.in(2, 5), g.n(10), g.n(20)))
	if g.chance(40) {
		kfw = fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(2, 5), g.n(10), g.n(20), g.in(0, 9)))
	}
	mobil := nullDecoy()
	if g.chance(60) {
		mobil = cont(one(g, "0152 ", "+49 152 ") + "55501" + g.s(num, 3))
	}
	kg := round1(g.f(52, 118))
	cm := g.in(152, 196)
	pw := cred(g.bcrypt())
	if g.chance(40) {
		pw = cred(g.md5())
	}
	return language(obj{
		{"_index", plain("pvs-karteikarten-" + g.date()[:7])},
		{"_id", decoy(g.uuid())},
		{"_source", obj{
			{"PatientenNr", decoy(g.in(1000, 48000))},
			{"Anrede", sexOf(fm(pt, "Frau", "Herr"))},
			{"Vorname", cont(pt.first)},
			{"Nachname", cont(pt.last)},
			{"Geburtsdatum", cont(g.dobDE())},
			{"Geschlecht", sexOf(fm(pt, "W", "M"))},
			{"Anschrift", obj{
				{"Straße", cont(a.street)},
				{"PLZ", cont(a.zip)},
				{"Ort", cont(a.city)},
				{"Land", decoy("D")},
			}},
			{"Kontakt", obj{
				{"Telefon privat", cont(g.phoneDE())},
				{"Mobil", mobil},
				{"E-Mail", cont(g.email(pt))},
				{"SMS-Erinnerung", decoy(g.chance(50))},
			}},
			{"Versicherung", obj{
				{"Kostenträger", plain(one(g, "AOK Nordost", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic"))},
				{"IK", decoy(fmt.Sprintf("10%07d", g.in(1000000, 9999999)))},
				{"Status", plain(one(g, "Mitglied", "Familienversicherter", "Rentner"))},
				{"Kartenlesedatum", decoy(g.dateDE())},
			}},
			{"Dauerdiagnosen", clinical(diag)},
			{"Medikationsplan", clinical(meds)},
			{"Befunde", clinical(obj{
				{"Labor", labor},
				{"RR", hlth(fmt.Sprintf("%d/%d", g.in(108, 168), g.in(64, 102)))},
				{"Puls", hlth(g.in(52, 98))},
				{"Gewicht kg", hlth(comma(kg, 1))},
				{"Größe cm", hlth(cm)},
				{"BMI", hlth(bmi(kg, cm))},
			})},
			{"Karteieinträge", entries},
			{"Hausarzt", cont("Dr. med. " + doc.full())},
			{"TI", obj{
				{"Konnektor", obj{
					{"Modell", dev(one(g, "secunet konnektor", "KoCoBox MED+", "RISE Konnektor"))},
					{"Firmware", kfw},
					{"Host", netw("konnektor.praxis-" + strings.ToLower(doc.alast) + ".lan")},
					{"IP", netw(lan + ".1" + fmt.Sprint(g.in(0, 9)))},
				}},
				{"Kartenterminal", term},
			}},
			{"Benutzer", obj{
				{"Login", cont(strings.ToLower(doc.afirst[:1] + doc.alast))},
				{"Passwort", pw},
				{"letzteAnmeldung", plain(g.local())},
				{"Fehlversuche", decoy(g.n(4))},
			}},
			{"Exportversion", decoy(fmt.Sprintf("%d.%d.%d.%d", g.in(3, 9), g.n(20), g.n(10), g.in(100, 250)))},
			{"exportiertAm", decoy(g.local())},
		}},
	})
}

func karteiText(g *rng, pt person) leaf {
	switch g.n(7) {
	case 0:
		return prose(p("Pat. klagt über Schwindel seit 3 Tagen, ", healthCat), p(fmt.Sprintf("RR %d/%d", g.in(140, 170), g.in(88, 104)), healthCat), p(". Ramipril auf 5 mg erhöht.", healthCat))
	case 1:
		return prose(p("Rückruf erbeten unter "), p(g.phoneDE(), contactCat), p(", wegen Laborwerten."))
	case 2:
		return prose(p("AU bis Freitag, akute Lumbago, Ibuprofen 600 bei Bedarf.", healthCat))
	case 3:
		return prose(p("Überweisung Kardiologie wg. Vorhofflimmern, Termin über 116117.", healthCat))
	case 4:
		return prose(p("Termin verschoben, Pat. meldet sich."))
	case 5:
		t := g.personOf("de")
		return prose(p("Tochter "), p(t.full(), contactCat), p(" holt das Rezept ab ("), p(g.email(t), contactCat), p(")."))
	}
	return prose(p(pt.first, contactCat), p(" berichtet von Panikattacken im Job, Gesprächstermin vereinbart.", healthCat))
}

// ladepunkt: a German charge-point operator's backend, one home-charging
// customer with charging cards, the wallbox and its network, charging
// sessions, installer, tickets and integration keys (snake_case German).
func ladepunkt(g *rng) any {
	k := g.personOf("de")
	inst := g.personOf("de")
	a := g.addrDE()
	lan := g.lanPrefix()
	vendor := one(g, 0, 1, 2, 3)
	maker := []string{"KEBA", "ABL", "go-e", "Wallbox"}[vendor]
	model := []string{"KeContact P30 x-series", "eMH1 11kW", "go-eCharger HOMEfix 11kW", "Pulsar Plus"}[vendor]
	conn := one(g, "WLAN", "LAN", "LTE")
	netz := obj{{"verbindung", plain(conn)}}
	switch conn {
	case "WLAN":
		netz = append(netz,
			field{"ssid", netw(g.ssid(k))},
			field{"wlan_schluessel", cred(g.passphrase())},
		)
	case "LTE":
		netz = append(netz,
			field{"sim_iccid", dev(g.iccid("49"))},
			field{"apn", plain(one(g, "internet.m2m", "iot.1nce.net", "m2m.telekom"))},
		)
	}
	netz = append(netz,
		field{"ip", netw(g.lanIP(lan))},
		field{"gateway", netw(lan + ".1")},
		field{"dns", netw(one(g, lan+".1", "192.0.2.53"))},
		field{"mac", macAddr(g.mac())},
	)
	cards := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		cards = append(cards, obj{
			{"rfid_uid", cred(g.s(HX, one(g, 8, 14)))},
			{"vertragskennung", decoy(fmt.Sprintf("DE-LWK-C%08d-%d", g.in(1, 99999999), g.n(10)))},
			{"gesperrt", decoy(g.chance(15))},
		})
	}
	sess := arr{}
	meter := g.in(100000, 9000000)
	for j := 0; j < g.in(1, 3); j++ {
		kwh := round2(g.f(3, 48))
		sess = append(sess, obj{
			{"transaktion_id", decoy(g.in(100000, 999999))},
			{"beginn", decoy(g.iso())},
			{"energie_kwh", plain(kwh)},
			{"zaehlerstand_wh", decoy(meter)},
			{"kosten_eur", decoy(comma(kwh*0.39, 2))},
		})
		meter += int(kwh * 1000)
	}
	tickets, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		tickets = append(tickets, obj{
			{"betreff", seen.draw(func() leaf { return ladeBetreff(g) })},
			{"nachricht", seen.draw(func() leaf { return ladeNachricht(g, k, lan) })},
			{"erstellt", decoy(g.iso())},
		})
	}
	fw := dev(fmt.Sprintf("%d.%d.%d", g.in(1, 6), g.n(20), g.n(12)))
	if g.chance(35) {
		fw = fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(1, 6), g.n(20), g.n(12), g.in(1, 60)))
	}
	return language(obj{
		{"kunde", obj{
			{"kundennummer", decoy(fmt.Sprintf("K-%d-%05d", g.in(2021, 2024), g.n(100000)))},
			{"vorname", cont(k.first)},
			{"nachname", cont(k.last)},
			{"email", cont(g.email(k))},
			{"telefon", cont(g.phoneDE())},
			{"adresse", obj{
				{"strasse_hausnr", cont(a.street)},
				{"plz", cont(a.zip)},
				{"ort", cont(a.city)},
			}},
			{"zahlungsart", plain(one(g, "SEPA-Lastschrift", "Kreditkarte", "PayPal"))},
			{"tarif", plain(one(g, "Heimstrom Flex", "Dienstwagen Pauschal", "Öko Plus"))},
		}},
		{"ladekarten", cards},
		{"wallbox", obj{
			{"charge_box_id", dev(strings.ToUpper(maker[:2]) + g.s(num, 8))},
			{"hersteller", dev(maker)},
			{"modell", dev(model)},
			{"seriennummer", dev(g.s(num, 8) + g.s(uc, 2))},
			{"firmware", fw},
			{"ocpp_version", decoy("1.6J")},
			{"ocpp_passwort", cred(g.s(alnum, 20))},
			{"zentrale_url", decoy("wss://ocpp.ladewerk.example.com/ocpp16")},
			{"netzwerk", netz},
			{"zuletzt_online", dev(g.iso())},
			{"installiert_am", decoy(g.date())},
			{"max_ladestrom_a", plain(one(g, 11, 16, 32))},
			{"temperatur_c", decoy(g.in(12, 48))},
		}},
		{"ladevorgaenge", sess},
		{"installateur", obj{
			{"firma", plain(one(g, "Elektro Brandt GmbH", "Voltwerk Service UG", "Haustechnik Ostsee"))},
			{"name", cont(inst.full())},
			{"telefon", cont(g.phoneDE())},
		}},
		{"tickets", tickets},
		{"integrationen", obj{
			{"stripe_secret", cred(g.stripeKey())},
			{"sendgrid_key", cred(g.sendgridKey())},
			{"mapbox_token", decoy(g.mapboxPublic())},
			{"api_token", cred(g.jwt())},
			{"token_gueltig_bis", decoy(g.iso())},
		}},
	})
}

func ladeBetreff(g *rng) leaf {
	switch g.n(4) {
	case 0:
		return prose(p("Wallbox offline"))
	case 1:
		return prose(p("Fehler F16 nach Update"))
	case 2:
		return prose(p("Ladekarte verloren – bitte sperren"))
	}
	return prose(p("Frage zur Abrechnung März"))
}

func ladeNachricht(g *rng, k person, lan string) leaf {
	switch g.n(7) {
	case 0:
		return prose(p("Seit dem Update auf "), p(fmt.Sprintf("%d.%d.%d", g.in(1, 6), g.n(20), g.n(12)), deviceCat), p(" bleibt die Box im Fehler F16 hängen."))
	case 1:
		return prose(p("Wir haben einen neuen Router, WLAN heißt jetzt "), p("\""+g.ssid(k)+"\"", netCat), p(", Passwort "), p(g.passphrase(), credCat), p(". Bitte neu verbinden."))
	case 2:
		return prose(p("Bitte um Rückruf, "), p(k.full(), contactCat), p(", "), p(g.phoneDE(), contactCat), p("."))
	case 3:
		return prose(p("Die App findet die Box nicht, im Router steht sie unter "), p(g.lanIP(lan), netCat), p("."))
	case 4:
		return prose(p("Ich trage einen Herzschrittmacher. Darf ich beim Laden neben der Wallbox stehen?", healthCat))
	case 5:
		return prose(p("Die Abrechnung für März stimmt nicht, 212 kWh statt 148 kWh."))
	}
	return prose(p("Karte "), p(g.s(HX, 8), credCat), p(" ist weg, bitte sperren und neue schicken."))
}
