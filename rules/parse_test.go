package rules

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string // each must appear in the error, which names file and line
	}{
		{"unknown field", "rules:\n  - id: a.b\n    category: contact\n    type: t\n    keys: [x]\n    valeu: 'x'\n    confidence: 0.9\n",
			[]string{"bad.yaml:6: rule a.b: unknown field \"valeu\""}},
		{"unknown category", "rules:\n  - id: a.b\n    category: secrets\n    type: t\n    keys: [x]\n    confidence: 0.9\n",
			[]string{"bad.yaml:2: rule a.b: unknown category \"secrets\""}},
		{"wrong type", "rules:\n  - id: a.b\n    category: contact\n    type: t\n    keys: x\n    confidence: 0.9\n",
			[]string{"bad.yaml:5: rule a.b: keys: want a list of strings"}},
		{"bad confidence", "rules:\n  - id: a.b\n    category: contact\n    type: t\n    keys: [x]\n    confidence: 2\n",
			[]string{"bad.yaml:6: rule a.b: confidence: want a number in (0, 1]"}},
		{"no id", "rules:\n  - category: contact\n    type: t\n    keys: [x]\n    confidence: 0.9\n",
			[]string{"bad.yaml:2: rule without id"}},
		{"two problems", "rules:\n  - id: a.b\n    category: nope\n    type: t\n    keys: [x]\n    confidence: 0.9\n  - id: c.d\n    category: health\n    type: t\n    kyes: [x]\n    confidence: 0.9\n",
			[]string{"bad.yaml:2: rule a.b: unknown category", "bad.yaml:10: rule c.d: unknown field \"kyes\""}},
		{"a field twice", "rules:\n  - id: a.b\n    category: contact\n    type: t\n    keys: [x]\n    not_context: [y]\n    not_context: [z]\n    confidence: 0.9\n",
			[]string{"bad.yaml:7: rule a.b: not_context given twice (first on line 6)"}},
		{"bad yaml", "rules:\n  - id: a\n   category: x\n", []string{"bad.yaml:", "invalid YAML"}},
		{"top level", "rulez: []\n", []string{"bad.yaml:1: unknown top-level field \"rulez\""}},
		{"records not a map", "records: [loinc]\n", []string{"bad.yaml:1: records: want a mapping"}},
		{"record without markers", "records:\n  lab results: []\n", []string{"bad.yaml:2: records: lab results: want at least one marker"}},
		{"record types of a kind", "record_types:\n  device: device\n", []string{"bad.yaml:2: record_types: device: want a list of strings"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("bad.yaml", []byte(tt.yaml))
			require.Error(t, err)
			var list ErrorList
			require.True(t, errors.As(err, &list), "want an ErrorList, got %T", err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
		})
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"bad regex", "rules:\n  - id: a.b\n    category: contact\n    type: t\n    value: '(unclosed'\n    confidence: 0.9\n",
			"bad.yaml:5: rule a.b: value: invalid expression"},
		{"duplicate id", "rules:\n  - id: a.b\n    category: contact\n    type: t\n    keys: [x]\n    confidence: 0.9\n  - id: a.b\n    category: contact\n    type: t\n    keys: [y]\n    confidence: 0.9\n",
			"bad.yaml:7: rule a.b: duplicate id (first at bad.yaml:2)"},
		{"unknown validator", "rules:\n  - id: a.b\n    category: contact\n    type: t\n    value: 'x'\n    validate: [luhnn]\n    confidence: 0.9\n",
			"bad.yaml:6: rule a.b: unknown validator \"luhnn\""},
		{"no evidence", "rules:\n  - id: a.b\n    category: contact\n    type: t\n    confidence: 0.9\n",
			"bad.yaml:2: rule a.b: no evidence"},
		{"unknown key dictionary", "rules:\n  - id: a.b\n    category: health\n    type: t\n    key_dict: health_term\n    confidence: 0.9\n",
			"bad.yaml:5: rule a.b: key_dict: no dictionary \"health_term\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse("bad.yaml", []byte(tt.yaml))
			require.NoError(t, err)
			_, err = Compile(CompileOptions{}, f)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// A regexp2 timeout quotes the input; ours must not.
func TestTimeoutErrorHoldsNoValue(t *testing.T) {
	f, err := Parse("dos.yaml", []byte("rules:\n  - id: dos.rule\n    category: credential\n    type: t\n    value: '^(a+)+(?=b)$'\n    confidence: 0.9\n"))
	require.NoError(t, err)
	s, err := Compile(CompileOptions{MatchTimeout: 20e6}, f)
	require.NoError(t, err)
	c := s.Rule("dos.rule")
	require.NotNil(t, c)
	v := []byte(strings.Repeat("a", 40) + "SECRETMARKER!")
	_, err = c.MatchValue(v, ShapeOf(v), s.Dictionaries())
	require.ErrorIs(t, err, ErrMatchTimeout)
	assert.NotContains(t, err.Error(), "SECRETMARKER")
	assert.Contains(t, err.Error(), "dos.rule")
}

func TestDefaultRulesCompile(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	assert.Greater(t, len(s.Rules()), 60)
	for _, name := range []string{"first_names", "surnames", "device_models", "device_vendors", "health_terms", "medications", "conditions", "passwords", "ssids"} {
		assert.Greater(t, s.Dictionaries().Len(name), 100, name)
	}
}

// FuzzParseCompile: any rule file is parsed and compiled or refused with
// errors, never a panic.
func FuzzParseCompile(f *testing.F) {
	files, err := DefaultFiles()
	require.NoError(f, err)
	_ = files
	for _, s := range []string{
		"rules:\n  - id: a.b\n    category: contact\n    type: t\n    keys: [x]\n    confidence: 0.9\n",
		"rules:\n  - id: a.b\n    category: contact\n    type: t\n    value: '^(a+)+$'\n    confidence: 0.9\n",
		"rules: [{id: x, category: health, type: t, find: '\\bflu\\b', confidence: 1}]\n",
		"synonyms: {tkn: token}\n", "rules:\n  - 3\n", "- a\n", "{", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("fuzz.yaml", data)
		if err != nil && file == nil {
			return
		}
		_, _ = Compile(CompileOptions{}, file)
	})
}

// Finds on the backtracking engine report byte offsets, also after
// multi-byte runes.
func TestRegexp2FindOffsets(t *testing.T) {
	f, err := Parse("f.yaml", []byte("rules:\n  - id: f.pw\n    category: credential\n    type: t\n    find: '(?<=pw: )\\w+'\n    confidence: 0.9\n"))
	require.NoError(t, err)
	s, err := Compile(CompileOptions{}, f)
	require.NoError(t, err)
	text := []byte("café — pw: hunter22 ok")
	var got string
	err = s.Rule("f.pw").FindIn(text, text, ShapeOf(text), s.Dictionaries(), func(a, b int) bool {
		got = string(text[a:b])
		return false
	})
	require.NoError(t, err)
	assert.Equal(t, "hunter22", got)
}

// Key terms from a dictionary count only where no rule knows the name.
func TestKeyDict(t *testing.T) {
	f, err := Parse("k.yaml", []byte(`rules:
  - id: h.dict
    category: health
    type: t
    key_dict: health_terms
    confidence: 0.6
  - id: c.doc
    category: contact
    type: t
    keys: [hausarzt]
    confidence: 0.9
`))
	require.NoError(t, err)
	s, err := Compile(CompileOptions{}, f)
	require.NoError(t, err)
	hits := func(key string) (ids []string) {
		for _, h := range s.JudgeKey([]string{"patient", key}).Hits {
			ids = append(ids, h.Rule.ID)
		}
		return ids
	}
	assert.Equal(t, []string{"h.dict"}, hits("Nuechternblutzucker"))
	assert.Equal(t, []string{"h.dict"}, hits("frequence_respiratoire"))
	assert.Equal(t, []string{"c.doc"}, hits("hausarzt"), "a name another rule knows is not taken from the dictionary")
	assert.Empty(t, hits("order_total"))
}

// A dictionary entry that a synonym writes out as a word of the rules
// ("egeszseg" is health) is no key term of the dictionary: "health" would
// make a battery's health a health field.
func TestKeyDictLeavesSynonymsToRules(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	dict := func(path ...string) bool {
		for _, h := range s.JudgeKey(path).Hits {
			if h.Rule.ID == "health.key-by-dictionary" {
				return true
			}
		}
		return false
	}
	assert.False(t, dict("devices", "batteryHealthPct"))
	assert.False(t, dict("matrona", "centro_salud"))
	health := func(path ...string) bool {
		for _, h := range s.JudgeKey(path).Hits {
			if h.Rule.Category == "health" {
				return true
			}
		}
		return false
	}
	// A Hungarian term of the dictionary, which its synonyms now write
	// out (vercukor: blood sugar).
	assert.True(t, health("paciens", "vercukorszint"), "a Hungarian term of the dictionary")
	assert.True(t, health("patient", "Nuechternblutzucker"))
}

func TestParseSynonyms(t *testing.T) {
	f, err := ParseSynonyms("s.txt", []byte("# a comment\n\ntkn\ttoken\n00100010\tpatient name\t# PatientName\r\nfecnac\tdate of birth\n"))
	require.NoError(t, err)
	assert.Equal(t, []Synonym{{Word: "tkn", Means: "token", Line: 3}, {Word: "00100010", Means: "patient name", Line: 4}, {Word: "fecnac", Means: "date of birth", Line: 5}}, f.Synonyms)
	_, err = ParseSynonyms("s.txt", []byte("tkn\ttoken\nno tab here\ntkn\tticket\nx\ty\tnot a comment\n"))
	var l ErrorList
	require.ErrorAs(t, err, &l)
	require.Len(t, l, 3)
	assert.Equal(t, 2, l[0].Line)
	assert.Contains(t, l[1].Error(), `s.txt:3: "tkn" is already a synonym (line 1)`)
	assert.Equal(t, 4, l[2].Line)
}
