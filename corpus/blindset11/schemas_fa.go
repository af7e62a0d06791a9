package blindset11

import (
	"fmt"
	"strings"
)

// A Mashhad pilgrimage-tour operator's caravan app, a RavenDB query result
// with Persian keys: pilgrims with their medical fitness file, the caravan
// (manager, hotel Wi-Fi, tablet) under Includes.

var (
	faMen    = []string{"علی", "حسین", "محمد", "رضا", "مهدی", "امیر", "حمید", "کاوه", "بهرام", "داریوش", "آرش", "فرهاد", "مجید", "سعید", "جواد", "مرتضی", "هادی", "ناصر", "یوسف", "کامران", "اکبر", "حسن"}
	faWomen  = []string{"زهرا", "فاطمه", "مریم", "سارا", "نرگس", "لیلا", "پریسا", "شیرین", "نسرین", "مینا", "سیما", "یاسمن", "معصومه", "طاهره", "فرشته", "الهام", "ژیلا", "رقیه", "زینب", "سمیه", "اعظم", "شهلا"}
	faFamily = []string{"احمدی", "حسینی", "کریمی", "رضایی", "موسوی", "جعفری", "صادقی", "نوروزی", "رحیمی", "قاسمی", "کاظمی", "عباسی", "مرادی", "یزدانی", "طاهری", "شریفی", "باقری", "ملکی", "توکلی", "زارعی", "اکبری", "نجفی"}
	faPlaces = [][2]string{{"تهران", "تهران"}, {"خراسان رضوی", "مشهد"}, {"اصفهان", "اصفهان"}, {"فارس", "شیراز"}, {"آذربایجان شرقی", "تبریز"}, {"البرز", "کرج"}, {"قم", "قم"}, {"گیلان", "رشت"}, {"یزد", "یزد"}, {"کرمان", "کرمان"}, {"خوزستان", "اهواز"},
		{"همدان", "همدان"}, {"مازندران", "ساری"}, {"کرمانشاه", "کرمانشاه"}, {"زنجان", "زنجان"}, {"قزوین", "قزوین"}, {"سمنان", "سمنان"}, {"مرکزی", "اراک"}, {"لرستان", "خرم آباد"}, {"اردبیل", "اردبیل"}}
	faStreets = []string{"بهار", "نسترن", "یاس", "لاله", "شقایق", "سرو", "ارغوان", "پروین", "گلستان", "نیلوفر", "صنوبر", "سپیدار", "مهر", "آفتاب", "باران", "دانش", "فردوس", "بوستان", "کاج", "اقاقیا"}
	faIll     = []string{"دیابت نوع ۲", "فشار خون بالا", "آسم", "بیماری قلبی", "آرتروز زانو", "کم کاری تیروئید", "نارسایی کلیه", "میگرن", "صرع", "کم خونی", "پوکی استخوان", "آلرژی فصلی",
		"بیماری مزمن ریوی", "سنگ کلیه", "کبد چرب", "دیسک کمر", "آب مروارید", "پارکینسون", "افسردگی", "چربی خون بالا"}
	faDrugs = []string{"متفورمین", "آملودیپین", "لوزارتان", "آتورواستاتین", "لووتیروکسین", "سالبوتامول", "امپرازول", "آسپرین", "گلی بن کلامید", "انسولین گلارژین", "والسارتان", "متوپرولول",
		"پردنیزولون", "کلوپیدوگرل", "فوروزماید", "سرترالین", "گاباپنتین", "وارفارین", "کلسیم دی", "آلندرونات"}
	faFreq    = []string{"روزی یک بار", "روزی دو بار", "صبح ها ناشتا", "هر ۸ ساعت", "شب ها قبل از خواب", "در صورت نیاز", "هفته ای یک بار"}
	faAllergy = []string{"ندارد", "پنی سیلین", "آسپرین", "بادام زمینی", "لاتکس", "داروهای سولفا", "تخم مرغ", "گرده گیاهان", "کدئین", "ید"}
	faCaravan = []string{"نور", "رضوان", "کوثر", "بشارت", "سلام", "امید", "فجر", "زمزم", "طوبی", "هدایت", "ثامن", "الغدیر", "مهتاب", "ایمان", "صفا", "مروه", "فرقان", "یاسین", "نسیم", "بهشت"}
	faLatin   = []string{"zahra", "ali", "hossein", "maryam", "reza", "sara", "narges", "mahdi", "leila", "amir", "kaveh", "parisa", "shirin", "arash", "farhad", "mina", "yasaman", "davood", "elham", "javad"}
	faHotels  = []string{"هتل آسمان", "هتل پردیس", "هتل مهرگان", "هتل الماس", "هتل سینا", "هتل قصر طلایی", "هتل نگین", "هتل ستاره شرق", "هتل بهار", "هتل رضوان"}
)

// faDigits writes ASCII digits as Persian digits.
func faDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune('۰' + (c - '0'))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func (r *rng) faMobile() string {
	s := fmt.Sprintf("09%d%d000%04d", r.in(1, 3), r.in(0, 9), r.in(0, 999))
	switch r.IntN(3) {
	case 0:
		return faDigits(s)
	case 1:
		return "+98 " + s[1:4] + " " + s[4:7] + " " + s[7:]
	}
	return s
}

func (r *rng) jalali(y0, y1 int) string {
	return fmt.Sprintf("%d/%02d/%02d", r.in(y0, y1), r.in(1, 12), r.in(1, 29))
}

func ravenMeta(r *rng, coll, id string) obj {
	return obj{
		{"@collection", plain(coll)},
		{"@change-vector", decoy(fmt.Sprintf("A:%d-%s, B:%d-%s", r.in(1000, 99999), r.b64(22), r.in(100, 9999), r.b64(22)))},
		{"@id", decoy(id)},
		{"@last-modified", plain(r.isoMs(2023, 2024))},
		{"@flags", plain(r.pick("HasRevisions", "HasRevisions, HasCounters", "HasAttachments"))},
	}
}

func faPilgrim(r *rng, caravanID string) obj {
	woman := r.chance(0.5)
	first, sex := r.pick(faMen...), "مرد"
	if woman {
		first, sex = r.pick(faWomen...), "زن"
	}
	family := r.pick(faFamily...)
	pl := faPlaces[r.IntN(len(faPlaces))]
	cm := r.in(150, 188)
	kg := r.f1(48, 104)
	sys, dia := r.bp()
	ill := r.pickSome(r.in(1, 3), faIll...)
	var meds arr
	for k := 0; k < r.in(1, 3); k++ {
		meds = append(meds, obj{
			{"نام دارو", hlth(r.pick(faDrugs...))},
			{"دوز", hlth(faDigits(fmt.Sprint(r.pick("5", "10", "20", "50", "80", "100", "500"))) + " میلی گرم")},
			{"دفعات", hlth(r.pick(faFreq...))},
		})
	}
	note := prose(p("زائر سابقه "), p(ill[0], healthC), p(" دارد. "), p(r.pick(faDrugs...)+" "+r.pick(faFreq...), healthC), p(" مصرف شود؛ فشار "), p(faDigits(fmt.Sprintf("%d/%d", sys, dia)), healthC), p(r.pick(" کنترل شود.", " در روز حرکت دوباره اندازه گیری شود.")))
	if r.chance(0.3) {
		note = prose(p(r.pick("معاینه انجام شد، مورد خاصی ندارد.", "پرونده به مدیر کاروان ارسال شد.", "مدارک پزشکی کامل است.")))
	}
	medical := obj{
		{"گروه خونی", hlth(r.blood())},
		{"قد", hlth(cm)},
		{"وزن", hlth(kg)},
		{"فشار خون", hlth(fmt.Sprintf("%d/%d", sys, dia))},
		{"قند ناشتا", hlth(r.in(78, 190))},
		{"بیماری های زمینه ای", stringsOf(hlth, ill...)},
		{"داروها", meds},
		{"حساسیت", hlth(r.pick(faAllergy...))},
		{"نیاز به ویلچر", hlth(r.chance(0.2))},
		{"واکسن مننژیت", obj{{"تزریق شده", hlth(r.chance(0.85))}, {"شماره سری", decoy("MNC" + r.digits(6))}}},
		{"نتیجه معاینه", hlth(r.pick("تایید", "تایید مشروط", "نیاز به پیگیری", "عدم تایید"))},
		{"پزشک معاینه کننده", cont("دکتر " + r.pick(faWomen...) + " " + r.pick(faFamily...))},
		{"یادداشت پزشک", note},
	}
	email := nullDecoy()
	if r.chance(0.6) {
		email = cont(r.mail(r.pick(faLatin...) + "." + r.pick("ahmadi", "karimi", "rezaei", "mousavi", "sadeghi", "yazdani", "taheri", "najafi", "ghasemi", "moradi")))
	}
	var comp arr
	for k := 0; k < r.in(0, 2); k++ {
		comp = append(comp, obj{
			{"نام", cont(r.pick(r.pick(faWomen...), r.pick(faMen...)) + " " + family)},
			{"نسبت", plain(r.pick("همسر", "فرزند", "مادر", "پدر", "خواهر", "برادر"))},
			{"تلفن", cont(r.faMobile())},
		})
	}
	id := fmt.Sprintf("pilgrims/%d-A", r.in(100, 99999))
	return obj{
		{"نام", cont(first)},
		{"نام خانوادگی", cont(family)},
		{"نام پدر", cont(r.pick(faMen...))},
		{"تاریخ تولد", cont(r.jalali(1320, 1384))},
		{"جنسیت", sexOf(sex)},
		{"سن", ageOf(r.in(19, 78))},
		{"تلفن همراه", cont(r.faMobile())},
		{"ایمیل", email},
		{"نشانی", obj{
			{"استان", cont(pl[0])},
			{"شهر", cont(pl[1])},
			{"خیابان", cont("خیابان " + r.pick(faStreets...))},
			{"کوچه", cont("کوچه " + r.pick(faDigits(fmt.Sprint(r.in(1, 40))), r.pick(faStreets...)))},
			{"پلاک", cont(faDigits(fmt.Sprint(r.in(1, 300))))},
			{"کد پستی", cont(r.pick("1", "9", "7", "4", "3") + r.digits(9))},
		}},
		{"شماره زائر", decoy("0" + r.digits(10))},
		{"کاروان", plain(caravanID)},
		{"پرونده پزشکی", clinical(medical)},
		{"حساب کاربری", obj{
			{"نام کاربری", cont(r.pick(faLatin...) + r.pick("_", ".", "") + r.digits(r.in(2, 4)))},
			{"رمز عبور", cred(r.bcrypt())},
			{"توکن نشست", cred(r.b64(40))},
			{"آخرین ورود", plain(r.iso(2024, 2024))},
			{"تعداد ورود", decoy(r.in(1, 300))},
			{"ایمیل تایید شده", decoy(r.chance(0.5))},
		}},
		{"دستگاه", obj{
			{"مدل", dev(r.phoneModel())},
			{"سیستم عامل", dev(r.osVer())},
			{"نسخه برنامه", dev(r.ver())},
			{"توکن اعلان", cred(r.fcm())},
			{"آخرین فعالیت", dev(r.iso(2024, 2024))},
		}},
		{"هزینه", obj{{"مبلغ", decoy(r.in(12, 180) * 1000000)}, {"واحد", plain("ریال")}, {"پرداخت شده", decoy(r.chance(0.7))}}},
		{"همراهان", comp},
		{"@metadata", ravenMeta(r, "Pilgrims", id)},
	}
}

func ziaratRaven(r *rng) any {
	cid := fmt.Sprintf("caravans/%d-A", r.in(1, 400))
	var res arr
	for k := 0; k < 1+r.IntN(4)/3; k++ {
		res = append(res, faPilgrim(r, cid))
	}
	lan := r.lanPrefix()
	mgr := r.pick(faMen...) + " " + r.pick(faFamily...)
	mnote := prose(p("حرکت اتوبوس ساعت "), p(faDigits(fmt.Sprint(r.in(5, 9)))), p(" صبح از مقابل هتل."))
	switch r.IntN(3) {
	case 0:
		mnote = prose(p("در صورت مشکل با مدیر کاروان "), p(r.faMobile(), contactC), p(" تماس بگیرید."))
	case 1:
		mnote = prose(p("رمز وای فای هتل عوض شد: "), p(r.alnum(10), credC))
	}
	caravan := obj{
		{"نام کاروان", plain("کاروان " + r.pick(faCaravan...))},
		{"مقصد", plain(r.pick("مشهد", "کربلا", "نجف", "مکه", "مدینه", "قم", "دمشق"))},
		{"تاریخ حرکت", plain(r.jalali(1403, 1403))},
		{"مدیر کاروان", obj{{"نام", cont(mgr)}, {"تلفن", cont(r.faMobile())}}},
		{"هتل", obj{
			{"نام هتل", plain(r.pick(faHotels...))},
			{"وای فای", obj{
				{"نام شبکه", netw(r.pick("Hotel-", "Guest_", "Ziarat-", "Lobby-") + r.upper(4))},
				{"رمز", cred(r.alnum(r.in(8, 12)))},
				{"آی پی روتر", netw(lan + ".1")},
				{"آدرس مدیریت", netw("http://" + lan + ".1/admin")},
			}},
		}},
		{"تبلت کاروان", obj{
			{"مدل", dev(r.pick("Samsung Galaxy Tab A8", "Lenovo Tab M10", "Huawei MatePad T10", "Xiaomi Redmi Pad SE", "Samsung Galaxy Tab A9+"))},
			{"شماره سریال", dev("R" + r.upper(10))},
			{"مک", macAddr(r.mac(":", false))},
			{"نسخه اندروید", dev(r.pick("12", "13", "14"))},
		}},
		{"ظرفیت", decoy(r.in(20, 60))},
		{"تعداد زائران", decoy(r.in(8, 60))},
		{"یادداشت مدیر", mnote},
		{"@metadata", ravenMeta(r, "Caravans", cid)},
	}
	return language(obj{
		{"TotalResults", decoy(r.in(1, 900))},
		{"SkippedResults", plain(0)},
		{"DurationInMs", plain(r.in(0, 40))},
		{"IndexName", plain(r.pick("Auto/Pilgrims/By"+"کاروان", "Pilgrims/ByCaravan"))},
		{"Results", res},
		{"Includes", obj{{cid, caravan}}},
		{"IndexTimestamp", plain(r.isoMs(2024, 2024))},
		{"LastQueryTime", plain(r.isoMs(2024, 2024))},
		{"ResultEtag", decoy(r.Int64N(1 << 62))},
		{"NodeTag", plain(r.pick("A", "B", "C"))},
	})
}
