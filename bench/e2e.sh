#!/usr/bin/env bash
# End to end: make a dump of GB gigabytes with the corpus generator, then
# time the CLI on it (1 core, all cores), and jq for comparison, with the
# peak resident memory of each.
#
#   bench/e2e.sh [GB] [SCHEMA]     e.g. bench/e2e.sh 2, bench/e2e.sh 1 wyze-user
#
# The dump is kept in ${TMPDIR:-/tmp} and reused by later runs of the same
# size and schema.
set -euo pipefail
cd "$(dirname "$0")/.."
gb="${1:-1}"
schema="${2:-}"
dir="${TMPDIR:-/tmp}"
name="leakscope-e2e-${gb}g${schema:+-$schema}.ndjson"
dump="$dir/$name"
bin="$dir/leakscope-e2e"
go build -o "$bin" ./cmd/leakscope
if [ ! -s "$dump" ]; then
	# About 800 bytes a document over all schemas; corpusgen writes ~10 MB/s.
	n=$(awk -v g="$gb" 'BEGIN { printf "%d", g * 1e9 / 800 }')
	echo "making $dump: $n documents" >&2
	go run ./corpus/cmd/corpusgen -seed 7 -n "$n" ${schema:+-schema "$schema"} -o "$dump"
fi
size=$(stat -c %s "$dump")
# Warm the page cache so that every run reads from memory.
cat "$dump" >/dev/null
docs=$(wc -l <"$dump")
run() { # label, command...
	local label="$1"
	shift
	local out
	out=$({ /usr/bin/time -f '%e %M' "$@" >/dev/null; } 2>&1 | tail -1)
	local secs="${out% *}" kb="${out#* }"
	awk -v l="$label" -v s="$secs" -v kb="$kb" -v b="$size" -v d="$docs" 'BEGIN {
		printf "| %s | %.1f | %.0f | %.0f | %.0f |\n", l, b / 1e6 / s, d / s, kb / 1024, s }'
}
echo "dump: $dump, $((size / 1000000)) MB, $docs documents, $(nproc) cores"
echo
echo "| command | MB/s | records/s | peak RSS MB | seconds |"
echo "|---|---:|---:|---:|---:|"
run "leakscope scan --format ndjson, 1 core" env GOMAXPROCS=1 "$bin" scan --format ndjson --quiet "$dump"
run "leakscope scan --format ndjson, $(nproc) cores" "$bin" scan --format ndjson --quiet "$dump"
if command -v jq >/dev/null; then
	run "jq -c ." jq -c . "$dump"
fi
