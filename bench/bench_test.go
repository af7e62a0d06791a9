package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/corpus"
	"github.com/leakscope/leakscope/rules"
)

// dump returns n generated documents of every schema as NDJSON: field
// names, nesting and languages vary from document to document, the
// hardest case for caches keyed by path.
func dump(tb testing.TB, n int) []byte { return dumpOf(tb, "", n) }

// dumpOf returns n generated documents of one schema ("" for all), made
// once per run.
func dumpOf(tb testing.TB, schema string, n int) []byte {
	dumpsMu.Lock()
	defer dumpsMu.Unlock()
	k := dumpKey{schema, n}
	if d, ok := dumps[k]; ok {
		return d
	}
	var buf bytes.Buffer
	g := corpus.NewGenerator(42)
	for range n {
		d := g.Next()
		if schema != "" {
			d = g.NextOf(schema)
		}
		buf.Write(d.JSON)
		buf.WriteByte('\n')
	}
	dumps[k] = buf.Bytes()
	return dumps[k]
}

type dumpKey struct {
	schema string
	n      int
}

var (
	dumpsMu sync.Mutex
	dumps   = map[dumpKey][]byte{}
	refs    = map[dumpKey]float64{}
)

// reference returns the MB/s of the fastjson walk over dumpOf(schema, n),
// measured once per run.
func reference(tb testing.TB, schema string, n int) float64 {
	data := dumpOf(tb, schema, n)
	dumpsMu.Lock()
	defer dumpsMu.Unlock()
	k := dumpKey{schema, n}
	if r, ok := refs[k]; ok {
		return r
	}
	refs[k] = referenceMBs(tb, data)
	return refs[k]
}

var sizes = []int{1_000, 10_000, 100_000, 1_000_000}

// BenchmarkScanNDJSON is "leakscope scan --format ndjson": frame, classify
// and write findings, on 1 and on all cores, over documents of every
// schema. Each run also reports records/s, allocations per document, and
// the ratio of its speed to the fastjson walk of the same data on one core
// (x-walk).
func BenchmarkScanNDJSON(b *testing.B) {
	for _, n := range sizes {
		for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
			b.Run(fmt.Sprintf("docs=%d/workers=%d", n, workers), func(b *testing.B) {
				if testing.Short() && n > 10_000 {
					b.Skip("large size under -short")
				}
				scanBench(b, "", n, workers)
			})
		}
	}
}

// BenchmarkScanOneSchema is the same over a dump of one schema, the
// Wyze-shaped user record: what one leaked table looks like.
func BenchmarkScanOneSchema(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
			b.Run(fmt.Sprintf("docs=%d/workers=%d", n, workers), func(b *testing.B) {
				if testing.Short() && n > 10_000 {
					b.Skip("large size under -short")
				}
				scanBench(b, "wyze-user", n, workers)
			})
		}
	}
}

func scanBench(b *testing.B, schema string, n, workers int) {
	data := dumpOf(b, schema, n)
	ref := reference(b, schema, n)
	c, err := classify.New(nil, classify.Options{Workers: workers})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	for b.Loop() {
		if _, err := c.WriteNDJSON(context.Background(), bytes.NewReader(data), io.Discard, classify.NDJSONOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	runtime.ReadMemStats(&m1)
	docs := float64(n) * float64(b.N)
	mbs := float64(len(data)) * float64(b.N) / 1e6 / b.Elapsed().Seconds()
	b.ReportMetric(docs/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(m1.Mallocs-m0.Mallocs)/docs, "allocs/doc")
	b.ReportMetric(mbs/ref, "x-walk")
}

// BenchmarkAppendFindingsParallel classifies documents one at a time from
// all cores at once, as a program that embeds the library would.
func BenchmarkAppendFindingsParallel(b *testing.B) {
	data := dump(b, 10_000)
	var docs [][]byte
	for line := range bytes.Lines(data) {
		docs = append(docs, line)
	}
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)) / int64(len(docs)))
	b.ReportAllocs()
	var next atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		var dst []classify.Finding
		for pb.Next() {
			i := next.Add(1) % int64(len(docs))
			dst, _ = c.AppendFindings(dst[:0], docs[i])
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkEncodingJSONWalk is what a user would write otherwise: decode
// every line with encoding/json and visit every leaf.
func BenchmarkEncodingJSONWalk(b *testing.B) {
	data := dump(b, 10_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		leaves := 0
		for line := range bytes.Lines(data) {
			var v any
			if err := json.Unmarshal(line, &v); err != nil {
				b.Fatal(err)
			}
			leaves += countLeaves(v)
		}
		if leaves == 0 {
			b.Fatal("no leaves")
		}
	}
}

func countLeaves(v any) int {
	switch x := v.(type) {
	case map[string]any:
		n := 0
		for _, e := range x {
			n += countLeaves(e)
		}
		return n
	case []any:
		n := 0
		for _, e := range x {
			n += countLeaves(e)
		}
		return n
	}
	return 1
}

// BenchmarkWalkOnly frames and walks every leaf with a rule set that has
// no rules: the cost of the reading, the walk and the path cache alone, the
// floor under the classifier.
func BenchmarkWalkOnly(b *testing.B) {
	data := dump(b, 10_000)
	f, err := rules.Parse("empty.yaml", []byte("rules: []\n"))
	if err != nil {
		b.Fatal(err)
	}
	set, err := rules.Compile(rules.CompileOptions{}, f)
	if err != nil {
		b.Fatal(err)
	}
	c, err := classify.New(set, classify.Options{Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.WriteNDJSON(context.Background(), bytes.NewReader(data), io.Discard, classify.NDJSONOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
