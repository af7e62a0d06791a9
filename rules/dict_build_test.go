package rules

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// dictLines returns the lines of every embedded dictionary, and lines
// made to be hard: spaces of Unicode at either end, bytes that are no
// UTF-8, capitals of every script.
func dictLines(t *testing.T) [][]byte {
	t.Helper()
	d, err := DefaultDictionaries()
	if err != nil {
		t.Fatal(err)
	}
	var lines [][]byte
	for _, n := range d.Names() {
		lines = append(lines, bytes.Split(d.raw[n], []byte{'\n'})...)
	}
	for _, l := range []string{"", " ", "\u00a0", "\u0085x\u0085", "\u3000名前\u3000", "\t#x", " # x", "\xff", "a\xc3", "\xc3\x28",
		"ÀB", "Ǆ", "İ", "ꝺ", "\u2029word\u2028", "\u180e", "\u200bx", "\x7f", "Ωmega", "\ufffd"} {
		lines = append(lines, []byte(l))
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		var b []byte
		for range r.IntN(6) {
			switch r.IntN(4) {
			case 0:
				b = append(b, byte(r.IntN(256)))
			case 1:
				b = utf8.AppendRune(b, rune(r.IntN(0x800)))
			default:
				b = utf8.AppendRune(b, rune(r.IntN(unicode.MaxRune+1)))
			}
		}
		lines = append(lines, b)
	}
	return lines
}

// trimSpace, trimSpaceString, isLower and countEntries say what
// bytes.TrimSpace, strings.TrimSpace, the unicode package and eachEntry
// say.
func TestDictBuildHelpers(t *testing.T) {
	isLowerRef := func(b []byte) bool {
		for len(b) > 0 {
			r, n := utf8.DecodeRune(b)
			if r == utf8.RuneError || unicode.ToLower(r) != r {
				return false
			}
			b = b[n:]
		}
		return true
	}
	lines := dictLines(t)
	for _, l := range lines {
		if got, want := trimSpace(l), bytes.TrimSpace(l); !bytes.Equal(got, want) {
			t.Fatalf("trimSpace(%q) = %q, want %q", l, got, want)
		}
		if got, want := trimSpaceString(string(l)), strings.TrimSpace(string(l)); got != want {
			t.Fatalf("trimSpaceString(%q) = %q, want %q", l, got, want)
		}
		if got, want := isLower(l), isLowerRef(l); got != want {
			t.Fatalf("isLower(%q) = %v, want %v", l, got, want)
		}
	}
	data := bytes.Join(lines, []byte{'\n'})
	n := 0
	eachEntry(data, func([]byte) { n++ })
	if got := countEntries(data); got != n {
		t.Fatalf("countEntries = %d, eachEntry found %d", got, n)
	}
	for _, l := range lines {
		n := 0
		eachEntry(l, func([]byte) { n++ })
		if got := countEntries(l); got != n {
			t.Fatalf("countEntries(%q) = %d, eachEntry found %d", l, got, n)
		}
	}
	if !strings.Contains(string(data), "\u00a0") {
		t.Fatal("no hard lines")
	}
}
