package leakbeam

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// A Doc is one document of the input, a line of an NDJSON file, or a
// whole file for the classifier to frame.
type Doc struct {
	File string // the file's path, as the glob matched it
	// Offset is the byte offset of the line in the file, after
	// decompression: a document's address in the pipeline, which knows
	// no document numbers or line numbers across the blocks of a file.
	Offset int64
	// Data is the line without its newline; a carriage return before
	// the newline stays (redaction keeps every byte), and is not part of
	// the document when it is classified.
	Data []byte
	// TooLarge says the line was longer than the document limit; it was
	// skipped without being held, and Data is empty.
	TooLarge bool
	// Whole says the Doc stands for the whole file, which is not NDJSON
	// for certain (a top-level array, pretty-printed JSON, several values
	// on its first line): the transforms open it and let the library
	// frame its documents, exactly as `leakscope scan` does, on one worker.
	Whole bool
}

// blockSize is the size of the blocks a plain file is split into, as
// textio splits them. Tests make it small.
var blockSize int64 = 64 << 20

// ReadOptions tune ReadDocuments. The zero value means the defaults.
type ReadOptions struct {
	// MaxDocumentBytes is the longest line that is a document; a longer
	// one is a Doc with TooLarge. Zero means 64 MiB, as classify has it.
	MaxDocumentBytes int
	// Lines frames every file as NDJSON lines, as the redact package
	// reads its input; without it, a file whose first document does not
	// make it NDJSON for certain is one Doc with Whole.
	Lines bool
}

// ReadDocuments reads the files that the globs match (any filesystem
// Beam has registered) and returns their documents, a PCollection of
// Doc, and the files, a PCollection of fileio.FileMetadata.
//
// NDJSON is framed as `leakscope scan` frames it: a UTF-8 byte order
// mark and blank lines are skipped, a trailing carriage return is not part
// of the document, and a line over the limit is a Doc with TooLarge.
// Plain files are split into blocks of 64 MiB, read in parallel; a file
// compressed with gzip, zstd or bzip2 (told by its magic bytes, whatever
// its name) is read whole by one worker. A file whose first document is
// not a line of one JSON value (`leakscope scan` reads it as a top-level
// array or as concatenated values) is one Doc with Whole, unless
// opts.Lines.
func ReadDocuments(s beam.Scope, opts ReadOptions, globs ...string) (docs, files beam.PCollection) {
	s = s.Scope("leakbeam.ReadDocuments")
	for _, g := range globs {
		filesystem.ValidateScheme(g)
	}
	pats := make([]any, len(globs))
	for i, g := range globs {
		pats[i] = g
	}
	files = fileio.MatchAll(s, beam.Create(s, pats...), fileio.MatchEmptyDisallow())
	readable := fileio.ReadMatches(s, files, fileio.ReadUncompressed(), fileio.ReadDirectorySkip())
	docs = beam.ParDo(s, &readFn{MaxDoc: opts.MaxDocumentBytes, Lines: opts.Lines}, readable)
	return docs, files
}

// readFn is a splittable DoFn that frames the documents of a file. Its
// restriction is a range of byte offsets of the file; a document belongs
// to the range its line starts in. The range of a file that is not split
// (compressed, or read whole) is [0, 1).
type readFn struct {
	MaxDoc int  `json:"max_doc"`
	Lines  bool `json:"lines"`
}

// CreateInitialRestriction is the whole file, or [0, 1) if it is not
// split.
func (fn *readFn) CreateInitialRestriction(f fileio.ReadableFile) offsetrange.Restriction {
	if f.Metadata.Size == 0 {
		return offsetrange.Restriction{}
	}
	if kind, lines, err := fn.probe(context.Background(), f.Metadata.Path); err == nil && (kind != "" || !lines) {
		return offsetrange.Restriction{Start: 0, End: 1}
	}
	// On an error, the plain range: ProcessElement opens the file again
	// and says what is wrong.
	return offsetrange.Restriction{Start: 0, End: f.Metadata.Size}
}

// unsplit says whether rest is the range of a file that is not split.
func unsplit(f fileio.ReadableFile, rest offsetrange.Restriction) bool {
	return rest.Start == 0 && rest.End == 1 && f.Metadata.Size > 1
}

// SplitRestriction splits a plain file into blocks of 64 MiB, the last
// one merged with the one before if it is under a quarter of that.
func (fn *readFn) SplitRestriction(f fileio.ReadableFile, rest offsetrange.Restriction) []offsetrange.Restriction {
	if rest.End-rest.Start <= 1 {
		return []offsetrange.Restriction{rest}
	}
	splits := rest.SizedSplits(blockSize)
	if n := len(splits); n > 1 && splits[n-1].End-splits[n-1].Start <= blockSize/4 {
		splits[n-2].End = splits[n-1].End
		splits = splits[:n-1]
	}
	return splits
}

// RestrictionSize is the bytes of the range; a file that is not split
// weighs its size.
func (fn *readFn) RestrictionSize(f fileio.ReadableFile, rest offsetrange.Restriction) float64 {
	if unsplit(f, rest) {
		return float64(f.Metadata.Size)
	}
	return rest.Size()
}

// CreateTracker tracks the offsets claimed.
func (fn *readFn) CreateTracker(rest offsetrange.Restriction) *sdf.LockRTracker {
	return sdf.NewLockRTracker(offsetrange.NewTracker(rest))
}

// ProcessElement emits the documents whose lines start in the range, or
// the whole file as one Doc.
func (fn *readFn) ProcessElement(ctx context.Context, rt *sdf.LockRTracker, f fileio.ReadableFile, emit func(Doc)) error {
	rest := rt.GetRestriction().(offsetrange.Restriction)
	path := f.Metadata.Path
	whole := unsplit(f, rest)
	if whole {
		// Claimed at once: nothing is left to split off.
		if !rt.TryClaim(int64(0)) {
			return nil
		}
		kind, lines, err := fn.probe(ctx, path)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if !lines {
			emit(Doc{File: path, Whole: true})
			return nil
		}
		if kind != "" {
			return fn.readCompressed(ctx, f, kind, emit)
		}
		// Plain NDJSON in one range (it changed since the range was made):
		// read it all.
	} else if rest.Start >= rest.End {
		return nil
	}

	rc, err := f.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	pos := rest.Start
	if pos > 0 {
		// A line belongs to the range it starts in: go to the byte before
		// the range and past the end of the line there.
		if err := skip(rc, br, pos-1); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		n, err := discardLine(br)
		if err == io.EOF {
			rt.TryClaim(rest.End) // no line starts in the range
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		pos += n - 1
	}
	lr := newLineReader(br, pos, fn.maxDoc())
	for {
		if !whole && !rt.TryClaim(lr.off) {
			return nil
		}
		d, blank, ok, err := lr.next()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if !ok {
			if !whole {
				rt.TryClaim(rest.End) // done: claim the rest so that the range ends
			}
			return nil
		}
		if !blank {
			d.File = path
			emit(d)
		}
	}
}

// readCompressed emits the documents of a compressed file of NDJSON.
func (fn *readFn) readCompressed(ctx context.Context, f fileio.ReadableFile, kind string, emit func(Doc)) error {
	rc, err := f.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	zr, closeZ, err := decompress(bufio.NewReaderSize(rc, 64<<10), kind)
	if err != nil {
		return fmt.Errorf("%s: %w", f.Metadata.Path, err)
	}
	defer closeZ()
	lr := newLineReader(bufio.NewReaderSize(zr, 64<<10), 0, fn.maxDoc())
	for {
		d, blank, ok, err := lr.next()
		if err != nil {
			return fmt.Errorf("%s: %s: %w", f.Metadata.Path, kind, err)
		}
		if !ok {
			return nil
		}
		if !blank {
			d.File = f.Metadata.Path
			emit(d)
		}
	}
}

// probe tells the compression of the file at path ("" if none) and
// whether it is NDJSON for certain: its first document is a line of one
// JSON value, not an array. With fn.Lines, every file is.
func (fn *readFn) probe(ctx context.Context, path string) (kind string, lines bool, err error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return "", false, err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, path)
	if err != nil {
		return "", false, err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	magic, _ := br.Peek(4)
	kind = compression(magic)
	if fn.Lines {
		return kind, true, nil
	}
	var r io.Reader = br
	if kind != "" {
		zr, closeZ, err := decompress(br, kind)
		if err != nil {
			return kind, false, err
		}
		defer closeZ()
		r = zr
	}
	lr := newLineReader(bufio.NewReaderSize(r, 64<<10), 0, fn.maxDoc())
	for {
		d, blank, ok, err := lr.next()
		switch {
		case err != nil:
			return kind, false, err
		case !ok:
			return kind, true, nil // no document: nothing to frame
		case blank:
			continue
		case d.TooLarge:
			return kind, false, nil
		}
		return kind, isNDJSONStart(bytes.TrimRight(d.Data, "\r")), nil
	}
}

func (fn *readFn) maxDoc() int {
	if fn.MaxDoc > 0 {
		return fn.MaxDoc
	}
	return 64 << 20
}

// skip moves br, which reads rc, n bytes into the file: by seeking when
// the file can, else by reading.
func skip(rc io.ReadCloser, br *bufio.Reader, n int64) error {
	if sk, ok := rc.(io.Seeker); ok {
		if _, err := sk.Seek(n, io.SeekStart); err == nil {
			br.Reset(rc)
			return nil
		}
		// The peek may have moved the file: start again from its start.
		if _, err := sk.Seek(0, io.SeekStart); err != nil {
			return err
		}
		br.Reset(rc)
	}
	for n > 0 {
		m, err := br.Discard(int(min(n, 1<<30)))
		n -= int64(m)
		if err != nil {
			return err
		}
	}
	return nil
}

// discardLine reads past the next newline and says how many bytes that
// was; io.EOF if there is none.
func discardLine(br *bufio.Reader) (int64, error) {
	var n int64
	for {
		chunk, err := br.ReadSlice('\n')
		n += int64(len(chunk))
		switch {
		case err == nil:
			return n, nil
		case errors.Is(err, bufio.ErrBufferFull):
		default:
			return n, err
		}
	}
}

// compression names the compression whose magic bytes start b, as
// `leakscope scan` tells them, or "".
func compression(b []byte) string {
	switch {
	case len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b:
		return "gzip"
	case len(b) >= 4 && bytes.Equal(b[:4], []byte{0x28, 0xb5, 0x2f, 0xfd}):
		return "zstd"
	case len(b) >= 3 && string(b[:3]) == "BZh":
		return "bzip2"
	}
	return ""
}

// decompress undoes kind with the decoders and settings `leakscope scan`
// uses.
func decompress(r io.Reader, kind string) (io.Reader, func(), error) {
	switch kind {
	case "gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, nil, fmt.Errorf("gzip: %w", err)
		}
		return zr, func() { zr.Close() }, nil
	case "zstd":
		zr, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(64<<20), zstd.WithDecoderLowmem(true))
		if err != nil {
			return nil, nil, fmt.Errorf("zstd: %w", err)
		}
		return zr, zr.Close, nil
	case "bzip2":
		return bzip2.NewReader(r), func() {}, nil
	}
	return r, func() {}, nil
}

// A lineReader frames the NDJSON documents of a stream that starts at
// byte off of a file.
type lineReader struct {
	br        *bufio.Reader
	off       int64 // offset of the next line
	maxDoc    int
	fromStart bool // the stream starts at the start of the file
	buf       []byte
}

func newLineReader(br *bufio.Reader, off int64, maxDoc int) *lineReader {
	return &lineReader{br: br, off: off, maxDoc: maxDoc, fromStart: off == 0}
}

var bom = []byte("\xef\xbb\xbf")

// next frames the next line. ok is false at the end of the stream; a
// blank line is ok with blank set, so that the caller can claim where
// every line starts.
func (lr *lineReader) next() (d Doc, blank, ok bool, err error) {
	if lr.off == 0 && lr.fromStart {
		if b, _ := lr.br.Peek(len(bom)); bytes.Equal(b, bom) {
			lr.br.Discard(len(bom))
			lr.off += int64(len(bom))
		}
	}
	start := lr.off
	lr.buf = lr.buf[:0]
	over := false
	n := 0
	var rerr error
	for {
		chunk, err := lr.br.ReadSlice('\n')
		lr.off += int64(len(chunk))
		n += len(chunk)
		if !over {
			if len(lr.buf)+len(chunk) > lr.maxDoc+2 { // room for "\r\n"
				over = true
				lr.buf = lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		rerr = err
		break
	}
	switch {
	case rerr != nil && !errors.Is(rerr, io.EOF):
		return Doc{}, false, false, rerr
	case n == 0: // io.EOF
		return Doc{}, false, false, nil
	}
	line := bytes.TrimSuffix(lr.buf, []byte{'\n'})
	switch {
	case over || len(bytes.TrimRight(line, "\r")) > lr.maxDoc:
		return Doc{Offset: start, TooLarge: true}, false, true, nil
	case len(bytes.TrimSpace(line)) == 0:
		return Doc{}, true, true, nil
	}
	return Doc{Offset: start, Data: bytes.Clone(line)}, false, true, nil
}

// isNDJSONStart says whether the first line of a file makes it NDJSON
// for certain: one JSON value, not an array. `leakscope scan` reads a
// file that starts with an array, with several values on its first line,
// or with an unfinished value, as a stream of values; whatever is not
// certain is left to it.
func isNDJSONStart(line []byte) bool {
	t := bytes.TrimSpace(line)
	return len(t) > 0 && t[0] != '[' && json.Valid(t)
}
