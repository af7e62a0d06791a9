package corpus

import (
	"fmt"
	"strconv"
)

// Obfuscated documents: keys that say nothing (f1, col_07, attr_3, c12),
// so the value must tell by itself, and key/value rows, where the row's
// name tells what its value is.

// tellingValue writes a value that tells what it is by itself.
func (d *dg) tellingValue(key string) {
	b := d.b
	switch d.intn(20) {
	case 0, 1:
		b.str(key, d.email(), contact())
	case 2:
		b.str(key, d.privateIP(), netw())
	case 3:
		b.str(key, d.lan().cidr, netw())
	case 4:
		b.str(key, d.jwt(), cred())
	case 5:
		b.str(key, d.pick("+1 415 555 0", "+44 20 7946 0", "+1-206-555-0")+strconv.Itoa(d.between(100, 199)), contact())
	case 6:
		b.str(key, d.pick("WYZEC2", "WYZE_CAKP2JFUS", "WYZECP1_JEF", "WYZEDB3", "WYZEC3"), device())
	case 7:
		b.str(key, pairs(d.pick("2CAA8E", "7C78B2")+d.rs(upperHex, 6), ":"), macLabel())
	case 8:
		b.str(key, "$2b$12$"+d.rs(bcryptAlp, 53), cred())
	case 9:
		b.str(key, d.lwaAccess(), cred())
	case 10:
		b.str(key, d.awsKeyID(), cred())
	case 11:
		b.str(key, d.googleAccess(), cred())
	case 12:
		b.str(key, d.vendorKey(), cred())
	case 13:
		b.str(key, "http://"+d.lan().gateway+"/", netw())
	case 14:
		b.str(key, d.userAgent(), device())
	case 15:
		b.str(key, d.address().oneLine(), contact())
	case 16:
		dx := diagnoses[d.intn(len(diagnoses))]
		b.str(key, dx.code+" "+dx.text, health())
	case 17:
		b.str(key, fmt.Sprintf("%d bpm", d.between(50, 110)), health())
	case 18:
		b.str(key, fmt.Sprintf("%d/%d mmHg", d.between(100, 160), d.between(60, 100)), health())
	default:
		b.str(key, d.dbURL(), cats(Credential, NetworkLayout))
	}
}

// fillerValue writes a value that is not sensitive.
func (d *dg) fillerValue(key string) {
	b := d.b
	switch d.intn(9) {
	case 0:
		b.int(key, int64(d.intn(10000)), none())
	case 1:
		b.bool(key, d.chance(0.5), none())
	case 2:
		b.str(key, d.pick("active", "pending", "A", "ok", "N/A", ""), none())
	case 3:
		d.timestamp(key, none())
	case 4:
		b.str(key, d.uuid(), none())
	case 5:
		b.str(key, d.pick("en-US", "de-DE", "USD", "EUR"), none())
	case 6:
		b.str(key, d.semver(), decoy())
	case 7:
		b.float(key, float64(d.between(100, 99999))/100, 2, none())
	default:
		b.null(key, none())
	}
}

func (d *dg) opaqueKey(i int) string {
	switch d.intn(9) {
	case 0:
		return fmt.Sprintf("col_%02d", i)
	case 1:
		return fmt.Sprintf("attr_%d", i)
	case 2:
		return fmt.Sprintf("c%d", i)
	case 3:
		return fmt.Sprintf("field%d", i)
	case 4:
		return fmt.Sprintf("x_%d", i)
	case 5:
		return fmt.Sprintf("col/%d", i) // escaped as col~1N in pointers
	case 6:
		return fmt.Sprintf("v~%d", i) // escaped as v~0N in pointers
	default:
		return fmt.Sprintf("f%d", i)
	}
}

// A rowKind is one meaning a key/value row can have.
type rowKind struct {
	names []string
	value func(d *dg) (string, Label)
}

var rowKinds = []rowKind{
	{[]string{"bone_mass", "bone"}, func(d *dg) (string, Label) { return strconv.FormatFloat(d.floatIn(2, 3.8), 'f', 1, 64), health() }},
	{[]string{"height", "ht", "height_cm"}, func(d *dg) (string, Label) { return strconv.Itoa(d.between(150, 199)), health() }},
	{[]string{"weight", "wt"}, func(d *dg) (string, Label) { return strconv.FormatFloat(d.floatIn(48, 120), 'f', 1, 64), health() }},
	{[]string{"body_fat", "bfr"}, func(d *dg) (string, Label) { return strconv.FormatFloat(d.floatIn(10, 38), 'f', 1, 64), health() }},
	{[]string{"gender", "sex"}, func(d *dg) (string, Label) { return d.pick("F", "M", "female", "male"), genderLabel() }},
	{[]string{"ssid", "wifi_name"}, func(d *dg) (string, Label) { return d.ssid(), netw() }},
	{[]string{"gateway", "gw"}, func(d *dg) (string, Label) { return d.lan().gateway, netw() }},
	{[]string{"wifi_password", "psk", "wifi_pwd"}, func(d *dg) (string, Label) { return d.plainPassword(), cred() }},
	{[]string{"password", "pwd", "pass"}, func(d *dg) (string, Label) { return d.plainPassword(), cred() }},
	{[]string{"api_key", "token", "tkn"}, func(d *dg) (string, Label) { return d.rs(alnum, 32), cred() }},
	{[]string{"email", "mail"}, func(d *dg) (string, Label) { return d.email(), contact() }},
	{[]string{"phone", "tel"}, func(d *dg) (string, Label) { return d.phone(), contact() }},
	{[]string{"first_name", "fname"}, func(d *dg) (string, Label) { return d.pick(firstNames...), contact() }},
	{[]string{"street", "addr1"}, func(d *dg) (string, Label) { return d.address().street, contact() }},
	{[]string{"firmware", "fw_ver", "fw"}, func(d *dg) (string, Label) { v, ip := d.fwVersion(); return v, fwLabel(ip) }},
	{[]string{"model", "product_model"}, func(d *dg) (string, Label) { return d.pick(wyzeModels...), device() }},
	{[]string{"serial", "sn"}, func(d *dg) (string, Label) { return d.serial(), device() }},
	{[]string{"nickname", "device_name"}, func(d *dg) (string, Label) { return d.pick(nicknames...), device() }},
	{[]string{"mac"}, func(d *dg) (string, Label) { return d.mac(), macLabel() }},
	{[]string{"status", "state"}, func(d *dg) (string, Label) { return d.pick("active", "offline"), none() }},
	{[]string{"login_count", "session_count"}, func(d *dg) (string, Label) { return strconv.Itoa(d.intn(300)), decoy() }},
	{[]string{"email_verified", "phone_verified"}, func(d *dg) (string, Label) { return d.pick("true", "false"), decoy() }},
	{[]string{"timezone", "tz"}, func(d *dg) (string, Label) { return d.pick("America/Chicago", "UTC", "Europe/Paris"), none() }},
	{[]string{"locale"}, func(d *dg) (string, Label) { return d.pick("en-US", "fr-FR"), none() }},
}

func buildObfuscated(d *dg) {
	b := d.b
	b.str(d.pick("id", "_id", "rid", "k0"), d.recordID(), none())
	b.withHard(HardObfuscated, func() {
		n := d.between(4, 12)
		idx := d.r.Perm(20)[:n]
		for _, i := range idx {
			key := d.opaqueKey(i + 1)
			if d.chance(0.55) {
				d.tellingValue(key)
			} else {
				d.fillerValue(key)
			}
		}
		switch d.intn(3) {
		case 0:
			d.rows(d.pick("rows", "kv", "attrs", "props", "data"))
		case 1:
			d.pairRows(d.pick("pairs", "kv", "t"))
		}
		if d.chance(0.3) {
			b.obj(d.pick("x", "ext", "blob", "m"), func() {
				for i := range d.between(2, 5) {
					key := fmt.Sprintf("%s%d", d.pick("a", "p", "q"), i)
					if d.chance(0.5) {
						d.tellingValue(key)
					} else {
						d.fillerValue(key)
					}
				}
			})
		}
	})
	if d.chance(0.3) {
		d.timestamp(d.k("ts", "created_at"), none())
	}
}

// rows writes [{"type":"bone_mass","value":"3.1"}, ...].
func (d *dg) rows(key string) {
	b := d.b
	nameKey := d.pick("type", "name", "key", "attr", "field", "k")
	valueKey := d.pick("value", "val", "v", "data")
	b.arr(key, func() {
		for range d.between(2, 7) {
			rk := rowKinds[d.intn(len(rowKinds))]
			b.obj("", func() {
				b.str(nameKey, d.k(rk.names...), none())
				v, l := rk.value(d)
				b.str(valueKey, v, l)
			})
		}
	})
}

// pairRows writes [["email","ana@example.org"], ...].
func (d *dg) pairRows(key string) {
	b := d.b
	b.arr(key, func() {
		for range d.between(2, 6) {
			rk := rowKinds[d.intn(len(rowKinds))]
			b.arr("", func() {
				b.str("", d.k(rk.names...), none())
				v, l := rk.value(d)
				b.str("", v, l)
			})
		}
	})
}
