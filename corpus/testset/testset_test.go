package testset

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/leakscope/leakscope/corpus"
)

func TestDeterministic(t *testing.T) {
	a := Generate(7, 300)
	b := Generate(7, 300)
	if len(a) != 300 || len(b) != 300 {
		t.Fatalf("got %d and %d docs, want 300", len(a), len(b))
	}
	for i := range a {
		if !bytes.Equal(a[i].JSON, b[i].JSON) || a[i].Schema != b[i].Schema || !reflect.DeepEqual(a[i].Labels, b[i].Labels) {
			t.Fatalf("doc %d differs between runs", i)
		}
	}
	// A prefix does not depend on n.
	c := Generate(7, 40)
	for i := range c {
		if !bytes.Equal(a[i].JSON, c[i].JSON) {
			t.Fatalf("doc %d depends on n", i)
		}
	}
	d := Generate(8, 40)
	same := 0
	for i := range d {
		if bytes.Equal(c[i].JSON, d[i].JSON) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d docs equal across seeds 7 and 8", same)
	}
}

// leaves walks a decoded JSON value and collects the RFC 6901 pointers of
// its scalar leaves.
func leaves(v any, ptr string, out map[string]bool) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			leaves(x, ptr+"/"+strings.NewReplacer("~", "~0", "/", "~1").Replace(k), out)
		}
	case []any:
		for i, x := range v {
			leaves(x, ptr+"/"+strconv.Itoa(i), out)
		}
	default:
		out[ptr] = true
	}
}

// objectKeyCount counts object members in raw JSON, to catch duplicate
// keys that decoding into a map would hide.
func objectKeyCount(t *testing.T, data []byte) (keys int) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var stack []bool // true: object
	expectKey := false
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tok := tok.(type) {
		case json.Delim:
			switch tok {
			case '{':
				stack = append(stack, true)
				expectKey = true
				continue
			case '[':
				stack = append(stack, false)
			case '}', ']':
				stack = stack[:len(stack)-1]
			}
		default:
			if expectKey {
				keys++
				expectKey = false
				continue
			}
		}
		expectKey = len(stack) > 0 && stack[len(stack)-1]
	}
	return keys
}

func mapKeyCount(v any) int {
	n := 0
	switch v := v.(type) {
	case map[string]any:
		n += len(v)
		for _, x := range v {
			n += mapKeyCount(x)
		}
	case []any:
		for _, x := range v {
			n += mapKeyCount(x)
		}
	}
	return n
}

func TestDocsValidAndFullyLabelled(t *testing.T) {
	hard := []string{"", corpus.HardLanguage, corpus.HardObfuscated, corpus.HardFreeText, corpus.HardClinical}
	for i, d := range Generate(1, 2000) {
		if !json.Valid(d.JSON) {
			t.Fatalf("doc %d (%s) is not valid JSON", i, d.Schema)
		}
		if bytes.ContainsAny(d.JSON, "\n\r") {
			t.Fatalf("doc %d (%s) is not on one line", i, d.Schema)
		}
		var v any
		if err := json.Unmarshal(d.JSON, &v); err != nil {
			t.Fatal(err)
		}
		if _, ok := v.(map[string]any); !ok {
			if _, ok := v.([]any); !ok {
				t.Fatalf("doc %d (%s): root is a scalar", i, d.Schema)
			}
		}
		if got, want := mapKeyCount(v), objectKeyCount(t, d.JSON); got != want {
			t.Fatalf("doc %d (%s): duplicate keys (%d unique of %d)", i, d.Schema, got, want)
		}
		ptrs := map[string]bool{}
		leaves(v, "", ptrs)
		for p := range ptrs {
			if _, ok := d.Labels[p]; !ok {
				t.Fatalf("doc %d (%s): leaf %q has no label", i, d.Schema, p)
			}
		}
		for p, l := range d.Labels {
			if !ptrs[p] {
				t.Fatalf("doc %d (%s): label %q is not a leaf", i, d.Schema, p)
			}
			for _, c := range append(slices.Clone(l.Categories), l.AnyOf...) {
				if !slices.Contains(corpus.Categories, c) {
					t.Fatalf("doc %d %s: unknown category %q", i, p, c)
				}
			}
			if len(l.AnyOf) == 1 {
				t.Fatalf("doc %d %s: any-of of one", i, p)
			}
			if l.Decoy && (len(l.Categories) > 0 || len(l.AnyOf) > 0) {
				t.Fatalf("doc %d %s: decoy with categories", i, p)
			}
			if !slices.Contains(hard, l.Hard) {
				t.Fatalf("doc %d %s: unknown hard kind %q", i, p, l.Hard)
			}
		}
	}
}

func TestEverySchemaAppears(t *testing.T) {
	seen := map[string]int{}
	for _, d := range Generate(42, 2000) {
		seen[d.Schema]++
	}
	names := Schemas()
	if len(names) < 14 {
		t.Errorf("%d schemas, want at least 14", len(names))
	}
	for _, s := range names {
		if seen[s] == 0 {
			t.Errorf("schema %s never generated", s)
		}
	}
	if len(seen) != len(names) {
		t.Errorf("generated %d schema names, Schemas() lists %d", len(seen), len(names))
	}
}

// TestStats prints leaf counts; run with TESTSET_STATS=1 go test -run Stats -v.
func TestStats(t *testing.T) {
	if os.Getenv("TESTSET_STATS") == "" {
		t.Skip("set TESTSET_STATS=1")
	}
	cnt := map[string]int{}
	perSchema := map[string]map[string]int{}
	for _, d := range Generate(1, 2000) {
		if perSchema[d.Schema] == nil {
			perSchema[d.Schema] = map[string]int{}
		}
		for _, l := range d.Labels {
			keys := []string{"leaves"}
			for _, c := range l.Categories {
				keys = append(keys, c)
			}
			if len(l.AnyOf) > 0 {
				keys = append(keys, "anyof:"+strings.Join(l.AnyOf, "|"))
			}
			if len(l.Categories) == 0 && len(l.AnyOf) == 0 {
				keys = append(keys, "none")
			}
			if l.Decoy {
				keys = append(keys, "decoy")
			}
			if l.Hard != "" {
				keys = append(keys, "hard:"+l.Hard)
			}
			for _, k := range keys {
				cnt[k]++
				perSchema[d.Schema][k]++
			}
		}
	}
	var ks []string
	for k := range cnt {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("%-40s %d\n", k, cnt[k])
	}
	for _, s := range Schemas() {
		m := perSchema[s]
		fmt.Printf("%-22s leaves=%d cr=%d ct=%d nw=%d dv=%d hl=%d anyof=%d decoy=%d\n", s, m["leaves"], m[corpus.Credential], m[corpus.Contact], m[corpus.NetworkLayout], m[corpus.DeviceInventory], m[corpus.Health], m["anyof:network-layout|device-inventory"]+m["anyof:credential|contact"]+m["anyof:contact|health"], m["decoy"])
	}
}

// TestDump prints one labelled document per schema; run with
// TESTSET_DUMP=<schema or all> go test -run Dump -v.
func TestDump(t *testing.T) {
	want := os.Getenv("TESTSET_DUMP")
	if want == "" {
		t.Skip("set TESTSET_DUMP")
	}
	done := map[string]bool{}
	for _, d := range Generate(3, 200) {
		if done[d.Schema] || (want != "all" && want != d.Schema) {
			continue
		}
		done[d.Schema] = true
		fmt.Printf("== %s\n%s\n", d.Schema, d.JSON)
		var ps []string
		for p := range d.Labels {
			ps = append(ps, p)
		}
		sort.Strings(ps)
		for _, p := range ps {
			l := d.Labels[p]
			fmt.Printf("  %-60s %v any=%v decoy=%v hard=%s\n", p, l.Categories, l.AnyOf, l.Decoy, l.Hard)
		}
	}
}
