-- The audit log keeps its own retention, longer than that of the records it describes, by whole calendar months (UTC):
-- it is range-partitioned by occurred_at, and a month whose period has ended is dropped as a table
-- (ServiceDefaults/Audit/AuditLogRetention.cs, decision 0042), so no entry is ever updated or deleted. The entries
-- already written are copied across with their ids.

ALTER TABLE audit_log RENAME TO audit_log_unpartitioned;
ALTER INDEX audit_log_pkey RENAME TO audit_log_unpartitioned_pkey;
ALTER INDEX ix_audit_log_subject RENAME TO ix_audit_log_unpartitioned_subject;
ALTER INDEX ix_audit_log_occurred_at RENAME TO ix_audit_log_unpartitioned_occurred_at;
ALTER SEQUENCE audit_log_id_seq RENAME TO audit_log_unpartitioned_id_seq;

CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    occurred_at  timestamptz NOT NULL,
    actor        text        NOT NULL,
    agency       text        NULL,
    roles        text        NOT NULL,
    action       text        NOT NULL,
    subject_type text        NOT NULL,
    subject_id   text        NOT NULL,
    remote_address text      NULL,
    trace_id     text        NULL,
    before       jsonb       NULL,
    after        jsonb       NULL,
    -- A partitioned table's keys must hold the partition key; the id alone stays unique (one identity sequence).
    CONSTRAINT audit_log_pkey PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE INDEX ix_audit_log_subject ON audit_log (subject_type, subject_id, id);
CREATE INDEX ix_audit_log_occurred_at ON audit_log (occurred_at, id);

-- UPDATE, DELETE and TRUNCATE of the log are refused, even when they would touch no row; and, since a statement can
-- name one partition rather than the log, the row trigger (which PostgreSQL puts on every partition) refuses changing
-- or deleting a row through a partition, and each partition gets its own TRUNCATE trigger when it is added.
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_rows_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

-- The partition for the month (UTC) holding `instant`, named audit_log_YYYY_MM; false when it exists already.
CREATE FUNCTION audit_log_add_month(instant timestamptz) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    first_day timestamp := date_trunc('month', instant AT TIME ZONE 'UTC');
    partition_name text := 'audit_log_' || to_char(first_day, 'YYYY_MM');
BEGIN
    IF to_regclass(partition_name) IS NOT NULL THEN
        RETURN false;
    END IF;
    EXECUTE format('CREATE TABLE %I PARTITION OF audit_log FOR VALUES FROM (%L) TO (%L)',
        partition_name, first_day AT TIME ZONE 'UTC', (first_day + interval '1 month') AT TIME ZONE 'UTC');
    EXECUTE format('CREATE TRIGGER audit_log_append_only BEFORE TRUNCATE ON %I
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()', partition_name);
    RETURN true;
END;
$$;

-- Entries for a month that has no partition yet (the service's clock ran ahead of the job) wait here; inserts never fail.
CREATE FUNCTION audit_log_add_default() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;
    CREATE TRIGGER audit_log_append_only BEFORE TRUNCATE ON audit_log_default
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
END;
$$;

-- Makes sure the months from `instant`'s to `months_ahead` later have partitions, and moves any entries waiting in the
-- default partition into partitions of their own months (a month cannot be added while its entries sit in the
-- default): the default is detached, its entries copied into their months, and the old default dropped whole. Returns
-- the number of partitions added. The caller serialises runs (an advisory lock): this is not safe to run concurrently.
CREATE FUNCTION audit_log_prepare_months(instant timestamptz, months_ahead integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    added integer := 0;
    waiting_month timestamptz;
BEGIN
    IF EXISTS (SELECT FROM audit_log_default) THEN
        ALTER TABLE audit_log DETACH PARTITION audit_log_default;
        ALTER TABLE audit_log_default RENAME TO audit_log_default_moving;
        FOR waiting_month IN SELECT DISTINCT date_trunc('month', occurred_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' FROM audit_log_default_moving LOOP
            added := added + audit_log_add_month(waiting_month)::integer;
        END LOOP;
        PERFORM audit_log_add_default();
        INSERT INTO audit_log (id, occurred_at, actor, agency, roles, action, subject_type, subject_id, remote_address, trace_id, before, after)
            OVERRIDING SYSTEM VALUE
            SELECT id, occurred_at, actor, agency, roles, action, subject_type, subject_id, remote_address, trace_id, before, after
            FROM audit_log_default_moving;
        DROP TABLE audit_log_default_moving;
    END IF;
    FOR ahead IN 0..months_ahead LOOP
        added := added + audit_log_add_month(
            (date_trunc('month', instant AT TIME ZONE 'UTC') + make_interval(months => ahead)) AT TIME ZONE 'UTC')::integer;
    END LOOP;
    RETURN added;
END;
$$;

-- Drops every month that ended on or before `cutoff`, whole; returns each dropped month (YYYY-MM) and how many entries
-- it held, for the retention job to audit. Never touches a month that is still partly within the period.
CREATE FUNCTION audit_log_drop_months_before(cutoff timestamptz) RETURNS TABLE (month text, entries bigint) LANGUAGE plpgsql AS $$
DECLARE
    partition_name text;
BEGIN
    FOR partition_name IN
        SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'audit_log'::regclass AND c.relname ~ '^audit_log_[0-9]{4}_[0-9]{2}$'
          AND (to_date(substring(c.relname FROM 11), 'YYYY_MM')::timestamp + interval '1 month') AT TIME ZONE 'UTC' <= cutoff
        ORDER BY c.relname
    LOOP
        month := replace(substring(partition_name FROM 11), '_', '-');
        EXECUTE format('SELECT count(*) FROM %I', partition_name) INTO entries;
        EXECUTE format('DROP TABLE %I', partition_name);
        RETURN NEXT;
    END LOOP;
END;
$$;

-- The months the existing entries fall in, the next few, and the default; then the entries, with their ids.
SELECT audit_log_add_month(months.first_day)
FROM (SELECT DISTINCT date_trunc('month', occurred_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS first_day FROM audit_log_unpartitioned) AS months;
SELECT audit_log_add_default();
SELECT audit_log_prepare_months(now(), 3);

INSERT INTO audit_log (id, occurred_at, actor, agency, roles, action, subject_type, subject_id, remote_address, trace_id, before, after)
    OVERRIDING SYSTEM VALUE
    SELECT id, occurred_at, actor, agency, roles, action, subject_type, subject_id, remote_address, trace_id, before, after
    FROM audit_log_unpartitioned;
SELECT setval(pg_get_serial_sequence('audit_log', 'id'), (SELECT max(id) FROM audit_log_unpartitioned))
WHERE EXISTS (SELECT FROM audit_log_unpartitioned);

DROP TABLE audit_log_unpartitioned;
