package blindset7

import (
	"fmt"
	"strings"
)

// More synthetic secrets and identifiers, with the public prefixes of real
// vendors and random bodies.

const b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

func (g *rng) totp() string { return g.s(b32, one(g, 16, 32)) }

func (g *rng) recoveryCodes(k int) []string {
	out := make([]string, k)
	for i := range out {
		out[i] = g.s(lc+num, 5) + "-" + g.s(lc+num, 5)
	}
	return out
}

func (g *rng) stripeKey() string {
	return one(g, "sk_live_", "rk_live_") + g.s(alnum, 99)[:one(g, 24, 99)]
}
func (g *rng) sendgridKey() string { return "SG." + g.s(urlb64, 22) + "." + g.s(urlb64, 43) }
func (g *rng) twilioToken() string { return g.s(hx, 32) }
func (g *rng) twilioSID() string   { return "AC" + g.s(hx, 32) }
func (g *rng) googleKey() string   { return "AIza" + g.s(urlb64, 35) }
func (g *rng) slackHook() string {
	return "https://hooks.slack.example.com/services/T" + g.s(uc+num, 8) + "/B" + g.s(uc+num, 10) + "/" + g.s(alnum, 24)
}
func (g *rng) ghToken() string      { return "ghp_" + g.s(alnum, 36) }
func (g *rng) mapboxPublic() string { return "pk.eyJ1Ijoi" + g.s(alnum, 20) + "." + g.s(urlb64, 22) }
func (g *rng) sessionID() string    { return g.s(hx, 32) }

// signedURL is a storage link with a signature in its query.
func (g *rng) signedURL(host, path string) string {
	return fmt.Sprintf("https://%s/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2Feu-west-1%%2Fs3%%2Faws4_request&X-Amz-Expires=604800&X-Amz-Signature=%s",
		host, path, g.awsKey(), g.date()[:10], g.s(hx, 64))
}

// de, fr, pt dates.
func (g *rng) dobDE() string {
	d := g.dob()
	return d[8:10] + "." + d[5:7] + "." + d[:4]
}
func (g *rng) dobFR() string {
	d := g.dob()
	return d[8:10] + "/" + d[5:7] + "/" + d[:4]
}
func (g *rng) dateDE() string {
	d := g.date()
	return d[8:10] + "." + d[5:7] + "." + d[:4]
}
func (g *rng) dateFR() string {
	d := g.date()
	return d[8:10] + "/" + d[5:7] + "/" + d[:4]
}

// local is a timestamp without zone, as many European exports write it.
func (g *rng) local() string { return strings.Replace(g.iso()[:19], "T", " ", 1) }

// comma writes a decimal with a comma, as German, French, Spanish and
// Portuguese software does.
func comma(x float64, prec int) string {
	return strings.Replace(fmt.Sprintf("%.*f", prec, x), ".", ",", 1)
}

// Postal addresses.

type addr struct{ street, zip, city, region string }

func (g *rng) addrDE() addr {
	return addr{
		fmt.Sprintf("%s %d%s", one(g, "Lindenallee", "Am Mühlbach", "Kastanienweg", "Schillerstraße", "Hohe Str.", "Grabenstr."), g.in(1, 140), one(g, "", "", "a", "b")),
		fmt.Sprintf("%05d", g.in(1067, 99998)), one(g, "Berlin", "Bielefeld", "Freiburg im Breisgau", "Erfurt", "Lüneburg", "Regensburg"), "",
	}
}
func (g *rng) addrFR() addr {
	return addr{
		fmt.Sprintf("%d%s %s", g.in(1, 120), one(g, "", "", " bis"), one(g, "rue des Tanneurs", "allée des Peupliers", "avenue Jean-Jaurès", "impasse du Moulin", "boulevard Voltaire", "chemin des Vignes")),
		fmt.Sprintf("%05d", g.in(1000, 95999)), one(g, "Rennes", "Nantes", "Lyon", "Tours", "Montpellier", "Lille", "Quimper"), "",
	}
}
func (g *rng) addrBR() addr {
	return addr{
		one(g, "Rua das Palmeiras", "Av. Brigadeiro Faria Lima", "Rua Padre Anchieta", "Travessa São José", "Rua Dr. Arnaldo", "Alameda Santos"),
		fmt.Sprintf("%05d-%03d", g.in(1000, 99999), g.n(1000)),
		one(g, "São Paulo", "Belo Horizonte", "Campinas", "Recife", "Curitiba", "Niterói"),
		one(g, "SP", "MG", "SP", "PE", "PR", "RJ"),
	}
}
func (g *rng) addrES() addr {
	return addr{
		fmt.Sprintf("%s, %d, %dº %s", one(g, "C/ Mayor", "Av. de la Constitución", "C/ San Vicente Mártir", "Paseo de Gracia", "C/ Ercilla", "Rúa do Vilar"), g.in(1, 200), g.in(1, 8), one(g, "A", "B", "C", "Izda.", "Dcha.")),
		fmt.Sprintf("%05d", g.in(1001, 52080)), one(g, "Valencia", "Bilbao", "Sevilla", "Zaragoza", "Oviedo", "Santiago de Compostela"), "",
	}
}
func (g *rng) addrMX() string {
	return one(g,
		fmt.Sprintf("Av. Insurgentes Sur %d, Col. Del Valle, %05d Ciudad de México, CDMX", g.in(100, 3000), g.in(3100, 3199)),
		fmt.Sprintf("Calle Hidalgo %d, Col. Centro, %05d Guadalajara, Jal.", g.in(10, 900), g.in(44100, 44199)),
		fmt.Sprintf("Carrera %d # %d-%d, Chapinero, Bogotá %06d", g.in(7, 15), g.in(40, 90), g.in(10, 60), g.in(110100, 110299)),
		fmt.Sprintf("Calle Tonalá %d int. %d, Roma Nte., %05d CDMX", g.in(10, 300), g.in(1, 12), g.in(6700, 6799)),
	)
}
func (g *rng) addrUK() addr {
	i := g.n(6)
	return addr{
		fmt.Sprintf("%d %s", g.in(1, 180), one(g, "Tregenna Close", "Abbotsford Road", "Marlpit Lane", "Crown Terrace", "Hawthorn Rise", "Mill Wynd")),
		[]string{"EX4 ", "LS6 ", "CF24 ", "NR2 ", "BS7 ", "EH10 "}[i] + fmt.Sprintf("%d%s", g.in(1, 9), g.s("ABDEFGHJLNPQRSTUWXYZ", 2)),
		[]string{"Exeter", "Leeds", "Cardiff", "Norwich", "Bristol", "Edinburgh"}[i], "",
	}
}
func (g *rng) addrUS() addr {
	return addr{
		fmt.Sprintf("%d %s", g.in(100, 9900), one(g, "Larkspur Ln", "Old Mill Rd", "Juniper Ct", "W Cedar St", "Harbor View Dr")),
		fmt.Sprintf("%05d", g.in(10000, 99950)), one(g, "Fort Collins", "Bend", "Ann Arbor", "Asheville", "Boise"),
		one(g, "CO", "OR", "MI", "NC", "ID"),
	}
}

func (g *rng) addrNL() addr {
	return addr{
		one(g, "Kastanjelaan", "Prinsengracht", "Molenstraat", "Van Speijkstraat", "Dorpsstraat", "Zuiderdiep"),
		fmt.Sprintf("%d %s", g.in(1011, 9999), g.s("ABCEGHJKLNPRSTVXZ", 2)),
		one(g, "Utrecht", "Groningen", "Zwolle", "Leeuwarden", "Tilburg", "Haarlem"), "",
	}
}
func (g *rng) addrPL() addr {
	return addr{
		one(g, "ul. Marszałkowska", "ul. Piotrkowska", "al. Grunwaldzka", "ul. Długa", "ul. Ogrodowa", "os. Kościuszkowskie"),
		fmt.Sprintf("%02d-%03d", g.in(0, 99), g.n(1000)),
		one(g, "Warszawa", "Łódź", "Gdańsk", "Kraków", "Poznań", "Wrocław"), "",
	}
}
func (g *rng) addrIT() addr {
	i := g.n(6)
	return addr{
		fmt.Sprintf("%s %d", one(g, "Via dei Mille", "Corso Vittorio Emanuele", "Viale Gramsci", "Via Roma", "Piazza Garibaldi", "Via della Spiga"), g.in(1, 180)),
		[]string{"101", "401", "701", "371", "501", "351"}[i] + fmt.Sprintf("%02d", g.in(0, 49)),
		[]string{"Torino", "Bologna", "Bari", "Verona", "Firenze", "Padova"}[i],
		[]string{"TO", "BO", "BA", "VR", "FI", "PD"}[i],
	}
}
