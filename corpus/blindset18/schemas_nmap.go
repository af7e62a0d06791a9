package blindset18

import (
	"fmt"
	"strings"
)

// dentalNmap is an incident responder's nmap scan of a dental practice's
// office LAN, converted from XML with xmltodict ("@attr" keys): the run's
// arguments with the scanned CIDR, a DHCP discover prescript, hosts (IP
// and MAC with the vendor, PTR names, open ports with services, server
// software versions, device types, script output naming models, an SMB
// OS discovery, a certificate subject with an e-mail and a default login
// that worked, OS guesses, last boot) and run statistics.
func dentalNmap(r *rng) any {
	l := r.lan()
	dom := r.pick("dental.lan", "smiles.local", "surgery.lan", "practice.internal")
	wg := strings.ToUpper(r.pick("DENTAL", "SMILES", "SURGERY", "PRACTICE"))
	t := r.when()
	nurse := r.english()
	type svc struct {
		port            int
		name            string
		product         leaf
		version         string
		extra           leaf
		devtype         string
		scripts         []obj
		protocol, state string
	}
	script := func(id string, out leaf) obj { return obj{{"@id", plain(id)}, {"@output", out}} }
	type host struct {
		ip, mac     string
		vendor      string
		names       []string
		svcs        []svc
		osName      string
		osType      string
		hostscripts []obj
		boot        bool
		phone       bool
	}
	noLeaf := leaf{}
	router := host{ip: l.gw(), mac: r.mac(":", true), vendor: r.pick("TP-LINK TECHNOLOGIES", "Ubiquiti", "DrayTek"), names: []string{"router." + dom}, osName: "Linux 4.15 - 5.8", osType: "WAP", boot: true}
	rmodel := map[string]string{"TP-LINK TECHNOLOGIES": "TP-Link Archer AX55", "Ubiquiti": "UniFi Dream Machine", "DrayTek": "DrayTek Vigor 2865"}[router.vendor]
	router.svcs = []svc{
		{port: 53, name: "domain", product: plain("dnsmasq"), version: fmt.Sprintf("2.%d", r.in(78, 90)), extra: noLeaf},
		{port: 80, name: "http", product: plain(r.pick("lighttpd", "nginx", "micro_httpd")), extra: noLeaf, devtype: r.pick("WAP", "broadband router"), scripts: []obj{
			script("http-title", prose(p(rmodel, devC), p(" - Login"))),
			script("http-default-accounts", prose(p("\n  [Router] at /\n    "), p("admin:"+r.pick("admin", "password", "1234", r.password()), credC), p("\n"))),
		}},
		{port: 443, name: "https", product: plain("nginx"), extra: noLeaf, scripts: []obj{
			script("ssl-cert", prose(p("Subject: commonName="), p("router."+dom, netC), p("\nNot valid before: 2023-01-01T00:00:00\nNot valid after:  2033-01-01T00:00:00"))),
		}},
	}
	nasName := strings.ToUpper(r.pick("nas-reception", "ds-backup", "xray-store"))
	nasMail := r.email(nurse)
	nas := host{ip: l.host(r.in(2, 30)), mac: r.mac(":", true), vendor: "Synology Incorporated", names: []string{strings.ToLower(nasName) + "." + dom}, osName: "Linux 4.4 - 5.10", osType: "storage-misc", boot: true}
	nas.svcs = []svc{
		{port: 22, name: "ssh", product: plain("OpenSSH"), version: r.pick("8.2p1", "9.2p1", "7.4"), extra: plain("protocol 2.0")},
		{port: 445, name: "netbios-ssn", product: plain("Samba smbd"), version: r.pick("4.6.2", "4.15.13", "3.X - 4.X"), extra: netw("workgroup: " + wg)},
		{port: 5001, name: "http", product: plain("nginx"), extra: noLeaf, devtype: "storage-misc", scripts: []obj{
			script("http-title", prose(p("Synology "), p(r.pick("DiskStation DS220+", "DiskStation DS923+", "DiskStation DS218"), devC), p(" - "), p(nasName, netC))),
			script("ssl-cert", prose(p("Subject: commonName="), p(strings.ToLower(nasName)+"."+dom, netC), p("/emailAddress="), p(nasMail, contactC), p("/organizationName=Synology Inc."))),
		}},
	}
	pcName := r.pick("RECEPTION-PC", "SURGERY1-PC", "XRAY-WS", "MANAGER-PC")
	pc := host{ip: l.host(r.in(31, 90)), mac: r.mac(":", true), vendor: r.pick("Dell", "Hewlett Packard", "Lenovo"), names: []string{strings.ToLower(pcName) + "." + dom}, osName: "Microsoft Windows 10 1809 - 22H2", osType: "general purpose"}
	pc.svcs = []svc{
		{port: 135, name: "msrpc", product: plain("Microsoft Windows RPC"), extra: noLeaf},
		{port: 445, name: "microsoft-ds", product: plain(""), extra: noLeaf},
		{port: 3389, name: "ms-wbt-server", product: plain("Microsoft Terminal Services"), extra: noLeaf},
	}
	if r.chance(0.6) {
		pc.svcs = append(pc.svcs, svc{port: 1433, name: "ms-sql-s", product: plain("Microsoft SQL Server 2019"), version: "15.00.2000.00", extra: plain("RTM")})
	}
	pc.hostscripts = []obj{
		script("smb-os-discovery", prose(p("\n  OS: "), p(r.pick("Windows 10 Pro 19045", "Windows 11 Pro 22631", "Windows 10 Pro 19044"), devC), p(" (Windows 10 Pro 6.3)\n  Computer name: "), p(strings.ToLower(pcName), netC), p("\n  NetBIOS computer name: "), p(pcName, netC), p("\\x00\n  Workgroup: "), p(wg, netC), p("\\x00\n  System time: "+iso(t)+"\n"))),
		script("nbstat", prose(p("NetBIOS name: "), p(pcName, netC), p(", NetBIOS user: <unknown>, NetBIOS MAC: "), pmac(r.mac(":", false)), p(" ("+pc.vendor+")"))),
	}
	printer := host{ip: l.host(r.in(91, 140)), mac: r.mac(":", true), vendor: "Brother Industries", names: []string{"brn" + r.hex(12) + "." + dom}, osName: "Brother printer", osType: "printer"}
	pmodel := r.pick("HL-L2350DW", "MFC-L2710DW", "DCP-L2530DW", "HL-L3270CDW")
	printer.svcs = []svc{
		{port: 80, name: "http", product: plain("Debut embedded httpd"), version: "1.20", extra: plain("Brother/HP printer http admin"), devtype: "printer", scripts: []obj{script("http-title", prose(p("Brother "), p(pmodel, devC), p(" series")))}},
		{port: 631, name: "ipp", product: plain("Brother printer ipp"), extra: noLeaf, devtype: "printer"},
		{port: 9100, name: "jetdirect", product: plain(""), extra: noLeaf},
	}
	cam := host{ip: l.host(r.in(141, 200)), mac: r.mac(":", true), vendor: "Hangzhou Hikvision Digital Technology", osName: "Linux 3.X", osType: "webcam", boot: true}
	cam.svcs = []svc{
		{port: 80, name: "http", product: plain("Hikvision IP camera httpd"), extra: noLeaf, devtype: "webcam", scripts: []obj{
			script("http-default-accounts", prose(p("\n  [Hikvision DVR] at /\n    "), p("admin:"+r.pick("12345", "admin12345", r.password()), credC), p("\n"))),
		}},
		{port: 554, name: "rtsp", product: dev("Hikvision " + r.pick("DS-2CD2143G2-I", "DS-2CD1023G0E-I", "DS-2CD2387G2-LU") + " IP camera rtspd"), extra: noLeaf, devtype: "webcam"},
		{port: 8000, name: "http-alt", product: plain(""), extra: noLeaf},
	}
	phone := host{ip: l.host(r.in(201, 250)), mac: r.mac(":", true), vendor: "Apple", osName: r.pick("Apple iOS 16 - 17", "Apple iOS 17"), osType: "phone", phone: true}

	hosts := []host{router, nas, pc, printer, cam, phone}
	order := r.Perm(len(hosts))[:r.in(4, 6)]
	var hostArr arr
	ht := t
	for _, k := range order {
		h := hosts[k]
		ht = after(ht, r.in(0, 2))
		addrs := arr{
			obj{{"@addr", netw(h.ip)}, {"@addrtype", plain("ipv4")}},
			obj{{"@addr", macAddr(h.mac)}, {"@addrtype", plain("mac")}, {"@vendor", dev(h.vendor)}},
		}
		var hostnames any = null()
		if len(h.names) > 0 {
			hostnames = obj{{"hostname", obj{{"@name", netw(h.names[0])}, {"@type", plain("PTR")}}}}
		}
		ports := obj{{"extraports", obj{{"@state", plain(r.pick("closed", "filtered"))}, {"@count", plain(fmt.Sprint(1000 - len(h.svcs)))}}}}
		if len(h.svcs) > 0 {
			var pa arr
			for _, s := range h.svcs {
				service := obj{{"@name", plain(s.name)}}
				if s.product.val != nil && s.product.val != "" {
					service = append(service, field{"@product", s.product})
				}
				if s.version != "" {
					service = append(service, field{"@version", decoy(s.version)})
				}
				if s.extra.val != nil {
					service = append(service, field{"@extrainfo", s.extra})
				}
				if s.devtype != "" {
					service = append(service, field{"@devicetype", dev(s.devtype)})
				}
				service = append(service, field{"@method", plain("probed")}, field{"@conf", plain("10")})
				po := obj{
					{"@protocol", plain("tcp")},
					{"@portid", netw(fmt.Sprint(s.port))},
					{"state", obj{{"@state", plain("open")}, {"@reason", plain("syn-ack")}, {"@reason_ttl", plain(r.pick("64", "128", "255"))}}},
					{"service", service},
				}
				if len(s.scripts) == 1 {
					po = append(po, field{"script", s.scripts[0]})
				} else if len(s.scripts) > 1 {
					sa := arr{}
					for _, x := range s.scripts {
						sa = append(sa, x)
					}
					po = append(po, field{"script", sa})
				}
				pa = append(pa, po)
			}
			if len(pa) == 1 {
				ports = append(ports, field{"port", pa[0]})
			} else {
				ports = append(ports, field{"port", pa})
			}
		}
		ho := obj{
			{"@starttime", plain(fmt.Sprint(unix(ht)))},
			{"@endtime", plain(fmt.Sprint(unix(ht) + int64(r.in(5, 40))))},
			{"status", obj{{"@state", plain("up")}, {"@reason", plain("arp-response")}, {"@reason_ttl", plain("0")}}},
			{"address", addrs},
			{"hostnames", hostnames},
			{"ports", ports},
			{"os", obj{{"osmatch", obj{
				{"@name", dev(h.osName)},
				{"@accuracy", plain(fmt.Sprint(r.in(88, 100)))},
				{"@line", plain(fmt.Sprint(r.in(1000, 99999)))},
				{"osclass", obj{{"@type", dev(h.osType)}, {"@accuracy", plain(fmt.Sprint(r.in(88, 100)))}}},
			}}}},
		}
		if h.boot {
			ho = append(ho, field{"uptime", obj{{"@seconds", plain(fmt.Sprint(r.in(3600, 9000000)))}, {"@lastboot", dev(t.Add(-1e9 * 3600 * 24 * 3).Format("Mon Jan 2 15:04:05 2006"))}}})
		}
		if !h.phone {
			ho = append(ho, field{"tcpsequence", obj{{"@index", plain(fmt.Sprint(r.in(200, 262)))}, {"@difficulty", plain("Good luck!")}, {"@values", decoy(strings.Join([]string{r.HEX(8), r.HEX(8), r.HEX(8), r.HEX(8), r.HEX(8), r.HEX(8)}, ","))}}})
		}
		ho = append(ho, field{"distance", obj{{"@value", plain("1")}}})
		if len(h.hostscripts) > 0 {
			sa := arr{}
			for _, x := range h.hostscripts {
				sa = append(sa, x)
			}
			ho = append(ho, field{"hostscript", obj{{"script", sa}}})
		}
		hostArr = append(hostArr, ho)
	}
	offered := l.host(r.in(100, 250))
	up := len(order)
	return obj{{"nmaprun", obj{
		{"@scanner", plain("nmap")},
		{"@args", prose(p("nmap -sS -sV -O --script=default,smb-os-discovery,http-default-accounts -oX scan.xml "), p(l.cidr(), netC))},
		{"@start", plain(fmt.Sprint(unix(t)))},
		{"@startstr", plain(t.Format("Mon Jan 2 15:04:05 2006"))},
		{"@version", decoy(r.pick("7.94", "7.93", "7.95"))},
		{"@xmloutputversion", decoy("1.05")},
		{"scaninfo", obj{{"@type", plain("syn")}, {"@protocol", plain("tcp")}, {"@numservices", plain("1000")}, {"@services", decoy("1,3-4,6-7,9,13,17,19-26,30,32-33,37,42-43,49,53,70,79-85,88-90,99-100,106,109-111,113,119,125,135,139,143-144,146,161,163,179,199")}}},
		{"verbose", obj{{"@level", plain("0")}}},
		{"debugging", obj{{"@level", plain("0")}}},
		{"prescript", obj{{"script", script("broadcast-dhcp-discover", prose(
			p("\n  Response 1 of 1: \n    Interface: eth0\n    IP Offered: "), p(offered, netC),
			p("\n    DHCP Message Type: DHCPOFFER\n    Server Identifier: "), p(l.gw(), netC),
			p("\n    IP Address Lease Time: 1d00h00m00s\n    Subnet Mask: 255.255.255.0\n    Router: "), p(l.gw(), netC),
			p("\n    Domain Name Server: "), p(l.gw(), netC), p("\n    Domain Name: "), p(dom, netC), p("\n")))}}},
		{"host", hostArr},
		{"runstats", obj{
			{"finished", obj{
				{"@time", plain(fmt.Sprint(unix(t) + 41))},
				{"@timestr", plain(after(t, 1).Format("Mon Jan 2 15:04:05 2006"))},
				{"@summary", plain(fmt.Sprintf("Nmap done at %s; 256 IP addresses (%d hosts up) scanned in %d.%02d seconds", after(t, 1).Format("Mon Jan 2 15:04:05 2006"), up, r.in(20, 90), r.in(0, 99)))},
				{"@elapsed", plain(fmt.Sprintf("%d.%02d", r.in(20, 90), r.in(0, 99)))},
				{"@exit", plain("success")},
			}},
			{"hosts", obj{{"@up", plain(fmt.Sprint(up))}, {"@down", plain(fmt.Sprint(256 - up))}, {"@total", plain("256")}}},
		}},
	}}}
}
