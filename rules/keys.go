package rules

import (
	"slices"
	"strings"
)

// A KeyVerdict is what a field path says by itself, before any value is
// seen. Classifiers compute it once per distinct path and cache it.
type KeyVerdict struct {
	// Hits are the rules whose key terms match the field, in rule order.
	Hits []KeyHit
	// Off are the indexes of rules that do not apply here (a veto, or a
	// context they need is missing), as a bit set over Set.Rules.
	Off []uint64
	// Text says the field holds free text, to be searched.
	Text bool
	// ValueKey says the field is the value of a key/value row; the
	// classifier looks for a label among its siblings.
	ValueKey bool
	// LabelKey says the field is the label of a key/value row.
	LabelKey bool
}

// A KeyHit is a rule whose key terms match a field.
type KeyHit struct {
	Rule *Compiled
	// Negative says the field name also carries a word such as count,
	// length, px or verified (and the rule's terms do not): key evidence
	// alone does not count there.
	Negative bool
	// Inherited says the evidence is the field's parent or section, not
	// its own name (password.hash, vitals.resp): it does not make a flag
	// (a boolean) sensitive.
	Inherited bool
}

// IsOff reports whether rule c does not apply under this verdict.
func (v *KeyVerdict) IsOff(c *Compiled) bool {
	i := c.Index
	return i/64 < len(v.Off) && v.Off[i/64]&(1<<(i%64)) != 0
}

// ancestorsForContext is how many ancestors a rule's context terms look at;
// not_context looks at the nearest one only, so that an owner inside a
// device list is still a person.
const ancestorsForContext = 2

// JudgeKey judges a field path: names holds the object keys from the root
// down to the leaf's own key (array steps left out). It allocates; callers
// cache the verdict per path.
func (s *Set) JudgeKey(names []string) KeyVerdict {
	v := KeyVerdict{Off: make([]uint64, (len(s.rules)+63)/64)}
	// MongoDB's extended JSON wrappers ($date, $numberLong, $oid) are
	// transparent: {"lastSeen": {"$date": ...}} is judged as lastSeen.
	names = slices.DeleteFunc(slices.Clone(names), func(n string) bool { return strings.HasPrefix(n, "$") })
	if len(names) == 0 {
		return v
	}
	own := s.words(names[len(names)-1])
	var parent, grand []string
	if n := len(names); n >= 2 {
		parent = s.words(names[n-2])
		if n >= 3 {
			grand = s.words(names[n-3])
		}
	}
	ownKey := join(own)
	generic := s.generic[ownKey] || len(own) == 0
	var negatives []string
	for _, t := range s.negative {
		if matchSuffix(t, own) {
			negatives = append(negatives, t)
		}
	}
	for _, t := range s.text {
		if matchTerm(t, own, 0) {
			v.Text = true
			break
		}
	}
	v.ValueKey = s.valueKey[ownKey]
	v.LabelKey = s.label[ownKey]

	joined := slices.Concat(parent, own)
	near := slices.Concat(parent, own)
	wide := slices.Concat(grand, parent, own)
	for _, c := range s.rules {
		off := anyTerm(c.notKeys, own, 0) || anyTerm(c.notContext, near, 0) ||
			(len(c.context) > 0 && !anyTerm(c.context, wide, 0))
		if off {
			v.Off[c.Index/64] |= 1 << (c.Index % 64)
			continue
		}
		if c.section {
			// Any field under the section, but for ids and times.
			// Its own not_keys say what is not evidence: "deepMin" under sleep
			// is minutes, not a minimum.
			v.Hits = append(v.Hits, KeyHit{Rule: c, Inherited: true})
			continue
		}
		if len(c.keys) == 0 && len(c.exactKeys) == 0 {
			continue
		}
		hit := slices.Contains(c.exactKeys, ownKey) || anyTerm(c.keys, joined, len(parent))
		inherited := false
		if !hit && generic {
			hit = anyTerm(c.keys, parent, 0)
			inherited = hit
		}
		if !hit {
			continue
		}
		neg := false
		for _, t := range negatives {
			// A rule that names the word itself ("step count") keeps it.
			if !slices.ContainsFunc(c.keys, func(k string) bool { return strings.Contains(k, t) }) {
				neg = true
				break
			}
		}
		v.Hits = append(v.Hits, KeyHit{Rule: c, Negative: neg, Inherited: inherited})
	}
	return v
}

// words splits a field name into words, splits glued words it knows, and
// writes abbreviations out by the synonyms of the rule files.
func (s *Set) words(key string) []string {
	ws := s.vocab.words(nil, key)
	if len(s.synonyms) == 0 {
		return ws
	}
	out := ws[:0:0]
	for _, w := range ws {
		if syn, ok := s.synonyms[w]; ok {
			out = append(out, syn...)
			continue
		}
		out = append(out, w)
	}
	return out
}

// norm normalizes a term of a rule file as field names are: words,
// synonyms, glued.
func (s *Set) norm(term string) string {
	return join(s.words(term))
}

func anyTerm(terms, words []string, lo int) bool {
	for _, t := range terms {
		if matchTerm(t, words, lo) {
			return true
		}
	}
	return false
}

func join(ws []string) string {
	n := 0
	for _, w := range ws {
		n += len(w)
	}
	b := make([]byte, 0, n)
	for _, w := range ws {
		b = append(b, w...)
	}
	return string(b)
}

// ValueRules returns the rules that may match a string value starting with
// b on their own, without key evidence.
func (s *Set) ValueRules(b byte) []*Compiled { return s.byFirst[b] }

// Finders returns the rules that search free text.
func (s *Set) Finders() []*Compiled { return s.finders }

// IsGeneric reports whether the field name takes its meaning from its
// parent (name, value, id).
func (s *Set) IsGeneric(key string) bool { return s.generic[s.norm(key)] }

// IsLabelKey reports whether key names the label of a key/value row.
func (s *Set) IsLabelKey(key []byte) bool { return s.label[s.norm(string(key))] }
