package blindset26

import "fmt"

// eldervisitPinecone: an Istanbul (Zeytinburnu) Uyghur community
// association runs a home-visit programme for elderly members and lets
// its volunteers search visit notes through a small retrieval assistant
// on Pinecone. A debugging capture holds the embedding call, a query in
// the visits namespace whose matches carry flat metadata with Uyghur keys
// in Arabic script (the member, birth date, age, sex, phone, address,
// family contact, illnesses, medicines, blood pressure, blood sugar,
// weight, the loaned monitor, the visitor, the note text) and a fetch of
// a volunteer and the office settings records.
func eldervisitPinecone(r *rng) any {
	t := r.when()
	host := fmt.Sprintf("https://ziyaret-%s.svc.aped-4627-b74a.pinecone.io", r.hex(7))
	key := r.pineconeKey()
	vol := r.uyghur()
	ns := "ziyaret-2024"
	office := r.lan()

	matches := arr{}
	for i := 0; i < r.in(2, 4); i++ {
		matches = append(matches, ugMatch(r, vol))
	}

	volMeta := obj{
		{"ئىسمى", cont(vol.full())},
		{"ئېلخەت", cont(r.email(vol))},
		{"تېلېفون", cont(r.trLocal())},
		{"پارول", cred(r.passlibPbkdf2())},
		{"رولى", plain("زىيارەتچى")},
		{"تىزىملاتقان_ۋاقتى", plain(day(after(t, -r.in(20000, 400000))))},
	}
	settings := obj{
		{"تور_نامى", netw(r.ssid("Dernek"))},
		{"تور_پارولى", cred(r.psk())},
		{"مۇلازىمېتىر_ip", netw(office.host(r.in(10, 40)))},
		{"روتېر", netw("http://" + office.gw())},
		{"sms_ئاچقۇچ", cred(r.alnum(40))},
		{"ئەپ_نەشرى", decoy(r.semver())},
		{"ئىشخانا_ئادرېسى", cont(r.trAddress().oneLine())},
	}
	volID := "ئەزا#" + fmt.Sprint(r.in(1, 90))
	return language(obj{
		{"embed", obj{
			{"request", obj{
				{"model", plain("multilingual-e5-large")},
				{"parameters", obj{{"input_type", plain("query")}, {"truncate", plain("END")}}},
				{"inputs", arr{obj{{"text", plain(r.pick("قان بېسىمى يۇقىرى ياشانغانلار", "دورىسىنى ئىچمىگەن ئەزالار", "يالغۇز ياشايدىغان ئەزالار"))}}}},
			}},
			{"response", obj{
				{"model", plain("multilingual-e5-large")},
				{"vector_type", plain("dense")},
				{"usage", obj{{"total_tokens", decoy(r.in(8, 40))}}},
			}},
		}},
		{"query", obj{
			{"url", plain(host + "/query")},
			{"headers", obj{{"Api-Key", cred(key)}, {"X-Pinecone-API-Version", plain("2024-10")}}},
			{"body", obj{
				{"namespace", plain(ns)},
				{"topK", plain(5)},
				{"includeMetadata", plain(true)},
				{"includeValues", plain(false)},
				{"filter", obj{{"زىيارەتچى", obj{{"$eq", cont(vol.full())}}}}},
			}},
			{"response", obj{
				{"results", arr{}},
				{"matches", matches},
				{"namespace", plain(ns)},
				{"usage", obj{{"readUnits", plain(r.in(5, 12))}}},
			}},
		}},
		{"fetch", obj{
			{"url", plain(host + "/vectors/fetch?ids=" + volID + "&ids=تەڭشەك%23ئىشخانا&namespace=sistema")},
			{"response", obj{
				{"vectors", obj{
					{volID, obj{{"id", plain(volID)}, {"values", arr{}}, {"metadata", volMeta}}},
					{"تەڭشەك#ئىشخانا", obj{{"id", plain("تەڭشەك#ئىشخانا")}, {"values", arr{}}, {"metadata", settings}}},
				}},
				{"namespace", plain("sistema")},
				{"usage", obj{{"readUnits", plain(1)}}},
			}},
		}},
	})
}

var ugIllness = []string{"قان بېسىمى يۇقىرى", "دىئابېت", "يۈرەك كېسىلى", "بوغۇم ياللۇغى", "زىققە", "كۆز ئاق پەردىسى"}
var ugDrugs = []string{"مېتفورمىن 500 mg", "ئاملودىپىن 5 mg", "ئاسپىرىن 100 mg", "ئىنسۇلىن", "لوزارتان 50 mg"}

func ugMatch(r *rng, vol person) obj {
	t := r.when()
	m := r.uyghur()
	kin := r.uyghur()
	dob := r.birth(1936, 1962)
	sys, dia := r.bp()
	ill := arr{}
	for _, s := range r.pickSome(r.in(1, 3), ugIllness...) {
		ill = append(ill, hlth(s))
	}
	drugs := arr{}
	for _, s := range r.pickSome(r.in(1, 2), ugDrugs...) {
		drugs = append(drugs, hlth(s))
	}
	sex := "ئەر"
	hon := "ئاكىنى"
	if m.female {
		sex, hon = "ئايال", "ئاچىنى"
	}
	var txt leaf
	switch r.IntN(3) {
	case 0:
		txt = prose(p("بۈگۈن "), p(m.first, contactC), p(" "+hon+" يوقلىدۇق. "), p(fmt.Sprintf("قان بېسىمى %d/%d، بېشى ئاغرىيدۇ", sys, dia), healthC), p(". ئوغلى "), p(kin.first, contactC), p(" غا تېلېفون قىلدۇق: "), p(r.trLocal(), contactC))
	case 1:
		txt = prose(p("دورىسى تۈگەپتۇ، "), p(r.pick(ugDrugs...), healthC), p(" ئېلىپ كېلىش كېرەك. ئۆيى: "), p(r.trAddress().oneLine(), contactC))
	default:
		txt = prose(p("كەيپىياتى ياخشى، چاي ئىچتۇق."))
	}
	meta := obj{
		{"ئىسمى", cont(m.full())},
		{"تۇغۇلغان_كۈنى", cont(day(dob))},
		{"يېشى", ageOf(age(dob, t))},
		{"جىنسى", sexOf(sex)},
		{"تېلېفون", cont(r.pick(r.trLocal(), r.trIntl()))},
		{"ئادرېس", cont(r.trAddress().oneLine())},
		{"ئائىلە_ئەزاسى", cont(kin.full())},
		{"ئائىلە_تېلېفونى", cont(r.trIntl())},
		{"كېسەللىكلىرى", clinical(ill)},
		{"دورىلىرى", clinical(drugs)},
		{"قان_بېسىمى", hlth(fmt.Sprintf("%d/%d", sys, dia)).clin()},
		{"قان_شېكىرى", hlth(r.f1(4.5, 14.8)).clin()},
		{"ئېغىرلىقى", hlth(r.in(45, 98)).clin()},
		{"ئۈسكۈنە", dev(r.pick("Omron M2 Basic", "Beurer BM 27", "Omron M3 Comfort"))},
		{"ئۈسكۈنە_نومۇرى", dev(r.serial("", 11))},
		{"زىيارەتچى", cont(vol.full())},
		{"زىيارەت_ۋاقتى", plain(iso(t))},
		{"تېكىست", txt},
		{"مەنبە", plain("ziyaret-kaydi")},
		{"بۆلەك", plain(r.in(0, 6))},
		{"توكېن_سانى", decoy(r.in(60, 480))},
	}
	return obj{
		{"id", plain(fmt.Sprintf("ziyaret#%d#%d", r.in(100, 999), r.in(0, 6)))},
		{"score", plain(r.f2(0.55, 0.93))},
		{"values", arr{}},
		{"metadata", meta},
	}
}
