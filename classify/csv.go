package classify

import (
	"bytes"

	"github.com/leakscope/leakscope/internal/jsonstr"
)

// Delimited text kept in JSON. An import job or a log keeps a CSV file's
// header as one string ("Vorname;Nachname;E-Mail;..."), and its rows as
// objects whose members are numbered columns (c0, c1, ...) or as the lines
// themselves ("Anna;Muster;anna@example.org;..."). A numbered column is
// judged as the header's name at its place; a line is cut into its cells,
// each judged as the header's name at its place or, with no header, by its
// value alone, and the line exposes what its cells do.

// A csvHeader is what csvHeaders found in one object: the names of a
// header among its members, or none.
type csvHeader struct {
	tick  uint32 // the document, as state.tick
	start int    // the object's brace
	names []byte // the header's names, one after another
	ends  []int32
}

func (h *csvHeader) len() int { return len(h.ends) }

// is reports whether the cells of v, whose bounds are cells, are the
// header's names.
func (h *csvHeader) is(v []byte, cells []int32) bool {
	for i := range h.len() {
		if !bytes.Equal(bytes.TrimSpace(v[cells[2*i]:cells[2*i+1]]), h.name(i)) {
			return false
		}
	}
	return true
}

func (h *csvHeader) name(i int) []byte {
	from := int32(0)
	if i > 0 {
		from = h.ends[i-1]
	}
	return h.names[from:h.ends[i]]
}

// csvCache holds the header of the object open at each depth of the
// walk: the objects of one depth come one after another, so each is read
// once, and a document's root stays known while its records pass (a ring
// of the objects looked at last read the root again every few records,
// the square of a large document's size). Deeper objects have none.
type csvCache struct {
	hdrs [cachedDepths]csvHeader
	none csvHeader // the header of every object deeper than hdrs reach
	// The row measured last: its brace, and its numbered members' least
	// and greatest numbers (or, for an array, 0 and its last index).
	rowTick      uint32
	row          int
	lo, hi       int
	cells        []int32   // scratch: the bounds of a line's cells
	text         csvHeader // the header of the text of lines being read
	buf, scratch []byte
}

// separator returns the separator of v when v reads as a line of
// delimited text, one of ; | tab , ^ three times or more (the most
// frequent of them), on one line, or 0. The caret cuts the pieces of a
// MUMPS global's node, as VistA's FileMan stores a record
// ("LOWENTHAL,IMOGEN^F^2791126^^^^D").
func separator(v []byte) byte {
	var n [5]int
	spaces := 0
	for _, c := range v {
		switch c {
		case '\n':
			return 0 // a text of lines, or prose
		case ' ':
			spaces++
		case ';':
			n[0]++
		case '|':
			n[1]++
		case '\t':
			n[2]++
		case ',':
			n[3]++
		case '^':
			n[4]++
		}
	}
	best := -1
	for i, k := range n {
		if k >= 3 && (best < 0 || k > n[best]) {
			best = i
		}
	}
	if best < 0 {
		return 0
	}
	sep := ";|\t,^"[best]
	// A list in a sentence has a space after its commas: "eggs, milk,
	// flour". A file's separator stands alone.
	if (sep == ',' || sep == ';') && 2*bytes.Count(v, []byte{sep, ' '}) > n[best] {
		return 0
	}
	// Cells are short; a text whose parts run to four words or more is
	// prose with punctuation.
	if spaces > 3*(n[best]+1) {
		return 0
	}
	return sep
}

// splitCells appends the bounds of the cells of the line v, cut at sep, to
// cells. A cell in double quotes may hold the separator; its quotes are
// left out, and a doubled quote in it is left as it is.
func splitCells(v []byte, sep byte, cells []int32) []int32 {
	for i := 0; i <= len(v); {
		if i < len(v) && v[i] == '"' {
			// Find the closing quote followed by a separator or the end.
			j := i + 1
			for j < len(v) && !(v[j] == '"' && (j+1 == len(v) || v[j+1] == sep)) {
				if v[j] == '"' && j+1 < len(v) && v[j+1] == '"' {
					j++
				}
				j++
			}
			if j < len(v) {
				cells = append(cells, int32(i+1), int32(j))
				i = j + 2
				continue
			}
		}
		j := bytes.IndexByte(v[i:], sep)
		if j < 0 {
			j = len(v) - i
		}
		cells = append(cells, int32(i), int32(i+j))
		i += j + 1
	}
	return cells
}

// header looks for a header among the members of the object at depth k:
// a string of delimited names, or an array of names. A header has four
// names or more, all of them reading as field names, and at least two of
// them (a quarter at least) known to the rules; the last is what tells a
// header from a line of data ("Anna;Muster;Wien;Hauptstr 5").
func (st *state) header(w *walker, k int) *csvHeader {
	cc, f := &st.csv, &w.stack[k]
	if k >= len(cc.hdrs) {
		return &cc.none
	}
	h := &cc.hdrs[k]
	if h.tick == st.tick && h.start == f.start {
		return h
	}
	h.tick, h.start, h.names, h.ends = st.tick, f.start, h.names[:0], h.ends[:0]
	d := w.data
	eachMember(d, f.start, func(_ []byte, _ bool, at int) (int, bool) {
		end, ok := skipValue(d, at)
		if !ok {
			return end, false
		}
		switch d[at] {
		case '"':
			v := d[at+1 : end-1]
			if bytes.IndexByte(v, '\\') >= 0 {
				cc.scratch = jsonstr.Unescape(cc.scratch[:0], v)
				v = cc.scratch
			}
			sep := separator(v)
			if sep == 0 {
				return end, true
			}
			cc.cells = splitCells(v, sep, cc.cells[:0])
			st.takeHeader(f.node, h, v, cc.cells)
		case '[':
			cc.cells = headerCells(d, at, cc.cells[:0], true)
			st.takeHeader(f.node, h, d, cc.cells)
		}
		return end, h.len() == 0
	})
	return h
}

// takeHeader keeps in h the names whose bounds in b are cells, if they
// make a header of fields of parent.
func (st *state) takeHeader(parent *node, h *csvHeader, b []byte, cells []int32) {
	n := len(cells) / 2
	if n < 4 {
		return
	}
	known := 0
	for i := 0; i < n; i++ {
		name := bytes.TrimSpace(b[cells[2*i]:cells[2*i+1]])
		if !keyLike(name) {
			return
		}
		if namesField(st.verdict(st.child(parent, name))) {
			known++
		}
	}
	if known < 2 || 4*known < n {
		return
	}
	for i := 0; i < n; i++ {
		h.names = append(h.names, bytes.TrimSpace(b[cells[2*i]:cells[2*i+1]])...)
		h.ends = append(h.ends, int32(len(h.names)))
	}
}

// findHeader returns the header of the object of the frame at depth k of
// w's stack or of one of the two objects that hold it, or nil.
func (st *state) findHeader(w *walker, k int) *csvHeader {
	for objs := 0; k >= 0 && objs < 3; k-- {
		f := &w.stack[k]
		if !f.obj {
			continue
		}
		objs++
		if h := st.header(w, k); h.len() > 0 {
			return h
		}
	}
	return nil
}

// numbered returns the number of a column's key such as c7, col_07, f3 or
// 12: a prefix of up to six letters or underscores, then one to three
// digits.
func numbered(key string) (prefix string, num int, ok bool) {
	i := len(key)
	for i > 0 && key[i-1] >= '0' && key[i-1] <= '9' {
		i--
	}
	if d := len(key) - i; d == 0 || d > 3 || i > 6 {
		return "", 0, false
	}
	for j := 0; j < i; j++ {
		if c := key[j] | 0x20; (c < 'a' || c > 'z') && key[j] != '_' {
			return "", 0, false
		}
	}
	for _, c := range key[i:] {
		num = 10*num + int(c-'0')
	}
	return key[:i], num, true
}

// positionLabel finds the header's name for the leaf at the top of w's
// stack, a member of a row whose key numbers a column (c0, c1, ...): the
// node it is judged as, or nil.
func (st *state) positionLabel(w *walker, key string) *node {
	prefix, num, ok := numbered(key)
	if !ok || len(w.stack) == 0 {
		return nil
	}
	k := len(w.stack) - 1
	row := &w.stack[k]
	h := st.findHeader(w, k)
	if h == nil {
		return nil
	}
	// The first column is 0 or 1, as the row's least number says; a row
	// with a column the header has not is no row of it.
	cc := &st.csv
	if cc.rowTick != st.tick || cc.row != row.start {
		cc.rowTick, cc.row, cc.lo, cc.hi = st.tick, row.start, -1, -1
		eachMember(w.data, row.start, func(k []byte, _ bool, at int) (int, bool) {
			if p, n, ok := numbered(string(k)); ok && p == prefix {
				if cc.lo < 0 || n < cc.lo {
					cc.lo = n
				}
				cc.hi = max(cc.hi, n)
			}
			return skipValue(w.data, at)
		})
	}
	base := min(cc.lo, 1)
	if cc.hi-cc.lo+1 == h.len() {
		base = cc.lo
	}
	col := num - base
	if col < 0 || col >= h.len() || cc.hi-base >= h.len() {
		return nil
	}
	if ln := st.child(row.node, h.name(col)); len(st.verdict(ln).Hits) > 0 {
		return ln
	}
	return nil
}

// cellLabel finds the header's name for the leaf at the top of w's stack,
// a cell of a row of an array of arrays whose header is a string of
// delimited names beside it ({"hdr": "name;email;...", "rows": [[...]]}),
// which columnLabel does not read: the node it is judged as, or nil.
func (st *state) cellLabel(w *walker) *node {
	k := len(w.stack) - 1
	row := &w.stack[k]
	h := st.findHeader(w, k-2)
	if h == nil || row.index >= h.len() {
		return nil
	}
	cc := &st.csv
	if cc.rowTick != st.tick || cc.row != row.start {
		cc.rowTick, cc.row, cc.lo, cc.hi = st.tick, row.start, 0, arrayLen(w.data, row.start)-1
	}
	if cc.hi+1 != h.len() {
		return nil
	}
	if ln := st.child(w.stack[k-1].node, h.name(row.index)); len(st.verdict(ln).Hits) > 0 {
		return ln
	}
	return nil
}

// delimited judges a line of delimited text, v, whose separator is sep,
// as the JSON its cells make: an object keyed by the names of a header
// beside it, when it has as many; else an array. What they expose is
// merged into st.best, as for JSON inside a string.
func (st *state) delimited(w *walker, n *node, v []byte, sep byte) {
	cc := &st.csv
	var h *csvHeader
	if len(w.stack) > 0 {
		h = st.findHeader(w, len(w.stack)-1)
	}
	cc.cells = splitCells(v, sep, cc.cells[:0])
	cells := len(cc.cells) / 2
	if h != nil && h.len() != cells {
		h = nil
	}
	if h != nil && h.is(v, cc.cells) {
		return // the header itself
	}
	cc.buf = appendRow(cc.buf[:0], h, v, cc.cells)
	st.nested(cc.buf, n, false)
}

// appendRow appends the cells of line v, whose bounds are cells, as JSON:
// an object keyed by the names of header h, or an array if h is nil.
func appendRow(b []byte, h *csvHeader, v []byte, cells []int32) []byte {
	if h != nil {
		b = append(b, '{')
	} else {
		b = append(b, '[')
	}
	for i := 0; i < len(cells)/2; i++ {
		if i > 0 {
			b = append(b, ',')
		}
		if h != nil {
			b = appendJSONString(b, h.name(i))
			b = append(b, ':')
		}
		b = appendJSONString(b, v[cells[2*i]:cells[2*i+1]])
	}
	if h != nil {
		return append(b, '}')
	}
	return append(b, ']')
}

// table judges a text of delimited lines, a CSV file kept in a string, as
// the JSON its lines make: an array of objects keyed by the names of its
// first line, when that reads as a header; else an array of arrays. A
// text of lines is two lines or more, every one but empty ones with as
// many separators as the first; anything else is left alone.
func (st *state) table(n *node, v []byte) {
	first, rest, _ := bytes.Cut(v, []byte("\n"))
	first = bytes.TrimSuffix(first, []byte("\r"))
	sep := separator(first)
	if sep == 0 {
		return
	}
	seps := bytes.Count(first, []byte{sep})
	rows := 0
	for line := range bytes.Lines(rest) {
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 {
			continue
		}
		if bytes.Count(line, []byte{sep}) != seps {
			return
		}
		rows++
	}
	if rows == 0 {
		return
	}
	cc := &st.csv
	h := &cc.text
	h.names, h.ends = h.names[:0], h.ends[:0]
	cc.cells = splitCells(first, sep, cc.cells[:0])
	st.takeHeader(n, h, first, cc.cells)
	b := append(cc.buf[:0], '[')
	if h.len() == 0 {
		b = appendRow(b, nil, first, cc.cells)
	}
	for line := range bytes.Lines(rest) {
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 {
			continue
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		cc.cells = splitCells(line, sep, cc.cells[:0])
		if h.len() > 0 && len(cc.cells)/2 == h.len() {
			b = appendRow(b, h, line, cc.cells)
		} else {
			// No header, or a line cut otherwise by a quoted separator.
			b = appendRow(b, nil, line, cc.cells)
		}
	}
	cc.buf = append(b, ']')
	st.nested(cc.buf, n, false)
}

// appendJSONString appends s to b as a JSON string.
func appendJSONString(b, s []byte) []byte {
	b = append(b, '"')
	for _, c := range s {
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}
