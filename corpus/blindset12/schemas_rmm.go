package blindset12

import (
	"fmt"
	"strings"
)

// A managed-service provider's RMM agent inventory of one client
// workstation, as a PowerShell collection script uploads it:
// ConvertTo-Json of a PSCustomObject (PascalCase WMI property names,
// "/Date(ms)/" dates, enum integers, single-element arrays collapsed to
// scalars, objects below -Depth flattened to "@{Key=Value; ...}" strings),
// netsh Wi-Fi profiles with key=clear, BitLocker recovery passwords,
// printers, alerts and the technician's notes.

var (
	rmmClients = []struct{ name, domain, short string }{
		{"Harborview Family Dental", "hfd.local", "HFD"}, {"Pruitt & Okafor CPAs", "pocpa.lan", "POCPA"},
		{"Riverton Physical Therapy", "rpt.internal", "RPT"}, {"Lakeshore Veterinary Group", "lvg.local", "LVG"},
		{"Fairbanks Title & Escrow", "fte.lan", "FTE"}, {"Quail Hollow Pediatrics", "qhp.internal", "QHP"},
		{"Sycamore St Law Office", "sslo.local", "SSLO"}, {"Cottonwood Orthodontics", "cwo.lan", "CWO"},
	}
	rmmModels = []struct{ maker, model, bios string }{
		{"Dell Inc.", "OptiPlex 7090", "1.%d.0"}, {"Dell Inc.", "Latitude 5440", "1.%d.1"}, {"HP", "HP EliteDesk 800 G6 SFF", "S01 Ver. 02.%d.00"},
		{"HP", "HP ProBook 450 G9", "U%d Ver. 01.08.00"}, {"LENOVO", "ThinkCentre M70q Gen 3", "M3AKT%dA"}, {"LENOVO", "ThinkPad T14 Gen 4", "R2FET%dW (1.%d )"},
		{"Microsoft Corporation", "Surface Laptop 5", "%d.101.140"}, {"ASUSTeK COMPUTER INC.", "ExpertCenter D500SD", "%d"},
	}
	rmmNICs    = []string{"Intel(R) Ethernet Connection (17) I219-LM", "Realtek PCIe GbE Family Controller", "Intel(R) Wi-Fi 6E AX211 160MHz", "Intel(R) Wi-Fi 6 AX201 160MHz", "Realtek RTL8852BE WiFi 6 802.11ax PCIe Adapter", "Killer(R) Wi-Fi 6E AX1675i 160MHz"}
	rmmMonitor = []string{"DELL P2422H", "DELL U2723QE", "HP E24 G5", "LEN T24i-30", "ASUS VA24EHE", "Samsung S24R350"}
	rmmPrint   = []string{"HP LaserJet Pro M404dn", "Brother MFC-L8900CDW", "Canon imageRUNNER ADVANCE DX C3826", "Zebra ZD421", "Epson WorkForce Pro WF-4830", "DYMO LabelWriter 550"}
	rmmTechs   = []string{"Trent W.", "Marisol Q.", "Desmond O.", "Gretchen L.", "Cody B.", "Janelle R."}
)

func psDate(ms int64) string { return fmt.Sprintf("/Date(%d)/", ms) }

// bitlocker is a 48-digit recovery password in eight groups.
func (r *rng) bitlocker() string {
	g := make([]string, 8)
	for i := range g {
		g[i] = fmt.Sprintf("%06d", r.in(0, 720895)/11*11)
	}
	return strings.Join(g, "-")
}

func rmmPSJSON(r *rng) any {
	cl := rmmClients[r.IntN(len(rmmClients))]
	m := rmmModels[r.IntN(len(rmmModels))]
	first, last := r.usFirst(), r.pick(usLast...)
	user := strings.ToLower(first[:1] + last)
	host := fmt.Sprintf("%s-%s%02d", cl.short, r.pick("WS", "FD", "OP", "DR", "LT", "RCP"), r.in(1, 40))
	if r.chance(0.3) {
		host = "DESKTOP-" + r.upper(7)
	}
	lan := r.lanPrefix()
	gw := lan + ".1"
	ip := fmt.Sprintf("%s.%d", lan, r.in(20, 220))
	bios := m.bios
	if strings.Count(bios, "%d") == 2 {
		bios = fmt.Sprintf(bios, r.in(10, 60), r.in(10, 40))
	} else {
		bios = fmt.Sprintf(bios, r.in(2, 40))
	}
	col := r.epochMs(2024, 2024)

	// Network adapters: one wired, sometimes a Wi-Fi one too.
	var nics arr
	for k := 0; k < r.in(1, 2); k++ {
		ipAddr := any(netw(ip))
		subnet := any(netw("255.255.255.0"))
		if r.chance(0.5) {
			ipAddr = arr{netw(ip), netw(fmt.Sprintf("fe80::%s:%s:%s:%s", r.hexs(4), r.hexs(3), r.hexs(4), r.hexs(4)))}
			subnet = arr{netw("255.255.255.0"), plain("64")}
		}
		drv := fwIP(fmt.Sprintf("%d.%d.%d.%d", r.in(1, 30), r.in(0, 200), r.in(0, 99), r.in(1, 250)))
		if r.chance(0.3) {
			drv = dev(fmt.Sprintf("%d.%d.%d.%d", r.in(1, 30), r.in(1000, 9999), r.in(0, 99), r.in(1000, 9999)))
		}
		dns := arr{netw(gw)}
		if r.chance(0.6) {
			dns = arr{netw(lan + ".10"), netw(r.pick("1.1.1.1", "8.8.8.8", "9.9.9.9"))}
		}
		nic := obj{
			{"Index", plain(r.in(1, 24))},
			{"Description", dev(r.pick(rmmNICs...))},
			{"MACAddress", macAddr(r.mac(":", true))},
			{"DHCPEnabled", plain(r.chance(0.8))},
			{"DHCPServer", netw(gw)},
			{"IPAddress", ipAddr},
			{"IPSubnet", subnet},
			{"DefaultIPGateway", arr{netw(gw)}},
			{"DNSServerSearchOrder", dns},
			{"DNSDomain", netw(cl.domain)},
			{"DriverVersion", drv},
			{"Speed", decoy(fmt.Sprint(r.pick("1000000000", "100000000", "866700000", "2401000000")))},
		}
		nics = append(nics, nic)
		ip = fmt.Sprintf("%s.%d", lan, r.in(20, 220))
	}
	var adapters any = nics
	if len(nics) == 1 && r.chance(0.5) {
		adapters = nics[0] // a single result is not wrapped in an array
	}

	var wifi arr
	for k := 0; k < r.in(0, 3); k++ {
		ssid := r.pick(cl.short+"-Staff", cl.short+"-Guest", "NETGEAR"+r.digits(2), "xfinitywifi", "ATT"+r.upper(4), "Spectrum-5G-"+r.digits(3), "DIRECT-"+r.upper(2)+"-HP M404")
		auth := r.pick("WPA2-Personal", "WPA3-Personal", "Open", "WPA2-Enterprise")
		key := nullDecoy()
		if auth == "WPA2-Personal" || auth == "WPA3-Personal" {
			key = cred(r.pick("Smile", "Tooth", "Ledger", "Harbor", "Welcome", "Sunshine") + r.digits(r.in(2, 4)) + r.pick("!", "#", "", "$"))
		}
		wifi = append(wifi, obj{
			{"ProfileName", netw(ssid)},
			{"SSID", netw(ssid)},
			{"Authentication", plain(auth)},
			{"Cipher", plain(r.pick("CCMP", "GCMP", "None"))},
			{"KeyContent", key},
			{"ConnectionMode", plain(r.pick("Connect automatically", "Connect manually"))},
		})
	}

	disks := arr{obj{
		{"DeviceID", plain("C:")},
		{"Size", decoy(r.pick("255362789376", "511101108224", "1023401619456"))},
		{"FreeSpace", decoy(r.in(9, 400) * 1073741824)},
		{"ProtectionStatus", plain(r.in(0, 1))},
		{"RecoveryPassword", cred(r.bitlocker())},
		{"KeyProtectorId", decoy("{" + strings.ToUpper(r.uuid()) + "}")},
	}}

	var printers arr
	for k := 0; k < r.in(1, 3); k++ {
		pip := fmt.Sprintf("%s.%d", lan, r.in(30, 90))
		model := r.pick(rmmPrint...)
		printers = append(printers, obj{
			{"Name", dev(model + " (" + r.pick("Front Desk", "Op 2", "Billing", "Back Office", "Lab") + ")")},
			{"DriverName", dev(model + r.pick(" PCL-6 (V3)", " Class Driver", ""))},
			{"PortName", netw("IP_" + pip)},
			{"Shared", plain(r.chance(0.2))},
			{"Location", plain(r.pick("", "Room 2", "Upstairs"))},
		})
	}

	admins := arr{cont(cl.short + `\Administrator`), cont(cl.short + `\` + r.pick("msp-admin", "itsupport", "tech"))}
	if r.chance(0.5) {
		admins = append(admins, cont(cl.short+`\`+user))
	}

	var alerts arr
	for k := 0; k < r.in(1, 3); k++ {
		var msg leaf
		switch r.IntN(5) {
		case 0:
			msg = prose(p(fmt.Sprintf("Disk C: below %d%% free (%d.%d GB)", r.in(5, 12), r.in(3, 20), r.in(0, 9))))
		case 1:
			msg = prose(p(fmt.Sprintf("%d failed logons for account ", r.in(5, 60))), p(user, contactC), p(" from "), p(r.wanIP(), netC), p(" (RDP)"))
		case 2:
			msg = prose(p("Device "), p(r.pick(rmmPrint...), devC), p(" at "), p(fmt.Sprintf("%s.%d", lan, r.in(30, 90)), netC), p(" offline > 30 min"))
		case 3:
			msg = prose(p("Windows Update: " + r.pick("3", "7", "12") + " patches pending reboot"))
		default:
			msg = prose(p("New USB storage device "), p(r.pick("SanDisk Ultra Fit 64GB", "Kingston DataTraveler Exodia 32GB", "Samsung T7 1TB"), devC), p(" connected by "), p(user, contactC))
		}
		alerts = append(alerts, obj{
			{"AlertId", decoy(r.in(1000000, 9999999))},
			{"Severity", plain(r.pick("Critical", "Warning", "Information"))},
			{"Raised", plain(psDate(r.epochMs(2024, 2024)))},
			{"Message", msg},
		})
	}

	var notes leaf
	tech := r.pick(rmmTechs...)
	switch r.IntN(5) {
	case 0:
		notes = prose(p("Onsite "+r.day(2024, 2024)+": replaced NIC, user "), p(first+" "+last[:1]+".", contactC), p(" (cell "), p(r.us555(), contactC), p(") says guest wifi pw is "), p(r.pick("Welcome", "Smile", "Guest")+r.digits(4), credC), p(". -"), p(tech, contactC))
	case 1:
		notes = prose(p("Laptop reassigned while "), p(first, contactC), p(" is out on medical leave ("), p(r.pick("knee replacement", "maternity leave, due in June", "chemo through August", "back surgery", "post-op hernia repair"), healthC), p("). Profile kept. -"), p(tech, contactC))
	case 2:
		notes = prose(p("Port-forward 3389 -> "), p(ip, netC), p(" removed; VPN only now ("), p(r.pick("fw01", "meraki-mx", "sonicwall"), netC), p(" at "), p(gw, netC), p(")."))
	case 3:
		notes = prose(p("User locked out again, reset to "), p(r.pick("Spring", "Summer", "Winter", "Autumn")+"2024!"+r.digits(2), credC), p(", told her to change it. Callback "), p(r.mail(user), contactC))
	default:
		notes = prose(p("No issues. Next replacement cycle " + fmt.Sprint(r.in(2025, 2027)) + "."))
	}

	doc := obj{
		{"AgentId", decoy(r.uuid())},
		{"AgentVersion", decoy(r.ver())},
		{"ScriptVersion", decoy(fmt.Sprintf("%d.%d", r.in(1, 4), r.in(0, 30)))},
		{"ClientName", plain(cl.name)},
		{"SiteId", decoy(r.in(100, 999))},
		{"CollectedAt", plain(psDate(col))},
		{"LastCheckIn", dev(psDate(col - int64(r.in(0, 86400000))))},
		{"ComputerSystem", obj{
			{"Name", netw(host)},
			{"DNSHostName", netw(strings.ToLower(host) + "." + cl.domain)},
			{"Domain", netw(cl.domain)},
			{"Manufacturer", dev(m.maker)},
			{"Model", dev(m.model)},
			{"PCSystemType", plain(r.in(1, 2))},
			{"TotalPhysicalMemory", decoy(r.pick("8589934592", "17179869184", "34359738368"))},
			{"UserName", cont(cl.short + `\` + user)},
			{"NumberOfLogicalProcessors", decoy(r.pick("4", "8", "12", "16"))},
		}},
		{"BIOS", obj{
			{"SerialNumber", dev(r.upper(7))},
			{"SMBIOSBIOSVersion", dev(bios)},
			{"ReleaseDate", plain(psDate(r.epochMs(2021, 2023)))},
		}},
		{"OperatingSystem", obj{
			{"Caption", dev(r.pick("Microsoft Windows 11 Pro", "Microsoft Windows 10 Pro", "Microsoft Windows 11 Enterprise"))},
			{"Version", dev(r.pick("10.0.22631", "10.0.19045", "10.0.22621"))},
			{"InstallDate", plain(psDate(r.epochMs(2021, 2024)))},
			{"LastBootUpTime", dev(psDate(col - int64(r.in(3600000, 1209600000))))},
			{"OSArchitecture", plain("64-bit")},
		}},
		{"NetworkAdapters", adapters},
		{"WifiProfiles", wifi},
		{"BitLockerVolumes", disks},
		{"Monitors", arr{obj{{"ModelName", dev(r.pick(rmmMonitor...))}, {"SerialNumberID", dev(r.upper(2) + r.digits(8))}, {"YearOfManufacture", decoy(r.in(2019, 2023))}}}},
		{"Printers", printers},
		{"LocalAdministrators", admins},
		{"PasswordNeverExpires", decoy(r.chance(0.3))},
		{"PasswordMinimumLength", decoy(r.pick("8", "12", "14"))},
		{"HotFixes", arr{decoy("KB50" + r.digits(5)), decoy("KB50" + r.digits(5))}},
		{"Defender", obj{
			{"AMProductVersion", decoy(fmt.Sprintf("4.18.%d.%d", r.in(23000, 24050), r.in(1, 9)))},
			{"AntivirusSignatureVersion", decoy(fmt.Sprintf("1.%d.%d.0", r.in(100, 250), r.in(0, 250)))},
			{"RealTimeProtectionEnabled", plain(true)},
		}},
		{"RemoteAccess", obj{
			{"Tool", plain(r.pick("ScreenConnect", "Splashtop", "TeamViewer"))},
			{"SessionGuid", decoy(r.uuid())},
			{"UnattendedAccessPassword", cred(r.alnum(12))},
			{"PublicIP", netw(r.wanIP())},
			{"ISP", plain(r.pick("Comcast Business", "Spectrum Enterprise", "AT&T Fiber"))},
		}},
		{"EnvOverflow", prose(p("@{PROCESSOR_ARCHITECTURE=AMD64; USERDOMAIN="+cl.short+"; LOGONSERVER=\\\\"), p(cl.short+"-DC01", netC), p("; USERPROFILE=C:\\Users\\"), p(user, contactC), p("}"))},
		{"CustomFields", obj{
			{"Asset Tag", decoy(fmt.Sprintf("%s-%05d", cl.short, r.in(1, 99999)))},
			{"Warranty/Expiry", plain(r.day(2025, 2028))},
			{"~Assigned User", cont(first + " " + last)},
			{"Wi-Fi/LAN", plain(r.pick("LAN", "Wi-Fi", "Both"))},
		}},
		{"Alerts", alerts},
		{"TechnicianNotes", notes},
		{"PrimaryContact", obj{
			{"Name", cont(r.usFirst() + " " + r.pick(usLast...))},
			{"Email", cont(r.mail("office"))},
			{"Phone", cont(r.us555())},
			{"Ext", decoy(fmt.Sprint(r.in(200, 299)))},
		}},
	}
	return doc
}
