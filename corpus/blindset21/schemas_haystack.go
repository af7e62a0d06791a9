package blindset21

import (
	"fmt"
	"time"
)

// Hayson helpers: Project Haystack values in their JSON encoding.

func hMarker() obj { return obj{{"_kind", plain("marker")}} }

func hRef(id string, dis leaf) obj {
	return obj{{"_kind", plain("ref")}, {"val", plain(id)}, {"dis", dis}}
}

func hNum(v leaf, unit string) obj {
	o := obj{{"_kind", plain("number")}, {"val", v}}
	if unit != "" {
		o = append(o, field{"unit", plain(unit)})
	}
	return o
}

func hTime(v leaf, tz string) obj {
	return obj{{"_kind", plain("dateTime")}, {"val", v}, {"tz", plain(tz)}}
}

func hURI(v leaf) obj { return obj{{"_kind", plain("uri")}, {"val", v}} }

func hGrid(meta obj, cols []string, rows arr) obj {
	var cs arr
	for _, c := range cols {
		cs = append(cs, obj{{"name", plain(c)}})
	}
	return obj{{"_kind", plain("grid")}, {"meta", meta}, {"cols", cs}, {"rows", rows}}
}

// carehomeHaystack is a dementia care home's building management system
// read from its Haystack API as Hayson grids.
func carehomeHaystack(r *rng) any {
	t0 := r.when()
	tzs := []struct {
		name string
		off  int
	}{{"London", 1}, {"New_York", -4}, {"Auckland", 12}, {"Chicago", -5}}
	tzc := tzs[r.IntN(len(tzs))]
	tz := tzc.name
	zone := time.FixedZone(tz, tzc.off*3600)
	home := r.pick("Heatherbank House", "Willow Court", "Larkhill Lodge", "Aldergrove Care Home", "Maple Lea")
	proj := r.pick("heatherbank", "willowct", "larkhill", "aldergrove", "maplelea")
	bms := r.lan()
	host := "skyspark." + proj + r.pick(".internal", ".lan", ".local")
	ref := func() string { return "p:" + proj + ":r:" + r.hex(8) + "-" + r.hex(8) }
	ts := func(t time.Time) string { return t.In(zone).Format("2006-01-02T15:04:05-07:00") }

	request := obj{
		{"url", netw("https://" + host + "/api/" + proj + "/read?filter=" + r.pick("point", "equip", "his"))},
		{"authorization", cred("BEARER authToken=web-" + r.b64url(32))},
		{"accept", plain("application/json")},
	}
	about := hGrid(obj{{"ver", decoy("3.0")}}, []string{"haystackVersion", "productName", "productVersion", "serverName", "serverTime", "vendorName"}, arr{obj{
		{"haystackVersion", decoy("3.0")},
		{"productName", plain("SkySpark")},
		{"productVersion", decoy(r.pick("3.1.8", "3.1.10", "3.1.7"))},
		{"serverName", netw(host)},
		{"serverTime", hTime(plain(ts(t0)), tz)},
		{"vendorName", plain("SkyFoundry")},
	}})

	siteRef := ref()
	addr := r.enAddress()
	sites := hGrid(obj{{"ver", decoy("3.0")}}, []string{"id", "dis", "site", "geoAddr", "area", "tz"}, arr{obj{
		{"id", hRef(siteRef, plain(home))},
		{"dis", plain(home)},
		{"site", hMarker()},
		{"geoAddr", cont(addr.oneLine())},
		{"area", hNum(decoy(r.in(12000, 40000)), "ft²")},
		{"tz", plain(tz)},
	}})

	// controllers
	type ctl struct{ dis, model, vendor string }
	ctls := []ctl{
		{"AHU-1 Controller", r.pick("ECLYPSE APEX", "ECY-S1000"), "Distech Controls"},
		{"Plant Room Supervisor", r.pick("JACE 8000", "Niagara Edge 10"), "Tridium"},
		{"Wing B Nurse Call Gateway", "Ascom Unite Connectivity Manager", "Ascom"},
		{"Wing A Nurse Call Gateway", "Quantec QT602 Controller", "C-TEC"},
		{"Boiler House PLC", r.pick("Spyder PUB6438SR", "CIPer Model 30"), "Honeywell"},
		{"Door Access Panel", "Net2 Plus ACU", "Paxton"},
	}
	var equips arr
	var equipRefs []string
	for _, ci := range r.Perm(len(ctls))[:r.in(3, 4)] {
		c := ctls[ci]
		id := ref()
		equipRefs = append(equipRefs, id)
		var fw leaf
		if r.chance(0.5) {
			fw = fwIP(r.ipShapedFw())
		} else {
			fw = dev(r.semver())
		}
		equips = append(equips, obj{
			{"id", hRef(id, plain(c.dis))},
			{"dis", plain(c.dis)},
			{"equip", hMarker()},
			{"siteRef", hRef(siteRef, plain(home))},
			{"model", dev(c.model)},
			{"vendor", dev(c.vendor)},
			{"serialNumber", dev(r.serial(r.pick("DC", "TR", "HN", "PX", "AS"), 9))},
			{"firmwareVersion", fw},
			{"ipAddress", netw(bms.host(r.in(10, 250)))},
			{"macAddress", macAddr(r.mac(":", false))},
			{"bacnetDevice", dev(r.in(1000, 399999))},
			{"bacnetNetwork", netw(r.in(1, 2000))},
			{"bacnetVendorId", decoy(r.pick("364", "17", "5", "246"))},
			{"protocolRevision", decoy(r.in(12, 24))},
			{"lastHeartbeat", hTime(dev(ts(after(t0, -r.in(0, 30)))), tz)},
			{"floor", plain(r.pick("Ground", "First", "Plant"))},
			{"fwUpdateAvailable", decoy(r.chance(0.3))},
		})
	}

	// points: rows of a read grid, each meaning what its dis says
	var points arr
	room := func() (int, person) { return r.in(1, 40), r.english() }
	for i := 0; i < r.in(4, 6); i++ {
		n, res := room()
		eq := equipRefs[r.IntN(len(equipRefs))]
		var row obj
		switch r.IntN(6) {
		case 0:
			row = obj{{"dis", plain(fmt.Sprintf("Rm %d Space Temp", n))}, {"kind", plain("Number")}, {"curVal", hNum(decoy(r.f1(19, 24.5)), "°C")}, {"unit", plain("°C")}}
		case 1:
			row = obj{{"dis", joined(p(fmt.Sprintf("Rm %d ", n)), p("("+r.pick("Mrs ", "Mr ", "Miss ")+res.last+")", contactC), p(" Bed Exit"))}, {"kind", plain("Bool")}, {"curVal", plain(r.chance(0.2))}}
		case 2:
			row = obj{{"dis", joined(p("Resident "), p(res.first+" "+res.last[:1]+".", contactC), p(" Falls 30d"))}, {"kind", plain("Number")}, {"curVal", hNum(hlth(r.in(0, 5)), "")}}
		case 3:
			row = obj{{"dis", joined(p(fmt.Sprintf("Rm %d ", n)), p(res.full(), contactC), p(" Wander Risk"))}, {"kind", plain("Str")}, {"curVal", hlth(r.pick("high - exit seeking", "medium", "high - dementia, night wandering"))}}
		case 4:
			row = obj{{"dis", plain(fmt.Sprintf("Wing %s CO2", r.pick("A", "B", "C")))}, {"kind", plain("Number")}, {"curVal", hNum(decoy(r.in(420, 1400)), "ppm")}, {"unit", plain("ppm")}}
		default:
			row = obj{{"dis", plain(fmt.Sprintf("Rm %d Door Contact", n))}, {"kind", plain("Bool")}, {"curVal", plain(r.chance(0.1))}}
		}
		full := obj{{"id", hRef(ref(), plain(""))}, {"point", hMarker()}, {"equipRef", hRef(eq, plain(""))}}
		full = append(full, row...)
		full = append(full, field{"curStatus", plain("ok")}, field{"his", hMarker()}, field{"hisSize", decoy(r.in(2000, 900000))}, field{"tz", plain(tz)})
		points = append(points, obfuscated(full))
	}
	pointGrid := hGrid(obj{{"ver", decoy("3.0")}, {"filter", plain("point and (sensor or residentRef)")}}, []string{"id", "point", "equipRef", "dis", "kind", "curVal", "unit", "curStatus", "his", "tz"}, points)

	// connectors
	mqttUser := r.pick("bms-bridge", "skyspark", "hvac-mqtt") + r.digits(2)
	engineer := r.english()
	conns := arr{
		obj{{"id", hRef(ref(), plain("BACnet IP"))}, {"dis", plain("BACnet IP")}, {"bacnetConn", hMarker()}, {"uri", hURI(netw("bacnet://" + bms.host(255) + "/" + fmt.Sprint(r.in(1, 2000))))}, {"connStatus", plain("ok")}},
		obj{{"id", hRef(ref(), plain("Niagara oBIX"))}, {"dis", plain("Niagara oBIX")}, {"obixConn", hMarker()}, {"uri", hURI(netw("http://" + bms.host(r.in(10, 250)) + "/obix/"))}, {"username", cont(r.userName(engineer))}, {"password", cred(r.password())}, {"passwordExpired", decoy(false)}, {"connStatus", plain(r.pick("ok", "fault"))}},
		obj{{"id", hRef(ref(), plain("MQTT broker"))}, {"dis", plain("MQTT broker")}, {"mqttConn", hMarker()}, {"uri", hURI(netw("mqtts://" + bms.host(r.in(10, 250)) + ":8883"))}, {"username", cont(mqttUser)}, {"password", cred(r.alnum(20))}, {"clientId", decoy("skyspark-" + r.hex(8))}},
		obj{{"id", hRef(ref(), plain("Nurse call"))}, {"dis", plain("Nurse call")}, {"haystackConn", hMarker()}, {"uri", hURI(netw("https://nursecall." + proj + ".internal/api/haystack/"))}, {"apiToken", cred("hay_tok_" + r.alnum(36))}, {"connStatus", plain("ok")}},
		obj{{"id", hRef(ref(), plain("Weather"))}, {"dis", plain("Weather")}, {"weatherConn", hMarker()}, {"apiKey", cred(r.hex(32))}, {"pollFreq", hNum(plain(15), "min")}},
	}

	// a history read: room temperatures
	var his arr
	ht := after(t0, -120)
	for i := 0; i < r.in(4, 7); i++ {
		ht = ht.Add(10 * time.Minute)
		his = append(his, obj{{"ts", hTime(plain(ts(ht)), tz)}, {"val", hNum(decoy(r.f1(19.5, 23.5)), "°C")}})
	}
	hisGrid := hGrid(obj{{"ver", decoy("3.0")}, {"id", hRef(ref(), plain(fmt.Sprintf("Rm %d Space Temp", r.in(1, 40))))}, {"hisStart", hTime(plain(ts(after(t0, -120))), tz)}, {"hisEnd", hTime(plain(ts(t0)), tz)}}, []string{"ts", "val"}, his)

	res := r.english()
	daughter := r.womanOf(enFemale, enLast)
	notes := arr{
		obj{{"ts", plain(iso(after(t0, -r.in(60, 20000))))}, {"by", cont(engineer.full())}, {"text", prose(p("Re-addressed door contacts on Wing B after the nurse-call upgrade; gateway now on "), p(bms.host(r.in(10, 250)), netC), p(". JACE login unchanged."))}},
		obj{{"ts", plain(iso(after(t0, -r.in(60, 20000))))}, {"by", cont(engineer.full())}, {"text", prose(p("Daughter ("), p(daughter.first+" "+res.last, contactC), p(", "), p(r.ukMobile(), contactC), p(") asked that the wander alert for "), p(r.pick("Mrs ", "Mr ")+res.last, contactC), p(" only sound 22:00-07:00 - "), p(r.pick("Alzheimer's, exit-seeking at night", "vascular dementia, two falls last month", "Lewy body dementia, sundowning"), healthC))}},
		obj{{"ts", plain(iso(after(t0, -r.in(60, 20000))))}, {"by", plain("system")}, {"text", prose(p(r.pick("Trend log export completed.", "Chiller 2 lead/lag swapped.", "Schedule 'Night setback' applied to 14 points.")))}},
	}

	return obj{
		{"request", request},
		{"about", about},
		{"sites", sites},
		{"equips", hGrid(obj{{"ver", decoy("3.0")}}, []string{"id", "dis", "equip", "siteRef", "model", "vendor", "serialNumber", "firmwareVersion", "ipAddress", "macAddress", "bacnetDevice", "bacnetNetwork", "lastHeartbeat", "floor"}, equips)},
		{"points", pointGrid},
		{"connectors", hGrid(obj{{"ver", decoy("3.0")}}, []string{"id", "dis", "uri", "username", "password", "apiToken", "apiKey", "connStatus"}, conns)},
		{"his", hisGrid},
		{"notes", notes},
	}
}
