package holdout

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// gen wraps the document generator's random source with the helpers every
// schema uses.
type gen struct{ r *rand.Rand }

func newGen(seed int64) *gen {
	return &gen{r: rand.New(rand.NewPCG(uint64(seed), uint64(seed)^0x6c65616b73636f70))}
}

// n is a uniform int in [lo, hi].
func (g *gen) n(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// p is true with probability prob.
func (g *gen) p(prob float64) bool { return g.r.Float64() < prob }

// f is a uniform float in [lo, hi] rounded to prec decimals.
func (g *gen) f(lo, hi float64, prec int) float64 {
	v := lo + g.r.Float64()*(hi-lo)
	s := strconv.FormatFloat(v, 'f', prec, 64)
	v, _ = strconv.ParseFloat(s, 64)
	return v
}

func (g *gen) one(xs ...string) string { return xs[g.r.IntN(len(xs))] }

func pick[T any](g *gen, xs []T) T { return xs[g.r.IntN(len(xs))] }

// some returns k distinct members of xs in random order.
func some[T any](g *gen, xs []T, k int) []T {
	if k > len(xs) {
		k = len(xs)
	}
	idx := g.r.Perm(len(xs))[:k]
	out := make([]T, k)
	for i, j := range idx {
		out[i] = xs[j]
	}
	return out
}

const (
	lowerHex  = "0123456789abcdef"
	upperHex  = "0123456789ABCDEF"
	digits    = "0123456789"
	alnum     = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upperNum  = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
	lowerNum  = "abcdefghijklmnopqrstuvwxyz0123456789"
	base32Alp = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b64Alp    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b64URLAlp = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	bcryptAlp = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
)

func (g *gen) chars(n int, alphabet string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[g.r.IntN(len(alphabet))]
	}
	return string(b)
}

func (g *gen) hex(n int) string { return g.chars(n, lowerHex) }
func (g *gen) digits(n int) string {
	s := g.chars(n, digits)
	if s[0] == '0' {
		s = "7" + s[1:]
	}
	return s
}

func (g *gen) uuid() string {
	h := g.hex(32)
	v := "89ab"[g.r.IntN(4)]
	return h[0:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + string(v) + h[17:20] + "-" + h[20:32]
}

func (g *gen) oid(t time.Time) string {
	return fmt.Sprintf("%08x", t.Unix()) + g.hex(16)
}

var epochLo = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
var epochHi = time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC).Unix()

func (g *gen) when() time.Time {
	return time.Unix(epochLo+g.r.Int64N(epochHi-epochLo), 0).UTC()
}

func (g *gen) after(t time.Time, maxDays int) time.Time {
	return t.Add(time.Duration(g.r.Int64N(int64(maxDays)*86400+1)) * time.Second)
}

func (g *gen) birth() time.Time {
	return time.Date(g.n(1942, 2006), time.Month(g.n(1, 12)), g.n(1, 28), 0, 0, 0, 0, time.UTC)
}

func iso(t time.Time) string   { return t.Format("2006-01-02T15:04:05Z") }
func isoMs(t time.Time) string { return t.Format("2006-01-02T15:04:05.000Z") }
func day(t time.Time) string   { return t.Format("2006-01-02") }
func sqlTS(t time.Time) string { return t.Format("2006-01-02 15:04:05") }

// --- network -------------------------------------------------------------

func (g *gen) privIP() string {
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("10.%d.%d.%d", g.n(0, 255), g.n(0, 255), g.n(2, 254))
	case 1:
		return fmt.Sprintf("172.%d.%d.%d", g.n(16, 31), g.n(0, 255), g.n(2, 254))
	default:
		return fmt.Sprintf("192.168.%s.%d", g.one("0", "1", "1", "2", "10", "50", "178", "100", "31"), g.n(2, 254))
	}
}

// pubIP is an address from the documentation or shared ranges.
func (g *gen) pubIP() string {
	switch g.r.IntN(5) {
	case 0:
		return fmt.Sprintf("192.0.2.%d", g.n(1, 254))
	case 1:
		return fmt.Sprintf("198.51.100.%d", g.n(1, 254))
	case 2:
		return fmt.Sprintf("203.0.113.%d", g.n(1, 254))
	case 3:
		return fmt.Sprintf("100.%d.%d.%d", g.n(64, 127), g.n(0, 255), g.n(1, 254))
	default:
		return fmt.Sprintf("2001:db8:%x:%x::%x", g.n(0, 0xffff), g.n(0, 0xffff), g.n(1, 0xfff))
	}
}

func (g *gen) anyIP() string {
	if g.p(0.5) {
		return g.privIP()
	}
	return g.pubIP()
}

// mac formats a random MAC in one of the common notations.
func (g *gen) mac() string {
	b := make([]string, 6)
	for i := range b {
		b[i] = g.hex(2)
	}
	switch g.r.IntN(6) {
	case 0:
		return strings.ToUpper(strings.Join(b, ":"))
	case 1:
		return strings.ToUpper(strings.Join(b, "-"))
	case 2:
		return strings.Join(b, "")
	case 3:
		return b[0] + b[1] + "." + b[2] + b[3] + "." + b[4] + b[5]
	default:
		return strings.Join(b, ":")
	}
}

func (g *gen) ssid() string {
	switch g.r.IntN(7) {
	case 0:
		return g.one("NETGEAR", "TP-Link_", "Linksys", "FRITZ!Box 7590 ", "Vodafone-", "MOVISTAR_", "Livebox-", "VIVO-", "HUAWEI-", "ASUS_") + strings.ToUpper(g.hex(4))
	case 1:
		return g.one("HomeNet", "CasaWifi", "Skynet", "PrettyFlyForAWifi", "TellMyWifiLoveHer", "Bill Wi the Science Fi", "LAN Solo", "Abraham Linksys", "NoInternetHere", "Zuhause", "LaMaison", "MinhaCasa") + g.one("", "", "-5G", "_2.4", "_EXT", "-guest")
	case 2:
		return g.one("Office", "Studio", "Attic", "Garage", "Upstairs", "Backyard") + "-" + g.one("AP", "Mesh", "wifi") + strconv.Itoa(g.n(1, 9))
	case 3:
		return g.one("iot", "IoT-", "smarthome", "cams_") + g.one("", "net", "only", "2G")
	case 4:
		return g.one("DIRECT-", "Guest_", "Gast-", "Invitados_") + g.chars(4, upperNum)
	default:
		return g.one("WLAN-", "ZTE_", "Sagemcom", "Bbox-", "MEO-", "NOS-") + g.chars(6, upperNum)
	}
}

func (g *gen) hostname() string {
	return g.one("nas", "pihole", "printer", "hass", "unraid", "plex", "desktop-", "laptop-", "cam", "nvr", "switch", "ap", "backup", "files") +
		g.one("", "01", "-2f", "-office", strings.ToUpper(g.chars(6, upperNum)), "-"+strconv.Itoa(g.n(1, 9))) +
		g.one("", "", ".lan", ".local", ".home.arpa", ".fritz.box", ".corp.internal", ".int")
}

func (g *gen) cidr() (network, mask, gw string) {
	switch g.r.IntN(3) {
	case 0:
		x := g.n(0, 254)
		return fmt.Sprintf("192.168.%d.0/24", x), "255.255.255.0", fmt.Sprintf("192.168.%d.1", x)
	case 1:
		x, y := g.n(0, 255), g.n(0, 255)
		return fmt.Sprintf("10.%d.%d.0/24", x, y), "255.255.255.0", fmt.Sprintf("10.%d.%d.1", x, y)
	default:
		x := g.n(16, 31)
		return fmt.Sprintf("172.%d.0.0/16", x), "255.255.0.0", fmt.Sprintf("172.%d.0.1", x)
	}
}

// --- secrets -------------------------------------------------------------

func (g *gen) password() string {
	switch g.r.IntN(8) {
	case 0:
		return g.one("Summer", "Winter", "Spring", "Autumn", "Welcome", "Letmein", "Qwerty", "Monkey", "Dragon", "Sunshine") + strconv.Itoa(g.n(1970, 2025)) + g.one("!", "", "#", "?", "$")
	case 1:
		return g.one("hunter", "trustno", "iloveyou", "abc", "pass", "admin", "changeme", "football", "princess", "master") + g.digits(g.n(1, 4))
	case 2:
		return g.chars(g.n(12, 24), alnum+"!@#$%^&*-_")
	case 3:
		return strings.Join(some(g, []string{"correct", "horse", "battery", "staple", "orange", "tiger", "cloud", "river", "pixel", "maple", "copper", "lantern", "violet", "granite"}, g.n(3, 4)), g.one("-", ".", "", " "))
	case 4:
		return g.one("P@ssw0rd", "Passw0rd!", "Admin123", "S3cr3t!", "Qwerty123!", "Azerty1!", "Contraseña1", "Senha@123", "Passwort1!") + g.digits(2)
	case 5:
		return g.one("Lukas", "Mateo", "Chloe", "Ayumi", "Tunde", "Priya", "Olga", "Bruna", "Yusuf") + g.one("1987", "2010", "_88", ".99", "4ever", "!")
	default:
		return g.chars(g.n(8, 11), lowerNum) + g.one("", "!", "9")
	}
}

func (g *gen) psk() string {
	switch g.r.IntN(5) {
	case 0:
		return g.hex(64) // raw WPA PSK
	case 1:
		return g.digits(g.n(10, 16))
	case 2:
		return g.chars(g.n(10, 20), alnum)
	default:
		return g.password()
	}
}

func (g *gen) bcrypt() string {
	return "$2" + g.one("a", "b", "y") + "$" + g.one("10", "11", "12", "12", "13") + "$" + g.chars(53, bcryptAlp)
}

func (g *gen) b64(n int) string    { return g.chars(n, b64Alp) }
func (g *gen) b64url(n int) string { return g.chars(n, b64URLAlp) }

// passHash is a stored password in one of many formats.
func (g *gen) passHash() string {
	switch g.r.IntN(10) {
	case 0, 1:
		return g.bcrypt()
	case 2:
		return fmt.Sprintf("$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s", g.one2(65536, 19456, 47104), g.n(2, 4), g.n(1, 4), g.b64(22), g.b64(43))
	case 3:
		return fmt.Sprintf("pbkdf2_sha256$%d$%s$%s=", g.one2(260000, 390000, 600000, 720000), g.chars(22, alnum), g.b64(43))
	case 4:
		return g.hex(64)
	case 5:
		return g.hex(32)
	case 6:
		return g.hex(40)
	case 7:
		return "$6$rounds=5000$" + g.chars(16, bcryptAlp) + "$" + g.chars(86, bcryptAlp)
	case 8:
		return "{SSHA}" + g.b64(32)
	default:
		return "sha512$" + g.chars(12, alnum) + "$" + g.hex(128)
	}
}

func (g *gen) one2(xs ...int) int { return xs[g.r.IntN(len(xs))] }

func (g *gen) awsKeyID() string {
	return g.one("AKIA", "AKIA", "ASIA") + g.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
}
func (g *gen) awsSecret() string {
	return g.chars(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")
}
func (g *gen) ghp() string   { return "ghp_" + g.chars(36, alnum) }
func (g *gen) glpat() string { return "glpat-" + g.chars(20, alnum+"-_") }
func (g *gen) slackBot() string {
	return g.one("xoxb-", "xoxb-", "xoxp-") + g.digits(11) + "-" + g.digits(13) + "-" + g.chars(24, alnum)
}
func (g *gen) stripeSecret() string {
	return g.one("sk_live_", "sk_live_", "rk_live_", "sk_test_") + g.chars(g.one2(24, 99), alnum)
}
func (g *gen) googleAccess() string { return "ya29.a0" + g.chars(g.n(140, 200), b64URLAlp) }
func (g *gen) googleRefresh() string {
	return "1//0" + g.chars(2, "abcdefghijklmnopqrstuvwxyz") + g.chars(g.n(90, 100), b64URLAlp)
}
func (g *gen) amazonAccess() string  { return "Atza|IwEB" + g.chars(g.n(180, 330), b64URLAlp) }
func (g *gen) amazonRefresh() string { return "Atzr|IwEB" + g.chars(g.n(180, 330), b64URLAlp) }
func (g *gen) sendgrid() string      { return "SG." + g.chars(22, b64URLAlp) + "." + g.chars(43, b64URLAlp) }
func (g *gen) whsec() string         { return "whsec_" + g.chars(32, alnum+"+/") }
func (g *gen) npm() string           { return "npm_" + g.chars(36, alnum) }
func (g *gen) googleAPIKey() string  { return "AIza" + g.chars(35, b64URLAlp) }
func (g *gen) totpSeed() string {
	s := g.chars(g.one2(16, 32), base32Alp)
	if g.p(0.3) {
		var parts []string
		for i := 0; i < len(s); i += 4 {
			parts = append(parts, strings.ToLower(s[i:i+4]))
		}
		return strings.Join(parts, " ")
	}
	return s
}

func (g *gen) recoveryCode() string {
	switch g.r.IntN(3) {
	case 0:
		return g.hex(5) + "-" + g.hex(5)
	case 1:
		return g.digits(4) + " " + g.digits(4)
	default:
		return strings.ToUpper(g.chars(4, lowerNum) + "-" + g.chars(4, lowerNum) + "-" + g.chars(4, lowerNum))
	}
}

func (g *gen) sessionID() string {
	switch g.r.IntN(4) {
	case 0:
		return g.hex(32)
	case 1:
		return g.chars(26, "abcdefghijklmnopqrstuv0123456789")
	case 2:
		return "s%3A" + g.chars(32, b64URLAlp) + "." + g.chars(43, b64URLAlp)
	default:
		return g.b64url(43)
	}
}

func b64u(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func (g *gen) jwt(sub string) string {
	alg := g.one("HS256", "RS256", "ES256")
	h := b64u(`{"alg":"` + alg + `","typ":"JWT"}`)
	iat := g.when().Unix()
	p := b64u(fmt.Sprintf(`{"sub":%q,"iat":%d,"exp":%d,"scope":"%s"}`, sub, iat, iat+int64(g.one2(900, 3600, 86400)), g.one("read", "read write", "admin", "user")))
	sigLen := 43
	if alg == "RS256" {
		sigLen = 342
	} else if alg == "ES256" {
		sigLen = 86
	}
	return h + "." + p + "." + g.b64url(sigLen)
}

func (g *gen) pem(kind string) string {
	lines := []string{"-----BEGIN " + kind + "-----"}
	n := g.n(6, 25)
	for i := 0; i < n; i++ {
		lines = append(lines, g.b64(64))
	}
	lines = append(lines, g.b64(g.n(4, 60))+"=", "-----END "+kind+"-----")
	return strings.Join(lines, "\n")
}

func (g *gen) privateKey() string {
	return g.pem(g.one("RSA PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"))
}

// --- devices -------------------------------------------------------------

func (g *gen) serial() string {
	switch g.r.IntN(5) {
	case 0:
		return g.chars(2, "ABCDEFGHJKLMNPQRSTUVWXYZ") + g.digits(2) + g.chars(8, upperNum)
	case 1:
		return g.digits(4) + "-" + g.digits(4) + "-" + g.digits(4)
	case 2:
		return "C02" + g.chars(9, upperNum)
	case 3:
		return strings.ToUpper(g.hex(16))
	default:
		return g.one("SN", "S/N ", "R") + g.digits(10)
	}
}

// firmware is a version string; some are shaped like IPv4 addresses.
func (g *gen) firmware() string {
	switch g.r.IntN(6) {
	case 0:
		return fmt.Sprintf("%d.%d.%d.%d", g.n(1, 10), g.n(0, 60), g.n(0, 30), g.n(1, 250))
	case 1:
		return fmt.Sprintf("v%d.%d.%d-build.%d", g.n(1, 5), g.n(0, 20), g.n(0, 9), g.n(100, 9999))
	case 2:
		return fmt.Sprintf("%d.%d.%d_%s", g.n(0, 3), g.n(0, 12), g.n(0, 40), day(g.when())[:10])
	case 3:
		return fmt.Sprintf("%d.%02d.%d", g.n(1, 7), g.n(0, 99), g.n(0, 9))
	case 4:
		return fmt.Sprintf("V%dR%03dC%02dSPC%03d", g.n(1, 3), g.n(1, 20), g.n(0, 30), g.n(100, 300))
	default:
		return fmt.Sprintf("%d.%d.%d", g.n(1, 12), g.n(0, 40), g.n(0, 300))
	}
}

func luhn(s string) string {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if (len(s)-1-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return s + strconv.Itoa((10-sum%10)%10)
}

func (g *gen) imei() string { return luhn("35" + g.digits(12)) }

var phones = []struct{ model, name, os, maker string }{
	{"SM-G991B", "Galaxy S21", "Android", "samsung"}, {"SM-A546E", "Galaxy A54", "Android", "samsung"},
	{"Pixel 7", "Pixel 7", "Android", "Google"}, {"Pixel 8 Pro", "Pixel 8 Pro", "Android", "Google"},
	{"iPhone14,5", "iPhone 13", "iOS", "Apple"}, {"iPhone15,2", "iPhone 14 Pro", "iOS", "Apple"},
	{"iPhone16,1", "iPhone 15 Pro", "iOS", "Apple"}, {"M2101K6G", "Redmi Note 10 Pro", "Android", "Xiaomi"},
	{"CPH2449", "OnePlus 11", "Android", "OnePlus"}, {"moto g54 5G", "moto g54", "Android", "motorola"},
	{"iPad13,18", "iPad (10th gen)", "iPadOS", "Apple"}, {"XQ-DQ54", "Xperia 1 V", "Android", "Sony"},
}

func (g *gen) osVersion(os string) string {
	if os == "Android" {
		return g.one("11", "12", "13", "14", "14", "15", "10")
	}
	return fmt.Sprintf("%d.%d.%d", g.n(15, 18), g.n(0, 7), g.n(0, 3))
}

func (g *gen) userAgent() string {
	ph := pick(g, phones)
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Safari/537.36", g.n(110, 126), g.n(5000, 6500), g.n(10, 200))
	case 1:
		return fmt.Sprintf("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%d.%d Safari/605.1.15", g.n(15, 17), g.n(0, 6))
	case 2:
		if ph.os == "Android" {
			return fmt.Sprintf("Mozilla/5.0 (Linux; Android %s; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36", g.osVersion("Android"), ph.model, g.n(110, 126))
		}
		return fmt.Sprintf("Mozilla/5.0 (iPhone; CPU iPhone OS %d_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148", g.n(15, 17), g.n(0, 6))
	default:
		return fmt.Sprintf("%s/%d.%d.%d (%s; %s %s; build %d)", g.one("HomeLink", "FitPulse", "Shopr", "okhttp"), g.n(1, 9), g.n(0, 30), g.n(0, 9), ph.model, ph.os, g.osVersion(ph.os), g.n(1000, 99999))
	}
}

func (g *gen) appVersion() string {
	return fmt.Sprintf("%d.%d.%d", g.n(1, 9), g.n(0, 40), g.n(0, 20))
}

// ipShapedBuild is a version that looks like an IPv4 address.
func (g *gen) ipShapedBuild() string {
	return fmt.Sprintf("%d.%d.%d.%d", g.one2(10, 172, 192, 1, 2, 4), g.n(0, 20), g.n(0, 9), g.n(1, 250))
}
