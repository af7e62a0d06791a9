package blindset17

import "fmt"

// cycleArchiver: a cycle-tracking and fertility app's state file, pulled
// from an unencrypted iPhone backup and converted from binary plist to
// JSON: an NSKeyedArchiver archive ($version, $archiver, $top and the flat
// $objects table). Dictionaries and arrays are objects with NS.keys /
// NS.objects lists of {"CF$UID": n} references and a $class reference;
// key strings, values and class descriptions all sit side by side in
// $objects, so only a value and the key string a few places before it
// tell what it is: the profile (name, e-mail, partner, birthday, height,
// weight, goal), cycles with period and ovulation days, symptoms and
// basal temperatures, pregnancy, medication, the clinic's doctor, notes,
// the session tokens, the phone and app, the paired thermometer, sync
// settings (IP, Wi-Fi name, API version, ETag) and flags.
func cycleArchiver(r *rng) any {
	t0 := r.when()
	u := r.english()
	u.female = true
	u.first = enFemale[r.IntN(len(enFemale))]
	partner := r.english()

	// a logical tree: dict is an ordered list of key/value pairs
	type kv struct {
		k string
		v any // leaf, dict, list
	}
	type dict []kv
	type list []any

	var objects arr
	objects = append(objects, plain("$null"))
	keyUID := map[string]int{}
	classUID := map[string]int{}
	ref := func(uid int) obj { return obj{{"CF$UID", plain(uid)}} }
	class := func(name string, chain ...string) int {
		if id, ok := classUID[name]; ok {
			return id
		}
		objects = append(objects, obj{{"$classname", plain(name)}, {"$classes", stringsOf(plain, append([]string{name}, chain...)...)}})
		classUID[name] = len(objects) - 1
		return classUID[name]
	}
	var put func(v any) int
	put = func(v any) int {
		switch t := v.(type) {
		case leaf:
			objects = append(objects, t)
			return len(objects) - 1
		case dict:
			idx := len(objects)
			objects = append(objects, nil)
			var keys, vals arr
			for _, e := range t {
				id, ok := keyUID[e.k]
				if !ok {
					objects = append(objects, plain(e.k))
					id = len(objects) - 1
					keyUID[e.k] = id
				}
				keys = append(keys, ref(id))
			}
			for _, e := range t {
				vals = append(vals, ref(put(e.v)))
			}
			objects[idx] = obj{{"NS.keys", keys}, {"NS.objects", vals}, {"$class", ref(class("NSDictionary", "NSObject"))}}
			return idx
		case list:
			idx := len(objects)
			objects = append(objects, nil)
			var vals arr
			for _, e := range t {
				vals = append(vals, ref(put(e)))
			}
			objects[idx] = obj{{"NS.objects", vals}, {"$class", ref(class("NSArray", "NSObject"))}}
			return idx
		}
		panic(fmt.Sprintf("cycleArchiver: %T", v))
	}
	// dates are seconds since 2001-01-01, stored inline
	nsTime := func(tt int64) leaf { return plain(float64(tt-978307200) + 0.25) }

	heightCm := r.in(152, 182)
	var cycles list
	for i := 0; i < r.in(1, 2); i++ {
		start := after(t0, -1440*28*(i+1)-1440*r.in(0, 4))
		var temps list
		for j := 0; j < 2; j++ {
			temps = append(temps, hlth(fmt.Sprintf("%.2f", r.f1(36.1, 37.2)+float64(r.in(0, 9))/100)))
		}
		var sym list
		for _, s := range r.pickSome(r.in(1, 2), "cramps", "headache", "tender breasts", "spotting", "nausea", "low mood", "acne") {
			sym = append(sym, hlth(s))
		}
		cycles = append(cycles, dict{
			{"start", hlth(day(start))},
			{"length", hlth(r.in(24, 35))},
			{"periodDays", hlth(r.in(3, 7))},
			{"symptoms", sym},
			{"bbt", temps},
		})
	}
	var meds list
	for _, m := range r.pickSome(r.in(1, 2), "Folic acid 400 mcg daily", "Letrozole 2.5 mg days 3-7", "Clomifene 50 mg days 2-6", "Progesterone pessary 400 mg", "Metformin 500 mg (PCOS)") {
		meds = append(meds, hlth(m))
	}
	var note leaf
	switch r.IntN(3) {
	case 0:
		note = prose(p(r.pick("Day 21 bloods: progesterone 38 nmol/L.", "Scan showed 3 follicles on the left, trigger tonight.", "Miscarriage at 7 weeks in March, waiting one cycle."), healthC))
	case 1:
		note = prose(p("Tell "), p(partner.first, contactC), p(" about the clinic on Friday, call "), p(r.usLocal(), contactC), p(" to confirm."))
	default:
		note = prose(p("Remember to log temps before getting up."))
	}
	fw := r.pick(fmt.Sprintf("%d.%d.%d", r.in(1, 4), r.in(0, 9), r.in(0, 30)), r.ipShapedFw())
	fwLeaf := dev(fw)
	if countDots(fw) == 3 {
		fwLeaf = fwIP(fw)
	}
	doc := r.english()

	root := dict{
		{"profile", dict{
			{"firstName", cont(u.first)},
			{"lastName", cont(u.last)},
			{"email", cont(r.email(u.first, u.last))},
			{"birthday", cont(day(r.birth(1980, 2002)))},
			{"partnerName", cont(partner.first)},
			{"partnerEmail", cont(r.email(partner.first, partner.last))},
			{"heightCm", hlth(heightCm)},
			{"weightKg", hlth(r.f1(47, 98))},
			{"avatar", dict{
				{"url", cont(fmt.Sprintf("https://cdn.cycleapp.example/avatars/%s.jpg", r.hex(16)))},
				{"heightPx", decoy(r.pick3(256, 512, 1024))},
				{"widthPx", decoy(r.pick3(256, 512, 1024))},
			}},
			{"goal", hlth(r.pick("trying to conceive", "avoid pregnancy", "track perimenopause", "IVF cycle"))},
		}},
		{"cycles", cycles},
		{"pregnant", hlth(r.chance(0.2))},
		{"medications", meds},
		{"doctor", cont("Dr " + doc.full())},
		{"notes", note},
		{"session", dict{
			{"accessToken", cred(r.jwt("https://auth.cycleapp.example"))},
			{"refreshToken", cred(r.b64url(48))},
			{"userID", plain(r.uuid())},
		}},
		{"device", dict{
			{"model", dev(r.pick("iPhone14,5", "iPhone15,2", "iPhone13,2", "iPhone16,1"))},
			{"systemVersion", dev(fmt.Sprintf("17.%d.%d", r.in(0, 5), r.in(0, 1)))},
			{"appVersion", dev(fmt.Sprintf("5.%d.%d", r.in(0, 20), r.in(0, 9)))},
			{"pushToken", cred(r.apns())},
		}},
		{"thermometer", dict{
			{"name", dev(r.pick("Tempdrop", "Femometer Vinca II", "Natural Cycles Band"))},
			{"serial", dev(r.serial("TD", 10))},
			{"peripheralUUID", dev(r.UUID())},
			{"firmware", fwLeaf},
			{"mac", macAddr(r.mac(":", true))},
		}},
		{"sync", dict{
			{"server", plain("https://api.cycleapp.example/v3")},
			{"apiVersion", decoy(r.semver())},
			{"lastSync", nsTime(unix(after(t0, -r.in(1, 600))))},
			{"lastIP", netw(r.lan().host(r.in(2, 250)))},
			{"homeWifi", netw(r.pick("BT-", "Sky", "Verizon_", "xfinity-") + r.HEX(4))},
			{"etag", decoy("W/\"" + r.hex(40) + "\"")},
			{"installID", decoy(r.UUID())},
			{"schemaVersion", decoy(fmt.Sprintf("%d.%d", r.in(2, 9), r.in(0, 9)))},
		}},
		{"flags", dict{
			{"onboardingDone", plain(true)},
			{"healthKitEnabled", decoy(r.chance(0.5))},
			{"emailVerified", decoy(true)},
			{"passcodeMinLength", decoy(r.pick3(4, 6, 6))},
		}},
	}
	put(root)
	return obfuscated(obj{
		{"$version", plain(100000)},
		{"$archiver", plain("NSKeyedArchiver")},
		{"$top", obj{{"root", ref(1)}}},
		{"$objects", objects},
	})
}
