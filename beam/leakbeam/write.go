package leakbeam

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// WriteSharded writes lines, a PCollection of string, to files named
// prefix-SSSSS-of-NNNNN+suffix, one line an element, in no particular
// order. Each bundle writes a file of its own as it goes (no shuffle: a
// bundle is typically one block of the input, read, classified and
// written by one worker), under a temporary name; once all are written,
// one worker gives them their final names and removes the temporary files
// of bundles that failed and were retried. No line, no file. Local files
// are made with mode 0600.
func WriteSharded(s beam.Scope, prefix, suffix string, lines beam.PCollection) {
	s = s.Scope("leakbeam.WriteSharded")
	written := beam.ParDo(s, &writeBundleFn{Prefix: prefix, Suffix: suffix}, lines)
	beam.ParDo0(s, &finalizeShardsFn{Prefix: prefix, Suffix: suffix}, beam.Impulse(s), beam.SideInput{Input: written})
}

// ShardName is the name of shard i of n.
func ShardName(prefix, suffix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d%s", prefix, i, n, suffix)
}

// tempPattern matches the temporary files of prefix and suffix.
func tempPattern(prefix, suffix string) string { return prefix + ".tmp-*" + suffix }

// writeBundleFn writes the lines of a bundle to a temporary file and
// emits its name when the bundle finishes.
type writeBundleFn struct {
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`

	name string
	w    io.WriteCloser
	bw   *bufio.Writer
}

// StartBundle forgets the file of a failed bundle (it is removed at the
// end). Beam wants FinishBundle's emitter here too.
func (fn *writeBundleFn) StartBundle(_ func(string)) {
	if fn.w != nil {
		fn.w.Close()
	}
	fn.w = nil
}

// ProcessElement writes one line.
func (fn *writeBundleFn) ProcessElement(ctx context.Context, line string, _ func(string)) error {
	if fn.w == nil {
		var rnd [12]byte
		rand.Read(rnd[:])
		fn.name = strings.Replace(tempPattern(fn.Prefix, fn.Suffix), "*", hex.EncodeToString(rnd[:]), 1)
		w, err := create(ctx, fn.name)
		if err != nil {
			return err
		}
		fn.w = w
		if fn.bw == nil {
			fn.bw = bufio.NewWriterSize(w, 1<<20)
		} else {
			fn.bw.Reset(w)
		}
	}
	fn.bw.WriteString(line)
	if err := fn.bw.WriteByte('\n'); err != nil {
		return fmt.Errorf("%s: %w", fn.name, err)
	}
	return nil
}

// FinishBundle closes the bundle's file and emits its name.
func (fn *writeBundleFn) FinishBundle(ctx context.Context, emit func(string)) error {
	if fn.w == nil {
		return nil
	}
	w := fn.w
	fn.w = nil
	if err := fn.bw.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", fn.name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("%s: %w", fn.name, err)
	}
	emit(fn.name)
	return nil
}

// finalizeShardsFn names the files of the bundles that succeeded as
// shards, and removes the temporary files of the others.
type finalizeShardsFn struct {
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
}

func (fn *finalizeShardsFn) ProcessElement(ctx context.Context, _ []byte, written func(*string) bool) error {
	var names []string
	var name string
	for written(&name) {
		names = append(names, name)
	}
	slices.Sort(names)
	names = slices.Compact(names)
	fs, err := filesystem.New(ctx, fn.Prefix)
	if err != nil {
		return err
	}
	defer fs.Close()
	for i, n := range names {
		if err := rename(ctx, fs, n, ShardName(fn.Prefix, fn.Suffix, i, len(names))); err != nil {
			return err
		}
	}
	// What is left under a temporary name is from failed bundles.
	left, err := fs.List(ctx, tempPattern(fn.Prefix, fn.Suffix))
	if err != nil {
		return err
	}
	if rm, ok := fs.(filesystem.Remover); ok {
		for _, l := range left {
			rm.Remove(ctx, l)
		}
	}
	return nil
}

// rename moves a file, by the filesystem's rename or by copy and remove.
func rename(ctx context.Context, fs filesystem.Interface, from, to string) error {
	if isLocal(from) {
		return os.Rename(from, to)
	}
	if r, ok := fs.(filesystem.Renamer); ok {
		return r.Rename(ctx, from, to)
	}
	c, okc := fs.(filesystem.Copier)
	r, okr := fs.(filesystem.Remover)
	if !okc || !okr {
		return fmt.Errorf("%s: the filesystem can neither rename nor copy and remove", from)
	}
	if err := c.Copy(ctx, from, to); err != nil {
		return err
	}
	return r.Remove(ctx, from)
}

// isLocal says whether path is on the local filesystem.
func isLocal(path string) bool {
	return !strings.Contains(path, "://")
}

// create opens the file at path for writing: on a local disk with mode
// 0600, elsewhere by the filesystem Beam has for its scheme.
func create(ctx context.Context, path string) (io.WriteCloser, error) {
	if isLocal(path) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, err
		}
		return os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		fs.Close()
		return nil, err
	}
	return closeBoth{w, fs}, nil
}

type closeBoth struct {
	io.WriteCloser
	fs filesystem.Interface
}

func (c closeBoth) Close() error {
	err := c.WriteCloser.Close()
	if ferr := c.fs.Close(); err == nil {
		err = ferr
	}
	return err
}

// writeFile writes data to the file at path.
func writeFile(ctx context.Context, path string, data []byte) error {
	w, err := create(ctx, path)
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return w.Close()
}
