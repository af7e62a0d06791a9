package blindset19

import (
	"fmt"
	"strings"
)

// familyEero is a family's eero mesh network as saved with an unofficial
// eero API client while a son troubleshot it for his parents: the
// account (owner name, e-mail and phone with verified flags), the network
// (name and password, guest network, WAN lease, DHCP and DNS settings,
// Thread network with its key and dataset, speeds, update state), the
// eero nodes (serials, models, locations, MACs and BSSIDs, IPs, OS
// versions, last heartbeats), the client devices (nicknames, hostnames,
// MACs, IPs, makers, types, last active, private-MAC flags), profiles,
// port forwards, reservations, and the son's note to eero support.
func familyEero(r *rng) any {
	owner := r.english()
	son := r.english()
	son.last = owner.last
	mail := r.email(owner)
	phone := r.usPhone()
	l := r.lan()
	wan := r.wan()
	ssid := owner.last + r.pick(" Home", " WiFi", "-Net", " Family")
	t := r.when()
	netID := r.in(1000000, 9999999)
	fwv := fmt.Sprintf("v%d.%d.%d-%d", r.in(6, 7), r.in(0, 9), r.in(0, 5), r.in(1, 40))

	nodeModels := []struct{ model, number string }{{"eero Pro 6E", "S010001"}, {"eero 6+", "N010001"}, {"eero Pro 6", "K010001"}, {"eero Max 7", "V010001"}, {"eero Beacon", "B010001"}}
	locs := []string{"Living Room", "Office", "Upstairs Hallway", "Garage", "Kitchen", "Basement", "Mum's Room", "Den"}
	var eeros arr
	nNodes := r.in(2, 4)
	var nodeSerials []string
	for i := 0; i < nNodes; i++ {
		m := nodeModels[r.IntN(len(nodeModels))]
		serial := r.serial(r.pick("GGC1", "GGB2", "GKC3"), 12)
		nodeSerials = append(nodeSerials, serial)
		var bssids arr
		for j := 0; j < r.in(2, 3); j++ {
			bssids = append(bssids, macAddr(r.mac(":", false)))
		}
		eeros = append(eeros, obj{
			{"url", plain(fmt.Sprintf("/2.2/eeros/%d", r.in(1000000, 9999999)))},
			{"serial", dev(serial)},
			{"location", dev(locs[(i+r.IntN(3))%len(locs)])},
			{"gateway", plain(i == 0)},
			{"ip_address", netw(l.host(i + 2))},
			{"status", plain(r.pick("green", "green", "yellow"))},
			{"model", dev(m.model)},
			{"model_number", dev(m.number)},
			{"os_version", dev(fwv)},
			{"mac_address", macAddr(r.mac(":", false))},
			{"ethernet_addresses", arr{macAddr(r.mac(":", false)), macAddr(r.mac(":", false))}},
			{"wifi_bssids", bssids},
			{"last_heartbeat", dev(isoMs(after(t, -r.in(0, 30))))},
			{"heartbeat_ok", plain(true)},
			{"connected_clients_count", plain(r.in(0, 14))},
			{"mesh_quality_bars", plain(r.in(2, 5))},
			{"wired", plain(i == 0)},
			{"led_on", plain(r.chance(0.7))},
			{"using_wan", plain(i == 0)},
			{"update_available", decoy(false)},
			{"update_status", obj{{"support_expired", decoy(false)}, {"support_expiration_date", nullDecoy()}}},
			{"extended_border_agent_address", nullDecoy()},
			{"provides_wifi", plain(true)},
			{"joined", plain(isoMs(after(t, -r.in(20000, 400000))))},
		})
	}

	kinds := []struct{ nick, host, maker, typ, model string }{
		{"%s's iPad", "%ss-iPad", "Apple, Inc.", "tablet", "iPad (9th generation)"},
		{"%s's iPhone", "%ss-iPhone", "Apple, Inc.", "phone", "iPhone 13"},
		{"Living Room TV", "LGwebOSTV", "LG Innotek", "tv", "OLED55C3PUA"},
		{"Doorbell", "ring-doorbell-%s", "Ring LLC", "doorbell", "Video Doorbell 4"},
		{"%s's laptop", "%ss-MacBook-Air", "Apple, Inc.", "computer", "MacBook Air (M2, 2022)"},
		{"Thermostat", "ecobee-%s", "ecobee inc.", "thermostat", "ecobee Smart Thermostat Premium"},
		{"Printer", "HP%s", "HP Inc.", "printer", "HP OfficeJet Pro 9015e"},
		{"%s's Kindle", "kindle-%s", "Amazon Technologies Inc.", "ereader", "Kindle Paperwhite (11th Gen)"},
		{"Sonos Kitchen", "SonosZP", "Sonos, Inc.", "speaker", "Sonos One SL"},
	}
	people := []person{owner, son, r.english()}
	var devices arr
	var reservedIP, reservedMAC string
	nDev := r.in(4, 7)
	for i, k := range r.Perm(len(kinds))[:nDev] {
		kd := kinds[k]
		who := people[r.IntN(len(people))].first
		nick := kd.nick
		if strings.Contains(nick, "%s") {
			nick = fmt.Sprintf(nick, who)
		}
		host := kd.host
		if strings.Contains(host, "%s") {
			if strings.HasPrefix(host, "%s") {
				host = fmt.Sprintf(host, who)
			} else {
				host = fmt.Sprintf(host, r.HEX(4))
			}
		}
		ip := l.host(r.in(20, 240))
		mac := r.mac(":", false)
		if i == 0 {
			reservedIP, reservedMAC = ip, mac
		}
		private := kd.maker == "Apple, Inc." && r.chance(0.5)
		devices = append(devices, obj{
			{"url", plain(fmt.Sprintf("/2.2/networks/%d/devices/%d", netID, r.in(10000000, 99999999)))},
			{"mac", macAddr(mac)},
			{"manufacturer", dev(kd.maker)},
			{"ip", netw(ip)},
			{"ips", arr{netw(ip)}},
			{"nickname", dev(nick)},
			{"hostname", netw(host)},
			{"connected", plain(r.chance(0.7))},
			{"wireless", plain(kd.typ != "printer" || r.chance(0.5))},
			{"connection_type", plain(r.pick("wireless", "wireless", "wired"))},
			{"source", obj{{"location", dev(locs[r.IntN(len(locs))])}, {"is_gateway", plain(r.chance(0.3))}}},
			{"last_active", dev(isoMs(after(t, -r.in(0, 3000))))},
			{"first_active", plain(isoMs(after(t, -r.in(10000, 300000))))},
			{"connectivity", obj{
				{"rx_bitrate", plain(r.pick("866.7 MBit/s", "144.4 MBit/s", "1201.0 MBit/s"))},
				{"signal", plain(fmt.Sprintf("-%d dBm", r.in(38, 80)))},
				{"score", plain(r.f1(0.3, 1))},
				{"score_bars", plain(r.in(1, 5))},
			}},
			{"interface", obj{{"frequency", plain(r.pick("2.4", "5", "6"))}, {"channel", plain(r.pick4(1, 6, 44, 149))}}},
			{"device_type", dev(kd.typ)},
			{"model_name", dev(kd.model)},
			{"is_guest", plain(false)},
			{"paused", plain(r.chance(0.1))},
			{"blacklisted", plain(false)},
			{"is_private", decoy(private)},
			{"amazon_devices_detail", obj{{"amazon_device_nickname", nullDecoy()}, {"amazon_device_serial", nullDecoy()}}},
			{"profile", r.orNullPlain(0.5, obj{{"url", plain(fmt.Sprintf("/2.2/networks/%d/profiles/%d", netID, r.in(1000, 9999)))}, {"name", cont(people[2].first)}, {"paused", plain(false)}})},
		})
	}

	guestSSID := ssid + " Guest"
	thread := obj{
		{"enabled", plain(true)},
		{"name", netw(fmt.Sprintf("eero-thread-%s", r.hex(4)))},
		{"channel", plain(r.in(11, 26))},
		{"pan_id", netw(fmt.Sprintf("0x%s", r.hex(4)))},
		{"xpan_id", netw(r.hex(16))},
		{"network_key", cred(r.hex(32))},
		{"active_operational_dataset", tag("0e08000000000001000000030000"+r.hex(2)+"35060004001fffe00208"+r.hex(16)+"0708fd"+r.hex(14)+"0510"+r.hex(32)+"030f"+r.hex(30)+"0102"+r.hex(4)+"0410"+r.hex(32)+"0c0402a0f7f8", credC, netC)},
	}
	fwd := r.in(8000, 9000)
	network := obj{
		{"url", plain(fmt.Sprintf("/2.2/networks/%d", netID))},
		{"name", netw(ssid)},
		{"password", cred(r.psk())},
		{"status", plain("online")},
		{"owner", cont(owner.full())},
		{"created", plain(isoMs(after(t, -r.in(100000, 900000))))},
		{"gateway", plain("eero")},
		{"wan_type", plain(r.pick("dhcp", "dhcp", "pppoe"))},
		{"gateway_ip", netw(l.gw())},
		{"ip_settings", obj{{"double_nat", plain(r.chance(0.3))}, {"public_ip", netw(wan)}}},
		{"lease", obj{
			{"mode", plain("dhcp")},
			{"dhcp", obj{{"ip", netw(wan)}, {"mask", netw("255.255.255.0")}, {"router", netw(wan[:strings.LastIndex(wan, ".")] + ".1")}}},
		}},
		{"dhcp", obj{
			{"mode", plain("custom")},
			{"custom", obj{
				{"subnet_ip", netw(l.host(0))},
				{"subnet_mask", netw("255.255.255.0")},
				{"start_ip", netw(l.host(20))},
				{"end_ip", netw(l.host(250))},
			}},
		}},
		{"dns", obj{
			{"mode", plain("custom")},
			{"parent", obj{{"ips", arr{netw(wan[:strings.LastIndex(wan, ".")] + ".53")}}}},
			{"custom", obj{{"ips", arr{netw(r.pick("1.1.1.1", "9.9.9.9")), netw(r.pick("1.0.0.1", "8.8.8.8"))}}}},
			{"caching", plain(true)},
		}},
		{"guest_network", obj{
			{"enabled", plain(r.chance(0.6))},
			{"name", netw(guestSSID)},
			{"password", cred(r.psk())},
		}},
		{"thread", thread},
		{"band_steering", plain(true)},
		{"upnp", plain(r.chance(0.5))},
		{"wpa3", plain(r.chance(0.5))},
		{"ipv6_upstream", plain(r.chance(0.5))},
		{"sqm", plain(false)},
		{"isp_name", plain(r.pick("Sparklight", "Ziply Fiber", "Xfinity", "Spectrum"))},
		{"speed", obj{
			{"status", plain("success")},
			{"date", plain(isoMs(after(t, -r.in(60, 6000))))},
			{"down", obj{{"value", plain(r.f1(50, 940))}, {"units", plain("Mbps")}}},
			{"up", obj{{"value", plain(r.f1(10, 400))}, {"units", plain("Mbps")}}},
		}},
		{"health", obj{{"internet", obj{{"status", plain("connected")}, {"isp_up", plain(true)}}}, {"eero_network", obj{{"status", plain("connected")}}}}},
		{"updates", obj{
			{"has_update", decoy(false)},
			{"can_update_now", plain(true)},
			{"target_firmware", dev(fwv)},
			{"min_required_firmware", decoy(r.pick("v6.13.0-12", "v6.16.2-4"))},
			{"update_to_firmware", dev(fwv)},
			{"scheduled_update_time", null()},
		}},
		{"premium_dns", obj{{"dns_policies", obj{{"block_malware", plain(true)}, {"ad_block", plain(r.chance(0.5))}}}}},
		{"timezone", obj{{"value", plain(r.pick("America/Boise", "America/Chicago", "Europe/London"))}, {"geo_ip", plain("America/Chicago")}}},
		{"premium_status", plain(r.pick("active", "inactive"))},
		{"amazon_account_linked", decoy(r.chance(0.4))},
		{"backup_internet_enabled", plain(false)},
	}
	profile := obj{
		{"url", plain(fmt.Sprintf("/2.2/networks/%d/profiles/%d", netID, r.in(1000, 9999)))},
		{"name", cont(people[2].first)},
		{"paused", plain(r.chance(0.3))},
		{"schedules", arr{obj{
			{"name", plain("School night")},
			{"days", arr{plain("monday"), plain("tuesday"), plain("wednesday"), plain("thursday"), plain("sunday")}},
			{"start", plain("21:00")},
			{"end", plain("07:00")},
		}}},
		{"device_count", plain(r.in(1, 4))},
	}
	acct := obj{
		{"name", cont(owner.full())},
		{"email", obj{{"value", cont(mail)}, {"verified", decoy(true)}}},
		{"phone", obj{
			{"value", cont(phone)},
			{"country_code", plain("1")},
			{"national_number", cont(strings.ReplaceAll(strings.TrimPrefix(phone, "+1 "), " ", ""))},
			{"verified", decoy(r.chance(0.8))},
		}},
		{"log_id", decoy(r.digits(10))},
		{"organization_id", null()},
		{"role", plain("owner")},
		{"premium_status", plain("active")},
		{"push_settings", obj{{"networkOffline", plain(true)}, {"nodeOffline", plain(true)}}},
		{"trust_certificates_etag", decoy(r.hex(32))},
		{"consents", obj{{"marketing_emails", obj{{"consented", plain(false)}}}}},
		{"mfa_enabled", decoy(r.chance(0.3))},
		{"password_last_changed", plain(isoMs(after(t, -r.in(50000, 700000))))},
	}
	gwSerial := nodeSerials[0]
	badSerial := nodeSerials[len(nodeSerials)-1]
	return obj{
		{"meta", obj{
			{"client", plain("eero-client (python)")},
			{"client_version", decoy(r.semver())},
			{"api_version", decoy("2.2")},
			{"saved_at", plain(iso(t))},
			{"session_cookie", decoy("s=${EERO_SESSION}")},
		}},
		{"account", acct},
		{"network", network},
		{"eeros", eeros},
		{"devices", devices},
		{"profiles", arr{profile}},
		{"forwards", arr{obj{
			{"ip", netw(reservedIP)},
			{"gateway_port", netw(fwd)},
			{"client_port", netw(r.pick4(443, 80, 8443, 32400))},
			{"protocol", plain(r.pick("tcp", "both"))},
			{"enabled", plain(true)},
			{"description", plain(r.pick("Plex", "cameras", "home assistant", "NAS"))},
		}}},
		{"reservations", arr{obj{
			{"ip", netw(reservedIP)},
			{"mac", macAddr(reservedMAC)},
			{"description", plain(r.pick("NAS", "printer", "server"))},
		}}},
		{"support_note", prose(
			p("Hi, I'm "), p(son.full(), contactC), p(", helping my parents. The eero in the "), p(r.pick("garage", "basement", "den"), devC),
			p(" (serial "), p(badSerial, devC), p(") drops every night at 2am; gateway "), p(gwSerial, devC),
			p(" is behind the ISP modem at "), p(r.pick("192.168.100.1", "192.168.0.1", "10.0.0.1"), netC),
			p(". Please call Dad on "), p(phone, contactC), p(" rather than me. Error code "+fmt.Sprint(r.in(100, 999))+"."))},
	}
}

// orNullPlain returns n, or a plain null with probability pNull.
func (r *rng) orNullPlain(pNull float64, n any) any {
	if r.chance(pNull) {
		return null()
	}
	return n
}
