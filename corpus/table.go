package corpus

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
)

// WriteTable writes the scores as Markdown: precision, recall and F1 per
// category at leaf and path level with the micro averages, the decoy rate,
// then leaf-level counts per hard kind and per schema. A ratio with a zero
// denominator is written "–".
func (s *Scores) WriteTable(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "Documents: %d, classifier errors: %d\n\n", s.Docs, s.Errors)

	fmt.Fprintln(bw, "| category | leaf P | leaf R | leaf F1 | TP | FP | FN | path P | path R | path F1 |")
	fmt.Fprintln(bw, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	row := func(name string, l, p Counts) {
		fmt.Fprintf(bw, "| %s | %s | %s | %s | %d | %d | %d | %s | %s | %s |\n", name,
			prec(l), rec(l), f1(l), l.TP, l.FP, l.FN, prec(p), rec(p), f1(p))
	}
	for _, c := range categoryOrder(s.Leaf, s.Path) {
		name := c
		if !hasCat(Categories, c) {
			name = strconv.Quote(c)
		}
		row(name, s.Leaf[c], s.Path[c])
	}
	row("**micro**", s.LeafMicro, s.PathMicro)

	rate := "–"
	if s.Decoys > 0 {
		rate = strconv.FormatFloat(100*float64(s.DecoysFlagged)/float64(s.Decoys), 'f', 1, 64) + "%"
	}
	fmt.Fprintf(bw, "\nDecoys: %d look-alike leaves, %d flagged (%s)\n", s.Decoys, s.DecoysFlagged, rate)

	counts := func(title string, m map[string]Counts) {
		fmt.Fprintf(bw, "\n| %s | P | R | F1 | TP | FP | FN |\n", title)
		fmt.Fprintln(bw, "|---|---:|---:|---:|---:|---:|---:|")
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			c := m[k]
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %d | %d | %d |\n", k, prec(c), rec(c), f1(c), c.TP, c.FP, c.FN)
		}
	}
	counts("hard kind", s.Hard)
	counts("schema", s.Schema)
	return bw.Flush()
}

// categoryOrder is the five categories in report order, then any other
// name a classifier used, sorted.
func categoryOrder(ms ...map[string]Counts) []string {
	out := slices.Clone(Categories)
	var extra []string
	for _, m := range ms {
		for k := range m {
			if !hasCat(out, k) && !hasCat(extra, k) {
				extra = append(extra, k)
			}
		}
	}
	slices.Sort(extra)
	return append(out, extra...)
}

func num3(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

func prec(c Counts) string {
	if c.TP+c.FP == 0 {
		return "–"
	}
	return num3(c.Precision())
}

func rec(c Counts) string {
	if c.TP+c.FN == 0 {
		return "–"
	}
	return num3(c.Recall())
}

func f1(c Counts) string {
	if c.TP+c.FP == 0 || c.TP+c.FN == 0 {
		return "–"
	}
	return num3(c.F1())
}
