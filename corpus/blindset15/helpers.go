package blindset15

import (
	"fmt"
	"time"

	"github.com/leakscope/leakscope/corpus"
)

// ageOf labels an age like a gender: health or contact (POLICY_NOTES).
func ageOf(v any) leaf {
	return leaf{val: v, label: corpus.Label{AnyOf: []string{corpus.Health, corpus.Contact}}}
}

// multi labels a leaf that carries several categories (a DSN with a
// password and a host, a JSON string holding a phone and a diagnosis).
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

// mongo extended JSON wrappers: the inner leaf carries the field's label.
func mDate(l leaf) obj { return obj{{"$date", l}} }
func mLong(l leaf) obj { return obj{{"$numberLong", l}} }
func mInt(l leaf) obj  { return obj{{"$numberInt", l}} }
func mDec(l leaf) obj  { return obj{{"$numberDecimal", l}} }
func mOid(r *rng) obj  { return obj{{"$oid", decoy(r.oid())}} }

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

// pickSome returns k distinct items of xs, in order of xs.
func (r *rng) pickSome(k int, xs ...string) []string {
	idx := r.Perm(len(xs))[:k]
	chosen := map[int]bool{}
	for _, i := range idx {
		chosen[i] = true
	}
	var out []string
	for i, x := range xs {
		if chosen[i] {
			out = append(out, x)
		}
	}
	return out
}

// bp is a blood pressure reading.
func (r *rng) bp() (int, int) { return r.in(102, 168), r.in(62, 102) }

// bmi of a weight (kg) and height (cm).
func bmi(kg float64, cm int) float64 {
	m := float64(cm) / 100
	x := kg / (m * m)
	return float64(int(x*10+0.5)) / 10
}

// Category shorthands for free-text pieces.
const (
	credC    = corpus.Credential
	contactC = corpus.Contact
	netC     = corpus.NetworkLayout
	devC     = corpus.DeviceInventory
	healthC  = corpus.Health
)

// mergeCats unites category lists, in report order.
func mergeCats(a, b []string) []string {
	var out []string
	for _, c := range corpus.Categories {
		if hasAnyCat(a, []string{c}) || hasAnyCat(b, []string{c}) {
			out = append(out, c)
		}
	}
	return out
}

// hasAnyCat reports whether cs holds one of want.
func hasAnyCat(cs, want []string) bool {
	for _, c := range cs {
		for _, w := range want {
			if c == w {
				return true
			}
		}
	}
	return false
}

// pickProse draws one of several free-text makers.
func (r *rng) pickProse(fs ...func() leaf) leaf { return fs[r.IntN(len(fs))]() }

// pickInt returns one of xs.
func (r *rng) pickInt(xs ...int) int { return xs[r.IntN(len(xs))] }

// ageAt is the age in whole years of someone born in year y, in 2024.
func ageAt(y int) int { return 2024 - y }

// minutes is a duration of n minutes.
func minutes(n int) time.Duration { return time.Duration(n) * time.Minute }

// letters draws n upper-case letters.
func (r *rng) letters(n int) string { return r.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ", n) }
