package blindset5

import (
	"fmt"
	"strings"
)

// crashLog: a crash-reporting service's event for a budgeting app, as
// stored in its event bucket (snake_case): user, device and OS contexts,
// the failing request with its headers, breadcrumbs, exception with frames,
// release and commit tags, and the user's feedback in several languages.
func crashLog(g *rng) any {
	u := g.personOf(one(g, "en", "de", "fr", "es", "br"))
	ios := g.chance(50)
	var model, modelID, osName, osVer, osBuild, kernel string
	if ios {
		model, modelID = one(g, "iPhone14,5", "iPhone15,2", "iPhone12,1", "iPhone16,1"), one(g, "D17AP", "D73AP", "N104AP", "D83AP")
		osName, osVer, osBuild = "iOS", one(g, "17.4.1", "16.7.8", "18.1"), one(g, "21E236", "20H343", "22B83")
		kernel = "Darwin Kernel Version 23.4.0: Fri Mar 15 00:12:37 PDT 2024; root:xnu-10063.102.14~67/RELEASE_ARM64_T8110"
	} else {
		model, modelID = one(g, "SM-A546B", "Pixel 7a", "2201117TY", "moto g54 5G"), one(g, "a54x", "lynx", "spes", "cancunf")
		osName, osVer, osBuild = "Android", one(g, "14", "13", "15"), one(g, "UP1A.231005.007", "TQ3A.230901.001", "AP3A.241005.015")
		kernel = fmt.Sprintf("Linux version 5.%d.%d-android13-%d", g.in(10, 15), g.in(100, 200), g.in(4, 9))
	}
	family := "Android"
	if ios {
		family = "iPhone"
	}
	geo := one(g, [2]string{"Leeds", "GB"}, [2]string{"Köln", "DE"}, [2]string{"Lyon", "FR"}, [2]string{"Sevilla", "ES"}, [2]string{"Recife", "BR"})
	appVer := fmt.Sprintf("4.%d.%d", g.in(8, 14), g.n(6))
	build := g.in(4100, 4300)
	host := "api.budgetly.example.com"
	crumbs, seen := arr{}, uniq{}
	for j := 0; j < g.in(2, 4); j++ {
		crumbs = append(crumbs, obj{
			{"timestamp", decoy(float64(g.epochMs()) / 1000)},
			{"category", plain(one(g, "http", "navigation", "ui.click", "console"))},
			{"message", seen.draw(func() leaf { return crumb(g, u, host) })},
		})
	}
	var exc leaf
	switch g.n(4) {
	case 0:
		pw := g.s(alnum, 16)
		exc = prose(p("could not connect to server: "), p(fmt.Sprintf("postgres://budgetly_app:%s@db-%02d.prod.internal:5432/budgetly", pw, g.in(1, 6)), credCat, netCat))
	case 1:
		exc = prose(p("*** -[__NSArrayM objectAtIndex:]: index 3 beyond bounds [0 .. 2]"))
	case 2:
		exc = prose(p("HTTP 401 for GET /v2/accounts, token "), p(g.opaque(32), credCat), p(" expired"))
	default:
		exc = prose(p("java.lang.IllegalStateException: Fragment TransactionsFragment not attached to a context."))
	}
	frames := arr{}
	for j := 0; j < g.in(1, 3); j++ {
		frames = append(frames, obj{
			{"function", plain(one(g, "TransactionsViewModel.load()", "AccountsRepository.fetch", "-[BLDSyncManager sync:]", "okhttp3.RealCall.execute"))},
			{"lineno", plain(g.in(12, 900))},
			{"instruction_addr", decoy(fmt.Sprintf("0x%09x", g.n(1<<34)))},
		})
	}
	fb := g.personOf(one(g, "en", "de", "fr", "es", "br"))
	var auth leaf
	if g.chance(50) {
		auth = cred("Bearer " + g.jwt())
	} else {
		auth = cred("Bearer " + g.ya29())
	}
	return obj{
		{"event_id", decoy(g.s(hx, 32))},
		{"timestamp", decoy(g.isoMs())},
		{"platform", plain(one(g, "cocoa", "java"))},
		{"level", plain("fatal")},
		{"release", dev(fmt.Sprintf("com.example.budgetly@%s+%d", appVer, build))},
		{"dist", decoy(fmt.Sprint(build))},
		{"environment", plain("production")},
		{"sdk", obj{{"name", plain(one(g, "sentry.cocoa", "sentry.java.android"))}, {"version", decoy(fmt.Sprintf("%d.%d.%d", g.in(6, 8), g.n(30), g.n(5)))}}},
		{"user", obj{
			{"id", decoy(g.in(100000, 9999999))},
			{"email", cont(g.email(u))},
			{"username", cont(g.handle(u))},
			{"ip_address", netw(g.docIP())},
			{"geo", obj{{"city", plain(geo[0])}, {"country_code", decoy(geo[1])}}},
		}},
		{"contexts", obj{
			{"device", obj{
				{"model", dev(model)},
				{"model_id", dev(modelID)},
				{"family", dev(family)},
				{"arch", plain("arm64")},
				{"memory_size", plain(one(g, 4, 6, 8) * 1073741824)},
				{"battery_level", decoy(g.in(2, 100))},
				{"simulator", decoy(false)},
			}},
			{"os", obj{
				{"name", dev(osName)},
				{"version", dev(osVer)},
				{"build", dev(osBuild)},
				{"kernel_version", dev(kernel)},
			}},
			{"app", obj{
				{"app_version", dev(appVer)},
				{"app_build", decoy(fmt.Sprint(build))},
				{"app_start_time", decoy(g.iso())},
			}},
		}},
		{"request", obj{
			{"url", cred(fmt.Sprintf("https://%s/v2/accounts?access_token=%s", host, g.opaque(40)))},
			{"method", plain("GET")},
			{"headers", obj{
				{"Authorization", auth},
				{"Cookie", cred("sid=" + g.sessionID() + "; csrftoken=" + g.s(alnum, 32))},
				{"User-Agent", dev(fmt.Sprintf("Budgetly/%s (%s; %s %s)", appVer, model, osName, osVer))},
				{"X-Request-Id", decoy(g.uuid())},
			}},
		}},
		{"breadcrumbs", obj{{"values", crumbs}}},
		{"exception", obj{{"values", arr{obj{
			{"type", plain(one(g, "NSRangeException", "PSQLException", "IllegalStateException", "HttpError"))},
			{"value", exc},
			{"stacktrace", obj{{"frames", frames}}},
		}}}}},
		{"tags", obj{
			{"commit", decoy(g.sha1())},
			{"feature_flag.new_onboarding", plain(one(g, "on", "off"))},
		}},
		{"fingerprint", arr{plain("{{ default }}")}},
		{"user_feedback", obj{
			{"name", cont(fb.first)},
			{"email", cont(g.email(fb))},
			{"comments", feedback(g, model, appVer)},
		}},
	}
}

func crumb(g *rng, u person, host string) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("GET https://" + host + "/v2/budgets [200]"))
	case 1:
		return prose(p("POST https://"+host+"/v2/login?email="), p(g.email(u), contactCat), p(" [200]"))
	case 2:
		return prose(p("navigated to /settings/linked-banks"))
	case 3:
		return prose(p("push token registered "), p(g.fcm(), credCat))
	}
	return prose(p("tapped 'Add expense'"))
}

func feedback(g *rng, model, ver string) leaf {
	switch g.n(6) {
	case 0:
		return prose(p("L'app si chiude quando apro il conto, ho un "), p(model, deviceCat), p("."))
	case 1:
		return prose(p("Ik krijg een foutmelding sinds de update naar "), p(ver, deviceCat), p("."))
	case 2:
		return prose(p("Crashed again while I was adding my insulin costs.", healthCat))
	case 3:
		return prose(p("Nach dem Login stürzt die App ab."))
	case 4:
		return prose(p("Plante à chaque fois, contactez-moi au "), p(g.phoneFR(), contactCat), p("."))
	}
	return prose(p("Fecha y se perdió todo, uso rede "), p("\"Vivo-Fibra-"+g.s(HX, 4)+"\"", netCat), p(" em casa."))
}

// otAssets: a food plant's OT asset register exported from an industrial
// network-monitoring tool (dotted lower-case keys): PLCs, HMIs, drives and
// switches with network placement, open ports and credentials found, the
// engineering contact, remote access, process values, findings.
func otAssets(g *rng) any {
	eng := g.personOf(one(g, "en", "de", "fr"))
	vlan := g.in(10, 300)
	net := fmt.Sprintf("10.%d.%d", g.in(10, 80), g.in(0, 40))
	assets := arr{}
	for _, d := range some(g, g.in(2, 3),
		[5]string{"Siemens", "SIMATIC S7-1500 CPU 1515-2 PN", "6ES7515-2AM02-0AB0", "PLC-FILLER", "V2.9.4"},
		[5]string{"Rockwell Automation", "ControlLogix 1756-L83E", "1756-L83E", "PLC-LABELER", "33.011"},
		[5]string{"Schneider Electric", "Modicon M241", "TM241CEC24T", "PLC-CIP", "V5.1.9.34"},
		[5]string{"Siemens", "SIMATIC HMI TP1200 Comfort", "6AV2124-0MC01-0AX0", "HMI-LINE", "V17.0.0.0"},
		[5]string{"Hirschmann", "RS20-0800T1T1SDAE", "943434001", "SW-CELL", "09.0.08"},
		[5]string{"Danfoss", "VLT AutomationDrive FC 302", "131B0041", "VFD-CONVEYOR", "8.42"},
	) {
		ports := arr{}
		for _, pt := range some(g, g.in(1, 3), 102, 80, 443, 502, 44818, 161, 5900, 22) {
			ports = append(ports, netw(pt))
		}
		fw := dev(d[4])
		if strings.Count(d[4], ".") == 3 {
			fw = fwIP(d[4])
		}
		host := strings.ToLower(d[3]) + fmt.Sprintf("-%02d", g.in(1, 12))
		a := obj{
			{"asset.id", decoy(g.in(1000, 99999))},
			{"asset.hostname", netw(host + ".ot.plant3.internal")},
			{"asset.vendor", dev(d[0])},
			{"asset.model", dev(d[1])},
			{"asset.order_no", decoy(d[2])},
			{"asset.serial", dev(g.s(uc, 1) + "-" + g.s(uc+num, 9))},
			{"asset.fw", fw},
			{"net.ip", netw(g.lanIP(net))},
			{"net.mask", netw("255.255.255.0")},
			{"net.vlan", netw(vlan)},
			{"net.mac", macAddr(g.mac())},
			{"net.open_ports", ports},
			{"last_seen", dev(g.iso())},
			{"risk.score", decoy(g.in(5, 98))},
			{"risk.cve_count", decoy(g.n(14))},
		}
		if g.chance(40) {
			a = append(a, field{"creds.snmp_community", cred(one(g, "public", "pl4nt3-ro", "s1em3ns", g.s(lc+num, 10)))})
		}
		assets = append(assets, a)
	}
	finds, seen := arr{}, uniq{}
	for j := 0; j < g.in(1, 3); j++ {
		finds = append(finds, obj{
			{"severity", plain(one(g, "high", "medium", "low"))},
			{"detail", seen.draw(func() leaf { return otFinding(g, net, vlan, eng) })},
		})
	}
	ver := fmt.Sprintf("%d.%d.%d.%d", g.in(4, 24), g.n(12), g.n(6), g.in(10, 254))
	return obj{
		{"site", plain(one(g, "Plant 3 - Bottling", "Werk Süd - Abfüllung", "Usine de Rennes - Conditionnement"))},
		{"exported_at", decoy(g.iso())},
		{"tool.version", decoy(ver)},
		{"assets", assets},
		{"hmi.workstation", obj{
			{"hostname", netw(fmt.Sprintf("ews-%02d.ot.plant3.internal", g.in(1, 5)))},
			{"os", dev(one(g, "Windows 10 IoT Enterprise LTSC 2021", "Windows Server 2016 Standard", "Windows 7 Professional SP1"))},
			{"os.build", dev(fmt.Sprintf("10.0.%d.%d", one(g, 19044, 14393, 17763), g.in(1000, 5000)))},
			{"vnc.password", cred(g.s(alnum, 8))},
		}},
		{"remote_access", obj{
			{"vpn.gateway", netw("vpn-ot.plant3.example.net")},
			{"vpn.psk", cred(g.s(alnum+"!#%", 24))},
			{"teamviewer.id", dev(fmt.Sprintf("%d %03d %03d %03d", g.in(1, 1), g.n(1000), g.n(1000), g.n(1000)))},
			{"teamviewer.password", cred(g.s(lc+num, 6))},
		}},
		{"engineer", obj{
			{"name", cont(eng.full())},
			{"email", cont(g.email(eng))},
			{"phone", cont(one(g, g.phoneUK(), g.phoneDE(), g.phoneFR()))},
		}},
		{"process", obj{
			{"line.temp_c", decoy(round1(g.f(2, 85)))},
			{"line.pressure_bar", decoy(round2(g.f(1, 6)))},
			{"bottles_per_min", plain(g.in(120, 600))},
		}},
		{"findings", finds},
	}
}

func otFinding(g *rng, net string, vlan int, eng person) leaf {
	switch g.n(6) {
	case 0:
		return prose(p("Default credentials admin/"), p("admin", credCat), p(" accepted on HMI web UI."))
	case 1:
		return prose(p("Flat network: PLCs in "), p(net+".0/24", netCat), p(fmt.Sprintf(" reachable from office VLAN %d.", vlan+10), netCat))
	case 2:
		return prose(p("CPU firmware "), p("V2.8.3", deviceCat), p(" affected by SSA-"+g.s(num, 6)+", update pending."))
	case 3:
		return prose(p("Key for the control cabinet is held by "), p(eng.first, contactCat), p("."))
	case 4:
		return prose(p("Operator fainted near line 2 on night shift (heat), first aid given.", healthCat))
	}
	return prose(p("No change since last baseline."))
}

// callCentre: a European broadband-and-energy provider's call-centre
// export: call metadata, caller number, agent, speech-to-text segments in
// the caller's language, wrap-up notes, a signed recording link, QA scores.
func callCentre(g *rng) any {
	lang := one(g, "en", "es", "pt", "de", "fr")
	loc := map[string]string{"en": "en", "es": "es", "pt": "br", "de": "de", "fr": "fr"}[lang]
	c := g.personOf(loc)
	ag := g.personOf(loc)
	var phone string
	var ad string
	switch lang {
	case "en":
		phone = g.phoneUK()
		a := g.addrUK()
		ad = a.street + ", " + a.city + " " + a.zip
	case "es":
		phone = g.phoneES()
		a := g.addrES()
		ad = a.street + ", " + a.zip + " " + a.city
	case "pt":
		phone = g.phoneBR()
		a := g.addrBR()
		ad = a.street + ", " + a.zip + " " + a.city
	case "de":
		phone = g.phoneDE()
		a := g.addrDE()
		ad = a.street + ", " + a.zip + " " + a.city
	default:
		phone = g.phoneFR()
		a := g.addrFR()
		ad = a.street + ", " + a.zip + " " + a.city
	}
	segs := arr{}
	t := 0
	for _, s := range callSegments(g, lang, c, ag) {
		t += g.in(4, 40)
		segs = append(segs, obj{
			{"speaker", plain(s.who)},
			{"t", plain(t)},
			{"text", s.text},
		})
	}
	var addr leaf = null()
	if g.chance(70) {
		addr = cont(ad)
	}
	return obj{
		{"call_id", decoy(fmt.Sprintf("%d.%d", g.epoch(), g.in(1, 999)))},
		{"queue", plain(one(g, "broadband_tech", "energy_billing", "moves", "vulnerable_customers"))},
		{"started_at", decoy(g.iso())},
		{"duration_s", plain(g.in(60, 1900))},
		{"direction", plain("inbound")},
		{"ani", cont(phone)},
		{"language", plain(lang)},
		{"agent", obj{
			{"name", cont(ag.first + " " + ag.last[:1] + ".")},
			{"agent_id", decoy("AG" + g.s(num, 5))},
			{"site", plain(one(g, "Cardiff", "Lisboa", "Málaga", "Leipzig", "Casablanca"))},
		}},
		{"customer", obj{
			{"account_no", decoy(g.s(num, 10))},
			{"id_verified", decoy(g.chance(80))},
			{"name", cont(c.full())},
			{"address", addr},
			{"priority_register", decoy(g.chance(20))},
		}},
		{"segments", segs},
		{"wrap_up", obj{
			{"code", plain(one(g, "TECH_RESOLVED", "ENGINEER_BOOKED", "BILL_EXPLAINED", "PSR_ADDED"))},
			{"notes", wrapNote(g, c)},
		}},
		{"recording", obj{
			{"url", cred(g.signedURL("recordings.callcentre.example.com", fmt.Sprintf("%d/%s.opus", g.in(2023, 2024), g.s(hx, 24))))},
			{"sha256", decoy(g.sha256())},
			{"bytes", plain(g.in(200000, 9000000))},
		}},
		{"sentiment", decoy(round2(g.f(-1, 1)))},
		{"qa_score", decoy(g.in(40, 100))},
		{"pci_paused", decoy(g.chance(20))},
	}
}

type seg struct {
	who  string
	text leaf
}

func callSegments(g *rng, lang string, c, ag person) []seg {
	lan := g.lanPrefix()
	type tpl func() leaf
	var agentHi tpl
	var cust []tpl
	switch lang {
	case "es":
		agentHi = func() leaf {
			return prose(p("Buenos días, le atiende "), p(ag.first, contactCat), p(", ¿en qué puedo ayudarle?"))
		}
		cust = []tpl{
			func() leaf {
				return prose(p("La contraseña del wifi que pone detrás del router es "), p(g.passphrase(), credCat))
			},
			func() leaf {
				return prose(p("Mi madre depende de un concentrador de oxígeno, no nos pueden cortar la luz.", healthCat))
			},
			func() leaf {
				return prose(p("El router es un "), p("ZTE F6640", deviceCat), p(" y la luz LOS está en rojo."))
			},
			func() leaf { return prose(p("Sí, soy "), p(c.full(), contactCat), p(".")) },
			func() leaf { return prose(p("Vale, muchas gracias.")) },
		}
	case "pt":
		agentHi = func() leaf {
			return prose(p("Bom dia, meu nome é "), p(ag.first, contactCat), p(", com quem eu falo?"))
		}
		cust = []tpl{
			func() leaf { return prose(p("Meu e-mail é "), p(g.email(c), contactCat), p(".")) },
			func() leaf { return prose(p("O IP que aparece no roteador é "), p(g.lanIP(lan), netCat), p(".")) },
			func() leaf {
				return prose(p("Estou de repouso, fiz uma cirurgia no joelho e não posso descer.", healthCat))
			},
			func() leaf { return prose(p("É "), p(c.first, contactCat), p(", titular da conta.")) },
			func() leaf { return prose(p("Tá bom, obrigado.")) },
		}
	case "de":
		agentHi = func() leaf {
			return prose(p("Guten Tag, Sie sprechen mit "), p(ag.first+" "+ag.last, contactCat), p(", was kann ich für Sie tun?"))
		}
		cust = []tpl{
			func() leaf {
				return prose(p("Das WLAN heißt "), p(g.ssid(c), netCat), p(" und das Passwort ist "), p(g.passphrase(), credCat), p("."))
			},
			func() leaf {
				return prose(p("Seriennummer auf dem Aufkleber: "), p("S"+g.s(num, 12), deviceCat), p("."))
			},
			func() leaf { return prose(p("Ich bin Dialysepatient, das Gerät zu Hause braucht Strom.", healthCat)) },
			func() leaf { return prose(p("Mein Name ist "), p(c.full(), contactCat), p(".")) },
			func() leaf { return prose(p("Alles klar, danke.")) },
		}
	case "fr":
		agentHi = func() leaf { return prose(p("Bonjour, "), p(ag.first, contactCat), p(" à votre écoute.")) }
		cust = []tpl{
			func() leaf { return prose(p("Ma date de naissance c'est le "), p(g.dobFR(), contactCat), p(".")) },
			func() leaf {
				return prose(p("La box affiche l'adresse "), p(g.lanIP(lan), netCat), p(" mais plus d'internet."))
			},
			func() leaf { return prose(p("Je suis enceinte de 7 mois et sans chauffage depuis hier.", healthCat)) },
			func() leaf { return prose(p("C'est "), p(c.full(), contactCat), p(" à l'appareil.")) },
			func() leaf { return prose(p("D'accord, merci, bonne journée.")) },
		}
	default:
		agentHi = func() leaf {
			return prose(p("Thanks for calling, you're through to "), p(ag.first, contactCat), p(", can I take your name?"))
		}
		cust = []tpl{
			func() leaf {
				return prose(p("The hub's a "), p("Smart Hub 2", deviceCat), p(", serial "), p("+"+g.s(num, 6)+"+"+g.s(uc+num, 8), deviceCat), p("."))
			},
			func() leaf { return prose(p("My new number is "), p(g.phoneUK(), contactCat), p(".")) },
			func() leaf {
				return prose(p("I'm on home oxygen and I've got a stairlift, so I can't be without power.", healthCat))
			},
			func() leaf {
				return prose(p("It's "), p(c.full(), contactCat), p(", first line of the address is the same."))
			},
			func() leaf {
				return prose(p("The admin page at "), p("http://"+lan+".254", netCat), p(" asks for a password I never set."))
			},
			func() leaf { return prose(p("Lovely, thanks for your help.")) },
		}
	}
	out := []seg{{"agent", agentHi()}}
	for _, f := range some(g, g.in(2, 4), cust...) {
		out = append(out, seg{"customer", f()})
	}
	return out
}

func wrapNote(g *rng, c person) leaf {
	switch g.n(5) {
	case 0:
		return prose(p("Cust added to PSR (medical equipment), engineer visit booked.", healthCat))
	case 1:
		return prose(p("Line test OK, router reset to factory, new Wi-Fi key read out to cust."))
	case 2:
		return prose(p("Bill explained, no further action."))
	case 3:
		return prose(p("Call back "), p(c.first, contactCat), p(" tomorrow AM re refund."))
	}
	return prose(p("Moving home, new address given, final read to be sent by email to "), p(g.email(c), contactCat), p("."))
}
