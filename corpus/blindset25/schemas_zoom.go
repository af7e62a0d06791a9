package blindset25

import "fmt"

// teletherapyZoom: a group therapy practice's Zoom account read by a
// compliance script with a Server-to-Server OAuth app: the token
// exchange, users (therapists), scheduled meetings (topic and agenda name
// the client and the work, passcodes, join and start URLs), the Dashboard
// API's participant quality details (user name, e-mail, device, IP
// addresses, PC name, MAC, client version, microphone and camera, a
// "health" field that is connection quality), cloud recordings with
// passcodes, Zoom Phone call logs and the webhook app's secret token.
func teletherapyZoom(r *rng) any {
	t := r.when()
	practices := [][2]string{{"Clearwater Counseling Collective", "clearwatercc"}, {"Stillpoint Family Therapy", "stillpointft"}, {"Larkspur Behavioral Health", "larkspurbh"}}
	pp := practices[r.IntN(len(practices))]
	practice, slug := pp[0], pp[1]
	accountID := r.b64url(16)

	type th struct {
		p  person
		id string
	}
	var thers []th
	users := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		x := th{r.english(), r.b64url(16)}
		thers = append(thers, x)
		pic := null()
		if r.chance(0.5) {
			pic = cont("https://files." + slug + ".example.com/zoom/avatars/" + r.hex(16) + ".jpg")
		}
		users = append(users, obj{
			{"id", plain(x.id)},
			{"first_name", cont(x.p.first)},
			{"last_name", cont(x.p.last)},
			{"display_name", cont(x.p.full() + r.pick(", LCSW", ", LPC", ", PsyD", ", LMFT"))},
			{"email", cont(ascii(x.p.first) + "." + ascii(x.p.last) + "@" + slug + ".example.com")},
			{"type", plain(2)},
			{"pmi", decoy(r.in(2000000000, 9999999999))},
			{"timezone", plain(r.pick("America/Denver", "America/Chicago", "America/Los_Angeles"))},
			{"verified", decoy(1)},
			{"dept", plain(r.pick("Adult", "Child & Family", "Couples"))},
			{"pic_url", pic},
			{"phone_number", cont(r.usPhone())},
			{"language", plain("en-US")},
			{"status", plain("active")},
			{"role_id", plain(fmt.Sprint(r.in(0, 2)))},
			{"last_login_time", plain(iso(after(t, -r.in(1, 4000))))},
			{"last_client_version", dev(fmt.Sprintf("6.%d.%d.%d", r.in(0, 2), r.in(0, 12), r.in(30000, 49999)))},
		})
	}

	issues := []string{"DBT skills", "grief", "EMDR phase 3", "panic disorder", "postpartum depression", "ADHD coaching", "couples - infidelity", "OCD exposure work"}
	meetings := arr{}
	type cl struct {
		p     person
		issue string
	}
	var clients []cl
	for i := 0; i < r.in(1, 3); i++ {
		c := cl{r.english(), issues[r.IntN(len(issues))]}
		clients = append(clients, c)
		h := thers[r.IntN(len(thers))]
		mid := r.in(80000000000, 99999999999)
		pwd := r.alnum(r.pickInt(6, 10))
		var agenda leaf
		switch r.IntN(3) {
		case 0:
			agenda = prose(p("Check in on "), p(r.pick("sertraline side effects", "sleep since the lithium change", "self-harm urges (safety plan)", "drinking"), healthC), p("; homework review."))
		case 1:
			agenda = prose(p("Client's partner "), p(r.english().first, contactC), p(" joining from a separate link."))
		default:
			agenda = prose(p("Regular session, no changes to plan."))
		}
		meetings = append(meetings, obj{
			{"uuid", decoy(r.b64(16))},
			{"id", decoy(mid)},
			{"host_id", plain(h.id)},
			{"host_email", cont(ascii(h.p.first) + "." + ascii(h.p.last) + "@" + slug + ".example.com")},
			{"topic", prose(p("Session - "), p(c.p.first+" "+c.p.last[:1]+".", contactC), p(" ("), p(c.issue, healthC), p(")"))},
			{"type", plain(2)},
			{"start_time", plain(iso(after(t, r.in(60, 20000))))},
			{"duration", plain(r.pickInt(50, 53, 60, 90))},
			{"timezone", plain("America/Denver")},
			{"agenda", agenda},
			{"password", cred(pwd)},
			{"h323_password", cred(r.digits(6))},
			{"pstn_password", cred(r.digits(6))},
			{"encrypted_password", cred(r.b64url(24))},
			{"join_url", cred(fmt.Sprintf("https://us06web.zoom.us/j/%d?pwd=%s", mid, r.b64url(24)))},
			{"start_url", cred(fmt.Sprintf("https://us06web.zoom.us/s/%d?zak=%s", mid, r.jwt()))},
			{"settings", obj{
				{"waiting_room", decoy(true)},
				{"join_before_host", decoy(false)},
				{"meeting_authentication", decoy(r.chance(0.5))},
				{"encryption_type", plain(r.pick("enhanced_encryption", "e2ee"))},
				{"alternative_hosts", plain("")},
				{"auto_recording", plain(r.pick("none", "cloud"))},
			}},
		})
	}

	parts := arr{}
	for i, c := range clients {
		pm, pos := r.phoneModel()
		isPhone := r.chance(0.5)
		devName := "Mac"
		osName := "Mac OS " + r.pick("14.6.1", "15.0")
		pc := fmt.Sprintf("%s-MacBook-Air", c.p.first)
		if isPhone {
			devName = r.pick("iOS", "Android")
			osName = pos
			pc = pm
		}
		home := r.lan()
		parts = append(parts, obj{
			{"id", plain(r.b64url(16))},
			{"user_id", plain(fmt.Sprint(16778240 + i))},
			{"user_name", cont(c.p.full())},
			{"email", cont(r.email(c.p))},
			{"device", dev(devName)},
			{"ip_address", netw(r.wan())},
			{"internal_ip_addresses", arr{netw(home.host(r.in(20, 200)))}},
			{"location", plain(r.pick("Bozeman (US)", "Spokane (US)", "Bend (US)"))},
			{"network_type", plain(r.pick("Wifi", "Cellular", "Wired"))},
			{"microphone", dev(r.pick("MacBook Air Microphone", "AirPods Pro", "Default", "iPhone Microphone"))},
			{"camera", dev(r.pick("FaceTime HD Camera", "Front Camera", "Logitech C920"))},
			{"data_center", plain("US")},
			{"connection_type", plain("UDP")},
			{"join_time", plain(iso(after(t, -r.in(100, 3000))))},
			{"leave_time", plain(iso(after(t, -r.in(1, 99))))},
			{"share_application", decoy(false)},
			{"recording", decoy(false)},
			{"pc_name", dev(pc)},
			{"mac_addr", macAddr(r.mac("-", true))},
			{"harddisk_id", dev(r.HEX(16))},
			{"version", dev(fmt.Sprintf("6.%d.%d.%d", r.in(0, 2), r.in(0, 12), r.in(30000, 49999)))},
			{"os", dev(osName)},
			{"audio_quality", plain(r.pick("good", "fair", "poor"))},
			{"health", decoy(r.pick("Good", "Warning", "Critical"))},
			{"status", plain("in_meeting")},
		})
	}

	var transcript leaf
	c0 := clients[0]
	switch r.IntN(3) {
	case 0:
		transcript = prose(p(c0.p.first, contactC), p(": I stopped taking the "), p(r.pick("quetiapine", "venlafaxine", "prazosin"), healthC), p(" last week, the nightmares are back."))
	case 1:
		transcript = prose(p("Therapist: can you text me at "), p(r.usLocal(), contactC), p(" if the link drops?"))
	default:
		transcript = prose(p("Therapist: let's start with the breathing exercise."))
	}
	recs := arr{obj{
		{"uuid", decoy(r.b64(16))},
		{"topic", prose(p("Session - "), p(c0.p.first+" "+c0.p.last[:1]+".", contactC))},
		{"start_time", plain(iso(after(t, -r.in(100, 9000))))},
		{"total_size", decoy(r.in(1000000, 900000000))},
		{"password", cred(r.alnum(10))},
		{"recording_play_passcode", cred(r.b64url(32))},
		{"share_url", plain("https://us06web.zoom.us/rec/share/" + r.b64url(48))},
		{"recording_files", arr{
			obj{{"id", plain(r.uuid())}, {"file_type", plain("MP4")}, {"file_size", decoy(r.in(1000000, 900000000))}, {"recording_type", plain("shared_screen_with_speaker_view")}, {"status", plain("completed")}},
			obj{{"id", plain(r.uuid())}, {"file_type", plain("TRANSCRIPT")}, {"file_size", decoy(r.in(1000, 90000))}, {"recording_type", plain("audio_transcript")}, {"excerpt", transcript}},
		}},
	}}

	calls := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		c := clients[r.IntN(len(clients))]
		calls = append(calls, obj{
			{"id", plain(r.uuid())},
			{"caller_number", cont(r.usE164())},
			{"caller_name", cont(c.p.full())},
			{"callee_number", cont(r.usE164())},
			{"callee_name", plain("Main line")},
			{"direction", plain("inbound")},
			{"duration", plain(r.in(10, 900))},
			{"result", plain(r.pick("Call connected", "Voicemail", "No Answer"))},
			{"date_time", plain(iso(after(t, -r.in(1, 9000))))},
		})
	}

	return obj{
		{"oauth", obj{
			{"grant_type", plain("account_credentials")},
			{"account_id", decoy(accountID)},
			{"client_id", decoy(r.alnum(22))},
			{"client_secret", cred(r.zoomSecret())},
			{"response", obj{
				{"access_token", cred(r.jwt())},
				{"token_type", decoy("bearer")},
				{"expires_in", plain(3599)},
				{"scope", plain("user:read:admin meeting:read:admin dashboard_meetings:read:admin recording:read:admin phone:read:admin")},
				{"api_url", plain("https://api.zoom.us")},
			}},
		}},
		{"account", obj{{"name", plain(practice)}, {"plan", plain("Zoom for Healthcare")}, {"hipaa_baa", decoy(true)}}},
		{"users", users},
		{"meetings", meetings},
		{"dashboard_participants", obj{{"page_size", plain(30)}, {"total_records", decoy(len(parts))}, {"participants", parts}}},
		{"recordings", recs},
		{"phone_call_logs", calls},
		{"webhook_app", obj{
			{"endpoint", netw(fmt.Sprintf("https://hooks.%s.internal/zoom", slug))},
			{"secret_token", cred(r.b64url(16))},
			{"verification_token", cred(r.b64url(16))},
			{"events", arr{plain("meeting.ended"), plain("recording.completed")}},
		}},
	}
}
