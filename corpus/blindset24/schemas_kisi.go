package blindset24

import "fmt"

// medofficeKisi: a medical office building's property manager keeps a
// support bundle of Kisi REST API answers (organisation, place,
// controllers and readers, locks, groups, members with their cards and
// keypad PINs, the unlock event log, webhooks) beside the IT vendor's
// note on the door network.
func medofficeKisi(r *rng) any {
	t := r.when()
	blds := [][2]string{{"Harbor Point Medical Arts", "harborpoint"}, {"Cedar Ridge Professional Plaza", "cedarridge"}, {"Riverside Health Pavilion", "riversidehp"}, {"Summit Medical Commons", "summitmed"}}
	bb := blds[r.IntN(len(blds))]
	bld, slug := bb[0], bb[1]
	addr := r.usAddress()
	door := r.lan()
	orgID := r.in(4000, 99000)
	placeID := r.in(10000, 99999)

	type lk struct {
		id   int
		name string
	}
	lockNames := []string{"Main Entrance", "Suite 110 - Pediatrics", "Suite 210 - Dental", "Rx Storage", "Server Closet", "Loading Dock", "ADA Side Door", "Suite 305 - Behavioral Health"}
	perm := r.Perm(len(lockNames))
	var locks []lk
	lockArr := arr{}
	for i := 0; i < r.in(3, 4); i++ {
		l := lk{r.in(100000, 999999), lockNames[perm[i]]}
		locks = append(locks, l)
		lockArr = append(lockArr, obj{
			{"id", plain(l.id)},
			{"name", decoy(l.name)},
			{"description", plain(r.pick("", "Mag lock, REX on inside", "Strike, fail secure", "Card + PIN after hours"))},
			{"place_id", plain(placeID)},
			{"online", plain(r.chance(0.9))},
			{"unlocked", plain(false)},
			{"configured", decoy(true)},
			{"geofence_restriction_enabled", decoy(r.chance(0.5))},
			{"reader_restriction_enabled", decoy(r.chance(0.5))},
			{"time_restriction_enabled", decoy(r.chance(0.7))},
			{"created_at", plain(isoMs(after(t, -r.in(100000, 600000))))},
		})
	}

	ctlMac := r.mac(":", false)
	ctlFw := r.ipShapedFw()
	controllers := arr{obj{
		{"id", plain(r.in(10000, 99999))},
		{"name", dev(r.pick("Lobby IDF Controller", "2nd Floor Controller", "Basement MDF"))},
		{"model", dev(r.pick("Kisi Controller Pro 2", "Kisi Controller Pro"))},
		{"serial_number", dev(r.serial("KCP2-", 8))},
		{"mac_address", macAddr(ctlMac)},
		{"ip_address", netw(door.host(r.in(20, 60)))},
		{"firmware_version", fwIP(ctlFw)},
		{"online", plain(true)},
		{"last_seen_at", dev(isoMs(after(t, -r.in(1, 90))))},
		{"network", obj{
			{"dhcp", plain(false)},
			{"netmask", netw("255.255.255.0")},
			{"gateway", netw(door.gw())},
			{"dns", arr{netw(door.host(r.pickInt(2, 10, 53))), netw("9.9.9.9")}},
			{"vlan_id", netw(r.pickInt(20, 30, 40, 66, 120))},
		}},
		{"poe", plain(true)},
		{"relay_count", decoy(4)},
	}}
	readers := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		readers = append(readers, obj{
			{"id", plain(r.in(10000, 99999))},
			{"lock_id", plain(locks[i%len(locks)].id)},
			{"model", dev(r.pick("Kisi Reader Pro 2", "Kisi Intercom", "Kisi Reader Pro"))},
			{"serial_number", dev(r.serial("KRP2-", 8))},
			{"firmware_version", dev(r.semver())},
			{"tamper_detected", decoy(false)},
		})
	}

	type mem struct {
		p        person
		id, uid  int
		role     string
		hasCard  bool
		phoneOS  string
		phoneMdl string
	}
	var members []mem
	memArr := arr{}
	for i := 0; i < r.in(2, 4); i++ {
		m := mem{p: r.english(), id: r.in(1000000, 9999999), uid: r.in(100000, 999999), role: r.pick("basic", "basic", "manager", "administrator"), hasCard: r.chance(0.6)}
		m.phoneMdl, m.phoneOS = r.phoneModel()
		members = append(members, m)
		var image leaf = nullDecoy()
		if r.chance(0.5) {
			image = cont(fmt.Sprintf("https://files.harborpoint.example/kisi/avatars/%d/%s.jpg", m.uid, r.hex(12)))
		}
		card := obj{}
		if m.hasCard {
			card = obj{
				{"id", plain(r.in(100000, 999999))},
				{"facility_code", plain(r.in(1, 255))},
				{"card_number", cred(r.in(1000, 65000))},
				{"token", cred(r.HEX(14))},
				{"type", plain(r.pick("hid_prox", "mifare_desfire", "kisi_card"))},
				{"activated_at", plain(isoMs(after(t, -r.in(1000, 300000))))},
			}
		}
		var pin leaf = nullDecoy()
		if r.chance(0.6) {
			pin = cred(r.digits(r.pickInt(4, 6)))
		}
		memArr = append(memArr, obj{
			{"id", plain(m.id)},
			{"user_id", plain(m.uid)},
			{"name", cont(m.p.full())},
			{"email", cont(r.email(m.p))},
			{"image", image},
			{"role_id", plain(m.role)},
			{"confirmed", decoy(r.chance(0.8))},
			{"access_enabled", plain(true)},
			{"password_flow_enabled", decoy(r.chance(0.5))},
			{"two_factor_authentication_enabled", decoy(r.chance(0.3))},
			{"card", card},
			{"pin_code", pin},
			{"metadata", obj{
				{"employer", plain(r.pick("Riverbend Pediatrics", "Bright Smiles Dental", "Northwind Counseling", "Building Management"))},
				{"badge_photo_height_px", decoy(r.pickInt(480, 600, 720))},
				{"notes", r.orNull(0.4, memberNote(r, m.p))},
			}},
			{"created_at", plain(isoMs(after(t, -r.in(5000, 500000))))},
		})
	}

	events := arr{}
	for i := 0; i < r.in(3, 6); i++ {
		m := members[r.IntN(len(members))]
		l := locks[r.IntN(len(locks))]
		ok := r.chance(0.85)
		method := r.pick("tap_to_unlock", "motion_sense", "card", "pin", "remote")
		action := "unlock"
		if !ok {
			action = "unlock_failed"
		}
		var msg leaf
		if ok {
			msg = prose(p(m.p.full(), contactC), p(" unlocked "+l.name))
		} else {
			msg = prose(p(m.p.full(), contactC), p(" tried to unlock "+l.name+r.pick(" outside the schedule", " but the reader was offline", "")))
		}
		meta := obj{{"method", plain(method)}}
		switch method {
		case "tap_to_unlock", "motion_sense", "remote":
			meta = append(meta,
				field{"ip", netw(r.pick(r.wan(), door.host(r.in(100, 240))))},
				field{"user_agent", dev("Kisi/" + r.pick("5.34.0", "5.35.2", "5.36.1") + " (" + m.phoneMdl + "; " + m.phoneOS + ")")},
			)
		case "card":
			meta = append(meta, field{"card_type", plain(r.pick("hid_prox", "mifare_desfire"))})
		}
		events = append(events, obj{
			{"id", plain(r.in(100000000, 999999999))},
			{"actor_id", plain(m.uid)},
			{"actor_name", cont(m.p.full())},
			{"action", plain(action)},
			{"object_id", plain(l.id)},
			{"object_name", decoy(l.name)},
			{"success", plain(ok)},
			{"code", decoy(r.hex(8))},
			{"message", msg},
			{"metadata", meta},
			{"created_at", plain(isoMs(after(t, -r.in(1, 20000))))},
		})
	}

	var itNote leaf
	switch r.IntN(3) {
	case 0:
		itNote = prose(p("Door VLAN is "), p(fmt.Sprint(r.pickInt(20, 30, 40, 66)), netC), p(", controller pinned at "), p(door.host(r.in(20, 60)), netC), p(". Tenant IT can reach it from the mgmt jump box only."))
	case 1:
		itNote = prose(p("Guest Wi-Fi for contractors during the dock reader swap: "), p(r.ssid("HarborPoint"), netC), p(" / "), p(r.psk(), credC), p(". Remove after Friday."))
	default:
		itNote = prose(p("Replaced the Suite 210 reader under RMA, old one shipped back. No config change."))
	}

	return obj{
		{"bundle", obj{
			{"generated_at", plain(iso(t))},
			{"tool", plain("kisi-export")},
			{"tool_version", decoy(r.semver())},
			{"api_base", plain("https://api.kisi.io")},
			{"authorization", cred("KISI-LOGIN " + r.kisiLogin())},
			{"sha256", decoy(r.hex(64))},
		}},
		{"organization", obj{
			{"id", plain(orgID)},
			{"name", plain(bld + " Owners Assn.")},
			{"domain", plain(slug)},
			{"sso_enabled", decoy(r.chance(0.3))},
			{"user_count", decoy(r.in(40, 600))},
		}},
		{"places", arr{obj{
			{"id", plain(placeID)},
			{"name", plain(bld)},
			{"address", cont(addr.usOneLine())},
			{"latitude", plain(float64(r.in(400000, 480000)) / 10000)},
			{"longitude", plain(-float64(r.in(960000, 1150000)) / 10000)},
			{"time_zone", plain(r.pick("America/Denver", "America/Chicago", "America/Anchorage"))},
			{"locks_count", decoy(len(locks))},
			{"members_count", decoy(len(members))},
			{"occupancy_rate", decoy(r.in(10, 95))},
		}}},
		{"controllers", controllers},
		{"readers", readers},
		{"locks", lockArr},
		{"members", memArr},
		{"events", events},
		{"integrations", arr{
			obj{
				{"id", plain(r.in(1000, 9999))},
				{"type", plain("webhook")},
				{"url", netw("https://doorhooks." + slug + ".internal/kisi/events")},
				{"secret", cred(r.b64url(24))},
				{"enabled", decoy(true)},
			},
			obj{
				{"id", plain(r.in(1000, 9999))},
				{"type", plain("scim")},
				{"token", cred(r.alnum(48))},
				{"token_count", decoy(r.in(1, 4))},
				{"enabled", decoy(r.chance(0.5))},
			},
		}},
		{"vendor_note", itNote},
	}
}

// memberNote is a manager's note on a member.
func memberNote(r *rng, m person) leaf {
	switch r.IntN(4) {
	case 0:
		return prose(p(m.first, contactC), p(" "+r.pick("uses a wheelchair", "has MS and walks with a cane", "is recovering from knee surgery", "is visually impaired"), healthC), p(" - keep the ADA door on extended unlock for their badge."))
	case 1:
		return prose(p("Personal cell for after-hours lockouts: "), p(r.usLocal(), contactC))
	case 2:
		return prose(p("Badge reissued, old card reported lost."))
	}
	return prose(p("Contractor, access ends with the lease."))
}
