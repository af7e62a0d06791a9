package classify

import (
	"slices"
	"unsafe"

	"github.com/leakscope/leakscope/rules"
)

// A record is an object that says what kind of thing it is by a marker
// field or a type field (rules.Record): {"loinc": "2160-0", "test":
// "Creatinine", "abn": "H"} is a lab result, {"serial_number": ...,
// "name": "Front Door"} a device. A leaf in one (or in an object or list
// right in it) that its own path and value leave unexplained is judged again as
// a field of the kind, as if the kind were the record's name.
//
// The walk reads each member's key as it passes (markRecord), so an object
// is known to be a record from its marker on, and known to be none when it
// closes. A leaf left unexplained before that waits (a pendingLeaf) and is
// judged, and its findings put in its place, when its objects are known:
// no object is read twice. With Options.ColumnEvidence, which counts what
// each leaf came to as it passes, or when too many leaves wait
// (maxPending), an object not yet known is read ahead (recordKind) instead.

// recordReach is how many containers up a leaf looks for its record: its
// own, and the one around that ({"code": {"text": ...}} in a record).
const recordReach = 2

// maxPending bounds the leaves that wait, and so the memory a document of
// millions of leaves in one object takes: past it, the object is read ahead.
const maxPending = 1 << 12

// A pendingLeaf is an unexplained leaf waiting for an object around it to
// close or show a marker.
type pendingLeaf struct {
	wait   int // the frame it waits on; -1 once done
	depth  int // the stack's depth at the leaf
	lo     int // the first frame of frames
	frames [recordReach]frame
	kind   rules.Kind
	// The value, in st.pendVal, and the token in the document.
	vStart, vEnd     int
	tokStart, tokEnd int32
	at               int // where its findings go in st.res.findings
}

// markRecord notes, for the member of object f just read, whether its key
// marks the object as a record (or, for a type field, whether its value at
// d[vstart:] names one). c is the member's node; a key that is data stands
// for the element node there, and is looked at under its own name. Few
// keys mark anything: whether one may is told by its own words alone
// (rules.Set.RecordMarkCached), kept on its node, and only those that may
// are judged.
func (st *state) markRecord(w *walker, f *frame, key []byte, c *node, vstart int) {
	if c == f.node.elem {
		st.recNames = append(append(st.recNames[:0], f.node.names...), unsafe.String(unsafe.SliceData(key), len(key)))
		r, tk := st.c.set.RecordMarkCached(&st.keys, st.recNames)
		clear(st.recNames) // hold no key of the document
		if r == "" && !tk {
			return
		}
		c = st.child(f.node, key)
	} else {
		if c.mark == markUnknown {
			// A scalar's verdict is about to be asked for by its leaf: ask
			// now, rather than read the words of its name twice.
			var r string
			var tk bool
			if c.vd != nil || vstart < len(w.data) && w.data[vstart] != '{' && w.data[vstart] != '[' && w.data[vstart] != 'n' {
				vd := st.verdict(c)
				r, tk = vd.Record, vd.TypeKey
			} else {
				r, tk = st.c.set.RecordMarkCached(&st.keys, c.names)
			}
			c.mark = markNone
			if r != "" || tk {
				c.mark = markMay
			}
		}
		if c.mark == markNone {
			return
		}
	}
	kvd := st.verdict(c)
	r := kvd.Record
	if r == "" && kvd.TypeKey {
		d := w.data
		if vstart < len(d) && d[vstart] == '"' {
			if end, esc, err := scanString(d, vstart); err == nil && !esc {
				if val := d[vstart+1 : end-1]; len(val) > 0 && len(val) <= 64 && keyLike(val) {
					r = st.verdict(st.child(f.node, val)).RecordType
				}
			}
		}
	}
	if r != "" {
		f.rec, f.recDone = st.child(f.node, []byte(r)), true
	}
}

// inRecord judges the current leaf again as a field of the record it is
// in, if any; st.best holds what that says. It reports whether the leaf
// must wait for an object around it to be known (deferred): it is then
// judged and its findings written when the object is.
func (st *state) inRecord(w *walker, own *rules.KeyVerdict, kind rules.Kind, v, raw []byte) (deferred bool) {
	// A document that is one scalar is in no record. What marks the
	// record is not a field of it, nor is its id.
	if len(w.stack) == 0 || own.TypeKey || own.Record != "" || own.IDKey {
		return false
	}
	depth := len(w.stack)
	for i := depth - 1; i >= 0 && i >= depth-recordReach; i-- {
		f := &w.stack[i]
		if !f.obj {
			continue
		}
		if !f.recDone {
			if !st.c.opts.ColumnEvidence && len(st.pending) < maxPending {
				st.pend(w, i, kind, v, raw)
				return true
			}
			f.rec, f.recDone = st.recordKind(w, f), true
			if f.waiting > 0 {
				st.release(w, i)
			}
		}
		if f.rec != nil {
			st.judgeRecord(w, i, f.rec, kind, v)
			return false
		}
	}
	return false
}

// judgeRecord judges the leaf at the top of the walker's stack as inside
// the record of frame i, whose kind's node is rec.
func (st *state) judgeRecord(w *walker, i int, rec *node, kind rules.Kind, v []byte) {
	rn := st.recordNode(w, i, rec)
	if rn == nil {
		return
	}
	vd := st.verdict(rn)
	if len(vd.Hits) == 0 {
		return
	}
	st.judgeMemo(w, rn, vd, kind, v)
	if kind == rules.String {
		st.nameNoSection(v)
	}
}

// recordNode returns the node the walker's leaf is judged as inside the
// record of frame i: the leaf's path with the record's kind (rec, the
// kind's node) put after the record. Nil if the path has an escaped key.
func (st *state) recordNode(w *walker, i int, rec *node) *node {
	n := rec
	for j := i; j < len(w.stack); j++ {
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

// pend makes the current leaf wait on frame i.
func (st *state) pend(w *walker, i int, kind rules.Kind, v, raw []byte) {
	depth := len(w.stack)
	lo := max(0, depth-recordReach)
	p := pendingLeaf{wait: i, depth: depth, lo: lo, kind: kind, at: len(st.res.findings)}
	copy(p.frames[:], w.stack[lo:])
	p.vStart = len(st.pendVal)
	st.pendVal = append(st.pendVal, v...)
	p.vEnd = len(st.pendVal)
	p.tokStart, p.tokEnd = w.token(raw, kind)
	st.pending = append(st.pending, p)
	w.stack[i].waiting++
}

// release judges the leaves waiting on the object of frame j, now known
// to be a record or none (it closes, or was read ahead), or makes them
// wait on the next object out.
func (st *state) release(w *walker, j int) {
	f := &w.stack[j]
	f.waiting = 0
	for k := min(f.pendFrom, len(st.pending)); k < len(st.pending); k++ {
		p := &st.pending[k]
		if p.wait != j {
			continue
		}
		p.wait = -1
		for i := j; i >= 0 && i >= p.depth-recordReach; i-- {
			g := &w.stack[i]
			if !g.obj {
				continue
			}
			if !g.recDone {
				p.wait = i
				g.waiting++
				break
			}
			if g.rec != nil {
				st.judgePending(w, k, i, g.rec, false)
				break
			}
		}
	}
	// Drop what is done from the end, where the last leaves are.
	for len(st.pending) > 0 && st.pending[len(st.pending)-1].wait < 0 {
		st.pending = st.pending[:len(st.pending)-1]
	}
}

// judgePending judges pending leaf k inside the record of frame i (kind
// node rec), with the walker's stack as it was at the leaf, and puts its
// findings in its place. With scan, the frames not yet known are read
// ahead for their record (a broken document: they will never close).
func (st *state) judgePending(w *walker, k, i int, rec *node, scan bool) {
	p := &st.pending[k]
	wait := p.wait
	p.wait = -1
	st.saved = append(st.saved[:0], w.stack[p.lo:]...)
	w.stack = append(w.stack[:p.lo], p.frames[:p.depth-p.lo]...)
	v := st.pendVal[p.vStart:p.vEnd]
	st.best = [rules.NumCategories]hit{}
	if scan {
		// As inRecord, reading ahead; the frames still open know what they
		// have passed.
		for j := p.lo; j <= wait; j++ {
			w.stack[j].rec, w.stack[j].recDone = st.saved[j-p.lo].rec, st.saved[j-p.lo].recDone
		}
		for j := p.depth - 1; j >= 0 && j >= p.depth-recordReach; j-- {
			f := &w.stack[j]
			if !f.obj {
				continue
			}
			if !f.recDone {
				f.rec, f.recDone = st.recordKind(w, f), true
			}
			if f.rec != nil {
				st.judgeRecord(w, j, f.rec, p.kind, v)
				break
			}
		}
	} else {
		st.judgeRecord(w, i, rec, p.kind, v)
	}
	from := len(st.res.findings)
	st.emit(w, p.tokStart, p.tokEnd, v)
	w.stack = append(w.stack[:p.lo], st.saved...)
	n := len(st.res.findings) - from
	if n == 0 {
		return
	}
	// Put the findings where the leaf's would have been, before those of
	// the leaves after it.
	var tmp [rules.NumCategories]rawFinding
	copy(tmp[:], st.res.findings[from:])
	st.res.findings = slices.Insert(st.res.findings[:from], p.at, tmp[:n]...)
	for q := k + 1; q < len(st.pending); q++ {
		st.pending[q].at += n
	}
}

// flushPending judges the leaves still waiting when a walk stops on an
// error, reading their objects ahead as far as they go.
func (st *state) flushPending(w *walker) {
	for k := range st.pending {
		if st.pending[k].wait >= 0 {
			st.judgePending(w, k, -1, nil, true)
		}
	}
	st.pending = st.pending[:0]
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
