package blindset4

import (
	"fmt"
	"strings"
)

// nurseCall: a hospital nurse-call / patient-monitor gateway's HL7 v2
// message turned into JSON (segment.field keys). The positional keys are
// hard kind "obfuscated"; the observation, allergy and diagnosis segments
// are "clinical"; the nurse notes are free text.
func nurseCall(g *rng) any {
	pt := g.personOf("en")
	att := g.personOf("en")
	nurse := g.personOf("en")
	monitor := one(g, "IntelliVue MX450", "IntelliVue MX550", "CARESCAPE B450", "BeneVision N15")
	monSN := one(g, "DE", "US", "CN") + g.s(num, 8)
	obs := [][4]string{
		{"8867-4^Heart rate^LN", "/min", "60-100", "hr"},
		{"59408-5^SpO2^LN", "%", "94-100", "spo2"},
		{"8480-6^Systolic BP^LN", "mm[Hg]", "90-140", "sys"},
		{"8462-4^Diastolic BP^LN", "mm[Hg]", "60-90", "dia"},
		{"9279-1^Resp rate^LN", "/min", "12-20", "rr"},
		{"8310-5^Body temperature^LN", "Cel", "36.1-37.8", "temp"},
	}
	obx := arr{}
	for _, o := range some(g, g.in(3, 5), obs...) {
		var v string
		switch o[3] {
		case "hr":
			v = fmt.Sprint(g.in(48, 140))
		case "spo2":
			v = fmt.Sprint(g.in(84, 100))
		case "sys":
			v = fmt.Sprint(g.in(85, 180))
		case "dia":
			v = fmt.Sprint(g.in(45, 105))
		case "rr":
			v = fmt.Sprint(g.in(9, 30))
		default:
			v = fmt.Sprintf("%.1f", g.f(35.8, 39.6))
		}
		obx = append(obx, obj{
			{"OBX.3", plain(o[0])},
			{"OBX.5", hlth(v)},
			{"OBX.6", decoy(o[1])},
			{"OBX.7", decoy(o[2])},
			{"OBX.8", hlth(one(g, "N", "N", "H", "L", "A"))},
			{"OBX.14", decoy(fmt.Sprintf("2024%02d%02d%02d%02d%02d", g.in(1, 12), g.in(1, 28), g.n(24), g.n(60), g.n(60)))},
			{"OBX.18", dev(monitor + "^" + monSN)},
		})
	}
	dx := one(g,
		"I48.91^Unspecified atrial fibrillation^I10",
		"J18.9^Pneumonia, unspecified organism^I10",
		"I21.4^NSTEMI^I10",
		"A41.9^Sepsis, unspecified organism^I10",
		"J44.1^COPD with acute exacerbation^I10",
	)
	ntes, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		ntes = append(ntes, obj{
			{"NTE.3", seen.draw(func() leaf { return nurseNote(g, pt) })},
		})
	}
	lan := "10." + fmt.Sprint(g.in(60, 90)) + "." + fmt.Sprint(g.in(1, 40))
	street := fmt.Sprintf("%d %s", g.in(10, 9999), one(g, "Larkspur Way", "Quarry Hill Rd", "Tamarack Ct", "Old Mill Pike"))
	town := one(g, "Springvale", "Orchard Park", "Granite Bay", "Sutter Creek")
	return obj{
		{"MSH", obfuscated(obj{
			{"MSH.3", plain(one(g, "PIC_IX", "CENTRAL_STN", "NC_GATEWAY"))},
			{"MSH.7", decoy(fmt.Sprintf("2024%02d%02d%02d%02d", g.in(1, 12), g.in(1, 28), g.n(24), g.n(60)))},
			{"MSH.10", decoy(g.s(num, 12))},
			{"MSH.12", decoy(one(g, "2.5.1", "2.6", "2.3"))},
		})},
		{"PID", obfuscated(obj{
			{"PID.3", plain(g.s(num, 8) + "^^^MRN")},
			{"PID.5", cont(strings.ToUpper(pt.last) + "^" + strings.ToUpper(pt.first))},
			{"PID.7", cont(strings.ReplaceAll(g.dob(), "-", ""))},
			{"PID.8", sexOf(fm(pt, "F", "M"))},
			{"PID.11", cont(street + "^^" + town + "^" + one(g, "CA", "OR", "NY", "MN") + "^" + fmt.Sprintf("%05d", g.in(10000, 99999)))},
			{"PID.13", cont(g.phoneUS())},
		})},
		{"PV1", obfuscated(obj{
			{"PV1.2", plain("I")},
			{"PV1.3", plain(fmt.Sprintf("%s^%d^%d", one(g, "ICU", "CCU", "4W", "STEPDN"), g.in(1, 30), g.in(1, 2)))},
			{"PV1.7", cont(g.s(num, 6) + "^" + strings.ToUpper(att.last) + "^" + strings.ToUpper(att.first) + "^^^DR")},
		})},
		{"AL1", clinical(arr{obj{
			{"AL1.2", plain("DA")},
			{"AL1.3", hlth(one(g, "PENICILLIN", "SULFA DRUGS", "LATEX", "MORPHINE", "IODINE CONTRAST"))},
			{"AL1.4", hlth(one(g, "SV", "MO", "MI"))},
		}})},
		{"DG1", clinical(obj{
			{"DG1.3", hlth(dx)},
			{"DG1.6", plain("A")},
		})},
		{"OBX", clinical(obx)},
		{"NTE", ntes},
		{"ZNC", obfuscated(obj{
			{"ZNC.1", dev(one(g, "pillow speaker", "bed pendant", "bath pull cord"))},
			{"ZNC.2", netw(fmt.Sprintf("nc-gw-%d.ward%d.internal", g.in(1, 6), g.in(1, 9)))},
			{"ZNC.3", netw(g.lanIP(lan))},
			{"ZNC.4", macAddr(g.mac())},
			{"ZNC.5", cred("svc_nurse:" + g.password())},
			{"ZNC.6", cont(nurse.first + " " + nurse.last[:1] + ".")},
			{"ZNC.7", decoy(g.in(0, 40))},
		})},
		{"_meta", obj{
			{"received", decoy(g.isoMs())},
			{"sha1", decoy(g.sha1())},
		}},
	}
}

func nurseNote(g *rng, pt person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Pt c/o chest tightness, 12-lead done, ", healthCat), p(one(g, "nitro 0.4 mg SL given", "metoprolol 5 mg IV given"), healthCat), p(", MD paged."))
	case 1:
		return prose(p("Call light answered, pt repositioned."))
	case 2:
		return prose(p("Daughter "), p(g.personOf("en").first, contactCat), p(" asks to be called at "), p(g.phoneUS(), contactCat), p(" with updates."))
	case 3:
		return prose(p("Monitor offline 03:12-03:20, re-joined at "), p(g.privIP(), netCat), p("."))
	}
	return prose(p(pt.first, contactCat), p(" refused "), p("heparin injection", healthCat), p("; charge nurse informed."))
}

// hjemmetjeneste: a Norwegian municipality's home-care (hjemmesykepleie)
// client record (Norwegian keys).
func hjemmetjeneste(g *rng) any {
	b := g.personOf("no")
	lege := g.personOf("no")
	par := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		r := g.personOf("no")
		par = append(par, obj{
			{"navn", cont(r.full())},
			{"relasjon", plain(one(g, "datter", "sønn", "ektefelle", "nabo"))},
			{"telefon", cont(g.phoneNO())},
			{"epost", cont(g.email(r))},
		})
	}
	dg := one(g,
		[2]string{"F03", "Demens, uspesifisert"},
		[2]string{"I50.9", "Hjertesvikt"},
		[2]string{"E10.9", "Diabetes type 1"},
		[2]string{"C61", "Prostatakreft"},
		[2]string{"G20", "Parkinsons sykdom"},
	)
	lm := arr{}
	for _, m := range some(g, g.in(1, 3),
		[2]string{"Albyl-E 75 mg", "1 tablett morgen"},
		[2]string{"Furix 40 mg", "1 tablett morgen"},
		[2]string{"Madopar 125 mg", "1 kapsel x 3"},
		[2]string{"Insulatard", "14 IE kveld"},
		[2]string{"Paracet 500 mg", "2 tabletter ved behov"},
	) {
		lm = append(lm, obj{
			{"preparat", hlth(m[0])},
			{"dosering", hlth(m[1])},
			{"administreres_av", plain(one(g, "hjemmesykepleien", "bruker selv"))},
		})
	}
	besok, seen := arr{}, uniq{}
	for j := 0; j < g.in(2, 3); j++ {
		a := g.personOf("no")
		besok = append(besok, obj{
			{"dato", decoy(g.iso())},
			{"tjeneste", hlth(one(g, "medisinhåndtering", "sårstell", "insulininjeksjon", "kompresjonsstrømper")).clin()},
			{"varighet_min", plain(g.in(10, 60))},
			{"ansatt", cont(a.first + " " + a.last[:1] + ".")},
			{"rapport", seen.draw(func() leaf { return hjemmeRapport(g, b) })},
		})
	}
	return language(obj{
		{"brukerId", decoy(g.in(10000, 99999))},
		{"navn", obj{{"fornavn", cont(b.first)}, {"etternavn", cont(b.last)}}},
		{"kjønn", sexOf(fm(b, "K", "M"))},
		{"fødselsdato", cont(g.dob())},
		{"bostedsadresse", obj{
			{"gateadresse", cont(one(g, "Bjørkeveien", "Storgata", "Fjellveien", "Granåsen") + " " + fmt.Sprint(g.in(1, 80)) + one(g, "", "B", " H0201"))},
			{"postnummer", cont(fmt.Sprintf("%04d", g.in(1000, 9990)))},
			{"poststed", cont(one(g, "Lillehammer", "Bodø", "Molde", "Hamar", "Arendal"))},
		}},
		{"nøkkelboks_kode", cred(g.s(num, 4))},
		{"pårørende", par},
		{"fastlege", obj{
			{"navn", cont(lege.full())},
			{"legekontor", plain(one(g, "Sentrum legesenter", "Fjordlegene", "Kirkegata legekontor"))},
			{"telefon", cont(g.phoneNO())},
		}},
		{"diagnoser", clinical(arr{obj{{"kode", hlth(dg[0])}, {"tekst", hlth(dg[1])}}})},
		{"legemidler", clinical(lm)},
		{"funksjonsnivå", clinical(obj{
			{"IPLOS_snitt", hlth(round1(g.f(1.5, 4.5)))},
			{"mobilitet", hlth(one(g, "rullator", "rullestol", "går selv", "sengeliggende"))},
			{"vekt_kg", hlth(g.in(42, 110))},
		})},
		{"besøk", besok},
		{"trygghetsalarm", obj{
			{"modell", dev(one(g, "Doro 4G Care", "Careium CT3000", "Tunstall Lifeline Digital"))},
			{"serienummer", dev(g.s(uc, 2) + g.s(num, 8))},
			{"IMEI", dev(g.imei())},
			{"sist_sett", dev(g.iso())},
			{"batteri_prosent", plain(g.in(5, 100))},
		}},
		{"ansattInnlogging", obj{
			{"brukernavn", cont(strings.ToLower(lege.afirst) + g.s(num, 2))},
			{"passord", cred(g.password())},
		}},
		{"journalsystem", obj{
			{"versjon", decoy(g.ver(4))},
			{"eksportert", decoy(g.iso())},
			{"antall_poster", decoy(g.in(10, 900))},
		}},
	})
}

func hjemmeRapport(g *rng, b person) leaf {
	switch g.n(6) {
	case 0:
		return prose(p("Blodsukker "+fmt.Sprintf("%.1f", g.f(3.5, 18.0))+" mmol/l før frokost, insulin satt.", healthCat))
	case 1:
		return prose(p("Bruker i godt humør, spiste frokost."))
	case 2:
		return prose(p("Sår på venstre legg renset og nytt bandasje lagt.", healthCat))
	case 3:
		return prose(p("Nøkkel ligger nå i boks ved bakdøren, ny kode "), p(g.s(num, 4), credCat), p("."))
	case 4:
		return prose(p("Ringte datteren på "), p(g.phoneNO(), contactCat), p(", "), p(b.first, contactCat), p(" var forvirret i natt."))
	}
	return prose(p("Trygghetsalarm gir feilmelding, "), p("IMEI "+g.imei(), deviceCat), p(" meldt til leverandør."))
}

// tonyoKiroku: a Japanese diabetes clinic's patient log with ketone and
// meal entries (keys in Japanese script).
func tonyoKiroku(g *rng) any {
	pt := g.personOf("ja")
	doc := g.personOf("ja")
	model, osv := g.phone()
	dm := one(g, [2]string{"2型糖尿病", "E11.9"}, [2]string{"1型糖尿病", "E10.9"}, [2]string{"妊娠糖尿病", "O24.4"})
	sokutei := arr{}
	for j := 0; j < g.in(2, 4); j++ {
		sokutei = append(sokutei, obj{
			{"日時", decoy(g.iso())},
			{"血糖値_mg_dL", hlth(g.in(60, 320))},
			{"ケトン体_mmol_L", hlth(round1(g.f(0.1, 3.2)))},
			{"インスリン_単位", hlth(g.in(0, 18))},
		})
	}
	shokuji := arr{}
	for _, k := range some(g, g.in(1, 3), "朝食", "昼食", "夕食", "間食") {
		shokuji = append(shokuji, obj{
			{"区分", plain(k)},
			{"内容", hlth(one(g, "ご飯150g、味噌汁、焼き魚", "カレーライス", "サラダとパン", "うどん、天ぷら", "おにぎり2個"))},
			{"炭水化物_g", hlth(g.in(15, 110))},
			{"カロリー_kcal", hlth(g.in(150, 900))},
		})
	}
	var memo leaf
	switch g.n(5) {
	case 0:
		memo = prose(p("夜中に低血糖、ブドウ糖を10g摂取。", healthCat))
	case 1:
		memo = prose(p("次回の診察は主治医の"), p(doc.last, contactCat), p("先生に相談。"))
	case 2:
		memo = prose(p("特になし。"))
	case 3:
		memo = prose(p("リブレの連携が切れた。パスワードは "), p(g.password(), credCat), p(" に変更。"))
	default:
		memo = prose(p("ケトン高値、吐き気あり、", healthCat), p("家族（"), p(g.phoneJP(), contactCat), p("）に連絡。"))
	}
	return language(obj{
		{"患者ID", decoy(fmt.Sprintf("P%07d", g.n(10000000)))},
		{"氏名", cont(pt.fullJA())},
		{"氏名ローマ字", cont(strings.ToUpper(pt.alast) + " " + pt.afirst)},
		{"性別", sexOf(fm(pt, "女", "男"))},
		{"生年月日", cont(g.dob())},
		{"電話番号", cont(g.phoneJP())},
		{"メール", cont(g.email(pt))},
		{"住所", obj{
			{"郵便番号", cont(fmt.Sprintf("〒%03d-%04d", g.in(100, 999), g.n(10000)))},
			{"都道府県", cont(one(g, "東京都", "大阪府", "神奈川県", "福岡県", "北海道"))},
			{"市区町村", cont(one(g, "世田谷区", "吹田市", "藤沢市", "久留米市", "旭川市"))},
			{"番地", cont(fmt.Sprintf("%d-%d-%d", g.in(1, 9), g.in(1, 30), g.in(1, 20)))},
		}},
		{"病名", hlth(dm[0]).clin()},
		{"ICD10", hlth(dm[1]).clin()},
		{"処方", clinical(arr{obj{
			{"薬剤名", hlth(one(g, "メトホルミン 500mg", "インスリン グラルギン", "ジャヌビア 50mg", "フォシーガ 10mg"))},
			{"用法", hlth(one(g, "1日2回 朝夕食後", "1日1回 就寝前 12単位", "1日1回 朝食後"))},
		}})},
		{"測定記録", clinical(sokutei)},
		{"食事記録", clinical(shokuji)},
		{"HbA1c", clinical(arr{obj{
			{"検査日", decoy(g.date())},
			{"値", hlth(round1(g.f(5.6, 11.2)))},
			{"基準値", decoy("4.6-6.2")},
			{"単位", decoy("%")},
		}})},
		{"身長_cm", hlth(g.in(145, 185)).clin()},
		{"体重_kg", hlth(round1(g.f(40, 105))).clin()},
		{"メモ", memo},
		{"担当医", cont(doc.fullJA())},
		{"アプリ", obj{
			{"端末", dev(model)},
			{"OSバージョン", dev(osv)},
			{"アプリバージョン", dev(g.ver(3))},
			{"連携機器", dev(one(g, "FreeStyleリブレ2", "Dexcom G7", "メディセーフフィットスマイル"))},
			{"シリアル番号", dev(g.s(uc+num, 10))},
			{"最終同期", dev(g.iso())},
		}},
		{"ログイン", obj{
			{"ユーザー名", cont(g.handle(pt))},
			{"パスワード", cred(g.password())},
			{"パスワード最小文字数", decoy(8)},
		}},
		{"作成日時", decoy(g.iso())},
		{"スキーマ", decoy("v" + g.ver(2))},
	})
}
