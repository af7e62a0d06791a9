package blindset4

import (
	"fmt"
	"strings"
)

// Schemas of clinics and care services. Medical fields are hard kind
// "clinical"; the other leaves of the documents with non-English keys are
// "language".

// somnolab: a sleep clinic's polysomnography study export (snake_case).
func somnolab(g *rng) any {
	pt := g.personOf("en")
	doc := g.personOf("en")
	tech := g.personOf("en")
	cm := g.in(152, 195)
	kg := round1(g.f(55, 138))
	ahi := round1(g.f(1.5, 62))
	events := arr{}
	for k := 0; k < g.in(3, 5); k++ {
		events = append(events, obj{
			{"onset_s", plain(g.in(300, 28000))},
			{"event", hlth(one(g, "obstructive_apnea", "hypopnea", "central_apnea", "rera", "plm"))},
			{"duration_s", hlth(round1(g.f(10, 58)))},
			{"desat_pct", hlth(g.in(3, 19))},
		})
	}
	dx := one(g,
		[2]string{"G47.33", "Obstructive sleep apnea (adult)"},
		[2]string{"G47.31", "Primary central sleep apnea"},
		[2]string{"G47.00", "Insomnia, unspecified"},
		[2]string{"G25.81", "Restless legs syndrome"},
		[2]string{"G47.411", "Narcolepsy with cataplexy"},
	)
	var interp leaf
	switch g.n(5) {
	case 0:
		interp = prose(p(fmt.Sprintf("Severe OSA, AHI %.1f with nadir SpO2 %d%%. ", ahi, g.in(68, 84)), healthCat), p("Recommend in-lab CPAP titration; discussed with "), p(pt.first, contactCat), p(" by phone."))
	case 1:
		interp = prose(p("Study technically adequate. No significant sleep-disordered breathing."))
	case 2:
		interp = prose(p("Frequent PLMs with arousals; ferritin ordered. Patient takes ", healthCat), p(one(g, "sertraline 100 mg", "ropinirole 0.25 mg", "zolpidem 10 mg"), healthCat), p(" nightly."))
	case 3:
		interp = prose(p("Amplifier "), p("SN "+g.s(uc+num, 9), deviceCat), p(" dropped channel C4 at 02:10, re-seated by tech."))
	default:
		interp = prose(p("Report faxed to referring office; copy e-mailed to "), p(g.email(pt), contactCat), p(" at patient request."))
	}
	return obj{
		{"study_id", decoy(fmt.Sprintf("PSG-%d-%05d", g.in(2023, 2025), g.n(100000)))},
		{"study_type", plain(one(g, "diagnostic", "split_night", "mslt"))},
		{"schema_rev", decoy(g.ver(3))},
		{"patient", obj{
			{"given_name", cont(pt.first)},
			{"family_name", cont(pt.last)},
			{"dob", cont(g.dob())},
			{"sex", sexOf(fm(pt, "F", "M"))},
			{"phone", cont(g.phoneUS())},
			{"email", cont(g.email(pt))},
			{"height_cm", hlth(cm).clin()},
			{"weight_kg", hlth(kg).clin()},
			{"bmi", hlth(bmi(kg, cm)).clin()},
			{"neck_circumference_cm", hlth(g.in(32, 48)).clin()},
			{"epworth_score", hlth(g.in(2, 22)).clin()},
			{"referring_physician", cont("Dr. " + doc.first + " " + doc.last)},
		}},
		{"recording", obj{
			{"started_at", decoy(g.iso())},
			{"lights_off", plain(fmt.Sprintf("%02d:%02d", g.in(21, 23), g.n(60)))},
			{"montage", plain(one(g, "AASM-std-v2", "PSG-full-16ch", "HSAT-type3"))},
			{"amplifier", obj{
				{"model", dev(one(g, "Embla N7000", "Compumedics Grael 4K", "Nox A1s", "Natus SleepWorks XLTEK"))},
				{"serial", dev(g.s(uc, 2) + g.s(num, 7))},
				{"firmware", dev("fw " + g.ver(3))},
			}},
			{"acquisition_host", netw(fmt.Sprintf("psg-bed%d.sleeplab.internal", g.in(1, 8)))},
			{"acquisition_ip", netw(g.lanIP("10.40." + fmt.Sprint(g.in(1, 9))))},
		}},
		{"scoring", clinical(obj{
			{"tst_min", hlth(g.in(180, 460))},
			{"sleep_efficiency_pct", hlth(round1(g.f(55, 96)))},
			{"sleep_latency_min", hlth(g.in(2, 70))},
			{"rem_latency_min", hlth(g.in(40, 180))},
			{"stages", obj{
				{"n1_pct", hlth(g.in(3, 15))},
				{"n2_pct", hlth(g.in(40, 60))},
				{"n3_pct", hlth(g.in(5, 25))},
				{"rem_pct", hlth(g.in(10, 25))},
			}},
			{"ahi", hlth(ahi)},
			{"odi", hlth(round1(ahi * g.f(0.6, 1.1)))},
			{"spo2_nadir", hlth(g.in(68, 92))},
			{"spo2_mean", hlth(g.in(90, 97))},
			{"t90_min", hlth(round1(g.f(0, 60)))},
			{"hr_mean_bpm", hlth(g.in(52, 88))},
			{"arousal_index", hlth(round1(g.f(5, 45)))},
		})},
		{"events", clinical(events)},
		{"diagnosis", clinical(obj{
			{"icd10", hlth(dx[0])},
			{"text", hlth(dx[1])},
		})},
		{"interpretation", interp},
		{"scored_by", cont(tech.first + " " + tech.last + ", RPSGT")},
		{"export", obj{
			{"generated_at", decoy(g.iso())},
			{"exporter_version", decoy(g.ver(4))},
			{"edf_sha256", decoy(g.sha256())},
			{"page_count", decoy(g.in(4, 22))},
		}},
		{"portal", obj{
			{"username", cont(g.handle(pt))},
			{"password_hash", cred(g.bcrypt())},
			{"reset_token", cred(g.opaque(32))},
			{"reset_token_ttl", decoy(3600)},
		}},
	}
}

// medycynaPracy: a Polish occupational-medicine clinic's screening record
// (Polish snake_case keys).
func medycynaPracy(g *rng) any {
	w := g.personOf("pl")
	lek := g.personOf("pl")
	cm := g.in(155, 198)
	kg := float64(g.in(50, 125))
	labs := arr{}
	for _, t := range some(g, g.in(2, 3),
		[4]string{"glukoza na czczo", "mg/dl", "70-99", "gl"},
		[4]string{"cholesterol całkowity", "mg/dl", "<190", "ch"},
		[4]string{"morfologia - hemoglobina", "g/dl", "12-16", "hb"},
		[4]string{"ALT", "U/l", "<40", "alt"},
	) {
		var v any
		switch t[3] {
		case "gl":
			v = g.in(72, 140)
		case "ch":
			v = g.in(140, 280)
		case "hb":
			v = round1(g.f(11.5, 17))
		default:
			v = g.in(10, 80)
		}
		labs = append(labs, obj{
			{"badanie", plain(t[0])},
			{"wynik", hlth(v)},
			{"jednostka", decoy(t[1])},
			{"norma", decoy(t[2])},
		})
	}
	var ogr leaf
	switch g.n(4) {
	case 0:
		ogr = prose(p("Przeciwwskazana praca na wysokości powyżej 3 m ("), p("padaczka, leczona lewetyracetamem", healthCat), p(")."))
	case 1:
		ogr = prose(p("Brak przeciwwskazań."))
	case 2:
		ogr = prose(p("Wymaga okularów korekcyjnych przy pracy przy monitorze.", healthCat))
	default:
		ogr = prose(p("Ograniczenie dźwigania do 10 kg, "), p("stan po dyskopatii L4-L5", healthCat), p("."))
	}
	var uwagi leaf
	switch g.n(4) {
	case 0:
		uwagi = prose(p("Pracownik prosi o wysłanie orzeczenia na "), p(g.email(w), contactCat), p(" zamiast do działu kadr."))
	case 1:
		uwagi = prose(p("Skierowanie do okulisty, kontrola za 12 miesięcy."))
	case 2:
		uwagi = prose(p("Kontakt w sprawie wyników: "), p(g.phonePL(), contactCat), p(" (po 15:00)."))
	default:
		uwagi = prose(p("Zgłasza bóle głowy i "), p("nadciśnienie, przyjmuje amlodypinę 5 mg", healthCat), p("; skierowany do lekarza POZ."))
	}
	return language(obj{
		{"id_badania", decoy(g.in(100000, 999999))},
		{"pracodawca", obj{
			{"nazwa", plain(one(g, "Zakłady Mechaniczne Orzeł sp. z o.o.", "Logistyka Wisła S.A.", "Piekarnia Kłos sp. j."))},
			{"oddzial", plain(one(g, "magazyn", "produkcja", "biuro"))},
		}},
		{"pracownik", obj{
			{"imie", cont(w.first)},
			{"nazwisko", cont(w.last)},
			{"plec", sexOf(fm(w, "K", "M"))},
			{"data_urodzenia", cont(g.dob())},
			{"adres", obj{
				{"ulica", cont("ul. " + one(g, "Lipowa", "Słoneczna", "Kościuszki", "Polna", "Ogrodowa") + " " + fmt.Sprint(g.in(1, 90)) + one(g, "", "/"+fmt.Sprint(g.in(1, 40))))},
				{"kod_pocztowy", cont(fmt.Sprintf("%02d-%03d", g.in(0, 99), g.n(1000)))},
				{"miejscowosc", cont(one(g, "Piaseczno", "Gniezno", "Zgierz", "Tczew", "Nowy Targ"))},
			}},
			{"telefon", cont(g.phonePL())},
			{"email_sluzbowy", cont(strings.ToLower(w.afirst) + "." + strings.ToLower(w.alast) + "@firma.example.com")},
		}},
		{"rodzaj_badania", plain(one(g, "wstępne", "okresowe", "kontrolne"))},
		{"czynniki_szkodliwe", arr{plain(one(g, "hałas", "pył drewna", "praca zmianowa")), plain(one(g, "praca przy monitorze", "drgania", "praca na wysokości"))}},
		{"wywiad", clinical(obj{
			{"choroby_przewlekle", arr{hlth(one(g, "nadciśnienie tętnicze", "cukrzyca typu 2", "astma oskrzelowa", "niedoczynność tarczycy", "brak"))}},
			{"leki", arr{hlth(one(g, "Bisocard 5 mg", "Euthyrox 75 µg", "Metformax 850", "Berodual N", "nie przyjmuje"))}},
			{"palenie_tytoniu", hlth(one(g, "nie", "tak, 10 dziennie", "rzucił 2019"))},
			{"alergie", hlth(one(g, "pyłki traw", "penicylina", "brak", "lateks"))},
		})},
		{"badanie_przedmiotowe", clinical(obj{
			{"wzrost_cm", hlth(cm)},
			{"masa_ciala_kg", hlth(kg)},
			{"BMI", hlth(bmi(kg, cm))},
			{"RR", hlth(fmt.Sprintf("%d/%d", g.in(110, 165), g.in(65, 100)))},
			{"tetno", hlth(g.in(55, 100))},
			{"ostrosc_wzroku", hlth(fmt.Sprintf("OP %.1f OL %.1f", g.f(0.3, 1.0), g.f(0.3, 1.0)))},
			{"audiometria_dB", obj{{"ucho_prawe", hlth(g.in(5, 45))}, {"ucho_lewe", hlth(g.in(5, 45))}}},
			{"spirometria", obj{{"FEV1_l", hlth(round2(g.f(2.1, 4.8)))}, {"FVC_l", hlth(round2(g.f(2.8, 5.9)))}}},
		})},
		{"badania_lab", clinical(labs)},
		{"rozpoznanie_ICD10", hlth(one(g, "I10", "E11.9", "J45.0", "H52.1", "Z00.0")).clin()},
		{"orzeczenie", obj{
			{"wynik", hlth(one(g, "zdolny do pracy", "zdolny z ograniczeniami", "czasowo niezdolny")).clin()},
			{"ograniczenia", ogr},
			{"wazne_do", decoy(g.date())},
		}},
		{"lekarz", cont("lek. med. " + lek.first + " " + lek.last)},
		{"uwagi", uwagi},
		{"system", obj{
			{"wersja", decoy(g.ver(3))},
			{"eksport", decoy(g.iso())},
			{"operator", cont(strings.ToLower(lek.afirst[:1] + lek.alast))},
			{"haslo_md5", cred(g.md5())},
			{"min_dlugosc_hasla", decoy(g.in(8, 12))},
		}},
	})
}

// rehabSE: a Swedish physiotherapy / rehab app's client record (Swedish
// keys, some with spaces).
func rehabSE(g *rng) any {
	k := g.personOf("sv")
	fysio := g.personOf("sv")
	remitt := g.personOf("sv")
	model, osv := g.phone()
	prog := arr{}
	for _, ov := range some(g, g.in(2, 3), "Knäböj på ett ben", "Höftlyft", "Step-up", "Tåhävningar", "Planka", "Balansplatta") {
		prog = append(prog, obj{
			{"övning", plain(ov)},
			{"repetitioner", plain(g.in(6, 15))},
			{"belastning kg", decoy(g.in(0, 40))},
		})
	}
	smarta, seen := arr{}, uniq{}
	for j := 0; j < g.in(2, 3); j++ {
		smarta = append(smarta, obj{
			{"datum", decoy(g.date())},
			{"VAS", hlth(g.in(0, 9)).clin()},
			{"kommentar", seen.draw(func() leaf { return rehabComment(g, fysio) })},
		})
	}
	msgs := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		msgs = append(msgs, obj{
			{"från", plain(one(g, "klient", "fysioterapeut"))},
			{"text", seen.draw(func() leaf { return rehabMessage(g, k) })},
			{"skickat", decoy(g.isoMs())},
		})
	}
	return language(obj{
		{"klientId", decoy(g.uuid())},
		{"förnamn", cont(k.first)},
		{"efternamn", cont(k.last)},
		{"kön", sexOf(fm(k, "kvinna", "man"))},
		{"födelsedatum", cont(g.dob())},
		{"e-post", cont(g.email(k))},
		{"mobilnummer", cont(g.phoneSE())},
		{"adress", obj{
			{"gatuadress", cont(one(g, "Storgatan", "Björkvägen", "Kyrkogatan", "Solrosvägen") + " " + fmt.Sprint(g.in(1, 60)))},
			{"postnummer", cont(fmt.Sprintf("%03d %02d", g.in(100, 989), g.n(100)))},
			{"ort", cont(one(g, "Västerås", "Umeå", "Borås", "Eskilstuna", "Luleå"))},
		}},
		{"remiss", clinical(obj{
			{"remittent", cont("Dr " + remitt.first + " " + remitt.last)},
			{"diagnoskod", hlth(one(g, "S83.5", "M54.5", "M75.1", "M17.1", "S93.4"))},
			{"skada", hlth(one(g, "främre korsbandsruptur höger knä", "ländryggssmärta", "impingement vänster axel", "knäartros", "stukad fotled"))},
			{"opererad", hlth(g.chance(40))},
		})},
		{"träningsprogram", prog},
		{"smärtskattning", smarta},
		{"mätningar", clinical(obj{
			{"knäflexion grader", hlth(g.in(60, 140))},
			{"vikt kg", hlth(g.in(52, 120))},
			{"längd cm", hlth(g.in(155, 198))},
			{"vilopuls", hlth(g.in(48, 90))},
		})},
		{"läkemedel", arr{hlth(one(g, "Naproxen 250 mg vid behov", "Alvedon 500 mg 2x3", "Tramadol 50 mg", "Inga")).clin()}},
		{"fysioterapeut", obj{
			{"namn", cont(fysio.full())},
			{"mottagning", plain(one(g, "Rehabkliniken City", "FysioGruppen Väst", "Aktiv Rehab Norr"))},
		}},
		{"meddelanden", msgs},
		{"enhet", obj{
			{"telefonmodell", dev(model)},
			{"osVersion", dev(osv)},
			{"appVersion", dev(g.ver(3))},
			{"pushToken", cred(g.fcm())},
		}},
		{"inloggning", obj{
			{"användarnamn", cont(g.handle(k))},
			{"lösenord", cred(g.bcrypt())},
			{"senastInloggad", plain(g.iso())},
			{"misslyckade inloggningar", decoy(g.in(0, 6))},
		}},
		{"skapad", decoy(g.iso())},
		{"schemaVersion", decoy(g.in(3, 9))},
	})
}

func rehabComment(g *rng, fysio person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Ont i knät efter trappor, tog "), p("Ipren 400 mg", healthCat), p("."))
	case 1:
		return prose(p("Bra pass, inga besvär."))
	case 2:
		return prose(p("Svullnad kring knäskålen på kvällen, ", healthCat), p("kylde 20 min."))
	case 3:
		return prose(p("Ring "), p(fysio.first, contactCat), p(" om smärtan ökar."))
	}
	return prose(p("Sov dåligt pga värken, ca 4 timmar.", healthCat))
}

func rehabMessage(g *rng, k person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Hej "), p(k.first, contactCat), p("! Nytt program ligger i appen, hör av dig om något är oklart."))
	case 1:
		return prose(p("Kan vi flytta torsdagens tid? Nås på "), p(g.phoneSE(), contactCat), p("."))
	case 2:
		return prose(p("Tack för idag!"))
	case 3:
		return prose(p("Jeg har fått "), p("blodpropp i vaden", healthCat), p(" og må pause treningen."))
	}
	return prose(p("Inloggningen funkar inte, mitt lösenord är "), p(g.password(), credCat), p(", kan ni kolla?"))
}

// embarazo: a Spanish (Spain) pregnancy-tracking app's user record
// (Spanish keys, camelCase and snake_case mixed).
func embarazo(g *rng) any {
	m := g.womanOf("es")
	matrona := g.womanOf("es")
	pareja := g.personOf("es")
	model, osv := g.phone()
	sem := g.in(6, 40)
	controles, seen := arr{}, uniq{}
	for j := 0; j < g.in(2, 3); j++ {
		controles = append(controles, obj{
			{"fecha", decoy(g.date())},
			{"peso_kg", hlth(round1(g.f(52, 96))).clin()},
			{"tension", hlth(fmt.Sprintf("%d/%d", g.in(95, 145), g.in(55, 95))).clin()},
			{"glucemia_mg_dl", hlth(g.in(70, 160)).clin()},
			{"fcf_lpm", hlth(g.in(120, 165)).clin()},
			{"nota", seen.draw(func() leaf { return embarazoNota(g, matrona) })},
		})
	}
	diario := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		diario = append(diario, seen.draw(func() leaf { return embarazoDiario(g, pareja) }))
	}
	return language(obj{
		{"idUsuaria", decoy(g.uuid())},
		{"nombre", cont(m.first)},
		{"apellidos", cont(m.last)},
		{"correo", cont(g.email(m))},
		{"movil", cont(g.phoneES())},
		{"fechaNacimiento", cont(g.dob())},
		{"domicilio", obj{
			{"calle", cont(one(g, "C/ Mayor", "Avda. de la Constitución", "C/ del Pez", "Rambla Nova", "C/ Colón") + ", " + fmt.Sprint(g.in(1, 140)) + ", " + fmt.Sprint(g.in(1, 8)) + "º" + one(g, "A", "B", "C"))},
			{"cp", cont(fmt.Sprintf("%05d", g.in(1000, 52999)))},
			{"localidad", cont(one(g, "Getafe", "Sabadell", "Dos Hermanas", "Vitoria-Gasteiz", "Elche"))},
			{"provincia", cont(one(g, "Madrid", "Barcelona", "Sevilla", "Álava", "Alicante"))},
		}},
		{"embarazo", clinical(obj{
			{"fum", hlth(g.date())},
			{"fpp", hlth(g.date())},
			{"semanas", hlth(sem)},
			{"gestacion_multiple", hlth(g.chance(5))},
			{"grupoSanguineo", hlth(one(g, "0+", "A+", "A-", "B+", "AB+", "0-"))},
			{"diabetesGestacional", hlth(g.chance(12))},
			{"pesoPregestacional", hlth(g.in(48, 90))},
			{"talla_cm", hlth(g.in(150, 182))},
		})},
		{"controles", controles},
		{"medicacion", arr{hlth(one(g, "ácido fólico 400 µg", "yoduro potásico 200 µg", "hierro 80 mg", "Dexketoprofeno 25 mg")).clin()}},
		{"matrona", obj{
			{"nombre", cont(matrona.full())},
			{"centro_salud", plain(one(g, "CS Las Águilas", "CAP Sant Andreu", "CS Virgen de la Cabeza"))},
		}},
		{"pareja", obj{
			{"nombre", cont(pareja.first)},
			{"telefono", cont(g.phoneES())},
		}},
		{"diario", diario},
		{"suscripcion", obj{
			{"plan", plain(one(g, "gratis", "premium_mensual", "premium_anual"))},
			{"precio", decoy(one(g, 0, 4.99, 39.99))},
			{"moneda", plain("EUR")},
		}},
		{"dispositivo", obj{
			{"modelo", dev(model)},
			{"so", dev(osv)},
			{"version_app", dev(g.ver(3))},
			{"token_push", cred(g.fcm())},
		}},
		{"cuenta", obj{
			{"contrasena", cred(g.bcrypt())},
			{"ultimo_acceso", plain(g.iso())},
			{"intentos_fallidos", decoy(g.in(0, 4))},
			{"email_verificado", decoy(g.chance(80))},
		}},
		{"creado", decoy(g.iso())},
		{"version_esquema", decoy(g.ver(2))},
	})
}

func embarazoNota(g *rng, matrona person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Ecografía normal, "), p("bebé en posición cefálica", healthCat), p("."))
	case 1:
		return prose(p("Próxima cita con "), p(matrona.first, contactCat), p(" en el centro."))
	case 2:
		return prose(p("Sin incidencias."))
	case 3:
		return prose(p("Edemas en tobillos, ", healthCat), p("vigilar tensión.", healthCat))
	}
	return prose(p("Curva de glucosa alterada, se pauta dieta.", healthCat))
}

func embarazoDiario(g *rng, pareja person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Hoy he notado las primeras patadas!!", healthCat))
	case 1:
		return prose(p("Náuseas toda la mañana, solo tolero galletas.", healthCat))
	case 2:
		return prose(p("Montamos la cuna con "), p(pareja.first, contactCat), p(" 🙂"))
	case 3:
		return prose(p("Compramos el carrito, qué ilusión."))
	}
	return prose(p("La clave del wifi de casa de mis padres es "), p(g.passphrase(), credCat), p(", para no olvidarla."))
}
