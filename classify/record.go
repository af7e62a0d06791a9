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

// tagged returns how many categories the current leaf was tagged with.
func (st *state) tagged() int {
	n := 0
	for _, h := range st.best {
		if h.rule != nil {
			n++
		}
	}
	return n
}

// inRecord judges the current leaf again as a field of the record it is
// in, if any; st.best holds what that says.
func (st *state) inRecord(w *walker, own *rules.KeyVerdict, kind rules.Kind, v []byte) {
	// A document that is one scalar is in no record. What marks the
	// record is not a field of it, nor is its id.
	if len(w.stack) == 0 || own.TypeKey || own.Record != "" || idKey(w) {
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
	if m, ok := st.memo.slot(vd, kind, v, st.anyTimeout); ok {
		m.replay(st.c.set.Rules(), &st.best)
	} else {
		st.judge(w, rn, vd, kind, v)
		if m != nil && !st.anyTimeout {
			m.fill(vd, kind, v, &st.best)
		}
	}
}

// idKey reports a leaf whose key ends in id, uuid or guid (LockId,
// specimen_id): a record's identifier, whatever the record is.
func idKey(w *walker) bool {
	f := &w.stack[len(w.stack)-1]
	if !f.obj {
		return false
	}
	k := w.data[f.keyStart:f.keyEnd]
	for _, suf := range [...]string{"uuid", "UUID", "Uuid", "guid", "GUID", "Guid", "id", "ID", "Id"} {
		if len(k) >= len(suf) && string(k[len(k)-len(suf):]) == suf {
			// "paid", "valid", "android": a word that ends so is not an id.
			i := len(k) - len(suf)
			return i == 0 || k[i-1] == '_' || k[i-1] == '-' || k[i-1] == '.' || k[i-1] == ' ' ||
				suf[0] >= 'A' && suf[0] <= 'Z' && k[i-1] >= 'a' && k[i-1] <= 'z'
		}
	}
	return false
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
	members(w.data, f.start, func(key []byte, kesc bool, val []byte, isStr bool) bool {
		if kesc {
			return true
		}
		kvd := st.verdict(st.child(f.node, key))
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
