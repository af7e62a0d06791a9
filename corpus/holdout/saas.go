package holdout

import (
	"fmt"
	"strings"
)

// saasAccount is a row of a SaaS product's users table, joined with its
// satellite tables the way a pg_dump-to-JSON script would.
func saasAccount(g *gen) *node {
	u := g.person(nil)
	t := g.when()
	root := obj()
	root.set("id", num(g.n(1, 2000000), plain))
	root.set("uuid", str(g.uuid(), plain))
	org := obj().set("id", num(g.n(1, 90000), plain)).
		set("slug", str(g.one("acme", "globex", "initech", "umbrella", "hooli", "vandelay", "stark")+"-"+g.one("labs", "inc", "eu", "robotics", "io"), plain)).
		set("plan", str(g.one("free", "starter", "pro", "enterprise"), plain)).
		set("seats", num(g.n(1, 500), plain))
	if g.p(0.5) {
		org.set("settings", obj().
			set("password_min_length", num(g.one2(8, 10, 12, 14), decoy)).
			set("password_max_len", num(g.one2(64, 128, 256), decoy)).
			set("require_2fa", bln(g.p(0.4), decoy)).
			set("session_ttl_minutes", num(g.one2(30, 60, 720, 10080), decoy)))
	}
	root.set("org", org)

	root.set("email", str(u.email, cont))
	if g.p(0.7) {
		root.set("email_verified_at", str(sqlTS(g.after(t, 3)), plain))
	} else {
		root.set("email_verified_at", nul())
	}
	root.set("username", str(strings.TrimPrefix(u.user, "@"), cont))
	root.set("full_name", str(u.full, cont))
	if g.p(0.5) {
		root.set("avatar_url", str(fmt.Sprintf("https://secure.gravatar.example/avatar/%s?s=%d", g.hex(32), g.one2(80, 200)), cont))
	}
	if g.p(0.5) {
		root.set("phone_e164", str(strings.NewReplacer(" ", "", "-", "", "(", "", ")", "", ".", "").Replace(u.phone), cont))
		root.set("phone_confirmed", bln(g.p(0.7), decoy))
	}
	root.set(g.one("encrypted_password", "password_digest", "hashed_password", "passwd"), str(g.passHash(), cred))
	root.set("password_changed_at", str(sqlTS(g.after(t, 300)), decoy))
	root.set("failed_password_attempts", num(g.n(0, 9), decoy))
	if g.p(0.3) {
		root.set("reset_password_token", str(g.hex(g.one2(40, 64)), cred))
		root.set("reset_password_sent_at", str(sqlTS(g.after(t, 400)), decoy))
	} else {
		root.set("reset_password_token", nul())
	}

	mfa := obj()
	on := g.p(0.5)
	mfa.set("has_2fa", bln(on, decoy))
	if on {
		seed := g.totpSeed()
		if g.p(0.5) {
			mfa.set("otp_secret", str(seed, cred))
		} else {
			mfa.set("otpauth_uri", str(fmt.Sprintf("otpauth://totp/%s:%s?secret=%s&issuer=%s", "Acme", u.email, strings.ReplaceAll(strings.ToUpper(seed), " ", ""), "Acme"), cred.or(cont)))
		}
		codes := arr()
		for range g.n(4, 10) {
			codes.add(str(g.recoveryCode(), cred))
		}
		mfa.set("backup_codes", codes)
		mfa.set("backup_codes_remaining", num(codes.size(), decoy))
	} else {
		mfa.set("otp_secret", nul())
	}
	root.set("mfa", mfa)

	if g.p(0.7) {
		keys := arr()
		for range g.n(1, 3) {
			var tok, prefix string
			switch g.r.IntN(4) {
			case 0:
				tok = g.stripeSecret()
				prefix = tok[:8]
			case 1:
				tok = "acme_" + g.one("live", "test") + "_" + g.chars(32, alnum)
				prefix = tok[:10]
			case 2:
				tok = "pat_" + g.chars(8, lowerNum) + "." + g.chars(40, alnum)
				prefix = tok[:12]
			default:
				tok = g.npm()
				prefix = tok[:4]
			}
			k := obj().set("id", str("key_"+g.chars(14, alnum), plain)).
				set("name", str(g.one("ci-deploy", "zapier", "local dev", "reporting", "terraform"), plain))
			if g.p(0.6) {
				k.set("token", str(tok, cred))
			} else {
				k.set("token_sha256", str(g.hex(64), cred))
			}
			k.set("display_prefix", str(prefix, decoy))
			k.set("last_four", str(tok[len(tok)-4:], decoy))
			k.set("scopes", strs(plain, some(g, []string{"read:orders", "write:orders", "admin", "read:users", "webhooks"}, g.n(1, 3))...))
			k.set("created_at", str(sqlTS(g.after(t, 200)), plain))
			if g.p(0.6) {
				k.set("last_used_ip", str(g.pubIP(), netw))
			}
			k.set("tokens_used", num(g.n(0, 5000000), decoy))
			keys.add(k)
		}
		root.set("api_keys", keys)
	}

	if g.p(0.6) {
		ss := arr()
		for range g.n(1, 3) {
			st := g.after(t, 400)
			ss.add(obj().set("sid", str(g.sessionID(), cred)).
				set("ip", str(g.anyIP(), netw)).
				set("ua", str(g.userAgent(), dev)).
				set("created_at", str(sqlTS(st), plain)).
				set("expires_at", str(sqlTS(g.after(st, 30)), plain)))
		}
		root.set("sessions", ss)
	}

	if g.p(0.5) {
		ids := arr()
		switch g.r.IntN(2) {
		case 0:
			ids.add(obj().set("provider", str("google", plain)).
				set("provider_uid", str(g.digits(21), plain)).
				set("access_token", str(g.googleAccess(), cred)).
				set("refresh_token", str(g.googleRefresh(), cred)).
				set("token_type", str(g.one("Bearer", "bearer"), decoy)).
				set("expires_in", num(3599, decoy)).
				set("scope", str("openid email profile", plain)))
		default:
			ids.add(obj().set("provider", str("amazon", plain)).
				set("provider_uid", str("amzn1.account."+strings.ToUpper(g.chars(28, upperNum)), plain)).
				set("access_token", str(g.amazonAccess(), cred)).
				set("refresh_token", str(g.amazonRefresh(), cred)).
				set("token_type", str("bearer", decoy)))
		}
		root.set("oauth_identities", ids)
	}

	integ := obj()
	if g.p(0.3) {
		integ.set("github", obj().set("token", str(g.ghp(), cred)).set("installation_id", num(g.n(1000000, 49999999), plain)))
	}
	if g.p(0.3) {
		integ.set("slack", obj().set("bot_token", str(g.slackBot(), cred)).set("team", str("T"+g.chars(10, upperNum), plain)).set("channel", str("#"+g.one("alerts", "general", "deploys"), plain)))
	}
	if g.p(0.25) {
		integ.set("aws", obj().set("access_key_id", str(g.awsKeyID(), cred)).
			set("secret_access_key", str(g.awsSecret(), cred)).
			set("region", str(g.one("us-east-1", "eu-west-1", "eu-central-1", "sa-east-1"), plain)))
	}
	if g.p(0.25) {
		integ.set("sendgrid", obj().set("api_key", str(g.sendgrid(), cred)).set("email_count", num(g.n(0, 100000), decoy)))
	}
	if g.p(0.25) {
		integ.set("webhook", obj().set("url", str("https://hooks."+g.domain()+"/in/"+g.hex(12), plain)).set("signing_secret", str(g.whsec(), cred)))
	}
	if integ.size() > 0 {
		root.set("integrations", integ)
	}
	if g.p(0.3) {
		root.set("remember_token", str(g.jwt(fmt.Sprint(g.n(1, 2000000))), cred))
	}
	root.set("sign_in_count", num(g.n(0, 3000), plain))
	root.set("last_sign_in_at", str(sqlTS(g.after(t, 500)), plain))
	root.set(g.one("last_sign_in_ip", "current_sign_in_ip", "last_ip"), str(g.anyIP(), netw))
	root.set("locale", str(g.one("en", "de", "fr", "es", "pt-BR", "ja"), plain))
	if g.p(0.5) {
		root.set("deleted_at", nul())
	}
	return root
}
