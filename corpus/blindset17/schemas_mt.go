package blindset17

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
)

// spizerijaPhpMyAdmin: a Maltese community pharmacy's web shop and
// dispensary database, exported with phpMyAdmin's JSON export (a header
// object, a database object, then one object per table with its rows, all
// values as strings or null). Column names are ASCII Maltese: customers,
// prescriptions, orders, the blood-pressure kiosk's readings, the kiosk
// itself, back-office users, and a settings table as cavetta/valur rows.
func spizerijaPhpMyAdmin(r *rng) any {
	t0 := r.when()
	db := r.pick("spizerija_shop", "spizerija_birkirkara", "farmacija_db")
	l := r.lan()
	pharmacist := r.maltese()
	s := func(n int) string { return fmt.Sprint(n) }
	table := func(name string, rows arr) obj {
		return obj{{"type", plain("table")}, {"name", plain(name)}, {"database", plain(db)}, {"data", rows}}
	}

	type cust struct {
		id  string
		who person
	}
	var custs []cust
	var klijenti arr
	for i := 0; i < r.in(1, 2); i++ {
		c := r.maltese()
		a := r.mtAddress()
		id := s(r.in(100, 9000))
		custs = append(custs, cust{id, c})
		sess := "M"
		if c.female {
			sess = "F"
		}
		klijenti = append(klijenti, obj{
			{"id", plain(id)},
			{"isem", cont(c.first)},
			{"kunjom", cont(c.last)},
			{"email", cont(r.email(c.first, c.last))},
			{"mowbajl", cont(r.pick(r.mtPhone(), r.mtLocal()))},
			{"indirizz", cont(a.street)},
			{"lokalita", cont(a.town)},
			{"kodici_postali", cont(a.postcode)},
			{"data_tat_twelid", cont(day(r.birth(1940, 2004)))},
			{"sess", sexOf(sess)},
			{"password_hash", cred("$P$B" + r.from(bcryptA, 30))},
			{"email_ikkonfermata", decoy("1")},
			{"holqien", plain(sqlTime(after(t0, -r.in(20000, 500000))))},
			{"ahhar_login", plain(sqlTime(after(t0, -r.in(10, 9000))))},
			{"ip_registrazzjoni", netw(r.wan())},
			{"lingwa", plain(r.pick("mt", "en"))},
			{"newsletter", plain(r.pick("0", "1"))},
			{"token_reset", nullDecoy()},
		})
	}

	var ricetti arr
	for _, c := range custs {
		if r.chance(0.3) {
			continue
		}
		med := r.pick("Atorvastatin", "Metformin", "Levothyroxine", "Amlodipine", "Salbutamol inhaler", "Sertraline", "Warfarin")
		dose := map[string]string{"Atorvastatin": "20 mg", "Metformin": "500 mg", "Levothyroxine": "75 mcg", "Amlodipine": "5 mg", "Salbutamol inhaler": "100 mcg/puff", "Sertraline": "50 mg", "Warfarin": "3 mg"}[med]
		cond := map[string]string{"Atorvastatin": "kolesterol għoli", "Metformin": "dijabete tip 2", "Levothyroxine": "ipotirojdiżmu", "Amlodipine": "pressjoni għolja", "Salbutamol inhaler": "ażma", "Sertraline": "dipressjoni", "Warfarin": "fibrillazzjoni atrijali"}[med]
		doc := r.maltese()
		var nota leaf
		if r.chance(0.6) {
			nota = prose(p("Il-pazjent "), p(r.pick("allerġiku għall-penicillin", "qed jieħu wkoll aspirina", "tqila, iċċekkja mat-tabib"), healthC), p(". Ċempel lil "), p(c.who.first, contactC), p(" fuq "), p(r.mtPhone(), contactC), p(" meta jkun lest."))
		} else {
			nota = prose(p("Ġabar il-mediċina l-omm."))
		}
		ricetti = append(ricetti, obj{
			{"id", plain(s(r.in(1000, 90000)))},
			{"klijent_id", plain(c.id)},
			{"tabib", cont("Dr " + doc.full())},
			{"medicina", hlth(med).clin()},
			{"doza", hlth(dose).clin()},
			{"frekwenza", hlth(r.pick("darba kuljum", "darbtejn kuljum", "meta meħtieġ", "filgħaxija")).clin()},
			{"kundizzjoni", hlth(cond).clin()},
			{"skadenza", plain(day(after(t0, 1440*r.in(30, 180))))},
			{"hash_fajl", decoy(r.hex(64))},
			{"fajl", joined(p("uploads/ricetti/"+day(t0)[:7]+"/"), p(ascii(c.who.last)+"_"+ascii(c.who.first), contactC), p("_"), p(ascii(med), healthC), p(".pdf"))},
			{"nota", nota},
		})
	}
	if len(ricetti) == 0 {
		ricetti = arr{}
	}

	var ordnijiet arr
	for i := 0; i < r.in(1, 2); i++ {
		c := custs[r.IntN(len(custs))]
		a := r.mtAddress()
		var nota leaf
		switch r.IntN(3) {
		case 0:
			nota = prose(p("Ħallih għand il-ġar fin-numru " + s(r.in(1, 80)) + " jekk m'hemmx ħadd."))
		case 1:
			nota = prose(p("Jien dijabetika", healthC), p(", ibgħatuli l-istrixxi "), p("Accu-Chek Guide", devC), p(" mhux l-oħrajn."))
		default:
			nota = prose(p("Ċempel "), p(r.mtLocal(), contactC), p(" qabel tiġi."))
		}
		ordnijiet = append(ordnijiet, obj{
			{"id", plain(s(r.in(10000, 99999)))},
			{"numru", plain(fmt.Sprintf("SP-%d-%05d", 2024, r.in(1, 99999)))},
			{"klijent_id", plain(c.id)},
			{"kodici_prodott", decoy(r.pick("OMR-M3-", "ACC-GD-", "VIT-D3-", "BND-EL-") + r.digits(4))},
			{"total", plain(fmt.Sprintf("%d.%02d", r.in(5, 200), r.in(0, 99)))},
			{"piz_pakkett_g", decoy(s(r.in(100, 4000)))},
			{"indirizz_kunsinna", cont(a.oneLine())},
			{"numru_tracking", decoy("RR" + r.digits(9) + "MT")},
			{"kurrier", plain(r.pick("MaltaPost", "DHL", "Ġabra mill-ħanut"))},
			{"status", plain(r.pick("imħallas", "mibgħut", "ikkanċellat"))},
			{"nota_klijent", nota},
			{"ip", netw(r.wan())},
			{"user_agent", dev(r.pick("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148", "Mozilla/5.0 (Linux; Android 13; SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"))},
		})
	}

	kioskSerial := r.serial("20", 8)
	kioskIP := l.host(r.in(20, 120))
	var kejl arr
	for i := 0; i < r.in(1, 2); i++ {
		c := custs[r.IntN(len(custs))]
		sys, dia := r.bp()
		var nota leaf
		if r.chance(0.5) {
			nota = prose(p("Pressjoni għolja għat-tieni darba", healthC), p(", irreferejt lit-tabib tal-familja."))
		} else {
			nota = prose(p("Kollox normali."))
		}
		kejl = append(kejl, obj{
			{"id", plain(s(r.in(1, 99999)))},
			{"klijent_id", plain(c.id)},
			{"sistolika", hlth(s(sys)).clin()},
			{"dijastolika", hlth(s(dia)).clin()},
			{"polz", hlth(s(r.in(52, 110))).clin()},
			{"piz_kg", hlth(fmt.Sprint(r.f1(45, 120))).clin()},
			{"gholi_cm", hlth(s(r.in(148, 196))).clin()},
			{"apparat_serjali", dev(kioskSerial)},
			{"mkejjel_minn", cont(pharmacist.full())},
			{"nota", nota},
			{"data", plain(sqlTime(after(t0, -r.in(10, 9000))))},
		})
	}

	fw := r.pick(r.semver(), r.ipShapedFw())
	fwLeaf := dev(fw)
	if countDots(fw) == 3 {
		fwLeaf = fwIP(fw)
	}
	apparati := arr{obj{
		{"id", plain("1")},
		{"isem", dev("Kejl tal-pressjoni – " + r.pick("Birkirkara", "Mosta", "Ħal Qormi"))},
		{"mudell", dev(r.pick("Omron HBP-9030", "A&D TM-2657P", "Omron HBP-9020"))},
		{"numru_serjali", dev(kioskSerial)},
		{"firmware", fwLeaf},
		{"mac", macAddr(r.mac(":", true))},
		{"ip", netw(kioskIP)},
		{"ahhar_darba_online", dev(sqlTime(after(t0, -r.in(1, 600))))},
	}}

	var utenti arr
	for i, u := range []person{pharmacist, r.maltese()} {
		if i == 1 && r.chance(0.4) {
			break
		}
		sum := md5.Sum([]byte(r.password()))
		utenti = append(utenti, obj{
			{"id", plain(s(i + 1))},
			{"isem_utent", cont(r.userName(u.first, u.last))},
			{"email", cont(r.email(u.first, u.last))},
			{"password", cred(hex.EncodeToString(sum[:]))},
			{"rwol", plain([]string{"spizjar", "assistent"}[i])},
			{"token_api", cred(r.alnum(40))},
			{"tul_minimu_password", decoy("8")},
			{"ahhar_ip", netw(l.host(r.in(121, 200)))},
			{"attiv", plain("1")},
		})
	}

	kv := func(k string, v leaf) obj { return obj{{"cavetta", plain(k).obf()}, {"valur", v.obf()}} }
	konf := arr{
		kv("smtp_host", netw("mail."+db[:9]+".internal")),
		kv("smtp_utent", cont("noreply")),
		kv("smtp_password", cred(r.password())),
		kv("stripe_secret", cred(r.stripeSecret())),
		kv("stripe_publishable", decoy(r.stripePub())),
		kv("wifi_hanut", netw(r.pick("Spizerija-Klijenti", "Spizerija-Staff", "Farmacija_5G"))),
		kv("wifi_password", cred(r.psk())),
		kv("printer_ip", netw(l.host(r.in(201, 250)))),
		kv("verzjoni_skema", decoy(r.semver())),
		kv("valuta", plain("EUR")),
	}

	return language(arr{
		obj{{"type", plain("header")}, {"version", decoy(fmt.Sprintf("5.2.%d", r.in(0, 1)))}, {"comment", plain("Export to JSON plugin for PHPMyAdmin")}},
		obj{{"type", plain("database")}, {"name", plain(db)}},
		table("klijenti", klijenti),
		table("ricetti", ricetti),
		table("ordnijiet", ordnijiet),
		table("kejl_pressjoni", kejl),
		table("apparati", apparati),
		table("utenti", utenti),
		table("konfigurazzjoni", konf),
	})
}
