package compare

import (
	"context"
	"strings"
	"testing"

	"github.com/leakscope/leakscope/corpus"
)

func TestLeaves(t *testing.T) {
	docs := []corpus.Doc{{JSON: []byte(`{"user":{"e/mail":"a@b.example","tags":["x",2,true,null]},"n":1.5}`)}}
	got := Leaves(docs)
	want := []Leaf{
		{Path: "/user/e~1mail", Name: "e/mail", Key: "user.e/mail", Value: "a@b.example", JSON: []byte(`"a@b.example"`)},
		{Path: "/user/tags/0", Name: "tags", Key: "user.tags", Value: "x", JSON: []byte(`"x"`)},
		{Path: "/user/tags/1", Name: "tags", Key: "user.tags", Value: "2", JSON: []byte(`2`)},
		{Path: "/user/tags/2", Name: "tags", Key: "user.tags", Value: "true", JSON: []byte(`true`)},
		{Path: "/user/tags/3", Name: "tags", Key: "user.tags", Value: "null", JSON: []byte(`null`)},
		{Path: "/n", Name: "n", Key: "n", Value: "1.5", JSON: []byte(`1.5`)},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d leaves, want %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Path != w.Path || g.Name != w.Name || g.Key != w.Key || g.Value != w.Value || string(g.JSON) != string(w.JSON) {
			t.Errorf("leaf %d = %+v, want %+v", i, g, w)
		}
	}
}

// TestLeavesAreLabelled checks that leaves are addressed as the scorer
// addresses them: every leaf has a label.
func TestLeavesAreLabelled(t *testing.T) {
	docs, err := Generate("blindset2", 1, 50)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range Leaves(docs) {
		if _, ok := docs[l.Doc].Labels[l.Path]; !ok {
			t.Errorf("doc %d (%s): leaf %s has no label", l.Doc, docs[l.Doc].Schema, l.Path)
		}
	}
}

func TestGitleaksText(t *testing.T) {
	l := &Leaf{Name: "key", Key: "a.key", Value: `x"y`, JSON: []byte(`"x\"y"`)}
	for feed, want := range map[string]string{
		"value":         `x"y`,
		"name: value":   `key: x"y`,
		`"name": value`: `"key": "x\"y"`,
		"path: value":   `a.key: x"y`,
		`"path": value`: `"a.key": "x\"y"`,
	} {
		if got := string(gitleaksText(nil, l, feed)); got != want {
			t.Errorf("feed %s: got %s, want %s", feed, got, want)
		}
	}
}

func TestThousands(t *testing.T) {
	for x, want := range map[float64]string{0: "0", 999.6: "1,000", 1234567: "1,234,567", 12345: "12,345"} {
		if got := thousands(x); got != want {
			t.Errorf("thousands(%v) = %s, want %s", x, got, want)
		}
	}
}

// TestLeakscopeLeads runs the comparison on 50 documents and checks that
// leakscope, on whole documents, has the best leaf micro F1. The npm peers
// are skipped when node or their node_modules is missing.
func TestLeakscopeLeads(t *testing.T) {
	docs, err := Generate("holdout", 1, 50)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := Compare(context.Background(), docs, Options{Tools: []string{"leakscope", "gitleaks"}})
	if err != nil {
		t.Fatal(err)
	}
	ref := rows[0]
	if ref.Tool != "leakscope" || ref.Feed != "whole document" {
		t.Fatalf("first row is %s fed %s, want leakscope on whole documents", ref.Tool, ref.Feed)
	}
	beats := func(t *testing.T, rows []Row) {
		for _, r := range Best(rows) {
			if strings.HasPrefix(r.Tool, "leakscope") {
				continue
			}
			t.Logf("%s fed %s: micro F1 %.3f, leakscope %.3f", r.Tool, r.Feed, r.Scores.LeafMicro.F1(), ref.Scores.LeafMicro.F1())
			if r.Scores.LeafMicro.F1() >= ref.Scores.LeafMicro.F1() {
				t.Errorf("%s fed %s: micro F1 %.3f, not below leakscope's %.3f", r.Tool, r.Feed, r.Scores.LeafMicro.F1(), ref.Scores.LeafMicro.F1())
			}
			if r.Scores.Docs != len(docs) {
				t.Errorf("%s scored %d documents, want %d", r.Tool, r.Scores.Docs, len(docs))
			}
		}
	}
	t.Run("gitleaks", func(t *testing.T) { beats(t, rows) })
	t.Run("npm", func(t *testing.T) {
		if err := NodeReady("node"); err != nil {
			t.Skipf("redact-pii and @zapier/secret-scrubber not run: %v; run `npm ci` in bench/compare/node (or bench/compare/run.sh)", err)
		}
		npm, err := Compare(context.Background(), docs, Options{Tools: []string{RedactPII, SecretScrubber}, NodeDir: "node"})
		if err != nil {
			t.Fatal(err)
		}
		if len(npm) != 5 {
			t.Fatalf("got %d npm rows, want 5", len(npm))
		}
		beats(t, npm)
	})
}
