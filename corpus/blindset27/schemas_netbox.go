package blindset27

import (
	"fmt"
	"strings"
)

// psychNetbox: a managed-service provider's NetBox export of a
// community mental-health practice (an offboarding script's dump of the
// REST API): the API root with the NetBox version and the script's token;
// the tenant; sites with their addresses, facility, custom fields with
// the alarm code and ISP circuit; devices with type, maker, model, part
// number, role, platform, serial, asset tag, primary IP, description,
// config context (NTP, syslog, SNMP community) and custom fields (the
// assigned user, TeamViewer id and password, OS build); interfaces with
// MACs and VLANs; IP addresses with DNS names; prefixes, VLANs and
// wireless LANs with their pre-shared keys; contacts and their
// assignments; journal entries; API tokens with allowed IPs.
func psychNetbox(r *rng) any {
	t := r.when()
	msp := r.pick("cascadeit", "northbay-msp", "keystone-it", "tideline")
	nbHost := "netbox." + msp + ".internal"
	base := "https://" + nbHost
	practice := r.pick("Willow Creek Counseling", "Harborview Behavioral Health", "Cedar Grove Psychiatry", "Lantern Mental Health Partners")
	slug := strings.ToLower(strings.ReplaceAll(strings.Fields(practice)[0]+"-"+strings.Fields(practice)[1], " ", "-"))
	short := strings.ToUpper(strings.Fields(practice)[0][:3])
	domain := strings.ToLower(strings.Fields(practice)[0]) + ".internal"
	tenant := obj{{"id", plain(r.in(2, 90))}, {"name", plain(practice)}, {"slug", plain(slug)}}
	nid := func() int { return r.in(1, 4000) }
	when := func() string { return isoMs(after(t, -r.in(1000, 400000))) }

	// network plan
	clinNet := lan(fmt.Sprintf("10.%d.%d", r.in(10, 60), r.in(1, 9)))
	voiceNet := lan(fmt.Sprintf("10.%d.%d", r.in(61, 99), r.in(1, 9)))
	guestNet := lan(fmt.Sprintf("192.168.%d", r.in(100, 199)))
	vClin, vVoice, vGuest := r.in(10, 30), r.in(31, 60), r.in(61, 99)

	// sites
	site1 := r.pick("Eastside Clinic", "Downtown Office", "Main Office")
	addr := r.usAddress()
	sites := arr{obj{
		{"id", plain(r.in(1, 40))},
		{"url", netw(fmt.Sprintf("%s/api/dcim/sites/%d/", base, nid()))},
		{"display", plain(site1)},
		{"name", plain(site1)},
		{"slug", plain(strings.ToLower(strings.ReplaceAll(site1, " ", "-")))},
		{"status", obj{{"value", plain("active")}, {"label", plain("Active")}}},
		{"tenant", tenant},
		{"facility", cont(fmt.Sprintf("Suite %d", r.in(100, 450)))},
		{"time_zone", plain("America/Los_Angeles")},
		{"description", plain("")},
		{"physical_address", cont(addr.street + ", " + addr.town + ", " + addr.region + " " + addr.postcode)},
		{"latitude", null()},
		{"longitude", null()},
		{"comments", prose(p(r.pick("Server closet behind reception, key with practice manager.", "Comcast demarc in the janitor closet.", "Door code for the closet is on the inside of the cabinet.")))},
		{"custom_fields", obj{
			{"isp_circuit_id", plain(fmt.Sprintf("CBB-%d", r.in(100000, 999999)))},
			{"alarm_code", r.orNull(0.3, cred(r.pin(4)))},
			{"after_hours_contact", cont(r.usDash())},
		}},
		{"created", plain(when())},
		{"last_updated", plain(when())},
	}}

	// contacts
	mgr := r.american()
	director := r.american()
	contacts := arr{
		obj{{"id", plain(nid())}, {"name", cont(mgr.full())}, {"title", plain("Practice Manager")}, {"phone", cont(r.usLocal())}, {"email", cont(workEmail(mgr, strings.ToLower(strings.Fields(practice)[0])+".example.org"))}, {"address", plain("")}, {"comments", plain("")}},
		obj{{"id", plain(nid())}, {"name", cont("Dr. " + director.full())}, {"title", plain("Clinical Director")}, {"phone", cont(r.usPhone())}, {"email", cont(workEmail(director, strings.ToLower(strings.Fields(practice)[0])+".example.org"))}, {"address", plain("")}, {"comments", prose(p("Prefers texts after hours."))}},
	}
	assignments := arr{
		obj{{"id", plain(nid())}, {"object_type", plain("dcim.site")}, {"object_id", plain(r.in(1, 40))}, {"contact", obj{{"id", plain(nid())}, {"name", cont(mgr.full())}}}, {"role", obj{{"name", plain("Primary")}}}, {"priority", plain("primary")}},
	}

	// devices
	type dtype struct{ maker, model, part, role, platform string }
	types := []dtype{
		{"Dell", "PowerEdge T150", "210-BBTG", "File server", "Windows Server 2022"},
		{"Fortinet", "FortiGate 60F", "FG-60F", "Firewall", "FortiOS 7.4"},
		{"Ubiquiti", "U6-Pro", "U6-PRO-US", "Access point", "UniFi"},
		{"HP", "EliteDesk 800 G9", "5V8U1UT", "Workstation", "Windows 11 Pro"},
		{"Lenovo", "ThinkCentre M70q Gen 4", "12E3000JUS", "Workstation", "Windows 11 Pro"},
		{"Brother", "MFC-L8900CDW", "MFCL8900CDW", "Printer", ""},
		{"Poly", "VVX 450", "2200-48840-025", "IP phone", ""},
		{"Synology", "DS923+", "DS923+", "NAS", "DSM 7.2"},
	}
	devices := arr{}
	ifaces := arr{}
	ips := arr{}
	staff := []person{r.american(), r.american(), r.american()}
	for i, k := range r.Perm(len(types))[:r.in(2, 4)] {
		d := types[k]
		name := fmt.Sprintf("%s-%s%02d", short, map[string]string{"File server": "FS", "Firewall": "FW", "Access point": "AP", "Workstation": "WS", "Printer": "PRN", "IP phone": "PH", "NAS": "NAS"}[d.role], i+1)
		subnet := clinNet
		if d.role == "IP phone" {
			subnet = voiceNet
		}
		ip := subnet.host(r.in(5, 240))
		devID := nid()
		cf := obj{{"warranty_end", plain(day(after(t, r.in(-90000, 900000))))}}
		desc := plain("")
		if d.role == "Workstation" {
			u := staff[r.IntN(len(staff))]
			cf = append(cf, field{"assigned_user", cont(u.full())})
			cf = append(cf, field{"teamviewer_id", dev(fmt.Sprintf("%d %03d %03d", r.in(1, 1999), r.in(0, 999), r.in(0, 999)))})
			cf = append(cf, field{"teamviewer_password", r.orNull(0.4, cred(r.alnum(8)))})
			cf = append(cf, field{"os_build", decoy(fmt.Sprintf("10.0.%d.%d", r.pickInt(22631, 26100), r.in(1000, 4400)))})
			desc = prose(p(r.pick("Front desk scheduling PC of ", "Therapy room 3, used by ", "Telehealth station for ")), p(u.full(), contactC))
		}
		var local any = null()
		if d.role == "File server" || d.role == "NAS" || d.role == "Firewall" {
			cf = append(cf, field{"os_build", decoy(fmt.Sprintf("10.0.20348.%d", r.in(1000, 3400)))})
			local = obj{
				{"oob_url", netw(fmt.Sprintf("https://%s", clinNet.host(r.in(241, 250))))},
				{"oob_user", cont(r.pick("root", "admin", "msp-admin"))},
				{"oob_password", cred(r.password())},
			}
		}
		dv := obj{
			{"id", plain(devID)},
			{"url", netw(fmt.Sprintf("%s/api/dcim/devices/%d/", base, devID))},
			{"display", dev(name)},
			{"name", dev(name)},
			{"device_type", obj{{"id", plain(nid())}, {"manufacturer", obj{{"id", plain(nid())}, {"name", dev(d.maker)}, {"slug", plain(strings.ToLower(d.maker))}}}, {"model", dev(d.model)}, {"slug", plain(strings.ToLower(strings.ReplaceAll(d.model, " ", "-")))}, {"part_number", decoy(d.part)}}},
			{"role", obj{{"id", plain(nid())}, {"name", dev(d.role)}}},
			{"tenant", tenant},
			{"platform", platformOf(r, d.platform)},
			{"serial", dev(r.serial("", r.pickInt(7, 10, 12)))},
			{"asset_tag", dev(fmt.Sprintf("%s-%05d", short, r.in(1, 99999)))},
			{"site", obj{{"id", plain(r.in(1, 40))}, {"name", plain(site1)}}},
			{"location", r.orNull(0.3, plain(r.pick("Server closet", "Reception", "Therapy wing", "Back office")))},
			{"status", obj{{"value", plain("active")}, {"label", plain("Active")}}},
			{"primary_ip4", obj{{"id", plain(nid())}, {"family", plain(4)}, {"address", netw(ip + "/24")}}},
			{"description", desc},
			{"config_context", obj{
				{"ntp_servers", arr{netw(clinNet.gw()), netw("time.cloudflare.com")}},
				{"syslog_server", netw(clinNet.host(r.in(2, 4)))},
				{"snmp_community", cred(r.pick("mhc-ro-", "monitor-", "public-") + r.from(lowerNum, 6))},
				{"dns_domain", netw(domain)},
				{"password_policy", obj{{"min_length", decoy(r.pickInt(12, 14))}, {"max_age_days", decoy(r.pickInt(90, 180, 365))}}},
			}},
			{"local_context_data", local},
			{"custom_fields", cf},
			{"interface_count", plain(r.in(1, 8))},
			{"created", plain(when())},
			{"last_updated", plain(when())},
		}
		devices = append(devices, dv)
		mac := r.mac(":", true)
		vid, vname := vClin, "CLINICAL"
		if subnet == voiceNet {
			vid, vname = vVoice, "VOICE"
		}
		ifaces = append(ifaces, obj{
			{"id", plain(nid())},
			{"device", obj{{"id", plain(devID)}, {"name", dev(name)}}},
			{"name", plain(r.pick("eth0", "Ethernet", "lan1", "NIC1", "bond0"))},
			{"type", obj{{"value", plain("1000base-t")}, {"label", plain("1000BASE-T (1GE)")}}},
			{"enabled", plain(true)},
			{"primary_mac_address", obj{{"id", plain(nid())}, {"mac_address", macAddr(mac)}}},
			{"mtu", null()},
			{"mode", obj{{"value", plain("access")}, {"label", plain("Access")}}},
			{"untagged_vlan", obj{{"id", plain(nid())}, {"vid", netw(vid)}, {"name", plain(vname)}}},
		})
		ips = append(ips, obj{
			{"id", plain(nid())},
			{"address", netw(ip + "/24")},
			{"vrf", null()},
			{"status", obj{{"value", plain("active")}}},
			{"assigned_object_type", plain("dcim.interface")},
			{"assigned_object", obj{{"id", plain(nid())}, {"name", plain("eth0")}, {"device", obj{{"name", dev(name)}}}}},
			{"dns_name", netw(strings.ToLower(name) + "." + domain)},
			{"description", plain("")},
		})
	}

	prefixes := arr{
		obj{{"id", plain(nid())}, {"prefix", netw(clinNet.cidr())}, {"vlan", obj{{"vid", netw(vClin)}, {"name", plain("CLINICAL")}}}, {"status", obj{{"value", plain("active")}}}, {"role", obj{{"name", plain("Clinical")}}}, {"is_pool", plain(false)}, {"description", plain("Staff workstations and servers")}, {"children", plain(0)}, {"_depth", plain(0)}},
		obj{{"id", plain(nid())}, {"prefix", netw(voiceNet.cidr())}, {"vlan", obj{{"vid", netw(vVoice)}, {"name", plain("VOICE")}}}, {"status", obj{{"value", plain("active")}}}, {"role", obj{{"name", plain("Voice")}}}, {"is_pool", plain(false)}, {"description", plain("Poly phones")}, {"children", plain(0)}, {"_depth", plain(0)}},
		obj{{"id", plain(nid())}, {"prefix", netw(guestNet.cidr())}, {"vlan", obj{{"vid", netw(vGuest)}, {"name", plain("GUEST")}}}, {"status", obj{{"value", plain("active")}}}, {"role", obj{{"name", plain("Guest")}}}, {"is_pool", plain(true)}, {"description", plain("Waiting room Wi-Fi")}, {"children", plain(0)}, {"_depth", plain(0)}},
	}
	vlans := arr{}
	for _, v := range []struct {
		vid  int
		name string
	}{{vClin, "CLINICAL"}, {vVoice, "VOICE"}, {vGuest, "GUEST"}} {
		vlans = append(vlans, obj{{"id", plain(nid())}, {"vid", netw(v.vid)}, {"name", plain(v.name)}, {"status", obj{{"value", plain("active")}}}, {"tenant", tenant}})
	}
	wlans := arr{
		obj{{"id", plain(nid())}, {"ssid", netw(short + "-Staff")}, {"status", obj{{"value", plain("active")}}}, {"vlan", obj{{"vid", netw(vClin)}}}, {"auth_type", obj{{"value", plain("wpa-enterprise")}}}, {"auth_cipher", obj{{"value", plain("aes")}}}, {"auth_psk", plain("")}, {"description", plain("RADIUS via NPS on " + short + "-FS01")}},
		obj{{"id", plain(nid())}, {"ssid", netw(r.pick(strings.Fields(practice)[0]+" Guest", short+"-Guest", "WaitingRoom"))}, {"status", obj{{"value", plain("active")}}}, {"vlan", obj{{"vid", netw(vGuest)}}}, {"auth_type", obj{{"value", plain("wpa-personal")}}}, {"auth_cipher", obj{{"value", plain("aes")}}}, {"auth_psk", cred(r.psk())}, {"description", plain("")}},
	}

	// journal
	client := r.american()
	var journal arr
	journal = append(journal, obj{
		{"id", plain(nid())}, {"assigned_object_type", plain("dcim.device")}, {"assigned_object_id", plain(nid())}, {"created", plain(when())}, {"created_by", plain(r.in(1, 30))}, {"kind", obj{{"value", plain("info")}}},
		{"comments", prose(p(r.pick("Replaced PSU under warranty, ticket ", "Firmware upgraded during maintenance window, ticket ", "Reimaged after ransomware scare, ticket ")), p(fmt.Sprintf("#%d", r.in(10000, 99999))), p("."))},
	})
	switch r.IntN(3) {
	case 0:
		journal = append(journal, obj{
			{"id", plain(nid())}, {"assigned_object_type", plain("dcim.device")}, {"assigned_object_id", plain(nid())}, {"created", plain(when())}, {"created_by", plain(r.in(1, 30))}, {"kind", obj{{"value", plain("warning")}}},
			{"comments", prose(p("Intake kiosk froze with "), p(client.first+" "+client.last[:1]+".", contactC), p("'s form on screen ("), p(r.pick("PHQ-9 score 17", "GAD-7 score 15", "reported suicidal ideation last 2 weeks", "bipolar II, lithium 600 mg"), healthC), p("). Cleared cache, told practice manager."))},
		})
	case 1:
		journal = append(journal, obj{
			{"id", plain(nid())}, {"assigned_object_type", plain("wireless.wirelesslan")}, {"assigned_object_id", plain(nid())}, {"created", plain(when())}, {"created_by", plain(r.in(1, 30))}, {"kind", obj{{"value", plain("info")}}},
			{"comments", prose(p("Rotated guest key, old one was "), p(r.psk(), credC), p("; gateway "), p(guestNet.gw(), netC), p("."))},
		})
	default:
		journal = append(journal, obj{
			{"id", plain(nid())}, {"assigned_object_type", plain("dcim.site")}, {"assigned_object_id", plain(nid())}, {"created", plain(when())}, {"created_by", plain(r.in(1, 30))}, {"kind", obj{{"value", plain("info")}}},
			{"comments", prose(p("Quarterly review done, nothing to report."))},
		})
	}

	admin := r.american()
	return obj{
		{"api_root", netw(base + "/api/")},
		{"netbox_version", decoy(r.pick("4.1.11", "4.2.6", "4.2.9", "4.3.2"))},
		{"auth_header", cred("Token " + r.hex(40))},
		{"exported_at", plain(iso(t))},
		{"tenant", tenant},
		{"dcim/sites", obj{{"count", plain(len(sites))}, {"next", null()}, {"previous", null()}, {"results", sites}}},
		{"dcim/devices", obj{{"count", plain(len(devices))}, {"next", null()}, {"previous", null()}, {"results", devices}}},
		{"dcim/interfaces", obj{{"count", plain(len(ifaces))}, {"results", ifaces}}},
		{"ipam/ip-addresses", obj{{"count", plain(len(ips))}, {"results", ips}}},
		{"ipam/prefixes", obj{{"count", plain(len(prefixes))}, {"results", prefixes}}},
		{"ipam/vlans", obj{{"count", plain(len(vlans))}, {"results", vlans}}},
		{"wireless/wireless-lans", obj{{"count", plain(len(wlans))}, {"results", wlans}}},
		{"tenancy/contacts", obj{{"count", plain(len(contacts))}, {"results", contacts}}},
		{"tenancy/contact-assignments", obj{{"count", plain(len(assignments))}, {"results", assignments}}},
		{"extras/journal-entries", obj{{"count", plain(len(journal))}, {"results", journal}}},
		{"users/tokens", obj{{"count", plain(1)}, {"results", arr{obj{
			{"id", plain(nid())},
			{"user", obj{{"id", plain(r.in(1, 30))}, {"username", cont(r.userName(admin))}}},
			{"display", decoy("************" + r.hex(4))},
			{"key", cred(r.hex(40))},
			{"write_enabled", plain(false)},
			{"expires", null()},
			{"last_used", plain(when())},
			{"allowed_ips", arr{netw("10.0.0.0/8"), netw(r.wan() + "/32")}},
			{"description", plain("offboarding export")},
		}}}}},
	}
}

// platformOf is a device's platform, null when it has none or the
// inventory left it empty.
func platformOf(r *rng, pl string) leaf {
	if pl == "" || r.chance(0.2) {
		return null()
	}
	return dev(pl)
}
