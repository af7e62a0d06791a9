package finalset

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

const (
	cC = corpus.Credential
	cK = corpus.Contact
	cN = corpus.NetworkLayout
	cD = corpus.DeviceInventory
	cH = corpus.Health
)

// chatMessage writes one chat message; users are the workspace members.
func chatMessage(r *rand.Rand, users []person, fq string) *text {
	t := &text{}
	who := pick(r, users...)
	switch r.IntN(18) {
	case 0:
		t.w("can someone reset the wifi pw for ").v(pick(r, "3rd floor", "the lab")+" SSID "+pick(r, "CORP-STAFF", "ACME-IOT", "OFFICE-WLAN"), cN).w("? current one is ").v(passphrase(r), cC)
	case 1:
		t.w("deploying to ").v(privIP(r), cN).w(" now, build ").d(dottedVersion(r)).w(" :rocket:")
	case 2:
		t.w("here's the token for the staging bot: ").v(pick(r, slackBot(r), ghp(r), glpat(r), npmTok(r)), cC).w(" pls don't share")
	case 3:
		t.w("my kid ").v(pick(r, "has a peanut allergy", "has type 1 diabetes", "broke her arm", "has chickenpox"), cH).w(" so I'll be remote today")
	case 4:
		t.w("lol ok")
	case 5:
		t.w("ticket ").d(ticket(r, "#")).w(" is fixed in ").d("v" + semver(r)).w(", closing")
	case 6:
		t.w("ping ").v("@"+username(r, who), cK).w(" - can you call the customer at ").v(phone(r, pick(r, "US", "GB", "DE", "PT")), cK).w("?")
	case 7:
		t.w("new printer is at ").v("http://"+privIP(r), cN).w(", hostname ").v("prn-"+rs(r, lowAl, 4)+"."+fq, cN)
	case 8:
		t.w("AWS creds for the bucket: ").v(awsKeyID(r)+" / "+awsSecret(r), cC)
	case 9:
		t.w("FYI I'm off next week, ").v(pick(r, "surgery on my knee", "IVF appointment", "starting chemo", "therapy sessions"), cH).w(". ").v(who.first, cK).w(" covers for me")
	case 10:
		t.w("the dashboard shows ").d(fmt.Sprint(between(r, 100, 9000))).w(" sessions and ").d(fmt.Sprint(between(r, 1, 90))).w(" errors since ").d(fmt.Sprintf("%02d:%02d", r.IntN(24), r.IntN(60)))
	case 11:
		t.w("forward to ").v(email(r, personOf(r)), cK).w(" please")
	case 12:
		t.w("the camera in the lobby has MAC ").m(macColon(r)).w(", firmware ").v(semver(r), cD).w(", serial ").v(serial(r, "CAM", 9), cD)
	case 13:
		t.w("VPN subnet is ").v(pick(r, "10.8.0.0/24", "172.20.0.0/16", "10.250.12.0/22"), cN).w(" and gateway ").v(pick(r, "10.8.0.1", "172.20.0.1"), cN).w(", ").v("port "+fmt.Sprint(pick(r, 1194, 51820, 443)), cN)
	case 14:
		t.w("Meeting moved to ").d(fmt.Sprintf("%d:30", between(r, 9, 17))).w(", room ").d(pick(r, "Ada", "Turing", "3.14"))
	case 15:
		t.w("webhook secret for prod: ").v(whsec(r), cC).w(" and the signing key is in vault")
	case 16:
		t.w("Send the contract to ").v(who.western(), cK).w(", ").v(addressOf(r, who).street, cK)
	default:
		t.w(pick(r, "thanks!", "+1", "on it", "merged", "sounds good, will check tomorrow"))
	}
	return t
}

// chat-export: a workspace chat export for one channel.
func genChat(r *rand.Rand) *node {
	fq := pick(r, "corp.internal", "lan.acme.example", "office.globex.test")
	tz := pick(r, "Europe/Lisbon", "America/New_York", "Europe/Berlin", "Asia/Seoul")
	var users []person
	var uids []string
	um := obj()
	for i := 0; i < between(r, 2, 4); i++ {
		p := personOf(r)
		id := "U0" + rs(r, upAlnum, 8)
		users = append(users, p)
		uids = append(uids, id)
		u := obj().
			add("real_name", str(p.western(), lContact)).
			add("display_name", str(username(r, p), lContact)).
			add("email", str(workEmail(p, pick(r, "acme.example", "globex.example")), lContact)).
			add("title", str(pick(r, "Support Engineer", "Ops", "Designer", "Account Manager"), lNone)).
			add("tz", str(tz, lDecoy)).
			add("is_admin", boolv(chance(r, 0.2), lDecoy)).
			add("deleted", boolv(false, lDecoy)).
			add("updated", intv(when(r).Unix(), lDecoy))
		u.opt(chance(r, 0.4), "phone", func() *node { return str(phoneOf(r, p), lContact) })
		u.opt(chance(r, 0.6), "image_72", func() *node {
			return str("https://avatars.chat.example/"+rs(r, hexLow, 12)+"_72.jpg", lContact)
		})
		um.add(id, u)
	}
	root := obj().add("channel", obj().
		add("id", str("C0"+rs(r, upAlnum, 9), lDecoy)).
		add("name", str(pick(r, "it-helpdesk", "ops", "random", "eng-deploys", "support-tier2"), lDecoy)).
		add("created", intv(when(r).Unix(), lDecoy)).
		add("member_count", intv(int64(between(r, 3, 400)), lDecoy)))
	root.add("users", um)
	msgs := arr()
	for i := 0; i < between(r, 2, 6); i++ {
		ts := fmt.Sprintf("%d.%06d", when(r).Unix(), r.IntN(999999))
		m := obj().
			add("type", str("message", lDecoy)).
			add("user", str(pick(r, uids...), lDecoy)).
			add("ts", str(ts, lDecoy)).
			add("text", chatMessage(r, users, fq).leaf(corpus.HardFreeText))
		if chance(r, 0.3) {
			m.add("reactions", arr(obj().add("name", str(pick(r, "+1", "eyes", "white_check_mark"), lDecoy)).add("count", intv(int64(between(r, 1, 9)), lDecoy))))
		}
		if chance(r, 0.15) {
			m.add("ai_summary", obj().
				add("model", str(pick(r, "summarizer-v2", "gist-large-2024"), lDecoy)).
				add("token_count", intv(int64(between(r, 40, 900)), lDecoy)).
				add("model_version", str(dottedVersion(r), lDecoy)))
		}
		if chance(r, 0.2) {
			m.add("thread_ts", str(ts, lDecoy)).add("reply_count", intv(int64(between(r, 1, 20)), lDecoy))
		}
		if chance(r, 0.15) {
			m.add("files", arr(obj().
				add("name", str(pick(r, "screenshot.png", "router-backup.cfg", "invoice.pdf"), lDecoy)).
				add("size", intv(int64(between(r, 2000, 9000000)), lDecoy)).
				add("original_w", intv(int64(pick(r, 1920, 2560, 1280)), lDecoy)).
				add("original_h", intv(int64(pick(r, 1080, 1440, 720)), lDecoy)).
				add("url_private", str("https://files.chat.example/files-pri/T0"+rs(r, upAlnum, 8)+"/"+rs(r, lowAl, 8), lNone))))
		}
		msgs.push(m)
	}
	root.add("messages", msgs)
	if chance(r, 0.4) {
		root.add("integration", obj().
			add("bot_token", str(slackBot(r), lCred)).
			add("signing_secret", str(rs(r, hexLow, 32), lCred)).
			add("incoming_webhook", str("https://hooks.chat.example/services/T0"+rs(r, upAlnum, 8)+"/B0"+rs(r, upAlnum, 8)+"/"+rs(r, alnum, 24), lCred)).
			add("token_type", str("bot", lDecoy)).
			add("scopes", str("chat:write,channels:read", lDecoy)))
	}
	return root
}

// mqtt-log: an IoT platform's MQTT capture; payloads are JSON held in strings.
func genMQTT(r *rand.Rand) *node {
	lan := lanPrefix(r)
	broker := lan + "." + fmt.Sprint(between(r, 2, 20))
	capt := obj().
		add("broker_ip", str(broker, lNet)).
		add("listener_port", intv(int64(pick(r, 1883, 8883)), lNet)).
		add("tool", str("mqtt-capture "+dottedVersion(r), lDecoy)).
		add("started", str(iso(when(r)), lDecoy))
	capt.opt(chance(r, 0.4), "password", func() *node { return str(password(r), lCred) })
	msgs := arr()
	for i := 0; i < between(r, 2, 6); i++ {
		devID := pick(r, "thermo-", "lock-", "scale-", "plug-", "bpcuff-", "cam-") + rs(r, hexUp, 6)
		kind := strings.TrimSuffix(devID[:strings.Index(devID, "-")+1], "-")
		m := obj().add("ts", intv(when(r).UnixMilli(), lDecoy))
		var pl *node
		var topic string
		switch {
		case chance(r, 0.15):
			topic = "home/" + pick(r, "livingroom", "kitchen", "garage") + "/" + pick(r, "light", "temp", "motion")
			m.add("topic", str(topic, lNone))
			m.add("payload", str(pick(r, "ON", "OFF", "21.5", "true"), lNone))
			m.add("qos", intv(int64(r.IntN(2)), lDecoy)).add("retain", boolv(chance(r, 0.3), lDecoy))
			msgs.push(m)
			continue
		case chance(r, 0.2):
			topic = "provision/" + devID + "/config"
			pl = obj().add("ssid", str(ssid(r), lNet)).add("pass", str(passphrase(r), lCred)).
				add("ip", str(lan+"."+fmt.Sprint(between(r, 30, 200)), lNet)).add("gw", str(lan+".1", lNet)).
				add("mac", str(mac(r), lMAC))
		default:
			topic = pick(r, "tele/", "stat/", "devices/") + devID + pick(r, "/STATE", "/SENSOR", "/events")
			switch kind {
			case "thermo":
				pl = obj().add("temp", flt(fbetween(r, 16, 26), 1, lNone)).add("target", intv(int64(between(r, 18, 23)), lNone)).add("hum", intv(int64(between(r, 30, 70)), lNone)).add("fw", str(semver(r), lDev)).add("rssi", intv(int64(-between(r, 40, 90)), lNone))
			case "lock":
				u := personOf(r)
				pl = obj().add("event", str(pick(r, "unlock", "lock", "jammed"), lDecoy)).add("method", str(pick(r, "pin", "app", "fingerprint"), lDecoy)).add("user", str(u.first, lContact))
				pl.opt(chance(r, 0.5), "pin", func() *node { return str(rs(r, digits, pick(r, 4, 6)), lCred) })
			case "scale":
				w := fbetween(r, 45, 130)
				pl = obj().add("user", str("u"+fmt.Sprint(between(r, 1, 4)), lDecoy)).add("weight_kg", flt(w, 1, lHealth)).add("fat_pct", flt(fbetween(r, 8, 42), 1, lHealth)).add("bmi", flt(w/fbetween(r, 2.6, 3.6), 1, lHealth)).add("impedance", intv(int64(between(r, 350, 700)), lHealth))
			case "bpcuff":
				pl = obj().add("sys", intv(int64(between(r, 100, 170)), lHealth)).add("dia", intv(int64(between(r, 60, 105)), lHealth)).add("pulse", intv(int64(between(r, 50, 110)), lHealth)).add("irregular", boolv(chance(r, 0.1), lHealth))
			case "plug":
				pl = obj().add("power_w", flt(fbetween(r, 0, 2000), 1, lNone)).add("uptime", intv(int64(r.IntN(999999)), lNone)).add("seq", intv(int64(r.IntN(99999)), lDecoy))
			default:
				pl = obj().add("motion", boolv(chance(r, 0.5), lDecoy)).add("ip", str(lan+"."+fmt.Sprint(between(r, 30, 200)), lNet)).add("model", str(pick(r, "CamLite 2", "EyeSpy Pro"), lDev)).add("fw", str(semver(r), lDev))
			}
		}
		m.add("topic", str(topic, lDev))
		m.add("client_id", str(devID, lDev))
		m.add("payload", embed(pl, ""))
		m.add("qos", intv(int64(r.IntN(2)), lDecoy)).add("retain", boolv(chance(r, 0.3), lDecoy))
		m.add("bytes", intv(int64(len(jsonOf(pl))), lDecoy))
		msgs.push(m)
	}
	return obj().add("capture", capt).add("messages", msgs)
}

// a cell is one value for the data-lake tables with the label it carries
// wherever it lands.
type cell struct {
	key string // what a named column would have been called
	n   *node
}

func lakeCell(r *rand.Rand) cell {
	p := personOf(r)
	o := hard(lNone, corpus.HardObfuscated)
	lb := func(l corpus.Label) corpus.Label { return hard(l, corpus.HardObfuscated) }
	switch r.IntN(30) {
	case 0:
		return cell{"user.email", str(email(r, p), lb(lContact))}
	case 1:
		return cell{"user.phone", str(phoneOf(r, p), lb(lContact))}
	case 2:
		return cell{"client.ip", str(pick(r, pubIP(r), ip6(r)), lb(lNet))}
	case 3:
		return cell{"device.lan_ip", str(privIP(r), lb(lNet))}
	case 4:
		return cell{"device.mac", str(mac(r), lb(lMAC))}
	case 5:
		return cell{"http.user_agent", str(ua(r), lb(lDev))}
	case 6:
		return cell{"device.os", str(phoneOS(r), lb(lDev))}
	case 7:
		return cell{"device.model", str(phoneModel(r), lb(lDev))}
	case 8:
		return cell{"auth.jwt", str(jwt(r, rs(r, digits, 7)), lb(lCred))}
	case 9:
		return cell{"auth.pw_hash", str(bcrypt(r), lb(lCred))}
	case 10:
		return cell{"user.full_name", str(p.western(), lb(lContact))}
	case 11:
		return cell{"geo.postal", str(func() string { a := addressOf(r, p); return a.postcode + " " + a.city }(), lb(lContact))}
	case 12:
		return cell{"health.bp", str(bp(r)+" mmHg", lb(lHealth))}
	case 13:
		d := pick(r, icds...)
		return cell{"health.dx", str(d.code+" "+d.en, lb(lHealth))}
	case 14:
		return cell{"oauth.access", str(pick(r, ya29(r), atza(r)), lb(lCred))}
	case 15:
		return cell{"oauth.refresh", str(pick(r, gRefresh(r), atzr(r)), lb(lCred))}
	case 16:
		return cell{"device.imei", str(imei(r), lb(lDev))}
	case 17:
		return cell{"wifi.bssid", str(macColon(r), lb(lMAC))}
	// look-alikes and plain values
	case 18:
		return cell{"event.id", str(uuid(r), lb(lDecoy))}
	case 19:
		return cell{"order.amount", str(price(r, 1, 900), lb(lDecoy))}
	case 20:
		return cell{"order.currency", str(pick(r, "EUR", "USD", "BRL", "KRW"), lb(lDecoy))}
	case 21:
		return cell{"geo.country", str(pick(r, "PT", "DE", "US", "KR", "NG"), lb(lDecoy))}
	case 22:
		return cell{"app.locale", str(pick(r, "pt-PT", "de-DE", "en-US", "ko-KR"), lb(lDecoy))}
	case 23:
		return cell{"flags.email_verified", boolv(chance(r, 0.5), lb(lDecoy))}
	case 24:
		return cell{"stats.count", intv(int64(r.IntN(10000)), lb(lDecoy))}
	case 25:
		return cell{"schema.version", str(semver(r), lb(lDecoy))}
	case 26:
		return cell{"event.ts", str(isoMs(when(r)), lb(lDecoy))}
	case 27:
		return cell{"http.status", intv(int64(pick(r, 200, 201, 204, 301, 404, 500)), lb(lDecoy))}
	case 28:
		return cell{"event.null", null(lb(lDecoy))}
	default:
		return cell{"event.source", str(pick(r, "web", "ios", "android", "batch"), o)}
	}
}

// datalake-events: a data-lake events table with generic columns.
func genDatalake(r *rand.Rand) *node {
	o := func(l corpus.Label) corpus.Label { return hard(l, corpus.HardObfuscated) }
	rows := arr()
	for i := 0; i < between(r, 1, 3); i++ {
		row := obj().
			add("event_id", str(uuid(r), lDecoy)).
			add("event_ts", intv(when(r).UnixMicro(), lDecoy)).
			add("event_name", str(pick(r, "login", "purchase", "device_pair", "profile_update", "page_view"), lDecoy))
		switch r.IntN(4) {
		case 0: // wide generic columns
			nc := between(r, 6, 30)
			for c := 1; c <= nc; c++ {
				k := pick(r, fmt.Sprintf("col%d", c), fmt.Sprintf("col_%02d", c), fmt.Sprintf("c%d", c))
				if row.has(k) {
					k += "_"
				}
				row.add(k, lakeCell(r).n)
			}
		case 1: // attr_key / attr_val rows
			at := arr()
			for j := 0; j < between(r, 2, 7); j++ {
				c := lakeCell(r)
				at.push(obj().add("attr_key", str(c.key, o(lNone))).add("attr_val", c.n))
			}
			row.add("attrs", at)
		case 2: // props map with $-prefixed and short keys
			pr := obj()
			pr.add("distinct_id", str(rs(r, hexLow, 16), o(lDecoy)))
			for j := 0; j < between(r, 2, 8); j++ {
				c := lakeCell(r)
				k := pick(r, "p", "$", "prop_", "x_") + fmt.Sprint(j)
				pr.add(k, c.n)
			}
			if chance(r, 0.5) {
				pr.add("$os_version", str(fmt.Sprint(between(r, 11, 17)), lDev))
				pr.add("$app_version_string", str(semver(r), lDev))
				pr.add("$screen_height", intv(int64(pick(r, 2400, 2532, 1920)), lDecoy))
				pr.add("$city", str(pick(r, "Porto", "Busan", "Lagos", "Leipzig"), lDecoy))
			}
			row.add("props", pr)
		default: // [name, value] pairs and a JSON string
			kv := arr()
			inner := obj()
			for j := 0; j < between(r, 2, 6); j++ {
				c := lakeCell(r)
				kv.push(arr(str(pick(r, c.key, fmt.Sprintf("k%d", j)), o(lNone)), c.n))
				d := lakeCell(r)
				if !inner.has(d.key) {
					inner.add(d.key, d.n)
				}
			}
			row.add("kv", kv)
			row.add("payload_json", embed(inner, corpus.HardObfuscated))
		}
		row.add("_ingest_batch", intv(int64(r.IntN(99999)), lDecoy))
		rows.push(row)
	}
	return obj().
		add("table", str("events_raw", lDecoy)).
		add("partition", str("dt="+day(when(r)), lDecoy)).
		add("rows", rows)
}
