package blindset13

import (
	"fmt"
)

// A birth-doula collective's client board as a Notion API database query:
// {"object":"list","results":[page]} where every page property is wrapped
// by its type (title and rich_text arrays with annotations and plain_text,
// email, phone_number, date {start,end,time_zone}, select, multi_select,
// people with person.email, number, checkbox, files with expiring signed
// URLs), with property ids, page url and parent database id.

var (
	doulaConds = []string{"GDM", "preeclampsia hx", "GBS+", "anemia", "hypothyroid", "prior C-section", "twins", "placenta previa", "anxiety", "IVF pregnancy"}
	tensUnits  = []string{"Elle TENS Plus", "Babycare TENS Maternity", "Bellybelt Obstetric TENS", "Sonoline B fetal doppler", "Medela Symphony pump"}
)

// rtext is a Notion rich_text / title array holding one text run.
func rtext(l leaf) arr {
	copyL := l
	return arr{obj{
		{"type", plain("text")},
		{"text", obj{{"content", l}, {"link", null()}}},
		{"annotations", obj{{"bold", plain(false)}, {"italic", plain(false)}, {"strikethrough", plain(false)}, {"underline", plain(false)}, {"code", plain(false)}, {"color", plain("default")}}},
		{"plain_text", copyL},
		{"href", null()},
	}}
}

func nprop(r *rng, typ string, v any) obj {
	return obj{{"id", plain(r.pick("%3A", "%3D", "%40", "%5B", "") + r.alnum(3))}, {"type", plain(typ)}, {typ, v}}
}

func doulaNotion(r *rng) any {
	first, last := r.pick(usFirstF...), r.pick(usLast...)
	email := r.mail(ascii(first) + "." + ascii(last))
	street, city, st, zip := r.usAddr()
	pf := r.pick(usFirstM...)
	doula := r.pick(usFirstF...) + " " + r.pick(usLast...)
	pageID := r.uuid()
	edd := r.when(2024, 2025)
	born := r.chance(0.4)
	ssid := r.pick(last+"Home", "NETGEAR"+r.digits(2), "TheNest", "Xfinity-"+r.upper(4))

	conds := arr{}
	for _, c := range r.pickSome(r.in(0, 3), doulaConds...) {
		conds = append(conds, obj{{"id", decoy(r.alnum(4))}, {"name", hlth(c)}, {"color", plain(r.pick("red", "orange", "blue", "gray"))}})
	}

	access := r.pickProse(
		func() leaf {
			return prose(p("Gate code "), p(r.digits(4)+"#", credC), p(", park behind garage. Wi-Fi "), p(ssid, netC), p(" / "), p(r.pick("sunflower", "babybird", "welcome")+r.digits(3), credC), p(" for the birth pool cam."))
		},
		func() leaf {
			return prose(p("Side door, lockbox "), p(r.digits(4), credC), p(". Dog is friendly. Partner "), p(pf, contactC), p(" cell "), p(r.us555(), contactC))
		},
		func() leaf { return prose(p("Apartment buzzer 3B, elevator at back.")) },
	)
	notes := r.pickProse(
		func() leaf {
			return prose(p("Prenatal 2: BP "), p(fmt.Sprintf("%d/%d", r.in(104, 146), r.in(64, 96)), healthC), p(", "), p(r.pick("swelling in ankles", "baby is breech, trying spinning babies", "headaches, told to call OB", "feeling good, sleeping 6 h"), healthC), p(". Wants "), p(r.pick("unmedicated birth", "epidural early", "VBAC"), healthC), p("."))
		},
		func() leaf {
			return prose(p("Loaned "), p(r.pick(tensUnits...), devC), p(" SN "), p(r.upper(2)+r.digits(6), devC), p(", return by 6 wks pp."))
		},
		func() leaf {
			return prose(p("Postpartum visit: baby "), p(fmt.Sprintf("%d lb %d oz", r.in(5, 9), r.in(0, 15)), healthC), p(", "), p(r.pick("latch improving", "mom has mastitis, on dicloxacillin", "EPDS score 14 - referred", "jaundice resolved"), healthC), p("."))
		},
		func() leaf { return prose(p("Sent contract and invoice. Waiting on deposit.")) },
	)

	props := obj{
		{"Client", nprop(r, "title", rtext(cont(first+" "+last)))},
		{"Email", nprop(r, "email", cont(email))},
		{"Partner phone", nprop(r, "phone_number", cont(r.us555()))},
		{"Partner email", nprop(r, "email", cont(r.mail(ascii(pf)+"."+ascii(last))))},
		{"OB / midwife", nprop(r, "select", obj{{"id", decoy(r.alnum(4))}, {"name", cont(r.pick("Dr. ", "CNM ") + r.pick(usFirstF...) + " " + r.pick(usLast...))}, {"color", plain("brown")}})},
		{"Phone", nprop(r, "phone_number", cont(r.us555()))},
		{"Address", nprop(r, "rich_text", rtext(cont(fmt.Sprintf("%s, %s, %s %s", street, city, st, zip))))},
		{"EDD", nprop(r, "date", obj{{"start", hlth(edd.Format("2006-01-02"))}, {"end", null()}, {"time_zone", null()}})},
		{"Weeks at intake", nprop(r, "number", hlth(r.in(8, 34)))},
		{"G/P", nprop(r, "select", obj{{"id", decoy(r.alnum(4))}, {"name", hlth(fmt.Sprintf("G%dP%d", r.in(1, 5), r.in(0, 3)))}, {"color", plain("default")}})},
		{"Conditions", nprop(r, "multi_select", conds)},
		{"Blood type", nprop(r, "select", obj{{"id", decoy(r.alnum(4))}, {"name", hlth(r.blood())}, {"color", plain("purple")}})},
		{"Doula", nprop(r, "people", arr{obj{
			{"object", plain("user")},
			{"id", decoy(r.uuid())},
			{"name", cont(doula)},
			{"avatar_url", cont("https://s3.notion.example.com/avatars/" + r.uuid() + ".png")},
			{"type", plain("person")},
			{"person", obj{{"email", cont(r.mail(ascii(doula)))}}},
		}})},
		{"Home access", nprop(r, "rich_text", rtext(access))},
		{"Invoice #", nprop(r, "number", decoy(r.in(1000, 9999)))},
		{"Notes", nprop(r, "rich_text", rtext(notes))},
	}
	if born {
		props = append(props,
			field{"Baby born", nprop(r, "date", obj{{"start", cont(edd.AddDate(0, 0, r.in(-20, 12)).Format("2006-01-02"))}, {"end", null()}, {"time_zone", null()}})},
			field{"Baby weight (lb)", nprop(r, "number", hlth(r.f1(5.2, 9.9)))},
			field{"Birth mode", nprop(r, "select", obj{{"id", decoy(r.alnum(4))}, {"name", hlth(r.pick("vaginal", "C-section", "VBAC", "assisted"))}, {"color", plain("pink")}})},
		)
	}
	if r.chance(0.6) {
		props = append(props, field{"Files", nprop(r, "files", arr{obj{
			{"name", plain(r.pick("birth-plan.pdf", "intake-form.pdf", "contract-signed.pdf"))},
			{"type", plain("file")},
			{"file", obj{
				{"url", cred(fmt.Sprintf("https://files.notion-static.example.com/%s/%s/birth-plan.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA%s&X-Amz-Security-Token=%s&X-Amz-Signature=%s", r.uuid(), r.uuid(), r.upper(16), r.b64(60), r.hexs(64)))},
				{"expiry_time", plain(r.isoMs(2024, 2024))},
			}},
		}})})
	}
	if r.chance(0.5) {
		props = append(props, field{"Loaned kit", nprop(r, "select", obj{{"id", decoy(r.alnum(4))}, {"name", dev(r.pick(tensUnits...))}, {"color", plain("yellow")}})})
	}

	page := obj{
		{"object", plain("page")},
		{"id", decoy(pageID)},
		{"created_time", plain(r.isoMs(2023, 2024))},
		{"last_edited_time", plain(r.isoMs(2024, 2024))},
		{"icon", obj{{"type", plain("emoji")}, {"emoji", plain(r.pick("🤰", "👶", "🌸"))}}},
		{"parent", obj{{"type", plain("database_id")}, {"database_id", decoy(r.uuid())}}},
		{"archived", plain(false)},
		{"properties", props},
		{"url", cont(fmt.Sprintf("https://www.notion.example.com/%s-%s-%s", first, last, r.hexs(32)))},
	}
	return obj{
		{"object", plain("list")},
		{"results", arr{page}},
		{"next_cursor", null()},
		{"has_more", plain(false)},
		{"type", plain("page_or_database")},
		{"page_or_database", obj{}},
		{"request_id", decoy(r.uuid())},
	}
}
