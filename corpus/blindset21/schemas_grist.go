package blindset21

import (
	"fmt"
	"strings"
)

// gristList is a Grist list cell: ["L", item, ...].
func gristList(items ...leaf) arr {
	out := arr{plain("L")}
	for _, it := range items {
		out = append(out, it)
	}
	return out
}

// whanauGrist is a Rotorua kaupapa Māori health provider's whānau ora
// register in a Grist document read through the records API; Grist made
// the te reo column labels into ASCII identifiers (no macrons).
func whanauGrist(r *rng) any {
	t0 := r.when()
	office := r.lan()
	van := r.lan()
	docID := r.alnum(22)
	table := func(recs arr) obj { return obj{{"records", recs}} }

	var kaimahi []person
	var kRecs arr
	for i := 0; i < r.in(2, 3); i++ {
		k := r.maori()
		kaimahi = append(kaimahi, k)
		em := strings.ToLower(ascii(k.first)+"."+ascii(k.last)) + "@" + r.pick("tewhare.example", "hauora.example", "whanauora.example.org")
		kRecs = append(kRecs, obj{{"id", plain(i + 1)}, {"fields", obj{
			{"Ingoa", cont(k.full())},
			{"Tuuranga", plain(r.pick("Kaiāwhina", "Nēhi", "Kaiwhakahaere", "Kaimahi hapori"))},
			{"Imera", cont(em)},
			{"Waea", cont(r.nzPhone())},
			{"Grist_Login", cont(em)},
			{"Kua_Whakamana", decoy(r.chance(0.8))},
		}}})
	}

	var wRecs arr
	for i := 0; i < r.in(2, 3); i++ {
		pt := r.maori()
		born := r.birth(1945, 2005)
		street, suburb, town, pc := r.nzAddress()
		ki := r.IntN(len(kaimahi))
		sex := "Tāne"
		if pt.female {
			sex = "Wahine"
		}
		sys, dia := r.bp()
		meds := []leaf{hlth(r.pick("Metformin 1g BD", "Metformin 500mg TDS", "Gliclazide 80mg"))}
		if r.chance(0.6) {
			meds = append(meds, hlth(r.pick("Empagliflozin 10mg", "Cilazapril 2.5mg", "Atorvastatin 40mg", "Insulin glargine 18u")))
		}
		health := obj{
			{"Mate_Huka", hlth(r.pick("Momo 2", "Momo 2 - insulin", "Pre-diabetes", "Kāore"))},
			{"HbA1c", hlth(r.in(38, 110))},
			{"Pehanga_Toto", hlth(fmt.Sprintf("%d/%d", sys, dia))},
			{"Taumaha", hlth(r.f1(58, 160))},
			{"Kai_Paipa", hlth(r.pick("Āe", "Kāo", "Kua mutu"))},
			{"Rongoa", gristList(meds...)},
		}
		fields := obj{
			{"Ingoa", cont(pt.first)},
			{"Ingoa_Whanau", cont(pt.last)},
			{"Iwi", plain(r.pick("Te Arawa", "Ngāti Whakaue", "Tūhourangi", "Ngāti Pikiao", "Ngāti Awa"))},
			{"Ra_Whanau", cont(unix(born))},
			{"Ira", sexOf(sex)},
			{"Waea", cont(r.pick(r.nzPhone(), r.nzLocal(), r.nzLand()))},
			{"Imera", r.orNull(0.4, cont(r.email(pt)))},
			{"Wahi_Noho", cont(street)},
			{"Taone_Iti", cont(suburb)},
			{"Taone", cont(town)},
			{"Waehere_Poutapeta", cont(pc)},
		}
		for _, f := range health {
			fields = append(fields, field{f.key, clinical(f.val)})
		}
		fields = append(fields,
			field{"Kaimahi", plain(ki + 1)},
			field{"gristHelper_Display", cont(kaimahi[ki].full())},
			field{"Korero", clinNote(
				p(r.pick("I tae atu ki te kāinga. ", "Kōrero ki te whānau. ", "Visited at home. ")),
				p(r.pick("Kua piki te huka toto, ", "Sore on left foot, podiatry referral, ", "BP still high, GP aware, "), healthC),
				p(r.pick("ka hoki mai ā te wiki e tū mai nei.", "whānau hui booked.", "")),
				p(" Mokopuna "), p(r.maori().first, contactC), p(" helps with meds."),
			)},
			field{"manualSort", decoy(i + 1)},
			field{"Tatau_Haerenga", decoy(r.in(1, 40))},
			field{"Nama_Kaari", decoy(fmt.Sprintf("WO-%05d", r.in(1, 99999)))},
			field{"Whakaaetanga", plain(r.chance(0.9))},
		)
		wRecs = append(wRecs, obj{{"id", plain(i + 1 + r.in(0, 400))}, {"fields", fields}})
	}

	type td struct{ nick, kind, model string }
	tds := []td{
		{"Te Waka tablet", "Papa rorohiko", "Samsung Galaxy Tab Active4 Pro"},
		{"BP mīhini", "BP monitor", "Omron HEM-7361T"},
		{"HbA1c mīhini", "POC analyser", "Abbott Afinion 2"},
		{"Van router", "4G router", "Teltonika RUT241"},
	}
	var tRecs arr
	for i, ti := range r.Perm(len(tds))[:3] {
		t := tds[ti]
		var fw leaf
		if r.chance(0.5) {
			fw = fwIP(r.ipShapedFw())
		} else {
			fw = dev(r.semver())
		}
		tRecs = append(tRecs, obj{{"id", plain(i + 1)}, {"fields", obj{
			{"Ingoa", dev(t.nick)},
			{"Momo", dev(t.kind)},
			{"Tauira", dev(t.model)},
			{"Nama_Rangatu", dev(r.serial(r.pick("R5", "AF", "11", "OM"), 9))},
			{"Putumohio", fw},
			{"MAC", macAddr(r.mac(":", true))},
			{"Kite_Whakamutunga", dev(unix(after(t0, -r.in(0, 5000))))},
			{"Utu", plain(r.in(80, 4200))},
		}}})
	}

	officeNote := prose(p(r.pick("Spark fibre, ", "One NZ, ", "2degrees, ")), p("support line on the box"))
	if r.chance(0.5) {
		officeNote = prose(p(r.pick("Spark fibre, ", "One NZ, ", "2degrees, ")), p("static IP "), p(r.wan(), netC))
	}
	vanSSID := r.pick("TeWaka-Van", "Hauora-Mobile", "WhanauOra-4G")
	nRecs := arr{
		obj{{"id", plain(1)}, {"fields", obj{{"Taputapu", plain("Office router")}, {"IP", netw(office.gw())}, {"SSID", netw(r.ssid(r.pick("TeWhare", "Hauora", "Kainga")))}, {"Kupuhipa", cred(r.psk())}, {"Kupuhipa_Kaiwhakahaere", cred(r.password())}, {"Tuhinga", officeNote}}}},
		obj{{"id", plain(2)}, {"fields", obj{{"Taputapu", plain("Van router")}, {"IP", netw(van.gw())}, {"SSID", netw(vanSSID)}, {"Kupuhipa", cred(r.psk())}, {"Kupuhipa_Kaiwhakahaere", cred(r.password())}}}},
	}

	set := func(i int, k string, v leaf) obj {
		return obj{{"id", plain(i)}, {"fields", obj{{"Ingoa", plain(k).obf()}, {"Uara", v.obf()}}}}
	}
	settings := arr{
		set(1, "Grist API key", cred(r.hex(40))),
		set(2, "Slack token", cred(fmt.Sprintf("xoxp-%s-%s-%s-%s", r.digits(12), r.digits(12), r.digits(13), r.hex(32)))),
		set(3, "Slack channel", plain("#whanau-ora")),
		set(4, "Putanga", decoy(r.semver())),
		set(5, "Roa kupuhipa iti rawa", decoy(12)),
	}

	return language(obj{
		{"doc", plain(docID)},
		{"server", plain("https://docs.getgrist.com")},
		{"fetched", plain(iso(t0))},
		{"Whanau", table(wRecs)},
		{"Kaimahi", table(kRecs)},
		{"Taputapu", table(tRecs)},
		{"Whatunga", table(nRecs)},
		{"Tautuhinga", table(settings)},
	})
}
