package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/corpus"
	"github.com/leakscope/leakscope/rules"
)

// dump returns n generated documents as NDJSON.
func dump(tb testing.TB, n int) []byte {
	var buf bytes.Buffer
	g := corpus.NewGenerator(42)
	for range n {
		buf.Write(g.Next().JSON)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

var sizes = []int{1_000, 10_000, 100_000, 1_000_000}

// BenchmarkScanNDJSON is "leakscope scan --format ndjson": frame, classify
// and write findings, on 1 and on all cores.
func BenchmarkScanNDJSON(b *testing.B) {
	for _, n := range sizes {
		if testing.Short() && n > 10_000 {
			continue
		}
		data := dump(b, n)
		for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
			b.Run(fmt.Sprintf("docs=%d/workers=%d", n, workers), func(b *testing.B) {
				c, err := classify.New(nil, classify.Options{Workers: workers})
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
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
			})
		}
	}
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
