package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sample = "../../examples/data/wyze-sample.ndjson"

// representative matches the addresses that stand for their class.
var representative = regexp.MustCompile(`^(10\.0\.0\.0|172\.16\.0\.0|192\.168\.0\.0)(/\d+)?$`)

// testKey is a key for the tests' pseudonyms, not a secret.
const testKey = "leakscope test key, 32 bytes ok"

func goldenFile(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), got, "run with -update to accept the new output")
}

// sensitiveValues returns, per document of the sample, the raw values
// scan finds, of four bytes or more (shorter ones turn up anywhere by
// chance).
func sensitiveValues(t *testing.T) [][]string {
	t.Helper()
	out, stderr, code := runCLI(t, "", "scan", "--format", "ndjson", "--reveal", sample)
	require.Equal(t, 0, code, stderr)
	var vals [][]string
	for line := range strings.Lines(out) {
		var res struct {
			Findings []struct {
				Value string `json:"value"`
			} `json:"findings"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &res))
		var doc []string
		for _, f := range res.Findings {
			if v := strings.TrimSpace(f.Value); len(v) >= 4 {
				doc = append(doc, v)
			}
		}
		vals = append(vals, doc)
	}
	require.NotEmpty(t, vals)
	return vals
}

// TestRedactGolden scrubs the shipped sample with the default policy:
// every document out, one a line, valid JSON, none of the values scan
// finds left in it.
func TestRedactGolden(t *testing.T) {
	out, stderr, code := runCLI(t, "", "redact", sample)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "300 documents in: 300 written, 0 quarantined (dropped)")
	goldenFile(t, "wyze-sample.redacted.ndjson", out)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 300, "one line per document")
	for i, l := range lines {
		require.True(t, json.Valid([]byte(l)), "line %d", i+1)
	}
	var left []string
	for i, doc := range sensitiveValues(t) {
		for _, v := range doc {
			if representative.MatchString(v) {
				continue // a subnet that is its class's own address masks to itself
			}
			// A short word is looked for as a whole string: "Camera" is
			// also in the key "CameraList".
			enc, _ := json.Marshal(v)
			if len(v) >= 8 {
				enc = enc[1 : len(enc)-1]
			}
			if strings.Contains(lines[i], string(enc)) {
				left = append(left, v)
			}
		}
	}
	assert.Empty(t, left, "values scan finds, left in the output (synthetic)")
}

// TestRedactPolicyGolden scrubs the sample with a policy file and a key
// from the environment; a key file with a trailing newline gives the same
// pseudonyms, another key others.
func TestRedactPolicyGolden(t *testing.T) {
	t.Setenv(keyEnv, testKey)
	out, stderr, code := runCLI(t, "", "redact", "--policy", "testdata/redact-policy.yaml", sample)
	require.Equal(t, 0, code, stderr)
	goldenFile(t, "wyze-sample.redacted-policy.ndjson", out)
	assert.Regexp(t, `"h:[0-9a-f]{20}"`, out)

	keyFile := filepath.Join(t.TempDir(), "key")
	require.NoError(t, os.WriteFile(keyFile, []byte(testKey+"\n"), 0o600))
	t.Setenv(keyEnv, "")
	fromFile, stderr, code := runCLI(t, "", "redact", "--policy", "testdata/redact-policy.yaml", "--key-file", keyFile, sample)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, out, fromFile, "same key, same pseudonyms")
	assert.NotContains(t, stderr, "warning")

	require.NoError(t, os.WriteFile(keyFile, []byte("another key, also 32 bytes long\n"), 0o600))
	require.NoError(t, os.Chmod(keyFile, 0o644))
	other, stderr, code := runCLI(t, "", "redact", "--policy", "testdata/redact-policy.yaml", "--key-file", keyFile, sample)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "can be read by others")
	pseudonym := regexp.MustCompile(`h:[0-9a-f]{20}`)
	a, b := pseudonym.FindAllString(out, -1), pseudonym.FindAllString(other, -1)
	require.Equal(t, len(a), len(b))
	for i := range a {
		assert.NotEqual(t, a[i], b[i], "another key, other pseudonyms")
	}
}

// TestRedactQuarantine checks that bad documents never reach the output,
// go to the quarantine file (0600) as they were, and are counted, with
// exit status 3.
func TestRedactQuarantine(t *testing.T) {
	in := `{"email":"ana@example.org"}` + "\n" + `{"email":"bob@example.com"` + "\n" + `{"email":"carla@example.net"}` + "\n" + "ana@example.org\n"
	q := filepath.Join(t.TempDir(), "bad.ndjson")
	require.NoError(t, os.WriteFile(q, []byte("stale contents of an earlier run\n"), 0o644))
	out, stderr, code := runCLI(t, in, "redact", "--quarantine", q)
	assert.Equal(t, exitUnreadable, code)
	assert.Equal(t, "{\"email\":\"****@example.org\"}\n{\"email\":\"****@example.net\"}\n", out)
	bad, err := os.ReadFile(q)
	require.NoError(t, err)
	assert.Equal(t, `{"email":"bob@example.com"`+"\nana@example.org\n", string(bad))
	fi, err := os.Stat(q)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	assert.Contains(t, stderr, "-: line 2: invalid JSON at byte 26: unexpected end of input")
	assert.Contains(t, stderr, "4 documents in: 2 written, 2 quarantined (in "+q+")")
	assert.NotContains(t, stderr, "bob@", "stderr says where, never what")

	out, stderr, code = runCLI(t, in, "redact")
	assert.Equal(t, exitUnreadable, code)
	assert.Equal(t, "{\"email\":\"****@example.org\"}\n{\"email\":\"****@example.net\"}\n", out)
	assert.Contains(t, stderr, "4 documents in: 2 written, 2 quarantined (dropped)")

	_, stderr, code = runCLI(t, in, "redact", "--quiet")
	assert.Equal(t, exitUnreadable, code)
	assert.Empty(t, stderr)
}

func TestRedactFlags(t *testing.T) {
	in := `{"email":"ana@example.org","gateway":"192.168.1.1","password":"hunter22!"}` + "\n"
	tests := []struct {
		name   string
		env    string
		args   []string
		code   int
		out    string
		stderr string
	}{
		{"default masks", "", []string{"redact"}, 0, `{"email":"****@example.org","gateway":"192.168.0.0","password":"****"}`, ""},
		{"keep and drop", "", []string{"redact", "--keep", "network-layout", "--drop", "credential,contact"}, 0, `{"gateway":"192.168.1.1"}`, ""},
		{"all", "", []string{"redact", "--keep", "all"}, 0, strings.TrimSpace(in), ""},
		{"hash from the environment", testKey, []string{"redact", "--hash", "contact", "--drop", "credential"}, 0, `{"email":"h:`, ""},
		{"hash without a key", "", []string{"redact", "--hash", "contact"}, 2, "", "needs a key: --key-file FILE or $LEAKSCOPE_KEY"},
		{"short key", "too short", []string{"redact", "--hash", "contact"}, 2, "", "shorter than 16 bytes"},
		{"missing key file", "", []string{"redact", "--hash", "contact", "--key-file", "testdata/nope"}, 2, "", "--key-file: stat testdata/nope"},
		{"unknown category", "", []string{"redact", "--mask", "contacts"}, 2, "", `unknown category "contacts"`},
		{"a category twice", "", []string{"redact", "--mask", "contact", "--drop", "contact"}, 2, "", "category contact is given to both --mask and --drop"},
		{"broken policy", "", []string{"redact", "--policy", "testdata/redact-broken-policy.yaml"}, 2, "", "testdata/redact-broken-policy.yaml:2: contact: unknown action \"scramble\""},
		{"broken policy, every problem", "", []string{"redact", "--policy", "testdata/redact-broken-policy.yaml"}, 2, "", "testdata/redact-broken-policy.yaml:4: path \"no-slash\""},
		{"missing policy", "", []string{"redact", "--policy", "testdata/nope.yaml"}, 2, "", "no such file"},
		{"bad confidence", "", []string{"redact", "--min-confidence", "0"}, 2, "", "--min-confidence"},
		{"missing input", "", []string{"redact", "testdata/nope.ndjson"}, 1, "", "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(keyEnv, tt.env)
			out, stderr, code := runCLI(t, in, tt.args...)
			assert.Equal(t, tt.code, code, stderr)
			assert.True(t, strings.HasPrefix(out, tt.out), "got %s", out)
			assert.Contains(t, stderr, tt.stderr)
		})
	}
}

// TestRedactHelp checks that the command is in the usage text.
func TestRedactHelp(t *testing.T) {
	out, _, code := runCLI(t, "", "help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "leakscope redact [flags] [FILE|-]")
}
