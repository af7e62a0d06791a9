package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/corpus"
)

const wyzeSample = "../../examples/data/wyze-sample.ndjson"

// TestReportGolden checks the text and JSON reports of the shipped sample
// against their golden files (go test -update rewrites them).
func TestReportGolden(t *testing.T) {
	for _, tt := range []struct{ format, golden string }{
		{"text", "wyze-sample.report.txt"},
		{"json", "wyze-sample.report.json"},
	} {
		t.Run(tt.format, func(t *testing.T) {
			out, stderr, code := runCLI(t, "", "scan", "--format", tt.format, wyzeSample)
			require.Equal(t, 0, code, stderr)
			golden := filepath.Join("testdata", tt.golden)
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), out, "run with -update to accept the new report")
		})
	}
}

// The text report is the list Wyze had to write by hand.
func TestReportReadsLikeABreachNotice(t *testing.T) {
	out, stderr, code := runCLI(t, "", "scan", wyzeSample)
	require.Equal(t, 0, code, stderr)
	for _, want := range []string{
		"300 documents read (0 unreadable)",
		"contact ", "e-mail addresses in", "names in",
		"/_source/shared_with/*", // e-mails of the people cameras were shared with
		"device nicknames in", "device models in", "firmware and app versions in",
		"/_source/cameras/*/nickname",
		"Wi-Fi SSIDs in", "subnets in", "192.168.*.*/24",
		"OAuth tokens (Alexa, Google …) in", "Atza|***", "secrets and access tokens in",
		"body metrics (height, weight, body fat, bone …) in",
	} {
		assert.Contains(t, out, want)
	}
}

func writeCorpus(t *testing.T, seed int64, n int) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, corpus.WriteNDJSON(&buf, corpus.Generate(seed, n)))
	buf.WriteString(`{"email":"broken@example.org"` + "\n")
	name := filepath.Join(t.TempDir(), "dump.ndjson")
	require.NoError(t, os.WriteFile(name, buf.Bytes(), 0o600))
	return name
}

type reportDoc struct {
	Documents  int64 `json:"documents"`
	Skipped    int64 `json:"skipped"`
	Unreadable int64 `json:"unreadable"`
	Estimated  bool  `json:"estimated"`
	InputBytes int64 `json:"input_bytes"`
	Categories map[string]struct {
		Documents, Values, Distinct int64
		Estimate                    *struct{ Documents, Values, Distinct int64 }
	} `json:"categories"`
	Paths []struct {
		Path                        string
		Documents, Values, Distinct int64
		Categories, Types           map[string]int64
		Sample                      string
	} `json:"paths"`
}

// The JSON report's counts are those of --format ndjson on the same
// input, per category and per field, exactly; distinct counts are within
// 2% of the exact counts of the revealed values.
func TestReportAgreesWithNDJSON(t *testing.T) {
	n := 2000
	if testing.Short() {
		n = 500
	}
	for _, tt := range []struct {
		name  string
		input string
		flags []string
	}{
		{"wyze sample", wyzeSample, nil},
		{"corpus", writeCorpus(t, 31, n), nil},
		{"corpus sampled", writeCorpus(t, 32, n), []string{"--sample-rate", "0.4"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, _ := runCLI(t, "", append(append([]string{"scan", "--format", "json"}, tt.flags...), tt.input)...)
			var rep reportDoc
			require.NoError(t, json.Unmarshal([]byte(out), &rep), stderr)
			findings, _, _ := runCLI(t, "", append(append([]string{"scan", "--format", "ndjson", "--reveal"}, tt.flags...), tt.input)...)

			type pathWant struct {
				documents, values int64
				categories, types map[string]int64
				distinct          map[string]bool
			}
			catDocs, catValues := map[string]int64{}, map[string]int64{}
			catDistinct := map[string]map[string]bool{}
			paths := map[string]*pathWant{}
			lines, unreadable := int64(0), int64(0)
			for line := range strings.Lines(findings) {
				lines++
				var l struct {
					Error    string
					Findings []struct{ Path, Category, Type, Value string }
				}
				require.NoError(t, json.Unmarshal([]byte(line), &l))
				if l.Error != "" {
					unreadable++
				}
				seenCat, seenPath, seenLeaf := map[string]bool{}, map[string]bool{}, map[string]bool{}
				for _, f := range l.Findings {
					catValues[f.Category]++
					if catDistinct[f.Category] == nil {
						catDistinct[f.Category] = map[string]bool{}
					}
					catDistinct[f.Category][f.Value] = true
					if !seenCat[f.Category] {
						seenCat[f.Category] = true
						catDocs[f.Category]++
					}
					np := classify.NormalizePath(f.Path)
					p := paths[np]
					if p == nil {
						p = &pathWant{categories: map[string]int64{}, types: map[string]int64{}, distinct: map[string]bool{}}
						paths[np] = p
					}
					if !seenPath[np] {
						seenPath[np] = true
						p.documents++
					}
					if !seenLeaf[f.Path] {
						seenLeaf[f.Path] = true
						p.values++
						p.distinct[f.Value] = true
					}
					p.categories[f.Category]++
					p.types[f.Type]++
				}
			}
			assert.Equal(t, lines, rep.Documents-rep.Skipped, "one line per classified document")
			assert.Equal(t, unreadable, rep.Unreadable)
			assert.Equal(t, tt.flags != nil, rep.Estimated)
			for name, c := range rep.Categories {
				assert.Equal(t, catDocs[name], c.Documents, "%s documents", name)
				assert.Equal(t, catValues[name], c.Values, "%s values", name)
				exact := int64(len(catDistinct[name]))
				assert.InDelta(t, exact, c.Distinct, 0.02*float64(exact)+0.5, "%s distinct", name)
				assert.Equal(t, rep.Estimated, c.Estimate != nil, "%s estimate", name)
			}
			require.Equal(t, len(paths), len(rep.Paths), "fields")
			for _, p := range rep.Paths {
				w := paths[p.Path]
				require.NotNil(t, w, p.Path)
				assert.Equal(t, w.documents, p.Documents, p.Path)
				assert.Equal(t, w.values, p.Values, p.Path)
				assert.Equal(t, w.categories, p.Categories, p.Path)
				assert.Equal(t, w.types, p.Types, p.Path)
				assert.Equal(t, int64(len(w.distinct)), p.Distinct, p.Path)
			}
		})
	}
}

// No raw value of the sample is in any report: text, JSON or HTML.
func TestReportRevealsNoValue(t *testing.T) {
	findings, _, code := runCLI(t, "", "scan", "--format", "ndjson", "--reveal", wyzeSample)
	require.Equal(t, 0, code)
	outputs := map[string]string{}
	for _, format := range []string{"text", "json", "html"} {
		out, _, code := runCLI(t, "", "scan", "--format", format, wyzeSample)
		require.Equal(t, 0, code)
		// Sketches and sample keys are hashes, in base64 and hex.
		outputs[format] = regexp.MustCompile(`"(sketch|fields_sketch|sample_key)":"[^"]*"`).ReplaceAllString(out, "")
	}
	var names strings.Builder // what a report must show: fields and types
	jsonOut, _, _ := runCLI(t, "", "scan", "--format", "json", wyzeSample)
	for _, m := range regexp.MustCompile(`"(path|type)":"[^"]*"|"types":\{[^}]*\}`).FindAllString(jsonOut, -1) {
		names.WriteString(m)
	}
	checked := 0
	for _, m := range regexp.MustCompile(`"value":"((?:[^"\\]|\\.)*)"`).FindAllStringSubmatch(findings, -1) {
		v := m[1]
		if len(v) < 6 || strings.Contains(names.String(), v) {
			continue
		}
		checked++
		for format, out := range outputs {
			if strings.Contains(out, v) {
				t.Fatalf("the %s report holds a raw value (%d bytes)", format, len(v))
			}
		}
	}
	assert.Greater(t, checked, 3000)
}

func TestReportSampleFlags(t *testing.T) {
	fi, err := os.Stat(wyzeSample)
	require.NoError(t, err)

	out, stderr, code := runCLI(t, "", "scan", "--format", "json", "--sample", "50", wyzeSample)
	require.Equal(t, 0, code, stderr)
	var rep reportDoc
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.Equal(t, int64(50), rep.Documents)
	assert.True(t, rep.Estimated)
	assert.Equal(t, fi.Size(), rep.InputBytes)
	assert.InDelta(t, 300, rep.Categories["contact"].Estimate.Documents, 60, "scaled by the bytes read")

	out, _, code = runCLI(t, "", "scan", "--sample", "50", wyzeSample)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "ESTIMATES: the first 50 documents")
	assert.Regexp(t, `contact +~\d+ documents`, out)

	data, err := os.ReadFile(wyzeSample)
	require.NoError(t, err)
	out, _, code = runCLI(t, string(data), "scan", "--sample", "50", "-")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "PARTIAL: the first 50 documents only")
	assert.NotContains(t, out, "~")

	out, _, code = runCLI(t, "", "scan", "--sample", "1000", wyzeSample)
	require.Equal(t, 0, code)
	assert.NotContains(t, out, "ESTIMATES")
	assert.NotContains(t, out, "PARTIAL")

	out, _, code = runCLI(t, "", "scan", "--format", "html", "--sample-rate", "0.5", wyzeSample)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "ESTIMATES: ")
	assert.Contains(t, out, "~")

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "ndjson", "--sample", "5"}, "--sample works with the report formats"},
		{[]string{"--reveal"}, "--reveal works with --format ndjson only"},
		{[]string{"--sample-rate", "1.5"}, "--sample-rate 1.5"},
		{[]string{"--sample", "-1"}, "--sample -1"},
	} {
		_, stderr, code := runCLI(t, "", append(append([]string{"scan"}, tt.args...), wyzeSample)...)
		assert.Equal(t, 2, code, tt.args)
		assert.Contains(t, stderr, tt.want)
	}
}

func TestReportHTML(t *testing.T) {
	out, stderr, code := runCLI(t, "", "scan", "--format", "html", wyzeSample)
	require.Equal(t, 0, code, stderr)
	assert.True(t, strings.HasPrefix(out, "<!doctype html>"))
	for _, bad := range []string{"<script", "<link", "src=", "href=", "@import", "url(", "@font-face", "ZgotmplZ"} {
		assert.NotContains(t, out, bad)
	}
	for _, want := range []string{"<svg", "credential", "health", "nickname", "300"} {
		assert.Contains(t, out, want)
	}
}

func TestRenderProgress(t *testing.T) {
	tests := []struct {
		name        string
		file        string
		read, total int64
		elapsed     time.Duration
		width       int
		want        string
	}{
		{"start", "dump.ndjson.gz", 0, 1_000_000, 0, 80,
			"dump.ndjson.gz   [>                 ]   0% 0 B/1.0 MB 0 B/s ETA --:--"},
		{"half", "/data/dump.ndjson.gz", 500_000_000, 1_000_000_000, 10 * time.Second, 80,
			"dump.ndjson.gz   [=========>        ]  50% 500.0 MB/1.00 GB 50.0 MB/s ETA 0:10"},
		{"done", "dump.ndjson", 2_000_000, 2_000_000, 2 * time.Second, 80,
			"dump.ndjson      [==================] 100% 2.0 MB/2.0 MB 1.0 MB/s ETA 0:00"},
		{"read past a stale size", "a", 3_000, 2_000, time.Second, 80,
			"a                [==================] 100% 2.0 KB/2.0 KB 3.0 KB/s ETA 0:00"},
		{"unknown size", "-", 5_000_000, -1, 5 * time.Second, 80,
			"stdin            5.0 MB read 1.0 MB/s 0:05"},
		{"long name, hours", "a-very-long-file-name.ndjson", 1, 100_000, 3600 * time.Second, 80,
			"a-very-long-fil… [>                 ]   0% 1 B/100.0 KB 0 B/s ETA --:--"},
		{"narrow", "x", 1, 2, time.Second, 30, "x                 50% 1 B/2 B "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := renderProgress(tt.file, tt.read, tt.total, tt.elapsed, tt.width)
			assert.Equal(t, tt.want, got)
			assert.LessOrEqual(t, len([]rune(got)), tt.width)
		})
	}
}

// Nothing is drawn when standard error is not a terminal, or under
// --quiet; on a terminal, a bar is drawn and cleared.
func TestProgressOnlyOnATerminal(t *testing.T) {
	_, stderr, code := runCLI(t, "", "scan", wyzeSample)
	require.Equal(t, 0, code)
	assert.Empty(t, stderr, "not a terminal")

	old := isTerminal
	t.Cleanup(func() { isTerminal = old })
	isTerminal = func(io.Writer) bool { return true }

	_, stderr, code = runCLI(t, "", "scan", "--quiet", wyzeSample)
	require.Equal(t, 0, code)
	assert.Empty(t, stderr, "--quiet")

	var buf bytes.Buffer
	cr := &countingReader{}
	cr.n.Store(500)
	p := startProgress(&buf, false, "dump.ndjson", 1000, cr)
	require.NotNil(t, p)
	time.Sleep(progressEvery + progressEvery/2)
	p.stop()
	assert.Contains(t, buf.String(), " 50% 500 B/1.0 KB")
	assert.True(t, strings.HasSuffix(buf.String(), "\r\x1b[K"), "the line is cleared")
}
