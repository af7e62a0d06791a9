package blindset23

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
	return &rng{rand.New(rand.NewPCG(uint64(seed), uint64(i)^0x23b1d5e7a9c4))}
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
	cryptA   = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
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

// ist is India Standard Time.
var ist = time.FixedZone("IST", 5*3600+1800)

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

// Secrets. The hash formats here are the ones no earlier blind set uses:
// yescrypt, sha256-crypt, Drupal 7 and Apache apr1.

func (r *rng) yescrypt() string {
	return "$y$j9T$" + r.from(cryptA, 22) + "$" + r.from(cryptA, 43)
}

func (r *rng) sha256crypt() string {
	return "$5$rounds=535000$" + r.from(cryptA, 16) + "$" + r.from(cryptA, 43)
}

func (r *rng) drupal7() string { return "$S$D" + r.from(cryptA, 51) }

func (r *rng) apr1() string { return "$apr1$" + r.from(cryptA, 8) + "$" + r.from(cryptA, 22) }

// expoPush draws an Expo push token.
func (r *rng) expoPush() string { return "ExponentPushToken[" + r.from(alnum+"-_", 22) + "]" }

// connectSid draws an express-session cookie value.
func (r *rng) connectSid() string { return "s%3A" + r.b64url(24) + "." + r.b64(32)[:43] }

// mailchimpKey draws a Mailchimp API key.
func (r *rng) mailchimpKey() string { return r.hex(32) + fmt.Sprintf("-us%d", r.in(2, 21)) }

// brevoKey draws a Brevo (Sendinblue) API key.
func (r *rng) brevoKey() string { return "xkeysib-" + r.hex(64) + "-" + r.alnum(16) }

// telnyxKey draws a Telnyx API v2 key.
func (r *rng) telnyxKey() string { return "KEY" + r.HEX(32) + "_" + r.alnum(22) }

// qbUserToken draws a Quickbase user token.
func (r *rng) qbUserToken() string {
	return r.from(lowerNum, 6) + "_" + r.from(lowerNum, 3) + "_0_" + r.from(lowerNum, 28)
}

// wufooKey draws a Wufoo API key.
func (r *rng) wufooKey() string {
	return r.from(upperNum, 4) + "-" + r.from(upperNum, 4) + "-" + r.from(upperNum, 4) + "-" + r.from(upperNum, 4)
}

// infobipKey draws an Infobip API key.
func (r *rng) infobipKey() string { return r.hex(32) + "-" + r.uuid() }

// azureConn draws an Azure Storage connection string.
func (r *rng) azureConn(account string) string {
	return "DefaultEndpointsProtocol=https;AccountName=" + account + ";AccountKey=" + r.b64(64) + ";EndpointSuffix=core.windows.net"
}

// cfSigned draws a CloudFront-style signed query string.
func (r *rng) cfSigned(t time.Time) string {
	return fmt.Sprintf("Expires=%d&Signature=%s&Key-Pair-Id=K%s", unix(t)+3600, r.from(alnum+"~-", 172), r.from(upperNum, 13))
}

// password draws a password a person would pick, or a generated one.
func (r *rng) password() string {
	switch r.IntN(4) {
	case 0:
		return r.pick("Nightjar", "Tamarack", "Kestrel", "Bramble", "Svislach", "Narach", "Girnar", "Kankaria", "Jacmel", "Labadee", "Akre", "Zawita", "Mullerthal", "Vianden") + r.digits(r.in(2, 4)) + r.pick("!", "#", "", "?", "*")
	case 1:
		return r.pick("amber", "silver", "windy", "rusty", "lucky", "gentle") + "-" + r.pick("heron", "maple", "otter", "quince", "walnut", "plover") + "-" + r.digits(2)
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
	return r.pick("Blackberry", "Driftwood", "Saffron", "Harvest", "Pinecone", "Lantern", "Marigold", "Tumbleweed", "Peppermint", "Cobblestone") + r.pick("", "-", "_") + r.digits(r.in(3, 6)) + r.pick("", "!", "#")
}

// Device values.

func (r *rng) serial(prefix string, n int) string { return prefix + r.from(upperNum, n) }

func (r *rng) imei() string  { return "35" + r.digits(13) }
func (r *rng) iccid() string { return "89" + r.digits(18) }

// Phones, in reserved or unlikely ranges.

var usAreas = []string{"406", "802", "541", "218", "208", "207", "515", "505"}

func (r *rng) area() string { return usAreas[r.IntN(len(usAreas))] }

func (r *rng) usPhone() string { return fmt.Sprintf("+1 %s 555 01%02d", r.area(), r.in(0, 99)) }
func (r *rng) usLocal() string { return fmt.Sprintf("(%s) 555-01%02d", r.area(), r.in(0, 99)) }
func (r *rng) usDash() string  { return fmt.Sprintf("%s-555-01%02d", r.area(), r.in(0, 99)) }
func (r *rng) usE164() string  { return fmt.Sprintf("+1%s55501%02d", r.area(), r.in(0, 99)) }

func (r *rng) ukMobile() string     { return fmt.Sprintf("07700 900%03d", r.in(0, 999)) }
func (r *rng) ukMobileIntl() string { return fmt.Sprintf("+44 7700 900%03d", r.in(0, 999)) }
func (r *rng) ukE164() string       { return fmt.Sprintf("+447700900%03d", r.in(0, 999)) }

// Belarus, Gujarat, Haiti, Iraqi Kurdistan, Luxembourg: runs of zeros.
func (r *rng) byPhone() string { return fmt.Sprintf("+375 29 000-0%01d-%02d", r.in(0, 9), r.in(0, 99)) }
func (r *rng) byLocal() string { return fmt.Sprintf("8 029 000-0%01d-%02d", r.in(0, 9), r.in(0, 99)) }
func (r *rng) inPhone() string { return fmt.Sprintf("+91 90000 0%04d", r.in(0, 9999)) }
func (r *rng) inLocal() string { return fmt.Sprintf("090000 0%04d", r.in(0, 9999)) }
func (r *rng) htPhone() string { return fmt.Sprintf("+509 3000 0%03d", r.in(0, 999)) }
func (r *rng) htLocal() string { return fmt.Sprintf("3000-0%03d", r.in(0, 999)) }
func (r *rng) iqPhone() string { return fmt.Sprintf("+964 750 000 0%03d", r.in(0, 999)) }
func (r *rng) iqLocal() string { return fmt.Sprintf("0750 000 0%03d", r.in(0, 999)) }
func (r *rng) luPhone() string { return fmt.Sprintf("+352 691 000 %03d", r.in(0, 999)) }
func (r *rng) luLocal() string { return fmt.Sprintf("691 000 %03d", r.in(0, 999)) }

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

// E-mail addresses, under reserved domains.

func (r *rng) mailDomain() string {
	return r.pick("example.com", "example.org", "example.net", "post.example", "mailbox.example")
}

// email makes an address from a person's Latin-script name.
func (r *rng) email(p person) string {
	f, l := ascii(p.latFirst()), ascii(p.latLast())
	if f == "" {
		f = "x"
	}
	if l == "" {
		l = r.pick("by", "gu", "ht", "ku")
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
	"ê", "e", "î", "i", "û", "u", "ş", "s", "ò", "o", "à", "a",
	"'", "", " ", "", "-", "", "’", "", ".", "")

// ascii folds a Latin-script name to lower-case ASCII.
func ascii(s string) string { return fold.Replace(strings.ToLower(s)) }

// Small numeric helpers.

func round1(x float64) float64 { return float64(int(x*10+0.5)) / 10 }

func (r *rng) f1(lo, hi float64) float64 { return round1(lo + r.Float64()*(hi-lo)) }

// bp draws a blood pressure.
func (r *rng) bp() (int, int) {
	sys := r.in(102, 174)
	return sys, r.in(60, min(104, sys-32))
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

// userAgent draws a browser user agent of a person's device.
func (r *rng) userAgent() string {
	switch r.IntN(4) {
	case 0:
		v := r.pick("17_4_1", "17_5_1", "16_7_10", "17_6_1", "18_0_1")
		return "Mozilla/5.0 (iPhone; CPU iPhone OS " + v + " like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
	case 1:
		return "Mozilla/5.0 (Linux; Android 14; " + r.pick("SM-A356E", "Pixel 7a", "SM-S921B", "CPH2591", "moto g84 5G", "2311DRK48G") + ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36"
	case 2:
		return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.100 Safari/537.36 Edg/127.0.2651.74"
	}
	return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15"
}

// androidPhone draws a budget or mid-range phone model with its Android
// version.
func (r *rng) androidPhone() (model, os string) {
	return r.pick("TECNO Spark 20", "Infinix Hot 40i", "SM-A155M", "SM-A057F", "Redmi 13C", "itel A70", "Nokia G22", "moto e13", "realme C53"), r.pick("14", "13", "12")
}

// ssid draws a home or office Wi-Fi name.
func (r *rng) ssid(base string) string {
	return r.pick(base+"-Home", base+" WiFi", base+"_5G", "HOME-"+r.HEX(4), base+"Net", "NETGEAR"+r.digits(2), "ASUS_"+r.HEX(2)+"_2G", "Linksys"+r.digits(5))
}

// ssidDefault draws a router's factory SSID, which tells by itself.
func (r *rng) ssidDefault() string {
	return r.pick("NETGEAR"+r.digits(2), "NETGEAR"+r.digits(2)+"-5G", "TP-Link_"+r.HEX(4), "Linksys"+r.digits(5), "ASUS_"+r.HEX(2)+"_5G", "xfinitywifi-"+r.HEX(4), "ATT"+r.alnum(3)+r.digits(3))
}
