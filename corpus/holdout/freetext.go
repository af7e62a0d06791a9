package holdout

import (
	"fmt"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// A frag is one sentence of free text with the label of what it embeds.
type frag func(g *gen, p person) (string, lab)

// prose joins k fragments drawn from pool, then the ones in tail, into one
// free-text leaf whose label is the union of theirs.
func (g *gen) prose(p person, k int, pool []frag, tail ...frag) *node {
	s, l := g.prosetext(p, k, pool, tail...)
	return str(s, l.h(corpus.HardFreeText))
}

func (g *gen) prosetext(p person, k int, pool []frag, tail ...frag) (string, lab) {
	fs := append(some(g, pool, k), tail...)
	var parts []string
	var l lab
	for _, f := range fs {
		s, fl := f(g, p)
		parts = append(parts, s)
		l = l.or(fl)
	}
	return strings.Join(parts, g.one(" ", " ", "\n", "  ")), l
}

func fixed(s string, l lab) frag { return func(*gen, person) (string, lab) { return s, l } }

// streetLine is the street and house number in the local order.
func streetLine(a address) string {
	if a.country == "US" || a.country == "GB" || a.country == "FR" {
		return a.number + " " + a.street
	}
	return a.street + " " + a.number
}

func addrLine(a address) string { return streetLine(a) + ", " + a.postcode + " " + a.city }

var enCustomer = []frag{
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("I can't sign in with %s anymore.", p.email), cont
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("My username on the app is %s if that helps.", p.user), cont
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("I changed my password to %s yesterday and now it says invalid credentials.", g.password()), cred
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("Please call me back at %s, I'm free after 5pm.", p.phone), cont
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("The router at %s keeps rebooting every night around 2am.", g.privIP()), netw
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("The camera can't reach the recorder at %s:%d.", g.privIP(), g.one2(554, 8000, 8443, 37777)), netw
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("wifi is %q and the password is %s", g.ssid(), g.psk()), netw.or(cred)
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("The thermostat (serial %s, firmware %s) shows offline.", g.serial(), g.firmware()), dev
	},
	func(g *gen, p person) (string, lab) {
		ph := pick(g, phones)
		return fmt.Sprintf("I'm on a %s with %s %s.", ph.name, ph.os, g.osVersion(ph.os)), dev
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("Tracking number 1Z%s shows delivered but nothing arrived (order #%d).", g.chars(16, upperNum), g.n(100000, 999999)), decoy
	},
	fixed("After 3 password attempts it locked me out for an hour.", decoy),
	fixed("The email_count limit on my plan says 0 of 500, is that right?", decoy),
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("I'm %d weeks pregnant and the app keeps flagging my weight gain.", g.n(8, 38)), hlth
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("My doctor put me on metformin so I log my glucose (%d mg/dL this morning) every day.", g.n(90, 190)), hlth
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("Our dev pushed the key %s to a public repo by mistake, please revoke it.", g.one(g.ghp(), g.stripeSecret(), g.awsKeyID(), g.glpat())), cred
	},
	func(g *gen, p person) (string, lab) {
		return "Here is the token from the console: " + g.jwt(g.uuid()), cred
	},
	func(g *gen, p person) (string, lab) {
		a := g.addrCulture().addr(g)
		return "Please ship to " + addrLine(a) + " instead.", cont
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("The label on the hub says MAC %s.", g.mac()), macL
	},
	fixed("Thanks for the quick reply!", plain),
	fixed("This is the third time I'm writing about this.", plain),
	fixed("Any update?", plain),
	fixed("I would like a refund.", plain),
	fixed("Screenshot attached.", plain),
	fixed("It worked fine until the last update.", plain),
}

var enSignoff = []frag{
	func(g *gen, p person) (string, lab) { return "-- " + p.full, cont },
	func(g *gen, p person) (string, lab) { return "Best, " + p.first, cont },
	func(g *gen, p person) (string, lab) { return "Sent from my phone", plain },
	func(g *gen, p person) (string, lab) { return fmt.Sprintf("%s | %s", p.full, p.phone), cont },
}

var enAgentHello = []frag{
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("Hi %s, thanks for reaching out.", p.first), cont
	},
	fixed("Hello,", plain),
	fixed("Thanks for your patience.", plain),
}

var enAgent = []frag{
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("Your temporary password is %s, please change it on first login.", g.password()), cred
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("I've reset your two-factor setup; the new setup key is %s.", g.totpSeed()), cred
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("I've escalated ticket #%d to tier 2.", g.n(10000, 99999)), plain
	},
	fixed("Could you confirm the MAC address printed on the label?", decoy),
	fixed("Could you tell me how many password attempts you made?", decoy),
	fixed("A replacement is on its way, it should arrive in 3-5 business days.", plain),
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("I can see the device last checked in from %s.", g.pubIP()), netw
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("We have %s on file as your contact address.", p.email), cont
	},
}

var enAgentBye = []frag{
	fixed("Kind regards, the support team", plain),
	func(g *gen, p person) (string, lab) { return "Best, " + g.person(nil).first + " (Support)", cont },
	fixed("-- Support", plain),
}

var esNotes = []frag{
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("El cliente llamó desde el %s, quiere cambiar la dirección de envío.", p.phone), cont
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("Dice que su contraseña es %s (!!), se le pidió cambiarla.", g.password()), cred
	},
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("Prefiere contacto por correo: %s", p.email), cont
	},
	fixed("Sin incidencias.", plain),
	fixed("Tiene 3 pedidos pendientes y 2 intentos de contraseña fallidos.", decoy),
	fixed("Comenta que es diabético y necesita la entrega antes de las 10h.", hlth),
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("El router de la oficina tiene la IP %s.", g.privIP()), netw
	},
	fixed("Volver a llamar la semana que viene.", plain),
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("Habló con %s, de compras.", g.person(cES).full), cont
	},
}

var deNotes = []frag{
	fixed("Mitarbeiter seit 14.03. krankgeschrieben (Bandscheibenvorfall).", hlth),
	func(g *gen, p person) (string, lab) { return "Rückruf unter " + p.phone + " erbeten.", cont },
	func(g *gen, p person) (string, lab) {
		return "Passwort für das Portal zurückgesetzt auf " + g.password(), cred
	},
	fixed("Keine Besonderheiten.", plain),
	fixed("Anzahl Passwortversuche: 3, Konto entsperrt.", decoy),
	fixed("Wiedereingliederung nach Burnout geplant, Attest liegt vor.", hlth),
	func(g *gen, p person) (string, lab) { return "Private Mail: " + p.email, cont },
	fixed("Urlaubsantrag genehmigt.", plain),
}

var frNotes = []frag{
	func(g *gen, p person) (string, lab) {
		return fmt.Sprintf("Patiente enceinte de %d semaines.", g.n(6, 38)), hlth
	},
	fixed("Allergie à la pénicilline signalée par la famille.", hlth),
	func(g *gen, p person) (string, lab) { return "Joindre au " + p.phone + " en cas d'absence.", cont },
	fixed("RAS.", plain),
	fixed("Tension élevée au dernier contrôle, à surveiller.", hlth),
	fixed("Dossier transmis au secrétariat.", plain),
	func(g *gen, p person) (string, lab) { return "Mot de passe du portail patient : " + g.password(), cred },
}

var ptNotes = []frag{
	func(g *gen, p person) (string, lab) {
		return "Cliente pediu para entregar na portaria, falar com " + g.person(cBR).first + ".", cont
	},
	func(g *gen, p person) (string, lab) { return "Senha do wi-fi da loja: " + g.psk(), cred },
	fixed("Sem observações.", plain),
	fixed("Peso do pacote: 2,4 kg, altura 30 cm.", decoy),
	func(g *gen, p person) (string, lab) { return "Contato alternativo: " + p.phone, cont },
	fixed("Cliente é gestante, priorizar entrega.", hlth),
	fixed("Troca aprovada, aguardando coleta.", plain),
}
