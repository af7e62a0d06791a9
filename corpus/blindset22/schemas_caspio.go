package blindset22

import (
	"fmt"
	"strings"
)

// ecoleCaspio is a private primary school in Dakar whose registry runs on
// Caspio, read with the Caspio REST API v2 (client-credentials token, then
// tables/{name}/records returning {"Result": [...]}). The tables and
// fields were named in Wolof; Caspio field names allow only ASCII letters,
// digits and underscores, so the diacritics are dropped (Jigeen, Dekkuwaay).
func ecoleCaspio(r *rng) any {
	t0 := r.when()
	acct := "c" + r.digits(1) + r.from(lowerNum, 6)
	clientID := r.hex(50)
	token := r.from(alnum+"-_", 120)
	lanNet := r.lan()
	var pupils arr
	for i := 0; i < r.in(2, 3); i++ {
		kid := r.wolof()
		par := r.wolof()
		par.last = kid.last
		villa, quartier, city := r.snAddress()
		born := r.birth(2012, 2018)
		cond := r.pick("Drépanocytose SS", "Asthme", "Épilepsie", "Diabète type 1", "Rien", "Paludisme (déc. 2023), guéri")
		var condL leaf = hlth(cond)
		meds := map[string]string{"Drépanocytose SS": "Acide folique 5 mg", "Asthme": "Ventoline 100 µg, 2 bouffées", "Épilepsie": "Dépakine 200 mg matin et soir", "Diabète type 1": "Insuline rapide avant le déjeuner", "Rien": "", "Paludisme (déc. 2023), guéri": ""}[cond]
		var medL leaf = hlth(meds)
		if meds == "" {
			medL = plain("")
		}
		id := r.in(100, 3000)
		pupils = append(pupils, obj{
			{"Ndongo_ID", plain(id)},
			{"Nimero_matricule", decoy(fmt.Sprintf("%d%04d", t0.Year()-r.in(0, 5), r.in(1, 9999)))},
			{"Tur", cont(kid.first)},
			{"Sant", cont(kid.last)},
			{"Bes_juddu", cont(born.Format("2006-01-02T00:00:00"))},
			{"Goor_walla_Jigeen", sexOf(map[bool]string{true: "Jigeen", false: "Goor"}[kid.female])},
			{"Klaas", plain(r.pick("CI", "CP", "CE1", "CE2", "CM1", "CM2"))},
			{"Dekkuwaay", cont(villa + ", " + quartier + ", " + city)},
			{"Wayjur", cont(par.full())},
			{"Telefon_wayjur", cont(r.snPhone())},
			{"Imeel_wayjur", cont(r.email(par))},
			{"Wergu_yaram", clinical(obj{
				{"Feebar", condL},
				{"Garab", medL},
				{"Allergie", hlth(r.pick("Arachide", "Aucune", "Pénicilline", "Poisson"))},
				{"Diisaay_kg", hlth(r.f1(16, 45))},
				{"Guddaay_cm", hlth(r.in(105, 155))},
				{"Groupe_deret", hlth(r.pick("O+", "A+", "B+", "AB+", "O-"))},
				{"Mbind_doktoor", clinNote(p(r.pick("Crise vaso-occlusive en mars, hospitalisé 4 jours. ", "Doit garder sa Ventoline en classe. ", "Contrôle glycémie à 10h. ", "RAS. ")), p("Dr "), p(r.wolof().last, contactC))},
			})},
			{"Mbind_jangalekat", prose(p(r.pick("Yaay ji ", "Baay bi ", "Mag bi ")), p(par.first, contactC), p(r.pick(" dina ñëw ci 17h. ", " mu ngi woote: ")), p(r.snLocal(), contactC))},
			{"Xaalis_bu_des", plain(r.in(0, 12) * 5000)},
			{"Bes_bindu", plain(after(t0, -r.in(60*24*10, 60*24*900)).Format("2006-01-02T15:04:05"))},
			{"Lim_fan_yu_mu_nakk", plain(r.in(0, 14))},
		})
	}
	var devs arr
	items := []struct{ name, model, fw string }{
		{"Ordinateur direction", "HP ProDesk 400 G7", "Windows 10 22H2"},
		{"Routeur Orange", "Huawei B535-232", "11.0.1.2"},
		{"Imprimante", "Epson L3250", "03.71.XR17O1"},
		{"Camera portail", "Hikvision DS-2CE16D0T", "V5.5.800"},
		{"Tablette infirmerie", "Samsung Galaxy Tab A7 Lite", "Android 14"},
	}
	for _, k := range r.Perm(len(items))[:r.in(2, 3)] {
		it := items[k]
		var fw leaf = dev(it.fw)
		if strings.Count(it.fw, ".") == 3 {
			fw = fwIP(it.fw)
		}
		devs = append(devs, obj{
			{"Jumtukaay_ID", plain(r.in(1, 90))},
			{"Tur_jumtukaay", dev(it.name)},
			{"Model", dev(it.model)},
			{"Nimero_serie", dev(r.serial("", 12))},
			{"Adrees_IP", netw(lanNet.host(r.in(2, 240)))},
			{"Adrees_MAC", macAddr(r.mac("-", true))},
			{"Version_logiciel", fw},
			{"Mujjantal_gis", dev(after(t0, -r.in(0, 9000)).Format("2006-01-02T15:04:05"))},
		})
	}
	settings := arr{
		kvRow("Caabi", "Li_ci_biir", "wifi_ssid", netw(r.ssid(r.pick("Ecole", "Daara", "Keur")))),
		kvRow("Caabi", "Li_ci_biir", "wifi_baatu_jall", cred(r.psk())),
		kvRow("Caabi", "Li_ci_biir", "routeur", netw("http://"+lanNet.gw())),
		kvRow("Caabi", "Li_ci_biir", "wave_api_key", cred("wave_sn_prod_"+r.alnum(36))),
		kvRow("Caabi", "Li_ci_biir", "sms_expediteur", plain("ECOLE")),
		kvRow("Caabi", "Li_ci_biir", "direktoor", cont(r.wolof().full())),
	}
	return language(obj{
		{"token_request", obj{
			{"url", plain("https://" + acct + ".caspio.com/oauth/token")},
			{"grant_type", plain("client_credentials")},
			{"client_id", decoy(clientID)},
			{"client_secret", cred(r.hex(50))},
		}},
		{"token", obj{
			{"access_token", cred(token)},
			{"token_type", decoy("bearer")},
			{"expires_in", plain(86399)},
			{"refresh_token", cred(r.hex(32))},
		}},
		{"tables", obj{
			{"Ndongo", obj{{"Result", pupils}}},
			{"Jumtukaay", obj{{"Result", devs}}},
			{"Tanneef", obj{{"Result", settings}}},
		}},
	})
}
