package blindset16

import (
	"fmt"
	"strings"
)

// imagingPostman: an outpatient MRI and CT centre's integration team
// exported its Postman collection (v2.1) for the RIS API together with the
// production environment, and attached both to a vendor ticket.
func imagingPostman(r *rng) any {
	orgs := []struct{ name, slug, site string }{
		{"Northgate Imaging", "northgate", "NGI"}, {"Severn Vale Diagnostics", "svd", "SVD"},
		{"Taff MRI Centre", "taffmri", "TMC"}, {"Harbourside Scanning", "harbourside", "HBS"},
	}
	org := orgs[r.IntN(len(orgs))]
	l := r.lan()
	risHost := fmt.Sprintf("ris-api.%s.internal", org.slug)
	pacsIP := l.host(r.in(10, 60))
	dev1 := r.english()
	devEmail := r.email(dev1.first, dev1.last)
	site := fmt.Sprintf("%s-%02d", org.site, r.in(1, 4))
	exported := r.when()

	hdr := func(k string, v leaf) any { return obfuscated(obj{{"key", plain(k)}, {"value", v}}) }
	query := func(k string, v leaf) any { return obfuscated(obj{{"key", plain(k)}, {"value", v}}) }

	// a patient the examples were run against
	pt := r.english()
	dob := day(r.birth(1940, 2004))
	weight := r.in(48, 131)
	exam := r.pick("MRI lumbar spine", "MRI brain with contrast", "CT abdomen/pelvis", "MRI left knee", "MRI prostate (mpMRI)", "CT coronary angiogram", "MRI cervical spine")
	ref := r.english()
	screening := obj{
		{"pacemaker", hlth(r.chance(0.05))},
		{"metalImplants", hlth(r.pick("none", "none", "titanium hip (2019)", "cochlear implant – MR conditional", "aneurysm clip"))},
		{"weightKg", hlth(weight)},
		{"eGFR", hlth(r.in(38, 110))},
		{"claustrophobia", hlth(r.chance(0.2))},
		{"pregnant", hlth(false)},
		{"contrastAllergy", hlth(r.chance(0.08))},
	}
	booking := obj{
		{"patient", obj{
			{"firstName", cont(pt.first)},
			{"lastName", cont(pt.last)},
			{"dob", cont(dob)},
			{"phone", cont(r.ukMobile())},
			{"email", cont(r.email(pt.first, pt.last))},
		}},
		{"exam", hlth(exam)},
		{"site", plain(site)},
		{"slot", plain(iso(after(exported, r.in(1440, 20000))))},
		{"screening", screening},
		{"referrer", cont("Dr " + ref.full())},
		{"clinicalQuestion", hlth(r.pick("?disc prolapse L4/5, radiculopathy", "headaches, ?space-occupying lesion", "PSA 7.2, ?malignancy", "knee locking, ?meniscal tear", "atypical chest pain, calcium score"))},
	}

	evt := func(listen string, lines ...leaf) any {
		var exec arr
		for _, ln := range lines {
			exec = append(exec, ln)
		}
		return obj{{"listen", plain(listen)}, {"script", obj{{"id", decoy(r.uuid())}, {"type", plain("text/javascript")}, {"exec", exec}}}}
	}

	// Auth folder
	var tokenBody arr
	secretInline := r.chance(0.35)
	clientSecret := r.alnum(40)
	if secretInline {
		tokenBody = arr{
			query("grant_type", plain("client_credentials")),
			query("client_id", decoy(strings.ToLower(org.site)+"-postman")),
			query("client_secret", cred(clientSecret)),
		}
	} else {
		tokenBody = arr{
			query("grant_type", plain("client_credentials")),
			query("client_id", plain("{{client_id}}")),
			query("client_secret", decoy("{{client_secret}}")),
		}
	}
	accessToken := r.jwt("https://auth." + org.slug + ".internal")
	authFolder := obj{
		{"name", plain("Auth")},
		{"item", arr{obj{
			{"id", decoy(r.uuid())},
			{"name", plain("Get token")},
			{"event", arr{evt("test",
				plain("pm.test(\"Status code is 200\", function () { pm.response.to.have.status(200); });"),
				plain("pm.environment.set(\"access_token\", pm.response.json().access_token);"))}},
			{"request", obj{
				{"method", plain("POST")},
				{"header", arr{}},
				{"body", obj{{"mode", plain("urlencoded")}, {"urlencoded", tokenBody}}},
				{"url", obj{{"raw", plain("{{authUrl}}/oauth/token")}, {"host", arr{plain("{{authUrl}}")}}, {"path", arr{plain("oauth"), plain("token")}}}},
			}},
			{"response", arr{obj{
				{"name", plain("200 token")},
				{"status", plain("OK")},
				{"code", plain(200)},
				{"_postman_previewlanguage", plain("json")},
				{"header", arr{hdr("Server", decoy("nginx/1."+fmt.Sprint(r.in(18, 26))+"."+fmt.Sprint(r.in(0, 3))))}},
				{"body", embed(obj{{"access_token", cred(accessToken)}, {"token_type", decoy("Bearer")}, {"expires_in", plain(3600)}, {"scope", plain("ris.read ris.write")}}).obf()},
			}}},
		}}},
	}

	// Patients folder
	createRaw := "{{baseUrl}}/appointments?site=" + site
	patientsItems := arr{
		obj{
			{"id", decoy(r.uuid())},
			{"name", plain("Search patient")},
			{"request", obj{
				{"method", plain("GET")},
				{"header", arr{hdr("Accept", plain("application/json")), hdr("X-Site-Id", plain(site))}},
				{"url", obj{
					{"raw", joined(p("{{baseUrl}}/patients?surname="), p(pt.last, contactC), p("&dob="), p(dob, contactC))},
					{"host", arr{plain("{{baseUrl}}")}},
					{"path", arr{plain("patients")}},
					{"query", arr{query("surname", cont(pt.last)), query("dob", cont(dob))}},
				}},
			}},
			{"response", arr{obj{
				{"name", plain("200 found")},
				{"status", plain("OK")},
				{"code", plain(200)},
				{"header", arr{hdr("Content-Type", plain("application/json")), hdr("X-Request-Id", decoy(r.uuid())), hdr("Set-Cookie", cred("AWSALB="+r.b64(60)+"; Path=/"))}},
				{"body", embed(obj{{"total", plain(1)}, {"results", arr{obj{
					{"mrn", decoy(org.site + r.digits(7))},
					{"name", cont(pt.full())},
					{"dob", cont(dob)},
					{"address", cont(r.ukAddress().oneLine())},
					{"gp", cont("Dr " + r.english().full())},
					{"alerts", arr{hlth(r.pick("eGFR < 45 – check before contrast", "needle phobia", "previous gadolinium reaction", "hearing impaired – needs BSL interpreter"))}},
				}}}}).obf()},
			}}},
		},
		obj{
			{"id", decoy(r.uuid())},
			{"name", plain("Create MRI booking")},
			{"event", arr{evt("prerequest", plain("pm.environment.set('ts', Date.now());"))}},
			{"request", obj{
				{"method", plain("POST")},
				{"header", arr{hdr("Content-Type", plain("application/json"))}},
				{"body", obj{{"mode", plain("raw")}, {"raw", embed(booking).obf()}, {"options", obj{{"raw", obj{{"language", plain("json")}}}}}}},
				{"url", obj{{"raw", plain(createRaw)}, {"host", arr{plain("{{baseUrl}}")}}, {"path", arr{plain("appointments")}}, {"query", arr{query("site", plain(site))}}}},
			}},
			{"response", arr{}},
		},
		obj{
			{"id", decoy(r.uuid())},
			{"name", plain("Upload referral")},
			{"request", obj{
				{"method", plain("POST")},
				{"header", arr{}},
				{"body", obj{{"mode", plain("formdata")}, {"formdata", arr{
					obfuscated(obj{{"key", plain("file")}, {"type", plain("file")}, {"src", joined(p("/Users/"+strings.ToLower(dev1.first)+"/Downloads/referral_"), p(pt.last+"_"+pt.first, contactC), p("_"), p(strings.ReplaceAll(strings.ToLower(exam), " ", "_"), healthC), p(".pdf"))}}),
					obfuscated(obj{{"key", plain("category")}, {"value", plain("referral")}, {"type", plain("text")}}),
				}}}},
				{"url", obj{{"raw", plain("{{baseUrl}}/documents")}, {"host", arr{plain("{{baseUrl}}")}}, {"path", arr{plain("documents")}}}},
			}},
			{"response", arr{}},
		},
	}

	// PACS folder, hard-coded to the Orthanc box
	ipParts := strings.Split(pacsIP, ".")
	var hostArr arr
	for _, part := range ipParts {
		hostArr = append(hostArr, netw(part))
	}
	pacsUser := r.pick("orthanc", "pacsadmin", "ris-bridge")
	pacsPass := r.password()
	pacsItem := obj{
		{"id", decoy(r.uuid())},
		{"name", plain("Orthanc find studies")},
		{"request", obj{
			{"auth", obj{{"type", plain("basic")}, {"basic", arr{
				obfuscated(obj{{"key", plain("password")}, {"value", cred(pacsPass)}, {"type", plain("string")}}),
				obfuscated(obj{{"key", plain("username")}, {"value", cont(pacsUser)}, {"type", plain("string")}}),
			}}}},
			{"method", plain("POST")},
			{"header", arr{}},
			{"body", obj{{"mode", plain("raw")}, {"raw", embed(obj{{"Level", plain("Study")}, {"Query", obj{{"PatientName", cont(strings.ToUpper(pt.last) + "^" + strings.ToUpper(pt.first))}, {"ModalitiesInStudy", plain("MR")}}}}).obf()}}},
			{"url", obj{
				{"raw", netw(fmt.Sprintf("http://%s:8042/tools/find", pacsIP))},
				{"protocol", plain("http")},
				{"host", hostArr},
				{"port", netw("8042")},
				{"path", arr{plain("tools"), plain("find")}},
			}},
		}},
		{"response", arr{}},
	}

	var desc leaf
	switch r.IntN(3) {
	case 0:
		desc = prose(p("Internal RIS endpoints. Ask "), p(dev1.first, contactC), p(" ("), p(devEmail, contactC), p(") for prod credentials."))
	case 1:
		desc = prose(p("Use the UAT environment for testing; prod PACS is "), p(pacsIP, netC), p(", do not run the find against it in clinic hours."))
	default:
		desc = prose(p("Collection for the RIS v2 API. Examples were captured from UAT with dummy data."))
	}

	var collAuth any
	if r.chance(0.3) {
		collAuth = obj{{"type", plain("bearer")}, {"bearer", arr{obfuscated(obj{{"key", plain("token")}, {"value", cred(accessToken)}, {"type", plain("string")}})}}}
	} else {
		collAuth = obj{{"type", plain("bearer")}, {"bearer", arr{obfuscated(obj{{"key", plain("token")}, {"value", decoy("{{access_token}}")}, {"type", plain("string")}})}}}
	}

	collection := obj{
		{"info", obj{
			{"_postman_id", decoy(r.uuid())},
			{"name", plain(org.name + " – RIS API")},
			{"description", desc},
			{"schema", plain("https://schema.getpostman.com/json/collection/v2.1.0/collection.json")},
			{"_exporter_id", decoy(r.digits(8))},
			{"_collection_link", plain("https://go.postman.co/collection/" + r.digits(8) + "-" + r.uuid())},
		}},
		{"item", arr{authFolder, obj{{"name", plain("Patients")}, {"item", patientsItems}}, obj{{"name", plain("PACS")}, {"item", arr{pacsItem}}}}},
		{"auth", collAuth},
		{"variable", arr{
			obfuscated(obj{{"key", plain("apiVersion")}, {"value", decoy("v2")}, {"type", plain("string")}}),
		}},
	}

	envVal := func(k string, v leaf, typ string) any {
		return obfuscated(obj{{"key", plain(k)}, {"value", v}, {"type", plain(typ)}, {"enabled", plain(true)}})
	}
	smtpUser := r.pick("ris-alerts", "noreply-ris", "reporting")
	env := obj{
		{"id", decoy(r.uuid())},
		{"name", plain(org.site + " prod")},
		{"values", arr{
			envVal("baseUrl", netw("https://"+risHost+"/v2"), "default"),
			envVal("authUrl", netw(fmt.Sprintf("https://%s:8443", l.host(r.in(61, 90)))), "default"),
			envVal("client_id", decoy(strings.ToLower(org.site)+"-postman"), "default"),
			envVal("client_secret", cred(clientSecret), "secret"),
			envVal("access_token", cred(r.jwt("https://auth."+org.slug+".internal")), "secret"),
			envVal("pacs_ae_title", plain(org.site+"_PACS01"), "default"),
			envVal("pacs_host", netw(fmt.Sprintf("pacs01.%s.internal", org.slug)), "default"),
			envVal("pacs_port", netw("11112"), "default"),
			envVal("smtp_user", cont(smtpUser), "default"),
			envVal("smtp_pass", cred(r.password()), "secret"),
			envVal("tester_email", cont(devEmail), "default"),
			envVal("token_ttl", decoy("3600"), "default"),
			envVal("report_webhook", cred(fmt.Sprintf("https://hooks.%s.example/services/%s/%s", org.slug, r.from(upperNum, 9), r.alnum(24))), "secret"),
		}},
		{"_postman_variable_scope", plain("environment")},
		{"_postman_exported_at", plain(isoMs(exported))},
		{"_postman_exported_using", decoy(fmt.Sprintf("Postman/11.%d.%d", r.in(0, 20), r.in(0, 9)))},
	}

	return obj{
		{"ticket", decoy(fmt.Sprintf("VND-%d", r.in(1000, 9999)))},
		{"collection", collection},
		{"environment", env},
	}
}
