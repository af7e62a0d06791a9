package finalset

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// robovac-cloud: a robot-vacuum maker's cloud account export.
func genRobovac(r *rand.Rand) *node {
	p := personOf(r, "de", "pt", "fr", "zh", "en")
	brand := pick(r, "tidybot", "nimbo", "dustpilot")
	acct := obj().
		add("uid", str("u_"+rs(r, lowAl, 20), lDecoy)).
		add("email", str(email(r, p), lContact)).
		add("nickname", str(username(r, p), lContact)).
		add("region", str(pick(r, "eu", "us", "cn", "sg"), lDecoy)).
		add("lang", str(pick(r, "de", "pt", "fr", "zh-CN", "en"), lDecoy)).
		add("created_at", intv(when(r).Unix(), lDecoy)).
		add("email_verified", boolv(chance(r, 0.8), lDecoy))
	acct.opt(chance(r, 0.5), "phone", func() *node { return str(phoneOf(r, p), lContact) })
	acct.opt(chance(r, 0.4), "avatar", func() *node {
		return str("https://cdn."+brand+".example/avatar/"+rs(r, hexLow, 24)+".jpg", lContact)
	})
	acct.opt(!acct.has("phone") && chance(r, 0.4), "phone", func() *node { return null(lDecoy) })
	root := obj().add("api_version", str(dottedVersion(r), lDecoy)).add("account", acct)
	if chance(r, 0.8) {
		root.add("auth", obj().
			add("access_token", str(pick(r, jwt(r, acct.kids[0].raw[1:11]), rs(r, b64u, 64)), lCred)).
			add("refresh_token", str(rs(r, b64u, 86), lCred)).
			add("token_type", str("Bearer", lDecoy)).
			add("expires_in", intv(int64(pick(r, 7200, 86400, 2592000)), lDecoy)))
	}
	devs := arr()
	nd := between(r, 1, 3)
	lan := lanPrefix(r)
	homeSSID := ssid(r)
	for i := 0; i < nd; i++ {
		d := obj().
			add("did", str(pick(r, rs(r, digits, 9), brand+"."+rs(r, lowAl, 12)), lDev)).
			add("sn", str(serial(r, pick(r, "R17", "NB2", "DP4"), 11), lDev)).
			add("model", str(brand+".vacuum."+pick(r, "q5pro", "s8maxv", "x40", "a11", "m7"), lDev)).
			add("name", str(pick(r, "Robbie", "Staubi", "Downstairs vac", "Aspirador sala", "Robi 2.OG", "Dusty", "Mr. Clean", "Robô do Tiago"), lDev)).
			add("fw_ver", str(fmt.Sprintf("%d.%d.%d_%04d", between(r, 1, 4), r.IntN(10), r.IntN(20), r.IntN(3000)), lDev))
		d.opt(chance(r, 0.6), "mcu_ver", func() *node { return str(dottedVersion(r), lDev) })
		d.add("mac", str(mac(r), lMAC))
		d.add("localip", str(fmt.Sprintf("%s.%d", lan, between(r, 20, 240)), lNet))
		d.opt(chance(r, 0.7), "ssid", func() *node { return str(homeSSID, lNet) })
		d.opt(chance(r, 0.25), "wifi_pwd", func() *node { return str(passphrase(r), lCred) })
		d.opt(chance(r, 0.5), "local_key", func() *node { return str(rs(r, alnum, 16), lCred) })
		d.add("rssi", intv(int64(-between(r, 35, 85)), lNone))
		d.add("online", boolv(chance(r, 0.7), lDecoy))
		d.add("last_online", str(iso(when(r)), lDev))
		d.add("activated_at", str(iso(when(r)), lDecoy))
		d.add("timezone", str(pick(r, "Europe/Berlin", "Europe/Lisbon", "Asia/Shanghai", "Europe/Paris", "America/Chicago"), lDecoy))
		d.add("firmware_update_available", boolv(chance(r, 0.3), lDecoy))
		if chance(r, 0.8) {
			rooms := arr()
			for j, nm := range pickRooms(r) {
				rooms.push(obj().
					add("id", intv(int64(16+j), lDecoy)).
					add("name", str(nm, lDecoy)).
					add("area_m2", flt(fbetween(r, 3, 35), 1, lNone)))
			}
			d.add("map", obj().
				add("map_id", intv(int64(between(r, 1000000, 9999999)), lDecoy)).
				add("width_px", intv(int64(pick(r, 800, 1024, 1200)), lDecoy)).
				add("height_px", intv(int64(pick(r, 600, 768, 900, 1024)), lDecoy)).
				add("resolution_mm", intv(50, lDecoy)).
				add("dock", obj().add("x", intv(int64(between(r, 20000, 30000)), lNone)).add("y", intv(int64(between(r, 20000, 30000)), lNone))).
				add("rooms", rooms))
		}
		d.add("clean_summary", obj().
			add("total_area_m2", intv(int64(between(r, 10, 9000)), lNone)).
			add("total_time_s", intv(int64(between(r, 600, 900000)), lNone)).
			add("count", intv(int64(between(r, 1, 900)), lDecoy)).
			add("dust_collection_count", intv(int64(r.IntN(200)), lDecoy)))
		d.opt(chance(r, 0.5), "consumables", func() *node {
			return obj().add("main_brush_work_time", intv(int64(r.IntN(300000)), lNone)).
				add("filter_work_time", intv(int64(r.IntN(150000)), lNone)).
				add("sensor_dirty_time", intv(int64(r.IntN(40000)), lNone))
		})
		devs.push(d)
	}
	root.add("devices", devs)
	if chance(r, 0.5) {
		root.add("orders", arr(obj().
			add("order_no", str(ticket(r, "SO-"), lDecoy)).
			add("sku", str(sku(r), lDecoy)).
			add("product", str(pick(r, "Tidybot Q5 Pro", "Nimbo X40 Ultra", "DustPilot M7")+pick(r, " Bundle", " Refurb", ""), lDecoy)).
			add("price", str(price(r, 199, 1299), lDecoy)).
			add("currency", str(pick(r, "EUR", "USD", "CNY", "GBP"), lDecoy)).
			add("shipping_weight_kg", flt(fbetween(r, 4, 14), 1, lDecoy))))
	}
	if chance(r, 0.4) {
		root.add("share", arr(obj().
			add("invitee", str(email(r, personOf(r)), lContact)).
			add("role", str(pick(r, "member", "guest"), lDecoy)).
			add("accepted", boolv(chance(r, 0.5), lDecoy))))
	}
	return root
}

func pickRooms(r *rand.Rand) []string {
	all := pick(r,
		[]string{"Kitchen", "Living room", "Hallway", "Bedroom", "Bathroom", "Office"},
		[]string{"Küche", "Wohnzimmer", "Flur", "Schlafzimmer", "Kinderzimmer", "Bad"},
		[]string{"Cozinha", "Sala", "Corredor", "Quarto", "Escritório"},
		[]string{"Cuisine", "Salon", "Entrée", "Chambre 1", "Chambre 2"},
		[]string{"Room1", "Room2", "Room3", "Room4"})
	n := between(r, 2, len(all))
	return all[:n]
}

// pet-tracker: a GPS-collar app's account export.
func genPetTracker(r *rand.Rand) *node {
	p := personOf(r, "en", "us", "de", "no", "es")
	user := obj().
		add("id", intv(int64(between(r, 100000, 9999999)), lDecoy)).
		add("first_name", str(p.first, lContact)).
		add("last_name", str(p.last, lContact)).
		add("email", str(email(r, p), lContact)).
		add("locale", str(pick(r, "en-GB", "en-US", "de-DE", "nb-NO", "es-ES"), lDecoy)).
		add("units", str(pick(r, "metric", "imperial"), lDecoy))
	user.opt(chance(r, 0.7), "phone", func() *node { return str(phoneOf(r, p), lContact) })
	user.opt(chance(r, 0.3), "photo_url", func() *node {
		return str("https://img.pawtrail.example/u/"+rs(r, digits, 7)+"/profile.png", lContact)
	})
	root := obj().add("user", user)
	sess := obj().add("sid", str(rs(r, hexLow, 40), lCred)).
		add("expires", str(iso(when(r)), lDecoy))
	sess.opt(chance(r, 0.6), "push_token", func() *node { return str(fcmToken(r), lCred) })
	sess.opt(chance(r, 0.5), "app_version", func() *node { return str(semver(r)+" ("+rs(r, digits, 4)+")", lDev) })
	sess.opt(chance(r, 0.5), "os", func() *node { return str(phoneOS(r), lDev) })
	root.add("session", sess)
	pets := arr()
	homeSSID := ssid(r)
	for i := 0; i < between(r, 1, 2); i++ {
		pn := pick(r, "Bella", "Luna", "Milo", "Rex", "Nala", "Bolt", "Kira", "Tobi", "Pipoca", "Simba")
		pet := obj().
			add("pet_id", str(uuid(r), lDecoy)).
			add("name", str(pn, lDecoy)).
			add("species", str(pick(r, "dog", "cat"), lNone)).
			add("breed", str(pick(r, "Labrador Retriever", "Border Collie", "mixed", "Maine Coon", "Dackel", "Podenco"), lNone)).
			add("weight_kg", flt(fbetween(r, 3, 38), 1, lDecoy)).
			add("neutered", boolv(chance(r, 0.6), lDecoy))
		pet.opt(chance(r, 0.3), "allergies", func() *node { return str(pick(r, "chicken", "grain", "flea saliva"), lDecoy) })
		trk := obj().
			add("imei", str(imei(r), lDev)).
			add("serial", str(serial(r, "PT3-", 8), lDev)).
			add("model", str(pick(r, "PawTrail GPS 3", "PawTrail Mini", "CollarCat LTE"), lDev)).
			add("hw_rev", str(pick(r, "C2", "D1", "rev5"), lDev)).
			add("fw", str(semver(r), lDev)).
			add("nickname", str(pn+pick(r, "'s collar", " tracker", "-GPS"), lDev)).
			add("battery_pct", intv(int64(r.IntN(101)), lNone)).
			add("last_seen", intv(when(r).UnixMilli(), lDev))
		trk.opt(chance(r, 0.6), "iccid", func() *node { return str(iccid(r), lDev) })
		trk.add("subscription", obj().
			add("plan", str(pick(r, "Premium 12m", "Basic monthly", "Family 24m"), lDecoy)).
			add("price", str(price(r, 3, 120), lDecoy)).
			add("renews_at", str(day(when(r)), lDecoy)))
		pet.add("tracker", trk)
		zones := arr(obj().
			add("name", str(pick(r, "Home", "Zuhause", "Garden", "Hjemme", "Casa"), lDecoy)).
			add("center", obj().add("lat", flt(fbetween(r, 38, 60), 5, lNone)).add("lon", flt(fbetween(r, -9, 15), 5, lNone))).
			add("radius_m", intv(int64(pick(r, 50, 80, 120, 200)), lDecoy)).
			add("wifi_ssid", str(homeSSID, lNet)))
		if chance(r, 0.6) {
			zones.kids[0].add("wifi_bssid", str(macColon(r), lMAC))
		}
		pet.add("safe_zones", zones)
		if chance(r, 0.7) {
			track := arr()
			for j := 0; j < between(r, 1, 4); j++ {
				track.push(obj().
					add("t", intv(when(r).Unix(), lDecoy)).
					add("lat", flt(fbetween(r, 38, 60), 5, lNone)).
					add("lon", flt(fbetween(r, -9, 15), 5, lNone)).
					add("acc_m", intv(int64(between(r, 3, 60)), lDecoy)).
					add("src", str(pick(r, "gps", "wifi", "cell"), lDecoy)))
			}
			pet.add("track", track)
		}
		if chance(r, 0.5) {
			v := personOf(r, "en", "de", "no", "es")
			pet.add("vet", obj().
				add("clinic", str(pick(r, "Tierarztpraxis Am Park", "Riverside Vets", "Clínica Veterinaria Sol", "Dyreklinikken Nord"), lNone)).
				add("vet_name", str("Dr. "+v.western(), lContact)).
				add("phone", str(phoneOf(r, v), lContact)))
		}
		pets.push(pet)
	}
	root.add("pets", pets)
	if chance(r, 0.5) {
		sw := arr()
		for j := 0; j < between(r, 1, 3); j++ {
			sw.push(obj().
				add("email", str(email(r, personOf(r)), lContact)).
				add("role", str(pick(r, "viewer", "admin"), lDecoy)).
				add("accepted", boolv(chance(r, 0.5), lDecoy)))
		}
		root.add("shared_with", sw)
	}
	return root
}

// smarttv-telemetry: a smart-TV platform's event log, one array per upload.
func genSmartTV(r *rand.Rand) *node {
	duid := strings.ToUpper("VX" + rs(r, lowAl, 12))
	model := pick(r, "VX55Q8-EU", "VX43U6", "OLED65-Z2", "VX32HD-S")
	fw := fmt.Sprintf("T-%sC-%d.%d", strings.ReplaceAll(model, "-", ""), between(r, 1000, 1600), r.IntN(10))
	osv := "VistaOS " + fmt.Sprintf("%d.%d", between(r, 4, 7), r.IntN(10))
	lanIP := fmt.Sprintf("%s.%d", lanPrefix(r), between(r, 2, 250))
	wan := pubIP(r)
	mc := mac(r)
	var acctMail string
	if chance(r, 0.5) {
		acctMail = email(r, personOf(r))
	}
	friendly := pick(r, "Living Room TV", "Schlafzimmer", "Sala de estar", "Kids room TV", "[TV] Quarto", "Bedroom 55\"")
	evs := arr()
	n := between(r, 2, 5)
	seq := between(r, 1, 50000)
	for i := 0; i < n; i++ {
		t := when(r)
		ev := obj().
			add("ev", str(pick(r, "app_launch", "playback_start", "playback_error", "heartbeat", "power_on", "settings_change"), lDecoy)).
			add("ts", intv(t.UnixMilli(), lDecoy)).
			add("seq", intv(int64(seq+i), lDecoy))
		dev := obj().add("duid", str(duid, lDev))
		if i == 0 || chance(r, 0.3) {
			dev.add("model", str(model, lDev)).add("fw", str(fw, lDev)).add("os", str(osv, lDev))
			dev.opt(chance(r, 0.8), "mac", func() *node { return str(mc, lMAC) })
			dev.add("ip", str(lanIP, lNet))
			dev.opt(chance(r, 0.6), "wan_ip", func() *node { return str(pick(r, wan, ip6(r)), lNet) })
			dev.opt(chance(r, 0.3), "ssid", func() *node { return str(ssid(r), lNet) })
			dev.opt(chance(r, 0.5), "friendly_name", func() *node { return str(friendly, lDev) })
			dev.opt(chance(r, 0.5), "adid", func() *node { return str(uuid(r), lDev) })
			dev.add("resolution", str(pick(r, "3840x2160", "1920x1080", "1366x768"), lDecoy))
			dev.opt(chance(r, 0.3), "ua", func() *node {
				return str(fmt.Sprintf("Mozilla/5.0 (Linux; %s; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0 TV Safari/537.36", osv, model, between(r, 90, 120)), lDev)
			})
		}
		ev.add("dev", dev)
		appName := pick(r, "StreamFlix", "TubeNow", "KinoPlus", "RadioWave", "Sportzone")
		ev.add("app", obj().
			add("id", str("com.example."+strings.ToLower(appName), lNone)).
			add("name", str(appName, lDecoy)).
			add("ver", str(semver(r), lDev)))
		if acctMail != "" && chance(r, 0.5) {
			ev.add("user", obj().
				add("profile", str(pick(r, "Kids", "Main", "Gast", "Profile 2"), lDecoy)).
				add("account_email", str(acctMail, lContact)).
				add("session", str(rs(r, hexLow, 32), lCred)))
		}
		pl := obj()
		switch ev.kids[0].raw {
		case `"playback_start"`, `"playback_error"`:
			pl.add("content_id", str(rs(r, digits, 9), lDecoy)).
				add("title", str(pick(r, "Nordlicht S02E05", "Cooking with Ama", "Late Night Live", "Der Fall Krüger"), lNone)).
				add("bitrate_kbps", intv(int64(pick(r, 2500, 4800, 8000, 15600)), lDecoy)).
				add("buffer_ms", intv(int64(r.IntN(4000)), lDecoy))
			if ev.kids[0].raw == `"playback_error"` {
				pl.add("error_code", str(pick(r, "E-1012", "HTTP-403", "DRM-5"), lDecoy)).add("http_status", intv(int64(pick(r, 403, 404, 500, 503)), lDecoy))
			}
		case `"settings_change"`:
			pl.add("setting", str(pick(r, "sleep_timer", "picture_mode", "volume"), lDecoy)).
				add("sleep_timer_min", intv(int64(pick(r, 0, 30, 60, 90)), lDecoy)).
				add("volume", intv(int64(r.IntN(100)), lDecoy))
		default:
			pl.add("uptime_s", intv(int64(r.IntN(90000)), lNone)).
				add("mem_free_mb", intv(int64(between(r, 100, 900)), lDecoy))
		}
		ev.add("payload", pl)
		ev.add("schema", str("tv.telemetry.v"+fmt.Sprint(between(r, 2, 4)), lDecoy))
		ev.opt(chance(r, 0.4), "collector_build", func() *node { return str(dottedVersion(r), lDecoy) })
		ev.add("country", str(pick(r, "DE", "PT", "FR", "GB", "KR"), lDecoy))
		evs.push(ev)
	}
	return evs
}

// router-tr069: a router vendor's remote-management parameter dump.
func genTR069(r *rand.Rand) *node {
	type param struct {
		name, val string
		lab       corpus.Label
	}
	const igd = "InternetGatewayDevice."
	lan := lanPrefix(r)
	gw := lan + ".1"
	wanIP := pick(r, pubIP(r), cgnat(r))
	sn := serial(r, pick(r, "NLK", "48575443", "ZTEG"), 10)
	var ps []param
	add := func(n, v string, l corpus.Label) { ps = append(ps, param{igd + n, v, l}) }
	add("DeviceSummary", "InternetGatewayDevice:1.4[](Baseline:1, EthernetLAN:1, WiFiLAN:2)", lDecoy)
	add("DeviceInfo.Manufacturer", pick(r, "Nordlink", "ZenNet", "Vantage"), lDev)
	add("DeviceInfo.ModelName", pick(r, "NL-HG8245", "ZN-AX3000", "VG-3410"), lDev)
	add("DeviceInfo.SerialNumber", sn, lDev)
	add("DeviceInfo.HardwareVersion", pick(r, "10C7.A", "v2.1", "HW-3"), lDev)
	add("DeviceInfo.SoftwareVersion", pick(r, "V5R019C10S"+rs(r, digits, 3), dottedVersion(r), "3.7."+rs(r, digits, 2)+"-"+rs(r, digits, 6)), lDev)
	add("DeviceInfo.SpecVersion", "1.0", lDecoy)
	add("DeviceInfo.UpTime", fmt.Sprint(r.IntN(9000000)), lNone)
	add("DeviceInfo.ProvisioningCode", pick(r, "TLCO.GRP2", "RES.FTTH", "BIZ.VDSL"), lDecoy)
	add("ManagementServer.PeriodicInformInterval", fmt.Sprint(pick(r, 3600, 86400, 43200)), lDecoy)
	add("ManagementServer.ConnectionRequestURL", fmt.Sprintf("http://%s:7547/%s", wanIP, rs(r, lowAl, 10)), lNet)
	if chance(r, 0.5) {
		add("ManagementServer.ConnectionRequestPassword", rs(r, alnum, 12), lCred)
	}
	if chance(r, 0.4) {
		add("ManagementServer.Password", rs(r, alnum, 16), lCred)
	}
	lhc := "LANDevice.1.LANHostConfigManagement."
	add(lhc+"DHCPServerEnable", "1", lDecoy)
	add(lhc+"MinAddress", lan+"."+fmt.Sprint(pick(r, 2, 10, 20, 100)), lNet)
	add(lhc+"MaxAddress", lan+"."+fmt.Sprint(pick(r, 200, 249, 254)), lNet)
	add(lhc+"SubnetMask", "255.255.255.0", lNet)
	add(lhc+"IPRouters", gw, lNet)
	add(lhc+"DNSServers", pick(r, gw, gw+","+pick(r, "9.9.9.9", "1.1.1.1")), lNet)
	add(lhc+"DHCPLeaseTime", fmt.Sprint(pick(r, 86400, 3600, 604800)), lDecoy)
	add(lhc+"IPInterface.1.IPInterfaceIPAddress", gw, lNet)
	add(lhc+"IPInterface.1.IPInterfaceSubnetMask", "255.255.255.0", lNet)
	add("LANDevice.1.LANEthernetInterfaceNumberOfEntries", "4", lDecoy)
	for _, w := range []int{1, 5} {
		if w == 5 && chance(r, 0.4) {
			continue
		}
		wl := fmt.Sprintf("LANDevice.1.WLANConfiguration.%d.", w)
		s := ssid(r)
		add(wl+"Enable", "1", lDecoy)
		add(wl+"SSID", s, lNet)
		add(wl+"BSSID", strings.ToLower(macColon(r)), lMAC)
		add(wl+"Channel", fmt.Sprint(pick(r, 1, 6, 11, 36, 44, 100)), lDecoy)
		add(wl+"BeaconType", pick(r, "11i", "WPAand11i", "WPA3"), lDecoy)
		add(wl+"Standard", pick(r, "n", "ac", "ax"), lDecoy)
		add(wl+"TotalAssociations", fmt.Sprint(r.IntN(12)), lDecoy)
		if chance(r, 0.5) {
			add(wl+"KeyPassphrase", passphrase(r), lCred)
		} else {
			add(wl+"PreSharedKey.1.KeyPassphrase", passphrase(r), lCred)
		}
	}
	nh := between(r, 1, 4)
	add("LANDevice.1.Hosts.HostNumberOfEntries", fmt.Sprint(nh), lDecoy)
	for h := 1; h <= nh; h++ {
		hp := fmt.Sprintf("LANDevice.1.Hosts.Host.%d.", h)
		add(hp+"IPAddress", fmt.Sprintf("%s.%d", lan, between(r, 20, 200)), lNet)
		add(hp+"MACAddress", strings.ToLower(macColon(r)), lMAC)
		add(hp+"HostName", pick(r, "LAPTOP-"+rs(r, upAlnum, 7), "android-"+rs(r, hexLow, 16), "nas01", "printer-2f", "DESKTOP-"+rs(r, upAlnum, 7), "raspberrypi", "tidybot-"+rs(r, hexLow, 4)), lNet)
		add(hp+"Active", pick(r, "1", "0"), lDecoy)
		add(hp+"LeaseTimeRemaining", fmt.Sprint(r.IntN(86400)), lDecoy)
	}
	wc := "WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1."
	add(wc+"ConnectionStatus", pick(r, "Connected", "Connecting"), lDecoy)
	add(wc+"Username", pick(r, rs(r, digits, 10)+"@"+pick(r, "fibra", "dsl")+".isp.example", "nl"+rs(r, digits, 8)), lContact)
	if chance(r, 0.6) {
		add(wc+"Password", password(r), lCred)
	}
	add(wc+"ExternalIPAddress", wanIP, lNet)
	add(wc+"RemoteIPAddress", pick(r, "198.51.100.1", "203.0.113.1", "100.64.0.1"), lNet)
	add(wc+"DNSServers", pick(r, "198.51.100.53,198.51.100.54", "192.0.2.53"), lNet)
	add(wc+"MACAddress", macColon(r), lMAC)
	add(wc+"X_NLK_VlanId", fmt.Sprint(pick(r, 6, 7, 10, 100, 835)), lNet)
	add(wc+"MaxMRUSize", "1492", lDecoy)
	add(wc+"PortMappingNumberOfEntries", "1", lDecoy)
	if chance(r, 0.6) {
		pm := wc + "PortMapping.1."
		add(pm+"ExternalPort", fmt.Sprint(pick(r, 8443, 32400, 2222, 51820, 8080)), lNet)
		add(pm+"InternalPort", fmt.Sprint(pick(r, 443, 32400, 22, 51820, 80)), lNet)
		add(pm+"InternalClient", fmt.Sprintf("%s.%d", lan, between(r, 20, 200)), lNet)
		add(pm+"PortMappingProtocol", pick(r, "TCP", "UDP"), lDecoy)
		add(pm+"PortMappingDescription", pick(r, "plex", "ssh", "wireguard", "cam"), lNone)
	}
	if chance(r, 0.5) {
		add("X_NLK_IPv6.DelegatedPrefix", fmt.Sprintf("2001:db8:%x::/56", r.IntN(0xffff)), lNet)
	}
	add("X_NLK_RemoteAccess.Enable", pick(r, "0", "1"), lDecoy)
	add("X_NLK_RemoteAccess.Port", fmt.Sprint(pick(r, 8080, 8443, 4430)), lNet)
	if chance(r, 0.6) {
		add("UserInterface.X_NLK_AdminPassword", pick(r, password(r), "admin", md5hex(r)), lCred)
	}
	add("Time.NTPServer1", pick(r, "pool.ntp.example.org", "ntp.isp.example"), lNone)

	// Inform envelope.
	root := obj().add("DeviceId", obj().
		add("Manufacturer", str(ps[1].val, lDev)).
		add("OUI", str(rs(r, hexUp, 6), lNone)).
		add("ProductClass", str(ps[2].val, lDev)).
		add("SerialNumber", str(sn, lDev)))
	root.add("Event", arr(str(pick(r, "2 PERIODIC", "1 BOOT", "4 VALUE CHANGE"), lDecoy)))
	root.add("CurrentTime", str(iso(when(r)), lDecoy))
	root.add("RetryCount", intv(int64(r.IntN(3)), lDecoy))
	// shuffle a little and keep a subset
	r.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
	ps = ps[:between(r, len(ps)*2/3, len(ps))]
	if chance(r, 0.5) {
		m := obj()
		for _, x := range ps {
			m.add(x.name, str(x.val, x.lab))
		}
		root.add("ParameterList", m)
	} else {
		l := arr()
		for _, x := range ps {
			l.push(obj().
				add("Name", str(x.name, hard(lNone, corpus.HardObfuscated))).
				add("Value", str(x.val, hard(x.lab, corpus.HardObfuscated))).
				add("Type", str(xsdType(x.name, x.val), hard(lDecoy, corpus.HardObfuscated))))
		}
		root.add("ParameterValueStruct", l)
	}
	return root
}

// xsdType guesses the TR-069 type of a parameter from its name and value.
func xsdType(name, val string) string {
	if strings.HasSuffix(name, "Enable") || strings.HasSuffix(name, ".Active") {
		return "xsd:boolean"
	}
	for _, c := range val {
		if c < '0' || c > '9' {
			return "xsd:string"
		}
	}
	return "xsd:unsignedInt"
}
