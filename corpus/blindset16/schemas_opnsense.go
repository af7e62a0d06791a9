package blindset16

import (
	"fmt"
	"strings"
)

// holidayparkOpnsense: a holiday and residential park-home site's OPNsense
// firewall configuration (config.xml converted with xmltodict: single
// children as objects, repeated ones as arrays, attributes as "@uuid"),
// taken by the site's IT contractor with a support note on top. The site
// runs a guest captive portal, CCTV, a WireGuard server for the owners and
// static DHCP leases for residents' medical and alarm kit.
func holidayparkOpnsense(r *rng) any {
	sites := []struct{ name, dom string }{{"Parc Carreg Holiday Park", "parccarreg.lan"}, {"Bryn Awel Caravan Park", "brynawel.lan"}, {"Seaview Park Homes", "seaview.lan"}, {"Maes Glas Holiday Park", "maesglas.lan"}}
	site := sites[r.IntN(len(sites))]
	lanNet := fmt.Sprintf("10.%d.0", r.in(10, 40))
	guestNet := fmt.Sprintf("10.%d.0", r.in(41, 80))
	cctvNet := fmt.Sprintf("10.%d.0", r.in(81, 120))
	gw := lanNet + ".1"
	owner := r.welsh()
	ownerUser := strings.ToLower(ascii(owner.first))
	t0 := r.when()
	guestVLAN, cctvVLAN := r.in(20, 39), r.in(40, 99)

	users := arr{
		obj{
			{"name", cont("root")},
			{"descr", plain("System Administrator")},
			{"scope", plain("system")},
			{"groupname", plain("admins")},
			{"password", cred(r.bcrypt())},
			{"uid", plain("0")},
			{"expires", plain("")},
			{"authorizedkeys", decoy(r.b64(60))},
			{"ipsecpsk", plain("")},
			{"otp_seed", plain("")},
			{"apikeys", obj{{"item", obj{{"key", cred(r.from(alnum+"+/", 80))}, {"secret", cred(r.sha512crypt())}}}}},
		},
		obj{
			{"name", cont(ownerUser)},
			{"descr", cont(owner.full())},
			{"scope", plain("user")},
			{"email", cont(r.email(owner.first, owner.last))},
			{"password", cred(r.bcrypt())},
			{"uid", plain("2000")},
			{"otp_seed", cred(r.totp())},
			{"landing_page", plain("/ui/captiveportal/vouchers")},
			{"comment", plain("")},
		},
	}

	var statics arr
	nStatic := r.in(2, 4)
	for i := 0; i < nStatic; i++ {
		resident := r.briton()
		var descr leaf
		var hostname leaf
		switch r.IntN(5) {
		case 0:
			descr = joined(p("Home dialysis machine – plot "+fmt.Sprint(r.in(1, 80))+" (", healthC), p(r.pick("Mr ", "Mrs ")+resident.last, contactC), p(")"))
			hostname = netw("dialysis-" + fmt.Sprint(r.in(1, 80)))
		case 1:
			descr = joined(p("Telecare hub – pendant alarm, plot "+fmt.Sprint(r.in(1, 80))), p(" ("+resident.first+" "+resident.last+")", contactC))
			hostname = netw("telecare-" + r.hex(4))
		case 2:
			descr = plain("Reception PC")
			hostname = netw("reception")
		case 3:
			descr = dev(r.pick("Hikvision NVR DS-7608NI-K2", "Reolink RLN8-410", "Synology DS220+"))
			hostname = netw(r.pick("nvr", "nas", "cctv"))
		default:
			descr = joined(p("CPAP modem – "), p(resident.full(), contactC), p(" (", healthC), p("sleep apnoea", healthC), p(")"))
			hostname = netw("airsense-" + r.hex(4))
		}
		statics = append(statics, obj{{"mac", macAddr(r.mac(":", false))}, {"ipaddr", netw(fmt.Sprintf("%s.%d", lanNet, 20+i))}, {"hostname", hostname}, {"descr", descr}, {"winsserver", plain("")}, {"dnsserver", plain("")}})
	}

	var peers arr
	for i := 0; i < r.in(1, 3); i++ {
		peers = append(peers, obj{
			{"@uuid", decoy(r.uuid())},
			{"enabled", plain("1")},
			{"name", dev(r.pick(ownerUser+"-phone", ownerUser+"-laptop", "office-ipad", "warden-phone"))},
			{"pubkey", decoy(r.b64(32))},
			{"psk", cred(r.b64(32))},
			{"tunneladdress", netw(fmt.Sprintf("10.99.0.%d/32", i+2))},
			{"serveraddress", plain("")},
			{"keepalive", plain("25")},
		})
	}

	monitUser := r.email(owner.first, owner.last)
	opn := obj{
		{"version", decoy(fmt.Sprintf("%d.%d", r.in(22, 24), r.pick3(1, 7, 1)))},
		{"theme", plain("opnsense")},
		{"sysctl", obj{{"item", arr{
			obj{{"descr", plain("Randomize the ID field in IP packets")}, {"tunable", plain("net.inet.ip.random_id")}, {"value", plain("default")}},
			obj{{"descr", plain("Source routing")}, {"tunable", plain("net.inet.ip.sourceroute")}, {"value", plain("default")}},
		}}}},
		{"system", obj{
			{"optimization", plain("normal")},
			{"hostname", netw(r.pick("fw", "opnsense", "gw01"))},
			{"domain", netw(site.dom)},
			{"dnsallowoverride", plain("1")},
			{"group", obj{{"name", plain("admins")}, {"description", plain("System Administrators")}, {"scope", plain("system")}, {"gid", plain("1999")}, {"member", arr{plain("0"), plain("2000")}}, {"priv", plain("page-all")}}},
			{"user", users},
			{"nextuid", plain("2001")},
			{"nextgid", plain("2000")},
			{"timezone", plain("Europe/London")},
			{"timeservers", plain("0.opnsense.pool.ntp.org 1.opnsense.pool.ntp.org")},
			{"webgui", obj{{"protocol", plain("https")}, {"ssl-certref", decoy(r.hex(13))}, {"port", netw(r.pick("8443", "10443", "443"))}}},
			{"ssh", obj{{"group", plain("admins")}, {"noauto", plain("1")}, {"interfaces", plain("lan,wireguard")}, {"enabled", plain("enabled")}, {"permitrootlogin", plain("1")}, {"passwordauth", plain("1")}, {"port", netw(r.pick("22", "2222"))}}},
			{"dnsserver", arr{netw(r.pick("1.1.1.1", "9.9.9.9")), netw(r.pick("8.8.8.8", "1.0.0.1"))}},
			{"firmware", obj{{"@version", decoy("1.0.1")}, {"mirror", plain("")}, {"flavour", plain("")}, {"plugins", plain("os-wireguard,os-theme-cicada")}}},
		}},
		{"interfaces", obj{
			{"wan", obj{{"enable", plain("1")}, {"if", plain("pppoe0")}, {"descr", plain("WAN")}, {"ipaddr", plain("pppoe")}, {"ipaddrv6", plain("dhcp6")}, {"blockpriv", plain("1")}, {"blockbogons", plain("1")}, {"spoofmac", plain("")}}},
			{"lan", obj{{"enable", plain("1")}, {"if", plain("igb1")}, {"descr", plain("LAN")}, {"ipaddr", netw(gw)}, {"subnet", netw("24")}}},
			{"opt1", obj{{"enable", plain("1")}, {"if", plain(fmt.Sprintf("vlan0.%d", guestVLAN))}, {"descr", plain("GUESTS")}, {"ipaddr", netw(guestNet + ".1")}, {"subnet", netw("22")}}},
			{"opt2", obj{{"enable", plain("1")}, {"if", plain(fmt.Sprintf("vlan0.%d", cctvVLAN))}, {"descr", plain("CCTV")}, {"ipaddr", netw(cctvNet + ".1")}, {"subnet", netw("24")}}},
		}},
		{"ppps", obj{{"ppp", obj{
			{"ptpid", plain("0")},
			{"type", plain("pppoe")},
			{"if", plain("pppoe0")},
			{"ports", plain("igb0")},
			{"username", cont(fmt.Sprintf("%s%d@fibre.isp.example", strings.ToLower(strings.Fields(site.name)[0]), r.in(10, 99)))},
			{"password", cred(r.b64(12))},
			{"provider", plain("")},
		}}}},
		{"vlans", obj{{"vlan", arr{
			obj{{"@uuid", decoy(r.uuid())}, {"if", plain("igb1")}, {"tag", netw(fmt.Sprint(guestVLAN))}, {"pcp", plain("0")}, {"descr", plain("Guests")}, {"vlanif", plain(fmt.Sprintf("vlan0.%d", guestVLAN))}},
			obj{{"@uuid", decoy(r.uuid())}, {"if", plain("igb1")}, {"tag", netw(fmt.Sprint(cctvVLAN))}, {"pcp", plain("0")}, {"descr", plain("CCTV")}, {"vlanif", plain(fmt.Sprintf("vlan0.%d", cctvVLAN))}},
		}}}},
		{"dhcpd", obj{
			{"lan", obj{{"enable", plain("1")}, {"range", obj{{"from", netw(lanNet + ".100")}, {"to", netw(lanNet + ".199")}}}, {"staticmap", statics}, {"dnsserver", netw(gw)}}},
			{"opt1", obj{{"enable", plain("1")}, {"range", obj{{"from", netw(guestNet + ".10")}, {"to", netw(fmt.Sprintf("10.%s.3.250", strings.Split(guestNet, ".")[1]))}}}, {"defaultleasetime", plain("14400")}}},
		}},
		{"OPNsense", obj{
			{"captiveportal", obj{{"@version", decoy("1.0.2")}, {"zones", obj{{"zone", obj{
				{"@uuid", decoy(r.uuid())},
				{"enabled", plain("1")},
				{"zoneid", plain("0")},
				{"interfaces", plain("opt1")},
				{"authservers", plain("Vouchers")},
				{"hardtimeout", plain("1440")},
				{"concurrentlogins", plain("1")},
				{"description", plain(site.name + " guest Wi-Fi")},
			}}}}}},
			{"wireguard", obj{
				{"general", obj{{"@version", decoy("0.0.1")}, {"enabled", plain("1")}}},
				{"server", obj{{"@version", decoy("1.0.0")}, {"servers", obj{{"server", obj{
					{"@uuid", decoy(r.uuid())},
					{"enabled", plain("1")},
					{"name", plain("wg0")},
					{"pubkey", decoy(r.b64(32))},
					{"privkey", cred(r.b64(32))},
					{"port", netw("51820")},
					{"tunneladdress", netw("10.99.0.1/24")},
					{"peers", plain(r.uuid())},
				}}}}}},
				{"client", obj{{"@version", decoy("1.0.0")}, {"clients", obj{{"client", peers}}}}},
			}},
			{"monit", obj{{"@version", decoy("1.0.13")}, {"general", obj{
				{"enabled", plain("1")},
				{"mailserver", plain("smtp.mail.example")},
				{"port", plain("587")},
				{"username", cont(monitUser)},
				{"password", cred(r.password())},
				{"ssl", plain("1")},
			}}, {"alert", obj{{"@uuid", decoy(r.uuid())}, {"enabled", plain("1")}, {"recipient", cont(monitUser)}, {"noton", plain("0")}}}}},
			{"unboundplus", obj{{"hosts", obj{{"host", arr{
				obj{{"@uuid", decoy(r.uuid())}, {"enabled", plain("1")}, {"hostname", netw("nvr")}, {"domain", netw(site.dom)}, {"rr", plain("A")}, {"server", netw(cctvNet + ".10")}, {"description", dev(r.pick("Hikvision NVR", "Reolink NVR", "Dahua XVR5108"))}},
				obj{{"@uuid", decoy(r.uuid())}, {"enabled", plain("1")}, {"hostname", netw("pos")}, {"domain", netw(site.dom)}, {"rr", plain("A")}, {"server", netw(lanNet + ".15")}, {"description", plain("Shop till")}},
			}}}}}},
			{"Syslog", obj{{"destinations", obj{{"destination", obj{{"@uuid", decoy(r.uuid())}, {"enabled", plain("1")}, {"transport", plain("udp4")}, {"hostname", netw(lanNet + ".5")}, {"port", netw("514")}, {"description", plain("Graylog")}}}}}}},
		}},
		{"revision", obj{
			{"username", joined(p(ownerUser, contactC), p("@"), p(lanNet+"."+fmt.Sprint(r.in(100, 199)), netC))},
			{"time", plain(fmt.Sprintf("%d.%04d", unix(t0), r.in(0, 9999)))},
			{"description", plain("/system_usermanager.php made changes")},
		}},
	}

	guest := r.visitor()
	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p("Guest on pitch "+fmt.Sprint(r.in(1, 120))+" ("), p(guest.first+" "+guest.last, contactC), p(") says Wi-Fi drops overnight – "), p(r.pick("her husband's CPAP", "his oxygen concentrator's modem", "her insulin pump uploader"), healthC), p(" needs it. Please check the guest VLAN."))
	case 1:
		note = prose(p("Owner locked out of the GUI after enabling TOTP. Remote in via WireGuard, gateway "), p(gw, netC), p("."))
	case 2:
		note = prose(p("ISP changed the PPPoE password, new one is "), p(r.password(), credC), p(" – please update and reboot."))
	default:
		note = prose(p("Routine backup before firmware update."))
	}
	return obj{
		{"_bundle", obj{{"ticket", decoy(fmt.Sprintf("PARC-%04d", r.in(1, 9999)))}, {"site", plain(site.name)}, {"taken", plain(iso(t0))}, {"note", note}}},
		{"opnsense", opn},
	}
}
