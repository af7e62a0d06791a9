package blindset24

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
	return &rng{rand.New(rand.NewPCG(uint64(seed)^0x24c0ffee51d3, uint64(i)^0x9e24a7b3c5d1))}
}

// in draws an int in [lo, hi].
func (r *rng) in(lo, hi int) int { return lo + r.IntN(hi-lo+1) }

// pick draws one of xs.
func (r *rng) pick(xs ...string) string { return xs[r.IntN(len(xs))] }

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
	cryptA   = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	b32low   = "abcdefghijklmnopqrstuvwxyz234567"
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

func (r *rng) uuid() string {
	h := r.hex(32)
	return h[0:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + string("89ab"[r.IntN(4)]) + h[17:20] + "-" + h[20:32]
}

// Times: everything happens in 2024.

var epoch2024 = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// when draws a time in 2024 up to early November.
func (r *rng) when() time.Time {
	return epoch2024.Add(time.Duration(r.IntN(310*24*3600)) * time.Second)
}

func iso(t time.Time) string               { return t.Format("2006-01-02T15:04:05Z") }
func isoMs(t time.Time) string             { return t.Format("2006-01-02T15:04:05.000Z") }
func isoOff(t time.Time) string            { return t.Format("2006-01-02T15:04:05-0700") }
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

// Secrets. Hash formats no earlier set lists: passlib pbkdf2-sha512,
// Atlassian {PKCS5S2}, Apache Shiro, PostgreSQL SCRAM-SHA-256 and argon2i.

func (r *rng) pbkdf2sha512() string {
	ab := "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	return fmt.Sprintf("$pbkdf2-sha512$%d$%s$%s", r.pickInt(25000, 29000, 200000), r.from(ab, 22), r.from(ab, 86))
}

func (r *rng) pkcs5s2() string { return "{PKCS5S2}" + r.b64(48) }

func (r *rng) shiro1() string {
	return "$shiro1$SHA-256$500000$" + r.b64(16) + "$" + r.b64(32)
}

func (r *rng) scram256() string {
	return "SCRAM-SHA-256$4096:" + r.b64(16) + "$" + r.b64(32) + ":" + r.b64(32)
}

func (r *rng) argon2i() string {
	return "$argon2i$v=19$m=4096,t=3,p=1$" + strings.TrimRight(r.b64(16), "=") + "$" + strings.TrimRight(r.b64(32), "=")
}

// pickInt draws one of xs.
func (r *rng) pickInt(xs ...int) int { return xs[r.IntN(len(xs))] }

// Vendor keys and tokens in shapes no earlier set lists.

func (r *rng) kisiLogin() string    { return r.hex(32) }
func (r *rng) samsaraToken() string { return "samsara_api_" + r.alnum(30) }
func (r *rng) aeriesCert() string   { return r.from(lowerNum, 32) }
func (r *rng) xataKey() string      { return "xau_" + r.alnum(32) }
func (r *rng) flwSecret() string    { return "FLWSECK-" + r.hex(32) + "-X" }
func (r *rng) flwPublic() string    { return "FLWPUBK-" + r.hex(32) + "-X" }
func (r *rng) atskKey() string      { return "atsk_" + r.hex(64) }
func (r *rng) edgedbSecret() string { return "nbwt_" + r.b64url(96) }
func (r *rng) opsToken() string     { return "ops_" + r.b64url(120) }
func (r *rng) cohereKey() string    { return r.alnum(40) }
func (r *rng) qdrantKey() string    { return r.from(lowerNum+"-_", 36) }
func (r *rng) ezyToken() string     { return r.alnum(40) }
func (r *rng) msg91Key() string     { return r.digits(6) + "A" + r.alnum(17) + "P1" }
func (r *rng) plivoToken() string   { return r.alnum(40) }
func (r *rng) sidekiqJid() string   { return r.hex(24) }
func (r *rng) ageSecret() string {
	return "AGE-SECRET-KEY-1" + r.from("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
}
func (r *rng) railsReset() string  { return r.from(alnum+"-_", 20) }
func (r *rng) redcapToken() string { return r.HEX(32) }
func (r *rng) opSecretKey() string {
	return "A3-" + r.from(upperNum, 6) + "-" + r.from(upperNum, 6) + "-" + r.from(upperNum, 5) + "-" + r.from(upperNum, 5) + "-" + r.from(upperNum, 5) + "-" + r.from(upperNum, 5)
}

// opUUID draws a 1Password item or vault uuid (26 base32 characters).
func (r *rng) opUUID() string { return r.from(b32low, 26) }

// totpSeed32 draws a base32 TOTP seed in groups of four, as apps print it.
func (r *rng) totpGrouped() string {
	s := r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)
	var parts []string
	for i := 0; i < len(s); i += 4 {
		parts = append(parts, strings.ToLower(s[i:i+4]))
	}
	return strings.Join(parts, " ")
}

// password draws a password a person would pick, or a generated one.
func (r *rng) password() string {
	switch r.IntN(4) {
	case 0:
		return r.pick("Sandpiper", "Larkspur", "Hollyhock", "Cormorant", "Vembanad", "Munnar", "Ferozepur", "Nsukka", "Ybycui", "Mykines", "Gjógv", "Tacuara", "Chilika") + r.digits(r.in(2, 4)) + r.pick("!", "#", "", "$", "*")
	case 1:
		return r.pick("brisk", "sable", "tawny", "mellow", "frosty", "quiet") + "." + r.pick("badger", "cedar", "pelican", "thistle", "lagoon", "juniper") + "." + r.digits(2)
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
	return r.pick("Buttercup", "Riverbend", "Goldfinch", "Moonbeam", "Applecart", "Firefly", "Sunflower", "Windmill", "Bluebell", "Honeycomb") + r.pick("", "-", "_", ".") + r.digits(r.in(3, 6)) + r.pick("", "!", "#")
}

// Device values.

func (r *rng) serial(prefix string, n int) string { return prefix + r.from(upperNum, n) }

func (r *rng) imei() string { return "35" + r.digits(13) }

// Phones, in reserved or unlikely ranges.

var usAreas = []string{"406", "907", "307", "701", "605", "802", "603", "808"}

func (r *rng) area() string { return usAreas[r.IntN(len(usAreas))] }

func (r *rng) usPhone() string { return fmt.Sprintf("+1 %s 555 01%02d", r.area(), r.in(0, 99)) }
func (r *rng) usLocal() string { return fmt.Sprintf("(%s) 555-01%02d", r.area(), r.in(0, 99)) }
func (r *rng) usDash() string  { return fmt.Sprintf("%s-555-01%02d", r.area(), r.in(0, 99)) }
func (r *rng) usE164() string  { return fmt.Sprintf("+1%s55501%02d", r.area(), r.in(0, 99)) }
func (r *rng) usDigits() string {
	return fmt.Sprintf("%s55501%02d", r.area(), r.in(0, 99))
}

func (r *rng) ukMobile() string { return fmt.Sprintf("07700 900%03d", r.in(0, 999)) }
func (r *rng) auMobile() string { return fmt.Sprintf("0491 570 %03d", r.in(0, 999)) }
func (r *rng) auIntl() string   { return fmt.Sprintf("+61 491 570 %03d", r.in(0, 999)) }

// Kerala, Punjab, Nigeria, Paraguay and the Faroes: runs of zeros.
func (r *rng) klPhone() string { return fmt.Sprintf("+91 94000 0%04d", r.in(0, 9999)) }
func (r *rng) klLocal() string { return fmt.Sprintf("094000 0%04d", r.in(0, 9999)) }
func (r *rng) pbPhone() string { return fmt.Sprintf("+91 98000 0%04d", r.in(0, 9999)) }
func (r *rng) pbLocal() string { return fmt.Sprintf("98000-0%04d", r.in(0, 9999)) }
func (r *rng) ngPhone() string { return fmt.Sprintf("+234 803 000 0%03d", r.in(0, 999)) }
func (r *rng) ngLocal() string { return fmt.Sprintf("0803 000 0%03d", r.in(0, 999)) }
func (r *rng) pyPhone() string { return fmt.Sprintf("+595 981 000 %03d", r.in(0, 999)) }
func (r *rng) pyLocal() string { return fmt.Sprintf("0981 000 %03d", r.in(0, 999)) }
func (r *rng) foPhone() string { return fmt.Sprintf("+298 21 00 %02d", r.in(0, 99)) }
func (r *rng) foLocal() string { return fmt.Sprintf("21 00 %02d", r.in(0, 99)) }

// E-mail addresses, under reserved domains.

func (r *rng) mailDomain() string {
	return r.pick("example.com", "example.org", "example.net", "inbox.example", "mail.example")
}

// email makes an address from a person's Latin-script name.
func (r *rng) email(p person) string {
	f, l := ascii(p.latFirst()), ascii(p.latLast())
	if f == "" {
		f = "x"
	}
	if l == "" {
		l = r.pick("kl", "pb", "ng", "py", "fo")
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
	"á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ý", "y", "ñ", "n", "ü", "u", "ö", "o", "ä", "a", "ø", "o", "ð", "d", "æ", "ae",
	"ã", "a", "ẽ", "e", "ĩ", "i", "õ", "o", "ũ", "u", "ỹ", "y", "ị", "i", "ọ", "o", "ụ", "u", "ṅ", "n",
	"'", "", " ", "", "-", "", "’", "", ".", "")

// ascii folds a Latin-script name to lower-case ASCII.
func ascii(s string) string { return fold.Replace(strings.ToLower(s)) }

// Small numeric helpers.

func round1(x float64) float64 { return float64(int(x*10+0.5)) / 10 }

func (r *rng) f1(lo, hi float64) float64 { return round1(lo + r.Float64()*(hi-lo)) }

// bp draws a blood pressure.
func (r *rng) bp() (int, int) {
	sys := r.in(104, 176)
	return sys, r.in(62, min(104, sys-32))
}

// semver draws a software version a.b.c.
func (r *rng) semver() string { return fmt.Sprintf("%d.%d.%d", r.in(1, 9), r.in(0, 24), r.in(0, 30)) }

// ipShapedFw draws a four-part firmware version that looks like an IPv4
// address.
func (r *rng) ipShapedFw() string {
	return fmt.Sprintf("%d.%d.%d.%d", r.in(1, 9), r.in(0, 30), r.in(0, 9), r.in(10, 250))
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

// phoneModel draws a phone model with its OS version.
func (r *rng) phoneModel() (model, os string) {
	if r.chance(0.45) {
		return r.pick("iPhone 13", "iPhone 14", "iPhone 15 Pro", "iPhone SE (3rd generation)", "iPhone 12 mini"), "iOS " + r.pick("17.5.1", "17.6.1", "18.0.1", "18.1")
	}
	return r.pick("Samsung Galaxy A15", "Samsung Galaxy S23", "Google Pixel 7a", "Motorola moto g play (2024)", "OnePlus Nord N30", "Redmi Note 13", "TECNO Camon 20", "Infinix Note 30"), "Android " + r.pick("13", "14")
}

// ssid draws a home or office Wi-Fi name.
func (r *rng) ssid(base string) string {
	return r.pick(base+"-WiFi", base+" Home", base+"_5G", "Home-"+r.HEX(4), base+"Net", "TP-Link_"+r.HEX(4), "Deco_"+r.HEX(4), "ORBI"+r.digits(2))
}
