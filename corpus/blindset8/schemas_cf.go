package blindset8

import (
	"fmt"
	"strings"
)

// crowdfunding-backers: a reward-crowdfunding campaign's backer report
// for a smart water bottle (snake_case): campaign with creator contact,
// publishable key and webhook secret, backers (pledge, reward, SKU,
// shipping block, survey with health and phone answers, public comment,
// paired bottle after delivery) and the export footer.

func crowdfunding(g *rng) any {
	var backers arr
	for i := 0; i < g.in(2, 3); i++ {
		loc := one(g, "en", "en", "en", "de", "fr", "ja", "sv", "br", "nl")
		b := g.personOf(loc)
		var ship obj
		switch loc {
		case "de":
			ship = obj{{"address_1", cont(one(g, "Lindenstraße ", "Am Markt ", "Bahnhofstr. ") + fmt.Sprint(g.in(1, 90)))}, {"address_2", plain("")}, {"city", cont(one(g, "Leipzig", "Köln", "Kassel"))}, {"state", plain("")}, {"postal_code", cont(fmt.Sprintf("%05d", g.in(10000, 99999)))}, {"country_code", decoy("DE")}, {"phone", cont(g.phoneDE())}}
		case "fr":
			ship = obj{{"address_1", cont(fmt.Sprint(g.in(1, 90)) + one(g, " rue Victor Hugo", " allée des Tilleuls"))}, {"address_2", cont(one(g, "Bât. B", "3e étage", "Apt 12"))}, {"city", cont(one(g, "Nantes", "Lille", "Dijon"))}, {"state", plain("")}, {"postal_code", cont(fmt.Sprintf("%05d", g.in(10000, 95999)))}, {"country_code", decoy("FR")}, {"phone", cont(g.phoneFR())}}
		case "ja":
			ship = obj{{"address_1", cont(fmt.Sprintf("%d-%d-%d %s", g.in(1, 5), g.in(1, 30), g.in(1, 20), one(g, "Jingumae", "Umeda", "Sakae")))}, {"address_2", cont(one(g, "Maison Sakura 302", "Room 1104", "Grand Heights 5F"))}, {"city", cont(one(g, "Shibuya-ku", "Osaka", "Nagoya"))}, {"state", cont(one(g, "Tokyo", "Osaka", "Aichi"))}, {"postal_code", cont(fmt.Sprintf("%03d-%04d", g.in(100, 999), g.n(10000)))}, {"country_code", decoy("JP")}, {"phone", cont(g.phoneJP())}}
		case "sv":
			ship = obj{{"address_1", cont(one(g, "Drottninggatan ", "Sveavägen ") + fmt.Sprint(g.in(1, 120)))}, {"address_2", plain("")}, {"city", cont(one(g, "Stockholm", "Västerås"))}, {"state", plain("")}, {"postal_code", cont(fmt.Sprintf("1%02d %02d", g.n(100), g.n(100)))}, {"country_code", decoy("SE")}, {"phone", cont(g.phoneSE())}}
		case "br":
			ship = obj{{"address_1", cont(one(g, "Rua Augusta, ", "Av. Paulista, ") + fmt.Sprint(g.in(100, 2500)))}, {"address_2", cont("apto " + fmt.Sprint(g.in(11, 190)))}, {"city", cont("São Paulo")}, {"state", cont("SP")}, {"postal_code", cont(fmt.Sprintf("0%04d-%03d", g.n(10000), g.n(1000)))}, {"country_code", decoy("BR")}, {"phone", cont(g.phoneBR())}}
		case "nl":
			ship = obj{{"address_1", cont(one(g, "Herengracht ", "Stationsweg ") + fmt.Sprint(g.in(1, 300)))}, {"address_2", plain("")}, {"city", cont(one(g, "Haarlem", "Zwolle"))}, {"state", plain("")}, {"postal_code", cont(fmt.Sprintf("%04d %s", g.in(1000, 9999), g.s(uc, 2)))}, {"country_code", decoy("NL")}, {"phone", cont(g.phoneNL())}}
		default:
			us := one(g, [4]string{"NE 45th St", "Portland", "OR", "972"}, [4]string{"Regent St", "Madison", "WI", "537"}, [4]string{"Abercorn St", "Savannah", "GA", "314"}, [4]string{"E Speedway Blvd", "Tucson", "AZ", "857"})
			ship = obj{{"address_1", cont(fmt.Sprintf("%d %s", g.in(10, 9999), us[0]))}, {"address_2", cont(one(g, "Apt 4B", "Unit 210", "Suite 3"))}, {"city", cont(us[1])}, {"state", cont(us[2])}, {"postal_code", cont(us[3] + g.s(num, 2))}, {"country_code", decoy("US")}, {"phone", cont(g.phoneUS())}}
		}
		ship = append(obj{{"name", cont(b.full())}}, ship...)

		model, os := g.phone()
		reason := hlth(one(g, "kidney stones", "pregnancy", "type 2 diabetes", "migraines", "lithium therapy, need to stay hydrated"))
		if g.chance(40) {
			reason = plain(one(g, "just want to drink more", "gift for my dad", "I lose every bottle I own"))
		}
		tier := g.n(3)
		var cm []piece
		switch g.n(6) {
		case 0:
			cm = []piece{p("Moved! Please ship to "), p(fmt.Sprintf("%d %s, %s", g.in(10, 999), one(g, "Birch Ct", "Elm St", "Harbor Way"), one(g, "Boise ID 83702", "Tulsa OK 74103", "Reno NV 89501")), contactCat), p(" instead.")}
		case 1:
			cm = []piece{p("Backed because my nephrologist wants me on 3L a day after "), p(one(g, "kidney stones", "a UTI that turned into pyelonephritis", "my second kidney stone"), healthCat), p(". Hurry up!")}
		case 2:
			cm = []piece{p("Any update? Email me at "), p(g.email(b), contactCat), p(" — no reply for weeks.")}
		case 3:
			cm = []piece{p("Bottle won't pair with my "), p(model, deviceCat), p(" on "), p(os, deviceCat), p(".")}
		case 4:
			cm = []piece{p("Love it, the glow reminder actually works.")}
		default:
			cm = []piece{p("Is the lid dishwasher safe?")}
		}

		bk := obj{
			{"backer_number", decoy(g.in(1, 12000))},
			{"backer_uid", decoy("b_" + g.s(hx, 24))},
			{"name", cont(b.full())},
			{"email", cont(g.email(b))},
			{"pledge_amount", decoy(money(float64([]int{49, 89, 169}[tier] + 10*g.n(4))))},
			{"currency", plain("USD")},
			{"reward_title", plain([]string{"Early Bird — 1x LumaFlask", "Duo Pack — 2x LumaFlask", "Family Pack — 4x LumaFlask + caps"}[tier])},
			{"reward_sku", decoy([]string{"LF-EB-1", "LF-DUO-2", "LF-FAM-4"}[tier])},
			{"addons", stringsOf(decoy, some(g, g.n(3), "LF-CAP-STRAW", "LF-SLEEVE-M", "LF-CHG-USB-C")...)},
			{"pledged_at", plain(g.iso())},
			{"pledge_status", plain(one(g, "collected", "collected", "dropped", "errored"))},
			{"shipping", ship},
			{"shipping_weight_kg", decoy(round2(g.f(0.4, 2.8)))},
			{"survey", obj{
				{"tshirt_size", plain(one(g, "S", "M", "L", "XL"))},
				{"daily_water_goal_ml", hlth(one(g, 2000, 2500, 3000, 3500))},
				{"health_reason", reason},
				{"phone_model", dev(model)},
				{"phone_os", dev(os)},
				{"referral", plain(one(g, "reddit", "friend", "newsletter", "youtube"))},
			}},
			{"comment", prose(cm...)},
		}
		if g.chance(60) {
			bk = append(bk, field{"paired_bottle", obj{
				{"serial", dev("LF" + g.s(uc+num, 10))},
				{"ble_mac", macAddr(g.mac())},
				{"firmware", dev(g.ver(3))},
				{"last_sync", dev(g.iso())},
				{"fills_logged", decoy(g.in(0, 900))},
			}})
		} else {
			bk = append(bk, field{"paired_bottle", nullDecoy()})
		}
		backers = append(backers, bk)
	}
	creator := g.personOf("en")
	return obj{
		{"campaign", obj{
			{"slug", plain("lumaflask-smart-bottle")},
			{"goal_usd", decoy(50000)},
			{"pledged_usd", decoy(g.in(50000, 900000))},
			{"backers_count", decoy(g.in(400, 9000))},
			{"creator", cont(creator.full())},
			{"creator_contact", cont(strings.ToLower(creator.afirst) + "@lumaflask.example.com")},
			{"stripe_publishable_key", decoy("pk_live_" + g.s(alnum, 99))},
			{"pledge_manager_webhook_secret", cred("whsec_" + g.s(alnum, 32))},
		}},
		{"backers", backers},
		{"export", obj{
			{"generated_at", plain(g.iso())},
			{"format_version", decoy("2.3")},
			{"row_count", decoy(len(backers))},
			{"md5", decoy(g.md5())},
		}},
	}
}
