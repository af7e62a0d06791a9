package blindset27

import (
	"fmt"
	"strings"
)

var cebIll = []string{"hypertension", "diabetes", "asthma", "TB (nag-DOTS)", "anemia", "UTI", "goiter"}
var cebMeds = []string{"Amlodipine 5mg", "Losartan 50mg", "Metformin 500mg", "Ferrous sulfate + folic acid", "Salbutamol neb", "Calcium carbonate"}

// bhsTurbopuffer: a Cebu barangay health station's midwife assistant
// answers questions over its records with a vector index in turbopuffer,
// Cebuano attribute names; a request log holds the embedding call (the
// question names a patient; token usage), the query (namespace URL,
// bearer API key, rank_by vector, filters) and the answer: rows with
// distance, name, birthday, age, sex, mobile, sitio or street, barangay,
// city and ZIP, illnesses, medicines, blood pressure, blood sugar,
// weight, height, pregnancy and weeks, vaccines, the health worker and
// midwife, the source form and the text chunk; a device row (kind,
// model, serial, IP, MAC, last seen) and a settings row (Wi-Fi, router
// admin URL and password, SMS API key, a password-length look-alike);
// billing and performance blocks; the assistant's answer.
func bhsTurbopuffer(r *rng) any {
	t := r.when()
	net := lan("192.168.1")
	if r.chance(0.5) {
		net = r.lan()
	}
	st, brgy, city, zip := r.cebAddress()
	_ = st
	midwife := r.cebuano()
	bhw := r.cebuano()
	target := r.cebuano()
	ns := "bhs-" + strings.ToLower(strings.ReplaceAll(brgy, " ", "-")) + "-records"
	vec := arr{}
	for i := 0; i < 8; i++ {
		vec = append(vec, plain(r.f2(-0.2, 0.2)))
	}

	rows := arr{}
	var answer leaf
	for i := 0; i < r.in(2, 3); i++ {
		pp := r.cebuano()
		if i == 0 {
			pp = target
		}
		dob := r.birth(1955, 2006)
		sx := "lalaki"
		if pp.female {
			sx = "babaye"
		}
		street, _, _, _ := r.cebAddress()
		sys, dia := r.bp()
		preg := pp.female && age(dob, t) < 42 && r.chance(0.5)
		weeks := null()
		wk := r.in(8, 38)
		if preg {
			weeks = hlth(wk)
		}
		ill := arr{}
		for _, x := range r.pickSome(r.in(0, 2), cebIll...) {
			ill = append(ill, hlth(x))
		}
		meds := arr{}
		for _, x := range r.pickSome(r.in(0, 2), cebMeds...) {
			meds = append(meds, hlth(x))
		}
		vax := arr{}
		for _, x := range r.pickSome(r.in(1, 2), "Td 2", "Td 1", "Flu 2025", "Pneumo (PPV23)", "COVID booster") {
			vax = append(vax, hlth(x))
		}
		var text leaf
		switch {
		case preg:
			text = prose(p("Si "), p(pp.full(), contactC), p(fmt.Sprintf(", %d, nagmabdos %d ka semana. BP %d/%d, gisakit ang ulo.", age(dob, t), wk, sys, dia), healthC), p(" Gi-refer sa Vicente Sotto Memorial Medical Center."))
		case r.chance(0.5):
			text = prose(p(pp.first, contactC), p(" wala na'y tambal para sa presyon, "), p("gihatagan og Amlodipine 5mg", healthC), p(". Tawagan sa "), p(r.phLocal(), contactC), p("."))
		default:
			text = prose(p("Nagpa-check up, maayo ra ang lawas. Balik sa sunod bulan."))
		}
		if i == 0 {
			answer = prose(p("Ang BP ni "), p(pp.first, contactC), p(fmt.Sprintf(" niadtong ulahing check-up kay %d/%d", sys, dia), healthC), p(". Si "), p(bhw.first, contactC), p(" ang BHW niya."))
		}
		rows = append(rows, clinicalOnly(obj{
			{"id", plain(fmt.Sprintf("pasyente-%04d-%d", r.in(1, 9999), r.in(0, 4)))},
			{"$dist", plain(r.f2(0.05, 0.6))},
			{"tinubdan", plain(r.pick("Form 1 (Prenatal)", "NCD Risk Assessment", "TB DOTS card", "Family Planning Form 1"))},
			{"ngalan", cont(pp.full())},
			{"adlaw_natawhan", cont(day(dob))},
			{"edad", ageOf(age(dob, t))},
			{"sekso", sexOf(sx)},
			{"numero_sa_selpon", r.orNull(0.2, cont(r.pick(r.phIntl(), r.phLocal())))},
			{"sitio_o_dalan", cont(street)},
			{"barangay", cont(brgy)},
			{"lungsod", cont(city)},
			{"zip", cont(zip)},
			{"sakit", ill},
			{"tambal", meds},
			{"presyon_sa_dugo", hlth(fmt.Sprintf("%d/%d", sys, dia))},
			{"asukal_sa_dugo", hlth(r.in(70, 320))},
			{"timbang_kg", hlth(r.f1(38, 98))},
			{"gitas_on_cm", hlth(r.in(140, 180))},
			{"nagmabdos", hlth(preg)},
			{"semana_sa_pagmabdos", weeks},
			{"bakuna", vax},
			{"BHW", cont(bhw.full())},
			{"mananabang", cont(midwife.full())},
			{"teksto", text},
			{"gi_update", plain(iso(after(t, -r.in(100, 200000))))},
		}))
	}
	gk := splitBar(r.pick("tablet|Samsung Galaxy Tab A9", "tablet|Realme Pad 2", "BP monitor|Omron HEM-7156T", "glucometer|Accu-Chek Instant"))
	rows = append(rows, obj{
		{"id", plain(fmt.Sprintf("gamit-%02d", r.in(1, 20)))},
		{"$dist", plain(r.f2(0.6, 0.9))},
		{"tinubdan", plain("imbentaryo")},
		{"matang", dev(gk[0])},
		{"modelo", dev(gk[1])},
		{"serial", dev(r.serial("", 11))},
		{"ip", netw(net.host(r.in(2, 250)))},
		{"mac", macAddr(r.mac(":", false))},
		{"ulahing_nakita", dev(iso(after(t, -r.in(10, 9000))))},
		{"teksto", prose(p(r.pick("Gihatag sa DOH niadtong 2024.", "Guba ang charger, gipulihan.", "Naa sa lamesa sa mananabang.")))},
	})
	rows = append(rows, obj{
		{"id", plain("settings-1")},
		{"$dist", plain(r.f2(0.8, 0.99))},
		{"tinubdan", plain("settings")},
		{"wifi_ngalan", netw(r.pick("BHS-"+brgy, "PLDTHOMEFIBR"+r.HEX(5), "Globe_LTE_"+r.HEX(4)))},
		{"wifi_pasword", cred(r.psk())},
		{"router_admin", netw("http://" + net.gw())},
		{"router_pasword", cred(r.password())},
		{"sms_api_key", cred(r.hex(32))},
		{"minimum_gitas_sa_pasword", decoy(8)},
	})

	return language(obj{
		{"embed", obj{
			{"model", plain("text-embedding-3-small")},
			{"input", prose(p("Unsa ang BP ni "), p(target.first+" "+target.last, contactC), p(" sa ulahing check-up?"))},
			{"usage", obj{{"prompt_tokens", decoy(r.in(10, 40))}, {"total_tokens", decoy(r.in(10, 40))}}},
		}},
		{"query", obj{
			{"url", plain("https://gcp-asia-southeast1.turbopuffer.com/v2/namespaces/" + ns + "/query")},
			{"authorization", cred("Bearer tpuf_" + r.alnum(32))},
			{"body", obj{
				{"rank_by", arr{plain("vector"), plain("ANN"), vec}},
				{"top_k", plain(5)},
				{"include_attributes", plain(true)},
				{"filters", arr{plain("lungsod"), plain("Eq"), plain(city)}},
			}},
		}},
		{"response", obj{
			{"rows", rows},
			{"billing", obj{{"billable_logical_bytes_queried", plain(r.in(100000, 9000000))}, {"billable_logical_bytes_returned", plain(r.in(1000, 90000))}}},
			{"performance", obj{{"approx_namespace_size", plain(r.in(200, 40000))}, {"cache_hit_ratio", plain(1.0)}, {"cache_temperature", plain("hot")}, {"server_total_ms", plain(r.in(5, 90))}, {"query_execution_ms", plain(r.in(2, 60))}, {"exhaustive_search_count", plain(0)}}},
		}},
		{"answer", answer},
	})
}

// clinicalOnly marks the health leaves of a patient row clinical: every
// leaf whose label is health alone.
func clinicalOnly(o obj) obj {
	out := make(obj, len(o))
	for i, f := range o {
		v := f.val
		switch t := v.(type) {
		case leaf:
			if len(t.label.Categories) == 1 && t.label.Categories[0] == healthC {
				v = t.clin()
			}
		case arr:
			na := make(arr, len(t))
			for j, e := range t {
				if l, ok := e.(leaf); ok && len(l.label.Categories) == 1 && l.label.Categories[0] == healthC {
					e = l.clin()
				}
				na[j] = e
			}
			v = na
		}
		out[i] = field{f.key, v}
	}
	return out
}
