package blindset5

import (
	"fmt"
	"strings"
)

// mutuelle: a French complementary health insurer's member record as
// dumped from its MongoDB (French snake_case keys): member and
// dependants, contract, reimbursement statements with the care acts and
// practitioners, the member-area login with its OTP seed, messages.
func mutuelle(g *rng) any {
	ad := g.personOf("fr")
	a := g.addrFR()
	deps := arr{}
	depFirst := []string{}
	for j := 0; j < g.in(0, 2); j++ {
		d := g.personOf("fr")
		depFirst = append(depFirst, d.first)
		deps = append(deps, obj{
			{"prenom", cont(d.first)},
			{"lien", plain(one(g, "conjoint", "enfant", "enfant"))},
			{"date_naissance", cont(g.dobFR())},
			{"sexe", sexOf(fm(d, "F", "M"))},
		})
	}
	benef := append([]string{ad.first}, depFirst...)
	decs := arr{}
	for j := 0; j < g.in(1, 3); j++ {
		pr := g.personOf("fr")
		act := one(g,
			[3]string{"Psychiatrie", "CNPSY", "Consultation psychiatre"},
			[3]string{"Masseur-kinésithérapeute", "AMK", "Séance de rééducation du rachis"},
			[3]string{"Chirurgien-dentiste", "HBJD001", "Détartrage et polissage des dents"},
			[3]string{"Gynécologie médicale", "G", "Consultation, pose de stérilet"},
			[3]string{"Pharmacie", "PH4", "Lévothyroxine 100 µg, boîte de 90"},
			[3]string{"Opticien", "2203240", "Verres progressifs, correction -2,75"},
			[3]string{"Endocrinologie", "APC", "Avis ponctuel, diabète de type 1"},
		)
		dep := round2(g.f(18, 420))
		secu := round2(dep * g.f(0.2, 0.7))
		mut := round2((dep - secu) * g.f(0.3, 1))
		decs = append(decs, obj{
			{"numero", decoy(fmt.Sprintf("D%d%07d", g.in(23, 24), g.n(10000000)))},
			{"date_soins", decoy(g.dateFR())},
			{"beneficiaire", cont(one(g, benef...))},
			{"professionnel", obj{
				{"nom", cont(one(g, "Dr ", "Mme ", "M. ") + pr.last)},
				{"specialite", hlth(act[0]).clin()},
			}},
			{"actes", clinical(arr{obj{
				{"code", hlth(act[1])},
				{"libelle", hlth(act[2])},
				{"montant_depense", decoy(dep)},
				{"rembourse_secu", decoy(secu)},
				{"rembourse_mutuelle", decoy(mut)},
			}})},
			{"tiers_payant", decoy(g.chance(50))},
		})
	}
	msgs, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		msgs = append(msgs, obj{
			{"date", decoy(g.isoMs())},
			{"canal", plain(one(g, "formulaire", "email", "appli"))},
			{"texte", seen.draw(func() leaf { return mutuelleMsg(g, ad, depFirst) })},
		})
	}
	login := cont(g.email(ad))
	if g.chance(40) {
		login = cont(g.handle(ad))
	}
	return language(obj{
		{"_id", obj{{"$oid", decoy(g.oid())}}},
		{"num_adherent", decoy(fmt.Sprintf("MUT%09d", g.n(1000000000)))},
		{"adherent", obj{
			{"civilite", sexOf(fm(ad, "Mme", "M."))},
			{"nom", cont(strings.ToUpper(ad.last))},
			{"prenom", cont(ad.first)},
			{"date_naissance", cont(g.dobFR())},
			{"adresse", obj{
				{"ligne1", cont(a.street)},
				{"ligne2", null()},
				{"code_postal", cont(a.zip)},
				{"ville", cont(a.city)},
			}},
			{"courriel", cont(g.email(ad))},
			{"tel_portable", cont(g.phoneFR())},
			{"rib_present", decoy(g.chance(80))},
			{"email_valide", decoy(g.chance(85))},
		}},
		{"ayants_droit", deps},
		{"contrat", obj{
			{"formule", plain(one(g, "Essentielle", "Confort 3", "Sérénité+", "Jeunes Actifs"))},
			{"cotisation_mensuelle", decoy(round2(g.f(24, 160)))},
			{"date_effet", decoy(g.date())},
		}},
		{"decomptes", decs},
		{"espace_adherent", obj{
			{"identifiant", login},
			{"mot_de_passe", cred(one(g, g.bcrypt(), g.argon()))},
			{"otp_secret", cred(g.totp())},
			{"derniere_connexion", plain(g.isoMs())},
			{"nb_echecs_connexion", decoy(g.n(5))},
		}},
		{"messages", msgs},
		{"maj_le", obj{{"$date", decoy(g.isoMs())}}},
	})
}

func mutuelleMsg(g *rng, ad person, deps []string) leaf {
	switch g.n(7) {
	case 0:
		if len(deps) > 0 {
			return prose(p("Bonjour, voici la facture de l'ostéopathe pour "), p(deps[0], contactCat), p(" (torticolis).", healthCat))
		}
		return prose(p("Bonjour, voici la facture de l'ostéopathe pour mes lombalgies.", healthCat))
	case 1:
		return prose(p("Mon nouveau numéro est le "), p(g.phoneFR(), contactCat), p(", merci de mettre à jour."))
	case 2:
		return prose(p("Suite à mon hospitalisation pour une appendicectomie, le forfait journalier est-il pris en charge ?", healthCat))
	case 3:
		return prose(p("Je ne reçois plus les décomptes par mail depuis janvier."))
	case 4:
		b := g.addrFR()
		return prose(p("Changement d'adresse : "), p(b.street+", "+b.zip+" "+b.city, contactCat), p("."))
	case 5:
		return prose(p("Prise en charge pour des lunettes ? Ma correction est passée à -3,00 / -2,50.", healthCat), p(" Cordialement, "), p(ad.first+" "+ad.last, contactCat))
	}
	return prose(p("Devis implant dentaire en pièce jointe (dent 36), merci de me dire le reste à charge.", healthCat))
}

// creche: a French day-nursery app's child file with the day's handover
// notes (transmissions), exported from its API (camelCase French keys).
func creche(g *rng) any {
	kid := g.personOf("fr")
	mum := g.womanOf("fr")
	dad := g.manOf("fr")
	dad.last = kid.last
	a := g.addrFR()
	parents := arr{}
	for _, pa := range []struct {
		p    person
		lien string
	}{{mum, "mère"}, {dad, "père"}}[:g.in(1, 2)] {
		parents = append(parents, obj{
			{"lien", plain(pa.lien)},
			{"prenom", cont(pa.p.first)},
			{"nom", cont(pa.p.last)},
			{"email", cont(g.email(pa.p))},
			{"telephone", cont(g.phoneFR())},
			{"motDePasse", cred(g.bcrypt())},
			{"notificationsPush", decoy(g.chance(70))},
		})
	}
	auth := g.personOf("fr")
	var pai any = obj{{"actif", decoy(false)}}
	if g.chance(55) {
		cond := one(g,
			[2]string{"asthme du nourrisson", "Ventoline 100 µg, 2 bouffées si sifflements"},
			[2]string{"allergie à l'arachide", "Adrénaline auto-injectable 0,15 mg (Anapen)"},
			[2]string{"épilepsie", "Buccolam 2,5 mg si crise > 5 min"},
			[2]string{"APLV", "lait Pepticate uniquement"},
		)
		med := g.personOf("fr")
		pai = obj{
			{"actif", hlth(true)},
			{"motif", hlth(cond[0])},
			{"conduiteATenir", hlth(cond[1])},
			{"medecin", cont("Dr " + med.full())},
		}
	}
	vacc := arr{}
	for _, v := range some(g, g.in(1, 3), "Hexyon (DTCaP-Hib-HepB)", "Prevenar 13", "Priorix (ROR)", "Neisvac (méningocoque C)", "Beyfortus") {
		vacc = append(vacc, obj{
			{"vaccin", hlth(v)},
			{"date", decoy(g.dateFR())},
			{"lot", decoy(g.s(uc, 1) + g.s(num, 4) + g.s(uc, 2))},
		})
	}
	trans, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 3); j++ {
		h := g.in(12, 13)
		trans = append(trans, obj{
			{"date", decoy(g.dateFR())},
			{"repas", hlth(one(g, "a tout mangé", "a mangé la moitié", "n'a pas voulu de légumes", "biberon 210 ml", "purée carottes, compote"))},
			{"siesteDebut", hlth(fmt.Sprintf("%02d:%02d", h, g.n(60)))},
			{"siesteFin", hlth(fmt.Sprintf("%02d:%02d", h+g.in(1, 2), g.n(60)))},
			{"temperature", hlth(one(g, 36.8, 37.2, 37.9, 38.4))},
			{"remarque", seen.draw(func() leaf { return crecheNote(g, kid, mum) })},
		})
	}
	model := one(g, "Galaxy Tab A8", "iPad (9th generation)", "Lenovo Tab M10 Plus")
	return language(obj{
		{"id", decoy(g.uuid())},
		{"structure", obj{
			{"nom", plain(one(g, "Micro-crèche Les Petits Loups", "Crèche Pirouette", "Multi-accueil La Farandole"))},
			{"capacite", plain(one(g, 10, 12, 24, 40))},
		}},
		{"enfant", obj{
			{"prenom", cont(kid.first)},
			{"nom", cont(kid.last)},
			{"dateNaissance", cont(fmt.Sprintf("%02d/%02d/%d", g.in(1, 28), g.in(1, 12), g.in(2021, 2024)))},
			{"sexe", sexOf(fm(kid, "fille", "garçon"))},
			{"photoUrl", cont("https://media.pirouette.example.org/enfants/" + g.s(hx, 20) + ".jpg")},
			{"allergies", arr{hlth(one(g, "arachide", "œuf", "aucune connue", "PLV", "kiwi"))}},
			{"regime", plain(one(g, "standard", "sans porc", "végétarien"))},
			{"pai", clinical(pai)},
			{"vaccins", clinical(vacc)},
		}},
		{"adresseFamille", obj{
			{"rue", cont(a.street)},
			{"codePostal", cont(a.zip)},
			{"ville", cont(a.city)},
		}},
		{"parents", parents},
		{"personnesAutorisees", arr{obj{
			{"nomComplet", cont(auth.full())},
			{"telephone", cont(g.phoneFR())},
			{"lien", plain(one(g, "grand-mère", "nounou", "voisine", "oncle"))},
		}}},
		{"transmissions", trans},
		{"tablette", obj{
			{"modele", dev(model)},
			{"numeroSerie", dev(g.s(uc+num, 11))},
			{"versionApp", dev(g.ver(3))},
		}},
		{"fcmToken", cred(g.fcm())},
		{"nbEnfantsSection", decoy(g.in(6, 14))},
		{"creeLe", decoy(g.isoMs())},
	})
}

func crecheNote(g *rng, kid, mum person) leaf {
	switch g.n(7) {
	case 0:
		return prose(p(kid.first, contactCat), p(" a un peu de fièvre (38,2), Doliprane donné à 15h avec accord de la maman.", healthCat))
	case 1:
		return prose(p("Très bonne journée, beaucoup joué dehors."))
	case 2:
		return prose(p("Petite morsure d'un camarade sur le bras, désinfectée à la Biseptine.", healthCat))
	case 3:
		return prose(p("Merci de rappeler "), p(mum.first, contactCat), p(" au "), p(g.phoneFR(), contactCat), p(" avant 17h."))
	case 4:
		return prose(p("Éruption sur le ventre, à surveiller (varicelle ?).", healthCat))
	case 5:
		return prose(p("Doudou oublié à la crèche, il est dans son casier."))
	}
	return prose(p("Selles liquides deux fois ce matin, pensez à apporter du soluté de réhydratation.", healthCat))
}
