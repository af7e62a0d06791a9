package blindset8

import (
	"fmt"
)

// kalender-subur-rtdb: an Indonesian fertility / cycle-tracking app's
// Firebase Realtime Database export (Indonesian camelCase keys, maps keyed
// by uid, push id and date): profile, cycles, daily log (basal
// temperature, cervical mucus, ovulation test, intercourse, mood, note),
// pregnancy programme, medications, partner, BLE thermometer and phone,
// subscription, and app-wide config.

func pushID(g *rng) string { return "-N" + g.s(alnum+"-_", 18) }

func kalenderSubur(g *rng) any {
	u := g.womanOf("id")
	partner := g.manOf("id")
	uid := g.s(alnum, 28)
	kota := one(g, "Bandung", "Surabaya", "Yogyakarta", "Medan", "Makassar", "Depok", "Semarang")

	cycles := obj{}
	start := g.epoch()
	for i := 0; i < g.in(2, 3); i++ {
		ln := g.in(24, 36)
		cycles = append(cycles, field{pushID(g), obj{
			{"mulai", hlth(isoAt(start + i*ln*86400)[:10])},
			{"panjangSiklus", hlth(ln)},
			{"lamaHaid", hlth(g.in(3, 7))},
			{"gejala", stringsOf(hlth, some(g, g.in(0, 3), "kram perut", "sakit kepala", "nyeri payudara", "jerawat", "mual", "flek")...)},
		}})
	}

	daily := obj{}
	day := start + g.in(10, 16)*86400
	for i := 0; i < g.in(1, 3); i++ {
		var note []piece
		switch g.n(6) {
		case 0:
			note = []piece{p(one(g, "Flek coklat sedikit, perut kembung.", "Nyeri di sisi kiri bawah, mungkin ovulasi.", "Kram hebat, minum asam mefenamat 500 mg."), healthCat)}
		case 1:
			note = []piece{p("Kontrol ke dr. "), p(one(g, "Ratna", "Hendra", "Sari")+" Sp.OG", contactCat), p(" tgl 12, bawa hasil USG.")}
		case 2:
			note = []piece{p("Suami ("), p(partner.first, contactCat), p(one(g, ") sedang dinas, tidak berhubungan.", ") hasil analisis sperma normal."), healthCat)}
		case 3:
			note = []piece{p("Termometer baru tersambung lagi setelah ganti baterai.")}
		case 4:
			note = []piece{p("Tes pack garis dua samar!! ", healthCat), p("WA bidan di "), p(g.phoneID(), contactCat)}
		default:
			note = []piece{p("Tidur kurang, begadang kerja.")}
		}
		d := isoAt(day + i*86400)[:10]
		daily = append(daily, field{d, obj{
			{"suhuBasal", hlth(round2(g.f(36.1, 37.1)))},
			{"lendirServiks", hlth(one(g, "kering", "lengket", "krim", "seperti putih telur", "cair"))},
			{"tesOvulasi", hlth(one(g, "negatif", "positif", "samar", "belum tes"))},
			{"berhubungan", hlth(g.chance(40))},
			{"suasanaHati", hlth(one(g, "cemas", "senang", "sedih", "mudah marah", "biasa"))},
			{"jamTidur", hlth(round1(g.f(4.5, 9)))},
			{"catatan", prose(note...)},
			{"diubah", plain(g.epochMs())},
		}})
	}

	var meds arr
	for _, m := range some(g, g.in(0, 2), "asam folat 400 mcg", "Clomifen 50 mg", "Duphaston 10 mg", "vitamin D3 1000 IU", "Metformin 500 mg") {
		meds = append(meds, obj{
			{"nama", hlth(m)},
			{"jadwal", hlth(one(g, "1x sehari pagi", "2x sehari", "hari ke-3 s/d 7 siklus"))},
			{"pengingat", plain(g.chance(70))},
		})
	}
	if meds == nil {
		meds = arr{}
	}

	thermoMAC := g.mac()
	phoneModel, phoneOS := g.phone()
	user := obj{
		{"profil", obj{
			{"nama", cont(u.full())},
			{"namaPanggilan", cont(u.first)},
			{"email", cont(g.email(u))},
			{"noHp", cont(g.phoneID())},
			{"tanggalLahir", cont(fmt.Sprintf("%04d-%02d-%02d", g.in(1984, 2003), g.in(1, 12), g.in(1, 28)))},
			{"fotoUrl", cont("https://cdn.kalendersubur.example.com/avatar/" + uid + ".jpg")},
			{"kota", plain(kota)},
			{"tinggiBadan", hlth(g.in(145, 172))},
			{"beratBadan", hlth(round1(g.f(40, 90)))},
			{"golonganDarah", hlth(one(g, "O+", "A+", "B+", "AB+", "O-"))},
			{"emailTerverifikasi", decoy(g.chance(80))},
		}},
		{"siklus", clinical(cycles)},
		{"catatanHarian", clinical(daily)},
		{"kehamilan", clinical(obj{
			{"sedangHamil", hlth(g.chance(20))},
			{"hpht", hlth(isoAt(start)[:10])},
			{"programHamil", hlth(g.chance(60))},
			{"riwayatKeguguran", hlth(g.n(3))},
			{"diagnosis", hlth(one(g, "PCOS (E28.2)", "endometriosis (N80.9)", "tidak ada", "hipotiroid (E03.9)"))},
		})},
		{"obat", clinical(meds)},
		{"pasangan", obj{
			{"nama", cont(partner.full())},
			{"email", cont(g.email(partner))},
			{"aksesBerbagi", plain(one(g, "lihat", "penuh"))},
			{"undanganKode", cred(g.s(uc+num, 6))},
		}},
		{"perangkat", obj{
			{"termometer", obj{
				{"model", dev(one(g, "Femometer Vinca II", "Tempdrop", "Natural Cycles Thermometer", "iFertracker"))},
				{"mac", macAddr(thermoMAC)},
				{"firmware", dev("v" + g.ver(3))},
				{"terakhirSinkron", dev(g.epochMs())},
				{"baterai", decoy(g.in(5, 100))},
			}},
			{"hp", obj{
				{"model", dev(phoneModel)},
				{"os", dev(phoneOS)},
				{"versiAplikasi", dev(g.ver(3))},
				{"fcmToken", cred(g.fcm())},
			}},
		}},
		{"langganan", obj{
			{"paket", plain(one(g, "gratis", "premium_bulanan", "premium_tahunan"))},
			{"harga", decoy(one(g, 0, 29000, 249000))},
			{"kodePromo", decoy(one(g, "SUBUR20", "IBUHEBAT", "RAMADAN25"))},
			{"idTransaksi", decoy(fmt.Sprintf("GPA.%04d-%04d-%04d-%05d", g.n(10000), g.n(10000), g.n(10000), g.n(100000)))},
		}},
		{"dibuat", plain(g.epochMs())},
		{"terakhirLogin", plain(g.epochMs())},
	}

	return language(obj{
		{"pengguna", obj{{uid, user}}},
		{"~konfigurasi", obj{
			{"versiMinimum", decoy(g.ver(3))},
			{"jumlahPengguna", decoy(g.in(10000, 900000))},
			{"panjangSiklusDefault", decoy(28)},
			{"tautanKebijakan", plain("https://kalendersubur.example.com/privasi")},
		}},
	})
}
