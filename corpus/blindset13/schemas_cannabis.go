package blindset13

import (
	"fmt"
	"strings"
)

// An Argentine medical-cannabis civil association (asociación civil that
// grows for its members under REPROCANN) as one PostgreSQL row_to_json
// line with json_agg children, Rioplatense Spanish snake_case keys and
// Postgres timestamptz strings: socio with domicilio, localidad, CP and
// provincia, REPROCANN authorisation, treating doctor, diagnoses (CIE-10),
// prescription, weight, dispensations, the home grow with its Wi-Fi
// controller and sensors, the members' app account, and remarks.

var (
	arNombres   = []string{"Valentina", "Florencia", "Agustina", "Camila", "Mariela", "Matías", "Facundo", "Gonzalo", "Nahuel", "Santiago", "Lautaro", "Romina"}
	arApellidos = []string{"Giménez", "Benítez", "Sosa", "Pereyra", "Acosta", "Medina", "Ferreyra", "Ledesma", "Quiroga", "Villalba"}
	arDx        = []icd{{"G40.9", "Epilepsia, no especificada"}, {"M79.7", "Fibromialgia"}, {"G35", "Esclerosis múltiple"}, {"C50.9", "Tumor maligno de mama"}, {"F84.0", "Autismo en la niñez"}, {"G89.4", "Síndrome de dolor crónico"}, {"F51.0", "Insomnio no orgánico"}, {"M05.9", "Artritis reumatoide seropositiva"}}
	arEspec     = []string{"neurología", "reumatología", "oncología", "medicina del dolor", "psiquiatría", "clínica médica"}
	arLocal     = [][3]string{{"CABA", "C1", "Ciudad Autónoma de Buenos Aires"}, {"La Plata", "B19", "Buenos Aires"}, {"Rosario", "S20", "Santa Fe"}, {"Córdoba", "X50", "Córdoba"}, {"Mar del Plata", "B76", "Buenos Aires"}}
	growCtrls   = []string{"AC Infinity Controller 69 Pro", "Spider Farmer GGS Controller", "Sonoff TH Origin", "Shelly Plus 1PM", "Tuya Smart Plug 16A"}
)

func arCel(r *rng) string {
	return fmt.Sprintf("+54 9 %s 0000-%04d", r.pick("11", "221", "341", "351", "223"), r.in(0, 9999))
}

func pgTs(r *rng, y0, y1 int) string {
	return r.when(y0, y1).Format("2006-01-02T15:04:05") + fmt.Sprintf(".%06d-03:00", r.in(0, 999999))
}

func cannabisRow(r *rng) any {
	nom, ape := r.pick(arNombres...), r.pick(arApellidos...)
	loc := arLocal[r.IntN(len(arLocal))]
	cel := arCel(r)
	dx := arDx[r.IntN(len(arDx))]
	calle := fmt.Sprintf("%s %d", r.pick("Av. Corrientes", "Calle 7", "Bv. Oroño", "Av. Colón", "Güemes", "Lavalle"), r.in(100, 4800))
	depto := r.pick("", " 4° B", " PB A", " 2° 3")
	lan := r.lanPrefix()
	ssid := r.pick("Fibertel WiFi"+r.digits(3), "Telecentro-"+r.hexs(4), "Personal-"+r.digits(3)+"-5GHz", "Casa"+ape)
	med := r.pick(arNombres...) + " " + r.pick(arApellidos...)
	peso := r.f1(42, 112)

	var dxs arr
	dxs = append(dxs, obj{{"cie10", hlth(dx.code)}, {"descripcion", hlth(dx.text)}, {"principal", plain(true)}})
	if r.chance(0.4) {
		d2 := arDx[r.IntN(len(arDx))]
		dxs = append(dxs, obj{{"cie10", hlth(d2.code)}, {"descripcion", hlth(d2.text)}, {"principal", plain(false)}})
	}

	var disp arr
	for k := 0; k < r.in(1, 4); k++ {
		disp = append(disp, obj{
			{"id_dispensa", decoy(r.in(10000, 99999))},
			{"fecha", plain(r.day(2023, 2024))},
			{"producto", hlth(r.pick("aceite 1:20 CBD:THC 30 ml", "aceite THC 10% 10 ml", "flores var. Charlotte", "crema tópica 50 g", "tintura 1:1"))},
			{"cantidad", hlth(r.pick("30 ml", "10 g", "5 g", "50 g", "15 ml"))},
			{"lote", decoy("L" + r.digits(2) + "-" + r.upper(2) + r.digits(3))},
			{"aporte_ars", plain(r.in(8000, 45000))},
		})
	}

	var sens arr
	for k := 0; k < r.in(1, 3); k++ {
		sens = append(sens, obj{
			{"tipo", dev(r.pick("temp/humedad", "CO2", "humedad de suelo"))},
			{"modelo", dev(r.pick("Xiaomi LYWSD03MMC", "SwitchBot Meter Plus", "Govee H5075", "Sonoff SNZB-02"))},
			{"mac", macAddr(r.mac(":", true))},
			{"bateria_pct", decoy(r.in(5, 100))},
		})
	}

	obs := r.pickProse(
		func() leaf {
			return prose(p("La socia refiere "), p(r.pick("menos crisis desde que toma el aceite (de 8 a 2 por mes)", "mejor descanso, duerme 6 h", "náuseas con la dosis de la noche", "dolor 4/10, antes 8/10"), healthC), p(". Avisar por WhatsApp al "), p(cel, contactC), p("."))
		},
		func() leaf {
			return prose(p("El controlador de la carpa no conecta al wifi "), p(ssid, netC), p(", quedó con IP "), p(fmt.Sprintf("%s.%d", lan, r.in(20, 240)), netC), p(". Clave nueva: "), p(r.pick("cogollo", "gallo", "mate")+r.digits(3), credC))
		},
		func() leaf {
			return prose(p("Retira su mamá "), p(r.pick(arNombres...)+" "+ape, contactC), p(" porque "), p(nom, contactC), p(" está "), p(r.pick("internada", "en quimio", "con muletas"), healthC), p("."))
		},
		func() leaf { return prose(p("Aporte de marzo pendiente. Sin novedades.")) },
	)

	row := obj{
		{"id_socio", decoy(r.in(100, 9999))},
		{"nro_socio", decoy(fmt.Sprintf("AC-%05d", r.in(1, 99999)))},
		{"nombre", cont(nom)},
		{"apellido", cont(ape)},
		{"fecha_nac", cont(r.day(1950, 2004))},
		{"sexo", sexOf(r.pick("F", "M", "X"))},
		{"cel", cont(cel)},
		{"mail", cont(r.mail(ascii(nom) + "." + ascii(ape)))},
		{"domicilio", cont(calle + depto)},
		{"localidad", cont(loc[0])},
		{"cp", cont(loc[1] + r.digits(2) + r.upper(3))},
		{"provincia", cont(loc[2])},
		{"peso_kg", hlth(peso).clin()},
		{"talla_cm", hlth(r.in(148, 192)).clin()},
		{"reprocann", obj{
			{"nro_tramite", decoy(r.digits(8))},
			{"estado", plain(r.pick("aprobado", "en revisión", "vencido"))},
			{"modalidad", plain(r.pick("autocultivo", "cultivo solidario", "a través de ONG"))},
			{"vence", plain(r.day(2024, 2026))},
		}},
		{"medico_tratante", obj{
			{"nombre", cont(med)},
			{"matricula", decoy("MN " + r.digits(6))},
			{"especialidad", hlth(r.pick(arEspec...)).clin()},
			{"cel", cont(arCel(r))},
		}},
		{"diagnosticos", clinical(dxs)},
		{"indicacion", clinical(obj{
			{"producto", hlth(r.pick("aceite full spectrum 1:20", "aceite THC 10%", "flores vaporizadas"))},
			{"dosis", hlth(r.pick("3 gotas c/12 h", "0,5 ml por noche", "0,2 g/día vaporizado", "5 gotas c/8 h"))},
			{"via", hlth(r.pick("sublingual", "inhalatoria", "tópica"))},
			{"alergias", hlth(r.pick("ninguna", "AINEs", "penicilina", "látex"))},
		})},
		{"dispensas", disp},
		{"cultivo", obj{
			{"domicilio_cultivo", cont(calle + ", " + loc[0])},
			{"plantas", decoy(r.in(1, 9))},
			{"carpa_alto_cm", decoy(r.pickInt(140, 160, 180, 200))},
			{"controlador", obj{
				{"modelo", dev(r.pick(growCtrls...))},
				{"nro_serie", dev(r.upper(3) + r.digits(8))},
				{"fw", dev(fmt.Sprintf("v%d.%d.%d", r.in(1, 3), r.in(0, 9), r.in(0, 30)))},
				{"mac", macAddr(r.mac(":", false))},
				{"ip", netw(fmt.Sprintf("%s.%d", lan, r.in(20, 240)))},
				{"wifi_ssid", netw(ssid)},
				{"wifi_clave", cred(r.pick("cogollo", "gallo", "mate", "fernet") + r.digits(4))},
				{"ult_conexion", dev(pgTs(r, 2024, 2024))},
			}},
			{"sensores", sens},
		}},
		{"app", obj{
			{"usuario", cont(strings.ToLower(ascii(nom)) + r.digits(2))},
			{"hash_clave", cred(r.bcrypt())},
			{"token_sesion", cred(r.b64(48))},
			{"ip_ult_ingreso", netw(r.wanIP())},
			{"intentos_fallidos", decoy(r.in(0, 5))},
			{"ult_ingreso", plain(pgTs(r, 2024, 2024))},
			{"version_app", dev(fmt.Sprintf("%d.%d.%d", r.in(1, 2), r.in(0, 14), r.in(0, 9)))},
		}},
		{"consentimiento_firmado", plain(true)},
		{"version_formulario", decoy(r.ver())},
		{"observaciones", obs},
		{"creado_en", plain(pgTs(r, 2022, 2024))},
		{"actualizado_en", plain(pgTs(r, 2024, 2024))},
	}
	return language(row)
}
