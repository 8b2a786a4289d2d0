CREATE TABLE strategic_assessments (
    id          uuid          PRIMARY KEY,
    year        integer       NOT NULL,
    summary     varchar(8000) NOT NULL,
    key_risks   jsonb         NOT NULL,
    recorded_at timestamptz   NOT NULL,
    revised_at  timestamptz   NULL
);

CREATE UNIQUE INDEX ix_strategic_assessments_year ON strategic_assessments (year);

CREATE TABLE plans (
    id                      uuid         PRIMARY KEY,
    series_id               uuid         NOT NULL,
    version_number          integer      NOT NULL,
    previous_version_id     uuid         NULL REFERENCES plans (id),
    title                   varchar(200) NOT NULL,
    start_year              integer      NOT NULL,
    end_year                integer      NOT NULL,
    status                  varchar(20)  NOT NULL,
    priority_ids            uuid[]       NOT NULL,
    enablers                text[]       NOT NULL,
    drafted_at              timestamptz  NOT NULL,
    consultation_started_at timestamptz  NULL,
    published_at            timestamptz  NULL,
    superseded_at           timestamptz  NULL,
    CONSTRAINT ck_plans_period CHECK (end_year > start_year),
    -- A series has at most one published version; deferred so that publishing a new version and superseding the
    -- old one can be written in either order within the one transaction.
    CONSTRAINT ex_plans_one_published_per_series
        EXCLUDE USING btree (series_id WITH =) WHERE (status = 'Published') DEFERRABLE INITIALLY DEFERRED,
    -- ... and at most one version being worked on (draft or in consultation).
    CONSTRAINT ex_plans_one_open_version_per_series
        EXCLUDE USING btree (series_id WITH =) WHERE (status IN ('Draft', 'Consultation'))
);

CREATE UNIQUE INDEX ix_plans_series_id_version_number ON plans (series_id, version_number);
