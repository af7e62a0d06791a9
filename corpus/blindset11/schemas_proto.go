package blindset11

import "fmt"

// A vape maker's companion app, one sync response intercepted and decoded
// with blackboxprotobuf: every key is a protobuf field number ("1", "2",
// ...), repeated fields are arrays, and nothing names what a value is.
// The user, paired pods, daily puff and nicotine counts, the quit plan,
// the phone, the shop order, support messages.

var (
	vapeHandles = []string{"cloudchaser", "mintyfresh", "kai.puffs", "nightowl", "coilwhisperer", "vapelord", "lemonhaze", "quietdrag", "skybreeze", "pod.pilot", "icyberry", "watermelonfog"}
	vapePods    = []string{"VOOPOO Drag 4", "SMOK Nord 5", "Vaporesso XROS 3", "GeekVape Aegis Hero 2", "Uwell Caliburn G3", "Lost Vape Ursa Nano", "Aspire Flexus Q", "Innokin Coolfire Z80", "Vaporesso LUXE XR", "SMOK RPM 5", "OXVA Xlim Pro", "FreeMax Galex"}
	vapeNames   = []string{"Kai", "Jordan", "Riley", "Casey", "Morgan", "Taylor", "Jamie", "Alex", "Sam", "Drew", "Robin", "Avery", "Quinn", "Reese", "Skyler", "Devon", "Harper", "Rowan", "Emery", "Finley"}
	vapeLast    = []string{"Moreno", "Price", "Gallagher", "Nakamura", "Osei", "Brandt", "Kowalski", "Reyes", "Lindqvist", "Abbott", "Hale", "Marsh", "Duffy", "Ibarra", "Sutton", "Vance", "Okoro", "Fitzroy", "Pratt", "Yilmaz"}
)

func vapeProto(r *rng) any {
	first, last := r.pick(vapeNames...), r.pick(vapeLast...)
	lan := r.lanPrefix()
	var pods arr
	for k := 0; k < r.in(1, 2); k++ {
		fw := dev(fmt.Sprintf("V%d.%d.%d", r.in(1, 3), r.in(0, 9), r.in(0, 30)))
		if r.chance(0.4) {
			fw = fwIP(r.ipVer())
		}
		pods = append(pods, obj{
			{"1", dev(r.hexs(16))},
			{"2", dev(r.pick(vapePods...))},
			{"3", fw},
			{"4", macAddr(r.mac(":", true))},
			{"5", dev(first + r.pick("'s pod", "'s Drag", " desk", " car pod"))},
			{"6", dev(r.when(2024, 2024).Unix())},
			{"7", decoy(r.in(3, 100))},
			{"8", decoy(r.pick("0.4", "0.6", "0.8", "1.0", "1.2"))},
			{"9", cred(fmt.Sprintf("%04d", r.in(0, 9999)))},
		})
	}
	var days arr
	for k := 0; k < r.in(2, 4); k++ {
		days = append(days, obj{
			{"1", plain(r.day(2024, 2024))},
			{"2", hlth(r.in(40, 620))},
			{"3", hlth(r.f1(2, 60))},
			{"4", hlth(r.f1(1.1, 4.8))},
		})
	}
	craving := prose(p(r.pick("Doing better this week.", "Switched flavour.", "Weekend was hard.")))
	if r.chance(0.6) {
		craving = prose(p(r.pick("Cravings worst after meals; ", "Woke at night to vape; ", "Chest tight in the mornings; "), healthC), p(r.pick("trying nicotine gum 2 mg", "doctor said BP 148/92", "asthma inhaler twice a day", "anxiety meds started"), healthC), p("."))
	}
	var chat arr
	for k := 0; k < r.in(1, 2); k++ {
		c := prose(p(r.pick("my pod won't pair after the update", "order still not here", "how do I reset the puff counter?", "thanks, works now")))
		switch r.IntN(4) {
		case 0:
			c = prose(p("pls ring me on "), p(r.us555(), contactC), p(" not email"))
		case 1:
			c = prose(p("it shows "), pmac(r.mac(":", true)), p(" in bluetooth but the app says no device"))
		}
		chat = append(chat, c)
	}
	return obfuscated(obj{
		{"1", obj{
			{"1", decoy(r.Int64N(1e10))},
			{"2", cont(r.pick(vapeHandles...) + r.pick("_", ".", "") + r.digits(2))},
			{"3", cont(r.mail(ascii(first) + "." + ascii(last)))},
			{"4", cont(r.us555())},
			{"5", cont(r.day(1978, 2005))},
			{"6", sexOf(r.pick("female", "male", "nonbinary"))},
			{"7", obj{{"1", cred(r.jwt())}, {"2", cred(r.b64(64))}, {"3", plain(r.pick("3600", "86400"))}}},
			{"8", cont("https://cdn.vapeapp.example/u/" + r.hexs(12) + "/avatar.png")},
			{"9", decoy(r.chance(0.9))},
		}},
		{"2", pods},
		{"3", days},
		{"4", obj{
			{"1", hlth(fmt.Sprintf("reduce to %d puffs/day", r.in(5, 20)*10))},
			{"2", hlth(fmt.Sprintf("%dmg -> %dmg", r.pick2(20, 18), r.pick2(12, 6)))},
			{"3", hlth(r.in(0, 10))},
			{"4", craving},
		}},
		{"5", obj{
			{"1", dev(r.ver())},
			{"2", dev(r.osVer())},
			{"3", dev(r.phoneModel())},
			{"4", cred(r.hexs(64))},
			{"5", netw(fmt.Sprintf("%s.%d", lan, r.in(2, 250)))},
			{"6", plain(r.pick("en_US", "en_GB", "es_US", "en_CA"))},
		}},
		{"6", obj{
			{"1", decoy(r.pick("XR3-POD-08", "NORD5-CRT-5", "DRG4-BLK", "G3-POD-12", "LUXE-COIL-06"))},
			{"2", decoy(r.f2(9, 60))},
			{"3", cont(fmt.Sprintf("%d %s, %s, %s %05d", r.in(10, 9800), r.pick("Oak St", "Pine Ave", "Maple Dr", "Cedar Ln", "Elm Ct", "Birch Rd", "Lakeview Blvd", "Sunset Way"), r.pick("Springfield", "Riverton", "Fairview", "Georgetown", "Salem", "Clinton", "Madison"), r.pick("OH", "TX", "OR", "NC", "MI", "AZ"), r.in(10000, 99999)))},
			{"4", decoy(r.in(1, 6))},
		}},
		{"9", obj{{"1", decoy(r.pick("3.12.0", "3.14.2", "4.0.1"))}, {"2", decoy(r.uuid())}, {"3", plain(r.when(2024, 2024).Unix())}}},
		{"10", chat},
	})
}

// pick2 returns a or b.
func (r *rng) pick2(a, b int) int {
	if r.chance(0.5) {
		return a
	}
	return b
}
