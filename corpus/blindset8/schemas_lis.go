package blindset8

import (
	"fmt"
	"strings"
)

// lis-astm-export: a hospital laboratory middleware's export with terse
// keys: middleware block, instruments i1..i6 (model, serial, firmware, IP,
// port, last message), ASTM E1394 messages kept raw (one line per leaf:
// header with the analyser's model, firmware and serial; patient; order
// with test codes; results; terminator) and parsed into positional arrays,
// the technologist's validation with a comment in German, Czech or
// English, QC rows (control material, not a person) and k/v settings.

type labTest struct {
	code, unit   string
	lo, hi       float64 // range drawn from
	refLo, refHi float64 // reference range
	dec          int
}

var labTests = []labTest{
	{"WBC", "10*3/uL", 2.5, 18, 4, 10, 2}, {"RBC", "10*6/uL", 3.2, 6.2, 4.2, 5.9, 2}, {"HGB", "g/dL", 7.5, 17.5, 12, 17, 1},
	{"PLT", "10*3/uL", 60, 480, 150, 400, 0}, {"HCT", "%", 28, 52, 36, 50, 1}, {"GLU", "mg/dL", 60, 320, 70, 100, 0},
	{"CREA", "mg/dL", 0.5, 3.8, 0.6, 1.2, 2}, {"K", "mmol/L", 3.0, 6.9, 3.5, 5.1, 1}, {"CRP", "mg/L", 0.2, 180, 0, 5, 1},
	{"HbA1c", "%", 4.8, 11.5, 4, 5.7, 1}, {"TSH", "mIU/L", 0.1, 9.5, 0.4, 4, 2}, {"ALT", "U/L", 8, 240, 7, 56, 0},
}

func labVal(g *rng, t labTest) (string, string) {
	x := g.f(t.lo, t.hi)
	flag := "N"
	if x < t.refLo {
		flag = "L"
	} else if x > t.refHi {
		flag = "H"
	}
	return fmt.Sprintf("%.*f", t.dec, x), flag
}

func lisASTM(g *rng) any {
	inst := one(g, []string{"Sysmex", "XN-1000"}, []string{"Sysmex", "XN-350"}, []string{"Roche", "cobas c 311"}, []string{"Abbott", "Alinity ci"}, []string{"Mindray", "BC-6800Plus"}, []string{"Siemens", "Atellica CH 930"})
	serial := fmt.Sprintf("%s%05d", strings.ToUpper(g.s(uc, 2)), g.n(100000))
	fw := fmt.Sprintf("%02d-%02d", g.in(0, 9), g.in(0, 40))
	lan := "10." + fmt.Sprint(g.in(100, 140)) + "." + fmt.Sprint(g.in(0, 10))
	instIP := g.lanIP(lan)

	var msgs arr
	for i := 0; i < g.in(1, 2); i++ {
		pt := g.personOf(one(g, "cs", "de", "en", "tr", "pl"))
		dob := strings.ReplaceAll(g.dob(), "-", "")
		sex := fm(pt, "F", "M")
		pid := fmt.Sprintf("%08d", g.n(100_000_000))
		sid := fmt.Sprintf("%010d", g.n(1_000_000_000))
		ts := compact(g.epoch())
		tests := some(g, g.in(2, 4), labTests...)
		var codes []string
		for _, t := range tests {
			codes = append(codes, "^^^"+t.code)
		}
		raw := arr{
			dev(fmt.Sprintf(`H|\^&|||%s^%s^%s^^^^%s||||||||E1394-97`, inst[1], fw, g.s(num, 5), serial)),
			multi(fmt.Sprintf("P|1||%s||%s^%s^^||%s|%s", pid, strings.ToUpper(pt.alast), strings.ToUpper(pt.afirst), dob, sex), contactCat),
			hlth(fmt.Sprintf("O|1|%s||%s|R||%s", sid, strings.Join(codes, `\`), ts)),
		}
		var parsed arr
		for j, t := range tests {
			v, flag := labVal(g, t)
			raw = append(raw, hlth(fmt.Sprintf("R|%d|^^^%s|%s|%s||%s||F||||%s", j+1, t.code, v, t.unit, flag, ts)))
			parsed = append(parsed, arr{hlth(t.code), hlth(v), plain(t.unit), hlth(flag), plain(ts)})
		}
		raw = append(raw, plain("L|1|N"))
		tech := g.personOf(one(g, "cs", "de", "en"))
		var cm []piece
		switch g.n(6) {
		case 0:
			cm = []piece{p("Kritischer Wert "), p(one(g, "K+ 6,8 mmol/l", "Glukose 42 mg/dl", "Hb 6,9 g/dl"), healthCat), p(", Station telefonisch informiert (Dr. "), p(g.personOf("de").last, contactCat), p(").")}
		case 1:
			cm = []piece{p("Probe hämolysiert, Wiederholung angefordert.")}
		case 2:
			cm = []piece{p("Kritická hodnota "), p(one(g, "CRP 178 mg/l", "draslík 6,7", "TSH 0,05"), healthCat), p(", voláno na oddělení, převzala sestra "), p(g.personOf("cs").full(), contactCat), p(".")}
		case 3:
			cm = []piece{p("Analyser "), p(inst[1]+" SN "+serial, deviceCat), p(" flagged clot, rerun on backup.")}
		case 4:
			cm = []piece{p("Patient on "), p(one(g, "warfarin, INR requested", "insulin, fasting sample", "amiodarone, TSH repeat"), healthCat), p(".")}
		default:
			cm = []piece{p("OK")}
		}
		msgs = append(msgs, obj{
			{"raw", raw},
			{"p", arr{plain("1"), decoy(pid), cont(strings.ToUpper(pt.alast) + "^" + strings.ToUpper(pt.afirst)), cont(dob), sexOf(sex)}},
			{"o", arr{decoy(sid), plain("R"), plain(ts)}},
			{"r", parsed},
			{"v", obj{
				{"u", cont(strings.ToLower(tech.afirst[:1] + tech.alast))},
				{"ok", plain(g.chance(85))},
				{"t", plain(g.iso())},
				{"c", prose(cm...)},
			}},
		})
	}
	var qc arr
	for _, t := range some(g, 2, labTests...) {
		qc = append(qc, obj{
			{"l", decoy(fmt.Sprintf("%s-%05d", one(g, "BIO", "QC", "LYP"), g.n(100000)))},
			{"n", plain(one(g, "L1", "L2", "L3"))},
			{"a", decoy(t.code)},
			{"x", decoy(qcVal(g, t))},
			{"sd", decoy(round2(g.f(0.01, 2)))},
		})
	}
	return obfuscated(obj{
		{"mw", obj{
			{"v", decoy(one(g, "3.2.1", "4.0.7", "3.9.12"))},
			{"n", netw(fmt.Sprintf("lis-mw-%02d.lab.internal", g.in(1, 4)))},
			{"b", decoy(fmt.Sprintf("%d", g.in(1000, 9999)))},
		}},
		{"i", arr{obj{
			{"i0", dev(inst[0])},
			{"i1", dev(inst[1])},
			{"i2", dev(serial)},
			{"i3", dev(fw)},
			{"i4", netw(instIP)},
			{"i5", netw(one(g, 5000, 5100, 4001, 6001))},
			{"i6", dev(g.iso())},
			{"i7", decoy(g.in(0, 90000))},
		}}},
		{"m", msgs},
		{"qc", qc},
		{"cfg", arr{
			kv("hl7.dest.host", netw(g.lanIP(lan))),
			kv("hl7.dest.port", netw(fmt.Sprint(one(g, 2575, 6661, 7000)))),
			kv("db.url", multi(fmt.Sprintf("sqlserver://lisapp:%s@%s:1433;database=LIS", g.password(), "sql-lab.lab.internal"), credCat, netCat)),
			kv("ui.theme", plain("dark")),
			kv("retention.days", decoy("90")),
			kv("autoverify.enabled", plain("true")),
		}},
	})
}

func qcVal(g *rng, t labTest) string {
	v, _ := labVal(g, t)
	return v
}
