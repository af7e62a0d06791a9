package blindset8

import (
	"fmt"
	"strings"
)

// router-nvram-kv: a home router's configuration backup decoded to JSON: a
// header and the NVRAM as {"k","v"} rows (Wi-Fi, LAN, DHCP, WAN, PPPoE,
// DDNS, port forwards, static leases with client names, the client list,
// admin password, WPS PIN, Samba accounts, build ids) and a syslog tail
// of dnsmasq lines.

func kv(name string, v leaf) obj { return obj{{"k", plain(name)}, {"v", v}} }

func routerNVRAM(g *rng) any {
	model := one(g, "RT-AX58U", "RT-AX86U Pro", "RT-AC68U", "GT-AX6000", "TUF-AX5400", "ZenWiFi XT8")
	owner := g.personOf(one(g, "en", "de", "nl", "it", "sv", "cs"))
	lan := one(g, "192.168.1", "192.168.50", "192.168.0", "10.0.0", "192.168."+fmt.Sprint(g.in(2, 99)))
	ssid := g.ssid(owner)
	build := fmt.Sprint(one(g, 386, 388, 3004)) + "_" + fmt.Sprint(g.in(20000, 25000))
	mac := strings.ToUpper(g.mac())
	mac = strings.ReplaceAll(mac, "-", ":")
	devName := one(g, owner.first+"s-iPhone", "Galaxy-S23", owner.first+"-laptop", "NAS", "LivingRoom-TV", "PS5")
	clientMAC := strings.ToUpper(strings.ReplaceAll(g.mac(), "-", ":"))
	clientIP := lan + "." + fmt.Sprint(g.in(20, 99))
	plexIP := lan + "." + fmt.Sprint(g.in(100, 199))

	rows := arr{
		kv("productid", dev(model)),
		kv("odmpid", dev(model)),
		kv("buildno", dev(build)),
		kv("extendno", dev(fmt.Sprintf("%d-g%s", g.in(0, 9), g.s(hx, 7)))),
		kv("serial_no", dev(strings.ToUpper(g.s(uc+num, 15)))),
		kv("label_mac", macAddr(mac)),
		kv("computer_name", netw(model+"-"+mac[len(mac)-5:len(mac)-3]+mac[len(mac)-2:])),
		kv("time_zone_x", plain(one(g, "EST5DST", "CET-1DST", "GMT0BST", "JST-9"))),
		kv("wl0_ssid", netw(ssid)),
		kv("wl0_wpa_psk", cred(g.passphrase())),
		kv("wl0_auth_mode_x", plain(one(g, "psk2", "psk2sae", "pskpsk2"))),
		kv("wl0_channel", plain(fmt.Sprint(one(g, 0, 1, 6, 11)))),
		kv("wl0_wpa_gtk_rekey", decoy("3600")),
		kv("wl0_key1", decoy("")),
		kv("wl1_ssid", netw(ssid+one(g, "_5G", "-5GHz", " 5G"))),
		kv("wl1_wpa_psk", cred(g.passphrase())),
		kv("wl1_closed", decoy("0")),
		kv("lan_ipaddr", netw(lan+".1")),
		kv("lan_netmask", netw("255.255.255.0")),
		kv("dhcp_start", netw(lan+".2")),
		kv("dhcp_end", netw(lan+".254")),
		kv("dhcp_lease", plain("86400")),
		kv("wan0_proto", plain(one(g, "pppoe", "dhcp"))),
		kv("wan0_ipaddr", netw(g.docIP())),
		kv("wan0_gateway", netw(g.docIP())),
		kv("wan0_dns", netw(one(g, "1.1.1.1 9.9.9.9", "8.8.8.8 8.8.4.4", g.docIP()+" "+g.docIP()))),
		kv("wan0_pppoe_username", cont(strings.ToLower(owner.alast)+fmt.Sprint(g.in(100, 999))+"@"+one(g, "dsl.example.net", "fibre.example.com"))),
		kv("wan0_pppoe_passwd", cred(g.password())),
		kv("wan0_mtu", plain("1492")),
		kv("ddns_hostname_x", netw(strings.ToLower(owner.alast)+"home.ddns.example.net")),
		kv("ddns_username_x", cont(g.email(owner))),
		kv("ddns_passwd_x", cred(g.opaque(16))),
		kv("http_passwd", cred(g.password())),
		kv("http_lanport", netw("80")),
		kv("https_lanport", netw(fmt.Sprint(one(g, 8443, 443)))),
		kv("sshd_port", netw(fmt.Sprint(one(g, 22, 2222, 1022)))),
		kv("wps_device_pin", cred(fmt.Sprintf("%08d", g.n(100_000_000)))),
		kv("vts_rulelist", netw(fmt.Sprintf("<Plex>32400>%s>32400>TCP<Minecraft>25565>%s>25565>BOTH", plexIP, clientIP))),
		kv("dhcp_staticlist", multi(fmt.Sprintf("<%s>%s>>%s", clientMAC, clientIP, devName), netCat, deviceCat)),
		kv("custom_clientlist", dev(fmt.Sprintf("<%s>%s>0>0>>", devName, clientMAC))),
		kv("acc_list", multi(fmt.Sprintf("%s>%s", strings.ToLower(owner.afirst), g.password()), credCat, contactCat)),
		kv("log_ipaddr", netw(lan+"."+fmt.Sprint(g.in(2, 250)))),
		kv("ntp_server0", decoy("pool.ntp.org")),
		kv("sig_state_version", decoy(fmt.Sprintf("2.%d", g.in(300, 420)))),
		kv("http_passwd_min_len", decoy("8")),
		kv("login_timestamp", plain(fmt.Sprint(g.epoch()))),
	}
	var logs arr
	for i := 0; i < g.in(1, 3); i++ {
		t := epochTime(g.epoch())
		switch g.n(3) {
		case 0:
			m := strings.ToLower(g.mac())
			logs = append(logs, prose(p(t[5:]+" dnsmasq-dhcp[512]: DHCPACK(br0) "), p(lan+"."+fmt.Sprint(g.in(2, 250)), netCat), p(" "), pmac(m), p(" "), p(devName, deviceCat)))
		case 1:
			logs = append(logs, prose(p(t[5:]+" dropbear[811]: Bad password attempt for 'admin' from "), p(g.docIP()+":"+fmt.Sprint(g.in(30000, 60000)), netCat)))
		default:
			logs = append(logs, prose(p(t[5:]+" kernel: br0: port "+fmt.Sprint(g.in(1, 4))+"(eth"+fmt.Sprint(g.in(1, 4))+") entered forwarding state")))
		}
	}
	return obfuscated(obj{
		{"hdr", obj{
			{"magic", plain("HDR2")},
			{"len", decoy(g.in(30000, 65535))},
			{"crc", decoy(g.s(hx, 8))},
		}},
		{"nvram", rows},
		{"syslog_tail", logs},
	})
}
