package blindset21

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// thalassemiaSheetDB is a Hyderabad thalassaemia support society's
// transfusion register, a Google Sheet read through the SheetDB API with
// Telugu column headers; SheetDB returns every value as a string.
func thalassemiaSheetDB(r *rng) any {
	t0 := r.when()
	office := r.lan()
	s := func(v any) string { return fmt.Sprint(v) }
	groups := []string{"A+", "B+", "O+", "AB+", "A-", "B-", "O-"}
	apiID := r.from(lowerNum, 13)
	dbUser := r.pick("tsshyd", "thalsoc", "ttcare") + r.digits(2)
	dbPass := r.password()

	var pats arr
	for i := 0; i < r.in(2, 4); i++ {
		pt := r.telugu()
		father, _ := split(teMale[r.IntN(len(teMale))])
		house, village, mandal, district, pin := r.teAddress()
		sex := "పురుషుడు"
		if pt.female {
			sex = "స్త్రీ"
		}
		age := r.in(2, 26)
		w := round1(8 + float64(min(age, 18))*2.6 + r.Float64()*6)
		hb := r.f1(5.8, 9.6)
		rel, vol := "తల్లి ", r.womanOf(teFemale, teLast)
		if r.chance(0.5) {
			rel, vol = r.pick("తండ్రి ", "అన్న "), r.telugu()
			for vol.female {
				vol = r.telugu()
			}
		}
		health := obj{
			{"బ్లడ్ గ్రూప్", hlth(groups[r.IntN(len(groups))])},
			{"బరువు (kg)", hlth(s(w))},
			{"Hb (ముందు)", hlth(s(hb))},
			{"ఫెర్రిటిన్", hlth(s(r.in(900, 6500)))},
			{"చెలేషన్ మందు", hlth(r.pick("Deferasirox 500 mg", "Deferasirox 360 mg x2", "Deferiprone 500 mg TDS", "Desferal 1 g SC 5 రోజులు"))},
			{"ప్లీహము", hlth(r.pick("పెద్దది 4 cm", "సాధారణం", "తొలగించబడింది (2019)", "పెద్దది 7 cm"))},
			{"రక్తమార్పిడి సంఖ్య", hlth(s(r.in(20, 260)))},
			{"HIV/HCV", hlth(r.pick("నెగటివ్", "నెగటివ్", "HCV పాజిటివ్"))},
		}
		row := obj{
			{"క్రమ సంఖ్య", plain(s(i + 1 + r.in(0, 300)))},
			{"రిజిస్టర్ నం.", decoy(fmt.Sprintf("TS/THAL/%d/%04d", r.in(2012, 2024), r.in(1, 2000)))},
			{"బ్యాగ్ నం.", decoy(fmt.Sprintf("B%d-%06d", r.in(23, 24), r.in(1, 999999)))},
			{"పేరు", cont(pt.full())},
			{"తండ్రి పేరు", cont(father + " " + pt.last)},
			{"లింగం", sexOf(sex)},
			{"వయస్సు", ageOf(s(age))},
			{"మొబైల్", cont(r.pick(r.inPhone(), r.inLocal()))},
			{"ఇంటి నం.", cont(house)},
			{"గ్రామం", cont(village)},
			{"మండలం", cont(mandal)},
			{"జిల్లా", cont(district)},
			{"పిన్ కోడ్", cont(pin)},
		}
		for _, f := range health {
			row = append(row, field{f.key, clinical(f.val)})
		}
		row = append(row,
			field{"తదుపరి రక్తమార్పిడి", plain(after(t0, r.in(2000, 40000)).Format("02/01/2006"))},
			field{"ఆసుపత్రి", plain(r.pick("నీలోఫర్", "గాంధీ", "ఉస్మానియా", "రెయిన్‌బో"))},
			field{"వ్యాఖ్య", prose(
				p(rel), p(vol.first, contactC), p(r.pick(" ద్వారా ఫోన్ చేశారు. ", " వచ్చారు. ")),
				p(r.pick("Hb "+s(hb)+" కి పడిపోయింది, ", "జ్వరం 2 రోజులు, ", "మందు ఆపేశారు - ఖర్చు, "), healthC),
				p(r.pick("next week donor arrange cheyyali.", "బస్ ఛార్జీలు సహాయం కావాలి.", "")),
			)},
		)
		pats = append(pats, row)
	}

	var donors arr
	for i := 0; i < r.in(2, 3); i++ {
		d := r.telugu()
		handle := strings.ToLower(ascii(d.latFirst())) + r.pick("", ".", "") + strings.ToLower(ascii(d.latLast()))[:3] + "@" + r.pick("okaxis", "ybl", "oksbi", "paytm", "okicici")
		donors = append(donors, obj{
			{"పేరు", cont(d.full())},
			{"బ్లడ్ గ్రూప్", hlth(groups[r.IntN(len(groups))]).clin()},
			{"మొబైల్", cont(r.inPhone())},
			{"UPI ID", cont(handle)},
			{"చివరి దానం", plain(after(t0, -r.in(10000, 200000)).Format("02/01/2006"))},
			{"దానాల సంఖ్య", decoy(s(r.in(1, 60)))},
			{"దాత ID", decoy(fmt.Sprintf("DNR-%s", r.digits(10)))},
			{"ప్రాంతం", plain(r.pick("కూకట్‌పల్లి", "దిల్‌సుఖ్‌నగర్", "సికింద్రాబాద్", "మియాపూర్"))},
		})
	}

	var devices arr
	for i, d := range []struct{ nick, model string }{{"రిసెప్షన్ ట్యాబ్", "Samsung Galaxy Tab A8"}, {"వాలంటీర్ ఫోన్", "Redmi Note 13"}, {"రౌటర్", r.pick("JioFiber JCOW414", "Airtel Xstream AX3000")}} {
		_, os := r.androidPhone()
		ver := dev("Android " + os)
		if i == 2 {
			ver = fwIP(r.ipShapedFw())
		}
		devices = append(devices, obj{
			{"పేరు", dev(d.nick)},
			{"మోడల్", dev(d.model)},
			{"సీరియల్", dev(r.serial(r.pick("R9", "RZ", "JC"), 9))},
			{"OS / ఫర్మ్‌వేర్", ver},
			{"IP", netw(office.host(r.in(2, 250)))},
			{"చివరిగా కనిపించింది", dev(after(t0, -r.in(0, 3000)).Format("02/01/2006 15:04"))},
		})
	}

	saEmail := r.pick("sheets-sync", "register-bot", "sheetdb") + "@" + r.pick("thal-society", "tss-hyd") + "-" + r.digits(6) + ".iam.example.com"
	set := func(k string, v leaf) obj { return obj{{"కీ", plain(k).obf()}, {"విలువ", v.obf()}} }
	settings := arr{
		set("service_account_email", cont(saEmail)),
		set("private_key_id", cred(r.hex(40))),
		set("private_key", cred(r.pemKey(""))),
		set("sheetdb_login", cont(dbUser)),
		set("sheetdb_password", cred(dbPass)),
		set("వైఫై", netw(r.ssid(r.pick("TSS", "Thalassemia", "JioFiber")))),
		set("వైఫై పాస్‌వర్డ్", cred(r.psk())),
		set("రౌటర్ admin", netw("http://"+office.gw())),
		set("PhonePe salt key", cred("phpe_salt_"+r.uuid())),
		set("షీట్ వెర్షన్", decoy(r.semver())),
	}

	return language(obj{
		{"endpoint", plain("https://sheetdb.io/api/v1/" + apiID)},
		{"authorization", cred("Basic " + base64.StdEncoding.EncodeToString([]byte(dbUser+":"+dbPass)))},
		{"fetched_at", plain(iso(t0))},
		{"రోగులు", pats},
		{"దాతలు", donors},
		{"పరికరాలు", devices},
		{"సెట్టింగ్స్", settings},
	})
}
