// Package bench holds leakscope's benchmarks over corpus data, with the
// baselines they are compared with.
//
//	go test -run '^$' -bench . -benchtime 3x ./bench/
//
// The large sizes are skipped under -short.
package bench
