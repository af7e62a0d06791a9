package blindset19

import (
	"fmt"
	"time"
)

// afibAppleHealth is an Apple Health export.xml converted to JSON with
// xmltodict ("@" attributes), attached to a support e-mail to a
// heart-rhythm monitoring app: the ticket (sender, subject, body naming
// the watch, its serial, symptoms and a medicine), the attachment with
// its sha256, and HealthData: locale, export date, Me (birth date,
// biological sex, blood type, skin type, cardio-fitness medications),
// typed Records (@type / @value rows with source name, source version,
// HKDevice description, unit and dates; metadata @key / @value rows with
// sync ids and weather decoys), a blood-pressure Correlation, a Workout
// with statistics and route file, ActivitySummary days and
// ClinicalRecord stubs.
func afibAppleHealth(r *rng) any {
	pt := r.english()
	mail := r.email(pt)
	dob := r.birth(1948, 1990)
	t := r.when()
	watchModel := r.pick("Apple Watch Series 8", "Apple Watch Series 9", "Apple Watch SE", "Apple Watch Ultra 2")
	hw := map[string]string{"Apple Watch Series 8": "Watch6,14", "Apple Watch Series 9": "Watch7,3", "Apple Watch SE": "Watch6,12", "Apple Watch Ultra 2": "Watch7,5"}[watchModel]
	watchOS := r.pick("10.4", "10.5", "10.3.1")
	iphModel, iOS := r.iphone()
	watchName := pt.first + r.pick("’s Apple Watch", "'s Apple Watch", " Watch")
	phoneName := pt.first + r.pick("’s iPhone", "'s iPhone")
	hkDevice := func(when time.Time) string {
		return fmt.Sprintf("<<HKDevice: 0x%s>, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:%s, software:%s, creation date:%s>", r.hex(9), hw, watchOS, when.Format("2006-01-02 15:04:05 -0700"))
	}
	stamp := func(tt time.Time) string { return tt.Format("2006-01-02 15:04:05 -0700") }
	meta := func(key string, v leaf) obj { return obj{{"@key", plain(key).obf()}, {"@value", v.obf()}} }

	type src struct {
		name, version leaf
		device        bool
	}
	watch := func() src { return src{dev(watchName), dev(watchOS), true} }
	phone := func() src { return src{dev(phoneName), dev(iOS), false} }
	app := func(name string) src { return src{plain(name), dev(r.semver()), false} }

	record := func(typ, unit string, value leaf, s src, when time.Time, metas ...obj) obj {
		o := obj{
			{"@type", plain(typ).obf()},
			{"@sourceName", s.name},
			{"@sourceVersion", s.version},
		}
		if s.device {
			o = append(o, field{"@device", dev(hkDevice(when))})
		}
		if unit != "" {
			o = append(o, field{"@unit", plain(unit)})
		}
		o = append(o,
			field{"@creationDate", plain(stamp(after(when, r.in(1, 30))))},
			field{"@startDate", plain(stamp(when))},
			field{"@endDate", plain(stamp(after(when, r.in(0, 10))))},
			field{"@value", value.obf()},
		)
		if !s.device && r.chance(0.6) {
			metas = append(metas, meta("HKMetadataKeySyncIdentifier", decoy(r.UUID())), meta("HKMetadataKeySyncVersion", plain("1")))
		}
		if len(metas) > 0 {
			var ms arr
			for _, m := range metas {
				ms = append(ms, m)
			}
			o = append(o, field{"MetadataEntry", ms})
		}
		return o
	}

	weight := r.f1(48, 112)
	var recs arr
	cur := after(t, -r.in(2000, 20000))
	next := func() time.Time { cur = after(cur, r.in(20, 600)); return cur }
	gens := []func() obj{
		func() obj {
			return record("HKQuantityTypeIdentifierBodyMass", "kg", hlth(fmt.Sprint(weight)), app(r.pick("Withings", "Renpho Health", "Health")), next(), meta("HKWasUserEntered", plain("1")))
		},
		func() obj {
			return record("HKQuantityTypeIdentifierHeight", "cm", hlth(fmt.Sprint(r.in(152, 196))), phone(), next())
		},
		func() obj {
			return record("HKQuantityTypeIdentifierBodyMassIndex", "count", hlth(fmt.Sprint(r.f1(18, 36))), app("Withings"), next())
		},
		func() obj {
			return record("HKQuantityTypeIdentifierBodyFatPercentage", "%", hlth(fmt.Sprintf("%.3f", 0.14+r.Float64()*0.26)), app("Withings"), next())
		},
		func() obj {
			return record("HKQuantityTypeIdentifierHeartRate", "count/min", hlth(fmt.Sprint(r.in(48, 148))), watch(), next(),
				meta("HKMetadataKeyHeartRateMotionContext", plain(r.pick("0", "1", "2"))))
		},
		func() obj {
			return record("HKQuantityTypeIdentifierRestingHeartRate", "count/min", hlth(fmt.Sprint(r.in(44, 82))), watch(), next())
		},
		func() obj {
			return record("HKQuantityTypeIdentifierHeartRateVariabilitySDNN", "ms", hlth(fmt.Sprintf("%.4f", 12+r.Float64()*80)), watch(), next())
		},
		func() obj {
			return record("HKQuantityTypeIdentifierOxygenSaturation", "%", hlth(fmt.Sprintf("%.2f", 0.91+r.Float64()*0.09)), watch(), next())
		},
		func() obj {
			return record("HKQuantityTypeIdentifierStepCount", "count", hlth(fmt.Sprint(r.in(12, 2400))), phone(), next())
		},
		func() obj {
			return record("HKQuantityTypeIdentifierRespiratoryRate", "count/min", hlth(fmt.Sprint(r.f1(11, 22))), watch(), next())
		},
		func() obj {
			return record("HKQuantityTypeIdentifierAtrialFibrillationBurden", "%", hlth(fmt.Sprint(r.in(1, 38))), watch(), next(),
				meta("HKAlgorithmVersion", decoy(fmt.Sprint(r.in(1, 3)))))
		},
		func() obj {
			return record("HKCategoryTypeIdentifierIrregularHeartRhythmEvent", "", hlth("HKCategoryValueNotApplicable"), watch(), next(),
				meta("HKAlgorithmVersion", decoy(fmt.Sprint(r.in(1, 3)))))
		},
		func() obj {
			return record("HKCategoryTypeIdentifierSleepAnalysis", "", hlth(r.pick("HKCategoryValueSleepAnalysisAsleepREM", "HKCategoryValueSleepAnalysisAsleepDeep", "HKCategoryValueSleepAnalysisAsleepCore", "HKCategoryValueSleepAnalysisAwake")), watch(), next(),
				meta("HKTimeZone", plain(r.pick("America/Los_Angeles", "America/Denver", "Europe/London"))))
		},
		func() obj {
			return record("HKQuantityTypeIdentifierBloodGlucose", "mg/dL", hlth(fmt.Sprint(r.in(72, 210))), app(r.pick("Dexcom G7", "FreeStyle LibreLink", "OneTouch Reveal")), next(),
				meta("HKMetadataKeyBloodGlucoseMealTime", plain(r.pick("1", "2"))), meta("HKMetadataKeySyncIdentifier", decoy(r.UUID())), meta("HKMetadataKeySyncVersion", plain("1")))
		},
		func() obj {
			return record("HKQuantityTypeIdentifierActiveEnergyBurned", "Cal", hlth(fmt.Sprintf("%.3f", r.Float64()*40)), watch(), next())
		},
		func() obj {
			return record("HKQuantityTypeIdentifierDistanceWalkingRunning", "mi", hlth(fmt.Sprintf("%.5f", r.Float64()*0.6)), phone(), next())
		},
		func() obj {
			return record("HKQuantityTypeIdentifierFlightsClimbed", "count", hlth(fmt.Sprint(r.in(1, 6))), phone(), next())
		},
	}
	if pt.female {
		gens = append(gens, func() obj {
			return record("HKCategoryTypeIdentifierMenstrualFlow", "", hlth(r.pick("HKCategoryValueVaginalBleedingMedium", "HKCategoryValueVaginalBleedingLight", "HKCategoryValueVaginalBleedingUnspecified")), phone(), next(),
				meta("HKMenstrualCycleStart", plain(r.pick("0", "1"))), meta("HKWasUserEntered", plain("1")))
		})
	}
	for _, k := range r.Perm(len(gens))[:r.in(7, 12)] {
		recs = append(recs, gens[k]())
	}

	sys, dia := r.bp()
	bpAt := next()
	bpSrc := app(r.pick("OMRON connect", "Qardio", "Withings"))
	corr := obj{
		{"@type", plain("HKCorrelationTypeIdentifierBloodPressure").obf()},
		{"@sourceName", bpSrc.name},
		{"@sourceVersion", bpSrc.version},
		{"@creationDate", plain(stamp(after(bpAt, 1)))},
		{"@startDate", plain(stamp(bpAt))},
		{"@endDate", plain(stamp(bpAt))},
		{"MetadataEntry", meta("HKMetadataKeySyncIdentifier", decoy(r.UUID()))},
		{"Record", arr{
			record("HKQuantityTypeIdentifierBloodPressureSystolic", "mmHg", hlth(fmt.Sprint(sys)), bpSrc, bpAt),
			record("HKQuantityTypeIdentifierBloodPressureDiastolic", "mmHg", hlth(fmt.Sprint(dia)), bpSrc, bpAt),
		}},
	}

	wAt := next()
	wt := obj{
		{"@workoutActivityType", plain(r.pick("HKWorkoutActivityTypeWalking", "HKWorkoutActivityTypeCycling", "HKWorkoutActivityTypeSwimming", "HKWorkoutActivityTypeYoga"))},
		{"@duration", hlth(fmt.Sprintf("%.4f", 15+r.Float64()*70))},
		{"@durationUnit", plain("min")},
		{"@sourceName", dev(watchName)},
		{"@sourceVersion", dev(watchOS)},
		{"@device", dev(hkDevice(wAt))},
		{"@creationDate", plain(stamp(after(wAt, 60)))},
		{"@startDate", plain(stamp(wAt))},
		{"@endDate", plain(stamp(after(wAt, 55)))},
		{"MetadataEntry", arr{
			meta("HKIndoorWorkout", plain("0")),
			meta("HKWeatherTemperature", decoy(fmt.Sprintf("%d degF", r.in(38, 92)))),
			meta("HKWeatherHumidity", decoy(fmt.Sprintf("%d %%", r.in(20, 95)*100))),
			meta("HKAverageMETs", hlth(fmt.Sprintf("%.4f kcal/hr·kg", 2+r.Float64()*6))),
			meta("HKTimeZone", plain("America/Los_Angeles")),
		}},
		{"WorkoutStatistics", arr{
			obj{{"@type", plain("HKQuantityTypeIdentifierHeartRate").obf()}, {"@startDate", plain(stamp(wAt))}, {"@endDate", plain(stamp(after(wAt, 55)))},
				{"@average", hlth(fmt.Sprint(r.in(90, 150))).obf()}, {"@minimum", hlth(fmt.Sprint(r.in(60, 90))).obf()}, {"@maximum", hlth(fmt.Sprint(r.in(150, 182))).obf()}, {"@unit", plain("count/min")}},
			obj{{"@type", plain("HKQuantityTypeIdentifierActiveEnergyBurned").obf()}, {"@startDate", plain(stamp(wAt))}, {"@endDate", plain(stamp(after(wAt, 55)))},
				{"@sum", hlth(fmt.Sprintf("%.3f", 80+r.Float64()*400)).obf()}, {"@unit", plain("Cal")}},
		}},
		{"WorkoutRoute", obj{
			{"@sourceName", dev(watchName)},
			{"@sourceVersion", dev(watchOS)},
			{"@creationDate", plain(stamp(after(wAt, 61)))},
			{"FileReference", obj{{"@path", plain("/workout-routes/route_" + wAt.Format("2006-01-02_3.04pm") + ".gpx")}}},
		}},
	}

	var acts arr
	d := after(t, -r.in(3000, 9000))
	for i := 0; i < r.in(2, 3); i++ {
		d = d.Add(24 * time.Hour)
		acts = append(acts, obj{
			{"@dateComponents", plain(day(d))},
			{"@activeEnergyBurned", hlth(fmt.Sprintf("%.3f", 80+r.Float64()*700))},
			{"@activeEnergyBurnedGoal", hlth(fmt.Sprint(r.pick4(300, 400, 500, 650)))},
			{"@activeEnergyBurnedUnit", plain("Cal")},
			{"@appleMoveTime", plain("0")},
			{"@appleMoveTimeGoal", plain("0")},
			{"@appleExerciseTime", hlth(fmt.Sprint(r.in(0, 90)))},
			{"@appleExerciseTimeGoal", hlth("30")},
			{"@appleStandHours", hlth(fmt.Sprint(r.in(2, 14)))},
			{"@appleStandHoursGoal", hlth("12")},
		})
	}
	provIdx := r.IntN(4)
	provider := []string{"Summit Health", "Providence", "Kaiser Permanente", "Cascade Heart Clinic"}[provIdx]
	provHost := []string{"summithealth", "providence", "kp", "cascadeheart"}[provIdx]
	var clin arr
	for i := 0; i < r.in(1, 3); i++ {
		uid := r.uuid()
		kind := r.pick("LabResultRecord", "ConditionRecord", "MedicationRecord", "VitalSignRecord")
		res := map[string]string{"LabResultRecord": "Observation", "ConditionRecord": "Condition", "MedicationRecord": "MedicationRequest", "VitalSignRecord": "Observation"}[kind]
		clin = append(clin, obj{
			{"@type", plain("HKClinicalTypeIdentifier" + kind)},
			{"@identifier", decoy(uid)},
			{"@sourceName", plain(provider)},
			{"@sourceURL", plain("https://fhir." + provHost + ".example/api/FHIR/R4/")},
			{"@fhirVersion", decoy("4.0.1")},
			{"@receivedDate", plain(stamp(after(t, -r.in(100, 9000))))},
			{"@resourceFilePath", plain("/clinical-records/" + res + "-" + uid + ".json")},
		})
	}
	sex := "HKBiologicalSexMale"
	if pt.female {
		sex = "HKBiologicalSexFemale"
	}
	serial := r.serial(r.pick("G99", "H4H", "J7Q"), 9)
	drug := r.pick("apixaban", "rivaroxaban", "metoprolol", "flecainide", "diltiazem")
	return obj{
		{"ticket", obj{
			{"id", plain(fmt.Sprintf("CS-%06d", r.in(1, 999999)))},
			{"channel", plain("email")},
			{"from", cont(mail)},
			{"subject", prose(p(r.pick("AFib alerts every night after update", "Heart data missing since watchOS update", "Export attached as requested")))},
			{"body", prose(
				p("Hi, this is "), p(pt.full(), contactC), p(". Since updating my "), p(watchModel, devC), p(" (serial "), p(serial, devC),
				p(") to watchOS "), p(watchOS, devC), p(" I get irregular rhythm alerts every night and "),
				p(fmt.Sprintf("my resting heart rate shows %d", r.in(40, 52)), healthC), p(". My cardiologist started me on "), p(drug, healthC),
				p(". Export attached. Call me on "), p(r.usPhone(), contactC), p(" if easier."))},
			{"received_at", plain(iso(t))},
			{"form_device", obj{
				{"phone_model", dev(iphModel)},
				{"phone_os", dev("iOS " + iOS)},
				{"app_version", dev(r.semver())},
				{"app_build", decoy(r.pick("21E236", "21F79", "21G93"))},
			}},
		}},
		{"attachment", obj{
			{"filename", plain("export.zip")},
			{"size", plain(r.in(2_000_000, 90_000_000))},
			{"sha256", decoy(r.hex(64))},
			{"converted_with", decoy("xmltodict " + r.pick("0.13.0", "0.12.0"))},
		}},
		{"HealthData", obj{
			{"@locale", plain(r.pick("en_US", "en_GB"))},
			{"ExportDate", obj{{"@value", plain(stamp(t))}}},
			{"Me", obj{
				{"@HKCharacteristicTypeIdentifierDateOfBirth", cont(day(dob))},
				{"@HKCharacteristicTypeIdentifierBiologicalSex", sexOf(sex)},
				{"@HKCharacteristicTypeIdentifierBloodType", hlth(r.pick("HKBloodTypeAPositive", "HKBloodTypeONegative", "HKBloodTypeBPositive", "HKBloodTypeNotSet"))},
				{"@HKCharacteristicTypeIdentifierFitzpatrickSkinType", hlth(r.pick("HKFitzpatrickSkinTypeII", "HKFitzpatrickSkinTypeIII", "HKFitzpatrickSkinTypeV", "HKFitzpatrickSkinTypeNotSet"))},
				{"@HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse", hlth(r.pick("HKCardioFitnessMedicationsUseBetaBlocker", "HKCardioFitnessMedicationsUseNone", "HKCardioFitnessMedicationsUseCalciumChannelBlocker"))},
			}},
			{"Record", recs},
			{"Correlation", corr},
			{"Workout", wt},
			{"ActivitySummary", acts},
			{"ClinicalRecord", clin},
		}},
	}
}
