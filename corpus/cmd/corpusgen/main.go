// Command corpusgen writes labelled synthetic documents as NDJSON.
//
//	go run ./corpus/cmd/corpusgen -seed 1 -n 300 [-schema wyze-user] [-labels FILE] [-o FILE] > out.ndjson
//
// -schema takes one schema, or a comma-separated mix with optional weights
// ("wyze-user:6,body-metrics:2,oauth-integrations:2"); without it documents
// are drawn from all schemas, as corpus.Generate does.
package main

import (
	"context"
	"fmt"
	"os"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(2)
	}
}
