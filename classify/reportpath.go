package classify

import (
	"net/netip"
	"strings"

	"github.com/leakscope/leakscope/rules"
)

// NormalizePath folds a finding's JSON Pointer into the field it belongs
// to, as a report counts them: a token that is an array index is written
// *, as /_source/cameras/*/nickname.
//
// A pointer alone cannot tell an array index from an object key made of
// digits ({"1565120902": {...}}), and NormalizePath does not try: keys of
// digits fold too. So do keys that are data rather than names, which
// would otherwise make one field per record and put values into paths: a
// key with an @ (an e-mail address), an IP or MAC address, a UUID, a hex
// string of 12 or more (a Mongo ObjectId, a hash), or a random-looking
// id of 16 or more letters and digits (a Firebase push id). Keys made of
// words, with or without digits (sensor_2, firmware_v2), stay.
func NormalizePath(p string) string {
	if p == "" || !anyFold(p) {
		return p // most paths: no copy
	}
	var b strings.Builder
	b.Grow(len(p))
	for tok := range strings.SplitSeq(p[1:], "/") {
		b.WriteByte('/')
		if foldToken(tok) {
			b.WriteByte('*')
		} else {
			b.WriteString(tok)
		}
	}
	return b.String()
}

func anyFold(p string) bool {
	for tok := range strings.SplitSeq(p[1:], "/") {
		if foldToken(tok) {
			return true
		}
	}
	return false
}

// foldToken reports whether a pointer token is an index or a data key.
func foldToken(t string) bool {
	if t == "" {
		return false
	}
	digits, hex, letters, idChars, switches := 0, 0, 0, 0, 0
	prevDigit, prevLetter := false, false
	for i := range len(t) {
		c := t[i]
		isDigit := c >= '0' && c <= '9'
		isLetter := c|0x20 >= 'a' && c|0x20 <= 'z'
		switch {
		case isDigit:
			digits++
			hex++
		case isLetter:
			letters++
			if c|0x20 <= 'f' {
				hex++
			}
		case c == '@':
			return true
		}
		if isDigit || isLetter || c == '-' || c == '_' {
			idChars++
		}
		if isDigit && prevLetter || isLetter && prevDigit {
			switches++
		}
		prevDigit, prevLetter = isDigit, isLetter
	}
	n := len(t)
	switch {
	case digits == n:
		return true
	case hex == n && n >= 12 && digits > 0:
		return true
	case idChars == n && n >= 16 && digits >= 2 && switches >= 4:
		return true
	case rules.IsUUID(t):
		return true
	}
	if digits > 0 && strings.ContainsAny(t, ".:") {
		if _, err := netip.ParseAddr(t); err == nil {
			return true
		}
		if _, ok := maskMAC(t); ok {
			return true
		}
	}
	return false
}
