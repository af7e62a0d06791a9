package rules

import (
	"regexp"
	"regexp/syntax"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPrefilterAnyOf checks that the sets of classes a match needs one of
// turn away what cannot match and never what can.
func TestPrefilterAnyOf(t *testing.T) {
	tests := []struct {
		expr, value string
		pass        bool
	}{
		{`^[\x21-\x7e]*[!#$%&*?^~][\x21-\x7e]*$`, "Winter2025?", true},
		{`^[\x21-\x7e]*[!#$%&*?^~][\x21-\x7e]*$`, "c8d&hAE4yg1d", true},
		{`^[\x21-\x7e]*[!#$%&*?^~][\x21-\x7e]*$`, "2.7.110", false},
		{`^[\x21-\x7e]*[!#$%&*?^~][\x21-\x7e]*$`, "usr_S8VJkV1fAW5q6O", false},
		{`^(?:ab|[0-9])x`, "abx", true},
		{`^(?:ab|[0-9])x`, "7x", true},
		{`^(?:ab|[0-9])x`, "x", false},
		{`(?i)k`, "\u212a", true}, // the Kelvin sign folds to k
		{`(?i)k`, "K", true},
		{`[a-c]+|[.]`, "-", false},
		{`[a-c]*`, "-", true},
	}
	for _, tt := range tests {
		parsed, err := syntax.Parse(tt.expr, syntax.Perl)
		require.NoError(t, err)
		p := derivePrefilter(parsed)
		v := []byte(tt.value)
		assert.Equal(t, tt.pass, p.pass(v, ShapeOf(v)), "%s on %q", tt.expr, tt.value)
		if regexp.MustCompile(tt.expr).Match(v) {
			require.True(t, tt.pass, "%s on %q: the table is wrong", tt.expr, tt.value)
		}
	}
}

// FuzzPrefilter checks that a derived prefilter never turns away a value
// the expression matches.
func FuzzPrefilter(f *testing.F) {
	f.Add(`^[\x21-\x7e]*[!#$%&*?^~][\x21-\x7e]*$`, "Winter2025?")
	f.Add(`(?i)\bpass(?:word)?\s*[:=]\s*(\S+)`, "PASSWORD= x")
	f.Add(`^(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$|^[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}$`, "2caa.8e12.3456")
	f.Add(`(?i)sk`, "\u017f\u212a")
	f.Fuzz(func(t *testing.T, expr, v string) {
		if len(expr) > 200 {
			return
		}
		re, err := regexp.Compile(expr)
		if err != nil || !re.MatchString(v) {
			return
		}
		parsed, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			return
		}
		p := derivePrefilter(parsed)
		if b := []byte(v); !p.has(ShapeOf(b)) {
			t.Fatalf("%s matches %q, which the prefilter turns away (need %b, any of %b)", expr, v, p.need, p.anyOf)
		}
	})
}
