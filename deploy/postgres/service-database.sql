-- One service's database, owned by that service's own login role and closed to every other role (decision 0022).
-- Run as a superuser with psql: -v database=NAME -v role=NAME -v password=SECRET -f deploy/postgres/service-database.sql
-- Used by ./platform up (deploy/local), docker-compose (deploy/docker/postgres-init.sh) and the test that shows one
-- service's role cannot connect to another's database. Safe to run again: it also adopts a database created before
-- the roles existed (owned by postgres) by handing the service's schemas, tables and sequences to its role.
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION', :'role')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" PASSWORD :'password';

SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'role')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
ALTER DATABASE :"database" OWNER TO :"role";
-- PUBLIC may connect to a new database by default; only its owner (and superusers) may now.
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;

\connect :"database"
SELECT set_config('csp.service_role', :'role', false) AS service_role \gset
DO $$
DECLARE
    service_role text := current_setting('csp.service_role');
    item record;
BEGIN
    FOR item IN
        SELECT nspname FROM pg_namespace
        WHERE nspowner = 'postgres'::regrole AND nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
    LOOP
        EXECUTE format('ALTER SCHEMA %I OWNER TO %I', item.nspname, service_role);
    END LOOP;
    FOR item IN
        SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relowner = 'postgres'::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
          AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
          -- a serial or identity column's sequence moves with its table
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
    LOOP
        EXECUTE format('ALTER %s %I.%I OWNER TO %I',
            CASE item.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
            item.nspname, item.relname, service_role);
    END LOOP;
END
$$;
