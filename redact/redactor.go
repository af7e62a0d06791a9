package redact

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/internal/jsonstr"
	"github.com/leakscope/leakscope/rules"
)

// A Redactor rewrites JSON documents by a policy: the leaves its
// classifier finds sensitive are masked, pseudonymised or dropped, and
// every other byte is kept. It is immutable and safe for concurrent use by
// multiple goroutines.
type Redactor struct {
	c      *classify.Classifier
	set    *rules.Set
	policy *compiledPolicy
	key    []byte
	// finders are the rules that search free text, by category.
	finders [rules.NumCategories][]*rules.Compiled
	finder  map[string]bool // ids of the rules that search free text
	nested  bool            // look into strings that hold JSON
	maxDoc  int
	workers int
	pool    sync.Pool // of *scratch
}

// New returns a redactor that rewrites what c finds by policy p (nil: the
// DefaultPolicy, every category masked). key is the HMAC key of the
// pseudonyms, at least MinKeyBytes long; it may be nil when p hashes
// nothing. The policy is checked against c's rules: an error names every
// problem, each a *PolicyError.
func New(c *classify.Classifier, p *Policy, key []byte) (*Redactor, error) {
	if p == nil {
		p = DefaultPolicy()
	}
	set := c.Rules()
	cp, err := p.compile(set)
	if err != nil {
		return nil, err
	}
	if p.uses(Hash) {
		switch {
		case len(key) == 0:
			return nil, ErrNoKey
		case len(key) < MinKeyBytes:
			return nil, ErrShortKey
		}
	}
	opts := c.Options()
	r := &Redactor{
		c:       c,
		set:     set,
		policy:  cp,
		key:     bytes.Clone(key),
		finder:  map[string]bool{},
		nested:  !opts.NoNestedJSON,
		maxDoc:  opts.MaxDocumentBytes,
		workers: opts.Workers,
	}
	for _, f := range set.Finders() {
		if f.Kinds()&rules.String != 0 {
			r.finders[f.Cat] = append(r.finders[f.Cat], f)
			r.finder[f.ID] = true
		}
	}
	r.pool.New = func() any { return r.newScratch() }
	return r, nil
}

// Classifier returns the classifier the redactor uses.
func (r *Redactor) Classifier() *classify.Classifier { return r.c }

// Stats count what redacting did. A value is a leaf, or a value found
// inside free text.
type Stats struct {
	Findings int // findings of the classifier
	Kept     int // findings the policy keeps as they are
	Masked   int // values masked
	Hashed   int // values replaced by their pseudonym
	Dropped  int // values removed (members cut out, array elements and free-text values)
}

func (s *Stats) add(o Stats) {
	s.Findings += o.Findings
	s.Kept += o.Kept
	s.Masked += o.Masked
	s.Hashed += o.Hashed
	s.Dropped += o.Dropped
}

func (s *Stats) count(a Action) {
	switch a {
	case Mask:
		s.Masked++
	case Hash:
		s.Hashed++
	case Drop:
		s.Dropped++
	}
}

// maxNesting bounds how deep JSON inside strings is redacted in turn;
// deeper, a string that holds JSON is treated as a plain value.
const maxNesting = 3

// AppendDocument appends to dst the document doc (one JSON value) with
// its sensitive leaves rewritten by the policy, and returns what it did.
// Every byte the policy does not touch is copied as it was: key order,
// white space, escapes. A document that cannot be read whole (a
// *classify.SyntaxError or *classify.LimitError), or on which a rule
// timed out (a *rules.TimeoutError, so that some value went unchecked),
// is an error, and nothing is appended: no part of it is ever written
// unscrubbed.
func (r *Redactor) AppendDocument(dst, doc []byte) ([]byte, Stats, error) {
	sc := r.pool.Get().(*scratch)
	defer r.pool.Put(sc)
	out, st, _, err := r.appendDocument(sc, dst, doc, "", 0)
	if err != nil {
		return dst, Stats{}, err
	}
	return out, st, nil
}

// scratch is one goroutine's working space.
type scratch struct {
	findings []classify.Finding
	edits    []edit
	repl     []byte          // replacement bytes; edits point into it
	val      []byte          // a string leaf's value, unescaped
	index    rules.TextIndex // of free text, for finders
	text     []byte          // a string leaf's new value, before escaping
	out      []byte          // the redacted document, when it is JSON inside a string
	spans    []span
	h        *hasher
	c        *classify.Classifier // this scratch's own, on the redactor's rules and options
	inner    *scratch             // for JSON inside a string

	// Values removed, looked for elsewhere in the document (propagate.go).
	gone         []gone
	goneBuf, tmp []byte
	hits, marked []int
	tokens       []strToken
	edits2       []edit
	repl2        []byte
}

func (r *Redactor) newScratch() *scratch {
	// A classifier of its own: one goroutine at a time uses a scratch, so
	// the classifier's working state, with its cache of paths, stays warm
	// from one document to the next instead of going round a pool shared
	// by all workers. The rule set and its caches are shared.
	c, err := classify.New(r.set, r.c.Options())
	if err != nil {
		c = r.c
	}
	return &scratch{h: newHasher(r.key), c: c}
}

// An edit replaces doc[start:end] by repl[from:to].
type edit struct {
	start, end int
	from, to   int
}

// A span is a sensitive value inside free text.
type span struct {
	start, end int
	action     Action
	typ        string
	addr       bool // found by a network-layout finder
}

// appendDocument redacts doc at the given depth of JSON-in-string nesting;
// prefix is the path of the string holding doc, for path rules. It returns
// the categories it acted on, as a bit set.
func (r *Redactor) appendDocument(sc *scratch, dst, doc []byte, prefix string, depth int) ([]byte, Stats, uint8, error) {
	var st Stats
	var err error
	sc.findings, err = sc.c.AppendFindings(sc.findings[:0], doc)
	if err != nil {
		return dst, st, 0, err
	}
	fs := sc.findings
	// Findings come in document order; a finding in JSON inside a string
	// has the string's bounds, so one leaf's findings are together.
	if !slices.IsSortedFunc(fs, func(a, b classify.Finding) int { return cmp.Compare(a.Start, b.Start) }) {
		slices.SortStableFunc(fs, func(a, b classify.Finding) int { return cmp.Compare(a.Start, b.Start) })
	}
	st.Findings = len(fs)
	sc.edits, sc.repl = sc.edits[:0], sc.repl[:0]
	sc.gone, sc.goneBuf = sc.gone[:0], sc.goneBuf[:0]
	var acted uint8
	for i := 0; i < len(fs); {
		j := i + 1
		for j < len(fs) && fs[j].Start == fs[i].Start {
			j++
		}
		acted |= r.leaf(sc, doc, fs[i:j], &st, prefix, depth)
		i = j
	}
	base, prev := len(dst), 0
	for _, e := range sc.edits {
		dst = append(dst, doc[prev:e.start]...)
		dst = append(dst, sc.repl[e.from:e.to]...)
		prev = e.end
	}
	dst = append(dst, doc[prev:]...)
	if len(sc.gone) > 0 {
		dst = r.propagate(sc, dst, base)
	}
	return dst, st, acted, nil
}

// leaf rewrites one leaf, whose findings are fs, and returns the
// categories it acted on.
func (r *Redactor) leaf(sc *scratch, doc []byte, fs []classify.Finding, st *Stats, prefix string, depth int) uint8 {
	start, end := fs[0].Start, fs[0].End
	whole, wholeSet := Keep, false // the action on the whole value
	var spanCats, acted uint8      // categories found by searching free text
	identifier := false
	typ := ""
	// Only a string of several words can hold values in free text; for
	// any other leaf, what is found is the whole value.
	text := doc[start] == '"' && isText(doc[start+1:end-1])
	for _, f := range fs {
		path := f.Path
		if prefix != "" {
			path = prefix + f.Path
		}
		a := r.policy.action(path, f.Category, f.Type)
		if a == Keep {
			st.Kept++
			continue
		}
		acted |= 1 << f.Category
		if f.Category == rules.Credential || f.Category == rules.Contact {
			identifier = true
		}
		if typ == "" || a.strength() > whole.strength() {
			typ = f.Type
		}
		// Health in free text is masked whole: the finders name conditions
		// and medicines, but the sentences around them ("follow-up of
		// morbid obesity", "BP 130/67") say as much.
		if text && f.Category != rules.Health && r.finder[f.Rule] {
			spanCats |= 1 << f.Category
			whole = stronger(whole, a)
		} else {
			whole, wholeSet = stronger(whole, a), true
		}
	}
	if acted == 0 {
		return 0
	}
	addr := acted&(1<<rules.NetworkLayout) != 0
	from := len(sc.repl)
	switch c := doc[start]; {
	case c == '"':
		raw := doc[start+1 : end-1]
		v := raw
		if bytes.IndexByte(raw, '\\') >= 0 {
			sc.val = jsonstr.Unescape(sc.val[:0], raw)
			v = sc.val
		}
		if r.nested && depth < maxNesting {
			if ok := r.nestedJSON(sc, v, acted, st, prefix+fs[0].Path, depth); ok {
				break
			}
		}
		if !wholeSet && text {
			if r.freeText(sc, v, spanCats, fs[0].Path, prefix, st) {
				break
			}
		}
		sc.noteGone(v, whole, typ, addr)
		switch whole {
		case Drop:
			r.drop(sc, doc, start, end)
			st.Dropped++
			return acted
		case Hash:
			sc.text = sc.h.appendPseudonym(sc.text[:0], v)
		default:
			sc.text = appendMask(sc.text[:0], v, typ, addr)
		}
		st.count(whole)
		sc.repl = appendString(sc.repl, sc.text)
	case c == 't' || c == 'f':
		if whole == Drop {
			r.drop(sc, doc, start, end)
			st.Dropped++
			return acted
		}
		// A fixed true or false would be read as data: the answer is withheld.
		sc.repl = append(sc.repl, "null"...)
		st.Masked++
	default: // a number
		switch whole {
		case Drop:
			r.drop(sc, doc, start, end)
			st.Dropped++
			return acted
		case Hash:
			sc.repl = append(sc.repl, '"')
			sc.repl = sc.h.appendPseudonym(sc.repl, doc[start:end])
			sc.repl = append(sc.repl, '"')
		default:
			sc.repl = appendMaskedNumber(sc.repl, doc[start:end], identifier)
		}
		st.count(whole)
	}
	sc.edits = append(sc.edits, edit{start: start, end: end, from: from, to: len(sc.repl)})
	return acted
}

// nestedJSON redacts the JSON inside the string value v in turn and writes
// it back as a string to sc.repl. It reports false, writing nothing, when
// v holds no JSON, or when what the redaction of its inside acted on does
// not cover every category the policy acts on for the string (the
// classifier saw the inside in the string's context, which the inside
// alone lacks): then the whole string is treated as one value.
func (r *Redactor) nestedJSON(sc *scratch, v []byte, want uint8, st *Stats, path string, depth int) bool {
	t := bytes.TrimSpace(v)
	if len(t) < 2 || !(t[0] == '{' && t[len(t)-1] == '}' || t[0] == '[' && t[len(t)-1] == ']') {
		return false
	}
	if sc.inner == nil {
		sc.inner = &scratch{h: sc.h, c: sc.c} // used only while sc is
	}
	in := sc.inner
	lead := len(v) - len(bytes.TrimLeft(v, " \t\r\n"))
	// The inner document is redacted into in.out, then escaped as the
	// content of the outer string.
	out, ist, acted, err := r.appendDocument(in, in.out[:0], t, path, depth+1)
	in.out = out
	if err != nil || acted&want != want {
		return false
	}
	st.add(Stats{Kept: ist.Kept, Masked: ist.Masked, Hashed: ist.Hashed, Dropped: ist.Dropped})
	sc.repl = append(sc.repl, '"')
	sc.repl = jsonstr.AppendText(sc.repl, v[:lead])
	sc.repl = jsonstr.AppendText(sc.repl, out)
	sc.repl = jsonstr.AppendText(sc.repl, v[lead+len(t):])
	sc.repl = append(sc.repl, '"')
	return true
}

// freeText masks the values that the finders of the categories in cats
// find inside the string value v, keeping the words around them, and
// writes the new string to sc.repl. It reports false, writing nothing,
// when nothing is found, or when what is found is the whole value: then
// the whole value is treated as one.
func (r *Redactor) freeText(sc *scratch, v []byte, cats uint8, path, prefix string, st *Stats) bool {
	if prefix != "" {
		path = prefix + path
	}
	r.set.IndexText(&sc.index, v)
	shape := rules.ShapeOf(v)
	dicts := r.set.Dictionaries()
	sc.spans = sc.spans[:0]
	for c := range rules.NumCategories {
		if cats&(1<<c) == 0 {
			continue
		}
		for _, f := range r.finders[c] {
			a := r.policy.action(path, f.Cat, f.Type)
			if a == Keep {
				continue
			}
			// A timeout here leaves the value to be masked whole.
			err := f.Find(v, &sc.index, shape, dicts, func(s, e int) bool {
				sc.spans = append(sc.spans, span{start: s, end: e, action: a, typ: f.Type, addr: f.Cat == rules.NetworkLayout})
				return true
			})
			if err != nil {
				return false
			}
		}
	}
	if len(sc.spans) == 0 {
		return false
	}
	slices.SortFunc(sc.spans, func(a, b span) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end)) })
	// Merge overlapping spans; the stronger action wins.
	merged := sc.spans[:1]
	for _, s := range sc.spans[1:] {
		last := &merged[len(merged)-1]
		if s.start < last.end {
			if s.end > last.end {
				last.end = s.end
			}
			if s.action.strength() > last.action.strength() {
				last.action, last.typ, last.addr = s.action, s.typ, s.addr
			}
			continue
		}
		merged = append(merged, s)
	}
	sc.spans = merged
	t := bytes.TrimSpace(v)
	lead := len(v) - len(bytes.TrimLeft(v, " \t\r\n"))
	if len(merged) == 1 && merged[0].start <= lead && merged[0].end >= lead+len(t) {
		return false
	}
	sc.text = sc.text[:0]
	prev := 0
	for _, s := range merged {
		sc.text = append(sc.text, v[prev:s.start]...)
		val := v[s.start:s.end]
		sc.noteGone(val[labelPrefix(val, s.typ):], s.action, s.typ, s.addr)
		switch s.action {
		case Drop:
		case Hash:
			sc.text = sc.h.appendPseudonym(sc.text, val)
		default:
			n := labelPrefix(val, s.typ)
			sc.text = append(sc.text, val[:n]...)
			sc.text = appendMask(sc.text, val[n:], s.typ, s.addr)
		}
		st.count(s.action)
		prev = s.end
	}
	sc.text = append(sc.text, v[prev:]...)
	sc.repl = appendString(sc.repl, sc.text)
	return true
}

// isText reports a string value that reads as text, several words: one
// without white space is a single value, masked whole.
func isText(v []byte) bool {
	words, in := 0, false
	for _, c := range v {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			in = false
			continue
		}
		if !in {
			if words++; words == 3 {
				return true
			}
			in = true
		}
	}
	return false
}

// labelPrefix returns how much of a value found in free text is its label
// rather than the secret ("password is ", "pwd=", "&token="), kept so that
// the text still reads.
func labelPrefix(val []byte, typ string) int {
	if typ == "person-name" {
		return namePrefix(val)
	}
	if typ != "password" && typ != "connection-string" && typ != "api-token" && typ != "api-key" {
		return 0
	}
	for i, c := range val {
		switch {
		case c == '=' || c == ':':
			if i+2 < len(val) && val[i+1] == '/' && val[i+2] == '/' {
				return 0 // a URL: user:password@host has no label
			}
			for i++; i < len(val) && (val[i] == ' ' || val[i] == '\t'); i++ {
			}
			return i
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '?' || c == '&' || c == '_' || c == '-':
		case c == ' ' && typ == "password":
			// "password is hunter2": the label ends at the last space.
			if k := bytes.LastIndexByte(val, ' '); k > i {
				return k + 1
			}
			return i + 1
		default:
			return 0
		}
	}
	return 0
}

// namePrefix returns where the name starts in a person's name found in
// text with the words that announce it ("my name is Ana García",
// "Thanks, Ingrid"): at the run of capitalised words that ends it.
func namePrefix(val []byte) int {
	start := len(val)
	for start > 0 {
		// The word before start.
		end := start
		for end > 0 && isSpace(val[end-1]) {
			end--
		}
		w := end
		for w > 0 && !isSpace(val[w-1]) {
			w--
		}
		if w == end {
			break
		}
		r, _ := utf8.DecodeRune(val[w:end])
		if !unicode.IsUpper(r) || strings.ContainsRune(",:;!.", rune(val[end-1])) {
			break // "Thanks," announces the name
		}
		start = w
	}
	if start == len(val) {
		return 0
	}
	return start
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
