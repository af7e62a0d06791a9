package blindset26

import "fmt"

// poolsafeMQTTSN: a leisure centre's drowning-detection system: swimmers
// in lessons wear wristbands that report over a sub-GHz radio to an
// MQTT-SN gateway, lifeguards carry pagers. The vendor's engineer saved
// a gateway capture as JSON: a positional header (tool, version, gateway
// IP, broker host and port, time) and frames as [time, wireless node id,
// length, message type, type-specific fields...] in MQTT-SN v1.2 order,
// with predefined topic ids only, so no topic name says what a payload
// is: band status (battery, firmware, RSSI, heart rate, depth), alarms,
// the reception desk's band assignment (the swimmer's name, age,
// guardian's phone, medical note, level, locker code), pager logins
// (user and PIN), the gateway's configuration push (Wi-Fi, broker, its
// user and password) and text messages to lifeguards.
func poolsafeMQTTSN(r *rng) any {
	t := r.when()
	ms := unixMs(t)
	tick := func() int64 { ms += int64(r.in(20, 4000)); return ms }
	net := r.lan()
	gw := net.host(r.in(10, 40))
	broker := "broker.pool.internal"
	msgID := r.in(1, 4000)
	next := func() int { msgID++; return msgID }

	type band struct {
		node   string
		serial string
		kid    person
	}
	var bands []band
	fr := arr{}
	pub := func(node leaf, topic int, payload arr) {
		id := next()
		fr = append(fr, arr{plain(tick()), node, plain(7 + 6*len(payload)), plain(0x0C), plain(0x21), plain(topic), plain(id), payload})
		fr = append(fr, arr{plain(tick()), node, plain(7), plain(0x0D), plain(topic), plain(id), plain(0)})
	}

	fr = append(fr, arr{plain(tick()), plain("ff"), plain(3), plain(0x01), plain(1)})
	fr = append(fr, arr{plain(tick()), plain("00"), plain(3), plain(0x02), plain(1)})
	for i := 0; i < r.in(2, 3); i++ {
		b := band{r.HEX(4), r.serial("PSB", 7), r.english()}
		bands = append(bands, b)
		fr = append(fr, arr{plain(tick()), dev(b.node), plain(6 + len(b.serial)), plain(0x04), plain(0x04), plain(1), plain(60), dev(b.serial)})
		fr = append(fr, arr{plain(tick()), dev(b.node), plain(3), plain(0x05), plain(0)})
	}

	// reception assigns bands to swimmers
	desk := dev("0001")
	for _, b := range bands {
		dob := r.birth(2012, 2019)
		var note leaf
		if r.chance(0.5) {
			note = hlth(r.pick("epilepsy - absence seizures", "asthma, inhaler in bag", "type 1 diabetes, pump off in water", "grommets - no diving", "autism, may not respond to whistle"))
		} else {
			note = hlth("none")
		}
		pub(desk, 0x0021, arr{dev(b.serial), cont(b.kid.full()), ageOf(age(dob, t)), cont(r.ukMobile()), note, plain(r.pick("Stage 2", "Stage 3", "Stage 5", "Rookie")), cred(r.pin(4))})
	}
	// the desk's test assignment
	if r.chance(0.7) {
		pub(desk, 0x0021, arr{dev(r.serial("PSB", 7)), decoy("TEST SWIMMER"), plain(0), decoy("00000 000000"), plain("n/a"), plain("Test"), decoy("0000")})
	}
	// status
	for _, b := range bands {
		pub(dev(b.node), 0x0011, arr{plain(r.in(20, 100)), dev(fmt.Sprintf("3.%d.%d", r.in(0, 4), r.in(0, 20))), plain(-r.in(50, 95)), hlth(r.in(78, 168)), plain(r.in(0, 180)), decoy(r.f1(27, 31))})
	}
	// an alarm
	if r.chance(0.6) {
		b := bands[r.IntN(len(bands))]
		pub(dev(b.node), 0x0012, arr{plain(r.in(1, 3)), plain(r.in(10, 30)), plain(fmt.Sprintf("Lane %d", r.in(1, 6))), hlth(r.in(120, 190))})
	}
	// pager login
	guard := r.english()
	pager := dev(r.HEX(4))
	pub(pager, 0x0031, arr{dev(r.serial("PG", 6)), cont(r.userName(guard)), cred(r.pin(4))})
	// config push
	pub(plain("00"), 0x0041, arr{netw(r.ssid("LeisureCentre")), cred(r.psk()), netw("mqtt://" + broker + ":1883"), cont("gw-" + r.from(lowerNum, 5)), cred(r.password())})
	// a message
	b := bands[r.IntN(len(bands))]
	var msg leaf
	switch r.IntN(3) {
	case 0:
		msg = prose(p("Band "), p(b.node, devC), p(" is "), p(b.kid.first, contactC), p(", "), p(r.pick("has epilepsy", "asthmatic", "type 1 diabetic"), healthC), p(" - keep an eye on lane 3"))
	case 1:
		msg = prose(p("Mum of "), p(b.kid.first, contactC), p(" waiting at reception, call "), p(r.ukMobile(), contactC))
	default:
		msg = prose(p("Lane 6 closed for lessons 16:00-17:00"))
	}
	pub(desk, 0x0051, arr{msg})
	fr = append(fr, arr{plain(tick()), dev(bands[0].node), plain(2), plain(0x16)})
	fr = append(fr, arr{plain(tick()), dev(bands[0].node), plain(2), plain(0x17)})
	fr = append(fr, arr{plain(tick()), dev(bands[len(bands)-1].node), plain(2), plain(0x18)})

	return obfuscated(obj{
		{"g", arr{plain("mqttsn-gw-capture"), decoy(r.semver()), netw(gw), netw(broker), netw(1883), plain(iso(t))}},
		{"f", fr},
		{"sha1", decoy(r.hex(40))},
	})
}
