package blindset18

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

func (p person) full() string { return p.first + " " + p.last }

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

func (p person) latFull() string { return p.latFirst() + " " + p.latLast() }

var (
	enFemale = []string{"Harriet", "Esme", "Freya", "Nadia", "Leah", "Farah", "Bethan", "Keira", "Yasmin", "Isla", "Tamsin", "Eleanor", "Joanna", "Mina"}
	enMale   = []string{"Callum", "Rhys", "Owen", "Tobias", "Hamza", "Declan", "Rory", "Gareth", "Nathan", "Idris", "Jonah", "Kieran", "Ravi", "Stefan"}
	enLast   = []string{"Pemberton", "Okonkwo", "Sandoval", "Hargreaves", "Kowalczyk", "Rahman", "Fairbairn", "Lockwood", "Achterberg", "Bellamy", "Quinlan", "Oyelaran", "Winterbourne", "Castell", "Iqbal", "Marchetti"}

	mwFemale = []string{"Chikondi", "Tiyamike", "Chisomo", "Mphatso", "Thokozani", "Yamikani", "Dalitso", "Takondwa", "Chimwemwe", "Tadala"}
	mwMale   = []string{"Kondwani", "Limbani", "Madalitso", "Chifundo", "Mayeso", "Pemphero", "Wongani", "Kumbukani", "Mtendere", "Tawonga"}
	mwLast   = []string{"Banda", "Phiri", "Mwale", "Chirwa", "Kumwenda", "Nkhoma", "Gondwe", "Msiska", "Mbewe", "Kachingwe", "Chisale", "Nyirenda"}

	zmFemale = []string{"Mwila", "Bupe", "Chipo", "Mutinta", "Namukolo", "Mapalo", "Inonge", "Natasha", "Luyando", "Chileshe"}
	zmMale   = []string{"Mwansa", "Chola", "Kelvin", "Mulenga", "Bwalya", "Chanda", "Kabaso", "Lubinda", "Mumba", "Chisanga"}
	zmLast   = []string{"Banda", "Mwanza", "Tembo", "Mulenga", "Chilufya", "Sakala", "Lungu", "Musonda", "Bwalya", "Chanda", "Mubanga", "Kabwe"}

	uzFemale = []string{"Dilnoza", "Malika", "Gulnora", "Nodira", "Zarina", "Shahnoza", "Feruza", "Madina", "Sevara", "Nilufar"}
	uzMale   = []string{"Jasur", "Bekzod", "Sardor", "Otabek", "Sherzod", "Aziz", "Rustam", "Farrux", "Jahongir", "Ulug‘bek"}
	uzLast   = []string{"Karimov", "Rahimov", "Toshmatov", "Yusupov", "Abdullayev", "Ergashev", "Saidov", "Nurmatov", "Xolmatov", "Mirzayev"}

	mkFemale = []string{"Ана|Ana", "Марија|Marija", "Елена|Elena", "Ивана|Ivana", "Сара|Sara", "Маја|Maja", "Јована|Jovana", "Теодора|Teodora", "Мила|Mila", "Бојана|Bojana"}
	mkMale   = []string{"Александар|Aleksandar", "Стефан|Stefan", "Никола|Nikola", "Давид|David", "Марко|Marko", "Филип|Filip", "Горан|Goran", "Дејан|Dejan", "Петар|Petar", "Борис|Boris"}
	mkLast   = []string{"Стојановски|Stojanovski", "Петровски|Petrovski", "Николовски|Nikolovski", "Трајковски|Trajkovski", "Јовановски|Jovanovski", "Ристовски|Ristovski", "Димитровски|Dimitrovski", "Илиевски|Ilievski", "Ангеловски|Angelovski", "Костовски|Kostovski"}

	taFemale = []string{"மீனாட்சி|Meenakshi", "லட்சுமி|Lakshmi", "பிரியா|Priya", "கவிதா|Kavitha", "தேவி|Devi", "சித்ரா|Chitra", "ஜெயந்தி|Jayanthi", "வள்ளி|Valli"}
	taMale   = []string{"முருகன்|Murugan", "செந்தில்|Senthil", "கார்த்திக்|Karthik", "ராஜா|Raja", "அருண்|Arun", "சுரேஷ்|Suresh", "விஜய்|Vijay", "பாலு|Balu"}
	// Tamil names put the father's initial before the given name.
	taInitial = []string{"ரா.|R", "மு.|M", "செ.|S", "க.|K", "பா.|P", "த.|T", "அ.|A", "வே.|V"}

	zuFemale = []string{"Thandeka", "Nomvula", "Zanele", "Sibongile", "Nokuthula", "Lindiwe", "Ayanda", "Thembi", "Nosipho", "Busisiwe"}
	zuMale   = []string{"Sipho", "Themba", "Bongani", "Mandla", "Sibusiso", "Thabo", "Nkosinathi", "Lwazi", "Sifiso", "Mthokozisi"}
	zuLast   = []string{"Dlamini", "Ngcobo", "Mkhize", "Zungu", "Khumalo", "Mthembu", "Nxumalo", "Cele", "Shabalala", "Ndlovu"}

	mnFemale = []string{"Болормаа|Bolormaa", "Сарангэрэл|Sarangerel", "Оюунчимэг|Oyuunchimeg", "Нарантуяа|Narantuya", "Энхжаргал|Enkhjargal", "Мөнхзул|Munkhzul", "Ариунаа|Ariunaa", "Туяа|Tuya"}
	mnMale   = []string{"Бат-Эрдэнэ|Bat-Erdene", "Ганбаатар|Ganbaatar", "Тэмүүлэн|Temuulen", "Мөнхбат|Munkhbat", "Болд|Bold", "Эрдэнэбат|Erdenebat", "Төмөрбаатар|Tumurbaatar", "Анхбаяр|Ankhbayar"}
	// The Mongolian "ovog" is the father's given name in the genitive.
	mnOvog = []string{"Батын|Bat", "Доржийн|Dorj", "Ганбаатарын|Ganbaatar", "Сүхбаатарын|Sukhbaatar", "Пүрэвийн|Purev", "Цэрэнгийн|Tsereng", "Баярын|Bayar", "Лхагвын|Lkhagva"}
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
func (r *rng) malawian() person { return r.pickPerson(mwFemale, mwMale, mwLast) }
func (r *rng) zambian() person  { return r.pickPerson(zmFemale, zmMale, zmLast) }
func (r *rng) zulu() person     { return r.pickPerson(zuFemale, zuMale, zuLast) }
func (r *rng) tamil() person    { return r.pickPerson(taFemale, taMale, taInitial) }

// zambianWoman draws a woman (an antenatal client).
func (r *rng) zambianWoman() person {
	p := r.zambian()
	p.first = zmFemale[r.IntN(len(zmFemale))]
	p.female = true
	return p
}

// uzbek draws an Uzbek name; the surname takes -a for a woman.
func (r *rng) uzbek() person {
	p := r.pickPerson(uzFemale, uzMale, uzLast)
	if p.female {
		p.last += "a"
	}
	return p
}

// macedonian draws a Macedonian name; -ски becomes -ска for a woman.
func (r *rng) macedonian() person {
	p := r.pickPerson(mkFemale, mkMale, mkLast)
	if p.female {
		p.last = strings.TrimSuffix(p.last, "ски") + "ска"
		p.ll = strings.TrimSuffix(p.ll, "ski") + "ska"
	}
	return p
}

// mongolian draws a Mongolian name: ovog (patronymic) and given name.
func (r *rng) mongolian() person { return r.pickPerson(mnFemale, mnMale, mnOvog) }

// taFull is a Tamil name as written: initial, then given name.
func (p person) taFull() string { return p.last + " " + p.first }

// mnFull is a Mongolian name as written: ovog, then given name.
func (p person) mnFull() string { return p.last + " " + p.first }

// Streets and towns.

type address struct {
	street, town, postcode, region string
}

func (a address) oneLine() string { return a.street + ", " + a.town + " " + a.postcode }

func (r *rng) usAddress() address {
	towns := []struct{ town, st, zip string }{{"Spokane", "WA", "992"}, {"Dayton", "OH", "454"}, {"Eugene", "OR", "974"}, {"Ithaca", "NY", "148"}, {"Fresno", "CA", "937"}, {"Lansing", "MI", "489"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(10, 9800), r.pick("Birch Street", "Walnut Avenue", "Sycamore Lane", "Ridge Road", "Meadowbrook Drive", "Harbor Court", "Aspen Way", "Linden Street")),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.zip, r.in(1, 99)),
		region:   t.st,
	}
}

func (r *rng) ukAddress() address {
	towns := []struct{ town, pc string }{{"Leeds", "LS6"}, {"Sheffield", "S10"}, {"Exeter", "EX4"}, {"Cardiff", "CF24"}, {"Carlisle", "CA1"}, {"Lincoln", "LN2"}, {"Swindon", "SN1"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 220), r.pick("Mill Lane", "Chapel Street", "Victoria Road", "Quarry Hill", "Nursery Close", "Abbey Walk", "Lark Rise", "Ferry Road")),
		town:     t.town,
		postcode: fmt.Sprintf("%s %d%s", t.pc, r.in(1, 9), r.from("ABDEFGHJLNPQRSTUWXYZ", 2)),
		region:   r.pick("West Yorkshire", "South Yorkshire", "Devon", "Cardiff", "Cumbria", "Lincolnshire", "Wiltshire"),
	}
}

// enAddress draws a US or UK address.
func (r *rng) enAddress() address {
	if r.chance(0.5) {
		return r.usAddress()
	}
	return r.ukAddress()
}

// mwAddress draws a Malawian address: area and plot, city, district, region.
func (r *rng) mwAddress() address {
	towns := []struct{ town, region string }{{"Lilongwe", "Central Region"}, {"Blantyre", "Southern Region"}, {"Zomba", "Southern Region"}, {"Mzuzu", "Northern Region"}, {"Kasungu", "Central Region"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street: r.pick(fmt.Sprintf("Area %d, Plot %d", r.in(1, 49), r.in(1, 400)), fmt.Sprintf("%s, House %d", r.pick("Chinsapo", "Ndirande", "Chilomoni", "Katawa", "Chinamwali"), r.in(1, 300))),
		town:   t.town,
		region: t.region,
	}
}

// zmAddress is a one-line Zambian address (plots and compounds).
func (r *rng) zmAddress() string {
	return r.pick(
		fmt.Sprintf("Plot %d, Chawama, Lusaka", r.in(100, 4999)),
		fmt.Sprintf("House %d, Kanyama Compound, Lusaka", r.in(1, 999)),
		fmt.Sprintf("Stand %d, Chelstone, Lusaka", r.in(100, 9999)),
		fmt.Sprintf("Plot %d, Chimwemwe, Kitwe", r.in(1, 999)),
		fmt.Sprintf("House %d, Matero, Lusaka", r.in(1, 999)))
}

func (r *rng) uzAddress() (district, mahalla, street, town, postcode string) {
	district = r.pick("Yunusobod tumani", "Chilonzor tumani", "Mirzo Ulug‘bek tumani", "Shayxontohur tumani", "Yakkasaroy tumani", "Olmazor tumani")
	mahalla = r.pick("Bodomzor", "Minor", "Qatortol", "Beshyog‘och", "Oqtepa", "Ko‘kcha") + " MFY"
	street = fmt.Sprintf("%s, %d-uy, %d-xonadon", r.pick("Amir Temur ko‘chasi", "Bobur ko‘chasi", "Navoiy ko‘chasi", "Shota Rustaveli ko‘chasi", "Muqimiy ko‘chasi", "Qoratosh ko‘chasi"), r.in(1, 120), r.in(1, 90))
	return district, mahalla, street, "Toshkent", fmt.Sprintf("100%03d", r.in(0, 200))
}

func (r *rng) mkAddress() (street, town, postcode, municipality string) {
	towns := []struct{ town, pc string }{{"Скопје", "1000"}, {"Битола", "7000"}, {"Охрид", "6000"}, {"Куманово", "1300"}, {"Прилеп", "7500"}, {"Штип", "2000"}}
	t := towns[r.IntN(len(towns))]
	muni := t.town
	if t.town == "Скопје" {
		muni = r.pick("Центар", "Карпош", "Аеродром", "Кисела Вода", "Гази Баба")
	}
	street = fmt.Sprintf("%s бр. %d/%d", r.pick("ул. Македонија", "бул. Партизански одреди", "ул. Орце Николов", "бул. Илинден", "ул. Васил Главинов", "ул. Гоце Делчев"), r.in(1, 140), r.in(1, 20))
	return street, t.town, t.pc, muni
}

func (r *rng) taAddress() (door, street, town, pin string) {
	towns := []struct{ town, pin string }{{"மதுரை", "6250"}, {"திருச்சி", "6200"}, {"சென்னை", "6000"}, {"கோயம்புத்தூர்", "6410"}, {"தஞ்சாவூர்", "6130"}}
	t := towns[r.IntN(len(towns))]
	door = fmt.Sprintf("%d/%d", r.in(1, 240), r.in(1, 9))
	street = r.pick("மேலமாசி வீதி", "அண்ணா நகர் 3வது தெரு", "காமராஜர் சாலை", "பெரியார் சாலை", "திருவள்ளுவர் தெரு", "கீழவெளி வீதி")
	return door, street, t.town, fmt.Sprintf("%s%02d", t.pin, r.in(1, 99))
}

func (r *rng) zaAddress() (street, suburb, town, postcode string) {
	towns := []struct{ sub, town, pc string }{{"KwaMashu", "eThekwini", "4359"}, {"Umlazi", "eThekwini", "4031"}, {"Inanda", "eThekwini", "4310"}, {"Edendale", "Pietermaritzburg", "3217"}, {"Esikhawini", "Richards Bay", "3887"}}
	t := towns[r.IntN(len(towns))]
	street = r.pick(fmt.Sprintf("%d Mthembu Road", r.in(1, 300)), fmt.Sprintf("Indlu %d, Isigaba %s", r.in(100, 9999), r.pick("A", "B", "C", "K", "M")), fmt.Sprintf("%d Sibiya Street", r.in(1, 200)))
	return street, t.sub, t.town, t.pc
}

func (r *rng) mnAddress() (district, khoroo, street, yard string) {
	district = r.pick("Сонгинохайрхан", "Баянзүрх", "Чингэлтэй", "Сүхбаатар", "Налайх", "Хан-Уул")
	return district, fmt.Sprintf("%d-р хороо", r.in(1, 43)), fmt.Sprintf("%d-р гудамж", r.in(1, 40)), fmt.Sprintf("%d тоот", r.in(1, 120))
}
