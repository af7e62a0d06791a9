package blindset27

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
	return &rng{rand.New(rand.NewPCG(uint64(seed)^0x27b1ad5e7c0de, uint64(i)^0x5eed27a9f13c))}
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
	lowerAl  = "abcdefghijklmnopqrstuvwxyz"
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

// Times: everything happens in 2025.

var epoch2025 = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// when draws a time in 2025 up to late October.
func (r *rng) when() time.Time {
	return epoch2025.Add(time.Duration(r.IntN(295*24*3600)) * time.Second)
}

func iso(t time.Time) string                { return t.Format("2006-01-02T15:04:05Z") }
func isoMs(t time.Time) string              { return t.Format("2006-01-02T15:04:05.000Z") }
func isoOff(t time.Time, off string) string { return t.Format("2006-01-02T15:04:05") + off }
func day(t time.Time) string                { return t.Format("2006-01-02") }
func unix(t time.Time) int64                { return t.Unix() }
func unixMs(t time.Time) int64              { return t.UnixMilli() }
func after(t time.Time, min int) time.Time  { return t.Add(time.Duration(min) * time.Minute) }

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

// macOUI draws a MAC address behind a maker's prefix ("00:17:88").
func (r *rng) macOUI(oui string, upper bool) string {
	m := r.mac(":", upper)
	if upper {
		oui = strings.ToUpper(oui)
	}
	return oui + m[8:]
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

// dns draws a DNS server setting: the gateway or a public resolver.
func (r *rng) dns(l lan) string {
	return r.pick(l.gw(), "1.1.1.1", "9.9.9.9", "8.8.8.8")
}

// Password hashes and secrets in formats no earlier set lists.

const cryptAlpha = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// pgcryptoBF is what PostgreSQL's crypt(pw, gen_salt('bf')) stores.
func (r *rng) pgcryptoBF() string {
	return "$2a$06$" + r.from(cryptAlpha, 53)
}

// sha256crypt is a glibc $5$ hash.
func (r *rng) sha256crypt() string {
	return "$5$rounds=535000$" + r.from(cryptAlpha, 16) + "$" + r.from(cryptAlpha, 43)
}

// jwt draws a JSON Web Token with a plausible header and random payload.
func (r *rng) jwt() string {
	hdr := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"` + r.pick("RS256", "HS256", "ES256") + `","typ":"JWT"}`))
	body := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iat":%d,"exp":%d}`, r.uuid(), 1735689600+r.IntN(2e7), 1761000000+r.IntN(2e6))))
	return hdr + "." + body + "." + r.b64url(r.pickInt(32, 64))
}

func (r *rng) apnsToken() string { return r.hex(64) }
func (r *rng) fcmToken() string {
	return r.from(alnum+"-_", 11) + ":APA91b" + r.from(alnum+"-_", 134)
}

// password draws a password a person would pick, or a generated one.
func (r *rng) password() string {
	switch r.IntN(4) {
	case 0:
		return r.pick("Humpback", "Tamarillo", "Baobab", "Monsoon", "Tupelo", "Snowmelt", "Kittiwake", "Marigold", "Narwhal", "Frangipani", "Sandpiper", "Juniper") + r.digits(r.in(2, 4)) + r.pick("!", "#", "", "$", "*")
	case 1:
		return r.pick("brave", "misty", "golden", "rusty", "quiet", "salty") + "-" + r.pick("mango", "kayak", "walrus", "lantern", "hibiscus", "puffin") + "-" + r.digits(2)
	case 2:
		return r.from(alnum+"!#&*@$", r.in(14, 22))
	}
	return r.alnum(r.in(10, 16))
}

// psk draws a Wi-Fi passphrase.
func (r *rng) psk() string {
	if r.chance(0.3) {
		return r.from(lowerNum, 12)
	}
	return r.pick("Coconut", "Lagoon", "Iceberg", "Tamarind", "Cardamom", "Mangrove", "Glacier", "Pandanus", "Kingfisher", "Aurora") + r.pick("", "-", "_", ".") + r.digits(r.in(3, 6)) + r.pick("", "!", "#")
}

// pin draws an n-digit PIN.
func (r *rng) pin(n int) string { return r.digits(n) }

// Device values.

func (r *rng) serial(prefix string, n int) string { return prefix + r.from(upperNum, n) }

func (r *rng) imei() string { return "35" + r.digits(13) }

// Phones, in reserved or unlikely ranges.

var usAreas = []string{"206", "503", "415", "617", "312", "404", "801", "907"}

func (r *rng) area() string { return usAreas[r.IntN(len(usAreas))] }

func (r *rng) usPhone() string { return fmt.Sprintf("+1 %s 555 01%02d", r.area(), r.in(0, 99)) }
func (r *rng) usLocal() string { return fmt.Sprintf("(%s) 555-01%02d", r.area(), r.in(0, 99)) }
func (r *rng) usDash() string  { return fmt.Sprintf("%s-555-01%02d", r.area(), r.in(0, 99)) }
func (r *rng) usE164() string  { return fmt.Sprintf("+1%s55501%02d", r.area(), r.in(0, 99)) }

func (r *rng) ukMobile() string { return fmt.Sprintf("07700 900%03d", r.in(0, 999)) }
func (r *rng) ukIntl() string   { return fmt.Sprintf("+44 7700 900%03d", r.in(0, 999)) }
func (r *rng) ukLand() string   { return fmt.Sprintf("020 7946 0%03d", r.in(0, 999)) }

// Germany: the Bundesnetzagentur's range for fiction.
func (r *rng) deIntl() string { return fmt.Sprintf("+49 30 23125 %03d", r.in(0, 999)) }
func (r *rng) deLocal() string {
	return fmt.Sprintf("030 23125 %03d", r.in(0, 999))
}

// Elsewhere runs of zeros.
func (r *rng) toIntl() string  { return fmt.Sprintf("+676 770 0%03d", r.in(0, 999)) }
func (r *rng) toLocal() string { return fmt.Sprintf("770 0%03d", r.in(0, 999)) }
func (r *rng) zwIntl() string  { return fmt.Sprintf("+263 77 000 0%03d", r.in(0, 999)) }
func (r *rng) zwLocal() string { return fmt.Sprintf("077 000 0%03d", r.in(0, 999)) }
func (r *rng) inIntl() string  { return fmt.Sprintf("+91 98000 00%03d", r.in(0, 999)) }
func (r *rng) inLocal() string { return fmt.Sprintf("98000 00%03d", r.in(0, 999)) }
func (r *rng) glIntl() string  { return fmt.Sprintf("+299 59 00 %02d", r.in(0, 99)) }
func (r *rng) glLocal() string { return fmt.Sprintf("59 00 %02d", r.in(0, 99)) }
func (r *rng) phIntl() string  { return fmt.Sprintf("+63 917 000 0%03d", r.in(0, 999)) }
func (r *rng) phLocal() string { return fmt.Sprintf("0917 000 0%03d", r.in(0, 999)) }

// E-mail addresses, under reserved domains.

func (r *rng) mailDomain() string {
	return r.pick("example.com", "example.org", "example.net", "mail.example", "inbox.example")
}

// email makes an address from a person's Latin-script name.
func (r *rng) email(p person) string {
	f, l := ascii(p.latFirst()), ascii(p.latLast())
	if f == "" {
		f = "x"
	}
	if l == "" {
		l = r.from(lowerAl, 3)
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

// workEmail makes a company address under domain.
func workEmail(p person, domain string) string {
	return ascii(p.latFirst()) + "." + ascii(p.latLast()) + "@" + domain
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
	"á", "a", "à", "a", "â", "a", "ā", "a", "é", "e", "è", "e", "ê", "e", "ë", "e", "ē", "e", "í", "i", "ï", "i", "î", "i", "ī", "i", "ó", "o", "ô", "o", "ö", "o", "ō", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u", "ū", "u", "ñ", "n", "ç", "c", "ä", "a", "ß", "ss", "ø", "o", "å", "a", "æ", "ae",
	"'", "", "ʻ", "", " ", "", "-", "", "’", "", ".", "")

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

// ipShapedVer draws a four-part version that looks like an IPv4 address.
func (r *rng) ipShapedVer() string {
	return fmt.Sprintf("%d.%d.%d.%d", r.in(1, 9), r.in(0, 30), r.in(0, 9), r.in(10, 250))
}

// phoneModel draws a phone model with its OS version.
func (r *rng) phoneModel() (model, os string) {
	if r.chance(0.45) {
		return r.pick("iPhone 13", "iPhone 14 Plus", "iPhone 15", "iPhone 16 Pro", "iPhone SE (3rd generation)"), "iOS " + r.pick("17.7", "18.1.1", "18.3", "18.5")
	}
	return r.pick("Samsung Galaxy A35", "Samsung Galaxy S24", "Google Pixel 8a", "Xiaomi Redmi Note 13", "Motorola moto g84", "Nokia G42", "OPPO A79"), "Android " + r.pick("14", "15")
}

// ssid draws a home or office Wi-Fi name.
func (r *rng) ssid(base string) string {
	return r.pick(base+"-WiFi", base+" Guest", base+"_5G", "TP-Link_"+r.HEX(4), base+"Net", "Starlink-"+r.HEX(3), "HUAWEI-"+r.HEX(4), "ASUS_"+r.HEX(2)+"_2G")
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

// secs is n seconds.
func secs(n int) time.Duration { return time.Duration(n) * time.Second }

// splitBar splits s at "|".
func splitBar(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '|' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
