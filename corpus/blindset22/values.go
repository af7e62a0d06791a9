package blindset22

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
	return &rng{rand.New(rand.NewPCG(uint64(seed), uint64(i)^0x5eed22b1d5e8))}
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
	bcryptA  = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
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
func (r *rng) b64raw(n int) string { return base64.RawStdEncoding.EncodeToString(r.bytes(n)) }
func (r *rng) b64url(n int) string { return base64.RawURLEncoding.EncodeToString(r.bytes(n)) }

func (r *rng) uuid() string {
	h := r.hex(32)
	return h[0:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + string("89ab"[r.IntN(4)]) + h[17:20] + "-" + h[20:32]
}

func (r *rng) UUID() string { return strings.ToUpper(r.uuid()) }

// oid draws a MongoDB ObjectId.
func (r *rng) oid() string { return r.hex(24) }

// Times: everything happens in 2024.

var epoch2024 = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// when draws a time in 2024 up to early November.
func (r *rng) when() time.Time {
	return epoch2024.Add(time.Duration(r.IntN(310*24*3600)) * time.Second)
}

func iso(t time.Time) string               { return t.Format("2006-01-02T15:04:05Z") }
func isoMs(t time.Time) string             { return t.Format("2006-01-02T15:04:05.000Z") }
func day(t time.Time) string               { return t.Format("2006-01-02") }
func unix(t time.Time) int64               { return t.Unix() }
func unixMs(t time.Time) int64             { return t.UnixMilli() }
func after(t time.Time, min int) time.Time { return t.Add(time.Duration(min) * time.Minute) }

// birth draws a date of birth between the years lo and hi.
func (r *rng) birth(lo, hi int) time.Time {
	return time.Date(r.in(lo, hi), time.Month(r.in(1, 12)), r.in(1, 28), 0, 0, 0, 0, time.UTC)
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

// Secrets.

func (r *rng) bcrypt() string {
	return "$2" + r.pick("b", "y", "a") + "$" + r.pick("10", "12") + "$" + r.from(bcryptA, 53)
}

func (r *rng) jwt(iss string) string {
	h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"` + r.pick("HS256", "RS256", "ES256") + `","typ":"JWT"}`))
	iat := unix(r.when())
	body := fmt.Sprintf(`{"iss":"%s","sub":"%s","iat":%d,"exp":%d}`, iss, r.uuid(), iat, iat+int64([]int{3600, 86400, 604800}[r.IntN(3)]))
	return h + "." + base64.RawURLEncoding.EncodeToString([]byte(body)) + "." + r.b64url(32)
}

// password draws a password a person would pick, or a generated one.
func (r *rng) password() string {
	switch r.IntN(4) {
	case 0:
		return r.pick("Dushanbe", "Pamir", "Konark", "Chilika", "Teranga", "Goree", "Apia", "Upolu", "Kandahar", "Spinghar", "Bluebell", "Ospreys") + r.digits(r.in(2, 4)) + r.pick("!", "#", "", "?", "*")
	case 1:
		return r.pick("green", "north", "sunny", "copper", "brave", "quiet") + "-" + r.pick("apricot", "lotus", "baobab", "taro", "pomegranate", "falcon") + "-" + r.digits(2)
	case 2:
		return r.from(alnum+"!#&*$", r.in(12, 20))
	}
	return r.alnum(r.in(10, 16))
}

// psk draws a Wi-Fi passphrase.
func (r *rng) psk() string {
	if r.chance(0.3) {
		return r.hex(16)
	}
	return r.pick("Varzob", "Jagannath", "Thieboudienne", "Palusami", "Kabuli", "Lighthouse", "Meadow", "Riverside", "Sunflower", "Mango") + r.pick("", "-", "_") + r.digits(r.in(3, 6)) + r.pick("", "!", "#")
}

// Device values.

func (r *rng) serial(prefix string, n int) string { return prefix + r.from(upperNum, n) }

func (r *rng) imei() string { return "35" + r.digits(13) }

// Phones, in reserved or unlikely ranges (555-01xx, Ofcom drama numbers,
// runs of zeros elsewhere).

func (r *rng) usPhone() string {
	return fmt.Sprintf("+1 %s 555 01%02d", r.pick("206", "312", "415", "617", "720", "503"), r.in(0, 99))
}
func (r *rng) usLocal() string {
	return fmt.Sprintf("(%s) 555-01%02d", r.pick("206", "312", "415", "617", "720", "503"), r.in(0, 99))
}
func (r *rng) usE164() string {
	return fmt.Sprintf("+1%s55501%02d", r.pick("206", "312", "415", "617", "720", "503"), r.in(0, 99))
}
func (r *rng) ukMobile() string     { return fmt.Sprintf("07700 900%03d", r.in(0, 999)) }
func (r *rng) ukMobileIntl() string { return fmt.Sprintf("+44 7700 900%03d", r.in(0, 999)) }
func (r *rng) ukE164() string       { return fmt.Sprintf("+447700900%03d", r.in(0, 999)) }

// Tajikistan, Odisha, Senegal, Samoa, Afghanistan: runs of zeros.
func (r *rng) tjPhone() string { return fmt.Sprintf("+992 90 000 0%03d", r.in(0, 999)) }
func (r *rng) tjLocal() string { return fmt.Sprintf("90 000 0%03d", r.in(0, 999)) }
func (r *rng) orPhone() string { return fmt.Sprintf("+91 70000 0%04d", r.in(0, 9999)) }
func (r *rng) orLocal() string { return fmt.Sprintf("070000 0%04d", r.in(0, 9999)) }
func (r *rng) snPhone() string { return fmt.Sprintf("+221 77 000 00 %02d", r.in(0, 99)) }
func (r *rng) snLocal() string { return fmt.Sprintf("77 000 00 %02d", r.in(0, 99)) }
func (r *rng) wsPhone() string { return fmt.Sprintf("+685 75 000%02d", r.in(0, 99)) }
func (r *rng) wsLocal() string { return fmt.Sprintf("75 000%02d", r.in(0, 99)) }
func (r *rng) afPhone() string { return fmt.Sprintf("+93 70 000 0%03d", r.in(0, 999)) }
func (r *rng) afLocal() string { return fmt.Sprintf("070 000 0%03d", r.in(0, 999)) }

// enPhone draws a US or UK phone.
func (r *rng) enPhone() string {
	switch r.IntN(3) {
	case 0:
		return r.usLocal()
	case 1:
		return r.ukMobileIntl()
	}
	return r.usPhone()
}

// enE164 draws a US or UK phone in E.164.
func (r *rng) enE164() string {
	if r.chance(0.5) {
		return r.usE164()
	}
	return r.ukE164()
}

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
		l = r.pick("tj", "or", "sn", "ws")
	}
	switch r.IntN(4) {
	case 0:
		return f + "." + l + "@" + r.mailDomain()
	case 1:
		return f[:1] + l + "@" + r.mailDomain()
	case 2:
		return f + l[:1] + r.digits(2) + "@" + r.mailDomain()
	}
	return l + "." + f + r.digits(1) + "@" + r.mailDomain()
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
	"ā", "a", "ē", "e", "ī", "i", "ō", "o", "ū", "u", "á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "ü", "u", "ö", "o", "ä", "a", "ç", "c", "è", "e", "ë", "e",
	"'", "", " ", "", "-", "", "’", "", "‘", "", "ʻ", "", ".", "", "ʼ", "")

// ascii folds a Latin-script name to lower-case ASCII.
func ascii(s string) string { return strings.ToLower(fold.Replace(s)) }

// Small numeric helpers.

func round1(x float64) float64 { return float64(int(x*10+0.5)) / 10 }

func (r *rng) f1(lo, hi float64) float64 { return round1(lo + r.Float64()*(hi-lo)) }

// bp draws a blood pressure.
func (r *rng) bp() (int, int) {
	sys := r.in(104, 172)
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

// userAgent draws a browser or app user agent of a person's device.
func (r *rng) userAgent() string {
	switch r.IntN(4) {
	case 0:
		v := r.pick("17_4_1", "17_5", "16_7_8", "17_6_1", "18_0")
		return "Mozilla/5.0 (iPhone; CPU iPhone OS " + v + " like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
	case 1:
		return "Mozilla/5.0 (Linux; Android 14; " + r.pick("SM-A546B", "Pixel 7", "SM-S911B", "CPH2581", "23021RAA2Y", "moto g54 5G") + ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36"
	case 2:
		return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.127 Safari/537.36"
	}
	return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"
}

// androidPhone draws a phone model with its Android version.
func (r *rng) androidPhone() (model, os string) {
	return r.pick("SM-A256E", "Pixel 8a", "SM-A155F", "CPH2609", "2312DRA50G", "TECNO CK7n", "Infinix X6739", "SM-X205", "RMX3834"), r.pick("14", "13", "12")
}

// ssid draws a home or office Wi-Fi name.
func (r *rng) ssid(base string) string {
	return r.pick(base+"-Home", base+" WiFi", base+"_5G", "HOME-"+r.HEX(4), base+"Net", "TP-Link_"+r.HEX(4), "Tenda_"+r.HEX(6))
}

// ipv6ULA draws an address in fd00::/8.
func (r *rng) ipv6ULA() string {
	return fmt.Sprintf("fd%s:%s:%s::%s", r.hex(2), r.hex(4), r.hex(4), r.hex(3))
}

// pickInt draws one of xs.
func (r *rng) pickInt(xs ...int) int { return xs[r.IntN(len(xs))] }
