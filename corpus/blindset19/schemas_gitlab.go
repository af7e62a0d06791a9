package blindset19

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// portalGitlab is a telehealth patient portal vendor's self-managed
// GitLab, collected by an incident responder after a deploy job printed
// its environment: the project, the job from the Jobs API (user, commit,
// pipeline, runner and runner manager, artifacts), the job trace as an
// array of log lines (printenv output with the CI job token, registry
// password, database URL and a PRIVATE-TOKEN curl), the project's CI/CD
// variables as {key, value} rows (Docker Hub, npm, Sentry org, Vault,
// DigitalOcean and GitLab tokens, a kubeconfig file, an SSH private key
// and known_hosts, a Sentry DSN and Mapbox public token as decoys) and the
// responder's note.
func portalGitlab(r *rng) any {
	org := r.pick("clinicflow", "mendwell", "kindlyhealth", "northstar-care", "ovacare")
	dom := org + ".internal"
	gitHost := "git." + dom
	dev1 := r.english()
	dev2 := r.english()
	user := r.userName(dev1)
	mail := ascii(dev1.first) + "." + ascii(dev1.last) + "@" + org + ".example"
	t := r.when()
	jobID := r.in(100000, 999999)
	projID := r.in(40, 900)
	runnerIP := fmt.Sprintf("10.%d.%d.%d", r.in(10, 40), r.in(0, 9), r.in(10, 200))
	deployIP := fmt.Sprintf("10.%d.%d.%d", r.in(10, 40), r.in(10, 20), r.in(10, 200))
	dbHost := "db-prod-0" + fmt.Sprint(r.in(1, 3)) + "." + dom
	dbPass := r.password()
	dbURL := "postgres://portal:" + dbPass + "@" + dbHost + ":5432/portal?sslmode=require"
	jobToken := "glcbt-64_" + r.from(alnum+"_-", 20)
	regPass := r.from(alnum+"_-", 20)
	pat := "glpat-" + r.from(alnum+"_-", 20)
	sha := r.hex(40)
	runnerName := r.pick("shell-runner-dc1", "docker-runner-02", "deploy-runner-prod", "k8s-runner-a")
	hostName := fmt.Sprintf("runner-%s-project-%d-concurrent-0", strings.ToLower(r.alnum(8)), projID)

	line := func(s string) leaf { return prose(p(s)) }
	trace := arr{
		line(fmt.Sprintf("Running with gitlab-runner %s (%s)", r.pick("16.11.1", "17.0.0", "16.10.0"), r.hex(8))),
		prose(p("  on " + runnerName + " " + r.from(alnum, 8) + ", system ID: s_" + r.hex(12))),
		line("Preparing the \"shell\" executor"),
		prose(p("Running on "), p(hostName, netC), p("...")),
		line(fmt.Sprintf("Fetching changes with git depth set to %d...", r.pick4(20, 50, 1, 10))),
		prose(p("Checking out " + sha[:8] + " as detached HEAD (ref is main)...")),
		line("$ printenv | sort"),
		prose(p("CI_COMMIT_AUTHOR="), p(dev1.full()+" <"+mail+">", contactC)),
		prose(p("CI_JOB_TOKEN="), p(jobToken, credC)),
		prose(p("CI_REGISTRY="), p("registry."+dom+":5050", netC)),
		prose(p("CI_REGISTRY_PASSWORD="), p(regPass, credC)),
		line("CI_REGISTRY_USER=gitlab-ci-token"),
		prose(p(fmt.Sprintf("CI_PIPELINE_ID=%d", r.in(10000, 99999)))),
		prose(p("CI_SERVER_VERSION=" + r.pick("16.11.2", "17.0.1", "16.9.4"))),
		prose(p("DATABASE_URL="), p(dbURL, credC, netC)),
		prose(p("HOSTNAME="), p(hostName, netC)),
		line("$ ./scripts/deploy.sh production"),
		prose(p("curl -sf -H \"PRIVATE-TOKEN: "), p(pat, credC), p(fmt.Sprintf("\" https://%s/api/v4/projects/%d/releases", gitHost, projID), netC)),
		prose(p("Deploying portal "+r.semver()+" to "), p(deployIP, netC), p(" as deploy@"), p("app-prod-0"+fmt.Sprint(r.in(1, 4))+"."+dom, netC)),
		prose(p("Warning: Permanently added the ECDSA host key for IP address '"), p(deployIP, netC), p("' to the list of known hosts.")),
		line(fmt.Sprintf("ERROR: Job failed: exit status %d", r.pick4(1, 2, 126, 127))),
	}

	variable := func(typ, key string, v leaf, masked bool) obj {
		return obj{
			{"variable_type", plain(typ)},
			{"key", plain(key).obf()},
			{"value", v.obf()},
			{"protected", plain(r.chance(0.6))},
			{"masked", decoy(masked)},
		}
	}
	kubeconfig := fmt.Sprintf("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://%s:6443\n  name: prod\nusers:\n- name: deployer\n  user:\n    token: %s\n", deployIP, r.jwt("kubernetes/serviceaccount"))
	vars := []obj{
		variable("env_var", "DOCKERHUB_TOKEN", cred("dckr_pat_"+r.from(alnum+"-_", 27)), true),
		variable("env_var", "NPM_TOKEN", cred("npm_"+r.alnum(36)), true),
		variable("env_var", "SENTRY_AUTH_TOKEN", cred("sntrys_"+r.b64raw(60)), true),
		variable("env_var", "VAULT_TOKEN", cred("hvs."+r.from(alnum+"_-", 90)), true),
		variable("env_var", "DIGITALOCEAN_ACCESS_TOKEN", cred("dop_v1_"+r.hex(64)), true),
		variable("env_var", "RELEASE_BOT_TOKEN", cred(pat), true),
		variable("file", "KUBECONFIG_PROD", tag(kubeconfig, credC, netC), false),
		variable("file", "SSH_PRIVATE_KEY", cred(r.pemKey("OPENSSH")), false),
		variable("file", "SSH_KNOWN_HOSTS", netw(deployIP+" ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY"+r.b64raw(80)), false),
		variable("env_var", "DATABASE_URL", tag(dbURL, credC, netC), false),
		variable("env_var", "DEPLOY_HOST", netw(deployIP), false),
		variable("env_var", "DEPLOY_KEY_PUB", decoy("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"+r.b64raw(32)+" deploy@ci"), false),
		variable("env_var", "ERX_PARTNER_API_KEY", cred("rxp_live_"+r.alnum(32)), true),
		variable("env_var", "SENTRY_DSN", decoy("https://"+r.hex(32)+"@o"+r.digits(6)+".ingest.sentry.io/"+r.digits(7)), false),
		variable("env_var", "MAPBOX_PUBLIC_TOKEN", decoy("pk.eyJ1Ijoi"+r.b64url(24)+"."+r.b64url(16)), false),
		variable("env_var", "OIDC_CLIENT_ID", decoy(r.uuid()), false),
		variable("env_var", "APP_VERSION", decoy(r.semver()), false),
		variable("env_var", "PASSWORD_MIN_LENGTH", decoy(r.pick("10", "12", "14")), false),
		variable("env_var", "TOKEN_TTL_SECONDS", decoy(r.pick("900", "3600")), false),
		variable("env_var", "AWS_DEFAULT_REGION", plain(r.pick("eu-west-2", "us-east-1", "us-west-2")), false),
		variable("env_var", "SUPPORT_EMAIL", cont("support@"+org+".example"), false),
		variable("env_var", "SMS_FROM_NUMBER", cont(r.usPhone()), false),
		variable("env_var", "CI_DEBUG_TRACE", plain("true"), false),
		variable("env_var", "LOG_LEVEL", plain(r.pick("info", "debug")), false),
	}
	var varArr arr
	for _, i := range r.Perm(len(vars))[:r.in(12, len(vars))] {
		varArr = append(varArr, vars[i])
	}

	avatar := "https://secure.gravatar.com/avatar/" + r.hex(32) + "?s=80&d=identicon"
	start := after(t, r.in(1, 5))
	end := after(start, r.in(2, 9))
	job := obj{
		{"id", plain(jobID)},
		{"status", plain("failed")},
		{"stage", plain("deploy")},
		{"name", plain("deploy:production")},
		{"ref", plain("main")},
		{"tag", plain(false)},
		{"coverage", null()},
		{"allow_failure", plain(false)},
		{"created_at", plain(isoMs(t))},
		{"started_at", plain(isoMs(start))},
		{"finished_at", plain(isoMs(end))},
		{"erased_at", null()},
		{"duration", plain(float64(r.in(60000, 600000)) / 1000)},
		{"queued_duration", plain(float64(r.in(100, 9000)) / 1000)},
		{"user", obj{
			{"id", plain(r.in(2, 300))},
			{"username", cont(user)},
			{"name", cont(dev1.full())},
			{"state", plain("active")},
			{"locked", plain(false)},
			{"avatar_url", cont(avatar)},
			{"web_url", tag("https://"+gitHost+"/"+user, contactC, netC)},
			{"created_at", plain(isoMs(after(t, -r.in(100000, 900000))))},
			{"bio", plain("")},
			{"location", plain(r.pick("", "Remote", "Boise"))},
			{"public_email", r.orNull(0.4, cont(mail))},
			{"organization", plain(org)},
			{"job_title", plain(r.pick("Senior Backend Engineer", "DevOps Engineer", "Platform Lead"))},
			{"pronouns", null()},
			{"bot", plain(false)},
		}},
		{"commit", obj{
			{"id", decoy(sha)},
			{"short_id", decoy(sha[:8])},
			{"created_at", plain(iso(after(t, -r.in(5, 90))))},
			{"parent_ids", arr{decoy(r.hex(40))}},
			{"title", plain(r.pick("chore: bump portal image", "ci: move deploy to shell runner", "fix: retry migrations on deploy"))},
			{"message", prose(p(r.pick("ci: print env to debug failing deploy\n\nAsked by ", "fix: hide date of birth in appointment logs\n\nReported by ")), p(dev2.first, contactC), p("."))},
			{"author_name", cont(dev1.full())},
			{"author_email", cont(mail)},
			{"authored_date", plain(iso(after(t, -r.in(5, 90))))},
			{"committer_name", cont(dev1.full())},
			{"committer_email", cont(mail)},
			{"committed_date", plain(iso(after(t, -r.in(5, 90))))},
			{"trailers", obj{}},
			{"web_url", tag(fmt.Sprintf("https://%s/%s/patient-portal/-/commit/%s", gitHost, org, sha), netC)},
		}},
		{"pipeline", obj{
			{"id", plain(r.in(10000, 99999))},
			{"iid", plain(r.in(100, 4000))},
			{"project_id", plain(projID)},
			{"sha", decoy(sha)},
			{"ref", plain("main")},
			{"status", plain("failed")},
			{"source", plain("push")},
			{"created_at", plain(isoMs(t))},
			{"updated_at", plain(isoMs(end))},
		}},
		{"web_url", tag(fmt.Sprintf("https://%s/%s/patient-portal/-/jobs/%d", gitHost, org, jobID), netC)},
		{"artifacts", arr{
			obj{{"file_type", plain("trace")}, {"size", plain(r.in(2000, 90000))}, {"filename", plain("job.log")}, {"file_format", null()}},
		}},
		{"runner", obj{
			{"id", plain(r.in(1, 80))},
			{"description", plain(runnerName)},
			{"ip_address", netw(runnerIP)},
			{"active", plain(true)},
			{"paused", plain(false)},
			{"is_shared", plain(false)},
			{"runner_type", plain("project_type")},
			{"name", plain("gitlab-runner")},
			{"online", plain(true)},
			{"status", plain("online")},
		}},
		{"runner_manager", obj{
			{"id", plain(r.in(1, 200))},
			{"system_id", decoy("s_" + r.hex(12))},
			{"version", decoy(r.pick("16.11.1", "17.0.0", "16.10.0"))},
			{"revision", decoy(r.hex(8))},
			{"platform", plain("linux")},
			{"architecture", plain("amd64")},
			{"created_at", plain(isoMs(after(t, -r.in(10000, 90000))))},
			{"contacted_at", plain(isoMs(end))},
			{"ip_address", netw(runnerIP)},
			{"status", plain("online")},
		}},
		{"artifacts_expire_at", null()},
		{"tag_list", arr{plain("shell"), plain(r.pick("dc1", "prod", "deploy"))}},
		{"environment", obj{{"name", plain("production")}, {"action", plain("start")}}},
	}
	basic := base64.StdEncoding.EncodeToString([]byte("gitlab-ci-token:" + jobToken))
	return obj{
		{"collector", obj{
			{"tool", plain("gl-ir-collect")},
			{"version", decoy(r.semver())},
			{"collected_at", plain(iso(after(end, r.in(30, 900))))},
			{"gitlab_url", netw("https://" + gitHost)},
			{"gitlab_version", decoy(r.pick("16.11.2-ee", "17.0.1-ee", "16.9.4-ee"))},
			{"auth", decoy("${GITLAB_IR_TOKEN}")},
		}},
		{"project", obj{
			{"id", plain(projID)},
			{"path_with_namespace", plain(org + "/patient-portal")},
			{"default_branch", plain("main")},
			{"visibility", plain("private")},
			{"ssh_url_to_repo", tag("git@"+gitHost+":"+org+"/patient-portal.git", netC)},
			{"last_activity_at", plain(isoMs(end))},
		}},
		{"job", job},
		{"trace", trace},
		{"variables", varArr},
		{"docker_login_seen", obj{
			{"header", cred("Basic " + basic)},
			{"registry", netw("registry." + dom + ":5050")},
		}},
		{"responder_note", prose(
			p("Job "+fmt.Sprint(jobID)+" ran printenv; log readable by all Developers. Rotated CI job token, registry password and the PAT of "),
			p(user, contactC), p(". DB password for "), p(dbHost, netC), p(" changed from "), p(dbPass, credC),
			p(". Runner at "), p(runnerIP, netC), p(" re-registered."))},
	}
}

// pick4 draws one of four ints.
func (r *rng) pick4(a, b, c, d int) int { return []int{a, b, c, d}[r.IntN(4)] }
