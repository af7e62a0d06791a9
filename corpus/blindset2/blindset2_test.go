package blindset2

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/leakscope/leakscope/corpus"
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 200), Generate(7, 200)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different documents")
	}
	c := Generate(8, 200)
	same := 0
	for i := range a {
		if bytes.Equal(a[i].JSON, c[i].JSON) {
			same++
		}
	}
	if same == len(a) {
		t.Fatal("different seeds gave identical documents")
	}
	// Document i must not depend on n.
	d := Generate(7, 50)
	for i := range d {
		if !bytes.Equal(a[i].JSON, d[i].JSON) {
			t.Fatalf("doc %d depends on n", i)
		}
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
			leaves(e, fmt.Sprintf("%s/%d", ptr, i), out)
		}
	default:
		out[ptr] = true
	}
}

func TestValidJSONAndLabels(t *testing.T) {
	valid := map[string]bool{}
	for _, c := range corpus.Categories {
		valid[c] = true
	}
	hard := map[string]bool{"": true, corpus.HardLanguage: true, corpus.HardObfuscated: true, corpus.HardFreeText: true, corpus.HardClinical: true}
	for i, d := range Generate(1, 1000) {
		if bytes.ContainsAny(d.JSON, "\n\r") {
			t.Fatalf("doc %d not on one line", i)
		}
		dec := json.NewDecoder(bytes.NewReader(d.JSON))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("doc %d (%s): %v", i, d.Schema, err)
		}
		if dec.More() {
			t.Fatalf("doc %d: trailing data", i)
		}
		got := map[string]bool{}
		leaves(v, "", got)
		if len(got) != len(d.Labels) {
			t.Fatalf("doc %d (%s): %d leaves, %d labels", i, d.Schema, len(got), len(d.Labels))
		}
		for p, l := range d.Labels {
			if !got[p] {
				t.Fatalf("doc %d (%s): label %q is not a leaf", i, d.Schema, p)
			}
			for _, c := range append(append([]string{}, l.Categories...), l.AnyOf...) {
				if !valid[c] {
					t.Fatalf("doc %d %s: bad category %q", i, p, c)
				}
			}
			if !hard[l.Hard] {
				t.Fatalf("doc %d %s: bad hard %q", i, p, l.Hard)
			}
			if l.Decoy && (len(l.Categories) > 0 || len(l.AnyOf) > 0) {
				t.Fatalf("doc %d %s: decoy with categories", i, p)
			}
		}
	}
}

func TestEverySchema(t *testing.T) {
	names := Schemas()
	if len(names) < 10 {
		t.Fatalf("only %d schemas", len(names))
	}
	seen := map[string]int{}
	for _, d := range Generate(42, 1000) {
		seen[d.Schema]++
	}
	for _, n := range names {
		if seen[n] == 0 {
			t.Errorf("schema %s never generated", n)
		}
	}
	if len(seen) != len(names) {
		t.Errorf("unknown schemas generated: %v", seen)
	}
}

// TestStats logs leaf counts per category over 1000 documents (go test -v).
func TestStats(t *testing.T) {
	count := map[string]int{}
	total := 0
	for _, d := range Generate(1, 1000) {
		for _, l := range d.Labels {
			total++
			for _, c := range l.Categories {
				count[c]++
			}
			if len(l.AnyOf) > 0 {
				count["anyof:"+strings.Join(l.AnyOf, "|")]++
			}
			if l.Decoy {
				count["decoy"]++
			}
			if len(l.Categories) == 0 && len(l.AnyOf) == 0 {
				count["none"]++
			}
			if l.Hard != "" {
				count["hard:"+l.Hard]++
			}
		}
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	t.Logf("leaves: %d", total)
	for _, k := range keys {
		t.Logf("%-45s %d", k, count[k])
	}
}
