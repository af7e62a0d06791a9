package blindset22

import (
	"fmt"
	"net/url"
	"strings"
)

// glp1GA is a weight-loss telehealth site's Universal Analytics
// Measurement Protocol hits (www.google-analytics.com/collect), captured
// by a privacy researcher's proxy and decoded from query strings into
// JSON objects: protocol parameters (v, tid, cid, t, dl, dt, ...) and the
// site's custom dimensions and metrics cd1..cd14, cm1..cm3, whose names
// say nothing.
func glp1GA(r *rng) any {
	t0 := r.when()
	pt := r.english()
	site := r.pick("slimscript.example", "glp-clinic.example.com", "weightwell.example.net")
	tid := fmt.Sprintf("UA-%d-%d", r.in(10000000, 99999999), r.in(1, 3))
	cid := fmt.Sprintf("%d.%d", r.in(100000000, 2147483647), unix(after(t0, -r.in(60, 60*24*60))))
	ua := r.userAgent()
	ip := r.wan()
	email := r.email(pt)
	bmi := r.f1(27, 44)
	weight := r.in(180, 320)
	drug := r.pick("Wegovy 0.25mg", "Ozempic 0.5mg", "Mounjaro 2.5mg", "Saxenda 0.6mg", "compounded semaglutide")
	cond := r.pick("type_2_diabetes", "prediabetes", "hypertension", "pcos", "sleep_apnea", "none")
	sex := r.pick("female", "male")
	if pt.female {
		sex = "female"
	}
	base := func(t string, dlL, dtL leaf, s int) obj {
		return obj{
			{"v", plain("1")},
			{"_v", plain("j101")},
			{"a", plain(fmt.Sprint(r.in(100000000, 999999999)))},
			{"t", plain(t)},
			{"_s", plain(s)},
			{"dl", dlL},
			{"ul", plain("en-us")},
			{"de", plain("UTF-8")},
			{"dt", dtL},
			{"sr", decoy(r.pick("390x844", "1920x1080", "1440x900", "412x915"))},
			{"vp", decoy(r.pick("390x664", "1903x961", "1425x789"))},
			{"_u", decoy("QACAAEABAAAAACAAI~")},
			{"cid", decoy(cid)},
			{"tid", decoy(tid)},
			{"_gid", decoy(fmt.Sprintf("%d.%d", r.in(100000000, 2147483647), unix(t0)))},
			{"gtm", decoy("45He4" + r.from(lowerNum, 2) + "0v" + r.digits(9) + "za200")},
			{"z", decoy(fmt.Sprint(r.in(100000000, 2147483647)))},
			{"uip", netw(ip)},
			{"ua", dev(ua)},
		}
	}
	var hits arr
	s := 1
	// landing
	h := base("pageview", plain("https://"+site+"/?utm_source=google&utm_medium=cpc&gclid="+r.alnum(24)), plain("GLP-1 weight loss online | "+strings.Split(site, ".")[0]), s)
	hits = append(hits, h)
	s++
	// BMI calculator result
	h = base("pageview", plain("https://"+site+"/intake/bmi-result"), hlth(fmt.Sprintf("Your BMI is %.1f - you may be eligible", bmi)), s)
	h = append(h, field{"cd4", hlth(fmt.Sprintf("%.1f", bmi))}, field{"cd10", sexOf(sex)}, field{"cm1", hlth(weight)})
	hits = append(hits, h)
	s++
	// medical-history event
	h = base("event", plain("https://"+site+"/intake/medical-history"), plain("Medical history"), s)
	h = append(h,
		field{"ec", plain("intake")},
		field{"ea", plain("condition_selected")},
		field{"el", hlth("condition:" + cond)},
		field{"ev", plain(1)},
		field{"cd5", hlth(drug)},
		field{"cd6", plain(r.pick("TX", "FL", "CA", "OH", "NY"))},
	)
	hits = append(hits, h)
	s++
	// contact step, the form's auto-tracking leaks the fields
	dob := r.birth(1960, 2000)
	h = base("event", joined(p("https://"+site+"/intake/contact?email="), p(url.QueryEscape(email), contactC), p("&step=4")), plain("Your details"), s)
	h = append(h,
		field{"ec", plain("form")},
		field{"ea", plain("field_blur")},
		field{"el", cont(r.usE164())},
		field{"cd9", cont(email)},
		field{"cd12", cont(day(dob))},
		field{"cd13", cont(pt.full())},
		field{"cd1", plain(r.pick("lead", "patient"))},
	)
	hits = append(hits, h)
	s++
	// password reset page view with the token in the URL
	tok := r.b64url(24)
	h = base("pageview", joined(p("https://"+site+"/account/reset?token="), p(tok, credC), p("&email="), p(url.QueryEscape(email), contactC)), plain("Reset your password"), s)
	h = append(h, field{"cd14", cred("Bearer " + r.jwt("https://"+site))})
	hits = append(hits, h)
	s++
	// the chat widget's auto-tracking sends what the visitor typed
	h = base("event", plain("https://"+site+"/help"), plain("Help centre"), s)
	h = append(h,
		field{"ec", plain("chat")},
		field{"ea", plain("message_sent")},
		field{"el", prose(
			p(r.pick("hi, ", "hello - ", "")),
			p(r.pick("I've been on "+drug+" for 3 weeks and can't stop vomiting", "my doctor says my A1c is 7.9, can I still join", "I had pancreatitis in 2019, is that a problem", "I'm breastfeeding, is it safe"), healthC),
			tail(r),
		)},
	)
	hits = append(hits, h)
	s++
	// checkout
	h = base("event", plain("https://"+site+"/checkout"), plain("Checkout"), s)
	h = append(h,
		field{"ec", plain("ecommerce")},
		field{"ea", plain("purchase")},
		field{"el", hlth(drug + " - 3 month plan")},
		field{"ev", plain(r.pickInt(249, 299, 399, 549))},
		field{"cu", plain("USD")},
		field{"cm2", hlth(r.in(150, 280))},
		field{"cm3", plain(r.in(1, 3))},
		field{"cd7", plain(r.pick("3-month", "monthly"))},
	)
	hits = append(hits, h)
	// keep a random, ordered subset, always the contact or reset step
	keep := arr{}
	for i, x := range hits {
		if i == 3 || i == 4 || i == 5 || r.chance(0.3) {
			keep = append(keep, x)
		}
	}
	return obfuscated(obj{
		{"src", plain("mitmproxy")},
		{"host", plain("www.google-analytics.com")},
		{"path", plain("/collect")},
		{"captured", plain(iso(t0))},
		{"hits", keep},
	})
}

// tail ends a chat message, sometimes with a phone number.
func tail(r *rng) piece {
	if r.chance(0.5) {
		return p(", text me on "+r.usE164(), contactC)
	}
	return p(".")
}
