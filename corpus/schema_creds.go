package corpus

import (
	"fmt"
	"strconv"
)

// OAuth integrations (Alexa, Google Assistant, IFTTT, ...).

func buildOAuth(d *dg) {
	b := d.b
	switch d.intn(3) {
	case 0: // one row per integration
		b.str(d.k("id", "integration_id"), d.recordID(), none())
		b.str(d.k("user_id", "uid", "owner_id"), d.recordID(), none())
		d.integration(d.pick("google", "alexa", "github", "slack", "ifttt", "generic"))
	case 1:
		d.esEnvelope(d.pick("oauth_tokens", "third_party_auth", "integrations-2019.12"), func() { d.oauthUser() })
	default:
		d.oauthUser()
	}
	d.sprinkle(d.intn(2))
}

func (d *dg) oauthUser() {
	b := d.b
	b.str(d.k("user_id", "uid", "account_id"), d.recordID(), none())
	if d.chance(0.6) {
		b.str(d.k("email", "user_email", "account_email"), d.email(), contact())
	}
	providers := []string{"google", "alexa", "github", "slack", "ifttt", "generic"}
	d.r.Shuffle(len(providers), func(i, j int) { providers[i], providers[j] = providers[j], providers[i] })
	b.arr(d.k("integrations", "linked_accounts", "connections", "oauth"), func() {
		for _, p := range providers[:d.between(1, 4)] {
			b.obj("", func() { d.integration(p) })
		}
	})
	d.timestamp(d.k("updated_at", "last_sync"), none())
}

// integration writes the members of one linked account.
func (d *dg) integration(provider string) {
	b := d.b
	b.str(d.k("provider", "service", "platform"), d.providerName(provider), none())
	access := d.k("access_token", "token", "accessToken", "oauth_token")
	refresh := d.k("refresh_token", "refresh")
	switch provider {
	case "google":
		if d.chance(0.6) {
			b.str(d.k("client_id"), fmt.Sprintf("%d-%s.apps.googleusercontent.com", d.between(100000000000, 999999999999), d.rs("abcdefghijklmnopqrstuvwxyz0123456789", 32)), decoy())
		}
		if d.chance(0.4) {
			b.str(d.k("client_secret"), "GOCSPX-"+d.rs(b64url, 28), cred())
		}
		b.str(access, d.googleAccess(), cred())
		if d.chance(0.7) {
			b.str(refresh, d.googleRefresh(), cred())
		}
		if d.chance(0.4) {
			b.str(d.k("id_token"), d.jwt(), cred())
		}
		b.str(d.k("scope", "scopes"), d.pick("https://www.googleapis.com/auth/homegraph", "openid email profile", "https://www.googleapis.com/auth/assistant-sdk-prototype"), none())
	case "alexa":
		if d.chance(0.6) {
			b.str(d.k("client_id", "lwa_client_id"), "amzn1.application-oa2-client."+d.hex(32), decoy())
		}
		if d.chance(0.4) {
			b.str(d.k("client_secret", "lwa_client_secret"), d.hex(64), cred())
		}
		b.str(access, d.lwaAccess(), cred())
		if d.chance(0.8) {
			b.str(refresh, d.lwaRefresh(), cred())
		}
		b.str(d.k("scope"), d.pick("alexa::skills:account_linking", "profile:user_id", "alexa::async_event:write"), none())
		if d.chance(0.4) {
			b.str(d.k("skill_id"), "amzn1.ask.skill."+d.uuid(), none())
		}
	case "github":
		if d.chance(0.5) {
			b.str(d.k("client_id"), "Iv1."+d.hex(16), decoy())
		}
		b.str(access, "gho_"+d.rs(alnum, 36), cred())
		b.str(d.k("scope"), d.pick("repo,read:user", "read:org", "user:email"), none())
	case "slack":
		b.str(d.k("bot_token", "access_token"), "xoxb-"+d.rs(digits, 12)+"-"+d.rs(digits, 13)+"-"+d.rs(alnum, 24), cred())
		if d.chance(0.5) {
			b.str(d.k("signing_secret"), d.hex(32), cred())
		}
		if d.chance(0.5) {
			b.str(d.k("webhook_url", "incoming_webhook"), "https://hooks.example.com/services/T"+d.rs(upperNum, 8)+"/B"+d.rs(upperNum, 8)+"/"+d.rs(alnum, 24), cred())
		}
		b.str(d.k("team_id"), "T"+d.rs(upperNum, 8), none())
		b.str(d.k("scope"), "chat:write,incoming-webhook", none())
	case "ifttt":
		b.str(d.k("webhook_key", "maker_key", "service_key"), d.rs(alnum, 22), cred())
		if d.chance(0.5) {
			b.str(d.k("channel_id"), strconv.Itoa(d.between(1000000, 9999999)), none())
		}
	default:
		if d.chance(0.5) {
			b.str(d.k("client_id", "app_id"), d.hex(20), decoy())
		}
		b.str(access, d.jwt(), cred())
		if d.chance(0.6) {
			b.str(d.k("webhook_secret", "signing_secret", "hmac_secret"), "whsec_"+d.rs(alnum, 32), cred())
		}
		b.str(d.k("scope"), d.pick("read write", "devices:read", "events"), none())
	}
	if d.chance(0.6) {
		b.int(d.k("expires_in", "ttl"), int64(d.pick3(3599, 3600, 86400)), none())
	}
	if d.chance(0.4) {
		b.str(d.k("token_type"), d.pick("Bearer", "bearer"), decoy())
	}
	if d.chance(0.3) {
		b.str(d.k("provider_email", "linked_email"), d.email(), contact())
	}
	if d.chance(0.3) {
		b.bool(d.k("linked", "active", "enabled"), true, none())
	}
	if d.chance(0.5) {
		d.timestamp(d.k("created_at", "linked_at"), none())
	}
}

func (d *dg) providerName(p string) string {
	switch p {
	case "google":
		return d.pick("google", "Google Assistant", "google_home")
	case "alexa":
		return d.pick("alexa", "amazon", "Amazon Alexa", "lwa")
	case "github":
		return "github"
	case "slack":
		return "slack"
	case "ifttt":
		return d.pick("ifttt", "IFTTT")
	}
	return d.pick("smartthings", "home_assistant", "custom")
}

// Account tables.

func buildAccountTable(d *dg) {
	b := d.b
	row := func() {
		p := d.person()
		b.int(d.k("id", "user_id", "pk"), int64(d.between(1, 5000000)), none())
		b.str(d.k("username", "login", "user_name", "handle"), d.username(p), contact())
		b.str(d.k("email", "email_address", "mail"), d.emailOf(p), contact())
		d.shuffled(
			func() { d.passwordFields() },
			func() {
				if d.chance(0.35) {
					b.str(d.k("totp_secret", "mfa_secret", "otp_seed", "two_factor_secret"), d.totpSecret(), cred())
				}
			},
			func() {
				if d.chance(0.3) {
					b.str(d.k("security_question", "secret_question"), d.pick("What was the name of your first pet?", "In what city were you born?", "What is your mother's maiden name?"), none())
					b.str(d.k("security_answer", "secret_answer", "sec_ans"), d.pick("Biscuit", "Springfield", "Okafor", "blue", "Mr. Whiskers"), cred())
				}
			},
			func() {
				if d.chance(0.5) {
					b.str(d.k("api_key", "apikey", "api_secret", "key"), d.vendorKey(), cred())
				}
			},
			func() {
				if d.chance(0.25) {
					b.obj(d.k("aws", "aws_credentials", "s3"), func() {
						b.str(d.k("access_key_id", "aws_access_key_id", "key_id"), d.awsKeyID(), cred())
						b.str(d.k("secret_access_key", "aws_secret_access_key", "secret"), d.awsSecret(), cred())
						if d.chance(0.5) {
							b.str(d.k("region"), d.pick("us-west-2", "us-east-1", "eu-central-1"), none())
						}
					})
				}
			},
			func() {
				if d.chance(0.4) {
					b.str(d.k("session_id", "sid", "session_token", "sess"), d.pick(d.hex(32), d.rs(b64url, 43), d.uuid()), cred())
				}
			},
			func() {
				if d.chance(0.25) {
					b.str(d.k("cookie", "cookies", "set_cookie"), fmt.Sprintf("sessionid=%s; csrftoken=%s; Path=/; HttpOnly", d.hex(32), d.rs(alnum, 32)), cred())
				}
			},
			func() {
				if d.chance(0.15) {
					b.str(d.k("private_key", "ssh_key", "tls_key", "pem"), d.pem(true), cred())
				}
			},
			func() {
				if d.chance(0.2) {
					b.str(d.k("database_url", "db_url", "dsn", "conn_str"), d.dbURL(), cats(Credential, NetworkLayout))
				}
			},
		)
		b.str(d.k("role", "user_role"), d.pick("user", "admin", "support", "beta"), none())
		if d.chance(0.5) {
			b.bool(d.k("is_active", "active"), d.chance(0.9), none())
		}
		if d.chance(0.4) {
			b.int(d.k("failed_login_count", "login_failures"), int64(d.intn(6)), decoy())
		}
		d.timestamp(d.k("created_at", "date_joined", "created"), none())
		if d.chance(0.5) {
			d.timestamp(d.k("last_login", "last_login_at"), none())
		}
		d.sprinkle(d.intn(3))
	}
	switch d.intn(3) {
	case 0:
		b.str(d.k("table", "source_table"), d.pick("users", "auth_user", "accounts", "wyze_user"), none())
		b.obj(d.k("row", "data", "record"), row)
	case 1:
		b.str("_index", d.pick("users", "auth-accounts"), none())
		b.str("_id", d.esID(), none())
		b.obj("_source", row)
	default:
		row()
	}
}

func (d *dg) passwordFields() {
	b := d.b
	switch d.intn(5) {
	case 0:
		b.str(d.k("password", "pwd", "passwd", "pass"), d.plainPassword(), cred())
	case 1:
		h := d.passwordHash()
		b.str(d.k("password_hash", "pwd_hash", "password_digest", "hashed_password"), h, cred())
	case 2:
		b.str(d.k("password", "pwd_hash", "pw"), d.passwordHash(), cred())
		b.str(d.k("salt", "password_salt", "pwd_salt"), d.pick(d.hex(16), d.hex(32), d.rs(b64std, 24)), cred())
		if d.chance(0.5) {
			b.str(d.k("hash_algo", "algorithm"), d.pick("md5", "sha1", "sha256", "bcrypt"), none())
		}
	case 3:
		b.obj(d.k("credentials", "auth", "password"), func() {
			b.str(d.k("hash", "digest", "value"), d.passwordHash(), cred())
			if d.chance(0.5) {
				b.str(d.k("salt"), d.hex(16), cred())
			}
			if d.chance(0.5) {
				b.int(d.k("iterations", "cost"), int64(d.pick3(10, 12, 100000)), none())
			}
			if d.chance(0.5) {
				d.timestamp(d.k("changed_at", "updated_at"), none())
			}
		})
	default:
		b.str(d.k("password", "pwd"), d.passwordHash(), cred())
		if d.chance(0.5) {
			b.int(d.k("password_min_length"), int64(d.between(6, 12)), decoy())
		}
	}
}
