package blindset18

import "fmt"

// siddhaPouch is a Madurai Siddha medicine clinic's tablet database dumped
// with pouchdb-dump (pouchdb-replication-stream: a header line, a batch of
// docs, the last seq), with Tamil keys in Tamil script: patient docs
// (name with the father's initial, age, sex, mobile, e-mail, address with
// door number, street, town and PIN; body measures, BP, pulse reading in
// the Siddha sense, sugar, blood group; conditions with ICD-10, medicines
// with dose and timing, allergy, the doctor's note; fee and a UPI
// reference), an appointment doc with the WhatsApp reminder text, and the
// clinic settings doc (Wi-Fi, the tablet, the CouchDB sync URL with its
// password, the doctor, an SMS API key).
func siddhaPouch(r *rng) any {
	t := r.when()
	doctor := r.tamil()
	rev := func(n int) leaf { return decoy(fmt.Sprintf("%d-%s", n, r.hex(32))) }
	var docs arr
	seq := r.in(200, 9000)
	for k := 0; k < r.in(1, 2); k++ {
		pt := r.tamil()
		door, street, town, pin := r.taAddress()
		s, d := r.bp()
		t = after(t, r.in(30, 6000))
		pid := fmt.Sprintf("patient_%d_%04d", 2024, r.in(1, 9999))
		cond := r.pickSome(r.in(1, 2), "நீரிழிவு நோய் (E11.9)", "மூட்டு வலி (M25.5)", "உயர் இரத்த அழுத்தம் (I10)", "ஆஸ்துமா (J45.9)", "தோல் அரிப்பு (L29.9)")
		conds := arr{}
		for _, c := range cond {
			conds = append(conds, hlth(c))
		}
		meds := arr{}
		for _, m := range r.pickSome(r.in(1, 2), "நிலவேம்பு குடிநீர்|30 மிலி|காலை, மாலை", "ஆவாரை குடிநீர்|60 மிலி|உணவுக்கு முன்", "திரிபலா சூரணம்|5 கிராம்|இரவு, வெந்நீருடன்", "தாளிசாதி வடகம்|2 மாத்திரை|மூன்று வேளை") {
			a, b, c := cut3(m)
			meds = append(meds, obj{{"பெயர்", hlth(a)}, {"அளவு", hlth(b)}, {"முறை", hlth(c)}})
		}
		body := obj{
			{"உயரம்_செமீ", hlth(r.in(145, 182))},
			{"எடை_கிகி", hlth(r.f1(42, 96))},
			{"இரத்த_அழுத்தம்", hlth(fmt.Sprintf("%d/%d", s, d))},
			{"நாடி", hlth(r.pick("வாதம்-பித்தம்", "பித்தம்-கபம்", "வாதம்", "கபம்-வாதம்"))},
			{"சர்க்கரை_mg_dl", hlth(r.in(78, 320))},
			{"இரத்த_வகை", hlth(r.pick("A+", "B+", "O+", "AB+", "O-", "B-"))},
		}
		med := obj{
			{"உடல்", body},
			{"நோய்கள்", conds},
			{"மருந்துகள்", meds},
			{"ஒவ்வாமை", hlth(r.pick("இல்லை", "பென்சிலின்", "கடலை", "தூசி"))},
			{"மருத்துவர்_குறிப்பு", clinNote(p(pt.first, contactC), p(r.pick(" – சர்க்கரை கட்டுப்பாட்டில் இல்லை, அரிசி உணவு குறைக்கவும்.", " – மூட்டு வீக்கம் குறைந்தது, தைலம் தொடரவும்.", " – இரவில் இருமல், குளிர்ந்த நீர் தவிர்க்கவும்.", " – இரத்த அழுத்தம் அதிகம், அலோபதி மருந்தை நிறுத்த வேண்டாம்."), healthC))},
		}
		docs = append(docs, obj{
			{"_id", plain(pid)},
			{"_rev", rev(r.in(1, 9))},
			{"வகை", plain("நோயாளி")},
			{"பெயர்", cont(pt.taFull())},
			{"வயது", ageOf(r.in(18, 85))},
			{"பாலினம்", sexOf(map[bool]string{true: "பெண்", false: "ஆண்"}[pt.female])},
			{"கைபேசி", cont(r.inPhone())},
			{"மின்னஞ்சல்", orNullLeaf(r, 0.3, cont(r.email(pt)))},
			{"முகவரி", obj{
				{"கதவு_எண்", cont(door)},
				{"தெரு", cont(street)},
				{"ஊர்", cont(town)},
				{"அஞ்சல்_குறியீடு", cont(pin)},
			}},
			{"மருத்துவம்", clinical(med)},
			{"ஆலோசனை_தேதி", plain(day(t))},
			{"கட்டணம்", plain(r.pick3(200, 300, 500))},
			{"UPI_குறிப்பு", decoy(r.digits(12))},
			{"உருவாக்கப்பட்டது", plain(isoMs(t))},
		})
		appt := after(t, r.in(1440*3, 1440*20))
		docs = append(docs, obj{
			{"_id", plain(fmt.Sprintf("appt_%s_%s", appt.Format("20060102"), pid))},
			{"_rev", rev(1)},
			{"வகை", plain("சந்திப்பு")},
			{"நோயாளி", plain(pid)},
			{"நேரம்", plain(isoMs(appt))},
			{"நினைவூட்டல்", prose(p("வணக்கம் "), p(pt.first, contactC), p(", உங்கள் அடுத்த சந்திப்பு "+appt.Format("02/01")+" காலை 10:30 மணிக்கு. "), p(r.pick("வெறும் வயிற்றில் சர்க்கரை பரிசோதனை செய்து வரவும். ", "மருந்து பாட்டிலை கொண்டு வரவும். ", "")), p("கேள்விகளுக்கு அழைக்கவும்: "), p(r.inPhone(), contactC))},
			{"அனுப்பப்பட்டது", plain(r.chance(0.7))},
		})
	}
	l := r.lan()
	docs = append(docs, obj{
		{"_id", plain("settings")},
		{"_rev", rev(r.in(2, 30))},
		{"வகை", plain("அமைப்பு")},
		{"வைஃபை", obj{{"பெயர்", netw(r.pick("Siddha", "Vaidhyasalai", "Clinic") + "_" + r.pick("5G", "Home", "Airtel", "JioFiber"))}, {"கடவுச்சொல்", cred(r.psk())}}},
		{"டேப்லெட்", obj{
			{"மாடல்", dev(r.pick("Samsung Galaxy Tab A8", "Lenovo Tab M10 Plus", "Redmi Pad SE"))},
			{"வரிசை_எண்", dev(r.serial("R9", 9))},
			{"ஆண்ட்ராய்டு", dev(r.pick("Android 13", "Android 14"))},
			{"கடைசி_ஒத்திசைவு", dev(isoMs(after(t, r.in(1, 600))))},
		}},
		{"ஒத்திசைவு_சேவையகம்", cats2("https://admin:"+r.password()+"@"+l.host(r.in(2, 50))+":6984/siddha_clinic", credC, netC)},
		{"மருத்துவர்", obj{{"பெயர்", cont("மரு. " + doctor.taFull())}, {"பதிவு_எண்", decoy(fmt.Sprintf("TNSMC %d", r.in(1000, 9999)))}, {"கைபேசி", cont(r.inPhone())}}},
		{"sms_api_key", cred(r.alnum(32))},
		{"பதிப்பு", decoy(r.semver())},
	})
	seq += len(docs)
	lines := arr{
		obj{
			{"version", decoy("1.2.6")},
			{"db_type", plain("idb")},
			{"start_time", plain(isoMs(after(t, 5)))},
			{"db_info", obj{{"doc_count", plain(r.in(100, 4000))}, {"update_seq", plain(seq)}, {"db_name", plain("siddha_clinic")}, {"idb_attachment_format", plain("binary")}}},
		},
		obj{{"docs", docs}},
		obj{{"seq", plain(seq)}},
	}
	return language(lines)
}

// cats2 labels v with the given categories (a URL with a password and an
// internal host).
func cats2(v any, cs ...string) leaf { return tag(v, cs...) }
