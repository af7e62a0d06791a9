package holdout

import (
	"fmt"

	"github.com/leakscope/leakscope/corpus"
)

// esTelemetry is one hit of an Elasticsearch search over a mobile app's
// API logs, ECS-ish.
func esTelemetry(g *gen) *node {
	t := g.when()
	u := g.person(nil)
	ph := pick(g, phones)
	hit := obj()
	hit.set("_index", str(g.one("app-telemetry-", "logs-mobile.api-", ".ds-logs-sync-")+t.Format("2006.01.02"), plain))
	hit.set("_id", str(g.b64url(20), plain))
	if g.p(0.5) {
		hit.set("_score", flt(1, 1, plain))
	} else {
		hit.set("_score", nul())
	}
	s := obj()
	s.set("@timestamp", str(isoMs(t), plain))
	action := g.one("sync_complete", "login", "login_failed", "token_refresh", "device_pair", "profile_update", "http_request")
	s.set("event", obj().set("dataset", str("mobile.api", plain)).
		set("action", str(action, plain)).
		set("outcome", str(g.one("success", "failure"), plain)).
		set("duration", num64(int64(g.n(100000, 900000000)), plain)))
	s.set("service", obj().set("name", str(g.one("sync-api", "auth", "gateway", "devices"), plain)).
		set("version", str(g.ipShapedBuild(), decoy)).
		set("environment", str(g.one("prod", "staging"), plain)))
	host := obj().set("name", str(fmt.Sprintf("%s-%s-%d.%s", g.one("api", "auth", "gw"), g.hex(4), g.n(1, 9), g.one("prod.internal", "eu-west-1.compute.internal", "svc.cluster.local")), netw))
	if g.p(0.6) {
		host.set("ip", strs(netw, g.privIP()))
	}
	s.set("host", host)
	s.set("agent", obj().set("type", str("filebeat", plain)).set("version", str(fmt.Sprintf("8.%d.%d", g.n(5, 15), g.n(0, 4)), decoy)))

	st := g.one2(200, 200, 201, 204, 304, 401, 403, 429, 500)
	req := obj().set("id", str(g.uuid(), decoy)).set("method", str(g.one("GET", "POST", "PUT"), plain))
	if g.p(0.4) {
		req.set("bytes", num(g.n(0, 40000), plain))
	}
	s.set("http", obj().set("request", req).set("response", obj().set("status_code", num(st, decoy))))

	path := g.one("/v2/devices/"+g.hex(12)+"/sync", "/v1/me", "/v1/auth/token", "/v2/measurements", "/health")
	url := obj().set("path", str(path, plain))
	switch g.r.IntN(5) {
	case 0:
		url.set("query", str("access_token="+g.googleAccess()+"&alt=json", cred))
	case 1:
		url.set("query", str(fmt.Sprintf("code=%s&state=%s", g.b64url(43), g.hex(16)), cred))
	case 2:
		url.set("query", str(fmt.Sprintf("page=%d&limit=%d", g.n(1, 30), g.one2(20, 50, 100)), plain))
	}
	s.set("url", url)

	src := obj().set("ip", str(g.pubIP(), netw))
	if g.p(0.6) {
		src.set("geo", obj().set("country_iso_code", str(g.one("DE", "US", "BR", "FR", "ES", "JP", "NG"), decoy)))
	}
	s.set("source", src)
	s.set("user_agent", obj().set("original", str(g.userAgent(), dev)))

	d := obj().set("id", str(g.uuid(), dev)).
		set("manufacturer", str(ph.maker, dev)).
		set("model", obj().set("identifier", str(ph.model, dev)).set("name", str(ph.name, dev)))
	s.set("device", d)
	s.set("os", obj().set("name", str(ph.os, dev)).set("version", str(g.osVersion(ph.os), dev)))
	s.set("app", obj().set("version", str(g.appVersion(), dev)).set("build", num(g.n(1000, 99999), dev)))

	usr := obj().set("id", str("u_"+g.chars(12, lowerNum), plain))
	if g.p(0.4) {
		usr.set("email", str(u.email, cont))
	}
	s.set("user", usr)
	s.set("trace", obj().set("id", str(g.hex(32), decoy)))
	if g.p(0.5) {
		s.set("span", obj().set("id", str(g.hex(16), decoy)))
	}
	if g.p(0.5) {
		s.set("labels", obj().set("tokens_used", num(g.n(0, 90000), decoy)).set("ab_bucket", str(g.one("A", "B", "control"), plain)))
	}

	msgs := []frag{
		func(g *gen, p person) (string, lab) {
			return fmt.Sprintf("login failed for %s from %s", p.email, g.pubIP()), cont.or(netw)
		},
		func(g *gen, p person) (string, lab) {
			return fmt.Sprintf("retrying request %d of 5", g.n(1, 5)), plain
		},
		func(g *gen, p person) (string, lab) {
			return fmt.Sprintf("issued refresh_token=%s for client mobile", g.googleRefresh()), cred
		},
		func(g *gen, p person) (string, lab) {
			return fmt.Sprintf("sync ok in %dms, 3 measurements", g.n(20, 3000)), plain
		},
		func(g *gen, p person) (string, lab) {
			return "Authorization: Bearer " + g.jwt(g.uuid()), cred
		},
		fixed("token_type=bearer expires_in=3600", decoy),
		func(g *gen, p person) (string, lab) {
			return fmt.Sprintf("pairing device %s (%s) fw %s", g.serial(), g.one("Scale Go", "CAM-PAN-2", "SH-HUB-300"), g.firmware()), dev
		},
	}
	s.set("message", g.prose(u, 1, msgs))

	if g.p(0.6) {
		var inner *node
		switch g.r.IntN(4) {
		case 0:
			inner = obj().set("network", str("wifi", plain)).set("ssid", str(g.ssid(), netw)).set("bssid", str(g.mac(), macL))
		case 1:
			inner = obj().set("battery", flt(g.f(0.05, 1, 2), 2, plain)).set("lowPower", bln(g.p(0.2), plain))
		case 2:
			inner = obj().set("carrier", str(g.one("Vodafone", "Claro", "Orange", "T-Mobile"), plain)).set("ip", str(g.pubIP(), netw)).set("radio", str(g.one("LTE", "5G NR"), plain))
		default:
			inner = obj().set("screen", obj().set("w", num(g.one2(1080, 1170, 1440), plain)).set("heightPx", num(g.one2(2340, 2532, 3200), decoy))).set("darkMode", bln(g.p(0.5), plain))
		}
		js, l := compact(inner)
		s.set("extra", str(js, l))
	}
	if st >= 500 && g.p(0.7) {
		s.set("error", obj().set("type", str(g.one("TimeoutError", "PG::ConnectionBad", "ECONNRESET"), plain)).
			set("message", str(fmt.Sprintf("could not connect to server at %s:%d", g.privIP(), g.one2(5432, 6379, 3306)), netw.h(corpus.HardFreeText))))
	}
	hit.set("_source", s)
	if g.p(0.3) {
		hit.set("sort", arr().add(num64(t.UnixMilli(), plain), num(g.n(0, 9999), plain)))
	}
	return hit
}
