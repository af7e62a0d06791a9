package finalset

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/leakscope/leakscope/corpus"
)

// node is one value of a document under construction. Objects keep their
// key order so the rendered JSON is deterministic.
type node struct {
	kind byte // 'o' object, 'a' array, 'l' leaf
	keys []string
	kids []*node
	raw  string // leaf: its JSON text
	lab  corpus.Label
}

func obj() *node { return &node{kind: 'o'} }

func arr(vs ...*node) *node { return &node{kind: 'a', kids: vs} }

// add sets key k of object n; it panics on a duplicate key (a generator bug).
func (n *node) add(k string, v *node) *node {
	if n.kind != 'o' {
		panic("add on non-object")
	}
	for _, e := range n.keys {
		if e == k {
			panic(fmt.Sprintf("duplicate key %q", k))
		}
	}
	n.keys = append(n.keys, k)
	n.kids = append(n.kids, v)
	return n
}

// opt adds k only when p holds.
func (n *node) opt(p bool, k string, v func() *node) *node {
	if p {
		n.add(k, v())
	}
	return n
}

func (n *node) push(v ...*node) *node {
	if n.kind != 'a' {
		panic("push on non-array")
	}
	n.kids = append(n.kids, v...)
	return n
}

func (n *node) has(k string) bool {
	for _, e := range n.keys {
		if e == k {
			return true
		}
	}
	return false
}

// ---- leaves ----

func str(v string, l corpus.Label) *node { return &node{kind: 'l', raw: quote(v), lab: l} }
func num(raw string, l corpus.Label) *node {
	if _, err := strconv.ParseFloat(raw, 64); err != nil {
		panic("bad number " + raw)
	}
	return &node{kind: 'l', raw: raw, lab: l}
}
func intv(v int64, l corpus.Label) *node {
	return &node{kind: 'l', raw: strconv.FormatInt(v, 10), lab: l}
}
func flt(v float64, prec int, l corpus.Label) *node {
	return &node{kind: 'l', raw: strconv.FormatFloat(v, 'f', prec, 64), lab: l}
}
func boolv(v bool, l corpus.Label) *node { return &node{kind: 'l', raw: strconv.FormatBool(v), lab: l} }
func null(l corpus.Label) *node          { return &node{kind: 'l', raw: "null", lab: l} }

// ---- labels ----

// L is a label requiring all of cats.
func L(cats ...string) corpus.Label { return corpus.Label{Categories: order(cats)} }

var (
	lCred    = L(corpus.Credential)
	lContact = L(corpus.Contact)
	lNet     = L(corpus.NetworkLayout)
	lDev     = L(corpus.DeviceInventory)
	lHealth  = L(corpus.Health)
	lDecoy   = corpus.Label{Decoy: true}
	lNone    = corpus.Label{}
	lMAC     = corpus.Label{AnyOf: []string{corpus.NetworkLayout, corpus.DeviceInventory}}
	lGender  = corpus.Label{AnyOf: []string{corpus.Contact, corpus.Health}}
)

func order(cats []string) []string {
	if len(cats) == 0 {
		return nil
	}
	var out []string
	for _, c := range corpus.Categories {
		for _, x := range cats {
			if x == c {
				out = append(out, c)
				break
			}
		}
	}
	if len(out) == 0 {
		panic("unknown category in " + strings.Join(cats, ","))
	}
	return out
}

// hard returns l with hard kind h.
func hard(l corpus.Label, h string) corpus.Label { l.Hard = h; return l }

// withHard sets hard kind h on every leaf under n that has none yet.
func withHard(n *node, h string) *node {
	if n.kind == 'l' {
		if n.lab.Hard == "" {
			n.lab.Hard = h
		}
		return n
	}
	for _, k := range n.kids {
		withHard(k, h)
	}
	return n
}

// ---- free text ----

// text builds a prose value and the union of what its pieces expose.
type text struct {
	b     strings.Builder
	cats  []string
	mac   bool
	gend  bool
	looks bool
}

func (t *text) w(s ...string) *text {
	for _, x := range s {
		t.b.WriteString(x)
	}
	return t
}

// v writes a sensitive piece.
func (t *text) v(s string, cats ...string) *text {
	t.b.WriteString(s)
	t.cats = append(t.cats, cats...)
	return t
}

// m writes a MAC address.
func (t *text) m(s string) *text { t.b.WriteString(s); t.mac = true; return t }

// d writes a look-alike piece that is not sensitive.
func (t *text) d(s string) *text { t.b.WriteString(s); t.looks = true; return t }

func (t *text) String() string { return t.b.String() }

func (t *text) label(h string) corpus.Label {
	l := corpus.Label{Hard: h}
	if len(t.cats) > 0 {
		l.Categories = order(t.cats)
	}
	if t.mac {
		has := false
		for _, c := range l.Categories {
			if c == corpus.NetworkLayout || c == corpus.DeviceInventory {
				has = true
			}
		}
		if !has {
			l.AnyOf = []string{corpus.NetworkLayout, corpus.DeviceInventory}
		}
	}
	if len(l.Categories) == 0 && len(l.AnyOf) == 0 && t.looks {
		l.Decoy = true
	}
	return l
}

func (t *text) leaf(h string) *node { return str(t.String(), t.label(h)) }

// ---- rendering ----

func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"':
				b.WriteString(`\"`)
			case c == '\\':
				b.WriteString(`\\`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c == '\t':
				b.WriteString(`\t`)
			case c < 0x20:
				fmt.Fprintf(&b, `\u%04x`, c)
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			panic("invalid utf-8 in generated string")
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	b.WriteByte('"')
	return b.String()
}

func escapeToken(k string) string {
	k = strings.ReplaceAll(k, "~", "~0")
	return strings.ReplaceAll(k, "/", "~1")
}

func render(n *node, ptr string, b *strings.Builder, labels map[string]corpus.Label) {
	switch n.kind {
	case 'l':
		b.WriteString(n.raw)
		labels[ptr] = n.lab
	case 'o':
		if len(n.keys) == 0 {
			panic("empty object at " + ptr)
		}
		b.WriteByte('{')
		for i, k := range n.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(quote(k))
			b.WriteByte(':')
			render(n.kids[i], ptr+"/"+escapeToken(k), b, labels)
		}
		b.WriteByte('}')
	case 'a':
		if len(n.kids) == 0 {
			panic("empty array at " + ptr)
		}
		b.WriteByte('[')
		for i, k := range n.kids {
			if i > 0 {
				b.WriteByte(',')
			}
			render(k, ptr+"/"+strconv.Itoa(i), b, labels)
		}
		b.WriteByte(']')
	}
}

// jsonOf renders n as compact JSON, for documents held in strings.
func jsonOf(n *node) string {
	var b strings.Builder
	render(n, "", &b, map[string]corpus.Label{})
	return b.String()
}

// union merges the labels of every leaf under n, for a JSON string that
// holds n: the string exposes whatever any of its leaves exposes.
func union(n *node, h string) corpus.Label {
	t := &text{}
	var walk func(*node)
	walk = func(x *node) {
		if x.kind == 'l' {
			t.cats = append(t.cats, x.lab.Categories...)
			if len(x.lab.AnyOf) > 0 {
				if x.lab.AnyOf[0] == corpus.Contact {
					t.gend = true
				} else {
					t.mac = true
				}
			}
			if x.lab.Decoy {
				t.looks = true
			}
			return
		}
		for _, k := range x.kids {
			walk(k)
		}
	}
	walk(n)
	l := t.label(h)
	if t.gend && !contains(l.Categories, corpus.Contact) && !contains(l.Categories, corpus.Health) {
		if len(l.AnyOf) > 0 {
			panic("embedded JSON needs two any-of groups")
		}
		l.AnyOf = []string{corpus.Contact, corpus.Health}
		l.Decoy = false
	}
	return l
}

func contains(xs []string, x string) bool {
	for _, e := range xs {
		if e == x {
			return true
		}
	}
	return false
}

// embed returns a string leaf holding n as JSON, labelled with the union of n.
func embed(n *node, h string) *node { return str(jsonOf(n), union(n, h)) }

// ---- entry points ----

type schema struct {
	name string
	gen  func(r *rand.Rand) *node
}

var registry = []schema{
	{"robovac-cloud", genRobovac},
	{"pet-tracker", genPetTracker},
	{"cpap-therapy", genCPAP},
	{"hearing-fitting", genHearing},
	{"pharmacy-rx", genPharmacy},
	{"kidtablet-mdm", genMDM},
	{"hotel-pms", genHotel},
	{"smarttv-telemetry", genSmartTV},
	{"router-tr069", genTR069},
	{"seguros-siniestros", genSeguros},
	{"fitnessstudio-de", genFitnessDE},
	{"telesante-fr", genTelesante},
	{"energia-pt", genEnergiaPT},
	{"kokyaku-jp", genKokyakuJP},
	{"gogaek-kr", genGogaekKR},
	{"vault-export", genVault},
	{"ldap-dump", genLDAP},
	{"chat-export", genChat},
	{"mqtt-log", genMQTT},
	{"datalake-events", genDatalake},
}

// Schemas lists the generator names in the order Generate cycles through them.
func Schemas() []string {
	out := make([]string, len(registry))
	for i, s := range registry {
		out[i] = s.name
	}
	return out
}

// Generate returns n documents. Document i is drawn from a PCG generator
// seeded with (seed, i), so any document can be regenerated alone; schemas
// are taken in turn, starting at an offset chosen by seed.
func Generate(seed int64, n int) []corpus.Doc {
	k := len(registry)
	off := int(uint64(seed) % uint64(k))
	docs := make([]corpus.Doc, 0, n)
	for i := 0; i < n; i++ {
		r := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
		s := registry[(i+off)%k]
		root := s.gen(r)
		var b strings.Builder
		labels := make(map[string]corpus.Label)
		render(root, "", &b, labels)
		docs = append(docs, corpus.Doc{JSON: []byte(b.String()), Schema: s.name, Labels: labels})
	}
	return docs
}
