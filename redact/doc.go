// Package redact scrubs JSON documents on their way out of production: it
// gives the same JSON back with the values a classifier finds sensitive
// masked, pseudonymised or dropped, and every other byte as it was.
//
// # Use
//
// A Redactor is built once from a classifier, a policy and, if the policy
// hashes, a key; it is immutable and safe for concurrent use:
//
//	c, err := classify.New(nil, classify.Options{})
//	r, err := redact.New(c, redact.DefaultPolicy(), key)
//	out, stats, err := r.AppendDocument(out[:0], doc)            // one document
//	st, err := r.WriteNDJSON(ctx, in, w, redact.StreamOptions{}) // NDJSON, in order, on all cores
//
// # Policy
//
// A Policy gives each finding an Action: the first PathRule whose pattern
// (a JSON Pointer with * for one segment and ** for any number) and
// categories match, else the TypeRule of the finding's type, else the
// action of its category. The zero Policy masks all five categories. When
// a leaf's findings ask for different actions, the strongest wins: drop,
// then mask, then hash, then keep. Policy files (ParsePolicy) are YAML:
//
//	default: mask
//	categories: {credential: drop, contact: hash}
//	types: {ssid: keep}
//	paths:
//	  - {path: /debug/**, action: drop}
//
// # Actions
//
// Mask keeps the JSON type and, where it helps analytics, the shape: an
// e-mail keeps its domain (****@example.org); an IP address becomes a
// fixed address of its class (192.168.0.0 for 192.168.0.0/16, 10.0.0.0,
// 172.16.0.0, 100.64.0.0, 127.0.0.0, 169.254.0.0; 192.0.2.0 for any
// public address; fd00::, fe80:: and 2001:db8:: in IPv6), so private
// stays private and public stays public; a prefix keeps its length; a MAC
// address keeps its notation but not its vendor (which brands someone
// owns is device inventory); a URL keeps its scheme; any other string
// becomes ****, whatever its length. A number becomes its bucket, cut to
// its first significant digit (72.4 → 70, 181 → 100), unless it is a
// credential or contact (a PIN, a phone number as a number): then null,
// since any digit kept would leak. A boolean becomes null: a fixed true or
// false would be read as data.
//
// Hash writes a keyed pseudonym, h: and 20 hex digits (80 bits) of
// HMAC-SHA-256 of the value (unescaped, surrounding white space trimmed,
// a number as written): the same value gives the same pseudonym in every
// document, file, worker and run under one key, and another under another
// key. Two of n distinct values share a pseudonym with odds of about
// n²/2⁸¹. A number's pseudonym is a string; a boolean is masked.
//
// Drop removes an object member with its key and one comma, keeping the
// white space of the members around it. In an array the element becomes
// null, so that the indices of the elements after it stay; a document that
// is a single value becomes null.
//
// # Free text and JSON in strings
//
// A string of several words whose findings all come from the rules that
// search free text keeps its words: the rule set's finders are run on it
// again and only what they find is masked, hashed or cut, in place ("call
// **** after lunch"); words that announce a value stay ("my password is
// ****", "Thanks, ****"). A finding with no place in the text, or one that
// is the whole value, rewrites the whole value. Free text that speaks of
// health is masked whole: the finders name conditions and medicines, but
// the sentences around them say as much. A string that holds JSON is
// redacted inside, recursively, and written back as a string; if that does
// not account for every category found on the string (the classifier saw
// the inside in the string's context), the whole string is rewritten.
//
// A value removed from a document is often written again elsewhere in
// it, where the classifier, judging each leaf alone, may not have flagged
// it: after the leaves are rewritten, every string value of the output is
// searched for the removed values of four bytes or more, and each one
// found as a whole word is rewritten too: masked, or hashed if it was
// hashed; a dropped one is masked where it is a whole value and cut where
// it is part of one. Keys are never rewritten: they are the paths.
//
// # Escapes
//
// Findings carry the byte bounds of their leaf's token in the original
// document. A rewritten string is unescaped, rewritten and escaped again
// (invalid UTF-8 becomes U+FFFD); every byte outside the rewritten tokens
// is copied as it was, so key order, white space and escapes of untouched
// parts are kept, and leaf paths stay the same unless members are dropped.
//
// # Bad documents
//
// A document that cannot be read whole (not JSON, too deep, too large) or
// on which a rule timed out (so that some value went unchecked) is an
// error: AppendDocument appends nothing, and WriteNDJSON sends the
// document as it was read to StreamOptions.Quarantine and counts it, never
// to the output. Errors say where and what kind, never what.
//
// # Concurrency
//
// WriteNDJSON frames lines on one goroutine, redacts batches of them on
// the classifier's Options.Workers goroutines, each with its own scratch
// space, and writes them in input order; work in flight is bounded. A
// Redactor keeps per-goroutine scratch space in a sync.Pool, so that
// AppendDocument allocates nothing of its own once warm.
package redact
