package redact_test

import (
	"testing"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/corpus"
	"github.com/leakscope/leakscope/redact"
)

// BenchmarkAppendDocument redacts generated documents of every schema one
// at a time, with each action for every category.
func BenchmarkAppendDocument(b *testing.B) {
	g := corpus.NewGenerator(7)
	docs := make([][]byte, 2000)
	size := 0
	for i := range docs {
		docs[i] = g.Next().JSON
		size += len(docs[i])
	}
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range []redact.Action{redact.Keep, redact.Mask, redact.Hash, redact.Drop} {
		p := redact.DefaultPolicy()
		p.Set(a, 0, 1, 2, 3, 4)
		r, err := redact.New(c, p, []byte("benchmark key of 32 bytes, fixed"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(a.String(), func(b *testing.B) {
			var out []byte
			for _, d := range docs { // warm the caches
				out, _, _ = r.AppendDocument(out[:0], d)
			}
			b.SetBytes(int64(size / len(docs)))
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				out, _, err = r.AppendDocument(out[:0], docs[i%len(docs)])
				if err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
