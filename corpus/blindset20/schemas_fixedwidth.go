package blindset20

import (
	"fmt"
	"strings"
)

// fwField is one fixed-width field: its width and its labelled value.
type fwField struct {
	w int
	v leaf
}

// fixedRecord pads each field to its width, keys the slices by byte
// range ("0:2") and keeps the raw line beside them, labelled with the
// union of its parts.
func fixedRecord(fs ...fwField) obj {
	out := obj{}
	var raw []piece
	pos := 0
	for _, f := range fs {
		s := fmt.Sprint(f.v.val)
		if len(s) > f.w {
			s = s[:f.w]
		}
		s += strings.Repeat(" ", f.w-len(s))
		l := f.v
		l.val = s
		if strings.TrimSpace(s) == "" && (len(l.label.Categories) > 0 || len(l.label.AnyOf) > 0) {
			l = plain(s)
		}
		out = append(out, field{fmt.Sprintf("%d:%d", pos, pos+f.w), l.obf()})
		raw = append(raw, piece{s: s, cats: l.label.Categories, anyOf: l.label.AnyOf})
		pos += f.w
	}
	line := joined(raw...)
	return append(obj{{"_", line.obf()}}, out...)
}

func pharmacyFixedWidth(r *rng) any {
	t := r.when()
	lan := r.lan()
	sender := "PH" + r.digits(8)
	recs := arr{}
	recs = append(recs, fixedRecord(
		fwField{2, plain("HD")},
		fwField{10, plain(sender)},
		fwField{8, plain(t.Format("20060102"))},
		fwField{12, cont(r.pick("rxsub_", "clm_", "ph") + r.digits(4))},
		fwField{16, cred(r.from(alnum+"#!", 14))},
		fwField{15, netw(lan.host(r.in(2, 250)))},
		fwField{5, netw(r.pick("21", "990", "2121"))},
		fwField{6, decoy("D.0")},
	))
	npatients := r.in(1, 3)
	claims := 0
	for i := 0; i < npatients; i++ {
		pt := r.english()
		a := r.usAddress()
		pid := r.digits(10)
		recs = append(recs, fixedRecord(
			fwField{2, plain("PT")},
			fwField{10, plain(pid)},
			fwField{20, cont(strings.ToUpper(pt.last))},
			fwField{15, cont(strings.ToUpper(pt.first))},
			fwField{8, cont(r.birth(1935, 2005).Format("20060102"))},
			fwField{1, sexOf(map[bool]string{true: "F", false: "M"}[pt.female])},
			fwField{30, cont(strings.ToUpper(a.street))},
			fwField{20, cont(strings.ToUpper(a.town))},
			fwField{2, cont(a.region)},
			fwField{9, cont(a.postcode + r.digits(4))},
			fwField{10, cont(strings.NewReplacer(" ", "", "+", "").Replace(r.usPhone())[1:])},
		))
		for j, m := 0, r.in(1, 2); j < m; j++ {
			claims++
			drugs := []struct{ name, sig, icd string }{
				{"ELIQUIS 5MG TAB", "1 TAB PO BID", "I4891"},
				{"JARDIANCE 10MG TAB", "1 TAB PO QAM", "E119"},
				{"SERTRALINE HCL 50MG TAB", "1 TAB PO QD", "F329"},
				{"ALBUTEROL HFA 90MCG INH", "2 PUFFS Q4-6H PRN", "J45909"},
				{"LEVOTHYROXINE 75MCG TAB", "1 TAB PO QAM EMPTY STOMACH", "E039"},
				{"OZEMPIC 1MG/DOSE PEN", "1MG SUBQ ONCE WEEKLY", "E6601"},
			}
			d := drugs[r.IntN(len(drugs))]
			doc := r.english()
			recs = append(recs, fixedRecord(
				fwField{2, plain("CL")},
				fwField{12, plain(r.digits(12))},
				fwField{10, plain(pid)},
				fwField{11, decoy(r.digits(11))},
				fwField{30, hlth(d.name)},
				fwField{7, plain(fmt.Sprintf("%07.3f", float64(r.pick2(30, 60, 90, 1, 8))))},
				fwField{3, plain(fmt.Sprintf("%03d", r.pick2(30, 90, 28)))},
				fwField{30, hlth(d.sig)},
				fwField{7, hlth(d.icd)},
				fwField{15, cont(strings.ToUpper(doc.last))},
				fwField{10, decoy("1" + r.digits(9))},
				fwField{9, plain(fmt.Sprintf("%09d", r.in(500, 90000)))},
			))
		}
		if r.chance(0.5) {
			rel := r.english()
			var note leaf
			if r.chance(0.5) {
				note = prose(p("PT REQ BLISTER PACK, "), p("CAREGIVER "+strings.ToUpper(rel.first)+" "+strings.NewReplacer(" ", "", "+", "").Replace(r.usPhone())[1:], contactC), p(" PICKS UP"))
			} else {
				note = prose(p("PT REPORTS "), p(r.pick("NAUSEA ON OZEMPIC", "DIZZINESS, BP 92/60", "RASH AFTER AMOXICILLIN"), healthC), p(", RPH NOTIFIED"))
			}
			recs = append(recs, fixedRecord(fwField{2, plain("CM")}, fwField{10, plain(pid)}, fwField{68, note}))
		}
	}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		fw := fmt.Sprintf("10.%d.%d.%d", r.in(0, 9), r.in(0, 9), r.in(10, 250))
		recs = append(recs, fixedRecord(
			fwField{2, plain("TM")},
			fwField{8, plain("ST" + r.digits(4))},
			fwField{15, netw(lan.host(r.in(20, 200)))},
			fwField{17, macAddr(r.mac(":", true))},
			fwField{14, dev(r.serial("", 12))},
			fwField{20, dev(r.pick("VERIFONE P400", "INGENICO LANE 3000", "PAX A80", "ZEBRA DS2208"))},
			fwField{12, fwIP(fw)},
		))
	}
	recs = append(recs, fixedRecord(
		fwField{2, plain("TR")},
		fwField{7, plain(fmt.Sprintf("%07d", len(recs)+1))},
		fwField{7, plain(fmt.Sprintf("%07d", claims))},
		fwField{64, decoy(r.hex(64))},
	))
	return obfuscated(obj{
		{"f", plain("RXCLM_" + t.Format("20060102") + "_" + sender + ".DAT")},
		{"n", plain(len(recs))},
		{"r", recs},
	})
}
