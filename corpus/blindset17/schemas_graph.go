package blindset17

import (
	"fmt"
	"strings"
)

// counsellingGraph: a small counselling and psychotherapy service's
// Microsoft 365 tenant was read by a "backup" script with an app
// registration; its debug output holds the client-credentials request
// (client id and secret), the token response and one JSON $batch response
// of the Graph API: users (names, phones, UPN, address, sAMAccountName,
// password-policy look-alikes), Intune managed devices (name, model,
// serial, IMEI, OS version, Wi-Fi MAC, last sync), a counsellor's
// calendar view (opaque event ids, subjects and previews naming clients
// and what they are seen for, attendees, Teams join links) and the
// authentication methods of one user, then a 403 error item.
func counsellingGraph(r *rng) any {
	t0 := r.when()
	tenantDom := r.pick("mindfulpath", "harbourcounselling", "talkwell", "clearwatertherapy") + ".example"
	tenantID := r.uuid()
	staff := []person{r.english(), r.english()}
	if r.chance(0.5) {
		staff = append(staff, r.english())
	}
	upn := func(pp person) string { return ascii(pp.first) + "." + ascii(pp.last) + "@" + tenantDom }

	var users arr
	for i, s := range staff {
		addr := r.ukAddress()
		mobile := leaf(plain(nil))
		if r.chance(0.7) {
			mobile = cont(r.ukMobileIntl())
		}
		users = append(users, obj{
			{"id", plain(r.uuid())},
			{"businessPhones", arr{cont(fmt.Sprintf("+44 20 7946 0%03d", r.in(0, 999)))}},
			{"displayName", cont(s.full())},
			{"givenName", cont(s.first)},
			{"surname", cont(s.last)},
			{"jobTitle", plain([]string{"Clinical Lead", "Counsellor", "Practice Administrator"}[i])},
			{"mail", cont(upn(s))},
			{"mobilePhone", mobile},
			{"officeLocation", plain(r.pick("Room 1", "Room 2", "Remote"))},
			{"preferredLanguage", plain("en-GB")},
			{"userPrincipalName", cont(upn(s))},
			{"streetAddress", cont(addr.street)},
			{"city", cont(addr.town)},
			{"postalCode", cont(addr.postcode)},
			{"state", cont(addr.region)},
			{"country", decoy("United Kingdom")},
			{"onPremisesSamAccountName", cont(strings.ToLower(s.first[:1] + ascii(s.last)))},
			{"accountEnabled", plain(true)},
			{"passwordPolicies", decoy("DisablePasswordExpiration")},
			{"passwordProfile", nullDecoy()},
			{"onPremisesImmutableId", decoy(r.b64(16))},
			{"lastPasswordChangeDateTime", decoy(iso(after(t0, -r.in(2000, 300000))))},
			{"signInActivity", obj{{"lastSignInDateTime", plain(iso(after(t0, -r.in(5, 9000))))}, {"lastSignInRequestId", decoy(r.uuid())}}},
		})
	}

	var devices arr
	for i, s := range staff {
		phone := r.chance(0.5)
		d := obj{
			{"id", plain(r.uuid())},
			{"userId", plain(r.uuid())},
		}
		if phone {
			model := r.pick("iPhone 13", "iPhone 14", "iPhone SE (3rd generation)")
			d = append(d,
				field{"deviceName", dev(s.first + "'s " + model)},
				field{"operatingSystem", dev("iOS")},
				field{"osVersion", dev(fmt.Sprintf("17.%d.%d", r.in(0, 5), r.in(0, 2)))},
				field{"model", dev(model)},
				field{"manufacturer", dev("Apple")},
				field{"serialNumber", dev(r.from(upperNum, 10))},
				field{"imei", dev(r.imei())},
				field{"phoneNumber", cont(r.ukMobileIntl())},
				field{"subscriberCarrier", plain(r.pick("EE", "Vodafone UK", "O2 - UK", "Three"))},
			)
		} else {
			model := r.pick("Surface Laptop 5", "Latitude 7440", "ThinkPad T14 Gen 4", "HP EliteBook 840 G10")
			d = append(d,
				field{"deviceName", dev(fmt.Sprintf("%s-%s", strings.ToUpper(tenantDom[:3]), r.from(upperNum, 7)))},
				field{"operatingSystem", dev("Windows")},
				field{"osVersion", dev(fmt.Sprintf("10.0.22631.%d", r.in(2000, 3800)))},
				field{"model", dev(model)},
				field{"manufacturer", dev(map[bool]string{true: "Microsoft Corporation", false: r.pick("Dell Inc.", "LENOVO", "HP")}[strings.HasPrefix(model, "Surface")])},
				field{"serialNumber", dev(r.from(upperNum, 10))},
				field{"imei", plain("")},
				field{"phoneNumber", plain("")},
				field{"subscriberCarrier", plain("")},
			)
		}
		d = append(d,
			field{"managedDeviceOwnerType", plain("company")},
			field{"enrolledDateTime", plain(iso(after(t0, -r.in(20000, 400000))))},
			field{"lastSyncDateTime", dev(iso(after(t0, -r.in(5, 5000))))},
			field{"complianceState", plain(r.pick("compliant", "noncompliant", "inGracePeriod"))},
			field{"wiFiMacAddress", macAddr(r.mac("", false))},
			field{"userPrincipalName", cont(upn(s))},
			field{"emailAddress", cont(upn(s))},
			field{"userDisplayName", cont(s.full())},
			field{"azureADDeviceId", dev(r.uuid())},
			field{"isEncrypted", decoy(true)},
			field{"jailBroken", decoy(map[bool]string{true: "False", false: "Unknown"}[phone])},
			field{"totalStorageSpaceInBytes", plain(int64(r.pick3(64, 128, 256)) * 1073741824)},
		)
		devices = append(devices, d)
		if i == 1 {
			break
		}
	}

	counsellor := staff[1]
	var events arr
	for i := 0; i < r.in(2, 3); i++ {
		client := r.english()
		start := after(t0, 60*r.in(1, 200))
		var subject, preview leaf
		online := r.chance(0.6)
		attendee := obj{}
		cat := "Admin"
		switch r.IntN(3) {
		case 0:
			cat = "Client"
			subject = prose(p("Session – "), p(client.first+" "+client.last[:1]+".", contactC), p(" ("), p(r.pick("panic attacks", "bereavement", "postnatal depression", "OCD, ERP wk 3", "eating disorder recovery", "PTSD, EMDR"), healthC), p(")"))
			preview = prose(p(r.pick("Client reports sleeping better, PHQ-9 down to 11.", "GAD-7 16 today, discussed sertraline with GP.", "Self-harm risk reviewed, safety plan updated."), healthC), p(" Emergency contact "), p(r.english().first, contactC), p(" "), p(r.ukMobile(), contactC), p("."))
			attendee = obj{{"type", plain("required")}, {"status", obj{{"response", plain("none")}, {"time", plain("0001-01-01T00:00:00Z")}}}, {"emailAddress", obj{{"name", cont(client.full())}, {"address", cont(r.email(client.first, client.last))}}}}
		case 1:
			cat = "Supervision"
			sup := r.english()
			subject = prose(p("Clinical supervision with "), p("Dr "+sup.last, contactC))
			preview = prose(p("Bring two case summaries, anonymised."))
			attendee = obj{{"type", plain("required")}, {"status", obj{{"response", plain("accepted")}, {"time", plain(iso(after(t0, -r.in(60, 9000))))}}}, {"emailAddress", obj{{"name", cont("Dr " + sup.full())}, {"address", cont(r.email(sup.first, sup.last))}}}}
		default:
			subject = prose(p("Team meeting"))
			preview = prose(p("Rota, room bookings and the new intake form."))
			attendee = obj{{"type", plain("required")}, {"status", obj{{"response", plain("accepted")}, {"time", plain(iso(after(t0, -r.in(60, 9000))))}}}, {"emailAddress", obj{{"name", cont(staff[0].full())}, {"address", cont(upn(staff[0]))}}}}
		}
		ev := obj{
			{"@odata.etag", decoy("W/\"" + r.b64(24) + "\"")},
			{"id", decoy("AAMkA" + r.b64url(105))},
			{"changeKey", decoy(r.b64(24))},
			{"subject", subject},
			{"bodyPreview", preview},
			{"importance", plain("normal")},
			{"sensitivity", plain(r.pick("private", "normal"))},
			{"isOnlineMeeting", plain(online)},
			{"start", obj{{"dateTime", plain(start.Format("2006-01-02T15:04:05.0000000"))}, {"timeZone", plain("GMT Standard Time")}}},
			{"end", obj{{"dateTime", plain(after(start, 50).Format("2006-01-02T15:04:05.0000000"))}, {"timeZone", plain("GMT Standard Time")}}},
			{"location", obj{{"displayName", plain(map[bool]string{true: "Microsoft Teams Meeting", false: r.pick("Room 1", "Room 2")}[online])}}},
			{"attendees", arr{attendee}},
			{"organizer", obj{{"emailAddress", obj{{"name", cont(counsellor.full())}, {"address", cont(upn(counsellor))}}}}},
		}
		if online {
			ev = append(ev, field{"onlineMeeting", obj{{"joinUrl", cred(fmt.Sprintf(
				"https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d",
				r.b64url(45), tenantID, r.uuid()))}}})
		} else {
			ev = append(ev, field{"onlineMeeting", plain(nil)})
		}
		ev = append(ev, field{"categories", arr{plain(cat)}})
		events = append(events, ev)
	}

	who := staff[0]
	methods := arr{
		obj{{"@odata.type", plain("#microsoft.graph.phoneAuthenticationMethod")}, {"id", plain(r.uuid())}, {"phoneNumber", cont(r.ukMobileIntl())}, {"phoneType", plain("mobile")}, {"smsSignInState", plain("notSupported")}},
		obj{{"@odata.type", plain("#microsoft.graph.microsoftAuthenticatorAuthenticationMethod")}, {"id", plain(r.uuid())}, {"displayName", dev(r.pick("iPhone 14", "Pixel 7", "SM-S911B", who.first+"'s iPhone"))}, {"deviceTag", plain("SoftwareTokenActivated")}, {"phoneAppVersion", dev(fmt.Sprintf("6.%d.%d", r.in(6, 8), r.in(0, 30)))}},
		obj{{"@odata.type", plain("#microsoft.graph.passwordAuthenticationMethod")}, {"id", plain("28c10230-6103-485e-b985-444c60001490")}, {"password", nullDecoy()}, {"createdDateTime", plain(iso(after(t0, -r.in(2000, 300000))))}},
	}

	ctx := "https://graph.microsoft.com/v1.0/$metadata#"
	hdr := func() obj {
		return obj{{"OData-Version", plain("4.0")}, {"Content-Type", plain("application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8")}}
	}
	return obj{
		{"token_request", obj{
			{"endpoint", plain("https://login.microsoftonline.com/" + tenantID + "/oauth2/v2.0/token")},
			{"client_id", decoy(r.uuid())},
			{"client_secret", cred(r.alnum(3) + "8Q~" + r.from(alnum+"~._-", 37))},
			{"scope", plain("https://graph.microsoft.com/.default")},
			{"grant_type", plain("client_credentials")},
		}},
		{"token_response", obj{
			{"token_type", decoy("Bearer")},
			{"expires_in", plain(3599)},
			{"ext_expires_in", plain(3599)},
			{"access_token", cred(r.jwt("https://sts.windows.net/" + tenantID + "/"))},
		}},
		{"batch", obj{{"responses", arr{
			obj{{"id", plain("1")}, {"status", plain(200)}, {"headers", hdr()}, {"body", obj{
				{"@odata.context", plain(ctx + "users(id,displayName,mail,mobilePhone,streetAddress,city,postalCode,signInActivity)")},
				{"value", users},
			}}},
			obj{{"id", plain("2")}, {"status", plain(200)}, {"headers", hdr()}, {"body", obj{
				{"@odata.context", plain(ctx + "deviceManagement/managedDevices")},
				{"@odata.count", plain(len(devices))},
				{"value", devices},
			}}},
			obj{{"id", plain("3")}, {"status", plain(200)}, {"headers", hdr()}, {"body", obj{
				{"@odata.context", plain(ctx + "users('" + upn(counsellor) + "')/calendarView")},
				{"@odata.nextLink", decoy("https://graph.microsoft.com/v1.0/users/" + r.uuid() + "/calendarView?$skiptoken=" + r.b64url(60))},
				{"value", events},
			}}},
			obj{{"id", plain("4")}, {"status", plain(200)}, {"headers", hdr()}, {"body", obj{
				{"@odata.context", plain(ctx + "users('" + r.uuid() + "')/authentication/methods")},
				{"value", methods},
			}}},
			obj{{"id", plain("5")}, {"status", plain(403)}, {"headers", obj{{"Content-Type", plain("application/json")}}}, {"body", obj{{"error", obj{
				{"code", plain("Authorization_RequestDenied")},
				{"message", plain("Insufficient privileges to complete the operation.")},
				{"innerError", obj{{"date", plain(iso(t0))}, {"request-id", decoy(r.uuid())}, {"client-request-id", decoy(r.uuid())}}},
			}}}}},
		}}}},
	}
}
