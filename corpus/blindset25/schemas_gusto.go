package blindset25

import "fmt"

// homecareGusto: a home-care agency's payroll sync service cached its Gusto
// API answers in one JSON file: the OAuth token, the company with its
// locations and admins, employees (names, contact details, birth date,
// home address, jobs, custom fields the agency uses for compliance: TB
// test, hepatitis B, lifting restriction, a client's door code), a
// payroll with compensations, webhook subscriptions, and the sync log.
func homecareGusto(r *rng) any {
	t := r.when()
	agencies := [][2]string{{"Evergreen Companion Care LLC", "evergreencc"}, {"Heartland Home Helpers Inc.", "heartlandhh"}, {"Tamarack In-Home Care", "tamarackcare"}, {"Bitterroot Senior Companions", "bitterrootsc"}}
	ag := agencies[r.IntN(len(agencies))]
	agency, slug := ag[0], ag[1]
	office := r.usAddress()
	companyUUID := r.uuid()
	locUUID := r.uuid()

	admins := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		a := r.english()
		admins = append(admins, obj{
			{"uuid", plain(r.uuid())},
			{"first_name", cont(a.first)},
			{"last_name", cont(a.last)},
			{"email", cont(r.email(a))},
		})
	}

	type emp struct {
		p    person
		uuid string
	}
	var emps []emp
	empArr := arr{}
	for i := 0; i < r.in(2, 3); i++ {
		e := emp{r.english(), r.uuid()}
		emps = append(emps, e)
		h := r.usAddress()
		dob := r.birth(1958, 2003)
		cf := func(name, typ string, v leaf) obj {
			return obj{
				{"id", plain(r.uuid()).obf()},
				{"company_custom_field_id", plain(r.uuid()).obf()},
				{"name", plain(name).obf()},
				{"type", plain(typ).obf()},
				{"description", plain("").obf()},
				{"value", v.obf()},
				{"selection_options", null().obf()},
			}
		}
		fields := arr{
			cf("TB test", "text", hlth(r.pick("QuantiFERON negative ", "PPD 0 mm negative ", "Chest X-ray clear (prior positive PPD) ")+day(after(t, -r.in(10000, 400000))))),
			cf("Hep B series", "text", hlth(r.pick("Complete (3 doses)", "Declined", "Dose 2 of 3", "Titer immune"))),
			cf("Scrubs size", "text", decoy(r.pick("S", "M", "L", "XL"))),
		}
		if r.chance(0.5) {
			fields = append(fields, cf("Work restrictions", "text", hlth(r.pick("No lifting over 20 lb (lumbar disc herniation)", "Light duty until 10/1 - carpal tunnel surgery", "Pregnant - no Hoyer transfers", "Latex allergy"))))
		}
		if r.chance(0.5) {
			fields = append(fields, cf("Client lockbox code", "text", cred(r.digits(4))))
		}
		mid := r.from(upperAl, 1)
		empArr = append(empArr, obj{
			{"uuid", plain(e.uuid)},
			{"first_name", cont(e.p.first)},
			{"middle_initial", cont(mid)},
			{"last_name", cont(e.p.last)},
			{"preferred_first_name", r.orNull(0.6, cont(e.p.first[:min(4, len(e.p.first))]))},
			{"email", cont(r.email(e.p))},
			{"work_email", r.orNull(0.5, cont(ascii(e.p.first)+"@"+slug+".example.com"))},
			{"phone", cont(r.usDigitsPlain())},
			{"date_of_birth", cont(day(dob))},
			{"ssn", plain("")},
			{"has_ssn", decoy(true)},
			{"two_percent_shareholder", decoy(false)},
			{"onboarded", plain(true)},
			{"onboarding_status", plain("onboarding_completed")},
			{"terminated", plain(false)},
			{"department", plain(r.pick("Field Caregivers", "Nursing", "Scheduling"))},
			{"home_address", obj{
				{"street_1", cont(h.street)},
				{"street_2", null()},
				{"city", cont(h.town)},
				{"state", cont(h.region)},
				{"zip", cont(h.postcode)},
				{"country", decoy("USA")},
				{"active", plain(true)},
			}},
			{"jobs", arr{obj{
				{"uuid", plain(r.uuid())},
				{"title", plain(r.pick("Home Health Aide", "Certified Nursing Assistant", "Companion", "LPN Visit Nurse"))},
				{"rate", plain(fmt.Sprintf("%d.%02d", r.in(15, 34), r.pickInt(0, 25, 50, 75)))},
				{"payment_unit", plain("Hour")},
				{"hire_date", plain(day(after(t, -r.in(20000, 900000))))},
				{"location_uuid", plain(locUUID)},
			}}},
			{"custom_fields", fields},
			{"eligible_paid_time_off", arr{
				obj{{"name", plain("Sick Hours")}, {"policy_uuid", plain(r.uuid())}, {"accrual_balance", plain(fmt.Sprintf("%.3f", r.f1(0, 40)))}},
				obj{{"name", plain("Vacation Hours")}, {"policy_uuid", plain(r.uuid())}, {"accrual_balance", plain(fmt.Sprintf("%.3f", r.f1(0, 80)))}},
			}},
			{"payment_method", obj{
				{"type", plain("Direct Deposit")},
				{"split_by", plain("Percentage")},
				{"splits", arr{obj{
					{"name", plain(r.pick("Checking", "Credit union", "Savings"))},
					{"hidden_account_number", decoy("XXXX" + r.digits(4))},
					{"split_amount", plain(100)},
				}}},
			}},
			{"version", decoy(r.hex(32))},
		})
	}

	comps := arr{}
	for _, e := range emps {
		hours := r.f1(20, 80)
		comps = append(comps, obj{
			{"employee_uuid", plain(e.uuid)},
			{"gross_pay", plain(fmt.Sprintf("%.2f", hours*r.f1(15, 30)))},
			{"net_pay", plain(fmt.Sprintf("%.2f", hours*r.f1(11, 22)))},
			{"payment_method", plain("Direct Deposit")},
			{"hourly_compensations", arr{obj{{"name", plain("Regular Hours")}, {"hours", plain(fmt.Sprintf("%.3f", hours))}}}},
			{"paid_time_off", arr{obj{{"name", plain("Sick Hours")}, {"hours", plain(fmt.Sprintf("%.3f", float64(r.pickInt(0, 0, 4, 8))))}}}},
		})
	}

	log := arr{}
	for i := 0; i < r.in(2, 3); i++ {
		e := emps[r.IntN(len(emps))]
		var msg leaf
		switch r.IntN(4) {
		case 0:
			msg = prose(p("Sick hours for "), p(e.p.full(), contactC), p(" approved by office: "), p(r.pick("migraine", "COVID positive, isolating 5 days", "flare-up of Crohn's", "chemo week"), healthC), p("."))
		case 1:
			msg = prose(p("Webhook delivery to "), p(fmt.Sprintf("https://payroll-sync.%s.internal/gusto/hooks", slug), netC), p(" failed: 502 from "), p(r.lan().host(r.in(2, 250)), netC))
		case 2:
			msg = prose(p("Updated phone for "), p(e.p.first, contactC), p(" to "), p(r.usLocal(), contactC))
		default:
			msg = prose(p("Payroll synced, " + fmt.Sprint(len(emps)) + " compensations."))
		}
		log = append(log, obj{{"at", plain(isoMs(after(t, -r.in(1, 8000))))}, {"level", plain(r.pick("info", "warn"))}, {"message", msg}})
	}

	return obj{
		{"oauth", obj{
			{"access_token", cred(r.gustoToken())},
			{"refresh_token", cred(r.gustoToken())},
			{"token_type", decoy("bearer")},
			{"expires_in", plain(7200)},
			{"created_at", plain(unix(after(t, -r.in(1, 100))))},
			{"scope", plain("companies:read employees:read payrolls:read")},
		}},
		{"client", obj{
			{"client_id", decoy(r.b64url(32))},
			{"client_secret", cred(r.b64url(32))},
			{"redirect_uri", plain("https://payroll-sync." + slug + ".example.com/oauth/callback")},
			{"api_version", decoy("2024-04-01")},
		}},
		{"company", obj{
			{"uuid", plain(companyUUID)},
			{"name", plain(agency)},
			{"trade_name", plain(agency)},
			{"ein", decoy(fmt.Sprintf("%02d-%07d", r.in(10, 99), r.in(0, 9999999)))},
			{"entity_type", plain("LLC")},
			{"company_status", plain("Approved")},
			{"locations", arr{obj{
				{"uuid", plain(locUUID)},
				{"street_1", cont(office.street)},
				{"city", cont(office.town)},
				{"state", cont(office.region)},
				{"zip", cont(office.postcode)},
				{"country", decoy("USA")},
				{"phone_number", cont(r.usDigitsPlain())},
				{"mailing_address", decoy(true)},
				{"filing_address", decoy(true)},
			}}},
			{"primary_payroll_admin", admins[0]},
			{"admins", admins},
		}},
		{"employees", empArr},
		{"payrolls", arr{obj{
			{"payroll_uuid", plain(r.uuid())},
			{"processed", plain(true)},
			{"check_date", plain(day(t))},
			{"pay_period", obj{{"start_date", plain(day(after(t, -20160)))}, {"end_date", plain(day(after(t, -1440)))}}},
			{"totals", obj{{"gross_pay", plain(fmt.Sprintf("%.2f", r.f1(2000, 9000)))}, {"employee_count", decoy(len(emps))}}},
			{"employee_compensations", comps},
		}}},
		{"webhook_subscriptions", arr{obj{
			{"uuid", plain(r.uuid())},
			{"url", netw(fmt.Sprintf("https://payroll-sync.%s.internal/gusto/hooks", slug))},
			{"status", plain("verified")},
			{"verification_token", cred(r.hex(32))},
			{"subscription_types", arr{plain("Employee"), plain("Payroll")}},
		}}},
		{"sync_log", log},
	}
}

// usDigitsPlain is a US phone as ten digits, as Gusto stores it.
func (r *rng) usDigitsPlain() string { return fmt.Sprintf("%s55501%02d", r.area(), r.in(0, 99)) }
