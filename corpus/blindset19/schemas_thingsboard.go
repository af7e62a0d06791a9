package blindset19

import (
	"fmt"
	"time"
)

// fallradarThingsBoard is a home-care alarm provider's ThingsBoard
// tenant, exported with the REST API for one customer (an elderly
// client): the customer entity (title is the client's name, e-mail, phone,
// street, city, state, zip, country; description with the care notes and
// the key-safe code), the devices (name, type, label naming the room,
// device profile, credentials: an access token, or MQTT basic credentials
// held as a JSON string), per-device attributes from the three scopes as
// {key, value} rows (server: active, last activity and
// connect times; client: firmware, serial, MAC, IP, SSID, RSSI, model,
// hardware revision; shared: sensitivity, room and mount heights in cm,
// alert phone), telemetry series (heart and breathing rate from the
// radar, presence, room temperature, battery), the alarms (fall
// detected, inactivity, device offline) and the installer's note.
func fallradarThingsBoard(r *rng) any {
	client := r.english()
	uk := r.chance(0.5)
	addr, country := r.usAddress(), "US"
	phone, dPhone := r.usPhone(), r.usLocal()
	if uk {
		addr, country = r.ukAddress(), "United Kingdom"
		phone, dPhone = r.ukMobile(), r.ukMobileIntl()
	}
	mail := r.email(client)
	daughter := r.english()
	daughter.last = client.last
	tenant := r.uuid()
	l := r.lan()
	ssid := r.ssid(client.last)
	t := r.when()
	ms := func(tt time.Time) int64 { return unixMs(tt) }
	custID := r.uuid()
	entity := func(kind, id string) obj { return obj{{"entityType", plain(kind)}, {"id", decoy(id)}} }
	keySafe := fmt.Sprintf("%04d", r.in(0, 9999))
	cond := r.pick("Parkinson's disease", "vascular dementia, early stage", "type 2 diabetes and COPD", "hip replacement in March, walks with a frame", "atrial fibrillation, on apixaban")

	customer := obj{
		{"id", entity("CUSTOMER", custID)},
		{"createdTime", plain(ms(after(t, -r.in(50000, 400000))))},
		{"tenantId", entity("TENANT", tenant)},
		{"title", cont(client.full())},
		{"name", cont(client.full())},
		{"email", cont(mail)},
		{"phone", cont(phone)},
		{"address", cont(addr.street)},
		{"address2", plain("")},
		{"city", cont(addr.town)},
		{"state", cont(addr.region)},
		{"zip", cont(addr.postcode)},
		{"country", decoy(country)},
		{"additionalInfo", obj{
			{"description", prose(p("Lives alone. "), p(cond, healthC), p(". Key safe by back door, code "), p(keySafe, credC),
				p(". Daughter "), p(daughter.full(), contactC), p(" on "), p(dPhone, contactC), p(" is first responder."))},
			{"homeDashboardId", null()},
			{"homeDashboardHideToolbar", plain(true)},
			{"isPublic", decoy(false)},
		}},
		{"externalId", null()},
		{"version", plain(r.in(1, 9))},
	}

	type kind struct {
		typ, model, prefix, room string
		radar                    bool
	}
	kinds := []kind{
		{"fall-radar", "Vayyar Care", "VC", "Bathroom", true},
		{"fall-radar", "Vayyar Care", "VC", "Bedroom", true},
		{"presence-sensor", "Aqara FP2", "FP2", "Living room", true},
		{"door-contact", "Aqara Door and Window Sensor P2", "DW", "Front door", false},
		{"panic-pendant", "Tunstall MyAmie", "MA", "Pendant", false},
		{"hub", "Tunstall Lifeline Digital", "LD", "Hallway", false},
	}
	var devices arr
	var alarms arr
	nDev := r.in(3, 5)
	for i, k := range r.Perm(len(kinds))[:nDev] {
		kd := kinds[k]
		devID := r.uuid()
		serial := r.serial(kd.prefix, 10)
		seen := after(t, -r.in(0, 600))
		var creds obj
		switch r.IntN(3) {
		case 0, 1:
			creds = obj{{"credentialsType", plain("ACCESS_TOKEN")}, {"credentialsId", cred(r.alnum(20))}, {"credentialsValue", null()}}
		default:
			creds = obj{{"credentialsType", plain("MQTT_BASIC")}, {"credentialsId", null()},
				{"credentialsValue", embed(obj{{"clientId", dev(serial)}, {"userName", cont("dev_" + r.hex(6))}, {"password", cred(r.alnum(16))}})}}
		}
		attr := func(key string, v leaf, _ time.Time) obj {
			return obj{{"key", plain(key).obf()}, {"value", v.obf()}}
		}
		fw := r.ipShapedFw()
		clientAttrs := arr{
			attr("fw_version", fwIP(fw), seen),
			attr("serialNumber", dev(serial), seen),
			attr("model", dev(kd.model), seen),
			attr("hw_rev", dev(r.pick("B", "C1", "2.0", "rev3")), seen),
			attr("rssi", plain(-r.in(40, 85)), seen),
		}
		if kd.typ != "panic-pendant" && kd.typ != "door-contact" {
			clientAttrs = append(clientAttrs,
				attr("mac", macAddr(r.mac(":", true)), seen),
				attr("ip", netw(l.host(r.in(20, 240))), seen),
				attr("ssid", netw(ssid), seen))
		} else {
			clientAttrs = append(clientAttrs, attr("zigbee_ieee", dev(r.hex(16)), seen))
		}
		shared := arr{attr("sensitivity", plain(r.in(1, 5)), t)}
		if kd.radar {
			shared = append(shared,
				attr("roomHeightCm", decoy(r.pick4(240, 250, 260, 270)), t),
				attr("mountHeightCm", decoy(r.pick4(150, 180, 200, 220)), t),
				attr("fallAlertPhone", cont(dPhone), t))
		}
		if kd.typ == "hub" {
			shared = append(shared,
				attr("wifiPassword", cred(r.psk()), t),
				attr("arcEndpoint", netw(r.wan()+":"+fmt.Sprint(r.pick4(5060, 8443, 10001, 3000))), t),
				attr("lteImei", dev(r.imei()), t))
		}
		server := arr{
			attr("active", plain(true), seen),
			attr("lastActivityTime", dev(ms(seen)), seen),
			attr("lastConnectTime", dev(ms(after(seen, -r.in(60, 4000)))), seen),
		}
		var telemetry obj
		series := func(gen func() leaf) arr {
			var out arr
			tt := after(seen, -r.in(10, 60))
			for j := 0; j < r.in(1, 2); j++ {
				tt = after(tt, r.in(1, 20))
				out = append(out, obj{{"ts", plain(ms(tt))}, {"value", gen()}})
			}
			return out
		}
		if kd.radar {
			telemetry = obj{
				{"heartRate", series(func() leaf { return hlth(fmt.Sprint(r.in(52, 104))) })},
				{"breathingRate", series(func() leaf { return hlth(fmt.Sprint(r.in(10, 24))) })},
				{"presence", series(func() leaf { return plain(r.pick("true", "false")) })},
				{"temperature", series(func() leaf { return decoy(fmt.Sprint(r.f1(16, 26))) })},
			}
			if i == 0 || r.chance(0.3) {
				at := after(seen, -r.in(100, 4000))
				alarms = append(alarms, obj{
					{"id", entity("ALARM", r.uuid())},
					{"createdTime", plain(ms(at))},
					{"type", hlth("Fall detected")},
					{"originator", entity("DEVICE", devID)},
					{"originatorName", dev(serial)},
					{"originatorLabel", dev(kd.room)},
					{"severity", plain("CRITICAL")},
					{"status", plain(r.pick("CLEARED_ACK", "ACTIVE_UNACK"))},
					{"startTs", plain(ms(at))},
					{"endTs", plain(ms(after(at, r.in(1, 30))))},
					{"ackTs", plain(ms(after(at, 2)))},
					{"details", obj{
						{"room", dev(kd.room)},
						{"timeOnFloorSec", hlth(r.in(20, 1800))},
						{"operatorNote", prose(p(r.pick("Spoke to client, ", "No answer, ")), p(r.pick("bruised hip, no ambulance", "confused, ambulance called", "felt dizzy after standing", "not injured"), healthC), p("; called "), p(daughter.first, contactC), p("."))},
					}},
				})
			}
		} else {
			telemetry = obj{
				{"battery", series(func() leaf { return plain(fmt.Sprint(r.in(8, 100))) })},
				{"state", series(func() leaf { return plain(r.pick("open", "closed", "idle", "pressed")) })},
			}
		}
		devices = append(devices, obj{
			{"id", entity("DEVICE", devID)},
			{"createdTime", plain(ms(after(t, -r.in(40000, 300000))))},
			{"tenantId", entity("TENANT", tenant)},
			{"customerId", entity("CUSTOMER", custID)},
			{"name", dev(serial)},
			{"type", dev(kd.typ)},
			{"label", dev(client.first + " - " + kd.room)},
			{"deviceProfileId", entity("DEVICE_PROFILE", r.uuid())},
			{"firmwareId", null()},
			{"softwareId", null()},
			{"additionalInfo", obj{{"gateway", plain(kd.typ == "hub")}, {"overwriteActivityTime", plain(false)}, {"description", plain("")}}},
			{"credentials", creds},
			{"attributes", obj{{"SERVER_SCOPE", server}, {"CLIENT_SCOPE", clientAttrs}, {"SHARED_SCOPE", shared}}},
			{"telemetry", telemetry},
		})
		if r.chance(0.25) {
			at := after(seen, -r.in(1000, 9000))
			alarms = append(alarms, obj{
				{"id", entity("ALARM", r.uuid())},
				{"createdTime", plain(ms(at))},
				{"type", plain("Device offline")},
				{"originator", entity("DEVICE", devID)},
				{"originatorName", dev(serial)},
				{"originatorLabel", dev(kd.room)},
				{"severity", plain("MAJOR")},
				{"status", plain("CLEARED_ACK")},
				{"startTs", plain(ms(at))},
				{"endTs", plain(ms(after(at, r.in(5, 300))))},
				{"ackTs", plain(0)},
				{"details", obj{{"lastRssi", plain(-r.in(70, 95))}}},
			})
		}
	}
	installer := r.english()
	return obj{
		{"export", obj{
			{"tool", plain("tb-rest-export")},
			{"tb_version", decoy(r.pick("3.6.4", "3.7.0", "3.5.2"))},
			{"base_url", netw("http://" + l.host(r.in(2, 9)) + ":8080")},
			{"jwt", cred("Bearer " + r.jwt("thingsboard.io"))},
			{"exported_at", plain(iso(t))},
		}},
		{"customer", customer},
		{"devices", devices},
		{"alarms", alarms},
		{"installer_note", prose(p("Installed by "), p(installer.full(), contactC), p(". Radar in bathroom mounted at 2.0 m, hub on "),
			p(ssid, netC), p(" (router "), p(l.gw(), netC), p("). Client's pendant "), p(r.serial("MA", 10), devC), p(" paired."))},
	}
}
