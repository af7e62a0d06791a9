package blindset15

import (
	"fmt"
	"strings"
)

// screeningColumns: a school-nursing team's vision and hearing screening
// session exported column-major by a reporting tool that dropped the
// column names: {"n": rows, "k": a column order code, "c": [[column 0 of
// every row], [column 1 ...], ...]}, the columns in a different order in
// every file. Columns: row uuid, pupil, year group, parent e-mail and
// phone, visual acuity ("R 6/9 L 6/12"), pure-tone or OAE result, glasses,
// screener, audiometer model and "SN ...", tablet IP, time, consent flag,
// a signed letter URL, a session JWT, a semver filler, a count, and the
// screener's free-text comment.
func screeningColumns(r *rng) any {
	n := r.in(2, 4)
	screener := r.pick("Nurse ", "SN ", "") + r.pick(ukFirst...) + " " + r.pick(ukLast...)
	audio := r.pick("Interacoustics AS608", "Amplivox 240", "Kamplex KS8", "Otodynamics Otoport Lite")
	audioSN := "SN " + r.digits(7)
	tabletIP := fmt.Sprintf("10.%d.%d.%d", r.in(1, 60), r.in(0, 254), r.in(10, 250))
	tok := r.jwt()
	ver := r.ver()
	host := r.pick("screening.schoolhealth", "letters.childhealth", "portal.snt") + ".example"

	mk := func(f func(i int) leaf) arr {
		c := arr{}
		for i := 0; i < n; i++ {
			c = append(c, f(i))
		}
		return c
	}
	names := make([]string, n)
	lasts := make([]string, n)
	for i := range names {
		f, l := r.ukName()
		names[i], lasts[i] = f, l
	}
	cols := []arr{
		mk(func(int) leaf { return decoy(r.uuid()) }),
		mk(func(i int) leaf { return cont(names[i] + " " + lasts[i]) }),
		mk(func(int) leaf { return plain(r.pick("Reception", "Year 1", "Year 2", "Year 7")) }),
		mk(func(i int) leaf {
			return cont(r.mail(ascii(r.pick(ukFirst...)) + "." + ascii(lasts[i])))
		}),
		mk(func(int) leaf { return cont(r.ukMobile()) }),
		mk(func(int) leaf {
			a := []string{"6/6", "6/9", "6/12", "6/18", "6/24", "6/5"}
			return hlth(fmt.Sprintf("R %s L %s", r.pick(a...), r.pick(a...)))
		}),
		mk(func(int) leaf {
			return hlth(r.pick("PTA pass both ears", "PTA refer L (35 dB @ 4 kHz)", "OAE pass R, refer L", "PTA refer R (40 dB @ 1 kHz)", "OAE pass both"))
		}),
		mk(func(int) leaf { return hlth("glasses: " + r.pick("yes", "no", "no", "yes, not worn")) }),
		mk(func(int) leaf { return cont(screener) }),
		mk(func(int) leaf { return dev(audio) }),
		mk(func(int) leaf { return dev(audioSN) }),
		mk(func(int) leaf { return netw(tabletIP) }),
		mk(func(int) leaf { return plain(r.iso(2024, 2024)) }),
		mk(func(int) leaf { return plain(r.pick("Y", "Y", "Y", "N")) }),
		mk(func(int) leaf {
			return cred(fmt.Sprintf("https://%s/l/%s?exp=%d&sig=%s", host, r.alnum(10), r.when(2024, 2025).Unix(), r.hexs(40)))
		}),
		mk(func(int) leaf { return cred(tok) }),
		mk(func(int) leaf { return decoy(ver) }),
		mk(func(int) leaf { return plain(r.in(0, 3)) }),
		mk(func(i int) leaf { return screenNote(r, names[i]) }),
	}
	order := r.Perm(len(cols))
	out := arr{}
	code := make([]string, len(order))
	for i, j := range order {
		out = append(out, cols[j])
		code[i] = fmt.Sprintf("%x", j)
	}
	return obfuscated(obj{
		{"n", plain(n)},
		{"k", plain(strings.Join(code, ""))},
		{"c", out},
	})
}

func screenNote(r *rng, first string) leaf {
	return r.pickProse(
		func() leaf {
			return prose(p("Squints at the board, mum says "), p("headaches after school", healthC), p(". Refer optometry."))
		},
		func() leaf { return prose(p("Absent, rebook next term.")) },
		func() leaf {
			return prose(p(r.pick("Hearing aid fitted L", "Wears a hearing aid in the right ear"), healthC), p(" ("), p(r.pick("Phonak Sky L90", "Oticon Play PX", "Phonak Sky Marvel"), devC), p("), not screened, see audiology."))
		},
		func() leaf {
			return prose(p(first, contactC), p(" upset, rescreen with a familiar adult present."))
		},
		func() leaf { return prose(p("")) },
	)
}
