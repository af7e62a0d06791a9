package blindset9

import (
	"fmt"

	"github.com/leakscope/leakscope/corpus"
)

// ageOf labels an age like a gender: health or contact (POLICY_NOTES).
func ageOf(v any) leaf {
	return leaf{val: v, label: corpus.Label{AnyOf: []string{corpus.Health, corpus.Contact}}}
}

// multi labels a leaf that carries several categories (a CSV line, a URL
// with a password and a host).
func multi(v any, cats ...string) leaf {
	var out []string
	for _, c := range corpus.Categories {
		for _, x := range cats {
			if x == c {
				out = append(out, c)
				break
			}
		}
	}
	return leaf{val: v, label: corpus.Label{Categories: out}}
}

// withAny adds an AnyOf group to a leaf unless one of its required
// categories already meets it.
func withAny(l leaf, grp ...string) leaf {
	for _, c := range grp {
		for _, x := range l.label.Categories {
			if x == c {
				return l
			}
		}
	}
	l.label.AnyOf = append([]string(nil), grp...)
	return l
}

// mongoDate wraps a leaf as MongoDB extended JSON {"$date": ...}.
func mongoDate(l leaf) obj { return obj{{"$date", l}} }

// dec wraps a leaf as {"$numberDecimal": ...}.
func dec(l leaf) obj { return obj{{"$numberDecimal", l}} }

// money formats an amount with two decimals.
func money(x float64) string { return fmt.Sprintf("%.2f", x) }

// stringsOf wraps strings as leaves with one label maker.
func stringsOf(mk func(any) leaf, xs ...string) arr {
	out := make(arr, len(xs))
	for i, x := range xs {
		out[i] = mk(x)
	}
	return out
}

// epochTime renders an epoch as "2024-03-14 10:15:00".
func epochTime(sec int) string {
	s := isoAt(sec)
	return s[:10] + " " + s[11:19]
}

// compact renders an epoch as "20240314101500".
func compact(sec int) string {
	s := isoAt(sec)
	return s[0:4] + s[5:7] + s[8:10] + s[11:13] + s[14:16] + s[17:19]
}
