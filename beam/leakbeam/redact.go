package leakbeam

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/internal/jsonstr"
	"github.com/leakscope/leakscope/redact"
	"github.com/leakscope/leakscope/rules"
)

// RedactConfig says how documents are redacted. It travels with the
// pipeline, so the key never does: only where to find it.
type RedactConfig struct {
	// PolicyYAML is a policy file's content (redact.ParsePolicy), and
	// PolicyName its name for errors; empty means redact.DefaultPolicy,
	// every category masked.
	PolicyYAML string `json:"policy_yaml,omitempty"`
	PolicyName string `json:"policy_name,omitempty"`
	// Mask, Hash, Drop and Keep give categories those actions, over the
	// policy, as `leakscope redact --mask C,...` does.
	Mask []string `json:"mask,omitempty"`
	Hash []string `json:"hash,omitempty"`
	Drop []string `json:"drop,omitempty"`
	Keep []string `json:"keep,omitempty"`
	// KeyFile is where each worker reads the pseudonym key, a path on any
	// filesystem Beam has registered (a secret in a bucket the workers may
	// read); a trailing newline is not part of the key. KeyEnv, if
	// KeyFile is empty, is an environment variable that holds the key on
	// every worker. Needed only if the policy hashes.
	KeyFile string `json:"key_file,omitempty"`
	KeyEnv  string `json:"key_env,omitempty"`
}

// policy builds the policy of rc.
func (rc RedactConfig) policy() (*redact.Policy, error) {
	p := redact.DefaultPolicy()
	if rc.PolicyYAML != "" {
		var err error
		if p, err = redact.ParsePolicy(rc.PolicyName, []byte(rc.PolicyYAML)); err != nil {
			return nil, err
		}
	}
	for _, set := range []struct {
		a    redact.Action
		cats []string
	}{{redact.Mask, rc.Mask}, {redact.Hash, rc.Hash}, {redact.Drop, rc.Drop}, {redact.Keep, rc.Keep}} {
		for _, name := range set.cats {
			c, ok := rules.ParseCategory(strings.TrimSpace(name))
			if !ok {
				return nil, fmt.Errorf("unknown category %q", name)
			}
			p.Set(set.a, c)
		}
	}
	return p, nil
}

// key reads the pseudonym key, or nil if none is named.
func (rc RedactConfig) key(ctx context.Context) ([]byte, error) {
	switch {
	case rc.KeyFile != "":
		fs, err := filesystem.New(ctx, rc.KeyFile)
		if err != nil {
			return nil, err
		}
		defer fs.Close()
		r, err := fs.OpenRead(ctx, rc.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("key file: %w", err)
		}
		defer r.Close()
		k, err := io.ReadAll(io.LimitReader(r, 1<<20))
		if err != nil {
			return nil, fmt.Errorf("key file: %w", err)
		}
		return bytes.TrimRight(k, "\r\n"), nil
	case rc.KeyEnv != "":
		k := os.Getenv(rc.KeyEnv)
		if k == "" {
			return nil, fmt.Errorf("key: $%s is not set on this worker", rc.KeyEnv)
		}
		return []byte(k), nil
	}
	return nil, nil
}

// Check builds the redactor where the pipeline is built, so that a bad
// policy or a missing key is refused there rather than on every worker.
func (rc RedactConfig) Check(ctx context.Context, cfg Config) error {
	_, err := rc.redactor(ctx, cfg)
	return err
}

func (rc RedactConfig) redactor(ctx context.Context, cfg Config) (*redact.Redactor, error) {
	c, err := cfg.classifier(false)
	if err != nil {
		return nil, err
	}
	p, err := rc.policy()
	if err != nil {
		return nil, err
	}
	key, err := rc.key(ctx)
	if err != nil {
		return nil, err
	}
	return redact.New(c, p, key)
}

// Redact rewrites docs, a PCollection of Doc, by the policy of rc and
// returns the redacted documents, a PCollection of string (one JSON
// document each, every byte the policy does not touch as it was), and
// the documents that could not be redacted: one NDJSON line each,
// {"file":F,"offset":N,"error":E}, never the document itself. Documents in
// = documents out + documents refused.
func Redact(s beam.Scope, cfg Config, rc RedactConfig, docs beam.PCollection) (redacted, refused beam.PCollection) {
	s = s.Scope("leakbeam.Redact")
	return beam.ParDo2(s, &redactFn{Config: cfg, Redact: rc}, docs)
}

type redactFn struct {
	Config Config       `json:"config"`
	Redact RedactConfig `json:"redact"`

	r           *redact.Redactor
	out         []byte
	documents   beam.Counter
	quarantined beam.Counter
}

// Setup builds the redactor; the classifier is the process's own.
func (fn *redactFn) Setup(ctx context.Context) error {
	var err error
	fn.r, err = fn.Redact.redactor(ctx, fn.Config)
	fn.documents = beam.NewCounter("leakscope", "documents")
	fn.quarantined = beam.NewCounter("leakscope", "quarantined")
	return err
}

// ProcessElement redacts one document, or the lines of a whole file.
func (fn *redactFn) ProcessElement(ctx context.Context, d Doc, out, bad func(string)) error {
	if d.Whole {
		return fn.redactFile(ctx, d.File, out, bad)
	}
	fn.documents.Inc(ctx, 1)
	var err error
	if d.TooLarge {
		max := fn.Config.maxDocumentBytes()
		err = &classify.LimitError{Offset: max, Limit: "document size", Max: max, Err: classify.ErrDocumentTooLarge}
	} else {
		fn.out, _, err = fn.r.AppendDocument(fn.out[:0], d.Data)
	}
	if err != nil {
		fn.quarantined.Inc(ctx, 1)
		bad(string(AppendFindingsLine(nil, d.File, &classify.Result{Offset: d.Offset, Err: err})))
		return nil
	}
	out(string(fn.out))
	return nil
}

// redactFile redacts the lines of a file read whole, with the library's
// stream (ReadDocuments gives whole files only without ReadOptions.Lines).
// A document refused is named by its line: {"file":F,"line":N,"error":E}.
func (fn *redactFn) redactFile(ctx context.Context, path string, out, bad func(string)) error {
	rc, err := openFile(ctx, path)
	if err != nil {
		return err
	}
	defer rc.Close()
	w := &lineEmitter{emit: out}
	st, err := fn.r.WriteNDJSON(ctx, rc, w, redact.StreamOptions{OnQuarantine: func(b redact.Bad) {
		l := append([]byte(`{"file":`), jsonstr.AppendQuoted(nil, []byte(path))...)
		l = append(l, `,"line":`...)
		l = strconv.AppendInt(l, b.Line, 10)
		l = append(l, `,"error":`...)
		l = jsonstr.AppendQuoted(l, []byte(b.Err.Error()))
		bad(string(append(l, '}')))
	}})
	fn.documents.Inc(ctx, st.Documents)
	fn.quarantined.Inc(ctx, st.Quarantined)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// A lineEmitter emits what is written to it line by line, without the
// newlines.
type lineEmitter struct {
	emit func(string)
	part []byte
}

func (w *lineEmitter) Write(p []byte) (int, error) {
	n := len(p)
	for {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			w.part = append(w.part, p...)
			return n, nil
		}
		if len(w.part) > 0 {
			w.emit(string(append(w.part, p[:i]...)))
			w.part = w.part[:0]
		} else {
			w.emit(string(p[:i]))
		}
		p = p[i+1:]
	}
}
