package blindset25

import "fmt"

// carehomeJSPB: a care-home group's family-messaging web app talks to its
// server in Google's JSPB wire format through a batchexecute-style
// endpoint; a browser capture (XSSI prefix stripped, inner payloads
// decoded) holds the request envelope (f.req with the RPC id and an
// embedded JSON argument, the XSRF "at" token, the session cookie, the
// build label) and the answer: "wrb.fr" envelopes whose payloads are
// JSPB arrays (field n at index n-1, null for absent fields, a trailing
// object for high field numbers) for the resident profile, the family
// feed, the family's registered devices and the lounge kiosk's
// configuration, then "di" and "af.httprm" trailers.
func carehomeJSPB(r *rng) any {
	t := r.when()
	homes := []string{"Ashcombe House", "Moorview Care Home", "The Beeches Nursing Home", "Kirkgate Lodge"}
	home := homes[r.IntN(len(homes))]
	net := r.lan()
	res := r.english()
	relPerson := r.english()
	relPerson.last = res.last
	relEmail := r.email(relPerson)
	rid := r.in(100000, 999999)

	reqEnv := arr{
		plain("f.req"),
		arr{arr{arr{plain("Kq3vBd"), embed(arr{plain(rid), cont(relEmail), plain(20)}), null(), plain("generic")}}},
		plain("at"), cred(r.xsrfAt()),
		plain("SID"), cred(r.sidCookie()),
		plain("bl"), decoy(fmt.Sprintf("boq_carefamily_%s.%02d_p0", t.Format("20060102"), r.in(1, 20))),
		plain("hl"), plain("en-GB"),
		plain("_reqid"), plain(r.in(100000, 999999)),
	}

	conds := arr{}
	for _, c := range r.pickSome(r.in(1, 3), "Vascular dementia", "Parkinson's disease", "Type 2 diabetes", "Atrial fibrillation", "COPD", "Osteoporosis with hip fracture 2023") {
		conds = append(conds, arr{hlth(c), null(), plain(r.in(2, 4))})
	}
	drugs := [][3]string{{"Memantine", "10 mg", "08:00"}, {"Co-careldopa", "25/100", "8am, 12pm, 5pm"}, {"Apixaban", "2.5 mg", "8am and 8pm"}, {"Alendronic acid", "70 mg", "Mondays"}, {"Sertraline", "50 mg", "08:00"}}
	meds := arr{}
	for _, k := range r.Perm(len(drugs))[:r.in(1, 3)] {
		meds = append(meds, arr{hlth(drugs[k][0]), hlth(drugs[k][1]), hlth(drugs[k][2])})
	}
	relWord := r.pick("Son", "Nephew")
	if relPerson.female {
		relWord = r.pick("Daughter", "Niece")
	}
	kin := arr{arr{cont(relPerson.full()), plain(relWord), cont(r.ukMobile()), cont(relEmail)}}
	if r.chance(0.5) {
		o := r.english()
		kin = append(kin, arr{cont(o.full()), plain("Friend"), cont(r.ukIntl()), null()})
	}
	var photo leaf = null()
	if r.chance(0.6) {
		photo = cont(fmt.Sprintf("https://media.carefamily.example/r/%d/%s.jpg", rid, r.hex(20)))
	}
	profile := arr{arr{
		plain(rid),
		arr{cont(res.first), cont(res.last), r.orNull(0.6, cont(res.first[:min(4, len(res.first))]))},
		cont(day(r.birth(1926, 1950))),
		plain(fmt.Sprintf("Room %d", r.in(1, 60))),
		conds,
		meds,
		null(),
		arr{hlth(r.pick("Penicillin", "None known", "Codeine", "Shellfish"))},
		kin,
		photo,
		null(),
		null(),
		obj{{"42", arr{hlth(r.pick("DNACPR in place", "For full resuscitation", "ReSPECT: ward-based care only"))}}},
	}}

	feed := arr{}
	for i := 0; i < r.in(2, 3); i++ {
		staff := r.english()
		var txt leaf
		switch r.IntN(4) {
		case 0:
			txt = prose(p(res.first, contactC), p(" "+r.pick("had a fall this morning, no injuries but the GP is coming", "has a chest infection, started amoxicillin", "ate well today and walked to the garden with her frame", "was weighed today, 52.4 kg, down 2 kg this month"), healthC), p("."))
		case 1:
			txt = prose(p("Hi "), p(relPerson.first, contactC), p(", could you bring in a new phone charger? Call me on "), p(r.leedsLine(), contactC), p("."))
		case 2:
			txt = prose(p("Video call link for Sunday is on the lounge tablet."))
		default:
			txt = prose(p("Music afternoon photos are up!"))
		}
		var ph any = null()
		if r.chance(0.5) {
			ph = arr{plain(fmt.Sprintf("https://media.carefamily.example/f/%s.jpg", r.hex(20))), decoy(r.pickInt(720, 1080, 1440)), decoy(r.pickInt(960, 1440, 1920))}
		}
		feed = append(feed, arr{decoy(r.hex(16)), arr{cont(staff.first + " " + staff.last[:1] + "."), plain(r.pick("Carer", "Activities", "Nurse"))}, txt, plain(unixMs(after(t, -r.in(1, 9000)))), ph, decoy(r.in(0, 12))})
	}

	devs := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		pm, pos := r.phoneModel()
		devs = append(devs, arr{dev(r.uuid()), dev(pm), dev(pos), dev("CareFamily/" + r.semver()), cred(r.hex(64)), dev(unixMs(after(t, -r.in(1, 9000))))})
	}

	kiosk := arr{arr{
		dev(r.pick("Lounge tablet", "Garden room iPad", "Reception kiosk")),
		netw(r.pick("Residents-WiFi", "CareHome-Guest", "Lounge") + "-" + r.HEX(3)),
		cred(r.psk()),
		netw(net.host(r.in(20, 200))),
		netw(net.gw()),
		cred(r.digits(4)),
		macAddr(r.mac(":", true)),
		plain(home),
	}}

	resp := arr{
		arr{plain("wrb.fr"), plain("Kq3vBd"), profile, null(), null(), null(), plain("generic")},
		arr{plain("wrb.fr"), plain("P4mFeed"), arr{feed, decoy(r.b64url(24))}, null(), null(), null(), plain("generic")},
		arr{plain("wrb.fr"), plain("dVc8rQ"), arr{devs}, null(), null(), null(), plain("generic")},
		arr{plain("wrb.fr"), plain("kIo5Cf"), kiosk, null(), null(), null(), plain("generic")},
		arr{plain("di"), plain(r.in(60, 400))},
		arr{plain("af.httprm"), plain(r.in(60, 400)), decoy(fmt.Sprint(-r.in(1000000000, 2000000000)) + r.digits(8)), plain(r.in(1, 40))},
	}
	return obfuscated(arr{reqEnv, resp})
}
