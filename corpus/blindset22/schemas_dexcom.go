package blindset22

import (
	"fmt"
	"time"
)

// campDexcom is a diabetes summer camp's nurse-dashboard sync: one
// camper's Dexcom API v3 pull (token, dataRange, egvs, events, devices)
// beside the camp's own camper record.
func campDexcom(r *rng) any {
	t0 := r.when()
	camper := r.english()
	parent := r.english()
	parent.last = camper.last
	nurse := r.english()
	userID := r.uuid()
	txID := r.hex(64)
	gen := r.pick("g7", "g6", "g7")
	dispDev := r.pick("iOS", "android", "receiver")
	dispApp := map[string]string{"g7": "G7", "g6": "G6"}[gen]
	clientID := r.alnum(32)
	born := r.birth(2008, 2016)
	a := r.usAddress()

	stamp := func(t time.Time) (leaf, leaf) {
		return plain(t.Format("2006-01-02T15:04:05Z")), plain(t.Add(-5 * time.Hour).Format("2006-01-02T15:04:05"))
	}
	trends := []struct {
		name string
		rate float64
	}{{"flat", 0.2}, {"fortyFiveUp", 1.4}, {"singleDown", -2.3}, {"doubleDown", -3.6}, {"fortyFiveDown", -1.2}, {"singleUp", 2.1}}

	var egvs arr
	g := r.in(60, 260)
	lows := 0
	for i := 0; i < r.in(2, 4); i++ {
		ts := after(t0, -5*i)
		st, dt := stamp(ts)
		tr := trends[r.IntN(len(trends))]
		g += int(tr.rate * 5)
		if g < 45 {
			g = 45
		}
		if g < 70 {
			lows++
		}
		egvs = append(egvs, obj{
			{"recordId", plain(r.uuid())},
			{"systemTime", st},
			{"displayTime", dt},
			{"transmitterId", dev(txID)},
			{"transmitterTicks", plain(r.in(100000, 900000))},
			{"value", hlth(g)},
			{"status", null()},
			{"trend", hlth(tr.name)},
			{"trendRate", hlth(tr.rate)},
			{"unit", plain("mg/dL")},
			{"rateUnit", plain("mg/dL/min")},
			{"displayDevice", dev(dispDev)},
			{"transmitterGeneration", dev(gen)},
		})
	}

	var events arr
	evs := []struct {
		typ, sub, unit string
		val            func() any
	}{
		{"insulin", "fastActing", "units", func() any { return fmt.Sprintf("%.1f", r.f1(0.5, 9)) }},
		{"insulin", "longActing", "units", func() any { return fmt.Sprint(r.in(6, 24)) }},
		{"carbs", "", "grams", func() any { return fmt.Sprint(r.in(8, 90)) }},
		{"exercise", "medium", "minutes", func() any { return fmt.Sprint(r.in(15, 120)) }},
		{"health", "illness", "", func() any { return "" }},
	}
	for i := 0; i < r.in(1, 3); i++ {
		e := evs[r.IntN(len(evs))]
		st, dt := stamp(after(t0, -r.in(10, 600)))
		var sub leaf = null()
		if e.sub != "" {
			sub = hlth(e.sub)
		}
		val := e.val()
		var vl leaf = hlth(val)
		if val == "" {
			vl = null()
		}
		events = append(events, obj{
			{"recordId", plain(r.uuid())},
			{"systemTime", st},
			{"displayTime", dt},
			{"recordVersion", decoy("3.0")},
			{"eventStatus", plain("created")},
			{"eventType", plain(e.typ)},
			{"eventSubType", sub},
			{"value", vl},
			{"unit", plain(e.unit)},
			{"transmitterId", dev(txID)},
			{"transmitterGeneration", dev(gen)},
			{"displayDevice", dev(dispDev)},
		})
	}

	lowAlert, highAlert, urgent := r.pick("70", "75", "80"), r.pick("200", "240", "250", "180"), 55
	alertRow := func(name, val string) obj {
		st, dt := stamp(after(t0, -r.in(2000, 90000)))
		var v leaf = null()
		if val != "" {
			v = hlth(val)
		}
		return obj{
			{"alertName", plain(name)},
			{"value", v},
			{"unit", plain("mg/dL")},
			{"snooze", plain(r.pick("15", "30", "0"))},
			{"enabled", decoy(true)},
			{"systemTime", st},
			{"displayTime", dt},
		}
	}
	lastUp := after(t0, -r.in(1, 120))
	device := obj{
		{"lastUploadDate", dev(iso(lastUp))},
		{"transmitterId", dev(txID)},
		{"transmitterGeneration", dev(gen)},
		{"displayDevice", dev(dispDev)},
		{"displayApp", dev(dispApp)},
		{"alertSchedules", arr{obj{
			{"alertScheduleSettings", obj{
				{"alertScheduleName", plain("")},
				{"isEnabled", decoy(true)},
				{"isDefaultSchedule", decoy(true)},
				{"startTime", plain("00:00")},
				{"endTime", plain("00:00")},
				{"daysOfWeek", arr{plain("sunday"), plain("monday"), plain("tuesday"), plain("wednesday"), plain("thursday"), plain("friday"), plain("saturday")}},
				{"isActive", decoy(true)},
				{"override", obj{{"isOverrideEnabled", decoy(false)}, {"mode", plain("quiet")}, {"endTime", plain("")}}},
			}},
			{"alertSettings", arr{alertRow("low", lowAlert), alertRow("high", highAlert), alertRow("urgentLow", fmt.Sprint(urgent))}},
		}}},
	}

	st0, dt0 := stamp(after(t0, -14*24*60))
	st1, dt1 := stamp(t0)
	rng := func() obj {
		return obj{{"start", obj{{"systemTime", st0}, {"displayTime", dt0}}}, {"end", obj{{"systemTime", st1}, {"displayTime", dt1}}}}
	}

	note := prose(
		p(r.pick("Cabin ", "Bunk ")+fmt.Sprint(r.in(1, 12))+": "),
		p(camper.first, contactC),
		p(fmt.Sprintf(" had %d low(s) overnight, ", lows)),
		p(r.pick("treated with 15g juice, recheck 112. ", "woke for glucose tabs, site change on left arm. ", "pump occlusion at 03:10, new pod. "), healthC),
		p(r.pick("Called mom ", "Texted dad ", "Left message for ")), p(parent.first+" on "+r.usLocal(), contactC),
	)

	return obj{
		{"integration", obj{
			{"app", plain("CampNurse Sync")},
			{"app_version", decoy(r.semver())},
			{"api_base", plain("https://api.dexcom.com")},
			{"client_id", decoy(clientID)},
			{"client_secret", cred(r.alnum(16))},
			{"redirect_uri", plain("https://campnurse.example.org/oauth/dexcom/callback")},
			{"synced_at", plain(iso(t0))},
		}},
		{"token", obj{
			{"access_token", cred(r.jwt("https://uam1.dexcom.com/identity"))},
			{"expires_in", plain(7200)},
			{"token_type", decoy("Bearer")},
			{"refresh_token", cred(r.hex(32))},
		}},
		{"camper", obj{
			{"camper_id", plain(r.in(1000, 9999))},
			{"session", plain(r.pick("Session 1", "Session 2", "Teen week"))},
			{"first_name", cont(camper.first)},
			{"last_name", cont(camper.last)},
			{"date_of_birth", cont(day(born))},
			{"sex", sexOf(map[bool]string{true: "F", false: "M"}[camper.female])},
			{"weight_lb", hlth(r.in(60, 180))},
			{"diagnosed_year", hlth(r.in(2012, 2023))},
			{"insulin_delivery", dev(r.pick("Omnipod 5", "Tandem t:slim X2", "MiniMed 780G", "pens (MDI)"))},
			{"carb_ratio", hlth(fmt.Sprintf("1:%d", r.in(6, 20)))},
			{"allergies", hlth(r.pick("none known", "peanuts", "penicillin", "adhesive (use barrier wipe)"))},
			{"cabin", plain(r.in(1, 12))},
			{"home_address", cont(a.oneLine())},
			{"guardian", obj{{"name", cont(parent.full())}, {"relationship", plain(r.pick("mother", "father", "guardian"))}, {"phone", cont(r.usPhone())}, {"email", cont(r.email(parent))}}},
			{"photo_consent", decoy(r.chance(0.5))},
			{"dexcom_share_follower", cont(r.email(nurse))},
		}},
		{"dataRange", obj{
			{"recordType", plain("dataRange")},
			{"recordVersion", decoy("3.0")},
			{"userId", plain(userID)},
			{"calibrations", rng()},
			{"egvs", rng()},
			{"events", rng()},
		}},
		{"egvs", obj{{"recordType", plain("egv")}, {"recordVersion", decoy("3.0")}, {"userId", plain(userID)}, {"records", egvs}}},
		{"events", obj{{"recordType", plain("event")}, {"recordVersion", decoy("3.0")}, {"userId", plain(userID)}, {"records", events}}},
		{"devices", obj{{"recordType", plain("device")}, {"recordVersion", decoy("3.0")}, {"userId", plain(userID)}, {"records", arr{device}}}},
		{"nurse_log", arr{obj{{"by", cont(nurse.full())}, {"at", plain(iso(after(t0, 30)))}, {"text", note}}}},
	}
}
