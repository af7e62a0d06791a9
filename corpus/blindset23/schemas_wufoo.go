package blindset23

import "fmt"

// seniorWufoo: a tech-help-for-seniors charity's Wufoo forms read through
// the Entries API v3 (entries with EntryId, Field1..FieldN, DateCreated,
// CreatedBy): home-visit requests (name, contact, address subfields,
// device, OS, router, Wi-Fi name and password, account e-mail and
// password, accessibility checkboxes, the problem in the client's words,
// the router address) and volunteers' visit reports.
func seniorWufoo(r *rng) any {
	t := r.when()
	formA := r.from(lowerNum, 7)
	formB := r.from(lowerNum, 7)
	stamp := func(min int) string { return after(t, min).Format("2006-01-02 15:04:05") }

	requests := arr{}
	var client person
	for i := 0; i < r.in(1, 2); i++ {
		c := r.english()
		client = c
		addr := r.usAddress()
		rtr := r.lan()
		pairs := [][2]string{{"iPad (9th generation)", "iPadOS 17.5.1"}, {"iPhone SE", "iOS 16.7.8"}, {"Samsung Galaxy A14", "Android 13"}, {"Amazon Fire HD 10", "Fire OS 8"}, {"Dell Inspiron 15 laptop", "Windows 10"}, {"Chromebook Lenovo 100e", "ChromeOS 125"}}
		pr := pairs[r.IntN(len(pairs))]
		devModel, osv := pr[0], pr[1]
		acct := cont(r.email(c))
		var problem leaf
		switch r.IntN(4) {
		case 0:
			problem = prose(p("My grandson set up the "), p(devModel, devC), p(" but I can't get on the internet since the power cut. The box says "), p(r.ssidDefault(), netC), p("."))
		case 1:
			problem = prose(p("I need to do video calls with my "), p(r.pick("cardiologist", "diabetes nurse", "therapist"), healthC), p(" but I can't hear them, "), p(r.pick("I have hearing aids", "my hearing is very poor"), healthC), p("."))
		case 2:
			problem = prose(p("Got a text saying my account is locked and I gave them my password "), p(r.password(), credC), p(". Now I can't log in."))
		default:
			problem = prose(p("Want to learn to send photos to family."))
		}
		chk := func(s string) leaf {
			if r.chance(0.35) {
				return hlth(s)
			}
			return plain("")
		}
		line2 := plain("")
		if r.chance(0.3) {
			line2 = cont(fmt.Sprintf("Apt %d", r.in(1, 40)))
		}
		pw := plain("")
		if r.chance(0.6) {
			pw = cred(r.password())
		}
		requests = append(requests, obj{
			{"EntryId", plain(fmt.Sprintf("%d", r.in(10, 900)))},
			{"Field1", cont(c.first)},
			{"Field2", cont(c.last)},
			{"Field3", cont(r.email(c))},
			{"Field4", cont(r.usLocal())},
			{"Field5", cont(addr.street)},
			{"Field6", line2},
			{"Field7", cont(addr.town)},
			{"Field8", cont(addr.region)},
			{"Field9", cont(addr.postcode)},
			{"Field10", decoy("United States")},
			{"Field12", dev(devModel)},
			{"Field13", dev(osv)},
			{"Field14", dev(r.pick("Netgear Nighthawk R7000", "Xfinity XB8", "Arris SURFboard SBG7600AC2", "TP-Link Archer A7", "CenturyLink C4000XG"))},
			{"Field15", netw(r.ssidDefault())},
			{"Field16", cred(r.psk())},
			{"Field17", acct},
			{"Field18", pw},
			{"Field20", chk("Hearing loss - please use captions")},
			{"Field21", chk("Low vision - large print please")},
			{"Field22", chk("Memory problems - a family member will join")},
			{"Field23", problem},
			{"Field24", plain(r.pick("Weekday mornings", "Afternoons", "Any time"))},
			{"Field25", plain("I agree")},
			{"Field26", netw(rtr.gw())},
			{"Field27", decoy(fmt.Sprintf("STH-%d-%04d", 2024, r.in(1, 9999)))},
			{"Field28", decoy("v" + r.semver())},
			{"DateCreated", plain(stamp(-r.in(100, 20000)))},
			{"CreatedBy", plain("public")},
			{"DateUpdated", plain("")},
			{"UpdatedBy", plain(nil)},
		})
	}

	vol := r.english()
	var report leaf
	switch r.IntN(3) {
	case 0:
		report = prose(p("Reset the account password to "), p(r.password(), credC), p(" and wrote it in "), p(client.first, contactC), p("'s notebook. Router rebooted."))
	case 1:
		report = prose(p("Installed large-text mode; "), p(r.pick("she has macular degeneration", "tremor makes tapping hard", "he had a stroke last year"), healthC), p(". Updated "), p(r.pick("iPadOS to 17.6", "Android to 14"), devC), p("."))
	default:
		report = prose(p("All good, showed how to use FaceTime."))
	}
	reports := arr{obj{
		{"EntryId", plain(fmt.Sprintf("%d", r.in(10, 900)))},
		{"Field1", cont(vol.full())},
		{"Field2", cont(r.usDash())},
		{"Field3", cont(client.full())},
		{"Field4", plain(day(t))},
		{"Field5", plain(fmt.Sprintf("%d", r.pickInt(45, 60, 90, 120)))},
		{"Field6", plain(r.pick("Fixed", "Partly fixed", "Needs second visit"))},
		{"Field7", report},
		{"Field8", decoy(r.semver())},
		{"DateCreated", plain(stamp(r.in(10, 600)))},
		{"CreatedBy", plain("public")},
		{"DateUpdated", plain("")},
		{"UpdatedBy", plain(nil)},
	}}

	return obfuscated(obj{
		{"auth", obj{{"username", cred(r.wufooKey())}, {"password", decoy("footastic")}}},
		{"subdomain", plain(r.pick("seniortech", "techbuddies", "silversurfers"))},
		{"forms", obj{
			{formA, obj{{"Entries", requests}}},
			{formB, obj{{"Entries", reports}}},
		}},
	})
}
