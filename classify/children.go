package classify

import "hash/maphash"

// A childTable holds the children of a path node by key: open addressing
// over a power-of-two array of slots, each the hash of a key and its
// child. A look-up reads a slot or two and then the child, whose key a
// match is checked against: where a Go map reads its control word, a slot
// of key headers and the key's bytes on the child, a look-up here reads
// the child only, which the walk reads next anyway.
type childTable struct {
	slots []childSlot
	n     int // children
	used  int // slots not free: children and dropped ones
}

type childSlot struct {
	hash uint64 // of the key, by the worker's seed
	node *node  // nil: free; dropped: a child pruned
}

// dropped marks the slot of a child that pruning dropped: a look-up goes
// on past it, as the keys after it may have probed past the child.
var dropped = &node{}

// minChildSlots is the size of a new table; most objects have fewer
// members than three quarters of it.
const minChildSlots = 8

// keyHash hashes a key for the child tables of a worker.
func (st *state) keyHash(key []byte) uint64 {
	return maphash.Bytes(st.seed, key)
}

// get returns the child of key, whose hash is h, or nil.
func (t *childTable) get(h uint64, key []byte) *node {
	if t.n == 0 {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.node == nil {
			return nil
		}
		if s.hash == h && s.node != dropped && s.node.key == string(key) {
			return s.node
		}
	}
}

// put adds child c, whose key has hash h and is not in the table.
func (t *childTable) put(h uint64, c *node) {
	if 4*(t.used+1) > 3*len(t.slots) {
		size := minChildSlots
		for 2*(t.n+1) > size {
			size *= 2
		}
		t.rehash(size)
	}
	t.insert(h, c)
}

func (t *childTable) insert(h uint64, c *node) {
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].node != nil && t.slots[i].node != dropped {
		i = (i + 1) & mask
	}
	if t.slots[i].node == nil {
		t.used++
	}
	t.slots[i] = childSlot{h, c}
	t.n++
}

// rehash makes the table size slots long, keeping its children.
func (t *childTable) rehash(size int) {
	old := t.slots
	t.slots, t.n, t.used = make([]childSlot, size), 0, 0
	for _, s := range old {
		if s.node != nil && s.node != dropped {
			t.insert(s.hash, s.node)
		}
	}
}

// all calls fn for each child.
func (t *childTable) all(fn func(c *node)) {
	for _, s := range t.slots {
		if s.node != nil && s.node != dropped {
			fn(s.node)
		}
	}
}

// keep drops the children for which keep returns false. A table that
// lost more than it kept is made anew at the size its children need, so
// that what the cache holds stays bounded.
func (t *childTable) keep(keep func(c *node) bool) {
	gone := 0
	for i := range t.slots {
		if s := &t.slots[i]; s.node != nil && s.node != dropped && !keep(s.node) {
			s.node = dropped
			t.n--
			gone++
		}
	}
	switch {
	case t.n == 0:
		*t = childTable{}
	case gone > t.n:
		size := minChildSlots
		for 2*t.n > size {
			size *= 2
		}
		t.rehash(size)
	}
}
