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
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err))
}
