package blindset18

import (
	"fmt"
	"strings"
	"time"
)

// physioGoogleFit is a physiotherapy client's Google Takeout, shared with
// the clinic and left on its file server, as one object keyed by archive
// path: Profile.json (names, e-mail, gender, birthday), Fit "All Data"
// files (data source ids naming the band or phone, data points whose
// fitValue only tells by the dataTypeName beside it), a Fit session with
// aggregate metric rows and the user's description, and the access-log
// activity (IP, user agent).
func physioGoogleFit(r *rng) any {
	me := r.english()
	mail := ascii(me.first) + "." + ascii(me.last) + r.digits(2) + "@" + r.mailDomain()
	gender := "male"
	if me.female {
		gender = "female"
	}
	band := r.pick("Xiaomi:Mi Smart Band 6", "Xiaomi:Smart Band 8", "Fitbit:Charge 6", "Samsung:Galaxy Watch6", "Google:Pixel Watch 2")
	bandApp := map[bool]string{true: "com.xiaomi.hm.health", false: "com.fitbit.FitbitMobile"}[strings.HasPrefix(band, "Xiaomi")]
	bandID := r.hex(8)
	phone := r.pick("Google:Pixel 7", "samsung:SM-A546B", "OnePlus:CPH2581", "Google:Pixel 8a")
	phoneID := r.hex(8)
	t := r.when()
	physio := r.english()
	baseWeight := r.f1(52, 118)

	type fitType struct {
		name   string
		vals   func() arr // fitValue entries
		source string
		isDev  bool
	}
	fv := func(kind string, v any, l func(any) leaf) obj {
		return obj{{"value", obj{{kind, l(v).obf()}}}}
	}
	hp := func(v any) leaf { return hlth(v) }
	types := []fitType{
		{"com.google.heart_rate.bpm", func() arr { return arr{fv("fpVal", float64(r.in(54, 128)), hp)} }, "raw:com.google.heart_rate.bpm:" + bandApp + ":" + band + ":" + bandID + ":", true},
		{"com.google.step_count.delta", func() arr { return arr{fv("intVal", r.in(12, 2400), hp)} }, "raw:com.google.step_count.delta:" + phone + ":" + phoneID + ":Step Counter", true},
		{"com.google.weight", func() arr { return arr{fv("fpVal", round1(baseWeight+r.f1(-1.5, 1.5)), hp)} }, "raw:com.google.weight:com.google.android.apps.fitness:user_input", false},
		{"com.google.sleep.segment", func() arr { return arr{fv("intVal", r.in(1, 6), hp)} }, "raw:com.google.sleep.segment:" + bandApp + ":" + band + ":" + bandID + ":", true},
		{"com.google.oxygen_saturation", func() arr {
			return arr{fv("fpVal", float64(r.in(91, 99)), hp), fv("fpVal", 0.0, hp), fv("intVal", 1, func(v any) leaf { return plain(v) }), fv("intVal", 1, func(v any) leaf { return plain(v) }), fv("intVal", 1, func(v any) leaf { return plain(v) })}
		}, "raw:com.google.oxygen_saturation:" + bandApp + ":" + band + ":" + bandID + ":", true},
		{"com.google.blood_pressure", func() arr {
			s, d := r.bp()
			return arr{fv("fpVal", float64(s), hp), fv("fpVal", float64(d), hp), fv("intVal", 1, func(v any) leaf { return plain(v) }), fv("intVal", 3, func(v any) leaf { return plain(v) })}
		}, "raw:com.google.blood_pressure:com.google.android.apps.fitness:user_input", false},
		{"com.google.calories.expended", func() arr { return arr{fv("fpVal", r.f1(0.8, 14), hp)} }, "derived:com.google.calories.expended:com.google.android.gms:merge_calories_expended", false},
	}
	files := obj{}
	picked := r.Perm(len(types))[:r.in(3, 5)]
	for _, ti := range picked {
		ft := types[ti]
		var pts arr
		pt := t
		for k := 0; k < r.in(2, 4); k++ {
			pt = pt.Add(time.Duration(r.in(60, 3600)) * time.Second)
			start := pt.UnixNano()
			pts = append(pts, obj{
				{"fitValue", ft.vals()},
				{"originDataSourceId", plain("")},
				{"endTimeNanos", plain(start + int64(r.in(1, 60))*1e9)},
				{"dataTypeName", plain(ft.name).obf()},
				{"startTimeNanos", plain(start)},
				{"modifiedTimeMillis", plain(start/1e6 + int64(r.in(1000, 90000)))},
				{"rawTimestampNanos", plain(0)},
			})
		}
		src := decoy(ft.source)
		if ft.isDev {
			src = dev(ft.source)
		}
		app := strings.Split(ft.source, ":")[2]
		path := "Takeout/Fit/All Data/" + strings.Split(ft.source, ":")[0] + "_" + ft.name + "_" + app + ".json"
		files = append(files, field{path, obj{{"Data Source", src}, {"Data Points", pts}}})
	}

	// One session with aggregate rows and the user's own description.
	st := after(t, r.in(600, 3000))
	act := r.pick("running", "walking", "biking", "elliptical")
	agg := arr{
		obj{{"metricName", plain("com.google.heart_minutes.summary").obf()}, {"floatValue", hlth(float64(r.in(5, 60))).obf()}},
		obj{{"metricName", plain("com.google.calories.expended").obf()}, {"floatValue", hlth(r.f1(80, 640)).obf()}},
		obj{{"metricName", plain("com.google.step_count.delta").obf()}, {"intValue", hlth(r.in(800, 9000)).obf()}},
		obj{{"metricName", plain("com.google.distance.delta").obf()}, {"floatValue", plain(r.f1(500, 9000)).obf()}},
		obj{{"metricName", plain("com.google.speed.summary").obf()}, {"floatValue", plain(r.f1(1.1, 3.9)).obf()}},
	}
	files = append(files, field{"Takeout/Fit/All Sessions/" + st.Format("2006-01-02T15_04_05") + "Z_" + strings.ToUpper(act) + ".json", obj{
		{"fitnessActivity", plain(act)},
		{"startTime", plain(isoMs(st))},
		{"endTime", plain(isoMs(after(st, r.in(15, 70))))},
		{"duration", plain(fmt.Sprintf("%d.%03ds", r.in(900, 4200), r.in(0, 999)))},
		{"description", prose(
			p(r.pick("Knee felt sore after ", "Left ankle swelling after ", "Hip pain eased by ", "Shin splints back at "), healthC),
			p(fmt.Sprintf("%d km. ", r.in(2, 9))),
			p("Physio ("), p(physio.full(), contactC),
			p(r.pick(") said ice and rest.", ") – keep doing the band exercises.", ") again on Friday.")))},
		{"aggregate", agg},
	}})

	// Profile.
	files = append(files, field{"Takeout/Profile/Profile.json", obj{
		{"name", obj{{"givenName", cont(me.first)}, {"familyName", cont(me.last)}, {"formattedName", cont(me.full())}}},
		{"displayName", cont(me.full())},
		{"emails", arr{obj{{"value", cont(mail)}}}},
		{"gender", obj{{"type", sexOf(gender)}}},
		{"birthday", cont(day(r.birth(1958, 2001)))},
	}})

	// Access log activity.
	var acts arr
	for k := 0; k < r.in(2, 3); k++ {
		city, region := "Leeds", "England"
		switch r.IntN(3) {
		case 1:
			city, region = "Eugene", "Oregon"
		case 2:
			city, region = "Dublin", "Leinster"
		}
		acts = append(acts, obj{
			{"Activity Timestamp", plain(iso(after(t, -r.in(10, 9000))))},
			{"IP Address", netw(r.wan())},
			{"Activity Country", decoy(r.pick("GB", "US", "IE"))},
			{"Activity Region", plain(region)},
			{"Activity City", plain(city)},
			{"User Agent String", dev(r.userAgent())},
			{"Product Name", plain(r.pick("Fit", "Gmail", "Drive"))},
			{"Sub-Product Name", plain("Other")},
			{"Gaia ID", decoy(r.digits(21))},
		})
	}
	files = append(files, field{"Takeout/Access Log Activity/Activities - A list of Google services accessed by.json", acts})

	return obj{
		{"archive", plain(fmt.Sprintf("takeout-%sT%02d%02d%02dZ-001.zip", t.Format("20060102"), r.in(0, 23), r.in(0, 59), r.in(0, 59)))},
		{"archive_sha256", decoy(r.hex(64))},
		{"shared_by", cont(mail)},
		{"share_link", cred("https://files.physio-clinic.example/s/" + r.from(alnum, 15))},
		{"share_link_password", cred(r.password())},
		{"share_expires", plain(iso(after(t, 60*24*14)))},
		{"files", files},
	}
}
