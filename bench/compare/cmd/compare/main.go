// Command compare measures leakscope against gitleaks, redact-pii and
// @zapier/secret-scrubber on the corpus, each peer fed one leaf at a time,
// and prints Markdown tables.
//
//	cd bench/compare && (cd node && npm ci) && go run ./cmd/compare [-sets holdout,blindset2] [-n 3000] [-seed 1]
//
// See ../../run.sh, and the README's "Compared with other tools".
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/leakscope/leakscope/bench/compare"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sets := fs.String("sets", "holdout,blindset2", "comma-separated sets: "+strings.Join(compare.Sets, ", "))
	n := fs.Int("n", 3000, "documents per set")
	seed := fs.Int64("seed", 1, "generator seed")
	tools := fs.String("tools", strings.Join(compare.Tools, ","), "comma-separated tools")
	nodeDir := fs.String("node-dir", "node", "folder of peers.js and its node_modules")
	detail := fs.Bool("detail", true, "also print every way each tool was fed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	opts := compare.Options{
		Tools:   strings.Split(*tools, ","),
		NodeDir: *nodeDir,
		Progress: func(s string) {
			fmt.Fprintf(stderr, "%s %s\n", time.Now().Format("15:04:05"), s)
		},
	}
	for _, set := range strings.Split(*sets, ",") {
		docs, err := compare.Generate(set, *seed, *n)
		if err != nil {
			return err
		}
		leaves := compare.Leaves(docs)
		opts.Progress(fmt.Sprintf("%s: %d documents, %d leaves", set, len(docs), len(leaves)))
		rows, err := compare.Compare(ctx, docs, opts)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "### %s: %d documents, %d leaves (seed %d)\n\n", set, len(docs), len(leaves), *seed)
		if err := compare.WriteSummary(stdout, rows); err != nil {
			return err
		}
		if *detail {
			fmt.Fprintf(stdout, "\nEvery way each tool was fed (%s):\n\n", set)
			if err := compare.WriteDetail(stdout, rows); err != nil {
				return err
			}
		}
		fmt.Fprintln(stdout)
	}
	return nil
}
