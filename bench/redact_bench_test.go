package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"testing"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/redact"
)

// scanSpeed holds the MB/s of the scan sub-benchmarks of BenchmarkRedact,
// by worker count, for the redact ones that follow them to compare with.
var (
	scanSpeedMu sync.Mutex
	scanSpeed   = map[int]float64{}
)

// BenchmarkRedact is "leakscope redact" beside "leakscope scan --format
// ndjson" on the same documents (every corpus schema), on one and on all
// cores. The redact runs report x-scan, their speed over the scan's at
// the same worker count in the same run: the target is 0.7 or more on one
// core.
//
//	go test -run '^$' -bench BenchmarkRedact -benchtime 3x ./bench/
func BenchmarkRedact(b *testing.B) {
	n := 20_000
	if testing.Short() {
		n = 2_000
	}
	data := dump(b, n)
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		c, err := classify.New(nil, classify.Options{Workers: workers})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("scan/workers=%d", workers), func(b *testing.B) {
			mbs := runBench(b, data, n, func() error {
				_, err := c.WriteNDJSON(context.Background(), bytes.NewReader(data), io.Discard, classify.NDJSONOptions{})
				return err
			})
			scanSpeedMu.Lock()
			scanSpeed[workers] = mbs
			scanSpeedMu.Unlock()
		})
		for _, policy := range []string{"mask", "hash"} {
			p := redact.DefaultPolicy()
			if policy == "hash" {
				p.Set(redact.Hash, 0, 1, 2, 3, 4)
			}
			r, err := redact.New(c, p, []byte("bench key, 32 bytes long, fixed"))
			if err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("redact-%s/workers=%d", policy, workers), func(b *testing.B) {
				mbs := runBench(b, data, n, func() error {
					_, err := r.WriteNDJSON(context.Background(), bytes.NewReader(data), io.Discard, redact.StreamOptions{})
					return err
				})
				scanSpeedMu.Lock()
				scan := scanSpeed[workers]
				scanSpeedMu.Unlock()
				if scan > 0 {
					b.ReportMetric(mbs/scan, "x-scan")
				}
			})
		}
	}
}

// runBench runs fn over data b.N times, reports records/s and allocations
// per document, and returns MB/s.
func runBench(b *testing.B, data []byte, n int, fn func() error) float64 {
	// One pass first: the rule set's caches of field names and the workers'
	// path caches warm up, so that neither side pays for them alone.
	if err := fn(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	for b.Loop() {
		if err := fn(); err != nil {
			b.Fatal(err)
		}
	}
	runtime.ReadMemStats(&m1)
	docs := float64(n) * float64(b.N)
	b.ReportMetric(docs/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(m1.Mallocs-m0.Mallocs)/docs, "allocs/doc")
	return float64(len(data)) * float64(b.N) / 1e6 / b.Elapsed().Seconds()
}
