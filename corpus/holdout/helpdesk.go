package holdout

import (
	"fmt"

	"github.com/leakscope/leakscope/corpus"
)

// helpdesk is one ticket of a helpdesk export with its conversation.
func helpdesk(g *gen) *node {
	req := g.person(nil)
	agent := g.person(g.one2c(cUS, cGB, cIN, cNG, cKE))
	t := g.when()
	root := obj()
	root.set("ticket", num(g.n(1000, 999999), plain))
	root.set("created", num64(t.Unix(), plain))

	subj, sl := g.prosetext(req, 1, []frag{
		fixed("Can't log in", plain),
		fixed("Reset password not working", decoy),
		fixed("Refund for order", plain),
		fixed("Camera offline", plain),
		func(g *gen, p person) (string, lab) { return "Account " + p.email + " locked", cont },
		func(g *gen, p person) (string, lab) { return "Wi-Fi " + g.ssid() + " not found by hub", netw },
		fixed("Question about my heart rate data", decoy),
	})
	root.set("subject", str(subj, sl.h(corpus.HardFreeText)))
	root.set("status", str(g.one("open", "pending", "solved", "closed"), plain))
	root.set("priority", str(g.one("low", "normal", "high", "urgent"), plain))
	root.set("channel", str(g.one("email", "web", "chat", "phone"), plain))

	rq := obj().set("name", str(req.full, cont)).set("email", str(req.email, cont))
	if g.p(0.3) {
		rq.set("phone", str(req.phone, cont))
	}
	rq.set("org", nul())
	root.set("requester", rq)
	root.set("assignee", obj().set("name", str(agent.full, cont)).set("email", str(agent.af+"@support."+g.domain(), cont)).set("group", str(g.one("Tier 1", "Billing", "Devices"), plain)))

	cm := arr()
	bkey := g.one("body", "plain_body", "text")
	n := g.n(1, 5)
	for i := range n {
		fromReq := i%2 == 0
		var body *node
		if fromReq {
			k := g.n(1, 3)
			if g.p(0.5) {
				body = g.prose(req, k, enCustomer, pick(g, enSignoff))
			} else {
				body = g.prose(req, k, enCustomer)
			}
		} else {
			hello, hl := g.prosetext(req, 1, enAgentHello)
			s, l := g.prosetext(req, g.n(1, 2), enAgent, pick(g, enAgentBye))
			body = str(hello+" "+s, hl.or(l).h(corpus.HardFreeText))
		}
		c := obj().set("id", num(g.n(1e6, 9e6), plain)).
			set("author", str(map[bool]string{true: "requester", false: "agent"}[fromReq], plain)).
			set("public", bln(g.p(0.85), plain)).
			set(bkey, body).
			set("at", str(iso(g.after(t, 20)), plain))
		if g.p(0.2) {
			c.set("attachments", arr().add(obj().
				set("file_name", str(g.one("screenshot.png", "IMG_4411.HEIC", "invoice.pdf", "log.txt"), plain)).
				set("size", num(g.n(1000, 4000000), plain)).
				set("image_height", num(g.one2(1080, 1920, 2532), decoy)).
				set("sha1", str(g.hex(40), decoy))))
		}
		if g.p(0.3) {
			c.set("via_ip", str(g.anyIP(), netw))
		}
		cm.add(c)
	}
	root.set("comments", cm)
	root.set("comment_count", num(n, plain))
	tags := arr()
	for _, tg := range some(g, []string{"password-reset", "2fa", "wifi", "billing", "shipping", "health-data", "vip"}, g.n(1, 3)) {
		l := decoy
		if tg == "billing" || tg == "shipping" || tg == "vip" {
			l = plain
		}
		tags.add(str(tg, l))
	}
	root.set("tags", tags)
	if g.p(0.5) {
		root.set("satisfaction", obj().set("score", str(g.one("good", "bad", "offered"), plain)).set("comment", nul()))
	}
	if g.p(0.3) {
		cf := obj().
			set("order_no", str(fmt.Sprintf("#%d", g.n(10000, 999999)), decoy)).
			set("device_serial", str(g.serial(), dev))
		root.set("custom_fields", cf)
	}
	return root
}

func (g *gen) one2c(cs ...*culture) *culture { return cs[g.r.IntN(len(cs))] }
