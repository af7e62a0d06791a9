package blindset26

import (
	"fmt"
	"strings"
	"time"
)

// edregisterEID: a Flemish hospital's emergency-department self-check-in
// kiosk reads the patient's Belgian eID card; a support engineer left a
// PC/SC trace, decoded to JSON, in a ticket. A positional header (tool,
// version, reader name, reader serial, kiosk host name, kiosk IP, time)
// is followed by the ISO 7816-4 exchanges ([time, direction, header or
// status word, data]) with the identity and address files decoded from
// BER-TLV into [tag, length, value] triples (card and chip numbers,
// validity, municipality, the masked national number, surname, given
// names, initial, nationality, birth place and date, sex, document type,
// photo hash; street, postcode, municipality), a VERIFY PIN command with
// its PIN block, and the kiosk application's positional events (triage
// questions and answers, emergency contact, mobile number, the hospital
// information system endpoint and token, network, kiosk hardware and the
// triage nurse's remark).
func edregisterEID(r *rng) any {
	t := r.when()
	pt := r.belgian()
	dob := r.birth(1938, 2006)
	a := r.beAddress()
	net := r.lan()
	kiosk := fmt.Sprintf("ed-kiosk-%02d", r.in(1, 6))
	ms := unixMs(t)
	tick := func() int64 { ms += int64(r.in(5, 400)); return ms }
	months := []string{"JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"}
	dobStr := fmt.Sprintf("%02d %s %d", dob.Day(), months[dob.Month()-1], dob.Year())
	given := pt.first
	if r.chance(0.6) {
		given += " " + r.pick("Maria", "Jozef", "Anna", "Frans", "Louise", "Jan")
	}
	sexV := "M"
	if pt.female {
		sexV = "V"
	}
	tlv := func(tag int, v leaf) arr {
		n := 0
		switch x := v.val.(type) {
		case string:
			n = len(x)
		}
		return arr{plain(tag), plain(n), v}
	}
	valid := time.Date(t.Year()-r.in(0, 9), time.Month(r.in(1, 12)), r.in(1, 28), 0, 0, 0, 0, time.UTC)
	idFile := arr{
		tlv(1, decoy(r.digits(12))),
		tlv(2, decoy(r.HEX(32))),
		tlv(3, plain(valid.Format("02.01.2006"))),
		tlv(4, plain(valid.AddDate(10, 0, 0).Format("02.01.2006"))),
		tlv(5, plain(r.pick("Leuven", "Gent", "Mechelen", "Brugge", "Hasselt"))),
		tlv(6, decoy("***********")),
		tlv(7, cont(pt.last)),
		tlv(8, cont(given)),
		tlv(9, cont(r.from("ABCDEGHJKLMNPRSTVW", 1))),
		tlv(10, decoy("Belg")),
		tlv(11, plain(r.pick("Leuven", "Antwerpen", "Gent", "Kortrijk", "Genk", "Aalst"))),
		tlv(12, cont(dobStr)),
		tlv(13, sexOf(sexV)),
		tlv(14, plain("")),
		tlv(15, plain("1")),
		tlv(16, plain("0")),
		tlv(17, decoy(r.HEX(40))),
	}
	addrFile := arr{
		tlv(1, cont(a.street)),
		tlv(2, cont(a.postcode)),
		tlv(3, cont(a.town)),
	}
	pin := r.pin(4)
	ok := r.chance(0.8)
	sw := "9000"
	if !ok {
		sw = "63C2"
	}
	x := arr{
		arr{plain(tick()), plain(">"), plain("00A40808"), plain("3F00DF014031")},
		arr{plain(tick()), plain("<"), plain("9000"), plain(nil)},
		arr{plain(tick()), plain(">"), plain("00B00000"), plain(0)},
		arr{plain(tick()), plain("<"), plain("9000"), idFile},
		arr{plain(tick()), plain(">"), plain("00A40808"), plain("3F00DF014033")},
		arr{plain(tick()), plain("<"), plain("9000"), plain(nil)},
		arr{plain(tick()), plain(">"), plain("00B00000"), plain(0)},
		arr{plain(tick()), plain("<"), plain("9000"), addrFile},
		arr{plain(tick()), plain(">"), plain("00A40808"), plain("3F00DF014035")},
		arr{plain(tick()), plain("<"), plain("9000"), plain(nil)},
		arr{plain(tick()), plain(">"), plain("00200001"), cred("2" + fmt.Sprint(len(pin)) + pin + strings.Repeat("F", 14-len(pin)))},
		arr{plain(tick()), plain("<"), plain(sw), plain(nil)},
	}

	kin := r.belgian()
	reasons := []string{"Pijn op de borst sinds 2 uur", "Val van fiets, pols gezwollen", "Hoge koorts en verward", "Buikpijn rechtsonder", "Kortademig, gekend met COPD", "Snijwonde hand, bloedt veel"}
	var remark leaf
	switch r.IntN(3) {
	case 0:
		remark = prose(p("Triage: "), p(r.pick("MTS oranje, ECG binnen 10 min", "MTS geel, RX pols", "MTS rood, reanimatiezaal"), healthC), p(". Partner "), p(kin.first, contactC), p(" onderweg."))
	case 1:
		remark = prose(p("Kaartlezer gaf 63C2, patiënt PIN vergeten; ingeschreven via rijksregister."))
	default:
		remark = prose(p("Patiënt spreekt enkel Frans, tolk gevraagd."))
	}
	e := arr{
		arr{plain("Q"), plain(1), plain("Reden van komst"), hlth(r.pick(reasons...))},
		arr{plain("Q"), plain(2), plain("Pijnscore (0-10)"), hlth(r.in(0, 10))},
		arr{plain("Q"), plain(3), plain("Allergieën"), hlth(r.pick("geen", "penicilline", "latex", "NSAID's"))},
		arr{plain("Q"), plain(5), plain("Medicatie"), hlth(r.pick("Eliquis 5 mg", "geen", "Metformine 850 mg, Asaflow 80 mg", "Ventolin"))},
	}
	if pt.female {
		e = append(e, arr{plain("Q"), plain(4), plain("Zwanger?"), hlth(r.pick("nee", "nee", "ja", "weet niet"))})
	}
	e = append(e,
		arr{plain("CT"), cont(kin.full()), cont(r.pick(r.beLocal(), r.beIntl())), plain(r.pick("partner", "dochter", "zoon", "moeder"))},
		arr{plain("GSM"), cont(r.pick(r.beLocal(), r.beIntl()))},
		arr{plain("HIS"), netw("https://his-adt.ed.internal/v2/admissions"), cred(r.jwt())},
		arr{plain("NET"), netw(net.host(r.in(20, 200))), netw(net.gw()), netw(net.host(r.in(2, 9)))},
		arr{plain("DEV"), dev(r.pick("Elo I-Series 4", "Advantech UTC-520", "Zebra ET40")), dev(r.serial("", 10)), dev("Windows 10 IoT Enterprise LTSC 2021")},
		arr{plain("TXT"), remark},
	)
	return obfuscated(obj{
		{"h", arr{plain("pcsc-trace"), decoy(r.semver()), dev(r.pick("ACS ACR39U ICC Reader 00 00", "Gemalto USB SmartCard Reader 0", "Identiv uTrust 2700 R 0")), dev(r.serial("RR", 8)), netw(kiosk + ".az.internal"), netw(net.host(r.in(20, 200))), plain(iso(t))}},
		{"x", x},
		{"e", e},
	})
}
