package blindset25

import "fmt"

// cardiacrehabFIT: a cardiac-rehabilitation programme's portal takes the
// FIT files that patients' watches record during home exercise; a
// developer's debug dump holds one upload with its positional wrapper
// (upload id, file name, sha1, uploader IP, session cookie, user agent,
// physiotherapist's login and note) and the file decoded without the FIT
// profile: the header, messages as [global message number, local type,
// {field definition number: raw value}] with raw scaled integers
// (file_id, file_creator, device_info of watch and chest strap,
// user_profile, zones_target, records, hrv, event, session, activity),
// and developer field descriptions for a Connect IQ SpO2 field.
func cardiacrehabFIT(r *rng) any {
	t := r.when()
	pt := r.english()
	physio := r.english()
	dob := r.birth(1942, 1975)
	ag := age(dob, t)
	sex := 1
	if pt.female {
		sex = 0
	}
	ts := uint32(unix(t) - 631065600) // FIT epoch
	watch := []struct {
		name string
		prod int
	}{{"Forerunner 265", 4257}, {"Venu 3", 4260}, {"vivoactive 5", 4426}, {"Fenix 7", 3906}}
	w := watch[r.IntN(len(watch))]
	watchSN := r.in(3300000000, 3499999999)
	strapSN := r.in(1000000, 9999999)
	maxHR := 220 - ag
	restHR := r.in(52, 84)

	m := func(global, local int, f obj) arr { return arr{plain(global), plain(local), f} }
	msgs := arr{
		m(0, 0, obj{{"0", plain(4)}, {"1", plain(1)}, {"2", dev(w.prod)}, {"3", dev(watchSN)}, {"4", plain(ts)}, {"8", dev(w.name)}}),
		m(49, 1, obj{{"0", dev(r.in(1500, 2600))}, {"1", plain(0)}}),
		m(23, 2, obj{{"253", plain(ts)}, {"0", plain(0)}, {"1", plain(1)}, {"2", plain(1)}, {"3", dev(watchSN)}, {"4", dev(w.prod)}, {"5", dev(r.in(1500, 2600))}, {"27", dev(w.name)}}),
		m(23, 2, obj{{"253", plain(ts)}, {"0", plain(1)}, {"1", plain(120)}, {"2", plain(1)}, {"3", dev(strapSN)}, {"4", dev(r.pickInt(2327, 3299))}, {"5", dev(r.in(300, 900))}, {"10", plain(r.in(2700, 3100))}, {"11", plain(r.in(1, 4))}}),
		m(3, 3, obj{{"0", cont(pt.first)}, {"1", sexOf(sex)}, {"2", ageOf(ag)}, {"3", hlth(r.in(150, 195))}, {"4", hlth(r.in(520, 1250))}, {"8", hlth(restHR)}, {"11", hlth(maxHR)}, {"22", plain(0)}, {"30", plain(r.in(0, 1))}}),
		m(7, 4, obj{{"1", hlth(maxHR)}, {"2", hlth(r.in(100, 140))}, {"5", plain(1)}}),
		m(207, 10, obj{{"1", arr{decoy(r.hex(8)), decoy(r.hex(8)), decoy(r.hex(8)), decoy(r.hex(8))}}, {"3", plain(0)}, {"4", decoy(r.in(100, 400))}}),
		m(21, 5, obj{{"253", plain(ts)}, {"0", plain(0)}, {"1", plain(0)}}),
	}
	hr := r.in(80, 100)
	var rr arr
	for i := 0; i < r.in(3, 6); i++ {
		hr += r.in(-4, 9)
		hr = min(hr, maxHR-5)
		rec := obj{{"253", plain(ts + uint32(i*60))}, {"3", hlth(hr)}, {"4", plain(r.in(60, 90))}, {"5", plain(i * r.in(8000, 12000))}, {"6", plain(r.in(900, 1500))}}
		if r.chance(0.5) {
			rec = append(rec, field{"d0_0", hlth(r.in(90, 99))})
		}
		msgs = append(msgs, m(20, 6, rec))
		rr = append(rr, hlth(60000/max(hr, 40)))
	}
	msgs = append(msgs,
		m(78, 7, obj{{"0", rr}}),
		m(21, 5, obj{{"253", plain(ts + 1800)}, {"0", plain(0)}, {"1", plain(4)}}),
		m(18, 8, obj{{"253", plain(ts + 1800)}, {"2", plain(ts)}, {"5", plain(r.pickInt(1, 11, 4))}, {"6", plain(r.pickInt(0, 1))}, {"7", plain(r.in(1200, 2700) * 1000)}, {"9", plain(r.in(1500, 4500) * 100)}, {"11", hlth(r.in(120, 420))}, {"16", hlth(hr - r.in(3, 10))}, {"17", hlth(hr + r.in(2, 10))}}),
		m(34, 9, obj{{"253", plain(ts + 1801)}, {"1", plain(1)}, {"5", plain(ts + 1801 + 3600)}}),
	)

	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p(pt.first, contactC), p(" "+r.pick("6 weeks post-CABG, cap HR at 115", "post-MI with stent, on bisoprolol 5 mg", "heart failure EF 35%, stop if breathless", "AF on apixaban, HR erratic"), healthC), p("."))
	case 1:
		note = prose(p("Strap "), p(fmt.Sprint(strapSN), devC), p(" dropping out, asked patient to wet the electrodes."))
	case 2:
		note = prose(p("Wife "), p(r.english().first, contactC), p(" helps with uploads, call "), p(r.ukMobile(), contactC))
	default:
		note = prose(p("Session completed as prescribed."))
	}
	fname := fmt.Sprintf("%s_%s_%s.fit", pt.first, pt.last, day(t))
	upl := arr{
		plain(r.in(100000, 999999)),
		cont(fname),
		decoy(r.hex(40)),
		netw(r.wan()),
		cred("session=" + r.b64url(32)),
		dev(fmt.Sprintf("Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", r.pick("17_5_1", "17_6", "18_0"))),
		cont(r.userName(physio)),
		note,
		plain(iso(after(t, r.in(40, 900)))),
	}
	return obfuscated(obj{
		{"h", arr{plain(14), plain(2132), plain(r.in(8000, 90000)), plain(".FIT"), decoy(r.in(1, 65535))}},
		{"u", upl},
		{"d", arr{arr{plain(0), plain(0), plain(2), plain("SpO2"), plain("%")}}},
		{"m", msgs},
		{"v", decoy(r.semver())},
	})
}
