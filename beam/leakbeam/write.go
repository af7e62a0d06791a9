package leakbeam

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// WriteSharded writes lines, a PCollection of string, to shards files
// named prefix-SSSSS-of-NNNNN+suffix, one line an element, each shard
// written by one worker. Lines go to shards by a hash of their content,
// and in no particular order within a shard; a shard that gets no line is
// not written. Local files are made with mode 0600.
func WriteSharded(s beam.Scope, prefix, suffix string, shards int, lines beam.PCollection) {
	s = s.Scope("leakbeam.WriteSharded")
	shards = max(shards, 1)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	grouped := beam.GroupByKey(s, keyed)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Suffix: suffix, Shards: shards}, grouped)
}

// ShardName is the name of shard i of n.
func ShardName(prefix, suffix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d%s", prefix, i, n, suffix)
}

type shardFn struct {
	Shards int `json:"shards"`
}

func (fn *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	io.WriteString(h, line)
	return int(h.Sum32() % uint32(fn.Shards)), line
}

type writeShardFn struct {
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(fn.Prefix, fn.Suffix, shard, fn.Shards)
	w, err := create(ctx, name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		bw.WriteString(line)
		if err := bw.WriteByte('\n'); err != nil {
			w.Close()
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	return w.Close()
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
