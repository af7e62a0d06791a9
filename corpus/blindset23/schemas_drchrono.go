package blindset23

import (
	"fmt"
	"strings"
)

// orthoDrChrono: a sports-medicine and orthopaedics practice's DrChrono
// data pulled by a physiotherapy-referral integration through the API
// (OAuth tokens and app keys, the patient with insurance and photo,
// problems, medications, allergies, one appointment with vitals, the
// clinical note sections and signed PDF link, the integration's user and
// the check-in iPad).
func orthoDrChrono(r *rng) any {
	t := r.when()
	pt := r.english()
	doc := r.english()
	ref := r.english()
	emer := r.english()
	emer.last = pt.last
	addr := r.usAddress()
	sys, dia := r.bp()
	dob := r.birth(1958, 2006)
	h := r.f1(60, 76)
	w := r.in(110, 260)
	bmi := round1(float64(w) / (h * h) * 703)

	type prob struct{ name, icd string }
	probs := []prob{
		{"Tear of anterior cruciate ligament of right knee", "S83.511A"},
		{"Rotator cuff tear, left shoulder, nontraumatic", "M75.102"},
		{"Lateral epicondylitis, right elbow", "M77.11"},
		{"Primary osteoarthritis, left knee", "M17.12"},
		{"Stress fracture, right tibia", "M84.361A"},
		{"Low back pain", "M54.50"},
		{"Plantar fasciitis", "M72.2"},
	}
	pb := probs[r.IntN(len(probs))]
	type med struct{ name, qty, units, freq, rx string }
	meds := []med{
		{"Meloxicam 15 mg tablet", "15", "mg", "once daily", "152695"},
		{"Naproxen 500 mg tablet", "500", "mg", "twice daily with food", "198014"},
		{"Cyclobenzaprine 10 mg tablet", "10", "mg", "at bedtime as needed", "828320"},
		{"Oxycodone-acetaminophen 5-325 mg", "1", "tablet", "every 6 hours as needed", "1049621"},
		{"Lisinopril 10 mg tablet", "10", "mg", "once daily", "314076"},
	}
	m := meds[r.IntN(len(meds))]
	allergen := r.pick("Penicillin", "Sulfa drugs", "Latex", "Codeine", "Shellfish")
	reaction := r.pick("Hives", "Anaphylaxis", "Rash", "Nausea and vomiting")

	apptID := r.digits(9)
	var hpi leaf
	switch r.IntN(3) {
	case 0:
		hpi = prose(p("Pt is a "), piece{s: fmt.Sprintf("%d", t.Year()-dob.Year()), anyOf: []string{healthC, contactC}}, p("yo seen "), p(r.pick("6", "8", "12"), healthC), p(" weeks into treatment for "), p(strings.ToLower(pb.name[:1])+pb.name[1:], healthC), p(". Reports pain 3/10, sleeping better. Continue PT with "), p(ref.full(), contactC), p("."))
	case 1:
		hpi = prose(p("Follow-up visit. "), p(r.pick("Swelling resolved, full ROM", "Still limping, effusion +1", "Night pain persists despite NSAID"), healthC), p(". Cleared for light jogging."))
	default:
		hpi = prose(p("See scanned intake form."))
	}

	return obj{
		{"oauth", obj{
			{"access_token", cred(r.alnum(30))},
			{"token_type", decoy("Bearer")},
			{"expires_in", plain(172800)},
			{"refresh_token", cred(r.alnum(30))},
			{"scope", plain("patients:read patients:summary:read clinical:read calendar:read user:read")},
		}},
		{"app", obj{
			{"client_id", decoy(r.alnum(40))},
			{"client_secret", cred(r.alnum(128))},
			{"redirect_uri", plain("https://referrals.example.com/drchrono/callback")},
		}},
		{"patient", obj{
			{"id", plain(r.in(10000000, 99999999))},
			{"chart_id", decoy(r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + r.digits(6))},
			{"first_name", cont(pt.first)},
			{"last_name", cont(pt.last)},
			{"nick_name", r.orNull(0.6, cont(pt.first[:3]))},
			{"date_of_birth", cont(day(dob))},
			{"gender", sexOf(map[bool]string{true: "Female", false: "Male"}[pt.female])},
			{"email", cont(r.email(pt))},
			{"cell_phone", cont(r.usLocal())},
			{"home_phone", r.orNull(0.5, cont(r.usLocal()))},
			{"address", cont(addr.street)},
			{"city", cont(addr.town)},
			{"state", cont(addr.region)},
			{"zip_code", cont(addr.postcode)},
			{"emergency_contact_name", cont(emer.full())},
			{"emergency_contact_phone", cont(r.usDash())},
			{"emergency_contact_relation", plain(r.pick("Spouse", "Parent", "Sibling"))},
			{"patient_photo", cont("https://uploads.example.com/patient_photos/" + r.hex(12) + ".jpg")},
			{"preferred_language", plain("eng")},
			{"social_security_number", decoy("")},
			{"copay", plain(fmt.Sprintf("%d.00", r.pickInt(0, 20, 25, 40)))},
			{"primary_insurance", obj{
				{"insurance_company", plain(r.pick("Aetna", "Cigna", "UnitedHealthcare", "BCBS of Montana"))},
				{"insurance_id_number", decoy(r.from("ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + r.digits(9))},
				{"insurance_group_number", decoy(r.digits(7))},
				{"insurance_plan_type", plain(r.pick("PPO", "HMO", "EPO"))},
			}},
			{"referring_doctor", obj{{"first_name", cont(ref.first)}, {"last_name", cont(ref.last)}, {"npi_number", decoy(r.pick("1", "2") + r.digits(9))}}},
			{"patient_flags", arr{obj{{"name", hlth(r.pick("Fall risk", "Latex allergy", "Anticoagulated", "Diabetic"))}, {"color", plain("#e53935")}, {"archived", plain(false)}}}},
			{"doctor", plain(r.in(100000, 999999))},
			{"patient_status", plain("A")},
			{"updated_at", plain(iso(t))},
		}},
		{"problems", arr{obj{
			{"id", plain(r.in(1000000, 9999999))},
			{"name", hlth(pb.name)},
			{"icd_code", hlth(pb.icd)},
			{"icd_version", plain("10")},
			{"status", plain("active")},
		}}},
		{"medications", arr{obj{
			{"id", plain(r.in(1000000, 9999999))},
			{"name", hlth(m.name)},
			{"dosage_quantity", hlth(m.qty)},
			{"dosage_units", plain(m.units)},
			{"frequency", hlth(m.freq)},
			{"rxnorm", hlth(m.rx)},
			{"status", plain("active")},
			{"number_refills", decoy(r.in(0, 3))},
			{"daw", plain(false)},
			{"date_prescribed", plain(day(after(t, -r.in(1000, 80000))))},
		}}},
		{"allergies", arr{obj{
			{"id", plain(r.in(1000000, 9999999))},
			{"description", hlth(allergen)},
			{"reaction", hlth(reaction)},
			{"status", plain("active")},
			{"notes", plain("")},
		}}},
		{"appointment", obj{
			{"id", plain(apptID)},
			{"scheduled_time", plain(t.Format("2006-01-02T15:04:05"))},
			{"duration", plain(r.pickInt(15, 30, 45))},
			{"exam_room", plain(r.in(1, 6))},
			{"office", plain(r.in(100000, 999999))},
			{"reason", hlth(r.pick("Post-op check", "Knee pain", "Shoulder follow-up", "Return to sport clearance") + ", " + pb.name)},
			{"status", plain("Complete")},
			{"color", plain("#4caf50")},
			{"vitals", obj{
				{"blood_pressure_1", hlth(sys)},
				{"blood_pressure_2", hlth(dia)},
				{"height", hlth(h)},
				{"height_units", plain("inches")},
				{"weight", hlth(w)},
				{"weight_units", plain("lbs")},
				{"pulse", hlth(r.in(52, 104))},
				{"temperature", hlth(r.f1(97.1, 99.6))},
				{"oxygen_saturation", hlth(r.in(94, 100))},
				{"bmi", hlth(bmi)},
				{"pain", hlth(r.in(0, 8))},
				{"smoking_status", hlth(r.pick("Never smoker", "Former smoker", "Current every day smoker"))},
			}},
			{"icd10_codes", arr{hlth(followUp(pb.icd))}},
			{"billing_status", plain(r.pick("Bill Insurance", "Auto Accident"))},
		}},
		{"clinical_note", obj{
			{"appointment", plain(apptID)},
			{"locked", plain(true)},
			{"pdf", cred("https://uploads.example.com/clinical_notes/" + r.hex(16) + ".pdf?" + r.cfSigned(t))},
			{"clinical_note_sections", arr{
				obj{{"name", plain("HPI")}, {"values", arr{obj{{"clinical_note_field", plain(r.in(10000, 99999))}, {"value", hpi}}}}},
				obj{{"name", plain("Plan")}, {"values", arr{obj{{"clinical_note_field", plain(r.in(10000, 99999))}, {"value", prose(p(r.pick("PT 2x/week for 6 weeks", "MRI right knee without contrast", "Cortisone injection given, 40 mg triamcinolone"), healthC), p(". Recheck in 4 weeks."))}}}}},
			}},
		}},
		{"doctor", obj{
			{"id", plain(r.in(100000, 999999))},
			{"first_name", cont(doc.first)},
			{"last_name", cont(doc.last)},
			{"specialty", plain("Orthopedic Surgery")},
			{"npi_number", decoy("1" + r.digits(9))},
			{"office_phone", cont(r.usLocal())},
		}},
		{"users/current", obj{
			{"username", cont(ascii(doc.latFirst()[:1]+doc.latLast()) + "_ortho")},
			{"doctor", plain(r.in(100000, 999999))},
			{"is_doctor", decoy(true)},
			{"is_staff", decoy(false)},
		}},
		{"checkin_kiosk", obj{
			{"device_name", dev(r.pick("Front Desk iPad", "Kiosk 2", "Ortho check-in"))},
			{"model", dev(r.pick("iPad (9th generation)", "iPad Air (5th generation)", "iPad (10th generation)"))},
			{"ios_version", dev(r.pick("17.5.1", "17.6", "16.7.8"))},
			{"app_version", dev("drchrono EHR " + r.semver())},
			{"last_sync", dev(iso(after(t, -r.in(1, 90))))},
			{"ip_address", netw(r.lan().host(r.in(20, 90)))},
		}},
	}
}

// followUp turns an initial-encounter ICD-10 code (…A) into the
// subsequent-encounter one (…D).
func followUp(code string) string {
	if n := len(code); n > 0 && code[n-1] == 'A' {
		return code[:n-1] + "D"
	}
	return code
}
