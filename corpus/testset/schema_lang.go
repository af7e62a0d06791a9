package testset

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/leakscope/leakscope/corpus"
)

// support-chat-it: an Italian ISP's customer-support chat export about a
// home router. Keys in Italian (Hard=language), messages are free text.
func genChatIT(r *rand.Rand) node {
	p := newPerson(r, "it")
	a := newAddress(r, "it")
	op := newPerson(r, "it")
	model := pick(r, []string{"FRITZ!Box 7530", "Vodafone Station Revolution", "TIM HUB+", "ZTE H388X", "Technicolor DGA4132"})
	sn := serial(r, pick(r, []string{"CP", "ZTE", "1234"}))
	ssidV := ssid(r, p)
	psk := passphrase(r)
	root := obj()
	root.put("conversazione_id", dec(uuid(r)))
	root.put("canale", no(pick(r, []string{"whatsapp", "webchat", "app"})))
	root.put("aperta_il", dec(iso(r)))
	cli := obj().
		put("nome", L(p.first, ct)).
		put("cognome", L(p.last, ct)).
		put("email", L(p.email, ct)).
		put("telefono", L(p.phone, ct))
	if chance(r, 0.5) {
		cli.put("codice_fiscale", L(strings.ToUpper(ascii(p.last)[:3]+ascii(p.first)[:3])+fmt.Sprintf("%02d%c%02dF%03d%c", r.IntN(100), "ABCDEHLMPRST"[r.IntN(12)], between(r, 1, 71), r.IntN(1000), 'A'+rune(r.IntN(26))), ct))
	}
	if chance(r, 0.7) {
		cli.put("indirizzo", obj().
			put("via", L(a.street+" "+a.number, ct)).
			put("cap", L(a.postcode, ct)).
			put("città", L(a.city, ct)).
			put("provincia", dec(pick(r, []string{"MI", "TO", "BO", "NA", "BA"}))))
	}
	cli.put("cliente_dal", dec(day(r)))
	cli.put("numero_contratto", dec(fmt.Sprintf("%d%07d", between(r, 1, 9), r.IntN(1e7))))
	root.put("cliente", cli)
	root.put("operatore", obj().put("nome", L(op.first, ct)).put("sede", no(pick(r, []string{"Milano", "Catania", "remoto"}))))
	root.put("dispositivo", obj().
		put("modello", L(model, dv)).
		put("seriale", L(sn, dv)).
		put("versione_firmware", L(fwVersion(r), dv)).
		put("ip_wan", L(pubIP(r), nw)))

	type msg struct {
		from string
		txt  *Leaf
	}
	var msgs []msg
	msgs = append(msgs, msg{"cliente", prose("Buongiorno, da ieri sera il modem non si collega più. Il numero di serie è ", L(sn, dv), ".")})
	msgs = append(msgs, msg{"operatore", prose("Buongiorno ", L(p.first, ct), ", sono ", L(op.first, ct), ". Mi conferma l'email dell'account?")})
	msgs = append(msgs, msg{"cliente", prose(L(p.email, ct))})
	if chance(r, 0.6) {
		msgs = append(msgs, msg{"cliente", prose("Ho già riavviato, la spia resta rossa. Il modello è ", L(model, dv), ".")})
	}
	if chance(r, 0.6) {
		msgs = append(msgs, msg{"operatore", prose("Provi ad accedere a ", L("http://192.168.1.1", nw), " con utente admin e mi dica cosa vede.")})
	}
	if chance(r, 0.6) {
		msgs = append(msgs, msg{"cliente", prose("La rete si chiama ", L(ssidV, nw), " e la password del wifi è ", L(psk, cr))})
	}
	if chance(r, 0.5) {
		msgs = append(msgs, msg{"cliente", prose("Mi richiami pure al ", L(p.phone, ct), " dopo le 18.")})
	}
	if chance(r, 0.4) {
		msgs = append(msgs, msg{"cliente", prose("Abito in ", L(a.street+" "+a.number, ct), ", ", L(a.postcode+" "+a.city, ct), ", il tecnico può venire sabato?")})
	}
	msgs = append(msgs, msg{"operatore", prose("Le ho aperto la segnalazione n. ", dec(strconv.Itoa(between(r, 1e6, 9e6))), ", verrà ricontattato entro 48 ore.")})
	msgs = append(msgs, msg{"cliente", prose(pick(r, []string{"Grazie mille, buona giornata!", "Ok grazie.", "Speriamo bene, grazie"}))})
	tick := clock(r)
	ms := arr()
	for _, m := range msgs {
		ms.add(obj().
			put("mittente", no(m.from)).
			put("inviato_il", dec(tick())).
			put("testo", m.txt))
	}
	root.put("messaggi", ms)
	root.put("valutazione", dec(between(r, 1, 5)))
	root.put("stato", no(pick(r, []string{"chiusa", "in attesa", "inoltrata al tecnico"})))
	root.put("etichette", arr(dec("modem"), dec(pick(r, []string{"password", "connessione", "wifi"}))))
	return setHard(root, corpus.HardLanguage)
}

// support-chat-nl: a Dutch online pharmacy's customer-service chat export.
func genChatNL(r *rand.Rand) node {
	p := newPerson(r, "nl")
	a := newAddress(r, "nl")
	agent := newPerson(r, "nl")
	med := pick(r, []string{"metformine 500 mg", "levothyroxine 50 mcg", "sertraline 50 mg", "de anticonceptiepil", "salbutamol inhalator", "omeprazol 20 mg"})
	root := obj()
	g := obj().
		put("id", dec(between(r, 100000, 999999))).
		put("onderwerp", no(pick(r, []string{"Herhaalrecept", "Levering", "Account"}))).
		put("aangemaakt_op", dec(iso(r))).
		put("kanaal", no(pick(r, []string{"chat", "app"})))
	root.put("gesprek", g)
	k := obj().
		put("klantnummer", dec(fmt.Sprintf("K%08d", r.IntN(1e8)))).
		put("voornaam", L(p.first, ct)).
		put("achternaam", L(p.last, ct)).
		put("e-mailadres", L(p.email, ct)).
		put("telefoonnummer", L(p.phone, ct))
	if chance(r, 0.8) {
		k.put("straat", L(a.street, ct))
		k.put("huisnummer", L(a.number, ct))
		k.put("postcode", L(a.postcode, ct))
		k.put("woonplaats", L(a.city, ct))
	}
	if chance(r, 0.6) {
		k.put("geboortedatum", L(dob(r).Format("02-01-2006"), ct))
	}
	if chance(r, 0.4) {
		k.put("huisarts", L("dr. "+newPerson(r, "nl").last, ct))
	}
	if chance(r, 0.5) {
		k.put("medicatie", arr(L(med, hl)))
	}
	root.put("klant", k)

	type msg struct {
		from string
		txt  *Leaf
	}
	const kl, mw = "klant", "medewerker"
	var texts []msg
	texts = append(texts, msg{kl, prose("Goedemiddag, ik heb mijn herhaalrecept voor ", L(med, hl), " nog steeds niet ontvangen.")})
	texts = append(texts, msg{mw, prose("Hallo ", L(p.first, ct), ", ik ben ", L(agent.first, ct), ". Mag ik uw geboortedatum ter controle?")})
	texts = append(texts, msg{kl, prose(L(dutchDate(r), ct))})
	if chance(r, 0.5) {
		texts = append(texts, msg{kl, prose("Ik ben allergisch voor ", L(pick(r, []string{"penicilline", "ibuprofen", "lactose"}), hl), ", staat dat in mijn dossier?")})
	}
	if chance(r, 0.4) {
		texts = append(texts, msg{kl, prose("Ik ben ", L(pick(r, []string{"zwanger", "12 weken zwanger", "net bevallen"}), hl), ", mag ik dit middel nog gebruiken?")})
	}
	if chance(r, 0.5) {
		texts = append(texts, msg{kl, prose("Mijn nieuwe adres is ", L(a.street+" "+a.number, ct), ", ", L(a.postcode+" "+a.city, ct), ".")})
	}
	if chance(r, 0.5) {
		texts = append(texts, msg{kl, prose("Ik log in met ", L(p.email, ct), " maar het wachtwoord ", L(passphrase(r), cr), " werkt niet meer.")})
	}
	if chance(r, 0.5) {
		texts = append(texts, msg{kl, prose("Kunt u mij terugbellen op ", L(p.phone, ct), "?")})
	}
	texts = append(texts, msg{mw, prose("Dank u, ik zie uw bestelling ", dec(fmt.Sprintf("%d-%06d", between(r, 2022, 2025), r.IntN(1e6))), ". Die wordt morgen bezorgd.")})
	texts = append(texts, msg{kl, prose(pick(r, []string{"Fijne dag nog!", "Top, bedankt.", "Oké, dank je wel"}))})
	tick := clock(r)
	b := arr()
	for _, t := range texts {
		b.add(obj().put("van", no(t.from)).put("tijdstip", dec(tick())).put("tekst", t.txt))
	}
	root.put("berichten", b)
	if chance(r, 0.5) {
		root.put("bijlagen", arr(obj().
			put("bestandsnaam", dec(fmt.Sprintf("IMG_%04d.jpg", r.IntN(10000)))).
			put("grootte_bytes", dec(between(r, 20000, 4000000))).
			put("breedte", dec(pick(r, []int{1080, 3024, 4032}))).
			put("hoogte", dec(pick(r, []int{1920, 4032, 3024})))))
	}
	root.put("tevredenheid", dec(between(r, 1, 10)))
	return setHard(root, corpus.HardLanguage)
}

// eshop-pl: a Polish e-shop's order with customer record (Polish keys).
func genShopPL(r *rand.Rand) node {
	p := newPerson(r, "pl")
	a := newAddress(r, "pl")
	root := obj()
	items := arr()
	total := 0.0
	for range between(r, 1, 4) {
		price := fbetween(r, 9, 900)
		total += price
		items.add(obj().
			put("sku", dec(fmt.Sprintf("%s-%05d", rs(r, upperC, 3), r.IntN(1e5)))).
			put("nazwa", dec(pick(r, []string{"Słuchawki X200", "Kabel USB-C 2m", "Router Wi-Fi 6 AX3000", "Waga łazienkowa Smart", "Kamera IP 2K"}))).
			put("ilosc", dec(between(r, 1, 3))).
			put("cena", dec(fstr(price, 2))).
			put("waga_kg", dec(num(fbetween(r, 0.1, 4), 2))))
	}
	zam := obj().
		put("numer", dec(fmt.Sprintf("ZAM/%d/%02d/%05d", between(r, 2022, 2025), between(r, 1, 12), r.IntN(1e5)))).
		put("data", dec(iso(r))).
		put("kwota", dec(strings.ReplaceAll(fstr(total, 2), ".", ","))).
		put("waluta", dec("PLN")).
		put("status", no(pick(r, []string{"wysłane", "opłacone", "anulowane", "zwrot"}))).
		put("pozycje", items).
		put("przesylka", obj().
			put("przewoznik", no(pick(r, []string{"InPost", "DPD", "Poczta Polska"}))).
			put("numer_przesylki", dec(rs(r, digitC, 24))).
			put("waga_paczki_kg", dec(num(fbetween(r, 0.3, 12), 1))).
			put("wymiary_cm", dec(fmt.Sprintf("%dx%dx%d", between(r, 10, 60), between(r, 10, 40), between(r, 5, 40)))))
	root.put("zamowienie", zam)
	k := obj().
		put("id_klienta", dec(between(r, 1, 999999))).
		put("imie", L(p.first, ct)).
		put("nazwisko", L(p.last, ct)).
		put("email", L(p.email, ct)).
		put("telefon", L(p.phone, ct))
	if chance(r, 0.7) {
		k.put("haslo", L(pick(r, []string{bcryptHash(r), hexN(r, 32)}), cr))
	}
	k.put("ulica", L(a.street+" "+a.number, ct))
	k.put("kod_pocztowy", L(a.postcode, ct))
	k.put("miejscowosc", L(a.city, ct))
	if chance(r, 0.3) {
		k.put("pesel", L(rs(r, digitC, 11), ct))
	}
	k.put("ip_rejestracji", L(pick(r, []string{pubIP(r), ip6(r)}), nw))
	k.put("user_agent", L(pick(r, []string{
		"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
		"Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36",
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
	}), dv))
	k.put("zgoda_marketing", dec(chance(r, 0.4)))
	k.put("newsletter", no(chance(r, 0.3)))
	root.put("klient", k)
	if chance(r, 0.6) {
		var u *Leaf
		switch r.IntN(3) {
		case 0:
			u = prose("Proszę dzwonić przed dostawą: ", L(p.phone, ct))
		case 1:
			u = prose("Kod do domofonu ", L(pin(r, 4), cr), ", paczkę zostawić u sąsiada.")
		default:
			u = prose(pick(r, []string{"Faktura na firmę.", "Prezent - bez paragonu w paczce.", "Proszę o szybką wysyłkę."}))
		}
		root.put("uwagi", u)
	} else {
		root.put("uwagi", dec(nil))
	}
	return setHard(root, corpus.HardLanguage)
}

// eshop-se: a Swedish web shop's customer export (Swedish keys with å/ä/ö),
// including the parcel dimensions (höjd/längd are decoys here).
func genShopSE(r *rand.Rand) node {
	p := newPerson(r, "se")
	a := newAddress(r, "se")
	root := obj()
	kund := obj().
		put("kundnummer", dec(between(r, 10000, 999999))).
		put("förnamn", L(p.first, ct)).
		put("efternamn", L(p.last, ct)).
		put("e-post", L(p.email, ct)).
		put("mobilnummer", L(p.phone, ct))
	if chance(r, 0.6) {
		d := dob(r)
		kund.put("personnummer", L(fmt.Sprintf("%s-%04d", d.Format("20060102"), r.IntN(10000)), ct))
	}
	kund.put("gatuadress", L(a.street+" "+a.number, ct))
	kund.put("postnummer", L(a.postcode, ct))
	kund.put("ort", L(a.city, ct))
	kund.put("land", dec("SE"))
	konto := obj().
		put("användarnamn", L(p.user, ct)).
		put("lösenord_hash", L(pick(r, []string{hexN(r, 64), bcryptHash(r)}), cr)).
		put("senaste_inloggning", dec(iso(r))).
		put("senaste_ip", L(pick(r, []string{pubIP(r), ip6(r)}), nw))
	if chance(r, 0.4) {
		konto.put("session_cookie", L("PHPSESSID="+rs(r, lowerC+digitC, 26), cr))
	}
	if chance(r, 0.3) {
		konto.put("säkerhetsfråga", no("Vad hette ditt första husdjur?"))
		konto.put("säkerhetssvar", L(pick(r, []string{"Sixten", "Morris", "Bamse", "Lufsen"}), cr))
	}
	kund.put("konto", konto)
	root.put("kund", kund)
	rader := arr()
	for range between(r, 1, 3) {
		rader.add(obj().
			put("artikelnummer", dec(strconv.Itoa(between(r, 100000, 999999)))).
			put("benämning", dec(pick(r, []string{"Löparskor Pro", "Smart våg BF-700", "Pulsklocka HR2", "Yogamatta 6mm", "Proteinpulver 1kg"}))).
			put("antal", dec(between(r, 1, 4))).
			put("pris", dec(fstr(fbetween(r, 99, 2999), 2))))
	}
	root.put("order", obj().
		put("ordernummer", dec(fmt.Sprintf("SE%d", between(r, 1e6, 9e6)))).
		put("datum", dec(day(r))).
		put("summa", dec(num(fbetween(r, 99, 9000), 2))).
		put("valuta", dec("SEK")).
		put("rader", rader))
	bet := obj().put("metod", no(pick(r, []string{"Swish", "Klarna", "Kort"})))
	if chance(r, 0.5) {
		bet.put("swish_nummer", L(p.phone, ct))
	}
	bet.put("referens", dec(rs(r, upperC+digitC, 12)))
	root.put("betalning", bet)
	root.put("leverans", obj().
		put("ombud", no(pick(r, []string{"PostNord", "DHL Service Point", "Instabox"}))).
		put("vikt_kg", dec(num(fbetween(r, 0.2, 15), 1))).
		put("höjd_cm", dec(between(r, 5, 60))).
		put("bredd_cm", dec(between(r, 10, 60))).
		put("längd_cm", dec(between(r, 10, 120))).
		put("meddelande", pick(r, []*Leaf{
			prose("Portkod ", L(pin(r, 4), cr), ", ring på ", L(p.phone, ct), " om ingen öppnar."),
			prose("Lämna vid dörren."),
			prose("Ställ paketet i förrådet."),
		})))
	return setHard(root, corpus.HardLanguage)
}

// clock returns increasing chat timestamps starting at a random moment.
func clock(r *rand.Rand) func() string {
	t := when(r)
	return func() string {
		t = t.Add(time.Duration(between(r, 5, 400)) * time.Second)
		return t.Format(time.RFC3339)
	}
}

func dutchDate(r *rand.Rand) string {
	d := dob(r)
	months := []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
	return fmt.Sprintf("%d %s %d", d.Day(), months[d.Month()-1], d.Year())
}
