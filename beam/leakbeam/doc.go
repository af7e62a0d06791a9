// Package leakbeam runs leakscope inside Apache Beam, for inputs larger
// than one machine: Dataflow, Flink, Spark, or Prism on one machine.
//
// # Transforms
//
//	docs, files := leakbeam.ReadDocuments(s, leakbeam.ReadOptions{}, "gs://bucket/dump-*.ndjson.gz")
//	rep := leakbeam.Report(s, cfg, docs)                  // one *classify.Report
//	lines := leakbeam.Findings(s, cfg, docs)             // NDJSON findings lines
//	out, refused := leakbeam.Redact(s, cfg, rc, docs)    // scrubbed documents
//
// ScanReport does what `leakscope scan --format json` does to the same
// files, and WriteReport writes it in the same bytes; WriteSharded writes
// lines to sharded files.
//
// # Input
//
// Plain NDJSON is split into blocks read in parallel; a compressed file
// (gzip, zstd, bzip2) is read whole by one worker; a file that is not
// NDJSON for certain (a top-level array, pretty-printed JSON) is handed
// whole to the library, which frames it as `leakscope scan` does. A
// document's address is its file and byte offset: a split file has no
// document or line numbers. Beam's textio is not used: it loses the
// lines of a gzip file past its compressed size.
//
// # Workers
//
// Each DoFn builds its classifier in Setup from a Config, which travels
// with the pipeline: rule files by content, never by a path a worker may
// not see. One classifier is built per worker process and Config, shared
// by the DoFn instances of the process.
//
// # Reports
//
// Report adds each bundle's documents to a classify.Report on the worker
// that classified them, and merges the bundles' reports with
// MergeReportsFn, a CombineFn whose accumulators are the reports
// themselves, encoded by Beam in their stable JSON form. Merging is
// associative and commutative, and distinct counts are HyperLogLog
// sketches that merge exactly, so the result is the report one machine
// makes of the same documents.
//
// # Secrets
//
// Reports carry counts, masked samples and sketches of value hashes;
// findings lines carry paths, never values; the pseudonym key of Redact
// is read by each worker from where RedactConfig says, and is never part
// of the pipeline.
package leakbeam
