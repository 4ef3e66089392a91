#!/usr/bin/env bash
# Proves a backup round trip: backs up FirstMile's database, restores it into a scratch database on the same server
# (firstmile_restore_check, dropped afterwards), and compares a checksum of every table (all rows, in a fixed order)
# and every sequence. Prints the differences and exits 1 if there are any. Needs the right to create a database.
# Run it while nothing writes to the database (FirstMile stopped or idle), or it reports those writes.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/db-env.sh
firstmile_db_env
source_db="$PGDATABASE"
scratch="${FIRSTMILE_RESTORE_CHECK_DB:-firstmile_restore_check}"
export PGOPTIONS="-c client_min_messages=warning"
work="$(mktemp -d)"
trap 'rm -rf "$work"; psql -q -d "$source_db" -c "DROP DATABASE IF EXISTS $scratch" >/dev/null 2>&1 || true' EXIT

checksums() {
    psql -At -d "$1" <<'SQL'
SELECT format('SELECT %L || '' '' || count(*) || '' '' || md5(coalesce(string_agg(t::text, E''\n'' ORDER BY t::text), '''')) FROM %s t',
              schemaname || '.' || tablename, quote_ident(schemaname) || '.' || quote_ident(tablename))
FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY schemaname, tablename
\gexec
SELECT format('SELECT %L || '' '' || last_value || '' '' || is_called FROM %s',
              schemaname || '.' || sequencename, quote_ident(schemaname) || '.' || quote_ident(sequencename))
FROM pg_sequences ORDER BY schemaname, sequencename
\gexec
SQL
}

checksums "$source_db" > "$work/before.txt"
if [ ! -s "$work/before.txt" ]; then
    echo "Database $source_db has no tables: nothing to check (has FirstMile ever started on it?)" >&2
    exit 1
fi
scripts/backup.sh "$work/check.dump" >/dev/null
psql -q -d "$source_db" -c "DROP DATABASE IF EXISTS $scratch" -c "CREATE DATABASE $scratch" >/dev/null
FIRSTMILE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$scratch" FIRSTMILE_DB_USER="$PGUSER" \
    scripts/restore.sh --yes "$work/check.dump" >/dev/null
checksums "$scratch" > "$work/after.txt"

tables=$(wc -l < "$work/before.txt")
if diff "$work/before.txt" "$work/after.txt"; then
    echo "Backup round trip OK: $tables tables and sequences of $source_db restored with identical checksums"
else
    echo "Backup round trip FAILED: the restored database differs (lines above: < original, > restored)" >&2
    exit 1
fi
