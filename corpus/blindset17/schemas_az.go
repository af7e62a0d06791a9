package blindset17

import "fmt"

// smartflatNodeRed: a Baku installer of ambient-assisted-living kits for
// elderly people living alone backs up each flat's Node-RED user
// directory; one backup as a JSON object keyed by file path: the runtime
// config with the credential secret, package.json with node versions, the
// decrypted flows_cred.json (MQTT, Telegram, Home Assistant, e-mail), the
// global context with Azerbaijani keys (resident, health, devices keyed by
// room, network, notification contacts, last event) and a flow context.
func smartflatNodeRed(r *rng) any {
	t0 := r.when()
	l := r.lan()
	res := r.azeri()
	a := r.azAddress()
	father := azMale[r.IntN(len(azMale))]
	sex := "kişi"
	if res.female {
		sex = "qadın"
	}
	nid := func() string { return r.hex(16) }
	flowID := nid()

	fwl := func() leaf {
		fw := r.pick(r.semver(), r.ipShapedFw(), fmt.Sprintf("%d.%d.%d_%04d", r.in(1, 4), r.in(0, 9), r.in(0, 9), r.in(1, 9999)))
		if countDots(fw) == 3 {
			return fwIP(fw)
		}
		return dev(fw)
	}
	device := func(nick, model, serial string) obj {
		return obj{
			{"ad", dev(nick)},
			{"model", dev(model)},
			{"seriya", dev(serial)},
			{"proşivka", fwl()},
			{"ip", netw(l.host(r.in(20, 200)))},
			{"mac", macAddr(r.mac(":", false))},
			{"son_görülmə", dev(isoMs(after(t0, -r.in(1, 600))))},
			{"batareya", plain(r.in(5, 100))},
			{"yeniləmə_var", decoy(r.chance(0.3))},
		}
	}
	sys, dia := r.bp()

	var qeyd leaf
	switch r.IntN(3) {
	case 0:
		qeyd = prose(p(r.pick("Gecə 2-3 dəfə tualetə qalxır, yıxılma riski yüksəkdir.", "Son həftə unutqanlıq artıb, dərmanları vaxtında içmir.", "Təzyiq səhərlər yüksək olur, həkim dozanı artırıb."), healthC))
	case 1:
		qeyd = prose(p("Qızı "), p(azFemale[r.IntN(len(azFemale))], contactC), p(" hər gün saat 19:00-da zəng edir."))
	default:
		qeyd = prose(p("Xüsusi qeyd yoxdur."))
	}
	var metn leaf
	kind := "hesabat"
	switch r.IntN(3) {
	case 0:
		kind = "yıxılma"
		metn = prose(p("Yıxılma sensoru işə düşdü (yataq otağı). "), p(res.first+" xanım", contactC), p(" cavab vermədi, qohuma zəng edildi "), p(r.azPhone(), contactC), p("."))
	case 1:
		kind = "qapı"
		metn = prose(p("Qapı 23:40-da açıq qaldı, sensor "), pmac(r.mac(":", true)), p(" siqnal göndərdi."))
	default:
		metn = prose(p("Gündəlik hesabat göndərildi."))
	}
	relative := r.azeri()
	doctor := r.azeri()

	global := obj{
		{"sakin", obj{
			{"ad", cont(res.first)},
			{"soyad", cont(res.last)},
			{"ata_adı", cont(father)},
			{"telefon", cont(r.pick(r.azPhone(), r.azLocal()))},
			{"e_poçt", cont(r.email(res.first, res.last))},
			{"ünvan", obj{{"küçə", cont(a.street)}, {"şəhər", cont(a.town)}, {"poçt_indeksi", cont(a.postcode)}}},
			{"doğum_tarixi", cont(day(r.birth(1934, 1960)))},
			{"cins", sexOf(sex)},
			{"yaş", ageOf(r.in(64, 90))},
		}},
		{"sağlamlıq", clinical(obj{
			{"diaqnoz", stringsOf(hlth, r.pickSome(r.in(1, 3), "Hipertoniya", "Şəkərli diabet, 2-ci tip", "Alsheimer xəstəliyinin erkən mərhələsi", "Osteoartrit", "Ürək çatışmazlığı")...)},
			{"dərmanlar", arr{
				obj{{"ad", hlth(r.pick("Metformin", "Lizinopril", "Donepezil", "Bisoprolol", "Furosemid"))}, {"doza", hlth(r.pick("850 mq", "10 mq", "5 mq", "40 mq"))}, {"vaxt", hlth(r.pick("08:00, 20:00", "səhər", "yatmazdan əvvəl"))}},
			}},
			{"allergiya", hlth(r.pick("yoxdur", "penisillin", "aspirin", "ağcaqanad sancması"))},
			{"son_təzyiq", hlth(fmt.Sprintf("%d/%d", sys, dia))},
			{"nəbz", hlth(r.in(52, 104))},
			{"çəki", hlth(r.f1(48, 105))},
			{"qeyd", qeyd},
		})},
		{"cihazlar", obj{
			{"yataq_otagi_sensor", device(r.pick("Nənənin yataq otağı", "Babanın yataq otağı", "Yataq otağı"), r.pick("Aqara FP2", "Aqara Presence Sensor FP1E"), r.serial("54EF44", 10))},
			{"qapi_sensoru", device("Giriş qapısı", r.pick("Aqara MCCGQ11LM", "Sonoff SNZB-04"), r.serial("00158D", 10))},
			{"termostat", device("Qonaq otağı", r.pick("Tado Smart Thermostat V3+", "Netatmo NTH01"), r.serial("RU", 10))},
		}},
		{"şəbəkə", obj{
			{"wifi_adı", netw(r.pick("AzerOnline_", "CityNet-", "Aile_WiFi_", "TP-Link_") + r.HEX(4))},
			{"wifi_şifrəsi", cred(r.psk())},
			{"router_ip", netw(l.gw())},
			{"router_admin", netw("http://" + l.gw() + "/login.html")},
			{"alt_şəbəkə", netw(l.cidr())},
			{"dns", arr{netw(l.gw()), netw(r.pick("8.8.8.8", "1.1.1.1"))}},
			{"xarici_ip", netw(r.wan())},
		}},
		{"bildiriş", obj{
			{"telegram_chat_id", plain(r.in(100000000, 999999999))},
			{"qohum", obj{{"ad", cont(relative.full())}, {"telefon", cont(r.azPhone())}, {"münasibət", plain(r.pick("qızı", "oğlu", "nəvəsi", "qonşu"))}}},
			{"həkim", obj{{"ad", cont("Dr. " + doctor.full())}, {"telefon", cont(r.azLocal())}}},
			{"sms_açarı", cred(r.alnum(32))},
		}},
		{"son_hadisə", obj{
			{"növ", plain(kind)},
			{"vaxt", plain(isoMs(after(t0, -r.in(1, 600))))},
			{"mətn", metn},
		}},
		{"şifrə_minimum_uzunluq", decoy(8)},
	}

	mqttID, tgID, haID, mailID := nid(), nid(), nid(), nid()
	creds := obj{
		{mqttID, obj{{"user", cont(r.pick("nodered", "evdar", "mqtt_user"))}, {"password", cred(r.password())}}},
		{tgID, obj{{"token", cred(r.tgBot())}}},
		{haID, obj{{"access_token", cred(r.jwt(r.hex(32)))}}},
	}
	if r.chance(0.5) {
		creds = append(creds, field{mailID, obj{{"userid", cont(r.email(relative.first, relative.last))}, {"password", cred(r.password())}}})
	}

	return language(obj{
		{".config.runtime.json", obj{
			{"instanceId", decoy(r.hex(16))},
			{"_credentialSecret", cred(r.hex(64))},
			{"telemetryEnabled", plain(false)},
		}},
		{"package.json", obj{
			{"name", plain("node-red-project")},
			{"description", plain("Ağıllı mənzil – " + a.town)},
			{"version", decoy("0.0.1")},
			{"dependencies", obj{
				{"node-red-contrib-home-assistant-websocket", decoy(fmt.Sprintf("~0.%d.%d", r.in(55, 70), r.in(0, 5)))},
				{"node-red-contrib-telegrambot", decoy(fmt.Sprintf("~15.%d.%d", r.in(0, 2), r.in(0, 9)))},
				{"node-red-node-email", decoy(fmt.Sprintf("~2.%d.%d", r.in(0, 2), r.in(0, 9)))},
			}},
		}},
		{"flows_cred.json", creds},
		{"context/global/global.json", global},
		{"context/" + flowID + "/flow.json", obj{
			{"hərəkət_sayı", plain(r.in(0, 400))},
			{"otaq_temperaturu", plain(r.f1(17, 26))},
			{"gecə_rejimi", plain(r.chance(0.5))},
			{"son_yoxlama", plain(isoMs(after(t0, -r.in(1, 60))))},
		}},
	})
}
