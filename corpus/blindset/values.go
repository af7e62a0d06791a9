package blindset

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

type gen struct{ r *rand.Rand }

func (g *gen) n(k int) int              { return g.r.IntN(k) }
func (g *gen) between(lo, hi int) int   { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) chance(p float64) bool    { return g.r.Float64() < p }
func (g *gen) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }
func (g *gen) one(xs []string) string   { return xs[g.r.IntN(len(xs))] }
func (g *gen) fl(lo, hi float64, dec int) float64 {
	v := lo + g.r.Float64()*(hi-lo)
	m := 1.0
	for range dec {
		m *= 10
	}
	return float64(int(v*m+0.5)) / m
}

func (g *gen) chars(set string, k int) string {
	var b strings.Builder
	for range k {
		b.WriteByte(set[g.r.IntN(len(set))])
	}
	return b.String()
}

const (
	digitSet = "0123456789"
	hexSet   = "0123456789abcdef"
	upperSet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
	alnumSet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b64Set   = alnumSet + "-_"
	bcSet    = alnumSet + "./"
)

func (g *gen) digits(k int) string { return g.chars(digitSet, k) }
func (g *gen) hex(k int) string    { return g.chars(hexSet, k) }
func (g *gen) upper(k int) string  { return g.chars(upperSet, k) }
func (g *gen) alnum(k int) string  { return g.chars(alnumSet, k) }

func (g *gen) uuid() string {
	h := g.hex(32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
}

// ts is an RFC 3339 timestamp in 2023-2025.
func (g *gen) ts() string {
	t := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(g.r.Int64N(3*365*24*3600)) * time.Second)
	return t.Format(time.RFC3339)
}

func (g *gen) day() string {
	t := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.n(900))
	return t.Format("2006-01-02")
}

func (g *gen) epoch() int { return 1672531200 + g.n(90_000_000) }

// ---- credentials ----

func (g *gen) bcrypt() string {
	return "$2b$" + g.pick("10", "12") + "$" + g.chars(bcSet, 53)
}
func (g *gen) argon() string {
	return "$argon2id$v=19$m=65536,t=3,p=4$" + g.chars(alnumSet+"+/", 22) + "$" + g.chars(alnumSet+"+/", 43)
}
func (g *gen) jwt() string {
	return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + g.chars(b64Set, 60) + "." + g.chars(b64Set, 43)
}
func (g *gen) apiToken() string {
	switch g.n(8) {
	case 0:
		return "ghp_" + g.alnum(36)
	case 1:
		return "sk_live_" + g.alnum(24)
	case 2:
		return "xoxb-" + g.digits(11) + "-" + g.digits(12) + "-" + g.alnum(24)
	case 3:
		return "glpat-" + g.chars(b64Set, 20)
	case 4:
		return "SG." + g.chars(b64Set, 22) + "." + g.chars(b64Set, 43)
	case 5:
		return "ya29.a0" + g.chars(b64Set, 60)
	case 6:
		return "Atza|IwEB" + g.chars(b64Set, 70)
	default:
		return g.hex(40)
	}
}
func (g *gen) refreshToken() string {
	if g.chance(0.5) {
		return "1//0" + g.chars(b64Set, 60)
	}
	return "Atzr|IwEB" + g.chars(b64Set, 80)
}
func (g *gen) awsKey() string    { return "AKIA" + g.upper(16) }
func (g *gen) awsSecret() string { return g.chars(alnumSet+"+/", 40) }
func (g *gen) psk() string {
	return g.pick("Zonnebloem", "gattoNero", "kiwi", "Pomelo", "Baklava", "Storch", "tortuga", "Sunny") +
		g.pick("!", "#", "_", "") + g.digits(g.between(2, 6))
}
func (g *gen) pemKey() string {
	return "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE" + g.chars(alnumSet+"+/", 56) + "\n" + g.chars(alnumSet+"+/", 48) + "==\n-----END EC PRIVATE KEY-----"
}

// ---- network ----

func (g *gen) privIP() string {
	switch g.n(3) {
	case 0:
		return fmt.Sprintf("192.168.%d.%d", g.pick2(0, 1, 178, 50), g.between(2, 250))
	case 1:
		return fmt.Sprintf("10.%d.%d.%d", g.n(40), g.n(255), g.between(2, 250))
	}
	return fmt.Sprintf("172.%d.%d.%d", g.between(16, 31), g.n(255), g.between(2, 250))
}
func (g *gen) pick2(xs ...int) int { return xs[g.n(len(xs))] }
func (g *gen) pubIP() string {
	switch g.n(4) {
	case 0:
		return fmt.Sprintf("192.0.2.%d", g.between(1, 254))
	case 1:
		return fmt.Sprintf("198.51.100.%d", g.between(1, 254))
	case 2:
		return fmt.Sprintf("203.0.113.%d", g.between(1, 254))
	}
	return fmt.Sprintf("2001:db8:%x:%x::%x", g.n(65535), g.n(65535), g.between(1, 65535))
}
func (g *gen) macAddr(sep string) string {
	h := strings.ToUpper(g.hex(12))
	if g.chance(0.4) {
		h = strings.ToLower(h)
	}
	parts := []string{h[0:2], h[2:4], h[4:6], h[6:8], h[8:10], h[10:12]}
	return strings.Join(parts, sep)
}
func (g *gen) ssid(owner string) string {
	return g.pick(owner+"-WiFi", "FRITZ!Box 7590 "+g.upper(2), "Vodafone-"+g.upper(4), "TP-Link_"+strings.ToUpper(g.hex(4)), "Casa "+owner, "Ziggo"+g.digits(5), "NETGEAR"+g.digits(2), "Orange-"+g.upper(4), "TurkTelekom_T"+g.upper(4))
}
func (g *gen) hostname() string {
	return g.pick("nas01", "fileserver", "printsrv-02", "pi-hole", "ctrl-door-1", "gw-core", "homeassistant", "srv-backup") + "." + g.pick("lan", "corp.example", "internal", "home.arpa", "office.test")
}

// ---- devices ----

func (g *gen) serial(prefix string) string { return prefix + g.upper(g.between(8, 12)) }
func (g *gen) imei() string                { return "35" + g.digits(13) }
func (g *gen) fw() string {
	return fmt.Sprintf("%d.%d.%d", g.between(1, 9), g.n(30), g.n(200))
}

// ipVersion is a software version shaped like an IPv4 address: a decoy.
func (g *gen) ipVersion() string {
	return fmt.Sprintf("%d.%d.%d.%d", g.between(1, 12), g.n(20), g.n(10), g.between(10, 250))
}
func (g *gen) phoneOS() string {
	return g.pick("iOS 17.4.1", "iOS 16.7", "Android 14", "Android 13", "iPadOS 17.2", "Android 12 (SDK 31)")
}
func (g *gen) userAgent() string {
	switch g.n(4) {
	case 0:
		return "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
	case 1:
		return "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36"
	case 2:
		return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
	}
	return "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"
}

// ---- people ----

type culture int

const (
	cEN culture = iota
	cIT
	cNL
	cDE
	cES
	cPL
	cFR
	cTR
	cWorld
)

var firstNames = map[culture][]string{
	cEN:    {"Olivia", "Harriet", "Callum", "Duncan", "Maisie", "Tobias", "Jolene", "Reggie", "Imogen", "Declan"},
	cIT:    {"Giulia", "Matteo", "Chiara", "Lorenzo", "Federica", "Tommaso", "Ilaria", "Salvatore", "Benedetta", "Niccolò"},
	cNL:    {"Sanne", "Joris", "Femke", "Bram", "Lieke", "Thijs", "Marloes", "Sjoerd", "Anouk", "Wouter"},
	cDE:    {"Jürgen", "Annika", "Lukas", "Friederike", "Malte", "Svenja", "Henrik", "Wiebke", "Dörte", "Kai"},
	cES:    {"Lucía", "Álvaro", "Inmaculada", "Iker", "Nerea", "Rodrigo", "Ainhoa", "Gonzalo", "Itziar", "Begoña"},
	cPL:    {"Łukasz", "Agnieszka", "Wojciech", "Małgorzata", "Krzysztof", "Zofia", "Grzegorz", "Jadwiga", "Bartosz", "Ewelina"},
	cFR:    {"Élodie", "Mathis", "Capucine", "Gaëtan", "Solène", "Bastien", "Maëlle", "Thibault", "Océane", "Loïc"},
	cTR:    {"Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak", "Şule", "Oğuz", "Gülşen", "Kerem"},
	cWorld: {"Oluwaseun", "Chidinma", "Haruto", "Yuna", "Ji-woo", "Priyanka", "Arjun", "Fatima", "Tariq", "Mei-Ling", "Thanh", "Aroha", "Wanjiru", "Kofi", "Nasrin", "Esperanza", "Dmitri", "Siobhán", "Ngozi", "Rangi"},
}

var lastNames = map[culture][]string{
	cEN:    {"Whitfield", "Ashworth", "Pemberton", "Okafor", "Blackwood", "Hargreaves", "Kowalczyk", "Fairbairn", "Lindqvist", "Thornton"},
	cIT:    {"Esposito", "Bianchi", "Colombo", "Ferraro", "Mancini", "Lombardi", "Galli", "De Luca", "Santoro", "Marchetti"},
	cNL:    {"de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Mulder", "de Jong", "van Dijk", "Janssen", "Hendriks"},
	cDE:    {"Müller", "Schäfer", "Hoffmann", "Krüger", "Böhm", "Vogel", "Lange", "Weißenborn", "Brandt", "Jäger"},
	cES:    {"García", "Fernández", "Etxeberria", "Ruiz", "Navarro", "Iglesias", "Castaño", "Domínguez", "Ortega", "Zubiri"},
	cPL:    {"Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański", "Dąbrowska", "Kozłowski", "Jankowska"},
	cFR:    {"Lefèvre", "Moreau", "Girard", "Dubois", "Fontaine", "Chevalier", "Rousseau", "Gauthier", "Mercier", "Lemaître"},
	cTR:    {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç"},
	cWorld: {"Adeyemi", "Nwosu", "Tanaka", "Sato", "Park", "Sharma", "Iyer", "Haddad", "Rahimi", "Chen", "Nguyen", "Ngata", "Kamau", "Mensah", "Hosseini", "Villanueva", "Volkov", "Ó Briain", "Eze", "Te Whare"},
}

type person struct {
	first, last, email, phone, user string
}

var asciiFold = strings.NewReplacer(
	"ł", "l", "Ł", "L", "ą", "a", "ę", "e", "ś", "s", "ż", "z", "ź", "z", "ć", "c", "ń", "n", "ó", "o",
	"ü", "u", "ö", "o", "ä", "a", "ß", "ss", "é", "e", "è", "e", "ë", "e", "ê", "e", "á", "a", "í", "i",
	"ú", "u", "ñ", "n", "ò", "o", "ç", "c", "ş", "s", "ğ", "g", "ı", "i", "Ş", "S", "Ç", "C", "Ö", "O",
	"Ü", "U", "Á", "A", "Å", "A", "É", "E", "ï", "i", "î", "i", "â", "a", " ", "", "-", "", "'", "",
)

func fold(s string) string { return strings.ToLower(asciiFold.Replace(s)) }

var mailDomains = []string{"example.com", "example.org", "example.net", "mail.example", "post.test", "inbox.example.it", "correo.example.es", "poczta.example.pl", "posteo.example.de", "example.fr"}

func (g *gen) person(c culture) person {
	if g.chance(0.2) {
		c = cWorld
	}
	f, l := g.one(firstNames[c]), g.one(lastNames[c])
	ff, lf := fold(f), fold(l)
	var email string
	switch g.n(4) {
	case 0:
		email = ff + "." + lf
	case 1:
		email = ff[:1] + lf + g.digits(2)
	case 2:
		email = lf + "_" + ff
	default:
		email = ff + g.digits(4)
	}
	email += "@" + g.one(mailDomains)
	user := g.pick(ff+"_"+lf[:min(3, len(lf))], ff+g.digits(3), "the"+lf, ff[:1]+"."+lf)
	return person{first: f, last: l, email: email, phone: g.phone(c), user: user}
}

func (g *gen) phone(c culture) string {
	switch c {
	case cIT:
		return g.pick("+39 347 ", "+39 333 ", "0039 320 ") + g.digits(7)
	case cNL:
		return g.pick("06-", "+31 6 ") + g.digits(8)
	case cDE:
		return g.pick("+49 30 ", "0151 ", "+49 170 ") + g.digits(8)
	case cES:
		return "+34 6" + g.digits(2) + " " + g.digits(3) + " " + g.digits(3)
	case cPL:
		return "+48 5" + g.digits(2) + " " + g.digits(3) + " " + g.digits(3)
	case cFR:
		return "06 " + g.digits(2) + " " + g.digits(2) + " " + g.digits(2) + " " + g.digits(2)
	case cTR:
		return "+90 5" + g.digits(2) + " " + g.digits(3) + " " + g.digits(2) + " " + g.digits(2)
	}
	switch g.n(4) {
	case 0:
		return "+1 415 555 01" + g.digits(2)
	case 1:
		return "(212) 555-01" + g.digits(2)
	case 2:
		return "07700 900" + g.digits(3)
	}
	return "+44 20 7946 0" + g.digits(3)
}

type address struct{ street, city, postcode, country string }

func (g *gen) address(c culture) address {
	n := g.between(1, 220)
	switch c {
	case cIT:
		return address{fmt.Sprintf("Via %s %d", g.pick("Garibaldi", "dei Mille", "Roma", "Cavour", "San Domenico"), n), g.pick("Bologna", "Lecce", "Bergamo", "Trieste"), g.digits(5), "IT"}
	case cNL:
		return address{fmt.Sprintf("%s %d", g.pick("Kerkstraat", "Molenweg", "Prinsengracht", "Dorpsstraat"), n), g.pick("Utrecht", "Zwolle", "Haarlem", "Leeuwarden"), fmt.Sprintf("%d %s", g.between(1000, 9999), g.chars("ABCDEFGHJKLMNPRSTVWXZ", 2)), "NL"}
	case cDE:
		return address{fmt.Sprintf("%s %d", g.pick("Hauptstraße", "Lindenallee", "Am Mühlbach", "Goethestr."), n), g.pick("Kassel", "Freiburg im Breisgau", "Rostock", "Bamberg"), g.digits(5), "DE"}
	case cES:
		return address{fmt.Sprintf("%s, %d", g.pick("Calle Mayor", "Avenida de la Constitución", "Carrer de Girona", "Plaza del Pilar"), n), g.pick("Zaragoza", "Bilbao", "Córdoba", "Valencia"), g.digits(5), "ES"}
	case cPL:
		return address{fmt.Sprintf("ul. %s %d", g.pick("Długa", "Piotrkowska", "Kwiatowa", "Mickiewicza"), n), g.pick("Łódź", "Gdańsk", "Poznań", "Wrocław"), g.digits(2) + "-" + g.digits(3), "PL"}
	case cFR:
		return address{fmt.Sprintf("%d %s", n, g.pick("rue des Lilas", "avenue Jean Jaurès", "chemin du Moulin", "boulevard Victor Hugo")), g.pick("Nantes", "Grenoble", "Rennes", "Dijon"), g.digits(5), "FR"}
	case cTR:
		return address{fmt.Sprintf("%s No: %d", g.pick("Atatürk Caddesi", "Bağdat Caddesi", "Gül Sokak", "Cumhuriyet Bulvarı"), n), g.pick("İzmir", "Bursa", "Eskişehir", "Antalya"), g.digits(5), "TR"}
	}
	return address{fmt.Sprintf("%d %s", n, g.pick("Maple Avenue", "Harbour Road", "Juniper Close", "Elm Street")), g.pick("Leeds", "Springfield", "Dunedin", "Halifax"), g.pick(fmt.Sprintf("LS%d %d%s", g.between(1, 29), g.n(10), g.chars("ABDEFGHJLNPQRSTUWXYZ", 2)), g.digits(5)), g.pick("GB", "US", "NZ", "CA")}
}
