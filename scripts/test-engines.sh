#!/usr/bin/env bash
# Throwaway engines for the tests: a PostgreSQL 15 server and an S3 endpoint (s3rver), both on 127.0.0.1 and
# free ports, with their data in DIR. Nothing outlives `stop`.
#   bash scripts/test-engines.sh start DIR   # installs PostgreSQL 15 from Debian when missing; writes DIR/env
#   bash scripts/test-engines.sh stop DIR
# DIR/env exports TEST_POSTGRES_URL (a superuser URL: tests create their own databases) and TEST_S3_* settings.
set -euo pipefail
cd "$(dirname "$0")/.."
action="${1:?start|stop}"
dir="${2:?a folder for the engines data}"
pg_bin=/usr/lib/postgresql/15/bin

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start_postgres() {
  if [ ! -x "$pg_bin/initdb" ]; then
    echo "Installing PostgreSQL 15 from Debian"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    # The tests start their own throwaway server: the package must not create and start a system one.
    $sudo mkdir -p /etc/postgresql-common
    [ -f /etc/postgresql-common/createcluster.conf ] ||
      echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      -o Dpkg::Options::=--force-confold postgresql
  fi
  # Debian bookworm's `postgresql` is 15; on a newer release take the version it brought.
  if [ ! -x "$pg_bin/initdb" ]; then pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"; fi
  local port
  port="$(free_port)"
  mkdir -p "$dir/pg"
  # initdb refuses to run as root: the server runs as the `postgres` user the Debian package creates.
  chown postgres "$dir/pg"
  chmod 755 "$dir"
  as_pg=()
  if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$dir/pg/data" -U postgres -A trust --no-sync >"$dir/pg/initdb.log"
  # Durability is not under test here: no fsync keeps the suite fast on a shared machine.
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  echo "$pg_bin" >"$dir/pg/bin"
  echo "export TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$port/postgres" >>"$dir/env"
  echo "PostgreSQL 15 on 127.0.0.1:$port"
}

start_s3() {
  local port
  port="$(free_port)"
  mkdir -p "$dir/s3"
  nohup node node_modules/s3rver/bin/s3rver.js -d "$dir/s3" -a 127.0.0.1 -p "$port" --silent \
    --configure-bucket o1-test >"$dir/s3.log" 2>&1 &
  echo $! >"$dir/s3.pid"
  for _ in $(seq 1 100); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then break; fi
    sleep 0.1
  done
  {
    echo "export TEST_S3_ENDPOINT=http://127.0.0.1:$port"
    echo "export TEST_S3_BUCKET=o1-test"
    # s3rver's fixed credentials; it checks SigV4 signatures made with them.
    echo "export TEST_S3_ACCESS_KEY_ID=S3RVER"
    echo "export TEST_S3_SECRET_ACCESS_KEY=S3RVER"
  } >>"$dir/env"
  echo "s3rver on 127.0.0.1:$port"
}

case "$action" in
  start)
    mkdir -p "$dir"
    : >"$dir/env"
    start_postgres
    start_s3
    ;;
  stop)
    if [ -f "$dir/s3.pid" ]; then kill "$(cat "$dir/s3.pid")" 2>/dev/null || true; fi
    if [ -d "$dir/pg/data" ]; then
      as_pg=()
      if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); fi
      if [ -f "$dir/pg/bin" ]; then pg_bin="$(cat "$dir/pg/bin")"; fi
      "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
