package redact

import "github.com/leakscope/leakscope/internal/jsonstr"

// drop removes the leaf doc[start:end]. A member of an object is cut out
// with its key and one comma, so that the object stays valid JSON and the
// white space of the members around it is kept. An element of an array
// becomes null, so that the elements after it keep their indices, and so
// does a document that is a single value.
//
// Edits come in document order. A member whose comma before it was
// already cut, with the member before it, takes the comma after it
// instead: {"a":1,"b":2,"c":3} with a and b dropped is {"c":3}.
func (r *Redactor) drop(sc *scratch, doc []byte, start, end int) {
	p := skipBack(doc, start)
	if p < 0 || doc[p] != ':' {
		// An array element, or the document itself.
		from := len(sc.repl)
		sc.repl = append(sc.repl, "null"...)
		sc.edits = append(sc.edits, edit{start: start, end: end, from: from, to: len(sc.repl)})
		return
	}
	q := skipBack(doc, p) // the closing quote of the key
	keyStart := openingQuote(doc, q)
	before := skipBack(doc, keyStart) // '{' or ','
	lastEnd := 0
	if n := len(sc.edits); n > 0 {
		lastEnd = sc.edits[n-1].end
	}
	cut := edit{start: keyStart, end: end, from: len(sc.repl), to: len(sc.repl)}
	switch {
	case before >= 0 && doc[before] == ',' && before >= lastEnd:
		cut.start = before
	default:
		// The first member left: take the comma after it, and the white
		// space up to the next key.
		if a := jsonstr.SkipSpace(doc, end); a < len(doc) && doc[a] == ',' {
			cut.end = jsonstr.SkipSpace(doc, a+1)
		}
	}
	sc.edits = append(sc.edits, cut)
}

// skipBack returns the offset of the last byte before i that is not JSON
// white space, or -1.
func skipBack(doc []byte, i int) int {
	for i--; i >= 0; i-- {
		switch doc[i] {
		case ' ', '\t', '\n', '\r':
		default:
			return i
		}
	}
	return -1
}

// openingQuote returns the offset of the quote that opens the string
// whose closing quote is at q: the first quote before q that is not
// escaped, that is, not preceded by an odd run of backslashes.
func openingQuote(doc []byte, q int) int {
	for i := q - 1; i >= 0; i-- {
		if doc[i] != '"' {
			continue
		}
		bs := 0
		for j := i - 1; j >= 0 && doc[j] == '\\'; j-- {
			bs++
		}
		if bs%2 == 0 {
			return i
		}
	}
	return 0
}
