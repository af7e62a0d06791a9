package compare

import (
	"time"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/corpus"
)

// LeakscopeDocs runs leakscope as users run it, and as corpusscore does:
// on whole documents, with the default rules and minimum confidence, on
// one goroutine.
func LeakscopeDocs(docs []corpus.Doc, nleaves int) (*Run, error) {
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		return nil, err
	}
	r := newRun("leakscope", "whole document", corpus.Categories, len(docs))
	r.Leaves = nleaves
	var buf []classify.Finding
	start := time.Now()
	for i, d := range docs {
		buf, _ = c.AppendFindings(buf[:0], d.JSON) // an error counts as the findings made before it
		for _, f := range buf {
			r.Findings[i] = append(r.Findings[i], corpus.Finding{Path: f.Path, Category: f.Category.String()})
		}
		r.Bytes += int64(len(d.JSON))
	}
	r.Elapsed = time.Since(start)
	return r, nil
}

// LeakscopeLeaves runs leakscope one leaf at a time, each fed as the
// document {"key": value}, with the key its field name (ByName) or its
// dotted path (ByPath): the same view of a leaf the peers get.
func LeakscopeLeaves(leaves []Leaf, ndocs int, how Feed) (*Run, error) {
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		return nil, err
	}
	r := newRun(LeakscopeOneLeaf, `{"`+string(how)+`": value}`, corpus.Categories, ndocs)
	var (
		buf []classify.Finding
		doc []byte
	)
	start := time.Now()
	for i := range leaves {
		l := &leaves[i]
		doc = append(doc[:0], '{')
		doc = append(doc, quote(l.Fed(how))...)
		doc = append(doc, ':')
		doc = append(doc, l.JSON...)
		doc = append(doc, '}')
		buf, _ = c.AppendFindings(buf[:0], doc)
		for _, f := range buf {
			r.add(l, f.Category.String())
		}
		r.Bytes += int64(len(doc))
		r.Leaves++
	}
	r.Elapsed = time.Since(start)
	return r, nil
}

// LeakscopeOneLeaf is the tool name of leakscope's one-leaf-at-a-time rows.
const LeakscopeOneLeaf = "leakscope, one leaf at a time"
