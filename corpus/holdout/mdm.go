package holdout

import (
	"fmt"
	"strings"
)

// mdmFleet is one device record of a mobile device management console
// export (PascalCase keys, as some .NET tools write them).
func mdmFleet(g *gen) *node {
	u := g.person(nil)
	ph := pick(g, phones)
	t := g.when()
	root := obj()
	root.set("Id", num(g.n(1, 900000), plain))
	root.set("Udid", str(strings.ToUpper(g.hex(8)+"-"+g.hex(16)), dev))
	root.set("SerialNumber", str(g.serial(), dev))
	if ph.os != "iPadOS" || g.p(0.3) {
		root.set("Imei", str(g.imei(), dev))
	}
	if g.p(0.5) {
		root.set("Iccid", str("8949"+g.digits(15), dev))
	}
	root.set("ModelIdentifier", str(ph.model, dev))
	root.set("ModelName", str(ph.name, dev))
	root.set("OsVersion", str(ph.os+" "+g.osVersion(ph.os), dev))
	if ph.os != "Android" {
		root.set("BuildVersion", str(fmt.Sprintf("%d%s%d", g.n(19, 22), g.chars(1, "ABCDEFG"), g.n(5, 400)), dev))
	}
	var nick string
	switch ph.os {
	case "iOS":
		nick = g.one("%s's iPhone", "iPhone de %s", "%s-work")
	case "iPadOS":
		nick = g.one("iPad (%s)", "%s's iPad")
	default:
		nick = g.one("%s phone", "%s-work", "Galaxy de %s", "%s's "+ph.name)
	}
	root.set("DeviceName", str(fmt.Sprintf(nick, u.first), dev))
	root.set("WifiMac", str(g.mac(), macL))
	if g.p(0.5) {
		root.set("BluetoothMac", str(g.mac(), macL))
	}
	root.set("LastKnownIp", str(g.anyIP(), netw))
	root.set("EnrolledAt", str(iso(t), plain))
	root.set("LastCheckIn", str(iso(g.after(t, 400)), dev))
	root.set("Ownership", str(g.one("Corporate", "BYOD"), plain))
	root.set("IsSupervised", bln(g.p(0.6), plain))
	root.set("PasscodePresent", bln(g.p(0.9), decoy))
	root.set("PasscodeCompliant", bln(g.p(0.8), decoy))
	if g.p(0.4) {
		root.set("ActivationLockBypassCode", str(strings.ToUpper(g.chars(5, "0123456789abcdefghjkmnpqrtuvwxyz")+"-"+g.chars(5, "0123456789abcdefghjkmnpqrtuvwxyz")+"-"+g.chars(5, "0123456789abcdefghjkmnpqrtuvwxyz")+"-"+g.chars(5, "0123456789abcdefghjkmnpqrtuvwxyz")), cred))
	}
	if g.p(0.3) {
		root.set("UnlockPin", str(g.digits(6), cred))
	}
	root.set("AppCount", num(g.n(12, 240), plain))
	root.set("CompromisedStatus", bln(g.p(0.05), plain))
	if g.p(0.5) {
		root.set("PhoneNumber", str(u.phone, cont))
	}
	root.set("Carrier", str(g.one("Vodafone", "Telekom", "AT&T", "Claro", "Orange", "O2"), plain))

	au := obj().set("UserName", str(u.af[:1]+u.al, cont)).
		set("Email", str(u.email, cont)).
		set("DisplayName", str(u.full, cont)).
		set("Department", str(g.one("Sales", "Field Service", "Nursing", "Logistics"), plain))
	root.set("AssignedUser", au)

	if g.p(0.7) {
		wp := arr()
		for range g.n(1, 2) {
			w := obj().set("Ssid", str(g.ssid(), netw)).
				set("Security", str(g.one("WPA2", "WPA2 Enterprise", "WPA3"), plain)).
				set("AutoJoin", bln(true, plain))
			if g.p(0.5) {
				w.set("Password", str(g.psk(), cred))
			} else {
				w.set("EapIdentity", str(u.email, cont)).set("EapPassword", str(g.password(), cred))
			}
			if g.p(0.3) {
				w.set("ProxyServer", str(fmt.Sprintf("%s:%d", g.privIP(), g.one2(3128, 8080)), netw))
			}
			wp.add(w)
		}
		root.set("WifiProfiles", wp)
	}
	if g.p(0.4) {
		root.set("VpnProfile", obj().set("Server", str(g.one("vpn.", "gw.", "remote.")+g.domain(), netw)).
			set("SharedSecret", str(g.chars(24, alnum), cred)).
			set("Username", str(u.af[:1]+u.al, cont)))
	}
	root.set("ComplianceState", str(g.one("Compliant", "NonCompliant", "InGracePeriod"), plain))
	root.set("ConsoleVersion", str(g.ipShapedBuild(), decoy))
	return root
}
