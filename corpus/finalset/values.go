package finalset

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// All values below are invented. Domains are example.com/.org/.net or under
// the reserved .example and .test TLDs; IP addresses are private,
// documentation (RFC 5737, RFC 3849) or CGNAT ranges; phone numbers use
// fiction ranges where a country has one and are made up elsewhere.

func pick[T any](r *rand.Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

func between(r *rand.Rand, lo, hi int) int { return lo + r.IntN(hi-lo+1) }

func fbetween(r *rand.Rand, lo, hi float64) float64 { return lo + r.Float64()*(hi-lo) }

const (
	digits  = "0123456789"
	hexLow  = "0123456789abcdef"
	hexUp   = "0123456789ABCDEF"
	upAlnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
	alnum   = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b64u    = alnum + "-_"
	b64s    = alnum + "+/"
	bcr     = "./" + alnum
	base32  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	lowAl   = "abcdefghijklmnopqrstuvwxyz0123456789"
)

func rs(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

// ---- people ----

type culture struct {
	cc            string
	female, male  []string
	last          []string
	familyFirst   bool
	phoneCC, lang string
}

var cultures = map[string]culture{
	"pt": {cc: "PT", female: []string{"Ana", "Beatriz", "Inês", "Mariana", "Carolina", "Leonor", "Marta", "Rita"}, male: []string{"João", "Tiago", "Rui", "Duarte", "Afonso", "Gonçalo", "Nuno", "Vasco"}, last: []string{"Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Gonçalves", "Carvalho", "Magalhães"}},
	"br": {cc: "BR", female: []string{"Larissa", "Thaís", "Juliana", "Bruna", "Camila"}, male: []string{"Thiago", "Rafael", "Lucas", "Gabriel", "Matheus"}, last: []string{"Almeida", "Barbosa", "Cavalcanti", "Moraes", "Ribeiro", "Teixeira"}},
	"es": {cc: "ES", female: []string{"Lucía", "Carmen", "Paula", "Elena", "Alba", "Nerea", "Ainhoa", "Rocío"}, male: []string{"Javier", "Alejandro", "Pablo", "Diego", "Sergio", "Iker", "Álvaro", "Jordi"}, last: []string{"García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Ruiz", "Etxeberria", "Puig", "Muñoz"}},
	"de": {cc: "DE", female: []string{"Lena", "Hannah", "Katrin", "Sabine", "Mia", "Jana", "Ursula", "Greta"}, male: []string{"Lukas", "Jonas", "Felix", "Matthias", "Tobias", "Jürgen", "Dieter", "Malte"}, last: []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Krüger", "Schäfer", "Köhler", "Vogt", "Ziegler"}},
	"fr": {cc: "FR", female: []string{"Camille", "Manon", "Chloé", "Léa", "Élodie", "Inès", "Margaux", "Océane"}, male: []string{"Julien", "Mathieu", "Théo", "Hugo", "Nicolas", "Benoît", "Loïc", "Yannick"}, last: []string{"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Mercier", "Le Goff", "Garnier"}},
	"ja": {cc: "JP", female: []string{"Yui", "Haruka", "Aoi", "Sakura", "Misaki", "Rin", "Yuna", "Hina"}, male: []string{"Haruto", "Sota", "Ren", "Daiki", "Kenta", "Takumi", "Yuto", "Shun"}, last: []string{"Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Kato", "Matsumoto"}, familyFirst: true},
	"ko": {cc: "KR", female: []string{"Ji-woo", "Seo-yeon", "Min-ji", "Ha-eun", "Soo-ah", "Ye-jin", "Da-eun"}, male: []string{"Min-jun", "Seo-jun", "Do-yoon", "Ji-ho", "Hyun-woo", "Jae-won", "Tae-yang"}, last: []string{"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"}, familyFirst: true},
	"ng": {cc: "NG", female: []string{"Chiamaka", "Adaeze", "Funmilayo", "Ngozi", "Temitope", "Ifeoma"}, male: []string{"Chinedu", "Oluwaseun", "Emeka", "Babatunde", "Ifeanyi", "Tunde"}, last: []string{"Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo", "Adebayo", "Olawale"}},
	"in": {cc: "IN", female: []string{"Priya", "Ananya", "Kavya", "Lakshmi", "Sneha", "Divya"}, male: []string{"Arjun", "Rohan", "Vikram", "Aditya", "Karthik", "Siddharth"}, last: []string{"Sharma", "Iyer", "Reddy", "Nair", "Patel", "Gupta", "Menon", "Banerjee", "Krishnan"}},
	"zh": {cc: "CN", female: []string{"Xiaoling", "Mei", "Yan", "Jing", "Xinyi", "Ruoxi"}, male: []string{"Wei", "Hao", "Jun", "Zhiwei", "Yuchen", "Haoran"}, last: []string{"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhou", "Wu"}, familyFirst: true},
	"ar": {cc: "AE", female: []string{"Fatima", "Layla", "Mariam", "Noor", "Yasmin", "Huda"}, male: []string{"Omar", "Youssef", "Karim", "Tariq", "Hamza", "Bilal"}, last: []string{"Haddad", "El-Amin", "Khoury", "Mansour", "Saleh", "Nasser", "Farouk", "Al-Rashid"}},
	"tr": {cc: "TR", female: []string{"Elif", "Zeynep", "Ayşe", "Defne", "Büşra"}, male: []string{"Emre", "Mehmet", "Burak", "Can", "Oğuz"}, last: []string{"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"}},
	"pl": {cc: "PL", female: []string{"Zofia", "Agnieszka", "Katarzyna", "Magdalena", "Małgorzata"}, male: []string{"Piotr", "Tomasz", "Krzysztof", "Paweł", "Łukasz"}, last: []string{"Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński"}},
	"vi": {cc: "VN", female: []string{"Linh", "Thảo", "Ngọc", "Hoa", "Trang"}, male: []string{"Minh", "Đức", "Quang", "Tuấn", "Khánh"}, last: []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"}, familyFirst: true},
	"ke": {cc: "KE", female: []string{"Wanjiru", "Achieng", "Njeri", "Amani", "Wairimu"}, male: []string{"Kamau", "Otieno", "Baraka", "Mwangi", "Kiprono"}, last: []string{"Odhiambo", "Kiptoo", "Wafula", "Mutua", "Chebet", "Njoroge"}},
	"no": {cc: "NO", female: []string{"Ingrid", "Astrid", "Freja", "Sigrid", "Solveig"}, male: []string{"Lars", "Erik", "Magnus", "Henrik", "Øystein"}, last: []string{"Johansson", "Andersen", "Nilsen", "Lindqvist", "Halvorsen", "Bjørnstad"}},
	"en": {cc: "GB", female: []string{"Emily", "Olivia", "Siobhan", "Grace", "Megan", "Chloe", "Aoife"}, male: []string{"James", "Liam", "Connor", "Daniel", "Ethan", "Callum", "Oisín"}, last: []string{"Smith", "O'Brien", "Walsh", "Taylor", "Brown", "Murphy", "Clarke", "Hughes", "McAllister"}},
	"us": {cc: "US", female: []string{"Ashley", "Jessica", "Madison", "Brianna", "Keisha", "Rosa"}, male: []string{"Tyler", "Jordan", "Marcus", "Brandon", "DeShawn", "Luis"}, last: []string{"Johnson", "Williams", "Davis", "Rodriguez", "Washington", "Kowalczyk", "Thompson", "Hernandez"}},
	"gr": {cc: "GR", female: []string{"Eleni", "Katerina", "Despina"}, male: []string{"Giorgos", "Nikos", "Stavros"}, last: []string{"Papadopoulos", "Georgiou", "Nikolaidis", "Vlachos"}},
}

var cultureKeys = []string{"pt", "br", "es", "de", "fr", "ja", "ko", "ng", "in", "zh", "ar", "tr", "pl", "vi", "ke", "no", "en", "us", "gr"}

type person struct {
	first, last string
	sex         byte // 'F' or 'M'
	cult        string
}

// personOf draws a person, mostly from the given cultures (if any).
func personOf(r *rand.Rand, prefer ...string) person {
	k := pick(r, cultureKeys...)
	if len(prefer) > 0 && chance(r, 0.7) {
		k = pick(r, prefer...)
	}
	c := cultures[k]
	p := person{cult: k, last: pick(r, c.last...)}
	if chance(r, 0.5) {
		p.sex, p.first = 'F', pick(r, c.female...)
	} else {
		p.sex, p.first = 'M', pick(r, c.male...)
	}
	if k == "es" && chance(r, 0.6) {
		p.last += " " + pick(r, c.last...)
	}
	if k == "pt" && chance(r, 0.5) {
		p.last = pick(r, c.last...) + " " + p.last
	}
	return p
}

func (p person) full() string {
	if cultures[p.cult].familyFirst {
		return p.last + " " + p.first
	}
	return p.first + " " + p.last
}

// western is "First Last" whatever the culture.
func (p person) western() string { return p.first + " " + p.last }

var foldMap = map[rune]string{
	'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'Ä': "ae", 'Ö': "oe", 'Ü': "ue", 'ø': "o", 'Ø': "o", 'æ': "ae",
	'á': "a", 'à': "a", 'â': "a", 'ã': "a", 'ą': "a", 'ạ': "a", 'ả': "a", 'ấ': "a", 'ằ': "a", 'ầ': "a", 'ậ': "a", 'Á': "a", 'Ă': "a",
	'é': "e", 'è': "e", 'ê': "e", 'ę': "e", 'ễ': "e", 'É': "e",
	'í': "i", 'ï': "i", 'ı': "i", 'Í': "i",
	'ó': "o", 'ô': "o", 'õ': "o", 'ọ': "o", 'ố': "o", 'Ó': "o", 'Ô': "o",
	'ú': "u", 'ũ': "u", 'ứ': "u", 'Ú': "u", 'ụ': "u",
	'ç': "c", 'ć': "c", 'Ç': "c", 'ñ': "n", 'ń': "n", 'Ñ': "n", 'ł': "l", 'Ł': "l", 'ś': "s", 'ş': "s", 'Ş': "s",
	'ż': "z", 'ź': "z", 'ğ': "g", 'đ': "d", 'Đ': "d",
}

// slug folds s to lower-case ASCII letters and digits.
func slug(s string) string {
	var b strings.Builder
	for _, c := range s {
		if f, ok := foldMap[c]; ok {
			b.WriteString(f)
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

var mailDomains = []string{"example.com", "example.org", "example.net", "mail.example", "correo.example", "webpost.example", "inbox.test", "posteo.test", "kmail.example", "outpost.example"}

func email(r *rand.Rand, p person) string {
	f, l := slug(p.first), slug(p.last)
	var local string
	switch r.IntN(6) {
	case 0:
		local = f + "." + l
	case 1:
		local = f[:1] + l
	case 2:
		local = f + l + fmt.Sprint(between(r, 1, 99))
	case 3:
		local = l + "." + f
	case 4:
		local = f + "_" + l[:min(4, len(l))] + fmt.Sprint(between(r, 70, 2005))
	default:
		local = f + "+" + pick(r, "shop", "news", "promo", "home")
	}
	return local + "@" + pick(r, mailDomains...)
}

func workEmail(p person, domain string) string {
	return slug(p.first) + "." + slug(p.last) + "@" + domain
}

func username(r *rand.Rand, p person) string {
	f, l := slug(p.first), slug(p.last)
	switch r.IntN(5) {
	case 0:
		return f + "." + l
	case 1:
		return f[:1] + l
	case 2:
		return f + "_" + fmt.Sprint(between(r, 10, 99))
	case 3:
		return pick(r, "the", "real", "its", "") + f + l[:min(3, len(l))] + fmt.Sprint(between(r, 1, 999))
	default:
		return l + f[:1] + fmt.Sprint(between(r, 1, 9))
	}
}

// ---- phones ----

func phone(r *rand.Rand, cc string) string {
	d := func(n int) string { return rs(r, digits, n) }
	switch cc {
	case "US":
		n := fmt.Sprintf("01%02d", r.IntN(100))
		area := pick(r, "212", "415", "312", "617", "503", "702")
		return pick(r, "+1 ("+area+") 555-"+n, area+"-555-"+n, "+1 "+area+" 555 "+n, "("+area+") 555-"+n)
	case "GB":
		n := d(3)
		return pick(r, "+44 7700 900"+n, "07700 900"+n, "+447700900"+n, "0113 496 0"+d(3))
	case "DE":
		return pick(r, "+49 30 23125"+d(3), "030 23125 "+d(3), "+49 (0)69 90009"+d(3), "0152 "+d(8), "+49 171 "+d(7))
	case "FR":
		return pick(r, "+33 6 39 98 "+d(2)+" "+d(2), "06 39 98 "+d(2)+" "+d(2), "01 99 00 "+d(2)+" "+d(2), "+33639 98"+d(4))
	case "ES":
		return pick(r, "+34 6"+d(2)+" "+d(3)+" "+d(3), "6"+d(8), "+34 91 "+d(3)+" "+d(2)+" "+d(2))
	case "PT":
		return pick(r, "+351 91"+d(1)+" "+d(3)+" "+d(3), "9"+pick(r, "1", "3", "6")+d(7), "+351 21 "+d(3)+" "+d(4))
	case "BR":
		return pick(r, "+55 11 9"+d(4)+"-"+d(4), "(21) 9"+d(4)+"-"+d(4))
	case "JP":
		return pick(r, "090-"+d(4)+"-"+d(4), "+81 80 "+d(4)+" "+d(4), "03-"+d(4)+"-"+d(4))
	case "KR":
		return pick(r, "010-"+d(4)+"-"+d(4), "+82 10-"+d(4)+"-"+d(4), "02-"+d(3)+"-"+d(4))
	case "NG":
		return pick(r, "+234 803 "+d(3)+" "+d(4), "0805"+d(7))
	case "IN":
		return pick(r, "+91 98"+d(3)+" "+d(5), "+91-"+d(10))
	case "KE":
		return pick(r, "+254 7"+d(2)+" "+d(3)+" "+d(3), "07"+d(8))
	case "AU":
		return pick(r, "+61 491 570 "+d(3), "0491 570 "+d(3))
	default:
		return "+" + pick(r, "30", "47", "48", "90", "971", "86", "84") + " " + d(3) + " " + d(3) + " " + d(3)
	}
}

func phoneOf(r *rand.Rand, p person) string { return phone(r, cultures[p.cult].cc) }

// ---- addresses ----

type address struct {
	street, postcode, city, region, cc string
}

func addressIn(r *rand.Rand, cc string) address {
	d := func(n int) string { return rs(r, digits, n) }
	no := fmt.Sprint(between(r, 1, 240))
	switch cc {
	case "DE":
		return address{pick(r, "Hauptstraße", "Lindenweg", "Bahnhofstr.", "Am Markt", "Schillerstraße", "Kastanienallee", "Zur Mühle") + " " + no, d(5), pick(r, "Berlin", "Köln", "Leipzig", "Hamburg", "München", "Bremen", "Kassel"), "", "DE"}
	case "PT":
		return address{pick(r, "Rua das Flores", "Avenida da Liberdade", "Travessa do Carmo", "Rua de Santa Catarina", "Largo do Rato", "Rua Direita") + ", " + no + pick(r, "", " 2.º Esq", " 1.º Dto", " R/C"), fmt.Sprintf("%d-%s", between(r, 1000, 9900), d(3)), pick(r, "Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Setúbal", "Aveiro"), "", "PT"}
	case "ES":
		return address{pick(r, "Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo de Gracia", "Carrer de Balmes", "Calle Real") + " " + no + pick(r, "", ", 3º B", ", 1º izda"), pick(r, "28", "08", "41", "46", "48") + d(3), pick(r, "Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao", "Zaragoza"), pick(r, "Madrid", "Barcelona", "Sevilla", "Valencia", "Bizkaia"), "ES"}
	case "FR":
		return address{no + pick(r, " rue de la République", " avenue Jean Jaurès", " boulevard Voltaire", " impasse des Lilas", " rue Pasteur", " chemin des Vignes"), pick(r, "75", "69", "44", "31", "59", "13") + d(3), pick(r, "Paris", "Lyon", "Nantes", "Toulouse", "Lille", "Marseille"), "", "FR"}
	case "GB":
		return address{no + pick(r, " High Street", " Church Lane", " Victoria Road", " Station Road", " Mill Close"), pick(r, "M4", "LS6", "BS8", "EH3", "CF10", "NE1") + " " + d(1) + rs(r, "ABDEFGHJLNPQRSTUWXYZ", 2), pick(r, "Manchester", "Leeds", "Bristol", "Edinburgh", "Cardiff", "Newcastle"), "", "GB"}
	case "JP":
		return address{pick(r, "Shibuya-ku Jingumae", "Setagaya-ku Sangenjaya", "Kita-ku Umeda", "Naka-ku Sakae", "Chuo-ku Ginza") + " " + fmt.Sprintf("%d-%d-%d", between(r, 1, 6), between(r, 1, 30), between(r, 1, 20)), d(3) + "-" + d(4), pick(r, "Tokyo-to", "Osaka-shi", "Nagoya-shi", "Fukuoka-shi"), "", "JP"}
	case "KR":
		return address{pick(r, "Gangnam-gu Teheran-ro", "Mapo-gu World Cup buk-ro", "Jung-gu Sejong-daero", "Haeundae-gu Centum jungang-ro") + " " + no, d(5), pick(r, "Seoul", "Busan", "Incheon", "Daegu"), "", "KR"}
	default:
		return address{no + " " + pick(r, "Maple Ave", "Oak Street", "W 3rd St", "Cedar Ln", "Harbor Blvd") + pick(r, "", " Apt 4B", " Unit 12"), d(5), pick(r, "Springfield", "Riverton", "Fairview", "Lakewood", "Milford"), pick(r, "IL", "OR", "TX", "NY", "WA"), "US"}
	}
}

func addressOf(r *rand.Rand, p person) address {
	cc := cultures[p.cult].cc
	switch cc {
	case "DE", "PT", "ES", "FR", "GB", "JP", "KR", "US":
		return addressIn(r, cc)
	}
	return addressIn(r, pick(r, "DE", "PT", "ES", "FR", "GB", "US"))
}

// ---- time ----

var epoch = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)

func when(r *rand.Rand) time.Time {
	return epoch.Add(time.Duration(r.Int64N(int64(800 * 24 * time.Hour))))
}

func iso(t time.Time) string     { return t.Format("2006-01-02T15:04:05Z") }
func isoMs(t time.Time) string   { return t.Format("2006-01-02T15:04:05.000Z") }
func sqlTime(t time.Time) string { return t.Format("2006-01-02 15:04:05") }
func day(t time.Time) string     { return t.Format("2006-01-02") }

func birth(r *rand.Rand) time.Time {
	return time.Date(between(r, 1938, 2006), time.Month(between(r, 1, 12)), between(r, 1, 28), 0, 0, 0, 0, time.UTC)
}

// ---- ids and tokens ----

func uuid(r *rand.Rand) string {
	h := rs(r, hexLow, 32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + pick(r, "8", "9", "a", "b") + h[17:20] + "-" + h[20:]
}

func luhn(d string) string {
	sum := 0
	dbl := true
	for i := len(d) - 1; i >= 0; i-- {
		x := int(d[i] - '0')
		if dbl {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
		dbl = !dbl
	}
	return d + fmt.Sprint((10-sum%10)%10)
}

func imei(r *rand.Rand) string { return luhn(pick(r, "35", "86", "01") + rs(r, digits, 12)) }
func iccid(r *rand.Rand) string {
	return luhn("89" + pick(r, "351", "49", "34", "44", "33") + rs(r, digits, 14))
}
func card(r *rand.Rand) string { return luhn(pick(r, "4", "51", "55", "37") + rs(r, digits, 14)) }

func serial(r *rand.Rand, prefix string, n int) string { return prefix + rs(r, upAlnum, n) }

func mac(r *rand.Rand) string {
	b := make([]string, 6)
	for i := range b {
		b[i] = rs(r, hexUp, 2)
	}
	switch r.IntN(5) {
	case 0:
		return strings.ToLower(strings.Join(b, ":"))
	case 1:
		return strings.Join(b, "-")
	case 2:
		s := strings.ToLower(strings.Join(b, ""))
		return s[:4] + "." + s[4:8] + "." + s[8:]
	case 3:
		return strings.Join(b, "")
	default:
		return strings.Join(b, ":")
	}
}

func macColon(r *rand.Rand) string {
	b := make([]string, 6)
	for i := range b {
		b[i] = rs(r, hexUp, 2)
	}
	return strings.Join(b, ":")
}

func privIP(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0, 1:
		return fmt.Sprintf("192.168.%d.%d", pick(r, 0, 1, 2, 8, 10, 178, 50), between(r, 2, 250))
	case 2:
		return fmt.Sprintf("10.%d.%d.%d", r.IntN(256), r.IntN(256), between(r, 2, 250))
	default:
		return fmt.Sprintf("172.%d.%d.%d", between(r, 16, 31), r.IntN(256), between(r, 2, 250))
	}
}

func lanPrefix(r *rand.Rand) string {
	return pick(r, "192.168.0", "192.168.1", "192.168.2", "192.168.178", "10.0.0", "10.10.1", "192.168.50")
}

func pubIP(r *rand.Rand) string {
	return fmt.Sprintf("%s.%d", pick(r, "203.0.113", "198.51.100", "192.0.2"), between(r, 1, 254))
}

func cgnat(r *rand.Rand) string {
	return fmt.Sprintf("100.%d.%d.%d", between(r, 64, 127), r.IntN(256), between(r, 1, 254))
}

func ip6(r *rand.Rand) string {
	return fmt.Sprintf("2001:db8:%x:%x::%x", r.IntN(0xffff), r.IntN(0xffff), between(r, 1, 0xfff))
}

func ssid(r *rand.Rand) string {
	switch r.IntN(9) {
	case 0:
		return "FRITZ!Box " + pick(r, "7590", "7530 AX", "6660 Cable") + " " + rs(r, "ABCDEFGHKLMNPRSTUVWXYZ", 2)
	case 1:
		return pick(r, "MEO-", "NOS-", "Vodafone-", "Livebox-", "SFR_", "Orange-", "MOVISTAR_", "BT-", "SKY") + rs(r, hexUp, 4)
	case 2:
		return "TP-Link_" + rs(r, hexUp, 4) + pick(r, "", "_5G")
	case 3:
		return pick(r, "HomeNet", "CasaNet", "Heimnetz", "LaMaison", "OurPlace", "Wohnung") + pick(r, "", "-5G", "_EXT", " 2.4")
	case 4:
		return pick(r, "Pretty Fly for a WiFi", "FBI Surveillance Van", "Bill Wi the Science Fi", "LAN Solo", "Abschlussball")
	case 5:
		return "NETGEAR" + rs(r, digits, 2) + pick(r, "", "-5G")
	case 6:
		return pick(r, "ASUS_", "Linksys", "Tenda_", "ZyXEL") + rs(r, hexUp, 4)
	case 7:
		return pick(r, "CORP-", "ACME-", "OFFICE-", "Praxis-", "Loja-") + pick(r, "STAFF", "IOT", "GUEST", "WLAN", "Intern")
	default:
		return pick(r, "DIRECT-", "Starlink-", "MagentaWLAN-", "Sunrise_") + rs(r, upAlnum, 4)
	}
}

var words = []string{"sonne", "tiger", "blue", "castle", "lua", "mar", "fuego", "neige", "sakura", "river", "pinheiro", "koala", "orbit", "maple", "falcon", "gato", "kiwi", "stern"}

func passphrase(r *rand.Rand) string {
	switch r.IntN(5) {
	case 0:
		return pick(r, words...) + pick(r, "-", "_", "#", ".") + pick(r, words...) + fmt.Sprint(between(r, 1, 2024))
	case 1:
		return rs(r, alnum, between(r, 12, 20))
	case 2:
		return strings.ToUpper(pick(r, words...)[:1]) + pick(r, words...)[1:] + pick(r, "!", "?", "$", "%") + fmt.Sprint(between(r, 10, 99)) + pick(r, words...)
	case 3:
		return rs(r, digits, 16)
	default:
		return rs(r, hexLow, 10) + rs(r, upAlnum, 4)
	}
}

func password(r *rand.Rand) string {
	switch r.IntN(6) {
	case 0:
		return pick(r, "Winter", "Sommer", "Verano", "Primavera", "Autumn", "Spring") + fmt.Sprint(between(r, 2019, 2025)) + pick(r, "!", "#", "", "?")
	case 1:
		return pick(r, "qwerty", "asdf", "iloveyou", "dragon", "monkey", "letmein", "azerty", "passwort") + fmt.Sprint(between(r, 1, 9999))
	case 2:
		return pick(r, "Benfica", "Barca", "Bayern", "Arsenal", "Galatasaray", "Porto") + pick(r, "#", "_", "@") + fmt.Sprint(between(r, 1900, 2024))
	case 3:
		return rs(r, alnum+"!@#$%^&*", between(r, 14, 24))
	case 4:
		return pick(r, words...) + pick(r, "-", ".") + pick(r, words...) + pick(r, "-", ".") + pick(r, words...)
	default:
		return strings.ToUpper(pick(r, words...)[:1]) + pick(r, words...)[1:] + fmt.Sprint(between(r, 1, 99)) + pick(r, "!", "$", "")
	}
}

func bcrypt(r *rand.Rand) string {
	return "$2" + pick(r, "b", "a", "y") + "$" + pick(r, "10", "11", "12") + "$" + rs(r, bcr, 53)
}
func argon2(r *rand.Rand) string {
	return "$argon2id$v=19$m=" + pick(r, "65536", "19456", "47104") + ",t=" + pick(r, "2", "3") + ",p=" + pick(r, "1", "4") + "$" + rs(r, b64s[:62], 22) + "$" + rs(r, b64s[:62], 43)
}
func pbkdf2(r *rand.Rand) string {
	return "pbkdf2_sha256$" + pick(r, "600000", "260000", "870000") + "$" + rs(r, alnum, 22) + "$" + rs(r, b64s, 43) + "="
}
func md5hex(r *rand.Rand) string    { return rs(r, hexLow, 32) }
func sha1hex(r *rand.Rand) string   { return rs(r, hexLow, 40) }
func sha256hex(r *rand.Rand) string { return rs(r, hexLow, 64) }
func ssha(r *rand.Rand) string      { return "{SSHA}" + rs(r, b64s, 32) }

func b64json(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func jwt(r *rand.Rand, sub string) string {
	t := when(r).Unix()
	h := pick(r, `{"alg":"HS256","typ":"JWT"}`, `{"alg":"RS256","typ":"JWT","kid":"`+rs(r, hexLow, 8)+`"}`, `{"typ":"JWT","alg":"ES256"}`)
	p := fmt.Sprintf(`{"sub":"%s","iat":%d,"exp":%d,"scope":"%s"}`, sub, t, t+int64(pick(r, 3600, 86400, 900)), pick(r, "read write", "device:control", "openid profile", "app"))
	return b64json(h) + "." + b64json(p) + "." + rs(r, b64u, 43)
}

func awsKeyID(r *rand.Rand) string {
	return pick(r, "AKIA", "ASIA") + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
}
func awsSecret(r *rand.Rand) string { return rs(r, b64s, 40) }
func googleKey(r *rand.Rand) string { return "AIza" + rs(r, b64u, 35) }
func ya29(r *rand.Rand) string      { return "ya29.a0" + rs(r, b64u, between(r, 100, 160)) }
func gRefresh(r *rand.Rand) string  { return "1//0" + rs(r, b64u, between(r, 60, 90)) }
func atza(r *rand.Rand) string      { return "Atza|IwEB" + rs(r, b64u, between(r, 180, 260)) }
func atzr(r *rand.Rand) string      { return "Atzr|IwEB" + rs(r, b64u, between(r, 180, 260)) }
func ghp(r *rand.Rand) string       { return pick(r, "ghp_", "gho_", "github_pat_11") + rs(r, alnum, 36) }
func slackBot(r *rand.Rand) string {
	return pick(r, "xoxb-", "xoxp-") + rs(r, digits, 11) + "-" + rs(r, digits, 13) + "-" + rs(r, alnum, 24)
}
func stripeKey(r *rand.Rand) string {
	return pick(r, "sk_live_", "rk_live_") + rs(r, alnum, 24+r.IntN(60))
}
func whsec(r *rand.Rand) string    { return "whsec_" + rs(r, alnum, 32) }
func glpat(r *rand.Rand) string    { return "glpat-" + rs(r, b64u, 20) }
func sendgrid(r *rand.Rand) string { return "SG." + rs(r, b64u, 22) + "." + rs(r, b64u, 43) }
func npmTok(r *rand.Rand) string   { return "npm_" + rs(r, alnum, 36) }
func opaque(r *rand.Rand, n int) string {
	return rs(r, alnum, n)
}
func totpSeed(r *rand.Rand) string { return rs(r, base32, pick(r, 16, 32)) }
func fcmToken(r *rand.Rand) string {
	return rs(r, b64u, 22) + ":APA91b" + rs(r, b64u, 134)
}

func pem(r *rand.Rand) string {
	kind := pick(r, "OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY")
	var b strings.Builder
	b.WriteString("-----BEGIN " + kind + "-----\n")
	if kind == "OPENSSH PRIVATE KEY" {
		b.WriteString("b3BlbnNzaC1rZXktdjEAAAAA" + rs(r, b64s, 46) + "\n")
	}
	for i := 0; i < between(r, 3, 6); i++ {
		b.WriteString(rs(r, b64s, 64) + "\n")
	}
	b.WriteString(rs(r, b64s, between(r, 8, 60)) + "=\n")
	b.WriteString("-----END " + kind + "-----")
	return b.String()
}

// ---- look-alike decoys ----

// dottedVersion is a four-part version shaped like an IPv4 address.
func dottedVersion(r *rand.Rand) string {
	return fmt.Sprintf("%d.%d.%d.%d", between(r, 1, 12), r.IntN(20), r.IntN(10), between(r, 1, 250))
}

func semver(r *rand.Rand) string {
	return fmt.Sprintf("%d.%d.%d", between(r, 1, 9), r.IntN(30), r.IntN(40))
}

func price(r *rand.Rand, lo, hi int) string {
	return fmt.Sprintf("%d.%02d", between(r, lo, hi), pick(r, 0, 0, 50, 90, 95, 99, r.IntN(100)))
}

func ticket(r *rand.Rand, prefix string) string { return prefix + rs(r, digits, between(r, 5, 8)) }

func sku(r *rand.Rand) string {
	return rs(r, "ABCDEFGHKLMNPRSTVWXZ", 2) + "-" + rs(r, upAlnum, 3) + "-" + pick(r, "EU", "UK", "US", "JP", "INT") + "-" + pick(r, "WHT", "BLK", "GRY", "01", "02")
}

func ua(r *rand.Rand) (s string) {
	switch r.IntN(4) {
	case 0:
		return fmt.Sprintf("Mozilla/5.0 (iPhone; CPU iPhone OS %d_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%d.%d Mobile/15E148 Safari/604.1", between(r, 15, 17), r.IntN(6), between(r, 15, 17), r.IntN(6))
	case 1:
		return fmt.Sprintf("Mozilla/5.0 (Linux; Android %d; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Mobile Safari/537.36", between(r, 11, 14), pick(r, "SM-S911B", "Pixel 7a", "moto g54 5G", "2201117TG", "CPH2487"), between(r, 110, 124), between(r, 5000, 6300), between(r, 40, 200))
	case 2:
		return fmt.Sprintf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.%d.%d", between(r, 110, 124), between(r, 110, 124), between(r, 1500, 2400), between(r, 30, 90))
	default:
		return fmt.Sprintf("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%d.%d Safari/605.1.15", between(r, 15, 17), r.IntN(5))
	}
}

func phoneOS(r *rand.Rand) string {
	return pick(r, fmt.Sprintf("iOS %d.%d.%d", between(r, 15, 17), r.IntN(7), r.IntN(3)), fmt.Sprintf("Android %d", between(r, 10, 14)), fmt.Sprintf("iPadOS %d.%d", between(r, 16, 17), r.IntN(5)), fmt.Sprintf("Android %d (One UI %d.%d)", between(r, 12, 14), between(r, 4, 6), r.IntN(2)))
}

func phoneModel(r *rand.Rand) string {
	return pick(r, "iPhone 13 mini", "iPhone15,3", "Pixel 8", "Pixel 6a", "SM-A546B", "Galaxy S23", "Redmi Note 12", "moto g84", "Nothing Phone (2)", "Xperia 10 V", "iPad (9th generation)", "OnePlus 11")
}
