package classify

import (
	"context"
	"io"
	"iter"
	"sync"

	"github.com/leakscope/leakscope/rules"
)

func timeoutErr(w warning) error { return &rules.TimeoutError{Rule: w.rule.ID} }

// A Result is what one document of a stream exposes.
type Result struct {
	Doc      int64     // index of the document in the stream, from 0
	Line     int64     // line where it starts, from 1
	Offset   int64     // byte offset where it starts, after decompression
	Findings []Finding // in document order
	// Err is why the document could not be read (a *SyntaxError or a
	// *LimitError); the stream goes on after it.
	Err error
	// Warnings are rules that timed out on the document, each a
	// *rules.TimeoutError, with where in Paths.
	Warnings []Warning
	// Skipped says the document was read but left out by
	// Options.SampleRate: it has no findings and no error.
	Skipped bool
}

// A Warning is a rule turned off for the rest of a document because its
// expression timed out on a value.
type Warning struct {
	Path string
	Err  error
}

// Stream classifies the documents of r (NDJSON, a top-level array,
// concatenated values; plain, gzip, zstd or bzip2) on Options.Workers
// goroutines and yields their results in input order. The iterator is
// single-use. It yields a non-nil error once, last, if reading r failed or
// ctx was cancelled; results of the documents read before that come first.
func (c *Classifier) Stream(ctx context.Context, r io.Reader) iter.Seq2[Result, error] {
	return func(yield func(Result, error) bool) {
		var findings []Finding
		err := c.run(ctx, r, 0, false, func(b *batch) bool {
			for i := range b.docs {
				d := &b.docs[i]
				findings = b.res.appendFindings(findings[:0], d.findFrom, d.findTo)
				res := Result{Doc: d.doc, Line: d.line, Offset: d.offset, Err: d.err, Skipped: d.skipped}
				if len(findings) > 0 {
					res.Findings = append([]Finding(nil), findings...)
				}
				for _, w := range b.res.warnings[d.warnFrom:d.warnTo] {
					res.Warnings = append(res.Warnings, Warning{
						Path: string(b.res.paths[w.pathStart:w.pathEnd]),
						Err:  timeoutErr(w),
					})
				}
				if !yield(res, nil) {
					return false
				}
			}
			return true
		})
		if err != nil {
			yield(Result{}, err)
		}
	}
}

// A batch is a run of documents handed to one worker, with the results it
// makes of them. Batches are recycled.
type batch struct {
	index    int // in input order, from 0
	evidence []evidenceRecord
	data     []byte
	docs     []batchDoc
	res      results
	out      []byte // the NDJSON lines of the batch, when rendering
	done     chan struct{}
}

type batchDoc struct {
	start, end       int
	doc, line        int64
	offset           int64
	err              error
	skipped          bool // left out by the sample rate
	findFrom, findTo int
	warnFrom, warnTo int
}

const (
	batchBytes = 256 << 10
	batchDocs  = 2048
)

// run is the pipeline: one goroutine frames documents into batches, the
// workers classify batches, and deliver receives them in input order. Work
// in flight is bounded, so memory is too. deliver returning false stops
// the run.
func (c *Classifier) run(ctx context.Context, r io.Reader, firstDoc int64, render bool, deliver func(*batch) bool) error {
	src, err := newSource(r, c.opts.MaxDocumentBytes)
	if err != nil {
		return err
	}
	defer src.close()
	workers := c.opts.Workers
	work := make(chan *batch, workers)
	ordered := make(chan *batch, 2*workers+2)
	// Every batch alive fits in free (at most the ordered queue, one being
	// filled and one being delivered), so none is dropped and grown anew.
	free := make(chan *batch, 3*workers+8)
	newBatch := func() *batch {
		select {
		case b := <-free:
			return b
		default:
			return &batch{}
		}
	}
	var ev *evidence
	if c.opts.ColumnEvidence {
		ev = newEvidence()
		defer ev.end()
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each worker keeps its own state: its path cache warms once,
			// and a state goes back to the pool for the next run.
			st := c.pool.Get().(*state)
			defer func() {
				st.res = &st.own
				c.pool.Put(st)
			}()
			for b := range work {
				if ev != nil {
					st.snap = ev.snapshot(b.index)
					st.snapGen++
				}
				c.process(st, b, render)
				if ev != nil {
					st.collectEvidence(b)
				}
				close(b.done)
			}
		}()
	}
	stop := make(chan struct{})
	var readErr error
	go func() {
		defer close(ordered)
		defer close(work)
		n := firstDoc
		index := 0
		b := newBatch()
		b.reset()
		send := func() bool {
			b.index = index
			index++
			select {
			case ordered <- b:
			case <-stop:
				return false
			}
			work <- b
			b = newBatch()
			b.reset()
			return true
		}
		for {
			if ctx.Err() != nil {
				readErr = ctx.Err()
				break
			}
			d, ok, err := src.next()
			if err != nil {
				readErr = err
			}
			if !ok {
				break
			}
			bd := batchDoc{start: len(b.data), doc: n, line: d.line, offset: d.offset, err: d.err}
			if c.opts.sampled(n) {
				b.data = append(b.data, d.data...)
			} else {
				bd.skipped, bd.err = true, nil
			}
			bd.end = len(b.data)
			b.docs = append(b.docs, bd)
			n++
			if len(b.data) >= batchBytes || len(b.docs) >= batchDocs {
				if !send() {
					return
				}
			}
		}
		if len(b.docs) > 0 {
			send()
		}
	}()
	stopped := false
	for b := range ordered {
		<-b.done
		if ev != nil {
			ev.merge(b)
		}
		if !stopped && !deliver(b) {
			stopped = true
			close(stop)
		}
		select {
		case free <- b:
		default:
		}
	}
	wg.Wait()
	if stopped {
		return nil
	}
	return readErr
}

func (b *batch) reset() {
	b.data = b.data[:0]
	b.docs = b.docs[:0]
	b.out = b.out[:0]
	b.done = make(chan struct{})
}

// process classifies the documents of a batch.
func (c *Classifier) process(st *state, b *batch, render bool) {
	st.res = &b.res
	st.res.reset()
	for i := range b.docs {
		d := &b.docs[i]
		d.findFrom, d.warnFrom = len(st.res.findings), len(st.res.warnings)
		if d.err == nil && !d.skipped {
			if err := st.document(b.data[d.start:d.end]); err != nil {
				d.err = err
				// What was found before the error is dropped with the
				// document: a broken document reports only its error.
				st.res.findings = st.res.findings[:d.findFrom]
			}
		}
		d.findTo, d.warnTo = len(st.res.findings), len(st.res.warnings)
		if render && !d.skipped {
			b.out = st.res.appendResultLine(b.out, d, c.frags)
		}
	}
}
