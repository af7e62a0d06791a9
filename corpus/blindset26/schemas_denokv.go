package blindset26

import "fmt"

// vhwDenoKV: a Bhutanese village-health-worker app for non-communicable
// disease screening runs on Deno Deploy and keeps its data in Deno KV; a
// developer's dump script wrote the kv.list() entries (key parts, value,
// versionstamp) to JSON. Values have Dzongkha keys in Tibetan script:
// screened villagers (name, birth date, age, sex, phone, village, gewog,
// dzongkhag, house number, the screening with blood pressure, blood
// sugar, weight, height, waist, tobacco and alcohol use, diagnoses,
// medicines and the note), health workers (login, e-mail, Django argon2
// hash), tablets, a KvU64 counter and the settings.
func vhwDenoKV(r *rng) any {
	t := r.when()
	net := r.lan()
	vs := func() string { return fmt.Sprintf("%016x%04x", r.in(1, 1<<30), 0) }
	entry := func(k arr, v any) obj {
		return obj{{"key", k}, {"value", v}, {"versionstamp", plain(vs())}}
	}

	var workers []person
	entries := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		w := r.bhutanese()
		workers = append(workers, w)
		entries = append(entries, entry(arr{plain("ལས་བྱེད་པ་"), plain(fmt.Sprintf("vhw-%03d", r.in(1, 400)))}, obj{
			{"མིང་", cont(w.full())},
			{"ཁ་པར་", cont(r.pick(r.btIntl(), r.btLocal()))},
			{"གློག་འཕྲིན་", cont(r.email(w))},
			{"ནང་འཛུལ་མིང་", cont(r.userName(w))},
			{"གསང་ཚིག་", cred(r.djangoArgon2())},
			{"ལས་གནས་", plain(r.pick("གཡུས་ཀྱི་འཕྲོད་བསྟེན་ལས་རོགས་", "འཕྲོད་བསྟེན་ལས་རོགས་"))},
			{"BHU", plain(r.pick("Chang BHU-I", "Lungnyi BHU-II", "Kabjisa BHU-II", "Chhumig BHU-II"))},
			{"ཉུང་མཐའི་གསང་ཚིག་རིང་ཚད་", decoy(r.pickInt(8, 10))},
		}))
	}
	tabletID := fmt.Sprintf("tab-%02d", r.in(1, 40))
	for i := 0; i < r.in(2, 3); i++ {
		entries = append(entries, btPatient(r, workers[r.IntN(len(workers))], tabletID))
	}
	entries = append(entries, entry(arr{plain("ལག་ཆ་"), plain(tabletID)}, obj{
		{"དཔེ་གཞི་", dev(r.pick("Samsung Galaxy Tab A8", "Lenovo Tab M10 (3rd Gen)", "Samsung Galaxy Tab A9+"))},
		{"ཨང་རྟགས་", dev(r.serial("R9", 9))},
		{"IMEI", dev(r.imei())},
		{"མཉེན་ཆས་ཐོན་རིམ་", dev(fmt.Sprintf("1.%d.%d", r.in(2, 9), r.in(0, 20)))},
		{"མཐའ་མཇུག་མཐོང་ཚུལ་", dev(iso(after(t, -r.in(1, 5000))))},
		{"IP", netw(net.host(r.in(20, 200)))},
		{"MAC", macAddr(r.mac(":", false))},
		{"མིང་", dev(r.pick("VHW tablet ", "ལག་ཆ་ ") + fmt.Sprint(r.in(1, 40)))},
	}))
	entries = append(entries, entry(arr{plain("གྲངས་ཀ་"), plain("ནད་པ་")}, obj{{"type", plain("KvU64")}, {"value", plain(fmt.Sprint(r.in(40, 4000)))}}))
	entries = append(entries, entry(arr{plain("སྒྲིག་སྟངས་")}, obj{
		{"ཝའི་ཕའི་", netw(r.ssid("BHU"))},
		{"ཝའི་ཕའི་གསང་ཚིག་", cred(r.psk())},
		{"DHIS2_URL", netw(fmt.Sprintf("http://%s:8080/dhis", net.host(r.in(2, 19))))},
		{"DHIS2_ནང་འཛུལ་མིང་", cont("vhw_sync_" + r.from(lowerNum, 4))},
		{"DHIS2_གསང་ཚིག་", cred(r.password())},
		{"SMS_ལྡེ་མིག་", cred(r.alnum(36))},
		{"ཐོན་རིམ་", decoy(r.semver())},
	}))

	return language(obj{
		{"tool", plain("kv-dump.ts")},
		{"database", plain(r.uuid())},
		{"deploy_token", cred(r.denoDeploy())},
		{"dumpedAt", plain(iso(t))},
		{"entries", entries},
	})
}

var btDiag = []string{"ཁྲག་ཤེད་མཐོ་", "ཀ་ར་ནད་", "Hypertension stage 2", "Type 2 diabetes", "COPD", "ཕོ་བའི་ནད་"}
var btDrugs = []string{"Amlodipine 5 mg OD", "Metformin 500 mg BD", "Enalapril 5 mg OD", "Atorvastatin 10 mg HS", "Salbutamol inhaler PRN"}

func btPatient(r *rng, w person, tabletID string) obj {
	t := r.when()
	pt := r.bhutanese()
	dob := r.birth(1948, 1990)
	village, gewog, dz, house := r.btAddress()
	sys, dia := r.bp()
	sex := "ཕོ་"
	if pt.female {
		sex = "མོ་"
	}
	diag := arr{}
	for _, d := range r.pickSome(r.in(0, 2), btDiag...) {
		diag = append(diag, hlth(d))
	}
	meds := arr{}
	for _, d := range r.pickSome(r.in(0, 2), btDrugs...) {
		meds = append(meds, hlth(d))
	}
	var note leaf
	switch r.IntN(3) {
	case 0:
		note = clinNote(p(fmt.Sprintf("ཁྲག་ཤེད་ %d/%d, ", sys, dia), healthC), p("referred to "+r.pick("JDWNRH Thimphu", "Paro Hospital", "Punakha Hospital")+". "), p(r.pick("ཨ་ཞང་", "ཨ་པ་", "ཨ་ཞེ་")+" "), p(r.bhutanese().full(), contactC), p(" "), p(r.btLocal(), contactC))
	case 1:
		note = clinNote(p(r.pick("Foot numbness both sides, advised sugar test at BHU", "Chews doma daily, counselled", "Missed Amlodipine for 2 weeks"), healthC))
	default:
		note = clinNote(p("Follow-up in 3 months."))
	}
	screen := clinical(obj{
		{"ཁྲག་ཤེད་", obj{{"མཐོ་", hlth(sys)}, {"དམའ་", hlth(dia)}}},
		{"ཁྲག་གི་ཀ་ར་", hlth(r.in(80, 260))},
		{"ལྗིད་ཚད་", hlth(r.f1(38, 92))},
		{"མཐོ་ཚད་", hlth(r.in(145, 182))},
		{"སྐེད་ཚད་", hlth(r.in(65, 112))},
		{"ཐ་མ་ཁུ་", hlth(r.pick("ཡོད་", "མེད་", "doma"))},
		{"ཆང་", hlth(r.pick("ཡོད་", "མེད་", "ara weekly"))},
		{"ནད་", diag},
		{"སྨན་", meds},
		{"གསལ་བཤད་", note},
	})
	return obj{
		{"key", arr{plain("ནད་པ་"), plain(gewog), plain(fmt.Sprintf("%s-%04d", tabletID, r.in(1, 9999)))}},
		{"value", obj{
			{"མིང་", cont(pt.full())},
			{"སྐྱེས་ཚེས་", cont(day(dob))},
			{"ལོ་", ageOf(age(dob, t))},
			{"ཕོ་མོ་", sexOf(sex)},
			{"ཁ་པར་", r.orNull(0.2, cont(r.pick(r.btLocal(), r.btIntl())))},
			{"ཁ་པར་བདེན་དཔང་", decoy(r.chance(0.6))},
			{"ཁ་བྱང་", obj{{"གཡུས་", cont(village)}, {"རྒེད་འོག་", cont(gewog)}, {"རྫོང་ཁག་", cont(dz)}, {"ཁྱིམ་ཨང་", cont(house)}}},
			{"ཞིབ་དཔྱད་", screen},
			{"ཞིབ་དཔྱད་པ་", cont(w.full())},
			{"ཚེས་གྲངས་", plain(day(t))},
			{"ལག་ཆ་", plain(tabletID)},
		}},
		{"versionstamp", plain(fmt.Sprintf("%016x%04x", r.in(1, 1<<30), 0))},
	}
}
