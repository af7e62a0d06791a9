package blindset9

import (
	"fmt"
	"strings"
)

// catalog-scolar-parse: a Romanian school e-register app's Parse Server
// collections dumped from MongoDB (Romanian camelCase keys; _id, _p_
// pointers, _rperm / _wperm, _created_at as $date): a pupil (names, birth
// date, class, grades, absences with medical reasons, medical file with
// special educational needs, disability grade, allergies, medication, the
// school doctor), the parent's _User (username, e-mail, bcrypt
// _hashed_password, e-mail verify and perishable tokens, phone, address in
// strada / bloc / scara / apartament / localitate / judet / cod poștal),
// the parent's _Installation (device type, push token, app and OS
// versions) and the form teacher's remark in Romanian.

func catalogScolar(g *rng) any {
	kid := g.personOf("ro")
	par := g.personOf("ro")
	kid.last = par.last
	dir := g.personOf("ro")
	medic := g.personOf("ro")
	userID := g.s(alnum, 10)
	elevID := g.s(alnum, 10)
	orase := []struct{ loc, jud, cod, str string }{
		{"Cluj-Napoca", "Cluj", "4004", "Strada Observatorului"}, {"Iași", "Iași", "7005", "Bulevardul Independenței"},
		{"Timișoara", "Timiș", "3002", "Calea Aradului"}, {"Brașov", "Brașov", "5000", "Strada Lungă"},
		{"Constanța", "Constanța", "9005", "Bulevardul Tomis"}, {"București", "Sector 3", "0300", "Bulevardul Unirii"},
	}
	o := one(g, orase...)
	date := func() obj { return obj{{"$date", plain(g.isoMs())}} }

	var note arr
	for _, m := range some(g, g.in(2, 4), "Matematică", "Limba și literatura română", "Fizică", "Istorie", "Educație fizică", "Limba engleză") {
		note = append(note, obj{{"materie", plain(m)}, {"nota", plain(g.in(4, 10))}, {"data", plain(g.date())}})
	}
	var abs arr
	for i := 0; i < g.in(1, 3); i++ {
		motivata := g.chance(60)
		var motiv leaf
		if motivata {
			motiv = hlth("scutire medicală – " + one(g, "bronșită acută", "varicelă", "gastroenterită", "fractură antebraț", "criză de astm")).clin()
		} else {
			motiv = nullDecoy()
		}
		abs = append(abs, obj{{"data", plain(g.date())}, {"materie", plain(one(g, "Matematică", "Chimie", "Biologie"))}, {"motivata", plain(motivata)}, {"motiv", motiv}})
	}
	phoneModel, phoneOS := g.phone()
	devType := "ios"
	if strings.HasPrefix(phoneOS, "Android") {
		devType = "android"
	}
	var remark []piece
	switch g.n(5) {
	case 0:
		remark = []piece{p(kid.first, contactCat), p(" are "), p(one(g, "ADHD și primește sprijin la ore", "diabet tip 1, poate mânca în clasă", "epilepsie; în caz de criză sunați la 112"), healthCat), p(".")}
	case 1:
		remark = []piece{p("Vă rog să mă sunați la "), p(g.phoneRO(), contactCat), p(" pentru ședința cu părinții.")}
	case 2:
		remark = []piece{p("Parola temporară pentru catalog este "), p(g.password(), credCat), p(", schimbați-o la prima logare.")}
	case 3:
		remark = []piece{p("Tableta clasei ("), p(one(g, "Lenovo Tab M10", "Samsung Galaxy Tab A8"), deviceCat), p(", serie "), p(strings.ToUpper(g.s(uc+num, 10)), deviceCat), p(") a fost returnată.")}
	default:
		remark = []piece{p("Elev silitor, participă la olimpiada de matematică.")}
	}

	elev := obj{
		{"_id", decoy(elevID)},
		{"numeElev", cont(kid.last)},
		{"prenumeElev", cont(kid.first)},
		{"dataNasterii", cont(g.dob())},
		{"sex", sexOf(fm(kid, "F", "M"))},
		{"clasa", plain(one(g, "a V-a A", "a VII-a B", "a IX-a C", "a XI-a D"))},
		{"numarMatricol", decoy(fmt.Sprintf("%d/%d", g.in(100, 999), g.in(2015, 2023)))},
		{"note", note},
		{"absente", abs},
		{"fisaMedicala", clinical(obj{
			{"cerinteEducationaleSpeciale", hlth(one(g, "nu", "dislexie", "tulburare de spectru autist", "ADHD"))},
			{"gradHandicap", hlth(one(g, "fără", "fără", "ușor", "accentuat"))},
			{"alergii", stringsOf(hlth, some(g, g.in(0, 2), "polen", "arahide", "penicilină", "lactoză")...)},
			{"medicatie", hlth(one(g, "nu", "Ventolin la nevoie", "insulină Humalog", "Concerta 18 mg"))},
			{"grupaSanguina", hlth(one(g, "A II Rh+", "0 I Rh+", "B III Rh-", "AB IV Rh+"))},
			{"inaltimeCm", hlth(g.in(120, 185))},
			{"greutateKg", hlth(g.in(25, 80))},
			{"medicScolar", cont("Dr. " + medic.first + " " + medic.last)},
		})},
		{"observatiiDiriginte", prose(remark...)},
		{"diriginte", cont(dir.first + " " + dir.last)},
		{"_p_parinte", decoy("_User$" + userID)},
		{"_rperm", arr{plain(userID), plain("role:profesori")}},
		{"_wperm", arr{plain("role:secretariat")}},
		{"_created_at", date()},
		{"_updated_at", date()},
	}
	user := obj{
		{"_id", decoy(userID)},
		{"username", cont(strings.ToLower(par.afirst + "." + par.alast))},
		{"email", cont(g.email(par))},
		{"emailVerified", decoy(g.chance(80))},
		{"_hashed_password", cred(g.bcrypt())},
		{"_email_verify_token", func() leaf {
			if g.chance(30) {
				return cred(g.s(alnum, 25))
			}
			return nullDecoy()
		}()},
		{"_perishable_token", cred(g.s(alnum, 25))},
		{"_failed_login_count", decoy(g.n(5))},
		{"telefon", cont(g.phoneRO())},
		{"adresa", obj{
			{"strada", cont(fmt.Sprintf("%s nr. %d", o.str, g.in(1, 140)))},
			{"bloc", cont(fmt.Sprintf("%s%d", one(g, "A", "B", "M", "G"), g.in(1, 20)))},
			{"scara", cont(one(g, "1", "2", "A", "B"))},
			{"apartament", cont(fmt.Sprint(g.in(1, 80)))},
			{"localitate", cont(o.loc)},
			{"judet", cont(o.jud)},
			{"codPostal", cont(o.cod + g.s(num, 2))},
		}},
		{"rol", plain("parinte")},
		{"ultimulMesaj", prose(one(g,
			[]piece{p("Bună ziua, "), p(kid.first, contactCat), p(" lipsește azi, are "), p(one(g, "febră 38,5", "otită", "o criză de migrenă"), healthCat), p(".")},
			[]piece{p("Vă rog să mă sunați la "), p(g.phoneRO(), contactCat), p(".")},
			[]piece{p("Mulțumim pentru excursie!")},
		)...)},
		{"_created_at", date()},
	}
	inst := obj{
		{"_id", decoy(g.s(alnum, 10))},
		{"deviceType", dev(devType)},
		{"deviceToken", cred(g.fcm())},
		{"installationId", dev(g.uuid())},
		{"appVersion", dev(g.ver(3))},
		{"osVersion", dev(phoneOS)},
		{"deviceModel", dev(phoneModel)},
		{"parseVersion", decoy(one(g, "1.17.3", "4.1.0.2", "2.8.1"))},
		{"timeZone", plain("Europe/Bucharest")},
		{"localeIdentifier", plain("ro-RO")},
		{"_p_user", decoy("_User$" + userID)},
		{"badge", decoy(g.n(12))},
	}
	return language(obj{
		{"exportedAt", plain(g.iso())},
		{"app", plain("catalog-" + strings.ToLower(one(g, "scoala8", "cnlr", "lteminescu", "sgi")))},
		{"Elev", arr{elev}},
		{"_User", arr{user}},
		{"_Installation", arr{inst}},
	})
}
