package classify

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A field whose values are e-mail addresses speaks for its odd value once
// enough documents have shown it; the findings are the same on one worker
// and on three, and nothing changes without the option.
func TestColumnEvidence(t *testing.T) {
	defer func(e int) { evidenceEpoch = e }(evidenceEpoch)
	evidenceEpoch = 2
	pad := strings.Repeat("lorem ipsum ", 220) // ~2.6 KB: about 95 documents a batch
	var in strings.Builder
	for i := range 2000 {
		v := fmt.Sprintf("user%d@example.org", i)
		if i%50 == 7 {
			v = fmt.Sprintf("user%d (at) example dot org", i)
		}
		fmt.Fprintf(&in, `{"f2":%q,"pad":%q}`+"\n", v, pad)
	}
	run := func(workers int, on bool) map[int64][]Finding {
		c, err := New(nil, Options{Workers: workers, ColumnEvidence: on})
		require.NoError(t, err)
		got := map[int64][]Finding{}
		for res, err := range c.Stream(context.Background(), strings.NewReader(in.String())) {
			require.NoError(t, err)
			got[res.Doc] = res.Findings
		}
		return got
	}
	one, three, off := run(1, true), run(3, true), run(2, false)
	assert.Equal(t, one, three, "the findings depend on the number of workers")
	early, late := 0, 0
	for doc := int64(7); doc < 2000; doc += 50 {
		assert.Empty(t, off[doc], "doc %d without the option", doc)
		if len(one[doc]) == 0 {
			early++
			continue
		}
		late++
		f := one[doc][0]
		assert.Equal(t, "/f2", f.Path)
		assert.Equal(t, "contact.email", f.Rule)
		assert.InDelta(t, evidenceConfidence, f.Confidence, 1e-9)
	}
	assert.Greater(t, late, 25, "odd values tagged by the field's evidence")
	assert.Greater(t, early, 2, "before the first snapshot, nothing speaks for them")
}
