package holdout

import (
	"fmt"
)

type envVar struct {
	name string
	make func(g *gen) *node
}

var envVars = []envVar{
	{"DATABASE_URL", func(g *gen) *node {
		return str(fmt.Sprintf("%s://%s:%s@%s:%d/%s", g.one("postgres", "mysql", "postgresql"), g.one("app", "shop_rw", "django"), g.password(), g.one("db-primary.internal", g.privIP(), "pg-0.pg.svc.cluster.local"), g.one2(5432, 3306, 6432), g.one("shop", "app_prod", "crm")), cred.or(netw))
	}},
	{"REDIS_HOST", func(g *gen) *node { return str(g.privIP(), netw) }},
	{"REDIS_PORT", func(g *gen) *node { return str("6379", netw) }},
	{"AWS_ACCESS_KEY_ID", func(g *gen) *node { return str(g.awsKeyID(), cred) }},
	{"AWS_SECRET_ACCESS_KEY", func(g *gen) *node { return str(g.awsSecret(), cred) }},
	{"AWS_REGION", func(g *gen) *node { return str(g.one("us-east-1", "eu-central-1"), plain) }},
	{"JWT_SECRET", func(g *gen) *node { return str(g.b64(g.one2(32, 44, 64)), cred) }},
	{"GITLAB_TOKEN", func(g *gen) *node { return str(g.glpat(), cred) }},
	{"GH_TOKEN", func(g *gen) *node { return str(g.ghp(), cred) }},
	{"NPM_TOKEN", func(g *gen) *node { return str(g.npm(), cred) }},
	{"SENDGRID_API_KEY", func(g *gen) *node { return str(g.sendgrid(), cred) }},
	{"STRIPE_SECRET_KEY", func(g *gen) *node { return str(g.stripeSecret(), cred) }},
	{"STRIPE_WEBHOOK_SECRET", func(g *gen) *node { return str(g.whsec(), cred) }},
	{"SLACK_BOT_TOKEN", func(g *gen) *node { return str(g.slackBot(), cred) }},
	{"GOOGLE_MAPS_KEY", func(g *gen) *node { return str(g.googleAPIKey(), cred) }},
	{"SMTP_USER", func(g *gen) *node { return str(g.one("noreply", "alerts", "mailer")+"@"+g.domain(), cont) }},
	{"SMTP_PASS", func(g *gen) *node { return str(g.password(), cred) }},
	{"INTERNAL_BILLING_URL", func(g *gen) *node {
		return str(fmt.Sprintf("http://%s:%d", g.one("billing.svc.cluster.local", "billing.internal", g.privIP()), g.one2(8080, 9000, 3000)), netw)
	}},
	{"LOG_LEVEL", func(g *gen) *node { return str(g.one("info", "debug", "warn"), plain) }},
	{"TZ", func(g *gen) *node { return str("UTC", plain) }},
	{"MAX_PASSWORD_LENGTH", func(g *gen) *node { return str(fmt.Sprint(g.one2(64, 128)), decoy) }},
	{"TOKEN_TTL_SECONDS", func(g *gen) *node { return str(fmt.Sprint(g.one2(900, 3600, 86400)), decoy) }},
	{"SESSION_COOKIE_NAME", func(g *gen) *node { return str(g.one("sid", "_shop_session", "connect.sid"), decoy) }},
	{"NODE_OPTIONS", func(g *gen) *node { return str("--max-old-space-size=4096", plain) }},
	{"FEATURE_FLAGS", func(g *gen) *node {
		js, l := compact(obj().set("newCheckout", bln(g.p(0.5), plain)).set("passwordlessLogin", bln(g.p(0.5), decoy)))
		return str(js, l)
	}},
	{"SERVICE_ACCOUNT_JSON", func(g *gen) *node {
		js, l := compact(obj().set("type", str("service_account", plain)).
			set("project_id", str(g.one("shop-prod", "crm-4412"), plain)).
			set("private_key_id", str(g.hex(40), cred)).
			set("private_key", str(g.pem("PRIVATE KEY")+"\n", cred)).
			set("client_email", str("deployer@"+g.one("shop-prod", "crm-4412")+".iam.example.com", cont)))
		return str(js, l)
	}},
}

// deployEnv is a CI/CD system's dump of one deployment: environment
// variables, the release, and the TLS material it mounted.
func deployEnv(g *gen) *node {
	t := g.when()
	root := obj()
	root.set("deployment", str(fmt.Sprintf("%s-%s", g.one("shop-api", "crm-web", "worker", "auth"), g.chars(5, "bcdfghjklmnpqrstvwxz2456789")), plain))
	root.set("environment", str(g.one("production", "staging", "prod-eu"), plain))
	root.set("started_at", str(iso(t), plain))
	root.set("commit", str(g.hex(40), decoy))
	root.set("image", str(fmt.Sprintf("shop/api:%s", g.ipShapedBuild()), decoy))
	root.set("replicas", num(g.n(1, 12), plain))
	if g.p(0.6) {
		root.set("node", str(fmt.Sprintf("ip-%d-%d-%d-%d.ec2.internal", 10, g.n(0, 255), g.n(0, 255), g.n(1, 254)), netw))
	}
	vars := obj()
	for _, v := range some(g, envVars, g.n(5, 14)) {
		vars.set(v.name, v.make(g))
	}
	root.set("env", vars)
	if g.p(0.4) {
		root.set("tls", obj().
			set("cert", str(g.pem("CERTIFICATE"), decoy)).
			set("key", str(g.privateKey(), cred)).
			set("not_after", str(iso(g.after(t, 365)), plain)))
	}
	if g.p(0.5) {
		root.set("ssh_deploy_key", obj().
			set("public", str("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"+g.b64(43), decoy)).
			set("private", str(g.pem("OPENSSH PRIVATE KEY"), cred)).
			set("fingerprint", str("SHA256:"+g.b64(43), decoy)))
	}
	root.set("triggered_by", str(g.person(nil).email, cont))
	root.set("status", str(g.one("succeeded", "failed", "rolled_back"), plain))
	return root
}
