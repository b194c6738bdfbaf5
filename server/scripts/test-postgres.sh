#!/usr/bin/env bash
# Runs the server's tests against real, throwaway PostgreSQL servers.
#
# initdb's two clusters in a temporary directory, starts them on free loopback ports
# (trust authentication, reachable only from this machine), runs
# `cargo test -p contactkit-server --features postgres` (extra arguments are passed to
# cargo test), then stops the servers and deletes the clusters, also on failure.
#
# The first cluster is shared by the tests (each creates its own database in it):
#   CONTACTKIT_TEST_POSTGRES_URL   postgres://postgres@127.0.0.1:PORT/postgres
# The second is for the one test that stops and starts its server mid-run, so that no
# other test sees it down:
#   CONTACTKIT_TEST_PG_FAULT_URL   its URL
#   CONTACTKIT_TEST_PG_DATA        its data directory (settings in its postgresql.conf,
#                                  so a bare `pg_ctl -D DATA start` brings it back as it was)
#   CONTACTKIT_TEST_PG_CTL         the pg_ctl to stop and start it with
#   CONTACTKIT_TEST_PG_RUNAS       the prefix that runs pg_ctl as the cluster's owner when
#                                  this script runs as root (`runuser -u postgres --`),
#                                  empty otherwise
#
# PostgreSQL refuses to run as root: as root, the servers run as the `postgres` user
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

RUNAS=""
if [ "$(id -u)" = 0 ]; then
  if id postgres >/dev/null 2>&1; then PG_USER=postgres; else PG_USER=nobody; fi
  RUNAS="runuser -u $PG_USER --"
fi
run_pg() { $RUNAS "$@"; }

DIR=$(mktemp -d /tmp/contactkit-pg.XXXXXX)
chmod 700 "$DIR"
if [ -n "$RUNAS" ]; then chown "$PG_USER" "$DIR"; fi
read -r PORT FAULT_PORT < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))')

cleanup() {
  for data in "$DIR/data" "$DIR/fault"; do
    run_pg "$PG_BIN/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  done
  rm -rf "$DIR"
}
trap cleanup EXIT

# A cluster whose settings live in its postgresql.conf (not on pg_ctl's command line).
start_cluster() { # data-dir port
  run_pg "$PG_BIN/initdb" -D "$1" -U postgres --auth=trust --encoding=UTF8 --no-locale --no-sync >"$1.initdb.log" 2>&1 \
    || { cat "$1.initdb.log" >&2; exit 1; }
  cat >>"$1/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $2
unix_socket_directories = '$DIR'
max_connections = 200
fsync = off
CONF
  run_pg "$PG_BIN/pg_ctl" -D "$1" -l "$1/pg_ctl.log" -w start >/dev/null \
    || { cat "$1/pg_ctl.log" >&2; exit 1; }
}
start_cluster "$DIR/data" "$PORT"
start_cluster "$DIR/fault" "$FAULT_PORT"
echo "test-postgres.sh: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (and :$FAULT_PORT for the stop/start test)"

export CONTACTKIT_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
export CONTACTKIT_TEST_PG_FAULT_URL="postgres://postgres@127.0.0.1:$FAULT_PORT/postgres"
export CONTACTKIT_TEST_PG_DATA="$DIR/fault"
export CONTACTKIT_TEST_PG_CTL="$PG_BIN/pg_ctl"
export CONTACTKIT_TEST_PG_RUNAS="$RUNAS"
cargo test -p contactkit-server --features postgres "$@"
