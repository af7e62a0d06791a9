package blindset14

import "fmt"

// coworking-access-gelf: a co-working operator's Graylog search response
// (the universal/relative API): GELF messages from the door controllers,
// the Wi-Fi RADIUS server, the visitor app, the member portal, the smart
// lockers and the community desk.

var (
	coDoors   = []string{"L3 East Lobby", "L2 Phone Booths", "Roof Terrace", "Bike Room", "Server Closet", "L4 Private Suite 12"}
	coReaders = []string{"HID Signo 40", "HID iCLASS SE R40", "Kisi Reader Pro 2", "Brivo SmartPass", "Openpath Smart Reader v2"}
	coLockers = []string{"Luxer One", "Parcel Pending", "Smiota"}
)

func gelfMsg(r *rng, host string, fields obj) obj {
	m := obj{
		{"_id", decoy(r.uuid())},
		{"gl2_message_id", decoy(r.upper(26))},
		{"version", decoy("1.1")},
		{"source", netw(host)},
		{"gl2_remote_ip", netw(r.lanIP())},
		{"gl2_source_input", decoy(r.hexs(24))},
		{"streams", arr{decoy(r.hexs(24))}},
		{"timestamp", plain(r.isoMs(2024, 2024))},
		{"level", plain(r.in(3, 6))},
	}
	m = append(m, fields...)
	return obj{{"message", m}, {"index", plain(fmt.Sprintf("graylog_%d", r.in(40, 220)))}}
}

func coworkGelf(r *rng) any {
	site := r.pick("hq", "soma", "eastside", "riverfront")
	var msgs arr
	n := r.in(4, 6)
	kinds := r.Perm(7)
	for k := 0; k < n; k++ {
		first, last := r.usFirst(), r.pick(usLast...)
		email := r.mail(ascii(first) + "." + ascii(last))
		var f obj
		host := ""
		switch kinds[k] {
		case 0:
			door := r.pick(coDoors...)
			fw := dev(r.ver())
			if r.chance(0.5) {
				fw = fwIP(r.ipVer())
			}
			host = fmt.Sprintf("acs-ctrl-%02d.%s.internal", r.in(1, 9), site)
			f = obj{
				{"short_message", prose(p("ACCESS GRANTED door="+door+" member="), p(first+" "+last, contactC))},
				{"facility", plain("door-controller")},
				{"_event", plain("door.access")},
				{"_door", plain(door)},
				{"_member_name", cont(first + " " + last)},
				{"_member_email", cont(email)},
				{"_badge_uid", cred(r.hexs(14))},
				{"_reader_model", dev(r.pick(coReaders...))},
				{"_reader_serial", dev(r.upper(4) + r.digits(8))},
				{"_reader_fw", fw},
				{"_result", plain("granted")},
			}
		case 1:
			prefix := r.lanPrefix()
			vlan := r.pick("20", "30", "40", "110")
			hostname := r.pick(first+"s-MacBook-Pro", "DESKTOP-"+r.upper(7), first+"-Pixel-8", "iPad-"+r.upper(4))
			host = fmt.Sprintf("radius01.%s.internal", site)
			f = obj{
				{"short_message", prose(p("Login OK: ["), p(ascii(first)+"."+ascii(last), contactC), p("] (from client "+r.pick("unifi-", "ap-")+site+" port 0 cli "), pmac(r.mac("-", true)), p(")"))},
				{"facility", plain("freeradius")},
				{"_event", plain("wifi.auth")},
				{"_radius_user", cont(ascii(first) + "." + ascii(last))},
				{"_client_mac", macAddr(r.mac(":", false))},
				{"_client_ip", netw(fmt.Sprintf("%s.%d", prefix, r.in(20, 250)))},
				{"_client_hostname", netw(hostname)},
				{"_ssid", netw(r.pick("Members", "Hive-Members", "CoLab 5G", "WorkHub-Secure"))},
				{"_vlan", netw(vlan)},
				{"_ap_name", netw(fmt.Sprintf("ap-l%d-%s", r.in(1, 5), r.pick("east", "west", "core")))},
				{"_ap_mac", macAddr(r.mac(":", false))},
				{"_eap_type", plain(r.pick("PEAP", "TTLS", "TLS"))},
				{"_session_octets", decoy(r.in(10000, 90000000))},
			}
		case 2:
			gf, gl := r.usFirst(), r.pick(usLast...)
			note := r.pickProse(
				func() leaf {
					return prose(p("Guest uses a wheelchair", healthC), p(" - send them up the loading-dock lift, not the stairs."))
				},
				func() leaf {
					return prose(p("Guest arriving late, call "), p(r.us555(), contactC), p(" if the lobby is locked."))
				},
				func() leaf { return prose(p("Interview for the design role, room 3B booked 10:00-11:30.")) },
				func() leaf {
					return prose(p("Guest has a "), p("severe nut allergy", healthC), p(" - no catering from the downstairs cafe."))
				},
			)
			host = fmt.Sprintf("visitors-api.%s.internal", site)
			f = obj{
				{"short_message", plain("visitor invite created")},
				{"full_message", note},
				{"facility", plain("visitor-app")},
				{"_event", plain("visitor.invite")},
				{"_invite_id", decoy(r.uuid())},
				{"_host_member", cont(first + " " + last)},
				{"_guest_name", cont(gf + " " + gl)},
				{"_guest_email", cont(r.mail(ascii(gf) + ascii(gl)))},
				{"_guest_wifi_voucher", cred(fmt.Sprintf("%s-%s", r.digits(5), r.digits(5)))},
				{"_valid_hours", decoy(r.pick("4", "8", "24"))},
			}
		case 3:
			pw := r.pick("Summer", "Coffee", "Desk", "Hive") + r.digits(4) + r.pick("!", "#", "")
			host = fmt.Sprintf("portal-%d.%s.internal", r.in(1, 3), site)
			f = obj{
				{"short_message", plain("POST /api/v2/session 401")},
				{"full_message", prose(p(`request body: {"email":"`), p(email, contactC), p(`","password":"`), p(pw, credC), p(`","remember":true}`))},
				{"facility", plain("member-portal")},
				{"_event", plain("login.failed")},
				{"_username", cont(email)},
				{"_src_ip", netw(r.wanIP())},
				{"_user_agent", dev(r.userAgent())},
				{"_attempts", decoy(r.in(1, 6))},
				{"_password_policy_min", decoy(r.pick("10", "12"))},
				{"_http_status", plain(401)},
			}
		case 4:
			host = fmt.Sprintf("lockers.%s.internal", site)
			f = obj{
				{"short_message", prose(p("Parcel delivered to locker "+fmt.Sprint(r.in(1, 60))+", pickup code sent to "), p(email, contactC))},
				{"facility", plain("smart-locker")},
				{"_event", plain("locker.deposit")},
				{"_locker_vendor", dev(r.pick(coLockers...))},
				{"_locker_bank_serial", dev("LB" + r.digits(9))},
				{"_pickup_pin", cred(r.digits(6))},
				{"_recipient_phone", cont(r.us555())},
				{"_tracking_no", decoy("1Z" + r.upper(16))},
				{"_parcel_weight_lb", decoy(r.f1(0.2, 24))},
			}
		case 5:
			host = fmt.Sprintf("booking.%s.internal", site)
			f = obj{
				{"short_message", plain("desk booking confirmed")},
				{"facility", plain("booking")},
				{"_event", plain("desk.booked")},
				{"_booking_ref", decoy("BK-" + r.upper(6))},
				{"_member_email", cont(email)},
				{"_desk", plain(fmt.Sprintf("L%d-%02d", r.in(1, 5), r.in(1, 40)))},
				{"_plan", plain(r.pick("Flex 10", "Dedicated Desk", "Team Suite", "Day Pass"))},
				{"_price_usd", plain(r.f2(25, 650))},
				{"_app_build", decoy(fmt.Sprintf("%d", r.in(2000, 9000)))},
				{"_api_version", decoy(r.ver())},
			}
		case 6:
			wifiPw := r.pick("Hive", "CoLab", "Work") + "-" + r.alnum(8)
			gw := r.lanPrefix()
			host = fmt.Sprintf("helpdesk.%s.internal", site)
			f = obj{
				{"short_message", plain("community desk note")},
				{"full_message", r.pickProse(
					func() leaf {
						return prose(p(first, contactC), p(" couldn't get on the 802.1X network, gave them the team PSK "), p(wifiPw, credC), p(" for SSID "), p("WorkHub-Team", netC), p(" until IT fixes the cert."))
					},
					func() leaf {
						return prose(p("Printer in L2 offline again, it's at "), p(gw+".45", netC), p(" (gateway "), p(gw+".1", netC), p("). Rebooted, fine now."))
					},
					func() leaf {
						return prose(p("Member "), p(first+" "+last, contactC), p(" fainted in the kitchen, "), p("says they are diabetic and skipped lunch", healthC), p(". Gave juice, ok after 10 min, incident form done."))
					},
					func() leaf { return prose(p("Coffee machine descaled, filter replaced, next service in 6 weeks.")) },
				)},
				{"facility", plain("helpdesk")},
				{"_event", plain("note.created")},
				{"_staff", cont(r.usFirst())},
				{"_ticket", decoy(r.in(10000, 99999))},
			}
		}
		msgs = append(msgs, gelfMsg(r, host, f))
	}
	return obj{
		{"query", plain("facility:(door-controller OR freeradius OR visitor-app OR member-portal OR smart-locker OR booking OR helpdesk)")},
		{"total_results", decoy(r.in(40, 90000))},
		{"messages", msgs},
		{"time", plain(r.in(12, 900))},
		{"from", plain(r.isoMs(2024, 2024))},
		{"decoration_stats", null()},
	}
}
