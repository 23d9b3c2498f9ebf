#!/usr/bin/env bash
# Start a local PostgreSQL for the store tests and print the line to export:
#
#   eval "$(bash scripts/start_postgres.sh)"; export TECHTIES_TEST_PG_URL
#
# Installs postgresql when missing (Debian/Ubuntu, as root), starts the packaged cluster,
# and creates the role and database `techties` (the role may CREATE DATABASE: each test
# gets its own). Safe to run again. Only the export line goes to stdout; the rest to stderr.
set -euo pipefail

ROLE=techties
PASSWORD=${TECHTIES_PG_PASSWORD:-techties}
DATABASE=techties

log() { echo "start_postgres: $*" >&2; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q postgresql >&2
fi

VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main"' | grep -q .; then
  log "creating cluster $VERSION/main"
  pg_createcluster --encoding UTF8 --locale C.UTF-8 "$VERSION" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" && $4 == "online"' \
    | grep -q .; then
  log "starting cluster $VERSION/main"
  pg_ctlcluster "$VERSION" main start >&2
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')

for _ in $(seq 30); do
  pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 1
done

as_postgres psql -q -v ON_ERROR_STOP=1 -p "$PORT" -d postgres >&2 <<SQL
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', '$ROLE', '$PASSWORD')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') \gexec
ALTER ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD';
SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L LC_COLLATE %L LC_CTYPE %L',
              '$DATABASE', '$ROLE', 'UTF8', 'C', 'C')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DATABASE') \gexec
SQL

log "ready on 127.0.0.1:$PORT"
echo "TECHTIES_TEST_PG_URL=postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
