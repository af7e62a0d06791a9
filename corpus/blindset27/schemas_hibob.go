package blindset27

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// hotelsHibob: a boutique hotel group's sync from HiBob to its shift
// rota tool, the integration's cache: the service user and its Basic
// header; the custom field metadata; employees from people/search (work
// e-mail, names, avatar, personal block with honorific, short birth date,
// gender, pronouns, nationality, Slack handle; about; work with title,
// site, manager and tenure; home with private e-mail, mobile and legal
// gender; address; payroll employment; custom fields under opaque
// category_/field_ ids holding medical notes, adjustments and locker
// codes; emergency contacts; equipment with serials and IMEIs);
// time-off changes with descriptions; tasks; the sync log.
func hotelsHibob(r *rng) any {
	t := r.when()
	group := r.pick("Salt & Cedar Hotels", "Driftwood Inn Collection", "Larch Hospitality", "Tidewater Lodges")
	domain := strings.ToLower(strings.Fields(group)[0]) + "hotels.example.com"
	sites := []string{"Cannon Beach", "Astoria", "Port Townsend", "Hood River", "Bend"}
	svcID := fmt.Sprintf("SERVICE-%d", r.in(10000, 99999))
	svcTok := r.alnum(40)
	cat := fmt.Sprint(r.in(1600000000000, 1700000000000))
	fMed, fAdj, fLocker, fFood := "field_"+cat[:10]+"01", "field_"+cat[:10]+"02", "field_"+cat[:10]+"03", "field_"+cat[:10]+"04"
	bobID := func() string { return fmt.Sprint(r.in(1000000000, 3999999999)) + r.digits(9) }

	mgr := r.american()
	mgrID := bobID()
	var emps arr
	var people []person
	var ids []string
	for i := 0; i < r.in(2, 4); i++ {
		e := r.american()
		people = append(people, e)
		id := bobID()
		ids = append(ids, id)
		dob := r.birth(1962, 2004)
		addr := r.usAddress()
		hon, gender, pron := "Mr", "Male", "he/him"
		if e.female {
			hon, gender, pron = r.pick("Ms", "Mrs", "Miss"), "Female", "she/her"
		}
		if r.chance(0.1) {
			hon, pron = "Mx", "they/them"
		}
		site := sites[r.IntN(len(sites))]
		title := r.pick("Front Desk Agent", "Line Cook", "Housekeeping Supervisor", "Night Auditor", "Maintenance Technician", "Server", "Sous Chef")
		kin := r.american()
		custom := obj{
			{fMed, r.orNull(0.3, hlth(r.pick("Peanut allergy - EpiPen in staff locker", "Type 1 diabetic, may need to eat on shift", "Epilepsy, well controlled (Keppra)", "Asthma - inhaler in bag", "Pregnant, due "+day(after(t, r.in(20000, 200000))))))},
			{fAdj, r.orNull(0.5, hlth(r.pick("Hearing aid, needs vibrating pager for fire alarm", "No heavy lifting after back surgery (L4-L5)", "Seated work station, knee replacement", "Dyslexia, written SOPs in large print")))},
			{fLocker, r.orNull(0.3, cred(r.pin(4)))},
			{fFood, plain(r.pick("Yes", "No", "Expired"))},
		}
		equip := arr{}
		if r.chance(0.7) {
			phone, _ := r.phoneModel()
			equip = append(equip, obj{{"item", dev(phone)}, {"serialNumber", dev(r.serial("", 10))}, {"imei", dev(r.imei())}, {"issued", plain(day(after(t, -r.in(9000, 300000))))}})
		}
		if r.chance(0.4) {
			equip = append(equip, obj{{"item", dev(r.pick("Zebra TC52 handheld", "Motorola CP100d radio", "iPad 10th gen (front desk)"))}, {"serialNumber", dev(r.serial("", 12))}, {"imei", null()}, {"issued", plain(day(after(t, -r.in(9000, 300000))))}})
		}
		emp := obj{
			{"id", plain(id)},
			{"companyId", plain(r.in(600000, 699999))},
			{"firstName", cont(e.first)},
			{"surname", cont(e.last)},
			{"email", cont(workEmail(e, domain))},
			{"displayName", cont(e.full())},
			{"avatarUrl", r.orNull(0.3, cont(fmt.Sprintf("https://images.hibob.com/default-avatars/%s.png", r.uuid())))},
			{"personal", obj{
				{"honorific", sexOf(hon)},
				{"shortBirthDate", cont(dob.Format("01-02"))},
				{"gender", sexOf(gender)},
				{"pronouns", sexOf(pron)},
				{"nationality", arr{decoy(r.pick("American", "Mexican", "Filipino", "Canadian"))}},
				{"communication", obj{{"slackUsername", cont(strings.ToLower(e.first) + "." + strings.ToLower(e.last[:1]))}, {"skypeUsername", null()}}},
			}},
			{"about", obj{
				{"hobbies", arr{plain(r.pick("hiking", "surfing", "baking", "crossword puzzles"))}},
				{"about", aboutText(r)},
			}},
			{"work", obj{
				{"title", plain(title)},
				{"department", plain(r.pick("Rooms", "Food & Beverage", "Engineering", "Housekeeping"))},
				{"site", plain(site)},
				{"siteId", plain(r.in(100000, 999999))},
				{"startDate", plain(day(after(t, -r.in(30000, 900000))))},
				{"isManager", plain(false)},
				{"reportsTo", obj{{"id", plain(mgrID)}, {"displayName", cont(mgr.full())}, {"email", cont(workEmail(mgr, domain))}}},
				{"employeeIdInCompany", plain(r.in(100, 9999))},
				{"tenureDuration", obj{{"periodISO", plain(fmt.Sprintf("P%dY%dM", r.in(0, 12), r.in(0, 11)))}, {"sortFactor", plain(r.in(1, 4000))}}},
			}},
			{"home", obj{
				{"privateEmail", cont(r.email(e))},
				{"mobilePhone", cont(r.usLocal())},
				{"legalGender", sexOf(gender)},
			}},
			{"address", obj{
				{"line1", cont(addr.street)},
				{"line2", plain("")},
				{"city", cont(addr.town)},
				{"usState", cont(addr.region)},
				{"postCode", cont(addr.postcode)},
				{"country", decoy("United States")},
			}},
			{"payroll", obj{{"employment", obj{{"type", plain("Hourly")}, {"contract", plain(r.pick("Full time", "Part time", "Seasonal"))}, {"weeklyHours", plain(r.pickInt(20, 32, 40))}}}}},
			{"custom", obj{{"category_" + cat[:10], custom}}},
			{"emergencyContacts", arr{obj{{"name", cont(kin.full())}, {"relation", plain(r.pick("Spouse", "Mother", "Partner", "Brother"))}, {"phone", cont(r.usPhone())}}}},
			{"equipment", equip},
		}
		emps = append(emps, emp)
	}
	// custom fields stay opaque to the sync
	for i := range emps {
		e := emps[i].(obj)
		for j, f := range e {
			if f.key == "custom" {
				e[j] = field{"custom", obfuscated(f.val)}
			}
		}
	}

	meta := arr{
		obj{{"id", plain("category_" + cat[:10] + "." + fMed)}, {"name", plain("Medical notes (visible to HR)")}, {"type", plain("text")}},
		obj{{"id", plain("category_" + cat[:10] + "." + fAdj)}, {"name", plain("Reasonable adjustments")}, {"type", plain("text")}},
		obj{{"id", plain("category_" + cat[:10] + "." + fLocker)}, {"name", plain("Locker combination")}, {"type", plain("text")}},
		obj{{"id", plain("category_" + cat[:10] + "." + fFood)}, {"name", plain("Food handler card")}, {"type", plain("list")}},
	}

	var changes arr
	for i := 0; i < r.in(1, 3); i++ {
		k := r.IntN(len(people))
		kind := r.pick("Sick", "Holiday", "Medical appointment", "Unpaid")
		var desc leaf
		switch kind {
		case "Sick":
			desc = prose(p(r.pick("Migraine", "Stomach bug", "Covid positive", "Back spasm", "Kidney stones, in ER overnight"), healthC))
		case "Medical appointment":
			desc = prose(p(r.pick("Colonoscopy", "Physical therapy for knee", "Prenatal scan", "Chemo round 3"), healthC), p(", back "+r.pick("Monday", "after lunch", "Thursday")))
		default:
			desc = prose(p(r.pick("Family wedding in Boise", "Moving house", "") + "."))
		}
		start := after(t, r.in(-20000, 20000))
		changes = append(changes, obj{
			{"changeType", plain(r.pick("Created", "Approved"))},
			{"employeeId", plain(ids[k])},
			{"employeeDisplayName", cont(people[k].full())},
			{"requestId", plain(r.in(10000000, 99999999))},
			{"policyTypeDisplayName", plain(kind)},
			{"type", plain("days")},
			{"startDate", plain(day(start))},
			{"endDate", plain(day(after(start, 1440*r.in(0, 4))))},
			{"description", desc},
		})
	}

	k := r.IntN(len(people))
	tasks := arr{obj{
		{"id", plain(r.in(1000000, 9999999))},
		{"title", plain("Return-to-work interview")},
		{"owner", obj{{"id", plain(mgrID)}, {"displayName", cont(mgr.full())}}},
		{"description", prose(p("Meet "), p(people[k].first, contactC), p(" on return; "), p(r.pick("fit note says light duties 2 weeks after hernia repair", "check the asthma plan is in the kitchen", "OH referral re: anxiety, on sertraline", "agree a phased return after the miscarriage"), healthC), p("."))},
		{"dueDate", plain(day(after(t, r.in(100, 20000))))},
		{"status", plain("open")},
	}}

	log := arr{
		prose(p(fmt.Sprintf("%s synced %d employees, %d shifts pushed", iso(t), len(people), r.in(10, 200)))),
	}
	if r.chance(0.5) {
		log = append(log, prose(p("WARN rota user not found for "), p(workEmail(people[0], domain), contactC), p(", created with temp password "), p(r.password(), credC)))
	}

	auth := base64.StdEncoding.EncodeToString([]byte(svcID + ":" + svcTok))
	return obj{
		{"integration", obj{
			{"name", plain("bob-to-rota")},
			{"version", decoy(r.semver())},
			{"base_url", plain("https://api.hibob.com/v1")},
			{"service_user_id", plain(svcID)},
			{"service_user_token", cred(svcTok)},
			{"authorization", cred("Basic " + auth)},
			{"rota_api_key", cred(r.hex(32))},
			{"last_run", plain(iso(t))},
		}},
		{"company/people/fields", meta},
		{"people/search", obj{{"employees", emps}}},
		{"timeoff/requests/changes", obj{{"changes", changes}}},
		{"tasks", tasks},
		{"sync_log", log},
	}
}

// aboutText is an employee's "about me": small talk, sometimes with a
// health fact in it.
func aboutText(r *rng) leaf {
	if r.chance(0.3) {
		return prose(p(r.pick("Recovering from a hip replacement, so slow on the stairs for now!", "Type 1 diabetic, if I look spaced out, hand me a juice box :)", "Training for my first half marathon after beating breast cancer."), healthC))
	}
	return prose(p(r.pick("Been with the group since the Astoria opening. Ask me about the best chowder in town.", "Proud parent of twins, coffee snob.", "Ask me about tide pools.")))
}
