package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/rules"
)

// Exit statuses.
const (
	exitOK         = 0
	exitFailure    = 1 // any other failure, an interrupted scan among them
	exitUsage      = 2 // bad flags or rule files
	exitUnreadable = 3 // done, but some documents could not be read
)

// usageError is a mistake in how the tool was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// errUnreadable says the scan finished but some documents were not read.
var errUnreadable = errors.New("some documents could not be read")

func exitCode(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		return exitUsage
	case errors.Is(err, errUnreadable):
		return exitUnreadable
	}
	return exitFailure
}

const usage = `leakscope tells what a pile of JSON would expose if it leaked.

Usage:
  leakscope scan [flags] [FILE|-]...   what the documents expose (NDJSON, JSON arrays, concatenated
                                       values; plain, gzip, zstd or bzip2); - is standard input;
                                       --format text (the report), json, html, or ndjson (findings)
  leakscope redact [flags] [FILE|-]... NDJSON in, the same NDJSON out with sensitive values masked,
                                       hashed (--key-file or $LEAKSCOPE_KEY) or dropped; see
                                       leakscope redact -h
  leakscope rules check FILE...        check rule files and say what is wrong with them
  leakscope help                       this text

Exit status: 0 done; 1 failure or interrupted; 2 bad flags or rule file; 3 done, but some
documents could not be read.
`

// run is the whole program, so that tests can drive it in-process.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageError{errors.New("no command")}
	}
	var err error
	switch args[0] {
	case "scan":
		err = scan(ctx, args[1:], stdin, stdout, stderr)
	case "redact":
		err = redactCmd(ctx, args[1:], stdin, stdout, stderr)
	case "rules":
		err = rulesCmd(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		err = usageError{fmt.Errorf("unknown command %q", args[0])}
	}
	if err != nil && !errors.Is(err, errUnreadable) {
		fmt.Fprintf(stderr, "leakscope: %v\n", err)
	}
	return err
}

// multiFlag is a flag that may be given several times.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// classifierFlags are the flags scan and redact share: the rules and the
// limits of classification.
type classifierFlags struct {
	rules         multiFlag
	noDefault     bool
	minConfidence float64
	maxDepth      int
	maxValue      int
	maxDoc        int
	workers       int
}

// register defines the flags on fs; what says what the command does with a
// finding ("report", "rewrite").
func (f *classifierFlags) register(fs *flag.FlagSet, what string) {
	fs.Var(&f.rules, "rules", "rule `FILE` to add to the defaults (repeatable)")
	fs.BoolVar(&f.noDefault, "no-default-rules", false, "do not use the embedded default rules")
	fs.Float64Var(&f.minConfidence, "min-confidence", 0.5, what+" findings at or above this confidence")
	fs.IntVar(&f.maxDepth, "max-depth", 1000, "deepest nesting of a document")
	fs.IntVar(&f.maxValue, "max-value-bytes", 1<<20, "bytes of one string value that are classified")
	fs.IntVar(&f.maxDoc, "max-doc-bytes", 64<<20, "largest document; a larger one cannot be read")
	fs.IntVar(&f.workers, "workers", 0, "working goroutines (0: one per core)")
}

// load checks the flags and loads the rule set; it returns the options
// the flags set.
func (f *classifierFlags) load() (*rules.Set, classify.Options, error) {
	if f.minConfidence <= 0 || f.minConfidence > 1 {
		return nil, classify.Options{}, usageError{fmt.Errorf("--min-confidence %v: want a number in (0, 1]", f.minConfidence)}
	}
	if f.noDefault && len(f.rules) == 0 {
		return nil, classify.Options{}, usageError{errors.New("--no-default-rules needs at least one --rules FILE")}
	}
	set, err := rules.Load(rules.CompileOptions{}, f.noDefault, f.rules...)
	if err != nil {
		return nil, classify.Options{}, usageError{fmt.Errorf("rules:\n%v", err)}
	}
	return set, classify.Options{
		MinConfidence:    f.minConfidence,
		MaxDepth:         f.maxDepth,
		MaxValueBytes:    f.maxValue,
		MaxDocumentBytes: f.maxDoc,
		Workers:          f.workers,
	}, nil
}

type scanFlags struct {
	classifierFlags
	format     string
	quiet      bool
	reveal     bool
	columns    bool
	sample     int
	sampleRate float64
}

func scan(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var f scanFlags
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.format, "format", "text", "output: text (the triage report), json (the report as one object), html (the report as a page), ndjson (one line of findings per document)")
	f.register(fs, "report")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress or warnings on standard error")
	fs.BoolVar(&f.columns, "column-evidence", false, "let a field's values across documents speak for its odd ones (a field of e-mail addresses 95 times in 100: its other values are contact too, at confidence 0.6)")
	fs.BoolVar(&f.reveal, "reveal", false, "print each finding's raw value, with --format ndjson (off by default: the values are what leaks)")
	fs.IntVar(&f.sample, "sample", 0, "report on the first `N` documents only, scaled to the whole input when its size is known")
	fs.Float64Var(&f.sampleRate, "sample-rate", 0, "classify only this share `R` of the documents, in (0, 1), chosen by a hash of their number; the report scales its counts")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	report := f.format != "ndjson"
	if err := checkReportFlags(&f); err != nil {
		return usageError{err}
	}
	set, opts, err := f.load()
	if err != nil {
		return err
	}
	opts.Reveal = f.reveal || report // a report needs the values to count and mask them
	opts.SampleRate = f.sampleRate
	opts.ColumnEvidence = f.columns
	c, err := classify.New(set, opts)
	if err != nil {
		return err
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if report {
		return runReport(ctx, c, inputs, stdin, stdout, stderr, &f)
	}
	out := bufio.NewWriterSize(stdout, 256<<10)
	unreadable, docs := int64(0), int64(0)
	for _, name := range inputs {
		r, closeFn, err := open(name, stdin)
		if err != nil {
			out.Flush()
			return err
		}
		warn := func(res classify.Result) {
			if f.quiet {
				return
			}
			for _, w := range res.Warnings {
				fmt.Fprintf(stderr, "leakscope: %s: line %d: %s: %v; rule skipped for the rest of the document\n", name, res.Line, w.Path, w.Err)
			}
		}
		stats, err := c.WriteNDJSON(ctx, r, out, classify.NDJSONOptions{FirstDoc: docs, OnWarning: warn})
		closeFn()
		unreadable += stats.Unreadable
		docs += stats.Documents
		if err != nil {
			out.Flush()
			if ctx.Err() != nil {
				return fmt.Errorf("%s: interrupted after %d documents", name, stats.Documents)
			}
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if unreadable > 0 {
		if !f.quiet {
			fmt.Fprintf(stderr, "leakscope: %d documents could not be read (see their error lines)\n", unreadable)
		}
		return errUnreadable
	}
	return nil
}

func open(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "-" {
		return stdin, func() {}, nil
	}
	fh, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return fh, func() { fh.Close() }, nil
}

func rulesCmd(args []string, stdout, stderr io.Writer) error {
	if len(args) < 2 || args[0] != "check" {
		return usageError{errors.New("usage: leakscope rules check FILE...")}
	}
	if _, err := rules.Load(rules.CompileOptions{}, false, args[1:]...); err != nil {
		return usageError{fmt.Errorf("rules:\n%v", err)}
	}
	fmt.Fprintf(stdout, "%d rule files are fine\n", len(args)-1)
	return nil
}
