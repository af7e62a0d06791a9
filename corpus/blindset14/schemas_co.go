package blindset14

import "fmt"

// reparacion-celulares-typesense-co: a Colombian phone-repair chain's
// work-order search from Typesense (facet counts, hits with document,
// highlight and highlights, text_match, request_params): customer with
// cédula and address, the phone with IMEIs, unlock pattern and PIN, the
// cloud account the customer left for testing, reported fault and the
// technician's diagnosis.

var (
	coNombres   = []string{"Luisa Fernanda", "Juan Camilo", "María José", "Andrés Felipe", "Valentina", "Santiago", "Daniela", "Sebastián", "Paola Andrea", "Julián"}
	coApellidos = []string{"Rincón", "Gutiérrez", "Restrepo", "Cárdenas", "Ospina", "Vargas", "Quintero", "Londoño", "Moreno", "Zuluaga"}
	coCiudades  = [][2]string{{"Bogotá", "Chapinero"}, {"Medellín", "Laureles"}, {"Cali", "San Fernando"}, {"Barranquilla", "El Prado"}, {"Bucaramanga", "Cabecera"}}
	coEquipos   = [][2]string{{"Apple", "iPhone 13"}, {"Apple", "iPhone 11"}, {"Samsung", "Galaxy A34 5G"}, {"Xiaomi", "Redmi Note 13"}, {"Motorola", "moto g54"}, {"Huawei", "P30 Lite"}, {"Samsung", "Galaxy S21 FE"}}
)

func reparacionCO(r *rng) any {
	nombre, apellido := r.pick(coNombres...), r.pick(coApellidos...)
	full := nombre + " " + apellido
	ciudad := coCiudades[r.IntN(len(coCiudades))]
	eq := coEquipos[r.IntN(len(coEquipos))]
	apple := eq[0] == "Apple"
	osv := "Android " + r.pick("12", "13", "14")
	if apple {
		osv = "iOS " + r.pick("16.7.5", "17.3.1", "17.5")
	}
	cuenta := r.mail(ascii(nombre) + ascii(apellido))
	orden := fmt.Sprintf("OS-%d-%05d", r.in(2023, 2024), r.in(1, 99999))
	snippet := nombre + " <mark>" + apellido + "</mark>"

	var desbloqueo obj
	if r.chance(0.5) {
		desbloqueo = obj{{"patron_desbloqueo", cred(r.pick("L invertida 1-4-7-8-9", "Z 1-2-3-5-7-8-9", "7-4-1-2-3-6-9", "U 1-4-7-8-9-6-3"))}, {"pin_desbloqueo", null()}}
	} else {
		desbloqueo = obj{{"patron_desbloqueo", null()}, {"pin_desbloqueo", cred(r.digits(r.pickInt(4, 6)))}}
	}
	doc := obj{
		{"id", decoy(orden)},
		{"fecha_ingreso", plain(r.epochMs(2024, 2024) / 1000)},
		{"estado", plain(r.pick("recibido", "en diagnóstico", "en reparación", "listo para entrega", "entregado"))},
		{"sede", plain(r.pick("Unicentro", "Centro Mayor", "Santafé", "El Tesoro", "Chipichape"))},
		{"cliente_nombre", cont(full)},
		{"cliente_cedula", cont(fmt.Sprintf("1.%03d.%03d.%03d", r.in(0, 150), r.in(0, 999), r.in(0, 999)))},
		{"cliente_celular", cont(fmt.Sprintf("+57 300 000 0%03d", r.in(0, 999)))},
		{"cliente_correo", cont(r.mail(ascii(nombre) + "." + ascii(apellido)))},
		{"cliente_direccion", cont(fmt.Sprintf("%s %d # %d-%02d%s", r.pick("Cra.", "Calle", "Diagonal", "Transversal"), r.in(1, 120), r.in(1, 99), r.in(1, 99), r.pick("", ", apto 501", ", casa 12", ", torre 3 apto 802")))},
		{"cliente_barrio", cont(ciudad[1])},
		{"cliente_ciudad", cont(ciudad[0])},
		{"equipo_marca", dev(eq[0])},
		{"equipo_modelo", dev(eq[1])},
		{"imei", dev("35" + r.digits(13))},
		{"imei2", dev("35" + r.digits(13))},
		{"serial", dev(r.letters(2) + r.upper(8))},
		{"version_sistema", dev(osv)},
		{"mac_wifi", macAddr(r.mac(":", false))},
		{"color", plain(r.pick("negro", "azul", "blanco", "verde menta"))},
		{"capacidad", plain(r.pick("64 GB", "128 GB", "256 GB"))},
	}
	doc = append(doc, desbloqueo...)
	doc = append(doc, obj{
		{"cuenta_nube", cont(cuenta)},
		{"contrasena_cuenta", cred(r.pick("Mateo", "Luna", "Colombia", "Nacional") + r.digits(4) + r.pick("*", ".", ""))},
		{"falla_reportada", r.pickProse(
			func() leaf { return prose(p("No carga, se mojó en la lluvia el sábado.")) },
			func() leaf { return prose(p("Pantalla rota, táctil no responde en la parte de abajo.")) },
			func() leaf {
				return prose(p("Se reinicia solo. Es el celular donde tengo la app del "), p("glucómetro de mi mamá (es diabética)", healthC), p(", urgente."))
			},
			func() leaf {
				return prose(p("No se conecta al wifi de la casa ("), p(r.pick("CLARO_", "ETB-", "TIGO-", "MOVISTAR_")+r.upper(4), netC), p("), clave "), p(r.alnum(10), credC))
			},
		)},
		{"diagnostico_tecnico", r.pickProse(
			func() leaf { return prose(p("Pin de carga sulfatado, se cambia flex de carga.")) },
			func() leaf {
				return prose(p("Display original dañado, se cotiza OLED. Cliente llamar al "), p(fmt.Sprintf("+57 300 000 0%03d", r.in(0, 999)), contactC), p(" antes de cambiar."))
			},
			func() leaf {
				return prose(p("Cliente con "), p("marcapasos", healthC), p(": pidió no usar el imán de prueba cerca de él al entregar."))
			},
			func() leaf { return prose(p("Equipo sin falla, se restauró software.")) },
		)},
		{"accesorios", arr{plain("cargador"), plain(r.pick("forro", "sim", "memoria"))}},
		{"sku_repuesto", decoy(fmt.Sprintf("REP-%s-%s", r.pick("PANT", "FLEX", "BAT", "CAM"), r.upper(5)))},
		{"valor_cotizado", plain(r.in(60, 900) * 1000)},
		{"abono", plain(r.in(0, 200) * 1000)},
		{"tecnico", cont(r.pick("Jhon", "Yeison", "Brayan", "Kevin", "Leidy") + " " + r.pick(coApellidos...))},
		{"garantia_dias", decoy(r.pickInt(30, 60, 90))},
		{"version_esquema", decoy(r.pick("1.4.0", "2.0.1"))},
	}...)
	hl := obj{{"matched_tokens", arr{cont(apellido)}}, {"snippet", cont(snippet)}}
	return language(obj{
		{"facet_counts", arr{obj{
			{"field_name", plain("estado")},
			{"counts", arr{obj{{"count", plain(r.in(1, 40))}, {"highlighted", plain("en reparación")}, {"value", plain("en reparación")}}}},
			{"stats", obj{{"total_values", plain(5)}}},
		}}},
		{"found", decoy(1)},
		{"hits", arr{obj{
			{"document", doc},
			{"highlight", obj{{"cliente_nombre", hl}}},
			{"highlights", arr{obj{{"field", plain("cliente_nombre")}, {"matched_tokens", arr{cont(apellido)}}, {"snippet", cont(snippet)}}}},
			{"text_match", decoy(int64(578730000000000000) + int64(r.in(0, 99999999)))},
		}}},
		{"out_of", decoy(r.in(1000, 90000))},
		{"page", plain(1)},
		{"request_params", obj{{"collection_name", plain("ordenes_servicio")}, {"per_page", plain(10)}, {"q", cont(apellido)}}},
		{"search_cutoff", plain(false)},
		{"search_time_ms", plain(r.in(0, 9))},
	})
}
