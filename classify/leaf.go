package classify

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/maphash"
	"math/bits"
	"slices"
	"unsafe"

	"github.com/leakscope/leakscope/internal/jsonstr"
	"github.com/leakscope/leakscope/rules"
)

// A state is one worker's scratch space: its path cache, its walkers and
// buffers, and the findings of the documents it is working on. It is used
// by one goroutine at a time.
type state struct {
	c     *Classifier
	root  *node
	nodes int
	tick  uint32   // documents begun, for node.used
	ticks []uint32 // scratch of prune
	found int      // nodes found in the cache since it was last full
	keys  rules.KeyCache
	// recNames is scratch of markRecord.
	recNames []string
	outer    walker
	inner    walker // for JSON found inside a string

	valBuf, innerBuf, keyBuf []byte
	digitBuf                 []byte           // a value's native digits written as ASCII (asciiDigits)
	tagBuf                   []byte           // a value's text without its HTML tags (stripTags)
	origV                    []byte           // the value as it was, when the leaf's is digitBuf; else nil
	text                     rules.TextIndex  // of the prose being searched
	vi                       rules.ValueIndex // of the value being judged
	byShape                  map[uint32][]*rules.Compiled
	// ruleLists holds each distinct list of byShape once, by its rules'
	// indices: most shapes of a first byte leave the same rules, and a
	// list per shape was megabytes a worker.
	ruleLists map[string][]*rules.Compiled
	listKey   []byte
	listBuf   []*rules.Compiled

	best   [rules.NumCategories]hit // of the current leaf
	inBest [rules.NumCategories]hit // merged over the leaves of inner JSON
	stamp  []uint32                 // per rule: the leaf it was last tried on
	gen    uint32
	// explained says the current leaf's own key and value agreed on a rule.
	explained bool

	memo memo         // what recent leaves came to
	seed maphash.Seed // of the path nodes' child tables

	// hdr is the header found beside the rows of a table (columnLabel):
	// the document and object it was read for, and its names' bounds.
	hdr struct {
		tick        uint32
		start       int
		cells       []int32
		row, rowLen int // the last row measured, and its length
	}
	// queryBuf and queryDec are scratch of query (query.go).
	queryBuf, queryDec []byte
	// refs holds the ids and titles of the document's objects, for cells
	// that name their column by its id (refs.go).
	refs struct {
		tick uint32
		ents []int32
	}
	// arch holds the places of an NSKeyedArchiver archive's objects and
	// keys (archiver.go).
	arch     archive
	thead    tableHead // the header of a table written as rows, lately read
	cellBuf  []int32   // a header of a table of cell objects, being read
	labelBuf []byte    // scratch of labelName
	oneName  [1]string // scratch of fieldNameValue
	macroBuf []byte    // scratch of macroName
	// csv holds the headers of delimited text found lately (csv.go).
	csv csvCache
	// names holds where the names maps of objects looked at lately are
	// (names.go).
	names namesCache
	// enc is scratch of decoded (base64.go): the text a value encodes,
	// and that text as JSON.
	enc struct{ text, json []byte }

	// Leaves waiting for their record to be known, their values, and
	// scratch of judgePending.
	pending []pendingLeaf
	pendVal []byte
	saved   []frame

	// Column evidence: the snapshot for the batch, and the nodes whose
	// evidence the batch added to.
	snap    map[string]*[rules.NumCategories]*rules.Compiled
	snapGen uint32
	touched []*node

	// res receives the findings: the batch's being worked on, or own.
	res *results
	own results

	// Per document: rules that timed out are off for the rest of it.
	timedOut   []uint64
	anyTimeout bool
	// Per document: the secrets found by their keys, to know them again
	// (echo).
	secrets secretEcho

	_ [64]byte // keep the next worker's state off this cache line
}

// results are the findings of a run of documents: paths are appended to
// paths, and a finding holds its bounds there.
type results struct {
	findings []rawFinding
	paths    []byte
	warnings []warning
}

type hit struct {
	conf float64
	rule *rules.Compiled
}

type rawFinding struct {
	pathStart, pathEnd int32
	start, end         int32 // the leaf's token in the document
	rule               *rules.Compiled
	conf               float64
	// With Options.Reveal, the value follows the path in paths.
	valueEnd int32
}

type warning struct {
	rule      *rules.Compiled
	pathStart int32
	pathEnd   int32
}

func newState(c *Classifier) *state {
	st := &state{c: c, root: &node{}, stamp: make([]uint32, len(c.set.Rules())), seed: maphash.MakeSeed()}
	st.res = &st.own
	st.outer.st = st
	st.inner.st = st
	st.inner.inner = true
	st.timedOut = make([]uint64, (len(c.set.Rules())+63)/64)
	return st
}

// placeholders are values that stand for nothing.
var placeholders = [][]byte{
	[]byte("null"), []byte("none"), []byte("n/a"), []byte("na"), []byte("-"), []byte("unknown"),
	[]byte("undefined"), []byte("redacted"), []byte("***"), []byte("nil"), []byte("[]"), []byte("{}"),
	[]byte("hidden"), []byte("masked"), []byte("removed"), []byte("censored"), []byte("placeholder"), []byte("dummy"), []byte("latest"),
	// (A redaction's word in its marks, [hidden] or <redacted>, is
	// redactionWords'.)
	// No device's MAC: the zero and the broadcast address. (The unspecified
	// and loopback IP addresses stay: a service bound to 0.0.0.0 says how
	// a host is exposed.)
	[]byte("00:00:00:00:00:00"), []byte("ff:ff:ff:ff:ff:ff"),
	// A date a form writes when it has none.
	[]byte("1900-01-01"), []byte("0000-00-00"), []byte("0001-01-01"),
}

// stripTags appends to dst the text of v without its HTML tags: what
// lies between a '<' followed by a letter or "/" and a letter, and the
// next '>'. A tag is a word's edge: one that is no inline markup
// (<br>, <p>, <div>, <li>, <td>) leaves a space.
func stripTags(dst, v []byte) []byte {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '<' && i+1 < len(v) {
			j := i + 1
			if v[j] == '/' {
				j++
			}
			if j < len(v) && (v[j]|0x20) >= 'a' && (v[j]|0x20) <= 'z' {
				end := bytes.IndexByte(v[j:], '>')
				if end >= 0 {
					if !inlineTag(v[j:j+end]) && len(dst) > 0 && dst[len(dst)-1] != ' ' {
						dst = append(dst, ' ')
					}
					i = j + end
					continue
				}
			}
		}
		dst = append(dst, c)
	}
	return bytes.TrimSpace(dst)
}

// inlineTag reports a tag (its name and attributes) that marks up words
// inside a line: emphasis, a link, a span.
func inlineTag(t []byte) bool {
	var buf [8]byte
	n := 0
	for n < len(t) && ((t[n]|0x20) >= 'a' && (t[n]|0x20) <= 'z' || t[n] >= '0' && t[n] <= '9') {
		if n == len(buf) {
			return false
		}
		buf[n] = t[n] | 0x20
		n++
	}
	switch string(buf[:n]) {
	case "em", "b", "i", "u", "s", "strong", "mark", "span", "a", "font", "small", "big", "sup", "sub", "code", "abbr", "cite", "q", "kbd", "var", "ins", "del", "tt":
		return true
	}
	return false
}

// htmlText returns the text of v when v is one HTML element around a text
// and nothing else (<span class="badge">Online</span>, <a href="/u/7">Ana
// Li</a>), whose tag holds no address (a mailto: or a tel: link says more
// than its text); else v.
func htmlText(v []byte) []byte {
	if len(v) < 7 || v[len(v)-1] != '>' || !(v[1] >= 'a' && v[1] <= 'z' || v[1] >= 'A' && v[1] <= 'Z') {
		return v
	}
	open := bytes.IndexByte(v, '>')
	close := bytes.LastIndex(v, []byte("</"))
	if open < 0 || close <= open+1 {
		return v
	}
	text, tag := v[open+1:close], v[:open]
	if bytes.IndexByte(text, '<') >= 0 || bytes.IndexByte(text, '>') >= 0 || bytes.IndexByte(tag, '@') >= 0 || bytes.Contains(tag, []byte("tel:")) {
		return v
	}
	if text = bytes.TrimSpace(text); len(text) == 0 {
		return v
	}
	return text
}

func isPlaceholder(v []byte) bool {
	if masked(v) || typeName(v) || fieldType(v) {
		return true
	}
	if len(v) == len(awsHidden) && string(v) == awsHidden {
		return true
	}
	if templateVar(v) || versionRange(v) {
		return true
	}
	if len(v) > 20 && v[0] == 'H' && v[1] == 'K' && bytes.Contains(v, []byte("TypeIdentifier")) {
		// A HealthKit type's name (HKClinicalTypeIdentifierConditionRecord,
		// HKCorrelationTypeIdentifierBloodPressure) says what a record is,
		// not what it holds.
		return true
	}
	if !placeholderFirst[v[0]] {
		return false
	}
	wrap := wrapped(v)
	if len(v) > 17 && !wrap {
		return false
	}
	for _, p := range placeholders {
		if bytes.EqualFold(v, p) {
			return true
		}
	}
	// A word the marks of a redaction wrap: **REDACTED**, [FILTERED],
	// <<omitted>>, __HIDDEN__.
	if wrap {
		w := bytes.Trim(v, "*[]<>(){}_# ")
		for _, p := range redactionWords {
			if bytes.EqualFold(w, p) {
				return true
			}
		}
	}
	return false
}

// wrapped reports a short value that opens and closes with a mark a
// redaction writes around its word.
func wrapped(v []byte) bool {
	return len(v) >= 5 && len(v) <= 32 && bytes.IndexByte(wrapMarks, v[0]) >= 0 && bytes.IndexByte(wrapMarks, v[len(v)-1]) >= 0
}

var wrapMarks = []byte("*[]<>(){}_#")

// redactionWords are what a scrubber writes for a value it took out.
var redactionWords = [][]byte{
	[]byte("redacted"), []byte("hidden"), []byte("masked"), []byte("removed"), []byte("censored"), []byte("filtered"),
	[]byte("omitted"), []byte("scrubbed"), []byte("sanitized"), []byte("sanitised"), []byte("secret"), []byte("private"),
	[]byte("sensitive"), []byte("pii"), []byte("phi"), []byte("obfuscated"), []byte("withheld"), []byte("confidential"),
}

// awsHidden is what CloudTrail writes for the secrets of a request.
const awsHidden = "HIDDEN_DUE_TO_SECURITY_REASONS"

// typeName reports the name of a column's type standing for its value,
// as a schema or a change log writes it beside the row (Canal's
// mysqlType: {"birth_date": "date", "wifi_password": "varchar(64)"}).
func typeName(v []byte) bool {
	if v[0] < 'a' || v[0] > 'z' || len(v) > 16 {
		return false
	}
	open := len(v)
	if v[len(v)-1] == ')' {
		open = bytes.IndexByte(v, '(')
		if open < 0 || open+2 >= len(v) {
			return false
		}
		for _, c := range v[open+1 : len(v)-1] {
			if (c < '0' || c > '9') && c != ',' && c != ' ' {
				return false
			}
		}
	}
	known, bare := sqlType(v[:open])
	return known && (bare || open < len(v))
}

// versionRange reports a range of versions a package manifest asks for
// (package.json's "^4.17.21", "~15.1.0", composer's ">=7.4"): no one's
// data, whatever the package's name says.
func versionRange(v []byte) bool {
	var rest []byte
	switch {
	case len(v) >= 4 && (v[0] == '^' || v[0] == '~'):
		rest = v[1:]
	case len(v) >= 5 && (v[0] == '>' || v[0] == '<') && v[1] == '=':
		rest = v[2:]
	default:
		return false
	}
	// A number, a dot, a number or a wildcard: the rest may be another
	// part, a pre-release or another bound.
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(rest) || rest[i] != '.' {
		return false
	}
	if c := rest[i+1]; (c < '0' || c > '9') && c != 'x' && c != '*' {
		return false
	}
	for _, c := range rest[i+1:] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '*' || c == '|' || c == ' ' || c == '<' || c == '>' || c == '=' || c == '~' || c == '^' || c == '-') {
			return false
		}
	}
	return true
}

// fieldType reports the type of a form's or a record's field, as a form
// builder or a no-code database writes it beside the value (Kintone's
// {"type": "SINGLE_LINE_TEXT", "value": ...}, radio_button, MULTI_SELECT):
// words of field types only, joined by underscores, in one case.
func fieldType(v []byte) bool {
	if len(v) < 4 || len(v) > 32 || v[0] == '_' || v[len(v)-1] == '_' {
		return false
	}
	upper := v[0] >= 'A' && v[0] <= 'Z'
	parts := 1
	for _, c := range v {
		switch {
		case c == '_':
			parts++
		case upper && c >= 'A' && c <= 'Z', !upper && c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	if parts < 2 {
		// One word alone in capitals: a type no device has.
		if !upper {
			return false
		}
		switch string(v) {
		case "LINK", "FILE", "CREATOR", "MODIFIER", "SUBTABLE", "CALC", "DATETIME", "TEXTAREA", "CHECKBOX",
			"DROPDOWN", "PICKLIST", "LOOKUP", "FORMULA", "ROLLUP", "CURRENCY", "PERCENT", "BOOLEAN", "INTEGER", "STRING":
			return true
		}
		return false
	}
	for p := range bytes.SplitSeq(v, []byte{'_'}) {
		if !fieldTypeWord(p) {
			return false
		}
	}
	return true
}

// fieldTypeWord reports a word of the names of field types, in upper or
// lower case. A switch: it runs only on values that passed fieldType's
// shape.
func fieldTypeWord(w []byte) bool {
	var buf [16]byte
	if len(w) == 0 || len(w) > len(buf) {
		return false
	}
	for i, c := range w {
		buf[i] = c | 0x20
	}
	switch string(buf[:len(w)]) {
	case "single", "multi", "line", "text", "rich", "number", "calc", "radio", "button", "check", "box", "checkbox",
		"select", "drop", "down", "dropdown", "date", "time", "datetime", "link", "file", "user", "group",
		"organization", "subtable", "record", "created", "updated", "modifier", "creator", "status", "assignee",
		"category", "short", "long", "answer", "paragraph", "choice", "choices", "picklist", "lookup", "string",
		"integer", "boolean", "field", "textarea", "textbox", "input", "toggle", "slider", "rating", "attachment",
		"list", "multiple", "url", "decimal", "currency", "percent", "formula", "rollup", "relation":
		return true
	}
	return false
}

// sqlType reports whether name is an SQL column type's, and whether the
// bare name stands for a value too: "time", "set", "bit" and "year" are
// words as well, types only with a size (bit(1), year(4)). A switch, not
// a map: most short lower-case values pass here and none is a type.
func sqlType(name []byte) (known, bare bool) {
	switch string(name) {
	case "char", "varchar", "varchar2", "nchar", "nvarchar", "nvarchar2",
		"text", "tinytext", "mediumtext", "longtext", "blob", "longblob", "binary", "varbinary",
		"int", "integer", "tinyint", "smallint", "mediumint", "bigint",
		"decimal", "numeric", "number", "float", "double", "real",
		"date", "datetime", "timestamp", "timestamptz", "boolean", "jsonb":
		return true, true
	case "bit", "set", "year", "time":
		return true, false
	}
	return false, false
}

// placeholderFirst holds the first bytes of placeholders, either case.
var placeholderFirst = func() (t [256]bool) {
	for _, p := range placeholders {
		t[p[0]] = true
		t[bytes.ToUpper(p[:1])[0]] = true
	}
	for _, c := range wrapMarks {
		t[c] = true
	}
	return t
}()

// leaf classifies one leaf: key evidence cached on its path node, then the
// rules that may match its value alone (found by its first byte and shape),
// then what free text or JSON inside it holds.
func (st *state) leaf(w *walker, n *node, kind rules.Kind, raw []byte, esc bool) error {
	if kind == rules.Null {
		return nil
	}
	v := raw
	if esc {
		buf := &st.valBuf
		if w.inner {
			buf = &st.innerBuf
		}
		*buf = jsonstr.Unescape((*buf)[:0], raw)
		v = *buf
	}
	shown := v // what a finding reveals: the value, not its text alone
	if kind == rules.String {
		v = bytes.TrimSpace(v)
		if len(v) == 0 || isPlaceholder(v) {
			return nil
		}
		// A flag written as a string ("false", as spreadsheets' APIs and
		// XML converters write every value) is judged as the flag it is:
		// no name, log-in or password.
		if (len(v) == 4 || len(v) == 5) && (bytes.EqualFold(v, []byte("true")) || bytes.EqualFold(v, []byte("false"))) {
			kind = rules.Bool
		}
		if max := st.c.opts.MaxValueBytes; len(v) > max {
			v = v[:max]
		}
		shown = v
		if v[0] == '<' {
			// A cell a web table rendered ({"data": [["<a href=
			// \"/residents/5041\">Pruitt, Heather</a>", ...]]}) says
			// what its text says.
			v = htmlText(v)
		}
		if i := bytes.IndexByte(v, '<'); i >= 0 && (bytes.Contains(v[i:], []byte("</")) || bytes.Contains(v[i:], []byte("<br"))) {
			// So does a text marked up inline: a search engine's
			// highlight (<em>ana</em>@<em>example.org</em>), a note
			// written in HTML, a signature's lines broken by <br>.
			st.tagBuf = stripTags(st.tagBuf[:0], v)
			if len(st.tagBuf) > 0 {
				v = st.tagBuf
			}
		}
	}
	// Native digits are read as ASCII ones by the value rules; the text
	// finders, whose spans must fall on the value's own bytes, and the
	// finding keep the value as it is.
	orig := v
	st.origV = nil
	if kind == rules.String && nativeDigits(v) {
		st.digitBuf = asciiDigits(st.digitBuf[:0], v)
		v, st.origV = st.digitBuf, orig
	}
	vd := st.verdict(n)
	if len(vd.Hits) > 0 && len(w.stack) > 0 && !w.stack[len(w.stack)-1].obj && w.inTuple() {
		// A record written by position under one name (a capture's
		// "cap": ["smpp-sniff", "8.0.28", "eth0", [...], 1711084219000])
		// says nothing of each element by the name: Italian's "cap", a
		// postcode, names none of them.
		vd = &noVerdict
	}
	if kind == rules.String && st.isLabel(w, vd, v) {
		return nil // a field name standing as data: the label of a row
	}
	if kind == rules.String && len(v) == 1 && v[0] == 'L' && len(w.stack) > 0 && !w.stack[len(w.stack)-1].obj && w.stack[len(w.stack)-1].index == 0 {
		return nil // Grist's mark of a list, ["L", "Metformin 1g BD"]
	}
	// A table of cell objects is followed row by row, whatever its
	// cells hold, to know its headers.
	hdr, row := st.cellHeader(w, n.key)
	if hdr != nil && kind == rules.String && hdr.index == row {
		return nil // a column's title in a table of cell objects
	}
	var ln *node
	// A column's "text" beside its column's title is its value too
	// (monday.com: {"column": {"title": "Birth date"}, "text": ...}).
	wrapped := len(vd.Hits) == 0 && st.wrappedValue(w)
	if wrapped || vd.ValueKey || inPair(w) || n.key == "text" {
		ln = st.rowLabel(w, wrapped)
	}
	if ln == nil && !w.inner && (vd.ValueKey || cellValueKey(n.key)) {
		ln = st.refLabel(w)
		if ln == nil && vd.ValueKey {
			ln = st.ancestorLabel(w)
		}
	}
	if ln == nil && !w.inner {
		ln = st.propertyLabel(w)
	}
	if ln == nil && !w.inner && len(w.stack) == 2 {
		ln = st.archiverLabel(w)
	}
	if ln == nil && inTable(w) {
		ln = st.headerLabel(w)
	}
	if ln == nil && len(w.stack) >= 2 && !w.stack[len(w.stack)-1].obj && !w.stack[len(w.stack)-2].obj {
		ln = st.x12Label(w) // the first row too: an interchange begins with ISA
	}
	if ln == nil && hdr != nil && row > hdr.index {
		ln = st.cellHeaderLabel(w, hdr)
	}
	if ln == nil && inColumns(w) {
		ln = st.columnLabel(w)
		if ln == nil {
			ln = st.cellLabel(w)
		}
	}
	if ln == nil && !w.inner && n.key != "" && !namesField(vd) {
		ln = st.positionLabel(w, n.key)
	}
	if ln == nil && !w.inner && kind == rules.String && len(vd.Hits) == 0 {
		ln = st.envLabel(w, n.key)
	}
	if ln == nil && !w.inner && len(vd.Hits) == 0 {
		ln = st.namesLabel(w)
		if ln == nil {
			ln = st.bigQueryLabel(w)
		}
	}
	if ln == nil && kind != rules.Bool && len(w.stack) > 0 && !w.stack[len(w.stack)-1].obj && len(vd.Hits) == 0 {
		ln = st.labLabel(w)
	}
	valueKey := vd.ValueKey
	if ln != nil {
		vd = st.verdict(ln)
	}
	if kind != rules.String && len(vd.Hits) == 0 {
		// Nothing to judge: no rule looks at a number or a flag alone.
		st.best = [rules.NumCategories]hit{}
	} else {
		st.judgeMemo(w, n, vd, kind, v)
		if ln == nil && kind == rules.String && !w.inner && len(vd.Hits) == 0 && len(w.stack) > 0 && !anyHit(&st.best) {
			st.inlineLabelled(w, v)
		}
		if kind == rules.String && !w.inner && len(vd.Hits) > 0 && !anyHit(&st.best) {
			if rest, ok := afterCode(v); ok {
				// A record's display that puts its code first ("49076L -
				// Wongani Kachingwe", "CL-7042 - Chifundo Chisale") is
				// judged without it.
				st.judgeMemo(w, n, vd, kind, rest)
			}
		}
		if kind == rules.String && !w.inner && len(w.stack) > 0 {
			st.embeddedPairs(w, v)
		}
	}
	st.nameNoSection(v)
	if kind == rules.String && len(v) == 2 && bytes.EqualFold(v, []byte("ok")) {
		// A modem's or a service's answer that all went well is no
		// firmware, network or reading; "OK" may still be Oklahoma.
		st.best = [rules.NumCategories]hit{rules.Contact: st.best[rules.Contact]}
	}
	if kind == rules.String && versionShape(v) {
		// A version number (4.19.18, 3.3.0.1) is no one's identity, secret
		// or health, whatever a column's label says of its neighbours.
		st.best[rules.Contact], st.best[rules.Credential], st.best[rules.Health] = hit{}, hit{}, hit{}
	}
	if h := st.best[rules.Health].rule; h != nil && h == st.c.medDict {
		if c := st.best[rules.Contact].rule; c != nil && c.Type == "person-name" && bytes.IndexByte(v, ' ') > 0 && !bytes.ContainsAny(v, "0123456789") {
			// A name that is also a medicine's brand (Yasmin, Skyla) is
			// the person's when a surname follows: "Yasmin Okonkwo", "RN
			// Yasmin Quinlan". Alone it may be either.
			st.best[rules.Health] = hit{}
		}
	}
	if d, nl := st.best[rules.DeviceInventory].rule, st.best[rules.NetworkLayout].rule; (d != nil && d == st.c.nickname || nl != nil && nl == st.c.hostInNetwork) && isPersonName(st.best[rules.Contact].rule) && st.fullName(v) {
		// "Oliver Patel" under an inventory's point of contact, a note's
		// author: a given name and a surname the dictionaries know are a
		// person's, not a device's name nor a host's.
		if d == st.c.nickname {
			st.best[rules.DeviceInventory] = hit{}
		}
		if nl == st.c.hostInNetwork {
			st.best[rules.NetworkLayout] = hit{}
		}
	}
	if d := st.best[rules.DeviceInventory].rule; d != nil && d == st.c.ownedName && isPersonName(st.best[rules.Contact].rule) {
		// "Desmond's Apple Watch" names the watch, not Desmond.
		st.best[rules.Contact] = hit{}
	}
	if kind == rules.String && st.c.addrPart != nil && !w.inner && len(v) <= 40 && !anyHit(&st.best) && st.flatAddressPart(w, n.key, v) {
		st.add(st.c.addrPart, 0.75)
	}
	if c := st.best[rules.Contact].rule; c != nil && c == st.c.locality && kind == rules.String && !bytes.ContainsAny(v, "0123456789") && len(w.stack) > 0 && w.stack[len(w.stack)-1].obj && st.objectHas(w, hasCountry) && !st.objectHas(w, hasAddress) {
		// A city beside its country with no street, postcode or address
		// line locates nobody: an analytics visit's geo, a login's.
		st.best[rules.Contact] = hit{}
	}
	if kind == rules.String && st.c.userHandle != nil && !w.inner && !anyHit(&st.best) && len(v) <= 32 && len(n.key) >= 4 && len(n.key) <= 10 && foldedIn(n.key, codeKeys) && st.besidePersonName(w) {
		// A user's code beside the user's name ({"code": "apetrosyan",
		// "name": "Anahit Petrosyan"}, Kintone's creator, modifier and
		// user fields) is their log-in.
		if ok, err := st.c.userHandle.MatchIndexed(v, &st.vi, rules.ShapeOf(v), st.c.set.Dictionaries()); err == nil && ok {
			st.add(st.c.userHandle, 0.7)
		}
	}
	if kind == rules.String && st.c.namePart != nil && !w.inner && len(vd.Hits) == 0 && !anyHit(&st.best) {
		// A given name beside a surname, or a surname beside a given
		// name, in fields whose names say nothing ({"x:p01": "Rory",
		// "x:p02": "Navarro"}, a row ["Rory", "Navarro", ...]): a
		// person's name in two parts.
		if name := rules.WithoutTitle(v); nameWord(name) && (opaqueField(w, n, vd) || nameHalfKey(n.key)) && st.besideName(w, name) {
			st.add(st.c.namePart, 0.7)
		}
	}
	if !w.inner && (st.best[rules.Health].rule != nil && !st.best[rules.Health].rule.Finds() || isPersonName(st.best[rules.Contact].rule)) && st.animalRecord(w) {
		// An animal's name, weight, allergies and medicines are no
		// person's (a veterinary practice's patients).
		st.best[rules.Health] = hit{}
		if isPersonName(st.best[rules.Contact].rule) {
			st.best[rules.Contact] = hit{}
		}
	}
	if d := st.best[rules.DeviceInventory].rule; d != nil && d == st.c.idUnderDevice && storeKey(v) && st.objectHas(w, hasDeviceKey) {
		// A bare id in the shape a database makes its keys, beside the
		// device's serial number or MAC, is the store's key for the row,
		// not the device's: a low-code app's record id ({"ID":
		// "4910113167623704", "MAC_Adres": ...}), a registry's uuid.
		st.best[rules.DeviceInventory] = hit{}
	}
	if !w.inner && (st.keyed(rules.DeviceInventory) || st.keyed(rules.NetworkLayout)) && st.objectHas(w, hasFlowKey) {
		// The nodes of a workflow (n8n's, Node-RED's flows) are its steps:
		// their ids, names and types are no device's and no host's.
		for _, c := range [...]rules.Category{rules.DeviceInventory, rules.NetworkLayout} {
			if st.keyed(c) {
				st.best[c] = hit{}
			}
		}
	}
	if kind == rules.String && ln == nil && vd.IDKey && len(n.key) <= 4 && anyHit(&st.best) && w.stack[len(w.stack)-1].obj && st.valued(w, &w.stack[len(w.stack)-1]) {
		// The id beside a value is the row's, not what the value is
		// (a graph's property, {"id": "6cb-x6f-pt-3vj", "value": "Redmi
		// Note 12"}, under "model").
		st.best = [rules.NumCategories]hit{}
	}
	if h := st.best[rules.Health].rule; h != nil && h.Section() && kind == rules.String && codeID(v) {
		// A record's code in a health section (a certificate's number,
		// USF-CO-03579) says which record, not what it holds.
		st.best[rules.Health] = hit{}
	}
	if kind == rules.Number && st.keyed(rules.Health) && numKey(n.key) {
		// A number under a name that ends in Num is a row's key in the
		// schemas that name their keys so (Open Dental's PatNum,
		// MedicationNum, DiseaseDefNum): which row, not what it says.
		st.best[rules.Health] = hit{}
	}
	if h := st.best[rules.Health]; h.rule != nil && h.rule.Type == "body-metric" && !h.rule.Finds() && st.objectHas(w, hasWidth) {
		// A height or a weight beside a width is a thing's size: an
		// image's (Strapi's and Directus's media), a parcel's, a box's.
		st.best[rules.Health] = hit{}
	}
	if kind == rules.String && vd.Text && anyHit(&st.best) && sentence(v) {
		// A note under a health section says what it says: "Bra pass,
		// inga besvär." names nothing, and the finders have read it. A
		// short label is the section's ("estrazione elemento 21").
		st.dropSection()
	}
	if kind == rules.String && anyHit(&st.best) && len(v) <= 64 && len(w.stack) >= 2 {
		if f, p := &w.stack[len(w.stack)-1], &w.stack[len(w.stack)-2]; f.obj && p.obj && !p.keyEsc && !f.keyEsc && labelOfHolder(w.data[f.keyStart:f.keyEnd]) && sameLetters(w.data[p.keyStart:p.keyEnd], v) {
			// A name that spells its object's key ({"blood_pressure":
			// {"name": "Blood pressure", "value": "120/80"}}, a flow's
			// results, a form's answers) labels the value beside it.
			st.best = [rules.NumCategories]hit{}
		}
	}
	if kind == rules.String && !w.inner && anyHit(&st.best) && captionKey(n.key) && st.onlyFound() && st.fieldNameValue(v) {
		// A field's name written as a value, a column's description or a
		// form's caption ("Diagnosis", "Serial Number"), names what another
		// field holds: the words the text finders know are not data here.
		st.best = [rules.NumCategories]hit{}
	}
	if kind == rules.String && ln == nil && anyHit(&st.best) && st.rowName(w, vd, v) {
		// The name half of a row the rules do not know ({"type":
		// "total_chol", "value": "140"}) sits in the section as its value
		// does, but the section is its value's, not its own.
		st.dropSection()
	}
	if kind != rules.Bool && !w.inner && len(st.secrets.ends) > 0 && !anyHit(&st.best) {
		if c, conf := st.secrets.find(v); c != nil {
			// A secret met again: a session a login returned, then sent
			// with every call (a router's ubus session in each request's
			// params), a key pasted into a note; a phone number's digits
			// in a call record.
			st.add(c, conf)
		}
	}
	if kind != rules.Bool && !w.inner && valueKey && st.c.bodyValue != nil && !anyHit(&st.best) && st.objectHas(w, hasBodyUnit) && !inRange(w) {
		// A value beside a unit of the body's measures ({"value": "75",
		// "unit": "mg/dL"}: a glucose monitor's reading or alert, a
		// vital sign) measures a body; the bounds of a reference range
		// measure no one.
		st.add(st.c.bodyValue, 0.7)
	}
	if !w.inner && !anyHit(&st.best) && st.inRecord(w, st.verdict(n), kind, v, raw) {
		return nil // judged when its record is known
	}
	if st.c.opts.ColumnEvidence && !w.inner && kind != rules.Bool {
		st.columnEvidence(n)
	}
	if w.inner {
		for i, h := range st.best {
			if h.conf > st.inBest[i].conf {
				st.inBest[i] = h
			}
		}
		return nil
	}
	if kind == rules.String && st.keyed(rules.Credential) && st.best[rules.Credential].conf >= st.c.opts.MinConfidence {
		st.secrets.keep(v, st.best[rules.Credential])
	}
	if kind == rules.String && st.best[rules.Contact].rule != nil && st.best[rules.Contact].rule.Type == "phone" && st.best[rules.Contact].conf >= st.c.opts.MinConfidence {
		st.secrets.keepPhone(v, st.best[rules.Contact])
	}
	tokStart, tokEnd := w.token(raw, kind)
	st.emit(w, tokStart, tokEnd, shown)
	return nil
}

// emit writes the findings of st.best for the leaf at the top of the
// walker's stack, whose value is v and whose token in the document is
// [tokStart, tokEnd).
func (st *state) emit(w *walker, tokStart, tokEnd int32, v []byte) {
	min := st.c.opts.MinConfidence
	start, end := int32(-1), int32(-1)
	for _, h := range st.best {
		if h.rule == nil || h.conf < min {
			continue
		}
		if start < 0 {
			start = int32(len(st.res.paths))
			st.res.paths = w.appendPointer(st.res.paths)
			end = int32(len(st.res.paths))
			if st.c.opts.Reveal {
				st.res.paths = append(st.res.paths, v...)
			}
		}
		st.res.findings = append(st.res.findings, rawFinding{pathStart: start, pathEnd: end, start: tokStart, end: tokEnd, rule: h.rule, conf: h.conf, valueEnd: int32(len(st.res.paths))})
	}
}

// judgeMemo is judge through the memo: a leaf seen lately under the same
// verdict is replayed.
func (st *state) judgeMemo(w *walker, n *node, vd *rules.KeyVerdict, kind rules.Kind, v []byte) {
	m, ok := st.memo.slot(vd, kind, v, w.inner || st.anyTimeout)
	if ok {
		m.replay(st.c.set.Rules(), &st.best)
		return
	}
	st.judge(w, n, vd, kind, v)
	if m != nil && !st.anyTimeout {
		m.fill(vd, kind, v, &st.best)
	}
}

// judge finds what a leaf exposes into st.best: the rules its key calls
// for, checked against its value, then the rules that may match its value
// alone (found by its first byte and shape), then what free text or JSON
// inside it holds.
func (st *state) judge(w *walker, n *node, vd *rules.KeyVerdict, kind rules.Kind, v []byte) {
	set := st.c.set
	st.best = [rules.NumCategories]hit{}
	st.gen++
	if st.gen == 0 { // wrapped: old stamps could collide
		clear(st.stamp)
		st.gen = 1
	}
	shape := rules.ShapeOf(v)
	dicts := set.Dictionaries()
	st.vi.Reset()
	st.explained = false
	for _, h := range vd.Hits {
		c := h.Rule
		st.stamp[c.Index] = st.gen
		// A flag is sensitive by its own name (is_pregnant), or as an answer
		// in a health section; not by a parent's name (password.set).
		if c.Kinds()&kind == 0 || st.off(c) || (kind == rules.Bool && h.Inherited && !c.Section()) {
			continue
		}
		conf := 0.0
		if c.HasValueCheck() {
			ok, err := c.MatchIndexed(v, &st.vi, shape, dicts)
			if err != nil {
				st.timeout(w, c)
				continue
			}
			if ok && !h.Negative && !h.Inherited {
				st.explained = true
			}
			switch {
			case ok && !h.Negative:
				conf = c.Confidence
			case ok:
				conf = c.ValueConfidence
			case !h.Negative && !c.Vetoed(v, dicts):
				conf = c.KeyConfidence
			}
		} else if !h.Negative {
			conf = c.Confidence
		}
		st.add(c, conf)
	}
	if kind == rules.String {
		for _, c := range st.valueRules(v[0], shape) {
			if st.stamp[c.Index] == st.gen || vd.IsOff(c) || st.off(c) {
				continue
			}
			ok, err := c.MatchIndexed(v, &st.vi, shape, dicts)
			if err != nil {
				st.timeout(w, c)
				continue
			}
			if ok {
				conf := c.ValueConfidence
				if len(c.Keys) == 0 {
					conf = c.Confidence
				}
				st.add(c, conf)
			}
		}
		if st.origV != nil {
			// What follows reads spans of the value (nested JSON, encoded
			// data, cells, embedded values), which must fall on its own
			// bytes: it reads the value as it is (see leaf). Read now, as a
			// nested walk's leaves set st.origV anew.
			v = st.origV
		}
		if !w.inner && !st.c.opts.NoNestedJSON && holdsJSON(v) {
			// The field's own name yields to an object it holds; a label's
			// (a column's title) speaks for its value's encoding too.
			st.nested(v, n, v[0] == '{' && vd == st.verdict(n))
		} else if !w.inner && encodedData(n, v) && st.decoded(n, v) {
			// judged as the text it encodes
		} else if q := queryStart(v); !w.inner && q > 0 && !anyHit(&st.best) {
			// A URL that said nothing as a whole may say it in its
			// query's parameters.
			st.query(n, v, q)
		} else if !w.inner && len(v) >= 7 && shape&(rules.ClassPunct|rules.ClassPipe|rules.ClassComma|rules.ClassSpace) != 0 {
			if sep := separator(v); sep != 0 {
				st.delimited(w, n, v, sep)
			} else if bytes.IndexByte(v, '\n') > 0 {
				st.table(n, v)
			}
		}
		// Prose is searched for what it embeds, unless its own field has
		// already said what it is (an address under "address", a user agent
		// under "user_agent"): a text field always is.
		if vd.Text || (isProse(v, shape) && !st.explained) {
			st.scanText(w, v, shape, vd)
		} else if shape&rules.ClassAt != 0 && shape&rules.ClassSpace == 0 && len(v) >= 10 && st.best[rules.Contact].rule == nil && !st.explained && embedsAddress(v) {
			// A key or a name that holds an address among its parts
			// (EMAIL#ana@example.org, an AWS role session named by its
			// user's address) embeds what prose would.
			st.scanText(w, v, shape, vd)
		}
	}
}

// keyed reports whether the best hit of category c is a field's rule, not
// a finder's in text.
func (st *state) keyed(c rules.Category) bool {
	r := st.best[c].rule
	return r != nil && !r.Finds()
}

// anyHit reports whether best holds a hit. A slot holds a rule exactly
// when its confidence is above zero, so the rules alone say: comparing
// with the zero array called a generated function that compared every
// confidence as a float, some 50 instructions a leaf.
func anyHit(best *[rules.NumCategories]hit) bool {
	for i := range best {
		if best[i].rule != nil {
			return true
		}
	}
	return false
}

func (st *state) add(c *rules.Compiled, conf float64) {
	if b := &st.best[c.Cat]; conf > b.conf {
		b.conf, b.rule = conf, c
	}
}

func (st *state) off(c *rules.Compiled) bool {
	return st.anyTimeout && st.timedOut[c.Index/64]&(1<<(c.Index%64)) != 0
}

// timeout turns rule c off for the rest of the document and notes where.
func (st *state) timeout(w *walker, c *rules.Compiled) {
	st.timedOut[c.Index/64] |= 1 << (c.Index % 64)
	st.anyTimeout = true
	ow := w
	if w.inner {
		ow = &st.outer
	}
	start := int32(len(st.res.paths))
	st.res.paths = ow.appendPointer(st.res.paths)
	st.res.warnings = append(st.res.warnings, warning{rule: c, pathStart: start, pathEnd: int32(len(st.res.paths))})
}

// holdsJSON reports a string value that is itself a JSON object or array.
func holdsJSON(v []byte) bool {
	return len(v) >= 2 && (v[0] == '{' && v[len(v)-1] == '}' || v[0] == '[' && v[len(v)-1] == ']')
}

// nested classifies the JSON inside a string value; what its leaves expose
// is reported on the string itself, the leaf that holds it.
func (st *state) nested(v []byte, n *node, replace bool) {
	outer := st.best
	st.inBest = [rules.NumCategories]hit{}
	// The inner walk reuses st.best per inner leaf, and may use valBuf's
	// twin; v itself may live in valBuf, which the inner walk leaves alone.
	if err := st.inner.walk(v, n); err != nil && !errors.Is(err, ErrTooDeep) {
		st.inBest = [rules.NumCategories]hit{}
	} else if replace {
		// JSON that was read says what it holds, its members judged under
		// the field's name: the field's name alone no longer speaks for
		// all of it (Keycloak's credentialData holds a hash's parameters,
		// its secretData the hash).
		outer = [rules.NumCategories]hit{}
	}
	st.best = outer
	for i, h := range st.inBest {
		if h.conf > st.best[i].conf {
			st.best[i] = h
		}
	}
}

// isProse reports a value that reads as free text: several words, or a
// sentence in a script written without spaces (Japanese, Chinese: ten or
// more characters of three bytes, and no spaces to count).
func isProse(v []byte, s rules.Shape) bool {
	if len(v) < 14 {
		return false
	}
	if s&rules.ClassSpace != 0 && bytes.Count(v, []byte(" ")) >= 2 {
		return true
	}
	return s&rules.ClassNonASCII != 0 && len(v) >= 30 && s&(rules.ClassSpace|rules.ClassSlash|rules.ClassAt) == 0 && cjkLead(v) >= 10
}

// embedsAddress reports a value that may end in an e-mail address after
// a separator of its parts (#, :, /, =, |): no colon after its last @
// (git@github.com:org/repo is a host and a path, user@host:22 a log-in
// to a machine).
func embedsAddress(v []byte) bool {
	at := bytes.LastIndexByte(v, '@')
	if at <= 0 || bytes.IndexByte(v[at:], ':') >= 0 {
		return false
	}
	// Something other than an address comes first: a whole address is
	// the rules' to judge by its key.
	return bytes.IndexAny(v[:at], "#:/=|") >= 0
}

// sentence reports a value written as a sentence: it ends with a full
// stop, a question or an exclamation mark, or holds one before a space.
func sentence(v []byte) bool {
	if c := v[len(v)-1]; c == '.' || c == '!' || c == '?' {
		return true
	}
	return bytes.Contains(v, []byte(". ")) || bytes.Contains(v, []byte("! ")) || bytes.Contains(v, []byte("? "))
}

// cjkLead counts the lead bytes of three-byte UTF-8 sequences in v: the
// characters of Chinese, Japanese and Korean.
func cjkLead(v []byte) int {
	n := 0
	for _, c := range v {
		if c&0xF0 == 0xE0 {
			n++
		}
	}
	return n
}

// scanText searches free text for what it embeds.
func (st *state) scanText(w *walker, v []byte, shape rules.Shape, vd *rules.KeyVerdict) {
	set := st.c.set
	dicts := set.Dictionaries()
	set.IndexText(&st.text, v)
	for _, c := range set.Finders() {
		// A field's name vetoes nothing its prose embeds, but what the
		// field sits under does (not_context: an animal's treatments),
		// and so do the names a finder lists as no text of its kind (a
		// questionnaire's question).
		if st.off(c) || st.best[c.Cat].conf >= c.Confidence || vd.IsOffByContext(c) || c.FindNotKeys() && vd.IsOff(c) {
			continue
		}
		found, err := c.Found(v, &st.text, shape, dicts)
		if err != nil {
			st.timeout(w, c)
			continue
		}
		if found {
			st.add(c, c.Confidence)
		}
	}
}

// rowLabel finds the label of a key/value row such as
// {"type": "bone_mass", "value": 3.1} for its value leaf, and returns the
// path node the value is judged as, or nil. A wrapped value (see
// wrappedValue) is judged by the row its wrapper is the value of.
func (st *state) rowLabel(w *walker, wrapped bool) *node {
	if len(w.stack) == 0 {
		return nil
	}
	f := &w.stack[len(w.stack)-1]
	if wrapped {
		f = &w.stack[len(w.stack)-2]
	} else if !f.obj {
		if ln := st.tupleLabel(w, f); ln != nil || len(w.stack) < 2 {
			return ln
		}
		// A list that is a row's value ({"key": "guest:7:treatments",
		// "type": "list", "value": [...]}, as Redis dumps write it) stands
		// for the row's label, as a single value would.
		p := &w.stack[len(w.stack)-2]
		if !p.obj || p.keyEsc || !st.verdict(st.child(p.node, w.data[p.keyStart:p.keyEnd])).ValueKey {
			return nil
		}
		f = p
	}
	var ln, first *node
	members(w.data, f.start, func(key []byte, kesc bool, val []byte, isStr bool) bool {
		if kesc || !isStr || len(val) == 0 || len(val) > 96 {
			return true
		}
		// A wrapped value's row may be labelled by its title, which
		// elsewhere is a record's own.
		if kn := st.child(f.node, key); st.verdict(kn).LabelKey || wrapped && string(key) == "title" {
			val = st.macroName(val)
			// The first label that means something wins: a row may
			// carry a code and a name ({"code":"2345-7","name":"Glucose"}).
			// A value that is no field name ({"name": "Ana García"}) is
			// no label.
			if keyLike(val) {
				c := st.child(f.node, st.labelName(val))
				if len(st.verdict(c).Hits) > 0 {
					ln = c
					return false
				}
				// A label the rules do not know still stands for the
				// value: {"type": "room_temp", "value": 21.5} is judged as
				// room_temp, which a section's not_keys may take out.
				if first == nil {
					first = c
				}
			}
		}
		return true
	})
	if ln == nil && first == nil {
		// The label may stand in the column the row is of: {"id": "text5",
		// "text": ..., "column": {"title": "Medical condition"}}, as
		// monday.com writes a column's value.
		d := w.data
		eachMember(d, f.start, func(key []byte, kesc bool, at int) (int, bool) {
			if !kesc && d[at] == '{' && labelHolder(key) {
				members(d, at, func(k []byte, kesc bool, val []byte, isStr bool) bool {
					if kesc || !isStr || !labelOfHolder(k) || !keyLike(val) {
						return true
					}
					if c := st.child(f.node, val); len(st.verdict(c).Hits) > 0 {
						ln = c
					}
					return false
				})
			}
			end, ok := skipValue(d, at)
			return end, ok && ln == nil
		})
	}
	if ln == nil {
		return first
	}
	return ln
}

// wrappedValue reports a leaf that is the only member of an object standing
// as a row's value, its key naming the value's type: 1Password's
// {"title": "username", "value": {"string": "ojessop"}}.
func (st *state) wrappedValue(w *walker) bool {
	n := len(w.stack)
	if n < 2 || !w.stack[n-1].obj || w.stack[n-1].index > 1 || !w.stack[n-2].obj || !single(w.data, w.stack[n-1].start) {
		return false
	}
	p := &w.stack[n-2]
	return !p.keyEsc && st.verdict(st.child(p.node, w.data[p.keyStart:p.keyEnd])).ValueKey
}

// ancestorLabel finds what a data type field names a few objects above a
// value that has no label of its own: Google Fit's data points
// ({"dataTypeName": "com.google.heart_rate.bpm", "fitValue": [{"value":
// {"fpVal": 72}}]}), a series' {"metricType": ..., "samples": [...]}.
func (st *state) ancestorLabel(w *walker) *node {
	for k := len(w.stack) - 2; k >= 0 && k >= len(w.stack)-5; k-- {
		f := &w.stack[k]
		if !f.obj {
			continue
		}
		if !f.typeAsked {
			f.typeAsked = true
			members(w.data, f.start, func(key []byte, kesc bool, val []byte, isStr bool) bool {
				if kesc || !isStr || !dataTypeKey(key) || !keyLike(val) {
					return true
				}
				if c := st.child(f.node, st.labelName(val)); len(st.verdict(c).Hits) > 0 {
					f.dataType = c
				}
				return false
			})
		}
		if f.dataType != nil {
			return f.dataType
		}
	}
	return nil
}

// dataTypeKeys name the type of the data below them (dataTypeName,
// data_type, metricType), folded as foldKey folds.
var dataTypeKeys = map[string]bool{
	"datatypename": true, "datatype": true, "datatypeid": true, "metrictype": true, "measurementtype": true,
	"measuretype": true, "readingtype": true, "sampletype": true, "quantitytype": true, "observationtype": true,
	"seriestype": true,
}

// dataTypeKey reports a field that names the type of the data below it.
func dataTypeKey(key []byte) bool { return foldedIn(key, dataTypeKeys) }

// labelHolders are the names of a row's member that holds the row's label
// in an object of its own: monday.com's column, OpenMRS's concept and
// attributeType, a questionnaire's question, DHIS2's dataElement (folded).
var labelHolders = map[string]bool{
	"column": true, "field": true, "concept": true, "attributetype": true, "question": true, "parameter": true,
	"metric": true, "dataelement": true, "observable": true, "characteristic": true, "measure": true, "indicator": true,
}

// labelHolder reports a member that holds its row's label.
func labelHolder(key []byte) bool { return foldedIn(key, labelHolders) }

// labelsOfHolder are the members of a label holder that name it (folded).
var labelsOfHolder = map[string]bool{"title": true, "name": true, "label": true, "display": true, "displayname": true, "text": true}

// labelOfHolder reports the member of a label holder that names it.
func labelOfHolder(k []byte) bool { return foldedIn(k, labelsOfHolder) }

// labelName returns a row's label without the ids a store's key holds
// between its colons (guest:54256:treatments, sess:a0b2d9610f58): the
// label itself when it has none.
func (st *state) labelName(label []byte) []byte {
	if bytes.IndexByte(label, ':') < 0 {
		return label
	}
	b := st.labelBuf[:0]
	for part := range bytes.SplitSeq(label, []byte{':'}) {
		if len(part) == 0 || dataKey(part) || hexID(part) {
			continue
		}
		if len(b) > 0 {
			b = append(b, ':')
		}
		b = append(b, part...)
	}
	st.labelBuf = b
	return b
}

// macroName returns the name inside a macro or a template variable that
// labels a row ({"macro": "{$SNMP_COMMUNITY}", "value": ...}, as Zabbix
// exports a host's user macros; ${DB_PASSWORD}, {{ wifi_psk }},
// %ADMIN_PASS%), or the label as it is. The dots that join a macro's
// words ({$WIFI.PSK.STAFF}) join them as underscores would: the name is
// one field's, not a path.
func (st *state) macroName(v []byte) []byte {
	var in []byte
	switch {
	case len(v) > 3 && v[0] == '{' && v[1] == '$' && v[len(v)-1] == '}':
		in = v[2 : len(v)-1]
	case len(v) > 3 && v[0] == '$' && v[1] == '{' && v[len(v)-1] == '}':
		in = v[2 : len(v)-1]
	case len(v) > 4 && bytes.HasPrefix(v, []byte("{{")) && bytes.HasSuffix(v, []byte("}}")):
		in = bytes.TrimSpace(v[2 : len(v)-2])
	case len(v) > 2 && v[0] == '%' && v[len(v)-1] == '%':
		in = v[1 : len(v)-1]
	default:
		return v
	}
	if len(in) == 0 || bytes.ContainsAny(in, "{}$% ") {
		return v
	}
	if bytes.IndexByte(in, '.') < 0 {
		return in
	}
	st.macroBuf = append(st.macroBuf[:0], in...)
	for i, c := range st.macroBuf {
		if c == '.' {
			st.macroBuf[i] = '_'
		}
	}
	return st.macroBuf
}

// hexID reports six or more hexadecimal digits with a digit among them.
func hexID(b []byte) bool {
	return len(b) >= 6 && isHexOr(b, "") && bytes.ContainsAny(b, "0123456789")
}

// members calls fn for each member of the object whose brace is at start:
// its key and whether that holds escapes, and its value when that is a
// string without escapes (isStr), until fn returns false or the object ends
// or stops making sense.
func members(d []byte, start int, fn func(key []byte, kesc bool, val []byte, isStr bool) bool) {
	eachMember(d, start, func(key []byte, kesc bool, at int) (int, bool) {
		var val []byte
		isStr := false
		end := 0
		if d[at] == '"' {
			vend, vesc, err := scanString(d, at)
			if err != nil {
				return 0, false
			}
			val, isStr, end = d[at+1:vend-1], !vesc, vend
		} else {
			e, ok := skipValue(d, at)
			if !ok {
				return 0, false
			}
			end = e
		}
		return end, fn(key, kesc, val, isStr)
	})
}

// eachMember calls fn for each member of the object whose brace is at
// start, with its key, whether that holds escapes, and the offset of its
// value; fn returns the end of the value and whether to go on. It returns
// the end of the object, or -1 if fn stopped or the object does not make
// sense.
func eachMember(d []byte, start int, fn func(key []byte, kesc bool, at int) (end int, more bool)) int {
	i := jsonstr.SkipSpace(d, start+1)
	for i < len(d) && d[i] == '"' {
		kend, kesc, err := scanString(d, i)
		if err != nil {
			return -1
		}
		key := d[i+1 : kend-1]
		i = jsonstr.SkipSpace(d, kend)
		if i >= len(d) || d[i] != ':' {
			return -1
		}
		if i = jsonstr.SkipSpace(d, i+1); i >= len(d) {
			return -1
		}
		end, more := fn(key, kesc, i)
		if !more {
			return -1
		}
		if i = jsonstr.SkipSpace(d, end); i >= len(d) || d[i] != ',' {
			break
		}
		i = jsonstr.SkipSpace(d, i+1)
	}
	if i < len(d) && d[i] == '}' {
		return i + 1
	}
	return -1
}

// inPair reports a leaf that is the second element of an array, which
// may be the value of a [label, value] pair.
func inPair(w *walker) bool {
	n := len(w.stack)
	return n > 0 && !w.stack[n-1].obj && w.stack[n-1].index == 1
}

// inTable reports a leaf in a row after the first of an array of arrays,
// which may be a table whose first rows hold its title and its header.
func inTable(w *walker) bool {
	n := len(w.stack)
	return n >= 2 && !w.stack[n-1].obj && !w.stack[n-2].obj && w.stack[n-2].index > 0
}

// headerLabel reads a table written as rows, [["name","email"],["Ana",
// "ana@example.org"]]: a cell is judged by the header above it, when the
// header is a string that means something.
func (st *state) headerLabel(w *walker) *node {
	n := len(w.stack)
	rows := &w.stack[n-2]
	h := st.tableHeader(w.data, rows.start)
	col := w.stack[n-1].index
	if rows.index <= h.index || 2*col+1 >= len(h.cells) {
		return nil
	}
	label := w.data[h.cells[2*col]:h.cells[2*col+1]]
	if ln := st.child(rows.node, label); len(st.verdict(ln).Hits) > 0 {
		return ln
	}
	return nil
}

// cellHeaderLabel reads a table of cell objects: a cell's text is judged
// by the text of the cell above it in the header row h.
func (st *state) cellHeaderLabel(w *walker, h *tableHead) *node {
	n := len(w.stack)
	col := w.stack[n-2].index
	if 2*col+1 >= len(h.cells) || h.cells[2*col] == h.cells[2*col+1] {
		return nil
	}
	label := w.data[h.cells[2*col]:h.cells[2*col+1]]
	if ln := st.child(w.stack[n-3].node, label); len(st.verdict(ln).Hits) > 0 {
		return ln
	}
	return nil
}

// cellRows returns the rows of the table of cell objects whose cell's
// text the leaf is, as Tabula extracts a PDF's tables ([[{"text":
// "Client"}, ...], [{"text": "Ana"}, ...]]) and spreadsheet APIs write
// grids, their rows arrays of cells ({"v": ..., "f": ...}) or objects that
// hold them (gviz's {"c": [...]}, Sheets' {"values": [...]}), and the
// member that holds a row's cells in the latter case; nil when the leaf
// is no such text.
func cellRows(w *walker, key string) (rows *frame, wrap []byte) {
	n := len(w.stack)
	if n < 3 || !w.stack[n-1].obj || w.stack[n-2].obj || !cellTextKey(key) {
		return nil, nil
	}
	row := &w.stack[n-3]
	if !row.obj {
		return row, nil // the row is the array of its cells
	}
	if n < 4 || w.stack[n-4].obj || row.keyEsc {
		return nil, nil
	}
	if wrap = w.data[row.keyStart:row.keyEnd]; !rowCellsKey(wrap, key) {
		return nil, nil
	}
	return &w.stack[n-4], wrap
}

// cellTextKey reports the member that holds a cell's text.
func cellTextKey(k string) bool {
	switch k {
	case "text", "v", "f", "value", "formattedValue", "displayValue", "display_value":
		return true
	}
	return false
}

// rowCellsKey reports the member of a row object that holds its cells,
// whose texts are their member key: gviz's c, Sheets' values of
// formattedValue (other lists of values are a record's named values,
// {"name": "IPAddress", "value": ...}).
func rowCellsKey(k []byte, key string) bool {
	switch string(k) {
	case "c", "cells":
		return true
	case "values":
		return key == "formattedValue"
	}
	return false
}

// cellHeader returns the header of the table of cell objects the leaf is
// in (see cellRows), and the index of the leaf's row; nil when the leaf is
// in none. The header is the first row among the first three whose cells'
// texts are all names, at least three; further down, a row of names after
// a blank row (one with no cell of text) heads the table below it, as a
// sheet that holds two lists writes them ("Team kit", "Serial", ...).
// Rows are met in order, so each is read once.
func (st *state) cellHeader(w *walker, key string) (*tableHead, int) {
	rows, wrap := cellRows(w, key)
	if rows == nil {
		return nil, 0
	}
	d, row := w.data, rows.index
	h := &st.thead
	if h.tick != st.tick || h.start != rows.start {
		h.tick, h.start, h.index, h.cells, h.last = st.tick, rows.start, -1, h.cells[:0], row
		i := 0
		eachElement(d, rows.start, func(at int) bool {
			if i == 3 {
				return false
			}
			if at = rowCells(d, at, wrap); at < 0 {
				return false
			}
			if h.cells = cellTexts(d, at, h.cells[:0], key); len(h.cells) > 0 {
				h.index = i
				return false
			}
			i++
			return true
		})
		return h, row
	}
	if row > h.last+1 && row > h.index {
		// A row of names after a blank one: the header of what follows.
		if cells := cellTexts(d, w.stack[len(w.stack)-2].start, st.cellBuf[:0], key); len(cells) > 0 {
			st.cellBuf, h.cells = h.cells[:0], cells
			h.index = row
		}
	}
	h.last = max(h.last, row)
	return h, row
}

// rowCells returns the start of the cells of the row at d[at]: the row
// itself, or its member wrap; -1 when it has none.
func rowCells(d []byte, at int, wrap []byte) int {
	if wrap == nil {
		if d[at] != '[' {
			return -1
		}
		return at
	}
	if d[at] != '{' {
		return -1
	}
	cells := -1
	eachMember(d, at, func(k []byte, kesc bool, in int) (int, bool) {
		if !kesc && bytes.Equal(k, wrap) && d[in] == '[' {
			cells = in
			return in, false
		}
		return skipValue(d, in)
	})
	return cells
}

// cellTexts appends the bounds of the texts of the cell objects in the
// array at d[i] to cells (an empty pair for a null cell), when at least
// three cells are objects whose member key is a name (keyLike, no
// escapes) and the rest are null; otherwise it returns cells empty.
func cellTexts(d []byte, i int, cells []int32, key string) []int32 {
	ok, texts := true, 0
	eachElement(d, i, func(at int) bool {
		if d[at] == 'n' {
			cells = append(cells, 0, 0)
			return true
		}
		if d[at] != '{' {
			ok = false
			return false
		}
		from, to := 0, 0
		eachMember(d, at, func(k []byte, kesc bool, in int) (int, bool) {
			end, good := skipValue(d, in)
			if !kesc && string(k) == key && d[in] == '"' {
				from, to = in+1, end-1
			}
			return end, good
		})
		if to <= from || bytes.IndexByte(d[from:to], '\\') >= 0 || !keyLike(d[from:to]) {
			ok = false
			return false
		}
		cells = append(cells, int32(from), int32(to))
		texts++
		return true
	})
	if !ok || texts < 3 {
		return cells[:0]
	}
	return cells
}

// A tableHead is the header row found in a table written as rows: its
// index among the rows (-1 for none) and its names' bounds.
type tableHead struct {
	tick  uint32
	start int // of the rows
	index int
	cells []int32
	last  int // the last row met, in a table of cell objects
}

// tableHeader finds the header of the table written as rows at d[start]:
// the first row when it is all names, at least three (rows of two are
// [label, value] pairs, read by tupleLabel), or, as a spreadsheet exported
// with its title writes it ([["CREW LIST", null, null], ["Name", "Mobile",
// "Radio S/N"], ...]), the first such row after at most two rows of a
// title, which hold one value at most. It is read once per table.
func (st *state) tableHeader(d []byte, start int) *tableHead {
	h := &st.thead
	if h.tick == st.tick && h.start == start {
		return h
	}
	h.tick, h.start, h.index, h.cells = st.tick, start, -1, h.cells[:0]
	row := 0
	eachElement(d, start, func(i int) bool {
		if row == 3 || d[i] != '[' {
			return false
		}
		if h.cells = headerCells(d, i, h.cells[:0], false); len(h.cells) >= 6 {
			h.index = row
			return false
		}
		h.cells = h.cells[:0]
		row++
		return titleRow(d, i)
	})
	return h
}

// titleRow reports a row of a table that holds one value at most, the
// rest null: its title, or a blank line.
func titleRow(d []byte, at int) bool {
	values := 0
	eachElement(d, at, func(i int) bool {
		if d[i] != 'n' {
			values++
		}
		return values <= 1
	})
	return values <= 1
}

// inColumns reports a leaf in a row of an array of arrays that is a member
// of an object, whose header may be another member: {"columns": [...],
// "data": [[...], ...]}.
func inColumns(w *walker) bool {
	n := len(w.stack)
	return !w.inner && n >= 3 && !w.stack[n-1].obj && !w.stack[n-2].obj && w.stack[n-3].obj
}

// headerKey reports the names under which a result's schema lists its
// columns' names.
func headerKey(k []byte) bool {
	switch string(k) {
	case "columnNames", "column_names", "columns", "names", "fields", "header", "headers":
		return true
	}
	return false
}

// columnLabel reads a table whose header stands beside its rows, as
// pandas writes a frame split ({"columns": ["ts", "heart_rate"], "data":
// [[...], ...]}), a FIT record stream ({"fields": [...], "values": [...]})
// or a database's JSON output ({"meta": [{"name": "email", ...}], "data":
// [...]}): a cell is judged by the header's name of its column. The header
// is the first other member that is an array of at least two names (or of
// objects each with a "name"); it is read once per object.
func (st *state) columnLabel(w *walker) *node {
	n := len(w.stack)
	obj := &w.stack[n-3]
	h := &st.hdr
	if h.tick != st.tick || h.start != obj.start {
		h.tick, h.start, h.cells, h.row = st.tick, obj.start, h.cells[:0], -1
		rows := w.data[obj.keyStart:obj.keyEnd]
		d := w.data
		eachMember(d, obj.start, func(key []byte, _ bool, at int) (int, bool) {
			switch {
			case d[at] == '[' && !bytes.Equal(key, rows):
				h.cells = headerCells(d, at, h.cells[:0], true)
			case d[at] == '{':
				// The header may be one level down, in the result's schema
				// (Pinot's {"dataSchema": {"columnNames": [...]}, "rows":
				// [[...]]}).
				eachMember(d, at, func(k []byte, _ bool, in int) (int, bool) {
					if d[in] == '[' && headerKey(k) {
						h.cells = headerCells(d, in, h.cells[:0], true)
					}
					end, ok := skipValue(d, in)
					return end, ok && len(h.cells) < 4
				})
			}
			end, ok := skipValue(d, at)
			return end, ok && len(h.cells) < 4
		})
		if len(h.cells) < 4 {
			h.cells = h.cells[:0]
		}
	}
	if len(h.cells) == 0 {
		return nil
	}
	// A header names every column of its rows, no more and no fewer.
	row := &w.stack[n-1]
	if h.row != row.start {
		h.row, h.rowLen = row.start, arrayLen(w.data, row.start)
	}
	col := row.index
	if 2*h.rowLen != len(h.cells) {
		return nil
	}
	label := w.data[h.cells[2*col]:h.cells[2*col+1]]
	if ln := st.child(w.stack[n-2].node, label); len(st.verdict(ln).Hits) > 0 {
		return ln
	}
	return nil
}

// arrayLen returns the number of elements of the array at d[start], or -1
// if it does not make sense.
func arrayLen(d []byte, start int) int {
	i := jsonstr.SkipSpace(d, start+1)
	if i < len(d) && d[i] == ']' {
		return 0
	}
	for n := 1; ; n++ {
		end, ok := skipValue(d, i)
		if !ok {
			return -1
		}
		i = jsonstr.SkipSpace(d, end)
		if i >= len(d) || d[i] != ',' {
			if i < len(d) && d[i] == ']' {
				return n
			}
			return -1
		}
		i = jsonstr.SkipSpace(d, i+1)
	}
}

// eachElement calls fn with the offset of each element of the array at
// d[at], until fn returns false or the array ends.
func eachElement(d []byte, at int, fn func(i int) bool) {
	for i := jsonstr.SkipSpace(d, at+1); i < len(d) && d[i] != ']'; {
		if !fn(i) {
			return
		}
		end, ok := skipValue(d, i)
		if !ok || end <= i {
			return
		}
		// An element is followed by a comma or the array's end; anything
		// else (a document broken further on) ends the reading.
		switch i = jsonstr.SkipSpace(d, end); {
		case i < len(d) && d[i] == ',':
			i = jsonstr.SkipSpace(d, i+1)
		case i < len(d) && d[i] == ']':
		default:
			return
		}
	}
}

// headerCells appends the bounds of the names in the array at d[i] to
// cells, when every element is a name (keyLike, no escapes) or, if
// described, an object that describes a column by a name and a type;
// otherwise it returns cells empty.
func headerCells(d []byte, i int, cells []int32, described bool) []int32 {
	for i = jsonstr.SkipSpace(d, i+1); i < len(d) && d[i] != ']'; {
		from, to := 0, 0 // the name's bounds
		switch d[i] {
		case '"':
			end, esc, err := scanString(d, i)
			if err != nil || esc {
				return cells[:0]
			}
			from, to, i = i+1, end-1, end
		case '{':
			// A column's description: a name and a type, as databases
			// write it ({"name": "email", "type": "String"}); a name and a
			// value is a row of data.
			if !described {
				return cells[:0]
			}
			// The Visualization API's columns have a label instead
			// ({"id": "C", "label": "Weight kg", "type": "number"}).
			typed, lfrom, lto := false, 0, 0
			end := eachMember(d, i, func(key []byte, kesc bool, at int) (int, bool) {
				end, ok := skipValue(d, at)
				switch {
				case kesc:
				case string(key) == "name" && d[at] == '"':
					from, to = at+1, end-1
				case string(key) == "label" && d[at] == '"':
					lfrom, lto = at+1, end-1
				case string(key) == "type":
					typed = true
				case string(key) == "value":
					ok = false
				}
				return end, ok
			})
			if !typed || end < 0 {
				return cells[:0]
			}
			if to == 0 {
				from, to = lfrom, lto
			}
			i = end
		default:
			return cells[:0]
		}
		if to == 0 || !keyLike(d[from:to]) {
			return cells[:0]
		}
		cells = append(cells, int32(from), int32(to))
		i = jsonstr.SkipSpace(d, i)
		if i < len(d) && d[i] == ',' {
			i = jsonstr.SkipSpace(d, i+1)
		}
	}
	return cells
}

// tupleLabel reads a row written as a pair, ["bone_mass", 3.1]: the value
// (the second element) is judged by the label (the first), when the label
// is a short string that means something.
func (st *state) tupleLabel(w *walker, f *frame) *node {
	// A pair stands in a list of pairs ([["ssid", "HomeNet"], ...]); a
	// two-element array under a key is a list of its own (tags: ["2fa",
	// "wifi"]).
	// A pair among a record's positional fields (a resident's row holding
	// ["Epilepsy", "Type 2 diabetes"] beside a name and a birth date) is
	// a list of two values, not a label and its value.
	if f.index != 1 || len(w.stack) < 2 || w.stack[len(w.stack)-2].obj || w.tuple(len(w.stack)-2) {
		return nil
	}
	label, ok := pairLabel(w.data, f.start)
	if !ok || !keyLike(label) {
		return nil
	}
	// The pair's own node is the array's element node; the label is judged
	// as a field of the array's parent, like a key.
	parent := w.stack[len(w.stack)-2].node
	if ln := st.child(parent, label); len(st.verdict(ln).Hits) > 0 {
		return ln
	}
	return nil
}

// envLabel finds the label of a value whose numbered key says nothing
// in a row of settings that names it by the member before it, as an
// environment variable's name: {"c001": "SMTP_PASSWORD", "c002": ...} in
// an APEX collection. The name is judged as a field of the row, the way a
// key is; it must be upper-case words joined by underscores, which no
// person's data is written as.
func (st *state) envLabel(w *walker, key string) *node {
	// Most rows hold no such name: an object is read for one once.
	if _, _, ok := numbered(key); !ok || !st.objectHas(w, hasEnvName) {
		return nil
	}
	f := &w.stack[len(w.stack)-1]
	var prev, label []byte
	members(w.data, f.start, func(k []byte, kesc bool, val []byte, isStr bool) bool {
		if string(k) == key {
			label = prev
			return false
		}
		prev = nil
		if isStr && !kesc && envShape(val) {
			prev = val
		}
		return true
	})
	if label == nil {
		return nil
	}
	// A setting's name names a secret or a part of the network
	// (SMTP_PASSWORD, DISPATCH_HOST); a status in the same shape
	// (IN_LAB, ON_HOLD) names no field.
	ln := st.child(f.node, label)
	for _, h := range st.verdict(ln).Hits {
		if !h.Negative && (h.Rule.Cat == rules.Credential || h.Rule.Cat == rules.NetworkLayout) {
			return ln
		}
	}
	return nil
}

// envShape reports the name of an environment variable or a setting: 4 to
// 64 bytes of upper-case letters, digits and underscores, a letter first,
// with one underscore at least (SMTP_PASSWORD, DB_HOST).
func envShape(v []byte) bool {
	if len(v) < 4 || len(v) > 64 || v[0] < 'A' || v[0] > 'Z' || bytes.IndexByte(v, '_') < 0 {
		return false
	}
	for _, c := range v {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// isLabel reports the label half of a key/value row: {"name": "carb_ratio",
// "value": "1:10"} or ["heart_rate", 72] in a list of pairs. It names the
// field its value stands for, as a key does, and exposes nothing itself. A
// label is a name the rules know by a rule of their own (a dictionary's
// words do not count: {"name": "asthma", "value": true} is a condition),
// beside a value: a "value" member, or the second of a pair.
func (st *state) isLabel(w *walker, vd *rules.KeyVerdict, v []byte) bool {
	// The cheap tests first: most leaves are neither under a label key
	// nor first of a pair, and keyLike reads the whole value.
	if len(w.stack) == 0 {
		return false
	}
	f := &w.stack[len(w.stack)-1]
	var parent *node
	switch {
	case f.obj && vd.LabelKey && !vd.DataLabel:
		if !keyLike(v) {
			return false
		}
		parent = f.node
	case !f.obj && f.index == 0 && len(w.stack) >= 2 && !w.stack[len(w.stack)-2].obj:
		if !keyLike(v) {
			return false
		}
		if w.tuple(len(w.stack) - 2) {
			return false // a list of two among a record's positional fields
		}
		if _, ok := pairLabel(w.data, f.start); !ok {
			return st.headerCell(w, v)
		}
		parent = w.stack[len(w.stack)-2].node // as tupleLabel reads the pair
	case !f.obj && len(w.stack) >= 2 && !w.stack[len(w.stack)-2].obj && w.stack[len(w.stack)-2].index <= 2:
		return keyLike(v) && st.headerCell(w, v)
	case f.obj && !f.keyEsc && len(w.stack) >= 2 && w.stack[len(w.stack)-2].obj && labelOfHolder(w.data[f.keyStart:f.keyEnd]):
		// The name in a row's label holder ({"concept": {"display":
		// "Weight (kg)"}, "value": 89.7}) names the row's value.
		g := &w.stack[len(w.stack)-2]
		if g.keyEsc || !labelHolder(w.data[g.keyStart:g.keyEnd]) || !keyLike(v) || !st.valued(w, g) {
			return false
		}
		return namesField(st.verdict(st.child(g.node, v)))
	default:
		return false
	}
	if f.obj && !st.valued(w, f) {
		return false
	}
	lv := st.verdict(st.child(parent, v))
	if namesField(lv) {
		return true
	}
	// In a row's object, an identifier labels the value beside it whether
	// or not the rules know it ({"name": "fatRatio", "currentValue":
	// "17.2"}), and so does a name the rules know by a section's word
	// ({"name": "Medical Restriction", "stringValues": [...]}) unless it
	// is a person's name; a test's name the dictionary knows (Lipase) is
	// data.
	return f.obj && (identifier(v) || inheritsHit(lv) && !st.fullName(v))
}

// inheritsHit reports a verdict with a hit its name inherits from a
// section or a parent, not a dictionary's.
func inheritsHit(vd *rules.KeyVerdict) bool {
	for _, h := range vd.Hits {
		if h.Inherited && h.Rule.KeyDict == "" {
			return true
		}
	}
	return false
}

// codeID reports a record's code: two to six capital letters, perhaps more
// capitals after a dash, then three digits or more after a dash or five
// glued (USF-CO-03579, RX-20419, MRN004512).
func codeID(v []byte) bool {
	if len(v) < 5 || len(v) > 24 {
		return false
	}
	i := 0
	for i < len(v) && v[i] >= 'A' && v[i] <= 'Z' {
		i++
	}
	if i < 2 || i > 6 {
		return false
	}
	sep := false
	for i < len(v) && (v[i] == '-' || v[i] == '/' || v[i] >= 'A' && v[i] <= 'Z') {
		sep = sep || v[i] == '-' || v[i] == '/'
		i++
	}
	digits := len(v) - i
	for ; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	// Four capitals and three digits glued are a procedure's code
	// (CCAM's HBJD001), no record's.
	return digits >= 5 || sep && digits >= 3
}

// identifier reports a name in a program's style: a lower-case ASCII letter
// first, then letters, digits and underscores (switch, fatRatio,
// battery_level).
func identifier(v []byte) bool {
	if len(v) == 0 || len(v) > 40 || v[0] < 'a' || v[0] > 'z' {
		return false
	}
	for _, c := range v {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// headerCell reports a cell of the first row of a table written as rows
// ([["Guest", "Email", "Dietary / allergies"], ["Ana", ...]]) when that row
// is a header that headerLabel reads: a name, no data.
func (st *state) headerCell(w *walker, v []byte) bool {
	n := len(w.stack)
	rows := &w.stack[n-2]
	if arrayLen(w.data, rows.start) < 2 || st.tableHeader(w.data, rows.start).index != rows.index {
		return false
	}
	return namesField(st.verdict(st.child(rows.node, v)))
}

// dropSection takes back what section rules found for the current leaf.
func (st *state) dropSection() {
	for i, h := range st.best {
		if h.rule != nil && h.rule.Section() {
			st.best[i] = hit{}
		}
	}
}

// rowName reports the name half of a key/value row that isLabel did not
// take for a label: a label key's field-name-like value in an object with
// a value member.
func (st *state) rowName(w *walker, vd *rules.KeyVerdict, v []byte) bool {
	if len(w.stack) == 0 || !vd.LabelKey || vd.DataLabel {
		return false
	}
	f := &w.stack[len(w.stack)-1]
	return f.obj && keyLike(v) && st.valued(w, f)
}

// valued reports whether the object of frame f has a value member, for
// the label of a key/value row. It reads the object's members once, on
// the first label that asks (a row has a name, a type, a code...): the
// value member first, as it costs no path node, where looking the label
// up as a field name makes one (a name or an e-mail under "name" would
// fill the path cache).
func (st *state) valued(w *walker, f *frame) bool {
	if f.valued == valuedUnknown {
		f.valued = valuedNo
		k := -1
		members(w.data, f.start, func(key []byte, kesc bool, _ []byte, _ bool) bool {
			k++
			if kesc {
				return true
			}
			// The child remembered at this place is the key's, found
			// without hashing (as recordKind); an element node, there for a
			// data key, has the empty key.
			var c *node
			if k < len(f.node.order) && len(key) > 0 && f.node.order[k].key == string(key) {
				c = f.node.order[k].node
			} else {
				c = st.child(f.node, key)
			}
			if st.verdict(c).ValueKey {
				f.valued = valuedYes
				return false
			}
			return true
		})
	}
	return f.valued == valuedYes
}

// Kinds of member an object may have (frame.has), told once per object.
const (
	hasWidth     uint16 = 1 << iota // a width: the object is a thing with a size
	hasStreet                       // a street: the object keeps an address flat
	hasSpecies                      // a species or a breed: the object is an animal
	hasAddress                      // a street, a postcode or an address line
	hasCountry                      // a country
	hasDeviceKey                    // a device's serial number, MAC or IMEI
	hasRef                          // a reference to a column by its id (refs.go)
	hasFlowKey                      // a workflow's node: n8n's typeVersion, Node-RED's wires
	hasBodyUnit                     // a unit of the body's measures: mg/dL, mmHg, bpm
	hasEnvName                      // a setting's name as a value: SMTP_PASSWORD (envLabel)
)

// objectHas reports whether the object that holds the current leaf has a
// member of the kind, by its name: width (widthKey) or street (streetKey).
// The object's member names are read once for each kind asked.
func (st *state) objectHas(w *walker, kind uint16) bool {
	return len(w.stack) > 0 && st.frameHas(w, len(w.stack)-1, kind)
}

// frameHas is objectHas for the object at depth k of w's stack.
func (st *state) frameHas(w *walker, k int, kind uint16) bool {
	f := &w.stack[k]
	if !f.obj {
		return false
	}
	if f.asked&kind == 0 {
		f.asked |= kind
		// A member counts by its name (is) and by its value (valueOK): a
		// member whose value is null or "" is not there (a login's geo
		// context with "postalCode": null has no postcode).
		is, valueOK := widthKey, notEmpty
		switch kind {
		case hasStreet:
			is = streetKey
		case hasSpecies:
			is = speciesKey
		case hasAddress:
			is = addressKey
		case hasCountry:
			is = countryKey
		case hasDeviceKey:
			is = func(key []byte) bool { return st.deviceKey(f.node, key) }
		case hasRef:
			is = func(key []byte) bool { return foldedIn(key, refKeys) }
		case hasFlowKey:
			// A workflow's marks count whatever they hold.
			is = func(key []byte) bool { return string(key) == "typeVersion" || string(key) == "wires" }
			valueOK = func([]byte) bool { return true }
		case hasBodyUnit:
			is, valueOK = unitKey, bodyUnit
		case hasEnvName:
			is = func([]byte) bool { return true }
			valueOK = func(raw []byte) bool { return len(raw) >= 2 && raw[0] == '"' && envShape(raw[1:len(raw)-1]) }
		}
		d := w.data
		eachMember(d, f.start, func(key []byte, kesc bool, at int) (int, bool) {
			end, ok := skipValue(d, at)
			if !ok {
				return 0, false
			}
			if kesc {
				key = st.unescapeKey(key)
			}
			if is(key) && valueOK(d[at:end]) {
				f.has |= kind
				return end, false
			}
			return end, true
		})
	}
	return f.has&kind != 0
}

// inRange reports a leaf inside a range: an object of the three around
// its own is a member whose name speaks of a range, a reference or a norm
// (FHIR's referenceRange[].low.value, a normal_range's high).
func inRange(w *walker) bool {
	for k := len(w.stack) - 2; k >= 0 && k >= len(w.stack)-4; k-- {
		f := &w.stack[k]
		if !f.obj {
			continue
		}
		var buf [24]byte
		if name, ok := foldKey(&buf, w.data[f.keyStart:f.keyEnd]); ok && (bytes.Contains(name, []byte("range")) || bytes.Contains(name, []byte("reference")) || bytes.Contains(name, []byte("normal"))) {
			return true
		}
	}
	return false
}

// numKey reports a field name that ends in "Num" after a lower-case
// letter, or in "_num": MedicationNum, pat_num.
func numKey(k string) bool {
	n := len(k)
	return n >= 5 && (k[n-3:] == "Num" && k[n-4] >= 'a' && k[n-4] <= 'z' || k[n-4:] == "_num")
}

// notEmpty reports a JSON value that is neither null nor an empty string.
func notEmpty(raw []byte) bool {
	return string(raw) != "null" && string(raw) != `""`
}

// storeKey reports whether v has the shape of a key a database or an
// app framework makes for its rows: a UUID (with or without its dashes),
// a nanoid of 21 URL-safe characters in both cases, or a number of 15
// digits or more (a snowflake, a Zoho or Salesforce-style numeric id).
func storeKey(v []byte) bool {
	switch {
	case len(v) >= 15 && len(v) <= 20 && allDigits(v):
		return true
	case len(v) == 32 && isHexOr(v, ""), rules.IsUUID(v):
		return true
	case len(v) == 21:
		var up, low, dig bool
		for _, b := range v {
			switch {
			case b >= 'A' && b <= 'Z':
				up = true
			case b >= 'a' && b <= 'z':
				low = true
			case b >= '0' && b <= '9':
				dig = true
			case b == '_' || b == '-':
			default:
				return false
			}
		}
		return up && low && dig
	}
	return false
}

func allDigits(v []byte) bool {
	for _, b := range v {
		if b < '0' || b > '9' {
			return false
		}
	}
	return true
}

// deviceKey reports whether the member key of the object at node obj
// names one of a device's own identifiers: its serial number, its MAC
// address or its IMEI.
func (st *state) deviceKey(obj *node, key []byte) bool {
	for _, h := range st.verdict(st.child(obj, key)).Hits {
		switch h.Rule.Type {
		case "serial-number", "mac-address", "imei":
			return h.Rule.Cat == rules.DeviceInventory
		}
	}
	return false
}

// animalRecord reports a leaf in the record of an animal: an object, the
// leaf's or one of its two nearest above, with a species, a breed or a
// microchip among its members ({"patient": {"name": "Bella", "species":
// "canine", "weight_kg": 28.4}}); its name and its body are no person's.
// The search stops at an owner's object ({"owner": {"name": ...}} under
// the animal is a person).
func (st *state) animalRecord(w *walker) bool {
	objs := 0
	for k := len(w.stack) - 1; k >= 0 && objs < 3; k-- {
		if !w.stack[k].obj {
			continue
		}
		objs++
		if st.frameHas(w, k, hasSpecies) {
			return true
		}
		if k > 0 && w.stack[k-1].obj && ownerKey(w.data[w.stack[k-1].keyStart:w.stack[k-1].keyEnd]) {
			return false
		}
	}
	return false
}

// speciesKeys are the member names that say what animal a record is.
var speciesKeys = map[string]bool{
	"species": true, "breed": true, "speciesname": true, "breedname": true, "especie": true,
	"especies": true, "raza": true, "raca": true, "espece": true, "rasse": true, "tierart": true,
	"razza": true, "specie": true, "diersoort": true, "gatunek": true, "microchip": true,
	"microchipnumber": true, "chipnumber": true, "chipnummer": true,
}

// speciesKey reports a name among speciesKeys, whatever its case and separators.
func speciesKey(k []byte) bool { return foldedIn(k, speciesKeys) }

// ownerKeys are the member names under which an animal's person is kept.
var ownerKeys = map[string]bool{
	"owner": true, "owners": true, "client": true, "customer": true, "tutor": true, "guardian": true,
	"propietario": true, "dueno": true, "dueño": true, "titular": true, "proprietaire": true,
	"proprietario": true, "besitzer": true, "halter": true, "eigenaar": true, "baasje": true,
	"wlasciciel": true, "contact": true, "contacts": true, "vet": true, "veterinarian": true,
	"veterinario": true, "veterinaire": true, "tierarzt": true, "dierenarts": true, "doctor": true,
	"walker": true, "sitter": true, "groomer": true, "breeder": true, "emergencycontact": true,
}

// ownerKey reports a name among ownerKeys, whatever its case and separators.
func ownerKey(k []byte) bool { return foldedIn(k, ownerKeys) }

// isPersonName reports a rule that names a person by a name's value (not
// a finder of names in prose).
func isPersonName(c *rules.Compiled) bool {
	return c != nil && c.Type == "person-name" && !c.Finds()
}

// nameWord reports a value that may be one part of a name: one
// capitalised word of letters (and a hyphen or an apostrophe), 2 to 24
// bytes.
func nameWord(v []byte) bool {
	if len(v) < 2 || len(v) > 24 || v[0] < 'A' || v[0] > 'Z' {
		return false
	}
	for _, c := range v[1:] {
		if !(c >= 'a' && c <= 'z' || c >= 0x80 || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}

// opaqueField reports a leaf whose field name tells nothing: a name with a
// digit (f7, x:p01, 3.3, col_07), a cell of a row, or a row's value.
func opaqueField(w *walker, n *node, vd *rules.KeyVerdict) bool {
	if len(w.stack) == 0 {
		return false
	}
	f := &w.stack[len(w.stack)-1]
	if !f.obj {
		return true
	}
	if vd.ValueKey {
		return true
	}
	for i := 0; i < len(n.key); i++ {
		if c := n.key[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// nameHalfKey reports the member of a name's object that holds a half of
// it, which alone says little ({"first": "Tobias", "last": "Thistlewood"},
// as Knack and form builders keep a name field's parts).
func nameHalfKey(k string) bool { return foldedIn(k, nameHalfKeys) }

// nameHalfKeys are the names of a name's halves, folded (foldKey).
var nameHalfKeys = map[string]bool{"first": true, "last": true, "middle": true}

// besideName reports a name word v (see nameWord; its title left out)
// whose neighbour in its object or its row, the member or the element just
// before or after it, is the other half of a name: a surname the
// dictionary knows beside a given name it knows, or a given name beside a
// surname.
func (st *state) besideName(w *walker, v []byte) bool {
	d := st.c.set.Dictionaries()
	first, last := d.Has("first_names", v), d.Has("surnames", v)
	if !first && !last || d.Has("name_lookalikes", v) {
		return false
	}
	other := func(s []byte) bool {
		if s = rules.WithoutTitle(s); !nameWord(s) || d.Has("name_lookalikes", s) {
			return false
		}
		return first && d.Has("surnames", s) || last && d.Has("first_names", s)
	}
	f := &w.stack[len(w.stack)-1]
	data := w.data
	if f.obj {
		if beside(data, f, other, nil) {
			return true
		}
		// A value wrapped alone in an object of its own, as a record's
		// fields by id hold theirs ({"6": {"value": "Lucian"}, "7":
		// {"value": "Fairweather"}}): the neighbours are the wrappers'.
		if len(w.stack) < 2 || !w.stack[len(w.stack)-2].obj || !single(data, f.start) {
			return false
		}
		return beside(data, &w.stack[len(w.stack)-2], other, func(d []byte, at int) []byte {
			if d[at] != '{' || !single(d, at) {
				return nil
			}
			var v []byte
			members(d, at, func(_ []byte, _ bool, val []byte, isStr bool) bool {
				if isStr {
					v = val
				}
				return false
			})
			return v
		})
	}
	found := false
	i := 0
	eachElement(data, f.start, func(at int) bool {
		if (i == f.index-1 || i == f.index+1) && data[at] == '"' {
			if end, esc, err := scanString(data, at); err == nil && !esc && other(data[at+1:end-1]) {
				found = true
			}
		}
		i++
		return !found && i <= f.index+1
	})
	return found
}

// beside reports whether the member just before or just after the
// current one of the object of frame f holds a value that other accepts:
// a string, or what unwrap makes of a value that is no string.
func beside(d []byte, f *frame, other func([]byte) bool, unwrap func(d []byte, at int) []byte) bool {
	var prev []byte
	next, found := false, false
	eachMember(d, f.start, func(key []byte, _ bool, at int) (int, bool) {
		var val []byte
		end, ok := 0, false
		if d[at] == '"' {
			vend, vesc, err := scanString(d, at)
			if err != nil {
				return 0, false
			}
			end, ok = vend, true
			if !vesc {
				val = d[at+1 : vend-1]
			}
		} else if end, ok = skipValue(d, at); ok && unwrap != nil {
			val = unwrap(d, at)
		}
		if !ok {
			return 0, false
		}
		if next {
			found = val != nil && other(val)
			return end, false
		}
		if len(key) > 0 && &key[0] == &d[f.keyStart] {
			if prev != nil && other(prev) {
				found = true
				return end, false
			}
			next = true
			return end, true
		}
		prev = val
		return end, true
	})
	return found
}

// single reports an object of one member.
func single(d []byte, start int) bool {
	n := 0
	return eachMember(d, start, func(_ []byte, _ bool, at int) (int, bool) {
		n++
		end, ok := skipValue(d, at)
		return end, ok && n < 2
	}) > 0 && n == 1
}

// foldedIn reports whether k, in lower case and without separators (see
// foldKey), is in names.
func foldedIn[S string | []byte](k S, names map[string]bool) bool {
	var buf [24]byte
	f, ok := foldKey(&buf, k)
	return ok && names[string(f)]
}

// foldKey writes k lower-cased, without '_', '-', '.' and spaces, into
// buf, or reports that it is too long.
func foldKey[S string | []byte](buf *[24]byte, k S) ([]byte, bool) {
	out := buf[:0]
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c == '_' || c == '-' || c == ' ' || c == '.':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if len(out) == len(buf) {
			return nil, false
		}
		out = append(out, c)
	}
	return out, true
}

// streetKeys are the member names of a street's.
var streetKeys = map[string]bool{
	"street": true, "street1": true, "streetaddress": true, "streetaddress1": true, "streetname": true, "streetline1": true, "address1": true,
	"addressline1": true, "addrline1": true, "line1": true, "strasse": true, "straße": true,
	"strassenname": true, "calle": true, "rua": true, "logradouro": true, "rue": true, "straat": true,
	"ulica": true, "gatuadress": true, "gateadresse": true,
}

// addressKeys are the member names beside which a city is part of an
// address: a street's, a postcode's, an address line's.
var addressKeys = func() map[string]bool {
	m := map[string]bool{
		"address": true, "addr": true, "address2": true, "street2": true, "addressline": true, "addressline2": true, "line2": true,
		"adresse": true, "direccion": true, "endereco": true, "indirizzo": true, "adres": true, "adresa": true,
		"postcode": true, "postalcode": true, "zip": true, "zipcode": true, "plz": true, "postleitzahl": true,
		"cp": true, "cep": true, "codigopostal": true, "codpostal": true, "codepostal": true, "cap": true,
		"postnummer": true, "postnr": true, "psc": true, "kodpocztowy": true, "postinumero": true, "irsz": true,
		"postcodes": true, "housenumber": true, "hausnummer": true, "huisnummer": true, "houseno": true,
	}
	for k := range streetKeys {
		m[k] = true
	}
	return m
}()

// addressKey reports a name among addressKeys, whatever its case and
// separators.
func addressKey(k []byte) bool { return foldedIn(k, addressKeys) }

// countryKeys are the member names of a country.
var countryKeys = map[string]bool{
	"country": true, "countrycode": true, "countryname": true, "countryiso": true, "geocountry": true, "countryorregion": true, "countryregion": true,
	"pais": true, "land": true, "pays": true, "paese": true, "ulke": true, "negara": true,
}

// countryKey reports a name among countryKeys, whatever its case and
// separators.
func countryKey(k []byte) bool { return foldedIn(k, countryKeys) }

// streetKey reports a name among streetKeys, whatever its case and separators.
func streetKey(k []byte) bool { return foldedIn(k, streetKeys) }

// regionKeys are the field names of a state, a province or a region of
// a country.
var regionKeys = map[string]bool{
	"state": true, "statecode": true, "st": true, "provincestate": true, "stateprovince": true, "province": true, "provincecode": true, "region": true,
	"county": true, "kanton": true, "canton": true, "uf": true, "estado": true, "provincia": true,
	"departement": true, "bundesland": true, "prefecture": true, "voivodeship": true,
	"wojewodztwo": true, "oblast": true, "regione": true, "provincie": true, "comunidad": true,
	"edo": true, "prov": true, "pcia": true,
}

// flatAddressPart reports a part of an address kept flat beside the rest
// ({"street": ..., "city": ..., "state": "IL"}), which its own name alone
// leaves coarse: a state or a province beside a street, a postcode or an
// address line (a record's state, "deleted", is written in lower case),
// or a city or a postcode beside a street, whatever the object is called
// (a thermostat's location).
func (st *state) flatAddressPart(w *walker, key string, v []byte) bool {
	switch {
	case regionKey(key):
		return !(v[0] >= 'a' && v[0] <= 'z') && st.objectHas(w, hasAddress)
	case foldedIn(key, localityKeys):
		return st.objectHas(w, hasStreet)
	}
	return false
}

// localityKeys are the member names of a city's or a postcode's, folded.
var localityKeys = map[string]bool{
	"city": true, "town": true, "locality": true, "postcode": true, "postalcode": true, "zip": true, "zipcode": true,
	"plz": true, "ort": true, "ville": true, "ciudad": true, "cidade": true, "citta": true, "cp": true, "cep": true,
}

// regionKey reports a name among regionKeys, whatever its case and separators.
func regionKey(k string) bool { return foldedIn(k, regionKeys) }

// widthKeys are the member names of a width.
var widthKeys = map[string]bool{
	"width": true, "w": true, "breite": true, "largeur": true, "ancho": true, "largura": true,
	"larghezza": true, "breedte": true, "szerokosc": true, "bredd": true, "bredde": true,
	"leveys": true,
}

// widthKey reports a name among widthKeys, whatever its case and separators.
func widthKey(k []byte) bool { return foldedIn(k, widthKeys) }

// namesField reports a verdict with a hit of the name's own, by a rule
// that lists it.
func namesField(vd *rules.KeyVerdict) bool {
	for _, h := range vd.Hits {
		if !h.Inherited && h.Rule.KeyDict == "" {
			return true
		}
	}
	return false
}

// propertyLabel reads a property of jCard or jCal (RFC 7095, 7265), an
// array of its name, its parameters, its value's type and its values:
// ["adr", {}, "text", ["", "", "108 Church St", "Llanelli", "", "SA15 4BT",
// "UK"]]. A value, or a part of a structured one, is judged by the name.
func (st *state) propertyLabel(w *walker) *node {
	n := len(w.stack)
	if n < 2 || w.stack[n-1].obj || w.stack[n-2].obj {
		return nil
	}
	k := n - 1 // the property
	var label []byte
	ok := false
	if w.stack[k].index >= 3 {
		label, ok = propertyName(w.data, w.stack[k].start)
	}
	if !ok {
		// A part of a structured value: the property is one up.
		if n < 3 || w.stack[n-2].obj || w.stack[n-2].index != 3 || w.stack[n-3].obj {
			return nil
		}
		k = n - 2
		label, ok = propertyName(w.data, w.stack[k].start)
		if ok && string(label) == "adr" && w.stack[n-1].index == 6 {
			return nil // an address's country alone locates no one (RFC 6350's order)
		}
	}
	if !ok || !keyLike(label) {
		return nil
	}
	// A name the rules do not know still stands for its value, whose
	// vetoes it carries: an event's uid is no e-mail address.
	return st.child(w.stack[k-1].node, label)
}

// propertyName returns the name of the jCard property whose array starts
// at d[start]: a string, an object, a string, then its values.
func propertyName(d []byte, start int) ([]byte, bool) {
	i := jsonstr.SkipSpace(d, start+1)
	if i >= len(d) || d[i] != '"' {
		return nil, false
	}
	end, esc, err := scanString(d, i)
	if err != nil || esc || end-i-2 > 40 || end-i-2 < 1 {
		return nil, false
	}
	name := d[i+1 : end-1]
	j := jsonstr.SkipSpace(d, end)
	if j >= len(d) || d[j] != ',' {
		return nil, false
	}
	if j = jsonstr.SkipSpace(d, j+1); j >= len(d) || d[j] != '{' {
		return nil, false
	}
	e, ok := skipValue(d, j)
	if !ok {
		return nil, false
	}
	if j = jsonstr.SkipSpace(d, e); j >= len(d) || d[j] != ',' {
		return nil, false
	}
	if j = jsonstr.SkipSpace(d, j+1); j >= len(d) || d[j] != '"' {
		return nil, false
	}
	return name, true
}

// pairLabel returns the first value of the array at d[start] when the array
// is a pair whose first value is a string without escapes, of 1 to 96
// bytes: the label of ["ssid", "HomeNet"].
func pairLabel(d []byte, start int) ([]byte, bool) {
	i := jsonstr.SkipSpace(d, start+1)
	if i >= len(d) || d[i] != '"' {
		return nil, false
	}
	end, esc, err := scanString(d, i)
	if err != nil || esc || end-i-2 > 96 || end-i-2 < 1 {
		return nil, false
	}
	// A pair, not a longer list.
	j := jsonstr.SkipSpace(d, end)
	if j >= len(d) || d[j] != ',' {
		return nil, false
	}
	k, ok := skipValue(d, jsonstr.SkipSpace(d, j+1))
	if !ok || k >= len(d) || d[jsonstr.SkipSpace(d, k)] != ']' {
		return nil, false
	}
	return d[i+1 : end-1], true
}

// inlineLabelled judges a value that carries its own label where its
// field's name says nothing and the value alone told nothing
// ("ssid:MW-Clinic", "ip 10.8.2.182", "SN LTDKQODPHK", "Diet: diabetic"
// under f, c3 or a patch's value): its rest is judged as the labelled
// field's value would be.
func (st *state) inlineLabelled(w *walker, v []byte) {
	label, rest, ok := inlineLabel(v)
	if !ok {
		return
	}
	c := st.child(w.stack[len(w.stack)-1].node, label)
	// An environment's variable (a container's Env list, a .env line:
	// "SMTP_URL=smtp://..."), is a field and its value whatever its name
	// says: the value alone may tell.
	if vd := st.verdict(c); (namesField(vd) || envName(v, label)) && !vd.Text {
		st.judgeMemo(w, c, vd, rules.String, rest)
	}
}

// captionKeys name a field's description or caption: what it holds, not
// a value of it.
var captionKeys = map[string]bool{
	"fieldtext": true, "fielddescription": true, "fielddesc": true, "fieldlabel": true, "columndescription": true,
	"columndesc": true, "coldesc": true, "columnlabel": true, "description": true, "desc": true, "caption": true,
	"label": true, "helptext": true, "tooltip": true, "placeholder": true, "header": true, "heading": true,
	"hint": true, "scrtext": true, "reptext": true, "ddtext": true,
}

// captionKey reports a name among captionKeys, whatever its case and separators.
func captionKey(k string) bool { return foldedIn(k, captionKeys) }

// codeKeys name a user's code or log-in beside their name.
var codeKeys = map[string]bool{"code": true, "usercode": true, "login": true, "loginname": true}

// besidePersonName reports an object that also holds a "name" whose value
// starts with a given name the dictionary knows: a user's record.
func (st *state) besidePersonName(w *walker) bool {
	if len(w.stack) == 0 || !w.stack[len(w.stack)-1].obj {
		return false
	}
	d, found := st.c.set.Dictionaries(), false
	members(w.data, w.stack[len(w.stack)-1].start, func(key []byte, kesc bool, val []byte, isStr bool) bool {
		if kesc || !isStr || !foldedIn(key, nameKeys) {
			return true
		}
		if sp := bytes.IndexByte(val, ' '); sp > 0 {
			found = knownName(d, "first_names", val[:sp])
		}
		return false
	})
	return found
}

var nameKeys = map[string]bool{"name": true, "displayname": true, "fullname": true}

// fullName reports two or three words, the first a given name and the
// last a surname of the dictionaries, neither a look-alike.
func (st *state) fullName(v []byte) bool {
	sp, last := bytes.IndexByte(v, ' '), bytes.LastIndexByte(v, ' ')
	if sp <= 0 || bytes.Count(v, []byte(" ")) > 2 {
		return false
	}
	d := st.c.set.Dictionaries()
	first, sur := v[:sp], v[last+1:]
	return knownName(d, "first_names", first) && knownName(d, "surnames", sur)
}

// nameNoSection drops a section's hit from a person's name: a name is a
// person's, not their health, whatever section it sits in (the optometrist
// of an eyeglass prescription, the "Dr. Ana Vidal" of a visit's record).
func (st *state) nameNoSection(v []byte) {
	if c := st.best[rules.Contact].rule; isPersonName(c) || c != nil && c.Type == "person-name" && titledName(v) {
		st.dropSection()
	}
}

// titledName reports a value that is two or three capitalised words after
// a title (rules.WithoutTitle's): "Dr. Ana Vidal", "Prof Kofi Mensah".
func titledName(v []byte) bool {
	name := rules.WithoutTitle(v)
	if len(name) == len(v) {
		return false
	}
	words := 0
	for w := range bytes.SplitSeq(name, []byte{' '}) {
		if words++; !nameWord(w) {
			return false
		}
	}
	return words >= 2 && words <= 3
}

// knownName reports a word of the names list that is no look-alike (rose,
// gold, may).
func knownName(d *rules.Dictionaries, list string, w []byte) bool {
	return d.Has(list, w) && !d.Has("name_lookalikes", w)
}

// onlyFound reports whether every hit of st.best is a text finder's.
func (st *state) onlyFound() bool {
	for i := range st.best {
		if r := st.best[i].rule; r != nil && !r.Finds() {
			return false
		}
	}
	return true
}

// fieldNameValue reports a short value of one to three words, without
// digits, that the rules know as a field's name.
func (st *state) fieldNameValue(v []byte) bool {
	if len(v) > 40 || bytes.IndexByte(v, ' ') < 0 && len(v) < 4 || bytes.Count(v, []byte(" ")) > 2 || bytes.ContainsAny(v, "0123456789:=@/.,;!?()'’") {
		return false
	}
	d := st.c.set.Dictionaries()
	for w := range bytes.SplitSeq(v, []byte{' '}) {
		// "Ravi home broadband" names Ravi's line.
		if d.Has("first_names", w) || d.Has("conditions", w) {
			return false
		}
	}
	st.oneName[0] = unsafe.String(unsafe.SliceData(v), len(v)) // not kept: JudgeKeyCached copies what it caches
	vd := st.c.set.JudgeKeyCached(&st.keys, st.oneName[:])
	st.oneName[0] = ""
	return len(vd.Hits) > 0
}

// sameLetters reports whether a key and a value spell the same words,
// whatever their case, spaces and punctuation (blood_pressure and "Blood
// pressure"): four letters at least. Letters beyond ASCII compare as they
// are.
func sameLetters(key, v []byte) bool {
	i, j, n := 0, 0, 0
	for {
		for i < len(key) && !letterByte(key[i]) {
			i++
		}
		for j < len(v) && !letterByte(v[j]) {
			j++
		}
		if i == len(key) || j == len(v) {
			return i == len(key) && j == len(v) && n >= 4
		}
		if key[i]|0x20 != v[j]|0x20 && (key[i] < 0x80 || key[i] != v[j]) {
			return false
		}
		i, j, n = i+1, j+1, n+1
	}
}

func letterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 }

// versionShape reports three or four dot-separated numbers of one to three
// digits (4.19.18, 10.0.1.2): a version, or an address; no date
// (12.03.1984 has a year of four digits), and no number grouped by
// thousands (a Colombian cédula, 1.068.033.744; an Argentine DNI,
// 30.123.456).
func versionShape(v []byte) bool {
	if len(v) < 5 || len(v) > 15 {
		return false
	}
	parts, n, grouped := 1, 0, true
	for _, c := range v {
		switch {
		case c >= '0' && c <= '9':
			n++
			if n > 3 {
				return false
			}
		case c == '.' && n > 0:
			if parts > 1 && n != 3 {
				grouped = false
			}
			parts++
			n = 0
		default:
			return false
		}
	}
	return n > 0 && (parts == 3 || parts == 4) && !(grouped && n == 3)
}

// afterCode returns what follows a code at the start of v, a token of
// capitals, digits and dashes with a digit in it, before " - " (OpenMRS's
// "49076L - Wongani Kachingwe", an ERP's "EMP-0042 - Ana Souza").
func afterCode(v []byte) ([]byte, bool) {
	i := bytes.Index(v, []byte(" - "))
	if i < 3 || i > 16 || len(v) < i+5 {
		return nil, false
	}
	digit := false
	for _, c := range v[:i] {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'Z' || c == '-':
		default:
			return nil, false
		}
	}
	return v[i+3:], digit
}

// embeddedPairs judges the quoted keys and their values that a string
// holds as a record printed in it ({'weight': 137.5, 'device': 'Withings
// Body Comp'}, as Python prints a dict in a notebook's output; a JSON
// fragment in a log line): each pair as a field of its key, merged into
// what the string exposes. Two pairs at least; a string with no quote is
// passed over at the cost of one search.
func (st *state) embeddedPairs(w *walker, v []byte) {
	if len(v) < 12 || len(v) > 8192 {
		return
	}
	q := firstQuote(v)
	if q > 0 && v[q] == '"' && (v[0] == '{' || v[0] == '[') {
		return // JSON in the string: judge walks it as JSON
	}
	if q < 0 || bytes.Count(v[q:], []byte("': "))+bytes.Count(v[q:], []byte(`": `)) < 2 {
		return
	}
	parent := w.stack[len(w.stack)-1].node
	merged := st.best
	for i := q; i < len(v); {
		key, val, kind, next, ok := nextPair(v, i)
		if next <= i {
			break
		}
		i = next
		if !ok {
			continue
		}
		c := st.child(parent, key)
		vd := st.verdict(c)
		if !namesField(vd) || vd.Text {
			continue
		}
		st.judgeMemo(w, c, vd, kind, val)
		for k := range st.best {
			if st.best[k].rule != nil && (merged[k].rule == nil || st.best[k].conf > merged[k].conf) {
				merged[k] = st.best[k]
			}
		}
	}
	st.best = merged
}

// firstQuote returns the offset of v's first single or double quote, or
// -1 (two vectorised searches rather than a byte at a time).
func firstQuote(v []byte) int {
	q := bytes.IndexByte(v, '\'')
	if d := bytes.IndexByte(v, '"'); d >= 0 && (q < 0 || d < q) {
		q = d
	}
	return q
}

// nextPair reads the next 'key': value pair of v from i on, a quoted key
// of letters, digits and _ - . before a colon and a quoted string or a
// number: the key, the value, its kind, where to read on, and whether a
// pair was read.
func nextPair(v []byte, i int) (key, val []byte, kind rules.Kind, next int, ok bool) {
	j := firstQuote(v[i:])
	if j < 0 {
		return nil, nil, 0, len(v), false
	}
	i += j
	q := v[i]
	k := i + 1
	for k < len(v) && k-i <= 41 && (v[k] >= 'a' && v[k] <= 'z' || v[k] >= 'A' && v[k] <= 'Z' || v[k] >= '0' && v[k] <= '9' || v[k] == '_' || v[k] == '-' || v[k] == '.') {
		k++
	}
	if k == i+1 || k >= len(v) || v[k] != q || k+2 >= len(v) || v[k+1] != ':' || v[k+2] != ' ' {
		return nil, nil, 0, i + 1, false
	}
	key = v[i+1 : k]
	s := k + 3
	for s < len(v) && v[s] == ' ' {
		s++
	}
	if s >= len(v) {
		return nil, nil, 0, len(v), false
	}
	if c := v[s]; c == '\'' || c == '"' {
		e := bytes.IndexByte(v[s+1:], c)
		if e < 0 {
			return nil, nil, 0, len(v), false
		}
		return key, v[s+1 : s+1+e], rules.String, s + 2 + e, e > 0
	}
	e := s
	for e < len(v) && (v[e] >= '0' && v[e] <= '9' || v[e] == '.' || v[e] == '-' && e == s) {
		e++
	}
	if e == s {
		return nil, nil, 0, s, false
	}
	return key, v[s:e], rules.Number, e, true
}

// envName reports a label that is the name of an environment variable,
// upper case words joined by underscores, before an equals sign in v.
func envName(v, label []byte) bool {
	if len(label) < 2 || len(label) >= len(v) || v[len(label)] != '=' {
		return false
	}
	for _, c := range label {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// inlineLabel splits a value that starts with its own label: a name of one
// to three words before a colon or an equals sign ("Diet: diabetic",
// "psk=...", "WiFi name: Home"), or a word of two to eight letters and
// digits before a space and one token or a number ("ip 10.8.2.182", "SN
// LTDKQODPHK", "FHR 145 bpm"). The label must start with a letter, the
// rest must not be empty.
func inlineLabel(v []byte) (label, rest []byte, ok bool) {
	if len(v) < 4 || !(v[0] >= 'a' && v[0] <= 'z' || v[0] >= 'A' && v[0] <= 'Z') {
		return nil, nil, false
	}
	end := min(len(v), 26)
	spaces, unit := 0, 0
	for i := 1; i < end; i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.':
		case c == '(' && unit == 0 && i >= 2:
			// A unit in parentheses after the name ("Weight (kg): 89.7",
			// "Temperature (c): 38.1") is no part of the label.
			j := bytes.IndexByte(v[i:min(len(v), i+10)], ')')
			if j < 2 || i+j+1 >= len(v) || v[i+j+1] != ':' {
				return label, rest, label != nil
			}
			unit = i
			i += j
			end = min(len(v), i+2)
		case c == ':' || c == '=':
			rest = bytes.TrimLeft(v[i+1:], " ")
			if i < 2 || len(rest) == 0 || rest[0] == '/' || rest[0] == '=' {
				return nil, nil, false // a URL's scheme, base64's padding
			}
			if q := rest[0]; q == '"' || q == '\'' {
				// A quoted value ends at its quote: API_KEY = "…"  # TODO.
				if e := bytes.IndexByte(rest[1:], q); e > 0 {
					rest = rest[1 : 1+e]
				}
			}
			if unit > 0 {
				return bytes.TrimRight(v[:unit], " "), rest, true
			}
			return bytes.TrimRight(v[:i], " "), rest, true
		case c == ' ':
			if spaces == 0 && i >= 2 && i <= 5 && abbreviation(v[:i]) {
				if r := v[i+1:]; len(r) > 0 && len(r) <= 40 && (r[0] >= '0' && r[0] <= '9' || bytes.IndexByte(r, ' ') < 0 && codeLike(r)) {
					label, rest = v[:i], r
				}
			}
			spaces++
			if spaces > 2 {
				return label, rest, label != nil
			}
		default:
			return label, rest, label != nil
		}
	}
	return label, rest, label != nil
}

// abbreviation reports a word of letters all of one case (SN, FHR, ip,
// ssid), the way labels are shortened, and no word of a sentence.
func abbreviation(w []byte) bool {
	upper, lower := 0, 0
	for _, c := range w {
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return upper == 0 || lower == 0
}

// codeLike reports a token that is no plain word: it holds a digit, a
// capital after its first letter, or a separator (HospMedia, LTDKQODPHK,
// MW-Clinic, aa:bb).
func codeLike(t []byte) bool {
	for i, c := range t {
		if c >= '0' && c <= '9' || c == '-' || c == ':' || c == '.' || c == '_' || i > 0 && c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// keyLike reports whether a label reads as a field name ("bone_mass",
// "Heart Rate", "wifi.pass") rather than as data (an e-mail, a sentence, a
// number), so that rows of data do not fill the path cache.
func keyLike(b []byte) bool {
	if len(b) == 0 || len(b) > 96 {
		return false
	}
	letters, spaces := 0, 0
	for _, c := range b {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80:
			letters++
		case c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '%' || c == '#' || c == ':':
		case c == ' ':
			spaces++
		default:
			return false
		}
	}
	return letters > 0 && spaces <= 4
}

// noVerdict is the verdict of a name that says nothing.
var noVerdict rules.KeyVerdict

// inTuple reports whether one of the arrays the value is in, below the
// object whose member names them, is a tuple.
func (w *walker) inTuple() bool {
	for k := len(w.stack) - 1; k >= 0 && !w.stack[k].obj; k-- {
		if w.tuple(k) {
			return true
		}
	}
	return false
}

// tuple reports whether the array of frame k holds elements of different
// kinds (a string beside a number, a scalar beside a container): a record
// written by position, not a list of values its name describes. Nulls
// count as no kind. The answer is kept on the array's frame.
func (w *walker) tuple(k int) bool {
	f := &w.stack[k]
	if f.tupleAsked {
		return f.tuple
	}
	f.tupleAsked = true
	var kinds uint8
	n := 0
	eachElement(w.data, f.start, func(i int) bool {
		switch c := w.data[i]; {
		case c == '"':
			kinds |= 1
		case c == '{' || c == '[':
			kinds |= 2
		case c == 't' || c == 'f':
			kinds |= 4
		case c != 'n':
			kinds |= 8
		}
		n++
		return n < 64
	})
	f.tuple = bits.OnesCount8(kinds) >= 2
	return f.tuple
}

// skipValue returns the end of the JSON value at d[i], checking only its
// structure.
func skipValue(d []byte, i int) (int, bool) {
	depth := 0
	for i < len(d) {
		switch d[i] {
		case '"':
			end, _, err := scanString(d, i)
			if err != nil {
				return 0, false
			}
			i = end
		case '{', '[':
			depth++
			i++
		case '}', ']':
			if depth == 0 {
				return i, true
			}
			depth--
			i++
		case ',':
			if depth == 0 {
				return i, true
			}
			i++
		default:
			i++
		}
	}
	return i, false
}

// unescapeKey decodes an escaped key into the key buffer.
func (st *state) unescapeKey(raw []byte) []byte {
	st.keyBuf = jsonstr.Unescape(st.keyBuf[:0], raw)
	return st.keyBuf
}

// masked reports a value already masked: all '*', 'x', '•' or '#'.
// templateVar reports a value that is a template's variable and nothing
// else: Postman's, Handlebars' and Jinja's {{access_token}}, a shell's or
// a config's ${DB_PASSWORD}. What it stands for is elsewhere.
func templateVar(v []byte) bool {
	switch {
	case len(v) >= 5 && v[0] == '{' && v[1] == '{' && v[len(v)-1] == '}' && v[len(v)-2] == '}':
		v = v[2 : len(v)-2]
	case len(v) >= 4 && v[0] == '$' && v[1] == '{' && v[len(v)-1] == '}':
		v = v[2 : len(v)-1]
	default:
		return false
	}
	v = bytes.TrimSpace(v)
	if len(v) == 0 || len(v) > 64 {
		return false
	}
	for _, c := range v {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == '$' || c == ':') {
			return false
		}
	}
	return true
}

func masked(v []byte) bool {
	if len(v) < 3 {
		return false
	}
	marks := 0
	for _, c := range v {
		switch c {
		case '*', 'x', 'X', '#':
			marks++
		case '-', ' ', '.', '(', ')', '+', '/', ':':
			// A mask keeps the value's separators: XXX-XX-XXXX, +1 (XXX)
			// XXX-XXXX, XX:XX:XX.
		default:
			return v[0] == "•"[0] && bytes.Count(v, []byte("•"))*len("•") == len(v)
		}
	}
	return marks >= 3
}

// token returns the bounds in the document of the leaf whose raw bytes
// (between the quotes, for a string) are raw.
func (w *walker) token(raw []byte, kind rules.Kind) (start, end int32) {
	off := cap(w.data) - cap(raw)
	if kind == rules.String {
		return int32(off - 1), int32(off + len(raw) + 1)
	}
	return int32(off), int32(off + len(raw))
}

// valueRules returns the rules that may match a value alone whose first
// byte and shape are given: the set's rules for the first byte, filtered
// by shape once per shape seen and kept.
func (st *state) valueRules(first byte, shape rules.Shape) []*rules.Compiled {
	k := uint32(shape)<<8 | uint32(first)
	if rs, ok := st.byShape[k]; ok {
		return rs
	}
	if st.byShape == nil || len(st.byShape) >= maxShapes {
		st.byShape = make(map[uint32][]*rules.Compiled)
		st.ruleLists = make(map[string][]*rules.Compiled)
	}
	key, list := st.listKey[:0], st.listBuf[:0]
	for _, c := range st.c.set.ValueRules(first) {
		if c.MayMatchShape(first, shape) {
			key = binary.LittleEndian.AppendUint32(key, uint32(c.Index))
			list = append(list, c)
		}
	}
	st.listKey, st.listBuf = key, list
	rs, ok := st.ruleLists[string(key)]
	if !ok {
		rs = slices.Clone(list)
		st.ruleLists[string(key)] = rs
	}
	st.byShape[k] = rs
	return rs
}

// maxShapes bounds the shapes whose rules a worker keeps.
const maxShapes = 1 << 14

// nativeDigits reports a value with the digits of Arabic (٠١٢), Persian
// (۰۱۲), Devanagari (०१२) or Bengali (০১২) script, which phone numbers,
// dates and ids from Iran, the Arab world and South Asia are written in:
// the value rules read ASCII digits. One compare a byte: the lead bytes
// are 0xD9, 0xDB and 0xE0, and most values have none above 0xD8.
func nativeDigits(v []byte) bool {
	// Most values are ASCII: eight bytes a test find it out.
	i := 0
	for ; i+8 <= len(v); i += 8 {
		if binary.LittleEndian.Uint64(v[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i+1 < len(v); i++ {
		if c := v[i]; c >= 0xD9 {
			switch {
			case c == 0xD9 && v[i+1] >= 0xA0 && v[i+1] <= 0xA9,
				c == 0xDB && v[i+1] >= 0xB0 && v[i+1] <= 0xB9,
				c == 0xE0 && i+2 < len(v) && (v[i+1] == 0xA5 || v[i+1] == 0xA7) && v[i+2] >= 0xA6 && v[i+2] <= 0xAF:
				return true
			}
		}
	}
	return false
}

// asciiDigits appends v to dst with its native digits written as ASCII
// ones, and the Arabic decimal and thousands separators as '.' and ','.
func asciiDigits(dst, v []byte) []byte {
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == 0xD9 && i+1 < len(v) && v[i+1] >= 0xA0 && v[i+1] <= 0xA9:
			dst = append(dst, '0'+v[i+1]-0xA0)
			i++
		case c == 0xD9 && i+1 < len(v) && v[i+1] == 0xAB:
			dst = append(dst, '.')
			i++
		case c == 0xD9 && i+1 < len(v) && v[i+1] == 0xAC:
			dst = append(dst, ',')
			i++
		case c == 0xDB && i+1 < len(v) && v[i+1] >= 0xB0 && v[i+1] <= 0xB9:
			dst = append(dst, '0'+v[i+1]-0xB0)
			i++
		case c == 0xE0 && i+2 < len(v) && (v[i+1] == 0xA5 || v[i+1] == 0xA7) && v[i+2] >= 0xA6 && v[i+2] <= 0xAF:
			dst = append(dst, '0'+v[i+2]-0xA6)
			i += 2
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
