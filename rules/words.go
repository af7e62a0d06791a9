package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leakscope/leakscope/internal/jsonstr"
)

// SplitKey splits a field name into lower-case, accent-folded words:
// "fwVer" → [fw ver], "wifi_ssid" → [wifi ssid], "WiFi-Name" → [wi fi name],
// "SSIDName" → [ssid name], "ip4Addr" → [ip 4 addr], "contraseña" → [contrasena].
// It appends to dst and returns it. A word is built in a buffer on the
// stack and costs one allocation, its string. A character written as
// XML writes it in a name (SharePoint's "Datum_x0020_ro_x0111_enja") is
// read as itself.
func SplitKey(dst []string, key string) []string { return splitKey(dst, key, false) }

// splitKey is SplitKey; shared says that key is as immutable as the words
// are to be (see splitTerm): a word spelled as key spells it is then a
// piece of key, not a copy.
func splitKey(dst []string, key string, shared bool) []string {
	if strings.Contains(key, "_x") {
		key = unescapeXMLName(key)
	}
	var buf [64]byte
	word := buf[:0]
	// from and to bound the bytes of key the word was read from. A word is
	// shared only if it equals key[from:to], so a mark or a joiner left
	// out between them merely costs a copy.
	from, to := 0, 0
	prev := classNone
	for i := 0; i < len(key); {
		r, n := rune(key[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(key[i:])
		}
		i += n
		ri := infoOf(r)
		cls := ri.class()
		switch cls {
		case classMark:
			// A combining mark belongs to the letter before it: Bengali's
			// and Devanagari's vowel signs (নাম, नाम) are part of the word,
			// Arabic's and Hebrew's optional vowels and an accent typed as
			// a mark of its own (decomposed é) are folded away.
			if prev != classNone && prev != classDigit {
				if len(word) == 0 {
					from = i - n
				}
				word, to = appendMark(word, r), i
			}
			continue
		case classNone:
			if (r == 0x200C || r == 0x200D) && indicSign(key[:i-n]) {
				// A zero-width (non-)joiner after an Indic virama shapes
				// the letters around it (ടാബ്‌ലെറ്റ്): it is no break
				// between words, as it is in Persian (شماره‌تلفن).
				continue
			}
			dst, word = appendWord(dst, word, key[from:to], shared), word[:0]
			prev = classNone
			continue
		}
		switch {
		case prev == classNone:
		case cls == classDigit && prev != classDigit, cls != classDigit && prev == classDigit,
			(cls == classWide) != (prev == classWide),
			cls == classUpper && prev == classLower,
			// "SSIDName": the N starts a new word.
			cls == classUpper && prev == classUpper && i < len(key) && nextIsLower(key[i:]):
			dst, word = appendWord(dst, word, key[from:to], shared), word[:0]
		}
		if len(word) == 0 {
			from = i - n
		}
		if ri&infoFolded != 0 {
			word = ri.appendFolded(word)
		} else {
			word = appendFoldRune(word, r)
		}
		to = i
		prev = cls
	}
	return appendWord(dst, word, key[from:to], shared)
}

// unescapeXMLName decodes the _xHHHH_ escapes with which XML names, and so
// SharePoint's and Excel's internal column names, spell the characters a
// name may not hold: "E_x002d_po_x0161_ta" is "E-pošta".
func unescapeXMLName(key string) string {
	var b []byte
	last := 0
	for i := 0; i+7 <= len(key); i++ {
		r, ok := xmlEscapeAt(key, i)
		if !ok {
			continue
		}
		b = append(b, key[last:i]...)
		b = utf8.AppendRune(b, r)
		last = i + 7
		i += 6
	}
	if b == nil {
		return key
	}
	return string(append(b, key[last:]...))
}

// HasXMLEscape reports a name that holds one of XML's _xHHHH_ escapes, a
// name SplitKey reads as the characters it spells.
func HasXMLEscape(k []byte) bool {
	for i := 0; i+7 <= len(k); i++ {
		if _, ok := xmlEscapeAt(k, i); ok {
			return true
		}
	}
	return false
}

// xmlEscapeAt decodes the _xHHHH_ escape that starts at s[i], if one does
// (s holds at least i+7 bytes).
func xmlEscapeAt[S ~string | ~[]byte](s S, i int) (rune, bool) {
	if s[i] != '_' || s[i+1] != 'x' && s[i+1] != 'X' || s[i+6] != '_' {
		return 0, false
	}
	r := rune(0)
	for k := i + 2; k < i+6; k++ {
		d, ok := jsonstr.HexDigit(s[k])
		if !ok {
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	return r, utf8.ValidRune(r)
}

// splitTerm is SplitKey for the terms, synonyms and dictionary entries
// the rules are compiled from, which live as long as the set: a term of
// lower-case ASCII letters and digits (nearly all of them) is split into
// slices of itself, with no copy; any other goes through SplitKey, which
// copies only the words it spells otherwise than the term does (upper
// case, accents, umlauts spelled out). The fields of documents, whose
// bytes are reused, never come here.
func splitTerm(dst []string, term string) []string {
	for i := 0; i < len(term); i++ {
		if c := term[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return splitKey(dst, term, true)
		}
	}
	if strings.Contains(term, "_x") {
		return splitKey(dst, term, true)
	}
	start := -1
	digits := false
	for i := 0; i <= len(term); i++ {
		c := byte(' ')
		if i < len(term) {
			c = term[i]
		}
		letter, digit := c >= 'a' && c <= 'z', c >= '0' && c <= '9'
		if start >= 0 && (!letter && !digit || digit != digits) {
			dst = appendTermWord(dst, term[start:i])
			start = -1
		}
		if start < 0 && (letter || digit) {
			start, digits = i, digit
		}
	}
	return dst
}

// appendTermWord appends w as appendWord would: itself unless it spells
// an umlaut out.
func appendTermWord(dst []string, w string) []string {
	for i := 0; i+1 < len(w); i++ {
		if w[i+1] == 'e' && (w[i] == 'a' || w[i] == 'o' || w[i] == 'u') {
			return append(dst, string(foldDigraphs([]byte(w))))
		}
	}
	return append(dst, w)
}

func nextIsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// appendWord appends w, its digraphs folded, to dst as a word, if it is
// not empty: src itself if shared and it spells the word, else a copy.
func appendWord(dst []string, w []byte, src string, shared bool) []string {
	if len(w) == 0 {
		return dst
	}
	w = foldDigraphs(w)
	if shared && string(w) == src {
		return append(dst, src)
	}
	return append(dst, string(w))
}

// NormalizeTerm turns a key term of a rule ("access token", "wifi-ssid",
// "mot de passe") into the form matched against key words: lower case,
// accents folded, separators removed ("accesstoken").
func NormalizeTerm(term string) string {
	return strings.Join(splitTerm(nil, term), "")
}

// foldDigraphs writes German umlauts spelled out (ae, oe, ue) as the
// folded umlaut (a, o, u), so that "Groesse", "Größe" and "grosse" are
// one word. Keys and terms both pass through it, so that the few English
// words it changes ("value" → "valu") still compare equal. It works in
// place, left to right, as strings.Replacer would: "aee" → "ae".
func foldDigraphs(w []byte) []byte {
	j := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		w[j] = c
		j++
		if (c == 'a' || c == 'o' || c == 'u') && i+1 < len(w) && w[i+1] == 'e' {
			i++
		}
	}
	return w[:j]
}

// appendFold appends r lower-cased, with the accents of Latin letters
// stripped, so that keys and terms written with or without them compare
// equal.
func appendFold(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if ri := infoOf(r); ri&infoFolded != 0 {
		return ri.appendFolded(dst)
	}
	return appendFoldRune(dst, r)
}

// appendFoldRune is appendFold worked out by the unicode package, for
// runeInfo.
func appendFoldRune(dst []byte, r rune) []byte {
	r = unicode.ToLower(r)
	if r < utf8.RuneSelf {
		return append(dst, byte(r))
	}
	if s, ok := foldAccent(r); ok {
		return append(dst, s...)
	}
	return utf8.AppendRune(dst, r)
}

// appendMark appends the combining mark r to the word it belongs to,
// unless it is one that spellings of the same word leave out.
func appendMark(dst []byte, r rune) []byte {
	// Latin accents decomposed, Hebrew points and accents, Arabic vowels
	// and Quranic marks.
	if r >= 0x0300 && r <= 0x036F || r >= 0x0591 && r <= 0x05C7 ||
		r >= 0x0610 && r <= 0x061A || r >= 0x064B && r <= 0x065F || r == 0x0670 || r >= 0x06D6 && r <= 0x06ED {
		return dst
	}
	return utf8.AppendRune(dst, r)
}

// foldAccent returns the accent-free spelling of the lower-case Latin
// letter r, if it has one.
func foldAccent(r rune) (string, bool) {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return "a", true
	case 'æ':
		return "ae", true
	case 'ç', 'ć', 'č':
		return "c", true
	case 'ď', 'đ':
		return "d", true
	case 'è', 'é', 'ê', 'ë', 'ē', 'ę', 'ě':
		return "e", true
	case 'ì', 'í', 'î', 'ï', 'ī', 'ı':
		return "i", true
	case 'ł', 'ľ':
		return "l", true
	case 'ñ', 'ń', 'ň':
		return "n", true
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő':
		return "o", true
	case 'œ':
		return "oe", true
	case 'ř':
		return "r", true
	case 'ß':
		return "ss", true
	case 'ś', 'š', 'ş':
		return "s", true
	case 'ť', 'ţ':
		return "t", true
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű':
		return "u", true
	case 'ý', 'ÿ':
		return "y", true
	case 'ź', 'ż', 'ž':
		return "z", true
	}
	s, ok := moreFolds[r]
	return s, ok
}

// moreFolds folds the lower-case letters of scripts fewer keys are written
// in: Romanian, Turkish, Baltic, Icelandic and Vietnamese Latin letters,
// and Greek vowels with their accents (and the final sigma), which Greek
// keys are written with and without.
var moreFolds = func() map[rune]string {
	m := map[rune]string{}
	for _, g := range [...]struct{ letters, to string }{
		{"ș", "s"}, {"ț", "t"}, {"ğģ", "g"}, {"ėȩ", "e"}, {"į", "i"}, {"ų", "u"}, {"ķ", "k"}, {"ļĺ", "l"}, {"ņ", "n"},
		{"ŕ", "r"}, {"ð", "d"}, {"þ", "th"},
		// Azerbaijani's schwa, Maltese's dotted and barred letters, Welsh's
		// circumflexed w and y, Sami's and Lapp's eng.
		{"ə", "e"}, {"ħ", "h"}, {"ċ", "c"}, {"ġ", "g"}, {"ŵ", "w"}, {"ŷ", "y"}, {"ŋ", "n"}, {"ŧ", "t"},
		{"ạảấầẩẫậắằẳẵặ", "a"}, {"ẹẻẽếềểễệ", "e"}, {"ỉịĩ", "i"}, {"ọỏốồổỗộớờởỡợơ", "o"}, {"ụủứừửữựưũ", "u"}, {"ỳỵỷỹ", "y"},
		// Arabic-script letters that Persian, Urdu and Arabic keyboards
		// type differently (ي/ی, ك/ک), the forms of alef with hamza, and
		// the tatweel that only stretches a word.
		{"يىئ", "ی"}, {"ك", "ک"}, {"أإآٱ", "ا"}, {"ؤ", "و"}, {"ةۀ", "ه"}, {"ـ", ""},
		{"ά", "α"}, {"έ", "ε"}, {"ή", "η"}, {"ίϊΐ", "ι"}, {"ό", "ο"}, {"ύϋΰ", "υ"}, {"ώ", "ω"}, {"ς", "σ"},
	} {
		for _, r := range g.letters {
			m[r] = g.to
		}
	}
	return m
}()

// A vocabulary is the set of words that key terms are made of. It splits
// glued lower-case words ("firmwareversion", "wifipassword") into known
// words, so that a term matches a part of them.
type vocabulary map[string]struct{}

// segment splits w into words of v if it can, preferring the fewest words;
// it returns nil when w cannot be split into words of at least two letters.
func (v vocabulary) segment(w string) []string {
	n := len(w)
	if n < 5 || n > 48 {
		return nil
	}
	// best[i] is the fewest words that spell w[:i], or -1; among as few,
	// the one whose words are longest (the sum of their squared lengths,
	// sq): portid is port + id, not por + tid.
	// On the stack: w is 48 bytes at most.
	var bestA, fromA, sqA [49]int
	best, from, sq := bestA[:n+1], fromA[:n+1], sqA[:n+1]
	for i := 1; i <= n; i++ {
		best[i] = -1
		for j := max(0, i-24); j <= i-2; j++ {
			if best[j] < 0 {
				continue
			}
			if _, ok := v[w[j:i]]; !ok {
				continue
			}
			c, q := best[j]+1, sq[j]+(i-j)*(i-j)
			if best[i] < 0 || c < best[i] || c == best[i] && q > sq[i] {
				best[i], from[i], sq[i] = c, j, q
			}
		}
	}
	if best[n] < 2 {
		return nil
	}
	parts := make([]string, best[n])
	for i, k := n, best[n]-1; i > 0; i, k = from[i], k-1 {
		parts[k] = w[from[i]:i]
	}
	// "ownership" is not owners + hip: an English ending is no word.
	if _, ok := englishEndings[parts[len(parts)-1]]; ok {
		return nil
	}
	// "enviados" is not en + vi + ad + os: a word of short pieces is one
	// the vocabulary does not know (fwver and ipaddr have one).
	short := 0
	for _, p := range parts {
		if len(p) <= 2 {
			short++
		}
	}
	if short >= 2 {
		return nil
	}
	return parts
}

// storeWords start the names a store gives its own fields after an
// underscore: Elasticsearch's, CouchDB's, Cosmos DB's, Algolia's,
// Meilisearch's and HAL's.
var storeWords = map[string]bool{
	"id": true, "rev": true, "key": true, "index": true, "type": true, "score": true, "source": true, "version": true,
	"seq": true, "primary": true, "routing": true, "parent": true, "uid": true, "ts": true, "etag": true, "self": true,
	"rid": true, "attachments": true, "links": true, "embedded": true, "meta": true, "class": true, "deleted": true,
	"highlight": true, "snippet": true, "ranking": true, "formatted": true, "explanation": true, "shards": true,
	"nested": true, "ignored": true, "doc": true, "geoloc": true, "tags": true, "conflicts": true, "local": true,
	"revisions": true, "revs": true, "changes": true, "matches": true, "match": true, "field": true, "fields": true,
	"created": true, "updated": true, "modified": true, "at": true, "hash": true, "cls": true, "schema": true,
	// Splunk's
	"serial": true, "raw": true, "time": true, "bkt": true, "cd": true, "indextime": true, "si": true, "sourcetype": true,
	"kv": true, "subsecond": true, "eventtype": true,
}

// compoundHeads end the compounds of German, Dutch and the Nordic
// languages, which glue the word they qualify before them
// (Aktualisierungstoken, Initialkennwort, adgangstoken): where the
// vocabulary cannot split such a word, the head still names the field.
var compoundHeads = []string{"tokens", "token", "kennwort", "passwort", "wachtwoord", "losenord", "passord",
	"adgangskode", "schlussel", "schluessel", "sleutel", "nyckel", "nokkel", "nogle"}

// compoundHead returns where a compound head ends w, after a qualifier of
// four letters at least, or 0.
func compoundHead(w string) int {
	for _, h := range compoundHeads {
		if len(w) >= len(h)+4 && strings.HasSuffix(w, h) {
			return len(w) - len(h)
		}
	}
	return 0
}

// englishEndings are pieces that end ordinary words far more often than
// they end glued field names (and, despite the name, the plural endings of
// Spanish and Portuguese).
var englishEndings = map[string]struct{}{
	"hip": {}, "ship": {}, "ion": {}, "tion": {}, "ing": {}, "ness": {}, "ment": {}, "able": {},
	"ible": {}, "ful": {}, "less": {}, "age": {}, "ance": {}, "ence": {}, "ity": {}, "ive": {},
	"ous": {}, "ure": {}, "ism": {}, "ist": {}, "ery": {}, "ory": {}, "ary": {}, "dom": {},
	"ward": {}, "wise": {}, "like": {}, "lab": {}, "ed": {}, "er": {}, "es": {}, "ly": {}, "al": {},
	"ic": {}, "ial": {}, "ate": {}, "ize": {}, "ise": {}, "ant": {}, "ent": {}, "est": {},
	// Spanish and Portuguese plurals: "contactos" is not contact + os.
	"os": {}, "as": {},
}

// words splits key as SplitKey does, then splits glued words that are not
// themselves in v.
func (v vocabulary) words(dst []string, key string) []string {
	start := len(dst)
	dst = SplitKey(dst, key)
	// A leading underscore marks a store's own field (_id, _index,
	// _source): "_id" is a record id, not an id of anything. Other names
	// after one are fields of the data all the same: GELF writes every
	// field it was given so (_ssid, _parcel_weight_lb).
	if strings.HasPrefix(key, "_") && len(dst) > start && storeWords[dst[start]] {
		dst[start] = "_" + dst[start]
	}
	for i := start; i < len(dst); i++ {
		w := dst[i]
		if _, ok := v[w]; ok {
			continue
		}
		if parts := v.segment(w); parts != nil {
			dst = append(dst[:i], append(parts, dst[i+1:]...)...)
			i += len(parts) - 1
		} else if h := compoundHead(w); h > 0 {
			dst = append(dst[:i], append([]string{w[:h], w[h:]}, dst[i+1:]...)...)
			i++
		}
	}
	return dst
}

// matchTerm reports whether the normalized term t is spelled by consecutive
// words of ws, each word taken as it is or without a plural ending. The run
// of words must end at or after index lo, so that a term found in the
// ancestors alone does not count as a match of the key itself.
func matchTerm(t string, ws []string, lo int) bool {
	for i := range ws {
		if spells(t, ws[i:], 0, i, lo) {
			return true
		}
	}
	return false
}

// spells reports whether rest is spelled by ws[0], ws[1], ... where ws[0]
// is word number at; the last word used must be at index lo or later.
func spells(rest string, ws []string, k, at, lo int) bool {
	if k >= len(ws) {
		return false
	}
	for _, w := range [2]string{ws[k], singular(ws[k])} {
		switch {
		case rest == w:
			if at+k >= lo {
				return true
			}
		case len(w) < len(rest) && rest[:len(w)] == w:
			if spells(rest[len(w):], ws, k+1, at, lo) {
				return true
			}
		case len(rest) >= 5 && len(w) >= len(rest)+4 && w[:len(rest)] == rest && !endsWord(w[len(rest):]):
			// A glued word no vocabulary could split, "firmwareversie":
			// a long enough term that starts it counts, unless what
			// follows the term is an ending that makes one word of it
			// ("medication" is no medica, a doctor, + tion).
			if at+k >= lo {
				return true
			}
		}
	}
	return false
}

// endsWord reports whether s is an ending of ordinary words, alone or as a
// plural ("tion", "tions").
func endsWord(s string) bool {
	if _, ok := englishEndings[s]; ok {
		return true
	}
	_, ok := englishEndings[singular(s)]
	return ok
}

// matchSuffix reports whether a word of ws is t, or a glued word that ends
// in t ("tokencount", "heightpixels"), for the words that take evidence
// away.
func matchSuffix(t string, ws []string) bool {
	if matchTerm(t, ws, 0) {
		return true
	}
	if len(t) < 3 {
		return false
	}
	for _, w := range ws {
		if len(w) >= len(t)+3 && strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// singular strips a plural ending: "emails" → "email", "addresses" → "address".
func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// indicSign reports a string that ends in a sign of the Indic scripts
// (U+0900 to U+0DFF), a virama or a vowel sign.
func indicSign(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r >= 0x0900 && r <= 0x0DFF && unicode.Is(unicode.M, r)
}
