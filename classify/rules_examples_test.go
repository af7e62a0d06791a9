package classify_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/leakscope/leakscope/classify"
	"github.com/leakscope/leakscope/rules"
)

// exampleDoc builds the document of a rule example: the dotted key
// "cameras[].nickname" becomes {"cameras":[{"nickname":value}]}, and the
// pointer of the leaf.
func exampleDoc(t *testing.T, key string, value any) ([]byte, string) {
	if key == "" {
		key = "f1"
	}
	v, err := json.Marshal(value)
	require.NoError(t, err)
	parts := strings.Split(key, ".")
	doc := string(v)
	ptr := ""
	for i := len(parts) - 1; i >= 0; i-- {
		p := parts[i]
		arr := strings.HasSuffix(p, "[]")
		p = strings.TrimSuffix(p, "[]")
		if arr {
			doc = "[" + doc + "]"
			ptr = "/0" + ptr
		}
		k, _ := json.Marshal(p)
		doc = "{" + string(k) + ":" + doc + "}"
		ptr = "/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(p) + ptr
	}
	return []byte(doc), ptr
}

// TestRuleExamples checks every example of every default rule, each rule
// alone (it must fire on its matches and not on its non-matches) and within
// the whole set (its matches are reported in its category).
func TestRuleExamples(t *testing.T) {
	files, err := rules.DefaultFiles()
	require.NoError(t, err)
	full := newClassifier(t, classify.Options{})
	var settings []*rules.File
	for _, f := range files {
		settings = append(settings, &rules.File{Name: f.Name, NegativeKeys: f.NegativeKeys, GenericKeys: f.GenericKeys,
			LabelKeys: f.LabelKeys, ValueKeys: f.ValueKeys, TextKeys: f.TextKeys, Synonyms: f.Synonyms,
			TypeKeys: f.TypeKeys, Records: f.Records, RecordTypes: f.RecordTypes})
	}
	n := 0
	for _, f := range files {
		for _, r := range f.Rules {
			t.Run(r.ID, func(t *testing.T) {
				require.NotEmpty(t, r.Examples.Match, "%s:%d: a rule needs examples that match", r.File, r.Line)
				require.NotEmpty(t, r.Examples.NoMatch, "%s:%d: a rule needs examples that do not match", r.File, r.Line)
				one := &rules.File{Name: f.Name, Rules: []rules.Rule{r}}
				set, err := rules.Compile(rules.CompileOptions{}, append(settings, one)...)
				require.NoError(t, err)
				alone, err := classify.New(set, classify.Options{})
				require.NoError(t, err)
				for _, ex := range r.Examples.Match {
					doc, ptr := exampleDoc(t, ex.Key, ex.Value)
					got, err := alone.AppendFindings(nil, doc)
					require.NoError(t, err)
					assert.True(t, hasRule(got, ptr, r.ID), "%s:%d: %s should match %s", r.File, ex.Line, r.ID, doc)
					got, err = full.AppendFindings(nil, doc)
					require.NoError(t, err)
					assert.True(t, hasCategory(got, ptr, r.Category), "%s:%d: default rules should tag %s as %s, got %v", r.File, ex.Line, doc, r.Category, got)
					n++
				}
				for _, ex := range r.Examples.NoMatch {
					doc, ptr := exampleDoc(t, ex.Key, ex.Value)
					got, err := alone.AppendFindings(nil, doc)
					require.NoError(t, err)
					assert.False(t, hasRule(got, ptr, r.ID), "%s:%d: %s should not match %s", r.File, ex.Line, r.ID, doc)
					n++
				}
			})
		}
	}
	t.Logf("%d examples", n)
}

func hasRule(fs []classify.Finding, ptr, id string) bool {
	for _, f := range fs {
		if f.Path == ptr && f.Rule == id {
			return true
		}
	}
	return false
}

func hasCategory(fs []classify.Finding, ptr, cat string) bool {
	for _, f := range fs {
		if f.Path == ptr && f.Category.String() == cat {
			return true
		}
	}
	return false
}

func ExampleClassifier_AppendFindings() {
	c, err := classify.New(nil, classify.Options{})
	if err != nil {
		panic(err)
	}
	doc := []byte(`{"_source":{"email":"ana@example.org","cameras":[{"nickname":"Betty's Room","firmware_ver":"4.9.5.111"}],"height_cm":181,"token_count":3}}`)
	findings, err := c.AppendFindings(nil, doc)
	if err != nil {
		panic(err)
	}
	for _, f := range findings {
		fmt.Println(f.Path, f.Category)
	}
	// Output:
	// /_source/email contact
	// /_source/cameras/0/nickname device-inventory
	// /_source/cameras/0/firmware_ver device-inventory
	// /_source/height_cm health
}
