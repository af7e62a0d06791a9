package blindset17

import "fmt"

// wearableExport: a sports-watch maker's "export your data" archive,
// unpacked into one JSON object keyed by the file path inside the zip:
// the user profile and biometric settings, nights of sleep with stages,
// respiration, SpO2 and scores, HRV status with baselines, weigh-ins from
// the Wi-Fi scale with body composition, the registered devices (watch,
// scale with its Wi-Fi network and MAC), daily summaries, summarised
// activities with descriptions, gear (running shoes), the OAuth grants of
// connected apps and the store customer record with an address.
func wearableExport(r *rng) any {
	t0 := r.when()
	u := r.english()
	mail := r.email(u.first, u.last)
	pk := r.in(10000000, 199999999)
	handle := r.pick(ascii(u.first)+"_runs", ascii(u.first)+ascii(u.last)[:1]+r.digits(2), "trail"+ascii(u.last))
	gender := "MALE"
	if u.female {
		gender = "FEMALE"
	}
	heightCm := r.f1(152, 196)
	weightKg := r.f1(48, 110)
	watchID := int64(r.in(1000000000, 2147483647)) + 1000000000
	scaleID := int64(r.in(1000000000, 2147483647)) + 1000000000
	prefix := "DI_CONNECT/"

	// sleep
	var sleeps arr
	for i := 0; i < r.in(1, 2); i++ {
		d := after(t0, -1440*(i+1))
		sleeps = append(sleeps, obj{
			{"id", decoy(int64(r.in(100000000, 999999999)) * 1000)},
			{"calendarDate", plain(day(d))},
			{"sleepStartTimestampGMT", plain(isoMs(after(d, -r.in(60, 180))))},
			{"sleepEndTimestampGMT", plain(isoMs(after(d, r.in(300, 480))))},
			{"deepSleepSeconds", hlth(r.in(1800, 7200))},
			{"lightSleepSeconds", hlth(r.in(7200, 18000))},
			{"remSleepSeconds", hlth(r.in(1800, 7200))},
			{"awakeSleepSeconds", hlth(r.in(60, 3600))},
			{"unmeasurableSeconds", plain(0)},
			{"averageRespiration", hlth(r.f1(11, 18))},
			{"lowestRespiration", hlth(r.f1(8, 12))},
			{"awakeCount", hlth(r.in(0, 5))},
			{"avgSleepStress", hlth(r.f1(8, 35))},
			{"sleepScores", obj{{"overallScore", hlth(r.in(40, 95))}, {"qualityScore", hlth(r.in(40, 95))}, {"recoveryScore", hlth(r.in(40, 95))}, {"durationScore", hlth(r.in(40, 95))}}},
			{"spo2SleepSummary", obj{{"deviceId", dev(watchID)}, {"averageSPO2", hlth(r.in(91, 98))}, {"lowestSPO2", hlth(r.in(82, 92))}, {"averageHR", hlth(r.in(46, 70))}}},
			{"retro", plain(false)},
		})
	}

	hrvAvg := r.in(22, 85)
	hrv := arr{obj{
		{"calendarDate", plain(day(t0))},
		{"weeklyAvg", hlth(hrvAvg)},
		{"lastNightAvg", hlth(hrvAvg + r.in(-8, 8))},
		{"lastNight5MinHigh", hlth(hrvAvg + r.in(10, 30))},
		{"baseline", obj{{"lowUpper", hlth(hrvAvg - 8)}, {"balancedLow", hlth(hrvAvg - 5)}, {"balancedUpper", hlth(hrvAvg + 9)}, {"markerValue", hlth(r.f1(0.2, 0.8))}}},
		{"status", hlth(r.pick("BALANCED", "UNBALANCED", "LOW"))},
		{"feedbackPhrase", plain(fmt.Sprintf("HRV_%s_%d", r.pick("BALANCED", "UNBALANCED"), r.in(1, 6)))},
		{"createTimeStamp", plain(isoMs(t0))},
	}}

	var bio arr
	for i := 0; i < r.in(1, 3); i++ {
		w := weightKg + r.f1(-1.5, 1.5)
		bio = append(bio, obj{
			{"metaData", obj{{"sampleId", decoy(r.hex(24))}, {"calendarDate", plain(day(after(t0, -1440*7*i)))}, {"timestamp", plain(unixMs(after(t0, -1440*7*i)))}}},
			{"weight", hlth(round1(w * 1000))},
			{"bmi", hlth(round1(w / (heightCm / 100) / (heightCm / 100)))},
			{"bodyFat", hlth(r.f1(9, 38))},
			{"bodyWater", hlth(r.f1(45, 65))},
			{"boneMass", hlth(r.in(2200, 3900))},
			{"muscleMass", hlth(r.in(22000, 42000))},
			{"visceralFat", hlth(r.in(2, 16))},
			{"metabolicAge", hlth(r.in(22, 60))},
			{"sourceType", plain("INDEX_SCALE")},
		})
	}

	watch := r.pick("Forerunner 265", "fēnix 7 Pro", "Venu 3", "vívoactive 5", "Forerunner 965", "Instinct 2 Solar")
	devices := arr{
		obj{
			{"deviceId", dev(watchID)},
			{"productDisplayName", dev(watch)},
			{"partNumber", decoy(fmt.Sprintf("006-B%04d-00", r.in(3000, 4500)))},
			{"serialNumber", dev(r.digits(10))},
			{"unitId", dev(watchID)},
			{"displayName", dev(u.first + "'s " + watch)},
			{"currentFirmwareVersion", dev(fmt.Sprintf("%d.%02d", r.in(10, 22), r.in(0, 40)))},
			{"lastUsed", dev(isoMs(after(t0, -r.in(5, 900))))},
			{"registeredDate", plain(isoMs(after(t0, -r.in(20000, 400000))))},
			{"primaryActivityTrackerIndicator", plain(true)},
			{"firmwareUpdateAvailable", decoy(r.chance(0.3))},
		},
		obj{
			{"deviceId", dev(scaleID)},
			{"productDisplayName", dev(r.pick("Index S2", "Index BPM"))},
			{"partNumber", decoy(fmt.Sprintf("010-0%04d-%02d", r.in(2000, 2800), r.in(0, 12)))},
			{"serialNumber", dev(r.digits(10))},
			{"unitId", dev(scaleID)},
			{"displayName", dev(r.pick("Bathroom scale", "Index S2", "Scale upstairs"))},
			{"currentFirmwareVersion", dev(fmt.Sprintf("%d.%02d", r.in(2, 6), r.in(0, 90)))},
			{"macAddress", macAddr(r.mac(":", true))},
			{"wifiSsid", netw(r.pick("BTHub6-", "VM", "SKY", "NETGEAR", "TP-Link_") + r.HEX(4))},
			{"lastUsed", dev(isoMs(after(t0, -r.in(5, 20000))))},
			{"registeredDate", plain(isoMs(after(t0, -r.in(20000, 400000))))},
			{"primaryActivityTrackerIndicator", plain(false)},
			{"firmwareUpdateAvailable", decoy(r.chance(0.3))},
		},
	}

	uds := arr{obj{
		{"calendarDate", plain(day(t0))},
		{"uuid", decoy(r.uuid())},
		{"totalSteps", hlth(r.in(1200, 24000))},
		{"dailyStepGoal", plain(r.pick3(7500, 10000, 12000))},
		{"restingHeartRate", hlth(r.in(42, 78))},
		{"minHeartRate", hlth(r.in(40, 60))},
		{"maxHeartRate", hlth(r.in(120, 190))},
		{"averageStressLevel", hlth(r.in(12, 60))},
		{"bodyBatteryHighestValue", hlth(r.in(50, 100))},
		{"bodyBatteryLowestValue", hlth(r.in(5, 40))},
		{"totalKilocalories", hlth(r.in(1600, 3800))},
		{"activeKilocalories", hlth(r.in(100, 1500))},
		{"moderateIntensityMinutes", hlth(r.in(0, 90))},
		{"vigorousIntensityMinutes", hlth(r.in(0, 60))},
		{"floorsAscendedInMeters", plain(r.f1(0, 60))},
		{"includesWellnessData", plain(true)},
		{"privacyProtected", decoy(false)},
		{"respiration", obj{{"avgWakingRespirationValue", hlth(r.f1(12, 18))}}},
	}}

	var acts arr
	for i := 0; i < r.in(1, 3); i++ {
		a := obj{
			{"activityId", plain(int64(r.in(1000000000, 2000000000)) * 7)},
			{"activityUUID", decoy(r.uuid())},
			{"name", plain(r.pick("Morning Run", "Lunch Run", "Parkrun", "Evening Walk", "Trail Run", "Indoor Cycling"))},
			{"activityType", plain(r.pick("running", "walking", "trail_running", "indoor_cycling"))},
			{"startTimeLocal", plain(unixMs(after(t0, -r.in(600, 20000))))},
			{"duration", plain(r.in(900000, 5400000))},
			{"distance", plain(r.in(200000, 1500000))},
			{"avgHr", hlth(r.in(110, 165))},
			{"maxHr", hlth(r.in(150, 195))},
			{"calories", hlth(r.in(120, 1100))},
			{"steps", hlth(r.in(1500, 16000))},
			{"vO2MaxValue", hlth(r.in(32, 60))},
			{"lapCount", plain(r.in(1, 12))},
			{"deviceId", dev(watchID)},
		}
		if r.chance(0.6) {
			a = append(a, field{"description", r.pickLeaf(
				func() leaf {
					return prose(p("Easy 5k, "), p(r.pick("left knee still sore after physio", "first run since the ankle sprain", "asthma played up on the hills, used inhaler", "HR high, still getting over covid"), healthC))
				},
				func() leaf {
					return prose(p("Parkrun with "), p(r.english().first, contactC), p(" and "), p(r.english().first, contactC))
				},
				func() leaf { return prose(p(r.pick("Hill reps x6", "Tempo in the rain", "Recovery jog, felt good"))) },
			)})
		}
		acts = append(acts, a)
	}

	files := obj{
		{prefix + "DI-Connect-User/user_profile.json", obj{
			{"userProfilePK", plain(pk)},
			{"userName", cont(mail)},
			{"emailAddress", cont(mail)},
			{"firstName", cont(u.first)},
			{"lastName", cont(u.last)},
			{"displayName", cont(handle)},
			{"birthDate", cont(day(r.birth(1958, 2004)))},
			{"profileImageUrlMedium", cont(fmt.Sprintf("https://profile-images.wearable.example/%d/%s-prth.png", pk, r.uuid()))},
			{"locale", plain(r.pick("en_GB", "en_US"))},
			{"timeZone", plain(r.pick("Europe/London", "America/Chicago", "America/New_York"))},
			{"isEmailVerified", decoy(true)},
			{"passwordLastChanged", decoy(isoMs(after(t0, -r.in(2000, 300000))))},
			{"createdDate", plain(isoMs(after(t0, -r.in(20000, 600000))))},
		}},
		{prefix + "DI-Connect-User/user_settings.json", obj{{"userData", obj{
			{"gender", sexOf(gender)},
			{"weight", hlth(round1(weightKg * 1000))},
			{"height", hlth(heightCm)},
			{"vo2MaxRunning", hlth(r.f1(32, 60))},
			{"lactateThresholdHeartRate", hlth(r.in(150, 180))},
			{"activityLevel", hlth(r.in(1, 10))},
			{"sleepTime", hlth(r.pick3(79200, 81000, 82800))},
			{"wakeTime", hlth(r.pick3(21600, 23400, 25200))},
			{"measurementSystem", plain(r.pick("metric", "statute_us"))},
			{"handedness", plain(r.pick("LEFT", "RIGHT"))},
			{"firstDayOfWeek", obj{{"dayId", plain(r.pick3(1, 2, 1))}, {"dayName", plain(r.pick("sunday", "monday"))}}},
		}}}},
		{prefix + fmt.Sprintf("DI-Connect-Wellness/%d_sleepData.json", pk), sleeps},
		{prefix + fmt.Sprintf("DI-Connect-Wellness/%d_hrvStatus.json", pk), hrv},
		{prefix + fmt.Sprintf("DI-Connect-Wellness/%d_userBioMetrics.json", pk), bio},
		{prefix + "DI-Connect-Device/devices.json", devices},
		{prefix + fmt.Sprintf("DI-Connect-Aggregator/UDSFile_%s.json", day(t0)), uds},
		{prefix + "DI-Connect-Fitness/" + mail + "_0_summarizedActivities.json", arr{obj{{"summarizedActivitiesExport", acts}}}},
		{prefix + "DI-Connect-Fitness/gear.json", arr{obj{
			{"gearPk", plain(r.in(1000000, 9999999))},
			{"uuid", decoy(r.hex(32))},
			{"gearMakeName", plain(r.pick("Nike", "Brooks", "HOKA", "ASICS"))},
			{"gearModelName", decoy(r.pick("Pegasus 40", "Ghost 15", "Clifton 9", "Gel-Nimbus 25"))},
			{"displayName", plain(r.pick("Blue road shoes", "Race day", "Old trainers"))},
			{"gearTypeName", plain("Shoes")},
			{"maximumMeters", plain(r.pick3(600000, 800000, 1000000))},
			{"dateBegin", plain(day(after(t0, -r.in(20000, 300000))))},
		}}},
		{prefix + "DI-Connect-Third-Party/connected_apps.json", arr{obj{
			{"appName", plain(r.pick("Strava", "TrainingPeaks", "Komoot", "MyFitnessPal"))},
			{"consumerKey", decoy(r.uuid())},
			{"accessToken", cred(r.uuid())},
			{"accessTokenSecret", cred(r.alnum(35))},
			{"scopes", plain("ACTIVITY_EXPORT,HEALTH_EXPORT")},
			{"grantedDate", plain(isoMs(after(t0, -r.in(2000, 300000))))},
		}}},
	}
	if u.female && r.chance(0.6) {
		files = append(files, field{prefix + fmt.Sprintf("DI-Connect-Wellness/%d_menstrualCycles.json", pk), arr{obj{
			{"startDate", plain(day(after(t0, -1440*r.in(2, 25))))},
			{"predictedCycleLength", hlth(r.in(24, 34))},
			{"periodLength", hlth(r.in(3, 7))},
			{"dayInCycle", hlth(r.in(1, 28))},
			{"symptoms", stringsOf(hlth, r.pickSome(r.in(1, 3), "CRAMPS", "HEADACHE", "BLOATING", "FATIGUE", "ACNE")...)},
			{"pregnancyTracking", hlth(r.chance(0.15))},
		}}})
	}
	var manifest arr
	for _, f := range files[:r.in(3, 5)] {
		manifest = append(manifest, obj{{"path", plain(f.key)}, {"sha256", decoy(r.hex(64))}, {"bytes", plain(r.in(400, 90000))}})
	}
	addr := r.enAddress()
	files = append(files, field{"manifest.json", obj{
		{"exportId", decoy(r.uuid())},
		{"requestedAt", plain(isoMs(after(t0, -r.in(600, 9000))))},
		{"files", manifest},
	}})
	files = append(files, field{"customer_data/customer.json", obj{
		{"customerId", plain(r.uuid())},
		{"email", cont(mail)},
		{"firstName", cont(u.first)},
		{"lastName", cont(u.last)},
		{"phoneNumber", cont(r.enPhone())},
		{"address", obj{
			{"addressLine1", cont(addr.street)},
			{"city", cont(addr.town)},
			{"postalCode", cont(addr.postcode)},
			{"stateOrProvince", cont(addr.region)},
			{"countryCode", decoy(map[bool]string{true: "US", false: "GB"}[len(addr.postcode) == 5])},
		}},
		{"marketingOptIn", plain(r.chance(0.3))},
		{"lastLoginIp", netw(r.wan())},
	}})
	return files
}
