package blindset10

import (
	"fmt"
	"strings"
)

// ofw-peme-laravel: a Manila overseas-employment recruitment agency's
// applicant API: a Laravel length-aware paginator page (current_page,
// data, links, per_page, total) with Tagalog keys, the pre-employment
// medical exam (PEME), documents, the portal account, the fingerprint
// scanner, a recruiter's note in Taglish, and, because APP_DEBUG was on,
// the debugbar block with the environment.

var tlFirstF = []string{"Maria", "Jocelyn", "Rowena", "Marites", "Kristine", "Jennalyn", "Lovely", "Mary Grace", "Rhea", "Analyn"}
var tlFirstM = []string{"Mark Anthony", "Jerome", "Rodel", "Jhun", "Ronaldo", "Christian", "Reynaldo", "Jayson"}
var tlLast = []string{"Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino", "Castillo", "Manalo", "Soriano"}

// barangay, city, province, zip
var tlAreas = [][4]string{
	{"Brgy. San Isidro", "Lungsod Quezon", "Metro Manila", "1100"},
	{"Brgy. Poblacion", "Lungsod ng Makati", "Metro Manila", "1210"},
	{"Brgy. Malanday", "Lungsod ng Marikina", "Metro Manila", "1805"},
	{"Brgy. Lahug", "Lungsod ng Cebu", "Cebu", "6000"},
	{"Brgy. Sta. Rosa", "San Fernando", "Pampanga", "2000"},
	{"Brgy. Bagumbayan", "Taguig", "Metro Manila", "1630"},
}

func phPhone(r *rng) (local, intl string) {
	p, s := r.pick("917", "918", "927", "998"), r.digits(3)
	return "0" + p + " 000 0" + s, "+63 " + p + " 000 0" + s
}

func ofwLaravel(r *rng) any {
	female := r.coin(0.7)
	var first string
	if female {
		first = r.pick(tlFirstF...)
	} else {
		first = r.pick(tlFirstM...)
	}
	middle, last := r.pick(tlLast...), r.pick(tlLast...)
	b := r.birth(1978, 2003)
	sex := "Babae"
	if !female {
		sex = "Lalaki"
	}
	local, intl := phPhone(r)
	area := tlAreas[r.IntN(len(tlAreas))]
	kg := r.fl(45, 95, 1)
	cm := r.in(145, 182)
	sys, dia := r.bp()
	fit := r.coin(0.8)
	id := r.in(1000, 30000)
	sur := strings.ReplaceAll(last, " ", "")
	user := lower(fmt.Sprintf("%s%s%d", first[:1], sur[:min(5, len(sur))], r.in(1, 99)))

	peme := obj{
		{"klinika", plain(r.pick("Medikal Sentro Ermita", "Kalinga Diagnostic Clinic", "Bagong Buhay Medical"))},
		{"petsa", plain(dateAt(r.when()))},
		{"taas_cm", hlth(cm)},
		{"timbang_kg", hlth(kg)},
		{"bmi", hlth(bmi(kg, cm))},
		{"presyon", hlth(fmt.Sprintf("%d/%d", sys, dia))},
		{"uri_ng_dugo", hlth(r.pick("O+", "A+", "B+", "AB+", "O-"))},
		{"xray_dibdib", hlth(r.pick("Normal", "Normal", "Minimal PTB, healed", "Cardiomegaly, for 2D echo"))},
		{"hepa_b", hlth(r.pick("Non-reactive", "Reactive"))},
		{"hiv", hlth(r.pick("Non-reactive", "Non-reactive", "Pending"))},
		{"drug_test", hlth(r.pick("Negative", "Negative", "Positive - THC"))},
	}
	if female {
		peme = append(peme, field{"pagbubuntis", hlth(r.pick("Negatibo", "Negatibo", "Positibo"))})
	}
	if fit {
		peme = append(peme, field{"resulta", hlth("FIT TO WORK")})
	} else {
		peme = append(peme, field{"resulta", hlth(r.pick("UNFIT - hypertension, for re-evaluation", "PENDING - for sputum exam", "UNFIT - Hepa B reactive"))},
			field{"ICD10", hlth(r.pick("I10", "A15.0", "B18.1", "E11.9"))})
	}
	peme = append(peme, field{"doktor", cont("Dr. " + r.pick("Ricardo Manalo", "Liza Soriano", "Ernesto Bautista", "Cecilia Ramos"))})

	docs := arr{obj{
		{"uri", plain(r.pick("NBI Clearance", "PSA Birth Certificate", "Medical Certificate"))},
		{"file_url", cred(r.presigned("ofw-docs-prod", fmt.Sprintf("aplikante/%d/%s.pdf", id, r.alnum(12))))},
		{"checksum_md5", decoy(r.hex(32))},
		{"laki_kb", decoy(r.in(80, 4000))},
	}}

	var note leaf
	switch r.IntN(5) {
	case 0:
		note = prose(p("Tinawagan ko si "), p(first, contactC), p(" sa "), p(local, contactC), p(", kulang pa ang medical, may hypertension daw sabi ng clinic", healthC))
	case 1:
		note = prose(p("Employer wants caregiver w/ NC II, ok na ang papers. Flight tentative next month"))
	case 2:
		note = prose(p("Buntis pala, 3 months na. Hold muna ang deployment", healthC))
	case 3:
		note = prose(p("Nag-email sa "), p(emailOf(r, first, last), contactC), p(" para sa interview sched"))
	default:
		note = prose(p("For re-medical after 2 weeks, BP 150/100 during PEME", healthC))
	}

	applicant := obj{
		{"id", decoy(id)},
		{"aplikante_no", decoy(fmt.Sprintf("OFW-2024-%06d", id))},
		{"pangalan", cont(first)},
		{"gitnang_pangalan", cont(middle)},
		{"apelyido", cont(last)},
		{"kaarawan", cont(b.iso())},
		{"kasarian", sexOf(sex)},
		{"edad", ageOf(b.age())},
		{"katayuang_sibil", plain(r.pick("Walang asawa", "Kasal", "Hiwalay", "Balo"))},
		{"cellphone", cont(r.pick(local, intl))},
		{"email", cont(emailOf(r, first, last))},
		{"tirahan", obj{
			{"kalye", cont(fmt.Sprintf("%d %s St.", r.in(1, 400), r.pick("Rizal", "Mabini", "Bonifacio", "Luna", "Del Pilar")))},
			{"barangay", cont(area[0])},
			{"lungsod", cont(area[1])},
			{"lalawigan", cont(area[2])},
			{"zip", cont(area[3])},
		}},
		{"bansang_destinasyon", plain(r.pick("Saudi Arabia", "Hong Kong", "Qatar", "Taiwan", "Kuwait"))},
		{"trabaho", plain(r.pick("Caregiver", "Domestic Helper", "Welder", "Staff Nurse", "Factory Worker"))},
		{"sahod_usd", decoy(r.pick("400", "450", "550", "1200"))},
		{"peme", clinical(peme)},
		{"mga_dokumento", docs},
		{"account", obj{
			{"username", cont(user)},
			{"password", cred(r.bcrypt("2y"))},
			{"remember_token", cred(r.alnum(60))},
			{"email_verified_at", plain(isoAt(r.when()))},
			{"huling_login_ip", netw(r.docIP())},
			{"user_agent", dev(r.chromeUA())},
		}},
		{"biometrics", obj{
			{"scanner", dev(r.pick("DigitalPersona U.are.U 4500", "SecuGen Hamster Pro 20", "Suprema BioMini Slim 2"))},
			{"serial", dev(r.upnum(10))},
			{"kalidad", decoy(r.in(40, 100))},
		}},
		{"tala_ng_recruiter", note},
		{"created_at", plain(isoAt(r.when()))},
		{"updated_at", plain(isoAt(r.when()))},
	}

	page := r.in(2, 40)
	base := "https://api.example.com/api/aplikante"
	doc := obj{
		{"current_page", decoy(page)},
		{"data", arr{applicant}},
		{"first_page_url", plain(base + "?page=1")},
		{"from", decoy(page*15 - 14)},
		{"last_page", decoy(page + r.in(0, 30))},
		{"links", arr{
			obj{{"url", plain(fmt.Sprintf("%s?page=%d", base, page-1))}, {"label", plain("&laquo; Previous")}, {"active", plain(false)}},
			obj{{"url", plain(fmt.Sprintf("%s?page=%d", base, page))}, {"label", plain(fmt.Sprint(page))}, {"active", plain(true)}},
		}},
		{"next_page_url", plain(fmt.Sprintf("%s?page=%d", base, page+1))},
		{"path", plain(base)},
		{"per_page", decoy(15)},
		{"to", decoy(page * 15)},
		{"total", decoy(r.in(600, 9000))},
	}
	if r.coin(0.6) {
		dbHost := r.pick("hr-db-01.internal", "10.8.0.12", "mysql.agency.lan")
		dbPass := r.alnum(14)
		doc = append(doc, field{"_debugbar", obj{
			{"__meta", obj{
				{"id", decoy("X" + r.hex(32))},
				{"method", plain("GET")},
				{"uri", plain(fmt.Sprintf("/api/aplikante?page=%d", page))},
				{"ip", netw(r.privIP())},
			}},
			{"env", obj{
				{"APP_KEY", cred("base64:" + r.b64(43) + "=")},
				{"APP_VERSION", decoy(fmt.Sprintf("10.%d.%d", r.in(10, 48), r.in(0, 9)))},
				{"DB_HOST", netw(dbHost)},
				{"DB_PORT", netw(3306)},
				{"DB_USERNAME", cont("agency_app")},
				{"DB_PASSWORD", cred(dbPass)},
				{"MAIL_PASSWORD", cred(r.alnum(16))},
			}},
			{"queries", obj{{"nb_statements", decoy(r.in(2, 30))}, {"accumulated_duration_str", plain(fmt.Sprintf("%.2fms", r.fl(1, 80, 2)))}}},
		}})
	}
	return language(doc)
}
