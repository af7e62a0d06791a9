package rules

import (
	"regexp/syntax"
	"unicode/utf8"
)

// A classMatcher runs the commonest shapes of value expression without an
// engine: ^ then a sequence of character classes, each repeated between
// min and max times, then $ ('^[\p{L}\d][\p{L}\d ._-]{0,63}$',
// '^Atz[ar]\|[A-Za-z0-9+/=_-]{20,}$', '^[^@\s]{1,64}@[a-z0-9.-]{3,}$').
// It takes a part only where greed cannot go wrong: a part of varying
// length must share no character with the part after it. One pass over
// the runes, no backtracking, no allocation.
type classMatcher struct {
	parts []classPart
}

type classPart struct {
	class    runeClass
	min, max int // runes; max < 0: unbounded
}

type runeClass struct {
	ascii  [128]bool
	ranges []rune // pairs, for runes past ASCII
}

func classOf(re *syntax.Regexp) (runeClass, bool) {
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

// overlaps reports whether two classes share a character.
func (c *runeClass) overlaps(d *runeClass) bool {
	for i := range c.ascii {
		if c.ascii[i] && d.ascii[i] {
			return true
		}
	}
	for i := 0; i+1 < len(c.ranges); i += 2 {
		for j := 0; j+1 < len(d.ranges); j += 2 {
			if c.ranges[i] <= d.ranges[j+1] && d.ranges[j] <= c.ranges[i+1] {
				return true
			}
		}
	}
	return false
}

// newClassMatcher returns a matcher for re when it has such a shape, or
// nil. re must not be simplified: Simplify writes x{0,5} out as nested x?s.
func newClassMatcher(re *syntax.Regexp) *classMatcher {
	if re.Op != syntax.OpConcat || len(re.Sub) < 3 {
		return nil
	}
	subs := re.Sub
	if subs[0].Op != syntax.OpBeginText || subs[len(subs)-1].Op != syntax.OpEndText {
		return nil
	}
	m := &classMatcher{}
	for _, sub := range subs[1 : len(subs)-1] {
		switch sub.Op {
		case syntax.OpLiteral:
			if sub.Flags&syntax.FoldCase != 0 {
				return nil
			}
			for _, r := range sub.Rune {
				var c runeClass
				if r < utf8.RuneSelf {
					c.ascii[r] = true
				} else {
					c.ranges = []rune{r, r}
				}
				m.parts = append(m.parts, classPart{class: c, min: 1, max: 1})
			}
			continue
		case syntax.OpCharClass:
			c, _ := classOf(sub)
			m.parts = append(m.parts, classPart{class: c, min: 1, max: 1})
			continue
		}
		var p classPart
		switch sub.Op {
		case syntax.OpStar:
			p.min, p.max = 0, -1
		case syntax.OpPlus:
			p.min, p.max = 1, -1
		case syntax.OpQuest:
			p.min, p.max = 0, 1
		case syntax.OpRepeat:
			p.min, p.max = sub.Min, sub.Max
		default:
			return nil
		}
		c, ok := classOf(sub.Sub[0])
		if !ok {
			return nil
		}
		p.class = c
		m.parts = append(m.parts, p)
	}
	if len(m.parts) == 0 {
		return nil
	}
	// Greed is exact only where a part of varying length cannot eat the
	// first character of the next part.
	for i := 0; i+1 < len(m.parts); i++ {
		if p := &m.parts[i]; p.min != p.max && p.class.overlaps(&m.parts[i+1].class) {
			return nil
		}
	}
	return m
}

func (m *classMatcher) match(v []byte) (bool, error) {
	i := 0
	for pi := range m.parts {
		p := &m.parts[pi]
		n, most := 0, p.max
		if most < 0 {
			most = len(v) // no more runes than bytes
		}
		for n < most && i < len(v) {
			// ASCII by the table alone, without decoding.
			if c := v[i]; c < utf8.RuneSelf {
				if !p.class.ascii[c] {
					break
				}
				i++
				n++
				continue
			}
			r, size := utf8.DecodeRune(v[i:])
			if !p.class.has(r) {
				break
			}
			n++
			i += size
		}
		if n < p.min {
			return false, nil
		}
	}
	return i == len(v), nil
}

// index is never asked of a classMatcher: it only checks whole values.
func (m *classMatcher) index(v []byte, from int) (int, int, error) {
	panic("rules: classMatcher cannot search")
}
