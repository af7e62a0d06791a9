package blindset21

import (
	"fmt"
	"time"
)

// aitableResp wraps records in an AITable Fusion API response.
func aitableResp(r *rng, records arr) obj {
	return obj{
		{"code", plain(200)},
		{"success", plain(true)},
		{"message", plain("SUCCESS")},
		{"data", obj{
			{"total", plain(len(records) + r.in(0, 300))},
			{"pageNum", plain(1)},
			{"pageSize", plain(100)},
			{"records", records},
		}},
	}
}

// devNote is a staff member's remark on a device row: sometimes nothing
// sensitive, sometimes an address or a password.
func devNote(r *rng, kind string, office lan) leaf {
	switch r.IntN(3) {
	case 0:
		return prose(p(r.pick("ສາກໄຟທຸກຄືນ", "ຢູ່ຫ້ອງສະແກນ", "ຍືມໄປພາກສະໜາມ ວັນພຸດ")))
	case 1:
		return prose(p("IP ຄົງທີ່ "), p(office.host(r.in(2, 250)), netC), p(" - "+kind))
	}
	return prose(p("ລະຫັດເຂົ້າ "+kind+": "), p(r.password(), credC))
}

// prostheticsAITable is a Vientiane prosthetics and orthotics centre's
// AITable datasheets read through the Fusion API with Lao field names.
func prostheticsAITable(r *rng) any {
	t0 := r.when()
	ms := func(t time.Time) int64 { return unixMs(t) }
	rec := func(created time.Time, fields obj) obj {
		return obj{
			{"recordId", decoy("rec" + r.alnum(10))},
			{"createdAt", plain(ms(created))},
			{"updatedAt", plain(ms(after(created, r.in(10, 9000))))},
			{"fields", fields},
		}
	}
	token := "usk" + r.alnum(20)
	office := r.lan()

	var staffPeople []person
	var staffRecs arr
	for i := 0; i < r.in(2, 3); i++ {
		sp := r.lao()
		staffPeople = append(staffPeople, sp)
		staffRecs = append(staffRecs, rec(after(t0, -r.in(90000, 400000)), obj{
			{"ຊື່ ແລະ ນາມສະກຸນ", cont(sp.full())},
			{"ຕຳແໜ່ງ", plain(r.pick("ນັກເຕັກນິກຂາທຽມ", "ນັກກາຍະພາບບຳບັດ", "ພະນັກງານຕ້ອນຮັບ", "ຜູ້ຈັດການ"))},
			{"ເບີໂທ", cont(r.laPhone())},
			{"ອີເມວ", cont(r.email(sp))},
			{"ຊື່ຜູ້ໃຊ້", cont(r.userName(sp))},
			{"ລະຫັດຜ່ານ", cred(r.password())},
			{"ເຂົ້າລະບົບຄັ້ງສຸດທ້າຍ", plain(ms(after(t0, -r.in(10, 9000))))},
		}))
	}

	var patRecs arr
	for i := 0; i < r.in(2, 3); i++ {
		pt := r.lao()
		born := r.birth(1950, 2012)
		age := 2024 - born.Year()
		house, ban, mueang, khaeng := r.laAddress()
		sex := "ຊາຍ"
		title := "ທ້າວ "
		if pt.female {
			sex, title = "ຍິງ", "ນາງ "
		}
		cause := r.pick("ລະເບີດບໍ່ທັນແຕກ (UXO)", "ເບົາຫວານ", "ອຸບັດຕິເຫດລົດຈັກ", "ພິການແຕ່ກຳເນີດ", "ງູກັດ")
		level := r.pick("ໃຕ້ຫົວເຂົ່າ (transtibial)", "ເທິງຫົວເຂົ່າ (transfemoral)", "ຂໍ້ຕີນ (Syme)", "ໃຕ້ສອກ (transradial)")
		foot := r.pick("Össur Pro-Flex LP", "Ottobock 1C30 Trias", "ICRC SACH foot", "Fillauer AllPro")
		switch {
		case level == "ເທິງຫົວເຂົ່າ (transfemoral)":
			foot = r.pick("Ottobock 3R80 knee + 1D10 foot", "ICRC knee + SACH foot", "Össur Total Knee 2100")
		case level == "ໃຕ້ສອກ (transradial)":
			foot = r.pick("Ottobock body-powered hook 10A60", "ICRC hook + harness", "Ottobock Myobock 8E38")
		}
		tech := staffPeople[r.IntN(len(staffPeople))]
		created := after(t0, -r.in(1000, 300000))
		h := r.in(140, 182)
		note := clinNote(
			p(r.pick("ຕໍ່ຂາຍັງບວມເລັກນ້ອຍ, ", "ຜິວໜັງດີ, ", "ມີບາດແຜນ້ອຍຢູ່ປາຍຕໍ່, "), healthC),
			p(r.pick("socket refitted, ", "new liner 6mm, ", "gait training 3 sessions, ")),
			p("ນັດຄັ້ງຕໍ່ໄປ "+day(after(created, r.in(20000, 90000)))+". "),
			p(r.pick("ລູກສາວ ", "ຜົວ ", "ເມຍ ", "ລູກຊາຍ ")), p(r.lao().first, contactC), p(" "), p(r.laLocal(), contactC),
		)
		health := obj{
			{"ສາເຫດການຕັດ", hlth(cause)},
			{"ລະດັບການຕັດ", hlth(level)},
			{"ຂ້າງ", hlth(r.pick("ຊ້າຍ", "ຂວາ", "ທັງສອງ"))},
			{"ນ້ຳໜັກ (kg)", hlth(r.f1(38, 92))},
			{"ລວງສູງ (cm)", hlth(h)},
			{"ສະພາບຕໍ່", hlth(r.pick("ດີ", "ບວມ", "ມີແຜ", "ເຈັບ"))},
			{"ເບົາຫວານ", hlth(cause == "ເບົາຫວານ" || r.chance(0.15))},
			{"ຄວາມດັນເລືອດ", hlth(fmt.Sprintf("%d/%d", r.in(100, 165), r.in(60, 100)))},
		}
		var fields obj
		fields = append(fields,
			field{"ລະຫັດຄົນເຈັບ", plain(fmt.Sprintf("PO-%d-%04d", created.Year(), r.in(1, 9999)))},
			field{"ຊື່ ແລະ ນາມສະກຸນ", cont(title + pt.full())},
			field{"ຊື່ (ອັງກິດ)", cont(pt.latFull())},
			field{"ເພດ", sexOf(sex)},
			field{"ອາຍຸ", ageOf(age)},
			field{"ປີເກີດ", cont(born.Year())},
			field{"ເບີໂທ", cont(r.pick(r.laPhone(), r.laLocal()))},
			field{"ເຮືອນ", cont(house)},
			field{"ບ້ານ", cont(ban)},
			field{"ເມືອງ", cont(mueang)},
			field{"ແຂວງ", cont(khaeng)},
		)
		for _, f := range health {
			fields = append(fields, field{f.key, clinical(f.val)})
		}
		fields = append(fields,
			field{"ຂາທຽມ", dev(foot)},
			field{"ເລກຊີຣີ ຊິ້ນສ່ວນ", arr{dev(r.serial(r.pick("PFX", "TR", "AP"), 8)), dev(r.serial("LN", 7))}},
			field{"ຂະໜາດຕີນ (cm)", decoy(r.in(22, 28))},
			field{"ລາຄາ (ກີບ)", plain(r.in(2, 40) * 500000)},
			field{"ເຈົ້າໜ້າທີ່", arr{obj{{"id", plain(r.alnum(24))}, {"type", plain(3)}, {"name", cont(tech.full())}, {"avatar", cont("https://s1.aitable.example/public/avatar/" + r.hex(32) + ".png")}}}},
			field{"ຮູບສະແກນ", arr{obj{
				{"id", plain("atc" + r.alnum(10))},
				{"name", plain(fmt.Sprintf("scan_%d.stl", r.in(100, 9999)))},
				{"size", plain(r.in(200000, 9000000))},
				{"mimeType", plain("model/stl")},
				{"token", decoy("space/" + created.Format("2006/01/02") + "/" + r.hex(32))},
				{"width", decoy(0)},
				{"height", decoy(0)},
			}}},
			field{"ໝາຍເຫດ", note},
		)
		patRecs = append(patRecs, rec(created, fields))
	}

	type devc struct{ nick, kind, model string }
	devs := []devc{
		{"ສະແກນເນີ 3D", "3D scanner", "Artec Eva"},
		{"ແທັບເລັດ ຫ້ອງຮັບ", "tablet", "Samsung Galaxy Tab A9+"},
		{"ເຣົາເຕີ", "router", r.pick("TP-Link Archer C6", "Huawei HG8245H5")},
		{"ເຄື່ອງພິມ", "printer", "Epson L3250"},
	}
	var devRecs arr
	for _, di := range r.Perm(len(devs))[:3] {
		d := devs[di]
		var fw leaf
		if r.chance(0.5) {
			fw = fwIP(r.ipShapedFw())
		} else {
			fw = dev(r.semver())
		}
		devRecs = append(devRecs, rec(after(t0, -r.in(10000, 400000)), obj{
			{"ຊື່ອຸປະກອນ", dev(d.nick)},
			{"ປະເພດ", dev(d.kind)},
			{"ລຸ້ນ", dev(d.model)},
			{"ເລກຊີຣີ", dev(r.serial(r.pick("EV", "R9", "22", "X8"), 9))},
			{"ເຟີມແວ", fw},
			{"IP", netw(office.host(r.in(2, 250)))},
			{"MAC", macAddr(r.mac(":", true))},
			{"ເຫັນຄັ້ງສຸດທ້າຍ", dev(ms(after(t0, -r.in(0, 4000))))},
			{"ໝາຍເຫດ", devNote(r, d.kind, office)},
		}))
	}

	ssid := r.ssid(r.pick("COPE", "POC-Vte", "Prosthetic"))
	setRow := func(name string, v leaf) obj {
		return rec(after(t0, -r.in(10000, 400000)), obj{{"ຊື່", plain(name).obf()}, {"ຄ່າ", v.obf()}})
	}
	settings := arr{
		setRow("Wi-Fi", netw(ssid)),
		setRow("ລະຫັດ Wi-Fi", cred(r.psk())),
		setRow("ໜ້າ admin ເຣົາເຕີ", netw("http://"+office.gw())),
		setRow("ລະຫັດ admin", cred(r.password())),
		setRow("AITable API token", cred(token)),
		setRow("BCEL OnePay merchant key", cred("bcel_mk_"+r.alnum(32))),
		setRow("ເບີໂທສູນ", cont(r.laPhone())),
	}

	return language(obj{
		{"request", obj{
			{"url", plain("https://aitable.ai/fusion/v1/datasheets/dst" + r.alnum(15) + "/records?fieldKey=name&pageSize=100")},
			{"authorization", cred("Bearer " + token)},
			{"fetched", plain(iso(t0))},
		}},
		{"ຄົນເຈັບ", aitableResp(r, patRecs)},
		{"ພະນັກງານ", aitableResp(r, staffRecs)},
		{"ອຸປະກອນ", aitableResp(r, devRecs)},
		{"ການຕັ້ງຄ່າ", aitableResp(r, settings)},
	})
}
