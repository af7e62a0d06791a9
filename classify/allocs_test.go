package classify_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/classify"
)

// The path without findings allocates nothing once the path cache is warm.
func TestNoFindingPathDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts mean nothing under the race detector")
	}
	c := newClassifier(t, classify.Options{})
	doc := []byte(`{"_index":"events-2019.12","_id":"a1b2c3","_source":{"event":"motion","count":3,"enabled":true,"created_at":"2019-12-01T10:00:00Z","tags":["camera","night"],"price":12.5,"locale":"en-US","nested":{"status":"ok","score":0.5}}}`)
	got, err := c.AppendFindings(nil, doc)
	require.NoError(t, err)
	require.Empty(t, got, "the document must have no findings for this test")
	buf := make([]classify.Finding, 0, 16)
	allocs := testing.AllocsPerRun(200, func() {
		buf, _ = c.AppendFindings(buf[:0], doc)
	})
	assert.Zero(t, allocs)
}
