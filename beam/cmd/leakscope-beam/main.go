// Command leakscope-beam runs leakscope as an Apache Beam pipeline, for
// inputs larger than one machine.
//
//	leakscope-beam --input GLOB [--input GLOB]... --output FILE [--mode report|findings|redact] [--runner prism|dataflow|flink|spark|universal] [flags]
//
// --mode report (the default) writes the report of `leakscope scan
// --format json` on the same files, byte for byte; findings and redact
// write sharded NDJSON files. Run with --help for the flags, Beam's
// among them.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stderr)
	stop()
	if err != nil && !isQuiet(err) {
		fmt.Fprintf(os.Stderr, "leakscope-beam: %v\n", err)
	}
	os.Exit(exitCode(err))
}
