package redact

import (
	"bytes"
	"encoding/binary"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/leakscope/leakscope/internal/jsonstr"
)

// A value removed from a document is often written again elsewhere in it:
// a customer's name in the name field and in a message, an e-mail under
// two keys. The classifier judges each leaf on its own, so the second one
// may go unflagged. After the leaves are rewritten, every string value
// left in the output is searched for the values that were removed, and
// each one found is rewritten too: a whole string by the same action, a
// part of one masked (or pseudonymised) in place. Keys are left alone:
// they are the paths.

// minPropagate is the shortest value that is looked for elsewhere: a
// shorter one ("M", "No", "A+") would turn up by chance.
const minPropagate = 4

// A gone value is one the policy removed from the document, unescaped,
// with the action that removed it; its bytes are in scratch.goneBuf.
type gone struct {
	from, to int // the value
	escTo    int // its escaped form follows it, up to escTo
	action   Action
	typ      string
	addr     bool // a network-layout value: an address is masked as one
	// selfMasked says the mask contains the value (an address that is its
	// class's representative): it is not looked for. Worked out at the
	// first place it is found.
	selfMasked, checked bool
	head                uint32 // the first four bytes of the escaped form
}

// prefixFilterBits is the size of the filter of first four bytes.
const prefixFilterBits = 4096

func prefixHash(x uint32) uint32 { return (x * 0x9e3779b1) >> 20 }

// noteGone records v as removed by action a.
func (sc *scratch) noteGone(v []byte, a Action, typ string, addr bool) {
	v = bytes.TrimSpace(v)
	if len(v) < minPropagate {
		return
	}
	g := gone{from: len(sc.goneBuf), action: a, typ: typ, addr: addr}
	sc.goneBuf = append(sc.goneBuf, v...)
	g.to = len(sc.goneBuf)
	sc.goneBuf = jsonstr.AppendText(sc.goneBuf, v)
	g.escTo = len(sc.goneBuf)
	sc.gone = append(sc.gone, g)
}

// A strToken is a string token of a document.
type strToken struct {
	start, end int // quotes included
	key        bool
}

// propagate rewrites what is left of the removed values in out, the
// redacted document, in place in dst[base:].
func (r *Redactor) propagate(sc *scratch, dst []byte, base int) []byte {
	out := dst[base:]
	sc.hits = sc.hits[:0]
	// One pass over the output: a filter of the first four bytes of the
	// removed values (escaped, as they are written) picks the places
	// worth comparing.
	var filter [prefixFilterBits / 64]uint64
	for gi := range sc.gone {
		g := &sc.gone[gi]
		g.head = binary.LittleEndian.Uint32(sc.goneBuf[g.to:])
		h := prefixHash(g.head)
		filter[h/64] |= 1 << (h % 64)
	}
	for i := 0; i+minPropagate <= len(out); i++ {
		x := binary.LittleEndian.Uint32(out[i:])
		if h := prefixHash(x); filter[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for gi := range sc.gone {
			g := &sc.gone[gi]
			if g.head != x || g.selfMasked || !bytes.HasPrefix(out[i:], sc.goneBuf[g.to:g.escTo]) {
				continue
			}
			if !g.checked {
				g.checked = true
				if g.action != Hash {
					sc.tmp = appendMask(sc.tmp[:0], sc.goneBuf[g.from:g.to], g.typ, g.addr)
					g.selfMasked = bytes.Contains(sc.tmp, sc.goneBuf[g.from:g.to])
				}
				if g.selfMasked {
					continue
				}
			}
			sc.hits = append(sc.hits, i)
			break
		}
	}
	if len(sc.hits) == 0 {
		return dst
	}
	// Which string values hold a hit.
	sc.tokens = appendStringTokens(sc.tokens[:0], out)
	sc.edits2 = sc.edits2[:0]
	sc.repl2 = sc.repl2[:0]
	marked := sc.marked[:0]
	for _, h := range sc.hits {
		i := tokenAt(sc.tokens, h)
		if i < 0 || sc.tokens[i].key {
			continue
		}
		marked = append(marked, i)
	}
	sc.marked = marked
	if len(marked) == 0 {
		return dst
	}
	slices.Sort(marked)
	last := -1
	for _, i := range marked {
		if i == last {
			continue
		}
		last = i
		t := sc.tokens[i]
		raw := out[t.start+1 : t.end-1]
		v := raw
		if bytes.IndexByte(raw, '\\') >= 0 {
			sc.val = jsonstr.Unescape(sc.val[:0], raw)
			v = sc.val
		}
		from := len(sc.repl2)
		if r.rewriteGone(sc, v) {
			sc.repl2 = appendString(sc.repl2, sc.text)
			sc.edits2 = append(sc.edits2, edit{start: t.start, end: t.end, from: from, to: len(sc.repl2)})
		}
	}
	if len(sc.edits2) == 0 {
		return dst
	}
	sc.tmp = append(sc.tmp[:0], out...)
	dst = dst[:base]
	prev := 0
	for _, e := range sc.edits2 {
		dst = append(dst, sc.tmp[prev:e.start]...)
		dst = append(dst, sc.repl2[e.from:e.to]...)
		prev = e.end
	}
	return append(dst, sc.tmp[prev:]...)
}

// rewriteGone writes to sc.text the string value v with every removed
// value in it, as a whole word, rewritten; it reports whether there was
// one.
func (r *Redactor) rewriteGone(sc *scratch, v []byte) bool {
	t := bytes.TrimSpace(v)
	for _, g := range sc.gone {
		if !g.selfMasked && bytes.Equal(t, sc.goneBuf[g.from:g.to]) {
			if g.action == Hash {
				sc.text = sc.h.appendPseudonym(sc.text[:0], t)
			} else {
				sc.text = appendMask(sc.text[:0], t, g.typ, g.addr)
			}
			return true
		}
	}
	// Parts of free text, left to right; the first removed value found at
	// a place wins.
	sc.text = sc.text[:0]
	changed := false
	prev := 0
	for i := 0; i < len(v); {
		gi, n := -1, 0
		for k, g := range sc.gone {
			gv := sc.goneBuf[g.from:g.to]
			if !g.selfMasked && len(gv) > n && bytes.HasPrefix(v[i:], gv) && wordBounds(v, i, i+len(gv)) {
				gi, n = k, len(gv)
			}
		}
		if gi < 0 {
			_, size := utf8.DecodeRune(v[i:])
			i += size
			continue
		}
		g := sc.gone[gi]
		sc.text = append(sc.text, v[prev:i]...)
		switch g.action {
		case Hash:
			sc.text = sc.h.appendPseudonym(sc.text, v[i:i+n])
		case Drop:
		default:
			sc.text = appendMask(sc.text, v[i:i+n], g.typ, g.addr)
		}
		changed = true
		i += n
		prev = i
	}
	sc.text = append(sc.text, v[prev:]...)
	return changed
}

// wordBounds reports whether v[i:j] is not part of a longer word: the
// runes around it, if any, are not letters or digits where its own ends
// are.
func wordBounds(v []byte, i, j int) bool {
	if i > 0 {
		a, _ := utf8.DecodeLastRune(v[:i])
		b, _ := utf8.DecodeRune(v[i:])
		if isWordRune(a) && isWordRune(b) {
			return false
		}
	}
	if j < len(v) {
		a, _ := utf8.DecodeLastRune(v[:j])
		b, _ := utf8.DecodeRune(v[j:])
		if isWordRune(a) && isWordRune(b) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// appendStringTokens appends the string tokens of the valid JSON document
// d, in order, each marked when it is a key.
func appendStringTokens(dst []strToken, d []byte) []strToken {
	for i := 0; i < len(d); i++ {
		if d[i] != '"' {
			continue
		}
		j := i + 1
		for j < len(d) && d[j] != '"' {
			if d[j] == '\\' {
				j++
			}
			j++
		}
		end := min(j+1, len(d))
		k := jsonstr.SkipSpace(d, end)
		dst = append(dst, strToken{start: i, end: end, key: k < len(d) && d[k] == ':'})
		i = end - 1
	}
	return dst
}

// tokenAt returns the index of the token whose inside holds offset o, or
// -1.
func tokenAt(ts []strToken, o int) int {
	lo, hi := 0, len(ts)
	for lo < hi {
		m := (lo + hi) / 2
		if ts[m].end <= o {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ts) && ts[lo].start < o && o < ts[lo].end-1 {
		return lo
	}
	return -1
}
