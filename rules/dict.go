package rules

import (
	"bytes"
	"embed"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bits-and-blooms/bloom/v3"
)

//go:embed dict/*.txt
var dictFS embed.FS

// Dictionaries are the word lists that rules look values up in: given names,
// surnames, device vendors and models, health terms, medications,
// conditions, common passwords, default SSIDs. Big lists are Bloom filters
// (a false positive rate of 1 in 10,000), small ones maps. Entries are
// lower case; look-ups fold ASCII case. Dictionaries are immutable and safe
// for concurrent use.
type Dictionaries struct {
	names []string
	sets  map[string]*wordSet
	// raw holds each list as read, for the few rules that take its entries
	// as key terms at compile time: one slice a list, not a string an
	// entry for the collector to scan for the life of the process.
	raw map[string][]byte
}

type wordSet struct {
	// pre has a bit for the length and the first, middle and last bytes
	// of each word: most values that are not words fail here, in a few
	// nanoseconds, before any hashing.
	pre   *[1 << 16 / 64]uint64
	bloom *bloom.BloomFilter
	small map[string]struct{}
	// phrases holds the entries of three words or more, looked up exactly:
	// a text has many runs of three words, and a Bloom filter's rare false
	// positive ("de la constitución") would add up over them.
	phrases map[string]struct{}
	n       int
}

// smallList is the size under which a map is as small as a Bloom filter and
// faster.
const smallList = 256

func (w *wordSet) test(b []byte) bool {
	if len(b) == 0 || w.pre[preKey(b)/64]&(1<<(preKey(b)%64)) == 0 {
		return false
	}
	if w.small != nil {
		_, ok := w.small[string(b)]
		return ok
	}
	return w.bloom.Test(b)
}

// A dictLoad is dictionaries read, with the function that builds their
// sets: until it has returned, the sets may be found (Compile only looks
// for them) but not looked in.
type dictLoad struct {
	d     *Dictionaries
	build func() // once; every caller returns when the sets are built
}

// defaultDictLoad reads the embedded dictionaries once, for
// DefaultDictionaries and the default set alike.
var defaultDictLoad = sync.OnceValues(func() (dictLoad, error) { return readDictLoad(dictFS, "dict") })

// DefaultDictionaries returns the embedded dictionaries, built on first use.
func DefaultDictionaries() (*Dictionaries, error) {
	l, err := defaultDictLoad()
	if err != nil {
		return nil, err
	}
	l.build()
	return l.d, nil
}

// readDictLoad reads every NAME.txt in dir of fsys (one entry a line,
// '#' starts a comment line) and returns their dictionaries with the sets
// still to build.
func readDictLoad(fsys fs.FS, dir string) (dictLoad, error) {
	files, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return dictLoad{}, err
	}
	d := &Dictionaries{sets: make(map[string]*wordSet), raw: make(map[string][]byte)}
	datas := make([][]byte, len(files))
	sets := make([]*wordSet, len(files))
	for i, f := range files {
		if datas[i], err = fs.ReadFile(fsys, f); err != nil {
			return dictLoad{}, err
		}
		name := strings.TrimSuffix(path.Base(f), ".txt")
		sets[i] = new(wordSet)
		d.sets[name] = sets[i]
		d.raw[name] = datas[i]
		d.names = append(d.names, name)
	}
	slices.Sort(d.names)
	// The lists are independent: built on every core, the longest first,
	// so that no core is left alone with a long one at the end.
	order := make([]int, len(files))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(datas[b]) - len(datas[a]) })
	build := sync.OnceFunc(func() {
		parallel(len(order), func(k int) { sets[order[k]].build(datas[order[k]]) })
	})
	return dictLoad{d, build}, nil
}

// build fills ws with the entries of a list. Its keys (of the map of a
// small list, and of phrases) are pieces of data, which must not change
// afterwards.
func (ws *wordSet) build(data []byte) {
	// The list is read twice, not kept as a slice of its entries (one
	// slice header an entry is megabytes at start-up): once to count the
	// entries, which is all a filter's size needs and needs no lowering,
	// then once for all the rest.
	n := countEntries(data)
	ws.n = n
	ws.pre = new([1 << 16 / 64]uint64)
	if n < smallList {
		ws.small = make(map[string]struct{}, n)
	} else {
		// 48 bits and 8 hashes an entry: some 3 false positives in ten
		// million lookups, where the filter's own estimate for 1e-6 took
		// 29 bits and 20 hashes. Memory is cheap here (the lists hold some
		// 100,000 entries: 600 KB); every hash is a cache line touched at
		// start-up and on every look-up.
		ws.bloom = bloom.New(uint(48*n), 8)
	}
	eachEntry(data, func(w []byte) {
		k := preKey(w)
		ws.pre[k/64] |= 1 << (k % 64)
		// An entry is a piece of data, or a lowered copy of one that
		// nothing else holds: the maps keep it without another copy.
		if bytes.Count(w, []byte{' '}) >= 2 {
			if ws.phrases == nil {
				ws.phrases = make(map[string]struct{})
			}
			ws.phrases[unsafeString(w)] = struct{}{}
		}
		if ws.small != nil {
			ws.small[unsafeString(w)] = struct{}{}
		} else {
			ws.bloom.Add(w)
		}
	})
}

// countEntries returns how many entries eachEntry finds in data.
func countEntries(data []byte) int {
	n := 0
	for len(data) > 0 {
		var line []byte
		line, data, _ = bytes.Cut(data, []byte{'\n'})
		if len(line) == 0 {
			continue
		}
		// Nearly every line starts with a letter or a digit of ASCII: an
		// entry, whatever trimming takes from its end. Only the others
		// are trimmed to tell.
		if c := line[0]; c > ' ' && c < utf8.RuneSelf && c != '#' {
			n++
			continue
		}
		if line = trimSpace(line); len(line) > 0 && line[0] != '#' {
			n++
		}
	}
	return n
}

// eachEntry calls fn with each entry of a list, as entries returns them.
func eachEntry(data []byte, fn func([]byte)) {
	for len(data) > 0 {
		var line []byte
		line, data, _ = bytes.Cut(data, []byte{'\n'})
		line = trimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		if !isLower(line) {
			line = bytes.ToLower(line)
		}
		fn(line)
	}
}

// entries returns the entries of a list: one a line, lower case, '#'
// starting a comment line. An entry already in lower case, as nearly all
// are, is a slice of data, not a copy.
func entries(data []byte) [][]byte {
	words := make([][]byte, 0, bytes.Count(data, []byte{'\n'})+1)
	eachEntry(data, func(w []byte) { words = append(words, w) })
	return words
}

// isLower reports whether b is its own lower case.
func isLower(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		var r rune
		n := 2
		if c >= 0xC2 && c <= 0xDF && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			// Two bytes, as most letters beyond ASCII in the lists are
			// (Latin, Greek, Cyrillic, Hebrew, Arabic): decoded here,
			// as utf8.DecodeRune would, without its call.
			r = rune(c&0x1F)<<6 | rune(b[i+1]&0x3F)
		} else {
			r, n = utf8.DecodeRune(b[i:])
		}
		if r == utf8.RuneError || infoOf(r)&infoLowerSame == 0 {
			return false // bytes.ToLower says what becomes of it
		}
		i += n
	}
	return true
}

// trimSpace is bytes.TrimSpace, but for a line that starts or ends with a
// letter beyond ASCII, as thousands of entries and synonyms do, it looks
// at that letter alone (bytes.TrimSpace then decodes every rune of the
// line through unicode.IsSpace).
func trimSpace(b []byte) []byte {
	i, j := spaceBounds(unsafeString(b))
	return b[i:j]
}

// trimSpaceString is trimSpace on a string, strings.TrimSpace.
func trimSpaceString(s string) string {
	i, j := spaceBounds(s)
	return s[i:j]
}

// spaceBounds returns where s starts and ends without the spaces at
// either end, as unicode.IsSpace has them.
func spaceBounds(s string) (i, j int) {
	i, j = 0, len(s)
	for i < j {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:j])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	for i < j {
		if c := s[j-1]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			j--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		if !unicode.IsSpace(r) {
			break
		}
		j -= n
	}
	return i, j
}

// asciiSpace reports the bytes that unicode.IsSpace calls space in ASCII.
func asciiSpace(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}

// Words returns the entries of the dictionary called name, lower case.
func (d *Dictionaries) Words(name string) []string {
	ws := entries(d.raw[name])
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = string(w)
	}
	return out
}

// Names lists the dictionaries by name.
func (d *Dictionaries) Names() []string { return slices.Clone(d.names) }

// Len returns the number of entries of the dictionary called name.
func (d *Dictionaries) Len(name string) int {
	if w := d.sets[name]; w != nil {
		return w.n
	}
	return 0
}

func (d *Dictionaries) filter(name string) *wordSet { return d.sets[name] }

// maxWord is the longest value looked up whole; longer ones are not words.
const maxWord = 64

// Has reports whether v, folded to lower case and trimmed, is (probably)
// in the dictionary called name.
func (d *Dictionaries) Has(name string, v []byte) bool { return d.has(name, v) }

func (d *Dictionaries) has(name string, v []byte) bool { return d.sets[name].has(v) }

// has is Dictionaries.has on this set; a nil set has nothing.
func (w *wordSet) has(v []byte) bool {
	if w == nil {
		return false
	}
	// The forms made into arrays on the stack: a dictEntry holds slices of
	// its own arrays, and went to the heap on every call.
	var lowBuf, foldBuf [maxWord]byte
	low, fold, folded, ok := entryForms(v, &lowBuf, &foldBuf)
	return ok && (w.test(low) || folded && w.test(fold))
}

// A dictEntry is a value as wordSet.has looks it up in every list: trimmed,
// in lower case, and folded if it has letters beyond ASCII; made once for
// all the lists a value is looked up in.
type dictEntry struct {
	ready, ok, folded bool
	low, fold         []byte
	lowBuf, foldBuf   [maxWord]byte
}

// set makes e the entry of v.
func (e *dictEntry) set(v []byte) {
	e.ready = true
	e.low, e.fold, e.folded, e.ok = entryForms(v, &e.lowBuf, &e.foldBuf)
}

// entryForms returns the forms a value is looked up by, in lowBuf and
// foldBuf: trimmed and in lower case, and folded if it has letters beyond
// ASCII; ok is false for a value empty or too long to be an entry. A
// Tibetan word's closing tsheg (ཚེ་རིང་, as a name is written before a
// space) is no part of the entry.
func entryForms(v []byte, lowBuf, foldBuf *[maxWord]byte) (low, fold []byte, folded, ok bool) {
	v = bytes.TrimSuffix(bytes.TrimSpace(v), tsheg)
	if len(v) == 0 || len(v) > maxWord {
		return nil, nil, false, false
	}
	fold, folded = foldInto(foldBuf, v)
	return lowerInto(lowBuf, v), fold, folded, true
}

// hasEntry is has on the entry of a value.
func (w *wordSet) hasEntry(e *dictEntry) bool {
	if w == nil || !e.ok {
		return false
	}
	return w.test(e.low) || e.folded && w.test(e.fold)
}

// foldInto writes v as appendFold spells it (lower case, accents
// stripped) into buf, and reports whether v has a letter beyond ASCII to
// fold and fits.
func foldInto(buf *[maxWord]byte, v []byte) ([]byte, bool) {
	if !slices.ContainsFunc(v, func(c byte) bool { return c >= utf8.RuneSelf }) {
		return nil, false
	}
	out := buf[:0]
	for _, r := range string(v) {
		if len(out)+utf8.UTFMax > maxWord {
			return nil, false
		}
		out = appendFold(out, r)
	}
	return out, true
}

// hasWord reports whether any word of v (runs of letters, digits, '-' and
// '\”) is in the dictionary called name.
func (d *Dictionaries) hasWord(name string, v []byte) bool { return d.sets[name].hasWord(v) }

// hasWord is Dictionaries.hasWord on this set.
func (w *wordSet) hasWord(v []byte) bool {
	if w == nil {
		return false
	}
	var buf [maxWord]byte
	start := -1
	for i := 0; i <= len(v); i++ {
		if i < len(v) && wordByte(v[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start >= 2 && i-start <= maxWord && w.test(lowerInto(&buf, v[start:i])) {
			return true
		}
		start = -1
	}
	return false
}

// hasTerm reports whether a word of v of five or more bytes, two words in
// a row, or three, is in the dictionary: the terms a text names
// ("ipotiroidismo", "Eutirox", "celiac disease", "dificultad para
// respirar"), with the short words that double as common ones (gout, goût;
// cold) left out.
func (d *Dictionaries) hasTerm(name string, v []byte) bool { return d.sets[name].hasTerm(v) }

// hasTerm is Dictionaries.hasTerm on this set.
func (w *wordSet) hasTerm(v []byte) bool {
	if w == nil {
		return false
	}
	var buf [maxWord]byte
	found := false
	termSpans(v, func(start, end int, phrase bool) bool {
		b := lowerInto(&buf, v[start:end])
		if !phrase {
			found = w.test(b)
		} else if w.phrases != nil {
			_, found = w.phrases[string(b)]
		}
		return !found
	})
	return found
}

// termSpans calls yield with the runs of v a term may be, in order, until
// it returns false: a word of five or more bytes, a word of three or more
// and the next of three or more, and three words in a row (a phrase,
// looked up exactly).
func termSpans(v []byte, yield func(start, end int, phrase bool) bool) {
	prev := -1  // start of the word before, if it is long enough
	prev2 := -1 // start of the two words before, one space apart
	start := -1
	for i := 0; i <= len(v); i++ {
		if i < len(v) && wordByte(v[i]) && v[i] != '\'' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			n := i - start
			if n >= 5 && n <= maxWord && !yield(start, i, false) {
				return
			}
			if prev >= 0 && i-prev <= maxWord && n >= 3 && !yield(prev, i, false) {
				return
			}
			if prev2 >= 0 && i-prev2 <= maxWord && n >= 3 && !yield(prev2, i, true) {
				return
			}
			prev2, prev = -1, -1
			if i < len(v) && v[i] == ' ' {
				if p := lastWordStart(v, start); p >= 0 {
					prev2 = p
				}
				if n >= 3 {
					prev = start
				}
			}
		}
		start = -1
	}
}

// A termText is what wordSet.hasTerm looks up in a text, found once for
// all the dictionaries a text is looked up in: the text folded as
// lowerInto folds, and its runs of words, in the order hasTerm tries them.
// (A run starts a word, never after 0xC3, so folding the whole text folds
// each run as lowerInto would.)
type termText struct {
	ready bool
	low   []byte
	spans []termSpan
}

type termSpan struct {
	start, end int32
	phrase     bool // three words: looked up in the phrases, exactly
}

// index finds the runs of v that hasTerm would look up.
func (t *termText) index(v []byte) {
	t.ready = true
	t.low = slices.Grow(t.low[:0], len(v))[:len(v)]
	lowerBytes(t.low, v)
	t.spans = t.spans[:0]
	termSpans(v, func(start, end int, phrase bool) bool {
		t.spans = append(t.spans, termSpan{int32(start), int32(end), phrase})
		return true
	})
}

// hasTermIn is hasTerm on a text indexed by termText.index.
func (w *wordSet) hasTermIn(t *termText) bool {
	if w == nil {
		return false
	}
	for _, s := range t.spans {
		b := t.low[s.start:s.end]
		if !s.phrase {
			if w.test(b) {
				return true
			}
		} else if w.phrases != nil {
			if _, ok := w.phrases[string(b)]; ok {
				return true
			}
		}
	}
	return false
}

// lastWordStart returns the start of the word that ends one space before
// v[at], or -1: the first of three words in a row.
func lastWordStart(v []byte, at int) int {
	if at < 2 || v[at-1] != ' ' || !wordByte(v[at-2]) || v[at-2] == '\'' {
		return -1
	}
	i := at - 2
	for i > 0 && wordByte(v[i-1]) && v[i-1] != '\'' {
		i--
	}
	return i
}

// hasPrefix reports whether a dictionary entry of at least 3 bytes starts
// v, as a default SSID stem starts "NETGEAR42-5G".
func (d *Dictionaries) hasPrefix(name string, v []byte) bool {
	w := d.sets[name]
	if w == nil {
		return false
	}
	var buf [maxWord]byte
	low := lowerInto(&buf, v[:min(len(v), maxWord)])
	for n := len(low); n >= 3; n-- {
		if w.test(low[:n]) {
			return true
		}
	}
	return false
}

// defaultSSID reports a network name as a router or an ISP names it out
// of the box: a stem the dictionary lists with its separator ("verizon_",
// "huawei-b535-") and a short suffix that holds a digit or a capital
// (Verizon_TM49, HUAWEI-B535-8F2A), a stem of five or more letters and
// two to five digits (NETGEAR52), or a stem listed with "xxxx" and four
// such characters (vodafonexxxx: vodafone7A2C).
func (d *Dictionaries) defaultSSID(name string, v []byte) bool {
	w := d.sets[name]
	if w == nil || len(v) < 5 || len(v) > 32 {
		return false
	}
	var buf [maxWord]byte
	low := lowerInto(&buf, v)
	for i := 2; i < len(v)-1; i++ {
		if (v[i] == '-' || v[i] == '_') && suffixID(v[i+1:]) && w.test(low[:i+1]) {
			return true
		}
	}
	// A vendor's name and a number: NETGEAR52, Linksys00412.
	if n := bytes.LastIndexFunc(v, func(r rune) bool { return r < '0' || r > '9' }) + 1; n >= 5 && len(v)-n >= 2 && len(v)-n <= 5 && w.test(low[:n]) {
		return true
	}
	if n := len(v) - 4; n >= 2 && suffixID(v[n:]) {
		var stem [maxWord]byte
		k := copy(stem[:], low[:n])
		k += copy(stem[k:], "xxxx")
		return w.test(stem[:k])
	}
	return false
}

// suffixID reports 2 to 6 letters and digits, a digit or a capital among
// them: the varying end of a default network name.
func suffixID(v []byte) bool {
	if len(v) < 2 || len(v) > 6 {
		return false
	}
	marked := false
	for _, c := range v {
		switch {
		case c >= '0' && c <= '9' || c >= 'A' && c <= 'Z':
			marked = true
		case c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return marked
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '\'' || c >= utf8.RuneSelf
}

// lowerInto writes v in ASCII lower case to buf and returns that part.
// À to Þ (0xC3 0x80 to 0xC3 0x9E, × aside) become à to þ too: their
// second byte is 0x20 further.
func lowerInto(buf *[maxWord]byte, v []byte) []byte {
	n := min(len(v), maxWord)
	lowerBytes(buf[:n], v[:n])
	return buf[:n]
}

// lowerBytes writes v in lower case to dst, as long as v: ASCII, À to Þ,
// and the capitals of Cyrillic (А to Я, Ѐ to Џ) and Greek (Α to Ω),
// whose lower case is as long: a word that starts a sentence is found as
// the dictionaries write it (Температура, Πυρετός).
func lowerBytes(dst, v []byte) {
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 32
		case c >= 0x80 && c <= 0x9E && c != 0x97 && i > 0 && v[i-1] == 0xC3:
			c += 0x20
		case (c == 0xD0 || c == 0xCE) && i+1 < len(v):
			n := v[i+1]
			lead, next := c, n
			switch {
			case c == 0xD0 && n >= 0x90 && n <= 0x9F, c == 0xCE && n >= 0x91 && n <= 0x9F:
				next = n + 0x20
			case c == 0xD0 && n >= 0xA0 && n <= 0xAF:
				lead, next = 0xD1, n-0x20
			case c == 0xD0 && n >= 0x80 && n <= 0x8F:
				lead, next = 0xD1, n+0x10
			case c == 0xCE && n >= 0xA0 && n <= 0xA9 && n != 0xA2:
				lead, next = 0xCF, n-0x20
			}
			dst[i], dst[i+1] = lead, next
			i++
			continue
		}
		dst[i] = c
	}
}

// preKey folds a word's length and its first, middle and last bytes into
// 16 bits. b is not empty.
func preKey(b []byte) uint32 {
	n := uint32(len(b))
	k := n*0x9e3779b1 ^ uint32(b[0])<<16 ^ uint32(b[len(b)/2])<<8 ^ uint32(b[len(b)-1])
	k *= 0x85ebca6b
	return k >> 16
}

// tsheg is the Tibetan mark that closes a syllable, U+0F0B.
var tsheg = []byte("\u0f0b")
