package blindset15

import (
	"fmt"
	"strings"
)

// midwifePatchOps: a community-midwifery tablet app's offline sync upload
// as RFC 6902 JSON Patch operations against an opaque document
// (/p patients, /v visits, /d devices, /a account, /n network, /m meta,
// numeric positions only): add, replace, test, remove and move ops whose
// values are the woman's name, e-mail, phone and address, obstetric
// shorthand (G2P1, EDD, BP, FHR, fundal height, Hb, Rh, GBS, anti-D),
// medications and allergies, the partner, the fetal doppler and tablet
// (model, "SN ...", "fw ...", MAC, IP), the Wi-Fi ("ssid:", "psk:"), the
// midwife's bcrypt hash and token, visit notes, semver fillers, counts,
// uuids and timestamps.
func midwifePatchOps(r *rng) any {
	first, last := r.ukName()
	street, town, pc := r.ukAddr()
	partner := r.pick("Tom", "Daniel", "Sam", "Jordan", "Alex", "Chris") + " " + last
	mw := r.pick("Maren C.", "Bev Holt", "Anita Rowe", "Jo Fenwick", "Siobhan Kerr")
	lan := fmt.Sprintf("10.%d.%d", r.in(10, 99), r.in(0, 254))
	gest := r.in(12, 40)
	ops := arr{}
	op := func(kind, path string, v any) {
		o := obj{{"op", plain(kind)}, {"path", plain(path)}}
		if v != nil {
			o = append(o, field{"value", v})
		}
		ops = append(ops, o)
	}
	pi := r.in(0, 6)
	pp := func(k int) string { return fmt.Sprintf("/p/%d/%d", pi, k) }
	op("add", "/p/-", arr{
		decoy(r.uuid()),
		cont(first + " " + last),
		cont(r.mail(ascii(first) + "." + ascii(last))),
		cont(r.pick(r.ukMobile(), r.ukMobileIntl())),
		cont(street + ", " + town + " " + pc),
	})
	op("replace", pp(5), hlth(fmt.Sprintf("G%dP%d", r.in(1, 5), r.in(0, 3))))
	op("test", pp(6), hlth("EDD "+r.day(2024, 2025)))
	op("replace", pp(7), hlth(r.pick("Rh neg", "Rh pos", "O neg", "A pos", "B pos")))
	op("add", pp(8), hlth(r.pick("Allergy: penicillin", "NKDA", "Allergy: latex", "Allergy: codeine")))
	op("add", pp(9), hlth(r.pick("Folic acid 400 mcg OD", "Aspirin 150 mg nocte", "Ferrous fumarate 210 mg BD", "Labetalol 100 mg BD", "Metformin 500 mg BD")))
	op("replace", pp(10), hlth(fmt.Sprintf("BMI %.1f", r.f1(18.5, 41))))
	if r.chance(0.6) {
		op("add", pp(11), arr{cont(partner), cont(r.ukMobile())})
	}
	if r.chance(0.4) {
		op("replace", pp(12), hlth(r.pick("GDM diet-controlled", "GBS positive", "previous LSCS", "PET risk: high", "twin pregnancy DCDA")))
	}
	nv := r.in(1, 2)
	for k := 0; k < nv; k++ {
		sys, dia := r.in(100, 150), r.in(60, 98)
		op("add", "/v/-", arr{
			decoy(r.uuid()),
			plain(r.iso(2024, 2024)),
			hlth(fmt.Sprintf("BP %d/%d mmHg", sys, dia)),
			hlth(fmt.Sprintf("FHR %d bpm", r.in(115, 165))),
			hlth(fmt.Sprintf("SFH %d cm", gest+r.in(-2, 2))),
			hlth(r.pick("urine NAD", "urine protein +", "urine glucose +", "urine NAD")),
			hlth(fmt.Sprintf("%d+%d wks", gest, r.in(0, 6))),
			mwNote(r, partner, first),
		})
	}
	if r.chance(0.5) {
		op("replace", fmt.Sprintf("/v/%d/9", r.in(0, 8)), hlth(fmt.Sprintf("Hb %.1f g/dL", r.f1(9.2, 13.8))))
	}
	op("add", fmt.Sprintf("/h/%d", r.in(0, 20)), mwNote(r, partner, first))
	if r.chance(0.4) {
		op("add", fmt.Sprintf("/v/%d/10", r.in(0, 8)), hlth("Anti-D 1500 IU IM given"))
	}
	if r.chance(0.5) {
		ops = append(ops, obj{{"op", plain("move")}, {"from", plain(fmt.Sprintf("/v/%d", r.in(1, 6)))}, {"path", plain("/v/0")}})
	}
	if r.chance(0.5) {
		op("remove", fmt.Sprintf("/v/%d/3", r.in(0, 6)), nil)
	}
	var fw leaf
	if r.chance(0.4) {
		fw = leaf{val: "fw " + r.ipVer(), label: fwIP("").label}
	} else {
		fw = dev("fw " + r.ver())
	}
	op("add", "/d/-", arr{
		dev(r.pick("Huntleigh Sonicaid One", "Huntleigh Sonicaid Digital", "Edan SD3 Plus")),
		dev("SN " + r.upper(2) + "-" + r.digits(7)),
		fw,
		macAddr(r.mac(":", true)),
		plain(r.in(10, 100)),
	})
	op("replace", "/d/1", arr{
		dev(r.pick("Samsung Galaxy Tab Active3", "Samsung Galaxy Tab Active4 Pro", "Panasonic Toughbook FZ-A3")),
		dev("Android " + r.pick("12", "13", "14")),
		netw(fmt.Sprintf("%s.%d", lan, r.in(20, 240))),
		dev("SN R" + r.upper(10)),
	})
	op("add", "/n/-", arr{
		netw("ssid:" + r.pick("MW-Clinic", "CommunityMW", "NHS-MW-Tablets") + r.pick("", "-5G")),
		cred("psk:" + r.psk()),
		netw(fmt.Sprintf("gw %s.1", lan)),
	})
	op("replace", "/a/0", cont(strings.ToLower(strings.ReplaceAll(mw, " ", "."))+"@"+r.pick("community-midwives", "mw-team")+".example"))
	op("replace", "/a/1", cred(r.bcrypt()))
	op("add", "/a/2", cred(r.jwt()))
	op("test", "/a/3", decoy(r.in(0, 4)))
	op("replace", "/m/0", decoy(r.ver()))
	op("replace", "/m/1", decoy(fmt.Sprintf("build %d", r.in(1000, 9999))))
	op("replace", "/m/2", plain(r.in(0, 200)))
	op("test", "/m/3", decoy("REF-"+r.digits(4)+"-"+r.digits(5)))
	op("replace", "/m/4", plain(r.isoMs(2024, 2024)))
	if r.chance(0.5) {
		op("add", "/m/5", decoy(r.sha1()))
	}
	return obfuscated(obj{
		{"v", plain(3)},
		{"c", decoy(r.uuid())},
		{"s", plain(r.in(1, 9000))},
		{"t", plain(r.epochMs(2024, 2024))},
		{"ops", ops},
	})
}

func mwNote(r *rng, partner, first string) leaf {
	return r.pickProse(
		func() leaf {
			return prose(p("Home visit, "), p(partner, contactC), p(" present. "), p("Mild ankle swelling, headache since yesterday", healthC), p(", advised rest and to ring triage."))
		},
		func() leaf {
			return prose(p("Feeling well, "), p("fetal movements normal", healthC), p(". Next visit 2 weeks."))
		},
		func() leaf {
			return prose(p(first, contactC), p(" asked to text instead of calling: "), p(r.ukMobile(), contactC))
		},
		func() leaf { return prose(p("Parking permit left on dashboard, visit 25 min.")) },
		func() leaf {
			return prose(p("Doppler wouldn't pair with the tablet, used "), p(r.pick("Sonicaid One", "Edan SD3 Plus"), devC), p(" from the car."))
		},
	)
}
