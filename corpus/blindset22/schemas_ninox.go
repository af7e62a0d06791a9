package blindset22

import (
	"fmt"
)

// ispNinox is a Dushanbe home-internet provider's subscriber base kept in
// Ninox, read table by table through the Ninox REST API, with Tajik field
// names (Cyrillic).
func ispNinox(r *rng) any {
	t0 := r.when()
	team, db := r.from(lowerNum, 17), r.from(lowerNum, 12)
	users := []string{r.from(lowerNum, 10), r.from(lowerNum, 10)}
	meta := func(id int) []field {
		c := after(t0, -r.in(60*24, 60*24*400))
		return []field{
			{"id", plain(id)},
			{"sequence", plain(r.in(100, 9000))},
			{"createdAt", plain(isoMs(c))},
			{"createdBy", decoy(users[r.IntN(2)])},
			{"modifiedAt", plain(isoMs(after(c, r.in(10, 90000))))},
			{"modifiedBy", decoy(users[r.IntN(2)])},
		}
	}
	oltNet := lan(fmt.Sprintf("10.%d.%d", r.in(100, 140), r.in(0, 40)))
	var subs, equip, reqs arr
	tech := r.tajik()
	for i := 0; i < r.in(2, 3); i++ {
		pr := r.tajik()
		street, house, city, pc := r.tjAddress()
		born := r.birth(1950, 2002)
		pppUser := fmt.Sprintf("%s%s", ascii(pr.latLast())[:min(6, len(ascii(pr.latLast())))], r.digits(4))
		id := r.in(1, 4000)
		f := obj{
			{"Ному насаб", cont(pr.full())},
			{"Санаи таваллуд", cont(born.Format("02.01.2006"))},
			{"Ҷинс", sexOf(map[bool]string{true: "зан", false: "мард"}[pr.female])},
			{"Телефон", cont(r.tjPhone())},
			{"Почтаи электронӣ", cont(r.email(pr))},
			{"Кӯча", cont(street)},
			{"Хона", cont(house)},
			{"Шаҳр", cont(city)},
			{"Индекс", cont(pc)},
			{"Тариф", plain(r.pick("Оптика 50", "Оптика 100", "Оптика 300", "Хонагӣ 25"))},
			{"Суръат (Мбит/с)", plain(r.pickInt(25, 50, 100, 300))},
			{"Шумораи шартнома", decoy(fmt.Sprintf("%02d-%06d", r.in(1, 12), r.in(1, 999999)))},
			{"Логини PPPoE", cont(pppUser)},
			{"Пароли PPPoE", cred(r.alnum(r.in(8, 12)))},
			{"VLAN", netw(r.in(100, 3999))},
			{"Қарз (сомонӣ)", plain(r.in(0, 400))},
			{"Дарозии кабел (м)", decoy(r.in(20, 400))},
			{"Ҳолати махсус", clinical(obj{
				{"Дастгоҳи тиббӣ", hlth(r.pick("консентратори оксиген", "CPAP", "аппарати диализи хонагӣ", "насоси инсулин"))},
				{"Маъюбият", hlth(r.pick("гурӯҳи I", "гурӯҳи II", "нест"))},
				{"Афзалияти таъмир", decoy(true)},
			})},
			{"Эзоҳ", prose(p(r.pick("Муштарӣ ", "Модараш ", "Писараш ")), p(pr.first, contactC), p(r.pick(" дар ошёнаи 4 зиндагӣ мекунад, лифт кор намекунад. ", " пас аз соати 18 дар хона аст. ", " рақами дуюм: ")), p(r.tjLocal(), contactC))},
		}
		if r.chance(0.4) {
			f = append(f, field{"IP-и статикӣ", netw(r.wan())})
		}
		subs = append(subs, append(obj(meta(id)), field{"fields", f}))

		// the subscriber's ONT / router
		model := r.pick("Huawei EchoLife HG8245H5", "ZTE ZXHN F670L", "TP-Link Archer C6", "Huawei EG8145V5", "Tenda HG9")
		gpon := r.pick("HWTC", "ZTEG") + r.HEX(8)
		ssid := r.ssid(r.pick("Rahimov", "Home", "Dushanbe", "Oila"))
		lastOn := after(t0, -r.in(0, 5000))
		equip = append(equip, append(obj(meta(r.in(1, 9000))), field{"fields", obj{
			{"Муштарӣ", plain(id)},
			{"Модел", dev(model)},
			{"Рақами силсилавӣ", dev(r.serial("", 16))},
			{"GPON SN", dev(gpon)},
			{"MAC", macAddr(r.mac(":", true))},
			{"Версияи нармафзор", dev(r.pick("V5R020C10S115", "V9.0.11P1N12", "1.2.3 Build 20230322", "V5R019C00S050"))},
			{"SSID", netw(ssid)},
			{"Калиди Wi-Fi", cred(r.psk())},
			{"Пароли админ", cred(r.pick("admin", "telecomadmin", "") + r.alnum(r.in(6, 10)))},
			{"IP дар OLT", netw(oltNet.host(r.in(2, 250)))},
			{"Порти PON", netw(fmt.Sprintf("0/%d/%d", r.in(1, 16), r.in(0, 15)))},
			{"Охирин пайвастшавӣ", dev(isoMs(lastOn))},
			{"Сигнал (dBm)", decoy(-r.f1(14, 27))},
			{"Шумораи дастгоҳҳо", decoy(r.in(1, 14))},
		}}))

		if r.chance(0.7) {
			reqs = append(reqs, append(obj(meta(r.in(1, 9000))), field{"fields", obj{
				{"Муштарӣ", plain(id)},
				{"Мавзӯъ", prose(p(r.pick("Интернет нест", "Суръат паст", "Wi-Fi намепайвандад", "Роутерро иваз кардан")))},
				{"Тавсиф", prose(
					p(r.pick("Занг зад ", "Паём навишт ")), p(pr.first+", "+r.tjLocal(), contactC),
					p(r.pick(". LOS дар ONT, ", ". Сигнал -28 dBm, ", ". Роутер аз нав сар шуд, ")),
					p("IP "), p(oltNet.host(r.in(2, 250)), netC),
					p(r.pick(". Техник рафт.", ". Кабел дар подъезд канда шудааст.", "")),
				)},
				{"Техник", cont(tech.full())},
				{"Ҳолат", plain(r.pick("Кушода", "Дар раванд", "Ҳал шуд"))},
				{"Санаи дархост", plain(day(after(t0, -r.in(0, 9000))))},
			}}))
		}
	}
	settings := arr{
		kvRow("Калид", "Қимат", "radius_secret", cred(r.alnum(20))),
		kvRow("Калид", "Қимат", "olt_mgmt", netw(oltNet.host(1)+":"+fmt.Sprint(r.pickInt(23, 22, 161)))),
		kvRow("Калид", "Қимат", "olt_login", cont(r.pick("root", "zte", "admin"))),
		kvRow("Калид", "Қимат", "olt_password", cred(r.password())),
		kvRow("Калид", "Қимат", "sms_gateway_token", cred(r.from(lowerHex, 40))),
		kvRow("Калид", "Қимат", "billing_version", decoy(r.semver())),
		kvRow("Калид", "Қимат", "min_password_length", decoy(8)),
	}
	return language(obj{
		{"request", obj{
			{"base", plain(fmt.Sprintf("https://api.ninox.com/v1/teams/%s/databases/%s", team, db))},
			{"Authorization", cred("Bearer " + r.uuid())},
			{"perPage", plain(100)},
			{"pulled", plain(iso(t0))},
		}},
		{"tables", obj{
			{"Муштариён", subs},
			{"Таҷҳизот", equip},
			{"Дархостҳо", reqs},
			{"Танзимот", settings},
		}},
	})
}
