// Package rules is leakscope's rule model: the YAML rule format, its
// compilation into matchers, validators, dictionaries, and the embedded
// default rule set.
//
// # Rule files
//
// A rule names a category and a type and gives evidence: key terms, that
// match the words of field names (fwVer, wifi_ssid, WiFi-Name), a value
// expression in regexp2's syntax, keywords, validators, an expression to
// find in free text. Parse reads a file and reports every problem at once,
// each with the file, the line and the rule id (an ErrorList of *Error).
//
// # Compilation
//
// Compile turns files into an immutable *Set, safe for concurrent use.
// Each expression runs on Go's linear-time engine when it accepts it, on a
// class-run matcher when it is of the simplest shape, and on regexp2 with a
// match timeout otherwise; a timeout is reported as a *TimeoutError that
// names the rule and never the value. A prefilter is derived from every
// expression: first bytes, byte classes that must or may occur, lengths,
// required literals.
//
// # Field names
//
// JudgeKey judges a field path: the words of the field name and its two
// ancestors, synonyms written out, against every rule's terms, through an
// index, once per distinct set of words.
//
// # Defaults
//
// Default returns the embedded rule set (rules/default/*.yaml) with its
// dictionaries (rules/dict/*.txt, Bloom filters), built on first use.
package rules
