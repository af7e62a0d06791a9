package blindset19

import (
	"fmt"
)

// kanoChemistD1 is a Kano community pharmacy chain's chronic-care refill
// service, dumped with `wrangler d1 execute --remote --json` (one result
// object per SELECT: results, success, meta with served_by, timings,
// rows read and size): Hausa column names. marasa_lafiya (patients: name,
// father's name, sex, birth date, age, phone, e-mail, street, area, city,
// postcode, state, conditions with ICD-10, medicines with dosing in Hausa,
// drug allergy, weight, height, blood pressure, glucose, pregnancy as
// 0/1, blood group, the pharmacist's note), maaikata (staff: full name,
// e-mail, phone, scrypt hash, role, last login, locked flag), naurori
// (shop devices: nickname, model, serial, MAC, IP, app and OS
// version, last seen, FCM token), saituna (settings as mabudi / daraja
// rows: Wi-Fi name and password, SMS and payment keys, router admin URL,
// shop phone, password-length and schema-version look-alikes) and odar
// (orders with an items JSON string, total and a delivery note in Hausa).
func kanoChemistD1(r *rng) any {
	t := r.when()
	l := r.lan()
	meta := func(rows int) obj {
		d := r.f1(0.1, 3)
		return obj{
			{"served_by", plain("v3-prod")},
			{"served_by_region", plain(r.pick("WEUR", "EEUR", "ENAM"))},
			{"served_by_primary", plain(true)},
			{"timings", obj{{"sql_duration_ms", plain(d)}}},
			{"duration", plain(d)},
			{"changes", plain(0)},
			{"last_row_id", plain(0)},
			{"changed_db", plain(false)},
			{"size_after", plain(r.in(200000, 9000000))},
			{"rows_read", plain(rows)},
			{"rows_written", plain(0)},
		}
	}
	result := func(rows arr) obj {
		return obj{{"results", rows}, {"success", plain(true)}, {"meta", meta(len(rows))}}
	}

	conds := []struct{ text, note string }{
		{"Ciwon sukari (E11.9)", "Metformin 500mg sau biyu a rana"},
		{"Hawan jini (I10)", "Amlodipine 10mg sau ɗaya a rana"},
		{"Ciwon asma (J45.9)", "Salbutamol inhaler idan ana bukata"},
		{"Ciwon sikila (D57.1)", "Folic acid 5mg kullum, Proguanil 100mg"},
		{"Ciwon koda na dogon lokaci (N18.3)", "Lisinopril 5mg da safe"},
	}
	var patients arr
	var names []person
	var areas []string
	for i := 0; i < r.in(2, 3); i++ {
		pp := r.hausa()
		names = append(names, pp)
		street, area, town, pc := r.ngAddress()
		areas = append(areas, area)
		dob := r.birth(1950, 2002)
		c := conds[r.IntN(len(conds))]
		sys, dia := r.bp()
		sex := "Namiji"
		preg := leaf{}
		if pp.female {
			sex = "Mace"
			preg = hlth(r.pick4(0, 0, 1, 0)).clin()
		} else {
			preg = hlth(0).clin()
		}
		father := haMale[r.IntN(len(haMale))]
		patients = append(patients, obj{
			{"id", plain(r.in(100, 9999))},
			{"suna", cont(pp.first)},
			{"sunan_mahaifi", cont(father)},
			{"sunan_iyali", cont(pp.last)},
			{"jinsi", sexOf(sex)},
			{"ranar_haihuwa", cont(day(dob))},
			{"shekaru", ageOf(2024 - dob.Year())},
			{"lambar_waya", cont(r.pick(r.ngPhone(), r.ngLocal()))},
			{"imel", r.orNull(0.4, cont(r.email(pp)))},
			{"adireshi", cont(street)},
			{"unguwa", cont(area)},
			{"birni", cont(town)},
			{"lambar_gidan_waya", cont(pc)},
			{"jiha", cont("Kano")},
			{"cututtuka", hlth(c.text).clin()},
			{"magunguna", hlth(c.note).clin()},
			{"rashin_jituwa_da_magani", hlth(r.pick("Babu", "Penicillin", "Sulfa", "Aspirin")).clin()},
			{"nauyi_kg", hlth(r.f1(45, 115)).clin()},
			{"tsawo_cm", hlth(r.in(148, 195)).clin()},
			{"hawan_jini", hlth(fmt.Sprintf("%d/%d", sys, dia)).clin()},
			{"sukari_a_jini", hlth(r.f1(4.2, 16)).clin()},
			{"tana_da_ciki", preg},
			{"rukunin_jini", hlth(r.pick("O+", "A+", "B+", "AB+", "O-")).clin()},
			{"bayanin_likita", clinNote(p(haPick(pp.female, "Ta zo don sabunta magani; ", "Ya zo don sabunta magani; ")),
				p(r.pick("hawan jini ya ragu.", "sukari ya yi yawa, a rage shinkafa.", haPick(pp.female, "tana korafin ciwon kai da jiri.", "yana korafin ciwon kai da jiri."), haPick(pp.female, "tana jin ciwon ƙirji idan ta yi tafiya.", "yana jin ciwon ƙirji idan ya yi tafiya.")), healthC),
				p(" A dawo bayan wata ɗaya."))},
			{"an_kirkira", plain(iso(after(t, -r.in(20000, 400000))))},
			{"an_sabunta", plain(iso(after(t, -r.in(0, 20000))))},
		})
	}

	var staff arr
	for i := 0; i < r.in(1, 3); i++ {
		sp := r.hausa()
		staff = append(staff, obj{
			{"id", plain(i + 1)},
			{"cikakken_suna", cont(sp.full())},
			{"imel", cont(ascii(sp.first) + "." + ascii(sp.last) + "@kanochemist.example")},
			{"lambar_waya", cont(r.ngPhone())},
			{"kalmar_sirri", cred("$scrypt$ln=16,r=8,p=1$" + r.b64raw(16) + "$" + r.b64raw(32))},
			{"matsayi", plain(r.pick("likitan_magunguna", "mai_karbar_kudi", "mai_kai_kaya", "manaja"))},
			{"shiga_na_karshe", plain(iso(after(t, -r.in(0, 9000))))},
			{"an_kulle", decoy(0)},
			{"yawan_kuskuren_shiga", decoy(r.in(0, 4))},
		})
	}

	var devices arr
	kinds := []struct{ nick, model, os string }{
		{"Kwamfutar kanti %d", "HP ProDesk 400 G7", "Windows 11 23H2"},
		{"Tablet na gaban tebur", "Samsung Galaxy Tab A9", "Android 14"},
		{"Wayar mai kai kaya", "TECNO Spark 20", "Android 13"},
		{"Na'urar POS %d", "Sunmi V2s", "Android 11"},
	}
	for i, k := range r.Perm(len(kinds))[:r.in(2, 4)] {
		kd := kinds[k]
		nick := kd.nick
		if nick[len(nick)-1] == 'd' && nick[len(nick)-2] == '%' {
			nick = fmt.Sprintf(nick, i+1)
		}
		devices = append(devices, obj{
			{"id", plain(i + 1)},
			{"suna", dev(nick)},
			{"samfuri", dev(kd.model)},
			{"lambar_serial", dev(r.serial(r.pick("R9", "CN", "V2", "TS"), 10))},
			{"adireshin_mac", macAddr(r.mac(":", true))},
			{"adireshin_ip", netw(l.host(r.in(20, 240)))},
			{"sigar_manhaja", dev(r.semver())},
			{"sigar_tsarin_aiki", dev(kd.os)},
			{"lokacin_gani_na_karshe", dev(iso(after(t, -r.in(0, 3000))))},
			{"alamar_sanarwa", r.orNull(0.3, cred(r.fcm()))},
			{"akwai_sabuntawa", decoy(r.chance(0.3))},
		})
	}

	setting := func(k string, v leaf) obj {
		return obj{{"mabudi", plain(k).obf()}, {"daraja", v.obf()}, {"an_sabunta", plain(iso(after(t, -r.in(0, 90000))))}}
	}
	settings := arr{
		setting("wifi_suna", netw(r.pick("KanoChemist-Shago", "KC-Gwale", "Chemist_5G", "MTN-MiFi-"+r.HEX(4)))),
		setting("wifi_kalmar_sirri", cred(r.psk())),
		setting("termii_api_key", cred("TL"+r.alnum(56))),
		setting("paystack_secret_key", cred("sk_live_"+r.hex(40))),
		setting("paystack_public_key", decoy("pk_live_"+r.hex(40))),
		setting("adireshin_router", netw("http://"+l.gw())),
		setting("lambar_wayar_kanti", cont(r.ngLocal())),
		setting("mafi_karancin_tsawon_kalmar_sirri", decoy("8")),
		setting("sigar_tsari", decoy(fmt.Sprint(r.in(8, 30)))),
		setting("kudin_kasa", plain("NGN")),
	}

	var orders arr
	for i := 0; i < r.in(1, 3); i++ {
		who := names[r.IntN(len(names))]
		area := areas[r.IntN(len(areas))]
		items := embed(arr{obj{{"sku", decoy(r.pick("MET-500-30", "AML-10-28", "SAL-INH-200", "FOL-5-100"))}, {"yawa", plain(r.in(1, 3))}, {"farashi", decoy(r.pick4(1500, 2400, 3800, 900))}}})
		items.label.Decoy = true
		title := "Malam "
		if who.female {
			title = "Malama "
		}
		orders = append(orders, obj{
			{"id", plain(r.in(1000, 99999))},
			{"mara_lafiya_id", plain(r.in(100, 9999))},
			{"kayayyaki", items},
			{"jimla", decoy(r.pick4(3000, 4800, 7600, 12500))},
			{"lambar_rasit", decoy("0" + r.digits(10))},
			{"hali", plain(r.pick("an_kai", "ana_jira", "an_soke"))},
			{"bayani", prose(p("A kai wa "+title), p(who.first, contactC), p(" a "+area), p(haPick(who.female, ". Ta ce a kira ", ". Ya ce a kira ")), p(r.ngLocal(), contactC), p(" kafin isowa."))},
			{"an_kirkira", plain(iso(after(t, -r.in(0, 9000))))},
		})
	}
	return language(arr{
		result(patients),
		result(staff),
		result(devices),
		result(settings),
		result(orders),
	})
}

// haPick chooses the feminine or masculine form of a Hausa phrase.
func haPick(female bool, fem, masc string) string {
	if female {
		return fem
	}
	return masc
}
