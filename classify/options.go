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
