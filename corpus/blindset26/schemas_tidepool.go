package blindset26

import (
	"encoding/base64"
	"fmt"
	"time"
)

// t1dTidepool: a paediatric diabetes educator's export script run against
// the Tidepool platform API with a parent's login: the login exchange
// (Basic credentials, session token), the child's profile (name, birthday,
// diagnosis), settings, the accounts the data is shared with and pending
// invitations, a page of device data (uploads, CGM and meter readings,
// boluses, bolus-wizard records, basals, pump and CGM settings, food,
// activity, reported states, device events) and the family's notes.
func t1dTidepool(r *rng) any {
	t := r.when()
	parent := r.english()
	child := r.english()
	child.last = parent.last
	other := r.english()
	other.last = parent.last
	email := r.email(parent)
	pw := r.password()
	dob := r.birth(2009, 2019)
	diag := time.Date(dob.Year()+r.in(1, 4), time.Month(r.in(1, 12)), r.in(1, 28), 0, 0, 0, 0, time.UTC)
	uid := r.hex(10)
	clinic := r.usAddress()
	pump := r.pick("Omnipod 5", "Omnipod DASH", "t:slim X2", "MiniMed 780G")
	maker := map[string]string{"Omnipod 5": "Insulet", "Omnipod DASH": "Insulet", "t:slim X2": "Tandem", "MiniMed 780G": "Medtronic"}[pump]
	pumpSerial := r.serial("", 9)
	pumpID := map[string]string{"Insulet": "InsOmn-", "Tandem": "tandemCIQ", "Medtronic": "MedT-780-"}[maker] + pumpSerial
	cgm := r.pick("Dexcom G6", "Dexcom G7", "FreeStyle Libre 2")
	tx := r.serial("8G", 4)
	cgmID := "DexG6Rec_SM" + r.digits(8)
	if cgm != "Dexcom G6" {
		cgmID = r.pick("DexG7_", "AbbottFreeStyleLibre2_") + r.serial("", 10)
	}
	upID := r.hex(32)
	uploaderVer := fmt.Sprintf("2.%d.%d", r.in(50, 58), r.in(0, 4))

	mmol := func(lo, hi float64) float64 { return r.f2(lo, hi) }
	dedup := func() obj {
		return obj{{"name", plain("org.tidepool.deduplicator.device.deactivate.hash")}, {"version", decoy("1.1.0")}, {"hash", decoy(r.b64(32))}}
	}
	ts := func(min int) string { return isoMs(after(t, -min)) }

	data := arr{}
	data = append(data, obj{
		{"type", plain("upload")},
		{"id", plain(r.hex(32))},
		{"uploadId", plain(upID)},
		{"deviceId", dev(pumpID)},
		{"deviceManufacturers", arr{dev(maker)}},
		{"deviceModel", dev(pump)},
		{"deviceSerialNumber", dev(pumpSerial)},
		{"deviceTags", arr{dev("insulin-pump")}},
		{"client", obj{{"name", plain("org.tidepool.uploader")}, {"version", dev(uploaderVer)}}},
		{"computerTime", plain(t.Format("2006-01-02T15:04:05"))},
		{"time", plain(ts(0))},
		{"timezone", plain("America/Denver")},
		{"timeProcessing", plain("utc-bootstrapping")},
		{"version", dev(uploaderVer)},
		{"byUser", plain(uid)},
	})
	for i := 0; i < r.in(3, 6); i++ {
		data = append(data, obj{
			{"type", plain("cbg")},
			{"units", plain("mmol/L")},
			{"value", hlth(mmol(3.1, 16.5))},
			{"deviceId", dev(cgmID)},
			{"time", plain(ts(5 * (i + 1)))},
			{"uploadId", plain(upID)},
			{"id", plain(r.hex(32))},
			{"_deduplicator", dedup()},
			{"payload", obj{{"trend", hlth(r.pick("Flat", "FortyFiveUp", "SingleDown", "DoubleUp"))}, {"transmitterTimeSeconds", plain(r.in(100000, 9000000))}}},
		})
	}
	data = append(data, obj{
		{"type", plain("smbg")},
		{"subType", plain(r.pick("manual", "linked"))},
		{"units", plain("mmol/L")},
		{"value", hlth(mmol(3.0, 18.0))},
		{"deviceId", dev(pumpID)},
		{"time", plain(ts(r.in(60, 600)))},
		{"id", plain(r.hex(32))},
		{"_deduplicator", dedup()},
	})
	carb := r.in(15, 80)
	ratio := r.in(8, 25)
	isf := r.in(30, 110)
	bolus := round2(float64(carb) / float64(ratio))
	bolusID := r.hex(32)
	data = append(data,
		obj{
			{"type", plain("bolus")},
			{"subType", plain("normal")},
			{"normal", hlth(bolus)},
			{"deviceId", dev(pumpID)},
			{"time", plain(ts(r.in(60, 300)))},
			{"id", plain(bolusID)},
			{"_deduplicator", dedup()},
		},
		obj{
			{"type", plain("wizard")},
			{"bgInput", hlth(mmol(4, 14))},
			{"carbInput", hlth(carb)},
			{"insulinCarbRatio", hlth(ratio)},
			{"insulinSensitivity", hlth(isf)},
			{"insulinOnBoard", hlth(r.f2(0, 2))},
			{"bgTarget", obj{{"low", hlth(5.0)}, {"high", hlth(r.pick("6.1", "6.7", "7.2"))}}},
			{"recommended", obj{{"carb", hlth(bolus)}, {"correction", hlth(r.f2(0, 1.5))}, {"net", hlth(bolus)}}},
			{"units", plain("mg/dL")},
			{"bolus", plain(bolusID)},
			{"deviceId", dev(pumpID)},
			{"time", plain(ts(r.in(60, 300)))},
		},
		obj{
			{"type", plain("basal")},
			{"deliveryType", plain(r.pick("scheduled", "temp", "automated"))},
			{"rate", hlth(r.f2(0.05, 1.4))},
			{"duration", plain(r.pickInt(1800000, 3600000, 300000))},
			{"scheduleName", plain(r.pick("Standard", "School days", "Weekend"))},
			{"deviceId", dev(pumpID)},
			{"time", plain(ts(r.in(60, 900)))},
		},
		obj{
			{"type", plain("pumpSettings")},
			{"activeSchedule", plain("Standard")},
			{"basalSchedules", obj{{"Standard", arr{
				obj{{"rate", hlth(r.f2(0.1, 0.9))}, {"start", plain(0)}},
				obj{{"rate", hlth(r.f2(0.1, 0.9))}, {"start", plain(21600000)}},
			}}}},
			{"carbRatios", obj{{"Standard", arr{obj{{"amount", hlth(ratio)}, {"start", plain(0)}}}}}},
			{"insulinSensitivities", obj{{"Standard", arr{obj{{"amount", hlth(isf)}, {"start", plain(0)}}}}}},
			{"bgTargets", obj{{"Standard", arr{obj{{"target", hlth(r.pickInt(100, 110, 120))}, {"start", plain(0)}}}}}},
			{"units", obj{{"carb", plain("grams")}, {"bg", plain("mg/dL")}}},
			{"manufacturers", arr{dev(maker)}},
			{"model", dev(pump)},
			{"serialNumber", dev(pumpSerial)},
			{"firmwareVersion", fwOf(r.pick("1.2.8", "7.6.0.1", "4.3.1", "2.1.0.47"))},
			{"deviceId", dev(pumpID)},
			{"time", plain(ts(r.in(600, 3000)))},
		},
		obj{
			{"type", plain("cgmSettings")},
			{"transmitterId", dev(tx)},
			{"lowAlerts", obj{{"enabled", plain(true)}, {"level", hlth(r.pickInt(70, 80))}, {"snooze", plain(900000)}}},
			{"highAlerts", obj{{"enabled", plain(true)}, {"level", hlth(r.pickInt(200, 250, 300))}, {"snooze", plain(7200000)}}},
			{"units", plain("mg/dL")},
			{"deviceId", dev(cgmID)},
			{"time", plain(ts(r.in(600, 3000)))},
		},
		obj{
			{"type", plain("food")},
			{"name", plain(r.pick("Pasta bake", "School lunch", "Pancakes", "Apple juice box"))},
			{"nutrition", obj{{"carbohydrate", obj{{"net", hlth(carb)}, {"units", plain("grams")}}}}},
			{"time", plain(ts(r.in(60, 300)))},
		},
		obj{
			{"type", plain("physicalActivity")},
			{"name", plain(r.pick("Swimming", "Soccer practice", "Running"))},
			{"duration", obj{{"value", hlth(r.in(20, 90))}, {"units", plain("minutes")}}},
			{"energy", obj{{"value", hlth(r.in(90, 500))}, {"units", plain("kilocalories")}}},
			{"time", plain(ts(r.in(300, 1400)))},
		},
		obj{
			{"type", plain("reportedState")},
			{"states", arr{obj{{"state", hlth(r.pick("illness", "stress", "hyperglycemiaSymptoms", "hypoglycemiaSymptoms"))}}}},
			{"time", plain(ts(r.in(300, 1400)))},
		},
		obj{
			{"type", plain("deviceEvent")},
			{"subType", plain(r.pick("reservoirChange", "alarm", "prime"))},
			{"deviceId", dev(pumpID)},
			{"time", plain(ts(r.in(300, 4000)))},
		},
	)

	shares := arr{obj{
		{"userid", plain(r.hex(10))},
		{"emails", arr{cont(r.email(other))}},
		{"profile", obj{{"fullName", cont(other.full())}}},
		{"trustorPermissions", obj{{"view", obj{}}, {"upload", obj{}}}},
	}}
	nurse := r.english()
	shares = append(shares, obj{
		{"userid", plain(r.hex(10))},
		{"emails", arr{cont(r.email(nurse))}},
		{"profile", obj{{"fullName", cont(nurse.full())}, {"clinic", obj{{"role", plain("nurse_educator")}, {"npi", decoy(r.digits(10))}}}}},
		{"trustorPermissions", obj{{"view", obj{}}}},
	})
	school := r.english()
	invites := arr{obj{
		{"key", cred(r.hex(32))},
		{"type", plain("careteam_invitation")},
		{"email", cont(r.email(school))},
		{"creatorId", plain(uid)},
		{"created", plain(isoMs(after(t, -r.in(100, 9000))))},
		{"status", plain("pending")},
		{"context", obj{{"view", obj{}}, {"note", plain(nil)}}},
	}}

	notes := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		var txt leaf
		author := parent
		switch r.IntN(4) {
		case 0:
			txt = prose(p(child.first, contactC), p(" had "), p(r.pick("a low of 2.9 at swim practice, treated with 15g glucose tabs", "ketones 1.2 this morning, stomach bug", "a site failure overnight, woke up at 19.8"), healthC), p(". #"+r.pick("low", "sick", "site")))
		case 1:
			txt = prose(p("New pod placed on left arm."))
		case 2:
			author = nurse
			txt = prose(p("Reduced breakfast ratio "), p(fmt.Sprintf("1:%d -> 1:%d", ratio, ratio-1), healthC), p(". Call me on "), p(r.usLocal(), contactC), p(" if lows continue."))
		default:
			txt = prose(p("School nurse "), p(school.full(), contactC), p(" has the Dexcom Follow login now."))
		}
		notes = append(notes, obj{
			{"id", plain(r.hex(24))},
			{"groupid", plain(uid)},
			{"userid", plain(r.hex(10))},
			{"parentmessage", null()},
			{"messagetext", txt},
			{"timestamp", plain(isoMs(after(t, -r.in(10, 9000))))},
			{"user", obj{{"fullName", cont(author.full())}}},
		})
	}

	basic := base64.StdEncoding.EncodeToString([]byte(email + ":" + pw))
	var about leaf
	if r.chance(0.5) {
		about = prose(p("Also "), p(r.pick("coeliac", "has asthma", "on levothyroxine for hypothyroidism"), healthC), p(". Loves swimming."))
	} else {
		about = prose(p("Pump start "), p(day(after(t, -r.in(9000, 90000))), healthC))
	}
	return obj{
		{"api", plain("https://api.tidepool.org")},
		{"client", plain("tp-export/0.9.2")},
		{"login", obj{
			{"request", obj{{"method", plain("POST")}, {"path", plain("/auth/login")}, {"headers", obj{{"Authorization", cred("Basic " + basic)}}}}},
			{"response", obj{
				{"status", plain(200)},
				{"headers", obj{{"x-tidepool-session-token", cred(r.jwt())}}},
				{"body", obj{
					{"emailVerified", decoy(true)},
					{"emails", arr{cont(email)}},
					{"termsAccepted", plain(iso(after(t, -r.in(90000, 900000))))},
					{"userid", plain(r.hex(10))},
					{"username", cont(email)},
				}},
			}},
		}},
		{"profile", obj{
			{"fullName", cont(parent.full())},
			{"patient", obj{
				{"birthday", cont(day(dob))},
				{"diagnosisDate", hlth(day(diag))},
				{"diagnosisType", hlth("type1")},
				{"isOtherPerson", plain(true)},
				{"fullName", cont(child.full())},
				{"sex", sexOf(map[bool]string{true: "female", false: "male"}[child.female])},
				{"targetDevices", arr{dev(map[string]string{"Insulet": "omnipod", "Tandem": "tandem", "Medtronic": "medtronic"}[maker]), dev(map[bool]string{true: "dexcom", false: "abbott"}[cgm != "FreeStyle Libre 2"])}},
				{"targetTimezone", plain("America/Denver")},
				{"about", about},
			}},
		}},
		{"settings", obj{
			{"bgTarget", obj{{"low", hlth(70)}, {"high", hlth(r.pickInt(180, 200))}}},
			{"units", obj{{"bg", plain("mg/dL")}}},
			{"siteChangeSource", plain("cannulaPrime")},
		}},
		{"shares", shares},
		{"invitations", invites},
		{"data", data},
		{"notes", notes},
		{"clinic", obj{
			{"name", plain(r.pick("Rocky Mountain Pediatric Diabetes Center", "Front Range Children's Endocrinology", "Mesa Kids Diabetes Clinic"))},
			{"address", cont(clinic.street)},
			{"city", cont(clinic.town)},
			{"state", cont(clinic.region)},
			{"postalCode", cont(clinic.postcode)},
			{"country", decoy("US")},
			{"phoneNumbers", arr{obj{{"type", plain("Main")}, {"number", cont(r.usDash())}}}},
		}},
		{"exportSha256", decoy(r.hex(64))},
	}
}
