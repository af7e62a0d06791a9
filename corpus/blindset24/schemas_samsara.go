package blindset24

import "fmt"

// linehaulSamsara: a regional trucking carrier's dispatch integration
// caches Samsara API answers keyed by request path (vehicles with VIN,
// gateway and assigned driver; drivers with licence, ELD rule sets,
// attributes and notes; vehicle stats; gateways with the Wi-Fi hotspot
// and the driver-app phone; driver messages; webhooks) beside its own
// configuration.
func linehaulSamsara(r *rng) any {
	t := r.when()
	tms := r.lan()
	type drv struct {
		p     person
		id    string
		phone string
	}
	var drivers []drv
	for i := 0; i < r.in(1, 2); i++ {
		drivers = append(drivers, drv{r.english(), r.digits(8), r.usE164()})
	}
	yards := [][2]string{{"Billings Yard", "Billings, MT"}, {"Fargo Terminal", "Fargo, ND"}, {"Casper Yard", "Casper, WY"}, {"Sioux Falls Cross-Dock", "Sioux Falls, SD"}}
	yard := yards[r.IntN(len(yards))]
	tag := obj{{"id", plain(r.digits(7))}, {"name", plain(yard[0])}}

	vehicles := arr{}
	stats := arr{}
	gateways := arr{}
	for i, d := range drivers {
		vid := "2814749" + r.digits(8)
		gwSerial := r.from(upperNum, 4) + "-" + r.from(upperNum, 3) + "-" + r.from(upperNum, 3)
		mk := r.pick("Freightliner", "Kenworth", "Peterbilt", "Volvo")
		model := map[string]string{"Freightliner": "Cascadia", "Kenworth": "T680", "Peterbilt": "579", "Volvo": "VNL 760"}[mk]
		name := fmt.Sprintf("Truck %d", r.in(100, 480))
		vehicles = append(vehicles, obj{
			{"id", plain(vid)},
			{"name", dev(name)},
			{"vin", dev("1" + r.pick("FUJ", "XKY", "XPB", "4V4") + r.from("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 13))},
			{"serial", dev(gwSerial)},
			{"make", dev(mk)},
			{"model", dev(model)},
			{"year", decoy(fmt.Sprint(r.in(2017, 2024)))},
			{"esn", dev(r.digits(8))},
			{"harshAccelerationSettingType", plain(r.pick("heavyDuty", "automatic"))},
			{"vehicleRegulationMode", plain("regulated")},
			{"notes", r.orNull(0.5, prose(p(r.pick("APU fault code cleared 3/12.", "Reefer unit swapped, new Thermo King serial pending.", "Left mirror cracked, PO raised."))))},
			{"externalIds", obj{{"samsara.serial", decoy(gwSerial)}, {"maintenanceId", decoy(fmt.Sprintf("MX-%05d", r.in(1, 99999)))}}},
			{"gateway", obj{{"serial", dev(gwSerial)}, {"model", dev(r.pick("VG55-NA", "VG54-NA", "VG34"))}}},
			{"staticAssignedDriver", obj{{"id", plain(d.id)}, {"name", cont(d.p.full())}}},
			{"tags", arr{tag}},
			{"createdAtTime", plain(isoMs(after(t, -r.in(100000, 900000))))},
			{"updatedAtTime", plain(isoMs(after(t, -r.in(10, 9000))))},
		})
		stats = append(stats, obj{
			{"id", plain(vid)},
			{"name", dev(name)},
			{"gps", obj{
				{"time", dev(isoMs(after(t, -r.in(1, 30))))},
				{"latitude", plain(float64(r.in(430000, 470000)) / 10000)},
				{"longitude", plain(-float64(r.in(960000, 1080000)) / 10000)},
				{"headingDegrees", plain(r.in(0, 359))},
				{"speedMilesPerHour", decoy(r.in(0, 72))},
				{"reverseGeo", obj{{"formattedLocation", plain(r.pick("I-94 W, Glendive, MT", "I-29 N, Sioux Falls, SD", "US-87, Roundup, MT", "I-25 S, Casper, WY"))}}},
			}},
			{"engineState", obj{{"time", plain(isoMs(after(t, -r.in(1, 300))))}, {"value", plain(r.pick("On", "Off", "Idle"))}}},
			{"fuelPercent", obj{{"time", plain(isoMs(after(t, -r.in(1, 300))))}, {"value", decoy(r.in(5, 100))}}},
			{"obdOdometerMeters", obj{{"time", plain(isoMs(after(t, -r.in(1, 300))))}, {"value", decoy(r.in(100000000, 1400000000))}}},
		})
		mdl, os := r.phoneModel()
		ssid := fmt.Sprintf("Samsara-%s", gwSerial[:4])
		if r.chance(0.5) {
			ssid = fmt.Sprintf("%s-%d", r.pick("BRL-Truck", "NPX", "HiLine"), r.in(100, 480))
		}
		gateways = append(gateways, obj{
			{"serial", dev(gwSerial)},
			{"model", dev(r.pick("VG55-NA", "VG54-NA"))},
			{"vehicle", obj{{"id", plain(vid)}, {"name", dev(name)}}},
			{"connectionStatus", obj{{"healthStatus", plain(r.pick("Connected", "Connected", "Disconnected"))}, {"lastConnected", dev(isoMs(after(t, -r.in(1, 900))))}}},
			{"firmwareVersion", fwIP(r.ipShapedFw())},
			{"dataUsageLast30Days", decoy(r.in(100, 9000000))},
			{"wifiHotspot", obj{{"enabled", decoy(true)}, {"ssid", netw(ssid)}, {"password", cred(r.psk())}, {"dataCapMb", decoy(r.pickInt(500, 1000, 2000))}}},
			{"accessoryDevices", arr{obj{{"serial", dev(r.serial("CM", 10))}, {"model", dev(r.pick("CM32", "CM33", "CM34"))}}}},
			{"driverAppDevice", obj{
				{"model", dev(mdl)},
				{"osVersion", dev(os)},
				{"appVersion", dev(r.pick("2434.101", "2440.200", "2445.100"))},
				{"lastSeen", dev(isoMs(after(t, -r.in(1, 600))))},
				{"ipAddress", netw(fmt.Sprintf("10.%d.%d.%d", r.in(64, 127), r.in(0, 255), r.in(2, 254)))},
			}},
		})
		_ = i
	}

	driverArr := arr{}
	for _, d := range drivers {
		addr := r.usAddress()
		attrs := arr{
			obj{{"name", plain("Medical Card Expiry").obf()}, {"stringValues", arr{plain(day(after(t, r.in(30, 700)*1440))).obf()}}},
		}
		if r.chance(0.6) {
			attrs = append(attrs, obj{{"name", plain("Medical Restriction").obf()}, {"stringValues", arr{hlth(r.pick("Corrective lenses", "Hearing aid", "CPAP compliance required", "Insulin-treated diabetes (ITDM)", "Waiver - monocular vision")).obf()}}})
		}
		if r.chance(0.5) {
			attrs = append(attrs, obj{{"name", plain("Shirt Size").obf()}, {"stringValues", arr{decoy(r.pick("L", "XL", "2XL")).obf()}}})
		}
		driverArr = append(driverArr, obj{
			{"id", plain(d.id)},
			{"name", cont(d.p.full())},
			{"username", cont(r.userName(d.p))},
			{"phone", cont(d.phone)},
			{"licenseNumber", cont(r.from(upperNum, 2) + r.digits(7))},
			{"licenseState", plain(addr.region)},
			{"eldSettings", obj{{"rulesets", arr{obj{
				{"cycle", plain("USA 70 hour / 8 day")},
				{"shift", plain("US Interstate Property")},
				{"restart", plain("34-hour Restart")},
				{"break", plain("Property (off-duty/sleeper)")},
			}}}}},
			{"eldExempt", decoy(false)},
			{"eldAdverseWeatherExemptionEnabled", decoy(r.chance(0.3))},
			{"timezone", plain("America/Denver")},
			{"locale", plain("us")},
			{"driverActivationStatus", plain("active")},
			{"homeTerminal", obj{{"name", plain(yard[0])}, {"address", plain(yard[1])}}},
			{"mailingAddress", cont(addr.usOneLine())},
			{"attributes", attrs},
			{"notes", r.orNull(0.3, driverNote(r, d.p))},
			{"tags", arr{tag}},
			{"createdAtTime", plain(isoMs(after(t, -r.in(100000, 900000))))},
		})
	}

	msgs := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		d := drivers[r.IntN(len(drivers))]
		var text leaf
		switch r.IntN(4) {
		case 0:
			text = prose(p(r.pick("Sugar's low, pulling into the Love's at exit 23 to eat", "Chest feels tight, stopping at urgent care in Glendive", "Back spasm again, need to take my muscle relaxer and rest 2 hrs"), healthC), p(". Will update."))
		case 1:
			text = prose(p("Consignee wants a call 30 min out: "), p(r.usLocal(), contactC), p(" ask for "), p(r.english().first, contactC))
		case 2:
			text = prose(p("Hotspot password on the tablet is wrong, is it "), p(r.psk(), credC), p("?"))
		default:
			text = prose(p("Loaded, 42,180 lbs on the scale ticket. Rolling."))
		}
		msgs = append(msgs, obj{
			{"driverId", plain(d.id)},
			{"sender", obj{{"type", plain(r.pick("driver", "dispatch"))}, {"name", cont(r.pick(d.p.full(), r.english().full()))}}},
			{"text", text},
			{"sentAtTime", plain(isoMs(after(t, -r.in(1, 3000))))},
			{"isRead", decoy(r.chance(0.5))},
		})
	}

	page := func(data arr) obj {
		return obj{{"data", data}, {"pagination", obj{{"endCursor", decoy(r.uuid())}, {"hasNextPage", plain(false)}}}}
	}

	return obj{
		{"integration", obj{
			{"name", plain("tms-samsara-sync")},
			{"version", decoy(r.semver())},
			{"samsaraToken", cred(r.samsaraToken())},
			{"orgId", plain(r.digits(5))},
			{"tmsDatabaseUrl", tag2(credC, netC, fmt.Sprintf("postgres://tms_sync:%s@tms-db01.%s.internal:5432/dispatch", r.password(), r.pick("hiline", "northplains", "bigsky")))},
			{"tmsHost", netw(tms.host(r.in(10, 40)))},
			{"lastRun", plain(iso(t))},
		}},
		{"/fleet/vehicles", page(vehicles)},
		{"/fleet/drivers", page(driverArr)},
		{"/fleet/vehicles/stats?types=gps,engineStates,fuelPercents,obdOdometerMeters", page(stats)},
		{"/gateways", page(gateways)},
		{"/v1/fleet/messages", obj{{"data", msgs}}},
		{"/webhooks", page(arr{obj{
			{"id", plain(r.digits(6))},
			{"name", plain("tms-events")},
			{"url", netw("https://" + tms.host(r.in(10, 40)) + ":8443/samsara/events")},
			{"secretKey", cred(r.b64(32))},
			{"version", decoy("2024-02-27")},
			{"eventTypes", arr{plain("VehicleCreated"), plain("DriverCreated"), plain("AlertIncident")}},
		}})},
	}
}

// tag2 labels a value with several categories.
func tag2(c1, c2 string, v any) leaf { return tag(v, c1, c2) }

// driverNote is a safety manager's note on a driver.
func driverNote(r *rng, d person) leaf {
	switch r.IntN(3) {
	case 0:
		return prose(p("DOT physical "+day(r.when())+": "), p(r.pick("BP 152/96, 3-month card", "sleep apnea, CPAP compliance report every 90 days", "A1c 7.9 on metformin, 1-year card"), healthC), p("."))
	case 1:
		return prose(p("Emergency contact "), p(r.english().full(), contactC), p(" "), p(r.usLocal(), contactC))
	}
	return prose(p("Completed winter driving refresher."))
}
