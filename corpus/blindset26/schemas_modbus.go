package blindset26

import (
	"fmt"
	"strings"
)

// coldchainModbus: a GP surgery's vaccine-fridge monitoring runs through
// an industrial cellular gateway that polls the fridges' controllers over
// Modbus RTU and serves everything as a Modbus TCP slave; a contractor's
// poller saved one scan as JSON: a positional header (tool, version,
// target, port, time, poll time) and one block per read, each
// [unit id, function code, start register, [decoded values in register
// order]], so only the values and their neighbours tell what a register
// holds: the gateway's own registers (uptime, signal, board temperature,
// host name, serial, LAN MAC, product name, mobile IP, IMSI, ICCID, IMEI,
// firmware), each fridge controller's probes, set point, alarms, model,
// firmware, label, cabinet model and serial, the alarm dialler's
// custom register block (recipients' names and numbers, SMS command PIN,
// APN and its login, the carrier's SMS centre, the alarm text, the last
// alarm), and the network block (IP, mask, gateway, DNS, ports, Wi-Fi,
// web login).
func coldchainModbus(r *rng) any {
	t := r.when()
	practice := r.pick("Fellgate", "Brigsteer", "Kirkland", "Lowther", "Greenside", "Castlerigg")
	lanP := r.lan()
	gwIP := lanP.gw()
	block := func(unit, fc, start int, vals ...leaf) arr {
		vs := arr{}
		for _, v := range vals {
			vs = append(vs, v)
		}
		return arr{plain(unit), plain(fc), plain(start), vs}
	}
	blocks := arr{
		block(0, 4, 1, plain(r.in(1000, 9000000)), plain(-r.in(55, 105)), decoy(r.in(300, 520))),
		block(0, 4, 7, netw(strings.ToLower(practice)+"-surgery-gw")),
		block(0, 4, 23, dev("11"+r.digits(8))),
		block(0, 4, 39, macAddr("00:1E:42:"+r.mac(":", true)[:8])),
		block(0, 4, 55, dev("TRB245")),
		block(0, 4, 71, netw(fmt.Sprintf("10.%d.%d.%d", r.in(64, 127), r.in(0, 255), r.in(1, 254)))),
		block(0, 4, 87, plain(r.pick("EE", "Vodafone UK", "O2 - UK"))),
		block(0, 4, 136, dev("23415"+r.digits(10))),
		block(0, 4, 185, dev("894411"+r.digits(13))),
		block(0, 4, 205, dev(r.imei())),
		block(0, 4, 301, dev(fmt.Sprintf("TRB2M_R_00.07.%02d.%d", r.in(4, 9), r.in(0, 5)))),
	}
	nFridge := r.in(1, 3)
	fridgeNames := r.pickSome(nFridge, "Vaccine fridge 1 - nurse room", "Vaccine fridge 2 - treatment room", "Pharmacy fridge - dispensary", "Flu clinic fridge")
	for i := 0; i < nFridge; i++ {
		u := i + 1
		alarm := r.chance(0.2)
		p1 := r.in(22, 78)
		if alarm {
			p1 = r.in(81, 115)
		}
		blocks = append(blocks,
			block(u, 3, 256, decoy(p1), decoy(r.in(20, 80)), plain(50), plain(20)),
			block(u, 3, 768, plain(map[bool]int{true: 4, false: 0}[alarm]), plain(r.in(0, 900)), plain(r.in(100, 60000))),
			block(u, 3, 1024, dev(r.pick("XR60CX", "XR30CX", "XR20CX")), dev(fmt.Sprintf("%d.%d", r.in(1, 3), r.in(0, 9)))),
			block(u, 3, 2048, dev(fridgeNames[i])),
			block(u, 3, 2100, dev(r.pick("Labcold RLDF1519", "Lec PE207C", "Liebherr MKv 3910", "Labcold RLDF0519")), dev(r.serial("", 9))),
		)
	}

	// alarm dialler: recipients, PIN, APN
	var recips []leaf
	recips = append(recips, plain(r.in(2, 3)))
	var lead person
	for i := 0; i < 3; i++ {
		pp := r.english()
		if i == 0 {
			lead = pp
		}
		name := pp.full()
		if i == 0 {
			name = "Dr " + pp.last
		}
		recips = append(recips, cont(name), cont(r.pick(r.ukMobile(), "+44"+r.ukMobile()[1:])))
	}
	mgr := r.english()
	alarmText := prose(p("ALARM {FRIDGE} out of range {TEMP}C at "+practice+" Surgery. Call "), p("Dr "+lead.last, contactC), p(" on "), p(r.ukMobile(), contactC), p(" if no answer."))
	var last leaf
	switch r.IntN(3) {
	case 0:
		last = prose(p(fmt.Sprintf("%s 07:42 Vaccine fridge 1 9.1C door open 14 min, acknowledged by ", day(after(t, -r.in(100, 20000))))), p(mgr.first, contactC))
	case 1:
		last = prose(p(fmt.Sprintf("%s 02:10 power fail 38 min, max 7.9C", day(after(t, -r.in(100, 20000))))))
	default:
		last = prose(p("no alarms since reset"))
	}
	dial := []leaf{}
	dial = append(dial, recips...)
	dial = append(dial,
		cred(r.pin(4)),
		plain(r.pick("internet", "everywhere", "pp.vodafone.co.uk", "mobile.o2.co.uk")),
		cont(r.pick("eesecure", "web", "wap", "o2web")),
		cred(r.pick("secure", "web", "password", r.alnum(8))),
		decoy("+447700900000"),
		alarmText,
		last,
	)
	blocks = append(blocks, block(10, 3, 4000, dial...))

	blocks = append(blocks, block(20, 3, 5000,
		netw(lanP.host(r.in(2, 9))),
		netw("255.255.255.0"),
		netw(gwIP),
		netw(r.dns(lanP)),
		netw(r.pick("8.8.4.4", "1.0.0.1")),
		netw(502),
		netw(r.pickInt(443, 8443)),
		netw(r.ssid(practice)),
		cred(r.psk()),
		cont(r.pick("admin", strings.ToLower(mgr.first))),
		cred(r.password()),
	))

	return obfuscated(obj{
		{"h", arr{plain("mbpoll-json"), decoy(r.semver()), netw(gwIP), netw(502), plain(iso(t)), plain(r.in(300, 4000))}},
		{"b", blocks},
		{"x", decoy(r.HEX(8))},
	})
}
