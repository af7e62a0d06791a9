package holdout

import (
	"fmt"
	"strconv"

	"github.com/leakscope/leakscope/corpus"
)

func dni(g *gen) string {
	n := g.n(10000000, 99999999)
	return strconv.Itoa(n) + string("TRWAGMYFPDXBNJZSQVHLCKE"[n%23])
}

// crmES is a contact of a Spanish-language CRM.
func crmES(g *gen) *node {
	c := cES
	if g.p(0.25) {
		c = cMX
	}
	p := g.person(c)
	t := g.when()
	root := obj().hardAll(corpus.HardLanguage)
	root.set("id_cliente", num(g.n(1, 999999), plain))
	root.set("fecha_alta", str(sqlTS(t), plain))
	root.set("nombre", str(p.first, cont))
	root.set("apellidos", str(p.last+" "+pick(g, c.last), cont))
	if g.p(0.3) {
		root.set("razón_social", str(g.one("Talleres Gómez S.L.", "Distribuciones Iberia S.A.", "Panadería La Espiga"), plain))
	}
	root.set("correo_electrónico", str(p.email, cont))
	root.set("teléfono_móvil", str(p.phone, cont))
	if g.p(0.3) {
		root.set("teléfono_fijo", str(c.phone(g), cont))
	}
	if c == cES {
		root.set("dni_nie", str(dni(g), cont))
	} else {
		root.set("curp", str(g.chars(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")+g.digits(6)+g.one("H", "M")+g.chars(5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")+g.digits(2), cont))
	}
	if g.p(0.6) {
		root.set("fecha_nacimiento", str(g.birth().Format("02/01/2006"), cont))
	}
	if g.p(0.6) {
		root.set("sexo", str(map[bool]string{true: g.one("M", "mujer"), false: g.one("H", "hombre")}[p.female], sexL))
	}
	a := cES.addr(g)
	dir := obj().set("vía", str(a.street, cont)).set("número", str(a.number, cont))
	if a.extra != "" {
		dir.set("piso", str(a.extra, cont))
	}
	dir.set("código_postal", str(a.postcode, cont)).
		set("población", str(a.city, cont)).
		set("provincia", str(a.region, cont)).
		set("país", str(g.one("ES", "España"), decoy))
	root.set("dirección", dir)

	acc := obj().set("usuario", str(p.user, cont))
	if g.p(0.5) {
		acc.set("contraseña", str(g.password(), cred))
	} else {
		acc.set("hash_contraseña", str(g.passHash(), cred))
	}
	acc.set("último_acceso", str(iso(g.after(t, 500)), plain)).
		set("intentos_fallidos", num(g.n(0, 5), decoy)).
		set("teléfono_verificado", bln(g.p(0.6), decoy))
	if g.p(0.3) {
		acc.set("token_sesión", str(g.sessionID(), cred))
	}
	root.set("acceso", acc)

	vend := g.person(cES)
	root.set("comercial", obj().set("nombre", str(vend.full, cont)).set("correo", str(vend.email, cont)).set("zona", str(g.one("Norte", "Centro", "Levante", "Sur"), plain)))

	if g.p(0.7) {
		op := arr()
		for range g.n(1, 3) {
			op.add(obj().set("código", str(fmt.Sprintf("OP-%05d", g.n(1, 99999)), plain)).
				set("importe_eur", flt(g.f(100, 90000, 2), 2, plain)).
				set("etapa", str(g.one("prospección", "propuesta", "negociación", "ganada", "perdida"), plain)).
				set("probabilidad", num(g.one2(10, 25, 50, 75, 90), plain)))
		}
		root.set("oportunidades", op)
	}
	root.set("consentimiento_rgpd", bln(g.p(0.7), plain))
	root.set("núm_emails_enviados", num(g.n(0, 400), decoy))
	if g.p(0.5) {
		root.set("ip_registro", str(g.pubIP(), netw))
	}
	if g.p(0.7) {
		root.set("notas", g.prose(p, g.n(1, 3), esNotes))
	}
	return root
}
