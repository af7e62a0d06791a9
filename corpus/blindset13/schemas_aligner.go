package blindset13

import (
	"fmt"
	"strings"
)

// A direct-to-consumer clear-aligner company's case search, as an
// Elasticsearch _search response whose _source uses flattened dotted keys
// ("patient.name.first"), with highlight fragments (<em> around the hit),
// docvalue "fields" arrays (.keyword copies) and sort values; one or two
// hits per response: the treatment case (patient, smile-shop scan with the
// intraoral scanner and a presigned STL URL, clinical findings, doctor,
// app, portal, shipping, notes) and sometimes the lead it came from.

var (
	scanners     = []string{"iTero Element 5D", "iTero Element Flex", "3Shape TRIOS 5", "Medit i700", "Carestream CS 3800", "Primescan Connect"}
	malocclusion = []string{"Class I crowding, moderate", "Class II div 1", "Class III mild", "anterior open bite", "deep bite 80%", "spacing, upper midline diastema"}
	dentHx       = []string{"bisphosphonate therapy", "latex allergy", "periodontitis, treated 2021", "bruxism, night guard", "penicillin allergy", "TMJ clicking left", "none"}
	shops        = []string{"SmileHub Denver #12", "SmileHub Austin Domain", "SmileHub Columbus Easton", "SmileHub mobile van 3"}
)

func alignerES(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	email := r.mail(ascii(first) + ascii(last))
	phone := r.us555()
	street, city, st, zip := r.usAddr()
	caseID := "CS-" + r.digits(7)
	tray := r.in(1, 30)
	scanner := r.pick(scanners...)
	dx := r.pick(malocclusion...)
	hx := r.pickSome(r.in(1, 2), dentHx...)
	dr := r.usFirst() + " " + r.pick(usLast...)

	note := r.pickProse(
		func() leaf {
			return prose(p("Pt called "), p(phone, contactC), p(" - tray "+fmt.Sprint(tray)+" not fitting, "), p(r.pick("gum pain on lower left", "pressure headache", "ulcer on tongue"), healthC), p(". Told to stay on previous tray 3 more days."))
		},
		func() leaf {
			return prose(p("Scan redone at "+r.pick(shops...)+", first scan from "), p(scanner, devC), p(" ("), p(fmt.Sprintf("10.%d.%d.%d", r.in(60, 70), r.in(0, 20), r.in(2, 250)), netC), p(") had voids on #"+fmt.Sprint(r.in(2, 31))+"."))
		},
		func() leaf {
			return prose(p("Pt disclosed "), p(r.pick("she is 8 weeks pregnant", "he takes alendronate", "she has a latex allergy"), healthC), p("; Dr "), p(dr, contactC), p(" to review before next batch."))
		},
		func() leaf { return prose(p("Payment plan moved to the 15th. Nothing clinical.")) },
	)

	src := obj{
		{"@timestamp", plain(r.isoMs(2024, 2024))},
		{"case.id", decoy(caseID)},
		{"case.status", plain(r.pick("in_treatment", "awaiting_approval", "refinement", "retention"))},
		{"case.current_tray", decoy(tray)},
		{"case.total_trays", decoy(r.in(tray, 40))},
		{"patient.name.first", cont(first)},
		{"patient.name.last", cont(last)},
		{"patient.dob", cont(r.day(1970, 2008))},
		{"patient.sex", sexOf(r.pick("female", "male"))},
		{"patient.email", cont(email)},
		{"patient.phone", cont(phone)},
		{"patient.address.line1", cont(street)},
		{"patient.address.city", cont(city)},
		{"patient.address.state", cont(st)},
		{"patient.address.zip", cont(zip)},
		{"patient.address.country", decoy("US")},
		{"clinical.malocclusion", hlth(dx).clin()},
		{"clinical.medical_history", stringsOf(func(v any) leaf { return hlth(v).clin() }, hx...)},
		{"clinical.missing_teeth", stringsOf(func(v any) leaf { return hlth(v).clin() }, r.pickSome(r.in(1, 2), "1", "16", "17", "32", "19", "30")...)},
		{"clinical.ipr_mm", hlth(r.f1(0, 2.5)).clin()},
		{"clinical.pregnant", hlth(r.chance(0.05)).clin()},
		{"clinical.smoker", hlth(r.chance(0.15)).clin()},
		{"scan.taken_at", plain(r.isoMs(2023, 2024))},
		{"scan.device", dev(scanner)},
		{"scan.device_sn", dev(r.upper(2) + r.digits(8))},
		{"scan.sw_version", dev(fmt.Sprintf("%d.%d.%d.%d", r.in(1, 3), r.in(0, 9), r.in(0, 9), r.in(100, 999)))},
		{"scan.station_host", netw(fmt.Sprintf("scan-%s%02d.smilehub.internal", r.pick("den", "aus", "cmh"), r.in(1, 30)))},
		{"scan.station_ip", netw(fmt.Sprintf("10.%d.%d.%d", r.in(60, 70), r.in(0, 20), r.in(2, 250)))},
		{"scan.stl_url", cred(fmt.Sprintf("https://scans.smilehub.example.com/%s/upper.stl?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%s%%2F20240512%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Expires=604800&X-Amz-Signature=%s", caseID, r.upper(16), r.hexs(64)))},
		{"scan.stl_sha256", decoy(r.sha256())},
		{"scan.stl_bytes", decoy(r.in(4000000, 48000000))},
		{"doctor.name", cont("Dr. " + dr)},
		{"doctor.npi", decoy(r.digits(10))},
		{"doctor.state_license", decoy(st + "-" + r.digits(5))},
		{"app.push_token", cred(r.fcm())},
		{"app.refresh_token", cred("rt." + r.b64(64))},
		{"app.version", dev(fmt.Sprintf("%d.%d.%d", r.in(2, 5), r.in(0, 30), r.in(0, 9)))},
		{"app.os", dev(r.osVer())},
		{"app.photo_uploads", decoy(r.in(0, 120))},
		{"portal.password_hash", cred(r.argon())},
		{"portal.last_login_ip", netw(r.wanIP())},
		{"portal.password_changed", decoy(r.chance(0.3))},
		{"portal.totp_secret", cred(r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32))},
		{"shipping.order_no", decoy("SO" + r.digits(9))},
		{"shipping.parcel_weight_g", decoy(r.in(180, 900))},
		{"shipping.carrier", plain(r.pick("UPS", "FedEx", "USPS"))},
		{"notes.text", note},
	}

	hl := strings.Replace(email, "@", "</em>@<em>", 1)
	hits := arr{obj{
		{"_index", plain("cases-2024." + fmt.Sprintf("%02d", r.in(1, 12)))},
		{"_id", decoy(r.b64(20))},
		{"_score", plain(r.f2(3, 14))},
		{"_source", src},
		{"highlight", obj{{"patient.email", arr{cont("<em>" + hl + "</em>")}}}},
		{"fields", obj{
			{"patient.email.keyword", arr{cont(email)}},
			{"patient.name.last.keyword", arr{cont(last)}},
			{"case.status.keyword", arr{plain("in_treatment")}},
		}},
		{"sort", arr{decoy(r.epochMs(2024, 2024)), decoy(caseID)}},
	}}
	if r.chance(0.5) {
		hits = append(hits, obj{
			{"_index", plain("leads-2023")},
			{"_id", decoy(r.b64(20))},
			{"_score", plain(r.f2(1, 3))},
			{"_source", obj{
				{"@timestamp", plain(r.isoMs(2023, 2023))},
				{"lead.email", cont(email)},
				{"lead.phone", cont(phone)},
				{"lead.zip", plain(zip)},
				{"lead.quiz.gap_teeth", hlth(r.chance(0.5))},
				{"lead.quiz.had_braces", hlth(r.chance(0.4))},
				{"lead.utm_source", plain(r.pick("tiktok", "google", "instagram"))},
				{"lead.ip", netw(r.wanIP())},
				{"lead.user_agent", dev(r.userAgent())},
				{"lead.promo_code", decoy("SMILE" + r.digits(2))},
			}},
			{"sort", arr{decoy(r.epochMs(2023, 2023)), decoy("L-" + r.digits(7))}},
		})
	}
	total := len(hits)
	return obj{
		{"took", decoy(r.in(2, 90))},
		{"timed_out", plain(false)},
		{"_shards", obj{{"total", plain(3)}, {"successful", plain(3)}, {"skipped", plain(0)}, {"failed", plain(0)}}},
		{"hits", obj{
			{"total", obj{{"value", plain(total)}, {"relation", plain("eq")}}},
			{"max_score", plain(r.f2(3, 14))},
			{"hits", hits},
		}},
	}
}
