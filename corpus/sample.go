package corpus

// The Wyze-shaped sample in examples/data: 300 documents, mostly wyze-user,
// with body metrics of beta testers and OAuth integrations. TestSample
// checks that it is what the generator makes; rewrite it with
// `go generate ./corpus` (or `go test ./corpus -run TestSample -update`).
//
//go:generate go run ./cmd/corpusgen -seed 1 -n 300 -schema wyze-user:6,body-metrics:2,oauth-integrations:2 -o ../examples/data/wyze-sample.ndjson -labels ../examples/data/wyze-sample.labels.ndjson
