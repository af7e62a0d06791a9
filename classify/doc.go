// Package classify tells what JSON documents would expose if they leaked:
// it tags every sensitive leaf value as credential, contact,
// network-layout, device-inventory or health.
//
// # Use
//
// A Classifier is built once from a rule set (nil: the embedded defaults)
// and is immutable and safe for concurrent use:
//
//	c, err := classify.New(nil, classify.Options{})
//	findings, err := c.AppendFindings(nil, doc)       // one document
//	for res, err := range c.Stream(ctx, r) { ... }   // a stream, in input order
//	stats, err := c.WriteNDJSON(ctx, r, w, classify.NDJSONOptions{})
//
// # Input
//
// Stream reads NDJSON, a top-level array (element by element, never
// whole) or concatenated values, plain or compressed with gzip, zstd or
// bzip2, told by their magic bytes. A byte order mark and blank lines are
// skipped. A document that cannot be read yields a Result with Err (a
// *SyntaxError or a *LimitError) and the stream goes on.
//
// # How a leaf is judged
//
// The walker (walk.go) visits each leaf once, with an explicit stack. Each
// distinct path is judged by its field names once (rules.Set.JudgeKey) and
// remembered; the value is then checked by the rules its key points to and
// by the rules that recognise values alone, behind prefilters; free text is
// searched; a string holding JSON is looked into. The best rule of each
// category is reported if it reaches Options.MinConfidence.
//
// # Concurrency
//
// Stream and WriteNDJSON frame documents on one goroutine, classify
// batches of them on Options.Workers goroutines, each with its own scratch
// state, and deliver results in input order. Work in flight is bounded, so
// memory is too.
//
// # Secrets
//
// No error of this package carries a scanned value; findings carry paths,
// and values only with Options.Reveal.
package classify
