package classify

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"

	"github.com/cespare/xxhash/v2"
)

// A sketch counts distinct values in bounded memory: a HyperLogLog of
// 2^p one-byte registers, kept as the exact set of value hashes while the
// set is small (m/16 hashes), so that small counts are exact. It is fed
// hashes, not values: XXH64 with seed 0 (hashValue), a fixed function, so
// that sketches made by other processes, machines or languages merge.
//
// Whatever the order of adds and merges, the same multiset of hashes
// gives the same sketch: the sparse set is a set, it turns dense when it
// passes its limit, and dense registers keep maxima.
type sketch struct {
	p uint8
	// sparse holds the hashes while the sketch is sparse: sparse[:sorted]
	// in increasing order without repeats, then those added since.
	sparse []uint64
	sorted int
	regs   []uint8 // nil while sparse
}

// Precisions of the sketches of a report. The standard error of the
// estimate is about 1.04/sqrt(2^p): 0.41% for p=16 (categories and
// types, few of them, 64 KiB each at most), 0.81% for p=14 (fields, up
// to MaxPaths of them, 16 KiB each at most).
const (
	precisionCategory = 16
	precisionPath     = 14
	minPrecision      = 4
	maxPrecision      = 18
)

// hashValue is the hash of a value in every sketch.
func hashValue(v string) uint64 { return xxhash.Sum64String(v) }

func newSketch(p uint8) *sketch { return &sketch{p: p} }

func (s *sketch) m() int { return 1 << s.p }

// sparseMax is the most hashes kept exactly; one more and the sketch
// turns dense.
func (s *sketch) sparseMax() int { return s.m() / 16 }

func (s *sketch) add(h uint64) {
	if s.regs != nil {
		s.addDense(h)
		return
	}
	if len(s.sparse) == cap(s.sparse) && len(s.sparse) > s.sorted {
		// Full: drop repeats before growing, so a field of few values
		// repeated stays small.
		s.compact()
		if s.regs != nil {
			s.addDense(h)
			return
		}
	}
	s.sparse = append(s.sparse, h)
}

// compact sorts the hashes and drops repeats, and turns the sketch dense
// if they are more than sparseMax. Whatever the order of adds, the same
// set gives the same sketch: dense exactly when the set has passed the
// limit.
func (s *sketch) compact() {
	if s.regs != nil || s.sorted == len(s.sparse) {
		return
	}
	slices.Sort(s.sparse)
	s.sparse = slices.Compact(s.sparse)
	s.sorted = len(s.sparse)
	if len(s.sparse) > s.sparseMax() {
		s.toDense()
	}
}

func (s *sketch) addDense(h uint64) {
	idx := h >> (64 - s.p)
	// The guard bit bounds the rank at 64-p+1 when the rest is all zero.
	rank := uint8(bits.LeadingZeros64(h<<s.p|1<<(s.p-1))) + 1
	if rank > s.regs[idx] {
		s.regs[idx] = rank
	}
}

func (s *sketch) toDense() {
	s.regs = make([]uint8, s.m())
	for _, h := range s.sparse {
		s.addDense(h)
	}
	s.sparse, s.sorted = nil, 0
}

// merge adds the hashes of o to s; both must have the same precision.
func (s *sketch) merge(o *sketch) error {
	if s.p != o.p {
		return fmt.Errorf("cannot merge a sketch of precision %d into one of %d", o.p, s.p)
	}
	if o.regs == nil {
		if s.regs != nil {
			for _, h := range o.sparse {
				s.addDense(h)
			}
			return nil
		}
		s.sparse = append(s.sparse, o.sparse...)
		s.compact()
		return nil
	}
	if s.regs == nil {
		s.toDense()
	}
	for i, r := range o.regs {
		if r > s.regs[i] {
			s.regs[i] = r
		}
	}
	return nil
}

func (s *sketch) clone() *sketch {
	return &sketch{p: s.p, regs: slices.Clone(s.regs), sparse: slices.Clone(s.sparse), sorted: s.sorted}
}

// estimate returns the number of distinct hashes: exact while sparse,
// else Ertl's improved estimator ("New cardinality estimation algorithms
// for HyperLogLog sketches", 2017), unbiased from a few values to 2^64
// without the empirical bias tables of HyperLogLog++.
func (s *sketch) estimate() int64 {
	if s.compact(); s.regs == nil {
		return int64(len(s.sparse))
	}
	q := 64 - int(s.p)
	counts := make([]int, q+2)
	for _, r := range s.regs {
		counts[r]++
	}
	m := float64(s.m())
	z := m * tau(1-float64(counts[q+1])/m)
	for k := q; k >= 1; k-- {
		z = 0.5 * (z + float64(counts[k]))
	}
	z += m * sigma(float64(counts[0])/m)
	return int64(math.Round(m * m / (2 * math.Ln2) / z))
}

func sigma(x float64) float64 {
	if x == 1 {
		return math.Inf(1)
	}
	y, z := 1.0, x
	for {
		x *= x
		prev := z
		z += x * y
		y += y
		if z == prev {
			return z
		}
	}
}

func tau(x float64) float64 {
	if x == 0 || x == 1 {
		return 0
	}
	y, z := 1.0, 1-x
	for {
		x = math.Sqrt(x)
		prev := z
		y *= 0.5
		z -= (1 - x) * (1 - x) * y
		if z == prev {
			return z / 3
		}
	}
}

// The binary form of a sketch, stable across versions of leakscope:
//
//	byte 0   format version, 1
//	byte 1   precision p
//	byte 2   0: sparse, 1: dense
//	sparse:  uvarint n, then the n hashes in increasing order, the first
//	         as a uvarint and each next one as a uvarint of its difference
//	dense:   the 2^p registers, one byte each, compressed with DEFLATE
//	         (RFC 1951)
const sketchFormat = 1

func (s *sketch) appendBinary(dst []byte) []byte {
	s.compact()
	dst = append(dst, sketchFormat, s.p)
	if s.regs == nil {
		hs := s.sparse
		dst = append(dst, 0)
		dst = binary.AppendUvarint(dst, uint64(len(hs)))
		prev := uint64(0)
		for _, h := range hs {
			dst = binary.AppendUvarint(dst, h-prev)
			prev = h
		}
		return dst
	}
	dst = append(dst, 1)
	var buf bytes.Buffer
	fw, _ := flate.NewWriter(&buf, flate.BestSpeed) // the level is valid
	fw.Write(s.regs)
	fw.Close()
	return append(dst, buf.Bytes()...)
}

var errSketch = errors.New("malformed sketch")

func decodeSketch(b []byte) (*sketch, error) {
	if len(b) < 3 {
		return nil, errSketch
	}
	if b[0] != sketchFormat {
		return nil, fmt.Errorf("sketch format %d: this version reads format %d", b[0], sketchFormat)
	}
	p := b[1]
	if p < minPrecision || p > maxPrecision {
		return nil, fmt.Errorf("%w: precision %d", errSketch, p)
	}
	s := &sketch{p: p}
	switch b[2] {
	case 0:
		rest := b[3:]
		n, k := binary.Uvarint(rest)
		if k <= 0 || n > uint64(s.sparseMax()) {
			return nil, fmt.Errorf("%w: sparse count", errSketch)
		}
		rest = rest[k:]
		s.sparse = make([]uint64, 0, n)
		prev := uint64(0)
		for i := range n {
			d, k := binary.Uvarint(rest)
			if k <= 0 {
				return nil, fmt.Errorf("%w: truncated", errSketch)
			}
			if i > 0 && d == 0 || prev+d < prev {
				return nil, fmt.Errorf("%w: hashes out of order", errSketch)
			}
			rest = rest[k:]
			prev += d
			s.sparse = append(s.sparse, prev)
		}
		if len(rest) != 0 {
			return nil, fmt.Errorf("%w: trailing bytes", errSketch)
		}
		s.sorted = len(s.sparse)
	case 1:
		s.regs = make([]uint8, s.m())
		fr := flate.NewReader(bytes.NewReader(b[3:]))
		if _, err := io.ReadFull(fr, s.regs); err != nil {
			return nil, fmt.Errorf("%w: registers: %v", errSketch, err)
		}
		if n, _ := fr.Read(make([]byte, 1)); n != 0 {
			return nil, fmt.Errorf("%w: registers too long", errSketch)
		}
		for _, r := range s.regs {
			if int(r) > 64-int(p)+1 {
				return nil, fmt.Errorf("%w: register out of range", errSketch)
			}
		}
	default:
		return nil, fmt.Errorf("%w: mode %d", errSketch, b[2])
	}
	return s, nil
}
