package blindset15

import (
	"fmt"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// Extra label and text helpers of this set.

// freeDecoy is a free-text leaf that only holds look-alikes (an animal's
// health, an order number shaped like a phone): not sensitive, a decoy.
func freeDecoy(s string) leaf {
	return leaf{val: s, label: corpus.Label{Decoy: true, Hard: corpus.HardFreeText}}
}

// salut labels a salutation that tells a gender (POLICY_NOTES).
func salut(v string) leaf { return sexOf(v) }

// pf is printf for prose pieces.
func pf(format string, a ...any) string { return fmt.Sprintf(format, a...) }

// UK numbers in the Ofcom drama ranges.
func (r *rng) ukMobile() string { return fmt.Sprintf("07700 900%03d", r.in(0, 999)) }
func (r *rng) ukMobileIntl() string {
	return fmt.Sprintf("+44 7700 900%03d", r.in(0, 999))
}
func (r *rng) ukE164() string { return fmt.Sprintf("+447700900%03d", r.in(0, 999)) }

// UK names and addresses, invented combinations.
var (
	ukFirst  = []string{"Amelia", "Harriet", "Imogen", "Niamh", "Priya", "Chloe", "Bethany", "Rosie", "Oliver", "Callum", "Rhys", "Tariq", "Hamish", "Declan", "Ravi", "Toby", "Fergus", "Keira", "Saoirse", "Ewan"}
	ukLast   = []string{"Ashworth", "Blythe", "Cartwright", "Dunmore", "Ellery", "Fairclough", "Gillespie", "Hargreaves", "Ingleby", "Jowett", "Kershaw", "Lockwood", "Marwick", "Nettleton", "Ormerod", "Pickering", "Quarmby", "Rushworth", "Sowerby", "Thwaite"}
	ukStreet = []string{"Mill Lane", "Beech Grove", "Station Road", "Chapel Street", "Westfield Avenue", "Orchard Close", "Moorland Rise", "Victoria Terrace", "Kingsway", "Brook Street"}
	ukTowns  = [][2]string{{"Leeds", "LS6"}, {"Harrogate", "HG1"}, {"York", "YO10"}, {"Bradford", "BD9"}, {"Wakefield", "WF1"}, {"Halifax", "HX3"}, {"Huddersfield", "HD1"}, {"Otley", "LS21"}, {"Ilkley", "LS29"}, {"Skipton", "BD23"}}
)

func (r *rng) ukName() (string, string) { return r.pick(ukFirst...), r.pick(ukLast...) }

// ukFemale tells whether a first name of ukFirst is a woman's.
func ukFemale(first string) bool {
	for i, f := range ukFirst {
		if f == first {
			return i < 10 || f == "Keira" || f == "Saoirse"
		}
	}
	return false
}

// ukAddr returns street line, town and postcode.
func (r *rng) ukAddr() (string, string, string) {
	t := ukTowns[r.IntN(len(ukTowns))]
	return fmt.Sprintf("%d %s", r.in(1, 240), r.pick(ukStreet...)), t[0], fmt.Sprintf("%s %d%s", t[1], r.in(1, 9), r.letters(2))
}

// Estonian names, addresses and phones.
var (
	etFirstF = []string{"Kadri", "Liis", "Triin", "Maarja", "Kätlin", "Pille", "Helen", "Merle", "Eha", "Külli"}
	etFirstM = []string{"Margus", "Tõnu", "Priit", "Rein", "Jaanus", "Indrek", "Urmas", "Siim", "Toomas", "Ahto"}
	etLast   = []string{"Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Kuusk", "Lepik", "Oja", "Raudsepp", "Kõiv", "Vaher"}
	etStreet = []string{"Pikk", "Vanemuise", "Riia", "Männi tee", "Kase", "Ülikooli", "Tähe", "Kalda tee", "Jõe", "Lille"}
	etTowns  = [][3]string{{"Tartu", "510", "Tartumaa"}, {"Tallinn", "101", "Harjumaa"}, {"Pärnu", "800", "Pärnumaa"}, {"Viljandi", "710", "Viljandimaa"}, {"Otepää", "674", "Valgamaa"}, {"Rakvere", "441", "Lääne-Virumaa"}}
)

func (r *rng) etName() (string, string, bool) {
	if r.chance(0.5) {
		return r.pick(etFirstF...), r.pick(etLast...), true
	}
	return r.pick(etFirstM...), r.pick(etLast...), false
}

func (r *rng) etPhone() string { return fmt.Sprintf("+372 5000 %04d", r.in(0, 999)) }

// Slovak names, places and phones.
var (
	skFirstF = []string{"Zuzana", "Katarína", "Mária", "Jana", "Lucia", "Eva", "Veronika", "Monika", "Ľubica", "Dana"}
	skFirstM = []string{"Ján", "Peter", "Miroslav", "Jozef", "Štefan", "Martin", "Ľubomír", "Dušan", "Marek", "Igor"}
	skLastM  = []string{"Kováč", "Horváth", "Baláž", "Varga", "Tóth", "Šimko", "Hudák", "Kollár", "Mráz", "Vlček", "Ďurica"}
	skLastF  = []string{"Kováčová", "Horváthová", "Balážová", "Vargová", "Tóthová", "Šimková", "Hudáková", "Kollárová", "Mrázová", "Vlčeková", "Ďuricová"}
	skStreet = []string{"Hlavná", "Záhradná", "Školská", "Potočná", "Družstevná", "Lipová", "Hviezdoslavova", "Sládkovičova", "Mlynská", "Jarná"}
	skTowns  = [][3]string{{"Banská Štiavnica", "969 01", "Banskobystrický"}, {"Zvolen", "960 01", "Banskobystrický"}, {"Liptovský Mikuláš", "031 01", "Žilinský"}, {"Prešov", "080 01", "Prešovský"}, {"Trenčín", "911 01", "Trenčiansky"}, {"Pezinok", "902 01", "Bratislavský"}, {"Nitra", "949 01", "Nitriansky"}}
)

func (r *rng) skName() (string, string, bool) {
	i := r.IntN(len(skLastM))
	if r.chance(0.5) {
		return r.pick(skFirstF...), skLastF[i], true
	}
	return r.pick(skFirstM...), skLastM[i], false
}

func (r *rng) skPhone() string { return fmt.Sprintf("+421 905 000 %03d", r.in(0, 999)) }

// Malaysian names and phones.
var (
	myFemale = []string{"Siti Nurhaliza binti Ahmad", "Nur Aisyah binti Ismail", "Farah Nadia binti Rahman", "Tan Mei Ling", "Lim Hui Wen", "Kavitha a/p Subramaniam", "Nurul Izzah binti Hamzah", "Wong Pei Shan", "Aminah binti Yusof", "Priya a/p Raman"}
	myMale   = []string{"Ahmad Faiz bin Osman", "Muhammad Hafiz bin Zainal", "Tan Wei Jie", "Lim Chee Keong", "Rajesh a/l Muniandy", "Mohd Azlan bin Ibrahim", "Wong Kah Seng", "Haziq bin Roslan"}
	myBabies = []string{"Muhammad Adam", "Nur Hana", "Aryan", "Tan Yu Xuan", "Aisyah Sofea", "Lim Jun Hao", "Iman Safiya", "Daniel Haikal"}
	myNurses = []string{"Jururawat Rohani", "Kak Zura", "Misi Salmah", "Jururawat Mei Yee", "Kak Lina", "Jururawat Devi"}
	myStreet = []string{"Jalan SS 2/24", "Jalan Bukit Bintang", "Lorong Mawar 3", "Jalan Tun Razak", "Jalan Kenanga 7", "Persiaran Gurney", "Jalan Melati 12"}
	myTowns  = [][3]string{{"Petaling Jaya", "47300", "Selangor"}, {"Shah Alam", "40150", "Selangor"}, {"Kuala Lumpur", "50450", "Wilayah Persekutuan"}, {"Georgetown", "10250", "Pulau Pinang"}, {"Johor Bahru", "80100", "Johor"}, {"Ipoh", "30450", "Perak"}}
)

func (r *rng) myPhone() string { return fmt.Sprintf("+60 12-000 %04d", r.in(0, 9999)) }

// Serbian names, places and phones (Latin script).
var (
	srFirstM = []string{"Dragan", "Miloš", "Nenad", "Zoran", "Dejan", "Goran", "Aleksandar", "Nikola", "Vladimir", "Bojan"}
	srFirstF = []string{"Jelena", "Milica", "Ivana", "Dragana", "Snežana", "Marija"}
	srLast   = []string{"Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Pavlović", "Milošević", "Živković", "Todorović"}
	srStreet = []string{"Bulevar oslobođenja", "Kneza Miloša", "Njegoševa", "Cara Dušana", "Vojvode Stepe", "Železnička", "Futoška", "Nemanjina"}
	srTowns  = [][2]string{{"Novi Sad", "21000"}, {"Beograd", "11000"}, {"Niš", "18000"}, {"Kragujevac", "34000"}, {"Subotica", "24000"}, {"Čačak", "32000"}}
)

func (r *rng) srPhone() string { return fmt.Sprintf("+381 60 000 %04d", r.in(0, 9999)) }

// Afrikaans names, places and phones.
var (
	afFirstF = []string{"Anél", "Jana", "Marné", "Liezl", "Elmarie", "Carli", "Ilse", "Lize", "Ronel", "Mia"}
	afFirstM = []string{"Johan", "Pieter", "Ruan", "Dewald", "Francois", "Jaco", "Wian", "Hennie", "Stefan", "Christo"}
	afLast   = []string{"du Plessis", "van der Merwe", "Botha", "Steyn", "Nel", "Coetzee", "Venter", "Pretorius", "le Roux", "Joubert", "Fourie", "Kruger"}
	afStreet = []string{"Kerkstraat", "Voortrekkerweg", "Eikelaan", "Protealaan", "Jan Smutsrylaan", "Stasieweg", "Bloekomstraat", "Mimosarylaan"}
	afTowns  = [][3]string{{"Stellenbosch", "7600", "Wes-Kaap"}, {"Potchefstroom", "2531", "Noordwes"}, {"Bloemfontein", "9301", "Vrystaat"}, {"Pretoria", "0181", "Gauteng"}, {"George", "6529", "Wes-Kaap"}, {"Upington", "8801", "Noord-Kaap"}}
)

func (r *rng) afName() (string, string, bool) {
	if r.chance(0.5) {
		return r.pick(afFirstF...), r.pick(afLast...), true
	}
	return r.pick(afFirstM...), r.pick(afLast...), false
}

func (r *rng) zaPhone() string { return fmt.Sprintf("082 000 %04d", r.in(0, 9999)) }
func (r *rng) zaPhoneIntl() string {
	return fmt.Sprintf("+27 82 000 %04d", r.in(0, 9999))
}

// wifiName draws a home or business SSID.
func (r *rng) wifiName(base string) string {
	return base + r.pick("", "-5G", "_2.4", "-Guest", "_EXT", "-Staff") + r.pick("", "", fmt.Sprint(r.in(1, 99)))
}

// psk draws a Wi-Fi passphrase.
func (r *rng) psk() string {
	return r.pick("Summer", "Harbour", "Kiwi", "Blue", "Tulip", "Granite", "Otter", "Maple", "Comet") + r.pick("", "#", "!", "_", "-") + r.digits(r.in(2, 4)) + r.pick("", "x", "Go", "Home", "Lan")
}

// phoneOS draws a phone model and an OS version that fit each other.
func (r *rng) phoneOS() (string, string) {
	m := r.phoneModel()
	if strings.HasPrefix(m, "iPhone") {
		return m, "iOS " + r.pick("16.6.1", "17.1.2", "17.4", "17.5.1", "16.7.2")
	}
	return m, "Android " + r.pick("11", "12", "13", "14")
}
