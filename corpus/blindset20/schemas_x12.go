package blindset20

import (
	"fmt"
	"strings"
)

// seg builds one X12 segment as a positional array: the segment id and
// then its elements, all obfuscated.
func seg(id string, els ...leaf) arr {
	out := arr{plain(id).obf()}
	for _, e := range els {
		out = append(out, e.obf())
	}
	return out
}

func pl(s string) leaf { return plain(s) }

func dmeX12(r *rng) any {
	t := r.when()
	supplier := r.pick("BREATHEASY HOME MEDICAL", "SUMMIT RESPIRATORY SUPPLY", "NORTHSTAR DME LLC", "LIBERTY HOME OXYGEN")
	sender := strings.ToUpper(r.alnum(9))
	receiver := r.pick("CLEARHOUSE01", "EDIGATEWAY", "MEDCLAIMHUB")
	ctrl := fmt.Sprintf("%09d", r.in(1, 999999999))
	lan := r.lan()

	var isa arr
	if r.chance(0.6) {
		isa = seg("ISA", pl("03"), cred(r.from(upperNum, 10)), pl("01"), cred(r.from(alnum, 10)), pl("ZZ"), pl(fmt.Sprintf("%-15s", sender)), pl("ZZ"), pl(fmt.Sprintf("%-15s", receiver)), pl(t.Format("060102")), pl(t.Format("1504")), pl("^"), decoy("00501"), pl(ctrl), pl("0"), pl("P"), pl(":"))
	} else {
		isa = seg("ISA", pl("00"), decoy("          "), pl("00"), decoy("          "), pl("ZZ"), pl(fmt.Sprintf("%-15s", sender)), pl("ZZ"), pl(fmt.Sprintf("%-15s", receiver)), pl(t.Format("060102")), pl(t.Format("1504")), pl("^"), decoy("00501"), pl(ctrl), pl("0"), pl("P"), pl(":"))
	}
	contactP := r.english()
	segs := arr{
		isa,
		seg("ST", pl("837"), pl("0001"), decoy("005010X222A1")),
		seg("NM1", pl("41"), pl("2"), pl(supplier), pl(""), pl(""), pl(""), pl(""), pl("46"), pl(sender)),
		seg("PER", pl("IC"), cont(strings.ToUpper(contactP.full())), pl("TE"), cont(strings.NewReplacer(" ", "", "+", "", "(", "", ")", "", "-", "").Replace(r.usPhone())[1:]), pl("EM"), cont(strings.ToLower(ascii(contactP.first))+"@"+strings.ToLower(strings.Fields(supplier)[0])+".example")),
		seg("NM1", pl("85"), pl("2"), pl(supplier), pl(""), pl(""), pl(""), pl(""), pl("XX"), decoy("1"+r.digits(9))),
	}
	if r.chance(0.5) {
		segs = append(segs, seg("REF", pl("EI"), decoy(r.digits(9))))
	}
	hl := 1
	total := 0
	nc := 1
	if r.chance(0.1) {
		nc = 2
	}
	for c := 0; c < nc; c++ {
		hl++
		pt := r.english()
		a := r.usAddress()
		dob := r.birth(1932, 1975)
		doc := r.english()
		codes := r.pickSome(r.in(1, 3), "G4733", "J9611", "E6601", "I5032", "J449", "G4731", "R0902")
		hi := []leaf{}
		for k, cd := range codes {
			q := "ABF"
			if k == 0 {
				q = "ABK"
			}
			hi = append(hi, hlth(q+":"+cd))
		}
		segs = append(segs,
			seg("HL", pl(fmt.Sprint(hl)), pl("1"), pl("22"), pl("0")),
			seg("NM1", pl("IL"), pl("1"), cont(strings.ToUpper(pt.last)), cont(strings.ToUpper(pt.first)), pl(""), pl(""), pl(""), pl("MI"), plain(r.digits(1)+r.from("ACDEFGHJKMNPQRTUVWXY", 1)+r.from(upperNum, 2)+"-"+r.from(upperNum, 3)+"-"+r.from(upperNum, 4))),
			seg("N3", cont(strings.ToUpper(a.street))),
			seg("N4", cont(strings.ToUpper(a.town)), cont(a.region), cont(a.postcode+r.digits(4))),
			seg("DMG", pl("D8"), cont(dob.Format("20060102")), sexOf(map[bool]string{true: "F", false: "M"}[pt.female])),
			seg("NM1", pl("PR"), pl("2"), pl(r.pick("MEDICARE B", "JURISDICTION D DME MAC", "AETNA")), pl(""), pl(""), pl(""), pl(""), pl("PI"), pl(r.digits(5))),
		)
		amount := 0
		var lines arr
		items := []struct{ code, desc string }{{"E0601", "CPAP"}, {"A7030", "full face mask"}, {"A7037", "tubing"}, {"E1390", "oxygen concentrator"}, {"E0562", "heated humidifier"}, {"A4604", "heated tubing"}}
		for l, nl := 0, r.in(1, 2); l < nl; l++ {
			it := items[r.IntN(len(items))]
			price := r.in(8, 250)
			amount += price
			lines = append(lines,
				seg("LX", pl(fmt.Sprint(l+1))),
				seg("SV1", hlth("HC:"+it.code+":"+r.pick("NU", "RR")+":KX"), pl(fmt.Sprintf("%d.00", price)), pl("UN"), pl("1"), pl(""), pl(""), pl("1")),
				seg("DTP", pl("472"), pl("D8"), pl(after(t, -60*24*r.in(1, 30)).Format("20060102"))),
			)
		}
		total += amount
		model := r.pick("ResMed AirSense 11 AutoSet", "ResMed AirSense 10 Elite", "Philips DreamStation 2", "Inogen One G5", "Philips EverFlo", "React Health Luna G3")
		var nte leaf
		switch r.IntN(3) {
		case 0:
			nte = prose(p("DEVICE "), p(strings.ToUpper(model)+" SN "+r.digits(11), devC), p(" COMPLIANCE "), p(fmt.Sprintf("%.1fH/NIGHT AHI %.1f", r.f1(4, 8), r.f1(0.5, 6)), healthC))
		case 1:
			nte = prose(p("PT WEIGHT "), p(fmt.Sprintf("%d LB SPO2 %d PCT ON RA", r.in(160, 340), r.in(84, 89)), healthC), p(" QUALIFYING TEST "+after(t, -60*24*r.in(20, 90)).Format("01/02/2006")))
		default:
			nte = prose(p("CMN ON FILE, RESUPPLY PER SCHEDULE"))
		}
		segs = append(segs, seg("CLM", pl(fmt.Sprintf("%s%d", strings.ToUpper(r.alnum(6)), r.in(10, 99))), pl(fmt.Sprintf("%d.00", amount)), pl(""), pl(""), pl("12:B:1"), pl("Y"), pl("A"), pl("Y"), pl("Y")))
		segs = append(segs, seg("HI", hi...))
		segs = append(segs, seg("NTE", pl("ADD"), nte))
		if r.chance(0.5) {
			segs = append(segs, seg("REF", pl("G1"), decoy(strings.ToUpper(r.alnum(12)))))
		}
		segs = append(segs, seg("NM1", pl("DK"), pl("1"), cont(strings.ToUpper(doc.last)), cont(strings.ToUpper(doc.first)), pl(""), pl(""), pl(""), pl("XX"), decoy("1"+r.digits(9))))
		segs = append(segs, lines...)
	}
	segs = append(segs, seg("SE", pl(fmt.Sprint(len(segs)-1)), pl("0001")))

	user := r.pick("dme_", "edi_", "sub_") + strings.ToLower(sender[:5])
	host := r.pick(lan.host(r.in(2, 200)), "edi-gw."+r.pick("breatheasy", "northstar", "summitresp")+".internal")
	header := arr{
		plain("sftp").obf(),
		netw(host).obf(),
		netw(r.pick("22", "2222", "10022")).obf(),
		cont(user).obf(),
		cred(r.password()).obf(),
		plain("/inbound/837P/" + t.Format("20060102") + "_" + ctrl + ".x12").obf(),
		plain(iso(t)).obf(),
		decoy(r.hex(64)).obf(),
	}
	return obj{
		{"h", header},
		{"t", segs},
		{"n", plain(len(segs)).obf()},
		{"x", prose(p(r.pick("ACK 999 accepted", "277CA pending", "resubmitted after TA1 reject"))).obf()},
	}
}
