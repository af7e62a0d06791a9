package classify

import (
	"hash/maphash"
	"unsafe"

	"github.com/leakscope/leakscope/rules"
)

// A memo remembers what recent leaves came to, by their key verdict, kind
// and value. What a leaf exposes depends on nothing else, and values
// repeat across records (models, versions, place names, enumerations,
// booleans): about 40% of the string leaves of a generated dump are found
// here, each for a hash and a comparison instead of its rules.
type memo struct {
	seed  maphash.Seed
	slots []memoSlot
}

const (
	memoSlots = 4096 // a power of two
	memoValue = 40   // longer values are rarely repeated: not kept
)

type memoSlot struct {
	filled bool
	kind   rules.Kind
	n      uint8
	vd     *rules.KeyVerdict
	val    [memoValue]byte
	best   [rules.NumCategories]hit
}

// slot returns the slot for a leaf, filled if the leaf was seen there, or
// nil when the leaf is not to be remembered: a long value, JSON inside a
// string (its inner leaves are judged by path), or skip.
func (m *memo) slot(vd *rules.KeyVerdict, kind rules.Kind, v []byte, skip bool) *memoSlot {
	if skip || len(v) > memoValue || holdsJSON(v) {
		return nil
	}
	if m.slots == nil {
		m.seed = maphash.MakeSeed()
		m.slots = make([]memoSlot, memoSlots)
	}
	h := maphash.Bytes(m.seed, v) ^ uint64(uintptr(unsafe.Pointer(vd)))*0x9e3779b97f4a7c15 ^ uint64(kind)
	s := &m.slots[(h^h>>32)&(memoSlots-1)]
	if s.filled && (s.vd != vd || s.kind != kind || string(s.val[:s.n]) != string(v)) {
		s.filled = false
	}
	return s
}

// fill remembers what the leaf came to.
func (s *memoSlot) fill(vd *rules.KeyVerdict, kind rules.Kind, v []byte, best *[rules.NumCategories]hit) {
	s.filled, s.vd, s.kind, s.n = true, vd, kind, uint8(copy(s.val[:], v))
	s.best = *best
}
