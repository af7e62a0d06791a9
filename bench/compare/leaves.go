package compare

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/leakscope/leakscope/corpus"
)

// A Leaf is one scalar of a document, with what a peer may be told of it.
type Leaf struct {
	Doc   int    // index of its document in the set
	Path  string // RFC 6901 JSON Pointer from the document's root
	Name  string // field name: the last token of Path that is not an array index ("" for a root scalar)
	Key   string // every token of Path that is not an array index, joined with "."
	Value string // a string's content; the JSON text of a number, boolean or null
	JSON  []byte // the value's JSON text
}

// Fed returns the key a peer is given with the value: the field name or
// the dotted path.
func (l *Leaf) Fed(how Feed) string {
	if how == ByPath {
		return l.Key
	}
	return l.Name
}

// A Feed is a way of giving a leaf to a tool one at a time.
type Feed string

// The ways of feeding a leaf.
const (
	ByValue Feed = "value" // the value alone
	ByName  Feed = "name"  // the value with its field name
	ByPath  Feed = "path"  // the value with its dotted path
)

const maxDepth = 10000

var errTooDeep = errors.New("compare: document nested too deep")

// Leaves returns every leaf of every document, documents in order and
// leaves in document order. A document that cannot be read gives no
// leaves (the scorer then counts its labels as misses for every tool).
func Leaves(docs []corpus.Doc) []Leaf {
	var out []Leaf
	for i, d := range docs {
		w := walker{doc: i}
		dec := json.NewDecoder(bytes.NewReader(d.JSON))
		dec.UseNumber()
		if err := w.walk(dec, 0); err != nil {
			continue
		}
		out = append(out, w.out...)
	}
	return out
}

type token struct {
	key   string
	index bool
}

type walker struct {
	doc   int
	stack []token
	out   []Leaf
}

func (w *walker) walk(dec *json.Decoder, depth int) error {
	if depth > maxDepth {
		return errTooDeep
	}
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return err
				}
				w.stack = append(w.stack, token{key: kt.(string)})
				if err := w.walk(dec, depth+1); err != nil {
					return err
				}
				w.stack = w.stack[:len(w.stack)-1]
			}
		case '[':
			for i := 0; dec.More(); i++ {
				w.stack = append(w.stack, token{key: strconv.Itoa(i), index: true})
				if err := w.walk(dec, depth+1); err != nil {
					return err
				}
				w.stack = w.stack[:len(w.stack)-1]
			}
		}
		_, err = dec.Token() // the closing delimiter
		return err
	case string:
		w.leaf(t, quote(t))
	case json.Number:
		w.leaf(t.String(), []byte(t.String()))
	case bool:
		s := strconv.FormatBool(t)
		w.leaf(s, []byte(s))
	case nil:
		w.leaf("null", []byte("null"))
	}
	return nil
}

func (w *walker) leaf(value string, raw []byte) {
	var path strings.Builder
	var keys []string
	for _, t := range w.stack {
		path.WriteByte('/')
		path.WriteString(escapeToken(t.key))
		if !t.index {
			keys = append(keys, t.key)
		}
	}
	l := Leaf{Doc: w.doc, Path: path.String(), Key: strings.Join(keys, "."), Value: value, JSON: raw}
	if len(keys) > 0 {
		l.Name = keys[len(keys)-1]
	}
	w.out = append(w.out, l)
}

// escapeToken escapes one RFC 6901 reference token.
func escapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// quote returns s as a JSON string, without HTML escaping.
func quote(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
