package blindset7

import "fmt"

// medicinaSportiva: an Italian sports-medicine clinic's competitive
// fitness visit (visita agonistica), one row of its booking and reporting
// software flattened to dotted Italian keys (one with a space and a "/"):
// the athlete and the club, the visit (height, weight, BMI, resting heart
// rate, blood pressure, resting and exercise ECG, spirometry, vision,
// urine test, history, verdict, notes), the certificate, the ECG device
// and workstation, the exercise bike, the patient portal, the booking.
func medicinaSportiva(g *rng) any {
	at := g.personOf("it")
	a := g.addrIT()
	med := g.personOf("it")
	ref := g.personOf("it")
	ht := g.in(150, 198)
	wt := round1(float64(ht*ht) / 10000 * g.f(18.5, 27.5))
	idoneo := g.chance(85)
	giud := "IDONEO"
	if !idoneo {
		giud = one(g, "NON IDONEO temporaneamente", "IDONEO con prescrizione di controllo a 6 mesi")
	}
	fev1 := round2(g.f(2.4, 5.2))
	seen := uniq{}
	nota := seen.draw(func() leaf { return sportNota(g, at) })
	anam := seen.draw(func() leaf { return sportNota(g, at) })
	visita := clinical(obj{
		{"visita.tipo", plain(one(g, "agonistica", "agonistica", "non agonistica"))},
		{"visita.sport", plain(one(g, "calcio", "pallavolo", "ciclismo", "nuoto", "atletica leggera", "basket", "rugby"))},
		{"visita.data", plain(g.date())},
		{"visita.altezza_cm", hlth(ht)},
		{"visita.peso_kg", hlth(wt)},
		{"visita.bmi", hlth(bmi(wt, ht))},
		{"visita.fc_riposo", hlth(g.in(44, 92))},
		{"visita.pa sist/diast", hlth(fmt.Sprintf("%d/%d", g.in(100, 150), g.in(60, 95)))},
		{"visita.ecg_riposo", hlth(one(g, "ritmo sinusale, PR 160 ms, nei limiti", "bradicardia sinusale 52 bpm, ripolarizzazione precoce", "BBDx incompleto, per il resto nella norma"))},
		{"visita.ecg_sforzo", hlth(one(g, "negativo per ischemia e aritmie", "rare extrasistoli ventricolari isolate al recupero", "negativo, FC max 182"))},
		{"visita.spirometria.fev1", hlth(fev1)},
		{"visita.spirometria.fvc", hlth(round2(fev1 * g.f(1.1, 1.35)))},
		{"visita.visus", hlth(one(g, "10/10 OO", "9/10 OD, 10/10 OS", "8/10 OO con lenti"))},
		{"visita.esame_urine", hlth(one(g, "negativo", "negativo", "tracce di proteine"))},
		{"visita.anamnesi", anam},
		{"visita.giudizio", hlth(giud)},
		{"visita.scadenza", plain(g.date())},
		{"visita.medico", cont("Dott. " + med.full())},
		{"visita.note", nota},
	})
	row := obj{
		{"id", decoy(g.in(100000, 999999))},
		{"atleta.nome", cont(at.first)},
		{"atleta.cognome", cont(at.last)},
		{"atleta.data_nascita", cont(fmt.Sprintf("%02d/%02d/%d", g.in(1, 28), g.in(1, 12), g.in(1970, 2010)))},
		{"atleta.sesso", sexOf(fm(at, "F", "M"))},
		{"atleta.indirizzo.via", cont(a.street)},
		{"atleta.indirizzo.cap", cont(a.zip)},
		{"atleta.indirizzo.comune", cont(a.city)},
		{"atleta.indirizzo.prov", cont(a.region)},
		{"atleta.cellulare", cont(g.phoneIT())},
		{"atleta.email", cont(g.email(at))},
		{"societa.nome", plain(one(g, "ASD Virtus Borgo", "Polisportiva San Donato", "US Atletica Verona", "GS Ciclisti Padovani"))},
		{"societa.referente", cont(ref.full())},
		{"societa.tel", cont(g.phoneIT())},
	}
	row = append(row, visita.(obj)...)
	ecgIP := g.lanIP("192.168." + fmt.Sprint(g.in(10, 60)))
	row = append(row,
		field{"certificato.numero", decoy(fmt.Sprintf("%d/%05d", g.in(2023, 2025), g.n(99999)))},
		field{"certificato.pdf_sha1", decoy(g.sha1())},
		field{"tariffa_eur", decoy(one(g, 40, 45, 55, 60))},
		field{"ecg.dispositivo", dev(one(g, "Cardioline touchECG HD+", "Schiller Cardiovit AT-102 G2", "Mortara ELI 280"))},
		field{"ecg.seriale", dev(g.s(num, 9))},
		field{"ecg.fw", dev(fmt.Sprintf("%d.%d.%d", g.in(1, 4), g.n(20), g.n(50)))},
		field{"ecg.workstation", netw(fmt.Sprintf("ambu-ecg-%02d.medsport.lan", g.in(1, 12)))},
		field{"ecg.ip", netw(ecgIP)},
		field{"cicloergometro.modello", dev(one(g, "Lode Corival cpet", "Cosmed E100", "Ergoline ergoselect 200"))},
		field{"sala.temperatura", decoy(round1(g.f(19, 25)))},
		field{"portale.username", cont(g.handle(at))},
		field{"portale.password", cred(g.password())},
		field{"portale.ultimo_login", plain(g.iso())},
		field{"prenotazione.codice", decoy(g.s(uc+num, 8))},
		field{"prenotazione.sms_inviato", decoy(g.chance(80))},
	)
	return language(row)
}

func sportNota(g *rng, at person) leaf {
	switch g.n(6) {
	case 0:
		return prose(p("Riferisce "), p(one(g, "episodi di palpitazioni sotto sforzo", "dolore toracico durante la corsa", "un episodio di sincope in partita"), healthCat), p(", si richiede Holter 24h ed ecocardiogramma."))
	case 1:
		return prose(p("Nulla da segnalare."))
	case 2:
		return prose(p("Atleta minorenne accompagnato dalla madre, "), p(g.womanOf("it").first+" "+at.last, contactCat), p(", tel. "), p(g.phoneIT(), contactCat), p("."))
	case 3:
		return prose(p("Asma da sforzo in trattamento con salbutamolo al bisogno", healthCat), p("."))
	case 4:
		return prose(p("Tracciato ECG ripetuto: elettrodo V3 staccato, dispositivo "), p(g.s(num, 9), deviceCat), p("."))
	}
	return prose(p("Anamnesi: "), p(one(g, "frattura del polso sinistro nel 2022, nessun esito", "appendicectomia a 12 anni", "familiarità per morte improvvisa (zio paterno)"), healthCat), p("."))
}
