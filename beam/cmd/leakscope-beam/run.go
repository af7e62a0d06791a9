package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"

	// The filesystems and runners a user may name, as beamx has them.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/core/runtime/exec/optimized"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dataflow"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/flink"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/spark"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"

	"github.com/leakscope/leakscope/beam/leakbeam"
)

// Exit statuses, as `leakscope scan` has them.
const (
	exitOK         = 0
	exitFailure    = 1
	exitUsage      = 2
	exitUnreadable = 3 // done, but some documents could not be read (or redacted)
)

type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// errUnreadable says the pipeline finished but some documents were not
// read; the summary on standard error has said how many.
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

func isQuiet(err error) bool { return errors.Is(err, errUnreadable) || errors.Is(err, flag.ErrHelp) }

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	for _, c := range strings.Split(v, ",") {
		if c = strings.TrimSpace(c); c != "" {
			*l = append(*l, c)
		}
	}
	return nil
}

type options struct {
	inputs        multiFlag
	output        string
	mode          string
	rules         multiFlag
	noDefault     bool
	minConfidence float64
	maxDepth      int
	maxValue      int
	maxDoc        int
	policy        string
	mask, hash    listFlag
	drop, keep    listFlag
	keyFile       string
	keyEnv        string
	refused       string
	quiet         bool
}

const usage = `leakscope-beam runs leakscope as an Apache Beam pipeline.

Usage:
  leakscope-beam --input GLOB [--input GLOB]... --output PATH [--mode report|findings|redact] [--runner R] [flags]

Input: NDJSON files (plain, gzip, zstd or bzip2, told by their magic bytes) on any filesystem Beam
has (local, gs://, s3://). Plain files are split into 64 MiB blocks read in parallel; a compressed
file is read whole by one worker, and so is a file that is not NDJSON for certain (a top-level
array, pretty-printed JSON), framed as 'leakscope scan' frames it (--mode redact reads lines, as
the redact package does).

Modes:
  report    (default) the report of 'leakscope scan --format json' on the same files, to PATH
  findings  findings lines {"file","offset","findings"} for documents with something to say,
            to PATH-SSSSS-of-NNNNN.ndjson
  redact    the documents scrubbed by the policy, to PATH-SSSSS-of-NNNNN.ndjson

Runners: --runner prism (default: in this process), direct, flink, spark, dataflow, universal;
see Beam's flags below (--endpoint, --environment_type, --project, --region, --staging_location...).

Exit status: 0 done; 1 failure; 2 bad flags; 3 done, but some documents could not be read
(report, findings) or redacted (redact).

Flags:
`

// run is the whole program, so that tests can drive it in-process.
func run(ctx context.Context, args []string, stderr io.Writer) error {
	var o options
	fs := flag.NewFlagSet("leakscope-beam", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	fs.Var(&o.inputs, "input", "`GLOB` of the NDJSON files to read (repeatable)")
	fs.StringVar(&o.output, "output", "", "report file (--mode report), or the `PATH` prefix of the sharded files")
	fs.StringVar(&o.mode, "mode", "report", "report, findings or redact")
	fs.Var(&o.rules, "rules", "rule `FILE` to add to the defaults (repeatable)")
	fs.BoolVar(&o.noDefault, "no-default-rules", false, "do not use the embedded default rules")
	fs.Float64Var(&o.minConfidence, "min-confidence", 0.5, "report findings at or above this confidence")
	fs.IntVar(&o.maxDepth, "max-depth", 1000, "deepest nesting of a document")
	fs.IntVar(&o.maxValue, "max-value-bytes", 1<<20, "bytes of one string value that are classified")
	fs.IntVar(&o.maxDoc, "max-doc-bytes", 64<<20, "largest document")
	fs.StringVar(&o.policy, "policy", "", "redaction policy `FILE` (--mode redact; default: mask every category)")
	fs.Var(&o.mask, "mask", "categories to mask, `C,...` (--mode redact)")
	fs.Var(&o.hash, "hash", "categories to replace by keyed pseudonyms, `C,...` (--mode redact)")
	fs.Var(&o.drop, "drop", "categories to remove, `C,...` (--mode redact)")
	fs.Var(&o.keep, "keep", "categories to leave as they are, `C,...` (--mode redact)")
	fs.StringVar(&o.keyFile, "key-file", "", "`PATH` of the pseudonym key, read by every worker (local, gs://, s3://)")
	fs.StringVar(&o.keyEnv, "key-env", "", "environment `VAR` that holds the pseudonym key on every worker")
	fs.StringVar(&o.refused, "refused", "", "with --mode redact: `PATH` prefix of sharded files naming the documents that could not be redacted (file, offset, error; never the document)")
	fs.BoolVar(&o.quiet, "quiet", false, "no summary on standard error")
	// Beam's own flags (--runner, --endpoint, --project, the worker's) are
	// on the standard flag set; take them along.
	flag.CommandLine.VisitAll(func(f *flag.Flag) {
		if fs.Lookup(f.Name) == nil {
			fs.Var(f.Value, f.Name, f.Usage)
		}
	})
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err}
	}
	// On a remote worker, the same binary is started with the worker's
	// flags, and Init runs the worker and never returns.
	if !beam.Initialized() {
		beam.Init()
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected argument %q (inputs go in --input)", fs.Arg(0))}
	}
	p, counters, err := build(ctx, &o)
	if err != nil {
		return err
	}
	runner := *runners.Runner
	if runner == "" {
		runner = "prism"
	}
	start := time.Now()
	res, err := beam.Run(ctx, runner, p)
	if err != nil {
		return err
	}
	return summarize(res, counters, &o, time.Since(start), stderr)
}

// build checks the options and builds the pipeline. counters are the
// names of the counters the summary reads.
func build(ctx context.Context, o *options) (*beam.Pipeline, []string, error) {
	if len(o.inputs) == 0 {
		return nil, nil, usageError{errors.New("--input GLOB is needed")}
	}
	if o.output == "" {
		return nil, nil, usageError{errors.New("--output PATH is needed")}
	}
	if o.minConfidence <= 0 || o.minConfidence > 1 {
		return nil, nil, usageError{fmt.Errorf("--min-confidence %v: want a number in (0, 1]", o.minConfidence)}
	}
	if o.noDefault && len(o.rules) == 0 {
		return nil, nil, usageError{errors.New("--no-default-rules needs at least one --rules FILE")}
	}
	redactFlags := o.policy != "" || len(o.mask)+len(o.hash)+len(o.drop)+len(o.keep) > 0 || o.keyFile != "" || o.keyEnv != "" || o.refused != ""
	if redactFlags && o.mode != "redact" {
		return nil, nil, usageError{errors.New("--policy, --mask, --hash, --drop, --keep, --key-file, --key-env and --refused work with --mode redact")}
	}
	files, err := leakbeam.LoadRuleFiles(o.rules...)
	if err != nil {
		return nil, nil, usageError{fmt.Errorf("rules: %w", err)}
	}
	cfg := leakbeam.Config{
		Rules:            files,
		NoDefaultRules:   o.noDefault,
		MinConfidence:    o.minConfidence,
		MaxDepth:         o.maxDepth,
		MaxValueBytes:    o.maxValue,
		MaxDocumentBytes: o.maxDoc,
	}
	if err := cfg.Check(); err != nil {
		return nil, nil, usageError{fmt.Errorf("rules:\n%v", err)}
	}

	p, s := beam.NewPipelineWithRoot()
	switch o.mode {
	case "report":
		rep := leakbeam.ScanReport(s, cfg, o.inputs...)
		leakbeam.WriteReport(s, o.output, rep)
		return p, []string{"documents", "unreadable"}, nil
	case "findings":
		docs, _ := leakbeam.ReadDocuments(s, leakbeam.ReadOptions{MaxDocumentBytes: o.maxDoc}, o.inputs...)
		leakbeam.WriteSharded(s, o.output, ".ndjson", leakbeam.Findings(s, cfg, docs))
		return p, []string{"documents", "unreadable", "findings"}, nil
	case "redact":
		rc := leakbeam.RedactConfig{
			Mask: o.mask, Hash: o.hash, Drop: o.drop, Keep: o.keep,
			KeyFile: o.keyFile, KeyEnv: o.keyEnv,
		}
		if o.policy != "" {
			data, err := os.ReadFile(o.policy)
			if err != nil {
				return nil, nil, usageError{err}
			}
			rc.PolicyYAML, rc.PolicyName = string(data), o.policy
		}
		if err := rc.Check(ctx, cfg); err != nil {
			return nil, nil, usageError{fmt.Errorf("redact: %w", err)}
		}
		// Lines, as the redact package reads its input.
		docs, _ := leakbeam.ReadDocuments(s, leakbeam.ReadOptions{MaxDocumentBytes: o.maxDoc, Lines: true}, o.inputs...)
		out, refused := leakbeam.Redact(s, cfg, rc, docs)
		leakbeam.WriteSharded(s, o.output, ".ndjson", out)
		if o.refused != "" {
			leakbeam.WriteSharded(s, o.refused, ".ndjson", refused)
		}
		return p, []string{"documents", "quarantined"}, nil
	}
	return nil, nil, usageError{fmt.Errorf("unknown --mode %q (want report, findings or redact)", o.mode)}
}

// summarize says what the pipeline did, from its counters, and whether
// some documents could not be read.
func summarize(res beam.PipelineResult, names []string, o *options, took time.Duration, stderr io.Writer) error {
	got := map[string]int64{}
	known := false
	if res != nil {
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if c.Key.Namespace == "leakscope" {
				got[c.Key.Name] += counterValue(c)
				known = true
			}
		}
	}
	if !o.quiet {
		if known {
			var parts []string
			for _, n := range names {
				parts = append(parts, fmt.Sprintf("%d %s", got[n], n))
			}
			fmt.Fprintf(stderr, "leakscope-beam: %s; %s in %.1fs\n", strings.Join(parts, ", "), o.output, took.Seconds())
		} else {
			fmt.Fprintf(stderr, "leakscope-beam: done, %s in %.1fs (the runner reported no counters)\n", o.output, took.Seconds())
		}
	}
	if got["unreadable"] > 0 || got["quarantined"] > 0 {
		return errUnreadable
	}
	return nil
}

func counterValue(c metrics.CounterResult) int64 {
	if c.Committed != 0 {
		return c.Committed
	}
	return c.Attempted
}
