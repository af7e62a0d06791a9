package blindset19

import (
	"fmt"
	"strings"
)

// menopauseVault is a menopause telehealth start-up's HashiCorp Vault
// contents, found in a departed engineer's home directory as the output
// of a loop over `vault kv get -format=json` plus `vault token lookup`,
// `vault read auth/approle/...`, `vault read database/creds/...`,
// `vault status` and a forgotten `vault operator init` output: KV v2
// secrets (data and metadata with custom_metadata owner and rotation
// notes) for the patient API (Postgres, JWT signing key, field
// encryption key, Algolia admin and search keys, Datadog, Postmark,
// PagerDuty, Slack signing secret, Zoom SDK key and secret, OIDC client,
// Hugging Face, Linear and Atlassian tokens), the office network, AWS
// break-glass (root e-mail, password, TOTP seed, recovery codes); the
// token lookup (token id, accessor, display name with the e-mail, entity
// id, policies, bound CIDRs), AppRole role and secret ids, dynamic DB
// credentials, health and the init output with unseal keys and the root
// token.
func menopauseVault(r *rng) any {
	org := r.pick("kindredbloom", "meno-well", "evenflow-health", "thrivepause")
	dom := org + ".internal"
	eng := r.english()
	engMail := ascii(eng.first) + "." + ascii(eng.last) + "@" + org + ".example"
	cto := r.english()
	ctoMail := ascii(cto.first) + "@" + org + ".example"
	t := r.when()
	vpc := fmt.Sprintf("10.%d", r.in(20, 90))
	dbHost := fmt.Sprintf("patient-db.%s", dom)
	dbPass := r.password()
	reqMeta := func() obj {
		return obj{
			{"request_id", decoy(r.uuid())},
			{"lease_id", plain("")},
			{"lease_duration", plain(0)},
			{"renewable", plain(false)},
		}
	}
	kv := func(data obj, owner string, note leaf, version int) obj {
		o := reqMeta()
		o = append(o,
			field{"data", obj{
				{"data", data},
				{"metadata", obj{
					{"created_time", plain(isoMs(after(t, -r.in(100, 90000))))},
					{"custom_metadata", obj{{"owner", cont(owner)}, {"rotation_note", note}}},
					{"deletion_time", plain("")},
					{"destroyed", plain(false)},
					{"version", plain(version)},
				}},
			}},
			field{"warnings", null()},
		)
		return o
	}
	algoliaApp := r.from(upperNum, 10)
	api := obj{
		{"DATABASE_URL", tag(fmt.Sprintf("postgresql://patient_api:%s@%s:5432/patients", dbPass, dbHost), credC, netC)},
		{"DB_HOST", netw(dbHost)},
		{"DB_USER", cont("patient_api")},
		{"DB_PASSWORD", cred(dbPass)},
		{"JWT_SIGNING_KEY", cred(r.b64(48))},
		{"FIELD_ENCRYPTION_KEY", cred("base64:" + r.b64(32))},
		{"ALGOLIA_APP_ID", decoy(algoliaApp)},
		{"ALGOLIA_ADMIN_KEY", cred(r.hex(32))},
		{"ALGOLIA_SEARCH_KEY", decoy(r.hex(32))},
		{"DATADOG_API_KEY", cred(r.hex(32))},
		{"DD_SITE", plain("datadoghq.eu")},
		{"POSTMARK_SERVER_TOKEN", cred(r.uuid())},
		{"PAGERDUTY_ROUTING_KEY", cred(r.hex(32))},
		{"SLACK_SIGNING_SECRET", cred(r.hex(32))},
		{"ZOOM_SDK_KEY", decoy(r.alnum(22))},
		{"ZOOM_SDK_SECRET", cred(r.alnum(32))},
		{"OIDC_CLIENT_ID", decoy(r.alnum(20) + ".apps." + org + ".example")},
		{"OIDC_CLIENT_SECRET", cred(r.from(alnum+"-_~.", 40))},
		{"HF_TOKEN", cred("hf_" + r.alnum(34))},
		{"LINEAR_API_KEY", cred("lin_api_" + r.alnum(40))},
		{"ATLASSIAN_EMAIL", cont(engMail)},
		{"ATLASSIAN_API_TOKEN", cred("ATATT3xFfGF0" + r.from(alnum+"-_", 180) + "=" + r.HEX(8))},
		{"SENTRY_DSN", decoy(fmt.Sprintf("https://%s@o%s.ingest.us.sentry.io/%s", r.hex(32), r.digits(6), r.digits(7)))},
		{"TOKEN_TTL_SECONDS", decoy(r.pick("900", "3600"))},
		{"PASSWORD_HASH_COST", decoy(r.pick("12", "13"))},
		{"PASSWORD_MIN_LENGTH", decoy(r.pick("10", "12"))},
		{"FEATURE_FLAGS_ENV", plain("production")},
		{"API_VERSION", decoy(r.semver())},
	}
	var apiSel obj
	for i, f := range api {
		if i < 4 || r.chance(0.75) {
			apiSel = append(apiSel, f)
		}
	}
	office := obj{
		{"ssid", netw(r.pick("KB-Office", "MenoWell-Staff", "EFH-Corp", "TP-Office-5G"))},
		{"psk", cred(r.psk())},
		{"guest_ssid", netw(r.pick("Guests", "KB-Guest", "Visitor-WiFi"))},
		{"guest_psk", cred(r.psk())},
		{"router_admin_url", netw(fmt.Sprintf("https://%s.1.1:8443", vpc))},
		{"router_admin_user", cont(r.userName(cto))},
		{"router_admin_password", cred(r.password())},
		{"vpn_endpoint", netw(r.wan() + ":51820")},
		{"vpn_subnet", netw(fmt.Sprintf("%s.200.0/24", vpc))},
	}
	var codes arr
	for i := 0; i < r.in(3, 6); i++ {
		codes = append(codes, cred(r.from(upperNum, 4)+"-"+r.from(upperNum, 4)))
	}
	breakGlass := obj{
		{"aws_account_id", decoy(r.digits(12))},
		{"aws_root_email", cont("aws-root@" + org + ".example")},
		{"aws_root_password", cred(r.password())},
		{"aws_root_mfa_seed", cred(r.totpSeed())},
		{"recovery_codes", codes},
		{"last_tested", plain(day(after(t, -r.in(10000, 200000))))},
	}
	secrets := obj{
		{"kv/data/prod/patient-api", kv(apiSel, engMail, prose(p(r.pick("Rotated ", "Last rotated ")), p(day(after(t, -r.in(1000, 90000)))), p(" after "), p(cto.first, contactC), p(" pasted DB_PASSWORD in #eng")), r.in(3, 19))},
		{"kv/data/ops/office-network", kv(office, ctoMail, prose(p("Router is in the comms cupboard; admin password also on the sticker.")), r.in(1, 4))},
		{"kv/data/ops/aws-break-glass", kv(breakGlass, ctoMail, prose(p("Two-person rule. Old root password was "), p(r.password(), credC), p(".")), r.in(1, 3))},
	}

	displayEmail := engMail
	tokenID := "hvs." + r.from(alnum+"_-", 90)
	accessor := r.alnum(24)
	lookup := reqMeta()
	lookup = append(lookup, field{"data", obj{
		{"accessor", decoy(accessor)},
		{"creation_time", plain(unix(t))},
		{"creation_ttl", plain(2764800)},
		{"display_name", cont("oidc-" + displayEmail)},
		{"entity_id", decoy(r.uuid())},
		{"expire_time", plain(isoMs(after(t, 46080)))},
		{"explicit_max_ttl", plain(0)},
		{"id", cred(tokenID)},
		{"issue_time", plain(isoMs(t))},
		{"meta", obj{{"role", plain("engineer")}, {"username", cont(displayEmail)}}},
		{"num_uses", plain(0)},
		{"orphan", plain(true)},
		{"path", plain("auth/oidc/oidc/callback")},
		{"policies", arr{plain("default"), plain("eng-prod-read")}},
		{"renewable", plain(true)},
		{"token_bound_cidrs", arr{netw(vpc + ".0.0/16")}},
		{"ttl", plain(r.in(1000, 2764800))},
		{"type", plain("service")},
	}}, field{"wrap_info", null()}, field{"warnings", null()}, field{"auth", null()})

	approle := reqMeta()
	approle = append(approle, field{"data", obj{
		{"role_id", decoy(r.uuid())},
		{"secret_id", cred(r.uuid())},
		{"secret_id_accessor", decoy(r.uuid())},
		{"secret_id_ttl", plain(0)},
		{"secret_id_num_uses", plain(0)},
		{"secret_id_bound_cidrs", arr{netw(fmt.Sprintf("%s.%d.0/24", vpc, r.in(1, 40)))}},
		{"token_bound_cidrs", arr{netw(fmt.Sprintf("%s.%d.0/24", vpc, r.in(1, 40)))}},
		{"token_policies", arr{plain("patient-api")}},
		{"token_ttl", decoy(3600)},
	}})

	short := strings.ToLower(eng.first)
	if len(short) > 4 {
		short = short[:4]
	}
	dbUser := fmt.Sprintf("v-oidc-%s-app-ro-%s-%d", short, r.alnum(20), unix(t))
	dbCreds := obj{
		{"request_id", decoy(r.uuid())},
		{"lease_id", decoy("database/creds/app-ro/" + r.alnum(24))},
		{"lease_duration", plain(3600)},
		{"renewable", plain(true)},
		{"data", obj{{"username", cont(dbUser)}, {"password", cred(r.from(alnum+"-", 20))}}},
		{"warnings", null()},
	}
	var unseal arr
	for i := 0; i < 5; i++ {
		unseal = append(unseal, cred(r.b64(32)))
	}
	return obj{
		{"vault_addr", netw("https://vault." + dom + ":8200")},
		{"generated_at", plain(iso(t))},
		{"generator", plain("dump-vault.sh")},
		{"vault_cli", decoy("Vault v" + r.pick("1.15.6", "1.16.2", "1.17.0") + " (" + r.hex(40) + ")")},
		{"token_lookup", lookup},
		{"secrets", secrets},
		{"approle/patient-api", approle},
		{"database/creds/app-ro", dbCreds},
		{"sys/health", obj{
			{"initialized", plain(true)},
			{"sealed", plain(false)},
			{"standby", plain(false)},
			{"performance_standby", plain(false)},
			{"replication_performance_mode", plain("disabled")},
			{"replication_dr_mode", plain("disabled")},
			{"server_time_utc", plain(unix(t))},
			{"version", decoy(r.pick("1.15.6", "1.16.2", "1.17.0"))},
			{"cluster_name", plain("vault-cluster-" + r.hex(8))},
			{"cluster_id", decoy(r.uuid())},
		}},
		{"init.json", obj{
			{"unseal_keys_b64", unseal},
			{"unseal_keys_hex", arr{cred(r.hex(64)), cred(r.hex(64))}},
			{"unseal_shares", plain(5)},
			{"unseal_threshold", plain(3)},
			{"recovery_keys_b64", arr{}},
			{"root_token", cred("hvs." + r.alnum(24))},
		}},
		{"readme", prose(p("Dumped by "), p(eng.full(), contactC), p(" before leaving, to migrate to 1Password. Vault at "), p(fmt.Sprintf("%s.3.%d", vpc, r.in(10, 90)), netC), p("; ask "), p(ctoMail, contactC), p(" for the YubiKey."))},
	}
}
