package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/redact"
	"github.com/leakscope/leakscope/rules"
)

// keyEnv is the environment variable that holds the pseudonyms' key when
// no --key-file is given. A key is never a flag: flags show in ps and in
// shell histories.
const keyEnv = "LEAKSCOPE_KEY"

// maxBadLines is how many quarantined documents are named one by one on
// standard error; the count says the rest.
const maxBadLines = 10

type redactFlags struct {
	mask, hash, drop, keep categoryFlag
	policy                 string
	keyFile                string
	quarantine             string
	classifierFlags
	quiet bool
}

// categoryFlag collects categories from comma-separated lists, "all" for
// the five.
type categoryFlag []rules.Category

func (c *categoryFlag) String() string {
	names := make([]string, len(*c))
	for i, x := range *c {
		names[i] = x.String()
	}
	return strings.Join(names, ",")
}

func (c *categoryFlag) Set(v string) error {
	for name := range strings.SplitSeq(v, ",") {
		name = strings.TrimSpace(name)
		if name == "all" {
			for i := range rules.NumCategories {
				*c = append(*c, rules.Category(i))
			}
			continue
		}
		cat, ok := rules.ParseCategory(name)
		if !ok {
			return fmt.Errorf("unknown category %q (want credential, contact, network-layout, device-inventory, health or all)", name)
		}
		*c = append(*c, cat)
	}
	return nil
}

func redactCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var f redactFlags
	fs := flag.NewFlagSet("redact", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&f.mask, "mask", "mask these `categories` (comma-separated, or all); the default for every category")
	fs.Var(&f.hash, "hash", "replace values of these `categories` by keyed pseudonyms (needs --key-file or "+keyEnv+")")
	fs.Var(&f.drop, "drop", "remove values of these `categories`")
	fs.Var(&f.keep, "keep", "leave values of these `categories` as they are")
	fs.StringVar(&f.policy, "policy", "", "policy `FILE` (YAML: default, categories, types, paths); the category flags override it")
	fs.StringVar(&f.keyFile, "key-file", "", "`FILE` holding the pseudonyms' key, 16 bytes or more (else $"+keyEnv+")")
	fs.StringVar(&f.quarantine, "quarantine", "", "write documents that cannot be read to `FILE` (created 0600), as they were; without it they are dropped")
	f.register(fs, "rewrite")
	fs.BoolVar(&f.quiet, "quiet", false, "nothing on standard error but errors")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	set, opts, err := f.load()
	if err != nil {
		return err
	}
	policy, err := redactPolicy(&f)
	if err != nil {
		return usageError{err}
	}
	c, err := classify.New(set, opts)
	if err != nil {
		return err
	}
	key, err := readKey(f.keyFile, stderr, f.quiet)
	if err != nil {
		return usageError{err}
	}
	r, err := redact.New(c, policy, key)
	switch {
	case errors.Is(err, redact.ErrNoKey):
		return usageError{errors.New("the policy hashes, and a pseudonym needs a key: --key-file FILE or $" + keyEnv + " (never a flag value)")}
	case errors.Is(err, redact.ErrShortKey):
		return usageError{fmt.Errorf("the key is shorter than %d bytes", redact.MinKeyBytes)}
	case err != nil:
		return usageError{err}
	}

	var quarantine *os.File
	var qw *bufio.Writer
	if f.quarantine != "" {
		if quarantine, err = os.OpenFile(f.quarantine, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600); err != nil {
			return err
		}
		defer quarantine.Close()
		// An existing file keeps its mode on open: bad documents are as
		// sensitive as good ones.
		if err := quarantine.Chmod(0o600); err != nil {
			return err
		}
		qw = bufio.NewWriterSize(quarantine, 64<<10)
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	out := bufio.NewWriterSize(stdout, 256<<10)
	var total redact.StreamStats
	named := 0
	flush := func() error {
		err := out.Flush()
		if qw != nil {
			err = errors.Join(err, qw.Flush())
		}
		return err
	}
	for _, name := range inputs {
		in, closeFn, err := open(name, stdin)
		if err != nil {
			flush()
			return err
		}
		opts := redact.StreamOptions{OnQuarantine: func(b redact.Bad) {
			if f.quiet {
				return
			}
			if named++; named <= maxBadLines {
				fmt.Fprintf(stderr, "leakscope: %s: line %d: %v\n", name, b.Line, b.Err)
			}
		}}
		if qw != nil {
			opts.Quarantine = qw
		}
		st, err := r.WriteNDJSON(ctx, in, out, opts)
		closeFn()
		total.Documents += st.Documents
		total.Written += st.Written
		total.Quarantined += st.Quarantined
		total.Stats = addStats(total.Stats, st.Stats)
		if err != nil {
			flush()
			if ctx.Err() != nil {
				return fmt.Errorf("%s: interrupted after %d documents", name, st.Documents)
			}
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if !f.quiet {
		if named > maxBadLines {
			fmt.Fprintf(stderr, "leakscope: ... and %d more documents that could not be read\n", named-maxBadLines)
		}
		where := "dropped"
		if f.quarantine != "" {
			where = "in " + f.quarantine
		}
		fmt.Fprintf(stderr, "leakscope: %d documents in: %d written, %d quarantined (%s); %d values masked, %d hashed, %d dropped, %d kept by the policy\n",
			total.Documents, total.Written, total.Quarantined, where, total.Masked, total.Hashed, total.Dropped, total.Kept)
	}
	if total.Quarantined > 0 {
		return errUnreadable
	}
	return nil
}

func addStats(a, b redact.Stats) redact.Stats {
	return redact.Stats{
		Findings: a.Findings + b.Findings,
		Kept:     a.Kept + b.Kept,
		Masked:   a.Masked + b.Masked,
		Hashed:   a.Hashed + b.Hashed,
		Dropped:  a.Dropped + b.Dropped,
	}
}

// redactPolicy is the policy file, if any, with the category flags over
// it. A category named in two flags is a mistake.
func redactPolicy(f *redactFlags) (*redact.Policy, error) {
	p := redact.DefaultPolicy()
	if f.policy != "" {
		var err error
		if p, err = redact.LoadPolicy(f.policy); err != nil {
			return nil, err
		}
	}
	var seen [rules.NumCategories]string
	for _, fl := range []struct {
		name string
		cats categoryFlag
		a    redact.Action
	}{{"--mask", f.mask, redact.Mask}, {"--hash", f.hash, redact.Hash}, {"--drop", f.drop, redact.Drop}, {"--keep", f.keep, redact.Keep}} {
		for _, c := range fl.cats {
			if seen[c] != "" && seen[c] != fl.name {
				return nil, fmt.Errorf("category %s is given to both %s and %s", c, seen[c], fl.name)
			}
			seen[c] = fl.name
			p.Set(fl.a, c)
		}
	}
	return p, nil
}

// readKey returns the pseudonyms' key: the contents of the key file (one
// trailing newline dropped, so that `openssl rand -hex 32 > key` works),
// else $LEAKSCOPE_KEY, else nil.
func readKey(file string, stderr io.Writer, quiet bool) ([]byte, error) {
	if file == "" {
		if k := os.Getenv(keyEnv); k != "" {
			return []byte(k), nil
		}
		return nil, nil
	}
	fi, err := os.Stat(file)
	if err != nil {
		return nil, fmt.Errorf("--key-file: %w", err)
	}
	if fi.Mode().Perm()&0o077 != 0 && !quiet {
		fmt.Fprintf(stderr, "leakscope: warning: key file %s can be read by others (mode %v); chmod 600 it\n", file, fi.Mode().Perm())
	}
	key, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("--key-file: %w", err)
	}
	key = bytes.TrimSuffix(key, []byte("\n"))
	key = bytes.TrimSuffix(key, []byte("\r"))
	if len(key) == 0 {
		return nil, fmt.Errorf("--key-file %s is empty", file)
	}
	return key, nil
}
