#!/usr/bin/env bash
# run.sh compares leakscope with gitleaks, redact-pii and
# @zapier/secret-scrubber on the corpus and prints Markdown tables.
#
#   bench/compare/run.sh [-sets holdout,blindset2] [-n 3000] [-seed 1] [-tools ...]
#
# It installs the npm peers from package-lock.json (npm ci) unless
# node/node_modules is already there, so it runs offline once installed.
# Needs go, node and npm; not part of .ci/run, since it downloads packages.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
if [[ ! -d node/node_modules ]]; then
	(cd node && npm ci --no-audit --no-fund --ignore-scripts)
fi
exec go run ./cmd/compare "$@"
