package leakbeam

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
)

// frame is the reference framing of NDJSON, written plainly: the
// documents `leakscope scan` reads from data, with their offsets.
func frame(data []byte, maxDoc int) []Doc {
	var out []Doc
	off := 0
	if bytes.HasPrefix(data, bom) {
		off = len(bom)
	}
	for off < len(data) {
		end := bytes.IndexByte(data[off:], '\n')
		next := off + end + 1
		if end < 0 {
			end, next = len(data)-off, len(data)
		}
		line := data[off : off+end]
		switch {
		case len(bytes.TrimSpace(line)) == 0:
		case len(bytes.TrimRight(line, "\r")) > maxDoc:
			out = append(out, Doc{Offset: int64(off), TooLarge: true})
		default:
			out = append(out, Doc{Offset: int64(off), Data: line})
		}
		off = next
	}
	return out
}

// readAll reads the file at path as the pipeline does, one restriction
// after the other, each with a tracker of its own.
func readAll(t *testing.T, path string, maxDoc int, lines bool) ([]Doc, int, error) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	f := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path, Size: fi.Size()}}
	fn := &readFn{MaxDoc: maxDoc, Lines: lines}
	rests := fn.SplitRestriction(f, fn.CreateInitialRestriction(f))
	var got []Doc
	for _, r := range rests {
		rt := sdf.NewLockRTracker(offsetrange.NewTracker(r))
		if err := fn.ProcessElement(context.Background(), rt, f, func(d Doc) { got = append(got, d) }); err != nil {
			return got, len(rests), err
		}
		if !rt.IsDone() {
			t.Errorf("restriction %v not done after ProcessElement", r)
		}
	}
	return got, len(rests), nil
}

func sameDocs(t *testing.T, what string, got, want []Doc, path string) {
	t.Helper()
	for i := range want {
		want[i].File = path
	}
	if len(got) != len(want) {
		t.Fatalf("%s: %d documents, want %d", what, len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.File != w.File || g.Offset != w.Offset || g.TooLarge != w.TooLarge || !bytes.Equal(g.Data, w.Data) {
			t.Fatalf("%s: document %d is %q at %d (too large %v), want %q at %d (too large %v)",
				what, i, g.Data, g.Offset, g.TooLarge, w.Data, w.Offset, w.TooLarge)
		}
	}
}

// TestReadBlocks reads a file with every edge NDJSON has, split into
// blocks of many sizes, and checks that every document is read once, at
// its offset, whatever the blocks.
func TestReadBlocks(t *testing.T) {
	defer func(old int64) { blockSize = old }(blockSize)
	dir := t.TempDir()
	var b bytes.Buffer
	b.WriteString("\xef\xbb\xbf")
	for i, d := range docs(31, 40) {
		b.Write(d)
		b.WriteString([]string{"\n", "\r\n", "\n\n", "\n \t\n", "\n\r\n"}[i%5])
		if i%9 == 4 {
			b.WriteString(`{"a": "` + string(bytes.Repeat([]byte("x"), 2100)) + `"}` + "\n")
		}
	}
	b.WriteString(`{"last": "no newline"}`)
	path := filepath.Join(dir, "edges.ndjson")
	os.WriteFile(path, b.Bytes(), 0o600)
	want := frame(b.Bytes(), 2000)

	for _, size := range []int64{1 << 30, 20000, 4096, 1000, 333, 64, 7, 2} {
		blockSize = size
		got, n, err := readAll(t, path, 2000, false)
		if err != nil {
			t.Fatalf("blocks of %d: %v", size, err)
		}
		sameDocs(t, fmt.Sprintf("blocks of %d (%d ranges)", size, n), got, slices.Clone(want), path)
	}
}

// TestReadCompressed: a compressed file is one range, read whole, with
// offsets after decompression.
func TestReadCompressed(t *testing.T) {
	dir := t.TempDir()
	plain := append([]byte("\xef\xbb\xbf"), lines(docs(32, 50))...)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(plain)
	zw.Close()
	// Not named .gz: the pipeline tells compression by magic bytes.
	path := filepath.Join(dir, "dump.bin")
	os.WriteFile(path, gz.Bytes(), 0o600)
	got, n, err := readAll(t, path, 64<<20, false)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("a compressed file in %d ranges, want 1", n)
	}
	sameDocs(t, "gzip", got, frame(plain, 64<<20), path)
}

// TestReadWhole: a file that `leakscope scan` would read as an array or
// as concatenated values is one Doc for the library to frame, unless
// lines are asked for; a file whose first line is one JSON value is split.
func TestReadWhole(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"array":        "[\n{\"a\": 1},\n{\"a\": 2}\n]\n",
		"array-bom":    "\xef\xbb\xbf  [{\"a\": 1}]\n{\"b\": 2}\n",
		"pretty":       "{\n  \"a\": 1\n}\n",
		"two-per-line": "{\"a\": 1} {\"a\": 2}\n",
		"blank-first":  "\n\n{\n \"a\": 1\n}\n",
		"broken-first": "{\"a\": \"trunc\n{\"a\": 2}\n",
	} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(content), 0o600)
		got, n, err := readAll(t, path, 1000, false)
		if err != nil || n != 1 || len(got) != 1 || !got[0].Whole || got[0].File != path {
			t.Errorf("%s: %d ranges, %+v, %v; want one whole file", name, n, got, err)
		}
		lines, _, err := readAll(t, path, 1000, true)
		if err != nil || len(lines) != len(frame([]byte(content), 1000)) {
			t.Errorf("%s, as lines: %d documents (%v), want %d", name, len(lines), err, len(frame([]byte(content), 1000)))
		}
	}
	path := filepath.Join(dir, "scalars")
	os.WriteFile(path, []byte("1\n\"x\"\n[1]\n"), 0o600)
	if got, _, err := readAll(t, path, 1000, false); err != nil || len(got) != 3 || got[0].Whole {
		t.Errorf("scalars: %+v, %v; want three lines", got, err)
	}
}
