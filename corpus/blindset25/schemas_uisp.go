package blindset25

import "fmt"

// wispUISP: a rural wireless ISP's UISP instance, read by a migration
// script: the instance URL, its x-auth-token and the CRM app key; CRM
// clients (names, contacts, address, client-zone login, custom
// attributes including a medical-priority flag's text and the router
// admin password, the office note), their services; UISP network devices
// (the CPE radio and the customer's router: identification, overview,
// addresses, the AP they hang on), the install tech's provisioning
// template and a ticket with its activity.
func wispUISP(r *rng) any {
	t := r.when()
	wisps := [][2]string{{"Big Hole Wireless", "bighole"}, {"Palouse Prairie Net", "palouse"}, {"Snowy Range Broadband", "snowyrange"}, {"Northwoods Air", "northwoodsair"}}
	ww := wisps[r.IntN(len(wisps))]
	wisp, slug := ww[0], ww[1]
	mgmt := lan(fmt.Sprintf("10.%d.%d", r.in(100, 120), r.in(0, 60)))
	cust := r.english()
	a := r.usAddress()
	cid := r.in(100, 9000)
	tower := r.pick("Baldy Ridge", "Grain Elevator", "Water Tower", "Fire Lookout", "County Shop")
	apName := fmt.Sprintf("%s-SEC%d", ascii(tower), r.in(1, 4))
	cpeMac := r.mac(":", false)
	cpeIP := mgmt.host(r.in(20, 250))
	home := r.lan()
	wifiSSID := r.ssid(cust.last)
	ppUser := fmt.Sprintf("%s%d", ascii(cust.last), cid)

	attr := func(name, key string, v leaf) obj {
		return obj{{"customAttributeId", plain(r.in(1, 30)).obf()}, {"name", plain(name).obf()}, {"key", plain(key).obf()}, {"value", v.obf()}}
	}
	var med leaf = null()
	if r.chance(0.6) {
		med = hlth(r.pick("Home oxygen concentrator - restore first", "Home haemodialysis", "CPAP user, sleep apnea", "Remote cardiac monitor (pacemaker)"))
	}
	var cnote leaf
	switch r.IntN(4) {
	case 0:
		cnote = prose(p("Customer is on "), p(r.pick("home dialysis", "oxygen", "a ventilator at night"), healthC), p(" - priority restore, never suspend for non-payment."))
	case 1:
		cnote = prose(p("Gate code "), p(r.digits(4), credC), p(", dog is friendly. Mount is on the shop roof, not the house."))
	case 2:
		cnote = prose(p("Bill to daughter "), p(r.english().first+" "+cust.last, contactC), p(", "), p(r.usLocal(), contactC))
	default:
		cnote = prose(p("Upgraded plan after the tower swap."))
	}
	client := obj{
		{"id", plain(cid)},
		{"userIdent", decoy(fmt.Sprintf("%06d", r.in(1, 999999)))},
		{"clientType", plain(1)},
		{"isLead", decoy(false)},
		{"firstName", cont(cust.first)},
		{"lastName", cont(cust.last)},
		{"street1", cont(a.street)},
		{"street2", null()},
		{"city", cont(a.town)},
		{"zipCode", cont(a.postcode)},
		{"countryId", decoy(249)},
		{"stateId", plain(r.in(1, 50))},
		{"fullAddress", cont(a.usOneLine())},
		{"username", cont(r.email(cust))},
		{"isActive", plain(true)},
		{"hasSuspendedService", decoy(false)},
		{"hasOutage", decoy(r.chance(0.1))},
		{"accountBalance", plain(r.f2(-80, 40))},
		{"registrationDate", plain(isoOff(after(t, -r.in(50000, 900000))))},
		{"note", cnote},
		{"contacts", arr{obj{
			{"id", plain(r.in(1000, 9999))},
			{"email", cont(r.email(cust))},
			{"phone", cont(r.usLocal())},
			{"name", cont(cust.full())},
			{"isBilling", decoy(true)},
			{"isContact", decoy(true)},
		}}},
		{"attributes", arr{
			attr("Medical priority", "medicalPriority", med),
			attr("Router admin password", "routerAdminPassword", cred(r.password())),
			attr("Install date", "installDate", plain(day(after(t, -r.in(50000, 900000))))),
			attr("Referral code", "referralCode", decoy(r.from(upperNum, 8))),
		}},
	}
	service := obj{
		{"id", plain(r.in(1000, 9999))},
		{"clientId", plain(cid)},
		{"name", plain(r.pick("Rural 25/5", "Rural 50/10", "Farm 100/20"))},
		{"price", plain(r.pick("59.00", "79.00", "109.00"))},
		{"status", plain(1)},
		{"activeFrom", plain(isoOff(after(t, -r.in(50000, 900000))))},
		{"street1", cont(a.street)},
		{"city", cont(a.town)},
		{"zipCode", cont(a.postcode)},
		{"downloadSpeed", plain(r.pickInt(25, 50, 100))},
		{"uploadSpeed", plain(r.pickInt(5, 10, 20))},
		{"hasOutage", decoy(false)},
		{"contractId", decoy(fmt.Sprintf("C-%05d", r.in(1, 99999)))},
	}

	cpeModel := r.pick("LBE-5AC-Gen2", "NBE-5AC-Gen2", "LAP-GPS", "PBE-5AC-Gen2")
	cpeName := map[string]string{"LBE-5AC-Gen2": "LiteBeam 5AC Gen2", "NBE-5AC-Gen2": "NanoBeam 5AC Gen2", "LAP-GPS": "LiteAP GPS", "PBE-5AC-Gen2": "PowerBeam 5AC Gen2"}[cpeModel]
	devices := arr{
		obj{
			{"identification", obj{
				{"id", dev(r.uuid())},
				{"site", obj{{"id", plain(r.uuid())}, {"name", cont(cust.last + ", " + cust.first)}, {"type", plain("endpoint")}}},
				{"mac", macAddr(cpeMac)},
				{"name", dev(fmt.Sprintf("CPE-%s-%d", cust.last, cid))},
				{"hostname", netw(fmt.Sprintf("cpe-%d.%s.internal", cid, slug))},
				{"model", dev(cpeModel)},
				{"modelName", dev(cpeName)},
				{"type", dev("airMax")},
				{"category", plain("wireless")},
				{"role", plain("station")},
				{"firmwareVersion", dev(fmt.Sprintf("8.7.%d", r.in(1, 15)))},
				{"serialNumber", dev(r.HEX(12))},
				{"authorized", decoy(true)},
			}},
			{"overview", obj{
				{"status", plain(r.pick("active", "active", "disconnected"))},
				{"lastSeen", dev(isoMs(after(t, -r.in(1, 300))))},
				{"uptime", plain(r.in(1000, 9000000))},
				{"signal", plain(-r.in(48, 78))},
				{"frequency", plain(r.pickInt(5180, 5500, 5745, 5805))},
				{"downlinkCapacity", plain(r.in(50, 400) * 1000000)},
				{"cpu", plain(r.in(2, 60))},
				{"temperature", decoy(r.in(30, 71))},
			}},
			{"ipAddress", netw(cpeIP + "/" + fmt.Sprint(r.pickInt(22, 24)))},
			{"attributes", obj{
				{"ssid", netw(fmt.Sprintf("%s-%s", slug, ascii(tower)))},
				{"apDevice", obj{{"id", plain(r.uuid())}, {"name", dev(apName)}, {"model", dev(r.pick("R5AC-Lite", "LAP-120", "PS-5AC"))}}},
			}},
		},
		obj{
			{"identification", obj{
				{"id", dev(r.uuid())},
				{"mac", macAddr(r.mac(":", false))},
				{"name", dev(cust.first + "'s router")},
				{"model", dev(r.pick("UDR", "UX", "ER-X", "UDM"))},
				{"type", dev(r.pick("unifi", "erouter"))},
				{"firmwareVersion", fwIP(r.ipShapedFw())},
				{"role", plain("router")},
			}},
			{"overview", obj{{"status", plain("active")}, {"lastSeen", dev(isoMs(after(t, -r.in(1, 300))))}}},
			{"ipAddress", netw(home.gw())},
		},
	}

	tech := r.english()
	template := obj{
		{"template", plain("residential-v" + fmt.Sprint(r.in(2, 6)))},
		{"wifi", obj{{"ssid", netw(wifiSSID)}, {"key", cred(r.psk())}, {"band_steering", decoy(true)}}},
		{"pppoe", obj{{"username", cont(ppUser)}, {"password", cred(r.from(lowerNum, 10))}}},
		{"radius", obj{{"server", netw(mgmt.host(r.in(2, 9)))}, {"port", netw(1812)}, {"secret", cred(r.alnum(24))}}},
		{"mgmt_vlan", netw(r.pickInt(10, 99, 200, 301))},
		{"lan_subnet", netw(home.cidr())},
		{"dhcp_start", netw(home.host(100))},
		{"dhcp_end", netw(home.host(199))},
		{"dns", arr{netw("1.1.1.1"), netw(mgmt.host(53))}},
		{"admin_url", netw("https://" + home.gw())},
		{"cpe_ssh_password", cred(r.password())},
		{"cpe_password_hash", cred(r.cisco8())},
		{"installed_by", cont(tech.full())},
	}

	var body leaf
	switch r.IntN(3) {
	case 0:
		body = prose(p("CPE "), pmac(cpeMac), p(" dropping every few minutes, signal -74. Re-aimed at "), p(apName, devC), p(", now -58."))
	case 1:
		body = prose(p("Customer can't reach the router page at "), p("https://"+home.gw(), netC), p(" - walked her through it, password is "), p(r.password(), credC), p("."))
	default:
		body = prose(p("Outage ticket closed, tower power restored."))
	}
	ticket := obj{
		{"id", plain(r.in(1000, 99999))},
		{"subject", prose(p(r.pick("Slow speeds", "No internet", "Router login", "Relocate dish")))},
		{"clientId", plain(cid)},
		{"status", plain(r.pick("open", "pending", "solved"))},
		{"activity", arr{obj{
			{"id", plain(r.in(1000, 99999))},
			{"userId", plain(r.in(1, 40))},
			{"user", cont(tech.first)},
			{"createdDate", plain(isoOff(after(t, -r.in(1, 900))))},
			{"public", plain(false)},
			{"comment", obj{{"body", body}}},
		}}},
	}

	return obj{
		{"instance", obj{
			{"name", plain(wisp)},
			{"url", netw(fmt.Sprintf("https://uisp.%s.internal", slug))},
			{"version", decoy(fmt.Sprintf("2.4.%d", r.in(100, 190)))},
			{"x-auth-token", cred(r.uispToken())},
			{"crm_app_key", cred(r.b64(48))},
			{"exported_at", plain(isoOff(t))},
		}},
		{"crm", obj{{"clients", arr{client}}, {"services", arr{service}}, {"tickets", arr{ticket}}}},
		{"nms", obj{{"devices", devices}}},
		{"provisioning", template},
	}
}
