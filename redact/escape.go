package redact

import "github.com/leakscope/leakscope/internal/jsonstr"

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string token. Invalid UTF-8 becomes
// U+FFFD, so that what is written is always valid JSON.
func appendString(dst, s []byte) []byte {
	dst = append(dst, '"')
	dst = jsonstr.AppendText(dst, s)
	return append(dst, '"')
}
