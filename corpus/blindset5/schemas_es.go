package blindset5

import (
	"fmt"
	"strings"
)

// viajes: a Latin-American ride-hailing app's trip record (Mexico and
// Colombia; Spanish camelCase keys): passenger, driver and the driver's
// phone, pickup and drop-off addresses, fare and card token, the chat
// between them, accessibility needs, session.
func viajes(g *rng) any {
	pa := g.personOf("mx")
	co := g.personOf("mx")
	model, osv := g.phone()
	chat, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 4); j++ {
		who := one(g, "pasajero", "conductor")
		chat = append(chat, obj{
			{"de", plain(who)},
			{"hora", decoy(g.isoMs())},
			{"mensaje", seen.draw(func() leaf { return viajeMsg(g, who, pa, co) })},
		})
	}
	var asist leaf = null()
	if g.chance(30) {
		asist = hlth(one(g, "silla de ruedas plegable", "perro guía", "movilidad reducida", "usa andadera"))
	}
	total := round2(g.f(48, 420))
	return language(obj{
		{"viajeId", decoy(g.uuid())},
		{"estado", plain(one(g, "completado", "cancelado_pasajero", "completado"))},
		{"solicitadoEn", decoy(g.isoMs())},
		{"ciudad", plain(one(g, "CDMX", "Guadalajara", "Bogotá", "Monterrey"))},
		{"pasajero", obj{
			{"nombre", cont(pa.first + " " + strings.Fields(pa.last)[0])},
			{"telefono", cont(g.phoneMX())},
			{"correo", cont(g.email(pa))},
			{"fotoPerfil", cont("https://img.rodando.example.com/u/" + g.s(hx, 16) + "_200.jpg")},
			{"calificacion", decoy(round1(g.f(4.2, 5)))},
			{"asistencia", asist},
		}},
		{"conductor", obj{
			{"nombre", cont(co.full())},
			{"telefono", cont(g.phoneMX())},
			{"calificacion", decoy(round2(g.f(4.5, 5)))},
			{"viajesTotales", decoy(g.in(12, 9000))},
			{"vehiculo", obj{
				{"marca", plain(one(g, "Nissan", "Chevrolet", "Kia", "Toyota"))},
				{"modelo", plain(one(g, "Versa 2021", "Aveo 2019", "Rio Sedán 2022", "Yaris 2020"))},
				{"color", plain(one(g, "Gris", "Blanco", "Rojo", "Plata"))},
			}},
			{"celular", obj{
				{"modelo", dev(model)},
				{"so", dev(osv)},
				{"imei", dev(g.imei())},
				{"versionApp", dev(g.ver(3))},
			}},
		}},
		{"recogida", obj{
			{"direccion", cont(g.addrMX())},
			{"referencia", plain(one(g, "portón negro", "frente al Oxxo", "entrada del hospital", "torre B"))},
		}},
		{"destino", obj{
			{"direccion", cont(g.addrMX())},
		}},
		{"distanciaKm", plain(round1(g.f(1.2, 38)))},
		{"duracionMin", plain(g.in(6, 95))},
		{"tarifa", obj{
			{"moneda", plain(one(g, "MXN", "COP"))},
			{"total", decoy(total)},
			{"propina", decoy(one(g, 0, 10, 20, 30))},
			{"codigoPromo", decoy(one(g, "BIENVENIDA50", "RODANDO2X1", ""))},
		}},
		{"pago", obj{
			{"metodo", plain(one(g, "tarjeta", "tarjeta", "efectivo"))},
			{"marca", decoy(one(g, "VISA", "MASTERCARD", "AMEX"))},
			{"ultimos4", decoy(g.s(num, 4))},
			{"tokenTarjeta", cred("tok_" + g.s(alnum, 24))},
		}},
		{"chat", chat},
		{"sesion", obj{
			{"accessToken", cred(g.jwt())},
			{"deviceId", dev(strings.ToUpper(g.uuid()))},
			{"ip", netw(g.docIP())},
			{"userAgent", dev(fmt.Sprintf("Rodando/%s (%s; %s)", g.ver(3), model, osv))},
		}},
	})
}

func viajeMsg(g *rng, who string, pa, co person) leaf {
	if who == "conductor" {
		switch g.n(4) {
		case 0:
			return prose(p("Ya llegué, estoy afuera del Oxxo."))
		case 1:
			return prose(p("Buenas, soy "), p(co.first, contactCat), p(", voy en un Versa gris."))
		case 2:
			return prose(p("Se quedó su celular en el carro, un "), p(one(g, "Galaxy S23", "iPhone 13", "Redmi Note 12 Pro"), deviceCat), p(" con funda roja."))
		}
		return prose(p("Hay tráfico en Periférico, llego en 5 min."))
	}
	switch g.n(5) {
	case 0:
		return prose(p("Voy con mi perro guía, tengo discapacidad visual.", healthCat))
	case 1:
		return prose(p("Mi número es "), p(g.phoneMX(), contactCat), p(", márqueme al llegar."))
	case 2:
		return prose(p("¿Me espera 5 minutos? Voy saliendo de mi sesión de hemodiálisis.", healthCat))
	case 3:
		return prose(p("Soy "), p(pa.first, contactCat), p(", traigo chamarra azul."))
	}
	return prose(p("Ok, gracias."))
}

// optica: a Spanish optician chain's customer card (Spanish keys with
// spaces and accents): customer and address, eye tests with refraction,
// visual acuity, pupil distance and intraocular pressure, history,
// orders with frame SKUs, the store's autorefractor, the web login.
func optica(g *rng) any {
	c := g.personOf("es")
	a := g.addrES()
	opt := g.personOf("es")
	sph := func() string { return fmt.Sprintf("%+.2f", float64(g.in(-32, 16))*0.25) }
	cyl := func() string { return fmt.Sprintf("%.2f", -float64(g.in(0, 10))*0.25) }
	eye := func() obj {
		return obj{
			{"Esfera", hlth(sph())},
			{"Cilindro", hlth(cyl())},
			{"Eje", hlth(g.in(0, 180))},
			{"AV", hlth(one(g, "0.6", "0.8", "1.0", "1.2"))},
		}
	}
	grads, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		grads = append(grads, obj{
			{"Fecha", decoy(g.dateFR())},
			{"Optometrista", cont(opt.full())},
			{"OD", clinical(eye())},
			{"OI", clinical(eye())},
			{"Adición", hlth(one(g, "+1.00", "+1.75", "+2.25", "0")).clin()},
			{"DNP OD/OI", hlth(fmt.Sprintf("%.1f/%.1f", g.f(28, 34), g.f(28, 34))).clin()},
			{"PIO OD mmHg", hlth(g.in(11, 26)).clin()},
			{"PIO OI mmHg", hlth(g.in(11, 26)).clin()},
			{"Observaciones", seen.draw(func() leaf { return opticaObs(g, c) })},
		})
	}
	peds := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		peds = append(peds, obj{
			{"Nº pedido", decoy(fmt.Sprintf("P%02d-%06d", g.in(10, 60), g.n(1000000)))},
			{"Ref. montura", decoy(one(g, "RB5154 2000 49", "VO5239 W44 52", "TH1811 807 53", "MX-0231-C3"))},
			{"Tratamiento", plain(one(g, "antirreflejante", "filtro luz azul", "fotocromático"))},
			{"Importe €", decoy(comma(g.f(89, 740), 2))},
			{"Estado", plain(one(g, "entregado", "en taller", "pendiente de cobro"))},
		})
	}
	var med leaf = hlth("ninguna")
	if g.chance(60) {
		med = hlth(one(g, "Timolol 0,5% colirio", "Metformina 850 mg", "Latanoprost 50 µg/ml", "Hidroxicloroquina 200 mg"))
	}
	sex := sexOf(fm(c, "Mujer", "Hombre"))
	return language(obj{
		{"Nº ficha", decoy(g.in(10000, 999999))},
		{"Tienda", plain(one(g, "Valencia - Ruzafa", "Bilbao - Indautxu", "Sevilla - Nervión", "Zaragoza - Delicias"))},
		{"Cliente", obj{
			{"Nombre", cont(c.first)},
			{"Apellidos", cont(c.last)},
			{"Fecha nacimiento", cont(g.dobFR())},
			{"Sexo", sex},
			{"Teléfono", cont(g.phoneES())},
			{"Email", cont(g.email(c))},
			{"Dirección", obj{
				{"Calle", cont(a.street)},
				{"C.P.", cont(a.zip)},
				{"Población", cont(a.city)},
			}},
			{"Acepta publicidad", decoy(g.chance(40))},
		}},
		{"Antecedentes", clinical(obj{
			{"Diabetes", hlth(g.chance(15))},
			{"Glaucoma familiar", hlth(g.chance(20))},
			{"Medicación", med},
		})},
		{"Graduaciones", grads},
		{"Pedidos", peds},
		{"Equipo", obj{
			{"Autorrefractómetro", dev(one(g, "Topcon KR-800", "Nidek ARK-1s", "Huvitz HRK-9000A"))},
			{"Nº serie", dev(g.s(num, 7))},
			{"IP", netw(fmt.Sprintf("10.%d.%d.%d", g.in(20, 60), g.in(1, 9), g.in(20, 90)))},
		}},
		{"Acceso web", obj{
			{"Usuario", cont(g.handle(c))},
			{"Contraseña (md5)", cred(g.md5())},
			{"Token recuperación", cred(g.opaque(40))},
			{"Longitud mínima contraseña", decoy(8)},
		}},
	})
}

func opticaObs(g *rng, c person) leaf {
	switch g.n(6) {
	case 0:
		return prose(p("Refiere visión borrosa de cerca, derivado a oftalmología.", healthCat))
	case 1:
		return prose(p("Cataratas incipientes en OD, revisar en 6 meses.", healthCat))
	case 2:
		return prose(p("Avisar por WhatsApp al "), p(g.phoneES(), contactCat), p(" cuando lleguen las gafas."))
	case 3:
		h := g.personOf("es")
		return prose(p("Recoge su hija "), p(h.first, contactCat), p("."))
	case 4:
		return prose(p("Montura ajustada, sin incidencias."))
	}
	return prose(p(c.first, contactCat), p(" usa lentillas mensuales, ojo seco leve con el ordenador.", healthCat))
}
