#!/usr/bin/env bash
# Start a PostgreSQL server on localhost for the store tests (idempotent).
# Installs Debian's postgresql package with apt-get when it is missing, creates the cluster's
# "khabar" role and "khabar_test" database, and prints the URL to export as KHABAR_TEST_PG:
#   export KHABAR_TEST_PG=$(scripts/start_postgres.sh)
set -euo pipefail
PORT="${KHABAR_PG_PORT:-5432}"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
as_postgres() { if [ -z "$SUDO" ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
fi
VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1"-"$2}' | grep -qx "${VERSION}-main"; then
    $SUDO pg_createcluster "$VERSION" main --port "$PORT" >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -qx online; then
    $SUDO pg_ctlcluster "$VERSION" main start >&2
fi
for _ in $(seq 1 30); do
    if as_postgres psql -qAt -p "$PORT" -c "select 1" >/dev/null 2>&1; then break; fi
    sleep 1
done
psql_admin() { as_postgres psql -qAt -p "$PORT" -v ON_ERROR_STOP=1 "$@"; }
if [ "$(psql_admin -c "select 1 from pg_roles where rolname='khabar'")" != 1 ]; then
    psql_admin -c "create role khabar login password 'khabar' createdb" >&2
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname='khabar_test'")" != 1 ]; then
    psql_admin -c "create database khabar_test owner khabar" >&2
fi
echo "postgresql://khabar:khabar@localhost:${PORT}/khabar_test"
