module github.com/leakscope/leakscope/bench

go 1.26.8

require (
	github.com/leakscope/leakscope v0.0.0
	github.com/valyala/fastjson v1.6.10
)

require (
	github.com/bits-and-blooms/bitset v1.24.2 // indirect
	github.com/bits-and-blooms/bloom/v3 v3.7.1 // indirect
	github.com/cespare/xxhash/v2 v2.3.0 // indirect
	github.com/dlclark/regexp2/v2 v2.12.0 // indirect
	github.com/klauspost/compress v1.20.3 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
)

replace github.com/leakscope/leakscope => ../
