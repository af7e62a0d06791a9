// Command redact-stage is leakscope as one stage of an ETL pipeline: it
// reads NDJSON records on standard input, writes each one scrubbed to
// standard output in the same order, sets aside the records it cannot
// read, and reports its counts on standard error. People are replaced by
// pseudonyms, so that the analytics copy can still count and join them;
// secrets are cut out; everything else sensitive is masked.
//
//	export LEAKSCOPE_KEY="$(cat /run/secrets/pseudonym-key)"
//	extract-users | go run ./examples/redact-stage -bad rejects.ndjson | load-into-warehouse
//
// The key comes from the environment, never from a flag; without one the
// people are masked instead.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/redact"
	"github.com/leakscope/leakscope/rules"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	code, err := stage(ctx, os.Args[1:], os.Getenv("LEAKSCOPE_KEY"), os.Stdin, os.Stdout, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "redact-stage:", err)
	}
	os.Exit(code)
}

// stage runs the stage and returns its exit status: 0, 1 on failure, 3
// when records were set aside.
func stage(ctx context.Context, args []string, key string, in io.Reader, out, log io.Writer) (int, error) {
	fs := flag.NewFlagSet("redact-stage", flag.ContinueOnError)
	fs.SetOutput(log)
	badFile := fs.String("bad", "", "write records that cannot be read to this file (0600); else they are dropped")
	if err := fs.Parse(args); err != nil {
		return 2, nil
	}

	c, err := classify.New(nil, classify.Options{}) // the embedded rules, one worker per core
	if err != nil {
		return 1, err
	}
	p := redact.DefaultPolicy() // mask every category...
	p.Set(redact.Drop, rules.Credential)
	if len(key) > 0 {
		p.Set(redact.Hash, rules.Contact) // ...but keep people joinable
	}
	r, err := redact.New(c, p, []byte(key))
	if err != nil {
		return 1, err
	}

	opts := redact.StreamOptions{OnQuarantine: func(b redact.Bad) {
		fmt.Fprintf(log, "redact-stage: record %d (line %d) set aside: %v\n", b.Doc, b.Line, b.Err)
	}}
	if *badFile != "" {
		f, err := os.OpenFile(*badFile, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
		if err != nil {
			return 1, err
		}
		defer f.Close()
		bw := bufio.NewWriter(f)
		defer bw.Flush()
		opts.Quarantine = bw
	}
	w := bufio.NewWriterSize(out, 256<<10)
	st, err := r.WriteNDJSON(ctx, in, w, opts)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	fmt.Fprintf(log, "redact-stage: %d records in, %d out, %d set aside; %d values masked, %d pseudonymised, %d dropped\n",
		st.Documents, st.Written, st.Quarantined, st.Masked, st.Hashed, st.Dropped)
	switch {
	case err != nil:
		return 1, err
	case st.Quarantined > 0:
		return 3, nil
	}
	return 0, nil
}
