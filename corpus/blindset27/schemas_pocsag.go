package blindset27

import (
	"fmt"
	"strings"
)

// wardPOCSAG: a security researcher's capture of a hospital's paging
// channel with an SDR and multimon-ng, saved as positional JSON: the
// header (decoder, its version, the SDR's model and serial, frequency,
// sample rate, gain, the laptop's host name, start time), the frames
// ([time, mode, capcode, function, kind, message]) and the decoder's
// error counters with a checksum. Only values tell: bleeps naming
// patients with birth dates, early-warning scores and results, call-back
// numbers, crash calls, IT pages with Wi-Fi keys, reset passwords and
// server IPs, and routine pages with nothing in them.
func wardPOCSAG(r *rng) any {
	t := r.when()
	net := lan(fmt.Sprintf("10.%d.%d", r.in(100, 200), r.in(0, 40)))
	hdr := arr{
		plain("multimon-ng"),
		decoy(r.pick("1.3.0", "1.3.1", "1.2.0")),
		dev(r.pick("RTL-SDR Blog V4", "RTL-SDR Blog V3", "Nooelec NESDR SMArt v5", "Airspy Mini")),
		dev(r.digits(8)),
		plain(fmt.Sprintf("%.4f", 153.0+float64(r.in(0, 400))*0.0125)),
		plain(22050),
		plain(r.pickInt(28, 38, 40, 49)),
		netw(r.pick("kali-"+r.from(lowerNum, 5), "sdr-pi.lan", "t480-lab")),
		plain(iso(t)),
	}
	ward := func() string { return r.pick("WARD 7", "WARD 4", "AMU", "CCU", "WARD 22", "SAU", "ED MAJORS") }
	var frames arr
	at := t
	frame := func(kind string, msg leaf) {
		at = at.Add(secs(r.in(5, 600)))
		mode := r.pick("POCSAG1200", "POCSAG1200", "POCSAG512")
		frames = append(frames, arr{plain(unix(at)), plain(mode), plain(r.in(100000, 1999999)), plain(r.in(0, 3)), plain(kind), msg})
	}
	n := r.in(8, 16)
	for i := 0; i < n; i++ {
		pt := r.british()
		switch r.IntN(11) {
		case 0, 1:
			dob := r.birth(1930, 2004)
			frame("ALN", prose(p(ward()+fmt.Sprintf(" BED %d ", r.in(1, 30))), p(strings.ToUpper(pt.last)+" "+strings.ToUpper(pt.first), contactC), p(" DOB "), p(dob.Format("02/01/2006"), contactC), p(fmt.Sprintf(" NEWS %d SPO2 %d%% ON %dL O2 PLS REVIEW", r.in(5, 11), r.in(84, 92), r.in(1, 6)), healthC)))
		case 2:
			frame("ALN", prose(p("PLS CALL "), p(r.ukMobile(), contactC), p(" RE "), p(strings.ToUpper(pt.first+" "+pt.last), contactC), p(r.pick(" BLOODS K+ 6.8", " TROP 840", " LACTATE 4.1", " HB 62"), healthC)))
		case 3:
			frame("ALN", prose(p("2222 "), p(r.pick("CARDIAC ARREST", "ADULT PERI-ARREST", "MAJOR HAEMORRHAGE"), healthC), p(" "+ward()+fmt.Sprintf(" BAY %d", r.in(1, 6)))))
		case 4:
			frame("ALN", prose(p("PHARMACY: "), p(strings.ToUpper(pt.last), contactC), p(" "+ward()+" "), p(r.pick(fmt.Sprintf("WARFARIN 5MG TONIGHT INR %.1f", r.f1(1.5, 4.5)), "GENTAMICIN LEVEL HIGH OMIT DOSE", "INSULIN SLIDING SCALE CHART MISSING", "VANC TROUGH 22"), healthC)))
		case 5:
			if r.chance(0.5) {
				frame("ALN", prose(p("IT: STAFF WIFI "), p(r.pick("NHS-STAFF", "TRUST-STAFF", "STAFF-WLAN"), netC), p(" NEW KEY "), p(strings.ToUpper(r.psk()), credC)))
			} else {
				frame("ALN", prose(p("IT: PW FOR "), p(strings.ToLower(pt.first[:1]+pt.last), contactC), p(" RESET TO "), p(r.pick("Welcome", "Password", "Spring", "Hospital")+r.digits(3)+"!", credC)))
			}
		case 6:
			frame("ALN", prose(p("IT: "), p(r.pick("PACS", "EPR", "LIMS")), p(" DOWN SERVER "), p(net.host(r.in(2, 250)), netC), p(" NOT RESPONDING")))
		case 7:
			frame("NUM", prose(p(fmt.Sprint(r.in(2000, 6999)))))
		case 8:
			frame("ALN", prose(p(r.pick("TEST PAGE PLEASE IGNORE", "PORTER REQ X-RAY TO "+ward(), "CALL SWITCHBOARD 4000", "BED MANAGER MEETING 0830"))))
		default:
			frame("ALN", prose(p(ward()+" "), p(strings.ToUpper(pt.first), contactC), p(r.pick(" FALL NO HEAD INJURY ON APIXABAN", " CHEST PAIN ECG DONE", " TEMP 39.2 RIGORS SEPSIS SCREEN", " BM 2.1 GIVEN GLUCOGEL"), healthC)))
		}
	}
	return obfuscated(obj{
		{"h", hdr},
		{"m", frames},
		{"e", arr{plain(r.in(0, 40)), plain(r.in(0, 9)), decoy(r.HEX(8))}},
	})
}
