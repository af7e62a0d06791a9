package blindset22

import (
	"fmt"
)

// eyecampAppSheet is an Odisha charitable eye hospital's cataract-camp app
// built on AppSheet over a Google Sheet with Odia column headers, read
// with the AppSheet API "Find" action table by table (every value a
// string, _RowNumber and Row ID added by AppSheet).
func eyecampAppSheet(r *rng) any {
	t0 := r.when()
	appID := r.uuid()
	camp := r.pick("ପିପିଲି ଶିବିର", "ଆସ୍କା ଶିବିର", "ବାଙ୍କୀ ଶିବିର", "ଜଟଣୀ ଶିବିର")
	rowID := func() leaf { return decoy(r.hex(8)) }
	var pats arr
	vol := r.odia()
	for i := 0; i < r.in(2, 3); i++ {
		pr := r.odia()
		rel := r.odia()
		rel.last = pr.last
		house, village, block, district, pin := r.orAddress()
		age := r.in(45, 88)
		sys, dia := r.bp()
		eye := r.pick("RE", "LE")
		acuity := r.pick("6/60", "3/60", "CF 2m", "HM", "6/36", "6/24")
		dx := r.pick("Mature senile cataract", "Immature senile cataract", "Posterior subcapsular cataract", "Pseudophakia", "Primary open-angle glaucoma")
		icd := map[string]string{"Mature senile cataract": "H25.2", "Immature senile cataract": "H25.0", "Posterior subcapsular cataract": "H25.04", "Pseudophakia": "Z96.1", "Primary open-angle glaucoma": "H40.11"}[dx]
		id := r.hex(8)
		pats = append(pats, obj{
			{"_RowNumber", plain(fmt.Sprint(i + 2))},
			{"Row ID", decoy(id)},
			{"ପଞ୍ଜିକରଣ ସଂଖ୍ୟା", decoy(fmt.Sprintf("OD/%d/%05d", t0.Year(), r.in(1, 99999)))},
			{"ଶିବିର", plain(camp)},
			{"ତାରିଖ", plain(t0.Format("1/2/2006"))},
			{"ରୋଗୀଙ୍କ ନାମ", cont(pr.full())},
			{"ବୟସ", ageOf(fmt.Sprint(age))},
			{"ଲିଙ୍ଗ", sexOf(map[bool]string{true: "ମହିଳା", false: "ପୁରୁଷ"}[pr.female])},
			{"ପିତା/ସ୍ୱାମୀଙ୍କ ନାମ", cont(rel.full())},
			{"ମୋବାଇଲ", cont(r.orPhone())},
			{"ଘର", cont(house)},
			{"ଗ୍ରାମ", cont(village)},
			{"ବ୍ଲକ", cont(block)},
			{"ଜିଲ୍ଲା", cont(district)},
			{"ପିନ୍ କୋଡ୍", cont(pin)},
			{"ଫଟୋ", cont(fmt.Sprintf("Patients_Images/%s.ଫଟୋ.%s.jpg", id, t0.Format("150405")))},
			{"ପରୀକ୍ଷା", clinical(obj{
				{"ଦୃଷ୍ଟି ଡାହାଣ", hlth(acuity)},
				{"ଦୃଷ୍ଟି ବାମ", hlth(r.pick("6/9", "6/12", "6/18", "6/60"))},
				{"ନିଦାନ", hlth(fmt.Sprintf("%s %s", dx, eye))},
				{"ICD-10", hlth(icd)},
				{"ରକ୍ତଚାପ", hlth(fmt.Sprintf("%d/%d", sys, dia))},
				{"ଶର୍କରା (mg/dL)", hlth(fmt.Sprint(r.in(80, 320)))},
				{"IOL ଶକ୍ତି", hlth(fmt.Sprintf("+%.1fD", float64(r.in(36, 50))/2))},
				{"ଅସ୍ତ୍ରୋପଚାର", hlth(r.pick("SICS "+eye, "Phaco "+eye, "ନାହିଁ"))},
				{"ଡାକ୍ତରଙ୍କ ଟିପ୍ପଣୀ", clinNote(p(r.pick("Diabetic, control sugar before surgery. ", "BP high, recheck after 1 hr. ", "Fit for surgery. ", "ମଧୁମେହ ଅଛି, ଅସ୍ତ୍ରୋପଚାର ପୂର୍ବରୁ ଶର୍କରା ନିୟନ୍ତ୍ରଣ। ")), p("Dr "), p(r.odia().latLast(), contactC))},
			})},
			{"ସ୍ୱେଚ୍ଛାସେବୀଙ୍କ ମନ୍ତବ୍ୟ", prose(p(r.pick("ପୁଅ ", "ଝିଅ ", "ନାତି ")), p(rel.first, contactC), p(r.pick(" ସହିତ ଆସିବେ। ବସ୍ ଭଡ଼ା ଦିଆଯିବ।", " ଫୋନ୍ କରିବେ: ")), p(r.orLocal(), contactC))},
			{"ଯାତାୟାତ ଭଡ଼ା (₹)", plain(fmt.Sprint(r.in(0, 300)))},
			{"ଉଚ୍ଚତା px", decoy(fmt.Sprint(r.pickInt(480, 640, 960)))},
		})
	}
	var devs arr
	items := []struct{ kind, model, pre string }{
		{"ଅଟୋରିଫ୍ରାକ୍ଟୋମିଟର", "Topcon KR-800", "KR"},
		{"ସ୍ଲିଟ୍ ଲ୍ୟାମ୍ପ", "Haag-Streit BQ 900", "BQ"},
		{"ଟାବଲେଟ୍", "Samsung Galaxy Tab A9+", "R9T"},
		{"A-ସ୍କାନ୍", "Appasamy AA-5000", "AS"},
		{"ରାଉଟର", "JioFi JMR1140", "JF"},
	}
	lanNet := r.lan()
	for _, k := range r.Perm(len(items))[:r.in(2, 4)] {
		it := items[k]
		d := obj{
			{"_RowNumber", plain(fmt.Sprint(len(devs) + 2))},
			{"Row ID", rowID()},
			{"ଯନ୍ତ୍ର", dev(it.kind)},
			{"ମଡେଲ୍", dev(it.model)},
			{"କ୍ରମିକ ସଂଖ୍ୟା", dev(r.serial(it.pre, 9))},
			{"ଶେଷ ସିଙ୍କ୍", dev(t0.Format("1/2/2006 15:04:05"))},
		}
		if it.pre == "R9T" || it.pre == "JF" {
			d = append(d, field{"IMEI", dev(r.imei())}, field{"IP", netw(lanNet.host(r.in(2, 50)))})
		} else {
			d = append(d, field{"IMEI", plain("")}, field{"IP", plain("")})
		}
		devs = append(devs, d)
	}
	settings := arr{
		kvRow("ସେଟିଂ", "ମୂଲ୍ୟ", "WiFi SSID", netw(r.ssid(r.pick("EyeCamp", "JioFi", "Camp")))),
		kvRow("ସେଟିଂ", "ମୂଲ୍ୟ", "WiFi ପାସୱାର୍ଡ", cred(r.psk())),
		kvRow("ସେଟିଂ", "ମୂଲ୍ୟ", "ରାଉଟର ଆଡମିନ୍", netw("http://"+lanNet.gw()+"/")),
		kvRow("ସେଟିଂ", "ମୂଲ୍ୟ", "SMS API key", cred("smsod_"+r.alnum(28))),
		kvRow("ସେଟିଂ", "ମୂଲ୍ୟ", "ସଂଯୋଜକ", cont(vol.full()+" "+r.orPhone())),
		kvRow("ସେଟିଂ", "ମୂଲ୍ୟ", "ଆପ୍ ସଂସ୍କରଣ", decoy(fmt.Sprintf("1.000%03d", r.in(100, 999)))),
	}
	find := func(table string) obj {
		return obj{{"Action", plain("Find")}, {"Properties", obj{{"Locale", plain("en-IN")}, {"Timezone", plain("India Standard Time")}}}, {"Rows", arr{}}, {"table", plain(table)}}
	}
	return language(obj{
		{"endpoint", plain("https://api.appsheet.com/api/v2/apps/" + appID + "/tables/{table}/Action")},
		{"ApplicationAccessKey", cred("V2-" + r.alnum(5) + "-" + r.alnum(5) + "-" + r.alnum(5) + "-" + r.alnum(5) + "-" + r.alnum(5) + "-" + r.alnum(5) + "-" + r.alnum(5) + "-" + r.alnum(5))},
		{"requests", arr{find("ରୋଗୀ"), find("ଯନ୍ତ୍ରପାତି"), find("ସେଟିଂସ୍")}},
		{"ରୋଗୀ", pats},
		{"ଯନ୍ତ୍ରପାତି", devs},
		{"ସେଟିଂସ୍", settings},
	})
}
