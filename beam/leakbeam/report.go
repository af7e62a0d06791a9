package leakbeam

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/rules"
)

// Report classifies docs, a PCollection of Doc, and returns their report:
// a PCollection of one *classify.Report, or none if docs is empty. Each
// bundle's documents are added to a report of their own on the worker
// that classifies them (so that classifying scales on any runner, with
// or without combiner lifting), and the reports of the bundles are
// merged by MergeReportsFn. Merging is associative and commutative and
// distinct values merge as sketches, so the result is the report of one
// machine: counts, distinct counts, fields kept and samples alike. Its
// Bytes are zero: ScanReport counts them.
func Report(s beam.Scope, cfg Config, docs beam.PCollection) beam.PCollection {
	s = s.Scope("leakbeam.Report")
	parts := beam.ParDo(s, &reportFn{Config: cfg}, docs)
	return beam.Combine(s, &MergeReportsFn{}, parts)
}

// ScanReport reads the NDJSON files the globs match and returns the
// report `leakscope scan --format json` makes of the same files, field for
// field: a PCollection of exactly one *classify.Report (an empty report if
// the files hold no document), Bytes counted as the CLI counts them (the
// files' sizes, compressed if they are).
func ScanReport(s beam.Scope, cfg Config, globs ...string) beam.PCollection {
	s = s.Scope("leakbeam.ScanReport")
	docs, files := ReadDocuments(s, ReadOptions{MaxDocumentBytes: cfg.maxDocumentBytes()}, globs...)
	rep := Report(s, cfg, docs)
	sizes := beam.ParDo(s, fileSize, files)
	return beam.ParDo(s, finishReport, beam.Impulse(s), beam.SideInput{Input: rep}, beam.SideInput{Input: sizes})
}

func fileSize(md fileio.FileMetadata) int64 { return md.Size }

// finishReport is the one report of reps (none if the input was empty),
// with the bytes of the files.
func finishReport(_ []byte, reps func(**classify.Report) bool, sizes func(*int64) bool, emit func(*classify.Report)) error {
	out := classify.NewReport(classify.ReportOptions{})
	var r *classify.Report
	for reps(&r) {
		if err := out.Merge(r); err != nil {
			return err
		}
	}
	var n int64
	for sizes(&n) {
		out.Bytes += n
	}
	emit(out)
	return nil
}

// reportFn classifies documents and adds them to a report per bundle,
// emitted when the bundle finishes.
type reportFn struct {
	Config Config `json:"config"`

	c          *classify.Classifier
	rep        *classify.Report
	findings   []classify.Finding
	documents  beam.Counter
	unreadable beam.Counter
}

// Setup builds the classifier, once per worker process and Config.
func (fn *reportFn) Setup() error {
	var err error
	// The report needs the values, to count distinct ones and mask a
	// sample, as `leakscope scan` has them; they are never kept.
	fn.c, err = fn.Config.classifier(true)
	fn.documents = beam.NewCounter("leakscope", "documents")
	fn.unreadable = beam.NewCounter("leakscope", "unreadable")
	return err
}

// StartBundle forgets a report left by a failed bundle. (Beam wants the
// emitter of FinishBundle here too.)
func (fn *reportFn) StartBundle(_ func(*classify.Report)) { fn.rep = nil }

// ProcessElement adds one document, or the documents of a whole file, to
// the bundle's report; FinishBundle emits it (emit is here to declare the
// DoFn's output).
func (fn *reportFn) ProcessElement(ctx context.Context, d Doc, _ func(*classify.Report)) error {
	if fn.rep == nil {
		fn.rep = classify.NewReport(classify.ReportOptions{Rules: fn.c.Rules()})
	}
	add := func(res classify.Result) {
		fn.documents.Inc(ctx, 1)
		if res.Err != nil {
			fn.unreadable.Inc(ctx, 1)
		}
		fn.rep.Add(res)
	}
	if d.Whole {
		return streamFile(ctx, fn.c, d.File, add)
	}
	var res classify.Result
	res, fn.findings = classifyDoc(fn.c, fn.Config, d, fn.findings[:0])
	add(res)
	return nil
}

// streamFile classifies the documents of the file at path as
// `leakscope scan` does: the library frames them.
func streamFile(ctx context.Context, c *classify.Classifier, path string, yield func(classify.Result)) error {
	rc, err := openFile(ctx, path)
	if err != nil {
		return err
	}
	defer rc.Close()
	for res, err := range c.Stream(ctx, rc) {
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		yield(res)
	}
	return nil
}

// openFile opens the file at path on the filesystem Beam has for it.
func openFile(ctx context.Context, path string) (io.ReadCloser, error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	return fs.OpenRead(ctx, path)
}

// FinishBundle emits the bundle's report.
func (fn *reportFn) FinishBundle(emit func(*classify.Report)) {
	if fn.rep != nil {
		emit(fn.rep)
		fn.rep = nil
	}
}

// classifyDoc classifies one document as classify.Stream does: a
// document that cannot be read reports its error alone, and a rule that
// timed out is a warning beside the findings. The findings are appended
// to dst, which is returned for reuse.
func classifyDoc(c *classify.Classifier, cfg Config, d Doc, dst []classify.Finding) (classify.Result, []classify.Finding) {
	if d.TooLarge {
		max := cfg.maxDocumentBytes()
		return classify.Result{Offset: d.Offset, Err: &classify.LimitError{Offset: max, Limit: "document size", Max: max, Err: classify.ErrDocumentTooLarge}}, dst
	}
	fs, err := c.AppendFindings(dst, bytes.TrimRight(d.Data, "\r"))
	res := classify.Result{Offset: d.Offset, Findings: fs}
	var te *rules.TimeoutError
	switch {
	case errors.As(err, &te):
		res.Warnings = []classify.Warning{{Err: te}}
	case err != nil:
		res.Findings, res.Err = nil, err
	}
	return res, fs
}

// MergeReportsFn is the CombineFn of reports: its accumulators are
// *classify.Report, merged as the library merges them. Its input is a
// report too (the reports of bundles, or of anything else). Beam moves
// the accumulators in their stable JSON form (see the coder registered
// in this package), which round-trips without loss.
type MergeReportsFn struct{}

// CreateAccumulator returns an empty report.
func (*MergeReportsFn) CreateAccumulator() *classify.Report {
	return classify.NewReport(classify.ReportOptions{})
}

// AddInput merges the report in into acc.
func (*MergeReportsFn) AddInput(acc, in *classify.Report) (*classify.Report, error) {
	return acc, acc.Merge(in)
}

// MergeAccumulators merges b into a.
func (*MergeReportsFn) MergeAccumulators(a, b *classify.Report) (*classify.Report, error) {
	return a, a.Merge(b)
}

// ExtractOutput returns the merged report.
func (*MergeReportsFn) ExtractOutput(acc *classify.Report) *classify.Report { return acc }

// encodeReport and decodeReport are the coder of *classify.Report: its
// stable JSON form, which carries counts, sketches of value hashes and
// masked samples, never a raw value.
func encodeReport(r *classify.Report) ([]byte, error) { return r.MarshalJSON() }

func decodeReport(b []byte) (*classify.Report, error) {
	r := classify.NewReport(classify.ReportOptions{})
	if err := r.UnmarshalJSON(b); err != nil {
		return nil, err
	}
	return r, nil
}
