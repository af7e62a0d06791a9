#!/usr/bin/env bash
# scrub.sh TABLE [leakscope redact flags...]
#
# Writes the rows of a PostgreSQL table to standard output as NDJSON, one
# JSON object a row, scrubbed by leakscope redact on their way out. The
# connection comes from libpq's variables (PGHOST, PGPORT, PGDATABASE,
# PGUSER, PGPASSFILE...); the flags go to leakscope redact. For example,
# into an analytics database:
#
#   export LEAKSCOPE_KEY="$(cat /run/secrets/pseudonym-key)"
#   PGDATABASE=prod ./scrub.sh users --hash contact --drop credential \
#       --quarantine rejects.ndjson \
#     | PGDATABASE=analytics psql -c "\copy users_scrubbed (doc) FROM STDIN WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')"
#
# Why psql -At and not COPY ... TO STDOUT: COPY's text format escapes
# backslashes, so a JSON escape such as \n would come out as \\n and the
# line would no longer be the row's JSON. Unaligned, tuples-only psql
# prints each row_to_json value as it is, one line each (JSON has no raw
# newlines). COPY works too in CSV format with a quote and a delimiter that
# JSON never holds unescaped, as the load above does:
#
#   COPY (SELECT row_to_json(t) FROM users t) TO STDOUT WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')
#
# The exit status is leakscope's: 3 if some row could not be read (it is
# then in the quarantine file, never in the output), and psql's if the
# query fails.
set -euo pipefail

if [[ $# -lt 1 ]]; then
	echo "usage: scrub.sh TABLE [leakscope redact flags...]" >&2
	exit 2
fi
table=$1
shift

# The table name is quoted as an identifier by psql (:"table"), so that
# no name can inject SQL.
psql -X -q -v ON_ERROR_STOP=1 -v table="$table" -At -f - <<'SQL' | "${LEAKSCOPE:-leakscope}" redact "$@"
SELECT row_to_json(t) FROM :"table" t;
SQL
