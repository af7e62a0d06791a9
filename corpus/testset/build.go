package testset

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// Short names for the five categories.
const (
	cr = corpus.Credential
	ct = corpus.Contact
	nw = corpus.NetworkLayout
	dv = corpus.DeviceInventory
	hl = corpus.Health
)

// node is an ordered JSON tree whose leaves carry their labels.
type node interface{ isNode() }

// Obj is a JSON object that keeps its keys in insertion order.
type Obj struct {
	keys []string
	vals []node
}

// Arr is a JSON array.
type Arr struct{ items []node }

// Leaf is a JSON scalar (string, number, bool, null) with its label.
type Leaf struct {
	v any
	l corpus.Label
}

func (*Obj) isNode()  {}
func (*Arr) isNode()  {}
func (*Leaf) isNode() {}

func obj() *Obj { return &Obj{} }

// put adds key k; a duplicate key is a bug in a generator.
func (o *Obj) put(k string, v node) *Obj {
	if v == nil {
		panic("testset: nil node for key " + k)
	}
	if slices.Contains(o.keys, k) {
		panic("testset: duplicate key " + k)
	}
	o.keys = append(o.keys, k)
	o.vals = append(o.vals, v)
	return o
}

func (o *Obj) has(k string) bool { return slices.Contains(o.keys, k) }

// putFlat adds the members of child to o under literal dotted keys
// ("Owner.Email"), as exports that flatten nested records do.
func (o *Obj) putFlat(prefix string, child *Obj) *Obj {
	for i, k := range child.keys {
		o.put(prefix+"."+k, child.vals[i])
	}
	return o
}

func arr(items ...node) *Arr { return &Arr{items: items} }

func (a *Arr) add(n ...node) *Arr {
	a.items = append(a.items, n...)
	return a
}

// L makes a leaf tagged with the given categories (none: not sensitive).
func L(v any, cats ...string) *Leaf {
	return &Leaf{v: v, l: corpus.Label{Categories: cats}}
}

// dec makes a decoy leaf: looks sensitive, is not.
func dec(v any) *Leaf { return &Leaf{v: v, l: corpus.Label{Decoy: true}} }

// no makes a plain, not sensitive leaf.
func no(v any) *Leaf { return &Leaf{v: v} }

// nul is a JSON null standing where a sensitive value could have been;
// a null exposes nothing, so it is a decoy.
func nul() *Leaf { return dec(nil) }

// mac is a MAC address: network-layout or device-inventory.
func mac(v string) *Leaf {
	return &Leaf{v: v, l: corpus.Label{AnyOf: []string{nw, dv}}}
}

// gender is health or contact.
func gender(v any) *Leaf {
	return &Leaf{v: v, l: corpus.Label{AnyOf: []string{hl, ct}}}
}

// techUser is a technical login name (PPPoE, APN, service account): part
// of a credential pair and a username at once, so either is right.
func techUser(v string) *Leaf {
	return &Leaf{v: v, l: corpus.Label{AnyOf: []string{cr, ct}}}
}

// H sets the hard kind of a leaf.
func (l *Leaf) H(kind string) *Leaf {
	l.l.Hard = kind
	return l
}

// setHard gives every leaf under n without a hard kind the kind.
func setHard(n node, kind string) node {
	switch n := n.(type) {
	case *Obj:
		for _, v := range n.vals {
			setHard(v, kind)
		}
	case *Arr:
		for _, v := range n.items {
			setHard(v, kind)
		}
	case *Leaf:
		if n.l.Hard == "" {
			n.l.Hard = kind
		}
	}
	return n
}

// union merges labels of values found inside one bigger value.
func union(ls []corpus.Label) corpus.Label {
	var out corpus.Label
	var groups [][]string
	for _, l := range ls {
		out.Categories = append(out.Categories, l.Categories...)
		if len(l.AnyOf) > 0 {
			groups = append(groups, l.AnyOf)
		}
	}
	out = normalize(out)
	var open [][]string
	for _, g := range groups {
		sat := false
		for _, c := range g {
			if slices.Contains(out.Categories, c) {
				sat = true
			}
		}
		if !sat && !slices.ContainsFunc(open, func(o []string) bool { return slices.Equal(o, g) }) {
			open = append(open, g)
		}
	}
	switch len(open) {
	case 0:
	case 1:
		out.AnyOf = open[0]
	default:
		panic(fmt.Sprintf("testset: two open any-of groups %v in one value", open))
	}
	return normalize(out)
}

// normalize orders categories as corpus.Categories does, drops duplicates
// and drops an any-of group that the categories already satisfy.
func normalize(l corpus.Label) corpus.Label {
	order := func(in []string) []string {
		var out []string
		for _, c := range corpus.Categories {
			if slices.Contains(in, c) {
				out = append(out, c)
			}
		}
		for _, c := range in {
			if !slices.Contains(corpus.Categories, c) {
				panic("testset: unknown category " + c)
			}
		}
		return out
	}
	l.Categories = order(l.Categories)
	l.AnyOf = order(l.AnyOf)
	for _, c := range l.AnyOf {
		if slices.Contains(l.Categories, c) {
			l.AnyOf = nil
			break
		}
	}
	if len(l.AnyOf) == 1 {
		panic("testset: any-of group of one")
	}
	if l.Decoy && (len(l.Categories) > 0 || len(l.AnyOf) > 0) {
		panic("testset: decoy with categories")
	}
	return l
}

// prose joins literal strings and labelled leaves into one free-text leaf
// carrying the union of the labels of the embedded values.
func prose(parts ...any) *Leaf {
	var sb strings.Builder
	var ls []corpus.Label
	for _, p := range parts {
		switch p := p.(type) {
		case string:
			sb.WriteString(p)
		case *Leaf:
			sb.WriteString(fmt.Sprint(p.v))
			ls = append(ls, p.l)
		default:
			panic(fmt.Sprintf("testset: prose part %T", p))
		}
	}
	l := union(ls)
	for _, x := range ls {
		if x.Decoy && len(l.Categories) == 0 && len(l.AnyOf) == 0 {
			l.Decoy = true
		}
	}
	l.Hard = corpus.HardFreeText
	return &Leaf{v: sb.String(), l: l}
}

// embed serialises n into a JSON string leaf ("JSON held inside a string")
// labelled with the union of n's leaves. With nothing sensitive inside it
// is a decoy.
func embed(n node) *Leaf {
	var b bytes.Buffer
	labels := map[string]corpus.Label{}
	write(&b, n, "", labels)
	var ls []corpus.Label
	for _, l := range labels {
		ls = append(ls, l)
	}
	l := union(ls)
	if len(l.Categories) == 0 && len(l.AnyOf) == 0 {
		l.Decoy = true
	}
	l.Hard = corpus.HardFreeText
	return &Leaf{v: b.String(), l: l}
}

// pairs builds a [[name, value], ...] array; names are decoys, all leaves
// are obfuscated (only values and neighbours tell).
func pairs(kv ...any) *Arr {
	a := arr()
	for i := 0; i+1 < len(kv); i += 2 {
		a.add(arr(dec(kv[i].(string)).H(corpus.HardObfuscated), kv[i+1].(*Leaf).H(corpus.HardObfuscated)))
	}
	return a
}

// render turns a tree into a Doc.
func render(root node, schema string) corpus.Doc {
	var b bytes.Buffer
	labels := map[string]corpus.Label{}
	write(&b, root, "", labels)
	return corpus.Doc{JSON: b.Bytes(), Schema: schema, Labels: labels}
}

var ptrEscaper = strings.NewReplacer("~", "~0", "/", "~1")

func write(b *bytes.Buffer, n node, ptr string, labels map[string]corpus.Label) {
	switch n := n.(type) {
	case *Obj:
		if len(n.keys) == 0 {
			panic("testset: empty object at " + ptr)
		}
		b.WriteByte('{')
		for i, k := range n.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.Write(scalar(k))
			b.WriteByte(':')
			write(b, n.vals[i], ptr+"/"+ptrEscaper.Replace(k), labels)
		}
		b.WriteByte('}')
	case *Arr:
		if len(n.items) == 0 {
			panic("testset: empty array at " + ptr)
		}
		b.WriteByte('[')
		for i, v := range n.items {
			if i > 0 {
				b.WriteByte(',')
			}
			write(b, v, fmt.Sprintf("%s/%d", ptr, i), labels)
		}
		b.WriteByte(']')
	case *Leaf:
		b.Write(scalar(n.v))
		labels[ptr] = normalize(n.l)
	default:
		panic(fmt.Sprintf("testset: node %T", n))
	}
}

func scalar(v any) []byte {
	switch v.(type) {
	case nil, string, bool, int, int64, float64, json.Number:
	default:
		panic(fmt.Sprintf("testset: leaf value %T", v))
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return bytes.TrimRight(b.Bytes(), "\n")
}
