package blindset10

import (
	"fmt"
)

// dental-loki-streams: a Grafana Loki query_range response from a dental
// group's IT: streams with their labels and [nanosecond timestamp, line]
// pairs. The practice-management API logs in logfmt, the imaging bridge in
// JSON, FreeRADIUS in its own words; each line is one free-text leaf.

func dentalLine(r *rng, app string, sec int64) leaf {
	user := r.pick("dr.okafor", "hyg.tamika", "fd.marlene", "admin", "dr.kowalczyk", "billing2")
	ts := isoAt(int(sec))
	switch app {
	case "pms-api":
		switch r.IntN(8) {
		case 0, 6:
			return prose(p(fmt.Sprintf("level=info ts=%s caller=auth.go:88 msg=\"login ok\" user=", ts)), p(user, contactC), p(" ip="), p(r.privIP(), netC), p(" ua=\""), p(r.desktopUA(), devC), p("\""))
		case 1, 7:
			pf, pl := r.pick(usFirst...), r.pick(usLast...)
			return prose(p(fmt.Sprintf("level=info ts=%s caller=reminders.go:212 msg=\"appointment reminder sent\" to=", ts)), p(usPhone(r), contactC), p(" patient=\""), p(pf+" "+pl, contactC), p("\" appt_type=\"SRP quad\" note=\"premed amoxicillin 2g 1h prior (hip replacement)\"", healthC))
		case 2:
			return prose(p(fmt.Sprintf("level=info ts=%s caller=eligibility.go:51 msg=\"eligibility check\" payer=DeltaDental member=%s status=200 duration_ms=%d", ts, r.digits(9), r.in(80, 2400))))
		case 3:
			return prose(p(fmt.Sprintf("level=info ts=%s caller=perio.go:140 msg=\"chart saved\" chart=%d tooth=%d pocket_mm=%d bop=true mobility=%d", ts, r.in(10000, 99999), r.in(1, 32), r.in(4, 9), r.in(0, 2)), healthC))
		case 4:
			return prose(p(fmt.Sprintf("level=error ts=%s caller=db.go:33 msg=\"db connect failed\" dsn=", ts)), p(fmt.Sprintf("postgres://pms:%s@%s:5432/pms?sslmode=disable", r.alnum(12), r.privIP()), credC, netC), p(" err=\"connection refused\""))
		default:
			return prose(p(fmt.Sprintf("level=info ts=%s caller=pay.go:77 msg=\"payment captured\" amount=%s order=555%s", ts, money(r.fl(40, 900, 2)), r.digits(7))))
		}
	case "imaging-bridge":
		switch r.IntN(4) {
		case 0, 3:
			return prose(p(fmt.Sprintf(`{"level":"warn","ts":"%s","msg":"sensor reconnect","sensor_model":"`, ts)), p(r.pick("Schick 33", "Dexis Titanium", "Carestream RVG 6200"), devC), p(`","sensor_sn":"`), p(r.upnum(10), devC), p(`","workstation":"`), p(fmt.Sprintf("op%d-pc.mesa.dental.lan", r.in(1, 8)), netC), p(`","ip":"`), p(r.privIP(), netC), p(`"}`))
		case 1:
			return prose(p(fmt.Sprintf(`{"level":"info","ts":"%s","msg":"study stored","modality":"IO","images":%d,"sha1":"%s"}`, ts, r.in(1, 18), r.hex(40))))
		default:
			return prose(p(fmt.Sprintf(`{"level":"info","ts":"%s","msg":"pano acquired","patient":"`, ts)), p(r.pick(usFirst...)+" "+r.pick(usLast...), contactC), p(`","finding":"`), p(r.pick("impacted #17 #32", "periapical radiolucency #19", "bone loss 30% posterior"), healthC), p(`"}`))
		}
	case "freeradius":
		mac := r.mac("-", true)
		switch r.IntN(5) {
		case 0, 3:
			return prose(p("Auth: ("+fmt.Sprint(r.in(1000, 99999))+") Login OK: ["), p(user, contactC), p("] (from client ap-op"+fmt.Sprint(r.in(1, 8))+" port 0 cli "), pmac(mac), p(") SSID "), p(r.pick("DentalStaff", "MesaDental-Corp"), netC))
		case 1, 4:
			return prose(p("Auth: ("+fmt.Sprint(r.in(1000, 99999))+") Login incorrect (mschap: MS-CHAP2-Response is incorrect): ["), p(user, contactC), p("/<via Auth-Type = eap>] (from client ap-lobby port 0 cli "), pmac(mac), p(")"))
		default:
			return prose(p("Info: Ready to process requests"))
		}
	default: // sms-gateway
		switch r.IntN(4) {
		case 0, 3:
			return prose(p("POST https://api.twilio.com/2010-04-01/Accounts/AC"+r.hex(32)+"/Messages.json auth_token="), p(r.hex(32), credC), p(" status=201"))
		case 1:
			return prose(p("queued sms to "), p(usPhone(r), contactC), p(": \"Reminder: cleaning w/ Dr. Okafor tomorrow 9:00. Reply C to confirm\""))
		default:
			return prose(p(fmt.Sprintf("batch done sent=%d failed=%d", r.in(10, 400), r.in(0, 9))))
		}
	}
}

func dentalLoki(r *rng) any {
	apps := r.pickSome(r.in(2, 4), "pms-api", "imaging-bridge", "freeradius", "sms-gateway")
	var result arr
	for _, app := range apps {
		host := map[string]string{
			"pms-api":        r.pick("dc-mesa-app01", "dc-mesa-app02"),
			"imaging-bridge": r.pick("img-bridge.mesa.dental.lan", "op1-pc.mesa.dental.lan"),
			"freeradius":     r.pick("radius01.corp.internal", "nps-01.corp.internal"),
			"sms-gateway":    r.pick("dc-mesa-app01", "notify-01.corp.internal"),
		}[app]
		labels := obj{
			{"app", plain(app)},
			{"host", netw(host)},
			{"instance", netw(fmt.Sprintf("%s:%d", r.privIP(), r.pick2(9080, 3101, 9100)))},
		}
		var values arr
		t := int64(r.when())
		for k := r.in(2, 4); k > 0; k-- {
			t += int64(r.in(1, 600))
			values = append(values, arr{plain(fmt.Sprintf("%d%09d", t, r.in(0, 999999999))), dentalLine(r, app, t)})
		}
		result = append(result, obj{{"stream", labels}, {"values", values}})
	}
	return obj{
		{"status", plain("success")},
		{"data", obj{
			{"resultType", plain("streams")},
			{"result", result},
			{"stats", obj{{"summary", obj{
				{"bytesProcessedPerSecond", decoy(r.in(100000, 90000000))},
				{"linesProcessedPerSecond", decoy(r.in(1000, 900000))},
				{"totalBytesProcessed", decoy(r.in(10000, 9000000))},
				{"totalLinesProcessed", decoy(r.in(100, 90000))},
				{"execTime", decoy(r.fl(0.001, 2.5, 6))},
				{"queueTime", decoy(r.fl(0.0001, 0.05, 6))},
			}}}},
		}},
	}
}
