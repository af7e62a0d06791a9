package blindset8

import (
	"fmt"
	"strings"
)

// club-plongee-fiches: a French diving club's member file (French
// PascalCase keys): diver and address, person to warn, level and dive
// count, medical certificate (doctor, fitness, contraindications,
// treatments, vitals, audiogram, comment), dive computers, logbook with
// depths, water temperatures and tank pressures, members' area login.

func plongee(g *rng) any {
	d := g.personOf("fr")
	kin := g.personOf("fr")
	villes := []struct{ ville, cp string }{
		{"Marseille", "1300"}, {"Brest", "2920"}, {"Antibes", "0660"}, {"Lyon", "6900"}, {"Toulon", "8300"}, {"Ajaccio", "2000"}, {"Lorient", "5610"},
	}
	v := one(g, villes...)
	doc := g.personOf("fr")
	hgt := g.in(152, 195)
	wgt := round1(g.f(48, 110))

	var comment []piece
	switch g.n(5) {
	case 0:
		comment = []piece{p(one(g, "Asthme d'effort bien contrôlé, pas de crise depuis 3 ans. Ventoline avant l'effort.", "Antécédent de pneumothorax spontané en 2015, scanner normal.", "Otites à répétition, tubes posés dans l'enfance."), healthCat)}
	case 1:
		comment = []piece{p("Revoir dans 6 mois, tension limite. Joindre le cabinet au "), p(g.phoneFR(), contactCat)}
	case 2:
		comment = []piece{p("Apte sans restriction.")}
	case 3:
		comment = []piece{p("Dr "), p(doc.last, contactCat), p(one(g, " : traitement bêtabloquant, profondeur limitée à 20 m.", " : diabète de type 1 équilibré, protocole glycémie avant plongée."), healthCat)}
	default:
		comment = []piece{p("Certificat envoyé par mail à "), p(g.email(d), contactCat)}
	}

	cert := clinical(obj{
		{"DateEmission", plain(g.date())},
		{"Medecin", cont("Dr " + doc.first + " " + doc.last)},
		{"Aptitude", hlth(one(g, "apte", "apte", "apte avec restriction (20 m max)", "inapte temporaire"))},
		{"ContreIndications", stringsOf(hlth, some(g, g.in(0, 2), "asthme d'effort", "pneumothorax ancien", "otite séreuse", "épilepsie", "hypertension artérielle")...)},
		{"Traitements", stringsOf(hlth, some(g, g.in(0, 2), "bisoprolol 2,5 mg", "Ventoline 100 µg", "lévothyroxine 50 µg", "insuline asparte")...)},
		{"Tension", hlth(fmt.Sprintf("%d/%d", g.in(100, 160), g.in(60, 100)))},
		{"FrequenceCardiaque", hlth(g.in(50, 95))},
		{"Poids", hlth(wgt)},
		{"Taille", hlth(hgt)},
		{"IMC", hlth(bmi(wgt, hgt))},
		{"Audiogramme", hlth(one(g, "normal", "perte 30 dB à 4 kHz OD", "perte légère bilatérale", "normal, Valsalva ok"))},
		{"Commentaire", prose(comment...)},
	})

	var computers arr
	for i := 0; i < g.in(1, 2); i++ {
		br := one(g, []string{"Shearwater", "Perdix 2"}, []string{"Shearwater", "Teric"}, []string{"Suunto", "D5"}, []string{"Garmin", "Descent Mk3i"}, []string{"Mares", "Puck Pro"}, []string{"Scubapro", "G2"})
		computers = append(computers, obj{
			{"Marque", dev(br[0])},
			{"Modele", dev(br[1])},
			{"NumeroSerie", dev(strings.ToUpper(g.s(hx, 8)))},
			{"Firmware", dev(g.ver(2))},
			{"Surnom", dev(one(g, "Le jaune de ", "Ordi de ", "Montre ") + d.first)},
			{"DerniereSynchro", dev(g.iso())},
			{"BluetoothMAC", macAddr(g.mac())},
		})
	}

	var dives arr
	for i := 0; i < g.in(1, 3); i++ {
		var rem []piece
		switch g.n(5) {
		case 0:
			rem = []piece{p(one(g, "Oreille gauche douloureuse à la remontée, barotraumatisme ?", "Mal de tête après la plongée, déshydratation.", "Fourmillements au bras droit 1 h après, appel au CROSS."), healthCat)}
		case 1:
			rem = []piece{p("Palanquée avec "), p(one(g, "Erwan", "Capucine", "Loïc", "Océane"), contactCat), p(", belle visibilité, mérous.")}
		case 2:
			rem = []piece{p("Ordinateur "), p(one(g, "Perdix 2", "Teric", "D5"), deviceCat), p(" en erreur batterie, plongée sur tables.")}
		default:
			rem = []piece{p(one(g, "Courant fort sur le tombant, retour au mouillage.", "RAS, sortie de nuit.", "Exercice de remontée assistée."))}
		}
		dives = append(dives, obj{
			{"Date", plain(g.date())},
			{"Site", plain(one(g, "Épave du Donator", "Les Moyades", "Tombant de la Gabinière", "Le Grand Congloué", "Roches de Glénan"))},
			{"ProfondeurMax", decoy(round1(g.f(6, 45)))},
			{"Duree", plain(g.in(20, 70))},
			{"TempEau", decoy(g.in(12, 25))},
			{"PressionDebut", decoy(one(g, 200, 210, 230))},
			{"PressionFin", decoy(g.in(40, 90))},
			{"Melange", plain(one(g, "Air", "EAN32", "EAN36", "Trimix 21/35"))},
			{"Remarques", prose(rem...)},
		})
	}

	return language(obj{
		{"NumeroAdherent", decoy(fmt.Sprintf("A-%02d-%06d", g.in(1, 99), g.n(1_000_000)))},
		{"Civilite", sexOf(fm(d, one(g, "Mme", "Madame"), one(g, "M.", "Monsieur")))},
		{"Nom", cont(strings.ToUpper(d.last))},
		{"Prenom", cont(d.first)},
		{"DateNaissance", cont(g.dob())},
		{"Adresse", obj{
			{"Rue", cont(fmt.Sprintf("%d %s", g.in(1, 140), one(g, "rue de la République", "boulevard Longchamp", "impasse des Mouettes", "quai de la Douane", "avenue Jean Jaurès")))},
			{"CodePostal", cont(v.cp + fmt.Sprint(g.n(10)))},
			{"Ville", cont(v.ville)},
			{"Pays", decoy("FR")},
		}},
		{"Telephone", cont(g.phoneFR())},
		{"Courriel", cont(g.email(d))},
		{"PersonneAPrevenir", obj{
			{"NomComplet", cont(kin.full())},
			{"Telephone", cont(g.phoneFR())},
			{"Lien", plain(one(g, "conjoint", "mère", "père", "ami(e)"))},
		}},
		{"Niveau", plain(one(g, "N1", "N2", "N3", "PA40", "E2", "MF1"))},
		{"NombrePlongees", decoy(g.in(5, 900))},
		{"CertificatMedical", cert},
		{"Ordinateurs", computers},
		{"Carnet", dives},
		{"EspaceMembre", obj{
			{"Identifiant", cont(g.handle(d))},
			{"MotDePasseHash", cred(g.bcrypt())},
			{"JetonSession", cred(g.opaque(43))},
			{"DerniereConnexion", plain(g.iso())},
			{"DerniereConnexionIP", netw(g.docIP())},
			{"MotDePasseLongueurMin", decoy(8)},
		}},
		{"Paiement", obj{
			{"Cotisation", decoy(money(g.f(60, 180)))},
			{"Reference", decoy(fmt.Sprintf("COT-%d-%05d", 2024, g.n(100000)))},
			{"Statut", plain(one(g, "payée", "en attente", "relancée"))},
		}},
	})
}
