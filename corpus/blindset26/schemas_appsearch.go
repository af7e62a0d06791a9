package blindset26

import (
	"fmt"
	"strings"
)

// laboAppSearch: a Kinshasa medical laboratory indexes its results in
// Elastic App Search so that reception can find a patient's file by
// name. A capture from the reception app holds three search calls with
// their answers (meta with page, engine and request id; results whose
// fields are {raw} wrappers, some with a {snippet} highlight): the
// results engine searched by the patient's name (Lingala field names:
// name, family name, birth date, age, sex, phone, street, quarter,
// commune, city, doctor, lab worker, symptoms, malaria and HIV tests,
// haemoglobin, blood sugar, blood group, blood pressure, weight,
// pregnancy, medicines, remarks, the analyser), the equipment engine
// (router, Wi-Fi, printer) and the staff engine (Drupal 7 hashes).
func laboAppSearch(r *rng) any {
	t := r.when()
	pt := r.congolese()
	priv := r.appSearchPriv()
	pub := r.appSearchPub()
	lab := r.lan()
	host := fmt.Sprintf("https://labo-%s.ent.%s.example:443", r.from(lowerNum, 6), r.pick("kin", "gombe"))

	meta := func(engine string, n int) obj {
		return obj{
			{"alerts", arr{}},
			{"warnings", arr{}},
			{"precision", plain(2)},
			{"page", obj{{"current", plain(1)}, {"total_pages", plain(1)}, {"total_results", plain(n)}, {"size", plain(10)}}},
			{"engine", obj{{"name", plain(engine)}, {"type", plain("default")}}},
			{"request_id", plain(r.uuid())},
		}
	}
	res := func(engine string, fields obj) obj {
		id := fmt.Sprintf("doc-%s", r.hex(12))
		out := obj{{"id", obj{{"raw", plain(id)}}}}
		out = append(out, fields...)
		out = append(out, field{"_meta", obj{{"id", plain(id)}, {"engine", plain(engine)}, {"score", plain(r.f2(1, 40))}}})
		return out
	}
	raw := func(l leaf) obj { return obj{{"raw", l}} }

	results := arr{}
	n := r.in(1, 3)
	for i := 0; i < n; i++ {
		p1 := pt
		if i > 0 {
			p1 = r.congolese()
			p1.last = pt.last
		}
		results = append(results, res("bato-ya-labo", lnResult(r, p1, lab)))
	}

	router := r.lan()
	equip := arr{
		res("bisaleli", obj{
			{"nkombo", raw(dev("Routeur ya biro"))},
			{"model", raw(dev(r.pick("TP-Link Archer C6", "MikroTik hAP ax2", "Huawei B535")))},
			{"adresi_ip", raw(netw(router.gw()))},
			{"nkombo_ya_wifi", raw(netw(r.ssid("LaboKin")))},
			{"liloba_ya_sekele_wifi", raw(cred(r.psk()))},
			{"liloba_ya_sekele_admin", raw(cred(r.password()))},
			{"dns", raw(netw(r.dns(router)))},
			{"mosali_oyo_atalaka", raw(cont(r.congolese().full()))},
		}),
		res("bisaleli", obj{
			{"nkombo", raw(dev("Imprimante ya accueil"))},
			{"model", raw(dev(r.pick("HP LaserJet Pro M404dn", "Epson L3250", "Brother HL-L2350DW")))},
			{"adresi_ip", raw(netw(router.host(r.in(20, 60))))},
			{"nimero_ya_serie", raw(dev(r.serial("VNB", 7)))},
			{"lipapa_ya_software", raw(decoy(r.semver()))},
		}),
	}

	staff := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		s := r.congolese()
		staff = append(staff, res("basali", obj{
			{"nkombo_ya_mosaleli", raw(cont(r.userName(s)))},
			{"nkombo", raw(cont(s.full()))},
			{"imeli", raw(cont(r.email(s)))},
			{"telefone", raw(cont(r.cdLocal()))},
			{"liloba_ya_sekele_hash", raw(cred(r.drupal7()))},
			{"mosala", raw(plain(r.pick("laborantin", "accueil", "biologiste", "caissier")))},
			{"mokolo_ya_suka_kokota", raw(plain(iso(after(t, -r.in(10, 9000)))))},
		}))
	}

	call := func(engine string, key string, body obj, response obj) obj {
		return obj{
			{"url", plain(fmt.Sprintf("%s/api/as/v1/engines/%s/search", host, engine))},
			{"headers", obj{{"Authorization", cred("Bearer " + key)}, {"Content-Type", plain("application/json")}}},
			{"body", body},
			{"response", response},
		}
	}
	return language(obj{
		{"app", plain("accueil-labo")},
		{"public_search_key", decoy(pub)},
		{"calls", arr{
			call("bato-ya-labo", priv, obj{
				{"query", cont(strings.ToLower(pt.first + " " + pt.last))},
				{"page", obj{{"size", plain(10)}, {"current", plain(1)}}},
				{"search_fields", obj{{"nkombo", obj{{"weight", plain(3)}}}, {"nkombo_ya_libota", obj{}}}},
			}, obj{{"meta", meta("bato-ya-labo", n)}, {"results", results}}),
			call("bisaleli", priv, obj{{"query", plain("")}}, obj{{"meta", meta("bisaleli", len(equip))}, {"results", equip}}),
			call("basali", priv, obj{{"query", plain("")}, {"filters", obj{{"mosala", arr{plain("laborantin"), plain("accueil")}}}}}, obj{{"meta", meta("basali", len(staff))}, {"results", staff}}),
		}},
	})
}

func lnResult(r *rng, pt person, lab lan) obj {
	t := r.when()
	dob := r.birth(1955, 2015)
	street, quartier, commune := r.cdAddress()
	doc := r.congolese()
	worker := r.congolese()
	sys, dia := r.bp()
	sex := "mobali"
	if pt.female {
		sex = "mwasi"
	}
	raw := func(l leaf) obj { return obj{{"raw", l}} }
	cl := func(l leaf) obj { return obj{{"raw", l.clin()}} }
	malaria := r.pick("positif ++", "positif +", "négatif", "négatif")
	var note leaf
	switch r.IntN(3) {
	case 0:
		note = clinNote(p("Goutte épaisse "), p(map[bool]string{true: "positive (P. falciparum)", false: "négative"}[malaria != "négatif"], healthC), p(". Monganga asengi ete azonga mokolo ya mitano. Mama na ye: "), p(r.cdLocal(), contactC))
	case 1:
		note = clinNote(p(r.pick("Azali na fièvre mikolo misato", "Makila ekiti mingi, transfusion esengeli", "Azali na zemi ya sanza minei"), healthC), p("."))
	default:
		note = clinNote(p("Résultat epesami na mokolo."))
	}
	fields := obj{
		{"nkombo", obj{{"raw", cont(pt.first)}, {"snippet", cont("<em>" + pt.first + "</em>")}}},
		{"nkombo_ya_libota", obj{{"raw", cont(pt.last)}, {"snippet", cont("<em>" + pt.last + "</em>")}}},
		{"mokolo_ya_mbotama", raw(cont(day(dob)))},
		{"mibu", raw(ageOf(age(dob, t)))},
		{"mwasi_to_mobali", raw(sexOf(sex))},
		{"telefone", raw(cont(r.pick(r.cdLocal(), r.cdIntl())))},
		{"balabala", raw(cont(street))},
		{"karitye", raw(cont(quartier))},
		{"komini", raw(cont(commune))},
		{"engumba", raw(cont("Kinshasa"))},
		{"monganga", raw(cont("Dr " + doc.full()))},
		{"mosali_ya_labo", raw(cont(worker.first))},
		{"bilembo_ya_bokono", cl(hlth(r.pick("fièvre, motó ezali kobeta", "kolɛmba, makila moke", "kosanza, pasi ya libumu", "fièvre na malɛmbɛ")))},
		{"test_ya_malaria", cl(hlth(malaria))},
		{"test_ya_sida", cl(hlth(r.pick("négatif", "négatif", "positif (confirmé)")))},
		{"hemoglobine", cl(hlth(r.f1(5.5, 15.8)))},
		{"sukali_na_makila", cl(hlth(r.in(65, 240)))},
		{"lolenge_ya_makila", cl(hlth(r.pick("O+", "A+", "B+", "AB+", "O-")))},
		{"tansio", cl(hlth(fmt.Sprintf("%d/%d", sys, dia)))},
		{"kilo", cl(hlth(r.f1(9, 95)))},
		{"nkisi", obj{{"raw", clinical(arr{hlth(r.pick("Artéméther-luméfantrine", "Paracétamol 500 mg", "Fer + acide folique", "Amoxicilline 500 mg"))})}}},
		{"maloba", raw(note)},
		{"esaleli", raw(dev(r.pick("Mindray BC-20s", "Sysmex XP-300", "HumaLyzer Primus")))},
		{"nimero_ya_esaleli", raw(dev(r.serial("", 10)))},
		{"ip_ya_esaleli", raw(netw(lab.host(r.in(20, 90))))},
		{"mokolo_ya_kozwa_makila", raw(plain(iso(t)))},
		{"nimero_ya_fisye", raw(decoy(fmt.Sprintf("%d/%05d", t.Year(), r.in(1, 99999))))},
		{"telefone_endimami", raw(decoy(r.pick("true", "false")))},
		{"motuya", raw(plain(r.pickInt(15, 25, 40, 60)))},
	}
	if pt.female && r.chance(0.6) {
		fields = append(fields, field{"zemi", cl(hlth(r.pick("iyo", "te")))})
	}
	return fields
}
