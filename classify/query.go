package classify

import (
	"bytes"

	"github.com/leakscope/leakscope/internal/jsonstr"
)

// queryStart returns where the query of a URL or of a path begins in v
// ("https://ris.example/patients?surname=Lindqvist&dob=1947-08-14",
// "/login?email=ana%40example.org"), or -1: after a '?' that a name and an
// equals sign follow, in a value without spaces.
func queryStart(v []byte) int {
	if len(v) < 6 || bytes.IndexByte(v, ' ') >= 0 {
		return -1
	}
	q := bytes.IndexByte(v, '?')
	if q < 0 || q+3 >= len(v) {
		return -1
	}
	if eq := bytes.IndexByte(v[q+1:], '='); eq < 1 {
		return -1
	}
	return q + 1
}

// query judges the parameters of the query at v[at:] as the members of an
// object, each value by its name ({"surname": "Lindqvist", "dob":
// "1947-08-14"}), percent-decoded; what they expose is merged into
// st.best, as for JSON inside a string.
func (st *state) query(n *node, v []byte, at int) {
	q := v[at:]
	if i := bytes.IndexByte(q, '#'); i >= 0 {
		q = q[:i]
	}
	b := append(st.queryBuf[:0], '{')
	params := 0
	for len(q) > 0 && params < 32 {
		var part []byte
		if i := bytes.IndexAny(q, "&;"); i >= 0 {
			part, q = q[:i], q[i+1:]
		} else {
			part, q = q, nil
		}
		k, val, ok := bytes.Cut(part, []byte("="))
		if !ok || len(val) == 0 || !keyLike(k) || k[0] == '$' || bytes.HasPrefix(k, []byte("%24")) {
			continue // OData's options ($filter, $skiptoken) are the API's
		}
		st.queryDec = percentDecode(st.queryDec[:0], val)
		if params > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		b = append(b, ':')
		b = appendJSONString(b, st.queryDec)
		params++
	}
	st.queryBuf = append(b, '}')
	if params > 0 {
		st.nested(st.queryBuf, n, false)
	}
}

// percentDecode appends to dst the bytes v percent-encodes, a '+' read as
// a space, as a form's query writes them; a '%' not followed by two
// hexadecimal digits is kept as it is.
func percentDecode(dst, v []byte) []byte {
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '+':
			dst = append(dst, ' ')
		case c == '%' && i+2 < len(v):
			hi, ok1 := jsonstr.HexDigit(v[i+1])
			lo, ok2 := jsonstr.HexDigit(v[i+2])
			if !ok1 || !ok2 {
				dst = append(dst, c)
				continue
			}
			dst = append(dst, hi<<4|lo)
			i += 2
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
