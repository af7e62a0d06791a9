package redact

import (
	"encoding/json"
	"testing"

	"github.com/leakscope/leakscope/internal/jsonstr"
	"github.com/stretchr/testify/assert"
)

func TestAppendMask(t *testing.T) {
	tests := []struct{ in, typ, want string }{
		{"ana@example.org", "email", "****@example.org"},
		{"  ana@example.org ", "email", "****@example.org"},
		{"Ana <ana@example.org>", "email", "****"},
		{"a@b@c.org", "email", "****"},
		{"ana@localhost", "email", "****"},
		{"192.168.1.20", "ip-address", "192.168.0.0"},
		{"10.1.2.3", "ip-address", "10.0.0.0"},
		{"172.20.0.1", "ip-address", "172.16.0.0"},
		{"172.32.0.1", "ip-address", "192.0.2.0"},
		{"100.72.1.1", "ip-address", "100.64.0.0"},
		{"127.0.0.1", "ip-address", "127.0.0.0"},
		{"169.254.10.1", "ip-address", "169.254.0.0"},
		{"8.8.8.8", "ip-address", "192.0.2.0"},
		{"255.255.255.0", "subnet", "240.0.0.0"},
		{"10.0.3.0/24", "subnet", "10.0.0.0/24"},
		{"81.2.69.0/28", "subnet", "192.0.2.0/28"},
		{"192.168.1.1/33", "subnet", "****"},
		{"01.2.3.4", "ip-address", "****"},
		{"1.2.3", "ip-address", "****"},
		{"1.2.3.4.5", "ip-address", "****"},
		{"256.1.1.1", "ip-address", "****"},
		{"fd12:3456::1", "ip-address", "fd00::"},
		{"fe80::1ff:fe23:4567:890a", "ip-address", "fe80::"},
		{"2a01:4f8::1", "ip-address", "2001:db8::"},
		{"2a01:4f8::/32", "subnet", "2001:db8::/32"},
		{"::ffff:192.168.1.1", "ip-address", "::ffff:192.168.0.0"},
		{"::1", "ip-address", "::1"},
		{"a4:da:22:1c:9e:01", "mac-address", "00:00:00:00:00:00"},
		{"A4-DA-22-1C-9E-01", "mac-address", "00-00-00-00-00-00"},
		{"a4:da-22:1c:9e:01", "mac-address", "****"},
		{"a4da.221c.9e01", "mac-address", "0000.0000.0000"},
		{"a4da221c9e01", "mac-address", "000000000000"},
		{"a4da221c9e01", "device-id", "****"},
		{"https://cdn.example.org/u/81/avatar.jpg", "photo-url", "https://****"},
		{"http://192.168.1.1:8080/admin", "admin-url", "http://****"},
		{"hunter22", "password", "****"},
		{"Ana García", "person-name", "****"},
		{"", "person-name", ""},
		{"4.9.6.156", "firmware-version", "****"}, // a version shaped like an address
		{"0.2.1.3", "hardware-version", "****"},
	}
	for _, tt := range tests {
		addr := tt.typ == "ip-address" || tt.typ == "subnet" // network-layout types
		got := appendMask([]byte("x"), []byte(tt.in), tt.typ, addr)
		assert.Equal(t, "x"+tt.want, string(got), "%q (%s)", tt.in, tt.typ)
	}
}

func TestAppendMaskedNumber(t *testing.T) {
	tests := []struct {
		in   string
		id   bool
		want string
	}{
		{"72.4", false, "70"},
		{"181", false, "100"},
		{"0.93", false, "0.9"},
		{"-12.5", false, "-10"},
		{"0", false, "0"},
		{"-0.0", false, "0"},
		{"5", false, "5"},
		{"0.000123", false, "0.0001"},
		{"1e25", false, "1e25"},
		{"1.5e-30", false, "1e-30"},
		{"1e999", false, "null"},
		{"4821", true, "null"},
		{"14155550100", true, "null"},
	}
	for _, tt := range tests {
		got := appendMaskedNumber(nil, []byte(tt.in), tt.id)
		assert.Equal(t, tt.want, string(got), tt.in)
		assert.True(t, json.Valid(got), tt.in)
	}
}

func TestMatchPath(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/email", "/email", true},
		{"/email", "/user/email", false},
		{"/user/*", "/user/email", true},
		{"/user/*", "/user/a/email", false},
		{"/users/*/email", "/users/3/email", true},
		{"/users/*/email", "/users/3/phone", false},
		{"/**/email", "/email", true},
		{"/**/email", "/a/b/c/email", true},
		{"/**/email", "/a/b/c/email/x", false},
		{"/debug/**", "/debug", true},
		{"/debug/**", "/debug/a/b", true},
		{"/debug/**", "/debugger/a", false},
		{"/**", "", true},
		{"/**", "/anything/at/all", true},
		{"/a~1b", "/a~1b", true},
		{"/a~1b", "/a/b", false},
		{"/", "/", true},
		{"/*", "/", true},
	}
	for _, tt := range tests {
		segs, err := parsePattern(tt.pattern)
		if !assert.NoError(t, err, tt.pattern) {
			continue
		}
		assert.Equal(t, tt.want, matchPath(segs, tt.path), "%s on %s", tt.pattern, tt.path)
	}
	for _, bad := range []string{"", "email", "/a*", "/a/**b", "/~2"} {
		_, err := parsePattern(bad)
		assert.Error(t, err, bad)
	}
}

func TestLabelPrefix(t *testing.T) {
	tests := []struct{ in, typ, keep string }{
		{"password is hunter22", "password", "password is "},
		{"my password: hunter22", "password", "my password: "},
		{"pwd=hunter22", "connection-string", "pwd="},
		{"Password: hunter22", "password", "Password: "},
		{"&token=abcdef0123456789", "api-token", "&token="},
		{"postgres://admin:s3cret@db:5432/app", "connection-string", ""},
		{"Thanks, Ingrid", "person-name", "Thanks, "},
		{"my name is Ana García", "person-name", "my name is "},
		{"I am Ana", "person-name", "I am "},
		{"Ana García", "person-name", ""},
		{"ana@example.org", "email", ""},
	}
	for _, tt := range tests {
		n := labelPrefix([]byte(tt.in), tt.typ)
		assert.Equal(t, tt.keep, tt.in[:n], tt.in)
	}
}

func TestOpeningQuote(t *testing.T) {
	doc := []byte(`{"a\"b\\":1}`)
	q := 8 // the quote that closes the key
	assert.Equal(t, byte('"'), doc[q])
	assert.Equal(t, 1, openingQuote(doc, q))
}

func TestEscapeRoundTrip(t *testing.T) {
	for _, s := range []string{"plain", "tab\there", "quote\" and \\ back", "\x00\x1f", "é ☃ 𝄞", "bad \xff utf8", "\u2028"} {
		enc := appendString(nil, []byte(s))
		assert.True(t, json.Valid(enc), "%q", s)
		var back string
		assert.NoError(t, json.Unmarshal(enc, &back))
		if s != "bad \xff utf8" {
			assert.Equal(t, s, back)
			assert.Equal(t, s, string(jsonstr.Unescape(nil, enc[1:len(enc)-1])))
		}
	}
	assert.Equal(t, "a@b 𝄞 \ufffd", string(jsonstr.Unescape(nil, []byte(`a\u0040b \ud834\udd1e \ud800`))))
}
