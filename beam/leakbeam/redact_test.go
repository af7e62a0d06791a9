package leakbeam

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/leakscope/leakscope/redact"
	"github.com/leakscope/leakscope/rules"
)

// TestRedactMatchesLibrary: the pipeline scrubs every document as the
// library's stream does, with pseudonyms under a key that each worker
// reads from a file, and refuses the same documents.
func TestRedactMatchesLibrary(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o700)
	names := writeInputs(t, in)
	keyFile := filepath.Join(dir, "key")
	os.WriteFile(keyFile, []byte("0123456789abcdef0123456789abcdef\n"), 0o600)

	// The default document limit: the library's stream checks its limit
	// only past its 256 KiB read buffer, and would redact the test's
	// documents over testMaxDoc that the pipeline refuses.
	cfg := Config{}
	rc := RedactConfig{Hash: []string{"contact"}, Drop: []string{"credential"}, KeyFile: keyFile}

	// The library, file by file.
	c, err := cfg.classifier(false)
	if err != nil {
		t.Fatal(err)
	}
	pol := redact.DefaultPolicy()
	pol.Set(redact.Hash, rules.Contact)
	pol.Set(redact.Drop, rules.Credential)
	r, err := redact.New(c, pol, []byte("0123456789abcdef0123456789abcdef"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	var quarantined int64
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		st, err := r.WriteNDJSON(context.Background(), f, &out, redact.StreamOptions{})
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		quarantined += st.Quarantined
		if s := strings.TrimSuffix(out.String(), "\n"); s != "" {
			want = append(want, strings.Split(s, "\n")...)
		}
	}

	p, s := beam.NewPipelineWithRoot()
	docs, _ := ReadDocuments(s, ReadOptions{Lines: true}, filepath.Join(in, "*"))
	out, refused := Redact(s, cfg, rc, docs)
	WriteSharded(s, filepath.Join(dir, "out", "clean"), ".ndjson", out)
	WriteSharded(s, filepath.Join(dir, "out", "refused"), ".ndjson", refused)
	runPipeline(t, p)

	got := readShards(t, filepath.Join(dir, "out", "clean-*"))
	bad := readShards(t, filepath.Join(dir, "out", "refused-*"))
	slices.Sort(got)
	slices.Sort(want)
	if len(want) < 800 {
		t.Fatalf("only %d documents redacted by the library: the test input is not what it should be", len(want))
	}
	if !slices.Equal(got, want) {
		n := 0
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] && n < 3 {
				n++
				t.Logf("got  %.300q\nwant %.300q", got[i], want[i])
			}
		}
		t.Errorf("the pipeline redacted %d documents, the library %d, and they differ", len(got), len(want))
	}
	if int64(len(bad)) != quarantined || quarantined == 0 {
		t.Errorf("%d documents refused, the library quarantined %d", len(bad), quarantined)
	}
	for _, l := range bad {
		if !strings.Contains(l, `"error":`) || strings.Contains(l, "broken@example.org") || strings.Contains(l, "lorem") {
			t.Errorf("refused line %q: want where and why, never what", l)
		}
	}
}

// TestRedactConfigCheck: a policy that hashes needs a key, and a bad
// category is refused where the pipeline is built.
func TestRedactConfigCheck(t *testing.T) {
	ctx := context.Background()
	if err := (RedactConfig{Hash: []string{"contact"}}).Check(ctx, Config{}); err == nil {
		t.Error("a policy that hashes without a key was accepted")
	}
	if err := (RedactConfig{Mask: []string{"contacts"}}).Check(ctx, Config{}); err == nil {
		t.Error("an unknown category was accepted")
	}
	if err := (RedactConfig{KeyEnv: "LEAKBEAM_TEST_UNSET_KEY", Hash: []string{"health"}}).Check(ctx, Config{}); err == nil {
		t.Error("an unset key variable was accepted")
	}
	if err := (RedactConfig{Drop: []string{"credential"}}).Check(ctx, Config{}); err != nil {
		t.Errorf("a policy without hashing: %v", err)
	}
}
