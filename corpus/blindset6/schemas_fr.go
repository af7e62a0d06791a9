package blindset6

import (
	"fmt"
	"strings"
)

// clubJudo: a French judo club's licence export from its membership
// software (French snake_case): licence, member (weight class, weigh-in,
// height), legal guardian of a minor, medical certificate with the
// doctor and an attached file, health questionnaire answers, medical
// information, fee, member-area login, coaches' notes.
func clubJudo(g *rng) any {
	m := g.personOf("fr")
	a := g.addrFR()
	minor := g.chance(45)
	age := "Senior"
	kg := round1(g.f(52, 105))
	cm := g.in(150, 195)
	if minor {
		age = one(g, "Benjamin", "Minime", "Cadet")
		kg = round1(g.f(28, 70))
		cm = g.in(125, 180)
	}
	classes := []int{46, 50, 55, 60, 66, 73, 81, 90, 100}
	cls := "+100 kg"
	for _, c := range classes {
		if kg <= float64(c) {
			cls = fmt.Sprintf("-%d kg", c)
			break
		}
	}
	var gobj any = null()
	if minor {
		r := g.personOf("fr")
		gobj = obj{
			{"nom", cont(m.last)},
			{"prenom", cont(r.first)},
			{"lien", plain(fm(r, "mère", "père"))},
			{"portable", cont(g.phoneFR())},
			{"email", cont(g.email(r))},
		}
	}
	qs := arr{}
	for _, q := range some(g, 4,
		"Un membre de votre famille est-il décédé subitement d'une cause cardiaque ?",
		"Avez-vous ressenti une douleur dans la poitrine, des palpitations ou un essoufflement inhabituel ?",
		"Avez-vous eu un épisode de respiration sifflante (asthme) ?",
		"Avez-vous eu une perte de connaissance ?",
		"Avez-vous arrêté le sport pendant 30 jours ou plus pour raison de santé ?",
		"Prenez-vous un traitement médical de longue durée ?",
	) {
		qs = append(qs, obj{
			{"question", plain(q)},
			{"reponse", hlth(one(g, "non", "non", "non", "oui"))},
		})
	}
	doc := g.personOf("fr")
	restr := null()
	if g.chance(30) {
		restr = hlth(one(g, "pas de compétition pendant 3 mois (entorse genou)", "port de lunettes interdit, lentilles conseillées", "asthme d'effort : Ventoline avant l'entraînement"))
	}
	notes, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		notes = append(notes, seen.draw(func() leaf { return noteJudo(g, m) }))
	}
	return language(obj{
		{"numero_licence", decoy(fmt.Sprintf("M%d%07d", g.in(20, 25), g.n(9999999)))},
		{"saison", plain("2024-2025")},
		{"club", obj{
			{"nom", plain(one(g, "Judo Club de Quimper", "Dojo Rennais", "AS Lyon Judo", "Tours Judo Jujitsu"))},
			{"affiliation", plain("FFJDA")},
		}},
		{"adherent", obj{
			{"civilite", sexOf(fm(m, "Mme", "M."))},
			{"nom", cont(m.last)},
			{"prenom", cont(m.first)},
			{"date_naissance", cont(g.dobFR())},
			{"sexe", sexOf(fm(m, "F", "M"))},
			{"categorie_age", plain(age)},
			{"categorie_poids", hlth(cls)},
			{"poids_pesee_kg", hlth(kg)},
			{"taille_cm", hlth(cm)},
			{"grade", plain(one(g, "ceinture blanche-jaune", "ceinture verte", "ceinture marron", "1er dan", "2e dan"))},
			{"email", cont(g.email(m))},
			{"portable", cont(g.phoneFR())},
			{"adresse", obj{
				{"ligne1", cont(a.street)},
				{"code_postal", cont(a.zip)},
				{"ville", cont(a.city)},
				{"pays", decoy("FR")},
			}},
		}},
		{"representant_legal", gobj},
		{"certificat_medical", clinical(obj{
			{"date", decoy(g.dateFR())},
			{"medecin", cont("Dr " + doc.first[:1] + ". " + doc.last)},
			{"aptitude", hlth(one(g, "apte à la pratique du judo en compétition", "apte à la pratique en loisir", "apte avec restrictions"))},
			{"restrictions", restr},
			{"fichier", obj{
				{"nom", decoy("certif_" + g.s(num, 6) + ".pdf")},
				{"sha256", decoy(g.sha256())},
				{"taille_octets", decoy(g.in(40000, 900000))},
			}},
		})},
		{"questionnaire_sante", clinical(qs)},
		{"infos_medicales", clinical(obj{
			{"allergies", hlth(one(g, "aucune", "arachides", "pollens", "piqûres de guêpe (stylo Anapen)"))},
			{"traitement_en_cours", hlth(one(g, "aucun", "Ventoline", "Ritaline 10 mg", "Levothyrox 50"))},
			{"asthme", hlth(g.chance(20))},
		})},
		{"cotisation", obj{
			{"montant", decoy(fmt.Sprintf("%d.00", g.in(150, 290)))},
			{"reduction_pass_sport", decoy(one(g, 0, 50))},
			{"reglement", plain(one(g, "CB", "chèque", "espèces", "HelloAsso"))},
			{"numero_commande", decoy(g.s(uc+num, 10))},
		}},
		{"espace_licencie", obj{
			{"identifiant", cont(g.handle(m))},
			{"mot_de_passe", cred(g.sha1())},
			{"jeton_session", cred(g.sessionID())},
			{"derniere_connexion", plain(g.iso())},
		}},
		{"notes_encadrement", notes},
	})
}

func noteJudo(g *rng, m person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p(m.first, contactCat), p(" s'est "), p(one(g, "luxé l'épaule", "tordu la cheville", "cassé le doigt"), healthCat), p(" au randori, parents prévenus."))
	case 1:
		return prose(p("Passage de grade prévu en juin, kimono taille 170 commandé."))
	case 2:
		return prose(p("Pesée à "), p(fmt.Sprintf("%.1f kg", g.f(40, 95)), healthCat), p(", doit descendre de catégorie avant le championnat départemental."))
	case 3:
		return prose(p("Maman demande qu'on la rappelle au "), p(g.phoneFR(), contactCat), p(" pour le covoiturage de samedi."))
	}
	return prose(p("Absent trois semaines, "), p("mononucléose", healthCat), p(", reprise progressive."))
}

// conciergerie: a French short-term-rental concierge company's property
// record (French camelCase): listing, owner, address with door code, smart
// key box and smart lock (model, serial, firmware, guest codes), Wi-Fi and
// the internet box (admin IP and password), other devices, bookings with
// guests and their messages, cleaning, internal notes.
func conciergerie(g *rng) any {
	own := g.personOf("fr")
	a := g.addrFR()
	lan := one(g, "192.168.1", "192.168.0", "192.168.10")
	box := one(g, "Livebox 6", "Freebox Pop", "Bbox Ultym", "SFR Box 8")
	codes := arr{}
	for j := 0; j < g.in(1, 3); j++ {
		codes = append(codes, cred(g.s(num, 6)))
	}
	equip := arr{}
	for _, e := range some(g, g.in(1, 3),
		[3]string{"thermostat", "Netatmo Thermostat Intelligent", "Thermostat salon"},
		[3]string{"camera", "Wyze Cam v3", "Caméra entrée (extérieur)"},
		[3]string{"detecteur_bruit", "Minut Point", "Capteur bruit séjour"},
		[3]string{"enceinte", "Echo Dot (5e génération)", "Echo chambre 1"},
		[3]string{"tv", "Chromecast avec Google TV", "Chromecast salon"},
	) {
		equip = append(equip, obj{
			{"type", dev(e[0])},
			{"modele", dev(e[1])},
			{"surnom", dev(e[2])},
			{"adresseMac", macAddr(g.mac())},
		})
	}
	resas, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 3); j++ {
		gl := one(g, "fr", "en", "de", "es")
		gu := g.personOf(gl)
		ph := map[string]func() string{"fr": g.phoneFR, "en": g.phoneUK, "de": g.phoneDE, "es": g.phoneES}[gl]
		resas = append(resas, obj{
			{"ref", decoy("HM" + g.s(uc+num, 8))},
			{"plateforme", plain(one(g, "airbnb", "booking", "direct", "abritel"))},
			{"voyageur", cont(gu.full())},
			{"email", cont(strings.ToLower(gu.afirst) + "-" + g.s(lc+num, 6) + "@guest.example.com")},
			{"telephone", cont(ph())},
			{"arrivee", decoy(g.date())},
			{"nuits", plain(g.in(1, 14))},
			{"montant", decoy(round2(g.f(80, 2400)))},
			{"voyageurs", plain(g.in(1, 6))},
			{"message", seen.draw(func() leaf { return msgVoyageur(g, gl) })},
		})
	}
	mena := g.personOf("fr")
	ssid := g.ssid(own)
	psk := g.passphrase()
	return language(obj{
		{"logementId", decoy(g.uuid())},
		{"reference", decoy("LOC-" + one(g, "REN", "NTE", "LYO", "MPL") + "-" + g.s(num, 3))},
		{"titre", plain(one(g, "T2 lumineux centre historique", "Studio cosy proche gare", "Maison avec jardin, 6 pers.", "Loft industriel"))},
		{"proprietaire", obj{
			{"nom", cont(own.full())},
			{"email", cont(g.email(own))},
			{"telephone", cont(g.phoneFR())},
			{"commissionPct", decoy(one(g, 18, 20, 22, 25))},
		}},
		{"adresse", obj{
			{"rue", cont(a.street)},
			{"etage", cont(one(g, "2e gauche", "RDC", "4e, porte B", "3e sans ascenseur"))},
			{"codePostal", cont(a.zip)},
			{"ville", cont(a.city)},
			{"digicode", cred(g.s(num, 4) + g.s("AB", 1))},
		}},
		{"boiteACles", obj{
			{"modele", dev(one(g, "igloohome Smart Keybox 3", "Masterlock 5440EURD Bluetooth"))},
			{"codeActuel", cred(g.s(num, 4))},
			{"codePrecedent", cred(g.s(num, 4))},
		}},
		{"serrureConnectee", obj{
			{"marque", dev(one(g, "Nuki", "Yale", "Somfy"))},
			{"modele", dev(one(g, "Smart Lock 4.0 Pro", "Linus Smart Lock L2", "Door Keeper"))},
			{"numeroSerie", dev(g.s(HX, 8))},
			{"firmware", dev(fmt.Sprintf("%d.%d.%d", g.in(2, 4), g.n(12), g.n(20)))},
			{"batterie", decoy(g.in(5, 100))},
			{"derniereSynchro", dev(g.iso())},
			{"codesInvites", codes},
		}},
		{"wifi", obj{
			{"ssid", netw(ssid)},
			{"motDePasse", cred(psk)},
			{"box", dev(box)},
			{"ipAdmin", netw("http://" + lan + ".1")},
			{"motDePasseAdmin", cred(g.s(alnum, 10))},
			{"sousReseau", netw(lan + ".0/24")},
			{"debitMbps", decoy(one(g, 300, 500, 1000, 2000))},
		}},
		{"equipements", equip},
		{"reservations", resas},
		{"menage", obj{
			{"prestataire", cont(mena.first + " " + mena.last[:1] + ".")},
			{"tarif", decoy(one(g, "35,00", "45,00", "60,00"))},
			{"dureeMin", plain(one(g, 90, 120, 150))},
		}},
		{"consommationKwhMois", decoy(g.in(90, 800))},
		{"noteMoyenne", decoy(round1(g.f(4, 5)))},
		{"notesInternes", noteConcierge(g, ssid, psk, lan)},
	})
}

func msgVoyageur(g *rng, lang string) leaf {
	switch lang + fmt.Sprint(g.n(3)) {
	case "fr0":
		return prose(p("Bonjour, nous arriverons vers 23h, le code de la boîte à clés est toujours le même ?"))
	case "fr1":
		return prose(p("Ma fille est "), p("allergique aux acariens", healthCat), p(", pouvez-vous retirer la couette en plumes ? Merci, "), p(g.personOf("fr").first, contactCat))
	case "en0":
		return prose(p("Hi! The wifi is not working, the router shows a red light. Can you call me on "), p(g.phoneUK(), contactCat), p("?"))
	case "en1":
		return prose(p("I use a "), p("wheelchair", healthCat), p(", is there a lift to the flat?"))
	case "de0":
		return prose(p("Hallo, können wir das Gepäck schon um 12 Uhr abstellen? Viele Grüße, "), p(g.personOf("de").first, contactCat))
	case "de1":
		return prose(p("Die Heizung geht nicht, im Thermostat steht Fehler E3."))
	case "es0":
		return prose(p("Hola, ¿hay parking cerca? Llegamos en coche desde Bilbao."))
	case "es1":
		return prose(p("Mi correo es "), p(g.email(g.personOf("es")), contactCat), p(" para la factura."))
	}
	return prose(p("Merci pour tout, super séjour !"))
}

func noteConcierge(g *rng, ssid, psk, lan string) leaf {
	switch g.n(4) {
	case 0:
		return prose(p("Wifi changé après le passage du technicien : "), p(ssid, netCat), p(" / "), p(psk, credCat), p(". Mettre à jour le livret d'accueil."))
	case 1:
		return prose(p("Propriétaire ne veut plus de fêtes, capteur bruit réglé à 70 dB."))
	case 2:
		return prose(p("Caméra extérieure "), p("Wyze Cam v3", deviceCat), p(" hors ligne, IP fixe "), p(lan+"."+fmt.Sprint(g.in(20, 60)), netCat), p(" à vérifier dans la box."))
	}
	return prose(p("Clé physique de secours chez la voisine du 1er, Mme "), p(g.personOf("fr").last, contactCat), p("."))
}
