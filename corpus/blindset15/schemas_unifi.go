package blindset15

import (
	"fmt"
	"strings"
)

// hostelUnifi: a family-run hostel's UniFi Network application export,
// several controller API responses saved together ({"meta", "data"}
// envelopes): sysinfo, admins with sha512-crypt hashes, WLANs with
// passphrases, networks with subnets and DHCP ranges, a PPPoE or static
// WAN, port forwards, adopted devices (APs, gateway, switch), known
// clients with nicknames, fixed IPs and notes, hotspot vouchers, settings
// and events.
func hostelUnifi(r *rng) any {
	hostel := r.pick("Bunk & Brew", "Harbourside Hostel", "The Dales Bunkhouse", "Old Mill Backpackers", "Nook Hostel")
	slug := strings.ToLower(strings.NewReplacer(" & ", "-", " ", "-").Replace(hostel))
	lan := r.lanPrefix()
	guestNet := fmt.Sprintf("10.%d.%d", r.in(10, 99), r.in(0, 254))
	ctrlIP := lan + ".2"
	ownerFirst, ownerLast := r.ukName()
	ownerUser := strings.ToLower(ascii(ownerFirst) + "." + r.pick("owner", ascii(ownerLast), "admin"))
	staffSSID := r.wifiName(strings.ReplaceAll(hostel, " ", ""))
	guestSSID := r.pick(hostel+" Guest", "Guests@"+strings.Split(hostel, " ")[0], hostel+" Free WiFi")
	iotSSID := r.pick("hostel-iot", "BH-Devices", "kit-2g")
	vlanGuest := r.in(10, 60)
	vlanIoT := r.in(61, 120)
	oid := func() leaf { return decoy(r.oid()) }
	dom := slug + ".example"

	sysinfo := obj{
		{"hostname", netw(r.pick("unifi-ck", "cloudkey", "unifi") + "." + r.pick("hostel", "bunk", "office") + ".lan")},
		{"ip_addrs", arr{netw(ctrlIP)}},
		{"version", decoy(r.pick("8.0.26", "7.5.187", "8.1.113", "7.4.162"))},
		{"build", decoy("atag_" + r.pick("8.0.26_24087", "7.5.187_22814", "8.1.113_24365"))},
		{"timezone", plain("Europe/London")},
		{"inform_port", netw(8080)},
		{"https_port", netw(8443)},
		{"uptime", plain(r.in(3600, 9000000))},
		{"update_available", decoy(r.chance(0.4))},
	}

	admins := arr{obj{
		{"_id", oid()},
		{"name", cont(ownerUser)},
		{"email", cont(r.mail(ascii(ownerFirst) + "." + ascii(ownerLast)))},
		{"x_shadow", cred("$6$" + r.from(bcSet, 8) + "$" + r.from(bcSet, 86))},
		{"time_created", plain(r.when(2019, 2022).Unix())},
		{"last_site_name", plain("default")},
		{"is_super", plain(true)},
		{"email_alert_enabled", decoy(r.chance(0.5))},
		{"requires_new_password", decoy(false)},
	}}
	if r.chance(0.5) {
		f2, l2 := r.ukName()
		admins = append(admins, obj{
			{"_id", oid()},
			{"name", cont(strings.ToLower(ascii(f2)))},
			{"email", cont(r.mail(ascii(f2) + "." + ascii(l2)))},
			{"x_shadow", cred("$6$" + r.from(bcSet, 8) + "$" + r.from(bcSet, 86))},
			{"time_created", plain(r.when(2022, 2024).Unix())},
			{"is_super", plain(false)},
			{"requires_new_password", decoy(r.chance(0.3))},
		})
	}

	wlan := func(name, pass string, guest bool, vlan int) obj {
		o := obj{
			{"_id", oid()},
			{"name", netw(name)},
			{"enabled", plain(true)},
			{"security", plain(r.pick("wpapsk", "wpapsk", "open"))},
			{"wpa_mode", plain("wpa2")},
			{"x_passphrase", cred(pass)},
			{"is_guest", plain(guest)},
			{"hide_ssid", decoy(false)},
			{"mac_filter_enabled", decoy(r.chance(0.2))},
			{"networkconf_id", oid()},
		}
		if vlan > 0 {
			o = append(o, field{"vlan_enabled", plain(true)}, field{"vlan", netw(fmt.Sprint(vlan))})
		}
		if r.chance(0.4) {
			o = append(o, field{"x_iapp_key", cred(r.hexs(32))})
		}
		return o
	}
	wlans := arr{wlan(staffSSID, r.psk(), false, 0), wlan(guestSSID, r.pick("welcome", "backpack", "harbour")+r.digits(4), true, vlanGuest)}
	if r.chance(0.6) {
		wlans = append(wlans, wlan(iotSSID, r.psk(), false, vlanIoT))
	}

	networks := arr{
		obj{
			{"_id", oid()},
			{"name", plain("LAN")},
			{"purpose", plain("corporate")},
			{"ip_subnet", netw(lan + ".1/24")},
			{"dhcpd_enabled", plain(true)},
			{"dhcpd_start", netw(lan + ".100")},
			{"dhcpd_stop", netw(lan + ".199")},
			{"dhcpd_dns_1", netw(r.pick("1.1.1.1", "9.9.9.9", lan+".1"))},
			{"dhcpd_leasetime", plain(86400)},
			{"domain_name", netw(r.pick("hostel", "bunk", "office") + ".lan")},
		},
		obj{
			{"_id", oid()},
			{"name", plain("Guests")},
			{"purpose", plain("guest")},
			{"vlan_enabled", plain(true)},
			{"vlan", netw(vlanGuest)},
			{"ip_subnet", netw(guestNet + ".1/24")},
			{"dhcpd_start", netw(guestNet + ".10")},
			{"dhcpd_stop", netw(guestNet + ".250")},
			{"dhcpd_leasetime", plain(r.pickInt(3600, 7200, 14400))},
		},
	}
	if r.chance(0.5) {
		networks = append(networks, obj{
			{"_id", oid()},
			{"name", plain("WAN")},
			{"purpose", plain("wan")},
			{"wan_type", plain("pppoe")},
			{"wan_username", cont(r.pick("bb", "ftth", "hostel") + r.digits(7) + "@" + r.pick("isp-broadband.example", "fibre.example.net"))},
			{"x_wan_password", cred(r.alnum(10))},
			{"wan_dns1", netw(r.pick("1.1.1.1", "8.8.8.8"))},
		})
	} else {
		wan := r.wanIP()
		networks = append(networks, obj{
			{"_id", oid()},
			{"name", plain("WAN")},
			{"purpose", plain("wan")},
			{"wan_type", plain("static")},
			{"wan_ip", netw(wan)},
			{"wan_netmask", netw("255.255.255.248")},
			{"wan_gateway", netw(wan[:strings.LastIndex(wan, ".")] + ".1")},
			{"wan_dns1", netw(r.pick("1.1.1.1", "8.8.8.8"))},
		})
	}

	nvr := lan + fmt.Sprint(".", r.in(30, 60))
	pf := arr{obj{
		{"_id", oid()},
		{"name", plain(r.pick("CCTV NVR", "cameras", "NVR remote view"))},
		{"enabled", plain(true)},
		{"proto", plain("tcp_udp")},
		{"src", plain("any")},
		{"dst_port", netw(fmt.Sprint(r.pickInt(8554, 37777, 8000, 10554)))},
		{"fwd", netw(nvr)},
		{"fwd_port", netw(fmt.Sprint(r.pickInt(554, 37777, 80)))},
	}}

	devices := arr{}
	apNames := []string{"AP Reception", "AP Dorm 1F", "AP Dorm 2F", "AP Kitchen", "AP Garden", "AP Bar"}
	for _, n := range r.pickSome(r.in(1, 2), apNames...) {
		devices = append(devices, unifiDevice(r, "uap", n, lan, ctrlIP))
	}
	devices = append(devices, unifiDevice(r, "ugw", r.pick("Gateway", "UDM Office", "USG"), lan, ctrlIP))
	if r.chance(0.3) {
		devices = append(devices, unifiDevice(r, "usw", r.pick("Switch Cellar", "Office switch"), lan, ctrlIP))
	}

	clients := arr{}
	for k := 0; k < r.in(1, 2); k++ {
		clients = append(clients, unifiClient(r, lan, guestNet, staffSSID, guestSSID, iotSSID, ownerFirst))
	}

	vouchers := arr{}
	for k := 0; k < r.in(1, 2); k++ {
		gf, gl := r.ukName()
		vouchers = append(vouchers, obj{
			{"_id", oid()},
			{"code", cred(r.digits(5) + r.pick("-", "") + r.digits(5))},
			{"create_time", plain(r.when(2024, 2024).Unix())},
			{"duration", plain(r.pickInt(1440, 4320, 10080))},
			{"quota", plain(1)},
			{"used", plain(r.in(0, 1))},
			{"note", r.pickProse(
				func() leaf {
					return prose(p("Room "+fmt.Sprint(r.in(1, 12))+" - "), p(r.pick("Mr ", "Ms ", "")+gl, contactC))
				},
				func() leaf { return prose(p(gf+" "+gl+" (3 nights)", contactC)) },
				func() leaf { return prose(p("walk-in, paid cash")) },
				func() leaf { return prose(p("group booking #" + r.digits(5))) },
			)},
		})
	}

	events := arr{
		obj{{"key", plain("EVT_AD_Login")}, {"datetime", plain(r.iso(2024, 2024))}, {"msg", prose(p("Admin["), p(ownerUser, contactC), p("] log in from "), p(lan+fmt.Sprint(".", r.in(100, 199)), netC))}, {"subsystem", plain("lan")}},
		obj{{"key", plain("EVT_WU_Roam")}, {"datetime", plain(r.iso(2024, 2024))}, {"msg", prose(p("User["), pmac(r.mac(":", false)), p("] roams from AP["), pmac(r.mac(":", false)), p("] to AP["), pmac(r.mac(":", false)), p("] from \"channel 1(ng)\" to \"channel 36(na)\""))}, {"subsystem", plain("wlan")}},
	}
	if r.chance(0.6) {
		events = append(events, obj{{"key", plain("EVT_AP_Upgraded")}, {"datetime", plain(r.iso(2024, 2024))}, {"msg", prose(p("AP["), pmac(r.mac(":", false)), p("] was upgraded from \""), p(r.pick("6.5.62", "6.5.28"), devC), p("\" to \""), p(r.pick("6.6.55", "6.6.65"), devC), p("\""))}, {"subsystem", plain("wlan")}})
	}
	if r.chance(0.6) {
		events = append(events, obj{{"key", plain("EVT_GW_WANTransition")}, {"datetime", plain(r.iso(2024, 2024))}, {"msg", prose(p("Gateway WAN iface eth0 transition to state \"down\" for 43s, backup link LTE took over"))}, {"subsystem", plain("wan")}})
	}

	data := obj{
		{"meta", obj{{"rc", plain("ok")}, {"site", plain("default")}, {"exported_at", plain(r.iso(2024, 2024))}, {"exported_by", cont(ownerUser)}}},
		{"stat/sysinfo", obj{{"data", arr{sysinfo}}}},
		{"rest/admin", obj{{"data", admins}}},
		{"rest/wlanconf", obj{{"data", wlans}}},
		{"rest/networkconf", obj{{"data", networks}}},
		{"rest/portforward", obj{{"data", pf}}},
		{"stat/device", obj{{"data", devices}}},
		{"rest/user", obj{{"data", clients}}},
		{"hotspot/voucher", obj{{"data", vouchers}}},
		{"rest/setting", obj{{"data", arr{
			obj{{"key", plain("mgmt")}, {"x_ssh_enabled", plain(true)}, {"x_ssh_username", cont(r.pick("hostelops", "ubnt-"+ascii(ownerFirst), "sshadmin"))}, {"x_ssh_password", cred(r.alnum(12))}},
			obj{{"key", plain("super_smtp")}, {"enabled", plain(true)}, {"host", netw("smtp." + dom)}, {"port", netw(587)}, {"username", cont("alerts@" + dom)}, {"x_password", cred(r.alnum(16))}},
			obj{{"key", plain("country")}, {"code", decoy(826)}},
			obj{{"key", plain("guest_access")}, {"portal_enabled", plain(true)}, {"auth", plain("hotspot")}, {"x_password", cred(r.pick("bunk", "brew", "mill") + r.digits(4))}, {"redirect_url", plain("https://www." + dom + "/welcome")}, {"portal_customized_tos", prose(p("By joining you agree not to download copyrighted content. Quiet hours 23:00 to 07:00. Breakfast 8-10 in the kitchen."))}},
		}}}},
		{"stat/event", obj{{"data", events}}},
	}
	return data
}

// unifiDevice is an adopted access point, gateway or switch.
func unifiDevice(r *rng, kind, name, lan, ctrl string) obj {
	models := map[string][]string{"uap": {"U6LR", "U6Lite", "UAL6", "U7PG2", "UAP6MP"}, "ugw": {"UDMPRO", "UXG", "UGW3", "UDR"}, "usw": {"US8P60", "USL16LP", "US24P250"}}
	var fw leaf
	if r.chance(0.5) {
		fw = fwIP(fmt.Sprintf("%d.%d.%d.%d", r.in(4, 7), r.in(0, 6), r.in(0, 80), r.in(10, 250)))
	} else {
		fw = dev(fmt.Sprintf("%d.%d.%d.%d", r.in(4, 7), r.in(0, 6), r.in(0, 80), r.in(10000, 16000)))
	}
	ip := lan + fmt.Sprint(".", r.in(3, 29))
	o := obj{
		{"_id", decoy(r.oid())},
		{"mac", macAddr(r.mac(":", false))},
		{"ip", netw(ip)},
		{"model", dev(r.pick(models[kind]...))},
		{"type", dev(kind)},
		{"name", dev(name)},
		{"serial", dev(strings.ToUpper(r.hexs(12)))},
		{"version", fw},
		{"adopted", plain(true)},
		{"last_seen", dev(r.when(2024, 2024).Unix())},
		{"upgradable", decoy(r.chance(0.4))},
		{"inform_url", netw("http://" + ctrl + ":8080/inform")},
		{"x_authkey", cred(r.hexs(32))},
	}
	if kind == "uap" {
		o = append(o, field{"num_sta", plain(r.in(0, 40))})
	}
	if kind == "ugw" {
		o = append(o, field{"wan1", obj{{"ip", netw(r.wanIP())}, {"gateway", netw(r.wanIP())}, {"mac", macAddr(r.mac(":", false))}, {"name", plain("eth8")}}})
	}
	return o
}

var unifiNicks = []string{"Reception iPad", "Till - Square", "Kitchen speaker", "Owner laptop", "Lockbox hub", "Dorm 2 smart lock", "Laundry card reader", "Room 6 TV"}

func unifiClient(r *rng, lan, guestNet, staff, guest, iot, owner string) obj {
	isGuest := r.chance(0.45)
	var ip, ssid string
	if isGuest {
		ip = fmt.Sprintf("%s.%d", guestNet, r.in(10, 250))
		ssid = guest
	} else if r.chance(0.5) {
		ip = lan + fmt.Sprint(".", r.in(100, 199))
		ssid = staff
	} else {
		ip = lan + fmt.Sprint(".", r.in(100, 199))
		ssid = iot
	}
	host := r.pick("iPhone", "Galaxy-S23", "DESKTOP-"+r.upper(7), "Pixel-8", "MacBook-Air", "android-"+r.hexs(8), "ESP_"+strings.ToUpper(r.hexs(6)))
	o := obj{
		{"_id", decoy(r.oid())},
		{"mac", macAddr(r.mac(":", false))},
		{"oui", dev(r.pick("Apple", "Samsung", "Espressif", "Google", "Intel", "Amazon"))},
		{"hostname", netw(host)},
		{"ip", netw(ip)},
		{"is_guest", plain(isGuest)},
		{"essid", netw(ssid)},
		{"ap_mac", macAddr(r.mac(":", false))},
		{"channel", plain(r.pickInt(1, 6, 11, 36, 44))},
		{"first_seen", plain(r.when(2023, 2024).Unix())},
		{"last_seen", dev(r.when(2024, 2024).Unix())},
		{"blocked", plain(false)},
	}
	if !isGuest {
		o = append(o, field{"name", dev(r.pick(unifiNicks...))}, field{"use_fixedip", plain(true)}, field{"fixed_ip", netw(ip)})
	}
	if r.chance(0.75) {
		gf, gl := r.ukName()
		o = append(o, field{"noted", plain(true)}, field{"note", r.pickProse(
			func() leaf {
				return prose(p("Guest "), p(gf+" "+gl, contactC), p(", room "+fmt.Sprint(r.in(1, 12))+", asked for the staff network - said no."))
			},
			func() leaf {
				return prose(p("CPAP machine of the guest in room "+fmt.Sprint(r.in(1, 12))+" ("), p(r.pick("sleep apnoea", "uses it every night for his apnoea"), healthC), p("), keep on "), p(iot, netC), p(", never block."))
			},
			func() leaf {
				return prose(p(owner+"'s", contactC), p(" work laptop, fixed IP "), p(ip, netC), p(", do not block."))
			},
			func() leaf {
				return prose(p("Streaming 4K all night, throttled to 5 Mbps. Booking ref HB-" + r.digits(6) + "."))
			},
			func() leaf {
				return prose(p("Guest phone "), p(r.ukMobile(), contactC), p(" left in dorm 2, see lost property."))
			},
		)})
	}
	return o
}
