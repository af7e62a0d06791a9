package leakbeam

import (
	"bytes"
	"context"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/leakscope/leakscope/classify"
)

// WriteReportJSON writes rep as `leakscope scan --format json` does
// (classify.Report.WriteJSON).
func WriteReportJSON(w io.Writer, rep *classify.Report) error { return rep.WriteJSON(w) }

// WriteReport writes the reports of reps, a PCollection of
// *classify.Report (ScanReport's), to the file at path (any filesystem
// Beam has registered) with WriteReportJSON. A local file is made with
// mode 0600: the report carries sketches of value hashes.
func WriteReport(s beam.Scope, path string, reps beam.PCollection) {
	s = s.Scope("leakbeam.WriteReport")
	beam.ParDo0(s, &writeReportFn{Path: path}, beam.Impulse(s), beam.SideInput{Input: reps})
}

type writeReportFn struct {
	Path string `json:"path"`
}

func (fn *writeReportFn) ProcessElement(ctx context.Context, _ []byte, reps func(**classify.Report) bool) error {
	out := classify.NewReport(classify.ReportOptions{})
	var r *classify.Report
	n := 0
	for reps(&r) {
		if n++; n == 1 {
			out = r
			continue
		}
		if err := out.Merge(r); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	if err := WriteReportJSON(&buf, out); err != nil {
		return err
	}
	return writeFile(ctx, fn.Path, buf.Bytes())
}
