package blindset23

import "fmt"

// hippoRagic: a Luxembourg therapeutic-riding association's Ragic
// database read through the HTTP API (sheets keyed by their path, records
// keyed by record id with _ragicId, _star, _index_title_ and subtables,
// field names in Luxembourgish): riders with the medical fields and a
// sessions subtable, the equipment sheet and the settings sheet, with the
// export's request block.
func hippoRagic(r *rng) any {
	t := r.when()
	rd := func(x interface{ Format(string) string }) string { return x.Format("2006/01/02") }
	ther := r.luxem()
	horse := r.pick("Fuchs", "Luna", "Bijou", "Nala", "Pepito", "Tornado", "Flocke")

	riders := obj{}
	for i := 0; i < r.in(1, 2); i++ {
		rid := r.in(1, 400) + i*400
		child := r.luxem()
		parent := r.luxem()
		parent.last = child.last
		strooss, nr, pc, uert := r.luAddress()
		phone := r.luPhone()
		var note leaf
		switch r.IntN(3) {
		case 0:
			note = clinNote(p("No 6 Sessiounen "), p(r.pick("besser Rompfkontroll, Spastik manner", "méi roueg, manner Crisen", "Sëtzbalance kloer besser"), healthC), p(". Mamm rifft zréck op "), p(phone, contactC), p("."))
		case 1:
			note = clinNote(p(r.pick("Ass haut gefall, kee Schued", "Epileptesche Ufall virun 2 Wochen, Dokter gefrot", "Rollstull nei ugepasst"), healthC), p("."))
		default:
			note = clinNote(p("Keng Bemierkung."))
		}
		subs := obj{}
		for j := 0; j < r.in(1, 2); j++ {
			var sn leaf
			switch r.IntN(3) {
			case 0:
				sn = prose(p(child.first, contactC), p(" war haut ganz roueg um Päerd."))
			case 1:
				sn = prose(p(r.pick("Sëtzbalance besser", "Krämp am lénke Been", "Midd, no 20 Minutten opgehalen"), healthC), p("."))
			default:
				sn = prose(p("Reen, an der Hal geschafft."))
			}
			subs = append(subs, field{fmt.Sprintf("%d", j), obj{
				{"_ragicId", plain(j)},
				{"Datum", plain(rd(after(t, -j*10080)))},
				{"Therapeut", cont(ther.full())},
				{"Päerd", decoy(horse)},
				{"Dauer (Min)", plain(r.pickInt(20, 30, 45))},
				{"Notiz", sn},
			}})
		}
		riders = append(riders, field{fmt.Sprintf("%d", rid), obj{
			{"_ragicId", plain(rid)},
			{"_star", plain(false)},
			{"_index_title_", cont(child.last + " " + child.first)},
			{"_index_calDates_", plain("")},
			{"_index_", plain("")},
			{"_seq", plain(rid)},
			{"Numm", cont(child.last)},
			{"Virnumm", cont(child.first)},
			{"Gebuertsdatum", cont(rd(r.birth(2006, 2019)))},
			{"Geschlecht", sexOf(map[bool]string{true: "weiblech", false: "männlech"}[child.female])},
			{"Elteren", cont(parent.full())},
			{"Telefon Elteren", cont(phone)},
			{"E-Mail", cont(r.email(parent))},
			{"Strooss", cont(strooss)},
			{"Hausnummer", cont(nr)},
			{"Postcode", cont(pc)},
			{"Uertschaft", cont(uert)},
			{"Noutfallkontakt", cont(r.luxem().full() + ", " + r.luPhone())},
			{"Diagnos", hlth(r.pick("Zerebral Parese (spastesch Diplegie)", "Autismus-Spektrum-Stéierung", "Down-Syndrom", "Multipel Sklerose", "Entwécklungsretard")).clin()},
			{"Medikamenter", hlth(r.pick("Baclofen 10 mg", "Levetiracetam 500 mg", "Keng", "Melatonin 2 mg")).clin()},
			{"Allergien", hlth(r.pick("Päerdshoer", "Hee a Gras", "Keng", "Penicillin")).clin()},
			{"Epilepsie", hlth(r.pick("Jo", "Neen")).clin()},
			{"Gewiicht (kg)", hlth(r.f1(18, 72)).clin()},
			{"Gréisst (cm)", hlth(r.in(105, 182)).clin()},
			{"Hëllefsmëttel", hlth(r.pick("Rollstull", "Rollator", "Orthesen", "Keng")).clin()},
			{"Bemierkung Therapeut", note},
			{"Päerd", decoy(horse)},
			{"Gewiicht vum Päerd (kg)", decoy(r.in(380, 620))},
			{"Alter vum Päerd", decoy(r.in(6, 22))},
			{"Keess", plain(r.pick("CNS", "CMCM"))},
			{"_subtable_1000231", subs},
		}})
	}

	hall := r.lan()
	equip := obj{}
	items := [][3]string{
		{"Kamera Reithal", "IP-Kamera", r.pick("Reolink RLC-810A", "Axis M3106-L Mk II", "Ubiquiti G4 Bullet")},
		{"Tablett Büro", "Tablett", r.pick("Samsung Galaxy Tab S6 Lite", "iPad (9th generation)")},
		{"Hieflift", "Patientelift", r.pick("Invacare Birdie Evo", "Arjo Maxi Move")},
	}
	for _, k := range r.Perm(len(items))[:r.in(1, 2)] {
		it := items[k]
		id := r.in(1, 40) + k*50
		fw := dev(r.semver())
		if r.chance(0.5) {
			fw = fwIP(r.ipShapedFw())
		}
		e := obj{
			{"_ragicId", plain(id)},
			{"_star", plain(false)},
			{"_index_title_", dev(it[0])},
			{"Apparat", dev(it[0])},
			{"Typ", dev(it[1])},
			{"Modell", dev(it[2])},
			{"Seriennummer", dev(r.serial(r.pick("SN", "R", "AX"), 10))},
		}
		if it[1] != "Patientelift" {
			e = append(e,
				field{"IP-Adress", netw(hall.host(r.in(20, 200)))},
				field{"MAC-Adress", macAddr(r.mac(":", true))},
				field{"Firmware", fw},
				field{"Lescht gesinn", dev(rd(after(t, -r.in(1, 3000))) + " " + after(t, -r.in(1, 3000)).Format("15:04:05"))},
			)
		} else {
			e = append(e, field{"Lescht Kontroll", plain(rd(after(t, -r.in(10000, 300000))))}, field{"Max. Belaaschtung (kg)", decoy(r.pickInt(150, 182, 200))})
		}
		equip = append(equip, field{fmt.Sprintf("%d", id), e})
	}

	settings := obj{}
	for i, kv := range []struct {
		k string
		v leaf
	}{
		{"WLAN-Numm", netw(r.pick("Reitstall-Gaascht", "POST-"+r.HEX(4), "Tango-"+r.alnum(4)))},
		{"WLAN-Passwuert", cred(r.psk())},
		{"Router-Admin", netw("http://" + hall.gw())},
		{"Mailchimp API-Schlëssel", cred(r.mailchimpKey())},
		{"Minimal Passwuertlängt", decoy("12")},
	} {
		settings = append(settings, field{fmt.Sprintf("%d", i+1), append(obj{
			{"_ragicId", plain(i + 1).obf()},
			{"_index_title_", plain(kv.k).obf()},
		}, kvRow("Parameter", "Wäert", kv.k, kv.v)...)})
	}

	exporter := r.luxem()
	return language(obj{
		{"Ufro", obj{
			{"Server", plain("eu2.ragic.com")},
			{"Kont", plain("hippolux")},
			{"API-Schlëssel", cred(r.b64(48))},
			{"Exportéiert vun", cont(r.email(exporter))},
			{"Datum", plain(iso(t))},
		}},
		{"reiden/1", riders},
		{"material/3", equip},
		{"astellungen/4", settings},
	})
}
