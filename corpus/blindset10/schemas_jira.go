package blindset10

import (
	"fmt"
)

// dme-oxygen-jira: a home-oxygen / durable-medical-equipment supplier's
// field-service issue from the Jira Cloud REST API (expand=names):
// summary, Atlassian Document Format description and comments written in
// respiratory-therapist shorthand (pt, c/o, SOB, LPM, NC, POC, S/N, LVM),
// custom fields customfield_100NN whose titles sit only in "names".

var usFirst = []string{"Rosa", "Linda", "Harold", "Dorothy", "Walter", "Gloria", "Dennis", "Marlene", "Kevin", "Tamika", "Jordan", "Earl", "Bernice", "Clifford"}
var usLast = []string{"Delgado", "Okafor", "Whitfield", "Nguyen", "Kowalczyk", "Baptiste", "Lindqvist", "Haddad", "Brennan", "Castellanos", "Pruitt", "Yazzie"}
var usStreets = []string{"W Elm St", "County Rd 12", "E Camelback Rd", "Sycamore Ln", "N 7th Ave", "Old Mill Rd", "Prairie View Dr"}

// usCity: city, state, zip
var usCities = [][3]string{{"Mesa", "AZ", "85201"}, {"Tulsa", "OK", "74104"}, {"Dayton", "OH", "45402"}, {"Bozeman", "MT", "59715"}, {"Macon", "GA", "31201"}, {"Fargo", "ND", "58102"}}

func usPhone(r *rng) string {
	a, s := r.pick("480", "918", "937", "406", "478", "701"), r.in(100, 199)
	return r.pick(fmt.Sprintf("(%s) 555-0%d", a, s), fmt.Sprintf("%s-555-0%d", a, s), fmt.Sprintf("+1 %s 555 0%d", a, s))
}

func usAddr(r *rng) (street, city, state, zip string) {
	c := usCities[r.IntN(len(usCities))]
	return fmt.Sprintf("%d %s", r.in(100, 9999), r.pick(usStreets...)), c[0], c[1], c[2]
}

// adf wraps a free-text leaf as an Atlassian Document Format doc.
func adf(text leaf) obj {
	return obj{
		{"type", plain("doc")},
		{"version", plain(1)},
		{"content", arr{obj{{"type", plain("paragraph")}, {"content", arr{obj{{"type", plain("text")}, {"text", text}}}}}}},
	}
}

func dmeJira(r *rng) any {
	pf, pl := r.pick(usFirst...), r.pick(usLast...)
	b := r.birth(1930, 1962)
	street, city, state, zip := usAddr(r)
	model := r.pick("Inogen One G5", "Philips SimplyGo Mini", "Respironics EverFlo", "CAIRE Companion 5", "Invacare Platinum 10", "ResMed AirSense 11")
	serial := r.pick("1902", "EF", "CC5", "P10") + r.digits(7)
	lpm := r.in(1, 5)
	spo2 := r.in(84, 97)
	tech := r.pick(usFirst...) + " " + r.pick(usLast...)[:1] + "."
	techEmail := emailOf(r, tech[:len(tech)-3], "")
	reporter := r.pick(usFirst...) + " " + r.pick(usLast...)
	created := r.when()

	var summary leaf
	switch r.IntN(4) {
	case 0:
		summary = prose(p("Conc alarm – "), p(model+" S/N "+serial, devC))
	case 1:
		summary = prose(p(fmt.Sprintf("New setup: O2 %d LPM cont, Dx J44.1", lpm), healthC))
	case 2:
		summary = prose(p("PM visit – "), p(street, contactC))
	default:
		summary = prose(p(fmt.Sprintf("Tank delivery x%d", r.in(2, 12))))
	}

	var desc leaf
	switch r.IntN(5) {
	case 0:
		kid := r.pick(usFirst...)
		desc = prose(p(fmt.Sprintf("Pt is %dyo %s w/ COPD on home O2 %d LPM cont via NC, SpO2 %d%% RA at last visit. ", b.age(), r.pick("M", "F"), lpm, spo2), healthC), p("Dtr "), p(kid, contactC), p(" ("), p(usPhone(r), contactC), p(") will be present."))
	case 1:
		desc = prose(p(fmt.Sprintf("Conc alarming 'low O2 purity' x3 since Tue. Pt switched to backup E-tanks, %d left.", r.in(1, 6)), healthC))
	case 2:
		desc = prose(p("Swap POC, old unit S/N "), p(serial, devC), p(" going back to depot for PM."))
	case 3:
		desc = prose(p("Delivery only: 2 cases CPAP supplies (FFM med, 90d), leave w/ front desk.", healthC))
	default:
		desc = prose(p("Called pt, no answer. LVM x2."))
	}

	var env leaf
	switch r.IntN(4) {
	case 0:
		env = prose(p("Pt home WiFi: "), p(r.pick("NETGEAR", "ATT", "Spectrum", "xfinitywifi-")+r.digits(2), netC), p(" / pw "), p(r.pick("purple", "blue", "quiet")+r.pick("coconut", "river", "tiger")+r.digits(3), credC), p("; CPAP modem on same network", healthC))
	case 1:
		env = prose(p("Rural, LTE only, no WiFi"))
	case 2:
		env = prose(p("Gate code "), p(r.digits(4)+"#", credC), p(", dog in yard"))
	default:
		env = prose(p("Apt 2nd floor, no elevator"))
	}

	var comments arr
	for k := r.in(1, 3); k > 0; k-- {
		var body leaf
		switch r.IntN(4) {
		case 0:
			body = prose(p("On site, replaced sieve beds. Hours meter "+fmt.Sprint(r.in(2000, 30000))+". – "), p(tech[:len(tech)-3], contactC))
		case 1:
			body = prose(p(fmt.Sprintf("Pt reports SOB worse at night, advised to call PCP / 911 if SpO2 < %d%%", r.in(86, 90)), healthC))
		case 2:
			body = prose(p("Confirmed appt w/ pt's son, "), p(usPhone(r), contactC))
		default:
			body = prose(p("Closed – no issues found."))
		}
		who := r.pick(tech, reporter)
		comments = append(comments, obj{
			{"id", decoy(fmt.Sprint(r.in(10000, 99999)))},
			{"author", obj{{"displayName", cont(who)}, {"emailAddress", cont(emailOf(r, who, ""))}, {"accountId", decoy("5b10a" + r.hex(19))}}},
			{"body", adf(body)},
			{"created", plain(isoAt(created + r.in(600, 900000)))},
		})
	}

	type cf struct {
		id, name string
		v        any
	}
	cfs := []cf{
		{"customfield_10031", "Patient Name", cont(pf + " " + pl)},
		{"customfield_10032", "Patient DOB", cont(b.mdy())},
		{"customfield_10033", "Patient Phone", cont(usPhone(r))},
		{"customfield_10034", "Service Address", cont(fmt.Sprintf("%s, %s, %s %s", street, city, state, zip))},
		{"customfield_10035", "Dx (ICD-10)", hlth(r.pick("J44.1", "J96.11", "J84.10", "G47.33", "I50.22", "E84.0"))},
		{"customfield_10036", "O2 Rx", hlth(fmt.Sprintf("%d LPM cont / %d LPM exertion", lpm, lpm+1))},
		{"customfield_10037", "Equipment Model", dev(model)},
		{"customfield_10038", "Equipment S/N", dev(serial)},
		{"customfield_10039", "HCPCS", decoy(r.pick("E1390", "E1392", "E0431", "K0738", "E0601"))},
		{"customfield_10040", "Order #", decoy("800555" + r.digits(4))},
		{"customfield_10041", "Payer", plain(r.pick("Medicare Part B", "Humana MA", "Medicaid", "Private pay"))},
		{"customfield_10042", "Hours Meter", decoy(float64(r.in(2000, 30000)))},
	}
	if r.coin(0.7) {
		cfs = append(cfs, cf{"customfield_10043", "SpO2 @ Visit", hlth(fmt.Sprintf("%d%%", spo2))})
	}
	if r.coin(0.6) {
		cfs = append(cfs, cf{"customfield_10044", "Fall Risk", obj{
			{"self", plain("https://northwind-dme.atlassian.net/rest/api/3/customFieldOption/100" + r.digits(2))},
			{"value", hlth(r.pick("Yes", "No"))},
			{"id", decoy("100" + r.digits(2))},
		}})
	}
	cfs = append(cfs, cf{"customfield_10045", "Backup Tanks", decoy(float64(r.in(0, 12)))})
	if r.coin(0.5) {
		cfs = append(cfs, cf{"customfield_10046", "Unit BT MAC", macAddr(r.mac(":", true))})
	}
	cfs = append(cfs,
		cf{"customfield_10047", "Tech Device", dev(r.pick("Zebra ET40 #", "iPad Truck ", "TC52 #") + fmt.Sprint(r.in(1, 30)))},
		cf{"customfield_10048", "Prescriber", cont("Dr. " + r.pick(usFirst...) + " " + r.pick(usLast...))},
		cf{"customfield_10049", "Emergency Contact", cont(r.pick(usFirst...) + " " + pl + " " + usPhone(r))},
	)
	if r.coin(0.6) {
		cfs = append(cfs, cf{"customfield_10050", "Pt Weight (lb)", hlth(float64(r.in(95, 330)))})
	}

	fields := obj{
		{"summary", summary},
		{"status", obj{{"name", plain(r.pick("Scheduled", "In Progress", "Done", "Waiting for Customer"))}}},
		{"created", plain(isoAt(created))},
		{"updated", plain(isoAt(created + r.in(600, 900000)))},
		{"reporter", obj{{"displayName", cont(reporter)}, {"emailAddress", cont(emailOf(r, reporter, ""))}, {"accountId", decoy("5b10a" + r.hex(19))}, {"timeZone", plain("America/Chicago")}}},
		{"assignee", obj{{"displayName", cont(tech)}, {"emailAddress", cont(techEmail)}, {"accountId", decoy("5b10a" + r.hex(19))}}},
		{"environment", env},
		{"description", adf(desc)},
	}
	names := obj{}
	for _, c := range cfs {
		fields = append(fields, field{c.id, c.v})
		names = append(names, field{c.id, plain(c.name)})
	}
	fields = append(fields,
		field{"comment", obj{{"comments", comments}, {"maxResults", decoy(len(comments))}, {"total", decoy(len(comments))}, {"startAt", decoy(0)}}},
		field{"attachment", arr{obj{{"filename", plain(r.pick("pt_signature.png", "delivery_ticket.pdf", "CMN.pdf"))}, {"size", decoy(r.in(20000, 900000))}, {"content", plain("https://northwind-dme.atlassian.net/rest/api/3/attachment/content/" + r.digits(5))}}}},
		field{"watches", obj{{"watchCount", decoy(r.in(1, 4))}}},
	)
	id := r.in(10000, 99999)
	doc := obj{
		{"id", decoy(fmt.Sprint(id))},
		{"self", plain(fmt.Sprintf("https://northwind-dme.atlassian.net/rest/api/3/issue/%d", id))},
		{"key", decoy(fmt.Sprintf("FS-%d", r.in(100, 9999)))},
		{"fields", fields},
	}
	if r.coin(0.5) { // fetched with expand=names
		doc = append(doc, field{"names", names})
	}
	return doc
}
