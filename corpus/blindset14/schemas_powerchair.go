package blindset14

import (
	"encoding/base64"
	"fmt"
)

// powerchair-kv-cells: a power-wheelchair maker's connectivity-module
// upload as records of {"k": "cNN", "v": ...} cells: the user with the
// injury and seating prescription, the chair (model, serial, controller
// firmware), the cellular module (IMEI, ICCID, PDP address, broker
// credentials), usage counters and the caregiver with a note.

var (
	chairModels = []string{"Permobil M3 Corpus", "Permobil F5 Corpus VS", "Quickie Q700-UP M", "Invacare TDX SP2", "Pride Quantum Q6 Edge 3", "Sunrise Quickie Pulse 6"}
	chairDx     = []string{"C5-C6 spinal cord injury (S14.115A)", "ALS (G12.21)", "Multiple sclerosis (G35)", "Cerebral palsy, spastic quadriplegic (G80.0)",
		"Duchenne muscular dystrophy (G71.01)", "Spina bifida with hydrocephalus (Q05.4)"}
)

func powerchairKV(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	street, city, state, zip := r.usAddr()
	cf, cl := r.usFirst(), r.pick(usLast...)
	rec := func(id int, vals ...leaf) obj {
		cells := arr{}
		for k, v := range vals {
			cells = append(cells, obj{{"k", plain(fmt.Sprintf("c%02d", k+1))}, {"v", v}})
		}
		return obj{{"rid", decoy(id)}, {"cells", cells}}
	}
	fw := fwIP(r.ipVer())
	if r.chance(0.3) {
		fw = dev("R-net " + r.ver())
	}
	basic := base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("chair-%s:%s", r.hexs(6), r.alnum(16))))
	records := arr{
		rec(r.in(1000, 9999),
			cont(first+" "+last),
			cont(r.mail(ascii(first)+"."+ascii(last))),
			cont(r.us555()),
			cont(fmt.Sprintf("%s, %s, %s %s", street, city, state, zip)),
			hlth(r.pick(chairDx...)),
			hlth(fmt.Sprintf("Weight %.1f kg", r.f1(38, 120))),
			hlth(fmt.Sprintf("Tilt %d° every %d min (pressure relief, %s)", r.pickInt(25, 30, 35), r.pickInt(20, 30, 60), r.pick("sacral wound hx", "ischial pressure injury 2023", "per seating clinic"))),
			plain(r.iso(2022, 2024)),
		),
		rec(r.in(1000, 9999),
			multi(r.pick(chairModels...), devC, healthC),
			dev("SN "+r.upper(3)+r.digits(8)),
			fw,
			dev(r.pick("Joystick R-net JSM-LED", "LiNX REM400", "Q-Logic 3 EX")),
			decoy(fmt.Sprintf("Odometer %d km", r.in(40, 9000))),
			plain(fmt.Sprintf("Speed profile %d", r.in(1, 5))),
			decoy(r.ver()),
		),
		rec(r.in(1000, 9999),
			dev("IMEI "+"35"+r.digits(13)),
			dev("ICCID 8901"+r.digits(15)),
			netw(fmt.Sprintf("10.%d.%d.%d", r.in(64, 127), r.in(0, 254), r.in(2, 250))),
			plain("APN iot."+r.pick("att", "tmo", "vzw")+".example"),
			netw(fmt.Sprintf("mqtts://mqtt-%d.chaircloud.internal:8883", r.in(1, 4))),
			cred("Basic "+basic),
			plain(r.iso(2024, 2024)),
			decoy(r.in(-110, -60)),
		),
		rec(r.in(1000, 9999),
			decoy(fmt.Sprintf("%.1f km", r.f1(0, 12))),
			decoy(fmt.Sprintf("%d%%", r.in(5, 100))),
			plain(r.in(0, 3)),
			plain(r.pick("ok", "low battery", "motor fault E12")),
		),
		rec(r.in(1000, 9999),
			cont(cf+" "+cl),
			plain(r.pick("mother", "spouse", "PCA", "son")),
			cont(r.us555()),
			r.pickProse(
				func() leaf {
					return prose(p(first, contactC), p(" has "), p("autonomic dysreflexia", healthC), p(" - if BP over 150 or pounding headache, sit up, loosen leg bag, call 911."))
				},
				func() leaf { return prose(p("Charge every night, chair lives in the hallway.")) },
				func() leaf {
					return prose(p("Tech visit: reseated controller cable, updated R-net from the laptop over "), p(r.pick("HomeWifi-", "Verizon_")+r.upper(4), netC), p(" (password "), p(r.alnum(10), credC), p(")."))
				},
			),
		),
	}
	return obfuscated(obj{{"batch", decoy(r.uuid())}, {"records", records}})
}
