package blindset12

import (
	"fmt"
	"strings"
)

// A direct-to-consumer weight-loss (GLP-1) telehealth clinic's outbound
// webhook log, as the Svix API lists it: one endpoint (with its signing
// secret) and a page of messages (eventType, eventId, channels, payload,
// msg_ ids, iterator / done), each with its last delivery attempt
// (signature header, response body, status). Payloads: intake forms, lab
// results from the partner lab, compounding-pharmacy shipments, weekly
// check-ins synced from a smart scale, video-visit links.

var (
	glpLabs = []struct{ loinc, name, unit, ref string }{
		{"4548-4", "Hemoglobin A1c", "%", "<5.7"}, {"2345-7", "Glucose, serum", "mg/dL", "65-99"}, {"2093-3", "Cholesterol, total", "mg/dL", "<200"},
		{"2571-8", "Triglycerides", "mg/dL", "<150"}, {"3016-3", "TSH", "uIU/mL", "0.45-4.5"}, {"1742-6", "ALT", "U/L", "0-44"},
		{"33914-3", "eGFR", "mL/min/1.73m2", ">59"}, {"3040-3", "Lipase", "U/L", "13-60"}, {"13457-7", "LDL cholesterol (calc)", "mg/dL", "<100"},
	}
	glpDrugs  = []string{"Semaglutide 0.25 mg/0.5 mL (compounded)", "Semaglutide 1 mg/0.5 mL (compounded)", "Tirzepatide 2.5 mg/0.5 mL (compounded)", "Tirzepatide 5 mg vial", "Wegovy 1.7 mg pen", "Zepbound 7.5 mg pen"}
	glpSide   = []string{"nausea", "constipation", "reflux", "fatigue", "injection-site redness", "hair thinning", "none", "vomiting x2"}
	glpScales = []string{"Withings Body+", "Withings Body Smart", "Renpho Elis Aspire", "Eufy Smart Scale P2 Pro", "Fitbit Aria Air", "Etekcity ESF-551"}
)

func glpSvix(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	female := false
	for _, f := range usFirstF {
		female = female || f == first
	}
	pid := "pt_" + r.alnum(12)
	street, city, st, zip := r.usAddr()
	lb := r.in(180, 340)
	in := r.in(60, 74)
	bmiV := float64(int(float64(lb)/float64(in*in)*703*10+0.5)) / 10
	email := r.mail(ascii(first) + "." + ascii(last))

	intake := func() obj {
		preg := hlth(r.chance(0.05))
		if !female {
			preg = hlth(false)
		}
		med := obj{
			{"height_in", hlth(in)},
			{"weight_lb", hlth(lb)},
			{"bmi", hlth(bmiV)},
			{"goal_weight_lb", hlth(lb - r.in(20, 90))},
			{"conditions", stringsOf(hlth, r.pickSome(r.in(1, 3), "prediabetes", "type 2 diabetes", "hypertension", "sleep apnea", "PCOS", "GERD", "depression", "high cholesterol")...)},
			{"current_medications", stringsOf(hlth, r.pickSome(r.in(0, 2), "Metformin 500 mg", "Lisinopril 10 mg", "Sertraline 50 mg", "Atorvastatin 20 mg", "Levothyroxine 50 mcg")...)},
			{"allergies", stringsOf(hlth, r.allergy())},
			{"pregnant_or_breastfeeding", preg},
			{"personal_or_family_mtc", hlth(false)},
			{"history_of_pancreatitis", hlth(r.chance(0.05))},
		}
		return obj{
			{"patient", obj{
				{"id", decoy(pid)},
				{"first_name", cont(first)},
				{"last_name", cont(last)},
				{"dob", cont(r.day(1962, 2002))},
				{"sex_at_birth", sexOf(map[bool]string{true: "F", false: "M"}[female])},
				{"email", cont(email)},
				{"phone", cont(r.us555())},
				{"shipping_address", obj{
					{"line1", cont(street)},
					{"line2", cont(r.pick("Apt ", "Unit ", "#") + fmt.Sprint(r.in(1, 40)))},
					{"city", cont(city)},
					{"state", cont(st)},
					{"postal_code", cont(zip)},
				}},
			}},
			{"medical", clinical(med)},
			{"questionnaire_version", decoy(r.ver())},
			{"goals_free_text", r.pickProse(
				func() leaf {
					return prose(p("I want to lose "), p(fmt.Sprintf("%d lb", r.in(20, 80)), healthC), p(" before my "), p(r.pick("knee replacement", "IVF cycle", "bariatric consult"), healthC))
				},
				func() leaf { return prose(p("Feel better and keep up with my kids")) },
				func() leaf {
					return prose(p("My doctor "), p("Dr. "+r.pick(usLast...), contactC), p(" said my "), p(r.pick("A1c is 6.4", "sleep apnea will improve", "BP is too high"), healthC))
				},
			)},
		}
	}
	labs := func() obj {
		var res arr
		for _, t := range r.pickLabs(r.in(3, 5)) {
			flag := plain(nil)
			if r.chance(0.3) {
				flag = hlth(r.pick("H", "L"))
			}
			res = append(res, obj{
				{"loinc", hlth(t.loinc)},
				{"name", hlth(t.name)},
				{"value", hlth(fmt.Sprint(r.f1(1, 180)))},
				{"unit", plain(t.unit)},
				{"reference_range", plain(t.ref)},
				{"flag", flag},
			})
		}
		return obj{
			{"patient_id", decoy(pid)},
			{"order_id", decoy("LO-" + r.digits(9))},
			{"lab", plain(r.pick("Quest Diagnostics", "Labcorp", "BioReference"))},
			{"accession", decoy(r.upper(2) + r.digits(9))},
			{"collected_at", plain(r.iso(2024, 2024))},
			{"results", clinical(res)},
			{"ordering_provider", cont(r.pick(sfProviders...))},
		}
	}
	fill := func() obj {
		return obj{
			{"patient_id", decoy(pid)},
			{"rx_number", decoy(r.digits(7))},
			{"medication", hlth(r.pick(glpDrugs...)).clin()},
			{"sig", hlth(fmt.Sprintf("Inject %d units SC once weekly", r.pick4(10, 20, 25, 50))).clin()},
			{"dose_step", hlth(r.in(1, 5)).clin()},
			{"pharmacy", plain(r.pick("Empower Pharmacy", "Belmar Pharma", "Hallandale Pharmacy"))},
			{"carrier", plain("UPS")},
			{"tracking", decoy("1Z" + r.upper(16))},
			{"package_weight_oz", decoy(r.in(14, 40))},
			{"cold_pack", plain(true)},
			{"ship_to", obj{
				{"name", cont(first + " " + last)},
				{"line1", cont(street)},
				{"city", cont(city)},
				{"state", cont(st)},
				{"zip", cont(zip)},
			}},
		}
	}
	checkin := func() obj {
		var note leaf
		switch r.IntN(4) {
		case 0:
			note = prose(p("Feeling "), p(r.pick("really nauseous after the dose increase", "dizzy when I stand up", "great, down 2 pant sizes", "constipated all week"), healthC), p("."))
		case 1:
			note = prose(p("Scale stopped syncing after we changed wifi to "), p(r.pick(last+"_5G", "ATT"+r.upper(3), "Home-"+r.digits(4)), netC), p(", is that why?"))
		case 2:
			note = prose(p("Please call me at "), p(r.us555(), contactC), p(" about the "), p(r.pick("pancreatitis warning", "gallbladder pain", "missed dose"), healthC), p("."))
		default:
			note = prose(p("no notes"))
		}
		return obj{
			{"patient_id", decoy(pid)},
			{"week", plain(r.in(1, 40))},
			{"weight_lb", hlth(lb - r.in(0, 40))},
			{"side_effects", stringsOf(hlth, r.pickSome(r.in(1, 2), glpSide...)...)},
			{"note", note},
			{"source", obj{
				{"device", dev(r.pick(glpScales...))},
				{"mac", macAddr(r.mac(":", false))},
				{"fw", dev(fmt.Sprint(r.in(1000, 5000)))},
				{"synced_at", dev(r.iso(2024, 2024))},
			}},
		}
	}
	visit := func() obj {
		return obj{
			{"patient_id", decoy(pid)},
			{"appointment_id", decoy("ap_" + r.alnum(10))},
			{"provider", cont(r.pick(sfProviders...))},
			{"starts_at", plain(r.iso(2024, 2024))},
			{"join_url", cred("https://meet.example.com/r/" + r.alnum(8) + "?pwd=" + r.alnum(22))},
			{"reason", hlth(r.pick("dose escalation review", "side-effect follow-up", "lab review: A1c", "initial consult")).clin()},
		}
	}
	kinds := []struct {
		t  string
		mk func() obj
	}{{"patient.intake.completed", intake}, {"lab.result.finalized", labs}, {"pharmacy.fill.shipped", fill}, {"checkin.submitted", checkin}, {"visit.scheduled", visit}}
	var msgs arr
	for _, k := range r.Perm(len(kinds))[:r.in(2, 4)] {
		kk := kinds[k]
		status := r.pick4(200, 200, 200, 500, 502)
		resp := r.pick(`{"ok":true}`, `{"received":true}`)
		if status != 200 {
			resp = r.pick("Bad Gateway", "Internal Server Error")
		}
		msgs = append(msgs, obj{
			{"eventType", plain(kk.t)},
			{"eventId", decoy("evt_" + r.alnum(20))},
			{"channels", arr{plain("patient-updates"), plain(strings.Split(kk.t, ".")[0])}},
			{"payload", kk.mk()},
			{"id", decoy("msg_2" + r.alnum(26))},
			{"timestamp", plain(r.iso(2024, 2024))},
			{"lastAttempt", obj{
				{"id", decoy("atmpt_2" + r.alnum(26))},
				{"responseStatusCode", plain(status)},
				{"response", plain(resp)},
				{"svix-signature", decoy("v1," + r.b64(43) + "=")},
				{"triggerType", plain(0)},
			}},
		})
	}
	return obj{
		{"endpoint", obj{
			{"id", decoy("ep_2" + r.alnum(26))},
			{"url", netw("https://" + r.pick("ehr-sync", "hooks", "intake-api") + ".prod.internal:8443/svix")},
			{"secret", cred("whsec_" + r.b64(32))},
			{"version", plain(1)},
			{"rateLimit", decoy(r.pick4(50, 100, 500))},
			{"filterTypes", null()},
		}},
		{"data", msgs},
		{"iterator", decoy("msg_2" + r.alnum(26))},
		{"prevIterator", decoy("-msg_2" + r.alnum(26))},
		{"done", plain(r.chance(0.5))},
	}
}

// pickLabs returns k distinct lab tests.
func (r *rng) pickLabs(k int) []struct{ loinc, name, unit, ref string } {
	var out []struct{ loinc, name, unit, ref string }
	for _, i := range r.Perm(len(glpLabs))[:k] {
		out = append(out, glpLabs[i])
	}
	return out
}
