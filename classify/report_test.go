package classify

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/corpus"
	"github.com/leakscope/leakscope/rules"
)

// reportInput is corpus documents with two unreadable ones among them.
func reportInput(t testing.TB, seed int64, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, corpus.WriteNDJSON(&buf, corpus.Generate(seed, n)))
	lines := bytes.SplitAfter(buf.Bytes(), []byte("\n"))
	var out bytes.Buffer
	for i, l := range lines {
		out.Write(l)
		if i == len(lines)/3 || i == len(lines)/2 {
			out.WriteString(`{"email":"broken@example.org",` + "\n")
		}
	}
	return out.Bytes()
}

// fromFindings is the report computed by hand from the findings contract.
type fromFindings struct {
	documents, unreadable, skipped int64
	catDocs, catValues             [rules.NumCategories]int64
	catValuesSeen                  [rules.NumCategories]map[string]bool
	paths                          map[string]*pathCount
}

type pathCount struct {
	documents, values int64
	categories        map[string]int64
	types             map[string]int64
	values1           map[string]bool
}

type ndjsonLine struct {
	Doc      int64  `json:"doc"`
	Error    string `json:"error"`
	Findings []struct {
		Path     string `json:"path"`
		Category string `json:"category"`
		Type     string `json:"type"`
		Value    string `json:"value"`
	} `json:"findings"`
}

func countFindings(t *testing.T, out []byte, stats Stats) *fromFindings {
	t.Helper()
	ff := &fromFindings{documents: stats.Documents, skipped: stats.Skipped, paths: map[string]*pathCount{}}
	for i := range ff.catValuesSeen {
		ff.catValuesSeen[i] = map[string]bool{}
	}
	for line := range bytes.Lines(out) {
		var l ndjsonLine
		require.NoError(t, json.Unmarshal(line, &l))
		if l.Error != "" {
			ff.unreadable++
			continue
		}
		catSeen := map[rules.Category]bool{}
		pathSeen := map[string]bool{}
		leafSeen := map[string]bool{}
		for _, f := range l.Findings {
			cat, ok := rules.ParseCategory(f.Category)
			require.True(t, ok)
			ff.catValues[cat]++
			ff.catValuesSeen[cat][f.Value] = true
			if !catSeen[cat] {
				catSeen[cat] = true
				ff.catDocs[cat]++
			}
			np := NormalizePath(f.Path)
			pc := ff.paths[np]
			if pc == nil {
				pc = &pathCount{categories: map[string]int64{}, types: map[string]int64{}, values1: map[string]bool{}}
				ff.paths[np] = pc
			}
			if !leafSeen[f.Path] {
				leafSeen[f.Path] = true
				pc.values++
				pc.values1[f.Value] = true
			}
			if !pathSeen[np] {
				pathSeen[np] = true
				pc.documents++
			}
			pc.categories[f.Category]++
			pc.types[f.Type]++
		}
	}
	return ff
}

// The report's counts are those of the findings contract on the same
// input, exactly; its distinct counts are within 2% of exact.
func TestReportAgreesWithNDJSON(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 800
	}
	input := reportInput(t, 21, n)
	for _, rate := range []float64{0, 0.3} {
		t.Run(fmt.Sprintf("rate=%v", rate), func(t *testing.T) {
			c, err := New(nil, Options{Reveal: true, SampleRate: rate})
			require.NoError(t, err)
			var out bytes.Buffer
			stats, err := c.WriteNDJSON(context.Background(), bytes.NewReader(input), &out, NDJSONOptions{})
			require.NoError(t, err)
			want := countFindings(t, out.Bytes(), stats)

			plain, err := New(nil, Options{SampleRate: rate}) // the report reveals values to itself
			require.NoError(t, err)
			// Corpus documents vary the spelling of their keys: more fields than the default cap.
			rep, err := plain.Report(context.Background(), bytes.NewReader(input), ReportOptions{MaxPaths: 1 << 20})
			require.NoError(t, err)

			assert.Equal(t, want.documents, rep.Documents)
			assert.Equal(t, want.unreadable, rep.Unreadable)
			if rate == 0 {
				assert.Equal(t, int64(2), rep.Unreadable, "both broken lines")
			}
			assert.Equal(t, want.skipped, rep.Skipped)
			assert.Equal(t, int64(len(input)), rep.Bytes)
			assert.Equal(t, rate > 0, rep.Estimated())
			var findings int64
			for _, cs := range rep.Categories() {
				findings += cs.Values
				assert.Equal(t, want.catDocs[cs.Category], cs.Documents, "%s documents", cs.Category)
				assert.Equal(t, want.catValues[cs.Category], cs.Values, "%s values", cs.Category)
				exact := int64(len(want.catValuesSeen[cs.Category]))
				assert.InEpsilon(t, exact+1, cs.Distinct+1, 0.02, "%s distinct", cs.Category)
				if exact <= 4096 {
					assert.Equal(t, exact, cs.Distinct, "%s distinct is exact while small", cs.Category)
				}
				var typeValues int64
				for _, ts := range cs.Types {
					typeValues += ts.Values
				}
				assert.Equal(t, cs.Values, typeValues, "%s: its types add up", cs.Category)
			}
			assert.Equal(t, stats.Findings, findings)

			require.Len(t, rep.Paths(), len(want.paths))
			for _, ps := range rep.Paths() {
				w := want.paths[ps.Path]
				require.NotNil(t, w, ps.Path)
				assert.Equal(t, w.values, ps.Values, "%s values", ps.Path)
				assert.Equal(t, w.documents, ps.Documents, "%s documents", ps.Path)
				assert.Equal(t, w.types, ps.Types, "%s types", ps.Path)
				assert.Equal(t, int64(len(w.values1)), ps.Distinct, "%s distinct", ps.Path)
				got := map[string]int64{}
				for i, n := range ps.Categories {
					if n > 0 {
						got[rules.Category(i).String()] = n
					}
				}
				assert.Equal(t, w.categories, got, "%s categories", ps.Path)
				assert.NotEmpty(t, ps.Sample, ps.Path)
			}
		})
	}
}

func reportOf(t testing.TB, c *Classifier, input []byte, opts ReportOptions) *Report {
	t.Helper()
	rep, err := c.Report(context.Background(), bytes.NewReader(input), opts)
	require.NoError(t, err)
	return rep
}

func encode(t testing.TB, r *Report) []byte {
	t.Helper()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	return b
}

// Two halves of a file, reported apart and merged, are the report of the
// whole, byte for byte: directly, through JSON, and past the field cap.
func TestReportMergeHalves(t *testing.T) {
	input := reportInput(t, 22, 1200)
	cut := bytes.IndexByte(input[len(input)/2:], '\n') + len(input)/2 + 1
	c, err := New(nil, Options{})
	require.NoError(t, err)
	for _, maxPaths := range []int{0, 40} {
		t.Run(fmt.Sprint("maxPaths=", maxPaths), func(t *testing.T) {
			opts := ReportOptions{MaxPaths: maxPaths}
			whole := reportOf(t, c, input, opts)
			first := reportOf(t, c, input[:cut], opts)
			second := reportOf(t, c, input[cut:], opts)
			if maxPaths > 0 {
				_, fields, ok := whole.Other()
				require.True(t, ok, "the cap is reached")
				assert.Greater(t, fields, int64(100))
				assert.Len(t, whole.Paths(), maxPaths)
			}
			want := encode(t, whole)

			merged := NewReport(opts)
			require.NoError(t, merged.Merge(first))
			require.NoError(t, merged.Merge(second))
			assert.Equal(t, string(want), string(encode(t, merged)))

			// Through JSON, as a distributed combine would.
			a, b := NewReport(opts), NewReport(opts)
			require.NoError(t, json.Unmarshal(encode(t, first), a))
			require.NoError(t, json.Unmarshal(encode(t, second), b))
			require.NoError(t, a.Merge(b))
			assert.Equal(t, string(want), string(encode(t, a)))

			// In the other order the counts still add up.
			rev := NewReport(opts)
			require.NoError(t, rev.Merge(second))
			require.NoError(t, rev.Merge(first))
			assert.Equal(t, whole.Categories(), rev.Categories())
		})
	}
}

func TestReportJSONRoundTrip(t *testing.T) {
	c, err := New(nil, Options{SampleRate: 0.5})
	require.NoError(t, err)
	rep := reportOf(t, c, reportInput(t, 23, 300), ReportOptions{})
	b := encode(t, rep)
	var back Report
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, string(b), string(encode(t, &back)))
	assert.Equal(t, rep.Categories(), back.Categories())
	assert.Equal(t, rep.Paths(), back.Paths())

	var shape map[string]any
	require.NoError(t, json.Unmarshal(b, &shape))
	for _, k := range []string{"documents", "unreadable", "bytes", "categories", "paths", "estimated", "scale"} {
		assert.Contains(t, shape, k)
	}
	assert.Equal(t, true, shape["estimated"])
	cats := shape["categories"].(map[string]any)
	assert.Len(t, cats, rules.NumCategories)
	contact := cats["contact"].(map[string]any)
	for _, k := range []string{"documents", "values", "distinct", "types", "estimate", "sketch"} {
		assert.Contains(t, contact, k)
	}
	path := shape["paths"].([]any)[0].(map[string]any)
	for _, k := range []string{"path", "values", "documents", "distinct", "categories", "types", "sample", "sketch"} {
		assert.Contains(t, path, k)
	}
}

func TestReportUnmarshalErrors(t *testing.T) {
	c, err := New(nil, Options{})
	require.NoError(t, err)
	good := string(encode(t, reportOf(t, c, []byte(`{"email":"ana@example.org"}`+"\n"), ReportOptions{})))
	tests := []struct {
		name, in, want string
	}{
		{"not JSON", `{`, "report: unexpected end"},
		{"other format", `{"format":9}`, "format 9"},
		{"unknown category", `{"format":1,"categories":{"secrets":{"sketch":"AQ4AAA=="}}}`, `unknown category "secrets"`},
		{"bad sketch", strings.Replace(good, `"sketch":"AQ4`, `"sketch":"Ag4`, 1), "field /email: sketch format 2"},
		{"field twice", `{"format":1,"paths":[{"path":"/a","sketch":"AQ4AAA=="},{"path":"/a","sketch":"AQ4AAA=="}]}`, "field /a listed twice"},
		{"field category", `{"format":1,"paths":[{"path":"/a","categories":{"x":1},"sketch":"AQ4AAA=="}]}`, `field /a: unknown category "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Report
			err := r.UnmarshalJSON([]byte(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// No raw value gets into a report, in its samples or anywhere else,
// unless it is also a name the report must show (a field, a type).
func TestReportHoldsNoRawValue(t *testing.T) {
	input := reportInput(t, 24, 1500)
	c, err := New(nil, Options{Reveal: true})
	require.NoError(t, err)
	rep := reportOf(t, c, input, ReportOptions{})
	// Sketches and sample keys are hashes: base64 and hex digits.
	out := regexp.MustCompile(`"(sketch|fields_sketch|sample_key)":"[^"]*"`).ReplaceAllString(string(encode(t, rep)), "")
	var names strings.Builder
	for _, ps := range rep.Paths() {
		names.WriteString(ps.Path + "\n")
		for ty := range maps.Keys(ps.Types) {
			names.WriteString(ty + "\n")
		}
	}
	checked := 0
	for res, err := range c.Stream(context.Background(), bytes.NewReader(input)) {
		require.NoError(t, err)
		for _, f := range res.Findings {
			v := f.Value
			if len(v) < 6 || strings.Contains(names.String(), v) {
				continue
			}
			checked++
			if strings.Contains(out, v) {
				i := strings.Index(out, v)
				t.Fatalf("the report holds a raw value of %s (%s): %q in %q", f.Path, f.Type, v, out[max(0, i-80):i+len(v)+20])
			}
		}
	}
	assert.Greater(t, checked, 10000)
}

func TestReportSampleRateScales(t *testing.T) {
	input := reportInput(t, 25, 4000)
	full := reportOf(t, mustNew(t, Options{}), input, ReportOptions{})
	half := reportOf(t, mustNew(t, Options{SampleRate: 0.5}), input, ReportOptions{})
	require.True(t, half.Estimated())
	require.False(t, full.Estimated())
	assert.InDelta(t, 2, half.Scale(), 0.1)
	fc, hc := full.Categories(), half.Categories()
	for i := range fc {
		assert.Equal(t, fc[i].Counts, fc[i].Estimate, "a full report's estimate is its count")
		assert.InEpsilon(t, fc[i].Documents, hc[i].Estimate.Documents, 0.1, "%s documents", fc[i].Category)
		assert.InEpsilon(t, fc[i].Values, hc[i].Estimate.Values, 0.1, "%s values", fc[i].Category)
		assert.InEpsilon(t, fc[i].Distinct, hc[i].Estimate.Distinct, 0.2, "%s distinct", fc[i].Category)
	}
}

func mustNew(t testing.TB, o Options) *Classifier {
	c, err := New(nil, o)
	require.NoError(t, err)
	return c
}

// A share of the first bytes of a larger input scales as a sample does.
func TestReportInputBytesScales(t *testing.T) {
	r := NewReport(ReportOptions{})
	r.Documents, r.Bytes, r.InputBytes = 100, 1000, 10_000
	assert.True(t, r.Estimated())
	assert.InDelta(t, 10, r.Scale(), 1e-9)
	assert.Equal(t, int64(1000), r.EstimatedDocuments())
}

func TestScaleDistinct(t *testing.T) {
	tests := []struct {
		name        string
		d, v        int64
		q           float64
		lo, hi      int64
		description string
	}{
		{"complete", 50, 100, 1, 50, 50, "nothing to scale"},
		{"all distinct", 100, 100, 0.1, 1000, 1000, "scales as the values"},
		{"few repeated", 10, 10_000, 0.1, 10, 10, "a field of ten values stays ten"},
		{"each twice", 95, 100, 0.5, 100, 1000, "somewhere between"},
		{"none", 0, 0, 0.1, 0, 0, ""},
	}
	for _, tt := range tests {
		got := ScaleDistinct(tt.d, tt.v, tt.q)
		assert.GreaterOrEqual(t, got, tt.lo, tt.name)
		assert.LessOrEqual(t, got, tt.hi, tt.name)
	}
	// Simulated: 2,000 values each 5 times, a 20% sample.
	var d, v int64
	seen := map[int]bool{}
	for i := range 10_000 {
		if sampledIndex(i, 0.2) {
			v++
			if !seen[i%2000] {
				seen[i%2000] = true
				d++
			}
		}
	}
	got := ScaleDistinct(d, v, 0.2)
	assert.InEpsilon(t, 2000, got, 0.1, "d=%d v=%d", d, v)
}

func sampledIndex(i int, q float64) bool {
	o := Options{SampleRate: q}
	return o.sampled(int64(i))
}

func TestReportFieldCap(t *testing.T) {
	r := NewReport(ReportOptions{MaxPaths: 2})
	for i := range 10 {
		r.Add(Result{Findings: []Finding{{Path: fmt.Sprintf("/f%c", 'a'+i), Category: rules.Contact, Type: "email", Value: fmt.Sprint(i, "@x.org")}}})
	}
	// The two fields of least path hash are kept.
	all := []string{}
	for i := range 10 {
		all = append(all, fmt.Sprintf("/f%c", 'a'+i))
	}
	slices.SortFunc(all, func(a, b string) int { return cmp.Compare(hashValue(a), hashValue(b)) })
	want := all[:2]
	slices.Sort(want)
	assert.Equal(t, want, pathNames(r))
	other, fields, ok := r.Other()
	require.True(t, ok)
	assert.Equal(t, int64(8), fields)
	assert.Equal(t, int64(8), other.Values)
	assert.Equal(t, int64(0), other.Documents, "not counted")
	assert.Equal(t, int64(10), r.Categories()[rules.Contact].Values)
}

func pathNames(r *Report) []string {
	var out []string
	for _, p := range r.Paths() {
		out = append(out, p.Path)
	}
	return out
}

// One leaf with two categories is one value of its field; the values of
// an array fold into one field.
func TestReportAddCounts(t *testing.T) {
	r := NewReport(ReportOptions{})
	r.Add(Result{Findings: []Finding{
		{Path: "/cams/0/router", Category: rules.NetworkLayout, Type: "ssid", Value: "HomeNet", Start: 10},
		{Path: "/cams/0/router", Category: rules.DeviceInventory, Type: "device-name", Value: "HomeNet", Start: 10},
		{Path: "/cams/1/router", Category: rules.NetworkLayout, Type: "ssid", Value: "HomeNet", Start: 40},
		{Path: "/cams/1/router", Category: rules.DeviceInventory, Type: "device-name", Value: "HomeNet", Start: 40},
	}})
	r.Add(Result{Skipped: true})
	r.Add(Result{Err: &SyntaxError{}})
	r.Add(Result{})
	ps := r.Paths()
	require.Len(t, ps, 1)
	assert.Equal(t, "/cams/*/router", ps[0].Path)
	assert.Equal(t, Counts{Documents: 1, Values: 2, Distinct: 1}, ps[0].Counts)
	assert.Equal(t, int64(2), ps[0].Categories[rules.NetworkLayout])
	assert.Equal(t, map[string]int64{"ssid": 2, "device-name": 2}, ps[0].Types)
	assert.Equal(t, "H******", ps[0].Sample)
	assert.Equal(t, int64(4), r.Documents)
	assert.Equal(t, int64(1), r.Skipped)
	assert.Equal(t, int64(1), r.Unreadable)
	cs := r.Categories()
	assert.Equal(t, Counts{Documents: 1, Values: 2, Distinct: 1}, cs[rules.NetworkLayout].Counts)
	assert.Equal(t, int64(1), r.DistinctOf("/cams/*/router", "/nope"))
	assert.Error(t, r.Merge(r))
}

// A field of free text is sampled by what a rule found in it.
func TestReportSamplesWhatProseHolds(t *testing.T) {
	c := mustNew(t, Options{})
	rep := reportOf(t, c, []byte(`{"notes":"please call me back on +1 415 555 0100 after six, thanks a lot"}`+"\n"), ReportOptions{})
	ps := rep.Paths()
	require.NotEmpty(t, ps)
	samples := []string{}
	for _, p := range ps {
		samples = append(samples, p.Sample)
	}
	assert.Contains(t, samples, "+* *** *** ****")
}

func TestReportZeroValue(t *testing.T) {
	var r Report
	assert.Len(t, r.Categories(), rules.NumCategories)
	assert.Empty(t, r.Paths())
	b := encode(t, &r)
	assert.True(t, json.Valid(b))
	assert.False(t, math.IsNaN(r.Scale()))
}

// BenchmarkReportAdd measures the aggregation alone, on results made
// beforehand: what a report adds to a scan.
func BenchmarkReportAdd(b *testing.B) {
	input := reportInput(b, 26, 2000)
	c := mustNew(b, Options{Reveal: true})
	var results []Result
	findings := 0
	for res, err := range c.Stream(context.Background(), bytes.NewReader(input)) {
		require.NoError(b, err)
		results = append(results, res)
		findings += len(res.Findings)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(input)))
	for b.Loop() {
		r := NewReport(ReportOptions{Rules: c.Rules()})
		for _, res := range results {
			r.Add(res)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*findings), "ns/finding")
}
