package rules

import (
	"bytes"
	"math/bits"
	"slices"
)

// A TextIndex records which of the finders' literals a text holds, found
// in one pass over the text for all finders at once, so that a finder
// whose keywords or required literals are absent costs a few AND
// instructions instead of a search per literal. Made by Set.IndexText and
// read by Compiled.Find; reused from text to text without allocating.
type TextIndex struct {
	// Lower is the text in lower case: ASCII, Latin-1's letters and
	// Russian and Ukrainian Cyrillic's basic ones (the same length, byte
	// for byte).
	Lower []byte
	has   []uint64 // bit i: literal i of the set's gate occurs in Lower
	// terms are the runs of words a dictionary term may be, found on the
	// first dict-term finder that asks, for all of them (termText).
	terms termText
}

// A textGate is the literals of all finders, indexed by their first two
// bytes.
type textGate struct {
	lits [][]byte
	// places finds a literal's index in lits while the gate is made (a
	// search of lits for every literal of every rule was a few per cent
	// of start-up); Compile drops it once the gate is complete.
	places map[string]int
	bigram [1 << 16 / 64]uint64 // first two bytes of some literal
	// rank counts the bigrams of the words of bigram before each word, so
	// that a bigram's place in byBi is a count of bits: a map look-up was
	// some 140 instructions a bigram of text.
	rank [1 << 16 / 64]uint16
	byBi [][]int32 // the literals of each bigram, in the bigrams' order
}

// at returns the place in byBi of bigram bi, which is in the gate.
func (g *textGate) at(bi uint16) int {
	w := bi / 64
	return int(g.rank[w]) + bits.OnesCount64(g.bigram[w]&(1<<(bi%64)-1))
}

// A litSet is a set of literals of the gate, one of which must occur;
// all says the set is empty (no condition).
type litSet struct {
	all   bool
	words []litWord
}

type litWord struct {
	i    int
	bits uint64
}

func (s litSet) in(has []uint64) bool {
	if s.all {
		return true
	}
	for _, w := range s.words {
		if has[w.i]&w.bits != 0 {
			return true
		}
	}
	return false
}

// add returns the gate's set for lits: each literal gets an index, shared
// with the other finders that need it. Literals shorter than two bytes
// cannot be indexed by bigram: a set holding one is no condition.
func (g *textGate) add(lits [][]byte) litSet {
	if len(lits) == 0 {
		return litSet{all: true}
	}
	for _, l := range lits {
		if len(l) < 2 {
			return litSet{all: true}
		}
	}
	var set litSet
	for _, l := range lits {
		i, ok := g.places[string(l)]
		if !ok {
			i = len(g.lits)
			g.lits = append(g.lits, l)
			if g.places == nil {
				g.places = make(map[string]int)
			}
			g.places[string(l)] = i
			bi := uint16(l[0])<<8 | uint16(l[1])
			if g.bigram[bi/64]&(1<<(bi%64)) == 0 {
				g.bigram[bi/64] |= 1 << (bi % 64)
				for w := bi/64 + 1; w < uint16(len(g.rank)); w++ {
					g.rank[w]++
				}
				g.byBi = slices.Insert(g.byBi, g.at(bi), []int32(nil))
			}
			k := g.at(bi)
			g.byBi[k] = append(g.byBi[k], int32(i))
		}
		w, bit := i/64, uint64(1)<<(i%64)
		found := false
		for k := range set.words {
			if set.words[k].i == w {
				set.words[k].bits |= bit
				found = true
			}
		}
		if !found {
			set.words = append(set.words, litWord{i: w, bits: bit})
		}
	}
	return set
}

// AppendLower appends text to dst in lower case, byte for byte the same
// length: ASCII letters, Latin-1's (À-Þ), Latin Extended-A's (Ā-Ž: Polish,
// Czech, Turkish, Baltic letters; not İ, whose lower case is longer),
// Greek's (Α-Ω) and Cyrillic's (Ѐ-Я), which is how free text is matched
// against the finders' keywords, written in lower case.
func AppendLower(dst, text []byte) []byte {
	n := len(dst)
	for i, c := range text {
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c < 0x80 || c >= 0xC0 || i == 0:
		default:
			switch lead := text[i-1]; {
			case lead == 0xC3:
				if c <= 0x9E && c != 0x97 {
					c += 0x20 // À-Þ: à-þ
				}
			case lead == 0xC4:
				// Ā-į and Ĳ-Ķ pair upper and lower, even and odd; Ĺ-ľ odd
				// and even.
				if c < 0xB0 && c&1 == 0 || c >= 0xB2 && c <= 0xB6 && c&1 == 0 || c >= 0xB9 && c <= 0xBD && c&1 == 1 {
					c++
				}
			case lead == 0xC5:
				// Ł-Ň odd and even, Ŋ-Ŷ even and odd, Ź-Ž odd and even.
				if c >= 0x81 && c <= 0x87 && c&1 == 1 || c >= 0x8A && c <= 0xB6 && c&1 == 0 || c >= 0xB9 && c <= 0xBD && c&1 == 1 {
					c++
				}
			case lead == 0xCE:
				if c >= 0x91 && c <= 0x9F {
					c += 0x20 // Α-Ο: α-ο
				} else if c >= 0xA0 && c <= 0xA9 && c != 0xA2 {
					dst[n+i-1], c = 0xCF, c-0x20 // Π-Ω: π-ω, whose lead byte is CF
				}
			case lead == 0xD0:
				switch {
				case c <= 0x8F:
					dst[n+i-1], c = 0xD1, c+0x10 // Ѐ-Џ: ѐ-џ (Є, І, Ї, Ј, Љ...)
				case c <= 0x9F:
					c += 0x20 // А-П: а-п
				case c <= 0xAF:
					dst[n+i-1], c = 0xD1, c-0x20 // Р-Я: р-я, whose lead byte is D1
				}
			}
		}
		dst = append(dst, c)
	}
	return dst
}

// IndexText fills ti for text: its lower-case form and the finders'
// literals it holds.
func (s *Set) IndexText(ti *TextIndex, text []byte) {
	ti.Lower = AppendLower(ti.Lower[:0], text)
	low := ti.Lower
	ti.terms.ready = false
	n := (len(s.gate.lits) + 63) / 64
	if cap(ti.has) < n {
		ti.has = make([]uint64, n)
	}
	ti.has = ti.has[:n]
	clear(ti.has)
	for i := 0; i+1 < len(low); i++ {
		bi := uint16(low[i])<<8 | uint16(low[i+1])
		if s.gate.bigram[bi/64]&(1<<(bi%64)) == 0 {
			continue
		}
		for _, l := range s.gate.byBi[s.gate.at(bi)] {
			if bytes.HasPrefix(low[i:], s.gate.lits[l]) {
				ti.has[l/64] |= 1 << (l % 64)
			}
		}
	}
}

// A ValueIndex records which of the value rules' required literals a value
// holds, looked for once, on the first rule that asks, for all rules. Reset
// it for each value.
type ValueIndex struct {
	ready bool
	has   []uint64
	// entry is the value as the dictionaries look it up, made on the
	// first dict rule that asks, for all of them (dictEntry).
	entry dictEntry
}

// Reset forgets the previous value.
func (vi *ValueIndex) Reset() { vi.ready, vi.entry.ready = false, false }

// index fills vi for v from gate g, folding ASCII case.
func (g *textGate) index(vi *ValueIndex, v []byte) {
	n := (len(g.lits) + 63) / 64
	if cap(vi.has) < n {
		vi.has = make([]uint64, n)
	}
	vi.has = vi.has[:n]
	clear(vi.has)
	vi.ready = true
	for i := 0; i+1 < len(v); i++ {
		bi := uint16(lowerASCII(v[i]))<<8 | uint16(lowerASCII(v[i+1]))
		if g.bigram[bi/64]&(1<<(bi%64)) == 0 {
			continue
		}
		for _, l := range g.byBi[g.at(bi)] {
			if lit := g.lits[l]; len(v)-i >= len(lit) && equalLower(v[i:i+len(lit)], lit) {
				vi.has[l/64] |= 1 << (l % 64)
			}
		}
	}
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
