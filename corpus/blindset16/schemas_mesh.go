package blindset16

import (
	"fmt"
	"strings"
)

// trailraceMesh: an ultra-trail race's safety team keeps the output of
// `meshtastic --info --export-config` of its HQ gateway node together with
// the tracker-to-runner assignments and the text messages received on the
// mesh during the race.
func trailraceMesh(r *rng) any {
	race := r.pick("Black Mountains Ultra", "Cambrian Crossing 100", "Elan Valley Skyrace", "Beacons Way 50", "Pumlumon Night Trail")
	start := r.when()
	hqLan := r.lan()
	nodeID := func() (uint32, string) {
		n := r.Uint32()
		return n, fmt.Sprintf("!%08x", n)
	}
	hwModels := []string{"HELTEC_V3", "TBEAM", "T_ECHO", "RAK4631", "TRACKER_T1000_E", "STATION_G2", "HELTEC_WIRELESS_TRACKER"}
	fw := fmt.Sprintf("2.%d.%d.%s", r.in(2, 5), r.in(0, 20), r.hex(7))

	// the mesh: the HQ gateway, checkpoint relays, marshals and runners' trackers
	type node struct {
		num        uint32
		id, long   string
		short, hw  string
		role       string
		runner     person
		isRunner   bool
		lastHeard  int64
		checkpoint int
	}
	var nodes []node
	hqNum, hqID := nodeID()
	nCP := r.in(2, 4)
	for i := 0; i < nCP; i++ {
		num, id := nodeID()
		cp := i + 1
		nodes = append(nodes, node{num: num, id: id, long: fmt.Sprintf("CP%d %s relay", cp, r.pick("Pen y Fan", "Llyn y Fan", "Hay Bluff", "Craig y Cilau", "Sugar Loaf", "Tor y Foel")),
			short: fmt.Sprintf("CP%d", cp), hw: r.pick("STATION_G2", "RAK4631", "HELTEC_V3"), role: "ROUTER", checkpoint: cp,
			lastHeard: unix(after(start, r.in(30, 900)))})
	}
	nMarshal := r.in(1, 2)
	for i := 0; i < nMarshal; i++ {
		num, id := nodeID()
		m := r.welsh()
		nodes = append(nodes, node{num: num, id: id, long: fmt.Sprintf("Sweep %d – %s", i+1, m.first), short: fmt.Sprintf("SW%d", i+1),
			hw: r.pick("T_ECHO", "TBEAM", "HELTEC_WIRELESS_TRACKER"), role: "CLIENT", lastHeard: unix(after(start, r.in(30, 900)))})
	}
	nRunner := r.in(2, 4)
	for i := 0; i < nRunner; i++ {
		num, id := nodeID()
		nodes = append(nodes, node{num: num, id: id, long: fmt.Sprintf("BMU Tracker %03d", r.in(1, 250)), short: r.HEX(4),
			hw: "TRACKER_T1000_E", role: "TRACKER", runner: r.briton(), isRunner: true, lastHeard: unix(after(start, r.in(30, 900)))})
	}

	nodesObj := obj{}
	for _, n := range nodes {
		user := obj{
			{"id", dev(n.id)},
			{"longName", dev(n.long)},
			{"shortName", dev(n.short)},
			{"macaddr", macAddr(r.mac(":", false))},
			{"hwModel", dev(n.hw)},
			{"role", plain(n.role)},
		}
		user = append(user, field{"publicKey", decoy(r.b64(32))})
		user = append(user, field{"isLicensed", plain(false)})
		entry := obj{
			{"num", dev(n.num)},
			{"user", user},
		}
		if r.chance(0.5) {
			entry = append(entry, field{"position", obj{{"altitude", plain(r.in(180, 880))}, {"time", plain(n.lastHeard - int64(r.in(5, 400)))}, {"locationSource", plain("LOC_INTERNAL")}, {"precisionBits", plain(r.pick3(13, 16, 32))}}})
		}
		entry = append(entry,
			field{"snr", plain(float64(r.in(-80, 48)) / 4)},
			field{"lastHeard", dev(n.lastHeard)},
			field{"deviceMetrics", obj{
				{"batteryLevel", plain(r.in(12, 101))},
				{"voltage", plain(r.f1(3.4, 4.2))},
				{"uptimeSeconds", plain(r.in(600, 90000))},
			}},
			field{"hopsAway", plain(r.in(0, 3))},
		)
		if r.chance(0.3) {
			entry = append(entry, field{"viaMqtt", plain(r.chance(0.3))})
		}
		nodesObj = append(nodesObj, field{n.id, entry})
	}

	ssid := r.pick("BMU-HQ", "RaceHQ-Staff", "Neuadd-Bentref", "CrickhowellRFC-Guest", "HQ-Starlink") + r.pick("", "-2G", "_EXT")
	mqttHost := r.pick("mqtt.racehq.lan", "hq-pi.lan", "broker.internal", hqLan.host(r.in(2, 40)))
	ip := hqLan.host(r.in(50, 200))

	prefs := obj{
		{"device", obj{
			{"role", plain("ROUTER_CLIENT")},
			{"serialEnabled", plain(true)},
			{"nodeInfoBroadcastSecs", plain(10800)},
			{"rebroadcastMode", plain("ALL")},
		}},
		{"network", obj{
			{"wifiEnabled", plain(true)},
			{"wifiSsid", netw(ssid)},
			{"wifiPsk", cred(r.psk())},
			{"ntpServer", plain("meshtastic.pool.ntp.org")},
			{"ethEnabled", plain(false)},
			{"addressMode", plain("STATIC")},
			{"ipv4Config", obj{
				{"ip", netw(ipUint32LE(ip))},
				{"gateway", netw(ipUint32LE(hqLan.gw()))},
				{"subnet", netw(ipUint32LE("255.255.255.0"))},
				{"dns", netw(ipUint32LE(r.pick(hqLan.gw(), "1.1.1.1", "9.9.9.9")))},
			}},
			{"rsyslogServer", netw(hqLan.host(r.in(2, 40)) + ":514")},
		}},
		{"lora", obj{
			{"usePreset", plain(true)},
			{"modemPreset", plain(r.pick("LONG_FAST", "MEDIUM_FAST", "LONG_MODERATE"))},
			{"region", plain("EU_868")},
			{"hopLimit", plain(r.in(3, 5))},
			{"txEnabled", plain(true)},
			{"txPower", plain(27)},
			{"sx126xRxBoostedGain", plain(true)},
		}},
		{"bluetooth", obj{{"enabled", plain(true)}, {"mode", plain("FIXED_PIN")}, {"fixedPin", cred(r.in(100000, 999999))}}},
		{"security", obj{
			{"publicKey", decoy(r.b64(32))},
			{"privateKey", cred(r.b64(32))},
			{"adminKey", arr{cred(r.b64(32))}},
			{"serialEnabled", plain(true)},
			{"adminChannelEnabled", plain(false)},
		}},
	}
	modules := obj{
		{"mqtt", obj{
			{"enabled", plain(true)},
			{"address", netw(mqttHost)},
			{"username", cont(r.pick("hqgate", "racehq", "meshbridge", "bmu-ops"))},
			{"password", cred(r.password())},
			{"encryptionEnabled", plain(true)},
			{"jsonEnabled", plain(r.chance(0.5))},
			{"tlsEnabled", plain(false)},
			{"root", plain("msh/EU_868")},
			{"mapReportingEnabled", plain(false)},
		}},
		{"storeForward", obj{{"enabled", plain(true)}, {"records", plain(r.pick3(300, 500, 800))}, {"historyReturnMax", plain(100)}}},
	}
	chName := strings.ToUpper(r.pick("bmu", "ccr", "evs", "bcn", "pnt")) + r.digits(2)
	channels := arr{
		obj{{"index", plain(0)}, {"role", plain("PRIMARY")}, {"settings", obj{
			{"psk", cred(r.b64(32))},
			{"name", plain(chName)},
			{"uplinkEnabled", plain(true)},
			{"moduleSettings", obj{{"positionPrecision", plain(32)}}},
		}}},
		obj{{"index", plain(1)}, {"role", plain("SECONDARY")}, {"settings", obj{
			{"psk", decoy("AQ==")},
			{"name", plain("LongFast")},
			{"uplinkEnabled", plain(false)},
		}}},
	}
	if r.chance(0.5) {
		channels = append(channels, obj{{"index", plain(2)}, {"role", plain("SECONDARY")}, {"settings", obj{
			{"psk", cred(r.b64(16))},
			{"name", plain("medics")},
		}}})
	}

	info := obj{
		{"Owner", dev(fmt.Sprintf("%s HQ gateway (HQ%d)", strings.Fields(race)[0], r.in(1, 2)))},
		{"My info", obj{{"myNodeNum", dev(hqNum)}, {"rebootCount", plain(r.in(0, 40))}, {"minAppVersion", decoy(30200)}, {"pioEnv", dev(r.pick("heltec-v3", "tbeam", "station-g2"))}}},
		{"Metadata", obj{
			{"firmwareVersion", dev(fw)},
			{"deviceStateVersion", decoy(r.in(22, 24))},
			{"canShutdown", plain(true)},
			{"hasWifi", plain(true)},
			{"hasBluetooth", plain(true)},
			{"positionFlags", plain(811)},
			{"hwModel", dev(r.pick(hwModels[:3]...))},
			{"hasPKC", plain(true)},
		}},
		{"Nodes in mesh", nodesObj},
		{"Preferences", prefs},
		{"Module preferences", modules},
		{"Channels", channels},
		{"Primary channel URL", cred("https://meshtastic.org/e/#" + r.b64url(40))},
		{"node_id", dev(hqID)},
	}

	// tracker assignments: the race's own table
	var trackers arr
	var runners []node
	for _, n := range nodes {
		if !n.isRunner {
			continue
		}
		runners = append(runners, n)
		ec := r.briton()
		t := obj{
			{"node_id", dev(n.id)},
			{"bib", decoy(r.in(1, 420))},
			{"runner", cont(n.runner.full())},
			{"mobile", cont(r.ukMobile())},
			{"emergency_contact", obj{{"name", cont(ec.full())}, {"relation", plain(r.pick("partner", "mother", "father", "friend", "spouse", "sister"))}, {"phone", cont(r.ukMobile())}}},
		}
		med := r.pick("", "", "asthma – carries salbutamol inhaler", "type 1 diabetic, Libre sensor on left arm, carries glucose gels", "penicillin allergy", "previous heat exhaustion (2022)", "on levothyroxine 75mcg", "epilepsy, well controlled on lamotrigine", "wasp sting allergy – EpiPen in race vest")
		if med == "" {
			t = append(t, field{"medical", nullDecoy()})
		} else {
			t = append(t, field{"medical", hlth(med)})
		}
		if r.chance(0.5) {
			t = append(t, field{"blood_group", hlth(r.pick("O+", "A+", "B+", "O-", "A-", "AB+"))})
		}
		t = append(t,
			field{"tracker_model", dev(r.pick("Seeed SenseCAP T1000-E", "Seeed T1000-E"))},
			field{"tracker_serial", dev(r.serial("T1000E", 10))},
			field{"tracker_sku", decoy("1139905" + r.digits(2))},
			field{"issued_at", plain(iso(after(start, -r.in(30, 200))))},
			field{"deposit_paid", plain(r.chance(0.8))},
			field{"shirt_size", decoy(r.pick("XS", "S", "M", "L", "XL"))},
		)
		trackers = append(trackers, t)
	}

	// messages received on the mesh
	var msgs arr
	nMsg := r.in(3, 6)
	for i := 0; i < nMsg; i++ {
		from := nodes[r.IntN(len(nodes))]
		cp := r.in(1, nCP)
		var text leaf
		switch r.IntN(8) {
		case 0:
			rn := runners[r.IntN(len(runners))]
			text = prose(p(fmt.Sprintf("CP%d: runner %d (", cp, r.in(1, 420))), p(rn.runner.first, contactC), p(") retired, "), p(r.pick("knee pain", "rolled ankle", "vomiting, can't keep fluids down", "hypothermic, shivering badly", "chest pain – medic called"), healthC), p(", picked up by sweep"))
		case 1:
			text = prose(p("HQ: medic to CP"+fmt.Sprint(cp)+", runner "+fmt.Sprint(r.in(1, 420))+" "), p(r.pick("hypo, BG 3.1", "asthma attack, used inhaler x4", "HR 180+ at rest, dizzy", "SpO2 89% and confused"), healthC))
		case 2:
			text = prose(p(fmt.Sprintf("wifi at CP%d is ", cp)), p(r.pick("CP-Hut", "Neuadd-Guest", "BMU-CP")+fmt.Sprint(cp), netC), p(" / pw "), p(r.psk(), credC), p(" if your phone can't send"))
		case 3:
			text = prose(p(fmt.Sprintf("all good at CP%d, %d through, soup running low", cp, r.in(5, 80))))
		case 4:
			text = prose(p("HQ: mqtt broker back up on "), p(hqLan.host(r.in(2, 40)), netC), p(", re-join if you dropped"))
		case 5:
			m := r.welsh()
			text = prose(p("call "), p(m.first, contactC), p(" on "), p(r.ukMobile(), contactC), p(" – she has the spare stretcher"))
		case 6:
			text = prose(p(fmt.Sprintf("SW1 at grid ref checkpoint %d, fog down to %dm, runners grouping", cp, r.in(300, 600))))
		default:
			text = prose(p("tracker "), p(runners[r.IntN(len(runners))].id, devC), p(" battery 9%, swapping at CP"+fmt.Sprint(cp)))
		}
		to := plain("^all")
		if r.chance(0.3) {
			to = dev(fmt.Sprintf("!%08x", hqNum))
		}
		msgs = append(msgs, obj{
			{"id", decoy(r.Uint32())},
			{"rx_time", plain(unix(after(start, r.in(20, 800))))},
			{"from", dev(from.id)},
			{"to", to},
			{"channel", plain(r.in(0, 1))},
			{"rx_snr", plain(float64(r.in(-60, 40)) / 4)},
			{"hop_start", plain(3)},
			{"hop_limit", plain(r.in(0, 3))},
			{"text", text},
		})
	}

	return obj{
		{"race", obj{{"name", plain(race)}, {"edition", plain(r.in(2, 11))}, {"start", plain(iso(start))}, {"runners_registered", plain(r.in(80, 420))}}},
		{"exported_at", plain(iso(after(start, r.in(900, 1400))))},
		{"cli_version", decoy(fmt.Sprintf("2.%d.%d", r.in(3, 5), r.in(0, 15)))},
		{"hq_node", info},
		{"trackers", trackers},
		{"messages", msgs},
	}
}
