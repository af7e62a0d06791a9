package blindset11

import "fmt"

// An at-home blood-draw (mobile phlebotomy) company's event bus, a
// CloudEvents 1.0 batch in structured mode: booking, assignment, collection
// and result events with their data objects, an SMS event whose data is
// plain text, and extension attributes (auth context, trace, partition).

var (
	labTests = [][2]string{{"83036", "Hemoglobin A1c"}, {"80061", "Lipid panel"}, {"85025", "CBC with differential"}, {"84443", "TSH"}, {"80053", "Comprehensive metabolic panel"}, {"86803", "Hepatitis C antibody"}, {"87389", "HIV-1/2 Ag/Ab"}, {"84153", "PSA, total"}, {"82306", "Vitamin D, 25-hydroxy"}, {"84702", "hCG, quantitative"}, {"83540", "Iron"}, {"82947", "Glucose"}}
	usCities = [][3]string{{"Riverton", "WY", "82501"}, {"Fairview", "OR", "97024"}, {"Salem", "MA", "01970"}, {"Madison", "WI", "53703"}, {"Georgetown", "TX", "78626"}, {"Clinton", "IA", "52732"}, {"Springfield", "IL", "62704"}, {"Franklin", "TN", "37064"}, {"Greenville", "SC", "29601"}, {"Arlington", "VA", "22201"}}
)

func ceEnvelope(r *rng, typ, subj, staff string) obj {
	return obj{
		{"specversion", decoy("1.0")},
		{"id", decoy(r.uuid())},
		{"source", plain("/dispatch/" + r.pick("us-east", "us-central", "us-west"))},
		{"type", plain(typ)},
		{"subject", decoy(subj)},
		{"time", plain(r.isoMs(2024, 2024))},
		{"datacontenttype", plain("application/json")},
		{"traceparent", decoy(fmt.Sprintf("00-%s-%s-01", r.hexs(32), r.hexs(16)))},
		{"partitionkey", decoy(subj)},
		{"authid", cont(staff)},
	}
}

func phlebEvents(r *rng) any {
	first, last := r.pick(usFirst...), r.pick(usLast...)
	apt := fmt.Sprintf("APT-%d", r.in(1000000, 9999999))
	city := usCities[r.IntN(len(usCities))]
	staff := r.mail(r.pick("dispatch", "ops", "scheduler") + "." + r.pick("east", "central", "west"))
	phleb := r.pick(usFirst...) + " " + r.pick(usLast...)
	var testArr, results arr
	for _, ix := range r.Perm(len(labTests))[:r.in(1, 3)] {
		t := labTests[ix]
		testArr = append(testArr, obj{{"cpt", decoy(t[0])}, {"name", hlth(t[1])}})
		results = append(results, obj{{"analyte", hlth(t[1])}, {"value", hlth(r.f1(0.5, 220))}, {"unit", plain(r.pick("mg/dL", "%", "mIU/L", "ng/mL", "g/dL"))}, {"flag", hlth(r.pick("N", "N", "H", "L"))}})
	}
	sys, dia := r.bp()
	instr := prose(p(r.pick("Park in driveway. ", "Buzz unit at the lobby. ", "Please call on arrival. ")), p(r.pick("Small dog.", "Morning only.", "Spanish speaker.")))
	switch r.IntN(3) {
	case 0:
		instr = prose(p("Patient is "), p(r.pick("on warfarin, bleeds easily", "a hard stick, use butterfly", "needle-phobic, faints", "on dialysis, no draw from left arm (fistula)"), healthC), p("."))
	case 1:
		instr = prose(p("Door code "), p(r.digits(4), credC), p(", wifi for the tablet "), p(r.pick("Home-", "NETGEAR", "Xfinity-")+r.upper(3), netC), p(" / "), p(r.alnum(10), credC))
	}
	booked := append(ceEnvelope(r, "com.drawhome.appointment.booked", apt, staff), field{"data", obj{
		{"appointmentId", decoy(apt)},
		{"patient", obj{
			{"name", cont(first + " " + last)},
			{"dob", cont(r.day(1940, 2004))},
			{"sex", sexOf(r.pick("F", "M"))},
			{"phone", cont(r.us555())},
			{"email", cont(r.mail(ascii(first) + ascii(last)))},
			{"address", obj{
				{"line1", cont(fmt.Sprintf("%d %s", r.in(10, 9800), r.pick("Oak St", "Pine Ave", "Maple Dr", "Cedar Ln", "Elm Ct", "Birch Rd", "Lakeview Blvd", "Sunset Way", "Hillcrest Rd", "Willow Pl")))},
				{"line2", cont(r.pick("Apt 2B", "Unit 14", "Suite 300", "Apt 7"))},
				{"city", cont(city[0])},
				{"state", cont(city[1])},
				{"zip", cont(city[2])},
			}},
			{"phoneVerified", decoy(r.chance(0.8))},
		}},
		{"window", obj{{"start", plain(r.iso(2024, 2024))}, {"lengthMinutes", plain(120)}}},
		{"tests", testArr},
		{"orderingProvider", obj{{"name", cont("Dr. " + r.pick(usFirst...) + " " + r.pick(usLast...))}, {"npi", decoy(r.digits(10))}}},
		{"payer", plain(r.pick("Aetna", "Cigna", "Self-pay", "Medicare", "BCBS"))},
		{"patientInstructions", instr},
		{"priceUsd", decoy(r.f2(29, 189))},
	}})
	assigned := append(ceEnvelope(r, "com.drawhome.phlebotomist.assigned", apt, staff), field{"data", obj{
		{"appointmentId", decoy(apt)},
		{"phlebotomist", obj{{"name", cont(phleb)}, {"phone", cont(r.us555())}, {"employeeNo", decoy(r.digits(6))}}},
		{"vehicle", obj{{"model", dev(r.pick("Toyota Prius 2019", "Honda Fit 2020", "Kia Niro EV", "Ford Transit Connect", "Chevy Bolt 2021"))}, {"plateState", plain(city[1])}}},
		{"tablet", obj{
			{"model", dev(r.pick("Samsung Galaxy Tab Active4 Pro", "iPad mini (6th generation)", "Zebra ET40", "Samsung Galaxy Tab A8"))},
			{"imei", dev("35" + r.digits(13))},
			{"appVersion", dev(r.ver())},
			{"lastSeen", dev(r.isoMs(2024, 2024))},
			{"ip", netw(r.lanIP())},
		}},
		{"etaMinutes", decoy(r.in(5, 90))},
	}})
	note := prose(p(r.pick("Arrived early. ", "Patient ready at door. ", "Smooth draw. ")), p(r.pick("Dog in yard.", "Parked on street.", "Patient prefers mornings.")))
	switch r.IntN(3) {
	case 0:
		note = prose(p("Pt "), p(r.pick("felt faint, BP ", "vasovagal, BP "), healthC), p(fmt.Sprintf("%d/%d", sys, dia), healthC), p(", recovered after 10 min."))
	case 1:
		note = prose(p("Gate code "), p(r.digits(4)+"#", credC), p(", ring bell twice."))
	}
	collected := append(ceEnvelope(r, "com.drawhome.specimen.collected", apt, staff), field{"data", obj{
		{"appointmentId", decoy(apt)},
		{"tubes", arr{obj{{"type", plain("lavender")}, {"barcode", decoy(r.digits(12))}}, obj{{"type", plain(r.pick("gold SST", "gray", "light blue"))}, {"barcode", decoy(r.digits(12))}}}},
		{"vitals", obj{{"bp", hlth(fmt.Sprintf("%d/%d", sys, dia))}, {"pulse", hlth(r.in(55, 110))}}},
		{"fastingConfirmed", plain(r.chance(0.7))},
		{"coolerTempC", decoy(r.f1(2, 8))},
		{"note", note},
	}})
	res := append(ceEnvelope(r, "com.drawhome.result.ready", apt, staff), field{"data", obj{
		{"appointmentId", decoy(apt)},
		{"results", results},
		{"reportUrl", cred(fmt.Sprintf("https://results.drawhome.example/r/%s?token=%s", r.hexs(12), r.b64(32)))},
		{"reportSha256", decoy(r.sha256())},
	}})
	sms := ceEnvelope(r, "com.drawhome.sms.sent", apt, staff)
	sms[6] = field{"datacontenttype", plain("text/plain")}
	sms = append(sms, field{"data", prose(p("Hi "), p(first, contactC), p(", "), p(phleb, contactC), p(r.pick(" arrives 8-10am.", " is on the way.", " will draw your labs today.")), p(" Reply STOP to opt out."))})
	events := arr{booked, assigned, collected}
	if r.chance(0.5) {
		events = append(events, res)
	} else {
		events = append(events, sms)
	}
	return events
}
