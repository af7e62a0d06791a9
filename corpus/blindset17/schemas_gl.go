package blindset17

import "fmt"

// caminoHasura: a Galician Camino de Santiago baggage-transfer and
// pilgrim-assistance start-up's webhook receiver stored the Hasura event
// trigger payloads it got (event with session variables, op, data.old and
// data.new, trace context; id, created_at, delivery info, trigger, table).
// Columns are Galician: pilgrims with an address jsonb, a health jsonb
// (allergies, medication, injuries, blood group, notes), emergency contact,
// password hash, push token and phone; bookings of a stage with the
// rucksack weight; assistance incidents; the vans with their driver,
// tracker and on-board Wi-Fi.
func caminoHasura(r *rng) any {
	t0 := r.when()
	stages := []string{"Sarria", "Portomarín", "Palas de Rei", "Melide", "Arzúa", "O Pedrouzo", "Santiago de Compostela"}
	si := r.in(0, len(stages)-2)
	pilgrimID := r.uuid()
	pg := r.galicianFull()
	a := r.glAddress()
	event := func(op, tableName, trig string, role string, old, nw any) obj {
		var sess any = plain(nil)
		if role != "" {
			sess = obj{{"x-hasura-role", plain(role)}, {"x-hasura-user-id", plain(pilgrimID)}}
		}
		if old == nil {
			old = plain(nil)
		}
		return obj{
			{"event", obj{
				{"session_variables", sess},
				{"op", plain(op)},
				{"data", obj{{"old", old}, {"new", nw}}},
				{"trace_context", obj{{"trace_id", decoy(r.hex(16))}, {"span_id", decoy(r.hex(16))}}},
			}},
			{"created_at", plain(isoMs(after(t0, r.in(0, 600))))},
			{"id", decoy(r.uuid())},
			{"delivery_info", obj{{"max_retries", plain(3)}, {"current_retry", plain(r.in(0, 1))}}},
			{"trigger", obj{{"name", plain(trig)}}},
			{"table", obj{{"schema", plain("public")}, {"name", plain(tableName)}}},
		}
	}

	sexo := "home"
	if pg.female {
		sexo = "muller"
	}
	var obs leaf
	switch r.IntN(3) {
	case 0:
		obs = prose(p(r.pick("Bochas nos dous pés desde Sarria", "Tendinite no nocello dereito", "Diabetes tipo 1, leva insulina na mochila pequena", "Asma, inhalador sempre no peto"), healthC), p("."))
	case 1:
		obs = prose(p("Camiña coa súa irmá "), p(r.galician().first, contactC), p(", móbil "), p(r.esPhone(), contactC), p("."))
	default:
		obs = prose(p("Sen observacións."))
	}
	emer := r.galician()
	phoneModel, phoneOS := r.pick("iPhone 15", "iPhone 12 mini", "iPhone SE (2022)"), r.pick("iOS 17.5", "iOS 17.4.1", "iOS 16.7.8")
	if r.chance(0.5) {
		phoneModel, phoneOS = r.pick("Samsung Galaxy A34", "Xiaomi Redmi Note 13", "Google Pixel 7a"), r.pick("Android 14", "Android 13")
	}
	pilgrim := obj{
		{"id", plain(pilgrimID)},
		{"nome", cont(pg.first)},
		{"apelidos", cont(pg.last)},
		{"correo", cont(r.email(pg.first, pg.last))},
		{"movil", cont(r.pick(r.esPhone(), r.esLocal()))},
		{"data_nacemento", cont(day(r.birth(1948, 2005)))},
		{"sexo", sexOf(sexo)},
		{"enderezo", obj{
			{"rua", cont(a.street)},
			{"concello", cont(a.town)},
			{"codigo_postal", cont(a.postcode)},
			{"provincia", cont(a.region)},
			{"pais", decoy("ES")},
		}},
		{"nacionalidade", decoy(r.pick("ES", "PT", "IE", "DE", "US"))},
		{"saude", clinical(obj{
			{"alerxias", stringsOf(hlth, r.pickSome(r.in(1, 2), "ningunha", "penicilina", "froitos secos", "picadura de abella", "glute")...)},
			{"medicacion", hlth(r.pick("ningunha", "ibuprofeno 600 mg se dor", "insulina glarxina 18 UI á noite", "enalapril 10 mg", "levotiroxina 50 mcg"))},
			{"lesions", hlth(r.pick("ningunha", "fascite plantar", "xeonllo esquerdo operado", "hernia discal L5"))},
			{"grupo_sanguineo", hlth(r.pick("A+", "O+", "B-", "AB+", "O-"))},
			{"observacions", obs},
		})},
		{"contacto_emerxencia", obj{{"nome", cont(emer.full())}, {"telefono", cont(r.esPhone())}, {"relacion", plain(r.pick("nai", "pai", "parella", "irmán"))}}},
		{"contrasinal_hash", cred(r.argon2())},
		{"token_push", cred(r.fcm())},
		{"dispositivo", obj{
			{"modelo", dev(phoneModel)},
			{"so", dev(phoneOS)},
			{"version_app", dev(fmt.Sprintf("2.%d.%d", r.in(0, 9), r.in(0, 20)))},
		}},
		{"lonxitude_minima_contrasinal", decoy(8)},
		{"creado_en", plain(isoMs(t0))},
	}

	events := arr{event("INSERT", "peregrinos", "peregrino_novo", "peregrino", nil, pilgrim)}

	reserva := func(estado string, nota leaf) obj {
		return obj{
			{"id", plain(r.in(1000, 99999))},
			{"peregrino_id", plain(pilgrimID)},
			{"data_etapa", plain(day(after(t0, 1440*r.in(1, 20))))},
			{"orixe", plain(stages[si])},
			{"destino", plain(stages[si+1])},
			{"aloxamento", plain(r.pick("Albergue Casa Xoana", "Pensión O Cruceiro", "Albergue municipal", "Hotel Rúa do Camiño"))},
			{"num_mochilas", plain(r.in(1, 2))},
			{"peso_mochila_kg", decoy(r.f1(5, 14))},
			{"prezo", plain(fmt.Sprintf("%d.00", r.pick3(5, 6, 8)))},
			{"codigo_desconto", decoy(r.pick("CAMINO10", "XACOBEO", "GRUPO5", ""))},
			{"estado", plain(estado)},
			{"notas", nota},
		}
	}
	var nota leaf
	if r.chance(0.6) {
		nota = prose(p("A mochila vermella leva "), p(r.pick("a insulina na neveira portátil", "o CPAP, con coidado", "as muletas pregables"), healthC), p(", non deixar ao sol."))
	} else {
		nota = prose(p("Deixar na recepción do albergue."))
	}
	if r.chance(0.5) {
		events = append(events, event("INSERT", "reservas", "reserva_nova", "peregrino", nil, reserva("pendente", nota)))
	} else {
		old := reserva("pendente", nota)
		nw := append(obj{}, old...)
		for i := range nw {
			if nw[i].key == "estado" {
				nw[i] = field{"estado", plain("recollida")}
			}
		}
		events = append(events, event("UPDATE", "reservas", "reserva_estado", "", old, nw))
	}

	if r.chance(0.6) {
		volunteer := r.galician()
		var desc leaf
		switch r.IntN(3) {
		case 0:
			desc = prose(p("Peregrina con "), p(r.pick("golpe de calor", "esguince no nocello", "hipoglucemia", "dor no peito leve"), healthC), p(" en "), p(stages[si+1]), p(". Avisado o 112; contacto "), p(r.esPhone(), contactC), p("."))
		case 1:
			desc = prose(p("Perdeu o móbil en Melide; novo número "), p(r.esLocal(), contactC), p("."))
		default:
			desc = prose(p("Mochila entregada no albergue equivocado, xa resolto."))
		}
		events = append(events, event("INSERT", "incidencias", "incidencia_nova", "voluntario", nil, obj{
			{"id", plain(r.in(100, 9999))},
			{"peregrino_id", plain(pilgrimID)},
			{"tipo", plain(r.pick("saude", "perda", "loxistica"))},
			{"descricion", desc},
			{"atendido_por", cont(volunteer.full())},
			{"telefono_contacto", cont(r.esPhone())},
			{"resolta", plain(r.chance(0.5))},
			{"creado_en", plain(isoMs(after(t0, r.in(60, 600))))},
		}))
	}
	if r.chance(0.7) {
		driver := r.galician()
		van := func(seen string) obj {
			return obj{
				{"id", plain(r.in(1, 9))},
				{"nome", plain(fmt.Sprintf("Furgoneta %d", r.in(1, 6)))},
				{"condutor", cont(driver.full())},
				{"condutor_movil", cont(r.esPhone())},
				{"rastrexador", obj{
					{"modelo", dev(r.pick("Teltonika FMC130", "Queclink GV300", "Teltonika FMB920"))},
					{"imei", dev(r.imei())},
					{"firmware", dev(fmt.Sprintf("03.%02d.%02d.Rev.%02d", r.in(25, 29), r.in(0, 20), r.in(0, 20)))},
					{"ultima_conexion", dev(seen)},
				}},
				{"wifi", obj{{"ssid", netw(r.pick("Furgo-Camino", "MochilaExpress", "Van-4G-"+r.HEX(4)))}, {"contrasinal", cred(r.psk())}}},
				{"ip_router", netw(r.lan().gw())},
			}
		}
		old := van(isoMs(after(t0, -r.in(30, 600))))
		nw := append(obj{}, old...)
		for i := range nw {
			if nw[i].key == "rastrexador" {
				tr := append(obj{}, nw[i].val.(obj)...)
				tr[3] = field{"ultima_conexion", dev(isoMs(after(t0, r.in(0, 30))))}
				nw[i] = field{"rastrexador", tr}
			}
		}
		events = append(events, event("UPDATE", "furgonetas", "furgoneta_posicion", "", old, nw))
	}
	return language(events)
}
