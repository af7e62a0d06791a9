package blindset18

import (
	"fmt"
	"time"
)

// cfrMatrix is a village community-first-responder crew's room exported
// from Element as JSON: room name, creator, topic and exporter, then
// events (member joins with display names and mxc avatars, text messages
// about call-outs, patients, key safes, the defibrillator cabinet, the
// crew car's tablet and the station Wi-Fi, replies, images with their
// pixel sizes, reactions, and one event that did not decrypt).
func cfrMatrix(r *rng) any {
	hs := "matrix." + r.pick("valecfr", "dalescfr", "moorlandresponders", "rivervalecfr") + ".example"
	crew := make([]person, r.in(3, 4))
	handles := make([]string, len(crew))
	for i := range crew {
		crew[i] = r.english()
		handles[i] = "@" + ascii(crew[i].first) + "." + ascii(crew[i].last) + ":" + hs
	}
	room := "!" + r.alnum(18) + ":" + hs
	t := r.when()
	var evs arr
	age := r.in(100000, 9000000)
	evid := func() leaf { return decoy("$" + r.b64url(32)) }
	base := func(typ string, who int, content obj) obj {
		t = t.Add(time.Duration(r.in(30, 4000)) * time.Second)
		return obj{
			{"type", plain(typ)},
			{"sender", cont(handles[who])},
			{"content", content},
			{"origin_server_ts", plain(unixMs(t))},
			{"unsigned", obj{{"age", plain(age + r.in(0, 90000))}}},
			{"event_id", evid()},
			{"room_id", decoy(room)},
		}
	}
	mxc := func() string { return "mxc://" + hs + "/" + r.alnum(24) }
	for i, c := range crew {
		e := base("m.room.member", i, obj{
			{"membership", plain("join")},
			{"displayname", cont(c.full())},
			{"avatar_url", cont(mxc())},
		})
		e = append(e, field{"state_key", cont(handles[i])})
		evs = append(evs, e)
	}
	text := func(who int, body leaf) obj {
		return base("m.room.message", who, obj{{"msgtype", plain("m.text")}, {"body", body}})
	}
	pt := r.english()
	addr := r.ukAddress()
	s, d := r.bp()
	msgs := []leaf{
		prose(p(fmt.Sprintf("Call %02d:%02d: ", r.in(0, 23), r.in(0, 59))),
			p(fmt.Sprintf("%dyo %s, ", r.in(55, 92), map[bool]string{true: "female", false: "male"}[pt.female]), healthC),
			p(r.pick("chest pain, ", "fall with head injury, ", "SOB, ", "hypo, "), healthC),
			p(fmt.Sprintf("BP %d/%d, HR %d, on %s", s, d, r.in(48, 130), r.pick("warfarin", "apixaban", "insulin", "nothing regular")), healthC),
			p(" – "), p(addr.street+", "+addr.town+" "+addr.postcode, contactC),
			p(", key safe "), p(r.digits(4), credC), p(". Handed to ambulance.")),
		prose(p("Defib cabinet code at the "+r.pick("chapel", "village hall", "Co-op", "pub")+" changed to "), p(r.pick("C", "X", "")+r.digits(4)+r.pick("X", "", "#"), credC), p(", please don't post it on Facebook")),
		prose(p("AED at the village hall is a "), p(r.pick("Philips HeartStart FRx", "ZOLL AED Plus", "Cardiac Science Powerheart G5", "Lifepak CR2"), devC),
			p(", SN "), p(r.serial("B", 2)+"-"+r.digits(5), devC), p(", pads expire "+fmt.Sprintf("%d-%02d", r.in(2025, 2027), r.in(1, 12)))),
		prose(p("Station Wi-Fi is "), p(r.pick("VFR-Crew", "CFR-Base", "HallCrew")+r.digits(2), netC), p(" / "), p(r.psk(), credC)),
		prose(p("New tablet for the car is on "), p(fmt.Sprintf("192.168.8.%d", r.in(2, 200)), netC), p(", MiFi admin page "), p("http://192.168.8.1", netC), p(" (it's the "), p(r.pick("Huawei E5785", "Netgear Nighthawk M1", "TP-Link M7350"), devC), p(")")),
		prose(p("Can someone ring "), p(r.english().first, contactC), p(" on "), p(r.ukMobile(), contactC), p(" about the rota?")),
		prose(p("Lockbox at the station is now "), p(r.digits(4), credC), p(", and the car's fuel card PIN is "), p(r.digits(4), credC)),
		prose(p(r.pick("Thanks all, good job tonight 👍", "Rota for next week is on the board", "Kit check Saturday 10:00", "Oxygen cylinder swapped, log updated"))),
		prose(p("Our patient from "), p(r.pick("Tuesday", "the weekend", "last night")), p(" ("), p(pt.first, contactC), p(") is home, "), p(r.pick("stent fitted", "no fracture", "started on metformin", "pacemaker check OK"), healthC), p(". Family say thanks.")),
	}
	order := r.Perm(len(msgs))[:r.in(6, 8)]
	for _, k := range order {
		who := r.IntN(len(crew))
		e := text(who, msgs[k])
		if r.chance(0.25) {
			e[2].val = append(e[2].val.(obj), field{"m.relates_to", obj{{"m.in_reply_to", obj{{"event_id", evid()}}}}})
		}
		evs = append(evs, e)
	}
	// An image with its pixel sizes.
	h, w := r.pick3(1080, 1440, 3024), r.pick3(1920, 1080, 4032)
	evs = append(evs, base("m.room.message", r.IntN(len(crew)), obj{
		{"msgtype", plain("m.image")},
		{"body", plain(fmt.Sprintf("IMG_%s_%06d.jpg", t.Format("20060102"), r.in(0, 235959)))},
		{"url", plain(mxc())},
		{"info", obj{
			{"h", decoy(h)},
			{"w", plain(w)},
			{"mimetype", plain("image/jpeg")},
			{"size", plain(r.in(90000, 4000000))},
			{"thumbnail_info", obj{{"h", decoy(h / 4)}, {"w", plain(w / 4)}, {"mimetype", plain("image/jpeg")}, {"size", plain(r.in(9000, 90000))}}},
			{"thumbnail_url", plain(mxc())},
		}},
	}))
	// A reaction and an event that did not decrypt.
	evs = append(evs, base("m.reaction", r.IntN(len(crew)), obj{{"m.relates_to", obj{{"rel_type", plain("m.annotation")}, {"event_id", evid()}, {"key", plain("👍")}}}}))
	evs = append(evs, base("m.room.encrypted", r.IntN(len(crew)), obj{
		{"algorithm", plain("m.megolm.v1.aes-sha2")},
		{"ciphertext", decoy(r.b64raw(r.in(120, 300)))},
		{"device_id", dev(r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10))},
		{"sender_key", decoy(r.b64raw(32))},
	}))
	exporter := r.IntN(len(crew))
	return obj{
		{"room_name", plain(r.pick("CFR crew", "Responders – ops", "Vale CFR team", "First responders"))},
		{"room_creator", cont(handles[0])},
		{"topic", plain("Call-outs, rota and kit. Nothing identifying please!")},
		{"export_date", plain(t.Format("01/02/2006"))},
		{"exported_by", cont(handles[exporter])},
		{"messages", evs},
	}
}
