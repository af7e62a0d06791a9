package rules

import (
	"bytes"
	"testing"
	"unicode"
)

// Every rune's info, from the table or not, says what the unicode
// package says of it; and every rune of the Basic Multilingual Plane has
// its fold in the table.
func TestRuneInfo(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		ri := infoOf(r)
		var cls int
		switch {
		case unicode.IsDigit(r):
			cls = classDigit
		case unicode.IsUpper(r):
			cls = classUpper
		case r >= 0x2E80 && unicode.IsLetter(r):
			cls = classWide
		case unicode.IsLetter(r):
			cls = classLower
		case unicode.Is(unicode.M, r):
			cls = classMark
		}
		if ri.class() != cls {
			t.Fatalf("class of %U = %d, want %d", r, ri.class(), cls)
		}
		if got, want := ri&infoLowerSame != 0, unicode.ToLower(r) == r; got != want {
			t.Fatalf("lower of %U is itself: %v, want %v", r, got, want)
		}
		want := appendFoldRune(nil, r)
		if r < 1<<16 && ri&infoFolded == 0 {
			t.Fatalf("%U has no fold in the table (%q)", r, want)
		}
		if got := appendFold(nil, r); !bytes.Equal(got, want) {
			t.Fatalf("appendFold(%U) = %q, want %q", r, got, want)
		}
	}
}
