package blindset

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/leakscope/leakscope/corpus"
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 300), Generate(7, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different docs")
	}
	c := Generate(8, 300)
	same := 0
	for i := range a {
		if bytes.Equal(a[i].JSON, c[i].JSON) {
			same++
		}
	}
	if same > 0 {
		t.Fatalf("seeds 7 and 8 share %d docs", same)
	}
	// a prefix does not depend on n
	p := Generate(7, 50)
	if !reflect.DeepEqual(p, a[:50]) {
		t.Fatal("doc i depends on n")
	}
}

func leaves(v any, ptr string, out map[string]bool) {
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			k = strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
			leaves(e, ptr+"/"+k, out)
		}
	case []any:
		for i, e := range t {
			leaves(e, ptr+"/"+strconv.Itoa(i), out)
		}
	default:
		out[ptr] = true
	}
}

func TestDocs(t *testing.T) {
	docs := Generate(1, 2000)
	seen := map[string]int{}
	known := map[string]bool{}
	for _, s := range Schemas() {
		known[s] = true
	}
	validCat := func(c string) bool { return slices.Contains(corpus.Categories, c) }
	validHard := map[string]bool{"": true, corpus.HardLanguage: true, corpus.HardObfuscated: true, corpus.HardFreeText: true, corpus.HardClinical: true}
	for i, d := range docs {
		if !known[d.Schema] {
			t.Fatalf("doc %d: unknown schema %q", i, d.Schema)
		}
		seen[d.Schema]++
		if !json.Valid(d.JSON) || bytes.ContainsAny(d.JSON, "\n\r") {
			t.Fatalf("doc %d (%s): not one line of valid JSON: %s", i, d.Schema, d.JSON)
		}
		dec := json.NewDecoder(bytes.NewReader(d.JSON))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		leaves(v, "", got)
		for ptr := range got {
			if _, ok := d.Labels[ptr]; !ok {
				t.Errorf("doc %d (%s): leaf %s has no label", i, d.Schema, ptr)
			}
		}
		for ptr, l := range d.Labels {
			if !got[ptr] {
				t.Errorf("doc %d (%s): label %s names no leaf", i, d.Schema, ptr)
			}
			for _, c := range append(slices.Clone(l.Categories), l.AnyOf...) {
				if !validCat(c) {
					t.Errorf("doc %d: %s: bad category %q", i, ptr, c)
				}
			}
			if l.Decoy && (len(l.Categories) > 0 || len(l.AnyOf) > 0) {
				t.Errorf("doc %d: %s: decoy with categories", i, ptr)
			}
			if len(l.AnyOf) == 1 {
				t.Errorf("doc %d: %s: AnyOf of one", i, ptr)
			}
			if !validHard[l.Hard] {
				t.Errorf("doc %d: %s: bad hard %q", i, ptr, l.Hard)
			}
		}
		if t.Failed() {
			t.FailNow()
		}
	}
	for _, s := range Schemas() {
		if seen[s] == 0 {
			t.Errorf("schema %s never generated in 2000 docs", s)
		}
	}
	if len(Schemas()) < 12 {
		t.Errorf("only %d schemas", len(Schemas()))
	}
}

// TestCoverage checks every category, every hard kind and decoys occur.
func TestCoverage(t *testing.T) {
	cats := map[string]int{}
	hard := map[string]int{}
	decoys := 0
	for _, d := range Generate(3, 2000) {
		for _, l := range d.Labels {
			for _, c := range l.Categories {
				cats[c]++
			}
			for _, c := range l.AnyOf {
				cats["anyof:"+c]++
			}
			if l.Decoy {
				decoys++
			}
			hard[l.Hard]++
		}
	}
	for _, c := range corpus.Categories {
		if cats[c] == 0 {
			t.Errorf("category %s never used", c)
		}
	}
	for _, h := range []string{corpus.HardLanguage, corpus.HardObfuscated, corpus.HardFreeText, corpus.HardClinical} {
		if hard[h] == 0 {
			t.Errorf("hard kind %s never used", h)
		}
	}
	if decoys == 0 {
		t.Error("no decoys")
	}
	t.Logf("categories %v decoys %d hard %v", cats, decoys, hard)
}
