package blindset25

import "fmt"

// sportsclinicWhoop: a sports-medicine and performance clinic pulls its
// athletes' data from the WHOOP Developer API v1 into a cache file: the
// app's client credentials, per athlete the OAuth tokens, the profile,
// body measurement, recovery, sleep and workout collections (scores with
// heart rates, HRV, SpO2, skin temperature, sleep stages, strain,
// kilojoules), the clinic's own block (strap, phone, coach, injury notes)
// and the webhook receiver.
func sportsclinicWhoop(r *rng) any {
	t := r.when()
	clinics := [][2]string{{"Summit Sports Medicine & Performance", "summitsmp"}, {"Riverbend Athletic Recovery", "riverbendar"}, {"Northshore Performance Lab", "nsplab"}}
	cc := clinics[r.IntN(len(clinics))]
	clinic, slug := cc[0], cc[1]
	srv := r.lan()

	athletes := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		a := r.english()
		coach := r.english()
		uid := r.in(10000, 999999)
		h := r.f2(1.55, 1.98)
		w := r.f1(52, 112)
		maxHR := r.in(178, 204)
		recs := arr{}
		for j := 0; j < r.in(1, 2); j++ {
			recs = append(recs, obj{
				{"cycle_id", plain(r.in(10000000, 99999999))},
				{"sleep_id", plain(r.in(10000000, 99999999))},
				{"user_id", plain(uid)},
				{"created_at", plain(isoMs(after(t, -1440*j)))},
				{"updated_at", plain(isoMs(after(t, -1440*j+r.in(1, 60))))},
				{"score_state", plain("SCORED")},
				{"score", obj{
					{"user_calibrating", decoy(false)},
					{"recovery_score", hlth(r.in(8, 99))},
					{"resting_heart_rate", hlth(r.in(38, 72))},
					{"hrv_rmssd_milli", hlth(r.f2(18, 140))},
					{"spo2_percentage", hlth(r.f2(93, 99.5))},
					{"skin_temp_celsius", hlth(r.f2(32.5, 35.5))},
				}},
			})
		}
		sleeps := arr{obj{
			{"id", plain(r.in(10000000, 99999999))},
			{"user_id", plain(uid)},
			{"start", plain(isoMs(after(t, -r.in(600, 700))))},
			{"end", plain(isoMs(after(t, -r.in(60, 120))))},
			{"timezone_offset", plain(r.pick("-06:00", "-07:00", "-05:00"))},
			{"nap", plain(false)},
			{"score_state", plain("SCORED")},
			{"score", obj{
				{"stage_summary", obj{
					{"total_in_bed_time_milli", hlth(r.in(21000, 36000) * 1000)},
					{"total_awake_time_milli", hlth(r.in(1000, 5000) * 1000)},
					{"total_light_sleep_time_milli", hlth(r.in(9000, 16000) * 1000)},
					{"total_slow_wave_sleep_time_milli", hlth(r.in(3000, 7000) * 1000)},
					{"total_rem_sleep_time_milli", hlth(r.in(3000, 8000) * 1000)},
					{"sleep_cycle_count", hlth(r.in(3, 6))},
					{"disturbance_count", hlth(r.in(2, 20))},
				}},
				{"sleep_needed", obj{{"baseline_milli", hlth(r.in(26000, 32000) * 1000)}, {"need_from_sleep_debt_milli", hlth(r.in(0, 4000) * 1000)}}},
				{"respiratory_rate", hlth(r.f2(12, 19))},
				{"sleep_performance_percentage", hlth(r.in(50, 100))},
				{"sleep_consistency_percentage", hlth(r.in(40, 95))},
				{"sleep_efficiency_percentage", hlth(r.f2(78, 97))},
			}},
		}}
		works := arr{}
		for j := 0; j < r.in(1, 2); j++ {
			works = append(works, obj{
				{"id", plain(r.in(10000000, 99999999))},
				{"user_id", plain(uid)},
				{"start", plain(isoMs(after(t, -r.in(1440, 5000))))},
				{"sport_id", plain(r.pickInt(0, 1, 44, 45, 48, 63))},
				{"score_state", plain("SCORED")},
				{"score", obj{
					{"strain", hlth(r.f2(4, 19))},
					{"average_heart_rate", hlth(r.in(100, 165))},
					{"max_heart_rate", hlth(r.in(150, maxHR))},
					{"kilojoule", hlth(r.f2(600, 4200))},
					{"percent_recorded", decoy(100)},
					{"zone_duration", obj{
						{"zone_zero_milli", hlth(r.in(0, 300) * 1000)},
						{"zone_three_milli", hlth(r.in(300, 1500) * 1000)},
						{"zone_five_milli", hlth(r.in(0, 400) * 1000)},
					}},
				}},
			})
		}
		pm, pos := r.phoneModel()
		var note leaf
		switch r.IntN(4) {
		case 0:
			note = prose(p(a.first, contactC), p(" "+r.pick("grade 2 hamstring strain, RTP protocol week 3", "post-ACL reconstruction (left), month 7", "concussion 3 weeks ago, HR-capped sessions", "iron deficiency anaemia, ferritin 11"), healthC), p("; watch HRV trend."))
		case 1:
			note = prose(p("Strap "), p(r.serial("4A", 7), devC), p(" swapped under warranty, old band was not syncing."))
		case 2:
			note = prose(p("Parent contact for minors: "), p(r.english().full(), contactC), p(", "), p(r.usLocal(), contactC))
		default:
			note = prose(p("No concerns this block."))
		}
		athletes = append(athletes, obj{
			{"tokens", obj{
				{"access_token", cred(r.whoopToken())},
				{"refresh_token", cred(r.whoopToken())},
				{"expires_in", plain(3600)},
				{"scope", plain("offline read:recovery read:cycles read:sleep read:workout read:profile read:body_measurement")},
				{"token_type", decoy("bearer")},
			}},
			{"profile", obj{
				{"user_id", plain(uid)},
				{"email", cont(r.email(a))},
				{"first_name", cont(a.first)},
				{"last_name", cont(a.last)},
			}},
			{"body_measurement", obj{
				{"height_meter", hlth(h)},
				{"weight_kilogram", hlth(w)},
				{"max_heart_rate", hlth(maxHR)},
			}},
			{"recovery", obj{{"records", recs}, {"next_token", r.orNull(0.5, decoy(r.b64url(24)))}}},
			{"sleep", obj{{"records", sleeps}, {"next_token", null()}}},
			{"workout", obj{{"records", works}, {"next_token", null()}}},
			{"clinic", obj{
				{"athlete_ref", decoy(fmt.Sprintf("ATH-%05d", r.in(1, 99999)))},
				{"sport", plain(r.pick("Soccer", "Distance running", "Rowing", "Basketball", "Triathlon"))},
				{"coach", cont(coach.full())},
				{"strap", obj{
					{"model", dev(r.pick("WHOOP 4.0", "WHOOP MG"))},
					{"serial", dev(r.serial("4A", 7))},
					{"firmware", dev(fmt.Sprintf("%d.%d.%d", r.in(41, 48), r.in(0, 20), r.in(0, 9)))},
					{"last_sync", dev(isoMs(after(t, -r.in(1, 600))))},
				}},
				{"phone", obj{{"model", dev(pm)}, {"os", dev(pos)}, {"app_version", dev(fmt.Sprintf("5.%d.%d", r.in(0, 30), r.in(0, 9)))}}},
				{"notes", note},
			}},
		})
	}

	return obj{
		{"app", obj{
			{"name", plain(clinic + " dashboard")},
			{"client_id", decoy(r.uuid())},
			{"client_secret", cred(r.hex(64))},
			{"redirect_uri", plain("https://dash." + slug + ".example.com/whoop/callback")},
			{"api_base", plain("https://api.prod.whoop.com/developer/v1")},
			{"cache_version", decoy(r.semver())},
			{"fetched_at", plain(iso(t))},
		}},
		{"athletes", athletes},
		{"webhook", obj{
			{"url", netw(fmt.Sprintf("https://perf.%s.internal/hooks/whoop", slug))},
			{"listen", netw(fmt.Sprintf("%s:%d", srv.host(r.in(10, 60)), r.pickInt(8080, 8443, 9000)))},
			{"last_delivery_from", netw(r.wan())},
			{"deliveries", decoy(r.in(100, 90000))},
		}},
		{"team", obj{
			{"name", plain(clinic)},
			{"logo", obj{{"url", plain("https://dash." + slug + ".example.com/static/logo.png")}, {"height", decoy(128)}, {"width", decoy(128)}}},
		}},
	}
}
