package blindset9

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// Category shorthands for free-text pieces.
const (
	credCat    = corpus.Credential
	contactCat = corpus.Contact
	netCat     = corpus.NetworkLayout
	deviceCat  = corpus.DeviceInventory
	healthCat  = corpus.Health
)

// rng draws synthetic values. Everything is fictional: example.* domains,
// reserved or unassigned-looking phone runs, private and documentation
// addresses, random tokens.
type rng struct{ r *rand.Rand }

func newRng(seed int64, i int) *rng {
	return &rng{rand.New(rand.NewPCG(uint64(seed)^0xb11d_5e74_0000_0009, uint64(i)))}
}

func (g *rng) n(k int) int         { return g.r.IntN(k) }
func (g *rng) in(lo, hi int) int   { return lo + g.r.IntN(hi-lo+1) }
func (g *rng) chance(pct int) bool { return g.r.IntN(100) < pct }
func (g *rng) f(lo, hi float64) float64 {
	return lo + g.r.Float64()*(hi-lo)
}

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
	b64    = alnum + "+/"
	urlb64 = alnum + "-_"
)

func (g *rng) s(alpha string, k int) string {
	b := make([]byte, k)
	for i := range b {
		b[i] = alpha[g.r.IntN(len(alpha))]
	}
	return string(b)
}

// People. A name list entry is "Display" or "Display/ascii" when the
// display form is not in Latin letters (Japanese) or the e-mail form drops
// diacritics differently.

type person struct {
	first, last   string // as displayed
	afirst, alast string // ASCII, for e-mails and handles
	female        bool
}

type names struct{ fem, male, last []string }

var locales = map[string]names{
	"en": {
		[]string{"Marisol", "Tamsin", "Ngozi", "Beatrix", "Shanice", "Ingrid", "Lucinda", "Parveen", "Caitriona", "Rhiannon"},
		[]string{"Barnaby", "Osei", "Cormac", "Lucius", "Dashiell", "Ravi", "Ezekiel", "Mortimer", "Tobiah", "Jamal"},
		[]string{"Featherstone", "Ogunleye", "Brannigan", "Whitlock", "Kaczmarczyk", "Delacroix", "Ashworth", "Villanueva", "Thistlewood", "Okafor", "Lindgren", "Mahoney"},
	},
	"fi": {
		[]string{"Aino", "Helmi", "Tuulikki", "Sirpa", "Päivi", "Kaisu", "Eevi"},
		[]string{"Eino", "Jouko", "Tapani", "Veikko", "Pertti", "Onni", "Väinö"},
		[]string{"Korhonen", "Mäkinen", "Heikkilä", "Nieminen", "Järvinen", "Lehtonen", "Salminen", "Hämäläinen"},
	},
	"el": {
		[]string{"Ελένη/Eleni", "Αικατερίνη/Aikaterini", "Δέσποινα/Despoina", "Σοφία/Sofia", "Χρυσούλα/Chrysoula", "Βασιλική/Vasiliki"},
		[]string{"Γιώργος/Giorgos", "Κωνσταντίνος/Konstantinos", "Δημήτρης/Dimitris", "Σπύρος/Spyros", "Θανάσης/Thanasis", "Μιχάλης/Michalis"},
		[]string{"Παπαδόπουλος/Papadopoulos|Παπαδοπούλου/Papadopoulou", "Οικονόμου/Oikonomou|Οικονόμου/Oikonomou", "Καραγιάννης/Karagiannis|Καραγιάννη/Karagianni", "Βλάχος/Vlachos|Βλάχου/Vlachou", "Αντωνίου/Antoniou|Αντωνίου/Antoniou", "Μαυρίδης/Mavridis|Μαυρίδου/Mavridou"},
	},
	"ko": {
		[]string{"지현/Jihyun", "수빈/Subin", "민서/Minseo", "은정/Eunjung", "하은/Haeun", "서연/Seoyeon"},
		[]string{"민준/Minjun", "도윤/Doyun", "성호/Sungho", "재훈/Jaehoon", "현우/Hyunwoo", "태양/Taeyang"},
		[]string{"김/Kim", "이/Lee", "박/Park", "최/Choi", "정/Jung", "강/Kang", "윤/Yoon", "한/Han"},
	},
	"hu": {
		[]string{"Erzsébet", "Zsófia", "Ildikó", "Boglárka", "Réka", "Enikő", "Gyöngyi"},
		[]string{"László", "Zoltán", "Gábor", "Botond", "Levente", "Ferenc", "Ödön"},
		[]string{"Kovács", "Szabó", "Horváth", "Tóth", "Nagy", "Fekete", "Szűcs", "Balogh"},
	},
	"ro": {
		[]string{"Ioana", "Mihaela", "Corina", "Roxana", "Ștefania", "Ileana", "Alina"},
		[]string{"Mihai", "Ștefan", "Bogdan", "Radu", "Sorin", "Tudor", "Costel"},
		[]string{"Popescu", "Ionescu", "Dumitrescu", "Constantinescu", "Stănescu", "Munteanu", "Țurcanu", "Răducanu"},
	},
	"da": {
		[]string{"Mette", "Sidsel", "Ditte", "Karen", "Signe", "Freja", "Birthe"},
		[]string{"Søren", "Mads", "Rasmus", "Jens", "Anders", "Kasper", "Troels"},
		[]string{"Jørgensen", "Nielsen", "Kristensen", "Mølgaard", "Thomsen", "Østergaard", "Bach", "Kjær"},
	},
	"hr": {
		[]string{"Ivana", "Marija", "Petra", "Ana", "Lucija", "Snježana", "Dubravka"},
		[]string{"Ivan", "Luka", "Matej", "Domagoj", "Krešimir", "Zvonimir", "Đuro"},
		[]string{"Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković"},
	},
	"ca": {
		[]string{"Montserrat", "Núria", "Mireia", "Laia", "Meritxell", "Roser", "Aina"},
		[]string{"Jordi", "Pau", "Oriol", "Arnau", "Joan", "Pol", "Quim"},
		[]string{"Puig", "Soler", "Vilaró", "Casals", "Ferrer", "Pujol", "Bosch", "Serra i Font"},
	},
}

func split(e string) (string, string) {
	if i := strings.IndexByte(e, '/'); i >= 0 {
		return e[:i], e[i+1:]
	}
	return e, ascii(e)
}

// personOf draws a person from the name lists of loc.
func (g *rng) personOf(loc string) person {
	l := locales[loc]
	female := g.n(2) == 0
	var f string
	if female {
		f = one(g, l.fem...)
	} else {
		f = one(g, l.male...)
	}
	fd, fa := split(f)
	ln := one(g, l.last...)
	if i := strings.IndexByte(ln, '|'); i >= 0 {
		if female {
			ln = ln[i+1:]
		} else {
			ln = ln[:i]
		}
	}
	ld, la := split(ln)
	return person{first: fd, last: ld, afirst: fa, alast: la, female: female}
}

// womanOf draws a woman from the name lists of loc.
func (g *rng) womanOf(loc string) person {
	for {
		p := g.personOf(loc)
		if p.female {
			return p
		}
	}
}

// manOf draws a man from the name lists of loc.
func (g *rng) manOf(loc string) person {
	for {
		p := g.personOf(loc)
		if !p.female {
			return p
		}
	}
}

func (p person) full() string { return p.first + " " + p.last }

var fold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "å", "a", "ą", "a", "Á", "a", "Å", "a", "Ä", "a",
	"é", "e", "è", "e", "ê", "e", "ę", "e", "É", "e",
	"í", "i", "Í", "i", "ï", "i", "ó", "o", "ö", "o", "ø", "o", "ô", "o", "Ó", "o", "Ö", "o", "Ø", "o",
	"ú", "u", "ü", "u", "ñ", "n", "ń", "n", "ć", "c", "ł", "l", "Ł", "l",
	"ś", "s", "ß", "ss", "ë", "e", "Ë", "e", "ã", "a", "õ", "o", "ç", "c", "Ś", "s", "ż", "z", "ź", "z", "Ż", "z", "æ", "ae", "Æ", "ae", " ", "",
	"ř", "r", "Ř", "r", "č", "c", "Č", "c", "š", "s", "Š", "s", "ž", "z", "Ž", "z", "ě", "e", "ů", "u", "ý", "y", "ň", "n", "ť", "t", "ď", "d",
	"ğ", "g", "ş", "s", "Ş", "s", "ı", "i", "İ", "i", "Ç", "c", "Ü", "u", "'", "", "-", "",
	"ő", "o", "ű", "u", "Ő", "o", "Ű", "u", "Ú", "u", "ă", "a", "î", "i", "ș", "s", "ț", "t", "Ș", "s", "Ț", "t",
	"đ", "d", "Đ", "d", "ò", "o", "·", "", "Ć", "c", "Í", "i",
)

func ascii(s string) string { return strings.ToLower(fold.Replace(s)) }

func (g *rng) email(p person) string {
	dom := one(g, "example.com", "example.org", "example.net", "web-de.example.com", "laposte.example.net", "uol.example.com", "correo.example.org")
	f, l := strings.ToLower(p.afirst), strings.ToLower(p.alast)
	switch g.n(4) {
	case 0:
		return f + "." + l + "@" + dom
	case 1:
		return f[:1] + l + "@" + dom
	case 2:
		return f + g.s(num, 3) + "@" + dom
	}
	return l + "_" + f + "@" + dom
}

func (g *rng) handle(p person) string {
	return strings.ToLower(p.afirst) + one(g, ".", "_", "-", "") + one(g, strings.ToLower(p.alast), g.s(num, 4), "pl"+g.s(num, 2), strings.ToLower(p.alast[:1]))
}

// Phone numbers: US 555-01xx, UK Ofcom drama ranges, the German
// Bundesnetzagentur drama range, ARCEP's fiction ranges, and elsewhere runs
// of 555 01 digits.

func (g *rng) phoneUS() string {
	area := one(g, "206", "317", "414", "520", "615", "919")
	if g.n(2) == 0 {
		return fmt.Sprintf("+1 %s-555-01%s", area, g.s(num, 2))
	}
	return fmt.Sprintf("(%s) 555-01%s", area, g.s(num, 2))
}
func (g *rng) phoneUK() string {
	if g.n(3) == 0 {
		return one(g, "020 7946 0", "+44 20 7946 0") + g.s(num, 3)
	}
	return one(g, "+44 7700 900", "07700 900", "+447700900") + g.s(num, 3)
}
func (g *rng) phoneDE() string {
	return one(g, "+49 30 23125 ", "030 23125", "030/23125-", "+49 (0)30 23125 ") + g.s(num, 3)
}
func (g *rng) phoneFR() string {
	if g.n(2) == 0 {
		return "01 99 00 " + g.s(num, 2) + " " + g.s(num, 2)
	}
	return one(g, "06 39 98 ", "+33 6 39 98 ") + g.s(num, 2) + " " + g.s(num, 2)
}
func (g *rng) phoneES() string {
	return one(g, "+34 600 000 ", "600 000 ", "+34 91 555 0") + g.s(num, 3)
}
func (g *rng) phoneMX() string {
	return one(g, "+52 55 5550 01", "55 5550 01", "+52 33 5550 01", "+57 601 555 01") + g.s(num, 2)
}
func (g *rng) phoneBR() string {
	return one(g, "(11) 95550-01", "+55 11 5550-01", "(21) 95550-01", "+55 (31) 95550-01", "1195550 01") + g.s(num, 2)
}

// Networks.

func (g *rng) lanPrefix() string {
	return one(g, "192.168.1", "192.168.0", "192.168.50", "192.168."+fmt.Sprint(g.in(2, 120)), "10.0.1", "10."+fmt.Sprint(g.in(10, 90))+"."+fmt.Sprint(g.in(0, 30)), "172.20."+fmt.Sprint(g.in(0, 15)))
}

func (g *rng) lanIP(prefix string) string { return fmt.Sprintf("%s.%d", prefix, g.in(2, 250)) }
func (g *rng) privIP() string             { return g.lanIP(g.lanPrefix()) }
func (g *rng) docIP() string {
	return fmt.Sprintf("%s.%d", one(g, "192.0.2", "198.51.100", "203.0.113"), g.in(1, 254))
}
func (g *rng) ip6() string {
	return fmt.Sprintf("2001:db8:%x:%x::%x", g.n(0xffff), g.n(0xfff), g.in(1, 0xfff))
}

func (g *rng) mac() string {
	parts := make([]string, 6)
	for i := range parts {
		parts[i] = g.s(hx, 2)
	}
	switch g.n(3) {
	case 0:
		return strings.ToUpper(strings.Join(parts, ":"))
	case 1:
		return strings.Join(parts, ":")
	}
	return strings.ToUpper(strings.Join(parts, "-"))
}

// ssid is a home or small-office Wi-Fi name.
func (g *rng) ssid(p person) string {
	return one(g,
		"FRITZ!Box 7590 "+g.s(uc, 2),
		strings.ToLower(p.alast)+"-net",
		"Vivo-Fibra-"+g.s(HX, 4),
		"Livebox-"+g.s(HX, 4),
		"MOVISTAR_"+g.s(HX, 4),
		"NET_2G"+g.s(HX, 6),
		"TP-Link_"+g.s(HX, 4)+"_5G",
		"Casa "+p.first,
		"Wi-Fi "+p.first,
		"Magenta"+g.s(num, 3),
		"FreeWifi_secure",
		"BTHub6-"+g.s(uc+num, 4),
	)
}

func (g *rng) passphrase() string {
	return one(g, "Sonnenblume", "girassol", "tournesol", "girasol", "Maracuja", "Pamplemousse", "Bacalhau", "Heidelbeere", "Bluebell") +
		one(g, "!", ".", "_", "", "#", "@") + g.s(num, g.in(2, 5)) + one(g, "", "x", "!!", "Haus", "Casa")
}

func (g *rng) password() string {
	return one(g,
		g.passphrase(),
		g.s(alnum, 4)+one(g, "!", "*", "%", "#", "$")+g.s(alnum, 7),
		one(g, "Dezember", "Janvier", "Outubro", "Agosto", "Summer")+fmt.Sprint(g.in(2019, 2025))+one(g, "!", "*", ".", "?"),
		g.s(lc, 6)+g.s(num, 3),
	)
}

// Secrets.

func (g *rng) bcrypt() string { return "$2y$" + one(g, "10", "11", "12") + "$" + g.s("./"+alnum, 53) }
func (g *rng) argon() string {
	return "$argon2id$v=19$m=19456,t=2,p=1$" + g.s(b64, 22) + "$" + g.s(b64, 43)
}
func (g *rng) md5() string    { return g.s(hx, 32) }
func (g *rng) sha1() string   { return g.s(hx, 40) }
func (g *rng) sha256() string { return g.s(hx, 64) }
func (g *rng) jwt() string {
	head := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"` + one(g, "RS256", "ES256", "HS512") + `","kid":"` + g.s(hx, 8) + `"}`))
	iat := g.epoch()
	body := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","aud":"api","iat":%d,"exp":%d}`, g.uuid(), iat, iat+900)))
	return head + "." + body + "." + g.s(urlb64, 86)
}
func (g *rng) opaque(k int) string { return g.s(urlb64, k) }
func (g *rng) ya29() string        { return "ya29.a0A" + g.s(urlb64, 140) }
func (g *rng) awsKey() string      { return "AKIA" + g.s(uc+"234567", 16) }
func (g *rng) awsSecret() string   { return g.s(b64, 40) }
func (g *rng) fcm() string {
	return g.s(urlb64, 22) + ":APA91b" + g.s(urlb64, 134)
}
func (g *rng) pem() string {
	kind := one(g, "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY")
	return "-----BEGIN " + kind + "-----\n" + g.s(b64, 64) + "\n" + g.s(b64, 64) + "\n" + g.s(b64, 28) + "=\n-----END " + kind + "-----"
}
func (g *rng) cert() string {
	return "-----BEGIN CERTIFICATE-----\nMIIDWTCCAkGgAwIBAgIU" + g.s(b64, 44) + "\n" + g.s(b64, 64) + "\n-----END CERTIFICATE-----"
}

// Identifiers and times.

func (g *rng) uuid() string {
	return g.s(hx, 8) + "-" + g.s(hx, 4) + "-4" + g.s(hx, 3) + "-" + one(g, "8", "9", "a", "b") + g.s(hx, 3) + "-" + g.s(hx, 12)
}
func (g *rng) oid() string { return fmt.Sprintf("%08x", g.epoch()) + g.s(hx, 16) }

func (g *rng) epoch() int     { return 1_690_000_000 + g.n(70_000_000) }
func (g *rng) epochMs() int64 { return int64(g.epoch())*1000 + int64(g.n(1000)) }
func (g *rng) iso() string    { return isoAt(g.epoch()) }
func (g *rng) isoMs() string  { return isoAt(g.epoch())[:19] + fmt.Sprintf(".%03dZ", g.n(1000)) }
func (g *rng) date() string   { return isoAt(g.epoch())[:10] }

// dob is a date of birth between 1940 and 2005.
func (g *rng) dob() string {
	return fmt.Sprintf("%04d-%02d-%02d", g.in(1940, 2005), g.in(1, 12), g.in(1, 28))
}

func isoAt(sec int) string {
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

func (g *rng) ver(parts int) string {
	s := fmt.Sprint(g.in(1, 15))
	for i := 1; i < parts; i++ {
		s += fmt.Sprintf(".%d", g.n(40))
	}
	return s
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

func (g *rng) imei() string           { return luhn(one(g, "35", "86", "01") + g.s(num, 12)) }
func (g *rng) iccid(cc string) string { return luhn("89" + cc + g.s(num, 15-len(cc))) }

func bmi(kg float64, cm int) float64 {
	m := float64(cm) / 100
	return round1(kg / (m * m))
}

// Phones people own, with their OS versions.
func (g *rng) phone() (model, os string) {
	if g.n(2) == 0 {
		return one(g, "iPhone 13", "iPhone 15 Pro Max", "iPhone 11", "iPhone 14 Plus"), one(g, "iOS 17.6.1", "iOS 16.7.8", "iOS 18.1")
	}
	return one(g, "Galaxy A54 5G", "Pixel 7a", "Redmi Note 12 Pro", "moto g54 5G", "Galaxy S23", "Nokia G42"), one(g, "Android 14", "Android 13", "Android 15")
}

func (g *rng) userAgent() string {
	if g.n(2) == 0 {
		return fmt.Sprintf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Safari/537.36 Edg/%d.0", g.in(118, 126), g.in(5000, 6500), g.in(10, 200), g.in(118, 126))
	}
	return fmt.Sprintf("Mozilla/5.0 (iPhone; CPU iPhone OS 17_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Mobile/15E148 Safari/604.1", g.n(6), g.n(6))
}

// fm returns f for a woman and m for a man.
func fm(p person, f, m string) string {
	if p.female {
		return f
	}
	return m
}

func (g *rng) phonePT() string {
	return one(g, "+351 910 000 ", "910 000 ", "+351 21 555 0", "21 555 0") + g.s(num, 3)
}
func (g *rng) phoneIT() string {
	return one(g, "+39 333 000 0", "333 000 0", "+39 02 5550 1", "02 5550 1") + g.s(num, 3)
}
func (g *rng) phoneAR() string {
	return one(g, "+54 9 11 5550-01", "11 5550-01", "+54 9 351 555-01") + g.s(num, 2)
}

func (g *rng) phoneNL() string {
	return one(g, "06 12345 ", "+31 6 12345 ", "0612345", "+31 20 555 0") + g.s(num, 3)
}
func (g *rng) phonePL() string {
	return one(g, "+48 500 000 ", "500 000 ", "+48 22 555 0", "500-000-") + g.s(num, 3)
}

// More national phone formats. Where no fiction range is known, runs of
// 0000 / 555 0 digits.

func (g *rng) phoneJP() string {
	return one(g, "090-0000-", "080-0000-", "03-0000-", "+81 90 0000 ", "06-0000-") + "0" + g.s(num, 3)
}
func (g *rng) phoneCZ() string {
	return one(g, "+420 600 000 ", "600 000 ", "+420 777 000 ", "777000") + g.s(num, 3)
}
func (g *rng) phoneID() string {
	return one(g, "+62 812-0000-0", "0812-0000-0", "+6281200000", "0813 0000 0") + g.s(num, 3)
}
func (g *rng) phoneSE() string {
	x := fmt.Sprintf("%02d", g.in(5, 99))
	return one(g, "070-174 06 ", "+46 70 174 06 ", "0701740 6") + x
}
func (g *rng) phoneTR() string {
	return one(g, "+90 532 000 0", "0532 000 0", "+90 (555) 000 0", "0 212 555 0") + g.s(num, 3)
}

// National formats of the ninth set, as runs of 000 / 555 0 digits.

func (g *rng) phoneFI() string {
	return one(g, "+358 40 000 0", "040 000 0", "+358 50 555 0", "050 5550 ") + g.s(num, 3)
}
func (g *rng) phoneGR() string {
	return one(g, "+30 694 000 0", "694 000 0", "+30 210 555 0", "6940000") + g.s(num, 3)
}
func (g *rng) phoneKR() string {
	return one(g, "010-0000-0", "+82 10-0000-0", "02-555-0", "01000000") + g.s(num, 3)
}
func (g *rng) phoneHU() string {
	return one(g, "+36 30 000 0", "06 30 000 0", "+36 1 555 0", "+36-20-000-0") + g.s(num, 3)
}
func (g *rng) phoneRO() string {
	return one(g, "+40 722 000 ", "0722 000 ", "+40 21 555 0", "0740000") + g.s(num, 3)
}
func (g *rng) phoneDK() string {
	return one(g, "+45 20 00 0", "20 00 0", "+45 3555 0", "2000 0") + g.s(num, 3)
}
func (g *rng) phoneHR() string {
	return one(g, "+385 91 000 0", "091 000 0", "+385 1 555 0", "0980000") + g.s(num, 3)
}
func (g *rng) phoneCA() string {
	return one(g, "+34 600 000 ", "600 000 ", "+34 93 555 0", "93 555 0") + g.s(num, 3)
}
