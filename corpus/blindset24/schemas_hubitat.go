package blindset24

import (
	"encoding/json"
	"fmt"
)

// homecareHubitat: a family sets up a Hubitat Elevation hub for an older
// parent living alone; the installer's support bundle holds the hub
// details, the Maker API app configuration with its access token and
// endpoints, the Maker API device list (locks with lock codes, presence
// phones, a bed sensor, a scale, plugs, Wi-Fi relays), one device in
// detail with its attribute rows, recent events and the Rule Machine
// rules.
func homecareHubitat(r *rng) any {
	t := r.when()
	home := r.lan()
	elder := r.english()
	kid := r.english()
	kid.last = elder.last
	hubUID := r.uuid()
	appID := r.in(100, 900)
	token := r.uuid()
	hubIP := home.host(r.in(20, 60))
	hubFw := fmt.Sprintf("2.3.%d.%d", r.in(7, 9), r.in(100, 190))

	hub := obj{
		{"name", dev(r.pick("Home", "Mom's House", "Dad's Hub", elder.last+" Hub"))},
		{"hubUID", dev(hubUID)},
		{"hardware", dev(r.pick("C-8 Pro", "C-8", "C-7"))},
		{"firmwareVersion", fwIP(hubFw)},
		{"ipAddress", netw(hubIP)},
		{"macAddress", macAddr(r.mac(":", true))},
		{"gateway", netw(home.gw())},
		{"dnsServers", arr{netw(home.gw()), netw(r.pick("1.1.1.1", "8.8.8.8", "9.9.9.9"))}},
		{"subnet", netw(home.cidr())},
		{"zigbeeChannel", plain(r.pickInt(15, 20, 25))},
		{"zigbeePanId", plain(r.HEX(4))},
		{"zigbeeEui", dev(r.HEX(16))},
		{"zwaveRegion", plain("US")},
		{"zwaveFirmware", dev(fmt.Sprintf("7.%d.%d", r.in(17, 22), r.in(0, 3)))},
		{"timeZone", plain(r.pick("America/Denver", "America/Chicago", "Pacific/Honolulu"))},
		{"temperatureScale", plain("F")},
		{"uptimeSeconds", decoy(r.in(3600, 9000000))},
		{"cloudConnected", decoy(true)},
	}

	maker := obj{
		{"appId", plain(appID)},
		{"label", plain("Maker API")},
		{"accessToken", cred(token)},
		{"localEndpoint", tag2(credC, netC, fmt.Sprintf("http://%s/apps/api/%d/devices/all?access_token=%s", hubIP, appID, token))},
		{"cloudEndpoint", cred(fmt.Sprintf("https://cloud.hubitat.com/api/%s/apps/%d/devices/all?access_token=%s", hubUID, appID, token))},
		{"postUrl", netw(fmt.Sprintf("http://%s:1880/hubitat/events", home.host(r.in(61, 99))))},
		{"allowAllDevices", decoy(false)},
		{"includeLocationEvents", decoy(true)},
		{"allowedIpAddresses", arr{netw(home.host(r.in(61, 99)))}},
	}

	type dv struct {
		id           string
		label, name  string
		typ, model   string
		manufacturer string
		room         string
		attrs        obj
		caps         []string
	}
	id := r.in(2, 40)
	next := func() string { id += r.in(1, 9); return fmt.Sprint(id) }
	codes := map[string]any{}
	codeNames := []string{elder.first, kid.first, r.pick("Caregiver", "Home Health", "Dog Walker", "Neighbor")}
	codeLeafCats := []piece{}
	for i, n := range codeNames[:r.in(2, 3)] {
		codes[fmt.Sprint(i+1)] = map[string]string{"name": n, "code": r.digits(4)}
	}
	cj, _ := json.Marshal(codes)
	codeLeafCats = append(codeLeafCats, p(string(cj), credC, contactC))

	phone1Model, phone1OS := r.phoneModel()
	devs := []dv{
		{next(), "Front Door", "Yale Assure Lock 2", "Z-Wave Lock", "YRD450-ZW3", "Yale", "Entry", obj{
			{"battery", plain(fmt.Sprint(r.in(40, 100)))},
			{"lock", plain(r.pick("locked", "unlocked"))},
			{"lockCodes", joined(codeLeafCats...)},
			{"codeLength", decoy("4")},
			{"maxCodes", decoy("250")},
		}, []string{"Lock", "LockCodes", "Battery", "Refresh"}},
		{next(), elder.first + "'s Phone", "Mobile App", "Mobile App Device", phone1Model, "Hubitat", "", obj{
			{"presence", plain(r.pick("present", "not present"))},
			{"battery", plain(fmt.Sprint(r.in(5, 100)))},
			{"osVersion", dev(phone1OS)},
			{"appVersion", dev(r.pick("2.9.3", "2.9.5", "2.10.0"))},
		}, []string{"PresenceSensor", "Battery"}},
		{next(), "Bed Sensor", "Withings Sleep Analyzer", "Withings Sleep Sensor", "WSM02", "Withings", "Bedroom", obj{
			{"presence", plain(r.pick("present", "not present"))},
			{"heartRate", hlth(fmt.Sprint(r.in(48, 96)))},
			{"respiratoryRate", hlth(fmt.Sprint(r.in(11, 22)))},
			{"snoring", hlth(fmt.Sprint(r.in(0, 90)))},
			{"sleepScore", hlth(fmt.Sprint(r.in(40, 95)))},
			{"apneaHypopneaIndex", hlth(fmt.Sprint(r.f1(2, 34)))},
		}, []string{"PresenceSensor", "Sensor"}},
		{next(), "Bathroom Scale", "Withings Body+", "Withings Scale", "WBS05", "Withings", "Bathroom", obj{
			{"weight", hlth(fmt.Sprint(r.f1(48, 118)))},
			{"fatRatio", hlth(fmt.Sprint(r.f1(12, 44)))},
			{"weightUnit", plain("kg")},
		}, []string{"Sensor"}},
		{next(), r.pick("Oxygen Concentrator Plug", "CPAP Outlet", "Recliner Lift Plug"), "Zooz ZEN04", "Zooz Smart Plug", "ZEN04", "Zooz", "Living Room", obj{
			{"switch", plain(r.pick("on", "off"))},
			{"power", decoy(fmt.Sprint(r.in(0, 380)))},
			{"energy", decoy(fmt.Sprint(r.f1(0, 900)))},
		}, []string{"Switch", "PowerMeter", "EnergyMeter"}},
		{next(), "Kitchen Motion", "Aqara Motion Sensor P1", "Aqara P1 Motion", "RTCGQ14LM", "LUMI", "Kitchen", obj{
			{"motion", plain(r.pick("active", "inactive"))},
			{"illuminance", decoy(fmt.Sprint(r.in(0, 900)))},
			{"temperature", decoy(fmt.Sprint(r.f1(62, 78)))},
		}, []string{"MotionSensor", "IlluminanceMeasurement"}},
		{next(), "Porch Light", "Shelly Plus 1", "Shelly Plus 1", "SNSW-001X16EU", "Shelly", "Porch", obj{
			{"switch", plain(r.pick("on", "off"))},
			{"ipAddress", netw(home.host(r.in(100, 200)))},
			{"macAddress", macAddr(r.mac("", true))},
		}, []string{"Switch"}},
	}
	list := arr{}
	for _, d := range devs {
		caps := arr{}
		for _, c := range d.caps {
			caps = append(caps, plain(c))
		}
		var room leaf = plain(d.room)
		if d.room == "" {
			room = nullDecoy()
		}
		list = append(list, obj{
			{"name", dev(d.name)},
			{"label", dev(d.label)},
			{"type", dev(d.typ)},
			{"id", plain(d.id)},
			{"date", dev(isoOff(after(t, -r.in(1, 600))))},
			{"model", dev(d.model)},
			{"manufacturer", dev(d.manufacturer)},
			{"room", room},
			{"capabilities", caps},
			{"attributes", d.attrs},
			{"commands", arr{plain("refresh")}},
		})
	}

	detail := devs[2+r.IntN(2)]
	rows := arr{}
	for _, f := range detail.attrs {
		rows = append(rows, obj{
			{"name", plain(f.key).obf()},
			{"currentValue", f.val.(leaf).obf()},
			{"dataType", plain("NUMBER")},
		})
	}

	events := arr{}
	for i := 0; i < r.in(2, 4); i++ {
		var desc leaf
		switch r.IntN(4) {
		case 0:
			desc = prose(p("Front Door was unlocked by "), p(codeNames[r.IntN(2)], contactC), p(" [digital]"))
		case 1:
			desc = prose(p("Bed Sensor heart rate is "), p(fmt.Sprint(r.in(48, 110))+" bpm", healthC))
		case 2:
			desc = prose(p("Kitchen Motion is inactive"))
		default:
			desc = prose(p("Front Door code changed"))
		}
		events = append(events, obj{
			{"device_id", plain(devs[r.IntN(len(devs))].id)},
			{"name", plain(r.pick("lock", "heartRate", "motion", "codeChanged"))},
			{"date", plain(isoOff(after(t, -r.in(1, 3000))))},
			{"isStateChange", plain(true)},
			{"source", plain("DEVICE")},
			{"type", plain(r.pick("digital", "physical"))},
			{"descriptionText", desc},
		})
	}

	rules := arr{
		obj{
			{"id", plain(r.in(100, 900))},
			{"name", plain(r.pick("Morning meds reminder", "Pill reminder", "Meds at 8"))},
			{"actions", prose(p("Notify "), p(kid.first+"'s iPhone", devC), p(": 'Remind "), p(elder.first, contactC), p(" to take "), p(r.pick("Eliquis 5mg", "metformin 500mg with breakfast", "Donepezil 10mg", "Lasix 40mg and weigh in"), healthC), p("'"))},
			{"paused", decoy(false)},
		},
		obj{
			{"id", plain(r.in(100, 900))},
			{"name", plain("No motion alert")},
			{"actions", prose(p("If Kitchen Motion inactive for 4 hours between 8am and 8pm, call "), p(r.usLocal(), contactC), p(" and send push."))},
			{"paused", decoy(r.chance(0.3))},
		},
	}

	return obj{
		{"bundle", obj{{"createdBy", cont(r.email(kid))}, {"createdAt", plain(iso(t))}, {"appVersion", decoy(r.semver())}}},
		{"/hub/details/json", hub},
		{"/installedapp/configure/json/" + fmt.Sprint(appID), maker},
		{fmt.Sprintf("/apps/api/%d/devices/all", appID), list},
		{fmt.Sprintf("/apps/api/%d/devices/%s", appID, detail.id), obj{
			{"id", plain(detail.id)},
			{"name", dev(detail.name)},
			{"label", dev(detail.label)},
			{"type", dev(detail.typ)},
			{"attributes", rows},
		}},
		{fmt.Sprintf("/apps/api/%d/devices/all/events", appID), events},
		{"/installedapp/rules", rules},
		{"wifi", obj{{"ssid", netw(r.ssid(elder.last))}, {"password", cred(r.psk())}, {"band", plain(r.pick("2.4GHz", "5GHz"))}}},
	}
}
