// Package corpus makes labelled, breach-shaped synthetic JSON documents and
// scores classifiers against them.
//
// # Documents
//
// [NewGenerator] returns a deterministic [Generator]: the same seed gives
// the same documents, byte for byte. Each document is one JSON object of
// one of [Schemas] (an Elasticsearch dump line of a Wyze-like user with
// cameras and tokens, body metrics of beta testers, router telemetry,
// OAuth integrations, account tables, customers, support tickets, clinical
// records, obfuscated key/value rows, device inventories, mongoexport
// lines, look-alike decoys, and records with Spanish, German, French,
// Portuguese, Italian or Dutch keys). Field names vary per document
// (snake_case, camelCase, kebab-case, abbreviations), optional fields come
// and go, and values take many formats, so no schema is a fixed template.
//
// Every leaf (string, number, boolean or null) of a document has a [Label]
// in [Doc.Labels], keyed by its RFC 6901 JSON Pointer; leaves that are not
// sensitive have an empty Label. The labels follow CATEGORIES.md; the
// choices it leaves open are written down in POLICY_NOTES.md beside this
// file. All values are synthetic: invented names, example and .test
// domains, fictional 555 phone numbers, private and documentation IP
// ranges, random tokens behind real public prefixes.
//
// # Scoring
//
// [Score] runs a [Classifier] over documents and counts true and false
// positives and false negatives per category, at leaf level and at path
// level (leaves grouped by schema and path with array indices wildcarded),
// plus the rate at which decoys are flagged and counts per hard kind and
// per schema. [Scores.WriteTable] prints them as Markdown.
//
// # Command
//
// corpus/cmd/corpusgen writes documents as NDJSON and their labels beside
// them.
package corpus
