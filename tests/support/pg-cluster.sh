#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the sync tests (tests/sync), on a free local port.
#
#   pg-cluster.sh start DIR    initdb + pg_ctl start in DIR (as user postgres when run as root);
#                              writes DIR/url (a superuser URL) and prints it
#   pg-cluster.sh stop DIR     stop the cluster and remove DIR
#   pg-cluster.sh run -- CMD…  start a cluster in a temporary folder, run CMD with
#                              ONEWINDOW_TEST_PG_URL set, stop and remove the cluster on any exit
#
# ctest starts one by itself (fixture PgCluster: URL in <build>/pg-cluster/url) unless
# ONEWINDOW_TEST_PG_URL is already set, e.g. by packaging/test.sh through "run".
set -euo pipefail

pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
    echo "pg-cluster: initdb not found; install the package postgresql (packaging/install-deps.sh)" >&2
    return 1
}

free_port() {
    python3 - <<'PY' 2>/dev/null && return 0
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
    local port
    for port in $(seq 54330 54430); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
    done
    return 1
}

# Runs a command as the cluster's owner: postgres when we are root (initdb refuses root).
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local dir=$1 bin port
    bin=$(pg_bin)
    if [ -f "$dir/url" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        cat "$dir/url"
        return 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    port=$(free_port)
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
    # The superuser connects without a password (trust); every other role needs its password,
    # so that the tests exercise PGPASSWORD / ~/.pgpass as a workstation does.
    cat >"$dir/data/pg_hba.conf" <<HBA
local all postgres trust
local all all scram-sha-256
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir \
            -c fsync=off -c max_connections=200" start >/dev/null ||
        { cat "$dir/server.log" >&2; return 1; }
    echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/url"
    [ "$(id -u)" -eq 0 ] && chmod 755 "$dir" && chmod 644 "$dir/url"
    cat "$dir/url"
}

stop() {
    local dir=$1 bin
    bin=$(pg_bin)
    if [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
start)
    [ $# -eq 2 ] || { echo "usage: $0 start DIR" >&2; exit 2; }
    start "$2"
    ;;
stop)
    [ $# -eq 2 ] || { echo "usage: $0 stop DIR" >&2; exit 2; }
    stop "$2"
    ;;
fixture-start|fixture-stop)
    # ctest fixtures: nothing to do when someone else provides the server.
    # The cluster itself lives under /tmp (the user postgres may not enter the build tree, e.g.
    # under /root); DIR keeps its URL and where it is.
    [ -n "${ONEWINDOW_TEST_PG_URL:-}" ] && exit 0
    [ $# -eq 2 ] || { echo "usage: $0 $1 DIR" >&2; exit 2; }
    if [ "$1" = fixture-start ]; then
        [ -f "$2/cluster" ] && stop "$(cat "$2/cluster")"
        mkdir -p "$2"
        cluster=$(mktemp -d /tmp/ow-pg-fixture.XXXXXX)
        echo "$cluster" >"$2/cluster"
        start "$cluster" >"$2/url"
    else
        [ -f "$2/cluster" ] && stop "$(cat "$2/cluster")"
        rm -rf "$2"
    fi
    ;;
run)
    shift
    [ "${1:-}" = "--" ] && shift
    [ $# -ge 1 ] || { echo "usage: $0 run -- COMMAND..." >&2; exit 2; }
    dir=$(mktemp -d /tmp/ow-pg.XXXXXX)
    trap 'stop "$dir"' EXIT INT TERM
    ONEWINDOW_TEST_PG_URL=$(start "$dir")
    export ONEWINDOW_TEST_PG_URL
    echo "pg-cluster: PostgreSQL for the tests at $ONEWINDOW_TEST_PG_URL" >&2
    set +e
    "$@"
    status=$?
    exit $status
    ;;
*)
    echo "usage: $0 start DIR | stop DIR | run -- COMMAND..." >&2
    exit 2
    ;;
esac
