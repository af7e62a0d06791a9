package blindset25

import "fmt"

// festivalAzSearch: the first-aid post of a summer music festival in
// central Brittany logs casualties in an app whose search runs on Azure
// AI Search with Breton field names (ASCII, as index fields must be); a
// contractor's capture holds a search request with its admin api-key and
// the answer (@odata.context, @odata.count, documents with @search.score
// and @search.highlights: the casualty, address complex field, the
// clinical complex field, the first-aider with radio, the tablet, the NFC
// wristband, notes), a user lookup (a Nextcloud argon2id hash) and the
// settings document with the site network.
func festivalAzSearch(r *rng) any {
	t := r.when()
	svc := "ps-" + r.pick("gouel", "festival", "sikour") + "-" + r.hex(4)
	base := fmt.Sprintf("https://%s.search.windows.net", svc)
	apiv := "2024-07-01"
	key := r.azSearchKey()
	site := r.lan()

	docs := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		docs = append(docs, brCasualty(r, site))
	}
	n := r.in(40, 900)

	u := r.breton()
	user := obj{
		{"@odata.context", plain(base + "/indexes('implijerien')/$metadata#docs(*)/$entity")},
		{"id", plain(r.uuid())},
		{"anv", cont(u.full())},
		{"anv_implijer", cont(r.userName(u))},
		{"postel", cont(r.email(u))},
		{"pellgomz", cont(r.brIntl())},
		{"hash_ger_tremen", cred(r.nextcloudArgon())},
		{"roll", plain(r.pick("medisin", "klañvdiourez", "skoazeller", "penn-skipailh"))},
		{"kevreadenn_diwezhan", plain(isoMs(after(t, -r.in(10, 3000))))},
		{"postel_gwiriekaet", decoy(r.chance(0.7))},
	}

	settings := obj{
		{"@odata.context", plain(base + "/indexes('arventennou')/$metadata#docs(*)/$entity")},
		{"id", plain("rouedad")},
		{"wifi", netw(r.pick("PS-Sikour", "Secours-PS", "Medic-Tent") + "-" + r.HEX(3))},
		{"alc_hwez_wifi", cred(r.psk())},
		{"ip_dafariad", netw(site.host(r.in(10, 40)))},
		{"vlan", netw(r.pickInt(30, 42, 120, 310))},
		{"kefluniadur_router", netw("https://" + site.gw() + ":8443")},
		{"alc_hwez_api_sms", cred(r.alnum(32))},
		{"hirder_bihanan_ger_tremen", decoy(r.pickInt(8, 10, 12))},
		{"stumm", decoy(r.semver())},
	}

	return language(obj{
		{"calls", arr{
			obj{
				{"request", obj{
					{"method", plain("POST")},
					{"url", plain(fmt.Sprintf("%s/indexes/gloazidi/docs/search?api-version=%s", base, apiv))},
					{"headers", obj{{"api-key", cred(key)}, {"Content-Type", plain("application/json")}}},
					{"body", obj{
						{"search", plain(r.pick("alerjiezh", "dizorc'h OR kouezhet", "astenn", "gwad"))},
						{"searchFields", plain("notenn,yec_hed/abeg")},
						{"count", plain(true)},
						{"top", plain(10)},
						{"highlight", plain("notenn")},
					}},
				}},
				{"response", obj{
					{"@odata.context", plain(base + "/indexes('gloazidi')/$metadata#docs(*)")},
					{"@odata.count", decoy(n)},
					{"value", docs},
				}},
			},
			obj{
				{"request", obj{
					{"method", plain("GET")},
					{"url", plain(fmt.Sprintf("%s/indexes/implijerien/docs('%s')?api-version=%s", base, r.hex(8), apiv))},
					{"headers", obj{{"api-key", cred(key)}}},
				}},
				{"response", user},
			},
			obj{
				{"request", obj{
					{"method", plain("GET")},
					{"url", plain(fmt.Sprintf("%s/indexes/arventennou/docs('rouedad')?api-version=%s", base, apiv))},
					{"headers", obj{{"api-key", cred(key)}}},
				}},
				{"response", settings},
			},
		}},
	})
}

func brCasualty(r *rng, site lan) obj {
	tt := r.when()
	c := r.breton()
	fa := r.breton()
	doc := r.breton()
	a := r.brAddress()
	dob := r.birth(1955, 2008)
	reizh := "gwaz"
	if c.female {
		reizh = "maouez"
	}
	reasons := []string{"Dizorc'h gant alkool", "Kouezhet, troad troet", "Astenn, skuizhder", "Tommder re, dizourañ", "Skeudenn alerjiek (gwenan)", "Gloaz ouzh ar penn"}
	reason := reasons[r.IntN(len(reasons))]
	sys, dia := r.bp()
	radio := r.pick("Motorola DP4400e", "Hytera PD785", "Kenwood NX-3220")
	radioSN := r.serial("", 10)
	tab := r.pick("Samsung Galaxy Tab Active3", "iPad (9th generation)", "Crosscall Core-T4")
	tabIP := site.host(r.in(50, 200))
	var note, hl leaf
	switch r.IntN(4) {
	case 0:
		s := r.pick("diabetek, insulin gantañ", "astenn, Ventoline kemeret", "kouezhet diwar al leurenn, mañsoù er vrec'h")
		note = prose(p(c.first, contactC), p(" "), p(s, healthC), p(", kaset d'an ospital gant "), p(fa.first, contactC), p("."))
		hl = prose(p("<em>"+c.first+"</em>", contactC), p(" "), p(s, healthC))
	case 1:
		note = prose(p("Tablezenn "), p(tabIP, netC), p(" kollet gant ar Wi-Fi, adloc'het."))
		hl = prose(p("Tablezenn <em>"), p(tabIP, netC), p("</em>"))
	case 2:
		ph := r.brPhone()
		note = prose(p("Kar "), p(r.breton().full(), contactC), p(" da c'hervel: "), p(ph, contactC))
		hl = prose(p("<em>"+ph+"</em>", contactC))
	default:
		note = prose(p("Distro d'ar c'hampin, mat an traoù."))
		hl = prose(p("Distro d'ar <em>c'hampin</em>"))
	}
	health := clinical(obj{
		{"abeg", hlth(reason)},
		{"kleved", arr{hlth(r.pick("Astenn", "Diabet seurt 1", "Droug-skent", "Netra"))}},
		{"louzou", arr{hlth(r.pick("Ventoline 100 µg", "Insulin Novorapid", "Lamotrigin 100 mg", "Paracetamol 1 g"))}},
		{"alerjiezh", r.orNull(0.5, hlth(r.pick("Kraoñ-douar", "Penisilin", "Gwenan")))},
		{"gwask_gwad", hlth(fmt.Sprintf("%d/%d", sys, dia))},
		{"taol_kalon", hlth(r.in(54, 140))},
		{"gwrez", hlth(r.f1(35.4, 39.8))},
		{"saturadur_oksigen", hlth(r.in(88, 100))},
		{"glukoz", hlth(r.f2(0.6, 2.8))},
		{"alkool", hlth(r.chance(0.4))},
		{"skeul_poan", hlth(r.in(0, 10))},
		{"kaset_d_an_ospital", hlth(r.pick("nann", "ya - CHU Brest", "ya - CH Karaez"))},
	})
	return obj{
		{"@search.score", plain(r.f2(0.5, 9))},
		{"@search.highlights", obj{{"notenn", arr{hl}}, {"yec_hed/abeg", arr{hlth("<em>" + reason + "</em>")}}}},
		{"id", plain(r.uuid())},
		{"niverenn_fichenn", decoy(fmt.Sprintf("PS-%d-%04d", 2024, r.in(1, 9999)))},
		{"deiziad_degemer", plain(isoMs(after(tt, -r.in(1, 3000))))},
		{"anv_bihan", cont(c.first)},
		{"anv_familh", cont(c.last)},
		{"deiziad_ganedigezh", cont(day(dob) + "T00:00:00Z")},
		{"oad", ageOf(age(dob, tt))},
		{"reizh", sexOf(reizh)},
		{"pellgomz", cont(r.brPhone())},
		{"postel", r.orNull(0.5, cont(r.email(c)))},
		{"chomlec_h", obj{{"straed", cont(a.street)}, {"ker", cont(a.town)}, {"kod_post", cont(a.postcode)}}},
		{"yec_hed", health},
		{"breselenn_nfc", cred(r.HEX(14))},
		{"skoazeller", obj{
			{"anv", cont(fa.full())},
			{"radio", obj{{"model", dev(radio)}, {"niverenn_steudad", dev(radioSN)}, {"kanol", plain(r.in(1, 16))}}},
		}},
		{"tablezenn", obj{{"model", dev(tab)}, {"ip", netw(tabIP)}, {"gwelet_diwezhan", dev(isoMs(after(tt, -r.in(1, 90))))}}},
		{"gwelet_gant", cont("Dr " + doc.last)},
		{"notenn", note},
		{"hash_restr", decoy(r.hex(40))},
		{"gwrez_an_aer", decoy(r.f1(14, 33))},
		{"niver_gloazidi_an_deiz", decoy(r.in(3, 140))},
	}
}
