package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leakscope/leakscope/corpus"
)

// writeDump writes n generated documents as NDJSON to path, gzipped if
// its name ends in .gz, with extra lines appended.
func writeDump(t *testing.T, path string, seed int64, n int, extra ...string) {
	t.Helper()
	var b bytes.Buffer
	g := corpus.NewGenerator(seed)
	for range n {
		b.Write(g.Next().JSON)
		b.WriteByte('\n')
	}
	for _, e := range extra {
		b.WriteString(e + "\n")
	}
	data := b.Bytes()
	if strings.HasSuffix(path, ".gz") {
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(data)
		zw.Close()
		data = z.Bytes()
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// cliReport runs `leakscope scan --format json` of the root module on the
// files.
func cliReport(t *testing.T, files ...string) []byte {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "leakscope")
	build := exec.Command("go", "build", "-o", bin, "./cmd/leakscope")
	build.Dir = filepath.Join("..", "..", "..")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the CLI: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, append([]string{"scan", "--format", "json", "--quiet"}, files...)...)
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
		err = nil
	}
	if err != nil {
		t.Fatalf("leakscope scan: %v", err)
	}
	return out
}

// TestReportMode: leakscope-beam --input GLOB --output FILE writes what
// leakscope scan --format json prints for the same files, and exits as it
// does when some documents could not be read.
func TestReportMode(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "part-1.ndjson"), filepath.Join(dir, "part-2.ndjson.gz")
	writeDump(t, a, 41, 250, `{"email": "trunc`)
	writeDump(t, b, 42, 150)
	want := cliReport(t, a, b)

	out := filepath.Join(dir, "out", "report.json")
	var stderr bytes.Buffer
	err := run(context.Background(), []string{"--input", filepath.Join(dir, "part-*"), "--output", out}, &stderr)
	if !errors.Is(err, errUnreadable) || exitCode(err) != exitUnreadable {
		t.Errorf("run: %v (exit %d), want exit %d: one document is broken", err, exitCode(err), exitUnreadable)
	}
	if !strings.Contains(stderr.String(), "401 documents, 1 unreadable") {
		t.Errorf("summary %q, want the counts", stderr.String())
	}
	got, rerr := os.ReadFile(out)
	if rerr != nil {
		t.Fatal(rerr)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("report differs from the CLI's:\n%.600s\nwant\n%.600s", got, want)
	}
}

// TestFindingsAndRedactModes write sharded files.
func TestFindingsAndRedactModes(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "dump.ndjson")
	writeDump(t, in, 43, 120)
	ctx := context.Background()
	var stderr bytes.Buffer
	if err := run(ctx, []string{"--input", in, "--output", filepath.Join(dir, "f", "findings"), "--mode", "findings", "--quiet"}, &stderr); err != nil {
		t.Fatalf("findings: %v\n%s", err, stderr.String())
	}
	shards, _ := filepath.Glob(filepath.Join(dir, "f", "findings-*-of-*.ndjson"))
	if len(shards) == 0 {
		t.Fatal("no findings shards")
	}
	key := filepath.Join(dir, "key")
	os.WriteFile(key, []byte("a key of thirty-two bytes, 32 b."), 0o600)
	if err := run(ctx, []string{"--input", in, "--output", filepath.Join(dir, "r", "clean"), "--mode", "redact", "--hash", "contact", "--key-file", key, "--quiet"}, &stderr); err != nil {
		t.Fatalf("redact: %v\n%s", err, stderr.String())
	}
	clean, _ := filepath.Glob(filepath.Join(dir, "r", "clean-*-of-*.ndjson"))
	n := 0
	for _, s := range clean {
		data, _ := os.ReadFile(s)
		n += bytes.Count(data, []byte("\n"))
		if !bytes.Contains(data, []byte(`"h:`)) {
			t.Errorf("%s: no pseudonym", s)
		}
	}
	if n != 120 {
		t.Errorf("%d documents redacted, want 120", n)
	}
}

func TestUsage(t *testing.T) {
	ctx := context.Background()
	for _, args := range [][]string{
		{"--output", "x"},
		{"--input", "x"},
		{"--input", "x", "--output", "y", "--mode", "tally"},
		{"--input", "x", "--output", "y", "--policy", "p.yaml"},
		{"--input", "x", "--output", "y", "--mode", "redact", "--hash", "contact"},
		{"--input", "x", "--output", "y", "--min-confidence", "2"},
		{"--input", "x", "--output", "y", "extra"},
	} {
		var stderr bytes.Buffer
		if err := run(ctx, args, &stderr); exitCode(err) != exitUsage {
			t.Errorf("%q: %v (exit %d), want exit %d", args, err, exitCode(err), exitUsage)
		}
	}
}
