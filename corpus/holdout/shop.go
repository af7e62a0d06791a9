package holdout

import (
	"fmt"
	"strings"
)

var products = []struct {
	title string
	sku   string
	price float64
	grams int
}{
	{"Body Fat Scale BF-720", "SC-BF720-WH", 49.90, 1900},
	{"USB-C cable 2m", "CB-USBC-2M", 9.99, 80},
	{"Yoga mat, 6mm, teal", "YM-06-TEA", 29.00, 1200},
	{"Password Journal (hardcover)", "BK-PWJ-01", 12.50, 310},
	{"Smart Plug 2-pack", "PLG-M1-2PK", 24.99, 260},
	{"Ceramic mug \"Ask me about my Wi-Fi\"", "MG-WIFI-11", 14.00, 420},
	{"Trail running shoes", "SH-TR-44", 119.00, 900},
	{"Wireless earbuds", "EB-W3-BLK", 79.00, 150},
	{"Heart Rate chest strap", "HR-STRP-2", 59.00, 90},
	{"Espresso beans 1kg", "CF-ESP-1K", 21.40, 1050},
	{"Kids' height chart wall sticker", "DEC-HC-01", 11.90, 120},
}

// shopOrder is an order export of a small web shop, with the customer,
// addresses, items and parcel.
func shopOrder(g *gen) *node {
	c := g.addrCulture()
	b := g.person(c)
	t := g.when()
	root := obj()
	root.set("order_number", str(fmt.Sprintf("%s-%d-%06d", g.one("WEB", "SO", "ORD"), t.Year(), g.n(1, 999999)), decoy))
	root.set("id", num(g.n(1000000, 9999999), plain))
	root.set("placed_at", str(iso(t), plain))
	root.set("status", str(g.one("paid", "fulfilled", "shipped", "refunded", "cancelled"), plain))
	cur := g.one("USD", "EUR", "GBP", "BRL")
	root.set("currency", str(cur, plain))

	cu := obj().set("customer_id", str("cus_"+g.chars(14, alnum), decoy))
	cu.set("first_name", str(b.first, cont)).set("last_name", str(b.last, cont))
	cu.set(g.one("email", "email_address"), str(b.email, cont))
	if g.p(0.7) {
		cu.set("phone", str(b.phone, cont))
	}
	cu.set("accepts_marketing", bln(g.p(0.4), plain))
	cu.set("orders_count", num(g.n(1, 60), plain))
	cu.set("email_count", num(g.n(0, 300), decoy))
	cu.set("total_spent", str(fmt.Sprintf("%.2f", g.f(10, 3000, 2)), plain))
	if g.p(0.3) {
		cu.set("guest_checkout", bln(true, plain))
	} else {
		cu.set("password_digest", str(g.passHash(), cred))
	}
	root.set("customer", cu)

	ship := shopAddr(g, c, b)
	root.set("shipping_address", ship)
	if g.p(0.5) {
		root.set("billing_same_as_shipping", bln(true, plain))
	} else {
		root.set("billing_address", shopAddr(g, g.addrCulture(), g.person(nil)))
	}

	items := arr()
	var total float64
	grams := 0
	for _, p := range some(g, products, g.n(1, 4)) {
		q := g.n(1, 3)
		total += p.price * float64(q)
		grams += p.grams * q
		it := obj().set("sku", str(p.sku, plain)).
			set("title", str(p.title, titleLab(p.title))).
			set("qty", num(q, plain)).
			set("unit_price", flt(p.price, 2, plain)).
			set("grams", num(p.grams, decoy))
		if g.p(0.3) {
			it.set("variant", str(g.one("S", "M", "L", "XL", "42", "44"), plain))
		}
		items.add(it)
	}
	root.set("line_items", items)
	root.set("subtotal", str(fmt.Sprintf("%.2f", total), plain))
	root.set("tax_rate", flt(float64(g.one2(0, 7, 19, 20, 21))/100, 2, plain))

	parcel := obj().set("carrier", str(g.one("UPS", "DHL", "Correios", "La Poste", "Royal Mail", "SEUR"), plain)).
		set("tracking_number", str(g.one("1Z", "JD", "LX", "00")+g.chars(g.n(12, 18), upperNum), decoy)).
		set("package_weight_g", num(grams+g.n(50, 400), decoy)).
		set("weight_class", str(g.one("S", "M", "L", "bulky"), decoy)).
		set("dims", obj().
			set("height_cm", num(g.n(5, 60), decoy)).
			set("width_cm", num(g.n(10, 60), plain)).
			set("length_cm", num(g.n(10, 80), plain)))
	root.set("parcel", parcel)

	pay := obj().set("gateway", str(g.one("stripe", "adyen", "paypal", "pix", "mercadopago"), plain)).
		set("charge_id", str("ch_"+g.chars(24, alnum), decoy)).
		set("card_brand", str(g.one("visa", "mastercard", "amex", "elo"), plain)).
		set("card_last4", str(g.digits(4), decoy)).
		set("avs_result", str(g.one("Y", "N", "A", "Z"), plain))
	root.set("payment", pay)

	cl := obj().set(g.one("browser_ip", "client_ip", "remote_addr"), str(g.pubIP(), netw))
	if g.p(0.7) {
		cl.set("user_agent", str(g.userAgent(), dev))
	}
	cl.set("accept_language", str(g.one("en-US,en;q=0.9", "de-DE,de;q=0.8", "pt-BR,pt;q=0.9", "fr-FR"), plain))
	root.set("client_details", cl)

	if g.p(0.5) {
		notes := []frag{
			func(g *gen, p person) (string, lab) {
				return fmt.Sprintf("Gate code is %s, leave it by the back door.", g.digits(4)), cred
			},
			func(g *gen, p person) (string, lab) {
				return "If nobody answers call " + p.phone + ".", cont
			},
			fixed("Please no plastic packaging.", plain),
			fixed("It's a gift, do not include the invoice.", plain),
			fixed("Parcel must not exceed 2kg for the locker.", decoy),
			func(g *gen, p person) (string, lab) {
				return fmt.Sprintf("Deliver to my neighbour %s at no. %d.", g.person(c).full, g.n(1, 99)), cont
			},
		}
		root.set("note", g.prose(b, g.n(1, 2), notes))
	}
	if g.p(0.3) {
		root.set("tags", strs(plain, some(g, []string{"vip", "wholesale", "first-order", "gift", "fraud-review"}, g.n(1, 2))...))
	}
	return root
}

// titleLab marks product titles that name sensitive things as decoys.
func titleLab(t string) lab {
	for _, w := range []string{"Fat", "Password", "Wi-Fi", "Heart", "height"} {
		if strings.Contains(t, w) {
			return decoy
		}
	}
	return plain
}

func shopAddr(g *gen, c *culture, p person) *node {
	a := c.addr(g)
	o := obj()
	if g.p(0.5) {
		o.set("name", str(p.full, cont))
	} else {
		o.set("first_name", str(p.first, cont)).set("last_name", str(p.last, cont))
	}
	if g.p(0.2) {
		o.set("company", str(g.one("Globex GmbH", "Initech LLC", "Padaria Pão Quente", "Café Lumière"), plain))
	}
	o.set("address1", str(streetLine(a), cont))
	if a.extra != "" {
		o.set("address2", str(a.extra, cont))
	} else if g.p(0.3) {
		o.set("address2", str("", plain))
	}
	if a.district != "" {
		o.set("district", str(a.district, cont))
	}
	o.set("city", str(a.city, cont))
	o.set(g.one("zip", "postal_code", "postcode"), str(a.postcode, cont))
	if a.region != "" {
		o.set("province_code", str(a.region, cont))
	}
	o.set("country_code", str(a.country, decoy))
	if g.p(0.5) {
		o.set("phone", str(strings.TrimSpace(p.phone), cont))
	}
	return o
}
