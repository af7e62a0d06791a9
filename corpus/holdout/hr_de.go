package holdout

import (
	"fmt"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

var icdGM = [][2]string{
	{"E11.90", "Diabetes mellitus, Typ 2, ohne Komplikationen"},
	{"I10.90", "Essentielle Hypertonie, nicht näher bezeichnet"},
	{"M51.2", "Sonstige näher bezeichnete Bandscheibenverlagerung"},
	{"F33.1", "Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode"},
	{"J30.1", "Allergische Rhinopathie durch Pollen"},
	{"E03.9", "Hypothyreose, nicht näher bezeichnet"},
	{"G47.3", "Schlafapnoe"},
	{"K50.9", "Crohn-Krankheit, nicht näher bezeichnet"},
}

// hrDE is an employee record of a German employer's HR system joined with
// the group health insurance application (betriebliche Krankenversicherung).
func hrDE(g *gen) *node {
	c := cDE
	if g.p(0.2) {
		c = g.one2c(cTR, cPL, cRU)
	}
	p := g.person(c)
	female := p.female
	t := g.when()
	root := obj().hardAll(corpus.HardLanguage)
	root.set("Personalnummer", str(fmt.Sprintf("%06d", g.n(1, 999999)), plain))
	b := g.birth()
	st := obj()
	st.set("Anrede", str(map[bool]string{true: "Frau", false: "Herr"}[female], sexL))
	if g.p(0.15) {
		st.set("Titel", str(g.one("Dr.", "Prof. Dr.", "Dipl.-Ing."), plain))
	}
	st.set("Vorname", str(p.first, cont)).set("Nachname", str(p.last, cont))
	if female && g.p(0.3) {
		st.set("Geburtsname", str(pick(g, c.last), cont))
	}
	st.set("Geburtsdatum", str(b.Format("02.01.2006"), cont))
	if g.p(0.5) {
		st.set("Geschlecht", str(map[bool]string{true: "weiblich", false: "männlich"}[female], sexL))
	}
	st.set("Staatsangehörigkeit", str(g.one("deutsch", "türkisch", "polnisch", "DE"), plain))
	st.set("Steuer-ID", str(g.digits(11), cont))
	if g.p(0.6) {
		st.set("SV-Nummer", str(fmt.Sprintf("%02d %s %s %02d%d", g.n(10, 65), b.Format("020106"), strings.ToUpper(p.al[:1]), g.n(0, 49), g.n(0, 9)), cont))
	}
	root.set("Stammdaten", st)

	a := cDE.addr(g)
	root.set("Anschrift", obj().
		set("Straße/Hausnr.", str(a.street+" "+a.number, cont)).
		set("PLZ", str(a.postcode, cont)).
		set("Ort", str(a.city, cont)).
		set("Land", str("DE", decoy)))
	k := obj().set("Telefon privat", str(p.phone, cont))
	if g.p(0.7) {
		k.set("E-Mail", str(p.email, cont))
	}
	k.set("E-Mail bestätigt", bln(g.p(0.8), decoy))
	root.set("Kontakt", k)

	root.set("Beschäftigung", obj().
		set("Abteilung", str(g.one("Vertrieb", "Lager", "IT", "Buchhaltung", "Produktion"), plain)).
		set("Eintrittsdatum", str(day(t), plain)).
		set("Wochenstunden", flt(g.one2f(40, 38.5, 30, 20), 1, plain)).
		set("Bruttogehalt_€", num(g.n(2200, 9000), plain)).
		set("Urlaubstage", num(g.n(24, 30), plain)))

	gp := obj().
		set("Körpergröße_cm", num(g.n(150, 200), hlth)).
		set("Gewicht_kg", flt(g.f(45, 140, 1), 1, hlth)).
		set("Raucher", bln(g.p(0.25), hlth))
	if g.p(0.6) {
		gp.set("Blutdruck", str(fmt.Sprintf("%d/%d", g.n(105, 170), g.n(60, 105)), hlth))
	}
	ve := arr()
	for _, d := range some(g, icdGM, g.n(0, 3)) {
		ve.add(obj().set("ICD", str(d[0], hlth)).set("Bezeichnung", str(d[1], hlth)).set("seit", num(g.n(1995, 2024), hlth)))
	}
	if ve.size() > 0 {
		gp.set("Vorerkrankungen", ve)
	} else {
		gp.set("Vorerkrankungen", str("keine", hlth))
	}
	if g.p(0.5) {
		gp.set("Medikamente", strs(hlth, some(g, []string{"Metformin 1000 mg 1-0-1", "Ramipril 5 mg 1-0-0", "L-Thyroxin 50 µg", "Sertralin 50 mg", "Ibuprofen 600 bei Bedarf"}, g.n(1, 2))...))
	}
	if g.p(0.2) {
		gp.set("GdB", num(g.one2(30, 50, 70), hlth))
	}
	if female && g.p(0.2) {
		gp.set("Schwangerschaft", bln(true, hlth))
	}
	root.set("Versicherung", obj().
		set("Tarif", str(g.one("Komfort", "Komfort Plus", "Zahn Basis", "Stationär Premium"), plain)).
		set("Beitrag_mtl_€", flt(g.f(9, 120, 2), 2, plain)).
		set("Gesundheitsprüfung", gp))

	por := obj().set("Benutzername", str(p.af[:1]+"."+p.al, cont))
	if g.p(0.5) {
		por.set("Passwort", str(g.password(), cred))
	} else {
		por.set("Passwort-Hash", str(g.passHash(), cred))
	}
	por.set("Passwortlänge_max", num(g.one2(32, 64, 128), decoy)).
		set("Zwei-Faktor aktiv", bln(g.p(0.4), decoy)).
		set("Letzter Login", str(iso(g.after(t, 900)), plain))
	root.set("Mitarbeiterportal", por)

	if g.p(0.4) {
		ki := arr()
		for range g.n(1, 3) {
			ki.add(obj().set("Vorname", str(pick(g, cDE.first), cont)).set("Geburtsjahr", num(g.n(2005, 2024), cont)))
		}
		root.set("Kinder", ki)
	}
	if g.p(0.6) {
		root.set("Bemerkungen", g.prose(p, g.n(1, 2), deNotes))
	}
	return root
}

func (g *gen) one2f(xs ...float64) float64 { return xs[g.r.IntN(len(xs))] }
