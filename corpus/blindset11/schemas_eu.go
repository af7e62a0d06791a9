package blindset11

import "fmt"

// A Basque-coast surf school's small Node app, its lowdb db.json with
// Basque keys: students (address, health block, wetsuit size, parent,
// login), bookings with instructors' notes, the school's cameras and front
// desk tablet, settings (Wi-Fi, DHCP range, Stripe and SMTP secrets).

var (
	euWomen  = []string{"Ane", "Maialen", "Irati", "Nahia", "June", "Uxue", "Leire", "Amaia", "Garazi", "Haizea", "Ainhoa", "Itziar"}
	euMen    = []string{"Unai", "Jon", "Mikel", "Aitor", "Iker", "Ander", "Oier", "Xabier", "Gorka", "Asier", "Eneko", "Julen"}
	euFamily = []string{"Etxeberria", "Agirre", "Goikoetxea", "Zubizarreta", "Arrieta", "Urrutia", "Larrañaga", "Elizondo", "Olaizola", "Mendizabal", "Iturbe", "Garmendia", "Aranburu", "Ibarguren", "Lasa", "Txurruka", "Azkue", "Berasategi", "Uriarte", "Zabala", "Altuna"}
	euTowns  = [][3]string{{"Donostia", "200", "Gipuzkoa"}, {"Zarautz", "208", "Gipuzkoa"}, {"Getxo", "489", "Bizkaia"}, {"Bilbo", "480", "Bizkaia"}, {"Sopela", "486", "Bizkaia"}, {"Mundaka", "483", "Bizkaia"}, {"Hondarribia", "202", "Gipuzkoa"}, {"Orio", "208", "Gipuzkoa"}, {"Zumaia", "207", "Gipuzkoa"}, {"Gasteiz", "010", "Araba"},
		{"Iruñea", "310", "Nafarroa"}, {"Baiona", "641", "Lapurdi"}, {"Lekeitio", "482", "Bizkaia"}, {"Bermeo", "483", "Bizkaia"}, {"Deba", "208", "Gipuzkoa"}, {"Errenteria", "201", "Gipuzkoa"}, {"Tolosa", "204", "Gipuzkoa"}, {"Durango", "482", "Bizkaia"}, {"Hendaia", "647", "Lapurdi"}, {"Bakio", "481", "Bizkaia"}}
	euStreets = []string{"Kale Nagusia", "Zurriola hiribidea", "Easo kalea", "Askatasunaren hiribidea", "Portu kalea", "Andra Mari kalea", "Bidebarrieta kalea", "Itsasoaren kalea", "Loiola kalea", "Ibaeta pasealekua", "Urdaneta kalea", "Arrantzale kalea", "Zumardi kalea", "Hondartza pasealekua", "Geltoki kalea", "Elizako kalea", "Iparragirre kalea", "Etxaide kalea", "Mendi kalea", "Txurruka kalea"}
	euIll     = []string{"asma", "1 motako diabetesa", "epilepsia", "bihotzeko arritmia", "bizkarreko mina", "sorbaldako lesioa", "migraina", "hipertentsioa", "anemia", "eskoliosia", "belauneko ebakuntza"}
	euAllergy = []string{"penizilina", "fruitu lehorrak", "marmoka", "latexa", "ezer ez", "polena", "erleak", "itsaskiak"}
	euBeach   = []string{"Zurriola", "Sopela", "Zarautz", "Mundaka", "Bakio", "Orio", "Hondarribia", "Zumaia", "Deba", "Plentzia", "Ondarreta", "Hendaia"}
)

func (r *rng) esPhone() string {
	return fmt.Sprintf("+34 6%d0 000 %03d", r.in(0, 9), r.in(0, 999))
}

func euStudent(r *rng) (obj, string) {
	woman := r.chance(0.5)
	first, sex := r.pick(euMen...), "gizona"
	if woman {
		first, sex = r.pick(euWomen...), r.pick("emakumea", "emakumea", "ez-bitarra")
	}
	s1, s2 := r.pick(euFamily...), r.pick(euFamily...)
	town := euTowns[r.IntN(len(euTowns))]
	age := r.in(7, 58)
	id := r.b64(21)
	mednote := prose(p(r.pick("Ez du ezer berezirik.", "Taula luzea nahiago du.", "Lehen aldia surfean.")))
	if r.chance(0.5) {
		mednote = prose(p("Ikasleak "), p(r.pick(euIll...), healthC), p(" du; "), p(r.pick("Ventolin", "intsulina", "ibuprofenoa 600", "antihistaminikoa", "levotiroxina"), healthC), p(" motxilan eramaten du."))
	}
	st := obj{
		{"id", decoy(id)},
		{"izena", cont(first)},
		{"abizenak", cont(s1 + " " + s2)},
		{"jaiotzeData", cont(r.day(2024-age, 2024-age))},
		{"sexua", sexOf(sex)},
		{"adina", ageOf(age)},
		{"telefonoa", cont(r.esPhone())},
		{"posta", cont(r.mail(ascii(first) + "." + ascii(s1)))},
		{"argazkia", cont("https://cdn.surfeskola.example/argazkiak/" + r.hexs(16) + ".jpg")},
		{"helbidea", obj{
			{"kalea", cont(r.pick(euStreets...))},
			{"zenbakia", cont(fmt.Sprint(r.in(1, 60)))},
			{"solairua", cont(fmt.Sprintf("%d%s", r.in(1, 8), r.pick("A", "B", "C", "ezk.", "esk.")))},
			{"herria", cont(town[0])},
			{"postaKodea", cont(fmt.Sprintf("%s%02d", town[1], r.in(0, 20)))},
			{"probintzia", cont(town[2])},
		}},
		{"osasuna", clinical(obj{
			{"altuera", hlth(r.in(120, 195))},
			{"pisua", hlth(r.in(22, 105))},
			{"igerianDaki", plain(r.chance(0.9))},
			{"gaixotasunak", stringsOf(hlth, r.pickSome(r.in(0, 2), euIll...)...)},
			{"alergiak", hlth(r.pick(euAllergy...))},
			{"epilepsia", hlth(r.chance(0.05))},
			{"haurdun", hlth(woman && age > 18 && r.chance(0.05))},
			{"oharMedikoa", mednote},
		})},
		{"neoprenoTalla", decoy(r.pick("XS", "S", "M", "L", "XL", "10 urte", "12 urte", "14 urte"))},
		{"oinTalla", decoy(r.in(28, 46))},
		{"bonoa", plain(r.pick("5 saio", "10 saio", "udako kanpaldia", "saio bakarra"))},
		{"kreditua", decoy(r.in(0, 10))},
	}
	if age < 18 {
		pf := r.pick(euWomen...)
		st = append(st, field{"gurasoa", obj{
			{"izena", cont(pf + " " + s1)},
			{"telefonoa", cont(r.esPhone())},
			{"posta", cont(r.mail(ascii(pf) + ascii(s1)))},
		}})
	}
	st = append(st, field{"erabiltzailea", obj{
		{"pasahitza", cred(r.bcrypt())},
		{"saioTokena", cred(r.jwt())},
		{"azkenSaioa", plain(r.isoMs(2024, 2024))},
		{"pasahitzaAldatuBehar", decoy(r.chance(0.1))},
		{"postaEgiaztatua", decoy(r.chance(0.8))},
	}})
	return st, id
}

func surfLowdb(r *rng) any {
	st, sid := euStudent(r)
	var bookings arr
	for k := 0; k < r.in(1, 2); k++ {
		note := prose(p(r.pick("Olatu onak, goizeko marea.", "Ikasleak ondo egin du, hurrengo mailara.", "Haize handia, saioa laburtu da.")))
		switch r.IntN(4) {
		case 0:
			note = prose(p("Zorabiatu egin da uretan; "), p(r.pick("tentsioa baxu", "hipogluzemia susmoa", "asma krisia txikia", "marmoka ziztada"), healthC), p(", gurasoei deitu diegu."))
		case 1:
			note = prose(p("Amari deitu "), p(r.esPhone(), contactC), p(" saioa aldatzeko."))
		}
		bookings = append(bookings, obj{
			{"id", decoy(r.b64(21))},
			{"ikasleId", decoy(sid)},
			{"data", plain(r.day(2024, 2024))},
			{"hondartza", plain(r.pick(euBeach...))},
			{"maila", plain(r.pick("hasiberria", "ertaina", "aurreratua"))},
			{"irakaslea", cont(r.pick(euMen...) + " " + r.pick(euFamily...))},
			{"taula", plain(r.pick("Softech 8'0", "Torq 7'6 Mod Fun", "NSP Funboard 7'2", "Bic 9'0 Longboard"))},
			{"prezioa", decoy(r.pick("35.00", "45.00", "150.00", "280.00"))},
			{"ordaindua", decoy(r.chance(0.8))},
			{"oharra", note},
		})
	}
	lan := r.lanPrefix()
	var devices arr
	for k := 0; k < r.in(1, 2); k++ {
		fw := dev("v" + r.ver())
		if r.chance(0.3) {
			fw = fwIP(r.ipVer())
		}
		gopro := r.chance(0.6)
		name, kind, model := "Harrerako iPada", "tableta", r.pick("iPad (9th generation)", "iPad Air (5th generation)", "Samsung Galaxy Tab S6 Lite")
		if gopro {
			name, kind, model = "GoPro "+r.pick(euBeach...)+" "+fmt.Sprint(r.in(1, 4)), "kamera", r.pick("GoPro HERO11 Black", "GoPro HERO12 Black", "GoPro HERO10 Black", "Insta360 X3")
		}
		devices = append(devices, obj{
			{"id", decoy(r.b64(21))},
			{"izena", dev(name)},
			{"mota", dev(kind)},
			{"modeloa", dev(model)},
			{"serieZenbakia", dev("C" + r.digits(13))},
			{"firmwarea", fw},
			{"mac", macAddr(r.mac(":", false))},
			{"ip", netw(fmt.Sprintf("%s.%d", lan, r.in(100, 199)))},
			{"azkenAldizIkusia", dev(r.epochMs(2024, 2024))},
			{"bateria", decoy(r.in(3, 100))},
		})
	}
	return language(obj{
		{"ikasleak", arr{st}},
		{"erreserbak", bookings},
		{"gailuak", devices},
		{"ezarpenak", obj{
			{"wifi", obj{{"ssid", netw(r.pick("SurfEskola", "Zurriola-Surf", "Harrera", "Eskola_WiFi") + "-" + r.upper(2))}, {"pasahitza", cred(r.alnum(r.in(9, 14)))}}},
			{"routerIp", netw(lan + ".1")},
			{"dhcpTartea", netw(fmt.Sprintf("%s.100-%s.199", lan, lan))},
			{"stripeGakoa", cred("sk_live_" + r.alnum(24))},
			{"stripeGakoPublikoa", decoy("pk_live_" + r.alnum(24))},
			{"smtp", obj{
				{"ostalaria", netw("posta.surfeskola.lan")},
				{"ataka", netw(587)},
				{"erabiltzailea", cont(r.mail("harrera"))},
				{"pasahitza", cred(r.alnum(16))},
			}},
			{"gehienezkoIkasleak", decoy(r.in(6, 12))},
			{"bertsioa", decoy(r.ver())},
		}},
	})
}
