package blindset25

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
	enFemale = []string{"Rosalind", "Henrietta", "Delphine", "Marguerite", "Imogen", "Clementine", "Beatrix", "Lavinia", "Odette", "Prudence", "Evangeline", "Tamsin", "Wilhelmina", "Agatha"}
	enMale   = []string{"Ambrose", "Fitzgerald", "Horatio", "Lysander", "Percival", "Quentin", "Reginald", "Sylvester", "Tobias", "Evander", "Garfield", "Lucius", "Montgomery", "Octavius"}
	enLast   = []string{"Ashcombe", "Brightwater", "Carrow", "Delacourt", "Everleigh", "Farthing", "Greenhalgh", "Hartigan", "Ironside", "Kettering", "Langridge", "Merriweather", "Oakhurst", "Pennyfeather", "Quayle", "Rothwell", "Sedgwick", "Tolliver"}

	kaFemale = []string{"ಕಾವ್ಯ|Kavya", "ಅರ್ಪಿತಾ|Arpitha", "ಸುಮಾ|Suma", "ರೇಖಾ|Rekha", "ಪವಿತ್ರಾ|Pavithra", "ಶ್ವೇತಾ|Shwetha", "ನಾಗರತ್ನ|Nagarathna", "ಭವ್ಯ|Bhavya", "ಮಂಜುಳಾ|Manjula", "ಸೌಮ್ಯ|Sowmya"}
	kaMale   = []string{"ಮಂಜುನಾಥ|Manjunath", "ಪ್ರಕಾಶ್|Prakash", "ಗಿರೀಶ್|Girish", "ನಾಗರಾಜ್|Nagaraj", "ಶಿವಕುಮಾರ್|Shivakumar", "ಬಸವರಾಜ್|Basavaraj", "ರಘು|Raghu", "ಚಂದ್ರಶೇಖರ್|Chandrashekar", "ಹರೀಶ್|Harish", "ಮಹೇಶ್|Mahesh"}
	kaLast   = []string{"ಗೌಡ|Gowda", "ಹೆಗ್ಡೆ|Hegde", "ಶೆಟ್ಟಿ|Shetty", "ರಾವ್|Rao", "ಭಟ್|Bhat", "ಕುಲಕರ್ಣಿ|Kulkarni", "ಪಾಟೀಲ್|Patil", "ನಾಯಕ್|Naik", "ಅರಸ್|Urs", "ಹಿರೇಮಠ|Hiremath", "ದೇಸಾಯಿ|Desai", "ಪೂಜಾರಿ|Poojary"}

	tiFemale = []string{"ለተብርሃን|Letebrhan", "ሳባ|Saba", "ምሕረት|Mhret", "ኣልማዝ|Almaz", "ትርሓስ|Trhas", "ሄለን|Helen", "ፍረወይኒ|Freweini", "ሩታ|Ruta", "ኪዳን|Kidan", "ብርኽቲ|Brkti"}
	tiMale   = []string{"ገብረመድህን|Gebremedhin", "ሃይለ|Haile", "ተኽላይ|Teklay", "ዮሃንስ|Yohannes", "ኪዳነ|Kidane", "ብርሃነ|Berhane", "ፍሰሃ|Fsaha", "ጎይቶም|Goitom", "ሙሉጌታ|Mulugeta", "ኣማኑኤል|Amanuel"}
	// Ethiopian names: given name, father's name (no family name).
	tiFather = []string{"ገብረሂወት|Gebrehiwot", "ኣብርሃ|Abraha", "ወልደሚካኤል|Weldemichael", "ታደሰ|Tadesse", "ሓጎስ|Hagos", "በርሀ|Berhe", "ገብረእግዚኣብሄር|Gebregziabher", "ካሕሳይ|Kahsay", "ንጉሰ|Nigus", "መስፍን|Mesfin", "ኣለማየሁ|Alemayehu", "ተስፋይ|Tesfay"}

	lsFemale = []string{"Palesa", "Lineo", "Mpho", "Lerato", "'Mathabo", "Nthabiseng", "Refiloe", "Limpho", "Mamello", "Puleng", "Keneuoe", "Masechaba"}
	lsMale   = []string{"Thabo", "Teboho", "Tšepo", "Motlatsi", "Rethabile", "Lehlohonolo", "Khotso", "Retšelisitsoe", "Nkopane", "Mohau", "Tumelo", "Lebohang"}
	lsLast   = []string{"Mokoena", "Letsie", "Mohapi", "Ramakatane", "Sekhesa", "Lerotholi", "Moshoeshoe", "Mokhothu", "Ntšekhe", "Makara", "Sello", "Molapo", "Thamae", "Seeiso"}

	brFemale = []string{"Nolwenn", "Maïwenn", "Gwenaëlle", "Enora", "Soazig", "Azenor", "Rozenn", "Morgane", "Annaïg", "Katell", "Tifenn", "Youna"}
	brMale   = []string{"Erwan", "Gwenolé", "Yann", "Loïc", "Tanguy", "Ronan", "Goulven", "Malo", "Riwal", "Brieuc", "Corentin", "Per"}
	brLast   = []string{"Le Gall", "Kerjean", "Le Bihan", "Guivarc'h", "Morvan", "Le Goff", "Quéméner", "Le Floc'h", "Kervella", "Cadiou", "Le Roux", "Tanguy", "Jaouen", "Le Meur"}

	tmFemale = []string{"Aýgül", "Maral", "Gülşat", "Jeren", "Bägül", "Ogulgerek", "Mähri", "Aýna", "Selbi", "Näzik", "Leýli", "Bahar"}
	tmMale   = []string{"Merdan", "Serdar", "Döwlet", "Batyr", "Myrat", "Kakajan", "Rahym", "Atamyrat", "Bayram", "Ýazmyrat", "Nurberdi", "Arslan"}
	// Turkmen surnames take -a for women.
	tmLast = []string{"Annaýew", "Orazow", "Berdiýew", "Çaryýew", "Garaýew", "Nurmuhammedow", "Hojaýew", "Atajanow", "Saparow", "Gurbanow", "Ataýew", "Rejepow"}
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

func (r *rng) english() person { return r.pickPerson(enFemale, enMale, enLast) }
func (r *rng) kannada() person { return r.pickPerson(kaFemale, kaMale, kaLast) }
func (r *rng) tigrinya() person {
	return r.pickPerson(tiFemale, tiMale, tiFather)
}
func (r *rng) basotho() person { return r.pickPerson(lsFemale, lsMale, lsLast) }
func (r *rng) breton() person  { return r.pickPerson(brFemale, brMale, brLast) }

// turkmen draws a Turkmen name with the surname in the person's gender.
func (r *rng) turkmen() person {
	p := r.pickPerson(tmFemale, tmMale, tmLast)
	if p.female {
		p.last += "a"
	}
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
	towns := []struct{ town, st, zip string }{{"Bozeman", "MT", "597"}, {"Coeur d'Alene", "ID", "838"}, {"Casper", "WY", "826"}, {"Spokane", "WA", "992"}, {"Bend", "OR", "977"}, {"Eau Claire", "WI", "547"}, {"Duluth", "MN", "558"}, {"Burlington", "VT", "054"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(10, 9800), r.pick("Chokecherry Lane", "Tamarack Drive", "Juniper Ridge Road", "Osprey Court", "Wheatfield Way", "Huckleberry Avenue", "Bitterroot Street", "Lakeshore Trail")),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.zip, r.in(1, 99)),
		region:   t.st,
	}
}

func (r *rng) ukAddress() address {
	towns := []struct{ town, pc, county string }{{"Harrogate", "HG1", "North Yorkshire"}, {"Ilkley", "LS29", "West Yorkshire"}, {"Otley", "LS21", "West Yorkshire"}, {"Skipton", "BD23", "North Yorkshire"}, {"Wetherby", "LS22", "West Yorkshire"}, {"Knaresborough", "HG5", "North Yorkshire"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 180), r.pick("Cavendish Road", "Beech Grove", "Wharfe View", "Moorland Crescent", "Bridge Street", "Kirkgate")),
		town:     t.town,
		postcode: fmt.Sprintf("%s %d%s", t.pc, r.in(1, 9), r.from("ABDEFGHJLNPQRSTUWXYZ", 2)),
		region:   t.county,
	}
}

// kaAddress draws a Mysuru / Mandya / Hassan address in Kannada script:
// house number, road, layout, town, district, PIN.
func (r *rng) kaAddress() (house, road, layout, town, district, pin string) {
	cs := []struct {
		town, district, pin string
		layouts             []string
	}{
		{"ಮೈಸೂರು", "ಮೈಸೂರು", "570", []string{"ಕುವೆಂಪುನಗರ", "ವಿಜಯನಗರ 2ನೇ ಹಂತ", "ಜೆ.ಪಿ. ನಗರ", "ಸರಸ್ವತಿಪುರಂ"}},
		{"ಮಂಡ್ಯ", "ಮಂಡ್ಯ", "571", []string{"ಅಶೋಕನಗರ", "ಗಾಂಧಿನಗರ", "ಸುಭಾಷ್ ನಗರ"}},
		{"ಹಾಸನ", "ಹಾಸನ", "573", []string{"ವಿದ್ಯಾನಗರ", "ಹೇಮಾವತಿ ನಗರ", "ಕುವೆಂಪು ನಗರ"}},
		{"ಚಾಮರಾಜನಗರ", "ಚಾಮರಾಜನಗರ", "571", []string{"ರಾಮಸಮುದ್ರ", "ಗಾಳಿಪುರ"}},
	}
	c := cs[r.IntN(len(cs))]
	house = fmt.Sprintf("ಮನೆ ಸಂಖ್ಯೆ %d/%d", r.in(1, 900), r.in(1, 40))
	road = fmt.Sprintf("%dನೇ ಅಡ್ಡರಸ್ತೆ", r.in(1, 14))
	return house, road, c.layouts[r.IntN(len(c.layouts))], c.town, c.district, fmt.Sprintf("%s%03d", c.pin, r.in(1, 40))
}

// tiAddress draws a Tigray address in Ge'ez script: region, town,
// sub-city, tabia (kebele) and house number.
func (r *rng) tiAddress() (zone, town, subcity, tabia, house string) {
	cs := []struct {
		town, zone string
		subs       []string
	}{
		{"መቐለ", "ዞባ መቐለ", []string{"ሓድነት", "ሰሜን", "ቐዳማይ ወያነ", "ሓወልቲ", "ዓዲ ሓቂ", "ኲሓ"}},
		{"ዓዲግራት", "ዞባ ምብራቕ", []string{"ጉላ", "ደብረ ገነት", "ኣዲ ሽሁ"}},
		{"ውቕሮ", "ዞባ ምብራቕ", []string{"ቀበሌ 01", "ቀበሌ 02"}},
		{"ኣኽሱም", "ዞባ ማእከል", []string{"ሃፀይ ዮሃንስ", "ማይ ቁሓ", "ንግስቲ ሳባ"}},
	}
	c := cs[r.IntN(len(cs))]
	return c.zone, c.town, c.subs[r.IntN(len(c.subs))], fmt.Sprintf("ጣብያ %02d", r.in(1, 20)), fmt.Sprintf("%d", r.in(100, 2400))
}

// lsAddress draws a Lesotho address: village, area or council, district
// and the district's postal code.
func (r *rng) lsAddress() (village, council, district, postcode string) {
	cs := []struct {
		district, pc string
		villages     []string
		councils     []string
	}{
		{"Maseru", "100", []string{"Ha Thetsane", "Ha Abia", "Ha Mabote", "Lithabaneng", "Ha Tšosane"}, []string{"Maseru City Council", "Qiloane", "Lithabaneng"}},
		{"Berea", "200", []string{"Ha Mokhethi", "Ha Lenono", "Koalabata"}, []string{"Teyateyaneng", "Bela-Bela"}},
		{"Leribe", "300", []string{"Ha Mositi", "Ha Mahlehle", "Ha Sekhobe"}, []string{"Hlotse", "Maputsoe"}},
		{"Mafeteng", "900", []string{"Ha Ramokoatsi", "Ha Mofoka", "Thabaneng"}, []string{"Mafeteng Urban", "Qalabane"}},
	}
	c := cs[r.IntN(len(cs))]
	return c.villages[r.IntN(len(c.villages))], c.councils[r.IntN(len(c.councils))], c.district, c.pc
}

// brAddress draws a Finistère / Côtes-d'Armor address.
func (r *rng) brAddress() address {
	towns := []struct{ town, pc string }{{"Carhaix-Plouguer", "29270"}, {"Quimper", "29000"}, {"Morlaix", "29600"}, {"Guingamp", "22200"}, {"Rostrenen", "22110"}, {"Landerneau", "29800"}, {"Châteaulin", "29150"}, {"Huelgoat", "29690"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 140), r.pick("rue de la Magdeleine", "rue des Martyrs", "place du Champ de Foire", "hent Kerampuil", "rue Anatole Le Braz", "chemin de Kergoat", "rue Victor Massé", "straed ar Feunteun")),
		town:     t.town,
		postcode: t.pc,
	}
}

// tmAddress draws a Mary-province address in Turkmen: welaýat, etrap,
// town, street and house.
func (r *rng) tmAddress() (welayat, etrap, town, street, house string) {
	cs := []struct {
		etrap, town string
		streets     []string
	}{
		{"Mary etraby", "Mary", []string{"Magtymguly şaýoly", "Gurbansoltan eje köçesi", "Oguzhan köçesi", "Bitaraplyk köçesi"}},
		{"Baýramaly etraby", "Baýramaly", []string{"Garaşsyzlyk köçesi", "Ruhnama köçesi", "Merw köçesi"}},
		{"Sakarçäge etraby", "Sakarçäge", []string{"Bereket köçesi", "Zähmet köçesi"}},
		{"Murgap etraby", "Murgap", []string{"Nusaý köçesi", "Pagta köçesi"}},
	}
	c := cs[r.IntN(len(cs))]
	return "Mary welaýaty", c.etrap, c.town, c.streets[r.IntN(len(c.streets))], fmt.Sprintf("%d-njy jaý", r.in(1, 140))
}

// male draws until the person is a man.
func (r *rng) male(f func() person) person {
	for {
		if p := f(); !p.female {
			return p
		}
	}
}
