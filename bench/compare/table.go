package compare

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// WriteSummary writes a Markdown table with one row per tool, its best way
// of feeding (Best): F1 per category, leaf micro precision, recall and F1,
// F1 over the categories the tool claims, the share of decoys it flagged
// and its throughput. A category the tool cannot express shows "—" and
// counts as missed in the micro figures.
func WriteSummary(w io.Writer, rows []Row) error {
	var b strings.Builder
	b.WriteString("| tool | fed | ")
	b.WriteString(strings.Join(corpus.Categories, " | "))
	b.WriteString(" | micro P | micro R | **micro F1** | F1 on its categories | decoys flagged | leaves/s |\n")
	b.WriteString("|---|---|" + strings.Repeat("---:|", len(corpus.Categories)+6) + "\n")
	for _, r := range Best(rows) {
		fmt.Fprintf(&b, "| %s | %s |", r.Tool, code(r.Feed))
		for _, c := range corpus.Categories {
			if !r.covers(c) {
				b.WriteString(" — |")
				continue
			}
			fmt.Fprintf(&b, " %.3f |", r.Scores.Leaf[c].F1())
		}
		m := r.Scores.LeafMicro
		fmt.Fprintf(&b, " %.3f | %.3f | **%.3f** | %.3f | %.1f%% | %s |\n",
			m.Precision(), m.Recall(), m.F1(), r.Covered().F1(), 100*r.DecoyRate(), thousands(r.LeavesPerSecond()))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteDetail writes a Markdown table with every row, each tool in each
// way it was fed: precision / recall per category, leaf micro F1, F1 over
// the categories the tool claims, decoys flagged, and throughput in leaves
// and in megabytes of what the tool was given per second.
func WriteDetail(w io.Writer, rows []Row) error {
	var b strings.Builder
	b.WriteString("| tool | fed | ")
	for i, c := range corpus.Categories {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(c + " P / R")
	}
	b.WriteString(" | micro F1 | F1 on its categories | decoys flagged | leaves/s | MB/s |\n")
	b.WriteString("|---|---|" + strings.Repeat("---:|", len(corpus.Categories)+5) + "\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %s |", r.Tool, code(r.Feed))
		for _, c := range corpus.Categories {
			if !r.covers(c) {
				b.WriteString(" — |")
				continue
			}
			x := r.Scores.Leaf[c]
			fmt.Fprintf(&b, " %.2f / %.2f |", x.Precision(), x.Recall())
		}
		fmt.Fprintf(&b, " %.3f | %.3f | %.1f%% | %s | %.2f |\n",
			r.Scores.LeafMicro.F1(), r.Covered().F1(), 100*r.DecoyRate(), thousands(r.LeavesPerSecond()), r.MBPerSecond())
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func code(feed string) string {
	if feed == "whole document" {
		return feed
	}
	return "`" + feed + "`"
}

// thousands formats x rounded, with commas between groups of three digits.
func thousands(x float64) string {
	s := strconv.FormatInt(int64(x+0.5), 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
