package testset

import (
	"fmt"
	"math/rand/v2"
	"strconv"
)

// nannycam-firebase: a baby-monitor vendor's Firebase Realtime Database
// export. Maps keyed by Firebase uids and push ids, camelCase keys, epoch
// milliseconds, a settings blob stored as a JSON string.
func genNannycam(r *rand.Rand) node {
	root := obj()
	users := obj()
	cams := obj()
	babies := obj()
	for range between(r, 1, 3) {
		p := newPerson(r, "world")
		uid := rs(r, alnumC, 28)
		u := obj()
		u.put("displayName", L(p.full(), ct))
		u.put("email", L(p.email, ct))
		switch r.IntN(3) {
		case 0:
			u.put("phoneNumber", L(p.phone, ct))
		case 1:
			u.put("phoneNumber", nul())
		}
		if chance(r, 0.5) {
			u.put("photoURL", L(photoURL(r), ct))
		}
		u.put("emailVerified", dec(chance(r, 0.7)))
		u.put("providerId", no(pick(r, []string{"password", "google.com", "apple.com"})))
		if chance(r, 0.6) {
			u.put("passwordHash", L(b64key(r, 64), cr))
		}
		u.put("createdAt", dec(epochMs(r)))
		u.put("lastLoginAt", dec(epochMs(r)))
		if chance(r, 0.5) {
			u.put("fcmTokenCount", dec(between(r, 1, 4)))
		}
		if chance(r, 0.4) {
			la := obj()
			if chance(r, 0.6) {
				la.put("alexa", obj().
					put("accessToken", L(atza(r), cr)).
					put("refreshToken", L(atzr(r), cr)).
					put("expiresAt", dec(epochMs(r))))
			}
			if len(la.keys) == 0 || chance(r, 0.5) {
				la.put("googleHome", obj().
					put("access_token", L(ya29(r), cr)).
					put("refresh_token", L(googleRefresh(r), cr)).
					put("token_type", dec("Bearer")).
					put("scope", no("https://www.googleapis.com/auth/homegraph")))
			}
			u.put("linkedAccounts", la)
		}
		mine := obj()
		for range between(r, 1, 2) {
			cid := pushID(r)
			mine.put(cid, no(true))
			cams.put(cid, nannyCamera(r, uid, p))
		}
		u.put("cameras", mine)
		if chance(r, 0.3) {
			u.put("subscription", obj().
				put("plan", dec(pick(r, []string{"Cloud Plus Monthly", "Lullaby Premium", "Free"}))).
				put("priceCents", dec(pick(r, []int{499, 999, 0}))).
				put("currency", dec(pick(r, []string{"USD", "EUR", "GBP"}))))
		}
		users.put(uid, u)
	}
	for range between(r, 1, 2) {
		b := obj()
		bf := pick(r, firstWorld)
		b.put("name", L(bf, ct))
		b.put("birthDate", L(dobBaby(r), ct))
		if chance(r, 0.8) {
			b.put("sex", gender(pick(r, []string{"female", "male", "girl", "boy"})))
		}
		if chance(r, 0.5) {
			w := fbetween(r, 3.1, 12)
			if chance(r, 0.5) {
				b.put("weightKg", L(num(w, 2), hl))
			} else {
				b.put("weightKg", L(fstr(w, 1), hl))
			}
		}
		sl := obj()
		for range between(r, 1, 4) {
			sl.put(pushID(r), obj().
				put("startedAt", dec(epochMs(r))).
				put("durationMin", L(between(r, 20, 300), hl)).
				put("wakeups", L(between(r, 0, 5), hl)).
				put("roomTempC", dec(num(fbetween(r, 17, 25), 1))).
				put("clipCount", dec(between(r, 0, 12))))
		}
		b.put("sleepLog", sl)
		babies.put(pushID(r), b)
	}
	root.put("users", users)
	root.put("cameras", cams)
	root.put("babies", babies)
	root.put("_meta", obj().
		put("exportedAt", dec(iso(r))).
		put("exporter", no("rtdb-export")).
		put("exporterVersion", dec(ipVersion(r))).
		put("projectId", no("lullaview-prod")).
		put("schemaVersion", dec(between(r, 3, 9))))
	return root
}

func dobBaby(r *rand.Rand) string {
	return fmt.Sprintf("%d-%02d-%02d", between(r, 2021, 2024), between(r, 1, 12), between(r, 1, 28))
}

func nannyCamera(r *rand.Rand, uid string, p person) node {
	c := obj()
	c.put("owner", dec(uid))
	c.put("nickname", L(pick(r, []string{"Nursery", p.first + "'s room", "Crib cam", "Playroom", "Baby Noah", "Upstairs"}), dv))
	c.put("model", L(pick(r, []string{"LullaView Pro 2K", "NestlingCam HD-200", "Peekaboo Mini", "Owlet Cam 2", "CribSight S3"}), dv))
	c.put("fwVersion", L(fwVersion(r), dv))
	c.put("serial", L(serial(r, pick(r, []string{"LV", "NC2", "PKB-"})), dv))
	c.put("mac", mac(macAddr(r)))
	c.put("lastSeen", L(epochMs(r), dv))
	c.put("online", no(chance(r, 0.6)))
	ip := fmt.Sprintf("192.168.%d.%d", pick(r, []int{0, 1, 178}), between(r, 2, 250))
	c.put("localIp", L(ip, nw))
	pw := passphrase(r)
	wifi := obj().put("ssid", L(ssid(r, p), nw))
	if chance(r, 0.7) {
		wifi.put("psk", L(pw, cr))
	}
	wifi.put("band", no(pick(r, []string{"2.4GHz", "5GHz"})))
	c.put("wifi", wifi)
	if chance(r, 0.4) {
		c.put("rtspUrl", L(fmt.Sprintf("rtsp://admin:%s@%s:554/live/ch0", rs(r, alnumC, 8), ip), cr, nw))
	}
	c.put("stream", obj().
		put("resolution", dec(pick(r, []string{"1920x1080", "2304x1296", "1280x720"}))).
		put("fps", dec(pick(r, []int{15, 20, 25}))).
		put("bitrateKbps", dec(between(r, 512, 4096))))
	if chance(r, 0.5) {
		sh := arr()
		for range between(r, 1, 2) {
			sh.add(L(newPerson(r, "world").email, ct))
		}
		c.put("sharedWith", sh)
	}
	s := obj().
		put("nightVision", no(pick(r, []string{"auto", "on", "off"}))).
		put("motionSensitivity", no(between(r, 1, 5))).
		put("cryAlert", no(chance(r, 0.5)))
	if chance(r, 0.4) {
		s.put("pairing", obj().put("ssid", L(ssid(r, p), nw)).put("pass", L(passphrase(r), cr)))
	}
	c.put("settingsJson", embed(s))
	c.put("firmwareUpdateAvailable", dec(chance(r, 0.3)))
	return c
}

// ebike-app: a connected e-bike app's account export (snake_case).
// Home coordinates are contact (they locate a person's home as exactly as
// a street address); ride summaries carry health (heart rate, calories).
func genEbike(r *rand.Rand) node {
	p := newPerson(r, pick(r, []string{"world", "nl", "se"}))
	a := newAddress(r, "world")
	root := obj()
	rider := obj().
		put("id", dec(uuid(r))).
		put("first_name", L(p.first, ct)).
		put("last_name", L(p.last, ct)).
		put("email", L(p.email, ct))
	if chance(r, 0.7) {
		rider.put("phone", L(p.phone, ct))
	}
	if chance(r, 0.5) {
		rider.put("date_of_birth", L(dob(r).Format("2006-01-02"), ct))
	}
	if chance(r, 0.6) {
		rider.put("weight_kg", L(between(r, 48, 120), hl))
	}
	if chance(r, 0.4) {
		rider.put("height_cm", L(strconv.Itoa(between(r, 150, 200)), hl))
	}
	rider.put("units", no(pick(r, []string{"metric", "imperial"})))
	rider.put("marketing_opt_in", dec(chance(r, 0.3)))
	if chance(r, 0.8) {
		home := obj().put("label", no("Home"))
		home.put("lat", L(num(fbetween(r, 45, 60), 6), ct))
		home.put("lon", L(num(fbetween(r, -5, 20), 6), ct))
		if chance(r, 0.5) {
			home.put("address", L(fmt.Sprintf("%s %s, %s %s", a.number, a.street, a.postcode, a.city), ct))
		}
		home.put("geofence_radius_m", dec(pick(r, []int{50, 100, 150})))
		rider.put("home", home)
	}
	if chance(r, 0.3) {
		root.putFlat("rider", rider)
	} else {
		root.put("rider", rider)
	}

	bikes := arr()
	for range between(r, 1, 2) {
		b := obj().
			put("bike_id", dec(uuid(r))).
			put("model", L(pick(r, []string{"Urbanista E7", "Cargo Duo 2", "Fjord Trekking+", "Commuter S5", "Trail Rex 29"}), dv)).
			put("frame_serial", L(serial(r, pick(r, []string{"WTU", "SE-", "FJ"})), dv)).
			put("nickname", L(pick(r, []string{"Blue Thunder", "Old Faithful", "the cargo beast", "Mimi", "Work bike"}), dv)).
			put("motor_fw", L(fwVersion(r), dv)).
			put("display_fw", L(fwVersion(r), dv)).
			put("battery_serial", L(serial(r, "BAT"), dv)).
			put("ble_mac", mac(macAddr(r))).
			put("last_seen_at", L(iso(r), dv)).
			put("odometer_km", dec(between(r, 12, 23000))).
			put("wheel_size_in", dec(pick(r, []int{20, 26, 27, 28, 29}))).
			put("battery_capacity_wh", dec(pick(r, []int{400, 500, 625, 750}))).
			put("color", no(pick(r, []string{"matte black", "sage", "cream", "red"})))
		if chance(r, 0.6) {
			b.put("lock_pin", L(pin(r, 4), cr))
		}
		if chance(r, 0.3) {
			b.put("stolen_report", nul())
		}
		bikes.add(b)
	}
	root.put("bikes", bikes)

	rides := arr()
	for range between(r, 1, 4) {
		rd := obj().
			put("ride_id", dec(between(r, 100000, 9999999))).
			put("started_at", dec(iso(r))).
			put("distance_km", dec(num(fbetween(r, 1, 60), 2))).
			put("duration_s", dec(between(r, 300, 10800))).
			put("assist_mode", no(pick(r, []string{"eco", "tour", "sport", "turbo"})))
		if chance(r, 0.6) {
			rd.put("avg_heart_rate", L(between(r, 90, 165), hl))
		}
		if chance(r, 0.7) {
			rd.put("kcal", L(between(r, 40, 1500), hl))
		}
		rides.add(rd)
	}
	root.put("rides", rides)

	root.put("auth", obj().
		put("access_token", L(jwt(r), cr)).
		put("refresh_token", L(rs(r, b64urlC, 64), cr)).
		put("token_type", dec("Bearer")).
		put("expires_in", dec(3600)))
	root.put("client", obj().
		put("app_version", L(appVersion(r), dv)).
		put("os", L(pick(r, phoneOS), dv)).
		put("device_model", L(pick(r, phones), dv)).
		put("locale", dec(pick(r, []string{"en-GB", "nl-NL", "sv-SE", "de-DE"}))))
	root.put("report", obj().
		put("kind", no("annual-ride-summary")).
		put("model_year", dec(between(r, 2022, 2025))).
		put("generated_by", no("stats-svc")).
		put("build", dec(ipVersion(r))))
	return root
}

// smartlock-accesslog: a smart-lock vendor's per-lock record from a .NET
// backend (PascalCase), with access codes and an event log.
func genSmartlock(r *rand.Rand) node {
	cult := pick(r, []string{"world", "nl", "se", "it"})
	p := newPerson(r, cult)
	a := newAddress(r, cult)
	root := obj()
	root.put("LockId", dec(uuid(r)))
	root.put("LockModel", L(pick(r, []string{"Sentra Deadbolt 3", "Keyla Smart Lock Pro", "Bolt&Co Retrofit 2", "DoorMate Ultra"}), dv))
	root.put("SerialNumber", L(serial(r, pick(r, []string{"SD3-", "KLP", "BC2"})), dv))
	root.put("FirmwareVersion", L(fwVersion(r), dv))
	root.put("HardwareRevision", L(pick(r, []string{"rev C", "B1", "2.0"}), dv))
	root.put("BleMac", mac(macAddr(r)))
	root.put("Name", L(pick(r, []string{"Front Door", "Back gate", "Garage side door", "Office"}), dv))
	root.put("LastSeen", L(iso(r), dv))
	if chance(r, 0.6) {
		root.put("Bridge", obj().
			put("Model", L(pick(r, []string{"Sentra Wi-Fi Bridge", "Keyla Connect"}), dv)).
			put("Mac", mac(macAddr(r))).
			put("Ip", L(privIP(r), nw)).
			put("Ssid", L(ssid(r, p), nw)).
			put("Rssi", dec(-between(r, 40, 85))))
	}
	owner := obj().
		put("FullName", L(p.full(), ct)).
		put("Email", L(p.email, ct)).
		put("Phone", L(p.phone, ct)).
		put("AccountCreated", dec(iso(r)))
	if chance(r, 0.4) {
		root.putFlat("Owner", owner)
	} else {
		root.put("Owner", owner)
	}
	addr := obj().
		put("Street", L(a.street+" "+a.number, ct)).
		put("PostalCode", L(a.postcode, ct)).
		put("City", L(a.city, ct)).
		put("CountryCode", dec(pick(r, []string{"GB", "NL", "SE", "IT", "US"})))
	root.put("Address", addr)
	root.put("MasterPin", L(pin(r, between(r, 6, 8)), cr))
	root.put("PinLength", dec(6))
	root.put("AutoLockSeconds", dec(pick(r, []int{30, 60, 120})))
	codes := arr()
	guests := []string{"Cleaner", "Dog walker", "Guest", "Airbnb", "Plumber", "Babysitter"}
	for range between(r, 1, 4) {
		c := obj().
			put("CodeId", dec(between(r, 1, 250))).
			put("Label", no(pick(r, guests))).
			put("Pin", L(pin(r, between(r, 4, 6)), cr)).
			put("Schedule", no(pick(r, []string{"Mon-Fri 09:00-12:00", "always", "Sat 10:00-14:00", "once"}))).
			put("Uses", dec(between(r, 0, 80)))
		if chance(r, 0.5) {
			c.put("Expires", dec(iso(r)))
		} else {
			c.put("Expires", dec(nil))
		}
		codes.add(c)
	}
	root.put("AccessCodes", codes)
	shares := arr()
	for range between(r, 0, 2) {
		q := newPerson(r, cult)
		shares.add(obj().put("Email", L(q.email, ct)).put("Role", no(pick(r, []string{"Admin", "User"}))).put("InvitedAt", dec(iso(r))))
	}
	if len(shares.items) > 0 {
		root.put("SharedWith", shares)
	}
	events := arr()
	for range between(r, 2, 6) {
		e := obj().
			put("Ts", dec(iso(r))).
			put("Action", no(pick(r, []string{"Unlock", "Lock", "Jammed", "AutoLock"}))).
			put("Method", no(pick(r, []string{"Keypad", "App", "Fingerprint", "Key", "AutoLock"})))
		switch r.IntN(3) {
		case 0:
			e.put("By", L(p.first, ct))
		case 1:
			e.put("By", no("code #"+strconv.Itoa(between(r, 1, 9))))
		}
		e.put("Result", no(pick(r, []string{"OK", "OK", "Denied"})))
		events.add(e)
	}
	root.put("Events", events)
	return root
}

// mesh-wifi-backup: a mesh Wi-Fi app's configuration backup (camelCase)
// with nodes, SSIDs, guest network, port forwards, the client list and an
// nvram dump as [name, value] pairs.
func genMesh(r *rand.Rand) node {
	p := newPerson(r, pick(r, []string{"world", "pl", "br", "it"}))
	root := obj()
	root.put("backupVersion", dec(between(r, 2, 5)))
	root.put("createdAt", dec(iso(r)))
	root.put("firmwareChannel", no(pick(r, []string{"stable", "beta"})))
	third := pick(r, []int{0, 1, 4, 68, 86})
	lan := func(h int) string { return fmt.Sprintf("192.168.%d.%d", third, h) }

	wan := obj().put("mode", no(pick(r, []string{"pppoe", "dhcp", "static"})))
	if chance(r, 0.5) {
		wan.put("pppoeUser", techUser(ascii(p.last)+strconv.Itoa(between(r, 100, 999))+"@"+pick(r, []string{"isp.example", "fibre.example.net"})))
		wan.put("pppoePassword", L(rs(r, alnumC, 10), cr))
	}
	wan.put("publicIp", L(pubIP(r), nw))
	wan.put("gateway", L(pubIP(r), nw))
	dns := arr(L(pick(r, []string{"192.0.2.53", "198.51.100.53", lan(1)}), nw))
	if chance(r, 0.6) {
		dns.add(L(pubIP(r), nw))
	}
	wan.put("dns", dns)
	wan.put("mtu", dec(pick(r, []int{1492, 1500})))
	net := obj().put("wan", wan)
	net.put("lan", obj().
		put("subnet", L(fmt.Sprintf("192.168.%d.0/24", third), nw)).
		put("routerIp", L(lan(1), nw)).
		put("dhcpStart", L(lan(100), nw)).
		put("dhcpEnd", L(lan(between(r, 150, 250)), nw)).
		put("leaseTimeMin", dec(pick(r, []int{60, 120, 1440}))).
		put("adminUrl", L("http://"+lan(1)+pick(r, []string{"/", "/admin", ":8080/login.html"}), nw)))
	wifi := arr()
	for _, band := range []string{"2.4GHz", "5GHz"} {
		w := obj().
			put("band", no(band)).
			put("ssid", L(ssid(r, p), nw)).
			put("passphrase", L(passphrase(r), cr)).
			put("security", no(pick(r, []string{"WPA2-PSK", "WPA2/WPA3", "WPA3-SAE"}))).
			put("channel", dec(pick(r, []int{1, 6, 11, 36, 44, 149}))).
			put("bssid", mac(macAddr(r))).
			put("hidden", dec(chance(r, 0.1)))
		wifi.add(w)
	}
	net.put("wifi", wifi)
	if chance(r, 0.7) {
		net.put("guest", obj().
			put("enabled", no(true)).
			put("ssid", L(ssid(r, p)+" Guest", nw)).
			put("password", L(passphrase(r), cr)).
			put("maxClients", dec(pick(r, []int{5, 10, 20}))).
			put("vlanId", L(pick(r, []int{10, 20, 99}), nw)))
	}
	if chance(r, 0.6) {
		pf := arr()
		for range between(r, 1, 3) {
			port := pick(r, []int{32400, 8123, 22, 443, 25565, 51820})
			pf.add(obj().
				put("name", no(pick(r, []string{"Plex", "Home Assistant", "ssh", "NAS", "minecraft", "wg"}))).
				put("externalPort", L(port, nw)).
				put("internalIp", L(lan(between(r, 2, 99)), nw)).
				put("internalPort", L(port, nw)).
				put("protocol", no(pick(r, []string{"TCP", "UDP", "TCP/UDP"}))))
		}
		net.put("portForwards", pf)
	}
	root.put("network", net)

	nodes := arr()
	for i := range between(r, 2, 4) {
		n := obj()
		role := "satellite"
		if i == 0 {
			role = "router"
		}
		n.put("role", L(role, dv))
		n.put("model", L(pick(r, []string{"Deco X55", "eero 6+", "Orbi RBS750", "Nest Wifi Pro", "AmpliFi Alien", "Velop MX4200"}), dv))
		n.put("serial", L(serial(r, ""), dv))
		n.put("mac", mac(macAddr(r)))
		n.put("fw", L(fwVersion(r), dv))
		n.put("hwVersion", L(pick(r, []string{"1.0", "2.0", "V3"}), dv))
		n.put("location", L(pick(r, []string{"Living room", "Upstairs hallway", "Office", "Garage", "Kids' room"}), dv))
		n.put("ip", L(lan(between(r, 2, 9)), nw))
		if i > 0 {
			n.put("backhaul", L(pick(r, []string{"wired", "wireless-5GHz", "powerline"}), nw))
		}
		n.put("uptimeSec", dec(between(r, 100, 3000000)))
		n.put("lastSeen", L(iso(r), dv))
		nodes.add(n)
	}
	root.put("nodes", nodes)

	clients := arr()
	for range between(r, 2, 6) {
		c := obj()
		kind := pick(r, []string{"phone", "laptop", "tv", "speaker", "camera", "console", "nas"})
		c.put("hostname", L(clientHostname(r, kind), nw))
		if chance(r, 0.5) {
			c.put("name", L(pick(r, []string{"Kitchen speaker", "Living room TV", "Work laptop", "Dad's phone", "Doorbell", "PS5"}), dv))
		}
		c.put("type", L(kind, dv))
		c.put("mac", mac(macAddr(r)))
		c.put("ip", L(lan(between(r, 100, 250)), nw))
		if chance(r, 0.3) {
			c.put("ipv6", L(ip6(r), nw))
		}
		c.put("vendor", L(pick(r, []string{"Apple, Inc.", "Samsung Electronics Co.,Ltd", "Espressif Inc.", "Sonos, Inc.", "Raspberry Pi Trading Ltd", "Intel Corporate", "Amazon Technologies Inc."}), dv))
		c.put("online", no(chance(r, 0.6)))
		c.put("rxBytes", dec(r.Int64N(1e11)))
		c.put("txBytes", dec(strconv.FormatInt(r.Int64N(1e10), 10)))
		clients.add(c)
	}
	root.put("clients", clients)

	if chance(r, 0.6) {
		root.put("nvram", pairs(
			"wl0_ssid", L(ssid(r, p), nw),
			"wl0_wpa_psk", L(passphrase(r), cr),
			"lan_ipaddr", L(lan(1), nw),
			"lan_netmask", L("255.255.255.0", nw),
			"http_passwd", L(rs(r, alnumC, 9), cr),
			"wan_hwaddr", mac(macAddr(r)),
			"time_zone", no("CET-1CEST,M3.5.0,M10.5.0/3"),
			"log_level", dec("3"),
			"buildno", L(fmt.Sprintf("3.0.0.4.%d_%d", between(r, 386, 388), between(r, 20000, 25000)), dv),
		))
	}
	root.put("owner", obj().
		put("email", L(p.email, ct)).
		put("cloudToken", L(pick(r, []string{jwt(r), rs(r, hexC, 40)}), cr)).
		put("twoFactorEnabled", dec(chance(r, 0.4))))
	root.put("app", obj().
		put("os", L(pick(r, phoneOS), dv)).
		put("appVersion", L(appVersion(r), dv)).
		put("exportFormat", dec(pick(r, []string{"2.1", "3.0"}))))
	return root
}

func clientHostname(r *rand.Rand, kind string) string {
	switch kind {
	case "phone":
		return pick(r, []string{"android-" + hexN(r, 16), "Galaxy-S23", "iPhone"})
	case "laptop":
		return pick(r, []string{"LAPTOP-" + rs(r, upperC+digitC, 7), "DESKTOP-" + rs(r, upperC+digitC, 7), "MacBook-Pro.local"})
	case "tv":
		return pick(r, []string{"LGwebOSTV", "Chromecast", "BRAVIA-4K-GB"})
	case "speaker":
		return pick(r, []string{"SonosZP", "echo-dot-" + hexN(r, 4)})
	case "camera":
		return "ipcam-" + hexN(r, 6)
	case "console":
		return pick(r, []string{"PS5-" + rs(r, digitC, 3), "XboxOne"})
	}
	return pick(r, []string{"nas-01", "diskstation", "truenas.lan"})
}

// vpn-accounts: a VPN provider's user table (snake_case) including stored
// WireGuard keys, assigned tunnel addresses and a rendered config file.
func genVPN(r *rand.Rand) node {
	root := obj()
	root.put("id", dec(between(r, 1000, 9999999)))
	acct := rs(r, digitC, 16)
	if chance(r, 0.5) {
		acct = acct[:4] + " " + acct[4:8] + " " + acct[8:12] + " " + acct[12:]
	}
	root.put("account_number", L(acct, cr))
	if chance(r, 0.6) {
		p := newPerson(r, pick(r, []string{"world", "pl", "se", "br"}))
		root.put("email", L(p.email, ct))
	} else {
		root.put("email", nul())
	}
	if chance(r, 0.5) {
		root.put("password_hash", L(argon2(r), cr))
	}
	if chance(r, 0.3) {
		root.put("totp_secret", L(totp(r), cr))
	}
	root.put("plan", dec(pick(r, []string{"1 month", "12 months", "Family 24m", "Trial"})))
	root.put("paid_until", dec(iso(r)))
	root.put("max_devices", dec(5))
	root.put("payment", obj().
		put("method", no(pick(r, []string{"card", "paypal", "cash", "monero"}))).
		put("amount", dec(fstr(fbetween(r, 3, 90), 2))).
		put("currency", dec(pick(r, []string{"EUR", "USD", "SEK"}))).
		put("last4", dec(pin(r, 4))))
	if chance(r, 0.7) {
		root.put("last_login_ip", L(pick(r, []string{pubIP(r), ip6(r)}), nw))
	}
	server := obj().
		put("hostname", L(fmt.Sprintf("%s-%s-wg-%03d", pick(r, []string{"se", "nl", "de", "ch"}), pick(r, []string{"got", "ams", "fra", "zrh"}), between(r, 1, 40)), nw)).
		put("ipv4", L(pubIP(r), nw)).
		put("port", L(51820, nw)).
		put("public_key", dec(b64key(r, 32))).
		put("wireguard_tools", dec("1.0.20210914")).
		put("kernel", dec(pick(r, []string{"6.1.0-18-amd64", "5.15.0-97-generic"})))
	root.put("server", server)
	devs := arr()
	var priv, addr string
	for i := range between(r, 1, 3) {
		d := obj()
		d.put("name", L(pick(r, []string{"tidy otter", "Pixel 7", "work laptop", "brave fox", "Steam Deck", "living-room-appletv"}), dv))
		d.put("pubkey", dec(b64key(r, 32)))
		k := b64key(r, 32)
		if chance(r, 0.7) {
			d.put("privkey", L(k, cr))
		}
		a := fmt.Sprintf("10.%d.%d.%d/32", pick(r, []int{64, 66, 99}), r.IntN(256), between(r, 2, 254))
		d.put("ipv4_address", L(a, nw))
		if chance(r, 0.5) {
			d.put("ipv6_address", L(fmt.Sprintf("fc00:bbbb:bbbb:bb01::%x:%x/128", r.IntN(0x10), r.IntN(0x10000)), nw))
		}
		if i == 0 {
			priv, addr = k, a
		}
		d.put("os", L(pick(r, append([]string{"Windows 11 23H2", "macOS 14.4", "Ubuntu 22.04"}, phoneOS...)), dv))
		d.put("app_version", L(fmt.Sprintf("%d.%d", between(r, 2022, 2024), between(r, 1, 12)), dv))
		d.put("created", dec(iso(r)))
		if chance(r, 0.3) {
			d.put("forwarded_ports", arr(L(between(r, 40000, 60000), nw)))
		}
		devs.add(d)
	}
	root.put("devices", devs)
	if chance(r, 0.5) {
		cfg := prose("[Interface]\nPrivateKey = ", L(priv, cr), "\nAddress = ", L(addr, nw),
			"\nDNS = ", L(fmt.Sprintf("10.%d.0.1", pick(r, []int{64, 66})), nw),
			"\n\n[Peer]\nPublicKey = ", dec(b64key(r, 32)),
			"\nAllowedIPs = 0.0.0.0/0, ::/0\nEndpoint = ", L(pubIP(r)+":51820", nw), "\n")
		root.put("wg_config", cfg)
	}
	root.put("created_at", dec(iso(r)))
	root.put("deleted_at", dec(nil))
	return root
}
