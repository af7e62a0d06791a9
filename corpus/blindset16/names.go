package blindset16

import "fmt"

// Invented name lists. Real given names and surnames, combined at random,
// so no combination is meant to be a real person.

type person struct {
	first, last string
	female      bool
}

func (p person) full() string { return p.first + " " + p.last }

var (
	cyFemale = []string{"Ffion", "Sian", "Nia", "Cerys", "Bethan", "Mali", "Eleri", "Lowri", "Catrin", "Heledd", "Gwenllian", "Manon", "Elin", "Alaw"}
	cyMale   = []string{"Rhys", "Gareth", "Dafydd", "Owain", "Iwan", "Gethin", "Huw", "Aled", "Tomos", "Emyr", "Llŷr", "Macsen", "Ioan", "Cai"}
	cyLast   = []string{"Pritchard", "Morgan", "Jenkins", "Price", "Hughes", "Bevan", "Rees", "Llewellyn", "Powell", "Griffiths", "Parry", "Vaughan", "Prosser", "Gwilym", "Meredith", "Tudor"}

	enFemale = []string{"Amelia", "Isla", "Grace", "Freya", "Maya", "Priya", "Aisha", "Mei", "Hannah", "Chloe", "Rosa", "Naomi", "Imogen", "Zara"}
	enMale   = []string{"Oliver", "Jack", "Harry", "Noah", "Leo", "Daniel", "Tomasz", "Chidi", "Samuel", "Ethan", "Marcus", "Kwame", "Arjun", "Felix"}
	enLast   = []string{"Okafor", "Patel", "Kowalski", "Nakamura", "Haddad", "Fletcher", "Ashworth", "Whitlock", "Brennan", "Adeyemi", "Lindqvist", "Mercer", "Oyelaran", "Castellano", "Thornbury", "Quigley"}

	lvFemale   = []string{"Ilze", "Kristīne", "Laura", "Anete", "Baiba", "Dace", "Līga", "Zane", "Inese", "Agnese", "Elīza", "Sanita"}
	lvMale     = []string{"Jānis", "Mārtiņš", "Edgars", "Kārlis", "Andris", "Raimonds", "Toms", "Artūrs", "Roberts", "Gints", "Valdis", "Uldis"}
	lvLastM    = []string{"Kalniņš", "Ozoliņš", "Bērziņš", "Liepiņš", "Krūmiņš", "Jansons", "Zariņš", "Vītols", "Pētersons", "Eglītis", "Siliņš", "Lapsa"}
	lvLastF    = []string{"Kalniņa", "Ozoliņa", "Bērziņa", "Liepiņa", "Krūmiņa", "Jansone", "Zariņa", "Vītola", "Pētersone", "Eglīte", "Siliņa", "Lapsa"}
	slFemale   = []string{"Maja", "Nina", "Špela", "Tjaša", "Urška", "Petra", "Katja", "Nika", "Ana", "Mojca"}
	slMale     = []string{"Luka", "Jure", "Matej", "Gregor", "Tilen", "Žiga", "Primož", "Rok", "Blaž", "Anže"}
	slLast     = []string{"Novak", "Kovač", "Horvat", "Krajnc", "Zupančič", "Potočnik", "Mlakar", "Vidmar", "Kos", "Golob", "Turk", "Kavčič", "Bizjak", "Žagar"}
	bgFemale   = []string{"Мария", "Елена", "Десислава", "Ивана", "Радостина", "Силвия", "Теодора", "Гергана", "Цветелина", "Йорданка"}
	bgMale     = []string{"Георги", "Иван", "Димитър", "Николай", "Петър", "Христо", "Стоян", "Тодор", "Пламен", "Васил"}
	bgLastRoot = []string{"Иванов", "Петров", "Георгиев", "Димитров", "Стоянов", "Тодоров", "Николов", "Христов", "Ангелов", "Костадинов", "Маринов", "Атанасов"}
	sqFemale   = []string{"Anila", "Blerina", "Dorina", "Elira", "Fjona", "Jonida", "Mirela", "Rezarta", "Erisa", "Klea"}
	sqMale     = []string{"Arben", "Besnik", "Dritan", "Erion", "Fatmir", "Gentian", "Ilir", "Klodian", "Ledion", "Altin"}
	sqLast     = []string{"Hoxha", "Shehu", "Dervishi", "Krasniqi", "Gashi", "Leka", "Marku", "Duka", "Kola", "Basha", "Çela", "Prifti"}
	deFemale   = []string{"Anna", "Lena", "Sophie", "Katrin", "Julia", "Miriam"}
	deMale     = []string{"Lukas", "Jonas", "Florian", "Matthias", "Tobias", "Stefan"}
	deLast     = []string{"Becker", "Schmidt", "Hoffmann", "Wagner", "Krüger", "Lehmann", "Vogel", "Brandt"}
	nlFemale   = []string{"Sanne", "Femke", "Lotte", "Anouk"}
	nlMale     = []string{"Daan", "Joris", "Bram", "Thijs"}
	nlLast     = []string{"de Vries", "Bakker", "Visser", "Smit", "van Dijk", "Mulder"}
	plFemale   = []string{"Agnieszka", "Katarzyna", "Magdalena", "Joanna"}
	plMale     = []string{"Piotr", "Krzysztof", "Marek", "Paweł"}
	plLast     = []string{"Nowak", "Wiśniewski", "Zieliński", "Kamiński", "Lewandowski", "Wójcik"}
	ltFemale   = []string{"Rūta", "Eglė", "Gintarė", "Aistė"}
	ltMale     = []string{"Mindaugas", "Tomas", "Darius", "Vytautas"}
	ltLastM    = []string{"Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius"}
	ltLastF    = []string{"Kazlauskienė", "Petrauskaitė", "Jankauskienė", "Stankevičiūtė"}
)

func (r *rng) pickPerson(female, male, last []string) person {
	if r.chance(0.5) {
		return person{female[r.IntN(len(female))], last[r.IntN(len(last))], true}
	}
	return person{male[r.IntN(len(male))], last[r.IntN(len(last))], false}
}

func (r *rng) welsh() person   { return r.pickPerson(cyFemale, cyMale, cyLast) }
func (r *rng) english() person { return r.pickPerson(enFemale, enMale, enLast) }

// briton draws a Welsh or an English name.
func (r *rng) briton() person {
	if r.chance(0.5) {
		return r.welsh()
	}
	return r.english()
}

func (r *rng) latvian() person {
	if r.chance(0.5) {
		return person{lvFemale[r.IntN(len(lvFemale))], lvLastF[r.IntN(len(lvLastF))], true}
	}
	return person{lvMale[r.IntN(len(lvMale))], lvLastM[r.IntN(len(lvLastM))], false}
}

func (r *rng) slovene() person { return r.pickPerson(slFemale, slMale, slLast) }

// bulgarian draws a Bulgarian name; the surname agrees with the sex.
func (r *rng) bulgarian() (p person, father string) {
	root := bgLastRoot[r.IntN(len(bgLastRoot))]
	father = bgLastRoot[r.IntN(len(bgLastRoot))]
	if r.chance(0.5) {
		return person{bgFemale[r.IntN(len(bgFemale))], root + "а", true}, father + "а"
	}
	return person{bgMale[r.IntN(len(bgMale))], root, false}, father
}

func (r *rng) albanian() person { return r.pickPerson(sqFemale, sqMale, sqLast) }

func (r *rng) lithuanian() person {
	if r.chance(0.5) {
		return person{ltFemale[r.IntN(len(ltFemale))], ltLastF[r.IntN(len(ltLastF))], true}
	}
	return person{ltMale[r.IntN(len(ltMale))], ltLastM[r.IntN(len(ltLastM))], false}
}

// visitor draws a foreign tourist: German, Dutch, Polish, English.
func (r *rng) visitor() person {
	switch r.IntN(4) {
	case 0:
		return r.pickPerson(deFemale, deMale, deLast)
	case 1:
		return r.pickPerson(nlFemale, nlMale, nlLast)
	case 2:
		return r.pickPerson(plFemale, plMale, plLast)
	}
	return r.english()
}

// Streets and towns.

type address struct {
	street, town, postcode string
}

func (r *rng) cyAddress() address {
	towns := []struct{ town, pc string }{{"Caerdydd", "CF14"}, {"Abertawe", "SA1"}, {"Aberystwyth", "SY23"}, {"Caernarfon", "LL55"}, {"Pontypridd", "CF37"}, {"Bangor", "LL57"}, {"Llanelli", "SA15"}, {"Merthyr Tudful", "CF47"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 140), r.pick("Heol y Nant", "Stryd Fawr", "Ffordd y Castell", "Lôn Las", "Heol yr Eglwys", "Maes y Coed", "Rhodfa'r Môr", "Cilgant y Wern")),
		town:     t.town,
		postcode: fmt.Sprintf("%s %d%s", t.pc, r.in(1, 9), r.from("ABDEFGHJLNPQRSTUWXYZ", 2)),
	}
}

func (r *rng) ukAddress() address {
	towns := []struct{ town, pc string }{{"Cardiff", "CF10"}, {"Bristol", "BS6"}, {"Leeds", "LS6"}, {"Manchester", "M20"}, {"Swansea", "SA2"}, {"Newport", "NP20"}, {"Hereford", "HR4"}, {"Gloucester", "GL1"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 220), r.pick("Albany Road", "Mill Lane", "Station Road", "Cathedral Walk", "Orchard Close", "Kings Avenue", "Beech Grove", "Harbour View")),
		town:     t.town,
		postcode: fmt.Sprintf("%s %d%s", t.pc, r.in(1, 9), r.from("ABDEFGHJLNPQRSTUWXYZ", 2)),
	}
}

func (a address) oneLine() string { return a.street + ", " + a.town + " " + a.postcode }
