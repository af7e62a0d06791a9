package leakbeam

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/leakscope/leakscope/classify"
)

// WriteReportJSON writes rep as `leakscope scan --format json` does: the
// report's stable JSON form, one top-level key a line, each field of
// "paths" on a line of its own and "categories" indented.
//
// It is a copy of writeJSON in cmd/leakscope/report.go, which package main
// keeps to itself; TestScanReportMatchesCLI holds the two to the same bytes.
func WriteReportJSON(w io.Writer, rep *classify.Report) error {
	b, err := json.Marshal(rep)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out bytes.Buffer
	out.WriteString("{")
	if _, err := dec.Token(); err != nil { // {
		return err
	}
	for i := 0; dec.More(); i++ {
		key, err := dec.Token()
		if err != nil {
			return err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return err
		}
		if i > 0 {
			out.WriteByte(',')
		}
		kb, _ := json.Marshal(key)
		fmt.Fprintf(&out, "\n  %s: ", kb)
		switch key {
		case "paths":
			var elems []json.RawMessage
			if err := json.Unmarshal(raw, &elems); err != nil {
				return err
			}
			out.WriteString("[")
			for j, e := range elems {
				if j > 0 {
					out.WriteByte(',')
				}
				out.WriteString("\n    ")
				out.Write(e)
			}
			out.WriteString("\n  ]")
		case "categories":
			if err := json.Indent(&out, raw, "  ", "  "); err != nil {
				return err
			}
		default:
			out.Write(raw)
		}
	}
	out.WriteString("\n}\n")
	_, err = w.Write(out.Bytes())
	return err
}

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
