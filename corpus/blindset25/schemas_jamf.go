package blindset25

import "fmt"

// hospitalhomeJamf: a hospital-at-home programme's Jamf Pro server, read by
// an export script for a device audit: the script's API client and token,
// the loaner iPads sent home with patients (Jamf Pro API v2 mobile-device
// detail: identifiers, network, location with the patient, extension
// attributes with the enrolled condition, home address, home Wi-Fi and
// monitoring kit, apps), a nurse's MacBook (v1 computers-inventory with
// the FileVault personal recovery key and a LAPS password), configuration
// profiles, webhooks, the LDAP and SMTP servers.
func hospitalhomeJamf(r *rng) any {
	t := r.when()
	orgs := [][2]string{{"Big Sky Health Hospital at Home", "bigskyhealth"}, {"Inland Northwest Virtual Ward", "inwvw"}, {"Lakeside Medical Home Hospital", "lakesidemed"}, {"Cascade Valley Acute Care at Home", "cascadevalley"}}
	oo := orgs[r.IntN(len(orgs))]
	org, slug := oo[0], oo[1]
	corp := r.lan()
	jss := fmt.Sprintf("https://jss.%s.internal:8443", slug)
	kitSSID := r.pick("HAH-Kit", "VW-Kit", "CareKit") + "-" + r.HEX(3)

	conds := []string{"Heart failure exacerbation (I50.9)", "COPD exacerbation (J44.1)", "Cellulitis of left leg on IV antibiotics (L03.116)", "Community-acquired pneumonia (J18.9)", "Type 2 diabetes with hyperglycaemia (E11.65)", "Post-op hip replacement, anticoagulated (Z96.641)"}
	kits := []string{"Masimo W1 watch + Omron BP7450", "Biofourmis Everion + Welch Allyn 1700", "Withings BPM Connect + Nonin 3230", "Current Health wearable + A&D UA-651BLE"}

	ipads := arr{}
	for i := 0; i < r.in(1, 3); i++ {
		pt := r.english()
		a := r.usAddress()
		model := r.pick("iPad (10th generation)", "iPad (9th generation)", "iPad mini (6th generation)")
		ident := map[string]string{"iPad (10th generation)": "iPad13,19", "iPad (9th generation)": "iPad12,2", "iPad mini (6th generation)": "iPad14,2"}[model]
		homeNet := r.lan()
		var nurseNote leaf
		switch r.IntN(3) {
		case 0:
			nurseNote = prose(p("Pt "), p(pt.first, contactC), p(" "+r.pick("SpO2 drifting to 89% overnight, escalated to on-call", "weight up 2.1 kg in 48h, furosemide increased", "BG 312 at 22:00, correction insulin given"), healthC), p("."))
		case 1:
			nurseNote = prose(p("Kit iPad would not join home Wi-Fi, daughter reset the router; iPad now at "), p(homeNet.host(r.in(20, 200)), netC), p("."))
		default:
			nurseNote = prose(p("Kit collected and wiped after discharge."))
		}
		ea := func(id int, name string, v leaf) obj {
			return obj{{"definitionId", plain(fmt.Sprint(id)).obf()}, {"name", plain(name).obf()}, {"type", plain("STRING").obf()}, {"value", arr{v.obf()}}}
		}
		ipads = append(ipads, obj{
			{"id", plain(fmt.Sprint(r.in(100, 9000)))},
			{"name", dev(fmt.Sprintf("HAH-IPAD-%03d", r.in(1, 400)))},
			{"serialNumber", dev(r.serial("", 10))},
			{"udid", dev(fmt.Sprintf("00008%03d-%s", r.in(100, 120), r.HEX(16)))},
			{"wifiMacAddress", macAddr(r.mac(":", false))},
			{"bluetoothMacAddress", macAddr(r.mac(":", false))},
			{"ipAddress", netw(homeNet.host(r.in(20, 200)))},
			{"managed", decoy(true)},
			{"supervised", decoy(true)},
			{"deviceOwnershipType", plain("Institutional")},
			{"lastInventoryUpdateTimestamp", dev(isoMs(after(t, -r.in(1, 3000))))},
			{"lastEnrolledTimestamp", plain(isoMs(after(t, -r.in(5000, 50000))))},
			{"osVersion", dev(r.pick("17.5.1", "17.6.1", "18.0.1"))},
			{"osBuild", dev(r.pick("21F90", "21G93", "22A3370"))},
			{"model", dev(model)},
			{"modelIdentifier", dev(ident)},
			{"imei", dev(r.imei())},
			{"iccid", dev("89148" + r.digits(15))},
			{"phoneNumber", cont(r.usLocal())},
			{"carrier", plain(r.pick("Verizon", "T-Mobile", "AT&T"))},
			{"batteryLevel", plain(r.in(12, 100))},
			{"capacityMb", plain(r.pickInt(65536, 131072))},
			{"passcodePresent", decoy(true)},
			{"dataProtected", decoy(true)},
			{"activationLockEnabled", decoy(false)},
			{"lostModeEnabled", decoy(r.chance(0.1))},
			{"location", obj{
				{"username", cont(r.userName(pt))},
				{"realName", cont(pt.full())},
				{"emailAddress", cont(r.email(pt))},
				{"position", plain("Patient")},
				{"phoneNumber", cont(r.usPhone())},
				{"departmentId", plain(fmt.Sprint(r.in(1, 9)))},
				{"buildingId", plain(fmt.Sprint(r.in(1, 4)))},
				{"room", plain(r.pick("Virtual Ward A", "Virtual Ward B", "Rural Pod"))},
			}},
			{"extensionAttributes", arr{
				ea(4, "Enrolled condition", hlth(conds[r.IntN(len(conds))])),
				ea(5, "Home address", cont(a.usOneLine())),
				ea(6, "Home Wi-Fi", netw(r.ssid(pt.last))),
				ea(7, "Monitoring kit", dev(kits[r.IntN(len(kits))])),
				ea(8, "Guided Access passcode", cred(r.digits(6))),
				ea(9, "Discharge date", plain(day(after(t, r.in(1000, 20000))))),
				ea(10, "Nurse notes", nurseNote),
			}},
			{"applications", arr{
				obj{{"identifier", plain("com.biofourmis.carepath")}, {"name", plain("Biofourmis Care")}, {"version", dev(r.semver())}, {"managementStatus", plain("Managed")}},
				obj{{"identifier", plain("us.zoom.videomeetings")}, {"name", plain("Zoom")}, {"version", dev(r.semver())}, {"managementStatus", plain("Managed")}},
			}},
		})
	}

	nurse := r.english()
	mbaNo := r.in(1, 60)
	computer := obj{
		{"id", plain(fmt.Sprint(r.in(10, 900)))},
		{"general", obj{
			{"name", dev(fmt.Sprintf("HAH-RN-MBA-%02d", mbaNo))},
			{"lastIpAddress", netw(r.wan())},
			{"lastReportedIp", netw(corp.host(r.in(20, 240)))},
			{"jamfBinaryVersion", decoy(r.pick("11.8.1-t1723457384", "11.9.0-t1726000000"))},
			{"platform", plain("Mac")},
			{"lastContactTime", dev(isoMs(after(t, -r.in(1, 3000))))},
			{"remoteManagement", obj{{"managed", decoy(true)}, {"managementUsername", cont(r.pick("jamfmgmt", "hah_admin", "itsupport"))}}},
			{"mdmCapable", obj{{"capable", decoy(true)}}},
			{"site", obj{{"id", plain("-1")}, {"name", plain("None")}}},
		}},
		{"hardware", obj{
			{"model", dev(r.pick("MacBook Air (M2, 2022)", "MacBook Air (13-inch, M3, 2024)"))},
			{"modelIdentifier", dev(r.pick("Mac14,2", "Mac15,12"))},
			{"serialNumber", dev(r.serial("", 10))},
			{"macAddress", macAddr(r.mac(":", false))},
			{"altMacAddress", macAddr(r.mac(":", false))},
			{"processorType", plain("Apple M2")},
			{"batteryCapacityPercent", plain(r.in(80, 100))},
		}},
		{"operatingSystem", obj{
			{"name", plain("macOS")},
			{"version", dev(r.pick("14.6.1", "14.7", "15.0.1"))},
			{"build", dev(r.pick("23G93", "23H124", "24A348"))},
			{"fileVault2Status", plain("ALL_ENCRYPTED")},
		}},
		{"userAndLocation", obj{
			{"username", cont(r.userName(nurse))},
			{"realname", cont(nurse.full())},
			{"email", cont(r.email(nurse))},
			{"position", plain("Registered Nurse")},
		}},
		{"localUserAccounts", arr{
			obj{{"uid", plain("501")}, {"username", cont(r.userName(nurse))}, {"fullName", cont(nurse.full())}, {"admin", decoy(false)}},
			obj{{"uid", plain("502")}, {"username", cont("lapsadmin")}, {"fullName", plain("LAPS Admin")}, {"admin", decoy(true)}},
		}},
		{"diskEncryption", obj{
			{"individualRecoveryKeyValidityStatus", plain("VALID")},
			{"fileVault2EnabledUserNames", arr{cont(r.userName(nurse))}},
			{"personalRecoveryKey", cred(r.jamfRecovery())},
		}},
		{"extensionAttributes", arr{
			obj{{"name", plain("LAPS admin password").obf()}, {"values", arr{cred(r.password()).obf()}}},
			obj{{"name", plain("Last VPN address").obf()}, {"values", arr{netw(fmt.Sprintf("10.%d.%d.%d", r.in(200, 250), r.in(0, 20), r.in(2, 250))).obf()}}},
			obj{{"name", plain("Password max age").obf()}, {"values", arr{decoy("90").obf()}}},
		}},
	}

	profiles := arr{
		obj{{"id", plain(r.in(1, 99))}, {"name", plain("HaH Kit Wi-Fi")}, {"payload", obj{
			{"PayloadType", plain("com.apple.wifi.managed")},
			{"SSID_STR", netw(kitSSID)},
			{"Password", cred(r.psk())},
			{"EncryptionType", plain("WPA2")},
			{"HIDDEN_NETWORK", decoy(r.chance(0.5))},
			{"AutoJoin", plain(true)},
		}}},
		obj{{"id", plain(r.in(1, 99))}, {"name", plain("Passcode")}, {"payload", obj{
			{"PayloadType", plain("com.apple.mobiledevice.passwordpolicy")},
			{"minLength", decoy(r.pickInt(4, 6))},
			{"maxPINAgeInDays", decoy(r.pickInt(0, 90))},
			{"requireAlphanumeric", decoy(false)},
			{"maxFailedAttempts", decoy(10)},
		}}},
	}

	hookUser := r.pick("jamfhook", "svc-jamf-hook", "integration")
	return obj{
		{"collector", obj{
			{"tool", plain("jamf-audit-export.py")},
			{"tool_version", decoy(r.semver())},
			{"organisation", plain(org)},
			{"jss_url", netw(jss)},
			{"jss_version", decoy(r.pick("11.8.1-t1723457384", "11.9.0-t1726000000"))},
			{"client_id", decoy(r.uuid())},
			{"client_secret", cred(r.b64url(48))},
			{"access_token", cred(r.jwt())},
			{"token_type", decoy("Bearer")},
			{"expires_in", plain(r.pickInt(299, 1799))},
			{"generated_at", plain(iso(t))},
		}},
		{"mobile_devices", ipads},
		{"computers", arr{computer}},
		{"configuration_profiles", profiles},
		{"webhooks", arr{obj{
			{"id", plain(r.in(1, 20))},
			{"name", plain("Check-in to RPM bridge")},
			{"enabled", decoy(true)},
			{"url", netw(fmt.Sprintf("https://rpm-bridge.%s.internal/jamf/events", slug))},
			{"contentType", plain("application/json")},
			{"event", plain("MobileDeviceCheckIn")},
			{"authenticationType", plain("BASIC")},
			{"username", cont(hookUser)},
			{"password", cred(r.password())},
		}}},
		{"ldap_server", obj{
			{"hostname", netw(fmt.Sprintf("dc%02d.%s.internal", r.in(1, 3), slug))},
			{"port", netw(r.pickInt(636, 389))},
			{"serverType", plain("Active Directory")},
			{"useSsl", decoy(true)},
			{"accountDistinguishedUsername", cont(fmt.Sprintf("CN=svc-jamf,OU=Service Accounts,DC=%s,DC=internal", slug))},
			{"password", cred(r.password())},
		}},
		{"smtp_server", obj{
			{"server", netw(corp.host(r.in(2, 30)))},
			{"port", netw(r.pickInt(25, 587))},
			{"username", cont("jamf-notify@" + slug + ".example.org")},
			{"password", cred(r.password())},
			{"senderDisplayName", plain(org)},
			{"requireAuthentication", decoy(true)},
		}},
	}
}
