package blindset22

import (
	"fmt"
)

// telecareAT is a home telecare alarm hub's cellular-module diagnostic,
// taken by a field engineer's tool that sends AT commands to the modem
// and stores each raw response as an array of lines keyed by the command
// (standard 3GPP commands and the hub maker's own $ commands).
func telecareAT(r *rng) any {
	t0 := r.when()
	client := r.english()
	client.female = true
	kin := r.english()
	a := r.ukAddress()
	mod := r.pick("EG91", "EG915U", "SIM7600E", "BG95-M3")
	maker := map[string]string{"EG91": "Quectel", "EG915U": "Quectel", "SIM7600E": "SIMCOM INCORPORATED", "BG95-M3": "Quectel"}[mod]
	rev := map[string]string{"EG91": "EG91EXGAR08A05M1G", "EG915U": "EG915UEUABR03A01M08", "SIM7600E": "LE20B04SIM7600M22", "BG95-M3": "BG95M3LAR02A03"}[mod]
	imei := r.imei()
	iccid := "8944" + r.digits(15)
	imsi := "234" + r.pick("30", "15", "20") + r.digits(10)
	ownNum := r.ukE164()
	kinNum := r.ukE164()
	arcNum := "+44207946" + fmt.Sprintf("0%03d", r.in(0, 999))
	pdpIP := fmt.Sprintf("10.%d.%d.%d", r.in(100, 250), r.in(0, 255), r.in(2, 250))
	apn := r.pick("telecare.m2m", "iot.1nce.net", "eseye.com", "m2m.vodafone.example")
	keySafe := r.digits(4)
	hubSSID := "Hub-Setup-" + r.HEX(4)
	ok := plain("OK")
	stamp := func(min int) string { return after(t0, -min).Format("06/01/02,15:04:05") + "+04" }

	smsList := arr{}
	idx := 1
	addSMS := func(from string, fromL leaf, body leaf, min int) {
		smsList = append(smsList, joined(p(fmt.Sprintf("+CMGL: %d,\"REC READ\",\"", idx)), piece{s: from, cats: fromL.label.Categories}, p(fmt.Sprintf("\",,\"%s\"", stamp(min)))), body)
		idx++
	}
	addSMS(arcNum, cont(arcNum), prose(
		p("ALARM "+r.pick("FALL", "PENDANT", "SMOKE", "BED EXIT")+" "),
		p(client.first[:1]+" "+client.last, contactC), p(", "), p(a.street+" "+a.postcode, contactC),
		p(r.pick(". Fall detector triggered, no response to speech", ". Pendant pressed x3", ". Bed left 02:40 not returned", ". Smoke detector hallway")+". KS "),
		p(keySafe, credC),
	), r.in(60, 4000))
	addSMS(kinNum, cont(kinNum), prose(
		p(r.pick("Mum ", "Mum's ", "Gran ")), p(r.pick("missed her Donepezil 10mg again", "BP was 168/95 at the surgery", "is back from hospital, hip replacement", "has a UTI, on trimethoprim"), healthC), p(". "),
		p(kin.first, contactC),
	), r.in(60, 4000))
	if r.chance(0.6) {
		addSMS("Lifeline", plain("Lifeline"), prose(p("Pendant 2 battery low. Please replace within 7 days.")), r.in(60, 4000))
	}
	smsList = append(smsList, ok)

	res := obj{
		{"ATI", arr{dev(maker), dev(mod), dev("Revision: " + rev), ok}},
		{"AT+CGMI", arr{dev(maker), ok}},
		{"AT+CGMM", arr{dev(mod), ok}},
		{"AT+CGMR", arr{dev(rev), ok}},
		{"AT+CGSN", arr{dev(imei), ok}},
		{"AT+CIMI", arr{dev(imsi), ok}},
		{"AT+QCCID", arr{dev("+QCCID: " + iccid), ok}},
		{"AT+CPIN?", arr{plain("+CPIN: READY"), ok}},
		{"AT+CNUM", arr{cont(fmt.Sprintf("+CNUM: \"\",\"%s\",145", ownNum)), ok}},
		{"AT+COPS?", arr{plain(fmt.Sprintf("+COPS: 0,0,\"%s\",%d", r.pick("EE", "O2 - UK", "vodafone UK"), r.pickInt(0, 7, 9))), ok}},
		{"AT+CSQ", arr{plain(fmt.Sprintf("+CSQ: %d,99", r.in(6, 31))), ok}},
		{"AT+CGDCONT?", arr{joined(p(fmt.Sprintf("+CGDCONT: 1,\"IP\",\"%s\",\"", apn)), p(pdpIP, netC), p("\",0,0,0,0")), ok}},
		{"AT+QIACT?", arr{joined(p("+QIACT: 1,1,1,\""), p(pdpIP, netC), p("\"")), ok}},
		{"AT+CPBR=1,5", arr{
			cont(fmt.Sprintf("+CPBR: 1,\"%s\",145,\"%s\"", kinNum, map[bool]string{true: "Daughter ", false: "Son "}[kin.female]+kin.first)),
			cont(fmt.Sprintf("+CPBR: 2,\"%s\",145,\"ARC\"", arcNum)),
			ok,
		}},
		{"AT+CMGL=\"ALL\"", smsList},
		{"AT$ARC?", arr{cont(fmt.Sprintf("$ARC: 1,\"%s\",2,\"%s\"", arcNum, r.pick("SCAIP", "TT92", "BS8521"))), ok}},
		{"AT$PIN?", arr{cred(fmt.Sprintf("$PIN: \"%s\"", r.digits(6))), ok}},
		{"AT$WIFI?", arr{joined(p("$WIFI: \""), p(hubSSID, netC), p("\",\""), p(r.psk(), credC), p("\",1")), ok}},
		{"AT$HB?", arr{plain(fmt.Sprintf("$HB: %d", r.pickInt(3600, 86400))), ok}},
		{"AT$FW?", arr{dev(fmt.Sprintf("$FW: %s", r.pick("3.14.2", "3.15.0", "4.0.1"))), ok}},
		{"AT$CNT?", arr{decoy(fmt.Sprintf("$CNT: %d,%d,%d", r.in(0, 90), r.in(0, 400), r.in(0, 9))), ok}},
		{"AT+QLTS=2", arr{plain(fmt.Sprintf("+QLTS: \"%s\",0", t0.Format("2006/01/02,15:04:05+04"))), ok}},
	}
	return obfuscated(obj{
		{"tool", plain("atdiag")},
		{"ver", decoy(r.semver())},
		{"port", plain("/dev/ttyUSB2")},
		{"baud", plain(115200)},
		{"hub", dev(r.pick("Lifeline Digital", "Smart Hub", "Vi+ Digital") + " " + r.serial("", 10))},
		{"eng", cont(r.english().full())},
		{"ts", plain(iso(t0))},
		{"r", res},
	})
}
