package blindset23

import "fmt"

// rehabOrientDB: a Belarusian children's rehabilitation centre's app
// database read through the OrientDB REST API (a SQL query answer with
// @rid / @class / @version records and Belarusian property names): the
// child with address, guardian and medical block, therapy sessions, the
// centre's devices, the settings record with name / value pairs, and a
// staff user.
func rehabOrientDB(r *rng) any {
	t := r.when()
	child := r.belarusian()
	patr, _ := r.byPatronymic(child.female)
	guard := r.belarusian()
	guard.last, guard.ll = byGendered(child.last, child.ll, guard.female)
	ther := r.belarusian()
	doc := r.belarusian()
	street, house, flat, city, pc := r.byAddress()
	ridN := r.in(20, 40)
	rid := func() string { return fmt.Sprintf("#%d:%d", ridN+r.in(0, 9), r.in(0, 900)) }
	meta := func(class string) obj {
		return obj{{"@type", plain("d")}, {"@rid", plain(rid())}, {"@version", plain(r.in(1, 30))}, {"@class", plain(class)}}
	}
	emb := func() obj { return obj{{"@type", plain("d")}, {"@version", plain(0)}} }
	dt := func(x string) string {
		return x + " " + fmt.Sprintf("%02d:%02d:%02d", r.in(7, 19), r.in(0, 59), r.in(0, 59))
	}

	type dx struct{ name, icd string }
	dxs := []dx{
		{"Дзіцячы цэрэбральны параліч, спастычная дыплегія", "G80.1"},
		{"Дзіцячы цэрэбральны параліч, спастычны тэтрапарэз", "G80.0"},
		{"Расстройства аўтыстычнага спектру", "F84.0"},
		{"Сіндром Даўна", "Q90.9"},
		{"Спінальная кіла з гідрацэфаліяй", "Q05.4"},
		{"Спецыфічнае расстройства развіцця маўлення", "F80.1"},
	}
	d := dxs[r.IntN(len(dxs))]
	drugs := r.pickSome(r.in(1, 2), "Баклафен 10 мг 2 разы на дзень", "Вальпраевая кіслата 300 мг", "Леветырацэтам 250 мг", "Ботулатаксін тыпу A, ін'екцыі", "Мелатанін 3 мг на ноч")
	drugLeaves := arr{}
	for _, x := range drugs {
		drugLeaves = append(drugLeaves, hlth(x).clin())
	}
	guardPhone := r.byPhone()

	var docNote leaf
	switch r.IntN(3) {
	case 0:
		docNote = clinNote(p("Пасля курсу Локамата "), p("паляпшэнне кантролю тулава, хада з хадункамі", healthC), p(". Працягваць ЛФК. Звязацца з маці па тэл. "), p(guardPhone, contactC), p("."))
	case 1:
		docNote = clinNote(p("Сутаргі "), p(r.pick("двойчы за месяц", "адсутнічаюць паўгода", "пасля змены дозы радзейшыя"), healthC), p("; вага "), p(fmt.Sprintf("%.1f кг", r.f1(12, 45)), healthC), p(". Кансультацыя неўролага "), p(doc.full(), contactC), p("."))
	default:
		docNote = clinNote(p("Агляд без асаблівасцей."))
	}

	medical := append(emb(),
		field{"дыягназ", hlth(d.name).clin()},
		field{"код_МКБ_10", hlth(d.icd).clin()},
		field{"інваліднасць", hlth(r.pick("дзіця-інвалід", "не ўстаноўлена", "дзіця-інвалід, 3 ступень")).clin()},
		field{"вага_кг", hlth(r.f1(11, 52)).clin()},
		field{"рост_см", hlth(r.in(82, 165)).clin()},
		field{"група_крыві", hlth(r.pick("A(II) Rh+", "O(I) Rh+", "B(III) Rh−", "AB(IV) Rh+")).clin()},
		field{"алергія", hlth(r.pick("пеніцылін", "арахіс", "латекс", "не выяўлена")).clin()},
		field{"прэпараты", drugLeaves},
		field{"эпілепсія", hlth(r.chance(0.3)).clin()},
		field{"ортэзы", hlth(r.pick("АФО на абедзве нагі", "корсет Шэна", "не патрэбны")).clin()},
		field{"заўвага_ўрача", docNote},
	)
	patient := append(meta("Пацыент"),
		field{"нумар_гісторыі_хваробы", decoy(fmt.Sprintf("%d/%02d", r.in(100, 9999), r.in(20, 24)))},
		field{"прозвішча", cont(child.last)},
		field{"імя", cont(child.first)},
		field{"імя_па_бацьку", cont(patr)},
		field{"дата_нараджэння", cont(day(r.birth(2008, 2021)) + " 00:00:00")},
		field{"пол", sexOf(map[bool]string{true: "жаночы", false: "мужчынскі"}[child.female])},
		field{"адрас", append(emb(),
			field{"вуліца", cont(street)},
			field{"дом", cont(house)},
			field{"кватэра", cont(flat)},
			field{"горад", cont(city)},
			field{"паштовы_індэкс", cont(pc)},
		)},
		field{"законны_прадстаўнік", append(emb(),
			field{"прозвішча_імя", cont(guard.full())},
			field{"ступень_сваяцтва", plain(map[bool]string{true: r.pick("маці", "бабуля", "апякунка"), false: r.pick("бацька", "дзядуля", "апякун")}[guard.female])},
			field{"тэлефон", cont(guardPhone)},
			field{"электронная_пошта", cont(r.email(guard))},
		)},
		field{"медыцынскія_звесткі", medical},
		field{"курс", append(emb(),
			field{"пачатак", plain(day(t))},
			field{"канец", plain(day(after(t, 21*24*60)))},
			field{"аддзяленне", plain(r.pick("неўралагічнае", "дзённы стацыянар", "амбулаторнае"))},
			field{"палата", plain(fmt.Sprintf("%d", r.in(1, 40)))},
		)},
		field{"фота", append(emb(),
			field{"url", cont("https://files.example.org/foto/" + r.hex(16) + ".jpg")},
			field{"шырыня_px", decoy(r.pickInt(480, 600, 720))},
			field{"вышыня_px", decoy(r.pickInt(640, 800, 960))},
		)},
		field{"створана", plain(dt(day(after(t, -r.in(100, 9000)))))},
		field{"@fieldTypes", plain("дата_нараджэння=t,створана=t,медыцынскія_звесткі=b,адрас=b")},
	)

	result := arr{patient}
	for i := 0; i < r.in(1, 2); i++ {
		var note leaf
		switch r.IntN(3) {
		case 0:
			note = prose(p(r.pick("Стаіць ля апоры 3 хвіліны", "Трымае галаву лепш", "Скардзіцца на боль у каленях", "Плакаў, моцная стомленасць"), healthC), p(". "), p(ther.first, contactC), p("."))
		case 1:
			note = prose(p("Заняткі прайшлі па плане."))
		default:
			note = prose(p("Маці прасіла перанесці на 10:00."))
		}
		result = append(result, append(meta("Занятак"),
			field{"пацыент", plain(patient[1].val.(leaf).val)},
			field{"дата", plain(dt(day(after(t, i*1440))))},
			field{"тэрапеўт", cont(ther.full())},
			field{"працэдура", hlth(r.pick("ЛФК", "Локамат", "масаж спіны", "заняткі з лагапедам", "гідракінэзітэрапія"))},
			field{"працягласць_хв", plain(r.pickInt(20, 30, 45))},
			field{"заўвага", note},
		))
	}

	lanP := r.lan()
	devs := [][3]string{
		{"Планшэт кабінета ЛФК", "планшэт", r.pick("Samsung Galaxy Tab A9+", "Lenovo Tab M10 Plus", "Huawei MatePad SE")},
		{"Камера зала Локамата", "IP-камера", r.pick("Hikvision DS-2CD2143G2-I", "Dahua IPC-HDW2441T-S")},
		{"Стабілаплатформа", "медыцынская прылада", r.pick("Стабилан-01-2", "Tymo Tyromotion")},
	}
	for _, k := range r.Perm(len(devs))[:r.in(1, 2)] {
		dv := devs[k]
		fw := dev(r.semver())
		if r.chance(0.4) {
			fw = fwIP(r.ipShapedFw())
		}
		result = append(result, append(meta("Прылада"),
			field{"назва", dev(dv[0])},
			field{"тып", dev(dv[1])},
			field{"мадэль", dev(dv[2])},
			field{"серыйны_нумар", dev(r.serial(r.pick("R9", "HK", "SN"), 10))},
			field{"MAC_адрас", macAddr(r.mac(":", true))},
			field{"IP_адрас", netw(lanP.host(r.in(20, 200)))},
			field{"прашыўка", fw},
			field{"апошні_сеанс_сувязі", dev(dt(day(after(t, -r.in(1, 4000)))))},
			field{"гарантыя_да", plain(day(after(t, r.in(10000, 900000))))},
			field{"інвентарны_нумар", decoy(fmt.Sprintf("%08d", r.in(0, 99999999)))},
		))
	}

	pairs := arr{
		kvRow("ключ", "значэнне", "назва_wifi", netw(r.pick("Rehab-Staff", "Centr_5G", "MAZ-"+r.HEX(4)))),
		kvRow("ключ", "значэнне", "пароль_wifi", cred(r.psk())),
		kvRow("ключ", "значэнне", "IP_маршрутызатара", netw(lanP.gw())),
		kvRow("ключ", "значэнне", "ключ_SMS_шлюза", cred(r.infobipKey())),
		kvRow("ключ", "значэнне", "мінімальная_даўжыня_пароля", decoy("10")),
		kvRow("ключ", "значэнне", "версія_схемы", decoy(r.semver())),
	}
	result = append(result, append(meta("Налада"), field{"пары", pairs}))

	user := r.belarusian()
	result = append(result, append(meta("Карыстальнік"),
		field{"лагін", cont(r.userName(user))},
		field{"хэш_пароля", cred(r.yescrypt())},
		field{"роля", plain(r.pick("урач", "адміністратар", "рэгістратар"))},
		field{"апошні_ўваход", plain(dt(day(after(t, -r.in(1, 3000)))))},
		field{"IP_апошняга_ўваходу", netw(lanP.host(r.in(20, 200)))},
		field{"двухфактарная_аўтэнтыфікацыя", decoy(r.chance(0.4))},
		field{"колькасць_няўдалых_спроб", decoy(r.in(0, 4))},
		field{"патрабуецца_змена_пароля", decoy(r.chance(0.2))},
	))

	return language(obj{{"result", result}})
}
