package blindset17

import "fmt"

// Invented name lists. Real given names and surnames, combined at random,
// so no combination is meant to be a real person.

type person struct {
	first, last string
	female      bool
}

func (p person) full() string { return p.first + " " + p.last }

var (
	enFemale = []string{"Amelia", "Grace", "Maya", "Priya", "Aisha", "Mei", "Hannah", "Chloe", "Rosa", "Naomi", "Imogen", "Zara", "Olivia", "Ruth"}
	enMale   = []string{"Oliver", "Jack", "Noah", "Leo", "Daniel", "Tomasz", "Chidi", "Samuel", "Ethan", "Marcus", "Kwame", "Arjun", "Felix", "Isaac"}
	enLast   = []string{"Okafor", "Patel", "Kowalski", "Nakamura", "Haddad", "Fletcher", "Ashworth", "Whitlock", "Brennan", "Adeyemi", "Lindqvist", "Mercer", "Castellano", "Thornbury", "Quigley", "Delacroix"}

	mtFemale = []string{"Maria", "Rita", "Josephine", "Charlene", "Graziella", "Roberta", "Marija", "Kimberly", "Doris", "Ġorġina"}
	mtMale   = []string{"Joseph", "Ġorġ", "Mario", "Carmel", "Luke", "Kurt", "Ċensu", "Clayton", "Noel", "Ħenri"}
	mtLast   = []string{"Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard", "Spiteri", "Azzopardi", "Mifsud", "Cassar", "Debono", "Xuereb", "Caruana"}

	glFemale = []string{"Uxía", "Antía", "Iria", "Noa", "Sabela", "Xiana", "Olalla", "Rosalía", "Carme", "Lucía"}
	glMale   = []string{"Brais", "Anxo", "Xoán", "Iago", "Roi", "Breixo", "Martiño", "Xurxo", "Uxío", "Manuel"}
	glLast   = []string{"Pereira", "Otero", "Castro", "Vázquez", "Fernández", "Rodríguez", "Lorenzo", "Piñeiro", "Seoane", "Varela", "Outeiro", "Boullosa", "Souto", "Carballo"}

	hyFemale = []string{"Անի", "Նարինե", "Լուսինե", "Մարիամ", "Արփի", "Սոնա", "Գայանե", "Լիլիթ", "Աննա", "Հասմիկ"}
	hyMale   = []string{"Արամ", "Տիգրան", "Դավիթ", "Գևորգ", "Հայկ", "Արմեն", "Վահե", "Նարեկ", "Սուրեն", "Արթուր"}
	hyLast   = []string{"Պետրոսյան", "Հովհաննիսյան", "Սարգսյան", "Գրիգորյան", "Խաչատրյան", "Մկրտչյան", "Ավետիսյան", "Հարությունյան", "Կարապետյան", "Վարդանյան"}

	gaFemale = []string{"Aoife", "Siobhán", "Niamh", "Caoimhe", "Róisín", "Saoirse", "Clíodhna", "Éabha", "Gráinne", "Orlaith"}
	gaMale   = []string{"Cian", "Oisín", "Darragh", "Pádraig", "Ruairí", "Tadhg", "Eoin", "Cathal", "Fionn", "Séamus"}
	gaLastM  = []string{"Ó Briain", "Mac Aodha", "Ó Murchú", "Ó Súilleabháin", "Breathnach", "Ó Conaill", "Mac Cárthaigh", "Ó Ceallaigh"}
	gaLastF  = []string{"Ní Bhriain", "Nic Aodha", "Ní Mhurchú", "Ní Shúilleabháin", "Breathnach", "Ní Chonaill", "Nic Cárthaigh", "Ní Cheallaigh"}

	azFemale = []string{"Aygün", "Günel", "Leyla", "Nərmin", "Səbinə", "Aysel", "Könül", "Ülviyyə", "Nigar", "Fidan"}
	azMale   = []string{"Elvin", "Rəşad", "Orxan", "Tural", "Kamran", "Elçin", "Vüqar", "Fərid", "Ramil", "Anar"}
	azLast   = []string{"Məmmədov", "Əliyev", "Hüseynov", "Quliyev", "Həsənov", "İsmayılov", "Rzayev", "Abbasov", "Cəfərov", "Nağıyev"}
)

func (r *rng) pickPerson(female, male, last []string) person {
	if r.chance(0.5) {
		return person{female[r.IntN(len(female))], last[r.IntN(len(last))], true}
	}
	return person{male[r.IntN(len(male))], last[r.IntN(len(last))], false}
}

func (r *rng) english() person  { return r.pickPerson(enFemale, enMale, enLast) }
func (r *rng) maltese() person  { return r.pickPerson(mtFemale, mtMale, mtLast) }
func (r *rng) galician() person { return r.pickPerson(glFemale, glMale, glLast) }

// galicianFull draws a Galician with two surnames.
func (r *rng) galicianFull() person {
	p := r.galician()
	p.last += " " + glLast[r.IntN(len(glLast))]
	return p
}

func (r *rng) armenian() person { return r.pickPerson(hyFemale, hyMale, hyLast) }

// irish draws an Irish name; the surname agrees with the sex.
func (r *rng) irish() person {
	if r.chance(0.5) {
		return person{gaFemale[r.IntN(len(gaFemale))], gaLastF[r.IntN(len(gaLastF))], true}
	}
	return person{gaMale[r.IntN(len(gaMale))], gaLastM[r.IntN(len(gaLastM))], false}
}

// azeri draws an Azerbaijani name; the surname takes -a for a woman.
func (r *rng) azeri() person {
	last := azLast[r.IntN(len(azLast))]
	if r.chance(0.5) {
		return person{azFemale[r.IntN(len(azFemale))], last + "a", true}
	}
	return person{azMale[r.IntN(len(azMale))], last, false}
}

// Streets and towns.

type address struct {
	street, town, postcode, region string
}

func (a address) oneLine() string { return a.street + ", " + a.town + " " + a.postcode }

func (r *rng) usAddress() address {
	towns := []struct{ town, st, zip string }{{"Portland", "OR", "972"}, {"Madison", "WI", "537"}, {"Durham", "NC", "277"}, {"Boise", "ID", "837"}, {"Albany", "NY", "122"}, {"Tucson", "AZ", "857"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(10, 9800), r.pick("Maple Street", "Oak Avenue", "Cedar Lane", "Lakeview Drive", "Hillcrest Road", "Pine Court", "Elm Street", "Willow Way")),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.zip, r.in(1, 99)),
		region:   t.st,
	}
}

func (r *rng) ukAddress() address {
	towns := []struct{ town, pc string }{{"Bristol", "BS6"}, {"Leeds", "LS6"}, {"Manchester", "M20"}, {"Norwich", "NR2"}, {"Hereford", "HR4"}, {"Gloucester", "GL1"}, {"York", "YO10"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 220), r.pick("Albany Road", "Mill Lane", "Station Road", "Cathedral Walk", "Orchard Close", "Kings Avenue", "Beech Grove", "Harbour View")),
		town:     t.town,
		postcode: fmt.Sprintf("%s %d%s", t.pc, r.in(1, 9), r.from("ABDEFGHJLNPQRSTUWXYZ", 2)),
		region:   r.pick("Avon", "West Yorkshire", "Greater Manchester", "Norfolk", "Herefordshire", "Gloucestershire", "North Yorkshire"),
	}
}

// enAddress draws a US or UK address.
func (r *rng) enAddress() address {
	if r.chance(0.5) {
		return r.usAddress()
	}
	return r.ukAddress()
}

func (r *rng) mtAddress() address {
	towns := []struct{ town, pc string }{{"Birkirkara", "BKR"}, {"Ħal Qormi", "QRM"}, {"Mosta", "MST"}, {"Żabbar", "ZBR"}, {"San Pawl il-Baħar", "SPB"}, {"Sliema", "SLM"}, {"Ir-Rabat", "RBT"}, {"Ħal Għargħur", "GHR"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d, %s", r.in(1, 120), r.pick("Triq il-Kbira", "Triq San Ġużepp", "Triq il-Kanonku", "Triq id-Dwejra", "Triq il-Fortizza", "Triq tal-Ħerba", "Triq il-Wied", "Triq Santa Marija")),
		town:     t.town,
		postcode: fmt.Sprintf("%s %04d", t.pc, r.in(1000, 9999)),
	}
}

func (r *rng) glAddress() address {
	towns := []struct{ town, pc, prov string }{{"Santiago de Compostela", "157", "A Coruña"}, {"Lugo", "270", "Lugo"}, {"Ourense", "320", "Ourense"}, {"Vigo", "362", "Pontevedra"}, {"Pontevedra", "360", "Pontevedra"}, {"Ferrol", "154", "A Coruña"}, {"Sarria", "276", "Lugo"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%s, %d, %dº", r.pick("Rúa do Franco", "Rúa Nova", "Avenida de Lugo", "Rúa da Raíña", "Rúa do Hórreo", "Praza da Quintana", "Rúa de San Pedro", "Rúa dos Loureiros"), r.in(1, 90), r.in(1, 6)),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.pc, r.in(1, 99)),
		region:   t.prov,
	}
}

func (r *rng) hyAddress() address {
	towns := []struct{ town, pc string }{{"Երևան", "00"}, {"Գյումրի", "31"}, {"Վանաձոր", "20"}, {"Աբովյան", "22"}, {"Էջմիածին", "11"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%s %d, բն. %d", r.pick("Կոմիտասի պող.", "Մաշտոցի պող.", "Թումանյան փ.", "Բաղրամյան պող.", "Տիգրան Մեծի պող.", "Արշակունյաց պող.", "Նալբանդյան փ."), r.in(1, 140), r.in(1, 90)),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.pc, r.in(1, 99)),
	}
}

func (r *rng) ieAddress() address {
	towns := []struct{ town, ec, county string }{{"Gaillimh", "H91", "Co. na Gaillimhe"}, {"Corcaigh", "T12", "Co. Chorcaí"}, {"Baile Átha Cliath 8", "D08", "Baile Átha Cliath"}, {"Daingean Uí Chúis", "V92", "Co. Chiarraí"}, {"An Spidéal", "H91", "Co. na Gaillimhe"}, {"Leitir Ceanainn", "F92", "Co. Dhún na nGall"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%d %s", r.in(1, 80), r.pick("Bóthar na Trá", "Sráid an Mhuilinn", "Ascaill an Phiarsaigh", "Bóthar an Chaisleáin", "Páirc na Coille", "Cnoc na Gréine")),
		town:     t.town,
		postcode: fmt.Sprintf("%s %s", t.ec, r.from("ACDEFHKNPRTVWXY0123456789", 4)),
		region:   t.county,
	}
}

func (r *rng) azAddress() address {
	towns := []struct{ town, pc string }{{"Bakı", "AZ10"}, {"Gəncə", "AZ20"}, {"Sumqayıt", "AZ50"}, {"Mingəçevir", "AZ45"}, {"Şəki", "AZ55"}}
	t := towns[r.IntN(len(towns))]
	return address{
		street:   fmt.Sprintf("%s %d, mənzil %d", r.pick("Nizami küç.", "Füzuli küç.", "Azadlıq pr.", "Neftçilər pr.", "Səməd Vurğun küç.", "Atatürk pr.", "Bülbül pr."), r.in(1, 160), r.in(1, 120)),
		town:     t.town,
		postcode: fmt.Sprintf("%s%02d", t.pc, r.in(0, 99)),
	}
}
