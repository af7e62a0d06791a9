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
type secretEcho struct {
	buf   []byte  // the values, one after another
	ends  []int32 // where each ends in buf
	hits  []hit   // what each was found as
	first uint64  // a bit per first byte of the values kept, mod 64
}

const (
	maxSecrets   = 8
	minSecretLen = 16
	maxSecretLen = 512
)

func (e *secretEcho) reset() {
	e.buf, e.ends, e.hits, e.first = e.buf[:0], e.ends[:0], e.hits[:0], 0
}

// keep remembers v, found as h, when it is shaped like a secret: long,
// one word, not all digits.
func (e *secretEcho) keep(v []byte, h hit) {
	if len(e.ends) >= maxSecrets || len(v) < minSecretLen || len(v) > maxSecretLen || bytes.IndexByte(v, ' ') >= 0 || allDigits(v) {
		return
	}
	e.buf = append(e.buf, v...)
	e.ends = append(e.ends, int32(len(e.buf)))
	e.hits = append(e.hits, h)
	e.first |= 1 << (v[0] & 63)
}

// find returns what v was found as, if it is one of the secrets kept.
func (e *secretEcho) find(v []byte) (*rules.Compiled, float64) {
	if len(v) < minSecretLen || len(v) > maxSecretLen || e.first&(1<<(v[0]&63)) == 0 {
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
