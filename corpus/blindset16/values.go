package blindset16

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// rng draws every value of one document.
type rng struct{ *rand.Rand }

// newRng seeds the generator of document i with (seed, i) only.
func newRng(seed int64, i int) *rng {
	return &rng{rand.New(rand.NewPCG(uint64(seed), uint64(i)^0x5eed16b1a5e7))}
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
	base32A  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
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

// ipUint32LE is an IPv4 address as the little-endian integer some
// firmwares store (Meshtastic fixed32).
func ipUint32LE(ip string) uint32 {
	var a, b, c, d byte
	fmt.Sscanf(ip, "%d.%d.%d.%d", &a, &b, &c, &d)
	return binary.LittleEndian.Uint32([]byte{a, b, c, d})
}

// Secrets.

func (r *rng) bcrypt() string {
	return "$2" + r.pick("b", "y", "a") + "$" + r.pick("10", "12") + "$" + r.from(bcryptA, 53)
}

func (r *rng) argon2() string {
	return "$argon2id$v=19$m=65536,t=3,p=4$" + r.b64raw(16) + "$" + r.b64raw(32)
}

func (r *rng) sha512crypt() string {
	return "$6$" + r.from(bcryptA, 16) + "$" + r.from(bcryptA, 86)
}

func (r *rng) jwt(iss string) string {
	h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"` + r.pick("HS256", "RS256", "ES256") + `","typ":"JWT"}`))
	iat := unix(r.when())
	body := fmt.Sprintf(`{"iss":"%s","sub":"%s","iat":%d,"exp":%d}`, iss, r.uuid(), iat, iat+int64(r.pick3(3600, 86400, 604800)))
	return h + "." + base64.RawURLEncoding.EncodeToString([]byte(body)) + "." + r.b64url(32)
}

func (r *rng) pick3(a, b, c int) int { return []int{a, b, c}[r.IntN(3)] }

func (r *rng) awsKeyID() string     { return "AKIA" + r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16) }
func (r *rng) awsSecret() string    { return r.from(alnum+"+/", 40) }
func (r *rng) stripeSecret() string { return "sk_live_" + r.alnum(24+r.IntN(20)) }
func (r *rng) stripePub() string    { return "pk_live_" + r.alnum(24+r.IntN(20)) }
func (r *rng) sendgrid() string     { return "SG." + r.from(alnum+"-_", 22) + "." + r.from(alnum+"-_", 43) }
func (r *rng) twilioSID() string    { return "AC" + r.hex(32) }
func (r *rng) ghp() string          { return "ghp_" + r.alnum(36) }
func (r *rng) fcm() string          { return r.from(alnum+"-_", 11) + ":APA91b" + r.from(alnum+"-_", 134) }
func (r *rng) apns() string         { return r.hex(64) }
func (r *rng) totp() string         { return r.from(base32A, 32) }
func (r *rng) mailgun() string {
	return "key-" + r.hex(32)
}

// cert draws a PEM certificate body without the armour (a decoy).
func (r *rng) certBody() string { return "MII" + r.from(alnum+"+/", 120) }

// password draws a password a person would pick, or a generated one.
func (r *rng) password() string {
	switch r.IntN(4) {
	case 0:
		return r.pick("Summer", "Bovec", "Cardiff", "Dragon", "Halibut", "Kestrel", "Pebble", "Orchard", "Lantern", "Magpie") + r.digits(r.in(2, 4)) + r.pick("!", "#", "", "?", "*")
	case 1:
		return r.pick("blue", "north", "quiet", "silver", "wild", "amber") + "-" + r.pick("harbour", "falcon", "meadow", "cable", "river", "pine") + "-" + r.digits(2)
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
	return r.pick("Croeso", "Mountain", "Sunny", "Castle", "Hillside", "Welcome", "Riverbank", "Meadow") + r.pick("", "-", "_") + r.digits(r.in(3, 6)) + r.pick("", "!", "#")
}

// Device values.

func (r *rng) serial(prefix string, n int) string { return prefix + r.from(upperNum, n) }

func (r *rng) imei() string { return "35" + r.digits(13) }

func (r *rng) iccid() string { return "8944" + r.digits(15) }

// Phones, in reserved or unlikely ranges.

func (r *rng) ukMobile() string { return fmt.Sprintf("07700 900%03d", r.in(0, 999)) }
func (r *rng) ukMobileIntl() string {
	return fmt.Sprintf("+44 7700 900%03d", r.in(0, 999))
}
func (r *rng) cardiffLand() string { return fmt.Sprintf("029 2018 0%03d", r.in(0, 999)) }
func (r *rng) usPhone() string {
	return fmt.Sprintf("+1 %s 555 01%02d", r.pick("206", "312", "415", "617", "720"), r.in(0, 99))
}
func (r *rng) lvPhone() string { return fmt.Sprintf("+371 2000 0%03d", r.in(0, 999)) }
func (r *rng) siPhone() string { return fmt.Sprintf("+386 40 000 %03d", r.in(0, 999)) }
func (r *rng) siLocal() string { return fmt.Sprintf("040 000 %03d", r.in(0, 999)) }
func (r *rng) bgPhone() string { return fmt.Sprintf("+359 888 000 %03d", r.in(0, 999)) }
func (r *rng) bgLocal() string { return fmt.Sprintf("0888 000 %03d", r.in(0, 999)) }
func (r *rng) alPhone() string { return fmt.Sprintf("+355 69 000 0%03d", r.in(0, 999)) }
func (r *rng) alLocal() string { return fmt.Sprintf("069 000 0%03d", r.in(0, 999)) }
func (r *rng) dePhone() string { return fmt.Sprintf("+49 30 23125 %03d", r.in(0, 999)) }
func (r *rng) ltPhone() string { return fmt.Sprintf("+370 6000 0%03d", r.in(0, 999)) }
func (r *rng) plPhone() string { return fmt.Sprintf("+48 500 000 %03d", r.in(0, 999)) }

// foreignPhone draws a phone of a visitor from abroad.
func (r *rng) foreignPhone() string {
	switch r.IntN(5) {
	case 0:
		return r.ukMobileIntl()
	case 1:
		return r.usPhone()
	case 2:
		return r.dePhone()
	case 3:
		return r.plPhone()
	}
	return r.ltPhone()
}

// E-mail addresses, under reserved domains.

func (r *rng) mailDomain() string {
	return r.pick("example.com", "example.org", "example.net", "mail.example", "post.example")
}

// email makes an address from a first and last name.
func (r *rng) email(first, last string) string {
	f, l := ascii(first), ascii(last)
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

// ascii folds a name to lower-case ASCII for e-mail and user names.
func ascii(s string) string {
	repl := strings.NewReplacer(
		"ā", "a", "ē", "e", "ī", "i", "ū", "u", "č", "c", "š", "s", "ž", "z", "ģ", "g", "ķ", "k", "ļ", "l", "ņ", "n",
		"Ā", "a", "Ē", "e", "Ī", "i", "Ū", "u", "Č", "c", "Š", "s", "Ž", "z", "Ģ", "g", "Ķ", "k", "Ļ", "l", "Ņ", "n",
		"ë", "e", "ç", "c", "Ë", "e", "Ç", "c", "ŵ", "w", "ŷ", "y", "â", "a", "ô", "o", "ö", "o", "ü", "u", "ä", "a", "é", "e", "ó", "o", "ł", "l", "ś", "s", "ń", "n", "ą", "a", "ę", "e", "ż", "z", "ź", "z", "ć", "c",
		"'", "", " ", "", "-", "")
	s = strings.ToLower(repl.Replace(s))
	if bg := translitBG(s); bg != s {
		s = bg
	}
	return s
}

// translitBG transliterates Bulgarian Cyrillic (the official system).
func translitBG(s string) string {
	m := map[rune]string{'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sht", 'ъ': "a", 'ь': "y", 'ю': "yu", 'я': "ya"}
	var sb strings.Builder
	for _, c := range strings.ToLower(s) {
		if t, ok := m[c]; ok {
			sb.WriteString(t)
		} else {
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

// Small numeric helpers.

func round1(x float64) float64 { return float64(int(x*10+0.5)) / 10 }
func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

func (r *rng) f1(lo, hi float64) float64 { return round1(lo + r.Float64()*(hi-lo)) }

// bp draws a blood pressure.
func (r *rng) bp() (int, int) { return r.in(104, 166), r.in(62, 100) }

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

// semver draws a software version a.b.c.
func (r *rng) semver() string { return fmt.Sprintf("%d.%d.%d", r.in(1, 9), r.in(0, 24), r.in(0, 30)) }

// stringsOf wraps strings as leaves with one label maker.
func stringsOf(mk func(any) leaf, xs ...string) arr {
	out := make(arr, len(xs))
	for i, x := range xs {
		out[i] = mk(x)
	}
	return out
}
