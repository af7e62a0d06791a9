package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), exitCode(err)
}

// TestScanGolden runs the main job on the sample shipped in the repo and
// compares its findings with the golden file.
func TestScanGolden(t *testing.T) {
	out, stderr, code := runCLI(t, "", "scan", "--format", "ndjson", "../../examples/data/wyze-sample.ndjson")
	require.Equal(t, 0, code, stderr)
	golden := filepath.Join("testdata", "wyze-sample.findings.ndjson")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), out, "run with -update to accept the new findings")
	assert.Equal(t, 300, strings.Count(out, "\n"), "one line per document")
}

func TestScanExitCodes(t *testing.T) {
	good := `{"email":"ana@example.org"}` + "\n"
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stderr string
	}{
		{"ok", good, []string{"scan", "-"}, 0, ""},
		{"stdin by default", good, []string{"scan"}, 0, ""},
		{"unreadable document", good + "{bad\n" + good, []string{"scan"}, 3, "1 documents could not be read"},
		{"bad flag", good, []string{"scan", "--nope"}, 2, "flag provided but not defined"},
		{"bad format", good, []string{"scan", "--format", "xml"}, 2, "unknown --format"},
		{"bad confidence", good, []string{"scan", "--min-confidence", "2"}, 2, "--min-confidence"},
		{"missing file", "", []string{"scan", "testdata/nope.ndjson"}, 1, "no such file"},
		{"no command", "", nil, 2, "Usage"},
		{"unknown command", "", []string{"scam"}, 2, "unknown command"},
		{"broken rule file", good, []string{"scan", "--rules", "testdata/broken-rules.yaml"}, 2, "testdata/broken-rules.yaml:"},
		{"no default rules without rules", good, []string{"scan", "--no-default-rules"}, 2, "needs at least one --rules"},
		{"rules check ok", "", []string{"rules", "check", "testdata/custom-rules.yaml"}, 0, ""},
		{"rules check broken", "", []string{"rules", "check", "testdata/broken-rules.yaml"}, 2, "rule x.dup: duplicate id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runCLI(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code, stderr)
			assert.Contains(t, stderr, tt.stderr)
		})
	}
}

func TestScanCustomRules(t *testing.T) {
	in := `{"badge":"EMP-004211","email":"ana@example.org"}` + "\n"
	out, stderr, code := runCLI(t, in, "scan", "--format", "ndjson", "--no-default-rules", "--rules", "testdata/custom-rules.yaml")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, `"path":"/badge","category":"contact","type":"badge-id","rule":"acme.badge"`)
	assert.NotContains(t, out, `/email`, "default rules are off")
}

func TestScanBrokenRuleFileNamesEverything(t *testing.T) {
	_, stderr, code := runCLI(t, "", "scan", "--rules", "testdata/broken-rules.yaml")
	require.Equal(t, 2, code)
	for _, want := range []string{
		"testdata/broken-rules.yaml:5: rule x.regex: value: invalid expression",
		"testdata/broken-rules.yaml:10: rule x.field: unknown field \"valeu\"",
		"testdata/broken-rules.yaml:13: rule x.cat: unknown category \"secrets\"",
		"testdata/broken-rules.yaml:21: rule x.type: keys: want a list of strings",
		"testdata/broken-rules.yaml:28: rule x.dup: duplicate id (first at testdata/broken-rules.yaml:23)",
	} {
		assert.Contains(t, stderr, want)
	}
}

func TestScanRevealsNothing(t *testing.T) {
	in := `{"password":"SECRETMARKER1","email":"marker2@example.org","notes":"call SECRETMARKER3 on +1 415 555 0100"}` + "\n" +
		`{"broken":"SECRETMARKER4` + "\n"
	for _, format := range []string{"ndjson", "text", "json", "html"} {
		out, stderr, code := runCLI(t, in, "scan", "--format", format)
		require.Equal(t, 3, code, format)
		for _, m := range []string{"SECRETMARKER", "marker2", "555 0100"} {
			assert.NotContains(t, out, m, format)
			assert.NotContains(t, stderr, m, format)
		}
	}
}

func TestScanSeveralFiles(t *testing.T) {
	out, stderr, code := runCLI(t, "", "scan", "--format", "ndjson", "../../examples/data/wyze-sample.ndjson", "../../examples/data/wyze-sample.ndjson")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, 600, strings.Count(out, "\n"))
	assert.Contains(t, out, `{"doc":599,`)
	assert.Contains(t, out, `{"doc":300,"line":1,`)
}

func TestScanInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	err := run(ctx, []string{"scan", "../../examples/data/wyze-sample.ndjson"}, nil, &out, &errOut)
	require.Error(t, err)
	assert.Equal(t, 1, exitCode(err))
	assert.Contains(t, errOut.String(), "interrupted")
}

// A user rule that backtracks without end is cut off by the match
// timeout, reported with the rule's name and where, and the scan goes on.
func TestScanRegexDenialOfService(t *testing.T) {
	var in strings.Builder
	for range 20 {
		in.WriteString(`{"v":"` + strings.Repeat("a", 40) + `!","email":"ana@example.org"}` + "\n")
	}
	out, stderr, code := runCLI(t, in.String(), "scan", "--format", "ndjson", "--rules", "testdata/dos-rules.yaml")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, 20, strings.Count(out, "\n"))
	assert.Equal(t, 20, strings.Count(out, `"path":"/email"`), "the neighbours are still found")
	assert.Contains(t, out, `"warning":"rule dos.backtrack: expression timed out"`)
	assert.Contains(t, stderr, "rule dos.backtrack: expression timed out")
	assert.NotContains(t, stderr, "aaaa")
	assert.NotContains(t, out, "aaaa")
}

func TestScanReveal(t *testing.T) {
	in := `{"password":"SECRETMARKER1","n":1}` + "\n"
	out, _, code := runCLI(t, in, "scan", "--format", "ndjson", "--reveal")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"value":"SECRETMARKER1"`)
	out, _, _ = runCLI(t, in, "scan", "--format", "ndjson")
	assert.NotContains(t, out, "SECRETMARKER1")
}

func TestMemoryLimitFor(t *testing.T) {
	for args, want := range map[string]int64{
		"scan x.ndjson":                    reportMemoryLimit,
		"scan --format ndjson x":           memoryLimit,
		"scan --format=ndjson x":           memoryLimit,
		"scan -format json x":              reportMemoryLimit,
		"scan --quiet --format html -":     reportMemoryLimit,
		"redact x":                         memoryLimit,
		"rules check a.yaml":               memoryLimit,
		"scan --workers 2 --format ndjson": memoryLimit,
	} {
		assert.Equal(t, want, memoryLimitFor(strings.Fields(args)), args)
	}
}
