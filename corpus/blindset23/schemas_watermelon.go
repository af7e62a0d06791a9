package blindset23

import "fmt"

// chwWatermelon: a Haitian community-health-worker app's WatermelonDB
// sync pull response (changes per table with created / updated /
// deleted, Haitian Creole column names, millisecond timestamps): a
// patient with health columns, visits with vitals and notes, the
// worker's phone, settings rows and the worker's account.
func chwWatermelon(r *rng) any {
	t := r.when()
	pt := r.haitian()
	mom := r.haitian()
	chw := r.haitian()
	lari, katye, komin, kod := r.htAddress()
	id := func() string { return r.from(lowerNum, 16) }
	ms := func(min int) int64 { return unixMs(after(t, min)) }
	ptID := id()
	age := r.in(15, 72)

	patient := obj{
		{"id", plain(ptID)},
		{"nimewo_dosye", decoy(fmt.Sprintf("%s-%05d", r.pick("PAP", "DLM", "OKP"), r.in(0, 99999)))},
		{"non", cont(pt.first)},
		{"siyati", cont(pt.last)},
		{"non_manman", cont(mom.first + " " + mom.last)},
		{"dat_nesans", cont(day(r.birth(2024-age, 2024-age)))},
		{"laj", ageOf(age)},
		{"sèks", sexOf(map[bool]string{true: "fanm", false: "gason"}[pt.female])},
		{"telefòn", cont(r.htPhone())},
		{"adrès", cont(lari)},
		{"katye", cont(katye)},
		{"komin", cont(komin)},
		{"kòd_postal", cont(kod)},
		{"gwoup_san", hlth(r.pick("O+", "A+", "B+", "O-", "AB+")).clin()},
		{"maladi_kwonik", hlth(r.pick("tansyon wo", "dyabèt", "VIH, sou trètman ARV", "tibèkiloz (fini trètman)", "okenn")).clin()},
		{"medikaman", hlth(r.pick("amlodipin 5 mg", "metfòmin 500 mg", "TLD 1 grenn chak jou", "fè + asid folik", "okenn")).clin()},
		{"alèji", hlth(r.pick("penisilin", "pa konnen", "okenn")).clin()},
	}
	if pt.female && age < 45 {
		preg := r.chance(0.4)
		patient = append(patient, field{"ansent", hlth(preg).clin()})
		if preg {
			patient = append(patient, field{"semèn_gwosès", hlth(r.in(8, 38)).clin()})
		}
	}
	patient = append(patient,
		field{"direksyon", r.pick2(prose(p("Kay ble bò legliz la, rele "), p(r.htLocal(), contactC), p(" lè w rive.")), prose(p("Dèyè lekòl nasyonal la, 2yèm pòt.")))},
		field{"ajan_sante", cont(chw.first + " " + chw.last)},
		field{"kreye_le", plain(ms(-r.in(10000, 400000)))},
		field{"mete_ajou_le", plain(ms(-r.in(1, 9000)))},
	)

	visits := arr{}
	for i := 0; i < r.in(1, 2); i++ {
		sys, dia := r.bp()
		var note leaf
		switch r.IntN(3) {
		case 0:
			note = clinNote(p("Tansyon "), p(fmt.Sprintf("%d/%d", sys, dia), healthC), p(", "), p(r.pick("voye l lopital Sen Mikayèl", "li pa pran medikaman l depi 2 semèn", "tèt fè l mal anpil, vizyon twoub"), healthC), p(". Rele "), p(r.htPhone(), contactC), p(" si pa gen amelyorasyon."))
		case 1:
			note = clinNote(p("Li "), p(r.pick("gen lafyèv depi 3 jou", "gen dyare ak vomisman", "pa ka manje"), healthC), p(". Bay SRO, retounen demen."))
		default:
			note = clinNote(p("Pa t jwenn moun lakay, retounen lòt semèn."))
		}
		visits = append(visits, obj{
			{"id", plain(id())},
			{"pasyan_id", plain(ptID)},
			{"dat_vizit", plain(ms(-r.in(100, 9000)))},
			{"tansyon_sistolik", hlth(sys).clin()},
			{"tansyon_dyastolik", hlth(dia).clin()},
			{"pwa_kg", hlth(r.f1(8, 96)).clin()},
			{"tanperati", hlth(r.f1(36.1, 39.8)).clin()},
			{"sentòm", hlth(r.pick("lafyèv, tous", "tèt fè mal", "dyare", "doulè nan vant", "okenn")).clin()},
			{"tès_malarya", hlth(r.pick("negatif", "pozitif", "pa fèt")).clin()},
			{"nòt", note},
			{"kreye_le", plain(ms(-r.in(100, 9000)))},
		})
	}

	model, andr := r.androidPhone()
	device := obj{
		{"id", plain(id())},
		{"modèl", dev(model)},
		{"vèsyon_android", dev(andr)},
		{"vèsyon_aplikasyon", dev(r.semver())},
		{"imei", dev(r.imei())},
		{"nimewo_sim", cont(r.htPhone())},
		{"token_push", cred(r.expoPush())},
		{"dènye_senkronizasyon", dev(ms(-r.in(1, 600)))},
		{"batri", decoy(r.in(5, 100))},
		{"espas_lib_mb", decoy(r.in(200, 40000))},
	}

	office := r.lan()
	param := func(k string, v leaf) obj {
		return append(obj{{"id", plain(id()).obf()}}, kvRow("kle", "valè", k, v)...)
	}
	params := arr{
		param("non_wifi", netw(r.pick("Digicel_WiFi_"+r.alnum(4), "Natcom-"+r.HEX(4), "BiwoSante"))),
		param("modpas_wifi", cred(r.psk())),
		param("adrès_routè", netw(office.gw())),
		param("sèvè_senkronizasyon", netw("https://sync."+r.pick("ajansante", "sanitekominote")+".internal/api")),
		param("kle_api_sms", cred(r.telnyxKey())),
		param("longè_minimòm_modpas", decoy("8")),
		param("vèsyon_chema", decoy(fmt.Sprintf("%d", r.in(12, 40)))),
	}

	user := obj{
		{"id", plain(id())},
		{"non_itilizatè", cont(r.userName(chw))},
		{"modpas", cred(r.apr1())},
		{"wòl", plain(r.pick("ajan", "sipèvizè", "enfimyè"))},
		{"sesyon", cred(r.connectSid())},
		{"kantite_echèk_koneksyon", decoy(r.in(0, 5))},
		{"dwe_chanje_modpas", decoy(r.chance(0.2))},
		{"dènye_koneksyon", plain(ms(-r.in(1, 3000)))},
		{"imel", r.orNull(0.4, cont(r.email(chw)))},
	}

	deleted := arr{}
	if r.chance(0.5) {
		deleted = append(deleted, plain(id()))
	}
	return language(obj{
		{"changes", obj{
			{"pasyan", obj{{"created", arr{patient}}, {"updated", arr{}}, {"deleted", deleted}}},
			{"vizit", obj{{"created", visits}, {"updated", arr{}}, {"deleted", arr{}}}},
			{"aparèy", obj{{"created", arr{}}, {"updated", arr{device}}, {"deleted", arr{}}}},
			{"paramèt", obj{{"created", arr{}}, {"updated", params}, {"deleted", arr{}}}},
			{"itilizatè", obj{{"created", arr{}}, {"updated", arr{user}}, {"deleted", arr{}}}},
		}},
		{"timestamp", plain(ms(0))},
	})
}
