package bench

import (
	"bytes"
	"testing"
	"time"

	"github.com/valyala/fastjson"
)

// fastjsonWalk is the reference the classifier is measured against: parse
// every line with fastjson and visit every key and leaf, doing nothing
// else. It returns the number of leaves.
func fastjsonWalk(tb testing.TB, p *fastjson.Parser, data []byte) int {
	leaves := 0
	var visit func(v *fastjson.Value)
	visit = func(v *fastjson.Value) {
		switch v.Type() {
		case fastjson.TypeObject:
			o, _ := v.Object()
			o.Visit(func(_ []byte, e *fastjson.Value) { visit(e) })
		case fastjson.TypeArray:
			a, _ := v.Array()
			for _, e := range a {
				visit(e)
			}
		default:
			leaves++
		}
	}
	for line := range bytes.Lines(data) {
		v, err := p.ParseBytes(line)
		if err != nil {
			tb.Fatal(err)
		}
		visit(v)
	}
	return leaves
}

// referenceMBs measures the fastjson walk over data on this goroutine:
// the best of a few passes, in MB/s.
func referenceMBs(tb testing.TB, data []byte) float64 {
	var p fastjson.Parser
	best := time.Duration(1 << 62)
	for start := time.Now(); time.Since(start) < 300*time.Millisecond; {
		t := time.Now()
		fastjsonWalk(tb, &p, data)
		best = min(best, time.Since(t))
	}
	return float64(len(data)) / 1e6 / best.Seconds()
}

// BenchmarkFastjsonWalk is the reference walk on its own.
func BenchmarkFastjsonWalk(b *testing.B) {
	data := dump(b, 10_000)
	var p fastjson.Parser
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if fastjsonWalk(b, &p, data) == 0 {
			b.Fatal("no leaves")
		}
	}
}
