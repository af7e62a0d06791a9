package blindset8

import (
	"fmt"
)

// tatuering-samtycke-dynamo: a Swedish tattoo studio's booking and consent
// app as a DynamoDB Scan result (Swedish snake_case attribute names,
// {"S"}/{"N"}/{"BOOL"}/{"M"}/{"L"}/{"SS"} attribute values): the
// customer's consent item with the health declaration and the iPad
// signature, and the studio's settings item (Wi-Fi, till, autoclave).

func dS(l leaf) obj    { return obj{{"S", l}} }
func dN(l leaf) obj    { return obj{{"N", l}} }
func dBool(l leaf) obj { return obj{{"BOOL", l}} }
func dM(o obj) obj     { return obj{{"M", o}} }

func tatuering(g *rng) any {
	k := g.personOf("sv")
	artist := g.personOf("sv")
	orter := []struct{ ort, pn string }{
		{"Göteborg", "41"}, {"Malmö", "21"}, {"Stockholm", "11"}, {"Uppsala", "75"}, {"Umeå", "90"}, {"Luleå", "97"},
	}
	o := one(g, orter...)
	age := g.in(18, 64)

	var other []piece
	switch g.n(5) {
	case 0:
		other = []piece{p(one(g, "Svimmar lätt vid stick, vill ligga ner.", "Har keloidbenägenhet på axlarna.", "Tar Waran, blöder mer än vanligt."), healthCat)}
	case 1:
		other = []piece{p("Ring mig på "), p(g.phoneSE(), contactCat), p(" om tiden flyttas.")}
	case 2:
		other = []piece{p("Inget att tillägga.")}
	case 3:
		other = []piece{p("Gravid? Nej, men ammar fortfarande (6 mån).", healthCat)}
	default:
		other = []piece{p("Kompis "), p(one(g, "Saga", "Axel", "Nils", "Ebba"), contactCat), p(" får sitta med.")}
	}
	allergies := some(g, g.in(0, 2), "latex", "nickel", "röd pigment", "klorhexidin", "plåster")
	allergyL := arr{}
	for _, a := range allergies {
		allergyL = append(allergyL, dS(hlth(a)))
	}
	meds := some(g, g.in(0, 2), "Waran", "Levaxin 50 mikrog", "Roaccutan", "Sertralin 50 mg", "Insulatard")
	var medsVal any
	if len(meds) > 0 {
		medsVal = obj{{"SS", stringsOf(hlth, meds...)}}
	} else {
		medsVal = obj{{"NULL", plain(true)}}
	}

	health := clinical(dM(obj{
		{"blodsjukdom", dBool(hlth(g.chance(5)))},
		{"blodfortunnande", dBool(hlth(g.chance(15)))},
		{"diabetes", dBool(hlth(g.chance(10)))},
		{"epilepsi", dBool(hlth(g.chance(5)))},
		{"gravid_eller_ammar", dBool(hlth(g.chance(10)))},
		{"hepatit_hiv", dBool(hlth(false))},
		{"allergier", obj{{"L", allergyL}}},
		{"mediciner", medsVal},
		{"hudsjukdom", dS(hlth(one(g, "psoriasis", "eksem", "ingen", "vitiligo")))},
		{"ovrigt", dS(prose(other...))},
	}))

	ipad := one(g, "iPad (10th generation)", "iPad Air (5th generation)", "iPad mini (6th generation)")
	customer := obj{
		{"pk", dS(decoy("KUND#" + g.uuid()))},
		{"sk", dS(plain("SAMTYCKE#" + g.iso()))},
		{"fornamn", dS(cont(k.first))},
		{"efternamn", dS(cont(k.last))},
		{"fodelsedatum", dS(cont(fmt.Sprintf("%04d-%02d-%02d", 2024-age, g.in(1, 12), g.in(1, 28))))},
		{"alder", dN(ageOf(fmt.Sprint(age)))},
		{"kon", dS(sexOf(fm(k, one(g, "kvinna", "K"), one(g, "man", "M"))))},
		{"telefon", dS(cont(g.phoneSE()))},
		{"epost", dS(cont(g.email(k)))},
		{"epost_verifierad", dBool(decoy(g.chance(70)))},
		{"adress", dM(obj{
			{"gatuadress", dS(cont(one(g, "Storgatan", "Kungsgatan", "Linnégatan", "Vasagatan", "Tallvägen") + " " + fmt.Sprint(g.in(1, 90)) + one(g, "", " A", " lgh 1102")))},
			{"postnummer", dS(cont(o.pn + g.s(num, 1) + " " + g.s(num, 2)))},
			{"ort", dS(cont(o.ort))},
		})},
		{"halsodeklaration", health},
		{"motiv", dS(plain(one(g, "ros på underarmen", "fineline-svala", "mandala på vaden", "text på revbenen", "koi på låret")))},
		{"placering", dS(plain(one(g, "underarm", "vad", "revben", "lår", "nacke")))},
		{"tatuerare", dS(cont(artist.first + " " + artist.last))},
		{"pris", dN(decoy(fmt.Sprint(g.in(8, 60) * 100)))},
		{"handpenning", dN(decoy(one(g, "500", "800", "1000")))},
		{"bokningsnr", dS(decoy(fmt.Sprintf("B-%06d", g.n(1_000_000))))},
		{"signatur", dM(obj{
			{"enhet", dS(dev(ipad))},
			{"enhet_serienr", dS(dev("DMP" + g.s(uc+num, 9)))},
			{"app_version", dS(dev(g.ver(3)))},
			{"ios", dS(dev(one(g, "iPadOS 17.5", "iPadOS 16.7.8", "iPadOS 18.0.1")))},
			{"ip", dS(netw(g.lanIP("192.168." + fmt.Sprint(g.in(0, 9)))))},
			{"signatur_sha256", dS(decoy(g.sha256()))},
			{"tidpunkt", dS(plain(g.iso()))},
		})},
		{"nyhetsbrev", dBool(plain(g.chance(30)))},
	}

	studio := obj{
		{"pk", dS(plain("STUDIO"))},
		{"sk", dS(plain("INSTALLNINGAR"))},
		{"wifi_ssid", dS(netw(one(g, "Blacklinestudio", "InkHouse-Gast", "Telia-"+g.s(HX, 6), "Ateljé "+artist.first)))},
		{"wifi_losen", dS(cred(g.passphrase()))},
		{"kassa_ip", dS(netw(g.privIP()))},
		{"kassa_api_nyckel", dS(cred("sk_" + g.opaque(32)))},
		{"autoklav", dM(obj{
			{"modell", dS(dev(one(g, "Melag Vacuklav 31 B+", "W&H Lisa 517", "Euronda E9 Next")))},
			{"serienr", dS(dev(fmt.Sprintf("%d%07d", g.in(2018, 2024), g.n(10_000_000))))},
			{"cykler", dN(decoy(fmt.Sprint(g.in(100, 9000))))},
			{"temperatur_c", dN(decoy("134"))},
		})},
		{"version", dN(decoy(fmt.Sprint(g.in(3, 40))))},
	}

	return language(obj{
		{"Items", arr{customer, studio}},
		{"Count", decoy(2)},
		{"ScannedCount", decoy(2)},
		{"ConsumedCapacity", obj{{"TableName", plain("tatuering-prod")}, {"CapacityUnits", plain(0.5)}}},
	})
}
