package blindset19

import (
	"encoding/base64"
	"fmt"
)

// emkhana1COData is an Almaty / Astana private polyclinic's 1C:Enterprise
// configuration with Kazakh object and attribute names, read through the
// standard OData interface by an integrator (the request with a Basic
// header; each entity set with its odata.metadata URL on the internal
// 1C server): Catalog_Науқастар (patients: Ref_Key, DataVersion,
// DeletionMark, Code, Description as surname, name and patronymic; birth
// date, sex, phone, e-mail, one-line address, blood group, allergy,
// chronic diseases, height, weight, pregnancy, treating doctor key, a
// note), Catalog_Дәрігерлер (doctors with specialty and phone),
// Document_ДәрігерҚабылдауы (visits: number, date, posted, patient and
// doctor keys, complaints, ICD-10 code and name, blood pressure, pulse,
// temperature, prescription lines, sum, responsible user, comment),
// InformationRegister_ҮйдегіҚұрылғылар (home BP monitors and glucometers:
// model, serial, app, app version, last sync, MAC),
// InformationRegister_SMSЖурналы (SMS texts in Kazakh) and constants
// (SMS gateway key, Wi-Fi name and password, the 1C platform version
// shaped like an IP).
func emkhana1COData(r *rng) any {
	clinic := r.pick("densaulyq", "shipager", "emkhana-plus", "zhanuya-med")
	host := "1c-srv." + clinic + ".internal"
	base := "http://" + host + "/clinic/odata/standard.odata/"
	t := r.when()
	dataVersion := func() leaf { return decoy(base64.StdEncoding.EncodeToString(r.bytes(8))) }
	set := func(name string, rows arr) obj {
		return obj{
			{"odata.metadata", netw(base + "$metadata#" + name)},
			{"value", rows},
		}
	}
	kzPatr := func(p person) string {
		f := kzMale[r.IntN(len(kzMale))]
		fn, _ := split(f)
		if p.female {
			return fn + "қызы"
		}
		return fn + "ұлы"
	}
	var doctors arr
	var docKeys []string
	for i := 0; i < r.in(1, 2); i++ {
		d := r.kazakh()
		key := r.uuid()
		docKeys = append(docKeys, key)
		doctors = append(doctors, obj{
			{"Ref_Key", decoy(key)},
			{"DataVersion", dataVersion()},
			{"DeletionMark", plain(false)},
			{"Code", plain(fmt.Sprintf("%09d", r.in(1, 999)))},
			{"Description", cont(d.full())},
			{"Мамандығы", plain(r.pick("Терапевт", "Кардиолог", "Эндокринолог", "Гинеколог", "Педиатр"))},
			{"Телефон", cont(r.kzPhone())},
			{"Predefined", plain(false)},
			{"PredefinedDataName", plain("")},
		})
	}
	var patients arr
	var patKeys []string
	var patFirst []string
	for i := 0; i < r.in(2, 3); i++ {
		pp := r.kazakh()
		key := r.uuid()
		patKeys = append(patKeys, key)
		patFirst = append(patFirst, pp.first)
		street, town, pc := r.kzAddress()
		dob := r.birth(1950, 2006)
		sex := "Ер"
		preg := false
		if pp.female {
			sex = "Әйел"
			preg = r.chance(0.2)
		}
		patr := kzPatr(pp)
		patients = append(patients, flatten(obj{
			{"Ref_Key", decoy(key)},
			{"DataVersion", dataVersion()},
			{"DeletionMark", plain(false)},
			{"Code", plain(fmt.Sprintf("%09d", r.in(1, 99999)))},
			{"Description", cont(pp.last + " " + pp.first + " " + patr)},
			{"Тегі", cont(pp.last)},
			{"Аты", cont(pp.first)},
			{"ӘкесініңАты", cont(patr)},
			{"ТуғанКүні", cont(dob.Format("2006-01-02T15:04:05"))},
			{"Жынысы", sexOf(sex)},
			{"Телефон", cont(r.pick(r.kzPhone(), r.kzLocal()))},
			{"ЭлектрондықПошта", r.orNull(0.3, cont(r.email(pp)))},
			{"Мекенжайы", cont(pc + ", " + town + ", " + street)},
			{flatMark, clinical(obj{
				{"ҚанТобы", hlth(r.pick("O(I) Rh+", "A(II) Rh+", "B(III) Rh-", "AB(IV) Rh+"))},
				{"Аллергия", hlth(r.pick("Пенициллин", "Жоқ", "Тозаң", "Аспирин"))},
				{"СозылмалыАурулар", hlth(r.pick("Гипертония", "Қант диабеті 2 типі", "Бронх демікпесі", "Жоқ"))},
				{"Бойы", hlth(r.in(150, 192))},
				{"Салмағы", hlth(r.f1(48, 118))},
				{"Жүктілік", hlth(preg)},
				{"Ескертпе", clinNote(p(r.pick("Науқас бас ауруына шағымданады. ", "Қан қысымы жоғары, дәрі мөлшерін көбейту. ", "Жүкті, 20 апта. ", "Тұрақты бақылау. "), healthC), p("Келесі қабылдау бір айдан кейін."))},
			})},
			{"ЕмдеушіДәрігер_Key", decoy(docKeys[r.IntN(len(docKeys))])},
			{"Predefined", plain(false)},
			{"PredefinedDataName", plain("")},
		}))
	}
	icd := [][2]string{{"I10", "Эссенциалды гипертензия"}, {"E11.9", "Қант диабеті 2 типі, асқынусыз"}, {"J06.9", "Жоғарғы тыныс жолдарының жедел инфекциясы"}, {"O26.9", "Жүктілікке байланысты жағдай"}, {"M54.5", "Бел ауруы"}}
	var visits arr
	for i := 0; i < r.in(1, 3); i++ {
		k := r.IntN(len(patKeys))
		dx := icd[r.IntN(len(icd))]
		sys, dia := r.bp()
		var lines arr
		for j := 0; j < r.in(1, 2); j++ {
			lines = append(lines, obj{
				{"LineNumber", plain(fmt.Sprint(j + 1))},
				{"Препарат", hlth(r.pick("Амлодипин 5 мг", "Метформин 850 мг", "Парацетамол 500 мг", "Фолий қышқылы 400 мкг", "Ибупрофен 400 мг"))},
				{"Дозасы", hlth(r.pick("күніне 1 рет", "күніне 2 рет", "қажет болғанда"))},
				{"КүнСаны", hlth(r.pick4(5, 7, 14, 30))},
			})
		}
		at := after(t, -r.in(0, 40000))
		visits = append(visits, flatten(obj{
			{"Ref_Key", decoy(r.uuid())},
			{"DataVersion", dataVersion()},
			{"DeletionMark", plain(false)},
			{"Number", plain(fmt.Sprintf("ЕМ00-%06d", r.in(1, 999999)))},
			{"Date", plain(at.Format("2006-01-02T15:04:05"))},
			{"Posted", plain(true)},
			{"Науқас_Key", decoy(patKeys[k])},
			{"Дәрігер_Key", decoy(docKeys[r.IntN(len(docKeys))])},
			{flatMark, clinical(obj{
				{"Шағымдары", hlth(r.pick("Бас ауруы, бас айналу", "Жөтел, дене қызуы", "Белдің ауыруы", "Шөлдеу, жиі зәр шығару"))},
				{"ДиагнозКоды", hlth(dx[0])},
				{"ДиагнозАтауы", hlth(dx[1])},
				{"ҚысымЖоғарғы", hlth(sys)},
				{"ҚысымТөменгі", hlth(dia)},
				{"Пульс", hlth(r.in(54, 110))},
				{"Температура", hlth(r.f1(36.1, 38.9))},
				{"Тағайындаулар", lines},
			})},
			{"Сомасы", decoy(r.pick4(8000, 12000, 15000, 22000))},
			{"Жауапты", cont(r.userName(r.kazakh()))},
			{"Пікір", prose(p(r.pick("Науқас уақытында келді.", "Төлем Kaspi арқылы.", "Телефон арқылы расталды.")))},
		}))
	}
	devModels := []struct{ model, app string }{{"Omron M7 Intelli IT", "OMRON connect"}, {"Omron M4 Intelli IT", "OMRON connect"}, {"Accu-Chek Instant", "mySugr"}, {"Contour Next One", "Contour Diabetes"}, {"Xiaomi Mi Body Composition Scale 2", "Zepp Life"}}
	var homeDevs arr
	for i := 0; i < r.in(1, 3); i++ {
		m := devModels[r.IntN(len(devModels))]
		homeDevs = append(homeDevs, obj{
			{"Науқас_Key", decoy(patKeys[r.IntN(len(patKeys))])},
			{"Құрылғы", dev(m.model)},
			{"СериялықНөмір", dev(r.serial(r.pick("2024", "JT", "OM", "GA"), 8))},
			{"Қосымша", plain(m.app)},
			{"ҚосымшаНұсқасы", dev(r.semver())},
			{"СоңғыСинхрондау", dev(after(t, -r.in(0, 9000)).Format("2006-01-02T15:04:05"))},
			{"MACМекенжайы", macAddr(r.mac(":", true))},
		})
	}
	var smsLog arr
	for i := 0; i < r.in(2, 3); i++ {
		f := patFirst[r.IntN(len(patFirst))]
		var txt leaf
		if r.chance(0.5) {
			txt = prose(p("Құрметті "), p(f, contactC), p(", дәрігер қабылдауыңыз "+day(after(t, r.in(1000, 20000)))+" сағат 14:30-да. Емхана."))
		} else {
			txt = prose(p(f, contactC), p(", талдау нәтижелеріңіз дайын: "), p(fmt.Sprintf("қандағы қант %.1f ммоль/л", 4+r.Float64()*8), healthC), p("."))
		}
		smsLog = append(smsLog, obj{
			{"Period", plain(after(t, -r.in(0, 9000)).Format("2006-01-02T15:04:05"))},
			{"Телефон", cont(r.kzPhone())},
			{"Мәтін", txt},
			{"Күйі", plain(r.pick("Жеткізілді", "Жіберілді", "Қате"))},
			{"ХабарламаID", decoy(r.digits(12))},
		})
	}
	user := r.pick("odata_integr", "integration", "web_exchange")
	basic := base64.StdEncoding.EncodeToString([]byte(user + ":" + r.password()))
	return language(obj{
		{"request", obj{
			{"method", plain("GET")},
			{"url", netw(base + "Catalog_Науқастар?$format=json")},
			{"Authorization", cred("Basic " + basic)},
			{"User", cont(user)},
			{"at", plain(iso(t))},
		}},
		{"Catalog_Дәрігерлер", set("Catalog_Дәрігерлер", doctors)},
		{"Catalog_Науқастар", set("Catalog_Науқастар", patients)},
		{"Document_ДәрігерҚабылдауы", set("Document_ДәрігерҚабылдауы", visits)},
		{"InformationRegister_ҮйдегіҚұрылғылар", set("InformationRegister_ҮйдегіҚұрылғылар", homeDevs)},
		{"InformationRegister_SMSЖурналы", set("InformationRegister_SMSЖурналы", smsLog)},
		{"Constants", obj{
			{"SMSШлюзКілті", cred("kz" + r.hex(40))},
			{"SMSЖіберуші", plain(r.pick("EMKHANA", "DENSAULYQ", "MEDINFO"))},
			{"WiFiАты", netw(r.pick("Emkhana-Staff", "Clinic_5G", "Beeline_"+r.HEX(4), "Kazakhtelecom-"+r.HEX(4)))},
			{"WiFiҚұпиясөзі", cred(r.psk())},
			{"ПлатформаНұсқасы", decoy(r.pick("8.3.24.1467", "8.3.23.2040", "8.3.22.1923"))},
			{"КонфигурацияНұсқасы", decoy(r.semver())},
			{"ҚұпиясөздіңЕңАзҰзындығы", decoy(8)},
		}},
	})
}

// flatMark is the key of a member whose own members flatten lifts into
// the parent object (a block marked clinical that 1C stores flat).
const flatMark = "\x00flat"

// flatten lifts the members of every flatMark member into o.
func flatten(o obj) obj {
	var out obj
	for _, f := range o {
		if f.key == flatMark {
			out = append(out, f.val.(obj)...)
			continue
		}
		out = append(out, f)
	}
	return out
}
