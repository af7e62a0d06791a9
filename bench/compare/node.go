package compare

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/leakscope/leakscope/corpus"
)

// The npm peers, as peers.js names them.
const (
	RedactPII      = "redact-pii"
	SecretScrubber = "secret-scrubber"
)

// RedactPIITypes maps the replacement tokens of redact-pii's built-in
// redactors to categories. DIGITS (any run of four digits or more) and URL
// (any URL) are too broad to stand for any category and count as nothing.
var RedactPIITypes = map[string]string{
	"EMAIL_ADDRESS":             corpus.Contact,
	"PHONE_NUMBER":              corpus.Contact,
	"STREET_ADDRESS":            corpus.Contact,
	"ZIPCODE":                   corpus.Contact,
	"PERSON_NAME":               corpus.Contact,
	"USERNAME":                  corpus.Contact,
	"US_SOCIAL_SECURITY_NUMBER": corpus.Contact, // national ids are contact in the corpus
	"IP_ADDRESS":                corpus.NetworkLayout,
	"PASSWORD":                  corpus.Credential,
	"CREDENTIALS":               corpus.Credential,
	"CREDIT_CARD_NUMBER":        corpus.Credential, // card numbers are credentials in the corpus
	"DIGITS":                    "",
	"URL":                       "",
}

// ErrNoNode means node or the node_modules of the peers' folder is missing.
var ErrNoNode = errors.New("compare: node, or node_modules in the peers' folder, is missing (run npm ci there)")

// NodeReady reports whether the npm peers can run from dir (the folder of
// peers.js and its package.json): ErrNoNode when node or node_modules is
// missing.
func NodeReady(dir string) error {
	if _, err := exec.LookPath("node"); err != nil {
		return ErrNoNode
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules")); err != nil {
		return ErrNoNode
	}
	return nil
}

type nodeLeaf struct {
	I    int             `json:"i"`
	Name string          `json:"name"`
	Path string          `json:"path"`
	V    json.RawMessage `json:"v"`
}

type nodeAnswer struct {
	I      *int              `json:"i"`
	RP     map[Feed][]string `json:"rp"`
	ZS     map[Feed]bool     `json:"zs"`
	Timing map[string]int64  `json:"timing"`
	Bytes  map[string]int64  `json:"bytes"`
}

// Node runs node/peers.js once, streams every leaf through it, and returns
// one Run per tool and way of feeding: redact-pii given the value, "name:
// value" and "path: value"; @zapier/secret-scrubber given {name: value}
// and {path: value}. Elapsed is the time spent inside the tool, measured
// by peers.js: neither node's start nor the pipe is counted.
func Node(ctx context.Context, dir string, leaves []Leaf, ndocs int, tools []string) ([]*Run, error) {
	if err := NodeReady(dir); err != nil {
		return nil, err
	}
	if len(tools) == 0 {
		return nil, nil
	}
	type key struct {
		tool string
		feed Feed
	}
	runs := map[key]*Run{}
	var order []key
	for _, t := range tools {
		switch t {
		case RedactPII:
			for _, f := range []Feed{ByValue, ByName, ByPath} {
				feed := "value"
				if f != ByValue {
					feed = string(f) + ": value"
				}
				k := key{t, f}
				runs[k] = newRun(t, feed, []string{corpus.Credential, corpus.Contact, corpus.NetworkLayout}, ndocs)
				order = append(order, k)
			}
		case SecretScrubber:
			for _, f := range []Feed{ByName, ByPath} {
				k := key{t, f}
				runs[k] = newRun("@zapier/secret-scrubber", "{"+string(f)+": value}", []string{corpus.Credential}, ndocs)
				order = append(order, k)
			}
		default:
			return nil, fmt.Errorf("compare: unknown npm peer %q", t)
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	args := []string{"peers.js", "--tools", joinComma(tools)}
	cmd := exec.CommandContext(ctx, "node", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	werr := make(chan error, 1)
	go func() {
		w := bufio.NewWriterSize(stdin, 1<<16)
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		var err error
		for i := range leaves {
			l := &leaves[i]
			if err = enc.Encode(nodeLeaf{I: i, Name: l.Name, Path: l.Key, V: l.JSON}); err != nil {
				break
			}
		}
		if err == nil {
			err = w.Flush()
		}
		if cerr := stdin.Close(); err == nil {
			err = cerr
		}
		werr <- err
	}()

	// fail stops peers.js, waits for it and the writer, and returns err.
	fail := func(err error) ([]*Run, error) {
		cancel()
		_ = cmd.Wait()
		<-werr
		return nil, err
	}
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	next := 0
	var timing, nbytes map[string]int64
	for sc.Scan() {
		var a nodeAnswer
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fail(fmt.Errorf("compare: peers.js answer %d: %w", next, err))
		}
		if a.I == nil {
			timing, nbytes = a.Timing, a.Bytes
			continue
		}
		if *a.I != next || next >= len(leaves) {
			return fail(fmt.Errorf("compare: peers.js answered leaf %d, want %d", *a.I, next))
		}
		l := &leaves[next]
		for f, types := range a.RP {
			r := runs[key{RedactPII, f}]
			if r == nil {
				continue
			}
			for _, t := range types {
				c, ok := RedactPIITypes[t]
				if !ok {
					return fail(fmt.Errorf("compare: redact-pii type %q has no mapping", t))
				}
				if c != "" {
					r.add(l, c)
				}
			}
		}
		for f, flagged := range a.ZS {
			if r := runs[key{SecretScrubber, f}]; r != nil && flagged {
				r.add(l, corpus.Credential)
			}
		}
		next++
	}
	if err := sc.Err(); err != nil {
		return fail(err)
	}
	if err := cmd.Wait(); err != nil {
		<-werr
		return nil, fmt.Errorf("compare: peers.js: %w (%s)", err, tail(stderr.Bytes()))
	}
	if err := <-werr; err != nil {
		return nil, fmt.Errorf("compare: writing to peers.js: %w", err)
	}
	if next != len(leaves) || timing == nil {
		return nil, fmt.Errorf("compare: peers.js answered %d of %d leaves", next, len(leaves))
	}
	out := make([]*Run, 0, len(order))
	for _, k := range order {
		r := runs[k]
		name := k.tool + "/" + string(k.feed)
		r.Elapsed = time.Duration(timing[name])
		r.Bytes = nbytes[name]
		r.Leaves = len(leaves)
		out = append(out, r)
	}
	return out, nil
}

func joinComma(xs []string) string {
	var b bytes.Buffer
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(x)
	}
	return b.String()
}

// tail returns the end of a peer's standard error, for an error message.
// peers.js never prints values; a crash prints its stack.
func tail(b []byte) []byte {
	const n = 512
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return bytes.TrimSpace(b)
}
