package blindset27

import (
	"fmt"
	"strings"
)

// dementiaHue: a dementia-friendly lighting installer's support dump of a
// client's Philips Hue bridge, attached to a job: the job sheet (the
// client's name, address, diagnosis, falls risk, night waking, next of
// kin, the occupational therapist, the home Wi-Fi), the N-UPnP discovery
// answer, the request line with the whitelisted app key, the remote API
// token answer, and the bridge's full state (GET /api/<username>):
// lights, groups, config with the whitelist, schedules whose commands
// carry the app key, rules owned by it, sensors; the installer's notes.
func dementiaHue(r *rng) any {
	t := r.when()
	client := r.american()
	addr := r.usAddress()
	kin := r.american()
	kin.last = client.last
	rel, relCap := "son", "Son"
	if kin.female {
		rel, relCap = "daughter", "Daughter"
	}
	ot := r.american()
	home := r.lan()
	bridgeIP := home.host(r.in(2, 60))
	bridgeMAC := r.macOUI("00:17:88", false)
	bridgeID := strings.ToUpper(strings.ReplaceAll(bridgeMAC[:8], ":", "") + "FFFE" + strings.ReplaceAll(bridgeMAC[9:], ":", ""))
	appKey := r.alnum(40)
	ssid := r.ssid(client.last)
	psk := r.psk()
	cond := r.pick("Alzheimer's disease, moderate", "Vascular dementia", "Lewy body dementia", "Mixed dementia (Alzheimer's and vascular)", "Mild cognitive impairment, early Alzheimer's")
	drug := r.pick("Donepezil 10 mg", "Memantine 20 mg", "Rivastigmine patch 9.5 mg", "Galantamine ER 16 mg")
	phoneModel, _ := r.phoneModel()
	pron := "he"
	if client.female {
		pron = "she"
	}

	// lights
	type lightDef struct{ model, product, typ, arche string }
	defs := []lightDef{
		{"LCA001", "Hue color lamp", "Extended color light", "sultanbulb"},
		{"LTA001", "Hue ambiance lamp", "Color temperature light", "classicbulb"},
		{"LWA001", "Hue white lamp", "Dimmable light", "classicbulb"},
		{"LCL001", "Hue lightstrip plus", "Extended color light", "huelightstrip"},
		{"LOM007", "Hue Smart plug", "On/Off plug-in unit", "plug"},
	}
	names := r.pickSome(r.in(3, 5), "Bedside lamp", "Hallway ceiling", "Bathroom night light", "Kitchen", "Living room floor lamp", client.first+"'s chair lamp", "Under-bed strip", "Front porch")
	lights := obj{}
	var lightIDs []string
	for i, n := range names {
		d := defs[r.IntN(len(defs))]
		id := fmt.Sprint(i + 1)
		lightIDs = append(lightIDs, id)
		state := obj{{"on", plain(r.chance(0.3))}}
		if d.typ != "On/Off plug-in unit" {
			state = append(state, field{"bri", plain(r.in(1, 254))})
		}
		if d.typ == "Extended color light" || d.typ == "Color temperature light" {
			state = append(state, field{"ct", plain(r.in(153, 454))}, field{"colormode", plain("ct")})
		}
		state = append(state, field{"alert", plain("select")}, field{"mode", plain("homeautomation")}, field{"reachable", plain(r.chance(0.9))})
		lights = append(lights, field{id, obj{
			{"state", state},
			{"swupdate", obj{{"state", plain("noupdates")}, {"lastinstall", plain(iso(after(t, -r.in(2000, 200000))))}}},
			{"type", dev(d.typ)},
			{"name", dev(n)},
			{"modelid", dev(d.model)},
			{"manufacturername", dev("Signify Netherlands B.V.")},
			{"productname", dev(d.product)},
			{"capabilities", obj{{"certified", plain(true)}, {"control", obj{{"mindimlevel", plain(r.pickInt(200, 1000, 5000))}, {"maxlumen", plain(r.pickInt(800, 806, 1600))}}}}},
			{"config", obj{{"archetype", plain(d.arche)}, {"function", plain(r.pick("mixed", "functional", "decorative"))}, {"direction", plain("omnidirectional")}, {"startup", obj{{"mode", plain(r.pick("safety", "powerfail"))}, {"configured", plain(true)}}}}},
			{"uniqueid", macAddr(r.macOUI("00:17:88", false) + ":" + r.hex(2) + ":" + r.hex(2) + "-0b")},
			{"swversion", dev(fmt.Sprintf("1.%d.%d", r.in(90, 122), r.in(1, 9)))},
			{"swconfigid", decoy(r.HEX(8))},
			{"productid", dev(fmt.Sprintf("Philips-%s-%d-A19ECLv%d", d.model, r.in(1, 5), r.in(4, 7)))},
		}})
	}

	// groups
	groups := obj{}
	rooms := r.pickSome(r.in(2, 3), "Bedroom", "Hallway", "Bathroom", "Kitchen", "Living room")
	for i, g := range rooms {
		name := g
		if r.chance(0.4) {
			name = client.first + "'s " + strings.ToLower(g)
		}
		members := arr{}
		for _, id := range r.pickSome(r.in(1, 2), lightIDs...) {
			members = append(members, plain(id))
		}
		groups = append(groups, field{fmt.Sprint(i + 1), obj{
			{"name", dev(name)},
			{"lights", members},
			{"sensors", arr{}},
			{"type", plain("Room")},
			{"state", obj{{"all_on", plain(false)}, {"any_on", plain(r.chance(0.3))}}},
			{"recycle", plain(false)},
			{"class", plain(g)},
			{"action", obj{{"on", plain(false)}, {"bri", plain(r.in(1, 254))}, {"alert", plain("select")}}},
		}})
	}

	// whitelist: the app keys are the JSON keys; their names tell the phone
	whitelist := obj{
		{appKey, obj{{"last use date", plain(iso(after(t, -r.in(1, 300))))}, {"create date", plain(iso(after(t, -r.in(3000, 90000))))}, {"name", dev("hue-diag#" + r.pick("installer-laptop", "LAPTOP-"+r.from(upperNum, 7)))}}},
		{r.alnum(40), obj{{"last use date", plain(iso(after(t, -r.in(1, 9000))))}, {"create date", plain(iso(after(t, -r.in(9000, 300000))))}, {"name", dev("Hue 5#" + phoneModel)}}},
	}
	if r.chance(0.5) {
		whitelist = append(whitelist, field{r.alnum(40), obj{{"last use date", plain(iso(after(t, -r.in(1, 200))))}, {"create date", plain(iso(after(t, -r.in(9000, 300000))))}, {"name", dev("homeassistant#" + r.pick("raspberrypi", "homeassistant"))}}})
	}

	utc := after(t, -2)
	cfg := obj{
		{"name", dev(r.pick("Philips hue", client.first+"'s Hue", "Hue Bridge "+client.last))},
		{"zigbeechannel", plain(r.pickInt(11, 15, 20, 25))},
		{"bridgeid", dev(bridgeID)},
		{"mac", macAddr(bridgeMAC)},
		{"dhcp", plain(true)},
		{"ipaddress", netw(bridgeIP)},
		{"netmask", netw("255.255.255.0")},
		{"gateway", netw(home.gw())},
		{"proxyaddress", plain("none")},
		{"proxyport", plain(0)},
		{"UTC", plain(utc.Format("2006-01-02T15:04:05"))},
		{"localtime", plain(after(utc, -420).Format("2006-01-02T15:04:05"))},
		{"timezone", plain(r.pick("America/Los_Angeles", "America/Chicago", "America/New_York", "America/Anchorage"))},
		{"modelid", dev("BSB002")},
		{"datastoreversion", decoy(fmt.Sprint(r.in(150, 172)))},
		{"swversion", dev(fmt.Sprintf("19%d0%d0%d", r.in(60, 72), r.in(10, 99), r.in(10, 99)))},
		{"apiversion", decoy(fmt.Sprintf("1.%d.0", r.in(60, 72)))},
		{"swupdate2", obj{{"checkforupdate", plain(false)}, {"lastchange", plain(iso(after(t, -r.in(2000, 90000))))}, {"bridge", obj{{"state", plain("noupdates")}, {"lastinstall", plain(iso(after(t, -r.in(2000, 90000))))}}}, {"state", plain("noupdates")}, {"autoinstall", obj{{"updatetime", plain("T14:00:00")}, {"on", plain(true)}}}}},
		{"linkbutton", plain(false)},
		{"portalservices", plain(true)},
		{"analyticsconsent", decoy(false)},
		{"portalconnection", plain("connected")},
		{"portalstate", obj{{"signedon", plain(true)}, {"incoming", plain(false)}, {"outgoing", plain(true)}, {"communication", plain("disconnected")}}},
		{"internetservices", obj{{"internet", plain("connected")}, {"remoteaccess", plain("connected")}, {"time", plain("connected")}, {"swupdate", plain("connected")}}},
		{"factorynew", plain(false)},
		{"replacesbridgeid", null()},
		{"backup", obj{{"status", plain("idle")}, {"errorcode", plain(0)}}},
		{"starterkitid", plain("")},
		{"whitelist", whitelist},
	}

	// schedules: commands carry the app key in their address
	schedules := obj{}
	groupN := fmt.Sprint(r.in(1, len(rooms)))
	schedules = append(schedules, field{"1", obj{
		{"name", plain("Morning meds")},
		{"description", prose(p("Flash kitchen light 08:00 - "), p(drug, healthC), p(" with breakfast"))},
		{"command", obj{{"address", cred("/api/" + appKey + "/groups/" + groupN + "/action")}, {"body", obj{{"alert", plain("lselect")}}}, {"method", plain("PUT")}}},
		{"localtime", plain("W124/T08:00:00")},
		{"time", plain("W124/T15:00:00")},
		{"created", plain(iso(after(t, -r.in(9000, 90000))))},
		{"status", plain("enabled")},
		{"autodelete", plain(false)},
	}})
	if r.chance(0.6) {
		schedules = append(schedules, field{"2", obj{
			{"name", plain("Sundown warm")},
			{"description", prose(p(r.pick("Warm dim light from 4pm to ease sundowning", "Evening routine, keep hallway on 20%", "Lights off at 10pm except night path")))},
			{"command", obj{{"address", cred("/api/" + appKey + "/groups/0/action")}, {"body", obj{{"ct", plain(447)}, {"bri", plain(r.in(60, 140))}}}, {"method", plain("PUT")}}},
			{"localtime", plain("W127/T16:00:00")},
			{"created", plain(iso(after(t, -r.in(9000, 90000))))},
			{"status", plain("enabled")},
			{"autodelete", plain(false)},
		}})
	}

	// sensors
	sensors := obj{
		{"1", obj{{"state", obj{{"daylight", plain(r.chance(0.5))}}}, {"config", obj{{"on", plain(true)}, {"configured", plain(true)}, {"sunriseoffset", plain(30)}, {"sunsetoffset", plain(-30)}}}, {"name", dev("Daylight")}, {"type", dev("Daylight")}, {"modelid", dev("PHDL00")}, {"manufacturername", dev("Signify Netherlands B.V.")}, {"swversion", dev("1.0")}}},
	}
	motion := r.pick("Hallway sensor", "Bedroom motion", "Bathroom door")
	motionMAC := r.macOUI("00:17:88", false) + ":" + r.hex(2) + ":" + r.hex(2)
	sensors = append(sensors,
		field{"5", obj{
			{"state", obj{{"presence", plain(r.chance(0.2))}, {"lastupdated", dev(iso(after(t, -r.in(1, 600))))}}},
			{"swupdate", obj{{"state", plain("noupdates")}, {"lastinstall", plain(iso(after(t, -r.in(2000, 90000))))}}},
			{"config", obj{{"on", plain(true)}, {"battery", plain(r.in(20, 100))}, {"reachable", plain(true)}, {"alert", plain("none")}, {"sensitivity", plain(2)}, {"sensitivitymax", plain(2)}, {"ledindication", plain(false)}, {"usertest", plain(false)}}},
			{"name", dev(motion)},
			{"type", dev("ZLLPresence")},
			{"modelid", dev(r.pick("SML001", "SML003"))},
			{"manufacturername", dev("Signify Netherlands B.V.")},
			{"productname", dev("Hue motion sensor")},
			{"swversion", dev(fmt.Sprintf("%d.%d.%d.%d", r.in(1, 2), r.in(1, 9), r.in(0, 9), r.in(27000, 29999)))},
			{"uniqueid", macAddr(motionMAC + "-02-0406")},
		}},
		field{"6", obj{
			{"state", obj{{"temperature", decoy(r.in(1750, 2450))}, {"lastupdated", dev(iso(after(t, -r.in(1, 60))))}}},
			{"config", obj{{"on", plain(true)}, {"battery", plain(r.in(20, 100))}, {"reachable", plain(true)}}},
			{"name", dev("Hue temperature sensor 1")},
			{"type", dev("ZLLTemperature")},
			{"modelid", dev("SML001")},
			{"uniqueid", macAddr(motionMAC + "-02-0402")},
		}},
	)
	if r.chance(0.6) {
		sensors = append(sensors, field{"8", obj{
			{"state", obj{{"buttonevent", plain(r.pickInt(1002, 4002, 1001))}, {"lastupdated", dev(iso(after(t, -r.in(10, 3000))))}}},
			{"config", obj{{"on", plain(true)}, {"battery", plain(r.in(5, 100))}, {"reachable", plain(true)}}},
			{"name", dev(r.pick("Bedroom dimmer", "Dimmer by the bed", client.first+"'s switch"))},
			{"type", dev("ZLLSwitch")},
			{"modelid", dev(r.pick("RWL021", "RWL022"))},
			{"productname", dev("Hue dimmer switch")},
			{"uniqueid", macAddr(r.macOUI("00:17:88", false) + ":" + r.hex(2) + ":" + r.hex(2) + "-02-fc00")},
		}})
	}

	rules := obj{{"1", obj{
		{"name", plain("Night path")},
		{"owner", cred(appKey)},
		{"created", plain(iso(after(t, -r.in(9000, 90000))))},
		{"lasttriggered", plain(iso(after(t, -r.in(60, 2000))))},
		{"timestriggered", plain(r.in(10, 900))},
		{"status", plain("enabled")},
		{"recycle", plain(false)},
		{"conditions", arr{
			obj{{"address", plain("/sensors/5/state/presence")}, {"operator", plain("eq")}, {"value", plain("true")}},
			obj{{"address", plain("/config/localtime")}, {"operator", plain("in")}, {"value", plain("T22:00:00/T06:30:00")}},
		}},
		{"actions", arr{obj{{"address", plain("/groups/" + groupN + "/action")}, {"method", plain("PUT")}, {"body", obj{{"on", plain(true)}, {"bri", plain(r.in(30, 80))}}}}}},
	}}}

	var notes arr
	notes = append(notes, prose(p("Installed "), p(motion, devC), p(" so the night path comes on at 20% when "), p(client.first, contactC), p(" gets up; "+pron+" "+r.pick("wakes 2-3 times for the bathroom", "had a fall in March going to the bathroom", "gets disoriented in the dark"), healthC)))
	switch r.IntN(3) {
	case 0:
		notes = append(notes, prose(p(relCap+" "), p(kin.full(), contactC), p(" ("), p(r.usDash(), contactC), p(") has the Hue app on a "), p(phoneModel, devC), p(". Bridge is on "), p(bridgeIP, netC), p(".")))
	case 1:
		notes = append(notes, prose(p("Wi-Fi is "), p(ssid, netC), p(" / "), p(psk, credC), p(", written on the back of the router. Bridge firmware current.")))
	default:
		notes = append(notes, prose(p("Checked all bulbs, no updates pending. Next visit in 6 months.")))
	}
	if r.chance(0.5) {
		notes = append(notes, prose(p("OT "), p(ot.full(), contactC), p(" asked for the morning flash as a reminder for "), p(drug, healthC), p(".")))
	}

	return obj{
		{"job", obj{
			{"job_id", plain(fmt.Sprintf("J-%05d", r.in(1000, 99999)))},
			{"tool", plain("hue-diag")},
			{"tool_version", decoy(r.pick(r.semver(), r.ipShapedVer()))},
			{"collected_at", plain(iso(t))},
			{"client", obj{
				{"name", cont(client.full())},
				{"street", cont(addr.street)},
				{"city", cont(addr.town)},
				{"state", cont(addr.region)},
				{"zip", cont(addr.postcode)},
				{"diagnosis", hlth(cond)},
				{"falls_risk", hlth(r.pick("high", "medium", "low"))},
				{"night_waking", hlth(r.pick("2-3 times a night, bathroom", "once, around 3am", "wanders at night"))},
				{"next_of_kin", obj{{"name", cont(kin.full())}, {"relationship", plain(rel)}, {"phone", cont(r.usPhone())}, {"email", cont(r.email(kin))}}},
				{"occupational_therapist", obj{{"name", cont(ot.full())}, {"phone", cont(r.usLocal())}}},
				{"wifi_ssid", netw(ssid)},
				{"wifi_password", r.orNull(0.3, cred(psk))},
			}},
		}},
		{"discovery", arr{obj{{"id", dev(strings.ToLower(bridgeID))}, {"internalipaddress", netw(bridgeIP)}, {"port", netw(443)}}}},
		{"request", tag("GET https://"+bridgeIP+"/api/"+appKey, credC, netC)},
		{"remote_token", obj{
			{"access_token", cred(r.alnum(28))},
			{"access_token_expires_in", plain(604800)},
			{"refresh_token", cred(r.alnum(28))},
			{"refresh_token_expires_in", plain(9676800)},
			{"token_type", decoy("BearerToken")},
			{"clientid", decoy(r.alnum(32))},
		}},
		{"state", obj{
			{"lights", lights},
			{"groups", groups},
			{"config", cfg},
			{"schedules", schedules},
			{"rules", rules},
			{"sensors", sensors},
		}},
		{"notes", notes},
	}
}
