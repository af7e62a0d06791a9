package redact

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"hash"
)

// MinKeyBytes is the shortest key New accepts for a policy that hashes.
const MinKeyBytes = 16

// PseudonymHexDigits is how many hex digits of the HMAC a pseudonym keeps:
// 80 bits. Among n distinct values, the chance that two share a pseudonym
// is about n²/2⁸¹: one in 2.4 million for a billion values.
const PseudonymHexDigits = 20

// pseudonymPrefix starts every pseudonym, so that it reads as one.
const pseudonymPrefix = "h:"

// Errors of New about the key.
var (
	ErrNoKey    = errors.New("the policy hashes, but no key was given")
	ErrShortKey = errors.New("key shorter than 16 bytes")
)

// A hasher makes pseudonyms; it belongs to one goroutine at a time.
type hasher struct {
	mac hash.Hash
	sum []byte
}

func newHasher(key []byte) *hasher {
	if len(key) == 0 {
		return nil
	}
	return &hasher{mac: hmac.New(sha256.New, key), sum: make([]byte, 0, sha256.Size)}
}

// appendPseudonym appends the pseudonym of v: h: and the first
// PseudonymHexDigits hex digits of HMAC-SHA-256(key, v), v without its
// surrounding white space. The same value gives the same pseudonym under
// the same key, in any document, worker or run.
func (h *hasher) appendPseudonym(dst, v []byte) []byte {
	h.mac.Reset()
	h.mac.Write(bytes.TrimSpace(v))
	h.sum = h.mac.Sum(h.sum[:0])
	dst = append(dst, pseudonymPrefix...)
	for _, b := range h.sum[:PseudonymHexDigits/2] {
		dst = append(dst, hexDigits[b>>4], hexDigits[b&0xf])
	}
	return dst
}
