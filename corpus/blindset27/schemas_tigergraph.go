package blindset27

import "fmt"

var snIll = []string{"BP yakakwira", "shuga (diabetes type 2)", "HIV", "TB yakarapwa 2019", "asima", "kurwadziwa kwemajoini", "moyo usina kusimba"}
var snMeds = []string{"TLD (tenofovir/lamivudine/dolutegravir)", "Metformin 500mg kaviri pazuva", "Amlodipine 10mg", "Hydrochlorothiazide 25mg", "Cotrimoxazole 960mg", "Salbutamol inhaler"}

// outreachTigerGraph: a Manicaland mobile clinic's chronic-care outreach
// keeps patients, staff, devices and visits in a TigerGraph graph with
// Shona vertex and attribute names; a developer saved the token request
// and an installed query's REST++ answer: patients (name, surname, birth
// date, age, sex, phone, address tuple, a health tuple with illnesses,
// medicines, blood pressure, blood sugar, weight, height, HIV status,
// viral load, TB screen, pregnancy and the doctor's note, the nurse),
// visit edges with notes, devices (kind, model, serial, IMEI, name, IP,
// MAC, Wi-Fi name and password, last seen) and staff with sha256-crypt
// hashes.
func outreachTigerGraph(r *rng) any {
	t := r.when()
	net := r.lan()
	nurse := r.shona()
	doctor := r.shona()
	place := r.pick("Sakubva", "Dangamvura", "Chikanga", "Vengere", "Mbare")

	var pats arr
	var patIDs []string
	var patPeople []person
	for i := 0; i < r.in(2, 3); i++ {
		pp := r.shona()
		patPeople = append(patPeople, pp)
		id := fmt.Sprintf("MW-%05d", r.in(1, 99999))
		patIDs = append(patIDs, id)
		dob := r.birth(1950, 2004)
		house, suburb, town := r.zwAddress()
		sex := "murume"
		if pp.female {
			sex = "mukadzi"
		}
		sys, dia := r.bp()
		ill := arr{}
		hiv := false
		for _, x := range r.pickSome(r.in(1, 3), snIll...) {
			ill = append(ill, hlth(x))
			hiv = hiv || x == "HIV"
		}
		meds := arr{}
		for _, x := range r.pickSome(r.in(1, 2), snMeds...) {
			meds = append(meds, hlth(x))
		}
		vl := null()
		hivStatus := "haana"
		if hiv {
			hivStatus = "ane"
			vl = hlth(r.pickInt(0, 20, 50, 1200, 34000))
		}
		preg := hlth("kwete")
		if pp.female && r.chance(0.2) {
			preg = hlth("hongu")
		}
		var note leaf
		switch r.IntN(3) {
		case 0:
			note = clinNote(p(fmt.Sprintf("BP %d/%d, ", sys, dia), healthC), p(r.pick("awedzera Amlodipine.", "ari kutora mishonga zvakanaka.", "anonzwa musoro uchirwadza."), healthC))
		case 1:
			note = clinNote(p("Tumira ku"), p(r.pick("Mutare Provincial Hospital", "Sakubva District Hospital")), p(" nekuda kwe"), p(r.pick("shuga yakakwira zvakanyanya", "TB inofungidzirwa", "kuzvimba makumbo"), healthC), p(". Fonera hama "), p(r.zwLocal(), contactC))
		default:
			note = clinNote(p("Hapana dambudziko."))
		}
		health := clinical(obj{
			{"zvirwere", ill},
			{"mishonga", meds},
			{"BP", hlth(fmt.Sprintf("%d/%d", sys, dia))},
			{"shuga_yeropa", hlth(r.f1(3.5, 19))},
			{"huremu_kg", hlth(r.f1(42, 118))},
			{"kureba_cm", hlth(r.in(148, 192))},
			{"HIV", hlth(hivStatus)},
			{"viral_load", vl},
			{"TB_kuongororwa", hlth(r.pick("haina zviratidzo", "GeneXpert negative", "inofungidzirwa"))},
			{"ane_pamuviri", preg},
			{"zvinyorwa_zvachiremba", note},
		})
		pats = append(pats, obj{
			{"v_id", plain(id)},
			{"v_type", plain("Murwere")},
			{"attributes", obj{
				{"zita", cont(pp.first)},
				{"zita_remhuri", cont(pp.last)},
				{"zuva_rekuzvarwa", cont(day(dob))},
				{"makore", ageOf(age(dob, t))},
				{"murume_kana_mukadzi", sexOf(sex)},
				{"nhamba_yefoni", r.orNull(0.15, cont(r.pick(r.zwIntl(), r.zwLocal())))},
				{"kero", obj{{"imba", cont(house)}, {"nzvimbo", cont(suburb)}, {"guta", cont(town)}}},
				{"hutano", health},
				{"mukoti", cont(nurse.full())},
				{"chiremba", cont("Dr " + doctor.last)},
				{"zuva_rekushanya", plain(day(after(t, -r.in(0, 40000))))},
				{"nhamba_yefoni_yakasimbiswa", decoy(r.chance(0.6))},
			}},
		})
	}

	edges := arr{}
	for i, id := range patIDs {
		var n leaf
		if r.chance(0.5) {
			n = prose(p(r.pick("Akauya ega.", "Akaperekedzwa nemwanakomana.", "Aida kutaura nachiremba.")))
		} else {
			n = prose(p(patPeople[i].first, contactC), p(" "), p(r.pick("anoti mishonga yapera svondo rapfuura.", "ari kurutsa mushure meMetformin.", "ane pamuviri mwedzi mitatu."), healthC))
		}
		edges = append(edges, obj{
			{"e_type", plain("akarapwa_na")},
			{"directed", plain(true)},
			{"from_id", plain(id)},
			{"from_type", plain("Murwere")},
			{"to_id", plain(fmt.Sprintf("MS-%03d", r.in(1, 99)))},
			{"to_type", plain("Mushandi")},
			{"attributes", obj{{"zuva", plain(day(after(t, -r.in(0, 40000))))}, {"zvinyorwa", n}}},
		})
	}

	devs := arr{
		obj{{"v_id", plain(fmt.Sprintf("MC-%03d", r.in(1, 99)))}, {"v_type", plain("Muchina")}, {"attributes", obj{
			{"zita_remuchina", dev(r.pick("Tablet yemukoti ", "Kiriniki tablet ") + fmt.Sprint(r.in(1, 9)))},
			{"mhando", dev("tablet")},
			{"modhero", dev(r.pick("Samsung Galaxy Tab A9", "Lenovo Tab M9", "Huawei MatePad T10"))},
			{"nhamba_yemuchina", dev(r.serial("R9", 9))},
			{"IMEI", dev(r.imei())},
			{"IP", netw(net.host(r.in(2, 250)))},
			{"MAC", macAddr(r.mac(":", true))},
			{"yakapedzisira_kuonekwa", dev(iso(after(t, -r.in(1, 3000))))},
		}}},
		obj{{"v_id", plain(fmt.Sprintf("MC-%03d", r.in(100, 199)))}, {"v_type", plain("Muchina")}, {"attributes", obj{
			{"zita_remuchina", dev("Router yemotokari")},
			{"mhando", dev("router")},
			{"modhero", dev(r.pick("Huawei B535", "TP-Link M7350", "Teltonika RUT241"))},
			{"nhamba_yemuchina", dev(r.serial("", 12))},
			{"IP", netw(net.gw())},
			{"wifi_zita", netw(r.pick("KirinikiInofamba", "Outreach-"+place, "MobileClinic_"+r.HEX(4)))},
			{"wifi_pasiwedhi", cred(r.psk())},
			{"yakapedzisira_kuonekwa", dev(iso(after(t, -r.in(1, 3000))))},
		}}},
	}

	staff := arr{}
	for _, s := range []person{nurse, doctor} {
		staff = append(staff, obj{{"v_id", plain(fmt.Sprintf("MS-%03d", r.in(1, 99)))}, {"v_type", plain("Mushandi")}, {"attributes", obj{
			{"zita", cont(s.full())},
			{"basa", plain(r.pick("mukoti", "chiremba", "mutyairi"))},
			{"foni", cont(r.zwIntl())},
			{"email", cont(r.email(s))},
			{"pasiwedhi", cred(r.sha256crypt())},
			{"pasiwedhi_hurefu_hushoma", decoy(8)},
		}}})
	}

	return language(obj{
		{"requesttoken", obj{
			{"request", obj{{"secret", cred(r.from(lowerNum, 32))}, {"lifetime", plain(2592000)}}},
			{"response", obj{{"code", plain("REST-0000")}, {"expiration", plain(unix(t) + 2592000)}, {"error", plain(false)}, {"message", plain("Generate new token successfully.")}, {"results", obj{{"token", cred(r.from(lowerNum, 32))}}}}},
		}},
		{"request", plain("GET /restpp/query/KirinikiGraph/vashanyi_vesvondo?nzvimbo=" + place)},
		{"response", obj{
			{"version", obj{{"edition", plain("enterprise")}, {"api", plain("v2")}, {"schema", plain(r.in(3, 40))}}},
			{"error", plain(false)},
			{"message", plain("")},
			{"results", arr{
				obj{{"@@varwere", pats}},
				obj{{"@@hukama", edges}},
				obj{{"@@michina", devs}},
				obj{{"@@vashandi", staff}},
			}},
		}},
		{"tg_version", decoy(r.pick("3.10.1", "3.11.0", "4.1.2"))},
	})
}
