package blindset17

import "fmt"

// ispKintone: a Yerevan home-internet provider keeps its subscriber CRM in
// a Kintone app with Armenian field codes; an integration log kept the
// request (URL, API token header) and the records.json response: every
// field a {"type", "value"} pair (SINGLE_LINE_TEXT, LINK, DATE, RADIO_BUTTON,
// DROP_DOWN, CREATOR / MODIFIER with code and name, FILE with fileKey,
// SUBTABLE rows with ids): subscriber, phone, e-mail, address, birth date,
// sex, tariff, PPPoE login and password, router model, serial, MAC,
// firmware, WAN IP, LAN subnet, VLAN, Wi-Fi name and password, last seen,
// admin URL, a disability group and a health note for priority repairs,
// the contract scan and the repair tickets with the technician's notes.
func ispKintone(r *rng) any {
	t0 := r.when()
	host := r.pick("isp-crm", "netarm", "hayline") + ".kintone.example"
	app := r.in(5, 60)
	kv := func(typ string, v any) obj { return obj{{"type", plain(typ)}, {"value", v}} }
	user := func(pp person) obj {
		return obj{{"code", cont(ascii(pp.first)[:1] + ascii(pp.last))}, {"name", cont(pp.full())}}
	}
	oper := r.armenian()

	var records arr
	for i := 0; i < r.in(1, 2); i++ {
		sub := r.armenian()
		a := r.hyAddress()
		l := r.lan()
		sex := "Արական"
		if sub.female {
			sex = "Իգական"
		}
		fw := r.pick(fmt.Sprintf("V%d.%d.%d", r.in(1, 3), r.in(0, 9), r.in(0, 20)), r.ipShapedFw())
		fwLeaf := dev(fw)
		if countDots(fw) == 3 {
			fwLeaf = fwIP(fw)
		}
		tech := r.armenian()
		var ticketNote leaf
		switch r.IntN(3) {
		case 0:
			ticketNote = prose(p("Փոխարինվեց երթուղիչը, նոր MAC "), pmac(r.mac(":", true)), p(", WiFi գաղտնաբառը՝ "), p(r.psk(), credC), p("։"))
		case 1:
			ticketNote = prose(p("Բաժանորդը խնդրեց զանգել դստերը՝ "), p(hyFemale[r.IntN(len(hyFemale))], contactC), p(", "), p(r.amPhone(), contactC), p("։"))
		default:
			ticketNote = prose(p("Մալուխը վնասված էր մուտքում, վերականգնվեց։"))
		}
		rec := obj{
			{"$id", kv("__ID__", plain(fmt.Sprint(r.in(100, 9999))))},
			{"$revision", kv("__REVISION__", plain(fmt.Sprint(r.in(1, 20))))},
			{"Գրանցման_համար", kv("RECORD_NUMBER", plain(fmt.Sprintf("ISP-%05d", r.in(1, 99999))))},
			{"Ստեղծող", kv("CREATOR", user(oper))},
			{"Ստեղծման_ժամ", kv("CREATED_TIME", plain(iso(after(t0, -r.in(20000, 500000)))))},
			{"Թարմացնող", kv("MODIFIER", user(tech))},
			{"Թարմացման_ժամ", kv("UPDATED_TIME", plain(iso(after(t0, -r.in(10, 9000)))))},
			{"Բաժանորդ", kv("SINGLE_LINE_TEXT", cont(sub.last+" "+sub.first))},
			{"Հեռախոս", kv("LINK", cont(r.pick(r.amPhone(), r.amLocal())))},
			{"Էլ_փոստ", kv("LINK", cont(r.email(sub.first, sub.last)))},
			{"Էլ_փոստը_հաստատված", kv("CHECK_BOX", arr{decoy("Այո")})},
			{"Հասցե", kv("MULTI_LINE_TEXT", cont(fmt.Sprintf("ք. %s, %s, %s", a.town, a.street, a.postcode)))},
			{"Ծննդյան_ամսաթիվ", kv("DATE", cont(day(r.birth(1940, 2004))))},
			{"Սեռ", kv("RADIO_BUTTON", sexOf(sex))},
			{"Հեռախոսը_հաստատված", kv("CHECK_BOX", arr{decoy("Այո")})},
			{"SMS_ծանուցումներ", kv("RADIO_BUTTON", decoy(r.pick("Միացված", "Անջատված")))},
			{"Սակագնի_կոդ", kv("SINGLE_LINE_TEXT", decoy(fmt.Sprintf("OPT-%d-%s", r.pick3(100, 300, 1000), r.from(upperNum, 4))))},
			{"Պայմանագրի_հեշ", kv("SINGLE_LINE_TEXT", decoy(r.hex(64)))},
			{"Սակագին", kv("DROP_DOWN", plain(r.pick("Օպտիկա 100", "Օպտիկա 300", "Օպտիկա 1000", "Տուն+TV")))},
			{"Ամսական_վճար", kv("NUMBER", plain(fmt.Sprint(r.pick3(5900, 7500, 12000))))},
			{"PPPoE_մուտքանուն", kv("SINGLE_LINE_TEXT", cont(fmt.Sprintf("%s%s@%s", ascii(sub.first)[:1], ascii(sub.last), r.pick("fiber", "ftth", "home"))))},
			{"PPPoE_գաղտնաբառ", kv("SINGLE_LINE_TEXT", cred(r.password()))},
			{"Երթուղիչի_մոդել", kv("DROP_DOWN", dev(r.pick("Huawei HG8245H5", "ZTE F670L", "TP-Link Archer C6", "Keenetic Viva")))},
			{"Սերիական_համար", kv("SINGLE_LINE_TEXT", dev(r.serial("", 16)))},
			{"MAC_հասցե", kv("SINGLE_LINE_TEXT", macAddr(r.mac("-", true)))},
			{"Ծրագրային_տարբերակ", kv("SINGLE_LINE_TEXT", fwLeaf)},
			{"WAN_IP", kv("SINGLE_LINE_TEXT", netw(r.wan()))},
			{"LAN_ենթացանց", kv("SINGLE_LINE_TEXT", netw(l.cidr()))},
			{"VLAN", kv("NUMBER", netw(fmt.Sprint(r.in(100, 3999))))},
			{"Կառավարման_հասցե", kv("LINK", netw("http://"+l.gw()))},
			{"WiFi_անուն", kv("SINGLE_LINE_TEXT", netw(r.pick("Home_", "Hayline-", "ZTE_", "TP-Link_")+r.HEX(4)))},
			{"WiFi_գաղտնաբառ", kv("SINGLE_LINE_TEXT", cred(r.psk()))},
			{"Թարմացում_հասանելի", kv("CHECK_BOX", arr{decoy(r.pick("Այո", "Ոչ"))})},
			{"Մուտքերի_քանակ", kv("NUMBER", decoy(fmt.Sprint(r.in(0, 300))))},
			{"Վերջին_կապ", kv("DATETIME", dev(iso(after(t0, -r.in(1, 900)))))},
			{"Պայմանագրի_կարգավիճակ", kv("CHECK_BOX", arr{plain("Ակտիվ")})},
		}
		if r.chance(0.6) {
			rec = append(rec,
				field{"Հաշմանդամության_խումբ", clinical(kv("DROP_DOWN", hlth(r.pick("I խումբ", "II խումբ", "III խումբ"))))},
				field{"Առողջական_նշում", kv("MULTI_LINE_TEXT", prose(p(r.pick(
					"Տանը թթվածնային խտացուցիչ է, հոսանքազրկման կամ անջատման դեպքում վերանորոգել առաջնահերթ",
					"Բաժանորդը տեսողության խնդիր ունի, զանգել, ոչ թե SMS ուղարկել",
					"Տնային դիալիզ, կապը անհրաժեշտ է բժշկի հետ տեսազանգերի համար"), healthC), p("։")))},
			)
		} else {
			rec = append(rec,
				field{"Հաշմանդամության_խումբ", kv("DROP_DOWN", plain(nil))},
				field{"Առողջական_նշում", kv("MULTI_LINE_TEXT", plain(""))},
			)
		}
		rec = append(rec,
			field{"Կցված_ֆայլեր", kv("FILE", arr{obj{
				{"contentType", plain("application/pdf")},
				{"fileKey", decoy(r.hex(8) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(12))},
				{"name", joined(p("paymanagir_"), p(ascii(sub.last)+"_"+ascii(sub.first)[:1], contactC), p(".pdf"))},
				{"size", plain(fmt.Sprint(r.in(80000, 900000)))},
			}})},
			field{"Հայտեր", kv("SUBTABLE", arr{obj{
				{"id", plain(fmt.Sprint(r.in(100000, 999999)))},
				{"value", obj{
					{"Ամսաթիվ", kv("DATE", plain(day(after(t0, -r.in(60, 20000)))))},
					{"Տեխնիկ", kv("USER_SELECT", arr{user(tech)})},
					{"Նկարագրություն", kv("MULTI_LINE_TEXT", ticketNote)},
				}},
			}})},
		)
		records = append(records, rec)
	}
	return language(obj{
		{"request", obj{
			{"method", plain("GET")},
			{"url", plain(fmt.Sprintf("https://%s/k/v1/records.json?app=%d&totalCount=true", host, app))},
			{"headers", obj{{"X-Cybozu-API-Token", cred(r.alnum(40))}, {"X-Request-Id", decoy(r.uuid())}, {"Accept", plain("application/json")}}},
		}},
		{"response", obj{
			{"records", records},
			{"totalCount", plain(fmt.Sprint(len(records)))},
		}},
	})
}
