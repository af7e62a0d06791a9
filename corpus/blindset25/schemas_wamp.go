package blindset25

import "fmt"

// supportedlivingWAMP: a supported-living block's building system (door
// entry, room sensors, fall radar, nurse call, medicine cabinets) talks
// over a Crossbar.io router; an integrator's message trace holds WAMP v2
// frames as positional arrays with numeric message codes (HELLO,
// CHALLENGE with WAMP-CRA salt or ticket, AUTHENTICATE, WELCOME with the
// peer address, PUBLISH with positional arguments, CALL and RESULT for
// the resident record, the network configuration and the device list,
// ERROR, GOODBYE). Only the topic and procedure URIs hint at meaning.
func supportedlivingWAMP(r *rng) any {
	t := r.when()
	blocks := [][2]string{{"Wharfe Court", "wharfecourt"}, {"Aire View House", "aireview"}, {"Nidd Lodge", "niddlodge"}}
	bb := blocks[r.IntN(len(blocks))]
	slug := bb[1]
	uri := func(s string) leaf { return plain("uk.example." + slug + "." + s) }
	net := r.lan()
	gw := r.pick("gw-door", "gw-sensors", "gw-nursecall")
	sess := r.in(1000000000000, 9999999999999)
	req := r.in(1, 50)
	nextReq := func() int { req++; return req }
	ts := unixMs(t)
	var log arr
	add := func(dir string, frame arr) {
		ts += int64(r.in(5, 4000))
		log = append(log, arr{plain(ts), plain(dir), plain(sess), frame})
	}

	// authentication: ticket or WAMP-CRA
	method := r.pick("ticket", "wampcra")
	add("rx", arr{plain(1), plain("sl." + slug), obj{{"authid", cont(gw)}, {"authmethods", arr{plain(method)}}, {"roles", obj{{"publisher", obj{}}, {"callee", obj{}}}}}})
	if method == "ticket" {
		add("tx", arr{plain(4), plain("ticket"), obj{}})
		add("rx", arr{plain(5), cred(r.wampTicket()), obj{}})
	} else {
		ch := embed(obj{{"authid", cont(gw)}, {"authrole", plain("gateway")}, {"authmethod", plain("wampcra")}, {"nonce", plain(r.b64(12))}, {"timestamp", plain(iso(t))}, {"session", plain(sess)}})
		add("tx", arr{plain(4), plain("wampcra"), obj{{"challenge", ch}, {"salt", cred(r.b64(12))}, {"keylen", plain(32)}, {"iterations", plain(1000)}}})
		add("rx", arr{plain(5), cred(r.wampCraSig()), obj{}})
	}
	add("tx", arr{plain(2), plain(sess), obj{{"authid", cont(gw)}, {"authrole", plain("gateway")}, {"authmethod", plain(method)}, {"x_cb_peer", netw(fmt.Sprintf("tcp4:%s:%d", net.host(r.in(20, 90)), r.in(30000, 60000)))}, {"x_cb_node", plain("node1")}}})

	type res struct {
		p    person
		flat int
		id   int
	}
	var rs []res
	for i := 0; i < r.in(1, 2); i++ {
		rs = append(rs, res{r.english(), r.in(1, 40), r.in(100, 999)})
	}
	x := rs[0]

	for i := 0; i < r.in(2, 4); i++ {
		y := rs[r.IntN(len(rs))]
		switch r.IntN(5) {
		case 0:
			add("rx", arr{plain(16), plain(nextReq()), obj{{"acknowledge", plain(true)}, {"exclude_me", decoy(false)}}, uri("sensor.env"), arr{
				plain(fmt.Sprintf("Flat %d", y.flat)), dev(r.serial("AQ", 8)), dev(r.pick("Airthings Wave Plus", "Netatmo Healthy Home Coach", "Aranet4")),
				fwIP(r.ipShapedFw()), decoy(r.f1(17, 26)), plain(r.in(30, 70)), plain(r.in(400, 1600)),
			}})
		case 1:
			add("rx", arr{plain(16), plain(nextReq()), obj{}, uri("alert.fall"), arr{
				plain(y.flat), cont(y.p.first), dev(r.pick("Vayyar Care", "Walabot Home", "Nobi Lamp")), plain(r.f2(0.6, 0.99)), plain(iso(after(t, r.in(1, 60)))),
			}})
		case 2:
			add("rx", arr{plain(16), plain(nextReq()), obj{}, uri("door.entry"), arr{
				plain(r.pick("Main entrance", "Garden gate", "Bin store")), cred(r.HEX(8)), cont(y.p.full()), plain(r.chance(0.9)),
			}})
		case 3:
			var txt leaf
			switch r.IntN(3) {
			case 0:
				txt = prose(p(y.p.first, contactC), p(" "+r.pick("short of breath, GTN spray given", "hypo - BM 3.2, gave juice", "confused, UTI suspected"), healthC))
			case 1:
				txt = prose(p("Pendant for "), p(y.p.first, contactC), p(" replaced, serial "), p(r.serial("PND", 6), devC))
			default:
				txt = prose(p("Assist call, resolved"))
			}
			add("rx", arr{plain(16), plain(nextReq()), obj{}, uri("call.assist"), arr{plain(y.flat), cont(y.p.first), txt}})
		default:
			carer := r.english()
			add("rx", arr{plain(16), plain(nextReq()), obj{}, uri("meds.dispensed"), arr{
				plain(y.flat), cont(y.p.full()), hlth(r.pick("Donepezil", "Quetiapine", "Metformin", "Apixaban", "Levetiracetam")), hlth(r.pick("5 mg", "25 mg", "500 mg", "2.5 mg", "500 mg bd")), cont(carer.first),
			}})
		}
	}

	// resident record
	rq := nextReq()
	gp := r.english()
	nok := r.english()
	add("rx", arr{plain(48), plain(rq), obj{}, uri("resident.get"), arr{plain(x.id)}})
	conds := arr{}
	for _, c := range r.pickSome(r.in(1, 3), "Learning disability (moderate)", "Epilepsy (tonic-clonic)", "Type 2 diabetes", "Schizophrenia", "Early-onset Alzheimer's", "Autism, non-verbal") {
		conds = append(conds, hlth(c))
	}
	add("tx", arr{plain(50), plain(rq), obj{{"progress", decoy(false)}}, arr{arr{
		plain(x.id), cont(x.p.first), cont(x.p.last), cont(day(r.birth(1950, 2000))), plain(x.flat), conds,
		cont("Dr " + gp.last), cont(r.leedsLine()), cont(nok.full()), cont(r.ukMobile()), hlth(r.pick("DNACPR in place", "Full escalation", "ReSPECT form on file")),
	}}})

	// network config
	rq = nextReq()
	add("rx", arr{plain(48), plain(rq), obj{}, uri("net.config"), arr{}})
	add("tx", arr{plain(50), plain(rq), obj{}, arr{arr{
		netw(r.pick("SL-Residents", "SL-Staff", "SL-IoT") + "-" + r.HEX(3)), cred(r.psk()), netw(r.pickInt(20, 40, 60, 101)), netw(net.gw()),
		arr{netw(net.host(r.pickInt(2, 53))), netw("9.9.9.9")}, netw("https://" + net.gw() + ":8443"),
	}}})

	// device list
	rq = nextReq()
	add("rx", arr{plain(48), plain(rq), obj{}, uri("device.list"), arr{plain(gw)}})
	devs := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		devs = append(devs, arr{
			dev(r.serial("", 10)), dev(r.pick("Paxton Net2 Plus ACU", "Tunstall Lifeline Digital", "Legrand Neat Smart", "Vayyar Care")),
			dev(r.semver()), macAddr(r.mac(":", false)), netw(net.host(r.in(20, 250))), dev(unixMs(after(t, -r.in(1, 600)))),
		})
	}
	add("tx", arr{plain(50), plain(rq), obj{}, arr{devs}})

	if r.chance(0.5) {
		add("tx", arr{plain(8), plain(48), plain(nextReq()), obj{}, plain("wamp.error.not_authorized"), arr{prose(p("peer "), p(net.host(r.in(20, 250)), netC), p(" not authorized for uk.example."+slug+".resident.list"))}})
	}
	add("rx", arr{plain(6), obj{}, plain("wamp.close.normal")})

	return obfuscated(obj{
		{"v", plain(2)},
		{"realm", plain("sl." + slug)},
		{"router", decoy("Crossbar.io " + r.pick("23.1.2", "24.1.1"))},
		{"log", log},
	})
}
