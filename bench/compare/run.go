package compare

import (
	"time"

	"github.com/leakscope/leakscope/corpus"
)

// A Run is what one tool, fed one way, said about every leaf of a set.
type Run struct {
	Tool   string   // "gitleaks"
	Feed   string   // how each leaf was given to it: `name: value`
	Covers []string // the categories the tool claims to find, in report order

	// Findings holds the tool's findings, per document.
	Findings [][]corpus.Finding

	Elapsed time.Duration // time spent inside the tool
	Bytes   int64         // bytes the tool was given
	Leaves  int           // leaves it was asked about (or that its documents hold)
}

// newRun makes a Run for per-leaf answers over ndocs documents.
func newRun(tool, feed string, covers []string, ndocs int) *Run {
	return &Run{Tool: tool, Feed: feed, Covers: covers, Findings: make([][]corpus.Finding, ndocs)}
}

// add records that the tool gave leaf l the categories cats.
func (r *Run) add(l *Leaf, cats ...string) {
	for _, c := range cats {
		r.Findings[l.Doc] = append(r.Findings[l.Doc], corpus.Finding{Path: l.Path, Category: c})
	}
}

// LeavesPerSecond is the tool's throughput in leaves.
func (r *Run) LeavesPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Leaves) / r.Elapsed.Seconds()
}

// MBPerSecond is the tool's throughput in the bytes it was given.
func (r *Run) MBPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Bytes) / 1e6 / r.Elapsed.Seconds()
}
