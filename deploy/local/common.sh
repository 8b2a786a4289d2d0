# shellcheck shell=bash
# Shared by postgres.sh, rabbitmq.sh and ./platform; sourced, not run.

die() { echo "error: $*" >&2; exit 1; }

# Fails clearly when something already listens on a port, naming the owner as ss reports it.
require_free_port() {
    local port=$1 what=$2 owner
    if ! [[ $port =~ ^[0-9]+$ ]] || (( port < 1 || port > 65535 )); then
        die "$what port '$port' is not a port number (1-65535)"
    fi
    owner=$(ss -Hltnp "sport = :$port" 2>/dev/null | head -n1)
    [[ -z $owner ]] || die "$what port $port is already in use by $(owner_of "$owner")"
}

# ss prints users:(("beam.smp",pid=42,fd=17)); this turns it into: beam.smp (pid 42).
owner_of() {
    local users
    users=$(grep -oE '"[^"]+",pid=[0-9]+' <<<"$1" | sed -E 's/"([^"]+)",pid=([0-9]+)/\1 (pid \2)/' | sort -u | paste -sd, -)
    echo "${users:-another process (run as root to see which)}"
}

# Polls a command until it succeeds; gives up after TIMEOUT seconds or as soon as PID is gone.
wait_until() {
    local timeout=$1 pid=$2; shift 2
    local deadline=$((SECONDS + timeout))
    until "$@" >/dev/null 2>&1; do
        [[ -z $pid ]] || kill -0 "$pid" 2>/dev/null || return 1
        (( SECONDS < deadline )) || return 1
        sleep 0.2
    done
}

# A background watchdog that kills the server and deletes DIR once the owner process (a test host) exits.
remove_when_owner_exits() {
    local script=$1 dir=$2 owner=$3
    kill -0 "$owner" 2>/dev/null || die "owner process $owner is not running"
    # shellcheck disable=SC2016 # expanded by the watchdog's own shell
    setsid bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; "$2" stop "$3" --kill; rm -rf "$3"' \
        watchdog "$owner" "$script" "$dir" </dev/null >/dev/null 2>&1 &
}

pid_alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
