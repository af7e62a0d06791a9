package blindset12

import (
	"fmt"
	"strings"
)

// A Chilean occupational-accident insurer (mutual de seguridad): a page of
// work-accident reports (DIAT) from its Django REST Framework API (count /
// next / previous / results), with Chilean Spanish snake_case keys
// abbreviated as a Santiago developer writes them (fec_, ap_paterno,
// fono_cel, n_depto, comuna, reposo_dias), mixed with English technical
// words: worker, employer and its prevention officer, the accident
// account, the medical attention with CIE-10 diagnosis, witnesses, the
// time-clock that recorded the shift, and the worker's app account with a
// Django password hash.

var (
	clNombresF = []string{"Javiera", "Constanza", "Catalina", "Fernanda", "Valentina", "Camila", "Daniela", "Francisca", "Macarena", "Antonia"}
	clNombresM = []string{"Matías", "Benjamín", "Joaquín", "Cristóbal", "Vicente", "Sebastián", "Ignacio", "Felipe", "Nicolás", "Diego"}
	clApellido = []string{"Araya", "Cortés", "Fuentes", "Contreras", "Sepúlveda", "Espinoza", "Valenzuela", "Tapia", "Reyes", "Carrasco", "Pizarro", "Henríquez", "Olivares", "Bustos", "Vergara"}
	clCalles   = []string{"Av. Vicuña Mackenna", "Pasaje Los Aromos", "Calle Lautaro", "Av. Grecia", "Los Copihues", "Av. La Florida", "Pje. El Roble", "Gran Avenida José Miguel Carrera"}
	clComunas  = [][2]string{{"Puente Alto", "Metropolitana"}, {"Maipú", "Metropolitana"}, {"La Florida", "Metropolitana"}, {"Antofagasta", "Antofagasta"}, {"Talcahuano", "Biobío"}, {"Rancagua", "O'Higgins"}, {"Temuco", "La Araucanía"}, {"Viña del Mar", "Valparaíso"}}
	clLesiones = []struct{ cie, desc, relato string }{
		{"S62.6", "Fractura de otro dedo de la mano", "se apretó el dedo con la puerta del camión"},
		{"S93.4", "Esguince de tobillo", "se dobló el pie al bajar de la grúa horquilla"},
		{"S52.5", "Fractura de la epífisis inferior del radio", "cayó de escalera de 2 mts en bodega"},
		{"S39.0", "Lumbago por esfuerzo", "levantó sacos de cemento de 25 kg"},
		{"T23.2", "Quemadura de segundo grado de la muñeca y mano", "salpicó aceite caliente en la cocina del casino"},
		{"S01.8", "Herida de la cabeza", "golpe con estructura metálica en faena"},
		{"S83.2", "Desgarro de menisco", "giro brusco al bajar del bus"},
	}
	clEmpresas = []string{"Transportes Andinos SpA", "Constructora Cordillera Ltda.", "Supermercados del Pacífico S.A.", "Frutícola Valle Central", "Minera Atacama Norte SpA", "Casino y Alimentación Sur Ltda."}
	clRelojes  = []string{"ZKTeco K40", "ZKTeco SpeedFace-V5L", "Anviz W1 Pro", "Hikvision DS-K1T341AMF", "Suprema BioStation 2"}
)

func (r *rng) clFono() string { return fmt.Sprintf("+56 9 %d000 %04d", r.in(5, 9), r.in(0, 9999)) }

func (r *rng) djangoHash() string {
	return "pbkdf2_sha256$" + r.pick("600000", "720000", "390000") + "$" + r.alnum(22) + "$" + r.from(alnumSet+"+/", 43) + "="
}

func mutualDRF(r *rng) any {
	n := 1 + r.IntN(4)/3
	var results arr
	for k := 0; k < n; k++ {
		results = append(results, mutualDIAT(r))
	}
	return language(obj{
		{"count", plain(r.in(n, 400))},
		{"next", plain(fmt.Sprintf("https://api.mutual.example.com/v2/diat/?page=%d&estado=abierta", r.in(2, 20)))},
		{"previous", null()},
		{"results", results},
	})
}

func mutualDIAT(r *rng) obj {
	fem := r.chance(0.45)
	nom := r.pick(clNombresM...)
	if fem {
		nom = r.pick(clNombresF...)
	}
	if r.chance(0.3) {
		nom += " " + r.pick(append(clNombresF, clNombresM...)...)
	}
	apP, apM := r.pick(clApellido...), r.pick(clApellido...)
	com := clComunas[r.IntN(len(clComunas))]
	les := clLesiones[r.IntN(len(clLesiones))]
	trayecto := r.chance(0.25)
	edad := r.in(19, 63)
	sexo := "M"
	if fem {
		sexo = "F"
	}
	acc := r.when(2024, 2024)
	lan := r.lanPrefix()

	trab := obj{
		{"id", decoy(r.in(100000, 999999))},
		{"nombres", cont(nom)},
		{"ap_paterno", cont(apP)},
		{"ap_materno", cont(apM)},
		{"fec_nac", cont(fmt.Sprintf("%02d-%02d-%d", r.in(1, 28), r.in(1, 12), 2024-edad))},
		{"sexo", sexOf(sexo)},
		{"edad", ageOf(edad)},
		{"fono_cel", cont(r.clFono())},
		{"correo", cont(r.mail(ascii(strings.Fields(nom)[0]) + "." + ascii(apP)))},
		{"direccion", obj{
			{"calle", cont(r.pick(clCalles...))},
			{"numero", cont(fmt.Sprint(r.in(10, 9999)))},
			{"n_depto", cont(r.pick("", "", "Depto ", "Block B depto ") + fmt.Sprint(r.in(11, 1408)))},
			{"comuna", cont(com[0])},
			{"region", cont(com[1])},
		}},
		{"profesion_oficio", plain(r.pick("Operador grúa horquilla", "Reponedor", "Maestro albañil", "Manipuladora de alimentos", "Conductor", "Temporero"))},
		{"antiguedad_meses", decoy(r.in(1, 240))},
		{"tipo_contrato", plain(r.pick("indefinido", "plazo_fijo", "por_obra"))},
	}
	vit := obj{
		{"pa", hlth(fmt.Sprintf("%d/%d", r.in(100, 160), r.in(60, 100)))},
		{"fc", hlth(r.in(58, 120))},
		{"sat_o2", hlth(fmt.Sprintf("%d%%", r.in(93, 100)))},
		{"temp", hlth(r.f1(36, 37.9))},
		{"eva_dolor", hlth(fmt.Sprintf("%d/10", r.in(2, 9)))},
	}
	meds := stringsOf(hlth, r.pickSome(r.in(1, 3), "Ketoprofeno 50 mg c/8h", "Paracetamol 1 g c/8h", "Tramadol 50 mg SOS", "Diclofenaco 50 mg c/12h", "Ciclobenzaprina 10 mg noche", "Cefadroxilo 500 mg c/12h")...)
	aten := obj{
		{"centro", plain(r.pick("Hospital del Trabajador", "Clínica Mutual Antofagasta", "Agencia Puente Alto", "Policlínico Talcahuano"))},
		{"fec_ingreso", plain(acc.Add(90 * 60e9).Format("2006-01-02T15:04"))},
		{"diag_cie10", hlth(les.cie)},
		{"diag_desc", hlth(les.desc)},
		{"lateralidad", hlth(r.pick("derecha", "izquierda", "bilateral", "no aplica"))},
		{"signos_vitales", vit},
		{"alcoholemia", hlth(r.pick("negativa", "negativa", "no realizada", "0,3 g/L"))},
		{"alergias", hlth(r.pick("no refiere", "penicilina", "AINEs", "látex", "sulfas"))},
		{"meds_indicados", meds},
		{"reposo_dias", hlth(r.in(0, 45))},
		{"kine_sesiones", hlth(fmt.Sprint(r.in(0, 20)))},
		{"medico_tratante", cont("Dr(a). " + r.pick(append(clNombresF, clNombresM...)...) + " " + r.pick(clApellido...))},
		{"calificacion", plain(r.pick("laboral", "comun", "en_estudio"))},
	}
	var relato leaf
	switch r.IntN(3) {
	case 0:
		relato = prose(p("Trabajador "), p(r.pick("señala", "relata", "indica")+" que "+les.relato+", presentando "), p(les.desc, healthC), p("."))
	case 1:
		relato = prose(p("Según supervisor "), p(r.pick(clNombresM...)+" "+r.pick(clApellido...), contactC), p(" (fono "), p(r.clFono(), contactC), p(") "), p(les.relato), p("; refiere "), p(r.pick("dolor intenso y aumento de volumen", "sangrado", "pérdida de conciencia breve"), healthC), p("."))
	default:
		relato = prose(p(strings.ToUpper(les.relato[:1]) + les.relato[1:] + ". Se deriva en ambulancia."))
	}
	var testigos arr
	for j := 0; j < r.in(0, 2); j++ {
		testigos = append(testigos, obj{{"nombre", cont(r.pick(append(clNombresF, clNombresM...)...) + " " + r.pick(clApellido...))}, {"fono", cont(r.clFono())}, {"cargo", plain(r.pick("jefe de turno", "compañero", "guardia"))}})
	}
	reloj := obj{
		{"modelo", dev(r.pick(clRelojes...))},
		{"n_serie", dev(r.upper(4) + r.digits(9))},
		{"ip", netw(fmt.Sprintf("%s.%d", lan, r.in(2, 250)))},
		{"mac", macAddr(r.mac(":", true))},
		{"firmware", fwIP(r.ipVer())},
		{"ult_marca", dev(acc.Add(-3 * 3600e9).Format("2006-01-02 15:04:05"))},
		{"n_marcas_dia", decoy(r.in(20, 400))},
	}
	app := obj{
		{"username", cont(r.mail(ascii(strings.Fields(nom)[0]) + ascii(apP)))},
		{"password", cred(r.djangoHash())},
		{"last_login", plain(r.iso(2024, 2024))},
		{"is_active", decoy(true)},
		{"fcm_token", cred(r.fcm())},
		{"disp_modelo", dev(r.phoneModel())},
		{"disp_so", dev(r.osVer())},
		{"app_ver", dev(fmt.Sprintf("%d.%d.%d", r.in(2, 4), r.in(0, 20), r.in(0, 9)))},
		{"intentos_fallidos", decoy(r.in(0, 5))},
	}
	if r.chance(0.3) {
		app = obj{{"username", nullDecoy()}, {"password", nullDecoy()}, {"is_active", decoy(false)}}
	}
	d := obj{
		{"id", decoy(r.in(1000000, 9999999))},
		{"folio_diat", decoy(fmt.Sprintf("%d-%07d", 2024, r.in(1, 9999999)))},
		{"tipo_siniestro", plain(map[bool]string{true: "trayecto", false: "accidente_trabajo"}[trayecto])},
		{"fec_accidente", plain(acc.Format("2006-01-02"))},
		{"hora_accidente", plain(acc.Format("15:04"))},
		{"trabajador", trab},
		{"empleador", obj{
			{"razon_social", plain(r.pick(clEmpresas...))},
			{"rut_empresa", decoy(fmt.Sprintf("76.%03d.%03d-%d", r.in(0, 999), r.in(0, 999), r.in(0, 9)))},
			{"n_trabajadores", decoy(r.in(12, 4000))},
			{"prevencionista", obj{
				{"nombre", cont(r.pick(append(clNombresF, clNombresM...)...) + " " + r.pick(clApellido...))},
				{"fono", cont(r.clFono())},
				{"mail", cont(r.mail("prevencion"))},
			}},
		}},
		{"relato", relato},
		{"atencion_medica", clinical(aten)},
		{"testigos", testigos},
		{"reloj_control", reloj},
		{"app_trabajador", app},
		{"created_at", plain(r.iso(2024, 2024))},
		{"estado", plain(r.pick("abierta", "en_revision", "cerrada"))},
		{"version_formulario", decoy(r.ver())},
		{"obs_empleador", r.pickProse(
			func() leaf { return prose(p("Trabajador no usaba EPP al momento del accidente.")) },
			func() leaf {
				return prose(p("Se solicita contactar a RRHH, "), p(r.mail("rrhh"), contactC), p(", fono "), p(r.clFono(), contactC), p("."))
			},
			func() leaf {
				return prose(p("Antecedente de "), p(r.pick("hipertensión", "diabetes tipo 2", "lumbago crónico", "epilepsia"), healthC), p(" informado por el trabajador."))
			},
		)},
		{"hrs_trabajadas_turno", decoy(r.in(1, 12))},
		{"n_siniestros_previos", decoy(r.in(0, 4))},
	}
	if trayecto {
		d = append(d, field{"vehiculo", obj{{"tipo", plain(r.pick("bicicleta", "auto particular", "moto"))}, {"marca_modelo", dev(r.pick("Chevrolet Sail 2019", "Suzuki Swift 2021", "Oxford Orion 29\"", "Honda CB190R", "Kia Morning 2018"))}, {"anio", decoy(r.in(2010, 2023))}}})
	}
	return d
}
