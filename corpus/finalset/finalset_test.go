package finalset

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/leakscope/leakscope/corpus"
)

func leafPointers(t *testing.T, v any, ptr string, out map[string]bool) {
	t.Helper()
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			k = strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
			leafPointers(t, c, ptr+"/"+k, out)
		}
	case []any:
		for i, c := range x {
			leafPointers(t, c, ptr+"/"+strconv.Itoa(i), out)
		}
	default:
		out[ptr] = true
	}
}

func TestDeterministic(t *testing.T) {
	a := Generate(7, 120)
	b := Generate(7, 120)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different documents")
	}
	c := Generate(8, 120)
	same := 0
	for i := range a {
		if bytes.Equal(a[i].JSON, c[i].JSON) {
			same++
		}
	}
	if same > 0 {
		t.Fatalf("%d documents equal across seeds", same)
	}
	// A document does not depend on how many were asked for.
	d := Generate(7, 40)
	if !reflect.DeepEqual(a[:40], d) {
		t.Fatal("prefix differs")
	}
}

func TestDocsValidAndFullyLabelled(t *testing.T) {
	hards := map[string]bool{"": true, corpus.HardLanguage: true, corpus.HardObfuscated: true, corpus.HardFreeText: true, corpus.HardClinical: true}
	cats := map[string]bool{}
	for _, c := range corpus.Categories {
		cats[c] = true
	}
	for _, seed := range []int64{1, 99} {
		for i, d := range Generate(seed, 800) {
			if !json.Valid(d.JSON) {
				t.Fatalf("seed %d doc %d (%s): invalid JSON", seed, i, d.Schema)
			}
			if bytes.ContainsAny(d.JSON, "\n\r") {
				t.Fatalf("doc %d (%s): not one line", i, d.Schema)
			}
			dec := json.NewDecoder(bytes.NewReader(d.JSON))
			dec.UseNumber()
			var v any
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
			leaves := map[string]bool{}
			leafPointers(t, v, "", leaves)
			for p := range leaves {
				if _, ok := d.Labels[p]; !ok {
					t.Errorf("doc %d (%s): leaf %q has no label", i, d.Schema, p)
				}
			}
			for p, l := range d.Labels {
				if !leaves[p] {
					t.Errorf("doc %d (%s): label %q is not a leaf", i, d.Schema, p)
				}
				for _, c := range append(append([]string{}, l.Categories...), l.AnyOf...) {
					if !cats[c] {
						t.Errorf("doc %d: %q has unknown category %q", i, p, c)
					}
				}
				if !hards[l.Hard] {
					t.Errorf("doc %d: %q has unknown hard kind %q", i, p, l.Hard)
				}
				if l.Decoy && (len(l.Categories) > 0 || len(l.AnyOf) > 0) {
					t.Errorf("doc %d: %q is a decoy with categories", i, p)
				}
				if len(l.AnyOf) == 1 {
					t.Errorf("doc %d: %q has a one-member any-of group", i, p)
				}
			}
			if t.Failed() {
				t.Logf("%s", d.JSON)
				t.FailNow()
			}
		}
	}
}

func TestEverySchemaAppears(t *testing.T) {
	names := Schemas()
	if len(names) < 16 {
		t.Fatalf("only %d schemas", len(names))
	}
	count := map[string]int{}
	for _, d := range Generate(2024, 2000) {
		count[d.Schema]++
	}
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			t.Errorf("schema %q listed twice", n)
		}
		seen[n] = true
		if count[n] == 0 {
			t.Errorf("schema %q never generated", n)
		}
	}
	if len(count) != len(names) {
		t.Errorf("generated schemas %v, listed %v", count, names)
	}
}

// TestEachSchemaHasSignalAndDecoys checks every schema makes sensitive
// leaves and decoys, and that every category shows up in the set.
func TestEachSchemaHasSignalAndDecoys(t *testing.T) {
	type tally struct{ pos, decoy int }
	per := map[string]*tally{}
	cat := map[string]int{}
	for _, d := range Generate(5, 400) {
		if per[d.Schema] == nil {
			per[d.Schema] = &tally{}
		}
		for _, l := range d.Labels {
			if len(l.Categories) > 0 || len(l.AnyOf) > 0 {
				per[d.Schema].pos++
			}
			if l.Decoy {
				per[d.Schema].decoy++
			}
			for _, c := range l.Categories {
				cat[c]++
			}
		}
	}
	var names []string
	for n := range per {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if per[n].pos == 0 || per[n].decoy == 0 {
			t.Errorf("schema %s: %d sensitive, %d decoys", n, per[n].pos, per[n].decoy)
		}
	}
	for _, c := range corpus.Categories {
		if cat[c] == 0 {
			t.Errorf("category %s never required", c)
		}
	}
}
