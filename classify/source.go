package classify

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"errors"
	"fmt"
	"io"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"github.com/leakscope/leakscope/internal/jsonstr"
)

// Framing of the documents of a stream, detected from its first bytes.
const (
	modeUnknown = iota
	modeLines   // NDJSON: one document a line
	modeValues  // concatenated values, pretty-printed or not
)

// A source splits a byte stream into documents: it undoes gzip, zstd or
// bzip2 (told by their magic bytes), skips a UTF-8 byte order mark and
// blank lines, and frames documents as NDJSON lines, elements of a
// top-level array (streamed, never the whole array), or concatenated
// values. It never holds more than one document and a read buffer.
type source struct {
	r       io.Reader
	closer  io.Closer
	buf     []byte
	lo, hi  int   // unread bytes are buf[lo:hi]
	off     int64 // stream offset of buf[lo]
	line    int64 // line number of buf[lo], from 1
	eof     bool
	rerr    error
	mode    int
	array   bool // inside a top-level array whose elements are documents
	maxDoc  int
	started bool
}

// A sourceDoc is one framed document. data is only valid until the next
// call of next.
type sourceDoc struct {
	data   []byte
	line   int64
	offset int64
	err    error // the document could not be framed (too large)
}

const readSize = 1 << 20

func newSource(r io.Reader, maxDoc int) (*source, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, _ := br.Peek(4)
	s := &source{r: br, line: 1, maxDoc: maxDoc}
	switch {
	case len(magic) >= 2 && magic[0] == 0x1f && magic[1] == 0x8b:
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		s.r, s.closer = zr, zr
	case len(magic) >= 4 && bytes.Equal(magic, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(64<<20), zstd.WithDecoderLowmem(true))
		if err != nil {
			return nil, fmt.Errorf("zstd: %w", err)
		}
		s.r, s.closer = zr, closerFunc(zr.Close)
	case len(magic) >= 3 && string(magic[:3]) == "BZh":
		s.r = bzip2.NewReader(br)
	}
	s.buf = make([]byte, readSize)
	return s, nil
}

type closerFunc func()

func (f closerFunc) Close() error { f(); return nil }

func (s *source) close() {
	if s.closer != nil {
		s.closer.Close()
	}
}

// fill reads more input, keeping buf[lo:hi]. It grows the buffer when the
// unread part fills it, up to the document limit plus a read.
func (s *source) fill() {
	if s.eof {
		return
	}
	if s.lo > 0 && (s.hi == len(s.buf) || s.lo > len(s.buf)/2) {
		n := copy(s.buf, s.buf[s.lo:s.hi])
		s.lo, s.hi = 0, n
	}
	if s.hi == len(s.buf) {
		nb := make([]byte, min(2*len(s.buf), s.maxDoc+readSize))
		if len(nb) <= len(s.buf) {
			return // at the limit: the caller deals with it
		}
		copy(nb, s.buf[s.lo:s.hi])
		s.hi -= s.lo
		s.lo = 0
		s.buf = nb
	}
	n, err := s.r.Read(s.buf[s.hi:])
	s.hi += n
	if err != nil {
		s.eof = true
		if !errors.Is(err, io.EOF) {
			s.rerr = err
		}
	}
}

// advance consumes n bytes, counting their lines.
func (s *source) advance(n int) {
	s.line += int64(bytes.Count(s.buf[s.lo:s.lo+n], []byte{'\n'}))
	s.lo += n
	s.off += int64(n)
}

// next returns the next document, or ok false at the end of the stream.
func (s *source) next() (d sourceDoc, ok bool, err error) {
	if !s.started {
		s.started = true
		s.detect()
	}
	for {
		if s.mode == modeLines {
			d, ok = s.nextLine()
		} else {
			d, ok = s.nextValue()
		}
		if !ok {
			return d, false, s.rerr
		}
		return d, true, nil
	}
}

// detect skips a byte order mark and chooses the framing: NDJSON when the
// first line holds exactly one complete value, else concatenated values.
// moreAfter reports whether a value starts after the first i unread
// bytes, past white space: it reads on as far as it must.
func (s *source) moreAfter(i int) bool {
	for {
		j := jsonstr.SkipSpace(s.buf[:s.hi], s.lo+i)
		if j < s.hi {
			return true
		}
		if s.eof {
			return false
		}
		i = j - s.lo
		s.fill()
	}
}

func (s *source) detect() {
	for s.hi-s.lo < 3 && !s.eof {
		s.fill()
	}
	if bytes.HasPrefix(s.buf[s.lo:s.hi], []byte("\xef\xbb\xbf")) {
		s.lo += 3
		s.off += 3
	}
	for {
		i := jsonstr.SkipSpace(s.buf[:s.hi], s.lo)
		if i < s.hi {
			break
		}
		if s.eof {
			s.mode = modeLines
			return
		}
		s.fill()
	}
	s.mode = modeLines
	// Find the first line, within reason.
	for {
		if bytes.IndexByte(s.buf[s.lo:s.hi], '\n') >= 0 || s.eof || s.hi-s.lo >= s.maxDoc {
			break
		}
		s.fill()
	}
	b := s.buf[s.lo:s.hi]
	start := jsonstr.SkipSpace(b, 0)
	nl := bytes.IndexByte(b[start:], '\n')
	line := b[start:]
	if nl >= 0 {
		line = b[start : start+nl]
	}
	if b[start] == '[' {
		// A top-level array, whose elements are the documents; unless the
		// array is a line of NDJSON, whole on its line, with another
		// value on the next: a document that is an array (a log export's
		// entries, a row), as each line is one document.
		s.mode = modeValues
		if end, complete := valueEnd(line); nl >= 0 && complete && len(bytes.TrimSpace(line[end:])) == 0 && s.moreAfter(start+nl+1) {
			s.mode = modeLines
		}
		return
	}
	end, complete := valueEnd(line)
	if complete {
		if rest := bytes.TrimSpace(line[end:]); len(rest) > 0 {
			s.mode = modeValues // several values on one line
		}
		return
	}
	if t := bytes.TrimSpace(line); len(t) > 0 {
		switch t[len(t)-1] {
		case '{', '[', ',', ':':
			s.mode = modeValues // pretty-printed
		}
	}
}

// nextLine frames one NDJSON line, skipping blank ones.
func (s *source) nextLine() (sourceDoc, bool) {
	for {
		nl := bytes.IndexByte(s.buf[s.lo:s.hi], '\n')
		if nl < 0 {
			if s.hi-s.lo > s.maxDoc {
				return s.skipLongLine(), true
			}
			if !s.eof {
				s.fill()
				continue
			}
			if s.lo == s.hi {
				return sourceDoc{}, false
			}
			nl = s.hi - s.lo // last line without a newline
		}
		d := sourceDoc{line: s.line, offset: s.off}
		raw := s.buf[s.lo : s.lo+nl]
		if nl < s.hi-s.lo {
			s.lo += nl + 1
			s.off += int64(nl) + 1
			s.line++
		} else {
			s.lo += nl
			s.off += int64(nl)
		}
		raw = bytes.TrimRight(raw, "\r")
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		if len(raw) > s.maxDoc {
			d.err = &LimitError{Offset: s.maxDoc, Limit: "document size", Max: s.maxDoc, Err: ErrDocumentTooLarge}
			return d, true
		}
		d.data = raw
		return d, true
	}
}

// skipLongLine drops a line longer than the document limit without
// holding it, and returns the error document that stands for it.
func (s *source) skipLongLine() sourceDoc {
	d := sourceDoc{line: s.line, offset: s.off}
	d.err = &LimitError{Offset: s.maxDoc, Limit: "document size", Max: s.maxDoc, Err: ErrDocumentTooLarge}
	for {
		if nl := bytes.IndexByte(s.buf[s.lo:s.hi], '\n'); nl >= 0 {
			s.lo += nl + 1
			s.off += int64(nl) + 1
			s.line++
			return d
		}
		s.off += int64(s.hi - s.lo)
		s.lo = s.hi
		if s.eof {
			return d
		}
		s.fill()
	}
}

// nextValue frames one value of a stream of concatenated values, or one
// element of a top-level array.
func (s *source) nextValue() (sourceDoc, bool) {
	for {
		// Skip white space, and the commas and brackets of a top-level array.
		i := s.lo
		for i < s.hi {
			c := s.buf[i]
			if c == ' ' || c == '\t' || c == '\r' || c == '\n' || (s.array && c == ',') {
				i++
				continue
			}
			if !s.array && c == '[' {
				s.array = true
				i++
				continue
			}
			if s.array && c == ']' {
				s.array = false
				i++
				continue
			}
			break
		}
		s.advance(i - s.lo)
		if s.lo == s.hi {
			if s.eof {
				return sourceDoc{}, false
			}
			s.fill()
			continue
		}
		break
	}
	d := sourceDoc{line: s.line, offset: s.off}
	var sc structScanner
	for {
		end, complete := sc.scan(s.buf[s.lo:s.hi], s.array)
		if complete && end > s.maxDoc {
			d.err = &LimitError{Offset: s.maxDoc, Limit: "document size", Max: s.maxDoc, Err: ErrDocumentTooLarge}
			s.advance(end)
			return d, true
		}
		if complete || s.eof {
			d.data = s.buf[s.lo : s.lo+end]
			s.advance(end)
			if end == 0 { // a stray closing bracket or comma: its own error
				d.data = s.buf[s.lo : s.lo+1]
				s.advance(1)
			}
			return d, true
		}
		if s.hi-s.lo > s.maxDoc {
			d.err = &LimitError{Offset: s.maxDoc, Limit: "document size", Max: s.maxDoc, Err: ErrDocumentTooLarge}
			s.skipValue(&sc)
			return d, true
		}
		s.fill()
	}
}

// skipValue drops the rest of an oversized value without holding it.
func (s *source) skipValue(sc *structScanner) {
	for {
		end, complete := sc.scan(s.buf[s.lo:s.hi], s.array)
		if complete || s.eof {
			s.advance(end)
			return
		}
		s.advance(end)
		sc.pos = 0
		s.fill()
	}
}

// A structScanner finds where a JSON value ends by its structure alone
// (strings, escapes and bracket depth), resuming where it stopped when the
// buffer grows. The walker checks the rest.
type structScanner struct {
	pos     int // next byte to look at, relative to the value's start
	depth   int
	inStr   bool
	esc     bool
	started bool
	scalar  bool
}

// scan returns the end of the value at the start of b and whether it is
// complete; if not, the scanner remembers how far it got.
func (sc *structScanner) scan(b []byte, inArray bool) (int, bool) {
	i := sc.pos
	for i < len(b) {
		c := b[i]
		if sc.inStr {
			switch {
			case sc.esc:
				sc.esc = false
			case c == '\\':
				sc.esc = true
			case c == '"':
				sc.inStr = false
				if sc.depth == 0 {
					sc.pos = i + 1
					return i + 1, true
				}
			case c == '\n' && sc.depth == 0:
				// A newline cannot be in a string: the value ends here,
				// broken, and the next line is framed afresh.
				sc.pos = i
				return i, true
			}
			i++
			continue
		}
		if !sc.started {
			sc.started = true
			switch c {
			case '{', '[':
				sc.depth = 1
			case '"':
				sc.inStr = true
			case '}', ']', ',':
				return 0, true
			default:
				sc.scalar = true
			}
			i++
			continue
		}
		if sc.scalar {
			switch c {
			case ' ', '\t', '\r', '\n', ',', ']', '}', '{', '[', '"':
				sc.pos = i
				return i, true
			}
			i++
			continue
		}
		switch c {
		case '"':
			sc.inStr = true
		case '{', '[':
			sc.depth++
		case '}', ']':
			sc.depth--
			if sc.depth == 0 {
				sc.pos = i + 1
				return i + 1, true
			}
		}
		i++
	}
	sc.pos = i
	return i, false
}

// valueEnd is a structScanner over one complete buffer.
func valueEnd(b []byte) (int, bool) {
	var sc structScanner
	return sc.scan(b, false)
}
