package blindset13

import (
	"fmt"
)

// A university sleep-and-activity study's REDCap API export (format=json,
// type=flat): a bare array of rows for one participant, every value a
// string, empty strings for blanks, coded radio and yes/no fields ("1",
// "2"), form _complete statuses; the baseline row (screening, consent,
// demographics, vitals, medical history, questionnaires, wearable and its
// Fitbit tokens, coordinator notes) and repeating-instrument rows for
// wearable syncs and adverse events.

var (
	wearables = []string{"Fitbit Charge 6", "Fitbit Inspire 3", "Oura Ring Gen3", "Garmin vivosmart 5", "Fitbit Sense 2", "Withings ScanWatch 2"}
	aeTerms   = []string{"skin irritation under band", "insomnia", "headache", "contact dermatitis", "palpitations", "dizziness", "fall at home"}
)

func redcapRows(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	rid := fmt.Sprint(r.in(1001, 1399))
	by := r.in(1950, 2003)
	street, city, st, zip := r.usAddr()
	hcm := r.in(150, 196)
	wkg := r.f1(48, 128)
	sys, dia := r.bp()
	model := r.pick(wearables...)
	yn := func(p float64) string {
		if r.chance(p) {
			return "1"
		}
		return "0"
	}
	c := func(l leaf) leaf { return l.clin() }

	coord := r.pickProse(
		func() leaf {
			return prose(p("Pt called from "), p(r.us555(), contactC), p(", band not syncing since new phone ("), p(r.phoneModel(), devC), p("). Re-paired over phone. Spouse "), p(r.usFirst(), contactC), p(" helps with app."))
		},
		func() leaf {
			return prose(p("Pt reports "), p(r.pick("CPAP started last month", "new dx of afib, on apixaban", "pregnant, due in spring - PI notified", "started zolpidem 5 mg qhs"), healthC), p(". Flag for PI review."))
		},
		func() leaf {
			return prose(p("Mailed replacement charger, tracking 1Z"+r.upper(16)+". Pt prefers email "), p(r.mail(ascii(first)), contactC), p("."))
		},
		func() leaf { return prose(p("Visit 2 rescheduled; no issues.")) },
	)

	base := obj{
		{"record_id", decoy(rid)},
		{"redcap_event_name", plain("baseline_arm_1")},
		{"redcap_repeat_instrument", plain("")},
		{"redcap_repeat_instance", plain("")},
		{"redcap_data_access_group", plain(r.pick("site_01_main", "site_02_north"))},
		{"scr_date", plain(r.day(2023, 2024))},
		{"scr_eligible", plain("1")},
		{"screening_complete", plain("2")},
		{"cons_name", cont(first + " " + last)},
		{"cons_date", plain(r.day(2023, 2024))},
		{"cons_version", decoy(fmt.Sprintf("v%d.%d", r.in(1, 4), r.in(0, 9)))},
		{"consent_complete", plain("2")},
		{"dem_first", cont(first)},
		{"dem_last", cont(last)},
		{"dem_dob", cont(fmt.Sprintf("%d-%02d-%02d", by, r.in(1, 12), r.in(1, 28)))},
		{"dem_age", ageOf(fmt.Sprint(2024 - by))},
		{"dem_sex", sexOf(r.pick("1", "2"))},
		{"dem_email", cont(r.mail(ascii(first) + "." + ascii(last)))},
		{"dem_phone", cont(r.us555())},
		{"dem_addr1", cont(street)},
		{"dem_city", cont(city)},
		{"dem_state", cont(st)},
		{"dem_zip", cont(zip)},
		{"demographics_complete", plain("2")},
		{"vs_height_cm", c(hlth(fmt.Sprint(hcm)))},
		{"vs_weight_kg", c(hlth(fmt.Sprint(wkg)))},
		{"vs_bmi", c(hlth(fmt.Sprint(bmi(wkg, hcm))))},
		{"vs_sbp", c(hlth(fmt.Sprint(sys)))},
		{"vs_dbp", c(hlth(fmt.Sprint(dia)))},
		{"vs_hr", c(hlth(fmt.Sprint(r.in(52, 96))))},
		{"vs_neck_cm", c(hlth(fmt.Sprint(r.in(32, 46))))},
		{"vs_scale_id", decoy("SC-" + r.digits(3))},
		{"vitals_complete", plain("2")},
		{"mh_osa", c(hlth(yn(0.3)))},
		{"mh_insomnia", c(hlth(yn(0.4)))},
		{"mh_diabetes", c(hlth(yn(0.15)))},
		{"mh_htn", c(hlth(yn(0.3)))},
		{"mh_depression", c(hlth(yn(0.2)))},
		{"mh_other", c(hlth(r.pick("GERD", "restless legs", "hypothyroid", "none", "migraines", "chronic back pain")))},
		{"med_list", c(hlth(r.drug() + "; " + r.drug()))},
		{"medical_history_complete", plain("2")},
		{"psqi_total", c(hlth(fmt.Sprint(r.in(2, 17))))},
		{"ess_total", c(hlth(fmt.Sprint(r.in(1, 20))))},
		{"phq9_total", c(hlth(fmt.Sprint(r.in(0, 22))))},
		{"psqi_version", decoy("2.0")},
		{"questionnaires_complete", plain(r.pick("1", "2"))},
		{"wear_model", dev(model)},
		{"wear_serial", dev(r.upper(2) + r.digits(10))},
		{"wear_fw", dev(fmt.Sprintf("%d.%d.%d", r.in(1, 200), r.in(0, 40), r.in(0, 20)))},
		{"wear_mac", macAddr(r.mac(":", true))},
		{"wear_phone", dev(r.phoneModel())},
		{"wear_app_ver", dev(fmt.Sprintf("%d.%d", r.in(3, 4), r.in(0, 80)))},
		{"wear_order_no", decoy(r.digits(9))},
		{"wear_ship_weight_g", decoy(fmt.Sprint(r.in(180, 420)))},
		{"fitbit_user_id", decoy(r.upper(6))},
		{"fitbit_client_id", decoy(r.upper(6))},
		{"fitbit_access_token", cred(r.jwt())},
		{"fitbit_refresh_token", cred(r.hexs(64))},
		{"fitbit_token_expires", plain(r.iso(2024, 2024))},
		{"survey_access_code", cred(r.upper(9))},
		{"wearable_setup_complete", plain("2")},
		{"coord_notes", coord},
	}
	rows := arr{base}

	for k := 1; k <= r.in(2, 4); k++ {
		rows = append(rows, obj{
			{"record_id", decoy(rid)},
			{"redcap_event_name", plain("followup_arm_1")},
			{"redcap_repeat_instrument", plain("wearable_sync")},
			{"redcap_repeat_instance", plain(fmt.Sprint(k))},
			{"sync_date", plain(r.day(2024, 2024))},
			{"sync_steps", c(hlth(fmt.Sprint(r.in(900, 19000))))},
			{"sync_sleep_min", c(hlth(fmt.Sprint(r.in(220, 560))))},
			{"sync_rhr", c(hlth(fmt.Sprint(r.in(48, 88))))},
			{"sync_spo2", c(hlth(fmt.Sprintf("%.1f", r.f1(91, 99))))},
			{"sync_battery", decoy(fmt.Sprint(r.in(5, 100)))},
			{"sync_records", decoy(fmt.Sprint(r.in(200, 9000)))},
			{"sync_src_ip", netw(r.wanIP())},
			{"sync_last_seen", dev(r.iso(2024, 2024))},
			{"wearable_sync_complete", plain("2")},
		})
	}
	if r.chance(0.55) {
		term := r.pick(aeTerms...)
		desc := r.pickProse(
			func() leaf {
				return prose(p("Participant reported "), p(term, healthC), p(" after "+fmt.Sprint(r.in(2, 30))+" days of wear. Advised to move band; resolved."))
			},
			func() leaf {
				return prose(p("Per pt phone call ("), p(r.us555(), contactC), p("): "), p(term, healthC), p(", seen by PCP "), p("Dr. "+r.pick(usLast...), contactC), p("."))
			},
			func() leaf { return prose(p("Duplicate entry, see instance 1.")) },
		)
		rows = append(rows, obj{
			{"record_id", decoy(rid)},
			{"redcap_event_name", plain("followup_arm_1")},
			{"redcap_repeat_instrument", plain("adverse_event")},
			{"redcap_repeat_instance", plain("1")},
			{"ae_term", c(hlth(term))},
			{"ae_onset", plain(r.day(2024, 2024))},
			{"ae_severity", c(hlth(r.pick("1", "2", "3")))},
			{"ae_serious", c(hlth(yn(0.1)))},
			{"ae_desc", desc},
			{"ae_reporter", cont(r.pick(usFirstF...) + " " + r.pick(usLast...))},
			{"adverse_event_complete", plain(r.pick("0", "2"))},
		})
	}
	return rows
}
