package blindset23

import "fmt"

// sleepHelpScout: a home sleep-test kit provider's patient-support mailbox
// read through the Help Scout Mailbox API v2 (the OAuth app, a page of
// conversations with embedded threads, custom fields as rows, and the
// customer profile with its embedded e-mails, phones, address and social
// profile).
func sleepHelpScout(r *rng) any {
	t := r.when()
	pt := r.english()
	agent := r.english()
	agent2 := r.english()
	physician := r.english()
	addr := r.usAddress()
	ptEmail := r.email(pt)
	agEmail := r.email(agent)
	serial := "WP1-" + r.from(upperNum, 2) + r.digits(6)
	phone := r.pick("iPhone 12", "iPhone 14 Pro", "Galaxy S21", "Pixel 6a", "Galaxy A14")
	ahi := r.f1(3, 48)
	nadir := r.in(72, 92)
	convID := r.in(2000000000, 2999999999)
	custID := r.in(400000000, 499999999)

	person := func(typ string, id int, first, last, email string) obj {
		return obj{{"id", plain(id)}, {"type", plain(typ)}, {"first", cont(first)}, {"last", cont(last)}, {"email", cont(email)}}
	}

	var subject, preview, body leaf
	switch r.IntN(4) {
	case 0:
		subject = prose(p("WatchPAT app won't start the test"))
		preview = prose(p("Hi, the app on my "), p(phone, devC), p(" keeps saying probe not detected"))
		body = prose(p("<p>Hi, the app on my "), p(phone, devC), p(" keeps saying probe not detected. Device serial on the box is "), p(serial, devC), p(". I have tried twice. My wifi is "), p(r.ssidDefault(), netC), p(" if that matters.</p><p>"), p(pt.first, contactC), p("</p>"))
	case 1:
		subject = prose(p("Results? It says I stopped breathing "), p(fmt.Sprintf("%.0f times an hour", ahi), healthC))
		preview = prose(p("Dr "), p(physician.last, contactC), p(" hasn't called me back about the report"))
		body = prose(p("<p>Dr "), p(physician.last, contactC), p(" hasn't called me back. The portal shows AHI "), p(fmt.Sprintf("%.1f", ahi), healthC), p(" and oxygen down to "), p(fmt.Sprintf("%d%%", nadir), healthC), p(". I already take "), p(r.pick("zolpidem at night", "lisinopril for blood pressure", "sertraline 50mg"), healthC), p(". Is that dangerous? Call me on "), p(r.usLocal(), contactC), p("</p>"))
	case 2:
		subject = prose(p("Return label for sleep test kit"))
		preview = prose(p("Can you send a new label to "), p(addr.usOneLine(), contactC))
		body = prose(p("<p>Can you send a new return label to "), p(addr.usOneLine(), contactC), p("? The first one got wet.</p>"))
	default:
		subject = prose(p("Billing question"))
		preview = prose(p("Why was I charged twice this month?"))
		body = prose(p("<p>Why was I charged twice this month? Order 2 of 2, same amount.</p>"))
	}

	cf := func(id int, name string, v leaf) obj {
		return obj{{"id", plain(id).obf()}, {"name", plain(name).obf()}, {"value", v.obf()}, {"text", v.obf()}}
	}
	fields := arr{
		cf(r.in(10000, 19999), "Study ID", decoy(fmt.Sprintf("HST-24-%05d", r.in(0, 99999)))),
		cf(r.in(20000, 29999), "Device serial", dev(serial)),
		cf(r.in(30000, 39999), "Referring physician", cont("Dr "+physician.full())),
	}
	if r.chance(0.6) {
		fields = append(fields, cf(r.in(40000, 49999), "Study result", hlth(fmt.Sprintf("AHI %.1f, SpO2 nadir %d%%", ahi, nadir))))
	} else {
		fields = append(fields, cf(r.in(40000, 49999), "Insurance", plain(r.pick("BCBS", "Medicare", "Self-pay"))))
	}

	var noteBody leaf
	switch r.IntN(3) {
	case 0:
		noteBody = prose(p("Checked the cloud record: "), p(fmt.Sprintf("AHI %.1f, %s OSA", ahi, map[bool]string{true: "moderate", false: "mild"}[ahi > 15]), healthC), p(". Scored by "), p(agent2.full(), contactC), p(". Probe firmware OK."))
	case 1:
		noteBody = prose(p("Serial "), p(serial, devC), p(" flagged for a bad finger probe batch. Ship replacement, keep old kit for RMA."))
	default:
		noteBody = prose(p("Merged duplicate conversation."))
	}
	reply := prose(p("<p>Hi "), p(pt.first, contactC), p(",</p><p>Thanks for getting in touch. "), p(r.pick("Please delete and reinstall the app, then start the test again.", "We have passed your message to the clinical team.", "A new label is on its way.")), p("</p><p>"), p(agent.first, contactC), p("</p>"))

	threads := arr{
		obj{
			{"id", plain(r.in(7000000000, 7999999999))},
			{"type", plain("customer")},
			{"status", plain("active")},
			{"state", plain("published")},
			{"body", body},
			{"source", obj{{"type", plain("email")}, {"via", plain("customer")}}},
			{"customer", person("customer", custID, pt.first, pt.last, ptEmail)},
			{"createdBy", obj{{"id", plain(custID)}, {"type", plain("customer")}, {"email", cont(ptEmail)}}},
			{"createdAt", plain(iso(t))},
			{"attachments", arr{obj{
				{"id", plain(r.in(100000000, 999999999))},
				{"filename", plain(fmt.Sprintf("IMG_%04d.HEIC", r.in(1000, 9999)))},
				{"mimeType", plain("image/heic")},
				{"width", decoy(4032)},
				{"height", decoy(3024)},
				{"size", decoy(r.in(900000, 3000000))},
			}}},
		},
		obj{
			{"id", plain(r.in(7000000000, 7999999999))},
			{"type", plain("note")},
			{"status", plain("nochange")},
			{"state", plain("published")},
			{"body", noteBody},
			{"createdBy", obj{{"id", plain(r.in(500000, 599999))}, {"type", plain("user")}, {"email", cont(r.email(agent2))}}},
			{"createdAt", plain(iso(after(t, r.in(10, 300))))},
		},
		obj{
			{"id", plain(r.in(7000000000, 7999999999))},
			{"type", plain("reply")},
			{"status", plain("active")},
			{"state", plain("published")},
			{"body", reply},
			{"createdBy", obj{{"id", plain(r.in(500000, 599999))}, {"type", plain("user")}, {"email", cont(agEmail)}}},
			{"createdAt", plain(iso(after(t, r.in(301, 900))))},
		},
	}

	cc := arr{}
	if r.chance(0.4) {
		cc = append(cc, cont(r.email(r.english())))
	}
	conv := obj{
		{"id", plain(convID)},
		{"number", decoy(r.in(10000, 99999))},
		{"threads", plain(len(threads))},
		{"type", plain("email")},
		{"folderId", plain(r.in(1000000, 9999999))},
		{"status", plain(r.pick("active", "pending", "closed"))},
		{"state", plain("published")},
		{"subject", subject},
		{"preview", preview},
		{"mailboxId", plain(r.in(100000, 999999))},
		{"assignee", person("user", r.in(500000, 599999), agent.first, agent.last, agEmail)},
		{"createdBy", obj{{"id", plain(custID)}, {"type", plain("customer")}, {"email", cont(ptEmail)}}},
		{"createdAt", plain(iso(t))},
		{"closedAt", plain(nil)},
		{"closedByUser", obj{{"id", plain(0)}, {"type", plain("user")}, {"first", decoy("unknown")}, {"last", decoy("unknown")}, {"email", decoy("unknown")}}},
		{"userUpdatedAt", plain(iso(after(t, r.in(301, 900))))},
		{"customerWaitingSince", obj{{"time", plain(iso(t))}, {"friendly", plain(r.pick("2 hours ago", "Yesterday", "Jun 3"))}}},
		{"source", obj{{"type", plain("email")}, {"via", plain("customer")}}},
		{"tags", arr{obj{{"id", plain(r.in(1000000, 9999999))}, {"color", plain("#929499")}, {"tag", plain(r.pick("device-issue", "results", "returns", "billing"))}}}},
		{"cc", cc},
		{"primaryCustomer", person("customer", custID, pt.first, pt.last, ptEmail)},
		{"customFields", fields},
		{"_embedded", obj{{"threads", threads}}},
	}

	customer := obj{
		{"id", plain(custID)},
		{"firstName", cont(pt.first)},
		{"lastName", cont(pt.last)},
		{"gender", sexOf(map[bool]string{true: "female", false: "male"}[pt.female])},
		{"age", ageOf(fmt.Sprintf("%d", r.in(28, 79)))},
		{"location", decoy(addr.town + ", " + addr.region)},
		{"photoUrl", cont("https://avatars.example.net/" + r.hex(20) + ".png")},
		{"photoType", plain("gravatar")},
		{"createdAt", plain(iso(after(t, -r.in(1000, 90000))))},
		{"_embedded", obj{
			{"emails", arr{obj{{"id", plain(r.in(100000000, 999999999))}, {"value", cont(ptEmail)}, {"type", plain("home")}}}},
			{"phones", arr{obj{{"id", plain(r.in(100000000, 999999999))}, {"value", cont(r.usPhone())}, {"type", plain("mobile")}}}},
			{"address", obj{
				{"id", plain(r.in(100000000, 999999999))},
				{"city", cont(addr.town)},
				{"state", cont(addr.region)},
				{"postalCode", cont(addr.postcode)},
				{"country", decoy("US")},
				{"lines", arr{cont(addr.street)}},
			}},
		}},
	}

	return obj{
		{"auth", obj{
			{"app_id", decoy(r.alnum(32))},
			{"app_secret", cred(r.alnum(32))},
			{"access_token", cred(r.hex(32))},
			{"expires_in", plain(172800)},
		}},
		{"_embedded", obj{{"conversations", arr{conv}}}},
		{"customer", customer},
		{"page", obj{{"size", plain(25)}, {"totalElements", plain(1)}, {"totalPages", plain(1)}, {"number", plain(1)}}},
		{"_links", obj{{"self", obj{{"href", plain("https://api.helpscout.net/v2/conversations?embed=threads&status=all")}}}}},
	}
}
