package compare

import (
	"github.com/leakscope/leakscope/corpus"
)

// A Row is a Run scored against the labels of its set.
type Row struct {
	*Run
	Scores *corpus.Scores
}

// Score scores r with corpus.Score, the scorer of the README's accuracy
// tables, at leaf level.
func Score(docs []corpus.Doc, r *Run) Row {
	// A tool's answers depend only on the document's text, so documents
	// that are byte for byte the same got the same findings.
	byText := make(map[string][]corpus.Finding, len(docs))
	for i, d := range docs {
		byText[string(d.JSON)] = r.Findings[i]
	}
	s := corpus.Score(docs, func(doc []byte) ([]corpus.Finding, error) {
		return byText[string(doc)], nil
	})
	return Row{Run: r, Scores: s}
}

// Covered is the micro sum of the leaf counts of the categories the tool
// claims to find.
func (r Row) Covered() corpus.Counts {
	var c corpus.Counts
	for _, cat := range r.Covers {
		x := r.Scores.Leaf[cat]
		c.TP += x.TP
		c.FP += x.FP
		c.FN += x.FN
	}
	return c
}

// covers reports whether the tool claims category cat.
func (r Row) covers(cat string) bool {
	for _, c := range r.Covers {
		if c == cat {
			return true
		}
	}
	return false
}

// DecoyRate is the share of decoy leaves the tool flagged.
func (r Row) DecoyRate() float64 {
	if r.Scores.Decoys == 0 {
		return 0
	}
	return float64(r.Scores.DecoysFlagged) / float64(r.Scores.Decoys)
}

// Best keeps, for each tool, its row of highest leaf micro F1, in the
// order the tools first appear. leakscope on whole documents and one leaf
// at a time are told apart by their Tool.
func Best(rows []Row) []Row {
	var out []Row
	at := map[string]int{}
	for _, r := range rows {
		i, ok := at[r.Tool]
		if !ok {
			at[r.Tool] = len(out)
			out = append(out, r)
			continue
		}
		if r.Scores.LeafMicro.F1() > out[i].Scores.LeafMicro.F1() {
			out[i] = r
		}
	}
	return out
}
