package blindset21

import (
	"fmt"
	"time"
)

// fianakavianaTeable is a Fianarantsoa maternal-health and family-planning
// NGO's Teable base read through the records API with Malagasy field
// names.
func fianakavianaTeable(r *rng) any {
	t0 := r.when()
	office := r.lan()
	usr := func() string { return "usr" + r.alnum(13) }
	creator := usr()
	rec := func(n int, created time.Time, fields obj) obj {
		return obj{
			{"id", decoy("rec" + r.alnum(14))},
			{"fields", fields},
			{"autoNumber", plain(n)},
			{"createdTime", plain(isoMs(created))},
			{"lastModifiedTime", plain(isoMs(after(created, r.in(10, 9000))))},
			{"createdBy", plain(creator)},
		}
	}
	table := func(records arr) obj { return obj{{"records", records}} }

	var mids []person
	var midRecs arr
	var midIDs []string
	for i := 0; i < r.in(2, 3); i++ {
		m := r.womanOf(mgFemale, mgLast)
		mids = append(mids, m)
		rc := rec(i+1, after(t0, -r.in(100000, 500000)), obj{
			{"Anarana feno", cont(m.last + " " + m.first)},
			{"Finday", cont(r.mgPhone())},
			{"Mailaka", cont(r.email(m))},
			{"Teny miafina", cred(r.password())},
			{"Toerana", plain(r.pick("CSB II Ambalakely", "CSB II Alakamisy Itenina", "CSB I Sahambavy", "Biraon'ny ONG"))},
			{"Isan'ny fidirana", decoy(r.in(0, 300))},
		})
		midIDs = append(midIDs, rc[0].val.(leaf).val.(string))
		midRecs = append(midRecs, rc)
	}

	var womenRecs arr
	for i := 0; i < r.in(2, 3); i++ {
		w := r.womanOf(mgFemale, mgLast)
		born := r.birth(1982, 2007)
		lot, fkt, kaom, dist := r.mgAddress()
		preg := r.chance(0.6)
		created := after(t0, -r.in(1000, 200000))
		mid := mids[r.IntN(len(mids))]
		sys, dia := r.bp()
		health := obj{
			{"Bevohoka", hlth(preg)},
			{"Herinandro", hlth(func() any {
				if preg {
					return r.in(6, 39)
				}
				return 0
			}())},
			{"Tosidra", hlth(fmt.Sprintf("%d/%d", sys, dia))},
			{"Lanja (kg)", hlth(r.f1(38, 82))},
			{"Hemoglobina (g/dL)", hlth(r.f1(7.2, 13.8))},
			{"TDR tazomoka", hlth(r.pick("Négatif", "Négatif", "Positif"))},
			{"Fomba fisorohana", hlth(func() string {
				if preg {
					return "Tsy misy"
				}
				return r.pick("Depo-Provera", "Implanon", "Pilina", "Tsy misy", "Sayana Press")
			}())},
			{"VIH", hlth(r.pick("Négatif", "Tsy fantatra", "Négatif"))},
		}
		fields := obj{
			{"Anarana", cont(w.last)},
			{"Fanampin'anarana", cont(w.first)},
			{"Taona", ageOf(2024 - born.Year())},
			{"Daty nahaterahana", cont(day(born))},
			{"Finday", cont(r.pick(r.mgPhone(), r.mgLocal()))},
			{"Adiresy", cont(lot)},
			{"Fokontany", cont(fkt)},
			{"Kaominina", cont(kaom)},
			{"Distrika", cont(dist)},
		}
		for _, f := range health {
			fields = append(fields, field{f.key, clinical(f.val)})
		}
		fields = append(fields,
			field{"Tsindrona manaraka", plain(day(after(t0, r.in(1000, 130000))))},
			field{"Mpampivelona", arr{plain(midIDs[r.IntN(len(midIDs))])}},
			field{"Fanamarihan'ny mpampivelona", clinNote(
				p(r.pick("Nandeha tsara ny fitsidihana. ", "Reraka be sy fanina, ", "Nivonto ny tongotra, ")),
				p(r.pick("nomena fer + acide folique.", "notoroana hankany amin'ny CHU Tambohobe.", "mila manaraka ny tosidra isan-kerinandro."), healthC),
				p(" Vadiny: "), p(r.malagasy().first, contactC), p(", "), p(r.mgLocal(), contactC),
			)},
			field{"Sary", arr{obj{
				{"id", plain("act" + r.alnum(14))},
				{"name", plain("karine_" + r.digits(3) + ".jpg")},
				{"path", plain("table/" + r.alnum(20))},
				{"token", decoy(r.alnum(28))},
				{"size", plain(r.in(90000, 3000000))},
				{"mimetype", plain("image/jpeg")},
				{"presignedUrl", cred("https://storage.teable.example/private/table/" + r.alnum(20) + "?X-Amz-Expires=3600&X-Amz-Signature=" + r.hex(64))},
				{"width", decoy(r.pick("1080", "1200", "3024"))},
				{"height", decoy(r.pick("1440", "1600", "4032"))},
			}}},
			field{"Nosoratan'i", cont(mid.last + " " + mid.first)},
		)
		womenRecs = append(womenRecs, rec(i+1+r.in(0, 900), created, fields))
	}

	var tabs arr
	for i := 0; i < r.in(1, 3); i++ {
		mod, os := r.androidPhone()
		tabs = append(tabs, rec(i+1, after(t0, -r.in(10000, 300000)), obj{
			{"Anarana", dev(r.pick("Takelaka ", "Tablette ") + r.pick("Ambalakely", "Sahambavy", "Biraoa", "Alakamisy"))},
			{"Modely", dev(mod)},
			{"Laharana", dev(r.serial("R", 10))},
			{"IMEI", dev(r.imei())},
			{"Android", dev(os)},
			{"Kinova app", dev(r.pick("Chrome 126.0.6478.122", "Chrome 124.0.6367.179", "Teable PWA 1.4.2"))},
			{"Fampifandraisana farany", dev(isoMs(after(t0, -r.in(0, 6000))))},
			{"Fanamarihana", func() leaf {
				switch r.IntN(3) {
				case 0:
					return prose(p(r.pick("Vaky ny efijery, mbola mandeha.", "Tsy maintsy ampidirina herinaratra isan'alina.", "Any amin'ny CSB Ambalakely")))
				case 1:
					return prose(p("Kaody fanokafana: "), p(r.digits(6), credC))
				}
				return prose(p("Nomena an'i "), p(r.malagasy().first, contactC), p(", "), p(r.mgLocal(), contactC))
			}()},
		}))
	}

	set := func(n int, k string, v leaf) obj {
		return rec(n, after(t0, -r.in(10000, 300000)), obj{{"Anarana", plain(k).obf()}, {"Sanda", v.obf()}})
	}
	settings := arr{
		set(1, "Wi-Fi biraoa", netw(r.ssid(r.pick("ONG-Fianakaviana", "Telma", "Blueline")))),
		set(2, "Tenimiafina Wi-Fi", cred(r.psk())),
		set(3, "Router", netw("http://"+office.gw())),
		set(4, "Router admin", cred(r.password())),
		set(5, "MVola consumer key", cred("mvola_ck_"+r.alnum(28))),
		set(6, "MVola consumer secret", cred("mvola_cs_"+r.alnum(32))),
		set(7, "Teable token", cred("teable_"+r.alnum(12)+"_"+r.b64url(30))),
		set(8, "Dikan-teny", decoy(r.semver())),
	}

	return language(obj{
		{"base", plain("bse" + r.alnum(14))},
		{"exported_at", plain(iso(t0))},
		{"Vehivavy", table(womenRecs)},
		{"Mpampivelona", table(midRecs)},
		{"Takelaka", table(tabs)},
		{"Fikirana", table(settings)},
	})
}
