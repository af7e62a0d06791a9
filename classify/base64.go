package classify

import (
	"encoding/base64"
	"unicode/utf8"
)

// Kubernetes keeps a Secret's values base64-encoded under "data" (and a
// ConfigMap's binary ones under "binaryData"): {"data": {"SMTP_HOST":
// "c210cC5leGFtcGxlLmNvbQ=="}}. Read as they are, they are opaque strings;
// what they expose is the text they encode.

// encodedData reports a value that may be base64 kept under such a map:
// its parent is named data or binaryData, and it is long enough and of a
// length base64 can have.
func encodedData(n *node, v []byte) bool {
	if len(v) < 4 || len(v)%4 != 0 || len(v) > maxEncodedData || len(n.names) < 2 {
		return false
	}
	p := n.names[len(n.names)-2]
	return p == "data" || p == "binaryData"
}

// maxEncodedData bounds the values decoded: a certificate or a kubeconfig
// fits, an archive does not.
const maxEncodedData = 16 << 10

// decoded judges the text that base64 value v encodes as the value of v's
// own field, and reports whether it did: v must be standard base64 of text
// (valid UTF-8 with no control characters but tabs and line breaks), so
// that a hex digest or a word that happens to be base64 is left alone.
// What the text exposes is reported on v.
func (st *state) decoded(n *node, v []byte) bool {
	e := &st.enc
	need := base64.StdEncoding.DecodedLen(len(v))
	if cap(e.text) < need {
		e.text = make([]byte, need)
	}
	k, err := base64.StdEncoding.Decode(e.text[:need], v)
	if err != nil || k < 3 {
		return false
	}
	text := e.text[:k]
	// Three bytes of anything decode to printable text one time in
	// twenty: a short value must decode to letters and digits ("587").
	short := len(v) < 8
	for _, c := range text {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f ||
			short && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	if !utf8.Valid(text) {
		return false
	}
	// An array of one: its element is judged by the field's own name.
	b := append(e.json[:0], '[')
	b = appendJSONString(b, text)
	e.json = append(b, ']')
	st.nested(e.json, n, false)
	return true
}
