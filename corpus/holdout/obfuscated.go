package holdout

import (
	"fmt"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// A cell makes one value whose content alone tells what it is.
type cell func(g *gen) *node

var cells = []cell{
	func(g *gen) *node { return str(g.person(nil).email, cont) },
	func(g *gen) *node {
		p := g.person(nil)
		return str(strings.NewReplacer(" ", "", "-", "", "(", "", ")", "").Replace(p.phone), cont)
	},
	func(g *gen) *node { return str(g.person(nil).phone, cont) },
	func(g *gen) *node { return str(g.person(nil).full, cont) },
	func(g *gen) *node { return str(addrLine(g.addrCulture().addr(g)), cont) },
	func(g *gen) *node { return str(g.privIP(), netw) },
	func(g *gen) *node { return str(g.pubIP(), netw) },
	func(g *gen) *node { c, _, _ := g.cidr(); return str(c, netw) },
	func(g *gen) *node { return str(g.mac(), macL) },
	func(g *gen) *node { return str(g.bcrypt(), cred) },
	func(g *gen) *node { return str(g.passHash(), cred) },
	func(g *gen) *node { return str(g.jwt(g.uuid()), cred) },
	func(g *gen) *node { return str(g.awsKeyID(), cred) },
	func(g *gen) *node { return str(g.ghp(), cred) },
	func(g *gen) *node { return str(g.slackBot(), cred) },
	func(g *gen) *node { return str(g.amazonRefresh(), cred) },
	func(g *gen) *node { return str(g.privateKey(), cred) },
	func(g *gen) *node { return str(g.stripeSecret(), cred) },
	func(g *gen) *node {
		return str(fmt.Sprintf("postgres://%s:%s@%s:5432/%s", g.one("app", "etl", "report_ro"), g.chars(16, alnum), g.privIP(), g.one("crm", "dwh", "shop")), cred.or(netw))
	},
	func(g *gen) *node { return str(g.userAgent(), dev) },
	func(g *gen) *node { return str(g.imei(), dev) },
	func(g *gen) *node { return str(pick(g, phones).model, dev) },
	func(g *gen) *node { return str(pick(g, icd10)[0], hlth) },
	func(g *gen) *node { return str(fmt.Sprintf("%.1f kg", g.f(40, 140, 1)), hlth) },
	func(g *gen) *node { return str(fmt.Sprintf("%d cm", g.n(145, 200)), hlth) },
	func(g *gen) *node { return str(fmt.Sprintf("%d/%d mmHg", g.n(95, 180), g.n(55, 110)), hlth) },
	func(g *gen) *node { return str(fmt.Sprintf("HbA1c %.1f%%", g.f(4.5, 11, 1)), hlth) },
	func(g *gen) *node { m := pick(g, meds); return str(m[0]+" "+m[1], hlth) },
	func(g *gen) *node { return str(fmt.Sprintf("%d bpm", g.n(45, 180)), hlth) },
	func(g *gen) *node { return str(strings.SplitN(g.hostname(), ".", 2)[0]+".corp.internal", netw) },
	func(g *gen) *node {
		js, l := compact(obj().set("height_cm", num(g.n(150, 200), hlth)).set("weight_kg", flt(g.f(45, 130, 1), 1, hlth)))
		return str(js, l)
	},
	func(g *gen) *node {
		js, l := compact(obj().set("ssid", str(g.ssid(), netw)).set("psk", str(g.psk(), cred)))
		return str(js, l)
	},
	func(g *gen) *node {
		return str(fmt.Sprintf("otpauth://totp/Shop:%s?secret=%s", g.person(nil).email, g.chars(32, base32Alp)), cred.or(cont))
	},
}

// decoyCells look like something but are not sensitive.
var decoyCells = []cell{
	func(g *gen) *node { return str(g.uuid(), decoy) },
	func(g *gen) *node { return str(iso(g.when()), plain) },
	func(g *gen) *node { return num64(g.when().Unix(), plain) },
	func(g *gen) *node { return flt(g.f(1, 999, 2), 2, plain) },
	func(g *gen) *node { return num(g.n(0, 500), plain) },
	func(g *gen) *node { return str(g.one("EUR", "USD", "BRL", "JPY"), plain) },
	func(g *gen) *node { return str(g.one("DE", "US", "FR", "BR", "NG"), decoy) },
	func(g *gen) *node {
		return str(fmt.Sprintf("SKU-%s-%03d", g.chars(3, "ABCDEFGHJKLMNPQRSTUVWXYZ"), g.n(1, 999)), plain)
	},
	func(g *gen) *node { return num(g.one2(200, 201, 302, 404, 500), decoy) },
	func(g *gen) *node { return bln(g.p(0.5), plain) },
	func(g *gen) *node { return str(g.one("active", "churned", "trial", "suspended"), plain) },
	func(g *gen) *node { return str("bearer", decoy) },
	func(g *gen) *node { return str(g.one("en_US", "pt_BR", "de_DE"), plain) },
	func(g *gen) *node { return nul() },
	func(g *gen) *node { return str(fmt.Sprintf("ORD-%08d", g.n(1, 99999999)), decoy) },
	func(g *gen) *node { return str(g.hex(24), decoy) },
	func(g *gen) *node {
		js, l := compact(obj().set("retries", num(g.n(0, 5), plain)).set("source", str(g.one("web", "ios", "android"), plain)))
		return str(js, l.or(decoy))
	},
}

var colStyles = []func(i int) string{
	func(i int) string { return fmt.Sprintf("c%d", i+1) },
	func(i int) string { return fmt.Sprintf("col_%02d", i+1) },
	func(i int) string { return "fld_" + string(rune('a'+i)) },
	func(i int) string { return fmt.Sprintf("x%d", i+3) },
	func(i int) string { return fmt.Sprintf("attr_%d", i) },
	func(i int) string { return fmt.Sprintf("F%03d", i*7+1) },
	func(i int) string { return fmt.Sprintf("_%c%d", "abcdefghijklmnopqrstuvwxyz"[i%26], i/26) },
}

// warehouse is a row of an analytics warehouse table whose column names
// were obfuscated: only the values tell.
func warehouse(g *gen) *node {
	ob := corpus.HardObfuscated
	var vals []*node
	for _, c := range some(g, cells, g.n(3, 8)) {
		vals = append(vals, c(g))
	}
	for _, c := range some(g, decoyCells, g.n(2, 6)) {
		vals = append(vals, c(g))
	}
	g.r.Shuffle(len(vals), func(i, j int) { vals[i], vals[j] = vals[j], vals[i] })
	root := obj()
	if g.p(0.25) {
		a := arr().hardAll(ob)
		a.add(vals...)
		root.set("tbl", str(fmt.Sprintf("t_%04d", g.n(1, 9999)), plain))
		root.set("row", a)
		return root
	}
	style := pick(g, colStyles)
	row := root
	if g.p(0.4) {
		row = obj()
		root.set("_ingested", str(isoMs(g.when()), plain))
		root.set("d", row)
	}
	row.hardAll(ob)
	for i, v := range vals {
		row.set(style(i), v)
	}
	return root
}

var eavAttrs = []struct {
	name string
	val  func(g *gen) *node
}{
	{"systolic", func(g *gen) *node { return num(g.n(95, 180), hlth) }},
	{"diastolic", func(g *gen) *node { return num(g.n(55, 110), hlth) }},
	{"glucose_mgdl", func(g *gen) *node { return str(fmt.Sprint(g.n(70, 240)), hlth) }},
	{"blood_type", func(g *gen) *node { return str(pick(g, bloodGroups), hlth) }},
	{"wt", func(g *gen) *node { return flt(g.f(40, 140, 1), 1, hlth) }},
	{"pregnant", func(g *gen) *node { return str(g.one("Y", "N"), hlth) }},
	{"dx_code", func(g *gen) *node { return str(pick(g, icd10)[0], hlth) }},
	{"wifi_pass", func(g *gen) *node { return str(g.psk(), cred) }},
	{"wifi_name", func(g *gen) *node { return str(g.ssid(), netw) }},
	{"lan_gw", func(g *gen) *node { return str(g.privIP(), netw) }},
	{"pppoe_pwd", func(g *gen) *node { return str(g.password(), cred) }},
	{"api_secret", func(g *gen) *node { return str(g.chars(40, alnum), cred) }},
	{"security_answer", func(g *gen) *node { return str(g.one("Fluffy", "Springfield", "blue", "Mrs. Okafor", "Toyota"), cred) }},
	{"mobile", func(g *gen) *node { return str(g.person(nil).phone, cont) }},
	{"email_addr", func(g *gen) *node { return str(g.person(nil).email, cont) }},
	{"surname", func(g *gen) *node { return str(g.person(nil).last, cont) }},
	{"device_model", func(g *gen) *node { return str(pick(g, phones).model, dev) }},
	{"fw_ver", func(g *gen) *node { return str(g.firmware(), dev) }},
	{"serial", func(g *gen) *node { return str(g.serial(), dev) }},
	{"hw_addr", func(g *gen) *node { return str(g.mac(), macL) }},
	// decoys: named after sensitive things, or plain
	{"login_count", func(g *gen) *node { return str(fmt.Sprint(g.n(0, 900)), decoy) }},
	{"password_attempts", func(g *gen) *node { return num(g.n(0, 5), decoy) }},
	{"phone_confirmed", func(g *gen) *node { return bln(g.p(0.7), decoy) }},
	{"height_px", func(g *gen) *node { return num(g.one2(64, 128, 480), decoy) }},
	{"token_type", func(g *gen) *node { return str("bearer", decoy) }},
	{"email_count", func(g *gen) *node { return num(g.n(0, 100), decoy) }},
	{"plan", func(g *gen) *node { return str(g.one("basic", "plus"), plain) }},
	{"created", func(g *gen) *node { return str(sqlTS(g.when()), plain) }},
	{"currency", func(g *gen) *node { return str("EUR", plain) }},
}

// eavRows is an entity-attribute-value export in one of several shapes.
func eavRows(g *gen) *node {
	ob := corpus.HardObfuscated
	root := obj()
	root.set("entity", num(g.n(1, 999999), plain))
	style := g.r.IntN(4)
	rows := arr().hardAll(ob)
	for _, a := range some(g, eavAttrs, g.n(3, 9)) {
		v := a.val(g)
		// A field name held as a value only looks sensitive.
		nameL := plain
		if v.lab.sensitive() || v.lab.decoy {
			nameL = decoy
		}
		switch style {
		case 0:
			rows.add(obj().set("attribute", str(a.name, nameL)).set("val", v))
		case 1:
			rows.add(obj().set("k", str(a.name, nameL)).set("v", v))
		case 2:
			rows.add(obj().set("field", str(a.name, nameL)).set("data", v).set("ts", num64(g.when().Unix(), plain)))
		default:
			rows.add(arr().add(str(a.name, nameL), v))
		}
	}
	root.set(g.one("rows", "attrs", "kv", "props"), rows)
	if g.p(0.4) {
		root.set("src", str(g.one("legacy_crm", "iot_ingest", "clinic_forms"), plain))
	}
	return root
}
