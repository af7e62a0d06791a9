package jsonstr

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

func TestUnescape(t *testing.T) {
	tests := []struct{ in, want string }{
		{`plain`, "plain"},
		{`a\"b\\c\/d`, `a"b\c/d`},
		{`\b\f\n\r\t`, "\b\f\n\r\t"},
		{`caf\u00e9`, "café"},
		{`\ud83d\ude00`, "😀"},
		{`\ud83d x`, "\ufffd x"},
		{`\ude00`, "\ufffd"},
		{`cut \u00`, "cut \ufffd"},
		{`end\`, `end\`},
	}
	for _, tt := range tests {
		if got := string(Unescape(nil, []byte(tt.in))); got != tt.want {
			t.Errorf("Unescape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// On valid strings, Unescape agrees with encoding/json (which also
// replaces invalid UTF-8, where Unescape keeps the bytes as they are).
func FuzzUnescape(f *testing.F) {
	f.Add(`caf\u00e9 \ud83d\ude00 \n`)
	f.Fuzz(func(t *testing.T, s string) {
		var want string
		if !utf8.ValidString(s) {
			Unescape(nil, []byte(s)) // must not panic
			return
		}
		if json.Unmarshal([]byte(`"`+s+`"`), &want) != nil {
			Unescape(nil, []byte(s)) // must not panic
			return
		}
		if got := string(Unescape(nil, []byte(s))); got != want {
			t.Fatalf("Unescape(%q) = %q, encoding/json %q", s, got, want)
		}
	})
}

func TestSkipSpace(t *testing.T) {
	if got := SkipSpace([]byte(" \t\r\n x"), 0); got != 5 {
		t.Errorf("SkipSpace = %d, want 5", got)
	}
	if got := SkipSpace([]byte("  "), 1); got != 2 {
		t.Errorf("SkipSpace = %d, want 2", got)
	}
}

func TestAppendQuoted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `"plain"`},
		{"a\"b\\c", `"a\"b\\c"`},
		{"tab\tnl\n\x7f", `"tab\u0009nl\u000a\u007f"`},
		{"caf\xc3\xa9 \xff", `"café \ufffd"`},
	}
	for _, tt := range tests {
		if got := string(AppendQuoted(nil, []byte(tt.in))); got != tt.want {
			t.Errorf("AppendQuoted(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestAppendText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `plain`},
		{"a\"b\\c", `a\"b\\c`},
		{"tab\tnl\n\x01", `tab\tnl\n\u0001`},
		{"caf\xc3\xa9 \xff", "café \ufffd"},
	}
	for _, tt := range tests {
		if got := string(AppendText(nil, []byte(tt.in))); got != tt.want {
			t.Errorf("AppendText(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
