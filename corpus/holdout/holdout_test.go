package holdout

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/leakscope/leakscope/corpus"
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(42, 300), Generate(42, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("Generate(42, 300) differs between two calls")
	}
	c := Generate(43, 300)
	same := 0
	for i := range a {
		if bytes.Equal(a[i].JSON, c[i].JSON) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("seeds 42 and 43 share %d of 300 documents", same)
	}
	if got := Generate(7, 0); len(got) != 0 {
		t.Errorf("Generate(7, 0) returned %d documents", len(got))
	}
	// A shorter run is a prefix of a longer one.
	short := Generate(42, 50)
	if !reflect.DeepEqual(short, a[:50]) {
		t.Error("Generate(42, 50) is not a prefix of Generate(42, 300)")
	}
}

func escape(k string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(k)
}

func leaves(v any, ptr string, out map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			leaves(e, ptr+"/"+escape(k), out)
		}
	case []any:
		for i, e := range x {
			leaves(e, ptr+"/"+strconv.Itoa(i), out)
		}
	default:
		out[ptr] = true
	}
}

func TestDocsAndLabels(t *testing.T) {
	docs := Generate(1, 2000)
	if len(docs) != 2000 {
		t.Fatalf("got %d docs, want 2000", len(docs))
	}
	hards := []string{"", corpus.HardLanguage, corpus.HardObfuscated, corpus.HardFreeText, corpus.HardClinical}
	for i, d := range docs {
		if !json.Valid(d.JSON) {
			t.Fatalf("doc %d (%s) is not valid JSON: %s", i, d.Schema, d.JSON)
		}
		if bytes.ContainsAny(d.JSON, "\n\r") {
			t.Fatalf("doc %d (%s) spans more than one line", i, d.Schema)
		}
		var v any
		dec := json.NewDecoder(bytes.NewReader(d.JSON))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("doc %d: %v", i, err)
		}
		if _, ok := v.(map[string]any); !ok {
			t.Fatalf("doc %d (%s) is not an object", i, d.Schema)
		}
		want := map[string]bool{}
		leaves(v, "", want)
		for p := range want {
			if _, ok := d.Labels[p]; !ok {
				t.Fatalf("doc %d (%s): leaf %q has no label\n%s", i, d.Schema, p, d.JSON)
			}
		}
		for p, l := range d.Labels {
			if !want[p] {
				t.Fatalf("doc %d (%s): label %q names no leaf\n%s", i, d.Schema, p, d.JSON)
			}
			for _, c := range append(slices.Clone(l.Categories), l.AnyOf...) {
				if !slices.Contains(corpus.Categories, c) {
					t.Fatalf("doc %d: %q: unknown category %q", i, p, c)
				}
			}
			if l.Decoy && (len(l.Categories) > 0 || len(l.AnyOf) > 0) {
				t.Fatalf("doc %d: %q: decoy with categories", i, p)
			}
			if len(l.AnyOf) == 1 {
				t.Fatalf("doc %d: %q: any-of group of one", i, p)
			}
			if !slices.Contains(hards, l.Hard) {
				t.Fatalf("doc %d: %q: unknown hard kind %q", i, p, l.Hard)
			}
		}
	}
}

func TestSchemasCovered(t *testing.T) {
	names := Schemas()
	if len(names) < 12 {
		t.Fatalf("%d schemas, want at least 12", len(names))
	}
	type tally struct{ docs, leaves, sensitive, decoys int }
	seen := map[string]*tally{}
	for _, n := range names {
		if seen[n] != nil {
			t.Fatalf("schema %q listed twice", n)
		}
		seen[n] = &tally{}
	}
	cats := map[string]int{}
	hard := map[string]int{}
	for _, d := range Generate(99, 2000) {
		s := seen[d.Schema]
		if s == nil {
			t.Fatalf("doc of unlisted schema %q", d.Schema)
		}
		s.docs++
		for _, l := range d.Labels {
			s.leaves++
			if len(l.Categories) > 0 || len(l.AnyOf) > 0 {
				s.sensitive++
			}
			if l.Decoy {
				s.decoys++
			}
			for _, c := range l.Categories {
				cats[c]++
			}
			hard[l.Hard]++
		}
	}
	sort.Strings(names)
	for _, n := range names {
		s := seen[n]
		if s.docs == 0 || s.sensitive == 0 || s.decoys == 0 {
			t.Errorf("schema %s: %d docs, %d sensitive leaves, %d decoys", n, s.docs, s.sensitive, s.decoys)
		}
		t.Logf("%-22s docs %4d leaves %6d sensitive %6d decoys %5d", n, s.docs, s.leaves, s.sensitive, s.decoys)
	}
	for _, c := range corpus.Categories {
		if cats[c] == 0 {
			t.Errorf("no leaf of category %s", c)
		}
		t.Logf("category %-16s %d", c, cats[c])
	}
	for _, h := range []string{corpus.HardLanguage, corpus.HardObfuscated, corpus.HardFreeText, corpus.HardClinical} {
		if hard[h] == 0 {
			t.Errorf("no leaf of hard kind %s", h)
		}
		t.Logf("hard %-12s %d", h, hard[h])
	}
}
