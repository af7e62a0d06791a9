package testset

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

func digitsOf(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// telco-subscriber: a mobile operator's BSS dump of one subscriber in an
// Oracle-style UPPER_CASE layout: SIM secrets, handset, APN settings and
// call detail records. Cell ids, LACs and core-node IPs are network-layout
// (they are the operator's network); IMSI and ICCID identify the SIM card
// and are device-inventory; MSISDN and called numbers are contact.
func genTelco(r *rand.Rand) node {
	cult := pick(r, []string{"world", "pl", "it", "se", "nl"})
	p := newPerson(r, cult)
	a := newAddress(r, cult)
	mcc := map[string]string{"world": "234", "pl": "260", "it": "222", "se": "240", "nl": "204"}[cult]
	mnc := fmt.Sprintf("%02d", between(r, 1, 20))
	root := obj()
	sub := obj().
		put("SUBSCRIBER_ID", dec(between(r, 1e6, 9e7))).
		put("MSISDN", L(digitsOf(p.phone), ct)).
		put("IMSI", L(mcc+mnc+rs(r, digitC, 10), dv)).
		put("ICCID", L("89"+rs(r, digitC, 17), dv)).
		put("KI", L(strings.ToUpper(hexN(r, 32)), cr))
	if chance(r, 0.5) {
		sub.put("OPC", L(strings.ToUpper(hexN(r, 32)), cr))
	}
	sub.put("PIN1", L(pin(r, 4), cr))
	sub.put("PUK1", L(pin(r, 8), cr))
	sub.put("FULL_NAME", L(strings.ToUpper(p.full()), ct))
	sub.put("ADDRESS_LINE1", L(a.street+" "+a.number, ct))
	sub.put("POSTCODE", L(a.postcode, ct))
	sub.put("CITY", L(strings.ToUpper(a.city), ct))
	if chance(r, 0.6) {
		sub.put("ID_DOC_TYPE", no(pick(r, []string{"PASSPORT", "ID_CARD", "DRIVING_LICENCE"})))
		sub.put("ID_DOC_NO", L(rs(r, upperC, 2)+rs(r, digitC, 7), ct))
	}
	if chance(r, 0.5) {
		sub.put("CONTACT_EMAIL", L(strings.ToUpper(p.email), ct))
	} else {
		sub.put("CONTACT_EMAIL", nul())
	}
	sub.put("PORTAL_PASSWORD_MD5", L(hexN(r, 32), cr))
	sub.put("TARIFF", dec(pick(r, []string{"UNLIMITED 5G MAX", "SIM ONLY 20GB", "PAYG BASIC", "BUSINESS POOL 100"})))
	sub.put("STATUS", no(pick(r, []string{"ACTIVE", "SUSPENDED", "PORTED_OUT"})))
	sub.put("ACTIVATION_DATE", dec(day(r)))
	sub.put("CREDIT_LIMIT", dec(fstr(float64(pick(r, []int{0, 50, 100, 250})), 2)))
	root.put("SUBSCRIBER", sub)
	root.put("DEVICE", obj().
		put("IMEI", L(imei(r), dv)).
		put("TAC_MODEL", L(pick(r, phones), dv)).
		put("OS", L(pick(r, phoneOS), dv)).
		put("LAST_ATTACH", L(iso(r), dv)))
	if chance(r, 0.7) {
		apn := obj().
			put("NAME", L(pick(r, []string{"corp.acme-logistics.example", "m2m.fleet.example", "vpn.kommun.example"}), nw)).
			put("USER", techUser(pick(r, []string{"acme", "fleet", "m2m"})+strconv.Itoa(between(r, 10, 999)))).
			put("PASSWORD", L(rs(r, alnumC, 10), cr)).
			put("AUTH", no(pick(r, []string{"CHAP", "PAP"}))).
			put("PDP_TYPE", no(pick(r, []string{"IPV4", "IPV4V6"})))
		if chance(r, 0.6) {
			apn.put("STATIC_IP", L(fmt.Sprintf("10.%d.%d.%d", between(r, 100, 200), r.IntN(256), between(r, 2, 254)), nw))
		}
		root.put("APN", apn)
	}
	cdr := arr()
	for range between(r, 2, 6) {
		c := obj().put("RECORD_ID", dec(strconv.FormatInt(r.Int64N(1e15), 10)))
		typ := pick(r, []string{"MOC", "MTC", "SMS-MO", "DATA"})
		c.put("TYPE", no(typ))
		other := digitsOf(newPerson(r, cult).phone)
		switch typ {
		case "MOC", "SMS-MO":
			c.put("CALLING", L(digitsOf(p.phone), ct))
			c.put("CALLED", L(other, ct))
		case "MTC":
			c.put("CALLING", L(other, ct))
			c.put("CALLED", L(digitsOf(p.phone), ct))
		default:
			c.put("APN", L(pick(r, []string{"internet.op.example", "ims.op.example"}), nw))
			c.put("BYTES_UL", dec(r.Int64N(1e8)))
			c.put("BYTES_DL", dec(strconv.FormatInt(r.Int64N(1e9), 10)))
			c.put("SGSN_IP", L(fmt.Sprintf("10.%d.%d.%d", between(r, 1, 9), r.IntN(256), between(r, 1, 254)), nw))
		}
		c.put("START_TIME", dec(when(r).Format("20060102150405")))
		if typ == "MOC" || typ == "MTC" {
			c.put("DURATION_S", dec(strconv.Itoa(between(r, 0, 3600))))
		}
		c.put("MCC", dec(mcc))
		c.put("MNC", dec(mnc))
		c.put("LAC", L(between(r, 1000, 65000), nw))
		c.put("CELL_ID", L(strconv.Itoa(between(r, 10000, 268435455)), nw))
		c.put("ROAMING", dec(pick(r, []string{"N", "N", "Y"})))
		c.put("CHARGE", dec(fstr(fbetween(r, 0, 3), 2)))
		cdr.add(c)
	}
	root.put("CDR", cdr)
	if chance(r, 0.6) {
		root.put("EXTRA_ATTRS", pairs(
			"IMEISV", L(imei(r)[:14]+rs(r, digitC, 2), dv),
			"VOLTE", no("Y"),
			"EID", L("8904"+rs(r, digitC, 28), dv),
			"VOICEMAIL_PIN", L(pin(r, 4), cr),
			"BARRING", no("NONE"),
		))
	}
	root.put("EXPORT_META", obj().
		put("JOB", no("BSCS_SUBSCRIBER_DUMP")).
		put("VERSION", dec(ipVersion(r))).
		put("ROW_COUNT", dec(between(r, 1, 400))).
		put("GENERATED", dec(iso(r))))
	return root
}

// k8s-secret-dump: `kubectl get deploy,secret,cm,svc -o json` from a
// breached cluster, with env vars as name/value arrays, base64 Secret data,
// a last-applied-configuration annotation holding JSON in a string, and
// sometimes the project's GitLab CI variables.
func genK8s(r *rand.Rand) node {
	ns := pick(r, []string{"prod", "payments", "staging", "shop", "default"})
	app := pick(r, []string{"payments-api", "checkout", "notifier", "orders-worker", "auth-svc"})
	items := arr()
	meta := func(name string) *Obj {
		return obj().
			put("name", no(name)).
			put("namespace", no(ns)).
			put("uid", dec(uuid(r))).
			put("resourceVersion", dec(strconv.Itoa(between(r, 1000, 9999999)))).
			put("creationTimestamp", dec(iso(r)))
	}
	host := func(svc string) string {
		if chance(r, 0.5) {
			return svc + "." + ns + ".svc.cluster.local"
		}
		return privIP(r)
	}
	type env struct {
		name string
		v    *Leaf
	}
	secretEnv := func() env {
		switch r.IntN(12) {
		case 0:
			return env{"DATABASE_URL", L(fmt.Sprintf("postgres://%s:%s@%s:5432/%s", pick(r, []string{"app", "svc_payments", "postgres"}), rs(r, alnumC, 16), host("pg-primary"), strings.ReplaceAll(app, "-", "_")), cr, nw)}
		case 1:
			return env{"AWS_ACCESS_KEY_ID", L(akia(r), cr)}
		case 2:
			return env{"AWS_SECRET_ACCESS_KEY", L(awsSecret(r), cr)}
		case 3:
			return env{"JWT_SECRET", L(pick(r, []string{hexN(r, 64), rs(r, alnumC, 32)}), cr)}
		case 4:
			return env{"SLACK_WEBHOOK_URL", L(slackHook(r), cr)}
		case 5:
			return env{"SENDGRID_API_KEY", L(sendgrid(r), cr)}
		case 6:
			return env{"STRIPE_SECRET_KEY", L(skLive(r), cr)}
		case 7:
			return env{"GITHUB_TOKEN", L(ghp(r), cr)}
		case 8:
			return env{"SLACK_BOT_TOKEN", L(xoxb(r), cr)}
		case 9:
			return env{"SMTP_PASSWORD", L(passphrase(r), cr)}
		case 10:
			return env{"DISCORD_WEBHOOK", L(discordHook(r), cr)}
		}
		return env{"REDIS_URL", L(fmt.Sprintf("redis://:%s@%s:6379/0", rs(r, alnumC, 20), host("redis-master")), cr, nw)}
	}
	plainEnv := func() env {
		switch r.IntN(13) {
		case 0:
			return env{"LOG_LEVEL", no(pick(r, []string{"info", "debug", "warn"}))}
		case 1:
			return env{"NODE_ENV", no("production")}
		case 2:
			return env{"PORT", L(pick(r, []string{"8080", "3000", "9000"}), nw)}
		case 3:
			return env{"ADMIN_EMAIL", L(newPerson(r, "world").email, ct)}
		case 4:
			return env{"ALLOWED_CIDRS", L(fmt.Sprintf("10.%d.0.0/16,192.168.%d.0/24", r.IntN(256), r.IntN(256)), nw)}
		case 5:
			return env{"DB_POOL_MAX", dec(strconv.Itoa(pick(r, []int{10, 20, 50})))}
		case 6:
			return env{"JWT_EXPIRY_SECONDS", dec(pick(r, []string{"900", "3600", "86400"}))}
		case 7:
			return env{"PASSWORD_MIN_LENGTH", dec(pick(r, []string{"8", "10", "12"}))}
		case 8:
			return env{"APP_VERSION", dec(pick(r, []string{semver(r), ipVersion(r)}))}
		case 9:
			return env{"SMTP_HOST", L(pick(r, []string{"smtp.internal.acme.example", "mail-relay." + ns + ".svc.cluster.local", privIP(r)}), nw)}
		case 10:
			return env{"BILLING_API_BASE", L(fmt.Sprintf("http://billing.%s.svc.cluster.local:%d", ns, pick(r, []int{8081, 9090})), nw)}
		case 11:
			return env{"AWS_REGION", no(pick(r, []string{"eu-west-1", "eu-north-1", "us-east-2"}))}
		}
		return env{"TOKEN_CACHE_SIZE", dec("1024")}
	}
	envArr := arr()
	var firstSecret env
	used := map[string]bool{}
	for i := range between(r, 4, 9) {
		var e env
		for {
			if i%2 == 0 {
				e = secretEnv()
			} else {
				e = plainEnv()
			}
			if !used[e.name] {
				break
			}
		}
		used[e.name] = true
		if i == 0 {
			firstSecret = e
		}
		envArr.add(obj().put("name", dec(e.name).H(corpus.HardObfuscated)).put("value", e.v.H(corpus.HardObfuscated)))
	}
	if chance(r, 0.5) {
		envArr.add(obj().
			put("name", dec("DB_PASSWORD").H(corpus.HardObfuscated)).
			put("valueFrom", obj().put("secretKeyRef", obj().
				put("name", dec(app+"-db").H(corpus.HardObfuscated)).
				put("key", dec("password").H(corpus.HardObfuscated)))))
	}
	lastApplied := obj().
		put("apiVersion", no("apps/v1")).
		put("kind", no("Deployment")).
		put("env", arr(obj().put("name", dec(firstSecret.name)).put("value", L(firstSecret.v.v, firstSecret.v.l.Categories...))))
	dep := meta(app)
	dep.put("labels", obj().
		put("app.kubernetes.io/name", no(app)).
		put("app.kubernetes.io/version", dec(semver(r))))
	dep.put("annotations", obj().
		put("kubectl.kubernetes.io/last-applied-configuration", embed(lastApplied)).
		put("deployment.kubernetes.io/revision", dec(strconv.Itoa(between(r, 1, 80)))))
	ports := arr(obj().put("containerPort", L(pick(r, []int{8080, 3000, 9000}), nw)).put("protocol", no("TCP")))
	container := obj().
		put("name", no(strings.Split(app, "-")[0])).
		put("image", dec(fmt.Sprintf("ghcr.io/acme-%s/%s:%s", ns, app, semver(r)))).
		put("ports", ports).
		put("env", envArr).
		put("resources", obj().put("limits", obj().put("memory", dec("512Mi")).put("cpu", dec("500m"))))
	items.add(obj().
		put("apiVersion", no("apps/v1")).
		put("kind", no("Deployment")).
		put("metadata", dep).
		put("spec", obj().
			put("replicas", dec(between(r, 1, 6))).
			put("template", obj().put("spec", obj().put("containers", arr(container))))))

	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	data := obj()
	secType := "Opaque"
	switch r.IntN(3) {
	case 0:
		data.put("username", techUser(b64("svc_"+strings.ReplaceAll(app, "-", "_"))))
		data.put("password", L(b64(rs(r, alnumC, 20)), cr))
	case 1:
		secType = "kubernetes.io/tls"
		data.put("tls.crt", dec(b64("-----BEGIN CERTIFICATE-----\nMIIC"+rs(r, b64C, 120)+"\n-----END CERTIFICATE-----\n")))
		data.put("tls.key", L(b64("-----BEGIN PRIVATE KEY-----\nMIIE"+rs(r, b64C, 160)+"\n-----END PRIVATE KEY-----\n"), cr))
	default:
		secType = "kubernetes.io/dockerconfigjson"
		auth := b64("deploy:" + glpat(r))
		data.put(".dockerconfigjson", L(b64(`{"auths":{"registry.gitlab.example.com":{"auth":"`+auth+`"}}}`), cr))
	}
	if chance(r, 0.4) {
		data.put("id_ed25519", L(b64(opensshKey(r)), cr))
	}
	items.add(obj().
		put("apiVersion", no("v1")).
		put("kind", no("Secret")).
		put("metadata", meta(app+"-creds")).
		put("type", no(secType)).
		put("data", data))

	cm := obj().
		put("LOG_FORMAT", no("json")).
		put("REDIS_HOST", L("redis-master."+ns+".svc.cluster.local", nw)).
		put("FEATURE_FLAGS", embed(obj().put("newCheckout", no(chance(r, 0.5))).put("maxCartItems", no(50)))).
		put("config.yaml", prose("server:\n  port: ", L(strconv.Itoa(pick(r, []int{8080, 9090})), nw), "\nupstream: ", L("http://"+privIP(r)+":8500", nw), "\nretries: 3\n"))
	items.add(obj().
		put("apiVersion", no("v1")).
		put("kind", no("ConfigMap")).
		put("metadata", meta(app+"-config")).
		put("data", cm))

	svc := obj().
		put("type", no(pick(r, []string{"ClusterIP", "LoadBalancer"}))).
		put("clusterIP", L(fmt.Sprintf("10.96.%d.%d", r.IntN(256), between(r, 1, 254)), nw)).
		put("ports", arr(obj().
			put("port", L(80, nw)).
			put("targetPort", L(pick(r, []int{8080, 3000}), nw)).
			put("protocol", no("TCP"))))
	svcObj := obj().
		put("apiVersion", no("v1")).
		put("kind", no("Service")).
		put("metadata", meta(app)).
		put("spec", svc)
	if chance(r, 0.4) {
		svcObj.put("status", obj().put("loadBalancer", obj().put("ingress", arr(obj().put("ip", L(pubIP(r), nw))))))
	}
	items.add(svcObj)

	root := obj().
		put("apiVersion", dec("v1")).
		put("kind", no("List")).
		put("items", items)
	if chance(r, 0.5) {
		vars := arr()
		add := func(k string, v *Leaf) {
			vars.add(obj().
				put("variable_type", no("env_var").H(corpus.HardObfuscated)).
				put("key", dec(k).H(corpus.HardObfuscated)).
				put("value", v.H(corpus.HardObfuscated)).
				put("protected", no(chance(r, 0.5)).H(corpus.HardObfuscated)).
				put("masked", dec(chance(r, 0.5)).H(corpus.HardObfuscated)))
		}
		add("GITLAB_DEPLOY_TOKEN", L(glpat(r), cr))
		if chance(r, 0.6) {
			add("SSH_PRIVATE_KEY", L(opensshKey(r), cr))
		}
		if chance(r, 0.5) {
			add("KUBE_API", L(fmt.Sprintf("https://%s:6443", privIP(r)), nw))
		}
		if chance(r, 0.5) {
			add("GOOGLE_REFRESH_TOKEN", L(googleRefresh(r), cr))
		}
		if chance(r, 0.5) {
			add("LWA_REFRESH_TOKEN", L(atzr(r), cr))
		}
		add("DOCKER_BUILDKIT", no("1"))
		root.put("gitlab_ci_variables", vars)
	}
	return root
}

// spreadsheet-export: rows exported from a spreadsheet whose columns have
// lost their names (column_a, Unnamed: 3, field_17, col_07, F4). Every
// leaf is Hard=obfuscated: only values and neighbours tell. Some exports
// keep the header row as the first data row (the Google Sheets "values"
// shape); only those carry columns a value alone cannot reveal (weight,
// blood pressure, date of birth, serial numbers).
func genSpreadsheet(r *rand.Rand) node {
	type col struct {
		header     string
		needHeader bool
		gen        func(p person, a address) *Leaf
	}
	cols := []col{
		{"Email", false, func(p person, _ address) *Leaf { return L(p.email, ct) }},
		{"Mobile", false, func(p person, _ address) *Leaf { return L(p.phone, ct) }},
		{"Name", false, func(p person, _ address) *Leaf { return L(p.full(), ct) }},
		{"Address", false, func(p person, a address) *Leaf {
			return L(fmt.Sprintf("%s %s, %s %s", a.number, a.street, a.postcode, a.city), ct)
		}},
		{"Last IP", false, func(person, address) *Leaf { return L(pick(r, []string{pubIP(r), privIP(r)}), nw) }},
		{"Device MAC", false, func(person, address) *Leaf { return mac(macAddr(r)) }},
		{"Password", false, func(person, address) *Leaf { return L(pick(r, []string{bcryptHash(r), argon2(r)}), cr) }},
		{"API Token", false, func(person, address) *Leaf {
			return L(pick(r, []string{jwt(r), ghp(r), skLive(r), ya29(r), atza(r)}), cr)
		}},
		{"Access Key", false, func(person, address) *Leaf { return L(akia(r), cr) }},
		{"Device", false, func(person, address) *Leaf { return L(pick(r, phones), dv) }},
		{"Created", false, func(person, address) *Leaf {
			return dec(pick(r, []string{day(r), iso(r), when(r).Format("02/01/2006 15:04")}))
		}},
		{"Amount", false, func(person, address) *Leaf { return dec(pick(r, []string{"€49.00", "12.50", "$1,204.99"})) }},
		{"ID", false, func(person, address) *Leaf { return dec(uuid(r)) }},
		{"Logins", false, func(person, address) *Leaf { return dec(between(r, 0, 900)) }},
		{"Active", false, func(person, address) *Leaf { return no(chance(r, 0.5)) }},
		{"Country", false, func(person, address) *Leaf { return dec(pick(r, []string{"SE", "PL", "GB", "NL", "BR"})) }},
		{"Plan", false, func(person, address) *Leaf { return dec(pick(r, []string{"Family 12m", "Basic", "Pro Annual"})) }},
		{"Order", false, func(person, address) *Leaf {
			return dec(fmt.Sprintf("ORD-%d-%05d", between(r, 2022, 2025), r.IntN(1e5)))
		}},
		{"Weight kg", true, func(person, address) *Leaf { return L(num(fbetween(r, 45, 130), 1), hl) }},
		{"BP", true, func(person, address) *Leaf {
			return L(fmt.Sprintf("%d/%d", between(r, 100, 170), between(r, 60, 100)), hl)
		}},
		{"DOB", true, func(person, address) *Leaf { return L(dob(r).Format("2006-01-02"), ct) }},
		{"Serial", true, func(person, address) *Leaf { return L(serial(r, ""), dv) }},
		{"Diagnosis", true, func(person, address) *Leaf {
			return L(pick(r, []string{"E11.9", "asthma", "J45.909", "migraine", "F41.1"}), hl)
		}},
	}
	withHeader := chance(r, 0.4)
	var chosen []col
	for _, i := range r.Perm(len(cols))[:between(r, 4, 8)] {
		if cols[i].needHeader && !withHeader {
			continue
		}
		chosen = append(chosen, cols[i])
	}
	if len(chosen) < 2 {
		chosen = append(chosen, cols[0], cols[10])
	}
	style := r.IntN(6)
	names := make([]string, len(chosen))
	offset := between(r, 0, 9)
	for i := range chosen {
		switch style {
		case 0:
			names[i] = "column_" + string(rune('a'+i))
		case 1:
			names[i] = fmt.Sprintf("Unnamed: %d", i+offset)
		case 2:
			names[i] = fmt.Sprintf("field_%d", i+offset+1)
		case 3:
			names[i] = fmt.Sprintf("col_%02d", i+1)
		case 4:
			names[i] = fmt.Sprintf("F%d", i+1)
		default:
			names[i] = fmt.Sprintf("attr_%d", i+offset)
		}
	}
	cult := pick(r, []string{"world", "se", "pl", "nl", "it", "br"})
	nrows := between(r, 1, 5)
	var root node
	if withHeader {
		values := arr()
		h := arr()
		for _, c := range chosen {
			h.add(dec(c.header))
		}
		values.add(h)
		for range nrows {
			p, a := newPerson(r, cult), newAddress(r, cult)
			row := arr()
			for _, c := range chosen {
				row.add(c.gen(p, a))
			}
			values.add(row)
		}
		root = obj().
			put("range", no(fmt.Sprintf("Sheet1!A1:%c%d", 'A'+len(chosen)-1, nrows+1))).
			put("majorDimension", no("ROWS")).
			put("values", values)
	} else {
		rows := arr()
		for range nrows {
			p, a := newPerson(r, cult), newAddress(r, cult)
			row := obj()
			for i, c := range chosen {
				if chance(r, 0.1) {
					row.put(names[i], dec(nil))
				} else {
					row.put(names[i], c.gen(p, a))
				}
			}
			rows.add(row)
		}
		if chance(r, 0.5) {
			root = rows
		} else {
			root = obj().
				put("sheet", no(pick(r, []string{"Sheet1", "Blad1", "Arkusz1", "export"}))).
				put("source", dec(pick(r, []string{"members_FINAL_v3.xlsx", "klanten_2023.csv", "export (2).xlsx"}))).
				put("rowCount", dec(nrows)).
				put("rows", rows)
		}
	}
	return setHard(root, corpus.HardObfuscated)
}
