package blindset15

import (
	"fmt"
	"strings"
)

// physioKeycloak: a regional physiotherapy-clinic network's patient portal,
// exported with `kc.sh export --realm`: realm settings, SMTP, clients with
// secrets, an identity provider, key and LDAP components, users with
// attributes (phone, birth date, referral reason, conditions, height,
// weight, kiosk PIN, support notes) and credentials whose secretData is a
// JSON string holding the hash and salt or the TOTP seed.
func physioKeycloak(r *rng) any {
	org := r.pick("northbank", "dalesphysio", "riverside-msk", "pennine-rehab")
	orgName := map[string]string{"northbank": "Northbank Physio", "dalesphysio": "Dales Physiotherapy", "riverside-msk": "Riverside MSK", "pennine-rehab": "Pennine Rehab"}[org]
	realm := org + "-patients"
	dom := org + ".example"
	internal := org + ".internal"

	smtp := obj{
		{"host", netw("smtp." + internal)},
		{"port", netw(r.pick("587", "25", "465"))},
		{"from", cont("no-reply@" + dom)},
		{"fromDisplayName", plain(orgName)},
		{"auth", plain("true")},
		{"user", cont("portal-mailer@" + dom)},
		{"password", cred(r.pick("Mail", "Smtp", "Relay") + r.alnum(10) + r.pick("!", "#", "9"))},
		{"starttls", plain("true")},
	}

	clients := arr{
		obj{
			{"id", decoy(r.uuid())},
			{"clientId", decoy("patient-portal")},
			{"name", plain(orgName + " patient portal")},
			{"rootUrl", plain("https://portal." + dom)},
			{"enabled", plain(true)},
			{"clientAuthenticatorType", plain("client-secret")},
			{"secret", cred(r.alnum(32))},
			{"redirectUris", arr{plain("https://portal." + dom + "/*")}},
			{"webOrigins", arr{plain("+")}},
			{"publicClient", plain(false)},
			{"attributes", obj{
				{"client.secret.creation.time", plain(fmt.Sprint(r.when(2022, 2024).Unix()))},
				{"post.logout.redirect.uris", plain("https://portal." + dom + "/signed-out")},
				{"access.token.lifespan", decoy(fmt.Sprint(r.pickInt(300, 600, 900)))},
			}},
		},
		obj{
			{"id", decoy(r.uuid())},
			{"clientId", decoy("clinic-checkin-kiosk")},
			{"name", plain("Reception kiosk")},
			{"enabled", plain(true)},
			{"secret", r.pickProse(func() leaf { return cred(r.alnum(32)) }, func() leaf { return decoy("**********") })},
			{"serviceAccountsEnabled", plain(true)},
			{"publicClient", plain(false)},
		},
		obj{
			{"id", decoy(r.uuid())},
			{"clientId", decoy("admin-cli")},
			{"enabled", plain(true)},
			{"publicClient", plain(true)},
		},
	}

	idp := arr{obj{
		{"alias", plain("google")},
		{"providerId", plain("google")},
		{"enabled", plain(true)},
		{"trustEmail", plain(true)},
		{"config", obj{
			{"clientId", decoy(r.digits(12) + "-" + strings.ToLower(r.alnum(32)) + ".apps.googleusercontent.com")},
			{"clientSecret", cred("GOCSPX-" + r.b64(28))},
			{"syncMode", plain("IMPORT")},
			{"hostedDomain", plain("")},
		}},
	}}

	privKey := "MIIEv" + r.from(alnumSet+"+/", 180)
	components := obj{
		{"org.keycloak.keys.KeyProvider", arr{obj{
			{"id", decoy(r.uuid())},
			{"name", plain("rsa-generated")},
			{"providerId", plain("rsa-generated")},
			{"config", obj{
				{"privateKey", arr{cred(privKey)}},
				{"certificate", arr{decoy("MIIC" + r.from(alnumSet+"+/", 120) + "=")}},
				{"priority", arr{plain("100")}},
				{"keySize", arr{plain("2048")}},
			}},
		}}},
		{"org.keycloak.storage.UserStorageProvider", arr{obj{
			{"id", decoy(r.uuid())},
			{"name", plain("staff-directory")},
			{"providerId", plain("ldap")},
			{"config", obj{
				{"vendor", arr{plain("ad")}},
				{"connectionUrl", arr{netw("ldaps://" + r.pick("dc01", "ad1", "srv-dc") + "." + internal + ":636")}},
				{"bindDn", arr{cont("cn=svc-keycloak,ou=Service Accounts,dc=" + org + ",dc=internal")}},
				{"bindCredential", arr{cred(r.alnum(14) + r.pick("$", "!", "%"))}},
				{"usersDn", arr{plain("ou=Clinicians,dc=" + org + ",dc=internal")}},
				{"editMode", arr{plain("READ_ONLY")}},
				{"syncRegistrations", arr{plain("false")}},
			}},
		}}},
	}

	nUsers := r.in(1, 2)
	users := arr{}
	for k := 0; k < nUsers; k++ {
		users = append(users, physioPatient(r, dom))
	}
	if r.chance(0.6) {
		users = append(users, physioStaff(r, dom, org))
	}

	doc := obj{
		{"id", decoy(r.uuid())},
		{"realm", plain(realm)},
		{"displayName", plain(orgName + " Patient Portal")},
		{"enabled", plain(true)},
		{"sslRequired", plain("external")},
		{"registrationAllowed", plain(r.chance(0.5))},
		{"resetPasswordAllowed", plain(true)},
		{"passwordPolicy", decoy(fmt.Sprintf("length(%d) and digits(1) and notUsername(undefined) and hashIterations(27500)", r.pickInt(8, 10, 12)))},
		{"bruteForceProtected", plain(true)},
		{"failureFactor", decoy(r.pickInt(3, 5, 10))},
		{"accessTokenLifespan", decoy(r.pickInt(300, 900))},
		{"otpPolicyType", plain("totp")},
		{"otpPolicyDigits", plain(6)},
		{"smtpServer", smtp},
		{"clients", clients},
		{"identityProviders", idp},
		{"components", components},
		{"users", users},
		{"attributes", obj{
			{"frontendUrl", plain("https://login." + dom)},
			{"userProfileEnabled", plain("true")},
			{"_browser_header.xFrameOptions", plain("SAMEORIGIN")},
		}},
		{"keycloakVersion", decoy(r.pick("22.0.5", "23.0.7", "24.0.4", "21.1.2"))},
	}
	return doc
}

var physioReasons = []string{"Post-op ACL reconstruction rehab", "Chronic low back pain with sciatica", "Frozen shoulder (adhesive capsulitis)", "Plantar fasciitis", "Whiplash after RTC", "Hip replacement rehab", "Tennis elbow", "Rotator cuff tear, conservative management", "Achilles tendinopathy", "Pelvic girdle pain in pregnancy", "Post-stroke gait retraining", "Knee osteoarthritis"}

var physioConditions = []string{"Type 2 diabetes", "Hypertension", "Osteoporosis", "Asthma", "Rheumatoid arthritis", "Hypermobility syndrome", "Fibromyalgia", "Multiple sclerosis", "Parkinson's disease", "Previous DVT"}

func physioPatient(r *rng, dom string) obj {
	first, last := r.ukName()
	female := ukFemale(first)
	email := r.mail(ascii(first) + "." + ascii(last))
	street, town, pc := r.ukAddr()
	h := r.in(152, 196)
	kg := r.f1(48, 118)
	attrs := obj{
		{"phoneNumber", arr{cont(r.pick(r.ukMobile(), r.ukMobileIntl(), r.ukE164()))}},
		{"birthdate", arr{cont(r.day(1942, 2006))}},
		{"gender", arr{sexOf(map[bool]string{true: r.pick("female", "F"), false: r.pick("male", "M")}[female])}},
		{"addressLine1", arr{cont(street)}},
		{"town", arr{cont(town)}},
		{"postcode", arr{cont(pc)}},
		{"homeClinic", arr{plain(r.pick("Headingley", "Chapel Allerton", "Harrogate Central", "Ilkley"))}},
		{"locale", arr{plain("en")}},
		{"marketingOptIn", arr{plain(fmt.Sprint(r.chance(0.3)))}},
		{"referralReason", arr{hlth(physioReason(r, female)).clin()}},
		{"conditions", stringsOf(func(v any) leaf { return hlth(v).clin() }, r.pickSome(r.in(1, 2), physioConditions...)...)},
		{"heightCm", arr{hlth(fmt.Sprint(h)).clin()}},
		{"weightKg", arr{hlth(fmt.Sprint(kg)).clin()}},
		{"insurer", arr{plain(r.pick("Bupa", "AXA Health", "Vitality", "self-pay", "NHS e-RS"))}},
		{"policyNumber", arr{decoy(r.upper(3) + r.digits(7))}},
	}
	if r.chance(0.5) {
		attrs = append(attrs, field{"kioskPin", arr{cred(r.digits(4))}})
	}
	if r.chance(0.4) {
		attrs = append(attrs, field{"avatarUrl", arr{cont("https://cdn." + dom + "/avatars/" + r.hexs(16) + ".jpg")}})
	}
	if r.chance(0.5) {
		physio := r.pick(ukFirst...) + " " + r.pick(ukLast...)
		attrs = append(attrs, field{"preferredPhysio", arr{cont(physio)}})
	}
	if r.chance(0.8) {
		attrs = append(attrs, field{"supportNote", arr{physioNote(r, first, email, female)}})
	}
	if r.chance(0.7) {
		attrs = append(attrs, field{"lastSessionSummary", arr{r.pickProse(
			func() leaf {
				return prose(p("Session "+fmt.Sprint(r.in(2, 12))+": "), p(r.pick("ROM improved to 110° flexion, pain 3/10", "still guarding, pain 6/10 on stairs", "swelling down, started single-leg balance", "referred back to GP for bloods, night pain"), healthC), p(". Home programme updated."))
			},
			func() leaf { return prose(p("DNA - no call, no show. Second DNA this block, letter sent.")) },
			func() leaf {
				return prose(p("Telehealth session, "), p(first, contactC), p(" joined from "), p(map[bool]string{true: "her", false: "his"}[female]+" "+r.pick("iPad", "laptop", "phone"), devC), p(", good connection."))
			},
		)}})
	}
	username := r.pick(email, ascii(first)+"."+ascii(last), ascii(first)+r.digits(2))
	creds := arr{obj{
		{"id", decoy(r.uuid())},
		{"type", plain("password")},
		{"userLabel", decoy("My password")},
		{"createdDate", plain(r.epochMs(2021, 2024))},
		{"secretData", cred(fmt.Sprintf(`{"value":"%s=","salt":"%s==","additionalParameters":{}}`, r.from(alnumSet+"+/", 43), r.from(alnumSet+"+/", 22)))},
		{"credentialData", decoy(`{"hashIterations":27500,"algorithm":"pbkdf2-sha256","additionalParameters":{}}`)},
	}}
	totp := r.chance(0.35)
	if totp {
		creds = append(creds, obj{
			{"id", decoy(r.uuid())},
			{"type", plain("otp")},
			{"userLabel", plain(r.pick("Authenticator", "Phone", "Google Authenticator"))},
			{"createdDate", plain(r.epochMs(2022, 2024))},
			{"secretData", cred(fmt.Sprintf(`{"value":"%s"}`, r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)))},
			{"credentialData", decoy(`{"subType":"totp","digits":6,"counter":0,"period":30,"algorithm":"HmacSHA1"}`)},
		})
	}
	u := obj{
		{"id", decoy(r.uuid())},
		{"createdTimestamp", plain(r.epochMs(2021, 2024))},
		{"username", cont(strings.ToLower(username))},
		{"enabled", plain(true)},
		{"totp", decoy(totp)},
		{"emailVerified", decoy(r.chance(0.8))},
		{"firstName", cont(first)},
		{"lastName", cont(last)},
		{"email", cont(email)},
		{"attributes", attrs},
		{"credentials", creds},
		{"disableableCredentialTypes", arr{}},
		{"requiredActions", stringsOf(plain, r.pickSome(r.in(0, 1), "UPDATE_PASSWORD", "CONFIGURE_TOTP", "VERIFY_EMAIL")...)},
		{"realmRoles", arr{plain("patient"), plain("default-roles")}},
		{"notBefore", plain(0)},
	}
	if r.chance(0.4) {
		u = append(u, field{"federatedIdentities", arr{obj{
			{"identityProvider", plain("google")},
			{"userId", decoy("1" + r.digits(20))},
			{"userName", cont(email)},
		}}})
	}
	return u
}

// physioReason draws a referral reason that fits the patient's sex.
func physioReason(r *rng, female bool) string {
	for {
		x := r.pick(physioReasons...)
		if female || !strings.Contains(x, "pregnancy") {
			return x
		}
	}
}

func physioNote(r *rng, first, email string, female bool) leaf {
	her := map[bool]string{true: "her", false: "his"}[female]
	return r.pickProse(
		func() leaf {
			pw := r.pick("Physio", "Spring", "Knee", "Walker") + r.digits(4) + r.pick("!", "", "#")
			return prose(p("Rang 14/05, locked out after 5 attempts. Reset password to "), p(pw, credC), p(" and asked "), p(first, contactC), p(" to change it at next login."))
		},
		func() leaf {
			return prose(p("Patient asked us to use "), p(r.mail(ascii(first)+"."+r.pick("home", "work")), contactC), p(" instead of "), p(email, contactC), p(" for appointment letters."))
		},
		func() leaf {
			return prose(p("Can't see exercise videos on the portal from "+her+" "), p(r.phoneModel(), devC), p(" ("), p(r.osVer(), devC), p("); cleared cache, works now."))
		},
		func() leaf {
			return prose(p("Asked to pause sessions: "), p(r.pick("booked for a hip replacement in June", "started chemotherapy last week", map[bool]string{true: "pregnant, due in August", false: "waiting for a knee arthroscopy"}[female], "flare-up of "+her+" rheumatoid arthritis"), healthC), p(". Reschedule after review."))
		},
		func() leaf {
			return prose(p("Duplicate account merged into ticket #" + r.digits(5) + ", no action needed."))
		},
		func() leaf {
			return prose(p("Kiosk check-in failed twice, PIN reset to "), p(r.digits(4), credC), p(" at reception."))
		},
	)
}

func physioStaff(r *rng, dom, org string) obj {
	first, last := r.ukName()
	email := strings.ToLower(ascii(first)+"."+ascii(last)) + "@" + dom
	return obj{
		{"id", decoy(r.uuid())},
		{"createdTimestamp", plain(r.epochMs(2020, 2023))},
		{"username", cont(strings.ToLower(ascii(first[:1]) + ascii(last)))},
		{"enabled", plain(true)},
		{"totp", decoy(true)},
		{"emailVerified", decoy(true)},
		{"firstName", cont(first)},
		{"lastName", cont(last)},
		{"email", cont(email)},
		{"federationLink", decoy(r.uuid())},
		{"attributes", obj{
			{"LDAP_ENTRY_DN", arr{cont("CN=" + first + " " + last + ",OU=Clinicians,DC=" + org + ",DC=internal")}},
			{"LDAP_ID", arr{decoy(r.uuid())}},
			{"mobile", arr{cont(r.ukMobile())}},
			{"jobTitle", arr{plain(r.pick("Senior Physiotherapist", "MSK Physiotherapist", "Clinic Manager", "Sports Rehabilitator"))}},
			{"clinicRoom", arr{plain(r.pick("Room 2", "Gym", "Room 4"))}},
		}},
		{"realmRoles", arr{plain("clinician")}},
		{"notBefore", plain(0)},
	}
}
