package blindset15

import (
	"fmt"
	"strings"
)

// saunaSurrealET: an Estonian smart-sauna controller maker's app backend,
// a SurrealDB query response (one result set per statement, record ids
// such as kasutaja:⟨…⟩, relation records) with Estonian field names: the
// user (name, e-mail, phone, birth year, sex, address with county,
// argon2id hash, sessions with JWT, IP and phone), the health block the
// app asks for before unlocking high temperatures (heart condition,
// diagnosis, blood pressure, medicines, pregnancy, note), the saunas
// (nickname, heater and control-panel model, serial, firmware, MAC, Wi-Fi
// name, password, IP, gateway, last online, temperatures, child-lock PIN,
// address), ownership and sharing relations, support tickets in Estonian
// and a count.
func saunaSurrealET(r *rng) any {
	first, last, female := r.etName()
	street, town := r.pick(etStreet...), etTowns[r.IntN(len(etTowns))]
	email := r.mail(ascii(first) + "." + ascii(last))
	uid := "kasutaja:" + strings.ToLower(r.upper(26))
	lan := r.lanPrefix()
	ssid := r.pick("Telia-", "Elisa-", "Starman_", "TP-LINK_", "Kodu_") + r.upper(4)
	pass := r.psk()

	phone, phoneOS := r.phoneOS()
	health := obj{
		{"südamehaigus", hlth(r.chance(0.4))},
		{"diagnoos", hlth(r.pick("Kodade virvendus (I48)", "Kõrgvererõhktõbi (I10)", "II tüüpi diabeet (E11)", "Epilepsia (G40)", "Astma (J45)", "puudub"))},
		{"vererõhk", hlth(fmt.Sprintf("%d/%d", r.in(112, 168), r.in(68, 102)))},
		{"ravimid", stringsOf(hlth, r.pickSome(r.in(1, 2), "Bisoprolool 5 mg", "Metformiin 500 mg", "Ramipriil 5 mg", "Apiksabaan 5 mg", "Levotüroksiin 50 mcg", "Salbutamool inhalaator")...)},
		{"südamestimulaator", hlth(r.chance(0.15))},
	}
	if female {
		health = append(health, field{"rasedus", hlth(r.chance(0.1))})
	}
	health = append(health, field{"märkus", r.pickProse(
		func() leaf {
			return prose(p("Kasutaja märkis rakenduses: "), p(r.pick("kõrge vererõhk, võtab ramipriili", "opereeritud südamest 2022", "migreen, kuumus käivitab hoo"), healthC), p("."))
		},
		func() leaf { return prose(p("Arsti kinnitus üle 80 °C kasutamiseks puudub.")) },
	)})
	health = clinical(health).(obj)

	user := obj{
		{"id", decoy(uid)},
		{"eesnimi", cont(first)},
		{"perenimi", cont(last)},
		{"e_post", cont(email)},
		{"telefon", cont(r.etPhone())},
		{"sünniaasta", cont(r.in(1944, 2003))},
		{"sugu", sexOf(map[bool]string{true: "naine", false: "mees"}[female])},
		{"aadress", obj{
			{"tänav", cont(fmt.Sprintf("%s %d-%d", street, r.in(1, 60), r.in(1, 30)))},
			{"linn", cont(town[0])},
			{"postiindeks", cont(town[1] + r.digits(2))},
			{"maakond", cont(town[2])},
		}},
		{"keel", plain("et")},
		{"loodud", plain(r.iso(2021, 2024))},
		{"parool", obj{{"räsi", cred(r.argon())}, {"muudetud", plain(r.iso(2022, 2024))}}},
		{"kaheastmeline", decoy(r.chance(0.3))},
		{"seansid", arr{obj{
			{"märk", cred(r.jwt())},
			{"ip", netw(r.pick(r.wanIP(), r.lanIP()))},
			{"seade", dev(phone)},
			{"os", dev(phoneOS)},
			{"rakenduse_versioon", dev(r.ver())},
			{"viimati_kasutatud", plain(r.iso(2024, 2024))},
		}}},
		{"tervis", health},
		{"turundusnõusolek", plain(r.chance(0.4))},
	}

	saunas := arr{}
	rels := arr{}
	for k := 0; k < r.in(1, 2); k++ {
		sid := "saun:" + strings.ToLower(r.upper(20))
		var fw leaf
		if r.chance(0.4) {
			fw = fwIP(r.ipVer())
		} else {
			fw = dev(r.ver())
		}
		heater := r.pick("Harvia Cilindro PC90E", "Harvia Virta HL70", "Huum Drop 9", "Huum Hive Flow 12", "Saunum Air 10")
		panel := r.pick("Harvia Xenio WiFi CX110", "Huum UKU Wi-Fi", "Harvia MyHarvia WiFi")
		vill := r.pick("Nõuni küla, 67405 Otepää vald", "Kääriku küla, 67406 Otepää vald", "Rõuge alevik, 66201 Võru maakond", "Kassari küla, 92101 Hiiumaa vald")
		saunas = append(saunas, obj{
			{"id", decoy(sid)},
			{"nimi", dev(r.pick("Suvila saun", "Kodusaun", "Talusaun", "Tünnsaun", "Järvesaun"))},
			{"kerise_mudel", dev(heater)},
			{"juhtpaneel", dev(panel)},
			{"seerianumber", dev(r.upper(2) + r.digits(8))},
			{"püsivara", fw},
			{"mac", macAddr(r.mac(":", true))},
			{"wifi", obj{
				{"võrgu_nimi", netw(ssid)},
				{"parool", cred(pass)},
				{"ip", netw(fmt.Sprintf("%s.%d", lan, r.in(20, 240)))},
				{"lüüs", netw(lan + ".1")},
				{"signaal", plain(-r.in(45, 85))},
			}},
			{"viimati_võrgus", dev(r.iso(2024, 2024))},
			{"temperatuur", decoy(r.in(20, 95))},
			{"niiskus", plain(r.in(5, 40))},
			{"kerise_max_temperatuur", decoy(r.pickInt(80, 90, 100, 110))},
			{"lapselukk_pin", cred(r.digits(4))},
			{"aadress", cont(fmt.Sprintf("%s %d, %s", r.pick("Männi tee", "Järve tee", "Metsa", "Kase"), r.in(1, 40), vill))},
			{"omanik", decoy(uid)},
		})
		rels = append(rels, obj{
			{"id", decoy("omab:" + strings.ToLower(r.upper(20)))},
			{"in", decoy(uid)},
			{"out", decoy(sid)},
			{"roll", plain("omanik")},
			{"alates", plain(r.iso(2021, 2024))},
		})
		if r.chance(0.5) {
			gf, gl, _ := r.etName()
			rels = append(rels, obj{
				{"id", decoy("jagatud:" + strings.ToLower(r.upper(20)))},
				{"in", decoy(sid)},
				{"e_post", cont(r.mail(ascii(gf) + "." + ascii(gl)))},
				{"roll", plain("külaline")},
				{"alates", plain(r.iso(2023, 2024))},
			})
		}
	}

	agentF, agentL, _ := r.etName()
	tickets := arr{}
	for k := 0; k < r.in(1, 2); k++ {
		topic, msg := etTicket(r, ssid, first)
		tickets = append(tickets, obj{
			{"id", decoy("tugi:" + strings.ToLower(r.upper(20)))},
			{"kasutaja", decoy(uid)},
			{"teema", topic},
			{"sõnum", msg},
			{"vastus", r.pickProse(
				func() leaf {
					return prose(p("Tere, "), p(first, contactC), p("! Soovitame temperatuuri hoida alla 70 kraadi ja pidada nõu oma arstiga. Parimat, "), p(agentF, contactC))
				},
				func() leaf { return prose(p("Tere! Saatsime uue juhtpaneeli, see jõuab 2–3 tööpäevaga. Tugi")) },
				func() leaf {
					return prose(p("Tere! Palun taaskäivitage ruuter ja juhtpaneel. Kui ei aita, helistage "), p(agentF+" "+agentL, contactC), p(" numbril "), p(r.etPhone(), contactC), p("."))
				},
			)},
			{"agent", cont(agentF + " " + agentL)},
			{"olek", plain(r.pick("suletud", "avatud", "ootel"))},
			{"loodud", plain(r.iso(2024, 2024))},
		})
	}

	t := func() leaf { return plain(fmt.Sprintf("%.1fµs", r.f1(80, 2400))) }
	return language(arr{
		obj{{"result", arr{user}}, {"status", plain("OK")}, {"time", t()}},
		obj{{"result", saunas}, {"status", plain("OK")}, {"time", t()}},
		obj{{"result", rels}, {"status", plain("OK")}, {"time", t()}},
		obj{{"result", tickets}, {"status", plain("OK")}, {"time", t()}},
		obj{{"result", arr{obj{{"count", plain(r.in(200, 40000))}}}}, {"status", plain("OK")}, {"time", t()}},
	})
}

func etTicket(r *rng, ssid, first string) (leaf, leaf) {
	switch r.IntN(5) {
	case 0:
		return prose(p("WiFi ühenduse probleem")), prose(p("Saun ei ühendu enam WiFi-ga pärast ruuteri vahetust. Uus võrk on "), p(ssid, netC), p(", parool "), p(r.psk(), credC), p("."))
	case 1:
		return prose(p("Küsimus tervise kohta")), prose(p("Mul on "), p(r.pick("südamestimulaator", "kodade virvendus", "kõrge vererõhk"), healthC), p(". Kas tohin sauna kasutada 90 kraadi juures? "), p(first, contactC))
	case 2:
		return prose(p("Juhtpaneeli viga")), prose(p("Juhtpaneel näitab viga E3 pärast püsivara uuendust "), p(r.ver(), devC), p(", seerianumber "), p(r.upper(2)+r.digits(8), devC), p("."))
	case 3:
		return prose(p("Kontakt")), prose(p("Palun helistage mulle numbril "), p(r.etPhone(), contactC), p(", e-kirjad jäävad lugemata."))
	}
	return prose(p("Arve")), prose(p("Kas tellimus nr " + r.digits(5) + " on teele pandud? Makse tehtud " + r.day(2024, 2024) + "."))
}
