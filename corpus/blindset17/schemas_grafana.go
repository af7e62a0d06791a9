package blindset17

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
)

// paedcgmGrafana: a paediatric diabetes team ran Grafana over its CGM
// data warehouse for weekly reviews. A consultant shared a dashboard
// snapshot; the export later found on a file share bundles the snapshot
// (key, delete key, dashboard with templating, panels with gridPos and the
// snapshotData frames: sensor glucose, time in range, the child's pump and
// CGM with serials, firmware and last upload, a markdown care-team panel,
// annotations), the data sources with decrypted secureJsonData, the org
// users, a service account token and the alerting contact points.
func paedcgmGrafana(r *rng) any {
	t0 := r.when()
	dom := r.pick("paeds-diabetes.internal", "cgm.trust.internal", "dsn.lan")
	child := r.english()
	parent := r.english()
	parent.last = child.last
	dr, dsn := r.english(), r.english()
	mmol := r.chance(0.5)
	unit := "mgdl"
	if mmol {
		unit = "mmol"
	}
	pid := fmt.Sprintf("P-%05d", r.in(10000, 99999))
	uid := func() string { return r.alnum(14) }
	pgUID, nsUID := uid(), uid()
	snapKey := r.alnum(32)

	panelID := 0
	grid := func(h, w, x, y int) obj {
		return obj{{"h", decoy(h)}, {"w", decoy(w)}, {"x", plain(x)}, {"y", plain(y)}}
	}
	dsRef := func(typ, u string) obj { return obj{{"type", plain(typ)}, {"uid", decoy(u)}} }
	nextID := func() leaf { panelID++; return plain(panelID) }

	// sensor glucose frame
	n := r.in(4, 6)
	var times, sgv arr
	for i := 0; i < n; i++ {
		times = append(times, plain(unixMs(after(t0, -5*(n-i)))))
		if mmol {
			sgv = append(sgv, hlth(r.f1(2.9, 16.5)))
		} else {
			sgv = append(sgv, hlth(r.in(52, 297)))
		}
	}
	glucose := obj{
		{"id", nextID()},
		{"type", plain("timeseries")},
		{"pluginVersion", decoy("10.4.2")},
		{"title", plain("Sensor glucose")},
		{"gridPos", grid(9, 24, 0, 0)},
		{"datasource", dsRef("grafana-postgresql-datasource", pgUID)},
		{"targets", arr{obj{
			{"refId", plain("A")},
			{"format", plain("time_series")},
			{"rawSql", plain("SELECT ts AS time, sgv FROM entries WHERE patient_id = '$patient' AND $__timeFilter(ts) ORDER BY 1")},
		}}},
		{"fieldConfig", obj{{"defaults", obj{
			{"unit", plain(unit)},
			{"thresholds", obj{{"mode", plain("absolute")}, {"steps", arr{
				obj{{"color", plain("red")}, {"value", plain(nil)}},
				obj{{"color", plain("green")}, {"value", plain(map[bool]any{true: 3.9, false: 70}[mmol])}},
			}}}},
		}}}},
		{"snapshotData", arr{obj{
			{"refId", plain("A")},
			{"fields", clinical(arr{
				obj{{"name", plain("time")}, {"type", plain("time")}, {"values", times}},
				obj{{"name", plain("sgv")}, {"type", plain("number")}, {"config", obj{{"displayNameFromDS", cont(child.first)}, {"unit", plain(unit)}}}, {"values", sgv}},
			})},
		}}},
	}

	tir := r.in(38, 88)
	tirPanel := obj{
		{"id", nextID()},
		{"type", plain("stat")},
		{"pluginVersion", decoy("10.4.2")},
		{"title", plain("14-day summary")},
		{"gridPos", grid(5, 12, 0, 9)},
		{"datasource", dsRef("grafana-postgresql-datasource", pgUID)},
		{"snapshotData", arr{obj{
			{"refId", plain("B")},
			{"fields", clinical(arr{
				obj{{"name", plain("time_in_range_pct")}, {"type", plain("number")}, {"values", arr{hlth(tir)}}},
				obj{{"name", plain("time_below_pct")}, {"type", plain("number")}, {"values", arr{hlth(r.in(1, 12))}}},
				obj{{"name", plain("gmi_pct")}, {"type", plain("number")}, {"values", arr{hlth(r.f1(6.2, 9.4))}}},
				obj{{"name", plain("tdd_units")}, {"type", plain("number")}, {"values", arr{hlth(r.f1(12, 64))}}},
			})},
		}}},
	}

	pump := r.pick("Omnipod 5", "Tandem t:slim X2", "Medtronic MiniMed 780G", "Ypsomed mylife YpsoPump")
	cgm := r.pick("Dexcom G7", "Dexcom G6", "FreeStyle Libre 3", "Guardian 4")
	phone := r.pick("iPhone 13 / iOS 17.5", "iPhone SE (2022) / iOS 17.4", "Samsung Galaxy A54 / Android 14", "Pixel 7a / Android 14")
	devPanel := obj{
		{"id", nextID()},
		{"type", plain("table")},
		{"pluginVersion", decoy("10.4.2")},
		{"title", plain("Devices")},
		{"gridPos", grid(5, 12, 12, 9)},
		{"datasource", dsRef("yesoreyeram-infinity-datasource", nsUID)},
		{"snapshotData", arr{obj{
			{"refId", plain("C")},
			{"fields", arr{
				obj{{"name", plain("device")}, {"type", plain("string")}, {"values", arr{dev(pump), dev(cgm)}}},
				obj{{"name", plain("serial")}, {"type", plain("string")}, {"values", arr{dev(r.serial("", 9)), dev(r.serial("", 10))}}},
				obj{{"name", plain("firmware")}, {"type", plain("string")}, {"values", arr{dev(r.semver()), dev(fmt.Sprintf("%d.%d", r.in(1, 9), r.in(0, 99)))}}},
				obj{{"name", plain("last_upload")}, {"type", plain("time")}, {"values", arr{dev(unixMs(after(t0, -r.in(5, 900)))), dev(unixMs(after(t0, -r.in(5, 900))))}}},
				obj{{"name", plain("uploader")}, {"type", plain("string")}, {"values", arr{dev(phone), dev(phone)}}},
			}},
		}}},
	}

	var note leaf
	ratio := fmt.Sprintf("1:%d", r.in(6, 20))
	switch r.IntN(3) {
	case 0:
		note = prose(p("**Care team:** "), p("Dr "+dr.full(), contactC), p(" (consultant), DSN "), p(dsn.full(), contactC), p(" ext 4412.\n\n**Parents:** "), p(parent.first, contactC), p(" "), p(r.enPhone(), contactC), p("\n\n**Pump:** "), p(pump, devC), p(", ICR "+ratio+", ISF "+fmt.Sprint(r.f1(1.5, 5)), healthC))
	case 1:
		note = prose(p("Review with "), p(child.first, contactC), p(" and mum at clinic. "), p(r.pick("Coeliac screen positive, gluten-free diet started.", "Lipohypertrophy on abdomen, rotate sites.", "Recurrent night hypos after football, reduce basal 10%."), healthC))
	default:
		note = prose(p("Use the patient dropdown above. Data refreshes every 15 minutes from the clinic relay."))
	}
	textPanel := obj{
		{"id", nextID()},
		{"type", plain("text")},
		{"title", plain("Notes")},
		{"gridPos", grid(6, 24, 0, 14)},
		{"options", obj{{"mode", plain("markdown")}, {"content", note}}},
	}

	var annText leaf
	if r.chance(0.6) {
		annText = prose(p(r.pick("Hypo 2.8 overnight, mum gave 15 g glucose gel, ", "Sensor failed day 6, replaced, ", "Ketones 1.4 during tummy bug, ", "Site occlusion at school, "), healthC), p("called "), p(r.pick("DSN line", "on-call reg", "school nurse")), p("."))
	} else {
		annText = prose(p("Pump settings reviewed at clinic."))
	}

	snapshot := obj{
		{"key", cred(snapKey)},
		{"deleteKey", cred(r.alnum(32))},
		{"name", joined(p("CGM review – "), p(child.first+" "+child.last[:1]+".", contactC))},
		{"external", plain(false)},
		{"externalUrl", plain("")},
		{"expires", plain(iso(after(t0, 60*24*r.in(1, 30))))},
		{"created", plain(iso(t0))},
	}
	dashboard := obj{
		{"id", plain(nil)},
		{"uid", decoy(uid())},
		{"title", plain("Patient CGM – weekly review")},
		{"tags", stringsOf(plain, "cgm", "paeds")},
		{"timezone", plain("browser")},
		{"schemaVersion", decoy(r.in(36, 39))},
		{"version", plain(r.in(3, 80))},
		{"time", obj{{"from", plain("now-14d")}, {"to", plain("now")}}},
		{"templating", obj{{"list", arr{obj{
			{"name", plain("patient")},
			{"label", plain("Patient")},
			{"type", plain("query")},
			{"datasource", dsRef("grafana-postgresql-datasource", pgUID)},
			{"query", plain("SELECT display_name AS __text, id AS __value FROM patients WHERE clinic_id = 3")},
			{"current", obj{{"selected", plain(true)}, {"text", cont(child.last + ", " + child.first)}, {"value", plain(pid)}}},
			{"refresh", plain(1)},
		}}}}},
		{"annotations", obj{{"list", arr{obj{
			{"builtIn", plain(1)},
			{"name", plain("Annotations & Alerts")},
			{"enable", plain(true)},
			{"snapshotData", arr{obj{
				{"time", plain(unixMs(after(t0, -r.in(60, 9000))))},
				{"text", annText},
				{"tags", stringsOf(plain, "clinic-note")},
			}}},
		}}}}},
		{"panels", arr{glucose, tirPanel, devPanel, textPanel}},
	}

	datasources := arr{
		obj{
			{"id", plain(1)},
			{"uid", decoy(pgUID)},
			{"orgId", plain(1)},
			{"name", plain("CGM warehouse")},
			{"type", plain("grafana-postgresql-datasource")},
			{"access", plain("proxy")},
			{"url", netw("pg-cgm." + dom + ":5432")},
			{"user", cont(r.pick("grafana_ro", "grafana", "dash_reader"))},
			{"database", plain("cgm")},
			{"basicAuth", decoy(false)},
			{"isDefault", plain(true)},
			{"jsonData", obj{{"sslmode", plain("require")}, {"postgresVersion", decoy(r.pick3(1400, 1500, 1600))}, {"timescaledb", plain(true)}, {"maxOpenConns", plain(10)}}},
			{"secureJsonData", obj{{"password", cred(r.password())}}},
			{"readOnly", plain(false)},
		},
		obj{
			{"id", plain(2)},
			{"uid", decoy(nsUID)},
			{"orgId", plain(1)},
			{"name", plain("Nightscout relay")},
			{"type", plain("yesoreyeram-infinity-datasource")},
			{"access", plain("proxy")},
			{"url", netw("https://ns-relay." + dom)},
			{"basicAuth", decoy(false)},
			{"isDefault", plain(false)},
			{"jsonData", obj{{"auth_method", plain("apiKey")}, {"apiKeyKey", plain("api-secret")}, {"allowedHosts", arr{netw("https://ns-relay." + dom)}}}},
			{"secureJsonData", obj{{"apiKeyValue", cred(r.hex(40))}}},
			{"readOnly", plain(false)},
		},
	}
	if r.chance(0.3) {
		datasources = append(datasources, obj{
			{"id", plain(3)},
			{"uid", decoy(uid())},
			{"orgId", plain(1)},
			{"name", plain("Relay logs")},
			{"type", plain("loki")},
			{"access", plain("proxy")},
			{"url", netw(fmt.Sprintf("http://%s:3100", r.lan().host(r.in(10, 60))))},
			{"basicAuth", decoy(true)},
			{"basicAuthUser", cont("loki")},
			{"isDefault", plain(false)},
			{"jsonData", obj{{"maxLines", plain(1000)}}},
			{"secureJsonData", obj{{"basicAuthPassword", cred(r.password())}}},
			{"readOnly", plain(false)},
		})
	}

	var users arr
	for i, u := range []person{dr, dsn, r.english()} {
		if i == 2 && r.chance(0.7) {
			break
		}
		mail := r.email(u.first, u.last)
		sum := md5.Sum([]byte(mail))
		users = append(users, obj{
			{"orgId", plain(1)},
			{"userId", plain(i + 1)},
			{"email", cont(mail)},
			{"name", cont(u.full())},
			{"avatarUrl", cont("/avatar/" + hex.EncodeToString(sum[:]))},
			{"login", cont(r.userName(u.first, u.last))},
			{"role", plain([]string{"Admin", "Editor", "Viewer"}[i])},
			{"lastSeenAt", plain(iso(after(t0, -r.in(10, 9000))))},
			{"lastSeenAtAge", plain(fmt.Sprintf("%d days", r.in(1, 9)))},
		})
	}

	contacts := arr{
		obj{{"name", plain("dsn-oncall")}, {"type", plain("email")}, {"settings", obj{
			{"addresses", joined(p(r.email(dsn.first, dsn.last), contactC), p(";"), p(r.email(dr.first, dr.last), contactC))},
			{"singleEmail", plain(false)},
		}}},
	}
	if r.chance(0.6) {
		contacts = append(contacts, obj{{"name", plain("pump-alerts")}, {"type", plain("slack")}, {"settings", obj{
			{"url", cred(r.slackHook())},
			{"recipient", plain("#dsn-alerts")},
		}}})
	}

	return obj{
		{"grafana_version", decoy(fmt.Sprintf("10.%d.%d", r.in(0, 4), r.in(0, 9)))},
		{"meta", obj{
			{"type", plain("snapshot")},
			{"canSave", plain(false)},
			{"url", cred("/dashboard/snapshot/" + snapKey)},
			{"created", plain(iso(t0))},
		}},
		{"snapshot", snapshot},
		{"dashboard", dashboard},
		{"datasources", datasources},
		{"org_users", users},
		{"service_accounts", arr{obj{
			{"id", plain(r.in(2, 20))},
			{"name", plain("nightscout-import")},
			{"role", plain("Editor")},
			{"tokens", arr{obj{
				{"id", plain(r.in(1, 40))},
				{"name", plain("import-" + fmt.Sprint(r.in(2023, 2024)))},
				{"key", cred("glsa_" + r.alnum(32) + "_" + r.hex(8))},
				{"expiration", plain(nil)},
				{"hasExpired", decoy(false)},
			}}},
		}}},
		{"contact_points", contacts},
	}
}
