package blindset3

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"
)

// rng draws synthetic values. Everything is fictional: example.* domains,
// reserved phone ranges, private and documentation addresses, random tokens.
type rng struct{ r *rand.Rand }

func newRng(seed int64, i int) *rng {
	return &rng{rand.New(rand.NewPCG(uint64(seed)^0x5eed_b3b3_0000_0003, uint64(i)))}
}

func (g *rng) n(k int) int         { return g.r.IntN(k) }
func (g *rng) in(lo, hi int) int   { return lo + g.r.IntN(hi-lo+1) }
func (g *rng) chance(pct int) bool { return g.r.IntN(100) < pct }
func (g *rng) f(lo, hi float64) float64 {
	return lo + g.r.Float64()*(hi-lo)
}

// round1 rounds to one decimal, round2 to two.
func round1(x float64) float64 { return float64(int(x*10+0.5)) / 10 }
func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }

func one[T any](g *rng, xs ...T) T { return xs[g.r.IntN(len(xs))] }

// some returns k distinct elements of xs in random order.
func some[T any](g *rng, k int, xs ...T) []T {
	idx := g.r.Perm(len(xs))
	if k > len(xs) {
		k = len(xs)
	}
	out := make([]T, k)
	for i := 0; i < k; i++ {
		out[i] = xs[idx[i]]
	}
	return out
}

const (
	lc     = "abcdefghijklmnopqrstuvwxyz"
	uc     = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	num    = "0123456789"
	hx     = "0123456789abcdef"
	HX     = "0123456789ABCDEF"
	alnum  = lc + uc + num
	b32    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	urlb64 = alnum + "-_"
	vinch  = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
)

func (g *rng) s(alpha string, k int) string {
	b := make([]byte, k)
	for i := range b {
		b[i] = alpha[g.r.IntN(len(alpha))]
	}
	return string(b)
}

// People.

type person struct {
	first, last string
	female      bool
}

var femaleNames = []string{"Ana", "Lena", "Chiara", "Camille", "Inês", "Priya", "Sofía", "Maud", "Giulia", "Fatima", "Eva", "Noor", "Marta", "Hanna", "Léa", "Valentina", "Sanne", "Aiko"}
var maleNames = []string{"Tomás", "Jonas", "Matteo", "Louis", "João", "Arjun", "Diego", "Bram", "Luca", "Youssef", "Felix", "Daan", "Rui", "Mathis", "Emil", "Kenji", "Santiago", "Pieter"}
var surnames = []string{"Okonkwo", "Hernández", "Vogel", "Ricci", "Lefèvre", "Carvalho", "Nair", "van Dijk", "Lindqvist", "Haddad", "Moreno", "Brandt", "Esposito", "Girard", "Sousa", "de Vries", "Kowalczyk", "Yamada", "Ferrari", "Ortega"}

func (g *rng) person() person {
	if g.n(2) == 0 {
		return person{one(g, femaleNames...), one(g, surnames...), true}
	}
	return person{one(g, maleNames...), one(g, surnames...), false}
}

func (p person) full() string { return p.first + " " + p.last }

var fold = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ã", "a", "é", "e", "è", "e", "ê", "e", "í", "i", "ó", "o", "ô", "o", "õ", "o", "ú", "u", "ü", "u", "ç", "c", "ñ", "n", "ö", "o", "ä", "a", "ß", "ss", "Ó", "o", "É", "e", " ", "")

func slug(s string) string { return strings.ToLower(fold.Replace(s)) }

func (g *rng) email(p person) string {
	dom := one(g, "example.com", "example.org", "example.net", "mail.example.com", "post.example.org", "inbox.example.net")
	f, l := slug(p.first), slug(p.last)
	switch g.n(4) {
	case 0:
		return f + "." + l + "@" + dom
	case 1:
		return f[:1] + l + "@" + dom
	case 2:
		return f + g.s(num, 2) + "@" + dom
	}
	return l + "." + f[:1] + "@" + dom
}

func (g *rng) handle(p person) string {
	return slug(p.first) + one(g, "_", ".", "") + one(g, slug(p.last), "x"+g.s(num, 2), g.s(num, 3), "dev", "on_tour")
}

// Phone numbers in fictional or reserved ranges.

func (g *rng) phoneUS() string {
	area := one(g, "212", "312", "415", "617", "503", "206")
	switch g.n(3) {
	case 0:
		return fmt.Sprintf("+1 %s 555 01%s", area, g.s(num, 2))
	case 1:
		return fmt.Sprintf("(%s) 555-01%s", area, g.s(num, 2))
	}
	return fmt.Sprintf("+1-%s-555-01%s", area, g.s(num, 2))
}
func (g *rng) phoneUK() string { return one(g, "+44 7700 900", "07700 900") + g.s(num, 3) }
func (g *rng) phoneFR() string {
	return "+33 1 99 00 " + g.s(num, 2) + " " + g.s(num, 2)
}
func (g *rng) phoneFRlocal() string { return "01 99 00 " + g.s(num, 2) + " " + g.s(num, 2) }
func (g *rng) phoneDE() string {
	return one(g, "+49 30 555 01", "030 555 01", "+49 (0)30 555-01") + g.s(num, 2)
}
func (g *rng) phoneNL() string { return one(g, "+31 20 555 01", "020-555 01") + g.s(num, 2) }
func (g *rng) phoneIT() string { return one(g, "+39 02 555 01", "02 555 01") + g.s(num, 2) }
func (g *rng) phoneMX() string { return one(g, "+52 55 5550 01", "55 5550 01") + g.s(num, 2) }
func (g *rng) phonePT() string { return one(g, "+351 21 555 01", "21 555 01") + g.s(num, 2) }
func (g *rng) phoneAny() string {
	switch g.n(4) {
	case 0:
		return g.phoneUS()
	case 1:
		return g.phoneUK()
	case 2:
		return g.phoneFR()
	}
	return g.phoneDE()
}

// Addresses.

var usStreets = []string{"Juniper Lane", "Oak Hollow Road", "Harbor View Drive", "Walnut Street", "Beacon Court", "Cedar Ridge Avenue"}
var usTowns = []string{"Millbrook", "Fairhaven", "Cedar Falls", "Lakewood", "Brookside", "Ashford"}

// Networks.

func (g *rng) lanPrefix() string {
	return one(g, "192.168.1", "192.168.0", "192.168.178", "192.168."+fmt.Sprint(g.in(2, 99)), "10.0.0", "10."+fmt.Sprint(g.in(1, 40))+"."+fmt.Sprint(g.in(0, 20)), "172.16."+fmt.Sprint(g.in(0, 31)))
}

func (g *rng) lanIP(prefix string) string { return fmt.Sprintf("%s.%d", prefix, g.in(2, 250)) }

func (g *rng) privIP() string { return g.lanIP(g.lanPrefix()) }

func (g *rng) docIP() string {
	return fmt.Sprintf("%s.%d", one(g, "192.0.2", "198.51.100", "203.0.113"), g.in(1, 254))
}

func (g *rng) ip6() string {
	return fmt.Sprintf("2001:db8:%x:%x::%x", g.n(0xffff), g.n(0xff), g.in(1, 0xffff))
}

func (g *rng) mac() string {
	parts := make([]string, 6)
	for i := range parts {
		parts[i] = g.s(hx, 2)
	}
	switch g.n(4) {
	case 0:
		return strings.ToUpper(strings.Join(parts, ":"))
	case 1:
		return strings.ToUpper(strings.Join(parts, "-"))
	case 2:
		return strings.Join(parts, ":")
	}
	return parts[0] + parts[1] + "." + parts[2] + parts[3] + "." + parts[4] + parts[5]
}

func (g *rng) colonMAC() string {
	parts := make([]string, 6)
	for i := range parts {
		parts[i] = g.s(hx, 2)
	}
	return strings.Join(parts, ":")
}

func (g *rng) ssid(p person) string {
	return one(g,
		"FRITZ!Box 7530 "+g.s(uc, 2),
		slug(p.last)+"-net",
		"TP-Link_"+g.s(HX, 4),
		"Linksys"+g.s(num, 5),
		"Casa"+strings.ReplaceAll(p.last, " ", ""),
		"NETGEAR"+g.s(num, 2)+"-5G",
		"Vodafone-"+g.s(uc+num, 6),
		"MiFibra-"+g.s(uc+num, 4),
		p.first+"s iPhone",
		"Livebox-"+g.s(HX, 4),
		"The LAN Before Time",
	)
}

func (g *rng) passphrase() string {
	return one(g, "Sonnenblume", "girassol", "Tortuga", "blueberry", "Kaffeebohne", "papillon", "Lighthouse", "cavolfiore") +
		one(g, "!", "-", "_", "", "#") + g.s(num, g.in(2, 4)) + one(g, "", "Home", "xx", "?", "Casa")
}

func (g *rng) password() string {
	return one(g,
		g.passphrase(),
		g.s(alnum, 3)+one(g, "!", "$", "%", "&")+g.s(alnum, 8),
		one(g, "Summer", "Winter", "Marzo", "Oktober")+fmt.Sprint(g.in(2019, 2025))+one(g, "!", "?", "#"),
		g.s(lc, 5)+g.s(num, 4),
	)
}

// Secrets.

func (g *rng) bcrypt() string { return "$2b$" + one(g, "10", "12") + "$" + g.s("./"+alnum, 53) }
func (g *rng) argon() string {
	return "$argon2id$v=19$m=65536,t=3,p=4$" + g.s(alnum+"+/", 22) + "$" + g.s(alnum+"+/", 43)
}
func (g *rng) jwt() string {
	head := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"` + one(g, "HS256", "RS256", "ES256") + `","typ":"JWT"}`))
	iat := g.epoch()
	body := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iat":%d,"exp":%d}`, g.s(hx, 16), iat, iat+3600)))
	return head + "." + body + "." + g.s(urlb64, 43)
}
func (g *rng) ya29() string   { return "ya29.a0" + g.s(urlb64, 120) }
func (g *rng) goog1() string  { return "1//0" + g.s(urlb64, 2) + "C" + g.s(urlb64, 90) }
func (g *rng) atza() string   { return "Atza|IwEB" + g.s(alnum+"-_", 180) }
func (g *rng) atzr() string   { return "Atzr|IwEB" + g.s(alnum+"-_", 200) }
func (g *rng) awsKey() string { return "AKIA" + g.s(uc+"234567", 16) }
func (g *rng) totpSeed() string {
	return g.s(b32, 32)
}
func (g *rng) pem() string {
	body := g.s(alnum+"+/", 64) + "\n" + g.s(alnum+"+/", 64) + "\n" + g.s(alnum+"+/", 40) + "=="
	kind := one(g, "OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY")
	return "-----BEGIN " + kind + "-----\n" + body + "\n-----END " + kind + "-----\n"
}
func (g *rng) cert() string {
	return "-----BEGIN CERTIFICATE-----\nMIIC" + g.s(alnum+"+/", 60) + "\n" + g.s(alnum+"+/", 48) + "=\n-----END CERTIFICATE-----"
}
func (g *rng) sshPub() string {
	return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s(alnum+"+/", 43) + " " + one(g, "nas@home", "backup-key", "laptop")
}

// Identifiers.

func (g *rng) uuid() string {
	return g.s(hx, 8) + "-" + g.s(hx, 4) + "-4" + g.s(hx, 3) + "-" + one(g, "8", "9", "a", "b") + g.s(hx, 3) + "-" + g.s(hx, 12)
}

func (g *rng) epoch() int    { return 1_700_000_000 + g.n(60_000_000) }
func (g *rng) epochMs() int  { return g.epoch()*1000 + g.n(1000) }
func (g *rng) iso() string   { return isoAt(g.epoch()) }
func (g *rng) date() string  { return isoAt(g.epoch())[:10] }
func (g *rng) isoMs() string { return isoAt(g.epoch())[:19] + fmt.Sprintf(".%03dZ", g.n(1000)) }

func isoAt(sec int) string {
	// Civil from days, so the package needs no time zone data.
	days := sec / 86400
	rem := sec % 86400
	y, m, d := civil(days)
	return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, rem/3600, rem/60%60, rem%60)
}

func civil(z int) (int, int, int) {
	z += 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// euDate renders a date as dd/mm/yyyy or dd.mm.yyyy.
func (g *rng) euDate(sep string) string {
	d := g.date()
	return d[8:10] + sep + d[5:7] + sep + d[0:4]
}

func (g *rng) ver(parts int) string {
	s := fmt.Sprint(g.in(1, 12))
	for i := 1; i < parts; i++ {
		s += fmt.Sprintf(".%d", g.n(30))
	}
	return s
}

// ipShapedVersion is a four-part version number that looks like an IPv4
// address (a decoy).
func (g *rng) ipShapedVersion() string {
	return fmt.Sprintf("%d.%d.%d.%d", g.in(1, 9), g.n(20), g.n(10), g.in(1, 400))
}

func luhn(digits string) string {
	sum := 0
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if (len(digits)-1-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return digits + fmt.Sprint((10-sum%10)%10)
}

func (g *rng) imei() string  { return luhn(one(g, "35", "86", "49") + g.s(num, 12)) }
func (g *rng) iccid() string { return luhn("8944" + g.s(num, 14)) }
func (g *rng) vin() string   { return one(g, "WVX", "1VL", "YV9", "KVR") + g.s(vinch, 14) }

func (g *rng) hexN(k int) string { return g.s(hx, k) }

// bmi is weight over height squared, one decimal.
func bmi(kg float64, cm int) float64 {
	m := float64(cm) / 100
	return round1(kg / (m * m))
}
