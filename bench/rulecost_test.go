package bench

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/valyala/fastjson"

	"github.com/leakscope/leakscope/rules"
)

var ruleCost = flag.Bool("rulecost", false, "print what each rule's checks cost on the benchmark corpus")

// TestRuleCost times each rule's value check and free-text finder on every
// string leaf of the benchmark corpus, as if every leaf reached every rule:
// the upper bound of what a rule can cost, and the list to optimise from.
//
//	cd bench && go test -run TestRuleCost -rulecost
func TestRuleCost(t *testing.T) {
	if !*ruleCost {
		t.Skip("-rulecost not set")
	}
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	var values [][]byte
	var p fastjson.Parser
	var visit func(v *fastjson.Value)
	visit = func(v *fastjson.Value) {
		switch v.Type() {
		case fastjson.TypeObject:
			o, _ := v.Object()
			o.Visit(func(_ []byte, e *fastjson.Value) { visit(e) })
		case fastjson.TypeArray:
			a, _ := v.Array()
			for _, e := range a {
				visit(e)
			}
		case fastjson.TypeString:
			values = append(values, bytes.TrimSpace(bytes.Clone(v.GetStringBytes())))
		}
	}
	for line := range bytes.Lines(dump(t, 5_000)) {
		v, err := p.ParseBytes(line)
		if err != nil {
			t.Fatal(err)
		}
		visit(v)
	}
	type cost struct {
		id         string
		value, fnd time.Duration
		vHits      int
	}
	d := set.Dictionaries()
	var costs []cost
	var lower []byte
	for _, c := range set.Rules() {
		k := cost{id: c.ID}
		start := time.Now()
		for _, v := range values {
			if c.HasValueCheck() && len(v) > 0 {
				if ok, _ := c.MatchValue(v, rules.ShapeOf(v), d); ok {
					k.vHits++
				}
			}
		}
		k.value = time.Since(start)
		if c.Finds() {
			start = time.Now()
			for _, v := range values {
				lower = bytes.ToLower(v)
				c.FindIn(v, lower, rules.ShapeOf(v), d, func(int, int) bool { return false })
			}
			k.fnd = time.Since(start)
		}
		costs = append(costs, k)
	}
	slices.SortFunc(costs, func(a, b cost) int { return int(b.value + b.fnd - a.value - a.fnd) })
	fmt.Fprintf(os.Stderr, "%d string values\n%-40s %10s %10s %8s\n", len(values), "rule", "value ns", "find ns", "v hits")
	for _, k := range costs[:40] {
		n := time.Duration(len(values))
		fmt.Fprintf(os.Stderr, "%-40s %10d %10d %8d\n", k.id, k.value/n, k.fnd/n, k.vHits)
	}
}
