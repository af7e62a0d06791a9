package rules

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The DFA is a filter: it must never turn away a value that the
// expression matches.
func TestDFASound(t *testing.T) {
	tests := []struct {
		expr  string
		match []string
		no    []string // the DFA itself must turn these away
	}{
		{`^\d{3}-\d{4}$`, []string{"555-0100"}, []string{"555-01000", "x555-0100", "", "555"}},
		{`^(?i)akia[0-9A-Z]{4}$`, []string{"AKIA12AB", "akia12ab"}, []string{"AKIA12A", "BKIA12AB"}},
		{`@`, []string{"a@b", "@"}, []string{"ab"}},
		{`\bfw\b`, []string{"fw 1.2", "my fw"}, []string{"f w"}},
		{`(?:^|\s)(\d+\.\d+)`, []string{"v 1.2", "1.2"}, []string{"v"}},
		{`^a*$`, []string{"", "aaa"}, []string{"ab"}},
		{`x$`, []string{"ax", "x"}, []string{"xa"}},
		{`^$`, []string{""}, []string{"a"}},
		{`caf\x{e9}`, []string{"café"}, nil}, // beyond ASCII: maybe
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
				ok := d.mayMatch([]byte(v))
				if re.MatchString(v) {
					if !ok {
						t.Errorf("%s: the DFA turned away %q, which %s matches", c.ID, v, expr)
					}
				} else {
					nonMatches++
					if !ok {
						turned++
					}
				}
			}
		}
	}
	t.Logf("the DFAs turned away %d of %d non-matches", turned, nonMatches)
	assert.Greater(t, float64(turned)/float64(nonMatches), 0.8)
}

// Many goroutines may build one DFA at once.
func TestDFAConcurrent(t *testing.T) {
	d := newDFA(`^[a-z]{2,8}@[a-z]{2,8}\.(?:com|org|net)$`)
	re := regexp.MustCompile(`^[a-z]{2,8}@[a-z]{2,8}\.(?:com|org|net)$`)
	done := make(chan bool)
	for g := range 4 {
		go func() {
			r := rand.New(rand.NewPCG(uint64(g), 9))
			for range 5000 {
				b := make([]byte, 3+r.IntN(20))
				for i := range b {
					b[i] = "abcdefg@.comrgnet"[r.IntN(17)]
				}
				if re.Match(b) && !d.mayMatch(b) {
					t.Errorf("turned away %q", b)
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
		if re.MatchString(v) && !d.mayMatch([]byte(v)) {
			t.Fatalf("%s turned away %q", expr, v)
		}
	})
}
