package blindset26

import "fmt"

// bpmonitor11073: a maternity unit's home blood-pressure monitoring for
// women at risk of pre-eclampsia: the patient's phone relays readings
// from a Bluetooth cuff, a scale and, for some, a glucose meter, as IEEE
// 11073-20601 personal-health-device APDUs. A relay log attached to a
// support case holds a positional relay header (tool, app version, phone
// model, OS, phone IP, upload token, upload endpoint, time), a positional
// patient header (reference, name, birth date, gestation, due date,
// midwife and her phone), the APDUs as [time, direction, APDU choice,
// fields...] with nomenclature codes instead of names (association
// request with the agent's system id, MDS attributes with manufacturer,
// model, serial, firmware and hardware revision, configuration reports,
// fixed scan reports with the measurements, confirmations, release) and
// the messages between patient and midwife.
func bpmonitor11073(r *rng) any {
	t := r.when()
	pt := r.female(r.english)
	mw := r.female(r.english)
	dob := r.birth(1984, 2004)
	gw := r.in(20, 38)
	model, osv := r.phoneModel()
	ms := unixMs(t)
	tick := func() int64 { ms += int64(r.in(20, 3000)); return ms }
	inv := r.in(0, 40)
	nextInv := func() int { inv++; return inv }
	a := arr{}

	type phd struct {
		maker, model string
		spec         int
		objs         [][2]int // handle, type code
	}
	devsList := []phd{
		{"A&D Medical", r.pick("UA-651BLE", "UA-1200BLE"), 4103, [][2]int{{1, 18948}, {2, 18474}}},
		{"A&D Medical", "UC-352BLE", 4111, [][2]int{{1, 57664}, {2, 57668}}},
	}
	if r.chance(0.4) {
		devsList = append(devsList, phd{"Roche", "Accu-Chek Guide", 4113, [][2]int{{1, 28948}}})
	}
	sys, dia := r.bp()
	if r.chance(0.4) {
		sys, dia = r.in(140, 172), r.in(90, 112)
	}
	for _, d := range devsList {
		sysID := "0009FB" + r.HEX(10)
		if d.maker == "Roche" {
			sysID = "0060190" + r.HEX(9)
		}
		a = append(a, arr{plain(tick()), plain("i"), plain(0xE200), plain(0x80000000), plain(20601), plain(0x4000), dev(sysID), plain(0x02BC + r.IntN(4)), plain(d.spec)})
		a = append(a, arr{plain(tick()), plain("o"), plain(0xE300), plain(0), plain(20601)})
		cfg := arr{}
		for _, o := range d.objs {
			cfg = append(cfg, arr{plain(6), plain(o[0]), arr{arr{plain(2351), arr{plain(2), plain(o[1])}}, arr{plain(2630), plain(r.pickInt(0x0400, 0x0440))}}})
		}
		a = append(a, arr{plain(tick()), plain("i"), plain(0xE700), plain(nextInv()), plain(0x0101), plain(0), plain(3356), arr{plain(0x4000), cfg}})
		a = append(a, arr{plain(tick()), plain("o"), plain(0xE700), plain(inv), plain(0x0201), plain(0), plain(3356), arr{plain(0x4000), plain(0)}})
		a = append(a, arr{plain(tick()), plain("i"), plain(0xE700), plain(nextInv()), plain(0x0203), plain(0), arr{
			arr{plain(2344), arr{dev(d.maker), dev(d.model)}},
			arr{plain(2436), dev(sysID)},
			arr{plain(2349), arr{
				arr{plain(1), plain(0), dev(r.serial("", 10))},
				arr{plain(5), plain(0), dev(fmt.Sprintf("%d.%02d", r.in(1, 3), r.in(0, 40)))},
				arr{plain(4), plain(0), dev(r.pick("A", "B", "1.0"))},
			}},
			arr{plain(2439), plain(t.Format("20060102T150405"))},
			arr{plain(2460), plain(r.in(20, 100))},
			arr{plain(2635), decoy(r.HEX(32))},
		}})
		var obs arr
		switch d.spec {
		case 4103:
			obs = arr{
				arr{plain(1), arr{hlth(sys), hlth(dia), hlth((sys + 2*dia) / 3)}, plain(t.Format("20060102T150405"))},
				arr{plain(2), hlth(r.in(62, 118)), plain(t.Format("20060102T150405"))},
			}
		case 4111:
			kg := r.f1(55, 110)
			obs = arr{
				arr{plain(1), hlth(kg), plain(t.Format("20060102T150405"))},
				arr{plain(2), hlth(r.f1(20, 42)), plain(t.Format("20060102T150405"))},
			}
		default:
			obs = arr{arr{plain(1), hlth(r.f1(3.8, 11.2)), plain(t.Format("20060102T150405"))}}
		}
		a = append(a, arr{plain(tick()), plain("i"), plain(0xE700), plain(nextInv()), plain(0x0101), plain(0), plain(3357), arr{plain(r.IntN(8)), plain(r.in(0, 90)), obs}})
		a = append(a, arr{plain(tick()), plain("o"), plain(0xE700), plain(inv), plain(0x0201), plain(0), plain(3357), plain(0)})
		a = append(a, arr{plain(tick()), plain("i"), plain(0xE400), plain(0)})
		a = append(a, arr{plain(tick()), plain("o"), plain(0xE500), plain(0)})
	}

	m := arr{}
	switch r.IntN(3) {
	case 0:
		m = append(m, arr{plain(tick()), plain("p"), prose(p(r.pick("Headache and swollen ankles since this morning, took paracetamol", "Seeing flashing lights on and off", "Feeling fine, baby moving lots"), healthC))})
	case 1:
		m = append(m, arr{plain(tick()), plain("p"), prose(p("Cuff says error E1 again, it's the small one"))})
	default:
		m = append(m, arr{plain(tick()), plain("p"), prose(p("Forgot to measure yesterday, sorry!"))})
	}
	if r.chance(0.7) {
		m = append(m, arr{plain(tick()), plain("m"), prose(p("Hi "), p(pt.first, contactC), p(fmt.Sprintf(", your BP %d/%d ", sys, dia), healthC), p("- please come to maternity triage today, or ring "), p(r.ukMobile(), contactC), p(". "), p(mw.first, contactC))})
	}

	due := after(t, 1440*7*(40-gw)+1440*r.in(0, 6))
	net := r.lan()
	return obfuscated(obj{
		{"r", arr{plain("phd-relay"), dev(fmt.Sprintf("2.%d.%d", r.in(1, 9), r.in(0, 30))), dev(model), dev(osv), netw(net.host(r.in(20, 200))), cred("Bearer " + r.jwt()), netw("https://rpm-gw.maternity.internal/api/v2/obs"), plain(iso(t))}},
		{"s", arr{plain(fmt.Sprintf("HBPM-%05d", r.in(1, 99999))), cont(pt.full()), cont(day(dob)), hlth(fmt.Sprintf("%d+%d", gw, r.in(0, 6))), hlth(day(due)), cont(mw.full()), cont(r.ukMobile())}},
		{"a", a},
		{"m", m},
		{"sum", decoy(r.hex(64))},
		{"v", decoy(fmt.Sprintf("%d.%d.%d.%d", r.in(1, 3), r.in(0, 9), r.in(0, 9), r.in(10, 250)))},
	})
}
