package blindset16

import (
	"fmt"
	"strings"
)

// gpSnmpwalk: a GP surgery's IT contractor walked every SNMP agent on the
// practice LAN and kept the result as JSON keyed by numeric OIDs, with no
// MIB names ({"type", "value"} per OID): the core switch (system group,
// interfaces, IP and ARP tables, VLAN names, entity MIB), the printer, the
// UPS, the NAS and the wireless controller with its APs and clients.
func gpSnmpwalk(r *rng) any {
	t0 := r.when()
	l := r.lan()
	it := r.briton()
	practice := r.pick("Meddygfa Heol y Nant", "Riverside Medical Practice", "Llys Meddyg Surgery", "Canolfan Iechyd y Bont")
	dom := r.pick("surgery.lan", "meddygfa.internal", "practice.lan")
	v := func(typ string, val leaf) obj { return obj{{"type", plain(typ)}, {"value", val}} }
	hexMac := func() string { return strings.ReplaceAll(r.mac(" ", true), ":", " ") }

	var hosts arr
	used := map[int]bool{}
	hostIP := func() string {
		for {
			n := r.in(2, 60)
			if !used[n] {
				used[n] = true
				return l.host(n)
			}
		}
	}

	// the core switch, always there
	swIP := hostIP()
	sw := obj{
		{"1.3.6.1.2.1.1.1.0", v("STRING", dev(r.pick(
			"Cisco IOS Software, C1000 Software (C1000-UNIVERSALK9-M), Version 15.2(7)E8, RELEASE SOFTWARE (fc3)",
			"HPE OfficeConnect Switch 1920S 24G 2SFP PPoE+ JL384A, PD.02.22",
			"Netgear GS724TPv2 ProSAFE 24-port Gigabit Smart Switch, 6.0.6.3")))},
		{"1.3.6.1.2.1.1.2.0", v("OID", decoy("1.3.6.1.4.1.9.1."+fmt.Sprint(r.in(2000, 3000))))},
		{"1.3.6.1.2.1.1.3.0", v("Timeticks", plain(r.in(100000, 900000000)))},
		{"1.3.6.1.2.1.1.4.0", v("STRING", joined(p(it.full(), contactC), p(" <"), p(r.email(it.first, it.last), contactC), p(">")))},
		{"1.3.6.1.2.1.1.5.0", v("STRING", netw("sw-core."+dom))},
		{"1.3.6.1.2.1.1.6.0", v("STRING", plain(r.pick("Comms cupboard, 1st floor", "Server room", "Under reception desk")))},
	}
	for i := 1; i <= r.in(2, 3); i++ {
		sw = append(sw,
			field{fmt.Sprintf("1.3.6.1.2.1.2.2.1.2.%d", i), v("STRING", plain(fmt.Sprintf("GigabitEthernet1/0/%d", i)))},
			field{fmt.Sprintf("1.3.6.1.2.1.2.2.1.5.%d", i), v("Gauge32", plain(1000000000))},
			field{fmt.Sprintf("1.3.6.1.2.1.2.2.1.6.%d", i), v("Hex-STRING", macAddr(hexMac()))},
		)
	}
	sw = append(sw,
		field{"1.3.6.1.2.1.4.20.1.1." + swIP, v("IpAddress", netw(swIP))},
		field{"1.3.6.1.2.1.4.20.1.3." + swIP, v("IpAddress", netw("255.255.255.0"))},
		field{"1.3.6.1.2.1.4.21.1.7.0.0.0.0", v("IpAddress", netw(l.gw()))},
	)
	for i := 0; i < r.in(2, 4); i++ {
		ip := l.host(100 + 35*i + r.in(0, 34))
		sw = append(sw,
			field{fmt.Sprintf("1.3.6.1.2.1.4.22.1.2.%d.%s", r.in(1, 3), ip), v("Hex-STRING", macAddr(hexMac()))},
		)
	}
	clinVLAN, voiceVLAN := r.in(10, 40), r.in(41, 90)
	sw = append(sw,
		field{fmt.Sprintf("1.3.6.1.2.1.17.7.1.4.3.1.1.%d", clinVLAN), v("STRING", plain("CLINICAL"))},
		field{fmt.Sprintf("1.3.6.1.2.1.17.7.1.4.3.1.1.%d", voiceVLAN), v("STRING", plain("VOICE"))},
		field{"1.3.6.1.2.1.47.1.1.1.1.11.1", v("STRING", dev(r.serial("FOC", 8)))},
		field{"1.3.6.1.2.1.47.1.1.1.1.13.1", v("STRING", dev(r.pick("C1000-24P-4G-L", "JL384A", "GS724TPv2")))},
		field{"1.3.6.1.6.3.10.2.1.1.0", v("Hex-STRING", decoy("80 00 00 09 03 "+strings.ToUpper(r.mac(" ", true))))},
	)
	hosts = append(hosts, obj{{"ip", netw(swIP)}, {"oids", sw}})

	for _, k := range r.Perm(4)[:r.in(1, 3)] {
		ip := hostIP()
		var oids obj
		switch k {
		case 0: // printer
			mac := r.mac("", true)
			oids = obj{
				{"1.3.6.1.2.1.1.1.0", v("STRING", dev(r.pick("Brother NC-8800w, Firmware Ver.1.05  (21.02.18),MID 8CE-G21,FID 2", "HP ETHERNET MULTI-ENVIRONMENT,ROM none,JETDIRECT,JD153,EEPROM JSI24090012", "Canon iR-ADV C3826 /P")))},
				{"1.3.6.1.2.1.1.5.0", v("STRING", netw("BRW"+mac))},
				{"1.3.6.1.2.1.25.3.2.1.3.1", v("STRING", dev(r.pick("Brother HL-L8360CDW series", "HP LaserJet Pro M404dn", "Canon iR-ADV C3826")))},
				{"1.3.6.1.2.1.43.5.1.1.17.1", v("STRING", dev(r.serial("E7", 13)))},
				{"1.3.6.1.2.1.43.10.2.1.4.1.1", v("Counter32", plain(r.in(1000, 400000)))},
				{"1.3.6.1.2.1.43.11.1.1.6.1.1", v("STRING", decoy(r.pick("TN-247BK", "CF259A", "T09 BK", "TN-2420")))},
				{"1.3.6.1.2.1.2.2.1.6.1", v("Hex-STRING", macAddr(hexMac()))},
			}
		case 1: // UPS
			oids = obj{
				{"1.3.6.1.2.1.33.1.1.1.0", v("STRING", dev(r.pick("APC", "Eaton", "CyberPower")))},
				{"1.3.6.1.2.1.33.1.1.2.0", v("STRING", dev(r.pick("Smart-UPS 1500", "5PX 1500i RT2U", "PR1500ELCD")))},
				{"1.3.6.1.2.1.33.1.1.3.0", v("STRING", dev(r.pick("UPS 09.8 / ID=18", "03.08.0018", "1.2.0.4")))},
				{"1.3.6.1.2.1.33.1.1.4.0", v("STRING", dev(r.pick("AOS 7.0.4", "Network-M2 2.0.5", "RMCARD205 1.2.3")))},
				{"1.3.6.1.2.1.33.1.2.1.0", v("INTEGER", plain(2))},
				{"1.3.6.1.2.1.33.1.2.3.0", v("INTEGER", plain(r.in(8, 90)))},
				{"1.3.6.1.2.1.33.1.2.7.0", v("INTEGER", plain(r.in(21, 38)))},
			}
		case 2: // NAS
			oids = obj{
				{"1.3.6.1.2.1.1.5.0", v("STRING", netw(r.pick("nas01", "backup-nas", "ds920")))},
				{"1.3.6.1.4.1.6574.1.1.0", v("INTEGER", plain(1))},
				{"1.3.6.1.4.1.6574.1.2.0", v("INTEGER", plain(r.in(30, 55)))},
				{"1.3.6.1.4.1.6574.1.5.1.0", v("STRING", dev(r.pick("DS920+", "DS220+", "RS820+")))},
				{"1.3.6.1.4.1.6574.1.5.2.0", v("STRING", dev(r.serial("2", 12)))},
				{"1.3.6.1.4.1.6574.1.5.3.0", v("STRING", dev(fmt.Sprintf("DSM 7.2.1-69057 Update %d", r.in(1, 6))))},
				{"1.3.6.1.4.1.6574.2.1.1.3.0", v("STRING", dev(r.pick("WD40EFZX-68AWUN0", "ST4000VN006-3CW104")))},
				{"1.3.6.1.4.1.6574.1.4.2.0", v("INTEGER", decoy(r.in(0, 1)))},
				{"1.3.6.1.2.1.25.6.3.1.2.1", v("STRING", decoy(fmt.Sprintf("openssl-3.0.%d", r.in(8, 14))))},
				{"1.3.6.1.2.1.25.6.3.1.2.2", v("STRING", decoy(fmt.Sprintf("Synology Photos %d.%d.%d-%d", r.in(1, 1), r.in(5, 7), r.in(0, 3), r.in(500, 900))))},
			}
		default: // wireless controller with APs and clients
			oids = obj{
				{"1.3.6.1.2.1.1.1.0", v("STRING", dev("Cisco Controller"))},
				{"1.3.6.1.2.1.1.5.0", v("STRING", netw("wlc."+dom))},
				{"1.3.6.1.4.1.14179.2.1.1.1.2.1", v("STRING", netw(r.pick("Practice-Staff", "Meddygfa-Staff", "GP-Clinical")))},
				{"1.3.6.1.4.1.14179.2.1.1.1.2.2", v("STRING", netw(r.pick("Patients-WiFi", "Cleifion", "Waiting-Room")))},
			}
			for i := 0; i < r.in(1, 2); i++ {
				apOID := fmt.Sprintf("%d.%d.%d.%d.%d.%d", r.in(0, 255), r.in(0, 255), r.in(0, 255), r.in(0, 255), r.in(0, 255), r.in(0, 255))
				oids = append(oids,
					field{"1.3.6.1.4.1.14179.2.2.1.1.3." + apOID, v("STRING", dev(r.pick("AP-Reception", "AP-Waiting", "AP-Room3", "AP-Nurses")))},
					field{"1.3.6.1.4.1.14179.2.2.1.1.16." + apOID, v("STRING", dev(r.pick("AIR-AP1832I-E-K9", "C9120AXI-E", "AIR-AP1815W-E-K9")))},
					field{"1.3.6.1.4.1.14179.2.2.1.1.31." + apOID, v("STRING", fwIP(fmt.Sprintf("8.10.%d.%d", r.in(100, 190), r.in(0, 9))))},
					field{"1.3.6.1.4.1.14179.2.2.1.1.33." + apOID, v("Hex-STRING", macAddr(hexMac()))},
				)
			}
			for i := 0; i < r.in(1, 3); i++ {
				clOID := fmt.Sprintf("%d.%d.%d.%d.%d.%d", r.in(0, 255), r.in(0, 255), r.in(0, 255), r.in(0, 255), r.in(0, 255), r.in(0, 255))
				u := r.briton()
				oids = append(oids,
					field{"1.3.6.1.4.1.14179.2.1.4.1.1." + clOID, v("Hex-STRING", macAddr(hexMac()))},
					field{"1.3.6.1.4.1.14179.2.1.4.1.2." + clOID, v("IpAddress", netw(l.host(r.in(100, 240))))},
					field{"1.3.6.1.4.1.14179.2.1.4.1.3." + clOID, v("STRING", cont(strings.ToLower(string([]rune(u.first)[:1])+ascii(u.last))))},
				)
			}
		}
		hosts = append(hosts, obj{{"ip", netw(ip)}, {"oids", oids}})
	}

	var note leaf
	switch r.IntN(3) {
	case 0:
		note = prose(p("Walk of "), p(l.cidr(), netC), p(" for the DSPT audit at "+practice+"; community string still default on the printer."))
	case 1:
		note = prose(p("Switch contact is "), p(it.first, contactC), p(" ("), p(r.ukMobile(), contactC), p(") – out of hours only."))
	default:
		note = prose(p("Quarterly inventory walk, no changes since last quarter."))
	}
	return obfuscated(obj{
		{"run", obj{
			{"tool", decoy(fmt.Sprintf("snmpwalk-json %d.%d.%d", r.in(0, 1), r.in(1, 9), r.in(0, 9)))},
			{"version", plain("2c")},
			{"community", cred(r.pick("public-", "gp", "mon") + r.alnum(8))},
			{"v3", obj{{"user", cont(r.pick("monitor", "nms", strings.ToLower(ascii(it.first))))}, {"auth_proto", plain("SHA")}, {"auth_key", cred(r.password())}, {"priv_proto", plain("AES")}, {"priv_key", cred(r.password())}}},
			{"started", plain(iso(t0))},
			{"target", netw(l.cidr())},
			{"timeout_ms", plain(1000)},
			{"note", note},
		}},
		{"hosts", hosts},
	})
}
