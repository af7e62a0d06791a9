package blindset16

import "fmt"

// songFestContentful: the participant registry of a Latvian song and dance
// festival kept in a headless CMS, read from the Contentful Delivery API
// with locale=* (every field wrapped in {"lv-LV": ...}, links as sys
// objects, linked entries and assets under includes). Field ids are ASCII
// Latvian camelCase; values and notes are in Latvian.
func songFestContentful(r *rng) any {
	space := r.from(lowerNum, 12)
	t0 := r.when()
	loc := func(v any) obj { return obj{{"lv-LV", v}} }
	link := func(linkType, id string) obj {
		return obj{{"sys", obj{{"type", plain("Link")}, {"linkType", plain(linkType)}, {"id", decoy(id)}}}}
	}
	sys := func(typ, ct, id string) obj {
		s := obj{
			{"space", link("Space", space)},
			{"id", decoy(id)},
			{"type", plain(typ)},
			{"createdAt", plain(isoMs(after(t0, -r.in(20000, 200000))))},
			{"updatedAt", plain(isoMs(after(t0, -r.in(10, 19000))))},
			{"environment", obj{{"sys", obj{{"id", plain("master")}, {"type", plain("Link")}, {"linkType", plain("Environment")}}}}},
			{"revision", plain(r.in(1, 14))},
		}
		if ct != "" {
			s = append(s, field{"contentType", link("ContentType", ct)})
		}
		return s
	}
	entryID := func() string { return r.alnum(22) }

	// the collective (choir or dance group) the participants belong to
	isDance := r.chance(0.4)
	kolID := entryID()
	leader := r.latvian()
	kolName := r.pick("Jauktais koris \"Dzintars\"", "Sieviešu koris \"Balta\"", "Vīru koris \"Tēvzeme\"", "Jauktais koris \"Austrums\"")
	if isDance {
		kolName = r.pick("Tautas deju ansamblis \"Vija\"", "Deju kolektīvs \"Dancis\"", "Jauniešu deju kolektīvs \"Rotaļa\"")
	}
	hall := r.pick("Brīvības iela", "Miera iela", "Lāčplēša iela", "Skolas iela", "Rīgas iela")
	town := r.pick("Rīga", "Cēsis", "Valmiera", "Jelgava", "Liepāja", "Kuldīga", "Talsi")
	kol := obj{
		{"metadata", obj{{"tags", arr{}}}},
		{"sys", sys("Entry", "kolektivs", kolID)},
		{"fields", obj{
			{"nosaukums", loc(plain(kolName))},
			{"veids", loc(plain(map[bool]string{true: "deju kolektīvs", false: "koris"}[isDance]))},
			{"vaditajs", loc(cont(leader.full()))},
			{"vaditajaTalrunis", loc(cont(r.lvPhone()))},
			{"vaditajaEpasts", loc(cont(r.email(leader.first, leader.last)))},
			{"meginajumuVieta", loc(cont(fmt.Sprintf("%s %d, %s, LV-%d", hall, r.in(1, 90), town, r.in(1001, 5799))))},
			{"wifi", loc(obj{{"tikls", netw(r.pick("Kultura", "TautasNams", "Skola", "Zale") + "-" + r.pick("Guest", "Koris", "WiFi") + r.digits(1))}, {"parole", cred(r.psk())}})},
			{"skanasPultsIp", loc(netw(r.lan().host(r.in(20, 90))))},
			{"dalibniekuSkaits", loc(decoy(r.in(24, 80)))},
		}},
	}

	var items, assets, visits arr
	n := r.in(1, 3)
	for i := 0; i < n; i++ {
		pp := r.latvian()
		id := entryID()
		assetID := entryID()
		slug := ascii(pp.first) + "-" + ascii(pp.last)
		sex := "vīrietis"
		if pp.female {
			sex = "sieviete"
		}
		voice := r.pick("soprāns", "alts", "tenors", "bass")
		if isDance {
			voice = "dejotājs"
		}
		health := obj{}
		if r.chance(0.6) {
			health = append(health, field{"hroniskasSlimibas", hlth(r.pick("astma", "1. tipa cukura diabēts", "epilepsija", "hipertensija", "migrēna"))})
		} else {
			health = append(health, field{"hroniskasSlimibas", nullDecoy()})
		}
		health = append(health,
			field{"alergijas", hlth(r.pick("nav", "rieksti", "bišu dzēlieni", "penicilīns", "laktoze", "ziedputekšņi"))},
			field{"medikamenti", hlth(r.pick("nav", "salbutamols pēc vajadzības", "insulīns (Novorapid)", "levetiracetāms 500 mg 2x dienā", "bisoprolols 5 mg"))},
			field{"asinsGrupa", hlth(r.pick("O(I) Rh+", "A(II) Rh+", "B(III) Rh-", "AB(IV) Rh+", "A(II) Rh-"))},
		)
		var note leaf
		switch r.IntN(3) {
		case 0:
			note = prose(p("Ja ir hipoglikēmija, dot sulu; insulīna pildspalva somā.", healthC), p(" Mamma "), p(lvFemale[r.IntN(len(lvFemale))], contactC), p(" zvanīt "), p(r.lvPhone(), contactC), p("."))
		case 1:
			note = prose(p(r.pick("Nēsā dzirdes aparātu labajā ausī.", "Pēc ceļa operācijas nevar ilgi stāvēt, vajag krēslu.", "Grūtniecība 22. nedēļa, lūdzu ēnainu vietu."), healthC))
		default:
			note = prose(p("Nav īpašu piezīmju."))
		}
		health = append(health, field{"piezimes", note})

		fields := obj{
			{"vards", loc(cont(pp.first))},
			{"uzvards", loc(cont(pp.last))},
			{"dzimsanasDatums", loc(cont(day(r.birth(1950, 2008))))},
			{"dzimums", loc(sexOf(sex))},
			{"talrunis", loc(cont(r.lvPhone()))},
			{"epasts", loc(cont(r.email(pp.first, pp.last)))},
			{"adrese", loc(obj{
				{"iela", cont(fmt.Sprintf("%s %d-%d", r.pick("Ausekļa iela", "Kalnciema iela", "Dzirnavu iela", "Zemgales iela", "Ozolu iela"), r.in(1, 120), r.in(1, 60)))},
				{"pilseta", cont(town)},
				{"pastaIndekss", cont(fmt.Sprintf("LV-%d", r.in(1001, 5799)))},
				{"novads", cont(r.pick("Cēsu novads", "Valmieras novads", "Rīga", "Kuldīgas novads"))},
			})},
			{"kolektivs", loc(link("Entry", kolID))},
			{"balssGrupa", loc(plain(voice))},
			{"terpaIzmers", loc(decoy(r.pick("S", "M", "L", "XL", "44", "48", "52")))},
		}
		if isDance {
			fields = append(fields, field{"kurpjuIzmers", loc(decoy(r.in(36, 46)))})
		}
		fields = append(fields,
			field{"veseliba", loc(clinical(health))},
			field{"naktsmitne", loc(obj{{"skola", plain(r.pick("Rīgas 1. ģimnāzija", "Rīgas Valsts 2. ģimnāzija", "Āgenskalna sākumskola", "Rīgas 64. vidusskola"))}, {"istaba", plain(fmt.Sprint(r.in(101, 340)))}})},
			field{"lietotne", loc(obj{
				{"lietotajvards", cont(ascii(pp.first) + "." + ascii(pp.last)[:3] + r.digits(2))},
				{"paroleHash", cred(r.bcrypt())},
				{"pushToken", cred(r.fcm())},
				{"ierice", dev(r.pick("Samsung Galaxy A54", "iPhone 12", "Xiaomi Redmi Note 12", "iPhone SE (2022)", "Samsung Galaxy S21 FE"))},
				{"os", dev(r.pick("Android 14", "iOS 17.4", "Android 13", "iOS 16.7"))},
				{"versija", dev(fmt.Sprintf("3.%d.%d", r.in(0, 9), r.in(0, 20)))},
				{"pedejoreizAktivs", plain(iso(after(t0, -r.in(5, 3000))))},
			})},
			field{"foto", loc(link("Asset", assetID))},
		)
		if r.chance(0.4) {
			fields = append(fields, field{"zinojums", loc(r.pickLeaf(
				func() leaf {
					return prose(p("Lūdzu mainīt naktsmītni, manā istabā nedarbojas WiFi "), p(r.pick("SkolaGuest", "Gimnazija-WiFi", "RS64-Open"), netC), p("."))
				},
				func() leaf {
					return prose(p("Brauksim ar savu autobusu, šoferis "), p(r.latvian().full(), contactC), p(", tālr. "), p(r.lvPhone(), contactC), p("."))
				},
				func() leaf { return prose(p("Paldies par organizēšanu, uz tikšanos gājienā!")) },
			))})
		}
		items = append(items, obj{
			{"metadata", obj{{"tags", arr{link("Tag", map[bool]string{true: "dejotaji", false: "kori"}[isDance])}}}},
			{"sys", sys("Entry", "dalibnieks", id)},
			{"fields", fields},
		})

		w, h := r.pick3(800, 1200, 1600), r.pick3(1000, 1500, 2000)
		assets = append(assets, obj{
			{"metadata", obj{{"tags", arr{}}}},
			{"sys", sys("Asset", "", assetID)},
			{"fields", obj{
				{"title", loc(joined(p(pp.full(), contactC), p(" – foto")))},
				{"file", loc(obj{
					{"url", cont(fmt.Sprintf("//images.ctfassets.example/%s/%s/%s/%s.jpg", space, assetID, r.hex(32), slug))},
					{"details", obj{{"size", plain(r.in(80000, 900000))}, {"image", obj{{"width", decoy(w)}, {"height", decoy(h)}}}}},
					{"fileName", cont(slug + ".jpg")},
					{"contentType", plain("image/jpeg")},
				})},
			}},
		})

		if r.chance(0.6) {
			sys1, dia1 := r.bp()
			medic := r.latvian()
			var vnote leaf
			if r.chance(0.5) {
				vnote = prose(p("Sūdzējās par "), p(r.pick("galvassāpēm pēc mēģinājuma saulē", "reiboni un nelabumu", "sāpēm krūtīs, nosūtīts uz NMPD"), healthC), p(", iedots "), p(r.pick("paracetamols 500 mg", "ūdens un elektrolīti", "nitroglicerīns"), healthC), p("."))
			} else {
				vnote = prose(p("Nokrita deju laukumā, "), p("potītes sastiepums, uzlikts ledus", healthC), p(map[bool]string{true: ". Informēta vadītāja ", false: ". Informēts vadītājs "}[leader.female]), p(leader.first, contactC), p(" ("), p(r.lvPhone(), contactC), p(")."))
			}
			visits = append(visits, obj{
				{"metadata", obj{{"tags", arr{}}}},
				{"sys", sys("Entry", "medpunktaApmeklejums", entryID())},
				{"fields", clinical(obj{
					{"dalibnieks", loc(link("Entry", id))},
					{"laiks", loc(plain(iso(after(t0, -r.in(30, 3000)))))},
					{"sudziba", loc(hlth(r.pick("galvassāpes", "karstuma dūriens", "potītes sastiepums", "alerģiska reakcija", "paaugstināts asinsspiediens")))},
					{"pulss", loc(hlth(r.in(58, 128)))},
					{"asinsspiediens", loc(hlth(fmt.Sprintf("%d/%d", sys1, dia1)))},
					{"temperatura", loc(hlth(r.f1(36.2, 38.9)))},
					{"medikis", loc(cont(medic.full()))},
					{"piezimes", loc(vnote)},
				})},
			})
		}
	}

	includes := append(arr{kol}, visits...)
	return language(obj{
		{"_request", obj{
			{"url", plain("https://cdn.contentful.com/spaces/" + space + "/environments/master/entries?locale=*&include=2&content_type=dalibnieks")},
			{"authorization", cred("Bearer " + r.from(alnum+"-_", 43))},
		}},
		{"sys", obj{{"type", plain("Array")}}},
		{"total", plain(r.in(n, 400))},
		{"skip", plain(0)},
		{"limit", plain(100)},
		{"items", items},
		{"includes", obj{{"Entry", includes}, {"Asset", assets}}},
	})
}

// pickLeaf draws one of several leaf makers.
func (r *rng) pickLeaf(fs ...func() leaf) leaf { return fs[r.IntN(len(fs))]() }
