package blindset20

import (
	"fmt"
	"time"
)

func eyecampBudibase(r *rng) any {
	t := r.when()
	appID := "app_" + r.hex(32)
	tbl := func() string { return "ta_" + r.hex(32) }
	tPat, tVol, tDev := tbl(), tbl(), tbl()
	meta := func(table string) obj {
		t = t.Add(time.Duration(r.in(300, 40000)) * time.Second)
		return obj{
			{"_id", decoy("ro_" + table + "_" + r.hex(32))},
			{"_rev", decoy(fmt.Sprintf("%d-%s", r.in(1, 9), r.hex(32)))},
			{"tableId", decoy(table)},
			{"type", plain("row")},
			{"createdAt", plain(isoMs(after(t, -r.in(10, 9000))))},
			{"updatedAt", plain(isoMs(t))},
		}
	}
	va := func() string {
		return r.pick("6/6", "6/9", "6/12", "6/18", "6/24", "6/36", "6/60", "3/60", "CF", "HM", "PL")
	}

	patients := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		pt := r.khmer()
		age := r.in(40, 85)
		house, phum, khum, srok, khaet := r.khAddress()
		sys, dia := r.bp()
		diab := r.chance(0.3)
		row := meta(tPat)
		row = append(row,
			field{"ឈ្មោះ", cont(pt.khFull())},
			field{"ឈ្មោះឡាតាំង", cont(pt.khLatin())},
			field{"ភេទ", sexOf(map[bool]string{true: "ស្រី", false: "ប្រុស"}[pt.female])},
			field{"អាយុ", ageOf(age)},
			field{"ទូរស័ព្ទ", cont(r.pick(r.khPhone(), r.khLocal()))},
			field{"ផ្ទះ", cont(house)},
			field{"ភូមិ", cont(phum)},
			field{"ឃុំ", cont(khum)},
			field{"ស្រុក", cont(srok)},
			field{"ខេត្ត", cont(khaet)},
			field{"ចក្ខុភាពភ្នែកស្តាំ", hlth(va()).clin()},
			field{"ចក្ខុភាពភ្នែកឆ្វេង", hlth(va()).clin()},
			field{"សម្ពាធភ្នែក", hlth(r.in(10, 34)).clin()},
			field{"ភ្នែកឡើងបាយ", hlth(r.pick("NO2", "NO3", "NO4", "NC3", "C2", "P1", "ទុំ")).clin()},
			field{"ទឹកនោមផ្អែម", hlth(diab).clin()},
			field{"សម្ពាធឈាម", hlth(fmt.Sprintf("%d/%d", sys, dia)).clin()},
		)
		if diab || r.chance(0.3) {
			row = append(row, field{"ជាតិស្ករ", hlth(r.in(110, 340)).clin()})
		}
		if r.chance(0.6) {
			row = append(row, field{"ការវះកាត់", hlth(r.pick("Phaco + IOL", "SICS + IOL", "Trabeculectomy", "Pterygium excision") + " " + r.pick("OD", "OS")).clin()},
				field{"កែវភ្នែក", hlth(fmt.Sprintf("+%.1fD", r.f1(17, 25))).clin()})
		}
		row = append(row, field{"អាឡែស៊ី", hlth(r.pick("គ្មាន", "ប៉េនីស៊ីលីន", "អាស៊ីត", "Sulfa")).clin()})
		var note leaf
		switch r.IntN(3) {
		case 0:
			rel := r.khmer()
			note = prose(p("ភ្នែកស្តាំងងឹតទាំងស្រុង។ កូនស្រី "), p(rel.first, contactC), p(" នឹងនាំមកវិញ ទូរស័ព្ទ "), p(r.khLocal(), contactC))
		case 1:
			note = prose(p("សម្ពាធឈាមខ្ពស់ "), p(fmt.Sprintf("%d/%d", sys, dia), healthC), p(" ពន្យារការវះកាត់ បញ្ជូនទៅមន្ទីរពេទ្យខេត្ត។"))
		default:
			note = prose(p("ពិនិត្យឡើងវិញក្រោយ ១ សប្តាហ៍។"))
		}
		row = append(row, field{"កំណត់ចំណាំ", note}, field{"ចំនួនការពិនិត្យ", plain(r.in(1, 4))})
		patients = append(patients, row)
	}

	vols := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		v := r.khmer()
		row := meta(tVol)
		row = append(row,
			field{"ឈ្មោះ", cont(v.khFull())},
			field{"ឈ្មោះអ្នកប្រើ", cont(ascii(v.lf) + "." + ascii(v.ll))},
			field{"អ៊ីមែល", cont(ascii(v.lf) + "." + ascii(v.ll) + "@" + r.pick("eyecamp.example", "example.org", "mail.example"))},
			field{"ពាក្យសម្ងាត់", cred(r.bcrypt())},
			field{"តួនាទី", plain(r.pick("optometrist", "nurse", "registrar", "admin"))},
			field{"ចំនួនចូលបរាជ័យ", decoy(r.in(0, 5))},
			field{"ចាក់សោ", decoy(r.chance(0.1))},
		)
		vols = append(vols, row)
	}

	lan := r.lan()
	devs := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		model := r.pick("Topcon KR-800", "Righton Retinomax K-plus 3", "Welch Allyn Spot Vision Screener VS100", "Samsung Galaxy Tab A9+", "Icare IC200")
		fw := r.ipShapedFw()
		fwL := fwIP(fw)
		if r.chance(0.4) {
			fw = r.semver()
			fwL = dev(fw)
		}
		row := meta(tDev)
		row = append(row,
			field{"ឈ្មោះឧបករណ៍", dev(r.pick("ម៉ាស៊ីនវាស់ភ្នែក ក", "ថេប្លេត ក្រុម ខ", "ម៉ាស៊ីន Retinomax បាត់ដំបង", "Tablet ក្រុម ក"))},
			field{"ម៉ូដែល", dev(model)},
			field{"លេខសៀរៀល", dev(r.serial("", 9))},
			field{"កំណែកម្មវិធីបង្កប់", fwL},
			field{"អាសយដ្ឋាន IP", netw(lan.host(r.in(20, 200)))},
			field{"MAC", macAddr(r.mac(":", true))},
			field{"ពេលឃើញចុងក្រោយ", dev(isoMs(t))},
		)
		devs = append(devs, row)
	}

	settings := obj{
		{"ឈ្មោះ Wi-Fi", netw(r.ssid(r.pick("EyeCamp", "Mekong", "Angkor", "Sangke")))},
		{"ពាក្យសម្ងាត់ Wi-Fi", cred(r.psk())},
		{"គេហទំព័ររ៉ោតទ័រ", netw("http://" + lan.gw() + "/")},
		{"កូនសោ ABA PayWay", cred("aba_pw_" + r.hex(40))},
		{"ថូខឹន Bakong", r.orNull(0.4, cred(r.jwt("bakong-khqr")))},
		{"លេខសម្គាល់អ្នកលក់", decoy("ec" + r.digits(6))},
		{"ប្រវែងពាក្យសម្ងាត់អប្បបរមា", decoy(r.pick2(8, 10))},
		{"កំណែ", decoy(r.semver())},
	}
	return language(obj{
		{"appId", decoy(appID)},
		{"budibaseVersion", decoy("2." + fmt.Sprint(r.in(20, 33)) + "." + fmt.Sprint(r.in(0, 14)))},
		{"name", plain("ជំរុំភ្នែក " + fmt.Sprint(t.Year()))},
		{"tables", obj{
			{"អ្នកជំងឺ", patients},
			{"អ្នកស្ម័គ្រចិត្ត", vols},
			{"ឧបករណ៍", devs},
		}},
		{"ការកំណត់", settings},
	})
}
