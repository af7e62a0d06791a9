package redact

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"sync"

	"github.com/leakscope/leakscope/classify"
)

// StreamOptions tune WriteNDJSON. The zero value means the defaults.
type StreamOptions struct {
	// Quarantine receives every document that could not be redacted, as it
	// was read, one a line, in input order. Nil means such documents are
	// dropped; either way they are counted and never written to the output.
	Quarantine io.Writer
	// OnQuarantine, if not nil, is called in input order for each document
	// that could not be redacted.
	OnQuarantine func(Bad)
}

// A Bad document is one that could not be redacted.
type Bad struct {
	Doc  int64 // index of the document in the stream, from 0
	Line int64 // its line, from 1
	// Err says why, never what: a *classify.SyntaxError, a
	// *classify.LimitError or a *rules.TimeoutError.
	Err error
}

// StreamStats count what WriteNDJSON did. Always Documents = Written +
// Quarantined.
type StreamStats struct {
	Documents   int64 // documents read: non-blank lines
	Written     int64 // documents written, redacted
	Quarantined int64 // documents that could not be redacted
	Stats             // summed over the documents written
}

// WriteNDJSON reads NDJSON from in (plain, gzip, zstd or bzip2, told by
// their magic bytes) and writes each document to w redacted, one a line,
// in input order. Blank lines and a UTF-8 byte order mark are skipped; a
// last line without a newline gets one. A document that cannot be
// redacted (not valid JSON, over the classifier's MaxDepth or
// MaxDocumentBytes, or a rule timed out on it) is not written: it goes to
// opts.Quarantine and is counted. Documents are redacted in batches on the
// classifier's Options.Workers goroutines; work in flight is bounded, and
// so is memory: one read buffer, the batches in flight and one document.
//
// The error is a failure to read in or to write w or the quarantine, or
// ctx's error; what was read before it is written first.
func (r *Redactor) WriteNDJSON(ctx context.Context, in io.Reader, w io.Writer, opts StreamOptions) (StreamStats, error) {
	var stats StreamStats
	var werr error
	err := r.run(ctx, in, opts.Quarantine, func(b *batch) bool {
		if b.barrier != nil {
			// The reader streams an oversized document into the quarantine
			// while the output waits, so that both keep input order.
			close(b.barrier.ready)
			<-b.barrier.finished
			stats.Documents++
			stats.Quarantined++
			if b.barrier.err != nil {
				werr = b.barrier.err
				return false
			}
			if opts.OnQuarantine != nil {
				opts.OnQuarantine(Bad{Doc: b.barrier.doc, Line: b.barrier.line, Err: b.barrier.why})
			}
			return true
		}
		if _, werr = w.Write(b.out); werr != nil {
			return false
		}
		stats.add(b.stats)
		for i := range b.docs {
			d := &b.docs[i]
			stats.Documents++
			if d.err == nil {
				stats.Written++
				continue
			}
			stats.Quarantined++
			if opts.Quarantine != nil {
				if _, werr = opts.Quarantine.Write(b.data[d.start:d.lineEnd]); werr != nil {
					return false
				}
			}
			if opts.OnQuarantine != nil {
				opts.OnQuarantine(Bad{Doc: d.doc, Line: d.line, Err: d.err})
			}
		}
		return true
	})
	if werr != nil {
		return stats, werr
	}
	return stats, err
}

// A batch is a run of documents handed to one worker, with what it made
// of them. Batches are recycled.
type batch struct {
	data  []byte // the lines, newlines included
	docs  []batchDoc
	out   []byte // the redacted lines
	stats Stats
	done  chan struct{}
	// barrier, if set, makes this an empty batch that stands for an
	// oversized document the reader streams to the quarantine itself.
	barrier *barrier
}

type batchDoc struct {
	start, end int // the document in data, without its newline
	lineEnd    int // after the newline
	doc, line  int64
	err        error
}

type barrier struct {
	doc, line       int64
	why             error
	ready, finished chan struct{}
	err             error // writing the quarantine failed
}

const (
	batchBytes = 256 << 10
	batchDocs  = 2048
	readBuffer = 256 << 10
)

var bom = []byte("\xef\xbb\xbf")

// run is the pipeline: one goroutine frames lines into batches, the
// workers redact batches, and deliver receives them in input order. Work
// in flight is bounded. deliver returning false stops the run.
func (r *Redactor) run(ctx context.Context, in io.Reader, quarantine io.Writer, deliver func(*batch) bool) error {
	src, closeSrc, err := decompress(in)
	if err != nil {
		return err
	}
	defer closeSrc()
	br := bufio.NewReaderSize(src, readBuffer)
	workers := max(r.workers, 1)
	work := make(chan *batch, workers)
	ordered := make(chan *batch, 2*workers+2)
	free := make(chan *batch, 2*workers+4)
	newBatch := func() *batch {
		var b *batch
		select {
		case b = <-free:
		default:
			b = &batch{}
		}
		b.data, b.docs, b.out, b.stats = b.data[:0], b.docs[:0], b.out[:0], Stats{}
		b.done = make(chan struct{})
		return b
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := r.pool.Get().(*scratch)
			defer r.pool.Put(sc)
			for b := range work {
				r.process(sc, b)
				close(b.done)
			}
		}()
	}
	stop := make(chan struct{})
	var readErr error
	go func() {
		defer close(ordered)
		defer close(work)
		b := newBatch()
		send := func() bool {
			select {
			case ordered <- b:
			case <-stop:
				return false
			}
			work <- b
			b = newBatch()
			return true
		}
		var doc, line int64
		first := true
		for {
			if ctx.Err() != nil {
				readErr = ctx.Err()
				break
			}
			start := len(b.data)
			line++
			var rerr error
			over := false
			for {
				chunk, err := br.ReadSlice('\n')
				b.data = append(b.data, chunk...)
				if err == bufio.ErrBufferFull {
					if len(b.data)-start > r.maxDoc {
						over = true
						break
					}
					continue
				}
				rerr = err
				break
			}
			if first {
				first = false
				if bytes.HasPrefix(b.data[start:], bom) {
					b.data = append(b.data[:start], b.data[start+len(bom):]...)
				}
			}
			if over {
				// Hand over the batch so far, then stream the document to
				// the quarantine once everything before it is out.
				head := bytes.Clone(b.data[start:])
				b.data = b.data[:start]
				if len(b.docs) > 0 && !send() {
					return
				}
				bar := &barrier{doc: doc, line: line, ready: make(chan struct{}), finished: make(chan struct{}),
					why: &classify.LimitError{Offset: r.maxDoc, Limit: "document size", Max: r.maxDoc, Err: classify.ErrDocumentTooLarge}}
				bb := &batch{barrier: bar, done: make(chan struct{})}
				close(bb.done)
				select {
				case ordered <- bb:
				case <-stop:
					return
				}
				select {
				case <-bar.ready:
				case <-stop:
					return
				}
				rerr = streamLine(br, head, quarantine, &bar.err)
				close(bar.finished)
				doc++
				if rerr != nil && !errors.Is(rerr, io.EOF) {
					readErr = rerr
					break
				}
				if rerr != nil {
					break
				}
				continue
			}
			lineEnd := len(b.data)
			end := lineEnd
			if end > start && b.data[end-1] == '\n' {
				end--
			}
			if isBlank(b.data[start:end]) {
				b.data = b.data[:start]
			} else {
				if lineEnd == end { // the last line, without a newline
					b.data = append(b.data, '\n')
					lineEnd++
				}
				b.docs = append(b.docs, batchDoc{start: start, end: end, lineEnd: lineEnd, doc: doc, line: line})
				doc++
			}
			if rerr != nil {
				if !errors.Is(rerr, io.EOF) {
					readErr = rerr
				}
				break
			}
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
		if !stopped && !deliver(b) {
			stopped = true
			close(stop)
		}
		if b.barrier == nil {
			select {
			case free <- b:
			default:
			}
		}
	}
	wg.Wait()
	if stopped {
		return nil
	}
	return readErr
}

// process redacts the documents of a batch into its out.
func (r *Redactor) process(sc *scratch, b *batch) {
	for i := range b.docs {
		d := &b.docs[i]
		var st Stats
		b.out, st, _, d.err = r.appendDocument(sc, b.out, b.data[d.start:d.end], "", 0)
		if d.err != nil {
			continue
		}
		b.out = append(b.out, '\n')
		b.stats.add(st)
	}
}

// streamLine copies the rest of an oversized line, head and then br up to
// its newline, to w (nil: nowhere). A failure to write is put in *werr and
// the line is still read to its end.
func streamLine(br *bufio.Reader, head []byte, w io.Writer, werr *error) error {
	write := func(p []byte) {
		if w != nil && *werr == nil {
			_, *werr = w.Write(p)
		}
	}
	write(head)
	for {
		chunk, err := br.ReadSlice('\n')
		write(chunk)
		switch {
		case err == bufio.ErrBufferFull:
		case err == nil:
			return nil
		case errors.Is(err, io.EOF):
			write([]byte{'\n'})
			return err
		default:
			return err
		}
	}
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}
