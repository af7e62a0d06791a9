package blindset3

import (
	"fmt"
)

// The schemas in this file have keys in Dutch, Italian, French, Spanish,
// German and Portuguese. Leaves under them are hard kind "language" unless
// they are free text or clinical.

// erecept: a Dutch online pharmacy's e-prescription records.
func erecept(g *rng) any {
	pt := g.person()
	arts := g.person()
	regels := arr{}
	meds := []struct{ naam, dosering string }{
		{"Metformine 500 mg tablet", "2x per dag 1 tablet bij de maaltijd"},
		{"Omeprazol 20 mg capsule", "1x per dag 1 capsule voor het ontbijt"},
		{"Salbutamol 100 mcg/dosis aerosol", "zo nodig 1-2 inhalaties, max 8 per dag"},
		{"Levothyroxine 50 mcg tablet", "1x per dag nuchter innemen"},
		{"Sertraline 50 mg tablet", "1x per dag 1 tablet"},
		{"Atorvastatine 20 mg tablet", "1x per dag 1 tablet 's avonds"},
		{"Amoxicilline 500 mg capsule", "3x per dag 1 capsule gedurende 7 dagen"},
	}
	for _, m := range some(g, g.in(1, 3), meds...) {
		regels = append(regels, obj{
			{"geneesmiddel", hlth(m.naam).clin()},
			{"dosering", hlth(m.dosering).clin()},
			{"artikelnummer", decoy(g.s(num, 8))},
		})
	}
	icd := one(g,
		[2]string{"E11.9", "Diabetes mellitus type 2 zonder complicaties"},
		[2]string{"J45.9", "Astma, niet gespecificeerd"},
		[2]string{"K21.9", "Gastro-oesofageale refluxziekte"},
		[2]string{"E03.9", "Hypothyreoïdie"},
		[2]string{"F32.1", "Matige depressieve episode"},
	)
	patient := obj{
		{"voornaam", cont(pt.first)},
		{"achternaam", cont(pt.last)},
		{"geslacht", sexOf(map[bool]string{true: "V", false: "M"}[pt.female])},
		{"straat", cont(one(g, "Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Stationsplein"))},
		{"huisnummer", cont(fmt.Sprint(g.in(1, 240)) + one(g, "", "A", "-2", " bis"))},
		{"postcode", cont(fmt.Sprintf("%04d %s", g.in(1000, 9999), g.s("ABCDEGHJKLMNPRSTVWXZ", 2)))},
		{"woonplaats", cont(one(g, "Zwolle", "Amersfoort", "Leeuwarden", "Delft", "Tilburg"))},
		{"telefoon", cont(g.phoneNL())},
		{"email", cont(g.email(pt))},
		{"lengte_cm", hlth(g.in(150, 200)).clin()},
		{"gewicht_kg", hlth(g.in(48, 130)).clin()},
	}
	if pt.female {
		patient = append(patient, field{"zwanger", hlth(g.chance(15)).clin()})
	}
	berichten, seen := arr{}, uniq{}
	for k := 0; k < g.in(1, 3); k++ {
		berichten = append(berichten, obj{{"tekst", seen.draw(func() leaf { return pharmacyMessage(g, pt.female) })}, {"ontvangen", decoy(g.iso())}})
	}
	var opm leaf
	switch g.n(4) {
	case 0:
		opm = prose(p("Patiënt gebeld op "), p(g.phoneNL(), contactCat), p(", interactie met "), p("sint-janskruid", healthCat), p(" besproken."))
	case 1:
		opm = prose(p("Bezorging bij de buren, pakketkluis code "), p(g.s(num, 4), credCat), p("."))
	case 2:
		opm = prose(p("Geen bijzonderheden."))
	default:
		opm = prose(p("Huisarts wil controle nierfunctie ", healthCat), p("(eGFR 52)", healthCat), p(" voor verhoging dosis."))
	}
	return language(obj{
		{"recept_id", decoy("RX-" + fmt.Sprint(g.in(2023, 2025)) + "-" + g.s(num, 7))},
		{"patient", patient},
		{"voorschrijver", obj{
			{"naam", cont("dr. " + arts.first[:1] + ". " + arts.last)},
			{"praktijk", plain(one(g, "Huisartsenpraktijk De Linde", "Gezondheidscentrum Noord", "Praktijk Aan de Vaart"))},
			{"telefoon", cont(g.phoneNL())},
		}},
		{"regels", regels},
		{"indicatie", obj{
			{"icd10", hlth(icd[0]).clin()},
			{"omschrijving", hlth(icd[1]).clin()},
		}},
		{"allergieen", arr{hlth(one(g, "penicilline", "NSAID's", "jodium", "pinda")).clin()}},
		{"opmerking_apotheker", opm},
		{"berichten", berichten},
		{"afhalen", obj{
			{"kluis_pincode", cred(g.s(num, 6))},
		}},
		{"portaal", obj{
			{"gebruikersnaam", cont(g.handle(pt))},
			{"wachtwoord_hash", cred(g.argon())},
		}},
		{"aangemaakt", decoy(g.iso())},
		{"versie", decoy(g.ipShapedVersion())},
	})
}

// donatori: an Italian blood-donation registry (UPPER_CASE keys).
func donatori(g *rng) any {
	d := g.person()
	sesso := "M"
	if d.female {
		sesso = "F"
	}
	donazioni, seen := arr{}, uniq{}
	for k := 0; k < g.in(2, 4); k++ {
		donazioni = append(donazioni, obj{
			{"DATA", decoy(g.euDate("/"))},
			{"PRESSIONE", hlth(fmt.Sprintf("%d/%d", g.in(105, 150), g.in(65, 95))).clin()},
			{"FREQ_CARDIACA", hlth(g.in(52, 96)).clin()},
			{"EMOGLOBINA_G_DL", hlth(round1(g.f(12.2, 17.1))).clin()},
			{"NOTE", seen.draw(func() leaf { return donorNote(g) })},
		})
	}
	var motivo leaf
	switch g.n(4) {
	case 0:
		motivo = prose(p("Trasferito al centro di Bologna, nessuna sospensione attiva."))
	case 1:
		motivo = prose(p("Ferritina bassa ("+fmt.Sprint(g.in(8, 14))+" ng/mL), assume ferro 80 mg al giorno", healthCat), p(", ricontrollare a settembre."))
	case 2:
		motivo = prose(p("Pressione alta alla visita, in terapia con "), p(one(g, "ramipril 5 mg", "amlodipina 10 mg"), healthCat), p(". Contattare il medico curante."))
	default:
		motivo = prose(p("Richiesta sospensione volontaria per motivi di lavoro."))
	}
	return language(obj{
		{"ID_DONATORE", decoy(g.in(100000, 999999))},
		{"COGNOME", cont(d.last)},
		{"NOME", cont(d.first)},
		{"SESSO", sexOf(sesso)},
		{"INDIRIZZO", obj{
			{"VIA", cont("Via " + one(g, "Garibaldi", "Mazzini", "dei Mille", "Roma", "Cavour") + " " + fmt.Sprint(g.in(1, 180)))},
			{"CAP", cont(fmt.Sprintf("%05d", g.in(10010, 98100)))},
			{"COMUNE", cont(one(g, "Moncalieri", "Lodi", "Faenza", "Chioggia", "Pistoia"))},
		}},
		{"CELLULARE", cont(g.phoneIT())},
		{"EMAIL", cont(g.email(d))},
		{"GRUPPO_SANGUIGNO", hlth(one(g, "0", "A", "B", "AB")).clin()},
		{"RH", hlth(one(g, "POS", "NEG")).clin()},
		{"FENOTIPO", hlth(one(g, "CcDee K-", "ccddee K-", "CCDee K+", "ccDEe K-")).clin()},
		{"PESO_KG", hlth(g.in(51, 115)).clin()},
		{"ALTEZZA_CM", hlth(g.in(152, 198)).clin()},
		{"DONAZIONI", donazioni},
		{"ESAMI", clinical(obj{
			{"FERRITINA", hlth(g.in(8, 250))},
			{"ALT", hlth(g.in(8, 60))},
			{"HBSAG", hlth("NEGATIVO")},
			{"HIV", hlth("NEGATIVO")},
			{"HCV", hlth("NEGATIVO")},
		})},
		{"SOSPENSIONE", obj{
			{"MOTIVO", motivo},
			{"DAL", decoy(g.euDate("/"))},
		}},
		{"APP", obj{
			{"UTENTE", cont(g.handle(d))},
			{"PASSWORD", cred(g.password())},
			{"VERSIONE_APP", dev(g.ver(3))},
		}},
		{"CONSENSO_PRIVACY", decoy(true)},
		{"DATA_ISCRIZIONE", decoy(g.euDate("/"))},
	})
}

// soinsDomicile: a French home-care nursing service's patient file.
func soinsDomicile(g *rng) any {
	pt := g.person()
	aidant := g.person()
	med := g.person()
	patho := one(g,
		[2]string{"Insuffisance cardiaque", "I50.0"},
		[2]string{"Diabète de type 2 insulino-requérant", "E11.9"},
		[2]string{"BPCO", "J44.9"},
		[2]string{"Maladie d'Alzheimer", "G30.9"},
		[2]string{"Escarre sacrée stade 3", "L89.3"},
	)
	traitement := arr{}
	for _, m := range some(g, g.in(1, 3),
		[3]string{"Insuline glargine", "18 UI le soir", "SC"},
		[3]string{"Furosémide 40 mg", "1 cp le matin", "PO"},
		[3]string{"Enoxaparine 4000 UI", "1 injection par jour", "SC"},
		[3]string{"Paracétamol 1 g", "si douleur, max 3 g/j", "PO"},
		[3]string{"Donépézil 10 mg", "1 cp au coucher", "PO"},
	) {
		traitement = append(traitement, obj{
			{"medicament", hlth(m[0])},
			{"posologie", hlth(m[1])},
			{"voie", hlth(m[2])},
		})
	}
	visites, seen := arr{}, uniq{}
	for k := 0; k < g.in(2, 3); k++ {
		inf := g.person()
		trans := seen.draw(func() leaf {
			switch g.n(5) {
			case 0:
				return prose(p(fmt.Sprintf("Glycémie à %.2f g/L avant le repas, injection faite, patient(e) un peu confus(e).", g.f(0.6, 2.8)), healthCat))
			case 1:
				return prose(p("Pansement refait, plaie propre, pas de signe d'infection.", healthCat))
			case 2:
				return prose(p("Famille prévenue au "), p(g.phoneFR(), contactCat), p(", "), p("œdèmes des chevilles en hausse", healthCat), p("."))
			case 3:
				return prose(p("RAS, clé remise dans la boîte, code "), p(g.s(num, 4), credCat), p("."))
			}
			return prose(p("Passage décalé à 10h à la demande de la famille."))
		})
		visites = append(visites, obj{
			{"date", decoy(g.euDate("/") + " " + fmt.Sprintf("%02d:%02d", g.in(7, 19), g.n(60)))},
			{"infirmiere", cont(inf.full())},
			{"actes", clinical(arr{hlth(one(g, "Injection insuline", "Pansement complexe", "Prise de sang", "Surveillance constantes")), hlth(one(g, "Aide à la toilette", "Préparation pilulier", "Bas de contention"))})},
			{"constantes", clinical(obj{
				{"ta", hlth(fmt.Sprintf("%d/%d", g.in(100, 170), g.in(55, 100)))},
				{"pouls", hlth(g.in(50, 110))},
				{"temperature", hlth(round1(g.f(35.8, 38.9)))},
				{"spo2", hlth(g.in(86, 99))},
				{"glycemie_capillaire", hlth(round2(g.f(0.6, 2.9)))},
				{"eva_douleur", hlth(g.in(0, 8))},
			})},
			{"transmission", trans.clin()},
			{"duree_min", decoy(g.in(10, 60))},
			{"facture_eur", decoy(round2(g.f(6, 40)))},
		})
	}
	return language(obj{
		{"id_patient", decoy(g.in(10000, 99999))},
		{"patient", obj{
			{"nom", cont(pt.last)},
			{"prenom", cont(pt.first)},
			{"sexe", sexOf(map[bool]string{true: "F", false: "M"}[pt.female])},
			{"adresse", obj{
				{"rue", cont(fmt.Sprintf("%d %s", g.in(1, 120), one(g, "rue des Lilas", "avenue Jean Jaurès", "chemin du Moulin", "place de l'Église")))},
				{"code_postal", cont(fmt.Sprintf("%05d", g.in(1000, 95999)))},
				{"ville", cont(one(g, "Albi", "Niort", "Vesoul", "Dax", "Quimper"))},
				{"digicode", cred(g.s(num, 4) + one(g, "A", "B", ""))},
				{"boite_a_cles", cred(g.s(num, 4))},
			}},
			{"telephone", cont(g.phoneFRlocal())},
			{"aidant", cont(aidant.full())},
			{"portable_aidant", cont(g.phoneFR())},
			{"groupe_sanguin", hlth(one(g, "A+", "O+", "B-", "AB+", "O-")).clin()},
			{"poids_kg", hlth(round1(g.f(42, 110))).clin()},
			{"gir", hlth(g.in(1, 6)).clin()},
		}},
		{"consignes", consigne(g)},
		{"medecin_traitant", obj{
			{"nom", cont("Dr " + med.last)},
			{"tel", cont(g.phoneFRlocal())},
		}},
		{"pathologies", clinical(arr{obj{{"libelle", hlth(patho[0])}, {"cim10", hlth(patho[1])}}})},
		{"traitement", clinical(traitement)},
		{"allergies", clinical(arr{hlth(one(g, "Pénicilline", "Iode", "Aspirine", "Sparadrap"))})},
		{"visites", visites},
		{"tablette", obj{
			{"modele", dev(one(g, "Galaxy Tab A9", "iPad 10e gén.", "Lenovo Tab M10"))},
			{"imei", dev(g.imei())},
			{"version_appli", dev(g.ver(3))},
		}},
		{"mis_a_jour", decoy(g.iso())},
	})
}

// clinicaMX: a Mexican outpatient clinic's patient record (Spanish keys).
func clinicaMX(g *rng) any {
	pt := g.person()
	sexo := "Masculino"
	if pt.female {
		sexo = "Femenino"
	}
	consultas, seen := arr{}, uniq{}
	talla := g.in(148, 190)
	peso := round1(g.f(45, 120))
	for k := 0; k < g.in(1, 2); k++ {
		dr := g.person()
		dx := one(g,
			[2]string{"E11.9", "Diabetes mellitus tipo 2 sin complicaciones"},
			[2]string{"I10", "Hipertensión esencial (primaria)"},
			[2]string{"J06.9", "Infección aguda de las vías respiratorias superiores"},
			[2]string{"N39.0", "Infección de vías urinarias"},
			[2]string{"M54.5", "Lumbalgia"},
		)
		rx := one(g,
			[3]string{"Metformina 850 mg", "1 tableta cada 12 horas", "90"},
			[3]string{"Losartán 50 mg", "1 tableta cada 24 horas", "30"},
			[3]string{"Amoxicilina 500 mg", "1 cápsula cada 8 horas", "7"},
			[3]string{"Nitrofurantoína 100 mg", "1 cápsula cada 6 horas", "5"},
			[3]string{"Naproxeno 250 mg", "1 tableta cada 12 horas", "5"},
		)
		var motivo leaf
		switch g.n(4) {
		case 0:
			motivo = prose(p("Acude por "+one(g, "dolor lumbar de 3 días de evolución", "ardor al orinar y fiebre", "tos y congestión nasal", "control de glucosa"), healthCat), p("."))
		case 1:
			motivo = prose(p("Paciente refiere "), p("mareo y cefalea, TA elevada en casa", healthCat), p("; su hija "), p(g.person().first, contactCat), p(" la acompaña."))
		case 2:
			motivo = prose(p("Seguimiento. Pide que le llamen al "), p(g.phoneMX(), contactCat), p(" con los resultados."))
		default:
			motivo = prose(p("Consulta de control."))
		}
		consultas = append(consultas, obj{
			{"fecha", decoy(g.iso())},
			{"medico", obj{{"nombre", cont(one(g, "Dra. ", "Dr. ") + dr.full())}}},
			{"motivoConsulta", motivo},
			{"signosVitales", clinical(obj{
				{"presionArterial", hlth(fmt.Sprintf("%d/%d", g.in(100, 165), g.in(60, 100)))},
				{"frecuenciaCardiaca", hlth(g.in(55, 110))},
				{"frecuenciaRespiratoria", hlth(g.in(12, 24))},
				{"temperatura", hlth(round1(g.f(36, 39.4)))},
				{"saturacionO2", hlth(g.in(89, 99))},
				{"pesoKg", hlth(peso)},
				{"tallaCm", hlth(talla)},
				{"imc", hlth(bmi(peso, talla))},
			})},
			{"diagnosticos", clinical(arr{obj{{"cie10", hlth(dx[0])}, {"descripcion", hlth(dx[1])}}})},
			{"notaEvolucion", seen.draw(func() leaf { return clinicNote(g) })},
			{"indicaciones", seen.draw(func() leaf { return clinicAdvice(g) })},
			{"receta", clinical(arr{obj{{"medicamento", hlth(rx[0])}, {"dosis", hlth(rx[1])}, {"duracionDias", hlth(rx[2])}}})},
			{"costo", decoy(one(g, 350, 450, 600, 800))},
		})
	}
	labs := arr{}
	for _, t := range some(g, g.in(1, 3),
		[4]string{"Glucosa en ayuno", "mg/dL", "70-100", "g"},
		[4]string{"Hemoglobina glucosilada (HbA1c)", "%", "4.0-5.6", "a"},
		[4]string{"Colesterol total", "mg/dL", "<200", "c"},
		[4]string{"Creatinina", "mg/dL", "0.6-1.2", "r"},
	) {
		var res any
		switch t[3] {
		case "g":
			res = g.in(70, 260)
		case "a":
			res = round1(g.f(4.8, 11))
		case "c":
			res = g.in(140, 290)
		default:
			res = round2(g.f(0.5, 2.1))
		}
		labs = append(labs, obj{
			{"prueba", hlth(t[0])},
			{"resultado", hlth(res)},
			{"unidad", decoy(t[1])},
			{"rangoReferencia", decoy(t[2])},
		})
	}
	paciente := obj{
		{"nombre", cont(pt.first)},
		{"apellidoPaterno", cont(pt.last)},
		{"apellidoMaterno", cont(one(g, surnames...))},
		{"sexo", sexOf(sexo)},
		{"telefonoCelular", cont(g.phoneMX())},
		{"correo", cont(g.email(pt))},
		{"domicilio", obj{
			{"calle", cont(one(g, "Av. Insurgentes Sur", "Calle Morelos", "Av. Revolución", "Calle Hidalgo"))},
			{"numeroExterior", cont(fmt.Sprint(g.in(1, 3000)))},
			{"colonia", cont(one(g, "Del Valle", "Roma Norte", "Narvarte", "Coyoacán Centro"))},
			{"codigoPostal", cont(fmt.Sprintf("0%d", g.in(1000, 9999)))},
			{"municipio", cont(one(g, "Benito Juárez", "Cuauhtémoc", "Coyoacán"))},
		}},
		{"tipoSangre", hlth(one(g, "O+", "A+", "B+", "O-", "AB+")).clin()},
		{"alergias", clinical(arr{hlth(one(g, "Penicilina", "Sulfas", "Ibuprofeno", "Mariscos"))})},
	}
	doc := obj{
		{"folio", decoy("EXP-" + g.s(num, 8))},
		{"paciente", paciente},
		{"consultas", consultas},
		{"laboratorio", clinical(labs)},
	}
	if pt.female && g.chance(35) {
		doc = append(doc, field{"embarazo", clinical(obj{
			{"activo", hlth(true)},
			{"semanasGestacion", hlth(g.in(6, 39))},
			{"fum", hlth(g.date())},
		})})
	}
	doc = append(doc,
		field{"portal", obj{
			{"usuario", cont(g.handle(pt))},
			{"contrasena", cred(g.password())},
			{"tokenSesion", cred(g.s(hx, 40))},
			{"ultimaIp", netw(g.docIP())},
		}},
		field{"creadoEn", decoy(g.iso())},
		field{"actualizadoEn", decoy(g.iso())},
	)
	return language(doc)
}

// homematic: a German smart-home central's inventory export (German keys,
// some with spaces, one with a slash).
func homematic(g *rng) any {
	u := g.person()
	lan := one(g, "192.168.178", "192.168.2", "192.168.0")
	geraete := arr{}
	rooms := []string{"Wohnzimmer", "Kinderzimmer", "Bad", "Schlafzimmer", "Küche", "Flur", "Büro"}
	for k := 0; k < g.in(3, 5); k++ {
		room := one(g, rooms...)
		label := room
		typ := one(g, "HZ-eTRV-3", "HZ-SWDO-2", "HZ-WTH-2", "HZ-PS-1", "HZ-SMI-55")
		name := map[string]string{"HZ-eTRV-3": "Heizkörper", "HZ-SWDO-2": "Fensterkontakt", "HZ-WTH-2": "Wandthermostat", "HZ-PS-1": "Steckdose", "HZ-SMI-55": "Bewegungsmelder"}[typ]
		if room == "Kinderzimmer" && g.chance(50) {
			label = "Kinderzimmer " + one(g, femaleNames...)
		}
		geraete = append(geraete, obj{
			{"Name", dev(name + " " + label)},
			{"Gerätetyp", dev(typ)},
			{"Seriennummer", dev("000" + g.s(HX, 11))},
			{"Firmware-Version", dev(g.ver(3))},
			{"Raum", plain(room)},
			{"Zuletzt gesehen", dev(g.euDate(".") + " " + fmt.Sprintf("%02d:%02d", g.n(24), g.n(60)))},
		})
	}
	protokoll, seen := arr{}, uniq{}
	for k := 0; k < g.in(3, 5); k++ {
		protokoll = append(protokoll, seen.draw(func() leaf { return homeLog(g, lan) }))
	}
	var notiz leaf
	switch g.n(4) {
	case 0:
		notiz = prose(p("Zweitschlüssel beim Nachbarn, Tür-Code "), p(g.s(num, 4), credCat), p("."))
	case 1:
		notiz = prose(p("Installateur: "), p(g.person().full(), contactCat), p(", Tel. "), p(g.phoneDE(), contactCat))
	case 2:
		notiz = prose(p("Im Urlaub Heizung auf 16 °C."))
	default:
		notiz = prose(p("Fernzugriff über "), p("https://"+g.docIP()+":"+fmt.Sprint(one(g, 2001, 8443, 4443)), netCat), p(", Benutzer admin, Kennwort "), p(g.password(), credCat))
	}
	return language(obj{
		{"Zentrale", obj{
			{"Typ", dev(one(g, "HZ-Zentrale 3", "HZ-Zentrale Pro"))},
			{"Seriennummer", dev("HZC" + g.s(num, 7))},
			{"Firmware", dev(g.ver(3))},
			{"IP-Adresse", netw(g.lanIP(lan))},
			{"Subnetzmaske", netw("255.255.255.0")},
			{"Standard-Gateway", netw(lan + ".1")},
			{"DNS-Server", netw(lan + ".1")},
			{"MAC-Adresse", macAddr(g.mac())},
			{"Admin-Passwort", cred(g.password())},
			{"Fernzugriff-Token", cred(g.s(alnum, 40))},
			{"Letzter Kontakt", dev(g.iso())},
			{"Zeitzone", decoy("Europe/Berlin")},
		}},
		{"Geräte", geraete},
		{"Benutzer", arr{obj{
			{"Name", cont(u.full())},
			{"E-Mail", cont(g.email(u))},
			{"Handy", cont(g.phoneDE())},
			{"Rolle", decoy(one(g, "Administrator", "Benutzer"))},
		}}},
		{"Netzwerk/WLAN", obj{
			{"SSID", netw(g.ssid(u))},
			{"WLAN-Schlüssel", cred(g.passphrase())},
			{"DHCP-Bereich", netw(lan + ".20 - " + lan + ".200")},
			{"Router", netw(one(g, "fritz.box", "speedport.ip", "router.home.arpa"))},
		}},
		{"Adresse", obj{
			{"Straße", cont(one(g, "Lindenstraße", "Am Mühlbach", "Goethestraße", "Birkenweg") + " " + fmt.Sprint(g.in(1, 90)))},
			{"PLZ", cont(fmt.Sprintf("%05d", g.in(10115, 99998)))},
			{"Ort", cont(one(g, "Bad Kreuznach", "Lüneburg", "Weiden", "Gotha", "Rheine"))},
		}},
		{"Programme", arr{
			obj{{"Bezeichnung", plain(one(g, "Urlaub", "Komfort", "Eco"))}, {"Aktiv", decoy(g.chance(50))}},
		}},
		{"Notiz", notiz},
		{"Protokoll", protokoll},
		{"Exportversion", decoy(g.ipShapedVersion())},
	})
}

// nutricoach: a Portuguese personal-training and nutrition coaching app.
func nutricoach(g *rng) any {
	a := g.person()
	coach := g.person()
	genero := "masculino"
	if a.female {
		genero = "feminino"
	}
	avals := arr{}
	altura := g.in(150, 198)
	peso := g.f(50, 115)
	for k := 0; k < g.in(2, 3); k++ {
		peso += g.f(-3, 1.5)
		avals = append(avals, obj{
			{"data", decoy(g.date())},
			{"pesoKg", hlth(round1(peso))},
			{"alturaCm", hlth(altura)},
			{"imc", hlth(bmi(round1(peso), altura))},
			{"massaGordaPct", hlth(round1(g.f(10, 40)))},
			{"massaMuscularKg", hlth(round1(g.f(22, 45)))},
			{"massaOsseaKg", hlth(round1(g.f(2.0, 3.8)))},
			{"aguaCorporalPct", hlth(round1(g.f(45, 62)))},
			{"gorduraVisceral", hlth(g.in(2, 15))},
			{"perimetroCinturaCm", hlth(g.in(62, 115))},
			{"tensaoArterial", hlth(fmt.Sprintf("%d/%d", g.in(100, 150), g.in(60, 95)))},
		})
	}
	msgs, seen := arr{}, uniq{}
	for k := 0; k < g.in(2, 4); k++ {
		var de leaf
		var txt leaf
		if g.n(2) == 0 {
			de = cont(coach.full())
			txt = seen.draw(func() leaf {
				switch g.n(3) {
				case 0:
					return prose(p("Boa semana! Aumentei a proteína para "+fmt.Sprint(g.in(110, 180))+" g por dia", healthCat), p(", mantém os treinos de força."))
				case 1:
					return prose(p("Lembra-te da sessão de sábado às 9h no estúdio."))
				}
				return prose(p("Envia-me o registo de sono da semana, parece-me que estás a dormir menos de 6 horas.", healthCat))
			})
		} else {
			de = cont(a.first)
			txt = seen.draw(func() leaf {
				switch g.n(3) {
				case 0:
					return prose(p("O meu médico receitou-me "), p(one(g, "metformina", "levotiroxina 50", "ibuprofeno 600"), healthCat), p(", posso continuar o plano?"))
				case 1:
					return prose(p("Mudei de número, agora é "), p(g.phonePT(), contactCat))
				}
				return prose(p("Obrigado, até amanhã!"))
			})
		}
		msgs = append(msgs, obj{
			{"de", de},
			{"texto", txt},
			{"enviadaEm", decoy(g.isoMs())},
		})
	}
	saude := obj{
		{"medicacao", arr{hlth(one(g, "Omeprazol 20 mg", "Levotiroxina 75 mcg", "Pílula contracetiva", "Salbutamol SOS", "Sertralina 50 mg"))}},
		{"lesoes", hlth(one(g, "tendinite no ombro direito", "entorse do tornozelo (2022)", "hérnia discal L4-L5", "rotura de menisco (operada)"))},
		{"horasSonoMedia", hlth(round1(g.f(4.5, 8.5)))},
		{"passosDiarios", hlth(g.in(1500, 16000))},
		{"fcRepouso", hlth(g.in(48, 88))},
	}
	if a.female {
		saude = append(saude, field{"gravida", hlth(g.chance(10))})
	}
	return language(obj{
		{"idAluno", decoy(g.in(1000, 99999))},
		{"aluno", obj{
			{"nomeCompleto", cont(a.full())},
			{"email", cont(g.email(a))},
			{"telemovel", cont(g.phonePT())},
			{"genero", sexOf(genero)},
			{"morada", obj{
				{"rua", cont("Rua " + one(g, "de Santa Catarina", "do Almada", "Augusta", "da Prata", "das Flores") + ", " + fmt.Sprint(g.in(1, 300)))},
				{"codigoPostal", cont(fmt.Sprintf("%d-%03d", g.in(1000, 4999), g.n(1000)))},
				{"localidade", cont(one(g, "Porto", "Lisboa", "Braga", "Coimbra", "Aveiro"))},
			}},
		}},
		{"avaliacoes", avals},
		{"planoAlimentar", obj{
			{"caloriasDiarias", hlth(g.in(1400, 3200))},
			{"proteinaG", hlth(g.in(60, 200))},
			{"hidratosG", hlth(g.in(100, 400))},
			{"lipidosG", hlth(g.in(40, 120))},
			{"refeicoes", decoy(g.in(3, 6))},
			{"restricoes", arr{hlth(one(g, "intolerância à lactose", "doença celíaca", "alergia a frutos secos", "diabetes tipo 2"))}},
		}},
		{"saude", saude},
		{"mensagensCoach", msgs},
		{"wearable", obj{
			{"modelo", dev(one(g, "PulsoFit 3", "PulsoFit Band 2", "Garmina Run 55"))},
			{"versaoFirmware", dev(g.ver(3))},
			{"ultimaSincronizacao", dev(g.iso())},
		}},
		{"plano", obj{
			{"nome", decoy(one(g, "Premium Trimestral", "Básico Mensal", "Anual Online"))},
			{"precoEur", decoy(one(g, 29.9, 49.9, 79.0))},
			{"moeda", decoy("EUR")},
		}},
		{"conta", obj{
			{"palavraPasse", cred(g.bcrypt())},
			{"tokenApp", cred(g.jwt())},
			{"versaoApp", dev(g.ver(3))},
			{"idioma", decoy(one(g, "pt-PT", "pt-BR", "en"))},
		}},
	})
}
