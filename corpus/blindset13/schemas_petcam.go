package blindset13

import (
	"fmt"
	"strings"
)

// A treat-tossing pet-camera maker's user as an Auth0 bulk user export
// line: root profile (email_verified, last_ip, logins_count, picture),
// identities with a Google social connection and its tokens, a bcrypt
// custom_password_hash, multifactor, app_metadata with the cameras (serial,
// MAC, firmware, nickname, Wi-Fi, P2P uid, RTSP URL, last online) and the
// plan, user_metadata with the pets (a pet's weight and medicine are not a
// person's), the shipping address, the pet sitter and a door code, and a
// support agent's notes copied in.

var (
	petcamModels = []string{"Furbo 360° Dog Camera", "Furbo Mini", "Petcube Bites 2 Lite", "Petcube Cam 360", "Wyze Cam Pan v3", "Eufy Pet Dog Camera D605", "Skymee Owl Robot", "Pawbo Life"}
	petNames     = []string{"Biscuit", "Luna", "Mochi", "Rocco", "Pepper", "Winston", "Olive", "Bear", "Nala", "Ziggy"}
	petBreeds    = []string{"Labrador mix", "Beagle", "French Bulldog", "Maine Coon", "Border Collie", "Shih Tzu", "domestic shorthair", "Goldendoodle"}
	petMeds      = []string{"Apoquel 16 mg", "Rimadyl 75 mg", "NexGard chewable", "Galliprant 60 mg", "Fluoxetine 10 mg (vet)", "none"}
)

func petcamUser(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	email := r.mail(ascii(first) + ascii(last)[:3])
	sub := r.hexs(24)
	lan := r.lanPrefix()
	ssid := r.pick(last+"-Home", "NETGEAR"+r.digits(2), "Xfinity-"+r.upper(4), first+"'s Wi-Fi", "MySpectrumWiFi"+r.hexs(2)+"-5G")
	street, city, st, zip := r.usAddr()

	idents := arr{obj{
		{"connection", plain("Username-Password-Authentication")},
		{"provider", plain("auth0")},
		{"user_id", decoy(sub)},
		{"isSocial", plain(false)},
	}}
	if r.chance(0.45) {
		idents = append(idents, obj{
			{"provider", plain("google-oauth2")},
			{"user_id", decoy(r.digits(21))},
			{"connection", plain("google-oauth2")},
			{"isSocial", plain(true)},
			{"access_token", cred("ya29.a0" + r.b64(150))},
			{"refresh_token", cred("1//0" + r.b64(90))},
			{"expires_in", decoy(3599)},
		})
	}

	var cams arr
	for k := 0; k < r.in(1, 3); k++ {
		model := r.pick(petcamModels...)
		ip := fmt.Sprintf("%s.%d", lan, r.in(20, 240))
		pw := r.pick("Biscuit", "Treats", "Furry", "Doggo") + r.digits(3)
		fw := dev(fmt.Sprintf("%d.%d.%d", r.in(1, 4), r.in(0, 12), r.in(0, 99)))
		if r.chance(0.4) {
			fw = fwIP(r.ipVer())
		}
		cam := obj{
			{"serial", dev(r.upper(3) + r.digits(9))},
			{"model", dev(model)},
			{"hw_rev", dev(r.pick("A1", "B2", "C0", "2.1"))},
			{"fw", fw},
			{"fw_update_available", decoy(r.chance(0.3))},
			{"mac", macAddr(r.mac(":", r.chance(0.5)))},
			{"nickname", dev(r.pick("Living room", "Kitchen", first+"'s office", "Crate cam", "Upstairs hall", "Biscuit cam"))},
			{"p2p_uid", dev(r.upper(4) + "-" + r.digits(6) + "-" + r.upper(5))},
			{"local_key", cred(r.alnum(16))},
			{"wifi", obj{{"ssid", netw(ssid)}, {"bssid", macAddr(r.mac(":", false))}, {"psk", cred(r.pick("Biscuit", "Summer", "Lucky", "Home") + r.digits(4))}, {"ip", netw(ip)}, {"gw", netw(lan + ".1")}, {"rssi", plain(-r.in(40, 85))}, {"band", plain(r.pick("2.4GHz", "5GHz"))}}},
			{"last_online", dev(r.isoMs(2024, 2024))},
			{"treats_remaining", decoy(r.in(0, 100))},
			{"video", obj{{"height", decoy(r.pickInt(720, 1080, 1440))}, {"fps", plain(r.pickInt(15, 20, 30))}, {"night_vision", plain(r.chance(0.8))}}},
			{"order_no", decoy(fmt.Sprintf("%d-%07d", r.in(100, 999), r.in(0, 9999999)))},
		}
		if r.chance(0.35) {
			cam = append(cam, field{"rtsp_url", multi(fmt.Sprintf("rtsp://admin:%s@%s:554/live/ch0", pw, ip), credC, netC)})
		}
		cams = append(cams, cam)
	}

	var pets arr
	for k := 0; k < r.in(1, 2); k++ {
		pets = append(pets, obj{
			{"name", decoy(r.pick(petNames...))},
			{"species", plain(r.pick("dog", "dog", "cat"))},
			{"breed", plain(r.pick(petBreeds...))},
			{"weight_kg", decoy(r.f1(3, 42))},
			{"birthday", plain(r.day(2012, 2023))},
			{"medication", decoy(r.pick(petMeds...))},
			{"sex", decoy(r.pick("male", "female"))},
		})
	}

	var sitter any = nullDecoy()
	if r.chance(0.6) {
		sf, sl := r.usFirst(), r.pick(usLast...)
		sitter = obj{
			{"name", cont(sf + " " + sl)},
			{"phone", cont(r.us555())},
			{"email", cont(r.mail(ascii(sf)))},
			{"door_code", cred(r.digits(r.pickInt(4, 5, 6)))},
			{"shared_camera_access", plain(true)},
		}
	}

	notes := r.pickProse(
		func() leaf {
			return prose(p("Customer says cam offline since router swap. New network "), p(ssid, netC), p(", cam got "), p(fmt.Sprintf("%s.%d", lan, r.in(20, 240)), netC), p(" then dropped. Walked through re-pairing. -"), p(r.pick(usFirstF...), contactC))
		},
		func() leaf {
			return prose(p("Owner is "), p(r.pick("deaf", "hard of hearing", "recovering from hip surgery"), healthC), p(" and relies on push alerts for barking; asked for vibration pattern. Call back "), p(r.us555(), contactC))
		},
		func() leaf {
			return prose(p("Sent replacement unit, RMA "+r.upper(2)+r.digits(6)+". Old serial "), p(r.upper(3)+r.digits(9), devC), p(", MAC "), pmac(r.mac(":", true)), p("."))
		},
		func() leaf { return prose(p("Refund for 2nd month of Care plan processed.")) },
	)

	picture := cont(fmt.Sprintf("https://cdn.petcam.example.com/avatars/%s.png", r.hexs(16)))
	if r.chance(0.3) {
		picture = cont("https://lh3.example.com/a/" + r.b64(40) + "=s96-c")
	}
	root := obj{
		{"user_id", decoy("auth0|" + sub)},
		{"email", cont(email)},
		{"email_verified", decoy(r.chance(0.85))},
		{"username", cont(ascii(first) + "_" + r.pick(petNames...) + fmt.Sprint(r.in(1, 99)))},
		{"phone_number", cont("+1" + strings.NewReplacer("(", "", ")", "", " ", "", "-", "").Replace(r.us555()))},
		{"phone_verified", decoy(r.chance(0.5))},
		{"name", cont(first + " " + last)},
		{"given_name", cont(first)},
		{"family_name", cont(last)},
		{"nickname", cont(strings.ToLower(first))},
		{"picture", picture},
		{"created_at", plain(r.isoMs(2020, 2023))},
		{"updated_at", plain(r.isoMs(2024, 2024))},
		{"last_login", plain(r.isoMs(2024, 2024))},
		{"last_ip", netw(r.wanIP())},
		{"logins_count", decoy(r.in(1, 900))},
		{"identities", idents},
		{"custom_password_hash", obj{{"algorithm", plain("bcrypt")}, {"hash", obj{{"value", cred(r.bcrypt())}}}}},
		{"multifactor", stringsOf(plain, r.pick("guardian", "sms"))},
		{"app_metadata", obj{
			{"plan", plain(r.pick("Care+", "Basic", "Dog Nanny", "none"))},
			{"stripe_customer", decoy("cus_" + r.alnum(14))},
			{"client_id", decoy(r.alnum(32))},
			{"cameras", cams},
			{"support_notes", notes},
		}},
		{"user_metadata", obj{
			{"pets", pets},
			{"timezone", plain(r.pick("America/Chicago", "America/New_York", "America/Denver"))},
			{"ship_to", obj{{"street", cont(street)}, {"city", cont(city)}, {"state", cont(st)}, {"zip", cont(zip)}, {"country", decoy("US")}}},
			{"sitter", sitter},
			{"marketing_opt_in", plain(r.chance(0.4))},
		}},
	}
	return root
}
