package corpus

// The five categories of ../shared/CATEGORIES.md, in report order.
const (
	Credential      = "credential"
	Contact         = "contact"
	NetworkLayout   = "network-layout"
	DeviceInventory = "device-inventory"
	Health          = "health"
)

// Categories lists the five categories in report order.
var Categories = []string{Credential, Contact, NetworkLayout, DeviceInventory, Health}

// Hard kinds of leaves, reported apart by the scorer.
const (
	HardLanguage   = "language"   // keys in Spanish, German, French, Portuguese, ...
	HardObfuscated = "obfuscated" // f1, col_07, attr_3, key/value rows: only values and neighbours tell
	HardFreeText   = "freetext"   // support tickets, notes: values embedded in prose
	HardClinical   = "clinical"   // clinical records
)

// A Label says what one leaf of a document exposes.
type Label struct {
	// Categories lists every category the leaf must be tagged with.
	// Empty means the leaf is not sensitive.
	Categories []string `json:"categories,omitempty"`
	// AnyOf, when set, is a group of which the leaf must be tagged with at
	// least one, and any member is right (a MAC address: network-layout or
	// device-inventory; gender: health or contact).
	AnyOf []string `json:"any_of,omitempty"`
	// Decoy marks a look-alike that is not sensitive (token_count,
	// height_px, email_verified, a firmware version shaped like an IP).
	Decoy bool `json:"decoy,omitempty"`
	// Hard names the hard kind of the leaf, if any (Hard* constants).
	Hard string `json:"hard,omitempty"`
}

// A Doc is one generated document with a label for each of its leaves.
type Doc struct {
	JSON   []byte           // one JSON value on one line, no trailing newline
	Schema string           // the generator that made it, e.g. "wyze-user"
	Labels map[string]Label // every leaf, by RFC 6901 JSON Pointer from the root
}
