package blindset20

import (
	"fmt"
	"time"
)

// excelSerial writes t as an Excel date serial.
func excelSerial(t time.Time) string {
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	return fmt.Sprint(int(t.Sub(base).Hours() / 24))
}

func homenursingFlow(r *rng) any {
	t := r.when()
	runID := func() string { return "08584" + r.digits(15) + "CU" + r.digits(2) }
	driveID := "b!" + r.b64url(48)
	fileID := "01" + r.from(upperNum, 32)

	patients := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		pt := r.urdu()
		rel := r.urdu()
		age := r.in(45, 92)
		makan, gali, block, ilaqa, shehar, code := r.pkAddress()
		sys, dia := r.bp()
		row := obj{
			{"@odata.etag", plain("")},
			{"ItemInternalId", decoy(r.uuid())},
			{"تاریخ", plain(excelSerial(t))},
			{"نام", cont(pt.full())},
			{"ولدیت/زوجیت", cont(rel.full())},
			{"جنس", sexOf(map[bool]string{true: "عورت", false: "مرد"}[pt.female])},
			{"عمر", ageOf(fmt.Sprint(age))},
			{"موبائل", cont(r.pick(r.pkPhone(), r.pkLocal()))},
			{"مکان", cont(makan)},
			{"گلی", cont(gali)},
			{"بلاک", cont(block)},
			{"علاقہ", cont(ilaqa)},
			{"شہر", cont(shehar)},
			{"پوسٹل کوڈ", cont(code)},
			{"تشخیص", hlth(r.pick("فالج (I63.9)", "ذیابیطس ٹائپ 2 (E11.9)", "بلڈ پریشر (I10)", "کولہے کی ہڈی کا فریکچر (S72.0)", "بستر کے زخم (L89.1)", "گردوں کی بیماری (N18.4)")).clin()},
			{"ادویات", hlth(r.pick("میٹفارمن 500 ملی گرام صبح شام", "انسولین 20 یونٹ رات", "ایملوڈیپین 5 ملی گرام", "اسپرین 75 ملی گرام", "ٹرامادول 50 ملی گرام")).clin()},
			{"بلڈ پریشر", hlth(fmt.Sprintf("%d/%d", sys, dia)).clin()},
			{"شوگر", hlth(fmt.Sprint(r.in(90, 330))).clin()},
			{"وزن", hlth(fmt.Sprint(r.f1(40, 98))).clin()},
			{"الرجی", hlth(r.pick("کوئی نہیں", "پینسلین", "سلفا", "انڈا")).clin()},
			{"نرس", cont(r.urdu().full())},
			{"آلہ", dev(r.pick("Omron HEM-7120", "Accu-Chek Instant", "Yuwell YX301 Oximeter", "Rossmax X1"))},
			{"سیریل نمبر", dev(r.serial("", 10))},
			{"فیس", plain(fmt.Sprint(r.pick2(2500, 3500, 5000, 8000)))},
		}
		var remark leaf
		switch r.IntN(3) {
		case 0:
			remark = prose(p("مریض کا شوگر بہت زیادہ تھا ("), p(fmt.Sprint(r.in(280, 420)), healthC), p(")، بیٹے "), p(r.urdu().first, contactC), p(" کو "), p(r.pkLocal(), contactC), p(" پر اطلاع دی۔"))
		case 1:
			remark = prose(p("زخم کی پٹی بدلی، "), p("بیڈ سور بہتر ہو رہا ہے", healthC), p("۔"))
		default:
			remark = prose(p("اگلا وزٹ جمعرات کو۔"))
		}
		row = append(row, field{"نرس کا تبصرہ", remark})
		patients = append(patients, row)
	}

	nurses := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		nu := r.urdu()
		nurses = append(nurses, obj{
			{"@odata.etag", plain("")},
			{"ItemInternalId", decoy(r.uuid())},
			{"نام", cont(nu.full())},
			{"موبائل", cont(r.pkPhone())},
			{"ای میل", cont(r.email(nu))},
			{"لاگ ان", cont(r.userName(nu))},
			{"پاس ورڈ", cred(r.password())},
			{"ڈیوٹی", plain(r.pick("صبح", "شام", "رات"))},
			{"تنخواہ", plain(fmt.Sprint(r.pick2(45000, 60000, 75000)))},
		})
	}

	action := func(table string, rows arr) obj {
		return obj{
			{"statusCode", plain(200)},
			{"headers", obj{
				{"x-ms-request-id", decoy(r.uuid())},
				{"Cache-Control", plain("no-store, no-cache")},
				{"x-ms-workflow-run-id", plain(runID())},
				{"x-ms-apihub-cached-response", plain("false")},
				{"Content-Type", plain("application/json; charset=utf-8")},
				{"Date", plain(rfc2822(t))},
			}},
			{"body", obj{
				{"@odata.context", plain("https://excelonline-we.azconn-we-002.p.azurewebsites.net/$metadata#drives('" + driveID + "')/Files('" + fileID + "')/Tables('" + table + "')/items")},
				{"value", rows},
			}},
		}
	}
	lan := r.lan()
	sas := fmt.Sprintf("?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=%s&st=%s&spr=https&sig=%s", iso(after(t, 60*24*365)), iso(t), r.b64url(32)+"%3D")
	compose := obj{
		{"جاز کیش سالٹ", cred("jc_salt_" + r.alnum(10))},
		{"جاز کیش پاس ورڈ", cred(r.alnum(10))},
		{"مرچنٹ آئی ڈی", decoy("MC" + r.digits(5))},
		{"ایس اے ایس ٹوکن", cred(sas)},
		{"دفتر وائی فائی", netw(r.ssid(r.pick("Shifa", "Sehat", "Noor", "PTCL")))},
		{"وائی فائی پاس ورڈ", cred(r.psk())},
		{"دفتر آئی پی", netw(lan.host(r.in(2, 200)))},
		{"پاس ورڈ کی کم از کم لمبائی", decoy(8)},
	}
	trigger := fmt.Sprintf("https://prod-%d.westeurope.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s", r.in(10, 90), r.hex(32), r.b64url(32))
	return language(obj{
		{"flow", obj{
			{"name", plain("روزانہ وزٹ رپورٹ")},
			{"id", decoy(r.uuid())},
			{"environment", plain("Default-" + r.uuid())},
			{"trigger_url", cred(trigger)},
			{"owner", cont(r.email(r.urdu()))},
		}},
		{"run", obj{
			{"name", plain(runID())},
			{"startTime", plain(isoMs(t))},
			{"status", plain("Succeeded")},
			{"actions", obj{
				{"Compose_ترتیبات", obj{{"inputs", compose}, {"status", plain("Succeeded")}}},
				{"List_rows_present_in_a_table", obj{{"outputs", action("{"+r.UUID()+"}", patients)}, {"status", plain("Succeeded")}}},
				{"List_rows_present_in_a_table_2", obj{{"outputs", action("{"+r.UUID()+"}", nurses)}, {"status", plain("Succeeded")}}},
			}},
		}},
	})
}
