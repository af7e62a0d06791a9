package blindset11

import "fmt"

// A Lagos / Ibadan sickle-cell support society's member app, Appwrite
// documents with romanised, abbreviated Yoruba attribute keys (ASCII, as
// Appwrite requires): members with genotype, crises and transfusions,
// guardian, the loaned haemoglobin meter, the phone; the office document
// (Wi-Fi, router, NAS, SMS key, security answer).

var (
	yoFirst  = []string{"Adebayo", "Folasade", "Oluwaseun", "Temitope", "Ayodele", "Bukola", "Kehinde", "Taiwo", "Olumide", "Funmilayo", "Babatunde", "Yetunde", "Damilola", "Adeola", "Segun", "Morenike", "Tolulope", "Ibukun", "Oyinkansola", "Kayode", "Femi", "Titilayo"}
	yoFamily = []string{"Adeyemi", "Ogunleye", "Balogun", "Olawale", "Adebanjo", "Akinola", "Ogundipe", "Oyelaran", "Adewale", "Oladipo", "Ajayi", "Bello", "Adeleke", "Olatunji", "Oyebanji", "Afolabi", "Ogunbiyi", "Salami", "Odukoya", "Lawal", "Ilori", "Oyewole"}
	yoFemale = map[string]bool{"Folasade": true, "Temitope": true, "Bukola": true, "Funmilayo": true, "Yetunde": true, "Adeola": true, "Morenike": true, "Oyinkansola": true, "Titilayo": true}
	yoStreet = []string{"Opopona Adeniran", "Opopona Alade", "Opopona Ayodele", "Opopona Olorunsogo", "Opopona Ifelodun", "Opopona Aroloye", "Opopona Oke-Ado", "Opopona Bamgbose", "Opopona Ojuelegba", "Opopona Ogunlana", "Opopona Iyaniwura", "Opopona Ademola"}
	yoPlaces = [][3]string{{"Yaba", "Eko", "Eko"}, {"Surulere", "Eko", "Eko"}, {"Ikeja", "Eko", "Eko"}, {"Agege", "Eko", "Eko"}, {"Mushin", "Eko", "Eko"}, {"Ikorodu", "Eko", "Eko"}, {"Bodija", "Ibadan", "Oyo"}, {"Mokola", "Ibadan", "Oyo"}, {"Challenge", "Ibadan", "Oyo"},
		{"Sabo", "Ogbomoso", "Oyo"}, {"Kuto", "Abeokuta", "Ogun"}, {"Oke-Fia", "Osogbo", "Osun"}, {"Moremi", "Ile-Ife", "Osun"}, {"Oja-Oba", "Akure", "Ondo"}, {"Tanke", "Ilorin", "Kwara"}, {"Ijebu-Ode", "Ijebu-Ode", "Ogun"}, {"Ajilosun", "Ado-Ekiti", "Ekiti"}, {"Gbagada", "Eko", "Eko"}, {"Ogba", "Eko", "Eko"}, {"Ring Road", "Ibadan", "Oyo"}}
	yoHosp   = []string{"LUTH Idi-Araba", "UCH Ibadan", "LASUTH Ikeja", "Ile Iwosan Adeoyo", "FMC Abeokuta", "OAUTHC Ile-Ife", "Gbagada General", "Ile Iwosan Oluyoro"}
	yoMeds   = []string{"Hydroxyurea 500 mg", "Folic acid 5 mg", "Penicillin V 250 mg", "Proguanil 100 mg", "Paracetamol 1 g", "Diclofenac 50 mg", "Ibuprofen 400 mg", "Deferasirox 360 mg", "Vitamin B complex", "Zinc 20 mg"}
	yoMeters = []string{"HemoCue Hb 301", "Mission Hb Meter", "Hemex Gazelle", "HemoCue Hb 801", "URIT-12 Hb Meter", "Masimo Rad-67"}
)

func (r *rng) ngPhone() string {
	n := fmt.Sprintf("0%s000%04d", r.pick("803", "806", "813", "816", "703", "706", "810", "905", "809", "802"), r.in(0, 999))
	if r.chance(0.5) {
		return "+234 " + n[1:4] + " " + n[4:7] + " " + n[7:]
	}
	return n
}

func appwriteMeta(r *rng, coll string) obj {
	uid := r.hexs(20)
	return obj{
		{"$id", decoy(r.hexs(20))},
		{"$collectionId", plain(coll)},
		{"$databaseId", plain("egbe_main")},
		{"$createdAt", plain(r.isoMs(2022, 2024))},
		{"$updatedAt", plain(r.isoMs(2024, 2024))},
		{"$permissions", arr{decoy(fmt.Sprintf("read(\"user:%s\")", uid)), decoy(fmt.Sprintf("update(\"user:%s\")", uid)), plain("read(\"team:dokita\")")}},
	}
}

func yoMember(r *rng) obj {
	first := r.pick(yoFirst...)
	family := r.pick(yoFamily...)
	sex := "ako"
	if yoFemale[first] {
		sex = "abo"
	}
	pl := yoPlaces[r.IntN(len(yoPlaces))]
	var crises arr
	for j := 0; j < r.in(0, 2); j++ {
		crises = append(crises, obj{
			{"ojo", plain(r.day(2023, 2024))},
			{"ile_iwosan", plain(r.pick(yoHosp...))},
			{"irora", hlth(r.in(4, 10))},
			{"ifaje_eje", hlth(r.chance(0.4))},
			{"ojo_ni_iwosan", hlth(r.in(1, 12))},
		})
	}
	note := prose(p(r.pick("A ri i ni ipade osu yii.", "O san owo egbe.", "O fe darapo mo eto ikeko.")))
	switch r.IntN(3) {
	case 0:
		note = prose(p("O ni irora ninu egungun lati ana; a fun ni "), p(r.pick(yoMeds...), healthC), p(". Hb je "), p(fmt.Sprintf("%.1f g/dL", r.f1(5.5, 9.8)), healthC), p("."))
	case 1:
		note = prose(p("Pe iya re lori "), p(r.ngPhone(), contactC), p(" ti ko ba de."))
	}
	email := nullDecoy()
	if r.chance(0.6) {
		email = cont(r.mail(ascii(first) + "." + ascii(family)))
	}
	fw := dev(r.ver())
	if r.chance(0.3) {
		fw = fwIP(r.ipVer())
	}
	m := appwriteMeta(r, "omo_egbe")
	return append(m, obj{
		{"oruko", cont(first)},
		{"oruko_idile", cont(family)},
		{"oruko_inagije", cont(r.pick("Bay", "Sade", "Seun", "Tope", "Dele", "Bukky", "Kenny", "Tai", "Mide", "Funmi", "Tunde", "Yetty"))},
		{"ojo_ibi", cont(r.day(1990, 2016))},
		{"ako_abo", sexOf(sex)},
		{"foonu", cont(r.ngPhone())},
		{"imeeli", email},
		{"ile_no", cont(fmt.Sprint(r.in(1, 80)))},
		{"opopona", cont(r.pick(yoStreet...))},
		{"agbegbe", cont(pl[0])},
		{"ilu", cont(pl[1])},
		{"ipinle", cont(pl[2])},
		{"ilera", clinical(obj{
			{"genotaipu", hlth(r.pick("SS", "SS", "SC", "SBeta0", "S/HPFH"))},
			{"iru_eje", hlth(r.blood())},
			{"hb_ipile", hlth(r.f1(5.8, 10.2))},
			{"iwuwo", hlth(r.f1(18, 78))},
			{"giga", hlth(r.in(98, 182))},
			{"oogun", stringsOf(hlth, r.pickSome(r.in(1, 3), yoMeds...)...)},
			{"aleji", hlth(r.pick("ko si", "penicillin", "sulfa", "ede", "epa"))},
			{"idaamu", crises},
			{"dokita", cont("Dr. " + r.pick(yoFirst...) + " " + r.pick(yoFamily...))},
		})},
		{"alagbato", obj{
			{"oruko", cont(r.pick(yoFirst...) + " " + family)},
			{"foonu", cont(r.ngPhone())},
			{"ibasepo", plain(r.pick("iya", "baba", "egbon", "oko", "iyawo", "aburo"))},
		}},
		{"ero_hb", obj{
			{"awose", dev(r.pick(yoMeters...))},
			{"nomba_siria", dev(r.upper(3) + r.digits(7))},
			{"famuwia", fw},
			{"bluetooth", macAddr(r.mac(":", true))},
			{"igba_to_kehin", dev(r.iso(2024, 2024))},
		}},
		{"ero", obj{
			{"iru", dev(r.phoneModel())},
			{"os", dev(r.osVer())},
			{"eya_app", dev(r.ver())},
			{"fcm", cred(r.fcm())},
		}},
		{"no_omo_egbe", decoy(fmt.Sprintf("080%08d", r.in(0, 99999999)))},
		{"owo_osu", decoy(r.in(1, 10) * 500)},
		{"iye_ipade", decoy(r.in(0, 40))},
		{"foonu_ti_jerisi", decoy(r.chance(0.7))},
		{"akiyesi", note},
	}...)
}

func egbeAppwrite(r *rng) any {
	var docs arr
	n := 1 + r.IntN(3)/2
	for k := 0; k < n; k++ {
		docs = append(docs, yoMember(r))
	}
	lan := r.lanPrefix()
	office := append(appwriteMeta(r, "ofiisi"), obj{
		{"wifi_oruko", netw(r.pick("Egbe-", "Ofiisi_", "SCD-Clinic-", "MTN-") + r.upper(4))},
		{"wifi_koodu", cred(r.alnum(r.in(8, 13)))},
		{"router_awose", dev(r.pick("MTN 4G Router MF283", "Huawei B311", "TP-Link Archer MR600", "ZTE MF927U", "Tenda 4G06"))},
		{"router_ip", netw(lan + ".1")},
		{"dns1", netw(r.pick("8.8.8.8", "1.1.1.1", lan+".1"))},
		{"nas_host", netw(r.pick("nas", "fail", "akosile", "backup") + ".egbe.lan")},
		{"ibudo_ssh", netw(r.pick("22", "2222", "2022"))},
		{"termii_api_koodu", cred("TL" + r.alnum(58))},
		{"ibeere_aabo", plain(r.pick("Kini oruko ile-iwe akoko re?", "Kini oruko aja re akoko?", "Ilu wo ni a ti bi iya re?"))},
		{"idahun_aabo", cred(r.pick("Ibadan", "Bingo", "Ogbomoso", "Ife", "Eko", "Tiger", "Adeoyo"))},
		{"gigun_koodu_to_kere", decoy(r.in(6, 10))},
		{"ikede", prose(p(r.pick("Ipade gbogbogbo ni Satide.", "Eto ayewo Hb ofe ni osu to nbo.")))},
	}...)
	return language(obj{
		{"omo_egbe", obj{{"total", decoy(r.in(n, 3000))}, {"documents", docs}}},
		{"ofiisi", office},
	})
}
