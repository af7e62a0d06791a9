package blindset18

import "fmt"

// uyshifokorNeDB is a Tashkent home-doctor call service's NeDB datafile
// (chaqiruvlar.db) read as an array of lines, with Uzbek (Latin) keys:
// call documents (patient with patronymic, birth date as {"$$date"}, sex,
// phone and address with district, mahalla and street; the reason in
// free text; the examination with vitals, ICD-10 diagnosis, medicines,
// allergy, pregnancy and the doctor's note; the doctor and the tablet;
// payment with a card token; the patient app with phone model, OS, app
// version, push token and IP), a settings line with the SMS gateway login
// and password and the database host, an $$indexCreated line and a
// $$deleted tombstone.
func uyshifokorNeDB(r *rng) any {
	var lines arr
	t := r.when()
	date := func(tm interface{ UnixMilli() int64 }, l func(any) leaf) obj {
		return obj{{"$$date", l(tm.UnixMilli())}}
	}
	for k := 0; k < r.in(2, 3); k++ {
		pt := r.uzbek()
		father := uzMale[r.IntN(len(uzMale))]
		patronym := father + map[bool]string{true: " qizi", false: " o‘g‘li"}[pt.female]
		doc := r.uzbek()
		district, mahalla, street, town, pc := r.uzAddress()
		t = after(t, r.in(30, 3000))
		s, d := r.bp()
		reason := r.pick("Isitma 39,2, yo‘tal 3 kundan beri", "Qorin og‘rig‘i, ko‘ngil aynishi", "Bosh aylanishi, qon bosimi ko‘tarilgan", "Bolada toshma va isitma", "Bel og‘rig‘i, yura olmayapti")
		diag := r.pick("J06.9 O‘tkir yuqori nafas yo‘llari infeksiyasi", "K29.7 Gastrit", "I10 Birlamchi gipertenziya", "B01.9 Suvchechak", "M54.5 Bel og‘rig‘i")
		meds := arr{}
		for _, m := range r.pickSome(r.in(1, 3), "Paratsetamol|500 mg|kuniga 3 mahal", "Omeprazol|20 mg|nonushtadan oldin", "Amlodipin|5 mg|kuniga 1 mahal", "Ibuprofen|400 mg|ovqatdan keyin", "Setirizin|10 mg|kechqurun") {
			a, b, c := cut3(m)
			meds = append(meds, obj{{"nomi", hlth(a)}, {"dozasi", hlth(b)}, {"qabul", hlth(c)}})
		}
		korik := obj{
			{"harorat", hlth(fmt.Sprintf("%.1f", r.f1(36.2, 39.8)))},
			{"qon_bosimi", hlth(fmt.Sprintf("%d/%d", s, d))},
			{"puls", hlth(r.in(60, 124))},
			{"saturatsiya", hlth(r.in(90, 99))},
			{"vazni_kg", hlth(r.f1(12, 110))},
			{"tashxis", hlth(diag)},
			{"dorilar", meds},
			{"allergiya", hlth(r.pick("penitsillin", "yo‘q", "aspirin", "changlar"))},
			{"homiladorlik", hlth(pt.female && r.chance(0.2))},
			{"shifokor_izohi", clinNote(p(pt.first, contactC), p(": "), p(r.pick("tomoq qizargan, o‘pkada xirillash yo‘q", "qorin yumshoq, epigastriyda og‘riq", "bosim yuqori, dori muntazam ichilmagan", "toshma tanada, isitma"), healthC), p(". "), p(r.pick("3 kundan keyin qayta ko‘rik.", "Poliklinikaga yo‘llanma berildi.", "Tez yordam chaqirilmadi."), healthC))},
		}
		sabab := prose(p(reason, healthC))
		if r.chance(0.5) {
			sabab = prose(p(reason, healthC), p(r.pick(". Podyezd kodi ", ". Eshik kodi ")), p(r.digits(r.in(3, 4))+r.pick("", "#", "K"), credC), p(r.pick(", 4-qavat", ", lift ishlamaydi", "")))
		}
		lines = append(lines, obj{
			{"_id", decoy(r.from(alnum, 16))},
			{"bemor", obj{
				{"ism", cont(pt.first)},
				{"familiya", cont(pt.last)},
				{"otasining_ismi", cont(patronym)},
				{"tugilgan_sana", date(r.birth(1940, 2020), cont)},
				{"jinsi", sexOf(map[bool]string{true: "ayol", false: "erkak"}[pt.female])},
				{"telefon", cont(r.uzPhone())},
				{"manzil", obj{
					{"tuman", cont(district)},
					{"mahalla", cont(mahalla)},
					{"kocha", cont(street)},
					{"shahar", cont(town)},
					{"pochta_indeksi", cont(pc)},
				}},
			}},
			{"chaqiruv", obj{
				{"vaqti", date(t, plain)},
				{"sababi", sabab},
				{"shoshilinchlik", plain(r.pick("yuqori", "o‘rta", "past"))},
				{"holati", plain(r.pick("yakunlangan", "bekor qilingan", "yo‘lda"))},
			}},
			{"korik", clinical(korik)},
			{"shifokor", obj{
				{"ism_familiya", cont(doc.full())},
				{"telefon", cont(r.uzPhone())},
				{"login", cont(r.userName(doc))},
				{"planshet", obj{
					{"model", dev(r.pick("Samsung Galaxy Tab A9", "Lenovo Tab M10", "Xiaomi Redmi Pad SE"))},
					{"seriya_raqami", dev(r.serial("R9", 9))},
					{"imei", dev(r.imei())},
					{"oxirgi_sinxron", date(after(t, r.in(1, 300)), dev)},
				}},
			}},
			{"tolov", obj{
				{"summa", plain(r.in(12, 40) * 10000)},
				{"valyuta", plain("UZS")},
				{"usul", plain(r.pick("Click", "Payme", "naqd"))},
				{"tranzaksiya_id", decoy(r.digits(12))},
				{"karta_tokeni", cred("tok_" + r.alnum(24))},
			}},
			{"ilova", obj{
				{"qurilma_modeli", dev(r.pick("Samsung Galaxy A54", "Redmi Note 12", "iPhone 13", "Tecno Spark 10"))},
				{"os_versiyasi", dev(r.pick("Android 14", "Android 13", "iOS 17.4"))},
				{"ilova_versiyasi", dev(r.semver())},
				{"push_token", cred(r.fcm())},
				{"ip_manzil", netw(r.wan())},
				{"oxirgi_faollik", date(after(t, -r.in(1, 600)), plain)},
				{"email_tasdiqlangan", decoy(r.chance(0.5))},
			}},
			{"createdAt", date(t, plain)},
			{"updatedAt", date(after(t, r.in(20, 200)), plain)},
		})
	}
	// Settings line.
	lines = append(lines, obj{
		{"_id", plain("sozlamalar")},
		{"sms_shlyuz", obj{
			{"login", cont(r.pick("uyshifo", "doktoruyda", "tezshifo") + r.digits(2))},
			{"parol", cred(r.password())},
			{"jonatuvchi", plain(r.pick("UYSHIFO", "DOKTOR"))},
		}},
		{"baza_xosti", netw(r.pick("db", "mongo", "nedb-sync") + ".uyshifo.internal")},
		{"parol_min_uzunligi", decoy(r.pick3(6, 8, 10))},
		{"versiya", decoy(r.semver())},
		{"createdAt", date(t, plain)},
		{"updatedAt", date(t, plain)},
	})
	lines = append(lines, obj{{"$$indexCreated", obj{{"fieldName", plain("bemor.telefon")}, {"unique", plain(false)}, {"sparse", plain(false)}}}})
	lines = append(lines, obj{{"$$deleted", plain(true)}, {"_id", decoy(r.from(alnum, 16))}})
	return language(lines)
}

// cut3 splits "a|b|c".
func cut3(s string) (string, string, string) {
	var parts [3]string
	i := 0
	for _, c := range s {
		if c == '|' && i < 2 {
			i++
			continue
		}
		parts[i] += string(c)
	}
	return parts[0], parts[1], parts[2]
}
