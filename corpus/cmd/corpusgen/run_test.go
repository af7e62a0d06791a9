package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/corpus"
)

func runArgs(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

func TestRunAllSchemasMatchesGenerate(t *testing.T) {
	out, _, err := runArgs(t, "-seed", "3", "-n", "25")
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, corpus.WriteNDJSON(&want, corpus.Generate(3, 25)))
	require.Equal(t, want.String(), out)
}

func TestRunMixAndLabels(t *testing.T) {
	labels := filepath.Join(t.TempDir(), "l.ndjson")
	out, _, err := runArgs(t, "-seed", "1", "-n", "40", "-schema", "wyze-user:6,body-metrics:2,oauth-integrations:2", "-labels", labels)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 40)
	lb, err := os.ReadFile(labels)
	require.NoError(t, err)
	llines := strings.Split(strings.TrimSuffix(string(lb), "\n"), "\n")
	require.Len(t, llines, 40)
	seen := map[string]int{}
	for i, l := range llines {
		require.True(t, json.Valid([]byte(lines[i])))
		var x struct {
			Doc    int
			Schema string
		}
		require.NoError(t, json.Unmarshal([]byte(l), &x))
		require.Equal(t, i, x.Doc)
		seen[x.Schema]++
	}
	require.Greater(t, seen["wyze-user"], seen["body-metrics"])
	require.Len(t, seen, 3)

	again, _, err := runArgs(t, "-seed", "1", "-n", "40", "-schema", "wyze-user:6,body-metrics:2,oauth-integrations:2")
	require.NoError(t, err)
	require.Equal(t, out, again)
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-schema", "nope"}, `unknown schema "nope"`},
		{[]string{"-schema", "wyze-user:0"}, "not a positive integer"},
		{[]string{"-schema", ","}, "no schema named"},
		{[]string{"-n", "-1"}, "must not be negative"},
		{[]string{"extra"}, "unexpected arguments"},
		{[]string{"-bogus"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		_, _, err := runArgs(t, tt.args...)
		require.ErrorContains(t, err, tt.want, "%q", tt.args)
	}
}

func TestRunList(t *testing.T) {
	out, _, err := runArgs(t, "-list")
	require.NoError(t, err)
	require.Equal(t, strings.Join(corpus.Schemas(), "\n")+"\n", out)
}

func TestRunOutputFile(t *testing.T) {
	dir := t.TempDir()
	docs, labels := filepath.Join(dir, "d.ndjson"), filepath.Join(dir, "l.ndjson")
	out, _, err := runArgs(t, "-seed", "2", "-n", "5", "-o", docs, "-labels", labels)
	require.NoError(t, err)
	require.Empty(t, out)
	var want bytes.Buffer
	require.NoError(t, corpus.WriteNDJSON(&want, corpus.Generate(2, 5)))
	got, err := os.ReadFile(docs)
	require.NoError(t, err)
	require.Equal(t, want.String(), string(got))
	_, _, err = runArgs(t, "-n", "1", "-o", filepath.Join(dir, "missing", "x"))
	require.Error(t, err)
}
