package blindset20

import (
	"fmt"
	"time"
)

func mdbDate(t time.Time) string { return t.Format("01/02/06 15:04:05") }

func hampiwasiMdbJSON(r *rng) any {
	t := r.when()
	people := arr{}
	visits := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		pt := r.quechua()
		last2 := quLast[r.IntN(len(quLast))]
		age := r.in(1, 78)
		dob := r.birth(2024-age, 2024-age)
		wasi, anexo, ayllu, distrito := r.peAddress()
		id := r.in(100, 9999)
		people = append(people, obj{
			{"Yupay", plain(id)},
			{"Suti", cont(pt.first)},
			{"Ayllu_suti_1", cont(pt.last)},
			{"Ayllu_suti_2", cont(last2)},
			{"Paqarisqan_p'unchaw", cont(mdbDate(dob))},
			{"Qhari_warmi", sexOf(map[bool]string{true: "Warmi", false: "Qhari"}[pt.female])},
			{"Wata", ageOf(age)},
			{"Ayllu", cont(ayllu)},
			{"Anexo", cont(anexo)},
			{"Wasi", cont(wasi)},
			{"Distrito", cont(distrito)},
			{"Rimana_yupay", r.orNull(0.3, cont(r.pick(r.pePhone(), r.peLocal())))},
			{"Rimay", plain(r.pick("Runasimi", "Runasimi, Castellano"))},
			{"SIS", plain(r.chance(0.85))},
		})
		for j, m := 0, r.in(1, 2); j < m; j++ {
			t = t.Add(time.Duration(r.in(3600, 900000)) * time.Second)
			sys, dia := r.bp()
			wt := r.f1(9, 82)
			ht := r.in(72, 168)
			if age >= 15 {
				ht = r.in(138, 172)
				wt = r.f1(42, 82)
			}
			ill := r.pick("Anemia (D50.9)", "Chiri unquy - IRA (J06.9)", "Wiksa nanay - EDA (A09)", "Desnutrición crónica (E45)", "Presión alta (I10)", "Sonqo nanay")
			med := r.pick("Sulfato ferroso 300mg", "Paracetamol 500mg kimsa kuti", "Amoxicilina 500mg", "Enalapril 10mg", "Micronutrientes (chispitas)", "SRO")
			v := obj{
				{"Yupay", plain(r.in(1000, 99999))},
				{"Runa_yupay", plain(id)},
				{"P'unchaw", plain(mdbDate(t))},
				{"Llasay_kg", hlth(wt).clin()},
				{"Sayay_cm", hlth(ht).clin()},
				{"Yawar_hemoglobina", hlth(r.f1(8.1, 14.2)).clin()},
				{"Yawar_ñit'iy", hlth(fmt.Sprintf("%d/%d", sys, dia)).clin()},
				{"Unquy", hlth(ill).clin()},
				{"Hampi", hlth(med).clin()},
			}
			if pt.female && age >= 15 && age <= 45 {
				v = append(v, field{"Wiksayuq", hlth(r.chance(0.3)).clin()})
			}
			var note leaf
			switch r.IntN(3) {
			case 0:
				note = prose(p("Mamanwan hamurqan, "), p("yawarnin pisi (anemia)", healthC), p(". Churinpa celular "), p(r.peLocal(), contactC))
			case 1:
				who := "Wawa"
				if age >= 12 {
					who = "Runa"
				}
				note = prose(p(who+" mana allinta mikhunchu; "), p(fmt.Sprintf("peso %.1f kg", wt), healthC), p(", kutimunqa huk killa."))
			default:
				note = prose(p("Allinmi kashan. Control mensual."))
			}
			v = append(v, field{"Qillqa", note}, field{"Hampiq", cont(r.quechua().full())})
			visits = append(visits, v)
		}
	}

	staff := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		s := r.quechua()
		staff = append(staff, obj{
			{"Yupay", plain(i + 1)},
			{"Suti", cont(s.full())},
			{"Ruraq_suti", cont(r.userName(s))},
			{"Pakasqa_simi", cred(r.sha1Salted())},
			{"Pakasqa_simi_sayaynin", decoy(r.pick2(6, 8))},
			{"Rimana", cont(r.pePhone())},
			{"Llamk'ay", plain(r.pick("Técnico en enfermería", "Obstetra", "Jefe de puesto", "Digitador"))},
			{"Yaykusqan_kutikuna", decoy(r.in(0, 400))},
		})
	}

	lan := r.lan()
	links := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		fw := "v" + r.semver()
		fwL := dev(fw)
		if r.chance(0.5) {
			fw = r.ipShapedFw()
			fwL = fwIP(fw)
		}
		links = append(links, obj{
			{"Suti", plain(r.pick("Puesto-AP", "Torre-Cerro", "Anexo-CPE"))},
			{"IP", netw(lan.host(r.in(2, 60)))},
			{"Punku", netw(lan.gw())},
			{"SSID", netw(r.pick("PS-", "Hampi-", "Wasi-") + r.pick("Tayancani", "Pacchanta", "Chillihuani", "Umasbamba"))},
			{"Llave", cred(r.psk())},
			{"Marca_modelo", dev(r.pick("Ubiquiti LiteBeam 5AC Gen2", "MikroTik SXTsq 5 ac", "Ubiquiti NanoStation M5", "TP-Link CPE510"))},
			{"Serie", dev(r.serial("", 12))},
			{"MAC", macAddr(r.mac(":", true))},
			{"Firmware", fwL},
			{"Qhipa_rikusqa", dev(mdbDate(t))},
		})
	}
	return language(obj{
		{"mdb", plain(`C:\PuestoSalud\hampiwasi_` + fmt.Sprint(t.Year()) + `.accdb`)},
		{"mdbtools", decoy("1.0." + fmt.Sprint(r.in(0, 1)))},
		{"Runakuna", people},
		{"Unquy_qhawasqa", visits},
		{"Llamk'aqkuna", staff},
		{"Antena", links},
	})
}
