package blindset24

import (
	"fmt"
	"time"
)

// fallsRds: a university falls-prevention study shares its working object
// as jsonlite::serializeJSON output: a list of the participant
// data.frame (read with header = FALSE, so columns V1..V22, column-major
// vectors, a sex factor, Date and POSIXct columns), the REDCap export
// settings and the session info. Only R's type / attributes / value keys
// remain.
func fallsRds(r *rng) any {
	t := r.when()
	n := r.in(2, 4)
	chr := func(vals ...any) obj {
		a := arr{}
		for _, v := range vals {
			a = append(a, v)
		}
		return obj{{"type", plain("character")}, {"attributes", obj{}}, {"value", a}}
	}
	vec := func(typ string, attrs obj, vals arr) obj {
		return obj{{"type", plain(typ)}, {"attributes", attrs}, {"value", vals}}
	}
	class := func(cs ...string) obj {
		a := []any{}
		for _, c := range cs {
			a = append(a, plain(c))
		}
		return chr(a...)
	}
	col := func(f func(i int) leaf) arr {
		out := arr{}
		for i := 0; i < n; i++ {
			out = append(out, f(i))
		}
		return out
	}

	type part struct {
		p       person
		dob     time.Time
		addr    address
		phone   string
		h       int
		w       float64
		sensor  string
		mac     string
		carer   person
		hasMail bool
	}
	ps := make([]part, n)
	for i := range ps {
		pp := r.english()
		a := r.usAddress()
		ps[i] = part{pp, r.birth(1932, 1958), a, r.usLocal(), r.in(148, 188), r.f1(44, 110), r.serial("AX6-", 7), r.mac(":", true), r.english(), r.chance(0.6)}
	}
	sexes := col(func(i int) leaf {
		if ps[i].p.female {
			return sexOf(1)
		}
		return sexOf(2)
	})
	meds := []string{"amlodipine 5mg; alendronate 70mg weekly", "donepezil 10mg", "warfarin 3mg; digoxin 125mcg", "levodopa/carbidopa 100/25 tds", "sertraline 50mg; zopiclone 7.5mg", "none"}
	diags := []string{"osteoporosis; HTN", "mild Alzheimer's (G30.9)", "AF (I48.91)", "Parkinson's disease (G20)", "depression; insomnia", "T2DM with neuropathy (E11.40)"}
	cols := []obj{
		vec("character", obj{}, col(func(i int) leaf { return decoy(fmt.Sprintf("FP-%04d", r.in(1, 9999))).obf() })),
		vec("character", obj{}, col(func(i int) leaf { return cont(ps[i].p.full()).obf() })),
		vec("character", obj{}, col(func(i int) leaf { return cont(day(ps[i].dob)).obf() })),
		vec("integer", obj{{"levels", chr(decoy("F").obf(), decoy("M").obf())}, {"class", class("factor")}}, sexes),
		vec("integer", obj{}, col(func(i int) leaf { return ageOf(age(ps[i].dob, t)).obf() })),
		vec("character", obj{}, col(func(i int) leaf { return cont(ps[i].phone).obf() })),
		vec("character", obj{}, col(func(i int) leaf { return cont(ps[i].addr.usOneLine()).obf() })),
		vec("double", obj{}, col(func(i int) leaf { return hlth(ps[i].h).obf() })),
		vec("double", obj{}, col(func(i int) leaf { return hlth(ps[i].w).obf() })),
		vec("double", obj{}, col(func(i int) leaf { return hlth(r.f1(8, 34)).obf() })),
		vec("double", obj{}, col(func(i int) leaf { return hlth(r.f1(9, 38)).obf() })),
		vec("integer", obj{}, col(func(i int) leaf { return hlth(r.in(0, 6)).obf() })),
		vec("character", obj{}, col(func(i int) leaf { return hlth(meds[r.IntN(len(meds))]).obf() })),
		vec("character", obj{}, col(func(i int) leaf { return hlth(diags[r.IntN(len(diags))]).obf() })),
		vec("character", obj{}, col(func(i int) leaf { return dev(ps[i].sensor).obf() })),
		vec("character", obj{}, col(func(i int) leaf { return macAddr(ps[i].mac).obf() })),
		vec("character", obj{}, col(func(i int) leaf { return fwIP(r.ipShapedFw()).obf() })),
		vec("double", obj{{"class", class("POSIXct", "POSIXt")}, {"tzone", chr(plain("UTC").obf())}}, col(func(i int) leaf { return dev(unix(after(t, -r.in(10, 20000)))).obf() })),
		vec("logical", obj{}, col(func(i int) leaf { return decoy(true).obf() })),
		vec("character", obj{}, col(func(i int) leaf {
			if r.chance(0.3) {
				return nullDecoy().obf()
			}
			return raNote(r, ps[i].p, ps[i].carer)
		})),
		vec("double", obj{{"class", class("Date")}}, col(func(i int) leaf { return plain(unix(after(t, -r.in(100, 90000))) / 86400).obf() })),
		vec("character", obj{}, col(func(i int) leaf {
			if !ps[i].hasMail {
				return nullDecoy().obf()
			}
			return cont(r.email(ps[i].carer)).obf()
		})),
	}
	names := []any{}
	vals := arr{}
	for i, c := range cols {
		names = append(names, plain(fmt.Sprintf("V%d", i+1)))
		vals = append(vals, c)
	}
	rowNames := arr{}
	for i := 0; i < n; i++ {
		rowNames = append(rowNames, plain(i+1))
	}
	df := vec("list", obj{
		{"names", chr(names...)},
		{"class", class("data.frame")},
		{"row.names", vec("integer", obj{}, rowNames)},
	}, vals)

	ra := r.english()
	redcap := vec("list", obj{{"names", chr(plain("uri"), plain("token"), plain("exported_by"), plain("exported_at"), plain("md5"))}}, arr{
		chr(netw(fmt.Sprintf("https://redcap.%s.internal/api/", r.pick("hsc", "medsci", "ruralhealth")))),
		chr(cred(r.redcapToken())),
		chr(cont(r.email(ra))),
		chr(plain(iso(t))),
		chr(decoy(r.hex(32))),
	})
	sess := vec("list", obj{{"names", chr(plain("R.version"), plain("platform"), plain("packages"), plain("host"))}}, arr{
		chr(decoy(r.pick("4.3.2", "4.4.1", "4.4.2"))),
		chr(plain("x86_64-pc-linux-gnu")),
		chr(plain("jsonlite 1.8.8"), plain("dplyr 1.1.4"), plain("REDCapR 1.1.0")),
		chr(netw(fmt.Sprintf("rstudio-%02d.%s.internal", r.in(1, 9), r.pick("hsc", "medsci")))),
	})
	return obfuscated(vec("list", obj{{"names", chr(plain("data"), plain("redcap"), plain("session"))}}, arr{df, redcap, sess}))
}

func raNote(r *rng, pp, carer person) leaf {
	switch r.IntN(4) {
	case 0:
		return prose(p(pp.first, contactC), p(" "+r.pick("fell twice since baseline, one ED visit", "now uses a walker indoors", "dizzy on standing, BP 98/60"), healthC), p("; carer "), p(carer.full(), contactC), p(" present."))
	case 1:
		return prose(p("Sensor not syncing, Wi-Fi "), p(r.ssid(carer.last), netC), p(" key "), p(r.psk(), credC), p(" re-entered."))
	case 2:
		return prose(p("Home visit rescheduled, call daughter on "), p(r.usLocal(), contactC))
	}
	return prose(p("Visit complete, all measures taken."))
}
