#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for sitrep's tests and benchmark; print its URL.
#
# Idempotent: a second run finds the running cluster and prints the same URL.
# Installs Debian's postgresql when absent (needs root). PostgreSQL refuses to
# run as root, so as root the cluster is owned and run by the `postgres` user.
# The cluster listens on 127.0.0.1 only, with trust authentication: it is for
# tests on this machine, never for real data.
#   SITREP_PG_DIR   cluster directory (default: <repo>/.pgdata, or a /tmp dir
#                   when the postgres user cannot reach the repo)
#   SITREP_PG_PORT  port (default: a free one, remembered in the cluster dir)
#   SITREP_PG_DB    database name (default: sitrep)
# Output: the SITREP_DATABASE_URL on stdout; progress on stderr.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
db=${SITREP_PG_DB:-sitrep}
log() { echo "pg-start: $*" >&2; }

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(readlink -f "$(command -v pg_ctl)")"; return 0; }
  return 1
}

bindir=$(find_bindir) || {
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL is not installed and we are not root: apt-get install postgresql first"
    exit 1
  fi
  log "installing Debian's postgresql (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  bindir=$(find_bindir) || { log "postgresql installed but pg_ctl not found"; exit 1; }
}

if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

pgdir=${SITREP_PG_DIR:-$repo/.pgdata}
if [ -z "${SITREP_PG_DIR:-}" ] && [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$repo"; then
  pgdir=/tmp/sitrep-pg-$(echo "$repo" | md5sum | cut -c1-8)
fi
if [ ! -d "$pgdir" ]; then
  mkdir -p "$pgdir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$pgdir"
  chmod 700 "$pgdir"
fi
data=$pgdir/data
sock=$pgdir/sock

if [ ! -f "$data/PG_VERSION" ]; then
  log "initdb in $data"
  as_pg mkdir -p "$data" "$sock"
  as_pg "$bindir/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
    || as_pg "$bindir/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C >&2
fi

portfile=$pgdir/port
running=0
as_pg "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1 && running=1
if [ "$running" = 1 ] && [ -s "$portfile" ]; then
  port=$(cat "$portfile")  # the port it was started on
elif [ -n "${SITREP_PG_PORT:-}" ]; then
  port=$SITREP_PG_PORT
elif [ -s "$portfile" ]; then
  port=$(cat "$portfile")
else
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 54329)
fi

if [ "$running" = 0 ]; then
  echo "$port" | as_pg tee "$portfile" >/dev/null
  log "starting on 127.0.0.1:$port"
  as_pg "$bindir/pg_ctl" -D "$data" -l "$pgdir/server.log" -w -t 60 \
    -o "-p $port -k $sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >&2 || { tail -n 20 "$pgdir/server.log" >&2 || true; exit 1; }
fi

psql=("$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)
if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
  "${psql[@]}" -c "CREATE DATABASE \"$db\"" >&2
fi
echo "postgresql://postgres@127.0.0.1:$port/$db"
