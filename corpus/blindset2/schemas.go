package blindset2

import (
	"fmt"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

type schema struct {
	name string
	gen  func(*gen) node
}

var schemas = []schema{
	{"climanest-thermostat", thermostat},
	{"saludya-telehealth", telehealth},
	{"netzwelle-isp", isp},
	{"pappaveloce-delivery", delivery},
	{"chu-admissions", admissions},
	{"stackpilot-saas", saas},
	{"pulsetrail-band-sync", bandSync},
	{"hotel-captive-portal", captivePortal},
	{"vigilo-camera-cloud", cameraCloud},
	{"bancoaurora-tickets", tickets},
	{"legacy-crm-dump", crmDump},
	{"pesafacil-scale", scale},
}

// thermostat: a smart-thermostat vendor's user + device export (camelCase).
func thermostat(g *gen) node {
	f, l := g.person()
	devs := arr{}
	rooms := []string{"Living Room", "Bedroom", "Nursery", "Office", "Hallway"}
	for i := 0; i < g.between(1, 3); i++ {
		wifi := obj{
			{"ssid", nl(g.ssid(l))},
			{"bssid", nl(g.mac())},
		}
		if g.IntN(2) == 0 {
			wifi = append(wifi, kv{"passphrase", cr(g.passphrase())})
		}
		devs = append(devs, obj{
			{"deviceId", di("tst-" + g.str(hexd, 12))},
			{"serialNumber", di("CN" + g.str(digits, 10))},
			{"model", di(pick(g, "CN-T6 Pro", "CN-T4", "CN-Sense Mini"))},
			{"firmwareVersion", di(g.ver(3))},
			{"hardwareRev", di(pick(g, "rev-B", "rev-C2", "HW3"))},
			{"nickname", di(pick(g, f+"'s ", "") + pick(g, rooms...))},
			{"macAddress", mac(g.mac())},
			{"wifi", wifi},
			{"lastSeen", di(g.ts())},
			{"currentTempC", pl(float64(g.between(160, 260)) / 10)},
			{"targetTempC", pl(float64(g.between(170, 230)) / 10)},
			{"humidityPct", pl(g.between(25, 65))},
			{"mode", dc(pick(g, "heat", "cool", "eco", "off"))},
			{"firmwareUpdateAvailable", dc(g.IntN(2) == 0)},
			{"scheduleCount", dc(g.IntN(12))},
		})
	}
	return obj{
		{"userId", dc(g.between(100000, 999999))},
		{"email", ct(g.email(f, l))},
		{"firstName", ct(f)},
		{"lastName", ct(l)},
		{"passwordHash", cr(g.bcrypt())},
		{"emailVerified", dc(true)},
		{"locale", dc(pick(g, "en-US", "de-DE", "es-ES", "fr-FR"))},
		{"temperatureUnit", dc(pick(g, "C", "F"))},
		{"home", obj{
			{"street", ct(fmt.Sprintf("%d %s", g.between(1, 300), pick(g, streets...)))},
			{"city", ct(pick(g, cities...))},
			{"postcode", ct(g.str(digits, 5))},
			{"timezone", dc(pick(g, "Europe/Berlin", "America/Chicago", "Europe/Madrid"))},
		}},
		{"devices", devs},
		{"createdAt", dc(g.ts())},
	}
}

// telehealth: a Brazilian/Portuguese telehealth app's appointments.
func telehealth(g *gen) node {
	f, l := g.person()
	mf, ml := g.person()
	meds := arr{}
	for i := 0; i < g.IntN(3); i++ {
		meds = append(meds, he(pick(g, "Losartana 50mg", "Metformina 850mg", "Ibuprofeno 400mg", "Sertralina 50mg", "Levotiroxina 75mcg")).L())
	}
	return obj{
		{"consulta_id", dc(g.uuid()).L()},
		{"agendado_para", dc(g.ts()).L()},
		{"status", dc(pick(g, "confirmada", "cancelada", "realizada"))},
		{"paciente", obj{
			{"nome_completo", ct(f + " " + l).L()},
			{"email", ct(g.email(f, l))},
			{"telefone", ct(g.phone()).L()},
			{"genero", gender(pick(g, "feminino", "masculino", "não-binário")).L()},
			{"idioma", dc(pick(g, "pt-BR", "pt-PT", "es-ES")).L()},
		}},
		{"medico", obj{
			{"nome", ct("Dr. " + mf + " " + ml).L()},
			{"especialidade_id", dc(g.between(1, 40)).L()},
		}},
		{"motivo", he(pick(g, "Dor de garganta e febre há 3 dias", "Renovação de receita para hipertensão", "Ansiedade e insônia nas últimas semanas", "Dor lombar após queda", "Controle de diabetes tipo 2")).F()},
		{"sinais_vitais", obj{
			{"pressao_arterial", he(fmt.Sprintf("%d/%d", g.between(105, 150), g.between(65, 95))).L()},
			{"frequencia_cardiaca", he(g.between(55, 110)).L()},
			{"spo2", he(g.between(92, 100))},
			{"peso_kg", he(float64(g.between(480, 1100)) / 10).L()},
			{"altura_cm", he(g.between(150, 195)).L()},
		}},
		{"medicamentos", meds},
		{"alergias", arr{he(pick(g, "penicilina", "dipirona", "nenhuma conhecida", "látex")).L()}},
		{"cid10", he(pick(g, "J02.9", "I10", "F41.1", "M54.5", "E11.9")).C()},
		{"videoRoom", obj{
			{"roomToken", cr(g.jwt())},
			{"joinUrl", cr("https://meet.example.com/r/" + g.str(lower, 10) + "?token=" + g.str(alnum, 32))},
			{"duracao_minutos", dc(pick(g, 15, 20, 30)).L()},
		}},
		{"valor_consulta", dc(float64(g.between(8000, 25000)) / 100).L()},
		{"pago", dc(g.IntN(2) == 0).L()},
	}
}

// isp: a German ISP's customer + router table.
func isp(g *gen) node {
	f, l := g.person()
	third := pick(g, 178, 1, 0, 2)
	base := fmt.Sprintf("192.168.%d", third)
	o := obj{
		{"kundennummer", dc("K" + g.str(digits, 9))},
		{"vorname", ct(f)},
		{"nachname", ct(l)},
		{"strasse", ct(fmt.Sprintf("%s %d", pick(g, streets...), g.between(1, 120)))},
		{"plz", ct(g.str(digits, 5))},
		{"ort", ct(pick(g, cities...))},
		{"telefon", ct(g.phone())},
		{"email", ct(g.email(f, l))},
		{"kundenportal_passwort", cr(g.passphrase())},
		{"tarif", dc(pick(g, "DSL 100", "Glasfaser 500", "Kabel 250"))},
		{"monatspreis", dc(float64(g.between(2999, 6999)) / 100)},
		{"vertragslaufzeit_monate", dc(pick(g, 12, 24))},
		{"router", obj{
			{"modell", di(pick(g, "FRITZ!Box 7590 AX", "Speedport Smart 4", "Vodafone Station"))},
			{"seriennummer", di(g.str(upper+digits, 14))},
			{"firmware", di(fmt.Sprintf("%d.%02d", g.between(6, 8), g.IntN(60)))},
			{"mac", mac(g.mac())},
			{"wan_ip", nl(g.pubIP())},
			{"lan_ip", nl(base + ".1")},
			{"subnetz", nl(base + ".0/24")},
			{"dhcp_bereich", nl(fmt.Sprintf("%s.20-%s.200", base, base))},
			{"dns_server", arr{nl(base + ".1"), nl(pick(g, "192.0.2.53", "198.51.100.53"))}},
			{"admin_url", nl("http://" + base + ".1")},
			{"offene_ports", arr{nl(pick(g, 80, 8080)), nl(443), nl(pick(g, 22, 3389, 5060))}},
			{"vlan_id", nl(pick(g, 7, 40, 132))},
			{"wlan_ssid", nl(g.ssid(l))},
			{"wlan_passwort", cr(g.str(digits, 4) + " " + g.str(digits, 4) + " " + g.str(digits, 4) + " " + g.str(digits, 4))},
			{"uptime_stunden", dc(g.IntN(5000))},
		}},
		{"angelegt_am", dc(g.ts())},
	}
	return hardAll(o, corpus.HardLanguage)
}

// delivery: an Italian food-delivery app's users and devices (snake_case, mixed).
func delivery(g *gen) node {
	f, l := g.person()
	devs := arr{}
	for i := 0; i < g.between(1, 2); i++ {
		ios := g.IntN(2) == 0
		model, osv := "Pixel 8", fmt.Sprintf("Android %d", g.between(12, 15))
		if ios {
			model, osv = pick(g, "iPhone14,5", "iPhone15,2", "iPhone16,1"), fmt.Sprintf("iOS 17.%d.%d", g.IntN(6), g.IntN(3))
		}
		devs = append(devs, obj{
			{"device_id", di(strings.ToUpper(g.uuid()))},
			{"device_model", di(model)},
			{"os_version", di(osv)},
			{"app_version", di(g.ver(3))},
			{"session_token", cr(g.str(alnum, 40))},
			{"ultimo_accesso", di(g.ts()).L()},
			{"notifiche_attive", dc(g.IntN(2) == 0).L()},
		})
	}
	note := pick(g, "Citofono rotto, chiamare il ", "Lasciare al portiere. Tel. ", "Call me when outside: ")
	ph := g.phone()
	return obj{
		{"user_id", dc(g.between(1, 9_999_999))},
		{"nome", ct(f).L()},
		{"cognome", ct(l).L()},
		{"email", ct(g.email(f, l))},
		{"cellulare", ct(g.phone()).L()},
		{"indirizzo", obj{
			{"via", ct(pick(g, streets...)).L()},
			{"civico", ct(fmt.Sprint(g.between(1, 200))).L()},
			{"cap", ct(g.str(digits, 5)).L()},
			{"citta", ct(pick(g, cities...)).L()},
			{"note_rider", ct(note + ph).F()},
		}},
		{"allergie", he(pick(g, "celiachia, senza glutine", "allergia alle arachidi", "intollerante al lattosio")).L()},
		{"devices", devs},
		{"ordini_totali", dc(g.IntN(300)).L()},
		{"ultimo_ordine", obj{
			{"order_id", dc("ORD-" + g.str(digits, 8))},
			{"totale_eur", dc(float64(g.between(900, 6500)) / 100).L()},
			{"peso_pacco_kg", dc(float64(g.between(5, 60)) / 10).L()},
			{"stato", dc(pick(g, "consegnato", "annullato", "in_consegna")).L()},
			{"created_at", dc(g.ts())},
		}},
		{"promo_code", dc(pick(g, "ESTATE10", "WELCOME5", "PIZZA2X1"))},
	}
}

// admissions: a French hospital's admissions export (PascalCase + French).
func admissions(g *gen) node {
	f, l := g.person()
	df, dl := g.person()
	diags := arr{}
	for i := 0; i < g.between(1, 3); i++ {
		c := pick(g, [2]string{"I21.4", "Infarctus sous-endocardique"}, [2]string{"J18.9", "Pneumopathie, sans précision"}, [2]string{"E11.9", "Diabète de type 2"}, [2]string{"O80", "Accouchement unique et spontané"}, [2]string{"S72.0", "Fracture du col du fémur"})
		diags = append(diags, obj{
			{"CodeCIM10", he(c[0]).C()},
			{"Libelle", he(c[1]).C()},
			{"Principal", dc(i == 0).L()},
		})
	}
	return obj{
		{"IdSejour", dc(g.str(digits, 10)).L()},
		{"DateEntree", dc(g.ts()).L()},
		{"DateSortie", dc(g.ts()).L()},
		{"Patient", obj{
			{"Nom", ct(l).L()},
			{"Prenom", ct(f).L()},
			{"Sexe", gender(pick(g, "F", "M")).L()},
			{"Telephone", ct(g.phone()).L()},
			{"Adresse", ct(fmt.Sprintf("%d %s, %s %s", g.between(1, 90), pick(g, streets...), g.str(digits, 5), pick(g, cities...))).L()},
		}},
		{"MedecinTraitant", ct("Dr " + df + " " + dl).L()},
		{"Chambre", dc(fmt.Sprintf("%d%02d", g.between(1, 6), g.between(1, 40))).L()},
		{"Diagnostics", diags},
		{"GroupeSanguin", he(pick(g, "A+", "O-", "B+", "AB+", "O+")).C()},
		{"Allergies", arr{he(pick(g, "Pénicilline", "Iode", "Aucune connue")).C()}},
		{"Traitements", arr{he(pick(g, "Bisoprolol 2,5 mg", "Insuline glargine 20 UI", "Paracétamol 1 g x3/j")).C()}},
		{"TailleCm", he(g.between(150, 195)).C()},
		{"PoidsKg", he(float64(g.between(450, 1200)) / 10).C()},
		{"IMC", he(float64(g.between(180, 360)) / 10).C()},
		{"TensionArterielle", he(fmt.Sprintf("%d/%d", g.between(100, 170), g.between(60, 100))).C()},
		{"Enceinte", he(g.IntN(6) == 0).C()},
		{"ObservationsInfirmieres", he(pick(g, "Patiente douloureuse, EVA 6/10, glycémie 2,1 g/L à 6h.", "Dyspnée à l'effort, SpO2 91% en air ambiant.", "Sommeil agité, nausées après traitement.")).F()},
		{"VersionSchema", dc("3.2.0.1").L()},
	}
}

// saas: a developer SaaS's org export with API keys and sessions.
func saas(g *gen) node {
	users := arr{}
	for i := 0; i < g.between(1, 3); i++ {
		f, l := g.person()
		keys := arr{}
		for j := 0; j < g.between(1, 2); j++ {
			keys = append(keys, obj{
				{"key_id", dc("key_" + g.str(alnum, 10))},
				{"name", dc(pick(g, "ci-deploy", "local dev", "terraform"))},
				{"secret", cr(pick(g, "sk_live_", "sk_test_") + g.str(alnum, 32))},
				{"scopes", arr{dc("read"), dc(pick(g, "write", "admin", "billing"))}},
				{"created_at", dc(g.ts())},
				{"token_count", dc(g.IntN(2000))},
			})
		}
		sess := arr{}
		for j := 0; j < g.between(1, 2); j++ {
			sess = append(sess, obj{
				{"sid", cr(g.str(hexd, 48))},
				{"cookie", cr("__Host-sp_session=" + g.str(b64u, 40))},
				{"ip", nl(g.pubIP())},
				{"access_token", cr(g.jwt())},
				{"refresh_token", cr("rt_" + g.str(alnum, 40))},
				{"token_type", dc("Bearer")},
				{"expires_in", dc(3600)},
				{"started_at", dc(g.epoch())},
			})
		}
		users = append(users, obj{
			{"id", dc(g.between(1, 500000))},
			{"username", ct(g.handle(f))},
			{"display_name", ct(f + " " + l)},
			{"email", ct(g.email(f, l))},
			{"password", cr(g.argon())},
			{"totp_secret", cr(g.str(b32, 32))},
			{"mfa_enabled", dc(true)},
			{"role", dc(pick(g, "owner", "admin", "member"))},
			{"api_keys", keys},
			{"sessions", sess},
		})
	}
	return obj{
		{"org_id", dc("org_" + g.str(alnum, 14))},
		{"org_slug", dc(pick(g, "acme-labs", "blue-yak", "nordwind"))},
		{"plan", dc(pick(g, "free", "team", "enterprise"))},
		{"password_min_length", dc(pick(g, 8, 12, 14))},
		{"users", users},
		{"integrations", obj{
			{"aws", obj{
				{"access_key_id", cr("AKIA" + g.str(upper+"234567", 16))},
				{"secret_access_key", cr(g.str(alnum+"+/", 40))},
				{"region", dc(pick(g, "eu-west-1", "us-east-2"))},
			}},
			{"github_token", cr("ghp_" + g.str(alnum, 36))},
			{"slack_bot_token", cr(fmt.Sprintf("xoxb-%s-%s-%s", g.str(digits, 11), g.str(digits, 13), g.str(alnum, 24)))},
			{"webhook_signing_secret", cr("whsec_" + g.str(alnum, 32))},
			{"deploy_key", cr("-----BEGIN OPENSSH PRIVATE KEY-----\n" + g.str(alnum+"+/", 64) + "\n-----END OPENSSH PRIVATE KEY-----")},
			{"db_host", nl(pick(g, "pg-primary", "db-02", "replica-1") + ".prod.internal")},
		}},
		{"api_version", dc("2024.10.1.3")},
	}
}

// bandSync: a fitness band's sync log (Portuguese + English camel/snake).
func bandSync(g *gen) node {
	f, l := g.person()
	samples := arr{}
	for i := 0; i < g.between(2, 4); i++ {
		samples = append(samples, obj{
			{"t", dc(g.epoch())},
			{"hr", he(g.between(52, 165))},
			{"spo2", he(g.between(90, 100))},
			{"passos", he(g.IntN(1800)).L()},
		})
	}
	return obj{
		{"syncId", dc(g.uuid())},
		{"syncedAt", dc(g.ts())},
		{"user", obj{
			{"handle", ct("@" + g.handle(f))},
			{"email", ct(g.email(f, l))},
			{"avatarUrl", ct("https://cdn.example.com/avatars/" + g.str(hexd, 16) + ".jpg")},
		}},
		{"perfil", obj{
			{"altura_cm", he(g.between(150, 200)).L()},
			{"peso_kg", he(float64(g.between(480, 1200)) / 10).L()},
			{"gordura_corporal_pct", he(float64(g.between(90, 380)) / 10).L()},
			{"sexo", gender(pick(g, "F", "M", "X")).L()},
		}},
		{"band", obj{
			{"model", di(pick(g, "PulseTrail Band 3", "PulseTrail Loop", "PT-Band 2S"))},
			{"serial", di("PT" + g.str(upper+digits, 10))},
			{"fw", di(g.ver(3))},
			{"btMac", mac(g.mac())},
			{"batteryPct", dc(g.IntN(101))},
			{"phoneOs", di(pick(g, "Android 14", "iOS 17.5.1", "HarmonyOS 4.0"))},
			{"appVersion", di(g.ver(3))},
			{"lastSync", di(g.ts())},
		}},
		{"samples", samples},
		{"sampleCount", dc(g.between(2, 4))},
		{"sono", obj{
			{"total_min", he(g.between(240, 560)).L()},
			{"profundo_min", he(g.between(30, 140)).L()},
			{"despertares", he(g.IntN(8)).L()},
		}},
		{"nutrition", obj{
			{"kcal_in", he(g.between(1200, 3500))},
			{"protein_g", he(g.between(30, 180))},
		}},
		{"chartHeightPx", dc(pick(g, 240, 320))},
		{"googleFit", obj{
			{"access_token", cr("ya29." + g.str(b64u, 60))},
			{"refresh_token", cr("1//0" + g.str(b64u, 40))},
			{"token_type", dc("Bearer")},
			{"scope", dc("https://www.googleapis.com/auth/fitness.activity.write")},
		}},
	}
}

// captivePortal: a hotel Wi-Fi captive portal log (kebab-case).
func captivePortal(g *gen) node {
	f, l := g.person()
	return obj{
		{"event-id", dc(g.str(digits, 12))},
		{"event-time", dc(g.ts())},
		{"event-type", dc(pick(g, "login", "renew", "logout"))},
		{"guest", obj{
			{"last-name", ct(l)},
			{"first-name", ct(f)},
			{"email", ct(g.email(f, l))},
			{"marketing-opt-in", dc(g.IntN(2) == 0)},
			{"loyalty-tier", dc(pick(g, "silver", "gold", "none"))},
		}},
		{"voucher-code", cr(g.str(upper+digits, 8))},
		{"client-mac", mac(g.mac())},
		{"client-ip", nl(fmt.Sprintf("10.%d.%d.%d", g.between(20, 40), g.IntN(256), g.between(2, 254)))},
		{"device-type", di(pick(g, "smartphone", "laptop", "tablet"))},
		{"client-os", di(pick(g, "Android 14", "iOS 17.4", "Windows 11", "macOS 14.5"))},
		{"ap-name", nl(fmt.Sprintf("ap-%df-%s.hq.internal", g.between(1, 9), pick(g, "east", "west", "lobby")))},
		{"ap-bssid", nl(g.mac())},
		{"ssid", nl(pick(g, "HotelMiramar-Guest", "Miramar_Free_WiFi", "Miramar-Conference"))},
		{"vlan", nl(pick(g, 110, 120, 300))},
		{"gateway", nl("10.20.0.1")},
		{"nas-ip", nl(g.privIP())},
		{"dhcp-lease-seconds", dc(pick(g, 3600, 86400))},
		{"bytes-up", dc(g.IntN(1 << 28))},
		{"bytes-down", dc(g.IntN(1 << 30))},
		{"portal-version", dc(fmt.Sprintf("3.%d.0.%d", g.IntN(9), g.between(1, 250)))},
		{"session-timeout-min", dc(pick(g, 60, 1440))},
	}
}

// cameraCloud: a home-security camera cloud account export.
func cameraCloud(g *gen) node {
	f, l := g.person()
	cams := arr{}
	for i := 0; i < g.between(1, 3); i++ {
		ip := fmt.Sprintf("192.168.1.%d", g.between(20, 250))
		pw := g.str(alnum, 10)
		cams = append(cams, obj{
			{"camera_id", di("CAM" + g.str(upper+digits, 12))},
			{"nickname", di(pick(g, "Front Door", "Baby Monitor", l+" Garage", "Backyard", "Kid's Room"))},
			{"model", di(pick(g, "Vigilo Cam v3", "VG-Doorbell Pro", "VG-Outdoor 2K"))},
			{"firmware_ver", di(g.ver(4))},
			{"mac", mac(g.mac())},
			{"local_ip", nl(ip)},
			{"rtsp_url", lab("rtsp://admin:"+pw+"@"+ip+":554/stream1", corpus.Credential, corpus.NetworkLayout)},
			{"last_online", di(g.ts())},
			{"online", dc(g.IntN(2) == 0)},
			{"night_vision", dc(g.IntN(2) == 0)},
			{"motion_events_24h", dc(g.IntN(80))},
			{"last_snapshot", obj{
				{"taken_at", dc(g.ts())},
				{"width_px", dc(1920)},
				{"height_px", dc(1080)},
				{"size_bytes", dc(g.between(80000, 400000))},
			}},
		})
	}
	shared := arr{}
	for i := 0; i < g.IntN(3); i++ {
		sf, sl := g.person()
		shared = append(shared, ct(g.email(sf, sl)))
	}
	return obj{
		{"account", obj{
			{"account_id", dc(g.between(1, 1<<30))},
			{"owner_name", ct(f + " " + l)},
			{"email", ct(g.email(f, l))},
			{"phone", ct(g.phone())},
			{"password", cr(g.str(hexd, 32))},
			{"security_answer", cr(pick(g, "Fluffy", "Rex", "Lisbon", "blue"))},
			{"subscription", dc(pick(g, "basic", "plus", "pro"))},
		}},
		{"cameras", cams},
		{"shared_with", shared},
		{"camera_count", dc(len(cams))},
		{"home_wifi", obj{
			{"ssid", nl(g.ssid(l))},
			{"psk", cr(g.passphrase())},
		}},
	}
}

// tickets: a bank-like support ticket export with free text.
func tickets(g *gen) node {
	f, l := g.person()
	af, al := g.person()
	msgs := arr{}
	for i := 0; i < g.between(1, 3); i++ {
		msgs = append(msgs, obj{
			{"from", dc(pick(g, "customer", "agent"))},
			{"sent_at", dc(g.ts())},
			{"body", ticketBody(g, f, l)},
		})
	}
	return obj{
		{"ticket_id", dc("TCK-" + g.str(digits, 7))},
		{"opened_at", dc(g.ts())},
		{"channel", dc(pick(g, "chat", "email", "phone"))},
		{"priority", dc(pick(g, "P1", "P2", "P3"))},
		{"customer", obj{
			{"full_name", ct(f + " " + l)},
			{"email", ct(g.email(f, l))},
			{"mobile", ct(g.phone())},
			{"segment", dc(pick(g, "retail", "premium"))},
		}},
		{"assigned_agent", ct(af + " " + al)},
		{"subject", dc(pick(g, "Card blocked", "Login problem", "Disputed transaction", "Change of contact details"))},
		{"amount_disputed", dc(float64(g.IntN(200000)) / 100)},
		{"messages", msgs},
		{"message_count", dc(len(msgs))},
		{"csat", dc(g.between(1, 5))},
	}
}

func ticketBody(g *gen, f, l string) leaf {
	parts := []string{}
	var cats []string
	add := func(s string, c string) {
		parts = append(parts, s)
		for _, x := range cats {
			if x == c {
				return
			}
		}
		cats = append(cats, c)
	}
	parts = append(parts, pick(g, "Hello,", "Hi team,", "Buenos días,", "Good afternoon,"))
	if g.IntN(2) == 0 {
		add("please call me back on "+g.phone()+".", corpus.Contact)
	}
	if g.IntN(3) == 0 {
		add("My new e-mail is "+g.email(f, l)+".", corpus.Contact)
	}
	if g.IntN(3) == 0 {
		add("I was logged in from "+g.pubIP()+" at home, not abroad.", corpus.NetworkLayout)
	}
	if g.IntN(4) == 0 {
		add("Before the reset my password was "+g.passphrase()+", is that why?", corpus.Credential)
	}
	if g.IntN(4) == 0 {
		add("I was in hospital for my "+pick(g, "chemotherapy", "heart surgery", "pregnancy")+" so I missed the payment.", corpus.Health)
	}
	if len(cats) == 0 {
		parts = append(parts, pick(g, "the card arrived, the ticket can be closed.", "thanks for the quick help with the transfer of 120 EUR.", "I still see 3 pending transactions on my statement."))
	}
	return lab(strings.Join(parts, " "), cats...).F()
}

// crmDump: a legacy CRM dump with obfuscated column names and key/value rows.
func crmDump(g *gen) node {
	rows := arr{}
	for i := 0; i < g.between(1, 3); i++ {
		f, l := g.person()
		attrs := arr{}
		kinds := []struct {
			k string
			v func() leaf
		}{
			{"attr_1", func() leaf { return ct(g.phone()).O() }},
			{"attr_3", func() leaf { return nl(g.privIP() + "/" + fmt.Sprint(pick(g, 16, 24))).O() }},
			{"attr_7", func() leaf { return cr("Atza|" + g.str(b64u, 60)).O() }},
			{"attr_9", func() leaf { return dc(g.IntN(1000)).O() }},
			{"attr_12", func() leaf { return he(pick(g, "I10", "E66.0", "F32.1")).O() }},
		}
		for _, j := range g.Perm(len(kinds))[:g.between(1, 3)] {
			attrs = append(attrs, obj{{"k", dc(kinds[j].k).O()}, {"v", kinds[j].v()}})
		}
		rows = append(rows, obj{
			{"f1", dc(g.between(1, 1<<24)).O()},
			{"f2", ct(g.email(f, l)).O()},
			{"f3", ct(f + " " + l).O()},
			{"f4", nl(g.pubIP()).O()},
			{"f5", dc(g.ts()).O()},
			{"f6", cr(g.bcrypt()).O()},
			{"f7", mac(g.mac()).O()},
			{"f8", cr("AKIA" + g.str(upper+"234567", 16)).O()},
			{"f9", dc(pick(g, 0, 1)).O()},
			{"attrs", attrs},
		})
	}
	return obj{
		{"dump", dc("crm_v2")},
		{"exported", dc(g.epoch())},
		{"rows", rows},
	}
}

// scale: a Spanish smart-scale vendor's user + measurements export.
func scale(g *gen) node {
	f, l := g.person()
	meds := arr{}
	for i := 0; i < g.between(1, 3); i++ {
		meds = append(meds, obj{
			{"fecha", dc(g.ts())},
			{"peso", he(float64(g.between(450, 1300)) / 10)},
			{"imc", he(float64(g.between(180, 380)) / 10)},
			{"grasaCorporal", he(float64(g.between(80, 400)) / 10)},
			{"masaOsea", he(float64(g.between(20, 40)) / 10)},
			{"masaMuscular", he(float64(g.between(300, 700)) / 10)},
			{"aguaPct", he(float64(g.between(450, 650)) / 10)},
			{"frecuenciaCardiaca", he(g.between(55, 100))},
		})
	}
	o := obj{
		{"idUsuario", dc(g.between(1, 1<<24))},
		{"nombreUsuario", ct(g.handle(f))},
		{"nombre", ct(f + " " + l)},
		{"correo", ct(g.email(f, l))},
		{"contrasena", cr(g.str(hexd, 40))},
		{"sexo", gender(pick(g, "mujer", "hombre"))},
		{"estaturaCm", he(g.between(150, 200))},
		{"unidad", dc(pick(g, "kg", "lb"))},
		{"bascula", obj{
			{"modelo", di(pick(g, "PesaFácil S2", "PesaFácil Body+", "PF-Smart 4"))},
			{"numeroSerie", di(g.str(upper+digits, 12))},
			{"versionFirmware", di(g.ver(3))},
			{"direccionMac", mac(g.mac())},
			{"ultimaConexion", di(g.ts())},
			{"pilaBaja", dc(g.IntN(2) == 0)},
		}},
		{"mediciones", meds},
		{"totalMediciones", dc(len(meds))},
		{"idioma", dc("es-ES")},
	}
	return hardAll(o, corpus.HardLanguage)
}
