package blindset16

import (
	"fmt"
	"strings"
)

// sltJcal: an independent paediatric speech-and-language therapist's
// CalDAV and CardDAV data, saved by a sync app as jCal (RFC 7265) and jCard
// (RFC 7095): every property a positional array [name, params, type,
// value...], structured values as nested arrays, with the sync app's own
// terse settings on top.
func sltJcal(r *rng) any {
	t0 := r.when()
	slt := r.welsh()
	sltMail := r.email(slt.first, slt.last)
	host := r.pick("slt-practice.example", "siaradsaff.example", "littlevoices.example")
	prop := func(name string, params obj, typ string, vals ...any) any {
		a := arr{plain(name), params, plain(typ)}
		return append(a, vals...)
	}
	none := obj{}

	type child struct {
		p       person
		parent  person
		addr    address
		dx      string
		aid     string
		phone   string
		dxShort string
	}
	var kids []child
	for i := 0; i < r.in(1, 2); i++ {
		c := r.briton()
		par := r.briton()
		par.last = c.last
		dx := r.pick("stammering (developmental dysfluency)", "speech sound disorder", "developmental language disorder", "selective mutism", "verbal dyspraxia (CAS)", "cleft palate speech – post repair")
		kids = append(kids, child{c, par, r.cyAddress(), dx, r.pick("", "", "bilateral hearing aids (Phonak Sky L)", "cochlear implant, right (Nucleus 8)", "Lightwriter SL50 communication aid"), r.cardiffLand(), strings.Fields(dx)[0]})
	}

	var events arr
	for i := 0; i < r.in(1, 3); i++ {
		k := kids[r.IntN(len(kids))]
		start := after(t0, r.in(60, 20000))
		initial := string([]rune(k.p.last)[:1])
		props := arr{
			prop("uid", none, "text", decoy(strings.ToUpper(r.uuid())+"@"+host)),
			prop("dtstart", none, "date-time", plain(iso(start))),
			prop("dtend", none, "date-time", plain(iso(after(start, 45)))),
			prop("summary", none, "text", prose(p(k.p.first+" "+initial+".", contactC), p(" – "), p(r.pick(k.dxShort+" review", "therapy block "+fmt.Sprint(r.in(1, 8)), "initial assessment"), healthC))),
		}
		if r.chance(0.6) {
			props = append(props, prop("location", none, "text", cont(k.addr.oneLine())))
		} else {
			props = append(props, prop("location", none, "text", plain(r.pick("Ysgol Gynradd Heol y Nant", "Ysgol Gymraeg Pen y Bryn", "Clinic room 2, Canolfan Iechyd"))))
		}
		var desc leaf
		switch r.IntN(3) {
		case 0:
			desc = prose(p(map[bool]string{true: "Mum (", false: "Dad ("}[k.parent.female]), p(k.parent.first, contactC), p(") reports "), p(r.pick("more blocks at school since Easter", "fewer repetitions at home", "he is refusing to talk in class"), healthC), p(". Bring Lidcombe chart."))
		case 1:
			desc = prose(p("Check "), p(r.pick("hearing aid batteries before session", "ENT letter re grommets", "EHCP targets with SENCo"), healthC), p("; parking behind the house."))
		default:
			desc = prose(p("Video session – link below. Send resources afterwards."))
		}
		props = append(props,
			prop("description", none, "text", desc),
			prop("attendee", obj{{"cn", cont(k.parent.full())}, {"partstat", plain("ACCEPTED")}, {"role", plain("REQ-PARTICIPANT")}}, "cal-address", cont("mailto:"+r.email(k.parent.first, k.parent.last))),
			prop("organizer", obj{{"cn", cont(slt.full())}}, "cal-address", cont("mailto:"+sltMail)),
			prop("categories", none, "text", plain(r.pick("Home visit", "School visit", "Video")), hlth(k.dxShort)),
		)
		if r.chance(0.5) {
			props = append(props, prop("x-video-url", none, "uri", cred(fmt.Sprintf("https://meet.%s/j/%s?pwd=%s", host, r.digits(10), r.alnum(22)))))
		}
		alarm := arr{plain("valarm"), arr{
			prop("action", none, "text", plain("DISPLAY")),
			prop("trigger", none, "duration", plain("-PT"+fmt.Sprint(r.pick3(10, 15, 30))+"M")),
		}, arr{}}
		if r.chance(0.4) {
			events = append(events, arr{plain("vevent"), props, arr{alarm}})
		} else {
			events = append(events, arr{plain("vevent"), props, arr{}})
		}
	}
	cal := arr{plain("vcalendar"), arr{
		prop("version", none, "text", plain("2.0")),
		prop("prodid", none, "text", decoy("-//Apple Inc.//iPadOS 17.4//EN")),
		prop("calscale", none, "text", plain("GREGORIAN")),
		prop("x-wr-calname", none, "text", joined(p("Caseload – "), p(slt.first, contactC))),
		prop("x-wr-timezone", none, "text", plain("Europe/London")),
	}, events}

	var cards arr
	for _, k := range kids {
		var note leaf
		if k.aid != "" {
			note = prose(p("EHCP: "), p(k.dx, healthC), p(", "), p(k.aid, healthC, devC), p(". Prefers Welsh at home."))
		} else if r.chance(0.5) {
			note = prose(p("Referral from health visitor: "), p(k.dx, healthC), p(". Older sibling also seen 2021."))
		} else {
			note = prose(p("Family prefer appointments after 3.30pm."))
		}
		sex := "M"
		if k.p.female {
			sex = "F"
		}
		cards = append(cards, arr{plain("vcard"), arr{
			prop("version", none, "text", plain("4.0")),
			prop("fn", none, "text", cont(k.p.full())),
			prop("n", none, "text", arr{cont(k.p.last), cont(k.p.first), plain(""), plain(""), plain("")}),
			prop("bday", none, "date", cont(day(r.birth(2012, 2021)))),
			prop("gender", none, "text", sexOf(sex)),
			prop("tel", obj{{"type", arr{plain("home"), plain("voice")}}}, "uri", cont("tel:"+strings.ReplaceAll(k.phone, " ", "-"))),
			prop("tel", obj{{"type", arr{plain("cell")}}, {"pref", plain("1")}}, "uri", cont("tel:"+r.ukMobileIntl())),
			prop("email", obj{{"type", plain("home")}}, "text", cont(r.email(k.parent.first, k.parent.last))),
			prop("adr", obj{{"type", plain("home")}}, "text", arr{plain(""), plain(""), cont(k.addr.street), cont(k.addr.town), plain(""), cont(k.addr.postcode), decoy("United Kingdom")}),
			prop("related", obj{{"type", plain("parent")}}, "text", cont(k.parent.full())),
			prop("categories", none, "text", plain("Caseload"), hlth(k.dxShort)),
			prop("note", none, "text", note),
			prop("photo", none, "uri", cont(fmt.Sprintf("https://dav.%s/photos/%s.jpg", host, r.hex(16)))),
			prop("rev", none, "timestamp", plain(iso(after(t0, -r.in(10, 90000))))),
			prop("uid", none, "uri", decoy("urn:uuid:"+r.uuid())),
		}})
	}

	user := strings.ToLower(ascii(slt.first))
	etags := obj{}
	for i := 0; i < len(events)+len(cards); i++ {
		etags = append(etags, field{fmt.Sprintf("/dav/%s/%s.ics", user, r.uuid()), decoy(`"` + r.hex(32) + `"`)})
	}
	return obfuscated(obj{
		{"x", obj{
			{"u", plain(fmt.Sprintf("https://dav.%s/", host))},
			{"a", cred("Basic " + r.b64(24))},
			{"d", dev(r.pick("iPad13,16", "iPad14,1", "iPad12,1"))},
			{"o", dev(r.pick("17.4.1", "17.5", "16.7.8"))},
			{"n", cont(user)},
			{"t", plain(unix(t0))},
			{"v", decoy(r.semver())},
			{"e", etags},
		}},
		{"cal", cal},
		{"card", cards},
	})
}
