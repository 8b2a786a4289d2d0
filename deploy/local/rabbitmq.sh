#!/usr/bin/env bash
# A private RabbitMQ 3.10 whose data, logs, config and Erlang port mapper live in DIR, so several run side by side
# without touching /var/lib/rabbitmq. The management API answers on its own port (guest/guest from loopback until
# ./platform up replaces guest by its own administrator and per-service users: decision 0024).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/local/common.sh
source "$here/common.sh"
server=/usr/lib/rabbitmq/bin/rabbitmq-server

usage() {
    cat >&2 <<USAGE
usage: $0 start DIR PORT [--throwaway] [--management-port N] [--dist-port N] [--epmd-port N] [--owner-pid PID]
       $0 stop DIR [--kill]
       $0 status DIR
  defaults: management PORT+10000, Erlang distribution PORT+20000, private epmd PORT+30000 (each must be <= 65535)
  --throwaway       no message rate statistics (test brokers)
  --owner-pid PID   throwaway: when process PID exits, kill the broker and delete DIR
  --kill            stop abruptly, as a crash would (instant; durable messages survive)
USAGE
    exit 2
}

is_running() { pid_alive "$1/server.pid"; }

# ports holds "AMQP MANAGEMENT DIST EPMD" of the last start.
read_ports() { read -r amqp_port management_port _ epmd_port <"$1/ports"; }

# Answering at all is enough (401 once ./platform up has replaced guest by its administrator).
api_answers() { [[ $(curl -sS -o /dev/null -w '%{http_code}' -u guest:guest "http://127.0.0.1:$1/api/overview" 2>/dev/null) =~ ^(200|401)$ ]]; }

amqp_accepts() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
    local dir=$1 amqp=$2 throwaway=false owner="" management="" dist="" epmd=""
    shift 2
    while (( $# )); do
        case $1 in
            --throwaway) throwaway=true ;;
            --management-port) management=${2:?}; shift ;;
            --dist-port) dist=${2:?}; shift ;;
            --epmd-port) epmd=${2:?}; shift ;;
            --owner-pid) owner=${2:?}; shift ;;
            *) usage ;;
        esac
        shift
    done
    [[ -x $server ]] || die "RabbitMQ is not installed ($server); run deploy/local/install.sh"
    [[ $amqp =~ ^[0-9]+$ ]] || die "AMQP port '$amqp' is not a number"
    management=${management:-$((amqp + 10000))}
    dist=${dist:-$((amqp + 20000))}
    epmd=${epmd:-$((amqp + 30000))}
    mkdir -p "$dir/log"
    dir=$(cd "$dir" && pwd)

    if is_running "$dir"; then
        read_ports "$dir"
        [[ $amqp_port == "$amqp" ]] || die "RabbitMQ in $dir already runs on port $amqp_port, not $amqp"
        echo "RabbitMQ already running on 127.0.0.1:$amqp, management http://127.0.0.1:$management_port/ ($dir)"
        return
    fi
    require_free_port "$amqp" "RabbitMQ AMQP"
    require_free_port "$management" "RabbitMQ management"
    require_free_port "$dist" "RabbitMQ distribution"
    stop_epmd "$epmd"
    require_free_port "$epmd" "RabbitMQ epmd"

    # The node name (and so the data folder inside mnesia/) is fixed at the first start; ports may change.
    [[ -f $dir/nodename ]] || echo "rabbit_$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')@localhost" >"$dir/nodename"
    echo "$amqp $management $dist $epmd" >"$dir/ports"
    echo '[rabbitmq_management].' >"$dir/enabled_plugins"
    : >"$dir/rabbitmq-env.conf"
    {
        echo "management.tcp.ip = 127.0.0.1"
        echo "management.tcp.port = $management"
        echo "loopback_users.guest = true"
        if $throwaway; then echo "management.rates_mode = none"; fi
    } >"$dir/rabbitmq.conf"
    rm -f "$dir/rabbitmq.pid"

    # Schedulers must not busy-wait: several brokers share two cores with builds and tests.
    HOME=$dir \
        RABBITMQ_NODENAME=$(cat "$dir/nodename") \
        RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
        RABBITMQ_NODE_PORT=$amqp \
        RABBITMQ_DIST_PORT=$dist \
        ERL_EPMD_PORT=$epmd \
        ERL_EPMD_ADDRESS=127.0.0.1 \
        RABBITMQ_MNESIA_BASE=$dir/mnesia \
        RABBITMQ_LOG_BASE=$dir/log \
        RABBITMQ_CONFIG_FILE=$dir/rabbitmq.conf \
        RABBITMQ_ADVANCED_CONFIG_FILE=$dir/advanced.config \
        RABBITMQ_ENABLED_PLUGINS_FILE=$dir/enabled_plugins \
        RABBITMQ_CONF_ENV_FILE=$dir/rabbitmq-env.conf \
        RABBITMQ_PID_FILE=$dir/rabbitmq.pid \
        RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="+sbwt none +sbwtdcpu none +sbwtdio none -kernel inet_dist_use_interface {127,0,0,1}" \
        setsid "$server" </dev/null >"$dir/log/console.log" 2>&1 &
    echo $! >"$dir/server.pid"

    if ! wait_until 120 "$(cat "$dir/server.pid")" api_answers "$management" ||
        ! wait_until 30 "$(cat "$dir/server.pid")" amqp_accepts "$amqp"; then
        tail -n 30 "$dir/log/console.log" >&2 || true
        stop "$dir" >/dev/null 2>&1 || true
        die "RabbitMQ did not become ready on port $amqp (logs: $dir/log)"
    fi
    [[ -z $owner ]] || remove_when_owner_exits "$here/rabbitmq.sh" "$dir" "$owner"
    echo "RabbitMQ ready on 127.0.0.1:$amqp, management http://127.0.0.1:$management/ ($dir)"
}

# A private epmd outlives its node; it refuses to quit while another node still uses it.
stop_epmd() { ERL_EPMD_PORT=$1 epmd -kill >/dev/null 2>&1 || true; }

stop() {
    local dir=$1 signal=TERM beam wrapper
    [[ ${2:-} != --kill ]] || signal=KILL
    if ! is_running "$dir"; then
        echo "RabbitMQ not running ($dir)"
        return
    fi
    read_ports "$dir"
    wrapper=$(cat "$dir/server.pid")
    # SIGTERM to the Erlang VM is a clean shutdown (3.10 then idles 5 s in the management agent, fixed in
    # 3.13 by rabbitmq-server#11070); the wrapper script exits with the VM.
    beam=$(cat "$dir/rabbitmq.pid" 2>/dev/null || echo "$wrapper")
    kill "-$signal" "$beam" 2>/dev/null || true
    local deadline=$((SECONDS + 30))
    while kill -0 "$beam" 2>/dev/null || kill -0 "$wrapper" 2>/dev/null; do
        if (( SECONDS >= deadline )); then
            kill -KILL "$beam" "$wrapper" 2>/dev/null || true
        fi
        sleep 0.2
    done
    stop_epmd "$epmd_port"
    rm -f "$dir/server.pid" "$dir/rabbitmq.pid"
    echo "RabbitMQ stopped ($dir)"
}

status() {
    local dir=$1
    if is_running "$dir"; then
        read_ports "$dir"
        echo "RabbitMQ running on 127.0.0.1:$amqp_port, management http://127.0.0.1:$management_port/ (pid $(cat "$dir/server.pid"), $dir)"
    else
        echo "RabbitMQ stopped ($dir)"
        return 3
    fi
}

case ${1:-} in
    start) (( $# >= 3 )) || usage; shift; start "$@" ;;
    stop) (( $# == 2 || $# == 3 )) || usage; stop "$2" "${3:-}" ;;
    status) (( $# == 2 )) || usage; status "$2" ;;
    *) usage ;;
esac
