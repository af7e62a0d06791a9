package blindset22

import (
	"fmt"
)

// homeKNX is the state cache of a KNX-to-app bridge in a flat adapted for
// a wheelchair user, copied off the bridge's SD card: positional arrays
// for the gateway and the bus devices, group objects keyed by their
// three-level group addresses ("1/2/3") holding [DPT, value], and a
// telegram log of [time, source, destination, service, payload] rows.
func homeKNX(r *rng) any {
	t0 := r.when()
	lanNet := r.lan()
	resident := r.english()
	carer := r.english()
	makers := []struct{ code, model, name string }{
		{"0083", "AKK-0816.03", "MDT"},
		{"0083", "SCN-IP100.03", "MDT"},
		{"0002", "5WG1 141-1AB13", "Siemens"},
		{"0008", "2096 00", "Gira"},
		{"00C5", "WBI-4.01", "Weinzierl"},
		{"0001", "SA/S8.16.6.2", "ABB"},
	}
	gwm := makers[r.IntN(2)+1]
	gwIP := lanNet.host(r.in(2, 50))
	gw := arr{
		netw(gwIP),
		netw(3671),
		decoy(fmt.Sprintf("1.1.%d", r.in(200, 255))),
		cred(r.password()),
		cred(r.alnum(16)),
		dev(fmt.Sprintf("%s:%s", gwm.code, r.HEX(8))),
		dev(gwm.name + " " + gwm.model),
		plain("tunnelling"),
		plain(true),
	}
	var devs arr
	for i := 0; i < r.in(3, 5); i++ {
		m := makers[r.IntN(len(makers))]
		devs = append(devs, arr{
			decoy(fmt.Sprintf("1.1.%d", r.in(1, 60))),
			dev(fmt.Sprintf("%s:%s", m.code, r.HEX(8))),
			dev(m.model),
			dev(fmt.Sprintf("%d.%d", r.in(1, 4), r.in(0, 9))),
		})
	}
	ga := obj{}
	seen := map[string]bool{}
	addr := func(main int) string {
		for {
			a := fmt.Sprintf("%d/%d/%d", main, r.in(0, 7), r.in(0, 40))
			if !seen[a] {
				seen[a] = true
				return a
			}
		}
	}
	for i := 0; i < r.in(3, 5); i++ {
		ga = append(ga, field{addr(0), arr{plain("1.001"), plain(r.chance(0.5))}})
	}
	for i := 0; i < r.in(2, 3); i++ {
		ga = append(ga, field{addr(2), arr{plain("9.001"), plain(r.f1(17, 24))}})
	}
	ga = append(ga, field{addr(3), arr{plain("5.001"), plain(r.in(0, 100))}})
	ga = append(ga, field{addr(3), arr{plain("1.008"), plain(r.chance(0.5))}})
	ga = append(ga, field{addr(4), arr{plain("16.000"), cont("Fam. " + resident.last)}})
	ga = append(ga, field{addr(4), arr{plain("16.000"), joined(p(r.pick("Carer ", "Care ", "Nurse ")), p(carer.first, contactC), p(fmt.Sprintf(" %02d:%s", r.in(6, 9), r.pick("00", "15", "30", "45"))))}})
	ga = append(ga, field{addr(4), arr{plain("16.000"), hlth(r.pick("Insulin 18:00", "Baclofen 20mg", "Catheter 14:00", "Pain meds!", "Turn at 02:00"))}})
	ga = append(ga, field{addr(4), arr{plain("16.000"), plain(r.pick("Good morning", "Door open", "Window open"))}})
	ga = append(ga, field{addr(5), arr{plain("12.001"), decoy(r.in(100000, 9999999))}})
	ga = append(ga, field{addr(5), arr{plain("13.010"), plain(r.in(0, 90000))}})
	ga = append(ga, field{addr(6), arr{plain("14.056"), plain(r.f1(0, 3000))}})

	var tl arr
	for i := 0; i < r.in(3, 6); i++ {
		tl = append(tl, arr{
			plain(after(t0, -r.in(0, 600)).Format("2006-01-02T15:04:05.000")),
			decoy(fmt.Sprintf("1.1.%d", r.in(1, 60))),
			plain(fmt.Sprintf("%d/%d/%d", r.in(0, 3), r.in(0, 7), r.in(0, 40))),
			plain(r.pick("W", "W", "R", "A")),
			plain(fmt.Sprintf("%02X %02X", r.in(0, 255), r.in(0, 255))),
		})
	}
	log := arr{
		prose(p(after(t0, -r.in(100, 600)).Format("2006-01-02 15:04")+" keypad user 2 opened front door ("), p(carer.first, contactC), p(")")),
		prose(p(after(t0, -r.in(10, 99)).Format("2006-01-02 15:04")+" tunnel connected from "), p(lanNet.host(r.in(60, 240)), netC)),
		prose(p(after(t0, -r.in(0, 9)).Format("2006-01-02 15:04") + " scene 4 recalled")),
	}
	if r.chance(0.5) {
		log = append(log, prose(p(t0.Format("2006-01-02 15:04")+" ceiling hoist "), p(r.pick("overload: resident on floor?", "used 02:10, bed sensor empty 40 min"), healthC)))
	}
	return obfuscated(obj{
		{"log", log},
		{"v", plain(2)},
		{"ts", plain(unix(t0))},
		{"gw", gw},
		{"dev", devs},
		{"ga", ga},
		{"tl", tl},
		{"cloud", arr{plain("wss://bridge.example.net/ws"), cred(r.uuid()), decoy(r.semver())}},
	})
}
