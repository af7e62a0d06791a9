package corpus

import (
	"bytes"
	"flag"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the sample in examples/data")

// sampleDocs makes the documents of examples/data/wyze-sample.ndjson, as
// corpusgen -seed 1 -n 300 -schema wyze-user:6,body-metrics:2,oauth-integrations:2 does.
func sampleDocs() []Doc {
	mix := []struct {
		schema string
		weight int
	}{{"wyze-user", 6}, {"body-metrics", 2}, {"oauth-integrations", 2}}
	g := NewGenerator(1)
	r := rand.New(rand.NewPCG(1, 0x6d6978))
	docs := make([]Doc, 300)
	for i := range docs {
		x := r.IntN(10)
		for _, m := range mix {
			if x < m.weight {
				docs[i] = g.NextOf(m.schema)
				break
			}
			x -= m.weight
		}
	}
	return docs
}

func TestSample(t *testing.T) {
	const docsFile, labelsFile = "../examples/data/wyze-sample.ndjson", "../examples/data/wyze-sample.labels.ndjson"
	docs := sampleDocs()
	var d, l bytes.Buffer
	require.NoError(t, WriteNDJSON(&d, docs))
	require.NoError(t, WriteLabels(&l, docs))
	if *update {
		require.NoError(t, os.WriteFile(docsFile, d.Bytes(), 0o644))
		require.NoError(t, os.WriteFile(labelsFile, l.Bytes(), 0o644))
	}
	gotDocs, err := os.ReadFile(docsFile)
	require.NoError(t, err)
	gotLabels, err := os.ReadFile(labelsFile)
	require.NoError(t, err)
	require.True(t, bytes.Equal(d.Bytes(), gotDocs), "%s is stale: run go generate ./corpus", docsFile)
	require.True(t, bytes.Equal(l.Bytes(), gotLabels), "%s is stale: run go generate ./corpus", labelsFile)
}
