package redact

import (
	"bytes"
	"net/netip"
	"strconv"
)

// genericMask replaces a string that has no shape worth keeping. It has a
// fixed length, so that the length of a password or token is not kept.
const genericMask = "****"

// appendMask appends the mask of the string value v (unescaped) of type
// typ, unescaped too; addr says a network-layout finding is on it, so that
// a version shaped like an address is not taken for one. Shapes that help
// analytics are kept and nothing else:
//
//	ana@example.org          ****@example.org     (the domain)
//	192.168.1.20             192.168.0.0          (the address class)
//	10.0.3.0/24              10.0.0.0/24          (the class, the prefix length)
//	2a01:4f8::1              2001:db8::           (public, as a documentation address)
//	a4:da:22:1c:9e:01        00:00:00:00:00:00    (the notation; not the vendor)
//	https://cdn.x.io/a.jpg   https://****         (the scheme)
//	anything else            ****
func appendMask(dst, v []byte, typ string, addr bool) []byte {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return dst
	}
	if at := bytes.IndexByte(v, '@'); at > 0 && at == bytes.LastIndexByte(v, '@') && isDomain(v[at+1:]) && !hasSpace(v[:at]) {
		dst = append(dst, genericMask...)
		return append(dst, v[at:]...)
	}
	if v[0] >= '0' && v[0] <= '9' || v[0] == ':' || isHex(v[0]) {
		if out, ok := appendMaskedMAC(dst, v, typ); ok {
			return out
		}
		if !addr {
		} else if out, ok := appendMaskedAddr(dst, v); ok {
			return out
		}
	}
	if i := bytes.Index(v, []byte("://")); i > 0 && i <= 20 && isScheme(v[:i]) {
		dst = append(dst, v[:i+3]...)
		return append(dst, genericMask...)
	}
	return append(dst, genericMask...)
}

// appendMaskedAddr masks an IP address or prefix by a fixed address of
// the same class: private stays private, public stays public.
func appendMaskedAddr(dst, v []byte) ([]byte, bool) {
	if len(v) > 64 {
		return dst, false
	}
	if a, bits, ok := parseIPv4(v); ok {
		dst = representative(a).AppendTo(dst)
		if bits >= 0 {
			dst = append(dst, '/')
			dst = strconv.AppendInt(dst, int64(bits), 10)
		}
		return dst, true
	}
	if bytes.IndexByte(v, ':') < 0 || bytes.Count(v, []byte{':'}) < 2 {
		return dst, false // not IPv6 either
	}
	s := string(v)
	if slash := bytes.IndexByte(v, '/'); slash > 0 {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return dst, false
		}
		dst = representative(p.Addr()).AppendTo(dst)
		dst = append(dst, '/')
		return strconv.AppendInt(dst, int64(p.Bits()), 10), true
	}
	a, err := netip.ParseAddr(s)
	if err != nil || a.Zone() != "" {
		return dst, false
	}
	return representative(a).AppendTo(dst), true
}

// parseIPv4 parses a dotted quad, with a /bits suffix or not (bits -1),
// without allocating.
func parseIPv4(v []byte) (netip.Addr, int, bool) {
	var a [4]byte
	part, n, digits := 0, 0, 0
	bits := -1
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			if digits > 0 && n == 0 { // no leading zeros
				return netip.Addr{}, 0, false
			}
			n = n*10 + int(c-'0')
			digits++
			if n > 255 {
				return netip.Addr{}, 0, false
			}
		case c == '.' && part < 3 && digits > 0:
			a[part] = byte(n)
			part, n, digits = part+1, 0, 0
		case c == '/' && part == 3 && digits > 0:
			rest := v[i+1:]
			if len(rest) == 0 || len(rest) > 2 || len(rest) == 2 && rest[0] == '0' {
				return netip.Addr{}, 0, false
			}
			bits = 0
			for _, d := range rest {
				if d < '0' || d > '9' {
					return netip.Addr{}, 0, false
				}
				bits = bits*10 + int(d-'0')
			}
			if bits > 32 {
				return netip.Addr{}, 0, false
			}
			i = len(v)
		default:
			return netip.Addr{}, 0, false
		}
	}
	if part != 3 || digits == 0 && bits < 0 {
		return netip.Addr{}, 0, false
	}
	a[3] = byte(n)
	return netip.AddrFrom4(a), bits, true
}

var (
	v4Classes = []struct {
		net netip.Prefix
		rep netip.Addr
	}{
		{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParseAddr("10.0.0.0")},
		{netip.MustParsePrefix("172.16.0.0/12"), netip.MustParseAddr("172.16.0.0")},
		{netip.MustParsePrefix("192.168.0.0/16"), netip.MustParseAddr("192.168.0.0")},
		{netip.MustParsePrefix("100.64.0.0/10"), netip.MustParseAddr("100.64.0.0")}, // carrier-grade NAT
		{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParseAddr("127.0.0.0")},
		{netip.MustParsePrefix("169.254.0.0/16"), netip.MustParseAddr("169.254.0.0")},
		{netip.MustParsePrefix("0.0.0.0/8"), netip.MustParseAddr("0.0.0.0")},
		{netip.MustParsePrefix("224.0.0.0/4"), netip.MustParseAddr("224.0.0.0")},
		{netip.MustParsePrefix("240.0.0.0/4"), netip.MustParseAddr("240.0.0.0")}, // reserved; netmasks land here
	}
	v4Public = netip.MustParseAddr("192.0.2.0") // TEST-NET-1

	v6Classes = []struct {
		net netip.Prefix
		rep netip.Addr
	}{
		{netip.MustParsePrefix("fc00::/7"), netip.MustParseAddr("fd00::")},
		{netip.MustParsePrefix("fe80::/10"), netip.MustParseAddr("fe80::")},
		{netip.MustParsePrefix("ff00::/8"), netip.MustParseAddr("ff00::")},
		{netip.MustParsePrefix("::1/128"), netip.MustParseAddr("::1")},
		{netip.MustParsePrefix("::/128"), netip.MustParseAddr("::")},
	}
	v6Public = netip.MustParseAddr("2001:db8::") // documentation prefix
)

// representative returns the fixed address that stands for a's class.
func representative(a netip.Addr) netip.Addr {
	if a.Is4In6() {
		r := representative(a.Unmap()).As4()
		return netip.AddrFrom16([16]byte{10: 0xff, 11: 0xff, 12: r[0], 13: r[1], 14: r[2], 15: r[3]})
	}
	if a.Is4() {
		for _, c := range v4Classes {
			if c.net.Contains(a) {
				return c.rep
			}
		}
		return v4Public
	}
	for _, c := range v6Classes {
		if c.net.Contains(a) {
			return c.rep
		}
	}
	return v6Public
}

// appendMaskedMAC masks a MAC address (a4:da:22:1c:9e:01, A4-DA-..., the
// Cisco a4da.221c.9e01; twelve bare hex digits only under a MAC type) by
// zeros in the same notation. The vendor prefix is not kept: which brands
// of device someone owns is device inventory.
func appendMaskedMAC(dst, v []byte, typ string) ([]byte, bool) {
	switch {
	case len(v) == 17 && (v[2] == ':' || v[2] == '-'):
		for i, c := range v {
			if i%3 == 2 && c != v[2] || i%3 != 2 && !isHex(c) {
				return dst, false
			}
		}
		sep := v[2]
		return append(dst, '0', '0', sep, '0', '0', sep, '0', '0', sep, '0', '0', sep, '0', '0', sep, '0', '0'), true
	case len(v) == 14 && v[4] == '.' && v[9] == '.':
		for i, c := range v {
			if i != 4 && i != 9 && !isHex(c) {
				return dst, false
			}
		}
		return append(dst, "0000.0000.0000"...), true
	case len(v) == 12 && (typ == "mac-address" || typ == "bssid"):
		for _, c := range v {
			if !isHex(c) {
				return dst, false
			}
		}
		return append(dst, "000000000000"...), true
	}
	return dst, false
}

// appendMaskedNumber appends the mask of a JSON number literal: null for
// an identifier (a PIN, a phone number written as a number: any digit kept
// would leak), else its bucket, the number cut to its first significant
// digit (72.4 → 70, 181 → 100, 0.93 → 0.9, -12.5 → -10), which keeps a
// distribution's scale and nothing finer.
func appendMaskedNumber(dst, lit []byte, identifier bool) []byte {
	if identifier {
		return append(dst, "null"...)
	}
	f, err := strconv.ParseFloat(string(lit), 64)
	if err != nil { // out of range
		return append(dst, "null"...)
	}
	if f == 0 {
		return append(dst, '0')
	}
	if f < 0 {
		dst = append(dst, '-')
		f = -f
	}
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], f, 'e', -1, 64) // d[.ddd]e±xx
	lead := e[0]
	exp, _ := strconv.Atoi(string(e[bytes.IndexByte(e, 'e')+1:]))
	switch {
	case exp >= 0 && exp <= 20:
		dst = append(dst, lead)
		for range exp {
			dst = append(dst, '0')
		}
	case exp < 0 && exp >= -20:
		dst = append(dst, '0', '.')
		for range -exp - 1 {
			dst = append(dst, '0')
		}
		dst = append(dst, lead)
	default:
		dst = append(dst, lead, 'e')
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hasSpace(b []byte) bool {
	for _, c := range b {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			return true
		}
	}
	return false
}

// isDomain reports a host name with at least one dot and no space.
func isDomain(b []byte) bool {
	dot := bytes.IndexByte(b, '.')
	return dot > 0 && dot < len(b)-1 && !hasSpace(b) && len(b) <= 255
}

func isScheme(b []byte) bool {
	for i, c := range b {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
			return false
		}
	}
	return true
}
