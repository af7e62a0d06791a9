package corpus

import "fmt"

var routerModels = []string{"RT-AX58U", "Archer C7", "Nighthawk R7000", "HG8245H", "FRITZ!Box 7590", "EA7500", "UDM-Pro", "AX3000 Mesh"}

func buildRouterTelemetry(d *dg) {
	b := d.b
	net := d.lan()
	b.str(d.k("report_id", "id", "event_id"), d.recordID(), none())
	d.timestamp(d.k("reported_at", "timestamp", "ts", "collected_at"), none())
	d.shuffled(
		func() { d.routerIdentity() },
		func() { d.wanSection() },
		func() { d.lanSection(net) },
		func() { d.wifiSection() },
	)
	if d.chance(0.8) {
		d.clientList(net)
	}
	if d.chance(0.5) {
		b.arr(d.k("open_ports", "listening_ports", "ports_open"), func() {
			for _, p := range d.ports() {
				b.int("", int64(p), netw())
			}
		})
	}
	if d.chance(0.4) {
		b.arr(d.k("port_forwards", "port_forwarding", "nat_rules"), func() {
			for range d.between(1, 3) {
				b.obj("", func() {
					b.int(d.k("ext_port", "external_port", "wan_port"), int64(d.between(1024, 65000)), netw())
					b.str(d.k("int_ip", "internal_ip", "dest_ip"), net.host(d), netw())
					b.int(d.k("int_port", "internal_port", "dest_port"), int64(d.pick3(22, 80, 554)), netw())
					b.str(d.k("proto", "protocol"), d.pick("tcp", "udp", "TCP/UDP"), none())
					if d.chance(0.4) {
						b.bool(d.k("enabled"), true, none())
					}
				})
			}
		})
	}
	if d.chance(0.4) {
		b.arr(d.k("vlans", "vlan_list"), func() {
			for _, id := range []int{1, 10, 20, 30, 99}[:d.between(1, 5)] {
				b.obj("", func() {
					b.int(d.k("vlan_id", "id", "vid"), int64(id), netw())
					if d.chance(0.6) {
						b.str(d.k("subnet", "cidr"), fmt.Sprintf("10.%d.%d.0/24", id, d.intn(10)), netw())
					}
					if d.chance(0.5) {
						b.bool(d.k("tagged"), d.chance(0.5), none())
					}
				})
			}
		})
	}
	if d.chance(0.7) {
		url := "http://" + net.gateway + "/"
		switch d.intn(4) {
		case 0:
			url = "https://" + net.gateway + ":8443/login.html"
		case 1:
			url = "http://" + d.pick("router.lan", "routerlogin.net", "fritz.box", "192.168.0.1") + "/"
		}
		b.str(d.k("admin_url", "web_ui", "management_url", "admin_page"), url, netw())
	}
	b.int(d.k("uptime", "uptime_s", "uptime_seconds"), int64(d.intn(4000000)), none())
	if d.chance(0.5) {
		b.float(d.k("cpu_load", "cpu"), d.floatIn(0, 1), 2, none())
	}
	if d.chance(0.4) {
		b.bool(d.k("upnp_enabled", "upnp"), d.chance(0.5), none())
	}
	d.sprinkle(d.intn(3))
}

func (d *dg) routerIdentity() {
	b := d.b
	inner := func() {
		b.str(d.k("model", "router_model", "product"), d.pick(routerModels...), device())
		if d.chance(0.6) {
			fw, ip := d.fwVersion()
			if d.chance(0.4) {
				fw = fmt.Sprintf("3.0.0.4.%d_%d", d.between(380, 386), d.between(10000, 49999))
				ip = false
			}
			b.str(d.k("firmware", "fw_version", "fw", "sw_version"), fw, fwLabel(ip))
		}
		if d.chance(0.5) {
			b.str(d.k("serial", "serial_number", "sn"), d.serial(), device())
		}
		if d.chance(0.5) {
			b.str(d.k("mac", "base_mac", "router_mac"), d.mac(), macLabel())
		}
	}
	if d.chance(0.6) {
		b.obj(d.k("router", "device", "gateway_device"), inner)
	} else {
		inner()
	}
}

func (d *dg) wanSection() {
	b := d.b
	b.obj(d.k("wan", "internet", "uplink"), func() {
		b.str(d.k("ip", "wan_ip", "public_ip", "ipv4"), d.publicIP(), netw())
		if d.chance(0.6) {
			b.str(d.k("gateway", "gw", "default_gateway"), d.publicIP(), netw())
		}
		if d.chance(0.7) {
			b.arr(d.k("dns", "dns_servers", "nameservers"), func() {
				for range d.between(1, 2) {
					b.str("", d.pick("192.0.2.53", "198.51.100.53", "10.0.0.53", "203.0.113.10"), netw())
				}
			})
		}
		if d.chance(0.5) {
			b.str(d.k("type", "connection_type", "proto"), d.pick("dhcp", "pppoe", "static"), none())
		}
		if d.chance(0.3) {
			b.str(d.k("pppoe_user", "username"), "cust"+d.rs(digits, 8)+"@isp.example.net", contact())
			b.str(d.k("pppoe_password", "password"), d.plainPassword(), cred())
		}
		if d.chance(0.4) {
			b.int(d.k("mtu"), int64(d.pick3(1500, 1492, 1480)), none())
		}
	})
}

func (d *dg) lanSection(net lan) {
	b := d.b
	b.obj(d.k("lan", "local", "lan_config"), func() {
		b.str(d.k("ip", "lan_ip", "router_ip", "address"), net.gateway, netw())
		switch d.intn(3) {
		case 0:
			b.str(d.k("netmask", "subnet_mask", "mask"), net.mask, netw())
		case 1:
			b.str(d.k("cidr", "subnet", "network"), net.cidr, netw())
		default:
			b.str(d.k("netmask", "mask"), net.mask, netw())
			b.str(d.k("cidr", "subnet"), net.cidr, netw())
		}
		if d.chance(0.7) {
			b.obj(d.k("dhcp", "dhcp_server"), func() {
				if d.chance(0.5) {
					b.str(d.k("start", "range_start", "pool_start"), net.prefix+"100", netw())
					b.str(d.k("end", "range_end", "pool_end"), net.prefix+"200", netw())
				} else {
					b.str(d.k("range", "pool"), net.prefix+"100-"+net.prefix+"200", netw())
				}
				b.int(d.k("lease_time", "lease_seconds"), int64(d.pick3(3600, 86400, 43200)), none())
				b.bool(d.k("enabled"), true, none())
			})
		}
	})
}

func (d *dg) wifiSection() {
	b := d.b
	ssid := d.ssid()
	b.arr(d.k("wifi", "wlan", "radios", "wireless"), func() {
		for i, band := range []string{"2.4GHz", "5GHz", "6GHz"}[:d.between(1, 3)] {
			b.obj("", func() {
				b.str(d.k("band", "radio"), band, none())
				s := ssid
				if i > 0 && d.chance(0.5) {
					s += "-5G"
				}
				b.str(d.k("ssid", "network_name", "wifi_name"), s, netw())
				if d.chance(0.6) {
					b.str(d.k("bssid"), d.mac(), macLabel())
				}
				ch := d.pick3(1, 6, 11)
				if band != "2.4GHz" {
					ch = 36 + 4*d.intn(8)
				}
				b.int(d.k("channel", "chan"), int64(ch), none())
				if d.chance(0.6) {
					b.str(d.k("security", "auth_mode", "encryption"), d.pick("WPA2-PSK", "WPA2/WPA3", "WPA-PSK", "open"), none())
				}
				if d.chance(0.5) {
					b.str(d.k("psk", "passphrase", "wifi_password", "wpa_key", "key"), d.plainPassword(), cred())
				}
				if d.chance(0.4) {
					b.bool(d.k("ssid_hidden", "hidden"), d.chance(0.2), decoy())
				}
				if d.chance(0.3) {
					b.int(d.k("tx_power", "txpower"), int64(d.between(10, 23)), none())
				}
			})
		}
	})
}

func (d *dg) clientList(net lan) {
	b := d.b
	owner := d.person()
	b.arr(d.k("clients", "connected_devices", "station_list", "dhcp_leases"), func() {
		for range d.between(1, 6) {
			b.obj("", func() {
				b.str(d.k("mac", "mac_address", "hw_addr"), d.mac(), macLabel())
				if d.chance(0.8) {
					b.str(d.k("hostname", "host", "name", "client_name"), d.hostname(owner), netw())
				}
				b.str(d.k("ip", "ip_address", "ipv4"), net.host(d), netw())
				if d.chance(0.4) {
					b.str(d.k("device_type", "type"), d.pick("phone", "laptop", "camera", "tv", "tablet"), device())
				}
				if d.chance(0.5) {
					b.int(d.k("rx_bytes", "rx"), int64(d.intn(1<<30)), none())
				}
				if d.chance(0.5) {
					b.int(d.k("signal", "rssi"), int64(-d.between(30, 90)), none())
				}
				if d.chance(0.4) {
					d.timestamp(d.k("last_seen", "last_active"), device())
				}
				if d.chance(0.3) {
					b.str(d.k("interface", "iface"), d.pick("wl0", "wl1", "eth1", "br0"), none())
				}
			})
		}
	})
}

func (d *dg) ports() []int {
	all := []int{22, 23, 53, 80, 443, 554, 1900, 8080, 8443, 32400}
	n := d.between(1, 4)
	start := d.intn(len(all) - n + 1)
	out := make([]int, n)
	copy(out, all[start:start+n])
	return out
}
