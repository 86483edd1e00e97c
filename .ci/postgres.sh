#!/usr/bin/env bash
# Installs (when missing) and starts a PostgreSQL server on 127.0.0.1:${PGPORT:-5432} for the database tests,
# with a superuser sbw/sbw that may create the per-test databases. Prints the URL to use as TEST_DATABASE_URL.
set -euo pipefail
port="${PGPORT:-5432}"
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
data="${PGDATA_DIR:-/tmp/sbw-pg-$port}"
if [ ! -s "$data/PG_VERSION" ]; then
  rm -rf "$data"; mkdir -p "$data"; chown postgres:postgres "$data"
  su postgres -c "$bin/initdb -D '$data' -A trust -U postgres" >/dev/null
fi
if ! su postgres -c "$bin/pg_ctl -D '$data' status" >/dev/null 2>&1; then
  su postgres -c "$bin/pg_ctl -D '$data' -l '$data/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=/tmp -c max_connections=200 -c fsync=off\" start" >/dev/null
fi
su postgres -c "psql -h 127.0.0.1 -p $port -U postgres -qtAc \"select 1 from pg_roles where rolname='sbw'\"" | grep -q 1 ||
  su postgres -c "psql -h 127.0.0.1 -p $port -U postgres -qc \"create role sbw login superuser password 'sbw'\""
echo "postgres://sbw:sbw@127.0.0.1:$port/postgres"
