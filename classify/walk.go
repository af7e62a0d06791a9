package classify

import (
	"encoding/binary"
	"math/bits"

	"github.com/leakscope/leakscope/internal/jsonstr"
	"github.com/leakscope/leakscope/rules"
)

// A frame is one open object or array of the document being walked.
type frame struct {
	node  *node // path node of the container
	obj   bool
	index int // of the current element or member
	// The current member's key, in an object: its raw bytes in the
	// document (between the quotes) and whether it holds escapes.
	keyStart, keyEnd int
	keyEsc           bool
	start            int // offset of the opening brace, to find siblings
	// The kind of record the object is (rules.Record), as the node of the
	// kind under the object's; known from its marker on (markRecord), or
	// once it closes.
	rec     *node
	recDone bool
	// Pending leaves that wait on this object, all in st.pending from
	// pendFrom on: only leaves inside an object wait on it.
	waiting, pendFrom int
	// valued says whether the object has a value member (state.valued).
	valued uint8
	// dataType is the node of what the object's data type field names
	// (ancestorLabel), once typeAsked.
	dataType  *node
	typeAsked bool
	// tuple says whether the array is a record written by position
	// (walker.tuple), once tupleAsked.
	tupleAsked, tuple bool
	// asked says which kinds of member (hasWidth, hasStreet) were looked
	// for among the object's names, has which it has (state.objectHas).
	asked, has uint16
	// lab says whether the array is a lab result row, and labCells which
	// of its cells are the result's (labrow.go).
	lab      uint8
	labCells uint16
}

// Values of frame.valued.
const (
	valuedUnknown uint8 = iota
	valuedNo
	valuedYes
)

// A walker visits every leaf of one JSON document without building it:
// one pass over the bytes, an explicit stack (no recursion, so depth costs
// memory only up to the limit), and no allocation once warm.
type walker struct {
	st    *state
	data  []byte
	stack []frame
	inner bool // walking JSON found inside a string value
	// ptr is the pointer appendPointer made last in this document, and
	// ptrSteps the frames its tokens were made for: the findings of a
	// record share all their tokens but the last.
	ptr      []byte
	ptrSteps []ptrStep
}

// A ptrStep is a frame a token of walker.ptr was made for, told by where
// its container starts and the member or element it was at, and where the
// token ends in ptr.
type ptrStep struct {
	start, index, end int
}

// walk visits the leaves of the JSON value in data, which must be the
// whole of data but for white space. Errors are *SyntaxError or limits.
func (w *walker) walk(data []byte, root *node) error {
	w.data = data
	w.stack = w.stack[:0]
	w.ptrSteps = w.ptrSteps[:0]
	d := data
	i := jsonstr.SkipSpace(d, 0)
	if i == len(d) {
		return syntaxErr(i, "empty document")
	}
	maxDepth := w.st.c.opts.MaxDepth
	cur := root // node the next value is at
	for {
		if i >= len(d) {
			return syntaxErr(i, "unexpected end of input")
		}
		// A value starts at i.
		switch c := d[i]; c {
		case '{':
			if len(w.stack) >= maxDepth {
				return &LimitError{Offset: i, Limit: "nesting depth", Max: maxDepth, Err: ErrTooDeep}
			}
			w.stack = append(w.stack, frame{node: cur, obj: true, start: i, pendFrom: len(w.st.pending)})
			i = jsonstr.SkipSpace(d, i+1)
			if i < len(d) && d[i] == '}' {
				w.stack = w.stack[:len(w.stack)-1]
				i++
				break
			}
			var err error
			if i, cur, err = w.member(i); err != nil {
				return err
			}
			continue
		case '[':
			if len(w.stack) >= maxDepth {
				return &LimitError{Offset: i, Limit: "nesting depth", Max: maxDepth, Err: ErrTooDeep}
			}
			w.stack = append(w.stack, frame{node: cur, start: i})
			i = jsonstr.SkipSpace(d, i+1)
			if i < len(d) && d[i] == ']' {
				w.stack = w.stack[:len(w.stack)-1]
				i++
				break
			}
			cur = w.st.element(cur)
			continue
		case '"':
			end, esc, err := scanString(d, i)
			if err != nil {
				return err
			}
			if err := w.st.leaf(w, cur, rules.String, d[i+1:end-1], esc); err != nil {
				return err
			}
			i = end
		case 't', 'f', 'n':
			lit, kind := "true", rules.Bool
			switch c {
			case 'f':
				lit = "false"
			case 'n':
				lit, kind = "null", rules.Null
			}
			if len(d)-i < len(lit) || string(d[i:i+len(lit)]) != lit {
				if len(d)-i < len(lit) && string(d[i:]) == lit[:len(d)-i] {
					return syntaxErr(len(d), "unexpected end of input")
				}
				return syntaxErr(i, "invalid literal")
			}
			if err := w.st.leaf(w, cur, kind, d[i:i+len(lit)], false); err != nil {
				return err
			}
			i += len(lit)
		default:
			end, err := scanNumber(d, i)
			if err != nil {
				return err
			}
			if err := w.st.leaf(w, cur, rules.Number, d[i:end], false); err != nil {
				return err
			}
			i = end
		}
		// A value ended at i: close containers or move to the next element.
		for {
			if len(w.stack) == 0 {
				if i = jsonstr.SkipSpace(d, i); i != len(d) {
					return syntaxErr(i, "unexpected data after the top-level value")
				}
				return nil
			}
			i = jsonstr.SkipSpace(d, i)
			if i >= len(d) {
				return syntaxErr(i, "unexpected end of input")
			}
			top := &w.stack[len(w.stack)-1]
			if d[i] == ',' {
				i = jsonstr.SkipSpace(d, i+1)
				if top.obj {
					var err error
					if i, cur, err = w.member(i); err != nil {
						return err
					}
				} else {
					top.index++
					cur = w.st.element(top.node)
				}
				break
			}
			if top.obj && d[i] == '}' || !top.obj && d[i] == ']' {
				if top.waiting > 0 {
					top.recDone = true // none: it closes
					w.st.release(w, len(w.stack)-1)
				}
				w.stack = w.stack[:len(w.stack)-1]
				i++
				continue
			}
			if top.obj {
				return syntaxErr(i, "want ',' or '}' after an object member")
			}
			return syntaxErr(i, "want ',' or ']' after an array element")
		}
	}
}

// member reads `"key":` at i in the innermost object and returns where its
// value starts and the value's path node.
func (w *walker) member(i int) (int, *node, error) {
	d := w.data
	if i >= len(d) {
		return i, nil, syntaxErr(i, "unexpected end of input")
	}
	if d[i] != '"' {
		return i, nil, syntaxErr(i, "want a string key")
	}
	end, esc, err := scanString(d, i)
	if err != nil {
		return i, nil, err
	}
	top := &w.stack[len(w.stack)-1]
	top.keyStart, top.keyEnd, top.keyEsc = i+1, end-1, esc
	i = jsonstr.SkipSpace(d, end)
	if i >= len(d) {
		return i, nil, syntaxErr(i, "unexpected end of input")
	}
	if d[i] != ':' {
		return i, nil, syntaxErr(i, "want ':' after an object key")
	}
	key := d[top.keyStart:top.keyEnd]
	if esc {
		key = w.st.unescapeKey(key)
	}
	child := w.st.member(top.node, top.index, key)
	top.index++
	i = jsonstr.SkipSpace(d, i+1)
	if !top.recDone && !esc && !w.inner {
		w.st.markRecord(w, top, key, child, i)
	}
	return i, child, nil
}

// scanString returns the offset just past the string starting at d[i]
// (a quote) and whether it holds escapes. Invalid UTF-8 is let through:
// a dump is dirty, and the value is still worth classifying.
func scanString(d []byte, i int) (end int, esc bool, err error) {
	j := i + 1
	for j < len(d) {
		// Skip eight plain bytes at a time: none a quote, a backslash or a
		// control character; in a word that holds one, go straight to it.
		if j+8 <= len(d) {
			m := specialIn8(binary.LittleEndian.Uint64(d[j:]))
			if m == 0 {
				j += 8
				continue
			}
			j += bits.TrailingZeros64(m) >> 3
		}
		c := d[j]
		switch {
		case c == '"':
			return j + 1, esc, nil
		case c == '\\':
			esc = true
			if j+1 >= len(d) {
				return 0, false, syntaxErr(len(d), "unexpected end of input")
			}
			switch d[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j += 2
			case 'u':
				if j+6 > len(d) {
					return 0, false, syntaxErr(len(d), "unexpected end of input")
				}
				for _, h := range d[j+2 : j+6] {
					if !isHexDigit(h) {
						return 0, false, syntaxErr(j, "invalid \\u escape in string")
					}
				}
				j += 6
			default:
				return 0, false, syntaxErr(j, "invalid escape in string")
			}
		case c < 0x20:
			return 0, false, syntaxErr(j, "control character in string")
		default:
			j++
		}
	}
	return 0, false, syntaxErr(len(d), "unexpected end of input")
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// scanNumber returns the offset just past the number at d[i].
func scanNumber(d []byte, i int) (int, error) {
	j := i
	if j < len(d) && d[j] == '-' {
		j++
	}
	if j >= len(d) {
		return 0, syntaxErr(j, "unexpected end of input")
	}
	switch {
	case d[j] == '0':
		j++
	case d[j] >= '1' && d[j] <= '9':
		for j < len(d) && d[j] >= '0' && d[j] <= '9' {
			j++
		}
	default:
		if j == i {
			return 0, syntaxErr(i, "invalid character where a value should start")
		}
		return 0, syntaxErr(j, "invalid number")
	}
	var err error
	if j < len(d) && d[j] == '.' {
		if j, err = digits(d, j+1); err != nil {
			return 0, err
		}
	}
	if j < len(d) && (d[j] == 'e' || d[j] == 'E') {
		j++
		if j < len(d) && (d[j] == '+' || d[j] == '-') {
			j++
		}
		if j, err = digits(d, j); err != nil {
			return 0, err
		}
	}
	return j, nil
}

// digits returns the end of the run of at least one digit at d[j], as a
// fraction or an exponent needs.
func digits(d []byte, j int) (int, error) {
	k := j
	for j < len(d) && d[j] >= '0' && d[j] <= '9' {
		j++
	}
	if j == k {
		if j >= len(d) {
			return 0, syntaxErr(j, "unexpected end of input")
		}
		return 0, syntaxErr(j, "invalid number")
	}
	return j, nil
}

const (
	lo8 = 0x0101010101010101
	hi8 = 0x8080808080808080
)

// specialIn8 returns the high bits of the bytes of x (little-endian) that
// may be a quote, a backslash or below 0x20 (bit tricks on the whole word:
// a zero byte of x^'"'·lo8 is a quote; x-0x20·lo8 borrows into the high
// bit of a byte below 0x20). A borrow may mark a plain byte after a
// special one, never before: the lowest bit marks the first special byte,
// and none marks none.
func specialIn8(x uint64) uint64 {
	q := x ^ ('"' * lo8)
	b := x ^ ('\\' * lo8)
	return ((q-lo8)&^q | (b-lo8)&^b | (x-0x20*lo8)&^x) & hi8
}
