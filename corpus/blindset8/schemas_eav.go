package blindset8

import (
	"fmt"
	"strings"
)

// gym-eav-rows: a climbing and fitness gym's CRM dumped as an
// entity-attribute-value table with opaque attribute codes (attr_NN): a
// member (names, e-mail, phone, birth date, sex, one-line address,
// emergency contact, password hash, door PIN), the contract (plan,
// price, number, voucher), a body-composition scan (scanner model and
// serial, height, weight, body fat, muscle mass, BMR, visceral fat, phase
// angle), the entrance terminal (model, serial, IP), the app (version,
// OS, push token), wall data that look like body data, and a trainer's
// note in German.

type eavRow struct {
	ent string
	v   leaf
}

func gymEAV(g *rng) any {
	m := g.personOf(one(g, "de", "de", "tr", "pl", "it", "en"))
	kin := g.personOf("de")
	mid := g.in(10000, 99999)
	hgt := round1(g.f(152, 198))
	wgt := round1(g.f(48, 115))
	female := m.female
	city := one(g, []string{"München", "803"}, []string{"Berlin", "104"}, []string{"Hamburg", "223"}, []string{"Köln", "506"}, []string{"Leipzig", "041"})
	model, os := g.phone()

	member := fmt.Sprintf("m:%d", mid)
	contract := fmt.Sprintf("c:%d", g.in(100000, 999999))
	scan := fmt.Sprintf("s:%d", g.in(100000, 999999))
	term := fmt.Sprintf("d:%d", g.in(10, 99))
	app := fmt.Sprintf("a:%d", mid)
	wall := fmt.Sprintf("w:%d", g.in(1, 9))

	var note []piece
	switch g.n(5) {
	case 0:
		note = []piece{p(m.first, contactCat), p(one(g, " hatte Kreuzband-OP rechts, keine Sprünge beim Bouldern.", " ist Epileptiker, nicht allein ins Toprope.", " nach Bandscheibenvorfall L5/S1, Reha-Training."), healthCat)}
	case 1:
		note = []piece{p("Rückruf wegen Kündigung unter "), p(g.phoneDE(), contactCat), p(".")}
	case 2:
		note = []piece{p("Drehkreuz "), p("GT7-"+g.s(num, 6), deviceCat), p(" erkennt Karte nicht, PIN zurückgesetzt auf "), p(fmt.Sprintf("%04d", g.n(10000)), credCat), p(".")}
	case 3:
		note = []piece{p("Einweisung Vorstieg erledigt, Sicherungscheck bestanden.")}
	default:
		note = []piece{p("Probetraining gebucht, Gutschein eingelöst.")}
	}

	rows := []eavRow{
		{member, cont(m.first)},
		{member, cont(m.last)},
		{member, cont(g.email(m))},
		{member, cont(one(g, g.phoneDE(), g.phoneTR(), g.phonePL(), g.phoneIT()))},
		{member, cont(g.dob())},
		{member, sexOf(fm(m, one(g, "w", "F", "weiblich"), one(g, "m", "M", "männlich")))},
		{member, cont(fmt.Sprintf("%s %d, %s%02d %s", one(g, "Leopoldstraße", "Schönhauser Allee", "Eppendorfer Weg", "Venloer Str.", "Karl-Liebknecht-Str."), g.in(1, 180), city[1], g.n(100), city[0]))},
		{member, cont(fmt.Sprintf("%s (%s) %s", kin.full(), one(g, "Mutter", "Partner", "Vater", "Schwester"), g.phoneDE()))},
		{member, cred(g.bcrypt())},
		{member, cred(fmt.Sprintf("%04d", g.n(10000)))},
		{member, plain(g.iso())},
		{member, decoy(g.in(0, 400))},
		{contract, plain(one(g, "Jahresabo Bouldern", "Monatsabo Klettern+Fitness", "10er-Karte", "Studententarif"))},
		{contract, decoy(money(one(g, 29.9, 39.9, 54.0, 89.0)))},
		{contract, decoy(fmt.Sprintf("V-%d-%06d", 2024, g.n(1_000_000)))},
		{contract, decoy("KLETTER-" + g.s(uc+num, 6))},
		{contract, plain(one(g, "aktiv", "gekündigt", "pausiert"))},
		{scan, dev(one(g, "InBody 570", "InBody 270", "Tanita MC-780MA", "seca mBCA 515"))},
		{scan, dev(fmt.Sprintf("%s%08d", one(g, "CC7", "MC", "SE"), g.n(100_000_000)))},
		{scan, hlth(fmt.Sprintf("%.1f cm", hgt))},
		{scan, hlth(fmt.Sprintf("%.1f kg", wgt))},
		{scan, hlth(fmt.Sprintf("%.1f %%", g.f(map[bool]float64{true: 18, false: 9}[female], map[bool]float64{true: 38, false: 28}[female])))},
		{scan, hlth(fmt.Sprintf("%.1f kg", g.f(20, 42)))},
		{scan, hlth(fmt.Sprintf("%d kcal", g.in(1150, 2100)))},
		{scan, hlth(fmt.Sprint(g.in(2, 14)))},
		{scan, hlth(fmt.Sprintf("%.1f°", g.f(4.2, 7.8)))},
		{scan, plain(g.iso())},
		{term, dev(one(g, "Gantner GAT Access 6100 AP", "Gantner GT7", "Salto XS4 Wall Reader", "ZKTeco SpeedFace-V5L"))},
		{term, dev(g.s(num, 10))},
		{term, netw(g.lanIP("192.168." + fmt.Sprint(g.in(10, 40))))},
		{term, dev(g.iso())},
		{app, dev(g.ver(3))},
		{app, dev(model)},
		{app, dev(os)},
		{app, cred(g.fcm())},
		{wall, decoy(fmt.Sprintf("%.1f m", g.f(4.2, 18)))},
		{wall, decoy(fmt.Sprintf("%d kg", one(g, 120, 150, 200)))},
		{wall, plain(one(g, "6a", "6c+", "7a", "7b+"))},
		{member, prose(note...)},
	}
	var out arr
	for i, r := range rows {
		out = append(out, obj{
			{"e", plain(r.ent)},
			{"a", plain(fmt.Sprintf("attr_%02d", (i*37+11)%89+1))},
			{"v", r.v},
		})
	}
	return obfuscated(obj{
		{"meta", obj{
			{"src", plain("crm-eav")},
			{"rows", decoy(len(out))},
			{"gen", plain(g.iso())},
			{"chk", decoy(g.sha1())},
			{"tenant", plain(strings.ToLower(one(g, "Boulderwelt", "Kletterhalle Nord", "Steinblock", "Griffreich")))},
		}},
		{"rows", out},
	})
}
