package blindset9

import (
	"fmt"
	"strings"
)

// saedbank-donor-airtable: a Danish sperm bank's donor base exported from
// the Airtable REST API (records / id / createdTime / fields; Danish field
// names with spaces, parentheses, a "/" and a "~"): donor number, full
// name, e-mail, mobile, address, birth date, height, weight, BMI, blood
// type, eye and hair colour, semen analysis, CMV status, karyotype,
// genetic screening, family history, medication, childhood photo
// attachments with thumbnails, straws and price, the lab's analyser, the
// donor-portal login, staff and a staff note in Danish.

func saedbank(g *rng) any {
	d := g.manOf("da")
	staff := g.personOf("da")
	byer := []struct{ by, post, vej string }{
		{"Aarhus C", "8000", "Jægergårdsgade"}, {"København N", "2200", "Nørrebrogade"}, {"Odense C", "5000", "Vestergade"},
		{"Aalborg", "9000", "Boulevarden"}, {"Esbjerg", "6700", "Kongensgade"}, {"Roskilde", "4000", "Algade"},
	}
	b := one(g, byer...)
	hgt := g.in(172, 198)
	wgt := round1(g.f(64, 98))
	rec := func() string { return "rec" + g.s(alnum, 14) }
	thumbs := func() obj {
		name := strings.ToLower(one(g, "barnefoto", "voksenfoto", "profil")) + fmt.Sprintf("_%d.jpg", g.in(1, 9))
		base := "https://dl.airtable.example.com/.attachments/" + g.s(hx, 32) + "/" + g.s(hx, 8) + "/" + name
		return obj{
			{"id", decoy("att" + g.s(alnum, 14))},
			{"url", cont(base)},
			{"filename", plain(name)},
			{"size", decoy(g.in(40_000, 900_000))},
			{"type", plain("image/jpeg")},
			{"thumbnails", obj{
				{"small", obj{{"url", cont(base + "?w=36")}, {"width", decoy(g.in(27, 36))}, {"height", decoy(36)}}},
				{"large", obj{{"url", cont(base + "?w=512")}, {"width", decoy(g.in(380, 512))}, {"height", decoy(512)}}},
			}},
		}
	}
	var photos arr
	for i := 0; i < g.in(1, 2); i++ {
		photos = append(photos, thumbs())
	}
	var note []piece
	switch g.n(6) {
	case 0:
		note = []piece{p("Donor oplyser at han tager "), p(one(g, "Sertralin 50 mg", "Cetirizin 10 mg", "Methylphenidat 36 mg"), healthCat), p(" – afventer lægevurdering.")}
	case 1:
		note = []piece{p("Ring til "), p(d.first, contactCat), p(" på "), p(g.phoneDK(), contactCat), p(" om ny prøve mandag.")}
	case 2:
		note = []piece{p("Karantæne: "), p(one(g, "klamydia positiv", "forhøjet ALAT", "lav motilitet ved 3 prøver"), healthCat), p(", genteste om 6 mdr.")}
	case 3:
		note = []piece{p("Analyseapparatet "), p(one(g, "SQA-V Gold", "CASA SCA"), deviceCat), p(" viste fejl, prøven er talt manuelt.")}
	case 4:
		note = []piece{p("Portal-login nulstillet, midlertidig kode "), p(g.password(), credCat), p(".")}
	default:
		note = []piece{p("Profil godkendt til udvidet profil, lydinterview optaget.")}
	}

	fields := obj{
		{"Donornummer", decoy(fmt.Sprintf("DK-%04d", g.n(10000)))},
		{"Fulde navn", cont(d.full())},
		{"E-mail", cont(g.email(d))},
		{"Mobil", cont(g.phoneDK())},
		{"Adresse", cont(fmt.Sprintf("%s %d, %d. %s, %s %s", b.vej, g.in(1, 120), g.in(1, 5), one(g, "tv", "th", "mf"), b.post, b.by))},
		{"Fødselsdato", cont(fmt.Sprintf("%04d-%02d-%02d", g.in(1990, 2004), g.in(1, 12), g.in(1, 28)))},
		{"Højde (cm)", hlth(hgt).clin()},
		{"Vægt (kg) ~ selvoplyst", hlth(wgt).clin()},
		{"BMI", hlth(bmi(wgt, hgt)).clin()},
		{"Blodtype", hlth(one(g, "0+", "A+", "B+", "AB-", "0-", "A-")).clin()},
		{"Øjenfarve/hårfarve", hlth(one(g, "blå/blond", "grøn/lysebrun", "brun/mørkebrun", "grå/rød")).clin()},
		{"Koncentration (mio/ml)", hlth(g.in(15, 160)).clin()},
		{"Motilitet %", hlth(g.in(32, 78)).clin()},
		{"CMV-status", hlth(one(g, "negativ", "positiv")).clin()},
		{"Karyotype", hlth("46,XY").clin()},
		{"Genetisk screening", clinical(stringsOf(hlth, some(g, g.in(1, 3), "Cystisk fibrose: ikke bærer", "SMA: ikke bærer", "Fragilt X: normal", "Hæmoglobinopati: bærer af β-thalassæmi", "Tay-Sachs: ikke testet")...))},
		{"Sygdomme i familien", clinical(stringsOf(hlth, some(g, g.in(0, 2), "type 2-diabetes (far)", "brystkræft (mormor)", "skizofreni (onkel)", "hjerteinfarkt (farfar, 58 år)")...))},
		{"Fast medicin", hlth(one(g, "ingen", "ingen", "Cetirizin", "Sertralin 50 mg")).clin()},
		{"Uddannelse", plain(one(g, "cand.polyt.", "pædagog", "sygeplejerskestuderende", "tømrer", "cand.scient."))},
		{"Barnefotos", photos},
		{"Strå på lager", decoy(g.in(0, 240))},
		{"Pris pr. strå (DKK)", decoy(one(g, 4950, 6950, 9950, 13450))},
		{"Antal modtagere", decoy(g.in(0, 12))},
		{"Modtagere", arr{decoy(rec()), decoy(rec())}},
		{"Analyseapparat", dev(one(g, "SQA-V Gold", "SQA-Vision", "Hamilton Thorne CEROS II", "Microptic SCA CASA"))},
		{"Apparat serienr.", dev(fmt.Sprintf("%s-%06d", one(g, "SV", "HT", "SCA"), g.n(1_000_000)))},
		{"Apparat IP", netw(g.lanIP("10." + fmt.Sprint(g.in(1, 30)) + ".4"))},
		{"Portal brugernavn", cont(strings.ToLower(d.afirst) + g.s(num, 3))},
		{"Portal adgangskode (hash)", cred(g.argon())},
		{"Sidste login", plain(g.iso())},
		{"Ansvarlig", cont(staff.full())},
		{"Noter", prose(note...)},
		{"Status", plain(one(g, "Aktiv", "Karantæne", "Pause", "Udtrådt"))},
		{"Seneste ændring", plain(g.iso())},
	}
	return language(obj{
		{"records", arr{obj{
			{"id", decoy(rec())},
			{"createdTime", plain(g.isoMs())},
			{"fields", fields},
		}}},
		{"offset", decoy("itr" + g.s(alnum, 14) + "/" + rec())},
	})
}
