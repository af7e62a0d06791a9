package classify_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/corpus"
	"github.com/leakscope/leakscope/corpus/blindset3"
	"github.com/leakscope/leakscope/corpus/blindset4"
	"github.com/leakscope/leakscope/corpus/blindset5"
	"github.com/leakscope/leakscope/corpus/blindset6"
	"github.com/leakscope/leakscope/corpus/blindset7"
	"github.com/leakscope/leakscope/corpus/blindset8"
	"github.com/leakscope/leakscope/corpus/holdout"
)

func score(t *testing.T, docs []corpus.Doc) *corpus.Scores {
	c := newClassifier(t, classify.Options{})
	var buf []classify.Finding
	return corpus.Score(docs, func(doc []byte) ([]corpus.Finding, error) {
		var err error
		buf, err = c.AppendFindings(buf[:0], doc)
		out := make([]corpus.Finding, len(buf))
		for i, f := range buf {
			out[i] = corpus.Finding{Path: f.Path, Category: f.Category.String()}
		}
		return out, err
	})
}

// TestAccuracy guards the scorer's figures on both corpora against
// regressions. The bars sit a little under what the README reports, so
// that seeds may vary; a rule change that costs more fails here.
func TestAccuracy(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 800
	}
	sets := []struct {
		name          string
		docs          []corpus.Doc
		micro, perCat float64
		decoyRate     float64
	}{
		{"tune", corpus.Generate(11, n), 0.95, 0.92, 0.03},
		{"holdout", holdout.Generate(12, n), 0.96, 0.92, 0.02},
		// Studied from session 4 on (it measured 0.878 unseen).
		{"blindset3", blindset3.Generate(13, n), 0.945, 0.91, 0.02},
		// Studied from session 5 on (they measured 0.735 and 0.849 unseen;
		// 0.920 and 0.946 here in session 6).
		{"blindset4", blindset4.Generate(14, n), 0.90, 0.83, 0.02},
		{"blindset5", blindset5.Generate(15, n), 0.92, 0.86, 0.03},
		// Studied from session 6 on (it measured 0.850 unseen, 0.954 here
		// at the end of its study).
		{"blindset6", blindset6.Generate(16, n), 0.93, 0.90, 0.03},
		// Studied from session 7 on (it measured 0.830 and 0.848 unseen,
		// 0.902 here at the end of session 8).
		{"blindset7", blindset7.Generate(17, n), 0.88, 0.80, 0.035},
		// Studied from session 8 on (it measured 0.842 and 0.844 unseen,
		// 0.896 here at the end of session 8).
		{"blindset8", blindset8.Generate(18, n), 0.875, 0.83, 0.035},
	}
	for _, s := range sets {
		t.Run(s.name, func(t *testing.T) {
			sc := score(t, s.docs)
			var b strings.Builder
			sc.WriteTable(&b)
			t.Log("\n" + b.String())
			assert.Zero(t, sc.Errors)
			assert.GreaterOrEqual(t, sc.LeafMicro.F1(), s.micro, "leaf micro F1")
			for cat, c := range sc.Leaf {
				assert.GreaterOrEqual(t, c.F1(), s.perCat, "leaf F1 of %s", cat)
			}
			assert.LessOrEqual(t, float64(sc.DecoysFlagged)/float64(sc.Decoys), s.decoyRate, "decoys flagged")
		})
	}
}
