#!/usr/bin/env bash
# Runs once, when docker-compose's PostgreSQL starts on an empty volume: one database per service, each owned by the
# service's own login role with the password docker-compose.yml passes in (deploy/postgres/service-database.sql,
# decision 0022). The superuser's password is for administrators only; no service is given it.
set -euo pipefail
for service in plans community_trigger reviews prevent funding consultation identity; do
    variable="${service^^}_DB_PASSWORD"
    password=${!variable:?"$variable is not set"}
    psql -v ON_ERROR_STOP=1 -q -U "$POSTGRES_USER" -d postgres \
        -v database="$service" -v role="$service" -v password="$password" -f /csp/service-database.sql >/dev/null
done
