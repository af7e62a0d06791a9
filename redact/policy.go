package redact

import (
	"errors"
	"fmt"
	"strings"

	"github.com/leakscope/leakscope/rules"
)

// An Action is what a policy does with a sensitive value.
type Action uint8

// The actions. The zero value is Mask, so that a zero Policy masks
// everything the classifier finds.
const (
	Mask Action = iota // replace the value by a mask that keeps its JSON type and, where it helps, its shape
	Keep               // leave the value as it is
	Hash               // replace the value by its keyed pseudonym, h:<20 hex digits>
	Drop               // remove the member (null in an array; cut from free text)
)

var actionNames = [...]string{"mask", "keep", "hash", "drop"}

// String returns the name of a as written in policy files and flags.
func (a Action) String() string {
	if int(a) < len(actionNames) {
		return actionNames[a]
	}
	return fmt.Sprintf("action(%d)", a)
}

// ParseAction returns the action called name.
func ParseAction(name string) (Action, bool) {
	for i, n := range actionNames {
		if n == name {
			return Action(i), true
		}
	}
	return 0, false
}

// strength orders the actions by how much of a value they remove: when
// findings on one leaf ask for different actions, the strongest wins. A
// mask hides more than a pseudonym, which still links equal values.
func (a Action) strength() int {
	switch a {
	case Keep:
		return 0
	case Hash:
		return 1
	case Mask:
		return 2
	}
	return 3
}

// stronger returns the stronger of a and b.
func stronger(a, b Action) Action {
	if b.strength() > a.strength() {
		return b
	}
	return a
}

// A Policy says what to do with each finding. The most specific entry
// wins: the first path rule whose pattern and categories match the
// finding, else the type rule of its type, else its category's action.
// The zero value masks every category.
type Policy struct {
	// Categories holds the action of each category, by rules.Category.
	Categories [rules.NumCategories]Action
	// Types override Categories for findings of a type (email, ssid,
	// oauth-token: the types of the rules).
	Types []TypeRule
	// Paths override Types and Categories for findings whose path matches.
	Paths []PathRule
	// File is the file the policy was read from, for errors; "" if none.
	File string
}

// A TypeRule is the action for findings of one type.
type TypeRule struct {
	Type   string
	Action Action
	Line   int // in the policy file, for errors; 0 if none
}

// A PathRule is the action for findings at paths that match Pattern: an
// RFC 6901 JSON Pointer whose segments may be * (any one segment) or **
// (any number of segments, none included), such as /users/*/email or
// /debug/**. Categories, if not empty, limits the rule to findings of
// those categories.
type PathRule struct {
	Pattern    string
	Action     Action
	Categories []rules.Category
	Line       int // in the policy file, for errors; 0 if none
}

// DefaultPolicy returns the policy of `leakscope redact` without flags:
// every category masked.
func DefaultPolicy() *Policy { return &Policy{} }

// Set gives every category in cats the action a.
func (p *Policy) Set(a Action, cats ...rules.Category) {
	for _, c := range cats {
		p.Categories[c] = a
	}
}

// uses reports whether any entry of p asks for a.
func (p *Policy) uses(a Action) bool {
	for _, x := range p.Categories {
		if x == a {
			return true
		}
	}
	for _, t := range p.Types {
		if t.Action == a {
			return true
		}
	}
	for _, r := range p.Paths {
		if r.Action == a {
			return true
		}
	}
	return false
}

// A PolicyError is one problem of a policy: the file and line where it
// is, when it came from a file, and what is wrong.
type PolicyError struct {
	File string
	Line int // 1-based, 0 if unknown
	Err  error
}

func (e *PolicyError) Error() string {
	switch {
	case e.File != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	case e.File != "":
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return e.Err.Error()
}

func (e *PolicyError) Unwrap() error { return e.Err }

// compiledPolicy is a Policy ready to answer for a finding.
type compiledPolicy struct {
	cats  [rules.NumCategories]Action
	types map[string]Action
	paths []pathMatcher
}

type pathMatcher struct {
	segs   []string // "*" and "**" are wild
	cats   uint8    // bit set of categories; 0 means all
	action Action
}

// compile checks p against the rule set and readies it. Every problem is
// reported at once, each a *PolicyError.
func (p *Policy) compile(set *rules.Set) (*compiledPolicy, error) {
	file := p.File
	var errs []error
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &PolicyError{File: file, Line: line, Err: fmt.Errorf(format, args...)})
	}
	cp := &compiledPolicy{cats: p.Categories}
	for i, a := range p.Categories {
		if int(a) >= len(actionNames) {
			fail(0, "category %s: unknown action %d", rules.Category(i), a)
		}
	}
	known := map[string]bool{}
	for _, r := range set.Rules() {
		known[r.Type] = true
	}
	if len(p.Types) > 0 {
		cp.types = make(map[string]Action, len(p.Types))
	}
	for _, t := range p.Types {
		switch {
		case !known[t.Type]:
			fail(t.Line, "type %q: no rule of the rule set has this type", t.Type)
		case int(t.Action) >= len(actionNames):
			fail(t.Line, "type %q: unknown action %d", t.Type, t.Action)
		default:
			if _, dup := cp.types[t.Type]; dup {
				fail(t.Line, "type %q is given twice", t.Type)
			}
			cp.types[t.Type] = t.Action
		}
	}
	for _, r := range p.Paths {
		segs, err := parsePattern(r.Pattern)
		if err != nil {
			fail(r.Line, "path %q: %v", r.Pattern, err)
			continue
		}
		if int(r.Action) >= len(actionNames) {
			fail(r.Line, "path %q: unknown action %d", r.Pattern, r.Action)
			continue
		}
		m := pathMatcher{segs: segs, action: r.Action}
		for _, c := range r.Categories {
			if int(c) >= rules.NumCategories {
				fail(r.Line, "path %q: unknown category %d", r.Pattern, c)
				continue
			}
			m.cats |= 1 << c
		}
		cp.paths = append(cp.paths, m)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return cp, nil
}

// parsePattern splits a path pattern into its segments.
func parsePattern(pat string) ([]string, error) {
	if pat == "" {
		return nil, errors.New("empty pattern (the whole document is /**)")
	}
	if pat[0] != '/' {
		return nil, errors.New("a pattern is a JSON Pointer and starts with /")
	}
	segs := strings.Split(pat[1:], "/")
	for _, s := range segs {
		for i := 0; i < len(s); i++ {
			if s[i] == '~' && (i+1 == len(s) || s[i+1] != '0' && s[i+1] != '1') {
				return nil, errors.New("~ must be written ~0, and / in a key ~1 (RFC 6901)")
			}
		}
		if strings.Contains(s, "**") && s != "**" || strings.Contains(s, "*") && s != "*" && s != "**" {
			return nil, errors.New("* and ** stand for whole segments (/a/*/b), not parts of one")
		}
	}
	return segs, nil
}

// action returns the action for a finding of category cat and type typ at
// path.
func (cp *compiledPolicy) action(path string, cat rules.Category, typ string) Action {
	for i := range cp.paths {
		m := &cp.paths[i]
		if (m.cats == 0 || m.cats&(1<<cat) != 0) && matchPath(m.segs, path) {
			return m.action
		}
	}
	if a, ok := cp.types[typ]; ok {
		return a
	}
	return cp.cats[cat]
}

// matchPath reports whether the JSON Pointer path matches the pattern
// segments. Segments are compared in their escaped form.
func matchPath(segs []string, path string) bool {
	if path == "" {
		// The root: only a pattern that can match no segment.
		for _, s := range segs {
			if s != "**" {
				return false
			}
		}
		return true
	}
	if path[0] != '/' {
		return false
	}
	return matchSegs(segs, path[1:])
}

// matchSegs matches segs against rest, the pointer after a '/'.
func matchSegs(segs []string, rest string) bool {
	for len(segs) > 0 {
		s := segs[0]
		if s == "**" {
			if len(segs) == 1 {
				return true
			}
			// Try the rest of the pattern at every later segment.
			for {
				if matchSegs(segs[1:], rest) {
					return true
				}
				i := strings.IndexByte(rest, '/')
				if i < 0 {
					return false
				}
				rest = rest[i+1:]
			}
		}
		seg, next, more := strings.Cut(rest, "/")
		if s != "*" && s != seg {
			return false
		}
		segs = segs[1:]
		if !more {
			return len(segs) == 0 || len(segs) == 1 && segs[0] == "**"
		}
		rest = next
	}
	return false
}
