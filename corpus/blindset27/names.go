package blindset27

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
	middle      string // a middle name (Marathi: the father's or husband's name)
}

func (p person) full() string {
	if p.last == "" {
		return p.first
	}
	if p.middle != "" {
		return p.first + " " + p.middle + " " + p.last
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

var (
	usFemale = []string{"Kayleigh", "Dolores", "Brianna", "Marguerite", "Tamsin", "Lucinda", "Josephine", "Rosalind", "Delphine", "Adaeze", "Mireille", "Wilhelmina", "Paloma", "Henrietta"}
	usMale   = []string{"Everett", "Thelonious", "Cassius", "Desmond", "Lysander", "Ambrose", "Oswaldo", "Percival", "Roscoe", "Emmett", "Augustin", "Barnabas", "Cornelius", "Dashiell"}
	usLast   = []string{"Whitlock", "Castellanos", "Pemberton", "Okonkwo", "Vanderhoof", "Lindqvist", "Ashworth", "Delacroix", "Fairweather", "Harrington", "Montague", "Quintero", "Abernathy", "Strickland", "Yarborough", "Kowalczyk", "Thibodeaux", "Nakashima"}

	ukFemale = []string{"Imogen", "Poppy", "Niamh", "Eleanor", "Saoirse", "Beatrix", "Harriet", "Tabitha", "Priya", "Morwenna"}
	ukMale   = []string{"Alistair", "Rhys", "Hamish", "Torquil", "Declan", "Crispin", "Rohan", "Bartholomew", "Fraser", "Lachlan"}
	ukLast   = []string{"Featherstone", "McAllister", "Pryce-Jones", "Winterbottom", "Oyelaran", "Chaudhry", "Brackenridge", "Thistlewood", "Gallacher", "Penhaligon", "Ravenscroft", "Aldous"}

	deFemale = []string{"Hannelore", "Gudrun", "Brigitte", "Waltraud", "Ingeborg", "Renate", "Annegret", "Sieglinde", "Petra", "Heike"}
	deMale   = []string{"Reinhard", "Gerhard", "Wolfgang", "Dieter", "Hartmut", "Eckhard", "Jürgen", "Manfred", "Volker", "Ulrich"}
	deLast   = []string{"Brinkmann", "Overbeck", "Tiedemann", "Hollenbach", "Wesselmann", "Dörfler", "Kamphausen", "Lüdecke", "Osterkamp", "Riedesel", "Stapelfeldt", "Wiegmann"}

	toFemale = []string{"Mele", "Sālote", "Losana", "Seini", "Kalolaine", "Lupe", "Siosiana", "Luseane", "Tupou", "Meleane"}
	toMale   = []string{"Sione", "Viliami", "Tēvita", "Sitani", "Semisi", "Paula", "Siaosi", "Feleti", "Tomasi", "ʻAisea"}
	toLast   = []string{"Taufa", "Fifita", "Vea", "Moala", "Havili", "Lolohea", "Kioa", "Mahe", "Latu", "Fonua", "Kaufusi", "Vaipulu", "Tuʻipulotu", "Mateni"}

	snFemale = []string{"Tariro", "Rutendo", "Chipo", "Rufaro", "Tsitsi", "Vimbai", "Fadzai", "Ruvimbo", "Nyasha", "Rumbidzai"}
	snMale   = []string{"Tatenda", "Tinashe", "Farai", "Kudakwashe", "Tawanda", "Takudzwa", "Simbarashe", "Tonderai", "Munyaradzi", "Tafadzwa"}
	snLast   = []string{"Moyo", "Chikore", "Mutasa", "Marufu", "Chinyama", "Gumbo", "Zvobgo", "Mupfumira", "Chimuti", "Makoni", "Mandaza", "Chigumba", "Mhere", "Nyamande"}

	mrFemale = []string{"अश्विनी|Ashwini", "मनीषा|Manisha", "सुवर्णा|Suvarna", "प्राजक्ता|Prajakta", "रेखा|Rekha", "वैशाली|Vaishali", "स्मिता|Smita", "सुनंदा|Sunanda", "शालिनी|Shalini", "कुसुम|Kusum"}
	mrMale   = []string{"प्रकाश|Prakash", "विठ्ठल|Vitthal", "सुरेश|Suresh", "गणेश|Ganesh", "दत्तात्रय|Dattatray", "अनिल|Anil", "संजय|Sanjay", "बाळासाहेब|Balasaheb", "शंकर|Shankar", "रघुनाथ|Raghunath"}
	mrLast   = []string{"पाटील|Patil", "जाधव|Jadhav", "कुलकर्णी|Kulkarni", "देशमुख|Deshmukh", "शिंदे|Shinde", "गायकवाड|Gaikwad", "पवार|Pawar", "भोसले|Bhosale", "काळे|Kale", "सावंत|Sawant", "जोशी|Joshi", "मोरे|More"}

	klFemale = []string{"Aviaja", "Naja", "Nivi", "Pipaluk", "Arnaq", "Ivalo", "Paninnguaq", "Malu", "Nukâraq", "Karina"}
	klMale   = []string{"Aqqaluk", "Hans", "Inunnguaq", "Kunuk", "Malik", "Minik", "Nukappi", "Pavia", "Ole", "Jens"}
	klLast   = []string{"Lynge", "Kleist", "Olsen", "Berthelsen", "Kristiansen", "Petersen", "Heilmann", "Motzfeldt", "Egede", "Frederiksen", "Kreutzmann", "Enoksen", "Rosing", "Nathanielsen"}

	cebFemale = []string{"Maricel", "Jocelyn", "Rowena", "Lorna", "Analyn", "Cherry Mae", "Rosalinda", "Jessa", "Kristine", "Genalyn"}
	cebMale   = []string{"Rodel", "Ramil", "Arnel", "Joel", "Dennis", "Romeo", "Jerome", "Reynaldo", "Noel", "Crisanto"}
	cebLast   = []string{"Cabahug", "Abellana", "Tumulak", "Labra", "Ybañez", "Alcoseba", "Pepito", "Cañete", "Lapitan", "Villamor", "Gabutan", "Ouano", "Sarmiento", "Baguio"}
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

func (r *rng) american() person { return r.pickPerson(usFemale, usMale, usLast) }
func (r *rng) british() person  { return r.pickPerson(ukFemale, ukMale, ukLast) }
func (r *rng) german() person   { return r.pickPerson(deFemale, deMale, deLast) }
func (r *rng) tongan() person   { return r.pickPerson(toFemale, toMale, toLast) }
func (r *rng) shona() person    { return r.pickPerson(snFemale, snMale, snLast) }
func (r *rng) kalaallit() person {
	return r.pickPerson(klFemale, klMale, klLast)
}
func (r *rng) cebuano() person { return r.pickPerson(cebFemale, cebMale, cebLast) }

// marathi draws a three-part Marathi name: given name, the father's (or,
// for a married woman, the husband's) given name, surname.
func (r *rng) marathi() person {
	p := r.pickPerson(mrFemale, mrMale, mrLast)
	m, _ := split(mrMale[r.IntN(len(mrMale))])
	p.middle = m
	return p
}

// Streets and towns.

type address struct {
	street, town, postcode, region string
}

func (a address) oneLine() string { return a.street + ", " + a.town + " " + a.postcode }

func (r *rng) usAddress() address {
	towns := []struct{ town, st, zip string }{{"Tacoma", "WA", "984"}, {"Eugene", "OR", "974"}, {"Oakland", "CA", "946"}, {"Worcester", "MA", "016"}, {"Evanston", "IL", "602"}, {"Decatur", "GA", "300"}, {"Ogden", "UT", "844"}, {"Anchorage", "AK", "995"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(10, 9800), r.pick("Huckleberry Lane", "Osprey Drive", "Magnolia Court", "Quarry Road", "Foxglove Way", "Sycamore Avenue", "Tamarack Street", "Bluebonnet Trail")),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.zip, r.in(1, 99)),
		region:   t.st,
	}
}

// deAddress draws an address in Westphalia.
func (r *rng) deAddress() address {
	towns := []struct{ town, pc string }{{"Münster", "48143"}, {"Bielefeld", "33602"}, {"Paderborn", "33098"}, {"Gütersloh", "33330"}, {"Rheine", "48431"}, {"Lippstadt", "59555"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%s %d", r.pick("Ludgeristraße", "Am Kanonengraben", "Wolbecker Straße", "Mühlenweg", "Lindenallee", "Heckenrosenweg", "Im Kämpken"), r.in(1, 140)),
		town:     t.town,
		postcode: t.pc,
	}
}

// toAddress draws a Tongan village, island group and street.
func (r *rng) toAddress() (street, kolo, vahefonua string) {
	cs := []struct {
		vf    string
		kolos []string
	}{
		{"Tongatapu", []string{"Kolomotuʻa", "Maʻufanga", "Houma", "Kolofoʻou", "Haveluloto", "Nukunukumotu"}},
		{"Vavaʻu", []string{"Neiafu", "Leimatuʻa", "Talihau", "Tuʻanekivale"}},
		{"Haʻapai", []string{"Pangai", "Hihifo", "Faleloa"}},
		{"ʻEua", []string{"Ohonua", "Tufuvai"}},
	}
	c := cs[r.IntN(len(cs))]
	street = r.pick("Hala Taufaʻahau", "Hala Vuna", "Hala Fatafehi", "Hala Salote", "Hala Mateialona", "Hala Loto") + fmt.Sprintf(" %d", r.in(1, 90))
	return street, c.kolos[r.IntN(len(c.kolos))], c.vf
}

// zwAddress draws a house, suburb and town in Manicaland or Harare.
func (r *rng) zwAddress() (house, suburb, town string) {
	cs := []struct {
		town    string
		suburbs []string
	}{
		{"Mutare", []string{"Sakubva", "Dangamvura", "Chikanga", "Hobhouse"}},
		{"Rusape", []string{"Vengere", "Mabvazuva", "Silverbow"}},
		{"Chipinge", []string{"Gaza", "Medium Density"}},
		{"Harare", []string{"Mbare", "Highfield", "Glen View", "Mabvuku"}},
	}
	c := cs[r.IntN(len(cs))]
	return fmt.Sprintf("%d %s", r.in(1, 9800), r.pick("Mutsago Street", "Chisamba Road", "Nyakatonje Street", "Chimoio Road", "Tembwe Street", "Mbuya Nehanda Street")), c.suburbs[r.IntN(len(c.suburbs))], c.town
}

// mhAddress draws a Maharashtra address in Marathi: house, lane, village
// or town, taluka, district and PIN code.
func (r *rng) mhAddress() (house, lane, village, taluka, district, pin string) {
	cs := []struct {
		dist, tal, pin string
		villages       []string
	}{
		{"पुणे", "हवेली", "4120", []string{"वाघोली", "लोणी काळभोर", "उरुळी कांचन"}},
		{"पुणे", "मावळ", "4104", []string{"वडगाव", "कामशेत", "तळेगाव दाभाडे"}},
		{"सातारा", "कराड", "4151", []string{"मलकापूर", "उंब्रज", "मसूर"}},
		{"नाशिक", "निफाड", "4223", []string{"पिंपळगाव बसवंत", "लासलगाव", "ओझर"}},
		{"कोल्हापूर", "करवीर", "4162", []string{"गांधीनगर", "उचगाव", "वडणगे"}},
	}
	c := cs[r.IntN(len(cs))]
	house = fmt.Sprintf("घर क्र. %d", r.in(1, 900))
	lane = r.pick("मारुती मंदिराजवळ", "शिवाजी चौक", "स्टेशन रोड", "गणपती आळी", "महात्मा फुले पेठ", "बाजार पेठ")
	return house, lane, c.villages[r.IntN(len(c.villages))], c.tal, c.dist, fmt.Sprintf("%s%02d", c.pin, r.in(1, 99))
}

// glAddress draws a Greenlandic street, house number, town and postcode.
func (r *rng) glAddress() (street, house, town, postcode string) {
	cs := []struct{ town, pc string }{{"Nuuk", "3900"}, {"Sisimiut", "3911"}, {"Ilulissat", "3952"}, {"Qaqortoq", "3920"}, {"Aasiaat", "3950"}, {"Maniitsoq", "3912"}}
	c := cs[r.IntN(len(cs))]
	return r.pick("Aqqusinersuaq", "Qullilerfik", "Jukkorsuup Aqqutaa", "Imaneq", "Issortarfimmut", "Kuussuaq", "Qupanuk", "Aqqusinertaa"), fmt.Sprint(r.in(1, 60)), c.town, c.pc
}

// glSettlement draws a settlement and the town its health station
// answers to.
func (r *rng) glSettlement() (settlement, town string) {
	cs := []struct{ s, t string }{{"Kangaamiut", "Maniitsoq"}, {"Atammik", "Maniitsoq"}, {"Sarfannguit", "Sisimiut"}, {"Itilleq", "Sisimiut"}, {"Oqaatsut", "Ilulissat"}, {"Ilimanaq", "Ilulissat"}, {"Eqalugaarsuit", "Qaqortoq"}, {"Kangaatsiaq", "Aasiaat"}}
	c := cs[r.IntN(len(cs))]
	return c.s, c.t
}

// cebAddress draws a sitio or street, barangay, city and ZIP in Cebu.
func (r *rng) cebAddress() (street, barangay, city, zip string) {
	cs := []struct {
		city, zip string
		brgys     []string
	}{
		{"Cebu City", "6000", []string{"Lahug", "Guadalupe", "Mabolo", "Talamban", "Basak Pardo", "Labangon"}},
		{"Mandaue City", "6014", []string{"Subangdaku", "Bakilid", "Looc", "Tipolo"}},
		{"Lapu-Lapu City", "6015", []string{"Pajo", "Gun-ob", "Maribago", "Babag"}},
		{"Talisay City", "6045", []string{"Tabunok", "Lawaan III", "Bulacao"}},
	}
	c := cs[r.IntN(len(cs))]
	street = r.pick(fmt.Sprintf("Sitio %s", r.pick("Mahayahay", "Lubi", "Kamanggahan", "Sampaguita", "Paradise")), fmt.Sprintf("%d %s", r.in(1, 400), r.pick("M.J. Cuenco Ave.", "Gen. Maxilom Ave.", "A.S. Fortuna St.", "V. Rama Ave.", "Tres de Abril St.")))
	return street, c.brgys[r.IntN(len(c.brgys))], c.city, c.zip
}
