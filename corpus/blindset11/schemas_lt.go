package blindset11

import (
	"fmt"
	"strings"
)

// A Vilnius / Trakai hot-air balloon flight operator's Baserow database,
// list-rows responses with Lithuanian field names (user_field_names=true):
// passengers (weight and height for the basket load, health, pregnancy,
// single and multiple selects, link rows, a consent file whose name holds
// the surname) and the equipment table (balloons, instruments, trackers,
// the office router).

var (
	ltMen      = []string{"Jonas", "Mantas", "Tomas", "Lukas", "Darius", "Andrius", "Paulius", "Rokas", "Mindaugas", "Giedrius", "Karolis", "Vytautas"}
	ltWomen    = []string{"Eglė", "Rasa", "Ieva", "Aistė", "Gabija", "Rūta", "Lina", "Jūratė", "Ugnė", "Austėja", "Vaida", "Greta"}
	ltSurM     = []string{"Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus", "Paulauskas", "Urbonas", "Kavaliauskas", "Navickas"}
	ltSurF     = []string{"Kazlauskienė", "Jankauskaitė", "Petrauskienė", "Stankevičiūtė", "Vasiliauskaitė", "Žukauskienė", "Butkutė", "Paulauskienė", "Urbonaitė", "Kavaliauskienė", "Navickaitė"}
	ltStreets  = []string{"Ąžuolų g.", "Liepų g.", "Beržų g.", "Klevų g.", "Vytauto g.", "Kęstučio g.", "Žalgirio g.", "Savanorių pr.", "Laisvės al.", "Taikos pr.", "Sodų g.", "Pušų g.", "Smilgų g.", "Vilties g.", "Saulėtekio al.", "Jaunimo g.", "Statybininkų g.", "Parko g.", "Mokyklos g.", "Ežero g."}
	ltCities   = [][2]string{{"Vilnius", "LT-08"}, {"Kaunas", "LT-44"}, {"Klaipėda", "LT-92"}, {"Šiauliai", "LT-76"}, {"Panevėžys", "LT-35"}, {"Trakai", "LT-21"}, {"Alytus", "LT-62"}, {"Marijampolė", "LT-68"}, {"Utena", "LT-28"}, {"Birštonas", "LT-59"}}
	ltHealth   = []string{"širdies ligos", "aukštas kraujospūdis", "nugaros traumos", "epilepsija", "astma", "cukrinis diabetas", "neseniai operuotas kelias", "klaustrofobija", "aukščio baimė", "osteoporozė", "nėra"}
	ltColors   = []string{"light-blue", "light-red", "green", "dark-orange", "light-gray", "yellow"}
	ltFlights  = []string{"rytinis Trakai", "vakarinis Vilnius", "vakarinis Trakai", "rytinis Birštonas", "saulėlydis Kaunas", "privatus Užutrakis"}
	ltBalloons = []string{"Cameron Z-105", "Ultramagic M-90", "Lindstrand LBL 105A", "Kubicek BB26Z", "Cameron O-120", "Ultramagic N-250"}
)

func (r *rng) ltPhone() string {
	if r.chance(0.5) {
		return fmt.Sprintf("+370 600 00%03d", r.in(0, 999))
	}
	return fmt.Sprintf("8 600 00%03d", r.in(0, 999))
}

func sel(r *rng, l leaf) obj {
	return obj{{"id", decoy(r.in(1000, 9999))}, {"value", l}, {"color", plain(r.pick(ltColors...))}}
}

func link(r *rng, l leaf) arr { return arr{obj{{"id", decoy(r.in(1, 3000))}, {"value", l}}} }

func ltPassenger(r *rng, host string) obj {
	woman := r.chance(0.5)
	first, last, sex := r.pick(ltMen...), r.pick(ltSurM...), "Vyras"
	if woman {
		first, last, sex = r.pick(ltWomen...), r.pick(ltSurF...), "Moteris"
	}
	city := ltCities[r.IntN(len(ltCities))]
	var conds arr
	for _, c := range r.pickSome(r.in(1, 2), ltHealth...) {
		conds = append(conds, sel(r, hlth(c)))
	}
	note := prose(p(r.pick("Sutikimo forma pasirašyta.", "Dovana gimtadienio proga.", "Atvyks su savo transportu.", "Nori nuotraukų paketo.")))
	switch r.IntN(3) {
	case 0:
		note = prose(p("Keleivis turi "), p(r.pick(ltHealth[:10]...), healthC), p(r.pick(", pilotas informuotas.", " – sėdės prie krepšio kampo.", "; gydytojo leidimas pridėtas.")))
	case 1:
		note = prose(p("Skambinti "), p(r.ltPhone(), contactC), p(" prieš skrydį, jei vėjas per stiprus."))
	}
	file := fmt.Sprintf("%s_%s.pdf", r.alnum(24), "sutikimas")
	vis := "sutikimas_" + strings.ReplaceAll(last, " ", "_") + ".pdf"
	return obj{
		{"id", decoy(r.in(1, 9000))},
		{"order", plain(fmt.Sprintf("%d.00000000000000000000", r.in(1, 9000)))},
		{"Vardas", cont(first)},
		{"Pavardė", cont(last)},
		{"El. paštas", cont(r.mail(ascii(strings.NewReplacer("ė", "e", "ū", "u", "ž", "z", "č", "c", "š", "s", "ą", "a", "ę", "e", "į", "i", "ų", "u").Replace(strings.ToLower(first + last)))))},
		{"Telefonas", cont(r.ltPhone())},
		{"Gimimo data", cont(r.day(1945, 2008))},
		{"Lytis", sel(r, sexOf(sex))},
		{"Adresas", cont(fmt.Sprintf("%s %d-%d, %s%03d %s", r.pick(ltStreets...), r.in(1, 120), r.in(1, 60), city[1], r.in(0, 999), city[0]))},
		{"Svoris (kg)", hlth(r.in(45, 125))},
		{"Ūgis (cm)", hlth(r.in(145, 200))},
		{"Nėštumas", hlth(woman && r.chance(0.05))},
		{"Sveikatos būklė", conds},
		{"Vaistai", hlth(r.pick("nėra", "Nitroglicerinas", "Insulinas", "Ventolin", "Warfarinas", "Metoprololis 50 mg", "Levotiroksinas"))},
		{"Judėjimo negalia", hlth(r.chance(0.1))},
		{"Skrydis", link(r, plain(r.day(2024, 2024)+" "+r.pick(ltFlights...)))},
		{"Pilotas", link(r, cont(r.pick(ltMen...)+" "+string([]rune(r.pick(ltSurM...))[:1])+"."))},
		{"Sutikimas", arr{obj{
			{"url", plain("https://" + host + "/media/user_files/" + file)},
			{"thumbnails", obj{
				{"tiny", obj{{"url", plain("https://" + host + "/media/thumbnails/tiny/" + file + ".png")}, {"width", decoy(nil)}, {"height", decoy(21)}}},
				{"small", obj{{"url", plain("https://" + host + "/media/thumbnails/small/" + file + ".png")}, {"width", decoy(48)}, {"height", decoy(48)}}},
			}},
			{"visible_name", cont(vis)},
			{"size", decoy(r.in(40000, 900000))},
			{"mime_type", plain("application/pdf")},
			{"image_width", decoy(nil)},
			{"image_height", decoy(nil)},
		}}},
		{"Kaina (EUR)", decoy(fmt.Sprintf("%d.00", r.in(149, 399)))},
		{"Keleivių sk.", decoy(r.in(1, 4))},
		{"Nuolaidos kodas", decoy(r.pick("VASARA24", "DOVANA10", "TRAKAI15", "", "PORAI"))},
		{"Svoris patikrintas", decoy(r.chance(0.6))},
		{"Skrydžio trukmė ~min", decoy(r.pick("60", "75", "90"))},
		{"Pastabos", note},
		{"Sukurta", plain(r.isoMs(2024, 2024))},
	}
}

func ltEquipment(r *rng) obj {
	lan := r.lanPrefix()
	base := obj{{"id", decoy(r.in(1, 300))}, {"order", plain(fmt.Sprintf("%d.00000000000000000000", r.in(1, 300)))}}
	resp := link(r, cont(r.pick(ltMen...)+" "+r.pick(ltSurM...)))
	switch r.IntN(4) {
	case 0:
		return append(base, obj{
			{"Pavadinimas", dev("Balionas LY-" + r.upper(3))},
			{"Modelis", dev(r.pick(ltBalloons...))},
			{"Serijos nr.", dev(fmt.Sprint(r.in(10000, 13999)))},
			{"Skrydžio valandos", decoy(r.in(20, 600))},
			{"Atsakingas", resp},
			{"Kitas aptarnavimas", plain(r.day(2025, 2025))},
		}...)
	case 1:
		return append(base, obj{
			{"Pavadinimas", dev(r.pick("Variometras", "Skrydžio instrumentas", "Aukščiamatis"))},
			{"Modelis", dev(r.pick("Flytec 3040", "Digitech Balloon Pro", "Flymaster Vario Nav", "Garmin aera 660"))},
			{"Serijos nr.", dev(r.upper(2) + r.digits(6))},
			{"Programinė įranga", dev(r.ver())},
			{"Bluetooth", macAddr(r.mac(":", true))},
			{"Paskutinis ryšys", dev(r.isoMs(2024, 2024))},
			{"Atsakingas", resp},
		}...)
	case 2:
		return append(base, obj{
			{"Pavadinimas", dev("Palydos automobilio GPS")},
			{"Modelis", dev(r.pick("Teltonika FMB920", "Teltonika FMC130", "Queclink GV300"))},
			{"IMEI", dev("35" + r.digits(13))},
			{"Programinė įranga", fwIP(fmt.Sprintf("03.%02d.%02d.%d", r.in(25, 29), r.in(0, 20), r.in(1, 9)))},
			{"Serverio IP", netw(r.wanIP())},
			{"Serverio prievadas", netw(r.pick("5027", "7001", "12050"))},
			{"Paskutinis ryšys", dev(r.isoMs(2024, 2024))},
		}...)
	}
	return append(base, obj{
		{"Pavadinimas", dev("Biuro maršrutizatorius")},
		{"Modelis", dev(r.pick("Teltonika RUT240", "MikroTik hAP ax2", "Teltonika RUTX11", "TP-Link Archer C80"))},
		{"Serijos nr.", dev(r.digits(10))},
		{"MAC adresas", macAddr(r.mac(":", false))},
		{"IP adresas", netw(lan + ".1")},
		{"Tinklo kaukė", netw("255.255.255.0")},
		{"Wi-Fi tinklas", netw(r.pick("Balionai-", "Biuras_", "Skrydziai-") + r.upper(3))},
		{"Wi-Fi slaptažodis", cred(r.alnum(r.in(9, 14)))},
		{"Admin slaptažodis", cred(r.alnum(10))},
		{"Programinė įranga", dev("RUT2_R_00.07." + fmt.Sprintf("%02d.%d", r.in(1, 9), r.in(0, 5)))},
	}...)
}

func balionaiBaserow(r *rng) any {
	host := r.pick("baserow.balionai.lan", "db.skrydziai.internal")
	n := 1 + r.IntN(3)/2
	var pax arr
	for k := 0; k < n; k++ {
		pax = append(pax, ltPassenger(r, host))
	}
	next := plain(nil)
	if r.chance(0.5) {
		next = plain(fmt.Sprintf("https://%s/api/database/rows/table/%d/?page=2&size=%d&user_field_names=true", host, r.in(100, 900), n))
	}
	eq := arr{ltEquipment(r), ltEquipment(r)}
	for i, e := range eq {
		o := e.(obj)
		c := prose(p(r.pick("Patikrinta prieš sezoną.", "Reikia naujo degiklio žarnos.", "Laikoma angare Trakuose.")))
		switch r.IntN(3) {
		case 0:
			c = prose(p("Naujas IP "), p(r.lanIP(), netC), p(", senas maršrutizatorius grąžintas."))
		case 1:
			c = prose(p("Klausti "), p(r.pick(ltMen...)+" "+r.pick(ltSurM...), contactC), p(", tel. "), p(r.ltPhone(), contactC))
		}
		eq[i] = append(o, field{"Komentaras", c})
	}
	return language(obj{
		{"keleiviai", obj{{"count", decoy(r.in(n, 5000))}, {"next", next}, {"previous", plain(nil)}, {"results", pax}}},
		{"iranga", obj{{"count", decoy(r.in(2, 40))}, {"next", plain(nil)}, {"previous", plain(nil)}, {"results", eq}}},
	})
}
