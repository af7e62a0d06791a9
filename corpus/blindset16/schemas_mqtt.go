package blindset16

import "fmt"

// epilepsyMqtt: a smart-home integrator's backup of a family's MQTT broker,
// taken with `mosquitto_sub -v -t '#' -F %J --retained-only`: one JSON
// record per retained topic (Zigbee2MQTT bridge state, info and device
// list, device states, Home Assistant discovery, a bed-based seizure
// monitor's bridge and the carers' notes topic).
func epilepsyMqtt(r *rng) any {
	l := r.lan()
	child := r.briton()
	parent := r.briton()
	parent.last = child.last
	carer := r.welsh()
	t0 := r.when()
	z2mVer := fmt.Sprintf("1.%d.%d", r.in(36, 42), r.in(0, 2))
	coordIEEE := "0x00124b" + r.hex(10)
	room := child.first + r.pick("'s room", " bedroom", "s bedroom")
	tst := func(min int) leaf {
		return plain(after(t0, -min).Format("2006-01-02T15:04:05.000000Z+0000"))
	}
	msg := func(min int, topic leaf, payload any) any {
		return obj{{"tst", tst(min)}, {"topic", topic}, {"qos", plain(0)}, {"retain", plain(1)}, {"payloadlen", plain(r.in(14, 1800))}, {"payload", payload}}
	}

	type zdev struct {
		ieee, name, model, vendor, desc, modelID, mfr, build, date, typ string
		state                                                           func() obj
	}
	catalog := []zdev{
		{model: "MCCGQ11LM", vendor: "Aqara", desc: "Door and window sensor", modelID: "lumi.sensor_magnet.aq2", mfr: "LUMI", typ: "EndDevice",
			name: r.pick("Front door", "Back door", "Medicine cabinet"), state: func() obj {
				return obj{{"contact", plain(r.chance(0.8))}, {"battery", plain(r.in(20, 100))}, {"voltage", plain(r.in(2800, 3100))}, {"linkquality", plain(r.in(20, 255))}}
			}},
		{model: "RTCGQ11LM", vendor: "Aqara", desc: "Human body movement and illuminance sensor", modelID: "lumi.sensor_motion.aq2", mfr: "LUMI", typ: "EndDevice",
			name: room + " motion", state: func() obj {
				return obj{{"occupancy", plain(r.chance(0.5))}, {"illuminance", plain(r.in(0, 400))}, {"battery", plain(r.in(20, 100))}, {"linkquality", plain(r.in(20, 255))}}
			}},
		{model: "SNZB-02", vendor: "SONOFF", desc: "Temperature and humidity sensor", modelID: "TH01", mfr: "eWeLink", typ: "EndDevice",
			name: room + " temp", state: func() obj {
				return obj{{"temperature", plain(r.f1(16, 24))}, {"humidity", plain(r.f1(35, 65))}, {"battery", plain(r.in(20, 100))}, {"linkquality", plain(r.in(20, 255))}}
			}},
		{model: "TS011F_plug_1", vendor: "Tuya", desc: "Smart plug (with power monitoring)", modelID: "TS011F", mfr: "_TZ3000_okaz9tjs", typ: "Router",
			name: r.pick("Night light", "Monitor plug", "Landing lamp"), state: func() obj {
				return obj{{"state", plain(r.pick("ON", "OFF"))}, {"power", plain(r.f1(0, 60))}, {"energy", plain(r.f1(0, 40))}, {"linkquality", plain(r.in(20, 255))}}
			}},
		{model: "E1743", vendor: "IKEA", desc: "TRADFRI ON/OFF switch", modelID: "TRADFRI on/off switch", mfr: "IKEA of Sweden", typ: "EndDevice",
			name: room + " alert button", state: func() obj {
				return obj{{"action", plain(r.pick("on", "off", "brightness_move_up"))}, {"battery", plain(r.in(20, 100))}, {"linkquality", plain(r.in(20, 255))}}
			}},
	}
	var devs []zdev
	for _, i := range r.Perm(len(catalog))[:r.in(3, 5)] {
		d := catalog[i]
		d.ieee = "0x" + r.pick("00158d", "a4c138", "84fd27", "588e81") + r.hex(10)
		d.build = r.pick("3000-0001", "0122052017", "2.1.3", "1.0.7")
		d.date = fmt.Sprintf("20%02d%02d%02d", r.in(18, 23), r.in(1, 12), r.in(1, 28))
		devs = append(devs, d)
	}

	var msgs arr
	msgs = append(msgs, msg(5000, plain("zigbee2mqtt/bridge/state"), obj{{"state", plain("online")}}))

	mqttPass := r.password()
	info := obj{
		{"version", decoy(z2mVer)},
		{"commit", decoy(r.hex(7))},
		{"coordinator", obj{
			{"ieee_address", dev(coordIEEE)},
			{"type", dev(r.pick("zStack3x0", "EZSP v13", "ConBee2/RaspBee2"))},
			{"meta", obj{{"revision", dev(r.in(20210000, 20240600))}, {"transportrev", plain(2)}, {"product", plain(1)}, {"majorrel", plain(2)}, {"minorrel", plain(7)}}},
		}},
		{"network", obj{{"channel", plain(r.pick3(11, 15, 20))}, {"pan_id", netw(r.in(4000, 65000))}, {"extended_pan_id", netw("0x" + r.hex(16))}}},
		{"log_level", plain("info")},
		{"permit_join", plain(false)},
		{"restart_required", plain(false)},
		{"config", obj{
			{"homeassistant", obj{{"enabled", plain(true)}}},
			{"mqtt", obj{{"base_topic", plain("zigbee2mqtt")}, {"server", netw(fmt.Sprintf("mqtt://%s:1883", l.host(r.in(2, 30))))}, {"user", cont(r.pick("z2m", "zigbee", "ha-mqtt"))}, {"password", cred(mqttPass)}}},
			{"serial", obj{{"port", dev("/dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_" + r.hex(32) + "-if00-port0")}, {"adapter", plain("zstack")}}},
			{"frontend", obj{{"port", netw(8080)}, {"auth_token", cred(r.alnum(24))}}},
			{"advanced", obj{{"network_key", decoy("HIDDEN")}, {"pan_id", netw(r.in(4000, 65000))}, {"last_seen", plain("ISO_8601")}, {"log_output", arr{plain("console")}}}},
			{"availability", plain(true)},
		}},
	}
	msgs = append(msgs, msg(4990, plain("zigbee2mqtt/bridge/info"), info))

	devList := arr{obj{
		{"ieee_address", dev(coordIEEE)},
		{"type", dev("Coordinator")},
		{"network_address", netw(0)},
		{"friendly_name", plain("Coordinator")},
		{"supported", plain(true)},
		{"disabled", plain(false)},
		{"interview_completed", plain(true)},
	}}
	for _, d := range devs {
		devList = append(devList, obj{
			{"ieee_address", dev(d.ieee)},
			{"type", dev(d.typ)},
			{"network_address", netw(r.in(1000, 65000))},
			{"supported", plain(true)},
			{"friendly_name", dev(d.name)},
			{"disabled", plain(false)},
			{"definition", obj{{"model", dev(d.model)}, {"vendor", dev(d.vendor)}, {"description", dev(d.desc)}, {"supports_ota", plain(r.chance(0.5))}}},
			{"power_source", plain(map[bool]string{true: "Mains (single phase)", false: "Battery"}[d.typ == "Router"])},
			{"software_build_id", dev(d.build)},
			{"date_code", dev(d.date)},
			{"model_id", dev(d.modelID)},
			{"manufacturer", dev(d.mfr)},
			{"interview_completed", plain(true)},
		})
	}
	msgs = append(msgs, msg(4980, plain("zigbee2mqtt/bridge/devices"), devList))

	for _, d := range devs {
		st := d.state()
		st = append(st, field{"last_seen", dev(iso(after(t0, -r.in(1, 300))))})
		if d.typ == "Router" || r.chance(0.7) {
			inst := r.in(16777000, 16777300)
			st = append(st, field{"update", obj{{"installed_version", dev(inst)}, {"latest_version", decoy(inst + r.in(0, 40))}, {"state", plain("idle")}}}, field{"update_available", decoy(false)})
		}
		msgs = append(msgs, msg(r.in(1, 300), dev("zigbee2mqtt/"+d.name), st))
		if r.chance(0.4) {
			disc := obj{
				{"availability", arr{obj{{"topic", plain("zigbee2mqtt/bridge/state")}}}},
				{"device", obj{
					{"identifiers", arr{dev("zigbee2mqtt_" + d.ieee)}},
					{"manufacturer", dev(d.vendor)},
					{"model", dev(d.desc + " (" + d.model + ")")},
					{"name", dev(d.name)},
					{"sw_version", dev(d.build)},
					{"via_device", dev("zigbee2mqtt_bridge_" + coordIEEE)},
				}},
				{"name", plain("Battery")},
				{"unique_id", dev(d.ieee + "_battery_zigbee2mqtt")},
				{"state_topic", dev("zigbee2mqtt/" + d.name)},
				{"unit_of_measurement", plain("%")},
				{"value_template", plain("{{ value_json.battery }}")},
				{"origin", obj{{"name", plain("Zigbee2MQTT")}, {"sw", decoy(z2mVer)}, {"url", plain("https://www.zigbee2mqtt.io")}}},
			}
			msgs = append(msgs, msg(4970, plain("homeassistant/sensor/"+d.ieee+"/battery/config"), disc))
		}
	}

	// the seizure monitor's bridge (a Raspberry Pi reading the bed sensor)
	monModel := r.pick("Emfit MM Epilepsy Monitor", "Epi-Care Free", "NightWatch")
	monSerial := r.serial("", 8)
	piIP := l.host(r.in(31, 60))
	duration := r.in(25, 240)
	alarm := obj{
		{"event", hlth(r.pick("tonic_clonic_alarm", "movement_alarm", "tonic_clonic_alarm", "hr_alarm"))},
		{"started", plain(iso(after(t0, -r.in(60, 1200))))},
		{"duration_s", hlth(duration)},
		{"hr_peak", hlth(r.in(120, 175))},
		{"spo2_min", hlth(r.in(82, 95))},
		{"rescue_med", hlth(r.pick("buccal midazolam 10 mg", "buccal midazolam 5 mg", "none given", "rectal diazepam 10 mg"))},
		{"notified", arr{cont(r.ukMobileIntl()), cont(r.ukMobileIntl())}},
		{"acknowledged_by", cont(r.pick(parent.first, carer.first))},
	}
	msgs = append(msgs, msg(r.in(60, 1200), plain("home/sz-monitor/alarm/last"), alarm))
	msgs = append(msgs, msg(r.in(1, 30), plain("home/sz-monitor/vitals"), obj{
		{"hr", hlth(r.in(58, 110))},
		{"rr", hlth(r.in(12, 24))},
		{"movement", plain(r.pick("low", "none", "moderate"))},
		{"sleep_stage", hlth(r.pick("deep", "light", "rem", "awake"))},
		{"in_bed", plain(r.chance(0.8))},
		{"ts", plain(unix(after(t0, -r.in(1, 30))))},
	}))
	msgs = append(msgs, msg(4000, plain("home/sz-monitor/status"), obj{
		{"device", dev(monModel)},
		{"serial", dev(monSerial)},
		{"fw", dev(fmt.Sprintf("%d.%d.%d", r.in(1, 4), r.in(0, 12), r.in(0, 30)))},
		{"bridge_ip", netw(piIP)},
		{"bridge_mac", macAddr(r.mac(":", false))},
		{"wifi_ssid", netw(r.pick("VM", "BT-", "SKY", "TALKTALK") + r.HEX(6))},
		{"api_key", cred(r.hex(40))},
		{"ha_token", cred(r.jwt("http://homeassistant.lan:8123"))},
		{"uptime_s", plain(r.in(3600, 3000000))},
		{"bridge_version", decoy(r.semver())},
	}))

	// carers' notes are published as plain strings
	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p(child.first, contactC), p(" had "), p(fmt.Sprintf("%d absences after lunch", r.in(2, 6)), healthC), p(", gave "), p(r.pick("Epilim 300mg", "Keppra 500mg", "clobazam 10mg"), healthC), p(" at 18:00 – "), p(carer.first, contactC))
	case 1:
		note = prose(p("Seizure 02:14, "), p(fmt.Sprintf("%ds tonic-clonic, midazolam given, slept after", duration), healthC), p(". Mat alarm worked. "), p(parent.first, contactC))
	case 2:
		note = prose(p("Night monitor lost wifi again – router is "), p(l.gw(), netC), p(", restarted the pi"))
	default:
		note = prose(p("Quiet night, no alarms. Battery changed in the door sensor."))
	}
	msgs = append(msgs, msg(r.in(30, 900), plain("home/carers/notes/latest"), note))

	return obj{
		{"backup_of", netw(fmt.Sprintf("%s:1883", l.host(r.in(2, 30))))},
		{"taken", plain(iso(t0))},
		{"client", decoy(fmt.Sprintf("mosquitto_sub 2.0.%d", r.in(11, 18)))},
		{"household", cont(child.last + " family")},
		{"messages", msgs},
	}
}
