#!/usr/bin/env bash
# The standalone Aspire Dashboard: a trace, structured-log and metric viewer with OTLP gRPC and HTTP receivers, run as
# a plain process (no container). NuGet brings it (tools/Dashboard/Dashboard.csproj); its log and pid live in DIR.
# Telemetry is held in memory: a restart starts empty. No login: it listens on 127.0.0.1 only.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/local/common.sh
source "$here/common.sh"
project=$(cd "$here/../.." && pwd)/tools/Dashboard/Dashboard.csproj

usage() {
    cat >&2 <<USAGE
usage: $0 start DIR UI_PORT OTLP_GRPC_PORT OTLP_HTTP_PORT
       $0 stop DIR
       $0 status DIR
USAGE
    exit 2
}

# Running means the recorded pid is alive and still the dashboard (pids get reused).
is_running() {
    pid_alive "$1/dashboard.pid" && [[ $(readlink "/proc/$(cat "$1/dashboard.pid")/exe" 2>/dev/null) == */Aspire.Dashboard ]]
}

# ports holds "UI OTLP_GRPC OTLP_HTTP" of the last start.
read_ports() { read -r ui_port grpc_port http_port <"$1/ports"; }

# Restores the package (a no-op once it is in the NuGet folder) and prints the path of its executable.
executable() {
    local output root version
    output=$(dotnet restore "$project" -nologo -v:q 2>&1) || { echo "$output" >&2; die "restore of $project failed"; }
    root=$(dotnet msbuild "$project" -nologo -getProperty:NuGetPackageRoot)
    version=$(dotnet msbuild "$project" -nologo -getProperty:DashboardVersion)
    echo "${root%/}/aspire.dashboard.sdk.linux-x64/$version/tools/Aspire.Dashboard"
}

healthy() { curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$1/health"; }

start() {
    local dir=$1 ui=$2 grpc=$3 http=$4 exe
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if is_running "$dir"; then
        read_ports "$dir"
        [[ $ui_port == "$ui" ]] || die "the dashboard in $dir already serves port $ui_port, not $ui"
        echo "Aspire Dashboard already running on http://127.0.0.1:$ui ($dir)"
        return
    fi
    require_free_port "$ui" "Aspire Dashboard UI"
    require_free_port "$grpc" "Aspire Dashboard OTLP/gRPC"
    require_free_port "$http" "Aspire Dashboard OTLP/HTTP"
    exe=$(executable)
    [[ -f $exe ]] || die "the Aspire Dashboard executable is missing after the restore ($exe)"
    # NuGet does not always keep the package's execute bit.
    [[ -x $exe ]] || chmod u+x "$exe"
    echo "$ui $grpc $http" >"$dir/ports"
    echo "--- $(date -u +%FT%TZ) starting the Aspire Dashboard on port $ui" >>"$dir/dashboard.log"
    (cd "$dir" && exec setsid env \
        ASPNETCORE_URLS="http://127.0.0.1:$ui" \
        ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://127.0.0.1:$grpc" \
        ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://127.0.0.1:$http" \
        ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true \
        ASPIRE_DASHBOARD_DATA_DIRECTORY="$dir/data" \
        ASPIRE_DASHBOARD_APPLICATION_NAME="Community Safety Partnership platform" \
        "$exe" </dev/null >>"$dir/dashboard.log" 2>&1) &
    echo $! >"$dir/dashboard.pid"
    if ! wait_until 60 "$(cat "$dir/dashboard.pid")" healthy "$ui"; then
        tail -n 30 "$dir/dashboard.log" >&2 || true
        stop "$dir" >/dev/null 2>&1 || true
        die "the Aspire Dashboard did not become healthy on port $ui (log: $dir/dashboard.log)"
    fi
    echo "Aspire Dashboard ready on http://127.0.0.1:$ui, OTLP gRPC 127.0.0.1:$grpc, HTTP 127.0.0.1:$http ($dir)"
}

stop() {
    local dir=$1 pid
    if ! is_running "$dir"; then
        echo "Aspire Dashboard not running ($dir)"
        rm -f "$dir/dashboard.pid"
        return
    fi
    pid=$(cat "$dir/dashboard.pid")
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 15))
    while kill -0 "$pid" 2>/dev/null; do
        (( SECONDS < deadline )) || kill -KILL "$pid" 2>/dev/null || true
        sleep 0.2
    done
    rm -f "$dir/dashboard.pid"
    echo "Aspire Dashboard stopped ($dir)"
}

status() {
    local dir=$1
    if is_running "$dir"; then
        read_ports "$dir"
        echo "Aspire Dashboard running on http://127.0.0.1:$ui_port, OTLP gRPC 127.0.0.1:$grpc_port, HTTP 127.0.0.1:$http_port (pid $(cat "$dir/dashboard.pid"), $dir)"
    else
        echo "Aspire Dashboard stopped ($dir)"
        return 3
    fi
}

case ${1:-} in
    start) (( $# == 5 )) || usage; shift; start "$@" ;;
    stop) (( $# == 2 )) || usage; stop "$2" ;;
    status) (( $# == 2 )) || usage; status "$2" ;;
    *) usage ;;
esac
