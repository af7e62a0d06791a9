package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// tinyDocs is a hand-made corpus of two documents.
func tinyDocs() []Doc {
	return []Doc{
		{
			Schema: "tiny",
			JSON:   []byte(`{"email":"ana@example.org","mac":"2C:AA:8E:00:00:01","token_count":3,"items":[{"ip":"10.0.0.1"},{"ip":"10.0.0.2"}]}`),
			Labels: map[string]Label{
				"/email":       contact(),
				"/mac":         macLabel(),
				"/token_count": decoy(),
				"/items/0/ip":  netw(),
				"/items/1/ip":  netw(),
			},
		},
		{
			Schema: "tiny",
			JSON:   []byte(`{"email":"bo@example.com","mac":"2CAA8E000002","token_count":0,"items":[]}`),
			Labels: map[string]Label{
				"/email":       contact(),
				"/mac":         macLabel(),
				"/token_count": decoy(),
			},
		},
	}
}

// fixed returns a classifier that answers from a table keyed by the doc's
// e-mail address.
func fixed(by map[string][]Finding) Classifier {
	return func(doc []byte) ([]Finding, error) {
		for k, f := range by {
			if bytes.Contains(doc, []byte(k)) {
				return f, nil
			}
		}
		return nil, nil
	}
}

// oracle finds exactly what the labels say (AnyOf[0] for an AnyOf group).
func oracle(docs []Doc) Classifier {
	byJSON := map[string]Doc{}
	for _, d := range docs {
		byJSON[string(d.JSON)] = d
	}
	return func(doc []byte) ([]Finding, error) {
		var out []Finding
		for p, l := range byJSON[string(doc)].Labels {
			for _, c := range l.Categories {
				out = append(out, Finding{p, c})
			}
			if len(l.AnyOf) > 0 {
				out = append(out, Finding{p, l.AnyOf[0]})
			}
		}
		return out, nil
	}
}

func TestScoreTiny(t *testing.T) {
	perfect := map[string][]Finding{
		"ana@": {{"/email", Contact}, {"/mac", DeviceInventory}, {"/items/0/ip", NetworkLayout}, {"/items/1/ip", NetworkLayout}},
		"bo@":  {{"/email", Contact}, {"/mac", NetworkLayout}},
	}
	tests := []struct {
		name          string
		classify      Classifier
		leaf          map[string]Counts
		path          map[string]Counts
		errors        int
		decoysFlagged int
	}{
		{
			name:     "perfect",
			classify: fixed(perfect),
			leaf:     map[string]Counts{Contact: {TP: 2}, DeviceInventory: {TP: 1}, NetworkLayout: {TP: 3}},
			// /mac is one group with AnyOf met in both leaves: TP for both members.
			path: map[string]Counts{Contact: {TP: 1}, DeviceInventory: {TP: 1}, NetworkLayout: {TP: 2}},
		},
		{
			name:     "empty",
			classify: fixed(nil),
			leaf:     map[string]Counts{Contact: {FN: 2}, NetworkLayout: {FN: 4}},
			path:     map[string]Counts{Contact: {FN: 1}, DeviceInventory: {FN: 1}, NetworkLayout: {FN: 2}},
		},
		{
			name:     "error",
			classify: func([]byte) ([]Finding, error) { return []Finding{{"/email", Contact}}, errors.New("boom") },
			leaf:     map[string]Counts{Contact: {FN: 2}, NetworkLayout: {FN: 4}},
			path:     map[string]Counts{Contact: {FN: 1}, DeviceInventory: {FN: 1}, NetworkLayout: {FN: 2}},
			errors:   2,
		},
		{
			name: "anyof both members, duplicates, decoy, non-leaf",
			classify: fixed(map[string][]Finding{
				"ana@": {
					{"/email", Contact}, {"/email", Contact}, // duplicate: once
					{"/mac", DeviceInventory}, {"/mac", NetworkLayout}, // one TP, for network-layout (first in AnyOf)
					{"/token_count", Credential},           // decoy flagged: FP
					{"/items/0/ip", NetworkLayout},         // half of /items/*/ip: the group is predicted
					{"/items", Contact}, {"/nope", Health}, // not leaves: FP
				},
			}),
			leaf: map[string]Counts{
				Contact:       {TP: 1, FP: 1, FN: 1},
				NetworkLayout: {TP: 2, FN: 2},
				Credential:    {FP: 1},
				Health:        {FP: 1},
			},
			// /email: 1 of 2 predicted (half): TP. /mac: AnyOf met in 1 of 2: TP both.
			// /token_count: credential on 1 of 2: FP. /items/*/ip: 1 of 2: TP.
			path: map[string]Counts{
				Contact:         {TP: 1},
				DeviceInventory: {TP: 1},
				NetworkLayout:   {TP: 2},
				Credential:      {FP: 1},
			},
			decoysFlagged: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Score(tinyDocs(), tt.classify)
			require.Equal(t, 2, s.Docs)
			require.Equal(t, tt.errors, s.Errors)
			require.Equal(t, tt.leaf, nonZero(s.Leaf), "leaf")
			require.Equal(t, tt.path, nonZero(s.Path), "path")
			require.Equal(t, 2, s.Decoys)
			require.Equal(t, tt.decoysFlagged, s.DecoysFlagged)
			var micro Counts
			for _, c := range s.Leaf {
				micro.add(c)
			}
			require.Equal(t, micro, s.LeafMicro)
			require.Equal(t, micro, s.Schema["tiny"])
			var buf bytes.Buffer
			require.NoError(t, s.WriteTable(&buf))
			require.Contains(t, buf.String(), "| **micro** |")
		})
	}
}

func nonZero(m map[string]Counts) map[string]Counts {
	out := map[string]Counts{}
	for k, c := range m {
		if c != (Counts{}) {
			out[k] = c
		}
	}
	return out
}

func TestScorePerfectAndEmptyOnCorpus(t *testing.T) {
	docs := Generate(21, 400)
	s := Score(docs, oracle(docs))
	require.Equal(t, 1.0, s.LeafMicro.F1())
	require.Equal(t, 1.0, s.PathMicro.F1())
	require.Zero(t, s.DecoysFlagged)
	require.Positive(t, s.Decoys)
	for _, k := range []string{HardLanguage, HardObfuscated, HardFreeText, HardClinical} {
		require.Equal(t, 1.0, s.Hard[k].Recall(), k)
	}
	for _, c := range Categories {
		require.Positive(t, s.Leaf[c].TP, c)
	}

	e := Score(docs, func([]byte) ([]Finding, error) { return nil, nil })
	require.Zero(t, e.LeafMicro.Recall())
	require.Zero(t, e.LeafMicro.TP+e.LeafMicro.FP)
	require.Equal(t, s.LeafMicro.TP, e.LeafMicro.FN)

	// Flag everything: every decoy flagged, precision well below 1.
	all := Score(docs, func(doc []byte) ([]Finding, error) {
		var out []Finding
		for p := range leafPaths(Doc{JSON: doc}) {
			for _, c := range Categories {
				out = append(out, Finding{p, c})
			}
		}
		return out, nil
	})
	require.Equal(t, all.Decoys, all.DecoysFlagged)
	require.Equal(t, 1.0, all.LeafMicro.Recall())
	require.Less(t, all.LeafMicro.Precision(), 0.5)
}

func TestCountsRatios(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{}, 0, 0, 0},
		{Counts{TP: 1}, 1, 1, 1},
		{Counts{TP: 1, FP: 1}, 0.5, 1, 2.0 / 3},
		{Counts{TP: 3, FN: 1}, 1, 0.75, 6.0 / 7},
		{Counts{FN: 4}, 0, 0, 0},
	}
	for _, tt := range tests {
		require.InDelta(t, tt.p, tt.c.Precision(), 1e-12, "%+v", tt.c)
		require.InDelta(t, tt.r, tt.c.Recall(), 1e-12, "%+v", tt.c)
		require.InDelta(t, tt.f, tt.c.F1(), 1e-12, "%+v", tt.c)
	}
}

func TestLeafPaths(t *testing.T) {
	got := leafPaths(Doc{JSON: []byte(`{"a":[{"b/c":1},{"b/c":null}],"~":{"0":true},"e":[[],[2]]}`)})
	require.Equal(t, map[string]string{
		"/a/0/b~1c": "/a/*/b~1c",
		"/a/1/b~1c": "/a/*/b~1c",
		"/~0/0":     "/~0/0",
		"/e/1/0":    "/e/*/*",
	}, got)
	// Unparsable JSON: labels only, digits taken for indices.
	got = leafPaths(Doc{JSON: []byte(`{"a":`), Labels: map[string]Label{"/a/12/b": {}, "/a/01": {}}})
	require.Equal(t, map[string]string{"/a/12/b": "/a/*/b", "/a/01": "/a/01"}, got)
}

func TestWriteTableEmpty(t *testing.T) {
	var buf bytes.Buffer
	s := Score(nil, func([]byte) ([]Finding, error) { return nil, nil })
	require.NoError(t, s.WriteTable(&buf))
	require.Contains(t, buf.String(), "| credential | – | – | – | 0 | 0 | 0 | – | – | – |")
	require.Contains(t, buf.String(), "Decoys: 0 look-alike leaves, 0 flagged (–)")
}

func ExampleScore() {
	docs := Generate(1, 200)
	truth := map[string]Doc{}
	for _, d := range docs {
		truth[string(d.JSON)] = d
	}
	// A classifier that knows the answers; a real one parses doc.
	perfect := func(doc []byte) ([]Finding, error) {
		var out []Finding
		for path, l := range truth[string(doc)].Labels {
			for _, c := range l.Categories {
				out = append(out, Finding{Path: path, Category: c})
			}
			if len(l.AnyOf) > 0 {
				out = append(out, Finding{Path: path, Category: l.AnyOf[0]})
			}
		}
		return out, nil
	}
	s := Score(docs, perfect)
	fmt.Printf("docs %d, leaf F1 %.2f, path F1 %.2f, decoys flagged %d\n",
		s.Docs, s.LeafMicro.F1(), s.PathMicro.F1(), s.DecoysFlagged)

	none := Score(docs, func([]byte) ([]Finding, error) { return nil, nil })
	fmt.Printf("empty classifier: recall %.2f\n", none.LeafMicro.Recall())
	// Output:
	// docs 200, leaf F1 1.00, path F1 1.00, decoys flagged 0
	// empty classifier: recall 0.00
}
