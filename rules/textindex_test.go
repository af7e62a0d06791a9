package rules

import (
	"slices"
	"testing"

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

func TestAppendLower(t *testing.T) {
	for in, want := range map[string]string{
		"SOY ALÉRGICA A LA PENICILINA": "soy alérgica a la penicilina",
		"ÀÉÎÕÜ ÇÑ ×":                   "àéîõü çñ ×", // × (U+00D7) is no letter
		"АТ ПЕРЕД 135/94, РЯД":         "ат перед 135/94, ряд",
		"already lower, ß":             "already lower, ß",
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
