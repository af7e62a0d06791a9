package blindset16

import "fmt"

// telkDexie: the offline web app of a Bulgarian regional medical-expert
// commission (ТЕЛК, which assesses the degree of disability) keeps its
// data in IndexedDB; a commission tablet's database was exported with
// dexie-export-import (formatName "dexie", table schemas, rows with
// typeson "$types"). Table and field names are in Bulgarian Cyrillic,
// notes in Bulgarian.
func telkDexie(r *rng) any {
	t0 := r.when()
	cities := []struct{ city, oblast, pc string }{{"Пловдив", "Пловдив", "4000"}, {"София", "София-град", "1000"}, {"Варна", "Варна", "9000"}, {"Бургас", "Бургас", "8000"}, {"Стара Загора", "Стара Загора", "6000"}, {"Русе", "Русе", "7000"}, {"Асеновград", "Пловдив", "4230"}}
	diagnoses := []struct{ code, text string }{
		{"I63.5", "Мозъчен инфаркт, причинен от неуточнена оклузия или стеноза на церебрални артерии"},
		{"E11.6", "Неинсулинозависим захарен диабет с други уточнени усложнения"},
		{"M54.4", "Лумбаго с ишиас"},
		{"F32.1", "Умерено тежък депресивен епизод"},
		{"C50.9", "Злокачествено новообразувание на млечната жлеза, неуточнено"},
		{"I25.1", "Атеросклеротична болест на сърцето"},
		{"G35", "Множествена склероза"},
		{"J44.9", "Хронична обструктивна белодробна болест, неуточнена"},
		{"H54.0", "Слепота на двете очи"},
	}
	meds := []string{"Аторвастатин 20 мг", "Метформин 1000 мг", "Бисопролол 5 мг", "Клопидогрел 75 мг", "Сертралин 50 мг", "Тамоксифен 20 мг", "Инсулин гларжин 20 Е", "Тиотропиум 18 мкг"}
	apiHost := r.pick("telk-api.rzi-plovdiv.internal", "telk.umbal.lan", "api.telk.internal")
	l := r.lan()

	// persons and their assessments
	var persons, assessments arr
	n := r.in(1, 3)
	for i := 0; i < n; i++ {
		pp, father := r.bulgarian()
		c := cities[r.IntN(len(cities))]
		sex := "мъж"
		if pp.female {
			sex = "жена"
		}
		created := after(t0, -r.in(100, 90000))
		persons = append(persons, obj{
			{"id", plain(i + 1)},
			{"синхр_uuid", decoy(r.uuid())},
			{"име", cont(pp.first)},
			{"презиме", cont(father)},
			{"фамилия", cont(pp.last)},
			{"дата_на_раждане", cont(day(r.birth(1948, 1998)))},
			{"пол", sexOf(sex)},
			{"телефон", cont(r.pick(r.bgPhone(), r.bgLocal()))},
			{"имейл", cont(r.email(translitBG(pp.first), translitBG(pp.last)))},
			{"адрес", obj{
				{"област", cont(c.oblast)},
				{"град", cont(c.city)},
				{"пощенски_код", cont(c.pc)},
				{"улица", cont(fmt.Sprintf("%s %d, ет. %d", r.pick("ул. „Иван Вазов“", "бул. „България“", "ул. „Христо Ботев“", "ул. „Гладстон“", "ж.к. „Тракия“ бл."), r.in(1, 180), r.in(1, 9)))},
			}},
			{"създаден", plain(isoMs(created))},
			{"$types", obj{{"създаден", plain("date")}}},
		})

		var dx arr
		chosen := r.Perm(len(diagnoses))[:r.in(1, 3)]
		for _, k := range chosen {
			d := diagnoses[k]
			dx = append(dx, obj{{"мкб", hlth(d.code)}, {"текст", hlth(d.text)}})
		}
		var ms arr
		for _, m := range r.pickSome(r.in(1, 3), meds...) {
			ms = append(ms, hlth(m))
		}
		sys1, dia1 := r.bp()
		chair := r.pick("д-р ", "доц. д-р ") + func() string { q, _ := r.bulgarian(); return q.full() }()
		var note leaf
		switch r.IntN(3) {
		case 0:
			note = prose(p("Пациентът е с "), p(r.pick("хемипареза вдясно след исхемичен инсулт", "диабетна полиневропатия и ретинопатия", "тежка дихателна недостатъчност"), healthC), p(", придвижва се с помощно средство."))
		case 1:
			rel, _ := r.bulgarian()
			note = prose(p("Да се представи "), p(r.pick("ЕКГ и консултация с кардиолог", "ЯМР на главен мозък", "хистологичен резултат"), healthC), p(". Телефон за връзка: "), p(r.bgLocal(), contactC), p(" (близък – "), p(rel.first, contactC), p(")."))
		default:
			note = prose(p("Документите са непълни, да се изиска епикриза от болничното заведение."))
		}
		assessments = append(assessments, obj{
			{"id", plain(i + 1)},
			{"лице_id", plain(i + 1)},
			{"синхр_uuid", decoy(r.uuid())},
			{"номер_на_решение", decoy(fmt.Sprintf("№ %d от %s", r.in(100, 4999), after(t0, -r.in(10, 9000)).Format("02.01.2006")))},
			{"дата_на_заседание", plain(day(after(t0, -r.in(10, 9000))))},
			{"диагнози", clinical(dx)},
			{"водеща_диагноза", hlth(diagnoses[chosen[0]].code).clin()},
			{"процент_трайно_намалена_работоспособност", hlth(r.pick3(50, 71, 90) + r.in(0, 9)).clin()},
			{"срок", plain(r.pick("1 година", "2 години", "3 години", "пожизнено"))},
			{"противопоказни_условия", hlth(r.pick("тежък физически труд, работа на височина", "нощен труд, стрес", "работа с движещи се машини", "продължително стоене")).clin()},
			{"медикаменти", clinical(ms)},
			{"ръст_см", hlth(r.in(150, 192)).clin()},
			{"тегло_кг", hlth(r.in(48, 128)).clin()},
			{"артериално_налягане", hlth(fmt.Sprintf("%d/%d", sys1, dia1)).clin()},
			{"председател", cont(chair)},
			{"бележки", note},
			{"сканиран_документ", obj{
				{"име_на_файл", joined(p("ЕР_"), p(pp.last+"_"+string([]rune(pp.first)[:1]), contactC), p("_2024.pdf"))},
				{"sha256", decoy(r.hex(64))},
				{"размер", plain(r.in(80000, 4000000))},
			}},
			{"$types", obj{{"дата_на_заседание", plain("date")}}},
		})
	}

	devices := arr{obj{
		{"id", plain(1)},
		{"модел", dev(r.pick("Samsung Galaxy Tab A8", "Lenovo Tab M10 Plus", "Samsung Galaxy Tab S6 Lite", "Huawei MatePad T10s"))},
		{"сериен_номер", dev(r.serial("R9", 9))},
		{"ос", dev(r.pick("Android 13", "Android 12", "Android 14"))},
		{"версия_на_приложението", dev(fmt.Sprintf("2.%d.%d", r.in(0, 12), r.in(0, 30)))},
		{"mac", macAddr(r.mac(":", false))},
		{"ip", netw(l.host(r.in(20, 200)))},
		{"последна_синхронизация", dev(isoMs(after(t0, -r.in(5, 3000))))},
		{"$types", obj{{"последна_синхронизация", plain("date")}}},
	}}

	setting := func(k string, v leaf) any { return obfuscated(obj{{"ключ", plain(k)}, {"стойност", v}}) }
	settings := arr{
		setting("api_адрес", netw("https://"+apiHost+"/v1")),
		setting("api_токен", cred(r.jwt("https://"+apiHost))),
		setting("wifi_мрежа", netw(r.pick("TELK-Staff", "UMBAL-Lekari", "RZI-WiFi"))),
		setting("wifi_парола", cred(r.psk())),
		setting("smtp_парола", cred(r.password())),
		setting("тема", plain("светла")),
		setting("размер_на_страница", plain(25)),
		setting("минимална_дължина_на_парола", decoy(8)),
	}

	var users arr
	for i := 0; i < r.in(1, 2); i++ {
		u, _ := r.bulgarian()
		users = append(users, obj{
			{"id", plain(i + 1)},
			{"потребителско_име", cont(ascii(u.first)[:1] + "." + ascii(u.last))},
			{"имена", cont(u.full())},
			{"роля", plain(r.pick("лекар", "секретар", "председател"))},
			{"парола_хеш", cred(r.bcrypt())},
			{"последен_вход", plain(isoMs(after(t0, -r.in(5, 5000))))},
			{"опити_за_вход", decoy(r.in(0, 4))},
		})
	}

	tables := arr{
		obj{{"name", plain("лица")}, {"schema", plain("++id,фамилия,дата_на_раждане")}, {"rowCount", plain(len(persons))}},
		obj{{"name", plain("експертизи")}, {"schema", plain("++id,лице_id,дата_на_заседание")}, {"rowCount", plain(len(assessments))}},
		obj{{"name", plain("устройства")}, {"schema", plain("++id,сериен_номер")}, {"rowCount", plain(1)}},
		obj{{"name", plain("настройки")}, {"schema", plain("ключ")}, {"rowCount", plain(len(settings))}},
		obj{{"name", plain("потребители")}, {"schema", plain("++id,&потребителско_име")}, {"rowCount", plain(len(users))}},
	}
	return language(obj{
		{"formatName", plain("dexie")},
		{"formatVersion", plain(1)},
		{"data", obj{
			{"databaseName", plain("телк-офлайн")},
			{"databaseVersion", decoy(r.in(3, 12))},
			{"tables", tables},
			{"data", arr{
				obj{{"tableName", plain("лица")}, {"inbound", plain(true)}, {"rows", persons}},
				obj{{"tableName", plain("експертизи")}, {"inbound", plain(true)}, {"rows", assessments}},
				obj{{"tableName", plain("устройства")}, {"inbound", plain(true)}, {"rows", devices}},
				obj{{"tableName", plain("настройки")}, {"inbound", plain(true)}, {"rows", settings}},
				obj{{"tableName", plain("потребители")}, {"inbound", plain(true)}, {"rows", users}},
			}},
		}},
	})
}
