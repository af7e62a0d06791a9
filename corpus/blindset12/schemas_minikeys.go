package blindset12

import "fmt"

// A smart-inhaler (asthma / COPD) companion app's persisted state, pulled
// from a phone backup: a key-minified store where every field name was
// replaced by a fixed two-character base-36 code from the app's key map
// (kept on the server, not in the dump), so the same field has the same
// code in every document and no key says anything. A version, the key
// map's hash, then the state: profile, action plan, sensors and their
// puff events, symptom check-ins, care team and sharing, the home hub,
// auth and device.

var (
	inhSensors = []string{"Propeller Sensor for Ellipta", "Propeller Sensor for MDI", "Hailie Sensor (Flovent HFA)", "FindAir ONE", "CareTRx Sensor"}
	inhCtrl    = []string{"Fluticasone 110 mcg 2 puffs BID", "Symbicort 160/4.5 2 puffs BID", "Breo Ellipta 100/25 1 inh daily", "Trelegy Ellipta 1 inh daily", "Qvar RediHaler 80 mcg 2 puffs BID", "Spiriva Respimat 2.5 mcg 2 puffs daily"}
	inhRescue  = []string{"Albuterol HFA 90 mcg", "ProAir RespiClick", "Levalbuterol 45 mcg", "Ventolin HFA"}
	inhTrig    = []string{"pollen", "cold air", "exercise", "cats", "smoke", "dust mites", "mold", "viral infection"}
)

func inhalerMinified(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	fem := false
	for _, f := range usFirstF {
		fem = fem || f == first
	}
	sex := map[bool]string{true: "f", false: "m"}[fem]
	lan := r.lanPrefix()
	pf := r.in(250, 600)

	var sensors arr
	var sids []string
	for k := 0; k < r.in(1, 2); k++ {
		sid := r.hexs(12)
		sids = append(sids, sid)
		fw := dev(fmt.Sprintf("%d.%d.%d", r.in(1, 4), r.in(0, 12), r.in(0, 40)))
		if r.chance(0.35) {
			fw = fwIP(r.ipVer())
		}
		med := hlth(r.pick(inhRescue...))
		if k == 0 {
			med = hlth(r.pick(inhCtrl...))
		}
		sensors = append(sensors, obj{
			{"0s", decoy(sid)},
			{"2m", dev(r.pick(inhSensors...))},
			{"3x", macAddr(r.mac(":", true))},
			{"1q", fw},
			{"4b", decoy(r.in(2, 100))},
			{"0v", med},
			{"5e", dev(r.iso(2024, 2024))},
			{"2c", decoy(r.in(0, 200))},
		})
	}
	var puffs arr
	for k := 0; k < r.in(2, 5); k++ {
		puffs = append(puffs, arr{plain(r.epochMs(2024, 2024)), decoy(sids[r.IntN(len(sids))]), plain(r.in(1, 4)), plain(r.pick("r", "c"))})
	}
	var checks arr
	for k := 0; k < r.in(1, 3); k++ {
		var txt leaf
		switch r.IntN(4) {
		case 0:
			txt = prose(p(r.pick("woke up coughing twice", "chest tight after soccer", "used rescue 4x today, ER?", "feeling good, no symptoms"), healthC))
		case 1:
			txt = prose(p("hub offline again, router is "), p(lan+".1", netC))
		case 2:
			txt = prose(p("refill sent to pharmacy, they called from "), p(r.us555(), contactC))
		default:
			txt = prose(p("ok"))
		}
		checks = append(checks, obj{
			{"1d", plain(r.day(2024, 2024))},
			{"3a", hlth(fmt.Sprintf("ACT %d", r.in(5, 25)))},
			{"0p", hlth(fmt.Sprintf("%d L/min", r.in(pf-150, pf)))},
			{"4t", stringsOf(hlth, r.pickSome(r.in(0, 2), inhTrig...)...)},
			{"2n", txt},
		})
	}
	var shares arr
	for k := 0; k < r.in(0, 2); k++ {
		shares = append(shares, obj{{"1e", cont(r.mail(ascii(r.usFirst())))}, {"0r", plain(r.pick("caregiver", "school_nurse", "coach"))}, {"3c", decoy(r.chance(0.5))}})
	}
	sys, dia := r.bp()
	state := obj{
		{"0a", obj{ // profile
			{"1f", cont(first)},
			{"1g", cont(last)},
			{"2e", cont(r.mail(ascii(first) + "." + ascii(last)))},
			{"0h", cont(r.us555())},
			{"3b", cont(r.day(1950, 2016))},
			{"0x", sexOf(sex)},
			{"4z", hlth(r.pick("asthma", "asthma", "COPD", "asthma-COPD overlap", "exercise-induced bronchoconstriction"))},
			{"2w", hlth(fmt.Sprintf("%d cm", r.in(120, 195)))},
			{"2y", hlth(fmt.Sprintf("%d kg", r.in(25, 120)))},
			{"1b", hlth(r.pick("never smoked", "former smoker", "current smoker", "vapes daily"))},
			{"5k", cont(fmt.Sprintf("https://cdn.example.com/u/%s.jpg", r.hexs(16)))},
			{"0w", decoy(r.in(20, 300))},
		}},
		{"1p", obj{ // action plan
			{"0g", hlth(fmt.Sprintf("%d L/min", pf))},
			{"1y", hlth(fmt.Sprintf("%d-%d L/min", pf*50/100, pf*80/100))},
			{"2r", hlth(r.pick(inhCtrl...))},
			{"2s", hlth(r.pick(inhRescue...) + " 2-4 puffs q20min x3")},
			{"3r", hlth(r.pick("Prednisone 40 mg x5 days", "call 911 if lips blue", "Prednisolone 15 mg/5 mL"))},
			{"4v", hlth(fmt.Sprintf("%d/%d", sys, dia))},
			{"0c", plain(r.day(2023, 2024))},
		}},
		{"2k", sensors},
		{"3p", puffs},
		{"1c", checks},
		{"4c", obj{ // care team
			{"0n", cont("Dr. " + r.usFirst() + " " + r.pick(usLast...))},
			{"1n", cont(r.mail("pulm.clinic"))},
			{"2p", cont(r.us555())},
			{"3n", plain(r.pick("CVS Pharmacy", "Walgreens", "Rite Aid", "Costco Pharmacy"))},
			{"4n", decoy("NPI" + r.digits(10))},
		}},
		{"0e", shares},
		{"3h", obj{ // home hub
			{"0m", dev(r.pick("Propeller Home Hub", "Qualcomm 2net Hub", "Hailie Hub"))},
			{"1s", netw(r.pick("NETGEAR", "Xfinity-", "Home-", "CenturyLink") + r.digits(4))},
			{"1w", cred(r.alnum(12))},
			{"2i", netw(fmt.Sprintf("%s.%d", lan, r.in(2, 250)))},
			{"3m", macAddr(r.mac("-", true))},
			{"4i", fwIP(r.ipVer())},
		}},
		{"5a", obj{ // auth
			{"0t", cred(r.jwt())},
			{"1r", cred("rt_" + r.b64(48))},
			{"2x", plain(r.in(600, 3600))},
			{"3t", decoy("Bearer")},
			{"4u", decoy(r.uuid())},
		}},
		{"5d", obj{ // phone
			{"0d", dev(r.phoneModel())},
			{"1o", dev(r.osVer())},
			{"2a", dev(fmt.Sprintf("%d.%d.%d", r.in(4, 7), r.in(0, 30), r.in(0, 9)))},
			{"3f", cred(r.fcm())},
			{"4l", plain(r.pick("en-US", "es-US"))},
		}},
	}
	return obfuscated(obj{
		{"_v", plain(r.in(5, 9))},
		{"_km", decoy(r.sha1())},
		{"_ts", plain(r.epochMs(2024, 2024))},
		{"s", state},
	})
}
