package blindset9

import (
	"encoding/json"
	"fmt"
	"strings"
)

// dispensary-pos-splunk: a US medical-cannabis dispensary's point-of-sale
// events exported from Splunk search as JSON (preview / offset / result
// with _bkt, _cd, _raw, _serial, _si, _sourcetype, _time, host, source,
// splunk_server and extracted fields with dotted names and "{}" for
// multivalues): the raw JSON event as a string, the patient (name, birth
// date, phone, qualifying condition, caregiver), items (SKU, THC %,
// grams, price), the budtender, the terminal (model, serial, IP), the
// card-vault token, totals and a note.

func dispensary(g *rng) any {
	pt := g.personOf("en")
	bt := g.personOf("en")
	cond := one(g, "Chronic pain", "PTSD", "Multiple sclerosis", "Cancer – chemotherapy nausea", "Epilepsy", "Crohn's disease", "Glaucoma")
	dob := g.dob()
	phone := g.phoneUS()
	email := g.email(pt)
	term := one(g, "PAX A920 Pro", "Clover Flex", "Sunmi V2s", "Verifone V400m")
	termSN := g.s(num, 10)
	termIP := g.lanIP("10.40." + fmt.Sprint(g.in(1, 9)))
	tok := "tok_" + g.s(alnum, 24)
	host := fmt.Sprintf("pos-%02d.store%d.internal", g.in(1, 8), g.in(1, 30))
	type item struct {
		SKU   string  `json:"sku"`
		THC   float64 `json:"thc_pct"`
		Grams float64 `json:"grams"`
		Price string  `json:"price"`
	}
	var items []item
	for i := 0; i < g.in(1, 3); i++ {
		items = append(items, item{
			SKU:   one(g, "FLW-", "VAP-", "EDB-", "TNC-") + strings.ToUpper(g.s(uc+num, 6)),
			THC:   round1(g.f(0.5, 29)),
			Grams: one(g, 1.0, 3.5, 7.0, 0.5),
			Price: money(g.f(12, 80)),
		})
	}
	var note []piece
	switch g.n(5) {
	case 0:
		note = []piece{p("Patient asked for low-THC tincture, mentions "), p(one(g, "seizures at night", "pregnancy", "taking warfarin", "panic attacks"), healthCat), p(".")}
	case 1:
		note = []piece{p("Caregiver "), p(g.personOf("en").full(), contactCat), p(" picked up.")}
	case 2:
		note = []piece{p("Terminal "), p(termSN, deviceCat), p(" rebooted mid-sale.")}
	default:
		note = []piece{p("Loyalty points applied.")}
	}
	noteLeaf := prose(note...)
	total := 0.0
	for range items {
		total += g.f(12, 80)
	}
	event := map[string]any{
		"event":     "sale.completed",
		"txn":       fmt.Sprintf("T%d", g.in(10_000_000, 99_999_999)),
		"patient":   map[string]any{"name": pt.full(), "dob": dob, "phone": phone, "email": email, "condition": cond},
		"items":     items,
		"budtender": bt.first + " " + bt.last[:1] + ".",
		"terminal":  map[string]any{"model": term, "serial": termSN, "ip": termIP},
		"payment":   map[string]any{"method": "debit", "vault_token": tok},
		"total":     money(total),
		"note":      noteLeaf.val,
	}
	rawB, _ := json.Marshal(event)
	raw := string(rawB)
	rawCats := []string{credCat, contactCat, netCat, deviceCat, healthCat}

	skus, thcs, grams := arr{}, arr{}, arr{}
	for _, it := range items {
		skus = append(skus, decoy(it.SKU))
		thcs = append(thcs, decoy(fmt.Sprint(it.THC)))
		grams = append(grams, decoy(fmt.Sprint(it.Grams)))
	}
	t := g.epoch()
	return obj{
		{"preview", plain(false)},
		{"offset", plain(g.n(500))},
		{"result", obj{
			{"_bkt", decoy(fmt.Sprintf("pos~%d~%s", g.in(10, 400), strings.ToUpper(g.uuid())))},
			{"_cd", decoy(fmt.Sprintf("%d:%d", g.in(10, 400), g.in(1000, 99999999)))},
			{"_indextime", plain(fmt.Sprint(t + 2))},
			{"_raw", multi(raw, rawCats...)},
			{"_serial", decoy(fmt.Sprint(g.n(500)))},
			{"_si", arr{netw(fmt.Sprintf("splk-idx%02d.corp.internal", g.in(1, 4))), plain("pos")}},
			{"_sourcetype", plain("pos:json")},
			{"_time", plain(isoAt(t)[:19] + ".000+00:00")},
			{"host", netw(host)},
			{"index", plain("pos")},
			{"linecount", decoy("1")},
			{"source", plain("/var/log/posd/sales.json")},
			{"sourcetype", plain("pos:json")},
			{"splunk_server", netw(fmt.Sprintf("splk-idx%02d.corp.internal", g.in(1, 4)))},
			{"event", plain("sale.completed")},
			{"patient.name", cont(pt.full())},
			{"patient.dob", cont(dob)},
			{"patient.phone", cont(phone)},
			{"patient.condition", hlth(cond)},
			{"patient.email", cont(email)},
			{"items{}.sku", skus},
			{"items{}.thc_pct", thcs},
			{"items{}.grams", grams},
			{"budtender", cont(bt.first + " " + bt.last[:1] + ".")},
			{"terminal.model", dev(term)},
			{"terminal.serial", dev(termSN)},
			{"terminal.ip", netw(termIP)},
			{"payment.vault_token", cred(tok)},
			{"total", decoy(money(total))},
			{"note", noteLeaf},
		}},
		{"lastrow", plain(g.chance(10))},
	}
}
