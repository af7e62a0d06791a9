package blindset6

import (
	"fmt"
	"strings"
)

// garageOpener: a smart garage-door opener cloud's user record (camelCase,
// from a DynamoDB export): account, MFA seed, address, hubs with nickname,
// model, serial, firmware, MAC and the home Wi-Fi (SSID, BSSID, IP,
// gateway, mask, DNS), people the doors are shared with, Alexa, Google and
// IFTTT links, push tokens, phones, orders, door activity, support
// messages.
func garageOpener(g *rng) any {
	u := g.personOf("en")
	a := g.addrUS()
	lan := one(g, "192.168.1", "192.168.0", "10.0.0", "192.168.86")
	gw := lan + ".1"
	ssid := g.ssid(u)
	hubs := arr{}
	for j := 0; j < one(g, 1, 1, 2); j++ {
		var fw leaf
		if g.chance(50) {
			fw = fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(4, 5), g.n(10), g.n(20), g.in(10, 999)))
		} else {
			fw = dev(fmt.Sprintf("%d.%d.%d", g.in(4, 5), g.n(10), g.n(40)))
		}
		hubs = append(hubs, obj{
			{"deviceId", dev("GW" + g.s(HX, 10))},
			{"nickname", dev(one(g, "Garage - Left Bay", "Big Door", u.first+"'s Garage", "Shop Door", "Carport Gate"))},
			{"model", dev(one(g, "Chamberlain MYQ-G0401", "LiftMaster 87504-267", "Tailwind iQ3", "Meross MSG100"))},
			{"serial", dev(g.s(uc+num, 12))},
			{"firmware", fw},
			{"hardwareRev", dev("rev " + one(g, "A", "B", "C2", "D"))},
			{"mac", macAddr(g.mac())},
			{"wifi", obj{
				{"ssid", netw(ssid)},
				{"bssid", macAddr(g.mac())},
				{"rssi", plain(-g.in(40, 85))},
				{"ip", netw(g.lanIP(lan))},
				{"gateway", netw(gw)},
				{"subnetMask", netw("255.255.255.0")},
				{"dns", arr{netw(gw), netw(one(g, "192.0.2.53", "198.51.100.53"))}},
			}},
			{"lastSeen", dev(g.epochMs())},
			{"online", plain(g.chance(85))},
			{"doorState", plain(one(g, "closed", "open", "stopped"))},
			{"cycleCount", decoy(g.in(20, 9000))},
			{"tempF", decoy(g.in(28, 104))},
		})
	}
	shared := arr{}
	for j := 0; j < g.in(0, 1); j++ {
		s := g.personOf("en")
		shared = append(shared, obj{
			{"email", cont(g.email(s))},
			{"role", plain(one(g, "family", "guest", "admin"))},
			{"inviteAccepted", decoy(g.chance(70))},
		})
	}
	model, os := g.phone()
	acts := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		who := g.personOf("en")
		acts = append(acts, obj{
			{"ts", decoy(g.epochMs())},
			{"event", plain(one(g, "door_opened", "door_closed", "left_open_alert", "remote_added"))},
			{"by", cont(one(g, u.first, who.first+" "+who.last))},
			{"source", plain(one(g, "app", "alexa", "keypad", "wall_button"))},
		})
	}
	support, seen := arr{}, uniq{}
	for j := 0; j < g.in(0, 1); j++ {
		support = append(support, seen.draw(func() leaf { return garageMsg(g, u, ssid, lan) }))
	}
	mfa := null()
	if g.chance(50) {
		mfa = cred(g.totp())
	}
	return obj{
		{"accountId", decoy(g.uuid())},
		{"email", cont(g.email(u))},
		{"firstName", cont(u.first)},
		{"lastName", cont(u.last)},
		{"phone", cont(g.phoneUS())},
		{"emailVerified", decoy(g.chance(80))},
		{"passwordHash", cred(g.bcrypt())},
		{"mfa", obj{{"enabled", plain(mfa.val != nil)}, {"totpSecret", mfa}}},
		{"address", obj{
			{"line1", cont(a.street)},
			{"city", cont(a.city)},
			{"state", cont(a.region)},
			{"zip", cont(a.zip)},
			{"country", decoy("US")},
		}},
		{"hubs", hubs},
		{"sharedWith", shared},
		{"integrations", obj{
			{"alexa", obj{
				{"accessToken", cred("Atza|" + g.s(urlb64, 180))},
				{"refreshToken", cred("Atzr|" + g.s(urlb64, 180))},
				{"clientId", decoy("amzn1.application-oa2-client." + g.s(hx, 32))},
				{"tokenType", decoy("bearer")},
				{"expiresIn", plain(3600)},
			}},
			{"google", obj{
				{"refreshToken", cred("1//0" + g.s(urlb64, 100))},
				{"agentUserId", decoy(g.uuid())},
			}},
			{"ifttt", obj{{"serviceKey", cred(g.s(urlb64, 64))}}},
		}},
		{"pushTokens", arr{cred(g.s(hx, 64))}},
		{"phones", arr{obj{
			{"model", dev(model)},
			{"os", dev(os)},
			{"appVersion", dev(fmt.Sprintf("5.%d.%d", g.n(300), g.n(40)))},
		}}},
		{"orders", arr{obj{
			{"orderNo", decoy(fmt.Sprintf("%03d-%07d-%07d", g.n(999), g.n(9999999), g.n(9999999)))},
			{"sku", decoy(one(g, "MYQ-G0401-ES", "87504-267-KIT", "IQ3-3CAR"))},
			{"price", decoy(one(g, 29.98, 49.99, 169.0))},
			{"shipWeightLb", decoy(round1(g.f(0.6, 4.5)))},
		}}},
		{"activity", acts},
		{"supportMessages", support},
	}
}

func garageMsg(g *rng, u person, ssid, lan string) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Hub keeps dropping off "), p(ssid, netCat), p(", router is 60 ft away. Should I get an extender?"))
	case 1:
		return prose(p("Hi "), p(u.first, contactCat), p(", please power-cycle the hub and send us its IP (should be "), p(lan+"."+fmt.Sprint(g.in(2, 250)), netCat), p(")."))
	case 2:
		return prose(p("Alexa says the device is unresponsive since the last update to "), p(fmt.Sprintf("5.%d.%d", g.n(10), g.n(40)), deviceCat), p("."))
	case 3:
		return prose(p("Please cancel my subscription, thanks."))
	}
	return prose(p("My wife's number changed, it is now "), p(g.phoneUS(), contactCat), p(", please update the alerts."))
}

// dashcam: a connected dash-camera vendor's user document in MongoDB
// extended JSON (snake_case): user with avatar and PBKDF2 password, dash
// cams with serial, model, firmware, nickname, the cam's own hotspot and
// LTE module, last seen, impact events with signed clip links, vehicles,
// subscription, API keys, last client.
func dashcam(g *rng) any {
	u := g.personOf(one(g, "en", "en", "de", "fr"))
	cams := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		k := g.n(4)
		model := []string{"BlackVue DR970X-2CH LTE", "Nextbase 622GW", "Thinkware U3000", "VIOFO A229 Pro"}[k]
		hot := []string{"BlackVue970X-" + g.s(hx, 6), "NBDVR622GW_" + g.s(HX, 6), "THINKWARE_" + g.s(HX, 4), "VIOFO_A229_" + g.s(HX, 4)}[k]
		var lte any = null()
		if k == 0 {
			lte = obj{{"imei", dev(g.imei())}, {"iccid", dev(g.iccid("44"))}, {"apn", plain("iot.example.net")}}
		}
		cams = append(cams, obj{
			{"device_sn", dev(g.s(uc+num, 14))},
			{"model", dev(model)},
			{"firmware", dev(fmt.Sprintf("%d.%03d", g.in(1, 2), g.n(999)))},
			{"nickname", dev(one(g, "Mum's Qashqai", "Work van", u.first+"'s Tesla", "Family Sharan", "Red Fiesta"))},
			{"hotspot", obj{
				{"ssid", netw(hot)},
				{"psk", cred(one(g, "blackvue", "qwertyuiop", g.s(alnum, 10)))},
				{"ip", netw("192.168." + fmt.Sprint(one(g, 1, 10, 42)) + ".1")},
			}},
			{"lte", lte},
			{"last_seen", obj{{"$date", dev(g.isoMs())}}},
			{"storage_used_pct", decoy(g.in(3, 99))},
			{"sd_card_gb", plain(one(g, 64, 128, 256))},
			{"parking_mode", plain(one(g, "motion", "timelapse", "off"))},
			{"temp_c", decoy(g.in(18, 71))},
		})
	}
	evs := arr{}
	for j := 0; j < g.in(1, 3); j++ {
		evs = append(evs, obj{
			{"type", plain(one(g, "impact", "parking_impact", "manual", "speed_alert"))},
			{"g_force", decoy(round2(g.f(0.3, 4.5)))},
			{"at", obj{{"$date", decoy(g.isoMs())}}},
			{"clip_url", cred(g.signedURL("clips.dashcloud.example.com", "evt/"+g.uuid()+".mp4"))},
			{"clip_sha1", decoy(g.sha1())},
			{"duration_s", plain(one(g, 20, 30, 60))},
		})
	}
	var phone leaf
	switch g.n(3) {
	case 0:
		phone = cont("4477009" + g.s(num, 5))
	case 1:
		phone = cont("1206555" + "01" + g.s(num, 2))
	default:
		phone = nullDecoy()
	}
	var ph any = phone
	if phone.val != nil {
		ph = obj{{"$numberLong", phone}}
	}
	return obj{
		{"_id", obj{{"$oid", decoy(g.oid())}}},
		{"user", obj{
			{"email", cont(g.email(u))},
			{"display_name", cont(g.handle(u))},
			{"avatar_url", cont("https://cdn.dashcloud.example.com/avatars/" + g.s(hx, 24) + ".jpg")},
			{"phone", ph},
			{"password", obj{
				{"algo", plain("pbkdf2_sha256")},
				{"iterations", plain(one(g, 260000, 600000))},
				{"salt", cred(g.s(alnum, 22))},
				{"hash", cred(g.s(b64, 43) + "=")},
			}},
			{"created", obj{{"$date", decoy(g.isoMs())}}},
		}},
		{"devices", cams},
		{"events", evs},
		{"vehicles", arr{obj{
			{"make", plain(one(g, "Nissan", "VW", "Tesla", "Ford"))},
			{"model_year", decoy(g.in(2012, 2024))},
			{"fuel", plain(one(g, "petrol", "diesel", "ev"))},
		}}},
		{"subscription", obj{
			{"plan", plain(one(g, "cloud_basic", "cloud_smart", "free"))},
			{"price", obj{{"$numberDecimal", decoy(one(g, "4.99", "9.99", "0"))}}},
			{"renews", obj{{"$date", decoy(g.isoMs())}}},
		}},
		{"api_keys", arr{obj{
			{"label", plain(one(g, "home-assistant", "fleet-script", "ifttt"))},
			{"key", cred("dc_live_" + g.s(alnum, 40))},
			{"created", obj{{"$date", decoy(g.isoMs())}}},
		}}},
		{"client", obj{
			{"ip", netw(g.docIP())},
			{"ua", dev(g.userAgent())},
			{"schema_version", decoy(one(g, 3, 4, 5))},
		}},
	}
}

// mowerTickets: a robotic lawn-mower maker's helpdesk ticket export
// (Zendesk-like, keys with spaces): requester, assignee, subject, custom
// fields (product, serial, firmware, purchase date, dealer order, blade
// SKU, parcel weight, RMA), the comment thread in the customer's language,
// satisfaction, attachments.
func mowerTickets(g *rng) any {
	lang := one(g, "en", "de", "fr", "es", "it", "nl")
	loc := lang
	if lang == "nl" {
		loc = "de"
	}
	c := g.personOf(loc)
	ag := g.personOf("en")
	ph := map[string]func() string{"en": g.phoneUK, "de": g.phoneDE, "fr": g.phoneFR, "es": g.phoneES, "it": g.phoneIT}[loc]
	prod := one(g, "Husqvarna Automower 415X", "Gardena SILENO life 1000", "Worx Landroid L WR155E", "Segway Navimow i105E", "Mammotion LUBA 2 AWD 5000")
	serial := g.s(num, 9)
	fw := fmt.Sprintf("%d.%d.%d", g.in(1, 4), g.n(20), g.n(40))
	pin := g.s(num, 4)
	comments, seen := arr{}, uniq{}
	comments = append(comments, obj{
		{"Author", cont(c.full())},
		{"Public", plain(true)},
		{"Created", decoy(g.iso())},
		{"Body", seen.draw(func() leaf { return mowerCustomer(g, lang, c, prod, serial, pin) })},
	})
	for j := 0; j < g.in(1, 2); j++ {
		comments = append(comments, obj{
			{"Author", cont(ag.first + " " + ag.last[:1] + ".")},
			{"Public", plain(j == 0)},
			{"Created", decoy(g.iso())},
			{"Body", seen.draw(func() leaf { return mowerAgent(g, j, c, fw) })},
		})
	}
	tags := arr{}
	for _, t := range some(g, g.in(1, 3), "wifi", "boundary_wire", "pin_lock", "warranty", "rma", "app", "blade") {
		tags = append(tags, plain(t))
	}
	phone := nullDecoy()
	if g.chance(65) {
		phone = cont(ph())
	}
	subj := map[string]string{
		"en": "Mower stuck in error, app says offline",
		"de": "Mähroboter fährt nicht mehr aus der Ladestation",
		"fr": "Tondeuse bloquée, code PIN oublié",
		"es": "El robot no conecta al wifi",
		"it": "Robot tosaerba non si ricarica",
		"nl": "Maaier geeft foutmelding begrenzingsdraad",
	}[lang]
	doc := obj{
		{"Ticket ID", decoy(g.in(100000, 999999))},
		{"Created at", decoy(g.iso())},
		{"Updated at", decoy(g.iso())},
		{"Status", plain(one(g, "open", "pending", "solved", "closed"))},
		{"Priority", plain(one(g, "normal", "high", "low"))},
		{"Via", plain(one(g, "email", "web form", "chat"))},
		{"Tags", tags},
		{"Requester", obj{
			{"Name", cont(c.full())},
			{"Email", cont(g.email(c))},
			{"Phone", phone},
			{"Locale", plain(lang)},
		}},
		{"Assignee", cont(ag.first + " " + ag.last[:1] + ".")},
		{"Group", plain(one(g, "Tier 1 EMEA", "Connectivity", "Warranty desk"))},
		{"Subject", prose(p(subj))},
		{"Custom fields", obj{
			{"Product", dev(prod)},
			{"Serial number", dev(serial)},
			{"Firmware / app", dev(fw)},
			{"Purchase date", decoy(g.date())},
			{"Dealer order no.", decoy(strings.ToUpper(g.s(lc, 2)) + "-" + g.s(num, 7))},
			{"Blade kit SKU", decoy(one(g, "590 85 35-01", "5032-20", "WA0190"))},
			{"Parcel weight (kg)", decoy(round1(g.f(0.4, 14)))},
			{"RMA", null()},
			{"Warranty", plain(one(g, "in warranty", "expired", "extended"))},
		}},
		{"Comments", comments},
		{"Satisfaction", obj{
			{"score", plain(one(g, "good", "bad", "offered", "unoffered"))},
			{"comment", null()},
		}},
		{"Attachments", arr{obj{
			{"file_name", plain(one(g, "IMG_", "photo_", "Screenshot_") + g.s(num, 4) + ".jpg")},
			{"size", decoy(g.in(40000, 4000000))},
			{"sha1", decoy(g.sha1())},
		}}},
	}
	if g.chance(40) {
		// A lean export: no attachments, satisfaction or purchase data.
		doc = drop(doc, "Updated at", "Satisfaction", "Attachments")
		cf := doc[len(doc)-2].val.(obj)
		doc[len(doc)-2].val = drop(cf, "Dealer order no.", "Blade kit SKU", "RMA")
	}
	return doc
}

// drop returns o without the members named.
func drop(o obj, keys ...string) obj {
	out := obj{}
	for _, f := range o {
		keep := true
		for _, k := range keys {
			keep = keep && f.key != k
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}

func mowerCustomer(g *rng, lang string, c person, prod, serial, pin string) leaf {
	ssid := g.ssid(c)
	switch lang + fmt.Sprint(g.n(2)) {
	case "en0":
		return prose(p("Hello, my "), p(prod, deviceCat), p(" (serial "), p(serial, deviceCat), p(") shows 'No loop signal'. The PIN is "), p(pin, credCat), p(" if you need it. Thanks, "), p(c.first, contactCat))
	case "en1":
		return prose(p("The mower ran over the cable and I "), p("cut my hand on the blades, needed 4 stitches", healthCat), p(". Is there a safety recall?"))
	case "de0":
		return prose(p("Guten Tag, der Mäher verbindet sich nicht mit unserem WLAN "), p(ssid, netCat), p(", Passwort ist "), p(g.passphrase(), credCat), p(". Router steht im Keller."))
	case "de1":
		return prose(p("Seit dem Update läuft er nur noch im Kreis. Bitte Rückruf unter "), p(g.phoneDE(), contactCat), p("."))
	case "fr0":
		return prose(p("Bonjour, j'ai oublié le code PIN de la tondeuse, numéro de série "), p(serial, deviceCat), p(". Merci de m'aider."))
	case "fr1":
		return prose(p("Mon mari, "), p("sous dialyse", healthCat), p(", ne peut plus pousser la tondeuse, c'est pour ça que nous l'avons achetée. Elle ne démarre plus."))
	case "es0":
		return prose(p("Hola, el robot dice 'sin conexión'. La IP que tenía era "), p(g.lanIP("192.168.1"), netCat), p(". Mi correo: "), p(g.email(c), contactCat))
	case "es1":
		return prose(p("Hola, ¿cada cuánto hay que cambiar las cuchillas? Gracias."))
	case "it0":
		return prose(p("Buongiorno, il robot non torna alla base. Modello "), p(prod, deviceCat), p(". Saluti, "), p(c.full(), contactCat))
	case "it1":
		return prose(p("Il robot si ferma con errore 'Sollevato' ogni 5 minuti."))
	case "nl0":
		return prose(p("Hallo, de maaier geeft 'Geen lussignaal'. Serienummer "), p(serial, deviceCat), p(", pincode "), p(pin, credCat), p("."))
	}
	return prose(p("Goedemiddag, kunt u mij bellen op "), p("06 12345 "+g.s(num, 3), contactCat), p("? Groet, "), p(c.first, contactCat))
}

func mowerAgent(g *rng, j int, c person, fw string) leaf {
	if j > 0 {
		return prose(p("Internal: checked the cloud logs, unit last online 3 days ago. Escalating to Tier 2."))
	}
	switch g.n(3) {
	case 0:
		return prose(p("Hi "), p(c.first, contactCat), p(", please update to firmware "), p(fw, deviceCat), p(" via the app and restart the mower. Kind regards"))
	case 1:
		return prose(p("Thank you for your patience. A replacement boundary wire kit has been dispatched."))
	}
	return prose(p("Hello "), p(c.first, contactCat), p(", for security reasons we cannot reset the PIN without proof of purchase. Please reply with the invoice."))
}
