package leakbeam

import (
	"context"
	"math"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/internal/jsonstr"
)

// Findings classifies docs, a PCollection of Doc, and returns a
// PCollection of string: one NDJSON line for each document with findings,
// an error or a warning, in the shape of the findings contract of
// `leakscope scan --format ndjson`, with the document's file and byte
// offset where the CLI has its number and line:
//
//	{"file":"gs://b/dump-01.ndjson","offset":8190,"findings":[{"path":"/email","category":"contact","type":"email","rule":"contact.email","confidence":0.97}]}
//	{"file":"gs://b/dump-01.ndjson","offset":9032,"error":"invalid JSON at byte 41: unexpected end of input"}
//
// A split file has no document numbers or line numbers: the offset is
// where the line starts in the file (after decompression). Documents with
// nothing to say have no line. No value is ever written.
func Findings(s beam.Scope, cfg Config, docs beam.PCollection) beam.PCollection {
	s = s.Scope("leakbeam.Findings")
	return beam.ParDo(s, &findingsFn{Config: cfg}, docs)
}

type findingsFn struct {
	Config Config `json:"config"`

	c          *classify.Classifier
	findings   []classify.Finding
	line       []byte
	documents  beam.Counter
	unreadable beam.Counter
	found      beam.Counter
}

// Setup builds the classifier, once per worker process and Config.
func (fn *findingsFn) Setup() error {
	var err error
	fn.c, err = fn.Config.classifier(false)
	fn.documents = beam.NewCounter("leakscope", "documents")
	fn.unreadable = beam.NewCounter("leakscope", "unreadable")
	fn.found = beam.NewCounter("leakscope", "findings")
	return err
}

// ProcessElement classifies one document, or the documents of a whole
// file.
func (fn *findingsFn) ProcessElement(ctx context.Context, d Doc, emit func(string)) error {
	out := func(res classify.Result) {
		fn.documents.Inc(ctx, 1)
		if res.Err != nil {
			fn.unreadable.Inc(ctx, 1)
		}
		fn.found.Inc(ctx, int64(len(res.Findings)))
		if res.Err == nil && len(res.Findings) == 0 && len(res.Warnings) == 0 {
			return
		}
		fn.line = AppendFindingsLine(fn.line[:0], d.File, &res)
		emit(string(fn.line))
	}
	if d.Whole {
		return streamFile(ctx, fn.c, d.File, out)
	}
	var res classify.Result
	res, fn.findings = classifyDoc(fn.c, fn.Config, d, fn.findings[:0])
	out(res)
	return nil
}

// AppendFindingsLine appends the findings line of res, a document of
// file, without a newline. Values are never written, even if the findings
// carry them.
func AppendFindingsLine(dst []byte, file string, res *classify.Result) []byte {
	dst = append(dst, `{"file":`...)
	dst = jsonstr.AppendQuoted(dst, []byte(file))
	dst = append(dst, `,"offset":`...)
	dst = strconv.AppendInt(dst, res.Offset, 10)
	if res.Err != nil {
		dst = append(dst, `,"error":`...)
		dst = jsonstr.AppendQuoted(dst, []byte(res.Err.Error()))
		return append(dst, '}')
	}
	dst = append(dst, `,"findings":[`...)
	for i, f := range res.Findings {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"path":`...)
		dst = jsonstr.AppendQuoted(dst, []byte(f.Path))
		dst = append(dst, `,"category":"`...)
		dst = append(dst, f.Category.String()...)
		dst = append(dst, `","type":`...)
		dst = jsonstr.AppendQuoted(dst, []byte(f.Type))
		dst = append(dst, `,"rule":`...)
		dst = jsonstr.AppendQuoted(dst, []byte(f.Rule))
		dst = append(dst, `,"confidence":`...)
		dst = strconv.AppendFloat(dst, math.Round(f.Confidence*100)/100, 'f', -1, 64)
		dst = append(dst, '}')
	}
	dst = append(dst, ']')
	if len(res.Warnings) > 0 {
		// AppendFindings names the rule that timed out, not where.
		dst = append(dst, `,"warnings":[`...)
		for i, w := range res.Warnings {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, '{')
			if w.Path != "" {
				dst = append(dst, `"path":`...)
				dst = jsonstr.AppendQuoted(dst, []byte(w.Path))
				dst = append(dst, ',')
			}
			dst = append(dst, `"warning":`...)
			dst = jsonstr.AppendQuoted(dst, []byte(w.Err.Error()))
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}
	return append(dst, '}')
}
