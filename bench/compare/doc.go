// Package compare measures leakscope against the tools people would
// otherwise run to find sensitive values in JSON: gitleaks (as a Go
// library) for credentials, and the npm packages redact-pii and
// @zapier/secret-scrubber, on the labelled documents of the corpus.
//
// It is a module of its own so that the core module never depends on
// gitleaks or on Node.js.
//
// # Feeding
//
// Every peer is asked about one leaf at a time, so that it never has to
// make sense of JSON: a leaf is its value plus a key, either its field
// name (the last token of its JSON Pointer that is not an array index) or
// its dotted path (every such token, joined with "."). Each peer is run in
// each way of feeding that suits it (see Feed and GitleaksFeeds), and the
// summary gives each tool's best. leakscope is run on whole documents, as
// users run it, and also one leaf at a time, fed as {"key": value}, for a
// like-for-like row.
//
// # Scoring
//
// Per-leaf answers become findings at the leaf's path and go through
// corpus.Score, the scorer of the README's accuracy tables, so every row
// is scored by the same code at leaf level.
//
// # Secrets
//
// The corpus is synthetic; no table, error or log line carries a value.
package compare
