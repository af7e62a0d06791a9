package classify

import (
	"cmp"
	"container/heap"
	"context"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/leakscope/leakscope/rules"
)

// DefaultMaxPaths is how many distinct fields a report keeps by default.
const DefaultMaxPaths = 10_000

// ReportOptions tune a Report. The zero value means the defaults.
type ReportOptions struct {
	// MaxPaths bounds the distinct normalized paths a report keeps, so
	// that a dump whose keys are data cannot exhaust memory; past it, the
	// fields of least path hash are kept (a uniform choice, the same in
	// any order of documents) and the others go to one "other" bucket.
	// Zero means DefaultMaxPaths.
	MaxPaths int
	// Rules, if not nil, is the rule set the findings came from: the
	// sample of a field of free text is then the masked value that a rule
	// found in the text, not the text.
	Rules *rules.Set
}

// A Report aggregates the results of a stream into what a dump exposes:
// per category, the documents touched, the values tagged and how many
// distinct values they are; per field (a normalized path, NormalizePath),
// its values, categories, types and a masked sample. It holds counts,
// hash sketches and masked samples, never a raw value.
//
// Its counts agree exactly with the findings of the same results: a
// category's values are its findings, a field's values are its leaves
// with at least one finding. Distinct values are estimated with
// HyperLogLog sketches: exact up to 4,096 distinct values per category
// (1,024 per field), then within about 0.4% per category and type and
// 0.8% per field (one standard error).
//
// Reports merge: the reports of the parts of an input, merged in any
// order, are the report of the whole, byte for byte once encoded (which
// fields are kept past MaxPaths, and which value is a field's sample, do
// not depend on the order of documents). A report round-trips through
// JSON (MarshalJSON, UnmarshalJSON) without loss, so it can be the
// accumulator of a distributed combine.
//
// A sketch holds the 64-bit hashes of up to 4,096 values exactly: enough
// to confirm a guessed value, never to read one. The JSON form, which
// carries them, deserves the care of the dump's metadata; the text and
// HTML renderings carry none.
//
// A Report is not safe for concurrent use; give each goroutine its own
// and merge them.
type Report struct {
	Documents  int64 // documents read, good or not
	Skipped    int64 // documents left out by Options.SampleRate
	Unreadable int64 // documents that could not be read
	// Bytes counts the input bytes read, as they were read (compressed
	// if the input is). Add does not count them; Classifier.Report does.
	Bytes int64
	// InputBytes, when not zero, is the size of the whole input of which
	// only the first Bytes were read (a look at the first documents of a
	// large dump): the estimates are then scaled by InputBytes/Bytes.
	InputBytes int64

	maxPaths   int
	rules      *rules.Set
	cats       [rules.NumCategories]*catAgg
	paths      map[string]*pathAgg
	kept       pathHeap // the same fields, the greatest path hash on top
	other      *pathAgg // the fields not kept, together
	otherPaths *sketch  // of the hashes of their paths
	seq        int64    // documents added, for per-document stamps
	lower      []byte
}

type catAgg struct {
	documents, values int64
	distinct          *sketch
	types             map[string]*typeAgg
	seen              int64
}

type typeAgg struct {
	documents, values int64
	distinct          *sketch
	seen              int64
}

type pathAgg struct {
	path              string
	hash              uint64 // of path
	documents, values int64
	cats              [rules.NumCategories]int64
	types             map[string]int64
	distinct          *sketch
	// The sample is the masked value of least hash, sampleKey: whatever
	// the order of adds and merges, the same one.
	sample    string
	sampleKey uint64
	seen      int64
	other     bool // the bucket of fields not kept: no documents
}

// pathHeap is a max-heap of fields by path hash.
type pathHeap []*pathAgg

func (h pathHeap) Len() int           { return len(h) }
func (h pathHeap) Less(i, j int) bool { return h[i].hash > h[j].hash }
func (h pathHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *pathHeap) Push(x any)        { *h = append(*h, x.(*pathAgg)) }
func (h *pathHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// NewReport returns an empty report.
func NewReport(opts ReportOptions) *Report {
	r := &Report{maxPaths: opts.MaxPaths, rules: opts.Rules}
	r.init()
	return r
}

func (r *Report) init() {
	if r.paths != nil {
		return
	}
	if r.maxPaths <= 0 {
		r.maxPaths = DefaultMaxPaths
	}
	for i := range r.cats {
		r.cats[i] = &catAgg{distinct: newSketch(precisionCategory), types: map[string]*typeAgg{}}
	}
	r.paths = map[string]*pathAgg{}
}

// Report classifies the documents of rd, as Stream does, and returns
// their report, with Bytes counted. The values needed for distinct counts
// and samples are taken whatever Options.Reveal says, and never kept. On
// an error, the report of the documents read before it is returned too.
func (c *Classifier) Report(ctx context.Context, rd io.Reader, opts ReportOptions) (*Report, error) {
	rc := c
	if !c.opts.Reveal {
		o := c.opts
		o.Reveal = true
		var err error
		if rc, err = New(c.set, o); err != nil {
			return nil, err
		}
	}
	if opts.Rules == nil {
		opts.Rules = c.set
	}
	rep := NewReport(opts)
	cr := &countingReader{r: rd}
	defer func() { rep.Bytes += cr.n }()
	for res, err := range rc.Stream(ctx, cr) {
		if err != nil {
			return rep, err
		}
		rep.Add(res)
	}
	return rep, nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// Add aggregates the result of one document. The findings must carry
// their values (a classifier with Options.Reveal); without them every
// value counts as the same one.
func (r *Report) Add(res Result) {
	r.init()
	r.Documents++
	switch {
	case res.Skipped:
		r.Skipped++
		return
	case res.Err != nil:
		r.Unreadable++
		return
	}
	r.seq++
	seq := r.seq
	var p *pathAgg
	prevPath, prevStart := "", -1
	for i := range res.Findings {
		f := &res.Findings[i]
		if int(f.Category) >= rules.NumCategories {
			continue
		}
		h := hashValue(f.Value)
		c := r.cats[f.Category]
		c.values++
		if c.seen != seq {
			c.seen = seq
			c.documents++
		}
		c.distinct.add(h)
		t := c.types[f.Type]
		if t == nil {
			t = &typeAgg{distinct: newSketch(precisionCategory)}
			c.types[f.Type] = t
		}
		t.values++
		if t.seen != seq {
			t.seen = seq
			t.documents++
		}
		t.distinct.add(h)

		// One leaf has one finding per category, one after the other.
		if f.Path != prevPath || f.Start != prevStart || p == nil {
			prevPath, prevStart = f.Path, f.Start
			p = r.field(NormalizePath(f.Path))
			p.values++
			if p.seen != seq && !p.other {
				p.seen = seq
				p.documents++
			}
			p.distinct.add(h)
			if p.sample == "" || h < p.sampleKey {
				p.sample, p.sampleKey = r.sample(f), h
			}
		}
		p.cats[f.Category]++
		p.types[f.Type]++
	}
}

// field returns the aggregate of a normalized path, or the other bucket.
// Past maxPaths, the fields of least path hash are kept: the same ones
// whatever the order of adds and merges, and a field kept at the end was
// kept from its first value on, so its counts are whole.
func (r *Report) field(path string) *pathAgg {
	if p, ok := r.paths[path]; ok {
		return p
	}
	h := hashValue(path)
	if len(r.kept) >= r.maxPaths {
		if h > r.kept[0].hash {
			r.newOther()
			r.otherPaths.add(h)
			return r.other
		}
		out := heap.Pop(&r.kept).(*pathAgg)
		delete(r.paths, out.path)
		r.newOther()
		r.otherPaths.add(out.hash)
		r.other.merge(out) // same precision
	}
	p := newPathAgg(path)
	p.hash = h
	r.paths[path] = p
	heap.Push(&r.kept, p)
	return p
}

func (r *Report) newOther() {
	if r.other == nil {
		r.other = newPathAgg("")
		r.other.other = true
		r.otherPaths = newSketch(precisionPath)
	}
}

func newPathAgg(path string) *pathAgg {
	return &pathAgg{path: path, types: map[string]int64{}, distinct: newSketch(precisionPath)}
}

// sample masks the value of f, or what a finder found in it.
func (r *Report) sample(f *Finding) string {
	v := f.Value
	if r.rules != nil && len(v) > 0 {
		if c := r.rules.Rule(f.Rule); c != nil && c.Finds() {
			b := []byte(v)
			r.lower = rules.AppendLower(r.lower[:0], b)
			c.FindIn(b, r.lower, rules.ShapeOf(b), r.rules.Dictionaries(), func(start, end int) bool {
				v = v[start:end]
				return false
			})
		}
	}
	return Mask(v, f.Category)
}

// Merge adds the report o to r; o is left as it was and must not be r.
// Merging is commutative and associative: reports of the parts of an
// input, merged in any order and grouping, encode as the report of the
// whole does.
func (r *Report) Merge(o *Report) error {
	if o == r {
		return fmt.Errorf("report: cannot merge a report into itself")
	}
	r.init()
	o.init()
	r.Documents += o.Documents
	r.Skipped += o.Skipped
	r.Unreadable += o.Unreadable
	r.Bytes += o.Bytes
	r.InputBytes += o.InputBytes
	for i, oc := range o.cats {
		c := r.cats[i]
		c.documents += oc.documents
		c.values += oc.values
		if err := c.distinct.merge(oc.distinct); err != nil {
			return fmt.Errorf("report: %s: %w", rules.Category(i), err)
		}
		for name, ot := range oc.types {
			t := c.types[name]
			if t == nil {
				t = &typeAgg{distinct: newSketch(ot.distinct.p)}
				c.types[name] = t
			}
			t.documents += ot.documents
			t.values += ot.values
			if err := t.distinct.merge(ot.distinct); err != nil {
				return fmt.Errorf("report: %s: %s: %w", rules.Category(i), name, err)
			}
		}
	}
	for _, op := range o.sortedPaths() {
		p := r.field(op.path)
		if err := p.merge(op); err != nil {
			return err
		}
	}
	if o.other != nil {
		r.newOther()
		if err := r.other.merge(o.other); err != nil {
			return err
		}
		if err := r.otherPaths.merge(o.otherPaths); err != nil {
			return fmt.Errorf("report: other fields: %w", err)
		}
	}
	return nil
}

func (p *pathAgg) merge(o *pathAgg) error {
	if !p.other {
		p.documents += o.documents
	}
	p.values += o.values
	for i, n := range o.cats {
		p.cats[i] += n
	}
	for t, n := range o.types {
		p.types[t] += n
	}
	if o.sample != "" && (p.sample == "" || o.sampleKey < p.sampleKey || o.sampleKey == p.sampleKey && o.sample < p.sample) {
		p.sample, p.sampleKey = o.sample, o.sampleKey
	}
	if err := p.distinct.merge(o.distinct); err != nil {
		return fmt.Errorf("report: field %s: %w", o.path, err)
	}
	return nil
}

// Counts are what a report says of a category, a type or a field.
type Counts struct {
	Documents int64 // documents with at least one such value
	Values    int64 // values tagged
	Distinct  int64 // distinct values among them (estimated)
}

// CategoryStats is the part of a report about one category.
type CategoryStats struct {
	Category rules.Category
	Counts
	// Estimate is Counts scaled to the whole input when the report is of
	// a sample (Report.Estimated); otherwise it equals Counts.
	Estimate Counts
	Types    []TypeStats // most documents first
}

// TypeStats is the part of a report about one type of value of a category.
type TypeStats struct {
	Type string
	Counts
	Estimate Counts
}

// PathStats is the part of a report about one field.
type PathStats struct {
	Path string // normalized (NormalizePath)
	Counts
	Estimate   Counts
	Categories [rules.NumCategories]int64 // values tagged with each category
	Types      map[string]int64           // values of each type
	Sample     string                     // masked (Mask)
}

// Estimated reports whether the report is of a part of its input
// (Options.SampleRate, or only the first Bytes of InputBytes read), so
// that its Estimate counts are scaled estimates.
func (r *Report) Estimated() bool { return r.share() < 1 }

// Scale is the factor from what was classified to the whole input: 1 for
// a complete report.
func (r *Report) Scale() float64 { return 1 / r.share() }

// share is the part of the input that was classified.
func (r *Report) share() float64 {
	q := 1.0
	if classified := r.Documents - r.Skipped; r.Skipped > 0 && classified > 0 {
		q = float64(classified) / float64(r.Documents)
	}
	if r.InputBytes > r.Bytes && r.Bytes > 0 {
		q *= float64(r.Bytes) / float64(r.InputBytes)
	}
	return q
}

// EstimatedDocuments is the number of documents of the whole input.
func (r *Report) EstimatedDocuments() int64 {
	if r.InputBytes > r.Bytes && r.Bytes > 0 {
		return int64(math.Round(float64(r.Documents) * float64(r.InputBytes) / float64(r.Bytes)))
	}
	return r.Documents
}

// estimate scales c, counts of what was classified, to the whole input.
func (r *Report) estimate(c Counts) Counts {
	q := r.share()
	if q >= 1 {
		return c
	}
	return Counts{
		Documents: int64(math.Round(float64(c.Documents) / q)),
		Values:    int64(math.Round(float64(c.Values) / q)),
		Distinct:  ScaleDistinct(c.Distinct, c.Values, q),
	}
}

// A fieldEstimate is a field's distinct count, as read and scaled.
type fieldEstimate struct {
	p              *pathAgg
	read, estimate float64
}

// fieldEstimates scales the distinct count of each field; nil for a
// complete report.
func (r *Report) fieldEstimates() []fieldEstimate {
	q := r.share()
	if q >= 1 {
		return nil
	}
	out := make([]fieldEstimate, 0, len(r.kept)+1)
	for _, p := range append(slices.Clip([]*pathAgg(r.kept)), r.other) {
		if p == nil || p.values == 0 {
			continue
		}
		d := p.distinct.estimate()
		out = append(out, fieldEstimate{p, float64(d), float64(ScaleDistinct(d, p.values, q))})
	}
	return out
}

// estimateOf scales the counts of a category or a type, whose values in
// each field are share(field). Fields differ in how their values repeat
// (an e-mail field, a gender field), so the distinct values are scaled
// field by field, as fields hold them, and the overlap between fields
// is taken from what was read.
func (r *Report) estimateOf(c Counts, fields []fieldEstimate, share func(*pathAgg) int64) Counts {
	e := r.estimate(c)
	if fields == nil {
		return e
	}
	var read, scaled float64
	for _, f := range fields {
		if n := share(f.p); n > 0 {
			w := float64(min(n, f.p.values)) / float64(f.p.values)
			read += w * f.read
			scaled += w * f.estimate
		}
	}
	if read > 0 {
		d := int64(math.Round(scaled * float64(c.Distinct) / read))
		e.Distinct = min(max(d, c.Distinct), max(e.Values, c.Distinct))
	}
	return e
}

// scaleDistinct estimates the distinct values of a whole input of which a
// share q was read, in which v values held d distinct ones. It assumes
// that every distinct value occurs k times in the whole input: then the
// input holds V = v/q values, D = V/k distinct ones, and a share q of its
// documents shows D(1-(1-q)^k) of them; k is solved for from d. All
// distinct in the sample (d = v) scales as the values do; a few values
// repeated (d << v) stay about d.
func ScaleDistinct(d, v int64, q float64) int64 {
	if q >= 1 || d <= 0 || v <= 0 {
		return d
	}
	V := float64(v) / q
	if d >= v {
		return int64(math.Round(V))
	}
	seen := func(k float64) float64 { return V / k * -math.Expm1(k*math.Log1p(-q)) }
	lo, hi := 1.0, V
	for range 200 {
		mid := math.Sqrt(lo * hi)
		if seen(mid) > float64(d) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return max(d, int64(math.Round(V/lo)))
}

// Categories returns the five categories, in category order.
func (r *Report) Categories() []CategoryStats {
	r.init()
	out := make([]CategoryStats, 0, len(r.cats))
	fields := r.fieldEstimates()
	for i, c := range r.cats {
		cs := CategoryStats{Category: rules.Category(i), Counts: Counts{c.documents, c.values, c.distinct.estimate()}}
		cs.Estimate = r.estimateOf(cs.Counts, fields, func(p *pathAgg) int64 { return p.cats[i] })
		for name, t := range c.types {
			ts := TypeStats{Type: name, Counts: Counts{t.documents, t.values, t.distinct.estimate()}}
			ts.Estimate = r.estimateOf(ts.Counts, fields, func(p *pathAgg) int64 { return p.types[name] })
			cs.Types = append(cs.Types, ts)
		}
		slices.SortFunc(cs.Types, func(a, b TypeStats) int {
			return cmp.Or(cmp.Compare(b.Documents, a.Documents), cmp.Compare(b.Values, a.Values), cmp.Compare(a.Type, b.Type))
		})
		out = append(out, cs)
	}
	return out
}

// Paths returns the fields kept, in path order.
func (r *Report) Paths() []PathStats {
	r.init()
	ps := r.sortedPaths()
	out := make([]PathStats, len(ps))
	for i, p := range ps {
		out[i] = r.pathStats(p)
	}
	return out
}

func (r *Report) sortedPaths() []*pathAgg {
	ps := slices.Clone([]*pathAgg(r.kept))
	slices.SortFunc(ps, func(a, b *pathAgg) int { return cmp.Compare(a.path, b.path) })
	return ps
}

// Other returns the fields past MaxPaths, together (Path is empty; the
// documents they touch are not counted, Documents is 0), and an estimate
// of how many fields they are; ok is false when there are none.
func (r *Report) Other() (ps PathStats, fields int64, ok bool) {
	if r.other == nil {
		return PathStats{}, 0, false
	}
	return r.pathStats(r.other), r.otherPaths.estimate(), true
}

func (r *Report) pathStats(p *pathAgg) PathStats {
	ps := PathStats{
		Path:       p.path,
		Counts:     Counts{p.documents, p.values, p.distinct.estimate()},
		Categories: p.cats,
		Types:      make(map[string]int64, len(p.types)),
		Sample:     p.sample,
	}
	for t, n := range p.types {
		ps.Types[t] = n
	}
	ps.Estimate = r.estimate(ps.Counts)
	return ps
}

// DistinctOf estimates the distinct values of several fields together
// (spellings of one field, say); paths not in the report are ignored.
func (r *Report) DistinctOf(paths ...string) int64 {
	u := newSketch(precisionPath)
	for _, path := range paths {
		if p, ok := r.paths[path]; ok {
			u.merge(p.distinct) // same precision
		}
	}
	return u.estimate()
}
