package blindset15

import (
	"fmt"
	"strings"
	"time"
)

// dermN8n: a teledermatology clinic's intake automation, one n8n
// execution exported with its workflow and, from the same box, the
// decrypted credentials (`n8n export:credentials --decrypted`): the
// webhook's request (headers with the visitor's IP and browser, the intake
// form: patient, address, the lesion and its history, medications,
// allergies, pregnancy, uploaded photos with signed URLs and EXIF camera),
// the EHR node's answer (record id, triage), the SMS node's message, the
// header-auth rows of the HTTP node, and the credentials (EHR key, Twilio,
// SMTP, Postgres).
func dermN8n(r *rng) any {
	clinic := r.pick("clearskin", "dermaview", "molecheck", "skinsafe")
	dom := clinic + ".example"
	internal := clinic + ".internal"
	first, last := r.ukName()
	female := ukFemale(first)
	street, town, pc := r.ukAddr()
	apiKey := "ehr_live_" + r.alnum(32)
	twilioTok := r.hexs(32)
	twSid := "AC" + r.hexs(32)
	started := r.when(2024, 2024)

	photos := arr{}
	for k := 0; k < r.in(1, 3); k++ {
		w, h := 3024, 4032
		if r.chance(0.3) {
			w, h = 4032, 3024
		}
		name := fmt.Sprintf("IMG_%04d.%s", r.in(1000, 9999), r.pick("jpg", "HEIC"))
		photos = append(photos, obj{
			{"url", cred(fmt.Sprintf("https://uploads.%s/intake/%s/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%s%%2F20240514%%2Feu-west-2%%2Fs3%%2Faws4_request&X-Amz-Expires=604800&X-Amz-Signature=%s", dom, r.uuid(), name, r.upper(16), r.hexs(64)))},
			{"filename", plain(name)},
			{"width", decoy(w)},
			{"height", decoy(h)},
			{"sha256", decoy(r.sha256())},
			{"exif_model", dev(r.pick("iPhone 13", "iPhone 14 Pro", "SM-S911B", "Pixel 7a", "SM-A546B"))},
		})
	}

	body := obj{
		{"first_name", cont(first)},
		{"last_name", cont(last)},
		{"email", cont(r.mail(ascii(first) + "." + ascii(last)))},
		{"phone", cont(r.pick(r.ukMobile(), r.ukMobileIntl()))},
		{"dob", cont(r.day(1945, 2005))},
		{"sex_at_birth", sexOf(map[bool]string{true: "female", false: "male"}[female])},
		{"address_line1", cont(street)},
		{"city", cont(town)},
		{"postcode", cont(pc)},
		{"concern", dermConcern(r)},
		{"lesion_location", hlth(r.pick("left shoulder", "upper back", "right shin", "scalp", "left cheek", "sole of right foot")).clin()},
		{"duration", hlth(r.pick("3 months", "about a year", "6 weeks", "since childhood, changed recently")).clin()},
		{"fitzpatrick_type", hlth(r.pick("I", "II", "III", "IV", "V")).clin()},
		{"family_history_melanoma", hlth(r.chance(0.3)).clin()},
		{"current_medications", dermMeds(r)},
		{"allergies", hlth(r.allergy()).clin()},
		{"additional_info", r.pickProse(
			func() leaf {
				return prose(p("I "), p(r.pick("had a melanoma removed from my back in 2019", "am on immunosuppressants after a kidney transplant", "have eczema since childhood", "burn very easily and used sunbeds in my 20s"), healthC), p("."))
			},
			func() leaf { return prose(p("Happy to come in any weekday morning.")) },
			func() leaf {
				return prose(p("Please use my work email "), p(r.mail(ascii(first)+"."+ascii(last)+".work"), contactC), p(" for letters."))
			},
			func() leaf {
				return prose(p("Photos taken by my partner with the "), p(r.pick("iPhone 13", "Pixel 7a", "Galaxy S23"), devC), p(", hope they're clear enough."))
			},
		)},
		{"photos", photos},
		{"gp_practice", plain(r.pick("Kirkstall Health Centre", "Moorside Surgery", "Ilkley Moor Medical Practice", "Priory View Surgery"))},
		{"gp_name", cont("Dr " + r.pick(ukLast...))},
		{"consent_store_photos", plain(true)},
		{"referral_code", decoy(r.pick("SKIN10", "SPRING24", "NHSWAIT"))},
		{"utm_source", plain(r.pick("google", "facebook", "newsletter"))},
	}
	if female {
		body = append(body, field{"pregnant_or_breastfeeding", hlth(r.chance(0.15)).clin()})
	}

	xff := r.wanIP()
	webhookOut := obj{
		{"headers", obj{
			{"host", netw("n8n." + internal)},
			{"user-agent", dev(r.userAgent())},
			{"x-forwarded-for", netw(xff)},
			{"x-real-ip", netw(xff)},
			{"content-type", plain("application/json")},
			{"content-length", plain(fmt.Sprint(r.in(900, 4000)))},
		}},
		{"params", obj{}},
		{"query", obj{{"source", plain("website")}}},
		{"body", body},
	}

	run := func(out obj, ms int) arr {
		return arr{obj{
			{"startTime", plain(started.UnixMilli() + int64(r.in(0, 900)))},
			{"executionTime", plain(ms)},
			{"executionStatus", plain("success")},
			{"data", obj{{"main", arr{arr{obj{{"json", out}}}}}}},
		}}
	}

	prio := r.pick("2WW", "routine", "soon")
	triage := map[string]string{"2WW": "Suspected melanoma – urgent 2-week-wait referral", "routine": "Likely seborrhoeic keratosis, routine review", "soon": "Atypical naevus, dermatologist review within 4 weeks"}[prio]
	ehrOut := obj{
		{"id", decoy("pt_" + r.alnum(14))},
		{"mrn", decoy("DRM-" + r.digits(6))},
		{"created", plain(started.Format("2006-01-02T15:04:05Z"))},
		{"triage", obj{{"priority", hlth(prio).clin()}, {"suggested", hlth(triage).clin()}, {"model_version", decoy(r.pick("2.3.1", "2.4.0", "3.0.2"))}}},
	}
	code := r.digits(6)
	smsOut := obj{
		{"sid", decoy("SM" + r.hexs(32))},
		{"account_sid", decoy(twSid)},
		{"to", cont(r.ukE164())},
		{"from", plain(clinic)},
		{"body", r.pickProse(
			func() leaf {
				return prose(p("Hi "), p(first, contactC), p(", we've received your photos. Your portal code is "), p(code, credC), p(". Reply STOP to opt out."))
			},
			func() leaf {
				return prose(p("Hi "), p(first, contactC), p(", a dermatologist will review your photos within 48h. We'll text you a link to your results."))
			},
		)},
		{"status", plain("queued")},
		{"price", null()},
		{"num_segments", plain(fmt.Sprint(r.in(1, 2)))},
	}

	nodes := arr{
		obj{{"id", decoy(r.uuid())}, {"name", plain("Webhook")}, {"type", plain("n8n-nodes-base.webhook")}, {"typeVersion", decoy(2)}, {"position", arr{plain(240), plain(300)}}, {"parameters", obj{{"httpMethod", plain("POST")}, {"path", plain("derm-intake")}}}},
		obj{{"id", decoy(r.uuid())}, {"name", plain("EHR API")}, {"type", plain("n8n-nodes-base.httpRequest")}, {"typeVersion", decoy(4.2)}, {"position", arr{plain(460), plain(300)}}, {"parameters", obj{
			{"method", plain("POST")},
			{"url", netw("https://ehr." + internal + "/api/v2/patients")},
			{"sendHeaders", plain(true)},
			{"headerParameters", obj{{"parameters", arr{
				obj{{"name", plain("X-Api-Key").obf()}, {"value", cred(apiKey).obf()}},
				obj{{"name", plain("X-Clinic").obf()}, {"value", plain(clinic).obf()}},
			}}}},
		}}},
		obj{{"id", decoy(r.uuid())}, {"name", plain("Send SMS")}, {"type", plain("n8n-nodes-base.twilio")}, {"typeVersion", decoy(1)}, {"position", arr{plain(680), plain(300)}}, {"parameters", obj{{"from", plain(clinic)}, {"message", plain("=Hi {{ $json.body.first_name }}, we've received your photos.")}}}},
	}

	pgHost := r.lanIP()
	creds := arr{
		obj{{"id", decoy(fmt.Sprint(r.in(1, 40)))}, {"name", plain("EHR prod key")}, {"type", plain("httpHeaderAuth")}, {"data", obj{{"name", plain("X-Api-Key")}, {"value", cred(apiKey)}}}},
		obj{{"id", decoy(fmt.Sprint(r.in(1, 40)))}, {"name", plain("Twilio")}, {"type", plain("twilioApi")}, {"data", obj{{"accountSid", decoy(twSid)}, {"authToken", cred(twilioTok)}}}},
		obj{{"id", decoy(fmt.Sprint(r.in(1, 40)))}, {"name", plain("Clinic SMTP")}, {"type", plain("smtp")}, {"data", obj{{"user", cont("intake@" + dom)}, {"password", cred(r.alnum(16))}, {"host", netw("smtp." + internal)}, {"port", netw(465)}, {"secure", plain(true)}}}},
		obj{{"id", decoy(fmt.Sprint(r.in(1, 40)))}, {"name", plain("Postgres reporting")}, {"type", plain("postgres")}, {"data", obj{{"host", netw(pgHost)}, {"database", plain("reporting")}, {"user", cont("n8n_ro")}, {"password", cred(r.alnum(18))}, {"port", netw(5432)}, {"ssl", plain("disable")}}}},
	}
	if r.chance(0.5) {
		creds = append(creds, obj{{"id", decoy(fmt.Sprint(r.in(1, 40)))}, {"name", plain("Google Sheets – intake log")}, {"type", plain("googleSheetsOAuth2Api")}, {"data", obj{
			{"clientId", decoy(r.digits(12) + "-" + strings.ToLower(r.alnum(32)) + ".apps.googleusercontent.com")},
			{"clientSecret", cred("GOCSPX-" + r.b64(28))},
			{"oauthTokenData", obj{{"access_token", cred("ya29." + r.b64(120))}, {"refresh_token", cred("1//0" + r.b64(80))}, {"token_type", decoy("Bearer")}, {"expiry_date", plain(started.UnixMilli() + 3599000)}, {"scope", plain("https://www.googleapis.com/auth/spreadsheets")}}},
		}}})
	}

	return obj{
		{"id", decoy(fmt.Sprint(r.in(1000, 99999)))},
		{"finished", plain(true)},
		{"mode", plain("webhook")},
		{"status", plain("success")},
		{"startedAt", plain(started.Format("2006-01-02T15:04:05.000Z"))},
		{"stoppedAt", plain(started.Add(time.Duration(r.in(1, 4)) * time.Second).Format("2006-01-02T15:04:05.000Z"))},
		{"workflowId", decoy(r.alnum(16))},
		{"workflowData", obj{{"name", plain("New intake → EHR + SMS")}, {"active", plain(true)}, {"nodes", nodes}, {"settings", obj{{"executionOrder", plain("v1")}}}, {"versionId", decoy(r.uuid())}}},
		{"data", obj{{"resultData", obj{
			{"runData", obj{
				{"Webhook", run(webhookOut, r.in(0, 3))},
				{"EHR API", run(ehrOut, r.in(120, 900))},
				{"Send SMS", run(smsOut, r.in(200, 700))},
			}},
			{"lastNodeExecuted", plain("Send SMS")},
		}}}},
		{"credentials", creds},
		{"n8nVersion", decoy(r.pick("1.38.2", "1.42.1", "1.31.2"))},
	}
}

func dermConcern(r *rng) leaf {
	return r.pickProse(
		func() leaf {
			return prose(p(r.pick("Mole has changed colour and got bigger over 3 months, sometimes itchy and bleeds when I dry myself.", "Dark patch with uneven edges, my mum had melanoma so I'm worried.", "Crusty spot that won't heal, was treated for basal cell carcinoma before.", "Rash on both hands since starting a new job, cracked and weeping."), healthC))
		},
		func() leaf {
			return prose(p(r.pick("Red scaly plaques on elbows, diagnosed psoriasis 2019, current cream not working.", "Acne getting worse after stopping the pill.", "Itchy lump after a tick bite while hiking."), healthC), p(" Best to call me on "), p(r.ukMobile(), contactC), p(" after 5pm."))
		},
	)
}

func dermMeds(r *rng) leaf {
	if r.chance(0.25) {
		return hlth("none").clin()
	}
	return hlth(r.pick("Methotrexate 15 mg weekly", "Isotretinoin 20 mg", "Adalimumab 40 mg fortnightly", r.drug(), "Doxycycline 100 mg", "Hydrocortisone 1% cream")).clin()
}
