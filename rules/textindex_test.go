package rules

import (
	"slices"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

// gateAgrees checks that the literals g finds under each bigram, by rank,
// are those a map by bigram held: every literal that starts with it, in
// the order they were added.
func gateAgrees(t *testing.T, g *textGate) {
	t.Helper()
	byBi := map[uint16][]int32{}
	for i, l := range g.lits {
		bi := uint16(l[0])<<8 | uint16(l[1])
		byBi[bi] = append(byBi[bi], int32(i))
	}
	if len(g.byBi) != len(byBi) {
		t.Fatalf("%d bigrams, want %d", len(g.byBi), len(byBi))
	}
	for bi := range 1 << 16 {
		bi := uint16(bi)
		want, in := byBi[bi]
		if in != (g.bigram[bi/64]&(1<<(bi%64)) != 0) {
			t.Fatalf("bigram %q: in the gate %v", []byte{byte(bi >> 8), byte(bi)}, !in)
		}
		if in && !slices.Equal(g.byBi[g.at(bi)], want) {
			t.Fatalf("bigram %q: literals %v, want %v", []byte{byte(bi >> 8), byte(bi)}, g.byBi[g.at(bi)], want)
		}
	}
}

func TestTextGateByRank(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	for _, g := range []*textGate{&s.gate, &s.valueGate} {
		gateAgrees(t, g)
	}
	t.Logf("%d finder literals, %d value literals", len(s.gate.lits), len(s.valueGate.lits))
}

func FuzzTextGate(f *testing.F) {
	f.Add([]byte("ab\x00abc\x00zz\x00\xff\xff\x00\x00\x00a"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var g textGate
		// Each run of bytes up to a 0 is a literal; a 1 ends a rule's set.
		var lits [][]byte
		start := 0
		for i, c := range in {
			if c == 0 || c == 1 {
				if i-start >= 2 {
					lits = append(lits, in[start:i])
				}
				start = i + 1
			}
			if c == 1 {
				g.add(lits)
				lits = nil
			}
		}
		g.add(lits)
		gateAgrees(t, &g)
	})
}

func TestAppendLowerRunes(t *testing.T) {
	// Every rune of two bytes is either kept or written as its lower case,
	// never as a third letter.
	for r := rune(0x80); r < 0x800; r++ {
		in := string(r)
		got := string(AppendLower(nil, []byte(in)))
		if got != in && got != string(unicode.ToLower(r)) {
			t.Errorf("AppendLower(%q) = %q, want %q or %q", in, got, in, string(unicode.ToLower(r)))
		}
	}
	for _, r := range "ĄĆĘŁŃŚŹŻČŠŽŘĎŤŇĚŮŐŰĞŞĀĒĪŪĶĻŅΑΩЄІЇЎЂЉЊЋЏ" {
		if got := string(AppendLower(nil, []byte(string(r)))); got != string(unicode.ToLower(r)) {
			t.Errorf("AppendLower(%q) = %q, want %q", string(r), got, string(unicode.ToLower(r)))
		}
	}
}

func TestAppendLower(t *testing.T) {
	for in, want := range map[string]string{
		"SOY ALÉRGICA A LA PENICILINA": "soy alérgica a la penicilina",
		"ÀÉÎÕÜ ÇÑ ×":                   "àéîõü çñ ×", // × (U+00D7) is no letter
		"АТ ПЕРЕД 135/94, РЯД":         "ат перед 135/94, ряд",
		"already lower, ß":             "already lower, ß",
		"ŁUKASZ ŚPI, ŻONA ĆWICZY":      "łukasz śpi, żona ćwiczy",
		"ČEŠTINA ŘEŠÍ ĎÁBLA, ŇÁDRŽ":    "čeština řeší ďábla, ňádrž",
		"ŞİFRE ĞÜÇ":                    "şİfre ğüç", // İ's lower case is longer: kept
		"ĀBOLS ĶĒĶIS ĻAUNS ŅEMT ŦŊ Ź":  "ābols ķēķis ļauns ņemt ŧŋ ź",
		"ΠΑΡΑΚΑΛΩ ΤΗΛΕΦΩΝΟ Σ":          "παρακαλω τηλεφωνο σ",
		"ЄВГЕН ІВАНОВИЧ ЇЖАК ЂОРЂЕ Љ":  "євген іванович їжак ђорђе љ",
	} {
		got := AppendLower([]byte("x"), []byte(in))
		if string(got) != "x"+want {
			t.Errorf("AppendLower(%q) = %q, want %q", in, got[1:], want)
		}
		if len(got) != len(in)+1 {
			t.Errorf("AppendLower(%q) changed the length", in)
		}
	}
}
