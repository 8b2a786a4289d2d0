-- Uploads imported in the background, polled by the client (decision 0043). Counters and heartbeat are written by the
-- replica working on the run; the rows themselves are written in one transaction with the run's completion.
CREATE TABLE crime_import_runs (
    id            uuid         PRIMARY KEY,
    status        varchar(20)  NOT NULL,
    file_names    text[]       NOT NULL,
    bytes         bigint       NOT NULL,
    rows_read     bigint       NOT NULL,
    rows_rejected bigint       NOT NULL,
    started_at    timestamptz  NOT NULL,
    started_by    varchar(200) NOT NULL,
    heartbeat_at  timestamptz  NOT NULL,
    finished_at   timestamptz  NULL,
    import_ids    uuid[]       NOT NULL,
    skipped       text[]       NOT NULL,
    problem       jsonb        NULL
);
