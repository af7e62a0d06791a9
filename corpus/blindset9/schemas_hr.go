package blindset9

import (
	"fmt"
	"strings"
)

// nogomet-akademija-avro: a Croatian football academy's player record as
// a Kafka message in Avro JSON encoding (topic / partition / offset / key
// / value; Croatian snake_case fields; nullable fields as unions
// {"string": ...}, {"int": ...}, {"float": ...}, {"array": ...}, dates as
// days since the epoch): player (names, birth date, sex, address),
// position and shirt number, body data, medical check (ECG, blood
// pressure, resting pulse, fitness, doctor), injuries with ICD-10 and days
// out, parent, GPS vest (model, serial, firmware, Bluetooth MAC, last
// sync), training load, contract, app login and a coach's note in
// Croatian.

func nogomet(g *rng) any {
	pl := g.personOf("hr")
	par := g.personOf("hr")
	par.last = pl.last
	doc := g.personOf("hr")
	gradovi := []struct{ grad, pb, ulica string }{
		{"Zagreb", "10000", "Ilica"}, {"Split", "21000", "Put Firula"}, {"Rijeka", "51000", "Korzo"},
		{"Osijek", "31000", "Europska avenija"}, {"Zadar", "23000", "Ulica Stjepana Radića"}, {"Varaždin", "42000", "Kapucinski trg"},
	}
	c := one(g, gradovi...)
	str := func(l leaf) obj { return obj{{"string", l}} }
	in := func(l leaf) obj { return obj{{"int", l}} }
	fl := func(l leaf) obj { return obj{{"float", l}} }
	born := g.in(2006, 2014)
	days := (born-1970)*365 + (born-1969)/4 + g.in(0, 364)
	hgt := round1(g.f(135, 192))
	wgt := round1(g.f(30, 86))

	var injuries arr
	for i := 0; i < g.in(0, 2); i++ {
		inj := one(g,
			[2]string{"S93.4 Uganuće gležnja", "krioterapija, elastični zavoj"},
			[2]string{"S83.2 Puknuće meniska", "artroskopija"},
			[2]string{"M92.5 Osgood-Schlatterova bolest", "mirovanje, fizioterapija"},
			[2]string{"S06.0 Potres mozga", "protokol povratka igri"},
			[2]string{"S76.1 Istegnuće kvadricepsa", "fizioterapija 3 tjedna"})
		injuries = append(injuries, obj{
			{"dijagnoza", hlth(inj[0])},
			{"datum", in(plain(g.in(19000, 20000)))},
			{"dani_izbivanja", in(hlth(g.in(3, 90)))},
			{"terapija", str(hlth(inj[1]))},
		})
	}
	mac := g.mac()
	vest := one(g, "Catapult Vector S7", "STATSports Apex Pro", "Polar Team Pro Sensor", "Catapult One")
	var note []piece
	switch g.n(5) {
	case 0:
		note = []piece{p(pl.first, contactCat), p(" ima "), p(one(g, "astmu, inhalator uvijek u torbi", "dijabetes tip 1, provjeriti šećer na poluvremenu", "upalu tetive, smanjiti sprintove"), healthCat), p(".")}
	case 1:
		note = []piece{p("Otac traži razgovor, nazvati na "), p(g.phoneHR(), contactCat), p(".")}
	case 2:
		note = []piece{p("GPS prsluk "), p(strings.ToUpper(g.s(uc+num, 8)), deviceCat), p(" se ne sinkronizira, poslan na servis.")}
	case 3:
		note = []piece{p("WiFi u svlačionici: "), p("Akademija-Staff", netCat), p(", lozinka "), p(g.password(), credCat)}
	default:
		note = []piece{p("Dobar napredak u igri lijevom nogom, spreman za U17.")}
	}
	vfw := g.ver(3)
	value := obj{
		{"igrac_id", decoy(g.in(1000, 9999))},
		{"ime", cont(pl.first)},
		{"prezime", cont(pl.last)},
		{"datum_rodjenja", obj{{"int", cont(days)}}},
		{"spol", sexOf(fm(pl, "Ž", "M"))},
		{"adresa", obj{
			{"ulica", cont(fmt.Sprintf("%s %d", c.ulica, g.in(1, 120)))},
			{"postanski_broj", cont(c.pb)},
			{"grad", cont(c.grad)},
		}},
		{"kategorija", plain(one(g, "U13", "U15", "U17", "U19"))},
		{"pozicija", plain(one(g, "vratar", "stoper", "bek", "vezni", "krilo", "napadač"))},
		{"broj_dresa", in(decoy(g.in(1, 99)))},
		{"tjelesni_podaci", clinical(obj{
			{"visina_cm", fl(hlth(hgt))},
			{"tezina_kg", fl(hlth(wgt))},
			{"postotak_masti", fl(hlth(round1(g.f(7, 22))))},
			{"vo2max", fl(hlth(round1(g.f(42, 66))))},
		})},
		{"lijecnicki_pregled", clinical(obj{
			{"datum", in(plain(g.in(19000, 20000)))},
			{"ekg", str(hlth(one(g, "uredan", "uredan", "inkompletni blok desne grane", "sinusna aritmija")))},
			{"krvni_tlak", str(hlth(fmt.Sprintf("%d/%d", g.in(100, 135), g.in(60, 85))))},
			{"puls_mirovanja", in(hlth(g.in(48, 80)))},
			{"sposoban", obj{{"boolean", hlth(g.chance(90))}}},
			{"lijecnik", str(cont("dr. " + doc.full()))},
		})},
		{"ozljede", clinical(obj{{"array", injuries}})},
		{"roditelj", obj{
			{"ime_prezime", cont(par.full())},
			{"telefon", str(cont(g.phoneHR()))},
			{"email", func() any {
				if g.chance(80) {
					return str(cont(g.email(par)))
				}
				return nullDecoy()
			}()},
		}},
		{"gps_prsluk", obj{
			{"model", str(dev(vest))},
			{"serijski_broj", str(dev(strings.ToUpper(g.s(uc+num, 8))))},
			{"firmware", str(dev(vfw))},
			{"bt_mac", str(macAddr(mac))},
			{"zadnja_sinkronizacija", obj{{"long", dev(g.epochMs())}}},
			{"bazna_stanica_ip", str(netw(g.lanIP("192.168." + fmt.Sprint(g.in(50, 60)))))},
		}},
		{"trening", obj{
			{"pretrceno_km", fl(decoy(round1(g.f(3, 11))))},
			{"sprintevi", in(decoy(g.in(5, 40)))},
			{"max_brzina_kmh", fl(decoy(round1(g.f(22, 33))))},
			{"prosjecni_puls", in(hlth(g.in(135, 175)).clin())},
			{"opterecenje_au", in(decoy(g.in(200, 900)))},
		}},
		{"ugovor", obj{
			{"broj", str(decoy(fmt.Sprintf("091%07d", g.n(10_000_000))))},
			{"stipendija_eur", fl(decoy(float64(g.in(0, 40)) * 25))},
		}},
		{"aplikacija", obj{
			{"korisnik", str(cont(strings.ToLower(pl.afirst + "." + pl.alast)))},
			{"lozinka_hash", str(cred(g.bcrypt()))},
			{"fcm_token", str(cred(g.fcm()))},
			{"verzija", str(dev(g.ver(3)))},
		}},
		{"biljeska_trenera", str(prose(note...))},
	}
	return language(obj{
		{"topic", plain("akademija.igraci.v3")},
		{"partition", plain(g.n(6))},
		{"offset", decoy(g.in(100_000, 9_999_999))},
		{"timestamp", plain(g.epochMs())},
		{"key", obj{{"string", decoy(fmt.Sprintf("igrac-%d", g.in(1000, 9999)))}}},
		{"schema_id", decoy(g.in(10, 400))},
		{"value", value},
	})
}
