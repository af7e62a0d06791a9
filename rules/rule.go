package rules

import (
	"errors"
	"fmt"
	"strings"
)

// A Category is one of the five kinds of exposure of CATEGORIES.md.
type Category uint8

// The categories, in report order.
const (
	Credential Category = iota
	Contact
	NetworkLayout
	DeviceInventory
	Health
	NumCategories int = iota
)

var categoryNames = [...]string{"credential", "contact", "network-layout", "device-inventory", "health"}

// String returns the name of c as written in rule files and findings.
func (c Category) String() string {
	if int(c) < len(categoryNames) {
		return categoryNames[c]
	}
	return fmt.Sprintf("category(%d)", c)
}

// ParseCategory returns the category called name.
func ParseCategory(name string) (Category, bool) {
	for i, n := range categoryNames {
		if n == name {
			return Category(i), true
		}
	}
	return 0, false
}

// A Kind is the JSON kind of a leaf.
type Kind uint8

// Leaf kinds.
const (
	String Kind = 1 << iota
	Number
	Bool
	Null
)

// A Rule is one rule as written in a rule file, before compilation.
type Rule struct {
	ID          string
	Category    string
	Type        string
	Description string

	// Keys are terms whose words in the leaf's own field name (possibly
	// continued from its parent's) are evidence: "access token" matches
	// accessToken, access_token and auth.access-token.
	Keys []string
	// KeyDict names a dictionary whose entries are key terms too, taken
	// only where no other rule knows the field's own name: a vocabulary too
	// big to list ("hemoglobina", "frequence respiratoire") that must not
	// overrule a rule that knows better ("dentista" names a person).
	KeyDict string
	// ContextDict names a dictionary whose entries are context terms too:
	// the device kinds of sixteen languages ("bombilla", "Steckdose",
	// "lampadina") that say the fields under them are a device's.
	ContextDict string
	// Context terms must occur in the field name or its ancestors for the
	// rule to apply; NotKeys veto the rule when in the field name, and
	// NotContext when anywhere on the path.
	Context, NotKeys, NotContext []string
	// On lists the leaf kinds the rule looks at: string, number, bool.
	// The default is string and number.
	On []string

	Value    string   // expression the whole value must match (regexp2 syntax)
	Find     string   // expression searched for in free text
	Keywords []string // literals, one of which the value must contain
	Validate []string // validators a matched value must pass
	MinLen   int
	MaxLen   int

	// Confidence is reported when key and value evidence agree, or when the
	// rule has only one of the two. KeyConfidence is reported when the key
	// matches but the value does not; ValueConfidence when the value
	// matches under a key that says nothing. Zero means that is not enough.
	Confidence, KeyConfidence, ValueConfidence float64

	Examples Examples

	File  string         // the file the rule came from
	Line  int            // the line of its id
	Lines map[string]int // the line of each field, for errors
}

// Examples are leaves a rule must and must not report.
type Examples struct {
	Match, NoMatch []Example
}

// An Example is one leaf: Key is the dotted path to it ("wifi.ssid",
// "cameras[].nickname"), empty for a neutral key; Value is its JSON value.
type Example struct {
	Key   string
	Value any
	Line  int
}

// A File is the parsed content of one rule file.
type File struct {
	Name  string
	Rules []Rule
	// NegativeKeys are words that make a field name say nothing by itself:
	// token_count, password_min_length, height_px, email_verified.
	NegativeKeys []string
	// GenericKeys are field names that take their meaning from their
	// parent: wifi.name, password.hash, camera.id.
	GenericKeys []string
	// LabelKeys and ValueKeys describe key/value rows such as
	// {"type": "bone_mass", "value": 3.1}: the value leaf is read as if its
	// key were the label.
	LabelKeys, ValueKeys []string
	// TextKeys name fields of free text, scanned for what they embed.
	TextKeys []string
	// Records name kinds of record by their marker fields: an object with
	// a "loinc" field is a lab result. RecordTypes name them by the value
	// of a type field ({"resourceType": "Observation"}).
	Records, RecordTypes []Record
	// TypeKeys are fields whose value says what kind of record their
	// object is: resourceType, @type, kind.
	TypeKeys []string
	// DataLabelKeys are label keys whose value is data in its own right,
	// not only the name of the row's value: {"test": "Creatinine",
	// "value": 1.1} names a test someone took.
	DataLabelKeys []string
	// Synonyms write abbreviations of field names out: tkn means token,
	// pwd password, fw firmware.
	Synonyms []Synonym
}

// A Record is a kind of record and the fields (or, in RecordTypes, the
// type names) that mark an object as one. A field of such an object that
// says nothing by its own name is judged as a field of Kind: {"loinc":
// "2160-0", "test": "Creatinine"} reads as {"lab results": {"test":
// "Creatinine"}}.
type Record struct {
	Kind    string
	Markers []string
	Line    int
}

// A Synonym says that Word, in a field name, means the words of Means.
type Synonym struct {
	Word, Means string
	Line        int
}

// An Error is one problem of a rule file. It never carries a scanned value.
type Error struct {
	File string // the rule file
	Line int    // 1-based line, 0 if unknown
	Rule string // the rule id, if known
	Err  error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Rule != "" {
		fmt.Fprintf(&b, ": rule %s", e.Rule)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// An ErrorList is every problem found in rule files, in file and line order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Unwrap returns the errors of the list.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// ErrMatchTimeout is returned when a rule's expression ran past its time
// limit on a value. The value is not part of the error.
var ErrMatchTimeout = errors.New("rule expression timed out")

// A TimeoutError says which rule timed out.
type TimeoutError struct {
	Rule string
}

func (e *TimeoutError) Error() string { return "rule " + e.Rule + ": expression timed out" }

func (e *TimeoutError) Unwrap() error { return ErrMatchTimeout }
