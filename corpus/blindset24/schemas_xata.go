package blindset24

import "fmt"

// chemistXata: a south-eastern Nigerian community pharmacy chain runs its
// point of sale on Xata; a contractor's capture holds the query answers
// of five tables with Igbo column names (customers with address and
// health block, prescriptions, staff, POS terminals, settings as name /
// value records), each record with Xata's id and xata metadata.
func chemistXata(r *rng) any {
	t := r.when()
	shop := r.lan()
	rec := func() string { return "rec_" + r.from(lowerNum, 20) }
	meta := func(min int) obj {
		c := after(t, -r.in(1000, 400000))
		return obj{{"createdAt", plain(isoMs(c))}, {"updatedAt", plain(isoMs(after(c, r.in(0, 200000))))}, {"version", plain(r.in(0, 12))}}
	}
	page := func(records arr) obj {
		return obj{{"meta", obj{{"page", obj{{"cursor", decoy(r.b64url(48))}, {"more", plain(false)}, {"size", plain(20)}}}}}, {"records", records}}
	}

	customers := arr{}
	var custIDs []string
	var custPeople []person
	for i := 0; i < r.in(1, 2); i++ {
		c := r.igbo()
		father := r.male(r.igbo)
		father.last = c.last
		street, area, town, state, pc := r.ngAddress()
		dob := r.birth(1948, 2002)
		id := rec()
		custIDs = append(custIDs, id)
		custPeople = append(custPeople, c)
		sex := "nwanyị"
		if !c.female {
			sex = "nwoke"
		}
		var preg leaf = nullDecoy()
		if c.female && age(dob, t) < 48 {
			preg = hlth(r.chance(0.2))
		}
		sys, dia := r.bp()
		customers = append(customers, obj{
			{"id", plain(id)},
			{"xata", meta(0)},
			{"aha", cont(c.first)},
			{"aha_ezinaulo", cont(c.last)},
			{"aha_nna", cont(father.first)},
			{"nomba_ekwenti", cont(r.ngPhone())},
			{"adreesi_ozi_e", r.orNull(0.3, cont(r.email(c)))},
			{"ubochi_omumu", cont(day(dob))},
			{"afo", ageOf(age(dob, t))},
			{"okike", sexOf(sex)},
			{"adreesi", obj{
				{"okporo_uzo", cont(street)},
				{"mpaghara", cont(area)},
				{"obodo", cont(town)},
				{"steeti", cont(state)},
				{"koodu_ozi", cont(pc)},
			}},
			{"ahuike", clinical(obj{
				{"oria", arr{hlth(r.pick("ọbara mgbali elu", "ọrịa shuga", "ụkwara ume ọkụ", "ọrịa obi", "ọrịa sickle cell"))}},
				{"mgbali_obara", hlth(fmt.Sprintf("%d/%d", sys, dia))},
				{"shuga_obara", hlth(fmt.Sprintf("%.1f mmol/L", r.f1(4.2, 16)))},
				{"ibu_aru", hlth(r.f1(48, 118))},
				{"ogologo", hlth(r.in(150, 192))},
				{"udi_obara", hlth(r.pick("O+", "A+", "B+", "AB+", "O-"))},
				{"genotaip", hlth(r.pick("AA", "AS", "SS", "AC"))},
				{"aleji", r.orNull(0.4, hlth(r.pick("penicillin", "sulfa", "ọgwụ aspirin")))},
				{"di_ime", preg},
			})},
			{"ndetu", custNote(r, street)},
			{"ego_fodu", plain(float64(r.in(0, 9000000)) / 100)},
			{"ekwenti_kwadoro", decoy(r.chance(0.7))},
		})
	}

	rx := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		k := r.IntN(len(custIDs))
		doc := r.igbo()
		rx = append(rx, obj{
			{"id", plain(rec())},
			{"xata", meta(0)},
			{"onye_ahia", obj{{"id", plain(custIDs[k])}}},
			{"dokinta", cont("Dr. " + doc.full())},
			{"ogwu", clinical(obj{
				{"aha_ogwu", hlth(r.pick("Amlodipine 10mg", "Metformin 500mg", "Coartem 80/480", "Lisinopril 5mg", "Salbutamol inhaler", "Folic acid 5mg"))},
				{"ugboro", hlth(r.pick("otu ugboro kwa ụbọchị", "ugboro abụọ kwa ụbọchị", "ugboro atọ kwa ụbọchị"))},
			})},
			{"onu_ogugu", decoy(r.in(1, 90))},
			{"ego", plain(fmt.Sprintf("%d.00", r.in(800, 42000)))},
			{"koodu_ngwaahia", decoy(fmt.Sprintf("SKU-%s-%03d", r.from(upperNum, 3), r.in(1, 999)))},
			{"ebe_a_zutara", plain(r.pick("Ogui", "Fegge", "Ikenegbu", "Amawbia"))},
			{"ndetu", rxNote(r, custPeople[k])},
		})
	}

	staff := arr{}
	st := r.igbo()
	phModel, phOS := r.phoneModel()
	staff = append(staff, obj{
		{"id", plain(rec())},
		{"xata", meta(0)},
		{"aha", cont(st.full())},
		{"nomba_ekwenti", cont(r.ngLocal())},
		{"adreesi_ozi_e", cont(r.email(st))},
		{"okwuntughe", cred(r.shiro1())},
		{"oru", plain(r.pick("onye na-ere ọgwụ", "onye njikwa", "onye nnata ego"))},
		{"ekwenti", obj{{"udi", dev(phModel)}, {"usoro_oru", dev(phOS)}, {"imei", dev(r.imei())}}},
		{"nbanye_ikpeazu", plain(iso(after(t, -r.in(10, 9000))))},
	})

	terms := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		terms = append(terms, obj{
			{"id", plain(rec())},
			{"xata", meta(0)},
			{"aha_ngwa", dev(r.pick("Kaụnta 1", "Kaụnta 2", "Ụlọ nkwakọba"))},
			{"udi", dev(r.pick("Sunmi V2 Pro", "PAX A920", "Sunmi T2s", "Nexgo N86"))},
			{"nomba_serial", dev(r.serial("", 12))},
			{"adreesi_ip", netw(shop.host(r.in(20, 200)))},
			{"adreesi_mac", macAddr(r.mac(":", false))},
			{"udi_ngwanro", fwIP(r.ipShapedFw())},
			{"oge_ikpeazu_ahu", dev(iso(after(t, -r.in(1, 3000))))},
			{"batri", decoy(r.in(5, 100))},
		})
	}

	kv := func(name string, v leaf) obj {
		return obj{{"id", plain(rec())}, {"xata", meta(0)}, {"aha", plain(name).obf()}, {"uru", v.obf()}}
	}
	settings := arr{
		kv("flutterwave_secret_key", cred(r.flwSecret())),
		kv("flutterwave_public_key", decoy(r.flwPublic())),
		kv("africastalking_api_key", cred(r.atskKey())),
		kv("wifi_aha", netw(r.ssid("Chemist"))),
		kv("wifi_okwuntughe", cred(r.psk())),
		kv("router", netw("http://"+shop.gw())),
		kv("okwuntughe_ogologo_kacha_nta", decoy(r.pickInt(6, 8))),
		kv("ngwanro_version", decoy(r.semver())),
	}

	return language(obj{
		{"workspace", plain("chemist-" + r.from(lowerNum, 6))},
		{"region", plain("eu-west-1")},
		{"database", plain("ogwu_pos:main")},
		{"Authorization", cred("Bearer " + r.xataKey())},
		{"ajuju", obj{
			{"ndi_ahia", page(customers)},
			{"ndenye_ogwu", page(rx)},
			{"ndi_oru", page(staff)},
			{"ngwa_oru", page(terms)},
			{"nhazi", page(settings)},
		}},
	})
}

func custNote(r *rng, street string) leaf {
	switch r.IntN(3) {
	case 0:
		return prose(p("Ebe obibi: n'akụkụ "), p(street, contactC), p(", ụlọ nwere ọnụ ụzọ ámá ojii."))
	case 1:
		return prose(p("Ọ na-azụ ọgwụ kwa ọnwa."))
	}
	return prose(p("O nwere "), p("aleji na penicillin", healthC), p("."))
}

func rxNote(r *rng, c person) leaf {
	switch r.IntN(3) {
	case 0:
		return prose(p("Ọ na-aṅụ ọgwụ mgbali ọbara kwa ụbọchị", healthC), p("; kpọọ nwa ya na "), p(r.ngLocal(), contactC), p("."))
	case 1:
		return prose(p(c.first, contactC), p(" ga-abịa ọzọ na Mọnde."))
	}
	return prose(p("Ọ ga-abịa ọzọ na Mọnde."))
}
