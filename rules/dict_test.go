package rules

import (
	"bufio"
	"bytes"
	"io/fs"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// entries says what a line scanner lowering every line says, on every
// embedded list and on lines with upper case, accents, CRLF and blanks.
func TestEntries(t *testing.T) {
	lists := [][]byte{[]byte("# Comment\nAbc\r\n  ÉCOLE \n\nüber\n\xffX\nlast")}
	names, err := fs.Glob(dictFS, "dict/*.txt")
	require.NoError(t, err)
	for _, n := range names {
		data, err := fs.ReadFile(dictFS, n)
		require.NoError(t, err)
		lists = append(lists, data)
	}
	for _, data := range lists {
		var want [][]byte
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			line := bytes.TrimSpace(sc.Bytes())
			if len(line) == 0 || line[0] == '#' {
				continue
			}
			want = append(want, bytes.ToLower(line))
		}
		assert.Equal(t, want, entries(data))
	}
}

// A text's runs of words, found once, look up what hasTerm looks up, in
// every list the default finders look terms up in: texts that hold their
// entries, in upper case, after accents and apostrophes, cut anywhere.
func TestTermTextAgrees(t *testing.T) {
	set, err := Default()
	require.NoError(t, err)
	d := set.Dictionaries()
	var lists []string
	for _, c := range set.Finders() {
		if c.term != "" {
			lists = append(lists, c.term)
		}
	}
	require.NotEmpty(t, lists)
	texts := locatorTexts(set)
	r := rand.New(rand.NewPCG(5, 6))
	for _, name := range lists {
		es := entries(d.raw[name])
		for range 1500 {
			e := string(es[r.IntN(len(es))])
			pre := []string{"", "Pt has ", "ÉTAT: ", "l'", "x\xc3", "Ärger über ", "no ", "(", "Dx-"}[r.IntN(9)]
			post := []string{"", ".", " since 2019", "'s", "-like", "Ä", " и", " and high fever"}[r.IntN(8)]
			s := pre + e + post
			if r.IntN(3) == 0 {
				s = strings.ToUpper(s)
			}
			texts = append(texts, s, s[:r.IntN(len(s)+1)], s[r.IntN(len(s)+1):])
		}
	}
	var tt termText
	hits := 0
	for _, s := range texts {
		v := []byte(s)
		tt.index(v)
		for _, name := range lists {
			w := d.sets[name]
			want := w.hasTerm(v)
			if got := w.hasTermIn(&tt); got != want {
				t.Fatalf("%s on %q: %v, hasTerm %v", name, s, got, want)
			}
			if want {
				hits++
			}
		}
	}
	t.Logf("%d texts, %d hits", len(texts), hits)
}

func FuzzTermText(f *testing.F) {
	f.Add("Pt has type 2 diabetes mellitus since 2019")
	f.Add("ÉTAT: l'asthme ÄRGER über")
	d, err := DefaultDictionaries()
	require.NoError(f, err)
	var tt termText
	f.Fuzz(func(t *testing.T, s string) {
		tt.index([]byte(s))
		for _, name := range []string{"conditions", "symptoms", "medications", "procedures"} {
			if w := d.sets[name]; w.hasTermIn(&tt) != w.hasTerm([]byte(s)) {
				t.Fatalf("%s on %q: hasTerm says %v", name, s, w.hasTerm([]byte(s)))
			}
		}
	})
}

// A value's dictEntry, made once, looks up what has looks up, in every
// list: entries as they are, in upper case, with accents, spaces around,
// cut anywhere, and too long.
func TestDictEntryAgrees(t *testing.T) {
	d, err := DefaultDictionaries()
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(7, 8))
	var values []string
	for _, name := range d.Names() {
		es := entries(d.raw[name])
		for range 400 {
			e := string(es[r.IntN(len(es))])
			values = append(values, e, strings.ToUpper(e), " "+e+"\t", e[:r.IntN(len(e)+1)], "Gastón", "ÉCOLE", e+strings.Repeat("x", 60), "\xc3", "ÀÞ"+e)
		}
	}
	var e dictEntry
	hits := 0
	for _, v := range values {
		e.set([]byte(v))
		for _, name := range d.Names() {
			w := d.sets[name]
			want := w.has([]byte(v))
			if got := w.hasEntry(&e); got != want {
				t.Fatalf("%s on %q: %v, has %v", name, v, got, want)
			}
			if want {
				hits++
			}
		}
	}
	t.Logf("%d values, %d hits", len(values), hits)
}

func FuzzDictEntry(f *testing.F) {
	f.Add("Gastón")
	f.Add(" Echo Dot ")
	d, err := DefaultDictionaries()
	require.NoError(f, err)
	var e dictEntry
	f.Fuzz(func(t *testing.T, v string) {
		e.set([]byte(v))
		for _, name := range d.Names() {
			if w := d.sets[name]; w.hasEntry(&e) != w.has([]byte(v)) {
				t.Fatalf("%s on %q: has says %v", name, v, w.has([]byte(v)))
			}
		}
	})
}

// A Bloom filter says yes to words it never saw; a common word it says yes
// to is a finding on every record that holds it ("laboratory", a FHIR
// category, once read as a condition). The big lists keep that under one
// in a million: of 300,000 words of a list's own first letters that no list
// holds, at most a handful may pass.
func TestDictFalsePositives(t *testing.T) {
	d, err := DefaultDictionaries()
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(11, 12))
	for _, name := range d.Names() {
		ws := d.sets[name]
		if ws.bloom == nil {
			continue
		}
		words := d.Words(name)
		have := make(map[string]bool, len(words))
		for _, w := range words {
			have[w] = true
		}
		hits := 0
		for range 300000 {
			w := []byte(words[r.IntN(len(words))])
			if len(w) < 4 {
				continue
			}
			// keep the first two bytes, so that the prefix filter lets it by
			for i := 2; i < len(w); i++ {
				w[i] = byte('a' + r.IntN(26))
			}
			if !have[string(w)] && ws.test(w) {
				hits++
			}
		}
		assert.LessOrEqual(t, hits, 5, "%s: %d false positives in 300,000", name, hits)
	}
}

// Dictionary look-ups do not allocate: they run on values in the hot path.
func TestDictLookupsDoNotAllocate(t *testing.T) {
	d, err := DefaultDictionaries()
	require.NoError(t, err)
	head, err := lookupValidator("dict-head:device_kinds", d)
	require.NoError(t, err)
	for _, v := range [][]byte{[]byte("Hausnotruf-Armband"), []byte("Café Zürich"), []byte("Smart plug (Wohnzimmer)")} {
		allocs := testing.AllocsPerRun(100, func() {
			d.has("conditions", v)
			head(v, d)
		})
		assert.Zero(t, allocs, "%q", v)
	}
}

// Capitals of Cyrillic and Greek fold as ASCII's and Latin-1's do, to
// letters as long.
func TestLowerBytes(t *testing.T) {
	for in, want := range map[string]string{
		"Температура": "температура", "ЁЖИК": "ёжик", "Πυρετός": "πυρετός", "ΩΜΕΓΑ": "ωμεγα",
		"ÀÉÎ Ok": "àéî ok", "Ünïcode ×": "ünïcode ×", "Ѓ": "ѓ",
	} {
		dst := make([]byte, len(in))
		lowerBytes(dst, []byte(in))
		if string(dst) != want {
			t.Errorf("lowerBytes(%q) = %q, want %q", in, dst, want)
		}
	}
}

// A Tibetan word is written with its closing tsheg before a space
// (ཚེ་རིང་ དོན་གྲུབ་): the mark is no part of the entry.
func TestTibetanTsheg(t *testing.T) {
	d, err := DefaultDictionaries()
	require.NoError(t, err)
	for _, v := range []string{"ཚེ་རིང", "ཚེ་རིང་", " ཚེ་རིང་ "} {
		assert.True(t, d.Has("first_names", []byte(v)), v)
	}
	assert.False(t, d.Has("first_names", []byte("་")))
}
