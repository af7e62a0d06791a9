package blindset24

import "fmt"

// sugarcampGremlin: a Ludhiana-based diabetes eye-and-foot camp NGO keeps
// its patients in JanusGraph; a volunteer developer's capture holds a
// Gremlin Server HTTP request and its answer in GraphSON 3.0 without
// embedded types (dates as epoch milliseconds): patient, check-up,
// glucometer, volunteer and camp-settings vertices with Punjabi (Gurmukhi)
// property keys, and the edges between them.
func sugarcampGremlin(r *rng) any {
	t := r.when()
	srv := r.lan()
	pt := r.punjabi()
	rel := r.male(r.punjabi)
	vol := r.punjabi()
	docP := r.punjabi()
	house, village, dist, pin := r.pbAddress()
	dob := r.birth(1945, 1985)
	mobile := r.pbPhone()
	relID := func() leaf {
		return plain(fmt.Sprintf("%s-%s-%s-%s", r.from(lowerNum, 3), r.from(lowerNum, 3), r.from(lowerNum, 2), r.from(lowerNum, 3)))
	}
	typed := func(_ string, l leaf) leaf { return l }
	vertex := func(id int, label string, props obj) obj {
		out := obj{}
		for _, f := range props {
			out = append(out, field{f.key, arr{obj{{"id", relID()}, {"value", f.val}}}})
		}
		return obj{{"id", plain(id)}, {"label", plain(label)}, {"type", plain("vertex")}, {"properties", out}}
	}
	edge := func(label, outL, inL string, out, in int, props obj) obj {
		return obj{
			{"id", relID()}, {"label", plain(label)}, {"type", plain("edge")}, {"inVLabel", plain(inL)}, {"outVLabel", plain(outL)},
			{"inV", plain(in)}, {"outV", plain(out)}, {"properties", props},
		}
	}

	pid, cid, did, vid, sid := r.in(4000, 90000)*8, r.in(4000, 90000)*8+1, r.in(4000, 90000)*8+2, r.in(4000, 90000)*8+3, r.in(4000, 90000)*8+4
	sex := "ਔਰਤ"
	relKey := "ਪਤੀ_ਦਾ_ਨਾਮ"
	if !pt.female {
		sex = "ਮਰਦ"
		relKey = "ਪਿਤਾ_ਦਾ_ਨਾਮ"
	}
	patient := vertex(pid, "ਮਰੀਜ਼", obj{
		{"ਰਜਿਸਟ੍ਰੇਸ਼ਨ_ਨੰਬਰ", decoy(fmt.Sprintf("LDH-%d-%05d", 2024, r.in(1, 99999)))},
		{"ਨਾਮ", cont(pt.full())},
		{relKey, cont(rel.full())},
		{"ਜਨਮ_ਮਿਤੀ", typed("Date", cont(unixMs(dob)))},
		{"ਉਮਰ", typed("Int32", ageOf(age(dob, t)))},
		{"ਲਿੰਗ", sexOf(sex)},
		{"ਮੋਬਾਈਲ", cont(mobile)},
		{"ਪਤਾ", cont(house)},
		{"ਪਿੰਡ", cont(village)},
		{"ਜ਼ਿਲ੍ਹਾ", cont(dist)},
		{"ਪਿੰਨ_ਕੋਡ", cont(pin)},
		{"ਸ਼ੂਗਰ_ਕਦੋਂ_ਤੋਂ", clinical(hlth(fmt.Sprintf("%d ਸਾਲ", r.in(1, 25))))},
		{"ਬਣਾਇਆ", typed("Date", plain(unixMs(after(t, -r.in(10000, 500000)))))},
	})
	sys, dia := r.bp()
	h := r.in(148, 186)
	w := r.f1(48, 104)
	checkup := vertex(cid, "ਜਾਂਚ", clinical(obj{
		{"ਮਿਤੀ", typed("Date", plain(unixMs(after(t, -r.in(10, 3000)))))},
		{"ਖਾਲੀ_ਪੇਟ_ਸ਼ੂਗਰ", typed("Int32", hlth(r.in(90, 320)))},
		{"ਐਚਬੀਏ1ਸੀ", typed("Double", hlth(r.f1(5.6, 12.5)))},
		{"ਬਲੱਡ_ਪ੍ਰੈਸ਼ਰ", hlth(fmt.Sprintf("%d/%d", sys, dia))},
		{"ਭਾਰ", typed("Double", hlth(w))},
		{"ਕੱਦ", typed("Int32", hlth(h))},
		{"ਬੀਐਮਆਈ", typed("Double", hlth(round1(w/float64(h*h)*10000)))},
		{"ਅੱਖਾਂ_ਦੀ_ਜਾਂਚ", hlth(r.pick("ਰੈਟੀਨੋਪੈਥੀ ਨਹੀਂ", "ਹਲਕੀ ਰੈਟੀਨੋਪੈਥੀ, ਦੋਵੇਂ ਅੱਖਾਂ", "ਮੋਤੀਆ ਸੱਜੀ ਅੱਖ"))},
		{"ਪੈਰਾਂ_ਦੀ_ਜਾਂਚ", hlth(r.pick("ਠੀਕ", "ਸੁੰਨਪਨ ਦੋਵੇਂ ਪੈਰ", "ਖੱਬੇ ਪੈਰ ਤੇ ਜ਼ਖ਼ਮ"))},
		{"ਦਵਾਈਆਂ", hlth(r.pick("ਮੈਟਫਾਰਮਿਨ 500 mg ਦਿਨ ਵਿੱਚ ਦੋ ਵਾਰ", "ਗਲਿਮੇਪਿਰਾਈਡ 1 mg ਸਵੇਰੇ", "ਇਨਸੁਲਿਨ ਗਲਾਰਜੀਨ 14 ਯੂਨਿਟ ਰਾਤ ਨੂੰ", "ਟੈਲਮੀਸਾਰਟਨ 40 mg ਸਵੇਰੇ"))},
		{"ਡਾਕਟਰ", cont("ਡਾ. " + docP.full())},
		{"ਡਾਕਟਰ_ਦੀ_ਟਿੱਪਣੀ", pbDoctorNote(r, rel, mobile)},
	}).(obj))
	btMac := r.mac(":", true)
	device := vertex(did, "ਯੰਤਰ", obj{
		{"ਕਿਸਮ", dev("ਗਲੂਕੋਮੀਟਰ")},
		{"ਮਾਡਲ", dev(r.pick("Accu-Chek Instant", "Dr. Morepen BG-03", "OneTouch Select Plus Simple", "Contour Plus ONE"))},
		{"ਸੀਰੀਅਲ_ਨੰਬਰ", dev(r.serial("", 11))},
		{"ਬਲੂਟੁੱਥ_ਪਤਾ", macAddr(btMac)},
		{"ਫਰਮਵੇਅਰ", dev(r.semver())},
		{"ਆਖਰੀ_ਸਿੰਕ", typed("Date", dev(unixMs(after(t, -r.in(5, 9000)))))},
	})
	phModel, phOS := r.phoneModel()
	volunteer := vertex(vid, "ਸੇਵਾਦਾਰ", obj{
		{"ਨਾਮ", cont(vol.full())},
		{"ਮੋਬਾਈਲ", cont(r.pbLocal())},
		{"ਈਮੇਲ", cont(r.email(vol))},
		{"ਯੂਜ਼ਰਨੇਮ", cont(r.userName(vol))},
		{"ਪਾਸਵਰਡ_ਹੈਸ਼", cred(r.pbkdf2sha512())},
		{"ਫ਼ੋਨ_ਮਾਡਲ", dev(phModel)},
		{"ਫ਼ੋਨ_ਓਐਸ", dev(phOS)},
		{"ਐਪ_ਵਰਜਨ", dev(r.pick("1.8.2", "1.9.0", "2.0.1"))},
		{"ਈਮੇਲ_ਪੁਸ਼ਟੀ", decoy(r.chance(0.6))},
		{"ਲਾਗਇਨ_ਗਿਣਤੀ", decoy(r.in(1, 400))},
	})
	settings := vertex(sid, "ਕੈਂਪ_ਸੈਟਿੰਗਾਂ", obj{
		{"ਕੈਂਪ", plain(r.pick("ਦਾਖਾ", "ਮੁੱਲਾਂਪੁਰ", "ਜਗਰਾਓਂ", "ਖੰਨਾ") + " ਕੈਂਪ " + fmt.Sprint(r.in(1, 40)))},
		{"ਵਾਈਫਾਈ_ਨਾਮ", netw(r.ssid("Sewa"))},
		{"ਵਾਈਫਾਈ_ਪਾਸਵਰਡ", cred(r.psk())},
		{"ਸਰਵਰ_ਆਈਪੀ", netw(srv.host(r.in(10, 60)))},
		{"ਰਾਊਟਰ_ਐਡਮਿਨ", netw("http://" + srv.gw() + ":8080")},
		{"ਐੱਸਐੱਮਐੱਸ_ਕੁੰਜੀ", cred(r.msg91Key())},
		{"ਸਕੀਮਾ_ਵਰਜਨ", decoy(r.semver())},
	})

	data := arr{
		patient, checkup, device, volunteer, settings,
		edge("ਦੀ_ਜਾਂਚ", "ਮਰੀਜ਼", "ਜਾਂਚ", pid, cid, obj{{"ਮਿਤੀ", typed("Date", plain(unixMs(after(t, -r.in(10, 3000)))))}}),
		edge("ਵਰਤਦਾ", "ਮਰੀਜ਼", "ਯੰਤਰ", pid, did, obj{{"ਦਿੱਤਾ", typed("Date", plain(unixMs(after(t, -r.in(10000, 90000)))))}}),
		edge("ਨੇ_ਦਰਜ_ਕੀਤਾ", "ਸੇਵਾਦਾਰ", "ਜਾਂਚ", vid, cid, obj{{"ਸਰੋਤ", plain(r.pick("ਐਪ", "ਕਾਗਜ਼"))}}),
	}

	return language(obj{
		{"endpoint", netw(fmt.Sprintf("http://%s:8182/gremlin", srv.host(r.in(10, 60))))},
		{"headers", obj{{"Authorization", cred("Token " + r.b64(40))}, {"Content-Type", plain("application/json")}}},
		{"request", obj{
			{"gremlin", cont(fmt.Sprintf("g.V().has('ਮਰੀਜ਼','ਮੋਬਾਈਲ','%s').union(identity(), outE(), out()).limit(20)", mobile))},
			{"language", plain("gremlin-groovy")},
		}},
		{"response", obj{
			{"requestId", plain(r.uuid())},
			{"status", obj{{"message", plain("")}, {"code", plain(200)}, {"attributes", obj{}}}},
			{"result", obj{
				{"data", data},
				{"meta", obj{}},
			}},
		}},
	})
}

func pbDoctorNote(r *rng, rel person, mobile string) leaf {
	switch r.IntN(3) {
	case 0:
		return prose(p("ਸ਼ੂਗਰ ਕਾਬੂ ਵਿੱਚ ਨਹੀਂ, ਇਨਸੁਲਿਨ ਸ਼ੁਰੂ ਕਰਨ ਦੀ ਸਲਾਹ", healthC), p("। ਪਰਿਵਾਰ ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ: "), p(mobile, contactC))
	case 1:
		return prose(p(rel.full(), contactC), p(" ਨੂੰ ਦੱਸਿਆ ਕਿ "), p("ਪੈਰ ਦਾ ਜ਼ਖ਼ਮ ਰੋਜ਼ ਸਾਫ਼ ਕਰਨਾ ਹੈ", healthC), p("।"))
	}
	return prose(p("ਅਗਲਾ ਕੈਂਪ ਮਾਰਚ ਵਿੱਚ।"))
}
