package blindset12

import (
	"fmt"
	"strings"
)

// An Austrian 24-hour live-in care agency (24h-Betreuung) running Odoo: a
// JSON-RPC batch response (a top-level array of {"jsonrpc","id","result"}),
// each result from search_read on a model: the client (res.partner with
// x_studio_ / x_ custom fields in Austrian German, many2one values as
// [id, "display name"] pairs, empty fields as false, Stiege / Tür address
// parts), the medication plan, the carers on rotation (Turnus) and the
// devices placed in the home.

var (
	atVorF     = []string{"Theresia", "Hildegard", "Aloisia", "Gertraud", "Maria", "Rosina", "Ingeborg", "Anna", "Herta", "Waltraud"}
	atVorM     = []string{"Johann", "Alois", "Franz", "Leopold", "Josef", "Ferdinand", "Engelbert", "Herbert", "Rudolf", "Karl"}
	atNach     = []string{"Hofbauer", "Pichler", "Gruber", "Moser", "Huber", "Wimmer", "Leitner", "Eder", "Brandstätter", "Aigner", "Steinböck", "Haslinger"}
	atOrte     = []struct{ plz, ort, land string }{{"4020", "Linz", "Oberösterreich (AT)"}, {"8010", "Graz", "Steiermark (AT)"}, {"5020", "Salzburg", "Salzburg (AT)"}, {"3100", "St. Pölten", "Niederösterreich (AT)"}, {"6020", "Innsbruck", "Tirol (AT)"}, {"9020", "Klagenfurt am Wörthersee", "Kärnten (AT)"}, {"1100", "Wien", "Wien (AT)"}}
	atStrassen = []string{"Hauptstraße", "Linzer Straße", "Kirchengasse", "Am Anger", "Feldweg", "Schulgasse", "Mühlbachweg", "Waldstraße"}
	atDiag     = []string{"Demenz vom Alzheimer-Typ (F00.1)", "Z.n. Apoplex 2021 mit Hemiparese li.", "Diabetes mellitus Typ 2 (E11.9)", "Morbus Parkinson (G20)", "Herzinsuffizienz NYHA III", "COPD GOLD 3", "Vorhofflimmern, antikoaguliert", "Osteoporose mit Wirbelkörperfraktur", "Makuladegeneration bds."}
	atMeds     = []struct{ name, dos string }{{"Metformin 1000 mg", "1-0-1"}, {"Donepezil 10 mg", "0-0-1"}, {"Madopar 125 mg", "1-1-1-1"}, {"Eliquis 5 mg", "1-0-1"}, {"Torasemid 10 mg", "1-0-0"}, {"Pantoloc 40 mg", "1-0-0"}, {"Quetiapin 25 mg", "0-0-1"}, {"Novalgin 500 mg", "bei Bedarf max. 4x"}, {"Spiriva Respimat", "2 Hübe morgens"}}
	skVornF    = []string{"Mária", "Zuzana", "Katarína", "Ioana", "Elena", "Jana", "Monika", "Andreea", "Lucia", "Gabriela"}
	skNach     = []string{"Kováčová", "Horváthová", "Popescu", "Nagyová", "Ionescu", "Tóthová", "Varga", "Dumitru", "Baranová", "Molnár"}
	atGeraete  = []struct{ typ, modell string }{{"Hausnotruf-Armband", "Caera R3"}, {"Sturzsensor", "Vayyar Care"}, {"Notrufuhr", "Libify Notrufuhr 4G"}, {"Tablet (Videotelefonie)", "Samsung Galaxy Tab A9"}, {"Herdabschaltung", "Bosch Home Connect Herdwächter"}, {"Medikamentendispenser", "Hero Health Dispenser"}, {"Router", "A1 WLAN Box (Fritz!Box 7530)"}}
)

func (r *rng) atHandy() string { return fmt.Sprintf("+43 6%d0 000 %04d", r.in(6, 9), r.in(0, 9999)) }
func (r *rng) skHandy() string {
	if r.chance(0.5) {
		return fmt.Sprintf("+421 9%d0 000 %03d", r.in(0, 4), r.in(0, 999))
	}
	return fmt.Sprintf("+40 7%d0 000 %03d", r.in(2, 6), r.in(0, 999))
}

func m2o(id int, name leaf) arr { return arr{plain(id), name} }

func betreuungOdoo(r *rng) any {
	fem := r.chance(0.65)
	vor := r.pick(atVorM...)
	anrede := "Herr"
	if fem {
		vor, anrede = r.pick(atVorF...), "Frau"
	}
	nach := r.pick(atNach...)
	name := vor + " " + nach
	o := atOrte[r.IntN(len(atOrte))]
	kid := r.in(100, 9999)
	lan := r.lanPrefix()
	arzt := "Dr. " + r.pick(append(atVorF, atVorM...)...) + " " + r.pick(atNach...)
	ssid := r.pick("A1-"+r.upper(6), "Magenta-"+r.upper(4), "FRITZ!Box 7530 "+r.upper(2), "WLAN-"+nach)

	email := plain(false)
	if r.chance(0.3) {
		email = cont(r.mail(ascii(vor) + "." + ascii(nach)))
	}
	angeh := r.pick(atVorF...) + " " + r.pick(atNach...)
	tag := prose(p(r.pick("Steht um 7 Uhr auf, ", "Schläft bis 9, ", "Mittagsschlaf 13-15 Uhr, ")), p(r.pick("braucht Hilfe beim Duschen (Sturzgefahr)", "BZ-Messung vor jeder Mahlzeit", "nachts oft unruhig, verwirrt", "Lagerung alle 2h wegen Dekubitus sakral", "isst nur passierte Kost, Schluckstörung"), healthC), p("."))
	if r.chance(0.4) {
		tag = prose(p("Schlüsselsafe beim Eingang, Code "), p(r.digits(4), credC), p(". "+r.pick("Sohn ", "Tochter ")), p(angeh, contactC), p(" kommt sonntags."))
	}
	klient := obj{
		{"id", decoy(kid)},
		{"name", cont(name)},
		{"display_name", cont(name + ", " + o.ort)},
		{"x_anrede", sexOf(anrede)},
		{"x_studio_geb_datum", cont(r.day(1928, 1948))},
		{"street", cont(fmt.Sprintf("%s %d", r.pick(atStrassen...), r.in(1, 120)))},
		{"x_stiege_tuer", cont(fmt.Sprintf("Stg. %d / Top %d", r.in(1, 4), r.in(1, 24)))},
		{"zip", cont(o.plz)},
		{"city", cont(o.ort)},
		{"state_id", m2o(r.in(100, 200), cont(o.land))},
		{"country_id", m2o(14, decoy("Österreich"))},
		{"phone", cont(fmt.Sprintf("+43 %d 000 %03d", r.pick4(732, 316, 662, 2742, 512, 463), r.in(0, 999)))},
		{"mobile", plain(false)},
		{"email", email},
		{"x_studio_pflegegeldstufe", hlth(fmt.Sprint(r.in(3, 7))).clin()},
		{"x_diagnosen", hlth(strings.Join(r.pickSome(r.in(1, 3), atDiag...), "; ")).clin()},
		{"x_groesse_cm", hlth(r.in(148, 182)).clin()},
		{"x_gewicht_kg", hlth(r.f1(42, 98)).clin()},
		{"x_mobilitaet", hlth(r.pick("Rollator", "Rollstuhl", "bettlägerig", "gehfähig mit Stock")).clin()},
		{"x_inkontinenz", hlth(r.chance(0.5)).clin()},
		{"x_kostform", hlth(r.pick("Diabetikerkost", "passiert", "Vollkost", "laktosefrei")).clin()},
		{"x_allergien", hlth(r.pick("keine bekannt", "Penicillin", "Pflaster", "Nüsse")).clin()},
		{"x_hausarzt_id", m2o(r.in(1000, 9000), cont(arzt))},
		{"x_angehoerige", prose(p(angeh, contactC), p(" ("+r.pick("Tochter", "Sohn", "Nichte")+"), Tel. "), p(r.atHandy(), contactC))},
		{"x_wlan_ssid", netw(ssid)},
		{"x_wlan_passwort", cred(r.digits(4) + " " + r.digits(4) + " " + r.digits(4) + " " + r.digits(4))},
		{"x_tagesablauf", tag},
		{"user_id", m2o(r.in(2, 40), cont("Koordinatorin "+r.pick(atVorF...)+" "+r.pick(atNach...)))},
		{"company_id", m2o(1, plain("Betreuung Daheim GmbH"))},
		{"x_monatspauschale", decoy(fmt.Sprintf("%d.00", r.in(28, 36)*100))},
		{"x_vertrag_nr", decoy(fmt.Sprintf("BD-%d-%04d", r.in(2019, 2024), r.in(1, 9999)))},
		{"create_date", plain(r.when(2021, 2023).Format("2006-01-02 15:04:05"))},
		{"write_date", plain(r.when(2024, 2024).Format("2006-01-02 15:04:05"))},
	}
	var meds arr
	for _, i := range r.Perm(len(atMeds))[:r.in(2, 4)] {
		m := atMeds[i]
		meds = append(meds, obj{
			{"id", decoy(r.in(1, 90000))},
			{"x_klient_id", m2o(kid, cont(name))},
			{"x_praeparat", hlth(m.name)},
			{"x_dosierung", hlth(m.dos)},
			{"x_verordnet_von", m2o(r.in(1000, 9000), cont(arzt))},
			{"x_packungsgroesse", decoy(r.pick4(28, 30, 50, 100))},
		})
	}
	var carers arr
	start := r.when(2024, 2024)
	for j := 0; j < r.in(1, 2); j++ {
		cn := r.pick(skVornF...) + " " + r.pick(skNach...)
		var notiz leaf
		switch r.IntN(3) {
		case 0:
			notiz = prose(p("Übergabe: "), p(r.pick("Blutdruck heute 165/95", "BZ morgens 210 mg/dl", "Sturz im Bad, Hämatom re. Hüfte", "kaum gegessen, 2 kg abgenommen"), healthC), p(", Hausarzt informiert."))
		case 1:
			notiz = prose(p("Neue Betreuerin braucht WLAN-Passwort für Videotelefonie, steht am Router ("), p(lan+".1", netC), p(")."))
		default:
			notiz = prose(p("Turnuswechsel problemlos."))
		}
		carers = append(carers, obj{
			{"id", decoy(r.in(1, 9000))},
			{"name", cont(cn)},
			{"x_handy", cont(r.skHandy())},
			{"x_turnus_von", plain(start.AddDate(0, 0, 28*j).Format("2006-01-02"))},
			{"x_turnus_bis", plain(start.AddDate(0, 0, 28*(j+1)).Format("2006-01-02"))},
			{"x_deutsch_niveau", plain(r.pick("A2", "B1", "B2"))},
			{"x_gewerbe_gisa", decoy(r.digits(8))},
			{"x_fuehrerschein", decoy(r.chance(0.5))},
			{"x_uebergabe_notiz", notiz},
		})
	}
	var devs arr
	for _, i := range r.Perm(len(atGeraete))[:r.in(2, 4)] {
		g := atGeraete[i]
		d := obj{
			{"id", decoy(r.in(1, 9000))},
			{"name", dev(g.typ + " " + nach)},
			{"x_typ", dev(g.typ)},
			{"x_modell", dev(g.modell)},
			{"x_seriennr", dev(r.upper(3) + r.digits(9))},
		}
		if strings.Contains(g.modell, "4G") || strings.Contains(g.modell, "Caera") {
			d = append(d, field{"x_imei", dev("35" + r.digits(13))}, field{"x_sim_rufnummer", cont(r.atHandy())})
		} else {
			d = append(d, field{"x_ip", netw(fmt.Sprintf("%s.%d", lan, r.in(2, 250)))}, field{"x_mac", macAddr(r.mac(":", true))})
		}
		if g.typ == "Router" {
			d = append(d, field{"x_admin_url", netw("http://" + lan + ".1")}, field{"x_admin_kennwort", cred(r.alnum(10))})
		}
		d = append(d,
			field{"x_firmware", dev(r.ver())},
			field{"x_zuletzt_online", dev(r.when(2024, 2024).Format("2006-01-02 15:04:05"))},
			field{"x_akku_prozent", decoy(r.in(5, 100))},
		)
		devs = append(devs, d)
	}
	return language(arr{
		obj{{"jsonrpc", plain("2.0")}, {"id", plain(1)}, {"result", obj{{"length", plain(1)}, {"records", arr{klient}}}}},
		obj{{"jsonrpc", plain("2.0")}, {"id", plain(2)}, {"result", clinical(meds)}},
		obj{{"jsonrpc", plain("2.0")}, {"id", plain(3)}, {"result", carers}},
		obj{{"jsonrpc", plain("2.0")}, {"id", plain(4)}, {"result", devs}},
	})
}
