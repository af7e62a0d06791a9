package blindset18

import (
	"fmt"
	"strings"
	"time"
)

// homehealthOkta is a home-health staffing agency's Okta System Log pulled
// by an incident responder after a phishing report: the puller's metadata,
// a page of LogEvents (actor, client with user agent, device and IP,
// Okta Verify device, authentication context with the session id, debug
// data, request IP chain, targets) and the responder's triage note.
func homehealthOkta(r *rng) any {
	org := r.pick("brightcare-homehealth", "caringhands-staffing", "homewardnurses", "kindred-visiting")
	staff := make([]person, r.in(2, 3))
	emails := make([]string, len(staff))
	for i := range staff {
		staff[i] = r.english()
		emails[i] = ascii(staff[i].first) + "." + ascii(staff[i].last) + "@" + org + ".example"
	}
	admin := r.english()
	adminMail := ascii(admin.first[:1]+admin.last) + "@" + org + ".example"
	attacker := r.wan()
	home := r.wan()
	t := r.when()
	victim := 0
	phone := r.usPhone()

	var events arr
	n := r.in(3, 5)
	for i := 0; i < n; i++ {
		t = after(t, r.in(1, 90))
		who := r.IntN(len(staff))
		ip := home
		if r.chance(0.4) {
			ip = attacker
			who = victim
		}
		kind := r.pick("login", "login", "mfa", "token", "reset", "sms")
		events = append(events, oktaEvent(r, kind, staff[who], emails[who], admin, adminMail, ip, t, phone))
	}
	sess := "102" + r.alnum(22)
	return obj{
		{"puller", obj{
			{"tool", plain("okta-logs-pull")},
			{"tool_version", decoy(r.semver())},
			{"org_url", decoy("https://" + org + ".okta.com")},
			{"filter", plain(`eventType sw "user." or eventType sw "app.oauth2"`)},
			{"since", plain(iso(after(t, -600)))},
			{"until", plain(iso(t))},
			{"limit", plain(1000)},
			{"api_token_name", plain("ir-readonly")},
			{"api_token", decoy("${OKTA_API_TOKEN}")},
		}},
		{"events", events},
		{"triage_note", prose(
			p("Phish reported by "), p(staff[victim].first, contactC), p(" (text from "), p(phone, contactC),
			p(" with a fake Okta link). Attacker IP "), p(attacker, netC), p(" used the password; session "),
			p(sess, credC), p(" revoked at "+iso(t)+". The user's "), p(r.pick("iPhone 13 (iOS 17.4.1)", "Galaxy A54 (Android 14)", "Pixel 7 (Android 14)"), devC),
			p(" was re-enrolled in Okta Verify. Ticket "+fmt.Sprintf("INC-%05d", r.in(1000, 99999))+"."))},
	}
}

func oktaGeo(r *rng, ip string) obj {
	city, state := "Portland", "Oregon"
	switch r.IntN(4) {
	case 1:
		city, state = "Columbus", "Ohio"
	case 2:
		city, state = "Lagos", "Lagos"
	case 3:
		city, state = "Amsterdam", "North Holland"
	}
	country := "United States"
	if state == "Lagos" {
		country = "Nigeria"
	} else if state == "North Holland" {
		country = "Netherlands"
	}
	return obj{
		{"city", plain(city)},
		{"state", plain(state)},
		{"country", decoy(country)},
		{"postalCode", nullDecoy()},
	}
}

func oktaEvent(r *rng, kind string, who person, mail string, admin person, adminMail, ip string, t time.Time, phone string) obj {
	ua := r.userAgent()
	osName, devType := "Windows 10", "Computer"
	switch {
	case strings.Contains(ua, "iPhone"):
		osName, devType = "iOS", "Mobile"
	case strings.Contains(ua, "Android"):
		osName, devType = "Android", "Mobile"
	case strings.Contains(ua, "Macintosh"):
		osName = "Mac OS X"
	}
	browser := "CHROME"
	switch {
	case strings.Contains(ua, "Edg/"):
		browser = "EDGE"
	case strings.Contains(ua, "iPhone"):
		browser = "MOBILE_SAFARI"
	case strings.Contains(ua, "Macintosh"):
		browser = "SAFARI"
	}
	actor := who
	if kind == "reset" {
		actor = admin
	}
	eventType, display, legacy, credType := "user.session.start", "User login to Okta", "core.user_auth.login_success", "PASSWORD"
	result, reason := "SUCCESS", null()
	switch kind {
	case "mfa":
		eventType, display, legacy, credType = "user.authentication.auth_via_mfa", "Authentication of user via MFA", "core.user.factor.attempt_success", "OTP"
	case "token":
		eventType, display, legacy, credType = "app.oauth2.as.token.grant.refresh_token", "OAuth2 refresh token is granted", "", "OAUTH2"
	case "reset":
		eventType, display, legacy, credType = "user.account.reset_password", "Reset password for Okta user", "core.user.config.password_reset", "PASSWORD"
	case "sms":
		eventType, display, legacy, credType = "system.sms.send_factor_verify_message", "Send SMS verification message", "", "SMS"
	}
	if r.chance(0.3) {
		result, reason = "FAILURE", plain(r.pick("INVALID_CREDENTIALS", "VERIFICATION_ERROR", "LOCKED_OUT"))
	}
	debug := obj{
		{"requestId", decoy(r.from(alnum, 27))},
		{"requestUri", plain(r.pick("/idp/idx/identify", "/idp/idx/challenge/answer", "/oauth2/v1/token", "/api/v1/authn"))},
		{"url", plain(r.pick("/idp/idx/identify?", "/oauth2/v1/token?", "/api/v1/authn?"))},
		{"dtHash", decoy(r.hex(64))},
		{"threatSuspected", plain(r.pick("false", "true"))},
		{"behaviors", plain(fmt.Sprintf("{New Geo-Location=%s, New Device=%s, New IP=%s, Velocity=NEGATIVE}", r.pick("NEGATIVE", "POSITIVE"), r.pick("NEGATIVE", "POSITIVE"), r.pick("NEGATIVE", "POSITIVE")))},
		{"risk", plain("{level=" + r.pick("LOW", "MEDIUM", "HIGH") + "}")},
	}
	switch kind {
	case "token":
		debug = append(debug,
			field{"clientId", decoy("0oa" + r.alnum(17))},
			field{"grantedScopes", plain("openid profile email offline_access")},
			field{"grantType", plain("refresh_token")})
	case "sms":
		debug = append(debug,
			field{"smsProvider", plain(r.pick("twilio", "telesign"))},
			field{"phoneNumber", cont(phone)},
			field{"countryCallingCode", plain("1")})
	case "mfa":
		debug = append(debug, field{"factor", plain(r.pick("OKTA_VERIFY_PUSH", "SMS_FACTOR", "GOOGLE_OTP"))})
	}
	var okDev any = null()
	if devType == "Mobile" && r.chance(0.7) {
		okDev = obj{
			{"id", dev0(r)},
			{"name", dev(mobileName(r, actor.first, osName == "iOS"))},
			{"os_platform", dev(map[bool]string{true: "IOS", false: "ANDROID"}[osName == "iOS"])},
			{"os_version", dev(map[bool]string{true: r.pick("17.4.1", "17.5", "16.7.8"), false: r.pick("14", "13")}[osName == "iOS"])},
			{"managed", plain(false)},
			{"registered", plain(true)},
			{"device_integrator", null()},
			{"disk_encryption_type", plain(r.pick("USER", "FULL", "NONE"))},
			{"screen_lock_type", plain(r.pick("BIOMETRIC", "PASSCODE", "NONE"))},
			{"secure_hardware_present", plain(true)},
		}
	}
	var targets arr
	switch kind {
	case "reset":
		targets = arr{obj{
			{"id", decoy("00u" + r.alnum(17))},
			{"type", plain("User")},
			{"alternateId", cont(mail)},
			{"displayName", cont(who.full())},
			{"detailEntry", null()},
		}}
	case "token":
		targets = arr{obj{
			{"id", decoy("0oa" + r.alnum(17))},
			{"type", plain("AppInstance")},
			{"alternateId", plain(r.pick("AlayaCare", "WellSky Personal Care", "Axxess Home Health"))},
			{"displayName", plain("Scheduling app")},
			{"detailEntry", obj{{"signOnModeType", plain("OPENID_CONNECT")}}},
		}}
	}
	actorName, actorMail := who.full(), mail
	if kind == "reset" {
		actorName, actorMail = admin.full(), adminMail
	}
	geo := oktaGeo(r, ip)
	ev := obj{
		{"actor", obj{
			{"id", decoy("00u" + r.alnum(17))},
			{"type", plain("User")},
			{"alternateId", cont(actorMail)},
			{"displayName", cont(actorName)},
			{"detailEntry", null()},
		}},
		{"client", obj{
			{"userAgent", obj{
				{"rawUserAgent", dev(ua)},
				{"os", dev(osName)},
				{"browser", plain(browser)},
			}},
			{"zone", plain("null")},
			{"device", dev(devType)},
			{"id", null()},
			{"ipAddress", netw(ip)},
			{"geographicalContext", geo},
		}},
		{"device", okDev},
		{"authenticationContext", obj{
			{"authenticationProvider", plain(r.pick("OKTA_AUTHENTICATION_PROVIDER", "FACTOR_PROVIDER"))},
			{"credentialProvider", null()},
			{"credentialType", decoy(credType)},
			{"issuer", null()},
			{"interface", null()},
			{"authenticationStep", plain(0)},
			{"externalSessionId", cred(r.pick("102", "trs") + r.from(alnum+"-_", 22))},
		}},
		{"displayMessage", plain(display)},
		{"eventType", plain(eventType)},
		{"outcome", obj{{"result", plain(result)}, {"reason", reason}}},
		{"published", plain(isoMs(t))},
		{"securityContext", obj{
			{"asNumber", plain(r.in(64496, 64511))},
			{"asOrg", plain(r.pick("example transit", "doc-net"))},
			{"isp", plain(r.pick("Example Broadband", "Sample Cellular", "Doc Hosting"))},
			{"domain", plain(r.pick("example.net", "example.com"))},
			{"isProxy", plain(r.chance(0.2))},
		}},
		{"severity", plain(r.pick("INFO", "WARN"))},
		{"debugContext", obj{{"debugData", debug}}},
		{"legacyEventType", plain(legacy)},
		{"transaction", obj{{"type", plain("WEB")}, {"id", decoy(r.from(alnum, 27))}}},
		{"uuid", decoy(r.uuid())},
		{"version", plain("0")},
		{"request", obj{{"ipChain", arr{obj{
			{"ip", netw(ip)},
			{"geographicalContext", geo},
			{"version", plain("V4")},
			{"source", null()},
		}}}}},
		{"target", targetsOrNull(targets)},
	}
	return ev
}

func dev0(r *rng) leaf { return dev("guo" + r.alnum(17)) }

func targetsOrNull(a arr) any {
	if a == nil {
		return null()
	}
	return a
}

// mobileName is the nickname a person gave their phone.
func mobileName(r *rng, first string, ios bool) string {
	if ios {
		return r.pick(first+"'s iPhone", first+"’s iPhone", first+" work iPhone")
	}
	return r.pick(first+"'s Galaxy", first+"’s phone", first+" work phone")
}
