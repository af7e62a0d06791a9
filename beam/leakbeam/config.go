package leakbeam

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"sync"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/rules"
)

// Config is what a worker needs to build its classifier. It travels with
// the pipeline (a DoFn's fields are serialised as JSON), so rule files go
// by content: read them where the pipeline is built, with LoadRuleFiles,
// and every worker compiles the same set whatever filesystem it sees.
// The zero value means the embedded default rules and the defaults of
// classify.Options, as `leakscope scan` has them.
type Config struct {
	Rules          []RuleFile `json:"rules,omitempty"`
	NoDefaultRules bool       `json:"no_default_rules,omitempty"`
	// The options of classify.Options; zero means its default.
	MinConfidence    float64 `json:"min_confidence,omitempty"`
	MaxDepth         int     `json:"max_depth,omitempty"`
	MaxValueBytes    int     `json:"max_value_bytes,omitempty"`
	MaxDocumentBytes int     `json:"max_document_bytes,omitempty"`
	NoNestedJSON     bool    `json:"no_nested_json,omitempty"`
}

// A RuleFile is a rule file's name, for errors, and its YAML.
type RuleFile struct {
	Name string `json:"name"`
	YAML string `json:"yaml"`
}

// LoadRuleFiles reads the rule files called names, for Config.Rules.
func LoadRuleFiles(names ...string) ([]RuleFile, error) {
	var out []RuleFile
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, RuleFile{Name: path.Clean(n), YAML: string(data)})
	}
	return out, nil
}

// Check compiles the rule set of c, so that a bad rule file is refused
// where the pipeline is built rather than on every worker.
func (c Config) Check() error {
	_, err := c.ruleSet()
	return err
}

// ruleSet compiles the rules of c as rules.Load does for the CLI: the
// defaults (unless NoDefaultRules), then the files in order.
func (c Config) ruleSet() (*rules.Set, error) {
	if len(c.Rules) == 0 && !c.NoDefaultRules {
		return rules.Default()
	}
	if len(c.Rules) == 0 {
		return nil, fmt.Errorf("no rules: NoDefaultRules needs at least one rule file")
	}
	var files []*rules.File
	if !c.NoDefaultRules {
		d, err := rules.DefaultFiles()
		if err != nil {
			return nil, err
		}
		files = d
	}
	var errs rules.ErrorList
	for _, rf := range c.Rules {
		f, err := rules.Parse(rf.Name, []byte(rf.YAML))
		if err != nil {
			l, ok := err.(rules.ErrorList)
			if !ok {
				return nil, err
			}
			errs = append(errs, l...)
		}
		if f != nil {
			files = append(files, f)
		}
	}
	set, err := rules.Compile(rules.CompileOptions{}, files...)
	if err != nil {
		if l, ok := err.(rules.ErrorList); ok {
			errs = append(errs, l...)
		} else {
			return nil, err
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return set, nil
}

// options are the classifier options of c. reveal puts values in
// findings: the report needs them to count distinct values and mask a
// sample, as `leakscope scan` does for its report. Workers are left at one
// a core, for the files read whole; a document alone uses none.
func (c Config) options(reveal bool) classify.Options {
	return classify.Options{
		MinConfidence:    c.MinConfidence,
		MaxDepth:         c.MaxDepth,
		MaxValueBytes:    c.MaxValueBytes,
		MaxDocumentBytes: c.MaxDocumentBytes,
		NoNestedJSON:     c.NoNestedJSON,
		Reveal:           reveal,
	}
}

// maxDocumentBytes is the document limit of c, its default filled in.
func (c Config) maxDocumentBytes() int {
	if c.MaxDocumentBytes > 0 {
		return c.MaxDocumentBytes
	}
	return 64 << 20
}

// classifiers holds one classifier per configuration and process: a
// worker runs many instances of a DoFn (one per bundle in flight), and
// the rule set and the classifier's path cache are built once for all.
var classifiers struct {
	sync.Mutex
	m map[string]*classifierOnce
}

type classifierOnce struct {
	once sync.Once
	c    *classify.Classifier
	err  error
}

// classifier returns the process's classifier for c.
func (c Config) classifier(reveal bool) (*classify.Classifier, error) {
	key, err := json.Marshal(struct {
		Config
		Reveal bool
	}{c, reveal})
	if err != nil {
		return nil, err
	}
	classifiers.Lock()
	if classifiers.m == nil {
		classifiers.m = map[string]*classifierOnce{}
	}
	co := classifiers.m[string(key)]
	if co == nil {
		co = &classifierOnce{}
		classifiers.m[string(key)] = co
	}
	classifiers.Unlock()
	co.once.Do(func() {
		set, err := c.ruleSet()
		if err != nil {
			co.err = err
			return
		}
		co.c, co.err = classify.New(set, c.options(reveal))
	})
	return co.c, co.err
}
