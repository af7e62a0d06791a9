package blindset7

import (
	"fmt"
	"strings"
)

// hausverwaltung: a German property manager's tenant file, exported from
// its ERP as XML and converted to JSON ("@" attributes, "#text" values,
// German keys with umlauts, hyphens, spaces and a "/"): building and
// flat, tenants with a disability note, rent, heat-cost allocators and
// water meters with radio ids, the IP door intercom with its admin and
// SIP logins and the door code, the tenant portal, the case log with the
// clerks' notes.
func hausverwaltung(g *rng) any {
	a := g.addrDE()
	mieter := arr{}
	var m1 person
	for j := 0; j < g.in(1, 2); j++ {
		m := g.personOf("de")
		if j == 0 {
			m1 = m
		} else if g.chance(60) {
			m.last, m.alast = m1.last, m1.alast
		}
		tel := arr{obj{{"@typ", plain("mobil")}, {"#text", cont(g.phoneDE())}}}
		if g.chance(40) {
			tel = append(tel, obj{{"@typ", plain("festnetz")}, {"#text", cont(g.phoneDE())}})
		}
		sb := nullDecoy()
		if g.chance(35) {
			sb = hlth(one(g, "GdB 50, Merkzeichen G", "GdB 80, Merkzeichen aG", "GdB 100, Merkzeichen Bl", "GdB 60 (Herzinsuffizienz)"))
		}
		mieter = append(mieter, obj{
			{"Anrede", sexOf(fm(m, "Frau", "Herr"))},
			{"Vorname", cont(m.first)},
			{"Nachname", cont(m.last)},
			{"Geburtsdatum", cont(g.dobDE())},
			{"Telefon", tel},
			{"E-Mail", cont(g.email(m))},
			{"Schwerbehinderung", sb},
			{"Mietbeginn", plain(g.dateDE())},
		})
	}
	zaehler := arr{}
	for _, z := range some(g, 2,
		[3]string{"Heizkostenverteiler", "Techem", "data III"},
		[3]string{"Heizkostenverteiler", "ista", "doprimo 3 radio net"},
		[3]string{"Warmwasserzähler", "Qundis", "Q water 5.5"},
		[3]string{"Kaltwasserzähler", "Zenner", "MTKD-N"},
		[3]string{"Rauchwarnmelder", "Techem", "Smart System"},
		[3]string{"Rauchwarnmelder", "ista", "fumonic 3 radio net"},
	) {
		var wert leaf
		if strings.HasPrefix(z[0], "Rauch") {
			wert = plain(one(g, "OK", "Wartung fällig"))
		} else {
			wert = decoy(comma(g.f(10, 9000), 3))
		}
		zaehler = append(zaehler, obj{
			{"@art", dev(z[0])},
			{"Hersteller", dev(z[1])},
			{"Modell", dev(z[2])},
			{"Zählernummer", dev(g.s(num, 8))},
			{"Funk-ID", dev(g.s(HX, 8))},
			{"Einbauort", dev(one(g, "Küche", "Bad", "Wohnzimmer", "Schlafzimmer", "Flur"))},
			{"Ablesewert", wert},
			{"letzte Funkmeldung", dev(g.local())},
		})
	}
	tsModel := one(g, "2N IP Verso", "2N IP Style", "Siedle Access SCM 850", "Behnke 20-9A")
	tsIP := g.privIP()
	code := g.s(num, one(g, 4, 5, 6))
	vorg, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		bear := g.personOf("de")
		vorg = append(vorg, obj{
			{"@nr", decoy(fmt.Sprintf("V-%d-%05d", g.in(2022, 2025), g.n(99999)))},
			{"Datum", plain(g.dateDE())},
			{"Bearbeiter", cont(string([]rune(bear.first)[:1]) + ". " + bear.last)},
			{"Notiz", seen.draw(func() leaf { return hvNotiz(g, m1, tsModel, tsIP, code) })},
		})
	}
	return language(obj{
		{"Mieterakte", obj{
			{"@id", decoy(fmt.Sprintf("MA-%06d", g.n(999999)))},
			{"@exportiert", plain(g.local())},
			{"@version", decoy(fmt.Sprintf("%d.%d.%d.%d", g.in(3, 9), g.n(10), g.n(10), g.in(1, 120)))},
			{"Objekt", obj{
				{"Bezeichnung", plain(one(g, "WE 114 Lindenhof", "WE 207 Am Stadtpark", "WE 031 Hafenblick"))},
				{"Straße", cont(a.street)},
				{"PLZ", cont(a.zip)},
				{"Ort", cont(a.city)},
				{"Baujahr", plain(g.in(1910, 2015))},
				{"Einheit", obj{
					{"@nr", decoy(fmt.Sprintf("%03d-%02d-%02d", g.in(1, 300), g.in(0, 6), g.in(1, 12)))},
					{"Lage", cont(fmt.Sprintf("%d. OG %s", g.in(1, 6), one(g, "links", "rechts", "Mitte")))},
					{"Wohnfläche m²", plain(round1(g.f(34, 118)))},
				}},
			}},
			{"Mieter", mieter},
			{"Miete", obj{
				{"Kaltmiete", decoy(comma(g.f(380, 1400), 2))},
				{"Nebenkosten", decoy(comma(g.f(90, 320), 2))},
				{"Heizkosten/Monat", decoy(comma(g.f(40, 180), 2))},
				{"Kaution", decoy(comma(g.f(900, 4200), 2))},
				{"Zahlungsart", plain(one(g, "SEPA-Lastschrift", "Überweisung"))},
			}},
			{"Zähler", zaehler},
			{"Türstation", obj{
				{"Modell", dev(tsModel)},
				{"Seriennummer", dev(fmt.Sprintf("%02d-%04d-%04d", g.in(50, 59), g.n(10000), g.n(10000)))},
				{"Firmware", dev(fmt.Sprintf("2.%d.%d.%d.%d", g.in(30, 46), g.n(3), g.in(10, 70), g.n(12)))},
				{"IP-Adresse", netw(tsIP)},
				{"Admin-URL", netw("https://" + tsIP + "/")},
				{"Admin-Passwort", cred(g.password())},
				{"SIP", obj{
					{"Benutzer", cont(fmt.Sprintf("tuer-%03d", g.in(1, 300)))},
					{"Passwort", cred(g.s(alnum, 12))},
					{"Registrar", netw(fmt.Sprintf("sip%d.hv-netz.internal", g.in(1, 4)))},
				}},
				{"Klingelschild", cont(m1.last)},
				{"Türcode", cred(code)},
			}},
			{"Schlüssel", obj{
				{"Anzahl", decoy(g.in(2, 6))},
				{"Schließanlage", decoy(fmt.Sprintf("SA-%04d Nr. %d", g.n(9999), g.in(1, 40)))},
			}},
			{"Mieterportal", obj{
				{"Benutzername", cont(g.handle(m1))},
				{"Passwort-Hash", cred(g.md5())},
				{"letzter Login", plain(g.local())},
				{"E-Mail bestätigt", decoy(g.chance(70))},
				{"Fehlversuche", decoy(g.n(6))},
			}},
			{"Vorgänge", vorg},
		}},
	})
}

func hvNotiz(g *rng, m person, model, ip, code string) leaf {
	switch g.n(8) {
	case 0:
		return prose(p("Schimmel im Bad gemeldet, Termin mit Fa. Brandt am " + g.dateDE() + "."))
	case 1:
		return prose(p(fm(m, "Frau ", "Herr ")), p(m.last, contactCat), p(" ist nach "), p(one(g, "Schlaganfall auf Rollator angewiesen", "Hüft-OP auf Gehhilfen angewiesen", "Amputation im Rollstuhl"), healthCat), p(", bittet um Rampe am Hauseingang."))
	case 2:
		return prose(p("Türstation "), p(model, deviceCat), p(" nach Stromausfall neu gestartet, IP "), p(ip, netCat), p(" bleibt statisch."))
	case 3:
		return prose(p("Neue Handynummer: "), p(g.phoneDE(), contactCat), p("."))
	case 4:
		return prose(p("Türcode auf "), p(code, credCat), p(" geändert, Aushang im Treppenhaus entfernt."))
	case 5:
		return prose(p("Rauchwarnmelder Küche defekt, Austausch beauftragt, Funk-ID "), p(g.s(HX, 8), deviceCat), p("."))
	case 6:
		return prose(p("Mahnung Nebenkosten verschickt, Zahlung bis Monatsende zugesagt."))
	}
	t := g.womanOf("de")
	return prose(p("Tochter "), p(t.first+" "+m.last, contactCat), p(" (Tel. "), p(g.phoneDE(), contactCat), p(") kümmert sich um die Post, Mieter "), p(one(g, "dreimal wöchentlich zur Dialyse", "seit Wochen im Krankenhaus", "in der Reha nach Herzinfarkt"), healthCat), p("."))
}
