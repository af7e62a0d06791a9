package classify

import "bytes"

// A names map gives opaque field names their titles beside the record, as
// Jira's API does with expand=names ({"fields": {"customfield_10041":
// "94"}, "names": {"customfield_10041": "SpO2 at visit"}}) and as other
// exports do under "labels" or "fieldNames": a field whose name has a
// digit is judged by its title there.

// namesKeys are the members that may hold a names map.
var namesKeys = map[string]bool{
	"names": true, "labels": true, "fieldNames": true, "field_names": true, "fieldLabels": true,
	"field_labels": true, "columnNames": true, "column_names": true, "titles": true, "displayNames": true,
}

// namesCache remembers where the names map of the object open at each
// depth of the walk is (its brace), or -1: the objects of one depth come
// one after another, so each is read once, and the document's root stays
// known while its records pass (a ring of the objects looked at last
// would read the root again every few records).
type namesCache struct {
	tick  [cachedDepths]uint32
	start [cachedDepths]int
	at    [cachedDepths]int
	// The BigQuery schema read last: the object it is a member of, and
	// the bounds of its columns' names.
	bqTick  uint32
	bqStart int
	bqCells []int32
}

// cachedDepths bounds the depths of the objects whose names maps and
// headers (csv.go) are looked for and kept.
const cachedDepths = 16

// namesLabel finds the title of key in a names map that is a member of
// one of the three objects around the leaf at the top of w's stack: the
// node it is judged as, or nil.
func (st *state) namesLabel(w *walker) *node {
	if len(w.stack) == 0 {
		return nil
	}
	top := &w.stack[len(w.stack)-1]
	if !top.obj || top.keyEsc {
		return nil
	}
	key := w.data[top.keyStart:top.keyEnd]
	if !bytes.ContainsAny(key, "0123456789") {
		return nil
	}
	objs := 0
	for k := len(w.stack) - 1; k >= 0 && objs < 3; k-- {
		f := &w.stack[k]
		if !f.obj {
			continue
		}
		objs++
		at := st.namesMap(w, k)
		if at < 0 {
			continue
		}
		if k+1 < len(w.stack) && w.stack[k+1].start == at {
			return nil // the leaf is a title of the names map itself
		}
		var title []byte
		members(w.data, at, func(k []byte, kesc bool, val []byte, isStr bool) bool {
			if !kesc && isStr && string(k) == string(key) {
				title = val
				return false
			}
			return true
		})
		if len(title) == 0 || !keyLike(title) {
			return nil
		}
		if ln := st.child(top.node, title); len(st.verdict(ln).Hits) > 0 {
			return ln
		}
		return nil
	}
	return nil
}

// namesMap returns where the names map among the members of the object
// at depth k of w's stack starts, or -1.
func (st *state) namesMap(w *walker, k int) int {
	if k >= cachedDepths {
		return -1
	}
	f, nc := &w.stack[k], &st.names
	if nc.tick[k] == st.tick && nc.start[k] == f.start {
		return nc.at[k]
	}
	at := -1
	d := w.data
	eachMember(d, f.start, func(key []byte, kesc bool, pos int) (int, bool) {
		if !kesc && d[pos] == '{' && namesKeys[string(key)] {
			at = pos
		}
		end, ok := skipValue(d, pos)
		return end, ok && at < 0
	})
	nc.tick[k], nc.start[k], nc.at[k] = st.tick, f.start, at
	return at
}

// bigQueryLabel reads BigQuery's rows as its API writes them, each cell
// {"v": ...} at its column's place in a row's "f", the columns named by the
// response's schema ({"schema": {"fields": [{"name": "user_email", "type":
// "STRING"}, ...]}, "rows": [{"f": [{"v": "ana@example.org"}, ...]}]}), and
// the Visualization API's tables alike ({"cols": [{"label": "Weight kg",
// "type": "number"}], "rows": [{"c": [{"v": 73.4}]}]}): the node the cell
// is judged as, or nil.
func (st *state) bigQueryLabel(w *walker) *node {
	n := len(w.stack)
	if n < 5 {
		return nil
	}
	cell, f, row := &w.stack[n-1], &w.stack[n-2], &w.stack[n-3]
	if !cell.obj || f.obj || !row.obj || string(w.data[cell.keyStart:cell.keyEnd]) != "v" {
		return nil
	}
	if rk := string(w.data[row.keyStart:row.keyEnd]); rk != "f" && rk != "c" {
		return nil
	}
	// The schema is a member of the object that holds the rows.
	o := &w.stack[n-5]
	if !o.obj {
		return nil
	}
	nc := &st.names
	if nc.bqTick != st.tick || nc.bqStart != o.start {
		nc.bqTick, nc.bqStart, nc.bqCells = st.tick, o.start, nc.bqCells[:0]
		d := w.data
		eachMember(d, o.start, func(key []byte, kesc bool, at int) (int, bool) {
			if !kesc && string(key) == "cols" && d[at] == '[' {
				nc.bqCells = headerCells(d, at, nc.bqCells[:0], true)
			}
			if !kesc && string(key) == "schema" && d[at] == '{' {
				eachMember(d, at, func(key []byte, kesc bool, at int) (int, bool) {
					if !kesc && string(key) == "fields" && d[at] == '[' {
						nc.bqCells = headerCells(d, at, nc.bqCells[:0], true)
					}
					return skipValue(d, at)
				})
			}
			end, ok := skipValue(d, at)
			return end, ok && len(nc.bqCells) == 0
		})
	}
	col := f.index
	if 2*col+1 >= len(nc.bqCells) {
		return nil
	}
	title := w.data[nc.bqCells[2*col]:nc.bqCells[2*col+1]]
	if ln := st.child(row.node, title); len(st.verdict(ln).Hits) > 0 {
		return ln
	}
	return nil
}
