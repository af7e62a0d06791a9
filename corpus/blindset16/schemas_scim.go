package blindset16

import (
	"fmt"
	"strings"
)

const (
	scimUser       = "urn:ietf:params:scim:schemas:core:2.0:User"
	scimEnterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
	scimMusician   = "urn:example:params:scim:schemas:extension:orchestra:1.0:Musician"
)

// orchestraScim: a symphony orchestra provisions its players and staff from
// its identity provider into a rostering app over SCIM 2.0; the connector's
// debug dump keeps one page of GET /Users, the last bulk request and its
// response. The orchestra's own extension carries instrument, chair and an
// occupational-health block (audiogram, tinnitus, adjustments).
func orchestraScim(r *rng) any {
	orgs := []struct{ name, slug string }{{"Severn Sinfonia", "severnsinfonia"}, {"Cambrian Philharmonic", "cambrianphil"}, {"Taff Chamber Orchestra", "taffchamber"}, {"Northern Lights Symphony", "nlsymphony"}}
	org := orgs[r.IntN(len(orgs))]
	base := "https://api.rosterly.example/scim/v2"
	t0 := r.when()

	instruments := []struct{ section, inst string }{{"Strings", "Violin I"}, {"Strings", "Violin II"}, {"Strings", "Viola"}, {"Strings", "Cello"}, {"Strings", "Double Bass"}, {"Woodwind", "Oboe"}, {"Woodwind", "Clarinet"}, {"Brass", "Trumpet"}, {"Brass", "Horn"}, {"Brass", "Trombone"}, {"Percussion", "Timpani"}}

	user := func(withPassword bool) (obj, person) {
		m := r.briton()
		id := r.uuid()
		uname := strings.ToLower(m.first[:1] + ascii(m.last))
		addr := r.ukAddress()
		in := instruments[r.IntN(len(instruments))]
		prefix := map[bool]string{true: r.pick("Ms", "Mrs", "Miss"), false: "Mr"}[m.female]
		if r.chance(0.1) {
			prefix = "Mx"
		}
		u := obj{
			{"schemas", stringsOf(plain, scimUser, scimEnterprise, scimMusician)},
			{"id", decoy(id)},
			{"externalId", decoy(fmt.Sprintf("00u%s", r.alnum(17)))},
			{"userName", cont(uname + "@" + org.slug + ".example")},
			{"name", obj{
				{"formatted", cont(prefix + " " + m.full())},
				{"familyName", cont(m.last)},
				{"givenName", cont(m.first)},
				{"honorificPrefix", sexOf(prefix)},
			}},
			{"displayName", cont(m.full())},
			{"nickName", cont(r.pick(m.first, string([]rune(m.first)[:3]), uname))},
			{"profileUrl", cont(fmt.Sprintf("https://intranet.%s.example/people/%s", org.slug, uname))},
			{"title", plain(r.pick("Principal ", "Sub-principal ", "Tutti ", "Co-principal ") + in.inst)},
			{"userType", plain(r.pick("Employee", "Freelancer", "Employee"))},
			{"preferredLanguage", plain(r.pick("en-GB", "cy-GB"))},
			{"locale", plain("en-GB")},
			{"timezone", plain("Europe/London")},
			{"active", plain(true)},
		}
		if withPassword {
			u = append(u, field{"password", cred(r.password())})
		}
		u = append(u,
			field{"emails", arr{
				obj{{"value", cont(uname + "@" + org.slug + ".example")}, {"type", plain("work")}, {"primary", plain(true)}},
				obj{{"value", cont(r.email(m.first, m.last))}, {"type", plain("home")}, {"primary", plain(false)}},
			}},
			field{"phoneNumbers", arr{obj{{"value", cont(r.ukMobileIntl())}, {"type", plain("mobile")}}}},
			field{"addresses", arr{obj{
				{"type", plain("home")},
				{"formatted", cont(addr.oneLine())},
				{"streetAddress", cont(addr.street)},
				{"locality", cont(addr.town)},
				{"postalCode", cont(addr.postcode)},
				{"country", decoy("GB")},
				{"primary", plain(true)},
			}}},
			field{"photos", arr{obj{{"value", cont(fmt.Sprintf("https://intranet.%s.example/photos/%s.jpg", org.slug, r.hex(16)))}, {"type", plain("photo")}}}},
			field{"groups", arr{obj{{"value", decoy(r.uuid())}, {"$ref", plain(base + "/Groups/" + r.uuid())}, {"display", plain(in.section + " – " + in.inst)}}}},
			field{"entitlements", arr{obj{{"value", plain(r.pick("roster-view", "roster-edit", "payroll-view"))}}}},
		)
		if r.chance(0.3) {
			u = append(u, field{"x509Certificates", arr{obj{{"value", decoy(r.certBody())}}}})
		}
		mgr := r.briton()
		u = append(u, field{scimEnterprise, obj{
			{"employeeNumber", decoy(fmt.Sprintf("%04d", r.in(1, 999)))},
			{"costCenter", plain(strings.ToUpper(in.section[:3]) + "-0" + fmt.Sprint(r.in(1, 4)))},
			{"organization", plain(org.name)},
			{"division", plain(in.section)},
			{"department", plain(in.inst)},
			{"manager", obj{{"value", decoy(r.uuid())}, {"$ref", plain(base + "/Users/" + r.uuid())}, {"displayName", cont(mgr.full())}}},
		}})

		thr := obj{}
		for _, f := range []string{"500", "1000", "2000", "4000", "6000"} {
			thr = append(thr, field{f, hlth(r.in(0, 45))})
		}
		oh := obj{
			{"audiogramDate", plain(day(after(t0, -r.in(10000, 300000))))},
			{"hearingThresholdsDbHL", thr},
			{"noiseInducedHearingLoss", hlth(r.chance(0.3))},
			{"tinnitus", hlth(r.chance(0.35))},
			{"hearingProtection", hlth(r.pick("custom ER15 musician's plugs", "custom ER25 plugs", "foam plugs", "none"))},
		}
		if r.chance(0.6) {
			oh = append(oh, field{"reasonableAdjustments", hlth(r.pick(
				"Seated for standing calls – lumbar disc prolapse (M51.2)",
				"Riser screen behind brass; hyperacusis",
				"No more than 3 hours playing per day during right wrist tendinopathy rehab",
				"Focal dystonia of left hand – reduced rota until review",
				"Type 1 diabetes – needs breaks to check glucose"))})
		}
		if r.chance(0.4) {
			oh = append(oh, field{"occupationalHealthNurse", cont(r.briton().full())})
		}
		ec := r.briton()
		mus := obj{
			{"instrument", plain(in.inst)},
			{"section", plain(in.section)},
			{"chair", plain(fmt.Sprintf("desk %d, %s", r.in(1, 8), r.pick("inside", "outside")))},
			{"occupationalHealth", clinical(oh)},
		}
		if r.chance(0.5) {
			mus = append(mus, field{"dietary", hlth(r.pick("coeliac", "nut allergy (anaphylaxis)", "lactose intolerant", "shellfish allergy"))})
		}
		if r.chance(0.5) {
			mus = append(mus, field{"notes", r.pickLeaf(
				func() leaf {
					return prose(p("Prefers not to sit in front of the brass – "), p("hyperacusis flare-ups since last season", healthC), p("."))
				},
				func() leaf {
					return prose(p("Covering for "), p(r.briton().first, contactC), p(" on the Bristol tour; "), p("bring spare hearing-aid batteries", healthC), p("."))
				},
				func() leaf { return prose(p("Own instrument insured privately; locker 14.")) },
			)})
		}
		mus = append(mus,
			field{"emergencyContact", obj{{"name", cont(ec.full())}, {"phone", cont(r.ukMobile())}, {"relationship", plain(r.pick("partner", "mother", "husband", "wife", "friend"))}}},
			field{"rosterlyPin", cred(r.digits(4))},
			field{"pushDevices", arr{obj{
				{"platform", plain(r.pick("ios", "android"))},
				{"model", dev(r.pick("iPhone 14", "iPhone 13 mini", "Pixel 8", "Galaxy S23", "iPhone 15 Pro"))},
				{"osVersion", dev(r.pick("17.4.1", "17.5", "14", "13", "16.7.8"))},
				{"appVersion", dev(fmt.Sprintf("5.%d.%d", r.in(0, 20), r.in(0, 9)))},
				{"token", cred(r.apns())},
			}}},
		)
		u = append(u, field{scimMusician, mus})
		u = append(u, field{"meta", obj{
			{"resourceType", plain("User")},
			{"created", plain(iso(after(t0, -r.in(10000, 500000))))},
			{"lastModified", plain(iso(after(t0, -r.in(10, 9000))))},
			{"location", plain(base + "/Users/" + id)},
			{"version", decoy(`W/"` + r.hex(16) + `"`)},
		}})
		return u, m
	}

	var resources arr
	n := r.in(1, 3)
	for i := 0; i < n; i++ {
		u, _ := user(false)
		resources = append(resources, u)
	}
	list := obj{
		{"schemas", arr{plain("urn:ietf:params:scim:api:messages:2.0:ListResponse")}},
		{"totalResults", plain(r.in(60, 140))},
		{"itemsPerPage", plain(n)},
		{"startIndex", plain(r.in(1, 50))},
		{"Resources", resources},
	}

	newUser, nm := user(true)
	patchTarget := r.uuid()
	ops := arr{
		obj{{"method", plain("POST")}, {"path", plain("/Users")}, {"bulkId", plain("u" + r.digits(3))}, {"data", newUser}},
		obj{{"method", plain("PATCH")}, {"path", plain("/Users/" + patchTarget)}, {"version", decoy(`W/"` + r.hex(16) + `"`)}, {"data", obj{
			{"schemas", arr{plain("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
			{"Operations", arr{
				obj{{"op", plain("replace")}, {"path", plain(`phoneNumbers[type eq "mobile"].value`)}, {"value", cont(r.ukMobileIntl())}},
				obj{{"op", plain("add")}, {"path", plain(scimMusician + ":occupationalHealth.tinnitus")}, {"value", hlth(true).clin()}},
				obj{{"op", plain("replace")}, {"path", plain("active")}, {"value", plain(r.chance(0.8))}},
			}},
		}}},
	}
	if r.chance(0.5) {
		ops = append(ops, obj{{"method", plain("DELETE")}, {"path", plain("/Users/" + r.uuid())}})
	}
	bulk := obj{
		{"schemas", arr{plain("urn:ietf:params:scim:api:messages:2.0:BulkRequest")}},
		{"failOnErrors", plain(1)},
		{"Operations", ops},
	}
	resp := obj{
		{"schemas", arr{plain("urn:ietf:params:scim:api:messages:2.0:BulkResponse")}},
		{"Operations", arr{
			obj{{"method", plain("POST")}, {"bulkId", plain("u" + r.digits(3))}, {"location", plain(base + "/Users/" + r.uuid())}, {"status", plain("201")}},
			obj{{"method", plain("PATCH")}, {"location", plain(base + "/Users/" + patchTarget)}, {"status", plain(r.pick("200", "412"))},
				{"response", obj{{"schemas", arr{plain("urn:ietf:params:scim:api:messages:2.0:Error")}}, {"detail", prose(p(r.pick("Version mismatch for ", "Precondition failed for ")), p(nm.full(), contactC), p("; retry with the current ETag"))}, {"status", plain("412")}}}},
		}},
	}

	return obj{
		{"run", obj{
			{"id", decoy(r.uuid())},
			{"connector", plain("Okta → Rosterly (" + org.name + ")")},
			{"started", plain(iso(t0))},
			{"base_url", plain(base)},
			{"authorization", cred("Bearer " + r.alnum(48))},
			{"dry_run", plain(false)},
			{"connector_version", decoy(r.semver())},
		}},
		{fmt.Sprintf("GET /Users?startIndex=1&count=%d", n), list},
		{"POST /Bulk", bulk},
		{"POST /Bulk response", resp},
	}
}
