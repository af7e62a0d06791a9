package corpus

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Every value below is synthetic: invented names, example and .test
// domains, fictional 555 (and other reserved drama) phone numbers, private
// and documentation IP ranges, random tokens behind real public prefixes.

var firstNames = []string{
	"Betty", "Ana", "Marcus", "Priya", "Tomasz", "Keiko", "Olu", "Ingrid", "Rafael", "Mei",
	"Dmitri", "Fatima", "Liam", "Sofia", "Kwame", "Elena", "Hiroshi", "Amara", "Jonas", "Lucia",
	"Noah", "Aisha", "Mateo", "Freya", "Arjun", "Chloe", "Emeka", "Greta", "Yusuf", "Nadia",
	"Oscar", "Leila", "Bruno", "Hana", "Tariq", "Maren", "Diego", "Ayla", "Felix", "Zoe",
	"Sven", "Imani", "Pablo", "Rosa", "Kenji", "Talia", "Viktor", "Esme", "Joaquim", "Wren",
}

var lastNames = []string{
	"Halvorsen", "Okafor", "Lindqvist", "Castellano", "Nakamura", "Brennan", "Achterberg", "Moreau",
	"Kowalczyk", "Delacroix", "Oyelaran", "Fairbanks", "Quintero", "Vasquez-Lee", "Thornbury", "Abernathy",
	"Rahimi", "Szabo", "Van der Berg", "O'Donnell", "Petrakis", "Mbeki", "Sandoval", "Whitcombe",
	"Eriksdottir", "Fontaine", "Gallagher", "Iwasaki", "Jovanovic", "Kristensen", "Larkspur", "Merriweather",
	"Novak", "Ostrowski", "Pemberton", "Ruiz", "Sato", "Tremblay", "Ulrich", "Winslow",
}

var mailDomains = []string{
	"example.com", "example.org", "example.net", "mail.example.com", "inbox.test",
	"kestrelmail.test", "corvid.example", "larkpost.test", "home.example.net", "wyzefans.test",
}

var cityRows = []struct{ city, country, region string }{
	{"Springfield", "US", "IL"}, {"Riverton", "US", "WA"}, {"Kirkland", "US", "WA"}, {"Lakewood", "US", "CO"},
	{"Fairview", "US", "OR"}, {"Madison", "US", "WI"}, {"Bristol", "GB", "England"}, {"Leeds", "GB", "England"},
	{"Toronto", "CA", "ON"}, {"Hamburg", "DE", "HH"}, {"Lyon", "FR", "ARA"}, {"Utrecht", "NL", "UT"},
	{"Valencia", "ES", "VC"}, {"Porto", "PT", "13"}, {"Bologna", "IT", "BO"}, {"Brisbane", "AU", "QLD"},
}

var streetNames = []string{
	"Elm", "Maple", "Harbor", "Juniper", "Old Mill", "Kestrel", "Birch", "Willow Creek", "Station",
	"Lark", "Quarry", "Cedar Hollow", "Orchard", "Beacon", "Foxglove",
}

var streetKinds = []string{"Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Way", "Drive", "Ct"}

// Small random strings.

const (
	alnum     = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upperNum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	lowerHex  = "0123456789abcdef"
	upperHex  = "0123456789ABCDEF"
	b64url    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	b64std    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	bcryptAlp = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	base32Alp = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	digits    = "0123456789"
)

func (d *dg) rs(alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[d.r.IntN(len(alphabet))]
	}
	return string(b)
}

func (d *dg) hex(n int) string { return d.rs(lowerHex, n) }

func (d *dg) uuid() string {
	h := d.hex(32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + d.pick("8", "9", "a", "b") + h[17:20] + "-" + h[20:]
}

// recordID returns a non-sensitive record id in one of several shapes.
func (d *dg) recordID() string {
	switch d.intn(5) {
	case 0:
		return d.uuid()
	case 1:
		return d.hex(32)
	case 2:
		return d.hex(24)
	case 3:
		return "usr_" + d.rs(alnum, 14)
	default:
		return strconv.Itoa(d.between(100000, 99999999))
	}
}

// esID returns an Elasticsearch-style document id.
func (d *dg) esID() string { return d.rs(b64url, 20) }

// People.

type person struct {
	first, last string
}

func (d *dg) person() person {
	return person{d.pick(firstNames...), d.pick(lastNames...)}
}

func (p person) full() string { return p.first + " " + p.last }

func asciiLower(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func (d *dg) emailOf(p person) string {
	f, l := asciiLower(p.first), asciiLower(p.last)
	var local string
	switch d.intn(7) {
	case 0:
		local = f + "." + l
	case 1:
		local = f[:1] + l
	case 2:
		local = f + "_" + l + strconv.Itoa(d.between(1, 99))
	case 3:
		local = f + "+wyze"
	case 4:
		local = l + strconv.Itoa(d.between(1960, 2005))
	case 5:
		local = f + l[:1] + strconv.Itoa(d.between(1, 999))
	default:
		local = strings.ToUpper(f[:1]) + f[1:] + "." + strings.ToUpper(l[:1]) + l[1:]
	}
	return local + "@" + d.pick(mailDomains...)
}

func (d *dg) email() string { return d.emailOf(d.person()) }

func (d *dg) username(p person) string {
	f, l := asciiLower(p.first), asciiLower(p.last)
	switch d.intn(5) {
	case 0:
		return f + l[:1] + strconv.Itoa(d.between(1, 99))
	case 1:
		return f + "_" + l
	case 2:
		return l + "." + f[:1]
	case 3:
		return d.pick("night", "pixel", "coffee", "trail", "quiet", "rusty") + f + strconv.Itoa(d.between(1, 9999))
	default:
		return "@" + f + l
	}
}

// phone returns a fictional phone number in one of many formats.
func (d *dg) phone() string {
	n := d.between(100, 199) // 555-0100..0199 are reserved for fiction
	m := fmt.Sprintf("%04d", n)
	switch d.intn(14) {
	case 0:
		return "+1 415 555 " + m
	case 1:
		return "(206) 555-" + m
	case 2:
		return "+1-425-555-" + m
	case 3:
		return "425.555." + m
	case 4:
		return "+14155550" + m[1:]
	case 5:
		return "1 (312) 555-" + m
	case 6:
		return fmt.Sprintf("+44 20 7946 0%03d", d.intn(1000))
	case 7:
		return fmt.Sprintf("020 7946 0%03d", d.intn(1000))
	case 8:
		return d.dePhone()
	case 9:
		return d.nlPhone()
	case 10:
		return "+31 6 12345" + fmt.Sprintf("%03d", d.intn(1000))
	case 11:
		return d.frPhone()
	case 12:
		return "+61 491 570 " + d.pick("006", "110", "156", "157", "158", "159", "313", "737")
	default:
		return d.esPhone()
	}
}

// Country formats for phone numbers. Where a regulator reserves numbers
// for fiction (Ofcom 020 7946 0xxx, ARCEP 01 99 00 xx xx, ACMA 0491 570
// xxx, Bundesnetzagentur 030 23125 xxx) those are used; elsewhere numbers
// are fixed runs of digits (+34 600 000 xxx, 06 12345 xxx) that are
// unlikely, though not guaranteed, to be in use.

func (d *dg) dePhone() string {
	return d.pick("+49 30 23125", "030 23125", "+49 (0)30 23125 ") + fmt.Sprintf("%03d", d.intn(1000))
}

func (d *dg) nlPhone() string { return "0612345" + fmt.Sprintf("%03d", d.intn(1000)) }

func (d *dg) frPhone() string {
	return fmt.Sprintf("%s99 00 %02d %02d", d.pick("+33 1 ", "01 "), d.intn(100), d.intn(100))
}

func (d *dg) esPhone() string { return fmt.Sprintf("+34 600 000 %03d", d.intn(1000)) }

func (d *dg) itPhone() string { return fmt.Sprintf("+39 300 000 0%03d", d.intn(1000)) }

func (d *dg) ptPhone() string { return fmt.Sprintf("+351 910 000 %03d", d.intn(1000)) }

type address struct {
	street, city, postcode, region, country string
}

func (d *dg) address() address { return d.addressIn("") }

// addressIn returns an address in country (an ISO code of cityRows), or
// anywhere if country is "".
func (d *dg) addressIn(country string) address {
	c := cityRows[d.intn(len(cityRows))]
	if country != "" {
		var in []int
		for i, r := range cityRows {
			if r.country == country {
				in = append(in, i)
			}
		}
		if len(in) > 0 {
			c = cityRows[in[d.intn(len(in))]]
		}
	}
	a := address{city: c.city, region: c.region, country: c.country}
	num := strconv.Itoa(d.between(1, 4999))
	st := d.pick(streetNames...) + " " + d.pick(streetKinds...)
	switch c.country {
	case "FR":
		a.street = num + " rue " + d.pick("des Lilas", "du Moulin", "Victor Hugo", "de la Gare")
	case "DE":
		a.street = d.pick("Linden", "Mühlen", "Garten", "Bahnhof") + d.pick("straße ", "weg ", "str. ") + num
	case "NL":
		a.street = d.pick("Kerk", "Molen", "Linden", "Spoor") + d.pick("straat ", "weg ", "laan ") + num
	case "ES":
		a.street = d.pick("Calle ", "Avda. ", "C/ ") + d.pick("Mayor", "del Olmo", "de la Luna", "San Juan") + " " + num
	case "IT":
		a.street = d.pick("Via ", "Viale ", "Piazza ") + d.pick("Roma", "dei Mille", "Garibaldi", "del Pozzo") + " " + num
	case "PT":
		a.street = d.pick("Rua ", "Avenida ", "Travessa ") + d.pick("das Flores", "do Sol", "da Liberdade", "Nova") + ", " + num
	default:
		a.street = num + " " + st
		if d.chance(0.2) {
			a.street += ", Apt " + strconv.Itoa(d.between(1, 40))
		}
	}
	switch c.country {
	case "US":
		a.postcode = fmt.Sprintf("%05d", d.between(10000, 99999))
	case "GB":
		a.postcode = fmt.Sprintf("BS%d %d%s", d.between(1, 16), d.between(1, 9), d.rs("ABDEFGHJLNPQRSTUWXYZ", 2))
	case "CA":
		a.postcode = fmt.Sprintf("M%d%s %d%s%d", d.intn(10), d.rs("ABCEGHJKLMNPRSTVXY", 1), d.intn(10), d.rs("ABCEGHJKLMNPRSTVXY", 1), d.intn(10))
	case "NL":
		a.postcode = fmt.Sprintf("%04d %s", d.between(1000, 9999), d.rs("ABCDEFGHJKLMNPRSTVWXZ", 2))
	case "PT":
		a.postcode = fmt.Sprintf("%04d-%03d", d.between(1000, 9999), d.intn(1000))
	case "AU":
		a.postcode = fmt.Sprintf("%04d", d.between(4000, 4999))
	default:
		a.postcode = fmt.Sprintf("%05d", d.between(10000, 99999))
	}
	return a
}

func (a address) oneLine() string {
	return a.street + ", " + a.postcode + " " + a.city + ", " + a.country
}

// dob returns a date of birth in one of several formats.
func (d *dg) dob() string {
	y, m, day := d.between(1940, 2004), d.between(1, 12), d.between(1, 28)
	switch d.intn(5) {
	case 0:
		return fmt.Sprintf("%02d/%02d/%d", m, day, y)
	case 1:
		return fmt.Sprintf("%02d.%02d.%d", day, m, y)
	case 2:
		return fmt.Sprintf("%d%02d%02d", y, m, day)
	default:
		return fmt.Sprintf("%d-%02d-%02d", y, m, day)
	}
}

func (d *dg) photoURL() string {
	switch d.intn(3) {
	case 0:
		return "https://cdn.example.net/avatars/" + d.hex(16) + ".jpg"
	case 1:
		return "https://img.wyzefans.test/u/" + d.rs(alnum, 10) + "/profile.png"
	default:
		return "https://storage.example.com/profile-photos/" + d.uuid() + "?w=256"
	}
}

// Times.

var epoch2019 = time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC).Unix()

func (d *dg) when() time.Time {
	return time.Unix(epoch2019+int64(d.intn(200*24*3600)), 0).UTC()
}

// timestamp writes a non-sensitive (or, under a device last-seen key,
// device-inventory) time in one of several shapes.
func (d *dg) timestamp(key string, l Label) {
	t := d.when()
	switch d.intn(6) {
	case 0:
		d.b.int(key, t.Unix(), l)
	case 1:
		d.b.int(key, t.UnixMilli()+int64(d.intn(1000)), l)
	case 2:
		d.b.str(key, t.Format("2006-01-02 15:04:05"), l)
	case 3:
		d.b.str(key, t.Format("2006-01-02T15:04:05.000Z"), l)
	default:
		d.b.str(key, t.Format(time.RFC3339), l)
	}
}

// Networks.

func (d *dg) privateIP() string {
	switch d.intn(4) {
	case 0:
		return fmt.Sprintf("10.%d.%d.%d", d.intn(256), d.intn(256), d.between(2, 254))
	case 1:
		return fmt.Sprintf("172.%d.%d.%d", d.between(16, 31), d.intn(256), d.between(2, 254))
	default:
		return fmt.Sprintf("192.168.%d.%d", d.pick3(0, 1, d.intn(256)), d.between(2, 254))
	}
}

func (d *dg) pick3(a, b, c int) int {
	switch d.intn(3) {
	case 0:
		return a
	case 1:
		return b
	}
	return c
}

// publicIP returns an address from the documentation ranges.
func (d *dg) publicIP() string {
	return d.pick("192.0.2.", "198.51.100.", "203.0.113.") + strconv.Itoa(d.between(1, 254))
}

// lan is one home network.
type lan struct {
	prefix  string // "192.168.1."
	gateway string
	cidr    string
	mask    string
}

func (d *dg) lan() lan {
	var p string
	switch d.intn(4) {
	case 0:
		p = fmt.Sprintf("10.0.%d.", d.intn(10))
	case 1:
		p = fmt.Sprintf("172.%d.0.", d.between(16, 31))
	default:
		p = fmt.Sprintf("192.168.%d.", d.pick3(0, 1, d.between(2, 88)))
	}
	gw := p + d.pick("1", "1", "254")
	return lan{prefix: p, gateway: gw, cidr: p + "0/24", mask: "255.255.255.0"}
}

func (n lan) host(d *dg) string { return n.prefix + strconv.Itoa(d.between(2, 250)) }

// mac returns a MAC address in one of several notations.
func (d *dg) mac() string {
	oui := d.pick("2CAA8E", "7C78B2", "D03F27", "A4DA22", "F0C88B", "0C8BFD", "B0C5CA")
	h := strings.ToUpper(oui + d.hex(6))
	switch d.intn(6) {
	case 0, 1:
		return pairs(h, ":")
	case 2:
		return strings.ToLower(pairs(h, ":"))
	case 3:
		return pairs(h, "-")
	case 4:
		return h // Wyze kept camera MACs without separators
	default:
		l := strings.ToLower(h)
		return l[0:4] + "." + l[4:8] + "." + l[8:12]
	}
}

func pairs(h, sep string) string {
	var sb strings.Builder
	for i := 0; i < len(h); i += 2 {
		if i > 0 {
			sb.WriteString(sep)
		}
		sb.WriteString(h[i : i+2])
	}
	return sb.String()
}

var ssidWords = []string{
	"HomeNet", "Betty's WiFi", "NETGEAR", "TP-Link_", "Linksys", "MyHome", "ATT", "Skynet", "Pretty Fly for a WiFi",
	"The Promised LAN", "Casa", "Familie", "Orchard", "FiberHome", "xfinitywifi", "Garage", "DIRECT-",
}

func (d *dg) ssid() string {
	w := d.pick(ssidWords...)
	switch {
	case strings.HasSuffix(w, "_") || strings.HasSuffix(w, "-"):
		return w + strings.ToUpper(d.hex(4))
	case w == "NETGEAR" || w == "Linksys" || w == "ATT":
		return w + strconv.Itoa(d.between(10, 999))
	}
	switch d.intn(4) {
	case 0:
		return w + "-5G"
	case 1:
		return w + "_2.4G"
	case 2:
		return w + " " + strconv.Itoa(d.between(1, 9))
	}
	return w
}

func (d *dg) hostname(p person) string {
	f := asciiLower(p.first)
	switch d.intn(6) {
	case 0:
		return "DESKTOP-" + d.rs(upperNum, 4)
	case 1:
		return f + "s-iphone.lan"
	case 2:
		return f + "-macbook-pro.local"
	case 3:
		return "android-" + d.hex(16)
	case 4:
		return "nas01.home.arpa"
	default:
		return d.pick("LAPTOP-", "WIN-") + d.rs(upperNum, 7) + ".localdomain"
	}
}

// Devices.

var wyzeModels = []string{
	"WYZEC2", "WYZEC3", "WYZE_CAKP2JFUS", "WYZECP1_JEF", "WYZEC1-JZ", "WYZEDB3", "WVOD1", "HL_PAN2",
	"WLPP1", "WLPA19", "WYZE_JA_SCALE", "JA_HP", "WVODB1", "YD.LO1",
}

var productNames = []string{
	"Wyze Cam v2", "Wyze Cam Pan", "Wyze Cam v3", "Wyze Video Doorbell", "Wyze Plug", "Wyze Bulb",
	"Wyze Scale", "Wyze Lock", "Wyze Sense Hub", "Wyze Cam Outdoor",
}

var phoneModels = []string{
	"iPhone11,8", "iPhone12,1", "iPhone10,3", "SM-G973F", "SM-A505FN", "Pixel 3a", "Pixel 4 XL", "moto g(7)", "ONEPLUS A6013",
}

var nicknames = []string{
	"Betty's Room", "Garage Cam", "Front Door", "Baby Monitor", "Backyard", "Kitchen", "Living Room",
	"Nursery", "Driveway", "Office", "Dog Cam", "Porch", "Basement", "Kids Room", "Side Gate",
}

// fwVersion returns a firmware version; most are shaped like IP addresses
// (4.9.5.111), as Wyze firmware versions are.
func (d *dg) fwVersion() (string, bool) {
	switch d.intn(6) {
	case 0:
		return fmt.Sprintf("v%d.%d.%d", d.between(1, 4), d.intn(20), d.intn(200)), false
	case 1:
		return fmt.Sprintf("%d.%d.%d.%d_%s", d.between(1, 4), d.intn(12), d.intn(10), d.intn(300), d.pick("beta", "rc1", "release")), false
	default:
		return fmt.Sprintf("%d.%d.%d.%d", d.between(1, 4), d.intn(12), d.intn(10), d.between(1, 254)), true
	}
}

func (d *dg) hwVersion() string {
	return d.pick("0.0.0.", "1.0.", "rev") + strconv.Itoa(d.between(1, 60))
}

func (d *dg) appVersion() string {
	return fmt.Sprintf("%d.%d.%d", d.between(1, 2), d.intn(9), d.intn(120))
}

func (d *dg) phoneOS() string {
	switch d.intn(4) {
	case 0:
		return fmt.Sprintf("iOS %d.%d.%d", d.between(12, 13), d.intn(4), d.intn(3))
	case 1:
		return fmt.Sprintf("Android %d", d.between(8, 10))
	case 2:
		return fmt.Sprintf("%d.%d", d.between(12, 13), d.intn(4))
	default:
		return "android " + strconv.Itoa(d.between(26, 29))
	}
}

func (d *dg) userAgent() string {
	switch d.intn(4) {
	case 0:
		return fmt.Sprintf("Wyze/%s (iPhone; iOS %d.%d; Scale/3.00)", d.appVersion(), d.between(12, 13), d.intn(4))
	case 1:
		return fmt.Sprintf("okhttp/3.%d.%d", d.between(8, 12), d.intn(4))
	case 2:
		return fmt.Sprintf("Mozilla/5.0 (Linux; Android %d; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.%d Mobile Safari/537.36",
			d.between(8, 10), d.pick(phoneModels...), d.between(79, 136))
	default:
		return fmt.Sprintf("WyzeApp/%s Android/%d (%s)", d.appVersion(), d.between(8, 10), d.pick(phoneModels...))
	}
}

func (d *dg) serial() string {
	switch d.intn(5) {
	case 0:
		return strings.ToUpper(d.hex(12))
	case 1:
		return fmt.Sprintf("WYZC%d-%02d%02d-%05d", d.between(1, 3), d.between(18, 19), d.between(1, 12), d.intn(100000))
	case 2:
		return "SN" + d.rs(upperNum, 10)
	case 3:
		return d.rs(upperNum, 3) + "-" + d.rs(digits, 7)
	default:
		return "C2A" + d.rs(digits, 4) + d.rs(upperNum, 1) + d.rs(digits, 7)
	}
}

// imei returns a 15-digit IMEI with a valid Luhn check digit.
func (d *dg) imei() string {
	body := d.pick("35", "86", "49", "01") + d.rs(digits, 12)
	return body + strconv.Itoa(luhnDigit(body))
}

func luhnDigit(body string) int {
	sum := 0
	for i := len(body) - 1; i >= 0; i-- {
		v := int(body[i] - '0')
		if (len(body)-1-i)%2 == 0 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return (10 - sum%10) % 10
}

// Secrets.

func (d *dg) jwt() string {
	hdr := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"` + d.pick("HS256", "RS256", "ES256") + `","typ":"JWT"}`))
	body := fmt.Sprintf(`{"sub":"%s","iat":%d,"exp":%d,"iss":"%s"}`, d.hex(16), d.when().Unix(), d.when().Unix()+3600,
		d.pick("https://auth.example.com", "api.wyzefans.test", "login.example.net"))
	return hdr + "." + base64.RawURLEncoding.EncodeToString([]byte(body)) + "." + d.rs(b64url, 43)
}

// apiToken returns an opaque API token in one of several shapes.
func (d *dg) apiToken() string {
	switch d.intn(5) {
	case 0:
		return d.hex(32)
	case 1:
		return d.jwt()
	case 2:
		return d.rs(b64url, 64)
	case 3:
		return d.rs(alnum, 40)
	default:
		return strings.ToUpper(d.hex(8)) + d.rs(alnum, 56)
	}
}

func (d *dg) lwaAccess() string  { return "Atza|" + d.rs(b64url, d.between(180, 300)) }
func (d *dg) lwaRefresh() string { return "Atzr|" + d.rs(b64url, d.between(180, 300)) }
func (d *dg) googleAccess() string {
	return "ya29." + d.rs(b64url, d.between(120, 180))
}
func (d *dg) googleRefresh() string { return "1//0" + d.rs(b64url, 100) }

// vendorKey returns an API key with a well-known public prefix.
func (d *dg) vendorKey() string {
	switch d.intn(8) {
	case 0:
		return "sk_live_" + d.rs(alnum, 24)
	case 1:
		return "SG." + d.rs(b64url, 22) + "." + d.rs(b64url, 43)
	case 2:
		return "glpat-" + d.rs(b64url, 20)
	case 3:
		return "ghp_" + d.rs(alnum, 36)
	case 4:
		return "npm_" + d.rs(alnum, 36)
	case 5:
		return "xoxb-" + d.rs(digits, 12) + "-" + d.rs(digits, 13) + "-" + d.rs(alnum, 24)
	case 6:
		return "AIza" + d.rs(b64url, 35)
	default:
		return "pk_" + d.hex(8) + "_" + d.rs(alnum, 32) // house-made prefix
	}
}

func (d *dg) awsKeyID() string  { return "AKIA" + d.rs(upperNum, 16) }
func (d *dg) awsSecret() string { return d.rs(b64std, 40) }

var commonPasswords = []string{
	"hunter22", "sunshine42", "Password1!", "letmein2019", "qwerty123", "dragon88", "Tr0ub4dor&3",
	"correct-horse-battery", "iloveyou!", "Summer2019", "bettyboop7", "wyze4life",
}

func (d *dg) plainPassword() string {
	if d.chance(0.6) {
		return d.pick(commonPasswords...)
	}
	return d.rs(alnum+"!#%&*", d.between(8, 16))
}

// passwordHash returns a hash in one of several schemes.
func (d *dg) passwordHash() string {
	switch d.intn(8) {
	case 0:
		return "$2b$12$" + d.rs(bcryptAlp, 53)
	case 1:
		return "$2a$10$" + d.rs(bcryptAlp, 53)
	case 2:
		return "$argon2id$v=19$m=65536,t=3,p=4$" + d.rs(b64std[:62], 22) + "$" + d.rs(b64std[:62], 43)
	case 3:
		return "$scrypt$ln=16,r=8,p=1$" + d.rs(b64std[:62], 22) + "$" + d.rs(b64std[:62], 43)
	case 4:
		return "$6$" + d.rs(bcryptAlp, 16) + "$" + d.rs(bcryptAlp, 86)
	case 5:
		return d.hex(32) // md5
	case 6:
		return d.hex(40) // sha1
	default:
		return d.hex(64) // sha256
	}
}

func (d *dg) totpSecret() string {
	s := d.rs(base32Alp, d.pick3(16, 32, 26))
	if d.chance(0.3) {
		return "otpauth://totp/Wyze:" + asciiLower(d.pick(firstNames...)) + "?secret=" + s + "&issuer=Wyze"
	}
	return s
}

func (d *dg) pem(private bool) string {
	kind := d.pick("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY")
	if !private {
		kind = d.pick("PUBLIC KEY", "CERTIFICATE")
	}
	var sb strings.Builder
	sb.WriteString("-----BEGIN " + kind + "-----\n")
	for range d.between(3, 8) {
		sb.WriteString(d.rs(b64std, 64))
		sb.WriteByte('\n')
	}
	sb.WriteString(d.rs(b64std, d.between(8, 60)) + "==\n")
	sb.WriteString("-----END " + kind + "-----")
	return sb.String()
}

// internalHost returns a host name of an internal service.
func (d *dg) internalHost() string {
	switch d.intn(3) {
	case 0:
		return d.privateIP()
	case 1:
		return d.pick("db", "pg", "mysql", "es") + strconv.Itoa(d.between(1, 9)) + ".internal.example.net"
	default:
		return d.pick("analytics", "users", "metrics") + "-db.corp.lan"
	}
}

func (d *dg) dbURL() string {
	user := d.pick("app", "wyze_ro", "etl", "admin", "metrics")
	pw := d.rs(alnum, d.between(10, 20))
	switch d.intn(3) {
	case 0:
		return fmt.Sprintf("postgres://%s:%s@%s:5432/%s", user, pw, d.internalHost(), d.pick("users", "prod", "metrics"))
	case 1:
		return fmt.Sprintf("mysql://%s:%s@%s:3306/%s?tls=skip-verify", user, pw, d.internalHost(), d.pick("wyze", "accounts"))
	default:
		return fmt.Sprintf("mongodb://%s:%s@%s:27017/admin?replicaSet=rs0", user, pw, d.internalHost())
	}
}

// Health values.

type body struct {
	heightCM, weightKG float64
	male               bool
}

func (d *dg) body() body {
	male := d.chance(0.5)
	h := d.floatIn(150, 195)
	if male {
		h += 6
	}
	bmi := d.floatIn(18.5, 34)
	return body{heightCM: h, weightKG: bmi * (h / 100) * (h / 100), male: male}
}

func (b body) bmi() float64 { return b.weightKG / (b.heightCM / 100) / (b.heightCM / 100) }

func feetInches(cm float64) string {
	in := int(cm/2.54 + 0.5)
	return fmt.Sprintf("%d ft %d in", in/12, in%12)
}

func feetInchesShort(cm float64) string {
	in := int(cm/2.54 + 0.5)
	return fmt.Sprintf("%d'%d\"", in/12, in%12)
}

func (d *dg) gender(male bool) string {
	if d.chance(0.08) {
		return d.pick("non-binary", "X", "other")
	}
	if male {
		return d.pick("male", "M", "Male", "1")
	}
	return d.pick("female", "F", "Female", "2")
}
