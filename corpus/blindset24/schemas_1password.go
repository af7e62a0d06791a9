package blindset24

import "fmt"

// family1Password: a family's 1Password 1PUX export (export.attributes and
// export.data of the zip): the account, a shared vault with logins (login
// fields, sections, password history, TOTP), a wireless router, an
// identity, a medical record, an SSH key, a server and a secure note.
// Section fields are {title, value} rows.
func family1Password(r *rng) any {
	t := r.when()
	me := r.english()
	spouse := r.english()
	spouse.last = me.last
	home := r.lan()
	addr := r.usAddress()
	ts := func(min int) leaf { return plain(unix(after(t, min))) }

	fld := func(title, id string, kind string, v any) obj {
		return obj{
			{"title", plain(title).obf()},
			{"id", plain(id)},
			{"value", obj{{kind, obfuscated(v)}}},
			{"guarded", decoy(kind == "concealed")},
		}
	}
	overview := func(title string, sub leaf, url leaf, tags ...string) obj {
		tg := arr{}
		for _, x := range tags {
			tg = append(tg, plain(x))
		}
		o := obj{
			{"subtitle", sub},
			{"title", plain(title)},
			{"url", url},
			{"ps", decoy(r.in(20, 100))},
			{"pbe", decoy(r.f1(28, 120))},
			{"pgrng", decoy(r.chance(0.5))},
			{"tags", tg},
		}
		if url.val != "" {
			u := url
			o = append(o, field2("urls", arr{obj{{"label", plain("")}, {"url", u}}}))
		}
		return o
	}
	item := func(cat string, ov obj, details obj) obj {
		return obj{
			{"uuid", decoy(r.opUUID())},
			{"favIndex", plain(r.in(0, 1))},
			{"createdAt", ts(-r.in(100000, 900000))},
			{"updatedAt", ts(-r.in(10, 90000))},
			{"state", plain("active")},
			{"categoryUuid", plain(cat)},
			{"details", details},
			{"overview", ov},
		}
	}
	login := func(user leaf, pw string) arr {
		return arr{
			obj{{"value", user.obf()}, {"id", plain("")}, {"name", plain("username").obf()}, {"fieldType", plain("T")}, {"designation", plain("username")}},
			obj{{"value", cred(pw).obf()}, {"id", plain("")}, {"name", plain("password").obf()}, {"fieldType", plain("P")}, {"designation", decoy("password")}},
		}
	}
	history := func(k int) arr {
		out := arr{}
		for i := 0; i < k; i++ {
			out = append(out, obj{{"value", cred(r.password())}, {"time", ts(-r.in(100000, 900000))}})
		}
		return out
	}

	items := arr{}
	keep := map[string]bool{}
	for _, c := range r.pickSome(5, "001", "004", "113", "114", "110", "003") {
		keep[c] = true
	}
	keep["109"] = true
	add := func(o obj) {
		if keep[o[5].val.(leaf).val.(string)] {
			items = append(items, o)
		}
	}
	// A bank or health-portal login with a TOTP section.
	portal := r.pick("MyChart - Summit Health", "Chase", "Fidelity NetBenefits", "Kaiser Permanente", "Vanguard")
	host := map[string]string{"MyChart - Summit Health": "mychart.summithealth.example", "Chase": "secure.chase.example", "Fidelity NetBenefits": "nb.fidelity.example", "Kaiser Permanente": "healthy.kp.example", "Vanguard": "investor.vanguard.example"}[portal]
	user := r.email(me)
	add(item("001", overview(portal, cont(user), plain("https://"+host+"/login"), "finance"), obj{
		{"loginFields", login(cont(user), r.password())},
		{"notesPlain", plain("")},
		{"sections", arr{obj{
			{"title", plain("")},
			{"name", plain("add more")},
			{"fields", arr{
				fld("one-time password", "TOTP_"+r.HEX(8), "totp", cred(r.totpGrouped())),
				fld(r.pick("Mother's maiden name?", "Name of first pet?", "City where you met your spouse?"), r.HEX(8), "concealed", cred(r.pick("Kowalczyk", "Pickles", "Rapid City", "Whitaker", "Biscuit"))),
			}},
		}}},
		{"passwordHistory", history(r.in(0, 2))},
	}))

	// Wireless router (category 109).
	ssid := r.ssid(me.last)
	add(item("109", overview(r.pick("Home Wi-Fi", "Router", "Wi-Fi upstairs", "Internet"), netw(ssid), plain("")), obj{
		{"loginFields", arr{}},
		{"notesPlain", r.orNull(0.3, prose(p("Admin page at "), p("http://"+home.gw(), netC), p(", ISP account "), p(r.digits(9), contactC)))},
		{"sections", arr{obj{
			{"title", plain("")},
			{"name", plain("")},
			{"fields", arr{
				fld("base station name", "name", "string", dev(r.pick("Orbi RBR750", "Netgear Nighthawk RAX50", "TP-Link Deco X55", "eero Pro 6E"))),
				fld("base station password", "password", "concealed", cred(r.password())),
				fld("server / IP address", "server", "string", netw(home.gw())),
				fld("AirPort ID", "airport_id", "string", macAddr(r.mac(":", true))),
				fld("network name", "network_name", "string", netw(ssid)),
				fld("wireless security", "wireless_security", "menu", plain("wpa2p")),
				fld("wireless network password", "wireless_password", "concealed", cred(r.psk())),
			}},
		}}},
		{"passwordHistory", arr{}},
	}))

	// Identity (004).
	dob := r.birth(1958, 1992)
	sx := "female"
	if !me.female {
		sx = "male"
	}
	add(item("004", overview("Identity", cont(me.full()), plain("")), obj{
		{"loginFields", arr{}},
		{"notesPlain", plain("")},
		{"sections", arr{
			obj{{"title", plain("Identification")}, {"name", plain("name")}, {"fields", arr{
				fld("first name", "firstname", "string", cont(me.first)),
				fld("last name", "lastname", "string", cont(me.last)),
				fld("sex", "sex", "menu", sexOf(sx)),
				fld("birth date", "birthdate", "date", cont(unix(dob))),
				fld("occupation", "occupation", "string", plain(r.pick("Teacher", "Nurse", "Electrician", "Accountant"))),
			}}},
			obj{{"title", plain("Address")}, {"name", plain("address")}, {"fields", arr{
				fld("address", "address", "address", addressVal(addr)),
				fld("cell phone", "cellphone", "phone", cont(r.usLocal())),
				fld("email", "email", "email", cont(r.email(me))),
			}}},
			obj{{"title", plain("Internet Details")}, {"name", plain("internet")}, {"fields", arr{
				fld("username", "username", "string", cont(r.userName(me))),
				fld("reminder question", "reminderq", "string", plain("Street you grew up on?")),
				fld("reminder answer", "remindera", "string", cred(r.pick("Maple", "Juniper Ct", "Elm", "Gold Creek Rd"))),
			}}},
		}},
		{"passwordHistory", arr{}},
	}))

	// Medical record (113).
	rxs := [][4]string{{"Peanut allergy testing", "EpiPen 0.3mg", "0.3 mg auto-injector", "refill every 12 months"}, {"Atrial fibrillation follow-up", "Eliquis", "5 mg twice daily", "do not stop without calling"}, {"Sprained ankle", "Ibuprofen", "600 mg as needed", "take with food"}, {"Ear infection", "Amoxicillin", "500 mg three times daily x10 days", "finish the course"}, {"Migraine with aura", "Sumatriptan", "50 mg at onset", "max 2 doses a day"}}
	rx := rxs[r.IntN(len(rxs))]
	patient := r.pick(me.full(), spouse.full(), r.pick("Liam", "Ava", "Noah", "Isla")+" "+me.last)
	doc := r.english()
	add(item("113", overview(r.pick("Allergist visit", "Cardiology follow-up", "Urgent care", "Pediatrician"), plain(day(after(t, -r.in(1000, 90000)))), plain("")), obj{
		{"loginFields", arr{}},
		{"notesPlain", medNote(r)},
		{"sections", arr{
			obj{{"title", plain("")}, {"name", plain("")}, {"fields", arr{
				fld("date", "date", "date", plain(unix(after(t, -r.in(1000, 90000))))),
				fld("location", "location", "string", plain(r.pick("Summit Health Clinic", "Billings Clinic", "St. Peter's Urgent Care"))),
				fld("healthcare professional", "healthcareprofessional", "string", cont("Dr. "+doc.full())),
				fld("patient", "patient", "string", cont(patient)),
				fld("reason for visit", "reason", "string", hlth(rx[0])),
			}}},
			obj{{"title", plain("medication")}, {"name", plain("medication")}, {"fields", arr{
				fld("medication", "medication", "string", hlth(rx[1])),
				fld("dosage", "dosage", "string", hlth(rx[2])),
				fld("medication notes", "notes", "string", hlth(rx[3])),
			}}},
		}},
		{"passwordHistory", arr{}},
	}))

	// SSH key (114).
	add(item("114", overview("homelab NAS key", plain("ED25519"), plain("")), obj{
		{"loginFields", arr{}},
		{"notesPlain", plain("")},
		{"sections", arr{obj{{"title", plain("")}, {"name", plain("")}, {"fields", arr{
			obj{
				{"title", plain("private key").obf()},
				{"id", plain("private_key")},
				{"value", obj{{"sshKey", obj{
					{"privateKey", cred("-----BEGIN OPENSSH PRIVATE KEY-----\n" + r.b64(60) + "\n" + r.b64(60) + "\n-----END OPENSSH PRIVATE KEY-----\n").obf()},
					{"metadata", obj{
						{"publicKey", decoy("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + r.b64(32)[:43]).obf()},
						{"fingerprint", decoy("SHA256:" + r.b64(32)[:43]).obf()},
						{"keyType", plain("ed25519").obf()},
					}},
				}}}},
				{"guarded", decoy(true)},
			},
		}}}}},
		{"passwordHistory", arr{}},
	}))

	// Server (110).
	nas := home.host(r.in(2, 60))
	add(item("110", overview(r.pick("NAS", "Home server", "Media box"), netw(nas), netw("http://"+nas+":5000")), obj{
		{"loginFields", arr{}},
		{"notesPlain", plain("")},
		{"sections", arr{obj{{"title", plain("")}, {"name", plain("")}, {"fields", arr{
			fld("URL", "url", "string", netw(fmt.Sprintf("http://%s:%d", nas, r.pickInt(5000, 8123, 32400)))),
			fld("username", "username", "string", cont(r.pick("admin", r.userName(me)))),
			fld("password", "password", "concealed", cred(r.password())),
			fld("admin console URL", "admin_console_url", "string", netw(fmt.Sprintf("https://%s.home.arpa:5001", r.pick("nas", "diskstation", "vault")))),
			fld("admin console username", "admin_console_username", "string", cont(r.userName(spouse))),
			fld("console password", "admin_console_password", "concealed", cred(r.password())),
			fld("DSM version", "dsm_version", "string", decoy("7.2.1-69057")),
		}}}}},
		{"passwordHistory", history(1)},
	}))

	// Secure note (003).
	add(item("003", overview(r.pick("House stuff", "Cabin", "Babysitter info"), plain(""), plain("")), obj{
		{"loginFields", arr{}},
		{"notesPlain", houseNote(r, spouse)},
		{"sections", arr{}},
		{"passwordHistory", arr{}},
	}))

	return obj{
		{"export.attributes", obj{
			{"version", decoy(3)},
			{"description", plain("1Password Unencrypted Export")},
			{"createdAt", ts(0)},
		}},
		{"export.data", obj{{"accounts", arr{obj{
			{"attrs", obj{
				{"accountName", plain(me.last + " Family")},
				{"name", cont(me.full())},
				{"avatar", plain("")},
				{"email", cont(r.email(me))},
				{"uuid", decoy(r.from(upperNum, 26))},
				{"domain", plain("https://my.1password.com/")},
			}},
			{"vaults", arr{obj{
				{"attrs", obj{
					{"uuid", decoy(r.opUUID())},
					{"desc", plain("Shared with " + spouse.first)},
					{"avatar", plain("")},
					{"name", plain("Shared")},
					{"type", plain("U")},
				}},
				{"items", items},
			}}},
		}}}}},
		{"recovery", obj{
			{"emergencyKitFor", cont(r.email(spouse))},
			{"secretKey", cred(r.opSecretKey())},
			{"serviceAccountToken", r.orNull(0.5, cred(r.opsToken()))},
		}},
	}
}

// field2 makes a field.
func field2(k string, v any) field { return field{k, v} }

// addressVal is a 1Password address value.
func addressVal(a address) obj {
	return obj{
		{"street", cont(a.street)},
		{"city", cont(a.town)},
		{"country", decoy("us")},
		{"zip", cont(a.postcode)},
		{"state", cont(a.region)},
	}
}

// medNote is the free-text note of a medical record.
func medNote(r *rng) leaf {
	switch r.IntN(3) {
	case 0:
		return prose(p("Allergist says "), p(r.pick("anaphylaxis risk, carry 2 pens", "tree nuts ok, peanuts not", "outgrow unlikely"), healthC), p(". Portal PIN "), p(r.digits(6), credC))
	case 1:
		return prose(p("Next appointment booked via the portal."))
	}
	return prose(p("BP at visit "), p(fmt.Sprintf("%d/%d", r.in(120, 160), r.in(70, 100)), healthC), p(", recheck in 3 months."))
}

// houseNote is a family secure note.
func houseNote(r *rng, spouse person) leaf {
	switch r.IntN(3) {
	case 0:
		return prose(p("Garage keypad "), p(r.digits(4), credC), p(", alarm code "), p(r.digits(4), credC), p(". Call "), p(spouse.first, contactC), p(" at "), p(r.usLocal(), contactC), p(" if it goes off."))
	case 1:
		return prose(p("Cabin Wi-Fi "), p(r.ssid("Cabin"), netC), p(" pw "), p(r.psk(), credC))
	}
	return prose(p("Trash day is Tuesday, recycling every other week."))
}
