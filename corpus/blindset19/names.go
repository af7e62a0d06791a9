package blindset19

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
	enFemale = []string{"Marisol", "Greta", "Imogen", "Priya", "Rosalind", "Ottilie", "Sunita", "Delphine", "Wren", "Juniper", "Agnieszka", "Cordelia", "Talia", "Beatrix"}
	enMale   = []string{"Ambrose", "Desmond", "Lucian", "Tariq", "Fergus", "Everett", "Bartholomew", "Casimir", "Ezra", "Mateo", "Percival", "Silas", "Dominic", "Anselm"}
	enLast   = []string{"Thistlewood", "Abernathy", "Okafor", "Villanueva", "Brightwater", "Szymanski", "Delacroix", "Pennington", "Haverford", "Nakashima", "Featherstone", "Mbeki", "Galloway", "Rutherford", "Ashdown", "Kerrigan"}

	haFemale = []string{"Zainab", "Hauwa", "Fatima", "Aisha", "Hadiza", "Maryam", "Halima", "Rukayya", "Bilkisu", "Amina", "Jamila", "Saadatu"}
	haMale   = []string{"Aminu", "Abubakar", "Sani", "Musa", "Bashir", "Yusuf", "Ibrahim", "Nasiru", "Kabiru", "Mustapha", "Haruna", "Auwalu"}
	haLast   = []string{"Bello", "Abdullahi", "Garba", "Usman", "Yakubu", "Danjuma", "Lawal", "Shehu", "Dankano", "Inuwa", "Tijjani", "Sulaiman"}

	siFemale = []string{"කුමාරි|Kumari", "නිරෝෂා|Nirosha", "දිල්රුක්ෂි|Dilrukshi", "සඳමාලි|Sandamali", "ඉරෝෂා|Irosha", "චමිලා|Chamila", "තරංගා|Tharanga", "අනූෂා|Anusha"}
	siMale   = []string{"සුනිල්|Sunil", "නිමල්|Nimal", "කසුන්|Kasun", "චමින්ද|Chaminda", "ප්‍රසන්න|Prasanna", "රුවන්|Ruwan", "දිනේෂ්|Dinesh", "අජිත්|Ajith"}
	siLast   = []string{"පෙරේරා|Perera", "ජයසිංහ|Jayasinghe", "බණ්ඩාර|Bandara", "හේරත්|Herath", "දිසානායක|Dissanayake", "රත්නායක|Rathnayake", "විජේසූරිය|Wijesooriya", "සේනානායක|Senanayake"}

	neFemale = []string{"सीता|Sita", "सरिता|Sarita", "पूजा|Puja", "अनिता|Anita", "सुनिता|Sunita", "प्रतिभा|Pratibha", "रिता|Rita", "कल्पना|Kalpana"}
	neMale   = []string{"राम|Ram", "सुरेश|Suresh", "विकास|Bikash", "प्रकाश|Prakash", "दिपेश|Dipesh", "रमेश|Ramesh", "सन्तोष|Santosh", "अनिल|Anil"}
	neLast   = []string{"श्रेष्ठ|Shrestha", "थापा|Thapa", "गुरुङ|Gurung", "तामाङ|Tamang", "अधिकारी|Adhikari", "पौडेल|Poudel", "कार्की|Karki", "राई|Rai", "महर्जन|Maharjan", "लामा|Lama"}

	// Rwandan names: a Kinyarwanda name, often with a Christian one.
	rwKinya  = []string{"Uwase", "Mugisha", "Ishimwe", "Keza", "Nshuti", "Iradukunda", "Ingabire", "Uwimana", "Habimana", "Niyonzima", "Mukamana", "Nsengiyumva", "Uwera", "Hakizimana"}
	rwFemale = []string{"Aline", "Claudine", "Diane", "Josiane", "Vestine", "Solange", "Grace", "Chantal"}
	rwMale   = []string{"Eric", "Jean Claude", "Olivier", "Emmanuel", "Patrick", "Innocent", "Fabrice", "Theogene"}

	kzFemale = []string{"Айгерім|Aigerim", "Әсел|Assel", "Гүлназ|Gulnaz", "Дана|Dana", "Жанар|Zhanar", "Мөлдір|Moldir", "Перизат|Perizat", "Салтанат|Saltanat"}
	kzMale   = []string{"Дәурен|Dauren", "Нұрлан|Nurlan", "Ерлан|Yerlan", "Асқар|Askar", "Бауыржан|Baurzhan", "Ержан|Yerzhan", "Мұрат|Murat", "Тимур|Timur"}
	kzLast   = []string{"Қасымов|Kassymov", "Нұрланов|Nurlanov", "Сейітов|Seitov", "Әбенов|Abenov", "Жұмабаев|Zhumabayev", "Омаров|Omarov", "Тоқаев|Tokayev", "Серікбаев|Serikbayev"}
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

func (r *rng) english() person { return r.pickPerson(enFemale, enMale, enLast) }
func (r *rng) hausa() person   { return r.pickPerson(haFemale, haMale, haLast) }
func (r *rng) sinhala() person { return r.pickPerson(siFemale, siMale, siLast) }
func (r *rng) nepali() person  { return r.pickPerson(neFemale, neMale, neLast) }

// rwandan draws a Rwandan name: Kinyarwanda surname-first name and a
// Christian given name.
func (r *rng) rwandan() person {
	p := r.pickPerson(rwFemale, rwMale, rwKinya)
	return p
}

// rwFull is a Rwandan name as written on forms: Kinyarwanda name first.
func (p person) rwFull() string { return p.last + " " + p.first }

// kazakh draws a Kazakh name; the surname takes -а for a woman.
func (r *rng) kazakh() person {
	p := r.pickPerson(kzFemale, kzMale, kzLast)
	if p.female {
		p.last += "а"
		p.ll += "a"
	}
	return p
}

// Streets and towns.

type address struct {
	street, town, postcode, region string
}

func (a address) oneLine() string { return a.street + ", " + a.town + " " + a.postcode }

func (r *rng) usAddress() address {
	towns := []struct{ town, st, zip string }{{"Bend", "OR", "977"}, {"Boise", "ID", "837"}, {"Savannah", "GA", "314"}, {"Duluth", "MN", "558"}, {"Tucson", "AZ", "857"}, {"Burlington", "VT", "054"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(10, 9800), r.pick("Juniper Street", "Oakmont Avenue", "Cottonwood Lane", "Summit Road", "Willow Bend Drive", "Quarry Court", "Hawthorne Way", "Maple Street")),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.zip, r.in(1, 99)),
		region:   t.st,
	}
}

func (r *rng) ukAddress() address {
	towns := []struct{ town, pc, region string }{{"York", "YO31", "North Yorkshire"}, {"Norwich", "NR2", "Norfolk"}, {"Bath", "BA2", "Somerset"}, {"Durham", "DH1", "County Durham"}, {"Preston", "PR1", "Lancashire"}, {"Stirling", "FK8", "Stirlingshire"}, {"Truro", "TR1", "Cornwall"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 220), r.pick("Orchard Lane", "Station Road", "Church Street", "Beech Grove", "Kingsway", "Mill Race", "Tanners Row", "Foundry Close")),
		town:     t.town,
		postcode: fmt.Sprintf("%s %d%s", t.pc, r.in(1, 9), r.from("ABDEFGHJLNPQRSTUWXYZ", 2)),
		region:   t.region,
	}
}

// enAddress draws a US or UK address.
func (r *rng) enAddress() address {
	if r.chance(0.5) {
		return r.usAddress()
	}
	return r.ukAddress()
}

// ngAddress draws a Kano address: house and street, area, city, postcode.
func (r *rng) ngAddress() (street, area, town, postcode string) {
	areas := []struct{ area, pc string }{{"Nassarawa GRA", "700233"}, {"Sabon Gari", "700241"}, {"Gwale", "700103"}, {"Tarauni", "700102"}, {"Fagge", "700221"}, {"Dala", "700105"}}
	a := areas[r.IntN(len(areas))]
	street = fmt.Sprintf("No. %d %s", r.in(1, 240), r.pick("Zoo Road", "Murtala Mohammed Way", "Ibrahim Taiwo Road", "France Road", "Gidan Dan Asabe Street", "Titi Bello Road"))
	return street, a.area, "Kano", a.pc
}

// lkAddress draws a Sri Lankan estate or town address in Sinhala script.
func (r *rng) lkAddress() (street, town, postcode string) {
	towns := []struct{ town, pc string }{{"මහනුවර", "20000"}, {"නුවරඑළිය", "22200"}, {"හැටන්", "22000"}, {"බදුල්ල", "90000"}, {"පේරාදෙණිය", "20400"}}
	t := towns[r.IntN(len(towns))]
	street = r.pick(
		fmt.Sprintf("අංක %d, %s", r.in(1, 300), r.pick("පේරාදෙණිය පාර", "ශ්‍රී දළදා වීදිය", "කොළඹ පාර", "ගාලු පාර")),
		fmt.Sprintf("ලයින් කාමර %d, %s වතුයාය", r.in(1, 60), r.pick("ලවර්ස් ලීප්", "පැද්‍රෝ", "ග්ලෙන්ලොක්", "ඩික්ඔයා")))
	return street, t.town, t.pc
}

// npAddress draws a Nepali address in Devanagari: municipality with ward,
// tole, district.
func (r *rng) npAddress() (ward, tole, district string) {
	ds := []struct{ muni, district string }{{"काठमाडौं महानगरपालिका", "काठमाडौं"}, {"ललितपुर महानगरपालिका", "ललितपुर"}, {"भक्तपुर नगरपालिका", "भक्तपुर"}, {"पोखरा महानगरपालिका", "कास्की"}}
	d := ds[r.IntN(len(ds))]
	ward = fmt.Sprintf("%s-%d", d.muni, r.in(1, 32))
	tole = r.pick("बानेश्वर", "कोटेश्वर", "पुल्चोक", "जावलाखेल", "लेकसाइड", "चाबहिल", "बौद्ध", "सानेपा") + ", घर नं. " + fmt.Sprint(r.in(1, 999))
	return ward, tole, d.district
}

// rwAddress draws a Rwandan address: district, sector, cell, village.
func (r *rng) rwAddress() (akarere, umurenge, akagari, umudugudu string) {
	ds := []struct{ d, s string }{{"Gasabo", "Remera"}, {"Gasabo", "Kimironko"}, {"Kicukiro", "Niboye"}, {"Nyarugenge", "Nyamirambo"}, {"Musanze", "Muhoza"}, {"Huye", "Ngoma"}}
	d := ds[r.IntN(len(ds))]
	return d.d, d.s, r.pick("Rukiri I", "Bibare", "Nyakabanda", "Kigarama", "Cyivugiza", "Matyazo"), r.pick("Amahoro", "Ubumwe", "Isangano", "Urugwiro", "Ituze", "Imena")
}

// kzAddress draws an Almaty or Astana address in Kazakh.
func (r *rng) kzAddress() (street, town, postcode string) {
	towns := []struct{ town, pc string }{{"Алматы қ.", "0500"}, {"Астана қ.", "0100"}, {"Шымкент қ.", "1600"}, {"Қарағанды қ.", "1000"}}
	t := towns[r.IntN(len(towns))]
	street = fmt.Sprintf("%s %d, %d-пәтер", r.pick("Абай даңғылы", "Төле би көшесі", "Сәтпаев көшесі", "Қабанбай батыр көшесі", "Достық даңғылы", "Жібек жолы көшесі"), r.in(1, 240), r.in(1, 180))
	return street, t.town, fmt.Sprintf("%s%02d", t.pc, r.in(0, 99))
}
