package blindset23

import "fmt"

// physioReplicache: a Duhok physiotherapy and sports-injury centre's
// booking app as a Replicache pull response (cookie, lastMutationIDChanges,
// a patch of put / del operations keyed "table/id", Kurmanji Kurdish
// property names): the patient with address and health block, sessions,
// the centre's devices, settings as key / value entries, a staff user.
func physioReplicache(r *rng) any {
	t := r.when()
	pt := r.kurdish()
	father := r.pickPerson(kuMale, kuMale, kuLast)
	ther := r.kurdish()
	doc := r.kurdish()
	mal, kolan, tax, bajar, kod := r.kuAddress()
	id := func() string { return r.from(lowerNum+"ABCDEFGHJKLMNPQRSTUVWXYZ", 12) }
	ptKey := "nexweş/" + id()
	age := r.in(16, 70)
	patch := arr{}
	put := func(key string, v obj) {
		patch = append(patch, obj{{"op", plain("put")}, {"key", plain(key)}, {"value", v}})
	}

	var docNote leaf
	switch r.IntN(3) {
	case 0:
		docNote = clinNote(p("Piştî "), p(r.pick("emeliyata çokê (ACL)", "şikestina lingê çepê", "derketina dîska piştê L4-L5"), healthC), p(", şiyana meşê baştir bûye. Derman: "), p(r.pick("ibuprofen 400 mg", "diclofenac jel", "paracetamol 1 g"), healthC), p("."))
	case 1:
		docNote = clinNote(p("Dr. "), p(doc.first+" "+doc.last, contactC), p(" MRI xwest; "), p("êşa milê rastê bi şev zêde dibe", healthC), p("."))
	default:
		docNote = clinNote(p("Tu guhertin tune."))
	}
	put(ptKey, obj{
		{"hejmara_dosyayê", decoy(fmt.Sprintf("DH-%06d", r.in(0, 999999)))},
		{"nav", cont(pt.first)},
		{"paşnav", cont(pt.last)},
		{"navê_bav", cont(father.first)},
		{"roja_bûyînê", cont(day(r.birth(2024-age, 2024-age)))},
		{"temen", ageOf(age)},
		{"zayend", sexOf(map[bool]string{true: "mê", false: "nêr"}[pt.female])},
		{"têlefon", cont(r.iqPhone())},
		{"e_name", r.orNull(0.3, cont(r.email(pt)))},
		{"navnîşan", obj{
			{"mal", cont(mal)},
			{"kolan", cont(kolan)},
			{"tax", cont(tax)},
			{"bajar", cont(bajar)},
			{"koda_postê", cont(kod)},
		}},
		{"tenduristî", obj{
			{"giranî_kg", hlth(r.f1(48, 115)).clin()},
			{"dirêjahî_cm", hlth(r.in(150, 192)).clin()},
			{"koma_xwînê", hlth(r.pick("O+", "A+", "B-", "AB+")).clin()},
			{"nexweşiyên_kronîk", hlth(r.pick("şekir (tîp 2)", "tansiyona bilind", "astim", "tune")).clin()},
			{"derman", arr{hlth(r.pick("metformin 850 mg", "amlodipine 5 mg", "salbutamol spray", "tune")).clin()}},
			{"alerjî", hlth(r.pick("penîsîlîn", "tune", "aspirîn")).clin()},
			{"birîn", hlth(r.pick("qetîna lîgamenta çokê", "êşa piştê ya kronîk", "şikestina destê", "tendonîta milê")).clin()},
			{"cixare", hlth(r.chance(0.3)).clin()},
			{"têbînîya_doktor", docNote},
		}},
		{"wêne", obj{
			{"url", cont("https://cdn.example.net/wene/" + r.hex(16) + ".jpg")},
			{"firehî", decoy(r.pickInt(480, 600, 720))},
			{"bilindahî", decoy(r.pickInt(640, 800, 960))},
		}},
		{"hatiye_afirandin", plain(iso(after(t, -r.in(1000, 90000))))},
	})

	for i := 0; i < r.in(1, 2); i++ {
		var note leaf
		switch r.IntN(3) {
		case 0:
			note = prose(p(r.pick("Êşa piştê kêm bûye", "Çok hîn werimî ye", "Tevger 90 pile ye"), healthC), p(", berdewam bike."))
		case 1:
			note = prose(p("Bi telefonê "), p(r.iqLocal(), contactC), p(" hat agahdarkirin."))
		default:
			note = prose(p("Nexweş nehat."))
		}
		put("rûniştin/"+id(), obj{
			{"nexweş", plain(ptKey)},
			{"dem", plain(iso(after(t, i*1440)))},
			{"fîzyoterapîst", cont(ther.first + " " + ther.last)},
			{"dermankirin", hlth(r.pick("TENS û masaj", "tetbîqatên çokê", "ultrasound", "terapiya destan"))},
			{"êş_berê", hlth(r.in(3, 9))},
			{"êş_piştî", hlth(r.in(1, 6))},
			{"têbînî", note},
		})
	}

	lanK := r.lan()
	devs := [][3]string{
		{"Tableta Odeya 2", "tablet", r.pick("Samsung Galaxy Tab A9", "Lenovo Tab M11", "iPad (10th generation)")},
		{"Makîneya ultrasound", "amûra bijîşkî", r.pick("Chattanooga Intelect Mobile 2", "BTL-4710 Sono")},
		{"Kameraya salonê", "kamera", r.pick("Hikvision DS-2CD1043G2-I", "TP-Link Tapo C210")},
	}
	for _, k := range r.Perm(len(devs))[:r.in(1, 2)] {
		dv := devs[k]
		fw := dev(r.semver())
		if r.chance(0.4) {
			fw = fwIP(r.ipShapedFw())
		}
		put("amûr/"+id(), obj{
			{"nav", dev(dv[0])},
			{"cure", dev(dv[1])},
			{"model", dev(dv[2])},
			{"hejmara_rêzê", dev(r.serial(r.pick("R5", "BT", "SN"), 10))},
			{"navnîşana_ip", netw(lanK.host(r.in(20, 200)))},
			{"navnîşana_mac", macAddr(r.mac("-", true))},
			{"guhertoya_nermalavê", fw},
			{"dawî_hat_dîtin", dev(iso(after(t, -r.in(1, 4000))))},
			{"germahî", decoy(r.f1(28, 52))},
		})
	}

	for _, kv := range []struct {
		k string
		v leaf
	}{
		{"navê_wifi", netw(r.pick("Fizyo-Staff", "Korek-"+r.HEX(4), "FastLink_"+r.alnum(4)))},
		{"şîfreya_wifi", cred(r.psk())},
		{"ip_ya_router", netw(lanK.gw())},
		{"şîfreya_rêveberê_router", cred(r.password())},
		{"koda_api_sms", cred("ksms_" + r.alnum(32))},
		{"dirêjahiya_kêmtirîn_a_şîfreyê", decoy("8")},
	} {
		put("mîheng/"+id(), kvRow("kilît", "nirx", kv.k, kv.v))
	}

	staff := r.kurdish()
	put("bikarhêner/"+id(), obj{
		{"navê_bikarhêner", cont(r.userName(staff))},
		{"hash_a_şîfreyê", cred(r.sha256crypt())},
		{"rol", plain(r.pick("resepsiyon", "fîzyoterapîst", "rêveber"))},
		{"nîşana_danişînê", cred(r.b64url(32))},
		{"têketina_dawî", plain(iso(after(t, -r.in(1, 3000))))},
		{"ip_ya_dawî", netw(lanK.host(r.in(20, 200)))},
		{"du_faktorî_çalak", decoy(r.chance(0.3))},
		{"hejmara_têketinên_têkçûyî", decoy(r.in(0, 6))},
	})
	if r.chance(0.5) {
		patch = append(patch, obj{{"op", plain("del")}, {"key", plain("rûniştin/" + id())}})
	}

	return language(obj{
		{"cookie", plain(r.in(100, 99999))},
		{"lastMutationIDChanges", obj{{r.uuid(), plain(r.in(1, 400))}}},
		{"patch", patch},
	})
}
