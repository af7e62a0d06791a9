package blindset9

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// ldap-oid-dump: a regional newspaper's OpenLDAP directory exported as JSON
// with attributes keyed by their numeric OIDs (every value a list): a
// person entry (DN with the uid, cn, sn, givenName, uid, mail, phone,
// mobile, street, postcode, town, SSHA userPassword, Samba NT hash,
// Kerberos principal, photo URL, SSH public key, certificate, uid and gid
// numbers, employee number, password policy, description in free text), a
// host entry (printer or laptop: IP, MAC, serial, model) and a group entry
// whose members are DNs.

func ldapOID(g *rng) any {
	pp := g.personOf(one(g, "en", "da", "fi", "hu"))
	uid := strings.ToLower(pp.afirst[:1] + pp.alast)
	if len(uid) > 12 {
		uid = uid[:12]
	}
	base := "dc=" + one(g, "courier", "gazette", "tribune") + ",dc=example,dc=com"
	dn := "uid=" + uid + ",ou=people," + base
	ssha := "{SSHA}" + base64.StdEncoding.EncodeToString([]byte(g.s(alnum, 24)))
	one1 := func(l leaf) arr { return arr{l} }
	var desc []piece
	switch g.n(5) {
	case 0:
		desc = []piece{p("Laptop "), p(one(g, "ThinkPad X1 Carbon Gen 11", "MacBook Air M2", "Latitude 7440"), deviceCat), p(" s/n "), p(strings.ToUpper(g.s(uc+num, 8)), deviceCat), p(", VPN static "), p(g.lanIP("10.8.0"), netCat)}
	case 1:
		desc = []piece{p("On medical leave until " + g.date() + " ("), p(one(g, "knee surgery", "burnout", "maternity"), healthCat), p(") – forward mail to "), p(g.email(g.personOf("en")), contactCat)}
	case 2:
		desc = []piece{p("Temp password set by helpdesk: "), p(g.password(), credCat)}
	case 3:
		desc = []piece{p("Night desk, sports section")}
	default:
		desc = []piece{p("Home office line "), p(g.phoneUK(), contactCat)}
	}
	person := obj{
		{"dn", cont(dn)},
		{"objectClass", arr{plain("top"), plain("inetOrgPerson"), plain("posixAccount"), plain("sambaSamAccount"), plain("krbPrincipalAux")}},
		{"2.5.4.3", one1(cont(pp.full()))},
		{"2.5.4.4", one1(cont(pp.last))},
		{"2.5.4.42", one1(cont(pp.first))},
		{"0.9.2342.19200300.100.1.1", one1(cont(uid))},
		{"0.9.2342.19200300.100.1.3", one1(cont(uid + "@" + strings.Split(base, ",")[0][3:] + ".example.com"))},
		{"2.5.4.20", one1(cont(g.phoneUK()))},
		{"0.9.2342.19200300.100.1.41", one1(cont(g.phoneUK()))},
		{"2.5.4.9", one1(cont(fmt.Sprintf("%d %s", g.in(1, 200), one(g, "Baker Street", "Canal Road", "Mill Lane", "Station Approach"))))},
		{"2.5.4.17", one1(cont(one(g, "LS1 4", "M1 2", "BS1 5", "NE1 7") + g.s("ABDEFGHJLNPQRSTUWXYZ", 2)))},
		{"2.5.4.7", one1(cont(one(g, "Leeds", "Manchester", "Bristol", "Newcastle")))},
		{"2.5.4.35", one1(cred(ssha))},
		{"1.3.6.1.4.1.7165.2.1.25", one1(cred(strings.ToUpper(g.s(hx, 32))))},
		{"1.3.6.1.4.1.7165.2.1.27", one1(plain(g.epoch()))},
		{"1.3.6.1.4.1.5322.10.1.10", one1(cont(uid + "@" + strings.ToUpper(strings.Split(base, ",")[0][3:]) + ".EXAMPLE.COM"))},
		{"1.3.6.1.4.1.250.1.57", one1(cont("https://intranet.example.com/photos/" + uid + ".jpg"))},
		{"1.3.6.1.4.1.24552.500.1.1.1.13", one1(decoy("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s(b64, 43) + " " + uid + "@laptop"))},
		{"2.5.4.36", one1(decoy(g.cert()))},
		{"1.3.6.1.1.1.1.0", one1(decoy(fmt.Sprint(g.in(1000, 9000))))},
		{"1.3.6.1.1.1.1.1", one1(decoy(fmt.Sprint(one(g, 100, 1001, 2000))))},
		{"2.16.840.1.113730.3.1.3", one1(decoy(fmt.Sprintf("%d%05d", g.in(19, 24), g.n(100_000))))},
		{"2.5.4.12", one1(plain(one(g, "Sub-editor", "Photographer", "Reporter", "IT Support", "Night Editor")))},
		{"2.5.4.11", one1(plain(one(g, "Newsroom", "Sport", "Digital", "Advertising")))},
		{"1.3.6.1.4.1.42.2.27.8.1.8", one1(decoy("12"))},
		{"1.3.6.1.4.1.42.2.27.8.1.17", one1(decoy(fmt.Sprint(g.n(4))))},
		{"2.5.4.13", one1(prose(desc...))},
		{"1.3.6.1.1.16.4", one1(decoy(g.uuid()))},
		{"2.5.18.1", one1(plain(compact(g.epoch()) + "Z"))},
		{"2.5.18.2", one1(plain(compact(g.epoch()) + "Z"))},
	}
	hostKind := one(g, "printer", "laptop", "camera")
	hcn := fmt.Sprintf("%s-%s%d", hostKind, one(g, "news", "sport", "ad"), g.in(1, 9))
	var model string
	switch hostKind {
	case "printer":
		model = one(g, "HP Color LaserJet Pro M479fdw", "Kyocera ECOSYS M5526cdw", "Brother MFC-L8900CDW")
	case "laptop":
		model = one(g, "Lenovo ThinkPad T14 Gen 4", "Apple MacBook Pro 14 M3", "Dell Latitude 5540")
	default:
		model = one(g, "Canon EOS R6 Mark II", "Sony Alpha 7 IV", "Nikon Z6 II")
	}
	host := obj{
		{"dn", netw("cn=" + hcn + ",ou=hosts," + base)},
		{"objectClass", arr{plain("top"), plain("device"), plain("ipHost"), plain("ieee802Device")}},
		{"2.5.4.3", one1(netw(hcn + ".lan"))},
		{"1.3.6.1.1.1.1.19", one1(netw(g.lanIP("10." + fmt.Sprint(g.in(1, 40)) + ".20")))},
		{"1.3.6.1.1.1.1.22", one1(macAddr(strings.ToLower(g.mac())))},
		{"2.5.4.5", one1(dev(strings.ToUpper(g.s(uc+num, 10))))},
		{"2.5.4.13", one1(dev(model))},
		{"2.5.4.10", one1(plain("IT"))},
	}
	var members arr
	members = append(members, cont(dn))
	for i := 0; i < g.in(1, 3); i++ {
		o := g.personOf("en")
		members = append(members, cont("uid="+strings.ToLower(o.afirst[:1]+o.alast)+",ou=people,"+base))
	}
	group := obj{
		{"dn", plain("cn=" + one(g, "vpn-users", "newsroom", "cms-editors") + ",ou=groups," + base)},
		{"objectClass", arr{plain("top"), plain("groupOfNames")}},
		{"2.5.4.31", members},
		{"1.3.6.1.1.1.1.1", one1(decoy(fmt.Sprint(g.in(2000, 2999))))},
	}
	return obfuscated(obj{
		{"ldif_version", plain(1)},
		{"base", plain(base)},
		{"generated", plain(g.iso())},
		{"server", netw(one(g, "ldap01", "ds1", "dir") + ".corp.lan:389")},
		{"entries", arr{person, host, group}},
		{"count", decoy(3)},
		{"sha1", decoy(g.sha1())},
	})
}
