package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"syscall"
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
// speeds and x-scan, the redaction's speed over the scan's (x-scan-cpu:
// the same in CPU time). The target is an x-scan of 0.7 or more on one
// core.
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
				var scanTime, redactTime, scanCPU, redactCPU time.Duration
				for b.Loop() {
					t0, c0 := time.Now(), cpuTime()
					if err := scan(); err != nil {
						b.Fatal(err)
					}
					t1, c1 := time.Now(), cpuTime()
					if err := red(); err != nil {
						b.Fatal(err)
					}
					scanTime += t1.Sub(t0)
					redactTime += time.Since(t1)
					scanCPU += c1 - c0
					redactCPU += cpuTime() - c1
				}
				mb := float64(len(data)) * float64(b.N) / 1e6
				b.ReportMetric(mb/scanTime.Seconds(), "scan-MB/s")
				b.ReportMetric(mb/redactTime.Seconds(), "redact-MB/s")
				b.ReportMetric(float64(n)*float64(b.N)/redactTime.Seconds(), "redact-records/s")
				b.ReportMetric(scanTime.Seconds()/redactTime.Seconds(), "x-scan")
				// The same ratio in CPU time of the process, which other
				// processes on a shared machine disturb less.
				b.ReportMetric(scanCPU.Seconds()/redactCPU.Seconds(), "x-scan-cpu")
			})
		}
	}
}

// cpuTime is the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
