#!/usr/bin/env bash
# Installs from Debian's packages whatever the local servers and checks need and this machine lacks.
# Fast and silent when everything is already there; one quiet apt-get update otherwise.
set -euo pipefail

missing=()
[[ -x /usr/lib/postgresql/15/bin/postgres ]] || missing+=(postgresql-15)
[[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || missing+=(rabbitmq-server)
command -v docker-compose >/dev/null || missing+=(docker-compose)
command -v curl >/dev/null || missing+=(curl)
command -v kubectl >/dev/null || missing+=(kubectl)
command -v npm >/dev/null || missing+=(nodejs npm)
command -v ss >/dev/null || missing+=(iproute2)
(( ${#missing[@]} )) || exit 0

(( EUID == 0 )) || { echo "error: missing packages: ${missing[*]}; run $0 as root" >&2; exit 1; }
echo "Installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt_options=(-qq -o DPkg::Lock::Timeout=120)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { apt-get "${apt_options[@]}" update && apt-get "${apt_options[@]}" install -y --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "error: could not install ${missing[*]}" >&2
    exit 1
fi
echo "Installed ${missing[*]}"
