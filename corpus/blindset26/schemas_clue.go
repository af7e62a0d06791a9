package blindset26

import (
	"fmt"
	"time"
)

// fertilityClue: a fertility clinic's patient portal keeps the Clue data
// export a patient uploaded before her first IVF consultation, wrapped in
// the portal's upload record: the Clue account (e-mail, birthday, body
// profile, goal), app installs with push tokens, login sessions with IP
// and user agent, Clue Connect partners, reminder settings, the tracking
// measurements as date / type / value rows, the cycle history and the
// clinic's upload note.
func fertilityClue(r *rng) any {
	t := r.when()
	pt := r.female(r.english)
	partner := r.english()
	dob := r.birth(1982, 1998)
	ht := r.in(152, 182)
	wt := r.f1(48, 96)
	model, osv := r.phoneModel()
	cycLen := r.in(24, 38)

	measure := func(d time.Time, typ string, v any) obj {
		return obj{{"date", plain(day(d)).obf()}, {"type", plain(typ).obf()}, {"value", obfuscated(v)}}
	}
	opt := func(s string) obj { return obj{{"option", hlth(s)}} }
	ms := arr{}
	d := after(t, -1440*r.in(20, 60))
	for i := 0; i < r.in(6, 12); i++ {
		d = after(d, 1440*r.in(1, 4))
		switch r.IntN(10) {
		case 0:
			ms = append(ms, measure(d, "period", opt(r.pick("light", "medium", "heavy", "spotting"))))
		case 1:
			ms = append(ms, measure(d, "pain", arr{opt(r.pick("cramps", "headache", "ovulation_pain")), opt(r.pick("tender_breasts", "lower_back"))}))
		case 2:
			ms = append(ms, measure(d, "bbt", obj{{"celsius", hlth(r.f2(36.1, 37.2))}}))
		case 3:
			ms = append(ms, measure(d, "sex", arr{opt(r.pick("unprotected", "protected", "withdrawal"))}))
		case 4:
			ms = append(ms, measure(d, "tests", arr{opt(r.pick("ovulation_test_pos", "ovulation_test_neg", "pregnancy_test_neg", "pregnancy_test_pos"))}))
		case 5:
			ms = append(ms, measure(d, "cervical_fluid", opt(r.pick("egg_white", "creamy", "sticky", "atypical"))))
		case 6:
			ms = append(ms, measure(d, "medication", arr{opt(r.pick("letrozole", "clomiphene", "progesterone", "folic_acid", "ibuprofen"))}))
		case 7:
			ms = append(ms, measure(d, "mood", arr{opt(r.pick("anxious", "sad", "happy", "sensitive"))}))
		case 8:
			ms = append(ms, measure(d, "weight", obj{{"kg", hlth(round1(wt + r.f1(-1.5, 1.5)))}}))
		default:
			var txt leaf
			switch r.IntN(3) {
			case 0:
				txt = prose(p(r.pick("Day 21 progesterone bloods done", "HSG scan today, tubes clear", "AMH came back low (0.8)", "Positive OPK, told "+partner.first), healthC))
			case 1:
				txt = prose(p("Dr "), p(r.english().last, contactC), p(" nurse line: "), p(r.ukMobile(), contactC))
			default:
				txt = prose(p("Long day at work."))
			}
			ms = append(ms, measure(d, "notes", obj{{"text", txt}}))
		}
	}

	cycles := arr{}
	cs := after(t, -1440*cycLen*r.in(4, 6))
	for i := 0; i < r.in(3, 5); i++ {
		l := cycLen + r.in(-3, 4)
		cycles = append(cycles, obj{
			{"startDate", plain(day(cs))},
			{"length", hlth(l)},
			{"periodLength", hlth(r.in(3, 7))},
			{"predicted", plain(false)},
		})
		cs = after(cs, 1440*l)
	}

	var reminderText leaf
	if r.chance(0.5) {
		reminderText = prose(p("Take "), p(r.pick("Yaz", "folic acid", "progesterone pessary", "prenatal vitamin"), healthC))
	} else {
		reminderText = prose(p("Your period is likely to start in 2 days"))
	}
	var uploadNote leaf
	switch r.IntN(2) {
	case 0:
		uploadNote = prose(p("Uploaded by "), p(pt.first, contactC), p(" ahead of consult; partner "), p(partner.full(), contactC), p(" semen analysis booked."))
	default:
		uploadNote = prose(p("Patient uploaded cycle data."))
	}
	appV := fmt.Sprintf("%d.0", r.in(220, 240))
	return obj{
		{"upload", obj{
			{"id", plain(r.uuid())},
			{"patientRef", plain(fmt.Sprintf("IVF-%05d", r.in(1, 99999)))},
			{"fileName", plain("ClueDataExport-" + day(t) + ".json")},
			{"sha256", decoy(r.hex(64))},
			{"uploadedAt", plain(iso(t))},
			{"note", uploadNote},
		}},
		{"export", obj{
			{"exportVersion", decoy(fmt.Sprintf("%d.%d", r.in(2, 4), r.in(0, 9)))},
			{"exportedAt", plain(iso(after(t, -r.in(10, 3000))))},
			{"user", obj{
				{"userId", plain(r.uuid())},
				{"email", cont(r.email(pt))},
				{"emailVerified", decoy(true)},
				{"createdAt", plain(iso(after(t, -r.in(90000, 900000))))},
				{"locale", plain("en-GB")},
				{"country", decoy("GB")},
				{"profile", obj{
					{"birthday", cont(day(dob))},
					{"heightCm", hlth(ht)},
					{"weightKg", hlth(wt)},
					{"averageCycleLength", hlth(cycLen)},
					{"averagePeriodLength", hlth(r.in(3, 7))},
					{"goal", hlth(r.pick("trying_to_conceive", "track_cycle", "pregnancy"))},
					{"birthControl", hlth(r.pick("none", "none", "pill", "hormonal_iud"))},
					{"conditions", arr{hlth(r.pick("pcos", "endometriosis", "thyroid", "none"))}},
				}},
				{"subscription", obj{{"plan", plain("Clue Plus")}, {"platform", plain("ios")}, {"expiresAt", plain(iso(after(t, r.in(1000, 500000))))}}},
			}},
			{"devices", arr{obj{
				{"installationId", dev(r.uuid())},
				{"platform", dev(map[bool]string{true: "ios", false: "android"}[osv[:3] == "iOS"])},
				{"model", dev(model)},
				{"osVersion", dev(osv)},
				{"appVersion", dev(appV)},
				{"pushToken", cred(r.pick(r.apnsToken(), r.fcmToken()))},
				{"lastSeen", dev(iso(after(t, -r.in(1, 3000))))},
			}}},
			{"sessions", arr{obj{
				{"createdAt", plain(iso(after(t, -r.in(100, 90000))))},
				{"ip", netw(r.wan())},
				{"userAgent", dev(fmt.Sprintf("Clue/%s (%s; %s)", appV, model, osv))},
			}}},
			{"connections", arr{obj{
				{"type", plain("clue_connect")},
				{"name", cont(partner.first)},
				{"email", cont(r.email(partner))},
				{"status", plain("accepted")},
				{"sharedCategories", arr{plain("period"), plain("fertile_window"), plain("pms")}},
			}}},
			{"settings", obj{
				{"reminders", arr{obj{{"type", plain("custom")}, {"time", plain("21:00")}, {"text", reminderText}}}},
				{"units", obj{{"temperature", plain("celsius")}, {"weight", plain("kg")}}},
				{"appLockEnabled", plain(r.chance(0.3))},
				{"trackingCategories", arr{plain("period"), plain("pain"), plain("bbt"), plain("tests"), plain("sex")}},
			}},
			{"measurements", ms},
			{"cycles", cycles},
		}},
	}
}
