package rules

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The DFA answers as Go's engine does, assertions included.
func TestDFASound(t *testing.T) {
	tests := []struct {
		expr  string
		match []string
		no    []string // the DFA itself must turn these away
	}{
		{`^\d{3}-\d{4}$`, []string{"555-0100"}, []string{"555-01000", "x555-0100", "", "555"}},
		{`^(?i)akia[0-9A-Z]{4}$`, []string{"AKIA12AB", "akia12ab"}, []string{"AKIA12A", "BKIA12AB"}},
		{`@`, []string{"a@b", "@"}, []string{"ab"}},
		{`\bfw\b`, []string{"fw 1.2", "my fw", "fw"}, []string{"f w", "xfw", "fwx"}},
		{`\Bfw`, []string{"xfw"}, []string{"fw", " fw"}},
		{`(?m)^ab$`, []string{"x\nab\ny", "ab"}, []string{"xab", "abx"}},
		{`\bcafé`, []string{"un café noir"}, []string{"uncafé"}},
		{`café\b`, []string{"caféx"}, []string{"café noir"}}, // Go's \b is ASCII: é is no word rune
		{`(?:^|\s)(\d+\.\d+)`, []string{"v 1.2", "1.2"}, []string{"v"}},
		{`^a*$`, []string{"", "aaa"}, []string{"ab"}},
		{`x$`, []string{"ax", "x"}, []string{"xa"}},
		{`^$`, []string{""}, []string{"a"}},
		{`caf\x{e9}`, []string{"café", "un café"}, []string{"cafe"}},
		{`\p{Lu}\p{Ll}+ \p{Lu}`, []string{"Émile Zola", "x Ana Ö"}, []string{"émile zola"}},
	}
	for _, tt := range tests {
		d := newDFA(tt.expr)
		require.NotNil(t, d, tt.expr)
		re := regexp.MustCompile(tt.expr)
		for _, v := range tt.match {
			require.True(t, re.MatchString(v), "%s %q", tt.expr, v)
			assert.True(t, d.mayMatch([]byte(v)), "%s turned away %q", tt.expr, v)
		}
		for _, v := range tt.no {
			require.False(t, re.MatchString(v), "%s %q", tt.expr, v)
			assert.False(t, d.mayMatch([]byte(v)), "%s let %q through", tt.expr, v)
		}
	}
}

// On every expression of the default rules, over their examples, their
// examples cut and joined, and random bytes, the DFA keeps every match;
// and it turns most non-matches away, or it is not worth its cost.
func TestDFADefaultRules(t *testing.T) {
	set, err := Default()
	require.NoError(t, err)
	var values []string
	for _, c := range set.Rules() {
		for _, ex := range append(c.Examples.Match, c.Examples.NoMatch...) {
			if s, ok := ex.Value.(string); ok {
				values = append(values, s, strings.ToUpper(s), strings.ToLower(s), " "+s, s+" x", s[:len(s)/2])
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aZ09 .:-_/@+=#%,'()\tAKIAghp_xoxb"
	for range 2000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		values = append(values, string(b))
	}
	turned, nonMatches := 0, 0
	for _, c := range set.Rules() {
		for _, expr := range []string{c.Rule.Value, c.Rule.Find} {
			if expr == "" {
				continue
			}
			re, err := regexp.Compile(expr)
			if err != nil {
				continue
			}
			d := newDFA(expr)
			require.NotNil(t, d, "%s: %s", c.ID, expr)
			for _, v := range values {
				got, known := d.match([]byte(v))
				want := re.MatchString(v)
				if known && got != want {
					t.Errorf("%s: the DFA says %v on %q, Go's engine %v (%s)", c.ID, got, v, want, expr)
				}
				if !want {
					nonMatches++
					if known && !got {
						turned++
					}
				}
			}
		}
	}
	t.Logf("the DFAs answered %d of %d non-matches themselves", turned, nonMatches)
	assert.Greater(t, float64(turned)/float64(nonMatches), 0.99)
}

// Bytes of one class are alike to every rune instruction and assertion of
// the program, on every expression of the default rules: the classes are
// exact, not merely sound on the values tried.
func TestDFAByteClasses(t *testing.T) {
	set, err := Default()
	require.NoError(t, err)
	for _, c := range set.Rules() {
		for _, expr := range []string{c.Rule.Value, c.Rule.Find} {
			d := newDFA(expr)
			if d == nil {
				continue
			}
			first := map[uint8]rune{} // the first byte of each class
			for b := range rune(utf8.RuneSelf) {
				a, ok := first[d.class[b]]
				if !ok {
					first[d.class[b]] = b
					continue
				}
				alike := (a == '\n') == (b == '\n') && syntax.IsWordChar(a) == syntax.IsWordChar(b)
				for i := range d.prog.Inst {
					switch inst := &d.prog.Inst[i]; inst.Op {
					case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
						alike = alike && inst.MatchRune(a) == inst.MatchRune(b)
					}
				}
				if !alike {
					t.Errorf("%s: %q and %q share class %d but differ (%s)", c.ID, a, b, d.class[b], expr)
				}
			}
			assert.Equal(t, len(first), d.nclass, expr)
		}
	}
}

// Many goroutines may build one DFA at once.
func TestDFAConcurrent(t *testing.T) {
	const expr = `^[a-zé]{2,8}@[a-zü]{2,8}\.(?:com|org|net)$`
	d := newDFA(expr)
	re := regexp.MustCompile(expr)
	done := make(chan bool)
	for g := range 4 {
		go func() {
			r := rand.New(rand.NewPCG(uint64(g), 9))
			for range 5000 {
				var b []byte
				for range 3 + r.IntN(20) {
					b = append(b, []string{"a", "b", "c", "é", "ü", "ß", "@", ".", "com", "org", "net"}[r.IntN(11)]...)
				}
				if got, _ := d.match(b); got != re.Match(b) {
					t.Errorf("%q: the DFA says %v", b, got)
				}
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
}

func FuzzDFA(f *testing.F) {
	f.Add(`^\d{3}-\d{4}$`, "555-0100")
	f.Add(`(?i)\bpass(?:word)?\s*[:=]\s*(\S+)`, "Password: x")
	f.Add(`^(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$`, "00:11:22:33:44:55")
	f.Fuzz(func(t *testing.T, expr, v string) {
		re, err := regexp.Compile(expr)
		if err != nil || len(expr) > 200 {
			return
		}
		d := newDFA(expr)
		if d == nil {
			return
		}
		if got, known := d.match([]byte(v)); known && got != re.MatchString(v) {
			t.Fatalf("%s on %q: the DFA says %v", expr, v, got)
		}
	})
}
