package holdout

import (
	"fmt"
	"strings"
	"unicode"
)

// A culture supplies names, phone formats and addresses of one region. All
// numbers are in fictional or reserved ranges where the region has them.
type culture struct {
	code   string
	first  []string
	last   []string
	native [][2]string // optional first/last in native script
	phone  func(g *gen) string
	addr   func(g *gen) address
	mail   []string
}

type address struct {
	street, number, extra, district, city, postcode, region, country string
}

type person struct {
	female            bool
	first, last, full string
	email, user       string
	af, al            string // ASCII folds of the Latin first and last name
	phone             string
	c                 *culture
}

var mailCommon = []string{"example.com", "example.org", "example.net", "mailbox.example", "inbox.test", "post.example"}

var (
	cUS = &culture{code: "US",
		first: []string{"James", "Olivia", "DeShawn", "Emily", "Tyler", "Madison", "Carlos", "Hannah", "Marcus", "Brittany", "Kevin", "Aaliyah", "Cody", "Jessica"},
		last:  []string{"Johnson", "Miller", "Washington", "O'Brien", "Nguyen", "Patel", "Rodriguez", "Kowalski", "Thompson", "Jackson", "Baker", "Reyes"},
		phone: func(g *gen) string {
			a := g.one("415", "212", "312", "646", "503", "737", "919", "206")
			x := g.n(100, 199)
			switch g.r.IntN(5) {
			case 0:
				return fmt.Sprintf("(%s) 555-0%d", a, x)
			case 1:
				return fmt.Sprintf("+1 %s 555 0%d", a, x)
			case 2:
				return fmt.Sprintf("+1%s5550%d", a, x)
			case 3:
				return fmt.Sprintf("%s.555.0%d", a, x)
			default:
				return fmt.Sprintf("%s-555-0%d", a, x)
			}
		},
		addr: func(g *gen) address {
			c := pick(g, [][3]string{{"Portland", "OR", "972"}, {"Austin", "TX", "787"}, {"Columbus", "OH", "432"}, {"Raleigh", "NC", "276"}, {"Tacoma", "WA", "984"}, {"Albany", "NY", "122"}, {"Fresno", "CA", "937"}})
			return address{street: g.one("Maple", "Oak", "Cedar", "Lincoln", "Sunset", "Park", "Willow", "Lakeview") + " " + g.one("St", "Ave", "Blvd", "Dr", "Lane", "Court"),
				number: fmt.Sprint(g.n(1, 9999)), extra: g.one("", "", "Apt "+fmt.Sprint(g.n(1, 40)), "Unit "+g.chars(1, "ABCD"), "Suite "+fmt.Sprint(g.n(100, 400))),
				city: c[0], region: c[1], postcode: c[2] + g.digits(2), country: "US"}
		},
		mail: []string{"example.com", "mail.example", "inbox.test"}}
	cGB = &culture{code: "GB",
		first: []string{"Oliver", "Amelia", "Harry", "Isla", "Alfie", "Poppy", "Rhys", "Siobhan", "Callum", "Niamh"},
		last:  []string{"Smith", "Jones", "Davies", "Evans", "Fitzgerald", "MacLeod", "Ahmed", "Clarke", "Wright", "Hughes"},
		phone: func(g *gen) string {
			if g.p(0.5) {
				return fmt.Sprintf("+44 20 7946 0%03d", g.n(0, 999))
			}
			return fmt.Sprintf("07700 900%03d", g.n(0, 999))
		},
		addr: func(g *gen) address {
			c := pick(g, [][2]string{{"Leeds", "LS"}, {"Bristol", "BS"}, {"Glasgow", "G"}, {"Cardiff", "CF"}, {"Norwich", "NR"}})
			return address{street: g.one("High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Queens Road"), number: fmt.Sprint(g.n(1, 220)),
				extra: g.one("", "", "Flat "+fmt.Sprint(g.n(1, 12))), city: c[0], postcode: fmt.Sprintf("%s%d %d%s", c[1], g.n(1, 20), g.n(1, 9), g.chars(2, "ABDEFGHJLNPQRSTUWXYZ")), country: "GB"}
		},
		mail: []string{"example.co.uk", "post.example"}}
	cDE = &culture{code: "DE",
		first: []string{"Lukas", "Anna", "Jürgen", "Sabine", "Maximilian", "Lea", "Björn", "Hannelore", "Dieter", "Mia", "Uwe", "Käthe"},
		last:  []string{"Müller", "Schmidt", "Schneider", "Weiß", "Bauer", "Krüger", "Hoffmann", "Yılmaz", "Schäfer", "Wagner", "Groß", "Köhler"},
		phone: func(g *gen) string {
			switch g.r.IntN(3) {
			case 0:
				return fmt.Sprintf("+49 30 23125 %03d", g.n(0, 999))
			case 1:
				return fmt.Sprintf("0152 %d%d", g.n(100, 999), g.n(1000, 9999))
			default:
				return fmt.Sprintf("+49 (0)89 555 %04d", g.n(0, 9999))
			}
		},
		addr: func(g *gen) address {
			c := pick(g, [][2]string{{"Berlin", "10"}, {"München", "80"}, {"Köln", "50"}, {"Leipzig", "04"}, {"Düsseldorf", "40"}, {"Nürnberg", "90"}, {"Lübeck", "23"}})
			return address{street: g.one("Hauptstraße", "Gartenweg", "Schillerstr.", "Lindenallee", "Bahnhofstraße", "Am Mühlbach", "Goethestraße"), number: fmt.Sprint(g.n(1, 140)) + g.one("", "", "a", "b"),
				city: c[0], postcode: c[1] + g.digits(3)[:3], country: "DE"}
		},
		mail: []string{"beispiel.example", "web.example", "posteo.test"}}
	cFR = &culture{code: "FR",
		first: []string{"Chloé", "Théo", "Inès", "Mathéo", "Léa", "Hélène", "François", "Amélie", "Jérôme", "Zoé", "Noël", "Gaëlle"},
		last:  []string{"Martin", "Lefèvre", "Dubois", "Moreau", "Girard", "Benali", "Rousseau", "Lemaître", "Fabre", "Ngoma", "Chevalier"},
		phone: func(g *gen) string {
			if g.p(0.5) {
				return fmt.Sprintf("01 99 00 %02d %02d", g.n(0, 99), g.n(0, 99))
			}
			return fmt.Sprintf("+33 6 39 98 %02d %02d", g.n(0, 99), g.n(0, 99))
		},
		addr: func(g *gen) address {
			c := pick(g, [][2]string{{"Lyon", "6900"}, {"Marseille", "1300"}, {"Nantes", "4400"}, {"Besançon", "2500"}, {"Orléans", "4500"}, {"Saint-Étienne", "4200"}})
			return address{street: g.one("rue de la République", "avenue Jean-Jaurès", "boulevard Voltaire", "rue des Écoles", "impasse du Moulin", "place de l'Église"), number: fmt.Sprint(g.n(1, 120)) + g.one("", "", " bis", " ter"),
				extra: g.one("", "", "Bât. B", "Appt "+fmt.Sprint(g.n(1, 60))), city: c[0], postcode: c[1] + fmt.Sprint(g.n(1, 9)), country: "FR"}
		},
		mail: []string{"courriel.example", "exemple.test"}}
	cES = &culture{code: "ES",
		first: []string{"Sofía", "Alejandro", "Lucía", "Martín", "María José", "Íñigo", "Begoña", "Nuria", "Joaquín", "Ainhoa", "Ramón"},
		last:  []string{"García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Muñoz", "Álvarez", "Ibáñez", "Etxeberria"},
		phone: func(g *gen) string {
			if g.p(0.5) {
				return fmt.Sprintf("+34 600 %03d %03d", g.n(0, 999), g.n(0, 999))
			}
			return fmt.Sprintf("91 %03d %02d %02d", g.n(100, 999), g.n(0, 99), g.n(0, 99))
		},
		addr: func(g *gen) address {
			c := pick(g, [][3]string{{"Madrid", "28", "Madrid"}, {"Sevilla", "41", "Sevilla"}, {"Bilbao", "48", "Bizkaia"}, {"Zaragoza", "50", "Zaragoza"}, {"València", "46", "Valencia"}, {"A Coruña", "15", "A Coruña"}})
			return address{street: g.one("Calle Mayor", "Avenida de la Constitución", "Calle del Olmo", "Paseo de Gràcia", "Calle Alcalá", "Plaza de España"), number: fmt.Sprint(g.n(1, 200)),
				extra: g.one("", fmt.Sprintf("%dº %s", g.n(1, 9), g.one("A", "B", "izq.", "dcha."))), city: c[0], postcode: c[1] + g.digits(3)[:3], region: c[2], country: "ES"}
		},
		mail: []string{"correo.example", "ejemplo.test"}}
	cBR = &culture{code: "BR",
		first: []string{"João", "Ana Clara", "Luís", "Maria Eduarda", "Thiago", "Bruna", "Gonçalo", "Letícia", "Vinícius", "Conceição", "Caio"},
		last:  []string{"Silva", "Santos", "Oliveira", "Souza", "Araújo", "Conceição", "Gonçalves", "Ribeiro", "Assunção", "Magalhães", "Nascimento"},
		phone: func(g *gen) string {
			d := g.one("11", "21", "31", "51", "71", "85")
			if g.p(0.5) {
				return fmt.Sprintf("(%s) 95555-%04d", d, g.n(0, 9999))
			}
			return fmt.Sprintf("+55 %s 5555-%04d", d, g.n(0, 9999))
		},
		addr: func(g *gen) address {
			c := pick(g, [][3]string{{"São Paulo", "SP", "01"}, {"Rio de Janeiro", "RJ", "20"}, {"Belo Horizonte", "MG", "30"}, {"Porto Alegre", "RS", "90"}, {"Salvador", "BA", "40"}, {"Fortaleza", "CE", "60"}})
			return address{street: g.one("Rua das Acácias", "Avenida Paulista", "Rua São João", "Travessa do Comércio", "Rua Barão de Itapetininga", "Avenida Atlântica"), number: fmt.Sprint(g.n(1, 3000)),
				extra: g.one("", "apto "+fmt.Sprint(g.n(11, 1204)), "casa 2", "bloco B"), district: g.one("Centro", "Jardim América", "Vila Mariana", "Botafogo", "Savassi", "Pituba"),
				city: c[0], region: c[1], postcode: fmt.Sprintf("%s%03d-%03d", c[2], g.n(0, 999), g.n(0, 999)), country: "BR"}
		},
		mail: []string{"exemplo.example", "correio.test"}}
	cIN = &culture{code: "IN",
		first: []string{"Priya", "Arjun", "Ananya", "Rohan", "Lakshmi", "Vikram", "Sneha", "Karthik"},
		last:  []string{"Sharma", "Iyer", "Reddy", "Banerjee", "Gupta", "Nair", "Chatterjee", "Singh"},
		phone: func(g *gen) string { return fmt.Sprintf("+91 98%03d %05d", g.n(0, 999), g.n(0, 99999)) }}
	cCN = &culture{code: "CN",
		first:  []string{"Wei", "Fang", "Jing", "Hao", "Xiaoming", "Li Na"},
		last:   []string{"Wang", "Li", "Zhang", "Chen", "Liu", "Huang"},
		native: [][2]string{{"伟", "王"}, {"芳", "李"}, {"静", "张"}, {"浩", "陈"}, {"晓明", "刘"}},
		phone:  func(g *gen) string { return fmt.Sprintf("+86 138 %04d %04d", g.n(0, 9999), g.n(0, 9999)) }}
	cJP = &culture{code: "JP",
		first:  []string{"Yuki", "Haruto", "Sakura", "Ren", "Aoi", "Kenji"},
		last:   []string{"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Yamamoto"},
		native: [][2]string{{"由紀", "佐藤"}, {"陽翔", "鈴木"}, {"さくら", "高橋"}, {"健二", "田中"}},
		phone:  func(g *gen) string { return fmt.Sprintf("090-%04d-%04d", g.n(0, 9999), g.n(0, 9999)) }}
	cKR = &culture{code: "KR",
		first:  []string{"Minji", "Seojun", "Jiwoo", "Hyun-woo", "Yuna"},
		last:   []string{"Kim", "Lee", "Park", "Choi", "Jung"},
		native: [][2]string{{"민지", "김"}, {"서준", "이"}, {"지우", "박"}},
		phone:  func(g *gen) string { return fmt.Sprintf("010-5555-%04d", g.n(0, 9999)) }}
	cNG = &culture{code: "NG",
		first: []string{"Chinedu", "Ngozi", "Oluwaseun", "Tunde", "Adaeze", "Emeka", "Folasade", "Ibrahim"},
		last:  []string{"Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo", "Abubakar"},
		phone: func(g *gen) string { return fmt.Sprintf("+234 803 555 %04d", g.n(0, 9999)) }}
	cAR = &culture{code: "MA",
		first:  []string{"Youssef", "Fatima Zahra", "Omar", "Khadija", "Amine", "Layla", "Hamza"},
		last:   []string{"El Amrani", "Benjelloun", "Haddad", "Al-Sayed", "Mansour", "Chraibi"},
		native: [][2]string{{"يوسف", "العمراني"}, {"فاطمة", "بنجلون"}, {"عمر", "حداد"}},
		phone:  func(g *gen) string { return fmt.Sprintf("+212 6%02d-555%03d", g.n(0, 99), g.n(0, 999)) }}
	cRU = &culture{code: "RU",
		first:  []string{"Olga", "Dmitri", "Natalia", "Sergei", "Anastasia", "Igor"},
		last:   []string{"Ivanova", "Petrov", "Smirnova", "Volkov", "Kuznetsova", "Sokolov"},
		native: [][2]string{{"Ольга", "Иванова"}, {"Дмитрий", "Петров"}, {"Наталья", "Смирнова"}},
		phone:  func(g *gen) string { return fmt.Sprintf("+7 916 555-%02d-%02d", g.n(0, 99), g.n(0, 99)) }}
	cVN = &culture{code: "VN",
		first: []string{"Linh", "Minh", "Thảo", "Quang", "Huyền", "Dũng"},
		last:  []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ"},
		phone: func(g *gen) string { return fmt.Sprintf("+84 90 555 %04d", g.n(0, 9999)) }}
	cTR = &culture{code: "TR",
		first: []string{"Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Gökçe"},
		last:  []string{"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"},
		phone: func(g *gen) string { return fmt.Sprintf("+90 532 555 %02d %02d", g.n(0, 99), g.n(0, 99)) }}
	cPL = &culture{code: "PL",
		first: []string{"Zofia", "Jakub", "Małgorzata", "Piotr", "Agnieszka", "Wojciech"},
		last:  []string{"Nowak", "Kowalczyk", "Wiśniewska", "Wójcik", "Lewandowski", "Zieliński"},
		phone: func(g *gen) string { return fmt.Sprintf("+48 555 %03d %03d", g.n(0, 999), g.n(0, 999)) }}
	cKE = &culture{code: "KE",
		first: []string{"Wanjiru", "Otieno", "Akinyi", "Kipchoge", "Njeri", "Baraka"},
		last:  []string{"Mwangi", "Odhiambo", "Kamau", "Wafula", "Chebet", "Mutua"},
		phone: func(g *gen) string { return fmt.Sprintf("+254 712 555 %03d", g.n(0, 999)) }}
	cMX = &culture{code: "MX",
		first: []string{"Guadalupe", "José Luis", "Ximena", "Itzel", "Jesús", "Citlali"},
		last:  []string{"Hernández", "Ramírez", "Cruz", "Flores", "Xolalpa", "Vázquez"},
		phone: func(g *gen) string { return fmt.Sprintf("+52 55 5555 %04d", g.n(0, 9999)) }}
)

var cultures = []*culture{cUS, cGB, cDE, cFR, cES, cBR, cIN, cCN, cJP, cKR, cNG, cAR, cRU, cVN, cTR, cPL, cKE, cMX}

// withAddr are the cultures that have an address generator.
var withAddr = []*culture{cUS, cUS, cGB, cDE, cFR, cES, cBR}

var fold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "ae", "ã", "a", "å", "a", "Á", "a", "Ä", "ae",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "É", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ı", "i", "Í", "i", "İ", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "oe", "õ", "o", "ø", "o", "Ö", "oe", "Ó", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "ue", "Ü", "ue", "ũ", "u",
	"ç", "c", "ñ", "n", "ß", "ss", "ł", "l", "ś", "s", "ş", "s", "Ş", "s", "ğ", "g", "ń", "n", "ż", "z", "ź", "z", "ć", "c", "ę", "e", "ą", "a",
	"ễ", "e", "ầ", "a", "ạ", "a", "ả", "a", "ũ", "u", "ả", "a", "ọ", "o", "đ", "d", "Đ", "d", "ũ", "u", "ậ", "a", "ư", "u", "ơ", "o", "ề", "e",
)

func ascii(s string) string {
	s = fold.Replace(strings.ToLower(s))
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (g *gen) person(c *culture) person {
	if c == nil {
		c = pick(g, cultures)
	}
	p := person{c: c, first: pick(g, c.first), last: pick(g, c.last)}
	f, l := ascii(p.first), ascii(p.last)
	if f == "" || l == "" {
		panic("holdout: empty folded name " + p.first + " " + p.last)
	}
	p.af, p.al = f, l
	p.female = femaleFirst[p.first]
	var local string
	switch g.r.IntN(7) {
	case 0:
		local = f + "." + l
	case 1:
		local = f[:1] + l + g.digits(2)
	case 2:
		local = f + "_" + l + g.one("", "+shop", "+news")
	case 3:
		local = l + "." + f[:1]
	case 4:
		local = f + fmt.Sprint(g.n(1960, 2008))
	case 5:
		local = g.one("the", "real", "its", "mr", "ms", "dr") + f + g.digits(2)
	default:
		local = f + l
	}
	doms := mailCommon
	if len(c.mail) > 0 && g.p(0.5) {
		doms = c.mail
	}
	p.email = local + "@" + pick(g, doms)
	if g.p(0.15) {
		p.email = strings.ToUpper(p.email[:1]) + p.email[1:]
	}
	switch g.r.IntN(5) {
	case 0:
		p.user = f + l[:1] + g.digits(3)
	case 1:
		p.user = g.one("x", "", "_", "the") + f + "_" + g.one("gamer", "runs", "bakes", "codes", "dev", "fit", "photo")
	case 2:
		p.user = "@" + f + l
	case 3:
		p.user = l + g.digits(2)
	default:
		p.user = f[:1] + "." + l
	}
	p.full = p.first + " " + p.last
	if len(c.native) > 0 && g.p(0.3) {
		nv := pick(g, c.native)
		p.first, p.last = nv[0], nv[1]
		p.female = femaleFirst[p.first]
		if c == cCN || c == cJP || c == cKR {
			p.full = nv[1] + nv[0]
		} else {
			p.full = nv[0] + " " + nv[1]
		}
	}
	p.phone = c.phone(g)
	return p
}

// addrCulture picks a culture with addresses.
func (g *gen) addrCulture() *culture { return pick(g, withAddr) }

func (g *gen) domain() string {
	return g.one("example.com", "example.org", "example.net", "acme.example", "shop.example", "corp.example")
}

// femaleFirst holds the first names above that are usually given to women,
// so that gender fields agree with names.
var femaleFirst = nameSet(
	"Olivia", "Emily", "Madison", "Hannah", "Brittany", "Aaliyah", "Jessica", "Amelia", "Isla", "Poppy", "Siobhan", "Niamh",
	"Anna", "Sabine", "Lea", "Hannelore", "Mia", "Käthe", "Chloé", "Inès", "Léa", "Hélène", "Amélie", "Zoé", "Gaëlle",
	"Sofía", "Lucía", "María José", "Begoña", "Nuria", "Ainhoa", "Ana Clara", "Maria Eduarda", "Bruna", "Letícia", "Conceição",
	"Priya", "Ananya", "Lakshmi", "Sneha", "Fang", "Jing", "Li Na", "芳", "静", "Yuki", "Sakura", "Aoi", "由紀", "さくら",
	"Minji", "Jiwoo", "Yuna", "민지", "지우", "Ngozi", "Adaeze", "Folasade", "Fatima Zahra", "Khadija", "Layla", "فاطمة",
	"Olga", "Natalia", "Anastasia", "Ольга", "Наталья", "Linh", "Thảo", "Huyền", "Elif", "Zeynep", "Ayşe", "Gökçe",
	"Zofia", "Małgorzata", "Agnieszka", "Wanjiru", "Akinyi", "Njeri", "Guadalupe", "Ximena", "Itzel", "Citlali",
)

func nameSet(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
