package blindset21

import (
	"fmt"
	"strconv"
	"strings"
)

// spouse draws the given name of a Kyrgyz guest's husband or wife.
func spouse(r *rng, female bool) string {
	list := kyFemale
	if female {
		list = kyMale
	}
	f, _ := split(list[r.IntN(len(list))])
	return f
}

// sanatoriumCSVJSON is an Issyk-Kul lakeside sanatorium's guest and
// treatment workbook read with csvkit (in2csv per sheet, then csvjson),
// Kyrgyz column names; csvkit types the values it can (numbers, dates,
// booleans, empty cells as null).
func sanatoriumCSVJSON(r *rng) any {
	t0 := r.when()
	office := r.lan()
	cams := r.lan()
	num := func(s string) any {
		d := strings.Map(func(c rune) rune {
			if c >= '0' && c <= '9' {
				return c
			}
			return -1
		}, s)
		n, _ := strconv.ParseInt(d, 10, 64)
		return n
	}

	var guests arr
	for i := 0; i < r.in(2, 4); i++ {
		g := r.kyrgyz()
		born := r.birth(1944, 2000)
		street, house, city, pc := r.kgAddress()
		sex := "эркек"
		if g.female {
			sex = "аял"
		}
		var phone leaf
		if r.chance(0.4) {
			phone = cont(num(r.kgPhone()))
		} else {
			phone = cont(r.pick(r.kgPhone(), r.kgLocal()))
		}
		var houseL leaf
		if n, err := strconv.Atoi(house); err == nil {
			houseL = cont(n)
		} else {
			houseL = cont(house)
		}
		diag, icd := split(r.pick("Өнөкөт гастрит|K29.5", "Бронхиалдык астма|J45.0", "Остеохондроз|M42.1", "Гипертония II даража|I11.9", "Өнөкөт бронхит|J42", "Кант диабети 2-түрү|E11.9", "Туберкулездон кийинки абал|B90.9"))
		arrive := after(t0, -r.in(100, 20000))
		sys, dia := r.bp()
		doc := r.kyrgyz()
		health := obj{
			{"Диагнозу", hlth(diag)},
			{"МКБ-10", hlth(icd)},
			{"Кан басымы", hlth(fmt.Sprintf("%d/%d", sys, dia))},
			{"Тамыр согушу", hlth(r.in(56, 104))},
			{"Салмагы (кг)", hlth(r.f1(48, 118))},
			{"Бою (см)", hlth(r.in(150, 190))},
			{"Дарылоо курсу", hlth(r.pick("кымыз терапиясы, баткак 8 жолу, массаж", "ингаляция, туз үңкүрү 10 жолу", "радон ванна, ЛФК", "кымыз, минералдык суу, диета"))},
			{"Кымыз (мл/күн)", hlth([]int{500, 750, 1000, 1500}[r.IntN(4)])},
			{"Баткак сеансы", hlth(r.in(0, 12))},
			{"Диетасы", hlth(r.pick("№5", "№9", "№10", "№15"))},
		}
		docNote := clinNote(p(r.pick("Кымызды жакшы көтөрөт. ", "Баткактан кийин башы айланды, ", "Кан басымы түнкүсүн көтөрүлөт, "), healthC), p(r.pick("курс улантылсын.", "басым күнүнө 2 жолу ченелсин.")))
		if r.chance(0.4) {
			docNote = clinNote(p("Жубайы "), p(spouse(r, g.female), contactC), p(" ("), p(r.kgLocal(), contactC), p(") менен сүйлөштүк: "), p(r.pick("дарысын үйдө унутуп калыптыр", "түнкүсүн дем кысылат"), healthC), p("."))
		}
		row := obj{
			{"№", plain(i + 1)},
			{"Фамилиясы", cont(g.last)},
			{"Аты", cont(g.first)},
			{"Атасынын аты", cont(g.patronymic)},
			{"Жынысы", sexOf(sex)},
			{"Туулган күнү", cont(day(born))},
			{"Жашы", ageOf(2024 - born.Year())},
			{"Телефону", phone},
			{"Эл. почтасы", r.orNull(0.3, cont(r.email(g.person)))},
			{"Көчөсү", cont(street)},
			{"Үйү", houseL},
			{"Шаары", cont(city)},
			{"Индекси", cont(num(pc))},
			{"Бөлмө", plain(r.in(101, 340))},
			{"Путевка №", decoy(fmt.Sprintf("П-%d-%05d", t0.Year(), r.in(1, 99999)))},
			{"Брондоо коду", decoy(r.from(upperNum, 6))},
			{"Келген күнү", plain(day(arrive))},
			{"Кеткен күнү", plain(day(after(arrive, r.in(7, 21)*1440)))},
		}
		for _, f := range health {
			row = append(row, field{f.key, clinical(f.val)})
		}
		row = append(row,
			field{"Дарыгер", cont(doc.last + " " + doc.first[:2] + ".")},
			field{"Дарыгердин эскертүүсү", docNote},
			field{"Баасы (сом)", plain(r.in(18, 90) * 1000)},
			field{"Төлөндү", plain(r.chance(0.7))},
		)
		guests = append(guests, row)
	}

	var staff arr
	for i := 0; i < r.in(2, 3); i++ {
		st := r.kyrgyz()
		staff = append(staff, obj{
			{"ФИО", cont(st.last + " " + st.first + " " + st.patronymic)},
			{"Кызматы", plain(r.pick("администратор", "медайым", "дарыгер", "бухгалтер"))},
			{"Логин", cont(strings.ToLower(ascii(st.latFirst())) + "." + strings.ToLower(ascii(st.latLast())))},
			{"Сырсөз", cred(r.password())},
			{"Телефону", cont(r.kgLocal())},
			{"Кирүү саны", decoy(r.in(0, 400))},
		})
	}

	var equip arr
	for _, e := range []struct{ name, model string }{{"УВЧ аппараты", "УВЧ-80-04"}, {"Магнитотерапия", "Алмаг-02"}, {"Ингалятор", "Omron NE-C28"}, {"Ультраүн", "Ultraphon Physio"}} {
		if r.chance(0.3) {
			continue
		}
		equip = append(equip, obj{
			{"Аталышы", dev(e.name)},
			{"Модели", dev(e.model)},
			{"Сериялык номери", dev(r.serial(r.pick("", "N", "SN"), 8))},
			{"Бөлмө", plain(r.in(1, 30))},
			{"Кубаттуулугу (Вт)", decoy([]int{80, 40, 15, 150}[r.IntN(4)])},
			{"Акыркы текшерүү", plain(day(after(t0, -r.in(10000, 300000))))},
		})
	}

	camPass := r.password()
	camIP := cams.host(r.in(10, 60))
	netRows := arr{
		obj{{"Түзмөк", plain("Wi-Fi (конокторго)")}, {"Модели", null()}, {"IP", null()}, {"Логин", netw(r.pick("Ala-Too", "Sanatoriy", "IssykKul") + r.pick("_Guest", "-5G", "_Free"))}, {"Сырсөз", cred(r.psk())}, {"Эскертүү", null()}},
		obj{{"Түзмөк", plain("Роутер")}, {"Модели", dev(r.pick("MikroTik hEX S", "Keenetic Giga", "TP-Link Archer AX23"))}, {"IP", netw(office.gw())}, {"Логин", cont("admin")}, {"Сырсөз", cred(r.password())}, {"Эскертүү", prose(p("провайдер "), p(r.pick("Saima", "Aknet", "MegaLine")), p(", статикалык IP "), p(r.wan(), netC))}},
		obj{{"Түзмөк", plain("NVR")}, {"Модели", dev(r.pick("Hikvision DS-7608NI-K2", "Dahua NVR4108HS"))}, {"IP", netw(cams.host(2))}, {"Логин", cont("admin")}, {"Сырсөз", cred(camPass)}, {"Эскертүү", prose(p("камера 3: "), p("rtsp://admin:"+camPass+"@"+camIP+":554/Streaming/Channels/101", credC, netC))}},
	}

	set := func(k string, v leaf) obj {
		return obj{{"Параметр", plain(k).obf()}, {"Мааниси", v.obf()}}
	}
	settings := arr{
		set("Яндекс OAuth токен", cred("y0_AgAAAA"+r.b64url(40))),
		set("MBank merchant key", cred("mbk_api_"+r.alnum(28))),
		set("SMS жөнөтүүчү", plain(r.pick("SANATORIY", "ALATOO-SPA", "KYMYZ"))),
		set("Сайт admin", netw("http://"+office.host(r.in(2, 9))+"/wp-admin")),
		set("Эң аз сырсөз узундугу", decoy(8)),
		set("Версия", decoy(r.semver())),
	}

	return language(obj{
		{"source", plain("санаторий_" + fmt.Sprint(t0.Year()) + ".xlsx")},
		{"sha256", decoy(r.hex(64))},
		{"command", plain("for s in $(in2csv -n book.xlsx); do in2csv --sheet \"$s\" book.xlsx | csvjson; done")},
		{"sheets", obj{
			{"Коноктор", guests},
			{"Кызматкерлер", staff},
			{"Жабдуулар", equip},
			{"Тармак", netRows},
			{"Жөндөөлөр", settings},
		}},
	})
}
