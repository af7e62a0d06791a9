package blindset19

import (
	"fmt"
	"strings"
)

// matterServerDiag is a smart-home installer's support bundle for a
// family's Matter fabric: the Home Assistant system info block, the
// python-matter-server diagnostics (server info with fabric and SDK
// versions and credential-set flags; nodes with commissioning and
// interview times and attributes keyed only by "endpoint/cluster/
// attribute" numbers: Basic Information (vendor, product, node label,
// location, hardware and software versions, manufacturing date, serial,
// unique id), Network Commissioning (network ids, last network id),
// General Diagnostics (interfaces with hardware address and IPv4 / IPv6
// addresses, reboot count, uptime), Thread diagnostics (network name, PAN
// id, extended PAN id, mesh-local prefix), Operational Credentials (NOC
// and root public key as base64 TLV, fabric labels) and application
// clusters (on/off, temperature, humidity, door lock)), and the
// installer's sheet with the QR payload, manual pairing codes, the
// Thread operational dataset, the Wi-Fi credentials given to the server
// and a note.
func matterServerDiag(r *rng) any {
	fam := r.english()
	l := r.lan()
	ssid := r.ssid(fam.last)
	t := r.when()
	threadName := r.pick("MyHome", "ha-thread-", "OpenThread-") + r.hex(4)
	panID := r.in(0x1000, 0xfffe)
	xpan := r.hex(16)
	meshPrefix := fmt.Sprintf("fd%s:%s:%s:%s::/64", r.hex(2), r.hex(4), r.hex(4), r.hex(4))
	networkKey := r.hex(32)
	dataset := "0e080000000000010000000300000f35060004001fffe00208" + xpan + "0708" + r.hex(16) + "0510" + networkKey + "030f" + fmt.Sprintf("%x", threadName) + "0102" + fmt.Sprintf("%04x", panID) + "0410" + r.hex(32) + "0c0402a0f7f8"

	type product struct {
		vendor     string
		vendorID   int
		product    string
		productID  int
		wifi       bool
		app        string // application cluster kind
		swStr, hwS string
	}
	products := []product{
		{"Eve Systems", 4874, "Eve Energy", 80, false, "onoff", "3.5.0", "1.1"},
		{"Eve Systems", 4874, "Eve Door & Window", 87, false, "contact", "3.2.1", "1.1"},
		{"Nanoleaf", 4442, "Nanoleaf Essentials A19", 67, false, "onoff", "4.1.3", "1.0"},
		{"Aqara", 4447, "Aqara Door Lock U200", 8197, false, "lock", "1.0.4", "1.0"},
		{"Meross", 4933, "Smart Wi-Fi Plug Mini", 40961, true, "onoff", "9.3.26", "9.0.0"},
		{"TP-Link", 5010, "Tapo P125M", 257, true, "onoff", "1.1.3 Build 231130", "1.0"},
		{"Eve Systems", 4874, "Eve Weather", 95, false, "climate", "2.1.2", "1.1"},
		{"Onvis", 4913, "Onvis Smart Motion Sensor S4", 32, false, "climate", "1.2.0", "1.0"},
	}
	labels := []string{"Mum's electric blanket", "Kettle", "Back door", "Front door lock", "Hall lamp", fam.first + "'s desk lamp", "Garden", "Nursery heater", "Dad's fan"}
	var nodes arr
	nNodes := r.in(2, 4)
	for i, k := range r.Perm(len(products))[:nNodes] {
		pr := products[k]
		nodeID := i + 2
		seen := after(t, -r.in(0, 2000))
		attrs := obj{
			{"0/29/0", arr{obj{{"0", plain(22)}, {"1", plain(1)}}}},
			{"0/40/0", plain(17)},
			{"0/40/1", dev(pr.vendor)},
			{"0/40/2", plain(pr.vendorID)},
			{"0/40/3", dev(pr.product)},
			{"0/40/4", plain(pr.productID)},
			{"0/40/5", dev(labels[(i+r.IntN(3))%len(labels)])},
			{"0/40/6", decoy(r.pick("GB", "US", "XX"))},
			{"0/40/7", dev(1)},
			{"0/40/8", dev(pr.hwS)},
			{"0/40/9", dev(r.in(1000, 90000))},
			{"0/40/10", dev(pr.swStr)},
			{"0/40/11", plain(fmt.Sprintf("2023%02d%02d", r.in(1, 12), r.in(1, 28)))},
			{"0/40/15", dev(r.serial(r.pick("YV", "LX", "AQ", "MR"), 10))},
			{"0/40/18", dev(r.HEX(16))},
			{"0/40/19", obj{{"0", plain(3)}, {"1", plain(65535)}}},
			{"0/40/21", plain(r.in(16973824, 17039360))},
		}
		mac := r.mac(":", false)
		if pr.wifi {
			attrs = append(attrs,
				field{"0/49/0", plain(1)},
				field{"0/49/1", arr{obj{{"0", netw(ssid)}, {"1", plain(true)}}}},
				field{"0/49/4", plain(true)},
				field{"0/49/5", plain(0)},
				field{"0/49/7", netw(ssid)},
				field{"0/51/0", arr{obj{
					{"0", plain("wlan0")}, {"1", plain(true)}, {"2", null()}, {"3", null()},
					{"4", macAddr(mac)},
					{"5", arr{netw(l.host(r.in(20, 240)))}},
					{"6", arr{netw("fe80::" + r.hex(4) + ":" + r.hex(4) + ":" + r.hex(4) + ":" + r.hex(4))}},
					{"7", plain(1)},
				}}},
			)
		} else {
			attrs = append(attrs,
				field{"0/49/0", plain(1)},
				field{"0/49/1", arr{obj{{"0", netw(xpan)}, {"1", plain(true)}}}},
				field{"0/49/7", netw(xpan)},
				field{"0/51/0", arr{obj{
					{"0", plain("ot0")}, {"1", plain(true)}, {"2", null()}, {"3", null()},
					{"4", dev(r.HEX(16))},
					{"5", arr{}},
					{"6", arr{netw(strings.TrimSuffix(meshPrefix, "::/64") + ":0:ff:fe00:" + r.hex(4)), netw("fe80::" + r.hex(4) + ":" + r.hex(4) + ":" + r.hex(4) + ":" + r.hex(4))}},
					{"7", plain(4)},
				}}},
				field{"0/53/0", plain(r.in(11, 26))},
				field{"0/53/1", plain(r.pick4(2, 3, 4, 5))},
				field{"0/53/2", netw(threadName)},
				field{"0/53/3", netw(panID)},
				field{"0/53/4", netw(parseHex(xpan))},
				field{"0/53/5", netw(meshPrefix)},
			)
		}
		attrs = append(attrs,
			field{"0/51/1", plain(r.in(1, 60))},
			field{"0/51/2", plain(r.in(100, 9000000))},
			field{"0/62/0", arr{obj{{"1", decoy("FTABAQEkAgE3AyQTAhgmBIAigScmBYAlTTo3BiQVASQRAhgkBwEkCAEwCUEE" + r.b64(60))}, {"2", null()}, {"254", plain(1)}}}},
			field{"0/62/1", arr{obj{{"1", decoy("BF" + r.b64(63))}, {"2", plain(65521)}, {"3", plain(1)}, {"4", plain(nodeID)}, {"5", plain("")}, {"254", plain(1)}}}},
			field{"0/62/2", plain(5)},
			field{"0/62/3", plain(r.in(1, 3))},
		)
		switch pr.app {
		case "onoff":
			attrs = append(attrs, field{"1/6/0", plain(r.chance(0.5))}, field{"1/6/16384", plain(true)})
		case "contact":
			attrs = append(attrs, field{"1/69/0", plain(r.chance(0.5))})
		case "lock":
			attrs = append(attrs, field{"1/257/0", plain(r.pick4(1, 2, 1, 1))}, field{"1/257/3", plain(true)}, field{"1/257/17", plain(r.in(1, 10))})
		case "climate":
			attrs = append(attrs, field{"1/1026/0", decoy(r.in(1500, 2800))}, field{"2/1029/0", plain(r.in(2500, 8000))})
		}
		nodes = append(nodes, obj{
			{"node_id", plain(nodeID)},
			{"date_commissioned", plain(isoMs(after(t, -r.in(5000, 300000))))},
			{"last_interview", dev(isoMs(seen))},
			{"interview_version", plain(6)},
			{"available", plain(r.chance(0.85))},
			{"is_bridge", plain(false)},
			{"attributes", attrs},
			{"attribute_subscriptions", arr{}},
		})
	}
	haVer := fmt.Sprintf("2024.%d.%d", r.in(6, 11), r.in(0, 4))
	setupPIN := fmt.Sprintf("%04d-%03d-%04d", r.in(1000, 3999), r.in(0, 999), r.in(0, 9999))
	return obfuscated(obj{
		{"home_assistant", obj{
			{"installation_type", plain("Home Assistant OS")},
			{"version", decoy(haVer)},
			{"dev", plain(false)},
			{"hassio", plain(true)},
			{"virtualenv", plain(false)},
			{"python_version", decoy(r.pick("3.12.4", "3.12.3"))},
			{"docker", plain(true)},
			{"arch", plain("aarch64")},
			{"timezone", plain(r.pick("Europe/London", "America/Chicago"))},
			{"os_name", plain("Linux")},
			{"os_version", decoy(r.pick("6.6.31-haos-raspi", "6.6.46-haos"))},
			{"supervisor", decoy(fmt.Sprintf("2024.%d.%d", r.in(6, 11), r.in(0, 4)))},
			{"host_os", decoy("Home Assistant OS " + r.pick("13.1", "13.2", "12.4"))},
			{"chassis", plain("embedded")},
			{"run_as_root", plain(true)},
		}},
		{"integration_manifest", obj{
			{"domain", plain("matter")},
			{"name", plain("Matter (BETA)")},
			{"requirements", arr{plain("python-matter-server==" + r.pick("6.5.2", "6.6.0", "6.3.0"))}},
			{"is_built_in", plain(true)},
		}},
		{"data", obj{
			{"server", obj{
				{"server_info", obj{
					{"fabric_id", plain(1)},
					{"compressed_fabric_id", decoy(r.in(1<<40, 1<<50))},
					{"schema_version", decoy(r.in(9, 11))},
					{"min_supported_schema_version", decoy(r.in(5, 9))},
					{"sdk_version", decoy(r.pick("2024.7.1", "2024.9.0", "2024.6.0"))},
					{"wifi_credentials_set", decoy(true)},
					{"thread_credentials_set", decoy(true)},
					{"bluetooth_enabled", plain(false)},
				}},
				{"nodes", nodes},
				{"events", arr{}},
			}},
		}},
		{"installer_sheet", obj{
			{"qr_payload", cred("MT:" + r.from("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-.", 19))},
			{"manual_code", cred(setupPIN)},
			{"thread_dataset", tag(dataset, credC, netC)},
			{"wifi", obj{{"ssid", netw(ssid)}, {"credentials", cred(r.psk())}}},
			{"border_router", obj{{"model", dev(r.pick("Apple TV 4K (3rd generation)", "Google Nest Hub (2nd gen)", "HomePod mini", "SkyConnect"))}, {"ip", netw(l.host(r.in(2, 19)))}}},
			{"note", prose(p("Commissioned for "), p(fam.full(), contactC), p(", contact "), p(r.ukMobile(), contactC), p(". Lock code reset, old user code "), p(fmt.Sprintf("%06d", r.in(0, 999999)), credC), p(" removed."))},
		}},
	})
}

// parseHex reads a hexadecimal string as an int64 (the low 63 bits).
func parseHex(h string) int64 {
	var v int64
	for _, c := range h {
		v <<= 4
		switch {
		case c >= '0' && c <= '9':
			v |= int64(c - '0')
		case c >= 'a' && c <= 'f':
			v |= int64(c-'a') + 10
		}
	}
	if v < 0 {
		v = -v
	}
	return v
}
