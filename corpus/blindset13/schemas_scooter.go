package blindset13

import (
	"fmt"
	"strings"
)

// An e-scooter and e-moped sharing operator's production logs as
// `gcloud logging read --format=json` prints them: a bare array of
// LogEntry objects (insertId, jsonPayload, httpRequest, resource.labels,
// labels with slashes in their keys, trace and span ids). Entries are API
// calls of the rider app (login with a debug body, ride start, payment),
// IoT heartbeats of the vehicles' telematics modules, an incident report
// with injuries and a support chat line.

var (
	scooterModels = []string{"Segway Ninebot Max G30P", "Segway KickScooter S90L", "Okai ES400B", "Niu NQi GTS", "Yadea KS5 Pro", "Xiaomi Electric Scooter 4 Pro", "Niu MQi+ Sport", "Acton A300"}
	iotModules    = []string{"Quectel EC200U", "Segway IoT 2.0 (SIM7600E)", "Omni OM-A2", "Teltonika FMB920", "u-blox SARA-R410M"}
	ukCities      = [][2]string{{"Bristol", "BS"}, {"Leeds", "LS"}, {"Nottingham", "NG"}, {"Coventry", "CV"}, {"Sheffield", "S"}, {"Brighton", "BN"}}
)

// ukMobile is an Ofcom drama number.
func (r *rng) ukMobile() string {
	if r.chance(0.5) {
		return fmt.Sprintf("07700 900%03d", r.in(0, 999))
	}
	return fmt.Sprintf("+44 7700 900%03d", r.in(0, 999))
}

func gcpEntry(r *rng, svc string, payload obj, http any) obj {
	e := obj{
		{"insertId", decoy(r.from("abcdefghijklmnopqrstuvwxyz0123456789", 14))},
		{"jsonPayload", payload},
	}
	if http != nil {
		e = append(e, field{"httpRequest", http})
	}
	e = append(e,
		field{"labels", obj{
			{"k8s-pod/app", plain(svc)},
			{"compute.googleapis.com/resource_name", netw(fmt.Sprintf("gke-rides-prod-pool-%s-%s", r.hexs(8), r.from("abcdefghijklmnopqrstuvwxyz", 4)))},
		}},
		field{"resource", obj{
			{"labels", obj{
				{"pod_name", netw(svc + "-" + r.hexs(10) + "-" + r.from("abcdefghijklmnopqrstuvwxyz0123456789", 5))},
			}},
			{"type", plain("k8s_container")},
		}},
		field{"severity", plain(r.pick("INFO", "INFO", "DEBUG", "WARNING"))},
		field{"timestamp", plain(r.isoMs(2024, 2024))},
		field{"trace", decoy("projects/glide-mobility-prod/traces/" + r.hexs(32))},
	)
	return e
}

func gcpHTTP(r *rng, method, path, ip, ua string, status int) obj {
	h := obj{
		{"latency", plain(fmt.Sprintf("%.3fs", r.f2(0.02, 1.9)))},
		{"remoteIp", netw(ip)},
		{"requestMethod", plain(method)},
		{"requestUrl", plain("https://api.glide.example.com" + path)},
		{"responseSize", decoy(fmt.Sprint(r.in(80, 9000)))},
		{"serverIp", netw(fmt.Sprintf("10.%d.%d.%d", r.in(40, 60), r.in(0, 9), r.in(2, 250)))},
		{"status", plain(status)},
	}
	if ua != "" {
		h = append(h, field{"userAgent", dev(ua)})
	}
	return h
}

func scooterLogs(r *rng) any {
	first, last := r.usFirst(), r.pick(usLast...)
	email := r.mail(ascii(first) + "." + ascii(last))
	phone := r.ukMobile()
	riderID := "rdr_" + r.alnum(16)
	pubIP := r.wanIP()
	appVer := fmt.Sprintf("%d.%d.%d", r.in(4, 6), r.in(0, 30), r.in(0, 9))
	build := fmt.Sprint(r.in(1200, 4800))
	phoneModel := r.phoneModel()
	ua := fmt.Sprintf("GlideRider/%s (build %s; %s; %s)", appVer, build, phoneModel, r.osVer())
	model := r.pick(scooterModels...)
	imei := "86" + r.digits(13)
	qr := r.upper(2) + "-" + r.digits(4)
	serverVer := fmt.Sprintf("%d.%d.%d", r.in(1, 3), r.in(0, 40), r.in(0, 20))

	var entries arr

	// login with a debug body
	dbg := multi(fmt.Sprintf(`{"email":"%s","password":"%s","device":"%s"}`, email, r.pick("Scoot", "Bristol", "Summer", "Glide")+r.digits(3)+r.pick("!", "?", ""), phoneModel), credC, contactC, devC)
	login := obj{
		{"event", plain("auth.login")},
		{"message", plain("POST /v2/auth/token 200")},
		{"rider_id", decoy(riderID)},
		{"server_version", decoy(serverVer)},
	}
	if r.chance(0.6) {
		login = append(login, field{"debug_body", dbg})
	}
	login = append(login, field{"session", obj{
		{"access_token", cred(r.jwt())},
		{"refresh_token", cred("rt_" + r.b64(40))},
		{"token_type", decoy("Bearer")},
		{"expires_in", decoy(3600)},
	}})
	login = append(login, field{"mfa_required", decoy(false)})
	entries = append(entries, gcpEntry(r, "auth-api", login, gcpHTTP(r, "POST", "/v2/auth/token", pubIP, ua, 200)))

	// ride start
	ride := obj{
		{"event", plain("ride.start")},
		{"ride_id", decoy("ride_" + r.alnum(12))},
		{"rider", obj{
			{"id", decoy(riderID)},
			{"email", cont(email)},
			{"phone_e164", cont("+447700900" + r.digits(3))},
			{"first_name", cont(first)},
			{"last_name", cont(last)},
			{"avatar_url", cont("https://cdn.glide.example.com/u/" + r.hexs(20) + ".jpg")},
			{"app", obj{{"version", dev(appVer)}, {"build", decoy(build)}, {"os", dev(r.osVer())}, {"device", dev(phoneModel)}}},
			{"rides_count", decoy(r.in(0, 340))},
		}},
		{"vehicle", obj{
			{"qr_code", decoy(qr)},
			{"model", dev(model)},
			{"imei", dev(imei)},
			{"iot_fw", dev(fmt.Sprintf("v%d.%d.%d", r.in(1, 3), r.in(0, 9), r.in(0, 30)))},
			{"battery_pct", decoy(r.in(18, 100))},
			{"model_year", decoy(r.in(2021, 2024))},
		}},
		{"unlock", obj{
			{"method", plain(r.pick("qr", "ble", "nfc"))},
			{"ble_key", cred(r.hexs(32))},
			{"nonce", decoy(r.hexs(16))},
		}},
	}
	entries = append(entries, gcpEntry(r, "rides-api", ride, gcpHTTP(r, "POST", "/v2/rides", pubIP, ua, 201)))

	// IoT heartbeats, 1-3
	hasInc := r.chance(0.6)
	nhb := 2
	if hasInc {
		nhb = 1
	}
	for k := 0; k < nhb; k++ {
		hbModel, hbIMEI := model, imei
		if k > 0 {
			hbModel, hbIMEI = r.pick(scooterModels...), "86"+r.digits(13)
		}
		hb := obj{
			{"event", plain("iot.heartbeat")},
			{"imei", dev(hbIMEI)},
			{"iccid", dev("8944" + r.digits(15))},
			{"module", dev(r.pick(iotModules...))},
			{"vehicle_model", dev(hbModel)},
			{"fw", obj{{"ecu", fwIP(r.ipVer())}, {"iot", dev(fmt.Sprintf("%d.%d.%d", r.in(1, 3), r.in(0, 9), r.in(0, 40)))}, {"bms", dev("BMS_" + r.digits(3))}}},
			{"ble_mac", macAddr(r.mac(":", true))},
			{"pdp", obj{
				{"apn", plain(r.pick("iot.glide.example", "m2m.example.net"))},
				{"ip", netw(fmt.Sprintf("10.%d.%d.%d", r.in(100, 127), r.in(0, 254), r.in(2, 250)))},
				{"rssi", plain(-r.in(60, 110))},
			}},
			{"odometer_km", decoy(r.f1(10, 9000))},
			{"last_seen", dev(r.isoMs(2024, 2024))},
		}
		if r.chance(0.3) {
			hb = append(hb, field{"mqtt", obj{{"broker", netw("mqtt.fleet.internal:" + fmt.Sprint(r.pickInt(1883, 8883)))}, {"client_secret", cred(r.b64(32))}}})
		}
		entries = append(entries, gcpEntry(r, "fleet-ingest", hb, nil))
	}

	// incident report
	if hasInc {
		injury := r.pick("sprained right wrist", "grazed knee and elbow", "concussion, went to A&E", "fractured left clavicle", "bruised hip", "cut above eyebrow, 4 stitches")
		wf, wl := r.usFirst(), r.pick(usLast...)
		city := ukCities[r.IntN(len(ukCities))]
		desc := r.pickProse(
			func() leaf {
				return prose(p("Front wheel caught a pothole on "), p(fmt.Sprintf("%d %s", r.in(2, 180), r.pick("Whiteladies Rd", "Park Row", "Mansfield Rd", "Ecclesall Rd")), contactC), p(". I came off and have a "), p(injury, healthC), p(". Call me on "), p(phone, contactC), p("."))
			},
			func() leaf {
				return prose(p("Brakes felt soft before the crash. Scooter "+qr+". I'm "), p(r.pick("on warfarin so the bruising is bad", "diabetic and my sugar dropped after", "pregnant and worried, got checked at the hospital"), healthC), p(". Email me at "), p(email, contactC))
			},
			func() leaf {
				return prose(p("Rider fell at low speed near the station, no injuries reported. Ticket ref " + r.digits(6) + "."))
			},
		)
		inc := obj{
			{"event", plain("incident.report")},
			{"incident_id", decoy("inc_" + r.alnum(10))},
			{"rider_id", decoy(riderID)},
			{"vehicle_qr", decoy(qr)},
			{"description", desc},
			{"injury", obj{
				{"reported", plain(true)},
				{"type", hlth(injury)},
				{"hospital_visit", hlth(r.chance(0.4))},
				{"helmet_worn", plain(r.chance(0.5))},
			}},
			{"rider_dob", cont(r.day(1965, 2005))},
			{"address", obj{
				{"line1", cont(fmt.Sprintf("%d %s", r.in(1, 220), r.pick("Gloucester Rd", "Chapel St", "Victoria Pl", "Cromwell Terrace")))},
				{"city", cont(city[0])},
				{"postcode", cont(fmt.Sprintf("%s%d %d%s", city[1], r.in(1, 20), r.in(1, 9), r.upper(2)))},
			}},
			{"witness", obj{{"name", cont(wf + " " + wl)}, {"phone", cont(r.ukMobile())}}},
			{"photos", decoy(r.in(0, 6))},
		}
		entries = append(entries, gcpEntry(r, "safety-api", inc, gcpHTTP(r, "POST", "/v2/incidents", pubIP, ua, 201)))
	}

	// support chat message
	chatText := r.pickProse(
		func() leaf {
			return prose(p("hi my account "), p(email, contactC), p(" was charged twice for ride on "+r.day(2024, 2024)+", app "), p(appVer, devC), p(" on "), p(phoneModel, devC))
		},
		func() leaf {
			return prose(p("The app won't let me log in from the office wifi "), p(r.pick("BT-Hub-", "VM", "SKY")+r.upper(4), netC), p(", my IP shows as "), p(pubIP, netC))
		},
		func() leaf {
			return prose(p("Can I ride with my "), p(r.pick("hearing aid", "insulin pump", "knee brace"), healthC), p("? Asking before I sign up. "), p(first, contactC))
		},
		func() leaf { return prose(p("Where can I park in the city centre zone after 10pm?")) },
	)
	chat := obj{
		{"event", plain("support.message")},
		{"conversation_id", decoy(r.digits(12))},
		{"author", obj{{"type", plain("rider")}, {"display_name", cont(first + " " + last[:1] + ".")}}},
		{"text", chatText},
		{"agent_typing_ms", decoy(r.in(0, 8000))},
	}
	if r.chance(0.7) {
		entries = append(entries, gcpEntry(r, "support-gw", chat, gcpHTTP(r, "POST", "/v1/conversations/messages", pubIP, ua, 200)))
	}

	// payment
	pay := obj{
		{"event", plain("payment.captured")},
		{"amount_minor", plain(r.in(150, 1800))},
		{"currency", plain("GBP")},
		{"customer", decoy("cus_" + r.alnum(14))},
		{"payment_method", obj{{"brand", plain(r.pick("visa", "mastercard", "amex"))}, {"last4", plain(r.digits(4))}, {"exp_year", decoy(r.in(2025, 2030))}}},
		{"publishable_key", decoy("pk_live_" + r.alnum(24))},
	}
	if r.chance(0.4) {
		pay = append(pay, field{"billing_address", obj{
			{"postal_code", cont(fmt.Sprintf("%s%d %d%s", ukCities[0][1], r.in(1, 20), r.in(1, 9), r.upper(2)))},
			{"line1", cont(fmt.Sprintf("Flat %d, %d %s", r.in(1, 20), r.in(1, 99), r.pick("Cotham Hill", "St Michael's Hill", "Redland Rd")))},
			{"country", decoy("GB")},
		}})
	}
	if r.chance(0.5) && !(hasInc && len(entries) > 4) {
		entries = append(entries, gcpEntry(r, "payments", pay, nil))
	}
	_ = strings.ToLower
	return entries
}
