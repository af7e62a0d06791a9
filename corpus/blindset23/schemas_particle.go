package blindset23

import "fmt"

// pendantParticle: a fall-detection pendant maker's support engineer
// saves Particle Cloud API responses for one household (devices of the
// product with cellular identifiers and notes, customers, the webhook
// integration and a slice of the event stream), keyed by request line.
func pendantParticle(r *rng) any {
	t := r.when()
	product := r.digits(5)
	wearer := r.english()
	carer := r.english()
	carer.last = wearer.last
	eng := r.english()
	owner := r.email(carer)

	type devInfo struct {
		id   string
		node obj
	}
	mk := func(kind string) devInfo {
		id := r.hex(24)
		heard := after(t, -r.in(1, 900))
		d := obj{
			{"id", dev(id)},
			{"name", dev(nick(r, kind, wearer))},
			{"last_ip_address", netw(r.wan())},
			{"last_heard", dev(isoMs(heard))},
			{"last_handshake_at", dev(isoMs(after(heard, -r.in(10, 3000))))},
			{"product_id", plain(product)},
			{"online", plain(r.chance(0.8))},
			{"connected", plain(r.chance(0.8))},
		}
		if kind == "pendant" {
			d = append(d,
				field{"platform_id", plain(13)},
				field{"cellular", plain(true)},
				field{"serial_number", dev("B40KLA" + r.from(upperNum, 8))},
				field{"iccid", dev(r.iccid())},
				field{"imei", dev(r.imei())},
				field{"mobile_secret", cred(r.from(upperNum, 15))},
			)
		} else {
			d = append(d,
				field{"platform_id", plain(32)},
				field{"cellular", plain(false)},
				field{"serial_number", dev("P2" + r.from(upperNum, 12))},
			)
		}
		d = append(d,
			field{"system_firmware_version", dev(r.pick("5.8.2", "5.9.0", "6.1.1", "4.2.0"))},
			field{"firmware_version", dev(r.in(12, 41))},
			field{"desired_firmware_version", nullDecoy()},
			field{"targeted_firmware_release_version", nullDecoy()},
			field{"firmware_updates_enabled", decoy(true)},
			field{"firmware_updates_forced", decoy(false)},
			field{"groups", arr{plain(r.pick("ga", "beta", "uk-pilot"))}},
			field{"functions", arr{plain("reboot"), plain("setThreshold")}},
			field{"variables", obj{{"battery", plain("double")}, {"fallSens", plain("int32")}}},
			field{"status", plain("normal")},
			field{"development", plain(false)},
			field{"quarantined", plain(false)},
			field{"owner", cont(owner)},
		)
		return devInfo{id, d}
	}
	pendant := mk("pendant")
	devs := arr{pendant.node}
	ids := arr{dev(pendant.id)}
	var hub *devInfo
	if r.chance(0.6) {
		h := mk("hub")
		hub = &h
		devs = append(devs, h.node)
		ids = append(ids, dev(h.id))
	}
	// a note on the first device
	var note leaf
	switch r.IntN(3) {
	case 0:
		note = prose(p("Wearer "), p(wearer.full(), contactC), p(", "), p(r.pick("Parkinson's, two falls since March", "post hip replacement, uses a walker", "type 1 diabetic, hypo alerts on", "vascular dementia, wanders at night"), healthC), p(". Escalate to daughter on "), p(r.enPhone(), contactC), p("."))
	case 1:
		note = prose(p("Hub joined "), p(r.ssidDefault(), netC), p(" after router swap; customer read the key out over the phone, not stored."))
	default:
		note = prose(p("Replaced lanyard clip under warranty. No other issues."))
	}
	pendant.node = append(pendant.node, field{"notes", note})
	devs[0] = pendant.node

	hr, spo2 := r.in(58, 112), r.in(89, 99)
	events := arr{
		obj{{"event", plain("spark/status")}, {"data", plain("online")}, {"ttl", plain(60)}, {"published_at", plain(isoMs(after(t, -r.in(200, 400))))}, {"coreid", dev(pendant.id)}},
		obj{{"event", plain("vitals")}, {"data", embed(obj{{"hr", hlth(hr)}, {"spo2", hlth(spo2)}, {"steps", hlth(r.in(80, 6000))}, {"batt", plain(r.f1(0.1, 1))}})}, {"ttl", plain(60)}, {"published_at", plain(isoMs(after(t, -r.in(100, 199))))}, {"coreid", dev(pendant.id)}},
		obj{{"event", plain("spark/device/diagnostics/update")}, {"data", embed(obj{{"device", obj{{"network", obj{{"cellular", obj{{"radio_access_technology", plain("LTE Cat M1")}, {"operator", plain(r.pick("AT&T", "T-Mobile", "Verizon"))}}}, {"signal", obj{{"strength", plain(r.in(20, 90))}}}}}, {"system", obj{{"uptime", plain(r.in(100, 900000))}}}}}})}, {"ttl", plain(60)}, {"published_at", plain(isoMs(after(t, -r.in(50, 99))))}, {"coreid", dev(pendant.id)}},
	}
	switch r.IntN(3) {
	case 0:
		events = append(events, obj{{"event", plain("fall/detected")}, {"data", embed(obj{{"conf", plain(r.f1(0.6, 0.99))}, {"fall", hlth(true)}, {"posture", hlth(r.pick("supine", "prone", "side"))}, {"wearer", cont(wearer.full())}})}, {"ttl", plain(60)}, {"published_at", plain(isoMs(after(t, -r.in(1, 49))))}, {"coreid", dev(pendant.id)}})
	case 1:
		events = append(events, obj{{"event", plain("sos")}, {"data", prose(p("SOS pressed, dialling carer "), p(r.usPhone(), contactC), p(" then monitoring centre"))}, {"ttl", plain(60)}, {"published_at", plain(isoMs(after(t, -r.in(1, 49))))}, {"coreid", dev(pendant.id)}})
	default:
		events = append(events, obj{{"event", plain("battery/low")}, {"data", plain(fmt.Sprintf("%d", r.in(5, 19)))}, {"ttl", plain(60)}, {"published_at", plain(isoMs(after(t, -r.in(1, 49))))}, {"coreid", dev(pendant.id)}})
	}
	if hub != nil {
		events = append(events, obj{{"event", plain("spark/status")}, {"data", plain("offline")}, {"ttl", plain(60)}, {"published_at", plain(isoMs(after(t, -r.in(1, 30))))}, {"coreid", dev(hub.id)}})
	}

	return obj{
		{"captured", obj{
			{"tool", plain("particle-cli")},
			{"version", decoy(r.semver())},
			{"accessToken", cred(r.hex(40))},
			{"capturedBy", cont(r.email(eng))},
			{"case", decoy(fmt.Sprintf("CS-%d", r.in(10000, 99999)))},
		}},
		{"GET /v1/products/" + product + "/devices?perPage=25", obj{
			{"devices", devs},
			{"meta", obj{{"total_pages", plain(1)}}},
		}},
		{"GET /v1/products/" + product + "/customers", obj{
			{"customers", arr{obj{{"id", plain(r.hex(24))}, {"username", cont(owner)}, {"devices", ids}}}},
		}},
		{"GET /v1/integrations", arr{obj{
			{"id", plain(r.hex(24))},
			{"integration_type", plain("Webhook")},
			{"event", plain("fall/")},
			{"url", plain("https://monitoring.example.net/particle/fall")},
			{"requestType", plain("POST")},
			{"headers", obj{{"Authorization", cred("Bearer " + r.alnum(40))}}},
			{"json", plain(`{"device":"{{{PARTICLE_DEVICE_ID}}}","data":"{{{PARTICLE_EVENT_VALUE}}}"}`)},
			{"noDefaults", plain(true)},
			{"rejectUnauthorized", decoy(true)},
			{"responseTopic", plain("{{PARTICLE_DEVICE_ID}}/hook-response/fall")},
			{"created_at", plain(isoMs(after(t, -r.in(10000, 200000))))},
		}}},
		{"GET /v1/products/" + product + "/events", events},
	}
}

// nick draws a device nickname the family or the installer gave.
func nick(r *rng, kind string, w person) string {
	if kind == "pendant" {
		return r.pick("pendant-", "nan-", "grandpa-", "") + ascii(w.latLast()) + r.pick("", "-2", "-pendant")
	}
	return "hub-" + ascii(w.latLast()) + r.pick("", "-kitchen", "-hall", "-bedroom")
}
