package blindset8

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
)

// k8s-secrets-dump: the output of "kubectl get secrets,configmaps,events
// -A -o json" from a SaaS company's cluster: Opaque secrets with
// base64-encoded database, SMTP, Stripe, AWS and signing secrets, a
// dockerconfigjson pull secret, a TLS secret (certificate and key), a
// service-account token, a ConfigMap with internal hosts, CIDRs and
// look-alike settings, the last-applied-configuration annotation holding
// a secret in clear, and Events whose messages name pod IPs and users.

func b64s(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func k8sMeta(g *rng, name, ns string, extra ...field) obj {
	m := obj{
		{"name", plain(name)},
		{"namespace", plain(ns)},
		{"uid", decoy(g.uuid())},
		{"resourceVersion", decoy(fmt.Sprint(g.in(100000, 99999999)))},
		{"creationTimestamp", plain(g.iso())},
	}
	return append(m, extra...)
}

func k8s(g *rng) any {
	ns := one(g, "billing", "payments", "core", "notifications", "checkout")
	company := one(g, "acme", "lumora", "parcelly", "tidepool", "quillstack")
	dbUser := ns + "_svc"
	dbPass := g.password() + g.s(alnum, 6)
	dbHost := fmt.Sprintf("pg-%s.%s.svc.cluster.local", one(g, "primary", "main", "rw"), ns)
	regUser := one(g, "ci-bot", "deploy", "robot$"+ns+"-puller")
	regPass := g.opaque(40)
	registry := "registry." + company + ".example.com"
	dockercfg, _ := json.Marshal(map[string]any{"auths": map[string]any{registry: map[string]string{
		"username": regUser, "password": regPass, "auth": b64s(regUser + ":" + regPass),
	}}})
	stripeSK := "sk_live_" + g.s(alnum, 99)
	stripePK := "pk_live_" + g.s(alnum, 99)
	lastApplied, _ := json.Marshal(map[string]any{
		"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
		"metadata":   map[string]string{"name": "smtp-credentials", "namespace": ns},
		"stringData": map[string]string{"SMTP_USER": "postmaster@mail." + company + ".example.com", "SMTP_PASSWORD": g.password()},
	})
	admin := g.personOf("en")

	app := obj{
		{"apiVersion", plain("v1")},
		{"kind", plain("Secret")},
		{"metadata", k8sMeta(g, ns+"-app-secrets", ns, field{"labels", obj{{"app.kubernetes.io/name", plain(ns)}, {"app.kubernetes.io/managed-by", plain("Helm")}}})},
		{"type", plain("Opaque")},
		{"data", obj{
			{"POSTGRES_USER", cont(b64s(dbUser))},
			{"POSTGRES_PASSWORD", cred(b64s(dbPass))},
			{"DATABASE_URL", multi(b64s("postgres://"+dbUser+":"+dbPass+"@"+dbHost+":5432/"+ns), credCat, netCat)},
			{"STRIPE_SECRET_KEY", cred(b64s(stripeSK))},
			{"STRIPE_PUBLISHABLE_KEY", decoy(b64s(stripePK))},
			{"AWS_ACCESS_KEY_ID", cred(b64s(g.awsKey()))},
			{"AWS_SECRET_ACCESS_KEY", cred(b64s(g.awsSecret()))},
			{"JWT_SIGNING_KEY", cred(b64s(g.s(hx, 64)))},
			{"ADMIN_EMAIL", cont(b64s(strings.ToLower(admin.afirst+"."+admin.alast) + "@" + company + ".example.com"))},
			{"SLACK_WEBHOOK_URL", cred(b64s("https://hooks.slack.com/services/T" + g.s(uc+num, 8) + "/B" + g.s(uc+num, 10) + "/" + g.s(alnum, 24)))},
			{"LOG_FORMAT", plain(b64s("json"))},
		}},
	}
	smtp := obj{
		{"apiVersion", plain("v1")},
		{"kind", plain("Secret")},
		{"metadata", k8sMeta(g, "smtp-credentials", ns, field{"annotations", obj{{"kubectl.kubernetes.io/last-applied-configuration", multi(string(lastApplied)+"\n", credCat, contactCat)}}})},
		{"type", plain("Opaque")},
		{"data", obj{
			{"SMTP_HOST", netw(b64s("smtp-relay." + ns + ".svc.cluster.local"))},
			{"SMTP_PORT", netw(b64s("587"))},
		}},
	}
	pull := obj{
		{"apiVersion", plain("v1")},
		{"kind", plain("Secret")},
		{"metadata", k8sMeta(g, "regcred", ns)},
		{"type", plain("kubernetes.io/dockerconfigjson")},
		{"data", obj{{".dockerconfigjson", cred(b64s(string(dockercfg)))}}},
	}
	items := arr{app, smtp, pull}
	if g.chance(50) {
		items = append(items, obj{
			{"apiVersion", plain("v1")},
			{"kind", plain("Secret")},
			{"metadata", k8sMeta(g, ns+"-tls", ns, field{"annotations", obj{{"cert-manager.io/issuer-name", plain("letsencrypt-prod")}}})},
			{"type", plain("kubernetes.io/tls")},
			{"data", obj{
				{"tls.crt", decoy(b64s(g.cert()))},
				{"tls.key", cred(b64s(g.pem()))},
			}},
		})
	} else {
		items = append(items, obj{
			{"apiVersion", plain("v1")},
			{"kind", plain("Secret")},
			{"metadata", k8sMeta(g, ns+"-sa-token", ns, field{"annotations", obj{{"kubernetes.io/service-account.name", plain(ns + "-sa")}}})},
			{"type", plain("kubernetes.io/service-account-token")},
			{"data", obj{
				{"token", cred(b64s(g.jwt()))},
				{"ca.crt", decoy(b64s(g.cert()))},
				{"namespace", plain(b64s(ns))},
			}},
		})
	}
	items = append(items, obj{
		{"apiVersion", plain("v1")},
		{"kind", plain("ConfigMap")},
		{"metadata", k8sMeta(g, ns+"-config", ns)},
		{"data", obj{
			{"LOG_LEVEL", plain(one(g, "info", "debug", "warn"))},
			{"DB_HOST", netw(dbHost)},
			{"REDIS_URL", netw("redis://redis-master.cache.svc.cluster.local:6379/" + fmt.Sprint(g.n(8)))},
			{"POD_CIDR", netw("10.244.0.0/16")},
			{"CLUSTER_DNS", netw("10.96.0.10")},
			{"APP_VERSION", decoy(g.ver(3))},
			{"PASSWORD_MIN_LENGTH", decoy(fmt.Sprint(one(g, 10, 12, 14)))},
			{"TOKEN_TTL_SECONDS", decoy(fmt.Sprint(one(g, 900, 3600, 86400)))},
			{"SESSION_COOKIE_NAME", decoy("__Host-" + company + "_sid")},
			{"SUPPORT_EMAIL", cont("support@" + company + ".example.com")},
			{"ALLOWED_ORIGINS", decoy("https://app." + company + ".example.com")},
			{"STRIPE_PUBLISHABLE_KEY", decoy(stripePK)},
		}},
	})
	pod := fmt.Sprintf("%s-api-%s-%s", ns, g.s(lc+num, 10), g.s(lc+num, 5))
	podIP := fmt.Sprintf("10.244.%d.%d", g.in(0, 12), g.in(2, 250))
	var msg []piece
	switch g.n(4) {
	case 0:
		msg = []piece{p("Liveness probe failed: Get \"http://"), p(podIP+":8080", netCat), p("/healthz\": dial tcp "), p(podIP+":8080", netCat), p(": connect: connection refused")}
	case 1:
		msg = []piece{p("Failed to pull image \"" + registry + "/" + ns + "-api:" + g.ver(3) + "\": unauthorized: authentication required for user "), p(regUser, contactCat)}
	case 2:
		msg = []piece{p("Error: secret \"" + ns + "-app-secrets\" not found")}
	default:
		msg = []piece{p("Successfully assigned " + ns + "/" + pod + " to "), p(fmt.Sprintf("ip-10-0-%d-%d.ec2.internal", g.in(0, 63), g.in(1, 254)), netCat)}
	}
	items = append(items, obj{
		{"apiVersion", plain("v1")},
		{"kind", plain("Event")},
		{"metadata", k8sMeta(g, pod+"."+g.s(hx, 16), ns)},
		{"involvedObject", obj{{"kind", plain("Pod")}, {"name", plain(pod)}, {"namespace", plain(ns)}}},
		{"reason", plain(one(g, "Unhealthy", "Failed", "Scheduled"))},
		{"message", prose(msg...)},
		{"count", decoy(g.in(1, 40))},
		{"lastTimestamp", plain(g.iso())},
	})
	return obj{
		{"apiVersion", plain("v1")},
		{"kind", plain("List")},
		{"items", items},
		{"metadata", obj{{"resourceVersion", decoy("")}}},
	}
}
