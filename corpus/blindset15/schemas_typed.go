package blindset15

import (
	"fmt"
	"strings"
)

// massageTypedRows: a massage and sports-therapy chain's nightly export in
// a typed-row format whose header holds only column types: {"f": format,
// "t": ["s","s","d","n",...], "r": [[...], ...], "x": [[...], ...]}. The
// booking rows hold a booking id, client name, e-mail, phone, start time,
// minutes, price, treatment, therapist, first-visit flag, the intake
// answers ("pregnant 24 wks", "on warfarin", "sciatica L side", "NKA"), a
// promo code, masked card, tip, the client's bcrypt hash and the
// therapist's note; the device rows hold the card reader and tablet
// (model, "SN ...", "fw ...", IP, MAC, "ssid:", "WPA2 key ...", last seen).
func massageTypedRows(r *rng) any {
	types := []string{"s", "s", "s", "s", "d", "n", "n", "s", "s", "b", "s", "s", "s", "s", "n", "s", "s"}
	rows := arr{}
	for k := 0; k < r.in(2, 3); k++ {
		first, last := r.ukName()
		rows = append(rows, arr{
			decoy("BK-" + r.digits(5)),
			cont(first + " " + last),
			cont(r.mail(ascii(first) + "." + ascii(last))),
			cont(r.pick(r.ukMobile(), r.ukMobileIntl())),
			plain(r.iso(2024, 2024)),
			plain(r.pickInt(30, 45, 60, 90)),
			plain(float64(r.pickInt(45, 60, 75, 95))),
			plain(r.pick("Deep tissue 60", "Sports massage 45", "Pregnancy massage 60", "Hot stones 90", "Lymphatic drainage 60")),
			cont(r.pick(ukFirst...) + " " + r.pick("A.", "B.", "C.", "D.", "M.")),
			plain(r.chance(0.3)),
			hlth(r.pick(map[bool]string{true: "pregnant 24 wks", false: "hernia repair 2023"}[ukFemale(first)], map[bool]string{true: "pregnant 31 wks, SPD", false: "frozen shoulder R"}[ukFemale(first)], "on warfarin", "sciatica L side", "high BP, on amlodipine", "varicose veins both legs", "recent ankle fracture (6 wks)", "fibromyalgia")),
			hlth(r.pick("NKA", "nut allergy (oils!)", "latex allergy", "NKA", "allergic to lavender oil")),
			decoy(r.pick("promo SPRING15", "promo NEWCLIENT", "promo none")),
			decoy("card ****" + r.digits(4)),
			plain(float64(r.pickInt(0, 0, 5, 10))),
			cred(r.bcrypt()),
			therapistNote(r, first),
		})
	}
	lan := r.lanPrefix()
	ssid := r.pick("Spa-Staff", "Knead-Team", "Relax-Office") + r.pick("", "-5G")
	var fw leaf
	if r.chance(0.4) {
		fw = leaf{val: "fw " + r.ipVer(), label: fwIP("").label}
	} else {
		fw = dev("fw " + r.ver())
	}
	devs := arr{
		arr{
			dev(r.pick("SumUp Solo", "Square Terminal", "Zettle Reader 2", "Dojo Go")),
			dev("SN " + r.digits(9)),
			fw,
			netw(fmt.Sprintf("%s.%d", lan, r.in(20, 250))),
			macAddr(r.mac(":", true)),
			plain(r.iso(2024, 2024)),
		},
		arr{
			dev(r.pick("iPad (10th gen)", "iPad Air (5th gen)", "Samsung Galaxy Tab S6 Lite")),
			dev("SN " + strings.ToUpper(r.alnum(10))),
			dev(r.pick("iPadOS 17.4", "iPadOS 17.5.1", "Android 13")),
			netw(fmt.Sprintf("%s.%d", lan, r.in(20, 250))),
			macAddr(r.mac(":", true)),
			plain(r.iso(2024, 2024)),
		},
		arr{
			netw("ssid:" + ssid),
			cred("WPA2 key " + r.psk()),
			netw(lan + ".1"),
			plain(r.in(1, 12)),
			decoy(r.ver()),
			plain(r.iso(2024, 2024)),
		},
	}
	return obfuscated(obj{
		{"f", plain("tr1")},
		{"t", stringsOf(plain, types...)},
		{"r", rows},
		{"x", devs},
		{"z", arr{plain(len(rows)), decoy(r.sha256()), plain(r.isoMs(2024, 2024))}},
	})
}

func therapistNote(r *rng, first string) leaf {
	return r.pickProse(
		func() leaf {
			return prose(p("Tight L piriformis, "), p("sciatic pain down the leg", healthC), p(", advised GP if it persists."))
		},
		func() leaf {
			return prose(p(first, contactC), p(" prefers texts on "), p(r.ukMobile(), contactC), p(", not calls."))
		},
		func() leaf {
			return prose(p("Avoided deep work on calves, "), p(r.pick("DVT history", "on blood thinners", "varicose veins"), healthC), p("."))
		},
		func() leaf { return prose(p("Rebooked for 2 weeks, paid by voucher.")) },
		func() leaf {
			return prose(p("Reader lost Wi-Fi again, rejoined "), p(r.pick("Spa-Staff", "Knead-Team"), netC), p("."))
		},
	)
}
