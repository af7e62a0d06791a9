package blindset15

import (
	"fmt"
	"strings"
)

// koshuisZohoAF: a South African high school's boarding house (koshuis)
// register, two Zoho Creator report API responses saved together (code
// 3000, data rows with ID, lookups as {ID, display_value}, name and
// address composite fields, subform rows) with Afrikaans field names: the
// learner (salutation, name, grade, room, birth date, sex, cell phone,
// e-mail, home address, parent lookup and phone, medical aid, allergies,
// chronic medication, conditions, blood group, height, weight, sports
// restriction), the learner's devices registered for the hostel Wi-Fi
// (phone model, MAC, type, last seen), the personal Wi-Fi login, the gate
// code, the house mother's notes in Afrikaans; and the hostel's network
// report (access points with IP, MAC, SSID, password, VLAN, model,
// firmware).
func koshuisZohoAF(r *rng) any {
	school := r.pick("Hoërskool Waterkloof", "Hoërskool Oos-Moot", "Hoërskool Paul Roos", "Hoërskool Grey", "Hoërskool Outeniqua")
	owner := strings.ToLower(r.pick("koshuis", "hostel", "admin")) + "_" + r.digits(3)
	lan := r.lanPrefix()
	learners := arr{}
	for k := 0; k < r.in(1, 2); k++ {
		learners = append(learners, afLearner(r, owner, lan))
	}
	aps := arr{}
	for _, n := range r.pickSome(r.in(2, 3), "AP Seunskoshuis 1", "AP Seunskoshuis 2", "AP Dogterskoshuis", "AP Eetsaal", "AP Studiesaal") {
		var fw leaf
		if r.chance(0.5) {
			fw = fwIP(fmt.Sprintf("%d.%d.%d.%d", r.in(4, 7), r.in(0, 6), r.in(0, 80), r.in(10, 250)))
		} else {
			fw = dev(r.ver())
		}
		aps = append(aps, obj{
			{"ID", decoy("4" + r.digits(17))},
			{"Naam", dev(n)},
			{"IP_Adres", netw(fmt.Sprintf("%s.%d", lan, r.in(2, 40)))},
			{"MAC_Adres", macAddr(r.mac(":", true))},
			{"SSID", netw(r.pick("Koshuis-Leerders", "Koshuis-Personeel", "KH-WiFi"))},
			{"Wagwoord", cred(r.pick("Springbok", "Protea", "Fynbos", "Karoo") + r.digits(4) + r.pick("!", "#", ""))},
			{"VLAN", netw(r.in(10, 90))},
			{"Model", dev(r.pick("Ubiquiti U6 Lite", "Ubiquiti U6 LR", "TP-Link EAP245", "Ruckus R550"))},
			{"Firmware", fw},
			{"Laas_Gesien", dev(r.iso(2024, 2024))},
		})
	}
	return language(obj{
		{"app", plain(strings.ToLower(strings.ReplaceAll(school, " ", "-")) + "-koshuis")},
		{"verslae", obj{
			{"Alle_Leerders", obj{{"code", plain(3000)}, {"data", learners}}},
			{"Netwerk_Toestelle", obj{{"code", plain(3000)}, {"data", aps}}},
		}},
		{"uitgevoer", plain(r.iso(2024, 2024))},
	})
}

func afLearner(r *rng, owner, lan string) obj {
	first, last, female := r.afName()
	town := afTowns[r.IntN(len(afTowns))]
	street := fmt.Sprintf("%s %d", r.pick(afStreet...), r.in(1, 200))
	pf, _, pfem := r.afName()
	parent := pf + " " + last
	prefix := map[bool]string{true: "Mej.", false: "Mnr."}[female]
	ppre := map[bool]string{true: "Mev.", false: "Mnr."}[pfem]
	grade := r.in(8, 12)
	h := r.in(150, 192)
	kg := r.f1(42, 95)
	user := strings.ToLower(ascii(first)[:1] + ascii(strings.ReplaceAll(last, " ", "")))

	devices := arr{}
	for k := 0; k < r.in(1, 2); k++ {
		typ := r.pick("Selfoon", "Skootrekenaar", "Tablet")
		model := map[string]string{"Selfoon": r.pick("Samsung Galaxy A15", "Samsung Galaxy A25", "iPhone 13", "Huawei nova Y70", "Hisense Infinity H50"), "Skootrekenaar": r.pick("Lenovo IdeaPad 3", "HP 250 G9", "Acer Aspire 3"), "Tablet": r.pick("iPad (9th gen)", "Samsung Galaxy Tab A9")}[typ]
		devices = append(devices, obj{
			{"ID", decoy("4" + r.digits(17))},
			{"Toestel", dev(model)},
			{"Tipe", dev(typ)},
			{"MAC_adres", macAddr(r.mac(":", false))},
			{"Geregistreer", plain(r.day(2024, 2024))},
			{"Laas_gesien", dev(r.iso(2024, 2024))},
		})
	}

	notes := r.pickProse(
		func() leaf {
			return prose(p(first, contactC), p(" het "), p(fmt.Sprintf("koors gehad (%.1f°C)", r.f1(38, 39.4)), healthC), p(", ma gebel op "), p(r.zaPhone(), contactC), p("."))
		},
		func() leaf {
			return prose(p("Asmapompie in kamer vergeet, "), p("kort aanval by rugbyoefening", healthC), p(", suster het Ventolin gegee."))
		},
		func() leaf {
			return prose(p("Wi-Fi wagwoord teruggestel na "), p(r.pick("Koshuis", "Leerder")+r.digits(4), credC), p(" op versoek van die ouer."))
		},
		func() leaf { return prose(p("Naweekuitteken goedgekeur deur koshuisvader, terug Sondag 17:00.")) },
		func() leaf {
			return prose(p("Nuwe selfoon geregistreer, MAC "), pmac(r.mac(":", false)), p(", ou toestel verwyder."))
		},
	)

	return obj{
		{"ID", decoy("4" + r.digits(17))},
		{"Leerder_Naam", obj{
			{"prefix", salut(prefix)},
			{"first_name", cont(first)},
			{"last_name", cont(last)},
			{"suffix", plain("")},
			{"display_value", cont(prefix + " " + first + " " + last)},
		}},
		{"Graad", plain(grade)},
		{"Kamer", plain(fmt.Sprintf("%s-%02d", r.pick("A", "B", "C"), r.in(1, 30)))},
		{"Geboortedatum", cont(fmt.Sprintf("%02d-%s-%d", r.in(1, 28), r.pick("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 2024-grade-6))},
		{"Geslag", sexOf(map[bool]string{true: "Vroulik", false: "Manlik"}[female])},
		{"Selfoon", cont(r.zaPhoneIntl())},
		{"E_pos", cont(r.mail(ascii(first) + "." + ascii(strings.ReplaceAll(last, " ", ""))))},
		{"Huisadres", obj{
			{"address_line_1", cont(street)},
			{"address_line_2", plain("")},
			{"district_city", cont(town[0])},
			{"state_province", cont(town[2])},
			{"postal_Code", cont(town[1])},
			{"country", decoy("South Africa")},
			{"display_value", cont(fmt.Sprintf("%s, %s, %s, %s, South Africa", street, town[0], town[2], town[1]))},
		}},
		{"Ouer_Voog", obj{{"ID", decoy("4" + r.digits(17))}, {"display_value", cont(ppre + " " + parent)}}},
		{"Ouer_Selfoon", cont(r.zaPhone())},
		{"Mediese_Fonds", plain(r.pick("Discovery Health", "Bonitas", "Momentum Health", "Medshield", "Geen"))},
		{"Lidnommer", decoy(r.digits(9))},
		{"Allergieë", hlth(r.pick("Geen bekend", "Penisillien", "Grondboontjies", "Byesteke", "Laktose")).clin()},
		{"Chroniese_Medikasie", hlth(r.pick("Geen", "Ritalin 10 mg (oggend)", "Ventolin pompie", "Concerta 36 mg", "Epilim 500 mg", "Insulien (Lantus 14 eenhede)")).clin()},
		{"Toestande", stringsOf(func(v any) leaf { return hlth(v).clin() }, r.pickSome(r.in(1, 2), "Asma", "ADHD", "Epilepsie", "Tipe 1-diabetes", "Eksseem", "Migraine")...)},
		{"Bloedgroep", hlth(r.blood()).clin()},
		{"Lengte_cm", hlth(h).clin()},
		{"Gewig_kg", hlth(kg).clin()},
		{"Sportbeperking", hlth(r.pick("Geen", "Rugby – geen kontak tot 20/5 (harsingskudding)", "Geen swem – oorinfeksie", "Netbal – enkel in verband")).clin()},
		{"Toestelle", devices},
		{"WiFi_Gebruikersnaam", cont(user)},
		{"WiFi_Wagwoord", cred(r.pick("Koshuis", "Leerder", "Skool") + r.digits(4))},
		{"Hekkode", cred(r.digits(5))},
		{"Notas", notes},
		{"Ouer_Opmerking", r.pickProse(
			func() leaf {
				return prose(p(first, contactC), p(" "), p(r.pick("kry migraine as sy/haar medikasie laat gegee word", "moet elke aand sy/haar Epilim drink", "is allergies vir byesteke – EpiPen in tas"), healthC), p("."))
			},
			func() leaf { return prose(p("Bel asseblief die pa op "), p(r.zaPhone(), contactC), p(" na 17:00.")) },
			func() leaf { return prose(p("Sal Vrydag om 14:00 gehaal word vir die langnaweek.")) },
		)},
		{"Added_User", cont(owner)},
		{"Added_Time", plain(r.iso(2023, 2024))},
		{"Modified_Time", plain(r.iso(2024, 2024))},
	}
}
