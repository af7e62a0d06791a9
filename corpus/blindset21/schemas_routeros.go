package blindset21

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// hospiceRouterOS is a hospice's MikroTik router read through the RouterOS
// v7 REST API by a contractor's script, with an `/export show-sensitive`.
func hospiceRouterOS(r *rng) any {
	staff := r.lan()
	guest := lan(fmt.Sprintf("172.%d.%d", r.in(16, 31), r.in(100, 200)))
	vpnNet := lan(fmt.Sprintf("10.%d.%d", r.in(90, 99), r.in(0, 9)))
	wanIP := r.wan()
	t0 := r.when()
	board := r.pick("hAP ax^3", "RB5009UG+S+", "hAP ax^2", "CCR2004-1G-12S+2XS", "L009UiGS")
	model := map[string]string{"hAP ax^3": "C53UiG+5HPaxD2HPaxD", "RB5009UG+S+": "RB5009UG+S+IN", "hAP ax^2": "C52iG-5HaxD2HaxD", "CCR2004-1G-12S+2XS": "CCR2004-1G-12S+2XS", "L009UiGS": "L009UiGS-2HaxD"}[board]
	rosVer := r.pick("7.14.3", "7.15.2", "7.13.5", "7.16")
	serial := r.HEX(12)
	identity := r.pick("hospice-core-rtr", "stcolumba-gw", "hospice-mikrotik", "rtr-ipu-01") + r.pick("", ".lan", ".internal")
	contractor := r.english()
	ctUser := r.userName(contractor)
	ctPass := r.password()
	softwareID := r.from(upperNum, 4) + "-" + r.from(upperNum, 4)
	basic := "Basic " + base64.StdEncoding.EncodeToString([]byte(ctUser+":"+ctPass))

	collector := obj{
		{"tool", plain("ros-dump.py")},
		{"tool_version", decoy(r.semver())},
		{"base_url", netw("https://" + staff.gw() + "/rest")},
		{"authorization", cred(basic)},
		{"verify_tls", decoy(false)},
		{"collected_at", plain(iso(t0))},
		{"operator", cont(contractor.full())},
	}

	resource := obj{
		{"uptime", plain(fmt.Sprintf("%dw%dd%dh%dm", r.in(0, 9), r.in(0, 6), r.in(0, 23), r.in(0, 59)))},
		{"version", dev(rosVer + " (stable)")},
		{"build-time", plain(fmt.Sprintf("2024-%02d-%02d %02d:%02d:%02d", r.in(1, 9), r.in(1, 28), r.in(0, 23), r.in(0, 59), r.in(0, 59)))},
		{"factory-software", dev(r.pick("7.8", "7.10", "7.11.2", "7.12"))},
		{"free-memory", plain(fmt.Sprint(r.in(300, 900) * 1048576))},
		{"total-memory", plain("1073741824")},
		{"cpu", plain("ARM64")},
		{"cpu-count", plain(fmt.Sprint(r.pick("2", "4")))},
		{"cpu-load", plain(fmt.Sprint(r.in(0, 40)))},
		{"free-hdd-space", plain(fmt.Sprint(r.in(40, 110) * 1048576))},
		{"architecture-name", plain("arm64")},
		{"board-name", dev(board)},
		{"platform", dev("MikroTik")},
	}
	fw := rosVer
	routerboard := obj{
		{"routerboard", decoy("true")},
		{"board-name", dev(board)},
		{"model", dev(model)},
		{"serial-number", dev(serial)},
		{"firmware-type", plain(r.pick("ipq6000", "en7562", "al2"))},
		{"factory-firmware", dev(r.pick("7.8", "7.10", "7.11.2"))},
		{"current-firmware", dev(fw)},
		{"upgrade-firmware", dev(fw)},
	}

	// interfaces
	wanMac, brMac := r.mac(":", true), r.mac(":", true)
	var ifs arr
	ifRow := func(id int, name, typ, mac, comment string) obj {
		o := obj{
			{".id", plain(fmt.Sprintf("*%X", id))},
			{"name", plain(name)},
			{"type", plain(typ)},
		}
		if mac != "" {
			o = append(o, field{"mac-address", macAddr(mac)})
		}
		o = append(o,
			field{"mtu", plain("1500")},
			field{"actual-mtu", plain("1500")},
			field{"rx-byte", plain(fmt.Sprint(r.in(1e6, 2e9)))},
			field{"tx-byte", plain(fmt.Sprint(r.in(1e6, 2e9)))},
			field{"running", decoy("true")},
			field{"disabled", decoy("false")},
		)
		if comment != "" {
			o = append(o, field{"comment", plain(comment)})
		}
		return o
	}
	ifs = append(ifs, ifRow(1, "ether1", "ether", wanMac, "WAN - "+r.pick("fibre ONT", "FTTP", "Openreach ONT")))
	ifs = append(ifs, ifRow(2, "ether2", "ether", r.mac(":", true), ""))
	ifs = append(ifs, ifRow(9, "bridge", "bridge", brMac, ""))
	ifs = append(ifs, ifRow(10, "wifi1", "wifi", r.mac(":", true), ""))
	vlanID := r.in(20, 60)
	vl := ifRow(14, fmt.Sprintf("vlan%d-guest", vlanID), "vlan", "", "families and visitors")
	vl = append(vl, field{"vlan-id", netw(fmt.Sprint(vlanID))})
	ifs = append(ifs, vl)

	addrs := arr{
		obj{{".id", plain("*1")}, {"address", netw(staff.gw() + "/24")}, {"network", netw(staff.host(0))}, {"interface", plain("bridge")}, {"dynamic", decoy("false")}, {"comment", plain("staff LAN")}},
		obj{{".id", plain("*2")}, {"address", netw(guest.gw() + "/24")}, {"network", netw(guest.host(0))}, {"interface", plain(fmt.Sprintf("vlan%d-guest", vlanID))}, {"dynamic", decoy("false")}},
		obj{{".id", plain("*3")}, {"address", netw(wanIP + "/29")}, {"network", netw(wanIP[:strings.LastIndex(wanIP, ".")] + ".0")}, {"interface", plain("ether1")}, {"dynamic", decoy("false")}, {"comment", plain("static from ISP")}},
	}

	// DHCP leases
	type client struct{ host, product, kind string }
	clients := []client{
		{"ASCOM-MYCO3-" + r.digits(4), "Ascom Myco 3", "handset"},
		{"ALARIS-GW-" + r.digits(3), "BD Alaris Gateway Workstation", "pump dock"},
		{"MX450-" + r.HEX(4), "Philips IntelliVue MX450", "monitor"},
		{"NPI" + r.HEX(6), "HP LaserJet Pro M428fdw", "printer"},
		{"TC52-" + r.digits(4), "Zebra TC52", "scanner"},
		{"CareFlowHub-" + r.HEX(4), "Quantum Care bed-sensor hub", "sensor hub"},
		{r.pick("Rosalinds-iPad", "Fam-iPad-Rm", "Nurse-Station-PC", "iPad"), "iPad (9th generation)", "tablet"},
	}
	var leases arr
	nLeases := r.in(4, 7)
	for i, c := range r.Perm(len(clients))[:nLeases] {
		cl := clients[c]
		mac := r.mac(":", true)
		ip := staff.host(r.in(20, 240))
		l := obj{
			{".id", plain(fmt.Sprintf("*%X", 0x40+i))},
			{"address", netw(ip)},
			{"mac-address", macAddr(mac)},
			{"client-id", macAddr("1:" + strings.ToLower(mac))},
			{"host-name", netw(cl.host)},
			{"server", plain("dhcp-staff")},
			{"status", plain("bound")},
			{"last-seen", dev(fmt.Sprintf("%dm%ds", r.in(0, 9), r.in(1, 59)))},
			{"expires-after", plain(fmt.Sprintf("%dm%ds", r.in(1, 9), r.in(1, 59)))},
			{"dynamic", decoy(r.pick("true", "false"))},
			{"blocked", decoy("false")},
		}
		if r.chance(0.6) {
			pt := r.english()
			room := r.in(1, 16)
			switch r.IntN(3) {
			case 0:
				l = append(l, field{"comment", prose(p(fmt.Sprintf("Rm %d ", room)), p(cl.product, devC), p(" - "), p(r.pick("Mr ", "Mrs ", "Ms ")+pt.last, contactC), p(", "), p(r.pick("syringe driver: morphine + midazolam CSCI", "on 2L O2, COPD end stage", "MND, high falls risk", "bed-exit alarm, delirium"), healthC))})
			case 1:
				l = append(l, field{"comment", prose(p("static for "), p(cl.product, devC), p(" do not change"))})
			default:
				l = append(l, field{"comment", prose(p("nurse station "+cl.kind+" - ask "), p(pt.first, contactC), p(" before moving"))})
			}
		}
		leases = append(leases, l)
	}

	// Wi-Fi
	staffSSID := r.pick("StColumba-Staff", "Hospice-Clinical", "IPU-Staff", "Ardenlea-Staff")
	guestSSID := r.pick("Hospice-Guest", "Families WiFi", "Visitors", "StColumba-Guest")
	staffPSK, guestPSK := r.psk(), r.psk()
	wifi := arr{
		obj{{".id", plain("*1")}, {"name", plain("wifi1")}, {"configuration.ssid", netw(staffSSID)}, {"configuration.country", decoy(r.pick("United Kingdom", "United States", "New Zealand"))}, {"security", plain("sec-staff")}, {"channel.band", plain("5ghz-ax")}, {"mac-address", macAddr(r.mac(":", true))}, {"disabled", decoy("false")}},
		obj{{".id", plain("*2")}, {"name", plain("wifi2")}, {"configuration.ssid", netw(guestSSID)}, {"configuration.hide-ssid", decoy("false")}, {"security", plain("sec-guest")}, {"channel.band", plain("2ghz-ax")}, {"mac-address", macAddr(r.mac(":", true))}, {"disabled", decoy("false")}},
	}
	security := arr{
		obj{{".id", plain("*1")}, {"name", plain("sec-staff")}, {"authentication-types", plain("wpa2-psk,wpa3-psk")}, {"passphrase", cred(staffPSK)}, {"wps", plain("disable")}, {"ft", plain("yes")}},
		obj{{".id", plain("*2")}, {"name", plain("sec-guest")}, {"authentication-types", plain("wpa2-psk")}, {"passphrase", cred(guestPSK)}, {"wps", plain("disable")}, {"disable-pmkid", decoy("true")}},
	}

	// users and VPN
	nurse1, nurse2 := r.english(), r.english()
	n1User, n2User := r.userName(nurse1), r.userName(nurse2)
	n1Pass := r.password()
	users := arr{
		obj{{".id", plain("*1")}, {"name", cont(ctUser)}, {"group", plain("full")}, {"address", netw(staff.cidr())}, {"last-logged-in", plain(iso(after(t0, -r.in(5, 3000))))}, {"disabled", decoy("false")}, {"comment", prose(p("IT contractor "), p(contractor.full(), contactC))}},
		obj{{".id", plain("*2")}, {"name", cont(n1User)}, {"group", plain("read")}, {"address", plain("")}, {"last-logged-in", plain(iso(after(t0, -r.in(5, 30000))))}, {"disabled", decoy("false")}},
	}
	ppp := arr{
		obj{{".id", plain("*1")}, {"name", cont(n1User)}, {"password", cred(n1Pass)}, {"service", plain("l2tp")}, {"profile", plain("oncall-vpn")}, {"remote-address", netw(vpnNet.host(11))}, {"last-caller-id", netw(r.wan())}, {"last-logged-out", plain(iso(after(t0, -r.in(60, 9000))))}, {"comment", prose(p("on-call "), p(nurse1.full(), contactC))}},
		obj{{".id", plain("*2")}, {"name", cont(n2User)}, {"password", cred(r.password())}, {"service", plain("l2tp")}, {"profile", plain("oncall-vpn")}, {"remote-address", netw(vpnNet.host(12))}, {"last-caller-id", r.orNull(0.4, netw(r.wan()))}, {"disabled", decoy("false")}},
	}
	rel := r.english()
	relUser := strings.ToLower(rel.last) + "-fam"
	hotspot := arr{
		obj{{".id", plain("*1")}, {"name", cont(relUser)}, {"password", cred(r.digits(6))}, {"profile", plain("families")}, {"limit-uptime", plain("1d")}, {"bytes-in", plain(fmt.Sprint(r.in(1e5, 9e8)))}, {"comment", prose(p(r.pick("daughter of ", "son of ", "husband of ")), p(r.pick("Mrs ", "Mr ")+rel.last, contactC), p(fmt.Sprintf(" (Rm %d)", r.in(1, 16))))}},
	}

	// WireGuard
	wgPriv := r.b64(32)
	wgPort := r.pick("13231", "51820", "51821")
	doc := r.english()
	wg := arr{obj{{".id", plain("*1")}, {"name", plain("wg-remote")}, {"listen-port", netw(wgPort)}, {"mtu", plain("1420")}, {"private-key", cred(wgPriv)}, {"public-key", decoy(r.b64(32))}, {"running", decoy("true")}}}
	peers := arr{
		obj{{".id", plain("*1")}, {"interface", plain("wg-remote")}, {"public-key", decoy(r.b64(32))}, {"endpoint-address", netw(r.wan())}, {"endpoint-port", netw(fmt.Sprint(r.in(20000, 60000)))}, {"allowed-address", netw(vpnNet.host(r.in(30, 60)) + "/32")}, {"last-handshake", dev(fmt.Sprintf("%dm%ds", r.in(0, 50), r.in(1, 59)))}, {"rx", plain(fmt.Sprint(r.in(1e4, 9e7)))}, {"tx", plain(fmt.Sprint(r.in(1e4, 9e7)))}, {"comment", prose(p("Dr "), p(doc.full(), contactC), p(" - "), p(r.pick("MacBook Air M2", "ThinkPad T14 Gen 4", "Surface Pro 9"), devC))}},
		obj{{".id", plain("*2")}, {"interface", plain("wg-remote")}, {"public-key", decoy(r.b64(32))}, {"endpoint-address", plain("")}, {"allowed-address", netw(vpnNet.host(r.in(61, 90)) + "/32")}, {"preshared-key", cred(r.b64(32))}, {"comment", prose(p("spare - not issued"))}},
	}
	community := r.pick("hosp1ce-mon", "public2024", "ipu-ro-") + r.alnum(4)
	snmp := arr{obj{{".id", plain("*1")}, {"name", cred(community)}, {"addresses", netw(staff.host(r.in(2, 9)) + "/32")}, {"read-access", plain("true")}, {"write-access", decoy("false")}, {"security", plain("none")}}}

	// log
	var logs arr
	lt := t0
	addLog := func(topics string, msg leaf) {
		lt = after(lt, -r.in(1, 180))
		logs = append(logs, obj{{".id", plain(fmt.Sprintf("*%X", r.in(0x1000, 0xffff)))}, {"time", plain(lt.Format("2006-01-02 15:04:05"))}, {"topics", plain(topics)}, {"message", msg}})
	}
	lm := r.mac(":", true)
	addLog("dhcp,info", prose(p("dhcp-staff assigned "), p(staff.host(r.in(20, 240)), netC), p(" for "), pmac(lm), p(" "), p(clients[r.IntN(len(clients))].host, netC)))
	addLog("system,info,account", prose(p("user "), p(ctUser, contactC), p(" logged in from "), p(staff.host(r.in(2, 250)), netC), p(" via rest-api")))
	addLog("system,error,critical", prose(p("login failure for user "), p(n2User, contactC), p(" from "), p(r.wan(), netC), p(" via "), p(r.pick("ssh", "winbox", "ftp"))))
	addLog("wireless,info", prose(pmac(r.mac(":", true)), p("@wifi1: connected, signal strength "), p(fmt.Sprint(-r.in(40, 80)))))
	addLog("l2tp,ppp,info", prose(p("<l2tp-"), p(n1User, contactC), p(">: connected")))
	addLog("system,info", prose(p(r.pick("router rebooted", "item added by rest-api", "backup completed", "scheduler: nightly-backup ran"))))
	addLog("firewall,info", prose(p("input: in:ether1 out:(unknown 0), connection-state:new proto TCP (SYN), "), p(r.wan()+":"+fmt.Sprint(r.in(30000, 60000)), netC), p("->"), p(wanIP+":8291", netC), p(", len 60")))

	// export
	exp := prose(
		p(fmt.Sprintf("# %s by RouterOS %s\n# software id = %s\n# model = ", lt.Format("2006-01-02 15:04:05"), rosVer, softwareID)),
		p(model, devC), p("\n# serial number = "), p(serial, devC),
		p("\n/interface wifi security\nadd authentication-types=wpa2-psk,wpa3-psk name=sec-staff passphrase=\""), p(staffPSK, credC),
		p("\"\n/interface wifi\nset [ find default-name=wifi1 ] configuration.ssid=\""), p(staffSSID, netC),
		p("\" security=sec-staff\n/interface wireguard\nadd listen-port="), p(wgPort, netC), p(" mtu=1420 name=wg-remote private-key=\""), p(wgPriv, credC),
		p("\"\n/ip address\nadd address="), p(staff.gw()+"/24", netC), p(" interface=bridge network="), p(staff.host(0), netC),
		p("\n/ppp secret\nadd name="), p(n1User, contactC), p(" password="), p(n1Pass, credC), p(" profile=oncall-vpn remote-address="), p(vpnNet.host(11), netC),
		p(" service=l2tp\n/snmp community\nset [ find default=yes ] name="), p(community, credC),
		p("\n/system identity\nset name="), p(identity, netC), p("\n"),
	)

	cnLabel := func(cn string) leaf {
		if strings.Contains(cn, ".") {
			return netw(cn)
		}
		return plain(cn)
	}
	var certs arr
	for _, cn := range []string{identity, "wg-remote-ca", "hotspot." + strings.TrimSuffix(strings.TrimSuffix(identity, ".lan"), ".internal") + ".lan"} {
		certs = append(certs, obj{
			{".id", plain(fmt.Sprintf("*%X", r.in(1, 30)))},
			{"name", plain(strings.SplitN(cn, ".", 2)[0])},
			{"common-name", cnLabel(cn)},
			{"fingerprint", decoy(r.hex(64))},
			{"serial-number", decoy(r.HEX(16))},
			{"key-size", plain(r.pick("2048", "prime256v1"))},
			{"private-key", decoy("true")},
			{"trusted", decoy("true")},
			{"invalid-after", plain(fmt.Sprintf("2025-%02d-%02d 10:00:00", r.in(1, 12), r.in(1, 28)))},
		})
	}
	license := obj{{"software-id", decoy(softwareID)}, {"nlevel", plain("4")}, {"features", plain("")}}

	return obj{
		{"collector", collector},
		{"system/license", license},
		{"certificate", certs},
		{"system/resource", resource},
		{"system/routerboard", routerboard},
		{"system/identity", obj{{"name", netw(identity)}}},
		{"interface", ifs},
		{"ip/address", addrs},
		{"ip/dhcp-server/lease", leases},
		{"interface/wifi", wifi},
		{"interface/wifi/security", security},
		{"user", users},
		{"ppp/secret", ppp},
		{"ip/hotspot/user", hotspot},
		{"interface/wireguard", wg},
		{"interface/wireguard/peers", peers},
		{"snmp/community", snmp},
		{"log", logs},
		{"export", exp},
	}
}
