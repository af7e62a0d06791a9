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
	"strings"
	"syscall"
)

// The soft memory limits the collector aims under unless GOMEMLIMIT says
// otherwise. Findings need the rules, the dictionaries, each worker's path
// cache and the batches in flight: with two workers that is 47 MB live, and
// under a 64 MiB limit the collector took 30% of the CPU (two workers were
// 1.2x one); 80 MiB leaves it room (1.9x, 81 MB peak RSS on 509 MB of
// NDJSON). A report also holds its fields' distinct-value sketches (up to
// 16 KB a field): under 64 MiB the collector would run without pause and
// double the CPU time, so reports get 256 MiB.
const (
	memoryLimit       = 80 << 20
	reportMemoryLimit = 256 << 20
)

// memoryLimitFor returns the soft memory limit for a command line.
func memoryLimitFor(args []string) int64 {
	if len(args) == 0 || args[0] != "scan" {
		return memoryLimit
	}
	format := "text"
	for i := 1; i < len(args); i++ {
		a := strings.TrimLeft(args[i], "-")
		if a == args[i] || a == "" {
			continue // not a flag
		}
		if v, ok := strings.CutPrefix(a, "format="); ok {
			format = v
		} else if a == "format" && i+1 < len(args) {
			format = args[i+1]
		}
	}
	if format == "ndjson" {
		return memoryLimit
	}
	return reportMemoryLimit
}

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimitFor(os.Args[1:]))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err))
}
