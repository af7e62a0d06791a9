package blindset25

import "fmt"

// dialysisAstra: a Mysuru charitable trust that supports patients on home
// haemodialysis keeps its case files in DataStax Astra DB; a volunteer
// developer's capture holds three Data API calls with their answers: a
// find on the patients collection (documents with Kannada keys: patient,
// address, carer, the clinical block with dialysis sessions, the machine
// with its last contact, the home Wi-Fi, a note and the $vectorize text),
// a findOne on staff (a Werkzeug password hash) and a find on settings
// ([name, value] pairs).
func dialysisAstra(r *rng) any {
	t := r.when()
	db := r.uuid()
	ep := fmt.Sprintf("https://%s-%s.apps.astra.datastax.com", db, r.pick("us-east1", "ap-south-1", "eu-west-1"))
	ks := "dialysis_trust"
	tok := r.astraToken()
	srv := r.lan()

	req := func(coll string, body obj) obj {
		return obj{
			{"method", plain("POST")},
			{"path", plain(fmt.Sprintf("/api/json/v1/%s/%s", ks, coll))},
			{"headers", obj{{"Token", cred(tok)}, {"Content-Type", plain("application/json")}}},
			{"body", body},
		}
	}
	dist := r.pick("ಮೈಸೂರು", "ಮಂಡ್ಯ", "ಹಾಸನ")
	pts := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		pts = append(pts, kaPatient(r))
	}

	staff := r.kannada()
	staffDoc := obj{
		{"_id", plain(r.uuid())},
		{"ಹೆಸರು", cont(staff.full())},
		{"ಪಾತ್ರ", plain(r.pick("ನರ್ಸ್", "ತಂತ್ರಜ್ಞ", "ಸಂಯೋಜಕ", "ಸ್ವಯಂಸೇವಕ"))},
		{"ಬಳಕೆದಾರ_ಹೆಸರು", cont(r.userName(staff))},
		{"ಇಮೇಲ್", cont(r.email(staff))},
		{"ಮೊಬೈಲ್", cont(r.kaPhone())},
		{"ಗುಪ್ತಪದ_ಹ್ಯಾಶ್", cred(r.werkzeugPbkdf2())},
		{"ಕೊನೆಯ_ಲಾಗಿನ್", obj{{"$date", plain(unixMs(after(t, -r.in(10, 9000))))}}},
		{"ಇಮೇಲ್_ದೃಢೀಕರಿಸಲಾಗಿದೆ", decoy(r.chance(0.7))},
		{"ಗುಪ್ತಪದ_ಕನಿಷ್ಠ_ಉದ್ದ", decoy(r.pickInt(8, 10))},
	}

	settings := obj{
		{"_id", plain("ಸಂರಚನೆ")},
		{"ವಿಧ", plain("ಸಂರಚನೆ")},
		{"ಮೌಲ್ಯಗಳು", obfuscated(arr{
			pair("smtp_ಗುಪ್ತಪದ", cred(r.password())),
			pair("sms_api_ಕೀ", cred(r.alnum(60))),
			pair("ಕಚೇರಿ_ವೈಫೈ", netw(r.ssid("Jeevadhara"))),
			pair("ಕಚೇರಿ_ವೈಫೈ_ಗುಪ್ತಪದ", cred(r.psk())),
			pair("ಸರ್ವರ್_ಐಪಿ", netw(srv.host(r.in(10, 40)))),
			pair("ರೂಟರ್", netw("http://"+srv.gw())),
			pair("ಅಪ್ಲಿಕೇಶನ್_ಆವೃತ್ತಿ", decoy(r.semver())),
			pair("ಟೋಕನ್_ಅವಧಿ_ಗಂಟೆ", decoy(r.pickInt(12, 24, 72))),
		}).(arr)},
	}

	next := r.orNull(0.5, decoy(r.b64url(30)))
	return language(obj{
		{"endpoint", plain(ep)},
		{"keyspace", plain(ks)},
		{"client", plain("astrapy/" + r.pick("1.4.2", "1.5.0"))},
		{"calls", arr{
			obj{
				{"request", req("rogigalu", obj{{"find", obj{
					{"filter", obj{{"ವಿಳಾಸ.ಜಿಲ್ಲೆ", plain(dist)}}},
					{"options", obj{{"limit", plain(20)}, {"includeSimilarity", plain(false)}}},
				}}})},
				{"response", obj{{"data", obj{{"documents", pts}, {"nextPageState", next}}}}},
			},
			obj{
				{"request", req("sibbandi", obj{{"findOne", obj{{"filter", obj{{"ಪಾತ್ರ", plain("ನರ್ಸ್")}}}}}})},
				{"response", obj{{"data", obj{{"document", staffDoc}}}}},
			},
			obj{
				{"request", req("samrachane", obj{{"find", obj{{"filter", obj{}}}}})},
				{"response", obj{{"data", obj{{"documents", arr{settings}}, {"nextPageState", null()}}}}},
			},
		}},
	})
}

var kaDiag = []struct{ kn, icd string }{
	{"ದೀರ್ಘಕಾಲದ ಮೂತ್ರಪಿಂಡ ಕಾಯಿಲೆ ಹಂತ 5", "N18.5"},
	{"ಮಧುಮೇಹ ಮೂತ್ರಪಿಂಡ ಕಾಯಿಲೆ", "E11.22"},
	{"ಅಧಿಕ ರಕ್ತದೊತ್ತಡದ ಮೂತ್ರಪಿಂಡ ಕಾಯಿಲೆ", "I12.0"},
	{"ಪಾಲಿಸಿಸ್ಟಿಕ್ ಮೂತ್ರಪಿಂಡ", "Q61.3"},
}

func kaPatient(r *rng) obj {
	tt := r.when()
	pt := r.kannada()
	rel := r.male(r.kannada)
	carer := r.kannada()
	carer.last = pt.last
	carerRel := r.pick("ಮಗ", "ಪತಿ", "ಸಹೋದರ")
	if carer.female {
		carerRel = r.pick("ಮಗಳು", "ಪತ್ನಿ", "ಸಹೋದರಿ")
	}
	house, road, layout, town, district, pin := r.kaAddress()
	dob := r.birth(1950, 1995)
	sex := "ಪುರುಷ"
	if pt.female {
		sex = "ಸ್ತ್ರೀ"
	}
	d := kaDiag[r.IntN(len(kaDiag))]
	dry := r.f1(42, 88)
	drugs := [][2]string{{"ಎರಿಥ್ರೋಪೊಯಿಟಿನ್", "4000 IU ವಾರಕ್ಕೆ 2"}, {"ಸೆವೆಲಾಮರ್", "800 mg ದಿನಕ್ಕೆ 3"}, {"ಆಮ್ಲೋಡಿಪಿನ್", "5 mg"}, {"ಕ್ಯಾಲ್ಸಿಟ್ರಿಯೋಲ್", "0.25 mcg"}, {"ಐರನ್ ಸುಕ್ರೋಸ್", "100 mg"}}
	meds := arr{}
	for _, k := range r.Perm(len(drugs))[:r.in(1, 3)] {
		meds = append(meds, obj{{"ಹೆಸರು", hlth(drugs[k][0])}, {"ಪ್ರಮಾಣ", hlth(drugs[k][1])}})
	}
	sessions := arr{}
	for j := 0; j < r.in(1, 3); j++ {
		pre := round1(dry + r.f1(0.8, 3.2))
		s, di := r.bp()
		sessions = append(sessions, obj{
			{"ದಿನಾಂಕ", obj{{"$date", plain(unixMs(after(tt, -2880*j)))}}},
			{"ಪೂರ್ವ_ತೂಕ", hlth(pre)},
			{"ನಂತರ_ತೂಕ", hlth(round1(pre - r.f1(0.5, 3)))},
			{"ಯುಎಫ್_ಮಿಲಿ", hlth(r.in(500, 3200))},
			{"ರಕ್ತದೊತ್ತಡ", hlth(fmt.Sprintf("%d/%d", s, di))},
			{"ಅವಧಿ_ನಿಮಿಷ", hlth(r.pickInt(180, 210, 240))},
		})
	}
	sys, dia := r.bp()
	health := clinical(obj{
		{"ರೋಗನಿರ್ಣಯ", hlth(d.kn)},
		{"ಐಸಿಡಿ_ಕೋಡ್", hlth(d.icd)},
		{"ಡಯಾಲಿಸಿಸ್_ಆರಂಭ", hlth(day(after(tt, -r.in(100000, 900000))))},
		{"ವಾರಕ್ಕೆ_ಸೆಷನ್", hlth(r.in(2, 5))},
		{"ಒಣ_ತೂಕ", hlth(dry)},
		{"ರಕ್ತದೊತ್ತಡ", hlth(fmt.Sprintf("%d/%d", sys, dia))},
		{"ಕ್ರಿಯಾಟಿನಿನ್", hlth(r.f1(4, 12))},
		{"ಹಿಮೋಗ್ಲೋಬಿನ್", hlth(r.f1(7, 12.5))},
		{"ರಕ್ತದ_ಗುಂಪು", hlth(r.pick("A+", "B+", "O+", "AB+", "O-", "B-"))},
		{"ಹೆಪಟೈಟಿಸ್_ಬಿ", hlth(r.pick("ಋಣಾತ್ಮಕ", "ಋಣಾತ್ಮಕ", "ಲಸಿಕೆ ಪೂರ್ಣ"))},
		{"ಅಲರ್ಜಿ", r.orNull(0.5, hlth(r.pick("ಹೆಪಾರಿನ್", "ಸಲ್ಫಾ", "ಪೆನ್ಸಿಲಿನ್")))},
		{"ಔಷಧಿಗಳು", meds},
		{"ಸೆಷನ್‌ಗಳು", sessions},
	})
	machineModel := r.pick("Fresenius 4008S", "Nipro Surdial X", "NxStage System One", "B. Braun Dialog+")
	machineSerial := r.serial("", 9)
	home := r.lan()
	machineIP := home.host(r.in(20, 200))
	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p("ರಾತ್ರಿ ಸೆಷನ್ ವೇಳೆ "), p("ರಕ್ತದೊತ್ತಡ 84/50 ಕ್ಕೆ ಇಳಿಯಿತು, ಸಲೈನ್ ನೀಡಲಾಯಿತು", healthC), p(". ಸಂಬಂಧಿ "), p(rel.first, contactC), p(" ("), p(r.kaLocal(), contactC), p(") ಗೆ ತಿಳಿಸಲಾಗಿದೆ."))
	case 1:
		note = prose(p("ಯಂತ್ರ "), p(machineSerial, devC), p(" ನೆಟ್‌ವರ್ಕ್ ಸಂಪರ್ಕ ಕಳೆದುಕೊಂಡಿದೆ, ಐಪಿ "), p(machineIP, netC), p(" ಪರಿಶೀಲಿಸಿ."))
	case 2:
		note = prose(p("ಮನೆಗೆ ದಾರಿ: "), p(house+", "+road+", "+layout, contactC), p(", ದೇವಸ್ಥಾನದ ಎದುರು."))
	default:
		note = prose(p("ಮುಂದಿನ ಭೇಟಿ ಸೋಮವಾರ."))
	}
	vec := prose(p(pt.full(), contactC), p(fmt.Sprintf(", %d ವರ್ಷ, ", age(dob, tt))), p(d.kn, healthC), p(", "), p(machineModel, devC), p(" ಮನೆಯಲ್ಲಿ."))
	return obj{
		{"_id", obj{{"$uuid", plain(r.uuid())}}},
		{"ನೋಂದಣಿ_ಸಂಖ್ಯೆ", decoy(fmt.Sprintf("JDT/%d/%04d", 2024, r.in(1, 9999)))},
		{"ಹೆಸರು", cont(pt.full())},
		{"ತಂದೆ_ಅಥವಾ_ಪತಿ", cont(rel.full())},
		{"ಜನ್ಮ_ದಿನಾಂಕ", obj{{"$date", cont(unixMs(dob))}}},
		{"ವಯಸ್ಸು", ageOf(age(dob, tt))},
		{"ಲಿಂಗ", sexOf(sex)},
		{"ಮೊಬೈಲ್", cont(r.kaPhone())},
		{"ಇಮೇಲ್", r.orNull(0.5, cont(r.email(pt)))},
		{"ವಿಳಾಸ", obj{
			{"ಮನೆ_ಸಂಖ್ಯೆ", cont(house)},
			{"ರಸ್ತೆ", cont(road)},
			{"ಬಡಾವಣೆ", cont(layout)},
			{"ನಗರ", cont(town)},
			{"ಜಿಲ್ಲೆ", cont(district)},
			{"ಪಿನ್_ಕೋಡ್", cont(pin)},
		}},
		{"ಆರೋಗ್ಯ", health},
		{"ಯಂತ್ರ", obj{
			{"ಮಾದರಿ", dev(machineModel)},
			{"ಕ್ರಮ_ಸಂಖ್ಯೆ", dev(machineSerial)},
			{"ಫರ್ಮ್‌ವೇರ್", fwIP(r.ipShapedFw())},
			{"ಕೊನೆಯ_ಸಂಪರ್ಕ", obj{{"$date", dev(unixMs(after(tt, -r.in(1, 3000))))}}},
			{"ಐಪಿ", netw(machineIP)},
			{"ಮ್ಯಾಕ್", macAddr(r.mac(":", true))},
			{"ಯಂತ್ರದ_ತಾಪಮಾನ", decoy(r.f1(34, 41))},
		}},
		{"ಮನೆಯ_ವೈಫೈ", obj{{"ಹೆಸರು", netw(r.ssid(ascii(pt.latLast())))}, {"ಗುಪ್ತಪದ", cred(r.psk())}}},
		{"ಆರೈಕೆದಾರ", obj{{"ಹೆಸರು", cont(carer.full())}, {"ಸಂಬಂಧ", plain(carerRel)}, {"ಮೊಬೈಲ್", cont(r.kaLocal())}}},
		{"ಟಿಪ್ಪಣಿ", note},
		{"$vectorize", vec},
		{"ಫೈಲ್_ಹ್ಯಾಶ್", decoy(r.hex(64))},
		{"ಟೋಕನ್_ಎಣಿಕೆ", decoy(r.in(120, 900))},
		{"ಆರ್‌ಒ_ನೀರಿನ_ಒತ್ತಡ", decoy(fmt.Sprintf("%.1f bar", r.f1(1.5, 4)))},
		{"ಆವೃತ್ತಿ", decoy(r.semver())},
		{"ನವೀಕರಿಸಲಾಗಿದೆ", obj{{"$date", plain(unixMs(after(tt, -r.in(10, 9000))))}}},
	}
}
