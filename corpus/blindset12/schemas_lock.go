package blindset12

import (
	"fmt"
	"strings"
)

// A smart deadbolt and video-doorbell maker's support-analytics query, as
// ClickHouse returns it with FORMAT JSON: a "meta" list of column names and
// types, one wide denormalised row per lock (named Tuple columns as
// objects, a Map(String, String) column for the Wi-Fi bridge whose values
// are all strings, Nested access-code and guest columns flattened into
// parallel arrays under dotted names, 64-bit integers quoted), then rows,
// rows_before_limit_at_least and statistics.

var (
	lockModels = []struct{ model, hw string }{
		{"Level Lock+ (Matter)", "LL-B2"}, {"August Wi-Fi Smart Lock (4th Gen)", "AUG-L4"}, {"Schlage Encode Plus", "BE499WB"},
		{"Yale Assure Lock 2 Touch", "YRD450-F"}, {"Eufy Smart Lock C220", "T8506"}, {"Lockly Vision Elite", "PGD798"},
		{"Kwikset Halo Touch", "959"}, {"Ultraloq U-Bolt Pro WiFi", "UB-WF"},
	}
	doorbells  = []string{"Ring Video Doorbell Pro 2", "Google Nest Doorbell (battery)", "Arlo Essential Video Doorbell", "Eufy Video Doorbell E340", "Wyze Video Doorbell v2", "Lockly Vision doorbell cam"}
	lockPlaces = []string{"Front Door", "Back Door", "Garage Entry", "Side Gate", "Basement Door", "Mudroom"}
	codeRoles  = []string{"Cleaner", "Dog walker", "Contractor", "Airbnb guest", "Babysitter", "Pool service", "Nanny"}
)

func lockClickhouse(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	street, city, st, zip := r.usAddr()
	lan := r.lanPrefix()
	lm := lockModels[r.IntN(len(lockModels))]
	place := r.pick(lockPlaces...)
	fw := dev(fmt.Sprintf("%d.%d.%d", r.in(1, 4), r.in(0, 30), r.in(0, 99)))
	if r.chance(0.4) {
		fw = fwIP(r.ipVer())
	}
	seen := r.when(2024, 2024)

	// Nested access codes: parallel arrays.
	nc := r.in(1, 4)
	var cName, cPin, cSched, cUses arr
	for k := 0; k < nc; k++ {
		if r.chance(0.5) {
			cName = append(cName, cont(r.usFirst()+" ("+strings.ToLower(r.pick(codeRoles...))+")"))
		} else {
			cName = append(cName, plain(r.pick(codeRoles...)))
		}
		cPin = append(cPin, cred(r.digits(r.in(4, 8))))
		cSched = append(cSched, plain(r.pick("always", "weekdays 09:00-17:00", "one-time", "Tue,Thu 14:00-16:00", "expires "+r.day(2024, 2025))))
		cUses = append(cUses, decoy(fmt.Sprint(r.in(0, 400))))
	}
	ng := r.in(0, 3)
	gMail, gRole := arr{}, arr{}
	for k := 0; k < ng; k++ {
		gMail = append(gMail, cont(r.mail(ascii(r.usFirst())+"."+ascii(last))))
		gRole = append(gRole, plain(r.pick("guest", "admin", "owner")))
	}

	bridgeIP := fmt.Sprintf("%s.%d", lan, r.in(2, 250))
	bridge := obj{
		{"ssid", netw(r.pick("The"+last+"s", last+"-Home", "NETGEAR"+r.digits(2)+"-5G", "Verizon_"+r.upper(6), "MyCasa", "ORBI"+r.digits(2)))},
		{"bssid", macAddr(r.mac(":", false))},
		{"rssi", plain(fmt.Sprint(-r.in(40, 85)))},
		{"channel", plain(fmt.Sprint(r.pick("1", "6", "11", "36", "149")))},
		{"ip", netw(bridgeIP)},
		{"gateway", netw(lan + ".1")},
		{"dns", netw(r.pick(lan+".1", "1.1.1.1", "8.8.8.8"))},
		{"mac", macAddr(r.mac(":", true))},
		{"fw", fwIP(r.ipVer())},
		{"uptime_s", decoy(fmt.Sprint(r.in(100, 3000000)))},
	}
	if r.chance(0.5) {
		bridge = append(bridge, field{"wan_ip", netw(r.wanIP())})
	}

	var bell any = nullDecoy()
	if r.chance(0.6) {
		bip := fmt.Sprintf("%s.%d", lan, r.in(2, 250))
		bell = obj{
			{"model", dev(r.pick(doorbells...))},
			{"serial", dev(r.upper(4) + r.digits(8))},
			{"firmware", dev(r.ver())},
			{"rtsp", multi(fmt.Sprintf("rtsp://admin:%s@%s:554/live/ch0", r.alnum(8), bip), credC, netC)},
			{"snapshot_height", decoy(r.pick("1080", "1536", "720"))},
			{"motion_zones", decoy(r.in(0, 6))},
		}
	}

	var events arr
	for k := 0; k < r.in(2, 5); k++ {
		actor := plain(r.pick("Auto-Lock", "Keypad: "+r.pick(codeRoles...), "Manual", "Auto-Unlock (geofence)"))
		if r.chance(0.4) {
			actor = cont("App: " + first + " " + last)
		}
		events = append(events, obj{
			{"ts", plain(r.when(2024, 2024).Format("2006-01-02 15:04:05"))},
			{"kind", plain(r.pick("unlock", "lock", "jammed", "low_battery", "door_ajar"))},
			{"actor", actor},
		})
	}

	var ticket leaf
	switch r.IntN(6) {
	case 0:
		ticket = prose(p("Hi, I have "), p(r.pick("MS", "rheumatoid arthritis in both hands", "Parkinson's", "a broken wrist in a cast"), healthC), p(" and can't turn the thumbturn. Need auto-unlock working. - "), p(first, contactC))
	case 1:
		ticket = prose(p("Changed my router, new wifi is "), p(bridge[0].val.(leaf).val.(string), netC), p(" pw "), p(r.alnum(10), credC), p(", bridge won't rejoin. Call "), p(r.us555(), contactC))
	case 2:
		ticket = prose(p("Lock shows offline, bridge at "), p(bridgeIP, netC), p(" pings fine. Firmware "+r.ver()+" maybe?"))
	case 3:
		ticket = prose(p("Please remove "), p(r.mail(ascii(r.usFirst())), contactC), p(" from my lock, we divorced."))
	case 4:
		ticket = prose(p("Battery drains in 2 weeks. Door is "), p(place), p(", gets full sun."))
	default:
		ticket = nullDecoy()
	}

	row := obj{
		{"event_date", plain(seen.Format("2006-01-02"))},
		{"lock_id", decoy(r.digits(18))},
		{"lock_serial", dev(lm.hw + "-" + r.upper(10))},
		{"lock", obj{
			{"model", dev(lm.model)},
			{"hw_rev", dev(lm.hw)},
			{"fw", fw},
			{"nickname", dev(r.pick(first+"'s "+place, place, "Casa "+place, last+" "+place))},
			{"ble_mac", macAddr(r.mac(":", true))},
			{"battery_pct", decoy(r.in(3, 100))},
			{"last_seen", dev(seen.Format("2006-01-02 15:04:05"))},
			{"door_sense", plain(r.chance(0.6))},
			{"fw_update_available", decoy(r.chance(0.3))},
			{"pin_min_length", decoy(r.pick4(4, 6))},
		}},
		{"owner", obj{
			{"user_id", decoy(r.digits(12))},
			{"full_name", cont(first + " " + last)},
			{"email", cont(r.mail(ascii(first) + "." + ascii(last)))},
			{"phone", cont("+1" + strings.NewReplacer("(", "", ")", "", " ", "", "-", "").Replace(r.us555()))},
			{"email_verified", decoy(r.chance(0.9))},
			{"locale", plain(r.pick("en_US", "es_US", "en_CA"))},
			{"signup", plain(r.when(2021, 2023).Format("2006-01-02 15:04:05"))},
		}},
		{"home", obj{
			{"line1", cont(street)},
			{"city", cont(city)},
			{"state", cont(st)},
			{"zip", cont(zip)},
			{"tz", plain(r.pick("America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles"))},
		}},
		{"bridge", bridge},
		{"codes.name", cName},
		{"codes.pin", cPin},
		{"codes.schedule", cSched},
		{"codes.uses", cUses},
		{"guests.email", gMail},
		{"guests.role", gRole},
		{"doorbell", bell},
		{"app", obj{
			{"version", dev(fmt.Sprintf("%d.%d.%d", r.in(10, 14), r.in(0, 60), r.in(0, 9)))},
			{"os", dev(r.osVer())},
			{"device", dev(r.phoneModel())},
			{"push_token", cred(r.fcm())},
			{"session_count", decoy(fmt.Sprint(r.in(1, 900)))},
		}},
		{"order", obj{
			{"order_no", decoy(r.digits(3) + "-" + r.digits(7) + "-" + r.digits(7))},
			{"sku", decoy(lm.hw + "-" + r.pick("BLK", "SN", "BRZ"))},
			{"ship_weight_lb", decoy(r.f1(2, 6))},
		}},
		{"recent_events", events},
		{"last_ticket", ticket},
	}
	meta := arr{}
	types := map[string]string{"event_date": "Date", "lock_id": "UInt64", "lock_serial": "String", "lock": "Tuple(model String, hw_rev String, fw String, nickname String, ble_mac String, battery_pct UInt8, last_seen DateTime, door_sense Bool, fw_update_available Bool, pin_min_length UInt8)",
		"owner": "Tuple(user_id UInt64, full_name String, email String, phone String, email_verified Bool, locale LowCardinality(String), signup DateTime)",
		"home":  "Tuple(line1 String, city String, state LowCardinality(String), zip String, tz String)", "bridge": "Map(String, String)",
		"doorbell": "Nullable(JSON)", "app": "Tuple(version String, os String, device String, push_token String, session_count UInt64)",
		"order": "Tuple(order_no String, sku String, ship_weight_lb Float32)", "recent_events": "Array(Tuple(ts DateTime, kind Enum8, actor String))", "last_ticket": "Nullable(String)"}
	for _, f := range row {
		ty, ok := types[f.key]
		if !ok {
			ty = "Array(String)"
		}
		meta = append(meta, obj{{"name", plain(f.key)}, {"type", plain(ty)}})
	}
	return obj{
		{"meta", meta},
		{"data", arr{row}},
		{"rows", plain(1)},
		{"rows_before_limit_at_least", decoy(r.in(1, 40))},
		{"statistics", obj{
			{"elapsed", plain(r.f2(0, 1) / 10)},
			{"rows_read", decoy(r.in(1000, 9000000))},
			{"bytes_read", decoy(r.in(100000, 900000000))},
		}},
	}
}
