package blindset8

import (
	"fmt"
	"strings"
)

// eczane-sadakat: a Turkish pharmacy chain's loyalty app (Turkish
// snake_case keys): customer and address, loyalty card, prescription
// history (drug, substance, dose, diagnosis, doctor, barcode, price),
// measurements as {tur, deger, birim} rows, the app (phone, push token,
// password hash, session), campaigns, support requests in Turkish, and
// the branch.

func eczane(g *rng) any {
	m := g.personOf("tr")
	iller := []struct{ il, ilce, pk string }{
		{"İstanbul", "Kadıköy", "347"}, {"Ankara", "Çankaya", "066"}, {"İzmir", "Karşıyaka", "355"}, {"Bursa", "Nilüfer", "161"},
		{"Antalya", "Muratpaşa", "070"}, {"Eskişehir", "Tepebaşı", "260"},
	}
	a := one(g, iller...)

	rxs := []struct{ drug, sub, dose, dx string }{
		{"Glifor 1000 mg 100 film tablet", "metformin", "2x1", "E11.9 Tip 2 diabetes mellitus"},
		{"Beloc Zok 50 mg 30 tablet", "metoprolol", "1x1", "I10 Esansiyel hipertansiyon"},
		{"Lustral 50 mg 28 tablet", "sertralin", "1x1 sabah", "F32.1 Orta depresif epizod"},
		{"Euthyrox 100 mcg 50 tablet", "levotiroksin", "1x1 aç karnına", "E03.9 Hipotiroidi"},
		{"Ventolin inhaler 100 mcg", "salbutamol", "gerektiğinde 2 puf", "J45.9 Astım"},
		{"Lantus SoloStar 100 IU/ml", "insülin glarjin", "22 ünite gece", "E10.9 Tip 1 diabetes mellitus"},
		{"Coraspin 100 mg 30 tablet", "asetilsalisilik asit", "1x1", "I25.1 Aterosklerotik kalp hastalığı"},
	}
	var hist arr
	for i := 0; i < g.in(1, 3); i++ {
		rx := one(g, rxs...)
		doc := g.personOf("tr")
		hist = append(hist, obj{
			{"recete_no", decoy(strings.ToUpper(g.s(uc+num, 7)))},
			{"tarih", plain(g.date())},
			{"ilac", hlth(rx.drug)},
			{"etken_madde", hlth(rx.sub)},
			{"doz", hlth(rx.dose)},
			{"tani", hlth(rx.dx)},
			{"doktor", cont("Dr. " + doc.first + " " + doc.last)},
			{"barkod", decoy("8699" + g.s(num, 9))},
			{"fiyat_tl", decoy(money(g.f(40, 900)))},
			{"sgk_katilim_tl", decoy(money(g.f(0, 60)))},
		})
	}
	var meas arr
	for _, t := range some(g, g.in(1, 3), "tansiyon", "kan_sekeri", "kilo", "nabiz", "kolesterol") {
		var val, unit string
		switch t {
		case "tansiyon":
			val, unit = fmt.Sprintf("%d/%d", g.in(100, 170), g.in(60, 105)), "mmHg"
		case "kan_sekeri":
			val, unit = fmt.Sprint(g.in(70, 260)), "mg/dL"
		case "kilo":
			val, unit = fmt.Sprint(round1(g.f(48, 120))), "kg"
		case "nabiz":
			val, unit = fmt.Sprint(g.in(52, 110)), "bpm"
		default:
			val, unit = fmt.Sprint(g.in(140, 290)), "mg/dL"
		}
		meas = append(meas, obj{
			{"tur", plain(t)},
			{"deger", hlth(val)},
			{"birim", plain(unit)},
			{"olcum_zamani", plain(g.iso())},
			{"cihaz", dev(one(g, "Omron M3 Comfort", "Accu-Chek Instant", "Tanita BC-545N", "Omron HBP-1320"))},
		})
	}

	var tickets arr
	for i := 0; i < g.in(1, 2); i++ {
		var subj, body []piece
		switch g.n(5) {
		case 0:
			subj = []piece{p("İnsülin kalemi sorunu")}
			body = []piece{p("Merhaba, eşimin "), p(one(g, "NovoPen 6", "NovoPen Echo Plus", "HumaPen Savvio"), deviceCat), p(" kalemi (seri no "), p(g.s(uc, 2)+g.s(num, 7), deviceCat), p(") doz göstermiyor. "), p("Tip 1 diyabet, bugün ilaç almadı.", healthCat)}
		case 1:
			subj = []piece{p("Adres değişikliği")}
			body = []piece{p("Siparişleri artık "), p(one(g, "Moda Cad. ", "Atatürk Bulvarı ", "Cumhuriyet Mah. 1203 Sok. ")+fmt.Sprint(g.in(1, 99))+" D:"+fmt.Sprint(g.in(1, 20))+", "+a.ilce, contactCat), p(" adresine gönderin. Tel: "), p(g.phoneTR(), contactCat)}
		case 2:
			subj = []piece{p("Şifremi unuttum")}
			body = []piece{p("Yeni şifre olarak "), p(g.password(), credCat), p(" yazdım ama giriş yapamıyorum. E-posta: "), p(g.email(m), contactCat)}
		case 3:
			subj = []piece{p("Puanlar yüklenmedi")}
			body = []piece{p("Geçen hafta 320 TL alışveriş yaptım, puanlar hesaba geçmedi. Fiş no 00412.")}
		default:
			subj = []piece{p("İlaç stok sorusu")}
			body = []piece{p("Annem için "), p(one(g, "Lyrica 75 mg", "Xarelto 20 mg", "Concerta 36 mg"), healthCat), p(" stokta var mı? Adı "), p(g.personOf("tr").full(), contactCat), p(".")}
		}
		tickets = append(tickets, obj{
			{"talep_no", decoy(fmt.Sprintf("TLP-%06d", g.n(1_000_000)))},
			{"konu", prose(subj...)},
			{"mesaj", prose(body...)},
			{"durum", plain(one(g, "açık", "kapalı", "yanıtlandı"))},
		})
	}

	phoneModel, phoneOS := g.phone()
	return language(obj{
		{"musteri_id", decoy(g.in(100000, 999999))},
		{"musteri", obj{
			{"ad", cont(m.first)},
			{"soyad", cont(m.last)},
			{"cep_telefonu", cont(g.phoneTR())},
			{"eposta", cont(g.email(m))},
			{"dogum_tarihi", cont(g.dob())},
			{"cinsiyet", sexOf(fm(m, "Kadın", "Erkek"))},
			{"adres", obj{
				{"mahalle", cont(one(g, "Caferağa Mah.", "Kızılay Mah.", "Bostanlı Mah.", "Fethiye Mah.", "Lara Mah."))},
				{"sokak", cont(one(g, "Moda Cad.", "Gazi Mustafa Kemal Blv.", "Cemal Gürsel Cad.", "1203. Sok.") + " No:" + fmt.Sprint(g.in(1, 120)) + " D:" + fmt.Sprint(g.in(1, 24)))},
				{"ilce", cont(a.ilce)},
				{"il", cont(a.il)},
				{"posta_kodu", cont(a.pk + g.s(num, 2))},
			}},
			{"kvkk_onay", plain(true)},
			{"sms_izni", decoy(g.chance(50))},
		}},
		{"sadakat", obj{
			{"kart_no", decoy(fmt.Sprintf("6000 %04d %04d %04d", g.n(10000), g.n(10000), g.n(10000)))},
			{"puan", decoy(g.in(0, 8000))},
			{"seviye", plain(one(g, "Bronz", "Gümüş", "Altın"))},
		}},
		{"recete_gecmisi", clinical(hist)},
		{"olcumler", clinical(meas)},
		{"uygulama", obj{
			{"cihaz_modeli", dev(phoneModel)},
			{"isletim_sistemi", dev(phoneOS)},
			{"surum", dev(g.ver(3))},
			{"push_token", cred(g.s(hx, 64))},
			{"sifre_hash", cred(g.bcrypt())},
			{"oturum_anahtari", cred(g.opaque(48))},
			{"son_giris_ip", netw(one(g, g.docIP(), g.ip6()))},
			{"son_giris", plain(g.iso())},
			{"hatali_giris_sayisi", decoy(g.n(5))},
		}},
		{"kampanyalar", arr{obj{
			{"kod", decoy(one(g, "YAZ25", "VITAMIN10", "ANNE50"))},
			{"urun_sku", decoy("SKU-" + g.s(num, 6))},
			{"indirim_tl", decoy(money(g.f(5, 100)))},
		}}},
		{"destek_talepleri", tickets},
		{"eczane", obj{
			{"ad", plain(one(g, "Şifa Eczanesi", "Hayat Eczanesi", "Deva Eczanesi", "Nilüfer Eczanesi"))},
			{"gln", decoy("868" + g.s(num, 10))},
			{"pos_ip", netw(g.privIP())},
		}},
		{"olusturma", plain(g.iso())},
	})
}
