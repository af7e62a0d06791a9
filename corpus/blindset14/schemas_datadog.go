package blindset14

import "fmt"

// rxdrone-datadog-logs: a prescription drone-delivery service's logs from
// the Datadog Logs search API (v2): events of the dispatch API, the flight
// telemetry bridge, the pharmacist portal and the notifier, each with
// "key:value" tags, Kubernetes labels whose keys hold "/", and a page
// cursor.

var (
	droneModels = []string{"Zipline P2 Zip", "Wing Hummingbird", "Matternet M2", "DJI FlyCart 30", "Flytrex Sky 2"}
	rxLines     = [][2]string{{"Eliquis 5 mg", "1 tab PO BID"}, {"Insulin lispro 100 U/mL pen", "per sliding scale, max 30 U/day"}, {"Amoxicillin 500 mg", "1 cap PO TID x 10 days"},
		{"Sertraline 100 mg", "1 tab PO daily"}, {"Albuterol HFA 90 mcg", "2 puffs q4-6h PRN wheeze"}, {"Ozempic 1 mg pen", "1 mg SubQ weekly"},
		{"Nitroglycerin 0.4 mg SL", "1 tab SL q5min PRN chest pain"}, {"Prednisone 20 mg", "2 tabs PO daily x 5 days"}, {"Epinephrine auto-injector 0.3 mg", "inject IM PRN anaphylaxis"}}
)

func ddEvent(r *rng, service, host, status string, msg leaf, tags []leaf, attrs obj) obj {
	tg := arr{plain("env:prod"), plain("service:" + service), decoy("version:" + r.ver())}
	for _, t := range tags {
		tg = append(tg, t)
	}
	return obj{
		{"id", decoy("AQAAAY" + r.b64(40))},
		{"type", plain("log")},
		{"attributes", obj{
			{"service", plain(service)},
			{"host", netw(host)},
			{"status", plain(status)},
			{"timestamp", plain(r.isoMs(2024, 2024))},
			{"message", msg},
			{"tags", tg},
			{"attributes", attrs},
		}},
	}
}

func rxDroneDatadog(r *rng) any {
	site := r.pick("dfw", "slc", "rdu", "phx")
	pod := func(svc string) string {
		return fmt.Sprintf("%s-%s-%s", svc, r.hexs(10), r.from("bcdfghjklmnpqrstvwxz2456789", 5))
	}
	kube := func(svc string) obj {
		return obj{{"app.kubernetes.io/name", plain(svc)}, {"app.kubernetes.io/version", decoy(r.ver())}, {"helm.sh/chart", plain(svc + "-" + r.ver())}}
	}
	first, last := r.usFirst(), r.pick(usLast...)
	street, city, state, zip := r.usAddr()
	phone := r.us555()
	serial := fmt.Sprintf("%s-%s", r.pick("ZP2", "WHB", "MTM2", "FC30"), r.upper(8))
	order := fmt.Sprintf("RX-%d", r.in(1000000, 9999999))

	var events arr
	for _, k := range r.Perm(6)[:r.in(4, 6)] {
		switch k {
		case 0:
			rx := rxLines[r.IntN(len(rxLines))]
			p1 := pod("dispatch-api")
			events = append(events, ddEvent(r, "dispatch-api", p1, "info", plain("order dispatched "+order),
				[]leaf{netw("pod_name:" + p1), plain("kube_namespace:fleet")},
				obj{
					{"order", obj{{"id", decoy(order)}, {"pharmacy", plain(r.pick("Store #2211", "Store #0874", "Central Fill "+site))}, {"cold_chain", plain(r.chance(0.3))},
						{"items", arr{obj{{"drug", hlth(rx[0])}, {"sig", hlth(rx[1])}, {"ndc_pkg_sku", decoy(r.digits(5) + "-" + r.digits(3) + "-" + r.digits(2))}, {"copay", plain(r.f2(0, 60))}}}}}},
					{"patient", obj{
						{"name", cont(first + " " + last)},
						{"phone", cont(phone)},
						{"drop", obj{{"street", cont(street)}, {"city", cont(city)}, {"state", cont(state)}, {"zip", cont(zip)}}},
						{"drop_notes", r.pickProse(
							func() leaf {
								return prose(p("Back yard, beware of dog. Side gate code "), p(r.digits(4), credC), p("."))
							},
							func() leaf { return prose(p("Front lawn by the mailbox.")) },
							func() leaf {
								return prose(p("Patient "), p("uses a walker", healthC), p(", drop on the porch not the yard; call "), p(r.us555(), contactC))
							},
						)},
					}},
					{"kube_labels", kube("dispatch-api")},
				}))
		case 1:
			fw := dev(r.ver())
			if r.chance(0.5) {
				fw = fwIP(r.ipVer())
			}
			events = append(events, ddEvent(r, "telemetry-bridge", fmt.Sprintf("gcs-%s-%02d.%s.internal", site, r.in(1, 9), "fleet"), "info",
				plain("flight state change: CRUISE -> DESCENT"),
				[]leaf{dev("drone_serial:" + serial), plain("flight_phase:descent")},
				obj{
					{"drone", obj{
						{"serial", dev(serial)},
						{"model", dev(r.pick(droneModels...))},
						{"firmware", fw},
						{"hw_rev", dev(r.pick("C", "D2", "rev4"))},
						{"lte_imei", dev("35" + r.digits(13))},
						{"lte_iccid", dev("8901" + r.digits(15))},
						{"c2_link_ip", netw(fmt.Sprintf("10.%d.%d.%d", r.in(64, 127), r.in(0, 254), r.in(2, 250)))},
						{"battery_pct", decoy(r.in(20, 99))},
					}},
					{"altitude_m", decoy(r.f1(20, 120))},
					{"payload_weight_g", decoy(r.in(80, 1800))},
					{"wind_mps", plain(r.f1(0, 11))},
					{"order_id", decoy(order)},
				}))
		case 2:
			otp := r.digits(4)
			events = append(events, ddEvent(r, "dispatch-api", pod("dispatch-api"), "info",
				prose(p("delivery confirmed for "), p(first, contactC), p(", proof photo stored")),
				nil,
				obj{
					{"order_id", decoy(order)},
					{"handoff_otp", cred(otp)},
					{"proof_photo_url", cred(fmt.Sprintf("https://proof.rxdrone.example/%s.jpg?sig=%s&exp=%d", r.uuid(), r.b64(43), r.epochMs(2024, 2024)/1000))},
					{"photo_height", decoy(r.pickInt(1080, 1440, 1920))},
				}))
		case 3:
			pf, pl := r.usFirst(), r.pick(usLast...)
			events = append(events, ddEvent(r, "pharmacist-portal", pod("pharmacist-portal"), "warn",
				plain("GET /verify?token=... 200"),
				[]leaf{plain("source:nginx")},
				obj{
					{"usr", obj{{"email", cont(r.mail(ascii(pf) + "." + ascii(pl)))}, {"name", cont(pf + " " + pl + ", PharmD")}, {"id", decoy(r.uuid())}}},
					{"network", obj{{"client", obj{{"ip", netw(r.wanIP())}}}}},
					{"http", obj{{"useragent", dev(r.userAgent())}, {"status_code", plain(200)}, {"url_details", obj{{"path", plain("/verify")}, {"queryString", obj{{"token", cred(r.jwt())}}}}}}},
					{"counseling_note", r.pickProse(
						func() leaf {
							return prose(p("Patient reports "), p("dizziness since starting the new dose", healthC), p(", advised to call prescriber."))
						},
						func() leaf { return prose(p("No counseling needed, refill.")) },
						func() leaf {
							return prose(p("Confirmed "), p("penicillin allergy", healthC), p(" with "), p(first, contactC), p(" by phone before release."))
						},
					)},
				}))
		case 4:
			events = append(events, ddEvent(r, "notifier", pod("notifier"), "error",
				prose(p("SMS to "), p(phone, contactC), p(" failed: 21610 recipient unsubscribed")),
				[]leaf{plain("provider:twilio")},
				obj{
					{"twilio_account_sid", decoy("AC" + r.hexs(32))},
					{"twilio_auth_token", cred(r.hexs(32))},
					{"apns_token", cred(r.hexs(64))},
					{"retry_count", decoy(r.in(0, 5))},
					{"kube_labels", kube("notifier")},
				}))
		case 5:
			lan := r.lanPrefix()
			events = append(events, ddEvent(r, "hub-agent", fmt.Sprintf("hub-%s.%s.internal", site, "fleet"), "info",
				r.pickProse(
					func() leaf {
						return prose(p("nest uplink up, LAN "), p(lan+".0/24", netC), p(" gw "), p(lan+".1", netC), p(", charger pads online"))
					},
					func() leaf { return prose(p("hub heartbeat ok")) },
				),
				[]leaf{netw("hub_vlan:" + fmt.Sprint(r.in(10, 400)))},
				obj{
					{"hub", obj{{"ssid", netw("NEST-" + site + "-OPS")}, {"psk", cred(r.alnum(16))}, {"router_admin", netw(fmt.Sprintf("https://%s.1:8443/", lan))}, {"pads_online", decoy(r.in(2, 12))}}},
				}))
		}
	}
	cursor := "eyJhZnRlciI6" + r.b64(60)
	return obj{
		{"data", events},
		{"meta", obj{{"elapsed", plain(r.in(30, 900))}, {"request_id", decoy(r.b64(22))}, {"status", plain("done")}, {"page", obj{{"after", decoy(cursor)}}}}},
		{"links", obj{{"next", decoy("https://api.datadoghq.com/api/v2/logs/events?page[cursor]=" + cursor)}}},
	}
}
