package classify

import (
	"hash/maphash"

	"github.com/leakscope/leakscope/rules"
)

// A memo remembers what recent leaves came to, by their key verdict, kind
// and value. What a leaf exposes depends on nothing else, and values
// repeat across records (models, versions, place names, enumerations,
// booleans): a third of the string leaves of a generated dump are found
// here, each for a hash and a comparison instead of its rules. A slot is
// one cache line, so that many fit: the more slots, the more values come
// back before they are overwritten (4,096 slots: 15% of the leaves of a
// dump of all schemas; 32,768: 30%). But a probe that misses the caches
// costs a trip to memory, as much as judging many a leaf: the table is
// kept to the half megabyte of a core's L2 (8,192 slots: 20%).
type memo struct {
	seed  maphash.Seed
	slots []memoSlot
}

const (
	memoSlots = 1 << 13 // a power of two
	memoValue = 40      // longer values are rarely repeated: not kept
)

// A memoSlot holds no pointer, so that the collector need not scan the
// memo: the verdict is known by its ID, and the rules by their index.
type memoSlot struct {
	vd   uint64 // the verdict's ID; 0: empty
	val  [memoValue]byte
	hits [rules.NumCategories]memoHit
	kind rules.Kind
	n    uint8
}

// A memoHit is a hit of st.best: the rule's index, plus one (0: none),
// times four, plus which of its confidences.
type memoHit uint16

// slot returns the slot for a leaf, and whether the leaf was seen there;
// nil when the leaf is not to be remembered: a long value, JSON inside a
// string (its inner leaves are judged by path), or skip.
func (m *memo) slot(vd *rules.KeyVerdict, kind rules.Kind, v []byte, skip bool) (*memoSlot, bool) {
	if skip || len(v) > memoValue || holdsJSON(v) {
		return nil, false
	}
	if m.slots == nil {
		m.seed = maphash.MakeSeed()
		m.slots = make([]memoSlot, memoSlots)
	}
	id := vd.ID()
	h := maphash.Bytes(m.seed, v) ^ id*0x9e3779b97f4a7c15 ^ uint64(kind)
	s := &m.slots[(h^h>>32)&(memoSlots-1)]
	return s, s.vd == id && s.kind == kind && string(s.val[:s.n]) == string(v)
}

// fill remembers what the leaf came to, unless a confidence is none of its
// rule's own (it always is one, but the memo must replay it exactly).
func (s *memoSlot) fill(vd *rules.KeyVerdict, kind rules.Kind, v []byte, best *[rules.NumCategories]hit) {
	s.vd = 0
	var hits [rules.NumCategories]memoHit
	for i, h := range best {
		if h.rule == nil {
			continue
		}
		if h.rule.Index+1 >= 1<<14 {
			return
		}
		which := 0
		switch h.conf {
		case h.rule.Confidence:
		case h.rule.KeyConfidence:
			which = 1
		case h.rule.ValueConfidence:
			which = 2
		default:
			return
		}
		hits[i] = memoHit((h.rule.Index+1)<<2 | which)
	}
	s.vd, s.kind, s.n, s.hits = vd.ID(), kind, uint8(copy(s.val[:], v)), hits
}

// replay writes what the leaf came to into best.
func (s *memoSlot) replay(rs []*rules.Compiled, best *[rules.NumCategories]hit) {
	for i, mh := range s.hits {
		if mh == 0 {
			best[i] = hit{}
			continue
		}
		c := rs[mh>>2-1]
		conf := c.Confidence
		switch mh & 3 {
		case 1:
			conf = c.KeyConfidence
		case 2:
			conf = c.ValueConfidence
		}
		best[i] = hit{conf: conf, rule: c}
	}
}
