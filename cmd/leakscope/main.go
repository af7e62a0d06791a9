// Command leakscope tells what a pile of JSON would expose if it leaked.
//
// Usage:
//
//	leakscope scan [flags] [FILE|-]...
//	leakscope rules check FILE...
//
// Run "leakscope help" for the flags.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// memoryLimit is the soft limit the collector aims under unless GOMEMLIMIT
// says otherwise: path caches and batches in flight fit well inside it,
// and a larger heap only defers collections.
const memoryLimit = 64 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err))
}
