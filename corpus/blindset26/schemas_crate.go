package blindset26

import (
	"encoding/base64"
	"fmt"
)

// pretripCrate: a Naberezhnye Chelny bus and lorry fleet runs pre-trip
// medical checks of its drivers at self-service kiosks and stores them in
// CrateDB; an analyst's capture holds four calls to the HTTP _sql
// endpoint with their answers (cols, col_types, rows, rowcount,
// duration): the node version, the checks (OBJECT columns with Tatar
// keys: the driver with patronymic, birth date, phone and address, the
// examination with blood pressure, pulse, temperature, breath alcohol,
// complaints, chronic illnesses, medicines and the nurse's note, the
// kiosk with its breathalyser and tonometer, IP, MAC and last contact),
// the kiosk users (logins, e-mails, yescrypt hashes) and the settings as
// name / value rows.
func pretripCrate(r *rng) any {
	t := r.when()
	srv := r.lan()
	user := "medosmotr_app"
	pw := r.password()
	basic := base64.StdEncoding.EncodeToString([]byte(user + ":" + pw))
	kioskNet := r.lan()

	call := func(stmt string, args arr, cols []string, types arr, rows arr) obj {
		return obj{
			{"stmt", plain(stmt)},
			{"args", args},
			{"җавап", obj{
				{"cols", strArr(cols)},
				{"col_types", types},
				{"rows", rows},
				{"rowcount", plain(len(rows))},
				{"duration", plain(r.f2(0.8, 40))},
			}},
		}
	}

	checks := arr{}
	for i := 0; i < r.in(2, 4); i++ {
		checks = append(checks, ttCheck(r, kioskNet))
	}

	users := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		n := r.tatar()
		users = append(users, arr{
			cont(r.userName(n)),
			cont(r.email(n)),
			cred(r.yescrypt()),
			plain(r.pick("шәфкать_туташы", "табиб", "диспетчер", "администратор")),
			plain(iso(after(t, -r.in(10, 9000)))),
		})
	}

	settings := arr{
		pair("wifi_челтәре", netw(r.ssid("Medpunkt"))),
		pair("wifi_серсүзе", cred(r.psk())),
		pair("sms_шлюз_ачкычы", cred(r.alnum(32))),
		pair("челтәр", netw(kioskNet.cidr())),
		pair("шлюз", netw(kioskNet.gw())),
		pair("dns", netw(r.dns(kioskNet))),
		pair("хисап_серверы", netw(fmt.Sprintf("https://%s:4200", srv.host(r.in(10, 40))))),
		pair("серсүз_мин_озынлыгы", decoy(r.pickInt(8, 10))),
		pair("бүлмә_температурасы_чик", decoy(r.pickInt(18, 25))),
		pair("кушымта_версиясе", decoy(r.semver())),
	}

	return language(obj{
		{"сервер", plain(fmt.Sprintf("http://%s:4200/_sql?types", srv.host(r.in(10, 40))))},
		{"башлыклар", obj{{"Authorization", cred("Basic " + basic)}, {"Default-Schema", plain("медосмотр")}}},
		{"сораулар", arr{
			call("SELECT version['number'] FROM sys.nodes LIMIT 1", arr{}, []string{"version['number']"}, arr{plain(4)}, arr{arr{decoy(r.pick("5.6.3", "5.7.2", "5.8.1"))}}),
			call(`SELECT id, "йөртүче", "тикшерү", "терминал", "нәтиҗә", "вакыт" FROM "тикшерүләр" WHERE "вакыт" > ? ORDER BY "вакыт" DESC LIMIT 20`,
				arr{plain(iso(after(t, -1440)))},
				[]string{"id", "йөртүче", "тикшерү", "терминал", "нәтиҗә", "вакыт"},
				arr{plain(4), plain(12), plain(12), plain(12), plain(4), plain(11)},
				checks),
			call(`SELECT "логин", "эл_почта", "серсүз_хэше", "роль", "соңгы_керү" FROM "кулланучылар"`, arr{},
				[]string{"логин", "эл_почта", "серсүз_хэше", "роль", "соңгы_керү"},
				arr{plain(4), plain(4), plain(4), plain(4), plain(11)},
				users),
			call(`SELECT "исем", "кыйммәт" FROM "көйләүләр"`, arr{},
				[]string{"исем", "кыйммәт"},
				arr{plain(4), plain(4)},
				settings),
		}},
	})
}

func strArr(xs []string) arr {
	out := arr{}
	for _, x := range xs {
		out = append(out, plain(x))
	}
	return out
}

var ttChronic = []string{"гипертония II дәрәҗә", "шикәр диабеты 2 тип", "хроник гастрит", "бронхиаль астма", "остеохондроз", "ишемик йөрәк авыруы"}
var ttDrugs = []string{"лозартан 50 мг", "метформин 850 мг", "амлодипин 5 мг", "омепразол 20 мг", "сальбутамол ингаляторы", "бисопролол 5 мг"}

func ttCheck(r *rng, kioskNet lan) arr {
	t := r.when()
	d := r.tatar()
	nurse := r.female(r.tatar)
	dob := r.birth(1962, 2001)
	city, street, house, flat, pc := r.ttAddress()
	sys, dia := r.bp()
	pulse := r.in(54, 112)
	alc := 0.0
	if r.chance(0.08) {
		alc = r.f2(0.05, 0.4)
	}
	ok := sys < 150 && dia < 95 && alc == 0 && pulse < 100
	chronic := arr{}
	for _, c := range r.pickSome(r.in(0, 2), ttChronic...) {
		chronic = append(chronic, hlth(c))
	}
	drugs := arr{}
	for _, c := range r.pickSome(r.in(0, 2), ttDrugs...) {
		drugs = append(drugs, hlth(c))
	}
	var complaint leaf
	if r.chance(0.6) {
		complaint = hlth("зарлану юк")
	} else {
		complaint = hlth(r.pick("баш авырта", "йокы туймады", "баш әйләнә", "тамак авырта"))
	}
	var note leaf
	switch {
	case !ok:
		note = clinNote(p(fmt.Sprintf("Кан басымы %d/%d, 10 минуттан соң кабатлау - %d/%d. ", sys, dia, sys-r.in(0, 6), dia-r.in(0, 4)), healthC), p("Рейска чыгарылмады, табибка юнәлтелде. "), p(d.first, contactC), p(" телефоны: "), p(r.ruLocal(), contactC))
	case r.chance(0.4):
		note = clinNote(p("Искәрмә юк."))
	default:
		note = clinNote(p(r.pick("Кичә төнге сменада эшләгән, хәле канәгатьләнерлек.", "Лозартанны иртән эчкән.", "Салкын тию билгеләре юк."), healthC))
	}
	sexV := "ир"
	if d.female {
		sexV = "хатын-кыз"
	}
	exam := clinical(obj{
		{"кан_басымы", obj{{"югары", hlth(sys)}, {"түбән", hlth(dia)}}},
		{"пульс", hlth(pulse)},
		{"тән_температурасы", hlth(r.f1(35.9, 37.6))},
		{"алкоголь_мг_л", hlth(alc)},
		{"зарланулар", complaint},
		{"хроник_авырулар", chronic},
		{"дарулар", drugs},
		{"табиб_искәрмәсе", note},
		{"шәфкать_туташы", cont(nurse.first + " " + nurse.father + " " + nurse.last)},
	})
	var verdict leaf
	if ok {
		verdict = hlth("рөхсәт ителде")
	} else {
		verdict = hlth("рөхсәт ителмәде")
	}
	kiosk := obj{
		{"исем", dev(fmt.Sprintf("ТМО-%d %s", r.in(1, 6), r.pick("диспетчерская", "КПП", "гараж 2")))},
		{"модель", dev(r.pick("ЭСМО «Медпоинт-24»", "ПАК «Медосмотр-Авто»"))},
		{"с/н", dev(r.serial("MP", 8))},
		{"по_версиясе", dev(fmt.Sprintf("%d.%d.%d", r.in(2, 4), r.in(0, 12), r.in(0, 40)))},
		{"ip", netw(kioskNet.host(r.in(20, 90)))},
		{"mac", macAddr(r.mac(":", false))},
		{"соңгы_элемтә", dev(iso(after(t, -r.in(0, 30))))},
		{"бүлмә_температурасы", decoy(r.f1(18, 26))},
		{"алкотестер", obj{{"модель", dev("Алкотектор Юпитер")}, {"с/н", dev(r.digits(6))}, {"калибровка", plain(day(after(t, -r.in(1000, 200000))))}}},
		{"тонометр", obj{{"модель", dev(r.pick("A&D UA-777", "Omron M3 Expert"))}, {"с/н", dev(r.serial("", 10))}}},
	}
	driver := obj{
		{"исем", cont(d.first)},
		{"фамилия", cont(d.last)},
		{"әтисенең_исеме", cont(d.father)},
		{"туган_көне", cont(day(dob))},
		{"яше", ageOf(age(dob, t))},
		{"җенесе", sexOf(sexV)},
		{"тел", cont(r.pick(r.ruLocal(), r.ruIntl()))},
		{"табель_номеры", plain(r.digits(5))},
		{"колонна", plain(fmt.Sprintf("%d нче автоколонна", r.in(1, 5)))},
		{"адрес", obj{{"шәһәр", cont(city)}, {"урам", cont(street)}, {"йорт", cont(house)}, {"фатир", cont(flat)}, {"индекс", cont(pc)}}},
	}
	return arr{plain(r.uuid()), driver, exam, kiosk, verdict, plain(unixMs(t))}
}
