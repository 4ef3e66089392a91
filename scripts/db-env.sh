# Sourced by backup.sh, restore.sh and backup-check.sh: turns FirstMile's database settings into libpq's.
# FIRSTMILE_DB_URL (jdbc:postgresql://host:port/database), FIRSTMILE_DB_USER and FIRSTMILE_DB_PASSWORD, as FirstMile
# itself reads them; without FIRSTMILE_DB_URL, the embedded database of scripts/run.sh (127.0.0.1, port
# FIRSTMILE_EMBEDDED_DB_PORT or 54329, database firstmile, user postgres), which must be running.

firstmile_db_env() {
    local url="${FIRSTMILE_DB_URL:-jdbc:postgresql://127.0.0.1:${FIRSTMILE_EMBEDDED_DB_PORT:-54329}/firstmile}"
    local rest="${url#jdbc:postgresql://}"
    if [ "$rest" = "$url" ]; then
        echo "FIRSTMILE_DB_URL must look like jdbc:postgresql://host:port/database, not $url" >&2
        return 1
    fi
    rest="${rest%%\?*}"
    local hostport="${rest%%/*}"
    export PGDATABASE="${rest#*/}"
    export PGHOST="${hostport%%:*}"
    if [ "$hostport" != "$PGHOST" ]; then
        export PGPORT="${hostport##*:}"
    else
        export PGPORT=5432
    fi
    if [ -n "${FIRSTMILE_DB_URL:-}" ]; then
        export PGUSER="${FIRSTMILE_DB_USER:-firstmile}"
    else
        export PGUSER="${FIRSTMILE_DB_USER:-postgres}"
    fi
    if [ -n "${FIRSTMILE_DB_PASSWORD:-}" ]; then
        export PGPASSWORD="$FIRSTMILE_DB_PASSWORD"
    fi
    for tool in pg_dump pg_restore psql; do
        if ! command -v "$tool" >/dev/null; then
            echo "$tool is missing: install the PostgreSQL client (Debian: apt-get install postgresql-client)" >&2
            return 1
        fi
    done
}
