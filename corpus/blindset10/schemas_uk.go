package blindset10

import (
	"fmt"
)

// stomatolohiia-tg-bot: a Kyiv dental clinic's Telegram booking bot: the
// Bot API update that arrived, the patient row the bot keeps (keys in
// Ukrainian Cyrillic), the bot's own settings and the clinic's equipment
// and network.

var ukFirstF = []string{"Олена", "Olena", "Ірина", "Iryna", "Оксана", "Oksana", "Наталія", "Nataliia", "Марія", "Mariia", "Тетяна", "Tetiana", "Юлія", "Yuliia"}
var ukFirstM = []string{"Андрій", "Andrii", "Олександр", "Oleksandr", "Дмитро", "Dmytro", "Сергій", "Serhii", "Богдан", "Bohdan", "Василь", "Vasyl", "Тарас", "Taras"}
var ukLast = []string{"Коваленко", "Kovalenko", "Шевченко", "Shevchenko", "Бондаренко", "Bondarenko", "Ткаченко", "Tkachenko", "Мельник", "Melnyk", "Кравчук", "Kravchuk", "Олійник", "Oliinyk", "Савчук", "Savchuk"}
var ukPatF = []string{"Іванівна", "Петрівна", "Миколаївна", "Олегівна", "Василівна"}
var ukPatM = []string{"Іванович", "Петрович", "Миколайович", "Олегович", "Васильович"}
var ukStreets = []string{"вул. Хрещатик", "вул. Велика Васильківська", "просп. Перемоги", "вул. Саксаганського", "бульв. Лесі Українки", "вул. Антоновича"}

func stomatTelegram(r *rng) any {
	female := r.coin(0.6)
	var first, firstRom, pat string
	if female {
		first, firstRom = r.pickPair(ukFirstF...)
		pat = r.pick(ukPatF...)
	} else {
		first, firstRom = r.pickPair(ukFirstM...)
		pat = r.pick(ukPatM...)
	}
	last, lastRom := r.pickPair(ukLast...)
	op, sfx := r.pick("67", "50", "63", "93"), r.digits(3)
	phoneIntl := "+380 " + op + " 000 0" + sfx
	phoneBare := "380" + op + "0000" + sfx
	b := r.birth(1955, 2006)
	sex := "ж"
	if !female {
		sex = "ч"
	}
	tgID := int64(r.in(5000000000, 7999999999))
	username := fmt.Sprintf("%s_%s%d", lower(firstRom), lower(lastRom[:1]), r.in(1, 99))

	// the update that came in: shared contact or a text message
	msg := obj{
		{"message_id", decoy(r.in(100, 9999))},
		{"from", obj{
			{"id", decoy(tgID)},
			{"is_bot", plain(false)},
			{"first_name", cont(first)},
			{"last_name", cont(last)},
			{"username", cont(username)},
			{"language_code", plain("uk")},
		}},
		{"chat", obj{{"id", decoy(tgID)}, {"type", plain("private")}}},
		{"date", plain(r.when())},
	}
	if r.coin(0.5) {
		msg = append(msg, field{"contact", obj{
			{"phone_number", cont(phoneBare)},
			{"first_name", cont(first)},
			{"user_id", decoy(tgID)},
		}})
	} else {
		var t leaf
		switch r.IntN(4) {
		case 0:
			t = prose(p("Добрий день! Болить зуб знизу справа, реагує на холодне. Можна сьогодні після 18?", healthC))
		case 1:
			t = prose(p("Запишіть, будь ласка, на чистку. Мій номер "), p(phoneIntl, contactC))
		case 2:
			t = prose(p("Я на варфарині, чи треба його скасовувати перед видаленням?", healthC))
		default:
			t = prose(p("Дякую, буду вчасно 👍"))
		}
		msg = append(msg, field{"text", t})
	}

	teeth := obj{}
	for _, tooth := range r.pickSome(r.in(2, 4), "16", "26", "36", "46", "11", "21", "37", "47", "18") {
		teeth = append(teeth, field{tooth, hlth(r.pick("C", "P", "Pt", "K", "R", "0", "Пл"))})
	}
	card := obj{
		{"алергії", stringsOf(hlth, r.pickSome(1, "лідокаїн", "пеніцилін", "немає", "латекс", "ібупрофен")...)},
		{"хронічні_захворювання", hlth(r.pick("немає", "цукровий діабет 2 типу", "гіпертонія", "бронхіальна астма", "гепатит С (в анамнезі)"))},
		{"препарати", hlth(r.pick("немає", "варфарин 5 мг", "метформін 850 мг", "L-тироксин 75 мкг", "аспірин кардіо 100 мг"))},
		{"зубна_формула", teeth},
		{"діагноз", hlth(r.pick("K02.1 Карієс дентину", "K04.0 Пульпіт", "K05.3 Хронічний пародонтит", "K08.1 Втрата зубів", "K07.3 Аномалії положення зубів"))},
		{"план_лікування", hlth(r.pick("пломбування 36, ендо 46", "професійна гігієна, кюретаж", "імплантація 46, коронка", "брекет-система, 18 міс."))},
	}
	if female {
		card = append(card, field{"вагітність", hlth(r.coin(0.07))})
	}

	var visits arr
	for k := r.in(1, 3); k > 0; k-- {
		var note leaf
		switch r.IntN(4) {
		case 0:
			note = prose(p("Скарги на біль при накушуванні 46, призначено ібупрофен 400 мг", healthC))
		case 1:
			note = prose(p("Анестезія артикаїн 1.7 мл, АТ перед втручанням "+fmt.Sprintf("%d/%d", r.in(110, 160), r.in(70, 100)), healthC))
		case 2:
			note = prose(p("Пацієнт не з'явився, передзвонити"))
		default:
			note = prose(p("Оплату прийнято, чек №" + r.digits(8)))
		}
		visits = append(visits, obj{
			{"дата", plain(dateAt(r.when()))},
			{"лікар", cont(r.pick("Коваленко Ірина Петрівна", "Мельник Тарас Олегович", "Савчук Юлія Іванівна"))},
			{"сума/грн", decoy(r.in(4, 90) * 50)},
			{"знижка_%", decoy(r.pick("0", "5", "10"))},
			{"нотатка", note},
		})
	}

	ip, gw, cidr := r.lan()
	kit := [][2]string{
		{"радіовізіограф", "Carestream RVG 6200"},
		{"інтраоральна камера", "Dürr VistaCam iX"},
		{"радіовізіограф", "Planmeca ProSensor HD"},
		{"стоматологічна установка", "Sirona Intego"},
	}[r.IntN(4)]
	doc := obj{
		{"update", obj{{"update_id", decoy(r.in(100000000, 999999999))}, {"message", msg}}},
		{"пацієнт", obj{
			{"прізвище", cont(last)},
			{"ім'я", cont(first)},
			{"по_батькові", cont(pat)},
			{"дата_народження", cont(b.dmy("."))},
			{"стать", sexOf(sex)},
			{"телефон", cont(phoneIntl)},
			{"ел_пошта", cont(emailOf(r, firstRom, lastRom))},
			{"адреса", cont(fmt.Sprintf("%s, %d, кв. %d, Київ, 0%d", r.pick(ukStreets...), r.in(1, 120), r.in(1, 200), r.in(1000, 4999)))},
			{"медична_картка", clinical(card)},
			{"візити", visits},
			{"telegram_id", decoy(tgID)},
			{"створено", plain(isoAt(r.when()))},
			{"рахунок", decoy("0" + r.pick("67", "50", "93") + r.digits(7))},
		}},
		{"бот", obj{
			{"token", cred(fmt.Sprintf("%d:AA%s", r.in(5000000000, 7999999999), r.b64u(33)))},
			{"webhook", cred("https://bot.example.com/tg/" + r.hex(32))},
			{"secret_token", cred(r.b64u(40))},
			{"версія", decoy(fmt.Sprintf("1.%d.%d", r.in(0, 9), r.in(0, 9)))},
		}},
		{"обладнання", arr{obj{
			{"тип", dev(kit[0])},
			{"модель", dev(kit[1])},
			{"серійний_номер", dev(r.upnum(10))},
			{"прошивка", dev(fmt.Sprintf("%d.%d.%d", r.in(1, 5), r.in(0, 12), r.in(0, 40)))},
			{"ip", netw(ip)},
			{"остання_активність", dev(isoAt(r.when()))},
			{"sha256_знімка", decoy(r.hex(64))},
		}}},
		{"мережа", obj{
			{"ssid", netw(r.pick("Dental_", "Smile-", "Stoma_") + r.pick("Staff", "Guest", "Clinic"))},
			{"пароль_wifi", cred(r.pick("zubik", "smile", "dent") + r.digits(5))},
			{"шлюз", netw(gw)},
			{"підмережа", netw(cidr)},
		}},
	}
	return language(doc)
}
