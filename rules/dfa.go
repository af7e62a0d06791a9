package rules

import (
	"regexp/syntax"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// A dfa is a lazily built deterministic automaton over the bytes of an
// expression's program, used as a sound filter in front of Go's engine:
// it says "no match" only when there is none, in one pass over the value
// and with a table look-up per byte, where the engine's backtracker pays
// for every start position and every thread. It accepts a superset of the
// expression's matches: ^ and $ are exact at the ends of the value (the
// rules write no multi-line expressions), the other assertions (\b, \B)
// are taken as true, and a byte outside ASCII stops it with "maybe".
//
// States are built on first use and shared by all goroutines: a state's
// transitions are read with atomic loads and written once, under mu. The
// automaton stops growing at maxDFAStates and then answers "maybe".
type dfa struct {
	prog     *syntax.Prog
	anchored bool // the program starts with ^: no restart at each byte

	mu     sync.Mutex
	states [maxDFAChunks]atomic.Pointer[dfaChunk]
	n      int32 // states made; written under mu
	index  map[string]int32
	full   atomic.Bool
	start  int32
	scratch
}

const (
	dfaChunk0    = 64
	maxDFAChunks = 64
	maxDFAStates = dfaChunk0 * maxDFAChunks

	dfaUnknown = -1
	dfaDead    = 0 // the state that matches nothing: never left
)

type dfaChunk [dfaChunk0]dfaState

type dfaState struct {
	pcs []uint32 // the program's rune and match instructions in this state
	// match says a match ends here, whatever follows; matchAtEnd that one
	// ends here if the value ends here ($ satisfied).
	match, matchAtEnd bool
	next              [128]atomic.Int32
}

type scratch struct {
	seen  []bool
	stack []uint32
	set   []uint32
}

// newDFA returns the filter of an expression in Go's syntax, or nil where
// the program holds what it cannot follow.
func newDFA(expr string) *dfa {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil
	}
	d := &dfa{prog: prog, anchored: prog.StartCond()&syntax.EmptyBeginText != 0, index: map[string]int32{}}
	d.seen = make([]bool, len(prog.Inst))
	d.mu.Lock()
	defer d.mu.Unlock()
	d.add(nil, false, false) // the dead state, 0
	d.start = d.make(d.closure(d.set[:0], uint32(prog.Start), true))
	return d
}

// mayMatch reports whether v may hold a match: false means it does not.
func (d *dfa) mayMatch(v []byte) bool {
	if d == nil || d.full.Load() {
		return true
	}
	s := d.state(d.start)
	for _, c := range v {
		if s.match {
			return true
		}
		if c >= 0x80 {
			return true
		}
		next := s.next[c].Load()
		if next == dfaUnknown {
			if next = d.step(s, c); next == dfaUnknown {
				return true
			}
		}
		if next == dfaDead {
			return false
		}
		s = d.state(next)
	}
	return s.match || s.matchAtEnd
}

func (d *dfa) state(i int32) *dfaState {
	return &d.states[i/dfaChunk0].Load()[i%dfaChunk0]
}

// step makes the transition of s on byte c, or returns dfaUnknown when the
// automaton is full.
func (d *dfa) step(s *dfaState, c byte) int32 {
	d.mu.Lock()
	defer d.mu.Unlock()
	if next := s.next[c].Load(); next != dfaUnknown {
		return next
	}
	if d.full.Load() {
		return dfaUnknown
	}
	set := d.set[:0]
	for _, pc := range s.pcs {
		inst := &d.prog.Inst[pc]
		if inst.Op != syntax.InstMatch && inst.MatchRune(rune(c)) {
			set = d.closure(set, inst.Out, false)
		}
	}
	if !d.anchored {
		set = d.closure(set, uint32(d.prog.Start), false)
	}
	next := d.make(set)
	if next == dfaUnknown {
		d.full.Store(true)
		return dfaUnknown
	}
	s.next[c].Store(next)
	return next
}

// closure adds to set the rune and match instructions reachable from pc
// without reading a byte; atStart says no byte has been read. It uses and
// clears d.seen for the instructions it adds.
func (d *dfa) closure(set []uint32, pc uint32, atStart bool) []uint32 {
	stack := append(d.stack[:0], pc)
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if d.seen[pc] {
			continue
		}
		d.seen[pc] = true
		set = append(set, pc)
		inst := &d.prog.Inst[pc]
		switch inst.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, inst.Arg, inst.Out)
		case syntax.InstCapture, syntax.InstNop:
			stack = append(stack, inst.Out)
		case syntax.InstEmptyWidth:
			cond := syntax.EmptyOp(inst.Arg)
			if cond&syntax.EmptyBeginText != 0 && !atStart {
				continue
			}
			// $ is followed by the match test at the end of the value
			// (matchAtEnd); \b, \B and the line assertions are taken as
			// true, which only widens what is accepted.
			if cond&syntax.EmptyEndText == 0 {
				stack = append(stack, inst.Out)
			}
		}
	}
	d.stack = stack
	for _, pc := range set {
		d.seen[pc] = false
	}
	return set
}

// make returns the state of the instruction set, made if new; dfaUnknown
// when there is no room for it.
func (d *dfa) make(set []uint32) int32 {
	var keep []uint32
	match, end := false, false
	for _, pc := range set {
		inst := &d.prog.Inst[pc]
		switch inst.Op {
		case syntax.InstMatch:
			match = true
			keep = append(keep, pc)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			keep = append(keep, pc)
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(inst.Arg)&syntax.EmptyEndText != 0 && d.endMatches(inst.Out) {
				end = true
			}
		}
	}
	if len(keep) == 0 && !end {
		return dfaDead
	}
	slices.Sort(keep)
	keep = slices.Compact(keep)
	// The key is the instructions, and whether $ may end a match here:
	// two states may share the first and differ in the second.
	ks := keep
	if end {
		ks = append(slices.Clip(keep), ^uint32(0))
	}
	key := unsafe.String((*byte)(unsafe.Pointer(unsafe.SliceData(ks))), len(ks)*4)
	if i, ok := d.index[key]; ok {
		return i
	}
	if d.n >= maxDFAStates {
		return dfaUnknown
	}
	i := d.add(keep, match, end)
	d.index[key] = i
	return i
}

// endMatches reports whether a match is reachable from pc at the end of
// the value: through instructions that read nothing, $ now true.
func (d *dfa) endMatches(pc uint32) bool {
	seen := map[uint32]bool{}
	stack := []uint32{pc}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		inst := &d.prog.Inst[pc]
		switch inst.Op {
		case syntax.InstMatch:
			return true
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, inst.Arg, inst.Out)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			if inst.Op == syntax.InstEmptyWidth && syntax.EmptyOp(inst.Arg)&syntax.EmptyBeginText != 0 {
				continue
			}
			stack = append(stack, inst.Out)
		}
	}
	return false
}

// add appends a state; its transitions are unknown. Called under mu.
func (d *dfa) add(pcs []uint32, match, end bool) int32 {
	i := d.n
	if d.states[i/dfaChunk0].Load() == nil {
		d.states[i/dfaChunk0].Store(new(dfaChunk))
	}
	s := d.state(i)
	s.pcs, s.match, s.matchAtEnd = pcs, match, end
	for c := range s.next {
		s.next[c].Store(dfaUnknown)
	}
	if i == dfaDead {
		for c := range s.next {
			s.next[c].Store(dfaDead)
		}
	}
	d.n++
	return i
}
