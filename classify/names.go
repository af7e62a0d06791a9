package classify

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

// namesCache remembers, for the objects looked at last, where their names
// map is (its brace), or -1.
type namesCache struct {
	tick  [4]uint32
	start [4]int
	at    [4]int
	next  int
	// The BigQuery schema read last: the object it is a member of, and
	// the bounds of its columns' names.
	bqTick  uint32
	bqStart int
	bqCells []int32
}

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
	if !hasDigit(key) {
		return nil
	}
	objs := 0
	for k := len(w.stack) - 1; k >= 0 && objs < 3; k-- {
		f := &w.stack[k]
		if !f.obj {
			continue
		}
		objs++
		at := st.namesMap(w, f)
		if at < 0 {
			continue
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

// namesMap returns where the names map among the members of the object of
// frame f starts, or -1.
func (st *state) namesMap(w *walker, f *frame) int {
	nc := &st.names
	for i := range nc.tick {
		if nc.tick[i] == st.tick && nc.start[i] == f.start {
			return nc.at[i]
		}
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
	i := nc.next
	nc.next = (nc.next + 1) % len(nc.tick)
	nc.tick[i], nc.start[i], nc.at[i] = st.tick, f.start, at
	return at
}

func hasDigit(s []byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// bigQueryLabel reads BigQuery's rows as its API writes them, each cell
// {"v": ...} at its column's place in a row's "f", the columns named by the
// response's schema ({"schema": {"fields": [{"name": "user_email", "type":
// "STRING"}, ...]}, "rows": [{"f": [{"v": "ana@example.org"}, ...]}]}): the
// node the cell is judged as, or nil.
func (st *state) bigQueryLabel(w *walker) *node {
	n := len(w.stack)
	if n < 4 {
		return nil
	}
	cell, f, row := &w.stack[n-1], &w.stack[n-2], &w.stack[n-3]
	if !cell.obj || f.obj || !row.obj || string(w.data[cell.keyStart:cell.keyEnd]) != "v" ||
		string(w.data[row.keyStart:row.keyEnd]) != "f" {
		return nil
	}
	nc := &st.names
	// The schema is a member of an object around the rows.
	for k := n - 4; k >= 0 && k >= n-6; k-- {
		o := &w.stack[k]
		if !o.obj {
			continue
		}
		if nc.bqTick != st.tick || nc.bqStart != o.start {
			nc.bqTick, nc.bqStart, nc.bqCells = st.tick, o.start, nc.bqCells[:0]
			d := w.data
			eachMember(d, o.start, func(key []byte, kesc bool, at int) (int, bool) {
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
		if len(nc.bqCells) == 0 {
			continue
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
	return nil
}
