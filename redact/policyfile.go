package redact

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/leakscope/leakscope/rules"
)

// ParsePolicy reads a policy file:
//
//	default: mask              # categories not named below (mask if absent)
//	categories:
//	  credential: drop
//	  contact: hash
//	  device-inventory: keep
//	types:                     # by finding type, over the category
//	  ssid: keep
//	paths:                     # first match wins, over types and categories
//	  - path: /users/*/email
//	    action: hash
//	  - path: /debug/**
//	    action: drop
//	    categories: [network-layout]
//
// name is used in errors. Every problem of the file is reported at once,
// each a *PolicyError with the line of the field. Types and path patterns
// are checked against a rule set by New.
func ParsePolicy(name string, data []byte) (*Policy, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &PolicyError{File: name, Line: yamlErrLine(err), Err: fmt.Errorf("invalid YAML: %s", strings.TrimPrefix(err.Error(), "yaml: "))}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, &PolicyError{File: name, Err: errors.New("empty policy file")}
	}
	pp := policyParser{file: name, p: &Policy{}}
	pp.top(doc.Content[0])
	if len(pp.errs) > 0 {
		return nil, errors.Join(pp.errs...)
	}
	pp.p.File = name
	return pp.p, nil
}

// LoadPolicy reads the policy file called name.
func LoadPolicy(name string) (*Policy, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return ParsePolicy(name, data)
}

type policyParser struct {
	file string
	p    *Policy
	errs []error
}

func (pp *policyParser) errorf(n *yaml.Node, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	pp.errs = append(pp.errs, &PolicyError{File: pp.file, Line: line, Err: fmt.Errorf(format, args...)})
}

func (pp *policyParser) top(n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		pp.errorf(n, "want a mapping of default, categories, types and paths")
		return
	}
	// default first: the categories named below override it.
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k, v := n.Content[i], n.Content[i+1]; k.Value == "default" {
			if a, ok := pp.action("default", v); ok {
				for c := range pp.p.Categories {
					pp.p.Categories[c] = a
				}
			}
		}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "default":
		case "categories":
			pp.categories(v)
		case "types":
			pp.types(v)
		case "paths":
			pp.paths(v)
		default:
			pp.errorf(k, "unknown field %q (want default, categories, types, paths)", k.Value)
		}
	}
}

func (pp *policyParser) action(field string, v *yaml.Node) (Action, bool) {
	if v.Kind != yaml.ScalarNode {
		pp.errorf(v, "%s: want an action (mask, hash, drop, keep)", field)
		return 0, false
	}
	a, ok := ParseAction(v.Value)
	if !ok {
		pp.errorf(v, "%s: unknown action %q (want mask, hash, drop, keep)", field, v.Value)
	}
	return a, ok
}

func (pp *policyParser) category(v *yaml.Node) (rules.Category, bool) {
	c, ok := rules.ParseCategory(v.Value)
	if !ok || v.Kind != yaml.ScalarNode {
		pp.errorf(v, "unknown category %q (want credential, contact, network-layout, device-inventory, health)", v.Value)
	}
	return c, ok
}

func (pp *policyParser) categories(n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		pp.errorf(n, "categories: want a mapping from a category to an action")
		return
	}
	seen := map[rules.Category]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		c, ok := pp.category(k)
		if !ok {
			continue
		}
		if seen[c] {
			pp.errorf(k, "category %s is given twice", c)
		}
		seen[c] = true
		if a, ok := pp.action(c.String(), v); ok {
			pp.p.Categories[c] = a
		}
	}
}

func (pp *policyParser) types(n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		pp.errorf(n, "types: want a mapping from a finding type to an action")
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Value == "" {
			pp.errorf(k, "types: empty type")
			continue
		}
		if a, ok := pp.action(k.Value, v); ok {
			pp.p.Types = append(pp.p.Types, TypeRule{Type: k.Value, Action: a, Line: k.Line})
		}
	}
}

func (pp *policyParser) paths(n *yaml.Node) {
	if n.Kind != yaml.SequenceNode {
		pp.errorf(n, "paths: want a list of {path, action, categories}")
		return
	}
	for _, e := range n.Content {
		if e.Kind != yaml.MappingNode {
			pp.errorf(e, "paths: each entry is a mapping with path and action")
			continue
		}
		r := PathRule{Line: e.Line}
		ok, hasPath, hasAction := true, false, false
		for i := 0; i+1 < len(e.Content); i += 2 {
			k, v := e.Content[i], e.Content[i+1]
			switch k.Value {
			case "path":
				hasPath = true
				if v.Kind != yaml.ScalarNode {
					pp.errorf(v, "path: want a JSON Pointer pattern such as /users/*/email")
					ok = false
					continue
				}
				r.Pattern = v.Value
				if _, err := parsePattern(v.Value); err != nil {
					pp.errorf(v, "path %q: %v", v.Value, err)
					ok = false
				}
			case "action":
				hasAction = true
				a, good := pp.action("action", v)
				r.Action, ok = a, ok && good
			case "categories":
				if v.Kind != yaml.SequenceNode {
					pp.errorf(v, "categories: want a list of categories")
					ok = false
					continue
				}
				for _, cn := range v.Content {
					c, good := pp.category(cn)
					ok = ok && good
					r.Categories = append(r.Categories, c)
				}
			default:
				pp.errorf(k, "paths: unknown field %q (want path, action, categories)", k.Value)
				ok = false
			}
		}
		if !hasPath {
			pp.errorf(e, "paths: entry without path")
			ok = false
		}
		if !hasAction {
			pp.errorf(e, "paths: entry without action")
			ok = false
		}
		if ok {
			pp.p.Paths = append(pp.p.Paths, r)
		}
	}
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

func yamlErrLine(err error) int {
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}
