package holdout

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/leakscope/leakscope/corpus"
)

// A lab is the label of one leaf while a document is being built. It turns
// into a corpus.Label when the document is written out, so that the pointer
// of every label is derived from the very bytes that are emitted.
type lab struct {
	cats  []string
	any   []string
	decoy bool
	hard  string
}

var (
	plain = lab{}
	decoy = lab{decoy: true}
	cred  = lab{cats: []string{corpus.Credential}}
	cont  = lab{cats: []string{corpus.Contact}}
	netw  = lab{cats: []string{corpus.NetworkLayout}}
	dev   = lab{cats: []string{corpus.DeviceInventory}}
	hlth  = lab{cats: []string{corpus.Health}}
	// A MAC address is fairly network-layout or device-inventory.
	macL = lab{any: []string{corpus.NetworkLayout, corpus.DeviceInventory}}
	// Gender is fairly health or contact.
	sexL = lab{any: []string{corpus.Health, corpus.Contact}}
)

// h returns l with the hard kind k.
func (l lab) h(k string) lab { l.hard = k; return l }

// or merges two labels: the union of categories; an any-of group survives
// only if none of its members is already required.
func (l lab) or(o lab) lab {
	out := lab{hard: l.hard}
	if out.hard == "" {
		out.hard = o.hard
	}
	out.cats = append(append([]string(nil), l.cats...), o.cats...)
	out.any = append(append([]string(nil), l.any...), o.any...)
	out.decoy = (l.decoy || o.decoy) && len(out.cats) == 0 && len(out.any) == 0
	return out
}

func (l lab) sensitive() bool { return len(l.cats) > 0 || len(l.any) > 0 }

func order(xs []string) []string {
	var out []string
	for _, c := range corpus.Categories {
		if slices.Contains(xs, c) {
			out = append(out, c)
		}
	}
	for _, x := range xs {
		if !slices.Contains(corpus.Categories, x) {
			panic("holdout: unknown category " + x)
		}
	}
	return out
}

func (l lab) label(hard string) corpus.Label {
	out := corpus.Label{Categories: order(l.cats), Decoy: l.decoy, Hard: l.hard}
	if out.Hard == "" {
		out.Hard = hard
	}
	if len(l.any) > 0 {
		hit := false
		for _, a := range l.any {
			if slices.Contains(out.Categories, a) {
				hit = true
			}
		}
		if !hit {
			out.AnyOf = order(l.any)
		}
	}
	if out.Decoy && (len(out.Categories) > 0 || len(out.AnyOf) > 0) {
		panic("holdout: a decoy with categories")
	}
	return out
}

type kind uint8

const (
	kObj kind = iota
	kArr
	kLit
)

// A node is an ordered JSON value under construction.
type node struct {
	kind kind
	keys []string
	kids []*node
	lit  string // encoded JSON of a scalar
	lab  lab
	hard string // on containers: the hard kind of every leaf below that has none
}

func obj() *node { return &node{kind: kObj} }
func arr() *node { return &node{kind: kArr} }

// set appends the member k: v; a nil v is skipped, which makes optional
// members one-liners.
func (n *node) set(k string, v *node) *node {
	if v == nil {
		return n
	}
	if slices.Contains(n.keys, k) {
		panic("holdout: duplicate key " + k)
	}
	n.keys = append(n.keys, k)
	n.kids = append(n.kids, v)
	return n
}

// add appends elements to an array, skipping nils.
func (n *node) add(vs ...*node) *node {
	for _, v := range vs {
		if v != nil {
			n.kids = append(n.kids, v)
		}
	}
	return n
}

// hardAll gives every leaf below n without its own hard kind the kind k.
func (n *node) hardAll(k string) *node { n.hard = k; return n }

func (n *node) size() int { return len(n.kids) }

func str(s string, l lab) *node { return &node{kind: kLit, lit: string(appendQuoted(nil, s)), lab: l} }
func num(v int, l lab) *node    { return &node{kind: kLit, lit: strconv.Itoa(v), lab: l} }
func num64(v int64, l lab) *node {
	return &node{kind: kLit, lit: strconv.FormatInt(v, 10), lab: l}
}
func flt(v float64, prec int, l lab) *node {
	return &node{kind: kLit, lit: strconv.FormatFloat(v, 'f', prec, 64), lab: l}
}
func bln(v bool, l lab) *node { return &node{kind: kLit, lit: strconv.FormatBool(v), lab: l} }
func nul() *node              { return &node{kind: kLit, lit: "null"} }

// strs is an array of strings sharing one label.
func strs(l lab, ss ...string) *node {
	a := arr()
	for _, s := range ss {
		a.add(str(s, l))
	}
	return a
}

func escPointer(k string) string {
	if !strings.ContainsAny(k, "~/") {
		return k
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(k)
}

func (n *node) emit(b []byte, ptr, hard string, out map[string]corpus.Label) []byte {
	switch n.kind {
	case kObj:
		if n.hard != "" {
			hard = n.hard
		}
		b = append(b, '{')
		for i, k := range n.keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendQuoted(b, k)
			b = append(b, ':')
			b = n.kids[i].emit(b, ptr+"/"+escPointer(k), hard, out)
		}
		return append(b, '}')
	case kArr:
		if n.hard != "" {
			hard = n.hard
		}
		b = append(b, '[')
		for i, v := range n.kids {
			if i > 0 {
				b = append(b, ',')
			}
			b = v.emit(b, ptr+"/"+strconv.Itoa(i), hard, out)
		}
		return append(b, ']')
	default:
		out[ptr] = n.lab.label(hard)
		return append(b, n.lit...)
	}
}

// doc writes n out as one document of the given schema.
func doc(schema string, n *node) corpus.Doc {
	labels := map[string]corpus.Label{}
	b := n.emit(nil, "", "", labels)
	return corpus.Doc{JSON: b, Schema: schema, Labels: labels}
}

// compact renders n as JSON text, for JSON held inside a string; the label
// of the string is the union of the labels of n's leaves.
func compact(n *node) (string, lab) {
	labels := map[string]corpus.Label{}
	b := n.emit(nil, "", "", labels)
	var l lab
	for _, x := range labels {
		l = l.or(lab{cats: x.Categories, any: x.AnyOf, decoy: x.Decoy})
	}
	return string(b), l
}

const hexDigits = "0123456789abcdef"

func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			panic("holdout: invalid UTF-8")
		}
		b = append(b, s[i:i+size]...)
		i += size
	}
	return append(b, '"')
}
