package blindset25

import "fmt"

// homesecSimpliSafe: a security installer's support bundle for a
// customer's SimpliSafe system: the Home Assistant integration's
// diagnostics (whose own redaction left "**REDACTED**" placeholders) and
// beside it a simplipy debug capture of the raw API answers (the OAuth
// token response, the subscription with the monitored location, the
// base station, cameras and sensors, the PIN settings, the event log)
// and the installer's note.
func homesecSimpliSafe(r *rng) any {
	t := r.when()
	owner := r.english()
	partner := r.english()
	partner.last = owner.last
	addr := r.usAddress()
	home := r.lan()
	uid := r.in(1000000, 9999999)
	sid := r.in(1000000, 9999999)
	red := func() leaf { return decoy("**REDACTED**") }

	baseSerial := r.HEX(6)
	sensorNames := []string{"Front Door", "Back Door", "Garage Entry", "Nursery Window", "Hallway Motion", "Basement Water", "Kitchen Smoke", "Grandma's Room", "Office Window", "Freeze Sensor Crawlspace"}
	perm := r.Perm(len(sensorNames))
	type sn struct {
		serial, name string
		typ          int
	}
	var sensors []sn
	sensorArr := arr{}
	for i := 0; i < r.in(3, 5); i++ {
		s := sn{r.HEX(8), sensorNames[perm[i]], r.pickInt(4, 5, 8, 9, 10, 13)}
		sensors = append(sensors, s)
		status := obj{{"triggered", decoy(false)}}
		if s.typ == 10 {
			status = append(status, field{"temperature", decoy(r.in(38, 62))})
		}
		sensorArr = append(sensorArr, obj{
			{"serial", dev(s.serial)},
			{"type", dev(s.typ)},
			{"name", dev(s.name)},
			{"setting", obj{
				{"instantTrigger", plain(r.chance(0.2))},
				{"away2", plain(1)},
				{"away", plain(1)},
				{"home2", plain(r.IntN(2))},
				{"home", plain(r.IntN(2))},
				{"off", plain(0)},
			}},
			{"status", status},
			{"flags", obj{
				{"swingerShutdown", plain(false)},
				{"lowBattery", decoy(r.chance(0.15))},
				{"offline", decoy(false)},
			}},
		})
	}

	cameras := arr{}
	camSSID := r.ssid(owner.last)
	for i := 0; i < r.in(1, 2); i++ {
		kind := r.pick("SIMPLICAM", "DOORBELL", "OUTDOOR")
		model := map[string]string{"SIMPLICAM": "SS001", "DOORBELL": "SSDB01", "OUTDOOR": "SSOBCM4"}[kind]
		cameras = append(cameras, obj{
			{"uuid", dev(r.hex(32))},
			{"uid", plain(uid)},
			{"sid", plain(sid)},
			{"cameraSettings", obj{
				{"cameraName", dev(r.pick("Living Room", "Front Porch", "Driveway", "Baby Cam", "Back Yard"))},
				{"pictureQuality", plain(r.pick("480p", "720p", "1080p"))},
				{"nightVision", plain("auto")},
				{"statusLight", plain("off")},
				{"micSensitivity", plain(r.in(20, 100))},
				{"wifiSsid", netw(camSSID)},
				{"canRecord", decoy(true)},
				{"admin", obj{
					{"firmwareVersion", dev(fmt.Sprintf("%d.%d.%d", r.in(2, 3), r.in(0, 12), r.in(0, 40)))},
					{"fps", plain(r.pickInt(15, 20))},
					{"odLevel", plain(r.in(1, 5))},
					{"pirLevel", plain(r.in(1, 5))},
				}},
			}},
			{"model", dev(model)},
			{"cameraType", dev(kind)},
			{"status", plain(r.pick("online", "online", "offline"))},
			{"supportedFeatures", obj{{"privacyShutter", decoy(kind == "SIMPLICAM")}, {"pet", decoy(r.chance(0.5))}}},
			{"snapshot", obj{{"height", decoy(r.pickInt(360, 720, 1080))}, {"width", decoy(r.pickInt(640, 1280, 1920))}}},
		})
	}

	contacts := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		c := r.english()
		contacts = append(contacts, obj{
			{"name", cont(c.full())},
			{"phone", cont(r.usLocal())},
			{"relationship", plain(r.pick("Neighbor", "Son", "Daughter", "Friend", "Sister"))},
		})
	}

	var street2 leaf = null()
	if r.chance(0.3) {
		street2 = cont(fmt.Sprintf("Unit %d", r.in(1, 40)))
	}
	sub := obj{
		{"uid", plain(uid)},
		{"sid", plain(sid)},
		{"sStatus", plain(10)},
		{"activated", plain(unix(after(t, -r.in(20000, 900000))))},
		{"planSku", decoy(r.pick("SSEDSM2", "SSEDSM2_AF", "SSSCMFP"))},
		{"planName", plain(r.pick("Fast Protect", "Standard", "Self Monitoring with Camera Recordings"))},
		{"price", plain(r.pick("29.99", "9.99", "17.99"))},
		{"currency", plain("USD")},
		{"location", obj{
			{"sid", plain(sid)},
			{"uid", plain(uid)},
			{"lStatus", plain(10)},
			{"nickname", plain("Home")},
			{"street1", cont(addr.street)},
			{"street2", street2},
			{"city", cont(addr.town)},
			{"state", cont(addr.region)},
			{"zip", cont(addr.postcode)},
			{"phone", cont(r.usDash())},
			{"timeZone", plain(r.pickInt(3, 4, 5))},
			{"crossStreet", cont(r.pick("Main St", "Highway 93", "Elm Ave", "County Rd 12"))},
			{"notes", dispatchNote(r, owner, partner)},
			{"residenceType", plain(r.IntN(3))},
			{"numAdults", decoy(r.in(1, 3))},
			{"numChildren", decoy(r.IntN(4))},
			{"safeWord", cred(r.pick("bluebonnet", "pumpernickel", "Gatsby", "riverboat", "tangerine", "Hopscotch") + r.pick("", fmt.Sprint(r.in(1, 99))))},
			{"dispatcher", plain(r.pick("cops", "ucc"))},
			{"emergencyContacts", contacts},
			{"system", obj{
				{"serial", dev(baseSerial)},
				{"alarmState", plain(r.pick("OFF", "HOME", "AWAY"))},
				{"alarmStateTimestamp", plain(unix(after(t, -r.in(1, 600))))},
				{"isAlarming", decoy(false)},
				{"version", plain(3)},
				{"temperature", decoy(r.in(62, 78))},
				{"powerOutage", decoy(false)},
				{"isOffline", decoy(false)},
				{"connType", plain(r.pick("wifi", "eth", "gsm"))},
				{"stateUpdated", plain(unix(after(t, -r.in(1, 600))))},
				{"messages", arr{}},
				{"cameras", cameras},
			}},
		}},
	}

	pins := obj{
		{"master", obj{{"pin", cred(r.digits(4))}}},
		{"duress", obj{{"pin", cred(r.digits(4))}}},
		{"users", arr{
			obj{{"name", cont(partner.first)}, {"pin", cred(r.digits(4))}},
			obj{{"name", helperName(r)}, {"pin", cred(r.digits(4))}},
		}},
		{"pinLength", decoy(4)},
	}

	var events arr
	for i := 0; i < r.in(2, 4); i++ {
		s := sensors[r.IntN(len(sensors))]
		var info, pinName leaf
		switch r.IntN(3) {
		case 0:
			info = prose(p("System Armed (Away) by Keypad "), p(partner.first, contactC))
			pinName = cont(partner.first)
		case 1:
			info = prose(p("Entry Sensor "), p(s.name, devC), p(" Opened"))
			pinName = plain("")
		default:
			info = prose(p("System Disarmed by Master PIN"))
			pinName = plain("Master PIN")
		}
		events = append(events, obj{
			{"eventId", plain(r.in(100000000, 999999999))},
			{"eventTimestamp", plain(unix(after(t, -r.in(1, 9000))))},
			{"eventCid", plain(r.pickInt(1400, 1407, 3401, 3441, 1170))},
			{"zoneCid", plain(fmt.Sprint(r.in(0, 9)))},
			{"sensorType", dev(s.typ)},
			{"sensorSerial", dev(s.serial)},
			{"account", decoy(r.HEX(8))},
			{"userId", plain(uid)},
			{"sid", plain(sid)},
			{"info", info},
			{"pinName", pinName},
			{"sensorName", dev(s.name)},
			{"messageSubject", plain("SimpliSafe System Alert")},
			{"messageBody", prose(p("SimpliSafe alert at "), p(addr.street, contactC), p(": "+r.pick("Alarm canceled", "Entry sensor opened", "System armed"), "."))},
			{"eventType", plain(r.pick("activity", "activityQuiet", "alarm"))},
			{"video", null()},
		})
	}

	var instNote leaf
	switch r.IntN(3) {
	case 0:
		instNote = prose(p("Base station on Wi-Fi "), p(camSSID, netC), p(" (key "), p(r.psk(), credC), p("), router at "), p(home.gw(), netC), p("; GSM backup active."))
	case 1:
		instNote = prose(p("Customer "), p(owner.full(), contactC), p(" asked for a second keypad by the back door. Base station serial "), p(baseSerial, devC), p("."))
	default:
		instNote = prose(p("Swapped the entry sensor batteries, all sensors report OK after the test."))
	}

	return obj{
		{"home_assistant", obj{
			{"installation_type", plain("Home Assistant OS")},
			{"version", decoy(fmt.Sprintf("2024.%d.%d", r.in(1, 10), r.in(0, 4)))},
			{"python_version", decoy(r.pick("3.12.3", "3.12.4"))},
		}},
		{"entry", obj{
			{"title", red()},
			{"data", obj{{"username", red()}, {"token", red()}, {"user_id", red()}}},
			{"options", obj{{"code", red()}}},
		}},
		{"debug_capture", arr{
			obj{
				{"request", obj{{"method", plain("POST")}, {"url", plain("https://auth.simplisafe.com/oauth/token")}}},
				{"response", obj{
					{"access_token", cred(r.jwt())},
					{"refresh_token", cred(r.auth0Refresh())},
					{"id_token", cred(r.jwt())},
					{"scope", plain("offline_access email openid https://api.simplisafe.com/scopes/user:platform")},
					{"expires_in", plain(3600)},
					{"token_type", decoy("Bearer")},
				}},
			},
			obj{
				{"request", obj{{"method", plain("GET")}, {"url", plain("https://api.simplisafe.com/v1/api/authCheck")}}},
				{"response", obj{{"userId", plain(uid)}, {"isAdmin", decoy(false)}, {"email", cont(r.email(owner))}}},
			},
			obj{
				{"request", obj{{"method", plain("GET")}, {"url", plain(fmt.Sprintf("https://api.simplisafe.com/v1/users/%d/subscriptions?activeOnly=true", uid))}}},
				{"response", obj{{"subscriptions", arr{sub}}}},
			},
			obj{
				{"request", obj{{"method", plain("GET")}, {"url", plain(fmt.Sprintf("https://api.simplisafe.com/v1/ss3/subscriptions/%d/settings/normal", sid))}}},
				{"response", obj{
					{"account", decoy(r.HEX(8))},
					{"settings", obj{
						{"normal", obj{
							{"wifiSSID", netw(camSSID)},
							{"alarmDuration", plain(r.pickInt(240, 480))},
							{"alarmVolume", plain(r.in(1, 3))},
							{"doorChime", plain(r.in(0, 3))},
							{"entryDelayAway", plain(r.pickInt(30, 45, 60))},
							{"exitDelayAway", plain(r.pickInt(60, 90))},
							{"light", plain(true)},
							{"voicePrompts", plain(r.in(0, 3))},
						}},
						{"pins", pins},
					}},
					{"sensors", sensorArr},
					{"basestationStatus", obj{
						{"lastUpdated", dev(unix(after(t, -r.in(1, 30))))},
						{"rfJamming", decoy(false)},
						{"ethernetStatus", plain(r.IntN(2) + 4)},
						{"gsmRssi", plain(-r.in(60, 100))},
						{"gsmStatus", plain(3)},
						{"backupBattery", plain(r.in(5000, 5600))},
						{"wallPower", plain(r.in(5800, 6200))},
						{"wifiRssi", plain(-r.in(40, 80))},
						{"wifiStatus", plain(1)},
						{"ipAddress", netw(home.host(r.in(20, 200)))},
						{"macAddress", macAddr(r.mac(":", true))},
					}},
				}},
			},
			obj{
				{"request", obj{{"method", plain("GET")}, {"url", plain(fmt.Sprintf("https://api.simplisafe.com/v1/subscriptions/%d/events?numEvents=%d", sid, len(events)))}}},
				{"response", obj{{"numEvents", plain(len(events))}, {"lastEventTimestamp", plain(unix(t))}, {"events", events}}},
			},
		}},
		{"installer_note", instNote},
	}
}

// dispatchNote is the note the monitoring centre reads to responders.
func dispatchNote(r *rng, owner, partner person) leaf {
	switch r.IntN(5) {
	case 0, 4:
		return prose(p(partner.first, contactC), p(" "+r.pick("uses home oxygen (COPD)", "is in a wheelchair after a stroke", "is hard of hearing and may not hear the door", "has dementia and may wander at night"), healthC), p(" - advise responders."))
	case 1:
		return prose(p("Gate code "), p(r.digits(4)+"#", credC), p(", spare key in lockbox by the garage."))
	case 2:
		return prose(p("If no answer call "), p(owner.first, contactC), p(" at work "), p(r.usLocal(), contactC), p("."))
	}
	return prose(p("Two large dogs in the back yard, friendly."))
}

// helperName is the label a household gave a second PIN: a role, or a
// first name.
func helperName(r *rng) leaf {
	if r.chance(0.5) {
		return plain(r.pick("Dog walker", "Cleaner", "Nanny", "Guest"))
	}
	return cont(r.english().first)
}
