package blindset14

import "fmt"

// macrotracker-sentry-event: a macro- and weight-tracking app's crash event
// as downloaded from Sentry (event JSON): exception, user with IP, request
// headers and tags as [name, value] pairs, device / os / app contexts,
// breadcrumbs with logged meals and weigh-ins, and an "extra" dump of the
// app's state with the profile, tokens and the paired smart scale.

var (
	sentryPhones = [][3]string{{"iPhone15,3", "D74AP", "iPhone"}, {"iPhone14,5", "D17AP", "iPhone"}, {"iPhone16,1", "D83AP", "iPhone"},
		{"SM-S911B", "dm1q", "Galaxy S23"}, {"Pixel 8", "shiba", "Pixel"}, {"CPH2581", "OP5913L1", "OnePlus"}}
	sentryMeals = []string{"Greek yogurt 170 g (17 g protein, 100 kcal)", "Chicken breast 200 g (62 g protein, 330 kcal)", "Oat latte 350 mL (4 g protein, 160 kcal)",
		"Protein bar (20 g protein, 210 kcal)", "Salmon poke bowl (34 g protein, 610 kcal)", "2 eggs + toast (16 g protein, 290 kcal)"}
	sentryScales = []string{"Withings Body+", "Withings Body Comp", "Eufy Smart Scale P2 Pro", "Renpho ES-CS20M", "Garmin Index S2"}
)

func macroSentry(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	email := r.mail(ascii(first) + ascii(last))
	handle := ascii(first) + r.pick("lifts", "eats", "fit", "") + r.digits(2)
	ph := sentryPhones[r.IntN(len(sentryPhones))]
	ios := ph[2] == "iPhone"
	osName, osVer, osBuild := "Android", r.pick("13", "14"), "UP1A."+r.digits(6)+".0"+r.digits(2)
	if ios {
		osName, osVer, osBuild = "iOS", r.pick("17.5.1", "17.4", "16.7.8", "17.6"), r.pick("21F90", "21E219", "20H343", "21G80")
	}
	appVer := fmt.Sprintf("5.%d.%d", r.in(0, 14), r.in(0, 5))
	build := fmt.Sprint(r.in(900, 1400))
	ip := r.wanIP()
	jwt := r.jwt()
	kg := r.f1(52, 128)
	cm := r.in(152, 196)

	exc := r.pickProse(
		func() leaf {
			return prose(p("401 Unauthorized for https://api.platewise.example/v3/users/me/weights?access_token="), p(r.b64(32), credC))
		},
		func() leaf { return prose(p("Fatal error: Unexpectedly found nil while unwrapping an Optional value")) },
		func() leaf {
			return prose(p("DecodingError: keyNotFound(\"bodyFatPct\") in weigh-in "), p(fmt.Sprintf("{weightKg: %.1f, bmi: %.1f}", kg, bmi(kg, cm)), healthC))
		},
	)
	crumbs := arr{
		obj{{"timestamp", plain(r.isoMs(2024, 2024))}, {"category", plain("navigation")}, {"data", obj{{"from", plain("/onboarding/goals")}, {"to", plain("/home")}}}, {"level", plain("info")}},
		obj{{"timestamp", plain(r.isoMs(2024, 2024))}, {"category", plain("ui.action")}, {"message", prose(p("Logged meal: "), p(r.pick(sentryMeals...), healthC))}, {"level", plain("info")}},
		obj{{"timestamp", plain(r.isoMs(2024, 2024))}, {"category", plain("http")}, {"data", obj{{"url", plain("https://api.platewise.example/v3/sync")}, {"method", plain("POST")}, {"status_code", plain(r.pickInt(200, 401, 502))}, {"response_body_size", decoy(r.in(200, 90000))}}}, {"level", plain("info")}},
		obj{{"timestamp", plain(r.isoMs(2024, 2024))}, {"category", plain("console")}, {"message", r.pickProse(
			func() leaf {
				return prose(p("Saved weigh-in "), p(fmt.Sprintf("%.1f kg, body fat %.1f%%", kg, r.f1(12, 41)), healthC), p(" from scale"))
			},
			func() leaf { return prose(p("Image cache trimmed to 48 MB")) },
			func() leaf {
				return prose(p("BLE connect "), pmac(r.mac(":", true)), p(" rssi -61"))
			},
		)}, {"level", plain("debug")}},
	}
	var conds arr
	for _, c := range r.pickSome(r.in(0, 2), "PCOS", "Type 2 diabetes", "Hypothyroidism", "IBS", "Prediabetes", "Gout") {
		conds = append(conds, hlth(c))
	}
	var meds arr
	for _, m := range r.pickSome(r.in(0, 2), "Ozempic 0.5 mg weekly", "Metformin 500 mg", "Levothyroxine 50 mcg", "Zepbound 5 mg weekly") {
		meds = append(meds, hlth(m))
	}
	tagRows := obfuscated(arr{
		arr{plain("os.name"), dev(osName)},
		arr{plain("device"), dev(ph[0])},
		arr{plain("release"), dev("com.platewise.app@" + appVer + "+" + build)},
		arr{plain("user"), cont("email:" + email)},
		arr{plain("environment"), plain("production")},
		arr{plain("handled"), plain(r.pick("yes", "no"))},
	})
	headers := obfuscated(arr{
		arr{plain("Authorization"), cred("Bearer " + jwt)},
		arr{plain("Cookie"), cred("pw_session=" + r.b64(32) + "; _ga=GA1.1." + r.digits(9))},
		arr{plain("User-Agent"), dev(fmt.Sprintf("Platewise/%s (%s; %s %s)", appVer, ph[0], osName, osVer))},
		arr{plain("X-Forwarded-For"), netw(ip + ", " + r.lanIP())},
		arr{plain("Accept-Language"), plain("en-US,en;q=0.9")},
	})

	return obj{
		{"event_id", decoy(r.hexs(32))},
		{"project", plain(r.in(4500000, 4509999))},
		{"release", dev("com.platewise.app@" + appVer + "+" + build)},
		{"platform", plain(map[bool]string{true: "cocoa", false: "java"}[ios])},
		{"level", plain(r.pick("error", "fatal"))},
		{"timestamp", plain(r.iso(2024, 2024))},
		{"environment", plain("production")},
		{"exception", obj{{"values", arr{obj{
			{"type", plain(r.pick("HTTPError", "EXC_BREAKPOINT", "DecodingError"))},
			{"value", exc},
			{"mechanism", obj{{"type", plain("generic")}, {"handled", plain(r.chance(0.5))}}},
			{"stacktrace", obj{{"frames", arr{
				obj{{"function", plain("SyncService.pushWeighIns()")}, {"filename", plain("SyncService.swift")}, {"lineno", plain(r.in(20, 400))}, {"in_app", plain(true)}},
				obj{{"function", plain("URLSession.dataTask")}, {"filename", plain("<compiler-generated>")}, {"lineno", plain(0)}, {"in_app", plain(false)}},
			}}}},
		}}}}},
		{"user", obj{
			{"id", decoy(r.uuid())},
			{"email", cont(email)},
			{"username", cont(handle)},
			{"ip_address", netw(ip)},
			{"geo", obj{{"city", plain(r.pick("Madison", "Salem", "Dover", "Franklin"))}, {"country_code", decoy("US")}, {"region", plain(r.pick("Wisconsin", "Oregon", "Delaware", "Ohio"))}}},
		}},
		{"request", obj{{"url", plain("https://api.platewise.example/v3/sync")}, {"method", plain("POST")}, {"headers", headers}}},
		{"tags", tagRows},
		{"contexts", obj{
			{"device", obj{
				{"model", dev(ph[0])},
				{"model_id", dev(ph[1])},
				{"family", dev(ph[2])},
				{"arch", plain("arm64e")},
				{"battery_level", decoy(r.in(5, 100))},
				{"memory_size", decoy(r.pickInt(4, 6, 8, 12) * 1073741824)},
				{"screen_height_pixels", decoy(r.pickInt(2532, 2556, 2340, 2400))},
				{"simulator", decoy(false)},
			}},
			{"os", obj{{"name", dev(osName)}, {"version", dev(osVer)}, {"build", dev(osBuild)}}},
			{"app", obj{{"app_identifier", plain("com.platewise.app")}, {"app_version", dev(appVer)}, {"app_build", dev(build)}, {"device_app_hash", decoy(r.sha1())}, {"app_start_time", plain(r.iso(2024, 2024))}}},
			{"trace", obj{{"trace_id", decoy(r.hexs(32))}, {"span_id", decoy(r.hexs(16))}, {"op", plain("ui.load")}}},
		}},
		{"breadcrumbs", obj{{"values", crumbs}}},
		{"extra", obj{
			{"profile", obj{
				{"displayName", cont(first)},
				{"heightCm", hlth(cm)},
				{"weightKg", hlth(kg)},
				{"goalWeightKg", hlth(r.f1(50, 95))},
				{"age", ageOf(r.in(19, 70))},
				{"sex", sexOf(r.pick("female", "male"))},
				{"conditions", conds},
				{"medications", meds},
				{"dailyCalorieTarget", hlth(r.in(1300, 2900))},
				{"proteinTargetG", hlth(r.in(80, 200))},
				{"stepsToday", hlth(r.in(200, 18000))},
				{"units", plain(r.pick("metric", "imperial"))},
			}},
			{"auth", obj{{"refreshToken", cred(r.b64(64))}, {"accessTokenExpiresAt", plain(r.iso(2024, 2024))}, {"tokenType", decoy("Bearer")}}},
			{"scale", obj{{"model", dev(r.pick(sentryScales...))}, {"mac", macAddr(r.mac(":", true))}, {"firmware", dev(fmt.Sprint(r.in(1000, 5000)))}, {"lastSeen", dev(r.iso(2024, 2024))}}},
			{"remoteConfigVersion", decoy(r.ver())},
		}},
		{"sdk", obj{{"name", plain(map[bool]string{true: "sentry.cocoa", false: "sentry.java.android"}[ios])}, {"version", decoy(r.ver())}}},
		{"fingerprint", arr{plain("{{ default }}")}},
	}
}
