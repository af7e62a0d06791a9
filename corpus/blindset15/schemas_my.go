package blindset15

import (
	"fmt"
	"strings"
)

// pantangNeo4jMY: a Malaysian postnatal confinement centre's records, a
// Neo4j HTTP transactional API response (results with columns and data
// rows, node meta with ids and elementIds, bookmarks) with Malay property
// names: the mother (name, age, phone, e-mail, address, husband, delivery
// date and method, weight, blood pressure, gestational diabetes,
// medicines, allergies, breastfeeding, blood group, package, price), the
// baby (name, sex, birth date, birth weight, bilirubin, jaundice,
// phototherapy, hepatitis B dose, daily milk), the nurse, the room (Wi-Fi,
// baby camera with IP, MAC, serial and an RTSP URL, bedside tablet, room
// temperature), nurses' notes in Malay, and portal logins as positional
// rows.
func pantangNeo4jMY(r *rng) any {
	dbid := r.uuid()
	meta := func() obj {
		id := r.in(10, 99999)
		return obj{{"id", decoy(id)}, {"elementId", decoy(fmt.Sprintf("4:%s:%d", dbid, id))}, {"type", plain("node")}, {"deleted", plain(false)}}
	}
	rows := arr{}
	var notes arr
	var logins arr
	for k := 0; k < r.in(1, 2); k++ {
		mother := r.pick(myFemale...)
		given := strings.Fields(mother)[0]
		if given == "Tan" || given == "Lim" || given == "Wong" {
			given = strings.Join(strings.Fields(mother)[1:], " ")
		}
		husband := r.pick(myMale...)
		baby := r.pick(myBabies...)
		nurse := r.pick(myNurses...)
		town := myTowns[r.IntN(len(myTowns))]
		room := fmt.Sprintf("%s%d", r.pick("A", "B", "C"), r.in(1, 20))
		lan := r.lanPrefix()
		camIP := fmt.Sprintf("%s.%d", lan, r.in(20, 240))
		camPass := r.alnum(8)
		ssid := r.pick("Pantang_", "Kasih-", "Bonda_") + room
		psk := r.pick("ibubayi", "sayang", "bonda") + r.digits(4)
		csec := r.chance(0.4)
		born := r.when(2024, 2024)
		bornDay := born.Format("2006-01-02")
		sys, dia := r.bp()
		email := r.mail(ascii(strings.Fields(mother)[0]) + r.pick("", ".", "_") + ascii(strings.Fields(mother)[len(strings.Fields(mother))-1]))

		ibu := obj{
			{"nama", cont(mother)},
			{"umur", ageOf(r.in(22, 42))},
			{"no_telefon", cont(r.myPhone())},
			{"emel", cont(email)},
			{"alamat", cont(fmt.Sprintf("No. %d, %s, %s %s, %s", r.in(1, 99), r.pick(myStreet...), town[1], town[0], town[2]))},
			{"nama_suami", cont(husband)},
			{"telefon_suami", cont(r.myPhone())},
			{"tarikh_bersalin", hlth(bornDay).clin()},
			{"kaedah_bersalin", hlth(map[bool]string{true: "Pembedahan Caesarean", false: r.pick("Normal", "Vakum", "Normal dengan epidural")}[csec]).clin()},
			{"berat_kg", hlth(r.f1(50, 95)).clin()},
			{"tekanan_darah", hlth(fmt.Sprintf("%d/%d", sys, dia)).clin()},
			{"diabetes_kehamilan", hlth(r.chance(0.2)).clin()},
			{"ubat", stringsOf(func(v any) leaf { return hlth(v).clin() }, r.pickSome(r.in(1, 3), "Ferrous fumarate 200 mg", "Asid folik 5 mg", "Paracetamol 1 g", "Metformin 500 mg", "Cefuroxime 500 mg", "Labetalol 100 mg")...)},
			{"alahan", hlth(r.pick("Tiada alahan diketahui", "Penisilin", "Makanan laut", "Kacang tanah", "Aspirin")).clin()},
			{"menyusu_badan", hlth(r.chance(0.8)).clin()},
			{"kumpulan_darah", hlth(r.blood()).clin()},
			{"pantang_makanan", plain(r.pick("Tiada makanan sejuk", "Tiada makanan laut", "Ikut menu tradisional"))},
			{"pakej", plain(r.pick("Pakej Premium 28 hari", "Pakej Asas 21 hari", "Pakej Suite 30 hari"))},
			{"harga_rm", plain(r.pickInt(8800, 12500, 16900, 21000))},
			{"tarikh_masuk", plain(born.AddDate(0, 0, r.in(1, 4)).Format("2006-01-02"))},
			{"no_tempahan", decoy("PJ-" + r.digits(6))},
		}
		bayi := obj{
			{"nama", cont(baby)},
			{"jantina", sexOf(r.pick("Lelaki", "Perempuan"))},
			{"tarikh_lahir", cont(bornDay)},
			{"berat_lahir_kg", hlth(r.f2(2.3, 4.1)).clin()},
			{"bilirubin_umol_l", hlth(r.in(80, 290)).clin()},
			{"kuning", hlth(r.chance(0.5)).clin()},
			{"fototerapi", hlth(r.chance(0.25)).clin()},
			{"vaksin_hepatitis_b", hlth(true).clin()},
			{"susu_ml_sehari", hlth(r.in(300, 750)).clin()},
		}
		jururawat := obj{
			{"nama", cont(nurse)},
			{"telefon", cont(r.myPhone())},
			{"no_pekerja", decoy("KP" + r.digits(4))},
			{"syif", plain(r.pick("pagi", "petang", "malam"))},
		}
		bilik := obj{
			{"no_bilik", plain(room)},
			{"wifi_ssid", netw(ssid)},
			{"wifi_kata_laluan", cred(psk)},
			{"kamera_model", dev(r.pick("Xiaomi Mi 360 Home Security Camera 2K", "TP-Link Tapo C200", "Imou Ranger 2", "EZVIZ C6N"))},
			{"kamera_sn", dev(r.upper(2) + r.digits(9))},
			{"kamera_ip", netw(camIP)},
			{"kamera_mac", macAddr(r.mac(":", false))},
			{"kamera_rtsp", multi(fmt.Sprintf("rtsp://admin:%s@%s:554/stream1", camPass, camIP), credC, netC)},
			{"tablet_model", dev(r.pick("Samsung Galaxy Tab A9", "Lenovo Tab M10", "Huawei MatePad SE"))},
			{"tablet_sn", dev("R" + r.upper(10))},
			{"suhu_bilik_c", decoy(r.f1(23, 28))},
			{"katil_bayi", plain(r.pick("Katil bayi kayu", "Buaian elektrik"))},
		}
		rows = append(rows, obj{
			{"row", arr{ibu, bayi, jururawat, bilik}},
			{"meta", arr{meta(), meta(), meta(), meta()}},
		})
		for n := 0; n < r.in(2, 4); n++ {
			notes = append(notes, obj{
				{"row", arr{plain(r.iso(2024, 2024)), cont(nurse), myNote(r, given, husband, room, camIP, csec)}},
				{"meta", arr{null(), null(), null()}},
			})
		}
		logins = append(logins, obj{
			{"row", arr{cont(email), cred(r.bcrypt()), plain("ibu"), plain(r.iso(2024, 2024))}},
			{"meta", arr{null(), null(), null(), null()}},
		})
	}
	if r.chance(0.6) {
		staff := r.pick(myNurses...)
		logins = append(logins, obj{
			{"row", arr{cont(strings.ToLower(strings.ReplaceAll(strings.Fields(staff)[len(strings.Fields(staff))-1], " ", "")) + "@" + r.pick("pantangkasih", "bondacare") + ".example"), cred(r.bcrypt()), plain("jururawat"), plain(r.iso(2024, 2024))}},
			{"meta", arr{null(), null(), null(), null()}},
		})
	}
	return language(obj{
		{"results", arr{
			obj{{"columns", stringsOf(plain, "ibu", "bayi", "jururawat", "bilik")}, {"data", rows}},
			obj{{"columns", stringsOf(plain, "c.masa", "c.penulis", "c.catatan")}, {"data", notes}},
			obj{{"columns", stringsOf(plain, "u.emel", "u.kata_laluan", "u.peranan", "u.log_masuk_terakhir")}, {"data", logins}},
		}},
		{"errors", arr{}},
		{"lastBookmarks", arr{decoy("FB:kcwQ" + r.b64(40) + "==")}},
	})
}

func myNote(r *rng, given, husband, room, camIP string, csec bool) leaf {
	return r.pickProse(
		func() leaf {
			if csec {
				return prose(p("Puan "), p(given, contactC), p(" mengadu "), p(fmt.Sprintf("sakit pada luka pembedahan, suhu %.1f°C", r.f1(37.5, 38.6)), healthC), p(". Doktor dimaklumkan."))
			}
			return prose(p("Puan "), p(given, contactC), p(" mengadu "), p("pening dan tekanan darah "+fmt.Sprintf("%d/%d", r.in(140, 165), r.in(90, 105)), healthC), p(". Doktor dimaklumkan."))
		},
		func() leaf {
			return prose(p(fmt.Sprintf("Bayi kuning, bilirubin %d umol/L, sambung fototerapi 24 jam", r.in(180, 280)), healthC), p("."))
		},
		func() leaf {
			return prose(p(fmt.Sprintf("Bayi menyusu dengan baik, berat naik %d g", r.in(30, 120)), healthC), p("."))
		},
		func() leaf {
			return prose(p("Kata laluan Wi-Fi bilik "+room+" ditukar kepada "), p(r.pick("ibubayi", "sayang", "bonda")+r.digits(4), credC), p(" atas permintaan suami."))
		},
		func() leaf {
			return prose(p("Kamera bayi bilik "+room+" offline, IP "), p(camIP, netC), p(" tidak dapat dihubungi."))
		},
		func() leaf { return prose(p("Tetamu keluar jam 5 petang, bil dibayar penuh melalui FPX.")) },
		func() leaf {
			return prose(p("Suami ("), p(husband+", "+r.myPhone(), contactC), p(") minta dihubungi sebelum sesi urutan."))
		},
	)
}
