package blindset26

import (
	"fmt"
	"strings"
)

// hostelOmada: an IT contractor's support bundle for a Portland backpacker
// hostel's TP-Link Omada Software Controller: controller info, the web
// login and its session cookie, the Open API client grant, the site with
// its device account, adopted devices (gateway, switch, access points
// with MACs, models, firmware, IPs, serials, last seen), connected clients
// (names, host names, OS, IPs, SSIDs, APs, VLANs), WLAN groups with
// pre-shared keys, LAN networks with DHCP, the PPPoE WAN, port forwards,
// hotspot vouchers and local portal users, controller admins and the
// event log.
func hostelOmada(r *rng) any {
	t := r.when()
	name := r.pick("Hawthorne", "Alberta", "Burnside", "Division", "Mississippi", "Belmont")
	hostel := name + " Street Hostel"
	ctl := r.lan()
	guest := lan(fmt.Sprintf("192.168.%d", r.in(100, 199)))
	staffNet := lan(fmt.Sprintf("10.%d.%d", r.in(60, 99), r.in(1, 40)))
	guestVLAN := r.in(20, 60)
	staffVLAN := guestVLAN + r.in(10, 50)
	pub := r.wan()
	omac := func() string { return r.mac("-", true) }
	admin := r.english()
	adminUser := strings.ToLower(admin.first + "." + admin.last)
	ssidGuest := name + "-Guests"
	ssidStaff := name + "-Staff"
	ms := func(min int) int64 { return unixMs(after(t, -min)) }

	type apInfo struct{ name, mac string }
	var aps []apInfo
	devices := arr{}
	gwMac := omac()
	devices = append(devices, omadaDevice(r, "gateway", gwMac, "Front desk gateway", "ER605", "2.0", r.pick("2.2.4 Build 20240119 Rel.44368", "2.1.2 Build 20230210 Rel.58284"), ctl.gw(), ms))
	devices = append(devices, omadaDevice(r, "switch", omac(), "Office switch", r.pick("TL-SG2210P", "SG2008P"), "3.20", r.pick("3.20.11 Build 20230817 Rel.61024", "1.0.2 Build 20221128 Rel.72121"), ctl.host(2), ms))
	apNames := r.pickSome(r.in(2, 3), "Lobby AP", "Dorm 3F AP", "Kitchen AP", "Patio AP", "Dorm 2F AP")
	for _, an := range apNames {
		m := omac()
		aps = append(aps, apInfo{an, m})
		model := r.pick("EAP610", "EAP245", "EAP650", "EAP225-Outdoor")
		devices = append(devices, omadaDevice(r, "ap", m, an, model, r.pick("1.0", "2.0", "3.0"), r.pick("1.0.6 Build 20230614 Rel. 51470", "5.1.0 Build 20231114 Rel. 41620", "1.2.3 Build 20231208 Rel. 68831"), ctl.host(r.in(10, 40)), ms))
	}

	clients := arr{}
	type cl struct{ name, mac, ip, ssid string }
	var cls []cl
	for i := 0; i < r.in(2, 4); i++ {
		p := r.english()
		kind := r.IntN(4)
		dname, dtype, cat, os := "", "", "", ""
		switch kind {
		case 0:
			dname, dtype, cat, os = p.first+"s-iPhone", "iphone", "phone", "iOS"
		case 1:
			dname, dtype, cat, os = "Galaxy-"+r.pick("A15", "S23", "A54"), "android", "phone", "Android"
		case 2:
			dname, dtype, cat, os = p.first+"s-MacBook-Air", "macbook", "computer", "macOS"
		default:
			dname, dtype, cat, os = "DESKTOP-"+r.from(upperNum, 7), "windows", "computer", "Windows"
		}
		isStaff := i == 0
		net, ssid, vid := guest, ssidGuest, guestVLAN
		if isStaff {
			net, ssid, vid = staffNet, ssidStaff, staffVLAN
		}
		m := omac()
		ip := net.host(r.in(20, 240))
		ap := aps[r.IntN(len(aps))]
		cls = append(cls, cl{dname, m, ip, ssid})
		c := obj{
			{"mac", macAddr(m)},
			{"name", dev(dname)},
			{"hostName", netw(dname)},
			{"deviceType", dev(dtype)},
			{"deviceCategory", dev(cat)},
			{"osName", dev(os)},
			{"ip", netw(ip)},
			{"ipv6List", arr{}},
			{"connectType", plain(1)},
			{"connectDevType", plain("ap")},
			{"wireless", plain(true)},
			{"ssid", netw(ssid)},
			{"signalLevel", plain(r.in(20, 100))},
			{"signalRank", plain(r.in(1, 5))},
			{"wifiMode", plain(r.in(3, 5))},
			{"apName", dev(ap.name)},
			{"apMac", macAddr(ap.mac)},
			{"radioId", plain(r.IntN(2))},
			{"channel", plain(r.pickInt(1, 6, 11, 36, 44, 149))},
			{"rxRate", plain(r.in(6000, 866000))},
			{"txRate", plain(r.in(6000, 866000))},
			{"powerSave", plain(r.chance(0.3))},
			{"rssi", plain(-r.in(40, 85))},
			{"activity", plain(r.in(0, 90000))},
			{"trafficDown", plain(r.in(1000, 900000000))},
			{"trafficUp", plain(r.in(1000, 90000000))},
			{"uptime", plain(r.in(60, 90000))},
			{"lastSeen", dev(ms(r.in(0, 30)))},
			{"authStatus", plain(0)},
			{"guest", plain(!isStaff)},
			{"active", plain(true)},
			{"manager", plain(false)},
			{"vid", netw(vid)},
		}
		if isStaff {
			c = append(c, field{"dot1xIdentity", cont(strings.ToLower(p.first[:1] + p.last))})
		}
		clients = append(clients, c)
	}

	ssidObj := func(nm string, vlan int, guestNet bool) obj {
		return obj{
			{"id", plain(r.hex(24))},
			{"name", netw(nm)},
			{"band", plain(3)},
			{"guestNetEnable", plain(guestNet)},
			{"security", plain(3)},
			{"broadcast", plain(true)},
			{"vlanEnable", plain(true)},
			{"vlanId", netw(vlan)},
			{"pskSetting", obj{
				{"securityKey", cred(r.psk())},
				{"encryptionPsk", plain(3)},
				{"versionPsk", plain(2)},
				{"gikRekeyPskEnable", plain(false)},
			}},
			{"portalEnable", plain(guestNet)},
			{"macFilterEnable", decoy(false)},
			{"rateLimit", obj{{"downLimitEnable", plain(guestNet)}, {"downLimit", plain(r.pickInt(0, 20480))}}},
		}
	}
	lanObj := func(nm string, vlan int, l lan, domain string) obj {
		return obj{
			{"id", plain(r.hex(24))},
			{"name", plain(nm)},
			{"purpose", plain("interface")},
			{"vlan", netw(vlan)},
			{"gatewaySubnet", netw(l.gw() + "/24")},
			{"domain", netw(domain)},
			{"dhcpSettings", obj{
				{"enable", plain(true)},
				{"ipaddrStart", netw(l.host(20))},
				{"ipaddrEnd", netw(l.host(240))},
				{"leasetime", plain(r.pickInt(120, 1440))},
				{"priDns", netw(r.dns(l))},
				{"sndDns", netw(r.pick("1.0.0.1", "8.8.4.4"))},
			}},
			{"igmpSnoopEnable", plain(false)},
		}
	}

	vouchers := arr{}
	for i := 0; i < r.in(2, 4); i++ {
		vouchers = append(vouchers, obj{
			{"id", plain(r.hex(24))},
			{"code", cred(r.digits(8))},
			{"type", plain(r.IntN(2))},
			{"duration", plain(r.pickInt(1440, 4320, 10080))},
			{"note", plain(r.pick("Dorm 4", "Private room 2", "Walk-in", "Group booking"))},
			{"status", plain(r.pickInt(0, 1))},
			{"createdTime", plain(ms(r.in(60, 9000)))},
		})
	}
	localUsers := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		p := r.english()
		localUsers = append(localUsers, obj{
			{"id", plain(r.hex(24))},
			{"userName", cont(strings.ToLower(p.first) + r.digits(2))},
			{"password", cred(r.password())},
			{"name", cont(p.full())},
			{"phone", cont(r.usE164())},
			{"enable", plain(true)},
			{"expirationTime", plain(ms(-r.in(1440, 20000)))},
		})
	}

	logs := arr{}
	c0 := cls[r.IntN(len(cls))]
	ap0 := aps[r.IntN(len(aps))]
	logs = append(logs,
		obj{{"key", plain("log_client_connected")}, {"module", plain("Client")}, {"level", plain("info")}, {"time", plain(ms(r.in(1, 300)))},
			{"content", prose(p("[client:"), p(c0.name, devC), p(":"), pmac(c0.mac), p("] is connected to [ap:"), p(ap0.name, devC), p(":"), pmac(ap0.mac), p("] with SSID "), p(c0.ssid, netC), p(" on channel 36."))}},
		obj{{"key", plain("log_admin_login")}, {"module", plain("System")}, {"level", plain("info")}, {"time", plain(ms(r.in(1, 300)))},
			{"content", prose(p("Master Administrator "), p(adminUser, contactC), p(" logged in to the controller from "), p(staffNet.host(r.in(2, 19)), netC), p("."))}},
		obj{{"key", plain("log_backup")}, {"module", plain("System")}, {"level", plain("info")}, {"time", plain(ms(r.in(1, 300)))},
			{"content", prose(p("Auto backup completed successfully."))}},
	)

	nvr := staffNet.host(r.in(241, 250))
	return obj{
		{"controller", obj{
			{"controllerVer", decoy(fmt.Sprintf("5.%d.%d.%d", r.in(12, 14), r.in(20, 40), r.in(1, 9)))},
			{"apiVer", decoy("3")},
			{"configured", plain(true)},
			{"type", plain(1)},
			{"supportApp", plain(true)},
			{"omadacId", decoy(r.hex(32))},
			{"url", netw(fmt.Sprintf("https://%s:8043", ctl.host(r.in(3, 9))))},
		}},
		{"login", obj{
			{"request", obj{{"username", cont(adminUser)}, {"password", cred(r.password())}}},
			{"response", obj{
				{"errorCode", plain(0)},
				{"msg", plain("Log in successfully.")},
				{"result", obj{{"roleType", plain(0)}, {"token", cred(r.hex(32))}}},
			}},
			{"cookie", cred("TPOMADA_SESSIONID=" + r.hex(32))},
		}},
		{"openapi", obj{
			{"clientId", decoy(r.hex(32))},
			{"clientSecret", cred(r.hex(32))},
			{"accessToken", cred(r.omadaAT())},
			{"refreshToken", cred(r.omadaRT())},
			{"tokenType", decoy("bearer")},
			{"expiresIn", plain(7200)},
		}},
		{"site", obj{
			{"id", plain(r.hex(24))},
			{"name", plain(hostel)},
			{"region", plain("United States")},
			{"timeZone", plain("America/Los_Angeles")},
			{"scenario", plain("Hotel")},
			{"deviceAccount", obj{{"username", cont(strings.ToLower(name) + "admin")}, {"password", cred(r.password())}}},
		}},
		{"devices", devices},
		{"clients", clients},
		{"wlans", arr{obj{
			{"id", plain(r.hex(24))},
			{"name", plain("Default")},
			{"primary", plain(true)},
			{"ssids", arr{ssidObj(ssidGuest, guestVLAN, true), ssidObj(ssidStaff, staffVLAN, false)}},
		}}},
		{"lanNetworks", arr{
			lanObj("Guests", guestVLAN, guest, "guests.hostel.lan"),
			lanObj("Staff", staffVLAN, staffNet, "office.hostel.lan"),
		}},
		{"wan", obj{
			{"port", plain("WAN1")},
			{"proto", plain("pppoe")},
			{"ip", netw(pub)},
			{"gateway", netw(r.wan())},
			{"pppoe", obj{{"username", cont(strings.ToLower(name) + "hostel@" + r.pick("centurylink.example", "ziply.example"))}, {"password", cred(r.password())}}},
			{"dns", arr{netw(r.pick("1.1.1.1", "9.9.9.9")), netw("8.8.8.8")}},
		}},
		{"portForwardings", arr{obj{
			{"id", plain(r.hex(24))},
			{"name", plain("NVR")},
			{"status", plain(true)},
			{"externalPort", netw(fmt.Sprint(r.pickInt(8443, 37777, 9000)))},
			{"forwardIp", netw(nvr)},
			{"forwardPort", netw("443")},
			{"protocol", plain("TCP")},
		}}},
		{"hotspot", obj{{"vouchers", vouchers}, {"localUsers", localUsers}}},
		{"admins", arr{obj{
			{"id", plain(r.hex(24))},
			{"name", cont(adminUser)},
			{"email", cont(r.email(admin))},
			{"roleName", plain("Master Administrator")},
			{"type", plain(0)},
			{"alert", plain(true)},
		}}},
		{"logs", logs},
		{"certificate", obj{
			{"name", plain("controller-" + strings.ToLower(name))},
			{"cert", decoy(r.pemCert())},
			{"key", cred(r.pemKey(r.pick("", "RSA", "EC")))},
			{"validTo", plain(day(after(t, r.in(10000, 500000))))},
		}},
	}
}

func omadaDevice(r *rng, typ, m, name, model, hw, fw, ip string, ms func(int) int64) obj {
	return obj{
		{"type", dev(typ)},
		{"mac", macAddr(m)},
		{"name", dev(name)},
		{"model", dev(model)},
		{"modelVersion", dev(hw)},
		{"compoundModel", dev(fmt.Sprintf("%s(US) v%s", model, hw))},
		{"firmwareVersion", dev(fw)},
		{"hwVersion", dev(fmt.Sprintf("%s(US) %s", model, hw))},
		{"ip", netw(ip)},
		{"uptime", plain(fmt.Sprintf("%dday(s) %dh %dm %ds", r.in(0, 90), r.in(0, 23), r.in(0, 59), r.in(0, 59)))},
		{"uptimeLong", plain(r.in(100, 8000000))},
		{"status", plain(14)},
		{"statusCategory", plain(1)},
		{"cpuUtil", plain(r.in(1, 60))},
		{"memUtil", plain(r.in(20, 80))},
		{"sn", dev(r.digits(13))},
		{"lastSeen", dev(ms(r.in(0, 5)))},
		{"needUpgrade", decoy(r.chance(0.3))},
		{"clientNum", plain(r.in(0, 40))},
	}
}
