package classify

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/leakscope/leakscope/internal/jsonstr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A full path cache forgets what it did not use lately and keeps what it
// did: a field met in every document keeps its node (and its verdict)
// through any number of documents of new names, and the cache stays
// within its bound. (A cache that finds fewer nodes than it makes starts
// again instead.)
func TestPathCacheKeepsWhatItUses(t *testing.T) {
	c, err := New(nil, Options{})
	require.NoError(t, err)
	st := newState(c)
	var hot *node
	for i := range 3 * maxNodes / 4 {
		// Hot fields, and new names every document (neither numbers nor
		// ids, which the walk folds into their parent).
		doc := fmt.Appendf(nil, `{"user":{"email":"a@b.example","phone":"x","city":"y","zip":"z","f%s":1,"g%s":{"h%s":true}}}`, word(i), word(i), word(i))
		require.NoError(t, st.document(doc))
		require.LessOrEqual(t, st.nodes, maxNodes)
		u := st.root.children.get(st.keyHash([]byte("user")), []byte("user"))
		require.NotNil(t, u)
		if hot == nil {
			hot = u.children.get(st.keyHash([]byte("email")), []byte("email"))
		}
		assert.Same(t, hot, u.children.get(st.keyHash([]byte("email")), []byte("email")), "document %d", i)
	}
	assert.Greater(t, st.nodes, maxNodes/2)
}

// word spells i in letters.
func word(i int) string {
	b := []byte{}
	for {
		b = append(b, byte('a'+i%26))
		if i /= 26; i == 0 {
			return string(b)
		}
	}
}

// appendPointerRef is appendPointer as it was before it kept the tokens of
// the pointer it made last: every token escaped anew.
func (w *walker) appendPointerRef(dst []byte) []byte {
	for i := range w.stack {
		f := &w.stack[i]
		dst = append(dst, '/')
		if !f.obj {
			dst = strconv.AppendInt(dst, int64(f.index), 10)
			continue
		}
		key := w.data[f.keyStart:f.keyEnd]
		if f.keyEsc {
			key = jsonstr.Unescape(nil, key)
		}
		dst = appendPointerToken(dst, key)
	}
	return dst
}

// checkPointers moves a walker's stack as walks do, one op a byte of ops
// (in an object, or an array; to the next member or element; out; a new
// document; a pending leaf's frames put back, as record.go does), and
// holds every pointer appendPointer makes to appendPointerRef's.
func checkPointers(t *testing.T, st *state, ops []byte) {
	w := &st.outer
	// The keys of a document's members, raw, as they lie in data.
	var data []byte
	type key struct {
		start, end int
		esc        bool
	}
	var keys []key
	for _, k := range []string{"a", "b~c", "d/e", `f\u0041g`, "~1", "ünï", "~~//", `h\"i`, ""} {
		keys = append(keys, key{len(data), len(data) + len(k), strings.Contains(k, `\`)})
		data = append(data, k...)
	}
	// A member is known by its object and place: its key is theirs.
	setKey := func(f *frame) {
		k := keys[(f.start*7+f.index)%len(keys)]
		f.keyStart, f.keyEnd, f.keyEsc = k.start, k.end, k.esc
	}
	newDoc := func() {
		require.NoError(t, w.walk([]byte("1"), st.root))
		w.data = data
	}
	newDoc()
	next := 1 // where the next container starts
	var saved []frame
	var got, want []byte
	for i, op := range ops {
		top := len(w.stack) - 1
		switch op % 8 {
		case 0, 1:
			f := frame{obj: op%8 == 0, start: next}
			next++
			if f.obj {
				setKey(&f)
			}
			w.stack = append(w.stack, f)
		case 2, 3:
			if top >= 0 {
				w.stack[top].index++
				if w.stack[top].obj {
					setKey(&w.stack[top])
				}
			}
		case 4:
			if top >= 0 {
				w.stack = w.stack[:top]
			}
		case 5:
			newDoc()
			next, saved = 1, nil
		case 6:
			if saved == nil {
				saved = slices.Clone(w.stack)
			} else {
				w.stack, saved = saved, nil
			}
		}
		got, want = w.appendPointer(got[:0]), w.appendPointerRef(want[:0])
		if string(got) != string(want) {
			t.Fatalf("op %d: pointer %q, want %q", i, got, want)
		}
	}
}

func TestPointerKeepsTokens(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	ops := make([]byte, 200_000)
	for i := range ops {
		ops[i] = byte(r.IntN(256))
	}
	checkPointers(t, pointerState(t), ops)
}

func FuzzPointerKeepsTokens(f *testing.F) {
	f.Add([]byte{0, 0, 1, 2, 2, 4, 3, 0, 6, 4, 4, 2, 6, 5, 0, 1})
	st := pointerState(f)
	f.Fuzz(func(t *testing.T, ops []byte) { checkPointers(t, st, ops) })
}

// pointerState is a worker's state for checkPointers.
func pointerState(t testing.TB) *state {
	c, err := New(nil, Options{})
	require.NoError(t, err)
	return newState(c)
}
