package blindset22

import (
	"fmt"
)

// maternityLark is a Jalalabad maternity clinic's antenatal register in a
// Lark Base (Bitable) with Pashto field names, read through the Lark Open
// API records list (code, msg, data.items of record_id and typed fields:
// person fields as user lists, dates as epoch milliseconds, attachments).
func maternityLark(r *rng) any {
	t0 := r.when()
	appToken := "basus" + r.alnum(22)
	tbl := "tbl" + r.alnum(13)
	appID := "cli_" + r.hex(16)
	ouID := func() leaf { return decoy("ou_" + r.hex(32)) }
	mw := r.pashto()
	mwEmail := r.email(mw)
	midwife := func() arr {
		return arr{obj{{"id", ouID()}, {"name", cont(mw.full())}, {"en_name", cont(mw.latFull())}, {"email", cont(mwEmail)}}}
	}
	var items arr
	for i := 0; i < r.in(2, 3); i++ {
		pr := r.pashto()
		pr.female = true
		pr.first, pr.lf = split(psFemale[r.IntN(len(psFemale))])
		hus := r.pashto()
		kor, kucha, nahia, khar := r.afAddress()
		weeks := r.in(8, 40)
		sys, dia := r.bp()
		lmp := after(t0, -weeks*7*24*60)
		g := r.in(1, 9)
		items = append(items, obj{
			{"record_id", decoy("rec" + r.alnum(10))},
			{"fields", obj{
				{"نوم", cont(pr.full())},
				{"د پلار/مېړه نوم", cont(hus.full())},
				{"عمر", ageOf(r.in(16, 44))},
				{"د تلیفون شمېره", cont(r.afPhone())},
				{"کور", cont(kor)},
				{"کوڅه", cont(kucha)},
				{"ناحیه", cont(nahia)},
				{"ښار", cont(khar)},
				{"د امېندوارۍ معلومات", clinical(obj{
					{"اونۍ", hlth(weeks)},
					{"وروستۍ میاشتنۍ", hlth(unixMs(lmp))},
					{"د وینې فشار", hlth(fmt.Sprintf("%d/%d", sys, dia))},
					{"هیموګلوبین", hlth(r.f1(7.5, 13.8))},
					{"وزن (کیلو)", hlth(r.f1(42, 95))},
					{"د وینې ګروپ", hlth(r.pick("O+", "A+", "B+", "AB+", "O-", "B-"))},
					{"پخوانۍ زېږونې", hlth(fmt.Sprintf("G%dP%d", g, r.in(0, g-1)))},
					{"خطر", hlth(r.pick("نشته", "د پری‌اکلامپسیا شک", "کم خوني", "پخوانی سزیرین", "دوه ګونی"))},
					{"د قابلې یادښت", clinNote(p(r.pick("سر درد او پښې پړسېدلې، ", "Hb low, iron + folic acid given. ", "BP 150/100 - refer to regional hospital. ", "ښه حالت، ")), p(r.pick("مېړه ", "خواښې ")), p(hus.first+" "+r.afLocal(), contactC))},
				})},
				{"قابله", midwife()},
				{"د کارت انځور", arr{obj{
					{"file_token", decoy("box" + r.alnum(24))},
					{"name", plain(fmt.Sprintf("IMG_%s.jpg", lmp.Format("20060102_150405")))},
					{"size", plain(r.in(80000, 3000000))},
					{"type", plain("image/jpeg")},
					{"tmp_url", plain("https://open.larksuite.com/open-apis/drive/v1/medias/batch_get_tmp_download_url?file_tokens=box" + r.alnum(24))},
				}}},
				{"راتلونکې کتنه", plain(unixMs(after(t0, r.in(60*24, 60*24*30))))},
				{"د کتنو شمېر", decoy(r.in(1, 9))},
				{"یادښت", prose(p(r.pick("د کور لاره: ", "خور یې: ", "ګاونډی: ")), p(r.pick(kucha+" ته نږدې، شنه دروازه", r.pashto().first+" "+r.afLocal()), contactC))},
			}},
		})
	}
	var devs arr
	things := []struct{ kind, model string }{
		{"د جنین د زړه ماشین", "Sonoline B"},
		{"د فشار ماشین", "Omron M3"},
		{"ټابلیټ", "Samsung Galaxy Tab A9"},
		{"MiFi", "ZTE MF927U"},
		{"الټراساونډ", "Mindray DP-10"},
	}
	lanNet := r.lan()
	for _, k := range r.Perm(len(things))[:r.in(2, 3)] {
		th := things[k]
		d := obj{
			{"وسیله", dev(th.kind)},
			{"ماډل", dev(th.model)},
			{"سریال", dev(r.serial("", 11))},
			{"وروستی کارول", dev(unixMs(after(t0, -r.in(0, 9000))))},
		}
		if th.kind == "ټابلیټ" || th.kind == "MiFi" {
			d = append(d, field{"IMEI", dev(r.imei())}, field{"IP", netw(lanNet.host(r.in(2, 60)))})
		}
		devs = append(devs, obj{{"record_id", decoy("rec" + r.alnum(10))}, {"fields", d}})
	}
	settings := arr{
		kvRow("نوم", "ارزښت", "Wi-Fi", netw(r.ssid(r.pick("Roshan", "Clinic", "AWCC")))),
		kvRow("نوم", "ارزښت", "د Wi-Fi پټنوم", cred(r.psk())),
		kvRow("نوم", "ارزښت", "MiFi admin", netw("http://"+lanNet.gw())),
		kvRow("نوم", "ارزښت", "app_secret", cred(r.alnum(32))),
		kvRow("نوم", "ارزښت", "SMS key", cred("afsms-"+r.hex(24))),
		kvRow("نوم", "ارزښت", "مسؤل", cont(mw.latFull()+" <"+mwEmail+">")),
		kvRow("نوم", "ارزښت", "نسخه", decoy(r.semver())),
	}
	page := func(its arr) obj {
		return obj{
			{"code", plain(0)},
			{"msg", plain("success")},
			{"data", obj{{"has_more", decoy(false)}, {"page_token", decoy(r.alnum(16))}, {"total", plain(len(its))}, {"items", its}}},
		}
	}
	return language(obj{
		{"auth", obj{
			{"app_id", decoy(appID)},
			{"tenant_access_token", cred("t-g" + r.from(lowerNum, 41))},
			{"expire", plain(7200)},
		}},
		{"app_token", decoy(appToken)},
		{"table_id", decoy(tbl)},
		{"ناروغانې", page(items)},
		{"وسایل", page(devs)},
		{"تنظیمات", obj{{"items", settings}}},
	})
}
