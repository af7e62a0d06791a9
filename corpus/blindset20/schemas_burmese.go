package blindset20

import (
	"fmt"
	"time"
)

// myDigits writes n in Burmese digits.
func myDigits(n int) string {
	s := fmt.Sprint(n)
	out := make([]rune, 0, len(s))
	for _, c := range s {
		if c >= '0' && c <= '9' {
			out = append(out, '၀'+(c-'0'))
		} else {
			out = append(out, c)
		}
	}
	return string(out)
}

func (r *rng) seatableID() string { return r.from(alnum+"-_", 22) }

func seatableTime(t time.Time) string { return t.Format("2006-01-02T15:04:05.000+00:00") }

// viberToken draws a Viber bot auth token: three groups of 16 hex.
func (r *rng) viberToken() string { return r.hex(16) + "-" + r.hex(16) + "-" + r.hex(16) }

func maternitySeaTable(r *rng) any {
	t := r.when()
	creator := r.hex(32) + "@auth.local"
	meta := func() obj {
		t = t.Add(time.Duration(r.in(600, 90000)) * time.Second)
		o := obj{
			{"_id", decoy(r.seatableID())},
			{"_mtime", plain(seatableTime(t))},
		}
		if r.chance(0.5) {
			o = append(o, field{"_ctime", plain(seatableTime(after(t, -r.in(10, 9000))))}, field{"_creator", decoy(creator)})
		}
		return o
	}
	doctor := r.burmese()

	mothers := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		m := r.burmeseSex(true)
		husband := r.burmeseSex(false)
		age := r.in(18, 42)
		dob := r.birth(2024-age, 2024-age)
		street, ward, township, city := r.mmAddress()
		sys, dia := r.bp()
		grav := r.in(1, 5)
		weeks := r.in(8, 40)
		row := meta()
		row = append(row,
			field{"အမည်", cont(m.honorific())},
			field{"ခင်ပွန်းအမည်", cont(husband.honorific())},
			field{"အသက်", ageOf(age)},
			field{"မွေးသက္ကရာဇ်", cont(day(dob))},
			field{"ဖုန်း", cont(r.pick(r.mmPhone(), r.mmLocal()))},
			field{"လမ်း/အိမ်အမှတ်", cont(street)},
			field{"ရပ်ကွက်", cont(ward)},
			field{"မြို့နယ်", cont(township)},
			field{"မြို့", cont(city)},
			field{"ကိုယ်ဝန်အကြိမ်", hlth(grav).clin()},
			field{"မွေးဖွားပြီးအကြိမ်", hlth(r.in(0, grav-1)).clin()},
			field{"ကိုယ်ဝန်ရက်သတ္တပတ်", hlth(weeks).clin()},
			field{"သွေးအုပ်စု", hlth(r.pick("A+", "B+", "O+", "AB+", "O-", "B-")).clin()},
			field{"သွေးပေါင်", hlth(fmt.Sprintf("%d/%d", sys, dia)).clin()},
			field{"ဟီမိုဂလိုဘင်", hlth(r.f1(8.2, 13.5)).clin()},
			field{"ကိုယ်အလေးချိန်", hlth(r.f1(42, 88)).clin()},
			field{"ဓာတ်မတည့်မှု", hlth(r.pick("မရှိ", "ပင်နီဆီလင်", "ပင်လယ်စာ", "ဆာလ်ဖာ")).clin()},
			field{"ဆရာဝန်", arr{obj{{"row_id", decoy(r.seatableID())}, {"display_value", cont("ဒေါက်တာ" + doctor.first)}}}},
			field{"မှတ်ပုံတင်နံပါတ်", plain(fmt.Sprintf("MDY-%d-%04d", t.Year(), r.in(1, 9999)))},
			field{"ကျသင့်ငွေ", plain(r.pick2(35000, 45000, 60000, 250000))},
			field{"ပြီးဆုံး", plain(r.chance(0.5))},
		)
		var note leaf
		switch r.IntN(3) {
		case 0:
			note = prose(p("ကိုယ်ဝန် "), p(myDigits(weeks)+" ပတ်", healthC), p("၊ သွေးအားနည်း၍ သံဓာတ်ဆေး ပေးသည်။ ခင်ပွန်း ဖုန်း "), p(r.mmLocal(), contactC))
		case 1:
			note = prose(p("ပုံမှန် မွေးဖွားသည်။ ကလေး "), p(fmt.Sprintf("%.1f kg", r.f1(2.2, 4.1)), healthC), p("၊ မိခင်နှင့်ကလေး ကျန်းမာသည်။"))
		default:
			note = prose(p("နောက်တစ်ကြိမ် ချိန်းဆိုရန်။"))
		}
		row = append(row, field{"မွေးဖွားမှုမှတ်တမ်း", note})
		mothers = append(mothers, row)
	}

	staff := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		s := r.burmese()
		row := meta()
		row = append(row,
			field{"အမည်", cont(s.full())},
			field{"ရာထူး", plain(r.pick("သားဖွားဆရာမ", "သူနာပြု", "ဆရာဝန်", "စာရင်းကိုင်"))},
			field{"Viber ID", cont(r.b64(12))},
			field{"ဖုန်း", cont(r.mmPhone())},
			field{"အီးမေးလ်", cont(r.email(s))},
			field{"စကားဝှက်", cred(r.password())},
			field{"စကားဝှက်အရှည်", decoy(r.pick2(8, 10, 12))},
		)
		staff = append(staff, row)
	}

	lan := r.lan()
	devices := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		kind, model := r.pick("Doppler", "CTG"), ""
		if kind == "Doppler" {
			model = r.pick("Sonoline B", "Edan SD3", "Huntleigh Sonicaid One")
		} else {
			model = r.pick("Edan F3", "Bistos BT-350", "Sonicaid Team3")
		}
		fw := r.semver()
		fwL := dev(fw)
		if r.chance(0.5) {
			fw = r.ipShapedFw()
			fwL = fwIP(fw)
		}
		row := meta()
		row = append(row,
			field{"အမျိုးအစား", dev(kind)},
			field{"မော်ဒယ်", dev(model)},
			field{"စီးရီးနံပါတ်", dev(r.serial("", 10))},
			field{"IP လိပ်စာ", netw(lan.host(r.in(20, 200)))},
			field{"ဆော့ဖ်ဝဲဗားရှင်း", fwL},
			field{"နောက်ဆုံးချိတ်ဆက်ချိန်", dev(seatableTime(t))},
		)
		devices = append(devices, row)
	}

	set := func(name string, v leaf) obj {
		return obj{{"_id", decoy(r.seatableID())}, {"အမည်", plain(name).obf()}, {"တန်ဖိုး", v.obf()}}
	}
	settings := arr{
		set("wifi_ssid", netw(r.ssid(r.pick("Shwe", "Mingalar", "Ayeyar", "Yadanar")))),
		set("wifi_password", cred(r.psk())),
		set("viber_bot_token", cred(r.viberToken())),
		set("kbzpay_merchant_key", cred("kbz_mk_"+r.alnum(32))),
		set("router_admin", netw("http://"+lan.gw())),
	}
	if r.chance(0.5) {
		settings = append(settings, set("clinic_phone", cont(r.mmPhone())))
	} else {
		settings = append(settings, set("app_version", decoy(r.semver())))
	}
	if r.chance(0.5) {
		settings = append(settings, set("sms_token_count", decoy(r.in(0, 900))))
	}
	columns := arr{}
	for _, c := range r.pickSome(2, "အမည်", "ဖုန်း", "သွေးပေါင်", "ကိုယ်အလေးချိန်") {
		columns = append(columns, obj{{"key", plain(r.alnum(4))}, {"name", decoy(c)}, {"type", plain(r.pick("text", "number"))}, {"width", decoy(r.pick2(120, 160, 200, 240))}})
	}
	return language(obj{
		{"dtable_uuid", decoy(r.uuid())},
		{"workspace_id", plain(r.in(1000, 99999))},
		{"dtable_name", plain("မီးဖွားဆေးခန်း " + myDigits(t.Year()))},
		{"tables", obj{
			{"မိခင်များ", obj{{"columns", columns}, {"rows", mothers}}},
			{"ဝန်ထမ်း", obj{{"rows", staff}}},
			{"စက်ပစ္စည်း", obj{{"rows", devices}}},
			{"ဆက်တင်", obj{{"rows", settings}}},
		}},
	})
}
