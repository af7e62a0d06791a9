package holdout

import (
	"fmt"
	"math"
	"time"
)

// scaleApp is one user's sync blob from a connected-scale and fitness app.
func scaleApp(g *gen) *node {
	u := g.person(nil)
	t0 := g.when()
	root := obj()
	root.set("uid", str(fmt.Sprint(g.n(10000000, 99999999)), plain))
	root.set("syncedAt", num64(g.after(t0, 90).Unix(), plain))
	root.set("apiVer", str(g.one("v2", "v3", "2024-01"), plain))

	female := u.female
	hcm := g.f(150, 198, 1)
	kg := g.f(45, 130, 1)
	prof := obj()
	prof.set("nick", str(u.user, cont))
	prof.set("mail", str(u.email, cont))
	switch g.r.IntN(3) {
	case 0:
		prof.set("sex", str(map[bool]string{true: "female", false: "male"}[female], sexL))
	case 1:
		prof.set("gender", num(map[bool]int{true: 2, false: 1}[female], sexL))
	default:
		prof.set("g", str(map[bool]string{true: "F", false: "M"}[female], sexL))
	}
	if g.p(0.6) {
		prof.set("dob", str(day(g.birth()), cont))
	} else {
		prof.set("birthYear", num(g.birth().Year(), cont))
	}
	if g.p(0.5) {
		prof.set("heightCm", flt(hcm, 1, hlth))
	} else {
		prof.set("height", obj().set("value", flt(hcm/2.54, 1, hlth)).set("unit", str("in", decoy)))
	}
	if g.p(0.4) {
		prof.set("goalKg", flt(kg-g.f(0, 12, 1), 1, hlth))
	}
	if g.p(0.5) {
		prof.set("avatar", obj().
			set("url", str(fmt.Sprintf("https://cdn.%s/avatars/%s.jpg", g.domain(), g.hex(20)), cont)).
			set("heightPx", num(g.one2(128, 256, 512), decoy)).
			set("widthPx", num(g.one2(128, 256, 512), plain)))
	}
	prof.set("units", str(g.one("metric", "imperial"), plain))
	root.set("profile", prof)

	sc := obj()
	sc.set("mac", str(g.mac(), macL))
	sc.set("model", str(g.one("BodyComp S2", "WS-50 Smart Body Analyzer", "Index S2", "Scale Go", "BF-720"), dev))
	sc.set("fw", str(g.firmware(), dev))
	if g.p(0.6) {
		sc.set("sn", str(g.serial(), dev))
	}
	sc.set("lastSync", num64(g.after(t0, 60).UnixMilli(), dev))
	sc.set("weightUnit", str(g.one("kg", "lb", "st"), decoy))
	root.set("scale", sc)

	w := arr()
	wkey := g.one("kg", "weight", "w_kg", "massKg")
	t := t0
	for range g.n(1, 5) {
		t = g.after(t, 10)
		kg += g.f(-1.5, 1.5, 1)
		bmi := kg / math.Pow(hcm/100, 2)
		e := obj().set("t", num64(t.Unix(), plain)).set(wkey, flt(kg, 1, hlth)).set("bmi", flt(bmi, 1, hlth))
		if g.p(0.8) {
			e.set("fatPct", flt(g.f(8, 45, 1), 1, hlth))
			e.set("muscleKg", flt(kg*g.f(0.3, 0.45, 2), 1, hlth))
			e.set("boneKg", flt(g.f(1.8, 3.9, 1), 1, hlth))
			e.set("waterPct", flt(g.f(45, 65, 1), 1, hlth))
		}
		if g.p(0.4) {
			e.set("visceral", num(g.n(1, 20), hlth))
			e.set("bmrKcal", num(g.n(1100, 2300), hlth))
		}
		if g.p(0.3) {
			e.set("impedanceOhm", num(g.n(380, 700), hlth))
		}
		e.set("src", str(g.one("scale", "manual", "healthkit"), plain))
		w.add(e)
	}
	root.set("weighIns", w)

	if g.p(0.7) {
		sl := arr()
		for i := range g.n(1, 3) {
			d := t0.AddDate(0, 0, i)
			sl.add(obj().set("night", str(day(d), plain)).
				set("deepMin", num(g.n(20, 120), hlth)).
				set("remMin", num(g.n(30, 130), hlth)).
				set("lightMin", num(g.n(120, 300), hlth)).
				set("awakeMin", num(g.n(0, 60), hlth)).
				set("score", num(g.n(40, 99), hlth)))
		}
		root.set("sleep", sl)
	}
	if g.p(0.7) {
		st := arr()
		for i := range g.n(1, 4) {
			st.add(obj().set("d", str(day(t0.AddDate(0, 0, -i)), plain)).
				set("n", num(g.n(800, 22000), hlth)).
				set("goalMet", bln(g.p(0.5), plain)))
		}
		root.set("steps", st)
	}
	if g.p(0.6) {
		hr := obj().set("restingBpm", num(g.n(48, 90), hlth))
		s := arr()
		for range g.n(2, 6) {
			s.add(num(g.n(55, 165), hlth))
		}
		hr.set("samples", s)
		hr.set("sampleCount", num(s.size(), decoy))
		root.set("hr", hr)
	}
	if female && g.p(0.6) {
		start := g.after(t0, 40)
		c := obj().set("periodStart", str(day(start), hlth)).
			set("cycleLen", num(g.n(24, 35), hlth)).
			set("flow", str(g.one("light", "medium", "heavy"), hlth))
		if g.p(0.6) {
			c.set("symptoms", strs(hlth, some(g, []string{"cramps", "headache", "bloating", "acne", "fatigue", "mood swings"}, g.n(1, 3))...))
		}
		if g.p(0.3) {
			c.set("pregnancyMode", bln(true, hlth))
			c.set("dueDate", str(day(start.Add(280*24*time.Hour)), hlth))
		}
		root.set("cycle", c)
	}
	if g.p(0.5) {
		nu := arr()
		for i := range g.n(1, 3) {
			nu.add(obj().set("d", str(day(t0.AddDate(0, 0, i)), plain)).
				set("kcal", num(g.n(1200, 3500), hlth)).
				set("proteinG", num(g.n(30, 200), hlth)).
				set("carbsG", num(g.n(80, 400), hlth)))
		}
		root.set("intake", nu)
	}

	ph := pick(g, phones)
	root.set("client", obj().
		set("appVer", str(g.appVersion(), dev)).
		set("os", str(ph.os+" "+g.osVersion(ph.os), dev)).
		set("phone", str(ph.model, dev)).
		set("chartHeight", num(g.one2(180, 240, 320), decoy)))
	return root
}
