package blindset13

import (
	"fmt"
	"strings"
)

// A French town's social-action centre (CCAS) meal-delivery service
// (portage de repas à domicile) in a Sanity content lake, as a GROQ query
// response ({"ms", "query", "result"}): beneficiaries with _id, _rev,
// _type, references ({_ref, _type}) projected with their fields, portable
// text blocks (children spans with _key and marks) for delivery notes, an
// image asset reference with its dimensions, French camelCase keys: civilité,
// adresse with complément and digicode, santé block (régime, texture,
// allergies, GIR, poids), key box, the menu tablet with the home Wi-Fi,
// the alarm pendant, GP, family carer and the delivery round.

var (
	frPrenomsF = []string{"Monique", "Jacqueline", "Yvette", "Colette", "Simone", "Odette", "Françoise", "Huguette"}
	frPrenomsM = []string{"Marcel", "René", "Roger", "Gérard", "André", "Lucien", "Bernard", "Maurice"}
	frNoms     = []string{"Lefebvre", "Moreau", "Girard", "Fournier", "Chevalier", "Lambert", "Bonnet", "Rousseau", "Mercier", "Faure"}
	frRues     = []string{"rue des Tilleuls", "avenue Jean-Jaurès", "impasse des Lilas", "chemin du Moulin", "place de l'Église", "rue Victor-Hugo"}
	frVilles   = [][2]string{{"Angers", "490"}, {"Limoges", "870"}, {"Valence", "260"}, {"Quimper", "290"}, {"Poitiers", "860"}, {"Colmar", "680"}}
	frRegimes  = []string{"diabétique", "sans sel", "hypocalorique", "sans porc", "végétarien", "enrichi (dénutrition)", "pauvre en potassium"}
	frTextures = []string{"normale", "hachée", "mixée", "moulinée"}
	frAllerg   = []string{"arachide", "gluten", "lactose", "céleri", "poisson", "aucune", "œuf"}
)

func frFixe(r *rng) string { return fmt.Sprintf("01 99 00 %02d %02d", r.in(0, 99), r.in(0, 99)) }
func frPort(r *rng) string { return fmt.Sprintf("06 39 98 %02d %02d", r.in(0, 99), r.in(0, 99)) }

// ptBlock is one portable-text block holding one span.
func ptBlock(r *rng, text leaf) obj {
	return obj{
		{"_key", decoy(r.hexs(12))},
		{"_type", plain("block")},
		{"style", plain("normal")},
		{"markDefs", arr{}},
		{"children", arr{obj{{"_key", decoy(r.hexs(12))}, {"_type", plain("span")}, {"marks", arr{}}, {"text", text}}}},
	}
}

func portageSanity(r *rng) any {
	femme := r.chance(0.65)
	prenom, civ := r.pick(frPrenomsM...), "M."
	if femme {
		prenom, civ = r.pick(frPrenomsF...), "Mme"
	}
	nom := r.pick(frNoms...)
	v := frVilles[r.IntN(len(frVilles))]
	aidant := r.pick(frPrenomsF...) + " " + r.pick(nom, r.pick(frNoms...))
	aidTel := frPort(r)
	lan := r.lanPrefix()
	ssid := r.pick("Livebox-", "SFR_", "Freebox-", "Bbox-") + strings.ToUpper(r.hexs(4))
	med := r.pick(frPrenomsM...) + " " + r.pick(frNoms...)

	var notes arr
	for k := 0; k < r.in(1, 3); k++ {
		notes = append(notes, ptBlock(r, r.pickProse(
			func() leaf {
				return prose(p(civ+" "), p(nom, contactC), p(" ne répond pas, volets fermés. Appelé "), p(aidant, contactC), p(" au "), p(aidTel, contactC), p(", elle arrive."))
			},
			func() leaf {
				return prose(p("Repas de midi non touché depuis 2 jours, "), p(r.pick("perte de poids visible", "semble confuse", "a chuté dans la cuisine", "plaie au pied qui suinte"), healthC), p(". Signalé à l'infirmière."))
			},
			func() leaf {
				return prose(p("Tablette de commande hors ligne : box changée, nouveau réseau "), p(ssid, netC), p(", clé "), p(r.alnum(10), credC), p(" notée sur le frigo."))
			},
			func() leaf { return prose(p("Livré à 11h40, RAS.")) },
		)))
	}

	poids := r.f1(38, 96)
	sante := clinical(obj{
		{"regime", stringsOf(hlth, r.pickSome(r.in(1, 2), frRegimes...)...)},
		{"texture", hlth(r.pick(frTextures...))},
		{"allergies", stringsOf(hlth, r.pickSome(r.in(1, 2), frAllerg...)...)},
		{"girAggir", hlth(r.in(2, 6))},
		{"poids", obj{{"valeurKg", hlth(poids)}, {"datePesee", plain(r.day(2024, 2024))}}},
		{"troublesDeglutition", hlth(r.chance(0.2))},
		{"diabeteInsulino", hlth(r.chance(0.15))},
	})

	ben := obj{
		{"_id", decoy(r.uuid())},
		{"_type", plain("beneficiaire")},
		{"_rev", decoy(r.alnum(22))},
		{"_createdAt", plain(r.iso(2020, 2024))},
		{"_updatedAt", plain(r.iso(2024, 2024))},
		{"numeroDossier", decoy(fmt.Sprintf("PR-%d-%04d", r.in(2019, 2024), r.in(1, 9999)))},
		{"civilite", sexOf(civ)},
		{"nom", cont(nom)},
		{"prenom", cont(prenom)},
		{"dateNaissance", cont(r.day(1925, 1955))},
		{"adresse", obj{
			{"rue", cont(fmt.Sprintf("%d %s", r.in(1, 120), r.pick(frRues...)))},
			{"complement", func() leaf {
				if r.chance(0.5) {
					return multi(fmt.Sprintf("Bât. %s, %de étage, digicode %d%s", r.pick("A", "B", "C"), r.in(1, 6), r.in(1000, 9999), r.pick("A", "B", "")), contactC, credC)
				}
				return null()
			}()},
			{"codePostal", cont(v[1] + fmt.Sprintf("%02d", r.in(0, 99)))},
			{"ville", cont(v[0])},
		}},
		{"telFixe", cont(frFixe(r))},
		{"telPortable", func() leaf {
			if r.chance(0.4) {
				return nullDecoy()
			}
			return cont(frPort(r))
		}()},
		{"sante", sante},
		{"boiteACles", obj{{"code", cred(r.digits(4))}, {"emplacement", plain(r.pick("à gauche de la porte", "dans le garage", "sous le compteur"))}}},
		{"tablette", obj{
			{"modele", dev(r.pick("Ardoiz by Tikeasy", "Samsung Galaxy Tab A9", "Facilotab L", "Lenovo Tab M10"))},
			{"numeroSerie", dev(r.upper(2) + r.digits(10))},
			{"android", dev(fmt.Sprintf("Android %d", r.in(10, 14)))},
			{"versionAppli", dev(fmt.Sprintf("%d.%d.%d", r.in(2, 4), r.in(0, 9), r.in(0, 20)))},
			{"wifi", obj{{"ssid", netw(ssid)}, {"cle", cred(r.alnum(26))}, {"ip", netw(fmt.Sprintf("%s.%d", lan, r.in(10, 240)))}}},
			{"derniereSynchro", dev(r.iso(2024, 2024))},
			{"hauteurEcran_px", decoy(r.pickInt(1200, 1280, 1340))},
		}},
		{"teleassistance", obj{
			{"fournisseur", plain(r.pick("Présence Verte", "Vitaris", "Filien ADMR", "Nexecur"))},
			{"transmetteur", dev(r.pick("Vitaris Tempo", "Legrand Neat NOVO 4G", "Tunstall Lifeline Vi+", "Essence Care@Home"))},
			{"numeroSerie", dev(r.digits(12))},
			{"dernierTestCyclique", dev(r.iso(2024, 2024))},
			{"codeAbonne", decoy(r.digits(8))},
		}},
		{"medecinTraitant", obj{{"_ref", decoy(r.uuid())}, {"_type", plain("reference")}, {"nom", cont("Dr " + med)}, {"tel", cont(frFixe(r))}}},
		{"aidant", obj{{"nom", cont(aidant)}, {"lien", plain(r.pick("fille", "fils", "voisine", "nièce"))}, {"tel", cont(aidTel)}, {"email", cont(r.mail(ascii(aidant)))}}},
		{"tournee", obj{{"code", plain("T" + fmt.Sprint(r.in(1, 9)))}, {"livreur", cont(r.pick(frPrenomsM...) + " " + r.pick(frNoms...)[:1] + ".")}, {"ordrePassage", decoy(r.in(1, 40))}}},
		{"repasParSemaine", plain(r.in(3, 7))},
		{"poidsColisKg", decoy(r.f1(1.2, 4.5))},
		{"quotientFamilial", decoy(r.in(300, 1800))},
		{"photo", obj{{"_type", plain("image")}, {"asset", obj{{"_ref", decoy(fmt.Sprintf("image-%s-%dx%d-jpg", r.sha1(), r.pickInt(640, 800), r.pickInt(480, 600)))}, {"_type", plain("reference")}}}}},
		{"notesLivraison", notes},
	}
	return language(obj{
		{"ms", decoy(r.in(3, 60))},
		{"query", plain(`*[_type == "beneficiaire" && tournee.code == $t]{..., medecinTraitant->{nom, tel}}`)},
		{"result", arr{ben}},
	})
}
