package corpus

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Generator makes labelled synthetic documents. It is deterministic: two
// generators made from the same seed return the same documents in the same
// order. A Generator is not safe for concurrent use.
type Generator struct {
	r *rand.Rand
}

// NewGenerator returns a generator of documents from seed; the same seed gives the same documents.
func NewGenerator(seed int64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(uint64(seed), 0x6c65616b73636f70))} // "leakscop"
}

// Generate returns n documents made from seed, of schemas drawn from all schemas.
func Generate(seed int64, n int) []Doc {
	g := NewGenerator(seed)
	docs := make([]Doc, n)
	for i := range docs {
		docs[i] = g.Next()
	}
	return docs
}

// A schema is one family of documents.
type schema struct {
	name   string
	weight int // relative frequency in Next
	build  func(d *dg)
}

// schemas is in the order Schemas reports; Next draws by weight.
var schemas = []schema{
	{"wyze-user", 4, buildWyzeUser},
	{"body-metrics", 3, buildBodyMetrics},
	{"router-telemetry", 3, buildRouterTelemetry},
	{"oauth-integrations", 3, buildOAuth},
	{"account-table", 3, buildAccountTable},
	{"customers", 3, buildCustomers},
	{"support-tickets", 3, buildSupportTicket},
	{"clinical-records", 3, buildClinical},
	{"obfuscated", 3, buildObfuscated},
	{"device-inventory", 3, buildDeviceInventory},
	{"mongoexport", 3, buildMongo},
	{"decoys", 3, buildDecoys},
	{"i18n-es", 1, i18nBuilder(langES)},
	{"i18n-de", 1, i18nBuilder(langDE)},
	{"i18n-fr", 1, i18nBuilder(langFR)},
	{"i18n-pt", 1, i18nBuilder(langPT)},
	{"i18n-it", 1, i18nBuilder(langIT)},
	{"i18n-nl", 1, i18nBuilder(langNL)},
}

// Schemas returns the names of all schemas.
func Schemas() []string {
	out := make([]string, len(schemas))
	for i, s := range schemas {
		out[i] = s.name
	}
	return out
}

var totalWeight = func() int {
	t := 0
	for _, s := range schemas {
		t += s.weight
	}
	return t
}()

// Next returns the next document, of a schema drawn from all schemas.
func (g *Generator) Next() Doc {
	x := g.r.IntN(totalWeight)
	for _, s := range schemas {
		if x < s.weight {
			return g.make(s)
		}
		x -= s.weight
	}
	panic("unreachable")
}

// NextOf returns the next document of the named schema. It panics if the
// name is not one of Schemas().
func (g *Generator) NextOf(name string) Doc {
	i := slices.IndexFunc(schemas, func(s schema) bool { return s.name == name })
	if i < 0 {
		panic(fmt.Sprintf("corpus: unknown schema %q (want one of %s)", name, strings.Join(Schemas(), ", ")))
	}
	return g.make(schemas[i])
}

func (g *Generator) make(s schema) Doc {
	d := &dg{r: g.r, b: newBuilder()}
	d.style = keyStyle(d.weighted(styleWeights))
	s.build(d)
	return d.b.doc(s.name)
}

// A dg holds the state of one document being generated.
type dg struct {
	r     *rand.Rand
	b     *builder
	style keyStyle
	keys  map[string]string // spelling chosen for each set of alternatives
}

// Random helpers.

func (d *dg) intn(n int) int           { return d.r.IntN(n) }
func (d *dg) between(lo, hi int) int   { return lo + d.r.IntN(hi-lo+1) }
func (d *dg) chance(p float64) bool    { return d.r.Float64() < p }
func (d *dg) pick(xs ...string) string { return xs[d.r.IntN(len(xs))] }
func (d *dg) floatIn(lo, hi float64) float64 {
	return lo + d.r.Float64()*(hi-lo)
}

// weighted returns an index drawn with the given relative weights.
func (d *dg) weighted(ws []int) int {
	t := 0
	for _, w := range ws {
		t += w
	}
	x := d.r.IntN(t)
	for i, w := range ws {
		if x < w {
			return i
		}
		x -= w
	}
	return len(ws) - 1
}

// shuffled calls fn for each of fns in a random order.
func (d *dg) shuffled(fns ...func()) {
	d.r.Shuffle(len(fns), func(i, j int) { fns[i], fns[j] = fns[j], fns[i] })
	for _, fn := range fns {
		fn()
	}
}

// Key spelling.

// A keyStyle is how the words of a field name are joined.
type keyStyle int

const (
	styleSnake  keyStyle = iota // firmware_ver
	styleCamel                  // firmwareVer
	styleKebab                  // firmware-ver
	stylePascal                 // FirmwareVer
	styleLower                  // firmwarever
	styleUpper                  // FIRMWARE_VER
)

var styleWeights = []int{8, 7, 2, 2, 1, 1}

// k returns a field name: one of alts (each written in snake_case), spelled
// in the document's style, or now and then in another one. Within one
// document the same alternatives always give the same name, as the
// elements of an array share their field names in real exports.
func (d *dg) k(alts ...string) string {
	id := strings.Join(alts, "\x00")
	if name, ok := d.keys[id]; ok {
		return name
	}
	a := alts[d.r.IntN(len(alts))]
	st := d.style
	if d.chance(0.08) {
		st = keyStyle(d.r.IntN(len(styleWeights)))
	}
	name := spell(a, st)
	if d.keys == nil {
		d.keys = make(map[string]string)
	}
	d.keys[id] = name
	return name
}

// spell writes the snake_case name s in style st.
func spell(s string, st keyStyle) string {
	words := strings.Split(s, "_")
	switch st {
	case styleCamel, stylePascal:
		var sb strings.Builder
		for i, w := range words {
			if i == 0 && st == styleCamel {
				sb.WriteString(w)
				continue
			}
			sb.WriteString(upperFirst(w))
		}
		return sb.String()
	case styleKebab:
		return strings.Join(words, "-")
	case styleLower:
		return strings.Join(words, "")
	case styleUpper:
		return strings.ToUpper(s)
	}
	return s
}

func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}
