package blindset7

import "fmt"

// catering: a Polish diet-box catering company's order (catering
// dietetyczny), from its Firestore export (Polish camelCase keys): the
// customer with body measurements, sex and age, the diet (calories,
// macros, allergies, dislikes), the delivery address with the intercom
// code and notes, the courier and their scanner, the payment, the
// account, the delivery days with bag weights and temperatures.
func catering(g *rng) any {
	k := g.personOf("pl")
	a := g.addrPL()
	ht := g.in(152, 196)
	wt := round1(g.f(52, 118))
	kcal := one(g, 1200, 1500, 1800, 2000, 2500, 3000)
	code := g.s(num, one(g, 3, 4))
	alergie := arr{}
	for _, x := range some(g, g.in(0, 2), "orzechy", "laktoza", "gluten (celiakia)", "jaja", "ryby", "seler", "soja") {
		alergie = append(alergie, hlth(x))
	}
	nieLub := arr{}
	for _, x := range some(g, g.in(0, 2), "kolendra", "brokuły", "grzyby", "papryka", "oliwki") {
		nieLub = append(nieLub, decoy(x))
	}
	seen := uniq{}
	kur := g.personOf("pl")
	model, os := g.phone()
	dni := arr{}
	for j := 0; j < g.in(1, 3); j++ {
		dni = append(dni, obj{
			{"data", plain(g.date())},
			{"wagaPaczki", decoy(round2(g.f(1.1, 2.6)))},
			{"temperaturaTorby", decoy(round1(g.f(2, 7.5)))},
			{"dostarczono", plain(g.chance(90))},
		})
	}
	return language(obj{
		{"id", decoy(g.s(alnum, 20))},
		{"numerZamowienia", decoy(fmt.Sprintf("%s %s %s", one(g, "501", "602", "788"), g.s(num, 3), g.s(num, 3)))},
		{"utworzono", obj{{"_seconds", plain(g.epoch())}, {"_nanoseconds", plain(g.n(1000) * 1000000)}}},
		{"klient", obj{
			{"imie", cont(k.first)},
			{"nazwisko", cont(k.last)},
			{"email", cont(g.email(k))},
			{"telefon", cont(g.phonePL())},
			{"plec", sexOf(fm(k, "K", "M"))},
			{"wiek", ageOf(g.in(19, 71))},
			{"pomiary", obj{
				{"wzrostCm", hlth(ht)},
				{"wagaKg", hlth(wt)},
				{"wagaDocelowa", hlth(round1(wt - g.f(-2, 12)))},
			}},
		}},
		{"dieta", obj{
			{"program", plain(one(g, "Standard", "Wege", "Sport", "Keto", "Office Box"))},
			{"kalorycznosc", hlth(kcal)},
			{"makro", obj{
				{"bialkoG", hlth(kcal * one(g, 20, 25, 30) / 400)},
				{"tluszczeG", hlth(kcal * one(g, 25, 30, 35) / 900)},
				{"weglowodanyG", hlth(kcal * one(g, 40, 45, 50) / 400)},
			}},
			{"alergie", alergie},
			{"nielubiane", nieLub},
			{"liczbaPosilkow", decoy(one(g, 3, 4, 5))},
			{"komentarz", seen.draw(func() leaf { return cateringKomentarz(g) })},
		}},
		{"dostawa", obj{
			{"ulica", cont(a.street + " " + fmt.Sprint(g.in(1, 180)))},
			{"nrLokalu", cont(fmt.Sprint(g.in(1, 120)))},
			{"kodPocztowy", cont(a.zip)},
			{"miasto", cont(a.city)},
			{"pietro", cont(g.in(0, 10))},
			{"kodDomofonu", cred(code)},
			{"oknoCzasowe", plain(one(g, "04:00-07:00", "05:00-08:00", "06:00-09:00"))},
			{"uwagi", seen.draw(func() leaf { return cateringUwagi(g, k, code) })},
		}},
		{"kurier", obj{
			{"imie", cont(kur.first)},
			{"telefon", cont(g.phonePL())},
			{"urzadzenie", obj{
				{"model", dev(model)},
				{"system", dev(os)},
				{"aplikacja", dev(fmt.Sprintf("%d.%d.%d", g.in(1, 3), g.n(30), g.n(10)))},
				{"skaner", dev(one(g, "Zebra TC26", "Honeywell CT30 XP", "Zebra TC21"))},
			}},
		}},
		{"platnosc", obj{
			{"kwota", decoy(round2(g.f(45, 120) * float64(len(dni))))},
			{"waluta", plain("PLN")},
			{"kodRabatowy", decoy(one(g, "FIT20", "NOWY15", "LATO10", "BOX-5"))},
			{"status", plain(one(g, "paid", "pending", "refunded"))},
			{"tokenKarty", cred("tok_" + g.s(alnum, 24))},
		}},
		{"konto", obj{
			{"login", cont(g.email(k))},
			{"haslo", cred(g.bcrypt())},
			{"refreshToken", cred(g.jwt())},
			{"ostatnieLogowanie", plain(g.iso())},
			{"zgodaMarketing", decoy(g.chance(50))},
		}},
		{"dni", dni},
	})
}

// ageOf labels an age: health or contact (POLICY_NOTES treats it like
// gender).
func ageOf(v int) leaf {
	l := sexOf("")
	l.val = v
	return l
}

func cateringUwagi(g *rng, k person, code string) leaf {
	switch g.n(6) {
	case 0:
		return prose(p("Proszę zostawić pod drzwiami, kod do domofonu "), p(code, credCat), p("."))
	case 1:
		return prose(p(one(g, "Jestem w ciąży", "Karmię piersią", "Mam cukrzycę typu 2"), healthCat), p(", proszę bez surowych ryb i soków."))
	case 2:
		return prose(p("Dzwonić na "), p(g.phonePL(), contactCat), p(", dzwonek nie działa."))
	case 3:
		return prose(p("Paczkę odbierze "), p(k.first, contactCat), p(", a jak nie – zostawić u sąsiadki spod 4."))
	case 4:
		return prose(p("Brak uwag."))
	}
	return prose(p("Brama od strony parkingu, furtka otwarta do 7:00."))
}

func cateringKomentarz(g *rng) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Proszę mniej ostrych potraw, "), p(one(g, "mam refluks", "mam chorobę wrzodową", "po operacji woreczka żółciowego"), healthCat), p("."))
	case 1:
		return prose(p("Chcę schudnąć "), p(fmt.Sprintf("%d kg do wakacji", g.in(3, 15)), healthCat), p(", proszę o więcej warzyw."))
	case 2:
		return prose(p("Bez zmian w menu, dziękuję."))
	case 3:
		return prose(p("Trenuję do maratonu, "), p(fmt.Sprintf("spalam ok. %d kcal dziennie", g.in(2600, 3800)), healthCat), p("."))
	}
	return prose(p("Proszę o fakturę na firmę."))
}
