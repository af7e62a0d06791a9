package classify_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/classify"
)

func newClassifier(t testing.TB, opts classify.Options) *classify.Classifier {
	t.Helper()
	c, err := classify.New(nil, opts)
	require.NoError(t, err)
	return c
}

// line is one document's result, as the tests compare them.
type line struct {
	Doc, Line int64
	Findings  []string // "path category"
	Err       string
}

func collect(t testing.TB, c *classify.Classifier, in []byte) []line {
	t.Helper()
	var out []line
	for res, err := range c.Stream(context.Background(), bytes.NewReader(in)) {
		require.NoError(t, err)
		l := line{Doc: res.Doc, Line: res.Line}
		if res.Err != nil {
			l.Err = res.Err.Error()
		}
		for _, f := range res.Findings {
			l.Findings = append(l.Findings, f.Path+" "+f.Category.String())
		}
		out = append(out, l)
	}
	return out
}

const good1 = `{"email":"ana.garcia@example.org","n":1}`
const good2 = `{"wifi":{"ssid":"HomeNet-5G"},"count":3}`

func TestStreamBadLinesCostOnlyThemselves(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	bad := []string{
		`{"email":"ana@exa`,           // truncated
		`not json at all`,             // not JSON
		`{"v":NaN}`,                   // NaN
		"{\"a\":\"x\x01y\"}",          // control byte
		"\x00\x01\x02\xff\xfe binary", // a binary blob
		`{"a":1}garbage`,              // trailing data
		`{"a":1,}`,                    // trailing comma
		`[1,2`,                        // unclosed array
		`{"a" 1}`,                     // missing colon
		`{"a":tru}`,                   // bad literal
		`{"a":-}`,                     // bad number
		`{"a":"\q"}`,                  // bad escape
		`}`,                           // stray closer
	}
	alone1 := collect(t, c, []byte(good1+"\n"))[0].Findings
	alone2 := collect(t, c, []byte(good2+"\n"))[0].Findings
	require.NotEmpty(t, alone1)
	require.NotEmpty(t, alone2)
	for _, b := range bad {
		t.Run(fmt.Sprintf("%q", b), func(t *testing.T) {
			in := good1 + "\n" + b + "\n" + good2 + "\n"
			got := collect(t, c, []byte(in))
			require.Len(t, got, 3, "one result per line")
			assert.Equal(t, alone1, got[0].Findings)
			assert.NotEmpty(t, got[1].Err, "the bad line gets an error")
			assert.Equal(t, int64(2), got[1].Line)
			assert.Equal(t, alone2, got[2].Findings)
			assert.Equal(t, int64(3), got[2].Line)
			assert.Equal(t, int64(2), got[2].Doc)
			// The error says where and what kind, never what.
			assert.NotContains(t, got[1].Err, "exa")
			assert.NotContains(t, got[1].Err, "garbage")
		})
	}
}

// A line of NDJSON may be an array (a log export's entries, a row of
// cells): it is one document, as every other line, when lines follow it;
// a file that is one array alone is a list of documents.
func TestStreamArrayLines(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	got := collect(t, c, []byte("["+good1+"]\n["+good2+","+good1+"]\n"+good1+"\n"))
	require.Len(t, got, 3)
	assert.Equal(t, []string{"/0/email contact"}, got[0].Findings)
	assert.Subset(t, got[1].Findings, []string{"/0/wifi/ssid network-layout", "/1/email contact"})
	assert.Equal(t, int64(2), got[1].Line)
	assert.Equal(t, []string{"/email contact"}, got[2].Findings)
	alone := collect(t, c, []byte("["+good1+","+good1+"]\n"))
	require.Len(t, alone, 2)
	assert.Equal(t, []string{"/email contact"}, alone[1].Findings)
}

func TestStreamFramings(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	want := []string{"/email contact"}
	tests := []struct {
		name string
		in   string
		docs int
	}{
		{"ndjson", good1 + "\n" + good1 + "\n", 2},
		{"crlf and blank lines", good1 + "\r\n\r\n\n" + good1 + "\r\n", 2},
		{"no final newline", good1 + "\n" + good1, 2},
		{"bom", "\xef\xbb\xbf" + good1 + "\n" + good1 + "\n", 2},
		{"array", "[" + good1 + "," + good1 + "]", 2},
		{"pretty array", "[\n  " + good1 + ",\n  " + good1 + "\n]\n", 2},
		{"concatenated", good1 + good1 + " " + good1, 3},
		{"pretty values", "{\n  \"email\": \"ana.garcia@example.org\"\n}\n{\n  \"email\": \"ana.garcia@example.org\"\n}\n", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collect(t, c, []byte(tt.in))
			require.Len(t, got, tt.docs)
			for i, l := range got {
				assert.Empty(t, l.Err)
				assert.Equal(t, int64(i), l.Doc)
				assert.Subset(t, l.Findings, want)
			}
		})
	}
}

func TestStreamLineNumbers(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	in := "[\n" + good1 + ",\n\n" + good2 + "\n]"
	got := collect(t, c, []byte(in))
	require.Len(t, got, 2)
	assert.Equal(t, int64(2), got[0].Line)
	assert.Equal(t, int64(4), got[1].Line)
}

func TestStreamCompressed(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	plain := []byte(good1 + "\n" + good2 + "\n{bad\n")
	var gz, zs bytes.Buffer
	gw := gzip.NewWriter(&gz)
	gw.Write(plain)
	gw.Close()
	zw, err := zstd.NewWriter(&zs)
	require.NoError(t, err)
	zw.Write(plain)
	zw.Close()
	want := collect(t, c, plain)
	assert.Equal(t, want, collect(t, c, gz.Bytes()))
	assert.Equal(t, want, collect(t, c, zs.Bytes()))
}

func TestStreamOneByteReader(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	for _, in := range []string{
		good1 + "\n" + good2 + "\n",
		"[" + good1 + ",\n" + good2 + "]",
	} {
		want := collect(t, c, []byte(in))
		var got []line
		for res, err := range c.Stream(context.Background(), iotest.OneByteReader(strings.NewReader(in))) {
			require.NoError(t, err)
			l := line{Doc: res.Doc, Line: res.Line}
			for _, f := range res.Findings {
				l.Findings = append(l.Findings, f.Path+" "+f.Category.String())
			}
			got = append(got, l)
		}
		assert.Equal(t, want, got)
	}
}

func TestStreamDeepNesting(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	deep := strings.Repeat("[", 2_000_000) + strings.Repeat("]", 2_000_000)
	got := collect(t, c, []byte(good1+"\n"+deep+"\n"+good2+"\n"))
	require.Len(t, got, 3)
	assert.Contains(t, got[1].Err, "nesting")
	assert.NotEmpty(t, got[2].Findings)
}

func TestStreamHugeValue(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	big := strings.Repeat("x", 12<<20)
	doc := `{"blob":"` + big + `","email":"ana.garcia@example.org"}`
	got := collect(t, c, []byte(doc+"\n"))
	require.Len(t, got, 1)
	assert.Contains(t, got[0].Findings, "/email contact")
}

func TestStreamDocumentTooLarge(t *testing.T) {
	c := newClassifier(t, classify.Options{MaxDocumentBytes: 1 << 10})
	big := `{"blob":"` + strings.Repeat("x", 4<<10) + `"}`
	for _, in := range []string{
		good1 + "\n" + big + "\n" + good2 + "\n",
		"[" + good1 + "," + big + "," + good2 + "]",
	} {
		got := collect(t, c, []byte(in))
		require.Len(t, got, 3)
		assert.NotEmpty(t, got[0].Findings)
		assert.Contains(t, got[1].Err, "document too large")
		assert.NotEmpty(t, got[2].Findings)
	}
}

func TestWriteNDJSONContract(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	var out bytes.Buffer
	stats, err := c.WriteNDJSON(context.Background(), strings.NewReader(good1+"\n{\"a\":\n"), &out, classify.NDJSONOptions{})
	require.NoError(t, err)
	assert.Equal(t, int64(2), stats.Documents)
	assert.Equal(t, int64(1), stats.Unreadable)
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, lines, 2)
	var first struct {
		Doc      int64 `json:"doc"`
		Line     int64 `json:"line"`
		Findings []struct {
			Path, Category, Type, Rule string
			Confidence                 float64
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	require.NotEmpty(t, first.Findings)
	assert.Equal(t, "/email", first.Findings[0].Path)
	assert.Equal(t, "contact", first.Findings[0].Category)
	assert.Equal(t, "email", first.Findings[0].Type)
	assert.Equal(t, "contact.email", first.Findings[0].Rule)
	assert.Equal(t, `{"doc":1,"line":2,"error":"invalid JSON at byte 5: unexpected end of input"}`, lines[1])
	assert.NotContains(t, out.String(), "ana.garcia")
}

// Invalid UTF-8 inside a string does not kill the document, and the
// output stays valid JSON.
func TestStreamInvalidUTF8(t *testing.T) {
	c := newClassifier(t, classify.Options{})
	in := "{\"note\":\"caf\xe9 \xff\xfe\",\"email\":\"ana@example.org\",\"k\xc3\":\"x\"}\n"
	got := collect(t, c, []byte(in))
	require.Len(t, got, 1)
	assert.Empty(t, got[0].Err)
	assert.Contains(t, got[0].Findings, "/email contact")
	var out bytes.Buffer
	_, err := c.WriteNDJSON(context.Background(), strings.NewReader(in), &out, classify.NDJSONOptions{})
	require.NoError(t, err)
	assert.True(t, json.Valid(bytes.TrimSpace(out.Bytes())), out.String())
}

// A sample rate classifies about that share of the documents, the same
// ones on every run, and skips the rest without a line in NDJSON.
func TestSampleRate(t *testing.T) {
	var in strings.Builder
	for range 2000 {
		in.WriteString(`{"email":"ana@example.org"}` + "\n")
	}
	c := newClassifier(t, classify.Options{SampleRate: 0.1, Workers: 2})
	kept := func() []int64 {
		var docs []int64
		for res, err := range c.Stream(context.Background(), strings.NewReader(in.String())) {
			require.NoError(t, err)
			if !res.Skipped {
				require.Len(t, res.Findings, 1)
				docs = append(docs, res.Doc)
			} else {
				require.Empty(t, res.Findings)
			}
		}
		return docs
	}
	first := kept()
	assert.InDelta(t, 200, len(first), 40)
	assert.Equal(t, first, kept())
	var out bytes.Buffer
	stats, err := c.WriteNDJSON(context.Background(), strings.NewReader(in.String()), &out, classify.NDJSONOptions{})
	require.NoError(t, err)
	assert.EqualValues(t, 2000, stats.Documents)
	assert.EqualValues(t, 2000-len(first), stats.Skipped)
	assert.Equal(t, len(first), strings.Count(out.String(), "\n"))
}
