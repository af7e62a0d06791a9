package rules

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"

	"github.com/dlclark/regexp2/v2"
	re2syntax "github.com/dlclark/regexp2/v2/syntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEnginesAgree checks, on every example value of every default rule,
// that the engine the compiler picked (Go's regexp, or the class matcher)
// says what regexp2, the syntax's own engine, says; and that the derived
// prefilter never turns away a value the expression matches.
func TestEnginesAgree(t *testing.T) {
	files, err := DefaultFiles()
	require.NoError(t, err)
	set, err := Default()
	require.NoError(t, err)
	checked := 0
	for _, f := range files {
		for _, r := range f.Rules {
			if r.Value == "" {
				continue
			}
			re2 := regexp2.MustCompile(r.Value)
			std, stdErr := regexp.Compile(r.Value)
			var cm *classMatcher
			if parsed, err := syntax.Parse(r.Value, syntax.Perl); err == nil {
				cm = newClassMatcher(parsed)
			}
			c := set.Rule(r.ID)
			for _, ex := range append(append([]Example{}, r.Examples.Match...), r.Examples.NoMatch...) {
				v := fmt.Sprint(ex.Value)
				if ex.Value == nil {
					continue
				}
				want, err := re2.MatchString(v)
				require.NoError(t, err)
				if stdErr == nil {
					assert.Equal(t, want, std.MatchString(v), "%s: regexp and regexp2 differ on %q", r.ID, v)
				}
				if cm != nil {
					got, _ := cm.match([]byte(v))
					assert.Equal(t, want, got, "%s: class matcher and regexp2 differ on %q", r.ID, v)
				}
				if want && r.MinLen == 0 && r.MaxLen == 0 {
					b := []byte(v)
					assert.True(t, c.pre.pass(b, ShapeOf(b)), "%s: prefilter turns away %q, which the expression matches", r.ID, v)
					assert.True(t, c.pre.hasLiteral(b, false), "%s: literal prefilter turns away %q, which the expression matches", r.ID, v)
				}
				checked++
			}
		}
	}
	t.Logf("%d example values checked", checked)
}

func TestClassMatcher(t *testing.T) {
	tests := []struct {
		expr  string
		value string
	}{
		{`^[\p{L}\d][\p{L}\d ._-]{0,5}$`, "Ab-1"},
		{`^[\p{L}\d][\p{L}\d ._-]{0,5}$`, "Ab-1234"},
		{`^[\p{L}\d][\p{L}\d ._-]{0,5}$`, "-Ab"},
		{`^[\p{L}\d][\p{L}\d ._-]{0,5}$`, "Ünï"},
		{`^[\p{L}\d][\p{L}\d ._-]{0,5}$`, ""},
		{`^\S{2,4}$`, "ab"},
		{`^\S{2,4}$`, "a b"},
		{`^\S{2,4}$`, "abcde"},
		{`^[0-9]+$`, "123"},
		{`^[0-9]+$`, ""},
		{`^x[0-9]*$`, "x"},
		{`^x[0-9]*$`, "x12"},
		{`^x[0-9]*$`, "y12"},
		{`^Atz[ar]\|[A-Za-z0-9+/=_-]{3,}$`, "Atza|abc"},
		{`^Atz[ar]\|[A-Za-z0-9+/=_-]{3,}$`, "Atzb|abc"},
		{`^Atz[ar]\|[A-Za-z0-9+/=_-]{3,}$`, "Atza|ab"},
		{`^[a-z.]{1,8}@[a-z.]{3,}$`, "ana@ex.org"},
		{`^[a-z.]{1,8}@[a-z.]{3,}$`, "ana@@ex.org"},
		{`^[a-z.]{1,8}@[a-z.]{3,}$`, "anaanaana@ex.org"},
	}
	for _, tt := range tests {
		parsed, err := syntax.Parse(tt.expr, syntax.Perl)
		require.NoError(t, err)
		cm := newClassMatcher(parsed)
		require.NotNil(t, cm, tt.expr)
		_ = cm
		got, _ := cm.match([]byte(tt.value))
		assert.Equal(t, regexp.MustCompile(tt.expr).MatchString(tt.value), got, "%s on %q", tt.expr, tt.value)
	}
}

// Every default expression runs on Go's linear-time engine: none can
// backtrack, and every one gets a derived prefilter. (User rules may still
// use regexp2's look-arounds; they run with a timeout.)
func TestDefaultRulesAvoidBacktracking(t *testing.T) {
	set, err := Default()
	require.NoError(t, err)
	for _, c := range set.Rules() {
		for field, m := range map[string]matcher{"value": c.value, "find": c.find} {
			if m == nil {
				continue
			}
			_, isRE2 := m.(*re2Matcher)
			assert.False(t, isRE2, "%s: %s needs the backtracking engine", c.ID, field)
		}
	}
}

// Every default expression is written in regexp2's syntax, the rule
// format's: the default set's start-up leans on it and does not parse them
// twice (CompileOptions.checked). A user's rule file is still held to it.
func TestDefaultExpressionsInRegexp2Syntax(t *testing.T) {
	files, err := DefaultFiles()
	require.NoError(t, err)
	n := 0
	for _, f := range files {
		for _, r := range f.Rules {
			for _, expr := range []string{r.Value, r.Find} {
				if expr == "" {
					continue
				}
				n++
				_, err := re2syntax.Parse(expr, re2syntax.ParseOptions{})
				assert.NoError(t, err, "%s: %s", r.ID, expr)
			}
		}
	}
	assert.Greater(t, n, 200)
	// (?P<name>...) is Go's and not regexp2's.
	_, err = Compile(CompileOptions{}, &File{Name: "x.yaml", Rules: []Rule{{ID: "x.y", Category: "contact", Type: "email", On: []string{"string"}, Value: `^(?P<n>a)$`}}})
	assert.Error(t, err, "an unchecked set still parses in regexp2's syntax")
}

// A shape where greed would go wrong gets no class matcher.
func TestClassMatcherRefusesAmbiguity(t *testing.T) {
	for _, expr := range []string{`^[a-z]+[a-z0-9]$`, `^a*a$`, `^(?:ab|cd)$`, `^x.*y$`} {
		parsed, err := syntax.Parse(expr, syntax.Perl)
		require.NoError(t, err)
		assert.Nil(t, newClassMatcher(parsed), expr)
	}
}

// containsFold agrees with lowering the value and searching it.
func TestContainsFold(t *testing.T) {
	values := []string{"", "a", "Password", "my PASSWORD is", "xxpasswor", "pAsSwOrD", "ppassword", "AKIA1234", "akia", "ssid: Home", "S", "tokens"}
	lits := []string{"password", "akia", "ssid", "s", "ns", "1234", "xx"}
	for _, v := range values {
		for _, l := range lits {
			want := strings.Contains(strings.ToLower(v), l)
			if got := containsFold([]byte(v), []byte(l)); got != want {
				t.Errorf("containsFold(%q, %q) = %v, want %v", v, l, got, want)
			}
		}
	}
}

// Find on an indexed text agrees with FindIn, on the examples of every
// finder and on texts that hold other finders' keywords.
func TestFindIndexedAgrees(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, c := range set.Rules() {
		for _, ex := range append(c.Examples.Match, c.Examples.NoMatch...) {
			if s, ok := ex.Value.(string); ok {
				texts = append(texts, s, "x "+s+" y", strings.ToUpper(s))
			}
		}
	}
	var ti TextIndex
	d := set.Dictionaries()
	for _, text := range texts {
		v := []byte(text)
		set.IndexText(&ti, v)
		lower := AppendLower(nil, v)
		sh := ShapeOf(v)
		for _, c := range set.Finders() {
			var a, b [][2]int
			c.FindIn(v, lower, sh, d, func(s, e int) bool { a = append(a, [2]int{s, e}); return true })
			c.Find(v, &ti, sh, d, func(s, e int) bool { b = append(b, [2]int{s, e}); return true })
			if !slices.Equal(a, b) {
				t.Errorf("%s on %q: FindIn %v, Find %v", c.ID, text, a, b)
			}
		}
	}
}

// MatchIndexed agrees with MatchValue on every example value of every
// rule, one index shared by all rules per value as the classifier does.
func TestMatchIndexedAgrees(t *testing.T) {
	set, err := Default()
	require.NoError(t, err)
	var values []string
	for _, c := range set.Rules() {
		for _, ex := range append(c.Examples.Match, c.Examples.NoMatch...) {
			if s, ok := ex.Value.(string); ok {
				values = append(values, s, strings.ToUpper(s), "x"+s)
			}
		}
	}
	d := set.Dictionaries()
	var vi ValueIndex
	for _, s := range values {
		v := []byte(s)
		sh := ShapeOf(v)
		vi.Reset()
		for _, c := range set.Rules() {
			if !c.HasValueCheck() {
				continue
			}
			want, _ := c.MatchValue(v, sh, d)
			got, _ := c.MatchIndexed(v, &vi, sh, d)
			if got != want {
				t.Errorf("%s on %q: MatchIndexed %v, MatchValue %v", c.ID, s, got, want)
			}
		}
	}
}
