package blindset22

import (
	"fmt"
)

// ncdStackby is a Samoan church women's committee's diabetes and blood
// pressure outreach register, kept in a Stackby stack with Samoan column
// names and read through the Stackby API rowlist endpoint (rows of id and
// field, with rowId, createdAt and updatedAt).
func ncdStackby(r *rng) any {
	t0 := r.when()
	stack := "st" + r.digits(13) + r.from(lowerNum, 6)
	rowID := func() string { return "rw" + r.digits(13) + r.from(lowerNum, 6) }
	nurse := r.samoan()
	row := func(fields obj) obj {
		id := rowID()
		c := after(t0, -r.in(60, 60*24*200))
		f := obj{{"rowId", decoy(id)}}
		f = append(f, fields...)
		return obj{{"id", decoy(id)}, {"field", f}, {"createdAt", plain(isoMs(c))}, {"updatedAt", plain(isoMs(after(c, r.in(1, 9000))))}}
	}
	var people arr
	for i := 0; i < r.in(2, 3); i++ {
		pr := r.samoan()
		fale, nuu, itumalo := r.wsAddress()
		born := r.birth(1945, 1995)
		sys, dia := r.bp()
		w := r.f1(62, 150)
		h := r.in(150, 190)
		bmi := round1(w / (float64(h) / 100) / (float64(h) / 100))
		diab := r.pick("Ioe", "Leai", "Ioe")
		people = append(people, row(obj{
			{"Igoa muamua", cont(pr.first)},
			{"Igoa faʻaiʻu", cont(pr.last)},
			{"Aso fanau", cont(born.Format("2006-01-02"))},
			{"Itupa", sexOf(map[bool]string{true: "Fafine", false: "Tamāloa"}[pr.female])},
			{"Telefoni", cont(r.wsPhone())},
			{"Imeli", cont(r.email(pr))},
			{"Fale", cont(fale)},
			{"Nuʻu", cont(nuu)},
			{"Itūmālō", cont(itumalo)},
			{"Ekalesia", plain(r.pick("EFKS", "Katoliko", "Metotisi", "LDS", "AOG"))},
			{"Suʻega", clinical(obj{
				{"Mamafa (kg)", hlth(w)},
				{"Umi (cm)", hlth(h)},
				{"BMI", hlth(bmi)},
				{"Toto maualuga", hlth(fmt.Sprintf("%d/%d", sys, dia))},
				{"Suka i le toto (mmol/L)", hlth(r.f1(4.2, 19))},
				{"Maʻi suka", hlth(diab)},
				{"Vailaʻau", hlth(r.pick("Metformin 500mg", "Amlodipine 5mg", "Gliclazide 80mg", "Leai", "Metformin + Enalapril"))},
				{"Ulaula tapaʻa", hlth(r.pick("Ioe", "Leai"))},
				{"Faʻamatalaga a le tausimaʻi", clinNote(p(r.pick("Manuʻa i le vae taumatau, e leʻi faʻamaloloina. ", "Foot ulcer right heel, refer TTM hospital. ", "BP high again, missed tablets 2 weeks. ", "Good control. ")), p("- "), p(nurse.first, contactC))},
			})},
			{"Faʻamatalaga", prose(p(r.pick("Afai e le maua, valaʻau i lona afafine ", "Contact her son ", "E nofo ma lona tuagane ")), p(r.samoan().first+" "+r.wsLocal(), contactC))},
			{"Numera o asiasiga", decoy(r.in(1, 12))},
			{"Aso asiasi", plain(day(after(t0, -r.in(0, 60*24*90))))},
		}))
	}
	var devs arr
	items := []struct{ kind, model string }{
		{"Glucometer", "Accu-Chek Guide"},
		{"BP monitor", "Omron HEM-7156"},
		{"Tablet", "Samsung Galaxy Tab A8"},
		{"MiFi", "Huawei E5576-606"},
		{"Scale", "Seca 803"},
	}
	for _, k := range r.Perm(len(items))[:r.in(2, 3)] {
		it := items[k]
		var mac leaf = plain("")
		if it.kind == "Tablet" || it.kind == "MiFi" {
			mac = macAddr(r.mac(":", true))
		}
		devs = append(devs, row(obj{
			{"Igoa o le masini", dev(it.kind + " " + r.pick("Vaitele", "Faleasiu", "Lotopa", "a Sina"))},
			{"Ituaiga", dev(it.kind)},
			{"Model", dev(it.model)},
			{"Numera faʻasologa", dev(r.serial("", 10))},
			{"MAC", mac},
			{"Mulimuli ona faʻaaogā", dev(isoMs(after(t0, -r.in(0, 9000))))},
			{"Tau ($ WST)", plain(r.in(30, 900))},
		}))
	}
	mifi := lan(fmt.Sprintf("192.168.%d", r.pickInt(8, 1, 100)))
	settings := arr{
		kvRow("Igoa", "Tau", "Wi-Fi", netw(r.ssid(r.pick("Digicel", "Komiti", "Tina")))),
		kvRow("Igoa", "Tau", "Upu faʻalilo Wi-Fi", cred(r.psk())),
		kvRow("Igoa", "Tau", "MiFi admin", netw("http://"+mifi.gw())),
		kvRow("Igoa", "Tau", "MiFi upu faʻalilo", cred(r.password())),
		kvRow("Igoa", "Tau", "Stackby api-key", cred(r.from(lowerNum, 17)+"_"+r.from(alnum, 24))),
		kvRow("Igoa", "Tau", "Faʻatonu", cont(nurse.full()+", "+r.wsPhone())),
		kvRow("Igoa", "Tau", "Lomiga", decoy(r.semver())),
	}
	return language(obj{
		{"request", obj{
			{"url", plain("https://stackby.com/api/betav1/rowlist/" + stack + "/{table}")},
			{"maxrecord", plain(100)},
			{"pulled", plain(iso(t0))},
		}},
		{"Tagata", people},
		{"Meafaigaluega", devs},
		{"Faʻatulagaga", settings},
	})
}
