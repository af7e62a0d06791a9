package redact_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/klauspost/compress/gzip"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/corpus"
	"github.com/leakscope/leakscope/redact"
)

func streamRedactor(t testing.TB, opts classify.Options) *redact.Redactor {
	t.Helper()
	c, err := classify.New(nil, opts)
	require.NoError(t, err)
	r, err := redact.New(c, nil, nil)
	require.NoError(t, err)
	return r
}

// TestStreamOrderAndCount redacts thousands of generated documents on
// several workers: every document comes out, in input order, exactly as
// AppendDocument makes it alone.
func TestStreamOrderAndCount(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 600
	}
	g := corpus.NewGenerator(11)
	var in, want bytes.Buffer
	r := streamRedactor(t, classify.Options{Workers: 4})
	for range n {
		d := g.Next().JSON
		in.Write(d)
		in.WriteByte('\n')
		out, _, err := r.AppendDocument(nil, d)
		require.NoError(t, err)
		want.Write(out)
		want.WriteByte('\n')
	}
	var out bytes.Buffer
	st, err := r.WriteNDJSON(context.Background(), &in, &out, redact.StreamOptions{})
	require.NoError(t, err)
	assert.Equal(t, int64(n), st.Documents)
	assert.Equal(t, int64(n), st.Written)
	assert.Zero(t, st.Quarantined)
	assert.Positive(t, st.Masked)
	assert.Equal(t, want.String(), out.String())
}

// TestStreamQuarantine checks that a document that cannot be read never
// reaches the output, goes to the quarantine as it was, and is counted,
// and that documents in = documents out + quarantined.
func TestStreamQuarantine(t *testing.T) {
	r := streamRedactor(t, classify.Options{Workers: 2, MaxDepth: 50})
	lines := []string{
		`{"email":"ana@example.org","n":1}`,
		`{"email":"bob@example.com","n":2`, // cut short
		``,
		`   `,
		`{"email":"carla@example.net","n":3}`,
		`not json at all, ana@example.org`,
		strings.Repeat(`{"a":`, 60) + `1` + strings.Repeat(`}`, 60), // too deep
		`{"email":"dan@example.com"} {"x":1}`,                       // two values on a line
		`{"email":"eve@example.com","n":4}`,
	}
	var out, q bytes.Buffer
	var bad []redact.Bad
	st, err := r.WriteNDJSON(context.Background(), strings.NewReader(strings.Join(lines, "\n")), &out, redact.StreamOptions{
		Quarantine:   &q,
		OnQuarantine: func(b redact.Bad) { bad = append(bad, b) },
	})
	require.NoError(t, err)
	assert.Equal(t, redact.StreamStats{Documents: 7, Written: 3, Quarantined: 4, Stats: redact.Stats{Findings: 3, Masked: 3}}, st)
	assert.Equal(t, "{\"email\":\"****@example.org\",\"n\":1}\n{\"email\":\"****@example.net\",\"n\":3}\n{\"email\":\"****@example.com\",\"n\":4}\n", out.String())
	assert.Equal(t, lines[1]+"\n"+lines[5]+"\n"+lines[6]+"\n"+lines[7]+"\n", q.String(), "quarantined as read, in order")
	require.Len(t, bad, 4)
	for i, want := range []struct {
		doc, line int64
		msg       string
	}{{1, 2, "unexpected end of input"}, {3, 6, "invalid"}, {4, 7, "nesting"}, {5, 8, "after the top-level value"}} {
		assert.Equal(t, want.doc, bad[i].Doc)
		assert.Equal(t, want.line, bad[i].Line)
		assert.Contains(t, bad[i].Err.Error(), want.msg)
		assert.NotContains(t, bad[i].Err.Error(), "example", "errors say where, never what")
	}
}

// TestStreamOversized checks that a document over the size limit is
// streamed to the quarantine without being held, in its place in the
// order.
func TestStreamOversized(t *testing.T) {
	r := streamRedactor(t, classify.Options{Workers: 2, MaxDocumentBytes: 1000})
	big := `{"notes":"` + strings.Repeat("ana@example.org ", 20_000) + `"}`
	in := `{"email":"ana@example.org"}` + "\n" + big + "\n" + `{"email":"bob@example.com"}` + "\n" + big
	var out, q bytes.Buffer
	var bad []redact.Bad
	st, err := r.WriteNDJSON(context.Background(), strings.NewReader(in), &out, redact.StreamOptions{
		Quarantine: &q, OnQuarantine: func(b redact.Bad) { bad = append(bad, b) },
	})
	require.NoError(t, err)
	assert.Equal(t, int64(4), st.Documents)
	assert.Equal(t, int64(2), st.Written)
	assert.Equal(t, int64(2), st.Quarantined)
	assert.Equal(t, "{\"email\":\"****@example.org\"}\n{\"email\":\"****@example.com\"}\n", out.String())
	assert.Equal(t, big+"\n"+big+"\n", q.String())
	require.Len(t, bad, 2)
	assert.Equal(t, []int64{2, 4}, []int64{bad[0].Line, bad[1].Line})
	assert.ErrorIs(t, bad[0].Err, classify.ErrDocumentTooLarge)
}

// TestStreamFraming checks what is not a document: a byte order mark,
// blank lines, CRLF line ends (kept), a last line without its newline
// (given one); and that reading one byte at a time changes nothing.
func TestStreamFraming(t *testing.T) {
	in := "\xef\xbb\xbf{\"email\":\"ana@example.org\"}\r\n\n  \n{\"n\":1}\r\n{\"email\":\"bob@example.com\"}"
	want := "{\"email\":\"****@example.org\"}\r\n{\"n\":1}\r\n{\"email\":\"****@example.com\"}\n"
	r := streamRedactor(t, classify.Options{Workers: 2})
	for _, tt := range []struct {
		name string
		in   func() []byte
	}{
		{"plain", func() []byte { return []byte(in) }},
		{"gzip", func() []byte {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write([]byte(in))
			zw.Close()
			return b.Bytes()
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			st, err := r.WriteNDJSON(context.Background(), iotest.OneByteReader(bytes.NewReader(tt.in())), &out, redact.StreamOptions{})
			require.NoError(t, err)
			assert.Equal(t, want, out.String())
			assert.Equal(t, int64(3), st.Documents)
		})
	}
}

type failWriter struct{ after int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.after <= 0 {
		return 0, errors.New("disk full")
	}
	w.after--
	return len(p), nil
}

func TestStreamErrors(t *testing.T) {
	r := streamRedactor(t, classify.Options{Workers: 2})
	var in strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&in, "{\"email\":\"u%d@example.org\",\"n\":%d}\n", i, i)
	}
	_, err := r.WriteNDJSON(context.Background(), strings.NewReader(in.String()), &failWriter{after: 1}, redact.StreamOptions{})
	assert.EqualError(t, err, "disk full")

	_, err = r.WriteNDJSON(context.Background(), strings.NewReader("{\"a\":1}\nbad\n"), &bytes.Buffer{}, redact.StreamOptions{Quarantine: &failWriter{}})
	assert.EqualError(t, err, "disk full", "a quarantine that cannot be written stops the run")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	st, err := r.WriteNDJSON(ctx, strings.NewReader(in.String()), &bytes.Buffer{}, redact.StreamOptions{})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, st.Documents, st.Written+st.Quarantined)

	_, err = r.WriteNDJSON(context.Background(), iotest.ErrReader(errors.New("read failed")), &bytes.Buffer{}, redact.StreamOptions{})
	assert.EqualError(t, err, "read failed")
}
