package classify

import (
	"bytes"
	"slices"
	"strconv"
)

// archiverLabel reads an element of the $objects of an NSKeyedArchiver
// archive (the plists iOS and macOS apps archive their state in, as a
// forensic tool or plutil writes them in JSON): every string of the
// archive stands in one flat list, and a dictionary names its members by
// their places in it ({"NS.keys": [{"CF$UID": 5}], "NS.objects":
// [{"CF$UID": 9}]}). The element at place 9 is judged by the string at
// place 5, its key; an element of an array that a key holds
// ({"NS.objects": [...]} alone, at the key's place) by that key too. The
// archive's keys are read once, on the first element that needs them.
func (st *state) archiverLabel(w *walker) *node {
	k := len(w.stack) - 1
	if k != 1 || w.stack[1].obj || !w.stack[0].obj || w.inner {
		return nil
	}
	d := w.data
	if f := &w.stack[0]; string(d[f.keyStart:f.keyEnd]) != "$objects" {
		return nil
	}
	a := &st.arch
	if a.tick != st.tick {
		a.tick = st.tick
		a.objs = archiverObjects(d, w.stack[1].start, a.objs[:0])
		a.index(d)
	}
	key, dict := a.keyAt(w.stack[1].index)
	name := archiverString(d, a.objs, key)
	if name == nil {
		return nil
	}
	// The key of the dictionary that holds it, if it has one, is its
	// parent's name: cycles[].start, profile.firstName.
	ln := w.stack[1].node
	if pk, _ := a.keyAt(dict); pk >= 0 {
		if parent := archiverString(d, a.objs, pk); parent != nil {
			ln = st.child(ln, parent)
		}
	}
	if ln = st.child(ln, name); len(st.verdict(ln).Hits) > 0 {
		return ln
	}
	return nil
}

// keyAt returns the place of the key of the object at place v, and the
// place of the dictionary it is a member of; -1s if no dictionary names it.
func (a *archive) keyAt(v int) (key, dict int) {
	if v < 0 || v >= len(a.key) {
		return -1, -1
	}
	return int(a.key[v]), int(a.dict[v])
}

// index fills key and dict for each place of the archive, from its
// dictionaries' members (archiverKeys); the first dictionary that names a
// place wins.
func (a *archive) index(d []byte) {
	n := len(a.objs) / 2
	a.key, a.dict = slices.Grow(a.key[:0], n)[:n], slices.Grow(a.dict[:0], n)[:n]
	for i := range n {
		a.key[i], a.dict[i] = -1, -1
	}
	a.keyOf = archiverKeys(d, a.objs, a.keyOf[:0])
	for i := 0; i+2 < len(a.keyOf); i += 3 {
		if v := a.keyOf[i]; v >= 0 && int(v) < n && a.key[v] < 0 {
			a.key[v], a.dict[v] = a.keyOf[i+1], a.keyOf[i+2]
		}
	}
}

// archiverString returns the string at place i of the archive, a key's
// name, or nil.
func archiverString(d []byte, objs []int32, i int) []byte {
	if i < 0 || 2*i+1 >= len(objs) {
		return nil
	}
	at, end := objs[2*i], objs[2*i+1]
	if d[at] != '"' || end-at < 3 {
		return nil
	}
	name := d[at+1 : end-1]
	if !keyLike(name) || bytes.IndexByte(name, '\\') >= 0 {
		return nil
	}
	return name
}

// An archive is what archiverLabel keeps of the document's archive: the
// bounds of its objects and its members (archiverKeys).
type archive struct {
	tick        uint32
	objs, keyOf []int32
	// key and dict hold, for each place, the place of the key that names
	// it and of the dictionary it is a member of, or -1.
	key, dict []int32
}

// maxArchiverObjects bounds the objects of an archive that are read.
const maxArchiverObjects = 4096

// archiverObjects appends the bounds of each element of the array at
// d[at:], two offsets an element.
func archiverObjects(d []byte, at int, objs []int32) []int32 {
	eachElement(d, at, func(i int) bool {
		end, ok := skipValue(d, i)
		if !ok {
			return false
		}
		objs = append(objs, int32(i), int32(end))
		return len(objs) < 2*maxArchiverObjects
	})
	return objs
}

// archiverKeys appends, for each member of each dictionary of the
// archive, the place of its value, of its key and of the dictionary; and
// for an array a key holds, the place of each of its elements, that key
// and that dictionary: three numbers a member.
func archiverKeys(d []byte, objs, keyOf []int32) []int32 {
	for o := 0; o+1 < len(objs); o += 2 {
		at := int(objs[o])
		if d[at] != '{' {
			continue
		}
		keys, vals := archiverRefs(d, at, "NS.keys"), archiverRefs(d, at, "NS.objects")
		if len(keys) == 0 || len(keys) != len(vals) {
			continue
		}
		for i := range keys {
			keyOf = append(keyOf, int32(vals[i]), int32(keys[i]), int32(o/2))
			// The members of an array the key holds.
			if v := 2 * vals[i]; v+1 < len(objs) && d[objs[v]] == '{' {
				if archiverRefs(d, int(objs[v]), "NS.keys") == nil {
					for _, e := range archiverRefs(d, int(objs[v]), "NS.objects") {
						keyOf = append(keyOf, int32(e), int32(keys[i]), int32(o/2))
					}
				}
			}
		}
	}
	return keyOf
}

// archiverRefs returns the places listed by the member name of the object
// at d[at:]: an array of {"CF$UID": n}, or nil.
func archiverRefs(d []byte, at int, name string) []int {
	var refs []int
	eachMember(d, at, func(key []byte, kesc bool, pos int) (int, bool) {
		end, ok := skipValue(d, pos)
		if !ok || kesc || string(key) != name || d[pos] != '[' {
			return end, ok
		}
		eachElement(d, pos, func(i int) bool {
			if d[i] != '{' {
				return true
			}
			eachMember(d, i, func(k []byte, _ bool, p int) (int, bool) {
				e, ok := skipValue(d, p)
				if ok && string(k) == "CF$UID" {
					if n, err := strconv.Atoi(string(d[p:e])); err == nil && n >= 0 {
						refs = append(refs, n)
					}
				}
				return e, ok
			})
			return true
		})
		return end, false
	})
	return refs
}
