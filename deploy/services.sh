# Sourced by deploy/k8s/generate and deploy/docker/generate: the one list of services (deploy/local/services.conf)
# and their secrets (deploy/service-secrets.conf), and the rules both deployments share, so that Kubernetes,
# docker-compose and ./platform up cannot drift apart (decision 0047).
# shellcheck shell=bash

deploy_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

names=() projects=() ports=() databases=() settings=()
while read -r name project port database extra; do
    [[ -n $name && $name != \#* ]] || continue
    names+=("$name") projects+=("$project") ports+=("$port") databases+=("$database") settings+=("${extra:-}")
done <"$deploy_root/deploy/local/services.conf"

secret_services=() secret_settings=() secret_names=() secret_keys=() secret_variables=()
while read -r service setting secret key variable; do
    [[ -n $service && $service != \#* ]] || continue
    secret_services+=("$service") secret_settings+=("$setting") secret_names+=("$secret") secret_keys+=("$key")
    secret_variables+=("$variable")
done <"$deploy_root/deploy/service-secrets.conf"

# Whether a service talks to RabbitMQ: every service with a database but the identity service and the web front-end.
uses_broker() {
    local i
    for i in "${!names[@]}"; do
        [[ ${names[i]} == "$1" ]] || continue
        [[ ${databases[i]} != - && $1 != identity && $1 != web ]]
        return
    done
    return 1
}

# The services.conf settings of service I as "KEY value" lines, for a deployment: settings named for development
# (e.g. Identity__SeedDevelopmentUsers) stay on a developer's machine, and an address of another service on
# 127.0.0.1 becomes that service's address in the deployment, printf FORMAT with its name (e.g. 'http://%s/').
deployment_settings() {
    local i=$1 format=$2 pair key value j
    [[ -n ${settings[i]} ]] || return 0
    IFS=, read -ra pairs <<<"${settings[i]}"
    for pair in "${pairs[@]}"; do
        key=${pair%%=*} value=${pair#*=}
        [[ $key != *Development* ]] || continue
        for j in "${!names[@]}"; do
            if [[ $value == "http://127.0.0.1:${ports[j]}/"* ]]; then
                # shellcheck disable=SC2059
                value=$(printf "$format" "${names[j]}")${value#"http://127.0.0.1:${ports[j]}/"}
            fi
        done
        echo "$key $value"
    done
}
