package blindset21

import (
	"fmt"
	"strings"
	"time"
)

// erlNow is an Erlang {MegaSecs, Secs, MicroSecs} timestamp as an array.
func erlNow(r *rng, t time.Time) arr {
	u := t.Unix()
	return arr{decoy(u / 1000000), decoy(u % 1000000), decoy(r.in(0, 999999))}
}

// nursechatEjabberd is a district nursing team's self-hosted ejabberd
// server: its Mnesia backup converted term-for-term to JSON, records as
// positional arrays headed by the table name.
func nursechatEjabberd(r *rng) any {
	t0 := r.when()
	lanNet := r.lan()
	team := r.pick("dnteam", "districtnurses", "communitycare", "nightnursing")
	host := "chat." + team + r.pick(".example", ".example.org")
	conf := "conference." + host
	node := "ejabberd@" + r.pick("chat01", "xmpp-vm", "dn-chat", "localhost")
	jid := func(u string) string { return u + "@" + host }

	type nurse struct {
		pr   person
		user string
	}
	var ns []nurse
	for i := 0; i < r.in(3, 4); i++ {
		pr := r.english()
		ns = append(ns, nurse{pr, strings.ToLower(ascii(pr.first) + "." + ascii(pr.last))})
	}
	var recs arr
	us := func(u string) arr { return arr{cont(u), plain(host)} }

	// passwd: plaintext or SCRAM
	for _, n := range ns {
		if r.chance(0.35) {
			recs = append(recs, arr{plain("passwd"), us(n.user), cred(r.password())})
		} else {
			recs = append(recs, arr{plain("passwd"), us(n.user), arr{plain("scram"), cred(r.b64(20)), cred(r.b64(20)), cred(r.b64(16)), decoy(4096)}})
		}
	}
	// roster
	for i := 0; i < r.in(2, 4); i++ {
		ai := r.IntN(len(ns))
		a, b := ns[ai], ns[(ai+1+r.IntN(len(ns)-1))%len(ns)]
		recs = append(recs, arr{
			plain("roster"),
			arr{cont(a.user), plain(host), arr{cont(b.user), plain(host), plain("")}},
			us(a.user),
			arr{cont(b.user), plain(host), plain("")},
			cont(b.pr.full()),
			plain("both"),
			plain("none"),
			arr{plain(r.pick("District Nurses", "Night Team", "Palliative", "Leg Ulcer Clinic"))},
			plain(""),
			arr{},
		})
	}
	// vcards
	for _, n := range ns[:2] {
		xml := fmt.Sprintf("<vCard xmlns='vcard-temp'><FN>%s</FN><N><FAMILY>%s</FAMILY><GIVEN>%s</GIVEN></N><TEL><CELL/><NUMBER>%s</NUMBER></TEL><EMAIL><INTERNET/><USERID>%s</USERID></EMAIL><ORG><ORGNAME>%s</ORGNAME></ORG><PHOTO><EXTVAL>https://%s/avatars/%s.jpg</EXTVAL></PHOTO></vCard>",
			n.pr.full(), n.pr.last, n.pr.first, r.ukMobile(), r.email(n.pr), r.pick("District Nursing", "Community Care Team"), host, r.hex(12))
		recs = append(recs, arr{plain("vcard"), us(n.user), cont(xml)})
		recs = append(recs, arr{plain("vcard_search"), arr{cont(n.user), plain(host)}, cont(n.user), cont(strings.ToLower(n.user)), cont(n.pr.full()), cont(strings.ToLower(n.pr.full()))})
	}
	// offline messages
	for i := 0; i < r.in(2, 3); i++ {
		from, to := ns[r.IntN(len(ns))], ns[r.IntN(len(ns))]
		pt := r.english()
		a := r.ukAddress()
		ks := r.digits(4)
		var body []piece
		switch r.IntN(3) {
		case 0:
			body = []piece{p(r.pick("Mrs ", "Mr ")+pt.last, contactC), p(", "), p(a.street, contactC), p(": "), p(r.pick("leg ulcer dressing changed, exudate heavy", "catheter bypassing, changed 14Fr", "sacral grade 2 pressure sore"), healthC), p(". Key safe "), p(ks, credC)}
		case 1:
			body = []piece{p("Can you do "), p(pt.first+" "+pt.last, contactC), p("'s "), p(r.pick("insulin 18u at 5pm", "enoxaparin 40mg", "syringe driver refill (oxycodone 10mg/24h)"), healthC), p(" tonight? I'm stuck at "), p(r.pick("the hospice", "A&amp;E with a patient", "a fall")), p(".")}
		default:
			body = []piece{p(r.pick("Running 20 min late.", "Car park at the health centre is full again.", "Team meeting moved to 2pm."))}
		}
		msg := append([]piece{p("<message xmlns='jabber:client' from='"), p(jid(from.user)+"/"+r.pick("Conversations.", "Monal.", "Gajim.")+r.alnum(4), contactC), p("' to='"), p(jid(to.user), contactC), p("' type='chat' id='" + r.pick("msg", "m", "cnv") + r.alnum(14) + "'><body>")}, body...)
		msg = append(msg, p("</body><request xmlns='urn:xmpp:receipts'/></message>"))
		recs = append(recs, arr{plain("offline_msg"), us(to.user), erlNow(r, after(t0, -r.in(1, 900))), plain("never"), arr{cont(from.user), plain(host), plain("")}, arr{cont(to.user), plain(host), plain("")}, prose(msg...)})
	}
	// last activity
	for _, n := range ns[:2] {
		status := prose(p(r.pick("Off until Monday", "At clinic", "Annual leave")))
		if r.chance(0.5) {
			status = prose(p("On call till 8pm - ring "), p(r.ukMobile(), contactC))
		}
		recs = append(recs, arr{plain("last_activity"), us(n.user), plain(unix(after(t0, -r.in(1, 9000)))), status})
	}
	// sessions
	for _, n := range ns[:2] {
		res := r.pick("Conversations.", "Monal.", "Siskin.") + r.alnum(4)
		recs = append(recs, arr{
			plain("session"),
			arr{erlNow(r, after(t0, -r.in(1, 600))), plain(fmt.Sprintf("<0.%d.0>", r.in(1000, 99999)))},
			arr{cont(n.user), plain(host), dev(res)},
			us(n.user),
			plain(r.in(0, 5)),
			arr{
				arr{plain("ip"), arr{netw(r.pick(lanNet.host(r.in(20, 240)), r.wan())), decoy(r.in(30000, 65000))}},
				arr{plain("conn"), plain("c2s_tls")},
				arr{plain("node"), netw(node)},
			},
		})
	}
	// MUC room
	roomPass := r.password()
	recs = append(recs, arr{
		plain("muc_room"),
		arr{plain(r.pick("handover", "nights", "palliative-huddle")), plain(conf)},
		arr{
			pair("title", plain(r.pick("Night handover", "Palliative huddle", "Team chat"))),
			pair("description", plain("")),
			pair("password_protected", plain(true)),
			pair("password", cred(roomPass)),
			pair("members_only", plain(true)),
			pair("persistent", plain(true)),
			pair("max_users", decoy(200)),
			arr{plain("affiliations").obf(), arr{arr{arr{cont(ns[0].user), plain(host), plain("")}, plain("owner")}}},
			pair("subject", prose(p("Tonight: "), p(r.pick("Mr ", "Mrs ")+r.english().last, contactC), p(" - "), p(r.pick("syringe driver due 22:00", "end of life, family staying", "catheter review"), healthC))),
		},
	})
	// push sessions
	for _, n := range ns[:1+r.IntN(2)] {
		platform := r.pick("android", "ios")
		app := map[string]string{"android": "eu.siacs.conversations", "ios": "im.monal.monal"}[platform]
		recs = append(recs, arr{
			plain("push_session"),
			us(n.user),
			erlNow(r, after(t0, -r.in(1, 30000))),
			arr{plain("push." + host), plain(r.alnum(12))},
			arr{
				pair("device_token", cred(r.alnum(22)+":APA91b"+r.b64url(100))),
				pair("app_id", plain(app)),
				pair("platform", dev(platform)),
				pair("device_model", dev(r.pick("Pixel 8a", "SM-A256E", "iPhone14,7", "iPhone13,2"))),
			},
		})
	}
	// oauth
	recs = append(recs, arr{plain("oauth_token"), cred(r.alnum(32)), us(ns[0].user), arr{plain("ejabberd:admin")}, plain(unix(after(t0, 43200)))})
	// entity capabilities cache and routes
	for _, c := range []string{"http://conversations.im", "https://monal-im.org/", "https://gajim.org"} {
		if r.chance(0.3) {
			continue
		}
		recs = append(recs, arr{plain("caps_features"), arr{plain(c), decoy(r.b64(20))}, arr{plain("http://jabber.org/protocol/caps"), plain("urn:xmpp:receipts"), plain("urn:xmpp:push:0"), plain("eu.siacs.conversations.axolotl.devicelist+notify")}})
	}
	for _, d := range []string{host, conf, "pubsub." + host, "upload." + host} {
		recs = append(recs, arr{plain("route"), plain(d), netw(node), plain(fmt.Sprintf("<0.%d.0>", r.in(300, 9000))), plain("undefined")})
	}
	// counters and schema noise
	recs = append(recs, arr{plain("offline_msg_count"), decoy(r.in(0, 300))})
	recs = append(recs, arr{plain("schema"), plain("version"), decoy(r.pick("24.02", "23.10", "24.07"))})

	sqlPass := r.password()
	yml := prose(
		p("hosts:\n  - "), p(host, netC),
		p("\nlisten:\n  - port: "), p("5222", netC), p("\n    module: ejabberd_c2s\n  - port: "), p("5269", netC),
		p("\n    module: ejabberd_s2s_in\n  - port: "), p(r.pick("5280", "5443"), netC),
		p("\n    ip: \"::\"\n    module: ejabberd_http\nsql_type: pgsql\nsql_server: \""), p(lanNet.host(r.in(2, 9)), netC),
		p("\"\nsql_username: \""), p("ejabberd", contactC), p("\"\nsql_password: \""), p(sqlPass, credC),
		p("\"\ncertfiles:\n  - /etc/ejabberd/"+team+".pem\nacl:\n  admin:\n    user: "), p(jid(ns[0].user), contactC), p("\n"),
	)

	return obfuscated(obj{
		{"source", plain("/var/lib/ejabberd/backup-" + t0.Format("20060102") + ".dump")},
		{"converter", decoy("term2json " + r.semver())},
		{"node", netw(node)},
		{"records", recs},
		{"config", yml},
	})
}
