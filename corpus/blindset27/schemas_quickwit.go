package blindset27

import "fmt"

var mrIll = []string{"मधुमेह", "उच्च रक्तदाब", "गुडघेदुखी", "दमा", "हृदयविकार", "पार्किन्सन", "मोतीबिंदू", "विस्मरण (डिमेन्शिया)"}
var mrMeds = []string{"मेटफॉर्मिन 500 मि.ग्रॅ.", "ॲम्लोडिपिन 5 मि.ग्रॅ.", "टेल्मिसार्टन 40 मि.ग्रॅ.", "इकोस्प्रिन 75", "इन्सुलिन", "लेवोडोपा"}

// elderlineQuickwit: a Pune-based elder helpline indexes its call logs in
// Quickwit with Marathi field names; a developer's search for an elder's
// surname was saved with its answer: num_hits, hits (call id, time,
// caller with name, relation and mobile, the elder with name, age, sex,
// birth date, address with house, lane, village, taluka, district and PIN,
// a health block with illnesses, medicines, blood pressure, sugar, weight,
// allergy and walking aid, problem type, the counsellor's note, the
// counsellor, the desk phone with model, serial, IP, MAC, SIP extension
// and password, a recording hash), a system log hit with the SIP trunk,
// snippets that repeat the name, elapsed time and errors.
func elderlineQuickwit(r *rng) any {
	t := r.when()
	net := r.lan()
	surname, surLat := split(mrLast[r.IntN(len(mrLast))])
	_ = surLat
	counsellor := r.marathi()
	pbx := net.host(r.in(2, 9))

	hits := arr{}
	snippets := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		el := r.marathi()
		el.last = surname
		caller := r.marathi()
		caller.last = surname
		dob := r.birth(1931, 1962)
		house, lane, village, taluka, district, pin := r.mhAddress()
		sex, honor := "पुरुष", "आजोबा"
		if el.female {
			sex, honor = "स्त्री", "आजी"
		}
		sys, dia := r.bp()
		ill := arr{}
		for _, x := range r.pickSome(r.in(1, 3), mrIll...) {
			ill = append(ill, hlth(x))
		}
		meds := arr{}
		for _, x := range r.pickSome(r.in(1, 2), mrMeds...) {
			meds = append(meds, hlth(x))
		}
		health := clinical(obj{
			{"आजार", ill},
			{"औषधे", meds},
			{"रक्तदाब", hlth(fmt.Sprintf("%d/%d", sys, dia))},
			{"साखर", hlth(r.in(80, 320))},
			{"वजन", hlth(r.in(38, 92))},
			{"ऍलर्जी", hlth(r.pick("नाही", "सल्फा औषधे", "पेनिसिलिन", "धूळ"))},
			{"चालण्यास_मदत", hlth(r.pick("नाही", "काठी", "वॉकर", "व्हीलचेअर"))},
		})
		kind := r.pick("आरोग्य", "एकटेपणा", "पेन्शन", "औषधे")
		var note leaf
		switch r.IntN(4) {
		case 0:
			note = prose(p(honor+" एकटे राहतात, मुलगा पुण्यात असतो. "), p(r.pick("रक्तदाबाच्या गोळ्या संपल्या आहेत.", "रात्री झोप येत नाही.", "गुडघे खूप दुखतात, चालता येत नाही."), healthC))
		case 1:
			note = prose(p(honor+"ंना चक्कर येते, "), p(fmt.Sprintf("साखर %d.", r.in(220, 380)), healthC), p(" मुलाचा नंबर "), p(r.inLocal(), contactC), p(", त्याला कळवले."))
		case 2:
			note = prose(p("पेन्शनबद्दल माहिती दिली, तहसील कार्यालयात जाण्यास सांगितले."))
		default:
			note = prose(p(caller.first, contactC), p(" यांनी सांगितले की "+honor+" "), p(r.pick("पडले आणि हात मोडला आहे.", "औषध घेणे विसरतात.", "जेवत नाहीत, वजन कमी झाले."), healthC))
		}
		hits = append(hits, obj{
			{"कॉल_आयडी", plain(fmt.Sprintf("EL-%d-%06d", t.Year(), r.in(1, 999999)))},
			{"वेळ", plain(isoOff(after(t, -r.in(10, 90000)), "+05:30"))},
			{"कॉल_करणारा", obj{{"नाव", cont(caller.full())}, {"नाते", plain(r.pick("मुलगा", "मुलगी", "सून", "शेजारी", "स्वतः"))}, {"मोबाईल", cont(r.pick(r.inIntl(), r.inLocal()))}, {"मोबाईल_पडताळणी", decoy(r.chance(0.5))}}},
			{"ज्येष्ठ_नागरिक", obj{
				{"नाव", cont(el.full())},
				{"वय", ageOf(age(dob, t))},
				{"लिंग", sexOf(sex)},
				{"जन्मतारीख", r.orNull(0.3, cont(dob.Format("02/01/2006")))},
				{"पत्ता", obj{{"घर", cont(house)}, {"गल्ली", cont(lane)}, {"गाव", cont(village)}, {"तालुका", cont(taluka)}, {"जिल्हा", cont(district)}, {"पिनकोड", cont(pin)}}},
				{"आरोग्य", health},
			}},
			{"समस्या_प्रकार", plain(kind)},
			{"टिपण", note},
			{"समुपदेशक", cont(counsellor.full())},
			{"उपकरण", obj{
				{"मॉडेल", dev(r.pick("Yealink SIP-T31P", "Grandstream GXP1625", "Fanvil X3U"))},
				{"अनुक्रमांक", dev(r.serial("", 14))},
				{"IP", netw(net.host(r.in(20, 200)))},
				{"MAC", macAddr(r.macOUI("80:5e:c0", false))},
				{"SIP_एक्सटेंशन", plain(fmt.Sprint(r.in(201, 240)))},
				{"SIP_पासवर्ड", cred(r.alnum(12))},
			}},
			{"कॉल_कालावधी_सेकंद", plain(r.in(30, 2400))},
			{"पुन्हा_कॉल", plain(r.chance(0.4))},
			{"रेकॉर्डिंग_हॅश", decoy(r.hex(40))},
		})
		snippets = append(snippets, obj{{"ज्येष्ठ_नागरिक.नाव", arr{cont(el.first + " " + el.middle + " <b>" + surname + "</b>")}}})
	}
	sysHit := obj{
		{"कॉल_आयडी", plain(fmt.Sprintf("SYS-%06d", r.in(1, 999999)))},
		{"वेळ", plain(isoOff(after(t, -r.in(10, 9000)), "+05:30"))},
		{"प्रकार", plain("प्रणाली")},
		{"यजमान", netw("pbx.elderline.internal")},
		{"IP", netw(pbx)},
		{"संदेश", prose(p("SIP trunk पुन्हा नोंदणीकृत: user=elderline_pune secret="), p(r.alnum(14), credC), p(" proxy="), p(net.gw(), netC))},
	}
	snippets = append(snippets, obj{})
	hits = append(hits, sysHit)

	return language(obj{
		{"request", obj{
			{"method", plain("GET")},
			{"url", tag(fmt.Sprintf("http://quickwit.elderline.internal:7280/api/v1/helpline-calls/search?query=%s&max_hits=20&snippet_fields=ज्येष्ठ_नागरिक.नाव", surname), contactC, netC)},
			{"authorization", cred("Basic " + r.b64(24))},
		}},
		{"response", obj{
			{"num_hits", plain(len(hits))},
			{"hits", hits},
			{"snippets", snippets},
			{"elapsed_time_micros", plain(r.in(800, 90000))},
			{"errors", arr{}},
		}},
		{"quickwit_version", decoy(r.pick("0.8.2", "0.9.0-rc", "0.8.1"))},
	})
}
