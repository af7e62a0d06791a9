package rules

import (
	"math/bits"
	"regexp/syntax"
	"slices"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// A dfa is a lazily built deterministic automaton over an expression's
// program that answers "does the value hold a match?" in one pass, with a
// table look-up per ASCII byte, where Go's engine pays for every start
// position and every thread. It gives the same answer as Go's engine
// (regexp.Match): empty-width assertions (^, $, \b, \B, line anchors) are
// decided between the rune before and the rune after, as Go decides them,
// so a state remembers the class of the rune before it (start, newline,
// word, other) and holds the assertions that wait for the next rune. A
// rune outside ASCII is stepped through without being cached.
//
// An ASCII byte is first mapped to its class: bytes that every rune
// instruction and every assertion treat alike share one, so that a
// state's transitions are a short row (a few to a few dozen classes, not
// 128) and the rows of the states in use stay in cache.
//
// States are built on first use and shared by all goroutines: a state's
// transitions are read with atomic loads and written once, under mu. Past
// maxDFAStates the automaton stops growing and answers "don't know", and
// the caller asks Go's engine.
type dfa struct {
	prog     *syntax.Prog
	anchored bool                 // the program starts with ^: no new start at each rune
	class    [utf8.RuneSelf]uint8 // of each ASCII byte
	nclass   int
	// A state's row in its chunk starts at its place shifted by shift:
	// rows are nclass rounded up to a power of two apart, so that a step
	// finds the row with a shift, not a multiplication.
	shift uint8

	mu      sync.Mutex
	states  [maxDFAChunks]atomic.Pointer[dfaChunk]
	n       int32 // states made; written under mu
	index   map[string]int32
	full    atomic.Bool
	start   int32
	seen    []bool
	stack   []uint32
	visited []uint32 // what closure marked in seen
	done    []bool   // resolve's marks
	marked  []uint32 // what resolve marked
}

const (
	dfaChunk0    = 64
	maxDFAChunks = 64
	maxDFAStates = dfaChunk0 * maxDFAChunks

	dfaUnknown = -1
	dfaDead    = 0 // matches nothing, whatever follows
	dfaMatch   = 1 // a match was seen: the answer is yes
)

// The class of the rune before a position, by what Go's empty-width
// assertions can tell of it; each stands for a rune of its class.
const (
	prevStart = iota
	prevNewline
	prevWord
	prevOther
)

var prevRune = [4]rune{-1, '\n', 'a', ' '}

func prevClass(r rune) uint8 {
	switch {
	case r == '\n':
		return prevNewline
	case syntax.IsWordChar(r):
		return prevWord
	}
	return prevOther
}

// A dfaChunk holds states and, in one array, their rows of transitions:
// stepping on an ASCII byte reads the row and nothing else of a state.
type dfaChunk struct {
	rows   []atomic.Int32
	states [dfaChunk0]dfaState
}

type dfaState struct {
	// next holds the transitions by byte class, in its chunk's rows.
	next []atomic.Int32
	// endMatch says the value holds a match if it ends here.
	endMatch bool
	prev     uint8 // class of the rune before
	// pcs are the rune, match and waiting empty-width instructions.
	pcs []uint32
	// wide caches the transitions on the first runes beyond ASCII met
	// here: r is stored after next, and 0 marks a free entry.
	wide [8]struct{ r, next atomic.Int32 }
}

// wideNext returns the cached transition of s on rune r, or dfaUnknown.
func (s *dfaState) wideNext(r rune) int32 {
	for k := range s.wide {
		e := &s.wide[k]
		switch e.r.Load() {
		case 0:
			return dfaUnknown
		case r:
			return e.next.Load()
		}
	}
	return dfaUnknown
}

// newDFA returns the automaton of an expression in Go's syntax, or nil.
func newDFA(expr string) *dfa {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	return newDFAOf(re.Simplify())
}

// newDFAOf returns the automaton of a simplified expression, or nil.
func newDFAOf(re *syntax.Regexp) *dfa {
	prog, err := syntax.Compile(re)
	if err != nil {
		return nil
	}
	d := &dfa{prog: prog, anchored: prog.StartCond()&syntax.EmptyBeginText != 0, index: map[string]int32{}}
	d.classify()
	d.seen = make([]bool, len(prog.Inst))
	d.mu.Lock()
	defer d.mu.Unlock()
	d.add(nil, prevStart, false) // dfaDead
	d.add(nil, prevStart, true)  // dfaMatch
	d.start = d.make(d.closure(nil, uint32(prog.Start)), prevStart)
	return d
}

// classify groups the ASCII bytes into classes: two bytes share one when
// every rune instruction of the program matches both or neither, and the
// assertions cannot tell them apart (both word characters or neither,
// both newlines or neither). Each instruction's set of bytes splits the
// classes it cuts across in two.
func (d *dfa) classify() {
	classes := [][2]uint64{{^uint64(0), ^uint64(0)}}
	// A set split by once splits nothing again (x{0,63} is 63 copies of
	// x's instructions).
	done := map[[2]uint64]bool{}
	split := func(in [2]uint64) {
		if done[in] {
			return
		}
		done[in] = true
		for k, c := range classes {
			inside := [2]uint64{c[0] & in[0], c[1] & in[1]}
			if inside != [2]uint64{} && inside != c {
				classes[k] = inside
				classes = append(classes, [2]uint64{c[0] &^ in[0], c[1] &^ in[1]})
			}
		}
	}
	var word [2]uint64
	for c := range utf8.RuneSelf {
		if syntax.IsWordChar(rune(c)) {
			word[c/64] |= 1 << (c % 64)
		}
	}
	split([2]uint64{1 << '\n', 0})
	split(word)
	for i := range d.prog.Inst {
		inst := &d.prog.Inst[i]
		var in [2]uint64
		switch inst.Op {
		case syntax.InstRune, syntax.InstRune1:
			if len(inst.Rune) == 1 && syntax.Flags(inst.Arg)&syntax.FoldCase != 0 {
				r0 := inst.Rune[0]
				for r := r0; ; {
					if r < utf8.RuneSelf {
						in[r/64] |= 1 << (r % 64)
					}
					if r = unicode.SimpleFold(r); r == r0 {
						break
					}
				}
				break
			}
			rs := inst.Rune
			if len(rs) == 1 {
				rs = []rune{rs[0], rs[0]}
			}
			for j := 0; j+1 < len(rs) && rs[j] < utf8.RuneSelf; j += 2 {
				addRange(&in, rs[j], min(rs[j+1], utf8.RuneSelf-1))
			}
		default:
			continue // InstRuneAny and InstRuneAnyNotNL split nothing newlines have not
		}
		split(in)
	}
	for k, c := range classes {
		for w, bs := range c {
			for ; bs != 0; bs &= bs - 1 {
				d.class[64*w+bits.TrailingZeros64(bs)] = uint8(k)
			}
		}
	}
	d.nclass = len(classes)
	d.shift = uint8(bits.Len(uint(d.nclass - 1)))
}

// addRange adds the bytes lo to hi, both ASCII, to the set in.
func addRange(in *[2]uint64, lo, hi rune) {
	for w := range rune(2) {
		a, b := max(lo, 64*w), min(hi, 64*w+63)
		if a <= b {
			in[w] |= ^uint64(0) >> (63 - (b - a)) << (a - 64*w)
		}
	}
}

// match reports whether v holds a match of the expression; known is false
// when the automaton is full and could not say.
func (d *dfa) match(v []byte) (matched, known bool) {
	if d == nil || d.full.Load() {
		return false, false
	}
	i := d.start
	// The rows of the chunk the state is in, and its first state, kept
	// across steps: most automata fit in one chunk, loaded once.
	base := i &^ (dfaChunk0 - 1)
	rows := d.states[uint32(i)/dfaChunk0%maxDFAChunks].Load().rows
	for j := 0; ; {
		i, j = d.run(rows, base, i, v, j)
		if j >= len(v) {
			break
		}
		// What run leaves: a byte beyond ASCII, a state of another chunk,
		// or a transition that is no plain state (unknown, dead, match).
		if c := v[j]; c < utf8.RuneSelf {
			k := i - base
			if uint32(k) >= dfaChunk0 {
				base = i &^ (dfaChunk0 - 1)
				rows = d.states[uint32(i)/dfaChunk0%maxDFAChunks].Load().rows
				k = i - base
			}
			if i = rows[int(k)<<(d.shift&31)+int(d.class[c])].Load(); i == dfaUnknown {
				i = d.step(d.state(base+k), rune(c), c)
			}
			j++
		} else {
			r, size := utf8.DecodeRune(v[j:])
			s := d.state(i)
			if i = s.wideNext(r); i == dfaUnknown {
				i = d.step(s, r, 0)
			}
			j += size
		}
		// One test for the three states that end the search.
		if uint32(i+1) <= dfaMatch+1 {
			switch i {
			case dfaUnknown:
				return false, false
			case dfaDead:
				return false, true
			}
			return true, true
		}
	}
	return d.state(i).endMatch, true
}

// run steps from state i over v[j:] while the bytes are ASCII, the states
// are in the chunk of rows (whose first is base) and their transitions are
// plain states, and returns where it stopped: the loop that most of the
// time of an automaton is spent in, kept apart so that nothing it holds
// is spilled around a call.
func (d *dfa) run(rows []atomic.Int32, base, i int32, v []byte, j int) (int32, int) {
	class, shift := &d.class, d.shift&31
	for ; j < len(v); j++ {
		c := v[j]
		k := uint32(i - base)
		if c >= utf8.RuneSelf || k >= dfaChunk0 {
			break
		}
		next := rows[k<<shift+uint32(class[c])].Load()
		if uint32(next+1) <= dfaMatch+1 {
			break
		}
		i = next
	}
	return i, j
}

// mayMatch reports whether v may hold a match: false means it does not.
func (d *dfa) mayMatch(v []byte) bool {
	m, known := d.match(v)
	return m || !known
}

func (d *dfa) state(i int32) *dfaState {
	return &d.states[uint32(i)/dfaChunk0%maxDFAChunks].Load().states[uint32(i)%dfaChunk0]
}

// step returns the state after rune r from s, caching it under the class
// of byte c when r is ASCII (c == r); dfaUnknown when the automaton is
// full.
func (d *dfa) step(s *dfaState, r rune, c byte) int32 {
	d.mu.Lock()
	defer d.mu.Unlock()
	ascii := r < utf8.RuneSelf
	if ascii {
		if next := s.next[d.class[c]].Load(); next != dfaUnknown {
			return next
		}
	} else if next := s.wideNext(r); next != dfaUnknown {
		return next
	}
	if d.full.Load() {
		return dfaUnknown
	}
	// The assertions waiting in s are decided now that r is known; a
	// match before r ends the search.
	now := d.resolve(s.pcs, syntax.EmptyOpContext(prevRune[s.prev], r))
	var set []uint32
	next := int32(dfaDead)
	for _, pc := range now {
		inst := &d.prog.Inst[pc]
		switch inst.Op {
		case syntax.InstMatch:
			next = dfaMatch
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			if inst.MatchRune(r) {
				set = d.closure(set, inst.Out)
			}
		}
	}
	if next != dfaMatch {
		if !d.anchored {
			set = d.closure(set, uint32(d.prog.Start))
		}
		next = d.make(set, prevClass(r))
		if next == dfaUnknown {
			d.full.Store(true)
			return dfaUnknown
		}
	}
	if ascii {
		s.next[d.class[c]].Store(next)
	} else {
		for k := range s.wide {
			if e := &s.wide[k]; e.r.Load() == 0 {
				e.next.Store(next)
				e.r.Store(r)
				break
			}
		}
	}
	return next
}

// closure adds to set what pc reaches without reading a rune, stopping at
// rune, match and empty-width instructions: those wait for the next rune.
func (d *dfa) closure(set []uint32, pc uint32) []uint32 {
	stack := append(d.stack[:0], pc)
	visited := d.visited[:0]
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if d.seen[pc] {
			continue
		}
		d.seen[pc] = true
		visited = append(visited, pc)
		inst := &d.prog.Inst[pc]
		switch inst.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, inst.Arg, inst.Out)
		case syntax.InstCapture, syntax.InstNop:
			stack = append(stack, inst.Out)
		case syntax.InstMatch, syntax.InstEmptyWidth,
			syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			set = append(set, pc)
		}
	}
	d.stack = stack
	for _, pc := range visited {
		d.seen[pc] = false
	}
	d.visited = visited[:0]
	return set
}

// resolve follows the empty-width instructions of set whose conditions
// hold in ops, repeatedly, and returns the rune and match instructions
// reached.
func (d *dfa) resolve(set []uint32, ops syntax.EmptyOp) []uint32 {
	var out []uint32
	work := slices.Clone(set)
	// The instructions followed, marked in d.done and unmarked on return:
	// a map here was most of the cost of a new state.
	if d.done == nil {
		d.done = make([]bool, len(d.prog.Inst))
	}
	marked := d.marked[:0]
	defer func() {
		for _, pc := range marked {
			d.done[pc] = false
		}
		d.marked = marked[:0]
	}()
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		if d.done[pc] {
			continue
		}
		d.done[pc] = true
		marked = append(marked, pc)
		inst := &d.prog.Inst[pc]
		if inst.Op != syntax.InstEmptyWidth {
			out = append(out, pc)
			continue
		}
		if syntax.EmptyOp(inst.Arg)&^ops == 0 {
			work = d.closure(work, inst.Out)
		}
	}
	return out
}

// make returns the state of an instruction set after a rune of class
// prev, made if new; dfaUnknown when there is no room for it.
func (d *dfa) make(set []uint32, prev uint8) int32 {
	if len(set) == 0 {
		return dfaDead
	}
	keep := slices.Clone(set)
	slices.Sort(keep)
	keep = slices.Compact(keep)
	// The key is the instructions and the class of the rune before.
	ks := append(slices.Clip(keep), uint32(prev))
	key := unsafe.String((*byte)(unsafe.Pointer(unsafe.SliceData(ks))), len(ks)*4)
	if i, ok := d.index[key]; ok {
		return i
	}
	if d.n >= maxDFAStates {
		return dfaUnknown
	}
	end := false
	for _, pc := range d.resolve(keep, syntax.EmptyOpContext(prevRune[prev], -1)) {
		if d.prog.Inst[pc].Op == syntax.InstMatch {
			end = true
		}
	}
	i := d.add(keep, prev, end)
	d.index[key] = i
	return i
}

// add appends a state; its transitions are unknown. Called under mu.
func (d *dfa) add(pcs []uint32, prev uint8, end bool) int32 {
	i := d.n
	if d.states[i/dfaChunk0].Load() == nil {
		d.states[i/dfaChunk0].Store(&dfaChunk{rows: make([]atomic.Int32, dfaChunk0<<d.shift)})
	}
	s := d.state(i)
	row := int(i%dfaChunk0) << d.shift
	s.next = d.states[i/dfaChunk0].Load().rows[row : row+d.nclass : row+d.nclass]
	s.pcs, s.prev, s.endMatch = pcs, prev, end
	fill := int32(dfaUnknown)
	switch i {
	case dfaDead:
		fill = dfaDead
	case dfaMatch:
		fill = dfaMatch
	}
	for c := range s.next {
		s.next[c].Store(fill)
	}
	d.n++
	return i
}

// A locator finds where the leftmost match of an expression starts, so
// that Go's engine, which pays for every start position it tries, is run
// from there only. It is the expression's automaton made anchored: one
// start state for each class of the rune before, each run from a candidate
// start until it dies. The empty-width assertions the program holds say
// whether a match found past the text's start may be handed to Go's engine
// as the text cut there (it takes the cut for a text's start).
type locator struct {
	d      *dfa
	starts [4]int32
	ops    syntax.EmptyOp // every assertion of the program
}

// newLocator returns the locator of prog, or nil if one of its start
// states does not fit.
func newLocator(prog *syntax.Prog) *locator {
	d := &dfa{prog: prog, anchored: true, index: map[string]int32{}}
	d.classify()
	d.seen = make([]bool, len(prog.Inst))
	l := &locator{d: d}
	for i := range prog.Inst {
		if inst := &prog.Inst[i]; inst.Op == syntax.InstEmptyWidth {
			l.ops |= syntax.EmptyOp(inst.Arg)
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.add(nil, prevStart, false) // dfaDead
	d.add(nil, prevStart, true)  // dfaMatch
	start := d.closure(nil, uint32(prog.Start))
	for prev := range l.starts {
		if l.starts[prev] = d.make(start, uint8(prev)); l.starts[prev] == dfaUnknown {
			return nil
		}
	}
	d.start = l.starts[prevStart]
	return l
}

// run reports whether a match starts at v[0], the rune before being of
// class prev, and the bytes it stepped; known is false when the automaton
// is full.
func (l *locator) run(v []byte, prev uint8) (matched, known bool, steps int) {
	d := l.d
	if d.full.Load() {
		return false, false, 0
	}
	i := l.starts[prev]
	for j := 0; j < len(v); {
		var s *dfaState
		if c := v[j]; c < utf8.RuneSelf {
			s = d.state(i)
			if i = s.next[d.class[c]].Load(); i == dfaUnknown {
				i = d.step(s, rune(c), c)
			}
			j++
		} else {
			r, size := utf8.DecodeRune(v[j:])
			s = d.state(i)
			if i = s.wideNext(r); i == dfaUnknown {
				i = d.step(s, r, 0)
			}
			j += size
		}
		if uint32(i+1) <= dfaMatch+1 {
			switch i {
			case dfaUnknown:
				return false, false, j
			case dfaDead:
				return false, true, j
			}
			return true, true, j
		}
	}
	return d.state(i).endMatch, true, len(v)
}

// leftmost returns where the leftmost match in v starts, if v may be cut
// there for Go's engine: the cut must leave every assertion of the
// program as it was, which holds at v's start, and after an ASCII rune
// where the assertions cannot tell the cut from that rune. ok is false
// when no match was found within a budget of steps (a program that runs
// far from every start: Go's engine does better), the automaton is full,
// or the cut would change what the program sees.
func (l *locator) leftmost(v []byte) (start int, ok bool) {
	budget := 4*len(v) + 64
	prev := uint8(prevStart)
	last := rune(-1)
	for p := 0; p <= len(v); {
		m, known, steps := l.run(v[p:], prev)
		if !known {
			return 0, false
		}
		if budget -= steps + 1; budget < 0 {
			return 0, false
		}
		if m {
			if p == 0 {
				return 0, true
			}
			if last >= utf8.RuneSelf {
				return 0, false
			}
			next := rune(-1)
			if p < len(v) {
				next, _ = utf8.DecodeRune(v[p:])
			}
			if (syntax.EmptyOpContext(-1, next)^syntax.EmptyOpContext(last, next))&l.ops != 0 {
				return 0, false
			}
			return p, true
		}
		if p == len(v) {
			break
		}
		r, size := utf8.DecodeRune(v[p:])
		p += size
		last, prev = r, prevClass(r)
	}
	return 0, false
}
