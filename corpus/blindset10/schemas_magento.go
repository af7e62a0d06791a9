package blindset10

import (
	"fmt"
)

// rx-shop-magento-eav: a US home-medical-supplies web shop's Magento 2
// database dumped table by table to JSON: customer_entity, the EAV value
// tables (customer_entity_varchar / _int: value_id, attribute_id,
// entity_id, value, with custom attributes known only by number), the
// address entity, an order with items, core_config_data rows and a
// third-party push module's device table.

type eavAttr struct {
	id int
	mk func(r *rng) leaf
}

var rxAttrs = []eavAttr{
	{151, func(r *rng) leaf { return cont(usPhone(r)) }},
	{163, func(r *rng) leaf {
		return hlth(r.pick("sulfa; latex", "penicillin", "none known", "codeine, adhesive tape"))
	}},
	{164, func(r *rng) leaf {
		return hlth(r.pick("lisinopril 10mg; metformin 500mg", "insulin glargine 20u qhs", "warfarin 5mg", "levothyroxine 88mcg"))
	}},
	{165, func(r *rng) leaf { return cont("Dr. " + r.pick(usFirst...) + " " + r.pick(usLast...)) }},
	{166, func(r *rng) leaf {
		return plain(r.pick("BCBS PPO", "Aetna Medicare Advantage", "UHC Choice Plus", "self-pay"))
	}},
	{171, func(r *rng) leaf {
		return hlth(r.pick("AirFit F20 Medium", "DreamWear nasal pillows S", "AirTouch F20 Large"))
	}},
	{172, func(r *rng) leaf { return hlth(fmt.Sprintf("%d'%d\"", r.in(4, 6), r.in(0, 11))) }},
	{173, func(r *rng) leaf { return hlth(fmt.Sprintf("%d lb", r.in(110, 290))) }},
	{180, func(r *rng) leaf { return decoy("FRIEND-" + r.upnum(4)) }},
	{181, func(r *rng) leaf { return decoy("555" + r.digits(7)) }},
	{183, func(r *rng) leaf {
		if r.coin(0.3) {
			return plain("general")
		}
		return hlth(r.pick("diabetic_supplies", "ostomy", "sleep_apnea", "incontinence", "mobility"))
	}},
}

type rxItem struct{ sku, name, kind string }

var rxItems = []rxItem{
	{"OMRON-BP7450", "Omron Platinum Upper Arm Blood Pressure Monitor", "dev"},
	{"CNT-NEXT-100", "Contour Next Test Strips 100ct", "health"},
	{"BD-PEN-32G", "BD Ultra-Fine Pen Needles 32G 4mm", "health"},
	{"RESMED-F20-M", "ResMed AirFit F20 Full Face Mask, Medium", "health"},
	{"COLOPL-SENSURA", "Coloplast SenSura Mio Ostomy Pouch 30ct", "health"},
	{"WITHINGS-BODYP", "Withings Body+ Smart Scale", "dev"},
	{"ACCU-GUIDE-ME", "Accu-Chek Guide Me Meter", "dev"},
	{"NATM-D3-5000", "Nature Made Vitamin D3 5000 IU", "plain"},
	{"JOBST-2030-L", "JOBST Compression Stockings 20-30 mmHg, Large", "health"},
}

func magentoEAV(r *rng) any {
	first, last := r.pick(usFirst...), r.pick(usLast...)
	email := emailOf(r, first, last)
	b := r.birth(1940, 1995)
	eid := r.in(1000, 90000)
	street, city, state, zip := usAddr(r)
	tel := usPhone(r)
	vid := r.in(10000, 900000)

	var hash leaf
	if r.coin(0.5) {
		hash = cred(r.hex(64) + ":" + r.alnum(32) + ":1")
	} else {
		hash = cred(r.b64(43) + ":" + r.alnum(32) + ":3_32_2_67108864")
	}
	cust := obj{
		{"entity_id", decoy(fmt.Sprint(eid))},
		{"email", cont(email)},
		{"created_at", plain(epochTimeStr(r.when()))},
		{"updated_at", plain(epochTimeStr(r.when()))},
		{"is_active", decoy("1")},
		{"firstname", cont(first)},
		{"lastname", cont(last)},
		{"dob", cont(b.iso())},
		{"password_hash", hash},
		{"rp_token", cred(r.hex(32))},
		{"rp_token_created_at", plain(epochTimeStr(r.when()))},
		{"gender", sexOf(r.pick("1", "2"))},
		{"failures_num", decoy("0")},
		{"lock_expires", nullDecoy()},
	}

	var varchar arr
	idx := r.Perm(len(rxAttrs))[:r.in(4, 6)]
	for _, i := range idx {
		a := rxAttrs[i]
		vid++
		varchar = append(varchar, obj{
			{"value_id", decoy(fmt.Sprint(vid))},
			{"attribute_id", plain(fmt.Sprint(a.id))},
			{"entity_id", decoy(fmt.Sprint(eid))},
			{"value", a.mk(r)},
		})
	}

	addr := obj{
		{"entity_id", decoy(fmt.Sprint(r.in(1000, 90000)))},
		{"parent_id", decoy(fmt.Sprint(eid))},
		{"firstname", cont(first)},
		{"lastname", cont(last)},
		{"street", cont(street + r.pick("", "\nApt "+fmt.Sprint(r.in(1, 40)), "\nUnit B"))},
		{"city", cont(city)},
		{"region", cont(state)},
		{"region_id", plain(fmt.Sprint(r.in(1, 60)))},
		{"postcode", cont(zip)},
		{"country_id", decoy("US")},
		{"telephone", cont(tel)},
	}

	var items arr
	for _, i := range r.Perm(len(rxItems))[:r.in(1, 3)] {
		it := rxItems[i]
		var name leaf
		switch it.kind {
		case "dev":
			name = dev(it.name)
		case "health":
			name = hlth(it.name)
		default:
			name = plain(it.name)
		}
		items = append(items, obj{
			{"sku", decoy(it.sku)},
			{"name", name},
			{"qty_ordered", decoy(fmt.Sprintf("%d.0000", r.in(1, 4)))},
			{"price", decoy(money(r.fl(8, 240, 2)) + "00")},
			{"weight", decoy(fmt.Sprintf("%.4f", r.fl(0.1, 6, 2)))},
		})
	}
	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p("Please leave at side door, I use a walker and can't do stairs", healthC))
	case 1:
		note = prose(p("Call "), p(usPhone(r), contactC), p(" on arrival"))
	case 2:
		note = prose(p("Gift – no invoice in the box please"))
	default:
		note = null()
	}
	order := obj{
		{"entity_id", decoy(fmt.Sprint(r.in(1000, 90000)))},
		{"increment_id", decoy(fmt.Sprintf("000%06d", r.in(1, 999999)))},
		{"state", plain(r.pick("processing", "complete", "holded"))},
		{"customer_id", decoy(fmt.Sprint(eid))},
		{"grand_total", decoy(money(r.fl(20, 600, 2)) + "00")},
		{"remote_ip", netw(r.docIP())},
		{"x_forwarded_for", netw(r.docIP() + ", " + r.privIP())},
		{"customer_note", note},
		{"items", items},
	}

	type cfg struct {
		path string
		v    func() leaf
	}
	cfgs := []cfg{
		{"payment/braintree/private_key", func() leaf { return cred(r.hex(32)) }},
		{"payment/braintree/public_key", func() leaf { return decoy(r.hex(16)) }},
		{"system/smtp/host", func() leaf { return netw(r.pick("mail.rxshop.internal", "10.4.0.25", "smtp-relay.lan")) }},
		{"web/secure/base_url", func() leaf { return plain("https://shop.example.com/") }},
		{"carriers/ups/password", func() leaf { return cred(r.alnum(12)) }},
		{"admin/security/session_lifetime", func() leaf { return decoy("900") }},
		{"dev/js/minify_files", func() leaf { return decoy("1") }},
	}
	var config arr
	for _, i := range r.Perm(len(cfgs))[:r.in(2, 3)] {
		config = append(config, obj{
			{"config_id", decoy(fmt.Sprint(r.in(1, 3000)))},
			{"scope", plain("default")},
			{"scope_id", plain("0")},
			{"path", plain(cfgs[i].path)},
			{"value", cfgs[i].v()},
		})
	}

	doc := obj{
		{"customer_entity", arr{cust}},
		{"customer_entity_varchar", varchar},
		{"customer_address_entity", arr{addr}},
		{"customer_grid_flat", arr{obj{
			{"entity_id", decoy(fmt.Sprint(eid))},
			{"name", cont(first + " " + last)},
			{"email", cont(email)},
			{"dob", cont(b.iso())},
			{"billing_full", cont(fmt.Sprintf("%s %s %s %s", street, city, state, zip))},
			{"billing_telephone", cont(tel)},
			{"billing_postcode", cont(zip)},
		}}},
		{"sales_order", arr{order}},
		{"core_config_data", config},
	}
	if r.coin(0.5) {
		doc = append(doc, field{"mobile_push_device", arr{obj{
			{"id", decoy(fmt.Sprint(r.in(1, 9000)))},
			{"customer_id", decoy(fmt.Sprint(eid))},
			{"device_token", cred(r.apns())},
			{"device_model", dev(r.iphone())},
			{"os_version", dev(r.pick("17.4.1", "16.7.5", "17.5"))},
			{"app_version", dev(fmt.Sprintf("2.%d.%d", r.in(0, 9), r.in(0, 9)))},
			{"last_seen_at", dev(epochTimeStr(r.when()))},
		}}})
	}
	return obfuscated(doc)
}
