package blindset9

import (
	"fmt"
	"strings"
)

// colla-castellera-postgrest: a Catalan human-tower club's member table
// read through a PostgREST / Supabase endpoint (Catalan snake_case keys;
// the response wrapped with its URL, status and Content-Range; a jsonb
// column and a text column holding JSON): member (nickname, names, birth
// date, sex, phone, e-mail, one-line address), tower position, height,
// shoulder height, weight, injuries, minor's guardian, fees and counts,
// the tower's own heights and loads, the clubhouse Wi-Fi, the app's
// metadata string and a remark in Catalan.

func colla(g *rng) any {
	m := g.personOf("ca")
	tut := g.personOf("ca")
	llocs := []struct{ carrer, cp, ciutat string }{
		{"C. de Sant Pere Més Alt", "08003", "Barcelona"}, {"Rambla Nova", "43001", "Tarragona"}, {"C. de la Cort", "43800", "Valls"},
		{"Pl. de l'Oli", "08720", "Vilafranca del Penedès"}, {"C. Major", "25007", "Lleida"}, {"C. del Carme", "08241", "Manresa"},
	}
	l := one(g, llocs...)
	minor := g.chance(30)
	hgt := g.in(110, 195)
	if minor {
		hgt = g.in(105, 160)
	}
	model, os := g.phone()
	fcm := g.fcm()
	meta := fmt.Sprintf(`{"app":"CastellersApp","versio":"%s","dispositiu":"%s","so":"%s","push":"%s"}`, g.ver(3), model, os, fcm)

	var lesions arr
	for i := 0; i < g.in(0, 2); i++ {
		lesions = append(lesions, obj{
			{"tipus", hlth(one(g, "esquinç de turmell", "contractura lumbar", "luxació d'espatlla", "fractura de clavícula", "tendinitis del canell"))},
			{"data", plain(g.date())},
			{"baixa_dies", hlth(g.in(3, 60))},
		})
	}
	var obs []piece
	switch g.n(5) {
	case 0:
		obs = []piece{p(m.first, contactCat), p(" té "), p(one(g, "hèrnia discal L4-L5, no pot fer de baix", "asma, porta inhalador", "vertigen, no pujar de quart"), healthCat), p(".")}
	case 1:
		obs = []piece{p("Canvi de telèfon: "), p(g.phoneCA(), contactCat), p(".")}
	case 2:
		obs = []piece{p("La clau del local és "), p(fmt.Sprintf("%04d", g.n(10000)), credCat), p(", no la difongueu.")}
	case 3:
		obs = []piece{p("Ha pujat a la pinya del 3 de 9 amb folre sense problemes.")}
	default:
		obs = []piece{p("Envieu el rebut a "), p(g.email(m), contactCat), p(".")}
	}
	row := obj{
		{"id", decoy(g.in(1, 900))},
		{"malnom", cont(one(g, "Xic", "Tita", "Pelut", "Nena", "Rulo", "Pitu", "Mosca"))},
		{"nom", cont(m.first)},
		{"cognoms", cont(m.last)},
		{"data_naixement", cont(g.dob())},
		{"sexe", sexOf(fm(m, "D", "H"))},
		{"telefon", cont(g.phoneCA())},
		{"correu", cont(g.email(m))},
		{"adreca", cont(fmt.Sprintf("%s, %d, %d%s %d%s, %s %s", l.carrer, g.in(1, 90), g.in(1, 5), "r", g.in(1, 4), "a", l.cp, l.ciutat))},
		{"posicio", plain(one(g, "baix", "segon", "terç", "dosos", "acotxador", "enxaneta", "crossa", "mans"))},
		{"alcada_cm", hlth(hgt)},
		{"alcada_espatlla_cm", hlth(hgt - g.in(16, 22))},
		{"pes_kg", hlth(g.in(20, 110))},
		{"lesions", lesions},
		{"menor", plain(minor)},
		{"tutor", func() any {
			if minor {
				return obj{{"nom", cont(tut.full())}, {"telefon", cont(g.phoneCA())}}
			}
			return nullDecoy()
		}()},
		{"num_soci", decoy(fmt.Sprintf("6%08d", g.n(100_000_000)))},
		{"quota_eur", decoy(money(one(g, 30.0, 45.0, 60.0)))},
		{"assajos_assistits", decoy(g.in(0, 80))},
		{"talla_camisa", decoy(one(g, "S", "M", "L", "XL", "10 anys"))},
		{"color_faixa", plain(one(g, "negra", "vermella", "blava"))},
		{"castell_pisos_max", decoy(one(g, 7, 8, 9, 10))},
		{"pes_pinya_suportat_kg", decoy(g.in(400, 1200))},
		{"metadades_app", multi(meta, credCat, deviceCat)},
		{"observacions", prose(obs...)},
		{"creat_el", plain(g.isoMs())},
	}
	total := g.in(80, 600)
	return language(obj{
		{"url", plain("https://" + strings.ToLower(one(g, "xiquets", "castellers", "minyons", "colla")) + ".example.org/rest/v1/membres?select=*&limit=1")},
		{"status", plain(200)},
		{"content_range", decoy(fmt.Sprintf("0-0/%d", total))},
		{"local", obj{
			{"wifi_ssid", netw(one(g, "Local-Colla", "CastellersWiFi", "LaPinya-"+g.s(num, 3)))},
			{"wifi_contrasenya", cred(g.password())},
			{"router_ip", netw(g.lanIP("192.168." + fmt.Sprint(g.in(0, 2))))},
			{"dns", arr{netw(one(g, "1.1.1.1", "8.8.8.8", "9.9.9.9")), netw("192.168.1.1")}},
		}},
		{"rows", arr{row}},
	})
}
