package blindset

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// The document tree: objects keep key order so output is deterministic.
type node interface{}

type kv struct {
	k string
	v node
}

type obj []kv

type arr []node

type leaf struct {
	v any // string, int, float64, bool or nil
	l corpus.Label
}

// o builds an object from alternating key, value pairs. A nil value (no
// node at all, not a JSON null leaf) drops the pair, for optional fields.
func o(pairs ...any) obj {
	out := make(obj, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == nil {
			continue
		}
		out = append(out, kv{pairs[i].(string), pairs[i+1].(node)})
	}
	return out
}

func (ob obj) has(k string) bool {
	for _, e := range ob {
		if e.k == k {
			return true
		}
	}
	return false
}

func a(items ...node) arr { return arr(items) }

// s is a sensitive leaf with the given categories (none: a plain leaf).
func s(v any, cats ...string) leaf { return leaf{v: v, l: corpus.Label{Categories: cats}} }

// p is a plain, not sensitive leaf.
func p(v any) leaf { return leaf{v: v} }

// d is a decoy: looks sensitive, is not.
func d(v any) leaf { return leaf{v: v, l: corpus.Label{Decoy: true}} }

// nul is a JSON null under a key that sounds sensitive: a decoy.
func nul() leaf { return leaf{v: nil, l: corpus.Label{Decoy: true}} }

// mac is a MAC address: network-layout or device-inventory.
func mac(v string, cats ...string) leaf {
	return leaf{v: v, l: corpus.Label{Categories: cats, AnyOf: []string{corpus.NetworkLayout, corpus.DeviceInventory}}}
}

// gender: health or contact.
func gender(v any) leaf {
	return leaf{v: v, l: corpus.Label{AnyOf: []string{corpus.Health, corpus.Contact}}}
}

// hard sets the hard kind on every leaf of the subtree that has none yet.
func hard(kind string, n node) node {
	switch t := n.(type) {
	case leaf:
		if t.l.Hard == "" {
			t.l.Hard = kind
		}
		return t
	case obj:
		out := make(obj, len(t))
		for i, e := range t {
			out[i] = kv{e.k, hard(kind, e.v)}
		}
		return out
	case arr:
		out := make(arr, len(t))
		for i, e := range t {
			out[i] = hard(kind, e)
		}
		return out
	}
	return n
}

// hl is a leaf with a hard kind.
func hl(kind string, l leaf) leaf {
	l.l.Hard = kind
	return l
}

var ptrEsc = strings.NewReplacer("~", "~0", "/", "~1")

func render(schema string, root node) corpus.Doc {
	var b bytes.Buffer
	labels := map[string]corpus.Label{}
	emit(&b, labels, "", root)
	return corpus.Doc{JSON: b.Bytes(), Schema: schema, Labels: labels}
}

func emit(b *bytes.Buffer, labels map[string]corpus.Label, ptr string, n node) {
	switch t := n.(type) {
	case obj:
		b.WriteByte('{')
		for i, e := range t {
			if t[:i].has(e.k) {
				panic("blindset: duplicate key " + e.k)
			}
			if i > 0 {
				b.WriteByte(',')
			}
			writeString(b, e.k)
			b.WriteByte(':')
			emit(b, labels, ptr+"/"+ptrEsc.Replace(e.k), e.v)
		}
		b.WriteByte('}')
	case arr:
		b.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				b.WriteByte(',')
			}
			emit(b, labels, ptr+"/"+strconv.Itoa(i), e)
		}
		b.WriteByte(']')
	case leaf:
		switch v := t.v.(type) {
		case nil:
			b.WriteString("null")
		case string:
			writeString(b, v)
		case int:
			b.WriteString(strconv.Itoa(v))
		case float64:
			b.WriteString(strconv.FormatFloat(v, 'f', -1, 64))
		case bool:
			b.WriteString(strconv.FormatBool(v))
		default:
			panic("blindset: bad leaf value")
		}
		l := t.l
		if len(l.Categories) == 0 {
			l.Categories = nil
		}
		labels[ptr] = l
	default:
		panic("blindset: bad node")
	}
}

func writeString(b *bytes.Buffer, s string) {
	j, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	b.Write(j)
}

// jsonString renders a subtree as compact JSON text, for JSON-in-a-string
// leaves. Labels of the inner leaves are discarded; the caller labels the
// whole string.
func jsonString(n node) string {
	var b bytes.Buffer
	emit(&b, map[string]corpus.Label{}, "", n)
	return b.String()
}
