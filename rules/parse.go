package rules

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Parse reads a rule file. name is used in errors. Every problem of the
// file is reported at once, as an ErrorList, each with its line and rule.
func Parse(name string, data []byte) (*File, error) {
	p := &parser{file: &File{Name: name}}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, ErrorList{{File: name, Line: yamlErrLine(err), Err: fmt.Errorf("invalid YAML: %v", yamlErrText(err))}}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, ErrorList{{File: name, Err: errors.New("empty rule file")}}
	}
	p.top(doc.Content[0])
	slices.SortStableFunc(p.errs, func(a, b *Error) int { return a.Line - b.Line })
	if len(p.errs) > 0 {
		// The rules that parsed are kept, so that compiling them can
		// report their problems too, all at once.
		return p.file, p.errs
	}
	return p.file, nil
}

type parser struct {
	file *File
	errs ErrorList
	rule string // id of the rule being read
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	p.errs = append(p.errs, &Error{File: p.file.Name, Line: line, Rule: p.rule, Err: fmt.Errorf(format, args...)})
}

func (p *parser) top(n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "want a mapping with a rules list at the top")
		return
	}
	seen := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "rules":
			seen = true
			if v.Kind != yaml.SequenceNode {
				p.errorf(v, "rules: want a list")
				continue
			}
			for _, r := range v.Content {
				p.ruleNode(r)
			}
		case "negative_keys":
			p.file.NegativeKeys = p.strings(k.Value, v)
		case "generic_keys":
			p.file.GenericKeys = p.strings(k.Value, v)
		case "label_keys":
			p.file.LabelKeys = p.strings(k.Value, v)
		case "value_keys":
			p.file.ValueKeys = p.strings(k.Value, v)
		case "text_keys":
			p.file.TextKeys = p.strings(k.Value, v)
		case "type_keys":
			p.file.TypeKeys = p.strings(k.Value, v)
		case "data_label_keys":
			p.file.DataLabelKeys = p.strings(k.Value, v)
		case "records", "record_types":
			if v.Kind != yaml.MappingNode {
				p.errorf(v, "%s: want a mapping from a kind of record to what marks one", k.Value)
				continue
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				kind, markers := v.Content[j], v.Content[j+1]
				if kind.Kind != yaml.ScalarNode || kind.Value == "" {
					p.errorf(kind, "%s: want a kind of record (a field name) as the key", k.Value)
					continue
				}
				r := Record{Kind: kind.Value, Line: kind.Line, Markers: p.strings(k.Value+": "+kind.Value, markers)}
				if len(r.Markers) == 0 {
					p.errorf(markers, "%s: %s: want at least one marker", k.Value, kind.Value)
					continue
				}
				if k.Value == "records" {
					p.file.Records = append(p.file.Records, r)
				} else {
					p.file.RecordTypes = append(p.file.RecordTypes, r)
				}
			}
		case "synonyms":
			if v.Kind != yaml.MappingNode {
				p.errorf(v, "synonyms: want a mapping from a word to what it means")
				continue
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				w, m := v.Content[j], v.Content[j+1]
				if m.Kind != yaml.ScalarNode || w.Value == "" || m.Value == "" {
					p.errorf(w, "synonyms: %q: want a word mapped to words", w.Value)
					continue
				}
				p.file.Synonyms = append(p.file.Synonyms, Synonym{Word: w.Value, Means: m.Value, Line: w.Line})
			}
		default:
			p.errorf(k, "unknown top-level field %q (want rules, negative_keys, generic_keys, label_keys, value_keys, text_keys, type_keys, records, record_types, synonyms)", k.Value)
		}
	}
	if !seen && len(p.file.NegativeKeys)+len(p.file.GenericKeys)+len(p.file.LabelKeys)+len(p.file.ValueKeys)+len(p.file.TextKeys)+len(p.file.Synonyms)+len(p.file.Records)+len(p.file.RecordTypes)+len(p.file.TypeKeys)+len(p.file.DataLabelKeys) == 0 {
		p.errorf(n, "no rules list")
	}
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)

func (p *parser) ruleNode(n *yaml.Node) {
	p.rule = ""
	before := len(p.errs)
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "a rule must be a mapping")
		return
	}
	r := Rule{File: p.file.Name, Line: n.Line, Lines: map[string]int{}}
	// The id first, so that every other error names the rule.
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "id" {
			r.ID = p.str("id", n.Content[i+1])
			r.Line = n.Content[i].Line
			p.rule = r.ID
		}
	}
	if r.ID == "" {
		p.errorf(n, "rule without id")
	} else if !idPattern.MatchString(r.ID) {
		p.errorf(n, "id %q: use lower-case letters, digits, '.', '-' and '_'", r.ID)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if first, ok := r.Lines[k.Value]; ok {
			// YAML keeps the last of two; the first would be lost unseen.
			p.errorf(k, "%s given twice (first on line %d)", k.Value, first)
			continue
		}
		r.Lines[k.Value] = k.Line
		switch k.Value {
		case "id":
		case "category":
			r.Category = p.str(k.Value, v)
		case "type":
			r.Type = p.str(k.Value, v)
		case "description":
			r.Description = p.str(k.Value, v)
		case "keys":
			r.Keys = p.strings(k.Value, v)
		case "key_dict":
			r.KeyDict = p.str(k.Value, v)
		case "context_dict":
			r.ContextDict = p.str(k.Value, v)
		case "context":
			r.Context = p.strings(k.Value, v)
		case "not_keys":
			r.NotKeys = p.strings(k.Value, v)
		case "not_context":
			r.NotContext = p.strings(k.Value, v)
		case "on":
			r.On = p.strings(k.Value, v)
			for _, o := range r.On {
				if o != "string" && o != "number" && o != "bool" {
					p.errorf(v, "on: %q is not a leaf kind (want string, number, bool)", o)
				}
			}
		case "value":
			r.Value = p.str(k.Value, v)
		case "find":
			r.Find = p.str(k.Value, v)
		case "keywords":
			r.Keywords = p.strings(k.Value, v)
		case "validate":
			r.Validate = p.strings(k.Value, v)
		case "min_len":
			r.MinLen = p.int(k.Value, v)
		case "max_len":
			r.MaxLen = p.int(k.Value, v)
		case "confidence":
			r.Confidence = p.confidence(k.Value, v)
		case "key_confidence":
			r.KeyConfidence = p.confidence(k.Value, v)
		case "value_confidence":
			r.ValueConfidence = p.confidence(k.Value, v)
		case "examples":
			r.Examples = p.examples(v)
		default:
			p.errorf(k, "unknown field %q", k.Value)
		}
	}
	if r.Category == "" {
		p.errorf(n, "no category")
	} else if _, ok := ParseCategory(r.Category); !ok {
		p.errorf(n, "unknown category %q (want one of %s)", r.Category, strings.Join(categoryNames[:], ", "))
	}
	if r.Type == "" {
		p.errorf(n, "no type")
	}
	if r.Confidence == 0 {
		p.errorf(n, "no confidence")
	}
	if len(p.errs) == before {
		p.file.Rules = append(p.file.Rules, r)
	}
}

// deref follows a YAML alias (*name) to its anchor, so that rule files
// may share lists.
func deref(v *yaml.Node) *yaml.Node {
	for v != nil && v.Kind == yaml.AliasNode && v.Alias != nil {
		v = v.Alias
	}
	return v
}

func (p *parser) str(field string, v *yaml.Node) string {
	v = deref(v)
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		p.errorf(v, "%s: want a string", field)
		return ""
	}
	return v.Value
}

func (p *parser) strings(field string, v *yaml.Node) []string {
	v = deref(v)
	if v.Kind != yaml.SequenceNode {
		p.errorf(v, "%s: want a list of strings", field)
		return nil
	}
	out := make([]string, 0, len(v.Content))
	for _, e := range v.Content {
		if e.Kind != yaml.ScalarNode || e.Value == "" {
			p.errorf(e, "%s: want a list of non-empty strings", field)
			continue
		}
		out = append(out, e.Value)
	}
	return out
}

func (p *parser) int(field string, v *yaml.Node) int {
	n, err := strconv.Atoi(v.Value)
	if v.Kind != yaml.ScalarNode || err != nil || n < 0 {
		p.errorf(v, "%s: want a whole number ≥ 0", field)
	}
	return n
}

func (p *parser) confidence(field string, v *yaml.Node) float64 {
	f, err := strconv.ParseFloat(v.Value, 64)
	if v.Kind != yaml.ScalarNode || err != nil || f <= 0 || f > 1 {
		p.errorf(v, "%s: want a number in (0, 1]", field)
		return 0
	}
	return f
}

func (p *parser) examples(v *yaml.Node) Examples {
	var ex Examples
	if v.Kind != yaml.MappingNode {
		p.errorf(v, "examples: want a mapping with match and no_match lists")
		return ex
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, list := v.Content[i], v.Content[i+1]
		var dst *[]Example
		switch k.Value {
		case "match":
			dst = &ex.Match
		case "no_match":
			dst = &ex.NoMatch
		default:
			p.errorf(k, "examples: unknown field %q (want match, no_match)", k.Value)
			continue
		}
		if list.Kind != yaml.SequenceNode {
			p.errorf(list, "examples.%s: want a list", k.Value)
			continue
		}
		for _, e := range list.Content {
			if x, ok := p.example(e); ok {
				*dst = append(*dst, x)
			}
		}
	}
	return ex
}

// example reads a bare value (a leaf under a neutral key) or {key, value}.
func (p *parser) example(n *yaml.Node) (Example, bool) {
	x := Example{Line: n.Line}
	switch n.Kind {
	case yaml.ScalarNode:
		x.Value = scalar(n)
		return x, true
	case yaml.MappingNode:
		hasValue := false
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			switch k.Value {
			case "key":
				x.Key = p.str("example key", v)
			case "value":
				if v.Kind != yaml.ScalarNode {
					p.errorf(v, "example value: want a scalar")
					return x, false
				}
				x.Value = scalar(v)
				hasValue = true
			default:
				p.errorf(k, "example: unknown field %q (want key, value)", k.Value)
				return x, false
			}
		}
		if !hasValue {
			p.errorf(n, "example without value")
			return x, false
		}
		return x, true
	}
	p.errorf(n, "example: want a value or {key, value}")
	return x, false
}

// scalar returns a YAML scalar as the JSON value it stands for.
func scalar(n *yaml.Node) any {
	switch n.Tag {
	case "!!int", "!!float":
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil {
			return f
		}
	case "!!bool":
		return n.Value == "true"
	case "!!null":
		return nil
	}
	return n.Value
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

func yamlErrLine(err error) int {
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

func yamlErrText(err error) string {
	return strings.TrimPrefix(err.Error(), "yaml: ")
}

// ParseSynonyms parses a list of synonyms, one "word<TAB>means" a line
// (a third field, after another tab, is a comment; "#" starts a comment
// line), as the default rules keep theirs: some 11,000 lines that a YAML
// mapping took six times as long to read, on the path of every start.
// The file holds nothing else; a word listed twice is an error, as a key
// repeated in a mapping is.
func ParseSynonyms(name string, data []byte) (*File, error) {
	return parseSynonyms(name, string(data))
}

// parseSynonyms is ParseSynonyms on text, of which every word and meaning
// of the file is a piece: some 30,000 lines at start-up, no allocation
// for each; the meanings, a few hundred, are shared.
func parseSynonyms(name, text string) (*File, error) {
	lines := strings.Count(text, "\n") + 1
	f := &File{Name: name, Synonyms: make([]Synonym, 0, lines)}
	var errs ErrorList
	seen := make(map[string]int, lines)
	meanings := make(map[string]string, 512)
	for n := 1; len(text) > 0; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		line = strings.TrimRight(line, "\r")
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		word, rest, ok := strings.Cut(line, "\t")
		means, comment, _ := strings.Cut(rest, "\t")
		w, m := trimSpaceString(word), trimSpaceString(means)
		if shared, ok := meanings[m]; ok {
			m = shared
		} else {
			meanings[m] = m
		}
		switch {
		case !ok || w == "" || m == "" || len(comment) > 0 && comment[0] != '#':
			errs = append(errs, &Error{File: name, Line: n, Err: errors.New(`want "word<TAB>means", and an optional "<TAB># comment"`)})
		case seen[w] > 0:
			errs = append(errs, &Error{File: name, Line: n, Err: fmt.Errorf("%q is already a synonym (line %d)", w, seen[w])})
		default:
			seen[w] = n
			f.Synonyms = append(f.Synonyms, Synonym{Word: w, Means: m, Line: n})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return f, nil
}
