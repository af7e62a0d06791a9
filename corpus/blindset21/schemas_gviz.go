package blindset21

import (
	"fmt"
	"time"
)

// gvCell is a Google Visualization cell: {"v": value} with an optional
// formatted "f" that carries the same label.
func gvCell(v leaf, f string) obj {
	o := obj{{"v", v}}
	if f != "" {
		fl := v
		fl.val = f
		o = append(o, field{"f", fl})
	}
	return o
}

func gvDate(t time.Time) string {
	return fmt.Sprintf("Date(%d,%d,%d)", t.Year(), int(t.Month())-1, t.Day())
}

// clinicsheetGviz is a community physiotherapy team's caseload sheet
// fetched through the Google Visualization query endpoint; the header row
// was not detected, so columns are only A.. with empty labels.
func clinicsheetGviz(r *rng) any {
	t0 := r.when()
	base := r.lan()
	const ncol = 14
	letters := "ABCDEFGHIJKLMN"
	types := []string{"string", "string", "string", "string", "number", "number", "string", "string", "date", "string", "string", "number", "number", "string"}
	var cols arr
	for i := 0; i < ncol; i++ {
		cols = append(cols, obj{{"id", plain(letters[i : i+1])}, {"label", plain("")}, {"type", plain(types[i])}})
	}
	row := func(cells ...any) obj {
		var c arr
		for _, x := range cells {
			c = append(c, x)
		}
		for len(c) < ncol {
			c = append(c, null())
		}
		return obj{{"c", c}}
	}
	str := func(s string) obj { return gvCell(plain(s), "") }

	var rows arr
	rows = append(rows, row(str("Client"), str("Phone"), str("Address"), str("Referral / Dx"), str("Wt kg"), str("Falls 6m"), str("Aid"), str("Key safe"), str("Next visit"), str("PT"), str("Notes"), str("Sessions"), str("Miles"), str("Ref")))
	therapists := []person{r.english(), r.english()}
	for i := 0; i < r.in(3, 5); i++ {
		c := r.english()
		a := r.ukAddress()
		if r.chance(0.3) {
			a = r.usAddress()
		}
		var phone obj
		if r.chance(0.4) {
			mob := r.ukMobile()
			digits := mob[1:5] + mob[6:]
			var n int64
			fmt.Sscan(digits, &n)
			phone = gvCell(cont(n), digits)
		} else {
			phone = gvCell(cont(r.pick(r.ukMobile(), r.usLocal())), "")
		}
		w := r.f1(41, 128)
		next := after(t0, r.in(1000, 30000))
		th := therapists[r.IntN(2)]
		dx := r.pick("L NOF # - hemiarthroplasty", "CVA - R hemiparesis", "Parkinson's, recurrent falls", "TKR R knee, post-op", "COPD, deconditioned after admission", "MS - foot drop")
		note := prose(p(r.pick("HEP issued. ", "Stairs practised with rail. ", "Reviewed with OT. ")), p(r.pick("Dizzy on standing - BP 96/60, GP informed.", "Pain 6/10 on weight-bearing.", "Fell Sunday night, no injury.", "Wife "+r.english().first+" does the exercises with him."), healthC))
		if r.chance(0.3) {
			note = prose(p(r.pick("DNA x2 - discharge if no contact.", "Ring before visit, dog.", "Parking on street only.")))
		}
		rows = append(rows, row(
			gvCell(cont(c.full()), ""),
			phone,
			gvCell(cont(a.oneLine()), ""),
			gvCell(hlth(dx), ""),
			gvCell(hlth(w), fmt.Sprint(w)),
			gvCell(hlth(r.in(0, 6)), ""),
			gvCell(hlth(r.pick("Zimmer frame", "4-wheeled walker", "stick", "wheelchair", "none")), ""),
			gvCell(cred(r.digits(4)), ""),
			gvCell(plain(gvDate(next)), next.Format("02/01/2006")),
			gvCell(cont(th.first), ""),
			gvCell(note, ""),
			gvCell(decoy(r.in(1, 12)), ""),
			gvCell(decoy(r.f1(0.4, 18.5)), ""),
			gvCell(decoy(fmt.Sprintf("CT-%d-%04d", t0.Year(), r.in(1, 9999))), ""),
		))
	}
	rows = append(rows, row())
	rows = append(rows, row(str("Team kit"), str("Serial"), str("Version"), str("Holder")))
	for _, k := range []string{"iPad (10th generation)", "iPad Air (5th generation)", "Samsung Galaxy Tab S6 Lite"} {
		if r.chance(0.3) {
			continue
		}
		rows = append(rows, row(gvCell(dev(k), ""), gvCell(dev(r.serial(r.pick("DMP", "GG7", "R52"), 9)), ""), gvCell(dev(r.pick("iPadOS 17.5.1", "iPadOS 17.6", "Android 14")), ""), gvCell(cont(therapists[r.IntN(2)].full()), "")))
	}
	rows = append(rows, row(str("Base Wi-Fi"), gvCell(netw(r.pick("CommunityTherapy", "PhysioBase", "NHS-Staff-Legacy")+r.pick("", "-2G", "_5G")), ""), gvCell(cred(r.psk()), "")))
	rows = append(rows, row(str("Router"), gvCell(netw("http://"+base.gw()), ""), gvCell(cred(r.password()), ""), gvCell(prose(p(r.pick("BT Smart Hub 2", "Sky Broadband Hub SR203", "Virgin Hub 5"), devC), p(" - serial on sticker "), p(r.serial("", 12), devC)), "")))

	return obfuscated(obj{
		{"version", decoy("0.6")},
		{"reqId", plain("0")},
		{"status", plain("ok")},
		{"sig", decoy(fmt.Sprint(r.in(100000000, 2100000000)))},
		{"table", obj{
			{"cols", cols},
			{"rows", rows},
			{"parsedNumHeaders", plain(0)},
		}},
	})
}
