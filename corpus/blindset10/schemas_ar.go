package blindset10

import (
	"fmt"
)

// sukkari-ramadan-mongo: a Gulf diabetes-coaching app (for fasting safely
// in Ramadan) as a mongoexport line: MongoDB extended JSON ($oid, $date,
// $numberLong, $numberInt, $numberDecimal), keys in Arabic script mixed
// with romanised Arabic, values in Arabic.

var arFirstM = []string{"محمد", "Mohammed", "أحمد", "Ahmed", "خالد", "Khalid", "عمر", "Omar", "يوسف", "Yousef", "سعيد", "Saeed"}
var arFirstF = []string{"فاطمة", "Fatima", "مريم", "Maryam", "نورة", "Noura", "سارة", "Sara", "هند", "Hind", "عائشة", "Aisha"}
var arLast = []string{"الحربي", "Alharbi", "المنصوري", "Almansouri", "الشامسي", "Alshamsi", "العتيبي", "Alotaibi", "الزعابي", "Alzaabi", "القحطاني", "Alqahtani", "النعيمي", "Alnuaimi", "الكتبي", "Alketbi"}

// city, district
var arAreas = [][2]string{{"دبي", "البرشاء"}, {"دبي", "الورقاء"}, {"أبوظبي", "الخالدية"}, {"الشارقة", "النهدة"}, {"الرياض", "العليا"}, {"جدة", "الروضة"}}

func sukkariMongo(r *rng) any {
	male := r.coin(0.55)
	var first, firstRom string
	if male {
		first, firstRom = r.pickPair(arFirstM...)
	} else {
		first, firstRom = r.pickPair(arFirstF...)
	}
	father, _ := r.pickPair(arFirstM...)
	last, lastRom := r.pickPair(arLast...)
	b := r.birth(1950, 1998)
	sex := "ذكر"
	if !male {
		sex = "أنثى"
	}
	area := arAreas[r.IntN(len(arAreas))]
	suffix := r.digits(3)
	kg := r.fl(58, 124, 1)
	cm := r.in(150, 188)

	meds := arr{obj{
		{"ism", hlth(r.pick("ميتفورمين", "Metformin XR", "جليكلازيد", "Sitagliptin (جانوفيا)"))},
		{"aljur3a", hlth(r.pick("500 ملغ", "1000 ملغ", "60 ملغ", "100 ملغ"))},
		{"altakrar", hlth(r.pick("مرتين يوميا", "مرة عند الإفطار", "مع السحور"))},
	}}
	if r.coin(0.5) {
		meds = append(meds, obj{
			{"ism", hlth(r.pick("Insulin glargine (Lantus)", "إنسولين ديجلوديك", "NovoRapid"))},
			{"aljur3a", hlth(fmt.Sprintf("%d وحدة", r.in(8, 40)))},
			{"altakrar", hlth(r.pick("عند الإفطار", "قبل النوم", "مع كل وجبة"))},
		})
	}
	sys, dia := r.bp()
	file := obj{
		{"naw3_alsukkari", hlth(r.pick("النوع الثاني", "النوع الأول", "سكري الحمل", "مقدمات السكري"))},
		{"HbA1c", mDec(hlth(fmt.Sprintf("%.1f", r.fl(5.9, 11.5, 1))))},
		{"alwazn_kg", mDec(hlth(fmt.Sprint(kg)))},
		{"altul_cm", mInt(hlth(fmt.Sprint(cm)))},
		{"ICD10", hlth(r.pick("E11.9", "E11.65", "E10.9", "O24.4", "R73.03"))},
		{"الأدوية", meds},
		{"hasasiya", hlth(r.pick("لا يوجد", "سلفا", "البنسلين", "الفول السوداني"))},
		{"daght_aldam", hlth(fmt.Sprintf("%d/%d", sys, dia))},
		{"مضاعفات", stringsOf(hlth, r.pickSome(r.in(1, 2), "اعتلال الشبكية", "اعتلال الأعصاب الطرفية", "لا يوجد", "اعتلال الكلية")...)},
	}

	var readings arr
	for k := r.in(2, 5); k > 0; k-- {
		readings = append(readings, obj{
			{"waqt", mDate(plain(isoMs(r.when(), r.in(0, 999))))},
			{"alqima", mInt(hlth(fmt.Sprint(r.in(58, 310))))},
			{"siyaq", plain(r.pick("قبل الإفطار", "بعد الإفطار بساعتين", "قبل السحور", "أثناء الصيام"))},
			{"hubut", hlth(r.coin(0.15))},
		})
	}

	var note leaf
	switch r.IntN(5) {
	case 0:
		note = prose(p(fmt.Sprintf("تم تعديل جرعة الإنسولين إلى %d وحدة بسبب هبوط السكر قبل الإفطار", r.in(10, 30)), healthC))
	case 1:
		note = prose(p("المريض يرغب بالتواصل عبر واتساب على "), p("+971 50 000 0"+suffix, contactC))
	case 2:
		note = prose(p("ننصح بعدم الصيام هذا العام: قصور كلوي مرحلة 3", healthC))
	case 3:
		note = prose(p("تمت مراجعة الخطة الغذائية، لا ملاحظات"))
	default:
		note = prose(p("اتصلت ابنته "), p(r.pick("مريم", "نورة", "هند"), contactC), p(" وأفادت بأن القراءات مرتفعة بعد التراويح", healthC))
	}

	doc := obj{
		{"_id", mOid(r)},
		{"الاسم_الكامل", cont(first + " " + father + " " + last)},
		{"ism_mustakhdim", cont(fmt.Sprintf("%s_%s%d", firstRom, lastRom, r.in(1, 99)))},
		{"البريد", cont(emailOf(r, firstRom, lastRom))},
		{"raqm_aljawal", mLong(cont(r.pick("971", "966") + "50000" + "0" + suffix))},
		{"تاريخ_الميلاد", mDate(cont(b.iso() + "T00:00:00Z"))},
		{"aljins", sexOf(sex)},
		{"al3umr", mInt(ageOf(fmt.Sprint(b.age())))},
		{"alunwan", obj{
			{"almadina", cont(area[0])},
			{"alhay", cont(area[1])},
			{"alshari3", cont(fmt.Sprintf("شارع %d", r.in(1, 60)))},
			{"raqm_almabna", cont(r.pick("فيلا ", "بناية ") + fmt.Sprint(r.in(1, 90)))},
		}},
		{"almalaf_altibbi", clinical(file)},
		{"wahdat_alqiyas", plain("mg/dL")},
		{"qira2at", clinical(readings)},
		{"aljihaz", obj{
			{"almodel", dev(r.pick("Accu-Chek Instant", "Contour Next One", "FreeStyle Libre 2", "OneTouch Verio Reflect"))},
			{"alraqm_altasalsuli", dev(r.upnum(10))},
			{"firmware", dev(fmt.Sprintf("0%d.%02d.%02d", r.in(1, 4), r.in(0, 20), r.in(0, 30)))},
			{"bluetooth", macAddr(r.mac(":", true))},
			{"akhir_muzamana", mDate(dev(isoMs(r.when(), r.in(0, 999))))},
		}},
		{"altatbiq", obj{
			{"alisdar", dev(fmt.Sprintf("3.%d.%d", r.in(0, 9), r.in(0, 9)))},
			{"nizam", dev(r.pick(r.android(), r.ios()))},
			{"hatif", dev(r.pick(r.androidPhone(), r.iphone()))},
			{"fcm", cred(r.fcm())},
		}},
		{"kalimat_almurur", cred(r.bcrypt("2b"))},
		{"refresh_token", cred(r.b64u(64))},
		{"akhir_ip", netw(r.pick(r.privIP(), r.docIP()))},
		{"ملاحظات_المثقف", note},
		{"nuskha_almukhattat", decoy("2.1.0")},
		{"3adad_alqira2at", mInt(decoy(fmt.Sprint(r.in(20, 900))))},
		{"mutahaqqaq_albarid", decoy(r.coin(0.7))},
		{"kod_alkhasm", decoy(r.pick("RAMADAN25", "EID10", "SUKKARI50"))},
		{"alishtirak", obj{
			{"alsi3r", mDec(decoy(r.pick("29.99", "79.00", "249.00")))},
			{"alkhutta", plain(r.pick("premium", "basic", "family"))},
			{"raqm_altalab", decoy("05" + r.digits(8))},
		}},
		{"createdAt", mDate(plain(isoMs(r.when(), r.in(0, 999))))},
		{"__v", mInt(decoy(fmt.Sprint(r.in(0, 9))))},
	}
	return language(doc)
}
