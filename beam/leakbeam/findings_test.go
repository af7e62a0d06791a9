package leakbeam

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// readShards returns the lines of the files that match glob.
func readShards(t *testing.T, glob string) []string {
	t.Helper()
	names, err := filepath.Glob(glob)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if fi, _ := os.Stat(n); fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, want 0600", n, fi.Mode().Perm())
		}
		if s := strings.TrimSuffix(string(data), "\n"); s != "" {
			out = append(out, strings.Split(s, "\n")...)
		}
	}
	return out
}

// payload is a findings line without where the document is: what the CLI
// and the pipeline must agree on.
func payload(t *testing.T, line string) string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		t.Fatalf("line %q: %v", line, err)
	}
	for _, k := range []string{"doc", "line", "file", "offset"} {
		delete(m, k)
	}
	b, _ := json.Marshal(m)
	return string(b)
}

// TestFindingsMatchCLI: the pipeline's findings lines say what the
// CLI's say of the same documents, and each points at its document.
func TestFindingsMatchCLI(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o700)
	names := writeInputs(t, in)

	var want []string
	cliOut := runCLI(t, append([]string{"scan", "--format", "ndjson", "--quiet", "--max-doc-bytes", strconv.Itoa(testMaxDoc)}, names...)...)
	for _, l := range strings.Split(strings.TrimSpace(string(cliOut)), "\n") {
		if p := payload(t, l); p != `{"findings":[]}` {
			want = append(want, p)
		}
	}

	cfg := Config{MaxDocumentBytes: testMaxDoc}
	p, s := beam.NewPipelineWithRoot()
	docs, _ := ReadDocuments(s, ReadOptions{MaxDocumentBytes: testMaxDoc}, filepath.Join(in, "*"))
	WriteSharded(s, filepath.Join(dir, "out", "findings"), ".ndjson", Findings(s, cfg, docs))
	// The temporary file of a bundle that failed goes when the write ends.
	os.Mkdir(filepath.Join(dir, "out"), 0o700)
	stale := filepath.Join(dir, "out", "findings.tmp-0badbundle.ndjson")
	os.WriteFile(stale, []byte("{}\n"), 0o600)
	runPipeline(t, p)
	lines := readShards(t, filepath.Join(dir, "out", "findings-*-of-*.ndjson"))
	if left, _ := filepath.Glob(filepath.Join(dir, "out", "*.tmp-*")); len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
	var got []string
	for _, l := range lines {
		got = append(got, payload(t, l))
	}
	slices.Sort(got)
	slices.Sort(want)
	if len(want) < 500 {
		t.Fatalf("only %d CLI lines with findings: the test input is not what it should be", len(want))
	}
	if !slices.Equal(got, want) {
		t.Fatalf("the pipeline's %d findings lines differ from the CLI's %d", len(got), len(want))
	}

	// A line's file and offset lead to its document (plain files).
	c, err := cfg.classifier(false)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, l := range lines {
		var where struct {
			File   string `json:"file"`
			Offset int64  `json:"offset"`
		}
		json.Unmarshal([]byte(l), &where)
		if !strings.HasSuffix(where.File, ".ndjson") {
			continue
		}
		data, err := os.ReadFile(where.File)
		if err != nil {
			t.Fatal(err)
		}
		rest := data[where.Offset:]
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			rest = rest[:i]
		}
		res, _ := classifyDoc(c, cfg, Doc{Offset: where.Offset, Data: rest, TooLarge: len(bytes.TrimRight(rest, "\r")) > testMaxDoc}, nil)
		if again := string(AppendFindingsLine(nil, where.File, &res)); again != l {
			t.Fatalf("line %s\ndoes not match the document at its offset:\n%s", l, again)
		}
		checked++
	}
	if checked < 300 {
		t.Errorf("only %d lines checked against their documents", checked)
	}
}
