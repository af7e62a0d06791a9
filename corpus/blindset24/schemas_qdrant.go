package blindset24

import "fmt"

// palliativeQdrant: a Kerala home-based palliative-care network feeds its
// patient files to a retrieval assistant; a developer's capture holds a
// Qdrant points/scroll request and answer (points with Malayalam payload
// keys: the patient, the bystander, the health block, equipment on loan,
// the home Wi-Fi and tablet, the nurse's note and the embedded text
// chunk; a staff user point; a settings point of [name, value] pairs)
// and the collection's info.
func palliativeQdrant(r *rng) any {
	t := r.when()
	srv := r.lan()
	coll := "രോഗികൾ_v" + fmt.Sprint(r.in(2, 4))
	points := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		points = append(points, mlPatientPoint(r))
	}

	staff := r.malayali()
	points = append(points, obj{
		{"id", plain(r.uuid())},
		{"payload", obj{
			{"തരം", plain("ഉപയോക്താവ്")},
			{"പേര്", cont(staff.full())},
			{"ഉപയോക്തൃനാമം", cont(r.userName(staff))},
			{"ഇമെയിൽ", cont(r.email(staff))},
			{"ഫോൺ", cont(r.klPhone())},
			{"പാസ്‌വേഡ്_ഹാഷ്", cred(r.argon2i())},
			{"സെഷൻ_ടോക്കൺ", cred(r.b64url(32))},
			{"പദവി", plain(r.pick("നഴ്സ്", "ഡോക്ടർ", "വോളണ്ടിയർ", "കോർഡിനേറ്റർ"))},
			{"അവസാന_ലോഗിൻ", plain(iso(after(t, -r.in(10, 9000))))},
			{"ഇമെയിൽ_സ്ഥിരീകരിച്ചു", decoy(r.chance(0.7))},
		}},
		{"vector", nullDecoy()},
	})

	set := arr{
		pair("smtp_പാസ്‌വേഡ്", cred(r.password())),
		pair("sms_കീ", cred(r.msg91Key())),
		pair("സെർവർ_ഐപി", netw(srv.host(r.in(10, 40)))),
		pair("ഓഫീസ്_വൈഫൈ", netw(r.ssid("Santhwanam"))),
		pair("ഓഫീസ്_വൈഫൈ_പാസ്‌വേഡ്", cred(r.psk())),
		pair("റൗട്ടർ", netw("http://"+srv.gw())),
		pair("പാസ്‌വേഡ്_കുറഞ്ഞ_നീളം", decoy(r.pickInt(8, 10, 12))),
		pair("ആപ്പ്_പതിപ്പ്", decoy(r.semver())),
	}
	points = append(points, obj{
		{"id", plain(r.uuid())},
		{"payload", obj{{"തരം", plain("ക്രമീകരണം")}, {"മൂല്യങ്ങൾ", set}}},
		{"vector", nullDecoy()},
	})

	n := r.in(200, 9000)
	return language(obj{
		{"request", obj{
			{"method", plain("POST")},
			{"url", netw(fmt.Sprintf("http://%s:6333/collections/%s/points/scroll", srv.host(r.in(10, 40)), coll))},
			{"headers", obj{{"api-key", cred(r.qdrantKey())}, {"content-type", plain("application/json")}}},
			{"body", obj{
				{"limit", plain(20)},
				{"with_payload", plain(true)},
				{"with_vector", plain(false)},
				{"filter", obj{{"must", arr{obj{{"key", plain("ജില്ല")}, {"match", obj{{"value", plain(r.pick("എറണാകുളം", "തൃശ്ശൂർ", "കോട്ടയം"))}}}}}}}},
			}},
		}},
		{"response", obj{
			{"result", obj{{"points", points}, {"next_page_offset", r.orNull(0.5, plain(r.uuid()))}}},
			{"status", plain("ok")},
			{"time", plain(float64(r.in(8, 90)) / 10000)},
		}},
		{"collection", obj{{"result", obj{
			{"status", plain("green")},
			{"optimizer_status", plain("ok")},
			{"points_count", decoy(n)},
			{"indexed_vectors_count", decoy(n - r.in(0, 50))},
			{"segments_count", plain(r.in(2, 8))},
			{"config", obj{{"params", obj{{"vectors", obj{{"size", decoy(768)}, {"distance", plain("Cosine")}}}}}}},
			{"payload_schema", obj{{"ജില്ല", obj{{"data_type", plain("keyword")}, {"points", decoy(n)}}}}},
		}}}},
	})
}

var mlDiag = []struct{ ml, icd string }{
	{"ശ്വാസകോശ അർബുദം", "C34.9"},
	{"സ്തനാർബുദം", "C50.9"},
	{"പക്ഷാഘാതം", "I63.9"},
	{"വൃക്ക തകരാർ (ഡയാലിസിസ്)", "N18.5"},
	{"പാർക്കിൻസൺസ് രോഗം", "G20"},
	{"മോട്ടോർ ന്യൂറോൺ രോഗം", "G12.2"},
}

func mlPatientPoint(r *rng) obj {
	tt := r.when()
	pt := r.malayali()
	by := r.malayali()
	by.last = pt.last
	nurse := r.malayali()
	house, loc, dist, pin := r.mlAddress()
	dob := r.birth(1936, 1975)
	sex := "സ്ത്രീ"
	if !pt.female {
		sex = "പുരുഷൻ"
	}
	d := mlDiag[r.IntN(len(mlDiag))]
	sys, dia := r.bp()
	drugs := [][2]string{{"മോർഫിൻ സിറപ്പ്", "5 mg"}, {"പാരസെറ്റമോൾ", "650 mg"}, {"ഒണ്ടാൻസെട്രോൺ", "4 mg"}, {"ലാക്ടുലോസ്", "15 ml"}, {"ഗാബാപെന്റിൻ", "300 mg"}}
	dd := drugs[r.IntN(len(drugs))]
	drug, dose := dd[0], dd[1]
	relWord := r.pick("മകൻ", "ഭർത്താവ്")
	if by.female {
		relWord = r.pick("മകൾ", "ഭാര്യ")
	}
	equips := [][2]string{{"ഓക്സിജൻ കോൺസൻട്രേറ്റർ", "Philips EverFlo"}, {"ഓക്സിജൻ കോൺസൻട്രേറ്റർ", "DeVilbiss 525KS"}, {"സക്ഷൻ മെഷീൻ", "Yuwell 7E-A"}, {"എയർ ബെഡ്", "Romsons Air Mattress"}}
	eq := equips[r.IntN(len(equips))]
	when := r.pick("രാവിലെ", "രാത്രി", "4 മണിക്കൂർ ഇടവിട്ട്", "രാവിലെയും രാത്രിയും")
	phone := r.klPhone()
	byPhone := r.klLocal()
	equipSerial := r.serial("", 10)

	health := clinical(obj{
		{"രോഗനിർണയം", hlth(d.ml)},
		{"ഐസിഡി_കോഡ്", hlth(d.icd)},
		{"മരുന്നുകൾ", arr{obj{{"മരുന്ന്", hlth(drug)}, {"അളവ്", hlth(dose)}, {"സമയം", hlth(when)}}}},
		{"രക്തസമ്മർദ്ദം", hlth(fmt.Sprintf("%d/%d", sys, dia))},
		{"പഞ്ചസാര", hlth(fmt.Sprintf("%d mg/dL", r.in(80, 290)))},
		{"ഭാരം", hlth(r.f1(34, 82))},
		{"ഉയരം", hlth(r.in(142, 180))},
		{"രക്തഗ്രൂപ്പ്", hlth(r.pick("A+", "B+", "O+", "AB+", "O-", "B-"))},
		{"അലർജി", r.orNull(0.4, hlth(r.pick("പെൻസിലിൻ", "സൾഫ മരുന്നുകൾ", "ഇല്ല")))},
		{"വേദനയുടെ_തോത്", hlth(r.in(0, 10))},
		{"കിടപ്പിലാണോ", hlth(r.chance(0.5))},
	})
	chunk := prose(p(pt.full(), contactC), p(fmt.Sprintf(", %d വയസ്സ്, ", age(dob, tt))), p(d.ml, healthC), p(". "), p(drug+" "+dose+" "+when, healthC), p(". ബന്ധു: "), p(by.full(), contactC), p("."))
	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p("രാത്രി വേദന കൂടുതൽ, "), p("മോർഫിൻ 10 mg നൽകി", healthC), p(". "+relWord+" "), p(by.first, contactC), p(" ("), p(byPhone, contactC), p(") വിവരം അറിയിച്ചു."))
	case 1:
		note = prose(p(eq[0]+" വീട്ടിലെത്തിച്ചു, സീരിയൽ "), p(equipSerial, devC), p("."))
	case 2:
		note = prose(p("വീട്ടിലേക്കുള്ള വഴി: "), p(house+", "+loc, contactC), p(", പള്ളിക്ക് സമീപം, നീല ഗേറ്റ്."))
	default:
		note = prose(p("അടുത്ത സന്ദർശനം വ്യാഴാഴ്ച."))
	}
	tabModel := r.pick("Samsung Galaxy Tab A9", "Lenovo Tab M10", "Redmi Pad SE")
	return obj{
		{"id", plain(r.uuid())},
		{"payload", obj{
			{"തരം", plain("രോഗി")},
			{"രജിസ്റ്റർ_നമ്പർ", decoy(fmt.Sprintf("PC/%d/%04d", 2024, r.in(1, 9999)))},
			{"പേര്", cont(pt.full())},
			{"വീട്ടുപേര്", cont(house)},
			{"സ്ഥലം", cont(loc)},
			{"ജില്ല", cont(dist)},
			{"പിൻകോഡ്", cont(pin)},
			{"ഫോൺ", cont(phone)},
			{"ജനനത്തീയതി", cont(day(dob))},
			{"പ്രായം", ageOf(age(dob, tt))},
			{"ലിംഗം", sexOf(sex)},
			{"ബന്ധു", obj{{"പേര്", cont(by.full())}, {"ബന്ധം", plain(relWord)}, {"ഫോൺ", cont(byPhone)}}},
			{"ആരോഗ്യം", health},
			{"ഉപകരണങ്ങൾ", arr{obj{
				{"ഇനം", dev(eq[0])},
				{"മോഡൽ", dev(eq[1])},
				{"സീരിയൽ_നമ്പർ", dev(equipSerial)},
				{"നൽകിയ_തീയതി", plain(day(after(tt, -r.in(1000, 90000))))},
			}}},
			{"വീട്ടിലെ_വൈഫൈ", obj{{"പേര്", netw(r.ssid(ascii(pt.latLast())))}, {"പാസ്‌വേഡ്", cred(r.psk())}}},
			{"ടാബ്‌ലെറ്റ്", obj{
				{"മോഡൽ", dev(tabModel)},
				{"ഐഎംഇഐ", dev(r.imei())},
				{"ആപ്പ്_പതിപ്പ്", dev(r.pick("3.2.1", "3.4.0", "3.4.2"))},
				{"അവസാനം_കണ്ടത്", dev(iso(after(tt, -r.in(1, 4000))))},
			}},
			{"നഴ്സ്", obj{{"പേര്", cont(nurse.full())}, {"ഫോൺ", cont(r.klLocal())}}},
			{"കുറിപ്പ്", note},
			{"ഉള്ളടക്കം", chunk},
			{"ഉറവിടം", plain(fmt.Sprintf("case_%04d.pdf", r.in(1, 9999)))},
			{"ഫയൽ_ഹാഷ്", decoy(r.hex(64))},
			{"ടോക്കൺ_എണ്ണം", decoy(r.in(120, 900))},
			{"പതിപ്പ്", decoy(r.semver())},
			{"സൃഷ്ടിച്ചത്", plain(iso(after(tt, -r.in(100, 9000))))},
		}},
		{"vector", nullDecoy()},
		{"score", nullDecoy()},
	}
}
