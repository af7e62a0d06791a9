package blindset20

import (
	"fmt"
	"time"
)

func assistedAlertmanager(r *rng) any {
	org := r.pick("oakleigh-living", "willowcourt", "brambles-care", "heatherbank")
	dom := org + ".internal"
	lan := r.lan()
	prom := "http://prometheus." + dom + ":9090"
	am := "http://alertmanager." + dom + ":9093"
	t := r.when()
	wings := []string{"Rowan", "Birch", "Hazel", "Alder", "Linden"}

	type kind struct {
		name, sev, job string
	}
	kinds := []kind{
		{"ResidentHeartRateHigh", "warning", "vitals-exporter"},
		{"ResidentFallDetected", "critical", "radar-exporter"},
		{"ResidentGlucoseLow", "critical", "cgm-bridge"},
		{"GatewayOffline", "warning", "blackbox"},
		{"PendantBatteryLow", "info", "telecare-exporter"},
		{"NightDoorOpen", "warning", "zigbee2mqtt-exporter"},
	}
	deliveries := arr{}
	for d, nd := 0, r.in(1, 2); d < nd; d++ {
		k := kinds[r.IntN(len(kinds))]
		res := r.english()
		room := fmt.Sprintf("%s %d", wings[r.IntN(len(wings))], r.in(1, 30))
		inst := fmt.Sprintf("%s:%d", lan.host(r.in(10, 200)), r.pick2(9100, 9115, 8080, 9273))
		var devModel, devSerial string
		var summary, desc, value leaf
		switch k.name {
		case "ResidentHeartRateHigh":
			devModel = r.pick("Withings ScanWatch 2", "Samsung Galaxy Watch6", "Fitbit Charge 6")
			hr := r.in(118, 160)
			value = hlth(fmt.Sprint(hr))
			summary = prose(p("Heart rate "), p(fmt.Sprintf("%d bpm", hr), healthC), p(" for "), p(res.full(), contactC), p(" ("+room+")"))
			desc = prose(p("Above 115 bpm for 10m; resting baseline 72. "), p(r.pick("On bisoprolol 2.5mg", "Known AF", "Post-op day 4"), healthC), p("."))
		case "ResidentFallDetected":
			devModel = r.pick("Vayyar Care", "Aqara FP2", "Nobi Smart Lamp")
			mins := r.in(1, 9)
			value = hlth(fmt.Sprint(mins))
			summary = prose(p("Fall detected for "), p(res.full(), contactC), p(" in "+r.pick("bathroom", "bedroom", "en-suite")+", "), p(fmt.Sprintf("no movement %dm", mins), healthC))
			desc = prose(p("Radar confidence 0.9" + fmt.Sprint(r.in(1, 9)) + "; call staff bleep 214."))
		case "ResidentGlucoseLow":
			devModel = r.pick("FreeStyle Libre 3", "Dexcom G7")
			g := r.f1(2.4, 3.8)
			value = hlth(fmt.Sprint(g))
			summary = prose(p("CGM glucose "), p(fmt.Sprintf("%.1f mmol/L", g), healthC), p(" for "), p(res.first, contactC), p(" ("+room+")"))
			desc = prose(p("Type 1 diabetic", healthC), p("; give 15g fast carbs and recheck in 15 min."))
		case "GatewayOffline":
			devModel = r.pick("Tunstall Lifeline Smart Hub", "Legrand Neat NOVO", "Chiptech Go")
			value = plain("0")
			summary = prose(p("Telecare hub in " + room + " unreachable for 5m"))
			desc = prose(p("Last seen from "), p(lan.host(r.in(10, 200)), netC), p(", firmware "), p(r.semver(), devC), p("."))
		case "PendantBatteryLow":
			devModel = r.pick("Tunstall MyAmie", "Doro Secure 580", "Chiptech Go Pendant")
			value = plain(fmt.Sprint(r.in(3, 15)))
			summary = prose(p("Pendant battery low for "), p(res.full(), contactC))
			desc = prose(p("Replace within 48h."))
		default:
			devModel = r.pick("Aqara Door Sensor", "SONOFF SNZB-04", "Philips Hue secure contact")
			value = plain("1")
			summary = prose(p("Door of " + room + " open at night"))
			desc = prose(p("Resident "), p(res.first, contactC), p(" has "), p("dementia, exit-seeking", healthC), p("; check corridor."))
		}
		devSerial = r.serial("", 10)
		labels := obj{
			{"alertname", plain(k.name)},
			{"instance", netw(inst)},
			{"job", plain(k.job)},
			{"severity", plain(k.sev)},
			{"room", plain(room)},
			{"device_model", dev(devModel)},
			{"device_serial", dev(devSerial)},
		}
		if k.name != "GatewayOffline" && k.name != "NightDoorOpen" {
			labels = append(labels, field{"resident", cont(res.full())})
		}
		if r.chance(0.5) {
			labels = append(labels, field{"gateway_mac", macAddr(r.mac(":", false))})
		}
		t = t.Add(time.Duration(r.in(60, 40000)) * time.Second)
		alert := obj{
			{"status", plain("firing")},
			{"labels", labels},
			{"annotations", obj{{"summary", summary}, {"description", desc}, {"value", value}, {"runbook_url", netw("https://wiki." + dom + "/runbooks/" + k.name)}}},
			{"startsAt", plain(t.Format(time.RFC3339Nano))},
			{"endsAt", plain("0001-01-01T00:00:00Z")},
			{"generatorURL", netw(prom + "/graph?g0.expr=" + k.job + "_alert%3D%3D1&g0.tab=1")},
			{"fingerprint", decoy(r.hex(16))},
		}
		body := obj{
			{"receiver", plain(r.pick("nurse-station-webhook", "on-call-pushover"))},
			{"status", plain("firing")},
			{"alerts", arr{alert}},
			{"groupLabels", obj{{"alertname", plain(k.name)}}},
			{"commonLabels", obj{{"alertname", plain(k.name)}, {"severity", plain(k.sev)}}},
			{"commonAnnotations", obj{}},
			{"externalURL", netw(am)},
			{"version", plain("4")},
			{"groupKey", decoy(fmt.Sprintf("{}/{severity=\"%s\"}:{alertname=\"%s\"}", k.sev, k.name))},
			{"truncatedAlerts", plain(0)},
		}
		deliveries = append(deliveries, obj{
			{"received_at", plain(iso(t.Add(2 * time.Second)))},
			{"remote_addr", netw(fmt.Sprintf("%s:%d", lan.host(r.in(2, 9)), r.in(32768, 60999)))},
			{"headers", obj{
				{"User-Agent", decoy("Alertmanager/0." + fmt.Sprint(r.in(25, 28)) + "." + fmt.Sprint(r.in(0, 2)))},
				{"Content-Type", plain("application/json")},
				{"Authorization", cred("Bearer " + r.b64url(32))},
			}},
			{"body", body},
		})
	}

	smtpUser := r.pick("alerts", "monitoring", "noc") + "@" + org + ".example"
	recvUser := r.pick("am", "hook", "alertmanager")
	config := obj{
		{"global", obj{
			{"resolve_timeout", plain("5m")},
			{"smtp_smarthost", netw("smtp." + dom + ":587")},
			{"smtp_from", cont(smtpUser)},
			{"smtp_auth_username", cont(smtpUser)},
			{"smtp_auth_password", cred(r.password())},
			{"smtp_require_tls", decoy(true)},
		}},
		{"route", obj{
			{"receiver", plain("nurse-station-webhook")},
			{"group_by", arr{plain("alertname"), plain("resident")}},
			{"group_wait", plain("30s")},
			{"repeat_interval", plain("4h")},
			{"routes", arr{obj{{"matchers", arr{plain("severity=\"critical\"")}}, {"receiver", plain("on-call-pushover")}, {"continue", plain(true)}}}},
		}},
		{"receivers", arr{
			obj{{"name", plain("nurse-station-webhook")}, {"webhook_configs", arr{obj{
				{"url", netw("http://nursestation." + dom + ":8080/hook")},
				{"send_resolved", decoy(true)},
				{"http_config", obj{{"basic_auth", obj{{"username", cont(recvUser)}, {"password", cred(r.password())}}}}},
			}}}},
			obj{{"name", plain("on-call-pushover")}, {"pushover_configs", arr{obj{
				{"user_key", cred("u" + r.from(lowerNum, 29))},
				{"token", cred("a" + r.from(lowerNum, 29))},
				{"priority", plain("2")},
				{"retry", plain("1m")},
			}}}},
			obj{{"name", plain("grafana-oncall")}, {"webhook_configs", arr{obj{
				{"url", joined(p("https://oncall.grafana.example/integrations/v1/alertmanager/"), p(r.alnum(25), credC), p("/"))},
				{"send_resolved", decoy(true)},
			}}}},
			obj{{"name", plain("opsgenie")}, {"opsgenie_configs", arr{obj{
				{"api_key", cred(r.uuid())},
				{"api_url", plain("https://api.eu.opsgenie.com/")},
				{"responders", arr{obj{{"name", plain("night-nurses")}, {"type", plain("team")}}}},
			}}}},
		}},
		{"inhibit_rules", arr{obj{
			{"source_matchers", arr{plain("alertname=\"GatewayOffline\"")}},
			{"target_matchers", arr{plain("severity=\"warning\"")}},
			{"equal", arr{plain("room")}},
		}}},
		{"templates", arr{plain("/etc/alertmanager/templates/*.tmpl")}},
	}
	remote := obj{
		{"url", plain("https://prometheus-prod-" + fmt.Sprint(r.in(10, 40)) + "-prod-eu-west-2.grafana.net/api/prom/push")},
		{"password", cred("glc_" + r.b64(90))},
		{"queue_config", obj{{"max_samples_per_send", plain(2000)}, {"capacity", plain(10000)}}},
	}
	var note leaf
	switch r.IntN(3) {
	case 0:
		note = prose(p("Debug receiver on "), p(lan.host(r.in(2, 9)), netC), p(" kept 7 days of bodies; night manager "), p(r.english().full(), contactC), p(" asked for it."))
	case 1:
		note = prose(p("Captured while testing the new nurse-station webhook; remove after go-live."))
	default:
		note = prose(p("Pushover on-call phone is "), p(r.ukMobile(), contactC), p(", a "), p(r.pick("Pixel 7a", "iPhone 13", "Galaxy A54"), devC), p("."))
	}
	return obj{
		{"capture", obj{{"tool", plain("webhook-dump " + r.semver())}, {"listen", netw(":" + fmt.Sprint(r.pick2(5001, 9095, 8088, 8080)))}}},
		{"deliveries", deliveries},
		{"amtool_config_show", config},
		{"prometheus_remote_write", remote},
		{"note", note},
	}
}

// pick2 draws one of xs.
func (r *rng) pick2(xs ...int) int { return xs[r.IntN(len(xs))] }
