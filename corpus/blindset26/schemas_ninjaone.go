package blindset26

import (
	"fmt"
	"strings"
)

// physioNinjaOne: a managed-service provider's nightly pull from the
// NinjaOne public API v2 for one client, a Cumbrian physiotherapy
// practice: the client-credentials token exchange, the organisation with
// its locations and custom fields, the devices-detailed list (system
// names, DNS names, IPs, MACs, public IP, OS, hardware, last logged-in
// user, last contact), the device custom fields (primary user, BitLocker
// recovery key, local admin password, technician notes), the volumes and
// network-interface queries, the practice's end users, condition alerts
// and tickets with their comments.
func physioNinjaOne(r *rng) any {
	t := r.when()
	practice := r.pick("Fellside", "Kentmere", "Lakeland", "Helvellyn", "Eden Valley", "Skiddaw")
	org := practice + " Physiotherapy Ltd"
	domain := strings.ToLower(strings.ReplaceAll(practice, " ", "")) + ".local"
	prefix := strings.ToUpper(practice[:3])
	net := r.lan()
	pub := r.wan()
	orgID := r.in(2, 400)
	locs := []address{r.ukAddress(), r.ukAddress()}
	locIDs := []int{r.in(1, 900), r.in(901, 1800)}

	staff := []person{r.english(), r.english(), r.english()}
	userName := func(p person) string {
		return strings.ToLower(p.first[:1] + "." + p.last)
	}

	devices := arr{}
	cfs := arr{}
	vols := arr{}
	nics := arr{}
	type devInfo struct {
		id         int
		sysName    string
		ip         string
		display    string
		macAddress string
	}
	var devs []devInfo
	roles := []struct {
		display, tag, class, chassis, make, model, os string
	}{
		{"Reception PC", "RECEP", "WINDOWS_WORKSTATION", "DESKTOP", "Dell Inc.", "OptiPlex 7010", "Microsoft Windows 11 Pro"},
		{"Treatment room 1 laptop", "TR1", "WINDOWS_WORKSTATION", "LAPTOP", "LENOVO", "ThinkPad E14 Gen 5", "Microsoft Windows 11 Pro"},
		{"Treatment room 2 laptop", "TR2", "WINDOWS_WORKSTATION", "LAPTOP", "HP", "HP ProBook 450 15.6 inch G10", "Microsoft Windows 11 Pro"},
		{"Practice manager", "PM", "WINDOWS_WORKSTATION", "LAPTOP", "Microsoft Corporation", "Surface Laptop 5", "Microsoft Windows 11 Pro"},
		{"File server", "SRV", "WINDOWS_SERVER", "DESKTOP", "Dell Inc.", "PowerEdge T150", "Microsoft Windows Server 2022 Standard"},
		{"Gait lab iMac", "GAIT", "MAC", "DESKTOP", "Apple Inc.", "iMac21,1", "macOS Sonoma 14.5"},
	}
	perm := r.Perm(len(roles))
	for k := 0; k < r.in(3, 4); k++ {
		ro := roles[perm[k]]
		id := r.in(100, 9999)
		sys := fmt.Sprintf("%s-%s-%02d", prefix, ro.tag, r.in(1, 9))
		ip := net.host(r.in(20, 200))
		m := r.mac(":", true)
		devs = append(devs, devInfo{id, sys, ip, ro.display, m})
		owner := staff[r.IntN(len(staff))]
		locIdx := r.IntN(2)
		isMac := ro.class == "MAC"
		build, release := r.pick("22631", "22621"), r.pick("23H2", "22H2")
		switch {
		case isMac:
			build, release = "23F79", "14.5"
		case ro.class == "WINDOWS_SERVER":
			build, release = "20348", "21H2"
		}
		serial := map[string]string{"Dell Inc.": r.from(upperNum, 7), "LENOVO": r.serial("PF", 6), "HP": r.serial("5CG", 7), "Microsoft Corporation": r.digits(12), "Apple Inc.": r.serial("C02", 9)}[ro.make]
		osObj := obj{
			{"manufacturer", plain(map[bool]string{true: "Apple Inc.", false: "Microsoft Corporation"}[isMac])},
			{"name", dev(ro.os)},
			{"architecture", plain("64-bit")},
			{"lastBootTime", plain(float64(unix(after(t, -r.in(60, 20000)))) + 0.5)},
			{"buildNumber", dev(build)},
			{"releaseId", dev(release)},
			{"servicePackMajorVersion", plain(0)},
			{"servicePackMinorVersion", plain(0)},
			{"locale", plain("en-GB")},
			{"language", plain("English")},
			{"needsReboot", plain(r.chance(0.3))},
		}
		sysObj := obj{
			{"name", dev(sys)},
			{"manufacturer", dev(ro.make)},
			{"model", dev(ro.model)},
			{"biosSerialNumber", dev(r.serial("", 7))},
			{"biosVersion", fwOf(r.pick(fmt.Sprintf("1.%d.%d", r.in(1, 30), r.in(0, 9)), fmt.Sprintf("2.%d.0.%d", r.in(1, 9), r.in(10, 99)), "N3AET7"+r.digits(1)+"W (1.4"+r.digits(1)+" )"))},
			{"serialNumber", dev(serial)},
			{"domain", netw(domain)},
			{"domainRole", plain(map[bool]string{true: "MEMBER_SERVER", false: "MEMBER_WORKSTATION"}[ro.class == "WINDOWS_SERVER"])},
			{"numberOfProcessors", plain(1)},
			{"totalPhysicalMemory", plain(int64(r.pickInt(8, 16, 32)) << 30)},
			{"virtualMachine", plain(false)},
			{"chassisType", dev(ro.chassis)},
		}
		devices = append(devices, obj{
			{"id", plain(id)},
			{"organizationId", plain(orgID)},
			{"locationId", plain(locIDs[locIdx])},
			{"nodeClass", dev(ro.class)},
			{"nodeRoleId", plain(r.in(1, 900))},
			{"rolePolicyId", plain(r.in(1, 90))},
			{"approvalStatus", plain("APPROVED")},
			{"offline", plain(r.chance(0.2))},
			{"displayName", dev(ro.display)},
			{"systemName", dev(sys)},
			{"dnsName", netw(strings.ToLower(sys) + "." + domain)},
			{"netbiosName", dev(sys)},
			{"created", plain(float64(unix(after(t, -r.in(90000, 900000)))) + 0.25)},
			{"lastContact", dev(float64(unix(after(t, -r.in(1, 3000)))) + 0.75)},
			{"lastUpdate", plain(float64(unix(after(t, -r.in(1, 300)))) + 0.1)},
			{"ipAddresses", arr{netw(ip), netw(fmt.Sprintf("fe80::%s:%s:%s:%s", r.hex(4), r.hex(4), r.hex(4), r.hex(4)))}},
			{"macAddresses", arr{macAddr(m)}},
			{"publicIP", netw(pub)},
			{"os", osObj},
			{"system", sysObj},
			{"lastLoggedInUser", cont(strings.ToUpper(practice[:4]) + `\` + userName(owner))},
		})

		var bitlocker leaf
		if isMac {
			bitlocker = nullDecoy()
		} else {
			groups := make([]string, 8)
			for i := range groups {
				groups[i] = r.digits(6)
			}
			bitlocker = cred(strings.Join(groups, "-"))
		}
		var note leaf
		switch r.IntN(3) {
		case 0:
			note = prose(p("Used by "), p(owner.full(), contactC), p(" for Physitrack and the shockwave machine; do not reimage."))
		case 1:
			note = prose(p("Replaced SSD 03/24. Old disk wiped."))
		default:
			note = prose(p("Printer mapped to "), p(net.host(r.in(201, 240)), netC), p(", scanner share \\\\"), p(fmt.Sprintf("%s-SRV-01\\scans", prefix), netC))
		}
		cfs = append(cfs, obj{
			{"deviceId", plain(id)},
			{"fields", obj{
				{"assetTag", plain(fmt.Sprintf("%s-%04d", prefix, r.in(1, 999)))},
				{"primaryUser", cont(owner.full())},
				{"bitlockerRecoveryKey", bitlocker},
				{"localAdminPassword", cred(r.password())},
				{"lapsPasswordLength", decoy(r.pickInt(14, 16, 20))},
				{"bitlockerKeyEscrowed", decoy(!isMac)},
				{"warrantyEnd", plain(day(after(t, r.in(-90000, 600000))))},
				{"techNotes", note},
			}},
		})
		vols = append(vols, obj{
			{"deviceId", plain(id)},
			{"name", plain(map[bool]string{true: "Macintosh HD", false: "C:"}[isMac])},
			{"label", plain(map[bool]string{true: "Macintosh HD", false: "Windows"}[isMac])},
			{"deviceType", plain("Local Disk")},
			{"fileSystem", plain(map[bool]string{true: "APFS", false: "NTFS"}[isMac])},
			{"capacity", plain(int64(r.pickInt(256, 512, 1024)) * 1000000000)},
			{"freeSpace", plain(int64(r.in(10, 200)) * 1000000000)},
			{"serialNumber", dev(r.HEX(4) + "-" + r.HEX(4))},
			{"bitLockerStatus", obj{
				{"conversionStatus", plain(map[bool]string{true: "N/A", false: "FullyEncrypted"}[isMac])},
				{"encryptionMethod", plain(map[bool]string{true: "N/A", false: "XTS_AES_128"}[isMac])},
				{"protectionStatus", plain(map[bool]string{true: "N/A", false: "ON"}[isMac])},
			}},
			{"timestamp", plain(float64(unix(after(t, -r.in(1, 300)))))},
		})
		nics = append(nics, obj{
			{"deviceId", plain(id)},
			{"adapterName", plain(r.pick("Intel(R) Ethernet Connection (17) I219-LM", "Intel(R) Wi-Fi 6E AX211 160MHz", "Realtek PCIe GbE Family Controller", "Broadcom NetXtreme Gigabit Ethernet"))},
			{"interfaceName", plain(r.pick("Ethernet", "Wi-Fi", "en0"))},
			{"interfaceType", plain(r.pick("ETHERNET", "WIRELESS"))},
			{"ipAddress", arr{netw(ip)}},
			{"macAddress", arr{macAddr(m)}},
			{"defaultGateway", netw(net.gw())},
			{"dnsServers", arr{netw(net.host(r.in(2, 9))), netw(r.dns(net))}},
			{"linkSpeed", plain(r.pickInt(100, 1000, 866))},
			{"status", plain("Up")},
			{"timestamp", plain(float64(unix(after(t, -r.in(1, 300)))))},
		})
	}

	endUsers := arr{}
	for _, s := range staff {
		endUsers = append(endUsers, obj{
			{"id", plain(r.in(1, 900))},
			{"firstName", cont(s.first)},
			{"lastName", cont(s.last)},
			{"email", cont(strings.ToLower(s.first+"."+s.last) + "@" + strings.ToLower(strings.ReplaceAll(practice, " ", "")) + "physio.example")},
			{"phone", cont(r.ukMobile())},
			{"organizationId", plain(orgID)},
			{"fullPortalAccess", plain(r.chance(0.3))},
		})
	}

	alerts := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		d := devs[r.IntN(len(devs))]
		var msg leaf
		switch r.IntN(3) {
		case 0:
			msg = prose(p("Disk C: free space below 10% on "), p(d.sysName, devC))
		case 1:
			msg = prose(p("Device "), p(d.sysName, devC), p(" ("), p(d.ip, netC), p(") has not checked in for 24 hours"))
		default:
			msg = prose(p("Windows Defender: threat quarantined (PUA:Win32/Presenoker)"))
		}
		alerts = append(alerts, obj{
			{"uid", plain(r.uuid())},
			{"deviceId", plain(d.id)},
			{"message", msg},
			{"createTime", plain(float64(unix(after(t, -r.in(10, 9000)))))},
			{"updateTime", plain(float64(unix(after(t, -r.in(1, 10)))))},
			{"sourceType", plain(r.pick("CONDITION_DISK_FREE_SPACE", "CONDITION_OFFLINE", "CONDITION_ANTIVIRUS"))},
			{"sourceConfigUid", plain(r.uuid())},
			{"severity", plain(r.pick("MAJOR", "MINOR", "CRITICAL"))},
		})
	}

	tickets := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		req := staff[r.IntN(len(staff))]
		d := devs[r.IntN(len(devs))]
		pt := r.english()
		var subj, body leaf
		switch r.IntN(3) {
		case 0:
			subj = prose(p("Can't print patient letters from "), p(d.display, devC))
			body = prose(p("Hi, "), p(req.first, contactC), p(" here. Letters for "), p(pt.full(), contactC), p(" (post-op "), p(r.pick("ACL reconstruction", "rotator cuff repair", "total knee replacement", "Achilles rupture"), healthC), p(" rehab) are stuck in the queue on the printer at "), p(net.host(r.in(201, 240)), netC), p(". Ring me on "), p(r.ukMobile(), contactC))
		case 1:
			subj = prose(p("New starter needs a login"))
			nw := r.english()
			body = prose(p("Please set up "), p(nw.full(), contactC), p(", username "), p(userName(nw), contactC), p(", temporary password "), p(r.password(), credC), p(". Starts Monday."))
		default:
			subj = prose(p("Wi-Fi dropping in treatment room 2"))
			body = prose(p("The laptop keeps dropping off "), p(r.ssid(practice), netC), p(" - MAC "), pmac(d.macAddress), p(" if that helps."))
		}
		tickets = append(tickets, obj{
			{"id", plain(r.in(1000, 9999))},
			{"version", plain(r.in(1, 9))},
			{"nodeId", plain(d.id)},
			{"clientId", plain(orgID)},
			{"subject", subj},
			{"description", obj{{"public", plain(true)}, {"body", body}}},
			{"status", obj{{"name", plain("OPEN")}, {"displayName", plain("Open")}, {"statusId", plain(1000)}}},
			{"type", plain("PROBLEM")},
			{"priority", plain(r.pick("HIGH", "MEDIUM", "LOW"))},
			{"requester", obj{{"firstName", cont(req.first)}, {"lastName", cont(req.last)}, {"email", cont(r.email(req))}}},
			{"createTime", plain(float64(unix(after(t, -r.in(60, 9000)))))},
		})
	}

	return obj{
		{"tenant", plain("eu.ninjarmm.com")},
		{"pulledAt", plain(iso(t))},
		{"token", obj{
			{"request", obj{
				{"grant_type", plain("client_credentials")},
				{"client_id", decoy(r.from(alnum+"-_", 32))},
				{"client_secret", cred(r.from(alnum+"-_", 52))},
				{"scope", plain("monitoring management")},
			}},
			{"response", obj{
				{"access_token", cred(r.from(alnum+"-_.", 86))},
				{"expires_in", plain(3600)},
				{"scope", plain("monitoring management")},
				{"token_type", decoy("Bearer")},
			}},
		}},
		{"organization", obj{
			{"id", plain(orgID)},
			{"name", plain(org)},
			{"description", plain("Physio clinics - " + locs[0].town + " and " + locs[1].town)},
			{"nodeApprovalMode", plain("AUTOMATIC")},
			{"tags", arr{plain("healthcare"), plain("gold-support")}},
			{"fields", obj{
				{"passwordMinLength", decoy(r.pickInt(10, 12, 14))},
				{"guestWifiEnabled", plain(r.chance(0.5))},
				{"officeWifiSsid", netw(r.ssid(practice))},
				{"officeWifiPassword", cred(r.psk())},
				{"routerAdmin", netw("https://" + net.gw())},
			}},
			{"locations", arr{
				obj{{"id", plain(locIDs[0])}, {"name", plain(locs[0].town + " clinic")}, {"address", cont(locs[0].oneLine())}, {"description", plain("Main site")}},
				obj{{"id", plain(locIDs[1])}, {"name", plain(locs[1].town + " clinic")}, {"address", cont(locs[1].oneLine())}, {"description", plain("Tues/Thurs only")}},
			}},
		}},
		{"devices", devices},
		{"customFields", cfs},
		{"volumes", vols},
		{"networkInterfaces", nics},
		{"endUsers", endUsers},
		{"alerts", alerts},
		{"tickets", tickets},
	}
}
