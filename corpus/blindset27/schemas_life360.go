package blindset27

import "fmt"

// familyLife360: a father's Home Assistant debug capture of the Life360
// integration, pasted into a forum thread and scraped: the integration's
// versions, the account login and bearer header, the token answer,
// users/me with settings, circles with the subscription, circle members
// (names, login e-mail and phone, avatar, PIN, communications, the
// location block with street address, battery, Wi-Fi and driving state,
// features and issues), places (one may name a clinic), Tile trackers
// with names, models, firmware and auth keys, emergency contacts, and the
// circle's chat messages.
func familyLife360(r *rng) any {
	t := r.when()
	dad := r.american()
	home := r.usAddress()
	fam := []person{dad}
	n := r.in(2, 4)
	for i := 0; i < n; i++ {
		p := r.american()
		p.last = dad.last
		fam = append(fam, p)
	}
	circleID := r.uuid()
	ids := make([]string, len(fam))
	for i := range ids {
		ids[i] = r.uuid()
	}
	comms := func(p person) arr {
		c := arr{obj{{"channel", plain("Voice")}, {"value", cont(r.usE164())}, {"type", plain(r.pick("Home", "Mobile"))}}}
		if r.chance(0.7) {
			c = append(c, obj{{"channel", plain("Email")}, {"value", cont(r.email(p))}, {"type", null()}})
		}
		return c
	}
	avatar := func() leaf {
		if r.chance(0.4) {
			return null()
		}
		return cont(fmt.Sprintf("https://cdn.life360.com/avatar/%s.jpg", r.uuid()))
	}

	members := arr{}
	for i, p := range fam {
		var loc obj
		switch r.IntN(3) {
		case 0:
			loc = obj{{"name", plain("Home")}, {"address1", cont(home.street)}, {"address2", cont(home.town + ", " + home.region)}, {"shortAddress", cont(home.street)}}
		case 1:
			a := r.usAddress()
			loc = obj{{"name", null()}, {"address1", cont(a.street)}, {"address2", cont(a.town + ", " + a.region)}, {"shortAddress", cont(a.street)}}
		default:
			loc = obj{{"name", plain(r.pick("Lincoln High School", "Work", "Costco", "Soccer fields"))}, {"address1", null()}, {"address2", null()}, {"shortAddress", null()}}
		}
		loc = append(loc,
			field{"accuracy", plain(fmt.Sprint(r.in(5, 65)))},
			field{"startTimestamp", plain(unix(after(t, -r.in(10, 600))))},
			field{"endTimestamp", plain(fmt.Sprint(unix(after(t, -r.in(0, 9)))))},
			field{"since", plain(unix(after(t, -r.in(10, 600))))},
			field{"timestamp", plain(fmt.Sprint(unix(after(t, -r.in(0, 9)))))},
			field{"inTransit", plain("0")},
			field{"battery", plain(fmt.Sprint(r.in(4, 100)))},
			field{"charge", plain(r.pick("0", "1"))},
			field{"wifiState", plain(r.pick("0", "1"))},
			field{"speed", plain(-1)},
			field{"isDriving", plain(r.pick("0", "0", "1"))},
			field{"userActivity", plain(r.pick("unknown", "os_walking", "os_automotive"))},
		)
		pin := null()
		if r.chance(0.3) {
			pin = cred(r.pin(4))
		}
		members = append(members, obj{
			{"features", obj{{"device", plain("1")}, {"smartphone", plain("1")}, {"nonSmartphoneLocating", plain("0")}, {"geofencing", plain("1")}, {"shareLocation", plain(r.pick("1", "1", "0"))}, {"shareOffTimestamp", null()}, {"disconnected", plain("0")}, {"pendingInvite", plain("0")}, {"mapDisplay", plain("1")}}},
			{"issues", obj{{"disconnected", plain("0")}, {"type", null()}, {"status", null()}, {"title", null()}, {"troubleshooting", plain("0")}}},
			{"location", loc},
			{"communications", comms(p)},
			{"medical", nullDecoy()},
			{"relation", null()},
			{"createdAt", plain(fmt.Sprint(unix(after(t, -r.in(90000, 900000)))))},
			{"activity", null()},
			{"id", plain(ids[i])},
			{"firstName", cont(p.first)},
			{"lastName", cont(p.last)},
			{"isAdmin", plain(map[bool]string{true: "1", false: "0"}[i == 0])},
			{"avatar", avatar()},
			{"pinNumber", pin},
			{"loginEmail", cont(r.email(p))},
			{"loginPhone", cont(r.usE164())},
		})
	}

	me := obj{
		{"id", plain(ids[0])},
		{"firstName", cont(dad.first)},
		{"lastName", cont(dad.last)},
		{"loginEmail", cont(r.email(dad))},
		{"loginPhone", cont(r.usE164())},
		{"avatar", avatar()},
		{"locale", plain("en_US")},
		{"language", plain("en")},
		{"created", plain(iso(after(t, -r.in(90000, 900000))))},
		{"communications", comms(dad)},
		{"settings", obj{
			{"map", obj{{"police", plain("1")}, {"fire", plain("1")}, {"hospital", plain("1")}, {"sexOffenders", plain("1")}, {"crime", plain("1")}, {"crimeDuration", plain("a")}, {"family", plain("1")}, {"advisor", plain("1")}, {"placeRadius", plain("1")}, {"memberRadius", plain("1")}}},
			{"alerts", obj{{"crime", plain("1")}, {"sound", plain("1")}}},
			{"zendrive", obj{{"sdk_enabled", plain("OFF")}}},
			{"unitOfMeasure", plain("i")},
			{"dateFormat", plain("mdy12")},
			{"timeZone", plain("America/Los_Angeles")},
		}},
	}

	circleName := r.pick("Family", "The "+dad.last+"s", dad.last+" Crew", "Home")
	nameLeaf := plain(circleName)
	if circleName != "Family" && circleName != "Home" {
		nameLeaf = cont(circleName)
	}
	circles := obj{{"circles", arr{obj{
		{"id", plain(circleID)},
		{"name", nameLeaf},
		{"color", plain("f0ab00")},
		{"type", plain("basic")},
		{"createdAt", plain(fmt.Sprint(unix(after(t, -r.in(90000, 900000)))))},
		{"memberCount", plain(fmt.Sprint(len(fam)))},
		{"unreadMessages", plain(fmt.Sprint(r.in(0, 12)))},
		{"unreadNotifications", plain("0")},
		{"features", obj{{"ownerId", plain(ids[0])}, {"premium", plain("1")}, {"locationUpdatesLeft", plain(0)}, {"priceMonth", plain("14.99")}, {"priceYear", plain("149.99")}, {"skuId", decoy(r.pick("gold", "platinum", "silver"))}, {"skuTier", plain("gold")}}},
	}}}}

	grandpa := r.american()
	clinic := r.pick("Grandpa's dialysis", "Mom's chemo", "PT for Dad's shoulder", "Kayla's therapist", "Allergy shots")
	places := arr{
		obj{{"id", plain(r.uuid())}, {"ownerId", plain(ids[0])}, {"circleId", plain(circleID)}, {"name", plain("Home")}, {"radius", plain("152.4")}, {"type", null()}, {"typeLabel", null()}},
		obj{{"id", plain(r.uuid())}, {"ownerId", plain(ids[r.IntN(len(ids))])}, {"circleId", plain(circleID)}, {"name", hlth(clinic)}, {"radius", plain("91.44")}, {"type", null()}, {"typeLabel", null()}},
	}
	if r.chance(0.5) {
		places = append(places, obj{{"id", plain(r.uuid())}, {"ownerId", plain(ids[0])}, {"circleId", plain(circleID)}, {"name", plain(r.pick("School", "Work", "Grandma's"))}, {"radius", plain("152.4")}, {"type", null()}, {"typeLabel", null()}})
	}

	tiles := arr{}
	for _, nm := range r.pickSome(r.in(1, 3), "Keys", dad.first+"'s wallet", "Backpack", "Car keys", "Grandpa's cane", "Suitcase") {
		fw := fmt.Sprintf("%02d.%02d.%02d.%d", r.in(20, 30), r.in(0, 9), r.in(0, 9), r.in(0, 9))
		tiles = append(tiles, obj{
			{"id", dev(r.hex(16))},
			{"provider", plain("tile")},
			{"type", dev("tracker")},
			{"name", dev(nm)},
			{"ownerId", plain(ids[r.IntN(len(ids))])},
			{"category", plain(r.pick("KEYS", "WALLET", "BAG", "OTHER"))},
			{"hardwareModel", dev(r.pick("Tile Mate (2022)", "Tile Pro (2022)", "Tile Slim", "Tile Sticker"))},
			{"firmwareVersion", fwOf(fw)},
			{"authKey", cred(r.b64(16))},
			{"isLost", plain(false)},
			{"activationTimestamp", plain(unix(after(t, -r.in(9000, 900000))))},
		})
	}

	ec := r.american()
	emergency := arr{obj{
		{"id", plain(r.uuid())},
		{"firstName", cont(ec.first)},
		{"lastName", cont(ec.last)},
		{"phoneNumbers", arr{obj{{"number", cont(r.usLocal())}, {"type", plain("mobile")}}}},
		{"emailAddresses", arr{obj{{"email", cont(r.email(ec))}}}},
		{"avatar", null()},
		{"accepted", plain(true)},
	}}

	kid := fam[1+r.IntN(len(fam)-1)]
	texts := []leaf{
		prose(p(r.pick("Can someone get ", "Who's picking up ")), p(grandpa.first, contactC), p(" from "), p(r.pick("dialysis at 3?", "his cardiology appt at 2?", "the infusion center?"), healthC)),
		prose(p("Did you take your "), p(r.pick("Adderall", "inhaler", "insulin", "Zoloft"), healthC), p(" "), p(kid.first, contactC), p("?")),
		prose(p(r.pick("ok", "omw", "Running late, 10 min", "Love you"))),
	}
	if r.chance(0.5) {
		texts = append(texts, prose(p("Lake house wifi is "), p(r.ssid(dad.last), netC), p(" pw "), p(r.psk(), credC)))
	} else {
		texts = append(texts, prose(p("My new number is "), p(r.usDash(), contactC)))
	}
	msgs := arr{}
	for _, tx := range texts[:r.in(2, len(texts))] {
		s := fam[r.IntN(len(fam))]
		msgs = append(msgs, obj{{"id", plain(r.uuid())}, {"userId", plain(ids[0])}, {"circleId", plain(circleID)}, {"type", plain("message")}, {"text", tx}, {"timestamp", plain(unix(after(t, -r.in(10, 9000))))}, {"sender", obj{{"firstName", cont(s.first)}}}})
	}

	return obj{
		{"integration", obj{{"domain", plain("life360")}, {"homeassistant", decoy(fmt.Sprintf("2025.%d.%d", r.in(1, 9), r.in(0, 5)))}, {"component_version", decoy(r.semver())}, {"scan_interval", plain(10)}}},
		{"account", obj{{"username", cont(r.email(dad))}, {"password", cred(r.password())}, {"authorization", cred("Bearer " + r.b64(48))}}},
		{"token", obj{{"access_token", cred(r.b64(48))}, {"token_type", decoy("Bearer")}, {"onboarding", plain(0)}, {"expires_in", plain(r.in(100000, 900000))}}},
		{"v3/users/me", me},
		{"v4/circles", circles},
		{"v3/circles/" + circleID + "/members", obj{{"members", members}}},
		{"v3/circles/" + circleID + "/places", obj{{"places", places}}},
		{"v6/devices", obj{{"items", tiles}}},
		{"v3/circles/" + circleID + "/emergencyContacts", obj{{"emergencyContacts", emergency}}},
		{"v3/circles/" + circleID + "/messages", obj{{"messages", msgs}}},
	}
}
