package blindset8

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// esports-team-ops: an esports organisation's team-operations export
// (snake_case): Discord guild with bot token and webhook, roster (handles,
// real names, contacts, salary, peripherals with firmware, gaming rig with
// hostname, LAN IP, MAC and hardware id, biometrics from the performance
// coach), bootcamp house network, scrim log with server addresses, and a
// Discord chat excerpt.

func discordToken(g *rng) string {
	id := fmt.Sprintf("1%017d", g.n(1_000_000_000)*100_000_000+g.n(100_000_000))
	return base64.RawStdEncoding.EncodeToString([]byte(id)) + "." + g.s(urlb64, 6) + "." + g.s(urlb64, 38)
}

func esports(g *rng) any {
	guild := fmt.Sprintf("11%016d", g.n(1_000_000_000)*10_000_000+g.n(10_000_000))
	hookID := fmt.Sprintf("12%016d", g.n(1_000_000_000)*10_000_000+g.n(10_000_000))
	lan := "192.168." + fmt.Sprint(g.in(1, 60))
	game := one(g, "VALORANT", "Counter-Strike 2", "Rocket League", "League of Legends")

	var roster arr
	var handles []string
	for i := 0; i < g.in(1, 2); i++ {
		pl := g.personOf(one(g, "en", "en", "sv", "tr", "br", "pl", "de"))
		h := one(g, "xX"+pl.afirst+"Xx", strings.ToLower(pl.afirst)+fmt.Sprint(g.in(1, 99)), one(g, "shadow", "nova", "kappa", "vexx", "frostbyte", "zeph")+one(g, "", "_", "x")+g.s(lc, 2))
		handles = append(handles, h)
		mouse := one(g, []string{"Logitech", "G Pro X Superlight 2"}, []string{"Razer", "DeathAdder V3 Pro"}, []string{"Zowie", "EC2-CW"}, []string{"Finalmouse", "UltralightX"})
		kb := one(g, "Wooting 60HE+", "Razer Huntsman V3 Pro TKL", "SteelSeries Apex Pro Mini", "Logitech G Pro X TKL")
		winOS := one(g, [2]string{"Windows 11 Pro 23H2", "22631"}, [2]string{"Windows 11 Home 24H2", "26100"}, [2]string{"Windows 10 Pro 22H2", "19045"})
		rig := obj{
			{"hostname", netw(fmt.Sprintf("npe-rig-%02d.bootcamp.lan", g.in(1, 12)))},
			{"cpu", dev(one(g, "AMD Ryzen 7 7800X3D", "Intel Core i9-14900K", "AMD Ryzen 9 9950X"))},
			{"gpu", dev(one(g, "NVIDIA GeForce RTX 4080 SUPER", "NVIDIA GeForce RTX 4090", "AMD Radeon RX 7900 XTX"))},
			{"os", dev(winOS[0])},
			{"os_build", dev(fmt.Sprintf("10.0.%s.%d", winOS[1], g.in(1000, 4500)))},
			{"lan_ip", netw(g.lanIP(lan))},
			{"mac", macAddr(g.mac())},
			{"anticheat_hwid", dev(strings.ToUpper(g.s(hx, 32)))},
			{"monitor_hz", plain(one(g, 240, 360, 540))},
		}
		roster = append(roster, obj{
			{"player_id", decoy(g.uuid())},
			{"handle", cont(h)},
			{"real_name", cont(pl.full())},
			{"email", cont(g.email(pl))},
			{"phone", cont(one(g, g.phoneUS(), g.phoneUK(), g.phoneSE(), g.phoneTR(), g.phoneBR()))},
			{"discord_username", cont(strings.ToLower(h))},
			{"twitch", cont("twitch.tv/" + strings.ToLower(h))},
			{"dob", cont(fmt.Sprintf("%04d-%02d-%02d", g.in(1996, 2006), g.in(1, 12), g.in(1, 28)))},
			{"role", plain(one(g, "IGL", "duelist", "AWPer", "support", "flex", "jungle"))},
			{"salary_usd_month", decoy(g.in(15, 120) * 100)},
			{"contract_id", decoy(fmt.Sprintf("NPE-%d-%03d", 2024, g.n(1000)))},
			{"peripherals", arr{
				obj{{"type", dev("mouse")}, {"brand", dev(mouse[0])}, {"model", dev(mouse[1])}, {"serial", dev(g.s(uc+num, 12))}, {"firmware", dev(g.ver(3))}, {"dpi", plain(one(g, 400, 800, 1600))}, {"polling_hz", plain(one(g, 1000, 2000, 4000, 8000))}},
				obj{{"type", dev("keyboard")}, {"model", dev(kb)}, {"serial", dev(g.s(uc+num, 12))}, {"firmware", dev("v" + g.ver(3))}, {"actuation_mm", decoy(round1(g.f(0.1, 2)))}},
			}},
			{"rig", rig},
			{"biometrics", obj{
				{"resting_hr", hlth(g.in(48, 78))},
				{"avg_match_hr", hlth(g.in(85, 130))},
				{"sleep_hours_avg", hlth(round1(g.f(5, 9)))},
				{"weight_kg", hlth(round1(g.f(55, 100)))},
				{"notes", prose(coachNote(g, pl)...)},
			}},
			{"aim_score", decoy(g.in(60, 99))},
		})
	}

	hp := g.personOf("en")
	house := one(g, [3]string{"Austin", "TX", "787"}, [3]string{"Denver", "CO", "802"}, [3]string{"Raleigh", "NC", "276"}, [3]string{"Phoenix", "AZ", "850"})
	var chat arr
	for i := 0; i < g.in(2, 3); i++ {
		var msg []piece
		switch g.n(6) {
		case 0:
			msg = []piece{p("new scrim server is "), p(g.docIP()+":"+fmt.Sprint(g.in(27015, 27030)), netCat), p(" pw "), p(g.s(lc, 5)+g.s(num, 2), credCat)}
		case 1:
			msg = []piece{p("wifi in the house is now "), p(one(g, "NPE_Bootcamp_5G", "VexHouse", "TheGamingHouse"), netCat), p(" / "), p(g.passphrase(), credCat)}
		case 2:
			msg = []piece{p("my "), p(one(g, "Superlight 2", "DeathAdder V3 Pro", "Wooting 60HE+"), deviceCat), p(" double clicks again, RMA filed")}
		case 3:
			msg = []piece{p("wrist is killing me, physio says "), p(one(g, "tendinitis", "carpal tunnel", "RSI"), healthCat), p(" — sitting out tomorrow")}
		case 4:
			msg = []piece{p("if anyone needs me call "), p(g.phoneUS(), contactCat)}
		default:
			msg = []piece{p(one(g, "gg wp, review vod at 7", "anyone seen the new patch notes?", "bus leaves 9am for the LAN"))}
		}
		chat = append(chat, obj{
			{"author", cont(one(g, handles...))},
			{"ts", plain(g.isoMs())},
			{"content", prose(msg...)},
			{"message_id", decoy(fmt.Sprintf("12%016d", g.n(1_000_000_000)*10_000_000+g.n(10_000_000)))},
		})
	}

	return obj{
		{"team", obj{
			{"name", plain(one(g, "Null Pointer Esports", "Vex Gaming", "Kappa Collective", "Frostbyte GG"))},
			{"game", plain(game)},
			{"region", plain(one(g, "EMEA", "NA", "BR"))},
		}},
		{"discord", obj{
			{"guild_id", decoy(guild)},
			{"bot_token", cred(discordToken(g))},
			{"webhook_url", cred("https://discord.com/api/webhooks/" + hookID + "/" + g.s(urlb64, 68))},
			{"application_id", decoy(fmt.Sprintf("12%016d", g.n(1_000_000_000)*10_000_000+g.n(10_000_000)))},
			{"member_count", decoy(g.in(40, 9000))},
		}},
		{"roster", roster},
		{"bootcamp_house", obj{
			{"address", obj{
				{"street", cont(fmt.Sprintf("%d %s", g.in(100, 9999), one(g, "Larkspur Ln", "W Alameda Ave", "Orchard Hill Dr", "Cypress Creek Pkwy")))},
				{"city", cont(house[0])},
				{"state", cont(house[1])},
				{"zip", cont(house[2] + g.s(num, 2))},
			}},
			{"manager", cont(hp.full())},
			{"manager_phone", cont(g.phoneUS())},
			{"wifi_ssid", netw(one(g, "NPE_Bootcamp_5G", "VexHouse", "TheGamingHouse", "NETGEAR"+g.s(num, 2)+"-5G"))},
			{"wifi_password", cred(g.passphrase())},
			{"router_admin", netw("http://" + lan + ".1")},
			{"wan_ip", netw(g.docIP())},
			{"vlan_scrims", netw(g.in(20, 60))},
			{"port_forwards", arr{netw(27015), netw(3478), netw(g.in(7000, 7999))}},
			{"isp_plan_mbps", decoy(one(g, 1000, 2000, 5000))},
		}},
		{"scrim_log", arr{obj{
			{"opponent", plain(one(g, "Team Nova", "Eclipse", "Byte Force", "Ravens"))},
			{"map", plain(one(g, "Ascent", "Mirage", "Inferno", "DFH Stadium", "Summoner's Rift"))},
			{"score", plain(fmt.Sprintf("%d-%d", g.in(5, 13), g.in(5, 13)))},
			{"server", netw(g.docIP() + ":" + fmt.Sprint(g.in(7000, 7999)))},
			{"ping_ms", decoy(g.in(4, 60))},
		}}},
		{"chat_excerpt", chat},
		{"exported_at", plain(g.iso())},
		{"exporter_version", decoy(g.ver(3))},
	}
}

func coachNote(g *rng, pl person) []piece {
	switch g.n(5) {
	case 0:
		return []piece{p(pl.first, contactCat), p(one(g, " reports wrist pain after 6h sessions, ice + brace.", " on sertraline since March, monitor sleep.", " anxious before LAN finals, breathing drills."), healthCat)}
	case 1:
		return []piece{p("HRV trending down, cut caffeine after 4pm.", healthCat)}
	case 2:
		return []piece{p("New chair ordered, posture check next week.")}
	case 3:
		return []piece{p("Whoop strap "), p("4A"+g.s(num, 8), deviceCat), p(" not syncing, re-paired.")}
	}
	return []piece{p("No notes.")}
}
