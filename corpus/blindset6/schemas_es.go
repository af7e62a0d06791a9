package blindset6

import "fmt"

// teleasistencia: a Spanish home tele-assistance provider (the pendant
// alarm for elderly people living alone), one expediente per line of a
// mongoexport (Spanish snake_case keys, $oid and $date): the user, home
// and key custody, the home unit and its peripherals, health summary,
// contact persons, the last alarms with the operators' notes, the family
// portal login.
func teleasistencia(g *rng) any {
	u := g.personOf("es")
	a := g.addrES()
	prov := map[string]string{"Valencia": "Valencia", "Bilbao": "Bizkaia", "Sevilla": "Sevilla", "Zaragoza": "Zaragoza", "Oviedo": "Asturias", "Santiago de Compostela": "A Coruña"}[a.city]
	kind := g.n(3)
	model := []string{"Tunstall Lifeline Vi+", "Neat NOVO 4G", "Tunstall Lifeline Digital"}[kind]
	var fw leaf
	if kind == 1 {
		fw = dev(fmt.Sprintf("NOVO_%d.%02d.%d", g.in(2, 4), g.n(40), g.n(9)))
	} else {
		fw = fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(1, 6), g.n(10), g.n(30), g.in(1, 400)))
	}
	periph := arr{}
	for _, pp := range some(g, g.in(1, 3),
		[3]string{"colgante", "MyAmie", "Colgante de la usuaria"},
		[3]string{"detector_caidas", "iVi Intelligent Pendant", "Detector caídas muñeca"},
		[3]string{"detector_humo", "Tunstall Smoke Detector", "Humo cocina"},
		[3]string{"sensor_puerta", "Neat Door Sensor", "Puerta de entrada"},
		[3]string{"pulsador_baño", "Neat Pull Cord", "Tirador baño"},
	) {
		periph = append(periph, obj{
			{"tipo", dev(pp[0])},
			{"modelo", dev(pp[1])},
			{"n_serie", dev(g.s(uc, 2) + g.s(num, 7))},
			{"nombre", dev(pp[2])},
			{"bateria_baja", decoy(g.chance(15))},
		})
	}
	conds := some(g, g.in(1, 3), "Hipertensión arterial", "Diabetes mellitus tipo 2", "EPOC", "Insuficiencia cardiaca", "Deterioro cognitivo leve", "Artrosis de rodilla", "Fibrilación auricular", "Parkinson")
	meds := some(g, g.in(1, 3), "Sintrom 4 mg (según pauta)", "Enalapril 10 mg 1-0-0", "Metformina 850 mg 1-0-1", "Furosemida 40 mg", "Donepezilo 5 mg noche", "Omeprazol 20 mg", "Spiriva 18 mcg inhalador")
	hconds, hmeds := arr{}, arr{}
	for _, c := range conds {
		hconds = append(hconds, hlth(c))
	}
	for _, m := range meds {
		hmeds = append(hmeds, hlth(m))
	}
	contacts := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		c := g.personOf("es")
		contacts = append(contacts, obj{
			{"orden", plain(j + 1)},
			{"nombre", cont(c.first + " " + c.last)},
			{"parentesco", plain(fm(c, one(g, "hija", "vecina", "nuera", "sobrina"), one(g, "hijo", "vecino", "yerno", "sobrino")))},
			{"telefono", cont(g.phoneES())},
			{"tiene_llave", decoy(g.chance(50))},
		})
	}
	keyCode := g.s(num, 4)
	alarms, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		op := g.personOf("es")
		alarms = append(alarms, obj{
			{"fecha", obj{{"$date", decoy(g.isoMs())}}},
			{"tipo", plain(one(g, "pulsacion_colgante", "caida_detectada", "sin_actividad", "llamada_seguimiento", "fallo_red"))},
			{"duracion_seg", plain(g.in(20, 900))},
			{"operador", cont(op.first + " " + op.last[:1] + ".")},
			{"nota", seen.draw(func() leaf { return teleNota(g, u, keyCode) })},
		})
	}
	fam := g.personOf("es")
	movil := nullDecoy()
	if g.chance(55) {
		movil = cont(g.phoneES())
	}
	return language(obj{
		{"_id", obj{{"$oid", decoy(g.oid())}}},
		{"expediente", decoy(fmt.Sprintf("TA-%d-%06d", g.in(2016, 2024), g.n(999999)))},
		{"servicio", plain(one(g, "teleasistencia_domiciliaria", "teleasistencia_movil"))},
		{"alta", obj{{"$date", decoy(g.isoMs())}}},
		{"usuario", obj{
			{"nombre", cont(u.first)},
			{"apellidos", cont(u.last)},
			{"fecha_nacimiento", cont(fmt.Sprintf("%02d/%02d/%d", g.in(1, 28), g.in(1, 12), g.in(1928, 1950)))},
			{"sexo", sexOf(fm(u, "Mujer", "Hombre"))},
			{"telefono_fijo", cont(g.phoneES())},
			{"movil", movil},
			{"vive_solo", plain(g.chance(70))},
		}},
		{"domicilio", obj{
			{"via", cont(a.street)},
			{"cp", cont(a.zip)},
			{"municipio", cont(a.city)},
			{"provincia", cont(prov)},
			{"pais", decoy("ES")},
		}},
		{"custodia_llaves", obj{
			{"en_centro", decoy(g.chance(50))},
			{"codigo_caja_seguridad", cred(keyCode)},
			{"ubicacion_caja", plain(one(g, "junto al contador del gas", "portal, buzón 3B", "en la verja del patio"))},
		}},
		{"terminal", obj{
			{"modelo", dev(model)},
			{"n_serie", dev(g.s(num, 4) + "-" + g.s(num, 6))},
			{"firmware", fw},
			{"iccid", dev(g.iccid("34"))},
			{"imei", dev(g.imei())},
			{"operadora", plain(one(g, "Movistar", "Vodafone", "Orange"))},
			{"ultima_senal_vida", obj{{"$date", dev(g.isoMs())}}},
			{"version_protocolo", decoy(one(g, "SCAIP 1.1", "TTnew 2.0.1.4", "BS 8521-2"))},
			{"bateria_pct", decoy(g.in(40, 100))},
		}},
		{"perifericos", periph},
		{"salud", clinical(obj{
			{"enfermedades", hconds},
			{"medicacion", hmeds},
			{"alergias", hlth(one(g, "Penicilina", "No conocidas", "AINEs", "Yodo"))},
			{"movilidad", hlth(one(g, "camina con andador", "silla de ruedas", "autónoma", "bastón"))},
			{"grado_dependencia", hlth(one(g, "Grado I", "Grado II", "Grado III", "Sin valorar"))},
		})},
		{"contactos", contacts},
		{"alarmas", alarms},
		{"portal_familiares", obj{
			{"usuario", cont(g.email(fam))},
			{"clave_hash", cred(g.bcrypt())},
			{"intentos_fallidos", decoy(g.n(4))},
			{"ultimo_acceso", plain(g.iso())},
		}},
		{"cuota_mensual", decoy(comma(g.f(12, 32), 2))},
		{"contrato_pdf_sha256", decoy(g.sha256())},
	})
}

func teleNota(g *rng, u person, code string) leaf {
	son := g.personOf("es")
	switch g.n(7) {
	case 0:
		return prose(p(fm(u, "Usuaria", "Usuario")+" refiere "), p(one(g, "mareo y dolor torácico leve", "dificultad para respirar", "dolor fuerte en la cadera tras caída"), healthCat), p(". Se activa 112 y se avisa a "), p(son.first, contactCat), p(" ("), p(g.phoneES(), contactCat), p(")."))
	case 1:
		return prose(p("Falsa alarma, pulsó el colgante sin querer mientras tendía la ropa. Todo bien."))
	case 2:
		return prose(p("Caída en el baño, no puede levantarse. Unidad móvil acude con la llave de custodia (código caja "), p(code, credCat), p("). Herida leve en la frente, "), p("se cura en domicilio", healthCat), p("."))
	case 3:
		return prose(p("Sin señal de vida desde las 03:"+g.s(num, 2)+". Técnico revisa terminal "), p(one(g, "Lifeline Vi+", "NOVO 4G"), deviceCat), p(", ICCID "), p(g.iccid("34"), deviceCat), p(", cambio de SIM."))
	case 4:
		return prose(p("Llamada de seguimiento semanal. Comenta que "), p(one(g, "ha dejado de tomar el Sintrom", "le han subido la dosis de insulina", "duerme mal y tiene poco apetito", "le duele la rodilla al subir escaleras"), healthCat), p(". Se informa a la trabajadora social."))
	case 5:
		return prose(p("Agenda recordatorio de cita médica el día " + g.date() + " a las 10:30. Sin incidencias."))
	}
	return prose(p("Hija "), p(son.first, contactCat), p(" pide que se le envíe el informe a "), p(g.email(son), contactCat), p(". Pendiente de autorización."))
}

// terapiaOnline: an Argentine-Mexican online psychotherapy platform's
// patient, as an Elasticsearch hit (Spanish camelCase keys): patient,
// emergency contact, therapist, screening scores, presumptive diagnosis,
// psychiatric medication, video sessions with clinical notes and room
// links, payments, the account.
func terapiaOnline(g *rng) any {
	loc := one(g, "ar", "mx")
	pt := g.personOf(loc)
	ec := g.personOf(loc)
	th := g.personOf(loc)
	phone := g.phoneAR
	if loc == "mx" {
		phone = g.phoneMX
	}
	evals := arr{}
	for _, ins := range some(g, g.in(1, 2), "PHQ-9", "GAD-7", "PCL-5", "AUDIT-C") {
		sc := g.in(3, 24)
		sev := "leve"
		if sc > 9 {
			sev = "moderada"
		}
		if sc > 17 {
			sev = "severa"
		}
		evals = append(evals, obj{
			{"instrumento", plain(ins)},
			{"puntaje", hlth(sc)},
			{"severidad", hlth(sev)},
			{"fecha", decoy(g.date())},
		})
	}
	dx := one(g,
		[2]string{"F41.1", "Trastorno de ansiedad generalizada"},
		[2]string{"F32.1", "Episodio depresivo moderado"},
		[2]string{"F43.1", "Trastorno de estrés postraumático"},
		[2]string{"F50.2", "Bulimia nerviosa"},
		[2]string{"F42.2", "Trastorno obsesivo-compulsivo mixto"},
		[2]string{"F10.1", "Consumo perjudicial de alcohol"},
	)
	meds := arr{}
	for _, m := range some(g, g.in(0, 2), "Sertralina 50 mg/día", "Escitalopram 10 mg", "Clonazepam 0,5 mg SOS", "Quetiapina 25 mg noche", "Bupropión 150 mg") {
		meds = append(meds, obj{
			{"farmaco", hlth(m)},
			{"indicadoPor", cont("Dr. " + g.personOf(loc).last)},
		})
	}
	sess, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 3); j++ {
		sess = append(sess, obj{
			{"nro", plain(g.in(1, 40))},
			{"inicio", decoy(g.isoMs())},
			{"duracionMin", plain(one(g, 45, 50, 60))},
			{"modalidad", plain(one(g, "video", "video", "chat", "audio"))},
			{"salaUrl", cred(fmt.Sprintf("https://sala.terapia.example.com/r/%s?t=%s", g.s(lc+num, 10), g.opaque(32)))},
			{"notaClinica", seen.draw(func() leaf { return notaTerapia(g, pt) })},
		})
	}
	model, os := g.phone()
	return language(obj{
		{"_index", plain("pacientes-v3")},
		{"_id", decoy(g.uuid())},
		{"_score", plain(1.0)},
		{"_source", obj{
			{"paciente", obj{
				{"nombreCompleto", cont(pt.full())},
				{"email", cont(g.email(pt))},
				{"celular", cont(phone())},
				{"fechaNac", cont(g.dob())},
				{"genero", sexOf(fm(pt, "femenino", "masculino"))},
				{"obraSocial", plain(one(g, "OSDE 210", "Swiss Medical", "particular", "GNP Seguros"))},
				{"nroAfiliado", decoy(g.s(num, 11))},
			}},
			{"contactoEmergencia", obj{
				{"nombre", cont(ec.full())},
				{"vinculo", plain(one(g, "madre", "pareja", "hermano", "amiga"))},
				{"telefono", cont(phone())},
			}},
			{"terapeuta", obj{
				{"nombre", cont("Lic. " + th.full())},
				{"enfoque", plain(one(g, "TCC", "psicoanálisis", "sistémica", "DBT"))},
				{"idTerapeuta", decoy(g.in(100, 9000))},
			}},
			{"motivoConsulta", prose(p(one(g, "Ataques de pánico en el subte desde hace 3 meses", "Insomnio y tristeza tras la separación", "Atracones y vómitos varias veces por semana", "Pesadillas recurrentes después de un asalto", "Consumo de alcohol diario para poder dormir"), healthCat), p("."))},
			{"evaluaciones", clinical(evals)},
			{"diagnosticoPresuntivo", clinical(obj{
				{"cie10", hlth(dx[0])},
				{"descripcion", hlth(dx[1])},
			})},
			{"medicacion", clinical(meds)},
			{"sesiones", sess},
			{"pago", obj{
				{"monto", decoy(g.in(8, 60) * 1000)},
				{"moneda", plain(one(g, "ARS", "MXN"))},
				{"ultimos4", decoy(g.s(num, 4))},
				{"tokenTarjeta", cred("card_" + g.s(lc+num, 24))},
				{"estado", plain(one(g, "approved", "pending", "rejected"))},
			}},
			{"cuenta", obj{
				{"passwordHash", cred(g.argon())},
				{"ultimoIp", netw(g.docIP())},
				{"celularModelo", dev(model)},
				{"so", dev(os)},
				{"appVersion", dev(fmt.Sprintf("3.%d.%d", g.n(20), g.n(10)))},
				{"cantidadSesiones", decoy(g.in(1, 80))},
				{"recordatoriosSms", decoy(g.chance(60))},
			}},
		}},
	})
}

func notaTerapia(g *rng, pt person) leaf {
	switch g.n(6) {
	case 0:
		return prose(p("Refiere "), p(one(g, "mejoría del ánimo", "menos crisis de angustia", "dos episodios de atracón"), healthCat), p(" esta semana. Se trabaja registro de pensamientos. Tarea: diario."))
	case 1:
		return prose(p("Paciente menciona "), p("ideación suicida pasiva sin plan", healthCat), p(". Se acuerda plan de seguridad y se llama a contacto de emergencia "), p(g.personOf("ar").first, contactCat), p("."))
	case 2:
		return prose(p("Sesión cancelada por el paciente con menos de 24 h. Se cobra el 50%."))
	case 3:
		return prose(p(pt.first, contactCat), p(" comenta que el psiquiatra "), p(one(g, "le subió la sertralina a 100 mg", "suspendió el clonazepam", "agregó quetiapina para dormir"), healthCat), p(". Buena adherencia."))
	case 4:
		return prose(p("Problemas de conexión, la videollamada se cortó 3 veces. Se pasa a llamada al "), p(g.phoneMX(), contactCat), p("."))
	}
	return prose(p("Trabajamos exposición gradual. "), p("Ansiedad 6/10", healthCat), p(" al final de la sesión (inicio 8/10)."))
}
