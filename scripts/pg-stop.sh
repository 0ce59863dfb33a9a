#!/usr/bin/env bash
# Stop the throwaway PostgreSQL cluster started by pg-start.sh; --purge also deletes it.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pgdir=${SITREP_PG_DIR:-$repo/.pgdata}
if [ -z "${SITREP_PG_DIR:-}" ] && [ ! -d "$pgdir" ]; then
  pgdir=/tmp/sitrep-pg-$(echo "$repo" | md5sum | cut -c1-8)
fi
data=$pgdir/data
if [ ! -f "$data/PG_VERSION" ]; then
  echo "pg-stop: no cluster in $pgdir" >&2
  exit 0
fi
bindir=
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  [ -x "$d/pg_ctl" ] && { bindir=$d; break; }
done
[ -n "$bindir" ] || bindir=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
if [ "$(id -u)" -eq 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi

if as_pg "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  as_pg "$bindir/pg_ctl" -D "$data" -m fast -w stop >&2
fi
if [ "${1:-}" = "--purge" ]; then
  rm -rf "$pgdir"
  echo "pg-stop: removed $pgdir" >&2
fi
