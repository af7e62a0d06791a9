package blindset11

import (
	"fmt"
	"strings"
)

// A Gazipur garment factory's worker register and medical-room visits, an
// Azure Table Storage query (JSON full metadata) with Bengali property
// names; heterogeneous entities: workers, the attendance terminal, the HR
// officer's login.

var (
	bnWomen  = []string{"রহিমা", "ফাতেমা", "নাসরিন", "শাহানা", "মরিয়ম", "সুমি", "রোকসানা", "আয়েশা", "পারভীন", "শিউলি", "মুক্তা", "রুমা", "লাকি", "জেসমিন", "তাসলিমা", "নাজমা", "কুলসুম", "সালমা", "মাহমুদা", "শারমিন"}
	bnMen    = []string{"রফিক", "করিম", "জসিম", "আলমগীর", "মাসুদ", "সোহেল", "রাসেল", "হাবিব", "কামাল", "জাহিদ", "মিজান", "শফিক", "আনোয়ার", "নাসির", "বাবুল", "মনির", "সুমন", "রাজু", "হেলাল", "ইমরান"}
	bnFamily = []string{"আক্তার", "বেগম", "খাতুন", "ইসলাম", "হোসেন", "রহমান", "উদ্দিন", "মিয়া", "আলী", "সরকার", "শেখ", "মণ্ডল", "প্রামানিক", "চৌধুরী", "তালুকদার", "ভূঁইয়া", "হক", "কবির", "খান", "দাস", "সাহা", "পাল"}
	bnAreas  = []string{"মিরপুর ১০", "আশুলিয়া", "সাভার", "গাজীপুর চৌরাস্তা", "টঙ্গী", "কোনাবাড়ী", "কাঁচপুর", "জিরানী", "বাইপাইল", "ধামরাই", "কাশিমপুর", "মৌচাক", "কালিয়াকৈর", "শ্রীপুর", "উত্তরা", "বাড্ডা", "ডেমরা", "মোহাম্মদপুর", "ফতুল্লা", "সিদ্ধিরগঞ্জ"}
	bnDist   = []string{"ঢাকা", "গাজীপুর", "নারায়ণগঞ্জ", "চট্টগ্রাম", "রংপুর", "কুড়িগ্রাম", "জামালপুর", "ময়মনসিংহ", "বরিশাল", "সিরাজগঞ্জ", "নেত্রকোনা", "দিনাজপুর", "বগুড়া", "খুলনা", "কুমিল্লা", "নোয়াখালী", "শেরপুর", "টাঙ্গাইল", "পাবনা", "গাইবান্ধা"}
	bnPain   = []string{"মাথা ঘোরা", "জ্বর", "পিঠে ব্যথা", "পেটে ব্যথা", "কাশি", "চোখে জ্বালা", "সুঁইয়ে হাত কাটা", "অজ্ঞান হয়ে যাওয়া", "শ্বাসকষ্ট", "মাথাব্যথা", "বমি বমি ভাব", "ডায়রিয়া", "গলা ব্যথা", "হাঁপানির টান", "দুর্বলতা"}
	bnMeds   = []string{"প্যারাসিটামল ৫০০", "ওরস্যালাইন", "অ্যান্টাসিড", "আয়রন ট্যাবলেট", "মেট্রোনিডাজল ৪০০", "সালবিউটামল ইনহেলার", "ড্রেসিং ও ব্যান্ডেজ", "ওমিপ্রাজল ২০", "সিপ্রোফ্লক্সাসিন ৫০০", "হিস্টাসিন", "ফলিক অ্যাসিড", "ক্যালসিয়াম"}
	bnJobs   = []string{"সুইং অপারেটর", "হেলপার", "কাটিং মাস্টার", "কোয়ালিটি ইন্সপেক্টর", "আয়রনম্যান", "প্যাকার", "লাইন চিফ", "সুপারভাইজার"}
	bnTerms  = []string{"ZKTeco SpeedFace-V5L", "ZKTeco K40", "ZKTeco MB460", "Suprema BioStation 2", "Hikvision DS-K1T341AM", "Anviz W1 Pro", "ZKTeco ProFace X", "eSSL X990"}
)

func bnDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune('০' + (c - '0'))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func (r *rng) bdPhone() string {
	n := fmt.Sprintf("01%d0000%04d", r.in(3, 9), r.in(0, 999))
	switch r.IntN(3) {
	case 0:
		return bnDigits(n)
	case 1:
		return "+880 " + n[1:5] + " " + n[5:]
	}
	return n[:5] + "-" + n[5:]
}

func azEntity(r *rng, pk, rk string) obj {
	ts := r.when(2024, 2024)
	return obj{
		{"odata.type", plain("hrmedrecords.শ্রমিক")},
		{"odata.id", decoy(fmt.Sprintf("https://hrmedrecords.table.core.windows.net/শ্রমিক(PartitionKey='%s',RowKey='%s')", pk, rk))},
		{"odata.etag", decoy(fmt.Sprintf("W/\"datetime'%s'\"", ts.Format("2006-01-02T15:04:05.0000000Z")))},
		{"odata.editLink", decoy(fmt.Sprintf("শ্রমিক(PartitionKey='%s',RowKey='%s')", pk, rk))},
		{"PartitionKey", plain(pk)},
		{"RowKey", decoy(rk)},
		{"Timestamp@odata.type", plain("Edm.DateTime")},
		{"Timestamp", plain(ts.Format("2006-01-02T15:04:05.0000000Z"))},
	}
}

func bnWorker(r *rng) obj {
	woman := r.chance(0.7)
	first, sex := r.pick(bnMen...), "পুরুষ"
	if woman {
		first, sex = r.pick(bnWomen...), "মহিলা"
	}
	sys, dia := r.bp()
	pregnant := woman && r.chance(0.25)
	weeks := nullDecoy()
	if pregnant {
		weeks = hlth(r.in(6, 36))
	}
	dx := r.icd()
	health := prose(p("{\"অ্যালার্জি\":\""), p(r.pick("নেই", "পেনিসিলিন", "চিংড়ি", "ধুলা", "সালফা"), healthC), p("\",\"দীর্ঘমেয়াদি_রোগ\":[\""), p(r.pick("উচ্চ রক্তচাপ", "ডায়াবেটিস", "হাঁপানি", "রক্তশূন্যতা", "থাইরয়েড", "মৃগী"), healthC), p(fmt.Sprintf("\"],\"টিটি_টিকা_ডোজ\":%d}", r.in(0, 5))))
	if r.chance(0.3) {
		health = prose(p(fmt.Sprintf("{\"ফর্ম_সংস্করণ\":\"%d.%d\",\"যাচাই\":\"বাকি\"}", r.in(1, 3), r.in(0, 9))))
	}
	rk := fmt.Sprintf("01%d%08d", r.in(3, 9), r.in(0, 99999999))
	e := azEntity(r, fmt.Sprintf("ফ্লোর-%d-লাইন-%02d", r.in(1, 6), r.in(1, 40)), rk)
	med := obj{
		{"ওজন@odata.type", plain("Edm.Double")},
		{"ওজন", hlth(r.f1(38, 82))},
		{"উচ্চতা_সেমি", hlth(r.in(142, 178))},
		{"রক্তচাপ", hlth(bnDigits(fmt.Sprintf("%d/%d", sys, dia)))},
		{"নাড়ি", hlth(r.in(60, 118))},
		{"রক্তের_গ্রুপ", hlth(r.blood())},
		{"গর্ভবতী", hlth(pregnant)},
		{"গর্ভকাল_সপ্তাহ", weeks},
		{"অভিযোগ", hlth(r.pick(bnPain...))},
		{"রোগনির্ণয়", hlth(dx.code + " " + dx.text)},
		{"ওষুধ_প্রদান", hlth(r.pick(bnMeds...))},
		{"ডাক্তার", cont("ডা. " + r.pick(bnWomen...) + " " + r.pick(bnFamily...))},
		{"স্বাস্থ্য_তথ্য", health},
	}
	for _, f := range med {
		f.val = clinical(f.val)
		e = append(e, f)
	}
	e = append(e, obj{
		{"নাম", cont(first + " " + r.pick(bnFamily...))},
		{"পিতার_নাম", cont(r.pick(bnMen...) + " " + r.pick(bnFamily...))},
		{"জন্ম_তারিখ@odata.type", plain("Edm.DateTime")},
		{"জন্ম_তারিখ", cont(r.day(1980, 2005) + "T00:00:00Z")},
		{"লিঙ্গ", sexOf(sex)},
		{"বয়স", ageOf(r.in(18, 44))},
		{"মোবাইল", cont(r.bdPhone())},
		{"বর্তমান_ঠিকানা", cont(fmt.Sprintf("বাসা %s, রোড %s, %s, %s %s", bnDigits(fmt.Sprint(r.in(1, 99))), bnDigits(fmt.Sprint(r.in(1, 30))), r.pick(bnAreas...), r.pick("ঢাকা", "গাজীপুর", "নারায়ণগঞ্জ"), bnDigits(fmt.Sprint(r.in(1200, 1750)))))},
		{"স্থায়ী_জেলা", plain(r.pick(bnDist...))},
		{"পদবি", plain(r.pick(bnJobs...))},
		{"কার্ড_নম্বর", decoy(r.digits(7))},
		{"মজুরি@odata.type", plain("Edm.Double")},
		{"মজুরি", decoy(r.in(12500, 19000))},
		{"ওভারটাইম_ঘণ্টা", decoy(r.in(0, 60))},
		{"দক্ষতা_গ্রেড", plain(r.pick("এ", "বি", "সি"))},
	}...)
	if !woman || r.chance(0.5) {
		e = append(e, field{"স্বামী_বা_স্ত্রীর_মোবাইল", cont(r.bdPhone())})
	}
	return e
}

func poshakTable(r *rng) any {
	var vals arr
	for k := 0; k < 1+r.IntN(3)/2; k++ {
		vals = append(vals, bnWorker(r))
	}
	lan := r.lanPrefix()
	fw := dev("Ver " + r.ver())
	if r.chance(0.4) {
		fw = fwIP(r.ipVer())
	}
	termNote := prose(p(r.pick("ব্যাটারি ব্যাকআপ বদলানো হয়েছে।", "সকালের শিফটে ভিড় বেশি।", "সফটওয়্যার আপডেট বাকি।")))
	if r.chance(0.4) {
		termNote = prose(p("নতুন আইপি "), p(lan+fmt.Sprintf(".%d", r.in(20, 90)), netC), p(", পুরাতন রাউটার "), p(r.pick(amRouters...), devC), p(" সরানো হয়েছে।"))
	}
	term := append(azEntity(r, "ডিভাইস", "T"+r.digits(4)), obj{
		{"মডেল", dev(r.pick(bnTerms...))},
		{"সিরিয়াল", dev(r.upper(4) + r.digits(9))},
		{"ফার্মওয়্যার", fw},
		{"অবস্থান", dev(r.pick("গেট ১ হাজিরা মেশিন", "গেট ২ হাজিরা মেশিন", "সুইং ফ্লোর ৩", "মেডিকেল রুম", "ক্যান্টিন দরজা"))},
		{"আইপি", netw(fmt.Sprintf("%s.%d", lan, r.in(20, 90)))},
		{"সাবনেট_মাস্ক", netw("255.255.255.0")},
		{"গেটওয়ে", netw(lan + ".1")},
		{"পোর্ট", netw(4370)},
		{"ম্যাক", macAddr(r.mac("-", true))},
		{"কমিউনিকেশন_পাসওয়ার্ড", cred(r.digits(6))},
		{"শেষ_সংযোগ@odata.type", plain("Edm.DateTime")},
		{"শেষ_সংযোগ", dev(r.iso(2024, 2024))},
		{"নিবন্ধিত_আঙুলের_ছাপ", decoy(r.in(200, 3000))},
		{"নোট", termNote},
	}...)
	hr := append(azEntity(r, "ব্যবহারকারী", r.uuid()), obj{
		{"ইমেইল", cont(r.mail(r.pick("hr", "admin", "medical", "compliance", "welfare") + "." + r.pick("officer", "desk", "team")))},
		{"পাসওয়ার্ড_হ্যাশ", cred("AQAAAAIAAYagAAAAE" + r.from(alnumSet+"+/", 67) + "==")},
		{"ফোন", cont(r.bdPhone())},
		{"দুই_ধাপ_চালু", decoy(r.chance(0.3))},
		{"লগইন_ব্যর্থতা", decoy(r.in(0, 6))},
		{"পাসওয়ার্ড_ন্যূনতম_দৈর্ঘ্য", decoy(r.pick("8", "10", "12"))},
	}...)
	vals = append(vals, term)
	if r.chance(0.5) {
		vals = append(vals, hr)
	}
	return language(obj{
		{"odata.metadata", plain("https://hrmedrecords.table.core.windows.net/$metadata#শ্রমিক")},
		{"value", vals},
	})
}
