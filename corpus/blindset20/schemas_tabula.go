package blindset20

import (
	"fmt"
)

func visitrotaTabula(r *rng) any {
	// cell draws one Tabula cell.
	cell := func(top, left, width float64, text leaf) obj {
		return obj{
			{"top", plain(round1(top))},
			{"left", plain(round1(left))},
			{"width", plain(round1(width))},
			{"height", decoy(round1(r.f1(11, 48)))},
			{"text", text},
		}
	}
	empty := func() obj {
		return obj{{"top", plain(0.0)}, {"left", plain(0.0)}, {"width", plain(0.0)}, {"height", decoy(0.0)}, {"text", plain("")}}
	}
	table := func(page int, top, bottom float64, rows []arr) obj {
		return obj{
			{"extraction_method", plain("lattice")},
			{"page_number", plain(page)},
			{"top", plain(round1(top))},
			{"left", plain(36.0)},
			{"width", plain(round1(r.f1(500, 540)))},
			{"height", decoy(round1(bottom - top))},
			{"right", plain(round1(r.f1(536, 576)))},
			{"bottom", plain(round1(bottom))},
			{"data", func() arr {
				out := arr{}
				for _, row := range rows {
					out = append(out, row)
				}
				return out
			}()},
		}
	}
	cols := []float64{36, 128, 246, 318, 372}
	widths := []float64{92, 118, 72, 54, 168}
	header := []string{"Client", "Address", "Phone", "Key safe", "Needs / medication"}
	top0 := r.f1(88, 120)
	top := top0
	rowOf := func(texts []leaf) arr {
		top += r.f1(18, 46)
		out := arr{}
		for i, tx := range texts {
			if tx.val == nil {
				out = append(out, empty())
				continue
			}
			out = append(out, cell(top, cols[i], widths[i], tx))
		}
		return out
	}
	var rows1 []arr
	var h []leaf
	for _, s := range header {
		h = append(h, decoy(s))
	}
	rows1 = append(rows1, rowOf(h))
	for i, n := 0, r.in(1, 2); i < n; i++ {
		c := r.english()
		a := r.ukAddress()
		carer := r.english()
		needs := r.pick("Parkinson's", "T2 diabetes", "Dementia (Alzheimer's)", "COPD", "Post stroke, L side weak", "Heart failure")
		med := r.pick("Co-careldopa 25/100 x3", "Metformin 500 bd", "Donepezil 10mg nocte", "Inhalers + O2 2L", "Apixaban 5mg bd", "Furosemide 40mg mane")
		var ks leaf
		if r.chance(0.8) {
			ks = cred(r.digits(4))
		} else {
			ks = plain("-")
		}
		texts := []leaf{
			cont(c.last + ", " + c.first),
			cont(a.street + "\r" + a.town + " " + a.postcode),
			cont(r.pick(r.ukMobile(), fmt.Sprintf("01632 960%03d", r.in(0, 999)), fmt.Sprintf("0117 496 0%03d", r.in(0, 999)))),
			ks,
			hlth(needs + "\r" + med),
		}
		if r.chance(0.25) {
			texts[3] = leaf{}
		}
		rows1 = append(rows1, rowOf(texts))
		if r.chance(0.6) {
			son := r.english()
			note := prose(p("Carer "), p(carer.first+" "+carer.last[:1]+".", contactC), p(fmt.Sprintf(" %02d:%02d. ", r.in(7, 20), r.pick2(0, 15, 30, 45))), p(r.pick("Pendant alarm, ", "Double-up, ", "Dog in kitchen, ", "")), p("son "), p(son.first, contactC), p(" "), p(r.ukMobile(), contactC))
			switch r.IntN(3) {
			case 0:
				note = prose(p("Note: "), p(r.pick("catheter care", "PEG feed 08:00", "pressure sore sacrum, turn 2-hourly"), healthC))
			case 1:
				note = prose(p(fmt.Sprintf("Carer double-up %02d:%02d, hoist in bedroom", r.in(7, 20), r.pick2(0, 15, 30, 45))))
			}
			rows1 = append(rows1, rowOf([]leaf{note, {}, {}, {}, {}}))
		}
	}
	t1 := table(1, top0, top+r.f1(14, 46), rows1)

	// Page 2: telecare kit per client.
	lan := r.lan()
	cols2 := []float64{36, 150, 280, 380}
	w2 := []float64{114, 130, 100, 170}
	top0 = r.f1(90, 140)
	top = top0
	row2 := func(texts []leaf) arr {
		top += r.f1(16, 30)
		out := arr{}
		for i, tx := range texts {
			out = append(out, cell(top, cols2[i], w2[i], tx))
		}
		return out
	}
	rows2 := []arr{row2([]leaf{decoy("Device"), decoy("Model"), decoy("Serial"), decoy("Hub IP / Wi-Fi")})}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		kind := r.pick("Pendant alarm", "Fall detector", "Smoke detector", "Bed sensor", "Door sensor", "Hub")
		model := r.pick("Tunstall Lifeline Digital", "Tunstall iVi", "Legrand Neat NOVO", "Chiptech Go", "Doro 350")
		var netCell leaf
		if kind == "Hub" || r.chance(0.3) {
			netCell = joined(p(lan.host(r.in(20, 200)), netC), p("\r"), p(r.ssid(r.pick("BT", "Sky", "Virgin", "Plusnet")), netC), p(" / "), p(r.psk(), credC))
		} else {
			netCell = plain("-")
		}
		rows2 = append(rows2, row2([]leaf{dev(kind), dev(model), dev(r.serial("", 10)), netCell}))
	}
	if r.chance(0.5) {
		return obfuscated(arr{t1})
	}
	t2 := table(2, top0, top+r.f1(14, 30), rows2)
	return obfuscated(arr{t1, t2})
}
