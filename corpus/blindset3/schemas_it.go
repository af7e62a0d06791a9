package blindset3

import (
	"fmt"
	"strings"
)

// vaultExport: a password manager's unencrypted JSON export (camelCase,
// items with a title, login fields and name/value custom fields).
func vaultExport(g *rng) any {
	u := g.person()
	lan := g.lanPrefix()
	items := arr{}

	// Logins.
	type site struct {
		title, uri string
		internal   bool
	}
	sites := []site{
		{"Router admin", "http://" + lan + ".1/", true},
		{"Webmail", "https://mail.example.com/login", false},
		{"Bank", "https://secure.bank.example.org/", false},
		{"NAS", "https://nas.home.arpa:5001/", true},
		{"Printer", "http://" + g.lanIP(lan) + "/hp/device", true},
		{"Shop", "https://shop.example.net/account", false},
		{"Pharmacy portal", "https://rx.example.com/", false},
		{"Home Assistant", "http://homeassistant.home.arpa:8123/", true},
		{"NVR", "http://" + g.lanIP(lan) + ":8000/doc/page/login.asp", true},
	}
	for _, s := range some(g, g.in(3, 4), sites...) {
		var uri leaf
		if s.internal {
			uri = netw(s.uri)
		} else {
			uri = plain(s.uri)
		}
		login := obj{
			{"title", decoy(s.title)},
			{"username", cont(one(g, g.email(u), g.handle(u)))},
			{"password", cred(g.password())},
			{"url", uri},
		}
		if g.chance(40) {
			login = append(login, field{"otp", cred("otpauth://totp/" + strings.ReplaceAll(s.title, " ", "") + ":" + slug(u.first) + "?secret=" + g.totpSeed() + "&issuer=" + strings.ReplaceAll(s.title, " ", ""))})
		}
		prev := arr{cred(g.password())}
		if g.chance(50) {
			prev = append(prev, cred(g.password()))
		}
		login = append(login, field{"previousPasswords", prev})
		if g.chance(80) {
			login = append(login, field{"notes", itemNote(g, u)})
		} else {
			login = append(login, field{"notes", plain(nil)})
		}
		items = append(items, login)
	}

	// Wi-Fi card with custom name/value fields.
	items = append(items, obj{
		{"title", decoy(one(g, "Home Wi-Fi", "WLAN", "Wifi casa"))},
		{"fields", obfuscated(arr{
			obj{{"name", decoy("SSID")}, {"value", netw(g.ssid(u))}},
			obj{{"name", decoy("Passphrase")}, {"value", cred(g.passphrase())}},
			obj{{"name", decoy("Router IP")}, {"value", netw(lan + ".1")}},
			obj{{"name", decoy("Admin PIN")}, {"value", cred(g.s(num, 8))}},
		})},
	})

	// SSH key.
	if g.chance(60) {
		items = append(items, obj{
			{"title", decoy("NAS ssh")},
			{"privateKey", cred(g.pem())},
			{"publicKey", decoy(g.sshPub())},
			{"fields", obfuscated(arr{
				obj{{"name", decoy("host")}, {"value", netw(one(g, "nas.home.arpa", "diskstation.lan", g.lanIP(lan)))}},
				obj{{"name", decoy("port")}, {"value", netw(fmt.Sprint(one(g, 22, 2222, 5022)))}},
				obj{{"name", decoy("user")}, {"value", cont(slug(u.first))}},
			})},
		})
	}

	// Identity.
	items = append(items, obj{
		{"title", decoy("Me")},
		{"identity", obj{
			{"firstName", cont(u.first)},
			{"lastName", cont(u.last)},
			{"address1", cont(fmt.Sprintf("%d %s", g.in(1, 400), one(g, usStreets...)))},
			{"address2", cont(one(g, "Apt 4B", "Unit 12", "Suite 300", "Floor 2"))},
			{"username", cont(g.handle(u))},
			{"city", cont(one(g, usTowns...))},
			{"postalCode", cont(fmt.Sprintf("%05d", g.in(1000, 99950)))},
			{"phone", cont(g.phoneUS())},
			{"email", cont(g.email(u))},
		}},
	})

	// Secure note.
	var note leaf
	switch g.n(4) {
	case 0:
		note = prose(p("Medical: blood type "), p(one(g, "A+", "O-", "B+", "AB+"), healthCat), p(", allergic to "), p(one(g, "penicillin", "sulfa drugs", "latex"), healthCat), p(". Insurance hotline in the card app."))
	case 1:
		note = prose(p("Safe combination "), p(fmt.Sprintf("%02d-%02d-%02d", g.n(60), g.n(60), g.n(60)), credCat), p(", spare house key with neighbour."))
	case 2:
		note = prose(p("AWS root: key "), p(g.awsKey(), credCat), p(" secret "), p(g.s(alnum+"+/", 40), credCat))
	default:
		note = prose(p("Gift ideas: books, a new kettle, concert tickets."))
	}
	items = append(items, obj{
		{"title", decoy(one(g, "Notes", "Misc", "Important"))},
		{"notes", note},
	})

	return obj{
		{"encrypted", decoy(false)},
		{"exportedBy", cont(g.email(u))},
		{"items", items},
		{"passwordPolicy", obj{
			{"minLength", decoy(g.in(8, 16))},
		}},
	}
}

// petFeeder: a Firebase Realtime Database export of a pet-feeder app, keyed
// by auth uids and push ids.
func petFeeder(g *rng) any {
	pushID := func() string { return "-N" + g.s(alnum+"-_", 18) }
	users := obj{}
	for k := 0; k < g.in(1, 2); k++ {
		u := g.person()
		lan := g.lanPrefix()
		devices := obj{}
		for d := 0; d < g.in(1, 2); d++ {
			devices = append(devices, field{pushID(), obj{
				{"name", dev(one(g, "Kitchen feeder", "Luna's bowl", "Cat fountain", "Utility room"))},
				{"model", dev(one(g, "PawFeeder Duo", "PawFeeder Cam", "PawFountain 2"))},
				{"fw", dev(g.ver(3))},
				{"mac", macAddr(g.mac())},
				{"serial", dev("PF" + g.s(num, 10))},
				{"lastSeen", dev(g.epochMs())},
				{"wifi", obj{
					{"ssid", netw(g.ssid(u))},
					{"ip", netw(g.lanIP(lan))},
					{"gw", netw(lan + ".1")},
				}},
			}})
		}
		pets := obj{}
		for d := 0; d < g.in(1, 2); d++ {
			pets = append(pets, field{pushID(), obj{
				{"name", decoy(one(g, "Luna", "Milo", "Simba", "Nala", "Pepper", "Mochi"))},
				{"weightKg", decoy(round1(g.f(2.5, 32)))},
			}})
		}
		feed := obj{}
		for d := 0; d < 1; d++ {
			feed = append(feed, field{pushID(), obj{
				{"ts", decoy(g.epochMs())},
				{"grams", decoy(g.in(10, 120))},
			}})
		}
		feedback, seen := obj{}, uniq{}
		for d := 0; d < g.in(1, 2); d++ {
			feedback = append(feedback, field{pushID(), seen.draw(func() leaf { return petFeedback(g) })})
		}
		shares := obj{}
		s := g.person()
		shares = append(shares, field{pushID(), obj{
			{"email", cont(g.email(s))},
			{"role", decoy(one(g, "viewer", "admin"))},
		}})
		users = append(users, field{g.s(alnum, 28), obj{
			{"profile", obj{
				{"displayName", cont(u.full())},
				{"email", cont(g.email(u))},
				{"photoURL", cont("https://lh3.googleusercontent.example.com/a/" + g.s(urlb64, 40) + "=s96-c")},
				{"phoneNumber", cont(g.phoneUS())},
				{"emailVerified", decoy(g.chance(80))},
			}},
			{"auth", obj{
				{"idToken", cred(g.jwt())},
				{"refreshToken", cred("AMf-vB" + g.s(urlb64, 120))},
				{"googleAccessToken", cred(g.ya29())},
				{"googleRefreshToken", cred(g.goog1())},
			}},
			{"devices", devices},
			{"pets", pets},
			{"feedLog", feed},
			{"shares", shares},
			{"feedback", feedback},
		}})
	}
	return obj{
		{"users", users},
		{"config", obj{
			{"rulesVersion", decoy(g.ipShapedVersion())},
			{"cache~ttl", decoy(g.in(60, 3600))},
		}},
	}
}

// chatExport: a team-chat workspace export with members and messages
// (snake_case, messages in several languages).
func chatExport(g *rng) any {
	members := arr{}
	people := []person{}
	handles := []string{}
	for k := 0; k < g.in(2, 4); k++ {
		m := g.person()
		people = append(people, m)
		handles = append(handles, g.handle(m))
		members = append(members, obj{
			{"name", cont(handles[len(handles)-1])},
			{"real_name", cont(m.full())},
			{"profile", obj{
				{"email", cont(g.email(m))},
				{"phone", cont(g.phoneAny())},
				{"image_72", cont("https://avatars.example.com/" + g.s(hx, 12) + "_72.png")},
			}},
		})
	}
	msgs, seen := arr{}, uniq{}
	for k := 0; k < g.in(6, 9); k++ {
		m := obj{
			{"ts", decoy(fmt.Sprintf("%d.%06d", g.epoch(), g.n(1000000)))},
			{"user_name", cont(one(g, handles...))},
			{"text", seen.draw(func() leaf { return chatLine(g, people) })},
		}
		if g.chance(15) {
			m = append(m, field{"files", arr{obj{
				{"name", plain(one(g, "Q3-budget.xlsx", "floorplan.pdf", "screenshot.png"))},
				{"url_private_download", cred("https://files.example.com/files-pri/T0" + g.s(uc+num, 8) + "/download/file?t=xoxe-" + g.s(num, 12) + "-" + g.s(alnum, 32))},
				{"size", decoy(g.in(1000, 9000000))},
			}}})
		}
		msgs = append(msgs, m)
	}
	return obj{
		{"workspace", obj{
			{"name", plain(one(g, "Acme Robotics", "Nordlicht Studio", "Paprika Labs"))},
		}},
		{"channel", obj{
			{"name", plain(one(g, "it-help", "general", "random", "ops", "office"))},
		}},
		{"members", members},
		{"messages", msgs},
		{"integrations", obj{
			{"bot_token", cred("xoxb-" + g.s(num, 12) + "-" + g.s(num, 13) + "-" + g.s(alnum, 24))},
			{"signing_secret", cred(g.hexN(32))},
			{"incoming_webhook", cred("https://hooks.example.com/services/T0" + g.s(uc+num, 8) + "/B0" + g.s(uc+num, 8) + "/" + g.s(alnum, 24))},
			{"client_id", decoy(fmt.Sprintf("%d.%d", g.in(1e9, 9e9), g.in(1e9, 9e9)))},
			{"client_secret", cred(g.hexN(32))},
			{"token_count", decoy(g.in(1, 12))},
		}},
	}
}

// chatLine draws one chat message; its label is exactly what it contains.
func chatLine(g *rng, people []person) leaf {
	someone := one(g, people...)
	lan := g.lanPrefix()
	switch g.n(18) {
	case 0:
		return prose(p("can someone reset the VPN for me? laptop is on "), p(g.lanIP(lan), netCat), p(" now"))
	case 1:
		return prose(p("guest wifi "), p("ACME-Guest-"+g.s(num, 2), netCat), p(" pw is now "), p(g.passphrase(), credCat))
	case 2:
		return prose(p(one(g, "lunch at 12?", "deploy done ✅", "who has the projector remote", "merci !", "standup moved to 10:30", "¿alguien tiene cargador USB-C?")))
	case 3:
		return prose(p("out tomorrow, doctor's appointment, need a refill of my "), p(one(g, "sumatriptan 50mg", "sertraline 100 mg", "levothyroxine 75mcg", "inhaler (salbutamol)"), healthCat))
	case 4:
		return prose(p("call me at "), p(g.phoneAny(), contactCat), p(" if the build breaks"))
	case 5:
		pw := g.password()
		host := one(g, "db-01.internal", "pg-main.corp.internal", "10.8.0.12")
		return prose(p("staging db: "), p("postgres://svc_app:"+pw+"@"+host+":5432/app", credCat, netCat))
	case 6:
		return prose(p("Ich bin heute krank, "), p(fmt.Sprintf("Grippe mit %.1f Fieber", g.f(38.1, 39.8)), healthCat), p(", bin morgen wieder da."))
	case 7:
		return prose(p("le nouveau portable de "), p(someone.first, contactCat), p(" : "), p(one(g, "MacBook Pro M3", "ThinkPad X1 Carbon Gen 11", "Dell XPS 13"), deviceCat), p(", n° de série "), p(g.s(uc+num, 10), deviceCat))
	case 8:
		return prose(p("¿Alguien sabe la IP del NAS? Creo que es "), p(g.lanIP(lan), netCat))
	case 9:
		return prose(p("token for the staging API: "), p("sk_test_"+g.s(alnum, 24), credCat), p(" (rotate after the demo)"))
	case 10:
		return prose(p("je serai absente à partir de juin, "), p("je suis enceinte de "+fmt.Sprint(g.in(4, 7))+" mois", healthCat), p(" 🙂"))
	case 11:
		return prose(p("printer on floor 3 ("), p(one(g, "HP LaserJet M404", "Brother HL-L2350", "Canon iR-ADV C3530"), deviceCat), p(", "), p(g.lanIP(lan), netCat), p(") is jammed again"))
	case 12:
		return prose(p("send the signed contract to "), p(g.email(g.person()), contactCat), p(" please"))
	case 13:
		return prose(p("new AP in the meeting room, MAC "), pmac(g.colonMAC()), p(", tell me if it drops"))
	case 14:
		return prose(p("por favor no uséis la sala 2, "), p(someone.first, contactCat), p(" tiene "), p("alergia al látex y asma", healthCat))
	case 15:
		return prose(p("Mein neues Passwort fürs Ticketsystem ist "), p(g.password(), credCat), p(", bitte nicht weitersagen 🙈"))
	case 16:
		return prose(p("subnet for the lab is "), p(lan+".0/24", netCat), p(", gateway "), p(lan+".1", netCat), p(", VLAN "), p(fmt.Sprint(g.in(10, 400)), netCat))
	}
	return prose(p("reminder: the office alarm code changed to "), p(g.s(num, 6), credCat))
}

// routerSyslog: a batch of router syslog events shipped as JSON (dotted keys).
func routerSyslog(g *rng) any {
	lan := g.lanPrefix()
	routerName := one(g, "gw-hq01.corp.internal", "OpenWrt-lab.lan", "edge-r2.office.internal", "rt-ax3000.home.arpa")
	events := arr{}
	for k := 0; k < g.in(5, 7); k++ {
		ev := obj{
			{"@timestamp", decoy(g.isoMs())},
			{"host.name", netw(routerName)},
			{"host.ip", netw(lan + ".1")},
		}
		ev = append(ev, syslogBody(g, lan)...)
		events = append(events, ev)
	}
	return obj{
		{"batch_id", decoy(g.uuid())},
		{"observer.product", dev(one(g, "OpenWrt 23.05.3", "RouterOS 7.14", "EdgeOS v2.0.9"))},
		{"observer.serial_number", dev(g.s(uc+num, 12))},
		{"agent.version", decoy(g.ipShapedVersion())},
		{"batch.sha256", decoy(g.hexN(64))},
		{"labels", obj{
			{"site~alias", plain(one(g, "hq", "lab", "home"))},
		}},
		{"events", events},
	}
}

// syslogBody returns process.name, message and the parsed fields of one event.
func syslogBody(g *rng, lan string) obj {
	ip := g.lanIP(lan)
	switch g.n(8) {
	case 0:
		m := g.colonMAC()
		host := one(g, "Galaxy-S23", "iPhone", "LivingRoom-TV", "DESKTOP-"+g.s(uc+num, 7), "ESP_"+g.s(HX, 6))
		return obj{
			{"message", prose(p("DHCPACK(br-lan) "), p(ip, netCat), p(" "), pmac(m), p(" "), p(host, deviceCat))},
			{"client.ip", netw(ip)},
			{"client.mac", macAddr(m)},
		}
	case 1:
		src := g.docIP()
		port := one(g, 22, 23, 3389, 445, 8080)
		return obj{
			{"message", prose(p("DROP IN=eth0 OUT= SRC="), p(src, netCat), p(" DST="), p(g.docIP(), netCat), p(fmt.Sprintf(" PROTO=TCP DPT=%d", port)))},
			{"source.ip", netw(src)},
		}
	case 2:
		m := g.colonMAC()
		return obj{
			{"message", prose(p("wlan1: STA "), pmac(m), p(" IEEE 802.11: associated (aid 2)"))},
			{"client.mac", macAddr(m)},
		}
	case 3:
		u := g.person()
		return obj{
			{"message", prose(p("rcvd [PAP AuthReq id=0x1 user=\""), p(slug(u.last)+g.s(num, 4)+"@dsl.example.net", contactCat), p("\" password=\""), p(g.password(), credCat), p("\"]"))},
			{"ppp.interface", plain("pppoe-wan")},
		}
	case 4:
		u := g.person()
		return obj{
			{"message", prose(p("Accepted password for "), p(slug(u.first), contactCat), p(" from "), p(ip, netCat), p(fmt.Sprintf(" port %d ssh2", g.in(40000, 65000))))},
			{"user.name", cont(slug(u.first))},
			{"source.ip", netw(ip)},
		}
	case 5:
		return obj{
			{"message", prose(p(one(g, "Time has been changed", "adjusting local clock by -0.01s", "synchronized to time server")))},
		}
	case 6:
		v6 := g.ip6()
		return obj{
			{"message", prose(p("DHCPV6 REQUEST IA_NA on br-lan: ok "), p(v6+"/128", netCat))},
			{"client.ip", netw(v6)},
		}
	}
	return obj{
		{"process.name", plain("uhttpd")},
		{"message", prose(p("luci: accepted login on / for root from "), p(ip, netCat))},
		{"source.ip", netw(ip)},
		{"url.full", netw("http://" + lan + ".1/cgi-bin/luci")},
	}
}
