#!/usr/bin/env bash
# A private PostgreSQL 15 whose data, socket and log live in DIR (it refuses to run as root, so it runs as the
# postgres user). --throwaway trades durability for speed: only for test servers.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/local/common.sh
source "$here/common.sh"
bin=/usr/lib/postgresql/15/bin

usage() {
    cat >&2 <<USAGE
usage: $0 start DIR PORT [--throwaway] [--owner-pid PID]
       $0 stop DIR [--kill]
       $0 status DIR
  --owner-pid PID   throwaway: when process PID exits, kill the server and delete DIR
  --kill            stop abruptly, as a crash would (immediate mode; recovers from WAL at next start)
USAGE
    exit 2
}

as_postgres() { if (( EUID == 0 )); then runuser -u postgres -- "$@"; else "$@"; fi; }

is_running() { [[ -f $1/data/PG_VERSION ]] && as_postgres "$bin/pg_ctl" -D "$1/data" status >/dev/null 2>&1; }

running_port() { sed -n 4p "$1/data/postmaster.pid"; }

start() {
    local dir=$1 port=$2 throwaway=false owner=""
    shift 2
    while (( $# )); do
        case $1 in
            --throwaway) throwaway=true ;;
            --owner-pid) owner=${2:?--owner-pid needs a pid}; shift ;;
            *) usage ;;
        esac
        shift
    done
    [[ -x $bin/postgres ]] || die "PostgreSQL 15 is not installed ($bin); run deploy/local/install.sh"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)

    if is_running "$dir"; then
        [[ $(running_port "$dir") == "$port" ]] || die "PostgreSQL in $dir already runs on port $(running_port "$dir"), not $port"
        echo "PostgreSQL already running on 127.0.0.1:$port ($dir)"
        return
    fi
    require_free_port "$port" PostgreSQL
    if (( EUID == 0 )); then
        chown postgres: "$dir"
        as_postgres test -w "$dir" ||
            die "the postgres user cannot reach $dir; every folder above it needs o+x (e.g. chmod o+x on the parents)"
    fi

    local settings=(-c max_connections=300)
    local initdb_flags=()
    if $throwaway; then
        settings+=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
        initdb_flags+=(--no-sync)
    fi
    if [[ ! -f $dir/data/PG_VERSION ]]; then
        as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=trust \
            -E UTF8 --locale=C --no-instructions "${initdb_flags[@]}" >"$dir/initdb.log" 2>&1 ||
            { cat "$dir/initdb.log" >&2; die "initdb failed in $dir/data"; }
    fi
    # pg_ctl hands -o to a shell, hence the inner quotes around the socket folder.
    if ! as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
        -o "-p $port -k '$dir' -c listen_addresses=127.0.0.1 ${settings[*]}" start >/dev/null; then
        tail -n 20 "$dir/postgres.log" >&2 || true
        die "PostgreSQL did not start on port $port (log: $dir/postgres.log)"
    fi
    wait_until 30 "" "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" ||
        die "PostgreSQL started but does not accept connections on 127.0.0.1:$port"
    [[ -z $owner ]] || remove_when_owner_exits "$here/postgres.sh" "$dir" "$owner"
    echo "PostgreSQL ready on 127.0.0.1:$port ($dir)"
}

stop() {
    local dir=$1 mode=fast
    [[ ${2:-} != --kill ]] || mode=immediate
    if ! is_running "$dir"; then
        echo "PostgreSQL not running ($dir)"
        return
    fi
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m "$mode" -w -t 60 stop >/dev/null
    echo "PostgreSQL stopped ($dir)"
}

status() {
    local dir=$1
    if is_running "$dir"; then
        echo "PostgreSQL running on 127.0.0.1:$(running_port "$dir") (pid $(head -n1 "$dir/data/postmaster.pid"), $dir)"
    else
        echo "PostgreSQL stopped ($dir)"
        return 3
    fi
}

case ${1:-} in
    start) (( $# >= 3 )) || usage; shift; start "$@" ;;
    stop) (( $# == 2 || $# == 3 )) || usage; stop "$2" "${3:-}" ;;
    status) (( $# == 2 )) || usage; status "$2" ;;
    *) usage ;;
esac
