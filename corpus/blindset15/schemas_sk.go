package blindset15

import (
	"fmt"
	"strings"
)

// beekeeperSolrSK: a Slovak beekeepers' union's member and hive registry,
// an Apache Solr select response ([child] transformer, dynamic-field
// suffixes _s, _i, _f, _b, _dt, _ss, _txt; the query a surname, a
// highlighting section) with Slovak field names: the member (title, name,
// sex, birth date, e-mail, phone, street, town, postcode, region, login,
// bcrypt hash, API token, last IP), the sting-allergy block (allergy,
// anaphylaxis, adrenaline pen, medicines, blood group, note), hives as
// child documents with a hive scale (model, serial, IMEI, firmware, last
// contact) and the colony's own weight, brood temperature and health (all
// the bees', not a person's), sometimes the local branch's office network.
func beekeeperSolrSK(r *rng) any {
	first, last, female := r.skName()
	street, town := r.pick(skStreet...), skTowns[r.IntN(len(skTowns))]
	memberID := "clen-" + r.digits(6)

	hives := arr{}
	for k := 0; k < r.in(1, 3); k++ {
		var fw leaf
		if r.chance(0.4) {
			fw = fwIP(r.ipVer())
		} else {
			fw = dev(r.ver())
		}
		hive := obj{
			{"id", decoy(fmt.Sprintf("ul-%s-%d", r.digits(4), k+1))},
			{"typ_s", plain("ul")},
			{"cislo_ula_i", plain(r.in(1, 40))},
			{"stanoviste_s", plain(r.pick("Sitno – lúka", "Za humnami", "Pri lese", "Vinica Pezinok", "Sad pod Tatrami"))},
			{"vaha_ula_f", decoy(r.f1(28, 95))},
			{"prirastok_kg_f", decoy(r.f1(-1.5, 4.8))},
			{"teplota_plodu_f", decoy(r.f1(33.5, 36.2))},
			{"vlhkost_f", plain(r.f1(40, 80))},
			{"zariadenie_model_s", dev(r.pick("BEEP base", "Broodminder-W", "Arnia Hive Monitor", "BeeScale GSM"))},
			{"zariadenie_sn_s", dev(r.upper(3) + r.digits(7))},
			{"firmver_s", fw},
			{"posledne_spojenie_dt", dev(r.iso(2024, 2024))},
			{"bateria_i", plain(r.in(5, 100))},
			{"zdravie_vcelstva_s", decoy(r.pick("varroáza – ošetrené kyselinou šťaveľovou", "zdravé", "podozrenie na mor včelieho plodu – vzorka odoslaná", "nosematóza", "slabé včelstvo po zime"))},
			{"rok_matky_i", plain(r.in(2021, 2024))},
			{"_version_", decoy(r.in(1000000000, 1999999999)*1000000 + r.in(0, 999999))},
		}
		if r.chance(0.6) {
			hive = append(hive, field{"imei_s", dev("35" + r.digits(13))}, field{"apn_s", plain(r.pick("internet", "o2internet", "internet.telekom"))})
		}
		hives = append(hives, hive)
	}

	healthNote := skHealthNote(r, female)
	member := obj{
		{"id", decoy(memberID)},
		{"typ_s", plain("clen")},
		{"titul_s", plain(r.pick("", "Ing.", "Mgr.", "MUDr.", "Bc."))},
		{"meno_s", cont(first)},
		{"priezvisko_s", cont(last)},
		{"pohlavie_s", sexOf(map[bool]string{true: "žena", false: "muž"}[female])},
		{"datum_narodenia_dt", cont(r.day(1940, 2002) + "T00:00:00Z")},
		{"email_s", cont(r.mail(ascii(first) + "." + ascii(last)))},
		{"telefon_s", cont(r.skPhone())},
		{"ulica_s", cont(fmt.Sprintf("%s %d", street, r.in(1, 120)))},
		{"obec_s", cont(town[0])},
		{"psc_s", cont(town[1])},
		{"kraj_s", cont(town[2])},
		{"clenske_cislo_s", decoy("SZV-" + r.digits(5))},
		{"zakladna_organizacia_s", plain("ZO SZV " + town[0])},
		{"clenom_od_i", plain(r.in(1985, 2023))},
		{"prihlasovacie_meno_s", cont(strings.ToLower(ascii(first)[:1] + ascii(last)))},
		{"heslo_hash_s", cred(r.bcrypt())},
		{"api_token_s", cred("szv_" + r.alnum(32))},
		{"posledna_ip_s", netw(r.wanIP())},
		{"posledne_prihlasenie_dt", plain(r.iso(2024, 2024))},
		{"alergia_na_bodnutie_b", hlth(r.chance(0.5)).clin()},
		{"anafylaxia_v_minulosti_b", hlth(r.chance(0.25)).clin()},
		{"adrenalinove_pero_s", hlth(r.pick("EpiPen 0,3 mg", "Jext 300 µg", "nemá")).clin()},
		{"lieky_ss", stringsOf(func(v any) leaf { return hlth(v).clin() }, r.pickSome(r.in(1, 2), "Zyrtec 10 mg", "Prestarium 5 mg", "Euthyrox 50 µg", "Siofor 500 mg", "Ventolin inhalátor", "Agen 5 mg")...)},
		{"krvna_skupina_s", hlth(r.blood()).clin()},
		{"zdravotna_poznamka_txt", healthNote},
		{"poznamka_txt", skNote(r, female)},
		{"_version_", decoy(r.in(1000000000, 1999999999)*1000000 + r.in(0, 999999))},
		{"ule", hives},
	}

	docs := arr{member}
	if r.chance(0.5) {
		lan := r.lanPrefix()
		pf, pl, _ := r.skName()
		docs = append(docs, obj{
			{"id", decoy("zo-" + r.digits(4))},
			{"typ_s", plain("organizacia")},
			{"nazov_s", plain("ZO SZV " + town[0])},
			{"predseda_s", cont(pf + " " + pl)},
			{"tajomnik_telefon_s", cont(r.skPhone())},
			{"wifi_ssid_s", netw(r.pick("Vcelari_", "ZO-SZV-", "Klubovna_") + r.upper(3))},
			{"wifi_heslo_s", cred(r.pick("Medovina", "Vcielka", "Propolis") + r.digits(4))},
			{"router_ip_s", netw(lan + ".1")},
			{"nas_url_s", netw(fmt.Sprintf("http://%s.%d:5000", lan, r.in(2, 60)))},
			{"nas_heslo_s", cred(r.alnum(12))},
			{"_version_", decoy(r.in(1000000000, 1999999999)*1000000 + r.in(0, 999999))},
		})
	}

	hl := obj{}
	if s, ok := healthNote.val.(string); ok && r.chance(0.6) {
		words := strings.Fields(s)
		i := r.IntN(len(words))
		for k := 0; k < len(words) && len([]rune(words[i])) < 4; k++ {
			i = (i + 1) % len(words)
		}
		words[i] = "<em>" + words[i] + "</em>"
		c := healthNote
		c.val = strings.Join(words, " ")
		hl = append(hl, field{memberID, obj{{"zdravotna_poznamka_txt", arr{c}}}})
	}

	return language(obj{
		{"responseHeader", obj{
			{"zkConnected", plain(true)},
			{"status", plain(0)},
			{"QTime", plain(r.in(1, 40))},
			{"params", obj{
				{"q", cont("priezvisko_s:" + last + r.pick("*", ""))},
				{"fl", plain("*,[child]")},
				{"wt", plain("json")},
				{"rows", plain("10")},
			}},
		}},
		{"response", obj{{"numFound", plain(len(docs))}, {"start", plain(0)}, {"numFoundExact", plain(true)}, {"docs", docs}}},
		{"highlighting", hl},
	})
}

func skHealthNote(r *rng, female bool) leaf {
	ho, pouzil := "ho", "použil"
	if female {
		ho, pouzil = "ju", "použila"
	}
	return r.pickProse(
		func() leaf {
			return prose(p("Pri prehliadke úľa "+ho+" bodla včela do krku, "), p("opuch a dýchavičnosť, "+pouzil+" EpiPen a volali záchranku", healthC), p("."))
		},
		func() leaf {
			return prose(p("Alergia na včelí jed potvrdená alergológom, podstupuje desenzibilizáciu", healthC), p("."))
		},
		func() leaf { return prose(p("Bez zdravotných obmedzení", healthC), p(".")) },
		func() leaf {
			return prose(p(map[bool]string{true: "Diabetička", false: "Diabetik"}[female]+" na inzulíne", healthC), p(", pri práci s včelami mať pri sebe cukor."))
		},
	).clin()
}

func skNote(r *rng, female bool) leaf {
	zabudol := map[bool]string{true: "zabudla", false: "zabudol"}[female]
	return r.pickProse(
		func() leaf { return prose(p("Volajte po 17:00 na "), p(r.skPhone(), contactC), p(".")) },
		func() leaf {
			return prose(p("Váha na úli č. "+fmt.Sprint(r.in(1, 9))+" posiela nezmysly, vymeniť batériu. SN "), p(r.upper(3)+r.digits(7), devC), p("."))
		},
		func() leaf {
			return freeDecoy("Úľ č. " + fmt.Sprint(r.in(1, 9)) + " – varroáza, ošetrené kyselinou šťaveľovou, matka " + fmt.Sprint(r.in(2021, 2024)) + ", váha 42,5 kg.")
		},
		func() leaf { return prose(p("Členský príspevok " + fmt.Sprint(r.in(2022, 2024)) + " zaplatený.")) },
		func() leaf {
			return prose(p("Heslo do portálu "+zabudol+", nastavené nové: "), p(r.pick("Med", "Vosk", "Plast")+r.digits(4)+"!", credC))
		},
	)
}
