package classify

import (
	"net/netip"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/leakscope/leakscope/rules"
)

// maxMaskRunes bounds a masked sample; a longer value is cut, with "…".
const maxMaskRunes = 40

// Mask returns a sample of a sensitive value that keeps its shape and
// hides its content, for reports: what kind of thing it is must show,
// what it says must not. Digits are always hidden. Separators stay, so
// that an e-mail still reads as an e-mail and a date as a date.
//
//   - an e-mail address keeps the first letter of its local part and of
//     each domain label, and its top-level domain: a***@e******.org
//   - an IP address keeps its private or loopback prefix, or its first
//     byte: 192.168.*.*, 10.*.*.*, 203.*.*.*; a subnet keeps its length
//   - a MAC address keeps its vendor's prefix (OUI): A4:DA:22:**:**:**
//   - a credential keeps a well-known format prefix (AKIA, Atza|, ya29.,
//     eyJ, $2b$, ghp_, sk_live_ …) and hides everything else, separators
//     included: AKIA****************
//   - health values hide every letter and digit: **.* kg
//   - other text keeps the first letter of words of three letters or
//     more: H******-**, A**** V** d** B****
//   - a boolean is <bool>; JSON held in a string is {…} or […]
//
// A masked sample is at most 40 runes, then "…". Mask never returns its
// input for a value with a letter or digit in it.
func Mask(v string, cat rules.Category) string {
	switch v {
	case "true", "false":
		return "<bool>"
	case "null", "":
		return v
	}
	if len(v) >= 2 && (v[0] == '{' || v[0] == '[') {
		return v[:1] + "…" + map[byte]string{'{': "}", '[': "]"}[v[0]]
	}
	if cat == rules.Credential {
		return maskCredential(v)
	}
	if m, ok := maskEmail(v); ok {
		return m
	}
	if m, ok := maskAddr(v); ok && cat == rules.NetworkLayout {
		return m // a version shaped like an address is not one
	}
	if m, ok := maskMAC(v); ok {
		return m
	}
	if i := strings.Index(v, "://"); i > 0 && i <= 10 && isScheme(v[:i]) {
		return v[:i+3] + maskText(v[i+3:], cat != rules.Health, maxMaskRunes-i-3)
	}
	return maskText(v, cat != rules.Health, maxMaskRunes)
}

// maskText hides the letters and digits of v, keeping separators and, if
// keepFirst, the first letter of each run of three letters or more.
func maskText(v string, keepFirst bool, limit int) string {
	var b strings.Builder
	n := 0
	inRun, runLen := false, 0
	for i, r := range v {
		if n == limit {
			b.WriteString("…")
			break
		}
		n++
		if r == utf8.RuneError {
			b.WriteByte('?')
			inRun = false
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			inRun = false
			if unicode.IsSpace(r) {
				r = ' '
			} else if !unicode.IsPrint(r) {
				r = '?'
			}
			b.WriteRune(r)
			continue
		}
		if !inRun {
			inRun = true
			runLen = letterRun(v[i:])
			if keepFirst && runLen >= 3 && unicode.IsLetter(r) {
				b.WriteRune(r)
				continue
			}
		}
		b.WriteByte('*')
	}
	return b.String()
}

// letterRun returns the number of letters and digits at the start of s.
func letterRun(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		n++
	}
	return n
}

func maskEmail(v string) (string, bool) {
	at := strings.IndexByte(v, '@')
	if at <= 0 || strings.Count(v, "@") != 1 || strings.ContainsAny(v, " \t<>,;") {
		return "", false
	}
	local, domain := v[:at], v[at+1:]
	dot := strings.LastIndexByte(domain, '.')
	if dot <= 0 || dot == len(domain)-1 {
		return "", false
	}
	labels := strings.Split(domain[:dot], ".")
	for i, l := range labels {
		labels[i] = maskText(l, true, 16)
	}
	tld := domain[dot+1:]
	if !isAlpha(tld) || len(tld) > 12 {
		tld = maskText(tld, false, 12)
	}
	return maskText(local, true, 16) + "@" + strings.Join(labels, ".") + "." + tld, true
}

func maskAddr(v string) (string, bool) {
	addrText, suffix := v, ""
	if i := strings.IndexByte(v, '/'); i > 0 {
		if bits, err := strconv.Atoi(v[i+1:]); err == nil && bits >= 0 && bits <= 128 {
			addrText, suffix = v[:i], v[i:]
		}
	}
	a, err := netip.ParseAddr(addrText)
	if err != nil {
		return "", false
	}
	if a.Is4() {
		b := a.As4()
		keep := 1
		switch {
		case b[0] == 10 || b[0] == 127 || b[0] == 0:
			keep = 1
		case b[0] == 192 && b[1] == 168, b[0] == 172 && b[1]&0xf0 == 16, b[0] == 169 && b[1] == 254,
			b[0] == 255: // a netmask
			keep = 2
		}
		parts := strings.Split(addrText, ".")
		for i := keep; i < len(parts); i++ {
			parts[i] = "*"
		}
		return strings.Join(parts, ".") + suffix, true
	}
	// IPv6: the first group (fe80, fd12, 2001) says what kind; the rest is hidden.
	first, _, _ := strings.Cut(addrText, ":")
	if a.IsPrivate() || a.IsLinkLocalUnicast() {
		return first + ":****:…" + suffix, true
	}
	return maskText(first, false, 8) + ":****:…" + suffix, true
}

func maskMAC(v string) (string, bool) {
	if len(v) != 17 {
		return "", false
	}
	sep := v[2]
	if sep != ':' && sep != '-' {
		return "", false
	}
	for i := range 17 {
		if i%3 == 2 {
			if v[i] != sep {
				return "", false
			}
		} else if !isHex(v[i]) {
			return "", false
		}
	}
	s := string(sep)
	return v[:8] + s + "**" + s + "**" + s + "**", true
}

// credentialPrefixes are format markers, not secrets: they say which
// issuer's key it is.
var credentialPrefixes = []string{
	"AKIA", "ASIA", "Atza|", "Atzr|", "ya29.", "1//", "eyJ", "ghp_", "gho_", "ghs_", "ghu_", "github_pat_",
	"glpat-", "sk_live_", "sk_test_", "pk_live_", "rk_live_", "xoxb-", "xoxp-", "xoxa-", "AIza", "SG.",
	"$2a$", "$2b$", "$2y$", "$argon2id$", "$argon2i$", "$argon2d$", "$6$", "$5$", "$1$", "pbkdf2_sha256$",
	"-----BEGIN ", "Bearer ", "Basic ", "sha1$", "md5$",
}

func maskCredential(v string) string {
	prefix := ""
	for _, p := range credentialPrefixes {
		if strings.HasPrefix(v, p) && len(v) >= len(p)+8 {
			prefix = p
			break
		}
	}
	n := utf8.RuneCountInString(v[len(prefix):])
	limit := maxMaskRunes - len(prefix)
	if n > limit {
		return prefix + strings.Repeat("*", limit) + "…"
	}
	return prefix + strings.Repeat("*", n)
}

func isScheme(s string) bool {
	for i := range len(s) {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

func isAlpha(s string) bool {
	for i := range len(s) {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
