package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// A mixPart is one schema of a -schema mix and its weight.
type mixPart struct {
	schema string
	weight int
}

func parseMix(s string) ([]mixPart, error) {
	var out []mixPart
	known := corpus.Schemas()
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		name, w, hasW := strings.Cut(f, ":")
		p := mixPart{schema: name, weight: 1}
		if hasW {
			n, err := strconv.Atoi(w)
			if err != nil || n < 1 {
				return nil, fmt.Errorf("-schema %q: weight %q is not a positive integer", f, w)
			}
			p.weight = n
		}
		if !slices.Contains(known, name) {
			return nil, fmt.Errorf("-schema: unknown schema %q (known: %s)", name, strings.Join(known, ", "))
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil, errors.New("-schema: no schema named")
	}
	return out, nil
}

func run(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("corpusgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	seed := fs.Int64("seed", 1, "seed of the generator; the same seed gives the same documents")
	n := fs.Int("n", 300, "number of documents")
	schemaFlag := fs.String("schema", "", "schema, or comma-separated mix name[:weight],... (default: all schemas)")
	output := fs.String("o", "", "write the documents to this file instead of standard output")
	labels := fs.String("labels", "", "also write the labels, as NDJSON, to this file")
	list := fs.Bool("list", false, "list the schemas and exit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %q", fs.Args())
	}
	if *list {
		for _, s := range corpus.Schemas() {
			fmt.Fprintln(stdout, s)
		}
		return nil
	}
	if *n < 0 {
		return fmt.Errorf("-n %d: must not be negative", *n)
	}
	var docs []corpus.Doc
	if *schemaFlag == "" {
		docs = corpus.Generate(*seed, *n)
	} else {
		mix, err := parseMix(*schemaFlag)
		if err != nil {
			return err
		}
		docs = generateMix(*seed, *n, mix)
	}
	if *output == "" {
		bw := bufio.NewWriter(stdout)
		if err := corpus.WriteNDJSON(bw, docs); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	} else if err := writeFile(*output, docs, corpus.WriteNDJSON); err != nil {
		return err
	}
	if *labels != "" {
		return writeFile(*labels, docs, corpus.WriteLabels)
	}
	return nil
}

func writeFile(name string, docs []corpus.Doc, write func(io.Writer, []corpus.Doc) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := write(f, docs); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// generateMix draws each document's schema from mix by weight, with its
// own random source so that the documents stay those of the seed.
func generateMix(seed int64, n int, mix []mixPart) []corpus.Doc {
	g := corpus.NewGenerator(seed)
	r := rand.New(rand.NewPCG(uint64(seed), 0x6d6978)) // "mix"
	total := 0
	for _, p := range mix {
		total += p.weight
	}
	docs := make([]corpus.Doc, n)
	for i := range docs {
		x := r.IntN(total)
		for _, p := range mix {
			if x < p.weight {
				docs[i] = g.NextOf(p.schema)
				break
			}
			x -= p.weight
		}
	}
	return docs
}
