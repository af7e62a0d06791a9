package blindset22

import (
	"fmt"
)

// vetOpenWrt is a rural wireless ISP's customer router at a veterinary
// practice, read by the ISP's support script through LuCI's ubus JSON-RPC
// endpoint: a batch of call/response pairs.
func vetOpenWrt(r *rng) any {
	lanNet := r.lan()
	wanIP := r.wan()
	t0 := r.when()
	tech := r.english()
	vet := r.english()
	sess := r.hex(32)
	rootPass := r.password()
	host := r.pick("vetclinic-gw", "ashgrove-vets", "OpenWrt", "vets-rtr") + r.pick("", ".lan")
	model, board, target := func() (string, string, string) {
		switch r.IntN(4) {
		case 0:
			return "GL.iNet GL-MT3000", "glinet,gl-mt3000", "mediatek/filogic"
		case 1:
			return "Linksys E8450 (UBI)", "linksys,e8450-ubi", "mediatek/mt7622"
		case 2:
			return "Xiaomi AX3600", "xiaomi,ax3600", "qualcommax/ipq807x"
		}
		return "Netgear WAX202", "netgear,wax202", "ramips/mt7621"
	}()
	release := r.pick("23.05.3", "23.05.4", "22.03.6")
	revision := "r" + r.digits(5) + "-" + r.hex(10)
	kernel := r.pick("5.15.150", "5.15.162", "5.10.201")
	call := func(id int, obj_, method string, args obj) obj {
		return obj{
			{"id", plain(id)},
			{"params", arr{cred(sess), plain(obj_), plain(method), args}},
		}
	}
	resp := func(id int, body any) obj {
		return obj{{"id", plain(id)}, {"result", arr{plain(0), body}}}
	}
	exch := func(req, res obj) obj { return obj{{"request", req}, {"response", res}} }

	login := exch(
		obj{
			{"id", plain(1)},
			{"params", arr{decoy("00000000000000000000000000000000"), plain("session"), plain("login"), obj{{"username", cont("root")}, {"password", cred(rootPass)}}}},
		},
		resp(1, obj{
			{"ubus_rpc_session", cred(sess)},
			{"timeout", plain(300)},
			{"expires", plain(300)},
			{"data", obj{{"username", cont("root")}}},
		}),
	)

	boardInfo := exch(call(2, "system", "board", obj{}), resp(2, obj{
		{"kernel", dev(kernel)},
		{"hostname", netw(host)},
		{"system", plain(r.pick("ARMv8 Processor rev 4", "MediaTek MT7621 ver:1 eco:3"))},
		{"model", dev(model)},
		{"board_name", dev(board)},
		{"rootfs_type", plain("squashfs")},
		{"release", obj{
			{"distribution", plain("OpenWrt")},
			{"version", dev(release)},
			{"revision", dev(revision)},
			{"target", plain(target)},
			{"description", dev("OpenWrt " + release + " " + revision)},
		}},
	}))

	dns1, dns2 := r.pick("1.1.1.1", "9.9.9.9", "8.8.8.8"), r.pick("1.0.0.1", "8.8.4.4")
	ifaces := exch(call(4, "network.interface", "dump", obj{}), resp(4, obj{{"interface", arr{
		obj{
			{"interface", plain("lan")}, {"up", plain(true)}, {"uptime", plain(r.in(3600, 900000))},
			{"l3_device", plain("br-lan")}, {"proto", plain("static")},
			{"ipv4-address", arr{obj{{"address", netw(lanNet.gw())}, {"mask", netw(24)}}}},
			{"dns-server", arr{}},
		},
		obj{
			{"interface", plain("wan")}, {"up", plain(true)}, {"uptime", plain(r.in(600, 400000))},
			{"l3_device", plain("pppoe-wan")}, {"proto", plain("pppoe")},
			{"ipv4-address", arr{obj{{"address", netw(wanIP)}, {"mask", netw(32)}}}},
			{"route", arr{obj{{"target", decoy("0.0.0.0")}, {"mask", plain(0)}, {"nexthop", netw(r.wan())}}}},
			{"dns-server", arr{netw(dns1), netw(dns2)}},
		},
	}}}))

	// DHCP leases of the practice's devices
	type client struct{ name, kind string }
	clients := []client{
		{"IDEXX-VetLab-Station", "lab analyser station"},
		{"DR-Xray-" + r.HEX(4), "digital x-ray"},
		{"RECEPTION-PC", "desktop"},
		{"Surgery-Monitor-" + r.digits(2), "anaesthesia monitor"},
		{"Brother-HL-L2350DW", "printer"},
		{"ring-doorbell-" + r.hex(4), "doorbell"},
		{"Galaxy-Tab-A8", "tablet"},
	}
	var leases arr
	for _, k := range r.Perm(len(clients))[:r.in(2, 4)] {
		c := clients[k]
		mac := r.mac(":", false)
		ip := lanNet.host(r.in(20, 240))
		leases = append(leases, obj{
			{"expires", plain(r.in(100, 43200))},
			{"hostname", netw(c.name)},
			{"ipaddr", netw(ip)},
			{"macaddr", macAddr(mac)},
		})
	}
	dhcp := exch(call(5, "luci-rpc", "getDHCPLeases", obj{}), resp(5, obj{{"dhcp_leases", leases}, {"dhcp6_leases", arr{}}}))

	ssid := r.ssid(r.pick("Ashgrove", "Vets", "Paws", "Hollybank"))
	guest := r.pick("Clients-Waiting-Room", "Vets-Guest", "Free WiFi - Reception")
	psk, guestPsk := r.psk(), r.psk()
	wifi := exch(call(6, "uci", "get", obj{{"config", plain("wireless")}}), resp(6, obj{{"values", obj{
		{"radio0", obj{{".type", plain("wifi-device")}, {"band", plain("2g")}, {"channel", plain(fmt.Sprint(r.pick("1", "6", "11")))}, {"htmode", plain("HE20")}, {"country", decoy("GB")}}},
		{"default_radio0", obj{{".type", plain("wifi-iface")}, {"device", plain("radio0")}, {"network", plain("lan")}, {"mode", plain("ap")}, {"ssid", netw(ssid)}, {"encryption", plain("sae-mixed")}, {"key", cred(psk)}}},
		{"guest_radio0", obj{{".type", plain("wifi-iface")}, {"device", plain("radio0")}, {"network", plain("guest")}, {"mode", plain("ap")}, {"ssid", netw(guest)}, {"encryption", plain("psk2")}, {"key", cred(guestPsk)}, {"isolate", decoy("1")}}},
	}}}))

	pppUser := fmt.Sprintf("%s%s@%s", r.pick("vet", "ashgrove", "cust"), r.digits(5), r.pick("wisp.example", "airlink.example.net"))
	pppPass := r.alnum(10)
	cwmpURL := "http://acs." + r.pick("wisp.example", "airlink.example.net") + ":7547/cwmp"
	network := exch(call(7, "uci", "get", obj{{"config", plain("network")}}), resp(7, obj{{"values", obj{
		{"lan", obj{{".type", plain("interface")}, {"proto", plain("static")}, {"ipaddr", netw(lanNet.gw())}, {"netmask", netw("255.255.255.0")}, {"ip6assign", plain("60")}}},
		{"wan", obj{{".type", plain("interface")}, {"device", plain("wan")}, {"proto", plain("pppoe")}, {"username", cont(pppUser)}, {"password", cred(pppPass)}, {"ipv6", plain("auto")}}},
		{"guest", obj{{".type", plain("interface")}, {"proto", plain("static")}, {"ipaddr", netw(fmt.Sprintf("192.168.%d.1", r.in(100, 199)))}, {"netmask", netw("255.255.255.0")}}},
		{"cwmp", obj{{".type", plain("acs")}, {"url", netw(cwmpURL)}, {"username", cont("cpe-" + r.digits(6))}, {"password", cred(r.alnum(12))}, {"periodic_interval", plain("3600")}}},
	}}}))

	fwd := exch(call(8, "uci", "get", obj{{"config", plain("firewall")}, {"type", plain("redirect")}}), resp(8, obj{{"values", obj{
		{"cfg0a3837", obj{{".type", plain("redirect")}, {"name", plain("xray-remote-support")}, {"src", plain("wan")}, {"src_dport", netw(fmt.Sprint(r.pick("8443", "5900", "3389", "4899")))}, {"dest_ip", netw(lanNet.host(r.in(20, 240)))}, {"dest_port", netw("443")}, {"target", plain("DNAT")}}},
	}}}))

	// logread
	phoneMac := r.mac(":", false)
	logLines := arr{
		prose(p(fmt.Sprintf("%s daemon.info dnsmasq-dhcp[1]: DHCPACK(br-lan) ", t0.Format("Mon Jan _2 15:04:05 2006"))), p(lanNet.host(r.in(20, 240)), netC), p(" "), pmac(phoneMac), p(" "), p(vet.first+"s-iPhone", netC, contactC)),
		prose(p(fmt.Sprintf("%s daemon.notice pppd[2211]: local  IP address ", after(t0, 2).Format("Mon Jan _2 15:04:05 2006"))), p(wanIP, netC)),
		prose(p(fmt.Sprintf("%s authpriv.info dropbear[3310]: Password auth succeeded for 'root' from ", after(t0, 5).Format("Mon Jan _2 15:04:05 2006"))), p(r.wan()+":"+fmt.Sprint(r.in(30000, 65000)), netC)),
		prose(p(fmt.Sprintf("%s daemon.info hostapd: phy0-ap0: STA ", after(t0, 7).Format("Mon Jan _2 15:04:05 2006"))), pmac(r.mac(":", false)), p(" WPA: pairwise key handshake completed (RSN)")),
		prose(p(fmt.Sprintf("%s user.notice root: ", after(t0, 9).Format("Mon Jan _2 15:04:05 2006"))), p("ticket "+r.digits(6)+" - practice manager "), p(vet.full(), contactC), p(" reports x-ray upload slow, line rate ok")),
	}
	logs := exch(call(9, "file", "exec", obj{{"command", plain("/sbin/logread")}, {"params", arr{plain("-l"), plain("5")}}}), resp(9, obj{{"code", plain(0)}, {"stdout", logLines}}))

	keys := exch(call(10, "file", "read", obj{{"path", plain("/etc/dropbear/authorized_keys")}}), resp(10, obj{
		{"data", decoy("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + r.b64raw(32) + " noc@" + r.pick("wisp.example", "airlink.example.net"))},
	}))

	return obj{
		{"script", obj{
			{"name", plain("cpe-snapshot")},
			{"version", decoy(r.semver())},
			{"endpoint", netw("http://" + lanNet.gw() + "/ubus")},
			{"ticket", plain(r.digits(6))},
			{"technician", cont(tech.full())},
			{"technician_email", cont(r.email(tech))},
			{"customer_account", plain("ACC-" + r.digits(7))},
			{"customer_contact", cont(vet.full())},
			{"customer_phone", cont(r.ukMobile())},
			{"started", plain(iso(t0))},
		}},
		{"calls", arr{login, boardInfo, ifaces, dhcp, wifi, network, fwd, logs, keys}},
	}
}
