package blindset8

import (
	"fmt"
	"strings"
)

// mdm-fleet-export: a mobile-device-management console's export for a
// small law firm (camelCase, with configuration profiles as
// plist-converted JSON): API credentials, devices (UDID, serial, model,
// OS, nickname, MACs, IP, last check-in, FileVault recovery key,
// activation-lock bypass code, the assigned user, the SIM's number),
// Wi-Fi and VPN profiles, helpdesk tickets and the admin audit log.

func mdm(g *rng) any {
	org := one(g, "Hollis & Grange LLP", "Okafor Whitlow Legal", "Pryce Nakagawa Partners", "Fairbairn Chaudhry LLP")
	dom := strings.ToLower(strings.Fields(org)[0]) + "law.example.com"
	ssid := one(g, "HG-Corp", "OWL-Staff", "PNP-Secure", "FC-Office", "Corp-WiFi-"+g.s(uc, 3))
	psk := g.passphrase()
	lan := "10." + fmt.Sprint(g.in(10, 60)) + "." + fmt.Sprint(g.in(0, 30))

	var devices arr
	var owners []person
	for i := 0; i < g.in(2, 3); i++ {
		u := g.personOf(one(g, "en", "en", "it", "fr", "ja"))
		owners = append(owners, u)
		mac := g.chance(50)
		var hw, sw [2]string
		var kind string
		if mac {
			hw = one(g, [2]string{"MacBook Pro (14-inch, 2023)", "Mac14,9"}, [2]string{"MacBook Air (M2, 2022)", "Mac14,2"}, [2]string{"MacBook Air (15-inch, M3, 2024)", "Mac15,13"})
			sw = one(g, [2]string{"14.5", "23F79"}, [2]string{"14.6.1", "23G93"}, [2]string{"15.1", "24B83"})
			kind = "computer"
		} else {
			hw = one(g, [2]string{"iPhone 15", "iPhone15,4"}, [2]string{"iPhone 14 Pro", "iPhone15,2"}, [2]string{"iPhone 13", "iPhone14,5"}, [2]string{"iPad Pro (11-inch) (4th generation)", "iPad14,3"})
			sw = one(g, [2]string{"17.5.1", "21F90"}, [2]string{"17.6.1", "21G93"}, [2]string{"18.1", "22B83"})
			kind = "mobile"
		}
		model, ident, osv, build := hw[0], hw[1], sw[0], sw[1]
		user := obj{
			{"username", cont(strings.ToLower(u.afirst[:1] + u.alast))},
			{"fullName", cont(u.full())},
			{"email", cont(strings.ToLower(u.afirst+"."+u.alast) + "@" + dom)},
			{"phone", cont(g.phoneUS())},
			{"department", plain(one(g, "Litigation", "Corporate", "IT", "Family Law", "Reception"))},
			{"position", plain(one(g, "Associate", "Partner", "Paralegal", "Office Manager"))},
		}
		d := obj{
			{"id", decoy(g.in(100, 9999))},
			{"udid", dev(fmt.Sprintf("0000%04X-%016X", g.in(6000, 8200), g.r.Uint64()))},
			{"serialNumber", dev(one(g, "C02", "F4H", "DMP", "G0N") + strings.ToUpper(g.s(uc+num, 9)))},
			{"deviceType", dev(kind)},
			{"model", dev(model)},
			{"modelIdentifier", dev(ident)},
			{"osVersion", dev(osv)},
			{"osBuild", dev(build)},
			{"name", dev(one(g, u.first+"'s "+strings.Fields(model)[0], u.first+" "+strings.ToUpper(u.alast[:1])+" - "+strings.Fields(model)[0], strings.ToUpper(g.s(uc, 3))+"-"+g.s(num, 4)))},
			{"wifiMac", macAddr(strings.ToLower(g.mac()))},
			{"bluetoothMac", macAddr(strings.ToLower(g.mac()))},
			{"ipAddress", netw(g.lanIP(lan))},
			{"lastCheckIn", dev(g.iso())},
			{"enrolledAt", plain(g.iso())},
			{"supervised", plain(true)},
			{"batteryHealthPct", decoy(g.in(72, 100))},
			{"storageFreeGb", decoy(g.in(8, 400))},
			{"installedAppCount", decoy(g.in(20, 180))},
			{"user", user},
		}
		if mac {
			d = append(d,
				field{"fileVaultEnabled", plain(true)},
				field{"fileVaultRecoveryKey", cred(strings.Join([]string{g.s(uc+num, 4), g.s(uc+num, 4), g.s(uc+num, 4), g.s(uc+num, 4), g.s(uc+num, 4), g.s(uc+num, 4)}, "-"))},
				field{"imei", nullDecoy()},
				field{"phoneNumber", nullDecoy()},
			)
		} else {
			d = append(d,
				field{"activationLockBypassCode", cred(strings.Join([]string{g.s(uc+num, 5), g.s(uc+num, 5), g.s(uc+num, 5), g.s(uc+num, 5), g.s(uc+num, 5), g.s(uc+num, 5)}, "-"))},
				field{"imei", dev(g.imei())},
				field{"phoneNumber", cont(g.phoneUS())},
				field{"carrier", plain(one(g, "Verizon", "AT&T", "T-Mobile"))},
			)
		}
		devices = append(devices, d)
	}

	profiles := arr{
		obj{
			{"PayloadDisplayName", plain("Office Wi-Fi")},
			{"PayloadType", plain("com.apple.wifi.managed")},
			{"PayloadUUID", decoy(strings.ToUpper(g.uuid()))},
			{"SSID_STR", netw(ssid)},
			{"EncryptionType", plain("WPA2")},
			{"Password", cred(psk)},
			{"AutoJoin", plain(true)},
		},
		obj{
			{"PayloadDisplayName", plain("Always-on VPN")},
			{"PayloadType", plain("com.apple.vpn.managed")},
			{"PayloadUUID", decoy(strings.ToUpper(g.uuid()))},
			{"RemoteAddress", netw("vpn." + dom)},
			{"AuthName", cont(strings.ToLower(owners[0].afirst[:1] + owners[0].alast))},
			{"SharedSecret", cred(g.opaque(24))},
			{"DNSServers", arr{netw(lan + ".10"), netw(lan + ".11")}},
			{"PayloadVersion", decoy(1)},
		},
	}

	var tickets arr
	for i := 0; i < g.in(1, 2); i++ {
		u := one(g, owners...)
		var subj, body []piece
		switch g.n(5) {
		case 0:
			subj = []piece{p("Lost iPhone")}
			body = []piece{p("Hi, it's "), p(u.first, contactCat), p(". Left my phone in an Uber, IMEI "), p(g.imei(), deviceCat), p(". Please lock it, my cell is "), p(g.phoneUS(), contactCat)}
		case 1:
			subj = []piece{p("Can't join Wi-Fi after reset")}
			body = []piece{p("My laptop forgot "), p(ssid, netCat), p(" — is the password still "), p(psk, credCat), p("?")}
		case 2:
			subj = []piece{p("Recovery key request")}
			body = []piece{p("FileVault locked after update on "), p(one(g, "C02", "F4H")+strings.ToUpper(g.s(uc+num, 9)), deviceCat), p(", user "), p(u.full(), contactCat)}
		case 3:
			subj = []piece{p("Medical leave - device return")}
			body = []piece{p(u.first, contactCat), p(one(g, " is out for knee surgery", " starts maternity leave", " is on leave after a cancer diagnosis"), healthCat), p(", please wipe and store the MacBook.")}
		default:
			subj = []piece{p("Printer on 3rd floor")}
			body = []piece{p("The printer at "), p(g.lanIP(lan), netCat), p(" keeps asking for a PIN.")}
		}
		tickets = append(tickets, obj{
			{"ticket", decoy(fmt.Sprintf("INC-%05d", g.n(100000)))},
			{"subject", prose(subj...)},
			{"body", prose(body...)},
			{"openedAt", plain(g.iso())},
		})
	}

	admin := g.personOf("en")
	return obj{
		{"org", obj{
			{"name", plain(org)},
			{"apnsTopic", plain("com.apple.mgmt.External." + g.uuid())},
			{"apnsCertExpiry", plain(g.date())},
			{"apiClientId", decoy(g.uuid())},
			{"apiClientSecret", cred(g.opaque(64))},
			{"apiTokenTtlSeconds", decoy(1800)},
		}},
		{"devices", devices},
		{"configurationProfiles", profiles},
		{"helpdesk", tickets},
		{"audit", arr{obj{
			{"actor", cont(strings.ToLower(admin.afirst+"."+admin.alast) + "@" + dom)},
			{"action", plain(one(g, "device.wipe", "device.lock", "profile.push", "recoveryKey.view"))},
			{"sourceIp", netw(g.docIP())},
			{"at", plain(g.iso())},
		}}},
		{"export", obj{
			{"toolVersion", decoy(one(g, "11.4.2", "11.6.0", "10.52.1"))},
			{"sha256", decoy(g.sha256())},
			{"generatedAt", plain(g.iso())},
		}},
	}
}
