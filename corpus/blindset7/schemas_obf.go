package blindset7

import (
	"fmt"
	"strings"
)

// sdtmTrial: one subject of a clinical trial as a sponsor's EDC extract in
// CDISC SDTM shapes (UPPERCASE variable codes): DM as a record, VS as a
// Dataset-JSON-like block (column names plus positional rows), AE, CM and
// LB as records, DI (device identifiers of the activity monitor the
// subject wears) as parameter/value rows, and the EDC session that made
// the extract. Every leaf is clinical.
func sdtmTrial(g *rng) any {
	loc := one(g, "es", "de", "fr", "it", "en")
	pt := g.personOf(loc)
	inv := g.personOf(loc)
	study := one(g, "NVX-301", "KRT-2207", "ALB-114-03", "MRX-4410")
	site := fmt.Sprintf("%03d", g.in(101, 460))
	usub := fmt.Sprintf("%s-%s-%04d", study, site, g.in(1, 9999))
	dob := g.dob()
	age := 2024 - atoi(dob[:4])
	country := map[string]string{"es": "ESP", "de": "DEU", "fr": "FRA", "it": "ITA", "en": "GBR"}[loc]
	vsCols := []string{"VSTESTCD", "VSORRES", "VSORRESU", "VISIT", "VSDTC"}
	cols := arr{}
	for _, c := range vsCols {
		cols = append(cols, obj{{"name", decoy(c)}})
	}
	rows := arr{}
	visit := one(g, "SCREENING", "BASELINE", "WEEK 4", "WEEK 12")
	for _, t := range some(g, g.in(2, 4), "SYSBP", "DIABP", "PULSE", "WEIGHT", "HEIGHT", "TEMP", "RESP") {
		var v, u string
		switch t {
		case "SYSBP":
			v, u = fmt.Sprint(g.in(105, 165)), "mmHg"
		case "DIABP":
			v, u = fmt.Sprint(g.in(60, 98)), "mmHg"
		case "PULSE":
			v, u = fmt.Sprint(g.in(52, 104)), "beats/min"
		case "WEIGHT":
			v, u = fmt.Sprintf("%.1f", g.f(48, 120)), "kg"
		case "HEIGHT":
			v, u = fmt.Sprint(g.in(150, 195)), "cm"
		case "TEMP":
			v, u = fmt.Sprintf("%.1f", g.f(35.9, 37.8)), "C"
		default:
			v, u = fmt.Sprint(g.in(12, 22)), "breaths/min"
		}
		rows = append(rows, arr{decoy(t), hlth(v), plain(u), plain(visit), plain(g.iso()[:16])})
	}
	ae := arr{}
	for _, t := range some(g, g.in(1, 2), "Headache", "Nausea", "Nasopharyngitis", "Dizziness", "Injection site erythema", "Fatigue", "Diarrhoea") {
		ae = append(ae, obj{
			{"AETERM", hlth(t)},
			{"AESEV", hlth(one(g, "MILD", "MILD", "MODERATE", "SEVERE"))},
			{"AEOUT", hlth(one(g, "RECOVERED/RESOLVED", "RECOVERING/RESOLVING", "NOT RECOVERED/NOT RESOLVED"))},
		})
	}
	cm := arr{}
	for _, c := range some(g, g.in(1, 2),
		[3]string{"METFORMIN", "1000", "BID"},
		[3]string{"ATORVASTATIN", "20", "QD"},
		[3]string{"RAMIPRIL", "5", "QD"},
		[3]string{"LEVOTHYROXINE", "0.075", "QD"},
		[3]string{"SALBUTAMOL", "0.1", "PRN"},
	) {
		cm = append(cm, obj{
			{"CMTRT", hlth(c[0])},
			{"CMDOSE", hlth(c[1])},
			{"CMDOSU", plain("mg")},
			{"CMDOSFRQ", hlth(c[2])},
		})
	}
	lb := arr{}
	for _, l := range some(g, g.in(1, 2),
		[3]string{"HBA1C", "%", "NORMAL"},
		[3]string{"GLUC", "mmol/L", "HIGH"},
		[3]string{"CREAT", "umol/L", "NORMAL"},
		[3]string{"ALT", "U/L", "HIGH"},
	) {
		var v string
		switch l[0] {
		case "HBA1C":
			v = fmt.Sprintf("%.1f", g.f(5.2, 10.5))
		case "GLUC":
			v = fmt.Sprintf("%.1f", g.f(4.2, 14))
		case "CREAT":
			v = fmt.Sprint(g.in(55, 160))
		default:
			v = fmt.Sprint(g.in(12, 95))
		}
		lb = append(lb, obj{
			{"LBTESTCD", hlth(l[0])},
			{"LBORRES", hlth(v)},
			{"LBORRESU", plain(l[1])},
			{"LBNRIND", hlth(one(g, l[2], "NORMAL"))},
		})
	}
	devID := fmt.Sprintf("AM-%05d", g.n(99999))
	mod := one(g, [2]string{"ActiGraph", "GT9X Link"}, [2]string{"ActiGraph", "CentrePoint Insight Watch"}, [2]string{"Axivity", "AX6"}, [2]string{"Withings", "ScanWatch 2"})
	di := arr{}
	for _, kv := range [][2]any{
		{"TYPE", dev("Activity monitor")},
		{"MANUF", dev(mod[0])},
		{"MODEL", dev(mod[1])},
		{"SERIAL", dev(g.s(uc+num, 11))},
	} {
		di = append(di, obj{
			{"SPDEVID", dev(devID)},
			{"DIPARMCD", decoy(kv[0].(string))},
			{"DIVAL", kv[1].(leaf)},
		})
	}
	co := arr{}
	if g.chance(80) {
		co = append(co, obj{
			{"RDOMAIN", plain(one(g, "AE", "VS", "CM"))},
			{"COVAL", sdtmComment(g, loc, pt, mod[1])},
		})
	}
	return clinical(obj{
		{"STUDYID", plain(study)},
		{"EXTRACT", obj{
			{"DTC", plain(g.iso())},
			{"EDCVER", decoy(fmt.Sprintf("%d.%d.%d.%d", g.in(5, 9), g.n(10), g.n(10), g.in(10, 300)))},
			{"SHA256", decoy(g.sha256())},
		}},
		{"DM", obj{
			{"USUBJID", decoy(usub)},
			{"SUBJID", decoy(usub[len(usub)-4:])},
			{"SITEID", decoy(site)},
			{"INVNAM", cont(strings.ToUpper(inv.alast) + ", " + inv.first)},
			{"BRTHDTC", cont(dob)},
			{"AGE", ageOf(age)},
			{"AGEU", plain("YEARS")},
			{"SEX", sexOf(fm(pt, "F", "M"))},
			{"COUNTRY", decoy(country)},
			{"RFICDTC", plain(g.date())},
		}},
		{"VS", obj{
			{"records", decoy(len(rows))},
			{"columns", cols},
			{"rows", rows},
		}},
		{"AE", ae},
		{"CM", cm},
		{"LB", lb},
		{"DI", di},
		{"CO", co},
		{"AUDIT", obj{
			{"USERID", cont(strings.ToLower(inv.afirst[:1] + inv.alast))},
			{"ROLE", plain(one(g, "CRC", "INV", "CRA"))},
			{"CLIENTIP", netw(g.privIP())},
			{"SESSIONID", cred(g.sessionID())},
		}},
	})
}

// sdtmComment is an investigator's comment (CO.COVAL) in the site's
// language.
func sdtmComment(g *rng, loc string, pt person, model string) leaf {
	k := g.n(4)
	switch loc {
	case "es":
		switch k {
		case 0:
			return prose(p("Paciente refiere "), p("cefalea leve tras la dosis de la semana 4", healthCat), p(", cede con paracetamol."))
		case 1:
			return prose(p("El sujeto perdió el monitor "), p(model, deviceCat), p("; se entrega uno nuevo en la visita."))
		case 2:
			return prose(p("Visita realizada por teléfono, la hija ("), p(g.womanOf("es").first, contactCat), p(") contesta por el sujeto."))
		}
		return prose(p("Sin comentarios adicionales."))
	case "de":
		switch k {
		case 0:
			return prose(p("Proband berichtet über "), p("Schwindel nach dem Aufstehen", healthCat), p(", RR-Kontrolle in 2 Wochen."))
		case 1:
			return prose(p("Aktivitätsmonitor "), p(model, deviceCat), p(" defekt, ausgetauscht."))
		case 2:
			return prose(p("Rückruf über die Ehefrau, Tel. "), p(g.phoneDE(), contactCat), p("."))
		}
		return prose(p("Keine weiteren Anmerkungen."))
	case "fr":
		switch k {
		case 0:
			return prose(p("Le sujet signale "), p("des nausées deux jours après l'injection", healthCat), p("."))
		case 1:
			return prose(p("Capteur "), p(model, deviceCat), p(" non porté pendant 5 jours (oubli)."))
		case 2:
			return prose(p("Contact via son fils "), p(g.manOf("fr").first, contactCat), p(", "), p(g.phoneFR(), contactCat), p("."))
		}
		return prose(p("RAS."))
	case "it":
		switch k {
		case 0:
			return prose(p("Il soggetto riferisce "), p("eritema nel sito di iniezione, risolto in 3 giorni", healthCat), p("."))
		case 1:
			return prose(p("Dispositivo "), p(model, deviceCat), p(" restituito scarico, dati mancanti settimana 3."))
		case 2:
			return prose(p("Visita spostata su richiesta della moglie, "), p(g.womanOf("it").first, contactCat), p("."))
		}
		return prose(p("Nessun commento."))
	}
	switch k {
	case 0:
		return prose(p("Subject reports "), p("mild dizziness on standing since dose increase", healthCat), p("; BP recheck at next visit."))
	case 1:
		return prose(p("Subject lost the "), p(model, deviceCat), p(", replacement shipped."))
	case 2:
		return prose(p("Visit done by phone with "), p(pt.first, contactCat), p("'s carer on "), p(g.phoneUK(), contactCat), p("."))
	}
	return prose(p("No further comments."))
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// bleAssets: a hospital real-time location system's (BLE tags and
// gateways) export as grids: gateway column names and positional rows,
// tag column names and positional rows (tag MAC, asset type and label,
// zone, RSSI, battery, probe temperature, last seen, holder), and
// settings as [name, value] pairs. Every leaf is obfuscated.
func bleAssets(g *rng) any {
	lan := "10." + fmt.Sprint(g.in(20, 120)) + "." + fmt.Sprint(g.in(0, 40))
	gcols := []string{"id", "ip", "mac", "fw", "host"}
	gc := arr{}
	for _, c := range gcols {
		gc = append(gc, decoy(c))
	}
	gws := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		var fw leaf
		if g.chance(50) {
			fw = fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(1, 5), g.n(10), g.n(10), g.in(1, 500)))
		} else {
			fw = dev(fmt.Sprintf("v%d.%d.%d", g.in(1, 5), g.n(20), g.n(30)))
		}
		gws = append(gws, arr{
			decoy(fmt.Sprintf("GW-%03d", g.in(1, 300))),
			netw(g.lanIP(lan)),
			macAddr(g.mac()),
			fw,
			netw(fmt.Sprintf("rtls-gw-%s%d.hosp.internal", one(g, "b", "c", "icu", "ed"), g.in(1, 20))),
		})
	}
	tcols := []string{"tag", "mac", "kind", "label", "zone", "rssi", "batt", "temp", "seen", "holder"}
	tc := arr{}
	for _, c := range tcols {
		tc = append(tc, decoy(c))
	}
	rows := arr{}
	for j := 0; j < g.in(2, 4); j++ {
		var kind, label, holder, temp leaf
		temp = plain(nil)
		holder = plain(nil)
		switch g.n(5) {
		case 0:
			kind = dev("infusion pump")
			label = dev(one(g, "B. Braun Infusomat Space", "BD Alaris 8015", "Baxter Sigma Spectrum") + " #" + fmt.Sprint(g.in(1, 80)))
		case 1:
			kind = dev("bladder scanner")
			label = dev(one(g, "Verathon BladderScan Prime Plus", "Verathon BladderScan i10"))
		case 2:
			kind = dev("fridge probe")
			label = dev(one(g, "Vaccine fridge ", "Pharmacy fridge ", "Blood fridge ") + fmt.Sprint(g.in(1, 9)))
			temp = decoy(round1(g.f(2.1, 7.9)))
		case 3:
			kind = dev("ECG cart")
			label = dev(one(g, "GE MAC 5500 HD", "Philips PageWriter TC50"))
		default:
			st := g.personOf(one(g, "en", "en", "nl", "de"))
			kind = dev("staff badge")
			label = dev(fmt.Sprintf("Badge %04d", g.n(9999)))
			holder = cont(st.full())
		}
		rows = append(rows, arr{
			decoy(fmt.Sprintf("T-%05d", g.n(99999))),
			macAddr(g.mac()),
			kind,
			label,
			plain(one(g, "Ward 4B", "ICU bay 3", "ED resus", "Theatre 2 corridor", "Pharmacy store", "Radiology")),
			plain(-g.in(48, 96)),
			decoy(g.in(5, 100)),
			temp,
			dev(g.iso()),
			holder,
		})
	}
	return obfuscated(obj{
		{"export", obj{
			{"site", plain(one(g, "St Aldhelm's Hospital - Tower B", "Riverside General - Main", "Kliniek Oost - gebouw C"))},
			{"generated", plain(g.iso())},
			{"sha256", decoy(g.sha256())},
		}},
		{"gw_cols", gc},
		{"gw", gws},
		{"cols", tc},
		{"rows", rows},
		{"alerts", bleAlerts(g, rows)},
		{"kv", arr{
			arr{decoy("api_key"), cred("rtls_" + g.s(alnum, 32))},
			arr{decoy("broker"), tag(fmt.Sprintf("mqtts://rtls:%s@%s:8883", g.s(alnum, 14), g.lanIP(lan)), credCat, netCat)},
			arr{decoy("vlan"), netw(g.in(100, 900))},
		}},
	})
}

// smartbed: a smart-bed maker's diagnostic upload: account fields under
// opaque keys (a1..a8), and the bed's state as {"attribute","val"} rows
// (model, pump serial, firmware, hardware revision, Wi-Fi, IP, gateway,
// the sleepers' names, weights, heights, sleep scores, heart rate,
// breathing rate, HRV, restful minutes, snoring, chamber pressure,
// firmness, room temperature, a config revision). Every leaf is
// obfuscated.
func smartbed(g *rng) any {
	u := g.personOf("en")
	lan := one(g, "192.168.1", "192.168.0", "10.0.0", "192.168.86")
	attrs := arr{}
	add := func(k string, v leaf) {
		attrs = append(attrs, obj{{"attribute", decoy(k)}, {"val", v}})
	}
	add("bed.model", dev(one(g, "Sleep Number 360 i8", "Sleep Number 360 p6", "Eight Sleep Pod 4 Ultra", "Eight Sleep Pod 3")))
	add("pump.sn", dev(g.s(uc+num, 14)))
	if g.chance(50) {
		add("pump.fw", fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(1, 9), g.n(10), g.n(30), g.in(1, 900))))
	} else {
		add("pump.fw", dev(fmt.Sprintf("%d.%d.%d", g.in(1, 9), g.n(10), g.n(30))))
	}
	add("pump.hw_rev", dev(one(g, "C", "D2", "rev5")))
	add("wifi.ssid", netw(g.ssid(u)))
	add("wifi.bssid", macAddr(g.mac()))
	add("net.ip", netw(g.lanIP(lan)))
	add("net.gw", netw(lan+".1"))
	add("last_seen", dev(g.iso()))
	sleepers := []person{u}
	if g.chance(60) {
		sleepers = append(sleepers, g.personOf("en"))
	}
	for i, s := range sleepers {
		side := []string{"L", "R"}[i]
		add("sleeper."+side+".name", cont(s.first))
		add("sleeper."+side+".wt_lb", hlth(g.in(105, 260)))
		add("sleeper."+side+".ht_in", hlth(g.in(59, 77)))
		add("sleeper."+side+".sleep_score", hlth(g.in(41, 96)))
		add("sleeper."+side+".hr_avg", hlth(fmt.Sprintf("%d bpm", g.in(46, 82))))
		add("sleeper."+side+".rr_avg", hlth(round1(g.f(11, 19))))
		add("sleeper."+side+".hrv_ms", hlth(g.in(18, 95)))
		add("sleeper."+side+".snore", hlth(g.chance(40)))
		add("chamber."+side+".psi", decoy(round2(g.f(0.4, 1.1))))
		add("firmness."+side, decoy(g.in(5, 100)/5*5))
	}
	add("ambient.temp_c", decoy(round1(g.f(16, 27))))
	if g.chance(70) {
		add("user_comment", bedComment(g, sleepers))
	}
	a6 := nullDecoy()
	if g.chance(70) {
		a6 = cred(g.fcm())
	}
	return obfuscated(obj{
		{"diag_id", decoy(g.uuid())},
		{"ts", plain(g.epochMs())},
		{"cfg~rev", decoy(g.in(3, 240))},
		{"a1", cont(g.email(u))},
		{"a2", cred(g.bcrypt())},
		{"a3", cont(g.phoneUS())},
		{"a4", decoy(g.in(0, 40))},
		{"a5", cred(g.jwt())},
		{"a6", a6},
		{"a7", dev(g.userAgent())},
		{"a8", decoy(g.chance(50))},
		{"attrs", attrs},
	})
}

// skiverleih: an Austrian ski-rental shop's import job of customer rows
// from the till's CSV export: job metadata, the CSV header line, each
// line raw and parsed into positional columns c0..c11 (names, e-mail,
// phone, birth date, height and weight for the binding setting, skier
// type, rented ski model and length, boot sole length, deposit), the
// till's address and API key. Every leaf is obfuscated.
func skiverleih(g *rng) any {
	staff := g.personOf("de")
	lines := arr{}
	for j := 0; j < g.in(2, 3); j++ {
		c := g.personOf(one(g, "de", "de", "nl", "en", "pl"))
		var phone string
		switch g.n(4) {
		case 0:
			phone = g.phoneNL()
		case 1:
			phone = g.phoneUK()
		default:
			phone = g.phoneDE()
		}
		ht := g.in(128, 198)
		wt := int(float64(ht*ht) / 10000 * g.f(17, 30))
		dob := g.dobDE()
		ski := one(g, "Atomic Redster Q9", "Head Supershape e-Magnum", "Fischer RC One 82 GT", "Völkl Deacon 76", "Rossignol Experience 80")
		length := ht - g.in(5, 20)
		sole := g.in(255, 335)
		dep := one(g, "150,00", "200,00", "100,00")
		email := g.email(c)
		raw := prose(
			p(c.first+";"+c.last+";"+email+";"+phone+";"+dob+";", contactCat),
			p(fmt.Sprintf("%d;%d;", ht, wt), healthCat),
			p(fmt.Sprintf("%d;%s;%d;%d;%s", g.in(1, 3), ski, length, sole, dep)),
		)
		raw.label.Hard = ""
		errL := plain(nil)
		if g.chance(20) {
			errL = plain(one(g, "Telefon ungültig", "Duplikat", "Geburtsdatum leer"))
		}
		lines = append(lines, obj{
			{"n", plain(j + 2)},
			{"raw", raw},
			{"c0", cont(c.first)},
			{"c1", cont(c.last)},
			{"c2", cont(email)},
			{"c3", cont(phone)},
			{"c4", cont(dob)},
			{"c5", hlth(ht)},
			{"c6", hlth(wt)},
			{"c7", plain(g.in(1, 3))},
			{"c8", decoy(ski)},
			{"c9", decoy(length)},
			{"c10", decoy(sole)},
			{"c11", decoy(dep)},
			{"err", errL},
		})
	}
	note := nullDecoy()
	if g.chance(70) {
		note = skiNote(g)
	}
	return obfuscated(obj{
		{"job", obj{
			{"id", decoy(g.uuid())},
			{"src", plain("kassa_export_" + strings.ReplaceAll(g.date(), "-", "") + ".csv")},
			{"enc", plain("windows-1252")},
			{"sep", plain(";")},
			{"sha1", decoy(g.sha1())},
			{"by", cont(g.email(staff))},
			{"t0", plain(g.iso())},
			{"ok", decoy(len(lines))},
			{"failed", decoy(g.n(3))},
			{"note", note},
		}},
		{"hdr", decoy("Vorname;Nachname;E-Mail;Telefon;Geburtsdatum;Größe;Gewicht;Fahrertyp;Ski;Länge;Sohle;Kaution")},
		{"lines", lines},
		{"till", obj{
			{"host", netw(fmt.Sprintf("kassa-%02d.verleih.lan", g.in(1, 6)))},
			{"ip", netw(g.privIP())},
			{"key", cred("sk_" + g.s(hx, 40))},
		}},
	})
}

func bedComment(g *rng, ss []person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Left side deflates overnight, "), p(ss[0].first, contactCat), p(" wakes up with "), p("lower back pain", healthCat), p("."))
	case 1:
		return prose(p("Sleep score stuck at 0 since the update to "), p(g.ver(3), deviceCat), p("."))
	case 2:
		return prose(p("Pump keeps dropping off Wi-Fi, router is at "), p(g.lanIP(g.lanPrefix()), netCat), p("."))
	case 3:
		return prose(p("Heart rate reads "), p(fmt.Sprintf("%d bpm", g.in(110, 150)), healthCat), p(" all night, is the sensor broken?"))
	}
	return prose(p("Remote keeps beeping, please call."))
}

func bleAlerts(g *rng, rows arr) arr {
	out := arr{}
	seen := uniq{}
	for j := 0; j < g.in(1, 2); j++ {
		out = append(out, obj{
			{"at", plain(g.iso())},
			{"msg", seen.draw(func() leaf {
				switch g.n(5) {
				case 0:
					st := g.personOf("en")
					return prose(p("Panic button pressed on badge of "), p(st.full(), contactCat), p(" in ED resus, security notified."))
				case 1:
					return prose(p(fmt.Sprintf("Fridge probe out of range: %.1f C for 25 min.", g.f(8.1, 11))))
				case 2:
					return prose(p("Pump "), p(one(g, "BD Alaris 8015", "B. Braun Infusomat Space"), deviceCat), p(" left Ward 4B without checkout."))
				case 3:
					return prose(p("Gateway at "), p(g.privIP(), netCat), p(" offline since 02:14, tags in ICU not reporting."))
				}
				return prose(p("Tag "), pmac(g.mac()), p(" battery below 10%."))
			})},
		})
	}
	return out
}

func skiNote(g *rng) leaf {
	c := g.personOf("de")
	switch g.n(5) {
	case 0:
		return prose(p(fm(c, "Kundin ", "Kunde ")), p(c.first+" "+c.last, contactCat), p(" hat eine "), p(one(g, "Knieprothese links", "Kreuzbandplastik rechts", "Osteoporose"), healthCat), p(", Bindung eine Stufe weicher eingestellt."))
	case 1:
		return prose(p("Zeilen mit leerem Geburtsdatum manuell nachgetragen."))
	case 2:
		return prose(p("Rückruf wegen Kaution: "), p(g.phoneDE(), contactCat), p("."))
	case 3:
		return prose(p("Import nach Kassenabsturz wiederholt, Kasse "), p(g.privIP(), netCat), p(" neu gestartet."))
	}
	return prose(p("Schuhgröße fehlt bei Gruppe Skischule, nachfragen."))
}
