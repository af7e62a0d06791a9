package blindset10

import (
	"fmt"
)

// pill-dispenser-dynamo: a connected pill dispenser's single-table
// DynamoDB design, dumped with "aws dynamodb scan": typed attributes
// ({"S"}, {"N"}, {"BOOL"}, {"M"}, {"L"}, {"SS"}) under short, meaningless
// attribute names (a1.., d1.., m1.., e1.., t1.., v1.., n1..), one
// partition per account with PROFILE, DEV#, MED#, EVT#, VIT#, TOKEN# and
// NOTE# items, plus Count, ScannedCount, LastEvaluatedKey and consumed
// capacity.

func dS(l leaf) obj { return obj{{"S", l}} }
func dN(l leaf) obj { return obj{{"N", l}} }

func pillDynamo(r *rng) any {
	first, last := r.pick(usFirst...), r.pick(usLast...)
	email := emailOf(r, first, last)
	b := r.birth(1932, 1960)
	street, city, state, zip := usAddr(r)
	pk := "ACCT#" + r.hex(12)
	carer := r.pick(usFirst...)
	ip, gw, _ := r.lan()

	profile := obj{
		{"PK", dS(decoy(pk))},
		{"SK", dS(plain("PROFILE"))},
		{"a1", dS(cont(first + " " + last))},
		{"a2", dS(cont(email))},
		{"a3", dS(cont(usPhone(r)))},
		{"a4", dS(cont(b.iso()))},
		{"a5", dN(decoy(fmt.Sprint(r.in(0, 1))))},
		{"a6", dS(cred(r.bcrypt("2a")))},
		{"a7", obj{{"M", obj{{"s", dS(cont(street))}, {"c", dS(cont(city))}, {"st", dS(cont(state))}, {"z", dS(cont(zip))}}}}},
		{"a8", obj{{"SS", stringsOf(cont, emailOf(r, carer, last), emailOf(r, r.pick(usFirst...), ""))}}},
		{"gsi1pk", dS(cont("EMAIL#" + email))},
		{"ttl", dN(plain(fmt.Sprint(r.when() + 31536000)))},
	}
	devItem := obj{
		{"PK", dS(decoy(pk))},
		{"SK", dS(decoy("DEV#" + r.upnum(10)))},
		{"d1", dS(dev(r.pick("Hero", "MedMinder Maya", "Livi", "Philips Medication Dispensing Service")))},
		{"d2", dS(dev(r.upnum(3) + "-" + r.digits(7)))},
		{"d3", dS(dev(fmt.Sprintf("%d.%d.%d", r.in(1, 6), r.in(0, 20), r.in(0, 99))))},
		{"d4", dS(macAddr(r.mac(":", false)))},
		{"d5", dS(netw(r.pick("HOME-", "Spectrum", "NETGEAR", "Verizon_") + r.upnum(4)))},
		{"d6", dS(netw(ip))},
		{"d6g", dS(netw(gw))},
		{"d7", dN(dev(fmt.Sprint(r.when())))},
		{"d8", dS(dev(r.pick("Mom's kitchen dispenser", "Dad's pills", "Grandma - bedroom", "Kitchen counter")))},
		{"d9", dN(decoy(fmt.Sprint(r.in(4, 28))))},
		{"d10", obj{{"BOOL", decoy(r.coin(0.5))}}},
		{"d11", dS(cred(r.alnum(r.in(10, 16))))},
	}
	rx := [][3]string{
		{"Metoprolol succinate", "25 mg", "for AFib"},
		{"Apixaban", "5 mg", "blood thinner – AFib"},
		{"Donepezil", "10 mg", "for memory"},
		{"Levothyroxine", "88 mcg", "thyroid"},
		{"Furosemide", "40 mg", "water pills – heart failure"},
		{"Sertraline", "50 mg", "mood"},
	}[r.IntN(6)]
	med := obj{
		{"PK", dS(decoy(pk))},
		{"SK", dS(decoy("MED#" + r.hex(6)))},
		{"m1", dS(hlth(rx[0]))},
		{"m2", dS(hlth(rx[1]))},
		{"m3", obj{{"L", arr{dS(hlth("08:00")), dS(hlth(r.pick("20:00", "13:00", "21:30")))}}}},
		{"m4", dN(decoy(fmt.Sprint(r.in(0, 60))))},
		{"m5", dS(hlth(rx[2]))},
		{"m6", dS(hlth(fmt.Sprintf("%04d-%04d-%02d", r.in(1, 9999), r.in(1, 9999), r.in(1, 99))))},
	}
	evt := obj{
		{"PK", dS(decoy(pk))},
		{"SK", dS(plain("EVT#" + isoAt(r.when())))},
		{"e1", dS(hlth(r.pick("DOSE_TAKEN", "DOSE_MISSED", "DOSE_LATE")))},
		{"e2", dN(decoy(fmt.Sprint(r.in(1, 4))))},
		{"e3", dS(plain(r.pick("button", "auto", "caregiver")))},
	}
	items := arr{profile, devItem, med, evt}
	if r.coin(0.6) {
		sys, dia := r.bp()
		items = append(items, obj{
			{"PK", dS(decoy(pk))},
			{"SK", dS(plain("VIT#" + isoAt(r.when())))},
			{"v1", dS(hlth(fmt.Sprintf("%d/%d", sys, dia)))},
			{"v2", dN(hlth(fmt.Sprint(r.in(52, 104))))},
			{"v3", dS(dev(r.pick("Omron BP7350", "Withings BPM Connect", "iHealth Track")))},
		})
	}
	items = append(items, obj{
		{"PK", dS(decoy(pk))},
		{"SK", dS(decoy("TOKEN#" + r.hex(8)))},
		{"t1", dS(cred(r.b64u(86)))},
		{"t2", dS(cred(r.pick(r.apns(), r.fcm())))},
		{"t3", dS(dev(r.pick(r.ios(), r.android())))},
		{"t4", dS(dev(r.pick("HeroHealth/4.12.0 (iPhone; iOS 17.4.1; Scale/3.00)", "HeroHealth/4.12.0 (Android 14; Pixel 7)", r.chromeUA())))},
	})
	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p("Mom fell Tuesday, ER said no fracture. Holding evening dose until cardiology f/u", healthC))
	case 1:
		note = prose(p("Refill ready at pharmacy, call "), p(usPhone(r), contactC))
	case 2:
		note = prose(p("Moved the dispenser to kitchen, Wi-Fi is "), p(r.pick("HOME-", "NETGEAR")+r.upnum(4), netC), p(" now"))
	default:
		note = prose(p("Tray refilled"))
	}
	items = append(items, obj{
		{"PK", dS(decoy(pk))},
		{"SK", dS(plain("NOTE#" + isoAt(r.when())))},
		{"n1", dS(note)},
		{"n2", dS(cont(carer))},
	})
	n := len(items)
	return obfuscated(obj{
		{"Items", items},
		{"Count", decoy(n)},
		{"ScannedCount", decoy(n)},
		{"LastEvaluatedKey", obj{{"PK", dS(decoy(pk))}, {"SK", dS(plain("NOTE#" + isoAt(r.when())))}}},
		{"ConsumedCapacity", obj{{"TableName", plain("rxhub-prod")}, {"CapacityUnits", decoy(r.fl(0.5, 12, 1))}}},
	})
}
