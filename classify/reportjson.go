package classify

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/leakscope/leakscope/rules"
)

// reportFormat versions the JSON form of a report.
const reportFormat = 1

// The JSON form of a report. Counts are those of what was classified, so
// they agree with the findings; "estimate" objects, present only when
// the report is of a sample, scale them to the whole input. Each sketch
// is the binary form of a distinct-value sketch (see hll.go), in base64.
type reportJSON struct {
	Format     int                      `json:"format"`
	Documents  int64                    `json:"documents"`
	Skipped    int64                    `json:"skipped,omitempty"`
	Unreadable int64                    `json:"unreadable"`
	Bytes      int64                    `json:"bytes"`
	InputBytes int64                    `json:"input_bytes,omitempty"`
	Estimated  bool                     `json:"estimated"`
	Scale      float64                  `json:"scale,omitempty"`
	Estimate   *docsJSON                `json:"estimate,omitempty"`
	Categories map[string]*categoryJSON `json:"categories"`
	Paths      []*pathJSON              `json:"paths"`
	Other      *otherJSON               `json:"other,omitempty"`
}

type docsJSON struct {
	Documents int64 `json:"documents"`
}

type countsJSON struct {
	Documents int64 `json:"documents"`
	Values    int64 `json:"values"`
	Distinct  int64 `json:"distinct"`
}

type categoryJSON struct {
	countsJSON
	Estimate *countsJSON          `json:"estimate,omitempty"`
	Types    map[string]*typeJSON `json:"types"`
	Sketch   []byte               `json:"sketch"`
}

type typeJSON struct {
	countsJSON
	Estimate *countsJSON `json:"estimate,omitempty"`
	Sketch   []byte      `json:"sketch"`
}

type pathJSON struct {
	Path string `json:"path"`
	countsJSON
	Categories map[string]int64 `json:"categories"`
	Types      map[string]int64 `json:"types"`
	Sample     string           `json:"sample"`
	SampleKey  string           `json:"sample_key,omitempty"` // hex hash of the sampled value
	Estimate   *countsJSON      `json:"estimate,omitempty"`
	Sketch     []byte           `json:"sketch"`
}

type otherJSON struct {
	Fields       int64  `json:"fields"`
	FieldsSketch []byte `json:"fields_sketch"`
	pathJSON
}

func toCountsJSON(c Counts) countsJSON { return countsJSON{c.Documents, c.Values, c.Distinct} }

// MarshalJSON encodes the report in a stable form: the same report always
// gives the same bytes, and UnmarshalJSON reads it back whole.
func (r *Report) MarshalJSON() ([]byte, error) {
	r.init()
	est := r.Estimated()
	estimate := func(c Counts) *countsJSON {
		if !est {
			return nil
		}
		e := toCountsJSON(r.estimate(c))
		return &e
	}
	out := reportJSON{
		Format:     reportFormat,
		Documents:  r.Documents,
		Skipped:    r.Skipped,
		Unreadable: r.Unreadable,
		Bytes:      r.Bytes,
		InputBytes: r.InputBytes,
		Estimated:  est,
		Categories: map[string]*categoryJSON{},
		Paths:      make([]*pathJSON, 0, len(r.paths)),
	}
	if est {
		out.Scale = r.Scale()
		out.Estimate = &docsJSON{Documents: r.EstimatedDocuments()}
	}
	scaled := func(c Counts) *countsJSON {
		if !est {
			return nil
		}
		e := toCountsJSON(c)
		return &e
	}
	for i, cs := range r.Categories() {
		c := r.cats[i]
		cj := &categoryJSON{
			countsJSON: toCountsJSON(cs.Counts),
			Estimate:   scaled(cs.Estimate),
			Types:      map[string]*typeJSON{},
			Sketch:     c.distinct.appendBinary(nil),
		}
		for _, ts := range cs.Types {
			cj.Types[ts.Type] = &typeJSON{countsJSON: toCountsJSON(ts.Counts), Estimate: scaled(ts.Estimate), Sketch: c.types[ts.Type].distinct.appendBinary(nil)}
		}
		out.Categories[rules.Category(i).String()] = cj
	}
	toPath := func(p *pathAgg) *pathJSON {
		pc := Counts{p.documents, p.values, p.distinct.estimate()}
		pj := &pathJSON{
			Path:       p.path,
			countsJSON: toCountsJSON(pc),
			Categories: map[string]int64{},
			Types:      p.types,
			Sample:     p.sample,
			Estimate:   estimate(pc),
			Sketch:     p.distinct.appendBinary(nil),
		}
		for i, n := range p.cats {
			if n > 0 {
				pj.Categories[rules.Category(i).String()] = n
			}
		}
		if p.sample != "" {
			pj.SampleKey = fmt.Sprintf("%016x", p.sampleKey)
		}
		return pj
	}
	for _, p := range r.sortedPaths() {
		out.Paths = append(out.Paths, toPath(p))
	}
	if r.other != nil {
		out.Other = &otherJSON{Fields: r.otherPaths.estimate(), FieldsSketch: r.otherPaths.appendBinary(nil), pathJSON: *toPath(r.other)}
	}
	return json.Marshal(out)
}

// UnmarshalJSON replaces the content of r with a report encoded by
// MarshalJSON; r keeps its options. Distinct counts are read from the
// sketches, not from the numbers beside them.
func (r *Report) UnmarshalJSON(data []byte) error {
	var in reportJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if in.Format != reportFormat {
		return fmt.Errorf("report: format %d: this version reads format %d", in.Format, reportFormat)
	}
	nr := Report{maxPaths: r.maxPaths, rules: r.rules}
	nr.init()
	nr.Documents, nr.Skipped, nr.Unreadable, nr.Bytes, nr.InputBytes = in.Documents, in.Skipped, in.Unreadable, in.Bytes, in.InputBytes
	for name, cj := range in.Categories {
		cat, ok := rules.ParseCategory(name)
		if !ok {
			return fmt.Errorf("report: unknown category %q", name)
		}
		c := nr.cats[cat]
		c.documents, c.values = cj.Documents, cj.Values
		var err error
		if c.distinct, err = decodeSketch(cj.Sketch); err != nil {
			return fmt.Errorf("report: category %s: %w", name, err)
		}
		for tname, tj := range cj.Types {
			t := &typeAgg{documents: tj.Documents, values: tj.Values}
			if t.distinct, err = decodeSketch(tj.Sketch); err != nil {
				return fmt.Errorf("report: category %s, type %s: %w", name, tname, err)
			}
			c.types[tname] = t
		}
	}
	fromPath := func(pj *pathJSON) (*pathAgg, error) {
		p := &pathAgg{path: pj.Path, documents: pj.Documents, values: pj.Values, types: map[string]int64{}, sample: pj.Sample}
		if pj.SampleKey != "" {
			k, err := strconv.ParseUint(pj.SampleKey, 16, 64)
			if err != nil {
				return nil, fmt.Errorf("report: field %s: sample_key: %w", pj.Path, err)
			}
			p.sampleKey = k
		}
		for t, n := range pj.Types {
			p.types[t] = n
		}
		for name, n := range pj.Categories {
			cat, ok := rules.ParseCategory(name)
			if !ok {
				return nil, fmt.Errorf("report: field %s: unknown category %q", pj.Path, name)
			}
			p.cats[cat] = n
		}
		var err error
		if p.distinct, err = decodeSketch(pj.Sketch); err != nil {
			return nil, fmt.Errorf("report: field %s: %w", pj.Path, err)
		}
		return p, nil
	}
	for _, pj := range in.Paths {
		if pj == nil {
			return fmt.Errorf("report: null field")
		}
		p, err := fromPath(pj)
		if err != nil {
			return err
		}
		if _, dup := nr.paths[p.path]; dup {
			return fmt.Errorf("report: field %s listed twice", p.path)
		}
		if err := nr.field(p.path).merge(p); err != nil {
			return err
		}
	}
	if in.Other != nil {
		o, err := fromPath(&in.Other.pathJSON)
		if err != nil {
			return err
		}
		fs, err := decodeSketch(in.Other.FieldsSketch)
		if err != nil {
			return fmt.Errorf("report: other fields: %w", err)
		}
		nr.newOther()
		if err := nr.other.merge(o); err != nil {
			return err
		}
		if err := nr.otherPaths.merge(fs); err != nil {
			return fmt.Errorf("report: other fields: %w", err)
		}
	}
	*r = nr
	return nil
}
