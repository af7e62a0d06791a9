package rules

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"slices"
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

// goIndex is stdMatcher.index as it was before the locator: Go's engine
// over the whole rest of the text.
func goIndex(re *regexp.Regexp, v []byte, from int) (int, int) {
	loc := re.FindSubmatchIndex(v[from:])
	switch {
	case loc == nil:
		return -1, -1
	case len(loc) > 2 && loc[2] >= 0:
		return from + loc[2], from + loc[3]
	}
	return from + loc[0], from + loc[1]
}

// locatorTexts are free texts for the finders: their examples, cut, joined
// and repeated, with words around them in several scripts.
func locatorTexts(set *Set) []string {
	var ex []string
	for _, c := range set.Rules() {
		for _, e := range append(c.Examples.Match, c.Examples.NoMatch...) {
			if s, ok := e.Value.(string); ok {
				ex = append(ex, s)
			}
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	words := []string{"call", "Ana", "García", "on", "020 7946 0018", "é", "\n", "x", "1.2.3.4", ":", "(", "'", "naïve", "東京", "Straße 5", "password", "=", "\xff", "Dr.", "+34 612 345 678"}
	texts := slices.Clone(ex)
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(4) {
			switch r.IntN(3) {
			case 0:
				s := ex[r.IntN(len(ex))]
				b.WriteString(s[r.IntN(len(s)+1):])
			case 1:
				b.WriteString(ex[r.IntN(len(ex))])
			default:
				for range 1 + r.IntN(6) {
					b.WriteString(words[r.IntN(len(words))])
					b.WriteString([]string{" ", "", ", ", ". "}[r.IntN(4)])
				}
			}
			b.WriteByte(' ')
		}
		texts = append(texts, b.String())
	}
	return texts
}

// A match located by the automaton is the one Go's engine finds over the
// whole text, on every finder of the default rules, from every start.
func TestLocatorAgrees(t *testing.T) {
	set, err := Default()
	require.NoError(t, err)
	texts := locatorTexts(set)
	located, whole := 0, 0
	for _, c := range set.Finders() {
		m, ok := c.find.(*stdMatcher)
		if !ok {
			continue
		}
		re := m.re()
		for _, s := range texts {
			v := []byte(s)
			for from := 0; from < len(v); from += 1 + len(v)/3 {
				ws, we := goIndex(re, v, from)
				gs, ge, err := m.index(v, from)
				require.NoError(t, err)
				if gs != ws || ge != we {
					t.Fatalf("%s from %d of %q: located %d-%d, Go's engine %d-%d", c.ID, from, s, gs, ge, ws, we)
				}
				if ws > from {
					if at, ok := m.loc().leftmost(v[from:]); ok && at > 0 {
						located++
					} else {
						whole++
					}
				}
			}
		}
	}
	// network.ip's (?:^|\s) and the like leave theirs to Go's engine.
	t.Logf("of the matches that start past the search's start, %d were located, %d left to Go's engine", located, whole)
	assert.Greater(t, located, 2*whole)
}

func FuzzLocator(f *testing.F) {
	f.Add(`(?i:\b(?:call|phone)\b)[^0-9+\n]{0,25}(\+\d[\d .()/-]{6,18}\d|\b0\d{8,10}\b)`, "please call me on 020 7946 0018")
	f.Add(`(?:^|\s)(\d+\.\d+)`, "v 1.2 and 3.4")
	f.Add(`(?m)^ab|\Bcd|\bef`, "x\nab cd ef xcd")
	f.Add(`\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+`, "je suis Émile Zola, naïve")
	f.Fuzz(func(t *testing.T, expr, v string) {
		re, err := regexp.Compile(expr)
		if err != nil || len(expr) > 200 {
			return
		}
		parsed, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			return
		}
		m := newStdMatcher(expr, parsed.Simplify())
		if m.dfa() == nil {
			return
		}
		for from := 0; from <= len(v); from++ {
			ws, we := goIndex(re, []byte(v), from)
			gs, ge, _ := m.index([]byte(v), from)
			if gs != ws || ge != we {
				t.Fatalf("%s from %d of %q: located %d-%d, Go's engine %d-%d", expr, from, v, gs, ge, ws, we)
			}
		}
	})
}

// BenchmarkDFAMatch runs every automaton of the default rules over free
// texts and values made from their examples, the automata built first.
func BenchmarkDFAMatch(b *testing.B) {
	set, err := Default()
	require.NoError(b, err)
	var ds []*dfa
	for _, c := range set.Rules() {
		for _, m := range []matcher{c.value, c.find} {
			if sm, ok := m.(*stdMatcher); ok && sm.dfa() != nil {
				ds = append(ds, sm.dfa())
			}
		}
	}
	texts := locatorTexts(set)
	var vs [][]byte
	n := 0
	for _, s := range texts {
		vs = append(vs, []byte(s))
		n += len(s)
	}
	for _, d := range ds {
		for _, v := range vs {
			d.match(v)
		}
	}
	b.SetBytes(int64(n * len(ds)))
	for b.Loop() {
		for _, d := range ds {
			for _, v := range vs {
				d.match(v)
			}
		}
	}
}
