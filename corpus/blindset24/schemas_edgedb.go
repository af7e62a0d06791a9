package blindset24

import "fmt"

// trawlerEdgeDB: a Faroese fishing company keeps its crew, vessels and
// onboard IT in EdgeDB (Gel); a consultant's capture holds an EdgeQL HTTP
// request with its secret key and the JSON answer with Faroese property
// and link names: crew members with address, next of kin, the health
// block and seafarer's medical certificate, the login, devices; the
// vessel with its onboard network.
func trawlerEdgeDB(r *rng) any {
	ship := r.lan()
	vessel := r.pick("Norðborg", "Gadus", "Christian í Grótinum", "Finnur Fríði", "Jupiter", "Sjúrðarberg")
	crew := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		crew = append(crew, foSailor(r, vessel))
	}
	vsat := r.wan()
	boat := obj{
		{"id", plain(r.uuid())},
		{"navn", plain(vessel)},
		{"kallimerki", decoy("OW" + r.from(upperNum, 4))},
		{"imo_nummar", decoy("IMO " + r.digits(7))},
		{"heimstaður", plain(r.pick("Klaksvík", "Tórshavn", "Fuglafjørður", "Runavík"))},
		{"netverk", obj{
			{"vsat_ip", netw(vsat)},
			{"undirnet", netw(ship.cidr())},
			{"portur", netw(ship.gw())},
			{"dns", netw(ship.gw())},
			{"vlan_manning", netw(r.pickInt(20, 30, 200))},
			{"wifi_manning", netw(r.ssid(ascii(vessel)))},
			{"wifi_loyniorð", cred(r.psk())},
			{"routari", dev(r.pick("Peplink MAX BR1 Pro 5G", "Cisco Meraki MX68", "Sailor 900 VSAT"))},
			{"routari_umsiting", netw(fmt.Sprintf("https://%s:8443", ship.gw()))},
			{"routari_loyniorð", cred(r.password())},
			{"bandbreidd_mbit", decoy(r.pickInt(4, 8, 20, 50))},
		}},
	}
	return language(obj{
		{"request", obj{
			{"url", netw(fmt.Sprintf("https://%s:5656/db/manning/edgeql", ship.host(r.in(2, 19))))},
			{"headers", obj{{"Authorization", cred("Bearer " + r.edgedbSecret())}, {"X-EdgeDB-User", plain("edgedb")}}},
			{"query", plain("select Sjómaður { ** } filter .skip.navn = <str>$skip")},
			{"variables", obj{{"skip", plain(vessel)}}},
		}},
		{"response", obj{{"data", crew}}},
		{"skip", obj{{"data", arr{boat}}}},
		{"server_version", decoy(fmt.Sprintf("%d.%d+%s", r.in(4, 6), r.in(0, 9), r.hex(7)))},
	})
}

func foSailor(r *rng, vessel string) obj {
	tt := r.when()
	s := r.faroese()
	kin := r.faroese()
	kinWord := r.pick("maður", "pápi", "bróðir")
	if kin.female {
		kinWord = r.pick("kona", "mamma", "systir")
	}
	gota, nr, post, byur := r.foAddress()
	dob := r.birth(1960, 2004)
	kyn := "kvinna"
	if !s.female {
		kyn = "maður"
	}
	sys, dia := r.bp()
	phModel, phOS := r.phoneModel()
	h := r.in(160, 198)
	w := r.f1(58, 118)
	return obj{
		{"id", plain(r.uuid())},
		{"navn", cont(s.full())},
		{"føðingardagur", cont(day(dob))},
		{"kyn", sexOf(kyn)},
		{"fartelefon", cont(r.foPhone())},
		{"teldupostur", cont(r.email(s))},
		{"bústaður", obj{
			{"gøta", cont(gota)},
			{"húsanummar", cont(nr)},
			{"postnummar", cont(post)},
			{"býur", cont(byur)},
		}},
		{"starv", plain(r.pick("skipari", "stýrimaður", "maskinmeistari", "kokkur", "fiskimaður", "bátsmaður"))},
		{"manningarnummar", decoy(fmt.Sprintf("M-%05d", r.in(1, 99999)))},
		{"næsti_avvarðandi", obj{
			{"navn", cont(kin.full())},
			{"tilknýti", plain(kinWord)},
			{"telefon", cont(r.foLocal())},
		}},
		{"heilsa", clinical(obj{
			{"vekt", hlth(w)},
			{"hædd", hlth(h)},
			{"blóðtrýst", hlth(fmt.Sprintf("%d/%d", sys, dia))},
			{"blóðbólkur", hlth(r.pick("A+", "O+", "B+", "O-", "AB+"))},
			{"sjúkur", arr{hlth(r.pick("sukursjúka", "høgt blóðtrýst", "astma", "ryggpína", "sjóverkur"))}},
			{"heilivágur", arr{hlth(r.pick("Metformin 500 mg tvær ferðir um dagin", "Amlodipin 5 mg um morgunin", "Ventoline eftir tørvi", "Ibuprofen 400 mg eftir tørvi"))}},
			{"ofnæmi", r.orNull(0.4, hlth(r.pick("penisillin", "skeljadjór", "nøtir")))},
			{"sjónroynd", hlth(r.pick("góð", "brúkar brillur", "litblindur"))},
		})},
		{"heilsuváttan", clinical(obj{
			{"útgivið", plain(day(after(tt, -r.in(10, 700)*1440)))},
			{"galdandi_til", plain(day(after(tt, r.in(10, 700)*1440)))},
			{"avmarkingar", hlth(r.pick("Eingin", "Bert í heimaleiðum", "Skal bera brillur", "Ikki arbeiði í hæddum"))},
			{"lækni", cont("Dr. " + r.faroese().full())},
		})},
		{"brúkari", obj{
			{"brúkaranavn", cont(r.userName(s))},
			{"loyniorð_hash", cred(r.pkcs5s2())},
			{"seinast_innritaður", plain(iso(after(tt, -r.in(10, 9000))))},
			{"teldupostur_váttaður", decoy(r.chance(0.7))},
		}},
		{"tól", arr{obj{
			{"slag", dev("fartelefon")},
			{"gerð", dev(phModel)},
			{"stýriskipan", dev(phOS)},
			{"mac", macAddr(r.mac(":", false))},
			{"ip", netw(fmt.Sprintf("10.%d.%d.%d", r.in(0, 60), r.in(0, 40), r.in(20, 250)))},
			{"seinast_sæddur", dev(iso(after(tt, -r.in(1, 3000))))},
		}}},
		{"viðmerking", foNote(r, kin)},
		{"skip", obj{{"navn", plain(vessel)}}},
	}
}

func foNote(r *rng, kin person) leaf {
	switch r.IntN(4) {
	case 0:
		return prose(p("Hevur sukursjúku, tekur insulin", healthC), p(". Ring til "), p(kin.first, contactC), p(" á "), p(r.foPhone(), contactC), p(" um nakað hendir."))
	case 1:
		return prose(p("Fekk "), p("brotið fingur á síðsta túri", healthC), p(", sjúkrameldaður 3 vikur."))
	case 2:
		return prose(p("Fartelefonin kemur ikki á wifi, MAC "), pmac(r.mac(":", false)), p("."))
	}
	return prose(p("Fer av skipinum í Hirtshals."))
}
