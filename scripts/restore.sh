#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into FirstMile's database, replacing what is there, in one
# transaction (all or nothing). Stop FirstMile first. Usage: scripts/restore.sh [--yes] file
# Reads FIRSTMILE_DB_URL / FIRSTMILE_DB_USER / FIRSTMILE_DB_PASSWORD, or uses the embedded database of scripts/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/db-env.sh

confirmed=false
if [ "${1:-}" = "--yes" ]; then
    confirmed=true
    shift
fi
file="${1:?Usage: scripts/restore.sh [--yes] backups/firstmile-....dump}"
if [ ! -f "$file" ]; then
    echo "No backup file $file" >&2
    exit 1
fi
if [ -f "$file.sha256" ]; then
    (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256") \
        || { echo "$file does not match its SHA-256: not restoring a damaged backup" >&2; exit 1; }
fi
firstmile_db_env
if [ "$confirmed" != true ]; then
    read -r -p "Replace everything in database $PGDATABASE on $PGHOST:$PGPORT with $file? Type yes: " answer
    [ "$answer" = yes ] || { echo "Nothing restored."; exit 1; }
fi
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
    --dbname="$PGDATABASE" "$file"
echo "Restored $file into $PGDATABASE on $PGHOST:$PGPORT"
