package blindset13

import (
	"fmt"
	"strings"
)

// A US school district's student-information system, as a PowerSchool-
// style REST response: the student with @expansions, nested name,
// demographics, addresses, phones, alerts and _extension_data whose
// _table_extension rows hold {name, value} _field pairs (health-office and
// user fields: EpiPen, Chromebook, portal password, locker); a PowerQuery
// result of the nurse's log (all values strings) with complaints, vitals,
// medication given and notes; guardians from the contacts API; the
// immunization and FitnessGram records.

var (
	sisComplaints = []string{"headache", "stomach ache", "asthma symptoms, wheezing", "low blood sugar (BG 62)", "nosebleed", "sprained ankle in PE", "menstrual cramps", "anxiety / panic attack", "fever", "bee sting, hives", "migraine with aura", "seizure, 40 seconds"}
	sisDisp       = []string{"returned to class", "sent home with parent", "rested 15 min, returned to class", "911 called", "parent picked up"}
	chromebooks   = []string{"Lenovo 300e Chromebook Gen 3", "Dell Chromebook 3110", "HP Chromebook 11 G9 EE", "Acer Chromebook Spin 511", "ASUS Chromebook CR1100"}
	vaccines      = []string{"DTaP", "Tdap", "MMR", "Varicella", "Hep B", "IPV", "MenACWY", "HPV"}
	sisNurses     = []string{"Paige Fairbanks, RN", "Dolores Quintero, LPN", "Heather Lindqvist, BSN RN", "Whitney Okafor, RN"}
)

func sisField(name string, v leaf) obj {
	return obj{{"name", plain(name).obf()}, {"value", v.obf()}}
}

func sisStudent(r *rng) any {
	female := r.chance(0.5)
	first := r.pick(usFirstM...)
	if female {
		first = r.pick(usFirstF...)
	}
	last := r.pick(usLast...)
	by := r.in(2007, 2013)
	grade := 2024 - by - 5
	street, city, st, zip := r.usAddr()
	dcid := r.in(10000, 99999)
	username := strings.ToLower(first[:1]+last) + fmt.Sprint(by%100)
	lanPfx := fmt.Sprintf("10.%d.%d", r.in(20, 60), r.in(0, 254))

	gender := "M"
	if female {
		gender = "F"
	}
	if r.chance(0.05) {
		gender = "X"
	}

	phones := obj{{"main", obj{{"number", cont(r.us555())}}}}
	if r.chance(0.5) {
		phones = append(phones, field{"cell", obj{{"number", cont(r.us555())}, {"sms_opt_in", decoy(r.chance(0.5))}}})
	}

	medAlert := r.pickProse(
		func() leaf {
			return prose(p(r.pick("Severe peanut allergy", "Tree nut allergy", "Bee sting allergy"), healthC), p(" - EpiPen in nurse office and backpack. Call mom "), p(r.us555(), contactC), p(" first."))
		},
		func() leaf {
			return prose(p("Type 1 diabetic", healthC), p(", "), p("Dexcom G7", healthC, devC), p(" on phone; may carry snacks and use phone in class."))
		},
		func() leaf {
			return prose(p("Asthma", healthC), p(" - own inhaler ("), p("albuterol", healthC), p(") allowed on field trips."))
		},
		func() leaf { return prose(p("See 504 plan on file. No alert text.")) },
	)

	ext := arr{
		obj{
			{"name", plain("u_health_office").obf()},
			{"recordFound", plain(true).obf()},
			{"_field", arr{
				sisField("epipen_on_file", hlth(r.chance(0.3))),
				sisField("inhaler_self_carry", hlth(r.chance(0.3))),
				sisField("blood_type", hlth(r.blood())),
				sisField("physician", cont("Dr. "+r.usFirst()+" "+r.pick(usLast...))),
				sisField("physician_phone", cont(r.us555())),
				sisField("last_physical", plain(r.day(2022, 2024))),
				sisField("plan_504", hlth(r.pick("ADHD - extended time", "none", "Type 1 diabetes", "Anxiety - breaks as needed", "Crohn's - restroom pass"))),
			}},
		},
		obj{
			{"name", plain("u_studentsuserfields").obf()},
			{"recordFound", plain(true).obf()},
			{"_field", arr{
				sisField("cb_asset_tag", decoy("SD"+r.digits(6))),
				sisField("cb_serial", dev(r.upper(2)+r.digits(2)+r.upper(6))),
				sisField("cb_model", dev(r.pick(chromebooks...))),
				sisField("cb_wifi_mac", macAddr(r.mac(":", false))),
				sisField("cb_chromeos", dev(fmt.Sprintf("%d.0.%d.%d", r.in(118, 125), r.in(6000, 6300), r.in(10, 200)))),
				sisField("cb_last_sync", dev(r.iso(2024, 2024))),
				sisField("portal_pw", cred(r.pick("Tiger", "Eagle", "Falcon", "Mustang")+r.digits(4))),
				sisField("locker_no", decoy(fmt.Sprint(r.in(100, 1800)))),
				sisField("locker_combo", cred(fmt.Sprintf("%02d-%02d-%02d", r.in(0, 39), r.in(0, 39), r.in(0, 39)))),
				sisField("last_login_ip", netw(fmt.Sprintf("%s.%d", lanPfx, r.in(2, 250)))),
				sisField("bus_route", plain(fmt.Sprint(r.in(1, 60)))),
			}},
		},
	}

	// nurse log via PowerQuery, all strings
	var visits arr
	for k := 0; k < r.in(1, 2); k++ {
		sys, dia := r.bp()
		cmp := r.pick(sisComplaints...)
		nurse := r.pick(sisNurses...)
		note := r.pickProse(
			func() leaf {
				return prose(p("Student c/o "), p(cmp, healthC), p(". Temp "), p(fmt.Sprintf("%.1f F", r.f1(97.4, 101.8)), healthC), p(". Called guardian at "), p(r.us555(), contactC), p(", LVM."))
			},
			func() leaf {
				return prose(p("Gave "), p(r.pick("ibuprofen 200 mg per standing order", "15 g glucose tabs, recheck BG 94", "2 puffs albuterol"), healthC), p(". "), p(first, contactC), p(" rested and returned to class."))
			},
			func() leaf { return prose(p("Ice pack applied. Back to class.")) },
			func() leaf {
				return prose(p("Chromebook charger left in office, IT ticket "+r.digits(5)+". Student says it can't join "), p(r.pick("DISTRICT-STUDENT", "SD-Students-5G", "EDU-Secure"), netC), p("."))
			},
		)
		visits = append(visits, obj{
			{"id", decoy(fmt.Sprint(r.in(100000, 999999)))},
			{"tables", obj{{"u_nurse_log", clinical(obj{
				{"studentsdcid", decoy(fmt.Sprint(dcid))},
				{"visit_datetime", plain(r.iso(2023, 2024))},
				{"complaint", hlth(cmp)},
				{"temp_f", hlth(fmt.Sprintf("%.1f", r.f1(97.2, 101.8)))},
				{"pulse", hlth(fmt.Sprint(r.in(62, 118)))},
				{"bp", hlth(fmt.Sprintf("%d/%d", sys-15, dia-10))},
				{"meds_given", medsGiven(r)},
				{"minutes_in_office", decoy(fmt.Sprint(r.in(5, 90)))},
				{"disposition", plain(r.pick(sisDisp...))},
				{"nurse", cont(nurse)},
				{"notes", note},
			})}}},
		})
	}
	var guardians arr
	for k := 0; k < r.in(1, 2); k++ {
		gf := r.usFirst()
		gl := last
		if r.chance(0.3) {
			gl = r.pick(usLast...)
		}
		g := obj{
			{"contactId", decoy(r.in(200000, 899999))},
			{"firstName", cont(gf)},
			{"lastName", cont(gl)},
			{"relationship", plain(r.pick("Mother", "Father", "Guardian", "Grandparent", "Stepparent"))},
			{"emails", arr{obj{{"address", cont(r.mail(ascii(gf) + ascii(gl)))}, {"primary", plain(true)}, {"verified", decoy(r.chance(0.7))}}}},
			{"phones", arr{obj{{"number", cont(r.us555())}, {"type", plain(r.pick("Mobile", "Work", "Home"))}, {"sms", decoy(r.chance(0.5))}}}},
			{"employer", plain(r.pick("Riverton Unified", "St. Luke's Hospital", "Walmart", "self", ""))},
			{"portalAccount", obj{{"username", cont(ascii(gf) + "." + ascii(gl))}, {"passwordHash", cred(r.bcrypt())}, {"lastSignIn", plain(r.iso(2024, 2024))}, {"failedSignIns", decoy(r.in(0, 4))}}},
		}
		guardians = append(guardians, g)
	}

	var imms arr
	for _, v := range r.pickSome(r.in(2, 4), vaccines...) {
		imms = append(imms, obj{{"vaccine", hlth(v)}, {"dose", hlth(r.in(1, 3))}, {"date", plain(r.day(by, 2024))}, {"lot", decoy(r.upper(2) + r.digits(4))}})
	}
	if r.chance(0.15) {
		imms = append(imms, obj{{"vaccine", hlth("MMR")}, {"dose", plain(nil)}, {"date", plain(nil)}, {"exemption", hlth(r.pick("medical", "religious"))}})
	}
	hin, wlb := r.in(52, 72), r.in(70, 190)
	fg := obj{
		{"test_date", plain(r.day(2023, 2024))},
		{"height_in", hlth(hin)},
		{"weight_lb", hlth(wlb)},
		{"bmi", hlth(bmi(float64(wlb)*0.4536, int(float64(hin)*2.54)))},
		{"hfz_bmi", hlth(r.pick("HFZ", "NI - Health Risk", "Very Lean"))},
		{"form_version", decoy(r.ver())},
	}

	return obj{
		{"student", obj{
			{"@expansions", plain("demographics, addresses, alerts, phones, school_enrollment, contact_info")},
			{"@extensions", plain("u_health_office,u_studentsuserfields")},
			{"id", decoy(dcid)},
			{"local_id", decoy(r.in(2000000, 2999999))},
			{"state_province_id", decoy(r.digits(10))},
			{"student_username", cont(username)},
			{"name", obj{{"first_name", cont(first)}, {"middle_name", cont(r.pick("Ann", "Lee", "Marie", "James", "Rose", "Ray"))}, {"last_name", cont(last)}}},
			{"demographics", obj{
				{"birth_date", cont(fmt.Sprintf("%d-%02d-%02d", by, r.in(1, 12), r.in(1, 28)))},
				{"gender", sexOf(gender)},
				{"projected_graduation_year", decoy(by + 18)},
				{"district_entry_date", plain(r.day(2016, 2023))},
			}},
			{"addresses", obj{{"physical", obj{
				{"street", cont(street)},
				{"city", cont(city)},
				{"state_province", cont(st)},
				{"postal_code", cont(zip)},
			}}}},
			{"alerts", obj{
				{"medical", obj{{"alert_text", medAlert}, {"expires_date", plain(r.day(2025, 2025))}}},
				{"other", nullDecoy()},
			}},
			{"contact_info", obj{{"email", cont(username + "@students.example.org")}}},
			{"phones", phones},
			{"photo", obj{{"url", cont(fmt.Sprintf("https://sis.example.org/images/students/%d.jpg", dcid))}, {"height_px", decoy(240)}, {"width_px", decoy(180)}}},
			{"school_enrollment", obj{
				{"enroll_status", plain("A")},
				{"grade_level", plain(grade)},
				{"school_id", plain(r.in(10, 40))},
				{"home_room", plain(fmt.Sprintf("%s%d", r.pick("A", "B", "C"), r.in(100, 260)))},
				{"entry_date", plain(r.day(2023, 2024))},
			}},
			{"_extension_data", obj{{"_table_extension", ext}}},
		}},
		{"immunizations", imms},
		{"fitnessgram", fg},
		{"nurse_log", obj{{"name", plain("u_nurse_log")}, {"record", visits}, {"@extensions", plain("")}}},
		{"guardians", guardians},
	}
}

// medsGiven is the medication a nurse gave, or an empty string.
func medsGiven(r *rng) leaf {
	m := r.pick("", "ibuprofen 200 mg", "acetaminophen 325 mg", "albuterol 2 puffs", "glucose tabs 15 g", "Benadryl 25 mg")
	if m == "" {
		return plain("")
	}
	return hlth(m)
}
