package blindset17

import "fmt"

// carehomeZabbix: a care-home group's managed-service provider exported
// the hosts of one home from Zabbix (configuration.export, JSON format,
// 6.x): host groups, hosts with SNMP or agent interfaces (IP, DNS, port,
// SNMPv3 security name and passphrases, or a community), user macros with
// secrets and placeholders, templates, items, and the host inventory the
// engineers filled in by hand (type, model, vendor, serial, MAC, firmware,
// location, contact, site address, notes that name residents and their
// needs).
func carehomeZabbix(r *rng) any {
	l := r.lan()
	home := r.pick("Oakfield House", "Willowbank Lodge", "The Laurels", "Heatherdene Court", "Maple Grange")
	slug := map[string]string{"Oakfield House": "oakfield", "Willowbank Lodge": "willowbank", "The Laurels": "laurels", "Heatherdene Court": "heatherdene", "Maple Grange": "maplegrange"}[home]
	dom := slug + ".carehomes.internal"
	addr := r.ukAddress()
	manager := r.english()
	group := "Care homes/" + home

	macro := func(name string, v leaf, desc string) obj {
		return obj{{"macro", plain(name)}, {"value", v}, {"description", plain(desc)}}
	}
	item := func(name, key, units string) obj {
		return obj{{"uuid", decoy(r.hex(32))}, {"name", plain(name)}, {"key", plain(key)}, {"delay", plain(r.pick("1m", "5m", "30s"))}, {"history", plain("31d")}, {"units", plain(units)}}
	}
	snmpIf := func(ip string) obj {
		if r.chance(0.5) {
			return obj{
				{"type", plain("SNMP")}, {"ip", netw(ip)}, {"dns", plain("")}, {"port", netw("161")}, {"useip", plain("YES")},
				{"details", obj{{"version", plain("SNMPV2")}, {"community", decoy("{$SNMP_COMMUNITY}")}}},
			}
		}
		return obj{
			{"type", plain("SNMP")}, {"ip", netw(ip)}, {"dns", plain("")}, {"port", netw("161")}, {"useip", plain("YES")},
			{"details", obj{
				{"version", plain("SNMPV3")},
				{"securityname", cont(r.pick("zbx-monitor", "msp-snmp", "monitor"))},
				{"securitylevel", plain("AUTHPRIV")},
				{"authprotocol", plain("SHA256")},
				{"authpassphrase", cred(r.password())},
				{"privprotocol", plain("AES128")},
				{"privpassphrase", cred(r.password())},
			}},
		}
	}
	contactLeaf := func() leaf {
		return joined(p(manager.full(), contactC), p(" (home manager) "), p(r.ukMobile(), contactC))
	}
	siteInv := func(inv obj) obj {
		return append(inv,
			field{"location", plain(r.pick("Ground floor comms cupboard", "Nurses' station", "Office behind reception", "First floor landing"))},
			field{"contact", contactLeaf()},
			field{"poc_1_name", cont(manager.full())},
			field{"poc_1_email", cont(r.email(manager.first, manager.last))},
			field{"poc_1_phone_a", cont(r.ukMobile())},
			field{"site_address_a", cont(addr.street)},
			field{"site_city", cont(addr.town)},
			field{"site_zip", cont(addr.postcode)},
			field{"site_country", decoy("United Kingdom")},
		)
	}

	resident := func() string { return r.pick("Mrs ", "Mr ") + r.english().last }
	var hosts arr

	// nurse-call gateway, always
	ncIP := l.host(r.in(10, 40))
	ncFw := r.pick(r.semver(), r.ipShapedFw())
	ncFwLeaf := dev(ncFw)
	if len(ncFw) > 0 && countDots(ncFw) == 3 {
		ncFwLeaf = fwIP(ncFw)
	}
	var ncNotes leaf
	switch r.IntN(3) {
	case 0:
		ncNotes = prose(p("Room 12 pendant reassigned to "), p(resident(), contactC), p(" ("), p(r.pick("dementia, high falls risk", "Parkinson's, bed-exit mat", "post-stroke, left-side weakness"), healthC), p("). Bed-exit sensor on input 4."))
	case 1:
		ncNotes = prose(p("Gateway reboots nightly at 03:00. Support PIN for the vendor line is "), p(r.digits(6), credC), p("."))
	default:
		ncNotes = prose(p("Replaced PSU under warranty, see ticket 4471."))
	}
	hosts = append(hosts, obj{
		{"uuid", decoy(r.hex(32))},
		{"host", netw("nursecall-gw." + dom)},
		{"name", plain(home + " – nurse call gateway")},
		{"templates", arr{obj{{"name", plain("Generic by SNMP")}}}},
		{"groups", arr{obj{{"name", plain(group)}}}},
		{"interfaces", arr{snmpIf(ncIP)}},
		{"macros", arr{
			macro("{$NURSECALL.API.TOKEN}", cred(r.alnum(40)), "Vendor cloud API"),
			macro("{$ICMP_LOSS_WARN}", plain("20"), ""),
		}},
		{"items", arr{item("Call queue length", "nursecall.queue", ""), item("Gateway uptime", "system.uptime", "s")}},
		{"inventory_mode", plain("MANUAL")},
		{"inventory", siteInv(obj{
			{"type", dev("Nurse call gateway")},
			{"name", dev(home + " NC gateway")},
			{"vendor", dev(r.pick("Courtney Thorne", "Aid Call", "Intercall"))},
			{"model", dev(r.pick("Touch Pro GW-300", "Aid Call Gateway 360", "Intercall 700 IP Bridge"))},
			{"serialno_a", dev(r.serial("NC", 9))},
			{"macaddress_a", macAddr(r.mac(":", true))},
			{"software_full", ncFwLeaf},
			{"notes", ncNotes},
		})},
		{"description", prose(p("Monitored by the MSP since " + fmt.Sprint(r.in(2019, 2023)) + "."))},
	})

	// wireless controller or AP
	wIP := l.host(r.in(41, 70))
	ssid := r.pick(slug+"-Staff", slug+"-Residents", "CareHome-Guest", slug+"-IoT")
	hosts = append(hosts, obj{
		{"uuid", decoy(r.hex(32))},
		{"host", netw("wlc." + dom)},
		{"name", plain(home + " – Wi-Fi controller")},
		{"templates", arr{obj{{"name", plain("Ubiquiti AirOS by SNMP")}}}},
		{"groups", arr{obj{{"name", plain(group)}}}},
		{"interfaces", arr{snmpIf(wIP)}},
		{"macros", arr{
			macro("{$WIFI.SSID.STAFF}", netw(ssid), "checked by the web scenario"),
			macro("{$WIFI.PSK.STAFF}", cred(r.psk()), "for the engineers on site"),
			macro("{$GUEST.VLAN}", netw(fmt.Sprint(r.in(20, 99))), ""),
		}},
		{"items", arr{item("Associated clients", "wlan.clients", ""), item("CPU load", "system.cpu.load", "%")}},
		{"inventory_mode", plain("MANUAL")},
		{"inventory", siteInv(obj{
			{"type", dev("Wireless controller")},
			{"vendor", dev("Ubiquiti")},
			{"model", dev(r.pick("UniFi Cloud Key Gen2 Plus", "UniFi Dream Machine Pro", "UniFi Express"))},
			{"serialno_a", dev(r.HEX(12))},
			{"macaddress_a", macAddr(r.mac(":", false))},
			{"software_full", fwIP(r.ipShapedFw())},
			{"notes", prose(p("Guest network isolated from the care VLAN."))},
		})},
		{"description", plain("")},
	})

	// one more: NVR or falls-sensor hub
	if r.chance(0.5) {
		nIP := l.host(r.in(71, 100))
		hosts = append(hosts, obj{
			{"host", netw("nvr." + dom)},
			{"name", plain(home + " – CCTV recorder")},
			{"templates", arr{obj{{"name", plain("ICMP Ping")}}}},
			{"groups", arr{obj{{"name", plain(group)}}}},
			{"interfaces", arr{obj{{"type", plain("AGENT")}, {"ip", netw(nIP)}, {"dns", plain("")}, {"port", netw("10050")}, {"useip", plain("YES")}}}},
			{"macros", arr{
				macro("{$RTSP.URL}", tag(fmt.Sprintf("rtsp://admin:%s@%s:554/Streaming/Channels/101", r.password(), nIP), credC, netC), "lounge camera"),
			}},
			{"items", arr{item("Disk free", "vfs.fs.size[/,pfree]", "%")}},
			{"inventory_mode", plain("MANUAL")},
			{"inventory", siteInv(obj{
				{"type", dev("NVR")},
				{"vendor", dev("Hikvision")},
				{"model", dev(r.pick("DS-7608NI-K2/8P", "DS-7616NXI-I2/16P/S"))},
				{"serialno_a", dev(r.serial("DS-7608NI-K2", 16))},
				{"macaddress_a", macAddr(r.mac(":", false))},
				{"software_full", dev(fmt.Sprintf("V4.%d.%d build 2%05d", r.in(30, 80), r.in(0, 99), r.in(0, 99999)))},
				{"notes", prose(p("Cameras in lounge and corridors only, not in rooms."))},
			})},
			{"description", plain("")},
		})
	} else {
		hIP := l.host(r.in(101, 130))
		var hubNotes leaf
		if r.chance(0.7) {
			hubNotes = prose(p("Mat sensors: room 3 "), p(resident(), contactC), p(", room 8 "), p(resident(), contactC), p(" ("), p(r.pick("epilepsy, night seizures", "COPD, oxygen at night", "frequent falls, hip fracture 2023"), healthC), p("). Hub MAC "), pmac(r.mac(":", true)), p("."))
		} else {
			hubNotes = prose(p("Zigbee channel 20, coordinator on USB."))
		}
		hosts = append(hosts, obj{
			{"host", netw("sensorhub." + dom)},
			{"name", plain(home + " – falls sensor hub")},
			{"templates", arr{obj{{"name", plain("Linux by Zabbix agent")}}}},
			{"groups", arr{obj{{"name", plain(group)}}}},
			{"interfaces", arr{obj{{"type", plain("AGENT")}, {"ip", netw(hIP)}, {"dns", netw("sensorhub." + dom)}, {"port", netw("10050")}, {"useip", plain("NO")}}}},
			{"macros", arr{
				macro("{$MQTT.USER}", cont("sensorhub"), ""),
				macro("{$MQTT.PASSWORD}", cred(r.password()), ""),
				macro("{$MQTT.PASSWORD.MIN_LENGTH}", decoy("12"), "policy check"),
			}},
			{"items", arr{item("Sensors offline", "hub.sensors.offline", ""), item("Last event age", "hub.lastevent.age", "s")}},
			{"inventory_mode", plain("MANUAL")},
			{"inventory", siteInv(obj{
				{"type", dev("Falls sensor hub")},
				{"vendor", dev("Raspberry Pi")},
				{"model", dev("Raspberry Pi 4 Model B")},
				{"serialno_a", dev("10000000" + r.hex(8))},
				{"macaddress_a", macAddr(r.mac(":", false))},
				{"software_full", decoy("Zigbee2MQTT " + r.semver())},
				{"notes", hubNotes},
			})},
			{"description", plain("")},
		})
	}

	return obj{{"zabbix_export", obj{
		{"version", decoy(r.pick("6.0", "6.4", "7.0"))},
		{"host_groups", arr{obj{{"uuid", decoy(r.hex(32))}, {"name", plain(group)}}}},
		{"hosts", hosts},
	}}}
}

func countDots(s string) int {
	n := 0
	for _, c := range s {
		if c == '.' {
			n++
		}
	}
	return n
}
