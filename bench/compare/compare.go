package compare

import (
	"context"
	"fmt"

	"github.com/leakscope/leakscope/corpus"
)

// Tools names every tool the comparison can run.
var Tools = []string{"leakscope", "gitleaks", RedactPII, SecretScrubber}

// Options say which tools run and where the npm peers live.
type Options struct {
	// Tools to run, from Tools; nil means all.
	Tools []string
	// NodeDir is the folder of peers.js and its node_modules.
	NodeDir string
	// Progress, when set, is told what is running.
	Progress func(string)
}

// Compare runs every tool on the leaves of docs, each in every way of
// feeding it, and scores each run.
func Compare(ctx context.Context, docs []corpus.Doc, opts Options) ([]Row, error) {
	tools := opts.Tools
	if tools == nil {
		tools = Tools
	}
	say := opts.Progress
	if say == nil {
		say = func(string) {}
	}
	leaves := Leaves(docs)
	var (
		runs []*Run
		npm  []string
	)
	for _, t := range tools {
		switch t {
		case "leakscope":
			say("leakscope on whole documents")
			r, err := LeakscopeDocs(docs, len(leaves))
			if err != nil {
				return nil, err
			}
			runs = append(runs, r)
			for _, f := range []Feed{ByName, ByPath} {
				say("leakscope one leaf at a time, by " + string(f))
				r, err := LeakscopeLeaves(leaves, len(docs), f)
				if err != nil {
					return nil, err
				}
				runs = append(runs, r)
			}
		case "gitleaks":
			for _, f := range GitleaksFeeds {
				say("gitleaks, fed " + f)
				r, err := Gitleaks(leaves, len(docs), f)
				if err != nil {
					return nil, err
				}
				runs = append(runs, r)
			}
		case RedactPII, SecretScrubber:
			npm = append(npm, t)
		default:
			return nil, fmt.Errorf("compare: unknown tool %q (want some of %v)", t, Tools)
		}
	}
	if len(npm) > 0 {
		say(fmt.Sprintf("%v through node", npm))
		rs, err := Node(ctx, opts.NodeDir, leaves, len(docs), npm)
		if err != nil {
			return nil, err
		}
		runs = append(runs, rs...)
	}
	rows := make([]Row, len(runs))
	for i, r := range runs {
		rows[i] = Score(docs, r)
	}
	return rows, nil
}
