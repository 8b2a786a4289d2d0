-- Append-only record of every read and change of data others must be able to account for.
CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    after        jsonb       NULL
);

CREATE INDEX ix_audit_log_subject ON audit_log (subject_type, subject_id, id);
CREATE INDEX ix_audit_log_occurred_at ON audit_log (occurred_at, id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
