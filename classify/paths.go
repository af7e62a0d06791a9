package classify

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/leakscope/leakscope/internal/jsonstr"
	"github.com/leakscope/leakscope/rules"
)

// A node is one normalized path (array indices folded) seen by a worker.
// Field names repeat across millions of records, so what a path says by
// its names is judged once, on first sight, and kept here.
type node struct {
	names []string // object keys from the root; array steps left out
	// ev is the column evidence of the field, with Options.ColumnEvidence
	// only: the node stays small without it.
	ev       *nodeEvidence
	children childTable
	// order holds the children in the order of the members of the last
	// object seen here: records of one schema repeat it, and a key
	// compared with the child expected at its place needs no hashing.
	order []member
	elem  *node // the elements, if this path is an array

	// What a look-up reads comes last, next to the key's bytes when they
	// are kept with the node (keyedNode).
	key string // the last of names, for an object member
	vd  *rules.KeyVerdict
	// used is the worker's tick (its document count) when the node was
	// last reached: what a full cache keeps is what was used last.
	used uint32
	// data says the key is data (an id, an address): a member so named
	// stands for the element node, not this one (made by a row's label).
	data bool
	// mark says whether the key may mark a record (markRecord).
	mark uint8
}

// Values of node.mark.
const (
	markUnknown uint8 = iota
	markNone
	markMay
)

// A keyedNode is a node and the bytes of its key in one allocation, so
// that the key a look-up compares lies on the node's own cache lines.
type keyedNode struct {
	node
	buf [keyedBytes]byte
}

// keyedBytes is the longest key kept with its node; most field names fit.
const keyedBytes = 32

// maxNodes bounds the paths a worker remembers; past it (a dump of ever
// new names, say) the cache keeps the half it used last, so memory stays
// bounded and the paths in use are not judged again.
const maxNodes = 1 << 15

func (st *state) child(n *node, key []byte) *node {
	h := st.keyHash(key)
	if c := n.children.get(h, key); c != nil {
		c.used = st.tick
		st.found++
		return c
	}
	return st.newChild(n, h, key)
}

// newChild adds the child of n for key, which it has not; h is the key's
// hash.
func (st *state) newChild(n *node, h uint64, key []byte) *node {
	if st.nodes >= maxNodes {
		st.prune()
	}
	var c *node
	var k string
	if len(key) <= keyedBytes {
		kn := &keyedNode{}
		copy(kn.buf[:], key)
		c, k = &kn.node, unsafe.String(&kn.buf[0], len(key))
	} else {
		c, k = &node{}, string(key)
	}
	c.names, c.key, c.used, c.data = append(slices.Clip(n.names), k), k, st.tick, dataKey(key) && !rules.LwM2MObject(n.key)
	n.children.put(h, c)
	st.nodes++
	return c
}

// prune forgets the paths of the cache not used lately, keeping the half
// used last; if too few are older than the current document, it starts
// again. A node forgotten is only detached: a walk that holds it goes on.
func (st *state) prune() {
	// A cache that found fewer nodes than it made since it was last full
	// (a dump of random names) is not worth sorting out: start again.
	found := st.found
	st.found = 0
	if found < maxNodes/2 {
		st.root, st.nodes = &node{}, 0
		return
	}
	ticks := st.ticks[:0]
	var collect func(n *node)
	collect = func(n *node) {
		n.children.all(func(c *node) {
			ticks = append(ticks, c.used)
			collect(c)
		})
		if n.elem != nil {
			collect(n.elem)
		}
	}
	collect(st.root)
	st.ticks = ticks
	if len(ticks) < maxNodes/2 {
		return
	}
	slices.Sort(ticks)
	// Keep what was used at or after min; the current document's nodes
	// (those on the walker's stack among them) always are.
	min := ticks[len(ticks)-maxNodes/2]
	st.nodes = st.root.prune(min)
	if st.nodes > maxNodes*3/4 {
		st.root = &node{}
		st.nodes = 0
	}
}

// prune drops the descendants of n used before min and returns how many
// children are left below n.
func (n *node) prune(min uint32) int {
	kept := 0
	n.children.keep(func(c *node) bool {
		if c.used < min {
			return false
		}
		kept += 1 + c.prune(min)
		return true
	})
	for i, m := range n.order {
		if m.node.used < min {
			clear(n.order[i:])
			n.order = n.order[:i]
			break
		}
	}
	if n.elem != nil {
		if n.elem.used < min {
			n.elem = nil
		} else {
			kept += n.elem.prune(min)
		}
	}
	return kept
}

// A member is a child remembered in order, with its key beside it, so
// that a key of another length is told apart without reading the node.
type member struct {
	key  string
	node *node
}

// maxOrder bounds the members of an object remembered in order.
const maxOrder = 256

// member returns the child of n for the k-th member of an object, key.
func (st *state) member(n *node, k int, key []byte) *node {
	if k < len(n.order) {
		if m := &n.order[k]; m.key == string(key) {
			c := m.node
			c.used = st.tick
			st.found++
			return c
		}
	}
	// A key that is data (an id, an address) names one element of a
	// collection, as an index does: judged as its object's name. A known
	// child says whether its key is; a new key is looked at.
	h := st.keyHash(key)
	c := n.children.get(h, key)
	switch {
	case c != nil && !c.data:
		c.used = st.tick
		st.found++
	case c != nil || dataKey(key) && !rules.LwM2MObject(n.key):
		c = st.element(n)
	default:
		c = st.newChild(n, h, key)
	}
	if k < len(n.order) {
		n.order[k] = member{c.key, c}
	} else if k == len(n.order) && k < maxOrder {
		n.order = append(n.order, member{c.key, c})
	}
	return c
}

// element returns the node of the elements of array n; they share the
// array's names, so ["a@x.org"] under "emails" is judged as "emails".
func (st *state) element(n *node) *node {
	if n.elem == nil {
		n.elem = &node{names: n.names}
	}
	n.elem.used = st.tick
	return n.elem
}

func (st *state) verdict(n *node) *rules.KeyVerdict {
	if n.vd == nil {
		n.vd = st.c.set.JudgeKeyCached(&st.keys, n.names)
	}
	return n.vd
}

// appendPointer appends the RFC 6901 pointer of the value the walker is at.
// The tokens of the frames it shares with the pointer made last are
// copied, not escaped again: a record's findings differ in their last.
func (w *walker) appendPointer(dst []byte) []byte {
	k := 0
	for k < len(w.ptrSteps) && k < len(w.stack) && w.ptrSteps[k].start == w.stack[k].start && w.ptrSteps[k].index == w.stack[k].index {
		k++
	}
	p := w.ptr[:0]
	if k > 0 {
		p = w.ptr[:w.ptrSteps[k-1].end]
	}
	w.ptrSteps = w.ptrSteps[:k]
	for i := k; i < len(w.stack); i++ {
		f := &w.stack[i]
		p = append(p, '/')
		if !f.obj {
			p = strconv.AppendInt(p, int64(f.index), 10)
		} else {
			key := w.data[f.keyStart:f.keyEnd]
			if f.keyEsc {
				key = jsonstr.Unescape(w.st.keyBuf[:0], key)
				w.st.keyBuf = key
			}
			p = appendPointerToken(p, key)
		}
		w.ptrSteps = append(w.ptrSteps, ptrStep{f.start, f.index, len(p)})
	}
	if cap(p) != cap(w.ptr) {
		w.ptr = p // grown; else w.ptr holds it already, its length aside
	}
	return append(dst, p...)
}

// appendPointerToken escapes '~' and '/' as RFC 6901 says.
func appendPointerToken(dst, key []byte) []byte {
	for _, c := range key {
		switch c {
		case '~':
			dst = append(dst, '~', '0')
		case '/':
			dst = append(dst, '~', '1')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// dataKey reports a member name that is a value rather than a field name:
// a number, an e-mail address, an IPv4 or MAC address, a UUID, or a long
// run of letters and at least four digits (database and push ids). Dumps
// keyed by such names would otherwise make a path, and judge a name, per
// record.
func dataKey(k []byte) bool {
	if len(k) == 0 {
		return false
	}
	var digits, letters, dots, colons, dashes, others, at int
	for _, c := range k {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c == '.':
			dots++
		case c == ':':
			colons++
		case c == '-':
			dashes++
		case c == '@':
			at++
		case c == '_':
		default:
			others++
		}
	}
	switch {
	case len(k) == 8 && dicomTag(k):
		return false // a DICOM attribute's tag, the name DICOM JSON gives it
	case len(k) == 36 && isGATT(k):
		return false // a Bluetooth service or characteristic, by its assigned number
	case digits >= 4 && rules.HasXMLEscape(k):
		return false // a SharePoint column's name, "Datum_x0020_ro_x0111_enja"
	case digits == len(k):
		return true
	case at == 1 && dots >= 1 && letters > 0 && k[0] != '@':
		// an e-mail address, but for OData's annotations of a property
		// (gendercode@OData.Community.Display.V1.FormattedValue) and of
		// the record (@odata.etag, @search.score: nothing before the @)
		return !bytes.Contains(k, []byte("@OData.")) && !bytes.Contains(k, []byte("@Microsoft."))
	case digits+dots == len(k) && dots == 3:
		// an IPv4 address, but for the X.500 attribute types (2.5.4.42 is
		// givenName) that LDAP exports write as names
		return !bytes.HasPrefix(k, []byte("2.5.4."))
	case colons == 5 && len(k) == 17, dashes == 4 && len(k) == 36:
		return isHexOr(k, ":-") // a MAC address, a UUID
	case len(k) >= 12 && digits >= 4 && letters > 0 && dots+colons+others+at == 0:
		return true // an id
	case len(k) == 20 && k[0] == '-' && dots+colons+others+at == 0:
		return true // a Firebase push id
	case len(k) >= 8 && digits >= 2 && letters >= 2 && digits+letters == len(k) && !hasLower(k):
		return true // an upper-case id: U024BE7LH, 7F3A2C9E
	case dots+colons+others+at == 0 && digits > 0:
		return prefixedID(k) // A-10861, door-1422, s_5b6a67
	case dots > 0 && colons+others+at == 0 && letters > 0:
		return hostKey(k) // ecg-ws04.screening.lan: an inventory's host
	}
	return false
}

// hostKey reports a host's name used as a key (Ansible's hostvars, a
// monitoring export's hosts): labels joined by dots ending in a public or
// an internal network's suffix, with two dots at least, or one after a
// label with a digit or a dash in it (nas-01.lan). A reversed name
// (com.apple.health) and a flattened path (wifi.ssid.name) are no hosts.
func hostKey(k []byte) bool {
	first, _, _ := bytes.Cut(k, []byte{'.'})
	last := k[bytes.LastIndexByte(k, '.')+1:]
	if len(first) == 0 || len(last) == 0 || !hostSuffix[string(last)] || hostSuffix[string(first)] {
		return false
	}
	if bytes.Count(k, []byte{'.'}) >= 2 {
		return true
	}
	return bytes.ContainsAny(first, "-0123456789")
}

// hostSuffix holds the last labels of host names: generic top-level
// domains and the suffixes of home and company networks.
var hostSuffix = map[string]bool{
	"com": true, "org": true, "net": true, "edu": true, "gov": true, "io": true, "cloud": true,
	"lan": true, "local": true, "internal": true, "home": true, "corp": true, "localdomain": true,
	"intranet": true, "intra": true, "private": true, "arpa": true, "example": true, "test": true,
}

// isGATT reports a UUID on Bluetooth's base, a GATT service's or
// characteristic's.
func isGATT(k []byte) bool {
	_, ok := rules.GATTNumber(k)
	return ok
}

// dicomTag reports an attribute tag of DICOM's standard groups (PS3.6),
// eight hexadecimal digits as the DICOM JSON model (PS3.18 F.2) keys
// attributes by: 00100010 is PatientName, 001021A0 SmokingStatus.
// Private groups (odd numbers) and the rest of the eight-digit numbers are
// data as before.
func dicomTag(k []byte) bool {
	if k[0] != '0' || k[1] != '0' || !isHexOr(k, "") {
		return false
	}
	switch string(k[2:4]) {
	case "08", "10", "18", "20", "28", "32", "38", "40", "54", "70", "88":
		return true
	}
	return false
}

// prefixedID reports a name of up to eight letters, one '-' or '_', and an
// id: three or more letters and digits with at least two digits, or four
// or more hexadecimal digits with one digit at least.
func prefixedID(k []byte) bool {
	sep := bytes.IndexAny(k, "-_")
	if sep < 1 || sep > 8 || len(k)-sep-1 < 3 || len(k)-sep-1 > 24 {
		return false
	}
	for _, c := range k[:sep] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	digits, hex := 0, true
	for _, c := range k[sep+1:] {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
		case c >= 'g' && c <= 'z' || c >= 'G' && c <= 'Z':
			hex = false
		default:
			return false
		}
	}
	if wordNumber(k[sep+1:]) {
		return false // password_sha256, addr_ipv4: a word and its number
	}
	return digits >= 2 || hex && digits >= 1 && len(k)-sep-1 >= 4
}

// wordNumber reports letters, one at least beyond the hexadecimal digits,
// followed by at most three digits (sha256, ipv6, md5; not ebb4): a name,
// not an id.
func wordNumber(s []byte) bool {
	i, word := 0, false
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		word = word || !isHexDigit(s[i])
		i++
	}
	return i >= 2 && word && len(s)-i <= 3
}

func isHexOr(k []byte, seps string) bool {
	for _, c := range k {
		if !isHexDigit(c) && !strings.ContainsRune(seps, rune(c)) {
			return false
		}
	}
	return true
}

func hasLower(k []byte) bool {
	for _, c := range k {
		if c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}
