package blindset18

import "fmt"

// solarhomeConvex is a KwaZulu-Natal pay-as-you-go solar-home-system
// provider's Convex snapshot export, keyed by the files of the ZIP, with
// isiZulu keys: _tables, customers (names, phone, e-mail, address with
// street, township, town, postcode and province, sex, birth date, a
// health block for priority reconnection: the condition, the medicine,
// the medical equipment on the solar kit; the USSD PIN; the agent's note),
// devices (serial, model, IMEI, ICCID, firmware, nickname, last seen,
// battery, unlock code, modem IP, firmware-update flag) and payments
// (amount, channel, reference, paying phone, the 20-digit token, agent),
// with generated_schema lines.
func solarhomeConvex(r *rng) any {
	t := r.when()
	cid := func() string {
		return r.pick("jd7", "jh7", "k57", "kn7") + r.from("abcdefghjkmnpqrstvwxyz0123456789", 29)
	}
	ctime := func() leaf {
		t = after(t, r.in(1, 900))
		return plain(float64(unixMs(t)) + float64(r.in(0, 999))/1000)
	}
	var custs, devs, pays arr
	for k := 0; k < r.in(1, 2); k++ {
		c := r.zulu()
		agent := r.zulu()
		daughter := r.zulu()
		daughter.first = zuFemale[r.IntN(len(zuFemale))]
		street, suburb, town, pc := r.zaAddress()
		id := cid()
		custPhone := r.zaPhone()
		health := obj{
			{"isimo", hlth(r.pick("J44.9 COPD, usebenzisa i-oxygen ebusuku", "I10 umfutho wegazi ophezulu", "E11.9 ushukela", "B20 HIV, uphuza ama-ARV", "G40.9 isifo sokuwa"))},
			{"umuthi", hlth(r.pick("Salbutamol inhaler", "Amlodipine 5 mg", "Metformin 500 mg kabili ngosuku", "TLD ithebhulethi eyodwa", "Epilim 200 mg"))},
			{"imishini_yezempilo", hlth(r.pick("i-oxygen concentrator", "i-nebuliser", "isiqandisi se-insulin", "akukho"))},
			{"ukubaluleka", plain(r.pick("phezulu", "maphakathi", "phansi"))},
		}
		custs = append(custs, obj{
			{"_id", decoy(id)},
			{"_creationTime", ctime()},
			{"igama", cont(c.first)},
			{"isibongo", cont(c.last)},
			{"inombolo_yocingo", cont(custPhone)},
			{"i_imeyili", orNullLeaf(r, 0.5, cont(r.email(c)))},
			{"ikheli", obj{
				{"umgwaqo", cont(street)},
				{"isigodi", cont(suburb)},
				{"idolobha", cont(town)},
				{"ikhodi_yeposi", cont(pc)},
				{"isifundazwe", cont("KwaZulu-Natal")},
			}},
			{"ubulili", sexOf(map[bool]string{true: "owesifazane", false: "owesilisa"}[c.female])},
			{"usuku_lokuzalwa", cont(day(r.birth(1940, 2000)))},
			{"impilo", clinical(health)},
			{"i_pin_ye_ussd", cred(r.digits(5))},
			{"inothi_le_agent", prose(p(r.pick("Ukhokhe R150 nge-cash. Uma engatholakali shayela ", "Ibhethri ayishaji kahle. Shayela ", "Ucele ukuthi sishayele ")), p("indodakazi yakhe u-"), p(daughter.first, contactC), p(" ku-"), p(r.zaLocal(), contactC), hearing(r))},
			{"i_imeyili_iqinisekisiwe", decoy(r.chance(0.3))},
		})
		did := cid()
		model := r.pick("Sun King Home 120", "BBOXX Home 2", "d.light X850", "Sun King Home 400")
		devs = append(devs, obj{
			{"_id", decoy(did)},
			{"_creationTime", ctime()},
			{"ikhasimende", decoy(id)},
			{"inombolo_yesiriyeli", dev(r.serial("SK", 10))},
			{"imodeli", dev(model)},
			{"i_sku", decoy(r.pick("SKH120-ZA-01", "BBX-H2-KZN", "DLX850-ZA", "SKH400-ZA-02"))},
			{"i_imei", dev(r.imei())},
			{"i_iccid", dev("8927" + r.digits(15))},
			{"ifemuwe", r.pickLeaf(func() leaf { return fwIP(r.ipShapedFw()) }, func() leaf { return dev(r.semver()) })},
			{"igama_ledivayisi", dev(r.pick("Indlu kaGogo", "Ikhaya lika"+c.first, "Isitolo", "Ikamelo elikhulu"))},
			{"ugcine_ukubonwa", dev(unixMs(after(t, r.in(1, 9000))))},
			{"ibhethri_pct", decoy(r.in(5, 100))},
			{"amandla_wh", plain(r.pick3(120, 240, 400))},
			{"ikhodi_yokuvula", cred(fmt.Sprintf("%03d-%03d-%03d", r.in(0, 999), r.in(0, 999), r.in(0, 999)))},
			{"i_apn", plain("internet")},
			{"ip_yemodemu", netw(fmt.Sprintf("10.%d.%d.%d", r.in(100, 200), r.in(0, 255), r.in(1, 254)))},
			{"ukuvuselelwa_kutholakala", decoy(r.chance(0.3))},
		})
		for j := 0; j < r.in(1, 2); j++ {
			pays = append(pays, obj{
				{"_id", decoy(cid())},
				{"_creationTime", ctime()},
				{"ikhasimende", decoy(id)},
				{"inani_zar", plain(r.pick3(50, 150, 300))},
				{"indlela", plain(r.pick("Cash", "SnapScan", "EFT", "Kazang"))},
				{"ireferensi", decoy("SHS-" + r.digits(9))},
				{"ucingo_olukhokhayo", cont(r.pick(custPhone, r.zaPhone()))},
				{"ithokheni", cred(fmt.Sprintf("%04d %04d %04d %04d %04d", r.in(0, 9999), r.in(0, 9999), r.in(0, 9999), r.in(0, 9999), r.in(0, 9999)))},
				{"umenzeli", cont(agent.full())},
			})
		}
	}
	schemaLine := func(fields string) arr { return arr{plain(fields)} }
	export := obj{
		{"_tables/documents.jsonl", arr{
			obj{{"name", plain("amakhasimende")}, {"id", plain(10001)}},
			obj{{"name", plain("amadivayisi")}, {"id", plain(10002)}},
			obj{{"name", plain("izinkokhelo")}, {"id", plain(10003)}},
		}},
		{"amakhasimende/documents.jsonl", custs},
		{"amakhasimende/generated_schema.jsonl", schemaLine(`{"_creationTime":"normalfloat64","_id":"field_name","igama":"string","isibongo":"string","inombolo_yocingo":"string"}`)},
		{"amadivayisi/documents.jsonl", devs},
		{"izinkokhelo/documents.jsonl", pays},
		{"izinkokhelo/generated_schema.jsonl", schemaLine(`{"_creationTime":"normalfloat64","_id":"field_name","inani_zar":"int64","ithokheni":"string"}`)},
	}
	return language(export)
}

// hearing ends an agent's note, sometimes with the customer's hearing
// impairment (health).
func hearing(r *rng) piece {
	if r.chance(0.4) {
		return p(" – ugogo akezwa kahle, uyisithulu kancane.", healthC)
	}
	return p(r.pick(".", " ntambama.", " ngeSonto."))
}
