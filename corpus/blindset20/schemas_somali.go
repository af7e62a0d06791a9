package blindset20

import (
	"fmt"
	"time"
)

func dhiigkarKobo(r *rng) any {
	asset := "a" + r.alnum(21)
	t := r.when()
	results := arr{}
	enumerator := r.somali()
	enumUser := ascii(enumerator.first) + "_" + ascii(enumerator.last)
	phoneModel, android := r.androidPhone()
	collect := "v2024." + fmt.Sprint(r.in(1, 3)) + "." + fmt.Sprint(r.in(0, 4))
	deviceID := "collect:" + r.alnum(16)
	bpModel := r.pick("Omron M3 Comfort", "Omron HEM-7120", "Microlife BP A2 Basic", "Beurer BM 27")
	glucoModel := r.pick("Accu-Chek Instant", "OneTouch Select Plus", "On Call Plus")

	for i, n := 0, r.in(1, 2); i < n; i++ {
		t = t.Add(time.Duration(r.in(600, 9000)) * time.Second)
		pt := r.somali()
		age := r.in(28, 82)
		degmo, xaafad, guri, magaalo := r.soAddress()
		sys, dia := r.bp()
		ht := r.in(150, 188)
		wt := r.f1(45, 110)
		conds := r.pickSome(r.in(1, 2), "dhiig_kar", "sokorow", "wadne", "kelyo", "neef")
		condStr := ""
		for j, c := range conds {
			if j > 0 {
				condStr += " "
			}
			condStr += c
		}
		med := r.pick("Amlodipine 5mg maalintii mar", "Metformin 500mg subax iyo habeen", "Enalapril 10mg", "Hydrochlorothiazide 25mg", "Insulin 20 unug habeenkii")
		sugar := r.in(90, 320)
		row := obj{
			{"_id", plain(r.in(180000000, 399999999))},
			{"formhub/uuid", decoy(r.hex(32))},
			{"start", plain(t.Format("2006-01-02T15:04:05.000+03:00"))},
			{"end", plain(t.Add(time.Duration(r.in(300, 1500)) * time.Second).Format("2006-01-02T15:04:05.000+03:00"))},
			{"today", plain(day(t))},
			{"deviceid", dev(deviceID)},
			{"username", cont(enumUser)},
			{"xogta_bukaanka/magaca", cont(pt.first)},
			{"xogta_bukaanka/magaca_aabbaha", cont(pt.last)},
			{"xogta_bukaanka/magaca_awoowaha", cont(pt.grand)},
			{"xogta_bukaanka/jinsiga", sexOf(map[bool]string{true: "dheddig", false: "lab"}[pt.female])},
			{"xogta_bukaanka/da'da", ageOf(fmt.Sprint(age))},
			{"xogta_bukaanka/sanadka_dhalashada", cont(fmt.Sprint(t.Year() - age))},
			{"xogta_bukaanka/taleefanka", cont(r.pick(r.soPhone(), r.soLocal()))},
			{"deegaanka/magaalada", cont(magaalo)},
			{"deegaanka/degmada", cont(degmo)},
			{"deegaanka/xaafadda", cont(xaafad)},
			{"deegaanka/guriga", cont(guri)},
			{"cabbirada/cadaadiska_sare", hlth(fmt.Sprint(sys)).clin()},
			{"cabbirada/cadaadiska_hoose", hlth(fmt.Sprint(dia)).clin()},
			{"cabbirada/cabbirka_unugga", plain("mmHg").clin()},
			{"cabbirada/sonkorta_dhiigga", hlth(fmt.Sprint(sugar)).clin()},
			{"cabbirada/miisaanka", hlth(fmt.Sprint(wt)).clin()},
			{"cabbirada/dhererka", hlth(fmt.Sprint(ht)).clin()},
			{"cabbirada/bmi_xisaab", hlth(fmt.Sprintf("%.1f", wt/(float64(ht)/100*float64(ht)/100))).clin()},
			{"taariikhda/cudurada", hlth(condStr).clin()},
			{"taariikhda/tirada_cudurada", plain(fmt.Sprint(len(conds))).clin()},
			{"taariikhda/daawooyinka", hlth(med).clin()},
			{"taariikhda/sigaar", hlth(r.pick("haa", "maya", "hore")).clin()},
			{"taariikhda/qaad", hlth(r.pick("haa", "maya")).clin()},
		}
		if pt.female {
			row = append(row, field{"taariikhda/uur", hlth(r.pick("maya", "maya", "haa")).clin()})
		}
		if r.chance(0.6) {
			row = append(row, field{"qalabka/nooca_mashiinka_cadaadiska", dev(bpModel)}, field{"qalabka/lambarka_taxanaha", dev(r.serial("", 11))})
		}
		if r.chance(0.4) {
			row = append(row, field{"qalabka/mashiinka_sonkorta", dev(glucoModel)})
		}
		approved := r.chance(0.7)
		var note leaf
		switch r.IntN(4) {
		case 0:
			rel := r.somali()
			note = prose(p("Bukaanku daawada si joogto ah uma qaato. Wac wiilkiisa "), p(rel.first, contactC), p(" "), p(r.soLocal(), contactC), p(" si uu u xasuusiyo."))
		case 1:
			note = prose(p("Cadaadiska aad buu u sarreeyaa ("), p(fmt.Sprintf("%d/%d", sys, dia), healthC), p("), waxaa loo gudbiyey isbitaalka guud ee "+magaalo+"."))
		case 2:
			note = prose(p("Wax dhibaato ah ma jirto, booqasho kale bisha dambe."))
		default:
			note = prose(p("Waxay qabtaa "), p("sokorow iyo indho xanuun", healthC), p("; sawirka ogolaanshaha waa la qaaday."))
		}
		row = append(row,
			field{"qoraalka_kalkaalisada", note},
			field{"__version__", decoy("v" + r.alnum(21))},
			field{"meta/instanceID", decoy("uuid:" + r.uuid())},
			field{"_xform_id_string", decoy(asset)},
			field{"_uuid", decoy(r.uuid())},
			field{"_attachments", arr{obj{
				{"download_url", plain(fmt.Sprintf("https://kf.kobotoolbox.org/api/v2/assets/%s/data/%d/attachments/%d/", asset, r.in(180000000, 399999999), r.in(1000000, 9999999)))},
				{"mimetype", plain("image/jpeg")},
				{"filename", plain(enumUser + "/attachments/" + r.hex(32) + "/sawirka_ogolaanshaha-" + t.Format("15_04_05") + ".jpg")},
				{"question_xpath", plain("sawirka_ogolaanshaha")},
				{"uid", decoy("att" + r.alnum(22))},
			}}},
			field{"_status", plain("submitted_via_web")},
			field{"_geolocation", arr{null(), null()}},
			field{"_submission_time", plain(t.Add(time.Hour).Format("2006-01-02T15:04:05"))},
			field{"_tags", arr{}},
			field{"_notes", arr{}},
			field{"_validation_status", obj{
				{"timestamp", plain(unix(t.Add(48 * time.Hour)))},
				{"uid", plain(map[bool]string{true: "validation_status_approved", false: "validation_status_on_hold"}[approved])},
				{"by_whom", cont(r.pick("dr_", "sup_") + ascii(r.somali().first))},
				{"label", plain(map[bool]string{true: "Approved", false: "On Hold"}[approved])},
			}},
			field{"_submitted_by", cont(enumUser)},
		)
		results = append(results, row)
	}

	wifi := r.ssid(r.pick("Rajo", "Caafimaad", "Xarunta", "Golis"))
	settings := obj{
		{"furaha_api", cred("Token " + r.hex(40))},
		{"server", plain("https://kf.kobotoolbox.org")},
		{"hantida_foomka", decoy(asset)},
		{"nuqulka_foomka", decoy(fmt.Sprintf("%d%02d%02d%02d", t.Year(), int(t.Month()), t.Day(), r.in(1, 9)))},
		{"kormeeraha", cont(enumerator.full3())},
		{"taleefanka_kormeeraha", cont(r.soPhone())},
		{"nooca_taleefanka", dev(phoneModel)},
		{"nuqulka_android", dev(android)},
		{"nuqulka_collect", dev(collect)},
		{"shabakada_wifi", netw(wifi)},
		{"erayga_sirta_wifi", cred(r.psk())},
		{"dherarka_erayga_sirta", decoy(r.pick2(8, 10, 12))},
		{"xafiiska_ip", netw(r.lan().host(r.in(2, 200)))},
	}
	return language(obj{
		{"count", plain(len(results))},
		{"next", null()},
		{"previous", null()},
		{"results", results},
		{"xogta_soo_dejinta", settings},
	})
}
