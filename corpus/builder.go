package corpus

import (
	"strconv"
	"strings"

	"github.com/leakscope/leakscope/internal/jsonstr"
)

// A builder writes one JSON object in order, recording the RFC 6901 JSON
// Pointer and the Label of every leaf as it writes it. Keys are written in
// call order; a key repeated within one object gets a numeric suffix so
// that every pointer names exactly one leaf.
type builder struct {
	buf    []byte
	labels map[string]Label
	frames []frame
	hard   string // Hard kind given to leaves whose Label has none
}

// A frame is one open object or array.
type frame struct {
	array  bool
	n      int               // members written so far
	ptr    string            // pointer of the container itself
	prefix string            // key prefix of a flattened sub-object ("user.")
	keys   map[string]uint16 // keys used so far in an object
}

func newBuilder() *builder {
	b := &builder{buf: make([]byte, 0, 1024), labels: make(map[string]Label, 64)}
	b.buf = append(b.buf, '{')
	b.frames = append(b.frames, frame{})
	return b
}

// doc closes the root object and returns the finished document.
func (b *builder) doc(schema string) Doc {
	if len(b.frames) != 1 {
		panic("corpus: builder closed with open containers")
	}
	b.buf = append(b.buf, '}')
	b.frames = b.frames[:0]
	return Doc{JSON: b.buf, Schema: schema, Labels: b.labels}
}

// escapeToken escapes one reference token per RFC 6901.
func escapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	s = strings.ReplaceAll(s, "~", "~0")
	return strings.ReplaceAll(s, "/", "~1")
}

// field writes the separator and, inside an object, the key of the next
// member, and returns the pointer of the value that follows. Inside an
// array the key is ignored.
func (b *builder) field(key string) string {
	f := &b.frames[len(b.frames)-1]
	if f.n > 0 {
		b.buf = append(b.buf, ',')
	}
	f.n++
	if f.array {
		return f.ptr + "/" + strconv.Itoa(f.n-1)
	}
	key = f.prefix + key
	if f.keys == nil {
		f.keys = make(map[string]uint16, 8)
	}
	if c := f.keys[key]; c > 0 {
		f.keys[key] = c + 1
		key = key + "_" + strconv.Itoa(int(c)+1)
	}
	f.keys[key]++
	b.buf = appendString(b.buf, key)
	b.buf = append(b.buf, ':')
	return f.ptr + "/" + escapeToken(key)
}

func (b *builder) leaf(ptr string, l Label) {
	if l.Hard == "" {
		l.Hard = b.hard
	}
	b.labels[ptr] = l
}

// str writes a string leaf.
func (b *builder) str(key, v string, l Label) {
	p := b.field(key)
	b.buf = appendString(b.buf, v)
	b.leaf(p, l)
}

// num writes a number leaf from its JSON literal.
func (b *builder) num(key, lit string, l Label) {
	p := b.field(key)
	b.buf = append(b.buf, lit...)
	b.leaf(p, l)
}

// int writes an integer leaf.
func (b *builder) int(key string, v int64, l Label) {
	b.num(key, strconv.FormatInt(v, 10), l)
}

// float writes a number leaf with prec decimals.
func (b *builder) float(key string, v float64, prec int, l Label) {
	b.num(key, strconv.FormatFloat(v, 'f', prec, 64), l)
}

// bool writes a boolean leaf.
func (b *builder) bool(key string, v bool, l Label) {
	p := b.field(key)
	b.buf = strconv.AppendBool(b.buf, v)
	b.leaf(p, l)
}

// null writes a null leaf.
func (b *builder) null(key string, l Label) {
	p := b.field(key)
	b.buf = append(b.buf, "null"...)
	b.leaf(p, l)
}

// obj writes an object member (or array element) whose members fn writes.
func (b *builder) obj(key string, fn func()) {
	p := b.field(key)
	b.buf = append(b.buf, '{')
	b.frames = append(b.frames, frame{ptr: p})
	fn()
	b.frames = b.frames[:len(b.frames)-1]
	b.buf = append(b.buf, '}')
}

// arr writes an array member (or array element) whose elements fn writes;
// fn passes "" (or anything) as the key of each element.
func (b *builder) arr(key string, fn func()) {
	p := b.field(key)
	b.buf = append(b.buf, '[')
	b.frames = append(b.frames, frame{ptr: p, array: true})
	fn()
	b.frames = b.frames[:len(b.frames)-1]
	b.buf = append(b.buf, ']')
}

// flat writes the members fn writes into the current object with key and
// sep prepended to their keys ("user.email"), as flattened exports do.
// Inside an array it falls back to obj.
func (b *builder) flat(key, sep string, fn func()) {
	f := &b.frames[len(b.frames)-1]
	if f.array {
		b.obj(key, fn)
		return
	}
	old := f.prefix
	f.prefix = old + key + sep
	fn()
	// fn may have grown b.frames; take the frame again.
	b.frames[len(b.frames)-1].prefix = old
}

// withHard runs fn with kind as the default Hard kind of its leaves.
func (b *builder) withHard(kind string, fn func()) {
	old := b.hard
	b.hard = kind
	fn()
	b.hard = old
}

// appendString appends s as a JSON string. Invalid UTF-8 becomes U+FFFD so
// that the output is always valid JSON.
func appendString(dst []byte, s string) []byte {
	dst = jsonstr.AppendText(append(dst, '"'), []byte(s))
	return append(dst, '"')
}
