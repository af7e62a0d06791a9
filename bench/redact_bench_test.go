package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"testing"
	"time"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/redact"
	"github.com/leakscope/leakscope/rules"
)

// BenchmarkRedact is "leakscope redact" against "leakscope scan --format
// ndjson" on the same documents (every corpus schema), on one core and on
// all: each iteration runs the scan and then the redaction, one after the
// other, so that both see the same machine, and the run reports both
// speeds and x-scan, the redaction's speed over the scan's. The target is
// an x-scan of 0.7 or more on one core.
//
//	go test -run '^$' -bench BenchmarkRedact -benchtime 5x ./bench/
func BenchmarkRedact(b *testing.B) {
	n := 20_000
	if testing.Short() {
		n = 2_000
	}
	data := dump(b, n)
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		for _, policy := range []string{"mask", "hash"} {
			b.Run(fmt.Sprintf("%s/workers=%d", policy, workers), func(b *testing.B) {
				c, err := classify.New(nil, classify.Options{Workers: workers})
				if err != nil {
					b.Fatal(err)
				}
				p := redact.DefaultPolicy()
				if policy == "hash" {
					p.Set(redact.Hash, rules.Credential, rules.Contact, rules.NetworkLayout, rules.DeviceInventory, rules.Health)
				}
				r, err := redact.New(c, p, []byte("bench key, 32 bytes long, fixed"))
				if err != nil {
					b.Fatal(err)
				}
				scan := func() error {
					_, err := c.WriteNDJSON(context.Background(), bytes.NewReader(data), io.Discard, classify.NDJSONOptions{})
					return err
				}
				red := func() error {
					_, err := r.WriteNDJSON(context.Background(), bytes.NewReader(data), io.Discard, redact.StreamOptions{})
					return err
				}
				// One pass of each first: the rule set's caches of field
				// names and the workers' path caches warm up, so that
				// neither side pays for them alone.
				if err := scan(); err != nil {
					b.Fatal(err)
				}
				if err := red(); err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				var scanTime, redactTime time.Duration
				for b.Loop() {
					t0 := time.Now()
					if err := scan(); err != nil {
						b.Fatal(err)
					}
					t1 := time.Now()
					if err := red(); err != nil {
						b.Fatal(err)
					}
					scanTime += t1.Sub(t0)
					redactTime += time.Since(t1)
				}
				mb := float64(len(data)) * float64(b.N) / 1e6
				b.ReportMetric(mb/scanTime.Seconds(), "scan-MB/s")
				b.ReportMetric(mb/redactTime.Seconds(), "redact-MB/s")
				b.ReportMetric(float64(n)*float64(b.N)/redactTime.Seconds(), "redact-records/s")
				b.ReportMetric(scanTime.Seconds()/redactTime.Seconds(), "x-scan")
			})
		}
	}
}
