package blindset23

import "fmt"

// hvacEcobee: an HVAC contractor's service app stores a customer's ecobee
// API response (thermostat list with location, runtime, version, remote
// sensors with capability rows, settings and alerts) beside its own
// tokens and the technician's commissioning record.
func hvacEcobee(r *rng) any {
	t := r.when()
	owner := r.english()
	tech := r.english()
	addr := r.usAddress()
	if r.chance(0.3) {
		addr = r.ukAddress()
	}
	home := r.lan()
	tz := r.pick("America/Denver", "America/Chicago", "America/New_York")
	off := map[string]int{"America/Denver": -360, "America/Chicago": -300, "America/New_York": -240}[tz]
	if len(addr.region) != 2 {
		tz, off = "Europe/London", 60
	}
	homePhone := r.enPhone()
	rooms := r.Perm(6)
	n := r.in(1, 2)
	list := arr{}
	var firstMac string
	for i := 0; i < n; i++ {
		model := r.pick("nikeSmart", "athenaSmart", "apolloSmart", "aresSmart", "vulcanSmart")
		sensors := arr{}
		for j := 0; j < r.in(1, 2); j++ {
			sensors = append(sensors, obj{
				{"id", plain(fmt.Sprintf("rs:%d", 100+j))},
				{"name", dev([]string{"Nursery", "Bedroom", "Office", "Basement", "Grandma's Room", "Den"}[rooms[(2*i+j)%6]])},
				{"type", dev(r.pick("ecobee3_remote_sensor", "ecobee_smart_sensor"))},
				{"inUse", plain(r.chance(0.7))},
				{"capability", arr{
					obj{{"id", plain("1").obf()}, {"type", plain("temperature").obf()}, {"value", decoy(fmt.Sprintf("%d", r.in(640, 760))).obf()}},
					obj{{"id", plain("2").obf()}, {"type", plain("occupancy").obf()}, {"value", plain(fmt.Sprintf("%t", r.chance(0.5))).obf()}},
				}},
			})
		}
		alert := obj{
			{"acknowledgeRef", plain(r.hex(8) + "-" + r.digits(4))},
			{"date", plain(day(t))},
			{"severity", plain(r.pick("low", "medium", "high"))},
			{"text", prose(p(r.pick("Your furnace filter needs to be replaced.", "Low temperature alert: 52F.", "Auxiliary heat ran for more than 4 hours.")))},
			{"alertType", plain("alert")},
		}
		loc := obj{
			{"timeZoneOffsetMinutes", plain(off)},
			{"timeZone", plain(tz)},
			{"isDaylightSaving", plain(true)},
			{"streetAddress", cont(addr.street)},
			{"city", cont(addr.town)},
			{"provinceState", cont(addr.region)},
			{"country", decoy(map[bool]string{true: "USA", false: "GBR"}[len(addr.region) == 2])},
			{"postalCode", cont(addr.postcode)},
			{"phoneNumber", cont(homePhone)},
		}
		th := obj{
			{"identifier", dev("3" + r.digits(11))},
			{"name", dev(r.pick("Main Floor", "Upstairs", "Downstairs", "Home", "Cabin"))},
			{"thermostatRev", decoy(t.Format("060102150405"))},
			{"isRegistered", plain(true)},
			{"modelNumber", dev(model)},
			{"brand", dev("ecobee")},
			{"features", plain("Home,HomeKit")},
			{"lastModified", plain(t.Format("2006-01-02 15:04:05"))},
			{"thermostatTime", plain(after(t, 2).Format("2006-01-02 15:04:05"))},
			{"location", loc},
			{"runtime", obj{
				{"runtimeRev", decoy(t.Format("060102150405"))},
				{"connected", plain(true)},
				{"firstConnected", plain(after(t, -r.in(100000, 900000)).Format("2006-01-02 15:04:05"))},
				{"connectDateTime", dev(after(t, -r.in(10, 9000)).Format("2006-01-02 15:04:05"))},
				{"disconnectDateTime", dev(after(t, -r.in(9001, 20000)).Format("2006-01-02 15:04:05"))},
				{"actualTemperature", decoy(r.in(640, 760))},
				{"actualHumidity", decoy(r.in(28, 60))},
				{"desiredHeat", decoy(r.in(640, 720))},
				{"desiredCool", decoy(r.in(720, 790))},
			}},
			{"version", obj{{"thermostatFirmwareVersion", fwIP(r.ipShapedFw())}}},
			{"remoteSensors", sensors},
			{"settings", obj{
				{"hvacMode", plain(r.pick("auto", "heat", "cool"))},
				{"heatStages", plain(r.in(1, 2))},
				{"hasHumidifier", decoy(r.chance(0.4))},
				{"humidity", decoy(fmt.Sprintf("%d", r.in(30, 50)))},
				{"lastServiceDate", plain(day(after(t, -r.in(10000, 500000))))},
				{"serviceRemindTechnician", decoy(r.chance(0.5))},
				{"installerCodeRequired", decoy(r.chance(0.5))},
				{"userAccessCode", cred(r.digits(4))},
				{"userAccessSetting", plain(r.in(0, 3))},
			}},
			{"alerts", arr{alert}},
			{"equipmentStatus", plain(r.pick("heatPump,fan", "", "compCool1,fan", "auxHeat1"))},
		}
		list = append(list, th)
		if i == 0 {
			firstMac = r.mac(":", false)
		}
	}

	var note leaf
	switch r.IntN(3) {
	case 0:
		note = prose(p("Homeowner's "), p(r.pick("son has severe asthma", "wife is on a home oxygen concentrator", "father had a stroke and can't feel cold"), healthC), p(" - keep filter MERV 13, humidity 40-50%, never let the house drop below 65F."))
	case 1:
		note = prose(p("Mounted on old Honeywell plate. Customer "), p(owner.first, contactC), p(" wants sensor in the nursery."))
	default:
		note = prose(p("Installed, wired C-wire via PEK. Tested heat and cool."))
	}

	return obj{
		{"page", obj{{"page", plain(1)}, {"totalPages", plain(1)}, {"pageSize", plain(n)}, {"total", plain(n)}}},
		{"thermostatList", list},
		{"status", obj{{"code", plain(0)}, {"message", plain("")}}},
		{"contractor", obj{
			{"company", plain(r.pick("Comfort Pros Heating & Air", "Alder Mechanical", "Northwind HVAC"))},
			{"technician", cont(tech.full())},
			{"techPhone", cont(r.usLocal())},
			{"apiKey", cred(r.alnum(32))},
			{"access_token", cred(r.alnum(32))},
			{"refresh_token", cred(r.alnum(32))},
			{"token_type", decoy("Bearer")},
			{"scope", plain("smartWrite")},
			{"expires_in", plain(3599)},
		}},
		{"commissioning", obj{
			{"homeowner", cont(owner.full())},
			{"homeownerEmail", cont(r.email(owner))},
			{"wifiSsid", netw(r.ssid(owner.last))},
			{"wifiPassword", cred(r.psk())},
			{"thermostatIp", netw(home.host(r.in(20, 200)))},
			{"thermostatMac", macAddr(firstMac)},
			{"routerModel", dev(r.pick("Netgear Nighthawk R7000", "TP-Link Archer AX55", "eero 6+", "Xfinity XB7"))},
			{"routerAdmin", netw("http://" + home.gw())},
			{"visitDate", plain(day(t))},
			{"notes", note},
		}},
	}
}
