package blindset14

import "fmt"

// silownia-meilisearch-pl: a Polish gym chain's front-desk member search
// through Meilisearch (hits with Polish field names, a _formatted copy with
// <em> highlights, query and paging): member, address, membership with the
// RFID card, login and app, body-composition scans from the club's
// analyser, the health questionnaire, trainer and notes.

var (
	plImieK    = []string{"Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Zofia", "Aleksandra", "Karolina"}
	plImieM    = []string{"Piotr", "Krzysztof", "Tomasz", "Łukasz", "Michał", "Paweł", "Jakub", "Marcin"}
	plNazwisko = []string{"Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król", "Wieczorek"}
	plUlice    = []string{"ul. Lipowa", "ul. Długa", "al. Pokoju", "ul. Słoneczna", "os. Piastów", "ul. Wrocławska", "ul. Ogrodowa"}
	plMiasta   = [][2]string{{"Kraków", "31"}, {"Gdańsk", "80"}, {"Poznań", "60"}, {"Wrocław", "50"}, {"Łódź", "90"}, {"Lublin", "20"}}
	plKluby    = []string{"Kraków Bonarka", "Gdańsk Oliwa", "Poznań Malta", "Wrocław Rynek", "Łódź Manufaktura"}
	plSkanery  = []string{"InBody 770", "InBody 570", "Tanita MC-780MA", "Seca mBCA 515", "Tanita DC-430MA"}
)

func silowniaPL(r *rng) any {
	female := r.chance(0.5)
	imie := r.pick(plImieM...)
	plec := "M"
	if female {
		imie, plec = r.pick(plImieK...), "K"
	}
	nazw := r.pick(plNazwisko...)
	miasto := plMiasta[r.IntN(len(plMiasta))]
	wzrost := r.in(155, 198)
	tel := fmt.Sprintf("+48 500 000 %03d", r.in(0, 999))
	email := r.mail(ascii(imie) + "." + ascii(nazw))

	var skany arr
	masa := r.f1(50, 120)
	for s, ns := 0, r.in(1, 2); s < ns; s++ {
		m := r.f1(masa-3, masa+3)
		skany = append(skany, obj{
			{"data", plain(r.iso(2023, 2024))},
			{"urzadzenie", dev(r.pick(plSkanery...))},
			{"nr_seryjny_urzadzenia", dev(r.upper(2) + r.digits(9))},
			{"wzrost_cm", hlth(wzrost)},
			{"masa_ciala_kg", hlth(m)},
			{"bmi", hlth(bmi(m, wzrost))},
			{"tkanka_tluszczowa_proc", hlth(r.f1(9, 42))},
			{"masa_miesniowa_kg", hlth(r.f1(20, 45))},
			{"woda_l", hlth(r.f1(28, 55))},
			{"tluszcz_trzewny_poziom", hlth(r.in(3, 18))},
			{"masa_kostna_kg", hlth(r.f1(2.1, 4.1))},
			{"ppm_kcal", hlth(r.in(1200, 2300))},
			{"wynik_inbody", hlth(r.in(58, 92))},
		})
	}
	var choroby arr
	for _, c := range r.pickSome(r.in(0, 2), "nadciśnienie", "astma", "cukrzyca typu 2", "niedoczynność tarczycy", "dyskopatia L4-L5", "arytmia") {
		choroby = append(choroby, hlth(c))
	}
	var leki arr
	for _, l := range r.pickSome(r.in(0, 2), "Euthyrox 50 µg", "Ventolin doraźnie", "Metformax 500 mg", "Bisocard 5 mg") {
		leki = append(leki, hlth(l))
	}
	ciaza := leaf{}
	if female {
		ciaza = hlth(r.chance(0.1))
	} else {
		ciaza = null()
	}
	id := fmt.Sprintf("czl_%d", r.in(100000, 999999))
	hit := obj{
		{"id", decoy(id)},
		{"imie", cont(imie)},
		{"nazwisko", cont(nazw)},
		{"plec", sexOf(plec)},
		{"data_urodzenia", cont(r.day(1960, 2005))},
		{"pesel", cont(r.digits(11))},
		{"telefon", cont(tel)},
		{"email", cont(email)},
		{"adres", obj{
			{"ulica", cont(fmt.Sprintf("%s %d/%d", r.pick(plUlice...), r.in(1, 120), r.in(1, 60)))},
			{"kod_pocztowy", cont(fmt.Sprintf("%s-%03d", miasto[1], r.in(0, 999)))},
			{"miasto", cont(miasto[0])},
		}},
		{"karnet", obj{
			{"typ", plain(r.pick("Open 12 mies.", "Poranny", "Student", "Multisport"))},
			{"cena_pln", plain(r.pick("129.00", "159.00", "89.00", "199.00"))},
			{"wazny_do", plain(r.day(2024, 2025))},
			{"karta_rfid", cred(r.hexs(8))},
			{"klub", plain(r.pick(plKluby...))},
		}},
		{"logowanie", obj{
			{"login", cont(email)},
			{"haslo_hash", cred(r.bcrypt())},
			{"token_sesji", cred(r.b64(48))},
			{"nieudane_logowania", decoy(r.in(0, 5))},
		}},
		{"aplikacja", obj{
			{"wersja", dev(r.ver())},
			{"system", dev(r.osVer())},
			{"model_telefonu", dev(r.phoneModel())},
			{"push_token", cred(r.fcm())},
		}},
		{"analizy_skladu_ciala", clinical(skany)},
		{"ankieta_zdrowotna", clinical(obj{
			{"choroby", choroby},
			{"leki", leki},
			{"ciaza", ciaza},
			{"kontuzje", hlth(r.pick("bark prawy po zwichnięciu", "rekonstrukcja ACL lewego kolana 2022", "przepuklina pachwinowa", "brak"))},
			{"zgoda_lekarza_wymagana", decoy(r.chance(0.2))},
			{"wersja_ankiety", decoy(r.pick("3.1", "2024-01"))},
		})},
		{"trener", obj{{"imie_nazwisko", cont(r.pick(plImieM...) + " " + r.pick(plNazwisko...))}, {"telefon", cont(fmt.Sprintf("+48 500 000 %03d", r.in(0, 999)))}}},
		{"notatki_trenera", r.pickProse(
			func() leaf {
				return prose(p("Klient(ka) "), p("po operacji kolana (ACL), bez przysiadów z obciążeniem", healthC), p(". Plan 3x w tygodniu."))
			},
			func() leaf { return prose(p("Cel: przygotowanie do półmaratonu w październiku.")) },
			func() leaf {
				return prose(p("W razie czego dzwonić do męża/żony: "), p(fmt.Sprintf("+48 500 000 %03d", r.in(0, 999)), contactC), p(". "), p(fmt.Sprintf("Ciśnienie przed treningiem %d/%d", r.in(130, 165), r.in(85, 100)), healthC), p(", obserwować."))
			},
			func() leaf {
				return prose(p("Zgubiona karta, nowa karta "), p(r.hexs(8), credC), p(" przypisana 12.03."))
			},
		)},
		{"wejscia_30d", decoy(r.in(0, 31))},
		{"zaktualizowano", plain(r.iso(2024, 2024))},
	}
	formatted := obj{
		{"id", decoy(id)},
		{"imie", cont(imie)},
		{"nazwisko", cont("<em>" + nazw + "</em>")},
		{"email", cont(email)},
	}
	hit = append(hit, field{"_formatted", formatted})
	return language(obj{
		{"hits", arr{hit}},
		{"query", cont(nazw)},
		{"processingTimeMs", plain(r.in(0, 12))},
		{"limit", plain(20)},
		{"offset", plain(0)},
		{"estimatedTotalHits", decoy(r.in(1, 4))},
	})
}
