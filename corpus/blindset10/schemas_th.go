package blindset10

import (
	"fmt"
	"time"
)

// khlinik-line-rtdb: a Bangkok aesthetic clinic's LINE Official Account
// booking bot, exported from the Firebase Realtime Database. Keys are
// romanised Thai and Thai script; values mostly in Thai script; dates of
// birth in the Buddhist era.

var thFirstF = []string{"สมหญิง", "Somying", "ณัฐธิดา", "Natthida", "พิมพ์ชนก", "Phimchanok", "กนกวรรณ", "Kanokwan", "ธนพร", "Thanaphon", "ศิริพร", "Siriphon", "อรุณี", "Arunee", "ชนิดา", "Chanida", "วรรณา", "Wanna", "ปาริชาติ", "Parichat"}
var thFirstM = []string{"สมชาย", "Somchai", "ธีรวัฒน์", "Thirawat", "อนุชา", "Anucha", "ปิยะ", "Piya", "กิตติพงษ์", "Kittiphong", "วีระ", "Wira"}
var thLast = []string{"ใจดี", "Jaidee", "วงศ์ทอง", "Wongthong", "ศรีสุข", "Srisuk", "แก้วมณี", "Kaewmanee", "บุญมา", "Boonma", "ทองดี", "Thongdee", "รัตนพันธ์", "Rattanaphan", "สุขสวัสดิ์", "Suksawat"}
var thNick = []string{"Fern", "Ploy", "Mint", "Nok", "Ice", "Bee", "Pim", "Nam", "Joy", "Aom", "เฟิร์น", "พลอย", "มิ้นท์", "แนน"}

// khet, khwaeng, postcode, province
var thArea = [][4]string{
	{"เขตวัฒนา", "แขวงคลองตันเหนือ", "10110", "กรุงเทพมหานคร"},
	{"เขตบางรัก", "แขวงสีลม", "10500", "กรุงเทพมหานคร"},
	{"เขตจตุจักร", "แขวงจอมพล", "10900", "กรุงเทพมหานคร"},
	{"เขตห้วยขวาง", "แขวงห้วยขวาง", "10310", "กรุงเทพมหานคร"},
	{"เขตบางนา", "แขวงบางนาใต้", "10260", "กรุงเทพมหานคร"},
	{"อำเภอเมืองเชียงใหม่", "ตำบลสุเทพ", "50200", "เชียงใหม่"},
	{"อำเภอเมืองนนทบุรี", "ตำบลบางกระสอ", "11000", "นนทบุรี"},
}

func thPhone(r *rng) (local, intl string) {
	p, s := r.pick("81", "86", "89", "92", "95"), r.digits(3)
	return "0" + p + "-000-0" + s, "+66 " + p + " 000 0" + s
}

func khlinikLine(r *rng) any {
	female := r.coin(0.82)
	var first, firstRom string
	if female {
		first, firstRom = r.pickPair(thFirstF...)
	} else {
		first, firstRom = r.pickPair(thFirstM...)
	}
	last, lastRom := r.pickPair(thLast...)
	nick := r.pick(thNick...)
	b := r.birth(1966, 2003)
	sex := "หญิง"
	if !female {
		sex = "ชาย"
	}
	local, intl := thPhone(r)
	area := thArea[r.IntN(len(thArea))]
	soi := r.pick("สุขุมวิท 31", "สุขุมวิท 55", "ลาดพร้าว 18", "พหลโยธิน 7", "นิมมานเหมินท์ 9", "รามคำแหง 24")
	uid := "U" + r.hex(32)

	kg := r.fl(42, 88, 1)
	cm := r.in(150, 182)
	chronic := r.pick("ไม่มี", "ไทรอยด์", "ความดันโลหิตสูง", "เบาหวานชนิดที่ 2", "ไมเกรน", "ภูมิแพ้", "โรคหอบหืด", "SLE")
	allergy := arr{hlth(r.pick("Penicillin", "ยาซัลฟา", "ยาชาลิโดเคน", "ไม่แพ้ยา", "อาหารทะเล"))}
	if r.coin(0.3) {
		allergy = append(allergy, hlth(r.pick("Aspirin", "NSAIDs", "ไข่")))
	}
	health := obj{
		{"nam_nak", hlth(kg)},
		{"suan_sung", hlth(cm)},
		{"BMI", hlth(bmi(kg, cm))},
		{"โรคประจำตัว", hlth(chronic)},
		{"phae_ya", allergy},
	}
	if chronic != "ไม่มี" || r.coin(0.3) {
		health = append(health, field{"ยาที่ใช้ประจำ", hlth(r.pick("Levothyroxine 50 mcg วันละครั้ง", "Amlodipine 5 mg เช้า", "Metformin 500 mg หลังอาหาร", "ยาคุมกำเนิด Yasmin", "Isotretinoin 10 mg", "Montelukast 10 mg ก่อนนอน"))})
	}
	if female {
		health = append(health, field{"tang_khan", hlth(r.coin(0.08))}, field{"hai_nom_but", hlth(r.coin(0.06))})
	}
	health = append(health,
		field{"sup_buri", hlth(r.pick("ไม่สูบ", "สูบ", "เลิกแล้ว"))},
		field{"keloid", hlth(r.coin(0.12))},
	)
	if r.coin(0.6) {
		health = append(health, field{"hattakan_doem", hlth(r.pick("ฉีดฟิลเลอร์ใต้ตา ปี 2566", "โบท็อกซ์กราม 3 ครั้ง", "เสริมจมูกซิลิโคน 2564", "ร้อยไหมหน้า 2565", "เลเซอร์ฝ้า Pico 5 ครั้ง"))})
	}

	appts := obj{}
	for k := r.in(1, 2); k > 0; k-- {
		t := r.when()
		appts = append(appts, field{"-N" + r.b64u(18), obj{
			{"hattakan", hlth(r.pick("Botox กราม 50 unit", "ฟิลเลอร์ใต้ตา 1 cc", "HIFU หน้า 300 shot", "เลเซอร์กำจัดขน รักแร้", "ร้อยไหม Mint", "ดูดไขมันต้นแขน", "Ultherapy"))},
			{"wela", plain(time.Unix(int64(t), 0).In(time.FixedZone("ICT", 7*3600)).Format("2006-01-02T15:04:05-07:00"))},
			{"sakha", plain(r.pick("สาขาทองหล่อ", "สาขาสยาม", "สาขานิมมาน", "สาขาบางนา"))},
			{"phaet", cont(r.pick("พญ. ณัฐธิดา วงศ์ทอง", "นพ. กิตติพงษ์ ศรีสุข", "พญ. ปาริชาติ บุญมา", "นพ. วีระ แก้วมณี"))},
			{"rakha", decoy(r.in(12, 120) * 500)},
			{"mat_jam", decoy(r.pick("1000", "2000", "3000"))},
			{"sathana", plain(r.pick("confirmed", "pending", "done", "cancelled"))},
			{"lek_thi_jong", decoy("0" + r.pick("8", "9") + r.digits(8))},
			{"rup_kon_tham", cred("https://firebasestorage.googleapis.com/v0/b/suay-clinic-prod.appspot.com/o/before%2F" + uid + "%2F" + r.alnum(10) + ".jpg?alt=media&token=" + r.uuid())},
			{"khanat_rup", obj{{"kwang", decoy(1080)}, {"sung", decoy(r.pick("1350", "1440", "1920"))}}},
		}})
	}

	var chat leaf
	switch r.IntN(6) {
	case 0:
		chat = prose(p("สวัสดีค่ะ ขอเลื่อนนัดเป็นวันเสาร์ได้ไหมคะ โทรกลับเบอร์ "), p(local, contactC), p(" นะคะ"))
	case 1:
		chat = prose(p(fmt.Sprintf("ตอนนี้ตั้งครรภ์ %d เดือนค่ะ ยังฉีดโบท็อกซ์ได้ไหมคะ", r.in(2, 7)), healthC))
	case 2:
		chat = prose(p("แพ้ยาชาลิโดเคนค่ะ เคยหน้าบวมหลังทำฟัน รบกวนแจ้งคุณหมอด้วย", healthC))
	case 3:
		chat = prose(p("ขอบคุณค่ะ 🙏 แล้วเจอกันนะคะ"))
	case 4:
		chat = prose(p("โอนมัดจำแล้วนะคะ เลขที่รายการ 0" + r.digits(9)))
	default:
		chat = prose(p("ส่งใบเสร็จไปที่ "), p(emailOf(r, firstRom, lastRom), contactC), p(" ได้ไหมคะ ใช้เบิกบริษัท"))
	}

	status := prose(p(r.pick("Live & Love 💕", "ทำวันนี้ให้ดีที่สุด", "🌸", "busy")))

	email := nullDecoy()
	if r.coin(0.7) {
		email = cont(emailOf(r, firstRom, lastRom))
	}

	customer := obj{
		{"chue", cont(first)},
		{"namsakun", cont(last)},
		{"ชื่อเล่น", cont(nick)},
		{"chue_angkrit", cont(firstRom + " " + lastRom)},
		{"เบอร์โทร", cont(r.pick(local, intl))},
		{"email", email},
		{"wan_koet", cont(fmt.Sprintf("%02d/%02d/%04d", b.d, b.m, b.y+543))},
		{"phet", sexOf(sex)},
		{"ayu", ageOf(b.age())},
		{"thi_yu", obj{
			{"ban_lek_thi", cont(fmt.Sprintf("%d/%d", r.in(1, 299), r.in(1, 60)))},
			{"soi", cont("ซอย" + soi)},
			{"khwaeng", cont(area[1])},
			{"khet", cont(area[0])},
			{"changwat", cont(area[3])},
			{"rahat_praisani", cont(area[2])},
		}},
		{"line_profile", obj{
			{"displayName", cont(nick + r.pick(" 🌸", " ✨", "", " ♡"))},
			{"pictureUrl", cont("https://profile.line-scdn.net/0h" + r.b64u(42))},
			{"statusMessage", status},
		}},
		{"sukhaphap", clinical(health)},
		{"nat", appts},
		{"chat_lasut", chat},
		{"point", decoy(r.in(0, 9000))},
		{"rat_dap", plain(r.pick("Silver", "Gold", "Platinum"))},
		{"yuen_yan_email", decoy(r.coin(0.5))},
		{"created_at", plain(int64(r.when()) * 1000)},
	}

	_, gw, _ := r.lan()
	tabs := [][2]string{{"iPad (9th generation)", "iPadOS 17.4.1"}, {"iPad Air (5th generation)", "iPadOS 16.7.6"}, {"Galaxy Tab A8", "Android 13"}}
	tab := tabs[r.IntN(len(tabs))]
	doc := obj{
		{"lukkha", obj{{uid, customer}}},
		{"config", obj{
			{"line", obj{
				{"channel_id", decoy("16" + r.digits(8))},
				{"channel_secret", cred(r.hex(32))},
				{"channel_access_token", cred(r.b64(171) + "=")},
				{"liff_id", decoy("16" + r.digits(8) + "-" + r.alnum(8))},
			}},
			{"wifi_sakha", obj{
				{"ssid", netw(r.pick("SuayClinic_", "Suay-Staff-", "SC_") + r.pick("Thonglor", "Siam", "Nimman", "Bangna"))},
				{"rahat", cred(r.pick("suay", "clinic", "beauty") + r.digits(4) + r.pick("!", "@", ""))},
				{"vlan_khaek", netw(r.in(10, 90))},
				{"gateway", netw(gw)},
			}},
			{"printer_ip", netw(r.privIP())},
			{"version_app", decoy(fmt.Sprintf("2.%d.%d", r.in(0, 9), r.in(0, 20)))},
		}},
		{"khrueang", obj{{"-N" + r.b64u(18), obj{
			{"chue_khrueang", dev(r.pick("iPad หน้าเคาน์เตอร์", "iPad ห้องหัตถการ 2", "แท็บเล็ตรับแขก"))},
			{"model", dev(tab[0])},
			{"serial", dev(r.upnum(12))},
			{"os", dev(tab[1])},
			{"mac_wifi", macAddr(r.mac(":", false))},
			{"ip", netw(r.privIP())},
			{"online_lasut", dev(int64(r.when()) * 1000)},
			{"battery", decoy(r.in(5, 100))},
		}}}},
	}
	return language(doc)
}
