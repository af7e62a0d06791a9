package blindset27

import (
	"fmt"
	"strings"
	"time"
)

// nightshiftOura: a hospital's occupational-health study of night-shift
// nurses' sleep caches each participant's Oura API v2 data: the study
// record (participant's name, birth date, e-mail, mobile, ward, shift
// pattern, the phone the app runs on; coordinator), the app's client id
// and secret, the OAuth token answer, personal_info (age, weight, height,
// biological sex, e-mail), the ring configuration (id, colour, design,
// firmware, hardware type, set-up time, ring size), daily sleep and
// readiness with contributors, the long sleep (durations, heart rate and
// HRV series, breath rate, lowest heart rate, 5-minute phases, readiness
// and temperature deviation), daily activity, SpO2 with the breathing
// disturbance index, heart-rate samples, enhanced tags with comments,
// webhook subscriptions and the verification token, and the study
// coordinator's messages.
func nightshiftOura(r *rng) any {
	t := r.when()
	d := day(t)
	pt := r.american()
	coord := r.american()
	dob := r.birth(1965, 2001)
	sex := "male"
	if pt.female {
		sex = "female"
	}
	phone, osv := r.phoneModel()
	ward := r.pick("4 West Med-Surg", "Cardiac ICU", "Labor & Delivery", "Emergency Department", "Oncology 6B")
	bedStart := time.Date(t.Year(), t.Month(), t.Day(), r.in(7, 10), r.in(0, 59), 0, 0, time.UTC)
	inBed := r.in(240, 560)
	total := inBed*60 - r.in(1200, 5400)
	offset := "-08:00"
	ringID := r.hex(24)
	id := func() string { return r.uuid() }
	score := func() leaf { return hlth(r.in(40, 98)) }
	series := func(n int, lo, hi float64) arr {
		out := arr{}
		for i := 0; i < n; i++ {
			if r.chance(0.1) {
				out = append(out, null())
				continue
			}
			out = append(out, hlth(float64(r.in(int(lo), int(hi)))))
		}
		return out
	}
	phases := func(n int, alphabet string) string { return r.from(alphabet, n) }

	personal := obj{
		{"id", plain(r.uuid())},
		{"age", ageOf(age(dob, t))},
		{"weight", hlth(r.f1(52, 118))},
		{"height", hlth(r.f2(1.52, 1.95))},
		{"biological_sex", sexOf(sex)},
		{"email", cont(r.email(pt))},
	}
	ring := obj{{"data", arr{obj{
		{"id", dev(ringID)},
		{"color", plain(r.pick("stealth_black", "silver", "gold", "brushed_titanium"))},
		{"design", plain(r.pick("heritage", "horizon"))},
		{"firmware_version", fwOf(r.pick(fmt.Sprintf("2.%d.%d", r.in(8, 11), r.in(0, 40)), fmt.Sprintf("%d.%d.%d.%d", r.in(1, 2), r.in(8, 11), r.in(0, 9), r.in(10, 99))))},
		{"hardware_type", dev(r.pick("gen3", "gen4", "gen4_ceramic"))},
		{"set_up_at", plain(isoOff(after(t, -r.in(20000, 400000)), offset))},
		{"size", decoy(r.in(6, 13))},
	}}}, {"next_token", null()}}

	dailySleep := obj{{"data", arr{obj{
		{"id", plain(id())},
		{"contributors", obj{{"deep_sleep", score()}, {"efficiency", score()}, {"latency", score()}, {"rem_sleep", score()}, {"restfulness", score()}, {"timing", score()}, {"total_sleep", score()}}},
		{"day", plain(d)},
		{"score", score()},
		{"timestamp", plain(isoOff(bedStart, offset))},
	}}}, {"next_token", null()}}

	nHR := r.in(4, 7)
	sleep := obj{{"data", arr{obj{
		{"id", plain(id())},
		{"average_breath", hlth(r.f1(12, 19))},
		{"average_heart_rate", hlth(r.f1(48, 78))},
		{"average_hrv", hlth(r.in(18, 95))},
		{"awake_time", hlth(inBed*60 - total)},
		{"bedtime_start", hlth(isoOff(bedStart, offset))},
		{"bedtime_end", hlth(isoOff(after(bedStart, inBed), offset))},
		{"day", plain(d)},
		{"deep_sleep_duration", hlth(r.in(1800, 7200))},
		{"efficiency", hlth(r.in(68, 96))},
		{"heart_rate", obj{{"interval", plain(300.0)}, {"items", series(nHR, 46, 80)}, {"timestamp", plain(isoOff(bedStart, offset))}}},
		{"hrv", obj{{"interval", plain(300.0)}, {"items", series(nHR, 15, 110)}, {"timestamp", plain(isoOff(bedStart, offset))}}},
		{"latency", hlth(r.in(120, 2400))},
		{"light_sleep_duration", hlth(r.in(6000, 16000))},
		{"low_battery_alert", plain(r.chance(0.1))},
		{"lowest_heart_rate", hlth(r.in(42, 62))},
		{"movement_30_sec", hlth(phases(r.in(16, 24), "1123"))},
		{"period", plain(0)},
		{"readiness", obj{{"score", score()}, {"temperature_deviation", hlth(r.f2(-0.9, 1.4))}, {"temperature_trend_deviation", hlth(r.f2(-0.6, 0.9))}}},
		{"rem_sleep_duration", hlth(r.in(2400, 8400))},
		{"restless_periods", hlth(r.in(80, 400))},
		{"sleep_phase_5_min", hlth(phases(r.in(12, 20), "1234"))},
		{"sleep_algorithm_version", decoy("v2")},
		{"time_in_bed", hlth(inBed * 60)},
		{"total_sleep_duration", hlth(total)},
		{"type", plain("long_sleep")},
	}}}, {"next_token", null()}}

	readiness := obj{{"data", arr{obj{
		{"id", plain(id())},
		{"contributors", obj{{"activity_balance", score()}, {"body_temperature", score()}, {"hrv_balance", score()}, {"previous_day_activity", score()}, {"previous_night", score()}, {"recovery_index", score()}, {"resting_heart_rate", score()}, {"sleep_balance", score()}}},
		{"day", plain(d)},
		{"score", score()},
		{"temperature_deviation", hlth(r.f2(-0.9, 1.4))},
		{"timestamp", plain(isoOff(bedStart, offset))},
	}}}, {"next_token", null()}}

	activity := obj{{"data", arr{obj{
		{"id", plain(id())},
		{"active_calories", hlth(r.in(150, 1400))},
		{"average_met_minutes", hlth(r.f2(1.1, 2.4))},
		{"class_5_min", hlth(phases(r.in(16, 24), "012345"))},
		{"equivalent_walking_distance", hlth(r.in(2000, 18000))},
		{"high_activity_time", hlth(r.in(0, 3600))},
		{"sedentary_time", hlth(r.in(18000, 50000))},
		{"steps", hlth(r.in(2500, 22000))},
		{"target_calories", hlth(r.pickInt(350, 450, 550))},
		{"total_calories", hlth(r.in(1700, 3600))},
		{"day", plain(d)},
		{"score", score()},
		{"timestamp", plain(isoOff(bedStart, offset))},
	}}}, {"next_token", null()}}

	spo2 := obj{{"data", arr{obj{{"id", plain(id())}, {"day", plain(d)}, {"spo2_percentage", obj{{"average", hlth(r.f1(92, 99))}}}, {"breathing_disturbance_index", hlth(r.in(0, 40))}}}}, {"next_token", null()}}

	hr := arr{}
	for i := 0; i < r.in(3, 6); i++ {
		hr = append(hr, obj{{"bpm", hlth(r.in(52, 118))}, {"source", plain(r.pick("awake", "rest", "workout", "sleep"))}, {"timestamp", plain(iso(after(t, -5*i)))}})
	}

	tags := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		var comment leaf
		code := r.pick("tag_generic_caffeine", "tag_generic_alcohol", "tag_generic_melatonin", "custom", "tag_generic_sick")
		switch code {
		case "custom":
			comment = prose(p(r.pick("Took 2 Benadryl to sleep after 3 nights in a row", "Migraine, sumatriptan at 7am", "Back pain after a code, ibuprofen", "Period cramps, heating pad"), healthC))
		case "tag_generic_sick":
			comment = prose(p(r.pick("Strep throat, on amoxicillin", "Flu A positive", "Norovirus from the unit"), healthC))
		default:
			comment = prose(p(r.pick("Double shift", "Came home at 8, blackout curtains", "Night off")))
		}
		custom := null()
		if code == "custom" {
			custom = plain(r.pick("Sleep aid", "Pain", "Cramps"))
		}
		tags = append(tags, obj{{"id", plain(id())}, {"tag_type_code", plain(code)}, {"start_time", plain(isoOff(after(bedStart, -r.in(0, 600)), offset))}, {"end_time", null()}, {"start_day", plain(d)}, {"end_day", null()}, {"comment", comment}, {"custom_name", custom}})
	}

	subs := arr{}
	for _, dt := range []string{"sleep", "daily_readiness", "tag"} {
		subs = append(subs, obj{{"id", plain(id())}, {"callback_url", plain("https://nightshift-study.example.org/oura/hook")}, {"event_type", plain("create")}, {"data_type", plain(dt)}, {"expiration_time", plain(isoOff(after(t, r.in(10000, 130000)), offset))}})
	}

	msgs := arr{
		obj{{"from", plain("coordinator")}, {"at", plain(iso(after(t, -r.in(60, 6000))))}, {"text", prose(p("Hi "), p(pt.first, contactC), p(fmt.Sprintf(", your ring shows %.1f h of sleep after your last three nights", r.f1(3.5, 6.5)), healthC), p(". Please fill in the Karolinska scale. - "), p(coord.first, contactC))}},
	}
	if r.chance(0.6) {
		msgs = append(msgs, obj{{"from", plain("participant")}, {"at", plain(iso(after(t, -r.in(1, 50))))}, {"text", prose(p(r.pick("Sorry, ", "Hi, ", "Question: ")), p(r.pick("my GP started me on zolpidem, does that mess up the data?", "I'm pregnant, can I stay in the study?", "had a panic attack driving home, HR alert went off"), healthC))}})
	} else {
		msgs = append(msgs, obj{{"from", plain("participant")}, {"at", plain(iso(after(t, -r.in(1, 50))))}, {"text", prose(p("Will do, new number is "), p(r.usDash(), contactC))}})
	}

	return obj{
		{"study", obj{
			{"participant_id", plain(fmt.Sprintf("NS-%03d", r.in(1, 300)))},
			{"name", cont(pt.full())},
			{"date_of_birth", cont(day(dob))},
			{"email", cont(r.email(pt))},
			{"mobile", cont(r.usPhone())},
			{"ward", plain(ward)},
			{"shift_pattern", plain(r.pick("3x12 nights", "rotating days/nights", "4x10 nights"))},
			{"phone_model", dev(phone)},
			{"phone_os", dev(osv)},
			{"coordinator", cont(coord.full())},
			{"coordinator_email", cont(workEmail(coord, "nightshift-study.example.org"))},
		}},
		{"app", obj{{"client_id", decoy(strings.ToUpper(r.from(upperNum, 16)))}, {"client_secret", cred(r.from(upperNum, 32))}, {"scopes", plain("email personal daily heartrate spo2Daily tag session")}}},
		{"oauth", obj{{"access_token", cred(r.from(upperNum, 32))}, {"token_type", decoy("bearer")}, {"expires_in", plain(86400)}, {"refresh_token", cred(r.from(upperNum, 32))}}},
		{"usercollection/personal_info", personal},
		{"usercollection/ring_configuration", ring},
		{"usercollection/daily_sleep", dailySleep},
		{"usercollection/sleep", sleep},
		{"usercollection/daily_readiness", readiness},
		{"usercollection/daily_activity", activity},
		{"usercollection/daily_spo2", spo2},
		{"usercollection/heartrate", obj{{"data", hr}, {"next_token", decoy(r.b64url(24))}}},
		{"usercollection/enhanced_tag", obj{{"data", tags}, {"next_token", null()}}},
		{"webhook/subscription", subs},
		{"webhook_verification_token", cred(r.alnum(24))},
		{"messages", msgs},
	}
}
