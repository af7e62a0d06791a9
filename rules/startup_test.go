package rules

import "testing"

// BenchmarkStartup is what a run pays before its first document: parse
// the embedded rule files, load the dictionaries into their filters, and
// compile the set. The target is under 100 ms.
//
//	go test -run '^$' -bench Startup ./rules/
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		// What Default does on its first call, without its cache.
		_, err := compileDefault(func() (dictLoad, error) {
			return readDictLoad(dictFS, "dict")
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}
