package blindset7

import "fmt"

// cantine: a French town's school-catering service, the canteen and PAI
// (projet d'accueil individualisé) register of one pupil, as the family
// portal's API returns it (French camelCase keys): the child, the meal
// plan, the PAI with allergies and the emergency kit, the legal
// guardians and the people allowed to collect the child, the family
// portal login, the canteen's badge reader, the school nurse's notes.
func cantine(g *rng) any {
	child := g.personOf("fr")
	a := g.addrFR()
	gardiens := arr{}
	var first person
	for j := 0; j < g.in(1, 2); j++ {
		gp := g.personOf("fr")
		if j == 0 || g.chance(50) {
			gp.last, gp.alast = child.last, child.alast
		}
		if j == 0 {
			first = gp
		}
		travail := nullDecoy()
		if g.chance(50) {
			travail = cont(g.phoneFR())
		}
		gardiens = append(gardiens, obj{
			{"civilite", sexOf(fm(gp, one(g, "Mme", "Madame"), one(g, "M.", "Monsieur")))},
			{"prenom", cont(gp.first)},
			{"nom", cont(gp.last)},
			{"lienParente", plain(fm(gp, "mère", "père"))},
			{"telPortable", cont(g.phoneFR())},
			{"telTravail", travail},
			{"courriel", cont(g.email(gp))},
			{"adresse", obj{
				{"ligne1", cont(a.street)},
				{"codePostal", cont(a.zip)},
				{"commune", cont(a.city)},
			}},
			{"autoriteParentale", decoy(true)},
		})
	}
	autorises := arr{}
	for j := 0; j < g.in(0, 2); j++ {
		ap := g.personOf("fr")
		autorises = append(autorises, obj{
			{"nomComplet", cont(ap.full())},
			{"qualite", plain(one(g, "grand-mère", "voisin", "nourrice", "oncle", "tante"))},
			{"tel", cont(g.phoneFR())},
		})
	}
	allergenes := some(g, g.in(0, 3), "arachide", "fruits à coque (noix de cajou, pistache)", "protéines de lait de vache", "œuf cru et cuit", "poisson", "kiwi", "sésame", "gluten – maladie cœliaque", "moutarde")
	alg := arr{}
	for _, x := range allergenes {
		alg = append(alg, hlth(x))
	}
	pai := obj{
		{"actif", hlth(len(allergenes) > 0)},
		{"allergies", alg},
	}
	if len(allergenes) > 0 {
		doc := g.personOf("fr")
		pai = append(pai,
			field{"dateSignature", plain(g.date())},
			field{"medecinScolaire", cont("Dr " + doc.last)},
			field{"trousseUrgence", obj{
				{"contenu", hlth(one(g, "Anapen 150 µg x2, Aerius sirop", "Epipen 0,3 mg, Ventoline 100 µg", "Jext 150 µg, Zyrtec gouttes", "Emerade 300 µg x2"))},
				{"emplacement", plain(one(g, "armoire infirmerie, étagère 2", "sac isotherme au réfectoire", "bureau de la direction"))},
				{"peremption", plain(g.date())},
			}},
			field{"conduiteATenir", prose(p("En cas d'urticaire ou de gonflement des lèvres : "), p(one(g, "Aerius 5 ml", "Zyrtec 10 gouttes"), healthCat), p(". Si gêne respiratoire : "), p("injection d'adrénaline", healthCat), p(", appeler le 15 puis les parents."))},
		)
	}
	seen := uniq{}
	obs := arr{}
	readerIP := g.privIP()
	for j := 0; j < g.in(1, 3); j++ {
		obs = append(obs, obj{
			{"date", plain(g.dateFR())},
			{"auteur", plain(one(g, "infirmière scolaire", "responsable restauration", "directrice"))},
			{"texte", seen.draw(func() leaf { return cantineObs(g, child, first, readerIP) })},
		})
	}
	reset := nullDecoy()
	if g.chance(30) {
		reset = cred(g.opaque(43))
	}
	return language(obj{
		{"idEleve", decoy(fmt.Sprintf("E%07d", g.n(9999999)))},
		{"anneeScolaire", plain("2024-2025")},
		{"eleve", obj{
			{"prenom", cont(child.first)},
			{"nom", cont(child.last)},
			{"dateNaissance", cont(fmt.Sprintf("%02d/%02d/%d", g.in(1, 28), g.in(1, 12), g.in(2013, 2020)))},
			{"sexe", sexOf(fm(child, "F", "M"))},
			{"classe", plain(one(g, "CP A", "CE1", "CE2 B", "CM1", "CM2 A", "GS"))},
			{"ecole", plain(one(g, "École élémentaire Jules-Ferry", "Groupe scolaire Paul-Bert", "École primaire des Tilleuls"))},
			{"photoUrl", cont("https://photos.espace-famille.example.org/eleves/" + g.s(lc+num, 16) + ".jpg")},
		}},
		{"restauration", obj{
			{"forfait", plain(one(g, "4 jours", "occasionnel", "lundi-mardi-jeudi"))},
			{"regimeAlimentaire", decoy(one(g, "standard", "sans porc", "végétarien", "sans viande"))},
			{"prixRepas", decoy(comma(g.f(0.9, 4.8), 2))},
			{"trancheQF", plain(fmt.Sprintf("QF%d", g.in(1, 8)))},
			{"solde", decoy(comma(g.f(-20, 60), 2))},
			{"repasConsommesMois", decoy(g.in(0, 18))},
			{"poidsPortion", decoy(one(g, "maternelle", "élémentaire"))},
		}},
		{"pai", clinical(pai)},
		{"responsablesLegaux", gardiens},
		{"personnesAutorisees", autorises},
		{"espaceFamille", obj{
			{"identifiant", cont(g.email(first))},
			{"motDePasse", cred(one(g, g.bcrypt(), g.argon()))},
			{"jetonReinitialisation", reset},
			{"derniereConnexion", plain(g.iso())},
			{"courrielVerifie", decoy(g.chance(80))},
			{"nbConnexionsEchouees", decoy(g.n(5))},
		}},
		{"borneBadgeuse", obj{
			{"modele", dev(one(g, "Bodet Kelio Visio X7", "Elatec TWN4 MultiTech 2", "Horoquartz Gaïa"))},
			{"numeroSerie", dev(g.s(uc, 2) + g.s(num, 8))},
			{"firmware", fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(1, 4), g.n(10), g.n(10), g.in(1, 300)))},
			{"ip", netw(readerIP)},
			{"derniereSynchro", dev(g.iso())},
			{"temperatureInterne", decoy(round1(g.f(28, 46)))},
		}},
		{"observations", obs},
		{"versionExport", decoy(fmt.Sprintf("5.%d.%d.%d", g.n(20), g.n(10), g.in(100, 999)))},
	})
}

func cantineObs(g *rng, child, parent person, ip string) leaf {
	switch g.n(7) {
	case 0:
		return prose(p(fm(parent, "La maman", "Le papa")+" ("), p(parent.first, contactCat), p(") a appelé : "), p(child.first, contactCat), p(" a eu "), p(one(g, "des plaques rouges après le goûter", "mal au ventre et vomi après le repas", "une crise d'asthme en récréation"), healthCat), p(", à surveiller."))
	case 1:
		return prose(p("Rien à signaler ce trimestre."))
	case 2:
		return prose(p("Nouveau numéro du parent : "), p(g.phoneFR(), contactCat), p(", fiche mise à jour."))
	case 3:
		return prose(p("Badgeuse du réfectoire hors ligne, redémarrée ; IP fixe "), p(ip, netCat), p(" reconfigurée par le prestataire."))
	case 4:
		return prose(p("PAI renouvelé, "), p(one(g, "Anapen périmé remplacé", "dose d'Epipen passée à 0,3 mg", "ajout du Ventoline dans la trousse"), healthCat), p(" le "+g.dateFR()+"."))
	case 5:
		return prose(p("L'enfant oublie souvent son badge, prévoir un badge de secours au self."))
	}
	return prose(p("Mot de passe de l'espace famille redonné par téléphone : "), p(g.password(), credCat), p(" (à changer)."))
}
