package blindset18

import "fmt"

// gerAirPayload is an Ulaanbaatar ger-district clean-air programme's
// household collection from a Payload CMS REST response (docs plus
// pagination), with Mongolian (Cyrillic) keys: head of household (ovog,
// name, phone, e-mail), address (district, khoroo, street, yard number,
// city), members with birth dates, sex, weight, height, respiratory
// diagnoses and treatment, the fuel used, the indoor air monitor (model,
// serial, MAC, firmware, last connection, PM2.5, CO2, temperature), the
// household's 4G router (model, IMEI, SIM number, Wi-Fi name and key, admin
// password, LAN and WAN IPs, DNS), the field worker's note, a photo with
// its pixel sizes and the staff user who registered it.
func gerAirPayload(r *rng) any {
	t := r.when()
	var docs arr
	n := r.in(1, 2)
	for k := 0; k < n; k++ {
		head := r.mongolian()
		district, khoroo, street, yard := r.mnAddress()
		worker := r.mongolian()
		l := r.lan()
		t = after(t, r.in(60, 6000))
		var members arr
		for j := 0; j < r.in(1, 3); j++ {
			m := r.mongolian()
			m.last, m.ll = head.last, head.ll
			child := j > 0
			b := r.birth(1950, 2000)
			w, h := r.f1(45, 95), r.in(150, 185)
			if child {
				b = r.birth(2012, 2023)
				w, h = r.f1(10, 40), r.in(80, 150)
			}
			diag := arr{hlth(r.pick("J45.9 Багтраа", "J18.9 Уушгины хатгалгаа", "J20.9 Цочмог бронхит", "J44.9 Уушгины архаг бөглөрөлт өвчин", "Эрүүл"))}
			members = append(members, obj{
				{"нэр", cont(m.first)},
				{"төрсөн_огноо", cont(day(b))},
				{"хүйс", sexOf(map[bool]string{true: "эм", false: "эр"}[m.female])},
				{"онош", clinical(diag)},
				{"эмчилгээ", clinical(hlth(r.pick("Сальбутамол ингалятор", "Амоксициллин 250 мг", "Будесонид ингалятор", "Байхгүй")))},
				{"жин_кг", clinical(hlth(w))},
				{"өндөр_см", clinical(hlth(h))},
			})
		}
		staff := r.mongolian()
		docs = append(docs, obj{
			{"id", plain(r.oid())},
			{"өрхийн_тэргүүн", obj{
				{"овог", cont(head.last)},
				{"нэр", cont(head.first)},
				{"утас", cont(r.mnPhone())},
				{"имэйл", orNullLeaf(r, 0.5, cont(r.email(head)))},
			}},
			{"хаяг", obj{
				{"дүүрэг", cont(district)},
				{"хороо", cont(khoroo)},
				{"гудамж", cont(street)},
				{"хашаа_тоот", cont(yard)},
				{"хот", cont("Улаанбаатар")},
			}},
			{"гишүүд", members},
			{"түлш", plain(r.pick("сайжруулсан шахмал түлш", "түүхий нүүрс", "цахилгаан халаагуур", "мод"))},
			{"агаарын_мэдрэгч", obj{
				{"загвар", dev(r.pick("IQAir AirVisual Pro", "Airthings View Plus", "Xiaomi Mi Air Quality Monitor"))},
				{"серийн_дугаар", dev(r.serial("AV", 10))},
				{"mac", macAddr(r.mac(":", false))},
				{"програм_хангамж", r.pickLeaf(func() leaf { return fwIP(r.ipShapedFw()) }, func() leaf { return dev(r.semver()) })},
				{"сүүлд_холбогдсон", dev(iso(after(t, r.in(1, 900))))},
				{"pm25", decoy(r.in(12, 480))},
				{"co2_ppm", decoy(r.in(400, 3200))},
				{"температур", decoy(r.f1(8, 26))},
			}},
			{"рүүтер", obj{
				{"загвар", dev(r.pick("Huawei B311", "ZTE MF286", "Huawei B535"))},
				{"imei", dev(r.imei())},
				{"sim_дугаар", cont(r.mnPhone())},
				{"wifi_нэр", netw(r.pick("Unitel", "Mobicom", "Skytel", "GMobile") + "-" + r.HEX(4))},
				{"wifi_нууц_үг", cred(r.psk())},
				{"админ_нууц_үг", cred(r.password())},
				{"lan_ip", netw(l.gw())},
				{"wan_ip", netw(fmt.Sprintf("10.%d.%d.%d", r.in(64, 127), r.in(0, 255), r.in(1, 254)))},
				{"dns", arr{netw(r.pick("9.9.9.9", "8.8.8.8")), netw(r.pick("1.1.1.1", "8.8.4.4"))}},
			}},
			{"ажилтны_тэмдэглэл", prose(p(head.first, contactC), p(r.pick(" гуайн бага хүүхэд шөнө ханиалгаж, ", " гуай ", " эгчийн ээж ")), p(r.pick("амьсгал давчдаж эмнэлэгт хэвтсэн", "багтраатай, ингалятор хэрэглэдэг", "зүрхний өвчтэй", "хүчилтөрөгчийн аппарат хэрэглэдэг"), healthC), p(". Утас: "), p(r.mnPhone(), contactC))},
			{"зураг", obj{
				{"id", plain(r.oid())},
				{"filename", plain(fmt.Sprintf("IMG_%04d.jpg", r.in(1, 9999)))},
				{"mimeType", plain("image/jpeg")},
				{"filesize", plain(r.in(400000, 5000000))},
				{"width", plain(4032)},
				{"height", decoy(3024)},
				{"url", plain(fmt.Sprintf("/media/IMG_%04d.jpg", r.in(1, 9999)))},
			}},
			{"бүртгэсэн", obj{
				{"id", plain(r.oid())},
				{"email", cont(r.email(staff))},
				{"нэр", cont(staff.mnFull())},
				{"roles", arr{plain("field")}},
				{"enableAPIKey", plain(true)},
				{"apiKey", cred(r.uuid())},
				{"apiKeyIndex", cred(r.hex(64))},
				{"loginAttempts", decoy(r.in(0, 3))},
			}},
			{"шалгасан_ажилтан", cont(worker.mnFull())},
			{"createdAt", plain(isoMs(t))},
			{"updatedAt", plain(isoMs(after(t, r.in(1, 900))))},
		})
	}
	return language(obj{
		{"docs", docs},
		{"totalDocs", plain(r.in(n, 900))},
		{"limit", plain(10)},
		{"totalPages", plain(r.in(1, 90))},
		{"page", plain(1)},
		{"pagingCounter", plain(1)},
		{"hasPrevPage", plain(false)},
		{"hasNextPage", plain(true)},
		{"prevPage", null()},
		{"nextPage", plain(2)},
	})
}
