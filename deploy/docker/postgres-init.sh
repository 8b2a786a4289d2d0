#!/usr/bin/env bash
# Runs once, when docker-compose's PostgreSQL starts on an empty volume: one database per service (SERVICE_DATABASES,
# which deploy/docker/generate writes from deploy/local/services.conf), each owned by the service's own login role
# with the password docker-compose.yml passes in as <DATABASE>_DB_PASSWORD (deploy/postgres/service-database.sql,
# decision 0022). The superuser's password is for administrators only; no service is given it.
set -euo pipefail
for service in ${SERVICE_DATABASES:?SERVICE_DATABASES is not set}; do
    variable="${service^^}_DB_PASSWORD"
    password=${!variable:?"$variable is not set"}
    psql -v ON_ERROR_STOP=1 -q -U "$POSTGRES_USER" -d postgres \
        -v database="$service" -v role="$service" -v password="$password" -f /csp/service-database.sql >/dev/null
done
