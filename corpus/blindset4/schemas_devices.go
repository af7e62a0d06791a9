package blindset4

import (
	"fmt"
	"strings"
)

// doorbell: a video-doorbell cloud's account export (camelCase), with
// devices, motion/ring events and support tickets in several languages.
func doorbell(g *rng) any {
	o := g.personOf("en")
	devs := arr{}
	lan := g.lanPrefix()
	ssid := g.ssid(o)
	for j := 0; j < g.in(1, 2); j++ {
		shared := arr{}
		for k := 0; k < g.in(0, 2); k++ {
			shared = append(shared, cont(g.email(g.personOf("en"))))
		}
		devs = append(devs, obj{
			{"id", dev(g.in(100000000, 999999999))},
			{"description", dev(one(g, "Front Door", "Back Gate", "Garage", o.first+"'s Porch", "Side Alley"))},
			{"kind", dev(one(g, "doorbell_v4", "doorbell_pro_2", "stickup_cam_battery", "floodlight_v2"))},
			{"serialNumber", dev(g.s(uc+num, 12))},
			{"firmwareVersion", dev(fmt.Sprintf("cam-%d.%d.%d", g.in(1, 3), g.n(30), g.in(100, 999)))},
			{"macAddress", macAddr(g.mac())},
			{"lastSeenAt", dev(g.isoMs())},
			{"health", obj{
				{"wifiName", netw(ssid)},
				{"ipAddress", netw(g.lanIP(lan))},
				{"rssi", plain(-g.in(35, 85))},
				{"batteryPercent", decoy(g.in(3, 100))},
			}},
			{"settings", obj{
				{"motionSensitivity", plain(one(g, "low", "medium", "high"))},
				{"privacyZonesEnabled", decoy(g.chance(30))},
			}},
			{"sharedWith", shared},
		})
	}
	events := arr{}
	for j := 0; j < g.in(2, 4); j++ {
		events = append(events, obj{
			{"eventId", decoy(fmt.Sprint(g.epochMs()) + g.s(num, 4))},
			{"kind", plain(one(g, "ding", "motion", "on_demand"))},
			{"createdAt", decoy(g.isoMs())},
			{"shareUrl", cred("https://share.ringside.example.com/v/" + g.s(alnum, 10) + "?sig=" + g.s(urlb64, 32))},
		})
	}
	tickets, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		tickets = append(tickets, obj{
			{"subject", seen.draw(func() leaf { return doorbellSubject(g) })},
			{"body", seen.draw(func() leaf { return doorbellBody(g, o, lan) })},
			{"createdAt", decoy(g.iso())},
			{"status", plain(one(g, "open", "solved", "pending"))},
		})
	}
	model, osv := g.phone()
	return obj{
		{"accountId", decoy(g.in(10000000, 99999999))},
		{"owner", obj{
			{"firstName", cont(o.first)},
			{"lastName", cont(o.last)},
			{"email", cont(g.email(o))},
			{"phone", cont(g.phoneUS())},
			{"emailVerified", decoy(true)},
			{"avatarUrl", cont("https://cdn.ringside.example.com/avatars/" + g.s(hx, 24) + ".jpg")},
		}},
		{"address", obj{
			{"street1", cont(fmt.Sprintf("%d %s", g.in(10, 9800), one(g, "Bramblewood Dr", "Sycamore Bend", "Kestrel Ave", "Foxglove Ct")))},
			{"city", cont(one(g, "Riverton", "Hollister Springs", "New Galway", "Elkhorn"))},
			{"state", cont(one(g, "CO", "GA", "OR", "MN", "NV"))},
			{"postalCode", cont(fmt.Sprintf("%05d", g.in(10000, 99999)))},
			{"country", decoy("US")},
		}},
		{"auth", obj{
			{"accessToken", cred(g.jwt())},
			{"refreshToken", cred(g.opaque(64))},
			{"tokenType", decoy("Bearer")},
			{"expiresIn", plain(3600)},
			{"clientId", decoy("ringside_official_" + one(g, "android", "ios"))},
		}},
		{"devices", devs},
		{"events", events},
		{"appInstalls", arr{obj{
			{"phoneModel", dev(model)},
			{"osVersion", dev(osv)},
			{"appVersion", dev(g.ver(3))},
			{"pushToken", cred(g.fcm())},
		}}},
		{"supportTickets", tickets},
	}
}

func doorbellSubject(g *rng) leaf {
	switch g.n(4) {
	case 0:
		return prose(p("Doorbell offline since router change"))
	case 1:
		return prose(p("Ovikello ei soi sisällä"))
	case 2:
		return prose(p("Please delete my account"))
	}
	return prose(p("Zvonek nefunguje po aktualizaci "), p(g.ver(3), deviceCat))
}

func doorbellBody(g *rng, o person, lan string) leaf {
	switch g.n(6) {
	case 0:
		return prose(p("New router at "), p(lan+".1", netCat), p(", network "), p("\""+g.ssid(o)+"\"", netCat), p(", password "), p(g.passphrase(), credCat), p(". Doorbell won't rejoin."))
	case 1:
		return prose(p("Hei, olen "), p(o.first, contactCat), p(". Soittakaa numeroon "), p(g.phoneUK(), contactCat), p(", kiitos."))
	case 2:
		return prose(p("Motion alerts fire every few minutes because of the tree, how do I set zones?"))
	case 3:
		return prose(p("Dobrý den, můj e-mail je "), p(g.email(o), contactCat), p(", prosím o reset hesla."))
	case 4:
		return prose(p("My camera "), p(g.s(uc+num, 12), deviceCat), p(" shows a MAC "), pmac(g.mac()), p(" I don't recognise."))
	}
	return prose(p("I am deaf and rely on the flashing chime", healthCat), p(", it stopped working."))
}

// chromebooks: a school district's Chromebook inventory, dumped from a
// GraphQL admin API (data / edges / node).
func chromebooks(g *rng) any {
	admin := g.personOf("en")
	edges := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		st := g.personOf(one(g, "en", "es", "pl"))
		guardian := g.personOf("en")
		var note leaf
		switch g.n(5) {
		case 0:
			note = prose(p("Screen cracked, loaner "), p("SN "+g.s(uc+num, 10), deviceCat), p(" issued."))
		case 1:
			note = prose(p("Returned at end of year, wiped."))
		case 2:
			note = prose(p("Student has "), p("epilepsy", healthCat), p(", keep screen brightness low per nurse."))
		case 3:
			note = prose(p("Guardian "), p(guardian.full(), contactCat), p(" will pay repair fee, call "), p(g.phoneUS(), contactCat))
		default:
			note = prose(p("Found on district guest Wi-Fi with static IP "), p(g.lanIP("10.20."+fmt.Sprint(g.in(1, 60))), netCat), p(", reset to DHCP."))
		}
		edges = append(edges, obj{
			{"cursor", decoy(g.s(alnum, 20) + "==")},
			{"node", obj{
				{"deviceId", dev(g.uuid())},
				{"serialNumber", dev(g.s(uc+num, 10))},
				{"model", dev(one(g, "Lenovo 300e Chromebook Gen 3", "Acer Chromebook Spin 511", "HP Chromebook 11 G9 EE", "Dell Chromebook 3110"))},
				{"osVersion", dev(fmt.Sprintf("%d.0.%d.%d", g.in(114, 126), g.in(5700, 6500), g.in(10, 250)))},
				{"platformVersion", dev(fmt.Sprintf("%d.%d.0", g.in(15400, 15800), g.n(80)))},
				{"firmwareVersion", dev("Google_" + one(g, "Pirika", "Dedede", "Octopus") + "." + g.ver(3))},
				{"macAddress", macAddr(g.mac())},
				{"annotatedAssetId", dev(fmt.Sprintf("SD%d-%05d", g.in(10, 99), g.n(100000)))},
				{"annotatedLocation", plain(fmt.Sprintf("Room %d cart %s", g.in(100, 320), one(g, "A", "B", "C")))},
				{"lastSync", dev(g.isoMs())},
				{"lastEnrollmentTime", decoy(g.isoMs())},
				{"autoUpdateExpiration", decoy(g.date())},
				{"lastKnownNetwork", arr{obj{
					{"ipAddress", netw(g.lanIP("10.20." + fmt.Sprint(g.in(1, 60))))},
					{"wanIpAddress", netw(g.docIP())},
				}}},
				{"recentUsers", arr{obj{
					{"email", cont(strings.ToLower(st.afirst) + "." + strings.ToLower(st.alast) + g.s(num, 2) + "@students.example.org")},
				}}},
				{"assignedStudent", obj{
					{"fullName", cont(st.full())},
					{"gradeLevel", plain(g.in(3, 12))},
					{"guardianEmail", cont(g.email(guardian))},
					{"guardianPhone", cont(g.phoneUS())},
				}},
				{"notes", note},
			}},
		})
	}
	return obj{
		{"data", obj{
			{"orgUnit", obj{
				{"path", plain("/Students/" + one(g, "Lincoln MS", "Roosevelt ES", "Central HS"))},
				{"devices", obj{
					{"totalCount", decoy(g.in(200, 4000))},
					{"pageInfo", obj{
						{"hasNextPage", plain(true)},
						{"endCursor", decoy(g.s(alnum, 20) + "==")},
					}},
					{"edges", edges},
				}},
			}},
		}},
		{"extensions", obj{
			{"cost", obj{{"requestedQueryCost", decoy(g.in(50, 500))}}},
			{"requestId", decoy(g.uuid())},
		}},
		{"_export", obj{
			{"adminEmail", cont(strings.ToLower(admin.afirst) + "." + strings.ToLower(admin.alast) + "@district.example.org")},
			{"clientId", decoy(g.s(num, 12) + "-" + g.s(lc+num, 32) + ".apps.googleusercontent.com")},
			{"accessToken", cred(g.ya29())},
			{"apiVersion", decoy("v" + g.ver(2))},
		}},
	}
}

// alarmPanel: a home-security alarm panel's configuration dump, written by
// the installer's tool as one flat object with UPPER dotted keys.
func alarmPanel(g *rng) any {
	o := g.personOf(one(g, "en", "pl", "sv"))
	lan := g.lanPrefix()
	out := obj{
		{"SYS.PANEL_MODEL", dev(one(g, "DSC PowerSeries Neo HS2064", "Ajax Hub 2 Plus", "Honeywell VISTA-21iP", "Texecom Premier Elite 48"))},
		{"SYS.SERIAL", dev(g.s(HX, 10))},
		{"SYS.FW_VER", dev("v" + g.ver(3))},
		{"SYS.INSTALLER_CODE", cred(g.s(num, 4))},
		{"SYS.MASTER_CODE", cred(g.s(num, 4))},
		{"SYS.DURESS_CODE", cred(g.s(num, 4))},
		{"SYS.CODE_LENGTH", decoy(4)},
		{"SYS.EXPORT_TOOL", decoy("DLS " + g.ver(3))},
		{"NET.DHCP", plain(g.chance(50))},
		{"NET.IP/MASK", netw(g.lanIP(lan) + "/255.255.255.0")},
		{"NET.GATEWAY", netw(lan + ".1")},
		{"NET.DNS", netw(one(g, lan+".1", "192.0.2.53", "198.51.100.53"))},
		{"NET.MAC", macAddr(g.mac())},
		{"NET.HOSTNAME", netw(one(g, "alarm-hub.home.arpa", "panel."+strings.ToLower(o.alast)+".lan", "neo-"+g.s(hx, 6)+".home.arpa"))},
		{"NET.WIFI_SSID", netw(g.ssid(o))},
		{"NET.WIFI_KEY", cred(g.passphrase())},
		{"GSM.ICCID", dev(g.iccid())},
		{"GSM.IMEI", dev(g.imei())},
		{"GSM.APN", plain(one(g, "internet", "m2m.example", "iot.1nce.example"))},
		{"RPT.RECEIVER_1", netw(g.docIP() + ":" + fmt.Sprint(one(g, 3061, 3062, 9999)))},
		{"RPT.ACCOUNT_NO", decoy(g.s(HX, 4))},
		{"RPT.AES_KEY", cred(g.s(HX, 32))},
		{"CLOUD.TOKEN", cred(g.opaque(40))},
		{"SITE.ADDRESS", cont(fmt.Sprintf("%d %s, %s", g.in(1, 200), one(g, "Heathfield Rd", "Ul. Leśna", "Tallvägen"), one(g, "Didcot OX11 7HJ", "05-500 Piaseczno", "417 15 Göteborg")))},
		{"SITE.NOTES", alarmNote(g)},
		{"EVT.LAST_ALARM", decoy(g.iso())},
		{"EVT.COUNT", decoy(g.in(0, 400))},
		{"ZONE.COUNT", decoy(g.in(4, 32))},
	}
	for u := 1; u <= g.in(2, 3); u++ {
		up := g.personOf(one(g, "en", "pl", "sv"))
		k := fmt.Sprintf("USR~%02d.", u)
		out = append(out,
			field{k + "NAME", cont(up.full())},
			field{k + "CODE", cred(g.s(num, 4))},
			field{k + "PHONE", cont(one(g, g.phoneUK(), g.phonePL(), g.phoneSE()))},
			field{k + "PUSH", decoy(g.chance(70))},
		)
	}
	for z := 1; z <= g.in(2, 4); z++ {
		k := fmt.Sprintf("ZONE.%02d.", z)
		out = append(out,
			field{k + "LABEL", dev(one(g, "Front door", "Hall PIR", "Kitchen window", "Garage contact", "Smoke landing", "Patio door"))},
			field{k + "TYPE", dev(one(g, "PIR", "door contact", "glass break", "smoke"))},
			field{k + "SERIAL", dev(g.s(HX, 8))},
			field{k + "BYPASS", decoy(g.chance(15))},
		)
	}
	return out
}

func alarmNote(g *rng) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Keyholder "), p(g.personOf("en").full(), contactCat), p(" "), p(g.phoneUK(), contactCat))
	case 1:
		return prose(p("Dog in house, pet-immune PIRs fitted."))
	case 2:
		return prose(p("Remote access via router port forward "), p("8443 -> "+g.privIP(), netCat))
	case 3:
		return prose(p("Klíč od vrat u souseda, kód brány "), p(g.s(num, 6), credCat))
	}
	return prose(p("Occupant uses a wheelchair, ", healthCat), p("allow extra exit time."))
}

// bpCuff: a blood-pressure cuff app's CSV export turned into JSON
// (kebab-case keys); the readings are header-less rows
// [time, systolic, diastolic, pulse, irregular, arm].
func bpCuff(g *rng) any {
	u := g.personOf(one(g, "en", "sv", "pl"))
	model, osv := g.phone()
	rows := arr{}
	for j := 0; j < g.in(3, 5); j++ {
		rows = append(rows, arr{
			decoy(g.epoch()),
			hlth(g.in(98, 178)),
			hlth(g.in(58, 104)),
			hlth(g.in(50, 105)),
			hlth(g.n(2)),
			plain(one(g, "L", "R")),
		})
	}
	meds := arr{}
	for _, m := range some(g, g.in(0, 2), "Lisinopril 10 mg", "Amlodipine 5 mg", "Losartan 50 mg", "Bisoprolol 2.5 mg") {
		meds = append(meds, obj{
			{"name", hlth(m)},
			{"reminder", plain(fmt.Sprintf("%02d:00", g.in(6, 22)))},
		})
	}
	return obj{
		{"export-format", decoy("tensio-csv-v" + fmt.Sprint(g.in(2, 4)))},
		{"exported-at", decoy(g.iso())},
		{"user", obj{
			{"display-name", cont(u.full())},
			{"email", cont(g.email(u))},
			{"sex", sexOf(fm(u, "female", "male"))},
			{"height-cm", hlth(g.in(150, 195))},
			{"weight-kg", hlth(round1(g.f(50, 130)))},
			{"target-systolic", hlth(one(g, 120, 130, 135, 140))},
		}},
		{"cuff", obj{
			{"model", dev(one(g, "Omron M7 Intelli IT", "Withings BPM Connect", "Braun ExactFit 5 Connect", "Beurer BM 54"))},
			{"serial", dev(g.s(num, 11))},
			{"ble-address", macAddr(g.mac())},
			{"last-sync", dev(g.iso())},
			{"cuff-size", plain(one(g, "M", "L", "22-42 cm"))},
		}},
		{"readings", obfuscated(rows)},
		{"row-count", decoy(len(rows))},
		{"medications", meds},
		{"share", obj{
			{"doctor-email", cont(g.email(g.personOf("en")))},
			{"share-link", cred("https://tensio.example.net/s/" + g.s(urlb64, 28))},
			{"link-expires", decoy(g.iso())},
		}},
		{"app", obj{
			{"phone", dev(model)},
			{"os", dev(osv)},
			{"version", dev(g.ver(3))},
			{"push-token", cred(g.s(hx, 64))},
		}},
		{"note", bpNote(g)},
	}
}

func bpNote(g *rng) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Readings high after switching to night shifts, GP increased ", healthCat), p("lisinopril to 20 mg", healthCat), p("."))
	case 1:
		return prose(p("measured sitting, 5 min rest"))
	case 2:
		return prose(p("Mätt efter promenad, "), p("puls "+fmt.Sprint(g.in(90, 120)), healthCat))
	case 3:
		return prose(p("Pomiar po kawie."))
	}
	return prose(p("send to Dr "), p(g.personOf("en").last, contactCat), p(" before the appointment"))
}

// pedalSync: a cycling bike-computer / power-meter sync service's activity
// record, with FIT-derived snake_case keys and a record stream as a
// header plus positional rows.
func pedalSync(g *rng) any {
	a := g.personOf(one(g, "en", "no", "sv", "es"))
	hrMax := g.in(165, 200)
	rec := arr{}
	for j := 0; j < g.in(3, 4); j++ {
		rec = append(rec, arr{
			decoy(g.epoch()),
			hlth(g.in(95, hrMax)),
			plain(round2(g.f(4, 14))),
		})
	}
	devs := arr{
		obj{
			{"device_index", plain("creator")},
			{"manufacturer", dev(one(g, "garmin", "wahoo_fitness", "hammerhead"))},
			{"product_name", dev(one(g, "Edge 1040", "ELEMNT BOLT v2", "Karoo 3", "Edge 530"))},
			{"serial_number", dev(g.in(3000000000, 3999999999))},
			{"software_version", dev(fmt.Sprintf("%d.%02d", g.in(5, 29), g.n(100)))},
		},
		obj{
			{"device_index", plain(1)},
			{"manufacturer", dev(one(g, "stages_cycling", "favero_electronics", "4iiii", "sram"))},
			{"product_name", dev(one(g, "Stages Power L", "Assioma DUO", "Precision 3+", "Quarq DZero"))},
			{"ant_device_number", dev(g.in(1, 65535))},
			{"software_version", dev(fmt.Sprintf("%d.%d", g.in(1, 9), g.n(20)))},
			{"battery_status", plain(one(g, "good", "ok", "low"))},
		},
	}
	return obj{
		{"activity_id", decoy(g.in(9_000_000_000, 12_000_000_000))},
		{"file_id", obj{
			{"time_created", decoy(g.iso())},
			{"fit_protocol", decoy("2." + fmt.Sprint(g.in(0, 3)))},
		}},
		{"device_info", devs},
		{"user_profile", obj{
			{"friendly_name", cont(a.full())},
			{"gender", sexOf(fm(a, "female", "male"))},
			{"weight", hlth(round1(g.f(52, 98)))},
			{"height", hlth(round2(g.f(1.55, 1.98)))},
			{"resting_heart_rate", hlth(g.in(40, 70))},
			{"default_max_heart_rate", hlth(hrMax)},
			{"weight_setting", plain("metric")},
		}},
		{"session", obj{
			{"start_time", decoy(g.iso())},
			{"sport", plain(one(g, "cycling", "e_biking"))},
			{"total_elapsed_time", plain(g.in(1800, 18000))},
			{"total_distance", plain(g.in(10000, 160000))},
			{"avg_heart_rate", hlth(g.in(110, 160))},
			{"max_heart_rate", hlth(g.in(150, hrMax))},
			{"total_calories", hlth(g.in(300, 3500))},
		}},
		{"record", obj{
			{"fields", obfuscated(arr{decoy("timestamp"), decoy("heart_rate"), decoy("enhanced_speed")})},
			{"values", obfuscated(rec)},
		}},
		{"gear", obj{
			{"gear_id", decoy("b" + g.s(num, 8))},
			{"bike_weight_kg", decoy(round1(g.f(6.8, 14)))},
		}},
		{"athlete", obj{
			{"username", cont(g.handle(a))},
			{"profile_medium", cont("https://img.pedalsync.example.com/athletes/" + g.s(num, 8) + "/medium.jpg")},
			{"city", plain(one(g, "Bergen", "Girona", "Uppsala", "Boulder"))},
			{"country", decoy(one(g, "NO", "ES", "SE", "US"))},
		}},
		{"oauth", obj{
			{"client_id", decoy(fmt.Sprint(g.in(10000, 99999)))},
			{"access_token", cred(g.s(hx, 40))},
			{"refresh_token", cred(g.s(hx, 40))},
			{"scope", plain("activity:read_all,activity:write")},
			{"expires_at", decoy(g.epoch())},
		}},
		{"uploader_version", dev("PedalSync/" + g.ver(3) + " (" + one(g, "Android 14", "iOS 17.5") + ")")},
		{"description", rideNote(g, a)},
	}
}

func rideNote(g *rng, a person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Fin tur i regnet, knærne holdt."))
	case 1:
		return prose(p("Bonked at km 80, "), p("hypo", healthCat), p(" - gels next time."))
	case 2:
		return prose(p("Group ride with "), p(g.personOf("en").first, contactCat), p(" and the club."))
	case 3:
		return prose(p("Recovery spin, "), p("still on antibiotics for the chest infection", healthCat))
	}
	return prose(p("Salida con "), p(a.first, contactCat), p(", puerto duro."))
}

// irrigoShadow: an AWS IoT-style device shadow of a smart irrigation
// controller (desired / reported / metadata), with the provisioning bundle
// and the owner attributes the vendor stored next to it.
func irrigoShadow(g *rng) any {
	o := g.personOf(one(g, "en", "es", "id"))
	lan := g.lanPrefix()
	ssid := g.ssid(o)
	serial := "IRG" + g.s(num, 9)
	zones := arr{}
	for z := 1; z <= g.in(2, 3); z++ {
		zones = append(zones, obj{
			{"name", plain(one(g, "Front lawn", "Veggie beds", "Roses", "Back yard drip", "Hedge"))},
			{"minutes", plain(g.in(5, 45))},
		})
	}
	return obj{
		{"thingName", dev("irrigo-" + strings.ToLower(serial))},
		{"state", obj{
			{"desired", obj{
				{"zones", zones},
				{"rainDelayHours", plain(one(g, 0, 24, 48))},
				{"wifi", obj{{"ssid", netw(ssid)}, {"psk", cred(g.passphrase())}}},
			}},
			{"reported", obj{
				{"connected", plain(true)},
				{"model", dev(one(g, "Rachio 3e 8-Zone", "Orbit B-hyve XR", "RainMachine Touch HD-12", "Hunter Hydrawise HC"))},
				{"serial", dev(serial)},
				{"fwVersion", dev(g.ver(3))},
				{"hwRev", dev(one(g, "rev-B", "rev-C", "2.1"))},
				{"mac", macAddr(g.mac())},
				{"wifi", obj{
					{"ssid", netw(ssid)},
					{"bssid", macAddr(g.mac())},
					{"rssi", plain(-g.in(40, 88))},
					{"channel", plain(one(g, 1, 6, 11, 36, 44))},
				}},
				{"net", obj{
					{"ip", netw(g.lanIP(lan))},
					{"mask", netw("255.255.255.0")},
					{"gw", netw(lan + ".1")},
					{"dns", arr{netw(lan + ".1"), netw(one(g, "192.0.2.1", "198.51.100.1"))}},
				}},
				{"soilMoisturePct", decoy(g.in(5, 60))},
				{"temperatureC", plain(round1(g.f(-3, 38)))},
				{"lastHeartbeat", dev(g.iso())},
			}},
		}},
		{"metadata", obj{
			{"reported", obj{
				{"fwVersion", obj{{"timestamp", decoy(g.epoch())}}},
				{"net", obj{{"ip", obj{{"timestamp", decoy(g.epoch())}}}}},
			}},
		}},
		{"version", decoy(g.in(10, 90000))},
		{"timestamp", decoy(g.epoch())},
		{"clientToken", decoy(g.uuid())},
		{"attributes", obj{
			{"ownerName", cont(o.full())},
			{"ownerEmail", cont(g.email(o))},
			{"siteAddress", cont(fmt.Sprintf("%d %s, %s", g.in(1, 900), one(g, "Calle Olivo", "Jl. Kenanga", "Mesa Verde Dr"), one(g, "28943 Fuenlabrada", "Bandung 40115", "Tucson, AZ 85701")))},
			{"installerPhone", cont(one(g, g.phoneUS(), g.phoneES(), g.phoneID()))},
		}},
		{"provisioning", obj{
			{"certificateArn", decoy("arn:aws:iot:eu-west-1:" + g.s(num, 12) + ":cert/" + g.s(hx, 64))},
			{"certificatePem", decoy(g.cert())},
			{"privateKey", cred(g.pem())},
			{"endpoint", plain("mqtt.iot.example.com")},
			{"awsAccessKeyId", cred(g.awsKey())},
			{"awsSecretAccessKey", cred(g.awsSecret())},
		}},
	}
}
