package blindset12

import (
	"fmt"
	"strings"
)

// A mesh-Wi-Fi and parental-control router maker's helpdesk, one ticket as
// a Zendesk-style API returns it with sideloads: the ticket (via channel
// with from / to, custom_fields as {id, value} rows keyed by numeric field
// ids, tags, satisfaction), its comments (plain and HTML bodies, author
// ids, attachments, metadata.system with the client and IP), and the users
// it references with their user_fields and photo.

var (
	meshModels = []string{"eero Pro 6E", "eero 6+", "Google Nest Wifi Pro", "TP-Link Deco X55", "Netgear Orbi RBK763S", "Gryphon Tower", "Firewalla Gold SE", "ASUS ZenWiFi XT8"}
	kidDevices = []string{"iPad (9th gen)", "Nintendo Switch", "Chromebook", "Xbox Series S", "Fire HD 10 Kids", "iPhone 12", "Galaxy Tab A8", "Meta Quest 2"}
	zdAgents   = []string{"Trent Whitcombe", "Lorena Quintero", "Marcus Pendergast", "Shanice Rutledge", "Kyle Zelinski"}
)

func ticketText(r *rng, first, kid, ssid, lan string, mesh string) (leaf, leaf) {
	kidDev := r.pick(kidDevices...)
	kip := fmt.Sprintf("%s.%d", lan, r.in(10, 240))
	switch r.IntN(6) {
	case 0:
		cgm := r.pick("Dexcom G7", "Omnipod 5", "FreeStyle Libre 3")
		subj := prose(p("Parental filter blocks my kid's insulin app"))
		if r.chance(0.5) {
			subj = prose(p("Filter blocking "), p(cgm, healthC, devC), p(" app"))
		}
		return subj, prose(p("Hi, my kid "), p(kid, contactC), p(" has "), p("type 1 diabetes", healthC), p(" and the "), p(cgm, healthC, devC), p(" app stops uploading at 9pm when bedtime mode kicks in on the "), p(kidDev, devC), p(" ("), p(kip, netC), p("). I need it whitelisted. My cell is "), p(r.us555(), contactC), p(". Thanks, "), p(first, contactC))
	case 1:
		pw := r.pick("Sunflower", "Bluebird", "Pepper", "Maple") + r.digits(4) + r.pick("!", "", "#")
		return prose(p("Changed wifi name, kids' devices lost profiles")), prose(p("I renamed the network to "), p(ssid, netC), p(" and the password to "), p(pw, credC), p(" and now none of the schedules apply. The app says the gateway is "), p(lan+".1", netC), p(". Router is "), p(mesh, devC), p("."))
	case 2:
		return prose(p("Port forward not working")), prose(p("Trying to forward "), p(fmt.Sprint(r.pick4(25565, 3074, 8080, 32400, 51820)), netC), p(" to "), p(kip, netC), p(" (my "), p(r.pick("Plex server", "Minecraft box", "WireGuard Pi", "NAS"), devC), p("), public IP is "), p(r.wanIP(), netC), p(". Nothing gets through."))
	case 3:
		return prose(p("Account hacked?")), prose(p("Got a login alert from "), p(r.wanIP(), netC), p(". I don't recognise it. My email is "), p(r.mail(ascii(first)), contactC), p(", please lock it. The backup code I saved was "), p(r.digits(4)+"-"+r.digits(4), credC), p("."))
	case 4:
		mac := r.mac(":", false)
		return prose(p("Unknown device on network")), prose(p("There's a device "), pmac(mac), p(" at "), p(kip, netC), p(" called "), p("android-"+r.hexs(16), netC), p(" that nobody owns. Should I block it?"))
	}
	return prose(p("Speed drops in the evening")), prose(p("Speeds fall from " + fmt.Sprint(r.in(300, 900)) + " to " + fmt.Sprint(r.in(5, 60)) + " Mbps every evening. Is it the ISP?"))
}

func meshZendesk(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	kid := r.pick(usFirstM...)
	if r.chance(0.5) {
		kid = r.pick(usFirstF...)
	}
	lan := r.lanPrefix()
	ssid := r.pick(last+"Family", "The"+last+"s", "FBI Surveillance Van "+r.digits(1), "Pretty Fly for a WiFi", first+"NET", "Casa-"+last)
	mesh := r.pick(meshModels...)
	reqID, agentID := r.in(100000000, 999999999), r.in(100000000, 999999999)
	tid := r.in(100000, 999999)
	agent := r.pick(zdAgents...)
	subj, body := ticketText(r, first, kid, ssid, lan, mesh)
	email := r.mail(ascii(first) + "." + ascii(last))
	ua := r.userAgent()
	cip := r.wanIP()

	fw := dev(fmt.Sprintf("v%d.%d.%d", r.in(6, 7), r.in(0, 20), r.in(0, 9)))
	if r.chance(0.4) {
		fw = fwIP(r.ipVer())
	}
	cf := arr{
		obj{{"id", plain(360001234001)}, {"value", dev(mesh)}},
		obj{{"id", plain(360001234002)}, {"value", dev(r.upper(4) + r.digits(8))}},
		obj{{"id", plain(360001234003)}, {"value", fw}},
		obj{{"id", plain(360001234004)}, {"value", plain(r.pick("secure_plus", "basic", "trial"))}},
		obj{{"id", plain(360001234005)}, {"value", decoy(r.in(1, 48))}},
		obj{{"id", plain(360001234006)}, {"value", nullDecoy()}},
	}
	if r.chance(0.5) {
		cf = append(cf, obj{{"id", plain(360001234007)}, {"value", netw(r.wanIP())}})
	}
	cf = obfuscated(cf).(arr)

	comments := arr{obj{
		{"id", decoy(r.digits(13))},
		{"type", plain("Comment")},
		{"author_id", decoy(reqID)},
		{"body", body},
		{"html_body", prose(p("<div class=\"zd-comment\"><p>")).join(body).join(prose(p("</p></div>")))},
		{"public", plain(true)},
		{"attachments", arr{}},
		{"metadata", obj{{"system", obj{
			{"client", dev(ua)},
			{"ip_address", netw(cip)},
			{"location", plain(r.pick("Springfield, IL, United States", "Salem, OR, United States", "Dover, DE, United States"))},
		}}}},
		{"created_at", plain(r.iso(2024, 2024))},
	}}
	var reply leaf
	switch r.IntN(3) {
	case 0:
		reply = prose(p("Hi "), p(first, contactC), p(", I've reset the schedules. Could you send the diagnostics from the app? Thanks, "), p(strings.Fields(agent)[0], contactC))
	case 1:
		reply = prose(p("Hi "), p(first, contactC), p(", please update the "), p(mesh, devC), p(" to the latest firmware and reboot. Ticket "+fmt.Sprint(tid)+"."))
	default:
		reply = prose(p("Merged into #" + fmt.Sprint(tid-r.in(1, 500)) + "."))
	}
	if r.chance(0.7) {
		att := arr{}
		if r.chance(0.5) {
			att = append(att, obj{
				{"id", decoy(r.digits(13))},
				{"file_name", plain(r.pick("diag.txt", "IMG_"+r.digits(4)+".PNG", "screenshot.png"))},
				{"size", decoy(r.in(2000, 900000))},
				{"content_type", plain(r.pick("text/plain", "image/png"))},
				{"sha256", decoy(r.sha256())},
			})
		}
		comments = append(comments, obj{
			{"id", decoy(r.digits(13))},
			{"type", plain("Comment")},
			{"author_id", decoy(agentID)},
			{"body", reply},
			{"public", plain(true)},
			{"attachments", att},
			{"created_at", plain(r.iso(2024, 2024))},
		})
	}
	if r.chance(0.6) {
		ip2, ip3 := fmt.Sprintf("%s.%d", lan, r.in(10, 240)), fmt.Sprintf("%s.%d", lan, r.in(10, 240))
		comments = append(comments, obj{
			{"id", decoy(r.digits(13))},
			{"type", plain("Comment")},
			{"author_id", decoy(reqID)},
			{"body", prose(p("Diagnostics: clients = "), p(kid+"-"+r.pick("iPad", "Switch", "Chromebook"), devC), p(" "), p(ip2, netC), p(" "), pmac(r.mac(":", true)), p("; "), p(r.pick(kidDevices...), devC), p(" "), p(ip3, netC), p("; WAN "), p(r.wanIP(), netC), p(" DNS "), p(r.pick("1.1.1.1", "8.8.8.8", lan+".1"), netC))},
			{"public", plain(false)},
			{"attachments", arr{}},
			{"created_at", plain(r.iso(2024, 2024))},
		})
	}
	phone := nullDecoy()
	if r.chance(0.6) {
		phone = cont("+1 " + strings.TrimPrefix(r.us555(), ""))
	}
	users := arr{
		obj{
			{"id", decoy(reqID)},
			{"name", cont(first + " " + last)},
			{"email", cont(email)},
			{"phone", phone},
			{"shared_phone_number", decoy(false)},
			{"role", plain("end-user")},
			{"verified", decoy(r.chance(0.8))},
			{"time_zone", plain(r.pick("Central Time (US & Canada)", "Eastern Time (US & Canada)", "Pacific Time (US & Canada)"))},
			{"photo", obj{{"content_url", cont("https://support.example.com/system/photos/" + r.digits(12) + "/profile.jpg")}, {"width", decoy(80)}, {"height", decoy(80)}}},
			{"user_fields", obj{
				{"household_kids", prose(p(kid, contactC), p(fmt.Sprintf(" (%d)", r.in(6, 16))))},
				{"app_version", dev(fmt.Sprintf("%d.%d.%d", r.in(6, 8), r.in(0, 40), r.in(0, 9)))},
				{"phone_os", dev(r.osVer())},
				{"mfa_enabled", decoy(r.chance(0.4))},
				{"rma_ship_to", rmaAddr(r, first+" "+last)},
			}},
			{"last_login_at", plain(r.iso(2024, 2024))},
		},
		obj{
			{"id", decoy(agentID)},
			{"name", cont(agent)},
			{"email", cont(strings.ToLower(strings.Fields(agent)[0]) + "@support.example.com")},
			{"role", plain("agent")},
			{"signature", prose(p(strings.Fields(agent)[0], contactC), p(" | Tier "+r.pick("1", "2")+" Support"))},
		},
	}
	return obj{
		{"ticket", obj{
			{"id", decoy(tid)},
			{"url", plain(fmt.Sprintf("https://support.example.com/api/v2/tickets/%d.json", tid))},
			{"via", obj{
				{"channel", plain(r.pick("email", "web", "mobile_sdk"))},
				{"source", obj{
					{"from", obj{{"address", cont(email)}, {"name", cont(first + " " + last)}}},
					{"to", obj{{"address", cont("help@" + r.pick("support.example.com", "example.net"))}}},
				}},
			}},
			{"subject", subj},
			{"description", body},
			{"status", plain(r.pick("open", "pending", "solved"))},
			{"priority", plain(r.pick("normal", "high", "low"))},
			{"requester_id", decoy(reqID)},
			{"assignee_id", decoy(agentID)},
			{"tags", stringsOf(plain, r.pickSome(2, "parental_controls", "firmware", "wifi", "port_forward", "security", "billing")...)},
			{"custom_fields", cf},
			{"satisfaction_rating", obj{{"score", plain(r.pick("offered", "good", "bad", "unoffered"))}}},
			{"comment_count", decoy(len(comments))},
			{"created_at", plain(r.iso(2024, 2024))},
		}},
		{"comments", comments},
		{"users", users},
		{"next_page", null()},
	}
}

// join appends the text of o to l, uniting their labels (both free text).
func (l leaf) join(o leaf) leaf {
	out := prose(p(fmt.Sprint(l.val)), p(fmt.Sprint(o.val)))
	out.label.Categories = mergeCats(l.label.Categories, o.label.Categories)
	if len(l.label.AnyOf) > 0 && !hasAnyCat(out.label.Categories, l.label.AnyOf) {
		out.label.AnyOf = l.label.AnyOf
	}
	if len(o.label.AnyOf) > 0 && out.label.AnyOf == nil && !hasAnyCat(out.label.Categories, o.label.AnyOf) {
		out.label.AnyOf = o.label.AnyOf
	}
	return out
}

// rmaAddr is a replacement-unit shipping address, or null.
func rmaAddr(r *rng, name string) any {
	if r.chance(0.4) {
		return nullDecoy()
	}
	street, city, st, zip := r.usAddr()
	return obj{
		{"name", cont(name)},
		{"street", cont(street)},
		{"city", cont(city)},
		{"state", cont(st)},
		{"zip", cont(zip)},
		{"tracking", decoy("1Z" + r.upper(16))},
		{"parcel_weight_lb", decoy(r.f1(1.5, 7))},
	}
}
