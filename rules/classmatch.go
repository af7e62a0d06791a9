package rules

import (
	"regexp/syntax"
	"unicode/utf8"
)

// A classMatcher runs the commonest shape of value expression without an
// engine: ^X?R{min,max}$, a first character class and a run of another
// ('^[\p{L}\d][\p{L}\d ._-]{0,63}$'). One pass over the runes, no
// backtracking, no allocation; several times faster than regexp on the
// values that key evidence sends to it.
type classMatcher struct {
	first    *runeClass // nil: no separate first character
	rest     runeClass
	min, max int // runes of rest; max < 0: unbounded
}

type runeClass struct {
	ascii  [128]bool
	ranges []rune // pairs, for runes past ASCII
}

func newRuneClass(re *syntax.Regexp) (runeClass, bool) {
	var c runeClass
	switch re.Op {
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
				c.ascii[r] = true
			}
			if hi >= utf8.RuneSelf {
				c.ranges = append(c.ranges, max(lo, utf8.RuneSelf), hi)
			}
		}
		return c, true
	case syntax.OpLiteral:
		if len(re.Rune) != 1 || re.Flags&syntax.FoldCase != 0 {
			return c, false
		}
		r := re.Rune[0]
		if r < utf8.RuneSelf {
			c.ascii[r] = true
		} else {
			c.ranges = []rune{r, r}
		}
		return c, true
	}
	return c, false
}

func (c *runeClass) has(r rune) bool {
	if r < utf8.RuneSelf {
		return c.ascii[r]
	}
	for i := 0; i+1 < len(c.ranges); i += 2 {
		if r >= c.ranges[i] && r <= c.ranges[i+1] {
			return true
		}
	}
	return false
}

// newClassMatcher returns a matcher for re when it has the simple shape,
// or nil.
func newClassMatcher(re *syntax.Regexp) *classMatcher {
	// Not simplified: Simplify writes x{0,5} out as nested x?s.
	if re.Op != syntax.OpConcat || len(re.Sub) < 3 || len(re.Sub) > 4 {
		return nil
	}
	subs := re.Sub
	if subs[0].Op != syntax.OpBeginText || subs[len(subs)-1].Op != syntax.OpEndText {
		return nil
	}
	subs = subs[1 : len(subs)-1]
	m := &classMatcher{}
	if len(subs) == 2 {
		first, ok := newRuneClass(subs[0])
		if !ok {
			return nil
		}
		m.first = &first
		subs = subs[1:]
	}
	r := subs[0]
	switch r.Op {
	case syntax.OpStar:
		m.min, m.max = 0, -1
	case syntax.OpPlus:
		m.min, m.max = 1, -1
	case syntax.OpQuest:
		m.min, m.max = 0, 1
	case syntax.OpRepeat:
		m.min, m.max = r.Min, r.Max
	case syntax.OpCharClass, syntax.OpLiteral:
		rc, ok := newRuneClass(r)
		if !ok {
			return nil
		}
		m.rest, m.min, m.max = rc, 1, 1
		return m
	default:
		return nil
	}
	rc, ok := newRuneClass(r.Sub[0])
	if !ok {
		return nil
	}
	m.rest = rc
	return m
}

func (m *classMatcher) match(v []byte) (bool, error) {
	i := 0
	if m.first != nil {
		if len(v) == 0 {
			return false, nil
		}
		r, size := rune(v[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(v)
		}
		if !m.first.has(r) {
			return false, nil
		}
		i = size
	}
	n := 0
	for i < len(v) {
		r, size := rune(v[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(v[i:])
		}
		if !m.rest.has(r) {
			return false, nil
		}
		n++
		if m.max >= 0 && n > m.max {
			return false, nil
		}
		i += size
	}
	return n >= m.min, nil
}

// index is never asked of a classMatcher: it only checks whole values.
func (m *classMatcher) index(v []byte, from int) (int, int, error) {
	panic("rules: classMatcher cannot search")
}
