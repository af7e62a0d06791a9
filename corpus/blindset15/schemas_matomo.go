package blindset15

import (
	"fmt"
	"strings"
)

// fertilityMatomo: a fertility clinic's web analytics, saved from the
// Matomo Live.getLastVisitsDetails API with the request URL (token_auth in
// it): visits with the visitor IP, visitor id, the portal user id (an
// e-mail), device, OS and browser, city and country, custom dimensions the
// clinic set for logged-in patients (treatment path, cycle day), actions
// with URLs and page titles (some carry an e-mail, a reset token or a
// treatment), site searches, events (a chat widget's first message),
// e-commerce items (consultations, tests) and form analytics field names.
func fertilityMatomo(r *rng) any {
	clinic := r.pick("aurora-fertility", "northstar-ivf", "bloom-reproductive", "cradle-fertility")
	host := "www." + clinic + ".example"
	req := cred(fmt.Sprintf("https://analytics.%s.example/index.php?module=API&method=Live.getLastVisitsDetails&idSite=%d&period=day&date=yesterday&format=JSON&filter_limit=100&token_auth=%s", clinic, r.in(1, 5), r.hexs(32)))
	visits := arr{}
	for k := 0; k < r.in(1, 3); k++ {
		visits = append(visits, matomoVisit(r, host))
	}
	return obj{
		{"request", req},
		{"savedBy", cont(r.pick("marketing", "web", "ops") + "@" + clinic + ".example")},
		{"matomoVersion", decoy(r.pick("4.16.1", "5.0.3", "4.15.0", "5.1.0"))},
		{"visits", visits},
	}
}

var (
	ivfPaths    = []string{"IVF with ICSI", "Egg freezing", "IUI with donor sperm", "Frozen embryo transfer", "Reciprocal IVF", "Ovulation induction", "Surrogacy pathway"}
	fertSearch  = []string{"pcos and ivf success", "low amh 0.6 options", "endometriosis stage 4 ivf", "recurrent miscarriage testing", "male infertility low sperm count", "egg freezing at 39", "blocked fallopian tubes"}
	plainSearch = []string{"parking", "opening hours", "prices", "how to find us", "careers", "gift card", "covid policy"}
)

func matomoVisit(r *rng, host string) obj {
	first, last := r.ukName()
	email := r.mail(ascii(first) + "." + ascii(last))
	loggedIn := r.chance(0.6)
	ts := r.when(2024, 2024)
	v := obj{
		{"idSite", plain(r.in(1, 5))},
		{"idVisit", decoy(r.in(100000, 990000))},
		{"visitIp", netw(r.pick(r.wanIP(), r.wanIP(), r.lanIP()))},
		{"visitorId", decoy(r.hexs(16))},
		{"fingerprint", decoy(r.hexs(16))},
		{"visitorType", plain(r.pick("new", "returning", "returningCustomer"))},
		{"visitCount", plain(r.in(1, 40))},
		{"visitDuration", plain(r.in(5, 2400))},
		{"firstActionTimestamp", plain(ts.Unix())},
		{"serverDate", plain(ts.Format("2006-01-02"))},
	}
	if loggedIn {
		v = append(v, field{"userId", cont(email)})
	} else {
		v = append(v, field{"userId", null()})
	}
	var acts arr
	n := r.in(2, 4)
	for a := 0; a < n; a++ {
		acts = append(acts, matomoAction(r, host, email, first, loggedIn, ts.Unix()+int64(a*r.in(5, 90))))
	}
	v = append(v, field{"actionDetails", acts})
	mobile := r.chance(0.6)
	if mobile {
		ios := r.chance(0.5)
		if ios {
			ver := r.pick("17.4", "17.5", "16.7", "17.1")
			v = append(v,
				field{"deviceType", dev("smartphone")},
				field{"deviceBrand", dev("Apple")},
				field{"deviceModel", dev(r.pick("iPhone 13", "iPhone 14 Pro", "iPhone 15", "iPhone SE"))},
				field{"operatingSystem", dev("iOS " + ver)},
				field{"operatingSystemVersion", dev(ver)},
				field{"browserName", dev("Mobile Safari " + ver)},
				field{"resolution", decoy(r.pick("1170x2532", "1179x2556", "750x1334"))},
			)
		} else {
			ver := r.pick("13", "14", "12")
			bm := r.pick("Samsung|Galaxy S23", "Google|Pixel 7a", "Samsung|Galaxy A54", "Xiaomi|Redmi Note 12", "OnePlus|Nord CE 3")
			v = append(v,
				field{"deviceType", dev("smartphone")},
				field{"deviceBrand", dev(strings.Split(bm, "|")[0])},
				field{"deviceModel", dev(strings.Split(bm, "|")[1])},
				field{"operatingSystem", dev("Android " + ver)},
				field{"operatingSystemVersion", dev(ver)},
				field{"browserName", dev(fmt.Sprintf("Chrome Mobile %d.0", r.in(118, 126)))},
				field{"resolution", decoy(r.pick("1080x2340", "1080x2400", "1440x3120"))},
			)
		}
	} else {
		v = append(v,
			field{"deviceType", dev("desktop")},
			field{"deviceBrand", plain("Unknown")},
			field{"deviceModel", plain("")},
			field{"operatingSystem", dev(r.pick("Windows 10", "Windows 11", "Mac 14.4"))},
			field{"browserName", dev(fmt.Sprintf("%s %d.0", r.pick("Chrome", "Edge", "Firefox"), r.in(118, 126)))},
			field{"resolution", decoy(r.pick("1920x1080", "2560x1440", "1440x900"))},
		)
	}
	v = append(v,
		field{"plugins", plain("pdf, cookie")},
		field{"languageCode", plain(r.pick("en-gb", "en-gb", "pl-pl", "en-us"))},
		field{"country", decoy("United Kingdom")},
		field{"countryCode", decoy("gb")},
		field{"region", plain("England")},
		field{"city", plain(r.pick("Leeds", "Manchester", "Sheffield", "York", "Harrogate"))},
		field{"referrerType", plain(r.pick("search", "direct", "website", "campaign"))},
		field{"referrerName", plain(r.pick("Google", "Bing", "", "instagram.com"))},
	)
	if r.chance(0.5) {
		v = append(v, field{"referrerKeyword", r.pickProse(
			func() leaf { return prose(p(r.pick(fertSearch...), healthC)) },
			func() leaf { return prose(p("fertility clinic near me")) },
			func() leaf { return prose(p("Keyword not defined")) },
		)})
	}
	if loggedIn {
		v = append(v,
			field{"dimension1", decoy("PT-" + r.digits(6))},
			field{"dimension2", hlth(r.pick(ivfPaths...)).clin()},
			field{"dimension3", hlth(fmt.Sprintf("Cycle day %d", r.in(1, 28))).clin()},
		)
	}
	if r.chance(0.4) {
		items := arr{}
		for _, it := range r.pickSome(r.in(1, 2), "Initial fertility consultation|CONS-INIT-01|health", "AMH blood test|LAB-AMH|health", "Semen analysis|LAB-SA-02|health", "Egg freezing information evening|EVT-EF|plain", "Gift card £50|GC-50|plain") {
			parts := strings.Split(it, "|")
			name := plain(parts[0])
			if parts[2] == "health" {
				name = hlth(parts[0])
			}
			items = append(items, obj{{"itemSKU", decoy(parts[1])}, {"itemName", name}, {"price", plain(money(float64(r.in(40, 450))))}, {"quantity", plain(1)}})
		}
		v = append(v, field{"visitEcommerceStatus", plain("ordered")}, field{"ecommerceItems", items}, field{"totalEcommerceRevenue", plain(money(float64(r.in(40, 900))))})
	}
	return v
}

func matomoAction(r *rng, host, email, first string, loggedIn bool, ts int64) obj {
	switch r.IntN(7) {
	case 0:
		return obj{
			{"type", plain("search")},
			{"siteSearchKeyword", r.pickProse(
				func() leaf { return prose(p(r.pick(fertSearch...), healthC)) },
				func() leaf { return prose(p(r.pick(plainSearch...))) },
			)},
			{"siteSearchCount", plain(r.in(0, 30))},
			{"timestamp", plain(ts)},
		}
	case 1:
		return obj{
			{"type", plain("event")},
			{"eventCategory", plain("Chat")},
			{"eventAction", plain("first_message")},
			{"eventName", matomoChat(r, first)},
			{"timestamp", plain(ts)},
			{"idpageview", decoy(r.alnum(6))},
		}
	case 2:
		return obj{
			{"type", plain("form")},
			{"formName", plain(r.pick("contact-us", "book-consultation", "referral"))},
			{"formStatus", plain(r.pick("submitted", "abandoned"))},
			{"fields", arr{
				obj{{"fieldName", decoy("email")}, {"timeSpent", plain(r.in(2, 40))}, {"hesitationTime", plain(r.in(0, 9))}},
				obj{{"fieldName", decoy("phone")}, {"timeSpent", plain(r.in(2, 40))}, {"hesitationTime", plain(r.in(0, 9))}},
				obj{{"fieldName", decoy("date_of_birth")}, {"timeSpent", plain(r.in(2, 40))}, {"hesitationTime", plain(r.in(0, 9))}},
			}},
			{"timestamp", plain(ts)},
		}
	}
	// a page view
	var url, title leaf
	switch r.IntN(6) {
	case 0:
		url = cred("https://" + host + "/account/reset-password?token=" + r.b64(40))
		title = plain("Reset your password")
	case 1:
		url = cont("https://" + host + "/book/confirm?email=" + strings.ReplaceAll(email, "@", "%40"))
		title = plain("Booking confirmed – Initial consultation")
	case 2:
		if loggedIn {
			t := r.pick("egg-freezing", "fet", "icsi", "donor-iui")
			url = hlth("https://" + host + "/portal/my-treatment?plan=" + t)
			title = hlth(r.pick("Your frozen embryo transfer plan", "Day 9 scan results", "Your stimulation protocol", "Egg collection – what to expect tomorrow"))
		} else {
			url = plain("https://" + host + "/treatments/ivf")
			title = plain("IVF treatment | Prices and success rates")
		}
	case 3:
		url = plain("https://" + host + "/about/our-team")
		title = plain("Meet our team")
	case 4:
		url = plain("https://" + host + "/prices?utm_source=google&utm_medium=cpc&gclid=" + r.b64(30))
		title = plain("Prices")
	default:
		url = plain("https://" + host + "/blog/" + r.pick("what-is-amh", "ivf-myths", "preparing-for-your-first-consultation"))
		title = plain(r.pick("What is AMH?", "10 IVF myths", "Preparing for your first consultation"))
	}
	return obj{
		{"type", plain("action")},
		{"url", url},
		{"pageTitle", title},
		{"pageIdAction", plain(r.in(10, 9000))},
		{"idpageview", decoy(r.alnum(6))},
		{"timestamp", plain(ts)},
		{"timeSpent", plain(r.in(1, 600))},
		{"pageLoadTime", plain(fmt.Sprintf("%.2fs", r.f2(0.2, 4)))},
	}
}

func matomoChat(r *rng, first string) leaf {
	return r.pickProse(
		func() leaf {
			return prose(p("Hi, I'm "), p(fmt.Sprint(r.in(33, 44))), p(" and "), p(r.pick("have had two miscarriages this year", "was diagnosed with PCOS", "my AMH came back at 0.7", "my husband had a vasectomy years ago"), healthC), p(", can I book with a consultant? My number is "), p(r.ukMobile(), contactC))
		},
		func() leaf {
			return prose(p("Hello, do you have evening appointments on Thursdays?"))
		},
		func() leaf {
			return prose(p("This is "), p(first, contactC), p(", I can't log in to the portal, it says my password "), p(r.pick("Bloom", "Baby", "Hope")+r.digits(4)+"!", credC), p(" is wrong"))
		},
		func() leaf {
			return prose(p("Do you treat same-sex couples? We'd like "), p(r.pick("reciprocal IVF", "IUI with donor sperm"), healthC), p(", what are the waiting times?"))
		},
	)
}
