package blindset8

import (
	"fmt"
	"strings"
)

// hoteru-pms-kagi: a Japanese business hotel / ryokan property-management
// system's reservation collection (Japanese romaji snake_case keys, MongoDB
// extended JSON), with the front desk's key-card encoder and mobile keys.

var kanaOf = map[string]string{
	"花子": "ハナコ", "美咲": "ミサキ", "陽菜": "ヒナ", "由美子": "ユミコ", "さくら": "サクラ", "恵": "メグミ", "千尋": "チヒロ",
	"健太": "ケンタ", "翔": "ショウ", "大輔": "ダイスケ", "浩": "ヒロシ", "蓮": "レン", "誠": "マコト", "悠真": "ユウマ",
	"佐藤": "サトウ", "鈴木": "スズキ", "高橋": "タカハシ", "田中": "タナカ", "渡辺": "ワタナベ", "伊藤": "イトウ",
	"山本": "ヤマモト", "中村": "ナカムラ", "小林": "コバヤシ",
}

func hotelPMS(g *rng) any {
	jp := g.chance(70)
	var gp person
	if jp {
		gp = g.personOf("ja")
	} else {
		gp = g.personOf(one(g, "en", "fr", "de", "sv", "it"))
	}
	guest := obj{}
	if jp {
		guest = append(guest,
			field{"shimei", cont(gp.last + " " + gp.first)},
			field{"shimei_kana", cont(kanaOf[gp.last] + " " + kanaOf[gp.first])},
			field{"romaji_mei", cont(gp.afirst + " " + strings.ToUpper(gp.alast))},
		)
	} else {
		guest = append(guest,
			field{"shimei", cont(gp.full())},
			field{"romaji_mei", cont(strings.ToUpper(gp.alast) + " " + gp.first)},
		)
	}
	guest = append(guest,
		field{"seibetsu", sexOf(fm(gp, one(g, "josei", "F", "女性"), one(g, "dansei", "M", "男性")))},
		field{"seinengappi", mongoDate(cont(g.dob() + "T00:00:00Z"))},
	)
	if jp {
		pref := one(g, [2]string{"東京都", "渋谷区神宮前"}, [2]string{"大阪府", "大阪市北区梅田"}, [2]string{"北海道", "札幌市中央区南三条西"}, [2]string{"福岡県", "福岡市博多区博多駅前"}, [2]string{"京都府", "京都市左京区下鴨"}, [2]string{"神奈川県", "横浜市中区山下町"}, [2]string{"愛知県", "名古屋市千種区今池"})
		guest = append(guest,
			field{"denwa_bango", cont(g.phoneJP())},
			field{"meru_adoresu", cont(g.email(gp))},
			field{"jusho", obj{
				{"yubin_bango", cont(fmt.Sprintf("%03d-%04d", g.in(100, 999), g.n(10000)))},
				{"todofuken", cont(pref[0])},
				{"shikuchoson", cont(pref[1])},
				{"banchi", cont(fmt.Sprintf("%d-%d-%d", g.in(1, 6), g.in(1, 30), g.in(1, 20)) + one(g, "", " メゾン桜 "+fmt.Sprint(g.in(101, 805))+"号", " グランハイツ"+fmt.Sprint(g.in(2, 12))+"F"))},
				{"kuni", decoy("JP")},
			}},
			field{"kokuseki", decoy("JP")},
		)
	} else {
		city := one(g, "Leeds", "Lyon", "Göteborg", "Bremen", "Torino")
		var pc, cc string
		switch city {
		case "Leeds":
			pc, cc = "LS6 "+fmt.Sprint(g.in(1, 9))+one(g, "QT", "AB", "HN"), "GB"
		case "Lyon":
			pc, cc = "6900"+fmt.Sprint(g.in(1, 9)), "FR"
		case "Göteborg":
			pc, cc = "41"+fmt.Sprint(g.in(1, 9))+" "+g.s(num, 2), "SE"
		case "Bremen":
			pc, cc = "281"+g.s(num, 2), "DE"
		default:
			pc, cc = "101"+g.s(num, 2), "IT"
		}
		guest = append(guest,
			field{"denwa_bango", cont(one(g, g.phoneUK(), g.phoneFR(), g.phoneSE(), g.phoneDE(), g.phoneIT()))},
			field{"meru_adoresu", cont(g.email(gp))},
			field{"jusho", obj{
				{"yubin_bango", cont(pc)},
				{"toshi", cont(city)},
				{"banchi", cont(fmt.Sprint(g.in(1, 180)) + " " + one(g, "Larchmont Road", "rue Duguesclin", "Karl Johansgatan", "Schwachhauser Heerstraße", "Via Nizza"))},
				{"kuni", decoy(cc)},
			}},
			field{"kokuseki", decoy(cc)},
		)
	}
	guest = append(guest,
		field{"kaiin_bango", decoy(fmt.Sprintf("0%09d", g.n(1_000_000_000)))},
		field{"kaiin_ranku", plain(one(g, "gold", "silver", "platinum", "ippan"))},
		field{"pointo_zandaka", decoy(g.in(0, 40000))},
		field{"raikan_kaisu", decoy(g.in(1, 30))},
	)

	var companions arr
	for i := 0; i < g.n(3); i++ {
		cp := g.personOf(one(g, "ja", "en"))
		companions = append(companions, obj{
			{"shimei", cont(cp.full())},
			{"nenrei", ageOf(g.in(4, 80))},
			{"kankei", plain(one(g, "haigusha", "kodomo", "yujin", "doryo"))},
		})
	}
	if companions == nil {
		companions = arr{}
	}

	room := g.in(2, 14)*100 + g.in(1, 30)
	in := g.epoch()
	nights := g.in(1, 5)
	ssid := one(g, fmt.Sprintf("HOTEL-GUEST-%d", room), "Ryokan_Free_WiFi", fmt.Sprintf("ROOM%d-5G", room), "Sakura-Inn-Guest")

	encModel := one(g, "dormakaba Saflok MT Encoder", "VingCard Visionline Encoder", "Onity HT24W", "MIWA ALV2 Encoder", "Salto NCoder")
	var cards arr
	for i := 0; i < g.in(1, 3); i++ {
		cards = append(cards, obj{
			{"kaado_seq", plain(i + 1)},
			{"torakku_deeta", cred(g.s(HX, one(g, 32, 48, 64)))},
			{"yuko_kigen", mongoDate(plain(isoAt(in + nights*86400 + 11*3600)))},
			{"hakko_tanmatsu", plain(one(g, "FRONT-1", "FRONT-2", "BACK-OFFICE"))},
		})
	}
	phoneModel, phoneOS := g.phone()
	mobileKey := obj{{"riyo", plain(false)}}
	if g.chance(60) {
		mobileKey = obj{
			{"riyo", plain(true)},
			{"kii_tokun", cred("mk_" + g.opaque(40))},
			{"apuri_bajon", dev(g.ver(3))},
			{"tanmatsu_kishu", dev(phoneModel)},
			{"os_bajon", dev(phoneOS)},
			{"ble_kii_id", decoy(g.uuid())},
		}
	}
	staff := g.personOf("ja")

	var notes []piece
	switch g.n(7) {
	case 0:
		notes = append(notes, p(one(g, "そばアレルギーあり（重度）。夕食は別メニューで対応。", "えび・かにアレルギー。朝食ビュッフェで要注意。", "Guest has a severe peanut allergy (carries EpiPen)."), healthCat))
	case 1:
		notes = append(notes, p("到着遅れ（22時頃）の連絡あり。携帯 "), p(g.phoneJP(), contactCat), p(" まで折り返し。"))
	case 2:
		notes = append(notes, p(one(g, "車椅子利用のため、1階の部屋を希望。", "妊娠中（7か月）のため禁煙室・低めのベッド希望。", "Guest is diabetic, asked for a fridge for insulin."), healthCat))
	case 3:
		notes = append(notes, p("記念日のケーキ手配済み。チェックアウト時に精算。"))
	case 4:
		notes = append(notes, p(fmt.Sprintf("Key card for %d not working, re-encoded on encoder ", room)), p(g.s(uc, 2)+g.s(num, 8), deviceCat), p(" by "), p(staff.afirst, contactCat), p("."))
	case 5:
		notes = append(notes, p("Wi-Fiのパスワードを再案内："), p(ssid, netCat), p(" / "), p(g.passphrase(), credCat))
	default:
		notes = append(notes, p("Late check-out requested, invoice to "), p(g.email(gp), contactCat), p(one(g, " (company pays).", ". Receipt in English please.")))
	}

	return language(obj{
		{"_id", obj{{"$oid", decoy(g.oid())}}},
		{"yoyaku_bango", decoy(fmt.Sprintf("R%d-%06d", 2023+g.n(3), g.n(1_000_000)))},
		{"yoyaku_keiro", plain(one(g, "Rakuten Travel", "Jalan", "jisha_saito", "Booking.com", "denwa"))},
		{"ota_yoyaku_bango", decoy(one(g, "RT", "JL", "BK") + g.s(num, 10))},
		{"shukuhakusha", guest},
		{"dohansha", companions},
		{"heya", obj{
			{"heya_bango", plain(fmt.Sprint(room))},
			{"taipu", plain(one(g, "washitsu", "twin", "double", "yoshitsu_kinen"))},
			{"ninzu", plain(1 + len(companions))},
		}},
		{"shukuhaku", obj{
			{"chekkuin", mongoDate(plain(isoAt(in)))},
			{"chekkuauto", mongoDate(plain(isoAt(in + nights*86400)))},
			{"hakusu", plain(nights)},
			{"puran_kodo", decoy(one(g, "PLAN-ONSEN-", "PLAN-SUDOMARI-", "PLAN-CHOSHOKU-") + fmt.Sprint(nights) + "N")},
			{"ryokin", dec(decoy(fmt.Sprint(g.in(60, 900) * 100)))},
			{"tsuka", plain("JPY")},
		}},
		{"shokuji_arerugi", stringsOf(hlth, some(g, g.n(3), "そば", "えび", "かに", "小麦", "卵", "乳", "落花生")...)},
		{"kagi_kaado", obj{
			{"enkoda", obj{
				{"kishu", dev(encModel)},
				{"shiriaru", dev(g.s(uc, 2) + g.s(num, 8))},
				{"fw_bajon", dev(g.ver(3))},
				{"ip_adoresu", netw(g.lanIP("10.30." + fmt.Sprint(g.in(1, 9))))},
				{"hosuto_mei", netw(fmt.Sprintf("enc-front%02d.pms.hotel.internal", g.in(1, 4)))},
				{"pooto", netw(one(g, 7070, 4000, 8443, 50000))},
				{"saigo_tsushin", mongoDate(dev(g.isoMs()))},
			}},
			{"kaado", cards},
			{"mobairu_kii", mobileKey},
		}},
		{"wifi", obj{
			{"essid", netw(ssid)},
			{"pasuwado", cred(g.passphrase())},
			{"vlan", netw(g.in(100, 399))},
			{"pasuwado_saiteimojisu", decoy(8)},
		}},
		{"shiharai", obj{
			{"houhou", plain(one(g, "kurejitto", "genkin", "QR", "OTA_jizen"))},
			{"shonin_bango", decoy(g.s(uc+num, 6))},
			{"kingaku", dec(decoy(fmt.Sprint(g.in(60, 900) * 100 * nights)))},
		}},
		{"bikou", prose(notes...)},
		{"tantousha", obj{
			{"shimei", cont(staff.last + " " + staff.first)},
			{"roguin_id", cont("fr-" + strings.ToLower(staff.alast))},
		}},
		{"sakusei_nichiji", mongoDate(plain(g.isoMs()))},
		{"koshin_nichiji", mongoDate(plain(g.isoMs()))},
		{"sukima_bajon", decoy(one(g, "3.2", "3.4", "4.0"))},
	})
}
