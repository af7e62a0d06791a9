package classify

import (
	"bytes"

	"github.com/leakscope/leakscope/rules"
)

// A secretEcho holds the secrets of one document that their keys named
// (a session token, an API key, a password), so that the same value met
// again under a key that says nothing is known for what it is: the
// session a login returned, sent again as the first parameter of every
// call; a key pasted into a log line's field. Only values long and random
// enough not to meet by chance are kept, and at most maxSecrets of them.
// It holds the document's phone numbers too, as their digits alone: the
// number a subscriber record writes as +447700900797 stands bare in the
// same dump's call rows, under a key or a position that says nothing.
type secretEcho struct {
	buf    []byte  // the values, one after another
	ends   []int32 // where each ends in buf
	hits   []hit   // what each was found as
	first  uint64  // a bit per first byte of the values kept, mod 64
	phones int     // how many of the values are phones' digits
}

const (
	maxSecrets   = 8
	minSecretLen = 16
	maxSecretLen = 512
	maxPhones    = 8
	minPhoneLen  = 10 // digits: a national number with its area code
	maxPhoneLen  = 15 // E.164's longest
)

func (e *secretEcho) reset() {
	e.buf, e.ends, e.hits, e.first, e.phones = e.buf[:0], e.ends[:0], e.hits[:0], 0, 0
}

// keep remembers v, found as h, when it is shaped like a secret: long,
// one word, not all digits.
func (e *secretEcho) keep(v []byte, h hit) {
	if len(e.ends)-e.phones >= maxSecrets || len(v) < minSecretLen || len(v) > maxSecretLen || bytes.IndexByte(v, ' ') >= 0 || allDigits(v) {
		return
	}
	e.buf = append(e.buf, v...)
	e.ends = append(e.ends, int32(len(e.buf)))
	e.hits = append(e.hits, h)
	e.first |= 1 << (v[0] & 63)
}

// keepPhone remembers the digits of the phone number v, found as h, when
// it has 10 to 15 of them and nothing but separators between: a number
// with its area code, not an extension or a short code.
func (e *secretEcho) keepPhone(v []byte, h hit) {
	if e.phones >= maxPhones || len(v) > 2*maxPhoneLen {
		return
	}
	from := len(e.buf)
	for _, c := range v {
		switch {
		case c >= '0' && c <= '9':
			e.buf = append(e.buf, c)
		case c == '+' || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')':
		default:
			e.buf = e.buf[:from]
			return
		}
	}
	if n := len(e.buf) - from; n < minPhoneLen || n > maxPhoneLen {
		e.buf = e.buf[:from]
		return
	}
	e.ends = append(e.ends, int32(len(e.buf)))
	e.hits = append(e.hits, h)
	e.first |= 1 << (e.buf[from] & 63)
	e.phones++
}

// mayHold reports whether v has the length, and a phone's the digits, of
// a value kept, and its first byte is one of theirs.
func (e *secretEcho) mayHold(v []byte) bool {
	switch {
	case len(v) >= minSecretLen && len(v) <= maxSecretLen:
	case len(v) >= minPhoneLen && len(v) <= maxPhoneLen && e.phones > 0 && allDigits(v):
	default:
		return false
	}
	return e.first&(1<<(v[0]&63)) != 0
}

// find returns what v was found as, if it is one of the secrets kept or
// the digits of one of the phones.
func (e *secretEcho) find(v []byte) (*rules.Compiled, float64) {
	if len(v) > 0 && v[0] == '+' && e.phones > 0 {
		v = v[1:]
	}
	if !e.mayHold(v) {
		return nil, 0
	}
	from := int32(0)
	for i, end := range e.ends {
		if int(end-from) == len(v) && bytes.Equal(e.buf[from:end], v) {
			return e.hits[i].rule, e.hits[i].conf
		}
		from = end
	}
	return nil, 0
}
