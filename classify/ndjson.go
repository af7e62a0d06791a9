package classify

import (
	"context"
	"io"
	"math"
	"strconv"

	"github.com/leakscope/leakscope/internal/jsonstr"
	"github.com/leakscope/leakscope/rules"
)

// NDJSONOptions tune WriteNDJSON. The zero value means the defaults.
type NDJSONOptions struct {
	// FirstDoc numbers the first document, for a scan that goes on from
	// an earlier input.
	FirstDoc int64
	// OnWarning, if not nil, is called in order for each document on which
	// a rule timed out.
	OnWarning func(Result)
}

// Stats count what a scan read.
type Stats struct {
	Documents  int64 // documents read, good or not
	Skipped    int64 // documents left out by Options.SampleRate
	Unreadable int64 // documents that could not be read
	Findings   int64
	Timeouts   int64 // rule timeouts (each turned a rule off for a document)
}

// WriteNDJSON classifies the documents of r and writes the findings
// contract of DESIGN.md to w: one line per document, in input order,
//
//	{"doc":0,"line":1,"findings":[{"path":"/email","category":"contact","type":"email","rule":"contact.email","confidence":0.97}]}
//	{"doc":1,"line":2,"error":"invalid JSON at byte 41: unexpected end of input"}
//
// Workers render their batches' lines in parallel; no value is written.
// Documents left out by Options.SampleRate have no line.
func (c *Classifier) WriteNDJSON(ctx context.Context, r io.Reader, w io.Writer, opts NDJSONOptions) (Stats, error) {
	onWarning := opts.OnWarning
	var stats Stats
	var werr error
	err := c.run(ctx, r, opts.FirstDoc, true, func(b *batch) bool {
		for i := range b.docs {
			d := &b.docs[i]
			stats.Documents++
			if d.skipped {
				stats.Skipped++
			}
			if d.err != nil {
				stats.Unreadable++
			}
			stats.Findings += int64(d.findTo - d.findFrom)
			if d.warnTo > d.warnFrom {
				stats.Timeouts += int64(d.warnTo - d.warnFrom)
				if onWarning != nil {
					res := Result{Doc: d.doc, Line: d.line, Offset: d.offset}
					for _, wn := range b.res.warnings[d.warnFrom:d.warnTo] {
						res.Warnings = append(res.Warnings, Warning{
							Path: string(b.res.paths[wn.pathStart:wn.pathEnd]),
							Err:  timeoutErr(wn),
						})
					}
					onWarning(res)
				}
			}
		}
		if _, werr = w.Write(b.out); werr != nil {
			return false
		}
		return true
	})
	if werr != nil {
		return stats, werr
	}
	return stats, err
}

// appendResultLine renders one document's line of the findings contract.
func (r *results) appendResultLine(dst []byte, d *batchDoc, frags []ruleJSON) []byte {
	dst = append(dst, `{"doc":`...)
	dst = strconv.AppendInt(dst, d.doc, 10)
	dst = append(dst, `,"line":`...)
	dst = strconv.AppendInt(dst, d.line, 10)
	if d.err != nil {
		dst = append(dst, `,"error":`...)
		dst = jsonstr.AppendQuoted(dst, []byte(d.err.Error()))
		return append(dst, "}\n"...)
	}
	dst = append(dst, `,"findings":[`...)
	for i, f := range r.findings[d.findFrom:d.findTo] {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"path":`...)
		dst = jsonstr.AppendQuoted(dst, r.paths[f.pathStart:f.pathEnd])
		fr := &frags[f.rule.Index]
		dst = append(dst, fr.fields...)
		dst = fr.appendConfidence(dst, f.conf)
		if f.valueEnd > f.pathEnd {
			dst = append(dst, `,"value":`...)
			dst = jsonstr.AppendQuoted(dst, r.paths[f.pathEnd:f.valueEnd])
		}
		dst = append(dst, '}')
	}
	dst = append(dst, ']')
	if d.warnTo > d.warnFrom {
		dst = append(dst, `,"warnings":[`...)
		for i, wn := range r.warnings[d.warnFrom:d.warnTo] {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, `{"path":`...)
			dst = jsonstr.AppendQuoted(dst, r.paths[wn.pathStart:wn.pathEnd])
			dst = append(dst, `,"warning":`...)
			dst = jsonstr.AppendQuoted(dst, []byte(timeoutErr(wn).Error()))
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}
	return append(dst, "}\n"...)
}

// A ruleJSON is what a finding of one rule writes whatever the leaf, made
// once: its category, type and id, and its usual confidences.
type ruleJSON struct {
	fields []byte // ,"category":…,"type":…,"rule":…,"confidence":
	confs  [3]float64
	texts  [3][]byte
}

func newRuleJSONs(set *rules.Set) []ruleJSON {
	rs := set.Rules()
	frags := make([]ruleJSON, len(rs))
	for _, c := range rs {
		fr := &frags[c.Index]
		fr.fields = append(fr.fields, `,"category":"`...)
		fr.fields = append(fr.fields, c.Cat.String()...)
		fr.fields = append(fr.fields, `","type":`...)
		fr.fields = jsonstr.AppendQuoted(fr.fields, []byte(c.Type))
		fr.fields = append(fr.fields, `,"rule":`...)
		fr.fields = jsonstr.AppendQuoted(fr.fields, []byte(c.ID))
		fr.fields = append(fr.fields, `,"confidence":`...)
		fr.confs = [3]float64{c.Confidence, c.KeyConfidence, c.ValueConfidence}
		for i, conf := range fr.confs {
			fr.texts[i] = appendConfidence(nil, conf)
		}
	}
	return frags
}

func (fr *ruleJSON) appendConfidence(dst []byte, conf float64) []byte {
	for i, c := range fr.confs {
		if c == conf {
			return append(dst, fr.texts[i]...)
		}
	}
	return appendConfidence(dst, conf)
}

// appendConfidence writes a confidence rounded to two decimals.
func appendConfidence(dst []byte, conf float64) []byte {
	return strconv.AppendFloat(dst, math.Round(conf*100)/100, 'f', -1, 64)
}
