package testset

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// Every value here is synthetic: invented names, reserved example domains,
// fictional or random phone numbers, private and documentation IP ranges,
// random tokens that only borrow the public prefix of real token formats.

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

func between(r *rand.Rand, lo, hi int) int { return lo + r.IntN(hi-lo+1) }

func fbetween(r *rand.Rand, lo, hi float64) float64 { return lo + r.Float64()*(hi-lo) }

// num is a JSON number with a fixed number of decimals.
func num(f float64, decimals int) json.Number {
	return json.Number(strconv.FormatFloat(f, 'f', decimals, 64))
}

// fstr is the same number as a string ("numbers as strings").
func fstr(f float64, decimals int) string { return strconv.FormatFloat(f, 'f', decimals, 64) }

const (
	upperC  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	lowerC  = "abcdefghijklmnopqrstuvwxyz"
	digitC  = "0123456789"
	alnumC  = upperC + lowerC + digitC
	hexC    = "0123456789abcdef"
	b64C    = alnumC + "+/"
	b64urlC = alnumC + "-_"
	b32C    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	bcryptC = "./" + alnumC
)

func rs(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

func randBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return b
}

// ---- names and people -------------------------------------------------

var firstWorld = []string{
	"Amara", "Kwame", "Chidi", "Ngozi", "Aiko", "Haruto", "Yuki", "Min-jun", "Seo-yeon", "Wei",
	"Mei", "Xiaoling", "Arjun", "Priya", "Ananya", "Rohan", "Fatima", "Omar", "Layla", "Yusuf",
	"Zeynep", "Emre", "Sofia", "Mateo", "Valentina", "Santiago", "Camila", "Olga", "Dmitri", "Anastasia",
	"Siobhan", "Cillian", "Niamh", "Eilidh", "Moana", "Tane", "Aroha", "Kofi", "Abebe", "Tigist",
	"Linh", "Minh", "Thao", "Leilani", "Noa", "Yael", "Dawit", "Hana", "Rania", "Bilal",
	"Samira", "Nadia", "Lucía", "Jamal", "Keisha", "DeShawn", "Emily", "Grace", "Ethan", "Chloe",
	"Liam", "Aaliyah", "Tupac", "Inti", "Ayelen", "Bongani", "Thandiwe", "Sipho", "Farrukh", "Dilnoza",
	"Anh", "Kalani", "Ravi", "Meera", "Soren", "Heidi", "Jean-Luc", "Amélie", "Kaito", "Sakura",
}

var lastWorld = []string{
	"Okafor", "Mensah", "Adeyemi", "Tanaka", "Sato", "Kim", "Park", "Chen", "Wang", "Liang",
	"Sharma", "Patel", "Iyer", "Khan", "Haddad", "Yilmaz", "Demir", "García", "Rodríguez", "Fernández",
	"Ivanova", "Petrov", "O'Brien", "MacLeod", "Nguyen", "Tran", "Kahale", "Ngata", "Tesfaye", "Bekele",
	"Cohen", "Levi", "Müller", "Dubois", "Lefèvre", "Walker", "Hughes", "Murphy", "Novák", "Horváth",
	"Papadopoulos", "Kaya", "Abdullah", "Rahman", "Hossain", "Mwangi", "Otieno", "Dlamini", "Nkosi", "Quispe",
	"Mamani", "Yusupova", "Karimov", "Le", "Kealoha", "Reddy", "Menon", "Andersen", "Virtanen", "Kowalczyk",
}

type culture struct {
	first, last []string
	streets     []string
	cities      []string
	postcode    func(r *rand.Rand) string
	phone       func(r *rand.Rand) string
	domains     []string
}

var cultures = map[string]culture{
	"it": {
		first:   []string{"Giulia", "Lorenzo", "Chiara", "Matteo", "Francesca", "Alessandro", "Martina", "Davide", "Sara", "Giorgio", "Ilaria", "Paolo", "Federica", "Nicolò", "Beatrice"},
		last:    []string{"Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Fontana"},
		streets: []string{"Via Garibaldi", "Corso Italia", "Via Roma", "Viale dei Mille", "Via Cavour", "Piazza della Libertà", "Via dei Tigli"},
		cities:  []string{"Milano", "Torino", "Bologna", "Napoli", "Bari", "Verona", "Padova", "Lecce"},
		postcode: func(r *rand.Rand) string {
			return fmt.Sprintf("%05d", between(r, 10100, 98100))
		},
		phone: func(r *rand.Rand) string {
			if chance(r, 0.5) {
				return fmt.Sprintf("+39 3%02d %03d %04d", between(r, 20, 99), r.IntN(1000), r.IntN(10000))
			}
			return fmt.Sprintf("3%02d%07d", between(r, 20, 99), r.IntN(10000000))
		},
		domains: []string{"libero.example", "posta.example", "example.it.invalid", "example.com"},
	},
	"nl": {
		first:   []string{"Sanne", "Daan", "Femke", "Bram", "Lotte", "Jesse", "Noor", "Thijs", "Fleur", "Ruben", "Anouk", "Sem", "Iris", "Milan", "Youssef", "Fatma"},
		last:    []string{"de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "El Amrani", "Yıldız"},
		streets: []string{"Kerkstraat", "Prinsengracht", "Dorpsstraat", "Molenweg", "Stationsplein", "Lindelaan", "Wilhelminastraat"},
		cities:  []string{"Utrecht", "Zwolle", "Haarlem", "Groningen", "Eindhoven", "Leiden", "Tilburg", "Delft"},
		postcode: func(r *rand.Rand) string {
			return fmt.Sprintf("%04d %s", between(r, 1011, 9999), rs(r, "ABCDEGHJKLMNPRSTVWXZ", 2))
		},
		phone: func(r *rand.Rand) string {
			switch r.IntN(3) {
			case 0:
				return fmt.Sprintf("+31 6 %04d %04d", r.IntN(10000), r.IntN(10000))
			case 1:
				return fmt.Sprintf("06-%08d", r.IntN(100000000))
			}
			return fmt.Sprintf("+316%08d", r.IntN(100000000))
		},
		domains: []string{"ziggo.example", "kpn.example", "example.nl.invalid", "example.org"},
	},
	"pl": {
		first:   []string{"Tomasz", "Agnieszka", "Katarzyna", "Piotr", "Małgorzata", "Krzysztof", "Zofia", "Michał", "Joanna", "Paweł", "Aleksandra", "Łukasz", "Ewa", "Jakub"},
		last:    []string{"Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski"},
		streets: []string{"ul. Marszałkowska", "ul. Długa", "ul. Piotrkowska", "ul. Kwiatowa", "al. Jerozolimskie", "ul. Słoneczna", "ul. Ogrodowa"},
		cities:  []string{"Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Lublin", "Rzeszów"},
		postcode: func(r *rand.Rand) string {
			return fmt.Sprintf("%02d-%03d", between(r, 0, 99), r.IntN(1000))
		},
		phone: func(r *rand.Rand) string {
			if chance(r, 0.5) {
				return fmt.Sprintf("+48 %d%02d %03d %03d", pick(r, []int{5, 6, 7, 8}), r.IntN(100), r.IntN(1000), r.IntN(1000))
			}
			return fmt.Sprintf("%d%02d-%03d-%03d", pick(r, []int{5, 6, 7, 8}), r.IntN(100), r.IntN(1000), r.IntN(1000))
		},
		domains: []string{"poczta.example", "skrzynka.example", "example.pl.invalid", "example.net"},
	},
	"se": {
		first:   []string{"Astrid", "Björn", "Elin", "Oskar", "Maja", "Erik", "Saga", "Linnea", "Axel", "Ebba", "Hugo", "Alva", "Nils", "Amir", "Aisha"},
		last:    []string{"Johansson", "Lindqvist", "Andersson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Öberg", "Bergström", "Sjöberg", "Åkesson", "Hassan", "Lundgren"},
		streets: []string{"Storgatan", "Drottninggatan", "Kungsgatan", "Vasavägen", "Björkvägen", "Skolgatan", "Åsgatan"},
		cities:  []string{"Göteborg", "Malmö", "Uppsala", "Umeå", "Västerås", "Örebro", "Linköping", "Luleå"},
		postcode: func(r *rand.Rand) string {
			return fmt.Sprintf("%03d %02d", between(r, 100, 984), r.IntN(100))
		},
		phone: func(r *rand.Rand) string {
			// 070-174 06 05..99 is set aside for fiction by the Swedish regulator.
			n := between(r, 5, 99)
			switch r.IntN(3) {
			case 0:
				return fmt.Sprintf("070-174 06 %02d", n)
			case 1:
				return fmt.Sprintf("+46 70 174 06 %02d", n)
			}
			return fmt.Sprintf("+467017406%02d", n)
		},
		domains: []string{"post.example", "telia.example", "example.se.invalid", "example.com"},
	},
	"br": {
		first:   []string{"Thiago", "Beatriz", "João", "Luana", "Gabriel", "Mariana", "Rafael", "Larissa", "Felipe", "Juliana", "Caio", "Isabela", "Raimundo", "Francisca"},
		last:    []string{"Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Carvalho", "Ferreira", "Almeida", "Ribeiro", "Gomes", "Barbosa", "Araújo", "Nascimento"},
		streets: []string{"Rua das Flores", "Avenida Paulista", "Rua XV de Novembro", "Rua Augusta", "Avenida Brasil", "Travessa do Comércio"},
		cities:  []string{"São Paulo", "Recife", "Belo Horizonte", "Curitiba", "Salvador", "Fortaleza", "Manaus", "Porto Alegre"},
		postcode: func(r *rand.Rand) string {
			return fmt.Sprintf("%05d-%03d", between(r, 1000, 99999), r.IntN(1000))
		},
		phone: func(r *rand.Rand) string {
			if chance(r, 0.5) {
				return fmt.Sprintf("+55 %02d 9%04d-%04d", between(r, 11, 99), r.IntN(10000), r.IntN(10000))
			}
			return fmt.Sprintf("(%02d) 9%04d-%04d", between(r, 11, 99), r.IntN(10000), r.IntN(10000))
		},
		domains: []string{"uol.example", "correio.example", "example.br.invalid", "example.com"},
	},
	"world": {
		first:   firstWorld,
		last:    lastWorld,
		streets: []string{"Elm Road", "Harbour Street", "Maple Avenue", "Kingfisher Close", "Station Road", "Jacaranda Drive", "Willow Lane", "Orchard Way", "Mill Street"},
		cities:  []string{"Leeds", "Bristol", "Portland", "Austin", "Wellington", "Brisbane", "Cork", "Halifax", "Dunedin", "Sheffield"},
		postcode: func(r *rand.Rand) string {
			if chance(r, 0.5) {
				return fmt.Sprintf("%s%d %d%s", rs(r, "BELMS", 1)+rs(r, upperC, 1), between(r, 1, 20), r.IntN(10), rs(r, "ABDEFGHJLNPQRSTUWXYZ", 2))
			}
			return fmt.Sprintf("%05d", between(r, 10000, 99950))
		},
		phone: worldPhone,
		domains: []string{"example.com", "example.org", "example.net", "mail.example", "inbox.test",
			"fastpost.example", "homemail.invalid"},
	},
}

func worldPhone(r *rand.Rand) string {
	switch r.IntN(8) {
	case 0:
		return fmt.Sprintf("+1 (%s) 555-01%02d", pick(r, []string{"212", "415", "312", "206", "617", "503", "737"}), r.IntN(100))
	case 1:
		return fmt.Sprintf("%s-555-01%02d", pick(r, []string{"646", "510", "720", "404"}), r.IntN(100))
	case 2:
		return fmt.Sprintf("+44 7700 900%03d", r.IntN(1000))
	case 3:
		return fmt.Sprintf("07700 900%03d", r.IntN(1000))
	case 4:
		return fmt.Sprintf("+61 491 570 %03d", between(r, 6, 999))
	case 5:
		return fmt.Sprintf("+49 151 %08d", r.IntN(100000000))
	case 6:
		return fmt.Sprintf("+81 90-%04d-%04d", r.IntN(10000), r.IntN(10000))
	}
	return fmt.Sprintf("+234 803 %03d %04d", r.IntN(1000), r.IntN(10000))
}

var fold = strings.NewReplacer(
	"á", "a", "à", "a", "ã", "a", "â", "a", "ä", "a", "å", "a", "ą", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ę", "e", "í", "i", "ı", "i",
	"ó", "o", "ô", "o", "õ", "o", "ö", "o", "ø", "o", "ú", "u", "ü", "u",
	"ç", "c", "ć", "c", "ñ", "n", "ń", "n", "ł", "l", "ś", "s", "ź", "z", "ż", "z",
	"'", "", " ", "", "-", "",
)

func ascii(s string) string { return fold.Replace(strings.ToLower(s)) }

type person struct {
	first, last string
	email       string
	phone       string
	user        string
	c           culture
}

func (p person) full() string { return p.first + " " + p.last }

func newPerson(r *rand.Rand, cult string) person {
	c := cultures[cult]
	p := person{first: pick(r, c.first), last: pick(r, c.last), c: c}
	f, l := ascii(p.first), ascii(p.last)
	dom := pick(r, c.domains)
	switch r.IntN(5) {
	case 0:
		p.email = f + "." + l + "@" + dom
	case 1:
		p.email = f[:1] + l + strconv.Itoa(between(r, 60, 99)) + "@" + dom
	case 2:
		p.email = f + "_" + l[:min(len(l), 4)] + "@" + dom
	case 3:
		p.email = l + "." + f + strconv.Itoa(r.IntN(1000)) + "@" + dom
	default:
		p.email = f + strconv.Itoa(between(r, 1, 2024)) + "@" + dom
	}
	switch r.IntN(4) {
	case 0:
		p.user = f + "_" + l
	case 1:
		p.user = f[:1] + "." + l + strconv.Itoa(r.IntN(100))
	case 2:
		p.user = pick(r, []string{"night", "blue", "lucky", "quiet", "urban", "salty", "tiny"}) + pick(r, []string{"owl", "fox", "otter", "heron", "moth", "lynx"}) + strconv.Itoa(r.IntN(1000))
	default:
		p.user = f + strconv.Itoa(between(r, 70, 99))
	}
	p.phone = c.phone(r)
	return p
}

type address struct{ street, number, postcode, city string }

func newAddress(r *rand.Rand, cult string) address {
	c := cultures[cult]
	return address{
		street:   pick(r, c.streets),
		number:   strconv.Itoa(between(r, 1, 180)) + pick(r, []string{"", "", "", "a", "B", "/3"}),
		postcode: c.postcode(r),
		city:     pick(r, c.cities),
	}
}

// ---- time -----------------------------------------------------------------

var epoch0 = time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)

func when(r *rand.Rand) time.Time {
	return epoch0.Add(time.Duration(r.Int64N(int64(3 * 365 * 24 * time.Hour))))
}

func iso(r *rand.Rand) string    { return when(r).Format(time.RFC3339) }
func isoMs(r *rand.Rand) string  { return when(r).Format("2006-01-02T15:04:05.000Z07:00") }
func epochMs(r *rand.Rand) int64 { return when(r).UnixMilli() }
func epochS(r *rand.Rand) int64  { return when(r).Unix() }
func day(r *rand.Rand) string    { return when(r).Format("2006-01-02") }

func dob(r *rand.Rand) time.Time {
	return time.Date(between(r, 1950, 2005), time.Month(between(r, 1, 12)), between(r, 1, 28), 0, 0, 0, 0, time.UTC)
}

// ---- ids ---------------------------------------------------------------------

func uuid(r *rand.Rand) string {
	b := randBytes(r, 16)
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// pushID looks like a Firebase push id.
func pushID(r *rand.Rand) string {
	return "-N" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 1) + rs(r, b64urlC, 17)
}

func objectID(r *rand.Rand) string { return rs(r, hexC, 24) }

// ipVersion is a tool or server version shaped like an IPv4 address.
func ipVersion(r *rand.Rand) string {
	return fmt.Sprintf("%d.%d.%d.%d", pick(r, []int{10, 172, 192, 1, 2, 3}), r.IntN(20), r.IntN(10), r.IntN(300))
}

func semver(r *rand.Rand) string {
	return fmt.Sprintf("%d.%d.%d", between(r, 1, 9), r.IntN(30), r.IntN(20))
}

// ---- network ---------------------------------------------------------------

func privIP(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		return fmt.Sprintf("10.%d.%d.%d", r.IntN(256), r.IntN(256), between(r, 2, 254))
	case 1:
		return fmt.Sprintf("172.%d.%d.%d", between(r, 16, 31), r.IntN(256), between(r, 2, 254))
	}
	return fmt.Sprintf("192.168.%d.%d", pick(r, []int{0, 1, 2, 8, 10, 50, 68, 178}), between(r, 2, 254))
}

// pubIP is a documentation (TEST-NET) address standing in for a public one.
func pubIP(r *rand.Rand) string {
	return fmt.Sprintf("%s.%d", pick(r, []string{"192.0.2", "198.51.100", "203.0.113"}), between(r, 1, 254))
}

func ip6(r *rand.Rand) string {
	if chance(r, 0.5) {
		return fmt.Sprintf("2001:db8:%x:%x::%x", r.IntN(0x10000), r.IntN(0x10000), between(r, 1, 0xffff))
	}
	return fmt.Sprintf("fd%02x:%x:%x::%x", r.IntN(256), r.IntN(0x10000), r.IntN(0x10000), between(r, 1, 0xfff))
}

func macAddr(r *rand.Rand) string {
	b := randBytes(r, 6)
	b[0] &^= 1
	switch r.IntN(5) {
	case 0:
		return fmt.Sprintf("%02x:%02x:%02x:%02x:%02x:%02x", b[0], b[1], b[2], b[3], b[4], b[5])
	case 1:
		return fmt.Sprintf("%02X-%02X-%02X-%02X-%02X-%02X", b[0], b[1], b[2], b[3], b[4], b[5])
	case 2:
		return fmt.Sprintf("%02X%02X%02X%02X%02X%02X", b[0], b[1], b[2], b[3], b[4], b[5])
	case 3:
		return fmt.Sprintf("%02x%02x.%02x%02x.%02x%02x", b[0], b[1], b[2], b[3], b[4], b[5])
	}
	return fmt.Sprintf("%02X:%02X:%02X:%02X:%02X:%02X", b[0], b[1], b[2], b[3], b[4], b[5])
}

func ssid(r *rand.Rand, p person) string {
	switch r.IntN(6) {
	case 0:
		return p.last + " Family WiFi"
	case 1:
		return fmt.Sprintf("%s-%s", pick(r, []string{"NETGEAR", "TP-Link", "Vodafone", "FRITZ!Box 7590", "BTHub6", "Ziggo"}), strings.ToUpper(rs(r, hexC, 4)))
	case 2:
		return pick(r, []string{"Pretty Fly for a WiFi", "FBI Surveillance Van", "Bill Wi the Science Fi", "LAN Solo", "Casa", "Hotspot"}) + strconv.Itoa(r.IntN(10))
	case 3:
		return ascii(p.first) + "-home-5G"
	case 4:
		return "WLAN-" + rs(r, digitC, 6)
	}
	return pick(r, []string{"Apartment 4B", "Villa Sol", "Upstairs", "Shed"}) + " " + pick(r, []string{"2.4", "5G", "Mesh", "IoT"})
}

func passphrase(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		return pick(r, []string{"sunflower", "Marmalade", "tigerlily", "Kangaroo", "purplerain", "Bananas"}) + strconv.Itoa(between(r, 10, 2024)) + pick(r, []string{"!", "", "#", "?"})
	case 1:
		return rs(r, alnumC, between(r, 10, 16))
	case 2:
		return strings.Join([]string{pick(r, wordList), pick(r, wordList), pick(r, wordList)}, pick(r, []string{"-", "", "."}))
	}
	return rs(r, digitC, 8) + rs(r, upperC, 2)
}

var wordList = []string{"correct", "horse", "battery", "staple", "lantern", "copper", "velvet", "orbit", "meadow", "pickle", "harbor", "quartz"}

// ---- secrets -------------------------------------------------------------------

func akia(r *rand.Rand) string      { return "AKIA" + rs(r, upperC+"234567", 16) }
func awsSecret(r *rand.Rand) string { return rs(r, b64C, 40) }
func ghp(r *rand.Rand) string       { return "ghp_" + rs(r, alnumC, 36) }
func glpat(r *rand.Rand) string     { return "glpat-" + rs(r, b64urlC, 20) }
func skLive(r *rand.Rand) string    { return "sk_live_" + rs(r, alnumC, between(r, 24, 48)) }
func sendgrid(r *rand.Rand) string  { return "SG." + rs(r, b64urlC, 22) + "." + rs(r, b64urlC, 43) }
func ya29(r *rand.Rand) string      { return "ya29.a0" + rs(r, b64urlC, between(r, 120, 160)) }
func googleRefresh(r *rand.Rand) string {
	return "1//0" + rs(r, b64urlC, between(r, 60, 90))
}
func atza(r *rand.Rand) string { return "Atza|IwEBI" + rs(r, b64urlC, between(r, 180, 240)) }
func atzr(r *rand.Rand) string { return "Atzr|IwEBI" + rs(r, b64urlC, between(r, 180, 240)) }
func xoxb(r *rand.Rand) string {
	return fmt.Sprintf("xoxb-%d-%d-%s", between(r, 1e10, 9e10), between(r, 1e12, 9e12), rs(r, alnumC, 24))
}
func slackHook(r *rand.Rand) string {
	return fmt.Sprintf("https://hooks.slack.com/services/T0%s/B0%s/%s", rs(r, upperC+digitC, 8), rs(r, upperC+digitC, 8), rs(r, alnumC, 24))
}
func discordHook(r *rand.Rand) string {
	return fmt.Sprintf("https://discord.com/api/webhooks/%d/%s", between(r, 1e17, 9e17), rs(r, b64urlC, 68))
}
func bcryptHash(r *rand.Rand) string {
	return fmt.Sprintf("$2%s$%02d$%s", pick(r, []string{"b", "a", "y"}), pick(r, []int{10, 11, 12}), rs(r, bcryptC, 53))
}
func argon2(r *rand.Rand) string {
	return "$argon2id$v=19$m=65536,t=3,p=4$" + rs(r, b64C[:64], 22) + "$" + rs(r, b64C[:64], 43)
}
func hexN(r *rand.Rand, n int) string { return rs(r, hexC, n) }
func b64key(r *rand.Rand, n int) string {
	return base64.StdEncoding.EncodeToString(randBytes(r, n))
}
func totp(r *rand.Rand) string { return rs(r, b32C, pick(r, []int{16, 32})) }

func b64url(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func jwt(r *rand.Rand) string {
	h := b64url([]byte(pick(r, []string{`{"alg":"HS256","typ":"JWT"}`, `{"alg":"RS256","kid":"` + rs(r, hexC, 8) + `","typ":"JWT"}`, `{"typ":"JWT","alg":"ES256"}`})))
	exp := epochS(r)
	p := b64url(fmt.Appendf(nil, `{"sub":"%s","iat":%d,"exp":%d,"scope":"%s"}`, uuid(r), exp-3600, exp, pick(r, []string{"user", "read write", "device:control", "api"})))
	return h + "." + p + "." + rs(r, b64urlC, 43)
}

func opensshKey(r *rand.Rand) string {
	body := "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rs(r, b64C, 70*4)
	var sb strings.Builder
	sb.WriteString("-----BEGIN OPENSSH PRIVATE KEY-----\n")
	for i := 0; i < len(body); i += 70 {
		sb.WriteString(body[i:min(i+70, len(body))])
		sb.WriteByte('\n')
	}
	sb.WriteString("-----END OPENSSH PRIVATE KEY-----\n")
	return sb.String()
}

func pin(r *rand.Rand, n int) string { return rs(r, digitC, n) }

// ---- devices -----------------------------------------------------------------

var phones = []string{"Pixel 8", "Pixel 7a", "iPhone 15 Pro", "iPhone 13 mini", "Galaxy S23", "Galaxy A54 5G", "Xiaomi 13T", "OnePlus 12", "Fairphone 5", "Moto g84", "Redmi Note 12"}

var phoneOS = []string{"Android 14", "Android 13", "iOS 17.4.1", "iOS 16.7.5", "iPadOS 17.2", "Android 12 (MIUI 14)"}

func appVersion(r *rand.Rand) string {
	return fmt.Sprintf("%d.%d.%d", between(r, 1, 12), r.IntN(40), r.IntN(10))
}

func fwVersion(r *rand.Rand) string {
	switch r.IntN(5) {
	case 0:
		return fmt.Sprintf("%d.%d.%d.%d", between(r, 1, 4), r.IntN(40), r.IntN(20), r.IntN(100))
	case 1:
		return fmt.Sprintf("v%d.%d.%d", between(r, 1, 5), r.IntN(20), r.IntN(30))
	case 2:
		return fmt.Sprintf("%d.%d.%d Build %s Rel. %d", between(r, 1, 3), r.IntN(5), r.IntN(10), when(r).Format("20060102"), between(r, 10000, 99999))
	case 3:
		return fmt.Sprintf("%d.%d.%d-rc%d", between(r, 1, 9), r.IntN(20), r.IntN(30), between(r, 1, 4))
	}
	return fmt.Sprintf("%d.%02d", between(r, 1, 6), r.IntN(100))
}

func serial(r *rand.Rand, prefix string) string {
	return prefix + rs(r, upperC+digitC, between(r, 8, 12))
}

// imei returns a 15-digit IMEI with a valid Luhn check digit.
func imei(r *rand.Rand) string {
	d := pick(r, []string{"35", "86", "01", "99"}) + rs(r, digitC, 12)
	sum := 0
	for i := 0; i < 14; i++ {
		n := int(d[i] - '0')
		if i%2 == 1 {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
	}
	return d + strconv.Itoa((10-sum%10)%10)
}

func photoURL(r *rand.Rand) string {
	return pick(r, []string{
		"https://cdn.example.com/avatars/" + hexN(r, 16) + ".jpg",
		"https://lh3.googleusercontent.example/a/" + rs(r, b64urlC, 28) + "=s96-c",
		"https://media.example.net/u/" + strconv.Itoa(between(r, 1e5, 9e6)) + "/profile_" + rs(r, alnumC, 6) + ".png",
	})
}
