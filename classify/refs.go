package classify

import (
	"bytes"

	"github.com/leakscope/leakscope/internal/jsonstr"
)

// refKeys are the member names, folded (foldKey), by which a cell names
// the column, the field or the question it answers, elsewhere in the
// document: Smartsheet's {"columnId": 5561359439508291, "value": ...},
// Trello's idCustomField, a form's question id, an EAV row's attribute id.
var refKeys = map[string]bool{
	"columnid": true, "colid": true, "fieldid": true, "idcustomfield": true, "customfieldid": true,
	"attributeid": true, "attrid": true, "questionid": true, "propertyid": true, "definitionid": true,
	"idcolumn": true, "idfield": true, "idattribute": true, "idquestion": true,
}

// refTitleKeys are the member names of what a reference points at that
// say what it is: {"id": 5561359439508291, "title": "Date of birth"}.
var refTitleKeys = map[string]bool{"title": true, "name": true, "label": true, "displayname": true, "question": true}

// cellValueKey reports the names of a cell's value that are not value
// keys of the rules: what Smartsheet shows, what Trello holds.
func cellValueKey(k string) bool {
	switch k {
	case "displayValue", "display_value", "objectValue", "text", "number", "checked", "date":
		return true
	}
	return false
}

// refLabel reads a cell that names its column by an id, the column's
// title standing elsewhere in the document ({"columns": [{"id": 71,
// "title": "Blood group"}], "rows": [{"cells": [{"columnId": 71,
// "value": "A+"}]}]}): the cell is judged by the title. The reference is a
// member of the leaf's object or of the object around it (Trello's
// {"idCustomField": ..., "value": {"text": ...}}); the titles of the
// document are read once, on the first cell that needs them.
func (st *state) refLabel(w *walker) *node {
	k := len(w.stack) - 1
	if k < 0 || !w.stack[k].obj || w.inner {
		return nil
	}
	// Most objects have no reference: each is read for one once.
	var ref []byte
	ok := false
	if st.frameHas(w, k, hasRef) {
		ref, ok = st.refOf(w, k)
	}
	if !ok && k > 0 && w.stack[k-1].obj && st.frameHas(w, k-1, hasRef) {
		ref, ok = st.refOf(w, k-1)
	}
	if !ok {
		return nil
	}
	if st.refs.tick != st.tick {
		st.refs.tick, st.refs.ents = st.tick, st.refs.ents[:0]
		st.refs.ents = refTitles(w.data, 0, 0, st.refs.ents)
	}
	d := w.data
	for i := 0; i+3 < len(st.refs.ents); i += 4 {
		e := st.refs.ents[i : i+4]
		if !bytes.Equal(d[e[0]:e[1]], ref) {
			continue
		}
		title := d[e[2]:e[3]]
		if !keyLike(title) {
			return nil
		}
		if ln := st.child(w.stack[k].node, title); len(st.verdict(ln).Hits) > 0 {
			return ln
		}
		return nil
	}
	return nil
}

// refOf returns the reference the object at depth k of w's stack makes
// by a member named in refKeys: a number or a string, without its quotes.
func (st *state) refOf(w *walker, k int) ([]byte, bool) {
	f := &w.stack[k]
	d := w.data
	var ref []byte
	eachMember(d, f.start, func(key []byte, kesc bool, at int) (int, bool) {
		end, ok := skipValue(d, at)
		if !kesc && ok && foldedIn(key, refKeys) {
			switch {
			case d[at] == '"' && end-at > 2:
				ref = d[at+1 : end-1]
			case d[at] == '-' || d[at] >= '0' && d[at] <= '9':
				ref = d[at:end]
			}
			return end, ref == nil
		}
		return end, ok
	})
	return ref, ref != nil
}

// refTitles appends, for each object of the document at d[at:] that has
// an id (a number or a string) and a title (refTitleKeys), the bounds of
// the id's text and of the title's: four offsets an object. It reads 32
// levels deep at most and keeps 256 objects at most.
func refTitles(d []byte, at, depth int, ents []int32) []int32 {
	at = jsonstr.SkipSpace(d, at)
	if at >= len(d) || depth > 32 || len(ents) >= 4*256 {
		return ents
	}
	switch d[at] {
	case '{':
		var id, title [2]int32
		eachMember(d, at, func(key []byte, kesc bool, pos int) (int, bool) {
			end, ok := skipValue(d, pos)
			if !ok {
				return end, false
			}
			switch {
			case kesc:
			case d[pos] == '{' || d[pos] == '[':
				ents = refTitles(d, pos, depth+1, ents)
			case string(key) == "id" && d[pos] == '"' && end-pos > 2:
				id = [2]int32{int32(pos + 1), int32(end - 1)}
			case string(key) == "id" && (d[pos] == '-' || d[pos] >= '0' && d[pos] <= '9'):
				id = [2]int32{int32(pos), int32(end)}
			case d[pos] == '"' && end-pos > 2 && title[1] == 0 && foldedIn(key, refTitleKeys):
				title = [2]int32{int32(pos + 1), int32(end - 1)}
			}
			return end, true
		})
		if id[1] != 0 && title[1] != 0 && len(ents) < 4*256 {
			ents = append(ents, id[0], id[1], title[0], title[1])
		}
	case '[':
		eachElement(d, at, func(i int) bool {
			if d[i] == '{' || d[i] == '[' {
				ents = refTitles(d, i, depth+1, ents)
			}
			return len(ents) < 4*256
		})
	}
	return ents
}
