package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStage runs the stage on the shipped sample with a record broken in
// the middle: every good record comes out in order, scrubbed, and the
// broken one is set aside.
func TestStage(t *testing.T) {
	sample, err := os.ReadFile("../data/wyze-sample.ndjson")
	require.NoError(t, err)
	lines := strings.SplitAfter(strings.TrimSuffix(string(sample), "\n"), "\n")
	in := strings.Join(lines[:150], "") + `{"email":"ana@example.org",` + "\n" + strings.Join(lines[150:], "")
	bad := filepath.Join(t.TempDir(), "bad.ndjson")
	var out, log bytes.Buffer
	code, err := stage(context.Background(), []string{"-bad", bad}, "a key for the test, 32 bytes ok", strings.NewReader(in), &out, &log)
	require.NoError(t, err)
	assert.Equal(t, 3, code)
	assert.Contains(t, log.String(), "301 records in, 300 out, 1 set aside")
	assert.Contains(t, log.String(), "record 150 (line 151) set aside: invalid JSON")
	assert.Equal(t, 300, strings.Count(out.String(), "\n"))
	assert.Regexp(t, regexp.MustCompile(`"h:[0-9a-f]{20}"`), out.String(), "people pseudonymised")
	assert.NotContains(t, out.String(), "Atza|", "tokens cut out")
	set, err := os.ReadFile(bad)
	require.NoError(t, err)
	assert.Equal(t, `{"email":"ana@example.org",`+"\n", string(set))

	out.Reset()
	log.Reset()
	code, err = stage(context.Background(), nil, "", strings.NewReader(lines[2]), &out, &log)
	require.NoError(t, err)
	assert.Equal(t, 0, code)
	assert.NotContains(t, out.String(), `"h:`, "without a key, people are masked")
}
