package classify

import (
	"fmt"
	"math"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// XXH64 with seed 0 is the hash every sketch is fed; other programs
// (a Beam pipeline in another language) must be able to compute it.
func TestHashValueIsXXH64(t *testing.T) {
	// Reference values of XXH64, seed 0.
	assert.Equal(t, uint64(0xef46db3751d8e999), hashValue(""))
	assert.Equal(t, uint64(0x44bc2cf5ad770999), hashValue("abc"))
}

func addN(s *sketch, from, to int) {
	for i := from; i < to; i++ {
		s.add(hashValue("user" + strconv.Itoa(i) + "@example.org"))
	}
}

func TestSketchExactWhileSparse(t *testing.T) {
	for _, p := range []uint8{precisionPath, precisionCategory} {
		s := newSketch(p)
		limit := s.sparseMax()
		for i := range limit {
			addN(s, i, i+1)
			addN(s, i, i+1) // a repeat changes nothing
		}
		assert.Equal(t, int64(limit), s.estimate())
		require.Nil(t, s.regs, "p=%d: still sparse at its limit", p)
		addN(s, limit, limit+1)
		assert.InDelta(t, float64(limit+1), float64(s.estimate()), float64(limit)*0.01)
		require.NotNil(t, s.regs, "p=%d: dense past its limit", p)
		assert.InDelta(t, float64(limit+1), float64(s.estimate()), float64(limit)*0.01)
	}
}

// The estimates across the range, against exact counts: within 2% at
// every size for the category precision (0.41% standard error), and for
// the field precision (0.81%) too.
func TestSketchAccuracy(t *testing.T) {
	sizes := []int{100, 2_000, 5_000, 20_000, 100_000, 1_000_000}
	if testing.Short() {
		sizes = sizes[:5]
	}
	for _, p := range []uint8{precisionPath, precisionCategory} {
		for _, n := range sizes {
			s := newSketch(p)
			addN(s, 0, n)
			got := s.estimate()
			err := math.Abs(float64(got)-float64(n)) / float64(n)
			t.Logf("p=%d n=%d estimate=%d error=%.3f%%", p, n, got, 100*err)
			assert.Less(t, err, 0.02, "p=%d n=%d: %d", p, n, got)
		}
	}
}

// The same hashes give the same sketch whatever the order of adds and
// merges, sparse or dense, so a merged report encodes as a single pass.
func TestSketchMergeIsOrderFree(t *testing.T) {
	for _, n := range []int{10, 600, 3_000, 50_000} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			whole := newSketch(precisionPath)
			addN(whole, 0, n)
			a, b, c := newSketch(precisionPath), newSketch(precisionPath), newSketch(precisionPath)
			addN(a, 0, n/3)
			addN(b, n/3, 2*n/3)
			addN(c, n/4, n) // overlaps b
			ab := a.clone()
			require.NoError(t, ab.merge(b))
			require.NoError(t, ab.merge(c))
			cb := c.clone()
			require.NoError(t, cb.merge(b))
			require.NoError(t, cb.merge(a))
			want := whole.appendBinary(nil)
			assert.Equal(t, want, ab.appendBinary(nil))
			assert.Equal(t, want, cb.appendBinary(nil))
			assert.Equal(t, whole.estimate(), ab.estimate())
		})
	}
	assert.Error(t, newSketch(precisionPath).merge(newSketch(precisionCategory)))
}

func TestSketchBinaryRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 900, 20_000} {
		s := newSketch(precisionPath)
		addN(s, 0, n)
		b := s.appendBinary(nil)
		d, err := decodeSketch(b)
		require.NoError(t, err, "n=%d", n)
		assert.Equal(t, b, d.appendBinary(nil))
		assert.Equal(t, s.estimate(), d.estimate())
	}
}

func TestDecodeSketchErrors(t *testing.T) {
	dense := newSketch(precisionPath)
	addN(dense, 0, 5000)
	db := dense.appendBinary(nil)
	tests := []struct {
		name string
		b    []byte
		want string
	}{
		{"empty", nil, "malformed sketch"},
		{"future format", []byte{2, 14, 0, 0}, "sketch format 2"},
		{"bad precision", []byte{1, 30, 0, 0}, "precision 30"},
		{"bad mode", []byte{1, 14, 7, 0}, "mode 7"},
		{"truncated sparse", []byte{1, 14, 0, 3, 1}, "truncated"},
		{"too many sparse", []byte{1, 14, 0, 0xff, 0x7f}, "sparse count"},
		{"duplicate hashes", []byte{1, 14, 0, 2, 5, 0}, "out of order"},
		{"trailing bytes", []byte{1, 14, 0, 1, 5, 9}, "trailing bytes"},
		{"truncated registers", db[:len(db)/2], "registers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeSketch(tt.b)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func BenchmarkSketchAdd(b *testing.B) {
	s := newSketch(precisionCategory)
	vals := make([]string, 4096)
	for i := range vals {
		vals[i] = fmt.Sprintf("user%d@example.org", i)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		s.add(hashValue(vals[i&4095]))
		i++
	}
}
