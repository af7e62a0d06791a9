package blindset11

import (
	"fmt"
	"strings"
)

// A small residential care home run on Home Assistant, the .storage files
// of a backup: core.device_registry (bed sensors, scales, locks, call
// buttons with MAC connections and nicknames), core.config_entries
// (integration hosts, tokens, passwords), person, auth (users, refresh
// tokens with last IPs) and a few restored states (weights, sleep heart
// rates, a handover note).

type hassDev struct{ maker, model, kind, domain, metric, unit string }

var hassDevs = []hassDev{
	{"Withings", "Sleep Analyzer", "bed sensor", "withings", "sleep_heart_rate", "bpm"},
	{"Withings", "Body+", "scale", "withings", "weight", "kg"},
	{"Withings", "BPM Connect", "blood pressure monitor", "withings", "systolic_blood_pressure", "mmHg"},
	{"Nuki", "Smart Lock 3.0 Pro", "lock", "nuki", "", ""},
	{"Aqara", "Door and Window Sensor P2", "door sensor", "matter", "", ""},
	{"Shelly", "Plus 1PM", "relay", "shelly", "", ""},
	{"Espressif", "ESP32-C3 call button", "call button", "esphome", "", ""},
	{"Xiaomi", "Mi Temperature and Humidity Monitor 2", "thermometer", "xiaomi_ble", "temperature", "°C"},
	{"Withings", "ScanWatch 2", "watch", "withings", "heart_rate", "bpm"},
	{"Ring", "Video Doorbell 4", "doorbell", "ring", "", ""},
}

func carehomeHass(r *rng) any {
	lan := r.lanPrefix()
	resident, title := r.pick(ukWomen...), r.pick("Mrs", "Ms", "Miss")
	if r.chance(0.4) {
		resident, title = r.pick(ukMen...), "Mr"
	}
	family := r.pick(ukFamily...)
	room := r.in(1, 14)
	entry := r.hexs(32)
	var devices arr
	var states arr
	for _, ix := range r.Perm(len(hassDevs))[:2] {
		d := hassDevs[ix]
		nick := fmt.Sprintf("%s %s's %s", title, family, d.kind)
		if r.chance(0.4) {
			nick = fmt.Sprintf("Room %d %s", room, d.kind)
		}
		sw := dev(r.ver())
		if r.chance(0.3) {
			sw = fwIP(r.ipVer())
		}
		devices = append(devices, obj{
			{"area_id", plain(fmt.Sprintf("room_%d", room))},
			{"config_entries", arr{decoy(entry)}},
			{"connections", arr{arr{plain("mac"), macAddr(r.mac(":", false))}}},
			{"configuration_url", netw(fmt.Sprintf("http://%s.%d", lan, r.in(20, 200)))},
			{"hw_version", dev(r.pick("1.0", "rev2", "B", "v3"))},
			{"id", decoy(r.hexs(32))},
			{"identifiers", arr{arr{plain(d.domain), dev(r.hexs(12))}}},
			{"manufacturer", dev(d.maker)},
			{"model", dev(d.model)},
			{"name", dev(d.model)},
			{"name_by_user", dev(nick)},
			{"serial_number", dev(r.upper(2) + r.digits(9))},
			{"sw_version", sw},
			{"via_device_id", decoy(nil)},
		})
		if d.metric != "" {
			var v leaf
			switch d.unit {
			case "kg":
				v = hlth(fmt.Sprintf("%.1f", r.f1(42, 98)))
			case "bpm":
				v = hlth(fmt.Sprint(r.in(48, 96)))
			case "mmHg":
				v = hlth(fmt.Sprint(r.in(105, 170)))
			default:
				v = decoy(fmt.Sprintf("%.1f", r.f1(17, 26)))
			}
			states = append(states, obj{
				{"entity_id", plain(fmt.Sprintf("sensor.room_%d_%s", room, d.metric))},
				{"state", v},
				{"attributes", obj{{"unit_of_measurement", plain(d.unit)}, {"friendly_name", plain(fmt.Sprintf("Room %d %s", room, strings.ReplaceAll(d.metric, "_", " ")))}}},
				{"last_changed", plain(r.isoMs(2024, 2024))},
			})
		}
	}
	note := prose(p(fmt.Sprintf("Room %d: ", room)), p(r.pick("quiet night.", "asked for extra blanket.", "visitors Sunday.")))
	switch r.IntN(3) {
	case 0:
		note = prose(p(fmt.Sprintf("Room %d: ", room)), p(r.pick("refused evening donepezil", "fall at 03:10, no injury, obs done", "BP 168/94, GP informed", "UTI suspected, dipstick sent", "warfarin held, INR 4.1"), healthC), p(". Family aware."))
	case 1:
		note = prose(p("Daughter's new number "), p(r.ukPhone(), contactC), p(", update care plan."))
	}
	states = append(states,
		obj{{"entity_id", plain("input_text.handover_note")}, {"state", note}, {"attributes", obj{{"max", decoy(255)}, {"friendly_name", plain("Handover note")}}}, {"last_changed", plain(r.isoMs(2024, 2024))}},
		obj{{"entity_id", plain("device_tracker." + r.pick("pixel_7", "iphone", "galaxy_a54") + "_" + strings.ToLower(r.pick(ukWomen...)))}, {"state", plain(r.pick("home", "not_home"))}, {"attributes", obj{
			{"ip", netw(fmt.Sprintf("%s.%d", lan, r.in(100, 240)))},
			{"mac", macAddr(r.mac(":", true))},
			{"host_name", netw(r.pick("Pixel-7", "iPhone", "Galaxy-A54", "android-"+r.hexs(6)))},
			{"source_type", plain("router")},
		}}, {"last_changed", plain(r.isoMs(2024, 2024))}},
	)
	var shopping arr
	for k := 0; k < r.in(1, 3); k++ {
		item := prose(p(r.pick("Batteries for call buttons", "Replace hall bulb", "Printer toner", "Lavender hand cream")))
		switch r.IntN(3) {
		case 0:
			item = prose(p(fmt.Sprintf("Room %d: ", r.in(1, 14))), p(r.pick("Ensure Plus x24", "insulin pen needles 4mm", "incontinence pads size L", "thickener for fluids", "Fortisip compact"), healthC))
		case 1:
			item = prose(p("Ring pharmacy re "), p(r.pick("Mr ", "Mrs ")+r.pick(ukFamily...), contactC), p("'s "), p(r.pick("Sinemet repeat", "blister pack change", "morphine patch"), healthC))
		}
		shopping = append(shopping, obj{{"name", item}, {"id", decoy(r.hexs(32))}, {"complete", plain(r.chance(0.3))}})
	}
	staff := r.pick(ukWomen...)
	userID := r.hexs(32)
	entries := arr{
		obj{
			{"entry_id", decoy(entry)}, {"domain", plain("withings")}, {"title", cont(r.mail("care." + r.pick("manager", "office", "nurses")))},
			{"data", obj{
				{"auth_implementation", plain("withings")},
				{"token", obj{{"access_token", cred(r.hexs(40))}, {"refresh_token", cred(r.hexs(40))}, {"expires_at", plain(r.f1(1.7e9, 1.73e9))}, {"userid", decoy(r.in(1000000, 39999999))}, {"token_type", decoy("Bearer")}}},
				{"profile", cont(resident + " " + family)},
			}},
			{"source", plain("user")}, {"unique_id", decoy(fmt.Sprint(r.in(1000000, 39999999)))}, {"version", plain(1)},
		},
		obj{
			{"entry_id", decoy(r.hexs(32))}, {"domain", plain("unifi")}, {"title", plain("UniFi Network")},
			{"data", obj{
				{"host", netw(lan + ".1")},
				{"port", netw(8443)},
				{"username", cont(r.pick("hass", "homeassistant", "admin") + r.digits(2))},
				{"password", cred(r.alnum(14))},
				{"site", plain("default")},
				{"verify_ssl", decoy(false)},
			}},
			{"source", plain("user")}, {"unique_id", decoy(r.hexs(24))}, {"version", plain(1)},
		},
		obj{
			{"entry_id", decoy(r.hexs(32))}, {"domain", plain("mqtt")}, {"title", plain("Mosquitto broker")},
			{"data", obj{
				{"broker", netw(r.pick("mqtt", "core-mosquitto", "broker") + ".carehome.lan")},
				{"port", netw(1883)},
				{"username", cont("mqtt_" + r.pick("nurse", "hass", "bridge"))},
				{"password", cred(r.alnum(20))},
			}},
			{"source", plain("hassio")}, {"unique_id", plain(nil)}, {"version", plain(1)},
		},
	}
	if r.chance(0.5) {
		entries = append(entries, obj{
			{"entry_id", decoy(r.hexs(32))}, {"domain", plain("esphome")}, {"title", dev(fmt.Sprintf("callbutton-room%d", room))},
			{"data", obj{{"host", netw(fmt.Sprintf("%s.%d", lan, r.in(20, 99)))}, {"port", netw(6053)}, {"noise_psk", cred(r.from(alnumSet+"+/", 43) + "=")}, {"device_name", dev(fmt.Sprintf("callbutton-room%d", room))}}},
			{"source", plain("zeroconf")}, {"unique_id", macAddr(r.mac(":", false))}, {"version", plain(1)},
		})
	}
	return obj{
		{"core.device_registry", obj{{"version", plain(1)}, {"minor_version", decoy(r.in(4, 8))}, {"key", plain("core.device_registry")}, {"data", obj{{"devices", devices}, {"deleted_devices", arr{}}}}}},
		{"core.config_entries", obj{{"version", plain(1)}, {"minor_version", decoy(r.in(1, 4))}, {"key", plain("core.config_entries")}, {"data", obj{{"entries", entries}}}}},
		{"person", obj{{"version", plain(2)}, {"key", plain("person")}, {"data", obj{{"items", arr{obj{
			{"name", cont(staff + " " + r.pick(ukFamily...))},
			{"id", cont(strings.ToLower(staff) + "_" + r.digits(2))},
			{"user_id", decoy(userID)},
			{"device_trackers", arr{dev("device_tracker." + r.pick("pixel_8", "iphone_14", "galaxy_s23") + "_" + strings.ToLower(staff))}},
			{"picture", plain("/api/image/serve/" + r.hexs(32) + "/512x512")},
		}}}}}}},
		{"auth", obj{{"version", plain(1)}, {"key", plain("auth")}, {"data", obj{
			{"users", arr{obj{{"id", decoy(userID)}, {"group_ids", arr{plain("system-users")}}, {"is_owner", decoy(false)}, {"is_active", plain(true)}, {"name", cont(staff)}}}},
			{"credentials", arr{obj{{"id", decoy(r.hexs(32))}, {"user_id", decoy(userID)}, {"auth_provider_type", plain("homeassistant")}, {"data", obj{{"username", cont(strings.ToLower(staff) + "." + r.pick("nurse", "carer", "night"))}}}}}},
			{"refresh_tokens", arr{obj{
				{"id", decoy(r.hexs(32))}, {"user_id", decoy(userID)},
				{"client_id", decoy("https://home-assistant.io/" + r.pick("android", "iOS"))},
				{"created_at", plain(r.isoMs(2024, 2024))},
				{"token", cred(r.hexs(128))},
				{"jwt_key", cred(r.hexs(128))},
				{"last_used_at", plain(r.isoMs(2024, 2024))},
				{"last_used_ip", netw(r.pick(r.wanIP(), fmt.Sprintf("%s.%d", lan, r.in(100, 240))))},
				{"credential_id", decoy(r.hexs(32))},
				{"version", decoy("2024." + fmt.Sprint(r.in(1, 12)) + "." + fmt.Sprint(r.in(0, 5)))},
			}}},
		}}}},
		{".shopping_list.json", shopping},
		{"core.restore_state", obj{{"version", plain(1)}, {"key", plain("core.restore_state")}, {"data", states}}},
	}
}
