package blindset25

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// rng draws every value of one document.
type rng struct{ *rand.Rand }

// newRng seeds the generator of document i with (seed, i) only.
func newRng(seed int64, i int) *rng {
	return &rng{rand.New(rand.NewPCG(uint64(seed)^0x25beadfacade, uint64(i)^0x7f25c3d1e0a9))}
}

// in draws an int in [lo, hi].
func (r *rng) in(lo, hi int) int { return lo + r.IntN(hi-lo+1) }

// pick draws one of xs.
func (r *rng) pick(xs ...string) string { return xs[r.IntN(len(xs))] }

// pickInt draws one of xs.
func (r *rng) pickInt(xs ...int) int { return xs[r.IntN(len(xs))] }

// chance is true with probability p.
func (r *rng) chance(p float64) bool { return r.Float64() < p }

// from draws n characters of alphabet.
func (r *rng) from(alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

const (
	lowerHex = "0123456789abcdef"
	upperHex = "0123456789ABCDEF"
	alnum    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upperNum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	lowerNum = "abcdefghijklmnopqrstuvwxyz0123456789"
	upperAl  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	b32up    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
)

func (r *rng) hex(n int) string    { return r.from(lowerHex, n) }
func (r *rng) HEX(n int) string    { return r.from(upperHex, n) }
func (r *rng) digits(n int) string { return r.from("0123456789", n) }
func (r *rng) alnum(n int) string  { return r.from(alnum, n) }

// bytes draws n random bytes.
func (r *rng) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return b
}

func (r *rng) b64(n int) string    { return base64.StdEncoding.EncodeToString(r.bytes(n)) }
func (r *rng) b64url(n int) string { return base64.RawURLEncoding.EncodeToString(r.bytes(n)) }
func (r *rng) b64raw(n int) string { return base64.RawStdEncoding.EncodeToString(r.bytes(n)) }

func (r *rng) uuid() string {
	h := r.hex(32)
	return h[0:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + string("89ab"[r.IntN(4)]) + h[17:20] + "-" + h[20:32]
}

func (r *rng) UUID() string { return strings.ToUpper(r.uuid()) }

// Times: everything happens in 2024.

var epoch2024 = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// when draws a time in 2024 up to early November.
func (r *rng) when() time.Time {
	return epoch2024.Add(time.Duration(r.IntN(310*24*3600)) * time.Second)
}

func iso(t time.Time) string               { return t.Format("2006-01-02T15:04:05Z") }
func isoMs(t time.Time) string             { return t.Format("2006-01-02T15:04:05.000Z") }
func isoOff(t time.Time) string            { return t.Format("2006-01-02T15:04:05-07:00") }
func day(t time.Time) string               { return t.Format("2006-01-02") }
func unix(t time.Time) int64               { return t.Unix() }
func unixMs(t time.Time) int64             { return t.UnixMilli() }
func after(t time.Time, min int) time.Time { return t.Add(time.Duration(min) * time.Minute) }

// birth draws a date of birth between the years lo and hi.
func (r *rng) birth(lo, hi int) time.Time {
	return time.Date(r.in(lo, hi), time.Month(r.in(1, 12)), r.in(1, 28), 0, 0, 0, 0, time.UTC)
}

// age is the age in whole years at t of someone born on b.
func age(b, t time.Time) int {
	a := t.Year() - b.Year()
	if t.YearDay() < b.YearDay() {
		a--
	}
	return a
}

// Network values.

// mac draws a MAC address with sep between octets.
func (r *rng) mac(sep string, upper bool) string {
	alpha := lowerHex
	if upper {
		alpha = upperHex
	}
	parts := make([]string, 6)
	for i := range parts {
		parts[i] = r.from(alpha, 2)
	}
	return strings.Join(parts, sep)
}

// lan is a private /24 prefix such as "192.168.40".
type lan string

func (r *rng) lan() lan {
	switch r.IntN(3) {
	case 0:
		return lan(fmt.Sprintf("192.168.%d", r.in(0, 99)))
	case 1:
		return lan(fmt.Sprintf("10.%d.%d", r.in(0, 60), r.in(0, 40)))
	}
	return lan(fmt.Sprintf("172.%d.%d", r.in(16, 31), r.in(0, 30)))
}

func (l lan) host(n int) string { return fmt.Sprintf("%s.%d", l, n) }
func (l lan) gw() string        { return string(l) + ".1" }
func (l lan) cidr() string      { return string(l) + ".0/24" }

// wan draws a public address in a documentation range.
func (r *rng) wan() string {
	return fmt.Sprintf("%s.%d", r.pick("192.0.2", "198.51.100", "203.0.113"), r.in(2, 250))
}

// Password hashes in formats no earlier set lists: Werkzeug pbkdf2 and
// scrypt, passlib bcrypt-sha256, Mosquitto $7$, Cisco type 8 and 9,
// Nextcloud's versioned argon2id, Redis ACL #sha256.

func (r *rng) werkzeugPbkdf2() string {
	return fmt.Sprintf("pbkdf2:sha256:%d$%s$%s", r.pickInt(260000, 600000), r.alnum(16), r.hex(64))
}

func (r *rng) werkzeugScrypt() string {
	return "scrypt:32768:8:1$" + r.alnum(16) + "$" + r.hex(128)
}

func (r *rng) bcryptSha256() string {
	return "$bcrypt-sha256$v=2,t=2b,r=12$" + r.from(cryptAlpha, 22) + "$" + r.from(cryptAlpha, 31)
}

func (r *rng) mosquitto7() string {
	return "$7$101$" + r.b64(12) + "$" + r.b64(64)
}

func (r *rng) cisco8() string { return "$8$" + r.from(cryptAlpha, 14) + "$" + r.from(cryptAlpha, 43) }
func (r *rng) cisco9() string { return "$9$" + r.from(cryptAlpha, 14) + "$" + r.from(cryptAlpha, 43) }

func (r *rng) nextcloudArgon() string {
	return "3|$argon2id$v=19$m=65536,t=4,p=1$" + r.b64raw(16) + "$" + r.b64raw(32)
}

func (r *rng) redisACL() string { return "#" + r.hex(64) }

const cryptAlpha = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// jwt draws a JSON Web Token with a plausible header and random payload.
func (r *rng) jwt() string {
	hdr := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"` + r.pick("RS256", "HS256", "ES256", "EdDSA") + `","typ":"JWT"}`))
	body := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iat":%d,"exp":%d}`, r.uuid(), 1704067200+r.IntN(2e7), 1730000000+r.IntN(2e6))))
	return hdr + "." + body + "." + r.b64url(r.pickInt(32, 64))
}

// Vendor keys and tokens in shapes no earlier set lists.

func (r *rng) astraToken() string {
	return "AstraCS:" + r.from(upperAl+"abcdefghijklmnopqrstuvwxyz", 24) + ":" + r.hex(64)
}
func (r *rng) vespaToken() string   { return "vespa_cloud_" + r.alnum(46) }
func (r *rng) chromaToken() string  { return "ck-" + r.alnum(44) }
func (r *rng) azSearchKey() string  { return r.alnum(42) + "AzSeB" + r.alnum(5) }
func (r *rng) vonageSecret() string { return r.alnum(16) }
func (r *rng) vonageKey() string    { return r.hex(8) }
func (r *rng) uispToken() string    { return r.uuid() }
func (r *rng) gustoToken() string   { return r.b64url(32) }
func (r *rng) whoopToken() string   { return r.b64url(32) + "." + r.b64url(32) }
func (r *rng) auth0Refresh() string { return "v1.M" + r.b64url(60) }
func (r *rng) zoomSecret() string   { return r.alnum(32) }
func (r *rng) jamfRecovery() string {
	parts := make([]string, 6)
	for i := range parts {
		parts[i] = r.from(upperNum, 4)
	}
	return strings.Join(parts, "-")
}
func (r *rng) wampTicket() string { return r.from(alnum+"-_", 40) }
func (r *rng) wampCraSig() string { return r.b64(32) }
func (r *rng) xsrfAt() string {
	return "AJpMio" + r.b64url(22) + ":" + fmt.Sprint(1714000000000+r.IntN(2e10))
}
func (r *rng) sidCookie() string    { return "g." + r.from(alnum+"_-", 140) }
func (r *rng) smppPassword() string { return r.from(alnum, 8) }

// password draws a password a person would pick, or a generated one.
func (r *rng) password() string {
	switch r.IntN(4) {
	case 0:
		return r.pick("Kestrel", "Bramble", "Marigold", "Tamarack", "Kaveri", "Chamundi", "Axum", "Thabana", "Morbihan", "Karakum", "Gwenedour", "Quarry") + r.digits(r.in(2, 4)) + r.pick("!", "#", "", "$", "*")
	case 1:
		return r.pick("amber", "brisk", "copper", "dusky", "gentle", "rusty") + "-" + r.pick("heron", "walnut", "plover", "sorrel", "basalt", "meadow") + "-" + r.digits(2)
	case 2:
		return r.from(alnum+"!#%&*@", r.in(14, 22))
	}
	return r.alnum(r.in(10, 16))
}

// psk draws a Wi-Fi passphrase.
func (r *rng) psk() string {
	if r.chance(0.3) {
		return r.from(lowerNum, 12)
	}
	return r.pick("Greenfinch", "Lighthouse", "Cloudberry", "Snowdrop", "Pinecone", "Riverstone", "Kingfisher", "Stargazer", "Tumbleweed", "Blackberry") + r.pick("", "-", "_", ".") + r.digits(r.in(3, 6)) + r.pick("", "!", "#")
}

// Device values.

func (r *rng) serial(prefix string, n int) string { return prefix + r.from(upperNum, n) }

func (r *rng) imei() string { return "35" + r.digits(13) }

// Phones, in reserved or unlikely ranges.

var usAreas = []string{"406", "208", "307", "509", "541", "715", "218", "802"}

func (r *rng) area() string { return usAreas[r.IntN(len(usAreas))] }

func (r *rng) usPhone() string { return fmt.Sprintf("+1 %s 555 01%02d", r.area(), r.in(0, 99)) }
func (r *rng) usLocal() string { return fmt.Sprintf("(%s) 555-01%02d", r.area(), r.in(0, 99)) }
func (r *rng) usDash() string  { return fmt.Sprintf("%s-555-01%02d", r.area(), r.in(0, 99)) }
func (r *rng) usE164() string  { return fmt.Sprintf("+1%s55501%02d", r.area(), r.in(0, 99)) }

func (r *rng) ukMobile() string  { return fmt.Sprintf("07700 900%03d", r.in(0, 999)) }
func (r *rng) ukIntl() string    { return fmt.Sprintf("+44 7700 900%03d", r.in(0, 999)) }
func (r *rng) ukDigits() string  { return fmt.Sprintf("447700900%03d", r.in(0, 999)) }
func (r *rng) leedsLine() string { return fmt.Sprintf("0113 496 0%03d", r.in(0, 999)) }

// Karnataka, Tigray, Lesotho, Brittany and Turkmenistan: runs of zeros, or
// the French regulator's range for fiction.
func (r *rng) kaPhone() string { return fmt.Sprintf("+91 99000 0%04d", r.in(0, 9999)) }
func (r *rng) kaLocal() string { return fmt.Sprintf("99000 0%04d", r.in(0, 9999)) }
func (r *rng) tiPhone() string { return fmt.Sprintf("+251 914 000 %03d", r.in(0, 999)) }
func (r *rng) tiLocal() string { return fmt.Sprintf("0914 000 %03d", r.in(0, 999)) }
func (r *rng) lsPhone() string { return fmt.Sprintf("+266 6200 0%03d", r.in(0, 999)) }
func (r *rng) lsLocal() string { return fmt.Sprintf("6200 0%03d", r.in(0, 999)) }
func (r *rng) brPhone() string { return fmt.Sprintf("06 39 98 %02d %02d", r.in(0, 99), r.in(0, 99)) }
func (r *rng) brIntl() string  { return fmt.Sprintf("+33 6 39 98 %02d %02d", r.in(0, 99), r.in(0, 99)) }
func (r *rng) tmPhone() string { return fmt.Sprintf("+993 65 00 0%03d", r.in(0, 999)) }
func (r *rng) tmLocal() string { return fmt.Sprintf("8 65 00 0%03d", r.in(0, 999)) }

// E-mail addresses, under reserved domains.

func (r *rng) mailDomain() string {
	return r.pick("example.com", "example.org", "example.net", "post.example", "mail.example")
}

// email makes an address from a person's Latin-script name.
func (r *rng) email(p person) string {
	f, l := ascii(p.latFirst()), ascii(p.latLast())
	if f == "" {
		f = "x"
	}
	if l == "" {
		l = r.pick("ka", "ti", "ls", "br", "tm")
	}
	switch r.IntN(4) {
	case 0:
		return f + "." + l + "@" + r.mailDomain()
	case 1:
		return f[:1] + l + "@" + r.mailDomain()
	case 2:
		return f + "_" + l[:1] + r.digits(2) + "@" + r.mailDomain()
	}
	return l + f[:1] + r.digits(2) + "@" + r.mailDomain()
}

// userName makes a login from a person's Latin-script name.
func (r *rng) userName(p person) string {
	f, l := ascii(p.latFirst()), ascii(p.latLast())
	if l == "" {
		l = r.digits(3)
	}
	switch r.IntN(3) {
	case 0:
		return f + "." + l
	case 1:
		return f[:1] + l
	}
	return f + r.digits(2)
}

var fold = strings.NewReplacer(
	"á", "a", "é", "e", "è", "e", "ê", "e", "ë", "e", "í", "i", "ï", "i", "ó", "o", "ô", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u", "ñ", "n", "ç", "c",
	"ý", "y", "ä", "a", "ö", "o", "ş", "s", "ň", "n", "ž", "z",
	"'", "", " ", "", "-", "", "’", "", ".", "")

// ascii folds a Latin-script name to lower-case ASCII.
func ascii(s string) string { return fold.Replace(strings.ToLower(s)) }

// Small numeric helpers.

func round1(x float64) float64 { return float64(int(x*10+0.5)) / 10 }
func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

func (r *rng) f1(lo, hi float64) float64 { return round1(lo + r.Float64()*(hi-lo)) }
func (r *rng) f2(lo, hi float64) float64 { return round2(lo + r.Float64()*(hi-lo)) }

// bp draws a blood pressure.
func (r *rng) bp() (int, int) {
	sys := r.in(100, 178)
	return sys, r.in(60, min(104, sys-30))
}

// semver draws a software version a.b.c.
func (r *rng) semver() string { return fmt.Sprintf("%d.%d.%d", r.in(1, 9), r.in(0, 24), r.in(0, 30)) }

// ipShapedFw draws a four-part firmware version that looks like an IPv4
// address.
func (r *rng) ipShapedFw() string {
	return fmt.Sprintf("%d.%d.%d.%d", r.in(1, 9), r.in(0, 30), r.in(0, 9), r.in(10, 250))
}

// phoneModel draws a phone model with its OS version.
func (r *rng) phoneModel() (model, os string) {
	if r.chance(0.45) {
		return r.pick("iPhone 13", "iPhone 14 Plus", "iPhone 15", "iPhone SE (3rd generation)", "iPhone 11"), "iOS " + r.pick("17.4.1", "17.6.1", "18.0", "18.1")
	}
	return r.pick("Samsung Galaxy A25", "Samsung Galaxy S24", "Google Pixel 8", "Motorola moto g stylus (2024)", "Nokia G42", "Redmi 13C", "TECNO Spark 20", "itel S23"), "Android " + r.pick("13", "14")
}

// ssid draws a home or office Wi-Fi name.
func (r *rng) ssid(base string) string {
	return r.pick(base+"-WiFi", base+" Home", base+"_5G", "Home-"+r.HEX(4), base+"Net", "NETGEAR"+r.digits(2), "Linksys"+r.digits(5), "eero-"+r.HEX(4))
}

// pickSome returns k distinct items of xs, in the order of xs.
func (r *rng) pickSome(k int, xs ...string) []string {
	if k > len(xs) {
		k = len(xs)
	}
	chosen := map[int]bool{}
	for _, i := range r.Perm(len(xs))[:k] {
		chosen[i] = true
	}
	var out []string
	for i, x := range xs {
		if chosen[i] {
			out = append(out, x)
		}
	}
	return out
}
