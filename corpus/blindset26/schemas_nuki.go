package blindset26

import (
	"encoding/base64"
	"fmt"
)

// rentalhostNuki: a Tyrolean holiday-apartment host's channel-manager
// connector keeps a cache of what it read from the Nuki Web API (the
// OAuth grant, the account, the smart locks with their config, advanced
// config and state, the authorisations with keypad codes for guests and
// cleaners, the account users, the activity log) and from the Nuki
// Bridge's local HTTP API (token, info with scan results, callbacks),
// beside the bookings it created codes for and the host's own notes.
func rentalhostNuki(r *rng) any {
	t := r.when()
	host := r.austrian()
	addr := r.atAddress()
	home := r.lan()
	accountID := r.in(100000, 999999)
	houseName := r.pick("Haus Alpenrose", "Appartements Bergkristall", "Chalet Edelweiß", "Landhaus Sonnblick", "Ferienhaus Zirbe")
	code := func() int {
		s := ""
		for len(s) < 6 {
			s += string("123456789"[r.IntN(9)])
		}
		var n int
		fmt.Sscan(s, &n)
		return n
	}

	// locks
	type lockInfo struct {
		id       int64
		name     string
		typ      int
		authUser int
	}
	var locks []lockInfo
	lockArr := arr{}
	units := r.pickSome(r.in(1, 2), "Top 1", "Top 2", "Top 3", "Dachgeschoss", "Garten-Appartement", "Skiraum")
	for _, u := range units {
		typ := r.pickInt(0, 4, 4, 5)
		id := int64(typ)<<32 | int64(r.in(0x10000000, 0x7fffffff))
		name := houseName + " " + u
		if r.chance(0.3) {
			name = u + " " + r.pick("Eingang", "Haustür", "Terrasse")
		}
		locks = append(locks, lockInfo{id, name, typ, r.in(1, 9)})
		fw := r.pickInt(0x030507, 0x040208, 0x030902, 0x040301)
		lockArr = append(lockArr, obj{
			{"smartlockId", dev(id)},
			{"accountId", plain(accountID)},
			{"type", dev(typ)},
			{"lmType", plain(0)},
			{"authId", plain(r.in(1, 20))},
			{"name", dev(name)},
			{"favorite", plain(r.chance(0.5))},
			{"config", obj{
				{"name", dev(name)},
				{"capabilities", plain(r.pickInt(0, 2))},
				{"autoUnlatch", plain(r.chance(0.4))},
				{"pairingEnabled", plain(false)},
				{"buttonEnabled", plain(true)},
				{"ledEnabled", plain(r.chance(0.7))},
				{"ledBrightness", plain(r.in(1, 5))},
				{"timezoneOffset", plain(0)},
				{"daylightSavingMode", plain(1)},
				{"fobPaired", plain(r.chance(0.3))},
				{"fobAction1", plain(1)},
				{"fobAction2", plain(2)},
				{"fobAction3", plain(0)},
				{"singleLock", plain(r.chance(0.5))},
				{"advertisingMode", plain(0)},
				{"keypadPaired", plain(true)},
				{"homekitState", plain(r.pickInt(0, 1, 2))},
				{"timezoneId", plain(37)},
				{"deviceType", dev(typ)},
				{"wifiEnabled", plain(typ >= 4)},
				{"operatingMode", plain(r.pickInt(0, 1))},
			}},
			{"advancedConfig", obj{
				{"totalDegrees", plain(r.pickInt(720, 900, 1080))},
				{"unlockedPositionOffsetDegrees", plain(r.pickInt(-90, 0, 90))},
				{"lockedPositionOffsetDegrees", plain(0)},
				{"singleLockedPositionOffsetDegrees", plain(-90)},
				{"unlockedToLockedTransitionOffsetDegrees", plain(0)},
				{"lngTimeout", plain(20)},
				{"singleButtonPressAction", plain(1)},
				{"doubleButtonPressAction", plain(4)},
				{"detachedCylinder", plain(false)},
				{"batteryType", plain(r.pickInt(0, 2))},
				{"autoLockTimeOut", plain(r.pickInt(30, 60, 120))},
				{"autoUnLockDisabled", plain(true)},
				{"nightModeEnabled", plain(r.chance(0.4))},
			}},
			{"state", obj{
				{"mode", plain(2)},
				{"state", plain(r.pickInt(1, 1, 3))},
				{"trigger", plain(r.IntN(3))},
				{"lastAction", plain(r.in(1, 5))},
				{"batteryCritical", plain(r.chance(0.1))},
				{"batteryCharging", plain(false)},
				{"batteryCharge", plain(r.in(8, 100))},
				{"keypadBatteryCritical", plain(r.chance(0.1))},
				{"doorsensorState", plain(r.pickInt(1, 2, 3))},
				{"nightMode", plain(false)},
			}},
			{"firmwareVersion", dev(fw)},
			{"hardwareVersion", dev(r.pickInt(1282, 1538, 2308))},
			{"serverState", plain(0)},
			{"adminPinState", plain(r.pickInt(0, 1))},
			{"virtualDevice", plain(false)},
			{"creationDate", plain(isoMs(after(t, -r.in(90000, 900000))))},
			{"updateDate", plain(isoMs(after(t, -r.in(10, 9000))))},
		})
	}

	// bookings and the people who get codes
	type guestInfo struct {
		p    person
		code int
	}
	var guests []guestInfo
	bookings := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		g := r.anyGuest()
		gc := code()
		guests = append(guests, guestInfo{g, gc})
		arrive := after(t, r.in(-4000, 20000))
		var phone string
		switch r.IntN(3) {
		case 0:
			phone = r.ukIntl()
		case 1:
			phone = r.deIntl()
		default:
			phone = r.usPhone()
		}
		var msg leaf
		switch r.IntN(4) {
		case 0:
			msg = prose(p("Hallo, we arrive around 22:00 by train, is the self check-in OK? My mobile is "), p(phone, contactC), p(". Thanks, "), p(g.first, contactC))
		case 1:
			msg = prose(p("Travelling with my father who uses a wheelchair after "), p(r.pick("a stroke", "his hip replacement", "a knee operation"), healthC), p(" - is there a step at the entrance?"))
		case 2:
			msg = prose(p("Can we bring our dog? We will be 2 adults."))
		default:
			msg = prose(p("Hi "), p(host.first, contactC), p(", the door code "), p(fmt.Sprint(gc), credC), p(" is not working, we are standing outside!"))
		}
		var country leaf = decoy(r.pick("GB", "DE", "US", "NL"))
		bookings = append(bookings, obj{
			{"id", plain(r.in(10000000, 99999999))},
			{"channel", plain(r.pick("Airbnb", "Booking.com", "Direkt", "Vrbo"))},
			{"confirmationCode", decoy("HM" + r.from(upperNum, 8))},
			{"apartment", plain(units[r.IntN(len(units))])},
			{"arrival", plain(day(arrive))},
			{"departure", plain(day(after(arrive, 1440*r.in(2, 9))))},
			{"guest", obj{
				{"firstName", cont(g.first)},
				{"lastName", cont(g.last)},
				{"email", cont(r.email(g))},
				{"phone", cont(phone)},
				{"country", country},
				{"adults", plain(r.in(1, 4))},
				{"children", plain(r.IntN(3))},
			}},
			{"keypadCode", cred(gc)},
			{"message", msg},
			{"price", plain(fmt.Sprintf("%d.00", r.in(180, 2400)))},
			{"currency", plain("EUR")},
		})
	}

	// authorisations
	auths := arr{}
	users := arr{}
	cleaner := r.female(r.austrian)
	for _, l := range locks {
		auths = append(auths, obj{
			{"id", plain(r.objectID())},
			{"smartlockId", dev(l.id)},
			{"authId", plain(1)},
			{"type", plain(0)},
			{"name", cont(host.full())},
			{"enabled", plain(true)},
			{"remoteAllowed", plain(true)},
			{"lockCount", plain(r.in(20, 3000))},
			{"lastActiveDate", plain(isoMs(after(t, -r.in(10, 6000))))},
			{"creationDate", plain(isoMs(after(t, -r.in(90000, 900000))))},
			{"updateDate", plain(isoMs(after(t, -r.in(100, 90000))))},
			{"accountUserId", plain(accountID)},
			{"code", nullDecoy()},
		})
		for _, g := range guests {
			if r.chance(0.5) {
				continue
			}
			auths = append(auths, obj{
				{"id", plain(r.objectID())},
				{"smartlockId", dev(l.id)},
				{"authId", plain(r.in(2, 60))},
				{"type", plain(13)},
				{"name", cont(r.pick("Gast ", "Guest ", "") + g.p.full())},
				{"enabled", plain(true)},
				{"remoteAllowed", plain(false)},
				{"lockCount", plain(r.IntN(40))},
				{"code", cred(g.code)},
				{"allowedFromDate", plain(isoMs(after(t, r.in(-3000, 3000))))},
				{"allowedUntilDate", plain(isoMs(after(t, r.in(4000, 16000))))},
				{"allowedWeekDays", plain(127)},
				{"creationDate", plain(isoMs(after(t, -r.in(100, 9000))))},
				{"updateDate", plain(isoMs(after(t, -r.in(10, 90))))},
			})
		}
		auths = append(auths, obj{
			{"id", plain(r.objectID())},
			{"smartlockId", dev(l.id)},
			{"authId", plain(r.in(2, 60))},
			{"type", plain(13)},
			{"name", cont("Reinigung " + cleaner.first)},
			{"enabled", plain(true)},
			{"remoteAllowed", plain(false)},
			{"lockCount", plain(r.in(10, 400))},
			{"code", cred(code())},
			{"allowedWeekDays", plain(r.pickInt(64, 96, 127))},
			{"allowedFromTime", plain(600)},
			{"allowedUntilTime", plain(900)},
			{"creationDate", plain(isoMs(after(t, -r.in(10000, 90000))))},
			{"updateDate", plain(isoMs(after(t, -r.in(100, 9000))))},
		})
	}
	users = append(users, obj{
		{"accountUserId", plain(accountID)},
		{"accountId", plain(accountID)},
		{"email", cont(r.email(host))},
		{"name", cont(host.full())},
		{"type", plain(0)},
		{"language", plain("de")},
		{"creationDate", plain(isoMs(after(t, -r.in(90000, 900000))))},
	})
	if r.chance(0.6) {
		partner := r.austrian()
		partner.last = host.last
		users = append(users, obj{
			{"accountUserId", plain(r.in(100000, 999999))},
			{"accountId", plain(accountID)},
			{"email", cont(r.email(partner))},
			{"name", cont(partner.full())},
			{"type", plain(1)},
			{"language", plain(r.pick("de", "en"))},
			{"creationDate", plain(isoMs(after(t, -r.in(9000, 90000))))},
		})
	}

	logs := arr{}
	for i := 0; i < r.in(2, 5); i++ {
		l := locks[r.IntN(len(locks))]
		who := cont(host.full())
		trig := 0
		if len(guests) > 0 && r.chance(0.6) {
			g := guests[r.IntN(len(guests))]
			who = cont(g.p.full())
			trig = 255
		}
		logs = append(logs, obj{
			{"id", plain(r.objectID())},
			{"smartlockId", dev(l.id)},
			{"deviceType", dev(l.typ)},
			{"accountUserId", plain(accountID)},
			{"authId", plain(r.objectID())},
			{"name", who},
			{"action", plain(r.pickInt(1, 2, 3))},
			{"trigger", plain(trig)},
			{"state", plain(0)},
			{"autoUnlock", plain(false)},
			{"date", plain(isoMs(after(t, -r.in(5, 4000))))},
			{"source", plain(r.pickInt(0, 1))},
		})
	}

	// bridge
	bridgeIP := home.host(r.in(20, 80))
	haIP := home.host(r.in(81, 120))
	scan := arr{}
	for _, l := range locks {
		scan = append(scan, obj{
			{"deviceType", dev(l.typ)},
			{"nukiId", dev(l.id & 0xffffffff)},
			{"name", dev(fmt.Sprintf("Nuki_%08X", l.id&0xffffffff))},
			{"rssi", plain(-r.in(45, 90))},
			{"paired", plain(true)},
		})
	}
	clientID := r.hex(32)
	secret := r.alnum(40)
	basic := base64.StdEncoding.EncodeToString([]byte(clientID + ":" + secret))

	var note leaf
	switch r.IntN(3) {
	case 0:
		note = prose(p("Bridge moved to the hallway, new IP "), p(bridgeIP, netC), p(". Wi-Fi for guests: "), p(r.ssid("Alpenrose"), netC), p(" / "), p(r.psk(), credC))
	case 1:
		note = prose(p("Batterie Top 2 getauscht. "), p(cleaner.first, contactC), p(" hat den Code "), p(fmt.Sprint(code()), credC), p(" für die Wäsche."))
	default:
		note = prose(p("Remember to renew the cleaning codes in April."))
	}

	return obj{
		{"connector", plain("pms-nuki-sync")},
		{"connectorVersion", decoy(r.semver())},
		{"fetchedAt", plain(iso(t))},
		{"property", obj{
			{"name", plain(houseName)},
			{"host", cont(host.full())},
			{"street", cont(addr.street)},
			{"zip", cont(addr.postcode)},
			{"city", cont(addr.town)},
			{"state", cont(addr.region)},
			{"country", decoy("AT")},
			{"phone", cont(r.atMobile())},
			{"wifi", obj{{"ssid", netw(r.ssid(host.last))}, {"password", cred(r.psk())}}},
		}},
		{"nukiWeb", obj{
			{"baseUrl", plain("https://api.nuki.io")},
			{"apiToken", cred(r.hex(64))},
			{"oauth", obj{
				{"client_id", decoy(clientID)},
				{"client_secret", cred(secret)},
				{"authorization", cred("Basic " + basic)},
				{"access_token", cred(r.jwt())},
				{"refresh_token", cred(r.b64url(48))},
				{"token_type", decoy("bearer")},
				{"expires_in", plain(3600)},
				{"scope", plain("account notification smartlock smartlock.readOnly smartlock.action smartlock.auth smartlock.log")},
			}},
			{"account", obj{
				{"accountId", plain(accountID)},
				{"type", plain(0)},
				{"email", cont(r.email(host))},
				{"name", cont(host.full())},
				{"language", plain("de")},
				{"emailVerified", decoy(true)},
				{"creationDate", plain(isoMs(after(t, -r.in(90000, 900000))))},
				{"updateDate", plain(isoMs(after(t, -r.in(10, 90000))))},
			}},
			{"smartlocks", lockArr},
			{"auths", auths},
			{"accountUsers", users},
			{"log", logs},
		}},
		{"bridge", obj{
			{"host", netw(bridgeIP)},
			{"port", netw(8080)},
			{"token", cred(r.nukiBridgeTok())},
			{"info", obj{
				{"bridgeType", dev(1)},
				{"ids", obj{{"hardwareId", dev(r.in(100000000, 999999999))}, {"serverId", dev(r.in(100000000, 999999999))}}},
				{"versions", obj{{"firmwareVersion", dev(r.pick("2.16.1", "2.15.0", "2.17.2"))}, {"wifiFirmwareVersion", dev(r.pick("2.4.0", "2.3.0"))}}},
				{"uptime", plain(r.in(1000, 9000000))},
				{"currentTime", plain(iso(t))},
				{"wlanConnected", plain(true)},
				{"serverConnected", plain(true)},
				{"scanResults", scan},
			}},
			{"callbacks", arr{obj{
				{"id", plain(0)},
				{"url", tag(fmt.Sprintf("http://%s:8123/api/webhook/nuki_%s", haIP, r.alnum(24)), credC, netC)},
			}}},
		}},
		{"bookings", bookings},
		{"hostNotes", note},
	}
}
