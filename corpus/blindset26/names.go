package blindset26

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
	father      string // father's given name, where names carry it
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

var (
	enFemale = []string{"Harriet", "Philippa", "Marisol", "Juniper", "Rosamund", "Annika", "Celestine", "Ottilie", "Bridget", "Felicity", "Linnea", "Georgina", "Maeve", "Sunniva"}
	enMale   = []string{"Barnaby", "Cormac", "Desmond", "Ellery", "Fergus", "Gideon", "Hollis", "Ignatius", "Jasper", "Leopold", "Mortimer", "Thaddeus", "Rupert", "Callum"}
	enLast   = []string{"Abernethy", "Blackwood", "Cattermole", "Dunmore", "Eddington", "Fairbrother", "Gillingham", "Holloway", "Inchbald", "Jellicoe", "Kingsley", "Lockhart", "Mallory", "Netherton", "Ormsby", "Prendergast", "Quarrington", "Rutherford"}

	deFemale = []string{"Magdalena", "Theresa", "Veronika", "Johanna", "Kathrin", "Leonie", "Annalena", "Sophie"}
	deMale   = []string{"Florian", "Lukas", "Matthias", "Korbinian", "Tobias", "Valentin", "Andreas", "Maximilian"}
	deLast   = []string{"Hochleitner", "Pfurtscheller", "Gstrein", "Kirchmair", "Schwaighofer", "Innerhofer", "Haselwanter", "Grubhofer", "Pircher", "Zangerl"}

	beFemale = []string{"Lotte", "Elise", "Marie", "Noor", "Louise", "Céline", "Fien", "Amélie", "Hanne", "Manon"}
	beMale   = []string{"Wout", "Pieter-Jan", "Jelle", "Mathis", "Arnaud", "Thibault", "Senne", "Bram", "Quentin", "Lander"}
	beLast   = []string{"Vermeulen", "Peeters", "Janssens", "Maes", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Vandenbroucke", "Lemaire", "Van Damme", "Declercq"}

	// Tatar: given names in Tatar Cyrillic; surnames in the Russian
	// pattern, -а for women; patronymics from the father's name.
	ttFemale = []string{"Гөлнара|Gulnara", "Ләйсән|Laysan", "Алсу|Alsu", "Айгөл|Aygul", "Гүзәл|Guzel", "Зөлфия|Zulfiya", "Рәзинә|Razina", "Чулпан|Chulpan", "Ильсөяр|Ilsoyar", "Миләүшә|Milyausha"}
	ttMale   = []string{"Илдар|Ildar", "Рәмис|Ramis", "Айдар|Aydar", "Марат|Marat", "Рөстәм|Rustam", "Ринат|Rinat", "Фәрит|Farit", "Нияз|Niyaz", "Ильнур|Ilnur", "Азат|Azat"}
	ttLast   = []string{"Хәйруллин|Khayrullin", "Галиев|Galiev", "Сабиров|Sabirov", "Шәрипов|Sharipov", "Мөхәммәтҗанов|Mukhammetzhanov", "Закиров|Zakirov", "Фәйзуллин|Fayzullin", "Хәсәнов|Khasanov", "Гыйльманов|Gilmanov", "Вәлиев|Valiev"}

	// Uyghur in Arabic script; the surname is a father's name.
	ugFemale = []string{"گۈلنار|Gulnar", "مەرھابا|Merhaba", "پاتىگۈل|Patigul", "رەيھان|Reyhan", "ئايگۈل|Aygul", "زۆھرە|Zohre", "مۇنىرە|Munire", "سۇبىنۇر|Subinur"}
	ugMale   = []string{"ئابدۇراخمان|Abdurahman", "مەمەتجان|Memetjan", "ئەركىن|Erkin", "ئىلھام|Ilham", "تۇرسۇن|Tursun", "قادىر|Qadir", "نۇرمەمەت|Nurmemet", "ئەخمەت|Ehmet"}
	ugLast   = []string{"ئابلىز|Abliz", "تۇردى|Turdi", "ھېيت|Heyt", "قاسىم|Qasim", "ياقۇپ|Yaqup", "ئىمىن|Imin", "مۇھەممەت|Muhemmet", "ئوسمان|Osman"}

	// Bhutanese names: a first name for anyone, a second that tells the
	// gender; no family names. Tibetan script, with the usual spelling.
	btFirst  = []string{"ཀརྨ་|Karma", "པདྨ་|Pema", "ཚེ་རིང་|Tshering", "བསོད་ནམས་|Sonam", "རྡོ་རྗེ་|Dorji", "ཀུན་ལེགས་|Kinley", "ཨོ་རྒྱན་|Ugyen", "རྟ་མགྲིན་|Tandin", "ཡེ་ཤེས་|Yeshey", "བདེ་ཆེན་|Dechen"}
	btFemale = []string{"དབང་མོ་|Wangmo", "ཆོས་སྒྲོན་|Choden", "ལྷ་མོ་|Lhamo", "བཟང་མོ་|Zangmo", "དབྱངས་འཛོམས་|Yangzom", "བདེ་མ་|Dema"}
	btMale   = []string{"དབང་ཕྱུག་|Wangchuk", "བསྟན་འཛིན་|Tenzin", "ཕུན་ཚོགས་|Phuntsho", "རྣམ་རྒྱལ་|Namgyel", "རྒྱལ་མཚན་|Gyeltshen", "དོན་གྲུབ་|Dhendup"}

	cdFemale = []string{"Grâce", "Merveille", "Nathalie", "Chancelvie", "Prisca", "Ornella", "Divine", "Bénie", "Rachel", "Gloria"}
	cdMale   = []string{"Patient", "Glody", "Christian", "Fiston", "Héritier", "Dieudonné", "Trésor", "Ezéchiel", "Jonathan", "Cédric"}
	cdLast   = []string{"Mbuyi", "Kabongo", "Lukusa", "Nzuzi", "Makiese", "Mayamba", "Ilunga", "Ngalula", "Kinkela", "Matondo", "Tshibangu", "Bokele", "Mputu", "Lokwa"}

	fjFemale = []string{"Litia", "Mereoni", "Salote", "Vasemaca", "Unaisi", "Akanisi", "Torika", "Sereana", "Priya", "Sunita"}
	fjMale   = []string{"Jone", "Sitiveni", "Josaia", "Semisi", "Apisalome", "Waisea", "Eroni", "Tevita", "Rajesh", "Ashwin"}
	fjLast   = []string{"Tuilevuka", "Naivalu", "Ravuvu", "Qalo", "Delana", "Bulitavu", "Nawaqa", "Vunisa", "Rokotuiloma", "Tabua", "Koroi", "Prasad", "Chand", "Lal"}
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

// female draws until the person is a woman.
func (r *rng) female(f func() person) person {
	for {
		if p := f(); p.female {
			return p
		}
	}
}

func (r *rng) english() person   { return r.pickPerson(enFemale, enMale, enLast) }
func (r *rng) austrian() person  { return r.pickPerson(deFemale, deMale, deLast) }
func (r *rng) belgian() person   { return r.pickPerson(beFemale, beMale, beLast) }
func (r *rng) uyghur() person    { return r.pickPerson(ugFemale, ugMale, ugLast) }
func (r *rng) congolese() person { return r.pickPerson(cdFemale, cdMale, cdLast) }
func (r *rng) fijian() person    { return r.pickPerson(fjFemale, fjMale, fjLast) }
func (r *rng) anyGuest() person {
	switch r.IntN(3) {
	case 0:
		return r.austrian()
	}
	return r.english()
}

// tatar draws a Tatar name with a gendered surname and a patronymic.
func (r *rng) tatar() person {
	p := r.pickPerson(ttFemale, ttMale, ttLast)
	if p.female {
		p.last += "а"
		p.ll += "a"
	}
	f, _ := split(ttMale[r.IntN(len(ttMale))])
	if p.female {
		p.father = f + "овна"
	} else {
		p.father = f + "ович"
	}
	return p
}

// bhutanese draws a two-part Bhutanese name.
func (r *rng) bhutanese() person {
	isF := r.chance(0.5)
	list := btMale
	if isF {
		list = btFemale
	}
	f, lf := split(btFirst[r.IntN(len(btFirst))])
	l, ll := split(list[r.IntN(len(list))])
	return person{first: f, last: l, female: isF, lf: lf, ll: ll}
}

// Streets and towns.

type address struct {
	street, town, postcode, region string
}

func (a address) oneLine() string { return a.street + ", " + a.postcode + " " + a.town }

func (r *rng) usAddress() address {
	towns := []struct{ town, st, zip string }{{"Boulder", "CO", "803"}, {"Austin", "TX", "787"}, {"Columbus", "OH", "432"}, {"Portland", "OR", "972"}, {"Provo", "UT", "846"}, {"Durham", "NC", "277"}, {"Minneapolis", "MN", "554"}, {"Fort Collins", "CO", "805"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(10, 9800), r.pick("Larkspur Lane", "Cottonwood Drive", "Saddleback Road", "Heron Court", "Prairie Way", "Aspen Avenue", "Cedar Hollow Street", "Mesa Verde Trail")),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.zip, r.in(1, 99)),
		region:   t.st,
	}
}

func (r *rng) ukAddress() address {
	towns := []struct{ town, pc string }{{"Kendal", "LA9"}, {"Penrith", "CA11"}, {"Keswick", "CA12"}, {"Ulverston", "LA12"}, {"Cockermouth", "CA13"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 180), r.pick("Fellside Road", "Greenside", "Castle Street", "Lowther Terrace", "Brigsteer Road")),
		town:     t.town,
		postcode: fmt.Sprintf("%s %d%s", t.pc, r.in(1, 9), r.from("ABDEFGHJLNPQRSTUWXYZ", 2)),
		region:   "Cumbria",
	}
}

// auAddress draws a Victorian or NSW address.
func (r *rng) auAddress() address {
	towns := []struct{ town, st, pc string }{{"Ballarat", "VIC", "3350"}, {"Bendigo", "VIC", "3550"}, {"Geelong", "VIC", "3220"}, {"Shepparton", "VIC", "3630"}, {"Wodonga", "VIC", "3690"}, {"Albury", "NSW", "2640"}, {"Wagga Wagga", "NSW", "2650"}}
	t := towns[r.IntN(len(towns))]
	street := fmt.Sprintf("%d %s", r.in(1, 240), r.pick("Sturt Street", "Lydiard Street", "Wattle Grove", "Banksia Crescent", "Mitchell Avenue", "Creek Road", "Ironbark Close", "Dunstan Place"))
	if r.chance(0.25) {
		street = fmt.Sprintf("Unit %d/", r.in(1, 12)) + street
	}
	return address{street: street, town: t.town, postcode: t.pc, region: t.st}
}

// atAddress draws an address in the Tyrol.
func (r *rng) atAddress() address {
	towns := []struct{ town, pc string }{{"Mayrhofen", "6290"}, {"Sölden", "6450"}, {"Kitzbühel", "6370"}, {"Seefeld in Tirol", "6100"}, {"Ischgl", "6561"}, {"St. Anton am Arlberg", "6580"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%s %d", r.pick("Dorfstraße", "Hauptstraße", "Sonnenweg", "Kirchgasse", "Bergblickweg", "Talstraße"), r.in(1, 120)),
		town:     t.town,
		postcode: t.pc,
		region:   "Tirol",
	}
}

// beAddress draws a Flemish or Brussels address.
func (r *rng) beAddress() address {
	towns := []struct{ town, pc string }{{"Leuven", "3000"}, {"Gent", "9000"}, {"Mechelen", "2800"}, {"Brugge", "8000"}, {"Hasselt", "3500"}, {"Elsene", "1050"}, {"Aalst", "9300"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%s %d", r.pick("Tiensestraat", "Kortrijksesteenweg", "Bruul", "Langestraat", "Molenstraat", "Kerkstraat", "Stationsstraat", "Rue du Page"), r.in(1, 220)),
		town:     t.town,
		postcode: t.pc,
	}
}

// ttAddress draws a Naberezhnye Chelny or Kazan address in Tatar:
// city, street, house, flat and postcode.
func (r *rng) ttAddress() (city, street, house, flat, postcode string) {
	cs := []struct {
		city, pc string
		streets  []string
	}{
		{"Яр Чаллы", "4238", []string{"Чулман проспекты", "Муса Җәлил урамы", "Сөембикә проспекты", "Ил урамы", "Яшьләр бульвары"}},
		{"Казан", "4200", []string{"Тукай урамы", "Баумана урамы", "Ямашев проспекты", "Кол Гали урамы"}},
		{"Түбән Кама", "4235", []string{"Тынычлык проспекты", "Химиклар проспекты", "Татарстан урамы"}},
		{"Алабуга", "4236", []string{"Казан урамы", "Шишкин урамы", "Тинчурин урамы"}},
	}
	c := cs[r.IntN(len(cs))]
	return c.city, c.streets[r.IntN(len(c.streets))], fmt.Sprintf("%d", r.in(1, 140)), fmt.Sprintf("%d", r.in(1, 320)), fmt.Sprintf("%s%02d", c.pc, r.in(1, 99))
}

// trAddress draws an address in Zeytinburnu, Istanbul (Turkish, as it
// is written on the door).
func (r *rng) trAddress() address {
	mah := r.pick("Beştelsiz Mah.", "Sümer Mah.", "Nuripaşa Mah.", "Yeşiltepe Mah.", "Seyitnizam Mah.", "Telsiz Mah.")
	return address{
		street:   fmt.Sprintf("%s %d. Sk. No: %d D: %d", mah, r.in(1, 90), r.in(1, 60), r.in(1, 14)),
		town:     "Zeytinburnu/İstanbul",
		postcode: fmt.Sprintf("340%02d", r.in(10, 25)),
	}
}

// btAddress draws a Bhutanese address in Tibetan script: village, gewog,
// dzongkhag and house number.
func (r *rng) btAddress() (village, gewog, dzongkhag, house string) {
	cs := []struct {
		dz       string
		gewogs   []string
		villages []string
	}{
		{"ཐིམ་ཕུག་", []string{"ཅང་", "དྭགས་ཀ་", "ཀ་ཝང་"}, []string{"བབ་སེ་", "ལུང་ཚེ་ནང་", "ཅང་ཟམ་ཁ་"}},
		{"སྤ་རོ་", []string{"ལུང་ཉི་", "ཤབ་", "ཚེན་ཏོ་"}, []string{"བོན་དེ་", "གཞུང་ཁ་", "དྲུག་རྒྱལ་"}},
		{"སྤུ་ན་ཁ་", []string{"ཀབ་ཛི་", "གོ་སར་", "ཏོ་ཝང་"}, []string{"ལོ་བེ་ས་", "ཡོ་སེལ་", "ཁུ་རུ་"}},
		{"བུམ་ཐང་", []string{"ཆོས་འཁོར་", "ཆུ་སྨད་", "ཏང་"}, []string{"ཇ་ཀར་", "ཐང་བི་", "ཀུར་ཇེ་"}},
	}
	c := cs[r.IntN(len(cs))]
	return c.villages[r.IntN(len(c.villages))], c.gewogs[r.IntN(len(c.gewogs))], c.dz, fmt.Sprintf("%d", r.in(1, 400))
}

// cdAddress draws a Kinshasa address: avenue and number, quarter and
// commune.
func (r *rng) cdAddress() (street, quartier, commune string) {
	cs := []struct {
		commune   string
		quartiers []string
	}{
		{"Kalamu", []string{"Matonge", "Yolo Nord", "Kauka"}},
		{"Lingwala", []string{"Lokole", "Singa Mopepe"}},
		{"Ngaliema", []string{"Binza Pigeon", "Ma Campagne", "Joli Parc"}},
		{"Lemba", []string{"Salongo", "Righini", "Foire"}},
		{"Bandalungwa", []string{"Lingwala", "Adoula"}},
		{"Limete", []string{"Industriel", "Mososo", "Kingabwa"}},
	}
	c := cs[r.IntN(len(cs))]
	street = fmt.Sprintf("%s n° %d", r.pick("avenue Kasa-Vubu", "avenue de la Libération", "avenue Bokasa", "avenue Kimbangu", "avenue Kikwit", "avenue Lumumba", "avenue des Huileries"), r.in(1, 320))
	return street, c.quartiers[r.IntN(len(c.quartiers))], c.commune
}

// fjAddress draws a Fijian village (koro), district (tikina) and province
// (yasana), or a town street.
func (r *rng) fjAddress() (koro, tikina, yasana string) {
	cs := []struct {
		yasana string
		tikina []string
		koro   []string
	}{
		{"Ba", []string{"Vitogo", "Nailaga", "Magodro"}, []string{"Vitogo", "Navakai", "Drasa"}},
		{"Nadroga-Navosa", []string{"Cuvu", "Malomalo", "Nasigatoka"}, []string{"Cuvu", "Naidiri", "Lomawai"}},
		{"Ra", []string{"Nakorotubu", "Saivou", "Rakiraki"}, []string{"Nanukuloa", "Vatukacevaceva", "Navolau"}},
		{"Naitasiri", []string{"Naitasiri", "Wainimala"}, []string{"Nausori Highlands", "Delailasakau"}},
	}
	c := cs[r.IntN(len(cs))]
	return c.koro[r.IntN(len(c.koro))], c.tikina[r.IntN(len(c.tikina))], c.yasana
}
