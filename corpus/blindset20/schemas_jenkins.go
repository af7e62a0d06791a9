package blindset20

import (
	"encoding/base64"
	"fmt"
)

// jenkinsSecret draws a secret as Jenkins stores it in XML: {AQAAAB...}.
func (r *rng) jenkinsSecret() string {
	return "{AQAAABAAAAAQ" + r.b64(48) + "}"
}

// jenkinsAPIToken draws a Jenkins user API token: "11" + 32 hex.
func (r *rng) jenkinsAPIToken() string { return "11" + r.hex(32) }

func (r *rng) githubFineGrained() string {
	return "github_pat_11" + r.from(upperNum, 20) + "_" + r.alnum(59)
}

func (r *rng) sonarToken() string { return "squ_" + r.hex(40) }

func (r *rng) jfrogKey() string { return "AKCp8" + r.alnum(68) }

// opensshKey draws an OpenSSH private key block.
func (r *rng) opensshKey() string {
	return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + r.b64(48) + "\n" + r.b64(36) + "\n-----END OPENSSH PRIVATE KEY-----"
}

func (r *rng) ed25519Pub(comment string) string {
	return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + r.b64raw(32)[:43] + " " + comment
}

// audiogram draws hearing thresholds for 500 Hz..4 kHz of one ear.
func (r *rng) audiogram() string {
	base := r.in(15, 45)
	return fmt.Sprintf("500Hz %ddB 1kHz %ddB 2kHz %ddB 4kHz %ddB", base, base+r.in(0, 10), base+r.in(5, 25), base+r.in(15, 40))
}

func audiologyJenkins(r *rng) any {
	org := r.pick("soundwell", "clearear", "hearright", "audiocare")
	dom := org + ".internal"
	ci := "ci." + dom
	job := r.pick("fitting-portal-deploy", "fitting-portal-release", "patient-app-api", "remote-care-backend")
	net := r.lan()
	agentIP := net.host(r.in(20, 60))
	dbIP := net.host(r.in(61, 90))
	prodIP := net.host(r.in(100, 140))
	dev := r.english()
	devLogin := r.userName(dev)
	devMail := ascii(dev.first) + "." + ascii(dev.last) + "@" + org + ".example"
	dbUser := r.pick("portal_app", "fitting", "svc_portal")
	dbPass := r.password()
	regUser := r.pick("svc-ci", "ci-bot", "deployer")
	regPass := r.password()
	t0 := r.when()
	buildNo := r.in(120, 980)
	result := r.pick("SUCCESS", "FAILURE", "UNSTABLE")

	// Build parameters: name / value rows.
	params := arr{
		obj{{"_class", plain("hudson.model.StringParameterValue").obf()}, {"name", plain("TARGET_ENV").obf()}, {"value", plain(r.pick("prod", "staging", "uat")).obf()}},
		obj{{"_class", plain("hudson.model.StringParameterValue").obf()}, {"name", plain("RELEASE_TAG").obf()}, {"value", decoy("v" + r.semver()).obf()}},
	}
	if r.chance(0.6) {
		params = append(params, obj{{"_class", plain("hudson.model.PasswordParameterValue").obf()}, {"name", plain("DB_PASSWORD").obf()}, {"value", cred(dbPass).obf()}})
	} else {
		params = append(params, obj{{"_class", plain("hudson.model.StringParameterValue").obf()}, {"name", plain("DB_PASSWORD").obf()}, {"value", decoy("${DB_PASSWORD}").obf()}})
	}
	if r.chance(0.7) {
		params = append(params, obj{{"_class", plain("hudson.model.StringParameterValue").obf()}, {"name", plain("SMOKE_USER_EMAIL").obf()}, {"value", cont(devMail).obf()}})
	}
	if r.chance(0.5) {
		params = append(params, obj{{"_class", plain("hudson.model.BooleanParameterValue").obf()}, {"name", plain("SKIP_PASSWORD_RESET_TESTS").obf()}, {"value", decoy(r.chance(0.5)).obf()}})
	}

	changes := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		a := r.english()
		if i == 0 {
			a = dev
		}
		msg := r.pick("Bump hearing-test PDF renderer", "Fix audiogram chart for 8 kHz", "Add remote-fitting session timeout", "Retry SMS reminders on 429")
		var m leaf
		switch r.IntN(3) {
		case 0:
			m = prose(p(msg+" (reviewed by "), p(a.first, contactC), p(")"))
		case 1:
			ip := net.host(r.in(150, 200))
			m = prose(p(msg+"; staging now on "), p(ip, netC))
		default:
			m = prose(p(msg))
		}
		changes = append(changes, obj{
			{"commitId", decoy(r.hex(40))},
			{"timestamp", plain(unixMs(after(t0, -r.in(60, 4000))))},
			{"msg", m},
			{"author", obj{{"fullName", cont(a.full())}}},
			{"authorEmail", cont(ascii(a.first) + "." + ascii(a.last) + "@" + org + ".example")},
		})
	}

	patient := r.english()
	dob := r.birth(1938, 1975)
	aid := r.pick("Phonak Audéo Lumity L90", "Oticon Real 1 miniRITE R", "Signia Pure Charge&Go 7AX", "Widex Moment Sheer 440", "ReSound Omnia 9")
	aidSN := r.serial("", 10)
	lines := arr{
		prose(p("Started by user "), p(dev.full(), contactC)),
		prose(p("Running on "), p(r.pick("linux-agent-02", "docker-agent-1", "build-03")), p(" in /var/lib/jenkins/workspace/"+job)),
		prose(p("+ docker login -u "), p(regUser, contactC), p(" -p "), p(regPass, credC), p(" "), p("registry."+dom+":5000", netC)),
	}
	if r.chance(0.5) {
		lines = append(lines, prose(p("+ flyway -url=jdbc:postgresql://"), p(dbIP+":5432", netC), p("/fitting -user="), p(dbUser, contactC), p(" -password=**** migrate")))
	} else {
		lines = append(lines, prose(p("DATABASE_URL="), p("postgres://"+dbUser+":"+dbPass+"@"+dbIP+":5432/fitting", credC, netC, contactC)))
	}
	lines = append(lines,
		prose(p("[seed] demo patient "), p(patient.full(), contactC), p(" DOB "), p(day(dob), contactC), p(" audiogram R "), p(r.audiogram(), healthC), p(" aid "), p(aid+" SN "+aidSN, devC)),
		prose(p(fmt.Sprintf("Tests run: %d, Failures: %d, Errors: 0, Skipped: %d", r.in(200, 900), r.in(0, 4), r.in(0, 12)))),
		prose(p("Deploying to "), p(prodIP, netC), p(" ("), p("portal-prod-1."+dom, netC), p(")")),
		prose(p("Finished: "+result)),
	)
	if r.chance(0.5) {
		lines = append(lines, prose(p("AssertionError: expected PTA 42 dB for patient '"), p(r.english().full(), contactC), p("', got "), p(fmt.Sprintf("%d dB", r.in(30, 70)), healthC)))
	}

	build := obj{
		{"_class", plain("org.jenkinsci.plugins.workflow.job.WorkflowRun")},
		{"number", plain(buildNo)},
		{"url", netw(fmt.Sprintf("https://%s/job/%s/%d/", ci, job, buildNo))},
		{"result", plain(result)},
		{"timestamp", plain(unixMs(t0))},
		{"duration", plain(r.in(40000, 900000))},
		{"queueId", plain(r.in(1000, 90000))},
		{"actions", arr{
			obj{{"_class", plain("hudson.model.ParametersAction")}, {"parameters", params}},
			obj{{"_class", plain("hudson.model.CauseAction")}, {"causes", arr{obj{
				{"_class", plain("hudson.model.Cause$UserIdCause")},
				{"shortDescription", prose(p("Started by user "), p(dev.full(), contactC))},
				{"userId", cont(devLogin)},
				{"userName", cont(dev.full())},
			}}}},
			obj{{"_class", plain("hudson.plugins.git.util.BuildData")},
				{"lastBuiltRevision", obj{{"SHA1", decoy(r.hex(40))}}},
				{"remoteUrls", arr{netw("git@git." + dom + ":web/" + job + ".git")}},
			},
		}},
		{"changeSet", obj{{"_class", plain("hudson.plugins.git.GitChangeSetList")}, {"items", changes}}},
		{"fingerprint", arr{obj{{"fileName", plain("portal.war")}, {"hash", decoy(r.hex(32))}}}},
		{"maskedPasswordsCount", decoy(r.in(1, 6))},
	}

	// credentials.xml through xmltodict.
	sonar := r.sonarToken()
	gh := r.githubFineGrained()
	jf := r.jfrogKey()
	sshKey := r.opensshKey()
	upw := arr{
		obj{{"scope", plain("GLOBAL")}, {"id", plain("portal-db")}, {"description", plain("Fitting portal Postgres (" + r.pick("prod", "primary") + ")")}, {"username", cont(dbUser)}, {"password", cred(r.jenkinsSecret())}, {"usernameSecret", decoy("false")}},
		obj{{"scope", plain("GLOBAL")}, {"id", plain("registry")}, {"description", plain("Harbor robot account")}, {"username", cont(regUser)}, {"password", cred(r.jenkinsSecret())}, {"usernameSecret", decoy("false")}},
	}
	creds := obj{{"com.cloudbees.plugins.credentials.SystemCredentialsProvider", obj{
		{"@plugin", decoy("credentials@1337.v60b_d7b_c7b_c9f")},
		{"domainCredentialsMap", obj{
			{"@class", plain("hudson.util.CopyOnWriteMap$Hash")},
			{"entry", obj{
				{"com.cloudbees.plugins.credentials.domains.Domain", obj{{"specifications", null()}}},
				{"java.util.concurrent.CopyOnWriteArrayList", obj{
					{"com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl", upw},
					{"org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl", arr{
						obj{{"scope", plain("GLOBAL")}, {"id", plain("github-pat")}, {"description", plain("GitHub fine-grained, repo read")}, {"secret", cred(r.jenkinsSecret())}},
						obj{{"scope", plain("GLOBAL")}, {"id", plain("sonar-token")}, {"description", plain("SonarQube analysis token")}, {"secret", cred(r.jenkinsSecret())}},
						obj{{"scope", plain("GLOBAL")}, {"id", plain("jfrog-key")}, {"description", plain("Artifactory API key")}, {"secret", cred(r.jenkinsSecret())}},
					}},
					{"com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey", obj{
						{"scope", plain("SYSTEM")}, {"id", plain("agent-ssh-key")}, {"username", cont("jenkins")},
						{"privateKeySource", obj{{"@class", plain("com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource")}, {"privateKey", cred(r.jenkinsSecret())}}},
					}},
				}},
			}},
		}},
	}}}

	out := arr{
		prose(p("portal-db : "), p(dbPass, credC)),
		prose(p("github-pat : "), p(gh, credC)),
		prose(p("sonar-token : "), p(sonar, credC)),
	}
	if r.chance(0.6) {
		out = append(out, prose(p("jfrog-key : "), p(jf, credC)))
	}
	if r.chance(0.5) {
		out = append(out, prose(p("agent-ssh-key : "), p(sshKey, credC)))
	}

	users := arr{}
	for i, n := 0, 1+r.IntN(10)/7; i < n; i++ {
		u := r.english()
		login := r.userName(u)
		if i == 0 {
			u, login = dev, devLogin
		}
		props := arr{
			obj{{"_class", plain("hudson.tasks.Mailer$UserProperty")}, {"address", cont(ascii(u.first) + "." + ascii(u.last) + "@" + org + ".example")}},
			obj{{"_class", plain("jenkins.security.ApiTokenProperty")}, {"tokenStore", obj{{"tokenList", arr{obj{
				{"uuid", decoy(r.uuid())},
				{"name", plain(r.pick("deploy-bot", "laptop", "release-script"))},
				{"creationDate", plain(iso(after(t0, -r.in(10000, 300000))))},
				{"value", obj{{"hash", obj{{"version", plain(2)}, {"hashedValue", cred(r.hex(64))}}}}},
			}}}}}},
			obj{{"_class", plain("hudson.security.HudsonPrivateSecurityRealm$Details")}, {"passwordHash", cred("#jbcrypt:" + r.bcrypt())}},
		}
		if r.chance(0.4) {
			props = append(props, obj{{"_class", plain("jenkins.security.seed.UserSeedProperty")}, {"seed", decoy(r.hex(16))}})
		}
		users = append(users, obj{{"id", cont(login)}, {"fullName", cont(u.full())}, {"property", props}})
	}

	nodes := arr{}
	for i, n := 0, r.in(1, 2); i < n; i++ {
		ip := agentIP
		if i > 0 {
			ip = net.host(r.in(20, 60))
		}
		nodes = append(nodes, obj{
			{"displayName", plain(fmt.Sprintf("linux-agent-%02d", i+1))},
			{"labelString", plain(r.pick("linux docker", "linux", "docker jdk17"))},
			{"offline", plain(r.chance(0.2))},
			{"launcher", obj{
				{"host", netw(ip)},
				{"port", netw(r.pick("22", "2222"))},
				{"credentialsId", plain("agent-ssh-key")},
				{"sshHostKeyVerificationStrategy", obj{{"key", obj{{"algorithm", plain("ssh-ed25519")}, {"key", decoy(r.ed25519Pub("root@agent"))}}}}},
			}},
		})
	}

	plugins := arr{}
	for _, name := range r.pickSome(r.in(2, 3), "git", "workflow-aggregator", "credentials", "ssh-slaves", "sonar", "docker-workflow", "mask-passwords") {
		plugins = append(plugins, obj{{"shortName", plain(name)}, {"version", decoy(fmt.Sprintf("%d.%d", r.in(1, 1400), r.in(0, 9)) + r.pick("", ".v"+r.hex(12)))}})
	}

	auth := devLogin + ":" + r.jenkinsAPIToken()
	return obj{
		{"tool", plain("jenkins-grab " + r.semver())},
		{"target", netw("https://" + ci + "/")},
		{"auth", cred("Basic " + base64.StdEncoding.EncodeToString([]byte(auth)))},
		{"server", obj{{"X-Jenkins", decoy("2." + fmt.Sprint(r.in(400, 480)) + "." + fmt.Sprint(r.in(1, 3)))}, {"X-Instance-Identity", decoy(r.b64(64))}}},
		{"job", obj{
			{"_class", plain("org.jenkinsci.plugins.workflow.job.WorkflowJob")},
			{"name", plain(job)},
			{"url", netw(fmt.Sprintf("https://%s/job/%s/", ci, job))},
			{"buildable", plain(true)},
			{"lastBuild", build},
		}},
		{"consoleText", lines},
		{"computer", nodes},
		{"credentials.xml", creds},
		{"scriptConsole", obj{
			{"script", plain("SystemCredentialsProvider.getInstance().getCredentials().each{ println(it.id + ' : ' + (it.properties.password ?: it.properties.secret ?: it.privateKey)) }")},
			{"output", out},
		}},
		{"users", users},
		{"plugins", plugins},
	}
}
