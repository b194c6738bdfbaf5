#!/usr/bin/env bash
# Runs the server's tests against a real, throwaway PostgreSQL server.
#
# initdb's a cluster in a temporary directory, starts it on a free loopback port (trust
# authentication, reachable only from this machine), exports CONTACTKIT_TEST_POSTGRES_URL,
# runs `cargo test -p contactkit-server --features postgres` (extra arguments are passed
# to cargo test), then stops the server and deletes the cluster, also on failure.
#
# PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user
# (Debian's package creates it) or, failing that, `nobody`; cargo still runs as you.
# Needs PostgreSQL's server binaries (Debian: `apt-get install postgresql`); PG_BIN may
# name their directory.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${PG_BIN:-}" ]; then
  if command -v initdb >/dev/null 2>&1; then
    PG_BIN=$(dirname "$(readlink -f "$(command -v initdb)")")
  else
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
fi
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "test-postgres.sh: PostgreSQL server binaries not found (apt-get install postgresql, or set PG_BIN)" >&2
  exit 1
fi

run_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  if id postgres >/dev/null 2>&1; then PG_USER=postgres; else PG_USER=nobody; fi
  run_pg() { runuser -u "$PG_USER" -- "$@"; }
fi

DIR=$(mktemp -d /tmp/contactkit-pg.XXXXXX)
chmod 700 "$DIR"
if [ "$(id -u)" = 0 ]; then chown "$PG_USER" "$DIR"; fi
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cleanup() {
  run_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT

run_pg "$PG_BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
run_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_connections=200 -c fsync=off" start >/dev/null \
  || { cat "$DIR/server.log" >&2; exit 1; }
echo "test-postgres.sh: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"

export CONTACTKIT_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
cargo test -p contactkit-server --features postgres "$@"
