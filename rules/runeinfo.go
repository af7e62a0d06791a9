package rules

import (
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// The classes of the runes of a field name, as SplitKey reads them.
const (
	classNone  = iota // a separator: no part of any word
	classLower        // a letter that is neither upper case nor wide
	classUpper
	classDigit
	classWide // CJK, kana and hangul: "APIキー" is API and キー
	classMark // a combining mark, which belongs to the letter before it
)

// A runeInfo is what reading words needs to know of a rune, worked out
// once by the unicode package and kept: its class, whether
// unicode.ToLower leaves it as it is, and the bytes appendFold writes for
// it when they are three at most (folded says they are; every rune of the
// Basic Multilingual Plane has them so, as a test checks). The tables of
// the unicode package cost a binary search each (IsDigit, IsUpper,
// IsLetter, ToLower), which start-up paid for every letter of the some
// 20,000 synonyms, terms and entries of other scripts it splits or
// lowers, and a walk pays for every new field name.
type runeInfo uint32

const (
	infoKnown      runeInfo = 1 << 31 // the rest is filled in
	infoLowerSame  runeInfo = 1 << 30 // unicode.ToLower(r) == r
	infoFolded     runeInfo = 1 << 29 // the fold bytes hold appendFold's output
	infoClassShift          = 24      // 3 bits: the class
	infoLenShift            = 27      // 2 bits: how many fold bytes
)

// runeInfos holds the info of each rune of the Basic Multilingual Plane
// met so far; zero means not yet worked out. The entries are filled on
// first use, by whichever goroutine meets the rune: the value does not
// depend on who computes it, so a race between two writers is harmless,
// and atomics keep it a race by the memory model's rules too. The table
// is 256 KB of zero pages, of which only those of the scripts met are
// ever touched.
var runeInfos [1 << 16]atomic.Uint32

// infoOf returns the info of r.
func infoOf(r rune) runeInfo {
	if uint32(r) >= uint32(len(runeInfos)) {
		return computeRuneInfo(r)
	}
	ri := runeInfo(runeInfos[r].Load())
	if ri&infoKnown == 0 {
		ri = computeRuneInfo(r)
		runeInfos[r].Store(uint32(ri))
	}
	return ri
}

// computeRuneInfo works out the info of r from the unicode package.
func computeRuneInfo(r rune) runeInfo {
	var cls runeInfo
	switch {
	case unicode.IsDigit(r):
		cls = classDigit
	case unicode.IsUpper(r):
		cls = classUpper
	case r >= 0x2E80 && unicode.IsLetter(r):
		cls = classWide
	case unicode.IsLetter(r):
		cls = classLower
	case unicode.Is(unicode.M, r):
		cls = classMark
	default:
		cls = classNone
	}
	ri := infoKnown | cls<<infoClassShift
	if unicode.ToLower(r) == r {
		ri |= infoLowerSame
	}
	var buf [utf8.UTFMax * 2]byte
	if f := appendFoldRune(buf[:0], r); len(f) <= 3 {
		ri |= infoFolded | runeInfo(len(f))<<infoLenShift
		for i, c := range f {
			ri |= runeInfo(c) << (8 * i)
		}
	}
	return ri
}

// class returns the class of the rune.
func (ri runeInfo) class() int { return int(ri>>infoClassShift) & 7 }

// appendFolded appends the fold bytes; ri must be folded.
func (ri runeInfo) appendFolded(dst []byte) []byte {
	switch ri >> infoLenShift & 3 {
	case 1:
		return append(dst, byte(ri))
	case 2:
		return append(dst, byte(ri), byte(ri>>8))
	case 3:
		return append(dst, byte(ri), byte(ri>>8), byte(ri>>16))
	}
	return dst
}
