package blindset19

import (
	"fmt"
	"strings"
)

// robovacChatwoot is a robot-vacuum maker's support conversation from
// the Chatwoot API (conversation meta with the contact and assignee, then
// the messages page): the contact (name, e-mail, phone, avatar, app user
// identifier, browser and OS of the widget, sign-up IP, custom attributes
// with the robot's model, serial, firmware, app version and order number),
// the assignee agent, and messages whose content carries the story: the
// Wi-Fi name and password typed into the chat, the router model and IP,
// the customer's e-mail and phone, a child's asthma, a private agent note
// with the app token, device id, MAC and local IP from the cloud console,
// activity messages naming the agent, attachments with signed blob URLs
// and pixel sizes.
func robovacChatwoot(r *rng) any {
	cust := r.english()
	agent := r.english()
	mail := r.email(cust)
	phone := r.enPhone()
	l := r.lan()
	robotIP := l.host(r.in(20, 240))
	routerIP := l.gw()
	robot := r.pick("Roborock S8 MaxV Ultra", "Dreame L20 Ultra", "ECOVACS DEEBOT X2 Omni", "Roomba Combo j9+", "Eufy X10 Pro Omni")
	serial := r.serial(r.pick("R1", "D9", "E0", "J9"), 14)
	fw := r.pick("02.15.64", "4.3.9_1850", "1.5.22", r.ipShapedFw())
	fwLeaf := dev(fw)
	if ipv4Like(fw) {
		fwLeaf = fwIP(fw)
	}
	ssid := r.ssid(cust.last)
	psk := r.psk()
	router := r.pick("Netgear RAX40", "TP-Link Archer AX55", "ASUS RT-AX58U", "Linksys E7350", "Xfinity XB7")
	appToken := "rr_at_" + r.b64url(30)
	did := r.digits(9)
	mac := r.mac(":", false)
	t := r.when()
	convID := r.in(1000, 99999)
	acct := r.in(1, 9)
	host := "support.robovac.example"
	blob := func(name string) string {
		return fmt.Sprintf("https://%s/rails/active_storage/blobs/redirect/%s--%s/%s", host, "eyJfcmFpbHMiOnsibWVzc2FnZSI6IkJBaHBBN"+r.b64url(12), r.hex(40), name)
	}
	avatar := fmt.Sprintf("https://%s/rails/active_storage/representations/redirect/%s--%s/%s/avatar.jpeg", host, "eyJfcmFpbHMiOnsibWVzc2FnZSI6IkJBaHBB"+r.b64url(10), r.hex(40), "eyJfcmFpbHMiOnsibWVzc2FnZSI6IkJBaDdCem9MWm05eWJXRjBTU0lJY0c1bkJqb0dSVlE2RTNKbGMybDZaVjkwYjE5bWFXeHNXd2RwQWZvdyIsImV4cCI6bnVsbCwicHVyIjoidmFyaWF0aW9uIn19")

	custIdent := "usr_" + r.hex(16)
	loc := [][3]string{{"Bend", "United States", "US"}, {"Tucson", "United States", "US"}, {"York", "United Kingdom", "GB"}, {"Truro", "United Kingdom", "GB"}}[r.IntN(4)]
	sender := func(isAgent bool) obj {
		if isAgent {
			return obj{
				{"id", plain(r.in(1, 60))},
				{"name", cont(agent.full())},
				{"available_name", cont(agent.first)},
				{"avatar_url", plain("")},
				{"type", plain("user")},
				{"availability_status", plain("online")},
				{"thumbnail", plain("")},
			}
		}
		return obj{
			{"id", plain(r.in(10000, 99999))},
			{"name", cont(cust.full())},
			{"email", cont(mail)},
			{"phone_number", r.orNull(0.5, cont(phone))},
			{"identifier", decoy(custIdent)},
			{"thumbnail", cont(avatar)},
			{"type", plain("contact")},
		}
	}
	cur := t
	msgID := r.in(100000, 900000)
	message := func(typ int, private bool, content leaf, isAgent bool, atts arr) obj {
		cur = after(cur, r.in(1, 25))
		msgID += r.in(1, 4)
		ct := "text"
		if typ == 0 && r.chance(0.2) {
			ct = "input_email"
		}
		m := obj{
			{"id", plain(msgID)},
			{"content", content},
			{"inbox_id", plain(r.in(1, 6))},
			{"conversation_id", plain(convID)},
			{"message_type", plain(typ)},
			{"content_type", plain(ct)},
			{"status", plain(r.pick("sent", "delivered", "read"))},
			{"content_attributes", obj{{"in_reply_to", null()}}},
			{"created_at", plain(unix(cur))},
			{"private", plain(private)},
			{"source_id", null()},
			{"conversation", obj{{"contact_inbox", obj{{"source_id", decoy(r.uuid())}}}}},
		}
		if typ != 2 {
			m = append(m, field{"sender", sender(isAgent)})
		}
		if atts != nil {
			m = append(m, field{"attachments", atts})
		}
		return m
	}
	attach := func(name string) obj {
		return obj{
			{"id", plain(r.in(1000, 90000))},
			{"message_id", plain(msgID + 1)},
			{"file_type", plain("image")},
			{"account_id", plain(acct)},
			{"extension", null()},
			{"data_url", cred(blob(name))},
			{"thumb_url", cred(blob("thumb_" + name))},
			{"file_size", plain(r.in(80_000, 4_000_000))},
			{"width", decoy(r.pick4(1170, 1080, 1284, 828))},
			{"height", decoy(r.pick4(2532, 2400, 2778, 1792))},
		}
	}
	kid := r.english().first
	msgs := arr{
		message(0, false, prose(p("Hi, my "), p(robot, devC), p(" won't connect to Wi-Fi after the update. Network is "), p(ssid, netC),
			p(" and the password is "), p(psk, credC), p(", router is a "), p(router, devC), p(" at "), p(routerIP, netC), p(".")), false, nil),
		message(1, false, prose(p("Thanks "), p(cust.first, contactC), p("! Could you confirm the e-mail on your app account and the serial on the sticker under the dustbin?")), true, nil),
		message(0, false, prose(p("It's "), p(mail, contactC), p(", serial "), p(serial, devC), p(". Phone "), p(phone, contactC),
			p(" if you need me. I really need it working, we bought it because "), p(kid, contactC), p(" has "),
			p(r.pick("severe dust-mite asthma", "asthma and a house-dust allergy", "eczema flared by dust"), healthC), p(".")), false, arr{attach("IMG_" + fmt.Sprint(r.in(1000, 9999)) + ".jpeg")}),
		message(0, false, prose(p("The app says \"Wi-Fi pairing failed, error code "+fmt.Sprint(r.in(3000, 3999))+"\".")), false, nil),
		message(1, true, prose(p("Cloud console: DID "), p(did, devC), p(", MAC "), pmac(mac), p(", local IP "), p(robotIP, netC),
			p(", fw "), p("v"+fw, devC), p(". App token in the upload log: "), p(appToken, credC), p(" - asked L2 to revoke.")), true, nil),
		message(1, false, prose(p("Please switch the router to a separate 2.4 GHz network, keep WPA2, channel 1, 6 or 11, and retry pairing.")), true, nil),
		message(2, false, prose(p("Conversation was marked resolved by "), p(agent.full(), contactC)), false, nil),
	}
	if r.chance(0.5) {
		// a forwarded e-mail quoting the order confirmation
		msgs = append(msgs, message(0, false, prose(p("---------- Forwarded message ---------\nFrom: orders@robovac.example\nOrder "+fmt.Sprintf("RV-%07d", r.in(1, 9999999))+" shipped to "),
			p(cust.full()+", "+r.usAddress().oneLine(), contactC), p("\nItems: 1 x "), p(robot, devC)), false, nil))
	}

	ua := r.userAgent()
	platform := "Android"
	switch {
	case strings.Contains(ua, "iPhone"):
		platform = "iOS"
	case strings.Contains(ua, "Windows"):
		platform = "Windows"
	case strings.Contains(ua, "Macintosh"):
		platform = "Macintosh"
	}
	meta := obj{
		{"labels", arr{plain("wifi-pairing"), plain(r.pick("warranty", "firmware", "app"))}},
		{"additional_attributes", obj{
			{"browser", obj{
				{"device_name", plain("Unknown")},
				{"browser_name", plain(r.pick("Chrome", "Safari", "Edge"))},
				{"platform_name", dev(platform)},
				{"browser_version", dev(r.pick("124.0.6367.113", "17.4", "125.0.2535.67"))},
				{"platform_version", dev(r.pick("14", "17.4.1", "10", "10.15.7"))},
			}},
			{"referer", plain("https://www.robovac.example/support/contact")},
			{"initiated_at", obj{{"timestamp", plain(cur.Format("Mon Jan 02 2006 15:04:05 GMT+0000"))}}},
			{"browser_language", plain(r.pick("en-US", "en-GB"))},
		}},
		{"contact", obj{
			{"id", plain(r.in(10000, 99999))},
			{"name", cont(cust.full())},
			{"email", cont(mail)},
			{"phone_number", cont(phone)},
			{"identifier", decoy(custIdent)},
			{"thumbnail", cont(avatar)},
			{"availability_status", plain("offline")},
			{"last_activity_at", plain(unix(cur))},
			{"created_at", plain(unix(after(t, -r.in(1000, 90000))))},
			{"additional_attributes", obj{
				{"city", plain(loc[0])},
				{"country", decoy(loc[1])},
				{"country_code", decoy(loc[2])},
				{"created_at_ip", netw(r.wan())},
				{"company_name", plain("")},
				{"social_profiles", obj{{"twitter", plain("")}, {"facebook", plain("")}}},
			}},
			{"custom_attributes", obj{
				{"robot_model", dev(robot)},
				{"robot_serial", dev(serial)},
				{"firmware", fwLeaf},
				{"app_version", dev(r.semver())},
				{"order_number", decoy(fmt.Sprintf("RV-%07d", r.in(1, 9999999)))},
				{"sku", decoy(r.pick("S8MU-BLK-US", "L20U-WHT-UK", "X2O-GRY-US", "J9P-US"))},
				{"warranty_until", plain(day(after(t, 500000)))},
				{"plan", plain(r.pick("standard", "care+"))},
				{"marketing_opt_in", decoy(r.chance(0.3))},
			}},
		}},
		{"assignee", obj{
			{"id", plain(r.in(1, 60))},
			{"name", cont(agent.full())},
			{"available_name", cont(agent.first)},
			{"avatar_url", plain("")},
			{"type", plain("user")},
			{"availability_status", plain("online")},
			{"thumbnail", plain("")},
		}},
		{"hmac_verified", decoy(r.chance(0.5))},
	}
	return obj{
		{"request", obj{
			{"url", plain(fmt.Sprintf("https://%s/api/v1/accounts/%d/conversations/%d/messages", host, acct, convID))},
			{"api_access_token", decoy("<redacted>")},
		}},
		{"meta", meta},
		{"payload", msgs},
	}
}

// ipv4Like is true when s is four dot-separated numbers.
func ipv4Like(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return false
	}
	for _, q := range parts {
		if q == "" || strings.Trim(q, "0123456789") != "" {
			return false
		}
	}
	return true
}
