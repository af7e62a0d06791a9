package redact_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/redact"
	"github.com/leakscope/leakscope/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestLoadPolicy(t *testing.T) {
	p, err := redact.LoadPolicy("testdata/policy.yaml")
	require.NoError(t, err)
	want := &redact.Policy{
		Categories: [rules.NumCategories]redact.Action{redact.Drop, redact.Hash, redact.Mask, redact.Mask, redact.Mask},
		Types: []redact.TypeRule{
			{Type: "ssid", Action: redact.Keep, Line: 9},
			{Type: "device-model", Action: redact.Keep, Line: 10},
		},
		Paths: []redact.PathRule{
			{Pattern: "/_source/owner/**", Action: redact.Mask, Categories: []rules.Category{rules.Contact}, Line: 12},
			{Pattern: "/debug/**", Action: redact.Drop, Line: 15},
		},
		File: "testdata/policy.yaml",
	}
	assert.Equal(t, want, p)

	r := newRedactor(t, p, testKey)
	out, _, err := r.AppendDocument(nil, []byte(`{"_source":{"owner":{"email":"ana@example.org"},"wifi":{"ssid":"HomeNet-5G","password":"hunter22!"},"shared":["bob@example.com"]}}`))
	require.NoError(t, err)
	assert.Regexp(t, `^\{"_source":\{"owner":\{"email":"\*\*\*\*@example.org"\},"wifi":\{"ssid":"HomeNet-5G"\},"shared":\["h:[0-9a-f]{20}"\]\}\}$`, string(out))
}

// TestPolicyErrors checks that every problem of a policy file is reported
// at once, each with the file and line.
func TestPolicyErrors(t *testing.T) {
	for _, name := range []string{"broken-policy.yaml", "bad-yaml.yaml"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name)
			_, err := redact.LoadPolicy(path)
			require.Error(t, err)
			var pe *redact.PolicyError
			require.True(t, errors.As(err, &pe))
			golden(t, path+".errors", err.Error()+"\n")
		})
	}
}

// TestPolicyCheckedAgainstRules checks what only the rule set can tell:
// types that no rule has.
func TestPolicyCheckedAgainstRules(t *testing.T) {
	p, err := redact.ParsePolicy("typo.yaml", []byte("types:\n  email: hash\n  ssdi: keep\n"))
	require.NoError(t, err)
	c, err := classify.New(nil, classify.Options{})
	require.NoError(t, err)
	_, err = redact.New(c, p, testKey)
	require.Error(t, err)
	assert.Equal(t, `typo.yaml:3: type "ssdi": no rule of the rule set has this type`, err.Error())
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run with -update to write it")
	assert.Equal(t, string(want), got, "run with -update to accept")
}
