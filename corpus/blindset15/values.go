package blindset15

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// rng draws every value of one document; it is seeded with (seed, i) only.
type rng struct{ *rand.Rand }

func newRng(seed int64, i int) *rng {
	return &rng{rand.New(rand.NewPCG(uint64(seed)^0x5eed15c3, uint64(i)*0x9e3779b97f4a7c15+0x15))}
}

// in returns an int in [lo, hi].
func (r *rng) in(lo, hi int) int { return lo + r.IntN(hi-lo+1) }

// pick returns one of xs.
func (r *rng) pick(xs ...string) string { return xs[r.IntN(len(xs))] }

// chance is true with probability p.
func (r *rng) chance(p float64) bool { return r.Float64() < p }

// f1 and f2 draw a float in [lo, hi] rounded to one or two decimals.
func (r *rng) f1(lo, hi float64) float64 {
	x := lo + r.Float64()*(hi-lo)
	return float64(int(x*10+0.5)) / 10
}

func (r *rng) f2(lo, hi float64) float64 {
	x := lo + r.Float64()*(hi-lo)
	return float64(int(x*100+0.5)) / 100
}

const (
	lowerHex = "0123456789abcdef"
	alnumSet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b64Set   = alnumSet + "-_"
	bcSet    = "./" + alnumSet
	upperSet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
)

func (r *rng) from(set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return string(b)
}

func (r *rng) digits(n int) string { return r.from("0123456789", n) }
func (r *rng) hexs(n int) string   { return r.from(lowerHex, n) }
func (r *rng) alnum(n int) string  { return r.from(alnumSet, n) }
func (r *rng) b64(n int) string    { return r.from(b64Set, n) }
func (r *rng) upper(n int) string  { return r.from(upperSet, n) }

func (r *rng) uuid() string {
	h := r.hexs(32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + r.pick("8", "9", "a", "b") + h[17:20] + "-" + h[20:]
}

func (r *rng) oid() string { return r.hexs(24) }

func (r *rng) bcrypt() string {
	return r.pick("$2b$", "$2y$", "$2a$") + r.pick("10", "11", "12") + "$" + r.from(bcSet, 53)
}

func (r *rng) argon() string {
	return "$argon2id$v=19$m=" + r.pick("65536", "19456", "47104") + ",t=" + r.pick("2", "3") + ",p=" + r.pick("1", "4") + "$" + r.from(alnumSet+"+/", 22) + "$" + r.from(alnumSet+"+/", 43)
}

func (r *rng) jwt() string {
	return "eyJhbGciOiJ" + r.pick("IUzI1NiIsInR5cCI6IkpXVCJ9", "SUzI1NiIsInR5cCI6IkpXVCJ9", "FUzI1NiIsImtpZCI6IjEifQ") + ".eyJ" + r.b64(r.in(60, 140)) + "." + r.b64(43)
}

func (r *rng) fcm() string { return r.alnum(11) + ":APA91b" + r.b64(134) }

func (r *rng) md5() string    { return r.hexs(32) }
func (r *rng) sha1() string   { return r.hexs(40) }
func (r *rng) sha256() string { return r.hexs(64) }

// mac draws a MAC address with sep (":" or "-"), upper or lower case.
func (r *rng) mac(sep string, up bool) string {
	parts := make([]string, 6)
	for i := range parts {
		parts[i] = r.hexs(2)
	}
	s := strings.Join(parts, sep)
	if up {
		s = strings.ToUpper(s)
	}
	return s
}

// lanPrefix returns the first three octets of a private /24.
func (r *rng) lanPrefix() string {
	switch r.IntN(3) {
	case 0:
		return fmt.Sprintf("192.168.%d", r.in(0, 254))
	case 1:
		return fmt.Sprintf("10.%d.%d", r.in(0, 254), r.in(0, 254))
	}
	return fmt.Sprintf("172.%d.%d", r.in(16, 31), r.in(0, 254))
}

func (r *rng) lanIP() string { return fmt.Sprintf("%s.%d", r.lanPrefix(), r.in(2, 250)) }

// wanIP is a documentation address.
func (r *rng) wanIP() string {
	return fmt.Sprintf("%s.%d", r.pick("192.0.2", "198.51.100", "203.0.113"), r.in(1, 254))
}

// ver is a dotted software version.
func (r *rng) ver() string { return fmt.Sprintf("%d.%d.%d", r.in(1, 9), r.in(0, 30), r.in(0, 40)) }

// ipVer is a four-part version that looks like an IPv4 address.
func (r *rng) ipVer() string {
	return fmt.Sprintf("%d.%d.%d.%d", r.in(1, 12), r.in(0, 40), r.in(0, 20), r.in(10, 250))
}

// when draws a time between two years.
func (r *rng) when(y0, y1 int) time.Time {
	a := time.Date(y0, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	b := time.Date(y1, 12, 31, 23, 59, 59, 0, time.UTC).Unix()
	return time.Unix(a+r.Int64N(b-a), 0).UTC()
}

func (r *rng) iso(y0, y1 int) string   { return r.when(y0, y1).Format(time.RFC3339) }
func (r *rng) isoMs(y0, y1 int) string { return r.when(y0, y1).Format("2006-01-02T15:04:05.000Z") }
func (r *rng) day(y0, y1 int) string   { return r.when(y0, y1).Format("2006-01-02") }
func (r *rng) epochMs(y0, y1 int) int64 {
	return r.when(y0, y1).UnixMilli() + int64(r.in(0, 999))
}

// mail builds an e-mail address at an example domain.
func (r *rng) mail(local string) string {
	local = strings.ToLower(local)
	return local + r.pick("", "", fmt.Sprint(r.in(1, 99)), "."+r.digits(2)) + "@" + r.pick("example.com", "example.org", "example.net")
}

// translit folds the accented letters of the name lists to ASCII.
var translit = strings.NewReplacer("ł", "l", "ą", "a", "ę", "e", "ó", "o", "ś", "s", "ź", "z", "ż", "z", "ć", "c", "ń", "n",
	"ã", "a", "á", "a", "à", "a", "â", "a", "ç", "c", "é", "e", "è", "e", "ê", "e", "í", "i", "ì", "i", "ñ", "n", "ô", "o", "ò", "o", "õ", "o", "ú", "u", "ù", "u", "ü", "u",
	"ä", "a", "ö", "o", "š", "s", "ž", "z", "č", "c", "ď", "d", "ľ", "l", "ĺ", "l", "ň", "n", "ŕ", "r", "ť", "t", "ý", "y", "đ", "dj", "ë", "e", "ï", "i", "û", "u")

// ascii keeps letters and digits of s, lower-cased (for e-mail locals).
func ascii(s string) string {
	var b strings.Builder
	for _, c := range translit.Replace(strings.ToLower(s)) {
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			b.WriteRune(c)
		}
	}
	if b.Len() == 0 {
		return "user"
	}
	return b.String()
}

// us555 is a fictional US number.
func (r *rng) us555() string { return fmt.Sprintf("(%d) 555-01%02d", r.in(201, 989), r.in(0, 99)) }

// phone models and OS versions of the users' phones.
var phoneModels = []string{"Samsung Galaxy A54", "Samsung Galaxy S23", "Pixel 7a", "Pixel 8", "iPhone 13", "iPhone 14 Pro", "iPhone 15",
	"Xiaomi Redmi Note 12", "Tecno Spark 10", "Infinix Hot 30", "Oppo A78", "Huawei nova 11", "Nokia G42", "Motorola moto g84",
	"Realme C55", "Vivo Y36", "OnePlus Nord CE 3", "Samsung Galaxy A14", "iPhone SE (3rd gen)", "Itel A70", "Honor X8a", "Fairphone 5"}

func (r *rng) phoneModel() string { return phoneModels[r.IntN(len(phoneModels))] }

func (r *rng) osVer() string {
	if r.chance(0.5) {
		return "Android " + r.pick("11", "12", "13", "14")
	}
	return "iOS " + r.pick("16.6.1", "17.1.2", "17.4", "17.5.1", "16.7.2")
}

// userAgent of a browser on a phone or a desktop.
func (r *rng) userAgent() string {
	switch r.IntN(3) {
	case 0:
		return fmt.Sprintf("Mozilla/5.0 (Linux; Android %d; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36", r.in(11, 14), r.pick("SM-A546B", "Pixel 7a", "23021RAAEG", "CPH2565", "TECNO KI7"), r.in(118, 126))
	case 1:
		return fmt.Sprintf("Mozilla/5.0 (iPhone; CPU iPhone OS 17_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Mobile/15E148 Safari/604.1", r.in(0, 5), r.in(0, 5))
	}
	return fmt.Sprintf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36", r.in(118, 126))
}

// icd is an ICD-10 code with its English text.
type icd struct{ code, text string }

var commonICD = []icd{
	{"E11.9", "Type 2 diabetes mellitus without complications"}, {"I10", "Essential (primary) hypertension"},
	{"J45.909", "Unspecified asthma, uncomplicated"}, {"D57.1", "Sickle-cell disease without crisis"},
	{"E03.9", "Hypothyroidism, unspecified"}, {"M54.5", "Low back pain"}, {"G40.909", "Epilepsy, unspecified"},
	{"I25.10", "Atherosclerotic heart disease"}, {"K21.9", "Gastro-oesophageal reflux disease"},
	{"N18.3", "Chronic kidney disease, stage 3"}, {"F41.1", "Generalized anxiety disorder"}, {"E66.9", "Obesity, unspecified"},
	{"M17.1", "Primary osteoarthritis of knee"}, {"D50.9", "Iron deficiency anaemia"}, {"E78.5", "Hyperlipidaemia"},
	{"I48.91", "Atrial fibrillation"}, {"J44.9", "Chronic obstructive pulmonary disease"}, {"O24.4", "Gestational diabetes"},
	{"L40.0", "Psoriasis vulgaris"}, {"G43.909", "Migraine"}, {"K58.9", "Irritable bowel syndrome"},
}

func (r *rng) icd() icd { return commonICD[r.IntN(len(commonICD))] }

// drugs with a strength, in English.
var drugs = []string{"Metformin 500 mg", "Amlodipine 5 mg", "Losartan 50 mg", "Salbutamol 100 mcg inhaler", "Levothyroxine 75 mcg",
	"Hydroxyurea 500 mg", "Folic acid 5 mg", "Atorvastatin 20 mg", "Omeprazole 20 mg", "Sertraline 50 mg", "Lamotrigine 100 mg",
	"Bisoprolol 2.5 mg", "Apixaban 5 mg", "Insulin glargine 18 IU", "Ferrous sulfate 200 mg", "Paracetamol 1 g", "Ibuprofen 400 mg",
	"Cetirizine 10 mg", "Enalapril 10 mg", "Prednisolone 5 mg", "Montelukast 10 mg", "Gliclazide 80 mg"}

func (r *rng) drug() string { return drugs[r.IntN(len(drugs))] }

var allergiesEn = []string{"penicillin", "peanuts", "latex", "sulfonamides", "shellfish", "aspirin", "bee stings", "eggs", "none known",
	"ibuprofen", "codeine", "tree nuts", "sesame", "lactose", "iodine contrast", "dust mites", "cat dander", "gluten", "kiwi", "soy"}

func (r *rng) allergy() string { return allergiesEn[r.IntN(len(allergiesEn))] }

var bloodGroups = []string{"A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"}

func (r *rng) blood() string { return bloodGroups[r.IntN(len(bloodGroups))] }

// US names, invented combinations.
var (
	usFirstF = []string{"Megan", "Tasha", "Brianna", "Kayla", "Dolores", "Renee", "Alicia", "Courtney", "Marisol", "Janelle", "Whitney", "Paige", "Lorena", "Heather", "Shanice", "Gretchen"}
	usFirstM = []string{"Travis", "Darnell", "Cody", "Marcus", "Wesley", "Hector", "Bradley", "Kyle", "Terrence", "Duane", "Garrett", "Luis", "Desmond", "Raymond", "Jared", "Trent"}
	usLast   = []string{"Kowalczyk", "Pruitt", "Okafor", "Brannigan", "Delacroix", "Fairbanks", "Huxley", "Lindqvist", "Marchetti", "Nakashima", "Oyelaran", "Pendergast", "Quintero", "Rutledge", "Szymanski", "Thibodeaux", "Vanderpool", "Whitcombe", "Yarbrough", "Zelinski"}
	usStreet = []string{"Maple Ridge Dr", "Old Mill Rd", "Harbor View Ln", "Cottonwood Ave", "Briar Creek Ct", "Sycamore St", "Quail Hollow Rd", "Lakeshore Blvd", "Foxglove Way", "Pine Terrace", "Willow Bend Dr", "Juniper Ct"}
	usCities = [][3]string{{"Springfield", "IL", "627"}, {"Fairview", "TN", "370"}, {"Riverton", "WY", "825"}, {"Madison", "WI", "537"}, {"Greenville", "SC", "296"}, {"Salem", "OR", "973"}, {"Franklin", "OH", "450"}, {"Clinton", "IA", "527"}, {"Georgetown", "TX", "786"}, {"Dover", "DE", "199"}}
)

func (r *rng) usFirst() string {
	if r.chance(0.5) {
		return r.pick(usFirstF...)
	}
	return r.pick(usFirstM...)
}

// usAddr returns street, city, state and ZIP of an invented US address.
func (r *rng) usAddr() (string, string, string, string) {
	c := usCities[r.IntN(len(usCities))]
	return fmt.Sprintf("%d %s", r.in(10, 9899), r.pick(usStreet...)), c[0], c[1], c[2] + r.digits(2)
}
