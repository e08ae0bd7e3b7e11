#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for CI, on 127.0.0.1 only, in a temporary folder; nothing of the
# machine's own clusters is touched. Installs Debian's `postgresql` when it is missing (root only).
#
#   scripts/ci-postgres.sh start STATE_DIR   # starts it; writes the connection URL to STATE_DIR/url
#   scripts/ci-postgres.sh stop STATE_DIR    # stops it and deletes STATE_DIR
#
# No systemd is needed: initdb and pg_ctl run as the `postgres` user (initdb refuses root).
set -euo pipefail

command="${1:-}"
state="${2:-}"
if [[ -z "$command" || -z "$state" ]]; then
  echo "usage: $0 start|stop STATE_DIR" >&2
  exit 2
fi

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$dir" && -x "$dir/initdb" ]] && echo "$dir"
}

as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  if ! pg_bin >/dev/null; then
    if [[ "$(id -u)" != 0 ]]; then
      echo "ci-postgres: PostgreSQL is not installed and installing it needs root" >&2
      exit 1
    fi
    echo "ci-postgres: installing Debian's postgresql" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
  fi
  local bin port root
  bin="$(pg_bin)"
  mkdir -p "$state"
  root="$(mktemp -d "${TMPDIR:-/tmp}/jawda-pg.XXXXXX")"
  echo "$root" > "$state/root"
  [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$root"
  # A free port on loopback, chosen by the kernel.
  port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  as_postgres "$bin/initdb" -D "$root/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  as_postgres "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
    -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  echo "$bin" > "$state/bin"
  local password
  password="$(node -e "console.log(require('crypto').randomBytes(18).toString('base64url'))")"
  as_postgres "$bin/psql" -q -h "$root" -p "$port" -U postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE jawda LOGIN PASSWORD '$password'" -c "CREATE DATABASE jawda_test OWNER jawda" >/dev/null
  echo "postgresql://jawda:$password@127.0.0.1:$port/jawda_test" > "$state/url"
  echo "ci-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

stop() {
  [[ -f "$state/root" ]] || { rm -rf "$state"; return 0; }
  local root bin
  root="$(cat "$state/root")"
  bin="$(cat "$state/bin" 2>/dev/null || pg_bin || true)"
  if [[ -n "$bin" && -f "$root/data/postmaster.pid" ]]; then
    as_postgres "$bin/pg_ctl" -D "$root/data" -m fast -w -t 30 stop >/dev/null || true
  fi
  rm -rf "$root" "$state"
  echo "ci-postgres: stopped" >&2
}

case "$command" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
