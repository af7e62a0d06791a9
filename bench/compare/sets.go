package compare

import (
	"fmt"

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

// Sets names the corpora, as corpus/cmd/corpusscore does.
var Sets = []string{"tune", "holdout", "testset", "finalset", "blindset", "blindset2", "blindset3", "blindset4", "blindset5", "blindset6", "blindset7", "blindset8", "blindset9", "blindset10", "blindset11", "blindset12", "blindset13", "blindset14", "blindset15", "blindset16", "blindset17", "blindset18", "blindset19", "blindset20", "blindset21", "blindset22", "blindset23", "blindset24", "blindset25", "blindset26", "blindset27"}

// Generate makes n documents of the named set with the given seed.
func Generate(set string, seed int64, n int) ([]corpus.Doc, error) {
	switch set {
	case "tune":
		return corpus.Generate(seed, n), nil
	case "holdout":
		return holdout.Generate(seed, n), nil
	case "testset":
		return testset.Generate(seed, n), nil
	case "finalset":
		return finalset.Generate(seed, n), nil
	case "blindset":
		return blindset.Generate(seed, n), nil
	case "blindset2":
		return blindset2.Generate(seed, n), nil
	case "blindset3":
		return blindset3.Generate(seed, n), nil
	case "blindset4":
		return blindset4.Generate(seed, n), nil
	case "blindset5":
		return blindset5.Generate(seed, n), nil
	case "blindset6":
		return blindset6.Generate(seed, n), nil
	case "blindset7":
		return blindset7.Generate(seed, n), nil
	case "blindset8":
		return blindset8.Generate(seed, n), nil
	case "blindset9":
		return blindset9.Generate(seed, n), nil
	case "blindset10":
		return blindset10.Generate(seed, n), nil
	case "blindset11":
		return blindset11.Generate(seed, n), nil
	case "blindset12":
		return blindset12.Generate(seed, n), nil
	case "blindset13":
		return blindset13.Generate(seed, n), nil
	case "blindset14":
		return blindset14.Generate(seed, n), nil
	case "blindset15":
		return blindset15.Generate(seed, n), nil
	case "blindset16":
		return blindset16.Generate(seed, n), nil
	case "blindset17":
		return blindset17.Generate(seed, n), nil
	case "blindset18":
		return blindset18.Generate(seed, n), nil
	case "blindset19":
		return blindset19.Generate(seed, n), nil
	case "blindset20":
		return blindset20.Generate(seed, n), nil
	case "blindset21":
		return blindset21.Generate(seed, n), nil
	case "blindset22":
		return blindset22.Generate(seed, n), nil
	case "blindset23":
		return blindset23.Generate(seed, n), nil
	case "blindset24":
		return blindset24.Generate(seed, n), nil
	case "blindset25":
		return blindset25.Generate(seed, n), nil
	case "blindset26":
		return blindset26.Generate(seed, n), nil
	case "blindset27":
		return blindset27.Generate(seed, n), nil
	}
	return nil, fmt.Errorf("compare: unknown set %q (want one of %v)", set, Sets)
}
