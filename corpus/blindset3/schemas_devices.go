package blindset3

import (
	"fmt"
)

// telematics: a connected-car maker's owner + vehicle table (camelCase).
func telematics(g *rng) any {
	o := g.person()
	vehicles := arr{}
	for v := 0; v < g.in(1, 2); v++ {
		phones := arr{}
		for k := 0; k < g.in(1, 2); k++ {
			phones = append(phones, obj{
				{"name", dev(one(g, "Pixel 8 Pro", "iPhone 15", "iPhone de "+o.first, "Galaxy S23", o.first+"'s iPhone", "moto g54"))},
				{"btMac", macAddr(g.colonMAC())},
				{"lastConnected", dev(g.iso())},
			})
		}
		shared := arr{}
		for k := 0; k < g.in(1, 2); k++ {
			s := g.person()
			shared = append(shared, obj{
				{"email", cont(g.email(s))},
				{"role", decoy(one(g, "driver", "guest", "valet"))},
			})
		}
		veh := obj{
			{"vin", dev(g.vin())},
			{"nickname", dev(one(g, "Family van", "Blue Beast", "Dad's EV", o.first+"'s car", "Work truck", "Schneewittchen"))},
			{"model", dev(one(g, "Voltaro E4 Touring", "Voltaro E2 City", "Kestrel GT-e", "Norda X7 Hybrid"))},
			{"telematicsUnit", obj{
				{"imei", dev(g.imei())},
				{"iccid", dev(g.iccid())},
				{"tcuFirmware", dev("TCU-" + g.ver(3))},
				{"headUnitSoftware", dev(fmt.Sprintf("HU %d.%d.%d", g.in(20, 25), g.in(1, 52), g.in(100, 999)))},
			}},
			{"hotspot", obj{
				{"ssid", netw(one(g, "Voltaro-"+g.s(HX, 4), "CarWiFi_"+g.s(num, 4), slug(o.last)+"-car"))},
				{"passphrase", cred(g.passphrase())},
			}},
			{"pairedPhones", phones},
			{"digitalKey", obj{
				{"keySecret", cred(g.hexN(64))},
				{"sharedWith", shared},
			}},
			{"lastSeen", dev(g.isoMs())},
		}
		vehicles = append(vehicles, veh)
	}
	history, seen := arr{}, uniq{}
	for k := 0; k < g.in(2, 4); k++ {
		history = append(history, seen.draw(func() leaf { return carNote(g, o) }))
	}
	return obj{
		{"accountId", decoy(g.uuid())},
		{"owner", obj{
			{"givenName", cont(o.first)},
			{"familyName", cont(o.last)},
			{"email", cont(g.email(o))},
			{"mobile", cont(g.phoneUS())},
			{"emailVerified", decoy(g.chance(80))},
			{"address", obj{
				{"line1", cont(fmt.Sprintf("%d %s", g.in(10, 9999), one(g, usStreets...)))},
				{"city", cont(one(g, usTowns...))},
				{"postalCode", cont(fmt.Sprintf("%05d", g.in(1000, 99950)))},
				{"countryCode", decoy("US")},
			}},
		}},
		{"driverProfiles", arr{
			obj{
				{"displayName", cont(o.first)},
				{"driverHeightCm", hlth(g.in(152, 198))},
				{"driverWeightKg", hlth(g.in(48, 125))},
			},
		}},
		{"auth", obj{
			{"accessToken", cred(g.jwt())},
			{"refreshToken", cred("rt1." + g.s(urlb64, 64))},
			{"tokenType", decoy("Bearer")},
			{"clientId", decoy("autolink-ios-" + g.s(hx, 8))},
		}},
		{"vehicles", vehicles},
		{"serviceHistory", history},
		{"report", obj{
			{"modelYear", decoy(g.in(2023, 2025))},
			{"schemaVersion", decoy(g.ipShapedVersion())},
		}},
		{"createdAt", decoy(g.iso())},
	}
}

// babyMonitor: a baby-monitor app's household export (snake_case, vitals as
// [label, value] pairs).
func babyMonitor(g *rng) any {
	last := one(g, surnames...)
	parents := arr{}
	for k := 0; k < g.in(1, 2); k++ {
		pp := g.person()
		pp.last = last
		parents = append(parents, obj{
			{"first_name", cont(pp.first)},
			{"last_name", cont(pp.last)},
			{"email", cont(g.email(pp))},
			{"phone", cont(g.phoneUK())},
			{"role", decoy(one(g, "owner", "caregiver"))},
			{"password_sha256", cred(g.hexN(64))},
		})
	}
	baby := g.person()
	baby.last = last
	sex := one(g, "male", "M", "boy")
	if baby.female {
		sex = one(g, "female", "F", "girl")
	}
	sessions := arr{}
	for k := 0; k < g.in(2, 3); k++ {
		sessions = append(sessions, obj{
			{"duration_min", hlth(g.in(25, 320))},
			{"wake_ups", hlth(g.in(0, 5))},
			{"quality", hlth(one(g, "restful", "restless", "interrupted"))},
		})
	}
	lan := g.lanPrefix()
	camIP := g.lanIP(lan)
	pw := g.password()
	vitals := arr{
		arr{decoy("breathing_rate_avg"), hlth(g.in(28, 50))},
		arr{decoy("heart_rate_avg"), hlth(g.in(100, 150))},
		arr{decoy("spo2_min"), hlth(g.in(93, 99))},
		arr{decoy("skin_temp_c"), hlth(round1(g.f(36.2, 37.9)))},
	}
	journal, seen := arr{}, uniq{}
	for k := 0; k < g.in(2, 4); k++ {
		journal = append(journal, seen.draw(func() leaf { return babyNote(g, baby) }))
	}
	ped := g.person()
	return obj{
		{"household_id", decoy(g.in(100000, 999999))},
		{"parents", parents},
		{"baby", obj{
			{"name", cont(baby.first)},
			{"sex", sexOf(sex)},
			{"birth_weight_g", hlth(g.in(2100, 4400))},
			{"gestational_age_weeks", hlth(g.in(32, 41))},
			{"conditions", arr{hlth(one(g, "reflux", "eczema", "cow's milk protein allergy", "jaundice (resolved)", "tongue tie"))}},
			{"pediatrician", obj{
				{"name", cont("Dr " + ped.full())},
				{"phone", cont(g.phoneUK())},
			}},
		}},
		{"camera", obj{
			{"serial", dev("LN2-" + g.s(uc+num, 10))},
			{"model", dev(one(g, "LullaNest Cam 2", "LullaNest Cam Mini", "LullaNest Sock+Cam"))},
			{"fw", dev(g.ver(3))},
			{"hw_rev", dev(one(g, "B2", "C1", "C3"))},
			{"mac", macAddr(g.mac())},
			{"nickname", dev(one(g, "Nursery", baby.first+"'s room", "Cot cam", "Kinderzimmer"))},
			{"last_online", dev(g.epoch())},
			{"local_ip", netw(camIP)},
			{"rtsp_url", tag(fmt.Sprintf("rtsp://admin:%s@%s:554/stream1", pw, camIP), credCat, netCat)},
			{"stream", obj{
				{"height_px", decoy(one(g, 720, 1080))},
				{"width_px", decoy(one(g, 1280, 1920))},
			}},
		}},
		{"wifi", obj{
			{"ssid", netw(g.ssid(person{first: parentsFirst(parents), last: last}))},
			{"bssid", netw(g.colonMAC())},
			{"gateway", netw(lan + ".1")},
			{"subnet", netw(lan + ".0/24")},
		}},
		{"vitals_summary", obfuscated(vitals)},
		{"sleep_sessions", sessions},
		{"room", obj{
			{"temp_c", plain(round1(g.f(17, 24)))},
		}},
		{"app", obj{
			{"version", dev(g.ver(3))},
			{"os", dev(one(g, "iOS 17.5.1", "iOS 18.0", "Android 14", "Android 13"))},
			{"push_enabled", decoy(g.chance(90))},
		}},
		{"journal", journal},
		{"created_at", decoy(g.iso())},
	}
}

func parentsFirst(parents arr) string {
	o := parents[0].(obj)
	return o[0].val.(leaf).val.(string)
}

// streamFleet: a streaming-stick / smart-TV maker's household table (PascalCase).
func streamFleet(g *rng) any {
	h := g.person()
	profiles := arr{}
	names := []string{h.first}
	for k := 0; k < g.in(0, 2); k++ {
		names = append(names, g.person().first)
	}
	for i, n := range names {
		profiles = append(profiles, obj{
			{"ProfileName", cont(n)},
			{"IsKids", decoy(i > 0 && g.chance(50))},
			{"ParentalPin", cred(g.s(num, 4))},
			{"AvatarUrl", cont("https://cdn.example.net/avatars/" + g.s(hx, 24) + ".jpg")},
		})
	}
	devices := arr{}
	lan := g.lanPrefix()
	ssid := g.ssid(h)
	for k := 0; k < g.in(1, 3); k++ {
		kind := one(g, "streaming_stick", "smart_tv", "soundbar")
		model := map[string]string{
			"streaming_stick": one(g, "BeamCast 4K Max", "BeamCast Lite"),
			"smart_tv":        one(g, "BeamCast TV 55\" QX", "BeamCast TV 43\" A2"),
			"soundbar":        "BeamCast Bar 300",
		}[kind]
		d := obj{
			{"DeviceName", dev(one(g, "Living Room TV", "Bedroom", "Kids Room", h.first+"'s TV", "Basement", "Kitchen Stick"))},
			{"DeviceType", dev(kind)},
			{"Model", dev(model)},
			{"SerialNumber", dev("BC" + g.s(uc+num, 12))},
			{"FirmwareVersion", dev(g.ver(4))},
			{"OsBuild", dev("BeamOS " + g.ver(2) + " (" + g.s(uc+num, 6) + ")")},
			{"AdvertisingId", dev(g.uuid())},
			{"WifiMac", macAddr(g.mac())},
			{"Network", obj{
				{"Ssid", netw(ssid)},
				{"IpAddress", netw(g.lanIP(lan))},
				{"Gateway", netw(lan + ".1")},
				{"Dns", arr{netw(lan + ".1"), netw(one(g, "192.0.2.53", "198.51.100.53", "203.0.113.53"))}},
			}},
			{"LastSeen", dev(g.iso())},
			{"ScreenHeightPx", decoy(one(g, 1080, 2160))},
		}
		if k == 0 {
			d = append(d, field{"DrmCertificate", decoy(g.cert())})
		}
		devices = append(devices, d)
	}
	tickets, seen := arr{}, uniq{}
	for k := 0; k < g.in(1, 3); k++ {
		tickets = append(tickets, seen.draw(func() leaf { return tvTicket(g, h, lan) }))
	}
	return obj{
		{"HouseholdId", decoy(g.in(10_000_000, 99_999_999))},
		{"AccountHolder", cont(h.full())},
		{"AccountEmail", cont(g.email(h))},
		{"PasswordMd5", cred(g.hexN(32))},
		{"Profiles", profiles},
		{"Devices", devices},
		{"Subscription", obj{
			{"Plan", decoy(one(g, "Basic", "Premium", "Family"))},
			{"PriceEur", decoy(one(g, 4.99, 8.99, 12.99))},
		}},
		{"VoiceLink", obj{
			{"ClientId", decoy("amzn1.application-oa2-client." + g.s(hx, 32))},
			{"AccessToken", cred(g.atza())},
			{"RefreshToken", cred(g.atzr())},
			{"TokenType", decoy("Bearer")},
		}},
		{"Support Tickets", tickets},
		{"ETag", decoy(`W/"` + g.hexN(16) + `"`)},
	}
}

// smartMeter: a utility's smart-meter + home-gateway table, exported from a
// BI tool with positional column names and key/value attributes.
func smartMeter(g *rng) any {
	c := g.person()
	lan := one(g, "192.168.8", "192.168.100", "10.42.0")
	gw := lan + ".1"
	seen := uniq{}
	row := obj{
		{"c01", decoy(g.in(1_000_000, 9_999_999))},
		{"c02", cont(c.full())},
		{"c03", cont(fmt.Sprintf("%d %s", g.in(1, 220), one(g, "Mill Lane", "Station Road", "Church Street", "Kingsway", "Park Terrace")))},
		{"c04", cont(one(g, "Ashby", "Thornfield", "Kelham", "Wrenbury") + " " + one(g, "AB", "CD", "XY") + fmt.Sprint(g.in(1, 9)) + " " + fmt.Sprint(g.in(1, 9)) + g.s(uc, 2))},
		{"c05", cont(g.email(c))},
		{"c06", cont(g.phoneUK())},
		{"c07", dev("KV" + g.s(num, 2) + "E" + g.s(num, 8))},
		{"c08", dev(one(g, "Kelvra EM-340 SMETS2", "Kelvra EM-220", "Ostrom G4 Gas"))},
		{"c09", dev("EM-FW " + g.ver(3))},
		{"c10", decoy(one(g, "E7-DUAL", "STD-1R", "EV-NIGHT"))},
		{"c11", plain(g.in(1000, 60000))},
		{"c12", netw(gw)},
		{"c13", netw(g.docIP())},
		{"c14", macAddr(g.mac())},
		{"c15", netw("http://" + gw + ":8080/admin")},
		{"c16", cred(g.password())},
		{"c17", cont(slug(c.first) + "." + slug(c.last) + g.s(num, 2))},
		{"c18", cred(g.bcrypt())},
		{"c19", seen.draw(func() leaf { return meterNote(g, c) })},
		{"c20", seen.draw(func() leaf { return meterNote(g, c) })},
	}
	attrs := arr{
		obj{{"k", decoy("gw_ssid")}, {"v", netw(g.ssid(c))}},
		obj{{"k", decoy("gw_psk")}, {"v", cred(g.passphrase())}},
		obj{{"k", decoy("wmbus_key")}, {"v", cred(g.s(HX, 32))}},
		obj{{"k", decoy("lan_subnet")}, {"v", netw(lan + ".0/24")}},
		obj{{"k", decoy("dhcp_range")}, {"v", netw(lan + ".100-" + lan + ".199")}},
		obj{{"k", decoy("gw_serial")}, {"v", dev("HGW" + g.s(num, 10))}},
		obj{{"k", decoy("gw_fw")}, {"v", dev(g.ver(3) + "-r" + g.s(num, 4))}},
		obj{{"k", decoy("install_notes")}, {"v", seen.draw(func() leaf { return meterNote(g, c) })}},
	}
	if g.chance(60) {
		attrs = append(attrs, obj{{"k", decoy("psr_needs")}, {"v", hlth(one(g, "home oxygen concentrator", "kidney dialysis at home", "stairlift, wheelchair user", "chronic COPD, nebuliser", "stroke survivor, limited mobility"))}})
	}
	if g.chance(50) {
		alt := g.person()
		attrs = append(attrs, obj{{"k", decoy("alt_contact")}, {"v", cont(alt.full() + " " + g.phoneUK())}})
	}
	return obj{
		{"tbl", decoy("mtr_cust_v3")},
		{"exported", decoy(g.iso())},
		{"row", obfuscated(row)},
		{"attrs", obfuscated(attrs)},
	}
}

// hearingAid: a hearing-aid companion app's user export (kebab-case).
func hearingAid(g *rng) any {
	u := g.person()
	aids := arr{}
	model := one(g, "HearClear Vivo 312", "HearClear Vivo R", "HearClear Petit CIC")
	for _, side := range []string{"left", "right"} {
		aids = append(aids, obj{
			{"side", decoy(side)},
			{"model", dev(model)},
			{"serial-no", dev(g.s(num, 10))},
			{"firmware", dev(g.ver(3))},
			{"ble-mac", macAddr(g.mac())},
			{"last-connected", dev(g.iso())},
		})
	}
	ear := func() obj {
		out := obj{}
		base := g.in(15, 50)
		for _, f := range []int{250, 500, 1000, 2000, 4000, 8000} {
			out = append(out, field{fmt.Sprint(f), hlth(base + f/400 + g.in(0, 15))})
		}
		return out
	}
	phoneModel, phoneOS := one(g, "iPhone 14", "iPhone 13 mini"), one(g, "iOS 17.4", "iOS 16.7.8")
	if g.n(2) == 0 {
		phoneModel, phoneOS = one(g, "Pixel 7a", "Galaxy A54"), one(g, "Android 14", "Android 13")
	}
	feedback, seen := arr{}, uniq{}
	for k := 0; k < g.in(1, 3); k++ {
		feedback = append(feedback, seen.draw(func() leaf { return hearingFeedback(g) }))
	}
	aud := g.person()
	fall := g.person()
	var notes leaf
	switch g.n(4) {
	case 0:
		notes = prose(p("Moderate bilateral SNHL, worse on the right. Increased gain at 2-4 kHz by 3 dB; tinnitus masker on.", healthCat))
	case 1:
		notes = prose(p("Patient reports dizziness since starting "), p(one(g, "amlodipine 5 mg", "gentamicin", "furosemide 40 mg"), healthCat), p("; referred back to GP."))
	case 2:
		notes = prose(p("Follow-up booked; daughter "), p(fall.full(), contactCat), p(" will join the call, her number "), p(g.phoneUS(), contactCat), p("."))
	default:
		notes = prose(p("Fitting confirmed, no changes needed."))
	}
	return obj{
		{"user-id", decoy(g.uuid())},
		{"display-name", cont(u.full())},
		{"e-mail", cont(g.email(u))},
		{"phone-number", cont(g.phoneUS())},
		{"gender", sexOf(one(g, "F", "M", "female", "male", "diverse"))},
		{"hearing-aids", aids},
		{"phone", obj{
			{"model", dev(phoneModel)},
			{"os-version", dev(phoneOS)},
			{"app-version", dev(g.ver(3))},
		}},
		{"audiogram", clinical(obj{
			{"tested-on", decoy(g.date())},
			{"audiologist", cont(aud.full() + ", Au.D.")},
			{"left-ear-db-hl", ear()},
			{"right-ear-db-hl", ear()},
			{"diagnosis", hlth(one(g, "H90.3 Sensorineural hearing loss, bilateral", "H91.1 Presbycusis", "H90.6 Mixed conductive and sensorineural hearing loss, bilateral"))},
			{"tinnitus", hlth(g.chance(40))},
		})},
		{"activity", obj{
			{"steps-today", hlth(g.in(300, 14000))},
			{"avg-heart-rate", hlth(g.in(55, 95))},
			{"fall-alerts-enabled", decoy(g.chance(50))},
			{"fall-contact", obj{
				{"name", cont(fall.full())},
				{"phone", cont(g.phoneUS())},
			}},
		}},
		{"programs", arr{plain(one(g, "Universal", "Restaurant", "Music", "Outdoor", "TV"))}},
		{"feedback", feedback},
		{"remote-fitting", obj{
			{"session-url", cred("https://fit.example.com/join/" + g.s(urlb64, 32))},
			{"clinician-notes", notes.clin()},
			{"scheduled-for", decoy(g.iso())},
		}},
		{"session-token", cred(g.s(hx, 48))},
		{"min-password-length", decoy(8)},
		{"schema", decoy("hc-export/" + fmt.Sprint(g.in(2, 4)))},
	}
}

// insulinPump: an insulin-pump uploader's export: anonymous attr_N columns,
// name/value settings rows and terse event rows.
func insulinPump(g *rng) any {
	u := g.person()
	pumpSerial := "DP4-" + g.s(num, 6)
	settings := arr{
		obj{{"name", decoy("max_bolus_u")}, {"value", hlth(fmt.Sprintf("%.1f", g.f(5, 15)))}},
		obj{{"name", decoy("carb_ratio")}, {"value", hlth(fmt.Sprintf("1:%d", g.in(6, 18)))}},
		obj{{"name", decoy("isf_mgdl")}, {"value", hlth(fmt.Sprint(g.in(25, 80)))}},
		obj{{"name", decoy("target_bg")}, {"value", hlth(fmt.Sprint(one(g, 100, 110, 120)))}},
		obj{{"name", decoy("insulin")}, {"value", hlth(one(g, "Fiasp", "Humalog", "NovoRapid", "Lyumjev"))}},
	}
	if g.chance(60) {
		settings = append(settings, obj{{"name", decoy("pump_lock_pin")}, {"value", cred(g.s(num, 4))}})
	}
	// Compressed CGM and basal series: positional keys, only values tell.
	bg, basal := arr{}, arr{}
	level := g.in(90, 180)
	for k := 0; k < g.in(6, 10); k++ {
		level += g.in(-25, 25)
		if level < 50 {
			level = 50
		}
		bg = append(bg, hlth(level))
	}
	for k := 0; k < g.in(3, 5); k++ {
		basal = append(basal, hlth(round2(g.f(0.3, 1.8))))
	}
	series := obj{
		{"s0", decoy(g.epoch())},
		{"s1", bg},
		{"s2", basal},
	}
	events := arr{}
	for k := 0; k < g.in(2, 4); k++ {
		switch g.n(3) {
		case 0:
			events = append(events, arr{decoy("B"), hlth(round1(g.f(0.5, 9)))})
		case 1:
			events = append(events, arr{decoy("C"), hlth(g.in(10, 90))})
		default:
			events = append(events, arr{decoy("A"), plain(one(g, "OCCLUSION", "LOW_RESERVOIR", "BATTERY_LOW"))})
		}
	}
	comments, seen := arr{}, uniq{}
	for k := 0; k < g.in(2, 3); k++ {
		comments = append(comments, seen.draw(func() leaf { return insulinComment(g) }))
	}
	return obj{
		{"export_id", decoy(g.uuid())},
		{"attr_1", cont(u.full()).obf()},
		{"attr_2", cont(g.email(u)).obf()},
		{"attr_3", dev(pumpSerial).obf()},
		{"attr_4", hlth(one(g, "T1D", "Type 1 diabetes", "LADA", "T2D insulin-dependent")).obf()},
		{"attr_5", cont(g.phoneAny()).obf()},
		{"attr_6", hlth(fmt.Sprintf("%s, %d y since dx", one(g, "pump + CGM", "pump, fingersticks"), g.in(1, 30))).obf()},
		{"pump", obj{
			{"serial", dev(pumpSerial)},
			{"model", dev(one(g, "DosePump 4X", "DosePump 4X Slim", "DosePump Patch"))},
			{"firmware", dev("DP-FW " + g.ver(3))},
			{"last_sync", dev(g.iso())},
			{"cgm_transmitter", dev(g.s(num+uc, 6))},
		}},
		{"settings", obfuscated(settings)},
		{"series", obfuscated(series)},
		{"events", obfuscated(events)},
		{"daily", obj{
			{"tdd_u", hlth(round1(g.f(18, 70)))},
			{"avg_bg", hlth(g.in(95, 210))},
			{"time_in_range_pct", hlth(g.in(35, 95))},
			{"hba1c_est", hlth(round1(g.f(5.8, 9.5)))},
		}},
		{"cloud", obj{
			{"user", cont(g.handle(u))},
			{"pass", cred(g.password())},
			{"api_secret", cred(g.hexN(40))},
			{"uploader_ip", netw(g.privIP())},
			{"uploader_os", dev(one(g, "Android 14", "iOS 17.5", "Android 12"))},
		}},
		{"comments", comments},
	}
}

// shorthand category names for prose pieces.
const (
	credCat    = "credential"
	contactCat = "contact"
	netCat     = "network-layout"
	deviceCat  = "device-inventory"
	healthCat  = "health"
)
