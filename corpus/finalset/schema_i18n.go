package finalset

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// seguros-siniestros: a Spanish health-insurance claims system.
func genSeguros(r *rand.Rand) *node {
	p := personOf(r, "es", "es", "ar", "br")
	a := addressIn(r, "ES")
	aseg := obj().
		add("nombre", str(p.first, lContact)).
		add("apellidos", str(p.last, lContact)).
		add("dni", str(rs(r, digits, 8)+string(rs(r, "TRWAGMYFPDXBNJZSQVHLCKE", 1)), lContact)).
		add("fecha_nacimiento", str(birth(r).Format("02/01/2006"), lContact)).
		add("sexo", str(map[byte]string{'F': pick(r, "M", "mujer"), 'M': pick(r, "H", "hombre")}[p.sex], lGender)).
		add("teléfono", str(phone(r, "ES"), lContact)).
		add("correo_electrónico", str(email(r, p), lContact)).
		add("domicilio", obj().
			add("calle", str(a.street, lContact)).
			add("código_postal", str(a.postcode, lContact)).
			add("municipio", str(a.city, lContact)).
			add("provincia", str(a.region, lContact)).
			add("país", str("ES", lDecoy)))
	root := obj().
		add("expediente", str(fmt.Sprintf("EXP-%d-%06d", between(r, 2023, 2025), r.IntN(999999)), lDecoy)).
		add("versión_esquema", str(dottedVersion(r), lDecoy)).
		add("póliza", obj().
			add("número", str("POL"+rs(r, digits, 9), lDecoy)).
			add("producto", str(pick(r, "Salud Familiar Plus", "Dental Básico", "Salud Total Premium"), lDecoy)).
			add("prima_mensual", str(price(r, 20, 180), lDecoy)).
			add("moneda", str("EUR", lDecoy))).
		add("asegurado", aseg)
	d := pick(r, icds...)
	med := personOf(r, "es")
	sin := obj().
		add("número", str("SIN-"+rs(r, digits, 7), lDecoy)).
		add("fecha_ocurrencia", str(day(when(r)), lDecoy)).
		add("tipo", str(pick(r, "reembolso", "pago directo", "autorización previa"), lDecoy)).
		add("diagnóstico", obj().add("código_cie10", str(d.code, lHealthC)).add("descripción", str(d.es, lHealthC))).
		add("tratamiento", str(pick(r, "fisioterapia 10 sesiones", "resonancia magnética lumbar", "consulta de psiquiatría", "cirugía artroscópica de rodilla", "insulina glargina 100 UI/ml"), lHealthC)).
		add("centro", str(pick(r, "Hospital San Rafael", "Clínica del Parque", "Centro Médico Levante"), lNone)).
		add("médico", obj().add("nombre", str("Dr. "+med.western(), lContact)).add("especialidad", str(pick(r, "traumatología", "medicina interna", "psiquiatría"), lNone))).
		add("importe_reclamado", str(price(r, 40, 4000), lDecoy)).
		add("importe_aprobado", flt(fbetween(r, 0, 3000), 2, lDecoy)).
		add("estado", str(pick(r, "PENDIENTE", "APROBADO", "RECHAZADO", "EN_REVISIÓN"), lDecoy))
	if chance(r, 0.7) {
		t := &text{}
		switch r.IntN(4) {
		case 0:
			t.w("El asegurado refiere ").v(pick(r, "dolor lumbar desde hace 3 meses", "episodios de ansiedad", "caída en domicilio con fractura de tobillo"), corpus.Health).w(". Contactar en ").v(phone(r, "ES"), corpus.Contact)
		case 1:
			t.w("Falta factura original; reclamación ").d("SIN-" + rs(r, digits, 7)).w(" duplicada")
		case 2:
			t.w("Paciente ").v(p.western(), corpus.Contact).w(" en tratamiento con ").v(pick(r, "sertralina 50 mg", "metformina 850 mg", "enoxaparina"), corpus.Health)
		default:
			t.w("Revisado por perito el ").d(day(when(r))).w(", importe ajustado a ").d(price(r, 50, 900)).w(" EUR")
		}
		sin.add("observaciones", t.leaf(corpus.HardFreeText))
	}
	root.add("siniestro", sin)
	if chance(r, 0.6) {
		dc := obj().
			add("peso_kg", flt(fbetween(r, 48, 120), 1, lHealthC)).
			add("altura_cm", intv(int64(between(r, 150, 195)), lHealthC)).
			add("presión_arterial", str(bp(r), lHealthC)).
			add("grupo_sanguíneo", str(pick(r, "A+", "0+", "B-", "AB+", "0-"), lHealthC)).
			add("fumador", boolv(chance(r, 0.3), lHealthC))
		if p.sex == 'F' {
			dc.add("embarazo", boolv(chance(r, 0.2), lHealthC))
		}
		if chance(r, 0.5) {
			dc.add("alergias", arr(str(pick(r, "penicilina", "frutos secos", "látex", "AINEs"), lHealthC)))
		} else {
			dc.add("alergias", null(lDecoyC))
		}
		root.add("datos_clínicos", dc)
	}
	if chance(r, 0.5) {
		cw := obj().
			add("usuario", str(username(r, p), lContact)).
			add("contraseña", str(pick(r, md5hex(r), password(r)), lCred)).
			add("pregunta_seguridad", str(pick(r, "¿Nombre de tu primera mascota?", "¿Ciudad de nacimiento de tu madre?"), lDecoy)).
			add("respuesta_seguridad", str(pick(r, "Canela", "Toby", "Cádiz", "Lugo"), lCred)).
			add("intentos_fallidos", intv(int64(r.IntN(5)), lDecoy)).
			add("longitud_mínima_contraseña", intv(8, lDecoy))
		root.add("cuenta_web", cw)
	}
	return withHard(root, corpus.HardLanguage)
}

// fitnessstudio-de: a German fitness-studio chain's member app export.
func genFitnessDE(r *rand.Rand) *node {
	p := personOf(r, "de", "de", "tr", "pl")
	a := addressIn(r, "DE")
	m := obj().
		add("Mitgliedsnummer", str(rs(r, digits, 8), lDecoy)).
		add("Vorname", str(p.first, lContact)).
		add("Nachname", str(p.last, lContact)).
		add("Geburtsdatum", str(birth(r).Format("02.01.2006"), lContact)).
		add("Geschlecht", str(map[byte]string{'F': pick(r, "weiblich", "w"), 'M': pick(r, "männlich", "m")}[p.sex], lGender)).
		add("E-Mail", str(email(r, p), lContact)).
		add("Telefon/Mobil", str(phone(r, "DE"), lContact)).
		add("Anschrift", obj().
			add("Straße und Hausnummer", str(a.street, lContact)).
			add("PLZ", str(a.postcode, lContact)).
			add("Ort", str(a.city, lContact)))
	root := obj().add("Mitglied", m).
		add("Vertrag", obj().
			add("Tarif", str(pick(r, "Flex 24 Premium", "Basic Light", "Student Flex", "All Inclusive 12"), lDecoy)).
			add("Monatsbeitrag (EUR)", str(strings.ReplaceAll(price(r, 19, 79), ".", ","), lDecoy)).
			add("Beginn", str(when(r).Format("02.01.2006"), lDecoy)).
			add("Laufzeit_Monate", intv(int64(pick(r, 1, 12, 24)), lDecoy)).
			add("Studio", str(pick(r, "Köln-Ehrenfeld", "Berlin-Mitte", "Leipzig Zentrum"), lNone)))
	ka := arr()
	h := between(r, 152, 198)
	for i := 0; i < between(r, 1, 3); i++ {
		w := fbetween(r, 50, 125)
		e := obj().
			add("Datum", str(when(r).Format("02.01.2006"), lDecoy)).
			add("Größe (cm)", intv(int64(h), lHealth)).
			add("Gewicht (kg)", str(strings.ReplaceAll(fmt.Sprintf("%.1f", w), ".", ","), lHealth)).
			add("Körperfett %", flt(fbetween(r, 8, 40), 1, lHealth)).
			add("Muskelmasse kg", flt(w*fbetween(r, 0.3, 0.45), 1, lHealth)).
			add("BMI", flt(w/float64(h*h)*10000, 1, lHealth))
		e.opt(chance(r, 0.5), "Knochenmasse kg", func() *node { return flt(fbetween(r, 2, 4), 1, lHealth) })
		e.opt(chance(r, 0.5), "Ruhepuls", func() *node { return intv(int64(between(r, 48, 90)), lHealth) })
		e.opt(chance(r, 0.4), "Blutdruck", func() *node { return str(bp(r), lHealth) })
		e.opt(chance(r, 0.3), "Viszeralfett-Index", func() *node { return intv(int64(between(r, 2, 18)), lHealth) })
		e.add("Waage", str(pick(r, "InBody 570", "Tanita MC-780"), lDev))
		ka.push(e)
	}
	root.add("Körperanalyse", ka)
	gf := obj().
		add("Herz-Kreislauf-Erkrankung", boolv(chance(r, 0.15), lHealth)).
		add("Medikamente", str(pick(r, "keine", "Ramipril 5 mg", "L-Thyroxin 50 µg", "Salbutamol bei Bedarf"), lHealth)).
		add("Rückenprobleme", boolv(chance(r, 0.3), lHealth))
	if p.sex == 'F' {
		gf.add("Schwangerschaft", boolv(chance(r, 0.1), lHealth))
	}
	if chance(r, 0.5) {
		t := &text{}
		t.w(pick(r, "Nach ", "Seit ")).v(pick(r, "Knie-OP links", "Bandscheibenvorfall L5/S1", "Herzinfarkt 2021", "Schulterluxation"), corpus.Health).w(pick(r, " keine Sprünge.", ", Training nur mit Freigabe.", " – bitte Rücksprache mit Trainer."))
		if chance(r, 0.3) {
			t.w(" Notfallkontakt: ").v(personOf(r, "de").western()+" "+phone(r, "DE"), corpus.Contact)
		}
		gf.add("Bemerkungen", t.leaf(corpus.HardFreeText))
	}
	root.add("Gesundheitsfragebogen", gf)
	if chance(r, 0.7) {
		root.add("App-Zugang", obj().
			add("Benutzername", str(username(r, p), lContact)).
			add("Passwort-Hash", str(pick(r, argon2(r), bcrypt(r)), lCred)).
			add("Sitzungs-Token", str(jwt(r, rs(r, digits, 8)), lCred)).
			add("Passwort-Mindestlänge", intv(10, lDecoy)).
			add("Gerät", obj().
				add("Modell", str(phoneModel(r), lDev)).
				add("Betriebssystem", str(phoneOS(r), lDev)).
				add("App-Version", str(semver(r), lDev))))
	}
	ci := arr()
	for i := 0; i < between(r, 1, 4); i++ {
		ci.push(obj().add("Zeit", str(sqlTime(when(r)), lDecoy)).add("Dauer_min", intv(int64(between(r, 20, 140)), lNone)))
	}
	root.add("Check-ins", ci)
	root.opt(chance(r, 0.5), "Zugangs-PIN", func() *node { return str(rs(r, digits, pick(r, 4, 6)), lCred) })
	if chance(r, 0.5) {
		root.add("Wearable", obj().
			add("Modell", str(pick(r, "FitBand 5", "PulseWatch Active 2", "Trackr HR"), lDev)).
			add("Seriennummer", str(serial(r, "FB5", 9), lDev)).
			add("Firmware", str(semver(r), lDev)).
			add("Letzte Synchronisierung", str(iso(when(r)), lDev)).
			add("Tages-Schritte", intv(int64(between(r, 800, 19000)), lHealth)).
			add("Schlaf (h)", flt(fbetween(r, 4, 9.5), 1, lHealth)).
			add("Akku %", intv(int64(r.IntN(100)), lNone)))
	}
	return withHard(root, corpus.HardLanguage)
}

// telesante-fr: a French telehealth platform's consultation record.
func genTelesante(r *rand.Rand) *node {
	p := personOf(r, "fr", "fr", "ar", "vi")
	a := addressIn(r, "FR")
	sexe := map[byte]string{'F': pick(r, "F", "féminin"), 'M': pick(r, "M", "masculin")}[p.sex]
	nir := fmt.Sprintf("%d %02d %02d %02d %03d %03d %02d", map[byte]int{'F': 2, 'M': 1}[p.sex], between(r, 40, 99), between(r, 1, 12), between(r, 1, 95), r.IntN(999), r.IntN(999), r.IntN(97))
	pat := obj().
		add("nom", str(strings.ToUpper(p.last), lContact)).
		add("prénom", str(p.first, lContact)).
		add("date_de_naissance", str(birth(r).Format("02/01/2006"), lContact)).
		add("sexe", str(sexe, lGender)).
		add("nir", str(nir, lContact)).
		add("adresse_postale", obj().add("rue", str(a.street, lContact)).add("code_postal", str(a.postcode, lContact)).add("ville", str(a.city, lContact))).
		add("téléphone_portable", str(phone(r, "FR"), lContact)).
		add("courriel", str(email(r, p), lContact)).
		add("mutuelle", str(pick(r, "Mutuelle Horizon", "SantéPlus Famille", "aucune"), lDecoy))
	if chance(r, 0.5) {
		mt := personOf(r, "fr")
		pat.add("médecin_traitant", str("Dr "+mt.western(), lContact))
	}
	d := pick(r, icds...)
	t := &text{}
	t.w(pick(r, "Patient(e) consulte pour ", "Motif : ", "Consultation pour ")).v(pick(r, "toux persistante depuis 10 jours", "renouvellement d'ordonnance", "douleurs lombaires", "troubles du sommeil", "éruption cutanée", "suivi de grossesse"), corpus.Health)
	cons := obj().
		add("id_consultation", str(uuid(r), lDecoy)).
		add("date", str(iso(when(r)), lDecoy)).
		add("durée_min", intv(int64(between(r, 8, 40)), lDecoy)).
		add("type", str(pick(r, "téléconsultation vidéo", "téléexpertise", "chat"), lDecoy)).
		add("motif", t.leaf(corpus.HardFreeText)).
		add("code_cim10", str(d.code, lHealthC))
	cr := &text{}
	cr.w("Examen à distance. ").v(pick(r, "Auscultation non réalisable, TA déclarée ", "Constantes transmises par le patient : TA ")+bp(r), corpus.Health).w(". ").v("Diagnostic retenu : "+d.fr, corpus.Health).w(".")
	if chance(r, 0.4) {
		cr.w(" Rappeler au ").v(phone(r, "FR"), corpus.Contact).w(".")
	}
	if chance(r, 0.3) {
		cr.w(" Réf. dossier ").d(ticket(r, "TLS-")).w(".")
	}
	cons.add("compte_rendu", cr.leaf(corpus.HardFreeText))
	ord := arr()
	for i := 0; i < between(r, 1, 3); i++ {
		ord.push(obj().
			add("médicament", str(pick(r, "Paracétamol 1 g", "Amoxicilline 1 g", "Ventoline 100 µg", "Zolpidem 10 mg", "Sertraline 50 mg", "Spasfon"), lHealthC)).
			add("posologie", str(pick(r, "1 cp matin et soir", "2 bouffées si besoin", "1 cp au coucher", "3 fois par jour pendant 7 jours"), lHealthC)).
			add("quantité", intv(int64(pick(r, 1, 2, 3)), lDecoyC)))
	}
	cons.add("ordonnance", ord)
	cons.add("lien_visio", str("https://visio.telesante.example/salle/"+rs(r, lowAl, 10)+"?jeton="+rs(r, b64u, 32), lCred))
	root := obj().add("consultation", cons).add("patient", pat)
	h := between(r, 150, 195)
	cst := obj().
		add("taille_cm", intv(int64(h), lHealthC)).
		add("poids_kg", flt(fbetween(r, 45, 120), 1, lHealthC)).
		add("tension", str(fmt.Sprintf("%d/%d", between(r, 10, 16), between(r, 6, 10)), lHealthC)).
		add("fréquence_cardiaque", intv(int64(between(r, 50, 110)), lHealthC))
	cst.opt(chance(r, 0.5), "saturation_o2", func() *node { return intv(int64(between(r, 90, 100)), lHealthC) })
	cst.opt(chance(r, 0.4), "glycémie_g_l", func() *node { return flt(fbetween(r, 0.7, 2.2), 2, lHealthC) })
	cst.opt(chance(r, 0.4), "température", func() *node { return flt(fbetween(r, 36.1, 39.5), 1, lHealthC) })
	root.add("constantes", cst)
	root.add("antécédents", arr(str(pick(r, "asthme", "appendicectomie 2009", "HTA", "diabète de type 2", "migraine"), lHealthC)))
	root.add("allergies", str(pick(r, "aucune connue", "pénicilline", "arachide", "AINS"), lHealthC))
	if p.sex == 'F' {
		root.add("grossesse", boolv(chance(r, 0.15), lHealthC))
	}
	pr := personOf(r, "fr", "ar")
	root.add("praticien", obj().
		add("nom", str("Dr "+pr.western(), lContact)).
		add("spécialité", str(pick(r, "médecine générale", "dermatologie", "psychiatrie"), lNone)).
		add("courriel_pro", str(workEmail(pr, "telesante.example"), lContact)))
	tech := obj().
		add("navigateur", str(ua(r), lDev)).
		add("ip_client", str(pick(r, pubIP(r), ip6(r)), lNet)).
		add("version_api", str(dottedVersion(r), lDecoy)).
		add("jeton_session", str(rs(r, b64u, 48), lCred)).
		add("type_jeton", str("Bearer", lDecoy)).
		add("résolution_vidéo", str(pick(r, "1280x720", "640x480"), lDecoy))
	root.add("technique", tech)
	return withHard(root, corpus.HardLanguage)
}

// energia-pt: a Portuguese energy utility's smart-meter customer record.
func genEnergiaPT(r *rand.Rand) *node {
	p := personOf(r, "pt", "pt", "br")
	a := addressIn(r, "PT")
	cli := obj().
		add("nif", str(pick(r, "1", "2", "2")+rs(r, digits, 8), lContact)).
		add("nome_completo", str(p.western(), lContact)).
		add("email", str(email(r, p), lContact)).
		add("telemóvel", str(phone(r, "PT"), lContact)).
		add("morada", obj().add("rua", str(a.street, lContact)).add("código_postal", str(a.postcode, lContact)).add("localidade", str(a.city, lContact))).
		add("data_adesão", str(day(when(r)), lDecoy)).
		add("tarifa", str(pick(r, "Bi-horário", "Simples", "Tri-horário"), lDecoy)).
		add("potência_contratada_kva", flt(pick(r, 3.45, 4.6, 6.9, 10.35), 2, lDecoy)).
		add("fatura_eletrónica", boolv(chance(r, 0.7), lDecoy))
	root := obj().add("cliente", cli)
	ct := obj().
		add("cpe", str("PT0002"+rs(r, digits, 12)+rs(r, "ABCDEFGHJKLMNPQRSTVWXYZ", 2), lDecoy)).
		add("número_série", str(rs(r, digits, 10), lDev)).
		add("modelo", str(pick(r, "EMI-3F Smart", "Lumera G2 monofásico", "Contador BTN E-Redes T2"), lDev)).
		add("tipo", str(pick(r, "inteligente monofásico", "inteligente trifásico"), lDev)).
		add("firmware", str(pick(r, semver(r), dottedVersion(r)), lDev)).
		add("última_comunicação", str(sqlTime(when(r)), lDev))
	ct.opt(chance(r, 0.4), "endereço_ip", func() *node {
		return str(pick(r, "10."+fmt.Sprint(r.IntN(255))+"."+fmt.Sprint(r.IntN(255))+"."+fmt.Sprint(between(r, 2, 254)), ip6(r)), lNet)
	})
	ct.opt(chance(r, 0.4), "imei_modem", func() *node { return str(imei(r), lDev) })
	root.add("contador", ct)
	lt := arr()
	for i := 0; i < between(r, 1, 4); i++ {
		lt.push(obj().
			add("data", str(day(when(r)), lDecoy)).
			add("vazio_kwh", flt(fbetween(r, 20, 400), 1, lNone)).
			add("fora_vazio_kwh", flt(fbetween(r, 40, 600), 1, lNone)).
			add("estimada", boolv(chance(r, 0.2), lDecoy)))
	}
	root.add("leituras", lt)
	if chance(r, 0.6) {
		root.add("área_cliente", obj().
			add("utilizador", str(pick(r, email(r, p), username(r, p)), lContact)).
			add("palavra_passe", str(pick(r, password(r), sha1hex(r)), lCred)).
			add("token_api", str(rs(r, hexLow, 40), lCred)).
			add("tentativas_login", intv(int64(r.IntN(4)), lDecoy)))
	}
	fat := arr()
	for i := 0; i < between(r, 1, 2); i++ {
		fat.push(obj().add("série", str("FT"+fmt.Sprint(between(r, 2023, 2025))+rs(r, "ABC", 1), lDecoy)).add("número", str("FT "+fmt.Sprint(between(r, 2023, 2025))+"/"+rs(r, digits, 7), lDecoy)).add("valor", str(price(r, 15, 180), lDecoy)).add("estado", str(pick(r, "paga", "em dívida", "emitida"), lDecoy)))
	}
	root.add("faturas", fat)
	if chance(r, 0.3) {
		root.add("necessidades_especiais", obj().
			add("equipamento_médico_vital", boolv(true, lHealthC)).
			add("observações", str(pick(r, "oxigenoterapia domiciliária", "ventilação mecânica noturna (CPAP)", "cadeira de rodas elétrica"), lHealthC)))
	}
	return withHard(root, corpus.HardLanguage)
}

// kokyaku-jp: a Japanese retailer's customer table with romanised column names.
func genKokyakuJP(r *rand.Rand) *node {
	rows := arr()
	for i := 0; i < between(r, 1, 3); i++ {
		p := personOf(r, "ja", "ja", "ja", "ko", "zh")
		a := addressIn(r, "JP")
		row := obj().
			add("kokyaku_bangou", str(fmt.Sprintf("C%08d", r.IntN(99999999)), lDecoy)).
			add("shimei", str(p.full(), lContact)).
			add("furigana", str(strings.ToUpper(p.full()), lContact)).
			add("seinengappi", str(birth(r).Format("2006/01/02"), lContact)).
			add("seibetsu", str(map[byte]string{'F': pick(r, "josei", "onna", "2"), 'M': pick(r, "dansei", "otoko", "1")}[p.sex], lGender)).
			add("yuubin_bangou", str(a.postcode, lContact)).
			add("juusho", str(a.city+" "+a.street, lContact)).
			add("denwa_bangou", str(phone(r, "JP"), lContact)).
			add("meeru_adoresu", str(email(r, p), lContact)).
			add("kaiin_ranku", str(pick(r, "gold", "silver", "platinum", "ippan"), lDecoy)).
			add("pointo_zandaka", intv(int64(r.IntN(50000)), lDecoy)).
			add("touroku_bi", str(day(when(r)), lDecoy)).
			add("saishuu_raiten_bi", str(day(when(r)), lDecoy))
		row.opt(chance(r, 0.4), "keitai_bangou", func() *node { return str(phone(r, "JP"), lContact) })
		if chance(r, 0.5) {
			row.add("ketsueki_gata", str(pick(r, "A", "B", "O", "AB"), lHealth))
		}
		if chance(r, 0.4) {
			row.add("shinchou_cm", intv(int64(between(r, 145, 190)), lHealth)).add("taijuu_kg", flt(fbetween(r, 40, 100), 1, lHealth))
		}
		row.opt(chance(r, 0.5), "pasuwaado", func() *node { return str(pick(r, password(r), md5hex(r)), lCred) })
		row.opt(chance(r, 0.3), "pasuwaado_saitei_mojisuu", func() *node { return intv(8, lDecoy) })
		if chance(r, 0.4) {
			t := &text{}
			switch r.IntN(3) {
			case 0:
				t.w("Arerugii: ").v(pick(r, "soba", "komugi", "ebi", "kurumi"), corpus.Health).w(" - sekkyaku chuui")
			case 1:
				t.w("Haisou saki henkou: ").v(addressIn(r, "JP").street, corpus.Contact)
			default:
				t.w("Kuremu taiou zumi (ticket ").d(ticket(r, "#")).w(")")
			}
			row.add("bikou", t.leaf(corpus.HardFreeText))
		}
		rows.push(row)
	}
	return withHard(obj().
		add("teeburu", str("kokyaku_master", lDecoy)).
		add("shutsuryoku_nichiji", str(sqlTime(when(r)), lDecoy)).
		add("kensuu", intv(int64(len(rows.kids)), lDecoy)).
		add("kokyaku_ichiran", rows), corpus.HardLanguage)
}

// gogaek-kr: a Korean app backend's member table with romanised keys.
func genGogaekKR(r *rand.Rand) *node {
	p := personOf(r, "ko", "ko", "ko", "zh")
	a := addressIn(r, "KR")
	g := obj().
		add("gogaek_id", intv(int64(between(r, 100000, 999999)), lDecoy)).
		add("ireum", str(p.full(), lContact)).
		add("saengnyeonwolil", str(birth(r).Format("20060102"), lContact)).
		add("seongbyeol", str(map[byte]string{'F': pick(r, "yeo", "yeoja", "F"), 'M': pick(r, "nam", "namja", "M")}[p.sex], lGender)).
		add("hyudaepon", str(phone(r, "KR"), lContact)).
		add("imeil", str(email(r, p), lContact)).
		add("juso", obj().add("doro_myeong_juso", str(a.city+" "+a.street, lContact)).add("sangse_juso", str(fmt.Sprintf("%d-dong %d-ho", between(r, 101, 120), between(r, 101, 2504)), lContact)).add("ujeon_beonho", str(a.postcode, lContact))).
		add("gaip_il", str(iso(when(r)), lDecoy)).
		add("deunggeup", str(pick(r, "VIP", "ilban", "silver"), lDecoy)).
		add("bimilbeonho", str(pick(r, bcrypt(r), sha256hex(r)), lCred)).
		add("maketing_dongui", boolv(chance(r, 0.5), lDecoy))
	if chance(r, 0.5) {
		g.add("geongang_jeongbo", obj().
			add("sinjang_cm", intv(int64(between(r, 150, 190)), lHealth)).
			add("chejung_kg", flt(fbetween(r, 42, 105), 1, lHealth)).
			add("hyeoraekhyeong", str(pick(r, "A", "B", "O", "AB")+pick(r, "", " Rh+"), lHealth)).
			add("georeum_su", intv(int64(between(r, 1000, 20000)), lHealth)))
	}
	if chance(r, 0.6) {
		g.add("gigi_jeongbo", obj().
			add("modelmyeong", str(phoneModel(r), lDev)).
			add("os_beojeon", str(phoneOS(r), lDev)).
			add("aep_beojeon", str(semver(r), lDev)).
			add("pusi_tokeun", str(fcmToken(r), lCred)).
			add("majimak_jeopsok", str(iso(when(r)), lDev)).
			add("jeopsok_ip", str(pick(r, pubIP(r), ip6(r)), lNet)))
	}
	return withHard(obj().
		add("result", str("OK", lDecoy)).
		add("data", obj().add("gogaek", arr(g)).add("chong_gaesu", intv(int64(between(r, 1, 90000)), lDecoy))), corpus.HardLanguage)
}
