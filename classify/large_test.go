package classify

import (
	"fmt"
	"strconv"
	"testing"
)

// BenchmarkLargeDocument scans one document of many records with numbered
// columns under a root that also holds a names map: the objects around a
// leaf are read for headers and names maps once each, so MB/s stays the
// same from 1,000 to 20,000 records (a cache of the objects looked at last
// read the root again every few records: 5 s for 20,000).
func BenchmarkLargeDocument(b *testing.B) {
	for _, n := range []int{1_000, 20_000} {
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			doc := []byte(`{"names":{"c9":"Email"},"rows":[`)
			for i := range n {
				if i > 0 {
					doc = append(doc, ',')
				}
				doc = append(doc, `{"c1":"x`...)
				doc = strconv.AppendInt(doc, int64(i), 10)
				doc = append(doc, `","c2":"y","c3":`...)
				doc = strconv.AppendInt(doc, int64(i), 10)
				doc = append(doc, '}')
			}
			doc = append(doc, "]}"...)
			c := mustNew(b, Options{})
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			var buf []Finding
			for b.Loop() {
				var err error
				if buf, err = c.AppendFindings(buf[:0], doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
