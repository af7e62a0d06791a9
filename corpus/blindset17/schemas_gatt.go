package blindset17

import (
	"encoding/json"
	"fmt"
	"strings"
)

// scaleGatt: a smart body-composition scale maker's support engineer
// attached a BLE explorer's export to a bug about Wi-Fi provisioning: the
// session (explorer app, the engineer's phone and Android version, the
// engineer), the scanned peripheral (address, advertised name, RSSI,
// bonded) and its GATT table keyed only by service and characteristic
// UUIDs, each characteristic with props, a parsed value and sometimes the
// raw hex: GAP device name and appearance, Device Information (maker,
// model, serial, firmware, hardware and software revisions, system id),
// User Data (first and last name, e-mail, age, birth date, gender,
// height, weight), Weight Scale and Body Composition measurements,
// battery, and the vendor's provisioning service (the JSON written with
// the Wi-Fi SSID and passphrase, the cloud binding token); then the
// explorer's log lines.
func scaleGatt(r *rng) any {
	t0 := r.when()
	u := r.english()
	eng := r.english()
	bleMAC := r.mac(":", true)
	name := r.pick("MIBFS", "QN-Scale", "BodyComp-S3", "WS-50")
	model := map[string]string{"MIBFS": "XMTZC05HM", "QN-Scale": "QN-S3", "BodyComp-S3": "BC-S3 Pro", "WS-50": "WS-50"}[name]
	sig := func(short string) string { return "0000" + short + "-0000-1000-8000-00805f9b34fb" }
	vendor := "6e4000%s-b5a3-f393-e0a9-e50e24dcca9e"
	ch := func(props string, v leaf) obj { return obj{{"props", plain(props)}, {"value", v}} }
	chHex := func(props string, v leaf, hex string) obj {
		return obj{{"props", plain(props)}, {"value", v}, {"hex", plain(hex)}}
	}
	fw := r.pick(fmt.Sprintf("%d.%d.%d", r.in(1, 4), r.in(0, 9), r.in(0, 30)), r.ipShapedFw())
	fwLeaf := dev(fw)
	if countDots(fw) == 3 {
		fwLeaf = fwIP(fw)
	}
	heightCm := r.in(150, 198)
	weight := r.f1(45, 130)
	bmi := weight / float64(heightCm*heightCm) * 10000
	gender := map[bool]string{true: "1 (female)", false: "0 (male)"}[u.female]
	ssid := r.pick("BTHub6-", "VM", "SKY", "Verizon_", "NETGEAR") + r.HEX(4)
	psk := r.psk()
	prov, _ := json.Marshal(map[string]string{"ssid": ssid, "psk": psk, "region": r.pick("GB", "US")})
	provLeaf := tag(string(prov), credC, netC)
	bat := r.in(20, 100)
	userIdx := r.in(1, 8)

	services := obj{
		{sig("1800"), obj{
			{sig("2a00"), ch("READ", dev(name))},
			{sig("2a01"), chHex("READ", plain("0x0C80 [Generic Weight Scale]"), "80-0C")},
		}},
		{sig("180a"), obj{
			{sig("2a29"), ch("READ", dev(r.pick("Xiaomi", "Yolanda", "Renpho", "Withings")))},
			{sig("2a24"), ch("READ", dev(model))},
			{sig("2a25"), ch("READ", dev(r.serial("", 12)))},
			{sig("2a26"), ch("READ", fwLeaf)},
			{sig("2a27"), ch("READ", dev("V"+fmt.Sprint(r.in(1, 4))+"."+fmt.Sprint(r.in(0, 9))))},
			{sig("2a23"), ch("READ", dev(strings.ToUpper(r.hex(16))))},
		}},
		{sig("181c"), obj{
			{sig("2a8a"), ch("READ|WRITE", cont(u.first))},
			{sig("2a90"), ch("READ|WRITE", cont(u.last))},
			{sig("2a87"), ch("READ|WRITE", cont(r.email(u.first, u.last)))},
			{sig("2a80"), ch("READ|WRITE", ageOf(r.in(18, 80)))},
			{sig("2a85"), ch("READ|WRITE", cont(day(r.birth(1944, 2006))))},
			{sig("2a8c"), ch("READ|WRITE", sexOf(gender))},
			{sig("2a8e"), ch("READ|WRITE", hlth(fmt.Sprintf("%.2f m", float64(heightCm)/100)))},
			{sig("2a98"), ch("READ|WRITE", hlth(fmt.Sprintf("%.1f kg", weight)))},
			{sig("2a9a"), chHex("READ|NOTIFY", plain("User index: "+fmt.Sprint(userIdx)), fmt.Sprintf("%02X", userIdx))},
		}},
		{sig("181d"), obj{
			{sig("2a9e"), chHex("READ", plain("Time stamp supported, multiple users, BMI supported"), "0E-00-00-00")},
			{sig("2a9d"), ch("INDICATE", hlth(fmt.Sprintf("Weight: %.2f kg, BMI: %.1f, Height: %.2f m", weight, bmi, float64(heightCm)/100)))},
		}},
		{sig("181b"), obj{
			{sig("2a9b"), chHex("READ", plain("Body fat, muscle mass, body water, impedance supported"), "B0-01-00-00")},
			{sig("2a9c"), ch("INDICATE", hlth(fmt.Sprintf("Body Fat %.1f %%, Muscle Mass %.1f kg, Body Water %.1f %%, Impedance %d Ω", r.f1(8, 42), r.f1(25, 70), r.f1(42, 65), r.in(380, 700))))},
		}},
		{sig("180f"), obj{
			{sig("2a19"), chHex("READ|NOTIFY", plain(fmt.Sprintf("%d%%", bat)), fmt.Sprintf("%02X", bat))},
		}},
		{fmt.Sprintf(vendor, "01"), obj{
			{fmt.Sprintf(vendor, "02"), ch("WRITE", provLeaf)},
			{fmt.Sprintf(vendor, "03"), ch("NOTIFY", cred("bind:"+r.b64url(32)))},
			{fmt.Sprintf(vendor, "04"), ch("READ", decoy("proto "+r.semver()))},
		}},
	}

	ts := func(ms int) string { return t0.Format("15:04:05") + fmt.Sprintf(".%03d", ms) }
	logs := arr{
		prose(p("I "+ts(r.in(0, 999))+" Connecting to "), pmac(bleMAC), p("...")),
		prose(p("D " + ts(r.in(0, 999)) + " gatt.discoverServices()")),
		prose(p("I "+ts(r.in(0, 999))+" Indication received from 00002a9d-0000-1000-8000-00805f9b34fb, value: (0x) 02-"+r.HEX(2)+"-"+r.HEX(2)+", \""), p(fmt.Sprintf("Weight: %.2f kg", weight), healthC), p("\"")),
	}
	switch r.IntN(3) {
	case 0:
		logs = append(logs, prose(p("W "+ts(r.in(0, 999))+" Provisioning failed: AP "), p(ssid, netC), p(" rejected passphrase, scale got "), p(r.lan().host(r.in(2, 250)), netC), p(" then lost it")))
	case 1:
		logs = append(logs, prose(p("I "+ts(r.in(0, 999))+" User "), p(u.first, contactC), p(fmt.Sprintf(" selected on scale, index %d", userIdx))))
	default:
		logs = append(logs, prose(p("I "+ts(r.in(0, 999))+" Disconnected")))
	}

	return obfuscated(obj{
		{"session", obj{
			{"app", plain("nRF Connect")},
			{"phone", dev(r.pick("Pixel 7", "Pixel 6a", "SM-G991B", "OnePlus 11"))},
			{"android", dev(r.pick("14", "13"))},
			{"engineer", cont(eng.full())},
			{"started", plain(iso(t0))},
			{"exportId", decoy(r.uuid())},
		}},
		{"devices", arr{obj{
			{"id", decoy(r.UUID())},
			{"address", macAddr(bleMAC)},
			{"name", dev(name)},
			{"rssi", plain(-r.in(40, 90))},
			{"bonded", decoy(r.chance(0.5))},
			{"advertisement", obj{
				{"flags", plain("0x06")},
				{"txPower", plain(r.in(-8, 4))},
				{"serviceUuids", arr{plain(sig("181d")), plain(sig("181b"))}},
				{"manufacturerData", decoy(r.hex(40))},
			}},
			{"services", services},
		}}},
		{"log", logs},
	})
}
