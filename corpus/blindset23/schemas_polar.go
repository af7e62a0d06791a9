package blindset23

import "fmt"

// firePolar: a fire service's crew-fitness programme pulls a
// firefighter's Polar data through the AccessLink API v3 (client and
// token, user with body data, a physical-info transaction, exercises
// with heart-rate zones, a sleep night and nightly recharge), with the
// programme's own admin block (coordinator, note, the synced phone and
// strap, the upload kiosk and the webhook).
func firePolar(r *rng) any {
	t := r.when()
	ff := r.english()
	coord := r.english()
	uid := r.digits(8)
	weight := r.f1(58, 112)
	height := r.in(158, 198)
	maxHR := r.in(168, 198)
	restHR := r.in(44, 72)

	exercises := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		avg := r.in(110, 165)
		st := after(t, -r.in(600, 9000))
		exercises = append(exercises, obj{
			{"id", plain(r.alnum(8))},
			{"upload-time", plain(isoMs(after(st, r.in(60, 200))))},
			{"polar-user", plain("https://www.polaraccesslink.com/v3/users/" + uid)},
			{"device", dev(r.pick("Polar Grit X2 Pro", "Polar Vantage V3", "Polar Pacer Pro", "Polar Ignite 3"))},
			{"device-id", dev(r.HEX(8))},
			{"start-time", plain(st.Format("2006-01-02T15:04:05"))},
			{"start-time-utc-offset", plain(r.pickInt(-300, -360, -420, 60))},
			{"duration", plain(fmt.Sprintf("PT%dM%dS", r.in(20, 95), r.in(0, 59)))},
			{"calories", hlth(r.in(180, 980))},
			{"heart-rate", obj{{"average", hlth(avg)}, {"maximum", hlth(min(maxHR, avg+r.in(10, 35)))}}},
			{"training-load", hlth(r.f1(40, 260))},
			{"sport", plain(r.pick("RUNNING", "STAIR_CLIMBING", "STRENGTH_TRAINING", "CIRCUIT_TRAINING"))},
			{"has-route", decoy(r.chance(0.5))},
			{"detailed-sport-info", plain(r.pick("TREADMILL_RUNNING", "FUNCTIONAL_TRAINING", "OTHER_OUTDOOR"))},
			{"heart-rate-zones", arr{
				obj{{"index", plain(3)}, {"lower-limit", hlth(int(float64(maxHR) * 0.7))}, {"upper-limit", hlth(int(float64(maxHR) * 0.8))}, {"in-zone", hlth(fmt.Sprintf("PT%dM", r.in(2, 30)))}},
				obj{{"index", plain(4)}, {"lower-limit", hlth(int(float64(maxHR) * 0.8))}, {"upper-limit", hlth(int(float64(maxHR) * 0.9))}, {"in-zone", hlth(fmt.Sprintf("PT%dM", r.in(1, 20)))}},
			}},
		})
	}

	var fitNote leaf
	switch r.IntN(3) {
	case 0:
		fitNote = prose(p(ff.first, contactC), p(" back from "), p(r.pick("a lumbar disc injury", "knee surgery", "a cardiac workup (SVT, now on metoprolol)", "heat exhaustion on the Ridge fire"), healthC), p("; light duty until the CPAT retest."))
	case 1:
		fitNote = prose(p("Resting HR trend "), p(fmt.Sprintf("%d bpm", restHR), healthC), p(", VO2max estimate improving. Keep current plan."))
	default:
		fitNote = prose(p("Annual fitness assessment booked for next month."))
	}

	kiosk := r.lan()
	phone, andr := r.androidPhone()
	return obj{
		{"client", obj{
			{"client_id", decoy(r.uuid())},
			{"client_secret", cred(r.uuid())},
			{"access_token", cred(r.hex(32))},
			{"token_type", decoy("bearer")},
			{"x_user_id", plain(uid)},
		}},
		{"user", obj{
			{"polar-user-id", plain(uid)},
			{"member-id", decoy(fmt.Sprintf("FF-%04d", r.in(1, 9999)))},
			{"registration-date", plain(iso(after(t, -r.in(100000, 900000))))},
			{"first-name", cont(ff.first)},
			{"last-name", cont(ff.last)},
			{"birthdate", cont(day(r.birth(1968, 2002)))},
			{"gender", sexOf(map[bool]string{true: "FEMALE", false: "MALE"}[ff.female])},
			{"weight", hlth(weight)},
			{"height", hlth(height)},
		}},
		{"physical-information-transaction", obj{
			{"id", plain(r.in(1000000, 9999999))},
			{"transaction-id", plain(r.in(100000, 999999))},
			{"created", plain(isoMs(t))},
			{"weight", hlth(weight)},
			{"height", hlth(height)},
			{"maximum-heart-rate", hlth(maxHR)},
			{"resting-heart-rate", hlth(restHR)},
			{"aerobic-threshold", hlth(int(float64(maxHR) * 0.72))},
			{"anaerobic-threshold", hlth(int(float64(maxHR) * 0.88))},
			{"vo2-max", hlth(r.in(34, 62))},
			{"weight-source", plain("SOURCE_MEASURED")},
		}},
		{"exercises", exercises},
		{"sleep", obj{
			{"polar_user", plain("https://www.polaraccesslink.com/v3/users/" + uid)},
			{"date", plain(day(t))},
			{"light_sleep", hlth(r.in(9000, 18000))},
			{"deep_sleep", hlth(r.in(2400, 7200))},
			{"rem_sleep", hlth(r.in(3000, 8000))},
			{"total_interruption_duration", hlth(r.in(300, 4000))},
			{"sleep_score", hlth(r.in(48, 92))},
			{"continuity", hlth(r.f1(1.5, 4.5))},
			{"device_id", dev(r.HEX(8))},
		}},
		{"nightly-recharge", obj{
			{"date", plain(day(t))},
			{"heart_rate_avg", hlth(restHR + r.in(0, 8))},
			{"beat_to_beat_avg", hlth(r.in(780, 1300))},
			{"heart_rate_variability_avg", hlth(r.in(18, 95))},
			{"breathing_rate_avg", hlth(r.f1(11, 18))},
			{"ans_charge", hlth(r.f1(-6, 6))},
			{"nightly_recharge_status", hlth(r.in(1, 6))},
		}},
		{"crew-admin", obj{
			{"station", plain(fmt.Sprintf("Station %d", r.in(1, 14)))},
			{"kit", obj{{"helmet-size", decoy(r.pick("M", "L", "XL"))}, {"boot-size", decoy(r.in(7, 13))}, {"scba-mask-size", decoy(r.pick("S", "M", "L"))}}},
			{"shift", plain(r.pick("A", "B", "C"))},
			{"coordinator", cont(coord.full())},
			{"coordinator-email", cont(r.email(coord))},
			{"fitness-note", fitNote},
			{"sync-phone", obj{{"model", dev(phone)}, {"os", dev("Android " + andr)}, {"flow-app-version", dev(r.pick("6.14.0", "6.15.1", "6.12.3"))}}},
			{"hr-sensor", obj{{"model", dev("Polar H10")}, {"device-id", dev(r.HEX(8))}, {"ble-mac", macAddr(r.mac(":", true))}, {"firmware", dev(r.pick("3.1.1", "3.2.0", "2.1.9"))}, {"battery-pct", decoy(r.in(10, 100))}}},
			{"upload-kiosk", obj{{"hostname", netw(fmt.Sprintf("st%d-fitkiosk.fire.internal", r.in(1, 14)))}, {"ip", netw(kiosk.host(r.in(20, 80)))}, {"vlan", netw(r.in(100, 400))}}},
			{"webhook", obj{{"url", plain("https://fitness-int.example.org/polar/hook")}, {"signature_secret_key", cred(r.uuid())}, {"events", arr{plain("EXERCISE"), plain("SLEEP")}}}},
		}},
	}
}
