package blindset27

import (
	"fmt"
	"strings"
)

// neonCall is one query through Neon's serverless HTTP endpoint: the
// request body, the headers (the connection string carries the role's
// password and the endpoint host), and the answer: command, rowCount,
// rows as objects and a fields array that repeats each column name.
func neonCall(r *rng, conn string, query string, params arr, cols []string, oids []int, rows []obj) obj {
	fields := arr{}
	table := r.in(16384, 24000)
	for i, c := range cols {
		size := -1
		switch oids[i] {
		case 23:
			size = 4
		case 1082:
			size = 4
		case 16:
			size = 1
		}
		fields = append(fields, obj{{"name", plain(c)}, {"tableID", plain(table)}, {"columnID", plain(i + 1)}, {"dataTypeID", plain(oids[i])}, {"dataTypeSize", plain(size)}, {"dataTypeModifier", plain(-1)}, {"format", plain("text")}})
	}
	rs := arr{}
	for _, row := range rows {
		rs = append(rs, row)
	}
	return obj{
		{"request", obj{{"query", plain(query)}, {"params", params}}},
		{"headers", obj{{"Neon-Connection-String", tag(conn, credC, netC)}, {"Neon-Raw-Text-Output", plain("false")}, {"Neon-Array-Mode", plain("false")}}},
		{"response", obj{{"command", plain("SELECT")}, {"rowCount", plain(len(rows))}, {"rows", rs}, {"fields", fields}, {"rowAsArray", plain(false)}}},
	}
}

var toIll = []string{"ʻasima", "mahaki suka", "toto māʻolunga", "mahaki mafu", "palopalema telinga", "langa ʻulu lahi", "mahaki fatu"}
var toMeds = []string{"Ventolin", "Metformin 500mg", "Amlodipine 5mg", "Sudafed", "ʻasipilini", "Losartan 50mg"}

// whaleswimNeon: a Vavaʻu whale-swim and dive operator's booking app
// keeps its data in Neon Postgres with Tongan column names and queries it
// over Neon's HTTP endpoint; a debugging middleware logged three calls:
// divers (names, birth date, age, sex, phone, e-mail, home address,
// country, lodging, the health statement as jsonb with illnesses,
// medicines, weight, height, pregnancy and the signing doctor, the
// rented dive computer, the guide's note), staff (login, pgcrypto bcrypt
// hash, role, phone), boats (Starlink Wi-Fi name and password, dish
// serial, IP and last seen), and the dive log.
func whaleswimNeon(r *rng) any {
	t := r.when()
	adj := r.pick("cool", "misty", "dry", "young", "withered", "bitter", "silent")
	noun := r.pick("waterfall", "river", "sea", "tree", "cloud", "pond", "meadow")
	conn := fmt.Sprintf("postgresql://uku_app:npg_%s@ep-%s-%s-a%s-pooler.ap-southeast-2.aws.neon.tech/neondb?sslmode=require", r.alnum(12), adj, noun, r.from(lowerNum, 7))
	surname := r.pick(toLast...)

	// divers
	cols := []string{"fika", "hingoa", "hingoa_fakafāmili", "ʻaho_fāʻeleʻi", "taʻu", "tangata_fefine", "fika_telefoni", "ʻimeili", "tuʻasila", "fonua", "nofoʻanga", "fakamatala_moʻui", "naunau", "fakamatala", "taimi_lēsisita"}
	oids := []int{23, 25, 25, 1082, 23, 25, 25, 25, 25, 25, 25, 3802, 3802, 25, 1184}
	var rows []obj
	var divers []person
	for i := 0; i < r.in(2, 3); i++ {
		local := i == 0 || r.chance(0.4)
		var pp person
		var phone, addr, country, lodging string
		if local {
			pp = r.tongan()
			if i == 0 {
				pp.last = surname
			}
			st, kolo, vf := r.toAddress()
			phone, addr, country, lodging = r.pick(r.toIntl(), r.toLocal()), st+", "+kolo+", "+vf, "TO", "ʻi ʻapi"
		} else {
			pp = r.american()
			a := r.usAddress()
			phone, addr, country, lodging = r.usPhone(), a.street+", "+a.town+", "+a.region+" "+a.postcode, "US", r.pick("Mystic Sands", "Tongan Beach Resort", "Port Wine Guest House", "Hilltop Hotel")
		}
		divers = append(divers, pp)
		dob := r.birth(1960, 2008)
		sex := "tangata"
		if pp.female {
			sex = "fefine"
		}
		ill := arr{}
		for _, x := range r.pickSome(r.in(0, 2), toIll...) {
			ill = append(ill, hlth(x))
		}
		meds := arr{}
		for _, x := range r.pickSome(r.in(0, 2), toMeds...) {
			meds = append(meds, hlth(x))
		}
		preg := hlth(false)
		if pp.female {
			preg = hlth(r.chance(0.15))
		}
		doctor := r.tongan()
		health := clinical(obj{
			{"mahaki", ill},
			{"faitoʻo", meds},
			{"mamafa_kg", hlth(r.in(48, 130))},
			{"lōloa_cm", hlth(r.in(150, 195))},
			{"feitama", preg},
			{"toketā_fakamoʻoni", cont("Dr " + doctor.full())},
			{"fakamoʻoni", plain(true)},
		})
		var note leaf
		switch r.IntN(4) {
		case 0:
			note = prose(p("Naʻe mamahi hono telinga ʻi he "+fmt.Sprint(r.in(3, 12))+" m, naʻa ne foki hake.", healthC))
		case 1:
			note = prose(p("Tā kia "), p(pp.first, contactC), p(" ʻi he "), p(r.toLocal(), contactC), p(" kimuʻa he folau."))
		case 2:
			note = prose(p("ʻOku ʻikai lava ke uku he ʻoku "), p(r.pick("feitama", "fuʻu māʻolunga hono toto", "mahaki ʻasima"), healthC), p("; kakau pē mo e tofuaʻa."))
		default:
			note = prose(p("Lelei pē."))
		}
		rows = append(rows, obj{
			{"fika", plain(r.in(100, 9999))},
			{"hingoa", cont(pp.first)},
			{"hingoa_fakafāmili", cont(pp.last)},
			{"ʻaho_fāʻeleʻi", cont(day(dob))},
			{"taʻu", ageOf(age(dob, t))},
			{"tangata_fefine", sexOf(sex)},
			{"fika_telefoni", cont(phone)},
			{"ʻimeili", r.orNull(0.2, cont(r.email(pp)))},
			{"tuʻasila", cont(addr)},
			{"fonua", decoy(country)},
			{"nofoʻanga", plain(lodging)},
			{"fakamatala_moʻui", health},
			{"naunau", obj{{"faʻahinga", dev(r.pick("Shearwater Peregrine", "Suunto Zoop Novo", "Garmin Descent Mk2S", "Mares Puck Pro"))}, {"fika_naunau", dev(r.serial("", 8))}, {"polokalama", dev(fmt.Sprintf("%d.%d.%d", r.in(1, 9), r.in(0, 9), r.in(0, 20)))}}},
			{"fakamatala", note},
			{"taimi_lēsisita", plain(isoOff(after(t, -r.in(100, 90000)), "+13:00"))},
		})
	}
	call1 := neonCall(r, conn, `SELECT * FROM kau_uku WHERE "hingoa_fakafāmili" = $1 OR "taimi_lēsisita" > now() - interval '7 days'`, arr{cont(surname)}, cols, oids, rows)

	// staff
	scols := []string{"fika", "hingoa", "hingoa_ngāue", "lea_fakapulipuli", "lakanga", "fika_telefoni", "ʻaho_hū_fakamuimui"}
	soids := []int{23, 25, 25, 25, 25, 25, 1184}
	var srows []obj
	for i := 0; i < r.in(1, 2); i++ {
		s := r.tongan()
		srows = append(srows, obj{
			{"fika", plain(i + 1)},
			{"hingoa", cont(s.full())},
			{"hingoa_ngāue", cont(r.userName(s))},
			{"lea_fakapulipuli", cred(r.pgcryptoBF())},
			{"lakanga", plain(r.pick("pule", "taki uku", "ʻofisi"))},
			{"fika_telefoni", cont(r.toIntl())},
			{"ʻaho_hū_fakamuimui", plain(isoOff(after(t, -r.in(10, 9000)), "+13:00"))},
		})
	}
	call2 := neonCall(r, conn, "SELECT * FROM kau_ngaue", arr{}, scols, soids, srows)

	// boats and dive log
	boat := r.pick("Fetuʻu Ngingila", "Matangi", "Tahi Lelei", "Humpback Queen")
	bcols := []string{"hingoa_vaka", "wifi_hingoa", "wifi_lea_fakapulipuli", "starlink_fika", "ip", "taimi_fakaʻosi_hā", "fakamatala"}
	boids := []int{25, 25, 25, 25, 869, 1184, 25}
	brows := []obj{{
		{"hingoa_vaka", plain(boat)},
		{"wifi_hingoa", netw(r.pick("STARLINK", "Starlink-"+r.HEX(3), strings.ReplaceAll(boat, " ", "")+"-WiFi"))},
		{"wifi_lea_fakapulipuli", cred(r.psk())},
		{"starlink_fika", dev("ut" + r.uuid())},
		{"ip", netw(fmt.Sprintf("192.168.1.%d", r.in(2, 250)))},
		{"taimi_fakaʻosi_hā", dev(isoOff(after(t, -r.in(1, 900)), "+13:00"))},
		{"fakamatala", prose(p(r.pick("Ngāue lelei ʻa e Starlink.", "Fetongi ʻa e lea fakapulipuli ʻo e wifi ʻi Sānuali.", "ʻOku vaivai ʻa e siakale ʻi Swallows Cave.")))},
	}}
	call3 := neonCall(r, conn, "SELECT * FROM vaka", arr{}, bcols, boids, brows)

	g := divers[r.IntN(len(divers))]
	lcols := []string{"ʻaho", "feituʻu", "loloto_m", "taimi_miniti", "māfana_tahi_c", "kau_uku", "fakamatala"}
	loids := []int{1082, 25, 23, 23, 700, 1009, 25}
	names := arr{}
	for _, d := range divers {
		names = append(names, cont(d.first+" "+d.last))
	}
	lrows := []obj{{
		{"ʻaho", plain(day(t))},
		{"feituʻu", plain(r.pick("Mariner's Cave", "Swallows Cave", "Port Maurelle", "Hunga Blue Hole"))},
		{"loloto_m", plain(r.in(8, 30))},
		{"taimi_miniti", plain(r.in(25, 60))},
		{"māfana_tahi_c", decoy(r.f1(22, 28))},
		{"kau_uku", names},
		{"fakamatala", prose(p(r.pick("Naʻe sio ki he tofuaʻa mo hono ʻuhiki. ", "Lelei ʻa e tahi. ")), p(g.first, contactC), p(r.pick(" naʻe mamahi hono telinga.", " naʻe ʻikai ke ongoʻi lelei, naʻe luaki.", " naʻe fiefia."), healthC))},
	}}
	call4 := neonCall(r, conn, "SELECT * FROM tohi_uku ORDER BY \"ʻaho\" DESC LIMIT 1", arr{}, lcols, loids, lrows)

	return language(obj{
		{"endpoint", netw("https://ep-" + adj + "-" + noun + ".ap-southeast-2.aws.neon.tech/sql")},
		{"driver", plain("@neondatabase/serverless")},
		{"driver_version", decoy(fmt.Sprintf("0.%d.%d", r.in(9, 10), r.in(0, 5)))},
		{"logged_at", plain(isoOff(t, "+13:00"))},
		{"calls", arr{call1, call2, call3, call4}},
	})
}
