package blindset23

import "fmt"

// urgentcareMeraki: an urgent-care chain's managed-service provider pulls
// one clinic's network through the Meraki Dashboard API v1 for its
// inventory (organisation, network, devices with statuses, SSIDs,
// appliance VLANs, clients, admins, syslog and webhook servers) and keeps
// its own ticket note beside it.
func urgentcareMeraki(r *rng) any {
	t := r.when()
	brand := r.pick("Brightwater", "Summit Ridge", "Northfork", "Lakeshore", "Clearwater")
	town := r.pick("Bozeman", "Bend", "Duluth", "Bangor", "Ames", "Santa Fe")
	op := r.english()
	clin := r.lan()
	guest := r.lan()
	lat, lng := float64(r.in(350000, 470000))/10000, -float64(r.in(680000, 1220000))/10000

	header := obj{
		{"script", plain("meraki-pull.py")},
		{"scriptVersion", decoy(r.semver())},
		{"operator", cont(op.full())},
		{"operatorEmail", cont(r.email(op))},
		{"pulledAt", plain(iso(t))},
		{"exportTarget", cred(r.azureConn(r.pick("mspexports", "bwucbackup", "invsnapshots")))},
	}
	request := obj{
		{"baseUrl", plain("https://api.meraki.com/api/v1")},
		{"headers", obj{
			{"X-Cisco-Meraki-API-Key", cred(r.hex(40))},
			{"User-Agent", decoy("python-meraki/" + r.semver() + " MSPInventory")},
			{"Accept", plain("application/json")},
		}},
	}
	netID := "L_" + r.digits(18)
	network := obj{
		{"id", decoy(netID)},
		{"organizationId", plain(r.digits(6))},
		{"name", plain(brand + " UC - " + town)},
		{"productTypes", arr{plain("appliance"), plain("switch"), plain("wireless"), plain("camera")}},
		{"timeZone", plain(r.pick("America/Denver", "America/Los_Angeles", "America/Chicago", "America/New_York"))},
		{"tags", arr{plain("clinic"), plain(r.pick("hipaa", "pci", "tier2"))}},
		{"isBoundToConfigTemplate", plain(false)},
	}

	type devSpec struct{ kind, model, fw, prefix string }
	specs := []devSpec{
		{"appliance", r.pick("MX67", "MX68", "MX75"), "MX " + r.pick("18.107.10", "18.211.2", "19.1.4"), "FW"},
		{"wireless", r.pick("MR36", "MR44", "MR46", "CW9162I"), r.pick("wireless-29-7", "wireless-30-6", "MR 30.7.1"), "AP"},
		{"switch", r.pick("MS120-8LP", "MS130-12X", "MS125-24P"), r.pick("switch-16-8", "switch-17-1"), "SW"},
		{"camera", r.pick("MV12W", "MV2", "MV13"), r.pick("camera-5-3", "camera-6-1"), "CAM"},
	}
	n := r.in(2, 4)
	devices := arr{}
	var apSerial string
	for i := 0; i < n; i++ {
		s := specs[i]
		serial := fmt.Sprintf("Q2%s-%s-%s", r.from(upperNum, 2), r.from(upperNum, 4), r.from(upperNum, 4))
		if s.kind == "wireless" {
			apSerial = serial
		}
		room := r.pick("Lobby", "Exam2", "Triage", "XRay", "Lab", "Break")
		d := obj{
			{"name", dev(s.prefix + "-" + room)},
			{"serial", dev(serial)},
			{"mac", macAddr(r.mac(":", false))},
			{"model", dev(s.model)},
			{"productType", dev(s.kind)},
			{"networkId", decoy(netID)},
			{"lanIp", netw(clin.host(2 + i))},
			{"firmware", dev(s.fw)},
			{"lat", decoy(lat)},
			{"lng", decoy(lng)},
			{"status", plain(r.pick("online", "online", "alerting"))},
			{"lastReportedAt", dev(isoMs(after(t, -r.in(1, 300))))},
		}
		if s.kind == "appliance" {
			d = append(d, field{"publicIp", netw(r.wan())}, field{"gateway", netw(r.wan())}, field{"primaryDns", netw(r.pick("1.1.1.1", "8.8.8.8", "9.9.9.9"))})
		}
		devices = append(devices, d)
	}

	staffSSID := r.pick("BWUC-Staff", "UC-Clinical", brand+"-Corp", "Clinic-Staff")
	radius := clin.host(r.in(10, 20))
	ssids := arr{
		obj{
			{"number", plain(0)},
			{"name", netw(staffSSID)},
			{"enabled", plain(true)},
			{"authMode", plain("8021x-radius")},
			{"encryptionMode", plain("wpa-eap")},
			{"radiusServers", arr{obj{{"host", netw(radius)}, {"port", netw(1812)}, {"secret", cred(r.password())}}}},
			{"defaultVlanId", netw(r.pickInt(10, 20, 30))},
			{"visible", decoy(r.chance(0.5))},
			{"bandSelection", plain("5 GHz band only")},
		},
		obj{
			{"number", plain(1)},
			{"name", netw(r.pick(brand+" Guest", "Patient-WiFi", brand+"-Visitors"))},
			{"enabled", plain(true)},
			{"authMode", plain("psk")},
			{"psk", cred(r.psk())},
			{"encryptionMode", plain("wpa")},
			{"wpaEncryptionMode", plain("WPA2 only")},
			{"splashPage", plain("Click-through splash page")},
			{"defaultVlanId", netw(r.pickInt(40, 50, 99))},
			{"perClientBandwidthLimitDown", decoy(r.pickInt(0, 5120, 10240))},
		},
	}

	printer := clin.host(r.in(30, 40))
	vlans := arr{
		obj{
			{"id", netw(r.pickInt(10, 20, 30))},
			{"name", plain("Clinical")},
			{"subnet", netw(clin.cidr())},
			{"applianceIp", netw(clin.gw())},
			{"dhcpHandling", plain("Run a DHCP server")},
			{"dhcpLeaseTime", plain("1 day")},
			{"reservedIpRanges", arr{obj{{"start", netw(clin.host(200))}, {"end", netw(clin.host(220))}, {"comment", plain("printers and analyzers")}}}},
			{"fixedIpAssignments", obj{
				{r.mac(":", false), obj{{"ip", netw(printer)}, {"name", dev(r.pick("Lobby printer", "Lab analyzer", "XRay workstation"))}}},
			}},
		},
	}
	if r.chance(0.6) {
		vlans = append(vlans, obj{
			{"id", netw(r.pickInt(40, 50, 99))},
			{"name", plain("Guest")},
			{"subnet", netw(guest.cidr())},
			{"applianceIp", netw(guest.gw())},
			{"dhcpHandling", plain("Run a DHCP server")},
			{"dnsNameservers", plain("upstream_dns")},
		})
	}

	clients := arr{}
	nc := r.in(2, 3)
	for i := 0; i < nc; i++ {
		staff := r.english()
		var c obj
		switch r.IntN(3) {
		case 0:
			c = obj{
				{"description", netw("DESKTOP-" + r.from(upperNum, 7))},
				{"os", dev(r.pick("Windows 11", "Windows 10"))},
				{"manufacturer", dev(r.pick("Dell", "HP", "Lenovo"))},
				{"user", cont(r.pick("BWUC\\", "UC\\", "") + ascii(staff.latFirst()[:1]+staff.latLast()))},
				{"ssid", nullDecoy()},
			}
		case 1:
			c = obj{
				{"description", netw(r.pick("Galaxy-Tab-A9", "iPad", "Zebra-TC52", "ET40"))},
				{"os", dev(r.pick("Android 14", "iPadOS 17.5.1", "Android 13"))},
				{"manufacturer", dev(r.pick("Samsung", "Apple", "Zebra Technologies"))},
				{"user", cont(r.email(staff))},
				{"ssid", netw(staffSSID)},
			}
		default:
			c = obj{
				{"description", netw(r.pick("NPI", "HP", "BRN") + r.HEX(6))},
				{"os", nullDecoy()},
				{"manufacturer", dev(r.pick("Hewlett Packard", "Brother", "Welch Allyn"))},
				{"user", nullDecoy()},
				{"ssid", nullDecoy()},
			}
		}
		c = append(obj{
			{"id", plain("k" + r.from(lowerNum, 6))},
			{"mac", macAddr(r.mac(":", false))},
			{"ip", netw(clin.host(r.in(50, 199)))},
			{"vlan", netw(r.pickInt(10, 20, 30))},
		}, c...)
		c = append(c,
			field{"firstSeen", plain(iso(after(t, -r.in(5000, 90000))))},
			field{"lastSeen", dev(iso(after(t, -r.in(1, 600))))},
			field{"usage", obj{{"sent", plain(r.in(100, 900000))}, {"recv", plain(r.in(100, 9000000))}}},
			field{"status", plain(r.pick("Online", "Offline"))},
		)
		if apSerial != "" && r.chance(0.5) {
			c = append(c, field{"recentDeviceSerial", dev(apSerial)})
		}
		clients = append(clients, c)
	}

	admins := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		a := r.english()
		admins = append(admins, obj{
			{"id", plain(r.digits(18))},
			{"name", cont(a.full())},
			{"email", cont(r.email(a))},
			{"authenticationMethod", plain("Email")},
			{"orgAccess", plain(r.pick("full", "read-only"))},
			{"accountStatus", plain("ok")},
			{"twoFactorAuthEnabled", decoy(r.chance(0.7))},
			{"hasApiKey", decoy(r.chance(0.5))},
			{"lastActive", plain(iso(after(t, -r.in(60, 20000))))},
		})
	}

	pt := r.english()
	dr := r.english()
	mac := r.mac(":", true)
	var note leaf
	switch r.IntN(3) {
	case 0:
		note = prose(p("Dr "), p(dr.last, contactC), p(" asked to pin the Welch Allyn Connex vitals monitor to "), p(printer, netC), p(" ("), pmac(mac), p(") so the EHR interface stops dropping. Done, reservation added."))
	case 1:
		note = prose(p("Lobby kiosk printed "), p(pt.full(), contactC), p("'s discharge papers ("), p(r.pick("asthma exacerbation", "UTI, started nitrofurantoin", "sprained ankle, ibuprofen 600 mg"), healthC), p(") on the guest printer. Moved printer to VLAN 10, told practice manager "), p(op.first, contactC), p("."))
	default:
		note = prose(p("Quarterly check: firmware current, no rogue APs, guest isolation verified. Nothing to report."))
	}

	return obj{
		{"export", header},
		{"request", request},
		{"network", network},
		{"devices", devices},
		{"ssids", ssids},
		{"applianceVlans", vlans},
		{"clients", clients},
		{"admins", admins},
		{"syslogServers", arr{obj{{"host", netw(clin.host(r.in(240, 250)))}, {"port", netw(514)}, {"roles", arr{plain("Security events"), plain("Appliance event log")}}}}},
		{"webhookServers", arr{obj{
			{"id", decoy("aHR0cHM6Ly9" + r.b64url(12))},
			{"name", plain("MSP alerts")},
			{"url", plain("https://alerts.example.com/meraki/inbound")},
			{"sharedSecret", cred(r.alnum(24))},
			{"payloadTemplate", obj{{"payloadTemplateId", plain("wpt_00001")}, {"name", plain("Meraki (included)")}}},
		}}},
		{"ticketNote", note},
	}
}
