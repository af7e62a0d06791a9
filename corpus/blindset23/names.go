package blindset23

import (
	"fmt"
	"strings"
)

// Invented name lists. Real given names and surnames, combined at random,
// so no combination is meant to be a real person. Names in another script
// carry a Latin transliteration ("script|latin") for e-mail and login
// names.

type person struct {
	first, last string
	female      bool
	lf, ll      string // Latin forms, when first and last are in another script
}

func (p person) full() string {
	if p.last == "" {
		return p.first
	}
	return p.first + " " + p.last
}

func (p person) latFirst() string {
	if p.lf != "" {
		return p.lf
	}
	return p.first
}

func (p person) latLast() string {
	if p.ll != "" {
		return p.ll
	}
	return p.last
}

func (p person) latFull() string {
	if p.latLast() == "" {
		return p.latFirst()
	}
	return p.latFirst() + " " + p.latLast()
}

var (
	enFemale = []string{"Imogen", "Delphine", "Harriet", "Yolanda", "Marisol", "Beatrix", "Odette", "Priyanka", "Tamsin", "Henrietta", "Zainab", "Clementine", "Rosalind", "Junie"}
	enMale   = []string{"Ambrose", "Fergus", "Lucian", "Obadiah", "Percival", "Tobias", "Kwame", "Ezekiel", "Horatio", "Lachlan", "Silas", "Benedikt", "Rafferty", "Desmond"}
	enLast   = []string{"Ashdown", "Pemberton", "Galloway", "Okonkwo", "Rutherford", "Delacroix", "Hargreaves", "Nakashima", "Whitcombe", "Fairweather", "Brannigan", "Kettleby", "Moreland", "Quigley", "Sandoval", "Thistlewood"}

	byFemale = []string{"Алеся|Alesia", "Ганна|Hanna", "Вольга|Volha", "Кацярына|Katsiaryna", "Марыя|Maryia", "Святлана|Sviatlana", "Наталля|Natallia", "Ірына|Iryna", "Таццяна|Tatsiana", "Яўгенія|Yauhenia"}
	byMale   = []string{"Аляксандр|Aliaksandr", "Сяргей|Siarhei", "Андрэй|Andrei", "Дзмітрый|Dzmitry", "Павел|Paval", "Мікалай|Mikalai", "Уладзімір|Uladzimir", "Юрась|Yuras", "Алесь|Ales", "Віктар|Viktar"}
	byLast   = []string{"Каваленка|Kavalenka", "Шульга|Shulha", "Бондар|Bondar", "Лукашэвіч|Lukashevich", "Мароз|Maroz", "Ткачэнка|Tkachenka", "Жук|Zhuk", "Казлоўскі|Kazlouski", "Навіцкі|Navitski", "Сідарэвіч|Sidarevich", "Гурыновіч|Hurynovich", "Мельнік|Melnik"}
	// patronymic stems: father's name in the genitive-based form
	byPatr = []string{"Аляксандр|Aliaksandr", "Сярге|Siarhe", "Андрэе|Andree", "Міхайлав|Mikhailav", "Пятр|Piatr", "Іван|Ivan", "Уладзіміра|Uladzimira", "Віктар|Viktar"}

	guFemale = []string{"પ્રિયા|Priya", "હેતલ|Hetal", "નિશા|Nisha", "ભાવના|Bhavna", "કિંજલ|Kinjal", "ધ્રુવી|Dhruvi", "મિત્તલ|Mittal", "રીના|Rina", "જાનકી|Janki", "ફાલ્ગુની|Falguni"}
	guMale   = []string{"હાર્દિક|Hardik", "જીગ્નેશ|Jignesh", "ભાવેશ|Bhavesh", "કેતન|Ketan", "ધવલ|Dhaval", "નિલેશ|Nilesh", "પાર્થ|Parth", "મેહુલ|Mehul", "ચિરાગ|Chirag", "રાકેશ|Rakesh"}
	guLast   = []string{"પટેલ|Patel", "શાહ|Shah", "દેસાઈ|Desai", "મહેતા|Mehta", "પંડ્યા|Pandya", "જોશી|Joshi", "ત્રિવેદી|Trivedi", "પરમાર|Parmar", "ચૌહાણ|Chauhan", "સોલંકી|Solanki", "વ્યાસ|Vyas", "રાઠોડ|Rathod"}

	htFemale = []string{"Wideline", "Nadège", "Rose-Merline", "Fabiola", "Guerline", "Mirlande", "Sandra", "Nathalie", "Esther", "Roseline", "Marie-Ange", "Lovely"}
	htMale   = []string{"Jean-Robert", "Wilner", "Frantz", "Ricardo", "Jacques", "Evens", "Peterson", "Wisly", "Jocelyn", "Fritznel", "Kervens", "Stanley"}
	htLast   = []string{"Pierre", "Joseph", "Jean-Baptiste", "Louis", "Désir", "Charles", "Exantus", "Dorvil", "Toussaint", "Célestin", "Noël", "Augustin", "Jeudy", "Saint-Fleur"}

	kuFemale = []string{"Rojda", "Berfin", "Hêvî", "Zozan", "Dilan", "Nazê", "Gulistan", "Rûken", "Jiyan", "Bêrîvan", "Viyan", "Şîlan"}
	kuMale   = []string{"Azad", "Rêber", "Dilşad", "Serhat", "Şivan", "Baran", "Hejar", "Rizgar", "Welat", "Kawa", "Sîpan", "Nêçîrvan"}
	kuLast   = []string{"Berwarî", "Zêbarî", "Doskî", "Goyî", "Mizûrî", "Sindî", "Amêdî", "Bamarnî", "Xalid", "Hesen", "Mihemed", "Silêman"}

	lbFemale = []string{"Josée", "Monique", "Nathalie", "Carole", "Tessy", "Joëlle", "Anouk", "Lis", "Mady", "Nadine", "Sandy", "Claudine"}
	lbMale   = []string{"Jos", "Camille", "Jempi", "Romain", "Gilles", "Pol", "Yves", "Ben", "Marc", "Claude", "Fernand", "Luc"}
	lbLast   = []string{"Weber", "Hoffmann", "Schmit", "Wagner", "Thill", "Kremer", "Reuter", "Meyers", "Kieffer", "Bertemes", "Schroeder", "Ney", "Wiltzius", "Feltgen"}
)

func split(s string) (string, string) {
	if i := strings.Index(s, "|"); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

func (r *rng) pickPerson(female, male, last []string) person {
	isF := r.chance(0.5)
	list := male
	if isF {
		list = female
	}
	f, lf := split(list[r.IntN(len(list))])
	l, ll := split(last[r.IntN(len(last))])
	return person{first: f, last: l, female: isF, lf: lf, ll: ll}
}

func (r *rng) english() person  { return r.pickPerson(enFemale, enMale, enLast) }
func (r *rng) gujarati() person { return r.pickPerson(guFemale, guMale, guLast) }
func (r *rng) haitian() person  { return r.pickPerson(htFemale, htMale, htLast) }
func (r *rng) kurdish() person  { return r.pickPerson(kuFemale, kuMale, kuLast) }
func (r *rng) luxem() person    { return r.pickPerson(lbFemale, lbMale, lbLast) }

// belarusian draws a Belarusian name; a woman's -скі / -цкі surname takes
// -ская / -цкая (the -ка, -ч, -р and -к surnames do not change).
func (r *rng) belarusian() person {
	p := r.pickPerson(byFemale, byMale, byLast)
	if p.female && strings.HasSuffix(p.last, "кі") {
		p.last = strings.TrimSuffix(p.last, "кі") + "кая"
		p.ll = strings.TrimSuffix(p.ll, "i") + "aya"
	}
	return p
}

// byPatronymic draws a patronymic for a Belarusian person.
func (r *rng) byPatronymic(female bool) (string, string) {
	s, l := split(byPatr[r.IntN(len(byPatr))])
	if female {
		return s + "аўна", l + "auna"
	}
	return s + "авіч", l + "avich"
}

// Streets and towns.

type address struct {
	street, town, postcode, region string
}

func (a address) oneLine() string { return a.street + ", " + a.town + " " + a.postcode }

// usOneLine is "street, town, ST zip".
func (a address) usOneLine() string {
	return a.street + ", " + a.town + ", " + a.region + " " + a.postcode
}

func (r *rng) usAddress() address {
	towns := []struct{ town, st, zip string }{{"Bozeman", "MT", "597"}, {"Burlington", "VT", "054"}, {"Bend", "OR", "977"}, {"Duluth", "MN", "558"}, {"Sandpoint", "ID", "838"}, {"Bangor", "ME", "044"}, {"Ames", "IA", "500"}, {"Santa Fe", "NM", "875"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(10, 9800), r.pick("Juniper Ridge Road", "Marigold Lane", "Kestrel Avenue", "Tamarack Court", "Old Mill Road", "Bluebonnet Drive", "Harbor View Terrace", "Pinecrest Way")),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.zip, r.in(1, 99)),
		region:   t.st,
	}
}

func (r *rng) ukAddress() address {
	towns := []struct{ town, pc, region string }{{"Kendal", "LA9", "Cumbria"}, {"Totnes", "TQ9", "Devon"}, {"Oban", "PA34", "Argyll and Bute"}, {"Ely", "CB7", "Cambridgeshire"}, {"Brecon", "LD3", "Powys"}, {"Alnwick", "NE66", "Northumberland"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 220), r.pick("Mill Race Lane", "Tanners Yard", "Orchard Rise", "Kingfisher Way", "Bridge Street", "Market Place", "Quarry Bank", "St Mary's Walk")),
		town:     t.town,
		postcode: fmt.Sprintf("%s %d%s", t.pc, r.in(1, 9), r.from("ABDEFGHJLNPQRSTUWXYZ", 2)),
		region:   t.region,
	}
}

// byAddress draws a Belarusian address in Cyrillic: street, house, flat,
// city, postcode.
func (r *rng) byAddress() (street, house, flat, city, postcode string) {
	cs := []struct {
		city, pc string
		streets  []string
	}{
		{"Мінск", "220", []string{"вул. Сурганава", "праспект Незалежнасці", "вул. Янкі Купалы", "вул. Кальварыйская", "вул. Якуба Коласа"}},
		{"Гродна", "230", []string{"вул. Ажэшкі", "вул. Дзяржынскага", "вул. Савецкая"}},
		{"Брэст", "224", []string{"вул. Гогаля", "бульвар Касманаўтаў"}},
		{"Віцебск", "210", []string{"вул. Пушкіна", "праспект Фрунзе"}},
		{"Магілёў", "212", []string{"вул. Ленінская", "вул. Першамайская"}},
	}
	c := cs[r.IntN(len(cs))]
	return c.streets[r.IntN(len(c.streets))], fmt.Sprintf("д. %d", r.in(1, 140)), fmt.Sprintf("кв. %d", r.in(1, 220)), c.city, fmt.Sprintf("%s%03d", c.pc, r.in(1, 120))
}

// guAddress draws a Gujarat address in Gujarati script: house and
// society, area, city, PIN code.
func (r *rng) guAddress() (house, society, area, city, pin string) {
	cs := []struct {
		city, pin string
		areas     []string
	}{
		{"રાજકોટ", "3600", []string{"કાલાવડ રોડ", "રૈયા રોડ", "યાજ્ઞિક રોડ", "મવડી"}},
		{"અમદાવાદ", "3800", []string{"નવરંગપુરા", "સેટેલાઇટ", "મણિનગર", "વસ્ત્રાપુર"}},
		{"સુરત", "3950", []string{"વરાછા", "અડાજણ", "પાલ"}},
		{"વડોદરા", "3900", []string{"અલકાપુરી", "ગોત્રી", "કારેલીબાગ"}},
	}
	c := cs[r.IntN(len(cs))]
	house = fmt.Sprintf("%d", r.in(1, 240))
	if r.chance(0.4) {
		house = fmt.Sprintf("બ્લોક %s-%d", r.pick("A", "B", "C"), r.in(101, 804))
	}
	society = r.pick("શાંતિ પાર્ક", "ગોકુલધામ સોસાયટી", "સરદાર નગર", "શ્રીજી સોસાયટી", "આનંદ એપાર્ટમેન્ટ", "ઉમિયા નગર")
	return house, society, c.areas[r.IntN(len(c.areas))], c.city, fmt.Sprintf("%s%02d", c.pin, r.in(1, 60))
}

// htAddress draws a Haitian address: street and number, neighbourhood,
// commune, postcode.
func (r *rng) htAddress() (lari, katye, komin, kod string) {
	cs := []struct {
		komin, kod string
		katye      []string
	}{
		{"Pòtoprens", "HT61", []string{"Bèlè", "Turgeau", "Bwa Vèna", "Kanapevè"}},
		{"Delmas", "HT61", []string{"Delmas 33", "Delmas 75", "Delmas 19"}},
		{"Okap", "HT11", []string{"Carénage", "Vertières", "Sainte-Philomène"}},
		{"Jakmèl", "HT91", []string{"Bel Air", "La Montagne", "Bas Jacmel"}},
		{"Gonayiv", "HT41", []string{"Raboteau", "Bienac", "Descahos"}},
	}
	c := cs[r.IntN(len(cs))]
	lari = fmt.Sprintf("%s #%d", r.pick("Ri Kapwa", "Ri Jakòb", "Ri Pave", "Ri Lamatinyè", "Wout Frè", "Ri Fò Nasyonal", "Ri 22"), r.in(2, 180))
	return lari, c.katye[r.IntN(len(c.katye))], c.komin, fmt.Sprintf("%s%02d", c.kod, r.in(10, 60))
}

// kuAddress draws a Duhok-governorate address in Kurmanji: house, street,
// quarter, city, postcode.
func (r *rng) kuAddress() (mal, kolan, tax, bajar, kod string) {
	cs := []struct {
		bajar string
		tax   []string
	}{
		{"Duhok", []string{"Taxa Nizarkê", "Masîke", "Şêlê", "Taxa Azadî", "Mazî"}},
		{"Zaxo", []string{"Taxa Bajêr", "Derabûn", "Xanikê"}},
		{"Amêdî", []string{"Taxa Kevn", "Sersing"}},
		{"Simêl", []string{"Taxa Nû", "Mîrsîdê"}},
	}
	c := cs[r.IntN(len(cs))]
	return fmt.Sprintf("Mal %d", r.in(1, 300)), fmt.Sprintf("Kolana %d", r.in(1, 90)), c.tax[r.IntN(len(c.tax))], c.bajar, fmt.Sprintf("420%02d", r.in(1, 30))
}

// luAddress draws a Luxembourg address: street, house number, postcode
// and locality.
func (r *rng) luAddress() (strooss, nr, pc, uert string) {
	cs := []struct{ uert, pc string }{{"Esch-sur-Alzette", "L-4"}, {"Ettelbréck", "L-90"}, {"Dikrech", "L-92"}, {"Miersch", "L-75"}, {"Wolz", "L-95"}, {"Diddeleng", "L-34"}, {"Déifferdeng", "L-45"}}
	c := cs[r.IntN(len(cs))]
	digits := 5 - len(c.pc)
	return r.pick("rue de la Gare", "route d'Arlon", "rue du Moulin", "Kierchestrooss", "Haaptstrooss", "rue Principale", "Bäckerwee", "rue des Prés"), fmt.Sprintf("%d", r.in(1, 160)), c.pc + r.digits(digits+1), c.uert
}

// byGendered gives a Belarusian surname in the form for a woman or a man
// (-скі / -ская, -цкі / -цкая; other surnames do not change).
func byGendered(last, latin string, female bool) (string, string) {
	switch {
	case female && strings.HasSuffix(last, "кі"):
		return strings.TrimSuffix(last, "кі") + "кая", strings.TrimSuffix(latin, "i") + "aya"
	case !female && strings.HasSuffix(last, "кая"):
		return strings.TrimSuffix(last, "кая") + "кі", strings.TrimSuffix(latin, "aya") + "i"
	}
	return last, latin
}
