package blindset22

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

// initials are the first letters of the Latin first and last names.
func (p person) initials() string {
	f, l := p.latFirst(), p.latLast()
	out := f[:1]
	if l != "" {
		out += l[:1]
	}
	return strings.ToUpper(out)
}

var (
	enFemale = []string{"Philippa", "Lorna", "Gwendolyn", "Adaeze", "Cordelia", "Saoirse", "Maribel", "Thomasina", "Wilhelmina", "Keziah", "Rowena", "Isadora", "Noor", "Felicity"}
	enMale   = []string{"Barnaby", "Cormac", "Leopold", "Jethro", "Augustin", "Thaddeus", "Emeka", "Rupert", "Cassius", "Alistair", "Ignatius", "Dorian", "Mateo", "Griffin"}
	enLast   = []string{"Wetherby", "Quennell", "Abernethy", "Castellano", "Hollingsworth", "Okafor", "Prendergast", "Kowalczyk", "Tremayne", "Blackwood", "Fairbairn", "Lindqvist", "Merriweather", "Oyelaran", "Stanhope", "Vasquez"}

	tjFemale = []string{"Нигина|Nigina", "Манижа|Manizha", "Дилором|Dilorom", "Фарангис|Farangis", "Шабнам|Shabnam", "Мадина|Madina", "Зарина|Zarina", "Парвина|Parvina", "Муниса|Munisa"}
	tjMale   = []string{"Фирдавс|Firdavs", "Шаҳром|Shahrom", "Баҳодур|Bahodur", "Рустам|Rustam", "Ҷамшед|Jamshed", "Далер|Daler", "Сиёвуш|Siyovush", "Фаррух|Farrukh", "Умед|Umed"}
	tjLast   = []string{"Раҳимов|Rahimov", "Назаров|Nazarov", "Қодиров|Qodirov", "Саидов|Saidov", "Шарипов|Sharipov", "Ҳусейнов|Huseinov", "Мирзоев|Mirzoev", "Давлатов|Davlatov", "Исмоилзода|Ismoilzoda", "Раҳмонзода|Rahmonzoda"}

	orFemale = []string{"ସୁଭଦ୍ରା|Subhadra", "ଲିପ୍ସା|Lipsa", "ମମତା|Mamata", "ପ୍ରିୟଙ୍କା|Priyanka", "ସସ୍ମିତା|Sasmita", "ଗୀତାଞ୍ଜଳି|Gitanjali", "ରଶ୍ମି|Rashmi", "ଅର୍ପିତା|Arpita"}
	orMale   = []string{"ସୌମ୍ୟ|Soumya", "ବିଶ୍ୱଜିତ|Biswajit", "ପ୍ରଶାନ୍ତ|Prasanta", "ଦେବାଶିଷ|Debasish", "ସଞ୍ଜୟ|Sanjay", "ଅଭିଷେକ|Abhishek", "ରଞ୍ଜନ|Ranjan", "ସୁଧୀର|Sudhir"}
	orLast   = []string{"ମହାପାତ୍ର|Mohapatra", "ପଟ୍ଟନାୟକ|Pattnaik", "ଦାସ|Das", "ମିଶ୍ର|Mishra", "ସାହୁ|Sahoo", "ପଣ୍ଡା|Panda", "ନାୟକ|Nayak", "ବେହେରା|Behera", "ପ୍ରଧାନ|Pradhan", "ଜେନା|Jena"}

	woFemale = []string{"Awa", "Fatou", "Aminata", "Ndèye", "Coumba", "Mariama", "Khady", "Astou", "Rokhaya", "Adji"}
	woMale   = []string{"Mamadou", "Ousmane", "Cheikh", "Moussa", "Ibrahima", "Abdoulaye", "Modou", "Serigne", "Babacar", "Pape"}
	woLast   = []string{"Ndiaye", "Diop", "Fall", "Sow", "Gueye", "Mbaye", "Sarr", "Faye", "Diouf", "Ndour", "Seck", "Thiam"}

	smFemale = []string{"Sina", "Malia", "Lagi", "Fetu", "Mele", "Salote", "Teuila", "Alofa", "Losana", "Fiaola"}
	smMale   = []string{"Iosefa", "Tavita", "Sione", "Mikaele", "Ioane", "Siaosi", "Lafaele", "Matagi", "Tuala", "Peni"}
	smLast   = []string{"Tuilagi", "Leota", "Faʻalogo", "Aumua", "Toleafoa", "Sapolu", "Soliai", "Tuiasosopo", "Faleolo", "Lemalu", "Tanielu"}

	psFemale = []string{"ملالۍ|Malalai", "زرغونه|Zarghuna", "پلوشه|Palwasha", "شبنم|Shabnam", "ګلالۍ|Gulalai", "نازیه|Nazia", "سپوږمۍ|Spogmai", "مرسل|Mursal"}
	psMale   = []string{"ګلاب|Gulab", "نجیب|Najib", "وحید|Wahid", "شفیق|Shafiq", "عزیز|Aziz", "ذبیح|Zabih", "میرویس|Mirwais", "اجمل|Ajmal"}
	psLast   = []string{"احمدزی|Ahmadzai", "یوسفزی|Yousafzai", "شینواري|Shinwari", "مومند|Momand", "وردګ|Wardak", "پوپلزی|Popalzai", "ستانکزی|Stanikzai", "خټک|Khattak", "اڅکزی|Achakzai"}
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
func (r *rng) odia() person    { return r.pickPerson(orFemale, orMale, orLast) }
func (r *rng) wolof() person   { return r.pickPerson(woFemale, woMale, woLast) }
func (r *rng) samoan() person  { return r.pickPerson(smFemale, smMale, smLast) }
func (r *rng) pashto() person  { return r.pickPerson(psFemale, psMale, psLast) }

// tajik draws a Tajik name; a woman's -ов surname takes -ова (the -зода
// surnames do not change).
func (r *rng) tajik() person {
	p := r.pickPerson(tjFemale, tjMale, tjLast)
	if p.female && strings.HasSuffix(p.last, "ов") {
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
	towns := []struct{ town, st, zip string }{{"Missoula", "MT", "598"}, {"Asheville", "NC", "288"}, {"Ithaca", "NY", "148"}, {"Boise", "ID", "837"}, {"Flagstaff", "AZ", "860"}, {"Dubuque", "IA", "520"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(10, 9800), r.pick("Sycamore Street", "Larkspur Avenue", "Heron Point Road", "Quarry Lane", "Wren Court", "Foxglove Drive", "Alder Way", "Chestnut Hill Road")),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.zip, r.in(1, 99)),
		region:   t.st,
	}
}

func (r *rng) ukAddress() address {
	towns := []struct{ town, pc, region string }{{"Hereford", "HR1", "Herefordshire"}, {"Penzance", "TR18", "Cornwall"}, {"Hexham", "NE46", "Northumberland"}, {"Ludlow", "SY8", "Shropshire"}, {"Perth", "PH1", "Perth and Kinross"}, {"Whitby", "YO21", "North Yorkshire"}, {"Lewes", "BN7", "East Sussex"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 220), r.pick("Weavers Lane", "Abbey Road", "Chapel Row", "Holly Bank", "Ropewalk", "Ferry Lane", "Station Terrace", "Willow Close")),
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

// tjAddress draws a Tajik address in Cyrillic: street, house and flat,
// city, postcode.
func (r *rng) tjAddress() (street, house, city, postcode string) {
	cs := []struct {
		city, pc string
		streets  []string
	}{
		{"Душанбе", "7340", []string{"хиёбони Рӯдакӣ", "кӯчаи Айнӣ", "кӯчаи Бохтар", "кӯчаи Шероз", "хиёбони Исмоили Сомонӣ"}},
		{"Хуҷанд", "7350", []string{"кӯчаи Гагарин", "хиёбони Ибни Сино", "кӯчаи Камоли Хуҷандӣ"}},
		{"Бохтар", "7351", []string{"кӯчаи Вахш", "кӯчаи Н. Хусрав"}},
		{"Ваҳдат", "7354", []string{"кӯчаи Фирдавсӣ", "кӯчаи Маркази"}},
	}
	c := cs[r.IntN(len(cs))]
	house = fmt.Sprintf("хонаи %d", r.in(1, 160))
	if r.chance(0.6) {
		house += fmt.Sprintf(", ҳуҷраи %d", r.in(1, 90))
	}
	return c.streets[r.IntN(len(c.streets))], house, c.city, fmt.Sprintf("%s%02d", c.pc, r.in(1, 60))
}

// orAddress draws an Odisha address in Odia script: house, village or
// locality, block, district, PIN code.
func (r *rng) orAddress() (house, village, block, district, pin string) {
	ds := []struct {
		district, pin string
		blocks        []string
	}{
		{"ଖୋର୍ଦ୍ଧା", "752", []string{"ବାଲିଅନ୍ତା", "ଜଟଣୀ", "ବୋଲଗଡ଼"}},
		{"କଟକ", "754", []string{"ବାଙ୍କୀ", "ଆଠଗଡ଼", "ସାଲେପୁର"}},
		{"ପୁରୀ", "752", []string{"ପିପିଲି", "ନିମାପଡ଼ା", "ସତ୍ୟବାଦୀ"}},
		{"ଗଞ୍ଜାମ", "761", []string{"ଛତ୍ରପୁର", "ଆସ୍କା", "ହିଞ୍ଜିଳି"}},
	}
	d := ds[r.IntN(len(ds))]
	house = fmt.Sprintf("ଘର ନଂ. %d", r.in(1, 400))
	village = r.pick("ରଘୁରାଜପୁର", "କଣ୍ଟିଲୋ", "ବଳିପାଟଣା", "ଗୋପାଳପୁର", "ଶିଖରପୁର", "ନୂଆଗାଁ")
	return house, village, d.blocks[r.IntN(len(d.blocks))], d.district, fmt.Sprintf("%s%03d", d.pin, r.in(1, 120))
}

// snAddress draws a Senegalese address: villa or lot, quartier, city.
func (r *rng) snAddress() (villa, quartier, city string) {
	cs := []struct {
		city string
		qs   []string
	}{
		{"Dakar", []string{"Grand Yoff", "Médina", "Parcelles Assainies Unité 14", "HLM Grand Médine", "Sacré-Cœur 3", "Liberté 6"}},
		{"Pikine", []string{"Thiaroye", "Guinaw Rail", "Keur Massar"}},
		{"Thiès", []string{"Randoulène", "Mbour 1", "Cité Lamy"}},
		{"Saint-Louis", []string{"Guet Ndar", "Sor", "Pikine Saint-Louis"}},
	}
	c := cs[r.IntN(len(cs))]
	villa = fmt.Sprintf("%s %d", r.pick("Villa n°", "Lot", "Cité Keur Gorgui villa", "Parcelle"), r.in(1, 900))
	return villa, c.qs[r.IntN(len(c.qs))], c.city
}

// wsAddress draws a Samoan address: fale, village, district (no
// postcodes in Samoa).
func (r *rng) wsAddress() (fale, nuu, itumalo string) {
	ds := []struct {
		d  string
		vs []string
	}{
		{"Tuamasaga", []string{"Vailima", "Lotopa", "Vaitele", "Siusega", "Moataa"}},
		{"Aʻana", []string{"Faleasiu", "Leulumoega", "Fasitoouta"}},
		{"Gagaʻifomauga", []string{"Safotu", "Manase", "Samalaeulu"}},
		{"Atua", []string{"Lufilufi", "Falefa", "Lotofaga"}},
	}
	d := ds[r.IntN(len(ds))]
	fale = fmt.Sprintf("Fale %d, %s", r.in(1, 60), r.pick("auala i uta", "tafatafa o le lotu", "i tua o le faleoloa", "auala matua"))
	return fale, d.vs[r.IntN(len(d.vs))], d.d
}

// afAddress draws an eastern / southern Afghan address in Pashto: house,
// street, district (nahia), city.
func (r *rng) afAddress() (kor, kucha, nahia, khar string) {
	cs := []struct {
		city string
		ks   []string
	}{
		{"جلال‌اباد", []string{"د ښارنوۍ سړک", "تلاشی چوک", "د سرک نوی کوڅه"}},
		{"کندهار", []string{"شهر نو", "عینو مېنه", "د کابل دروازې سړک"}},
		{"خوست", []string{"د متون سړک", "باغ کوڅه"}},
		{"کابل", []string{"کارته نو", "خیرخانه", "شهرنو"}},
	}
	c := cs[r.IntN(len(cs))]
	return fmt.Sprintf("کور %d", r.in(1, 400)), c.ks[r.IntN(len(c.ks))], fmt.Sprintf("ناحیه %d", r.in(1, 12)), c.city
}
