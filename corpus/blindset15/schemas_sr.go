package blindset15

import (
	"fmt"
	"strings"
)

// spName encodes a SharePoint column's display name as its internal name
// (space _x0020_, "-" _x002d_, non-ASCII letters _xHHHH_).
func spName(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'):
			b.WriteRune(c)
		default:
			fmt.Fprintf(&b, "_x%04x_", c)
		}
	}
	return b.String()
}

// vozaciSharePointSR: a Serbian road-haulage company's driver list from
// the SharePoint REST API in OData verbose JSON (d.results, __metadata,
// Serbian column names encoded as internal names: "E_x002d_po_x0161_ta",
// "Datum_x0020_ro_x0111_enja"), each driver with the expanded lookups of
// the assigned truck (model, tachograph, serial, GPS tracker, IMEI,
// firmware, last signal, odometer) and the home depot (Wi-Fi SSID and
// password, router IP, VLAN): name, birth date, sex, phone, e-mail,
// address, portal login and password, fuel-card PIN, the occupational
// medical check (blood pressure, eyesight, diabetes, medicines, blood
// group, fitness to drive, doctor's note), dispatcher's note.
func vozaciSharePointSR(r *rng) any {
	site := "https://" + r.pick("prevoz-nis", "translog-ns", "drumski-bg") + ".sharepoint.example/sites/dispecerski"
	listGUID := r.uuid()
	items := arr{}
	for k := 0; k < r.in(1, 2); k++ {
		items = append(items, srDriver(r, site, listGUID))
	}
	return language(obj{{"d", obj{
		{"results", items},
		{"__next", plain(site + "/_api/web/lists/GetByTitle('Vozači')/items?$skiptoken=Paged%3dTRUE%26p_ID%3d" + fmt.Sprint(r.in(20, 400)) + "&$expand=Kamion,Depo")},
	}}})
}

func srMeta(r *rng, site, guid string, id int, typ string) obj {
	return obj{
		{"id", decoy(fmt.Sprintf("Web/Lists(guid'%s')/Items(%d)", guid, id))},
		{"uri", decoy(fmt.Sprintf("%s/_api/Web/Lists(guid'%s')/Items(%d)", site, guid, id))},
		{"etag", decoy(fmt.Sprintf("\"%d\"", r.in(1, 12)))},
		{"type", plain(typ)},
	}
}

func srDriver(r *rng, site, guid string) obj {
	female := r.chance(0.15)
	first := r.pick(srFirstM...)
	if female {
		first = r.pick(srFirstF...)
	}
	last := r.pick(srLast...)
	town := srTowns[r.IntN(len(srTowns))]
	id := r.in(3, 400)
	lan := r.lanPrefix()
	sys, dia := r.bp()
	sn := r.digits(10)
	var fw leaf
	if r.chance(0.4) {
		fw = fwIP(fmt.Sprintf("%02d.%02d.%02d.%02d", r.in(1, 4), r.in(0, 40), r.in(0, 20), r.in(10, 99)))
	} else {
		fw = dev(fmt.Sprintf("03.%02d.%02d Rev%02d", r.in(20, 30), r.in(0, 20), r.in(1, 12)))
	}
	truck := obj{
		{"__metadata", srMeta(r, site, r.uuid(), r.in(1, 80), "SP.Data.KamioniListItem")},
		{"Title", plain(fmt.Sprintf("K-%02d", r.in(1, 60)))},
		{spName("Model kamiona"), dev(r.pick("Mercedes-Benz Actros 1845", "Volvo FH 500", "Scania R 450", "MAN TGX 18.510", "DAF XF 480"))},
		{spName("Tahograf"), dev(r.pick("VDO DTCO 4.1", "VDO DTCO 4.0e", "Stoneridge SE5000 Exakt Duo2"))},
		{spName("Serijski broj tahografa"), dev(sn)},
		{spName("GPS uređaj"), dev(r.pick("Teltonika FMB920", "Teltonika FMC650", "Ruptela FM-Eco4"))},
		{"IMEI", dev("86" + r.digits(13))},
		{spName("Firmver"), fw},
		{spName("Poslednji signal"), dev(r.iso(2024, 2024))},
		{spName("Kilometraža"), decoy(r.in(80000, 1400000))},
	}
	depo := obj{
		{"__metadata", srMeta(r, site, r.uuid(), r.in(1, 6), "SP.Data.DepoiListItem")},
		{"Title", plain("Depo " + town[0])},
		{spName("WiFi SSID"), netw(r.pick("Depo-", "Magacin_", "Kancelarija-") + strings.ToUpper(ascii(town[0]))[:3] + r.digits(2))},
		{spName("WiFi lozinka"), cred(r.pick("Kamion", "Tura", "Depo") + r.digits(4) + r.pick("!", "#", ""))},
		{spName("Ruter IP"), netw(lan + ".1")},
		{"VLAN", netw(r.in(10, 200))},
	}
	vozac, zalio, upucen := "Vozač", "žalio", "upućen"
	if female {
		vozac, zalio, upucen = "Vozačica", "žalila", "upućena"
	}
	doctorNote := r.pickProse(
		func() leaf {
			return prose(p("Povišen pritisak, "+upucen+" kardiologu", healthC), p(". Kontrola za 3 meseca."))
		},
		func() leaf { return prose(p("Nosi naočare pri vožnji", healthC), p(".")) },
		func() leaf { return prose(p("Bez ograničenja", healthC), p(".")) },
		func() leaf {
			return prose(p("Dijabetes tip 2 na tabletama, glikemija "+fmt.Sprintf("%.1f mmol/L", r.f1(6, 11)), healthC), p(", nositi obrok u kabini."))
		},
	).clin()
	dispatch := r.pickProse(
		func() leaf {
			return prose(p(vozac+" se "+zalio+" na "), p("bolove u leđima posle ture", healthC), p(", "+upucen+" kod lekara."))
		},
		func() leaf {
			return prose(p("Zvati na "), p(r.srPhone(), contactC), p(" ako ne odgovara na Viber."))
		},
		func() leaf {
			return prose(p("Tahograf zamenjen, novi serijski broj "), p(r.digits(10), devC), p("."))
		},
		func() leaf {
			return prose(p("Tura BG–Minhen, utovar u 6h, istovar sutra do 14h. Nalog " + r.digits(6) + "."))
		},
		func() leaf {
			return prose(p("Nova lozinka za portal: "), p(r.pick("Kamion", "Tura", "Put")+r.digits(4), credC), p(", poslata SMS-om."))
		},
	)
	user := strings.ToLower(ascii(first) + "." + ascii(last))
	return obj{
		{"__metadata", srMeta(r, site, guid, id, "SP.Data.VozaciListItem")},
		{"FileSystemObjectType", plain(0)},
		{"Id", decoy(id)},
		{"ContentTypeId", decoy("0x0100" + strings.ToUpper(r.hexs(32)))},
		{"Title", cont(first + " " + last)},
		{spName("Datum rođenja"), cont(r.day(1962, 2000) + "T00:00:00Z")},
		{spName("Pol"), sexOf(map[bool]string{true: "Ženski", false: "Muški"}[female])},
		{spName("Broj telefona"), cont(r.srPhone())},
		{spName("E-pošta"), cont(r.mail(ascii(first) + "." + ascii(last)))},
		{spName("Ulica i broj"), cont(fmt.Sprintf("%s %d", r.pick(srStreet...), r.in(1, 140)))},
		{spName("Grad"), cont(town[0])},
		{spName("Poštanski broj"), cont(town[1])},
		{spName("Korisničko ime"), cont(user)},
		{spName("Lozinka za portal"), cred(r.pick("Srbija", "Zvezda", "Partizan", "Vozim") + r.digits(3) + r.pick("!", "", "*"))},
		{spName("PIN kartice za gorivo"), cred(r.digits(4))},
		{spName("Lekarski pregled"), plain(r.day(2023, 2024) + "T00:00:00Z")},
		{spName("Krvni pritisak"), hlth(fmt.Sprintf("%d/%d", sys, dia)).clin()},
		{spName("Vid"), hlth(r.pick("Uredan", "Korekcija naočarima, -1.5 dpt", "Sočiva, oba oka")).clin()},
		{spName("Dijabetes"), hlth(r.chance(0.2)).clin()},
		{spName("Lekovi"), hlth(r.pick("Nema", "Enalapril 10 mg", "Metformin 850 mg", "Bisoprolol 5 mg", "Atorvastatin 20 mg")).clin()},
		{spName("Krvna grupa"), hlth(r.blood()).clin()},
		{spName("Sposoban za vožnju"), hlth(r.pick("Da", "Da, uz korekciju vida", "Privremeno ne – do kontrole")).clin()},
		{spName("Napomena lekara"), doctorNote},
		{"Kamion", truck},
		{"KamionId", decoy(r.in(1, 80))},
		{"Depo", depo},
		{spName("Napomena dispečera"), dispatch},
		{"AuthorId", decoy(r.in(6, 40))},
		{"EditorId", decoy(r.in(6, 40))},
		{"Created", plain(r.iso(2019, 2023))},
		{"Modified", plain(r.iso(2024, 2024))},
		{"OData__UIVersionString", decoy(fmt.Sprintf("%d.0", r.in(1, 30)))},
		{"Attachments", plain(r.chance(0.3))},
		{"GUID", decoy(r.uuid())},
	}
}
