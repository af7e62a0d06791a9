package blindset25

import "fmt"

// homecareVespa: a Maseru home-based-care NGO lets its community health
// workers search client files through an application on Vespa Cloud; a
// developer's capture holds the search request (data-plane token, YQL,
// query) and the Vespa query answer (root with coverage, children hits
// whose fields have Sesotho names: the client with address struct, the
// health struct, the carer, the worker's tablet, notes and the text
// chunk; a staff document with a Werkzeug scrypt hash; the settings
// document with a map of values) and the timing block.
func homecareVespa(r *rng) any {
	t := r.when()
	app := r.pick("hbc-search", "bophelo-app", "mokuli")
	ep := fmt.Sprintf("https://%s.%s.aws-eu-west-1c.z.vespa-app.cloud", r.hex(8), app)
	srv := r.lan()

	hits := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		hits = append(hits, lsClientHit(r))
	}

	st := r.basotho()
	hits = append(hits, obj{
		{"id", plain("id:hbc:mosebetsi::" + r.hex(12))},
		{"relevance", plain(r.f2(0.01, 0.3))},
		{"source", plain("hbc_content")},
		{"fields", obj{
			{"sddocname", plain("mosebetsi")},
			{"lebitso", cont(st.first)},
			{"fane", cont(st.last)},
			{"lebitso_la_mosebelisi", cont(r.userName(st))},
			{"imeile", cont(r.email(st))},
			{"mohala", cont(r.lsPhone())},
			{"phasewete_hash", cred(r.werkzeugScrypt())},
			{"token_ea_session", cred(r.b64url(32))},
			{"boemo", plain(r.pick("mooki", "mosebeletsi oa bophelo", "mookameli"))},
			{"qetello_ea_ho_kena", plain(unix(after(t, -r.in(10, 9000))))},
			{"imeile_e_netefalitsoe", decoy(r.chance(0.6))},
		}},
	})

	hits = append(hits, obj{
		{"id", plain("id:hbc:litlhophiso::main")},
		{"relevance", plain(r.f2(0.001, 0.05))},
		{"source", plain("hbc_content")},
		{"fields", obj{
			{"sddocname", plain("litlhophiso")},
			{"litekanyo", obj{
				{"wifi_lebitso", netw(r.ssid("Tšepo"))},
				{"wifi_phasewete", cred(r.psk())},
				{"seva_ip", netw(srv.host(r.in(10, 40)))},
				{"router", netw("http://" + srv.gw())},
				{"sms_api_key", cred(r.alnum(32))},
				{"bolelele_bo_fokolang_ba_phasewete", decoy(r.pickInt(6, 8, 10))},
				{"mofuta_oa_app", decoy(r.semver())},
			}},
		}},
	})

	total := r.in(40, 3000)
	return language(obj{
		{"request", obj{
			{"method", plain("POST")},
			{"url", plain(ep + "/search/")},
			{"headers", obj{{"Authorization", cred("Bearer " + r.vespaToken())}, {"Content-Type", plain("application/json")}}},
			{"body", obj{
				{"yql", plain("select * from sources * where userQuery() or sddocname contains 'litlhophiso'")},
				{"query", plain(r.pick("lefu la tsoekere", "meriana ea ARV", "khatello e phahameng", "ngoana o kula"))},
				{"hits", plain(10)},
				{"ranking", plain("hybrid")},
			}},
		}},
		{"response", obj{
			{"root", obj{
				{"id", plain("toplevel")},
				{"relevance", plain(1.0)},
				{"fields", obj{{"totalCount", decoy(total)}}},
				{"coverage", obj{{"coverage", plain(100)}, {"documents", decoy(total + r.in(0, 900))}, {"full", plain(true)}, {"nodes", plain(1)}, {"results", plain(1)}, {"resultsFull", plain(1)}}},
				{"children", hits},
			}},
			{"timing", obj{{"querytime", plain(r.f2(0.001, 0.09))}, {"summaryfetchtime", plain(r.f2(0.001, 0.02))}, {"searchtime", plain(r.f2(0.002, 0.1))}}},
		}},
	})
}

func lsClientHit(r *rng) obj {
	tt := r.when()
	c := r.basotho()
	carer := r.basotho()
	chw := r.basotho()
	village, council, district, pc := r.lsAddress()
	dob := r.birth(1940, 2010)
	bong := "motona"
	if c.female {
		bong = "mosali"
	}
	mafu := []string{"HIV", "TB", "Lefu la tsoekere", "Khatello e phahameng ea mali", "Kankere ea molomo oa popelo", "Sethoathoa"}
	meds := []string{"TLD (tenofovir/lamivudine/dolutegravir)", "Metformin 500 mg", "Amlodipine 5 mg", "Isoniazid 300 mg", "Morphine syrup 5 mg", "Phenytoin 100 mg"}
	diseases := arr{}
	for _, k := range r.Perm(len(mafu))[:r.in(1, 2)] {
		diseases = append(diseases, hlth(mafu[k]))
	}
	drugs := arr{}
	for _, k := range r.Perm(len(meds))[:r.in(1, 2)] {
		drugs = append(drugs, hlth(meds[k]))
	}
	sys, dia := r.bp()
	health := clinical(obj{
		{"mafu", diseases},
		{"meriana", drugs},
		{"boima_kg", hlth(r.f1(38, 96))},
		{"bolelele_cm", hlth(r.in(140, 186))},
		{"khatello_ea_mali", hlth(fmt.Sprintf("%d/%d", sys, dia))},
		{"tsoekere_maling", hlth(r.f1(3.8, 19))},
		{"mofuta_oa_mali", hlth(r.pick("A+", "B+", "O+", "AB+", "O-"))},
		{"mojaro_oa_vaerase", hlth(r.pick("<50 copies/mL", "1 200 copies/mL", "ha e bonahale"))},
		{"o_imme", hlth(c.female && r.chance(0.15))},
	})
	tab := r.pick("Samsung Galaxy Tab A8", "Lenovo Tab M8", "Huawei MatePad T10")
	tabSN := r.serial("R9", 9)
	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p(c.first, contactC), p(" "+r.pick("ha a noe meriana ea hae hantle", "o lahlehetsoe ke boima haholo", "o na le ho khohlela ho sa feleng"), healthC), p("; ke buile le "), p(carer.first, contactC), p("."))
	case 1:
		note = prose(p("Thebulete "), p(tabSN, devC), p(" e sa ntse e sa hokahana le Wi-Fi ea ofisi."))
	case 2:
		note = prose(p("Tsela e eang lapeng: "), p(village+", "+council, contactC), p(", haufi le kereke."))
	default:
		note = prose(p("Ketelo e latelang ka Labone."))
	}
	chunk := prose(p(c.full(), contactC), p(fmt.Sprintf(", lilemo tse %d, ", age(dob, tt))), p(mafu[r.IntN(len(mafu))], healthC), p(". Mohlokomeli: "), p(carer.full(), contactC), p("."))
	id := "id:hbc:mokuli::" + r.uuid()
	return obj{
		{"id", plain(id)},
		{"relevance", plain(r.f2(0.2, 0.95))},
		{"source", plain("hbc_content")},
		{"fields", obj{
			{"sddocname", plain("mokuli")},
			{"documentid", plain(id)},
			{"nomoro_ea_ngoliso", decoy(fmt.Sprintf("HBC-%s-%04d", district[:3], r.in(1, 9999)))},
			{"lebitso", cont(c.first)},
			{"fane", cont(c.last)},
			{"letsatsi_la_tsoalo", cont(day(dob))},
			{"lilemo", ageOf(age(dob, tt))},
			{"bong", sexOf(bong)},
			{"mohala", cont(r.lsPhone())},
			{"aterese", obj{
				{"motse", cont(village)},
				{"lekhotla", cont(council)},
				{"setereke", cont(district)},
				{"khoutu_ea_poso", cont(pc)},
			}},
			{"bophelo", health},
			{"mohlokomeli", obj{{"lebitso", cont(carer.full())}, {"mohala", cont(r.lsLocal())}, {"kamano", plain(r.pick("mora", "morali", "molekane", "ngoan'abo"))}}},
			{"sesebelisoa", obj{
				{"mofuta", dev("thebulete")},
				{"mohlala", dev(tab)},
				{"nomoro_ea_serial", dev(tabSN)},
				{"imei", dev(r.imei())},
				{"qetello_e_bonoe", dev(unix(after(tt, -r.in(1, 4000))))},
			}},
			{"mosebeletsi_oa_bophelo", cont(chw.full())},
			{"lintlha", note},
			{"litaba", chunk},
			{"setshoantsho", obj{{"url", r.orNull(0.5, cont("https://files.hbc.example/foto/"+r.hex(16)+".jpg"))}, {"height", decoy(r.pickInt(480, 640, 960))}, {"width", decoy(r.pickInt(360, 480, 720))}}},
			{"hash_ea_faele", decoy(r.hex(64))},
			{"palo_ea_li_token", decoy(r.in(80, 900))},
			{"ntlafalitsoe", plain(unix(after(tt, -r.in(10, 9000))))},
			{"matchfeatures", obj{{"bm25(litaba)", plain(r.f2(0.5, 12))}, {"closeness(field,embedding)", plain(r.f2(0.3, 0.9))}}},
		}},
	}
}
