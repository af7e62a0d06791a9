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
		files, err := DefaultFiles()
		if err != nil {
			b.Fatal(err)
		}
		d, err := loadDictionaries(dictFS, "dict")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Compile(CompileOptions{Dictionaries: d}, files...); err != nil {
			b.Fatal(err)
		}
	}
}
