package redact_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/corpus"
	"github.com/leakscope/leakscope/corpus/holdout"
	"github.com/leakscope/leakscope/corpus/testset"
	"github.com/leakscope/leakscope/redact"
	"github.com/leakscope/leakscope/rules"
)

var corpusDocs = flag.Int("corpus-docs", 0, "documents per set for the corpus measures (0: 4000, 800 with -short)")

// corpusSets are the held-out sets the redaction is measured on. What a
// redaction can be held to is what its classifier found: of the sensitive
// values the classifier flagged, none may be left verbatim, and the
// leaves the redaction changes beyond the flagged ones (values removed
// elsewhere and found again) must be few. The overall rates, which the
// classifier's misses and false alarms dominate, are logged and bounded
// loosely; README has them.
var corpusSets = []struct {
	name string
	gen  func(seed int64, n int) []corpus.Doc
}{
	{"holdout", holdout.Generate},
	{"testset", testset.Generate},
}

// Bounds of the corpus measures.
const (
	maxFlaggedLeak = 0.002 // flagged sensitive values still verbatim in their document
	maxExtraTouch  = 0.005 // leaves not sensitive and not flagged, changed all the same
	maxLeak        = 0.15  // all sensitive values still verbatim (the 1% target is the classifier's to meet)
	maxTouch       = 0.03  // all leaves not sensitive that were changed
)

// A leafMeasure is what redaction did to one set.
type leafMeasure struct {
	docs, errors, pathChanges int
	sensitive, leaked         int // labelled sensitive string values, those still in their document verbatim
	flagged, flaggedLeaked    int // of those, the ones the classifier flagged, and those of them still verbatim
	other, touched            int // leaves labelled not sensitive, those whose value changed
	extraTouched              int // of those touched, the ones the classifier did not flag
	missed                    map[string]int
}

func rate(n, of int) float64 { return float64(n) / float64(max(of, 1)) }

// measure redacts docs with r and compares every output with its labels
// and with the findings of r's classifier.
func measure(t testing.TB, r *redact.Redactor, docs []corpus.Doc) leafMeasure {
	m := leafMeasure{missed: map[string]int{}}
	var out []byte
	var fs []classify.Finding
	for _, d := range docs {
		m.docs++
		var err error
		out, _, err = r.AppendDocument(out[:0], d.JSON)
		if err != nil {
			m.errors++
			continue
		}
		fs, _ = r.Classifier().AppendFindings(fs[:0], d.JSON)
		flagged := map[string]bool{}
		for _, f := range fs {
			flagged[f.Path] = true
		}
		in, got := leaves(t, d.JSON), leaves(t, out)
		if len(in) != len(got) {
			m.pathChanges++
		}
		for p := range in {
			if _, ok := got[p]; !ok {
				m.pathChanges++
				break
			}
		}
		for p, l := range d.Labels {
			v, ok := in[p]
			if !ok {
				continue
			}
			if len(l.Categories) > 0 || len(l.AnyOf) > 0 {
				s, isString := v.(string)
				if !isString || strings.TrimSpace(s) == "" {
					continue
				}
				m.sensitive++
				if flagged[p] {
					m.flagged++
				}
				if present(out, s) {
					m.leaked++
					why := " (not flagged)"
					if flagged[p] {
						why = " (flagged)"
						m.flaggedLeaked++
					}
					m.missed[d.Schema+" "+foldIndices(p)+why]++
				}
				continue
			}
			m.other++
			if !equalJSON(v, got[p]) {
				m.touched++
				if !flagged[p] {
					m.extraTouched++
				}
			}
		}
	}
	return m
}

// present reports whether the string value s is still in the document out
// verbatim: its JSON-escaped form anywhere in out, or, for a value under
// four bytes (which would be found by chance inside anything), as a whole
// string token.
func present(out []byte, s string) bool {
	esc, _ := json.Marshal(strings.TrimSpace(s))
	if len(esc) < 4+2 {
		return bytes.Contains(out, esc)
	}
	return bytes.Contains(out, esc[1:len(esc)-1])
}

func equalJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

// leaves decodes a document into its leaves by RFC 6901 pointer.
func leaves(t testing.TB, doc []byte) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	require.NoError(t, dec.Decode(&v), "output is valid JSON")
	out := map[string]any{}
	var walk func(p string, v any)
	walk = func(p string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				walk(p+"/"+strings.NewReplacer("~", "~0", "/", "~1").Replace(k), c)
			}
		case []any:
			for i, c := range x {
				walk(p+"/"+strconv.Itoa(i), c)
			}
		default:
			out[p] = v
		}
	}
	walk("", v)
	return out
}

func foldIndices(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		if _, err := strconv.Atoi(s); err == nil {
			segs[i] = "*"
		}
	}
	return strings.Join(segs, "/")
}

func corpusSize() int {
	switch {
	case *corpusDocs > 0:
		return *corpusDocs
	case testing.Short():
		return 800
	}
	return 4000
}

// TestCorpusLeakAndTouch redacts two held-out sets with the default policy
// and checks the contract: every document out, the same leaf paths, few
// sensitive values left verbatim, most other leaves untouched.
func TestCorpusLeakAndTouch(t *testing.T) {
	c, err := classify.New(nil, classify.Options{})
	require.NoError(t, err)
	r, err := redact.New(c, nil, nil)
	require.NoError(t, err)
	for _, set := range corpusSets {
		t.Run(set.name, func(t *testing.T) {
			docs := set.gen(1, corpusSize())
			m := measure(t, r, docs)
			t.Logf("%s: %d documents, %d errors, %d with changed paths", set.name, m.docs, m.errors, m.pathChanges)
			t.Logf("%s: sensitive string values %d, left verbatim %d (%.2f%%); flagged by the classifier %d, of those left verbatim %d (%.3f%%)",
				set.name, m.sensitive, m.leaked, 100*rate(m.leaked, m.sensitive), m.flagged, m.flaggedLeaked, 100*rate(m.flaggedLeaked, m.flagged))
			t.Logf("%s: other leaves %d, touched %d (%.2f%%), of those not flagged %d (%.3f%%)",
				set.name, m.other, m.touched, 100*rate(m.touched, m.other), m.extraTouched, 100*rate(m.extraTouched, m.other))
			if testing.Verbose() {
				logWorst(t, m.missed)
			}
			assert.Zero(t, m.errors, "every document comes out")
			assert.Zero(t, m.pathChanges, "the same leaf paths")
			assert.LessOrEqual(t, rate(m.flaggedLeaked, m.flagged), maxFlaggedLeak, "flagged sensitive values left verbatim")
			assert.LessOrEqual(t, rate(m.extraTouched, m.other), maxExtraTouch, "leaves changed beyond the flagged ones")
			assert.LessOrEqual(t, rate(m.leaked, m.sensitive), maxLeak, "sensitive values left verbatim")
			assert.LessOrEqual(t, rate(m.touched, m.other), maxTouch, "leaves not sensitive that were changed")
		})
	}
}

// logWorst logs the fields whose values were most often left, by path,
// never by value.
func logWorst(t *testing.T, missed map[string]int) {
	type kv struct {
		k string
		n int
	}
	var all []kv
	for k, n := range missed {
		all = append(all, kv{k, n})
	}
	for range min(40, len(all)) {
		best := 0
		for i := range all {
			if all[i].n > all[best].n {
				best = i
			}
		}
		t.Log("  left:", all[best].n, all[best].k)
		all = append(all[:best], all[best+1:]...)
	}
}

// TestCorpusPseudonyms hashes every category of a held-out set under two
// keys, through the stream on two workers: within a key each value has one
// pseudonym wherever it is and no two values share one; under the other
// key no value has the same pseudonym.
func TestCorpusPseudonyms(t *testing.T) {
	docs := holdout.Generate(2, corpusSize())
	var in bytes.Buffer
	for _, d := range docs {
		in.Write(d.JSON)
		in.WriteByte('\n')
	}
	p := redact.DefaultPolicy()
	p.Set(redact.Hash, rules.Credential, rules.Contact, rules.NetworkLayout, rules.DeviceInventory, rules.Health)
	pseudonyms := func(key string) map[string]string {
		c, err := classify.New(nil, classify.Options{Workers: 2})
		require.NoError(t, err)
		r, err := redact.New(c, p, []byte(key))
		require.NoError(t, err)
		var out bytes.Buffer
		st, err := r.WriteNDJSON(context.Background(), bytes.NewReader(in.Bytes()), &out, redact.StreamOptions{})
		require.NoError(t, err)
		require.Equal(t, int64(len(docs)), st.Written)
		byValue := map[string]string{}
		byPseudonym := map[string]string{}
		lines := bytes.Split(bytes.TrimSuffix(out.Bytes(), []byte("\n")), []byte("\n"))
		for i, d := range docs {
			before, after := leaves(t, d.JSON), leaves(t, lines[i])
			for path, v := range after {
				ps, ok := v.(string)
				if !ok || !pseudonym.MatchString(ps) {
					continue
				}
				orig := strings.TrimSpace(fmt.Sprint(before[path]))
				if old, seen := byValue[orig]; seen {
					require.Equal(t, old, ps, "one value, one pseudonym (%s)", path)
				}
				if old, seen := byPseudonym[ps]; seen {
					require.Equal(t, old, orig, "one pseudonym, one value (%s)", path)
				}
				byValue[orig], byPseudonym[ps] = ps, orig
			}
		}
		return byValue
	}
	a := pseudonyms("first key, 32 bytes or so, fixed")
	b := pseudonyms("second key, of another kind !!!!")
	require.Greater(t, len(a), 1000, "values hashed")
	same := 0
	for v, ps := range a {
		if b[v] == ps {
			same++
		}
	}
	t.Logf("%d distinct values hashed; %d with the same pseudonym under another key", len(a), same)
	assert.Zero(t, same)
}
