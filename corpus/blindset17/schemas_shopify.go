package blindset17

import (
	"fmt"
	"strings"
)

// ostomyShopify: an online ostomy and continence-supplies shop's
// webhook receiver logged every delivery it got from its e-commerce
// platform; the log was found with the app's config. One record: request
// headers (topic, HMAC, shop domain, webhook id, API version) and the
// orders/create body (contact e-mail and phone, browser IP, tokens, order
// status URL with its key, the customer, billing and shipping addresses,
// client details with user agent and window size, line items with SKUs,
// parcel grams and properties such as stoma size and type, note and note
// attributes), plus the app's own settings (API key and secret, admin and
// storefront tokens, webhook secret).
func ostomyShopify(r *rng) any {
	t0 := r.when()
	shop := r.pick("stomacare-direct", "ostomy-essentials", "pouchpal-uk", "continence-corner")
	shopDomain := shop + ".myshopify.example"
	c := r.english()
	addr := r.enAddress()
	us := len(addr.postcode) == 5
	mail := r.email(c.first, c.last)
	phone := r.ukMobileIntl()
	if us {
		phone = r.usPhone()
	}
	orderID := int64(r.in(500000000, 999999999)) * 10
	orderKey := r.hex(32)
	ip := r.wan()
	token := r.hex(32)
	stomaType := r.pick("Ileostomy", "Colostomy", "Urostomy")
	stomaMM := r.in(19, 55)

	address := func() obj {
		o := obj{
			{"first_name", cont(c.first)},
			{"last_name", cont(c.last)},
			{"name", cont(c.full())},
			{"address1", cont(addr.street)},
		}
		if r.chance(0.4) {
			o = append(o, field{"address2", cont(r.pick("Flat 2", "Apt 4B", "Unit 7", "Ground floor"))})
		} else {
			o = append(o, field{"address2", plain(nil)})
		}
		return append(o,
			field{"city", cont(addr.town)},
			field{"zip", cont(addr.postcode)},
			field{"province", cont(addr.region)},
			field{"country", decoy(map[bool]string{true: "United States", false: "United Kingdom"}[us])},
			field{"country_code", decoy(map[bool]string{true: "US", false: "GB"}[us])},
			field{"phone", cont(phone)},
			field{"company", plain(nil)},
		)
	}

	products := []struct{ title, sku string }{
		{"Convex Light Soft Convex Pouch", "CLX-" + r.digits(5)},
		{"SenSura Mio Click Drainable", "SMC-" + r.digits(5)},
		{"Adhesive Remover Spray 50ml", "ARS-50"},
		{"Barrier Rings (pack of 10)", "BR-10"},
		{"Hernia Support Belt", "HSB-" + r.pick("M", "L", "XL")},
		{"Night Drainage Bag 2L", "NDB-2000"},
	}
	var items arr
	grams := 0
	for _, k := range r.Perm(len(products))[:r.in(1, 3)] {
		pr := products[k]
		g := r.in(80, 900)
		grams += g
		props := arr{}
		if strings.Contains(pr.title, "Pouch") || strings.Contains(pr.title, "Drainable") || strings.Contains(pr.title, "Rings") {
			props = append(props,
				obj{{"name", plain("Cut-to-fit size")}, {"value", hlth(fmt.Sprintf("%d mm", stomaMM))}},
				obj{{"name", plain("Stoma type")}, {"value", hlth(stomaType)}},
			)
		}
		items = append(items, obj{
			{"id", plain(int64(r.in(100000000, 999999999)) * 100)},
			{"variant_id", plain(int64(r.in(100000000, 999999999)) * 10)},
			{"title", plain(pr.title)},
			{"sku", decoy(pr.sku)},
			{"vendor", plain(r.pick("Coloplast", "ConvaTec", "Hollister", "Salts"))},
			{"quantity", plain(r.in(1, 6))},
			{"price", plain(fmt.Sprintf("%d.%02d", r.in(4, 120), r.in(0, 99)))},
			{"grams", decoy(g)},
			{"requires_shipping", plain(true)},
			{"properties", props},
		})
	}

	var note leaf
	switch r.IntN(3) {
	case 0:
		note = prose(p("Please leave with neighbour at "), p(fmt.Sprint(r.in(1, 90))+" "+strings.SplitN(addr.street, " ", 2)[1], contactC), p(" if out. "), p(r.pick("I'm recovering from a reversal op and can't get to the door quickly.", "Stoma is retracting, the nurse said try convex.", "Skin sore around the stoma, need the barrier rings urgently."), healthC))
	case 1:
		note = prose(p("Gift note: get well soon "), p(r.english().first, contactC), p("!"))
	default:
		note = prose(p("Discreet packaging please."))
	}

	noteAttrs := arr{
		obj{{"name", plain("Stoma type")}, {"value", hlth(stomaType)}},
		obj{{"name", plain("Surgery date")}, {"value", hlth(day(after(t0, -1440*r.in(30, 2000))))}},
		obj{{"name", plain("Referred by")}, {"value", plain(r.pick("Stoma nurse", "Google", "Friend"))}},
	}
	if r.chance(0.5) {
		nurse := r.english()
		noteAttrs = append(noteAttrs, obj{{"name", plain("Stoma nurse")}, {"value", cont(nurse.first + " " + nurse.last)}})
	}

	body := obj{
		{"id", plain(orderID)},
		{"admin_graphql_api_id", plain(fmt.Sprintf("gid://shopify/Order/%d", orderID))},
		{"name", plain(fmt.Sprintf("#%d", r.in(1001, 9999)))},
		{"email", cont(mail)},
		{"contact_email", cont(mail)},
		{"phone", cont(phone)},
		{"browser_ip", netw(ip)},
		{"token", cred(token)},
		{"cart_token", cred(r.alnum(26))},
		{"checkout_token", cred(r.hex(32))},
		{"order_status_url", cred(fmt.Sprintf("https://%s/%d/orders/%s/authenticate?key=%s", shopDomain, r.in(10000000, 99999999), token, orderKey))},
		{"created_at", plain(t0.Format("2006-01-02T15:04:05-07:00"))},
		{"currency", plain(map[bool]string{true: "USD", false: "GBP"}[us])},
		{"subtotal_price", plain(fmt.Sprintf("%d.%02d", r.in(10, 300), r.in(0, 99)))},
		{"total_tax", plain("0.00")},
		{"total_weight", decoy(grams)},
		{"financial_status", plain("paid")},
		{"buyer_accepts_marketing", plain(r.chance(0.3))},
		{"landing_site", plain("/collections/" + r.pick("pouches", "accessories", "support-wear") + "?utm_source=" + r.pick("google", "newsletter", "facebook"))},
		{"note", note},
		{"note_attributes", noteAttrs},
		{"tags", plain(r.pick("repeat", "repeat, vat-exempt", "first-order"))},
		{"customer", obj{
			{"id", plain(int64(r.in(100000000, 999999999)) * 10)},
			{"email", cont(mail)},
			{"first_name", cont(c.first)},
			{"last_name", cont(c.last)},
			{"phone", cont(phone)},
			{"verified_email", decoy(true)},
			{"orders_count", decoy(r.in(1, 40))},
			{"state", plain("enabled")},
			{"tax_exempt", plain(r.chance(0.5))},
			{"default_address", address()},
		}},
		{"billing_address", address()},
		{"shipping_address", address()},
		{"client_details", obj{
			{"browser_ip", netw(ip)},
			{"accept_language", plain(map[bool]string{true: "en-US", false: "en-GB"}[us])},
			{"user_agent", dev(r.pick(
				"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
				"Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
				"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.0.0"))},
			{"browser_height", decoy(r.in(600, 1300))},
			{"browser_width", decoy(r.in(360, 1920))},
			{"session_hash", cred(r.hex(32))},
		}},
		{"line_items", items},
		{"shipping_lines", arr{obj{{"code", plain(map[bool]string{true: r.pick("USPS Priority", "UPS Ground"), false: r.pick("Royal Mail Tracked 48", "DPD Next Day")}[us])}, {"price", plain("0.00")}}}},
	}

	return obj{
		{"received_at", plain(isoMs(after(t0, 0)))},
		{"headers", obj{
			{"X-Shopify-Topic", plain("orders/create")},
			{"X-Shopify-Hmac-Sha256", decoy(r.b64(32))},
			{"X-Shopify-Shop-Domain", plain(shopDomain)},
			{"X-Shopify-Webhook-Id", decoy(r.uuid())},
			{"X-Shopify-API-Version", decoy("2024-04")},
			{"X-Forwarded-For", netw(r.wan())},
		}},
		{"body", body},
		{"app_config", obj{
			{"api_key", decoy(r.hex(32))},
			{"api_secret_key", cred("shpss_" + r.hex(32))},
			{"admin_access_token", cred("shpat_" + r.hex(32))},
			{"storefront_access_token", decoy(r.hex(32))},
			{"webhook_secret", cred(r.hex(64))},
			{"api_version", decoy("2024-04")},
		}},
	}
}
