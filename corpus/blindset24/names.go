package blindset24

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
	enFemale = []string{"Winifred", "Maribel", "Ottilie", "Seraphina", "Noreen", "Juniper", "Philippa", "Anneliese", "Cordelia", "Esme", "Lorna", "Thandiwe", "Georgina", "Mavis"}
	enMale   = []string{"Cornelius", "Barnaby", "Leopold", "Thaddeus", "Ignatius", "Alistair", "Osric", "Jethro", "Emrys", "Bartholomew", "Rufus", "Callum", "Mordecai", "Wendell"}
	enLast   = []string{"Abernathy", "Blackwood", "Cullinane", "Dunmore", "Eldridge", "Fenwick", "Gillespie", "Hollingsworth", "Ingleby", "Jessop", "Kilbride", "Lockhart", "Mayhew", "Northcott", "Prendergast", "Ravenscroft", "Stainthorpe", "Underhill"}

	mlFemale = []string{"അനു|Anu", "ലക്ഷ്മി|Lakshmi", "ദിവ്യ|Divya", "ആതിര|Athira", "സൗമ്യ|Soumya", "റിനി|Rini", "ഷീബ|Sheeba", "മീര|Meera", "ഗ്രീഷ്മ|Greeshma", "ജിൻസി|Jincy"}
	mlMale   = []string{"അനൂപ്|Anoop", "ബിജു|Biju", "ജോജി|Joji", "ഷിബു|Shibu", "രാജേഷ്|Rajesh", "അജിത്|Ajith", "സുനിൽ|Sunil", "ഫൈസൽ|Faisal", "ജോസഫ്|Joseph", "വിനോദ്|Vinod"}
	mlLast   = []string{"നായർ|Nair", "മേനോൻ|Menon", "കുര്യൻ|Kurian", "വർഗീസ്|Varghese", "പിള്ള|Pillai", "തോമസ്|Thomas", "മാത്യു|Mathew", "നമ്പ്യാർ|Nambiar", "കോശി|Koshy", "ബഷീർ|Basheer", "ചാക്കോ|Chacko", "പണിക്കർ|Panicker"}

	pbFemale = []string{"ਹਰਪ੍ਰੀਤ|Harpreet", "ਮਨਜੀਤ|Manjeet", "ਗੁਰਪ੍ਰੀਤ|Gurpreet", "ਸਿਮਰਨ|Simran", "ਜਸਵੀਰ|Jasveer", "ਕੁਲਵਿੰਦਰ|Kulwinder", "ਰਾਜਵਿੰਦਰ|Rajwinder", "ਨਵਨੀਤ|Navneet", "ਪਰਮਜੀਤ|Paramjeet", "ਅਮਨਦੀਪ|Amandeep"}
	pbMale   = []string{"ਗੁਰਮੀਤ|Gurmeet", "ਹਰਜਿੰਦਰ|Harjinder", "ਬਲਵਿੰਦਰ|Balwinder", "ਸੁਖਦੇਵ|Sukhdev", "ਜਗਦੀਪ|Jagdeep", "ਅਮਰਜੀਤ|Amarjeet", "ਕਰਨਵੀਰ|Karanveer", "ਦਲਜੀਤ|Daljeet", "ਇਕਬਾਲ|Iqbal", "ਤਰਸੇਮ|Tarsem"}
	pbClan   = []string{"ਸੰਧੂ|Sandhu", "ਗਿੱਲ|Gill", "ਢਿੱਲੋਂ|Dhillon", "ਬਰਾੜ|Brar", "ਗਰੇਵਾਲ|Grewal", "ਸਿੱਧੂ|Sidhu", "ਧਾਲੀਵਾਲ|Dhaliwal", "ਬਾਜਵਾ|Bajwa", "ਮਾਨ|Mann", "ਚੀਮਾ|Cheema"}

	igFemale = []string{"Chiamaka", "Ngozi", "Adaeze", "Ifeoma", "Nneka", "Chinwe", "Obiageli", "Amarachi", "Ebere", "Ozioma", "Chidinma", "Ugochi"}
	igMale   = []string{"Chukwuemeka", "Obinna", "Ikenna", "Nnamdi", "Chidi", "Emeka", "Kelechi", "Chinedu", "Ifeanyi", "Somtochukwu", "Tochukwu", "Ebuka"}
	igLast   = []string{"Okafor", "Eze", "Nwosu", "Okeke", "Obi", "Nwachukwu", "Igwe", "Anyanwu", "Ezeani", "Okoro", "Udeh", "Onyeama", "Nwankwo", "Agu"}

	pyFemale = []string{"María José", "Liz", "Fátima", "Rossana", "Nilda", "Graciela", "Mirna", "Lourdes", "Zunilda", "Ñeli", "Perla", "Ramona"}
	pyMale   = []string{"Hugo", "Ramón", "Derlis", "Osvaldo", "Nelson", "Celso", "Rubén", "Aníbal", "Ever", "Blas", "Crispín", "Isidro"}
	pyLast   = []string{"Benítez", "Giménez", "Cáceres", "Villalba", "Ayala", "Ortiz", "Báez", "Duarte", "Cabañas", "Insfrán", "Riquelme", "Galeano", "Aquino", "Ojeda"}

	foFemale = []string{"Guðrun", "Sólrun", "Ásla", "Rannvá", "Turið", "Bjørg", "Elin", "Marjun", "Sigrid", "Katrin", "Jórun", "Oddvør"}
	foMale   = []string{"Rógvi", "Jógvan", "Hallur", "Bárður", "Sjúrður", "Eyðun", "Heini", "Símun", "Tróndur", "Áki", "Hanus", "Óli"}
	foLast   = []string{"Joensen", "Hansen", "Jacobsen", "Poulsen", "Olsen", "Petersen", "Dam", "Mortensen", "Niclasen", "Djurhuus", "á Lakjuni", "í Líð", "Thomsen", "Højgaard"}
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

// male and female draw until the person has that sex.
func (r *rng) male(f func() person) person {
	for {
		if p := f(); !p.female {
			return p
		}
	}
}

func (r *rng) english() person   { return r.pickPerson(enFemale, enMale, enLast) }
func (r *rng) malayali() person  { return r.pickPerson(mlFemale, mlMale, mlLast) }
func (r *rng) igbo() person      { return r.pickPerson(igFemale, igMale, igLast) }
func (r *rng) paraguayo() person { return r.pickPerson(pyFemale, pyMale, pyLast) }
func (r *rng) faroese() person   { return r.pickPerson(foFemale, foMale, foLast) }

// punjabi draws a Sikh name: given name, Kaur or Singh, and a clan name.
func (r *rng) punjabi() person {
	p := r.pickPerson(pbFemale, pbMale, pbClan)
	mid, midL := "ਸਿੰਘ", "Singh"
	if p.female {
		mid, midL = "ਕੌਰ", "Kaur"
	}
	p.first, p.lf = p.first+" "+mid, p.lf+" "+midL
	return p
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
	towns := []struct{ town, st, zip string }{{"Missoula", "MT", "598"}, {"Juneau", "AK", "998"}, {"Laramie", "WY", "820"}, {"Fargo", "ND", "581"}, {"Rapid City", "SD", "577"}, {"Montpelier", "VT", "056"}, {"Concord", "NH", "033"}, {"Hilo", "HI", "967"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(10, 9800), r.pick("Cottonwood Lane", "Larch Street", "Spruce Hollow Road", "Quarry Hill Drive", "Meadowlark Way", "Sagebrush Court", "Birch Bend Road", "Alder Creek Avenue")),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.zip, r.in(1, 99)),
		region:   t.st,
	}
}

func (r *rng) auAddress() address {
	towns := []struct{ town, pc, st string }{{"Ballarat", "3350", "VIC"}, {"Toowoomba", "4350", "QLD"}, {"Bathurst", "2795", "NSW"}, {"Launceston", "7250", "TAS"}, {"Bunbury", "6230", "WA"}, {"Mount Gambier", "5290", "SA"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 240), r.pick("Wattle Street", "Banksia Crescent", "Jacaranda Drive", "Currawong Close", "Bottlebrush Avenue", "Kookaburra Lane")),
		town:     t.town,
		postcode: t.pc,
		region:   t.st,
	}
}

// mlAddress draws a Kerala address in Malayalam script: house name,
// locality, post office, district, PIN.
func (r *rng) mlAddress() (house, locality, district, pin string) {
	cs := []struct {
		district, pin string
		places        []string
	}{
		{"എറണാകുളം", "682", []string{"ഇടപ്പള്ളി", "കാക്കനാട്", "വൈറ്റില", "പാലാരിവട്ടം"}},
		{"തൃശ്ശൂർ", "680", []string{"പൂങ്കുന്നം", "അയ്യന്തോൾ", "ഒല്ലൂർ"}},
		{"കോട്ടയം", "686", []string{"ഏറ്റുമാനൂർ", "പാമ്പാടി", "കുമാരനല്ലൂർ"}},
		{"കോഴിക്കോട്", "673", []string{"നടക്കാവ്", "ചേവായൂർ", "മാവൂർ റോഡ്"}},
		{"തിരുവനന്തപുരം", "695", []string{"പേരൂർക്കട", "കഴക്കൂട്ടം", "വഴുതക്കാട്"}},
	}
	c := cs[r.IntN(len(cs))]
	house = r.pick("പുത്തൻപുരയ്ക്കൽ", "കിഴക്കേടത്ത്", "മണ്ണിൽ", "പാലത്തിങ്കൽ", "വടക്കേവീട്", "തെക്കേമഠം", "ചിറയിൽ", "കൊച്ചുപറമ്പിൽ") + fmt.Sprintf(" (വീട്ടുനമ്പർ %d/%d)", r.in(1, 40), r.in(100, 900))
	return house, c.places[r.IntN(len(c.places))], c.district, fmt.Sprintf("%s%03d", c.pin, r.in(1, 40))
}

// pbAddress draws a Punjab address in Gurmukhi: house and street or
// village, district, PIN.
func (r *rng) pbAddress() (house, village, district, pin string) {
	cs := []struct {
		district, pin string
		villages      []string
	}{
		{"ਲੁਧਿਆਣਾ", "141", []string{"ਪਿੰਡ ਦਾਖਾ", "ਮੁੱਲਾਂਪੁਰ", "ਸਰਾਭਾ ਨਗਰ", "ਪਿੰਡ ਲਲਤੋਂ ਕਲਾਂ"}},
		{"ਜਲੰਧਰ", "144", []string{"ਮਾਡਲ ਟਾਊਨ", "ਪਿੰਡ ਜੰਡਿਆਲਾ", "ਨੂਰਮਹਿਲ"}},
		{"ਅੰਮ੍ਰਿਤਸਰ", "143", []string{"ਰਣਜੀਤ ਐਵੇਨਿਊ", "ਪਿੰਡ ਵੇਰਕਾ", "ਮਜੀਠਾ"}},
		{"ਪਟਿਆਲਾ", "147", []string{"ਤ੍ਰਿਪੜੀ", "ਪਿੰਡ ਸਨੌਰ", "ਅਰਬਨ ਅਸਟੇਟ"}},
		{"ਬਠਿੰਡਾ", "151", []string{"ਪਿੰਡ ਗੋਨਿਆਣਾ", "ਭਗਤਾ ਭਾਈ ਕਾ", "ਪਰਸ ਰਾਮ ਨਗਰ"}},
	}
	c := cs[r.IntN(len(cs))]
	house = fmt.Sprintf("ਮਕਾਨ ਨੰ. %d, ਗਲੀ ਨੰ. %d", r.in(1, 900), r.in(1, 24))
	return house, c.villages[r.IntN(len(c.villages))], c.district, fmt.Sprintf("%s%03d", c.pin, r.in(1, 60))
}

// ngAddress draws a south-eastern Nigerian address: street, area, town,
// state, postcode.
func (r *rng) ngAddress() (street, area, town, state, postcode string) {
	cs := []struct {
		town, state, pc string
		areas           []string
		streets         []string
	}{
		{"Enugu", "Enugu", "400", []string{"Independence Layout", "Trans-Ekulu", "New Haven", "Achara Layout"}, []string{"Chime Avenue", "Zik Avenue", "Ogui Road", "Nike Lake Road"}},
		{"Onitsha", "Anambra", "434", []string{"Fegge", "GRA", "Odoakpu", "Awada"}, []string{"Old Market Road", "New Market Road", "Modebe Avenue", "Oguta Road"}},
		{"Owerri", "Imo", "460", []string{"Ikenegbu", "World Bank", "Aladinma", "New Owerri"}, []string{"Wetheral Road", "Douglas Road", "Okigwe Road", "Tetlow Road"}},
		{"Awka", "Anambra", "420", []string{"Amawbia", "Ifite", "Okpuno"}, []string{"Zik Avenue", "Arroma Road", "Nnamdi Azikiwe Avenue"}},
		{"Aba", "Abia", "450", []string{"Ogbor Hill", "Eziama", "Asa Nnetu"}, []string{"Faulks Road", "Ehi Road", "Azikiwe Road"}},
	}
	c := cs[r.IntN(len(cs))]
	return fmt.Sprintf("%d %s", r.in(1, 120), c.streets[r.IntN(len(c.streets))]), c.areas[r.IntN(len(c.areas))], c.town, c.state, fmt.Sprintf("%s%03d", c.pc, r.in(1, 120))
}

// pyAddress draws a rural or small-town Paraguayan address: house and
// street, compañía or barrio, town, department.
func (r *rng) pyAddress() (oga, kompania, tava, tetavore string) {
	cs := []struct {
		tava, dep string
		komp      []string
	}{
		{"Coronel Oviedo", "Caaguazú", []string{"Barrio San Blas", "Compañía Tajy", "Barrio Santa Librada"}},
		{"Caaguazú", "Caaguazú", []string{"Compañía Ysati", "Barrio Pacheco", "Compañía Potrero Guaraní"}},
		{"Villarrica", "Guairá", []string{"Barrio Ybaroty", "Compañía Tebicuary", "Barrio Estación"}},
		{"San Estanislao", "San Pedro", []string{"Compañía Ñandu'a", "Barrio Santa Rosa"}},
		{"Concepción", "Concepción", []string{"Barrio Itacurubí", "Compañía Jhugua Ñandu"}},
	}
	c := cs[r.IntN(len(cs))]
	oga = fmt.Sprintf("%s %s", r.pick("Calle Mcal. López", "Ruta PY02 km", "Calle Tte. Fariña", "Calle Yegros", "Avda. Carlos A. López", "Calle 14 de Mayo"), fmt.Sprint(r.in(12, 1800)))
	return oga, c.komp[r.IntN(len(c.komp))], c.tava, c.dep
}

// foAddress draws a Faroese address: street, house number, postcode with
// FO prefix and town.
func (r *rng) foAddress() (gota, nr, post, byur string) {
	cs := []struct{ byur, post string }{{"Tórshavn", "FO 100"}, {"Klaksvík", "FO 700"}, {"Runavík", "FO 620"}, {"Tvøroyri", "FO 800"}, {"Vágur", "FO 900"}, {"Fuglafjørður", "FO 530"}, {"Sørvágur", "FO 380"}, {"Hoyvík", "FO 188"}}
	c := cs[r.IntN(len(cs))]
	return r.pick("Niels Finsens gøta", "Jónas Broncks gøta", "Varðagøta", "Undir Bakkanum", "Heykavegur", "Stoffalág", "Bakkavegur", "Sjógøta", "Traðagøta"), fmt.Sprint(r.in(1, 60)), c.post, c.byur
}
