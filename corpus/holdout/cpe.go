package holdout

import (
	"fmt"
	"strings"
)

// cpeBackup is a router configuration backup as an ISP's management system
// keeps it: UCI-like sections in snake_case.
func cpeBackup(g *gen) *node {
	sub := g.person(nil)
	t := g.when()
	root := obj()
	root.set("backup", obj().
		set("created", str(iso(t), plain)).
		set("tool", str(g.one("cpe-backup", "acs-export", "cfgsave"), plain)).
		set("tool_build", str(g.ipShapedBuild(), decoy)).
		set("format", num(g.n(1, 4), plain)))

	vendor := g.one("Sagemcom", "ZTE", "AVM", "Huawei", "TP-Link", "Technicolor", "Nokia")
	root.set("device", obj().
		set("vendor", str(vendor, dev)).
		set("model", str(g.one("F@st 5670", "ZXHN H298A", "FRITZ!Box 7530 AX", "HG8245H5", "Archer VR600", "TG789vac v2", "G-240W-F"), dev)).
		set("hw_version", str(g.one("1.0", "v2", "REV C", "HW03"), dev)).
		set("sw_version", str(g.firmware(), dev)).
		set("serial", str(g.serial(), dev)).
		set("base_mac", str(g.mac(), macL)))

	sys := obj().set("hostname", str(g.one("router", "fritz.box", "home.gateway", "livebox.home", "cpe-"+g.hex(6)), netw))
	sys.set("timezone", str(g.one("CET-1CEST,M3.5.0,M10.5.0/3", "UTC", "BRT3", "EST5EDT"), plain))
	sys.set("uptime", num(g.n(100, 9999999), plain))
	sys.set("led", bln(g.p(0.5), plain))
	root.set("system", sys)

	wan := obj().set("proto", str(g.one("pppoe", "dhcp", "static"), plain))
	if g.p(0.7) {
		wan.set("pppoe", obj().
			set("username", str(g.one(g.digits(10)+"@"+g.one("isp.example", "dsl.example.net"), sub.al+g.digits(4)+"@fibra.example"), cont)).
			set("password", str(g.password(), cred)).
			set("auth", str(g.one("auto", "chap", "pap"), plain)))
	}
	wan.set("ipaddr", str(g.pubIP(), netw))
	wan.set("gateway", str(g.pubIP(), netw))
	dns := arr()
	for range g.n(1, 2) {
		dns.add(str(g.pubIP(), netw))
	}
	wan.set("dns", dns)
	wan.set("mtu", num(g.one2(1492, 1500, 1480), plain))
	if g.p(0.6) {
		wan.set("vlan_id", num(g.one2(7, 10, 35, 100, 832, 6), netw))
	}
	if g.p(0.4) {
		wan.set("ip6_prefix", str(fmt.Sprintf("2001:db8:%x::/56", g.n(0, 0xffff)), netw))
	}
	root.set("wan", wan)

	cidr, mask, gw := g.cidr()
	base := gw[:strings.LastIndex(gw, ".")+1]
	lan := obj().set("ipaddr", str(gw, netw)).set("netmask", str(mask, netw))
	if g.p(0.4) {
		lan.set("subnet", str(cidr, netw))
	}
	lo := g.n(2, 100)
	dhcp := obj().set("enabled", bln(true, plain)).
		set("start", str(base+fmt.Sprint(lo), netw)).
		set("end", str(base+fmt.Sprint(lo+g.n(20, 150)), netw)).
		set("leasetime", str(g.one("12h", "24h", "86400", "1d"), plain))
	if g.p(0.5) {
		dhcp.set("domain", str(g.one("lan", "home", "fritz.box", "home.arpa"), netw))
	}
	leases := arr()
	for range g.n(0, 4) {
		leases.add(obj().
			set("name", str(g.hostname(), netw)).
			set("mac", str(g.mac(), macL)).
			set("ip", str(base+fmt.Sprint(g.n(2, 254)), netw)))
	}
	if leases.size() > 0 {
		dhcp.set("static_leases", leases)
	}
	lan.set("dhcp", dhcp)
	if g.p(0.4) {
		vl := arr()
		for i := range g.n(1, 3) {
			vl.add(obj().set("vid", num(10*(i+1)+g.n(0, 9), netw)).
				set("label", str(g.one("iot", "guest", "voice", "cams", "mgmt"), plain)))
		}
		lan.set("vlans", vl)
	}
	root.set("lan", lan)

	wl := arr()
	for _, band := range some(g, []string{"2.4GHz", "5GHz", "6GHz"}, g.n(1, 3)) {
		wkey := g.one("key", "key", "psk", "wpa_passphrase")
		enc := g.one("psk2", "sae-mixed", "psk-mixed", "psk2", "none")
		w := obj().set("band", str(band, plain)).
			set("ssid", str(g.ssid(), netw)).
			set("bssid", str(g.mac(), macL)).
			set("encryption", str(enc, plain))
		if enc != "none" {
			w.set(wkey, str(g.psk(), cred))
		} else if g.p(0.5) {
			w.set(wkey, str("", plain))
		}
		w.set("channel", num(g.one2(1, 6, 11, 36, 44, 100, 149), plain)).
			set("hidden", bln(g.p(0.1), plain))
		if g.p(0.3) {
			w.set("wps_pin", str(luhnWPS(g), cred))
		}
		wl.add(w)
	}
	root.set("wireless", wl)

	if g.p(0.7) {
		fw := arr()
		for range g.n(1, 4) {
			p := g.one2(22, 80, 443, 3389, 8080, 25565, 32400, 51820, 8443, 5000)
			fw.add(obj().
				set("name", str(g.one("minecraft", "plex", "ssh", "nas", "rdp", "wireguard", "cam"), plain)).
				set("proto", str(g.one("tcp", "udp", "tcp+udp"), plain)).
				set("src_dport", num(p+g.one2(0, 0, 10000), netw)).
				set("dest_ip", str(base+fmt.Sprint(g.n(2, 254)), netw)).
				set("dest_port", num(p, netw)).
				set("enabled", bln(g.p(0.8), plain)))
		}
		root.set("port_forwards", fw)
	}

	acc := obj()
	if g.p(0.5) {
		acc.set("admin_password", str(g.password(), cred))
	} else {
		acc.set("admin_password_hash", str(g.passHash(), cred))
	}
	acc.set("password_min_len", num(g.one2(8, 10, 12), decoy))
	acc.set("login_failures", num(g.n(0, 30), decoy))
	acc.set("remote_access", bln(g.p(0.3), plain))
	if g.p(0.4) {
		acc.set("remote_url", str(fmt.Sprintf("https://%s:%d/", g.pubIP(), g.one2(8443, 4443, 10443)), netw))
	}
	if g.p(0.3) {
		acc.set("ssh_pubkey", str("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"+g.b64(43), decoy))
	}
	root.set("access", acc)

	if g.p(0.4) {
		root.set("ddns", obj().
			set("service", str(g.one("dyndns", "noip", "duckdns"), plain)).
			set("domain", str(sub.al+g.one("-home", "house", "nas")+g.one(".dyndns.example", ".ddns.example.net"), netw)).
			set("username", str(sub.user, cont)).
			set("password", str(g.password(), cred)))
	}
	if g.p(0.5) {
		root.set("voip", obj().
			set("sip_user", str(sub.phone, cont)).
			set("sip_password", str(g.chars(g.n(8, 14), alnum), cred)).
			set("registrar", str(g.one("sip.isp.example", "voip.example.net"), plain)).
			set("codec", str(g.one("G.711", "G.722", "OPUS"), plain)))
	}
	if g.p(0.5) {
		root.set("tr069", obj().
			set("periodic_interval", num(g.one2(3600, 86400), plain)).
			set("conn_req_password", str(g.chars(12, alnum), cred)))
	}
	return root
}

// luhnWPS is an 8-digit WPS PIN with its check digit.
func luhnWPS(g *gen) string {
	p := g.chars(7, digits)
	acc := 0
	for i, c := range p {
		d := int(c - '0')
		if i%2 == 0 {
			d *= 3
		}
		acc += d
	}
	return p + fmt.Sprint((10-acc%10)%10)
}
