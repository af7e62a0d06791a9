package rules

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dlclark/regexp2/v2"
	re2syntax "github.com/dlclark/regexp2/v2/syntax"
)

// DefaultMatchTimeout bounds one run of a regexp2 expression on one value.
const DefaultMatchTimeout = 100 * time.Millisecond

// CompileOptions tune compilation. The zero value means the defaults.
type CompileOptions struct {
	// MatchTimeout bounds each run of an expression that needs the
	// backtracking engine (regexp2). Zero means DefaultMatchTimeout.
	MatchTimeout time.Duration
	// Dictionaries to look values up in; nil means the embedded ones.
	Dictionaries *Dictionaries
	// checked says the expressions are known to be written in regexp2's
	// syntax (the embedded rules: TestDefaultExpressionsInRegexp2Syntax
	// holds them to it), so that start-up need not parse them twice.
	checked bool
}

// A Set is a compiled rule set. It is immutable and safe for concurrent
// use by multiple goroutines.
type Set struct {
	rules     []*Compiled // sorted by id
	vocab     vocabulary
	negative  map[string]bool
	terms     map[string][]termRef // normalized term → the rules that use it
	exact     map[string][]int32   // "=hr" terms: whole field names
	generic   map[string]bool
	label     map[string]bool
	valueKey  map[string]bool
	typeKey   map[string]bool
	dataLabel map[string]bool   // label keys whose value is data (File.DataLabelKeys)
	record    map[string]string // marker -> kind of record
	recType   map[string]string // type name -> kind of record
	text      []string
	dicts     *Dictionaries
	synonyms  map[string][]string
	synHeads  map[string]bool // the first three bytes of every synonym, or all of a shorter one
	synMax    int             // the longest synonym, in bytes

	// sections and contextual are bit sets of the rules that are section
	// rules and that need a context.
	sections, contextual []uint64

	// Caches of JudgeKey, shared by all who use the set.
	verdicts, wordCache     sync.Map
	verdictCount, wordCount atomic.Int64
	verdictIDs              atomic.Uint64
	// byFirst lists, for each first byte of a value, the rules that can
	// match a value on their own and may start with that byte.
	byFirst [256][]*Compiled
	finders []*Compiled
	gate    textGate // the finders' literals, for IndexText
	// valueGate holds the value rules' literals, for MatchIndexed.
	valueGate textGate
}

// A Compiled rule is ready to match. It is immutable.
type Compiled struct {
	// What judging a value reads comes first, together: a leaf tries 15
	// to 24 rules, and each line of a rule it touches may be a miss.
	Index int // position in the set, for bit sets
	Cat   Category
	kinds Kind

	hasValueCheck, valueAlone bool
	section                   bool // no keys: any field under its context
	findNotKeys               bool // a finder whose not_keys name fields whose text it does not search
	dictFirst                 bool // validators are dictionary look-ups, run before the expression
	wholeText                 bool // find is WholeText: the validators get the text as it is

	pre        prefilter
	valueLits  litSet // pre.literals, as a set of the set's value gate
	valueGate  *textGate
	keywords   [][]byte
	value      matcher
	validators []validator
	// vetoes are the validators that tell what a value is instead (a
	// dotted program name, an organisation's name): a value one of them
	// refuses gets nothing from the key either (no KeyConfidence).
	vetoes []validator
	// dict is the list of a rule whose one validator is dict: a value
	// indexed by a ValueIndex is looked up through its dictEntry, made
	// once for all such rules.
	dict      string
	dictDicts *Dictionaries
	dictSet   *wordSet

	// What searching free text reads.
	find                   matcher
	findPre                prefilter
	findLits, findKeywords litSet   // the same, as sets of the set's text gate
	lowKeywords            [][]byte // for free text, matched in lower case
	// term is the list of a WholeText finder whose one validator is
	// dict-term: an indexed text is looked up in it through the runs of
	// words the index found once for all such finders.
	term      string
	termDicts *Dictionaries // the dictionaries compiled with, and termSet their list
	termSet   *wordSet

	keys, context       []string
	exactKeys           []string // "=hr": the whole field name, no more
	notKeys, notContext []string

	Rule
}

// Compile compiles rule files into a set. Every problem is reported at
// once as an ErrorList, each naming the file, the line and the rule.
func Compile(opts CompileOptions, files ...*File) (*Set, error) {
	if opts.MatchTimeout <= 0 {
		opts.MatchTimeout = DefaultMatchTimeout
	}
	if opts.Dictionaries == nil {
		d, err := DefaultDictionaries()
		if err != nil {
			return nil, err
		}
		opts.Dictionaries = d
	}
	// The maps are made at their size: growing them cost a tenth of the
	// start-up in rehashing (some 22,000 synonyms, 32,000 words of the
	// vocabulary, 14,000 terms in the default set).
	nSyn, nTerms := 0, 0
	for _, f := range files {
		nSyn += len(f.Synonyms)
		for _, r := range f.Rules {
			nTerms += len(r.Keys) + len(r.Context) + len(r.NotKeys) + len(r.NotContext)
		}
	}
	nPlain := bytes.Count(opts.Dictionaries.raw["plain_words"], []byte{'\n'})
	s := &Set{
		vocab:     make(vocabulary, nSyn+nPlain+2*nTerms/3), // words shared by the three lists counted once (44,600 of 46,600 with the default rules)
		negative:  map[string]bool{},
		terms:     make(map[string][]termRef, nTerms),
		exact:     map[string][]int32{},
		generic:   map[string]bool{},
		label:     map[string]bool{},
		valueKey:  map[string]bool{},
		typeKey:   map[string]bool{},
		dataLabel: map[string]bool{},
		record:    map[string]string{},
		recType:   map[string]string{},
		dicts:     opts.Dictionaries,
	}
	// The expressions compile on the other cores while this one splits
	// and normalizes the terms; the rules wait for them below.
	exprsc := make(chan compiledExprs, 1)
	go func() { exprsc <- compileExprs(files, opts.MatchTimeout, opts.checked) }()
	var errs ErrorList
	seen := map[string]*Rule{}
	// Synonyms and the vocabulary first: every term is normalized by them.
	// The words of the synonyms are split on every core first (the split
	// needs nothing but the word); then the vocabulary is built on another
	// core while this one maps the synonyms to their meanings: the two
	// read the same split words and write maps of their own.
	split := splitSynonyms(files)
	vocabDone := make(chan struct{})
	go func() {
		s.buildVocab(files, split, opts.Dictionaries, nTerms)
		close(vocabDone)
	}()
	s.buildSynonyms(files, split, nSyn)
	<-vocabDone
	// The vocabulary and the synonyms are complete: the dictionaries that
	// name fields or contexts are written out as terms on another core
	// while the terms of the rules are normalized on every core (a third
	// of the terms are named by more than one rule: each is normalized
	// once), and the rules compiled.
	dictc := make(chan dictTermLists, 1)
	go func() { dictc <- s.dictTermLists(files) }()
	normed := s.normTerms(files, nTerms)
	// Every term of the files is in normed; anything else a rule asks
	// for is normalized here, once.
	norm := func(term string) string {
		n, ok := normed[term]
		if !ok {
			n = s.norm(term)
			normed[term] = n
		}
		return n
	}
	exprs := <-exprsc
	for _, f := range files {
		for _, w := range f.NegativeKeys {
			s.negative[norm(w)] = true
		}
		for _, w := range f.GenericKeys {
			s.generic[norm(w)] = true
		}
		for _, w := range f.LabelKeys {
			s.label[norm(w)] = true
		}
		for _, w := range f.ValueKeys {
			s.valueKey[norm(w)] = true
		}
		for _, w := range f.TextKeys {
			s.text = append(s.text, norm(w))
		}
		for _, w := range f.DataLabelKeys {
			s.dataLabel[norm(w)] = true
		}
		for _, w := range f.TypeKeys {
			s.typeKey[norm(w)] = true
		}
		for _, r := range f.Records {
			for _, m := range r.Markers {
				s.record[norm(m)] = r.Kind
			}
		}
		for _, r := range f.RecordTypes {
			for _, m := range r.Markers {
				s.recType[norm(m)] = r.Kind
			}
		}
		for i := range f.Rules {
			r := &f.Rules[i]
			if prev, ok := seen[r.ID]; ok {
				errs = append(errs, &Error{File: r.File, Line: r.Line, Rule: r.ID,
					Err: fmt.Errorf("duplicate id (first at %s:%d)", prev.File, prev.Line)})
				continue
			}
			seen[r.ID] = r
			c, err := compileRule(r, opts, norm, exprs)
			if err != nil {
				for _, e := range unjoin(err) {
					line := r.Line
					var fe fieldError
					if errors.As(e, &fe) && r.Lines[fe.field] > 0 {
						line = r.Lines[fe.field]
					}
					errs = append(errs, &Error{File: r.File, Line: line, Rule: r.ID, Err: e})
				}
				continue
			}
			s.rules = append(s.rules, c)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	slices.SortFunc(s.rules, func(a, b *Compiled) int { return cmp.Compare(a.ID, b.ID) })
	// What needs no dictionary terms is done while they may still be being
	// written out on the other core.
	s.sections = make([]uint64, (len(s.rules)+63)/64)
	s.contextual = make([]uint64, len(s.sections))
	for i, c := range s.rules {
		c.Index = i
		if c.section {
			s.sections[i/64] |= 1 << (i % 64)
		}
		if len(c.context) > 0 || c.ContextDict != "" {
			s.contextual[i/64] |= 1 << (i % 64)
		}
		if c.valueAlone && c.kinds&String != 0 {
			for b := range 256 {
				if c.pre.first == nil || c.pre.first[b] {
					s.byFirst[b] = append(s.byFirst[b], c)
				}
			}
		}
		c.valueGate = &s.valueGate
		// Literals gate only the expressions of the backtracking engine:
		// a DFA or a class-run matcher reads the value in one pass, faster
		// than the value can be indexed.
		c.valueLits = litSet{all: true}
		if _, ok := c.value.(*re2Matcher); ok {
			c.valueLits = s.valueGate.add(c.pre.literals)
		}
		if c.find != nil {
			s.finders = append(s.finders, c)
			c.findLits = s.gate.add(c.findPre.literals)
			c.findKeywords = s.gate.add(c.lowKeywords)
		}
	}
	// The gates are complete: no literal needs finding in them any more.
	s.gate.places, s.valueGate.places = nil, nil
	dicts := <-dictc
	for i, c := range s.rules {
		for role, terms := range [][]string{c.keys, c.context, c.notKeys, c.notContext} {
			for _, t := range terms {
				s.terms[t] = append(s.terms[t], termRef{rule: int32(i), role: termRole(role)})
			}
		}
		for _, t := range c.exactKeys {
			s.exact[t] = append(s.exact[t], int32(i))
		}
		for _, t := range dicts.keys[c.KeyDict] {
			s.terms[t] = append(s.terms[t], termRef{rule: int32(i), role: roleDictKey})
		}
	}
	// Dictionary contexts last, when every rule's own terms are known.
	for i, c := range s.rules {
		if c.ContextDict != "" {
			s.addDictContext(int32(i), dicts.context[c.ContextDict])
		}
	}
	return s, nil
}

// splitSynonyms returns the words of the synonyms of files, split as
// splitTerm splits them: those of synonym k of file i are split[i][k].
// They are split on every core, in runs of synonyms of a file, each run's
// words kept in one array (a slice of its own for each of some 30,000
// synonyms cost as many allocations).
func splitSynonyms(files []*File) [][][]string {
	const run = 1024
	type span struct{ file, from, to int }
	var spans []span
	split := make([][][]string, len(files))
	for i, f := range files {
		split[i] = make([][]string, len(f.Synonyms))
		for from := 0; from < len(f.Synonyms); from += run {
			spans = append(spans, span{i, from, min(from+run, len(f.Synonyms))})
		}
	}
	parallel(len(spans), func(k int) {
		sp := spans[k]
		syns, parts := files[sp.file].Synonyms[sp.from:sp.to], split[sp.file][sp.from:sp.to]
		// Most synonyms are one word or two: an array that outgrows this
		// leaves the words split so far where they are, which is as good.
		words := make([]string, 0, 2*len(syns))
		for j, syn := range syns {
			n := len(words)
			words = splitTerm(words, syn.Word)
			parts[j] = words[n:len(words):len(words)]
		}
	})
	return split
}

// buildSynonyms fills the set's synonyms from the synonyms of files, split
// by splitSynonyms: a word a later file gives again means what the later
// one says. Some 30,000 synonyms mean some 500 things: each meaning is
// split once.
func (s *Set) buildSynonyms(files []*File, split [][][]string, nSyn int) {
	s.synonyms = make(map[string][]string, nSyn)
	s.synHeads = make(map[string]bool, nSyn/6)
	means := make(map[string][]string, 1024)
	for fi, f := range files {
		for k, syn := range f.Synonyms {
			w := join(split[fi][k])
			m, ok := means[syn.Means]
			if !ok {
				m = splitTerm(nil, syn.Means)
				means[syn.Means] = m
			}
			s.synonyms[w] = m
			s.synHeads[w[:min(3, len(w))]] = true
			s.synMax = max(s.synMax, len(w))
		}
	}
}

// buildVocab fills the set's vocabulary: the words of the synonyms (split
// by splitSynonyms) and of the terms of files, the one-word entries of the
// dictionaries that name fields, extraVocabulary, and the plain words. The
// vocabulary is a set: what order words come in, and how often, makes no
// difference.
func (s *Set) buildVocab(files []*File, split [][][]string, d *Dictionaries, nTerms int) {
	// A term is split once, however many rules name it, into words a
	// slice reused from term to term.
	inVocab := make(map[string]bool, nTerms)
	var words []string
	addVocab := func(term string) {
		if !inVocab[term] {
			inVocab[term] = true
			words = s.addVocab(words[:0], term)
		}
	}
	keyDictWords := map[string]bool{}
	for fi, f := range files {
		for k, syn := range f.Synonyms {
			// The pieces of a word with digits in it (Arabizi's tat3im) are
			// no words: "im" in the vocabulary would split "import".
			if strings.ContainsFunc(syn.Word, isDigit) {
				continue
			}
			for _, p := range split[fi][k] {
				if len(p) >= 2 {
					s.vocab[p] = struct{}{}
				}
			}
		}
		for _, list := range [][]string{f.NegativeKeys, f.GenericKeys, f.LabelKeys, f.ValueKeys, f.TextKeys, f.TypeKeys, f.DataLabelKeys} {
			for _, t := range list {
				addVocab(t)
			}
		}
		for _, r := range slices.Concat(f.Records, f.RecordTypes) {
			addVocab(r.Kind)
			for _, t := range r.Markers {
				addVocab(t)
			}
		}
		for _, r := range f.Rules {
			for _, terms := range [][]string{r.Keys, r.Context, r.NotKeys, r.NotContext} {
				for _, t := range terms {
					// "=hr" names a whole field: it splits no glued one.
					if !strings.HasPrefix(t, "=") {
						addVocab(t)
					}
				}
			}
			if r.KeyDict != "" && !keyDictWords[r.KeyDict] {
				keyDictWords[r.KeyDict] = true
				s.addDictWords(d.raw[r.KeyDict])
			}
		}
	}
	for _, w := range extraVocabulary {
		addVocab(w)
	}
	// Plain English words stay whole (rules/dict/plain_words.txt).
	s.addDictWords(d.raw["plain_words"])
}

// normTerms returns the terms of files (their key lists, the markers of
// their records and the terms of their rules, "=" taken off) normalized
// by norm, each once, on every core: norm only reads the vocabulary and
// the synonyms, which are complete.
func (s *Set) normTerms(files []*File, nTerms int) map[string]string {
	// The map is filled in two passes: the terms first, each once, then
	// what they normalize to.
	normed := make(map[string]string, nTerms)
	var terms []string
	add := func(list []string) {
		for _, t := range list {
			t = strings.TrimPrefix(t, "=")
			if _, ok := normed[t]; !ok {
				normed[t] = ""
				terms = append(terms, t)
			}
		}
	}
	for _, f := range files {
		for _, list := range [][]string{f.NegativeKeys, f.GenericKeys, f.LabelKeys, f.ValueKeys, f.TextKeys, f.TypeKeys, f.DataLabelKeys} {
			add(list)
		}
		for _, r := range slices.Concat(f.Records, f.RecordTypes) {
			add(r.Markers)
		}
		for _, r := range f.Rules {
			add(r.Keys)
			add(r.Context)
			add(r.NotKeys)
			add(r.NotContext)
		}
	}
	out := make([]string, len(terms))
	parallel(len(terms), func(i int) { out[i] = s.norm(terms[i]) })
	for i, t := range terms {
		normed[t] = out[i]
	}
	return normed
}

// addVocab adds the words of a term to the vocabulary that splits glued
// field names. Only single words: "appver" must split into app + ver for
// the synonyms to write it out. The words are split into buf, which is
// returned for the next term.
func (s *Set) addVocab(buf []string, term string) []string {
	buf = splitTerm(buf, term)
	for _, w := range buf {
		if len(w) >= 2 {
			s.vocab[w] = struct{}{}
		}
	}
	return buf
}

// addDictWords puts the one-word entries of a dictionary whose entries
// name fields (key_dict) in the vocabulary: a field named by one of them
// is that word, not pieces of others ("depression" is no "de pression",
// French for pressure).
func (s *Set) addDictWords(list []byte) {
	// The entries are pieces of a list loaded once and never changed: the
	// vocabulary keeps them without a copy.
	eachEntry(list, func(w []byte) {
		if len(w) >= 5 && !slices.ContainsFunc(w, notInWord) {
			s.vocab[unsafeString(w)] = struct{}{}
		}
	})
}

// notInWord reports the bytes of a dictionary entry that make it no one
// word of the vocabulary: ' ', '-', '_', '.', '/' and digits. (A byte
// at a time, as bytes.ContainsAny would have it, which made its set of
// bytes anew for each of some 20,000 entries.)
func notInWord(c byte) bool {
	return c == ' ' || c == '-' || c == '_' || c == '.' || c == '/' || c >= '0' && c <= '9'
}

// isDigit reports an ASCII digit.
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// extraVocabulary holds common words of field names that are no rule's
// terms, so that glued names around them still split ("userfirstname").
var extraVocabulary = []string{
	"user", "users", "account", "profile", "info", "data", "detail", "details", "config", "division", "divisions", "formatted",
	"settings", "current", "default", "primary", "secondary", "home", "work", "main",
	"new", "old", "raw", "my", "the", "of", "for", "to", "at", "by", "on", "in", "is", "has",
	"get", "set", "list", "item", "items", "record", "entry", "field", "obj", "object",
	"customer", "client", "member", "owner", "person", "contact", "device", "devices",
	"last", "first", "local", "remote", "public", "private", "internal", "external",
	"app", "api", "web", "site", "url", "uri", "link", "code", "str", "txt", "text",
	"time", "date", "ts", "stamp", "type", "kind", "value", "val", "num", "no", "nr",
	// Names of products and protocols, so that they are never split.
	"gitlab", "github", "bitbucket", "slack", "stripe", "twilio", "sendgrid", "mailgun", "google",
	"amazon", "alexa", "facebook", "twitter", "apple", "android", "ios", "linux", "windows",
	"docker", "kubernetes", "postgres", "postgresql", "mysql", "redis", "mongo", "mongodb",
	"elastic", "kibana", "grafana", "jenkins", "sentry", "datadog", "newrelic", "heroku",
	"netlify", "vercel", "cloudflare", "azure", "aws", "gcp", "firebase", "supabase", "okta",
	"auth0", "shopify", "paypal", "square", "zendesk", "hubspot", "salesforce", "intercom",
	"segment", "mixpanel", "amplitude", "webhook", "oauth", "openid", "ldap", "saml", "smtp",
	"imap", "sftp", "ssh", "vpn", "wireguard", "openvpn", "ipsec", "pppoe", "ddns", "dhcp",
	"dns", "ntp", "snmp", "upnp", "mqtt", "http", "https", "tcp", "udp", "sdk", "wyze",
	"ownership", "membership", "relationship", "partnership", "hardship", "scholarship",
}

func compileRule(r *Rule, opts CompileOptions, normTerm func(string) string, exprs compiledExprs) (*Compiled, error) {
	c := &Compiled{Rule: *r}
	var errs []error
	cat, ok := ParseCategory(r.Category)
	if !ok {
		errs = append(errs, fmt.Errorf("unknown category %q", r.Category))
	}
	c.Cat = cat
	if len(r.On) == 0 {
		c.kinds = String | Number
	}
	for _, o := range r.On {
		switch o {
		case "string":
			c.kinds |= String
		case "number":
			c.kinds |= Number
		case "bool":
			c.kinds |= Bool
		}
	}
	norm := func(terms []string) []string {
		out := make([]string, 0, len(terms))
		for _, t := range terms {
			if n := normTerm(t); n != "" {
				out = append(out, n)
			}
		}
		return out
	}
	for _, k := range r.Keys {
		if strings.HasPrefix(k, "=") {
			c.exactKeys = append(c.exactKeys, normTerm(k[1:]))
		} else if n := normTerm(k); n != "" {
			c.keys = append(c.keys, n)
		}
	}
	c.context = norm(r.Context)
	c.notKeys, c.notContext = norm(r.NotKeys), norm(r.NotContext)
	var err error
	if r.Value != "" {
		if c.value, c.pre, err = exprs.get(r.Value, true, opts.MatchTimeout); err != nil {
			errs = append(errs, fieldError{"value", fmt.Errorf("value: %w", err)})
		}
	} else {
		c.pre = prefilter{maxLen: -1, allow: ClassAll}
	}
	if r.MinLen > 0 {
		c.pre.minLen = max(c.pre.minLen, r.MinLen)
	}
	if r.MaxLen > 0 {
		if c.pre.maxLen < 0 || r.MaxLen < c.pre.maxLen {
			c.pre.maxLen = r.MaxLen
		}
	}
	if r.Find != "" {
		if c.find, c.findPre, err = exprs.get(r.Find, false, opts.MatchTimeout); err != nil {
			errs = append(errs, fieldError{"find", fmt.Errorf("find: %w", err)})
		}
		// The whole text, for validators that read it word by word: no
		// engine needs to walk it first.
		c.wholeText = r.Find == WholeText
	}
	for _, k := range r.Keywords {
		c.keywords = append(c.keywords, []byte(k))
		c.lowKeywords = append(c.lowKeywords, bytes.ToLower([]byte(k)))
	}
	for _, v := range r.Validate {
		fn, err := lookupValidator(v, opts.Dictionaries)
		if err != nil {
			errs = append(errs, fieldError{"validate", err})
			continue
		}
		c.validators = append(c.validators, fn)
		if vetoValidators[v] {
			c.vetoes = append(c.vetoes, fn)
		}
	}
	c.dictFirst = len(r.Validate) > 0
	if list, ok := strings.CutPrefix(strings.Join(r.Validate, ","), "dict-term:"); ok && c.wholeText && len(c.validators) == 1 && opts.Dictionaries != nil {
		c.term, c.termDicts, c.termSet = list, opts.Dictionaries, opts.Dictionaries.filter(list)
	}
	if list, ok := strings.CutPrefix(strings.Join(r.Validate, ","), "dict:"); ok && len(c.validators) == 1 && opts.Dictionaries != nil {
		c.dict, c.dictDicts, c.dictSet = list, opts.Dictionaries, opts.Dictionaries.filter(list)
	}
	for _, v := range r.Validate {
		// Dictionary look-ups, and the IP check that turns "72.5" away at
		// its first byte, are cheaper than the expression engine.
		if !strings.HasPrefix(v, "dict") && v != "person-name" && v != "ip-or-endpoint" && v != "ip-or-range" {
			c.dictFirst = false
		}
	}
	// Without a value expression, the keywords and validators of a rule
	// that finds in free text are for what it finds.
	c.hasValueCheck = c.value != nil || r.MinLen > 0 || r.MaxLen > 0 ||
		(c.find == nil && (len(c.keywords) > 0 || len(c.validators) > 0))
	if len(errs) > 0 {
		// What evidence the rule has is moot until its fields compile.
		return c, errors.Join(errs...)
	}
	if r.ContextDict != "" && opts.Dictionaries.filter(r.ContextDict) == nil {
		errs = append(errs, fieldError{"context_dict", fmt.Errorf("context_dict: no dictionary %q (have %s)", r.ContextDict, strings.Join(opts.Dictionaries.Names(), ", "))})
	}
	switch {
	case r.KeyDict != "":
		// Keys from a dictionary: a keyed rule, whatever else it has.
		if opts.Dictionaries.filter(r.KeyDict) == nil {
			errs = append(errs, fieldError{"key_dict", fmt.Errorf("key_dict: no dictionary %q (have %s)", r.KeyDict, strings.Join(opts.Dictionaries.Names(), ", "))})
		}
	case len(c.keys) == 0 && len(c.exactKeys) > 0:
		c.keys = nil
		if r.ValueConfidence > 0 {
			c.valueAlone = true
		}
	case len(c.keys) == 0 && len(c.context) > 0 && c.find == nil && len(c.keywords) == 0:
		// A section rule: what lies under the context is evidence, of a
		// value that passes the rule's checks if it has any (a cookie
		// jar's random values). Never a rule of values alone: its
		// context is what it needs.
		c.section = true
	case len(c.keys) == 0 && !c.hasValueCheck && c.find == nil:
		errs = append(errs, errors.New("no evidence: give keys, a value expression, keywords, validators or find"))
	case len(c.keys) == 0 && c.hasValueCheck:
		c.valueAlone = true
		if c.value == nil && len(c.keywords) == 0 && len(c.validators) == 0 {
			errs = append(errs, errors.New("a rule without keys needs a value expression, keywords or validators"))
		}
	case len(c.keys) > 0 && r.ValueConfidence > 0:
		c.valueAlone = true
		if !c.hasValueCheck {
			errs = append(errs, errors.New("value_confidence without a value check"))
		}
	}
	if r.KeyConfidence > 0 && !c.hasValueCheck {
		errs = append(errs, errors.New("key_confidence without a value check: use confidence"))
	}
	c.findNotKeys = c.find != nil && len(c.keys) == 0 && len(c.exactKeys) == 0 && len(c.context) == 0 && len(c.notKeys) > 0
	return c, errors.Join(errs...)
}

// A fieldError is a problem of one field of a rule, reported on its line.
type fieldError struct {
	field string
	err   error
}

func (e fieldError) Error() string { return e.err.Error() }
func (e fieldError) Unwrap() error { return e.err }

// unjoin splits an errors.Join.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// A matcher runs one expression. Both engines search for a match anywhere
// in the value; an expression anchors itself with ^ and $.
type matcher interface {
	match(v []byte) (bool, error)
	// index returns the first match in v at or after from, or -1.
	index(v []byte, from int) (start, end int, err error)
}

// An exprKey names an expression of a rule: whole for a value expression,
// which may get a class matcher.
type exprKey struct {
	expr  string
	whole bool
}

type compiledExpr struct {
	m   matcher
	pre prefilter
	err error
}

// compiledExprs holds the expressions of a set's rules, compiled.
type compiledExprs map[exprKey]compiledExpr

// compileExprs compiles the expressions of the rules of files, on every
// core: they are most of the work of Compile. An expression that several
// rules name is compiled once and shared: a matcher is immutable (a DFA is
// safe for concurrent use), and rules copy the prefilter.
func compileExprs(files []*File, timeout time.Duration, checked bool) compiledExprs {
	var keys []exprKey
	have := map[exprKey]bool{}
	for _, f := range files {
		for _, r := range f.Rules {
			for _, k := range []exprKey{{r.Value, true}, {r.Find, false}} {
				if k.expr != "" && !have[k] {
					have[k] = true
					keys = append(keys, k)
				}
			}
		}
	}
	done := make([]compiledExpr, len(keys))
	parallel(len(keys), func(i int) {
		m, pre, err := compileExpr(keys[i].expr, timeout, keys[i].whole, checked)
		done[i] = compiledExpr{m, pre, err}
	})
	exprs := make(compiledExprs, len(keys))
	for i, k := range keys {
		exprs[k] = done[i]
	}
	return exprs
}

// get returns the compiled expression, compiling it if it is not there.
func (e compiledExprs) get(expr string, whole bool, timeout time.Duration) (matcher, prefilter, error) {
	if c, ok := e[exprKey{expr, whole}]; ok {
		return c.m, c.pre, c.err
	}
	return compileExpr(expr, timeout, whole, false)
}

// compileExpr compiles an expression written in regexp2's syntax. Where
// Go's linear-time engine accepts it too, that engine runs it: it is much
// faster and cannot be driven into catastrophic backtracking. (Where the
// dialects differ, Go's \d, \w and \b are ASCII-only; the tests check that
// both engines agree on every example of the default rules.) The prefilter
// is derived from Go's parse of the expression. A value expression
// (whole) of the simplest shape gets a class matcher and no engine.
//
// Go's expression is parsed once, for the prefilter, the class matcher
// and the automaton; regexp2 only parses it, to hold it to its own syntax,
// and compiles it only where Go's engine cannot run it.
func compileExpr(expr string, timeout time.Duration, whole, checked bool) (matcher, prefilter, error) {
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		re2, err := regexp2.Compile(expr)
		if err != nil {
			return nil, prefilter{}, fmt.Errorf("invalid expression: %v", err)
		}
		re2.MatchTimeout = timeout
		return &re2Matcher{re2}, prefilter{maxLen: -1, allow: ClassAll}, nil
	}
	if !checked {
		if _, err := re2syntax.Parse(expr, re2syntax.ParseOptions{}); err != nil {
			return nil, prefilter{}, fmt.Errorf("invalid expression: %v", err)
		}
	}
	simple := parsed.Simplify()
	pre := derivePrefilter(simple)
	if whole {
		if cm := newClassMatcher(parsed); cm != nil {
			return cm, pre, nil
		}
	}
	return newStdMatcher(expr, simple), pre, nil
}

// A stdMatcher answers whether a value matches with a lazy DFA, and runs
// Go's engine where the positions of a match are needed, or when the DFA
// has grown too large to say. Go's engine is compiled on its first use:
// most expressions never need it, and compiling it (its one-pass analysis
// above all) cost more at start-up than all the rest of an expression.
type stdMatcher struct {
	re  func() *regexp.Regexp
	dfa func() *dfa
	// loc finds where a match starts, made on first use like re; nil
	// when it cannot be made. at is re anchored at the text's start, for
	// a text cut where loc found the match: Go's engine then tries no
	// other start (it adds every start's threads until it has a match).
	loc func() *locator
	at  func() *regexp.Regexp
}

// newStdMatcher returns the matcher of expr, given its simplified parse.
func newStdMatcher(expr string, simple *syntax.Regexp) *stdMatcher {
	return &stdMatcher{
		// A parse that succeeded compiles.
		re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) }),
		// The automaton too is made on first use: of some 250
		// expressions a scan may need a few dozen, and making them all
		// was a tenth of the start-up.
		dfa: sync.OnceValue(func() *dfa { return newDFAOf(simple) }),
		loc: sync.OnceValue(func() *locator {
			prog, err := syntax.Compile(simple)
			if err != nil {
				return nil
			}
			return newLocator(prog)
		}),
		at: sync.OnceValue(func() *regexp.Regexp {
			// nil if the wrapping fails (an expression at the limit of
			// nesting): the text is then searched as it is.
			re, _ := regexp.Compile(`^(?:` + expr + `)`)
			return re
		}),
	}
}

func (m *stdMatcher) match(v []byte) (bool, error) {
	if ok, known := m.dfa().match(v); known {
		return ok, nil
	}
	return m.re().Match(v), nil
}

// index returns the first match, or its first group where the expression
// has one, so that a finder may look at what stands before a value
// ("(?:^|\s)(ip)" finds an address that does not follow a "v" or a "/").
func (m *stdMatcher) index(v []byte, from int) (int, int, error) {
	if !m.dfa().mayMatch(v[from:]) {
		return -1, -1, nil
	}
	// Go's engine tries every start position up to the match, and each
	// costs it more than the automaton's run from there: the automaton
	// finds where the match starts, and the engine, anchored, starts
	// there. Among the matches that start at one place, both engines
	// choose alike.
	re := m.re()
	if l := m.loc(); l != nil {
		if at, ok := l.leftmost(v[from:]); ok {
			if a := m.at(); a != nil {
				from += at
				re = a
			}
		}
	}
	if re.NumSubexp() == 0 {
		loc := re.FindIndex(v[from:])
		if loc == nil {
			return -1, -1, nil
		}
		return from + loc[0], from + loc[1], nil
	}
	loc := re.FindSubmatchIndex(v[from:])
	if loc == nil {
		return -1, -1, nil
	}
	if loc[2] >= 0 {
		return from + loc[2], from + loc[3], nil
	}
	return from + loc[0], from + loc[1], nil
}

type re2Matcher struct{ re *regexp2.Regexp }

func (m *re2Matcher) match(v []byte) (bool, error) {
	ok, err := m.re.MatchString(unsafeString(v))
	if err != nil {
		// regexp2's error quotes the input: never pass it on.
		return false, ErrMatchTimeout
	}
	return ok, nil
}

func (m *re2Matcher) index(v []byte, from int) (int, int, error) {
	locs, err := m.re.FindAllStringIndex(unsafeString(v[from:]), 1)
	if err != nil {
		return -1, -1, ErrMatchTimeout
	}
	if len(locs) == 0 {
		return -1, -1, nil
	}
	return from + locs[0][0], from + locs[0][1], nil
}

// Rules returns the compiled rules, sorted by id.
func (s *Set) Rules() []*Compiled { return s.rules }

// Rule returns the rule with the given id, or nil.
func (s *Set) Rule(id string) *Compiled {
	i, ok := slices.BinarySearchFunc(s.rules, id, func(c *Compiled, id string) int { return cmp.Compare(c.ID, id) })
	if !ok {
		return nil
	}
	return s.rules[i]
}

// Dictionaries returns the dictionaries the set looks values up in.
func (s *Set) Dictionaries() *Dictionaries { return s.dicts }

// Kinds returns the leaf kinds the rule looks at.
func (c *Compiled) Kinds() Kind { return c.kinds }

// vetoValidators name the validators that, failed, say what a value is
// instead of what the rule looks for.
var vetoValidators = map[string]bool{"not-dotted-name": true, "not-org-name": true, "not-type-name": true, "not-lower-word": true, "not-school-district": true}

// Vetoed reports whether a veto validator refuses v: the value is
// something else (Django's "installaties.batterij" under model, "Cedar
// Grove Nursing Services" under name), and the key alone does not make it
// the rule's.
func (c *Compiled) Vetoed(v []byte, d *Dictionaries) bool {
	for _, fn := range c.vetoes {
		if !fn(v, d) {
			return true
		}
	}
	return false
}

// HasValueCheck reports whether the rule checks values (expression,
// keywords, validators or lengths).
func (c *Compiled) HasValueCheck() bool { return c.hasValueCheck }

// ValueAlone reports whether a value match suffices without key evidence.
func (c *Compiled) ValueAlone() bool { return c.valueAlone }

// Section reports whether the rule applies to whatever lies under its
// context.
func (c *Compiled) Section() bool { return c.section }

// Finds reports whether the rule searches free text.
func (c *Compiled) Finds() bool { return c.find != nil }

// FindNotKeys reports a finder with no keys of its own whose not_keys name
// fields whose text it does not search (a questionnaire's question names a
// symptom it does not report).
func (c *Compiled) FindNotKeys() bool { return c.findNotKeys }

// MatchValue reports whether v passes the rule's value checks: the
// prefilter, the keywords, the expression, then the validators. s is
// ShapeOf(v). The error is ErrMatchTimeout at most, and never holds v.
func (c *Compiled) MatchValue(v []byte, s Shape, d *Dictionaries) (bool, error) {
	if !c.pre.pass(v, s) || !c.pre.hasLiteral(v, false) {
		return false, nil
	}
	return c.matchValue(v, d, nil)
}

// MayMatchShape reports whether a value of shape s whose first byte is
// first may pass the rule's value prefilter, its length aside: what a
// caller may cache by shape.
func (c *Compiled) MayMatchShape(first byte, s Shape) bool {
	p := &c.pre
	return s&^p.allow == 0 && p.has(s) && (p.first == nil || p.first[first])
}

// MatchIndexed is MatchValue for a caller that tries many rules on one
// value: the literals the rules require are looked for once, on the first
// rule that asks, for all rules. vi must be Reset for each value.
func (c *Compiled) MatchIndexed(v []byte, vi *ValueIndex, s Shape, d *Dictionaries) (bool, error) {
	if !c.pre.pass(v, s) {
		return false, nil
	}
	if !c.valueLits.all {
		if !vi.ready {
			c.valueGate.index(vi, v)
		}
		if !c.valueLits.in(vi.has) {
			return false, nil
		}
	}
	return c.matchValue(v, d, vi)
}

// matchValue is the rest of MatchValue; vi, if not nil, holds what other
// rules found of v.
func (c *Compiled) matchValue(v []byte, d *Dictionaries, vi *ValueIndex) (bool, error) {
	if len(c.keywords) > 0 {
		// The keywords gate the expression, which decides: they are
		// looked for in either case, as a finder's are in lowered text
		// ("1 TAB PO BID" holds the keyword "tab").
		found := false
		for _, k := range c.lowKeywords {
			if containsFold(v, k) {
				found = true
				break
			}
		}
		if !found {
			return false, nil
		}
	}
	// A dictionary look-up is cheaper than most expressions: it goes first.
	if c.dict != "" && vi != nil {
		ws := c.dictSet
		if d != c.dictDicts {
			ws = d.filter(c.dict)
		}
		if !vi.entry.ready {
			vi.entry.set(v)
		}
		if !ws.hasEntry(&vi.entry) {
			return false, nil
		}
	} else if c.dictFirst {
		for _, fn := range c.validators {
			if !fn(v, d) {
				return false, nil
			}
		}
	}
	if c.value != nil {
		ok, err := c.value.match(v)
		if err != nil {
			return false, &TimeoutError{Rule: c.ID}
		}
		if !ok {
			return false, nil
		}
	}
	if !c.dictFirst {
		for _, fn := range c.validators {
			if !fn(v, d) {
				return false, nil
			}
		}
	}
	return true, nil
}

// FindIn calls yield with the bounds of each match of the rule's find
// expression in text that passes its validators, until yield returns false.
// s is ShapeOf(text) and lower is text as AppendLower writes it, for the
// prefilters.
func (c *Compiled) FindIn(text, lower []byte, s Shape, d *Dictionaries, yield func(start, end int) bool) error {
	if c.find == nil || len(text) < c.findPre.minLen || !c.findPre.has(s) || !c.findPre.hasLiteral(lower, true) {
		return nil
	}
	// In free text, keywords are matched whatever their case.
	if len(c.lowKeywords) > 0 {
		found := false
		for _, k := range c.lowKeywords {
			if bytes.Contains(lower, k) {
				found = true
				break
			}
		}
		if !found {
			return nil
		}
	}
	return c.findAll(text, d, yield)
}

// Find is FindIn for a text indexed by IndexText of the rule's set: the
// literals and keywords were looked for once, for all finders.
func (c *Compiled) Find(text []byte, ti *TextIndex, s Shape, d *Dictionaries, yield func(start, end int) bool) error {
	if c.find == nil || len(text) < c.findPre.minLen || !c.findPre.has(s) ||
		!c.findLits.in(ti.has) || !c.findKeywords.in(ti.has) {
		return nil
	}
	if c.term != "" {
		if c.hasTerm(text, ti, d) && len(text) > 0 {
			yield(0, len(text))
		}
		return nil
	}
	return c.findAll(text, d, yield)
}

// Found reports whether the indexed text holds a match of the rule's find
// expression that passes its validators: Find, stopped at the first match.
// Without validators, the match need not be located, and the expression's
// automaton answers alone.
func (c *Compiled) Found(text []byte, ti *TextIndex, s Shape, d *Dictionaries) (bool, error) {
	if c.find == nil || len(text) < c.findPre.minLen || !c.findPre.has(s) ||
		!c.findLits.in(ti.has) || !c.findKeywords.in(ti.has) {
		return false, nil
	}
	if c.term != "" {
		return c.hasTerm(text, ti, d) && len(text) > 0, nil
	}
	if m, ok := c.find.(*stdMatcher); ok && len(c.validators) == 0 {
		if found, known := m.dfa().match(text); known {
			return found, nil
		}
	}
	found := false
	err := c.findAll(text, d, func(int, int) bool {
		found = true
		return false
	})
	return found, err
}

// hasTerm is the dict-term validator of a term finder on an indexed text.
func (c *Compiled) hasTerm(text []byte, ti *TextIndex, d *Dictionaries) bool {
	ws := c.termSet
	if d != c.termDicts {
		ws = d.filter(c.term)
	}
	if ws == nil {
		return false
	}
	if !ti.terms.ready {
		ti.terms.index(text)
	}
	return ws.hasTermIn(&ti.terms)
}

// WholeText is the find expression that hands a whole text to the rule's
// validators (dict-term reads it word by word); it is not run.
const WholeText = `(?s)^.+$`

func (c *Compiled) findAll(text []byte, d *Dictionaries, yield func(start, end int) bool) error {
	if c.wholeText {
		for _, fn := range c.validators {
			if !fn(text, d) {
				return nil
			}
		}
		if len(text) > 0 {
			yield(0, len(text))
		}
		return nil
	}
	for from := 0; from < len(text); {
		start, end, err := c.find.index(text, from)
		if err != nil {
			return &TimeoutError{Rule: c.ID}
		}
		if start < 0 {
			return nil
		}
		ok := true
		for _, fn := range c.validators {
			if !fn(text[start:end], d) {
				ok = false
				break
			}
		}
		if ok && !yield(start, end) {
			return nil
		}
		if ok {
			from = max(end, start+1)
			continue
		}
		// A match the validators turned away may hide one inside it ("Call
		// Ana García"): search again from the next word.
		from = start + 1
		for from < len(text) && isWordByte(text[from]) && isWordByte(text[from-1]) {
			from++
		}
	}
	return nil
}

// isWordByte is Go's \w, on one byte.
func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
