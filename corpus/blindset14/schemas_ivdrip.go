package blindset14

import "fmt"

// ivdrip-sheet-arrays: a mobile IV-hydration service's nurse app offline
// sync queue, uploaded as compact positional arrays: [op, table number,
// [values...]] with no column names anywhere. Only the values and their
// neighbours tell what they are.

var (
	ivDrips = []string{"Myers' Cocktail 1000 mL LR + Mg + B-complex + Vit C", "Hangover Rx 1000 mL NS + Zofran 4 mg + Toradol 30 mg", "NAD+ 250 mg in 500 mL NS",
		"Immunity: 1000 mL NS + Vit C 10 g + Zinc 5 mg", "Glutathione 2000 mg push", "Beauty drip 500 mL + Biotin + Glutathione", "Jet lag: 1000 mL LR + B12 1000 mcg"}
	ivPumps = []string{"Baxter Sigma Spectrum", "BD Alaris 8100", "Moog CADD-Solis VIP", "B. Braun Infusomat Space", "Moog Curlin 6000 CMS"}
)

func ivdripArrays(r *rng) any {
	var q arr
	clientID := r.uuid()
	first, last := r.usFirst(), r.pick(usLast...)
	street, city, state, zip := r.usAddr()
	nurse := r.usFirst() + " " + r.pick(usLast...)
	nurseMail := r.mail("rn." + ascii(nurse))
	op := func(kind string, table int, vals arr) arr { return arr{plain(kind), plain(table), vals} }

	q = append(q, op("ins", 4, arr{
		decoy(clientID),
		cont(first + " " + last),
		cont(r.us555()),
		cont(r.mail(ascii(first) + "." + ascii(last))),
		cont(fmt.Sprintf("%s, %s, %s %s", street, city, state, zip)),
		plain(r.iso(2023, 2024)),
		plain(r.pick("referral", "instagram", "google", "")),
	}))
	for s, ns := 0, r.in(1, 2); s < ns; s++ {
		sys, dia := r.bp()
		q = append(q, op(r.pick("ins", "upd"), 7, arr{
			decoy(r.uuid()),
			decoy(clientID),
			plain(r.iso(2024, 2024)),
			hlth(r.pick(ivDrips...)),
			hlth(fmt.Sprintf("BP %d/%d mmHg", sys, dia)),
			hlth(fmt.Sprintf("HR %d bpm", r.in(58, 112))),
			hlth(fmt.Sprintf("SpO2 %d%%", r.in(94, 100))),
			hlth(fmt.Sprintf("%.1f °F", r.f1(97.2, 99.9))),
			hlth("Allergy: " + r.pick("sulfa", "NKDA", "latex", "penicillin", "iodine")),
			hlth("Hx: " + r.pick("migraines", "hangover, dehydration", "POTS", "Crohn's disease", "pregnancy 14 wks - OB cleared", "none")),
			hlth(fmt.Sprintf("%s %s %dG, %d attempt", r.pick("L", "R"), r.pick("AC", "forearm", "hand"), r.pickInt(20, 22, 24), r.in(1, 3))),
			cont("RN " + nurse),
			plain(r.pick("249.00", "199.00", "349.00", "599.00")),
			plain(r.pick("paid", "pending", "comped")),
			r.pickProse(
				func() leaf {
					return prose(p("Felt lightheaded after, gave juice, "), p(fmt.Sprintf("BP rechecked %d/%d", r.in(96, 112), r.in(58, 70)), healthC), p(", fine at 20 min."))
				},
				func() leaf { return prose(p("Gate code "), p(r.digits(4)+"#", credC), p(", dog in the yard.")) },
				func() leaf { return prose(p("Text "), p(r.us555(), contactC), p(" when outside, baby sleeping.")) },
				func() leaf { return prose(p("Group booking, 4 guests, bachelorette.")) },
			),
		}))
	}
	lan := r.lanPrefix()
	fw := dev("fw " + r.ver())
	q = append(q, op("upd", 9, arr{
		decoy(r.uuid()),
		dev(r.pick(ivPumps...)),
		dev("SN " + r.digits(8)),
		fw,
		macAddr(r.mac(":", true)),
		netw(fmt.Sprintf("%s.%d", lan, r.in(20, 200))),
		dev(r.pick("iPad Pro 11 (4th gen)", "iPad mini (6th gen)", "Galaxy Tab Active4 Pro")),
		dev(r.pick("iPadOS 17.4", "iPadOS 16.7", "Android 14")),
		decoy(r.in(5, 100)),
		plain(r.iso(2024, 2024)),
	}))
	q = append(q, op("upd", 2, arr{
		cont(nurseMail),
		cred(r.bcrypt()),
		cred(r.jwt()),
		decoy(r.in(0, 5)),
		plain(r.chance(0.5)),
	}))
	q = append(q, op("ins", 11, arr{
		decoy(r.ver()),
		decoy(fmt.Sprintf("%d.%d", r.in(20240101, 20241231), r.in(1, 9))),
		plain("en_US"),
		decoy(r.sha1()),
		plain(nil),
	}))
	return obfuscated(obj{{"v", decoy(3)}, {"sid", decoy(r.hexs(16))}, {"q", q}})
}
