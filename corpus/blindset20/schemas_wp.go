package blindset20

import (
	"fmt"
	"strings"
	"time"
)

// phpStr writes a PHP-serialised string.
func phpStr(s string) string { return fmt.Sprintf("s:%d:\"%s\";", len(s), s) }

func wpDate(t time.Time) string { return t.Format("2006-01-02 15:04:05") }

func mobilityWPCLI(r *rng) any {
	shop := r.pick("stepwell", "legacare", "mobilitymart", "comfortstride")
	site := "https://shop." + shop + ".example"
	lan := r.lan()
	t := r.when()
	cust := r.english()
	custLogin := r.userName(cust)
	custMail := r.email(cust)
	admin := r.english()
	adminLogin := r.userName(admin)
	uid := r.in(20, 4000)
	a := r.enAddress()
	phone := r.enPhone()

	users := arr{
		obj{{"ID", plain(1)}, {"user_login", cont(adminLogin)}, {"display_name", cont(admin.full())}, {"user_email", cont(r.email(admin))}, {"user_registered", plain(wpDate(after(t, -r.in(200000, 900000))))}, {"roles", plain("administrator")}},
		obj{{"ID", plain(uid)}, {"user_login", cont(custLogin)}, {"display_name", cont(cust.first)}, {"user_email", cont(custMail)}, {"user_registered", plain(wpDate(after(t, -r.in(1000, 100000))))}, {"roles", plain("customer")}},
	}
	for i, n := 0, r.in(0, 1); i < n; i++ {
		o := r.english()
		users = append(users, obj{{"ID", plain(uid + r.in(1, 300))}, {"user_login", cont(r.userName(o))}, {"display_name", cont(o.full())}, {"user_email", cont(r.email(o))}, {"user_registered", plain(wpDate(after(t, -r.in(100, 50000))))}, {"roles", plain(r.pick("customer", "shop_manager", "subscriber"))}})
	}

	// session_tokens: a:N:{s:64:"<sha256>";a:4:{...}}
	ip := r.wan()
	ua := r.userAgent()
	exp := unix(after(t, 60*24*14))
	sess := fmt.Sprintf("a:1:{%sa:4:{%si:%d;%s%s%s%s%si:%d;}}",
		phpStr(r.hex(64)), phpStr("expiration"), exp, phpStr("ip"), phpStr(ip), phpStr("ua"), phpStr(ua), phpStr("login"), unix(t))
	appPwHash := r.wpHash()
	appPw := fmt.Sprintf("a:1:{i:0;a:7:{%s%s%s%s%s%s%si:%d;%si:%d;%sN;}}",
		phpStr("uuid"), phpStr(r.uuid()), phpStr("app_id"), phpStr(""), phpStr("name"), phpStr(r.pick("Zapier", "ShipStation", "Sheets sync")), phpStr("password")+phpStr(appPwHash)+phpStr("created"), unix(t), phpStr("last_used"), unix(t), phpStr("last_ip"))
	condition := r.pick("lymphoedema in both legs since chemo in 2019", "varicose veins, class 2 stockings from the vascular clinic", "diabetic neuropathy, wide-fit shoes only", "recovering from a hip replacement, using a rollator", "MS, uses a wheelchair outdoors")
	meta := arr{
		kvRow("meta_key", "meta_value", "nickname", cont(custLogin)),
		kvRow("meta_key", "meta_value", "first_name", cont(cust.first)),
		kvRow("meta_key", "meta_value", "last_name", cont(cust.last)),
		kvRow("meta_key", "meta_value", "billing_address_1", cont(a.street)),
		kvRow("meta_key", "meta_value", "billing_city", cont(a.town)),
		kvRow("meta_key", "meta_value", "billing_postcode", cont(a.postcode)),
		kvRow("meta_key", "meta_value", "billing_phone", cont(phone)),
		kvRow("meta_key", "meta_value", "billing_email", cont(custMail)),
		kvRow("meta_key", "meta_value", "session_tokens", tag(sess, credC, netC, devC)),
		kvRow("meta_key", "meta_value", "wp_capabilities", plain(`a:1:{s:8:"customer";b:1;}`)),
	}
	if r.chance(0.6) {
		meta = append(meta, kvRow("meta_key", "meta_value", "_application_passwords", cred(appPw)))
	}
	if r.chance(0.6) {
		meta = append(meta, kvRow("meta_key", "meta_value", "description", prose(p("Buying for myself: "), p(condition, healthC))))
	}
	if r.chance(0.5) {
		meta = append(meta, kvRow("meta_key", "meta_value", "billing_state", cont(a.region)))
	}
	if r.chance(0.4) {
		meta = append(meta, kvRow("meta_key", "meta_value", "default_password_nag", decoy("")))
	}

	// Orders.
	orders := arr{}
	for i, n := 0, 1; i < n; i++ {
		var items arr
		for j, m := 0, r.in(1, 2); j < m; j++ {
			var it obj
			if r.chance(0.6) {
				cls := r.pick("1", "2", "3")
				it = obj{
					{"name", hlth("Medical Compression Stockings Class " + cls + " - " + r.pick("Closed Toe", "Open Toe", "Thigh High"))},
					{"sku", decoy(fmt.Sprintf("MCS-C%s-%s-%s", cls, r.pick("CT", "OT", "TH"), r.pick("S", "M", "L", "XL")))},
					{"quantity", plain(r.in(1, 2))},
					{"total", plain(fmt.Sprintf("%d.%02d", r.in(18, 60), r.in(0, 99)))},
					{"meta_data", arr{
						obj{{"key", plain("Ankle circumference (cm)")}, {"value", hlth(fmt.Sprint(r.in(19, 30)))}},
						obj{{"key", plain("Calf circumference (cm)")}, {"value", hlth(fmt.Sprint(r.in(30, 48)))}},
					}},
				}
			} else {
				it = obj{
					{"name", plain(r.pick("Gift Card", "Long Handled Shoe Horn", "Replacement Ferrules (4 pack)", "Stocking Donning Gloves"))},
					{"sku", decoy(r.pick("GFT-", "SHN-", "FER-", "DNG-") + r.digits(4))},
					{"quantity", plain(1)},
					{"total", plain(fmt.Sprintf("%d.%02d", r.in(12, 140), r.in(0, 99)))},
					{"meta_data", arr{}},
				}
			}
			items = append(items, it)
		}
		var note leaf
		switch r.IntN(3) {
		case 0:
			note = prose(p("For my mum, "), p(r.pick("swollen ankles from heart failure", "she's diabetic with poor circulation", "after her DVT last spring"), healthC), p(". Ring "), p(r.enPhone(), contactC), p(" before delivery."))
		case 1:
			note = prose(p("Please leave with neighbour at no. 12 if out."))
		default:
			note = prose(p(""))
		}
		oa := a
		orders = append(orders, obj{
			{"id", plain(r.in(1000, 90000))},
			{"status", plain(r.pick("processing", "completed", "on-hold"))},
			{"currency", plain(r.pick("GBP", "USD"))},
			{"total", plain(fmt.Sprintf("%d.%02d", r.in(20, 200), r.in(0, 99)))},
			{"customer_id", plain(uid)},
			{"customer_note", note},
			{"billing", obj{
				{"first_name", cont(cust.first)}, {"last_name", cont(cust.last)},
				{"address_1", cont(oa.street)}, {"city", cont(oa.town)}, {"postcode", cont(oa.postcode)},
				{"country", decoy(r.pick("GB", "US"))}, {"email", cont(custMail)}, {"phone", cont(phone)},
			}},
			{"line_items", items},
			{"shipping_lines", arr{obj{{"method_title", plain(r.pick("Royal Mail Tracked 48", "USPS Ground Advantage", "DPD Next Day"))}, {"total", plain(fmt.Sprintf("%d.%02d", r.in(0, 9), r.in(0, 99)))}}}},
			{"meta_data", arr{obj{{"key", plain("_shipping_weight_kg")}, {"value", decoy(fmt.Sprint(r.f1(0.2, 6)))}}}},
			{"customer_ip_address", netw(ip)},
			{"customer_user_agent", dev(ua)},
			{"date_created", plain(iso(t))},
		})
	}

	cfgRow := func(name string, v leaf, kind string) obj {
		return obj{{"name", plain(name).obf()}, {"value", v.obf()}, {"type", plain(kind).obf()}}
	}
	config := arr{
		cfgRow("DB_USER", cont(shop+"_wp"), "constant"),
		cfgRow("DB_PASSWORD", cred(r.password()), "constant"),
		cfgRow("DB_HOST", netw(lan.host(r.in(5, 50))+":3306"), "constant"),
		cfgRow("AUTH_KEY", cred(r.from(alnum+"!#()*+,-:;<=>?[]^_|~", 64)), "constant"),
		cfgRow("table_prefix", plain("wp_"), "variable"),
		cfgRow("WP_DEBUG", decoy(false), "constant"),
	}

	apiKeys := arr{obj{
		{"key_id", plain(r.in(1, 9))},
		{"user_id", plain(1)},
		{"description", plain(r.pick("ShipStation", "Xero", "Zapier - orders"))},
		{"permissions", plain("read_write")},
		{"consumer_key", cred(r.hex(64))},
		{"consumer_secret", cred("cs_" + r.hex(40))},
		{"truncated_key", decoy(r.hex(7))},
	}}

	stripe := obj{
		{"enabled", plain("yes")},
		{"title", plain("Credit Card (Stripe)")},
		{"testmode", decoy("no")},
		{"publishable_key", decoy("pk_live_" + r.alnum(99))},
		{"secret_key", cred("rk_live_" + r.alnum(99))},
		{"statement_descriptor", plain(strings.ToUpper(shop))},
		{"capture", plain("yes")},
	}

	note := prose(p("Pulled over SSH on "), p(lan.host(r.in(5, 50)), netC), p(" by contractor "), p(r.english().first, contactC), p("; customer login '"), p(custLogin, contactC), p("' reset with temp pass "), p("Tmp-"+r.digits(4)+"!", credC))
	if r.chance(0.3) {
		note = prose(p("Nightly WP-CLI audit dump, no changes since last run."))
	}
	return obj{
		{"site", plain(site)},
		{"wp_cli_version", decoy("2." + fmt.Sprint(r.in(8, 11)) + ".0")},
		{"wp_version", decoy("6." + fmt.Sprint(r.in(4, 8)) + "." + fmt.Sprint(r.in(0, 3)))},
		{"wp user list --format=json", users},
		{"wp user get " + fmt.Sprint(uid) + " --field=user_pass", cred(r.wpHash())},
		{"wp user meta list " + fmt.Sprint(uid) + " --format=json", meta},
		{"wp option get admin_email", cont(r.email(admin))},
		{"wp option get mailserver_pass", cred(r.password())},
		{"wp option get woocommerce_stripe_settings --format=json", stripe},
		{"wp option get woocommerce_password_strength_min", decoy(r.in(1, 4))},
		{"wp config list --format=json", config},
		{"wp wc shop_order list --customer=" + fmt.Sprint(uid) + " --user=1 --format=json", orders},
		{"wp db query 'SELECT * FROM wp_woocommerce_api_keys'", apiKeys},
		{"operator_note", note},
	}
}
