package holdout

import (
	"fmt"
	"strconv"
	"time"
)

// mdate is a mongoexport date, relaxed or canonical.
func mdate(g *gen, t time.Time, l lab) *node {
	if g.p(0.7) {
		return obj().set("$date", str(isoMs(t), l))
	}
	return obj().set("$date", obj().set("$numberLong", str(strconv.FormatInt(t.UnixMilli(), 10), l)))
}

func mlong(v int64, l lab) *node {
	return obj().set("$numberLong", str(strconv.FormatInt(v, 10), l))
}

var rooms = []string{"Kid's bedroom", "Living Room", "Front Door", "Garage", "Betty's Room", "Nursery", "Kitchen", "Basement", "Back porch", "Master Bath", "Office", "Dachboden", "Salón", "Chambre de Léa", "Quarto do bebê", "Grandma's room", "Hallway upstairs"}

type shDevice struct {
	kind    string
	models  []string
	nameFmt []string
}

var shKinds = []shDevice{
	{"thermostat", []string{"TS-T6-EU", "ThermoSense T6", "HT-400 Smart", "ecoTherm 3"}, []string{"%s Thermostat", "Heating %s"}},
	{"door_lock", []string{"DL-820 Deadbolt", "SecureBolt Pro", "LK-2 Retrofit"}, []string{"%s Lock", "%s"}},
	{"camera", []string{"CAM-PAN-2", "Cam v3 Pro", "OutdoorCam 2K", "DoorView DB1"}, []string{"%s Cam", "Camera %s"}},
	{"contact_sensor", []string{"CS-200", "Door/Window Sensor v2"}, []string{"%s window", "%s door sensor"}},
	{"motion_sensor", []string{"MS-110", "PIR Motion 3"}, []string{"%s motion", "Motion %s"}},
	{"smart_plug", []string{"PLG-M1", "Mini Plug EU", "Outdoor Plug 2"}, []string{"%s lamp", "%s heater plug", "Fan (%s)"}},
	{"bulb", []string{"LT-A19-RGB", "E27 Colour 806lm", "GU10 White Ambiance"}, []string{"%s ceiling", "%s nightlight"}},
	{"smoke_alarm", []string{"SA-5 Smoke+CO", "Protect 2nd gen"}, []string{"%s smoke", "%s alarm"}},
	{"leak_sensor", []string{"WL-1 Water Leak"}, []string{"%s leak", "Under sink %s"}},
}

func smartHome(g *gen) *node {
	created := g.when()
	owner := g.person(nil)
	root := obj()
	root.set("_id", obj().set("$oid", str(g.oid(created), plain)))
	root.set("createdAt", mdate(g, created, plain))
	root.set("updatedAt", mdate(g, g.after(created, 600), plain))
	if g.p(0.5) {
		root.set("__v", num(g.n(0, 40), plain))
	}

	acct := obj()
	acct.set(g.one("primaryEmail", "email", "loginEmail"), str(owner.email, cont))
	if g.p(0.7) {
		acct.set("displayName", str(owner.full, cont))
	} else {
		acct.set("firstName", str(owner.first, cont)).set("lastName", str(owner.last, cont))
	}
	if g.p(0.5) {
		acct.set("mobile", str(owner.phone, cont))
		acct.set("mobileVerified", bln(g.p(0.8), decoy))
	}
	acct.set("emailVerified", bln(g.p(0.9), decoy))
	if g.p(0.6) {
		acct.set("pwHash", str(g.passHash(), cred))
	}
	if g.p(0.3) {
		acct.set("pwResetCount", num(g.n(0, 6), decoy))
	}
	acct.set("locale", str(g.one("en-US", "de-DE", "fr-FR", "es-ES", "pt-BR", "en-GB"), plain))
	if g.p(0.4) {
		acct.set("alexaLink", obj().
			set("accessToken", str(g.amazonAccess(), cred)).
			set("refreshToken", str(g.amazonRefresh(), cred)).
			set("tokenType", str("bearer", decoy)).
			set("expiresIn", num(3600, decoy)).
			set("linkedAt", mdate(g, g.after(created, 300), plain)))
	}
	if g.p(0.3) {
		acct.set("googleHome", obj().set("agentUserId", str(g.uuid(), plain)).set("accessToken", str(g.googleAccess(), cred)))
	}
	root.set("account", acct)

	if g.p(0.6) {
		m := arr()
		for range g.n(1, 3) {
			p := g.person(owner.c)
			m.add(obj().set("email", str(p.email, cont)).
				set("role", str(g.one("guest", "member", "admin"), plain)).
				set("invitedAt", mdate(g, g.after(created, 200), plain)).
				set("accepted", bln(g.p(0.7), plain)))
		}
		root.set("sharedWith", m)
	}

	home := obj().set("tz", str(g.one("Europe/Berlin", "America/Chicago", "Europe/Paris", "America/Sao_Paulo", "Europe/Madrid", "Asia/Tokyo"), plain))
	if g.p(0.5) {
		c := g.addrCulture()
		a := c.addr(g)
		home.set("address", obj().set("line1", str(a.number+" "+a.street, cont)).
			set("city", str(a.city, cont)).
			set("zip", str(a.postcode, cont)).
			set("cc", str(a.country, decoy)))
	} else {
		home.set("cc", str(g.one("US", "DE", "FR", "ES", "BR", "GB"), decoy))
	}
	home.set("occupants", num(g.n(1, 6), plain))
	root.set("home", home)

	cidr, _, gw := g.cidr()
	wifi := obj().set("ssid", str(g.ssid(), netw))
	sec := g.one("WPA2-PSK", "WPA3-SAE", "WPA2/WPA3", "WPA2-PSK", "OPEN")
	if sec != "OPEN" {
		wifi.set(g.one("passphrase", "wifiKey", "pass"), str(g.psk(), cred))
	}
	wifi.set("security", str(sec, plain))
	if g.p(0.5) {
		wifi.set("lanCidr", str(cidr, netw))
	}
	if g.p(0.5) {
		wifi.set("gateway", str(gw, netw))
	}
	if g.p(0.4) {
		wifi.set("routerMac", str(g.mac(), macL))
	}
	wifi.set("wifiEnabled", bln(true, decoy))
	root.set("network", wifi)

	hubs := arr()
	for range g.n(1, 2) {
		hubs.add(shHub(g, created))
	}
	root.set("hubs", hubs)

	stats := obj().set("eventsTotal", mlong(int64(g.n(100, 9000000)), plain))
	if g.p(0.5) {
		stats.set("loginCount", mlong(int64(g.n(1, 4000)), decoy))
	}
	if g.p(0.5) {
		stats.set("passwordAttempts", num(g.n(0, 5), decoy))
	}
	root.set("stats", stats)
	return root
}

func shHub(g *gen, created time.Time) *node {
	h := obj()
	h.set("hubId", str(g.one("hub_", "H-", "")+g.hex(12), dev))
	h.set("model", str(g.one("SH-HUB-300", "Bridge v2", "HomeBase 3", "Z-Hub Mini"), dev))
	h.set(g.one("serialNo", "sn", "serial"), str(g.serial(), dev))
	h.set("fwVersion", str(g.firmware(), dev))
	if g.p(0.5) {
		h.set("hwRev", str(g.one("A1", "rev.3", "2.0", "B"), dev))
	}
	h.set("mac", str(g.mac(), macL))
	h.set("lanIp", str(g.privIP(), netw))
	h.set("online", bln(g.p(0.8), plain))
	h.set(g.one("lastSeen", "lastSeenAt", "lastHeartbeat"), mdate(g, g.after(created, 700), dev))
	h.set("uptimeSec", mlong(int64(g.n(60, 9000000)), plain))
	if g.p(0.4) {
		h.set("fwUpdateAvailable", bln(g.p(0.3), decoy))
	}
	if g.p(0.3) {
		// The provisioning payload the app sent over BLE, kept as a string.
		pb := obj().set("ssid", str(g.ssid(), netw)).set("psk", str(g.psk(), cred))
		if g.p(0.5) {
			pb.set("staticIp", str(g.privIP(), netw))
		}
		pb.set("region", str(g.one("EU", "US", "BR"), plain))
		js, l := compact(pb)
		h.set("provisioningBlob", str(js, l))
	}
	devs := arr()
	for range g.n(1, 6) {
		devs.add(shDev(g, created))
	}
	h.set("devices", devs)
	return h
}

func shDev(g *gen, created time.Time) *node {
	k := pick(g, shKinds)
	room := pick(g, rooms)
	d := obj()
	d.set("did", str(g.hex(g.one2(12, 16, 24)), dev))
	d.set("kind", str(k.kind, dev))
	d.set("name", str(fmt.Sprintf(pick(g, k.nameFmt), room), dev))
	if g.p(0.5) {
		d.set("room", str(room, dev))
	}
	d.set("model", str(pick(g, k.models), dev))
	d.set("fw", str(g.firmware(), dev))
	if g.p(0.4) {
		d.set("radioMac", str(g.mac(), macL))
	}
	d.set("pairedAt", mdate(g, g.after(created, 200), plain))
	if g.p(0.6) {
		d.set("rssi", num(-g.n(40, 90), plain))
	}
	switch k.kind {
	case "thermostat":
		d.set("setpointC", flt(g.f(17, 24, 1), 1, decoy))
		d.set("ambientC", flt(g.f(15, 27, 1), 1, decoy))
		d.set("mode", str(g.one("heat", "cool", "auto", "off", "eco"), plain))
	case "door_lock":
		codes := arr()
		for i := range g.n(1, 4) {
			c := obj().set("slot", num(i+1, plain))
			if g.p(0.5) {
				c.set("label", str(g.person(nil).first, cont))
			} else {
				c.set("label", str(g.one("Cleaner", "Dog walker", "Guest", "Airbnb", "Babysitter"), plain))
			}
			c.set("code", str(g.digits(g.one2(4, 4, 6, 8)), cred))
			codes.add(c)
		}
		d.set("pinCodes", codes)
		d.set("codeLength", num(g.one2(4, 6), decoy))
		d.set("autoLockSec", num(g.one2(30, 60, 180), plain))
	case "camera":
		if g.p(0.6) {
			d.set("rtsp", str(fmt.Sprintf("rtsp://%s:%s@%s:554/%s", g.one("admin", "cam", "viewer"), g.password(), g.privIP(), g.one("stream1", "live/ch00_0", "h264")), cred.or(netw)))
		}
		d.set("lanIp", str(g.privIP(), netw))
		d.set("imageHeight", num(g.one2(720, 1080, 1440), decoy))
		d.set("motionEvents", mlong(int64(g.n(0, 50000)), plain))
	case "smart_plug", "bulb":
		d.set("lastOn", mdate(g, g.after(created, 700), dev))
		d.set("on", bln(g.p(0.5), plain))
	}
	return d
}
