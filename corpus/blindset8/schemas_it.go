package blindset8

import (
	"fmt"
	"strings"
)

// parrocchia-anagrafe: an Italian parish office's family register as
// XML-converted JSON ("@attr", "#text"): family address and phones,
// members with sacraments, visits to the sick with illness and therapy,
// offerings, the office PC, the oratory Wi-Fi, the register software's
// login and the parish priest's notes in Italian.

func parrocchia(g *rng) any {
	fam := g.personOf("it")
	comuni := []struct{ city, cap, prov string }{
		{"Bergamo", "2412", "BG"}, {"Monza", "2090", "MB"}, {"Lecce", "7310", "LE"}, {"Cagliari", "0912", "CA"},
		{"Treviso", "3110", "TV"}, {"Perugia", "0612", "PG"}, {"Milano", "201", "MI"},
	}
	c := one(g, comuni...)
	cap := c.cap + g.s(num, 5-len(c.cap))

	var members arr
	n := g.in(1, 4)
	for i := 0; i < n; i++ {
		var m person
		if i == 0 {
			m = fam
		} else {
			m = g.personOf("it")
			m.last = fam.last
			m.alast = fam.alast
		}
		role := "capofamiglia"
		if i > 0 {
			role = one(g, "coniuge", "figlio/a", "genitore")
		}
		mem := obj{
			{"@ruolo", plain(role)},
			{"@id", decoy(fmt.Sprintf("P%06d", g.n(1_000_000)))},
			{"nome", cont(m.first)},
			{"cognome", cont(m.last)},
			{"sesso", sexOf(fm(m, "F", "M"))},
			{"data_nascita", cont(g.dob())},
		}
		if g.chance(60) {
			mem = append(mem, field{"email", cont(g.email(m))})
		} else {
			mem = append(mem, field{"email", nullDecoy()})
		}
		mem = append(mem, field{"sacramenti", obj{
			{"battesimo", obj{{"@data", plain(g.date())}, {"@parrocchia", plain(one(g, "S. Maria Assunta", "S. Giuseppe", "SS. Pietro e Paolo", "S. Antonio Abate"))}}},
			{"cresima", obj{{"@data", plain(g.date())}, {"@registro", decoy(fmt.Sprintf("Reg. %d n. %d", g.in(1970, 2020), g.in(1, 300)))}}},
		}})
		if i == 0 && g.chance(55) {
			min := g.personOf("it")
			mem = append(mem, field{"visita_malati", obj{
				{"@attiva", decoy("true")},
				{"patologie", hlth(one(g, "morbo di Parkinson", "diabete di tipo 2, piede diabetico", "esiti di ictus, emiparesi destra", "BPCO in ossigenoterapia", "demenza senile lieve"))},
				{"terapia", hlth(one(g, "levodopa/carbidopa 100/25 mg", "insulina glargine 20 UI", "ossigeno 2 l/min", "donepezil 5 mg", "warfarin"))},
				{"allettato", hlth(g.chance(40))},
				{"ministro", cont(one(g, "don ", "diac. ", "sr. ") + min.first + " " + min.last)},
				{"frequenza", plain(one(g, "settimanale", "primo venerdì", "quindicinale"))},
			}})
		}
		members = append(members, mem)
	}

	var offerte arr
	for i := 0; i < g.in(1, 3); i++ {
		offerte = append(offerte, obj{
			{"@data", plain(g.date())},
			{"@metodo", plain(one(g, "contanti", "bonifico", "satispay"))},
			{"@causale", plain(one(g, "benedizione case", "battesimo", "8x1000", "restauro campanile"))},
			{"#text", decoy(money(float64(g.in(5, 300))))},
		})
	}

	wifiSSID := one(g, "Oratorio-"+one(g, "SanGiuseppe", "Guest", "Giovani"), "Parrocchia_WiFi", "TIM-"+g.s(num, 8), "FASTWEB-"+g.s(uc+num, 6))
	lan := g.lanPrefix()
	staff := g.personOf("it")
	var note []piece
	switch g.n(6) {
	case 0:
		note = []piece{p("La signora "), p(fam.last, contactCat), p(" chiede la comunione a casa il venerdì: "), p(one(g, "è in dialisi tre volte a settimana.", "frattura del femore, non cammina.", "ha l'Alzheimer, parlare con la figlia."), healthCat)}
	case 1:
		note = []piece{p("Cambiato numero, nuovo cellulare "), p(g.phoneIT(), contactCat), p(".")}
	case 2:
		note = []piece{p("Nuova password del gestionale per la segreteria: "), p(g.password(), credCat)}
	case 3:
		note = []piece{p("Famiglia trasferita in "), p(one(g, "via Garibaldi ", "via Roma ", "corso Vittorio Emanuele ")+fmt.Sprint(g.in(1, 90)), contactCat), p(", aggiornare la zona per la benedizione.")}
	case 4:
		note = []piece{p("La stampante dell'ufficio ("), p(lan+".40", netCat), p(") non stampa i certificati.")}
	default:
		note = []piece{p("Preparazione al battesimo completata, incontro con i padrini fissato.")}
	}

	return language(obj{{"anagrafe", obj{
		{"@versione", decoy(one(g, "2.1", "2.3", "3.0.4"))},
		{"@esportato", plain(g.iso())},
		{"@diocesi", plain(one(g, "Bergamo", "Milano", "Lecce", "Cagliari", "Treviso", "Perugia"))},
		{"famiglia", obj{
			{"@id", decoy(fmt.Sprintf("FAM-%05d", g.n(100000)))},
			{"@zona", plain(fmt.Sprint(g.in(1, 12)))},
			{"indirizzo", obj{
				{"via", cont(one(g, "Via Garibaldi", "Via Roma", "Via Dante Alighieri", "Viale Europa", "Via dei Mille") + " " + fmt.Sprint(g.in(1, 150)))},
				{"cap", cont(cap)},
				{"comune", cont(c.city)},
				{"provincia", cont(c.prov)},
			}},
			{"telefono", arr{
				obj{{"@tipo", plain("casa")}, {"#text", cont(one(g, "035 555 0", "039 555 0", "0832 555 0", "070 555 0") + g.s(num, 3))}},
				obj{{"@tipo", plain("cellulare")}, {"#text", cont(g.phoneIT())}},
			}},
			{"membro", members},
		}},
		{"offerte", obj{{"offerta", offerte}, {"@totale_anno", decoy(money(g.f(20, 900)))}}},
		{"ufficio", obj{
			{"pc_segreteria", obj{
				{"@modello", dev(one(g, "HP ProDesk 400 G7", "Lenovo ThinkCentre M70q", "Dell OptiPlex 3080"))},
				{"@seriale", dev(strings.ToUpper(g.s(uc+num, 10)))},
				{"ip", netw(g.lanIP(lan))},
				{"nome_host", netw("segreteria-pc." + one(g, "parrocchia.lan", "oratorio.lan", "canonica.internal"))},
			}},
			{"wifi_oratorio", obj{
				{"ssid", netw(wifiSSID)},
				{"chiave", cred(g.passphrase())},
				{"@nascosta", decoy("false")},
			}},
			{"gestionale", obj{
				{"utente", cont(strings.ToLower(staff.afirst[:1] + staff.alast))},
				{"password", cred(g.password())},
				{"versione", decoy(g.ver(3))},
				{"tentativi_login_max", decoy(5)},
			}},
		}},
		{"note_parroco", obj{{"@autore", cont("don " + g.manOf("it").first)}, {"#text", prose(note...)}}},
	}}})
}
