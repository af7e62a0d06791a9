package blindset2

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// node is one of obj, arr or leaf.
type node interface{}

type kv struct {
	k string
	v node
}

// obj is an ordered JSON object.
type obj []kv

// arr is a JSON array.
type arr []node

// leaf is a scalar with its label.
type leaf struct {
	v any
	l corpus.Label
}

func lab(v any, cats ...string) leaf { return leaf{v: v, l: corpus.Label{Categories: cats}} }
func cr(v any) leaf                  { return lab(v, corpus.Credential) }
func ct(v any) leaf                  { return lab(v, corpus.Contact) }
func nl(v any) leaf                  { return lab(v, corpus.NetworkLayout) }
func di(v any) leaf                  { return lab(v, corpus.DeviceInventory) }
func he(v any) leaf                  { return lab(v, corpus.Health) }
func pl(v any) leaf                  { return leaf{v: v} }
func dc(v any) leaf                  { return leaf{v: v, l: corpus.Label{Decoy: true}} }

func mac(v string) leaf {
	return leaf{v: v, l: corpus.Label{AnyOf: []string{corpus.NetworkLayout, corpus.DeviceInventory}}}
}

func gender(v string) leaf {
	return leaf{v: v, l: corpus.Label{AnyOf: []string{corpus.Health, corpus.Contact}}}
}

// h sets the hard kind of a leaf.
func (l leaf) h(kind string) leaf { l.l.Hard = kind; return l }

// L marks a leaf under a non-English key.
func (l leaf) L() leaf { return l.h(corpus.HardLanguage) }

// C marks a clinical leaf.
func (l leaf) C() leaf { return l.h(corpus.HardClinical) }

// F marks a free-text leaf.
func (l leaf) F() leaf { return l.h(corpus.HardFreeText) }

// O marks an obfuscated leaf.
func (l leaf) O() leaf { return l.h(corpus.HardObfuscated) }

// hardAll sets kind on every leaf below n that has no hard kind yet.
func hardAll(n node, kind string) node {
	switch t := n.(type) {
	case obj:
		out := make(obj, len(t))
		for i, e := range t {
			out[i] = kv{e.k, hardAll(e.v, kind)}
		}
		return out
	case arr:
		out := make(arr, len(t))
		for i, e := range t {
			out[i] = hardAll(e, kind)
		}
		return out
	case leaf:
		if t.l.Hard == "" {
			t.l.Hard = kind
		}
		return t
	}
	panic(fmt.Sprintf("blindset2: bad node %T", n))
}

func escapePtr(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}

func encode(buf *bytes.Buffer, n node, ptr string, labels map[string]corpus.Label) {
	switch t := n.(type) {
	case obj:
		buf.WriteByte('{')
		for i, e := range t {
			if i > 0 {
				buf.WriteByte(',')
			}
			kb, _ := json.Marshal(e.k)
			buf.Write(kb)
			buf.WriteByte(':')
			encode(buf, e.v, ptr+"/"+escapePtr(e.k), labels)
		}
		buf.WriteByte('}')
	case arr:
		buf.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				buf.WriteByte(',')
			}
			encode(buf, e, fmt.Sprintf("%s/%d", ptr, i), labels)
		}
		buf.WriteByte(']')
	case leaf:
		b, err := json.Marshal(t.v)
		if err != nil {
			panic(err)
		}
		buf.Write(b)
		if _, dup := labels[ptr]; dup {
			panic("blindset2: duplicate pointer " + ptr)
		}
		labels[ptr] = t.l
	default:
		panic(fmt.Sprintf("blindset2: bad node %T", n))
	}
}

// gen draws synthetic values.
type gen struct{ *rand.Rand }

func pick[T any](g *gen, xs ...T) T { return xs[g.IntN(len(xs))] }

const (
	lower  = "abcdefghijklmnopqrstuvwxyz"
	upper  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits = "0123456789"
	alnum  = lower + upper + digits
	hexd   = "0123456789abcdef"
	b32    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b64u   = alnum + "-_"
	bcr    = "./" + alnum
)

func (g *gen) str(alpha string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alpha[g.IntN(len(alpha))]
	}
	return string(b)
}

func (g *gen) between(lo, hi int) int { return lo + g.IntN(hi-lo+1) }

var firsts = []string{"Ana", "Lukas", "Chiara", "Mateo", "Camille", "João", "Priya", "Emma", "Jonas", "Sofía", "Lea", "Matteo", "Inès", "Tomás", "Hannah", "Yuki", "Omar", "Greta"}
var lasts = []string{"García", "Müller", "Rossi", "Dubois", "Silva", "Novak", "Jensen", "Okafor", "Tanaka", "Moreau", "Schneider", "Ferreira", "López", "Bianchi", "Nowak", "Kowalski"}
var streets = []string{"Calle Mayor", "Hauptstraße", "Via Roma", "Rue de la Paix", "Rua Augusta", "Elm Street", "Maple Avenue", "Lindenweg", "Carrer de Mallorca", "Corso Italia"}
var cities = []string{"Springfield", "Sevilla", "Leipzig", "Torino", "Lyon", "Porto", "Rivertown", "Graz", "Valencia", "Bologna"}

func ascii(s string) string {
	r := strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ã", "a", "ç", "c", "è", "e", "ü", "ue", "ö", "oe", "ä", "ae", "ß", "ss", "ñ", "n", "É", "E")
	return strings.ToLower(r.Replace(s))
}

func (g *gen) person() (string, string) { return pick(g, firsts...), pick(g, lasts...) }

func (g *gen) email(f, l string) string {
	dom := pick(g, "example.com", "example.org", "example.net", "mail.example", "correo.example", "posteo.example")
	switch g.IntN(3) {
	case 0:
		return ascii(f) + "." + ascii(l) + "@" + dom
	case 1:
		return ascii(f)[:1] + ascii(l) + g.str(digits, 2) + "@" + dom
	}
	return ascii(l) + "_" + ascii(f) + "@" + dom
}

func (g *gen) phone() string {
	switch g.IntN(4) {
	case 0:
		return fmt.Sprintf("+1 %d 555 01%s", g.between(201, 989), g.str(digits, 2))
	case 1:
		return "+44 7700 900" + g.str(digits, 3)
	case 2:
		return "+33 1 99 00 " + g.str(digits, 2) + " " + g.str(digits, 2)
	}
	return fmt.Sprintf("(%d) 555-01%s", g.between(201, 989), g.str(digits, 2))
}

func (g *gen) handle(f string) string {
	return ascii(f) + pick(g, "_", ".", "") + pick(g, "runs", "cooks", "dev", "x", "88", "live")
}

func (g *gen) privIP() string {
	switch g.IntN(3) {
	case 0:
		return fmt.Sprintf("192.168.%d.%d", pick(g, 0, 1, 2, 178), g.between(2, 254))
	case 1:
		return fmt.Sprintf("10.%d.%d.%d", g.IntN(256), g.IntN(256), g.between(2, 254))
	}
	return fmt.Sprintf("172.%d.%d.%d", g.between(16, 31), g.IntN(256), g.between(2, 254))
}

func (g *gen) pubIP() string {
	if g.IntN(5) == 0 {
		return fmt.Sprintf("2001:db8:%x::%x", g.IntN(0xffff), g.between(1, 0xfff))
	}
	return fmt.Sprintf("%s.%d", pick(g, "192.0.2", "198.51.100", "203.0.113"), g.between(1, 254))
}

func (g *gen) mac() string {
	p := make([]string, 6)
	for i := range p {
		p[i] = g.str(hexd, 2)
	}
	if g.IntN(2) == 0 {
		return strings.ToUpper(strings.Join(p, ":"))
	}
	return strings.Join(p, pick(g, ":", "-"))
}

func (g *gen) ts() string {
	return fmt.Sprintf("202%d-%02d-%02dT%02d:%02d:%02dZ", g.between(3, 5), g.between(1, 12), g.between(1, 28), g.IntN(24), g.IntN(60), g.IntN(60))
}

func (g *gen) epoch() int { return 1_690_000_000 + g.IntN(50_000_000) }

func (g *gen) uuid() string {
	return g.str(hexd, 8) + "-" + g.str(hexd, 4) + "-4" + g.str(hexd, 3) + "-a" + g.str(hexd, 3) + "-" + g.str(hexd, 12)
}

func (g *gen) ver(parts int) string {
	s := fmt.Sprint(g.between(1, 9))
	for i := 1; i < parts; i++ {
		s += fmt.Sprintf(".%d", g.IntN(40))
	}
	return s
}

func (g *gen) bcrypt() string { return "$2b$12$" + g.str(bcr, 53) }
func (g *gen) argon() string {
	return "$argon2id$v=19$m=65536,t=3,p=4$" + g.str(b64u, 22) + "$" + g.str(b64u, 43)
}
func (g *gen) jwt() string {
	return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi" + g.str(b64u, 30) + "." + g.str(b64u, 43)
}
func (g *gen) passphrase() string {
	return pick(g, "sunflower", "Kartoffel", "girasole", "mariposa", "Tornado") + pick(g, "-", "!", "_", "") + g.str(digits, 4) + pick(g, "Casa", "Haus", "home", "")
}
func (g *gen) ssid(last string) string {
	return pick(g, "FRITZ!Box 7590 "+g.str(upper, 2), "Vodafone-"+g.str(upper+digits, 4), ascii(last)+"_home", "MOVISTAR_"+g.str(upper+digits, 4), "TP-Link_"+g.str(hexd, 4), "Casa "+last+" 5G")
}
