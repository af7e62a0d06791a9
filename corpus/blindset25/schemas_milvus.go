package blindset25

import "fmt"

// cottonginMilvus: a Mary-province cotton gin runs a heat-stress programme
// with wristbands for its workers; the vendor put workers, readings and
// settings into Milvus (for an "AI assistant"), and a contractor's
// capture holds RESTful v2 entities/query calls with their answers: the
// Bearer user:password token, worker entities with ASCII-folded Turkmen
// field names and JSON fields whose keys keep Turkmen letters (address,
// health, wristband), reading entities (skin temperature and heart rate
// beside air temperature and humidity, the gateway), a user, and the
// settings JSON (Wi-Fi, MQTT broker with a Mosquitto password line, a
// router's Cisco type 9 hash).
func cottonginMilvus(r *rng) any {
	t := r.when()
	srv := r.lan()
	host := srv.host(r.in(10, 40))
	user := r.pick("root", "gin_app", "milvus_admin")
	token := user + ":" + r.pick("Milvus", r.password())
	call := func(coll, filter string, out arr, data arr) obj {
		return obj{
			{"request", obj{
				{"method", plain("POST")},
				{"url", netw(fmt.Sprintf("http://%s:19530/v2/vectordb/entities/query", host))},
				{"headers", obj{{"Authorization", cred("Bearer " + token)}, {"Content-Type", plain("application/json")}}},
				{"body", obj{
					{"dbName", plain("default")},
					{"collectionName", plain(coll)},
					{"filter", plain(filter)},
					{"outputFields", out},
					{"limit", plain(20)},
				}},
			}},
			{"response", obj{{"code", plain(0)}, {"cost", plain(0)}, {"data", data}}},
		}
	}

	workers := arr{}
	var wids []int
	gwIP := srv.host(r.in(50, 90))
	gwMac := r.mac(":", true)
	for i := 0; i < r.in(1, 2); i++ {
		id := r.in(100000, 999999)
		wids = append(wids, id)
		workers = append(workers, tmWorker(r, id))
	}
	readings := arr{}
	for i := 0; i < r.in(2, 3); i++ {
		readings = append(readings, obj{
			{"id", plain(r.in(10000000, 99999999))},
			{"ishchi_id", plain(wids[r.IntN(len(wids))])},
			{"wagt", plain(unixMs(after(t, -r.in(1, 600))))},
			{"deri_temperaturasy", hlth(r.f1(35.2, 39.4))},
			{"yurek_urgusy", hlth(r.in(70, 170))},
			{"howa_temperaturasy", decoy(r.f1(31, 47))},
			{"cyglylyk", plain(r.in(10, 40))},
			{"duydurys_derejesi", plain(r.pick("ýaşyl", "sary", "gyzyl"))},
			{"gateway_ip", netw(gwIP)},
			{"gateway_mac", macAddr(gwMac)},
		})
	}

	u := r.turkmen()
	users := arr{obj{
		{"id", plain(r.in(1, 99))},
		{"ulanyjy_ady", cont(r.userName(u))},
		{"ady", cont(u.full())},
		{"email", cont(r.email(u))},
		{"telefon", cont(r.tmPhone())},
		{"parol_hash", cred(r.bcryptSha256())},
		{"wezipesi", plain(r.pick("lukman", "ussa", "administrator"))},
		{"email_tassyklandy", decoy(r.chance(0.5))},
	}}

	mqttUser := r.pick("wristgw", "gin-gw", "bilezik")
	settings := arr{obj{
		{"id", plain(1)},
		{"bahalar", obj{
			{"wifi_ady", netw(r.pick("Pagta", "Gin", "Zawod") + "-" + r.HEX(4))},
			{"wifi_paroly", cred(r.psk())},
			{"mqtt_broker", netw(fmt.Sprintf("mqtt://%s:1883", srv.host(r.in(5, 9))))},
			{"mqtt_ulanyjy", cont(mqttUser)},
			{"mqtt_passwd_setiri", cred(mqttUser + ":" + r.mosquitto7())},
			{"router_admin", netw("http://" + srv.gw())},
			{"router_parol_hash", cred(r.cisco9())},
			{"iň_gysga_parol_uzynlygy", decoy(r.pickInt(6, 8))},
			{"wersiýa", decoy(r.semver())},
			{"ýylylyk_çägi_°C", decoy(r.pickInt(38, 39))},
		}},
	}}

	return language(obj{
		{"tool", plain("milvus-rest-capture")},
		{"calls", arr{
			call("ishciler", `salgy["welaýat"] == "Mary welaýaty"`, arr{plain("*")}, workers),
			call("okumlar", fmt.Sprintf("ishchi_id in [%d]", wids[0]), arr{plain("*")}, readings),
			call("ulanyjylar", "id > 0", arr{plain("*")}, users),
			call("sazlamalar", "id == 1", arr{plain("bahalar")}, settings),
		}},
	})
}

func tmWorker(r *rng, id int) obj {
	tt := r.when()
	w := r.turkmen()
	father := r.male(r.turkmen)
	welayat, etrap, town, street, house := r.tmAddress()
	dob := r.birth(1962, 2005)
	jyns := "erkek"
	if w.female {
		jyns = "aýal"
	}
	sys, dia := r.bp()
	band := r.pick("Kenzen Patch", "Garmin vívosmart 5", "Polar Verity Sense", "SlateSafety BAND V2")
	bandSN := r.serial("", 10)
	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p(w.first, contactC), p(" "+r.pick("işde huşuny ýitirdi, ýylylyk urgusy", "gan basyşy ýokary, derman içenok", "göwreli, agyr iş bermeli däl"), healthC), p("; ussa "), p(r.turkmen().first, contactC), p(" habarly."))
	case 1:
		note = prose(p("Bilezik "), p(bandSN, devC), p(" gateway bilen baglanyşmaýar, täzeden jübütlendi."))
	case 2:
		note = prose(p("Ýakyny: "), p(father.full(), contactC), p(", "), p(r.tmPhone(), contactC))
	default:
		note = prose(p("Smena üýtgedildi."))
	}
	return obj{
		{"id", plain(id)},
		{"tabel_belgisi", decoy(fmt.Sprintf("T-%05d", r.in(1, 99999)))},
		{"ady", cont(w.first)},
		{"familiyasy", cont(w.last)},
		{"atasynyn_ady", cont(father.first)},
		{"doglan_senesi", cont(day(dob))},
		{"yashy", ageOf(age(dob, tt))},
		{"jynsy", sexOf(jyns)},
		{"telefon", cont(r.tmPhone())},
		{"salgy", obj{
			{"welaýat", cont(welayat)},
			{"etrap", cont(etrap)},
			{"şäher", cont(town)},
			{"köçe", cont(street)},
			{"jaý", cont(house)},
		}},
		{"saglyk", clinical(obj{
			{"agramy", hlth(r.f1(48, 104))},
			{"boýy", hlth(r.in(150, 190))},
			{"gan_basyşy", hlth(fmt.Sprintf("%d/%d", sys, dia))},
			{"ýürek_urgusy_dynçlykda", hlth(r.in(52, 96))},
			{"keselleri", arr{hlth(r.pick("gipertoniýa", "şeker keseli 2-nji görnüş", "demgysma", "ýok"))}},
			{"dermanlary", arr{hlth(r.pick("enalapril 10 mg", "metformin 850 mg", "salbutamol", "ýok"))}},
			{"gan_topary", hlth(r.pick("I (0) Rh+", "II (A) Rh+", "III (B) Rh+", "IV (AB) Rh-"))},
			{"allergiýa", r.orNull(0.6, hlth(r.pick("penisillin", "pagta tozany")))},
			{"ýylylyk_urgusy_taryhy", hlth(r.chance(0.2))},
		})},
		{"bilezik", obj{
			{"modeli", dev(band)},
			{"seriýa_belgisi", dev(bandSN)},
			{"mac_salgysy", macAddr(r.mac(":", true))},
			{"programma_wersiýasy", fwIP(r.ipShapedFw())},
			{"soňky_görlen", dev(unixMs(after(tt, -r.in(1, 900))))},
		}},
		{"bellik", note},
		{"smena", plain(r.pick("gündiz", "gije"))},
		{"faýl_hash", decoy(r.hex(40))},
		{"bugun_pagta_kg", decoy(r.in(80, 640))},
	}
}
