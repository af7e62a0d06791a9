package blindset16

import (
	"fmt"
	"strings"
)

// chiroRegistry: a chiropractic clinic's reception PC was imaged after a
// suspected intrusion; the IT contractor ran regipy over the SOFTWARE,
// SYSTEM and NTUSER.DAT hives and kept the JSON (subkeys with their value
// rows: name, value, value_type, is_corrupted).
func chiroRegistry(r *rng) any {
	orgs := []struct{ name, short string }{{"Aberteifi Chiropractic", "ABERCHIRO"}, {"Bayside Spine & Sports Clinic", "BAYSPINE"}, {"Cathays Chiropractic", "CATHCHIRO"}, {"Riverside Back Care", "RIVERBACK"}}
	org := orgs[r.IntN(len(orgs))]
	l := r.lan()
	domain := strings.ToLower(org.short[:4]) + ".lan"
	host := "RECEPTION-" + fmt.Sprintf("%02d", r.in(1, 3))
	srv := strings.ToUpper(org.short[:4]) + "-SRV"
	recep := r.welsh()
	winUser := r.pick("Reception", "reception", "frontdesk", "clinic")
	t0 := r.when()
	ts := func() leaf { return plain(after(t0, -r.in(100, 400000)).Format("2006-01-02T15:04:05.000000+00:00")) }
	guid := func() string { return "{" + strings.ToUpper(r.uuid()) + "}" }

	row := func(name string, v leaf, typ string) any {
		return obfuscated(obj{{"name", plain(name)}, {"value", v}, {"value_type", plain(typ)}, {"is_corrupted", plain(false)}})
	}
	key := func(path leaf, rows ...any) any {
		var vals arr
		for _, x := range rows {
			vals = append(vals, x)
		}
		return obj{{"path", path}, {"timestamp", ts()}, {"values_count", plain(len(vals))}, {"values", vals}}
	}

	// SOFTWARE
	winlogon := []any{
		row("AutoAdminLogon", plain("1"), "REG_SZ"),
		row("DefaultUserName", cont(winUser), "REG_SZ"),
		row("DefaultDomainName", netw(org.short), "REG_SZ"),
	}
	if r.chance(0.7) {
		winlogon = append(winlogon, row("DefaultPassword", cred(r.password()), "REG_SZ"))
	}
	winlogon = append(winlogon,
		row("LastUsedUsername", cont(org.short+"\\"+winUser), "REG_SZ"),
		row("PasswordExpiryWarning", decoy(5), "REG_DWORD"),
	)
	win11 := r.chance(0.5)
	build, disp, prod := "19045", "22H2", "Windows 10 Pro"
	if win11 {
		build, disp, prod = "22631", "23H2", "Windows 11 Pro"
	}
	ssid := r.pick("BT-", "Vodafone-", "SKY", "PLUSNET-") + r.HEX(4)
	ssid2 := r.pick(org.short+"-Patients", org.short+"-Staff", "Clinic-Guest")
	gwMac := r.mac("-", true)
	software := arr{
		key(plain("\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"), winlogon...),
		key(plain("\\Microsoft\\Windows NT\\CurrentVersion"),
			row("ProductName", dev(prod), "REG_SZ"),
			row("DisplayVersion", dev(disp), "REG_SZ"),
			row("CurrentBuild", dev(build), "REG_SZ"),
			row("UBR", dev(r.in(3000, 4500)), "REG_DWORD"),
			row("RegisteredOwner", cont(recep.full()), "REG_SZ"),
			row("RegisteredOrganization", plain(org.name), "REG_SZ"),
			row("InstallDate", plain(unix(after(t0, -r.in(100000, 900000)))), "REG_DWORD"),
		),
		key(plain("\\Microsoft\\Windows NT\\CurrentVersion\\NetworkList\\Profiles\\"+guid()),
			row("ProfileName", netw(ssid2), "REG_SZ"),
			row("Description", netw(ssid2), "REG_SZ"),
			row("DateCreated", decoy(r.hex(32)), "REG_BINARY"),
		),
		key(plain("\\Microsoft\\Windows NT\\CurrentVersion\\NetworkList\\Signatures\\Unmanaged\\"+strings.ToUpper(r.hex(64))),
			row("ProfileGuid", decoy(guid()), "REG_SZ"),
			row("Description", netw(ssid), "REG_SZ"),
			row("DnsSuffix", netw(domain), "REG_SZ"),
			row("FirstNetwork", netw(ssid), "REG_SZ"),
			row("DefaultGatewayMac", macAddr(gwMac), "REG_BINARY"),
		),
		key(plain("\\SpineDesk\\Settings"),
			row("DbServer", netw(srv+"\\SQLEXPRESS"), "REG_SZ"),
			row("DbUser", cont(r.pick("sa", "spinedesk", "sd_app")), "REG_SZ"),
			row("DbPassword", cred(r.password()), "REG_SZ"),
			row("SmsGatewayKey", cred(r.mailgun()), "REG_SZ"),
			row("XrayShare", netw("\\\\"+srv+"\\xray$"), "REG_SZ"),
			row("LastChartOpened", decoy(fmt.Sprintf("P%06d", r.in(100, 99999))), "REG_SZ"),
			row("Version", decoy(r.semver()), "REG_SZ"),
		),
	}
	if r.chance(0.6) {
		software = append(software, key(plain("\\TightVNC\\Server"),
			row("Password", cred(r.hex(16)), "REG_BINARY"),
			row("PasswordViewOnly", cred(r.hex(16)), "REG_BINARY"),
			row("RfbPort", netw(5900), "REG_DWORD"),
			row("AcceptRfbConnections", plain(1), "REG_DWORD"),
		))
	}

	// SYSTEM
	ip := l.host(r.in(20, 99))
	usbVendor := r.pick("SanDisk&Prod_Cruzer_Blade", "Kingston&Prod_DataTraveler_3.0", "Samsung&Prod_Flash_Drive_FIT")
	usbSerial := r.HEX(20)
	printer := r.pick("Brother HL-L2350DW series", "HP LaserJet Pro M404dn", "Canon i-SENSYS MF443dw")
	system := arr{
		key(plain("\\ControlSet001\\Control\\ComputerName\\ComputerName"), row("ComputerName", netw(host), "REG_SZ")),
		key(plain("\\ControlSet001\\Services\\Tcpip\\Parameters"),
			row("Hostname", netw(host), "REG_SZ"),
			row("NV Hostname", netw(host), "REG_SZ"),
			row("Domain", netw(domain), "REG_SZ"),
		),
		key(plain("\\ControlSet001\\Services\\Tcpip\\Parameters\\Interfaces\\"+strings.ToLower(guid())),
			row("EnableDHCP", plain(1), "REG_DWORD"),
			row("DhcpIPAddress", netw(ip), "REG_SZ"),
			row("DhcpSubnetMask", netw("255.255.255.0"), "REG_SZ"),
			row("DhcpServer", netw(l.gw()), "REG_SZ"),
			obfuscated(obj{{"name", plain("DhcpDefaultGateway")}, {"value", arr{netw(l.gw())}}, {"value_type", plain("REG_MULTI_SZ")}, {"is_corrupted", plain(false)}}),
			row("DhcpNameServer", netw(l.gw()+" "+r.pick("1.1.1.1", "8.8.8.8", "9.9.9.9")), "REG_SZ"),
			row("DhcpDomain", netw(domain), "REG_SZ"),
			row("LeaseObtainedTime", plain(unix(after(t0, -r.in(10, 1400)))), "REG_DWORD"),
		),
		key(dev("\\ControlSet001\\Enum\\USBSTOR\\Disk&Ven_"+usbVendor+"&Rev_1.00\\"+usbSerial+"&0"),
			row("FriendlyName", dev(strings.ReplaceAll(strings.Replace(usbVendor, "&Prod_", " ", 1), "_", " ")+" USB Device"), "REG_SZ"),
			row("Mfg", plain("@disk.inf,%genmanufacturer%;(Standard disk drives)"), "REG_SZ"),
		),
		key(plain("\\ControlSet001\\Control\\Print\\Printers\\"+printer),
			row("Port", netw("IP_"+l.host(r.in(200, 240))), "REG_SZ"),
			row("Printer Driver", dev(printer), "REG_SZ"),
			row("Location", plain(r.pick("Front desk", "Treatment room 2", "Back office")), "REG_SZ"),
		),
	}

	// NTUSER.DAT
	pt1, pt2 := r.welsh(), r.english()
	cond1 := r.pick("lumbar_MRI_referral", "sciatica_GP_letter", "cervical_radiculopathy_report", "scoliosis_xray_request", "whiplash_insurer_report")
	cond2 := r.pick("disc_prolapse", "frozen_shoulder", "osteoarthritis_knee", "plantar_fasciitis")
	docs := fmt.Sprintf("C:\\Users\\%s\\Documents\\", winUser)
	mru := func(n int, v leaf) any {
		v.val = fmt.Sprintf("[F00000000][T01DA%s][O00000000]*%s", strings.ToUpper(r.hex(11)), v.val)
		return row(fmt.Sprintf("Item %d", n), v, "REG_SZ")
	}
	fileMRU := []any{
		mru(1, joined(p(docs+"Patients\\"), p(pt1.last+"_"+pt1.first, contactC), p("_"), p(cond1, healthC), p(".docx"))),
		mru(2, plain(docs+"Rota_"+after(t0, -r.in(100, 50000)).Format("January")+".docx")),
		mru(3, joined(p(docs+"Letters\\Reply_"), p(pt2.first+"_"+pt2.last, contactC), p("_"), p(cond2, healthC), p(".docx"))),
	}
	wordwheel := []any{
		row("MRUListEx", decoy(r.hex(16)), "REG_BINARY"),
		row("0", cont(pt1.last), "REG_BINARY"),
		row("1", hlth(r.pick("sciatica letter", "scoliosis", "disc prolapse", "whiplash")), "REG_BINARY"),
		row("2", plain(r.pick("invoice march", "rota", "price list")), "REG_BINARY"),
	}
	mailUser := r.email(recep.first, recep.last)
	ntuser := arr{
		key(plain("\\Software\\Microsoft\\Office\\16.0\\Word\\User MRU\\ADAL_"+strings.ToUpper(r.hex(32))+"\\File MRU"), fileMRU...),
		key(plain("\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\WordWheelQuery"), wordwheel...),
		key(plain("\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook\\9375CFF0413111d3B88A00104B2A6676\\00000002"),
			row("Account Name", cont(mailUser), "REG_SZ"),
			row("Display Name", cont(recep.full()), "REG_SZ"),
			row("Email", cont(mailUser), "REG_SZ"),
			row("IMAP Server", plain("imap.mail.example"), "REG_SZ"),
			row("IMAP User", cont(mailUser), "REG_SZ"),
			row("IMAP Password", cred("01000000d08c9ddf0115d1118c7a00c04fc297eb"+r.hex(120)), "REG_BINARY"),
		),
	}
	if r.chance(0.6) {
		ntuser = append(ntuser, key(plain("\\Software\\SimonTatham\\PuTTY\\Sessions\\"+r.pick("nas", "server", "xray-box")),
			row("HostName", netw(l.host(r.in(2, 19))), "REG_SZ"),
			row("UserName", cont(r.pick("admin", "root", strings.ToLower(recep.first))), "REG_SZ"),
			row("PortNumber", netw(r.pick3(22, 2222, 22)), "REG_DWORD"),
		))
	}

	examiner := r.english()
	var note leaf
	switch r.IntN(3) {
	case 0:
		note = prose(p("Reception PC auto-logs on with a stored password; VNC open on the LAN. Practice owner "), p(recep.first, contactC), p(" informed by phone "), p(r.cardiffLand(), contactC), p("."))
	case 1:
		note = prose(p("USB stick "), p(usbSerial, devC), p(" was plugged in the day before the incident; patient letters in Word MRU."))
	default:
		note = prose(p("Hives exported read-only from the image; hashes verified."))
	}
	return obj{
		{"case", decoy(fmt.Sprintf("IR-%d-%04d", 2024, r.in(1, 999)))},
		{"examiner", cont(examiner.full())},
		{"host", netw(host)},
		{"tool", decoy(fmt.Sprintf("regipy %d.%d.%d", r.in(3, 4), r.in(0, 9), r.in(0, 5)))},
		{"note", note},
		{"hives", arr{
			obj{{"hive_type", plain("SOFTWARE")}, {"path", plain("C:\\Windows\\System32\\config\\SOFTWARE")}, {"sha256", decoy(r.hex(64))}, {"subkeys", software}},
			obj{{"hive_type", plain("SYSTEM")}, {"path", plain("C:\\Windows\\System32\\config\\SYSTEM")}, {"sha256", decoy(r.hex(64))}, {"subkeys", system}},
			obj{{"hive_type", plain("NTUSER")}, {"path", plain("C:\\Users\\" + winUser + "\\NTUSER.DAT")}, {"sha256", decoy(r.hex(64))}, {"subkeys", ntuser}},
		}},
	}
}
