package blindset14

import "fmt"

// poolspa-eav-triples: a pool and hot-tub automation cloud's backup of one
// residential site as entity-attribute-value rows {entity, attr, val, ts}
// with numeric attribute codes: the owner account, the controller and its
// Wi-Fi, chemistry readings (decoys: water, not body, temperatures and
// levels), an owner's spa note, and the service technician's visit.

var poolCtrls = []string{"Hayward OmniLogic HLBASE", "Pentair IntelliCenter i10PS", "Jandy iAquaLink RS-P4", "Pentair EasyTouch 8", "Hayward AquaConnect Home Network"}

func poolEAV(r *rng) any {
	acct := fmt.Sprintf("acct:%d", r.in(10000, 99999))
	ctl := fmt.Sprintf("ctl:%s", r.hexs(8))
	svc := fmt.Sprintf("svc:%d", r.in(100000, 999999))
	first, last := r.usFirst(), r.pick(usLast...)
	street, city, state, zip := r.usAddr()
	lan := r.lanPrefix()
	ssid := r.pick("PoolHouse-2G", "Backyard_IoT", "NETGEAR"+r.digits(2)+"-2.4", "Casita")

	var rows arr
	add := func(e string, a int, v leaf) {
		rows = append(rows, obj{{"entity", decoy(e)}, {"attr", plain(a)}, {"val", v}, {"ts", plain(r.epochMs(2024, 2024))}})
	}
	// The owner's account.
	add(acct, 1, cont(first+" "+last))
	add(acct, 2, cont(r.mail(ascii(first)+"."+ascii(last))))
	add(acct, 3, cont(r.us555()))
	add(acct, 4, cont(fmt.Sprintf("%s, %s, %s %s", street, city, state, zip)))
	add(acct, 5, cred(r.bcrypt()))
	if r.chance(0.6) {
		add(acct, 6, cred("Atzr|"+r.b64(120)))
	}
	add(acct, 7, plain(r.pick("America/Phoenix", "America/Chicago", "America/Los_Angeles")))
	add(acct, 8, plain(r.pick("Basic", "Premium", "Pro")))
	add(acct, 9, plain("°F"))

	// The controller.
	fw := dev(fmt.Sprintf("R%d.%d", r.in(1, 5), r.in(0, 60)))
	if r.chance(0.5) {
		fw = fwIP(r.ipVer())
	}
	add(ctl, 20, dev(r.pick(poolCtrls...)))
	add(ctl, 21, dev(r.letters(3)+"-"+r.upper(10)))
	add(ctl, 22, fw)
	add(ctl, 23, macAddr(r.mac(":", true)))
	add(ctl, 24, netw(fmt.Sprintf("%s.%d", lan, r.in(20, 200))))
	add(ctl, 25, netw(ssid))
	add(ctl, 26, cred(r.pick("Splash", "Cannonball", "Sunny", "Marco")+r.digits(4)+"!"))
	add(ctl, 27, decoy(r.ver()))
	add(ctl, 28, decoy(r.in(-88, -40)))

	// Chemistry and equipment readings: decoys that look like vitals.
	add(ctl, 40, decoy(fmt.Sprintf("pH %.1f", r.f1(7.0, 7.9))))
	add(ctl, 41, decoy(fmt.Sprintf("ORP %d mV", r.in(600, 780))))
	add(ctl, 42, decoy(fmt.Sprintf("Water %d°F", r.in(72, 104))))
	add(ctl, 43, decoy(fmt.Sprintf("Salt %d ppm", r.in(2600, 3800))))
	add(ctl, 44, decoy(fmt.Sprintf("FC %.1f ppm", r.f1(0.5, 5))))
	add(ctl, 45, decoy(fmt.Sprintf("%d gal", r.pickInt(12000, 15000, 18000, 22000))))
	add(ctl, 46, plain(fmt.Sprintf("%d RPM", r.in(1200, 3450))))
	add(ctl, 47, plain(r.pick("on", "off", "auto")))
	add(ctl, 48, r.pickProse(
		func() leaf {
			return prose(p("Spa capped at 100°F - "), p(fmt.Sprintf("I'm %d weeks pregnant", r.in(8, 34)), healthC), p(", OB said no hotter."))
		},
		func() leaf {
			return prose(p("Therapy mode every morning for "), p("my rheumatoid arthritis", healthC), p(", 20 min at 102."))
		},
		func() leaf { return prose(p("Kids' schedule: lights off at 9pm, waterfall weekends only.")) },
	))

	// The service visit.
	tf, tl := r.usFirst(), r.pick(usLast...)
	add(svc, 60, cont(tf+" "+tl))
	add(svc, 61, cont(r.us555()))
	add(svc, 62, r.pickProse(
		func() leaf {
			return prose(p("Gate code "), p(r.digits(4), credC), p(", controller moved to "), p(ssid, netC), p(" / "), p(r.pick("Splash", "Sunny")+r.digits(4), credC), p("."))
		},
		func() leaf { return prose(p("Cleaned salt cell, replaced pump lid o-ring. Balanced alkalinity.")) },
		func() leaf {
			return prose(p("Controller offline, static IP "), p(fmt.Sprintf("%s.%d", lan, r.in(20, 200)), netC), p(" conflicted with a camera; moved it to DHCP."))
		},
	))
	add(svc, 63, plain(r.f2(85, 420)))
	add(svc, 64, decoy(r.uuid()))
	return obfuscated(obj{{"export", plain("site-backup")}, {"format", decoy(r.pick("2", "2.1"))}, {"rows", rows}})
}
