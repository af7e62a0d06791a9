package blindset21

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
	enFemale = []string{"Rosalind", "Imogen", "Tamsin", "Priya", "Marguerite", "Ottilie", "Delphine", "Ngozi", "Henrietta", "Juniper", "Eilidh", "Beatrix", "Annika", "Ysolde"}
	enMale   = []string{"Crispin", "Evander", "Lachlan", "Obadiah", "Fergus", "Tobias", "Ambrose", "Desmond", "Kofi", "Percival", "Silas", "Benedikt", "Hamish", "Lucan"}
	enLast   = []string{"Ashcombe", "Vandermeer", "Okonkwo", "Thistlewood", "Marchetti", "Halloran", "Brackenridge", "Szymanski", "Featherstone", "Abernathy", "Lowenthal", "Pennington", "Ravensworth", "Gallagher", "Moorcroft", "Yoshida"}

	laFemale = []string{"ມະນີວອນ|Manivone", "ແສງເດືອນ|Sengdeuane", "ພອນສະຫວັນ|Phonsavanh", "ບົວສີ|Bouasy", "ຄຳແພງ|Khamphaeng", "ວັນດີ|Vandy", "ນ້ອຍ|Noy", "ດາລາ|Dala", "ອານຸສອນ|Anousone"}
	laMale   = []string{"ສົມສັກ|Somsack", "ບຸນມີ|Bounmy", "ທອງສຸກ|Thongsouk", "ສີສຸວັນ|Sisouvanh", "ແກ້ວ|Keo", "ຄຳພອນ|Khamphone", "ສຸລິຍາ|Souliya", "ວິໄລ|Vilay", "ພູວົງ|Phouvong"}
	laLast   = []string{"ພົມມະຈັນ|Phommachanh", "ສີສະຫວາດ|Sisavath", "ແກ້ວມະນີ|Keomany", "ວົງສາ|Vongsa", "ອິນທະວົງ|Inthavong", "ສຸວັນນະລາດ|Souvannalath", "ຈັນທະລາ|Chanthala", "ພິລາວົງ|Philavong", "ໄຊຍະວົງ|Xayavong", "ດວງມາລາ|Douangmala"}

	teFemale = []string{"లక్ష్మి|Lakshmi", "శ్రావణి|Sravani", "పద్మ|Padma", "సుజాత|Sujatha", "భవాని|Bhavani", "అనూష|Anusha", "కవిత|Kavitha", "స్వాతి|Swathi", "మౌనిక|Mounika"}
	teMale   = []string{"వెంకటేశ్|Venkatesh", "శ్రీనివాస్|Srinivas", "రవి|Ravi", "సురేష్|Suresh", "నాగరాజు|Nagaraju", "కిరణ్|Kiran", "మహేష్|Mahesh", "రాము|Ramu", "సాయి|Sai"}
	teLast   = []string{"రెడ్డి|Reddy", "నాయుడు|Naidu", "రావు|Rao", "గౌడ్|Goud", "వర్మ|Varma", "చౌదరి|Chowdary", "శర్మ|Sharma", "యాదవ్|Yadav", "కొండా|Konda", "బొడ్డు|Boddu"}

	kyFemale = []string{"Айгүл|Aigul", "Нургүл|Nurgul", "Бермет|Bermet", "Жылдыз|Zhyldyz", "Айпери|Aiperi", "Чолпон|Cholpon", "Гүлнара|Gulnara", "Асел|Asel", "Мээрим|Meerim"}
	kyMale   = []string{"Бакыт|Bakyt", "Нурлан|Nurlan", "Азамат|Azamat", "Эрлан|Erlan", "Тилек|Tilek", "Урмат|Urmat", "Кубаныч|Kubanych", "Айбек|Aibek", "Элдияр|Eldiyar"}
	kyLast   = []string{"Асанов|Asanov", "Токтогулов|Toktogulov", "Садыров|Sadyrov", "Жумабеков|Zhumabekov", "Осмонов|Osmonov", "Исаков|Isakov", "Абдыкадыров|Abdykadyrov", "Мамытов|Mamytov", "Бейшеев|Beisheev", "Урустемов|Urustemov"}

	mgFemale = []string{"Hanitra", "Voahangy", "Lalao", "Fara", "Nirina", "Tiana", "Haingo", "Mialy", "Onja", "Rindra"}
	mgMale   = []string{"Hery", "Rivo", "Tojo", "Fidy", "Mamy", "Andry", "Naina", "Solo", "Tsiry", "Zo"}
	mgLast   = []string{"Rakotomalala", "Randriamanana", "Rasoanaivo", "Andrianarisoa", "Razafindrakoto", "Ramanantsoa", "Rabearivelo", "Ravelojaona", "Rakotondrabe", "Randrianasolo", "Rasolofoniaina", "Rajaonarison"}

	miFemale = []string{"Aroha", "Mere", "Hine", "Kiri", "Ataahua", "Hana", "Whetū", "Moana", "Ngaio", "Tui"}
	miMale   = []string{"Wiremu", "Rāwiri", "Tamati", "Hemi", "Nikau", "Manaia", "Tāne", "Rangi", "Matiu", "Pita"}
	miLast   = []string{"Ngata", "Parata", "Te Huia", "Tipene", "Rangihau", "Kereama", "Pōmare", "Horomona", "Waaka", "Herewini", "Tawhiri", "Maihi"}
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
func (r *rng) lao() person      { return r.pickPerson(laFemale, laMale, laLast) }
func (r *rng) telugu() person   { return r.pickPerson(teFemale, teMale, teLast) }
func (r *rng) malagasy() person { return r.pickPerson(mgFemale, mgMale, mgLast) }
func (r *rng) maori() person    { return r.pickPerson(miFemale, miMale, miLast) }

// womanOf draws a woman's name from the lists.
func (r *rng) womanOf(female, last []string) person {
	f, lf := split(female[r.IntN(len(female))])
	l, ll := split(last[r.IntN(len(last))])
	return person{first: f, last: l, female: true, lf: lf, ll: ll}
}

// kyrgyzName is a Kyrgyz name with a surname that takes the woman's form
// and a patronymic (father's name + уулу / кызы).
type kyrgyzName struct {
	person
	patronymic string
}

func (r *rng) kyrgyz() kyrgyzName {
	p := r.pickPerson(kyFemale, kyMale, kyLast)
	father, _ := split(kyMale[r.IntN(len(kyMale))])
	if p.female {
		p.last += "а"
		p.ll += "a"
		return kyrgyzName{person: p, patronymic: father + " кызы"}
	}
	return kyrgyzName{person: p, patronymic: father + " уулу"}
}

// Streets and towns.

type address struct {
	street, town, postcode, region string
}

func (a address) oneLine() string { return a.street + ", " + a.town + " " + a.postcode }

func (r *rng) usAddress() address {
	towns := []struct{ town, st, zip string }{{"Duluth", "MN", "558"}, {"Bozeman", "MT", "597"}, {"Burlington", "VT", "054"}, {"Eugene", "OR", "974"}, {"Lancaster", "PA", "176"}, {"Tallahassee", "FL", "323"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(10, 9800), r.pick("Hawthorn Street", "Juniper Avenue", "Mill Pond Lane", "Orchard Road", "Kestrel Drive", "Cobblestone Court", "Linden Way", "Bramble Street")),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.zip, r.in(1, 99)),
		region:   t.st,
	}
}

func (r *rng) ukAddress() address {
	towns := []struct{ town, pc, region string }{{"Shrewsbury", "SY1", "Shropshire"}, {"Truro", "TR1", "Cornwall"}, {"Darlington", "DL3", "County Durham"}, {"Kendal", "LA9", "Cumbria"}, {"Bangor", "LL57", "Gwynedd"}, {"Stirling", "FK8", "Stirling"}, {"Salisbury", "SP1", "Wiltshire"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 220), r.pick("Primrose Hill", "Mill Lane", "Rectory Close", "Church Walk", "Beech Grove", "Tanners Row", "Marsh Road", "Orchard Close")),
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

// nzAddress draws a Bay of Plenty / Waikato address: street, suburb,
// town, postcode.
func (r *rng) nzAddress() (street, suburb, town, postcode string) {
	ts := []struct {
		town, pc string
		subs     []string
	}{
		{"Rotorua", "3010", []string{"Glenholme", "Fenton Park", "Ngongotahā", "Koutu", "Owhata"}},
		{"Rotorua", "3015", []string{"Hillcrest", "Springfield", "Sunnybrook"}},
		{"Taupō", "3330", []string{"Nukuhau", "Richmond Heights", "Hilltop"}},
		{"Whakatāne", "3120", []string{"Coastlands", "Allandale", "Te Teko"}},
	}
	t := ts[r.IntN(len(ts))]
	street = fmt.Sprintf("%d %s", r.in(1, 240), r.pick("Pukuatua Street", "Malfroy Road", "Ranolf Street", "Kawaha Point Road", "Te Ngae Road", "Old Taupo Road", "Koutu Road", "Pohutukawa Drive"))
	return street, t.subs[r.IntN(len(t.subs))], t.town, t.pc
}

// laAddress draws a Vientiane-area address in Lao: house and unit,
// village, district, province.
func (r *rng) laAddress() (house, ban, mueang, khaeng string) {
	ds := []struct {
		d, p string
		bs   []string
	}{
		{"ສີສັດຕະນາກ", "ນະຄອນຫຼວງວຽງຈັນ", []string{"ໂພນສະອາດ", "ທ່າພະລານໄຊ", "ວັດນາກ"}},
		{"ໄຊເສດຖາ", "ນະຄອນຫຼວງວຽງຈັນ", []string{"ໂພນໄຊ", "ຫຼັກຫົກ", "ນາໄຮ"}},
		{"ຈັນທະບູລີ", "ນະຄອນຫຼວງວຽງຈັນ", []string{"ສີສະເກດ", "ດົງປ່າລານ"}},
		{"ໂພນໂຮງ", "ແຂວງວຽງຈັນ", []string{"ນາຊອນ", "ໂພນສູງ"}},
		{"ໄກສອນ ພົມວິຫານ", "ແຂວງສະຫວັນນະເຂດ", []string{"ນາແກ້ວ", "ໂພນສະຫວ່າງ"}},
	}
	d := ds[r.IntN(len(ds))]
	house = fmt.Sprintf("ເຮືອນເລກທີ %d ໜ່ວຍ %d", r.in(1, 300), r.in(1, 20))
	return house, "ບ້ານ" + d.bs[r.IntN(len(d.bs))], "ເມືອງ" + d.d, d.p
}

// teAddress draws a Telangana / Andhra address in Telugu: house, village,
// mandal, district, PIN code.
func (r *rng) teAddress() (house, village, mandal, district, pin string) {
	ds := []struct {
		district, pin string
		mandals       []string
	}{
		{"రంగారెడ్డి", "501", []string{"షాద్‌నగర్", "చేవెళ్ల", "ఇబ్రహీంపట్నం"}},
		{"నల్గొండ", "508", []string{"మిర్యాలగూడ", "దేవరకొండ", "నకిరేకల్"}},
		{"వరంగల్", "506", []string{"నర్సంపేట", "వర్ధన్నపేట", "పరకాల"}},
		{"గుంటూరు", "522", []string{"తెనాలి", "మంగళగిరి", "పొన్నూరు"}},
	}
	d := ds[r.IntN(len(ds))]
	house = fmt.Sprintf("ఇంటి నం. %d-%d/%d", r.in(1, 12), r.in(1, 90), r.in(1, 9))
	village = r.pick("కొత్తపల్లి", "రామాపురం", "సీతారాంపేట", "గొల్లపల్లి", "చిన్నగూడెం", "పెద్దాపురం")
	return house, village, d.mandals[r.IntN(len(d.mandals))], d.district, fmt.Sprintf("%s%03d", d.pin, r.in(1, 399))
}

// kgAddress draws a Kyrgyz address in Cyrillic: street, house, city,
// postcode.
func (r *rng) kgAddress() (street, house, city, postcode string) {
	cs := []struct {
		city, pc string
		streets  []string
	}{
		{"Бишкек", "7200", []string{"Чүй проспекти", "Токтогул көчөсү", "Ахунбаев көчөсү", "Манас проспекти", "Жибек Жолу проспекти"}},
		{"Каракол", "7222", []string{"Абдрахманов көчөсү", "Гагарин көчөсү", "Торобаев көчөсү"}},
		{"Ош", "7235", []string{"Курманжан Датка көчөсү", "Ленин көчөсү", "Масалиев проспекти"}},
		{"Нарын", "7226", []string{"Ленин көчөсү", "Раззаков көчөсү"}},
	}
	c := cs[r.IntN(len(cs))]
	return c.streets[r.IntN(len(c.streets))], fmt.Sprintf("%d", r.in(1, 220)) + r.pick("", "", "А", "/2"), c.city, fmt.Sprintf("%s%02d", c.pc, r.in(1, 40))
}

// mgAddress draws a Haute Matsiatra address: lot, fokontany, commune,
// district.
func (r *rng) mgAddress() (lot, fokontany, kaominina, distrika string) {
	ds := []struct {
		dist string
		cs   []string
		fks  []string
	}{
		{"Fianarantsoa I", []string{"Fianarantsoa"}, []string{"Ambalapaiso", "Tsianolondroa", "Antarandolo", "Ambatolahikisoa", "Andrainjato"}},
		{"Vohibato", []string{"Alakamisy Itenina", "Andranovorivato"}, []string{"Ambalakely", "Mahasoabe", "Ankazobe"}},
		{"Lalangina", []string{"Ambalakely", "Ialamarina"}, []string{"Sahambavy", "Vohimarina"}},
		{"Isandra", []string{"Isorana", "Ankarinarivo"}, []string{"Iavonomby", "Anjanamasina"}},
	}
	d := ds[r.IntN(len(ds))]
	lot = fmt.Sprintf("Lot %s %d%s", r.pick("IVB", "IIA", "VC", "IB"), r.in(1, 90), r.pick("", " Bis", " Ter"))
	return lot, d.fks[r.IntN(len(d.fks))], d.cs[r.IntN(len(d.cs))], d.dist
}
