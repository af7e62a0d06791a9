package classify

import "github.com/leakscope/leakscope/rules"

// A record is an object that says what kind of thing it is by a marker
// field or a type field (rules.Record): {"loinc": "2160-0", "test":
// "Creatinine", "abn": "H"} is a lab result, {"serial_number": ...,
// "name": "Front Door"} a device. A leaf in one (or in an object or list
// right in it) that its own path and value leave unexplained is judged again as
// a field of the kind, as if the kind were the record's name.

// recordReach is how many containers up a leaf looks for its record: its
// own, and the one around that ({"code": {"text": ...}} in a record).
const recordReach = 2

// inRecord judges the current leaf again as a field of the record it is
// in, if any; st.best holds what that says.
func (st *state) inRecord(w *walker, own *rules.KeyVerdict, kind rules.Kind, v []byte) {
	// A document that is one scalar is in no record. What marks the
	// record is not a field of it, nor is its id.
	if len(w.stack) == 0 || own.TypeKey || own.Record != "" || own.IDKey {
		return
	}
	rn := st.recordNode(w)
	if rn == nil {
		return
	}
	vd := st.verdict(rn)
	if len(vd.Hits) == 0 {
		return
	}
	st.judgeMemo(w, rn, vd, kind, v)
}

// recordNode returns the node the walker's leaf is judged as inside the
// nearest record around it: the leaf's path with the record's kind put
// after the record. Nil if there is none, or the path has an escaped key.
func (st *state) recordNode(w *walker) *node {
	depth := len(w.stack)
	for i := depth - 1; i >= 0 && i >= depth-recordReach; i-- {
		f := &w.stack[i]
		if !f.obj {
			continue
		}
		if !f.recDone {
			f.rec, f.recDone = st.recordKind(w, f), true
		}
		if f.rec == nil {
			continue
		}
		n := f.rec
		for j := i; j < depth; j++ {
			g := &w.stack[j]
			if !g.obj {
				n = st.element(n)
				continue
			}
			if g.keyEsc {
				return nil
			}
			n = st.child(n, w.data[g.keyStart:g.keyEnd])
		}
		return n
	}
	return nil
}

// recordKind reads the members of the object of frame f for a marker of a
// kind of record, or a type field that names one, and returns the kind's
// node under the object's, or nil.
func (st *state) recordKind(w *walker, f *frame) *node {
	var kind *node
	k := -1
	members(w.data, f.start, func(key []byte, kesc bool, val []byte, isStr bool) bool {
		k++
		if kesc {
			return true
		}
		// Records of one schema repeat their members in order: the child
		// remembered at this place is the key's, found without hashing.
		var c *node
		if k < len(f.node.order) && f.node.order[k].key == string(key) {
			c = f.node.order[k].node
		} else {
			c = st.child(f.node, key)
		}
		kvd := st.verdict(c)
		r := kvd.Record
		if r == "" && kvd.TypeKey && isStr && len(val) > 0 && len(val) <= 64 && keyLike(val) {
			r = st.verdict(st.child(f.node, val)).RecordType
		}
		if r != "" {
			kind = st.child(f.node, []byte(r))
			return false
		}
		return true
	})
	return kind
}
