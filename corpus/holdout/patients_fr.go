package holdout

import (
	"fmt"

	"github.com/leakscope/leakscope/corpus"
)

// patientsFR is a row of a French medical practice's patient table.
func patientsFR(g *gen) *node {
	c := cFR
	if g.p(0.2) {
		c = g.one2c(cAR, cNG, cVN)
	}
	p := g.person(c)
	female := p.female
	b := g.birth()
	t := g.when()
	root := obj().hardAll(corpus.HardLanguage)
	root.set("id_patient", num(g.n(1, 500000), plain))
	root.set("créé_le", str(sqlTS(t), plain))
	root.set("civilité", str(map[bool]string{true: g.one("Mme", "Madame"), false: g.one("M.", "Monsieur")}[female], sexL))
	root.set("nom", str(p.last, cont))
	root.set("prénom", str(p.first, cont))
	if female && g.p(0.3) {
		root.set("nom_de_naissance", str(pick(g, cFR.last), cont))
	}
	root.set("date_de_naissance", str(b.Format("02/01/2006"), cont))
	if g.p(0.5) {
		root.set("sexe", str(map[bool]string{true: "F", false: "H"}[female], sexL))
	}
	nir := fmt.Sprintf("%d %s %s %02d %03d %03d", map[bool]int{true: 2, false: 1}[female], b.Format("06"), b.Format("01"), g.n(1, 95), g.n(1, 999), g.n(1, 999))
	root.set("n°_sécurité_sociale", str(nir+fmt.Sprintf(" %02d", g.n(1, 97)), cont))
	a := cFR.addr(g)
	ad := obj().set("numéro_et_voie", str(a.number+" "+a.street, cont))
	if a.extra != "" {
		ad.set("complément", str(a.extra, cont))
	}
	ad.set("code_postal", str(a.postcode, cont)).set("ville", str(a.city, cont))
	root.set("adresse", ad)
	root.set("téléphone", str(p.phone, cont))
	if g.p(0.7) {
		root.set("courriel", str(p.email, cont))
	}
	root.set("médecin_traitant", str("Dr "+pick(g, cFR.first)+" "+pick(g, cFR.last), cont))
	root.set("mutuelle", str(g.one("MGEN", "Harmonie Mutuelle", "AG2R", "aucune"), plain))

	med := obj().set("groupe_sanguin", str(pick(g, bloodGroups), hlth)).
		set("taille_cm", num(g.n(148, 196), hlth)).
		set("poids_kg", flt(g.f(44, 130, 1), 1, hlth))
	if g.p(0.6) {
		med.set("tension", str(fmt.Sprintf("%d/%d", g.n(10, 17), g.n(6, 10)), hlth))
	}
	med.set("antécédents", strs(hlth, some(g, []string{"asthme", "diabète de type 2", "hypertension artérielle", "appendicectomie (2009)", "dépression", "migraine", "hypothyroïdie"}, g.n(0, 3))...))
	if g.p(0.7) {
		tr := arr()
		for _, m := range some(g, [][2]string{{"Doliprane 1000 mg", "1 cp si douleur, max 3/j"}, {"Lévothyrox 50 µg", "1 cp le matin à jeun"}, {"Ventoline 100 µg", "2 bouffées si besoin"}, {"Metformine 850 mg", "1 cp matin et soir"}, {"Kardégic 75 mg", "1 sachet par jour"}}, g.n(1, 3)) {
			tr.add(obj().set("médicament", str(m[0], hlth)).set("posologie", str(m[1], hlth)))
		}
		med.set("traitements_en_cours", tr)
	}
	med.set("allergies", strs(hlth, some(g, []string{"pénicilline", "arachides", "pollen de bouleau", "aspirine", "latex"}, g.n(0, 2))...))
	if female && g.p(0.3) {
		med.set("grossesse", obj().set("en_cours", bln(true, hlth)).set("semaines_aménorrhée", num(g.n(6, 40), hlth)))
	}
	root.set("données_médicales", med)

	if g.p(0.7) {
		rv := arr()
		for range g.n(1, 3) {
			rv.add(obj().set("date", str(iso(g.after(t, 400)), plain)).
				set("motif", motif(g)).
				set("praticien", str("Dr "+pick(g, cFR.last), cont)).
				set("statut", str(g.one("honoré", "annulé", "non excusé"), plain)))
		}
		root.set("rendez_vous", rv)
	}
	esp := obj().set("identifiant", str(p.email, cont))
	if g.p(0.5) {
		esp.set("mot_de_passe", str(g.password(), cred))
	} else {
		esp.set("empreinte_mdp", str(g.passHash(), cred))
	}
	esp.set("nb_tentatives_mdp", num(g.n(0, 5), decoy)).set("double_authentification", bln(g.p(0.3), decoy))
	root.set("espace_patient", esp)
	if g.p(0.6) {
		root.set("observations", g.prose(p, g.n(1, 3), frNotes))
	}
	return root
}

func motif(g *gen) *node {
	m := g.one("renouvellement ordonnance", "suivi diabète", "vaccin grippe", "douleurs lombaires", "certificat sport", "consultation")
	if m == "consultation" || m == "certificat sport" {
		return str(m, plain)
	}
	return str(m, hlth)
}
