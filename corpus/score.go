package corpus

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// A Finding is one category a classifier gave to one leaf, addressed by its
// RFC 6901 JSON Pointer.
type Finding struct{ Path, Category string }

// A Classifier returns the findings of one document.
type Classifier func(doc []byte) ([]Finding, error)

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Precision is TP/(TP+FP), or 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), or 0 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, or 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}

// Scores are the accuracy of a classifier over a set of documents.
type Scores struct {
	Docs, Errors  int
	Leaf          map[string]Counts // per category, leaf level
	LeafMicro     Counts
	Path          map[string]Counts // per category, path level
	PathMicro     Counts
	Decoys        int               // decoy leaves
	DecoysFlagged int               // decoy leaves given a category their label does not allow
	Hard          map[string]Counts // micro counts per hard kind (leaf level)
	Schema        map[string]Counts // micro counts per schema (leaf level)
}

// Score runs classify on every document and compares its findings with the
// labels.
//
// Leaf level, for each leaf and category: a category of Label.Categories
// that was predicted is a TP, one that was not is an FN; a predicted
// category that is neither in Categories nor in AnyOf is an FP. An AnyOf
// group gives one TP (to its first predicted member) if any member was
// predicted, else one FN (to AnyOf[0]). A finding whose path is not a leaf
// of the document is an FP of its category (leaf level only). Duplicate
// findings for one (path, category) count once. A decoy leaf counts as
// flagged when it got a category its label does not allow; for a decoy
// that is not sensitive, that is any category.
//
// Path level: leaves are grouped by schema and path with array indices
// replaced by "*". A group is positive for a category when at least half
// its leaves are labelled with it (each AnyOf member counts), and predicted
// when at least half its leaves got it, where a leaf whose AnyOf group is
// met counts as having got every member of the group. Then each (group,
// category) is a TP, FP or FN.
//
// A classify error counts in Errors, and the document counts as if nothing
// had been found in it: every label an FN.
func Score(docs []Doc, classify Classifier) *Scores {
	s := &Scores{
		Leaf:   make(map[string]Counts),
		Path:   make(map[string]Counts),
		Hard:   make(map[string]Counts),
		Schema: make(map[string]Counts),
	}
	groups := make(map[groupKey]*group)
	var groupOrder []groupKey
	for _, doc := range docs {
		s.Docs++
		findings, err := classify(doc.JSON)
		if err != nil {
			s.Errors++
			findings = nil
		}
		pred := make(map[string][]string)
		for _, f := range findings {
			if !hasCat(pred[f.Path], f.Category) {
				pred[f.Path] = append(pred[f.Path], f.Category)
			}
		}
		leaves := leafPaths(doc)
		for p, cs := range pred {
			if _, ok := leaves[p]; ok {
				continue
			}
			for _, c := range cs {
				s.bump(c, doc.Schema, "", Counts{FP: 1})
			}
		}
		for p, wild := range leaves {
			l := doc.Labels[p]
			got := pred[p]
			s.scoreLeaf(l, got, doc.Schema)

			k := groupKey{doc.Schema, wild}
			g := groups[k]
			if g == nil {
				g = &group{labelled: map[string]int{}, predicted: map[string]int{}}
				groups[k] = g
				groupOrder = append(groupOrder, k)
			}
			g.add(l, got)
		}
	}
	for _, c := range s.Leaf {
		s.LeafMicro.add(c)
	}
	for _, k := range groupOrder {
		groups[k].score(s.Path)
	}
	for _, c := range s.Path {
		s.PathMicro.add(c)
	}
	return s
}

func (s *Scores) bump(cat, schema, hard string, c Counts) {
	x := s.Leaf[cat]
	x.add(c)
	s.Leaf[cat] = x
	x = s.Schema[schema]
	x.add(c)
	s.Schema[schema] = x
	if hard != "" {
		x = s.Hard[hard]
		x.add(c)
		s.Hard[hard] = x
	}
}

func (s *Scores) scoreLeaf(l Label, got []string, schema string) {
	for _, c := range l.Categories {
		if hasCat(got, c) {
			s.bump(c, schema, l.Hard, Counts{TP: 1})
		} else {
			s.bump(c, schema, l.Hard, Counts{FN: 1})
		}
	}
	if len(l.AnyOf) > 0 {
		hit := ""
		for _, c := range l.AnyOf {
			if hasCat(got, c) {
				hit = c
				break
			}
		}
		if hit != "" {
			s.bump(hit, schema, l.Hard, Counts{TP: 1})
		} else {
			s.bump(l.AnyOf[0], schema, l.Hard, Counts{FN: 1})
		}
	}
	flagged := false
	for _, c := range got {
		if !hasCat(l.Categories, c) && !hasCat(l.AnyOf, c) {
			s.bump(c, schema, l.Hard, Counts{FP: 1})
			flagged = true
		}
	}
	if l.Decoy {
		s.Decoys++
		if flagged {
			s.DecoysFlagged++
		}
	}
}

type groupKey struct{ schema, path string }

// A group is the leaves of one schema under one wildcard path.
type group struct {
	n         int
	labelled  map[string]int // leaves labelled with each category (AnyOf members too)
	predicted map[string]int // leaves that got each category
	cats      []string       // every category seen, in first-seen order
}

func (g *group) see(c string) {
	if !hasCat(g.cats, c) {
		g.cats = append(g.cats, c)
	}
}

func (g *group) add(l Label, got []string) {
	g.n++
	for _, c := range l.Categories {
		g.labelled[c]++
		g.see(c)
	}
	anyMet := false
	for _, c := range l.AnyOf {
		g.labelled[c]++
		g.see(c)
		if hasCat(got, c) {
			anyMet = true
		}
	}
	for _, c := range got {
		g.predicted[c]++
		g.see(c)
	}
	if anyMet {
		for _, c := range l.AnyOf {
			if !hasCat(got, c) {
				g.predicted[c]++
			}
		}
	}
}

func (g *group) score(into map[string]Counts) {
	for _, c := range g.cats {
		pos := 2*g.labelled[c] >= g.n && g.labelled[c] > 0
		hit := 2*g.predicted[c] >= g.n && g.predicted[c] > 0
		x := into[c]
		switch {
		case pos && hit:
			x.TP++
		case pos:
			x.FN++
		case hit:
			x.FP++
		default:
			continue
		}
		into[c] = x
	}
}

// leafPaths returns the pointer of every leaf of doc, each with its
// wildcard path (array indices replaced by "*"). It reads doc.JSON; leaves
// named only by labels are included too, with all-digit tokens taken for
// indices.
func leafPaths(doc Doc) map[string]string {
	out := make(map[string]string, len(doc.Labels))
	dec := json.NewDecoder(bytes.NewReader(doc.JSON))
	dec.UseNumber()
	if err := walkLeaves(dec, "", "", out, 0); err != nil {
		clear(out)
	}
	for p := range doc.Labels {
		if _, ok := out[p]; !ok {
			out[p] = guessWildcard(p)
		}
	}
	return out
}

const maxDepth = 10000

// walkLeaves reads one JSON value from dec and records its leaves.
func walkLeaves(dec *json.Decoder, ptr, wild string, out map[string]string, depth int) error {
	if depth > maxDepth {
		return errTooDeep
	}
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	d, ok := tok.(json.Delim)
	if !ok {
		out[ptr] = wild
		return nil
	}
	switch d {
	case '{':
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return err
			}
			k := escapeToken(kt.(string))
			if err := walkLeaves(dec, ptr+"/"+k, wild+"/"+k, out, depth+1); err != nil {
				return err
			}
		}
	case '[':
		for i := 0; dec.More(); i++ {
			if err := walkLeaves(dec, ptr+"/"+strconv.Itoa(i), wild+"/*", out, depth+1); err != nil {
				return err
			}
		}
	}
	_, err = dec.Token() // closing delimiter
	return err
}

type scoreError string

func (e scoreError) Error() string { return string(e) }

const errTooDeep = scoreError("corpus: document nested too deep")

func guessWildcard(p string) string {
	toks := strings.Split(p, "/")
	for i, t := range toks {
		if i > 0 && t != "" && strings.Trim(t, "0123456789") == "" && (t == "0" || t[0] != '0') {
			toks[i] = "*"
		}
	}
	return strings.Join(toks, "/")
}
