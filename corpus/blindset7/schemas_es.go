package blindset7

import "fmt"

// autoescuela: a Spanish driving school's pupil record from its
// management software (Spanish snake_case keys): the pupil and address,
// the medical-psychological fitness report (vision, declared conditions,
// restriction codes), practical lessons with the instructor's notes, the
// exams, the online theory platform's login, payment by Bizum, the
// instructor's tablet.
func autoescuela(g *rng) any {
	al := g.personOf("es")
	a := g.addrES()
	prov := map[string]string{"Valencia": "Valencia", "Bilbao": "Bizkaia", "Sevilla": "Sevilla", "Zaragoza": "Zaragoza", "Oviedo": "Asturias", "Santiago de Compostela": "A Coruña"}[a.city]
	gafas := g.chance(45)
	restr := "Ninguna"
	if gafas {
		restr = "01.06 - Lentes correctoras obligatorias"
	}
	patol := one(g, "Ninguna", "Ninguna", "Diabetes tipo 1 en tratamiento con insulina", "Epilepsia sin crisis en 2 años", "TDAH en tratamiento con metilfenidato", "Hipoacusia leve bilateral")
	med := g.personOf("es")
	coche := one(g, "Seat Ibiza 1.0 TSI", "Volkswagen Polo Life", "Toyota Yaris Hybrid", "Renault Clio E-Tech", "Kia Stonic")
	practicas, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 3); j++ {
		prof := g.personOf("es")
		practicas = append(practicas, obj{
			{"fecha_hora", decoy(g.local())},
			{"profesor", cont(prof.first + " " + prof.last)},
			{"vehiculo", obj{
				{"modelo", dev(coche)},
				{"km_inicio", decoy(g.in(8000, 190000))},
			}},
			{"duracion_min", plain(one(g, 45, 60, 90))},
			{"importe", decoy(comma(g.f(28, 42), 2))},
			{"observaciones", seen.draw(func() leaf { return autoescuelaNota(g, al, gafas) })},
		})
	}
	examenes := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		examenes = append(examenes, obj{
			{"tipo", plain(one(g, "teórico", "práctico"))},
			{"fecha", plain(g.date())},
			{"resultado", decoy(one(g, "APTO", "NO APTO", "APTO"))},
			{"faltas_leves", decoy(g.n(12))},
		})
	}
	tabModel := one(g, "Galaxy Tab A9+", "Lenovo Tab M10 Plus", "iPad 10.ª generación")
	tabOS := "Android 14"
	if tabModel[0] == 'i' {
		tabOS = "iPadOS 17.5"
	}
	clave := cred(g.password())
	if g.chance(50) {
		clave = cred(g.bcrypt())
	}
	return language(obj{
		{"id_alumno", decoy(g.in(10000, 99999))},
		{"fecha_alta", plain(g.date())},
		{"alumno", obj{
			{"nombre", cont(al.first)},
			{"apellidos", cont(al.last)},
			{"fecha_nac", cont(fmt.Sprintf("%02d-%02d-%d", g.in(1, 28), g.in(1, 12), g.in(1975, 2007)))},
			{"email", cont(g.email(al))},
			{"movil", cont(g.phoneES())},
			{"domicilio", obj{
				{"calle", cont(a.street)},
				{"cp", cont(a.zip)},
				{"localidad", cont(a.city)},
				{"provincia", cont(prov)},
			}},
		}},
		{"permiso", plain(one(g, "B", "B", "A2", "AM"))},
		{"psicotecnico", clinical(obj{
			{"centro", plain(one(g, "CRC Delicias", "Centro de Reconocimiento Nervión", "CRC Abando"))},
			{"fecha", plain(g.date())},
			{"resultado", hlth(one(g, "Apto", "Apto con restricciones"))},
			{"restricciones", hlth(restr)},
			{"agudeza_od", hlth(comma(g.f(0.5, 1.2), 1))},
			{"agudeza_oi", hlth(comma(g.f(0.5, 1.2), 1))},
			{"patologias_declaradas", hlth(patol)},
			{"medico", cont("Dra. " + med.last)},
			{"caducidad", plain(g.date())},
		})},
		{"practicas", practicas},
		{"examenes", examenes},
		{"plataforma_teorica", obj{
			{"usuario", cont(g.handle(al))},
			{"clave", clave},
			{"tests_realizados", decoy(g.in(0, 300))},
			{"media_fallos", decoy(comma(g.f(0, 6), 1))},
			{"ultimo_acceso", plain(g.iso())},
			{"ip_ultimo_acceso", netw(g.docIP())},
			{"navegador", dev(g.userAgent())},
			{"token_sesion", cred(g.opaque(40))},
		}},
		{"pago", obj{
			{"num_pedido", decoy("600 " + g.s(num, 3) + " " + g.s(num, 3))},
			{"forma_pago", plain("Bizum")},
			{"bizum_movil", cont(g.phoneES())},
			{"total", decoy(comma(g.f(300, 900), 2))},
			{"iva_pct", decoy(21)},
		}},
		{"tablet_profesor", obj{
			{"modelo", dev(tabModel)},
			{"so", dev(tabOS)},
			{"app_version", dev(fmt.Sprintf("%d.%d.%d", g.in(2, 5), g.n(20), g.n(10)))},
			{"imei", dev(g.imei())},
		}},
	})
}

func autoescuelaNota(g *rng, al person, gafas bool) leaf {
	k := g.n(7)
	if k == 1 && !gafas {
		k = 0
	}
	switch k {
	case 0:
		return prose(p("Buena clase, controla bien las rotondas. Falta practicar aparcamiento en batería."))
	case 1:
		return prose(p(al.first, contactCat), p(" se ha olvidado las gafas; no salimos a circular ("), p("lentes obligatorias", healthCat), p(" según el psicotécnico)."))
	case 2:
		return prose(p("A mitad de clase "), p("hipoglucemia leve, toma un zumo", healthCat), p(" y paramos 15 min. Recordar que traiga el glucómetro."))
	case 3:
		return prose(p("Cambia el móvil de contacto: "), p(g.phoneES(), contactCat), p("."))
	case 4:
		return prose(p("Clase cancelada por avería del coche (testigo de motor). Se recupera el jueves."))
	case 5:
		return prose(p("Le paso la contraseña nueva de la plataforma: "), p(g.password(), credCat))
	}
	return prose(p("Muy nervioso/a antes del examen, comenta que "), p(one(g, "toma lorazepam", "tiene ataques de ansiedad", "no duerme bien desde hace semanas"), healthCat), p(". Hacemos circuito tranquilo."))
}

// dialisis: a Spanish hospital haemodialysis unit's patient sheet, as the
// unit's software exports it (Spanish PascalCase keys): patient, carer,
// treatment prescription (kidney disease, vascular access, dry weight,
// anticoagulation, serologies, medication), the dialysis monitor on the
// unit's network, the last sessions with weights, blood pressures, Kt/V,
// dialysate temperature and conductivity, and the nurses' incident notes.
func dialisis(g *rng) any {
	pt := g.personOf("es")
	a := g.addrES()
	cu := g.personOf("es")
	dry := g.f(48, 96)
	meds := arr{}
	for _, m := range some(g, g.in(1, 3), "Eritropoyetina beta 4000 UI/semana", "Sevelámero 800 mg 2-2-2", "Calcitriol 0,25 mcg", "Carbonato cálcico 500 mg", "Cinacalcet 30 mg", "Hierro sacarosa 100 mg IV mensual", "Amlodipino 5 mg") {
		meds = append(meds, hlth(m))
	}
	modelo := one(g, "Fresenius 5008S CorDiax", "Nipro Surdial X", "B. Braun Dialog+", "Baxter AK 98")
	serie := g.s(uc, 2) + g.s(num, 6)
	monIP := g.lanIP("10." + fmt.Sprint(g.in(20, 90)) + ".40")
	sesiones, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 3); j++ {
		pre := dry + g.f(0.8, 3.2)
		post := dry + g.f(-0.3, 0.6)
		sesiones = append(sesiones, obj{
			{"Fecha", plain(g.date())},
			{"Turno", plain(one(g, "mañana", "tarde", "noche"))},
			{"PesoPre", hlth(comma(pre, 1))},
			{"PesoPost", hlth(comma(post, 1))},
			{"UFTotalMl", hlth(int((pre - post) * 1000))},
			{"TAPre", hlth(fmt.Sprintf("%d/%d", g.in(110, 185), g.in(55, 100)))},
			{"TAPost", hlth(fmt.Sprintf("%d/%d", g.in(95, 160), g.in(50, 90)))},
			{"FC", hlth(g.in(58, 104))},
			{"TempPaciente", hlth(round1(g.f(35.8, 37.6)))},
			{"TempLiquido", decoy(one(g, 35.5, 36.0, 36.5))},
			{"Conductividad", decoy(round1(g.f(13.6, 14.4)))},
			{"KtV", hlth(round2(g.f(1.1, 1.8)))},
			{"Enfermera", cont(g.personOf("es").first + " " + string([]rune(g.personOf("es").last)[:1]) + ".")},
			{"Incidencias", seen.draw(func() leaf { return dialisisNota(g, cu, serie) })},
		})
	}
	return language(obj{
		{"IdPaciente", decoy("HD-" + g.s(num, 5))},
		{"NumHistoria", decoy(g.s(num, 8))},
		{"Centro", plain(one(g, "Unidad de Hemodiálisis H. U. La Fe", "Unidad de Diálisis Cruces", "Centro de Diálisis Los Olmos"))},
		{"Paciente", obj{
			{"Nombre", cont(pt.first)},
			{"Apellidos", cont(pt.last)},
			{"FechaNacimiento", cont(g.dob())},
			{"Sexo", sexOf(fm(pt, "M", "H"))},
			{"Telefono", cont(g.phoneES())},
			{"Domicilio", cont(a.street + ", " + a.zip + " " + a.city)},
			{"Transporte", plain(one(g, "Ambulancia colectiva", "Taxi concertado", "Medios propios"))},
			{"Cuidador", obj{
				{"Nombre", cont(cu.full())},
				{"Parentesco", plain(fm(cu, "hija", "hijo"))},
				{"Telefono", cont(g.phoneES())},
			}},
		}},
		{"Tratamiento", clinical(obj{
			{"DiagnosticoERC", hlth(one(g, "N18.5 Enfermedad renal crónica, estadio 5", "N18.6 Enfermedad renal terminal", "N18.5 ERC estadio 5 (nefropatía diabética)"))},
			{"EtiologiaERC", hlth(one(g, "Nefropatía diabética", "Glomerulonefritis IgA", "Poliquistosis renal", "Nefroangioesclerosis"))},
			{"AccesoVascular", hlth(one(g, "FAV radiocefálica izquierda", "FAV humerocefálica derecha", "Catéter tunelizado yugular derecha"))},
			{"PesoSeco", hlth(comma(dry, 1))},
			{"Anticoagulacion", hlth(one(g, "Heparina sódica 2000 UI bolo", "Enoxaparina 40 mg", "Sin heparina"))},
			{"Medicacion", meds},
			{"Serologias", obj{
				{"VHB", hlth(one(g, "Negativo, vacunado", "Negativo, no respondedor"))},
				{"VHC", hlth(one(g, "Negativo", "Negativo", "Positivo tratado"))},
				{"VIH", hlth("Negativo")},
			}},
			{"GrupoSanguineo", hlth(one(g, "A+", "0+", "B-", "AB+", "0-"))},
			{"Alergias", hlth(one(g, "Sin alergias conocidas", "Penicilina", "Contraste yodado", "Látex"))},
		})},
		{"Monitor", obj{
			{"Modelo", dev(modelo)},
			{"NumSerie", dev(serie)},
			{"VersionSoftware", dev(fmt.Sprintf("%d.%02d", g.in(4, 6), g.n(60)))},
			{"Puesto", plain(fmt.Sprintf("Sala %d - puesto %d", g.in(1, 3), g.in(1, 14)))},
			{"IP", netw(monIP)},
			{"PasarelaHL7", netw(fmt.Sprintf("hl7gw-hd%02d.hosp.internal", g.in(1, 9)))},
			{"PuertoHL7", netw(one(g, 2575, 6661, 7001))},
			{"UltimaConexion", dev(g.iso())},
			{"HorasFuncionamiento", decoy(g.in(2000, 40000))},
			{"TempDesinfeccion", decoy(one(g, 83, 85, 86))},
		}},
		{"Sesiones", clinical(sesiones)},
		{"Exportado", plain(g.iso())},
		{"VersionExport", decoy(fmt.Sprintf("3.%d.%d.%d", g.n(9), g.n(9), g.in(10, 250)))},
	})
}

func dialisisNota(g *rng, cu person, serie string) leaf {
	switch g.n(6) {
	case 0:
		return prose(p("Sesión sin incidencias."))
	case 1:
		return prose(p("A las 3 h "), p(fmt.Sprintf("hipotensión sintomática (TA %d/%d)", g.in(70, 90), g.in(40, 55)), healthCat), p(", se baja UF y se administran 200 ml de SSF."))
	case 2:
		return prose(p("Calambres en MMII al final de la sesión", healthCat), p(", se acorta 10 min."))
	case 3:
		return prose(p("Le recoge hoy "), p(cu.first, contactCat), p(", teléfono "), p(g.phoneES(), contactCat), p("."))
	case 4:
		return prose(p("Alarmas repetidas de presión venosa en el monitor "), p(serie, deviceCat), p("; avisado el técnico de electromedicina."))
	}
	return prose(p("Punción dificultosa de la FAV", healthCat), p(", se canaliza al segundo intento."))
}
