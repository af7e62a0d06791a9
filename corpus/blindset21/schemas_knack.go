package blindset21

import (
	"fmt"
	"strings"
	"time"
)

// knackDate is a Knack date field's display value and raw object.
func knackDate(t time.Time, l func(any) leaf) (leaf, obj) {
	d := t.Format("01/02/2006")
	return l(d), obj{
		{"date", l(d)},
		{"date_formatted", l(d)},
		{"hours", plain("12")},
		{"minutes", plain("00")},
		{"am_pm", plain("AM")},
		{"unix_timestamp", l(t.UnixMilli())},
		{"iso_timestamp", l(t.Format("2006-01-02T15:04:05.000Z"))},
		{"timestamp", l(d + " 12:00 am")},
		{"time", plain(720)},
	}
}

// concussionKnack is a youth ice-hockey league's concussion clinic Knack
// app read with the REST API: fields known only as field_N, each beside
// its field_N_raw twin.
func concussionKnack(r *rng) any {
	t0 := r.when()
	appID := r.hex(24)
	apiKey := r.uuid()
	kid := func() string { return r.pick("65", "66", "64") + r.hex(22) }
	page := func(recs arr) obj {
		return obj{{"total_pages", plain(1)}, {"current_page", plain(1)}, {"total_records", plain(len(recs))}, {"records", recs}}
	}
	nameF := func(n int, pr person) []field {
		return []field{
			{fmt.Sprintf("field_%d", n), cont(pr.full())},
			{fmt.Sprintf("field_%d_raw", n), obj{{"first", cont(pr.first)}, {"last", cont(pr.last)}}},
		}
	}
	phoneF := func(n int) []field {
		area := r.pick("218", "651", "612", "763", "952")
		tail := fmt.Sprintf("01%02d", r.in(0, 99))
		f := fmt.Sprintf("(%s) 555-%s", area, tail)
		return []field{
			{fmt.Sprintf("field_%d", n), cont(f)},
			{fmt.Sprintf("field_%d_raw", n), obj{{"formatted", cont(f)}, {"number", cont("555" + tail)}, {"area", plain(area)}, {"full", cont(area + "555" + tail)}}},
		}
	}

	// parents
	type parent struct {
		pr person
		id string
	}
	var parents []parent
	var pRecs arr
	for i := 0; i < r.in(2, 3); i++ {
		pr := r.english()
		id := kid()
		parents = append(parents, parent{pr, id})
		a := r.usAddress()
		em := r.email(pr)
		rec := obj{{"id", decoy(id)}}
		rec = append(rec, nameF(20, pr)...)
		rec = append(rec,
			field{"field_21", cont(fmt.Sprintf("<a href=\"mailto:%s\">%s</a>", em, em))},
			field{"field_21_raw", obj{{"email", cont(em)}}},
		)
		rec = append(rec, phoneF(22)...)
		rec = append(rec,
			field{"field_23", cont(a.street + "<br />" + a.town + ", " + a.region + " " + a.postcode)},
			field{"field_23_raw", obj{{"street", cont(a.street)}, {"street2", plain("")}, {"city", cont(a.town)}, {"state", cont(a.region)}, {"zip", cont(a.postcode)}, {"country", plain("")}}},
			field{"field_24", plain(r.pick("Mother", "Father", "Guardian"))},
			field{"field_24_raw", plain(r.pick("Mother", "Father", "Guardian"))},
		)
		pRecs = append(pRecs, rec)
	}

	// players
	var plRecs arr
	trainer := r.english()
	for i := 0; i < r.in(2, 3); i++ {
		pl := r.english()
		par := parents[r.IntN(len(parents))]
		pl.last = par.pr.last
		born := r.birth(2008, 2014)
		dob, dobRaw := knackDate(born, cont)
		sex := r.pick("Male", "Male", "Female")
		team := r.pick("U13 AA", "U15 A", "U14 AAA", "U12 B")
		jersey := r.in(2, 98)
		react := r.in(210, 420)
		flex := r.pick("40", "50", "55", "65", "75")
		ice := fmt.Sprintf("%d:%02d", r.in(8, 22), r.in(0, 59))
		h, w := r.in(140, 188), r.in(36, 88)
		base, post := r.in(0, 8), r.in(6, 60)
		stage := r.pick("Stage 1 - symptom-limited activity", "Stage 2 - light aerobic", "Stage 3 - sport-specific", "Stage 5 - full contact practice", "Cleared - return to play")
		dx := r.pick("Concussion", "Concussion - 2nd this season", "Suspected concussion, symptoms resolved 48h", "Whiplash + concussion")
		inj := after(t0, -r.in(1000, 40000))
		injD, injRaw := knackDate(inj, plain)
		note := prose(
			p(r.pick("Hit from behind into boards, ", "Collision at blue line, ", "Fell backwards, helmet off, ")),
			p(r.pick("LOC ~10s. ", "no LOC, headache + nausea. ", "dizzy, light sensitive. "), healthC),
			p("Mom/dad "), p(par.pr.first, contactC), p(" informed at rink. "),
			p(r.pick("No screens 48h.", "Referred to Dr "+r.english().last+" for SCAT5 repeat.", "Back to school half days.")),
		)
		photo := "https://assets.knack.example/assets/" + appID + "/" + r.hex(24) + "/original/" + strings.ToLower(pl.first) + ".jpg"
		rec := obj{{"id", decoy(kid())}}
		rec = append(rec, nameF(1, pl)...)
		rec = append(rec,
			field{"field_2", dob}, field{"field_2_raw", dobRaw},
			field{"field_3", sexOf(sex)}, field{"field_3_raw", sexOf(sex)},
			field{"field_4", decoy(fmt.Sprint(jersey))}, field{"field_4_raw", decoy(jersey)},
			field{"field_5", plain(team)}, field{"field_5_raw", plain(team)},
			field{"field_6", hlth(fmt.Sprint(h))}, field{"field_6_raw", hlth(h)},
			field{"field_7", hlth(fmt.Sprint(w))}, field{"field_7_raw", hlth(w)},
			field{"field_8", hlth(fmt.Sprint(base))}, field{"field_8_raw", hlth(base)},
			field{"field_9", hlth(fmt.Sprint(post))}, field{"field_9_raw", hlth(post)},
			field{"field_10", hlth(fmt.Sprint(react))}, field{"field_10_raw", hlth(react)},
			field{"field_11", hlth(dx)}, field{"field_11_raw", hlth(dx)},
			field{"field_12", hlth(stage)}, field{"field_12_raw", hlth(stage)},
			field{"field_13", cont(fmt.Sprintf("<span class=\"%s\">%s</span>", par.id, par.pr.full()))},
			field{"field_13_raw", arr{obj{{"id", plain(par.id)}, {"identifier", cont(par.pr.full())}}}},
			field{"field_14", note}, field{"field_14_raw", note},
			field{"field_15", decoy(ice)}, field{"field_15_raw", decoy(ice)},
			field{"field_16", injD}, field{"field_16_raw", injRaw},
			field{"field_17", cont(fmt.Sprintf("<img src=\"%s\" />", photo))},
			field{"field_17_raw", obj{{"id", plain(r.hex(24))}, {"application_id", decoy(appID)}, {"s3", plain(true)}, {"type", plain("image")}, {"filename", plain(strings.ToLower(pl.first) + ".jpg")}, {"url", cont(photo)}, {"size", plain(r.in(40000, 900000))}}},
			field{"field_19", decoy(fmt.Sprint(flex))}, field{"field_19_raw", decoy(flex)},
			field{"field_18", cont(trainer.full())}, field{"field_18_raw", arr{obj{{"id", plain(kid())}, {"identifier", cont(trainer.full())}}}},
		)
		plRecs = append(plRecs, rec)
	}

	// clinic iPads
	var ipRecs arr
	for i := 0; i < r.in(1, 2); i++ {
		sync := after(t0, -r.in(0, 5000))
		syncD, syncRaw := knackDate(sync, dev)
		model := r.pick("iPad (10th generation)", "iPad mini (6th generation)")
		ver := r.pick("iPadOS 17.5.1", "iPadOS 17.4", "iPadOS 16.7.8")
		nick := r.pick("Rink 1 iPad", "Trainer bag iPad", "Clinic front desk")
		serial := r.serial(r.pick("DMP", "GG7", "F9F"), 9)
		ipRecs = append(ipRecs, obj{
			{"id", decoy(kid())},
			{"field_30", dev(nick)}, {"field_30_raw", dev(nick)},
			{"field_31", dev(model)}, {"field_31_raw", dev(model)},
			{"field_32", dev(serial)}, {"field_32_raw", dev(serial)},
			{"field_33", dev(ver)}, {"field_33_raw", dev(ver)},
			{"field_34", syncD}, {"field_34_raw", syncRaw},
			{"field_35", cont(trainer.full())}, {"field_35_raw", arr{obj{{"id", plain(kid())}, {"identifier", cont(trainer.full())}}}},
		})
	}

	return obfuscated(obj{
		{"request", obj{
			{"url", plain("https://api.knack.com/v1/objects/object_1/records?rows_per_page=" + r.pick("25", "100", "1000"))},
			{"X-Knack-Application-Id", decoy(appID)},
			{"X-Knack-REST-API-Key", cred(apiKey)},
		}},
		{"object_1", page(plRecs)},
		{"object_2", page(pRecs)},
		{"object_3", page(ipRecs)},
		{"webhook", obj{
			{"url", cred("https://hook." + r.pick("us1", "eu2") + ".make.example/" + r.alnum(32))},
			{"secret", cred(r.hex(32))},
			{"fired", plain(iso(t0))},
		}},
	})
}
