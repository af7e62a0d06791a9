package rules

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"math"
	"net/netip"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// A validator checks a value that a rule's expression matched. It must not
// allocate on the common path and must not keep v.
type validator func(v []byte, d *Dictionaries) bool

// validatorNames lists the validators a rule may name, for error messages.
var validatorNames = []string{
	"luhn", "imei", "ip", "ip-or-endpoint", "ip-or-range", "ipv4", "ipv6", "public-ip", "cidr", "netmask", "mac", "jwt",
	"entropy:N", "digits:MIN-MAX", "pem", "port", "person-name", "last-name-word", "password-shape", "key-shape", "psk-shape", "full-name", "handle", "at-handle", "person-handle", "file-person-name", "not-date", "has-letter",
	"not-version", "not-version-quad", "not-host", "not-code", "not-file-url", "ip-list", "path-secret", "default-ssid:NAME", "not-timestamp", "not-stamp", "not-dotted-name", "not-org-name", "not-school-district", "phone-groups", "bp-pair", "not-type-name", "signed-mix", "mixed-case-digits", "token-tail", "not-slug", "not-id", "not-random-id", "not-windows-host", "not-record-id", "not-bus-word", "not-lower-word", "not-ifname", "not-uuid", "not-public-key", "dict:NAME", "dict-owned:NAME+NAME", "ldap-person", "ldap-host", "home-dir-person", "not-tool-agent", "path-token", "not-dict:NAME", "dict-first:NAME", "dict-head:NAME", "dict-word:NAME", "dict-term:NAME", "dict-prefix:NAME", "email",
}

// lookupValidator returns the validator called name (with its argument,
// as in "entropy:3.5"), or an error that says what is wrong.
func lookupValidator(name string, d *Dictionaries) (validator, error) {
	fn, arg, _ := strings.Cut(name, ":")
	switch fn {
	case "luhn":
		return func(v []byte, _ *Dictionaries) bool { return luhn(v, 12, 19) }, nil
	case "imei":
		return func(v []byte, _ *Dictionaries) bool { return luhn(v, 15, 15) }, nil
	case "ip":
		return func(v []byte, _ *Dictionaries) bool { _, ok := hostIP(v); return ok }, nil
	case "ip-or-endpoint":
		return func(v []byte, _ *Dictionaries) bool { return ipEndpoint(v) }, nil
	case "ip-or-range":
		return func(v []byte, _ *Dictionaries) bool { return ipOrRange(v) }, nil
	case "person-handle":
		return personHandle, nil
	case "file-person-name":
		return filePersonName, nil
	case "home-dir-person":
		return homeDirPerson, nil
	case "path-token":
		return func(v []byte, _ *Dictionaries) bool { return pathToken(v) }, nil
	case "not-tool-agent":
		return func(v []byte, _ *Dictionaries) bool { return !toolAgent(v) }, nil
	case "default-ssid":
		if d.filter(arg) == nil {
			return nil, fmt.Errorf("validator %q: no dictionary %q (have %s)", name, arg, strings.Join(d.Names(), ", "))
		}
		return func(v []byte, dd *Dictionaries) bool { return dd.defaultSSID(arg, v) }, nil
	case "path-secret":
		return func(v []byte, _ *Dictionaries) bool { return pathSecret(v) }, nil
	case "ip-list":
		return func(v []byte, _ *Dictionaries) bool { return ipList(v) }, nil
	case "not-code":
		return func(v []byte, _ *Dictionaries) bool { return !kebabCode(v) }, nil
	case "not-host":
		return func(v []byte, _ *Dictionaries) bool { return !hostOrURL(v) }, nil
	case "not-file-url":
		return func(v []byte, _ *Dictionaries) bool { return !fileURL(v) }, nil
	case "not-version-quad":
		return func(v []byte, _ *Dictionaries) bool { return !versionQuad(v) }, nil
	case "ipv4":
		return func(v []byte, _ *Dictionaries) bool { a, ok := hostIP(v); return ok && a.Is4() }, nil
	case "ipv6":
		return func(v []byte, _ *Dictionaries) bool { a, ok := hostIP(v); return ok && a.Is6() }, nil
	case "public-ip":
		return func(v []byte, _ *Dictionaries) bool {
			a, ok := parseIP(v)
			return ok && !a.IsPrivate() && !a.IsLoopback() && !a.IsUnspecified()
		}, nil
	case "cidr":
		return func(v []byte, _ *Dictionaries) bool { return validCIDR(v) }, nil
	case "netmask":
		return validNetmask, nil
	case "mac":
		return validMAC, nil
	case "not-mac":
		return func(v []byte, d *Dictionaries) bool { return !validMAC(v, d) }, nil
	case "jwt":
		return validJWT, nil
	case "pem":
		return func(v []byte, _ *Dictionaries) bool {
			return bytes.Contains(v, []byte("-----BEGIN")) && bytes.Contains(v, []byte("PRIVATE KEY"))
		}, nil
	case "port":
		return func(v []byte, _ *Dictionaries) bool {
			n, err := strconv.Atoi(unsafeString(v))
			return err == nil && n > 0 && n < 65536
		}, nil
	case "entropy":
		min, err := strconv.ParseFloat(arg, 64)
		if err != nil || min <= 0 || min > 8 {
			return nil, fmt.Errorf("validator %q: want entropy:N with N bits a byte, 0 < N ≤ 8", name)
		}
		return func(v []byte, _ *Dictionaries) bool { return entropy(v) >= min }, nil
	case "digits":
		lo, hi, ok := strings.Cut(arg, "-")
		a, err1 := strconv.Atoi(lo)
		b, err2 := strconv.Atoi(hi)
		if !ok || err1 != nil || err2 != nil || a < 0 || b < a {
			return nil, fmt.Errorf("validator %q: want digits:MIN-MAX", name)
		}
		return func(v []byte, _ *Dictionaries) bool {
			n := 0
			for _, c := range v {
				if c >= '0' && c <= '9' {
					n++
				}
			}
			return n >= a && n <= b
		}, nil
	case "person-name":
		return personName, nil
	case "full-name":
		return fullName, nil
	case "last-name-word":
		return lastNameWord, nil
	case "password-shape":
		return func(v []byte, _ *Dictionaries) bool { return passwordShape(v) }, nil
	case "psk-shape":
		return func(v []byte, _ *Dictionaries) bool { return pskShape(v) }, nil
	case "key-shape":
		return func(v []byte, _ *Dictionaries) bool { return keyShape(v) }, nil
	case "handle":
		return func(v []byte, _ *Dictionaries) bool { return handle(v) }, nil
	case "at-handle":
		return func(v []byte, _ *Dictionaries) bool { return atHandle(v) }, nil
	case "not-date":
		return func(v []byte, _ *Dictionaries) bool { return !looksLikeDate(v) }, nil
	case "has-letter":
		// A log-in has a letter; digits alone after "login code is" are
		// the code.
		return func(v []byte, _ *Dictionaries) bool { c := classesOf(v); return c.lower || c.upper }, nil
	case "not-stamp":
		return func(v []byte, _ *Dictionaries) bool { return !dateStamp(v) }, nil
	case "not-timestamp":
		return func(v []byte, _ *Dictionaries) bool {
			return !looksLikeDate(v) && !looksLikeTime(v) && !looksLikeEpoch(v)
		}, nil
	case "not-version":
		return func(v []byte, _ *Dictionaries) bool { return !looksLikeVersion(v) }, nil
	case "not-dotted-name":
		return func(v []byte, _ *Dictionaries) bool { return !dottedName(v) }, nil
	case "not-org-name":
		return func(v []byte, _ *Dictionaries) bool { return !orgName(v) }, nil
	case "signed-mix":
		return func(v []byte, _ *Dictionaries) bool { return signedMix(v) }, nil
	case "not-slug":
		return func(v []byte, _ *Dictionaries) bool { return !slug(v) }, nil
	case "mixed-case-digits":
		return func(v []byte, _ *Dictionaries) bool { return mixedCaseDigits(v) }, nil
	case "bp-pair":
		return func(v []byte, _ *Dictionaries) bool { return bpPair(v) }, nil
	case "phone-groups":
		return func(v []byte, _ *Dictionaries) bool { return phoneGroups(v) }, nil
	case "not-school-district":
		return func(v []byte, _ *Dictionaries) bool { return !schoolDistrict(v) }, nil
	case "not-type-name":
		return func(v []byte, _ *Dictionaries) bool { return !typeName(v) }, nil
	case "not-public-key":
		// Keys made to be published in web pages: Mapbox's pk., Stripe's
		// publishable pk_live_ and pk_test_.
		return func(v []byte, _ *Dictionaries) bool {
			return !bytes.HasPrefix(v, []byte("pk.")) && !bytes.HasPrefix(v, []byte("pk_live_")) && !bytes.HasPrefix(v, []byte("pk_test_"))
		}, nil
	case "not-id":
		return func(v []byte, _ *Dictionaries) bool { return !looksLikeID(v) }, nil
	case "not-lower-word":
		// An option's value (disable, email, fortitoken), no secret.
		return func(v []byte, _ *Dictionaries) bool { return !lowerWord(v) }, nil
	case "not-random-id":
		return func(v []byte, _ *Dictionaries) bool { return !randomID(v) }, nil
	case "token-tail":
		return func(v []byte, _ *Dictionaries) bool { return tokenTail(v) }, nil
	case "not-record-id":
		return func(v []byte, _ *Dictionaries) bool { return !recordID(v) }, nil
	case "not-bus-word":
		return func(v []byte, _ *Dictionaries) bool { return !busWord(v) }, nil
	case "not-windows-host":
		return func(v []byte, _ *Dictionaries) bool { return !windowsHost(v) }, nil
	case "not-ifname":
		return func(v []byte, _ *Dictionaries) bool { return !ifName(v) }, nil
	case "not-uuid":
		return func(v []byte, _ *Dictionaries) bool { return !isUUID(v) }, nil
	case "not-resource-sid":
		return func(v []byte, _ *Dictionaries) bool { return !resourceSID(v) }, nil
	case "email":
		return validEmail, nil
	case "ldap-person":
		return func(v []byte, _ *Dictionaries) bool { k := ldapOUKind(v); return k != ouGroup && k != ouHost }, nil
	case "ldap-host":
		return func(v []byte, _ *Dictionaries) bool { return ldapOUKind(v) == ouHost }, nil
	case "dict-owned":
		// A device its owner named after themselves: "Desmond's Apple
		// Watch", "iPhone de Ana"; the device is an entry of one of the
		// dictionaries, joined by '+'.
		names := strings.Split(arg, "+")
		for _, n := range names {
			if d.filter(n) == nil {
				return nil, fmt.Errorf("validator %q: no dictionary %q (have %s)", name, n, strings.Join(d.Names(), ", "))
			}
		}
		return func(v []byte, dd *Dictionaries) bool {
			thing, ok := ownedThing(v)
			if !ok {
				return false
			}
			for _, n := range names {
				if hasHead(dd.sets[n], thing) {
					return true
				}
			}
			return false
		}, nil
	case "dict", "not-dict", "dict-first", "dict-head", "dict-word", "dict-term", "dict-prefix":
		f := d.filter(arg)
		if f == nil {
			return nil, fmt.Errorf("validator %q: no dictionary %q (have %s)", name, arg, strings.Join(d.Names(), ", "))
		}
		// The set is found by its name once, here; dictionaries do not
		// change once loaded. Others than those compiled with are looked
		// up by name.
		switch fn {
		case "dict":
			return func(v []byte, dd *Dictionaries) bool {
				if dd == d {
					return f.has(v)
				}
				return dd.has(arg, v)
			}, nil
		case "dict-first":
			// The first word, or the first two, is an entry: the maker of
			// "Huawei HG8245H5" or "Western Digital My Cloud".
			return func(v []byte, dd *Dictionaries) bool {
				ws := f
				if dd != d {
					ws = dd.sets[arg]
				}
				sp := bytes.IndexByte(v, ' ')
				if sp <= 0 {
					return false
				}
				if ws.has(v[:sp]) {
					return true
				}
				if sp2 := bytes.IndexByte(v[sp+1:], ' '); sp2 > 0 {
					return ws.has(v[:sp+1+sp2])
				}
				return false
			}, nil
		case "dict-head":
			// The whole value, or its start up to one of its first three
			// word breaks, is an entry: "DVR", "Smart plug", "Tablet
			// (Videotelefonie)", "Hausnotruf-Armband".
			return func(v []byte, dd *Dictionaries) bool {
				ws := f
				if dd != d {
					ws = dd.sets[arg]
				}
				return hasHead(ws, v)
			}, nil
		case "not-dict":
			return func(v []byte, dd *Dictionaries) bool {
				if dd == d {
					return !f.has(v)
				}
				return !dd.has(arg, v)
			}, nil
		case "dict-prefix":
			return func(v []byte, d *Dictionaries) bool { return d.hasPrefix(arg, v) }, nil
		case "dict-term":
			return func(v []byte, dd *Dictionaries) bool {
				if dd == d {
					return f.hasTerm(v)
				}
				return dd.hasTerm(arg, v)
			}, nil
		}
		return func(v []byte, dd *Dictionaries) bool {
			if dd == d {
				return f.hasWord(v)
			}
			return dd.hasWord(arg, v)
		}, nil
	}
	return nil, fmt.Errorf("unknown validator %q (known: %s)", name, strings.Join(validatorNames, ", "))
}

// The kinds of entries a directory's organisational units hold.
const (
	ouOther = iota
	ouGroup
	ouHost
)

// ldapOUKind reports what the organisational units of a distinguished
// name hold: groups and roles, or hosts (computers, servers,
// workstations), or else people and anything else.
func ldapOUKind(v []byte) int {
	for part := range bytes.SplitSeq(v, []byte{','}) {
		part = bytes.TrimSpace(part)
		if len(part) < 4 || part[0]|0x20 != 'o' || part[1]|0x20 != 'u' || part[2] != '=' {
			continue
		}
		var buf [maxWord]byte
		switch string(lowerInto(&buf, part[3:])) {
		case "groups", "group", "roles", "role", "distribution lists", "security groups", "builtin", "policies":
			return ouGroup
		case "hosts", "host", "computers", "computer", "servers", "server", "machines", "workstations", "domain controllers", "devices", "printers", "laptops":
			return ouHost
		}
	}
	return ouOther
}

// hasHead reports whether v, or its start up to one of its first three
// word breaks, is an entry of ws.
func hasHead(ws *wordSet, v []byte) bool {
	if ws.has(v) {
		return true
	}
	breaks := 0
	for i := 1; i < len(v) && i <= maxWord && breaks < 3; i++ {
		switch v[i] {
		case ' ', '-', '(', '/', ',':
			breaks++
			if ws.has(v[:i]) {
				return true
			}
		}
	}
	return false
}

// ownedThing returns the thing of a value that names it after its
// owner, "Desmond's Apple Watch" or "Desmond’s work iPhone" (Apple's
// default device names) and "iPhone de Ana", "iPad di Luca", "Handy von
// Jonas": the owner is one to three capitalised words without digits.
func ownedThing(v []byte) ([]byte, bool) {
	if len(v) > 80 {
		return nil, false
	}
	owner, thing := []byte(nil), []byte(nil)
	if i := bytes.Index(v, []byte("'s ")); i > 0 {
		owner, thing = v[:i], v[i+len("'s "):]
	} else if i := bytes.Index(v, []byte("\u2019s ")); i > 0 {
		owner, thing = v[:i], v[i+len("\u2019s "):]
	} else {
		for _, sep := range ownerLinks {
			if i := bytes.Index(v, sep); i > 0 {
				thing, owner = v[:i], v[i+len(sep):]
				break
			}
		}
	}
	if len(owner) == 0 || len(thing) < 2 || bytes.Count(thing, []byte(" ")) > 3 || bytes.ContainsAny(thing, ":@=") || !ownerName(owner) {
		return nil, false
	}
	for _, w := range ownedAdjectives {
		if len(thing) > len(w) && bytes.EqualFold(thing[:len(w)], w) {
			thing = thing[len(w):]
			break
		}
	}
	return thing, true
}

var (
	ownerLinks      = [][]byte{[]byte(" de "), []byte(" di "), []byte(" da "), []byte(" do "), []byte(" von "), []byte(" van ")}
	ownedAdjectives = [][]byte{[]byte("work "), []byte("personal "), []byte("old "), []byte("new "), []byte("other "), []byte("second ")}
)

// ownerName reports one to three capitalised words of letters: a given
// name and perhaps a surname.
func ownerName(v []byte) bool {
	words, start := 0, true
	for i := 0; i < len(v); {
		r, n := utf8.DecodeRune(v[i:])
		switch {
		case r == ' ':
			if start {
				return false
			}
			start = true
		case start:
			if !unicode.IsUpper(r) {
				return false
			}
			words++
			start = false
		case !unicode.IsLetter(r) && r != '-' && r != '.':
			return false
		}
		i += n
	}
	return !start && words <= 3
}

func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// parseIP parses an IPv4 or IPv6 address. Values that cannot be one are
// turned away before netip, whose errors allocate.
func parseIP(v []byte) (netip.Addr, bool) {
	if !plausibleIP(v) {
		return netip.Addr{}, false
	}
	a, err := netip.ParseAddr(unsafeString(v))
	return a, err == nil && a.Zone() == ""
}

// hostIP parses an address that can be a host's: not the unspecified
// address (0.0.0.0, ::, a listener's "any" or a DHCP client's before it
// has one) nor IPv4's broadcast, which tell nothing of a network.
func hostIP(v []byte) (netip.Addr, bool) {
	a, ok := parseIP(v)
	if !ok || a.IsUnspecified() || a == broadcast4 {
		return netip.Addr{}, false
	}
	return a, true
}

var broadcast4 = netip.AddrFrom4([4]byte{255, 255, 255, 255})

// plausibleIP reports whether v has the bytes of an address: four dotted
// decimals, or hex groups with colons (seven, or a "::").
func plausibleIP(v []byte) bool {
	if len(v) < 2 || len(v) > 45 {
		return false
	}
	dots, colons, hex := 0, 0, false
	for _, c := range v {
		switch {
		case c >= '0' && c <= '9':
		case c == '.':
			dots++
		case c == ':':
			colons++
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
			hex = true
		default:
			return false
		}
	}
	if colons == 0 {
		return dots == 3 && !hex && len(v) >= 7 && len(v) <= 15
	}
	if colons == 7 && len(v) == 23 && v[2] == ':' && v[5] == ':' && v[8] == ':' && v[20] == ':' {
		return false // eight bytes in hex (an EUI-64, a truncated fingerprint), no IPv6's groups
	}
	return colons == 7 || (colons >= 2 && bytes.Contains(v, []byte("::")))
}

// ipEndpoint accepts an address with or without a port: 10.0.0.1,
// 10.0.0.1:8080, fe80::1, [fe80::1]:443.
func ipEndpoint(v []byte) bool {
	if _, ok := hostIP(v); ok {
		return true
	}
	if i := bytes.LastIndexByte(v, ':'); i > 0 && bytes.IndexByte(v, ']') < i {
		// 10.0.0.1:8080 or [fe80::1]:443.
		host := bytes.Trim(v[:i], "[]")
		if _, ok := hostIP(host); ok && validPort(v[i+1:]) {
			return true
		}
	}
	// An IPv6 address with a zone.
	if i := bytes.IndexByte(v, '%'); i > 0 {
		_, ok := hostIP(v[:i])
		return ok
	}
	return false
}

func validPort(b []byte) bool {
	if len(b) == 0 || len(b) > 5 {
		return false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n > 0 && n < 65536
}

// ipOrRange accepts an address, a prefix, a range a-b, or a list of them
// separated by commas or spaces.
func ipOrRange(v []byte) bool {
	// A list in brackets, as IDS variables write it: [10.0.0.0/8,192.168.1.0/24].
	if len(v) > 2 && v[0] == '[' && v[len(v)-1] == ']' && bytes.IndexByte(v, '.') > 0 {
		v = v[1 : len(v)-1]
	}
	n := 0
	for part := range bytes.FieldsFuncSeq(v, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
		n++
		if ipEndpoint(part) {
			continue
		}
		if validCIDR(part) {
			continue
		}
		a, b, ok := bytes.Cut(part, []byte("-"))
		if !ok || !ipEndpoint(a) || !ipEndpoint(b) {
			return false
		}
	}
	return n > 0
}

// validCIDR accepts an address and a prefix length: 192.168.1.0/24.
func validCIDR(v []byte) bool {
	i := bytes.IndexByte(v, '/')
	if i < 0 {
		return false
	}
	a, ok := parseIP(v[:i])
	if !ok || len(v)-i-1 < 1 || len(v)-i-1 > 3 {
		return false
	}
	n := 0
	for _, c := range v[i+1:] {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n <= a.BitLen()
}

// luhn checks the Luhn sum of the digits of v, which may be grouped by
// spaces or dashes, and that there are lo to hi of them.
func luhn(v []byte, lo, hi int) bool {
	sum, n := 0, 0
	for i := len(v) - 1; i >= 0; i-- {
		c := v[i]
		if c == ' ' || c == '-' {
			continue
		}
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if n%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		n++
	}
	return n >= lo && n <= hi && sum%10 == 0
}

func validNetmask(v []byte, _ *Dictionaries) bool {
	a, ok := parseIP(v)
	if !ok || !a.Is4() {
		return false
	}
	b := a.As4()
	m := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	// Contiguous ones then zeros, at least /8.
	return m != 0 && m>>24 == 0xff && (^m)&(^m+1) == 0
}

// validMAC accepts 00:11:22:33:44:55, 00-11-22-33-44-55 and 0011.2233.4455,
// but not all zeros nor the broadcast address.
func validMAC(v []byte, _ *Dictionaries) bool {
	// A DHCP client identifier of hardware type 1 (Ethernet) is the MAC
	// after its type: 1:ee:99:57:27:4d:ac, 01:ee:99:...
	if len(v) > 17 && v[len(v)-18] == ':' && (len(v) == 19 && v[0] == '1' || len(v) == 20 && v[0] == '0' && v[1] == '1') {
		v = v[len(v)-17:]
	}
	var hex int
	var zero, ff = true, true
	for i, c := range v {
		switch {
		case isHex(c):
			hex++
			if c != '0' {
				zero = false
			}
			if c != 'f' && c != 'F' {
				ff = false
			}
		case c == ':' || c == '-' || c == '.' || c == ' ':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	return hex == 12 && !zero && !ff
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// validJWT checks that v is three base64url parts whose first decodes to a
// JSON object naming an algorithm.
func validJWT(v []byte, _ *Dictionaries) bool {
	i := bytes.IndexByte(v, '.')
	if i < 10 || i > 1024 {
		return false
	}
	j := bytes.IndexByte(v[i+1:], '.')
	if j < 2 {
		return false
	}
	var buf [768]byte
	n, err := base64.RawURLEncoding.Decode(buf[:], bytes.TrimRight(v[:i], "="))
	if err != nil {
		return false
	}
	h := buf[:n]
	return len(h) > 0 && h[0] == '{' && (bytes.Contains(h, []byte(`"alg"`)) || bytes.Contains(h, []byte(`"typ"`)))
}

// entropy returns the Shannon entropy of v in bits a byte.
func entropy(v []byte) float64 {
	if len(v) == 0 {
		return 0
	}
	var counts [256]uint32
	for _, c := range v {
		counts[c]++
	}
	n := float64(len(v))
	e := 0.0
	for _, k := range counts {
		if k > 0 {
			p := float64(k) / n
			e -= p * math.Log2(p)
		}
	}
	return e
}

// validEmail checks the parts of an address more closely than an
// expression can: a dot in the domain, labels not empty, a letter TLD.
func validEmail(v []byte, _ *Dictionaries) bool {
	at := bytes.LastIndexByte(v, '@')
	if at < 1 || at > 64 || at == len(v)-1 {
		return false
	}
	dom := v[at+1:]
	if dom[0] == '.' || dom[0] == '-' || dom[len(dom)-1] == '-' {
		return false
	}
	dot := bytes.LastIndexByte(dom, '.')
	if dot < 1 || dot == len(dom)-1 || bytes.Contains(dom, []byte("..")) {
		return false
	}
	for _, c := range dom[dot+1:] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	// Not an image asset name such as icon@2x.png.
	tld := dom[dot+1:]
	if bytes.EqualFold(tld, []byte("png")) || bytes.EqualFold(tld, []byte("jpg")) || bytes.EqualFold(tld, []byte("gif")) {
		return false
	}
	// No one's address: a system's id for a user written as an address
	// (SeaTable's 32 hex digits @auth.local).
	if at >= 24 && isHexID(v[:at]) {
		return false
	}
	// No one's address: a placeholder (user@..., you@..., john.doe@...).
	// A mailbox no one reads (noreply@) is still an address, as the
	// policy's authors label it.
	if at > 16 {
		return true // longer than any placeholder
	}
	var buf [maxWord]byte
	_, placeholder := placeholderMailboxes[string(lowerInto(&buf, v[:at]))]
	return !placeholder
}

// placeholderMailboxes are the local parts of addresses that name no one:
// a form's or a document's placeholder.
var placeholderMailboxes = map[string]struct{}{
	"user": {}, "username": {}, "test": {}, "example": {}, "you": {}, "your.name": {}, "yourname": {}, "name": {}, "email": {},
	"someone": {}, "somebody": {}, "foo": {}, "john.doe": {}, "jane.doe": {}, "johndoe": {}, "janedoe": {},
}

// looksLikeDate reports values such as 2019-12-26, 26/12/2019, 20191226 and
// 2019-12-26T10:00:00Z, which phone and id expressions would take.
func looksLikeDate(v []byte) bool {
	v = bytes.TrimSpace(v)
	if len(v) < 8 {
		return false
	}
	d := 0
	for _, c := range v[:min(len(v), 10)] {
		if c >= '0' && c <= '9' {
			d++
		}
	}
	if len(v) >= 10 && (v[4] == '-' || v[4] == '/' || v[4] == '.') && (v[7] == '-' || v[7] == '/' || v[7] == '.') && d == 8 {
		return year(v[0:4])
	}
	if len(v) >= 10 && (v[2] == '-' || v[2] == '/' || v[2] == '.') && (v[5] == '-' || v[5] == '/' || v[5] == '.') && d == 8 {
		return year(v[6:10])
	}
	if len(v) == 8 && d == 8 {
		return year(v[0:4]) && v[4] <= '1' && v[6] <= '3'
	}
	return false
}

// looksLikeTime reports a time of day: 07:30, 23:15:02.
func looksLikeTime(v []byte) bool {
	v = bytes.TrimSpace(v)
	if len(v) != 5 && len(v) != 8 {
		return false
	}
	for i, c := range v {
		if (i == 2 || i == 5) && c != ':' || i != 2 && i != 5 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// looksLikeEpoch reports Unix times in seconds or milliseconds between
// 2001 and 2033, as dumps write them.
func looksLikeEpoch(v []byte) bool {
	if i := bytes.IndexByte(v, '.'); i > 0 {
		v = v[:i]
	}
	if len(v) != 10 && len(v) != 13 {
		return false
	}
	for _, c := range v {
		if c < '0' || c > '9' {
			return false
		}
	}
	return v[0] == '1' || (v[0] == '2' && len(v) == 10 && v[1] == '0')
}

// dateStamp reports a date and time written as digits alone, as a
// revision or a build is numbered: yymmddhhmmss (240706120018) or
// yyyymmddhhmmss, each part in its range.
func dateStamp(v []byte) bool {
	if len(v) != 12 && len(v) != 14 {
		return false
	}
	for _, c := range v {
		if c < '0' || c > '9' {
			return false
		}
	}
	if len(v) == 14 {
		if !year(v[:4]) {
			return false
		}
		v = v[2:]
	}
	two := func(i int) int { return int(v[i]-'0')*10 + int(v[i+1]-'0') }
	mo, d, h, mi, sec := two(2), two(4), two(6), two(8), two(10)
	return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && sec <= 59
}

func year(b []byte) bool {
	n, err := strconv.Atoi(unsafeString(b))
	return err == nil && n >= 1900 && n <= 2100
}

// looksLikeVersion reports dotted numbers that are versions rather than
// addresses: a part with a leading zero or over 255, or not four parts.
func looksLikeVersion(v []byte) bool {
	parts := 0
	start := 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) && v[i] != '.' {
			if v[i] < '0' || v[i] > '9' {
				return false
			}
			continue
		}
		p := v[start:i]
		if len(p) == 0 {
			return false
		}
		if len(p) > 1 && p[0] == '0' {
			return true
		}
		if n, _ := strconv.Atoi(unsafeString(p)); n > 255 {
			return true
		}
		parts++
		start = i + 1
	}
	return parts != 4
}

// fullName accepts two or three capitalized words whose first is a known
// given name and whose last a known surname: stricter than personName,
// for names found in prose.
func fullName(v []byte, d *Dictionaries) bool {
	f := bytes.Fields(v)
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	// A day and a month, as a timestamp writes them ("Thu May  9 16:44:25
	// 2024"), are no given name and surname, though Thu and May are names.
	if foldedIn(weekdays, f[0]) && foldedIn(months, f[len(f)-1]) {
		return false
	}
	return d.has("first_names", f[0]) && d.has("surnames", f[len(f)-1])
}

// foldedIn reports whether w, in lower case, is a key of m (ASCII words
// of up to nine letters; no allocation).
func foldedIn(m map[string]bool, w []byte) bool {
	var b [9]byte
	if len(w) > len(b) {
		return false
	}
	for i, c := range w {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return m[string(b[:len(w)])]
}

var weekdays = map[string]bool{"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

var months = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "january": true, "february": true,
	"march": true, "april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true}

// personName accepts a value whose first word is a known given name or
// whose last word is a known surname, in the shape of a name.
func personName(v []byte, d *Dictionaries) bool {
	v = bytes.TrimSpace(v)
	// A title before the name is no part of it: "Rev. Barnaby Ashworth".
	v = bytes.TrimSpace(WithoutTitle(v))
	// A degree after the name is no part of it: "Megan Pendergast, DPM".
	if i := bytes.LastIndexByte(v, ','); i > 0 && degrees[string(bytes.TrimSpace(v[i+1:]))] {
		v = bytes.TrimSpace(v[:i])
	}
	if len(v) < 2 || len(v) > 80 {
		return false
	}
	words := 0
	var first, last []byte
	for f := range bytes.FieldsFuncSeq(v, func(r rune) bool { return r == ' ' || r == ',' }) {
		words++
		if first == nil {
			first = f
		}
		last = f
		for _, c := range f {
			if c >= '0' && c <= '9' || c == '@' || c == '_' || c == '/' || c == ':' {
				return false
			}
		}
	}
	if words == 0 || words > 5 {
		return false
	}
	// "García, Ana" puts the surname first.
	if bytes.IndexByte(v, ',') > 0 {
		first, last = last, first
	}
	if words == 1 {
		return d.has("first_names", first) || d.has("surnames", first) || unspacedName(first, d) || burmeseName(first, d)
	}
	if d.has("first_names", first) || d.has("surnames", last) {
		return true
	}
	if bytes.IndexByte(v, ',') >= 0 {
		return false // "García, Ana" was read surname first above
	}
	// The surname first, as registers and forms write it ("Иванова Анна
	// Сергеевна", "Nagy Eszter", "Nguyen Van An"): a given name second,
	// after a surname or before a patronymic.
	second := v[len(first):]
	second = bytes.TrimLeft(second, " ,")
	if i := bytes.IndexAny(second, " ,"); i > 0 {
		second = second[:i]
	}
	if utf8.RuneCount(second) < 3 || !d.has("first_names", second) || d.has("name_lookalikes", second) || d.has("name_lookalikes", first) {
		return false
	}
	return d.has("surnames", first) || patronymic(last)
}

// patronymic reports a father's name as East Slavic, Kazakh, Uzbek and
// Azerbaijani names carry it after the given name: Сергеевна, Petrovich,
// Асқарқызы, Ali o'g'li. Names are capitalised, so the ending is in
// lower case.
func patronymic(w []byte) bool {
	if len(w) < 5 {
		return false
	}
	for _, e := range patronymicEndings {
		if len(w) > len(e) && string(w[len(w)-len(e):]) == e {
			return true
		}
	}
	return false
}

var patronymicEndings = []string{
	"ович", "евич", "овна", "евна", "ична", "івна", "ївна", "ьевич", "ьевна", "қызы", "ұлы", "кызы", "улы", "оглы", "гызы",
	"ovich", "evich", "ovna", "evna", "ichna", "ivna", "qizi", "kyzy", "ogly", "gyzy", "o'g'li", "ugli",
}

// personHandle accepts a log-in of a given name the dictionary knows, a
// dot or an underscore, and a surname it knows or an initial.
func personHandle(v []byte, d *Dictionaries) bool {
	i := bytes.IndexAny(v, "._")
	if i < 3 {
		return false
	}
	rest := bytes.TrimRight(v[i+1:], "0123456789")
	if !d.has("first_names", v[:i]) || d.has("name_lookalikes", v[:i]) {
		return false // rose.gold is a colour
	}
	return len(rest) == 1 || d.has("surnames", rest) && !d.has("name_lookalikes", rest)
}

// degrees are the letters written after a person's name, after a comma.
var degrees = map[string]bool{
	"MD": true, "DO": true, "DPM": true, "RN": true, "NP": true, "PA": true, "PA-C": true, "DDS": true, "DMD": true,
	"PhD": true, "DC": true, "OD": true, "LPN": true, "CNM": true, "FNP": true, "APRN": true, "PharmD": true,
	"MSN": true, "BSN": true, "DNP": true, "DPT": true, "MBBS": true, "FRCS": true, "Jr": true, "Jr.": true,
	"Sr": true, "Sr.": true, "II": true, "III": true,
}

// filePersonName accepts a file's name that holds a person's: a given
// name the dictionary knows beside a surname it knows, either first, both
// capitalised ("Arztbrief_Lehmann_Emilia.pdf", "Raymond Yarbrough -
// photo.jpg"), neither a word that only looks like a name.
func filePersonName(v []byte, d *Dictionaries) bool {
	if i := bytes.LastIndexByte(v, '.'); i > 0 {
		v = v[:i]
	}
	var prev []byte
	for w := range bytes.FieldsFuncSeq(v, func(r rune) bool { return r == ' ' || r == '_' || r == '-' || r == '.' || r == ',' }) {
		// A name is capitalised, or written all in lower case as a
		// file's name often is (kristine-zarina.jpg), then no plain word.
		if len(w) >= 2 && (capitalised(w) || lowerLetters(w) && !d.has("plain_words", w)) && !d.has("name_lookalikes", w) {
			if prev != nil && (d.has("first_names", prev) && d.has("surnames", w) || d.has("surnames", prev) && d.has("first_names", w)) {
				return true
			}
			prev = w
			continue
		}
		prev = nil
	}
	return false
}

// homeDirPerson accepts a path in a home directory whose owner is no
// system account: /Users/ana/..., /home/cokonkwo, C:\Users\jsmith.
func homeDirPerson(v []byte, d *Dictionaries) bool {
	for _, p := range [...]string{"/home/", "/Users/"} {
		if rest, ok := bytes.CutPrefix(v, []byte(p)); ok {
			user, _, _ := bytes.Cut(rest, []byte("/"))
			return !d.has("system_accounts", user)
		}
	}
	if len(v) > 9 && v[1] == ':' && v[2] == '\\' && bytes.EqualFold(v[3:9], []byte("Users\\")) {
		user, _, _ := bytes.Cut(v[9:], []byte("\\"))
		return !d.has("system_accounts", user)
	}
	return false
}

// pathToken reports a URL whose last path segment is a random token: 20
// characters or more, lower-case and upper-case letters and digits all in
// it (a UUID or a slug of words is no token).
func pathToken(v []byte) bool {
	v = bytes.TrimRight(v, "/")
	seg := v[bytes.LastIndexByte(v, '/')+1:]
	return len(seg) >= 20 && mixedCaseDigits(seg)
}

// toolAgent reports a user agent that a server, a monitor, a library or a
// crawler sends (Alertmanager/0.27.0, Go-http-client/1.1, curl/8.4.0,
// kube-probe/1.29): it tells of no one's device.
func toolAgent(v []byte) bool {
	name := v
	if i := bytes.IndexAny(v, "/ ;("); i >= 0 {
		name = v[:i]
	}
	var buf [24]byte
	if len(name) < 2 || len(name) > len(buf) {
		return false
	}
	if toolAgents[string(AppendLower(buf[:0], name))] {
		return true
	}
	// A library's or a script's agent names itself in lower case and
	// says nothing of a platform: python-meraki/8.6.17, qb-sync/6.19.13.
	// A browser's, an app's or a phone's says which in parentheses, a
	// command line's in more words (aws-cli/2.15 Python/3.11 Linux/6.5).
	if bytes.IndexByte(v, '(') >= 0 || len(name) == len(v) || v[len(name)] != '/' || bytes.Count(v, []byte{' '}) > 1 {
		return false
	}
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

var toolAgents = map[string]bool{
	"alertmanager": true, "prometheus": true, "grafana": true, "go-http-client": true, "curl": true, "wget": true,
	"python-requests": true, "python-urllib": true, "python-httpx": true, "aiohttp": true, "httpx": true, "node-fetch": true,
	"axios": true, "undici": true, "java": true, "apache-httpclient": true, "jetty": true, "github-hookshot": true,
	"gitlab": true, "bitbucket-webhooks": true, "slackbot": true, "slackbot-linkexpanding": true, "googlebot": true,
	"bingbot": true, "kube-probe": true, "elb-healthchecker": true, "uptimerobot": true, "pingdom.com_bot_version_1.4_": true,
	"datadog": true, "datadogagent": true, "newrelic": true, "zabbix": true, "nagios": true, "check_http": true,
	"postmanruntime": true, "insomnia": true, "jenkins": true, "stripe": true, "twilioproxy": true, "sendgrid": true,
	"mailgun": true, "hubspot": true, "zapier": true, "n8n": true, "svix-webhooks": true, "vercel": true, "netlify": true,
	"aws-sdk-go": true, "aws-sdk-js": true, "aws-sdk-java": true, "boto3": true, "botocore": true, "terraform": true,
	"ansible-httpget": true, "docker": true, "containerd": true, "helm": true, "kubectl": true, "fluent-bit": true,
	"logstash": true, "vector": true, "telegraf": true, "influxdb": true, "blackbox-exporter": true, "consul": true,
	"vault": true, "nginx": true, "envoy": true, "haproxy": true, "traefik": true, "apache": true, "lighttpd": true,
	"ruby": true, "faraday": true, "guzzlehttp": true, "wordpress": true, "woocommerce": true, "php": true,
	"okhttp-server": true, "dart": true, "rest-client": true, "libcurl": true, "powershell": true, "windowspowershell": true,
	"microsoft-cryptoapi": true, "microsoft-delivery-optimization": true,
	"opsgenie": true, "pagerduty": true, "pushover": true, "suricata": true, "osquery": true,
}

// capitalised reports whether w starts with a capital letter, or with a
// letter of a script that has no case (a name in Arabic or Devanagari).
func capitalised(w []byte) bool {
	if c := w[0]; c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRune(w)
	return unicode.IsLetter(r) && !unicode.IsLower(r)
}

// WithoutTitle returns v without a title written before a name ("Dr.
// Elena" is Elena, "Rev. Barnaby Ashworth" is Barnaby Ashworth); else v.
func WithoutTitle(v []byte) []byte {
	if i := bytes.IndexByte(v, ' '); i > 0 && honorifics[string(bytes.TrimSuffix(v[:i], []byte(".")))] {
		return v[i+1:]
	}
	return v
}

// honorifics are the titles written before a person's name.
var honorifics = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Mx": true, "Dr": true, "Prof": true, "Rev": true, "Fr": true,
	"Sr": true, "Sra": true, "Srta": true, "Dra": true, "Don": true, "Herr": true, "Frau": true, "Mme": true, "Mlle": true,
	"Pastor": true, "Father": true, "Sister": true, "Rabbi": true, "Imam": true, "Dott": true, "Dott.ssa": true,
	// Clinical and professional titles written before a name ("RN Darnell
	// Yarbrough", "Lic. Ana Ruiz").
	"RN": true, "LPN": true, "LVN": true, "NP": true, "CNA": true, "EMT": true, "Nurse": true, "Doctor": true,
	"Lic": true, "Ing": true, "Arq": true, "Enf": true,
	// The same in other languages: nurses, midwives and doctors, and the
	// forms of address of Malay, Indonesian, Dutch, Afrikaans, Polish,
	// Czech, Italian, Turkish and Hindi.
	"Jururawat": true, "Bidan": true, "Perawat": true, "Suster": true, "Doktor": true, "Dokter": true, "Dottore": true,
	"Dottoressa": true, "Schwester": true, "Pfleger": true, "Hebamme": true, "Infirmière": true, "Infirmier": true,
	"Enfermera": true, "Enfermero": true, "Enfermeira": true, "Enfermeiro": true, "Matrona": true, "Parteira": true,
	"Zuster": true, "Verpleegkundige": true, "Vroedvrouw": true, "Sestra": true, "Hemşire": true, "Midwife": true,
	"Encik": true, "Puan": true, "Cik": true, "Tuan": true, "Pak": true, "Bu": true, "Bapak": true, "Ibu": true,
	"Datuk": true, "Dato": true, "Haji": true, "Hajah": true, "Mevrouw": true, "Mevr": true, "Dhr": true,
	"Meneer": true, "Mnr": true, "Mev": true, "Mej": true, "Juffrou": true, "Pan": true, "Pani": true,
	"Signor": true, "Signora": true, "Sig": true, "Sig.ra": true, "Shri": true, "Smt": true, "Bay": true, "Bayan": true,
}

// unspacedName accepts a Chinese, Japanese or Korean name written without a
// space (王小明, 山田太郎, 김민준): two to four Han or Hangul letters, a
// known surname of one or two of them, and the rest a known given name.
// (A surname's letter begins many words as well: 정상 is "normal".)
func unspacedName(v []byte, d *Dictionaries) bool {
	var starts [4]int // where each letter starts
	n := 0
	for i, r := range string(v) {
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hangul, r) || n == len(starts) {
			return false
		}
		starts[n] = i
		n++
	}
	for cut := 1; cut <= 2 && cut < n; cut++ {
		if d.has("surnames", v[:starts[cut]]) && d.has("first_names", v[starts[cut]:]) {
			return true
		}
	}
	return false
}

// burmeseName accepts a Burmese name as it is written, without spaces and
// often after an honorific (ဦးနေလင်း, U Nay Linn; ဒေါက်တာကိုကိုလွင်, Dr Ko Ko
// Lwin): Myanmar letters only, and what follows the honorific wholly made
// of the name words the dictionary knows (အောင်, ကျော်, လွင်...).
func burmeseName(v []byte, d *Dictionaries) bool {
	if len(v) < 6 || len(v) > 90 {
		return false
	}
	for _, r := range string(v) {
		if r < 0x1000 || r > 0x109F {
			return false
		}
	}
	for _, h := range burmeseHonorifics {
		if rest, ok := bytes.CutPrefix(v, []byte(h)); ok && len(rest) > 0 {
			v = rest
			break
		}
	}
	// ok[i]: v[:i] is a run of known name words. Words are short (a
	// syllable of up to 18 bytes or a name of a few), so each end looks
	// back a bounded way.
	var ok [91]bool
	ok[0] = true
	for i := 1; i <= len(v); i++ {
		for j := max(0, i-36); j < i && !ok[i]; j++ {
			ok[i] = ok[j] && utf8.RuneStart(v[j]) && (i == len(v) || utf8.RuneStart(v[i])) && d.has("first_names", v[j:i])
		}
	}
	return ok[len(v)]
}

// burmeseHonorifics are written before a Burmese name, the longest first
// (ဒေါက်တာ, doctor; ဦး, U; ဒေါ်, Daw; မောင်, Maung; ကို, Ko).
var burmeseHonorifics = [...]string{"ဒေါက်တာ", "မောင်", "ဒေါ်", "ဦး", "ကို"}

// handle reports a user handle: a run of three letters, and a digit or a
// separator joining parts (felix_on_tour, daan605, lucia.fdz), no part an
// id of six or more hexadecimal digits (usr_8f3a9b2c).
func handle(v []byte) bool {
	run, best, joined := 0, 0, false
	for _, c := range v {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			run++
			best = max(best, run)
			continue
		case c >= '0' && c <= '9', c == '.', c == '_', c == '-':
			joined = true
		}
		run = 0
	}
	if best < 3 || !joined {
		return false
	}
	for part := range bytes.FieldsFuncSeq(v, func(r rune) bool { return r == '.' || r == '_' || r == '-' }) {
		if len(part) >= 6 && isHexID(part) {
			return false
		}
	}
	return true
}

// atHandle reports a handle, written with its at sign or not (@tasha_pen,
// @raymonddev), that is not a word code gives an at sign: a mention of a
// group (@here), a style sheet's rule (@media), a doc comment's tag
// (@param), a package's tag (@latest).
func atHandle(v []byte) bool {
	if len(v) > 0 && v[0] == '@' {
		v = v[1:]
	}
	if len(v) < 3 {
		return false
	}
	var buf [32]byte
	w := buf[:0]
	for _, c := range v {
		if len(w) == len(buf) {
			return true // longer than any of the words
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		w = append(w, c)
	}
	return !atWords[string(w)]
}

// atWords are the words after an at sign that name no one.
var atWords = map[string]bool{
	"here": true, "channel": true, "everyone": true, "all": true, "team": true, "admin": true, "admins": true, "home": true,
	"media": true, "import": true, "charset": true, "keyframes": true, "page": true, "supports": true, "namespace": true,
	"layer": true, "apply": true, "tailwind": true, "extend": true, "include": true, "mixin": true, "each": true,
	"for": true, "while": true, "function": true, "use": true, "forward": true, "else": true, "return": true,
	"param": true, "returns": true, "throws": true, "exception": true, "author": true, "version": true, "since": true,
	"see": true, "deprecated": true, "link": true, "inheritdoc": true, "todo": true, "fixme": true, "override": true,
	"latest": true, "next": true, "beta": true, "alpha": true, "canary": true, "stable": true, "dev": true, "types": true,
	"context": true, "type": true, "id": true, "value": true, "graph": true, "vocab": true, "base": true, "list": true,
	"set": true, "index": true, "container": true, "reverse": true, "language": true, "direction": true, "nest": true,
	"prefix": true, "protected": true, "propagate": true, "none": true, "null": true, "timestamp": true, "version2": true,
	"odata": true, "example": true, "mention": true, "user": true, "username": true, "someone": true, "handle": true,
}

// isHexID reports hexadecimal digits with a digit among them.
func isHexID(b []byte) bool {
	digit := false
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
		default:
			return false
		}
	}
	return digit
}

// lastNameWord reports a text whose last word is a given name or a surname
// the dictionaries know: what follows a cue ("su esposo Pablo", "Mme
// Martin") in a find expression, which cannot look behind.
func lastNameWord(v []byte, d *Dictionaries) bool {
	v = bytes.TrimRight(v, " ")
	i := bytes.LastIndexAny(v, " ,.-")
	w := v[i+1:]
	if len(w) < 2 {
		return false
	}
	return d.has("first_names", w) || d.has("surnames", w)
}

// passwordShape reports a value that reads as a password chosen by a
// person: no space or slash, lower and upper case letters (or letters and
// a year), a digit, and a sign that ids, hashes, base64 and URLs do not
// carry (! # $ % & * ? ^ ~): Winter2025?, c8d&hAE4yg1d.
func passwordShape(v []byte) bool {
	if len(v) < 8 || len(v) > 32 {
		return false
	}
	var lower, upper, digit, sign bool
	carets := 0
	for _, c := range v {
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= '0' && c <= '9':
			digit = true
		case c == '^':
			sign = true
			carets++
		case c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '*' || c == '?' || c == '~':
			sign = true
		case c == ' ' || c == '/' || c == '\\' || c == '"' || c == '<' || c == '>' || c == '{' || c == '}' || c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == ';' || c == '=' || c >= 0x80:
			return false
		}
	}
	// $2b$..., $argon2id$...: hashes have rules of their own. Two carets
	// make an HL7 composite (59408-5^SpO2^LN), not a password.
	if v[0] == '$' || carets >= 2 || parsePointer(v) || compositeKey(v) || meshNodeID(v) {
		return false
	}
	if lower && upper && digit && sign {
		return true
	}
	// One case will do where the sign is one only a password carries
	// (girasol!700); a # marks references too (INV#2024001).
	if (lower || upper) && digit && len(v) >= 9 {
		return bytes.ContainsAny(v, "!$%&*?~")
	}
	return false
}

// meshNodeID reports a mesh radio's node id as Meshtastic writes it, "!"
// and eight lower-case hexadecimal digits (!afffae64): a device's, no
// password.
func meshNodeID(v []byte) bool {
	if len(v) != 9 || v[0] != '!' {
		return false
	}
	for _, c := range v[1:] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// keyShape reports a password (passwordShape) or a generated key: eight
// or more letters and digits, capitals among them after the first
// (DcRCJAjDOb, RSyJRsbxad), random enough to be no word.
func keyShape(v []byte) bool {
	if passwordShape(v) {
		return true
	}
	if len(v) < 8 || len(v) > 64 {
		return false
	}
	var lower, inner bool
	for i, c := range v {
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			inner = inner || i > 0
		case c >= '0' && c <= '9', c == '-', c == '_':
		default:
			return false
		}
	}
	return lower && inner && entropy(v) >= 3.0
}

// pskShape reports a Wi-Fi key as people choose them: a key's or a
// password's shape, or letters and two digits or more, random enough
// (Bluebell_53061, 2povxi9hx9et), no word alone.
func pskShape(v []byte) bool {
	if keyShape(v) || passwordShape(v) {
		return true
	}
	if len(v) < 8 || len(v) > 63 {
		return false
	}
	letters, digits := 0, 0
	for _, c := range v {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		case c == '-' || c == '_' || c == '.' || c == '#' || c == '!' || c == '@' || c == '$' || c == '*':
		default:
			return false
		}
	}
	return letters >= 3 && digits >= 2 && entropy(v) >= 3.0
}

// pathSecret reports a URL with a path segment of 20 or more bytes that
// mixes digits and letters of both cases, or is hex of 32 or more: a
// secret, where words joined by hyphens are a page's name.
func pathSecret(v []byte) bool {
	for seg := range bytes.SplitSeq(v, []byte{'/'}) {
		if len(seg) < 20 {
			continue
		}
		// hex: no letter beyond f, no capital, no separator.
		var lower, upper, digit, other, hex = false, false, false, false, true
		for _, c := range seg {
			switch {
			case c >= 'a' && c <= 'z':
				lower = true
				hex = hex && c <= 'f'
			case c >= 'A' && c <= 'Z':
				upper, hex = true, false
			case c >= '0' && c <= '9':
				digit = true
			case c == '-' || c == '_' || c == ':' || c == '.' || c == '~' || c == '$' || c == '!':
				hex = false
			default:
				other = true
			}
		}
		if !other && digit && (lower && upper || hex && len(seg) >= 32) {
			return true
		}
	}
	return false
}

// ipList reports two or more addresses a comma apart, as a proxy chain
// writes them (X-Forwarded-For: 203.0.113.7, 10.0.0.4), none a version's.
func ipList(v []byte) bool {
	n := 0
	for part := range bytes.SplitSeq(v, []byte{','}) {
		part = bytes.TrimSpace(part)
		if _, ok := parseIP(part); !ok || versionQuad(part) {
			return false
		}
		n++
	}
	return n >= 2
}

// kebabCode reports a code of three or more lower-case words joined by
// hyphens, as a standard spells its values (FHIR's user-friendly-name):
// the name of a kind, not a product.
func kebabCode(v []byte) bool {
	if bytes.Count(v, []byte("-")) < 2 || v[0] == '-' || v[len(v)-1] == '-' || bytes.Contains(v, []byte("--")) {
		return false
	}
	for _, c := range v {
		if (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// hostOrURL reports a URL (https://results.example.com/fhir) or a host
// name of two or more labels, the last all letters
// (db.c618.us-east-1.rds.amazonaws.com): an endpoint's address, not a
// postal one.
func hostOrURL(v []byte) bool {
	if i := bytes.Index(v, []byte("://")); i > 0 && i < 12 {
		return true
	}
	dot := bytes.LastIndexByte(v, '.')
	if dot <= 0 || len(v)-dot-1 < 2 {
		return false
	}
	for _, c := range v {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	return lowerWord(v[dot+1:])
}

// fileURL reports a URL whose path names a document or a media file
// (/media/user_files/consent.pdf, /thumbnails/tiny/x.png): a link to a
// file someone uploaded, not the address of a device or a console.
func fileURL(v []byte) bool {
	if i := bytes.IndexAny(v, "?#"); i >= 0 {
		v = v[:i]
	}
	dot := bytes.LastIndexByte(v, '.')
	if dot < 0 || bytes.IndexByte(v[dot:], '/') >= 0 || len(v)-dot > 6 {
		return false
	}
	var buf [5]byte
	ext := buf[:0]
	for _, c := range v[dot+1:] {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		ext = append(ext, c)
	}
	switch string(ext) {
	case "pdf", "png", "jpg", "jpeg", "gif", "webp", "heic", "svg", "bmp", "tif", "tiff", "mp4", "mov", "webm", "mp3", "wav", "m4a",
		"doc", "docx", "xls", "xlsx", "csv", "ppt", "pptx", "odt", "ods", "txt", "rtf", "zip", "dcm":
		return true
	}
	return false
}

// compositeKey reports a key of a single-table store: an upper-case
// entity name and a # before the id (ACCT#a58e1295, USER#42#ORDER#9).
func compositeKey(v []byte) bool {
	i := 0
	for i < len(v) && (v[i] >= 'A' && v[i] <= 'Z' || v[i] == '_' || i > 0 && v[i] >= '0' && v[i] <= '9') {
		i++
	}
	return i >= 2 && i < len(v) && v[i] == '#'
}

// versionQuad reports four dotted numbers that read as a version rather
// than an IPv4 address (7.9.28.99, 3.1.2.7): a first number under ten, which
// few addresses a dump holds have, unless it is a public resolver's
// (1.1.1.1, 8.8.8.8, 9.9.9.9) or has a port.
func versionQuad(v []byte) bool {
	if len(v) < 7 || v[0] < '1' || v[0] > '9' || v[1] != '.' || bytes.IndexByte(v, ':') >= 0 {
		return false
	}
	switch string(v) {
	case "1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "4.2.2.1", "4.2.2.2":
		return false
	}
	return bytes.Count(v, []byte{'.'}) == 3
}

// parsePointer reports Parse Server's pointer to a row of another class,
// "ClassName$objectId" (_User$Xk3J9aQ2Lm): a class name, one '$' and an id
// of letters and digits.
func parsePointer(v []byte) bool {
	i := bytes.IndexByte(v, '$')
	if i < 1 || len(v)-i-1 < 8 || len(v)-i-1 > 24 {
		return false
	}
	for _, c := range v[:i] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	if c := v[0]; !(c >= 'A' && c <= 'Z' || c == '_') {
		return false
	}
	for _, c := range v[i+1:] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// resourceSID reports a messaging or telephony API's name for one of its
// resources: two capital letters for the kind, then 32 hexadecimal digits
// (Twilio's SM… for a message, CA… for a call, AC… for an account). It is
// an identifier, published in every webhook, not a session's secret.
func resourceSID(v []byte) bool {
	if len(v) != 34 || v[0] < 'A' || v[0] > 'Z' || v[1] < 'A' || v[1] > 'Z' {
		return false
	}
	for _, c := range v[2:] {
		if !isHex(c) {
			return false
		}
	}
	return true
}

// ifNames are the prefixes of network interfaces' names in Linux and the
// BSDs (eth0, wlan0, wg0, br-lan, igb1, vtnet0, ens18).
var ifNames = []string{"eth", "wlan", "wlp", "wg", "lo", "br", "tun", "tap", "ens", "enp", "eno", "bond", "vlan",
	"veth", "virbr", "docker", "ppp", "pppoe", "igb", "igc", "em", "re", "vtnet", "ix", "ixl", "ath", "ovpns", "ovpnc", "lagg", "bridge"}

// ifName reports the name of a network interface: one of ifNames, then
// digits, or a hyphen and a word (br-lan), and no more: an interface's, no
// host's.
func ifName(v []byte) bool {
	for _, p := range ifNames {
		if len(v) > len(p) && string(v[:len(p)]) == p && ifSuffix(v[len(p):]) {
			return true
		}
	}
	return false
}

// ifSuffix reports what may follow an interface's prefix: a hyphen and a
// word (br-lan), or a number, with a VLAN's or an alias's after a dot or a
// colon, or systemd's predictable name (enp0s31f6, wlp2s0). Another prefix
// may still fit where one does not (bridge0 after br, pppoe0 after ppp).
func ifSuffix(r []byte) bool {
	if r[0] == '-' {
		r = r[1:]
		return len(r) <= 8 && lowerWord(r)
	}
	if r[0] < '0' || r[0] > '9' {
		return false
	}
	for _, c := range r {
		if (c < '0' || c > '9') && c != '.' && c != ':' && !(c >= 'a' && c <= 'z' && len(r) <= 12) {
			return false
		}
	}
	return true
}

// isUUID reports a UUID, or its URN (urn:uuid:...).
func isUUID(v []byte) bool {
	return IsUUID(bytes.TrimPrefix(v, []byte("urn:uuid:")))
}

// IsUUID reports a UUID in its canonical form, 8-4-4-4-12 hexadecimal
// digits.
func IsUUID[S ~string | ~[]byte](t S) bool {
	if len(t) != 36 {
		return false
	}
	for i := range 36 {
		switch i {
		case 8, 13, 18, 23:
			if t[i] != '-' {
				return false
			}
		default:
			if !isHex(t[i]) {
				return false
			}
		}
	}
	return true
}

// looksLikeID reports a record's id or a file's digest rather than data: a
// UUID (or its URN), or sixteen or more hexadecimal digits with a digit among them (an
// ObjectId, a SHA-256).
func looksLikeID(v []byte) bool {
	v = bytes.TrimPrefix(v, []byte("urn:uuid:")) // RFC 4122's URN
	if len(v) == 36 && v[8] == '-' && v[13] == '-' && v[18] == '-' && v[23] == '-' {
		return IsUUID(v)
	}
	return len(v) >= 16 && isHexID(v)
}

// dottedName reports a name a program writes for itself: two lower-case
// words joined by a dot (Django's app_label.model_name in a fixture,
// "installaties.batterij"; a trace's "ui.load"), no model of a thing.
// Three are a device's model the way Xiaomi's ecosystem writes it
// (roborock.vacuum.s5, yeelink.light.color1). A dotted name with a word
// in camel case is a type's or a class's (SP.Data.KamioniListItem,
// n8n-nodes-base.httpRequest, com.example.SyncWorker), whatever its dots.
func dottedName(v []byte) bool {
	if camelDotted(v) {
		return true
	}
	dots := 0
	prev := byte('.')
	for _, c := range v {
		switch {
		case c == '.':
			if prev == '.' {
				return false
			}
			dots++
		case c >= 'a' && c <= 'z', c == '_':
		case c >= '0' && c <= '9':
			if prev == '.' {
				return false
			}
		default:
			return false
		}
		prev = c
	}
	return dots == 1 && prev != '.'
}

// signedMix reports a value of lower-case and capital letters and a sign
// (any ASCII character but a letter, a digit or a space): random
// characters drawn from all of them, as a device's local key is.
func signedMix(v []byte) bool {
	c := classesOf(v)
	return c.lower && c.upper && c.sign && !c.other
}

// asciiClasses says which kinds of byte a value holds: lower-case and
// capital ASCII letters, digits, signs (any other printable ASCII but the
// space), and anything else (a space, a control byte, UTF-8).
type asciiClasses struct{ lower, upper, digit, sign, other bool }

func classesOf(v []byte) asciiClasses {
	var c asciiClasses
	for _, b := range v {
		switch {
		case b >= 'a' && b <= 'z':
			c.lower = true
		case b >= 'A' && b <= 'Z':
			c.upper = true
		case b >= '0' && b <= '9':
			c.digit = true
		case b > ' ' && b < 0x7f:
			c.sign = true
		default:
			c.other = true
		}
	}
	return c
}

// typeName reports the name of a data type, in any case: a schema's type
// of a field (Tuya's DPS mapping, a form builder's, an API's), no
// device's; or a record's type written as an identifier in lower camel
// case (Tidepool's "pumpSettings", "deviceEvent").
func typeName(v []byte) bool {
	if lowerCamel(v) {
		return true
	}
	if len(v) < 3 || len(v) > 16 {
		return false
	}
	var buf [16]byte
	for i, c := range v {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(v)]) {
	case "integer", "int", "boolean", "bool", "string", "str", "enum", "float", "double", "number", "json",
		"object", "array", "bitmap", "raw", "datetime", "timestamp", "text", "char", "long", "short", "byte",
		"decimal", "list", "map", "null", "binary", "varchar", "uuid",
		// SNMP's, as Net-SNMP and the MIBs name them.
		"oid", "timeticks", "gauge32", "counter32", "counter64", "integer32", "unsigned32", "ipaddress",
		"octetstring", "octet string", "hex-string", "bits", "opaque", "objectidentifier", "networkaddress",
		// Project Haystack's kinds, as Hayson writes them ({"_kind": "marker"}).
		"marker", "ref", "symbol", "coord", "xstr", "uri", "dict", "grid", "remove",
		// A record's or a message's kind (Budibase's "row", DHCP's
		// "request" and "reply").
		"row", "record", "request", "reply", "response", "event", "ack", "nak", "offer", "discover", "inform", "release",
		// A network link's type, as Ansible and iproute2 write it.
		"ether", "loopback":
		return true
	}
	return false
}

// lowerCamel reports an identifier in lower camel case: ASCII letters
// only, a lower-case word of four letters at least and then a word with
// an upper-case letter (pumpSettings, deviceEvent). A product's name in
// camel case starts with a short one (iPhone, airMax).
func lowerCamel(v []byte) bool {
	if len(v) < 5 || len(v) > 40 {
		return false
	}
	lead, upper := 0, false
	for _, c := range v {
		switch {
		case c >= 'a' && c <= 'z':
			if !upper {
				lead++
			}
		case c >= 'A' && c <= 'Z':
			if lead == 0 {
				return false
			}
			upper = true
		default:
			return false
		}
	}
	return upper && lead >= 4
}

// camelDotted reports a name of identifiers joined by dots, one of which
// has a lower-case letter followed by an upper-case one.
func camelDotted(v []byte) bool {
	dots, camel := 0, false
	prev := byte('.')
	for _, c := range v {
		switch {
		case c == '.':
			if prev == '.' || prev == '-' {
				return false
			}
			dots++
		case c >= 'A' && c <= 'Z':
			if prev >= 'a' && prev <= 'z' {
				camel = true
			}
		case c >= 'a' && c <= 'z', c == '_':
		case c >= '0' && c <= '9', c == '-':
			if prev == '.' {
				return false
			}
		default:
			return false
		}
		prev = c
	}
	return camel && dots >= 1 && prev != '.'
}

// orgName reports a name an organisation, a place or a building's
// equipment goes by: its last word is one that ends the names of
// companies, clinics and agencies ("Cedar Grove Nursing Services",
// "Harborlight Home Health", "Acme GmbH"), of places ("Willow Court") or
// of equipment ("Nurse Call Gateway"), and no person's name.
func orgName(v []byte) bool { return lastWordIn(v, orgWords) || lastWordIn(v, schoolWords) }

// lastWordIn reports a value of two words or more whose last word, in lower
// case, is one of words.
func lastWordIn(v []byte, words map[string]bool) bool {
	v = bytes.TrimRight(v, " .")
	i := bytes.LastIndexByte(v, ' ')
	if i < 0 {
		return false
	}
	var buf [24]byte
	last := v[i+1:]
	if len(last) > len(buf) {
		return false
	}
	return words[string(AppendLower(buf[:0], last))]
}

// phoneGroups reports digits in the groups a phone number is written in,
// 8 to 12 digits in two to five groups ("77 000 00 96", "070000 08640"),
// not a sum's thousands (1 250 000), an address (10.0.0.1) or a date.
func phoneGroups(v []byte) bool {
	v = bytes.TrimPrefix(v, []byte{'+'})
	var groups [6]int
	n, digits, sep := 0, 0, byte(0)
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= '0' && c <= '9' {
			groups[n]++
			digits++
			continue
		}
		if sep == 0 {
			sep = c
		}
		if c != sep || n == len(groups)-1 || groups[n] == 0 {
			return false
		}
		n++
	}
	n++
	if n < 2 || digits < 8 || digits > 12 || groups[n-1] < 2 {
		return false
	}
	if sep == '.' && groups[n-1] < 4 {
		return false // an IPv4 address or its start (192.168.20)
	}
	if n == 2 && groups[0] == 4 && (v[0] == '1' && v[1] == '9' || v[0] == '2' && v[1] == '0') {
		return false // a number of the year (order 2025-978086)
	}
	thousands := groups[0] <= 3
	for _, g := range groups[1:n] {
		thousands = thousands && g == 3
	}
	return !thousands
}

// schoolDistrict reports the name of a school district or a school system
// ("Maple Valley USD", "Cedar County Schools"): an organisation, no one's
// town.
func schoolDistrict(v []byte) bool { return lastWordIn(v, schoolWords) }

// schoolWords end the names of schools and school systems.
var schoolWords = map[string]bool{
	"school": true, "schools": true, "usd": true, "isd": true, "cisd": true, "cusd": true, "unified": true,
}

var orgWords = map[string]bool{
	// Apps, newsletters, teams, desks and places a sender or a record is named after.
	"app": true, "weekly": true, "daily": true, "newsletter": true, "news": true, "team": true, "kiosk": true,
	"station": true, "bot": true, "support": true, "helpdesk": true, "desk": true,
	"club": true, "academy": true, "college": true, "council": true, "trust": true,
	"portal": true, "home": true, "house": true,
	"services": true, "service": true, "health": true, "healthcare": true, "care": true, "clinic": true, "clinics": true,
	"hospital": true, "pharmacy": true, "center": true, "centre": true, "inc": true, "llc": true, "ltd": true, "gmbh": true,
	"ag": true, "sa": true, "srl": true, "bv": true, "corp": true, "corporation": true, "company": true, "co": true,
	"group": true, "associates": true, "association": true, "agency": true, "foundation": true, "institute": true,
	"university": true, "church": true, "ministries": true, "partners": true, "solutions": true,
	"systems": true, "technologies": true, "labs": true, "laboratory": true, "laboratories": true, "nursing": true,
	"hospice": true, "practice": true, "surgery": true, "dental": true, "medical": true, "therapy": true,
	"klinik": true, "praxis": true, "clinica": true, "clínica": true, "hopital": true, "hôpital": true, "ospedale": true,
	"farmacia": true, "apotheke": true, "ltda": true, "eireli": true, "sarl": true, "sas": true, "spa": true,
	// Pharmacies, hospitals, clinics and companies in more languages.
	"eczanesi": true, "eczane": true, "hastanesi": true, "hastane": true, "kliniği": true, "klinigi": true, "şti": true,
	"sti": true, "apotheek": true, "ziekenhuis": true, "kliniek": true, "pharmacie": true, "clinique": true,
	"drogaria": true, "farmácia": true, "droguería": true, "drogueria": true, "apteka": true, "szpital": true,
	"przychodnia": true, "lékárna": true, "nemocnice": true, "krankenhaus": true, "klinikum": true, "zentrum": true,
	"apotek": true, "sjukhus": true, "sykehus": true, "vårdcentral": true, "apteekki": true, "sairaala": true,
	"puskesmas": true, "zahanati": true, "hospitali": true, "аптека": true, "больница": true, "клиника": true,
	"поликлиника": true, "ооо": true, "φαρμακείο": true, "νοσοκομείο": true, "κλινική": true, "gyógyszertár": true,
	"kórház": true, "patika": true, "farmacie": true, "spital": true, "spitalul": true, "ljekarna": true, "apoteka": true,
	"bolnica": true, "bolnišnica": true, "lekáreň": true, "nemocnica": true,
	// Places and a building's equipment named like people (Willow Court,
	// Heather Lodge, Wing B Nurse Call Gateway, BACnet IP): words that end
	// no one's name.
	"court": true, "lodge": true, "manor": true, "residence": true, "residences": true, "apartments": true, "suites": true,
	"hotel": true, "inn": true, "motel": true, "hostel": true, "cafe": true, "café": true, "restaurant": true, "store": true,
	"shop": true, "market": true, "office": true, "offices": true, "campus": true, "building": true, "plaza": true,
	"mall": true, "estates": true, "gardens": true, "heights": true, "terrace": true, "villas": true, "gateway": true,
	"controller": true, "panel": true, "sensor": true, "camera": true, "router": true, "hub": true, "ip": true,
	// Collectives, departments and programmes; a leave's or a field's
	// label (Sick Hours, Install date).
	"collective": true, "cooperative": true, "coop": true, "department": true, "dept": true, "programme": true,
	"program": true, "unit": true, "units": true, "hours": true, "date": true, "leave": true,
}

// mixedCaseDigits reports a value with lower-case letters, upper-case
// letters and digits, as random keys are written; a hexadecimal id or a
// slug has one case.
func mixedCaseDigits(v []byte) bool {
	c := classesOf(v)
	return c.lower && c.upper && c.digit
}

// lowerWord reports a value of lower-case ASCII letters only.
func lowerWord(v []byte) bool {
	for _, c := range v {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return len(v) > 0
}

// randomID reports a record's random id written in letters of both cases
// and digits (Airtable's and Teable's usr6K6e2sNtsZA9A, a store's
// generated key): 12 to 40 of them, changing class (lower, upper, digit)
// six times and at every third character at least, where a user name
// changes a few times (JohnSmith1985, MariaGarcia2). One in lower case
// and digits (Ninox's e34qb5e3bm), not hexadecimal, may be shorter, 8 at
// least, and changes five times and at every other character.
func randomID(v []byte) bool {
	if len(v) < 8 || len(v) > 40 {
		return false
	}
	// One pass: the classes met (a bit each) and the changes between them.
	changes, prev, seen, hex := 0, byte(0), byte(0), true
	for _, c := range v {
		var k byte
		switch {
		case c >= 'a' && c <= 'z':
			k, hex = 1, hex && c <= 'f'
		case c >= 'A' && c <= 'Z':
			k = 2
		case c >= '0' && c <= '9':
			k = 4
		default:
			return false
		}
		if prev != 0 && k != prev {
			changes++
		}
		prev, seen = k, seen|k
	}
	return seen == 7 && len(v) >= 12 && changes >= 6 && 3*changes >= len(v) ||
		seen == 5 && !hex && changes >= 5 && 2*changes >= len(v)
}

// slug reports a name written as a machine's: lower-case ASCII words
// joined by hyphens or underscores, two words at least, no space
// ("dsn-oncall", "nightscout_import"): a service's, a channel's, a
// route's, not a person's.
func slug(v []byte) bool {
	joins := 0
	for i, c := range v {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' || c == '_':
			if i == 0 || i == len(v)-1 {
				return false
			}
			joins++
		default:
			return false
		}
	}
	return joins > 0
}

// windowsHost reports a host name Windows gives a computer at set-up:
// DESKTOP-, LAPTOP- or WIN- and a code of upper-case letters and digits
// (DESKTOP-MF9CHQG), maybe with its domain after.
func windowsHost(v []byte) bool {
	var rest []byte
	for _, p := range [...]string{"DESKTOP-", "LAPTOP-", "WIN-"} {
		if bytes.HasPrefix(v, []byte(p)) {
			rest = v[len(p):]
			break
		}
	}
	if i := bytes.IndexByte(rest, '.'); i >= 0 {
		rest = rest[:i]
	}
	if len(rest) < 5 || len(rest) > 15 {
		return false
	}
	digit := false
	for _, c := range rest {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c < 'A' || c > 'Z':
			return false
		}
	}
	return digit
}

// tokenTail reports a key's random tail after its prefix (what follows
// the last '_' or '-'): letters of both cases and digits, or lower-case
// hex with four letters and six digits at least, as a generator writes
// them and no word or counter is.
func tokenTail(v []byte) bool {
	if i := bytes.LastIndexAny(v, "_-"); i >= 0 {
		v = v[i+1:]
	}
	if mixedCaseDigits(v) {
		return true
	}
	letters, digits := 0, 0
	for _, c := range v {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'f':
			letters++
		default:
			return false
		}
	}
	return letters >= 4 && digits >= 6
}

// busWord reports a word that names a bus, a port or a processor a
// setting picks (Frigate's detector "device": "usb", OpenWrt's
// "device": "wan"), not a device someone owns.
func busWord(v []byte) bool {
	var buf [8]byte
	return len(v) <= len(buf) && busWords[string(AppendLower(buf[:0], v))]
}

var busWords = map[string]bool{
	"usb": true, "wan": true, "lan": true, "wlan": true, "pci": true, "pcie": true, "sata": true, "nvme": true,
	"hdmi": true, "auto": true, "cpu": true, "gpu": true, "tpu": true, "npu": true, "none": true, "default": true,
	"loopback": true, "local": true, "any": true, "all": true,
}

// recordID reports a no-code store's id of a row, a table or a field: a
// short lower-case kind (rec, rw, tbl, fld, viw) and 10 to 24 letters and
// digits, as Airtable (recXXXXXXXXXXXXXX) and Stackby (rw99475…) write
// them. It names the store's row, not a device.
func recordID(v []byte) bool {
	for _, p := range [...]string{"rec", "rw", "row", "tbl", "fld", "viw", "itm"} {
		if len(v) < len(p)+10 || len(v) > len(p)+24 || string(v[:len(p)]) != p {
			continue
		}
		for _, c := range v[len(p):] {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return false
			}
		}
		return true
	}
	return false
}

// lowerLetters reports a word of lower-case letters only, in any script
// that has case (lowerWord is its ASCII twin, for option values).
func lowerLetters(w []byte) bool {
	for _, r := range string(w) {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// bpPair reports a blood pressure, systolic over diastolic, whose
// systolic is the higher by 15 mmHg at least and 300 at most, as a living
// body's is ("144/95"; not a score "95/99" nor a ratio "100/100").
func bpPair(v []byte) bool {
	sys, rest, ok := bytes.Cut(v, []byte("/"))
	if !ok {
		return false
	}
	s, err1 := strconv.Atoi(unsafeString(bytes.TrimSpace(sys)))
	d, err2 := strconv.Atoi(unsafeString(bytes.TrimSpace(rest)))
	return err1 == nil && err2 == nil && d > 0 && s <= 300 && s >= d+15
}
