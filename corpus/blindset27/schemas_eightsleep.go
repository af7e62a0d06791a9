package blindset27

import (
	"fmt"
	"time"
)

// insomniaEightSleep: a behavioural sleep-medicine clinic's CBT-I
// programme caches its patients' Eight Sleep Pod data: the integration
// (clinic, app client id and secret, version), the password-grant login
// and token answer, users/me (names, e-mail, gender, birth date, the
// partner the metrics are shared with, features, the current side of the
// bed), the Pod (device id, sensor label, part number, SKU, hardware
// revision, serial, MAC, firmware, Wi-Fi SSID, IP and MAC, model, hub,
// heating levels and schedules, last heard), the sleep intervals (stages,
// score, heart rate, HRV, respiratory rate, toss-and-turn, room and bed
// temperatures), trends, and the sleep physician's notes.
func insomniaEightSleep(r *rng) any {
	t := r.when()
	pt := r.american()
	partner := r.american()
	partner.last = pt.last
	doc := r.american()
	dob := r.birth(1955, 1998)
	home := r.lan()
	userID, partnerID := r.hex(32), r.hex(32)
	devID := r.hex(24)
	side := r.pick("left", "right")
	gender := "male"
	if pt.female {
		gender = "female"
	}
	serial := r.digits(4) + r.from(upperNum, 4)
	model := r.pick("Pod 3", "Pod 4", "Pod 4 Ultra", "Pod 5")
	fw := fmt.Sprintf("%d.%d.%d.%d", r.in(2, 3), r.in(0, 9), r.in(10, 99), r.in(0, 9))

	user := obj{{"user", obj{
		{"userId", plain(userID)},
		{"email", cont(r.email(pt))},
		{"firstName", cont(pt.first)},
		{"lastName", cont(pt.last)},
		{"gender", sexOf(gender)},
		{"dob", cont(dob.Format("2006-01-02T15:04:05.000Z"))},
		{"devices", arr{dev(devID)}},
		{"emailVerified", decoy(true)},
		{"sharingMetricsTo", arr{cont(r.email(partner))}},
		{"sharingMetricsFrom", arr{}},
		{"notifications", obj{{"weeklyReportEmail", plain(true)}, {"sessionProcessed", plain(false)}}},
		{"createdAt", plain(isoMs(after(t, -r.in(90000, 900000))))},
		{"experimentalFeatures", plain(false)},
		{"autopilotEnabled", plain(r.chance(0.6))},
		{"sleepTracking", obj{{"enabledSince", plain(isoMs(after(t, -r.in(90000, 900000))))}}},
		{"features", arr{plain("warming"), plain("cooling"), plain("elevation"), plain("tapControls")}},
		{"currentDevice", obj{{"id", dev(devID)}, {"side", plain(side)}}},
		{"hotelGuest", plain(false)},
	}}}

	heat := func() int { return r.in(-100, 100) }
	device := obj{{"result", obj{
		{"deviceId", dev(devID)},
		{"ownerId", plain(userID)},
		{"leftUserId", plain(map[bool]string{true: userID, false: partnerID}[side == "left"])},
		{"rightUserId", plain(map[bool]string{true: partnerID, false: userID}[side == "left"])},
		{"leftHeatingLevel", plain(heat())},
		{"leftTargetHeatingLevel", plain(heat())},
		{"leftNowHeating", plain(r.chance(0.5))},
		{"leftSchedule", obj{{"enabled", plain(true)}}},
		{"rightHeatingLevel", plain(heat())},
		{"rightTargetHeatingLevel", plain(heat())},
		{"rightNowHeating", plain(r.chance(0.5))},
		{"rightSchedule", obj{{"enabled", plain(r.chance(0.5))}}},
		{"priming", plain(false)},
		{"needsPriming", plain(false)},
		{"hasWater", plain(true)},
		{"ledBrightnessLevel", plain(r.pickInt(0, 30, 100))},
		{"sensorInfo", obj{
			{"label", dev(fmt.Sprintf("20500-0001-A%02d-%s", r.in(1, 9), r.HEX(8)))},
			{"partNumber", decoy("20500-0001")},
			{"sku", decoy("0001")},
			{"hwRevision", dev(fmt.Sprintf("A%02d", r.in(1, 9)))},
			{"serialNumber", dev(serial)},
			{"lastConnected", dev(isoMs(after(t, -r.in(1, 200))))},
			{"skuName", plain(r.pick("queen", "king", "full"))},
			{"connected", plain(true)},
		}},
		{"timezone", plain("America/Los_Angeles")},
		{"mac", macAddr(r.mac(":", false))},
		{"lastHeard", dev(isoMs(after(t, -r.in(1, 30))))},
		{"online", plain(true)},
		{"encasementType", plain(r.pickInt(0, 1))},
		{"firmwareVersion", fwOf(fw)},
		{"firmwareUpdated", decoy(true)},
		{"firmwareUpdating", plain(false)},
		{"wifiInfo", obj{{"ssid", netw(r.ssid(pt.last))}, {"ipAddr", netw(home.host(r.in(2, 250)))}, {"macAddr", macAddr(r.mac(":", false))}, {"signalStrength", plain(-r.in(35, 80))}, {"lastUpdated", plain(isoMs(after(t, -r.in(1, 300))))}}},
		{"modelString", dev(model)},
		{"hubInfo", dev(fmt.Sprintf("%s-Hub-%s", model[:5], r.HEX(6)))},
	}}}

	bed := time.Date(t.Year(), t.Month(), t.Day(), r.in(21, 23), r.in(0, 59), 0, 0, time.UTC)
	series := func(lo, hi float64, lab func(any) leaf) arr {
		out := arr{}
		for i := 0; i < r.in(3, 4); i++ {
			out = append(out, arr{plain(bed.Add(time.Duration(i*90) * time.Minute).Format("2006-01-02T15:04:05.000Z")), lab(r.f1(lo, hi))})
		}
		return out
	}
	intervals := arr{}
	for n := 0; n < r.in(1, 2); n++ {
		stages := arr{}
		for _, s := range []string{"awake", "light", "deep", "light", "rem", "awake", "out"} {
			stages = append(stages, obj{{"stage", plain(s)}, {"duration", hlth(r.in(300, 5400))}})
		}
		intervals = append(intervals, obj{
			{"id", plain(fmt.Sprint(unix(bed)))},
			{"ts", plain(bed.Format("2006-01-02T15:04:05.000Z"))},
			{"stages", stages},
			{"score", hlth(r.in(40, 95))},
			{"timeseries", obj{
				{"tnt", arr{arr{plain(bed.Add(2 * time.Hour).Format("2006-01-02T15:04:05.000Z")), hlth(r.in(1, 4))}}},
				{"tempRoomC", series(16, 26, func(v any) leaf { return decoy(v) })},
				{"tempBedC", series(24, 34, func(v any) leaf { return decoy(v) })},
				{"respiratoryRate", series(11, 19, hlth)},
				{"heartRate", series(48, 82, hlth)},
				{"hrv", series(18, 90, hlth)},
			}},
			{"incomplete", plain(false)},
			{"sleepFitnessScore", obj{{"total", hlth(r.in(40, 95))}, {"sleepDurationSeconds", obj{{"score", hlth(r.in(30, 100))}}}, {"latencyAsleepSeconds", obj{{"score", hlth(r.in(10, 100))}}}, {"wakeupConsistency", obj{{"score", hlth(r.in(10, 100))}}}}},
		})
		bed = bed.AddDate(0, 0, -1)
	}

	trends := arr{}
	for i := 0; i < r.in(2, 4); i++ {
		trends = append(trends, obj{
			{"day", plain(day(t.AddDate(0, 0, -i)))},
			{"score", hlth(r.in(40, 95))},
			{"tnt", hlth(r.in(5, 40))},
			{"sleepDuration", hlth(r.in(14000, 30000))},
			{"presenceDuration", hlth(r.in(20000, 34000))},
			{"deepDuration", hlth(r.in(2000, 7000))},
			{"remDuration", hlth(r.in(2000, 8000))},
			{"sleepQualityScore", obj{{"total", hlth(r.in(40, 95))}, {"hrv", obj{{"current", hlth(r.in(15, 90))}, {"average", hlth(r.in(15, 90))}}}, {"heartRate", obj{{"current", hlth(r.in(48, 80))}, {"average", hlth(r.in(48, 80))}}}}},
		})
	}

	drug := r.pick("trazodone 50 mg", "zolpidem 5 mg", "suvorexant 10 mg", "melatonin 3 mg", "doxepin 6 mg")
	notes := arr{
		obj{{"author", cont("Dr. " + doc.full())}, {"at", plain(iso(after(t, -r.in(100, 20000))))}, {"text", clinNote(p(pt.first+" "+pt.last, contactC), p(fmt.Sprintf(", %d, chronic insomnia (F51.01), on ", age(dob, t)), healthC), p(drug, healthC), p(fmt.Sprintf(". Pod sleep efficiency %d%%, HRV trending up. Week %d of CBT-I; sleep window 23:30-06:00.", r.in(68, 92), r.in(1, 8)), healthC))}},
	}
	if r.chance(0.6) {
		notes = append(notes, obj{{"author", cont("Dr. " + doc.full())}, {"at", plain(iso(after(t, -r.in(10, 90))))}, {"text", clinNote(p("Partner "), p(partner.first, contactC), p(r.pick(" reports loud snoring and pauses; ordering home sleep apnea test.", " says he kicks all night, check ferritin for RLS.", " sleeps on the other side, her data excluded."), healthC))}})
	} else {
		notes = append(notes, obj{{"author", cont("Dr. " + doc.full())}, {"at", plain(iso(after(t, -r.in(10, 90))))}, {"text", clinNote(p("Pod offline two nights; patient re-joined it to Wi-Fi."))}})
	}

	return obj{
		{"integration", obj{
			{"clinic", plain(r.pick("Evergreen Sleep Medicine", "Bayside Sleep Center", "Northwest Insomnia Clinic"))},
			{"client_id", decoy(r.hex(32))},
			{"client_secret", cred(r.hex(64))},
			{"connector_version", decoy(r.semver())},
			{"patient_ref", plain(fmt.Sprintf("SLP-%05d", r.in(1, 99999)))},
		}},
		{"auth", obj{
			{"request", obj{{"grant_type", plain("password")}, {"username", cont(r.email(pt))}, {"password", cred(r.password())}}},
			{"response", obj{{"access_token", cred(r.hex(64))}, {"token_type", decoy("bearer")}, {"expires_in", plain(72000)}, {"refresh_token", cred(r.hex(64))}, {"userId", plain(userID)}}},
		}},
		{"users/me", user},
		{"devices/" + devID, device},
		{"users/" + userID + "/intervals", obj{{"intervals", intervals}}},
		{"users/" + userID + "/trends", obj{{"days", trends}}},
		{"clinic_notes", notes},
	}
}
