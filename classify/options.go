package classify

import "runtime"

// Options tune a Classifier. The zero value means the defaults.
type Options struct {
	// MinConfidence is the confidence under which nothing is reported.
	// Zero means 0.5.
	MinConfidence float64
	// MaxDepth bounds the nesting of objects and arrays in a document; a
	// deeper document is an error. Zero means 1000.
	MaxDepth int
	// MaxValueBytes is how much of one string value is classified; the
	// rest of a longer value is skipped, and the fields around it are
	// classified as usual. Zero means 1 MiB.
	MaxValueBytes int
	// MaxDocumentBytes bounds one document; a larger one is an error and
	// is skipped without being held in memory. Zero means 64 MiB.
	MaxDocumentBytes int
	// Workers is the number of goroutines that classify. Zero means
	// GOMAXPROCS.
	Workers int
	// NoNestedJSON turns off looking into string values that hold JSON.
	NoNestedJSON bool
	// SampleRate, in (0, 1), classifies only that share of the documents,
	// chosen by a hash of their index (so the same ones on every run);
	// the others are read but skipped (Result.Skipped). Zero or 1 means
	// every document.
	SampleRate float64
	// ColumnEvidence lets what a field's values have been across the
	// documents of a stream (Stream, WriteNDJSON, Report) speak for the
	// values that say nothing themselves: in a field whose values were
	// tagged with a category 95 times in 100 (over 64 values at least),
	// the others are tagged too, at confidence 0.6. The evidence moves in
	// fixed steps of the input (see evidence.go), so the findings do not
	// depend on the number of workers; AppendFindings, which sees one
	// document, has none.
	ColumnEvidence bool
	// Reveal puts the raw value in each finding (Finding.Value, and
	// "value" in NDJSON). Off by default: the values are what leaks.
	Reveal bool
}

const (
	defaultMinConfidence    = 0.5
	defaultMaxDepth         = 1000
	defaultMaxValueBytes    = 1 << 20
	defaultMaxDocumentBytes = 64 << 20
)

func (o Options) withDefaults() Options {
	if o.MinConfidence <= 0 {
		o.MinConfidence = defaultMinConfidence
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = defaultMaxDepth
	}
	if o.MaxValueBytes <= 0 {
		o.MaxValueBytes = defaultMaxValueBytes
	}
	if o.MaxDocumentBytes <= 0 {
		o.MaxDocumentBytes = defaultMaxDocumentBytes
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o
}

// sampled reports whether document doc is classified under the sample rate.
func (o *Options) sampled(doc int64) bool {
	if o.SampleRate <= 0 || o.SampleRate >= 1 {
		return true
	}
	// splitmix64's finalizer: consecutive indices spread evenly.
	z := uint64(doc) + 0x9e3779b97f4a7c15
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	z ^= z >> 31
	return float64(z>>11)/(1<<53) < o.SampleRate
}
