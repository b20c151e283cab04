#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server: a cluster made in a temporary folder, on a
# free local port, its URL exported as POWER_TEST_POSTGRES, stopped and removed when the
# command ends (whatever way it ends). Used by `make test` and .ci/run, so that the tests that
# take a database run on SQLite and on PostgreSQL.
#
# - POWER_TEST_POSTGRES already set: that server is used as it is; nothing is started.
# - No PostgreSQL installed: as root it is installed (Debian's `postgresql` package); otherwise
#   the command runs on SQLite alone (the test summary says so), except under CI (CI=true),
#   where a missing server is an error.
# initdb refuses to run as root, so as root the cluster runs as the `postgres` user.
set -euo pipefail

if [ -n "${POWER_TEST_POSTGRES:-}" ]; then
  exec "$@"
fi

bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

no_server() {
  local why=$1
  shift
  if [ "${CI:-}" = "true" ]; then
    echo "with-postgres: $why (CI needs the PostgreSQL tests)" >&2
    exit 1
  fi
  echo "with-postgres: $why; the tests run on SQLite alone" >&2
  exec "$@"
}

if ! BIN=$(bindir); then
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    BIN=$(bindir) || { echo "with-postgres: postgresql installed but no initdb" >&2; exit 1; }
  else
    no_server "PostgreSQL is not installed (sudo apt-get install postgresql)" "$@"
  fi
fi

DIR=$(mktemp -d /tmp/power-pg.XXXXXX)
RUN=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  chown postgres "$DIR"
  RUN=(runuser -u postgres --)
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
  >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
# TLS on, as a camp server should have it (a self-signed certificate: the tests check that the
# connection is encrypted, docs/camp-server.md how to make a real one), when openssl is there.
SSL=""
if command -v openssl >/dev/null 2>&1 && openssl req -x509 -newkey rsa:2048 -nodes -days 2 \
    -subj "/CN=127.0.0.1" -keyout "$DIR/data/server.key" -out "$DIR/data/server.crt" \
    >/dev/null 2>&1; then
  chmod 600 "$DIR/data/server.key"
  [ "$(id -u)" -eq 0 ] && chown postgres "$DIR/data/server.key" "$DIR/data/server.crt"
  SSL="-c ssl=on"
fi
# fsync off: a test server that a crash may lose whole; the tests' own crash checks are of the
# program, not of the server's disk.
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 $SSL" \
  start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
export POWER_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on port $PORT" >&2
set +e
"$@"
code=$?
set -e
exit $code
