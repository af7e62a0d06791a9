#!/usr/bin/env bash
# test.sh: runs scrub.sh against a real PostgreSQL server and checks what
# comes out.
#
# It starts a throw-away server from Debian's packages (initdb into a
# temporary folder, listening on a unix socket only, as the postgres user
# when run as root), fills a table with synthetic people, devices and
# networks, scrubs it with scrub.sh, loads the result back into a jsonb
# table and checks with SQL: every row out, the same keys in every row,
# no raw sensitive value anywhere, people pseudonymised consistently. It
# also checks that the COPY ... CSV form of the recipe gives the same
# lines. The server is stopped and the folder removed on exit.
#
#   LEAKSCOPE=/path/to/leakscope examples/postgres/test.sh
#
# Exit status 77 (and a message) when PostgreSQL's server programs are not
# installed (apt-get install -y postgresql).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
LEAKSCOPE=${LEAKSCOPE:-leakscope}
export LEAKSCOPE
ROWS=${ROWS:-500}

bindir=""
for d in "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/*/bin; do
	if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
		bindir=$d
	fi
done
if [[ -z "$bindir" ]]; then
	echo "test.sh: PostgreSQL's server programs (initdb, pg_ctl) are not installed: apt-get install -y postgresql" >&2
	exit 77
fi

tmp=$(mktemp -d)
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
	# The server refuses to run as root.
	chown postgres: "$tmp"
	as_pg=(runuser -u postgres --)
fi
cleanup() {
	"${as_pg[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT

"${as_pg[@]}" "$bindir/initdb" -D "$tmp/data" -U postgres -A trust --no-sync -E UTF8 --locale=C >"$tmp/initdb.log" 2>&1 ||
	{ cat "$tmp/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 \
	-o "-k $tmp -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null ||
	{ cat "$tmp/server.log" >&2; exit 1; }

export PGHOST=$tmp PGUSER=postgres PGDATABASE=postgres
sql() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

# Synthetic rows: every value made up, shaped like a smart-home user table.
sql -v rows="$ROWS" <<'SQL'
CREATE TABLE users (
	id          integer PRIMARY KEY,
	email       text,
	full_name   text,
	phone       text,
	password    text,
	api_token   text,
	wifi_ssid   text,
	home_ip     inet,
	camera_mac  text,
	camera      jsonb,
	notes       text,
	height_cm   integer,
	is_pregnant boolean,
	plan        text,
	created_at  timestamptz
);
INSERT INTO users
SELECT i,
	'user' || i || '.' || (ARRAY['garcia','smith','novak','tanaka'])[1 + i % 4] || '@example.org',
	(ARRAY['Ana','Ben','Chloé','Dmitri','Eun-ji'])[1 + i % 5] || ' ' || (ARRAY['García','Smith','Novák','Tanaka'])[1 + i % 4],
	'+1 415 555 ' || lpad((1000 + i)::text, 4, '0'),
	'S3cret-pass-' || i || '!',
	'Atza|IwEBIExampleAccessToken' || md5(i::text),
	'HomeNet-' || i || '-5G',
	('192.168.' || (i % 250) || '.' || (2 + i % 200))::inet,
	upper(substr(md5('mac' || i), 1, 2) || ':' || substr(md5('mac' || i), 3, 2) || ':' || substr(md5('mac' || i), 5, 2) || ':' ||
	      substr(md5('mac' || i), 7, 2) || ':' || substr(md5('mac' || i), 9, 2) || ':' || substr(md5('mac' || i), 11, 2)),
	jsonb_build_object('model', 'WYZEC2', 'firmware_ver', '4.9.6.' || (100 + i % 50), 'nickname', 'Baby room ' || i, 'gateway', '10.0.' || (i % 200) || '.1'),
	CASE WHEN i % 3 = 0 THEN 'Called ' || 'user' || i || '.' || (ARRAY['garcia','smith','novak','tanaka'])[1 + i % 4] || '@example.org about the camera, back slash \ and "quotes"'
	     ELSE 'Renewal reminder sent' END,
	150 + i % 50,
	i % 7 = 0,
	(ARRAY['free','pro','family'])[1 + i % 3],
	timestamptz '2019-06-01 00:00:00+00' + i * interval '1 hour'
FROM generate_series(1, :rows) AS i;
SQL

export LEAKSCOPE_KEY="a key for this test only, 32 b+"
out=$tmp/users.scrubbed.ndjson
"$here/scrub.sh" users --hash contact --drop credential --quarantine "$tmp/rejects.ndjson" --quiet >"$out"

# The COPY form of the recipe gives the same lines.
sql -c "COPY (SELECT row_to_json(t) FROM users t) TO STDOUT WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')" |
	"$LEAKSCOPE" redact --hash contact --drop credential --quiet | cmp -s - "$out" ||
	{ echo "test.sh: the COPY form gave other lines than psql -At" >&2; exit 1; }

# Back into PostgreSQL, and checked there.
sql -c "CREATE TABLE scrubbed (doc jsonb)"
sql -c "\copy scrubbed (doc) FROM '$out' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02')"

fail=0
check() { # check WHAT WANT SQL
	local got
	got=$(sql -c "$3")
	if [[ "$got" != "$2" ]]; then
		echo "test.sh: $1: want $2, got $got" >&2
		fail=1
	else
		echo "ok: $1 ($got)"
	fi
}
check "rows in" "$ROWS" "SELECT count(*) FROM users"
check "rows out" "$ROWS" "SELECT count(*) FROM scrubbed"
check "rows whose keys changed (credentials dropped)" "0" "
	SELECT count(*) FROM users u JOIN scrubbed s ON (s.doc->>'id')::int = u.id
	WHERE (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(s.doc) k)
	   IS DISTINCT FROM (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(to_jsonb(u) - 'password' - 'api_token') k)"
check "raw sensitive values left" "0" "
	SELECT count(*) FROM users u JOIN scrubbed s ON (s.doc->>'id')::int = u.id
	WHERE position(u.email IN s.doc::text) > 0 OR position(u.full_name IN s.doc::text) > 0
	   OR position(u.phone IN s.doc::text) > 0 OR position(u.password IN s.doc::text) > 0
	   OR position(u.api_token IN s.doc::text) > 0 OR position(u.wifi_ssid IN s.doc::text) > 0
	   OR position(host(u.home_ip) IN s.doc::text) > 0 OR position(u.camera_mac IN s.doc::text) > 0
	   OR position(u.camera->>'nickname' IN s.doc::text) > 0"
check "e-mails pseudonymised" "$ROWS" "SELECT count(*) FROM scrubbed WHERE doc->>'email' ~ '^h:[0-9a-f]{20}$'"
check "one pseudonym per e-mail, in its field and in the notes" "0" "
	SELECT count(*) FROM scrubbed WHERE doc->>'notes' LIKE 'Called h:%' AND position(doc->>'email' IN doc->>'notes') = 0"
check "free text keeps its words, escapes and all" "$((ROWS / 3))" "
	SELECT count(*) FROM scrubbed WHERE doc->>'notes' ~ '^Called h:[0-9a-f]{20} about the camera'
	   AND position(E'back slash \\\\ and \"quotes\"' IN doc->>'notes') > 0"
check "home addresses still private" "$ROWS" "SELECT count(*) FROM scrubbed WHERE (doc->>'home_ip')::inet << inet '192.168.0.0/16'"
check "device models masked" "0" "SELECT count(*) FROM scrubbed WHERE doc->'camera'->>'model' <> '****'"
check "untouched fields kept" "$ROWS" "
	SELECT count(*) FROM users u JOIN scrubbed s ON (s.doc->>'id')::int = u.id
	WHERE s.doc->>'plan' = u.plan AND (s.doc->>'created_at')::timestamptz = u.created_at"
if [[ -s "$tmp/rejects.ndjson" ]]; then
	echo "test.sh: rows were quarantined" >&2
	fail=1
else
	echo "ok: nothing quarantined"
fi
exit $fail
