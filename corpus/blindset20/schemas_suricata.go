package blindset20

import (
	"encoding/base64"
	"fmt"
	"time"
)

func eveTime(t time.Time) string { return t.Format("2006-01-02T15:04:05.000000-0700") }

func allergySuricata(r *rng) any {
	org := r.pick("northfield-allergy", "brightair", "immunocare", "hayfever-clinic")
	dom := org + ".internal"
	lan := r.lan()
	gw := lan.gw()
	sensorIP := lan.host(250)
	t := r.when()
	flowID := func() leaf { return plain(r.Int64N(1<<51) + 1<<50) }
	comm := func() leaf { return decoy("1:" + r.b64(20)) }
	ether := func() obj {
		return obj{{"src_mac", macAddr(r.mac(":", false))}, {"dest_mac", macAddr(r.mac(":", false))}}
	}
	base := func(kind string, src, dst string, sport, dport int, proto string) obj {
		t = t.Add(time.Duration(r.in(1, 400)) * time.Second)
		o := obj{
			{"timestamp", plain(eveTime(t))},
			{"flow_id", flowID()},
			{"in_iface", plain("eth0")},
			{"event_type", plain(kind)},
			{"src_ip", netw(src)},
			{"src_port", plain(sport)},
			{"dest_ip", netw(dst)},
		}
		if dport > 0 {
			o = append(o, field{"dest_port", netw(dport)})
		}
		o = append(o, field{"proto", plain(proto)})
		if r.chance(0.4) {
			o = append(o, field{"community_id", comm()})
		}
		if r.chance(0.3) {
			o = append(o, field{"ether", ether()})
		}
		return o
	}
	eph := func() int { return r.in(32768, 60999) }

	var events arr
	// HTTP upload from the spirometer gateway, with Basic auth.
	{
		patient := r.english()
		spiro := r.pick("Vitalograph Pneumotrac 6800", "MIR Spirobank II Smart", "NDD EasyOne Air", "Vyaire Vyntus SPIRO")
		gwHost := "spiro-gw." + dom
		user := r.pick("spiro", "pneumo", "ehr-bridge")
		pass := r.password()
		fev1 := r.f1(1.2, 4.2)
		fvc := round1(fev1 + r.f1(0.3, 1.4))
		body := embed(obj{
			{"patient", cont(patient.full())},
			{"dob", cont(day(r.birth(1940, 2010)))},
			{"fev1_l", hlth(fev1)},
			{"fvc_l", hlth(fvc)},
			{"ratio", hlth(round1(fev1/fvc*100) / 100)},
			{"device", dev(spiro)},
			{"sn", dev(r.serial("", 9))},
		})
		o := base("http", lan.host(r.in(30, 60)), lan.host(r.in(5, 20)), eph(), 8080, "TCP")
		o = append(o, field{"tx_id", plain(0)}, field{"http", obj{
			{"hostname", netw(gwHost)},
			{"url", plain("/api/v2/results")},
			{"http_user_agent", dev(r.pick("SpiroSync/", "Vitalograph-Reports/", "EasyWare/") + r.semver() + " (Windows NT 10.0; Win64)")},
			{"http_content_type", plain("application/json")},
			{"http_method", plain("POST")},
			{"protocol", plain("HTTP/1.1")},
			{"status", plain(200)},
			{"length", plain(r.in(40, 400))},
			{"request_headers", arr{
				obj{{"name", plain("Host")}, {"value", netw(gwHost + ":8080")}},
				obj{{"name", plain("Authorization")}, {"value", cred("Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+pass)))}},
			}},
		}}, field{"http_request_body_printable", body})
		events = append(events, o)
	}
	// An alert on a cleartext login to the patient portal.
	if r.chance(0.7) {
		o := base("alert", lan.host(r.in(30, 60)), lan.host(r.in(5, 20)), eph(), 80, "TCP")
		email := r.email(r.english())
		pw := r.password()
		o = append(o, field{"alert", obj{
			{"action", plain("allowed")},
			{"gid", plain(1)},
			{"signature_id", plain(r.pick("2012887", "2026470", "2013028"))},
			{"rev", plain(r.in(2, 9))},
			{"signature", plain(r.pick("ET POLICY Http Client Body contains pass= in cleartext", "ET INFO Plaintext login over HTTP"))},
			{"category", plain("Potential Corporate Privacy Violation")},
			{"severity", plain(1)},
		}}, field{"app_proto", plain("http")},
			field{"payload_printable", prose(p("POST /portal/login HTTP/1.1\r\nHost: "), p("portal."+dom, netC), p("\r\n\r\nemail="), p(email, contactC), p("&pass="), p(pw, credC))})
		events = append(events, o)
	}
	// DHCP acknowledgements.
	for i, n := 0, r.in(0, 1); i <= n; i++ {
		o := base("dhcp", gw, lan.host(r.in(60, 200)), 67, 68, "UDP")
		o = append(o, field{"dhcp", obj{
			{"type", plain("reply")},
			{"id", plain(r.Int64N(1 << 32))},
			{"client_mac", macAddr(r.mac(":", false))},
			{"assigned_ip", netw(lan.host(r.in(60, 200)))},
			{"client_ip", decoy("0.0.0.0")},
			{"relay_ip", decoy("0.0.0.0")},
			{"next_server_ip", decoy("0.0.0.0")},
			{"dhcp_type", plain("ack")},
			{"lease_time", plain(r.pick("86400", "43200", "3600"))},
			{"subnet_mask", netw("255.255.255.0")},
			{"routers", arr{netw(gw)}},
			{"dns_servers", arr{netw(gw), netw(r.pick("1.1.1.1", "9.9.9.9", "8.8.8.8"))}},
			{"hostname", netw(r.pick("RECEPTION-PC2", "NURSE-STN-1", "SPIRO-GW", "EPSON-WF-C5790", "iPad-Exam3", "FRIDGE-LOGGER", "DR-OFFICE-LT"))},
		}})
		events = append(events, o)
	}
	// DNS for internal names.
	if r.chance(0.6) {
		o := base("dns", lan.host(r.in(30, 60)), gw, eph(), 53, "UDP")
		name := r.pick("ehr", "pacs", "fileserver", "spiro-gw", "printer1", "nas") + "." + dom
		o = append(o, field{"dns", obj{
			{"version", plain(2)},
			{"type", plain("answer")},
			{"id", plain(r.in(1, 65535))},
			{"flags", plain("8180")},
			{"rrname", netw(name)},
			{"rrtype", plain("A")},
			{"rcode", plain("NOERROR")},
			{"answers", arr{obj{{"rrname", netw(name)}, {"rrtype", plain("A")}, {"ttl", plain(r.in(60, 3600))}, {"rdata", netw(lan.host(r.in(5, 40)))}}}},
		}})
		events = append(events, o)
	}
	// TLS to the booking site.
	if r.chance(0.4) {
		o := base("tls", lan.host(r.in(30, 60)), r.wan(), eph(), 443, "TCP")
		o = append(o, field{"tls", obj{
			{"subject", plain("CN=book." + org + ".example")},
			{"issuerdn", plain("C=US, O=Let's Encrypt, CN=" + r.pick("R10", "R11", "E5"))},
			{"serial", plain(r.HEX(2) + ":" + r.HEX(2) + ":" + r.HEX(2) + ":" + r.HEX(2))},
			{"fingerprint", decoy(r.hex(2) + ":" + r.hex(2) + ":" + r.hex(2) + ":" + r.hex(2) + ":" + r.hex(2) + ":" + r.hex(2) + ":" + r.hex(2) + ":" + r.hex(2))},
			{"sni", plain("book." + org + ".example")},
			{"version", plain("TLS 1.3")},
			{"notbefore", plain(iso(after(t, -r.in(10000, 80000))))},
			{"notafter", plain(iso(after(t, r.in(10000, 80000))))},
			{"ja3", obj{{"hash", decoy(r.hex(32))}, {"string", decoy("771,4865-4866-4867-49195-49199,0-23-65281-10-11-35-16-5-13-18-51-45-43-27-21,29-23-24,0")}}},
			{"ja3s", obj{{"hash", decoy(r.hex(32))}}},
		}})
		events = append(events, o)
	}
	// A report leaving the file server.
	if r.chance(0.7) {
		pt := r.english()
		test := r.pick("skin_prick", "spirometry", "ige_panel", "patch_test", "food_challenge")
		o := base("fileinfo", lan.host(r.in(5, 20)), lan.host(r.in(30, 60)), 445, eph(), "TCP")
		o = append(o, field{"app_proto", plain("smb")}, field{"fileinfo", obj{
			{"filename", joined(p("\\Reports\\"+day(t)[:7]+"\\"), p(pt.last+"_"+pt.first, contactC), p("_"+test, healthC), p(".pdf"))},
			{"magic", plain("PDF document, version 1.7")},
			{"gaps", plain(false)},
			{"state", plain("CLOSED")},
			{"sha256", decoy(r.hex(64))},
			{"stored", plain(false)},
			{"size", plain(r.in(40000, 900000))},
			{"tx_id", plain(r.in(0, 9))},
		}})
		events = append(events, o)
	}
	// MQTT from the vaccine fridge logger.
	if r.chance(0.5) {
		o := base("mqtt", lan.host(r.in(60, 200)), lan.host(r.in(5, 20)), eph(), 1883, "TCP")
		o = append(o, field{"mqtt", obj{{"connect", obj{
			{"qos", plain(0)},
			{"retain", plain(false)},
			{"protocol_string", plain("MQTT")},
			{"protocol_version", plain(4)},
			{"flags", obj{{"username", decoy(true)}, {"password", decoy(true)}, {"will", plain(false)}, {"clean_session", plain(true)}}},
			{"client_id", dev(r.pick("fridge-logger-", "vaxfridge-", "templog-") + r.hex(6))},
			{"username", cont(r.pick("fridge", "templog", "vax"))},
			{"password", cred(r.password())},
		}}}})
		events = append(events, o)
	}
	// Engine stats.
	events = append(events, obj{
		{"timestamp", plain(eveTime(t.Add(time.Minute)))},
		{"event_type", plain("stats")},
		{"stats", obj{
			{"uptime", plain(r.in(3600, 9000000))},
			{"capture", obj{{"kernel_packets", plain(r.in(100000, 90000000))}, {"kernel_drops", plain(r.in(0, 500))}}},
		}},
	})
	r.Shuffle(len(events)-1, func(i, j int) { events[i], events[j] = events[j], events[i] })

	pi := r.pick("Raspberry Pi 5 Model B Rev 1.0", "Raspberry Pi 4 Model B Rev 1.5", "Protectli VP2420")
	staff := r.english()
	note := prose(p("Sensor moved to "), p(sensorIP, netC), p(" after the switch swap; mirror port is 8 on the "), p(r.pick("Netgear GS308E", "TP-Link TL-SG108E", "UniFi USW-Lite-8"), devC), p(". Ignore ET INFO from "), p(staff.first, contactC), p("'s laptop."))
	if r.chance(0.35) {
		note = prose(p("Weekly export, rules updated, nothing escalated."))
	}
	return obj{
		{"sensor", obj{
			{"hostname", netw("ids-pi." + dom)},
			{"hardware", dev(pi)},
			{"serial", dev(r.hex(16))},
			{"suricata_version", decoy(r.pick("7.0.5", "7.0.6", "7.0.7"))},
			{"interface", plain("eth0")},
			{"home_net", netw("[" + lan.cidr() + "," + r.pick("10.8.0.0/24", "172.20.0.0/16") + "]")},
			{"management_ip", netw(sensorIP)},
			{"ruleset", plain("et/open " + fmt.Sprint(r.in(40000, 49000)))},
		}},
		{"events", events},
		{"analyst_note", note},
	}
}
