package blindset12

import (
	"fmt"
	"strings"
)

// A Swiss electrical contractor's smart-home projects (Loxone, KNX,
// UniFi), as its Directus instance returns one project with
// ?fields=*.*.*: {"data": {...}} with status, user_created expanded to the
// Directus user, date_created / date_updated, relations expanded in place
// and many-to-many junction rows ({id, projekte_id, geraete_id: {...}}).
// Keys in Swiss German as a Zürich developer writes them (ss for ß,
// Natel, PLZ, Kanton, Bauherr, Rapporte), snake_case with English words
// (ip, firmware, psk): the client, the building, the Miniserver, the
// network, devices per room, access data, remarks and work reports.

var (
	chVorF   = []string{"Barbara", "Regula", "Daniela", "Corinne", "Nicole", "Sandra", "Franziska", "Ursula", "Rahel", "Seraina"}
	chVorM   = []string{"Reto", "Urs", "Beat", "Thomas", "Lukas", "Adrian", "Marco", "Stefan", "Christoph", "Fabian"}
	chNach   = []string{"Müller", "Meier", "Brunner", "Baumann", "Zürcher", "Gerber", "Bachmann", "Frei", "Kälin", "Sutter", "Wyss", "Ammann", "Keller", "Schnyder"}
	chOrte   = []struct{ plz, ort, kt string }{{"8400", "Winterthur", "ZH"}, {"8810", "Horgen", "ZH"}, {"6300", "Zug", "ZG"}, {"3006", "Bern", "BE"}, {"5400", "Baden", "AG"}, {"9000", "St. Gallen", "SG"}, {"6003", "Luzern", "LU"}, {"4410", "Liestal", "BL"}}
	chStr    = []string{"Bahnhofstrasse", "Dorfstrasse", "Rebbergweg", "Im Grund", "Lindenstrasse", "Sonnenhalde", "Hofwiesenstrasse", "Chilegass"}
	chRaeume = []string{"Wohnen", "Küche", "Eltern", "Kinder 1", "Bad OG", "Eingang", "Garage", "Büro", "Keller"}
	chDevs   = []struct{ typ, hersteller string }{{"Touch Pure Flex", "Loxone"}, {"Präsenzmelder Tree", "Loxone"}, {"Intercom", "Loxone"}, {"Raumklima Sensor", "Loxone"}, {"Sonos Era 100", "Sonos"}, {"UniFi G4 Bullet", "Ubiquiti"}, {"Jalousieaktor JAL-0810.02", "MDT"}, {"Wallbox Easee Charge", "Easee"}, {"Wärmepumpe LA 1118CP (Modbus TCP)", "Dimplex"}, {"Fronius Symo GEN24 10.0", "Fronius"}}
	chAPs    = []string{"UniFi U6-Lite", "UniFi U6-Pro", "UniFi U6 In-Wall", "UniFi U7 Pro"}
)

func (r *rng) chNatel() string {
	return fmt.Sprintf("+41 7%d 000 %02d %02d", r.pick4(6, 7, 8, 9), r.in(0, 99), r.in(0, 99))
}

func loxoneDirectus(r *rng) any {
	fem := r.chance(0.4)
	vor, anrede := r.pick(chVorM...), "Herr"
	if fem {
		vor, anrede = r.pick(chVorF...), "Frau"
	}
	nach := r.pick(chNach...)
	o := chOrte[r.IntN(len(chOrte))]
	strasse := fmt.Sprintf("%s %d", r.pick(chStr...), r.in(1, 90))
	lan := fmt.Sprintf("192.168.%d", r.in(1, 254))
	iot := r.in(20, 60)
	mac := "50:4F:94:" + strings.ToUpper(r.hexs(2)+":"+r.hexs(2)+":"+r.hexs(2))
	serial := strings.ReplaceAll(mac, ":", "")
	monteur := r.pick(chVorM...) + " " + r.pick(chNach...)

	var geraete arr
	for _, i := range r.Perm(len(chDevs))[:r.in(3, 5)] {
		d := chDevs[i]
		raum := r.pick(chRaeume...)
		g := obj{
			{"id", decoy(r.in(1, 9999))},
			{"bezeichnung", dev(d.typ + " " + raum)},
			{"raum", plain(raum)},
			{"hersteller", dev(d.hersteller)},
			{"typ", dev(d.typ)},
			{"seriennr", dev(r.upper(2) + r.digits(8))},
		}
		if d.hersteller != "Loxone" && d.hersteller != "MDT" {
			g = append(g,
				field{"ip", netw(fmt.Sprintf("192.168.%d.%d", iot, r.in(10, 250)))},
				field{"mac", macAddr(r.mac(":", false))},
				field{"firmware", dev(r.ver())})
		}
		geraete = append(geraete, obj{{"id", decoy(r.in(1, 99999))}, {"projekte_id", decoy(r.in(1, 3000))}, {"geraete_id", g}})
	}
	var aps arr
	for k := 0; k < r.in(1, 3); k++ {
		aps = append(aps, obj{
			{"modell", dev(r.pick(chAPs...))},
			{"mac", macAddr(r.mac(":", false))},
			{"ip", netw(fmt.Sprintf("%s.%d", lan, r.in(2, 9)))},
			{"standort", plain(r.pick(chRaeume...))},
		})
	}
	var bem leaf
	switch r.IntN(4) {
	case 0:
		bem = prose(p(r.pick("Bauherrin", "Bauherr", "Mutter des Bauherrn")), p(" im Rollstuhl ("), p(r.pick("MS", "Paraplegie", "nach Hirnschlag"), healthC), p("): Taster auf 90 cm, Türen mit Antrieb."))
	case 1:
		bem = prose(p("Sohn hat "), p("Epilepsie", healthC), p(", Präsenzmelder Kinderzimmer nachts mit Alarm aufs Natel "), p(r.chNatel(), contactC), p("."))
	case 2:
		bem = prose(p("Portweiterleitung 443 -> "), p(lan+".77", netC), p(" (Miniserver) wieder entfernt, jetzt via Loxone Cloud DNS."))
	default:
		bem = prose(p("Keine besonderen Wünsche."))
	}
	var rapporte arr
	for k := 0; k < r.in(1, 3); k++ {
		var text leaf
		switch r.IntN(3) {
		case 0:
			text = prose(p("Miniserver auf "), p(r.ipVer(), devC), p(" aktualisiert, Backup erstellt."))
		case 1:
			text = prose(p("WLAN Passwort auf Wunsch geändert: "), p(r.alnum(12), credC), p(", Kunde ("), p(vor, contactC), p(") informiert."))
		default:
			text = prose(p("Storen programmiert, Beschattung Süd ab 26 °C."))
		}
		rapporte = append(rapporte, obj{
			{"datum", plain(r.day(2024, 2024))},
			{"monteur", cont(monteur)},
			{"stunden", decoy(r.f1(0.5, 9))},
			{"text", text},
		})
	}
	lox := obj{
		{"typ", dev(r.pick("Loxone Miniserver Gen. 2", "Loxone Miniserver Compact", "Loxone Miniserver Go Gen. 2"))},
		{"seriennummer", dev(serial)},
		{"mac", macAddr(mac)},
		{"ip", netw(lan + ".77")},
		{"subnetz", netw("255.255.255.0")},
		{"gateway", netw(lan + ".1")},
		{"dns", netw(r.pick(lan+".1", "1.1.1.1", "9.9.9.9"))},
		{"firmware", fwIP(fmt.Sprintf("%d.%d.%d.%d", r.in(12, 15), r.in(0, 5), r.in(1, 12), r.in(1, 30)))},
		{"cloud_dns", netw("https://" + strings.ToLower(serial) + ".dyndns.example.net")},
		{"port_extern", netw(r.pick4(443, 8443, 7777, 80))},
		{"admin_user", cont(r.pick("admin", "elektro-"+strings.ToLower(nach), "installateur"))},
		{"admin_pw", cred(r.alnum(r.in(10, 16)))},
		{"ssl", plain(r.chance(0.7))},
	}
	return language(obj{{"data", obj{
		{"id", decoy(r.in(1, 3000))},
		{"status", plain(r.pick("published", "in_arbeit", "abgeschlossen"))},
		{"projekt_nr", decoy(fmt.Sprintf("P-%d-%04d", r.in(2022, 2024), r.in(1, 999)))},
		{"titel", cont(r.pick("EFH ", "Umbau ", "Neubau MFH ") + nach + ", " + o.ort)},
		{"user_created", obj{
			{"id", decoy(r.uuid())},
			{"first_name", cont(r.pick(chVorF...))},
			{"last_name", cont(r.pick(chNach...))},
			{"email", cont(r.mail("projektleitung"))},
			{"avatar", decoy(r.uuid())},
			{"last_access", plain(r.iso(2024, 2024))},
		}},
		{"date_created", plain(r.isoMs(2023, 2024))},
		{"date_updated", plain(r.isoMs(2024, 2024))},
		{"bauherr", obj{
			{"anrede", sexOf(anrede)},
			{"vorname", cont(vor)},
			{"nachname", cont(nach)},
			{"strasse", cont(strasse)},
			{"plz", cont(o.plz)},
			{"ort", cont(o.ort)},
			{"kanton", cont(o.kt)},
			{"natel", cont(r.chNatel())},
			{"tel_p", cont(fmt.Sprintf("+41 %d 000 %02d %02d", r.pick4(44, 52, 41, 31, 56, 71), r.in(0, 99), r.in(0, 99)))},
			{"email", cont(r.mail(ascii(vor) + "." + ascii(nach)))},
			{"sprache", plain("de-CH")},
		}},
		{"objekt", obj{
			{"baujahr", decoy(r.in(1890, 2024))},
			{"wohnflaeche_m2", decoy(r.in(90, 320))},
			{"stockwerke", decoy(r.in(1, 4))},
		}},
		{"miniserver", lox},
		{"netzwerk", obj{
			{"ssid", netw(r.pick("Home-", "WLAN-", "") + nach)},
			{"ssid_gast", netw(nach + "-Gast")},
			{"psk", cred(r.alnum(r.in(12, 20)))},
			{"vlan_iot", netw(iot)},
			{"subnetz_iot", netw(fmt.Sprintf("192.168.%d.0/24", iot))},
			{"unifi_controller", netw(fmt.Sprintf("https://%s.2:8443", lan))},
			{"unifi_pw", cred(r.alnum(14))},
			{"accesspoints", aps},
		}},
		{"zugang", obj{
			{"tuercode", cred(r.digits(6))},
			{"alarm_code", cred(r.digits(4))},
			{"sip_passwort", cred(r.alnum(16))},
			{"app_user", cont(ascii(vor) + "." + ascii(nach))},
			{"app_pw", cred(r.alnum(10))},
			{"pw_min_laenge", decoy(8)},
		}},
		{"geraete", geraete},
		{"bemerkungen", bem},
		{"rapporte", rapporte},
		{"offerte_chf", decoy(fmt.Sprintf("%d.%02d", r.in(8000, 90000), r.pick4(0, 5, 50)))},
		{"mwst_satz", decoy("8.1")},
	}}})
}
