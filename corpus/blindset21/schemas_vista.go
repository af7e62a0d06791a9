package blindset21

import (
	"fmt"
	"strings"
	"time"
)

// fmDate is a FileMan date: (year - 1700) then MMDD, with .HHMM for a
// date and time.
func fmDate(t time.Time, withTime bool) string {
	s := fmt.Sprintf("%d%02d%02d", t.Year()-1700, int(t.Month()), t.Day())
	if withTime {
		s += fmt.Sprintf(".%02d%02d", t.Hour(), t.Minute())
	}
	return s
}

// vistaHash draws a hashed access / verify / e-signature code.
func (r *rng) vistaHash() string {
	return r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789#()*+,-/:;=?_|~", r.in(20, 44))
}

// vistaGlobals is a veterans' community clinic's VistA database: FileMan
// globals extracted from YottaDB into JSON, keyed by global name and
// numeric subscripts only, values caret-delimited pieces.
func vistaGlobals(r *rng) any {
	t0 := r.when()
	lanNet := r.lan()
	station := fmt.Sprintf("%d%s", r.in(400, 699), r.pick("", "A4", "GA", "BY"))
	used := map[int]bool{}
	id := func(lo, hi int) int {
		for {
			n := r.in(lo, hi)
			if !used[n] {
				used[n] = true
				return n
			}
		}
	}
	domain := r.pick("CBOC", "VACLINIC", "VHCLINIC") + r.digits(2) + "." + r.pick("MED.INTERNAL", "LAN", "HEALTH.INTERNAL")

	// new persons (file 200)
	type np struct {
		pr  person
		duz int
	}
	var staff []np
	users := obj{{"0", decoy(fmt.Sprintf("NEW PERSON^200I^%d^%d", r.in(600, 9000), r.in(300, 5000)))}}
	for i := 0; i < r.in(2, 3); i++ {
		pr := r.english()
		duz := id(100, 9999)
		staff = append(staff, np{pr, duz})
		up := strings.ToUpper
		roles := [][2]string{{"STAFF PHYSICIAN", "MD"}, {"NURSE PRACTITIONER", "NP"}, {"PHARMACIST", "PharmD"}, {"LPN", "LPN"}}
		role := roles[r.IntN(len(roles))]
		title := role[0]
		users = append(users, field{fmt.Sprint(duz), obj{
			{"0", joined(p(up(pr.last)+","+up(pr.first), contactC), p("^"+pr.initials()+"^"), p(r.vistaHash(), credC), p("^^^^^^^"))},
			{".1", joined(p(fmDate(after(t0, -r.in(1000, 90000)), false)+"^"), p(r.vistaHash(), credC))},
			{".13", joined(p(r.usLocal(), contactC), p("^^^^"), p(r.usLocal(), contactC))},
			{".15", cont(strings.ToLower(ascii(pr.first)+"."+ascii(pr.last)) + "@" + r.pick("va.example", "clinic.example.org"))},
			{"20", joined(p("^^"), p(up(pr.first)+" "+up(pr.last)+", "+role[1], contactC), p("^"+title+"^^"), p(r.vistaHash(), credC))},
			{"201", plain(fmt.Sprintf("%d^", r.in(1, 900)))},
		}})
	}

	// patients (file 2)
	pats := obj{{"0", decoy(fmt.Sprintf("PATIENT^2I^%d^%d", r.in(2000, 90000), r.in(1500, 80000)))}}
	var dfns []int
	type patInfo struct {
		pr  person
		dfn int
	}
	var pinfo []patInfo
	for i := 0; i < r.in(2, 3); i++ {
		pt := r.english()
		dfn := id(100, 99999)
		dfns = append(dfns, dfn)
		pinfo = append(pinfo, patInfo{pt, dfn})
		born := r.birth(1938, 1985)
		sex := "M"
		if pt.female {
			sex = "F"
		}
		a := r.usAddress()
		pats = append(pats, field{fmt.Sprint(dfn), obj{
			{"0", joined(p(strings.ToUpper(pt.last)+","+strings.ToUpper(pt.first), contactC), p("^"), piece{s: sex, anyOf: []string{healthC, contactC}}, p("^"), p(fmDate(born, false), contactC), p("^^^^"+r.pick("M", "D", "N", "W")+"^^^^"))},
			{".11", joined(p(strings.ToUpper(a.street), contactC), p("^^^"), p(strings.ToUpper(a.town), contactC), p(fmt.Sprintf("^%d^", r.in(1, 56))), p(a.postcode, contactC), p(fmt.Sprintf("^^^^^^%d", r.in(1, 200))))},
			{".13", joined(p(r.usLocal(), contactC), p("^"), p(r.pick("", r.usLocal()), contactC))},
			{".101", plain(r.pick("", "", "W2-14B"))},
			{".36", plain(fmt.Sprintf("%d^^^", r.in(1, 20)))},
			{"1010.15", plain(fmt.Sprintf("^%d", r.in(1, 99)))},
		}})
	}

	// problems, allergies, vitals
	probs := obj{{"0", decoy(fmt.Sprintf("PROBLEM^9000011P^%d^%d", r.in(1000, 90000), r.in(900, 80000)))}}
	narr := obj{}
	allergies := obj{{"0", decoy(fmt.Sprintf("PATIENT ALLERGIES^120.8I^%d^%d", r.in(100, 9000), r.in(100, 9000)))}}
	vitals := obj{{"0", decoy(fmt.Sprintf("GMRV VITAL MEASUREMENT^120.5P^%d^%d", r.in(1e4, 9e5), r.in(1e4, 9e5)))}}
	for _, pi := range pinfo {
		ien := id(1000, 99999)
		nien := id(1000, 99999)
		code, text := split(r.pick("E11.9|TYPE 2 DIABETES MELLITUS WITHOUT COMPLICATIONS", "F43.10|POST-TRAUMATIC STRESS DISORDER, UNSPECIFIED", "I10|ESSENTIAL (PRIMARY) HYPERTENSION", "H91.90|HEARING LOSS, UNSPECIFIED", "M54.50|LOW BACK PAIN", "J44.9|CHRONIC OBSTRUCTIVE PULMONARY DISEASE"))
		probs = append(probs, field{fmt.Sprint(ien), obj{
			{"0", joined(p(code, healthC), p(fmt.Sprintf("^%d^%s^^%d^^^^^^^A", pi.dfn, fmDate(after(t0, -r.in(100, 90000)), false), nien)))},
			{"1", plain(fmt.Sprintf("%d^^%s^%d^^^^", nien, "A", staff[0].duz))},
		}})
		narr = append(narr, field{fmt.Sprint(nien), obj{{"0", hlth(text)}}})
		allergies = append(allergies, field{fmt.Sprint(id(100, 9999)), obj{
			{"0", joined(p(fmt.Sprintf("%d^", pi.dfn)), p(r.pick("PENICILLIN", "SULFONAMIDES", "LISINOPRIL", "SHELLFISH", "CODEINE"), healthC), p(fmt.Sprintf("^%d;PSNDF(50.6,^%s^%d^o^^^^^^^^^^^^", r.in(1, 9000), fmDate(after(t0, -r.in(100, 90000)), true), staff[0].duz)))},
			{"R", obj{{"1", obj{{"0", hlth(r.pick("HIVES", "RASH", "ANAPHYLAXIS", "NAUSEA,VOMITING", "COUGH"))}}}}},
		}})
		vt := after(t0, -r.in(10, 9000))
		sys, dia := r.bp()
		for _, v := range [][2]string{{"1", fmt.Sprintf("%d/%d", sys, dia)}, {"5", fmt.Sprint(r.in(52, 110))}, {"9", fmt.Sprint(r.in(120, 290))}, {"21", fmt.Sprint(r.in(88, 99))}} {
			vitals = append(vitals, field{fmt.Sprint(id(1e5, 9e6)), obj{
				{"0", joined(p(fmDate(vt, true)+fmt.Sprintf("^%d^%s^%s^^%d^^%d^", pi.dfn, v[0], fmDate(vt, true), staff[r.IntN(len(staff))].duz, r.in(1, 90))), p(v[1], healthC))},
			}})
		}
	}

	// pharmacy
	drugs := obj{}
	rx := obj{}
	for _, pi := range pinfo {
		dien := id(1, 30000)
		dname := r.pick("METFORMIN HCL 500MG TAB", "SERTRALINE HCL 50MG TAB", "PRAZOSIN HCL 1MG CAP", "LISINOPRIL 20MG TAB", "TIOTROPIUM 18MCG INHL CAP", "GABAPENTIN 300MG CAP")
		drugs = append(drugs, field{fmt.Sprint(dien), obj{{"0", hlth(dname + "^^" + r.pick("CN101", "CN609", "CV800", "RE109") + "^^^^^")}}})
		rxn := r.in(1000000, 9999999)
		rx = append(rx, field{fmt.Sprint(id(100000, 999999)), obj{
			{"0", joined(p(fmt.Sprintf("%d^%d^%d^", rxn, pi.dfn, r.in(1, 20))), p(fmt.Sprint(dien), healthC), p(fmt.Sprintf("^^^%d^%d^%d^^", r.in(30, 180), r.in(30, 90), r.in(0, 11))))},
			{"SIG1", obj{{"1", obj{{"0", hlth(r.pick("TAKE ONE TABLET BY MOUTH TWICE A DAY WITH MEALS", "TAKE ONE TABLET BY MOUTH EVERY MORNING", "TAKE ONE CAPSULE BY MOUTH AT BEDTIME FOR NIGHTMARES", "INHALE CONTENTS OF ONE CAPSULE DAILY"))}}}}},
		}})
	}

	// a progress note, line by line
	pi := pinfo[0]
	author := staff[r.IntN(len(staff))]
	lines := []leaf{
		prose(p("LOCAL TITLE: PRIMARY CARE NOTE")),
		prose(p("STANDARD TITLE: PRIMARY CARE NOTE")),
		prose(p("DATE OF NOTE: " + strings.ToUpper(after(t0, -r.in(10, 9000)).Format("Jan 02, 2006@15:04")))),
		prose(p("AUTHOR: "), p(strings.ToUpper(author.pr.last)+","+strings.ToUpper(author.pr.first), contactC)),
		prose(p("Pt "), p(pi.pr.first+" "+pi.pr.last, contactC), p(" seen for f/u. "), p(r.pick("A1c 8.4, metformin increased.", "PCL-5 score 52, nightmares better on prazosin.", "BP 158/94, home readings higher.", "Using inhaler daily, SOB on stairs."), healthC)),
		prose(p("Lives alone, daughter calls daily "), p(r.usLocal(), contactC), p(r.pick(". Declines MOVE! referral.", ". Agrees to sleep study.", "."))),
		prose(p("/es/ "), p(strings.ToUpper(author.pr.first+" "+author.pr.last), contactC)),
	}
	textNode := obj{}
	for i, l := range lines {
		textNode = append(textNode, field{fmt.Sprint(i + 1), obj{{"0", l}}})
	}
	textNode = append(textNode, field{"0", plain(fmt.Sprintf("^^%d^%d^%s^", len(lines), len(lines), fmDate(t0, false)))})
	tiu := obj{{fmt.Sprint(r.in(1e5, 9e6)), obj{
		{"0", plain(fmt.Sprintf("%d^%d^^^^%d^^%s", r.in(1, 2000), pi.dfn, r.in(1, 999), fmDate(t0, true)))},
		{"TEXT", textNode},
	}}}

	// devices, broker, kernel
	prn := r.pick("PHARMACY LABEL PRINTER", "PRIMARY CARE ZEBRA", "LAB BARCODE PRINTER")
	devices := obj{{fmt.Sprint(r.in(100, 999)), obj{
		{"0", joined(p(prn+"^", devC), p(fmt.Sprintf("|TCP|%s:9100", lanNet.host(r.in(20, 240))), netC), p("^^^^^^^^"))},
		{"1", joined(p(r.pick("ZEBRA ZD421", "HP LASERJET M404", "ZEBRA GX430T"), devC), p("^^^"))},
		{"91", plain(fmt.Sprintf("%d^%d^^^", r.in(40, 132), r.in(60, 80)))},
	}}}
	broker := obj{{"1", obj{{"7", obj{{"1", obj{{"0", joined(p(r.pick("9210", "9430", "9200"), netC), p("^1^1"))}}}}}}}}
	kernel := obj{
		{"NETNAME", netw(domain)},
		{"1", obj{{"1", obj{{"0", joined(p(station+"^"), p(domain, netC), p("^^"))}, {"SMTP", joined(p(lanNet.host(r.in(2, 9)), netC), p("^25^^"))}}}}},
	}

	return obfuscated(obj{
		{"meta", obj{
			{"tool", plain("ygbl2json")},
			{"version", decoy(r.semver())},
			{"ydb_release", decoy(r.pick("r2.00", "r1.38", "r1.36"))},
			{"region", plain("DEFAULT")},
			{"extracted", plain(iso(t0))},
			{"checksum", decoy(r.hex(64))},
		}},
		{"globals", obj{
			{"^VA", obj{{"200", users}}},
			{"^DPT", pats},
			{"^AUPNPROB", probs},
			{"^AUTNPOV", narr},
			{"^GMR", obj{{"120.8", allergies}, {"120.5", vitals}}},
			{"^PSDRUG", drugs},
			{"^PSRX", rx},
			{"^TIU", obj{{"8925", tiu}}},
			{"^%ZIS", obj{{"1", devices}}},
			{"^XWB", obj{{"8994.1", broker}}},
			{"^XMB", kernel},
			{"^XTMP", obj{{"XUCHKSUM", obj{
				{"0", plain(fmDate(after(t0, 10080), false) + "^" + fmDate(t0, false) + "^ROUTINE CHECKSUMS")},
				{"XUS", decoy("B" + r.digits(8))},
				{"XUSRB", decoy("B" + r.digits(8))},
				{"PSOORNEW", decoy("B" + r.digits(8))},
				{"TIUSRVP", decoy("B" + r.digits(8))},
			}}}},
			{"^DIC", obj{{"4", obj{{fmt.Sprint(r.in(1, 9000)), obj{{"99", decoy(station + "^^^")}}}}}}},
		}},
	})
}
