package blindset6

import (
	"fmt"
	"strings"
)

// rettungsdienst: a German ambulance service's electronic patient care
// record (DIVI-style Einsatzprotokoll) synced from the crew's rugged
// tablet (German keys, PascalCase with spaces, umlauts and a "/"): mission,
// vehicle with tablet and LTE router, scene, caller, patient, first
// findings, suspected diagnosis, measures and drugs given, crew, handover.
func rettungsdienst(g *rng) any {
	pt := g.personOf("de")
	caller := g.personOf("de")
	a := g.addrDE()
	stich := one(g,
		[3]string{"RD 2 - Atemnot", "Exazerbierte COPD", "J44.19"},
		[3]string{"RD 2 - Brustschmerz", "Akutes Koronarsyndrom, V.a. STEMI", "I21.9"},
		[3]string{"RD 1 - Sturz", "Schenkelhalsfraktur rechts", "S72.00"},
		[3]string{"RD 2 - Bewusstlosigkeit", "Hypoglykämie bei Diabetes Typ 1", "E10.64"},
		[3]string{"RD 2 - Schlaganfall", "V.a. Apoplex, Hemiparese links", "I63.9"},
		[3]string{"RD 1 - Krampfanfall", "Generalisierter Krampfanfall bei Epilepsie", "G40.3"},
	)
	massn := arr{}
	for _, m := range some(g, g.in(1, 4), "i.v.-Zugang 18G", "12-Kanal-EKG", "O2-Gabe 4 l/min", "Vakuummatratze", "BZ-Messung", "Stroke-Unit-Voranmeldung", "Wärmeerhalt") {
		massn = append(massn, hlth(m))
	}
	meds := arr{}
	for _, m := range some(g, g.in(0, 3),
		[2]string{"Glukose 40%", "20 ml i.v."},
		[2]string{"Heparin", "5000 IE i.v."},
		[2]string{"ASS", "250 mg i.v."},
		[2]string{"Salbutamol", "2,5 mg vernebelt"},
		[2]string{"Midazolam", "5 mg i.n."},
		[2]string{"Fentanyl", "0,1 mg i.v."},
	) {
		meds = append(meds, obj{
			{"Wirkstoff", hlth(m[0])},
			{"Dosis", hlth(m[1])},
			{"Uhrzeit", decoy(g.iso()[11:16])},
		})
	}
	crew := arr{}
	for _, fn := range some(g, 2, "NotSan", "RettSan", "NEF-Arzt", "Praktikant") {
		c := g.personOf("de")
		crew = append(crew, obj{
			{"Name", cont(c.last + ", " + c.first)},
			{"Funktion", plain(fn)},
			{"Personalnr", decoy(g.in(10000, 99999))},
		})
	}
	kg := g.in(48, 125)
	cm := g.in(150, 198)
	sys := g.in(85, 200)
	allerg := hlth(one(g, "keine bekannt", "Penicillin", "Kontrastmittel", "Pflaster"))
	if g.chance(20) {
		allerg = null()
	}
	routerFw := dev(fmt.Sprintf("ALEOS %d.%d.%d", g.in(4, 4), g.in(14, 17), g.n(5)))
	return language(obj{
		{"Einsatznummer", decoy(fmt.Sprintf("%d%07d", g.in(23, 25), g.n(9999999)))},
		{"Alarmierung", decoy(g.local())},
		{"Einsatzstichwort", hlth(stich[0])},
		{"Fahrzeug", obj{
			{"Funkrufname", plain(fmt.Sprintf("Rotkreuz %s %d/83-%d", one(g, "Lüneburg", "Erfurt", "Bielefeld"), g.in(1, 9), g.in(1, 3)))},
			{"Typ", plain(one(g, "RTW", "KTW", "NEF"))},
			{"Tablet", obj{
				{"Modell", dev(one(g, "Panasonic Toughbook FZ-G2", "Getac F110 G6", "Samsung Galaxy Tab Active5"))},
				{"Seriennummer", dev(g.s(num, 2) + g.s(uc, 3) + g.s(num, 5))},
				{"App-Version", dev(fmt.Sprintf("%d.%d.%d", g.in(6, 9), g.n(12), g.n(30)))},
				{"IP", netw(fmt.Sprintf("10.%d.%d.%d", g.in(40, 60), g.n(255), g.in(2, 250)))},
			}},
			{"Router", obj{
				{"Modell", dev(one(g, "Sierra Wireless RV55", "Teltonika RUTX11", "Cradlepoint IBR900"))},
				{"Firmware", routerFw},
				{"IMEI", dev(g.imei())},
				{"WLAN-SSID", netw("RTW-" + g.s(num, 2) + "-" + one(g, "ePCR", "DIVI", "intern"))},
				{"WLAN-Schlüssel", cred(g.s(alnum, 16))},
			}},
		}},
		{"Einsatzort", obj{
			{"Straße", cont(a.street)},
			{"PLZ", cont(a.zip)},
			{"Ort", cont(a.city)},
			{"Hinweis", prose(p(one(g, "Hinterhaus, 3. OG, kein Aufzug", "Zufahrt über Hof", "Klingel defekt, Nachbarin öffnet", "Praxis im EG")))},
		}},
		{"Anrufer", obj{
			{"Name", cont(caller.full())},
			{"Rückrufnummer", cont(g.phoneDE())},
		}},
		{"Patient", obj{
			{"Nachname", cont(pt.last)},
			{"Vorname", cont(pt.first)},
			{"Geburtsdatum", cont(g.dobDE())},
			{"Geschlecht", sexOf(fm(pt, "weiblich", "männlich"))},
			{"Kostenträger", plain(one(g, "AOK Niedersachsen", "TK", "Barmer", "DAK-Gesundheit", "privat"))},
			{"Größe cm", hlth(cm)},
			{"Gewicht geschätzt", hlth(fmt.Sprintf("%d kg", kg))},
		}},
		{"Erstbefund", clinical(obj{
			{"GCS", hlth(g.in(7, 15))},
			{"RR sys/dia", hlth(fmt.Sprintf("%d/%d", sys, sys-g.in(30, 70)))},
			{"HF", hlth(g.in(48, 150))},
			{"SpO2 %", hlth(g.in(82, 99))},
			{"AF", hlth(g.in(10, 34))},
			{"BZ mg/dl", hlth(g.in(28, 420))},
			{"Temp °C", hlth(comma(g.f(35.2, 39.8), 1))},
			{"NRS Schmerz", hlth(g.n(11))},
		})},
		{"Verdachtsdiagnose", clinical(obj{
			{"Text", hlth(stich[1])},
			{"ICD-10", hlth(stich[2])},
			{"NACA", hlth(one(g, "III", "IV", "V"))},
		})},
		{"Anamnese", clinical(obj{
			{"Vorerkrankungen", hlth(one(g, "KHK, 3-fach-Bypass 2019", "Diabetes Typ 1 seit Kindheit", "COPD GOLD 3", "Epilepsie", "Vorhofflimmern, Z.n. TIA"))},
			{"Dauermedikation", hlth(one(g, "Eliquis 5 mg, Bisoprolol 2,5 mg", "Insulin Lantus/NovoRapid", "Spiriva, Symbicort", "Levetiracetam 1000 mg"))},
			{"Allergien", allerg},
		})},
		{"Maßnahmen", clinical(massn)},
		{"Medikamente", clinical(meds)},
		{"Besatzung", crew},
		{"Übergabe", obj{
			{"Zielklinik", plain(one(g, "Klinikum Lüneburg ZNA", "Helios Klinikum Erfurt", "Ev. Klinikum Bethel"))},
			{"Zeit", decoy(g.local())},
			{"Übergabe an", cont(g.personOf("de").last)},
		}},
		{"Bemerkung", rdBemerkung(g, pt)},
		{"Außentemperatur", decoy(fmt.Sprintf("%d °C", g.in(-8, 31)))},
		{"Export", obj{
			{"Version", decoy(fmt.Sprintf("%d.%d.%d.%d", g.in(3, 5), g.n(20), g.n(9), g.in(100, 999)))},
			{"Prüfsumme", decoy(g.sha1())},
		}},
	})
}

func rdBemerkung(g *rng, pt person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p(fm(pt, "Patientin", "Patient")+" von Nachbarin gefunden, "), p(one(g, "eingenässt, exsikkiert", "Platzwunde occipital", "zyanotisch"), healthCat), p(". Schlüssel beim Hausmeister."))
	case 1:
		return prose(p("Tochter "), p(g.personOf("de").first, contactCat), p(" informiert unter "), p(g.phoneDE(), contactCat), p(". Fährt nach."))
	case 2:
		return prose(p("Tablet verlor LTE, Router "), p("RV55", deviceCat), p(" neu gestartet, Sync über WLAN des RTW ("), p("10.48.0.1", netCat), p(")."))
	case 3:
		return prose(p("Einsatz ohne Transport, Pat. lehnt Mitfahrt ab, Aufklärung erfolgt, Unterschrift liegt vor."))
	}
	return prose(p("Pat. gibt an, "), p(one(g, "seit zwei Tagen Fieber und Husten", "heute früh Insulin gespritzt, aber nichts gegessen", "Tabletten vergessen"), healthCat), p("."))
}

// waermepumpe: a German heat-pump maker's installer portal, one system per
// row exported with flattened dotted keys (German lower-case, one with a
// "~"): system, controller and internet gateway (model, serial, firmware,
// MAC, IP, subnet, router, DNS, Wi-Fi, Modbus port), operator and site
// address, installer and his login, API token, operating data, fault log,
// service note.
func waermepumpe(g *rng) any {
	op := g.personOf("de")
	tech := g.personOf("de")
	a := g.addrDE()
	lan := one(g, "192.168.178", "192.168.2", "192.168.0", "10.0.0")
	router := lan + ".1"
	if lan == "10.0.0" {
		router = lan + ".138"
	}
	model := one(g, "Vitocal 250-A AWO-E-AC 251.A10", "aroTHERM plus VWL 75/6 A", "Daikin Altherma 3 H HT ERRA16", "Panasonic Aquarea WH-MDC09J3E5", "Stiebel Eltron WPL-A 07 HK 230 Premium")
	gw := one(g, "Vitoconnect OPTO2", "sensoNET VR 921", "Daikin BRP069A78", "Aquarea Smart Cloud CZ-TAW1B", "ISG web")
	var fw leaf
	if g.chance(50) {
		fw = fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(1, 4), g.n(10), g.n(40), g.in(1, 200)))
	} else {
		fw = dev(fmt.Sprintf("V%03d.%d", g.in(100, 999), g.n(20)))
	}
	faults, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 3); j++ {
		faults = append(faults, obj{
			{"code", plain(one(g, "F.685", "F.1100", "A9-01", "H62", "E 207"))},
			{"zeit", decoy(g.local())},
			{"text", seen.draw(func() leaf {
				return prose(p(one(g, "Hochdruckstörung Verdichter", "Durchfluss Heizkreis zu gering", "Kommunikationsfehler Außeneinheit", "Fühler Außentemperatur defekt", "Abtauung abgebrochen")))
			})},
		})
	}
	note := wpNotiz(g, op, lan)
	return language(obj{
		{"anlage.id", decoy(g.uuid())},
		{"anlage.bezeichnung", dev(one(g, "WP Keller ", "Wärmepumpe Haus ", "Außengerät Garten ") + op.last)},
		{"anlage.modell", dev(model)},
		{"anlage.seriennummer", dev(g.s(num, 16))},
		{"anlage.inbetriebnahme", decoy(g.dateDE())},
		{"regler.firmware", fw},
		{"regler.hardware", dev("HW " + g.s(num, 2))},
		{"gateway.modell", dev(gw)},
		{"gateway.mac", macAddr(g.mac())},
		{"gateway.ip", netw(g.lanIP(lan))},
		{"gateway.subnetz", netw(lan + ".0/24")},
		{"gateway.router", netw(router)},
		{"gateway.dns", netw(one(g, router, "192.0.2.53"))},
		{"gateway.wlan.ssid", netw(g.ssid(op))},
		{"gateway.wlan.passwort", cred(g.passphrase())},
		{"gateway.wlan.rssi", plain(-g.in(45, 88))},
		{"gateway.zuletzt_online", dev(g.local())},
		{"modbus.tcp_port", netw(one(g, 502, 5020, 1502))},
		{"betreiber.anrede", sexOf(fm(op, "Frau", "Herr"))},
		{"betreiber.name", cont(op.full())},
		{"betreiber.email", cont(g.email(op))},
		{"betreiber.telefon", cont(g.phoneDE())},
		{"standort.strasse", cont(a.street)},
		{"standort.plz", cont(a.zip)},
		{"standort.ort", cont(a.city)},
		{"fachpartner.firma", plain(one(g, "Haustechnik Nord GmbH", "SHK Meisterbetrieb", "Wärme & Bad KG"))},
		{"fachpartner.techniker", cont(tech.full())},
		{"fachpartner.login", cont(strings.ToLower(tech.afirst[:1] + tech.alast))},
		{"fachpartner.passwort_md5", cred(g.md5())},
		{"fachpartner.passwort_min_laenge", decoy(10)},
		{"api.token", cred(g.jwt())},
		{"betrieb.WW~Soll", decoy(g.in(45, 55))},
		{"betrieb.vorlauf_ist", decoy(comma(g.f(28, 55), 1))},
		{"betrieb.aussentemperatur", decoy(comma(g.f(-12, 24), 1))},
		{"betrieb.jaz", decoy(comma(g.f(2.8, 4.9), 2))},
		{"betrieb.verdichterstarts", decoy(g.in(200, 40000))},
		{"betrieb.betriebsstunden", decoy(g.in(100, 30000))},
		{"betrieb.strompreis_ct_kwh", decoy(comma(g.f(24, 38), 2))},
		{"fehlerspeicher", faults},
		{"service.notiz", note},
		{"service.naechste_wartung", plain(g.dateDE())},
	})
}

func wpNotiz(g *rng, op person, lan string) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Kunde meldet Geräusche nachts, Rückruf unter "), p(g.phoneDE(), contactCat), p(". Lüfterdrehzahl reduziert."))
	case 1:
		return prose(p("Router getauscht, neues WLAN "), p(g.ssid(op), netCat), p(" / Passwort "), p(g.passphrase(), credCat), p(" im Gateway hinterlegt."))
	case 2:
		return prose(p("Gateway bekommt keine IP, DHCP im Router auf "), p(lan+".20 - "+lan+".200", netCat), p(" eingestellt, jetzt ok."))
	case 3:
		return prose(p("Heizkurve auf 0,6 gesenkt, Warmwasser 48 °C, Legionellenschaltung Mittwoch 02:00."))
	}
	return prose(p("Firmware-Update auf "), p(fmt.Sprintf("%d.%d.%d", g.in(1, 4), g.n(10), g.n(40)), deviceCat), p(" eingespielt, Anlage läuft."))
}
