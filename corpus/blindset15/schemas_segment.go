package blindset15

import (
	"fmt"
	"strings"
)

// rowerSegment: a connected rowing-machine maker's Segment HTTP Tracking
// API batch, found in a mis-shared S3 destination bucket: identify events
// with traits (name, e-mail, phone, birthday, gender, height, weight, goal
// weight, resting heart rate, injuries, address, avatar), track events for
// finished workouts (heart rate, calories, the machine's serial, model and
// firmware, the paired strap), failed Wi-Fi setups (SSID, router IP), a
// support chat, and page views of a password reset, each with the context
// Segment adds (IP, app, device with advertising id and push token, OS,
// screen, network, library, locale).
func rowerSegment(r *rng) any {
	brand := r.pick("Glide", "Strokeline", "Oarsome", "RowRight")
	dom := strings.ToLower(brand) + ".example"
	first, last := r.usFirst(), r.pick(usLast...)
	female := hasStr(usFirstF, first)
	email := r.mail(ascii(first) + "." + ascii(last))
	userID := "usr_" + r.alnum(12)
	anon := r.uuid()
	ios := r.chance(0.55)
	ctx := segContext(r, ios, brand, email)
	machine := obj{
		{"serial", dev(strings.ToUpper(r.pick("GR", "SL", "OR")) + r.digits(2) + "-" + r.upper(6))},
		{"model", dev(r.pick("Hydrow Wave", "Concept2 RowErg", "Ergatta", "WaterRower S4", "Aviron Impact"))},
	}
	fw := r.ver()
	if r.chance(0.4) {
		machine = append(machine, field{"firmware", fwIP(r.ipVer())})
	} else {
		machine = append(machine, field{"firmware", dev(fw)})
	}

	var batch arr
	batch = append(batch, segIdentify(r, userID, anon, first, last, email, female, ctx(), dom))
	for k := 0; k < r.in(1, 2); k++ {
		batch = append(batch, segWorkout(r, userID, anon, machine, ctx()))
	}
	batch = append(batch, segChat(r, userID, anon, first, ctx()))
	if r.chance(0.5) {
		batch = append(batch, segWifi(r, userID, anon, ctx()))
	} else {
		batch = append(batch, segReset(r, anon, dom, ctx()))
	}
	return obj{
		{"batch", batch},
		{"sentAt", plain(r.isoMs(2024, 2024))},
		{"writeKey", decoy(r.alnum(32))},
		{"context", obj{{"library", obj{{"name", plain(map[bool]string{true: "analytics-ios", false: "analytics-kotlin"}[ios])}, {"version", decoy(r.ver())}}}}},
	}
}

func hasStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func segBase(r *rng, typ, userID, anon string) obj {
	o := obj{
		{"type", plain(typ)},
		{"messageId", decoy(r.uuid())},
		{"anonymousId", decoy(anon)},
	}
	if userID != "" {
		o = append(o, field{"userId", decoy(userID)})
	}
	o = append(o, field{"timestamp", plain(r.isoMs(2024, 2024))}, field{"integrations", obj{{"All", plain(true)}, {"Mixpanel", plain(false)}}})
	return o
}

// segContext returns a maker of Segment contexts for one phone.
func segContext(r *rng, ios bool, app, email string) func() obj {
	devID := r.uuid()
	adID := strings.ToUpper(r.uuid())
	push := r.hexs(64)
	if !ios {
		push = r.fcm()
	}
	model, osName, osVer := "iPhone15,2", "iOS", r.pick("17.4.1", "17.5", "16.7.8")
	manu := "Apple"
	if !ios {
		model = r.pick("SM-S911B", "Pixel 8", "SM-A546B", "CPH2451")
		osName, osVer = "Android", r.pick("13", "14")
		manu = map[bool]string{true: "samsung", false: "Google"}[strings.HasPrefix(model, "SM")]
		if model == "CPH2451" {
			manu = "OPPO"
		}
	} else {
		model = r.pick("iPhone15,2", "iPhone14,5", "iPhone16,1", "iPhone13,2")
	}
	appVer := r.ver()
	build := fmt.Sprint(r.in(1000, 9999))
	ip := r.wanIP()
	w, h := 390, 844
	if !ios {
		w, h = 412, 915
	}
	return func() obj {
		o := obj{
			{"ip", netw(ip)},
			{"locale", plain(r.pick("en-US", "en-US", "en-CA"))},
			{"timezone", plain(r.pick("America/Chicago", "America/New_York", "America/Denver"))},
			{"app", obj{{"name", plain(app)}, {"version", dev(appVer)}, {"build", dev(build)}, {"namespace", plain("com." + strings.ToLower(app) + ".app")}}},
			{"device", obj{
				{"id", dev(devID)},
				{"manufacturer", dev(manu)},
				{"model", dev(model)},
				{"type", dev(map[bool]string{true: "ios", false: "android"}[ios])},
				{"advertisingId", dev(adID)},
				{"adTrackingEnabled", plain(r.chance(0.3))},
				{"token", cred(push)},
			}},
			{"os", obj{{"name", dev(osName)}, {"version", dev(osVer)}}},
			{"screen", obj{{"width", decoy(w)}, {"height", decoy(h)}, {"density", plain(3)}}},
			{"network", obj{{"wifi", plain(r.chance(0.7))}, {"cellular", plain(r.chance(0.3))}, {"carrier", plain(r.pick("T-Mobile", "Verizon", "AT&T", ""))}, {"bluetooth", plain(true)}}},
			{"library", obj{{"name", plain("analytics-" + map[bool]string{true: "ios", false: "kotlin"}[ios])}, {"version", decoy(r.ver())}}},
		}
		if r.chance(0.3) {
			o = append(o, field{"traits", obj{{"email", cont(email)}}})
		}
		return o
	}
}

func segIdentify(r *rng, userID, anon, first, last, email string, female bool, ctx obj, dom string) obj {
	street, city, state, zip := r.usAddr()
	h := r.in(152, 196)
	kg := r.f1(50, 120)
	traits := obj{
		{"email", cont(email)},
		{"name", cont(first + " " + last)},
		{"firstName", cont(first)},
		{"phone", cont(r.us555())},
		{"birthday", cont(r.day(1955, 2004))},
		{"gender", sexOf(map[bool]string{true: r.pick("female", "woman"), false: r.pick("male", "man")}[female])},
		{"heightCm", hlth(h)},
		{"weightKg", hlth(kg)},
		{"goalWeightKg", hlth(r.f1(kg-12, kg-2))},
		{"restingHeartRate", hlth(r.in(48, 82))},
		{"address", obj{{"street", cont(street)}, {"city", cont(city)}, {"state", cont(state)}, {"postalCode", cont(zip)}, {"country", decoy("US")}}},
		{"plan", plain(r.pick("all-access", "basic", "family"))},
		{"createdAt", plain(r.iso(2021, 2024))},
		{"emailOptIn", plain(r.chance(0.5))},
		{"workoutCount", decoy(r.in(1, 500))},
	}
	if r.chance(0.5) {
		traits = append(traits, field{"injuries", hlth(r.pick("lower back (L5 disc)", "left knee meniscus", "shoulder impingement", "none"))})
	}
	if r.chance(0.6) {
		traits = append(traits, field{"bio", r.pickProse(
			func() leaf {
				return prose(p("Rowing to "), p(r.pick("get back in shape after my second baby", "manage my type 2 diabetes", "rehab a bad back (L4/L5)", "lose the weight my cardiologist asked me to"), healthC), p("."))
			},
			func() leaf {
				return prose(p(r.pick("Ex-college lightweight, now just for fun.", "Early mornings only.", "Chasing a sub-7 2k.")))
			},
			func() leaf {
				return prose(p("Find me on Strava as "), p("@"+strings.ToLower(ascii(first))+r.digits(2), contactC), p("."))
			},
		)})
	}
	if r.chance(0.5) {
		traits = append(traits, field{"avatar", cont("https://cdn." + dom + "/u/" + r.hexs(20) + ".jpg")})
	}
	o := segBase(r, "identify", userID, anon)
	return append(o, field{"traits", traits}, field{"context", ctx})
}

func segWorkout(r *rng, userID, anon string, machine obj, ctx obj) obj {
	props := obj{
		{"workoutId", decoy("wk_" + r.alnum(10))},
		{"className", plain(r.pick("20' Steady State", "Pyramid Intervals", "Sprint 8x250m", "Just Row"))},
		{"instructor", cont(r.pick(usFirstF...) + " " + r.pick(usLast...))},
		{"durationSec", plain(r.in(600, 3600))},
		{"distanceM", decoy(r.in(2000, 12000))},
		{"avgWatts", plain(r.in(80, 260))},
		{"strokeRate", plain(r.in(18, 32))},
		{"calories", hlth(r.in(120, 780))},
		{"avgHeartRate", hlth(r.in(110, 168))},
		{"maxHeartRate", hlth(r.in(150, 192))},
		{"machine", machine},
		{"feedback", r.pickProse(
			func() leaf {
				return prose(p(r.pick("Felt dizzy after the sprints, HR hit 191", "Knee twinged on the catch again", "Back pain gone since I switched to 20 spm", "Had to stop, chest felt tight"), healthC), p("."))
			},
			func() leaf {
				return prose(p(r.pick("Great class!", "Music too loud", "Loved the pyramid, more please", "Screen lagged a bit")))
			},
		)},
	}
	if r.chance(0.6) {
		props = append(props, field{"hrm", obj{{"model", dev(r.pick("Polar H10", "Wahoo TICKR", "Garmin HRM-Dual"))}, {"mac", macAddr(r.mac(":", true))}, {"battery", plain(r.in(20, 100))}}})
	}
	o := segBase(r, "track", userID, anon)
	return append(o, field{"event", plain("Workout Completed")}, field{"properties", props}, field{"context", ctx})
}

func segWifi(r *rng, userID, anon string, ctx obj) obj {
	ssid := r.wifiName(r.pick("NETGEAR", "Xfinity", "MySpectrumWiFi", "TheSmiths", "Home"))
	props := obj{
		{"ssid", netw(ssid)},
		{"securityType", plain("WPA2")},
		{"routerIp", netw(r.lanPrefix() + ".1")},
		{"errorCode", plain(r.pick("E_AUTH", "E_DHCP_TIMEOUT", "E_NO_INTERNET"))},
		{"attempts", plain(r.in(1, 5))},
		{"passwordLength", decoy(r.in(8, 20))},
		{"rssi", plain(-r.in(40, 85))},
	}
	o := segBase(r, "track", userID, anon)
	return append(o, field{"event", plain("Wi-Fi Setup Failed")}, field{"properties", props}, field{"context", ctx})
}

func segChat(r *rng, userID, anon, first string, ctx obj) obj {
	msg := r.pickProse(
		func() leaf {
			return prose(p("My rower won't join "), p(r.wifiName("Home"), netC), p(" since I changed the password to "), p(r.psk(), credC), p(", can you help?"))
		},
		func() leaf {
			return prose(p("Can I pause my membership? "), p(r.pick("I had a hip replacement last week", "doctor says no rowing for 6 weeks after my hernia surgery", "my cardiologist says no rowing until my stress test"), healthC), p(". Thanks, "), p(first, contactC))
		},
		func() leaf {
			return prose(p("The screen froze on firmware "), p(r.ver(), devC), p(" during a class, had to unplug it."))
		},
		func() leaf {
			return prose(p("Where can I find my invoice for order #" + r.digits(7) + "?"))
		},
	)
	o := segBase(r, "track", userID, anon)
	return append(o, field{"event", plain("Support Chat Sent")}, field{"properties", obj{{"message", msg}, {"channel", plain("in-app")}, {"conversationId", decoy(r.alnum(12))}}}, field{"context", ctx})
}

func segReset(r *rng, anon, dom string, ctx obj) obj {
	tok := r.b64(43)
	o := segBase(r, "page", "", anon)
	return append(o, field{"name", plain("Reset password")}, field{"properties", obj{
		{"url", cred("https://app." + dom + "/reset?token=" + tok)},
		{"path", plain("/reset")},
		{"search", cred("?token=" + tok)},
		{"referrer", plain("")},
		{"title", plain("Reset your password")},
	}}, field{"context", ctx})
}
