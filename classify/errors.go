package classify

import (
	"errors"
	"fmt"

	"github.com/leakscope/leakscope/rules"
)

// Sentinel errors. None of the errors of this package ever carries a
// scanned value: they say where and what kind, never what.
var (
	// ErrTooDeep: a document nests objects and arrays past Options.MaxDepth.
	ErrTooDeep = errors.New("nesting too deep")
	// ErrDocumentTooLarge: a document is over Options.MaxDocumentBytes.
	ErrDocumentTooLarge = errors.New("document too large")
	// ErrMatchTimeout: a rule's expression ran past its time limit.
	ErrMatchTimeout = rules.ErrMatchTimeout
)

// A SyntaxError is a document that is not valid JSON.
type SyntaxError struct {
	Offset int    // byte offset in the document where the problem is
	Msg    string // what is wrong, never the input
}

func syntaxErr(offset int, msg string) *SyntaxError { return &SyntaxError{Offset: offset, Msg: msg} }

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid JSON at byte %d: %s", e.Offset, e.Msg)
}

// A LimitError is a document that goes past one of the limits of Options.
type LimitError struct {
	Offset int    // byte offset in the document, where known
	Limit  string // which limit: "nesting depth", "document size"
	Max    int
	Err    error // ErrTooDeep or ErrDocumentTooLarge
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%v: over the %s limit of %d at byte %d", e.Err, e.Limit, e.Max, e.Offset)
}

func (e *LimitError) Unwrap() error { return e.Err }
