package blindset20

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
	enFemale = []string{"Harriet", "Noor", "Philippa", "Anjali", "Lorelei", "Bridget", "Yasmin", "Clementine", "Maeve", "Esperanza", "Dorothea", "Keziah", "Saoirse", "Winifred"}
	enMale   = []string{"Alistair", "Rupert", "Thaddeus", "Kwame", "Leopold", "Gideon", "Barnaby", "Cormac", "Emrys", "Joaquin", "Horatio", "Ignatius", "Rafferty", "Osric"}
	enLast   = []string{"Wainwright", "Achterberg", "Oyelaran", "Castellanos", "Blackthorne", "Kowalczyk", "Lindqvist", "Pemberton", "Harrowgate", "Takahashi", "Fairweather", "Nwachukwu", "Strathmore", "Quennell", "Ellingham", "Dunmore"}

	soFemale = []string{"Hodan", "Faadumo", "Ayaan", "Sahra", "Hibaaq", "Ubax", "Nimco", "Khadra", "Ifrah", "Shukri", "Deeqa", "Sagal"}
	soMale   = []string{"Cabdiraxmaan", "Maxamed", "Cabdullaahi", "Axmed", "Yuusuf", "Mahad", "Liibaan", "Guuleed", "Bashiir", "Faarax", "Cumar", "Jaamac"}
	soFather = []string{"Warsame", "Jaamac", "Xasan", "Cabdi", "Cigaal", "Faarax", "Nuur", "Maxamuud", "Cismaan", "Geedi", "Aadan", "Ducaale", "Ismaaciil", "Rooble"}

	myFemale = []string{"ခင်မာဝင်း|Khin Mar Win", "နီလာထွန်း|Nilar Tun", "သီတာအောင်|Thida Aung", "စန္ဒာမြင့်|Sandar Myint", "မြတ်နိုးဦး|Myat Noe Oo", "ဖြူဖြူသင်း|Phyu Phyu Thin", "ယုယုလှိုင်|Yu Yu Hlaing", "နန်းဆွေ|Nan Swe", "အိအိဖြိုး|Ei Ei Phyo", "ဇင်မာထွေး|Zin Mar Htwe"}
	myMale   = []string{"ကျော်ဇော|Kyaw Zaw", "အောင်မြင့်|Aung Myint", "ဇော်ဝင်း|Zaw Win", "မင်းထက်|Min Htet", "သန့်ဇင်|Thant Zin", "ဝင်းနိုင်|Win Naing", "ထွန်းထွန်းဦး|Tun Tun Oo", "နေလင်း|Nay Lin", "ဟိန်းထက်|Hein Htet", "ကိုကိုလွင်|Ko Ko Lwin"}

	khLast   = []string{"សុខ|Sok", "ចាន់|Chan", "ហេង|Heng", "លី|Ly", "គឹម|Kim", "ស៊ុន|Sun", "ពេជ្រ|Pich", "ម៉ៅ|Mao", "ឈឹម|Chhim", "ស៊ឹម|Sim", "យិន|Yin", "នួន|Nuon"}
	khFemale = []string{"ស្រីមុំ|Sreymom", "សុភា|Sophea", "ចន្ធូ|Chanthou", "ដាវី|Davy", "ស្រីនី|Sreyny", "រតនា|Rathana", "សុគន្ធា|Sokunthea", "ធីតា|Thida"}
	khMale   = []string{"វិចិត្រ|Vichet", "សុភ័ក្រ|Sopheak", "ដារ៉ា|Dara", "វណ្ណា|Vanna", "ពិសិដ្ឋ|Piseth", "រិទ្ធី|Rithy", "សំណាង|Samnang", "សុវណ្ណ|Sovann"}

	quFemale = []string{"Rosa", "Yolanda", "Nilda", "Florencia", "Sabina", "Justina", "Killa", "Nayra", "Hilaria", "Domitila"}
	quMale   = []string{"Faustino", "Eusebio", "Teodoro", "Ruperto", "Wilber", "Inti", "Saturnino", "Cirilo", "Hilario", "Fortunato"}
	quLast   = []string{"Mamani", "Quispe", "Huamán", "Condori", "Ccahuana", "Huallpa", "Apaza", "Choque", "Puma", "Sullca", "Tito", "Cusi", "Ccori", "Layme"}

	urFemale = []string{"عائشہ|Ayesha", "فاطمہ|Fatima", "سدرہ|Sidra", "ماہ نور|Mahnoor", "صائمہ|Saima", "نازیہ|Nazia", "رابعہ|Rabia", "ثمینہ|Samina", "کنول|Kanwal"}
	urMale   = []string{"عمران|Imran", "بلال|Bilal", "فیصل|Faisal", "کاشف|Kashif", "عثمان|Usman", "حمزہ|Hamza", "ندیم|Nadeem", "طارق|Tariq", "شہزاد|Shahzad"}
	urLast   = []string{"خان|Khan", "قریشی|Qureshi", "بٹ|Butt", "چوہدری|Chaudhry", "ملک|Malik", "شیخ|Sheikh", "اعوان|Awan", "راجپوت|Rajput", "انصاری|Ansari", "مرزا|Mirza"}
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
func (r *rng) quechua() person { return r.pickPerson(quFemale, quMale, quLast) }
func (r *rng) urdu() person    { return r.pickPerson(urFemale, urMale, urLast) }

// khmer draws a Khmer name; last is the family name, written first.
func (r *rng) khmer() person { return r.pickPerson(khFemale, khMale, khLast) }

// khFull is a Khmer name as written: family name first.
func (p person) khFull() string { return p.last + " " + p.first }

// khLatin is the Latin form of a Khmer name, family name first.
func (p person) khLatin() string { return strings.ToUpper(p.ll) + " " + p.lf }

// somali draws a Somali name: given name, father's name and grandfather's
// name.
type somaliName struct {
	person
	grand string
}

func (r *rng) somali() somaliName {
	p := r.pickPerson(soFemale, soMale, soFather)
	g := soFather[r.IntN(len(soFather))]
	for g == p.last {
		g = soFather[r.IntN(len(soFather))]
	}
	return somaliName{person: p, grand: g}
}

func (s somaliName) full3() string { return s.first + " " + s.last + " " + s.grand }

// burmese draws a Burmese name: no family name.
func (r *rng) burmese() person { return r.burmeseSex(r.chance(0.6)) }

// burmeseSex draws a Burmese woman's or man's name.
func (r *rng) burmeseSex(isF bool) person {
	list := myMale
	if isF {
		list = myFemale
	}
	f, lf := split(list[r.IntN(len(list))])
	return person{first: f, female: isF, lf: lf}
}

// honorific is the Burmese name with Daw / U before it.
func (p person) honorific() string {
	if p.female {
		return "ဒေါ်" + p.first
	}
	return "ဦး" + p.first
}

// Streets and towns.

type address struct {
	street, town, postcode, region string
}

func (a address) oneLine() string { return a.street + ", " + a.town + " " + a.postcode }

func (r *rng) usAddress() address {
	towns := []struct{ town, st, zip string }{{"Spokane", "WA", "992"}, {"Asheville", "NC", "288"}, {"Madison", "WI", "537"}, {"Flagstaff", "AZ", "860"}, {"Portland", "ME", "041"}, {"Missoula", "MT", "598"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(10, 9800), r.pick("Larkspur Street", "Elmhurst Avenue", "Birchwood Lane", "Ridge Road", "Meadowbrook Drive", "Tannery Court", "Sycamore Way", "Foxglove Street")),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.zip, r.in(1, 99)),
		region:   t.st,
	}
}

func (r *rng) ukAddress() address {
	towns := []struct{ town, pc, region string }{{"Lincoln", "LN2", "Lincolnshire"}, {"Exeter", "EX4", "Devon"}, {"Hereford", "HR1", "Herefordshire"}, {"Carlisle", "CA1", "Cumbria"}, {"Ipswich", "IP4", "Suffolk"}, {"Perth", "PH1", "Perth and Kinross"}, {"Wrexham", "LL11", "Wrexham"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 220), r.pick("Cherry Tree Walk", "Quayside", "Abbey Road", "Larch Close", "Queensway", "Weavers Row", "Ropewalk", "Forge Lane")),
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

// soAddress draws a Somaliland address: district, neighbourhood, house
// description, town.
func (r *rng) soAddress() (degmo, xaafad, guri, magaalo string) {
	ts := []struct {
		town string
		ds   []string
	}{
		{"Hargeysa", []string{"26 June", "Ga'an Libaax", "Maxamuud Haybe", "Axmed Dhagax", "Ibraahin Koodbuur", "Macalin Haaruun"}},
		{"Burco", []string{"Koosaar", "Sheekh Bashiir", "Xaafadda Cusub"}},
		{"Berbera", []string{"Sha'ab", "Dami", "Jaamac Cali"}},
	}
	t := ts[r.IntN(len(ts))]
	degmo = t.ds[r.IntN(len(t.ds))]
	xaafad = r.pick("Jigjiga Yar", "Masalaha", "New Hargeisa", "Calaamadaha", "Dumbuluq", "Badda Cas", "Sheedaha", "Goljano")
	guri = fmt.Sprintf("Guri %d, %s", r.in(1, 400), r.pick("agagaarka masjidka Nuur", "wadada Road 1", "ka soo horjeeda dugsiga", "gadaasha suuqa", "waddada Xero Awr", "agagaarka isbitaalka"))
	return degmo, xaafad, guri, t.town
}

// mmAddress draws a Mandalay or Yangon address in Burmese: street and
// house, ward (quarter), township, city.
func (r *rng) mmAddress() (street, ward, township, city string) {
	ts := []struct{ township, city string }{{"ချမ်းအေးသာဇံ", "မန္တလေး"}, {"မဟာအောင်မြေ", "မန္တလေး"}, {"ပြည်ကြီးတံခွန်", "မန္တလေး"}, {"အောင်မြေသာစံ", "မန္တလေး"}, {"ကမာရွတ်", "ရန်ကုန်"}, {"လှိုင်", "ရန်ကုန်"}}
	t := ts[r.IntN(len(ts))]
	street = fmt.Sprintf("အမှတ် %d၊ %d လမ်း", r.in(1, 300), r.in(20, 90))
	ward = r.pick("ရွှေတောင်ကြားရပ်", "မြေနီကုန်းရပ်", "ဟေမာဇလရပ်", "အောင်နန်းရပ်", "ပြည်ကြီးမျက်ရှင်ရပ်", "ဇေယျာဝတီရပ်")
	return street, ward, t.township, t.city
}

// khAddress draws a Cambodian address in Khmer: house, village, commune,
// district, province.
func (r *rng) khAddress() (house, phum, khum, srok, khaet string) {
	ps := []struct {
		khaet, srok string
		khums       []string
	}{
		{"បាត់ដំបង", "ក្រុងបាត់ដំបង", []string{"ស្វាយប៉ោ", "ព្រែកព្រះស្ដេច", "រតនៈ"}},
		{"បាត់ដំបង", "សង្កែ", []string{"អន្លង់វិល", "វត្តតាមិម"}},
		{"សៀមរាប", "ក្រុងសៀមរាប", []string{"ស្វាយដង្គំ", "សាលាកំរើក", "គោកចក"}},
		{"សៀមរាប", "ពួក", []string{"ពួក", "កែវពណ៌"}},
	}
	p := ps[r.IntN(len(ps))]
	khum = p.khums[r.IntN(len(p.khums))]
	phum = "ភូមិ" + r.pick("ស្វាយ", "ដំណាក់ត្រាច", "ព្រៃធំ", "ក្បាលថ្នល់", "ត្រពាំងសេះ", "ចំការលើ")
	house = fmt.Sprintf("ផ្ទះលេខ %d ផ្លូវ %d", r.in(1, 250), r.in(1, 60))
	return house, phum, khum, p.srok, p.khaet
}

// peAddress draws a highland Cusco address: house, annex, community,
// district.
func (r *rng) peAddress() (wasi, anexo, ayllu, distrito string) {
	ds := []struct {
		d  string
		cs []string
	}{
		{"Ocongate", []string{"Tayancani", "Pacchanta", "Upis"}},
		{"Pitumarca", []string{"Chillihuani", "Phinaya", "Osefina"}},
		{"Chinchero", []string{"Umasbamba", "Cuper Alto", "Taucca"}},
		{"Ccatca", []string{"Ccollotaro", "Parccocalla"}},
	}
	d := ds[r.IntN(len(ds))]
	ayllu = "C.C. " + d.cs[r.IntN(len(d.cs))]
	anexo = "Sector " + r.pick("Hatun Pampa", "Kuchu", "Uchuy Rumi", "Q'ello Unu", "Pata", "Ura")
	wasi = fmt.Sprintf("Mz. %s Lt. %d", string("ABCDEFGH"[r.IntN(8)]), r.in(1, 30))
	return wasi, anexo, ayllu, d.d
}

// pkAddress draws a Lahore or Karachi address in Urdu: house, street,
// block, area, city, postcode.
func (r *rng) pkAddress() (makan, gali, block, ilaqa, shehar, code string) {
	cs := []struct {
		city, code string
		areas      []string
	}{
		{"لاہور", "54", []string{"ماڈل ٹاؤن", "جوہر ٹاؤن", "اقبال ٹاؤن", "گلبرگ", "سمن آباد"}},
		{"کراچی", "75", []string{"گلشن اقبال", "نارتھ ناظم آباد", "ڈیفنس", "ملیر", "گلستان جوہر"}},
	}
	c := cs[r.IntN(len(cs))]
	makan = fmt.Sprintf("مکان نمبر %d", r.in(1, 600))
	gali = fmt.Sprintf("گلی نمبر %d", r.in(1, 40))
	block = "بلاک " + r.pick("A", "B", "C", "D", "E", "F", "13", "7")
	return makan, gali, block, c.areas[r.IntN(len(c.areas))], c.city, fmt.Sprintf("%s%03d", c.code, r.in(0, 999))
}
