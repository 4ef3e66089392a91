#!/usr/bin/env bash
# Backs up FirstMile's database with pg_dump (custom format: compressed, restorable table by table) and writes the
# file's SHA-256 beside it. Usage: scripts/backup.sh [file]   (default: backups/firstmile-<UTC time>.dump)
# Reads FIRSTMILE_DB_URL / FIRSTMILE_DB_USER / FIRSTMILE_DB_PASSWORD, or uses the embedded database of scripts/run.sh.
# A backup is consistent while FirstMile runs (pg_dump reads one snapshot). Evidence files live outside the database:
# copy FIRSTMILE_EVIDENCE_DIR (default data/evidence) as well.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/db-env.sh
firstmile_db_env

file="${1:-backups/firstmile-$(date -u +%Y%m%dT%H%M%SZ).dump}"
mkdir -p "$(dirname "$file")"
pg_dump --format=custom --no-owner --no-privileges --file="$file.part" "$PGDATABASE"
mv "$file.part" "$file"
(cd "$(dirname "$file")" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
echo "Backed up $PGDATABASE on $PGHOST:$PGPORT to $file ($(du -h "$file" | cut -f1))"
