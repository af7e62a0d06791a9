package blindset10

import (
	"fmt"
)

// solar-fleet-parquet-cols: a residential solar installer's monitoring
// fleet, one site per row, read back from a Parquet export whose column
// names were lost (c01..c31), with a "meta~rev" key, a positional daily
// yield series and a schema fingerprint.

var auFirst = []string{"Kylie", "Shane", "Bronwyn", "Darren", "Tegan", "Lachlan", "Mei", "Arjun", "Siobhan", "Wayne"}
var auLast = []string{"Fitzgerald", "Nguyen", "Papadopoulos", "McAllister", "Singh", "Henderson", "O'Brien", "Rossi", "Tran", "Walsh"}

// suburb, state, postcode
var auSuburbs = [][3]string{{"Toowoomba", "QLD", "4350"}, {"Ballarat", "VIC", "3350"}, {"Wagga Wagga", "NSW", "2650"}, {"Mandurah", "WA", "6210"}, {"Mount Gambier", "SA", "5290"}}

func solarCols(r *rng) any {
	first, last := r.pick(auFirst...), r.pick(auLast...)
	sub := auSuburbs[r.IntN(len(auSuburbs))]
	ip, gw, _ := r.lan()
	model := r.pick("SUN2000-5KTL-L1", "Primo GEN24 6.0 Plus", "SE5000H", "SYMO 8.2-3-M", "MIN 5000TL-X", "GW5000-EH")
	var fw leaf
	switch r.IntN(3) {
	case 0:
		fw = dev(fmt.Sprintf("V200R001C00SPC1%02d", r.in(10, 60)))
	case 1:
		fw = fwIP(fmt.Sprintf("%d.%d.%d.%d", r.in(1, 4), r.in(0, 20), r.in(0, 9), r.in(1, 40)))
	default:
		fw = dev(fmt.Sprintf("%d.%d.%d", r.in(1, 4), r.in(0, 30), r.in(0, 99)))
	}
	phone := "0491 570 " + fmt.Sprint(r.in(100, 199))
	var note leaf
	switch r.IntN(5) {
	case 0:
		note = prose(p("Customer runs home dialysis machine on circuit 4, do not isolate w/o calling ", healthC), p(phone, contactC))
	case 1:
		note = prose(p("Meter box key under pot plant. Wi-Fi pwd changed to "), p(r.pick("Sunny", "Gecko", "Kanga")+r.digits(4), credC))
	case 2:
		note = prose(p("Re-strung E-W array, 2x panels replaced under warranty"))
	case 3:
		note = prose(p("Dongle swapped, new MAC "), pmac(r.mac(":", true)))
	default:
		note = prose(p("Owner "), p(first, contactC), p(" asked for battery quote, send to "), p(emailOf(r, first, last), contactC))
	}
	lifeSupport := plain("N")
	if r.coin(0.3) {
		lifeSupport = hlth("LS:Y " + r.pick("oxygen concentrator", "home dialysis", "CPAP", "ventilator"))
	}
	row := obj{
		{"c01", decoy(fmt.Sprintf("S-%05d", r.in(1, 99999)))},
		{"c02", cont(first + " " + last)},
		{"c03", cont(emailOf(r, first, last))},
		{"c04", cont(r.pick(phone, "+61 491 570 "+fmt.Sprint(r.in(100, 199))))},
		{"c05", cont(fmt.Sprintf("%d %s %s, %s %s %s", r.in(1, 300), r.pick("Banksia", "Wattle", "Jacaranda", "Currawong"), r.pick("St", "Cres", "Ct", "Rd"), sub[0], sub[1], sub[2]))},
		{"c06", dev(model)},
		{"c07", dev(r.upnum(2) + r.digits(12))},
		{"c08", fw},
		{"c09", macAddr(r.mac(":", true))},
		{"c10", netw(r.pick("Telstra", "Optus_", "TPG-", "NBN-") + r.upnum(4))},
		{"c11", cred(r.alnum(r.in(10, 16)))},
		{"c12", netw(ip)},
		{"c13", netw(gw)},
		{"c14", netw("255.255.255.0")},
		{"c15", cred(r.hex(32))},
		{"c16", cont("inst_" + lower(r.pick("sunwave", "brightvolt", "solarmate")) + "_" + lower(sub[1]))},
		{"c17", cred(r.pick("Solar", "Inst", "Volt") + r.digits(4) + "!")},
		{"c18", decoy(fmt.Sprintf("%.2f", r.fl(3.3, 13.2, 2)))},
		{"c19", decoy(fmt.Sprint(r.in(8, 36)))},
		{"c20", decoy(fmt.Sprintf("%.2f", r.fl(2, 60, 2)))},
		{"c21", decoy(fmt.Sprintf("%.1f", r.fl(500, 60000, 1)))},
		{"c22", dev(isoAt(r.when()))},
		{"c23", r.pickLeaf(dev("LG RESU10H"), dev("BYD HVS 7.7"), dev("Tesla Powerwall 2"), plain("none"))},
		{"c24", decoy(fmt.Sprint(r.in(5, 100)))},
		{"c25", decoy(fmt.Sprintf("0.%04d", r.in(300, 900)))},
		{"c26", plain(dateAt(r.when()))},
		{"c27", lifeSupport},
		{"c28", netw(r.pick("502", "1502", "8899"))},
		{"c29", decoy(r.hex(40))},
		{"c30", note},
		{"c31", nullDecoy()},
	}
	var daily arr
	for k := r.in(2, 4); k > 0; k-- {
		daily = append(daily, arr{plain(dateAt(r.when())), decoy(r.fl(2, 60, 1)), decoy(r.fl(0, 20, 1))})
	}
	return obfuscated(obj{
		{"export_id", decoy(r.uuid())},
		{"part", plain(fmt.Sprintf("part-%05d-%s.c000.snappy.parquet", r.in(0, 40), r.uuid()))},
		{"row_group", decoy(r.in(0, 12))},
		{"row", row},
		{"meta~rev", decoy(fmt.Sprint(r.in(1, 9)))},
		{"daily", daily},
		{"schema_fp", decoy(r.hex(16))},
	})
}
