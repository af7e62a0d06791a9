package rules

import (
	"bytes"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Shape is the set of byte classes that occur in a value. It costs one
// table lookup a byte and rejects most values before any rule looks at them.
type Shape uint32

// Byte classes of a Shape.
const (
	ClassDigit Shape = 1 << iota
	ClassLowerHex
	ClassLower
	ClassUpperHex
	ClassUpper
	ClassDot
	ClassAt
	ClassColon
	ClassSlash
	ClassDash
	ClassUnderscore
	ClassSpace
	ClassPlus
	ClassEquals
	ClassPipe
	ClassDollar
	ClassPercent
	ClassHash
	ClassComma
	ClassQuote
	ClassBracket
	ClassPunct
	ClassNonASCII
	ClassControl
)

// ClassAll has every class.
const ClassAll Shape = ClassControl<<1 - 1

var byteClass = func() (t [256]Shape) {
	for i := range t {
		c := byte(i)
		switch {
		case c >= '0' && c <= '9':
			t[i] = ClassDigit
		case c >= 'a' && c <= 'f':
			t[i] = ClassLowerHex
		case c >= 'g' && c <= 'z':
			t[i] = ClassLower
		case c >= 'A' && c <= 'F':
			t[i] = ClassUpperHex
		case c >= 'G' && c <= 'Z':
			t[i] = ClassUpper
		case c == '.':
			t[i] = ClassDot
		case c == '@':
			t[i] = ClassAt
		case c == ':':
			t[i] = ClassColon
		case c == '/' || c == '\\':
			t[i] = ClassSlash
		case c == '-':
			t[i] = ClassDash
		case c == '_':
			t[i] = ClassUnderscore
		case c == ' ' || c == '\t':
			t[i] = ClassSpace
		case c == '+':
			t[i] = ClassPlus
		case c == '=':
			t[i] = ClassEquals
		case c == '|':
			t[i] = ClassPipe
		case c == '$':
			t[i] = ClassDollar
		case c == '%':
			t[i] = ClassPercent
		case c == '#':
			t[i] = ClassHash
		case c == ',':
			t[i] = ClassComma
		case c == '"' || c == '\'' || c == '`':
			t[i] = ClassQuote
		case c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '<' || c == '>':
			t[i] = ClassBracket
		case c < 0x20 || c == 0x7f:
			t[i] = ClassControl
		case c >= 0x80:
			t[i] = ClassNonASCII
		default:
			t[i] = ClassPunct
		}
	}
	return t
}()

// ShapeOf returns the classes of the bytes of v.
func ShapeOf(v []byte) Shape {
	var s Shape
	for _, c := range v {
		s |= byteClass[c]
	}
	return s
}

// Has reports whether every class of c is in s.
func (s Shape) Has(c Shape) bool { return s&c == c }

// A prefilter is what a value must look like before a rule's expression
// runs on it. It is derived from the expression itself, so that rule
// writers get it for free.
type prefilter struct {
	minLen, maxLen int // bytes; maxLen < 0: unbounded
	// literals holds strings, lower case, one of which every match
	// contains; nil when no such set of at least 3 bytes each is known.
	literals [][]byte
	allow    Shape // classes that may occur in a match of the whole value
	need     Shape // classes that occur in every match
	// anyOf holds sets of classes of which every match has one at least:
	// the sign of [!#$%&*?^~] that a password needs, which need cannot
	// say as the sign may be of several classes.
	anyOf []Shape
	first *[256]bool
}

func (p *prefilter) pass(v []byte, s Shape) bool {
	if len(v) < p.minLen || (p.maxLen >= 0 && len(v) > p.maxLen) {
		return false
	}
	if s&^p.allow != 0 || !p.has(s) {
		return false
	}
	return p.first == nil || (len(v) > 0 && p.first[v[0]])
}

// has reports whether a text of shape s has the classes every match has.
func (p *prefilter) has(s Shape) bool {
	if s&p.need != p.need {
		return false
	}
	for _, a := range p.anyOf {
		if s&a == 0 {
			return false
		}
	}
	return true
}

// derivePrefilter computes the prefilter of an expression in Go's syntax.
// whole says the expression must match the whole value (it is anchored at
// both ends); otherwise only need and the lengths hold.
func derivePrefilter(re *syntax.Regexp) prefilter {
	re = re.Simplify()
	p := prefilter{minLen: 0, maxLen: -1, allow: ClassAll}
	begin, end := anchoredBegin(re), anchoredEnd(re)
	p.need = need(re)
	for _, a := range anyOf(re) {
		// A set of one class is need's; one that holds a class need has
		// is met whenever need is.
		if a&(a-1) != 0 && a&p.need == 0 && !slices.Contains(p.anyOf, a) && len(p.anyOf) < maxAnyOf {
			p.anyOf = append(p.anyOf, a)
		}
	}
	// A match is at least this long anywhere in a value.
	p.minLen = minLen(re)
	for _, l := range requiredLiterals(re) {
		p.literals = append(p.literals, []byte(l))
	}
	if begin && end {
		p.allow = allowed(re)
		p.maxLen = maxLen(re)
	}
	if begin {
		var f [256]bool
		if firstBytes(re, &f) {
			p.first = &f
		}
	}
	return p
}

func anchoredBegin(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText, syntax.OpBeginLine:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredBegin(re.Sub[0])
	case syntax.OpCapture:
		return anchoredBegin(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !anchoredBegin(s) {
				return false
			}
		}
		return true
	}
	return false
}

func anchoredEnd(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText, syntax.OpEndLine:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredEnd(re.Sub[len(re.Sub)-1])
	case syntax.OpCapture:
		return anchoredEnd(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !anchoredEnd(s) {
				return false
			}
		}
		return true
	}
	return false
}

// runeShape returns the classes of the runes lo..hi.
func runeShape(lo, hi rune, fold bool) Shape {
	var s Shape
	if hi >= utf8.RuneSelf {
		s |= ClassNonASCII
		hi = utf8.RuneSelf - 1
	}
	for r := lo; r <= hi; r++ {
		s |= byteClass[r]
		if fold {
			switch {
			case r >= 'a' && r <= 'z':
				s |= byteClass[r-32]
			case r >= 'A' && r <= 'Z':
				s |= byteClass[r+32]
			}
		}
	}
	return s
}

// classShape returns the classes of the runes of a class's ranges. They
// are sorted: past the first beyond ASCII (\p{L} has hundreds), all are
// ClassNonASCII. Simplify writes x{0,63} out as 63 copies of x, so this
// is called often.
func classShape(ranges []rune, fold bool) Shape {
	var s Shape
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i] >= utf8.RuneSelf {
			return s | ClassNonASCII
		}
		s |= runeShape(ranges[i], ranges[i+1], fold)
	}
	return s
}

// allowed returns the classes of every byte a match may contain.
func allowed(re *syntax.Regexp) Shape {
	fold := re.Flags&syntax.FoldCase != 0
	switch re.Op {
	case syntax.OpLiteral:
		var s Shape
		for _, r := range re.Rune {
			s |= runeShape(r, r, fold)
		}
		return s
	case syntax.OpCharClass:
		return classShape(re.Rune, fold)
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return ClassAll
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpNoMatch:
		return 0
	}
	var s Shape
	for _, sub := range re.Sub {
		s |= allowed(sub)
	}
	return s
}

// need returns the classes of bytes that every match contains.
func need(re *syntax.Regexp) Shape {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			var s Shape
			for _, r := range re.Rune {
				if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') && r < utf8.RuneSelf {
					s |= byteClass[r]
				}
			}
			return s
		}
		var s Shape
		for _, r := range re.Rune {
			s |= runeShape(r, r, false)
		}
		return s
	case syntax.OpCharClass:
		s := runeShape(re.Rune[0], re.Rune[1], false)
		if s&(s-1) != 0 { // more than one class: nothing is certain
			return 0
		}
		for i := 2; i+1 < len(re.Rune); i += 2 {
			if runeShape(re.Rune[i], re.Rune[i+1], false) != s {
				return 0
			}
		}
		return s
	case syntax.OpConcat:
		var s Shape
		for _, sub := range re.Sub {
			s |= need(sub)
		}
		return s
	case syntax.OpCapture, syntax.OpPlus:
		return need(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return need(re.Sub[0])
		}
	case syntax.OpAlternate:
		s := ClassAll
		for _, sub := range re.Sub {
			s &= need(sub)
		}
		return s
	}
	return 0
}

// maxAnyOf bounds the sets anyOf keeps of an expression (an alternation
// multiplies them); dropping some only makes the prefilter weaker.
const maxAnyOf = 8

// anyOf returns sets of classes such that every match holds a byte of a
// class of each set. Like need, it is about the bytes a match is made
// of, so it holds of a value that merely contains a match.
func anyOf(re *syntax.Regexp) []Shape {
	switch re.Op {
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		var sets []Shape
		for _, r := range re.Rune {
			s := runeShape(r, r, fold)
			if fold && unicode.IsLetter(r) {
				s |= ClassNonASCII // k matches the Kelvin sign, s the long s
			}
			sets = append(sets, s)
		}
		return sets
	case syntax.OpCharClass:
		s := classShape(re.Rune, false)
		if s == 0 {
			return nil
		}
		return []Shape{s}
	case syntax.OpConcat:
		var sets []Shape
		for _, sub := range re.Sub {
			sets = append(sets, anyOf(sub)...)
		}
		return sets
	case syntax.OpCapture, syntax.OpPlus:
		return anyOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return anyOf(re.Sub[0])
		}
	case syntax.OpAlternate:
		// A match is one branch's: it has a class of each set that joins
		// one set of every branch.
		sets := []Shape{0}
		for _, sub := range re.Sub {
			subSets := anyOf(sub)
			if len(subSets) == 0 {
				return nil
			}
			var joined []Shape
			for _, a := range sets {
				for _, b := range subSets {
					if len(joined) < maxAnyOf*maxAnyOf {
						joined = append(joined, a|b)
					}
				}
			}
			sets = joined
		}
		return sets
	}
	return nil
}

const unbounded = 1 << 30

func minLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minLen(sub)
		}
		return n
	case syntax.OpCapture, syntax.OpPlus:
		return minLen(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minLen(re.Sub[0])
	case syntax.OpAlternate:
		n := unbounded
		for _, sub := range re.Sub {
			n = min(n, minLen(sub))
		}
		return n
	}
	return 0
}

// maxLen returns the longest match in bytes, or -1 if unbounded.
func maxLen(re *syntax.Regexp) int {
	n := maxLen1(re)
	if n >= unbounded {
		return -1
	}
	return n
}

func maxLen1(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n
	case syntax.OpCharClass:
		if re.Rune[len(re.Rune)-1] < utf8.RuneSelf {
			return 1
		}
		return utf8.UTFMax
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n = min(unbounded, n+maxLen1(sub))
		}
		return n
	case syntax.OpCapture, syntax.OpQuest:
		return maxLen1(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		return unbounded
	case syntax.OpRepeat:
		if re.Max < 0 {
			return unbounded
		}
		return min(unbounded, re.Max*maxLen1(re.Sub[0]))
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			n = max(n, maxLen1(sub))
		}
		return n
	}
	return 0
}

// firstBytes sets in f every byte a match may start with; it reports false
// when that set cannot be known (an empty match is possible, say).
func firstBytes(re *syntax.Regexp, f *[256]bool) bool {
	switch re.Op {
	case syntax.OpBeginText, syntax.OpBeginLine:
		return false
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return false
		}
		return setRunes(f, re.Rune[0], re.Rune[0], re.Flags&syntax.FoldCase != 0)
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			setRunes(f, re.Rune[i], re.Rune[i+1], false)
			if re.Rune[i] >= utf8.RuneSelf {
				break // the ranges are sorted: the rest set the same lead bytes
			}
		}
		return true
	case syntax.OpCapture, syntax.OpPlus:
		return firstBytes(re.Sub[0], f)
	case syntax.OpRepeat:
		return re.Min > 0 && firstBytes(re.Sub[0], f)
	case syntax.OpConcat:
		for i, sub := range re.Sub {
			if sub.Op == syntax.OpBeginText || sub.Op == syntax.OpBeginLine {
				continue
			}
			if minLen(sub) == 0 {
				// An optional part: both it and what follows may start a match.
				if !firstBytes(sub, f) && !optionalFirst(sub, f) {
					return false
				}
				if i+1 < len(re.Sub) {
					rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[i+1:]}
					return firstBytes(rest, f)
				}
				return false
			}
			return firstBytes(sub, f)
		}
		return false
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !firstBytes(sub, f) {
				return false
			}
		}
		return true
	}
	return false
}

// optionalFirst handles x? and x*: the first bytes of x.
func optionalFirst(re *syntax.Regexp, f *[256]bool) bool {
	switch re.Op {
	case syntax.OpQuest, syntax.OpStar:
		return firstBytes(re.Sub[0], f)
	case syntax.OpRepeat:
		return firstBytes(re.Sub[0], f)
	}
	return false
}

func setRunes(f *[256]bool, lo, hi rune, fold bool) bool {
	if hi >= utf8.RuneSelf {
		for b := 0xC0; b < 0x100; b++ {
			f[b] = true
		}
		hi = utf8.RuneSelf - 1
	}
	for r := lo; r <= hi; r++ {
		f[r] = true
		if fold {
			switch {
			case r >= 'a' && r <= 'z':
				f[r-32] = true
			case r >= 'A' && r <= 'Z':
				f[r+32] = true
			}
		}
	}
	return true
}

// minLiteral is the shortest literal worth searching for.
const minLiteral = 2

// requiredLiterals returns a set of lower-case strings one of which every
// match of re contains, or nil. (?i)\b(?:password|pwd) is "password" or
// "pwd"; diabetes|\d+ ?bpm is "diabetes" or "bpm".
func requiredLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		s := strings.ToLower(string(re.Rune))
		if len(s) < minLiteral {
			return nil
		}
		return []string{s}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return requiredLiterals(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		bestMin := 0
		for _, sub := range re.Sub {
			set := requiredLiterals(sub)
			if set == nil {
				continue
			}
			m := len(set[0])
			for _, l := range set {
				m = min(m, len(l))
			}
			if m > bestMin || (m == bestMin && len(set) < len(best)) {
				best, bestMin = set, m
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set := requiredLiterals(sub)
			if set == nil {
				return nil
			}
			all = append(all, set...)
		}
		return all
	}
	return nil
}

// hasLiteral reports whether v contains one of the prefilter's literals,
// or the prefilter has none. A value already in lower case (free text,
// lowered once for all finders) is searched as it is; another is compared
// folding ASCII case, without a copy.
func (p *prefilter) hasLiteral(v []byte, lower bool) bool {
	if p.literals == nil {
		return true
	}
	for _, l := range p.literals {
		if lower && bytes.Contains(v, l) || !lower && containsFold(v, l) {
			return true
		}
	}
	return false
}

// containsFold reports whether v contains lit, a lower-case literal,
// folding ASCII case: the first byte is found by IndexByte in either case,
// the rest compared in place.
func containsFold(v, lit []byte) bool {
	n := len(lit)
	if n == 0 {
		return true
	}
	c, alt := lit[0], lit[0]
	if c >= 'a' && c <= 'z' {
		alt = c - ('a' - 'A')
	}
	for i := 0; i+n <= len(v); i++ {
		j := indexEither(v[i:len(v)-n+1], c, alt)
		if j < 0 {
			return false
		}
		i += j
		if equalLower(v[i+1:i+n], lit[1:]) {
			return true
		}
	}
	return false
}

// indexEither returns the index of the first x or y in b, or -1.
func indexEither(b []byte, x, y byte) int {
	i := bytes.IndexByte(b, x)
	if x == y {
		return i
	}
	if i < 0 {
		return bytes.IndexByte(b, y)
	}
	if j := bytes.IndexByte(b[:i], y); j >= 0 {
		return j
	}
	return i
}

// equalLower reports whether v equals lit, a lower-case literal of the
// same length, folding ASCII case.
func equalLower(v, lit []byte) bool {
	for j, c := range v {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lit[j] {
			return false
		}
	}
	return true
}
