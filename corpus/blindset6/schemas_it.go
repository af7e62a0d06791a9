package blindset6

import (
	"fmt"
	"strings"
)

// smartwatch: an Italian kids' 4G smartwatch vendor's cloud, one watch per
// document (Italian kebab-case keys): the watch (IMEI, ICCID, SIM number,
// model, firmware, nickname, last contact), the child (birth date, sex,
// height and weight for the step counter, school), the parents with their
// logins, the phone book, safe zones with the home address, Wi-Fi networks
// seen for indoor positioning, school mode, steps and heart rate, voice
// messages, subscription, push token, support notes.
func smartwatch(g *rng) any {
	kid := g.personOf("it")
	par := g.personOf("it")
	k := g.n(3)
	model := []string{"Xplora X6Play", "imoo Watch Phone Z7", "SPC Smartee 4G Kids"}[k]
	var fw leaf
	if k == 1 {
		fw = dev(fmt.Sprintf("Z7_V%d.%d.%d_%s", g.in(1, 3), g.n(10), g.n(20), g.date()[:7]))
	} else {
		fw = fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(1, 4), g.n(10), g.n(40), g.in(1, 99)))
	}
	parents := arr{}
	for j, pp := range []person{par, g.personOf("it")} {
		if j == 1 && g.chance(40) {
			break
		}
		parents = append(parents, obj{
			{"nome", cont(pp.full())},
			{"email", cont(g.email(pp))},
			{"cellulare", cont(g.phoneIT())},
			{"ruolo", plain(one(g, "amministratore", "familiare"))},
			{"password-hash", cred(g.bcrypt())},
		})
	}
	book := arr{}
	for j := 0; j < g.in(1, 4); j++ {
		c := g.personOf("it")
		book = append(book, obj{
			{"nome", cont(one(g, "Nonna ", "Zio ", "", "Mamma ") + c.first)},
			{"numero", cont(g.phoneIT())},
			{"sos", plain(j == 0)},
		})
	}
	home := fmt.Sprintf("%s %d, %05d %s", one(g, "Via dei Mille", "Corso Garibaldi", "Via Roma", "Viale Monza", "Via San Vitale"), g.in(1, 200), g.in(10100, 50144), one(g, "Milano", "Torino", "Bologna", "Firenze", "Bari"))
	zones := arr{
		obj{{"nome", plain("Casa")}, {"indirizzo", cont(home)}, {"raggio-m", decoy(one(g, 100, 150, 200))}},
		obj{{"nome", plain("Scuola")}, {"indirizzo", plain(one(g, "I.C. Manzoni", "Scuola primaria G. Rodari", "Istituto comprensivo Dante Alighieri"))}, {"raggio-m", decoy(one(g, 200, 300))}},
	}
	wifi := arr{}
	for j := 0; j < g.in(1, 3); j++ {
		wifi = append(wifi, obj{
			{"ssid", netw(one(g, "TIM-"+g.s(num, 8), "Vodafone-"+g.s(alnum, 6), "FASTWEB-"+g.s(alnum, 6), "WiFi Casa "+par.last, "Scuola_Didattica"))},
			{"bssid", macAddr(g.mac())},
			{"rssi", plain(-g.in(40, 90))},
		})
	}
	msgs := arr{}
	for j := 0; j < g.in(0, 2); j++ {
		msgs = append(msgs, obj{
			{"url", cred(g.signedURL("voce.kidswatch.example.net", "vm/"+g.uuid()+".amr"))},
			{"durata-s", plain(g.in(2, 15))},
			{"mittente", cont(kid.first)},
		})
	}
	hr := null()
	if k != 2 {
		hr = hlth(g.in(70, 120))
	}
	return language(obj{
		{"id-orologio", dev(strings.ToUpper(g.s(hx, 12)))},
		{"imei", dev(g.imei())},
		{"iccid", dev(g.iccid("39"))},
		{"numero-sim", cont(g.phoneIT())},
		{"modello", dev(model)},
		{"firmware", fw},
		{"soprannome", dev("Orologio di " + kid.first)},
		{"ultimo-contatto", dev(g.iso())},
		{"batteria", decoy(g.in(3, 100))},
		{"temperatura-dispositivo", decoy(round1(g.f(24, 41)))},
		{"bambino", obj{
			{"nome", cont(kid.first)},
			{"cognome", cont(par.last)},
			{"data-nascita", cont(fmt.Sprintf("%d-%02d-%02d", g.in(2013, 2019), g.in(1, 12), g.in(1, 28)))},
			{"sesso", sexOf(fm(kid, "F", "M"))},
			{"altezza-cm", hlth(g.in(105, 160))},
			{"peso-kg", hlth(round1(g.f(17, 48)))},
			{"classe", plain(one(g, "2A", "3B", "4C", "5A", "1 media"))},
		}},
		{"genitori", parents},
		{"rubrica", book},
		{"zone-sicure", zones},
		{"wifi-rilevate", wifi},
		{"modalita-scuola", obj{
			{"attiva", plain(g.chance(70))},
			{"dalle", plain("08:" + one(g, "00", "10", "30"))},
			{"alle", plain(one(g, "13:00", "16:30"))},
		}},
		{"salute", obj{
			{"passi-oggi", hlth(g.in(800, 16000))},
			{"battito-bpm", hr},
			{"obiettivo-passi", plain(one(g, 6000, 8000, 10000))},
		}},
		{"messaggi-vocali", msgs},
		{"abbonamento", obj{
			{"piano", plain(one(g, "Base", "Plus 4G", "Famiglia"))},
			{"prezzo", decoy(one(g, "4,99", "7,99", "9,99"))},
			{"codice-ordine", decoy("ORD-" + g.s(num, 8))},
			{"sku", decoy(strings.ToUpper(strings.ReplaceAll(model, " ", "-")[:6]) + "-" + one(g, "BLU", "ROSA", "NERO"))},
		}},
		{"push-token", cred(g.fcm())},
		{"note-assistenza", notaAssistenzaIT(g, kid, par)},
	})
}

func notaAssistenzaIT(g *rng, kid, par person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("La mamma chiede di aggiungere il numero della nonna "), p(g.phoneIT(), contactCat), p(" alla rubrica, fatto."))
	case 1:
		return prose(p("Orologio non si aggancia alla rete, reset SIM. IMEI "), p(g.imei(), deviceCat), p("."))
	case 2:
		return prose(p(kid.first, contactCat), p(" è "), p(one(g, "diabetico (tipo 1)", "epilettico", "allergico alle arachidi"), healthCat), p(": i genitori chiedono un promemoria fisso alle 10:00."))
	case 3:
		return prose(p("Cliente "), p(par.full(), contactCat), p(" chiede rimborso dell'abbonamento, inoltrato all'amministrazione."))
	}
	return prose(p("Posizione imprecisa a casa, suggerito di tenere acceso il Wi-Fi "), p("WiFi Casa "+par.last, netCat), p("."))
}
