package blindset10

import (
	"fmt"
)

// afya-jamii-odk: a Nairobi community health unit's household-visit form
// pulled from ODK Central's OData feed (value / __id / __system / meta),
// field names in Swahili, plus the ODK Collect settings the volunteers'
// phones were provisioned with.

var swFirstF = []string{"Wanjiru", "Achieng", "Akinyi", "Mwanaisha", "Neema", "Zawadi", "Amina", "Nyambura", "Rehema", "Halima"}
var swFirstM = []string{"Baraka", "Juma", "Otieno", "Kamau", "Mwangi", "Omondi", "Hamisi", "Kiprono", "Musa", "Wafula"}
var swLast = []string{"Kamau", "Otieno", "Wanjiku", "Mwangi", "Odhiambo", "Njoroge", "Kiprono", "Mutua", "Hassan", "Ochieng", "Wekesa", "Mohamed"}

func kePhone(r *rng) string {
	s := r.digits(3)
	return r.pick("0700 000 "+s, "+254 700 000 "+s, "0711 000 "+s, "+254711000"+s)
}

func afyaODK(r *rng) any {
	chv := r.pick(swFirstF...) + " " + r.pick(swLast...)
	chvPhone := kePhone(r)
	head := r.pick(swFirstM...) + " " + r.pick(swLast...)
	female := r.coin(0.65)
	var pf string
	if female {
		pf = r.pick(swFirstF...)
	} else {
		pf = r.pick(swFirstM...)
	}
	pl := r.pick(swLast...)
	b := r.birth(1950, 2022)
	sex := "mwanamke"
	if !female {
		sex = "mwanaume"
	}
	started := r.when()
	kg := r.fl(9, 95, 1)
	temp := r.fl(36.1, 39.8, 1)
	sys, dia := r.bp()

	patient := obj{
		{"jina", cont(pf + " " + pl)},
		{"tarehe_ya_kuzaliwa", cont(b.iso())},
		{"umri", ageOf(b.age())},
		{"jinsia", sexOf(sex)},
	}
	if female && b.age() >= 15 && b.age() <= 45 {
		preg := r.coin(0.3)
		patient = append(patient, field{"mjamzito", hlth(map[bool]string{true: "ndiyo", false: "hapana"}[preg])})
		if preg {
			patient = append(patient, field{"wiki_za_ujauzito", hlth(r.in(6, 38))})
		}
	}
	patient = append(patient,
		field{"uzito_kg", hlth(kg)},
		field{"MUAC_cm", hlth(r.fl(11, 32, 1))},
		field{"joto_la_mwili", hlth(temp)},
	)
	if b.age() >= 18 {
		patient = append(patient, field{"shinikizo_la_damu", hlth(fmt.Sprintf("%d/%d", sys, dia))})
	}
	patient = append(patient,
		field{"dalili", hlth(r.pick("homa kikohozi", "kuhara kutapika", "homa maumivu_ya_kichwa", "kikohozi_cha_muda_mrefu", "hakuna"))},
		field{"kipimo_cha_malaria", hlth(r.pick("chanya", "hasi", "hakijafanyika"))},
		field{"dawa_alizopewa", hlth(r.pick("AL 20/120 vidonge 4 mara mbili kwa siku 3", "ORS na Zinki siku 10", "Paracetamol 500mg", "hakuna"))},
		field{"rufaa", hlth(r.pick("ndiyo", "hapana"))},
		field{"hali_ya_VVU", hlth(r.pick("hasi", "chanya - yuko kwenye ARV", "haijulikani"))},
	)

	var maoni leaf
	switch r.IntN(5) {
	case 0:
		maoni = prose(p("Mama ana homa kali tangu jana, nimempa rufaa kwenda Kliniki ya Kibera.", healthC), p(" Simu ya mume "), p(kePhone(r), contactC))
	case 1:
		maoni = prose(p("Mtoto ana utapiamlo, MUAC nyekundu. Nimewasiliana na "), p(r.pick(swFirstF...), contactC), p(" wa lishe.", healthC))
	case 2:
		maoni = prose(p("Kaya haikupatikana, nitarudi wiki ijayo"))
	case 3:
		maoni = prose(p("Ametumia dawa za TB miezi 2, anaendelea vizuri", healthC))
	default:
		maoni = prose(p("Hakuna tatizo"))
	}

	sub := obj{
		{"__id", decoy("uuid:" + r.uuid())},
		{"__system", obj{
			{"submissionDate", plain(isoMs(started+r.in(600, 90000), r.in(0, 999)))},
			{"updatedAt", null()},
			{"submitterId", decoy(fmt.Sprint(r.in(5, 80)))},
			{"submitterName", cont(chv)},
			{"attachmentsPresent", decoy(1)},
			{"attachmentsExpected", decoy(1)},
			{"status", null()},
			{"reviewState", plain(r.pick("approved", "hasIssues", "received"))},
			{"deviceId", dev("collect:" + r.alnum(16))},
			{"edits", decoy(r.in(0, 2))},
			{"formVersion", decoy(fmt.Sprintf("202403%02d01", r.in(1, 28)))},
		}},
		{"meta", obj{
			{"instanceID", decoy("uuid:" + r.uuid())},
			{"instanceName", cont("Kaya " + fmt.Sprint(r.in(1, 400)) + " - " + head)},
		}},
		{"start", plain(isoMs(started, r.in(0, 999)))},
		{"end", plain(isoMs(started+r.in(300, 2400), r.in(0, 999)))},
		{"phonenumber", cont(chvPhone)},
		{"mhudumu", obj{
			{"jina_la_mhudumu", cont(chv)},
			{"kitengo", plain(r.pick("Kitengo cha Afya Laini Saba", "Kitengo cha Afya Silanga", "Kitengo cha Afya Gatwekera"))},
		}},
		{"kaya", obj{
			{"nambari_ya_kaya", decoy(fmt.Sprintf("KBR-%04d", r.in(1, 9999)))},
			{"mkuu_wa_kaya", cont(head)},
			{"simu", cont(kePhone(r))},
			{"kijiji", plain(r.pick("Laini Saba", "Silanga", "Gatwekera", "Kianda", "Makina"))},
			{"anwani", cont(fmt.Sprintf("Nyumba %d, Mtaa wa %s, Kibera, Nairobi", r.in(1, 300), r.pick("Ayany", "Olympic", "Karanja", "Kibera Drive")))},
			{"idadi_ya_watu", decoy(r.in(1, 11))},
			{"maji_salama", plain(r.pick("ndiyo", "hapana"))},
		}},
		{"mgonjwa", clinical(patient)},
		{"maoni", maoni},
		{"picha_ya_kadi", plain(fmt.Sprintf("%d.jpg", int64(started)*1000+int64(r.in(0, 999))))},
		{"simu_ya_mhudumu", obj{
			{"modeli", dev(r.pick("TECNO Spark 10", "Infinix Hot 30i", "Samsung Galaxy A04", "Nokia C21"))},
			{"android", dev(r.pick("12", "13", "11"))},
			{"toleo_la_collect", dev(r.pick("v2024.1.2", "v2023.3.1", "v2024.2.0"))},
			{"betri", decoy(r.in(5, 100))},
			{"anwani_ya_ip", netw(r.privIP())},
			{"wifi", netw(r.pick("KibeRaHealth-Staff", "CHU-Laini-Saba", "Safaricom-Home-"+r.upnum(4)))},
		}},
	}

	token := r.b64u(64)
	doc := obj{
		{"@odata.context", plain("https://central.example.org/v1/projects/4/forms/ziara_kaya.svc/$metadata#Submissions")},
		{"value", arr{sub}},
		{"@odata.count", decoy(r.in(50, 4000))},
		{"@odata.nextLink", plain("https://central.example.org/v1/projects/4/forms/ziara_kaya.svc/Submissions?%24top=1&%24skiptoken=" + r.b64u(40))},
	}
	if r.coin(0.7) {
		doc = append(doc, field{"mipangilio_ya_collect", obj{
			{"general", obj{
				{"server_url", cred("https://central.example.org/v1/key/" + token + "/projects/4")},
				{"username", cont(lower(r.pick(swFirstF...)) + ".chv")},
				{"password", cred(r.pick("Afya", "Kibera", "Jamii") + r.digits(4) + "!")},
				{"form_update_mode", plain("match_exactly")},
				{"autosend", plain("wifi_and_cellular")},
			}},
			{"admin", obj{{"admin_pw", cred(r.digits(6))}, {"change_server", decoy(false)}}},
			{"project", obj{{"name", plain("Afya Jamii Kibera")}, {"color", plain("#3e9fcc")}}},
		}})
	}
	return language(doc)
}
