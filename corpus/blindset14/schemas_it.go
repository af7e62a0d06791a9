package blindset14

import "fmt"

// agriturismo-hal-it: a Tuscan / Umbrian farm-stay's booking system API
// (HAL+JSON with Italian fields: _links with curies, _embedded guest,
// companions, folio, door and Wi-Fi access, messages).

var (
	itNomiF    = []string{"Giulia", "Chiara", "Francesca", "Elena", "Martina", "Silvia", "Alessia", "Federica"}
	itNomiM    = []string{"Lorenzo", "Matteo", "Davide", "Andrea", "Simone", "Riccardo", "Stefano", "Gabriele"}
	itCognomi  = []string{"Ferraro", "Colombo", "Esposito", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "Mancini", "Lombardi", "Moretti"}
	itVie      = []string{"Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Mazzini", "Via San Francesco", "Piazza Cavour"}
	itComuni   = [][3]string{{"Bologna", "BO", "401"}, {"Torino", "TO", "101"}, {"Verona", "VR", "371"}, {"Bari", "BA", "701"}, {"Padova", "PD", "351"}, {"Firenze", "FI", "501"}}
	itCamere   = []string{"Il Fienile", "La Limonaia", "Suite del Frantoio", "Camera Glicine", "Appartamento Vigna"}
	itAllergie = []string{"frutta a guscio", "crostacei", "uova", "sedano", "arachidi", "pesce", "senape"}
)

func itPerson(r *rng) (string, string, string) {
	if r.chance(0.5) {
		return r.pick(itNomiF...), r.pick(itCognomi...), "F"
	}
	return r.pick(itNomiM...), r.pick(itCognomi...), "M"
}

func agriturismoIT(r *rng) any {
	nome, cognome, sesso := itPerson(r)
	com := itComuni[r.IntN(len(itComuni))]
	code := fmt.Sprintf("PR-%d-%04d", r.in(2023, 2024), r.in(1, 9999))
	ospID := r.in(1000, 99999)
	lan := r.lanPrefix()
	ssid := r.pick("Agriturismo-Ospiti", "PoggioVerde_Guest", "FRITZ!Box 7530 ZX", "CasaleWiFi")

	var allergie arr
	for _, a := range r.pickSome(r.in(0, 2), itAllergie...) {
		allergie = append(allergie, hlth(a))
	}
	var intoll arr
	if r.chance(0.4) {
		intoll = arr{hlth(r.pick("lattosio", "glutine", "istamina"))}
	} else {
		intoll = arr{}
	}
	ospite := obj{
		{"_links", obj{{"self", obj{{"href", plain(fmt.Sprintf("/api/ospiti/%d", ospID))}}}}},
		{"nome", cont(nome)},
		{"cognome", cont(cognome)},
		{"sesso", sexOf(sesso)},
		{"data_nascita", cont(r.day(1950, 2000))},
		{"codice_fiscale", cont(r.letters(6) + r.digits(2) + r.letters(1) + r.digits(2) + r.letters(1) + r.digits(3) + r.letters(1))},
		{"documento", obj{{"tipo", plain(r.pick("Carta d'identità", "Passaporto", "Patente"))}, {"numero", cont(r.upper(2) + r.digits(7))}, {"rilasciato_da", plain("Comune di " + com[0])}}},
		{"indirizzo", obj{
			{"via", cont(r.pick(itVie...))},
			{"civico", cont(fmt.Sprint(r.in(1, 180)))},
			{"cap", cont(com[2] + r.digits(2))},
			{"comune", cont(com[0])},
			{"provincia", cont(com[1])},
			{"nazione", decoy("IT")},
		}},
		{"cellulare", cont(fmt.Sprintf("+39 320 000 0%03d", r.in(0, 999)))},
		{"email", cont(r.mail(ascii(nome) + "." + ascii(cognome)))},
		{"esigenze", obj{
			{"allergie", allergie},
			{"intolleranze", intoll},
			{"celiachia", hlth(r.chance(0.15))},
			{"dieta", plain(r.pick("nessuna", "vegetariana", "vegana", "senza maiale"))},
			{"note_mediche", r.pickProse(
				func() leaf {
					return prose(p("Ospite "), p(fmt.Sprintf("in gravidanza (%d° mese)", r.in(4, 8)), healthC), p(", chiede camera al piano terra."))
				},
				func() leaf {
					return prose(p("Viaggia con "), p("sedia a rotelle", healthC), p(", serve accesso senza gradini."))
				},
				func() leaf { return prose(p("Nessuna.")) },
				func() leaf {
					return prose(p("Figlio "), p("con diabete di tipo 1, porta insulina: serve frigorifero in camera", healthC), p("."))
				},
			)},
		}},
	}
	var acc arr
	for a, na := 0, r.in(0, 2); a < na; a++ {
		an, ac, _ := itPerson(r)
		acc = append(acc, obj{{"nome", cont(an)}, {"cognome", cont(ac)}, {"data_nascita", cont(r.day(1950, 2020))}, {"relazione", plain(r.pick("coniuge", "figlio/a", "amico/a", "genitore"))}})
	}
	notti := r.in(2, 9)
	prezzo := r.f2(90, 260)
	lockFW := dev(r.ver())
	if r.chance(0.4) {
		lockFW = fwIP(r.ipVer())
	}
	doc := obj{
		{"_links", obj{
			{"self", obj{{"href", plain("/api/prenotazioni/" + code)}}},
			{"agr:ospite", obj{{"href", plain(fmt.Sprintf("/api/ospiti/%d", ospID))}}},
			{"curies", arr{obj{{"name", plain("agr")}, {"href", plain("https://docs.agriturismo.example/rels/{rel}")}, {"templated", plain(true)}}}},
		}},
		{"codice", decoy(code)},
		{"stato", plain(r.pick("confermata", "in corso", "conclusa"))},
		{"arrivo", plain(r.day(2024, 2024))},
		{"notti", plain(notti)},
		{"camera", plain(r.pick(itCamere...))},
		{"adulti", plain(r.in(1, 4))},
		{"bambini", plain(r.in(0, 3))},
		{"canale", plain(r.pick("diretto", "Booking.com", "Airbnb", "telefono"))},
		{"_embedded", obj{
			{"agr:ospite", ospite},
			{"agr:accompagnatori", acc},
			{"agr:conto", obj{
				{"righe", arr{
					obj{{"descrizione", plain("Pernottamento")}, {"quantita", plain(notti)}, {"importo", plain(prezzo)}, {"iva", plain(10)}},
					obj{{"descrizione", plain("Cena in agriturismo")}, {"quantita", plain(r.in(1, 6))}, {"importo", plain(r.f2(25, 45))}, {"iva", plain(10)}},
				}},
				{"tassa_soggiorno", plain(r.f2(1, 3))},
				{"totale", plain(r.f2(300, 3000))},
				{"carta", obj{{"circuito", plain(r.pick("VISA", "Mastercard", "Amex"))}, {"ultime4", decoy(r.digits(4))}, {"scadenza", decoy(fmt.Sprintf("%02d/%d", r.in(1, 12), r.in(25, 30)))}}},
				{"_links", obj{{"agr:ricevuta", obj{{"href", decoy("https://cdn.agriturismo.example/ricevute/" + code + ".pdf")}}}}},
			}},
			{"agr:accesso", obj{
				{"serratura", dev(r.pick("Nuki Smart Lock 4.0", "Yale Linus L2", "igloohome Deadbolt 2S", "Danalock V3"))},
				{"serratura_firmware", lockFW},
				{"codice_porta", cred(r.digits(6))},
				{"valido_dal", plain(r.iso(2024, 2024))},
				{"wifi_ospiti", obj{{"ssid", netw(ssid)}, {"password", cred(r.pick("Olio", "Vino", "Cipresso") + r.digits(4) + "!")}}},
				{"router", obj{{"modello", dev(r.pick("FRITZ!Box 7530 AX", "TIM Hub+", "Vodafone Power Station", "Zyxel VMG8825"))}, {"ip_lan", netw(lan + ".1")}, {"pagina_admin", netw("http://" + lan + ".1")}, {"password_admin", cred(r.alnum(10))}}},
			}},
			{"agr:messaggi", arr{
				obj{{"da", plain("ospite")}, {"inviato", plain(r.iso(2024, 2024))}, {"testo", r.pickProse(
					func() leaf {
						return prose(p("Buongiorno, arriviamo verso le 22, potete lasciarci il codice? Il mio numero è "), p(fmt.Sprintf("+39 320 000 0%03d", r.in(0, 999)), contactC))
					},
					func() leaf { return prose(p("Possiamo portare il cane? È piccolo e tranquillo.")) },
					func() leaf {
						return prose(p("Mio marito "), p("è allergico alle api", healthC), p(", ci sono alveari vicino alla piscina?"))
					},
				)}},
				obj{{"da", plain("struttura")}, {"inviato", plain(r.iso(2024, 2024))}, {"testo", r.pickProse(
					func() leaf {
						return prose(p("Certo! Il codice della porta è "), p(r.digits(6), credC), p(", wifi "), p(ssid, netC), p(". Buon viaggio!"))
					},
					func() leaf { return prose(p("Benvenuti! La colazione è servita dalle 8 alle 10.")) },
				)}},
			}},
		}},
		{"versione_api", decoy(r.pick("2.4.1", "3.0"))},
		{"creato_il", plain(r.iso(2023, 2024))},
	}
	return language(doc)
}
