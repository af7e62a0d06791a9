package blindset15

import (
	"fmt"
	"strings"
)

// bedsideXread: a hospital bedside-terminal (TV, phone, meal ordering)
// provider's event stream, dumped with XREAD from Redis: [stream key,
// [[entry id, [field, value, field, value, ...]], ...]] with single-letter
// field names. Entries are check-ins (ward and bed, patient, "DOB ...",
// diet, nil-by-mouth, allergy, account PIN), calls to relatives' numbers,
// messages from relatives, meal orders (diet and allergy), paid TV
// orders (masked card, order number), terminal heartbeats (model, "SN",
// "fw", MAC, IP, VLAN, SSID, user agent, build, uptime) and staff badge
// logins.
func bedsideXread(r *rng) any {
	ward := r.pick("w7", "w12", "amu2", "ortho3", "cardio1")
	bed := fmt.Sprintf("%s-b%02d", strings.ToUpper(ward), r.in(1, 28))
	first, last := r.ukName()
	rel := r.pick("Tom", "Mum", "Dad", "Sarah", "Grandad", "Aunty Pat")
	lan := fmt.Sprintf("10.%d.%d", r.in(1, 60), r.in(0, 254))
	ts := r.epochMs(2024, 2024)
	seq := 0
	entry := func(kvs ...any) arr {
		seq++
		ts += int64(r.in(1000, 4000000))
		fields := arr{}
		letters := "abcdefghijklmnop"
		for i, v := range kvs {
			fields = append(fields, plain(string(letters[i])), v)
		}
		return arr{decoy(fmt.Sprintf("%d-%d", ts, r.in(0, 3))), fields}
	}
	var entries arr
	entries = append(entries, entry(
		plain("ev.checkin"), plain(bed), cont(first+" "+last), cont("DOB "+r.day(1930, 2004)),
		hlth(r.pick("Diet: diabetic", "Diet: soft, low salt", "Diet: gluten free (coeliac)", "Diet: renal", "Diet: halal, pureed (dysphagia)")),
		hlth(r.pick("NBM from 00:00", "NBM after 06:00 (theatre)", "Fluids only")),
		hlth("Allergy: "+r.allergy()),
		plain("en-GB"),
		cred("PIN "+r.digits(4)),
	))
	for k := 0; k < r.in(2, 3); k++ {
		switch r.IntN(3) {
		case 0:
			entries = append(entries, entry(plain("ev.call"), plain(bed), cont("tel "+r.ukMobileIntl()), plain(fmt.Sprintf("dur %ds", r.in(20, 1800))), plain("£0.10/min")))
		case 1:
			entries = append(entries, entry(plain("ev.msg"), plain(bed), bedsideMsg(r, rel), plain(r.isoMs(2024, 2024))))
		default:
			entries = append(entries, entry(plain("ev.meal"), plain(bed), plain(r.pick("lunch", "supper", "breakfast")), bedsideMeal(r), plain(fmt.Sprint(r.in(1, 3)))))
		}
	}
	entries = append(entries, entry(plain("ev.order"), plain(bed), plain(r.pick("TV 24h £4.99", "TV 7 days £19.99", "Internet 24h £3.50")), decoy("card ****"+r.digits(4)), decoy("ord "+r.digits(6))))

	var fw leaf
	if r.chance(0.5) {
		fw = leaf{val: "fw " + r.ipVer(), label: fwIP("").label}
	} else {
		fw = dev("fw " + r.ver())
	}
	entries = append(entries, entry(
		plain("ev.hb"), plain(bed),
		dev(r.pick("Advantech POC-W243L", "Advantech AIM-75", "Onyx Venus-222", "Teguar TM-5510")),
		dev("SN "+r.upper(3)+r.digits(8)),
		fw,
		macAddr(r.mac(":", false)),
		netw("ip "+lan+fmt.Sprint(".", r.in(10, 250))),
		netw(fmt.Sprintf("vlan %d", r.in(100, 400))),
		netw("ssid "+r.pick("BedsideNet", "PTE-Terminals", "HospMedia")),
		dev(fmt.Sprintf("ua Mozilla/5.0 (Linux; Android %d; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36", r.in(9, 13), r.pick("POC-W243L", "AIM-75", "Venus-222"), r.in(110, 126))),
		decoy("build "+fmt.Sprintf("2024.%02d.%d", r.in(1, 12), r.in(1, 9))),
		plain(fmt.Sprintf("up %d", r.in(60, 900000))),
	))
	if r.chance(0.6) {
		entries = append(entries, entry(
			plain("ev.staff"), plain(bed),
			cont(r.pick("nurse ", "HCA ", "ward clerk ")+r.pick(ukFirst...)+" "+r.pick("A", "B", "C", "K", "M")+"."),
			cred("badge "+strings.ToUpper(r.hexs(8))),
			plain(r.pick("obs round", "meal assist", "discharge prep")),
		))
	}
	if r.chance(0.5) {
		entries = append(entries, entry(plain("ev.sys"), plain(bed), decoy(r.sha1()), decoy(r.ver()), plain(r.in(0, 50))))
	}
	return obfuscated(arr{arr{plain("pte:" + ward + ":events"), entries}})
}

func bedsideMsg(r *rng, rel string) leaf {
	return r.pickProse(
		func() leaf {
			return prose(p("From "), p(rel, contactC), p(": hope the "), p(r.pick("op went well", "hip surgery went ok", "chemo isn't too rough today", "scan results are good"), healthC), p(", love you xx"))
		},
		func() leaf {
			return prose(p("From "), p(rel, contactC), p(": call me on "), p(r.ukMobile(), contactC), p(" when you're awake"))
		},
		func() leaf { return prose(p("Visiting hours changed to 14:00-20:00 from Monday.")) },
		func() leaf {
			return prose(p("From "), p(rel, contactC), p(": the wifi password for the tablet is "), p(r.psk(), credC))
		},
	)
}

func bedsideMeal(r *rng) leaf {
	return r.pickProse(
		func() leaf {
			return prose(p("Shepherd's pie, "), p(r.pick("soft diet, no nuts (allergy)", "diabetic dessert", "thickened fluids (dysphagia)", "no dairy (lactose intolerant)"), healthC))
		},
		func() leaf { return prose(p("Jacket potato, beans, tea no sugar")) },
	)
}
