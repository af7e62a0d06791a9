package blindset24

import "fmt"

// vetEzyVet: a mixed-animal veterinary hospital's integration partner logs
// ezyVet API v1 answers (the OAuth token, contact with its contact-detail
// rows and address, animals, a consult with health-status readings of the
// pet, an invoice line, staff user) and the in-clinic lab analyser's
// connection. Pets are not people: their weight, temperature, heart rate,
// sex, birth date, problems and drugs are look-alikes.
func vetEzyVet(r *rng) any {
	t := r.when()
	owner := r.english()
	addr := r.auAddress()
	if r.chance(0.4) {
		addr = r.usAddress()
	}
	au := len(addr.region) == 3 || addr.region == "SA" || addr.region == "WA"
	phone := r.usLocal()
	if au {
		phone = r.auMobile()
	}
	vet := r.english()
	nurse := r.english()
	clinic := r.lan()
	contactID := r.in(10000, 99999)
	unixS := func(min int) leaf { return plain(fmt.Sprint(unix(after(t, min)))) }
	meta := func(n int) obj {
		return obj{
			{"timestamp", plain(unix(t))},
			{"request_id", plain(r.uuid())},
			{"items_total", decoy(n)},
		}
	}
	resp := func(path string, items arr) obj {
		return obj{
			{"endpoint", plain(path)},
			{"body", obj{{"meta", meta(len(items))}, {"messages", arr{}}, {"items", items}}},
		}
	}

	details := arr{}
	dType := []struct{ name, typeID string }{{"Mobile", "2"}, {"Email", "1"}, {"Home", "3"}}
	for i, d := range dType[:r.in(2, 3)] {
		var v leaf
		switch d.name {
		case "Mobile":
			v = cont(phone)
		case "Email":
			v = cont(r.email(owner))
		default:
			if au {
				v = cont(r.auIntl())
			} else {
				v = cont(r.usDash())
			}
		}
		details = append(details, obj{{"contactdetail", obj{
			{"id", plain(fmt.Sprint(contactID*10 + i))},
			{"contact_id", plain(fmt.Sprint(contactID))},
			{"name", plain(d.name).obf()},
			{"value", v.obf()},
			{"contact_detail_type_id", plain(d.typeID)},
			{"preferred", plain(fmt.Sprint(map[bool]int{true: 1, false: 0}[i == 0]))},
		}}})
	}

	species := r.pick("Canine", "Feline", "Equine")
	petName := r.pick("Biscuit", "Mabel", "Rosie", "Winston", "Pepper", "Archie", "Lola", "Murphy", "Clementine", "Otis")
	petWeight := r.f1(3.5, 42)
	if species == "Equine" {
		petWeight = float64(r.in(380, 610))
	}
	animalID := fmt.Sprint(r.in(100000, 999999))
	animals := arr{obj{{"animal", obj{
		{"id", plain(animalID)},
		{"active", plain("1")},
		{"created_at", unixS(-r.in(50000, 900000))},
		{"modified_at", unixS(-r.in(10, 5000))},
		{"name", decoy(petName)},
		{"contact_id", plain(fmt.Sprint(contactID))},
		{"species_id", plain(map[string]string{"Canine": "1", "Feline": "2", "Equine": "3"}[species])},
		{"breed_id", plain(fmt.Sprint(r.in(10, 400)))},
		{"sex_id", decoy(r.pick("1", "2", "3", "4"))},
		{"date_of_birth", decoy(day(r.birth(2010, 2023)))},
		{"weight", decoy(fmt.Sprint(petWeight))},
		{"is_dead", plain("0")},
		{"is_hostile", decoy(r.pick("0", "0", "1"))},
		{"notes", r.orNull(0.3, ownerNote(r, owner))},
	}}}}

	temp := r.f1(37.8, 39.6)
	consult := obj{{"consult", obj{
		{"id", plain(fmt.Sprint(r.in(100000, 999999)))},
		{"animal_id", plain(animalID)},
		{"date", unixS(-r.in(60, 6000))},
		{"presenting_problem", decoy(r.pick("Vomiting x2 days", "Lame left fore", "Annual vaccination", "Ear scratching, head shaking", "Weight loss, drinking more"))},
		{"vet_user_name", cont("Dr " + vet.full())},
		{"healthstatus", obj{
			{"weight", decoy(fmt.Sprint(petWeight))},
			{"temperature", decoy(fmt.Sprint(temp))},
			{"heart_rate", decoy(fmt.Sprint(r.in(60, 160)))},
			{"respiratory_rate", decoy(fmt.Sprint(r.in(14, 40)))},
			{"body_condition_score", decoy(fmt.Sprint(r.in(3, 7)))},
		}},
		{"plan", decoy(r.pick("Start Apoquel 16mg SID x14d, recheck", "Cerenia 24mg SID x4d, bland diet", "Meloxicam 1.5mg/ml 0.1mg/kg SID", "Bloods sent to lab, T4 and chem"))},
		{"history", clinicalHistory(r, owner, nurse, phone)},
	}}}

	prods := [][2]string{{"Apoquel 16mg tablet", "APOQ16"}, {"Bravecto Chew 20-40kg", "BRAV-L"}, {"Cerenia 24mg tablet", "CER24"}, {"Consultation - Standard", "CONS-STD"}, {"Vaccination C5", "VAC-C5"}}
	prod := prods[r.IntN(len(prods))]
	invoice := obj{{"invoiceline", obj{
		{"id", plain(fmt.Sprint(r.in(1000000, 9999999)))},
		{"product_id", plain(fmt.Sprint(r.in(1000, 9999)))},
		{"product_name", decoy(prod[0])},
		{"product_code", decoy(prod[1])},
		{"quantity", decoy(fmt.Sprint(r.in(1, 30)))},
		{"total_price", plain(fmt.Sprintf("%.2f", float64(r.in(2500, 48000))/100))},
	}}}

	user := obj{{"user", obj{
		{"id", plain(fmt.Sprint(r.in(10, 400)))},
		{"username", cont(r.userName(nurse))},
		{"first_name", cont(nurse.first)},
		{"last_name", cont(nurse.last)},
		{"email", cont(r.email(nurse))},
		{"is_vet", plain("0")},
		{"active", plain("1")},
		{"last_login", plain(unix(after(t, -r.in(10, 3000))))},
	}}}

	analyser := obj{
		{"name", dev(r.pick("IDEXX VetLab Station", "Catalyst One", "ProCyte Dx", "VetScan VS2"))},
		{"serial_number", dev(r.serial("IVLS", 8))},
		{"ip_address", netw(clinic.host(r.in(30, 90)))},
		{"port", netw(r.pickInt(4000, 5100, 8443))},
		{"mac_address", macAddr(r.mac("-", true))},
		{"software_version", fwIP(r.ipShapedFw())},
		{"last_result_received", dev(iso(after(t, -r.in(5, 900))))},
		{"hl7_listener", netw(fmt.Sprintf("mllp://lab-gw.%s.internal:%d", r.pick("northvet", "gumtree", "rivervet"), r.pickInt(2575, 6661)))},
	}

	return obj{
		{"partner", obj{
			{"partner_id", decoy("idx_" + r.digits(6))},
			{"client_id", decoy(r.hex(32))},
			{"client_secret", cred(r.alnum(40))},
			{"access_token", cred(r.ezyToken())},
			{"token_type", decoy("Bearer")},
			{"expires_in", plain(43200)},
			{"scope", plain("read-contact,read-animal,read-consult,read-invoiceline")},
			{"site_uid", plain(r.hex(16))},
		}},
		{"responses", arr{
			resp("/v1/contact", arr{obj{{"contact", obj{
				{"id", plain(fmt.Sprint(contactID))},
				{"active", plain("1")},
				{"code", decoy(fmt.Sprintf("C%06d", contactID))},
				{"first_name", cont(owner.first)},
				{"last_name", cont(owner.last)},
				{"business_name", plain("")},
				{"is_customer", plain("1")},
				{"stop_credit", plain(r.pick("OK", "OK", "STOP"))},
				{"email_verified", decoy(r.chance(0.6))},
				{"created_at", unixS(-r.in(100000, 900000))},
			}}}}),
			resp("/v1/contactdetail", details),
			resp("/v1/address", arr{obj{{"address", obj{
				{"id", plain(fmt.Sprint(r.in(10000, 99999)))},
				{"name", plain("Physical")},
				{"street_1", cont(addr.street)},
				{"street_2", plain("")},
				{"city", cont(addr.town)},
				{"region", cont(addr.region)},
				{"post_code", cont(addr.postcode)},
				{"country_id", decoy(map[bool]string{true: "13", false: "226"}[au])},
			}}}}),
			resp("/v1/animal", animals),
			resp("/v1/consult", arr{consult}),
			resp("/v1/invoiceline", arr{invoice}),
			resp("/v1/user", arr{user}),
		}},
		{"lab_integration", analyser},
		{"webhook", obj{
			{"url", netw("http://" + clinic.host(r.in(100, 200)) + ":8080/ezyvet/hooks")},
			{"signing_secret", cred(r.b64(32))},
			{"events", arr{plain("appointment_created"), plain("invoice_finalised")}},
		}},
	}
}

// ownerNote is a reception note on the animal record that may tell about
// the owner.
func ownerNote(r *rng, owner person) leaf {
	switch r.IntN(4) {
	case 0:
		return prose(p("Owner "), p(owner.first, contactC), p(" is "), p(r.pick("pregnant - no restraint during rads", "deaf, SMS only", "immunocompromised (chemo), no zoonosis risk handling", "on blood thinners, avoid scratches"), healthC), p("."))
	case 1:
		return prose(p("Gate code for house calls "), p(r.digits(4)+"#", credC), p(", dog kept in laundry."))
	case 2:
		return prose(p("Bites when muzzled - sedate for nails."))
	}
	return prose(p("Prefers Dr "), p(r.english().last, contactC), p(" for consults."))
}

// clinicalHistory is the vet's free-text history of the pet.
func clinicalHistory(r *rng, owner, nurse person, phone string) leaf {
	switch r.IntN(3) {
	case 0:
		return prose(p("O/ reports "+r.pick("intermittent vomiting since Sunday", "itching worse at night", "reluctance to jump")+". Called back on "), p(phone, contactC), p(", spoke to "), p(owner.first, contactC), p("."))
	case 1:
		return prose(p("BAR, mm pink, CRT<2s. Abdo palp NAD. Bloods to IDEXX. "), p(nurse.first, contactC), p(" to follow up."))
	}
	return prose(p("Vaccinated C5, heartworm injection. Next due in 12 months."))
}
