package blindset16

import (
	"fmt"
	"strings"
)

// rygbiSmartsheet: a Welsh community rugby club's player-welfare sheet read
// from the Smartsheet API (GET /sheets/{id}?include=discussions,summary):
// Welsh column titles, cells keyed only by numeric column ids, value and
// displayValue, the sheet summary with the physio room's Wi-Fi and kit, and
// discussions in Welsh.
func rygbiSmartsheet(r *rng) any {
	clubs := []string{"Clwb Rygbi Cwm Nedd", "Clwb Rygbi Llanddewi", "Clwb Rygbi Penybont Ieuenctid", "Clwb Rygbi Aberaeron", "Clwb Rygbi Bro Ffestiniog"}
	club := clubs[r.IntN(len(clubs))]
	slug := strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(club, "Clwb Rygbi "), " ", ""))
	t0 := r.when()
	colID := func() int64 { return int64(r.in(1000000, 8999999))*1000000000 + int64(r.in(0, 999999999)) }
	physio := r.welsh()
	l := r.lan()
	ssid := r.pick("CRC-Ffisio", "Clwb-Staff", "Ystafell-Ffisio", "Clubhouse-Staff")
	wifiPass := r.psk()

	type col struct {
		title, typ string
		cell       func(pl person) obj // the value and displayValue fields
		clin       bool
	}
	both := func(l leaf) obj { return obj{{"value", l}, {"displayValue", l}} }
	num := func(mk func(any) leaf, x int) obj {
		return obj{{"value", mk(float64(x))}, {"displayValue", mk(fmt.Sprint(x))}}
	}
	positions := []string{"Prop", "Bachwr", "Clo", "Blaenasgellwr", "Wythwr", "Mewnwr", "Maswr", "Canolwr", "Asgellwr", "Cefnwr"}
	cols := []col{
		{"Enw llawn", "TEXT_NUMBER", func(pl person) obj { return both(cont(pl.full())) }, false},
		{"Safle", "PICKLIST", func(pl person) obj { return both(plain(positions[r.IntN(len(positions))])) }, false},
		{"Rhif crys", "TEXT_NUMBER", func(pl person) obj { return num(decoy, r.in(1, 23)) }, false},
		{"Dyddiad geni", "DATE", func(pl person) obj { return obj{{"value", cont(day(r.birth(1988, 2007)))}} }, false},
		{"Ffôn symudol", "TEXT_NUMBER", func(pl person) obj { return both(cont(r.ukMobile())) }, false},
		{"E-bost", "CONTACT_LIST", func(pl person) obj {
			return obj{{"value", cont(r.email(pl.first, pl.last))}, {"displayValue", cont(pl.full())}}
		}, false},
		{"Cyfeiriad", "TEXT_NUMBER", func(pl person) obj { return both(cont(r.cyAddress().oneLine())) }, false},
		{"Taldra (cm)", "TEXT_NUMBER", func(pl person) obj { return num(hlth, r.in(165, 201)) }, false},
		{"Pwysau (kg)", "TEXT_NUMBER", func(pl person) obj { return num(hlth, r.in(68, 128)) }, false},
		{"Grŵp gwaed", "PICKLIST", func(pl person) obj { return both(hlth(r.pick("O+", "A+", "B+", "O-", "A-", "AB+"))) }, true},
		{"Alergeddau", "TEXT_NUMBER", func(pl person) obj {
			return both(hlth(r.pick("Dim", "Penisilin", "Cnau", "Pigiadau gwenyn", "Latecs")))
		}, true},
		{"Meddyginiaeth", "TEXT_NUMBER", func(pl person) obj {
			return both(hlth(r.pick("Dim", "Salbutamol (asthma)", "Ibuprofen 400mg yn ôl yr angen", "Sertraline 50mg", "Inswlin")))
		}, true},
		{"Cyfergyd – dyddiad", "DATE", func(pl person) obj {
			if r.chance(0.5) {
				return obj{}
			}
			return obj{{"value", hlth(day(after(t0, -r.in(1000, 90000))))}}
		}, true},
		{"Cam GRTP", "PICKLIST", func(pl person) obj {
			return both(hlth(r.pick("Cam 1 – gorffwys", "Cam 2 – ymarfer ysgafn", "Cam 3 – ymarfer penodol", "Cam 4 – hyfforddi heb gyffwrdd", "Cam 6 – chwarae", "Ddim yn berthnasol")))
		}, true},
		{"Sgôr SCAT6", "TEXT_NUMBER", func(pl person) obj { return num(hlth, r.in(2, 22)) }, true},
		{"Nodiadau ffisio", "TEXT_NUMBER", func(_ person) obj {
			var t leaf
			switch r.IntN(4) {
			case 0:
				t = prose(p2("Cur pen ar ôl y gêm ddydd Sadwrn, dim symptomau heddiw. Cam 3 GRTP.", healthC))
			case 1:
				t = prose(p2("Anaf i linyn y gar chwith (gradd 2), ymarferion ysgafn am bythefnos.", healthC))
			case 2:
				t = prose(p2("Ysgwydd dde wedi datgymalu, sgan MRI, aros am farn y llawfeddyg.", healthC), p(" – "), p(physio.first, contactC))
			default:
				t = prose(p("Dim problemau."))
			}
			return both(t)
		}, false},
		{"Perthynas agosaf", "TEXT_NUMBER", func(pl person) obj { q := r.welsh(); q.last = pl.last; return both(cont(q.full())) }, false},
		{"Ffôn perthynas", "TEXT_NUMBER", func(pl person) obj { return both(cont(r.pick(r.ukMobile(), r.cardiffLand()))) }, false},
		{"Fest GPS", "TEXT_NUMBER", func(pl person) obj {
			return both(dev(fmt.Sprintf("%s #%s", r.pick("Catapult Vector S7", "STATSports Apex", "Catapult One"), r.serial("", 6))))
		}, false},
		{"Maint cit", "PICKLIST", func(pl person) obj { return both(decoy(r.pick("M", "L", "XL", "2XL", "3XL"))) }, false},
		{"Cod drws y gampfa", "TEXT_NUMBER", func(pl person) obj { return both(cred(r.digits(r.pick3(4, 6, 4)))) }, false},
		{"Wedi talu", "CHECKBOX", func(pl person) obj { return obj{{"value", plain(r.chance(0.7))}} }, false},
		{"Ffotograff", "TEXT_NUMBER", func(pl person) obj {
			return both(cont(fmt.Sprintf("https://lluniau.%s.example/chwaraewyr/%s.jpg", slug, r.hex(12))))
		}, false},
	}

	ids := make([]int64, len(cols))
	var columns arr
	for i, c := range cols {
		ids[i] = colID()
		co := obj{
			{"id", decoy(ids[i])},
			{"index", plain(i)},
			{"title", plain(c.title)},
			{"type", plain(c.typ)},
		}
		if i == 0 {
			co = append(co, field{"primary", plain(true)})
		}
		columns = append(columns, co)
	}

	var rows arr
	var players []person
	n := r.in(1, 3)
	for i := 0; i < n; i++ {
		pl := r.welsh()
		if r.chance(0.3) {
			pl = r.english()
		}
		players = append(players, pl)
		var cells arr
		for j, c := range cols {
			cell := obj{{"columnId", decoy(ids[j])}}
			cell = append(cell, c.cell(pl)...)
			if c.clin {
				cells = append(cells, clinical(cell))
			} else {
				cells = append(cells, cell)
			}
		}
		rows = append(rows, obj{
			{"id", decoy(colID())},
			{"rowNumber", plain(i + 1)},
			{"expanded", plain(true)},
			{"createdAt", plain(iso(after(t0, -r.in(20000, 200000))))},
			{"modifiedAt", plain(iso(after(t0, -r.in(10, 19000))))},
			{"cells", cells},
		})
	}

	sf := func(i int, title string, v leaf) any {
		return obj{{"id", decoy(colID())}, {"index", plain(i)}, {"title", plain(title)}, {"type", plain("TEXT_NUMBER")}, {"locked", plain(false)}, {"objectValue", v}, {"displayValue", v}, {"createdAt", plain(iso(after(t0, -r.in(20000, 200000))))}}
	}
	summary := obj{{"fields", arr{
		sf(0, "Wi-Fi ystafell ffisio", netw(ssid)),
		sf(1, "Cyfrinair Wi-Fi", cred(wifiPass)),
		sf(2, "Cyfeiriad IP y llwybrydd", netw(l.gw())),
		sf(3, "Peiriant uwchsain", dev(r.pick("Chattanooga Intelect Mobile 2", "BTL-4000 Smart", "Enraf-Nonius Sonopuls 190"))),
		sf(4, "Rhif cyfresol", dev(r.serial("SN", 8))),
		sf(5, "Ffisiotherapydd", cont(physio.full())),
		sf(6, "Nifer y chwaraewyr", decoy(float64(r.in(18, 45)))),
	}}}

	var comments arr
	for i := 0; i < r.in(1, 3); i++ {
		author := r.welsh()
		var t leaf
		switch r.IntN(4) {
		case 0:
			t = prose(p("Mae "), p(players[r.IntN(len(players))].first, contactC), p(" wedi "), p("methu'r prawf SCAT", healthC), p(", peidiwch â'i ddewis i'r tîm cyntaf."))
		case 1:
			t = prose(p("Wi-Fi'r clwb newydd: "), p(ssid, netC), p(" / cyfrinair "), p(wifiPass, credC))
		case 2:
			t = prose(p("Ffoniwch fi ar "), p(r.ukMobile(), contactC), p(" os oes problem gyda'r festiau GPS."))
		default:
			t = prose(p("Diolch i bawb am lenwi'r daflen cyn y tymor."))
		}
		comments = append(comments, obj{
			{"id", decoy(colID())},
			{"text", t},
			{"createdBy", obj{{"name", cont(author.full())}, {"email", cont(r.email(author.first, author.last))}}},
			{"createdAt", plain(iso(after(t0, -r.in(10, 30000))))},
		})
	}

	return language(obj{
		{"id", decoy(colID())},
		{"name", plain("Lles Chwaraewyr 2024-25 – " + club)},
		{"version", plain(r.in(20, 900))},
		{"totalRowCount", plain(r.in(n, 45))},
		{"accessLevel", plain("OWNER")},
		{"ganttEnabled", plain(false)},
		{"dependenciesEnabled", plain(false)},
		{"permalink", plain("https://app.smartsheet.com/sheets/" + r.alnum(40))},
		{"createdAt", plain(iso(after(t0, -r.in(200000, 400000))))},
		{"modifiedAt", plain(iso(t0))},
		{"columns", columns},
		{"rows", rows},
		{"summary", summary},
		{"discussions", arr{obj{
			{"id", decoy(colID())},
			{"title", plain("Sylwadau'r tîm hyfforddi")},
			{"commentCount", plain(len(comments))},
			{"comments", comments},
		}}},
	})
}

// p2 is a piece with one category (a readable alias in long tables).
func p2(s, c string) piece { return p(s, c) }
