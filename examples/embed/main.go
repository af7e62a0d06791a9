// Command embed shows leakscope as a library: it reads NDJSON on standard
// input, classifies each document, and prints how many values of each
// category the stream holds, never the values.
//
//	go run ./examples/embed < examples/data/wyze-sample.ndjson
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/rules"
)

func main() {
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var counts [rules.NumCategories]int
	docs, bad := 0, 0
	for res, err := range c.Stream(context.Background(), os.Stdin) {
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		docs++
		if res.Err != nil {
			bad++
			fmt.Fprintf(os.Stderr, "line %d: %v\n", res.Line, res.Err)
			continue
		}
		for _, f := range res.Findings {
			counts[f.Category]++
		}
	}
	fmt.Printf("%d documents, %d unreadable\n", docs, bad)
	for cat, n := range counts {
		fmt.Printf("%-17s %d values\n", rules.Category(cat), n)
	}
}
