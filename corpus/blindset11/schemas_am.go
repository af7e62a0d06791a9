package blindset11

import "fmt"

// A high-altitude distance-running camp near Addis Ababa, an ArangoDB AQL
// cursor response with Amharic keys: the athlete document, body and injury
// file, training sessions, the GPS watch, coach edges, the camp network.

var (
	amFirstLat = []string{"Meseret", "Tigist", "Selam", "Birhanu", "Dawit", "Yohannes", "Marta", "Liya", "Samuel", "Fasika", "Abebe", "Kebede", "Tesfaye", "Hirut", "Getachew", "Almaz", "Zewdu", "Mulugeta", "Aster", "Tsehay", "Yared", "Etenesh"}
	amFirstGez = []string{"መሰረት", "ትዕግስት", "ሰላም", "ብርሃኑ", "ዳዊት", "ዮሐንስ", "ማርታ", "ሊያ", "ሳሙኤል", "ፋሲካ", "አበበ", "ከበደ", "ተስፋዬ", "ሂሩት", "ጌታቸው", "አልማዝ", "ዘውዱ", "ሙሉጌታ", "አስቴር", "ፀሐይ", "ያሬድ", "እቴነሽ"}
	amFemale   = map[string]bool{"Meseret": true, "Tigist": true, "Selam": true, "Marta": true, "Liya": true, "Fasika": true, "Hirut": true, "Almaz": true, "Aster": true, "Tsehay": true, "Etenesh": true}
	amFather   = []string{"Alemu", "Tadesse", "Gebremedhin", "Wolde", "Mekonnen", "Desta", "Girma", "Teshome", "Kassa", "Moges", "Nigussie", "Tilahun", "Ayele", "Habte", "Demissie", "Feyisa", "Tola", "Gemechu", "Lemma", "Asfaw", "Worku", "Beyene"}
	amSubCity  = []string{"ቦሌ", "የካ", "ቂርቆስ", "አራዳ", "ልደታ", "ኮልፌ ቀራኒዮ", "ጉለሌ", "አቃቂ ቃሊቲ", "ንፋስ ስልክ ላፍቶ", "አዲስ ከተማ", "ለሚ ኩራ"}
	amTowns    = []string{"አዲስ አበባ", "ሱሉልታ", "በቆጂ", "አሰላ", "ባህር ዳር", "ሀዋሳ", "አዳማ", "ደብረ ብርሃን", "ጎንደር", "መቀሌ", "ቢሾፍቱ", "ሆለታ", "ሰንዳፋ", "ጂማ", "ደሴ", "ዲላ", "ነቀምት", "ሻሸመኔ", "አምቦ", "ወሊሶ"}
	amInjury   = []string{"የአኪለስ ጅማት ህመም", "የጉልበት ህመም", "የሺን ስፕሊንት", "የእግር አጥንት ስብራት (stress fracture)", "የሃምስትሪንግ መሳብ", "የቁርጭምጭሚት መወለም", "plantar fasciitis", "IT band syndrome", "የወገብ ህመም", "የደም ማነስ", "የጭን ጡንቻ መቀደድ", "iron deficiency"}
	amWatches  = []string{"Garmin Forerunner 265", "Garmin Forerunner 55", "Garmin Forerunner 965", "COROS PACE 3", "COROS APEX 2 Pro", "Polar Pacer Pro", "Polar Vantage V3", "Suunto Race", "Suunto 9 Peak Pro", "Amazfit Cheetah Pro", "Garmin Enduro 2", "Huawei Watch GT 4"}
	amRouters  = []string{"TP-Link Archer C6", "Huawei B535-232", "ZTE MF286R", "MikroTik hAP ac2", "Ubiquiti UniFi Dream Machine", "TP-Link Deco M5", "Tenda AC10"}
	amClubs    = []string{"Sululta Highlands RC", "Entoto Trail Club", "Yeka Athletics", "Bekoji Youth Project", "Asella Runners", "Holeta Distance Group"}
)

func (r *rng) etPhone() string {
	n := fmt.Sprintf("9%d%d000%03d", r.in(1, 4), r.in(0, 9), r.in(0, 999))
	if r.chance(0.5) {
		return "+251 " + n[:3] + " " + n[3:6] + " " + n[6:]
	}
	return "0" + n
}

func arangoMeta(r *rng, coll string) (string, obj) {
	key := r.digits(r.in(5, 8))
	return coll + "/" + key, obj{{"_key", decoy(key)}, {"_id", decoy(coll + "/" + key)}, {"_rev", decoy("_" + r.b64(10))}}
}

func ruchaArango(r *rng) any {
	k := r.IntN(len(amFirstLat))
	lat := amFirstLat[k]
	first := lat
	if r.chance(0.5) {
		first = amFirstGez[k]
	}
	sex := "ወንድ"
	if amFemale[lat] {
		sex = "ሴት"
	}
	father := r.pick(amFather...)
	athID, am := arangoMeta(r, "athletes")
	injuries := arr{}
	for j := 0; j < r.in(0, 2); j++ {
		injuries = append(injuries, obj{
			{"ዓይነት", hlth(r.pick(amInjury...))},
			{"ቀን", plain(r.day(2021, 2024))},
			{"ያመለጡ ቀናት", hlth(r.in(3, 90))},
		})
	}
	body := obj{
		{"ቁመት", hlth(r.in(152, 186))},
		{"ክብደት", hlth(r.f1(41, 66))},
		{"የሰውነት ስብ", hlth(r.f1(5, 17))},
		{"የእረፍት የልብ ምት", hlth(r.in(36, 54))},
		{"ቪኦ2 ማክስ", hlth(r.f1(62, 84))},
		{"ሄሞግሎቢን", hlth(r.f1(11.5, 17.8))},
		{"የደም ዓይነት", hlth(r.blood())},
		{"ጉዳቶች", injuries},
		{"አለርጂ", hlth(r.pick("የለም", "ፔኒሲሊን", "ኦቾሎኒ", "አቧራ", "none", "sulfa"))},
		{"መድሃኒት", hlth(r.pick("Ferrous sulfate 200 mg", "ምንም", "Salbutamol inhaler", "Vitamin D 1000 IU", "Ibuprofen 400 mg ሲያስፈልግ", "Folic acid 5 mg"))},
		{"ሐኪም", cont("ዶ/ር " + r.pick(amFirstGez...) + " " + r.pick("ታደሰ", "ግርማ", "ካሳ", "ለማ", "አየለ", "ደምሴ"))},
	}
	var sessions arr
	for j := 0; j < r.in(1, 3); j++ {
		note := prose(p(r.pick("ጥሩ ስልጠና ነበር።", "ኮረብታ ላይ 10 ጊዜ ተደጋጋሚ ሩጫ።", "ዝናብ ስለነበር ስልጠናው አጠረ።", "ከቡድኑ ጋር በእንጦጦ ሮጠ።")))
		switch r.IntN(4) {
		case 0:
			note = prose(p("ዛሬ "), p(fmt.Sprint(r.in(12, 35))), p(" ኪሜ ሮጠ። "), p(r.pick(amInjury...), healthC), p(" አለበት፤ ለ3 ቀን ቀለል ያለ ስልጠና።"))
		case 1:
			note = prose(p("ወኪሉን በ "), p(r.etPhone(), contactC), p(" ያግኙ፤ የውድድር ቪዛ ጉዳይ።"))
		}
		sessions = append(sessions, obj{
			{"ቀን", plain(r.day(2024, 2024))},
			{"ርቀት_ኪሜ", decoy(r.f1(8, 38))},
			{"ፍጥነት", decoy(fmt.Sprintf("%d:%02d/km", r.in(2, 4), r.in(0, 59)))},
			{"አማካይ የልብ ምት", hlth(r.in(128, 168))},
			{"ከፍተኛ የልብ ምት", hlth(r.in(170, 198))},
			{"እንቅልፍ", hlth(fmt.Sprintf("%d ሰዓት %d ደቂቃ", r.in(5, 10), r.in(0, 59)))},
			{"የአሰልጣኝ ማስታወሻ", note},
		})
	}
	watchID, wm := arangoMeta(r, "devices")
	fw := dev(fmt.Sprintf("%d.%02d", r.in(8, 21), r.in(0, 40)))
	if r.chance(0.3) {
		fw = fwIP(r.ipVer())
	}
	watch := append(wm,
		field{"ሞዴል", dev(r.pick(amWatches...))},
		field{"ተከታታይ ቁጥር", dev(r.digits(10))},
		field{"ሶፍትዌር ስሪት", fw},
		field{"ብሉቱዝ አድራሻ", macAddr(r.mac(":", true))},
		field{"ቅጽል ስም", dev("የ" + amFirstGez[k] + " ሰዓት")},
		field{"መጨረሻ የተመሳሰለ", dev(r.isoMs(2024, 2024))},
		field{"ባትሪ", decoy(r.in(5, 100))},
	)
	coachID, cm := arangoMeta(r, "coaches")
	coach := append(cm, field{"ስም", cont(r.pick(amFirstLat...) + " " + r.pick(amFather...))}, field{"ስልክ", cont(r.etPhone())})
	_, em := arangoMeta(r, "trains")
	edge := append(em, field{"_from", decoy(coachID)}, field{"_to", decoy(athID)}, field{"ሚና", plain(r.pick("ዋና አሰልጣኝ", "ረዳት አሰልጣኝ", "ፊዚዮቴራፒስት"))})
	_, em2 := arangoMeta(r, "wears")
	edge2 := append(em2, field{"_from", decoy(athID)}, field{"_to", decoy(watchID)}, field{"ከ", plain(r.day(2022, 2024))})
	lan := r.lanPrefix()
	email := nullDecoy()
	if r.chance(0.5) {
		email = cont(r.mail(ascii(lat) + "." + ascii(father)))
	}
	athlete := append(am,
		field{"ስም", cont(first)},
		field{"የአባት ስም", cont(father)},
		field{"የአያት ስም", cont(r.pick(amFather...))},
		field{"የትውልድ ቀን", cont(r.day(1994, 2007))},
		field{"ጾታ", sexOf(sex)},
		field{"ስልክ", cont(r.etPhone())},
		field{"ኢሜይል", email},
		field{"አድራሻ", obj{
			{"ክፍለ ከተማ", cont(r.pick(amSubCity...))},
			{"ወረዳ", cont(fmt.Sprintf("ወረዳ %02d", r.in(1, 14)))},
			{"የቤት ቁጥር", cont(fmt.Sprint(r.in(100, 2999)))},
			{"ከተማ", cont(r.pick(amTowns...))},
		}},
		field{"ክለብ", plain(r.pick(amClubs...))},
		field{"ርቀት", plain(r.pick("5000m", "10000m", "ግማሽ ማራቶን", "ማራቶን", "3000m steeplechase", "1500m"))},
		field{"ምርጥ ሰዓት", plain(fmt.Sprintf("%d:%02d:%02d", r.in(0, 2), r.in(3, 59), r.in(0, 59)))},
		field{"ሰውነት", clinical(body)},
		field{"መለያ", obj{
			{"የተጠቃሚ ስም", cont(ascii(lat) + "_" + r.digits(2))},
			{"የይለፍ ቃል", cred(r.bcrypt())},
			{"የስትራቫ ቶከን", cred(r.hexs(40))},
			{"ቶከን_ብዛት", decoy(r.in(1, 9))},
			{"ስልክ_ተረጋግጧል", decoy(r.chance(0.6))},
		}},
		field{"የሽልማት ገንዘብ", decoy(r.in(0, 60) * 500)},
	)
	camp := obj{
		{"ዋይፋይ", obj{
			{"ስም", netw(r.pick("Camp-", "Sululta-", "Entoto_", "RunHouse-") + r.upper(3))},
			{"የይለፍ ቃል", cred(r.alnum(r.in(8, 14)))},
			{"ራውተር ሞዴል", dev(r.pick(amRouters...))},
			{"የራውተር አይፒ", netw(lan + ".1")},
			{"ዲኤንኤስ", netw(r.pick("1.1.1.1", "8.8.8.8", lan+".1"))},
			{"ቪላን", netw(r.in(10, 300))},
		}},
		{"የአልጋ ብዛት", decoy(r.in(12, 60))},
	}
	return language(obj{
		{"result", arr{obj{
			{"አትሌት", athlete},
			{"ስልጠና", sessions},
			{"ሰዓት", watch},
			{"አሰልጣኝ", coach},
			{"ግንኙነቶች", arr{edge, edge2}},
			{"ካምፕ", camp},
		}}},
		{"hasMore", plain(false)},
		{"cached", plain(r.chance(0.2))},
		{"extra", obj{
			{"warnings", arr{}},
			{"stats", obj{
				{"writesExecuted", plain(0)},
				{"scannedFull", plain(r.in(1, 4000))},
				{"scannedIndex", plain(r.in(0, 50))},
				{"executionTime", plain(r.f2(0, 0.2))},
				{"peakMemoryUsage", plain(r.in(32000, 400000))},
			}},
		}},
		{"error", plain(false)},
		{"code", plain(201)},
	})
}
