package blindset19

import (
	"fmt"
)

// teaEstateAppsScript is an up-country tea estate's worker welfare
// clinic register, served as JSON by a Google Apps Script web app
// (doGet over the spreadsheet, rows keyed by the header cells, which are
// in Sinhala script; one header holds a "/"): the clinic register
// (worker number, estate division, name, sex, age, birth date, phone,
// line-room or town address with town and postcode, weight, height,
// blood pressure, haemoglobin, pregnancy yes / no, conditions, medicines,
// the estate medical assistant's note, updated by and at), the
// under-five nutrition sheet (child's and mother's names, birth date,
// weight, height, MUAC, growth status), the SMS log (time, number,
// message in Sinhala, status, message id) and the script properties
// (SMS gateway user id and key, Drive folder id, clinic Wi-Fi, the
// clinic tablet's model, serial and IP, admin e-mails, deployment id).
func teaEstateAppsScript(r *rng) any {
	t := r.when()
	l := r.lan()
	estate := r.pick("ලවර්ස් ලීප්", "පැද්‍රෝ", "ග්ලෙන්ලොක්", "ඩික්ඔයා")
	var reg arr
	var workers []person
	for i := 0; i < r.in(2, 4); i++ {
		w := r.sinhala()
		workers = append(workers, w)
		street, town, pc := r.lkAddress()
		dob := r.birth(1962, 2003)
		sys, dia := r.bp()
		sex := "පුරුෂ"
		preg := "නැත"
		if w.female {
			sex = "ස්ත්‍රී"
			preg = r.pick("නැත", "නැත", "ඔව්")
		}
		mas := r.sinhala()
		reg = append(reg, obj{
			{"අංකය", plain(i + 1)},
			{"සේවක අංකය", plain(fmt.Sprintf("%s-%04d", r.pick("LL", "PD", "GL", "DK"), r.in(1, 9999)))},
			{"අංශය", plain(r.pick("ඉහළ අංශය", "පහළ අංශය", "කර්මාන්තශාලාව"))},
			{"නම", cont(w.full())},
			{"ස්ත්‍රී/පුරුෂ භාවය", sexOf(sex)},
			{"වයස", ageOf(2024 - dob.Year())},
			{"උපන් දිනය", cont(day(dob))},
			{"දුරකථන අංකය", cont(r.pick(r.lkLocal(), r.lkPhone()))},
			{"ලිපිනය", cont(street)},
			{"නගරය", cont(town)},
			{"තැපැල් කේතය", cont(pc)},
			{"බර (kg)", hlth(r.f1(38, 92)).clin()},
			{"උස (cm)", hlth(r.in(140, 182)).clin()},
			{"රුධිර පීඩනය", hlth(fmt.Sprintf("%d/%d", sys, dia)).clin()},
			{"හිමොග්ලොබින් (g/dL)", hlth(r.f1(7.5, 15.5)).clin()},
			{"ගැබිනිද", hlth(preg).clin()},
			{"රෝග", hlth(r.pick("දියවැඩියාව", "අධි රුධිර පීඩනය", "රක්තහීනතාවය", "ඇදුම", "නැත")).clin()},
			{"ඖෂධ", hlth(r.pick("මෙට්ෆෝමින් 500mg දිනකට දෙවරක්", "යකඩ පෙති දිනකට එකක්", "ඇම්ලොඩිපීන් 5mg උදේ", "සැල්බියුටමෝල් ආශ්වාසකය", "නැත")).clin()},
			{"වෛද්‍ය සටහන", clinNote(p(r.pick("රෝගියාට හිසරදය සහ ක්ලාන්තය ඇත. ", "ගැබිනි මවකි, 6 වන මාසය. ", "කැස්ස සති දෙකක් තිස්සේ. ", "සීනි මට්ටම ඉහළයි. "), healthC), p("ලබන සතියේ නැවත පරීක්ෂා කරන්න."))},
			{"යාවත්කාලීන කළේ", cont(ascii(mas.latFirst()) + "." + ascii(mas.latLast()) + "@estateclinic.example")},
			{"යාවත්කාලීන කළ වේලාව", plain(iso(after(t, -r.in(0, 9000))))},
		})
	}
	var kids arr
	for i := 0; i < r.in(1, 3); i++ {
		c := r.sinhala()
		mother := workers[r.IntN(len(workers))]
		dob := r.birth(2019, 2023)
		kids = append(kids, obj{
			{"දරුවාගේ නම", cont(c.first + " " + mother.last)},
			{"උපන් දිනය", cont(day(dob))},
			{"මවගේ නම", cont(mother.full())},
			{"බර (kg)", hlth(r.f1(7, 19)).clin()},
			{"උස (cm)", hlth(r.f1(64, 112)).clin()},
			{"මැදි උඩු බාහු වට ප්‍රමාණය (cm)", hlth(r.f1(11, 16)).clin()},
			{"වර්ධන තත්ත්වය", hlth(r.pick("සාමාන්‍ය", "මධ්‍යස්ථ මන්දපෝෂණය", "බර අඩු")).clin()},
			{"මැනූ දිනය", plain(day(after(t, -r.in(0, 40000))))},
		})
	}
	var sms arr
	for i := 0; i < r.in(2, 3); i++ {
		w := workers[r.IntN(len(workers))]
		var msg leaf
		if r.chance(0.5) {
			msg = prose(p(w.first, contactC), p(", ඔබගේ සායන දිනය "+day(after(t, r.in(1000, 20000)))+" පෙ.ව. 9.00 ට. කරුණාකර ඖෂධ පොත රැගෙන එන්න."))
		} else {
			msg = prose(p(w.first, contactC), p(", ඔබගේ "), p(r.pick("දියවැඩියා පරීක්ෂණ", "හිමොග්ලොබින් පරීක්ෂණ", "ගැබිනි පරීක්ෂණ"), healthC), p(" ප්‍රතිඵල සූදානම්. දුරකථන "), p(r.lkLocal(), contactC))
		}
		sms = append(sms, obj{
			{"වේලාව", plain(iso(after(t, -r.in(0, 3000))))},
			{"අංකය", cont(r.lkPhone())},
			{"පණිවිඩය", msg},
			{"තත්ත්වය", plain(r.pick("DELIVERED", "SENT", "FAILED"))},
			{"messageId", decoy(r.digits(10))},
		})
	}
	admin := r.sinhala()
	return language(obj{
		{"ok", plain(true)},
		{"generatedAt", plain(isoMs(t))},
		{"spreadsheetId", decoy("1" + r.from(alnum+"-_", 43))},
		{"estate", plain(estate)},
		{"sheets", obj{
			{"වතු සායන ලේඛනය", reg},
			{"ළමා පෝෂණය", kids},
			{"SMS ලොගය", sms},
		}},
		{"config", obj{
			{"NOTIFY_USER_ID", plain(r.digits(5))},
			{"NOTIFY_API_KEY", cred(r.alnum(20))},
			{"NOTIFY_SENDER_ID", plain("EstateClinic")},
			{"DRIVE_FOLDER_ID", decoy("1" + r.from(alnum+"-_", 32))},
			{"CLINIC_WIFI_SSID", netw(r.pick("Clinic-"+r.HEX(4), "EstateClinic", "Dialog 4G "+r.digits(3), "SLT-Fiber-"+r.HEX(4)))},
			{"CLINIC_WIFI_PASS", cred(r.psk())},
			{"TABLET_MODEL", dev(r.pick("Samsung Galaxy Tab A8", "Lenovo Tab M10", "Huawei MatePad T10"))},
			{"TABLET_SERIAL", dev(r.serial(r.pick("R9", "HA", "AGS"), 10))},
			{"TABLET_IP", netw(l.host(r.in(20, 240)))},
			{"ADMIN_EMAILS", cont(ascii(admin.latFirst()) + "@estateclinic.example")},
			{"DEPLOYMENT_ID", decoy("AKfycb" + r.from(alnum+"-_", 66))},
			{"MAX_ROWS", plain(500)},
			{"SCRIPT_VERSION", decoy(r.in(10, 60))},
		}},
		{"executionTimeMs", plain(r.in(300, 9000))},
	})
}
