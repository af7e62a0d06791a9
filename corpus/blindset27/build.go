package blindset27

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// A document is a tree of obj, arr and leaf values; encode writes it as
// one line of JSON and records a Label for every leaf under its RFC 6901
// pointer.

// field is one member of an ordered JSON object.
type field struct {
	key string
	val any // obj, arr or leaf
}

// obj is a JSON object whose members keep their order.
type obj []field

// arr is a JSON array.
type arr []any

// leaf is a scalar (string, number, bool or nil) with its label.
type leaf struct {
	val   any
	label corpus.Label
}

// Category shorthands.
const (
	credC    = corpus.Credential
	contactC = corpus.Contact
	netC     = corpus.NetworkLayout
	devC     = corpus.DeviceInventory
	healthC  = corpus.Health
)

// tag labels v with every category of cats, in report order.
func tag(v any, cats ...string) leaf {
	var out []string
	for _, c := range corpus.Categories {
		for _, x := range cats {
			if x == c {
				out = append(out, c)
				break
			}
		}
	}
	return leaf{val: v, label: corpus.Label{Categories: out}}
}

func cred(v any) leaf  { return tag(v, credC) }
func cont(v any) leaf  { return tag(v, contactC) }
func netw(v any) leaf  { return tag(v, netC) }
func dev(v any) leaf   { return tag(v, devC) }
func hlth(v any) leaf  { return tag(v, healthC) }
func plain(v any) leaf { return leaf{val: v} }
func decoy(v any) leaf { return leaf{val: v, label: corpus.Label{Decoy: true}} }

// macAddr labels a MAC address: network-layout or device-inventory.
func macAddr(v string) leaf {
	return leaf{val: v, label: corpus.Label{AnyOf: []string{netC, devC}}}
}

// sexOf labels a gender, sex or salutation: health or contact.
func sexOf(v any) leaf {
	return leaf{val: v, label: corpus.Label{AnyOf: []string{healthC, contactC}}}
}

// ageOf labels an age like a gender (POLICY_NOTES).
func ageOf(v any) leaf { return sexOf(v) }

// fwIP labels a device's own firmware shaped like an IPv4 address:
// device-inventory, and a decoy for network-layout (POLICY_NOTES).
func fwIP(v string) leaf {
	return leaf{val: v, label: corpus.Label{Categories: []string{devC}, Decoy: true}}
}

// null is a JSON null: plain, or a decoy under a key that sounds sensitive.
func null() leaf      { return plain(nil) }
func nullDecoy() leaf { return decoy(nil) }

// Hard kinds. A leaf has at most one; the first one set wins.

func (l leaf) hard(kind string) leaf {
	if l.label.Hard == "" {
		l.label.Hard = kind
	}
	return l
}

func (l leaf) lang() leaf { return l.hard(corpus.HardLanguage) }
func (l leaf) obf() leaf  { return l.hard(corpus.HardObfuscated) }
func (l leaf) free() leaf { return l.hard(corpus.HardFreeText) }
func (l leaf) clin() leaf { return l.hard(corpus.HardClinical) }

// withHard sets kind on every leaf under n that has no hard kind yet.
func withHard(n any, kind string) any {
	switch t := n.(type) {
	case obj:
		out := make(obj, len(t))
		for i, f := range t {
			out[i] = field{f.key, withHard(f.val, kind)}
		}
		return out
	case arr:
		out := make(arr, len(t))
		for i, e := range t {
			out[i] = withHard(e, kind)
		}
		return out
	case leaf:
		return t.hard(kind)
	}
	panic(fmt.Sprintf("blindset27: unexpected node %T", n))
}

func clinical(n any) any   { return withHard(n, corpus.HardClinical) }
func language(n any) any   { return withHard(n, corpus.HardLanguage) }
func obfuscated(n any) any { return withHard(n, corpus.HardObfuscated) }

// pointerToken escapes one reference token of an RFC 6901 JSON Pointer.
func pointerToken(k string) string {
	k = strings.ReplaceAll(k, "~", "~0")
	return strings.ReplaceAll(k, "/", "~1")
}

func encode(buf *bytes.Buffer, n any, ptr string, labels map[string]corpus.Label) {
	switch t := n.(type) {
	case obj:
		buf.WriteByte('{')
		seen := make(map[string]bool, len(t))
		for i, f := range t {
			if seen[f.key] {
				panic("blindset27: duplicate key " + ptr + "/" + f.key)
			}
			seen[f.key] = true
			if i > 0 {
				buf.WriteByte(',')
			}
			writeJSON(buf, f.key)
			buf.WriteByte(':')
			encode(buf, f.val, ptr+"/"+pointerToken(f.key), labels)
		}
		buf.WriteByte('}')
	case arr:
		buf.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				buf.WriteByte(',')
			}
			encode(buf, e, ptr+"/"+strconv.Itoa(i), labels)
		}
		buf.WriteByte(']')
	case leaf:
		writeJSON(buf, t.val)
		if _, dup := labels[ptr]; dup {
			panic("blindset27: duplicate pointer " + ptr)
		}
		labels[ptr] = t.label
	default:
		panic(fmt.Sprintf("blindset27: unexpected node %T at %s", n, ptr))
	}
}

// writeJSON writes v without HTML escaping.
func writeJSON(buf *bytes.Buffer, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	buf.Write(bytes.TrimRight(b.Bytes(), "\n"))
}

// Free text. A text is built from pieces; it carries the union of the
// categories of its pieces and nothing else.

type piece struct {
	s     string
	cats  []string
	anyOf []string
}

func p(s string, cats ...string) piece { return piece{s: s, cats: cats} }

// joined joins pieces into one leaf with the union of their labels and
// no hard kind.
func joined(ps ...piece) leaf {
	var sb strings.Builder
	set := map[string]bool{}
	var groups [][]string
	for _, q := range ps {
		sb.WriteString(q.s)
		for _, c := range q.cats {
			set[c] = true
		}
		if len(q.anyOf) > 0 {
			groups = append(groups, q.anyOf)
		}
	}
	var l corpus.Label
	for _, c := range corpus.Categories {
		if set[c] {
			l.Categories = append(l.Categories, c)
		}
	}
	for _, grp := range groups {
		covered := false
		for _, c := range grp {
			covered = covered || set[c]
		}
		if !covered && l.AnyOf == nil {
			l.AnyOf = append([]string(nil), grp...)
		}
	}
	return leaf{val: sb.String(), label: l}
}

// prose is free text: joined pieces with the freetext hard kind.
func prose(ps ...piece) leaf { return joined(ps...).free() }
