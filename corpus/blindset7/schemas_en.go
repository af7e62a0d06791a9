package blindset7

import (
	"fmt"
	"strings"
)

// rpmFHIR: a remote patient monitoring provider's FHIR R4 collection
// Bundle for one heart-failure or hypertension patient: Patient, the
// cellular home device (Device with serial, maker, model, firmware, IMEI
// and last sync), one or two Observations (blood pressure with
// components, weight, heart rate, SpO2), the Condition, a
// MedicationStatement, sometimes the Practitioner. Every leaf is
// clinical.
func rpmFHIR(g *rng) any {
	pt := g.personOf("en")
	a := g.addrUS()
	pid, did := g.uuid(), g.uuid()
	mk := one(g,
		[2]string{"Omron", "Omron Evolv BP7000"},
		[2]string{"A&D Medical", "UA-651BLE"},
		[2]string{"Withings", "BPM Connect"},
		[2]string{"BodyTrace", "BT005 cellular scale"},
		[2]string{"Smart Meter", "iBloodPressure 2.0"},
	)
	var fw leaf
	if g.chance(40) {
		fw = fwIP(fmt.Sprintf("%d.%d.%d.%d", g.in(1, 4), g.n(10), g.n(10), g.in(1, 90)))
	} else {
		fw = dev(fmt.Sprintf("%d.%d.%d", g.in(1, 4), g.n(10), g.n(30)))
	}
	ref := func(t, id string) obj { return obj{{"reference", plain(t + "/" + id)}} }
	code := func(sys string, c, d leaf) obj {
		return obj{{"coding", arr{obj{{"system", plain(sys)}, {"code", c}, {"display", d}}}}}
	}
	entries := arr{}
	addEntry := func(id string, res obj) {
		entries = append(entries, obj{{"fullUrl", decoy("urn:uuid:" + id)}, {"resource", res}})
	}
	addEntry(pid, obj{
		{"resourceType", plain("Patient")},
		{"id", decoy(pid)},
		{"name", arr{obj{{"family", cont(pt.last)}, {"given", arr{cont(pt.first)}}}}},
		{"telecom", arr{
			obj{{"system", plain("phone")}, {"value", cont(g.phoneUS())}},
			obj{{"system", plain("email")}, {"value", cont(g.email(pt))}},
		}},
		{"gender", sexOf(fm(pt, "female", "male"))},
		{"birthDate", cont(fmt.Sprintf("%d-%02d-%02d", g.in(1935, 1975), g.in(1, 12), g.in(1, 28)))},
		{"address", arr{obj{{"line", arr{cont(a.street)}}, {"city", cont(a.city)}, {"state", cont(a.region)}, {"postalCode", cont(a.zip)}}}},
	})
	addEntry(did, obj{
		{"resourceType", plain("Device")},
		{"id", decoy(did)},
		{"serialNumber", dev(g.s(uc+num, 12))},
		{"manufacturer", dev(mk[0])},
		{"deviceName", arr{obj{{"name", dev(mk[1])}, {"type", plain("model-name")}}}},
		{"version", arr{obj{{"value", fw}}}},
		{"patient", ref("Patient", pid)},
		{"extension", arr{
			obj{{"url", plain("https://rpm.example.com/fhir/StructureDefinition/last-sync")}, {"valueDateTime", dev(g.iso())}},
			obj{{"url", plain("https://rpm.example.com/fhir/StructureDefinition/imei")}, {"valueString", dev(g.imei())}},
		}},
	})
	for _, k := range some(g, g.in(1, 2), "bp", "wt", "hr", "spo2") {
		oid := g.uuid()
		res := obj{
			{"resourceType", plain("Observation")},
			{"id", decoy(oid)},
		}
		switch k {
		case "bp":
			res = append(res,
				field{"code", code("http://loinc.org", hlth("85354-9"), hlth("Blood pressure panel"))},
				field{"component", arr{
					obj{{"code", code("http://loinc.org", hlth("8480-6"), hlth("Systolic blood pressure"))}, {"valueQuantity", obj{{"value", hlth(g.in(104, 182))}, {"unit", plain("mmHg")}}}},
					obj{{"code", code("http://loinc.org", hlth("8462-4"), hlth("Diastolic blood pressure"))}, {"valueQuantity", obj{{"value", hlth(g.in(58, 104))}, {"unit", plain("mmHg")}}}},
				}})
		case "wt":
			res = append(res,
				field{"code", code("http://loinc.org", hlth("29463-7"), hlth("Body weight"))},
				field{"valueQuantity", obj{{"value", hlth(round1(g.f(110, 290)))}, {"unit", plain("lb")}}})
		case "hr":
			res = append(res,
				field{"code", code("http://loinc.org", hlth("8867-4"), hlth("Heart rate"))},
				field{"valueQuantity", obj{{"value", hlth(g.in(48, 118))}, {"unit", plain("/min")}}})
		default:
			res = append(res,
				field{"code", code("http://loinc.org", hlth("59408-5"), hlth("Oxygen saturation in Arterial blood by Pulse oximetry"))},
				field{"valueQuantity", obj{{"value", hlth(g.in(86, 100))}, {"unit", plain("%")}}})
		}
		res = append(res,
			field{"subject", ref("Patient", pid)},
			field{"effectiveDateTime", plain(g.iso())},
			field{"device", ref("Device", did)},
		)
		if g.chance(40) {
			res = append(res, field{"note", arr{obj{{"text", rpmNote(g, pt)}}}})
		}
		addEntry(oid, res)
	}
	dx := one(g,
		[2]string{"I50.22", "Chronic systolic (congestive) heart failure"},
		[2]string{"I11.0", "Hypertensive heart disease with heart failure"},
		[2]string{"I10", "Essential (primary) hypertension"},
		[2]string{"I50.32", "Chronic diastolic (congestive) heart failure"},
	)
	cid := g.uuid()
	addEntry(cid, obj{
		{"resourceType", plain("Condition")},
		{"id", decoy(cid)},
		{"code", code("http://hl7.org/fhir/sid/icd-10-cm", hlth(dx[0]), hlth(dx[1]))},
		{"subject", ref("Patient", pid)},
	})
	mid := g.uuid()
	med := one(g,
		[2]string{"Furosemide 40 mg oral tablet", "1 tablet by mouth every morning"},
		[2]string{"Sacubitril 49 mg / valsartan 51 mg tablet", "1 tablet twice daily"},
		[2]string{"Carvedilol 12.5 mg tablet", "1 tablet twice daily with food"},
		[2]string{"Lisinopril 20 mg tablet", "1 tablet daily"},
	)
	addEntry(mid, obj{
		{"resourceType", plain("MedicationStatement")},
		{"id", decoy(mid)},
		{"status", plain("active")},
		{"medicationCodeableConcept", obj{{"text", hlth(med[0])}}},
		{"dosage", arr{obj{{"text", hlth(med[1])}}}},
	})
	if g.chance(40) {
		dr := g.personOf("en")
		prid := g.uuid()
		addEntry(prid, obj{
			{"resourceType", plain("Practitioner")},
			{"id", decoy(prid)},
			{"name", arr{obj{{"text", cont("Dr. " + dr.full())}}}},
			{"telecom", arr{obj{{"system", plain("phone")}, {"value", cont(g.phoneUS())}}}},
		})
	}
	return clinical(obj{
		{"resourceType", plain("Bundle")},
		{"id", decoy(g.uuid())},
		{"type", plain("collection")},
		{"timestamp", plain(g.iso())},
		{"entry", entries},
	})
}

func rpmNote(g *rng, pt person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Called pt, reports "), p(one(g, "ankle swelling and 3 lb gain in 2 days", "shortness of breath climbing stairs", "dizziness after evening dose"), healthCat), p(". Notified cardiology."))
	case 1:
		return prose(p("Reading taken twice, cuff placement corrected on video call."))
	case 2:
		return prose(p("Spoke with daughter "), p(g.womanOf("en").first, contactCat), p(" at "), p(g.phoneUS(), contactCat), p(", pt in hospital, pause monitoring."))
	case 3:
		return prose(p("Hub offline 4 days, IMEI "), p(g.imei(), deviceCat), p(", replacement sent."))
	}
	return prose(p(pt.first, contactCat), p(" says they skipped "), p(one(g, "furosemide", "carvedilol", "the water pill"), healthCat), p(" over the weekend."))
}

// powerstationIntercom: a portable power-station maker's customer
// messaging export (Intercom-style conversation JSON, snake_case): the
// contact with custom attributes (serial, model, firmware, app version,
// cycles, order number), the conversation parts in the customer's
// language (English, German, French, Spanish, Italian, Dutch or
// Portuguese) with agents' replies, attachments behind signed links, the
// rating.
func powerstationIntercom(g *rng) any {
	lang := one(g, "en", "de", "fr", "es", "it", "nl", "pt")
	u := g.personOf(lang)
	ag := g.personOf(one(g, "en", "de", "es"))
	model := one(g, "Anker SOLIX F3800", "Anker SOLIX C1000", "Anker SOLIX F2000", "Anker SOLIX C800 Plus")
	serial := "A17" + g.s(uc+num, 13)
	fw := fmt.Sprintf("V%d.%d.%d", g.in(1, 2), g.n(10), g.n(40))
	parts, seen := arr{}, uniq{}
	n := g.in(2, 4)
	for j := 0; j < n; j++ {
		admin := j%2 == 1
		var body leaf
		var author obj
		if admin {
			body = seen.draw(func() leaf { return psAgent(g, lang, u, ag) })
			author = obj{{"type", plain("admin")}, {"name", cont(ag.first + " " + string([]rune(ag.last)[:1]) + ".")}}
		} else {
			body = seen.draw(func() leaf { return psUser(g, lang, u, model, serial, fw) })
			author = obj{{"type", plain("user")}, {"name", cont(u.full())}}
		}
		part := obj{
			{"id", decoy(fmt.Sprint(g.in(10000000000, 99999999999)))},
			{"part_type", plain("comment")},
			{"body", body},
			{"author", author},
			{"created_at", plain(g.epoch())},
		}
		if !admin && g.chance(30) {
			part = append(part, field{"attachments", arr{obj{
				{"url", cred(g.signedURL("intercom-attachments.example.com", g.s(hx, 12)+"/IMG_"+g.s(num, 4)+".jpg"))},
				{"filesize", decoy(g.in(80000, 4000000))},
				{"content_type", plain("image/jpeg")},
			}}})
		}
		parts = append(parts, part)
	}
	phone := nullDecoy()
	if g.chance(60) {
		phone = cont(map[string]func() string{"en": g.phoneUK, "de": g.phoneDE, "fr": g.phoneFR, "es": g.phoneES, "it": g.phoneIT, "nl": g.phoneNL, "pt": g.phonePT}[lang]())
	}
	avatar := nullDecoy()
	if g.chance(40) {
		avatar = cont("https://static.intercom-assets.example.com/avatars/" + g.s(num, 8) + "/square_128/" + g.s(hx, 10) + ".jpg")
	}
	remark := nullDecoy()
	if g.chance(40) {
		remark = prose(p(one(g, "Quick and helpful", "Took too long", "Problem solved, thanks", "Still waiting for the replacement")))
	}
	_, os := g.phone()
	return obj{
		{"type", plain("conversation")},
		{"id", decoy(fmt.Sprint(g.in(100000000000, 999999999999)))},
		{"created_at", plain(g.epoch())},
		{"updated_at", plain(g.epoch())},
		{"state", plain(one(g, "closed", "open", "snoozed"))},
		{"source", obj{
			{"delivered_as", plain("customer_initiated")},
			{"subject", psSubject(g, lang, model)},
		}},
		{"contact", obj{
			{"id", decoy(g.s(hx, 24))},
			{"name", cont(u.full())},
			{"email", cont(g.email(u))},
			{"phone", phone},
			{"avatar", avatar},
			{"location", obj{
				{"city", plain(map[string]string{"en": "Leeds", "de": "Köln", "fr": "Nantes", "es": "Málaga", "it": "Bologna", "nl": "Utrecht", "pt": "Porto"}[lang])},
				{"country_code", decoy(strings.ToUpper(map[string]string{"en": "gb", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt"}[lang]))},
			}},
			{"os", dev(os)},
			{"last_seen_at", plain(g.epoch())},
			{"unsubscribed_from_emails", decoy(g.chance(20))},
			{"custom_attributes", obj{
				{"device_sn", dev(serial)},
				{"device_model", dev(model)},
				{"fw_version", dev(fw)},
				{"app_version", dev(fmt.Sprintf("%d.%d.%d", g.in(2, 3), g.n(20), g.n(10)))},
				{"battery_cycles", decoy(g.in(3, 900))},
				{"order_no", decoy(fmt.Sprintf("%03d-%07d-%07d", g.in(100, 999), g.n(9999999), g.n(9999999)))},
				{"purchase_channel", plain(one(g, "amazon", "webshop", "retail"))},
				{"warranty_until", plain(g.date())},
			}},
		}},
		{"conversation_parts", obj{
			{"type", plain("conversation_part.list")},
			{"total_count", decoy(len(parts))},
			{"conversation_parts", parts},
		}},
		{"conversation_rating", obj{
			{"rating", decoy(g.in(1, 5))},
			{"remark", remark},
		}},
		{"tags", arr{plain(one(g, "rma", "firmware", "app-pairing", "battery")), plain(lang)}},
	}
}

func psUser(g *rng, lang string, u person, model, serial, fw string) leaf {
	k := g.n(5)
	ssid := g.ssid(u)
	psk := g.passphrase()
	ip := g.lanIP(g.lanPrefix())
	var ph string
	var a addr
	switch lang {
	case "de":
		ph, a = g.phoneDE(), g.addrDE()
	case "fr":
		ph, a = g.phoneFR(), g.addrFR()
	case "es":
		ph, a = g.phoneES(), g.addrES()
	case "it":
		ph, a = g.phoneIT(), g.addrIT()
	case "nl":
		ph, a = g.phoneNL(), g.addrNL()
		a.street += fmt.Sprintf(" %d", g.in(1, 240))
	case "pt":
		ph, a = g.phonePT(), addr{one(g, "Rua de Santa Catarina ", "Av. da Boavista ", "Rua do Almada ") + fmt.Sprint(g.in(1, 900)), fmt.Sprintf("4%03d-%03d", g.n(999), g.n(999)), "Porto", ""}
	default:
		ph, a = g.phoneUK(), g.addrUK()
	}
	med := map[string][2]string{
		"en": {"I run my CPAP machine from it at night", "my oxygen concentrator runs from it"},
		"de": {"betreibe ich nachts mein CPAP-Gerät damit", "hängt mein Sauerstoffkonzentrator daran"},
		"fr": {"je branche ma PPC (apnée du sommeil) dessus la nuit", "mon concentrateur d'oxygène est branché dessus"},
		"es": {"uso la batería para la CPAP por la noche", "tengo conectado el concentrador de oxígeno"},
		"it": {"la uso di notte per la CPAP per le apnee", "ci collego il concentratore di ossigeno"},
		"nl": {"gebruik ik hem 's nachts voor mijn CPAP-apparaat", "hangt mijn zuurstofconcentrator eraan"},
		"pt": {"uso a bateria à noite para o meu CPAP", "ligo-lhe o concentrador de oxigénio"},
	}[lang][g.n(2)]
	type tmpl struct{ a, b, c, d string }
	t := map[string][5]tmpl{
		"en": {{"My ", " (SN ", ") is stuck on firmware ", " and won't update."}, {"During power cuts ", "", "", " and it shut off at 40%. Is that normal?"}, {"Please send the replacement to ", ", phone ", "", "."}, {"The app can't find the unit on my Wi-Fi ", " (password ", "), router is ", "."}, {"Thanks, it works now!", "", "", ""}},
		"de": {{"Meine ", " (SN ", ") hängt auf Firmware ", " fest und lässt sich nicht aktualisieren."}, {"Bei Stromausfall ", "", "", ", aber sie hat sich bei 40 % abgeschaltet."}, {"Bitte schicken Sie das Ersatzgerät an ", ", Telefon ", "", "."}, {"Die App findet das Gerät in meinem WLAN ", " nicht (Passwort ", "), Router ", "."}, {"Danke, läuft wieder!", "", "", ""}},
		"fr": {{"Ma ", " (SN ", ") reste bloquée en firmware ", " et refuse la mise à jour."}, {"Pendant les coupures ", "", "", " et elle s'est coupée à 40 %."}, {"Merci d'envoyer l'appareil de remplacement au ", ", tél. ", "", "."}, {"L'appli ne trouve pas la station sur mon Wi-Fi ", " (mot de passe ", "), box en ", "."}, {"Merci, tout fonctionne !", "", "", ""}},
		"es": {{"Mi ", " (SN ", ") se queda en el firmware ", " y no actualiza."}, {"Cuando se va la luz ", "", "", " y se apagó al 40 %."}, {"Por favor, enviad el equipo de sustitución a ", ", teléfono ", "", "."}, {"La app no encuentra la estación en mi wifi ", " (contraseña ", "), router en ", "."}, {"¡Gracias, ya funciona!", "", "", ""}},
		"it": {{"La mia ", " (SN ", ") è bloccata sul firmware ", " e non si aggiorna."}, {"Durante i blackout ", "", "", " e si è spenta al 40%."}, {"Spedite il sostitutivo a ", ", tel. ", "", "."}, {"L'app non trova la stazione sul mio Wi-Fi ", " (password ", "), router ", "."}, {"Grazie, ora funziona!", "", "", ""}},
		"nl": {{"Mijn ", " (SN ", ") blijft hangen op firmware ", " en wil niet updaten."}, {"Bij stroomuitval ", "", "", " en hij viel uit op 40%."}, {"Graag het vervangende toestel naar ", ", tel. ", "", "."}, {"De app vindt het apparaat niet op mijn wifi ", " (wachtwoord ", "), router op ", "."}, {"Bedankt, het werkt weer!", "", "", ""}},
		"pt": {{"A minha ", " (SN ", ") está presa no firmware ", " e não atualiza."}, {"Nas falhas de luz ", "", "", " e desligou-se aos 40%."}, {"Enviem o equipamento de substituição para ", ", telefone ", "", "."}, {"A app não encontra a estação no meu Wi-Fi ", " (palavra-passe ", "), router em ", "."}, {"Obrigado, já funciona!", "", "", ""}},
	}[lang][k]
	wrap := func(ps ...piece) leaf {
		return prose(append(append([]piece{p("<p>")}, ps...), p("</p>"))...)
	}
	switch k {
	case 0:
		return wrap(p(t.a), p(model, deviceCat), p(t.b), p(serial, deviceCat), p(t.c), p(fw, deviceCat), p(t.d))
	case 1:
		return wrap(p(t.a), p(med, healthCat), p(t.d))
	case 2:
		return wrap(p(t.a), p(a.street+", "+a.zip+" "+a.city, contactCat), p(t.b), p(ph, contactCat), p(t.d))
	case 3:
		return wrap(p(t.a), p(ssid, netCat), p(t.b), p(psk, credCat), p(t.c), p(ip, netCat), p(t.d))
	}
	return wrap(p(t.a))
}

func psSubject(g *rng, lang, model string) leaf {
	subj := map[string][2]string{
		"en": {"Firmware update fails", "Unit shuts down early"},
		"de": {"Firmware-Update schlägt fehl", "Gerät schaltet zu früh ab"},
		"fr": {"Échec de la mise à jour", "La station s'éteint trop tôt"},
		"es": {"Falla la actualización", "Se apaga antes de tiempo"},
		"it": {"Aggiornamento non riuscito", "Si spegne troppo presto"},
		"nl": {"Firmware-update mislukt", "Schakelt te vroeg uit"},
		"pt": {"Falha na atualização", "Desliga-se cedo demais"},
	}[lang]
	if g.chance(40) {
		return prose(p(model, deviceCat), p(": "+subj[g.n(2)]))
	}
	return prose(p(subj[g.n(2)]))
}

func psAgent(g *rng, lang string, u, ag person) leaf {
	hi := map[string]string{"en": "Hi ", "de": "Hallo ", "fr": "Bonjour ", "es": "Hola ", "it": "Ciao ", "nl": "Hoi ", "pt": "Olá "}[lang]
	msg := map[string][3]string{
		"en": {", could you send us a photo of the label under the unit?", ", we have shipped a replacement, tracking follows by e-mail.", "Please hold the IoT button for 5 s and try pairing again."},
		"de": {", können Sie uns ein Foto vom Typenschild schicken?", ", wir haben ein Ersatzgerät verschickt, die Sendungsnummer kommt per E-Mail.", "Bitte halten Sie die IoT-Taste 5 s gedrückt und koppeln Sie erneut."},
		"fr": {", pouvez-vous nous envoyer une photo de l'étiquette ?", ", l'appareil de remplacement est parti, le suivi arrive par e-mail.", "Maintenez le bouton IoT 5 s puis relancez l'appairage."},
		"es": {", ¿nos puedes mandar una foto de la etiqueta?", ", hemos enviado un equipo de sustitución, el seguimiento llegará por e-mail.", "Mantén pulsado el botón IoT 5 s y vuelve a emparejar."},
		"it": {", puoi mandarci una foto dell'etichetta?", ", abbiamo spedito il sostitutivo, il tracking arriva via e-mail.", "Tieni premuto il tasto IoT per 5 s e riprova l'abbinamento."},
		"nl": {", kun je een foto van het typeplaatje sturen?", ", we hebben een vervangend toestel verstuurd, de track & trace volgt per e-mail.", "Houd de IoT-knop 5 s ingedrukt en koppel opnieuw."},
		"pt": {", pode enviar-nos uma foto da etiqueta?", ", enviámos um equipamento de substituição, o seguimento segue por e-mail.", "Mantenha o botão IoT premido 5 s e volte a emparelhar."},
	}[lang]
	k := g.n(3)
	if k == 2 {
		return prose(p("<p>" + msg[2] + "</p>"))
	}
	return prose(p("<p>"+hi), p(u.first, contactCat), p(msg[k]+"<br>"), p(ag.first, contactCat), p("</p>"))
}

// printfarm: a 3D-printer cloud's account document (camelCase): the
// user with TOTP and recovery codes, printers (serial, nickname, model,
// IP-shaped firmware, LAN IP, MQTT port, LAN access code, camera URL with
// the code, Wi-Fi, last online, temperatures, hours), print jobs (file,
// MD5, filament grams, cost), integrations (webhook, API token), the
// phone app, the last login IP, the shipping address and filament orders.
func printfarm(g *rng) any {
	u := g.personOf(one(g, "en", "en", "de", "nl"))
	lan := g.lanPrefix()
	printers := arr{}
	var serials []string
	for j := 0; j < one(g, 1, 1, 2); j++ {
		ip := g.lanIP(lan)
		code := g.s(num, 8)
		mod := one(g,
			[2]string{"Bambu Lab X1 Carbon", "00M"},
			[2]string{"Bambu Lab P1S", "01P"},
			[2]string{"Bambu Lab A1 mini", "030"},
			[2]string{"Bambu Lab P1P", "01S"},
		)
		sn := mod[1] + g.s(uc+num, 12)
		serials = append(serials, sn)
		printers = append(printers, obj{
			{"devId", dev(sn)},
			{"name", dev(one(g, "Garage X1", "Office P1S", u.first+"'s printer", "Loft A1", "Farm #"+fmt.Sprint(g.in(1, 12))))},
			{"model", dev(mod[0])},
			{"firmware", fwIP(fmt.Sprintf("%02d.%02d.%02d.%02d", g.n(2), g.in(4, 9), g.n(3), g.n(100)))},
			{"lanIp", netw(ip)},
			{"mqttPort", netw(8883)},
			{"accessCode", cred(code)},
			{"cameraUrl", tag("rtsps://bblp:"+code+"@"+ip+":322/streaming/live/1", credCat, netCat)},
			{"wifiSsid", netw(g.ssid(u))},
			{"wifiRssi", plain(-g.in(35, 85))},
			{"lastOnline", dev(g.isoMs())},
			{"nozzleTempC", decoy(one(g, 25, 28, 220, 245))},
			{"bedTempC", decoy(one(g, 24, 35, 55, 65))},
			{"nozzleDiameter", decoy(one(g, 0.2, 0.4, 0.6))},
			{"printHours", decoy(g.in(3, 4000))},
			{"state", plain(one(g, "IDLE", "RUNNING", "FINISH", "FAILED"))},
		})
	}
	jobs := arr{}
	for j := 0; j < g.in(1, 2); j++ {
		jobs = append(jobs, obj{
			{"jobId", decoy(g.in(10000000, 99999999))},
			{"file", plain(one(g, "benchy_0.2mm_PLA", "gridfinity_3x2_bin", "phone_stand_v4", "cable_clip_x20", "vase_spiral") + ".3mf")},
			{"fileMd5", decoy(g.md5())},
			{"filamentG", decoy(round1(g.f(4, 380)))},
			{"costEur", decoy(round2(g.f(0.1, 9)))},
			{"printer", dev(serials[g.n(len(serials))])},
			{"startedAt", plain(g.isoMs())},
		})
	}
	a := g.addrUK()
	country := "GB"
	if g.chance(50) {
		a, country = g.addrDE(), "DE"
	}
	totp := nullDecoy()
	codes := arr{}
	if g.chance(60) {
		totp = cred(g.totp())
		for _, c := range g.recoveryCodes(2) {
			codes = append(codes, cred(c))
		}
	}
	model, os := g.phone()
	return obj{
		{"accountId", decoy(g.uuid())},
		{"email", cont(g.email(u))},
		{"username", cont(g.handle(u))},
		{"displayName", cont(u.full())},
		{"avatarUrl", cont("https://avatars.printcloud.example.net/" + g.s(hx, 16) + ".png")},
		{"passwordHash", cred(g.argon())},
		{"mfa", obj{
			{"enabled", decoy(len(codes) > 0)},
			{"totpSecret", totp},
			{"recoveryCodes", codes},
		}},
		{"region", plain(one(g, "eu-central", "us-east", "ap-southeast"))},
		{"printers", printers},
		{"jobs", jobs},
		{"integrations", obj{
			{"webhookUrl", cred("https://hooks.example.com/print-events/" + g.s(alnum, 32))},
			{"apiToken", cred("pfc_" + g.s(alnum, 40))},
			{"apiVersion", decoy(fmt.Sprintf("%d.%d.%d.%d", g.in(1, 4), g.n(10), g.n(10), g.in(100, 400)))},
		}},
		{"mobileApp", obj{
			{"version", dev(fmt.Sprintf("%d.%d.%d", g.in(1, 2), g.n(12), g.n(10)))},
			{"phone", dev(model)},
			{"os", dev(os)},
			{"pushToken", cred(g.fcm())},
		}},
		{"lastLoginIp", netw(g.docIP())},
		{"createdAt", plain(g.isoMs())},
		{"emailVerified", decoy(g.chance(90))},
		{"failedLogins", decoy(g.n(5))},
		{"supportNotes", printNotes(g, u, serials[0])},
		{"shippingAddress", obj{
			{"line1", cont(a.street)},
			{"city", cont(a.city)},
			{"postcode", cont(a.zip)},
			{"country", decoy(country)},
		}},
		{"filamentOrders", arr{obj{
			{"orderNo", decoy(fmt.Sprintf("PO%09d", g.n(999999999)))},
			{"sku", decoy(one(g, "PLA-BAS-BLK-1KG", "PETG-HF-GRY-1KG", "ABS-WHT-1KG", "TPU-95A-RED-1KG"))},
			{"qty", plain(g.in(1, 6))},
			{"shippingWeightKg", decoy(round2(g.f(1.1, 7.5)))},
		}}},
	}
}

// schoolbus: a US school district's bus-tracking parent app, one family
// document (kebab-case keys): the parent with password hash and security
// answer, the children with photos, medical alerts and medication on the
// bus, boarding scans, the bus with its GPS gateway (model, IMEI,
// firmware, last ping, Wi-Fi hotspot and key, LAN IP), the driver and
// their tablet, the app, and messages between parents and the transport
// office (English and Spanish).
func schoolbus(g *rng) any {
	par := g.personOf("en")
	a := g.addrUS()
	kids := arr{}
	var first person
	for j := 0; j < g.in(1, 2); j++ {
		c := g.personOf("en")
		c.last, c.alast = par.last, par.alast
		if j == 0 {
			first = c
		}
		alert, meds := nullDecoy(), nullDecoy()
		if g.chance(50) {
			alert = hlth(one(g, "Severe peanut allergy – EpiPen in backpack", "Type 1 diabetes, carries glucose tabs", "Seizure disorder – rescue med in front pocket", "Asthma, may need inhaler"))
			meds = hlth(one(g, "EpiPen Jr 0.15 mg", "Albuterol inhaler 90 mcg", "Nayzilam 5 mg nasal spray", "Glucose tablets 4 g"))
		}
		boards := arr{}
		for k := 0; k < g.in(1, 2); k++ {
			boards = append(boards, obj{
				{"ts", decoy(g.iso())},
				{"bus", decoy(fmt.Sprintf("Bus %d", g.in(3, 60)))},
				{"event", plain(one(g, "ON", "OFF"))},
			})
		}
		kids = append(kids, obj{
			{"student-no", decoy(g.s(num, 7))},
			{"first-name", cont(c.first)},
			{"last-name", cont(c.last)},
			{"dob", cont(fmt.Sprintf("%d-%02d-%02d", g.in(2008, 2019), g.in(1, 12), g.in(1, 28)))},
			{"grade", plain(one(g, "K", "2", "4", "6", "8", "11"))},
			{"school", plain(one(g, "Juniper Elementary", "Cedar Ridge Middle", "Harbor View High"))},
			{"photo", cont("https://photos.busapp.example.org/s/" + g.s(hx, 18) + ".jpg")},
			{"medical-alerts", alert},
			{"meds-on-bus", meds},
			{"boardings", boards},
		})
	}
	drv := g.personOf("en")
	msgs, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 3); j++ {
		msgs = append(msgs, obj{
			{"from", plain(one(g, "parent", "parent", "transport-office"))},
			{"sent", plain(g.iso())},
			{"body", seen.draw(func() leaf { return busMsg(g, par, first) })},
		})
	}
	model, os := g.phone()
	return obj{
		{"account-id", decoy(g.uuid())},
		{"district", plain(one(g, "Maple Valley USD", "Cedar County Schools", "Harbor Unified"))},
		{"parent", obj{
			{"first-name", cont(par.first)},
			{"last-name", cont(par.last)},
			{"email", cont(g.email(par))},
			{"mobile", cont(g.phoneUS())},
			{"home-address", obj{
				{"street", cont(a.street)},
				{"city", cont(a.city)},
				{"state", cont(a.region)},
				{"zip", cont(a.zip)},
			}},
			{"pwd", cred(g.bcrypt())},
			{"security-question", plain(one(g, "Name of your first pet?", "City where you were born?", "Your favorite teacher?"))},
			{"security-answer", cred(one(g, "Buster", "Biscuit", "Mrs. Ortega", "Tacoma", "Pepper"))},
			{"notify-sms", decoy(g.chance(70))},
			{"lang", plain(one(g, "en-US", "es-US"))},
		}},
		{"students", kids},
		{"bus", obj{
			{"number", decoy(g.in(3, 60))},
			{"capacity", decoy(one(g, 48, 72, 77))},
			{"gps-unit", obj{
				{"model", dev(one(g, "Samsara VG34", "Geotab GO9", "Zonar V4"))},
				{"imei", dev(g.imei())},
				{"fw", dev(fmt.Sprintf("%d.%d.%d", g.in(30, 60), g.n(20), g.n(400)))},
				{"last-ping", dev(g.iso())},
				{"speed-mph", decoy(g.in(0, 55))},
				{"odometer-mi", decoy(g.in(20000, 240000))},
				{"hotspot-ssid", netw(fmt.Sprintf("BUS%02d-STUDENT", g.in(3, 60)))},
				{"hotspot-psk", cred(g.passphrase())},
				{"lan-ip", netw(g.lanIP("192.168." + fmt.Sprint(g.in(100, 200))))},
			}},
			{"driver", obj{
				{"name", cont(drv.full())},
				{"phone", cont(g.phoneUS())},
				{"tablet", obj{
					{"model", dev(one(g, "Samsung Galaxy Tab Active5", "Zebra ET40", "iPad mini (6th gen)"))},
					{"os", dev(one(g, "Android 14", "Android 13", "iPadOS 17.6"))},
				}},
			}},
		}},
		{"app", obj{
			{"version", dev(fmt.Sprintf("%d.%d.%d", g.in(3, 7), g.n(20), g.n(10)))},
			{"phone", dev(model)},
			{"os", dev(os)},
			{"device-id", dev(strings.ToUpper(g.uuid()))},
			{"push-token", cred(g.fcm())},
		}},
		{"messages", msgs},
	}
}

func busMsg(g *rng, par, kid person) leaf {
	switch g.n(7) {
	case 0:
		return prose(p(kid.first, contactCat), p(" will be picked up by grandma today ("), p(g.phoneUS(), contactCat), p("), please don't drop at the stop."))
	case 1:
		return prose(p("Please make sure the driver knows "), p(kid.first, contactCat), p(" has "), p(one(g, "a seizure disorder; rescue med is in the front pocket", "a severe nut allergy, no snacks on the bus please", "type 1 diabetes and may need juice"), healthCat), p("."))
	case 2:
		return prose(p("Bus was 20 minutes late again this morning."))
	case 3:
		return prose(p("Mi "+fm(kid, "hija ", "hijo ")), p(kid.first, contactCat), p(" no tomará el autobús el viernes, "), p(one(g, "tiene cita con el neumólogo por el asma", "está con fiebre y tos"), healthCat), p("."))
	case 4:
		a := g.addrUS()
		return prose(p("We moved to "), p(a.street+", "+a.city, contactCat), p(", can we change the stop?"))
	case 5:
		m, _ := g.phone()
		return prose(p("App keeps logging me out on my "), p(m, deviceCat), p("."))
	}
	return prose(p("Hi "), p(par.first, contactCat), p(", route "+fmt.Sprint(g.in(3, 60))+" has a substitute driver this week."))
}

func printNotes(g *rng, u person, sn string) arr {
	out := arr{}
	seen := uniq{}
	for j := 0; j < g.in(0, 2); j++ {
		out = append(out, seen.draw(func() leaf {
			switch g.n(5) {
			case 0:
				return prose(p("Customer sent photos of clogged hotend on "), p(sn, deviceCat), p(", shipping a new nozzle kit."))
			case 1:
				return prose(p("Printer not reachable in LAN mode, user's access code was wrong; new code "), p(g.s(num, 8), credCat), p(" set."))
			case 2:
				return prose(p("Refund for failed filament order approved."))
			case 3:
				return prose(p("Call back "), p(u.first, contactCat), p(" on "), p(g.phoneUK(), contactCat), p(" about the AMS jam."))
			}
			return prose(p("User reports burn on finger from touching the nozzle", healthCat), p(", safety leaflet sent."))
		}))
	}
	return out
}
