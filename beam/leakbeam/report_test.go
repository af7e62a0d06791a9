package leakbeam

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/leakscope/leakscope/classify"
)

// TestScanReportMatchesCLI runs the report pipeline on Prism over files of
// every kind the pipeline reads, the plain ones split into many blocks,
// and checks that it writes the very bytes `leakscope scan --format json`
// writes for the same files: counts, distinct counts, fields, samples and
// bytes read.
func TestScanReportMatchesCLI(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o700)
	names := writeInputs(t, in)

	want := runCLI(t, append([]string{"scan", "--format", "json", "--quiet", "--max-doc-bytes", strconv.Itoa(testMaxDoc)}, names...)...)

	out := filepath.Join(dir, "report.json")
	p, s := beam.NewPipelineWithRoot()
	rep := ScanReport(s, Config{MaxDocumentBytes: testMaxDoc}, filepath.Join(in, "*"))
	WriteReport(s, out, rep)
	runPipeline(t, p)

	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		os.WriteFile(filepath.Join(os.TempDir(), "leakbeam-want.json"), want, 0o600)
		os.WriteFile(filepath.Join(os.TempDir(), "leakbeam-got.json"), got, 0o600)
		t.Fatalf("the pipeline's report (%d bytes) differs from the CLI's (%d bytes); both written to %s as leakbeam-{got,want}.json",
			len(got), len(want), os.TempDir())
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("report file mode %v, want 0600 (err %v)", fi.Mode().Perm(), err)
	}

	// The input has what the test means it to have.
	var r classify.Report
	if err := r.UnmarshalJSON(got); err != nil {
		t.Fatal(err)
	}
	if r.Documents < 800 || r.Unreadable < 8 || r.Bytes == 0 {
		t.Errorf("report of %d documents, %d unreadable, %d bytes: the test input is not what it should be", r.Documents, r.Unreadable, r.Bytes)
	}
}

// TestScanReportEmpty: no document still makes a report, as the CLI's.
func TestScanReportEmpty(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.ndjson")
	os.WriteFile(empty, []byte("\n\n"), 0o600)
	want := runCLI(t, "scan", "--format", "json", "--quiet", empty)

	out := filepath.Join(dir, "report.json")
	p, s := beam.NewPipelineWithRoot()
	WriteReport(s, out, ScanReport(s, Config{}, empty))
	runPipeline(t, p)
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("report of an empty input:\n%s\nwant\n%s", got, want)
	}
}

// TestMergeReportsFnOrderFree merges the reports of parts of an input
// through the coder, in two different groupings, and checks both encode
// as the report of the whole.
func TestMergeReportsFnOrderFree(t *testing.T) {
	c, err := Config{}.classifier(true)
	if err != nil {
		t.Fatal(err)
	}
	ds := docs(21, 300)
	whole := classify.NewReport(classify.ReportOptions{Rules: c.Rules()})
	parts := make([]*classify.Report, 7)
	for i := range parts {
		parts[i] = classify.NewReport(classify.ReportOptions{Rules: c.Rules()})
	}
	var buf []classify.Finding
	for i, d := range ds {
		var res classify.Result
		res, buf = classifyDoc(c, Config{}, Doc{Data: d}, buf[:0])
		whole.Add(res)
		parts[(i*i)%len(parts)].Add(res)
	}
	// Through the coder, as Beam moves accumulators.
	for i, p := range parts {
		b, err := encodeReport(p)
		if err != nil {
			t.Fatal(err)
		}
		if parts[i], err = decodeReport(b); err != nil {
			t.Fatal(err)
		}
	}
	fn := &MergeReportsFn{}
	left := fn.CreateAccumulator()
	for _, p := range parts {
		if left, err = fn.AddInput(left, p); err != nil {
			t.Fatal(err)
		}
	}
	a, b := fn.CreateAccumulator(), fn.CreateAccumulator()
	for i := len(parts) - 1; i >= 0; i-- {
		acc := &a
		if i%2 == 0 {
			acc = &b
		}
		if *acc, err = fn.AddInput(*acc, parts[i]); err != nil {
			t.Fatal(err)
		}
	}
	right, err := fn.MergeAccumulators(b, a)
	if err != nil {
		t.Fatal(err)
	}
	want := reportJSON(t, whole)
	for name, r := range map[string]*classify.Report{"in order": fn.ExtractOutput(left), "two groups, reversed": fn.ExtractOutput(right)} {
		if got := reportJSON(t, r); !bytes.Equal(got, want) {
			t.Errorf("%s: merged report differs from the whole's", name)
		}
	}
}

func reportJSON(t *testing.T, r *classify.Report) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteReportJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
