// Command corpusscore classifies generated documents with leakscope's
// default rules and prints the scorer's tables.
//
//	go run ./corpus/cmd/corpusscore [-set tune|holdout] [-seed 1] [-n 20000] [-min-confidence 0.5]
//
// The tune set is what the rules were tuned on; the holdout set
// (corpus/holdout) was written apart and is never used for tuning.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/corpus"
	"github.com/leakscope/leakscope/corpus/blindset"
	"github.com/leakscope/leakscope/corpus/blindset10"
	"github.com/leakscope/leakscope/corpus/blindset11"
	"github.com/leakscope/leakscope/corpus/blindset12"
	"github.com/leakscope/leakscope/corpus/blindset13"
	"github.com/leakscope/leakscope/corpus/blindset14"
	"github.com/leakscope/leakscope/corpus/blindset15"
	"github.com/leakscope/leakscope/corpus/blindset16"
	"github.com/leakscope/leakscope/corpus/blindset17"
	"github.com/leakscope/leakscope/corpus/blindset18"
	"github.com/leakscope/leakscope/corpus/blindset19"
	"github.com/leakscope/leakscope/corpus/blindset2"
	"github.com/leakscope/leakscope/corpus/blindset20"
	"github.com/leakscope/leakscope/corpus/blindset21"
	"github.com/leakscope/leakscope/corpus/blindset22"
	"github.com/leakscope/leakscope/corpus/blindset23"
	"github.com/leakscope/leakscope/corpus/blindset24"
	"github.com/leakscope/leakscope/corpus/blindset25"
	"github.com/leakscope/leakscope/corpus/blindset26"
	"github.com/leakscope/leakscope/corpus/blindset27"
	"github.com/leakscope/leakscope/corpus/blindset3"
	"github.com/leakscope/leakscope/corpus/blindset4"
	"github.com/leakscope/leakscope/corpus/blindset5"
	"github.com/leakscope/leakscope/corpus/blindset6"
	"github.com/leakscope/leakscope/corpus/blindset7"
	"github.com/leakscope/leakscope/corpus/blindset8"
	"github.com/leakscope/leakscope/corpus/blindset9"
	"github.com/leakscope/leakscope/corpus/finalset"
	"github.com/leakscope/leakscope/corpus/holdout"
	"github.com/leakscope/leakscope/corpus/testset"
)

func main() {
	set := flag.String("set", "tune", "tune, holdout, testset, finalset, blindset, blindset2, blindset3, blindset4, blindset5, blindset6, blindset7, blindset8, blindset9, blindset10, blindset11, blindset12, blindset13, blindset14, blindset15, blindset16, blindset17, blindset18, blindset19, blindset20, blindset21, blindset22, blindset23, blindset24, blindset25, blindset26 or blindset27")
	seed := flag.Int64("seed", 1, "generator seed")
	n := flag.Int("n", 20000, "documents")
	minConf := flag.Float64("min-confidence", 0.5, "confidence threshold")
	misses := flag.Int("misses", 0, "print this many misclassified leaves (paths and labels, no values)")
	columns := flag.Bool("column-evidence", false, "classify the documents as one stream with Options.ColumnEvidence (scan --column-evidence)")
	flag.Parse()
	var docs []corpus.Doc
	switch *set {
	case "tune":
		docs = corpus.Generate(*seed, *n)
	case "holdout":
		docs = holdout.Generate(*seed, *n)
	case "testset":
		docs = testset.Generate(*seed, *n)
	case "finalset":
		docs = finalset.Generate(*seed, *n)
	case "blindset":
		docs = blindset.Generate(*seed, *n)
	case "blindset2":
		docs = blindset2.Generate(*seed, *n)
	case "blindset3":
		docs = blindset3.Generate(*seed, *n)
	case "blindset4":
		docs = blindset4.Generate(*seed, *n)
	case "blindset5":
		docs = blindset5.Generate(*seed, *n)
	case "blindset6":
		docs = blindset6.Generate(*seed, *n)
	case "blindset7":
		docs = blindset7.Generate(*seed, *n)
	case "blindset8":
		docs = blindset8.Generate(*seed, *n)
	case "blindset9":
		docs = blindset9.Generate(*seed, *n)
	case "blindset10":
		docs = blindset10.Generate(*seed, *n)
	case "blindset11":
		docs = blindset11.Generate(*seed, *n)
	case "blindset12":
		docs = blindset12.Generate(*seed, *n)
	case "blindset13":
		docs = blindset13.Generate(*seed, *n)
	case "blindset14":
		docs = blindset14.Generate(*seed, *n)
	case "blindset15":
		docs = blindset15.Generate(*seed, *n)
	case "blindset16":
		docs = blindset16.Generate(*seed, *n)
	case "blindset17":
		docs = blindset17.Generate(*seed, *n)
	case "blindset18":
		docs = blindset18.Generate(*seed, *n)
	case "blindset19":
		docs = blindset19.Generate(*seed, *n)
	case "blindset20":
		docs = blindset20.Generate(*seed, *n)
	case "blindset21":
		docs = blindset21.Generate(*seed, *n)
	case "blindset22":
		docs = blindset22.Generate(*seed, *n)
	case "blindset23":
		docs = blindset23.Generate(*seed, *n)
	case "blindset24":
		docs = blindset24.Generate(*seed, *n)
	case "blindset25":
		docs = blindset25.Generate(*seed, *n)
	case "blindset26":
		docs = blindset26.Generate(*seed, *n)
	case "blindset27":
		docs = blindset27.Generate(*seed, *n)
	default:
		fmt.Fprintln(os.Stderr, "corpusscore: -set is tune, holdout, testset, finalset, blindset, blindset2, blindset3, blindset4, blindset5, blindset6, blindset7, blindset8, blindset9, blindset10, blindset11, blindset12, blindset13, blindset14, blindset15, blindset16, blindset17, blindset18, blindset19, blindset20, blindset21, blindset22, blindset23, blindset24, blindset25, blindset26 or blindset27")
		os.Exit(2)
	}
	c, err := classify.New(nil, classify.Options{MinConfidence: *minConf, ColumnEvidence: *columns})
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpusscore:", err)
		os.Exit(1)
	}
	// With column evidence the documents are one stream, classified first;
	// Score then takes their findings in order.
	var streamed [][]classify.Finding
	if *columns {
		var in bytes.Buffer
		for _, d := range docs {
			in.Write(d.JSON)
			in.WriteByte('\n')
		}
		for res, err := range c.Stream(context.Background(), &in) {
			if err != nil {
				fmt.Fprintln(os.Stderr, "corpusscore:", err)
				os.Exit(1)
			}
			streamed = append(streamed, res.Findings)
		}
	}
	next := 0
	var buf []classify.Finding
	type miss struct{ schema, path, want, got string }
	counts := map[miss]int{}
	scores := corpus.Score(docs, func(doc []byte) ([]corpus.Finding, error) {
		var err error
		if streamed != nil {
			buf, next = streamed[next], next+1
		} else {
			buf, err = c.AppendFindings(buf[:0], doc)
		}
		out := make([]corpus.Finding, len(buf))
		for i, f := range buf {
			out[i] = corpus.Finding{Path: f.Path, Category: f.Category.String()}
		}
		return out, err
	})
	if *misses > 0 {
		for _, d := range docs {
			got := map[string][]string{}
			buf, _ = c.AppendFindings(buf[:0], d.JSON)
			for _, f := range buf {
				got[f.Path] = append(got[f.Path], f.Category.String()+"("+f.Rule+")")
			}
			for p, l := range d.Labels {
				want := fmt.Sprint(l.Categories, l.AnyOf)
				g := fmt.Sprint(got[p])
				if !agrees(l, got[p]) {
					counts[miss{d.Schema, fold(p), want, g}]++
				}
			}
		}
		type kv struct {
			m miss
			n int
		}
		var list []kv
		for m, k := range counts {
			list = append(list, kv{m, k})
		}
		sort.Slice(list, func(i, j int) bool { return list[i].n > list[j].n })
		for i, e := range list {
			if i >= *misses {
				break
			}
			fmt.Printf("%5d %-20s %-50s want %-30s got %s\n", e.n, e.m.schema, e.m.path, e.m.want, e.m.got)
		}
		fmt.Println()
	}
	scores.WriteTable(os.Stdout)
}

func agrees(l corpus.Label, got []string) bool {
	has := func(c string) bool {
		for _, g := range got {
			if len(g) >= len(c) && g[:len(c)] == c && (len(g) == len(c) || g[len(c)] == '(') {
				return true
			}
		}
		return false
	}
	for _, c := range l.Categories {
		if !has(c) {
			return false
		}
	}
	anyOK := len(l.AnyOf) == 0
	for _, c := range l.AnyOf {
		if has(c) {
			anyOK = true
		}
	}
	if !anyOK {
		return false
	}
	allowed := map[string]bool{}
	for _, c := range append(append([]string{}, l.Categories...), l.AnyOf...) {
		allowed[c] = true
	}
	for _, g := range got {
		cat := g
		for i := range g {
			if g[i] == '(' {
				cat = g[:i]
				break
			}
		}
		if !allowed[cat] {
			return false
		}
	}
	return true
}

// fold replaces array indices with *.
func fold(p string) string {
	out := []byte{}
	seg := []byte{}
	flush := func() {
		allDigits := len(seg) > 0
		for _, c := range seg {
			if c < '0' || c > '9' {
				allDigits = false
			}
		}
		if allDigits {
			out = append(out, '*')
		} else {
			out = append(out, seg...)
		}
		seg = seg[:0]
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '/' {
			flush()
			out = append(out, '/')
			continue
		}
		seg = append(seg, p[i])
	}
	flush()
	return string(out)
}
