package blindset16

import (
	"fmt"
	"strings"
)

// trekkingFrappe: a trekking agency in the Albanian Alps runs its bookings
// on Frappe (ERPNext's framework); a freelancer's debug dump holds three
// REST responses ({"data": ...}): a booking with its participants child
// table (parent, parentfield, idx...), the agency's settings single and the
// guide's User record. Custom field names and notes are in Albanian; the
// framework's own fields (_comments and _assign as JSON strings) are not.
func trekkingFrappe(r *rng) any {
	t0 := r.when()
	agency := r.pick("Alpet Shqiptare Trek", "Valbona Guides", "Theth Mountain Tours", "Korabi Adventures")
	dom := strings.ToLower(strings.ReplaceAll(strings.Fields(agency)[0], " ", "")) + ".example"
	admin := r.albanian()
	adminMail := ascii(admin.first) + "@" + dom
	guide := r.albanian()
	guideMail := ascii(guide.first) + "." + ascii(guide.last) + "@" + dom
	bookingName := fmt.Sprintf("REZ-2024-%05d", r.in(1, 99999))
	created := after(t0, -r.in(1000, 90000))
	modified := after(t0, -r.in(10, 900))
	std := func(doctype, name string, idx int, owner string) obj {
		return obj{
			{"name", decoy(name)},
			{"owner", cont(owner)},
			{"creation", plain(created.Format("2006-01-02 15:04:05.000000"))},
			{"modified", plain(modified.Format("2006-01-02 15:04:05.000000"))},
			{"modified_by", cont(adminMail)},
			{"docstatus", plain(1)},
			{"idx", plain(idx)},
		}
	}

	lead := r.visitor()
	sex := "Mashkull"
	if lead.female {
		sex = "Femër"
	}
	start := after(t0, r.in(2000, 60000))

	var parts arr
	n := r.in(1, 3)
	for i := 0; i < n; i++ {
		pp := lead
		if i > 0 {
			pp = r.visitor()
		}
		psex := "Mashkull"
		if pp.female {
			psex = "Femër"
		}
		ec := r.visitor()
		row := std("Pjesemarres Trekking", r.hex(10), i+1, adminMail)
		row = append(row,
			field{"parent", decoy(bookingName)},
			field{"parentfield", plain("pjesemarresit")},
			field{"parenttype", plain("Rezervim Trekking")},
			field{"doctype", plain("Pjesemarres Trekking")},
			field{"emri_i_plote", cont(pp.full())},
			field{"mosha", ageOf(r.in(19, 71))},
			field{"gjinia", sexOf(psex)},
			field{"pesha_kg", hlth(r.in(48, 115)).clin()},
			field{"gjatesia_cm", hlth(r.in(152, 198)).clin()},
			field{"semundje_kronike", hlth(r.pick("asnjë", "astmë", "diabet tip 1", "hipertension", "probleme me gjurin e djathtë", "epilepsi")).clin()},
			field{"alergji", hlth(r.pick("asnjë", "penicilinë", "arra", "pickim bletësh", "gluten")).clin()},
			field{"ilace", hlth(r.pick("asnjë", "salbutamol", "insulinë", "amlodipinë 5 mg", "levotiroksinë")).clin()},
			field{"niveli_fitnesit", plain(r.pick("fillestar", "mesatar", "i avancuar"))},
			field{"kontakt_emergjence", cont(ec.full())},
			field{"tel_emergjence", cont(r.foreignPhone())},
			field{"sigurimi_shendetesor", plain(r.pick("ADAC", "World Nomads", "AXA Assistance", "PZU Wojażer"))},
			field{"shenime_mjekesore", r.pickLeaf(
				func() leaf {
					return prose(p("Ka pasur "), p(r.pick("operacion në gju vitin e kaluar", "sëmundje lartësie në Alpe", "dhimbje kronike në shpinë"), healthC), p(", duhet ritëm i ngadaltë."))
				},
				func() leaf { return prose(p("Asgjë për t'u shënuar.")) },
			).clin()},
		)
		parts = append(parts, row)
	}

	var note leaf
	switch r.IntN(4) {
	case 0:
		note = prose(p("Klientja ka "), p(r.pick("astmë", "diabet tip 1", "dhimbje kronike në shpinë"), healthC), p(", merr "), p(r.pick("inhalatorin", "insulinën", "ilaçet"), healthC), p(" me vete. Kërkon dhomë të veçantë në Theth."))
	case 1:
		d := r.albanian()
		note = prose(p("Grupi arrin në Shkodër më "+fmt.Sprint(r.in(1, 28))+", transferta nga aeroporti me shoferin "), p(d.first, contactC), p(" ("), p(r.alLocal(), contactC), p(")."))
	case 2:
		note = prose(p("Pajisja satelitore "), p(r.pick("inReach Mini 2", "ZOLEO"), devC), p(" e ngarkuar, WiFi në bujtinë: "), p(r.pick("Bujtina-Guest", "Valbona-WiFi", "Theth-Hostel"), netC), p("."))
	default:
		note = prose(p("Pagesa e plotë u krye, konfirmim i dërguar."))
	}

	var comments arr
	for i := 0; i < r.in(1, 2); i++ {
		var c leaf
		if r.chance(0.5) {
			c = joined(p(map[bool]string{true: "Udhërrëfyesja ", false: "Udhërrëfyesi "}[guide.female]), p(guide.first, contactC), p(map[bool]string{true: " konfirmoi datat; numri i saj ", false: " konfirmoi datat; numri i tij "}[guide.female]), p(r.alPhone(), contactC))
		} else {
			c = joined(p("Klienti pyet për ngarkesë me mushkë, "), p("ka operacion në gju", healthC), p("."))
		}
		comments = append(comments, obj{{"comment", c}, {"by", cont(adminMail)}, {"name", decoy(r.hex(10))}})
	}

	booking := std("Rezervim Trekking", bookingName, 0, adminMail)
	booking = append(booking,
		field{"doctype", plain("Rezervim Trekking")},
		field{"emri", cont(lead.first)},
		field{"mbiemri", cont(lead.last)},
		field{"datelindja", cont(day(r.birth(1955, 2004)))},
		field{"gjinia", sexOf(sex)},
		field{"telefoni", cont(r.foreignPhone())},
		field{"emaili", cont(r.email(lead.first, lead.last))},
		field{"adresa", cont(fmt.Sprintf("%s %d", r.pick("Lindenstraße", "Prinsengracht", "ul. Kwiatowa", "Church Road", "Hauptstraße"), r.in(1, 140)))},
		field{"qyteti", cont(r.pick("Köln", "Amsterdam", "Wrocław", "Bristol", "Graz"))},
		field{"kodi_postar", cont(r.pick("50667", "1015 DV", "50-001", "BS6 5AB", "8010"))},
		field{"shteti", decoy(r.pick("DE", "NL", "PL", "GB", "AT"))},
		field{"itinerari", plain(r.pick("Valbonë – Theth", "Rruga e Kreshtave (Peaks of the Balkans)", "Llogara – Çika", "Maja e Korabit", "Lugina e Shalës"))},
		field{"data_e_nisjes", plain(day(start))},
		field{"nr_personave", plain(n)},
		field{"cmimi_total", plain(float64(n * r.in(380, 990)))},
		field{"monedha", plain("EUR")},
		field{"kodi_promocional", r.orNull(0.6, decoy(r.pick("ALPET10", "EARLY24", "GRUPI15")))},
		field{"udherrefyesi", cont(guide.full())},
		field{"tel_udherrefyesi", cont(r.alPhone())},
		field{"pajisja_satelitore_modeli", dev(r.pick("Garmin inReach Mini 2", "Garmin inReach Messenger", "ZOLEO Satellite Communicator"))},
		field{"pajisja_satelitore_imei", dev(r.imei())},
		field{"pajisja_e_fundit_aktive", dev(after(t0, -r.in(30, 4000)).Format("2006-01-02 15:04:05"))},
		field{"transport_mushke", plain(r.chance(0.4))},
		field{"shenime", note},
		field{"_user_tags", null()},
		field{"_comments", embed(comments).obf()},
		field{"_assign", embed(arr{cont(guideMail)}).obf()},
		field{"_liked_by", plain("[]")},
		field{"pjesemarresit", parts},
	)

	l := r.lan()
	settings := obj{
		{"name", plain("Cilesimet e Agjencise")},
		{"owner", cont(adminMail)},
		{"modified", plain(modified.Format("2006-01-02 15:04:05.000000"))},
		{"docstatus", plain(0)},
		{"doctype", plain("Cilesimet e Agjencise")},
		{"emri_agjencise", plain(agency)},
		{"wifi_zyra_ssid", netw(r.pick("Zyra-", "Agjencia-", "TrekOffice-") + r.HEX(4))},
		{"wifi_zyra_fjalekalimi", cred(r.psk())},
		{"ip_routeri", netw(l.gw())},
		{"url_paneli_routerit", netw(fmt.Sprintf("http://%s:%d", l.gw(), r.pick3(80, 8080, 8443)))},
		{"twilio_account_sid", decoy(r.twilioSID())},
		{"twilio_auth_token", cred(r.hex(32))},
		{"smtp_serveri", plain("smtp.mail.example")},
		{"smtp_fjalekalimi", cred(r.password())},
		{"stripe_celesi_sekret", cred(r.stripeSecret())},
		{"stripe_celesi_publik", decoy(r.stripePub())},
		{"gjatesia_min_fjalekalimit", decoy(8)},
		{"versioni_i_skemes", decoy(r.semver())},
	}

	uname := ascii(guide.first) + ascii(guide.last)[:1]
	user := obj{
		{"name", cont(guideMail)},
		{"owner", cont(adminMail)},
		{"creation", plain(created.Format("2006-01-02 15:04:05.000000"))},
		{"docstatus", plain(0)},
		{"doctype", plain("User")},
		{"enabled", plain(1)},
		{"email", cont(guideMail)},
		{"first_name", cont(guide.first)},
		{"last_name", cont(guide.last)},
		{"full_name", cont(guide.full())},
		{"username", cont(uname)},
		{"mobile_no", cont(r.alPhone())},
		{"user_image", cont("/files/" + uname + ".jpg")},
		{"language", plain("sq")},
		{"time_zone", plain("Europe/Tirane")},
		{"user_type", plain("System User")},
		{"role_profile_name", plain("Udherrefyes")},
		{"last_ip", netw(r.wan())},
		{"last_login", plain(modified.Format("2006-01-02 15:04:05.000000"))},
		{"last_active", plain(modified.Format("2006-01-02 15:04:05.000000"))},
		{"api_key", cred(r.from(lowerNum, 15))},
		{"api_secret", decoy("*****")},
		{"new_password", plain("")},
		{"simultaneous_sessions", plain(2)},
		{"restrict_ip", null()},
		{"login_after", plain(0)},
	}

	return language(obj{
		{"rezervim", obj{{"data", booking}}},
		{"cilesimet", obj{{"data", settings}}},
		{"perdorues", obj{{"data", user}}},
	})
}
